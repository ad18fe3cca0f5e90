/// An MP4 (ISO/IEC 14496-12, ISO-BMFF) file writer: a container, not a codec. It lays out
/// already-encoded samples of one or more tracks as `ftyp`, `moov` (before the data, so a
/// browser can start playing while it downloads) and one `mdat` holding each track's samples
/// as one chunk.
struct MP4Writer {
    /// One track's encoded samples and how to describe them.
    struct Track {
        /// `vide` or `soun`.
        var handler: String
        /// Samples per second of the track's own clock.
        var timescale: Int
        /// The sample entry box (`avc1`, `mp4a`, …) that goes into `stsd`.
        var sampleEntry: [UInt8]
        var samples: [[UInt8]]
        /// Each sample's duration in `timescale` units.
        var durations: [Int]
        /// Indices of sync (key) samples; nil when every sample is one.
        var syncSamples: [Int]?
        /// Pixel size for a video track (0 for sound).
        var width = 0
        var height = 0
        /// The part of the media a player presents (an `elst` edit), in `timescale` units: an
        /// encoder's priming samples skipped and its padding cut. nil presents every sample.
        var presented: (start: Int, length: Int)? = nil

        var duration: Int { durations.reduce(0, +) }
        /// The presented length in the movie's timescale (milliseconds).
        var movieDuration: Int { (presented?.length ?? duration) * movieTimescale / max(1, timescale) }
    }

    /// The timescale of the movie header (milliseconds).
    static let movieTimescale = 1000

    /// The whole file.
    static func file(_ tracks: [Track]) -> [UInt8] {
        let ftyp = box("ftyp", Array("isom".utf8) + u32(512) + Array("isomiso2avc1mp41".utf8))
        // The chunk offsets depend on moov's size, which does not depend on their values.
        let probe = moov(tracks, dataStart: 0)
        let dataStart = ftyp.count + probe.count + 8
        var out = ftyp + moov(tracks, dataStart: dataStart)
        let payload = tracks.reduce(0) { $0 + $1.samples.reduce(0) { $0 + $1.count } }
        out += u32(payload + 8) + Array("mdat".utf8)
        out.reserveCapacity(out.count + payload)
        for track in tracks { for sample in track.samples { out += sample } }
        return out
    }

    private static func moov(_ tracks: [Track], dataStart: Int) -> [UInt8] {
        var body = mvhd(duration: tracks.map(\.movieDuration).max() ?? 0, nextTrack: tracks.count + 1)
        var offset = dataStart
        for (index, track) in tracks.enumerated() {
            body += trak(track, id: index + 1, chunkOffset: offset)
            offset += track.samples.reduce(0) { $0 + $1.count }
        }
        return box("moov", body)
    }

    private static func mvhd(duration: Int, nextTrack: Int) -> [UInt8] {
        fullBox("mvhd", version: 0, flags: 0, u32(0) + u32(0) + u32(movieTimescale) + u32(duration)
            + u32(0x0001_0000) + u16(0x0100) + [UInt8](repeating: 0, count: 10) + matrix
            + [UInt8](repeating: 0, count: 24) + u32(nextTrack))
    }

    private static func trak(_ track: Track, id: Int, chunkOffset: Int) -> [UInt8] {
        let sound = track.handler == "soun"
        let tkhd = fullBox("tkhd", version: 0, flags: 3, u32(0) + u32(0) + u32(id) + u32(0) + u32(track.movieDuration)
            + [UInt8](repeating: 0, count: 8) + u16(0) + u16(sound ? 1 : 0) + u16(sound ? 0x0100 : 0) + u16(0) + matrix
            + u32(track.width << 16) + u32(track.height << 16))
        let mdhd = fullBox("mdhd", version: 0, flags: 0, u32(0) + u32(0) + u32(track.timescale) + u32(track.duration)
            + u16(0x55C4) + u16(0))  // language "und"
        let name = sound ? "SoundHandler" : "VideoHandler"
        let hdlr = fullBox("hdlr", version: 0, flags: 0, u32(0) + Array(track.handler.utf8) + [UInt8](repeating: 0, count: 12)
            + Array(name.utf8) + [0])
        let header = sound ? fullBox("smhd", version: 0, flags: 0, u16(0) + u16(0))
                           : fullBox("vmhd", version: 0, flags: 1, [UInt8](repeating: 0, count: 8))
        let dinf = box("dinf", fullBox("dref", version: 0, flags: 0, u32(1) + fullBox("url ", version: 0, flags: 1, [])))
        let minf = box("minf", header + dinf + stbl(track, chunkOffset: chunkOffset))
        return box("trak", tkhd + edts(track) + box("mdia", mdhd + hdlr + minf))
    }

