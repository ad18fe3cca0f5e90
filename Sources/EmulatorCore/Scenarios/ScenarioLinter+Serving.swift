/// What the server can actually send: a scenario that asks for more is refused when it is
/// checked (by `validate`, at start and by `PUT /_emulator/scenario`), not when a client hits it.
extension ScenarioLinter {
    /// Scripted statuses: a 1xx is an interim answer (the client would read the next answer as
    /// this one's), and HTTP has nothing above 599.
    static let scriptedStatuses = 200...599
    /// Most bytes a rule's `respond.headers` may add, counted as sent (`Name: value` and the line
    /// end): the listener builds an answer's headers in 16 KiB per connection, shared with the
    /// request it read and its own headers, so 8 KiB leaves room for both (choice).
    static let maxScriptedHeaderBytes = 8 * 1024
    /// Largest image side a model override may set (the media renderer's limit).
    static var maxImageSide: Int { ModelDefinition.maxImageSide }

    /// Refuses `headers` that together are larger than `maxScriptedHeaderBytes`.
    mutating func checkHeaderSize(_ headers: [String: String], _ path: String, _ line: Int?) {
        let bytes = headers.reduce(0) { $0 + $1.key.utf8.count + 2 + $1.value.utf8.count + 2 }
        guard bytes > Self.maxScriptedHeaderBytes else { return }
        report(path, line, "the headers take \(bytes) bytes, more than the \(Self.maxScriptedHeaderBytes) "
            + "a scripted answer may add (each counted as `Name: value` and a line end)")
    }

    /// Pixel sizes (`[width, height]`) anywhere under a model override's `pixels`, checked
    /// against the renderer's limit; other shapes are left to the model catalogue's check.
    mutating func checkPixels(inOverride value: YAMLValue, _ path: String) {
        guard case .mapping(let entries) = value.content, let pixels = entries.first(where: { $0.key == "pixels" }) else { return }
        checkPixelSizes(pixels.value, Self.join(path, "pixels"))
    }

    private mutating func checkPixelSizes(_ value: YAMLValue, _ path: String) {
        switch value.content {
        case .mapping(let entries):
            for entry in entries { checkPixelSizes(entry.value, Self.join(path, entry.key)) }
        case .list(let items) where items.count == 2:
            for (index, item) in items.enumerated() {
                guard case .scalar(let scalar) = item.content, scalar.kind == .int,
                      case .value(let side) = ScalarNumber.integer(scalar), side > Self.maxImageSide else { continue }
                report("\(path)[\(index)]", item.line, "must be at most \(Self.maxImageSide) pixels (the largest image "
                    + "the emulator renders), got \(Self.clip(scalar.text))")
            }
        default:
            break
        }
    }
}
