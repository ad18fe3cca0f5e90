// The ReAPIEmulatorKit module; its files arrive in the next commits.
