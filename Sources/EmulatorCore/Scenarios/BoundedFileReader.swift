#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads at most a bounded number of bytes of a file (POSIX calls, no Foundation), so a huge
/// file, a device or a pipe is refused by size instead of read whole: scenario files, and the
/// recordings `diff` replays.
public enum BoundedFileReader {
    public enum Failure: Error, CustomStringConvertible {
        case missing
        case directory
        case unopenable
        /// The system's words for the read error.
        case unreadable(String)

        /// The words the scenario loader and `diff` print after the file's name.
        public var description: String {
            switch self {
            case .missing: "no such file"
            case .directory: "is a directory, not a file"
            case .unopenable: "cannot be opened for reading"
            case .unreadable(let reason): "cannot be read: \(reason)"
            }
        }
    }

    /// The file's first `limit` bytes at most (ask for one more than allowed to tell a file
    /// that is too large).
    public static func read(_ path: String, upTo limit: Int) throws(Failure) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .missing }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw .directory }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unopenable }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            bytes += chunk[..<count]
        }
        return bytes
    }
}
