#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReAPIEmulatorKit

/// The CLI's lines on stdout and stderr, written straight to the file descriptor (unbuffered,
/// so the ready line is out before anything else happens), all of each line or as much as the
/// descriptor takes; without Foundation's FileHandle (which would link ICU into the binary).
enum Console {
    static func out(_ text: String) { _ = OutputFile.writeAll(STDOUT_FILENO, Array(text.utf8)) }
    static func error(_ text: String) { _ = OutputFile.writeAll(STDERR_FILENO, Array(text.utf8)) }
}
