/* MP3 through LAME; see include/audio_codecs.h. */
#include "audio_codecs.h"
#include "byte_buffer.h"

#include <lame/lame.h>
#include <stdlib.h>

int caud_mp3_encode(const int16_t *pcm, size_t frames, int channels, int sample_rate, int kbps,
                    uint8_t **out, size_t *out_len) {
    if (!caud_pcm_args_ok(pcm, frames, channels, out, out_len)) return CAUD_EINVAL;
    if (sample_rate != 32000 && sample_rate != 44100 && sample_rate != 48000) return CAUD_EINVAL;
    if (kbps < 32 || kbps > 320) return CAUD_EINVAL;

    lame_global_flags *lame = lame_init();
    if (!lame) return CAUD_ENOMEM;
    lame_set_num_channels(lame, channels);
    lame_set_in_samplerate(lame, sample_rate);
    lame_set_out_samplerate(lame, sample_rate);
    lame_set_brate(lame, kbps);
    lame_set_VBR(lame, vbr_off);
    lame_set_mode(lame, channels == 1 ? MONO : JOINT_STEREO);
    lame_set_quality(lame, 7);          /* fast; the signal is a few tones */
    lame_set_bWriteVbrTag(lame, 0);     /* no Info frame: every frame carries audio */
    if (lame_init_params(lame) < 0) { lame_close(lame); return CAUD_ECODEC; }

    /* LAME's documented worst case for one call: 1.25 * samples + 7200 bytes. */
    const size_t chunk = 16384;
    const size_t room = chunk + chunk / 4 + 7200;
    uint8_t *scratch = malloc(room);
    if (!scratch) { lame_close(lame); return CAUD_ENOMEM; }

    caud_buffer buffer = {0};
    int status = CAUD_OK;
    for (size_t done = 0; done < frames && status == CAUD_OK; done += chunk) {
        size_t count = frames - done < chunk ? frames - done : chunk;
        const int16_t *start = pcm + done * (size_t)channels;
        int written = channels == 1
            ? lame_encode_buffer(lame, start, start, (int)count, scratch, (int)room)
            : lame_encode_buffer_interleaved(lame, (short *)start, (int)count, scratch, (int)room);
        if (written < 0) status = CAUD_ECODEC;
        else status = caud_buffer_write(&buffer, scratch, (size_t)written);
    }
    if (status == CAUD_OK) {
        int written = lame_encode_flush(lame, scratch, (int)room);
        if (written < 0) status = CAUD_ECODEC;
        else status = caud_buffer_write(&buffer, scratch, (size_t)written);
    }
    free(scratch);
    lame_close(lame);
    return caud_buffer_finish(&buffer, status, out, out_len);
}
