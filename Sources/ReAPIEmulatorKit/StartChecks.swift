import EmulatorCore
#if canImport(Glibc)
import Glibc
#endif

/// Settings refused at start rather than left to fail quietly later.
public enum StartError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An admin token that is empty (an unset CI secret would otherwise switch the check
    /// off) or holds whitespace or control characters (a bearer header could never carry it).
    case unusableAdminToken(String)
    /// The address-space limit (`RLIMIT_AS`, `ulimit -v`) is below what the threads' stacks
    /// and the heap need: the process would die or wedge later instead.
    case addressSpaceTooSmall(limitMiB: Int)

    /// The least address space the emulator starts with (choice, docs/limits.md).
    public static let minimumAddressSpaceMiB = 1_024

    public var description: String {
        switch self {
        case .unusableAdminToken(let why): "unusable admin token: \(why)"
        case .addressSpaceTooSmall(let limit):
            "the address-space limit (RLIMIT_AS, ulimit -v) is \(limit) MiB; reapi-emulator needs at least "
                + "\(StartError.minimumAddressSpaceMiB) MiB (thread stacks are reserved, not used): raise or remove the limit"
        }
    }

    /// Refuses to start under an address-space limit below `minimumAddressSpaceMiB`.
    public static func checkAddressSpace() throws(StartError) {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return }  // RLIM_INFINITY
        let mib = Int(limit.rlim_cur / (1 << 20))
        if mib < minimumAddressSpaceMiB { throw .addressSpaceTooSmall(limitMiB: mib) }
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
