/// What a model reads from its prompt's text besides the words: Midjourney's `--ar W:H`
/// parameter (mj-v7 has no size field; the aspect ratio travels in the prompt) and its refusal
/// of inline `data:` images (image prompts go as public URLs at the start of the prompt).
///
/// ```json
/// "prompt_rules": {"data_uri_message": "base64 / data: image inputs are not accepted — …",
///                  "aspect_ratio_flags": ["--ar", "--aspect"], "aspect_ratios": ["1:1", "16:9"],
///                  "aspect_ratio_default": "1:1"}
/// ```
/// The derived value is named `aspect_ratio`: pixel, price and duration tables may be keyed by it.
struct PromptRules: Sendable {
    static let rootKeys = ["prompt_rules"]
    static let keys = ["data_uri_message", "aspect_ratio_flags", "aspect_ratios", "aspect_ratio_default"]
    /// The name tables use for the ratio read from the prompt.
    static let aspectRatioName = "aspect_ratio"

    /// The message for a prompt carrying a `data:` URI; nil when such prompts are accepted.
    let dataURIMessage: MessageTemplate?
    /// Prompt parameters that give the aspect ratio (`--ar`), matched ignoring case.
    let aspectFlags: [String]
    /// The ratios a requested one snaps to (closest by factor, as `WxH` sizes do).
    let aspectRatios: [AspectRatio]
    let aspectDefault: String?

    init(_ root: FixtureObject) throws(ModelDefinitionError) {
        guard let object = try root.child("prompt_rules") else {
            dataURIMessage = nil
            aspectFlags = []
            aspectRatios = []
            aspectDefault = nil
            return
        }
        try object.rejectUnknownKeys(Self.keys)
        dataURIMessage = try object.optionalString("data_uri_message").map(MessageTemplate.init)
        aspectFlags = (try object.stringArray("aspect_ratio_flags") ?? []).map { $0.lowercased() }
        let names = try object.stringArray("aspect_ratios") ?? []
        var ratios: [AspectRatio] = []
        for (index, name) in names.enumerated() {
            guard let ratio = AspectRatio(name) else {
                throw ModelDefinitionError(path: object.path("aspect_ratios.\(index)"), "\"\(name)\" is not a W:H ratio")
            }
            ratios.append(ratio)
        }
        aspectRatios = ratios
        aspectDefault = try object.optionalString("aspect_ratio_default")
        guard aspectFlags.isEmpty == ratios.isEmpty, aspectFlags.isEmpty == (aspectDefault == nil) else {
            throw ModelDefinitionError(path: object.path("aspect_ratio_flags"),
                                       "aspect_ratio_flags, aspect_ratios and aspect_ratio_default go together")
        }
        if let aspectDefault, !names.contains(aspectDefault) {
            throw ModelDefinitionError(path: object.path("aspect_ratio_default"), "\"\(aspectDefault)\" is not in aspect_ratios")
        }
    }

    /// The values tables may be keyed by, with their allowed keys.
    var derivedAxes: [String: [String]?] {
        aspectDefault == nil ? [:] : [Self.aspectRatioName: aspectRatios.map(\.name)]
    }

    /// Refuses a prompt with a `data:` URI in it (a word starting `data:`, so `metadata:` passes).
    func check(_ prompt: String, _ context: MessageContext) throws(APIError) {
        guard let dataURIMessage else { return }
        let words = prompt.split(whereSeparator: \.isWhitespace)
        if words.contains(where: { $0.lowercased().hasPrefix("data:") }) {
            throw APIError(.invalidValue, context.prefix + dataURIMessage.render(["model": context.model, "field": "prompt"]))
        }
    }

    /// The aspect ratio the prompt asks for (`--ar 7:4` snaps to the closest listed ratio);
    /// the default when it asks for none or writes one that is not `W:H`.
    func aspectRatio(in prompt: String) -> String? {
        guard let aspectDefault else { return nil }
        let words = prompt.split(whereSeparator: \.isWhitespace)
        for index in words.indices.dropLast() where aspectFlags.contains(words[index].lowercased()) {
            guard let asked = AspectRatio(String(words[index + 1])) else { break }
            return PixelSizeSyntax.closest(width: asked.width, height: asked.height, among: aspectRatios)?.name ?? aspectDefault
        }
        return aspectDefault
    }
}
