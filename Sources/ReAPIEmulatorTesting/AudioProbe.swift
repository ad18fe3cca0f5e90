import Foundation

/// Decodes served audio with the system's ffprobe and ffmpeg (tests only: the emulator never
/// runs them), so tests check the bytes a client gets, not the emulator's own tables.
public enum AudioProbe {
    /// What ffprobe reads from a file.
    public struct Info: Equatable, Sendable {
        /// ffprobe's `format_name`, e.g. `mp3`, `wav`, `flac`, `ogg`.
        public let container: String
        /// The first stream's `codec_name`, e.g. `mp3`, `pcm_s16le`, `flac`, `vorbis`, `opus`.
        public let codec: String
        public let sampleRate: Int
        public let channels: Int
        /// Seconds, as ffprobe reports them (the container's or the stream's).
        public let seconds: Double
    }

    /// Probes `bytes` (written to a temporary file); nil when ffprobe cannot read them.
    public static func info(_ bytes: [UInt8]) -> Info? {
        withFile(bytes) { path -> Info? in
            guard let output = run("ffprobe", ["-v", "error", "-show_entries",
                                               "format=format_name,duration:stream=codec_name,sample_rate,channels",
                                               "-of", "json", path]),
                  let json = try? JSONSerialization.jsonObject(with: output) as? [String: Any],
                  let format = json["format"] as? [String: Any],
                  let stream = (json["streams"] as? [[String: Any]])?.first
            else { return nil }
            return Info(container: format["format_name"] as? String ?? "",
                        codec: stream["codec_name"] as? String ?? "",
                        sampleRate: Int(stream["sample_rate"] as? String ?? "") ?? 0,
                        channels: stream["channels"] as? Int ?? 0,
                        seconds: Double(format["duration"] as? String ?? "") ?? 0)
        }
    }

    /// Decodes `bytes` completely with ffmpeg into 48 kHz mono 16-bit samples; nil on any
    /// decoding error (`-xerror`).
    public static func samples(_ bytes: [UInt8]) -> [Int16]? {
        withFile(bytes) { path -> [Int16]? in
            guard let output = run("ffmpeg", ["-v", "error", "-xerror", "-i", path, "-f", "s16le", "-ac", "1",
                                              "-ar", "48000", "-"]) else { return nil }
            return output.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
        }
    }

    /// The frequency of a pure tone in `samples` (48 kHz), from its zero crossings over
    /// `seconds` starting at `start`.
    public static func toneFrequency(_ samples: [Int16], start: Double = 0.1, seconds: Double = 0.5) -> Double {
        let from = Int(start * 48_000), to = min(samples.count, from + Int(seconds * 48_000))
        guard to > from + 1 else { return 0 }
        var crossings = 0
        for index in (from + 1)..<to where (samples[index - 1] < 0) != (samples[index] < 0) { crossings += 1 }
        return Double(crossings) / 2 / (Double(to - from) / 48_000)
    }

    private static func withFile<T>(_ bytes: [UInt8], _ body: (String) -> T?) -> T? {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("reapi-audio-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return nil }
        defer { try? FileManager.default.removeItem(atPath: path) }
        return body(path)
    }

    /// Runs a tool from the PATH (ffprobe, ffmpeg); its stdout, or nil when it fails. The video
    /// tests use it too.
    public static func run(_ tool: String, _ arguments: [String]) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
