import Testing
@testable import EmulatorCore

@Suite("Duration text")
struct DurationTextTests {
    @Test("reads every unit", arguments: [
        ("20ms", 20), ("0ms", 0), ("2s", 2000), ("1m", 60_000), ("1h", 3_600_000), ("1d", 86_400_000),
        ("36500d", 3_153_600_000_000),
    ] as [(String, Int64)])
    func readsUnits(text: String, milliseconds: Int64) {
        #expect(DurationText.parse(text) == milliseconds)
    }

    @Test("reads a bare number as seconds", arguments: [("45", 45_000), ("0", 0), ("0.25", 250), ("1.5", 1500)] as [(String, Int64)])
    func readsBareSeconds(text: String, milliseconds: Int64) {
        #expect(DurationText.parse(text) == milliseconds)
    }

    @Test("reads fractions exactly, rounding to the nearest millisecond", arguments: [
        ("1.5s", 1500), ("1.1s", 1100), ("1.5m", 90_000), ("0.5h", 1_800_000), ("1.5ms", 2), ("1.4ms", 1),
        ("0.0004s", 0), ("0.0005s", 1), ("2.123456789123s", 2123),
    ] as [(String, Int64)])
    func readsFractions(text: String, milliseconds: Int64) {
        #expect(DurationText.parse(text) == milliseconds)
    }

    @Test("ignores surrounding whitespace")
    func ignoresSurroundingWhitespace() {
        #expect(DurationText.parse("  20ms\t") == 20)
    }

    @Test("refuses negative values, garbage and unknown units", arguments: [
        "", " ", "-1s", "-5", "+5s", "abc", "ms", "s", "1x", "1sec", "1.s", ".5s", "1..5s", "1 s", "1e3",
        "1_000", "1S", "1H", "1w", "5s5", "1m30s", "١s", "½s", "nan", "inf",
    ])
    func refusesGarbage(text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test("refuses values that overflow 64 bits instead of trapping", arguments: [
        "99999999999999999999", "9223372036854775807d", "106751991167301d", "9223372036854775807.9ms",
    ])
    func refusesOverflow(text: String) {
        #expect(DurationText.parse(text) == nil)
        #expect(DurationText.read(text) == .overflow)
    }

    @Test("tells malformed text apart from overflow")
    func tellsMalformedFromOverflow() {
        #expect(DurationText.read("abc") == .invalid)
        #expect(DurationText.read("2s") == .milliseconds(2000))
    }

    @Test("formats durations with the largest exact unit", arguments: [
        (0, "0ms"), (20, "20ms"), (1500, "1500ms"), (2000, "2s"), (90_000, "90s"), (120_000, "2m"),
        (7_200_000, "2h"), (172_800_000, "2d"),
    ] as [(Int64, String)])
    func formats(milliseconds: Int64, text: String) {
        #expect(DurationText.format(milliseconds) == text)
        #expect(DurationText.parse(text) == milliseconds)
    }
}
