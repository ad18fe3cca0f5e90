/* Raw Opus packets through libopus, and Ogg Opus (RFC 7845) over libogg; see include/audio_codecs.h. */
#include "audio_codecs.h"
#include "byte_buffer.h"

#include <ogg/ogg.h>
#include <opus/opus.h>
#include <stdlib.h>
#include <string.h>

enum { opus_rate = 48000, opus_frame = 960, opus_max_packet = 4000 };
static const int opus_serial = 0x4f505553; /* "OPUS": fixed, so identical input gives identical bytes */

int caud_opus_packets(const int16_t *pcm, size_t frames, int channels, int sample_rate, int bitrate,
                      uint8_t **packets, size_t *packets_len, uint32_t **sizes, size_t *count,
                      int *pre_skip) {
    if (!sizes || !count || !pre_skip) return CAUD_EINVAL;
    *sizes = NULL;
    *count = 0;
    *pre_skip = 0;
    if (!caud_pcm_args_ok(pcm, frames, channels, packets, packets_len)) return CAUD_EINVAL;
    if (sample_rate != opus_rate || bitrate < 6000 || bitrate > 510000) return CAUD_EINVAL;

    int error = 0;
    OpusEncoder *encoder = opus_encoder_create(opus_rate, channels, OPUS_APPLICATION_AUDIO, &error);
    if (!encoder || error != OPUS_OK) return error == OPUS_ALLOC_FAIL ? CAUD_ENOMEM : CAUD_ECODEC;
    opus_int32 lookahead = 0;
    if (opus_encoder_ctl(encoder, OPUS_SET_BITRATE(bitrate)) != OPUS_OK
        || opus_encoder_ctl(encoder, OPUS_GET_LOOKAHEAD(&lookahead)) != OPUS_OK) {
        opus_encoder_destroy(encoder);
        return CAUD_ECODEC;
    }
    /* Enough packets that the decoder's output, after dropping pre_skip, covers every frame. */
    size_t total = (frames + (size_t)lookahead + opus_frame - 1) / opus_frame;
    uint32_t *lengths = malloc(sizeof(uint32_t) * total);
    int16_t *frame_pcm = malloc(sizeof(int16_t) * opus_frame * (size_t)channels);
    unsigned char *packet = malloc(opus_max_packet);
    caud_buffer buffer = {0};
    int status = lengths && frame_pcm && packet ? CAUD_OK : CAUD_ENOMEM;
    for (size_t index = 0; index < total && status == CAUD_OK; index++) {
        size_t start = index * opus_frame;
        size_t available = start < frames ? frames - start : 0;
        size_t taken = available < opus_frame ? available : opus_frame;
        memset(frame_pcm, 0, sizeof(int16_t) * opus_frame * (size_t)channels);
        if (taken) memcpy(frame_pcm, pcm + start * (size_t)channels, sizeof(int16_t) * taken * (size_t)channels);
        opus_int32 written = opus_encode(encoder, frame_pcm, opus_frame, packet, opus_max_packet);
        if (written < 0) { status = CAUD_ECODEC; break; }
        lengths[index] = (uint32_t)written;
        status = caud_buffer_write(&buffer, packet, (size_t)written);
    }
    free(frame_pcm);
    free(packet);
    opus_encoder_destroy(encoder);
    status = caud_buffer_finish(&buffer, status, packets, packets_len);
    if (status != CAUD_OK) { free(lengths); return status; }
    *sizes = lengths;
    *count = total;
    *pre_skip = (int)lookahead;
    return CAUD_OK;
}

static void put_le16(unsigned char *at, unsigned value) { at[0] = value & 0xff; at[1] = (value >> 8) & 0xff; }
static void put_le32(unsigned char *at, uint32_t value) {
    for (int i = 0; i < 4; i++) at[i] = (value >> (8 * i)) & 0xff;
}

static int flush_pages(ogg_stream_state *stream, caud_buffer *buffer, int force) {
    ogg_page page;
    int status = CAUD_OK;
    while (status == CAUD_OK && (force ? ogg_stream_flush(stream, &page) : ogg_stream_pageout(stream, &page)) != 0) {
        status = caud_buffer_write(buffer, page.header, (size_t)page.header_len);
        if (status == CAUD_OK) status = caud_buffer_write(buffer, page.body, (size_t)page.body_len);
    }
    return status;
}

int caud_ogg_opus_encode(const int16_t *pcm, size_t frames, int channels, int sample_rate, int bitrate,
                         uint8_t **out, size_t *out_len) {
    if (!caud_pcm_args_ok(pcm, frames, channels, out, out_len)) return CAUD_EINVAL;
    uint8_t *packets = NULL;
    size_t packets_len = 0, count = 0;
    uint32_t *sizes = NULL;
    int pre_skip = 0;
    int status = caud_opus_packets(pcm, frames, channels, sample_rate, bitrate, &packets, &packets_len,
                                   &sizes, &count, &pre_skip);
    if (status != CAUD_OK) return status;

    ogg_stream_state stream;
    ogg_stream_init(&stream, opus_serial);
    caud_buffer buffer = {0};

    unsigned char head[19];
    memcpy(head, "OpusHead", 8);
    head[8] = 1;                        /* version */
    head[9] = (unsigned char)channels;
    put_le16(head + 10, (unsigned)pre_skip);
    put_le32(head + 12, (uint32_t)sample_rate);
    put_le16(head + 16, 0);             /* output gain */
    head[18] = 0;                       /* channel mapping family 0: mono or stereo */
    ogg_packet packet = {.packet = head, .bytes = sizeof head, .b_o_s = 1, .e_o_s = 0, .granulepos = 0, .packetno = 0};
    ogg_stream_packetin(&stream, &packet);
    status = flush_pages(&stream, &buffer, 1);

    static const char vendor[] = "reapi-emulator";
    unsigned char tags[8 + 4 + sizeof vendor - 1 + 4];
    memcpy(tags, "OpusTags", 8);
    put_le32(tags + 8, (uint32_t)(sizeof vendor - 1));
    memcpy(tags + 12, vendor, sizeof vendor - 1);
    put_le32(tags + 12 + sizeof vendor - 1, 0); /* no user comments */
    packet = (ogg_packet){.packet = tags, .bytes = sizeof tags, .granulepos = 0, .packetno = 1};
    ogg_stream_packetin(&stream, &packet);
    if (status == CAUD_OK) status = flush_pages(&stream, &buffer, 1);

    size_t offset = 0;
    for (size_t index = 0; index < count && status == CAUD_OK; index++) {
        int last = index + 1 == count;
        /* The last granule position ends the stream at pre_skip + frames: the padding is cut. */
        ogg_int64_t granule = last ? (ogg_int64_t)(pre_skip + frames) : (ogg_int64_t)((index + 1) * opus_frame);
        packet = (ogg_packet){.packet = packets + offset, .bytes = sizes[index], .b_o_s = 0, .e_o_s = last,
                              .granulepos = granule, .packetno = (ogg_int64_t)(index + 2)};
        offset += sizes[index];
        if (ogg_stream_packetin(&stream, &packet) != 0) status = CAUD_ENOMEM;
        else status = flush_pages(&stream, &buffer, last);
    }
    ogg_stream_clear(&stream);
    free(packets);
    free(sizes);
    return caud_buffer_finish(&buffer, status, out, out_len);
}
