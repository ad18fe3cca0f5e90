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
    /// The format of every image it produces.
    public let format: ImageFormat
    /// How long result URLs stay valid after completion.
    public let urlLifetimeSeconds: Int64
    /// The fixture JSON this definition was decoded from; scenario overrides merge over it.
    public let source: JSONObject

    let fields: [FieldRule]
    /// The integer field giving the number of images (`n`, `num_images`); one image when `nil`.
    let imageCountField: String?
    /// The integer field carried into `GenerationOrder.seed`.
    let seedField: String?
    let pixels: LookupTable<PixelSize>
    let price: PriceTable
    let durations: LookupTable<ClosedRange<Int64>>

    /// The request fields this model reads, in the order they are checked.
    public var fieldNames: [String] { fields.map(\.name) }

    /// Validates one submit body; the first failing rule decides.
    ///
    /// Fields are checked in the order the fixture lists them; within a field: presence,
    /// JSON type, allowed values / range / length / count, `requires`, URL scheme, then the
    /// restrictions it places on earlier fields (the 4K rule). Fields the model does not
    /// declare are ignored. `model` itself is the catalog's business, not checked here.
    public func validate(_ body: JSONObject) -> Result<GenerationOrder, APIError> {
        do {
            return .success(try order(for: body))
        } catch {
            return .failure(error)
        }
    }

    private func order(for body: JSONObject) throws(APIError) -> GenerationOrder {
        let context = MessageContext(model: id, prefix: provider.validationMessagePrefix)
        var resolved = JSONObject()
        var parameters = JSONObject()
        var prompt = ""
        for field in fields {
            guard let value = try field.resolve(in: body, resolved: resolved, messages: context) else { continue }
            resolved[field.name] = value.value
            if field.kind == .prompt {
                prompt = value.value.stringValue ?? ""
            } else {
                parameters[field.name] = value.value
            }
            if let original = value.snappedFrom { parameters["requested_\(field.name)"] = .string(original) }
        }
        let imageCount = imageCountField.flatMap { resolved[$0]?.intValue } ?? 1
        guard let size = pixels.lookup(resolved, isLess: { $0.area < $1.area }) else {
            throw missingEntry("pixel size", axes: pixels.axes, resolved: resolved)
        }
        guard let credits = price.credits(resolved, count: imageCount) else {
            throw missingEntry("price", axes: price.perImage.axes, resolved: resolved)
        }
        let longer: (ClosedRange<Int64>, ClosedRange<Int64>) -> Bool = {
            ($0.upperBound, $0.lowerBound) < ($1.upperBound, $1.lowerBound)
        }
        guard let duration = durations.lookup(resolved, isLess: longer) else {
            throw missingEntry("duration", axes: durations.axes, resolved: resolved)
        }
        return GenerationOrder(
            model: id, family: family, idStyle: idStyle, prompt: prompt, imageCount: imageCount,
            width: size.width, height: size.height, format: format, credits: credits,
            durationMilliseconds: duration, urlLifetimeSeconds: urlLifetimeSeconds,
            seed: seedField.flatMap { resolved[$0]?.intValue }, parameters: parameters)
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
