/// A clip's sound track when the request asks for sound (`generate_audio`, `sound`, `audio`,
/// `audio_setting`): the tone of the audio renderer for the clip's seed, as MP3 frames in an
/// MP4 `mp4a` track (object type 0x6B, which ffmpeg and browsers play inside MP4), with an edit
/// list that skips LAME's priming samples and cuts its padding, so the sound lasts as long as the picture.
enum SoundTrack {
    static func track(milliseconds: Int, seed: UInt64) throws(ImageRenderError) -> MP4Writer.Track {
        let audio = try AudioFrames.encode(seed: seed, track: 0, milliseconds: max(1, milliseconds), codec: .mp3)
        return MP4Writer.Track(
            handler: "soun", timescale: audio.sampleRate, sampleEntry: mp4a(audio),
            samples: audio.frames, durations: Array(repeating: audio.samplesPerFrame, count: audio.frames.count),
            syncSamples: nil, presented: (start: audio.encoderDelay, length: audio.signalSamples))
    }

    /// The `mp4a` sample entry with its `esds` (MPEG-4 elementary stream descriptor) box.
    static func mp4a(_ audio: AudioFrames) -> [UInt8] {
        let bitrate = 64_000
        let decoderConfig = descriptor(0x04, [0x6B, 0x15] + [0, 0x06, 0] + MP4Writer.u32(bitrate) + MP4Writer.u32(bitrate))
        let esDescriptor = descriptor(0x03, MP4Writer.u16(0) + [0] + decoderConfig + descriptor(0x06, [0x02]))
        let esds = MP4Writer.fullBox("esds", version: 0, flags: 0, esDescriptor)
        return MP4Writer.box("mp4a", [UInt8](repeating: 0, count: 6) + MP4Writer.u16(1) + [UInt8](repeating: 0, count: 8)
            + MP4Writer.u16(audio.channels) + MP4Writer.u16(16) + MP4Writer.u16(0) + MP4Writer.u16(0)
            + MP4Writer.u32(audio.sampleRate << 16) + esds)
    }

    /// An MPEG-4 descriptor: tag, one-byte length (every descriptor here is under 128 bytes), body.
    private static func descriptor(_ tag: UInt8, _ body: [UInt8]) -> [UInt8] { [tag, UInt8(body.count)] + body }
}
