/// RIFF WAVE files of 16-bit little-endian PCM (a container, no codec): a 44-byte header
/// (`RIFF`, `WAVE`, `fmt ` with format 1, `data`) followed by the samples.
enum WAVWriter {
    static func file(_ pcm: [Int16], channels: Int, sampleRate: Int) -> [UInt8] {
        let dataBytes = pcm.count * 2
        var bytes: [UInt8] = []
        bytes.reserveCapacity(44 + dataBytes)
        func le32(_ value: Int) { for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) } }
        func le16(_ value: Int) { bytes.append(UInt8(truncatingIfNeeded: value)); bytes.append(UInt8(truncatingIfNeeded: value >> 8)) }
        bytes += Array("RIFF".utf8); le32(36 + dataBytes); bytes += Array("WAVE".utf8)
        bytes += Array("fmt ".utf8); le32(16); le16(1); le16(channels); le32(sampleRate)
        le32(sampleRate * channels * 2); le16(channels * 2); le16(16)
        bytes += Array("data".utf8); le32(dataBytes)
        pcm.withUnsafeBufferPointer { samples in
            for sample in samples { let little = UInt16(bitPattern: sample.littleEndian); bytes.append(UInt8(truncatingIfNeeded: little)); bytes.append(UInt8(little >> 8)) }
        }
        return bytes
    }
}
