import Foundation

/// Where the package's files and the built `reapi-emulator` are, from inside the test process.
enum BuiltProducts {
    /// The package root: this file is `Tests/CLITests/BuiltProducts.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `reapi-emulator` executable SwiftPM built beside the test bundle, whatever the build
    /// path or configuration (`swift test`, `--build-path`, `-c release`).
    static func emulator() throws -> URL {
        var directories: [URL] = []
        // Linux: the test bundle is an executable in the products directory.
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directories.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        directories.append(Bundle.main.bundleURL)
        // macOS: xctest loads `…PackageTests.xctest`, a bundle in the products directory.
        directories += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }
        for directory in directories {
            let candidate = directory.appendingPathComponent("reapi-emulator")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw TestFailure("reapi-emulator not found beside the test bundle (looked in \(directories.map(\.path)))")
    }

    static func file(_ relativePath: String) -> URL {
        packageRoot.appendingPathComponent(relativePath)
    }

    /// A new empty directory under the system's temporary directory, outside the package.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reapi-cli-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// True when `command` is found on the PATH (for tests that need curl or python3).
    static func hasCommand(_ command: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(command)") }
    }
}

/// An error that explains itself in the test report.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