    /// An edit list of one entry (segment length in movie units, media start in track units,
    /// rate 1) when the track presents only part of its media; nothing otherwise.
    private static func edts(_ track: Track) -> [UInt8] {
        guard let presented = track.presented else { return [] }
        return box("edts", fullBox("elst", version: 0, flags: 0, u32(1) + u32(track.movieDuration) + u32(presented.start)
            + u16(1) + u16(0)))
    }

    private static func stbl(_ track: Track, chunkOffset: Int) -> [UInt8] {
        let stsd = fullBox("stsd", version: 0, flags: 0, u32(1) + track.sampleEntry)
        var runs: [(count: Int, delta: Int)] = []
        for delta in track.durations {
            if let last = runs.last, last.delta == delta { runs[runs.count - 1].count += 1 } else { runs.append((1, delta)) }
        }
        let stts = fullBox("stts", version: 0, flags: 0, u32(runs.count) + runs.flatMap { u32($0.count) + u32($0.delta) })
        let stsc = fullBox("stsc", version: 0, flags: 0, u32(1) + u32(1) + u32(track.samples.count) + u32(1))
        let stsz = fullBox("stsz", version: 0, flags: 0, u32(0) + u32(track.samples.count) + track.samples.flatMap { u32($0.count) })
        let stco = fullBox("stco", version: 0, flags: 0, u32(1) + u32(chunkOffset))
        var body = stsd + stts
        if let sync = track.syncSamples {
            body += fullBox("stss", version: 0, flags: 0, u32(sync.count) + sync.flatMap { u32($0 + 1) })
        }
        return box("stbl", body + stsc + stsz + stco)
    }

    /// The `avc1` sample entry with its `avcC` (H.264 decoder configuration) box.
    static func avc1(width: Int, height: Int, sps: [UInt8], pps: [UInt8]) -> [UInt8] {
        let avcC = box("avcC", [1, sps.count > 1 ? sps[1] : 66, sps.count > 2 ? sps[2] : 0, sps.count > 3 ? sps[3] : 30, 0xFF, 0xE1]
            + u16(sps.count) + sps + [1] + u16(pps.count) + pps)
        var compressor = [UInt8](repeating: 0, count: 32)
        let label = Array("reapi-emulator".utf8)
        compressor[0] = UInt8(label.count)
        compressor.replaceSubrange(1...label.count, with: label)
        return box("avc1", [UInt8](repeating: 0, count: 6) + u16(1) + [UInt8](repeating: 0, count: 16)
            + u16(width) + u16(height) + u32(0x0048_0000) + u32(0x0048_0000) + u32(0) + u16(1) + compressor
            + u16(0x0018) + u16(0xFFFF) + avcC)
    }

    private static let matrix: [UInt8] = u32(0x0001_0000) + u32(0) + u32(0) + u32(0) + u32(0x0001_0000) + u32(0)
        + u32(0) + u32(0) + u32(0x4000_0000)

    static func box(_ type: String, _ body: [UInt8]) -> [UInt8] { u32(body.count + 8) + Array(type.utf8) + body }

    static func fullBox(_ type: String, version: UInt8, flags: Int, _ body: [UInt8]) -> [UInt8] {
        box(type, [version, UInt8((flags >> 16) & 0xFF), UInt8((flags >> 8) & 0xFF), UInt8(flags & 0xFF)] + body)
    }

    static func u32(_ value: Int) -> [UInt8] {
        let v = UInt32(truncatingIfNeeded: value)
        return [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }

    static func u16(_ value: Int) -> [UInt8] {
        let v = UInt16(truncatingIfNeeded: value)
        return [UInt8(v >> 8), UInt8(v & 0xFF)]
    }
}
