/* Ogg Vorbis through libvorbisenc + libogg; see include/audio_codecs.h. */
#include "audio_codecs.h"
#include "byte_buffer.h"

#include <ogg/ogg.h>
#include <vorbis/vorbisenc.h>

/* A fixed serial number keeps the bytes identical for identical input. */
static const int vorbis_serial = 0x52454150; /* "REAP" */

static int write_page(caud_buffer *buffer, const ogg_page *page) {
    int status = caud_buffer_write(buffer, page->header, (size_t)page->header_len);
    if (status == CAUD_OK) status = caud_buffer_write(buffer, page->body, (size_t)page->body_len);
    return status;
}

/* Moves every finished block through the bit-rate manager into Ogg pages. */
static int drain(vorbis_dsp_state *dsp, vorbis_block *block, ogg_stream_state *stream, caud_buffer *buffer) {
    ogg_packet packet;
    ogg_page page;
    while (vorbis_analysis_blockout(dsp, block) == 1) {
        if (vorbis_analysis(block, NULL) != 0 || vorbis_bitrate_addblock(block) != 0) return CAUD_ECODEC;
        while (vorbis_bitrate_flushpacket(dsp, &packet) == 1) {
            if (ogg_stream_packetin(stream, &packet) != 0) return CAUD_ENOMEM;
            while (ogg_stream_pageout(stream, &page) != 0) {
                int status = write_page(buffer, &page);
                if (status != CAUD_OK) return status;
            }
        }
    }
    return CAUD_OK;
}

int caud_vorbis_encode(const int16_t *pcm, size_t frames, int channels, int sample_rate, float quality,
                       uint8_t **out, size_t *out_len) {
    if (!caud_pcm_args_ok(pcm, frames, channels, out, out_len)) return CAUD_EINVAL;
    if (sample_rate < 8000 || sample_rate > 192000 || quality < -0.1f || quality > 1.0f) return CAUD_EINVAL;

    vorbis_info info;
    vorbis_info_init(&info);
    if (vorbis_encode_init_vbr(&info, channels, sample_rate, quality) != 0) {
        vorbis_info_clear(&info);
        return CAUD_ECODEC;
    }
    vorbis_comment comment;
    vorbis_comment_init(&comment);
    vorbis_comment_add_tag(&comment, "ENCODER", "reapi-emulator");
    vorbis_dsp_state dsp;
    vorbis_block block;
    ogg_stream_state stream;
    vorbis_analysis_init(&dsp, &info);
    vorbis_block_init(&dsp, &block);
    ogg_stream_init(&stream, vorbis_serial);

    caud_buffer buffer = {0};
    int status = CAUD_OK;
    ogg_packet header, header_comment, header_code;
    ogg_page page;
    if (vorbis_analysis_headerout(&dsp, &comment, &header, &header_comment, &header_code) != 0) status = CAUD_ECODEC;
    if (status == CAUD_OK) {
        ogg_stream_packetin(&stream, &header);
        ogg_stream_packetin(&stream, &header_comment);
        ogg_stream_packetin(&stream, &header_code);
        while (status == CAUD_OK && ogg_stream_flush(&stream, &page) != 0) status = write_page(&buffer, &page);
    }
    enum { chunk = 4096 };
    for (size_t done = 0; done < frames && status == CAUD_OK; done += chunk) {
        size_t count = frames - done < chunk ? frames - done : chunk;
        float **planes = vorbis_analysis_buffer(&dsp, (int)count);
        const int16_t *start = pcm + done * (size_t)channels;
        for (size_t i = 0; i < count; i++)
            for (int c = 0; c < channels; c++) planes[c][i] = start[i * (size_t)channels + (size_t)c] / 32768.0f;
        vorbis_analysis_wrote(&dsp, (int)count);
        status = drain(&dsp, &block, &stream, &buffer);
    }
    if (status == CAUD_OK) {
        vorbis_analysis_wrote(&dsp, 0); /* end of stream */
        status = drain(&dsp, &block, &stream, &buffer);
    }
    while (status == CAUD_OK && ogg_stream_flush(&stream, &page) != 0) status = write_page(&buffer, &page);

    ogg_stream_clear(&stream);
    vorbis_block_clear(&block);
    vorbis_dsp_clear(&dsp);
    vorbis_comment_clear(&comment);
    vorbis_info_clear(&info);
    return caud_buffer_finish(&buffer, status, out, out_len);
}
