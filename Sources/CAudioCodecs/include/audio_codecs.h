#ifndef CAUDIOCODECS_AUDIO_CODECS_H
#define CAUDIOCODECS_AUDIO_CODECS_H

/*
 * In-memory audio encoding over Debian's codec libraries: LAME (MP3),
 * libFLAC (FLAC), libvorbis + libogg (Ogg Vorbis) and libopus + libogg
 * (raw Opus packets and Ogg Opus). WAV is a container the Swift side writes.
 *
 * Why this is C: the libraries' APIs are callback- and struct-heavy; keeping
 * each encoder's whole life (init, feed, drain, free) in one C function gives
 * Swift one call per file and one status code.
 *
 * Conventions shared by every function:
 *   - input is interleaved signed 16-bit PCM, `frames` samples per channel,
 *     1 or 2 channels;
 *   - return 0 on success, a non-zero CAUD_E* code on failure; never abort,
 *     never print;
 *   - output buffers are malloc'd here and released with caud_free(); on
 *     failure nothing is handed back (*out = NULL, *out_len = 0);
 *   - identical input gives identical bytes (fixed Ogg serial numbers, no
 *     timestamps), so results can be cached and compared.
 */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The same values and meanings as CImageCodecs' CIMG_* codes, so one Swift text serves both. */
enum {
    CAUD_OK = 0,
    CAUD_EINVAL = 1,  /* bad argument: NULL pointer, zero length, unsupported rate or channels */
    CAUD_ENOMEM = 2,  /* malloc/realloc failed */
    CAUD_ECODEC = 3   /* the codec library reported an error */
};

/* MPEG-1 Layer III, constant bit rate, no Xing/Info tag (so every frame is audio).
 * sample_rate: 32000, 44100 or 48000; kbps: an MPEG-1 Layer III rate (32-320). */
int caud_mp3_encode(const int16_t *pcm, size_t frames, int channels, int sample_rate, int kbps,
                    uint8_t **out, size_t *out_len);

/* FLAC, 16 bits per sample, STREAMINFO complete (total samples and MD5). */
int caud_flac_encode(const int16_t *pcm, size_t frames, int channels, int sample_rate,
                     uint8_t **out, size_t *out_len);

/* Ogg Vorbis, VBR at `quality` (-0.1 .. 1.0). */
int caud_vorbis_encode(const int16_t *pcm, size_t frames, int channels, int sample_rate, float quality,
                       uint8_t **out, size_t *out_len);

/* Raw Opus packets of 20 ms (960 samples at 48 kHz; sample_rate must be 48000), enough of
 * them to cover frames + the encoder's look-ahead (the last one padded with silence).
 * *packets holds them back to back; *sizes (malloc'd, *count entries) their lengths;
 * *pre_skip the look-ahead in samples a player drops at the start (OpusHead pre_skip,
 * MP4 dOps PreSkip). Release both buffers with caud_free(). */
int caud_opus_packets(const int16_t *pcm, size_t frames, int channels, int sample_rate, int bitrate,
                      uint8_t **packets, size_t *packets_len, uint32_t **sizes, size_t *count,
                      int *pre_skip);

/* Ogg Opus (RFC 7845): OpusHead, OpusTags, the packets of caud_opus_packets, the last
 * page's granule position trimming the padding, so the stream lasts exactly `frames`. */
int caud_ogg_opus_encode(const int16_t *pcm, size_t frames, int channels, int sample_rate, int bitrate,
                         uint8_t **out, size_t *out_len);

/* Releases a buffer returned by any caud_* function. NULL is ignored. */
void caud_free(void *buffer);

#ifdef __cplusplus
}
#endif

#endif
