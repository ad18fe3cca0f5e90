print("reapi-emulator")
