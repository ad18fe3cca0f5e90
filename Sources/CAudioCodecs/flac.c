/* FLAC through libFLAC's stream encoder writing to memory; see include/audio_codecs.h. */
#include "audio_codecs.h"
#include "byte_buffer.h"

#include <FLAC/stream_encoder.h>
#include <stdlib.h>

static FLAC__StreamEncoderWriteStatus flac_write(const FLAC__StreamEncoder *encoder, const FLAC__byte bytes[],
                                                 size_t count, uint32_t samples, uint32_t frame, void *client) {
    (void)encoder; (void)samples; (void)frame;
    return caud_buffer_write((caud_buffer *)client, bytes, count) == CAUD_OK
        ? FLAC__STREAM_ENCODER_WRITE_STATUS_OK : FLAC__STREAM_ENCODER_WRITE_STATUS_FATAL_ERROR;
}

/* Seeking lets the encoder rewrite STREAMINFO (total samples, MD5) when it finishes. */
static FLAC__StreamEncoderSeekStatus flac_seek(const FLAC__StreamEncoder *encoder, FLAC__uint64 offset,
                                               void *client) {
    (void)encoder;
    caud_buffer *buffer = client;
    if (offset > buffer->len) return FLAC__STREAM_ENCODER_SEEK_STATUS_ERROR;
    buffer->pos = (size_t)offset;
    return FLAC__STREAM_ENCODER_SEEK_STATUS_OK;
}

static FLAC__StreamEncoderTellStatus flac_tell(const FLAC__StreamEncoder *encoder, FLAC__uint64 *offset,
                                               void *client) {
    (void)encoder;
    *offset = ((caud_buffer *)client)->pos;
    return FLAC__STREAM_ENCODER_TELL_STATUS_OK;
}

int caud_flac_encode(const int16_t *pcm, size_t frames, int channels, int sample_rate,
                     uint8_t **out, size_t *out_len) {
    if (!caud_pcm_args_ok(pcm, frames, channels, out, out_len)) return CAUD_EINVAL;
    if (sample_rate < 8000 || sample_rate > 192000) return CAUD_EINVAL;

    FLAC__StreamEncoder *encoder = FLAC__stream_encoder_new();
    if (!encoder) return CAUD_ENOMEM;
    FLAC__stream_encoder_set_verify(encoder, false);
    FLAC__stream_encoder_set_compression_level(encoder, 3);
    FLAC__stream_encoder_set_channels(encoder, (uint32_t)channels);
    FLAC__stream_encoder_set_bits_per_sample(encoder, 16);
    FLAC__stream_encoder_set_sample_rate(encoder, (uint32_t)sample_rate);
    FLAC__stream_encoder_set_total_samples_estimate(encoder, frames);

    caud_buffer buffer = {0};
    int status = CAUD_OK;
    if (FLAC__stream_encoder_init_stream(encoder, flac_write, flac_seek, flac_tell, NULL, &buffer)
        != FLAC__STREAM_ENCODER_INIT_STATUS_OK) {
        FLAC__stream_encoder_delete(encoder);
        return CAUD_ECODEC;
    }
    enum { chunk = 4096 };
    FLAC__int32 *wide = malloc(sizeof(FLAC__int32) * chunk * (size_t)channels);
    if (!wide) status = CAUD_ENOMEM;
    for (size_t done = 0; done < frames && status == CAUD_OK; done += chunk) {
        size_t count = frames - done < chunk ? frames - done : chunk;
        const int16_t *start = pcm + done * (size_t)channels;
        for (size_t i = 0; i < count * (size_t)channels; i++) wide[i] = start[i];
        if (!FLAC__stream_encoder_process_interleaved(encoder, wide, (uint32_t)count)) status = CAUD_ECODEC;
    }
    free(wide);
    if (!FLAC__stream_encoder_finish(encoder) && status == CAUD_OK) status = CAUD_ECODEC;
    FLAC__stream_encoder_delete(encoder);
    buffer.pos = buffer.len;
    return caud_buffer_finish(&buffer, status, out, out_len);
}
