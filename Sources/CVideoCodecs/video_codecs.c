#include "video_codecs.h"

#include <stdlib.h>
#include <string.h>
#include <x264.h>

struct cvid_encoder {
    x264_t *x264;
    x264_picture_t picture;
    int width, height;
    int64_t next_pts;
    uint8_t *sps, *pps;
    size_t sps_length, pps_length;
    uint8_t *sample;
    size_t sample_capacity;
};

static uint8_t clamp8(int value) { return (uint8_t)(value < 0 ? 0 : value > 255 ? 255 : value); }

static uint8_t *copy_payload(const x264_nal_t *nal, size_t *length) {
    /* With b_annexb = 0 each payload starts with its 4-byte length. */
    if (nal->i_payload < 4) return NULL;
    *length = (size_t)nal->i_payload - 4;
    uint8_t *copy = malloc(*length);
    if (copy) memcpy(copy, nal->p_payload + 4, *length);
    return copy;
}

int cvid_open(int width, int height, int fps, int bitrate_kbps, cvid_encoder **out) {
    if (!out || width < 16 || height < 16 || (width & 1) || (height & 1) || fps < 1 || fps > 120 || bitrate_kbps < 16)
        return CVID_EINVAL;
    *out = NULL;
    x264_param_t param;
    if (x264_param_default_preset(&param, "ultrafast", "zerolatency") < 0) return CVID_ECODEC;
    param.i_width = width;
    param.i_height = height;
    param.i_csp = X264_CSP_I420;
    param.i_fps_num = (uint32_t)fps;
    param.i_fps_den = 1;
    param.i_timebase_num = 1;
    param.i_timebase_den = (uint32_t)fps;
    param.i_keyint_max = fps * 10;
    param.i_bframe = 0;
    param.b_annexb = 0;
    param.b_repeat_headers = 0;
    param.b_vfr_input = 0;
    param.i_log_level = X264_LOG_NONE;
    param.i_threads = 1;
    param.rc.i_rc_method = X264_RC_CRF;
    param.rc.f_rf_constant = 30;
    param.rc.i_vbv_max_bitrate = bitrate_kbps;
    param.rc.i_vbv_buffer_size = bitrate_kbps * 2;
    if (x264_param_apply_profile(&param, "baseline") < 0) return CVID_ECODEC;

    cvid_encoder *encoder = calloc(1, sizeof *encoder);
    if (!encoder) return CVID_ENOMEM;
    encoder->width = width;
    encoder->height = height;
    if (x264_picture_alloc(&encoder->picture, X264_CSP_I420, width, height) < 0) {
        free(encoder);
        return CVID_ENOMEM;
    }
    encoder->x264 = x264_encoder_open(&param);
    if (!encoder->x264) {
        x264_picture_clean(&encoder->picture);
        free(encoder);
        return CVID_ECODEC;
    }
    x264_nal_t *nals = NULL;
    int count = 0;
    if (x264_encoder_headers(encoder->x264, &nals, &count) < 0) {
        cvid_close(encoder);
        return CVID_ECODEC;
    }
    for (int i = 0; i < count; i++) {
        if (nals[i].i_type == NAL_SPS && !encoder->sps) encoder->sps = copy_payload(&nals[i], &encoder->sps_length);
        if (nals[i].i_type == NAL_PPS && !encoder->pps) encoder->pps = copy_payload(&nals[i], &encoder->pps_length);
    }
    if (!encoder->sps || !encoder->pps) {
        cvid_close(encoder);
        return CVID_ECODEC;
    }
    *out = encoder;
    return CVID_OK;
}

int cvid_parameter_sets(cvid_encoder *encoder, const uint8_t **sps, size_t *sps_length,
                        const uint8_t **pps, size_t *pps_length) {
    if (!encoder || !sps || !sps_length || !pps || !pps_length) return CVID_EINVAL;
    *sps = encoder->sps;
    *sps_length = encoder->sps_length;
    *pps = encoder->pps;
    *pps_length = encoder->pps_length;
    return CVID_OK;
}

/* BT.601 limited range, integer arithmetic; chroma from the top-left pixel of each 2x2 block. */
static void convert_rows(cvid_encoder *encoder, const uint8_t *rgb, int first_row, int last_row) {
    const int width = encoder->width;
    x264_image_t *image = &encoder->picture.img;
    first_row &= ~1;
    for (int y = first_row; y < last_row; y++) {
        const uint8_t *row = rgb + (size_t)y * (size_t)width * 3;
        uint8_t *luma = image->plane[0] + (size_t)y * (size_t)image->i_stride[0];
        for (int x = 0; x < width; x++) {
            int r = row[3 * x], g = row[3 * x + 1], b = row[3 * x + 2];
            luma[x] = clamp8(((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
        }
        if (y & 1) continue;
        uint8_t *cb = image->plane[1] + (size_t)(y / 2) * (size_t)image->i_stride[1];
        uint8_t *cr = image->plane[2] + (size_t)(y / 2) * (size_t)image->i_stride[2];
        for (int x = 0; x < width; x += 2) {
            int r = row[3 * x], g = row[3 * x + 1], b = row[3 * x + 2];
            cb[x / 2] = clamp8(((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
            cr[x / 2] = clamp8(((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
        }
    }
}

int cvid_encode_rgb(cvid_encoder *encoder, const uint8_t *rgb, int first_row, int last_row,
                    const uint8_t **sample, size_t *length, int *keyframe) {
    if (!encoder || !rgb || !sample || !length || !keyframe || first_row < 0 || last_row > encoder->height
        || first_row > last_row)
        return CVID_EINVAL;
    convert_rows(encoder, rgb, first_row, last_row);
    encoder->picture.i_pts = encoder->next_pts++;
    encoder->picture.i_type = X264_TYPE_AUTO;
    x264_nal_t *nals = NULL;
    int count = 0;
    x264_picture_t output;
    int size = x264_encoder_encode(encoder->x264, &nals, &count, &encoder->picture, &output);
    if (size < 0) return CVID_ECODEC;
    /* zerolatency: every input frame comes out at once, in order. */
    if (size == 0 || count == 0) return CVID_ECODEC;
    size_t total = 0;
    for (int i = 0; i < count; i++) total += (size_t)nals[i].i_payload;
    if (total > encoder->sample_capacity) {
        uint8_t *grown = realloc(encoder->sample, total);
        if (!grown) return CVID_ENOMEM;
        encoder->sample = grown;
        encoder->sample_capacity = total;
    }
    size_t at = 0;
    for (int i = 0; i < count; i++) {
        memcpy(encoder->sample + at, nals[i].p_payload, (size_t)nals[i].i_payload);
        at += (size_t)nals[i].i_payload;
    }
    *sample = encoder->sample;
    *length = total;
    *keyframe = output.b_keyframe ? 1 : 0;
    return CVID_OK;
}

void cvid_close(cvid_encoder *encoder) {
    if (!encoder) return;
    if (encoder->x264) x264_encoder_close(encoder->x264);
    x264_picture_clean(&encoder->picture);
    free(encoder->sps);
    free(encoder->pps);
    free(encoder->sample);
    free(encoder);
}
