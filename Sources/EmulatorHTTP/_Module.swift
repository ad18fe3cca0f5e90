// The EmulatorHTTP module; its files arrive in the next commits.
