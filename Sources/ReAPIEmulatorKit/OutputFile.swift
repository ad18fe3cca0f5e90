#if canImport(Glibc)
import Glibc
#endif

/// Files the CLI writes (`record --out`, `serve --report`): opened without following a
/// symlink, never replacing or writing into something that is not a regular file (a FIFO, a
/// device such as `/dev/null`, a directory), and written with every error reported, not trapped.
public enum OutputFile {
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// Opens (creating, then truncating) `path` for writing; `flag` names it in messages.
    public static func open(_ path: String, flag: String) throws(Refusal) -> Int32 {
        // O_NONBLOCK: opening a FIFO for writing must not wait for a reader before it is refused.
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0o644)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw Refusal(description: "\(flag) \(path): is a symbolic link; give the file itself") }
            if code == ENXIO { throw notRegular(path, flag) }  // a FIFO no one reads
            throw Refusal(description: "\(flag) \(path): cannot create the file: \(String(cString: strerror(code)))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            Glibc.close(fd)
            throw notRegular(path, flag)
        }
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        guard ftruncate(fd, 0) == 0 else {
            let message = String(cString: strerror(errno))
            Glibc.close(fd)
            throw Refusal(description: "\(flag) \(path): cannot truncate the file: \(message)")
        }
        return fd
    }

    private static func notRegular(_ path: String, _ flag: String) -> Refusal {
        Refusal(description: "\(flag) \(path): is not a regular file (a device, FIFO or directory); give a file path")
    }

    /// Refuses `path` unless it is absent or a regular file (not a symlink): for files
    /// replaced whole by a rename (`serve --report`), which would otherwise put a regular
    /// file where a link, a device or a FIFO was.
    public static func checkReplaceable(_ path: String, flag: String) throws(Refusal) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFLNK: throw Refusal(description: "\(flag) \(path): is a symbolic link; give the file itself")
        default: throw notRegular(path, flag)
        }
    }

    /// Replaces `path` whole with `bytes`: refused like `checkReplaceable`, written beside it
    /// (`PATH.tmp-PID`), then renamed over it, so a reader sees the old file or the new one.
    public static func replace(_ path: String, with bytes: [UInt8], flag: String) throws(Refusal) {
        try checkReplaceable(path, flag: flag)
        let aside = "\(path).tmp-\(getpid())"
        let fd = Glibc.open(aside, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Refusal(description: "\(flag) \(path): cannot write: \(String(cString: strerror(errno)))") }
        var failure = writeAll(fd, bytes)
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        Glibc.close(fd)
        if failure == nil, rename(aside, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(aside)
            throw Refusal(description: "\(flag) \(path): cannot write: \(failure)")
        }
    }

    /// Writes all of `bytes`; nil, or why it could not (`No space left on device`).
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += n
        }
        return nil
    }
}
