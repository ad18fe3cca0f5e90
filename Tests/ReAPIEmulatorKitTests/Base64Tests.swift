import Foundation
import Testing
@testable import ReAPIEmulatorKit

/// A recording's `body_base64` (bodies that are not UTF-8 text), against RFC 4648's test
/// vectors (section 10) and Foundation's own encoder.
@Suite("base64 of recorded bodies")
struct Base64Tests {
    static let vectors = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
                          ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")]

    @Test("RFC 4648's test vectors encode and decode")
    func vectors() {
        for (plain, encoded) in Self.vectors {
            #expect(Base64.encode(Array(plain.utf8)) == encoded)
            #expect(Base64.decode(encoded) == Array(plain.utf8))
        }
    }

    @Test("every byte value round-trips, and the text is Foundation's")
    func allBytes() {
        for length in 0..<260 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let text = Base64.encode(bytes)
            #expect(text == Data(bytes).base64EncodedString())
            #expect(Base64.decode(text) == bytes)
        }
    }

    @Test("not base64: wrong length, a foreign character, misplaced padding")
    func refusals() {
        for text in ["Zg=", "Zm9v!", "Z===", "Zg==Zg==", "=Zg=", "Zm9v\n"] {
            #expect(Base64.decode(text) == nil, "\(text)")
        }
    }
}
