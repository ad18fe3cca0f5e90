/* A growing malloc'd byte buffer shared by the encoders (internal; not in include/). */
#ifndef CAUDIOCODECS_BYTE_BUFFER_H
#define CAUDIOCODECS_BYTE_BUFFER_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint8_t *data;
    size_t len;   /* bytes written so far (the file's size) */
    size_t pos;   /* where the next write goes (FLAC seeks back to rewrite STREAMINFO) */
    size_t cap;
    int failed;   /* set once an allocation failed; later writes are ignored */
} caud_buffer;

/* Writes `count` bytes at `pos`, growing the buffer (doubling) as needed. 0 on success. */
int caud_buffer_write(caud_buffer *buffer, const void *bytes, size_t count);

/* Hands the bytes to the caller (or frees them when `status` is not CAUD_OK). */
int caud_buffer_finish(caud_buffer *buffer, int status, uint8_t **out, size_t *out_len);

/* The checks every encoder makes on its arguments. */
int caud_pcm_args_ok(const int16_t *pcm, size_t frames, int channels, uint8_t **out, size_t *out_len);

#endif
