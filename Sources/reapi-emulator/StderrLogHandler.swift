import EmulatorCore
import Logging

enum LogFormat: String { case text, json }

/// A swift-log handler that writes one line per event to stderr, as text or JSON,
/// so stdout carries only the ready line.
struct StderrLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let format: LogFormat
    let label: String

    static func logger(level: Logger.Level, format: LogFormat) -> Logger {
        var logger = Logger(label: "reapi-emulator") { label in StderrLogHandler(logLevel: level, format: format, label: label) }
        logger.logLevel = level
        return logger
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        // Not ISO8601DateFormatter: it loads ICU, which cost 5 MB of resident memory.
        let time = Timestamp(milliseconds: EmulatorClock.systemMilliseconds()).iso8601
        let line: String
        switch format {
        case .text:
            let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            line = "\(time) \(event.level) \(label): \(event.message)\(fields.isEmpty ? "" : " " + fields)"
        case .json:
            var object: [String: String] = ["time": time, "level": event.level.rawValue, "logger": label, "message": "\(event.message)"]
            for (k, v) in merged { object[k] = "\(v)" }
            line = JSONWriter.string(.object(JSONObject(object.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        }
        Console.error((line + "\n"))
    }
}
