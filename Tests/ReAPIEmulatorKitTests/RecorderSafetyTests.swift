import EmulatorCore
import Foundation
@testable import ReAPIEmulatorKit
import ReAPIEmulatorTesting
import Testing

/// `record` as a careful tool: only origin-form targets are forwarded, and the recording is
/// never written through a symlink or into a device or FIFO.
@Suite("Recorder and output-file safety")
struct RecorderSafetyTests {
    static func temporary(_ name: String) -> String {
        NSTemporaryDirectory() + "reapi-recorder-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
    }

    @Test("a target that is not /path (@otherhost:port/…, //host/…) is 400 and never forwarded")
    func originFormOnly() throws {
        let out = Self.temporary("origin.jsonl")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let forwarder = try RecordingForwarder(RecordingProxy.Options(upstream: "http://127.0.0.1:1", output: out))
        for target in ["@127.0.0.1:9/steal", "//127.0.0.1:9/steal", "*"] {
            let answer = forwarder.forward(.make("GET", target))
            #expect(answer.status == 400, "\(target)")
            #expect(String(decoding: answer.body, as: UTF8.self).contains("only origin-form request targets (/path) are forwarded"))
        }
        forwarder.finish()
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4, "the header line and three refused exchanges")
    }

    @Test("--out through a symlink, to /dev/null or to a FIFO is refused, and none of them is replaced")
    func outputIsARegularFile() throws {
        let target = Self.temporary("target")
        let link = Self.temporary("link")
        let fifo = Self.temporary("fifo")
        defer { for p in [target, link, fifo] { try? FileManager.default.removeItem(atPath: p) } }
        _ = FileManager.default.createFile(atPath: target, contents: Data("keep".utf8))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, words) in [(link, "is a symbolic link"), ("/dev/null", "is not a regular file"), (fifo, "is not a regular file")] {
            #expect(throws: (any Error).self) { try RecordingForwarder(RecordingProxy.Options(upstream: "http://127.0.0.1:1", output: path)) }
            do {
                _ = try RecordingForwarder(RecordingProxy.Options(upstream: "http://127.0.0.1:1", output: path))
            } catch {
                #expect("\(error)".contains(words), "\(error)")
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("serve --report refuses a symlink or a device and leaves it in place; a regular file is replaced")
    func reportFile() throws {
        let emu = try Emulator.start(clock: .virtual)
        defer { emu.stop() }
        let target = Self.temporary("report-target.json")
        let link = Self.temporary("report-link.json")
        defer { for p in [target, link] { try? FileManager.default.removeItem(atPath: p) } }
        _ = FileManager.default.createFile(atPath: target, contents: Data("keep".utf8))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: OutputFile.Refusal.self) { try emu.writeReport(to: link, format: .json) }
        #expect(throws: OutputFile.Refusal.self) { try emu.writeReport(to: "/dev/null", format: .json) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        try emu.writeReport(to: target, format: .json)
        #expect(try String(contentsOfFile: target, encoding: .utf8) != "keep")
    }

    @Test("a write that fails (/dev/full stands for a full disk) is reported once, and later lines are dropped without a crash")
    func fullDisk() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        #expect(OutputFile.writeAll(fd, Array("line\n".utf8)) == "No space left on device")
    }
}
