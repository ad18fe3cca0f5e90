import EmulatorCore

/// Settings refused at start rather than left to fail quietly later.
public enum StartError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An admin token that is empty (an unset CI secret would otherwise switch the check
    /// off) or holds whitespace or control characters (a bearer header could never carry it).
    case unusableAdminToken(String)

    public var description: String {
        switch self {
        case .unusableAdminToken(let why): "unusable admin token: \(why)"
        }
    }

    /// Checks `--admin-token` / `REAPI_EMULATOR_ADMIN_TOKEN` when one is given.
    static func checkAdminToken(_ token: String?) throws(StartError) {
        guard let token else { return }
        if token.isEmpty {
            throw .unusableAdminToken("it is empty; set a token or leave --admin-token and REAPI_EMULATOR_ADMIN_TOKEN out to keep the control API open")
        }
        if token.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) {
            throw .unusableAdminToken("it holds whitespace or control characters, which an Authorization: Bearer header cannot carry")
        }
        if token.utf8.count > StoreLimits.maxKeyBytes {
            throw .unusableAdminToken("it is longer than \(StoreLimits.maxKeyBytes) bytes")
        }
    }
}
