@_exported import EmulatorValues

extension ImageSpec {
    /// Throws ``ImageRenderError/invalidSize(_:_:)`` unless both sides are in 1...maxDimension
    /// and the pixel count is at most maxPixels.
    func validate() throws(ImageRenderError) {
        let valid = 1...Self.maxDimension
        guard valid.contains(width), valid.contains(height), width * height <= Self.maxPixels else {
            throw .invalidSize(width, height)
        }
    }
}

/// Why an image could not be produced.
public enum ImageRenderError: Error, Sendable, Equatable {
    /// A side is zero, negative or larger than ``ImageSpec/maxDimension``: (width, height).
    case invalidSize(Int, Int)
    /// libpng/libjpeg failed or memory ran out; the message names the codec and cause.
    case encodingFailed(String)
}
