/// What a video (or audio) model's clip is made of, from its fixture's `clip` object:
///
/// ```json
/// "clip": {"seconds_field": "duration", "seconds": 5, "audio_fields": ["generate_audio"],
///          "last_frame_field": "return_last_frame", "source_fields": ["video_url"]}
/// ```
/// - `seconds_field`: the request field giving the length in seconds (an integer or number
///   field, or a string enum of whole numbers); `seconds`: the length when it is absent, or
///   when the model has no such field (**choice** where the vendor is silent).
/// - `audio_fields`: fields that ask for a sound track when true (a boolean `true`, or a
///   string other than `no`, `none`, `off`, `false`, `mute`).
/// - `last_frame_field`: a boolean asking for `output.last_frame_url`.
/// - `source_fields`: URL fields whose clip's length the model follows and bills (tools that
///   bill the source clip's "server-probed" length); the emulator cannot probe, so the length
///   is the scenario's `source_seconds` for that URL, else `seconds`.
struct ClipSpec: Sendable {
    let secondsField: String?
    let seconds: Int
    let audioFields: [String]
    let lastFrameField: String?
    let sourceFields: [String]

    static let keys = ["seconds_field", "seconds", "audio_fields", "last_frame_field", "source_fields"]
    /// The derived table axis `with_audio` ("true" / "false") and the clip's whole seconds.
    static let audioAxis = "with_audio"
    static let secondsAxis = "clip_seconds"
    /// A clip model's `duration_ms` is the processing time of a clip this long; a clip of
    /// another length takes proportionally longer or shorter (**choice**).
    static let timingReferenceSeconds: Int64 = 5

    static func scaled(_ range: ClosedRange<Int64>, seconds: Int) -> ClosedRange<Int64> {
        let factor = Int64(max(1, seconds))
        return range.lowerBound * factor / timingReferenceSeconds...range.upperBound * factor / timingReferenceSeconds
    }

    /// The longest clip a definition or scenario may ask for: ten minutes.
    static let maxSeconds = 600

    init(_ object: FixtureObject, fields: [FieldRule]) throws(ModelDefinitionError) {
        try object.rejectUnknownKeys(Self.keys)
        secondsField = try object.optionalString("seconds_field")
        seconds = try object.int("seconds", in: 1...Self.maxSeconds)
        audioFields = try object.stringArray("audio_fields") ?? []
        lastFrameField = try object.optionalString("last_frame_field")
        sourceFields = try object.stringArray("source_fields") ?? []
        for name in [secondsField, lastFrameField].compactMap({ $0 }) + audioFields + sourceFields
        where !fields.contains(where: { $0.name == name && $0.kind != .forbidden }) {
            throw ModelDefinitionError(path: object.path, "\"\(name)\" is not a declared field")
        }
    }

    /// The clip's length in seconds for these resolved fields: the source clip's (scenario
    /// `source_seconds`) when a source URL is given, else the request's, else `seconds`.
    func seconds(_ resolved: JSONObject, sources: SourceLengths) -> Int {
        for name in sourceFields {
            let urls = resolved[name].map { $0.arrayValue?.compactMap(\.stringValue) ?? $0.stringValue.map { [$0] } ?? [] } ?? []
            if let url = urls.first { return sources.seconds(for: url) ?? seconds }
        }
        guard let secondsField, let value = resolved[secondsField] else { return seconds }
        let number = value.doubleValue ?? value.stringValue.flatMap { Double(String($0.filter { $0.isNumber || $0 == "." })) }
        // A zero or odd value the schema allows (wan2.7's `duration: 0` = "match the source") keeps the default.
        guard let number, number >= 1, number <= Double(Self.maxSeconds) else { return seconds }
        return Int(number.rounded(.up))
    }

    /// Whether the request asks for a sound track.
    func audio(_ resolved: JSONObject) -> Bool {
        audioFields.contains { Self.isOn(resolved[$0]) }
    }

    func lastFrame(_ resolved: JSONObject) -> Bool {
        lastFrameField.map { resolved[$0]?.boolValue == true } ?? false
    }

    static func isOn(_ value: JSONValue?) -> Bool {
        switch value {
        case .bool(let on)?: on
        case .string(let text)?: !["", "no", "none", "off", "false", "mute"].contains(text.lowercased())
        case .object(let object)?: !object.isEmpty
        default: false
        }
    }
}

/// Scenario key `source_seconds`: the length the emulator gives a source clip or song it
/// cannot probe, by URL. A key is a whole URL or a pattern with `*` (any run of characters);
/// the first key in sorted order that matches wins, exact URLs before patterns.
public struct SourceLengths: Sendable, Equatable {
    public var entries: [String: Int]

    public init(_ entries: [String: Int] = [:]) { self.entries = entries }

    func seconds(for url: String) -> Int? {
        if let exact = entries[url] { return exact }
        for key in entries.keys.sorted() where key.contains("*") && Self.matches(Array(url.utf8)[...], Array(key.utf8)[...]) {
            return entries[key]
        }
        return nil
    }

    /// Glob match with `*` only.
    static func matches(_ text: ArraySlice<UInt8>, _ pattern: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == UInt8(ascii: "*") {
            let rest = pattern.dropFirst()
            var tail = text
            while true {
                if matches(tail, rest) { return true }
                if tail.isEmpty { return false }
                tail = tail.dropFirst()
            }
        }
        guard let head = text.first, head == first else { return false }
        return matches(text.dropFirst(), pattern.dropFirst())
    }
}
