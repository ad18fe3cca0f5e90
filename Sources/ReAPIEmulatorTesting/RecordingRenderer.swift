import EmulatorCore
import Locking

/// Records every picture the core asks the media layer to draw and answers with bytes that
/// follow from it, so a test sees exactly which `ImageSpec` a URL produced.
public final class RecordingRenderer: Sendable {
    private let images = Locked<[ImageSpec]>([])

    public init() {}

    public var requested: [ImageSpec] { images.withLock { $0 } }

    public var render: MediaRendering {
        { [self] image in
            images.withLock { $0.append(image) }
            return Array("\(image.format.rawValue) \(image.width)x\(image.height) \(image.seed)".utf8)
        }
    }
}
