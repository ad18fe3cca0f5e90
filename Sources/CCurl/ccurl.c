#include "ccurl.h"
#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLcode (*global_init)(long);
    int loaded;
    char error[256];
} api;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load(void) {
    void *lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        snprintf(api.error, sizeof api.error, "cannot load libcurl (install libcurl4): %s", dlerror());
        return;
    }
#define CCURL_SYMBOL(field, name) \
    *(void **) (&api.field) = dlsym(lib, name); \
    if (api.field == NULL) { snprintf(api.error, sizeof api.error, "libcurl.so.4 has no %s", name); return; }
    CCURL_SYMBOL(easy_init, "curl_easy_init")
    CCURL_SYMBOL(easy_setopt, "curl_easy_setopt")
    CCURL_SYMBOL(easy_perform, "curl_easy_perform")
    CCURL_SYMBOL(easy_getinfo, "curl_easy_getinfo")
    CCURL_SYMBOL(easy_cleanup, "curl_easy_cleanup")
    CCURL_SYMBOL(easy_strerror, "curl_easy_strerror")
    CCURL_SYMBOL(slist_append, "curl_slist_append")
    CCURL_SYMBOL(slist_free_all, "curl_slist_free_all")
    CCURL_SYMBOL(global_init, "curl_global_init")
#undef CCURL_SYMBOL
    if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(api.error, sizeof api.error, "curl_global_init failed");
        return;
    }
    api.loaded = 1;
}

int ccurl_load(char *error, size_t error_size) {
    pthread_once(&load_once, load);
    if (!api.loaded && error != NULL && error_size > 0) snprintf(error, error_size, "%s", api.error);
    return api.loaded;
}

typedef struct buffer { unsigned char *bytes; size_t size, capacity; int overflow; } buffer;

/// Bodies and headers are bounded: an upstream answer past this is an error, not an allocation
/// failure. 32 MiB: API answers are kilobytes; with 16 forwarding workers and 4 result fetches
/// the recorder holds at most 20 answers (each once in this buffer, once copied out).
static const size_t max_bytes = (size_t) 32 << 20;

void ccurl_cancel(int *flag) { __atomic_store_n(flag, 1, __ATOMIC_SEQ_CST); }

/// libcurl calls this about once a second even when nothing moves, and on every chunk:
/// non-zero (the transfer's cancel flag set) aborts it (CURLE_ABORTED_BY_CALLBACK).
static int on_progress(void *context, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow) {
    (void) dltotal; (void) dlnow; (void) ultotal; (void) ulnow;
    return context != NULL && __atomic_load_n((const int *) context, __ATOMIC_SEQ_CST);
}

static size_t append(buffer *b, const char *data, size_t size) {
    if (b->overflow || size > max_bytes - b->size) { b->overflow = 1; return 0; }  // 0 aborts the transfer
    if (b->size + size + 1 > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 4096;
        while (capacity < b->size + size + 1) capacity *= 2;
        unsigned char *grown = realloc(b->bytes, capacity);
        if (grown == NULL) { b->overflow = 1; return 0; }
        b->bytes = grown;
        b->capacity = capacity;
    }
    memcpy(b->bytes + b->size, data, size);
    b->size += size;
    b->bytes[b->size] = 0;
    return size;
}

static size_t on_data(char *data, size_t size, size_t count, void *context) {
    return append((buffer *) context, data, size * count);
}

int ccurl_perform(const char *method, const char *url, const char *const *headers, size_t header_count,
                  const unsigned char *body, size_t body_size, long timeout_ms, const int *cancel, ccurl_reply *reply) {
    memset(reply, 0, sizeof *reply);
    if (!ccurl_load(reply->error, sizeof reply->error)) return 0;
    if (cancel != NULL && __atomic_load_n(cancel, __ATOMIC_SEQ_CST)) {
        snprintf(reply->error, sizeof reply->error, "cancelled: the recorder is stopping");
        return 0;
    }
    CURL *curl = api.easy_init();
    if (curl == NULL) { snprintf(reply->error, sizeof reply->error, "curl_easy_init failed"); return 0; }
    buffer head = {0}, data = {0};
    struct curl_slist *list = NULL;
    for (size_t i = 0; i < header_count; i++) list = api.slist_append(list, headers[i]);
    // libcurl's own defaults a proxy must not add: no 100-continue wait.
    list = api.slist_append(list, "Expect:");

    api.easy_setopt(curl, CURLOPT_URL, url);
    api.easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    api.easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    api.easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout_ms);
    api.easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
    api.easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    api.easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
    api.easy_setopt(curl, CURLOPT_WRITEDATA, &data);
    api.easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_data);
    api.easy_setopt(curl, CURLOPT_HEADERDATA, &head);
    api.easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    api.easy_setopt(curl, CURLOPT_XFERINFODATA, (void *) cancel);
    api.easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    if (strcmp(method, "HEAD") == 0) {
        api.easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else {
        api.easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
        if (body_size > 0) {
            api.easy_setopt(curl, CURLOPT_POSTFIELDS, (const char *) body);
            api.easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) body_size);
        }
    }
    CURLcode result = api.easy_perform(curl);
    int ok = 0;
    if (result == CURLE_OK) {
        api.easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply->status);
        ok = 1;
    } else if (result == CURLE_ABORTED_BY_CALLBACK) {
        snprintf(reply->error, sizeof reply->error, "cancelled: the recorder is stopping");
    } else if (head.overflow || data.overflow) {
        snprintf(reply->error, sizeof reply->error, "the upstream answer is larger than 32 MiB");
    } else {
        snprintf(reply->error, sizeof reply->error, "%s", api.easy_strerror(result));
    }
    api.slist_free_all(list);
    api.easy_cleanup(curl);
    reply->headers = (char *) head.bytes;
    reply->headers_size = head.size;
    reply->body = data.bytes;
    reply->body_size = data.size;
    return ok;
}

void ccurl_reply_free(ccurl_reply *reply) {
    free(reply->headers);
    free(reply->body);
    reply->headers = NULL;
    reply->body = NULL;
}
