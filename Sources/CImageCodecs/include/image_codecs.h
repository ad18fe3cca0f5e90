#ifndef CIMAGECODECS_IMAGE_CODECS_H
#define CIMAGECODECS_IMAGE_CODECS_H

/*
 * In-memory PNG/JPEG encoding (and verification decoding) over libpng and
 * libjpeg-turbo.
 *
 * Why this is C and not Swift: both libraries report errors by longjmp()ing
 * out of their callbacks. A longjmp across Swift frames is undefined
 * behaviour (it skips Swift's cleanup and ARC releases), so every call into
 * libpng/libjpeg happens here, behind a setjmp(), and the Swift side only
 * ever sees a plain status code.
 *
 * Conventions shared by every function:
 *   - return 0 on success, a non-zero CIMG_E* code on failure;
 *   - never abort and never print: library errors and warnings are turned
 *     into return codes, malloc failure is reported as CIMG_ENOMEM;
 *   - output buffers are malloc'd here and must be released with cimg_free();
 *     on failure no buffer is handed back (*out is set to NULL, *out_len to 0);
 *   - pixel buffers are tightly packed 8-bit RGB, row-major, top row first,
 *     width * height * 3 bytes.
 */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    CIMG_OK = 0,
    CIMG_EINVAL = 1,   /* bad argument: NULL pointer, zero or oversized dimension */
    CIMG_ENOMEM = 2,   /* malloc/realloc failed */
    CIMG_ECODEC = 3    /* libpng/libjpeg reported an error (or, when decoding, a warning) */
};

/* Largest width or height the wrappers accept (the JPEG format caps at 65500). */
#define CIMG_MAX_DIMENSION 65500u

/*
 * Encodes an RGB8 buffer as an 8-bit RGB PNG (no alpha, no interlace, no
 * ancillary chunks such as tIME, so identical pixels give identical bytes).
 * Rows are written unfiltered, which suits the emulator's placeholder art (see
 * the .c file). `zlib_level` is 0-9; a low level such as 3 keeps large images
 * fast to encode. Exists because the emulator serves real PNG files.
 */
int cimg_png_encode_rgb8(const uint8_t *rgb, uint32_t width, uint32_t height,
                         int zlib_level, uint8_t **out, size_t *out_len);

/*
 * Encodes an RGB8 buffer as a baseline JFIF JPEG with the given quality
 * (1-100). Output is deterministic for identical input. Exists because the
 * emulator serves real JPEG files.
 */
int cimg_jpeg_encode_rgb8(const uint8_t *rgb, uint32_t width, uint32_t height,
                          int quality, uint8_t **out, size_t *out_len);

/* Releases a buffer returned by any cimg_* function. NULL is ignored. */
void cimg_free(void *buffer);

/*
 * Fully decodes a PNG held in memory (every row is read and every CRC is
 * checked, so a truncated or corrupt stream fails) and reports its size and
 * channel count (1 gray, 2 gray+alpha, 3 RGB, 4 RGBA; palette images report 3).
 * Exists so tests can prove the encoder's bytes are a valid PNG of the
 * requested size. Any output pointer may be NULL.
 */
int cimg_png_decode_info(const uint8_t *data, size_t len,
                         uint32_t *width, uint32_t *height, int *channels);

/*
 * Fully decodes a PNG held in memory into tightly packed RGB8 pixels
 * (gray is expanded, alpha dropped, 16-bit reduced to 8). Exists so tests can
 * compare the encoded image pixel-for-pixel with what was drawn.
 */
int cimg_png_decode_rgb8(const uint8_t *data, size_t len,
                         uint8_t **out_rgb, size_t *out_len,
                         uint32_t *width, uint32_t *height);

/*
 * Fully decodes a JPEG held in memory (all scanlines; libjpeg's "corrupt
 * data" warnings count as failure) and reports its size and component count
 * (1 gray, 3 colour). Exists so tests can prove the encoder's bytes are a
 * valid JPEG of the requested size. Any output pointer may be NULL.
 */
int cimg_jpeg_decode_info(const uint8_t *data, size_t len,
                          uint32_t *width, uint32_t *height, int *channels);

#ifdef __cplusplus
}
#endif

#endif /* CIMAGECODECS_IMAGE_CODECS_H */
