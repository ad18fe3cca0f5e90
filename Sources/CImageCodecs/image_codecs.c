/*
 * setjmp-safe wrappers over libpng and libjpeg-turbo; see include/image_codecs.h.
 *
 * Everything that must survive a longjmp (buffers to free, library handles)
 * lives in a heap-allocated state struct whose pointer is set before setjmp()
 * and never changed afterwards, so no automatic variable has an indeterminate
 * value on the error path (C11 7.13.2.1p3).
 */
#include "image_codecs.h"

#include <limits.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>  /* jpeglib.h needs FILE */
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <jerror.h>
#include <png.h>

void cimg_free(void *buffer) { free(buffer); }

static int dimensions_ok(uint32_t width, uint32_t height) {
    return width > 0 && height > 0 && width <= CIMG_MAX_DIMENSION && height <= CIMG_MAX_DIMENSION;
}

/* ------------------------------------------------------------------ PNG -- */

/* libpng error/warning sinks: never print, turn errors into a longjmp to our setjmp. */
static void png_error_sink(png_structp png, png_const_charp message) {
    (void)message;
    png_longjmp(png, 1);
}

static void png_warning_sink(png_structp png, png_const_charp message) {
    (void)png;
    (void)message;
}

typedef struct {
    uint8_t *data;
    size_t len;
    size_t cap;
    int out_of_memory;
} png_write_state;

/* Appends libpng's output to a growing malloc'd buffer (doubling, so O(n) total copying). */
static void png_write_to_buffer(png_structp png, png_bytep bytes, size_t count) {
    png_write_state *state = (png_write_state *)png_get_io_ptr(png);
    if (count > SIZE_MAX - state->len) {
        state->out_of_memory = 1;
        png_error(png, "PNG output too large");
    }
    size_t needed = state->len + count;
    if (needed > state->cap) {
        size_t cap = state->cap ? state->cap : (size_t)64 * 1024;
        while (cap < needed) {
            cap = cap > SIZE_MAX / 2 ? needed : cap * 2;
        }
        uint8_t *grown = (uint8_t *)realloc(state->data, cap);
        if (grown == NULL) {
            state->out_of_memory = 1;
            png_error(png, "out of memory");
        }
        state->data = grown;
        state->cap = cap;
    }
    memcpy(state->data + state->len, bytes, count);
    state->len = needed;
}

static void png_flush_noop(png_structp png) { (void)png; }

int cimg_png_encode_rgb8(const uint8_t *rgb, uint32_t width, uint32_t height,
                         int zlib_level, uint8_t **out, size_t *out_len) {
    if (out == NULL || out_len == NULL) return CIMG_EINVAL;
    *out = NULL;
    *out_len = 0;
    if (rgb == NULL || !dimensions_ok(width, height)) return CIMG_EINVAL;
    if (zlib_level < 0) zlib_level = 0;
    if (zlib_level > 9) zlib_level = 9;

    png_write_state *state = (png_write_state *)calloc(1, sizeof *state);
    if (state == NULL) return CIMG_ENOMEM;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, png_error_sink, png_warning_sink);
    if (png == NULL) {
        free(state);
        return CIMG_ENOMEM;
    }
    png_infop info = png_create_info_struct(png);
    if (info == NULL) {
        png_destroy_write_struct(&png, NULL);
        free(state);
        return CIMG_ENOMEM;
    }
    if (setjmp(png_jmpbuf(png))) {
        int rc = state->out_of_memory ? CIMG_ENOMEM : CIMG_ECODEC;
        png_destroy_write_struct(&png, &info);
        free(state->data);
        free(state);
        return rc;
    }

    png_set_write_fn(png, state, png_write_to_buffer, png_flush_noop);
    png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, zlib_level);
    /* No row filter. The emulator's placeholder rows are mostly one-pixel-shifted
     * copies of the row above, which deflate matches directly (a row is at most
     * 8192*3 bytes, inside zlib's 32 KiB window). On a 3840x2160 placeholder this
     * measured ~2x smaller and ~2x faster than SUB/UP, and ~5x faster than
     * libpng's adaptive filter selection. */
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_write_info(png, info);
    const size_t stride = (size_t)width * 3;
    for (uint32_t y = 0; y < height; y++) {
        png_write_row(png, rgb + (size_t)y * stride);
    }
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);

    /* Give back the unused tail of the doubling buffer; keeping it is fine if shrinking fails. */
    uint8_t *fitted = (uint8_t *)realloc(state->data, state->len);
    *out = fitted != NULL ? fitted : state->data;
    *out_len = state->len;
    free(state);
    return CIMG_OK;
}

typedef struct {
    const uint8_t *data;
    size_t len;
    size_t pos;
    uint8_t *pixels; /* whole image (decode_rgb8) */
    uint8_t *row;    /* scratch row (decode_info) */
    int out_of_memory;
} png_read_state;

