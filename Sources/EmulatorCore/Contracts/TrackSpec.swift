/// The labelled tracks an audio model's completed task lists in `output.tracks[]` (reAPI: "When
/// labels are available, output.tracks includes type, label, and url for each track"), from its
/// fixture's `tracks` object; one result file per track, in this order:
///
/// ```json
/// "tracks": {"from_field": "stem_list", "type": "stem",
///            "fixed": [{"type": "remainder", "label": "no_multistem"}]}
/// ```
/// - `from_field`: a string-array field whose entries each become a track (`type` from `type`,
///   the entry as its label) — the multistem splitter's selected stems — or a string field
///   whose value becomes one (the stem separator's `stem`);
/// - `fixed`: tracks every task has (`vocals` / `instrumental`, `converted_mix`).
/// The number of tracks is the task's number of result files.
struct TrackSpec: Sendable {
    static let keys = ["from_field", "type", "fixed"]

    let fromField: String?
    let fromType: String
    let fixed: [AudioTrack]

    init(_ object: FixtureObject, fields: [FieldRule]) throws(ModelDefinitionError) {
        try object.rejectUnknownKeys(Self.keys)
        fromField = try object.optionalString("from_field")
        fromType = try object.optionalString("type") ?? "stem"
        if let fromField, !fields.contains(where: { $0.name == fromField && ($0.kind == .stringArray || $0.kind == .string) }) {
            throw ModelDefinitionError(path: object.path("from_field"), "\"\(fromField)\" is not a declared string or string_array field")
        }
        var fixed: [AudioTrack] = []
        if let list = object.value("fixed") {
            guard let items = list.arrayValue else {
                throw ModelDefinitionError(path: object.path("fixed"), "expected an array, found \(list.typeName)")
            }
            for (index, item) in items.enumerated() {
                let track = try FixtureObject(item, path: object.path("fixed.\(index)"))
                try track.rejectUnknownKeys(["type", "label"])
                fixed.append(AudioTrack(type: try track.string("type"), label: try track.string("label")))
            }
        }
        if fromField == nil, fixed.isEmpty { throw ModelDefinitionError(path: object.path, "needs from_field or fixed") }
        self.fixed = fixed
    }

    /// The tracks of a request with these resolved fields.
    func tracks(_ resolved: JSONObject) -> [AudioTrack] {
        let value = fromField.flatMap { resolved[$0] }
        let picked = value?.arrayValue?.compactMap(\.stringValue) ?? value?.stringValue.map { [$0] } ?? []
        return picked.map { AudioTrack(type: fromType, label: $0) } + fixed
    }
}

/// One entry of `output.tracks[]` (its `url` is the result file of the same index).
public struct AudioTrack: Sendable, Equatable, Hashable {
    public var type: String
    public var label: String

    public init(type: String, label: String) {
        self.type = type
        self.label = label
    }
}
