#ifndef CCURL_H
#define CCURL_H
#include <stddef.h>

/// libcurl, loaded with dlopen the first time `record` reaches its upstream, so the emulator
/// itself never maps libcurl and its TLS, Kerberos and LDAP libraries (about 5.5 MiB of
/// resident memory and a few milliseconds of start-up). curl_easy_setopt is variadic, so every
/// option is set here, in C, with the exact type libcurl reads.

/// 1 once libcurl is loaded; 0 with a message in `error` (for example libcurl4 not installed).
int ccurl_load(char *error, size_t error_size);

typedef struct ccurl_reply {
    long status;
    /// The raw header lines of every response received (status lines included), CRLF-separated.
    char *headers;
    size_t headers_size;
    unsigned char *body;
    size_t body_size;
    /// Set when the transfer failed (status is then 0).
    char error[256];
} ccurl_reply;

/// One blocking request. `headers` holds `header_count` lines "Name: value". Redirects are not
/// followed. `cancel` (may be NULL) is a flag ccurl_cancel sets. Returns 1 when an answer arrived (any status), 0 on a transport error. The reply's
/// buffers are the caller's to free with ccurl_reply_free, whatever the result.
int ccurl_perform(const char *method, const char *url, const char *const *headers, size_t header_count,
                  const unsigned char *body, size_t body_size, long timeout_ms, const int *cancel, ccurl_reply *reply);

void ccurl_reply_free(ccurl_reply *reply);

/// Sets a cancel flag given to ccurl_perform: the transfers that have it stop within about a
/// second (libcurl's progress callback), and later ones do not start; they fail with
/// "cancelled: the recorder is stopping".
void ccurl_cancel(int *flag);

#endif