static void png_read_from_buffer(png_structp png, png_bytep out, size_t count) {
    png_read_state *state = (png_read_state *)png_get_io_ptr(png);
    if (count > state->len - state->pos) png_error(png, "unexpected end of PNG data");
    memcpy(out, state->data + state->pos, count);
    state->pos += count;
}

/* Shared by both PNG decoders: reads every row and the trailing chunks (CRCs included). */
static int png_decode(const uint8_t *data, size_t len, int keep_pixels,
                      uint8_t **out_rgb, size_t *out_len,
                      uint32_t *width, uint32_t *height, int *channels) {
    if (data == NULL || len < 8) return CIMG_EINVAL;
    if (png_sig_cmp(data, 0, 8) != 0) return CIMG_ECODEC;

    png_read_state *state = (png_read_state *)calloc(1, sizeof *state);
    if (state == NULL) return CIMG_ENOMEM;
    state->data = data;
    state->len = len;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, png_error_sink, png_warning_sink);
    if (png == NULL) {
        free(state);
        return CIMG_ENOMEM;
    }
    png_infop info = png_create_info_struct(png);
    if (info == NULL) {
        png_destroy_read_struct(&png, NULL, NULL);
        free(state);
        return CIMG_ENOMEM;
    }
    if (setjmp(png_jmpbuf(png))) {
        int rc = state->out_of_memory ? CIMG_ENOMEM : CIMG_ECODEC;
        png_destroy_read_struct(&png, &info, NULL);
        free(state->pixels);
        free(state->row);
        free(state);
        return rc;
    }

    png_set_read_fn(png, state, png_read_from_buffer);
    png_read_info(png, info);
    const uint32_t w = png_get_image_width(png, info);
    const uint32_t h = png_get_image_height(png, info);
    const int source_channels =
        png_get_color_type(png, info) == PNG_COLOR_TYPE_PALETTE ? 3 : (int)png_get_channels(png, info);

    png_set_expand(png);
    png_set_strip_16(png);
    png_set_strip_alpha(png);
    png_set_gray_to_rgb(png);
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    const size_t rowbytes = png_get_rowbytes(png, info);
    if (rowbytes != (size_t)w * 3) png_error(png, "unexpected row size after transforms");

    if (keep_pixels) {
        if (h != 0 && rowbytes > SIZE_MAX / h) png_error(png, "image too large");
        state->pixels = (uint8_t *)malloc(rowbytes * h);
        if (state->pixels == NULL) {
            state->out_of_memory = 1;
            png_error(png, "out of memory");
        }
    } else {
        state->row = (uint8_t *)malloc(rowbytes);
        if (state->row == NULL) {
            state->out_of_memory = 1;
            png_error(png, "out of memory");
        }
    }
    for (int pass = 0; pass < passes; pass++) {
        for (uint32_t y = 0; y < h; y++) {
            png_read_row(png, keep_pixels ? state->pixels + (size_t)y * rowbytes : state->row, NULL);
        }
    }
    png_read_end(png, NULL);
    png_destroy_read_struct(&png, &info, NULL);

    if (width) *width = w;
    if (height) *height = h;
    if (channels) *channels = source_channels;
    if (keep_pixels) {
        *out_rgb = state->pixels;
        *out_len = rowbytes * h;
    }
    free(state->row);
    free(state);
    return CIMG_OK;
}

int cimg_png_decode_info(const uint8_t *data, size_t len,
                         uint32_t *width, uint32_t *height, int *channels) {
    return png_decode(data, len, 0, NULL, NULL, width, height, channels);
}

int cimg_png_decode_rgb8(const uint8_t *data, size_t len,
                         uint8_t **out_rgb, size_t *out_len,
                         uint32_t *width, uint32_t *height) {
    if (out_rgb == NULL || out_len == NULL) return CIMG_EINVAL;
    *out_rgb = NULL;
    *out_len = 0;
    return png_decode(data, len, 1, out_rgb, out_len, width, height, NULL);
}

/* ----------------------------------------------------------------- JPEG -- */

typedef struct {
    struct jpeg_error_mgr pub;
    jmp_buf jump;
} jpeg_error_state;

/* libjpeg calls this for fatal errors; it must not return. */
static void jpeg_error_exit_jump(j_common_ptr cinfo) {
    jpeg_error_state *err = (jpeg_error_state *)cinfo->err;
    longjmp(err->jump, 1);
}

/* Silences libjpeg's stderr output; warnings are still counted in num_warnings. */
static void jpeg_output_message_silent(j_common_ptr cinfo) { (void)cinfo; }

static void jpeg_error_setup(jpeg_error_state *err) {
    jpeg_std_error(&err->pub);
    err->pub.error_exit = jpeg_error_exit_jump;
    err->pub.output_message = jpeg_output_message_silent;
}

