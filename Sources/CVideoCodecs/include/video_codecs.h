#ifndef VIDEO_CODECS_H
#define VIDEO_CODECS_H

#include <stddef.h>
#include <stdint.h>

/* H.264 encoding through libx264 (Debian: libx264-dev) for the emulator's result clips.
 * The caller draws RGB frames; this side converts them to I420 and encodes them. Samples come
 * out in MP4 form (each NAL unit with a 4-byte big-endian length), no B-frames, so decode
 * order is presentation order. The MP4 container itself is written in Swift. */

#define CVID_OK 0
#define CVID_EINVAL (-1)
#define CVID_ENOMEM (-2)
#define CVID_ECODEC (-3)

typedef struct cvid_encoder cvid_encoder;

/* Opens an encoder for width x height (even sides) at fps frames per second, at most
 * bitrate_kbps (VBV-capped CRF). *out is set on success. */
int cvid_open(int width, int height, int fps, int bitrate_kbps, cvid_encoder **out);

/* The SPS and PPS (without length prefixes), valid until cvid_close. */
int cvid_parameter_sets(cvid_encoder *encoder, const uint8_t **sps, size_t *sps_length,
                        const uint8_t **pps, size_t *pps_length);

/* Converts rows [first_row, last_row) of the RGB frame (3 bytes a pixel, width*3 a row) into
 * the encoder's picture; the other rows keep what the previous call left there. Then encodes
 * the picture as the next frame. *sample points at the encoded sample (valid until the next
 * call), *length is its size, *keyframe is 1 for an IDR frame. */
int cvid_encode_rgb(cvid_encoder *encoder, const uint8_t *rgb, int first_row, int last_row,
                    const uint8_t **sample, size_t *length, int *keyframe);

void cvid_close(cvid_encoder *encoder);

#endif
