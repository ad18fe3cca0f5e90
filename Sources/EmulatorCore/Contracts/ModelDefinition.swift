/// One model's contract, decoded from its fixture file `fixtures/models/<id>.json`: which
/// provider serves it, how its tasks answer, the fields a submit may carry and the rules
/// they obey, and what an accepted submit costs, takes and produces.
///
/// The file format is described in `docs/models.md`; `ModelCatalog` holds the set in force.
public struct ModelDefinition: Sendable {
    /// The model id callers send as `model` and bodies echo.
    public let id: String
    /// The listener dialect that serves this model; on the other provider it is unknown.
    public let provider: Provider
    /// The envelope its submit and poll answers use.
    public let family: EnvelopeFamily
    /// The shape of the task ids it hands out.
    public let idStyle: TaskIDStyle
    /// Other names accepted for this model (resolved to `id` before anything else).
    public let aliases: [String]
    /// The format of the images it produces (when `formatField` has no value).
    public let format: ImageFormat
    /// The medium it produces (`media`, default `image`): the endpoint it answers on and the
    /// `output` field its URLs are listed under.
    public let media: MediaKind
    /// How long result URLs stay valid after completion.
    public let urlLifetimeSeconds: Int64
    /// The fixture JSON this definition was decoded from; scenario overrides merge over it.
    public let source: JSONObject
    /// How fast the report lets a client poll this model's tasks (`poll_cadence`).
    public let pollCadence: PollCadence
    /// Where the definition came from (built in or a scenario) and what it extends.
    public internal(set) var provenance = ModelProvenance()

    let fields: [FieldRule]
    /// Rules between fields, checked after the fields themselves.
    let rules: [CrossFieldRule]
    /// A string field whose value (`png` / `jpeg`) picks the output format (`output_format`).
    let formatField: String?
    /// The integer field giving the number of images (`n`, `num_images`); one image when `nil`.
    let imageCountField: String?
    /// Images per request looked up from the resolved fields (`images_by`), when no count field
    /// gives them (a Midjourney upscale makes 1, a grid 4).
    let imageTable: LookupTable<Int>?
    /// The price is per request (`price_per: request`), not multiplied by the image count.
    let pricedPerRequest: Bool
    /// The price is per second of clip (`price_per: second`), times the clip count.
    let pricedPerSecond: Bool
    /// The price is per started minute of the clip (`price_per: minute`: audio tools bill the
    /// source's rounded-up minutes), times the entries of `priceCountField` when set
    /// (multistem: stems × minutes), not times the result files.
    let pricedPerMinute: Bool
    let priceCountField: String?
    /// The labelled tracks of an audio model's output (`output.tracks[]`); they set the file count.
    let tracks: TrackSpec?
    /// A clip's length, sound track and last frame (video and audio models).
    let clip: ClipSpec?
    /// Fields a table is keyed by as `supplied(<field>)`: "true" when the caller sent a value
    /// (text-to-video vs reference price SKUs).
    let suppliedAxes: [String]
    /// The integer field carried into `GenerationOrder.seed`.
    let seedField: String?
    let pixels: LookupTable<PixelSize>
    let price: PriceTable
    let durations: LookupTable<ClosedRange<Int64>>
    /// Request variants (Midjourney's `action`) and follow-ups of earlier tasks.
    let variants: VariantTable
    /// Checks and values that come from the prompt's text (`--ar 16:9`, `data:` URIs).
    let promptRules: PromptRules

    /// The request fields this model reads, in the order they are checked.
    public var fieldNames: [String] { fields.map(\.name) }

    /// Validates one submit body; the first failing rule decides.
    ///
    /// Fields are checked in the order the fixture lists them; within a field: presence,
    /// JSON type, allowed values / range / length / count, `requires`, URL scheme, then the
    /// restrictions it places on earlier fields (the 4K rule). Then a body key the model does
    /// not declare is refused (unless `unknownFields` is `.ignore`), then the cross-field
    /// `rules` run in order, then a follow-up's parent task is checked through `prior`
    /// (Midjourney `upscale`, mj-v7-upscale). `model` itself is the catalog's business.
    public func validate(_ body: JSONObject, unknownFields: UnknownFieldPolicy = .reject,
                         prior: PriorTasks = .none, sources: SourceLengths = SourceLengths()) -> Result<GenerationOrder, APIError> {
        do {
            return .success(try order(for: body, unknownFields: unknownFields, prior: prior, sources: sources))
        } catch {
            return .failure(error)
        }
    }

