import CYAML

/// libyaml's parser as a sequence of Swift events: each `yaml_event_t` is copied out and freed
/// at once, so nothing of libyaml outlives a call. The text is copied into a buffer this reader
/// owns (libyaml reads it in place while parsing).
final class YAMLEventReader {
    enum Event {
        case streamStart, streamEnd, documentEnd
        case documentStart(line: Int)
        case alias(anchor: String, line: Int)
        /// `tag` as written (nil: none); `quotedImplicit`: not a plain scalar and no tag.
        case scalar(text: String, tag: String?, quotedImplicit: Bool, anchor: String?, line: Int)
        /// `tag` is nil when the collection has no tag written.
        case sequenceStart(tag: String?, anchor: String?, line: Int)
        case sequenceEnd
        case mappingStart(tag: String?, anchor: String?, line: Int)
        case mappingEnd
    }

    private var parser = yaml_parser_t()
    private let input: UnsafeMutableBufferPointer<UInt8>

    init(_ text: String) {
        // One byte more than the text, so the buffer is never empty (libyaml wants a non-NULL
        // pointer); libyaml reads only `count - 1` bytes of it.
        let utf8 = text.utf8
        input = .allocate(capacity: utf8.count + 1)
        _ = input.initialize(from: utf8)
        input[utf8.count] = 0
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, input.baseAddress, utf8.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        input.deallocate()
    }

    func next() throws(YAMLSyntaxError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { throw error() }
        defer { yaml_event_delete(&event) }
        let line = Int(event.start_mark.line) + 1
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart(line: line)
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.string(event.data.alias.anchor) ?? "", line: line)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            // A scalar may hold NUL characters: read by length, not up to the first NUL.
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return .scalar(text: text, tag: Self.string(scalar.tag), quotedImplicit: scalar.quoted_implicit == 1,
                           anchor: Self.string(scalar.anchor), line: line)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return .sequenceStart(tag: start.implicit != 0 ? nil : Self.string(start.tag),
                                  anchor: Self.string(start.anchor), line: line)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return .mappingStart(tag: start.implicit != 0 ? nil : Self.string(start.tag),
                                 anchor: Self.string(start.anchor), line: line)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default:
            throw YAMLSyntaxError(kind: .composer, problem: "unexpected event \(event.type.rawValue)", line: line)
        }
    }

    /// The parser's error: libyaml's own words, its lines 1-based.
    private func error() -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let context = parser.context.map {
            YAMLSyntaxError.Context(text: String(cString: $0), line: Int(parser.context_mark.line) + 1)
        }
        let line = Int(parser.problem_mark.line) + 1
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return YAMLSyntaxError(kind: .memory, problem: "Memory error", line: nil)
        case YAML_READER_ERROR:
            // problem_offset counts bytes of the UTF-8 text; its line is 1 + the newlines before it.
            let offset = min(Int(parser.problem_offset), input.count - 1)
            let newlines = input[..<offset].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            return YAMLSyntaxError(kind: .reader, problem: problem, line: 1 + newlines)
        case YAML_SCANNER_ERROR:
            return YAMLSyntaxError(kind: .scanner, problem: problem, line: line, context: context)
        case YAML_PARSER_ERROR:
            return YAMLSyntaxError(kind: .parser, problem: problem, line: line, context: context)
        default:
            return YAMLSyntaxError(kind: .composer, problem: problem, line: line, context: context)
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
