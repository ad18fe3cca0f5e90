/// The fields of one stored task, narrowed (32-bit sizes and indices, sentinels instead of
/// optionals, the order's parameters shared), in one immutable heap object: a change makes a
/// new one (a task changes once, when its refund is booked).
final class TaskStorage: Sendable {
    struct Fields: Sendable {
        var id: String
        var owner: String
        var model: String
        var prompt: String
        var parameters: SharedParameters
        /// nil: the task completes; else the failure's message (with `failureCode`).
        var failureMessage: String?
        var createdAt: Int64
        var settlesAt: Int64
        /// `Int64.min`: not refunded.
        var refundedAt: Int64 = Int64.min
        var credits: Int
        var urlLifetimeSeconds: Int64
        var seed: Int64
        var failureCode: Int32 = 0
        /// -1: no rule.
        var ruleIndex: Int32 = -1
        var width: Int32
        var height: Int32
        var imageCount: Int32
        var family: EnvelopeFamily
        var idStyle: TaskIDStyle
        var format: ImageFormat
        var hasSeed: Bool
        var clipMilliseconds: Int32
        var audio: Bool
        var lastFrame: Bool
        /// An audio task's labelled tracks (empty, and without storage, for every other task).
        var tracks: [AudioTrack]

        init(id: String, owner: String, order: GenerationOrder, createdAt: Int64, settlesAt: Int64) {
            self.id = id
            self.owner = owner
            model = order.model
            prompt = order.prompt
            parameters = SharedParameters(order.parameters)
            self.createdAt = createdAt
            self.settlesAt = settlesAt
            credits = order.credits
            urlLifetimeSeconds = order.urlLifetimeSeconds
            seed = Int64(order.seed ?? 0)
            width = Int32(clamping: order.width)
            height = Int32(clamping: order.height)
            imageCount = Int32(clamping: order.imageCount)
            family = order.family
            idStyle = order.idStyle
            format = order.format
            hasSeed = order.seed != nil
            clipMilliseconds = Int32(clamping: order.clipMilliseconds)
            audio = order.audio
            lastFrame = order.lastFrame
            tracks = order.tracks
        }

        /// The order as accepted, but for `durationMilliseconds`: the model's range is only
        /// needed to draw the processing time, so a stored task answers the time it drew.
        var order: GenerationOrder {
            get {
                let drawn = settlesAt - createdAt
                var order = GenerationOrder(model: model, family: family, idStyle: idStyle, prompt: prompt, imageCount: Int(imageCount),
                                            width: Int(width), height: Int(height), format: format, credits: credits,
                                            durationMilliseconds: drawn...drawn, urlLifetimeSeconds: urlLifetimeSeconds,
                                            seed: hasSeed ? Int(seed) : nil)
                order.parameters = parameters.object
                order.clipMilliseconds = Int(clipMilliseconds)
                order.audio = audio
                order.lastFrame = lastFrame
                order.tracks = tracks
                return order
            }
            set { self = Fields(id: id, owner: owner, order: newValue, createdAt: createdAt, settlesAt: settlesAt).keeping(self) }
        }

        var outcome: TaskRecord.Outcome {
            get { failureMessage.map { .fails(code: Int(failureCode), message: $0) } ?? .completes }
            set {
                switch newValue {
                case .completes: failureMessage = nil; failureCode = 0
                case .fails(let code, let message): failureMessage = message; failureCode = Int32(clamping: code)
                }
            }
        }

        /// These fields with the task's fate (outcome, rule, refund) taken from `other`.
        private func keeping(_ other: Fields) -> Fields {
            var f = self
            f.failureMessage = other.failureMessage
            f.failureCode = other.failureCode
            f.ruleIndex = other.ruleIndex
            f.refundedAt = other.refundedAt
            return f
        }
    }

    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }

    var id: String { fields.id }
    var owner: String { fields.owner }
    var order: GenerationOrder { fields.order }
    var createdAt: Int64 { fields.createdAt }
    var settlesAt: Int64 { fields.settlesAt }
    var failureMessage: String? { fields.failureMessage }
    var failureCode: Int32 { fields.failureCode }
    var ruleIndex: Int32 { fields.ruleIndex }
    var refundedAt: Int64 { fields.refundedAt }
}