static int jpeg_failure_code(const jpeg_error_state *err) {
    return err->pub.msg_code == JERR_OUT_OF_MEMORY ? CIMG_ENOMEM : CIMG_ECODEC;
}

typedef struct {
    struct jpeg_compress_struct cinfo;
    jpeg_error_state err;
    unsigned char *mem;    /* owned by us once libjpeg (re)allocates it in jpeg_mem_dest */
    unsigned long mem_len;
} jpeg_encode_state;

int cimg_jpeg_encode_rgb8(const uint8_t *rgb, uint32_t width, uint32_t height,
                          int quality, uint8_t **out, size_t *out_len) {
    if (out == NULL || out_len == NULL) return CIMG_EINVAL;
    *out = NULL;
    *out_len = 0;
    if (rgb == NULL || !dimensions_ok(width, height)) return CIMG_EINVAL;
    if (quality < 1) quality = 1;
    if (quality > 100) quality = 100;

    jpeg_encode_state *state = (jpeg_encode_state *)calloc(1, sizeof *state);
    if (state == NULL) return CIMG_ENOMEM;
    jpeg_error_setup(&state->err);
    state->cinfo.err = &state->err.pub;
    if (setjmp(state->err.jump)) {
        int rc = jpeg_failure_code(&state->err);
        jpeg_destroy_compress(&state->cinfo);
        free(state->mem);
        free(state);
        return rc;
    }

    jpeg_create_compress(&state->cinfo);
    jpeg_mem_dest(&state->cinfo, &state->mem, &state->mem_len);
    state->cinfo.image_width = width;
    state->cinfo.image_height = height;
    state->cinfo.input_components = 3;
    state->cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&state->cinfo);
    jpeg_set_quality(&state->cinfo, quality, TRUE);
    jpeg_start_compress(&state->cinfo, TRUE);
    const size_t stride = (size_t)width * 3;
    while (state->cinfo.next_scanline < state->cinfo.image_height) {
        JSAMPROW row = (JSAMPROW)(rgb + (size_t)state->cinfo.next_scanline * stride);
        jpeg_write_scanlines(&state->cinfo, &row, 1);
    }
    jpeg_finish_compress(&state->cinfo);
    jpeg_destroy_compress(&state->cinfo);

    *out = state->mem;
    *out_len = (size_t)state->mem_len;
    free(state);
    return CIMG_OK;
}

typedef struct {
    struct jpeg_decompress_struct cinfo;
    jpeg_error_state err;
    JSAMPLE *row;
} jpeg_decode_state;

int cimg_jpeg_decode_info(const uint8_t *data, size_t len,
                          uint32_t *width, uint32_t *height, int *channels) {
    if (data == NULL || len < 4) return CIMG_EINVAL;
#if SIZE_MAX > ULONG_MAX
    if (len > ULONG_MAX) return CIMG_EINVAL;
#endif

    jpeg_decode_state *state = (jpeg_decode_state *)calloc(1, sizeof *state);
    if (state == NULL) return CIMG_ENOMEM;
    jpeg_error_setup(&state->err);
    state->cinfo.err = &state->err.pub;
    if (setjmp(state->err.jump)) {
        int rc = jpeg_failure_code(&state->err);
        jpeg_destroy_decompress(&state->cinfo);
        free(state->row);
        free(state);
        return rc;
    }

    jpeg_create_decompress(&state->cinfo);
    jpeg_mem_src(&state->cinfo, data, (unsigned long)len);
    jpeg_read_header(&state->cinfo, TRUE);
    jpeg_start_decompress(&state->cinfo);
    const size_t rowbytes = (size_t)state->cinfo.output_width * (size_t)state->cinfo.output_components;
    state->row = (JSAMPLE *)malloc(rowbytes);
    if (state->row == NULL) {
        jpeg_destroy_decompress(&state->cinfo);
        free(state);
        return CIMG_ENOMEM;
    }
    while (state->cinfo.output_scanline < state->cinfo.output_height) {
        JSAMPROW row = state->row;
        jpeg_read_scanlines(&state->cinfo, &row, 1);
    }
    jpeg_finish_decompress(&state->cinfo);

    const uint32_t w = state->cinfo.image_width;
    const uint32_t h = state->cinfo.image_height;
    const int components = state->cinfo.num_components;
    /* Truncated or damaged entropy data is only a warning to libjpeg; treat it as failure. */
    const long warnings = state->err.pub.num_warnings;
    jpeg_destroy_decompress(&state->cinfo);
    free(state->row);
    free(state);
    if (warnings > 0) return CIMG_ECODEC;

    if (width) *width = w;
    if (height) *height = h;
    if (channels) *channels = components;
    return CIMG_OK;
}
