import CMicroHTTPD

/// The process's open-file limit (RLIMIT_NOFILE), which bounds how many connections can be
/// open at once: each is a descriptor.
public enum OpenFileLimit {
    public struct Change: Sendable, Equatable {
        public let before: Int
        public let after: Int
        public let hard: Int
    }

    /// Descriptors kept for everything but connections (the listener, epoll, inter-thread
    /// channels, scenario files, logs).
    public static let overhead = 256

    /// Raises the soft limit towards `wanted` as far as the hard limit allows; nil when the
    /// limits cannot be read.
    public static func raise(toward wanted: Int) -> Change? {
        var before: UInt = 0, after: UInt = 0, hard: UInt = 0
        guard cmhd_raise_open_files(UInt(max(0, wanted)), &before, &after, &hard) == 0 else { return nil }
        return Change(before: Int(clamping: before), after: Int(clamping: after), hard: Int(clamping: hard))
    }

    /// The connection limit that fits in `limit` descriptors with `reserved` extra kept for
    /// control calls.
    public static func connections(fitting limit: Int, reserved: Int) -> Int {
        max(16, limit - reserved - overhead)
    }
}