    private func order(for body: JSONObject, unknownFields: UnknownFieldPolicy, prior: PriorTasks,
                       sources: SourceLengths) throws(APIError) -> GenerationOrder {
        let context = MessageContext(model: id, prefix: provider.validationMessagePrefix,
                                     rejectsUnknownFields: unknownFields == .reject)
        var resolved = JSONObject()
        var parameters = JSONObject()
        var pinned: [String: JSONValue] = [:]
        var prompt = ""
        for field in fields {
            guard var value = try field.resolve(in: body, resolved: resolved, messages: context, pinned: pinned[field.name])
            else { continue }
            if let original = value.snappedFrom, pinned[field.name] == nil, let cell = gridCell(for: original, field, resolved) {
                value.value = .string(cell[field.name] ?? "")
                for axis in field.pixelSizes?.snapWith ?? [] { pinned[axis] = cell[axis].map(JSONValue.string) }
            }
            resolved[field.name] = value.value
            if field.kind == .prompt {
                prompt = value.value.stringValue ?? ""
            } else {
                parameters[field.name] = value.value
            }
            if let original = value.snappedFrom { parameters["requested_\(field.name)"] = .string(original) }
            try checkResolved(field, value.value, in: body, context)
        }
        if unknownFields == .reject, let stray = body.keys.first(where: { $0 != "model" && !fieldNames.contains($0) }) {
            throw UnknownFieldPolicy.failure(field: stray, defined: fields.filter { $0.kind != .forbidden }.map(\.name), context)
        }
        for rule in rules {
            if let refusal = rule.check(body: body, resolved: resolved, messages: context) { throw refusal }
        }
        try applyVariant(body, resolved: &resolved, parameters: &parameters, prompt: prompt, prior: prior, context)
        for field in fields where field.kind == .array || field.kind == .stringArray {
            resolved["count(\(field.name))"] = .int(resolved[field.name]?.arrayValue?.count ?? 0)
        }
        let clipSeconds = clip?.seconds(resolved, sources: sources) ?? 0
        let audio = clip?.audio(resolved) ?? false
        if clip != nil {
            resolved[ClipSpec.audioAxis] = .string(audio ? "true" : "false")
            resolved[ClipSpec.secondsAxis] = .int(clipSeconds)
        }
        for name in suppliedAxes {
            resolved["supplied(\(name))"] = .string(FieldRule.isSupplied(body[name]) ? "true" : "false")
        }
        let trackList = tracks?.tracks(resolved) ?? []
        let imageCount: Int
        if tracks != nil {
            imageCount = trackList.count
        } else if let imageCountField {
            imageCount = resolved[imageCountField].flatMap { $0.intValue ?? $0.doubleValue.map { Int($0) } } ?? 1
        } else if let imageTable {
            guard let looked = imageTable.lookup(resolved, isLess: <) else {
                throw missingEntry("image count", axes: imageTable.axes, resolved: resolved)
            }
            imageCount = looked
        } else {
            imageCount = 1
        }
        guard let size = pixels.lookup(resolved, isLess: { $0.area < $1.area }) else {
            throw missingEntry("pixel size", axes: pixels.axes, resolved: resolved)
        }
        let minutes = (max(1, clipSeconds) + 59) / 60
        let items = priceCountField.map { resolved[$0]?.arrayValue?.count ?? 0 } ?? 1
        let units = pricedPerRequest ? 1 : pricedPerSecond ? imageCount * max(1, clipSeconds)
            : pricedPerMinute ? minutes * items : imageCount
        guard let credits = price.credits(resolved, count: units) else {
            // reAPI's 30002 "Cannot determine pricing for this model"; nothing is charged.
            let hole = missingEntry("price", axes: price.perImage.axes, resolved: resolved)
            throw APIError(.priceUnknown, "cannot determine pricing for this model: " + hole.message)
        }
        let longer: (ClosedRange<Int64>, ClosedRange<Int64>) -> Bool = {
            ($0.upperBound, $0.lowerBound) < ($1.upperBound, $1.lowerBound)
        }
        guard var duration = durations.lookup(resolved, isLess: longer) else {
            throw missingEntry("duration", axes: durations.axes, resolved: resolved)
        }
        // Audio models' `duration_ms` is the whole processing time (docs/models.md, audio models).
        if clip != nil, media == .video { duration = ClipSpec.scaled(duration, seconds: clipSeconds) }
        let outputFormat = formatField.flatMap { resolved[$0]?.stringValue.flatMap(ImageFormat.init(requested:)) } ?? format
        var order = GenerationOrder(
            model: id, family: family, idStyle: idStyle, prompt: prompt, imageCount: imageCount,
            width: size.width, height: size.height, format: outputFormat, credits: credits,
            durationMilliseconds: duration, urlLifetimeSeconds: urlLifetimeSeconds,
            seed: seedField.flatMap { resolved[$0]?.intValue }, parameters: parameters)
        order.clipMilliseconds = clipSeconds * 1000
        order.audio = audio
        order.lastFrame = clip?.lastFrame(resolved) ?? false
        order.tracks = trackList
        order.pollCadence = pollCadence
        return order
    }

    /// The grid cell a `WxH` string snaps to, for a field whose `pixel_sizes` has `snap_with`.
    private func gridCell(for text: String, _ field: FieldRule, _ resolved: JSONObject) -> [String: String]? {
        guard let syntax = field.pixelSizes, !syntax.snapWith.isEmpty, let size = syntax.parse(text) else { return nil }
        return PixelGridSnap.closest(width: size.width, height: size.height, in: pixels, field: field.name,
                                     ratios: field.ratios.map(\.name), free: syntax.snapWith, resolved: resolved)
    }

    /// A hole in the fixture's tables (say an override removed a cell): an emulator fault,
    /// reported as such rather than guessed around.
    private func missingEntry(_ what: String, axes: [String], resolved: JSONObject) -> APIError {
        let cell = axes.map { "\($0)=\(resolved[$0].flatMap(LookupTable<Int>.key(for:)) ?? "none")" }
        let at = cell.isEmpty ? "" : " for " + cell.joined(separator: ", ")
        return APIError(.internalError, "model \(id) defines no \(what)\(at)")
    }
}

/// Output dimensions in pixels.
struct PixelSize: Sendable, Equatable {
    let width: Int
    let height: Int

    var area: Int { width * height }
}
