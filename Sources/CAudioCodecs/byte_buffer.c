/* The growing output buffer and the shared argument checks; see byte_buffer.h. */
#include "byte_buffer.h"
#include "audio_codecs.h"

#include <stdlib.h>
#include <string.h>

void caud_free(void *buffer) { free(buffer); }

int caud_buffer_write(caud_buffer *buffer, const void *bytes, size_t count) {
    if (buffer->failed) return CAUD_ENOMEM;
    if (count > SIZE_MAX - buffer->pos) { buffer->failed = 1; return CAUD_ENOMEM; }
    size_t needed = buffer->pos + count;
    if (needed > buffer->cap) {
        size_t cap = buffer->cap ? buffer->cap : (size_t)64 * 1024;
        while (cap < needed) cap = cap > SIZE_MAX / 2 ? needed : cap * 2;
        uint8_t *grown = realloc(buffer->data, cap);
        if (!grown) { buffer->failed = 1; return CAUD_ENOMEM; }
        buffer->data = grown;
        buffer->cap = cap;
    }
    memcpy(buffer->data + buffer->pos, bytes, count);
    buffer->pos = needed;
    if (needed > buffer->len) buffer->len = needed;
    return CAUD_OK;
}

int caud_buffer_finish(caud_buffer *buffer, int status, uint8_t **out, size_t *out_len) {
    if (status == CAUD_OK && buffer->failed) status = CAUD_ENOMEM;
    if (status == CAUD_OK && buffer->len == 0) status = CAUD_ECODEC;
    if (status != CAUD_OK) {
        free(buffer->data);
        *out = NULL;
        *out_len = 0;
        return status;
    }
    *out = buffer->data;
    *out_len = buffer->len;
    return CAUD_OK;
}

int caud_pcm_args_ok(const int16_t *pcm, size_t frames, int channels, uint8_t **out, size_t *out_len) {
    if (!out || !out_len) return 0;
    *out = NULL;
    *out_len = 0;
    return pcm && frames > 0 && frames <= (size_t)INT32_MAX && (channels == 1 || channels == 2);
}
