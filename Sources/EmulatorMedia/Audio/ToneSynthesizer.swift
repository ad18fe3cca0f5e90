#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signal of every audio result: a pure tone whose pitch encodes the task and the track,
/// pulsed once a second (0.8 s on, 0.2 s off, 10 ms fades) so it is audible, its length can be
/// heard, and two tracks of one task sound different.
///
/// Pitch: semitone `seed % 24 + 7 × track` (mod 36) above 220 Hz, so a task's tracks step by
/// fifths and two tasks usually start on different notes. 48 kHz mono, 16-bit, peak 0.3 of full
/// scale. Deterministic: equal inputs give equal samples.
public enum ToneSynthesizer {
    /// Samples per second of every synthesised signal (Opus's native rate; MP3, Vorbis and FLAC take it too).
    public static let sampleRate = 48_000
    /// Channels of every synthesised signal.
    public static let channels = 1

    /// The tone's frequency in hertz for a task seed and a track index.
    public static func frequency(seed: UInt64, track: Int) -> Double {
        let semitone = (Int(seed % 24) + 7 * max(0, track)) % 36
        return 220 * pow(2, Double(semitone) / 12)
    }

    /// Samples for `milliseconds` of the tone (rounded down to whole samples, at least one).
    public static func samples(seed: UInt64, track: Int, milliseconds: Int) -> [Int16] {
        let count = max(1, milliseconds * sampleRate / 1000)
        let step = 2 * Double.pi * frequency(seed: seed, track: track) / Double(sampleRate)
        let fade = sampleRate / 100
        let on = sampleRate * 8 / 10
        let peak = 0.3 * Double(Int16.max)
        return [Int16](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                let inSecond = index % sampleRate
                let envelope: Double
                if inSecond >= on {
                    envelope = 0
                } else {
                    envelope = min(1, Double(min(inSecond, on - inSecond)) / Double(fade))
                }
                buffer[index] = Int16(peak * envelope * sin(step * Double(index)))
            }
            initialized = count
        }
    }
}
