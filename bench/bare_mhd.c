/* bench/run.sh's ceiling: bare libmicrohttpd answering fixed bytes, with the emulator's daemon
 * flags and options (Sources/EmulatorHTTP/HTTPServer.swift, ServerTypes.swift). Per request it
 * does what any handler must: read the body, copy the answer into a response, add Content-Type.
 * usage: bare_mhd PORT THREADS health.json poll.json submit.json  (127.0.0.1 only; "ready" on stdout) */
#include <microhttpd.h>
#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *body[3]; static size_t size[3]; static int marker;

static char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb"); if (!f) { perror(path); exit(1); }
    static char buf[1 << 20]; *n = fread(buf, 1, sizeof buf, f); fclose(f);
    char *copy = malloc(*n); memcpy(copy, buf, *n); return copy;
}

static enum MHD_Result answer(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *data, size_t *data_size, void **state) {
    (void) cls; (void) method; (void) version; (void) data;
    if (*state == NULL) { *state = &marker; return MHD_YES; }          /* headers: wait for the body */
    if (*data_size > 0) { *data_size = 0; return MHD_YES; }            /* a body chunk: consumed */
    int i = strcmp(url, "/health") == 0 ? 0 : strcmp(url, "/poll") == 0 ? 1 : strcmp(url, "/submit") == 0 ? 2 : -1;
    if (i < 0) return MHD_NO;
    struct MHD_Response *r = MHD_create_response_from_buffer(size[i], body[i], MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    enum MHD_Result ok = MHD_queue_response(c, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
    return ok;
}

int main(int argc, char **argv) {
    if (argc != 6) { fprintf(stderr, "usage: %s PORT THREADS health poll submit\n", argv[0]); return 2; }
    for (int i = 0; i < 3; i++) body[i] = slurp(argv[3 + i], &size[i]);
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t) atoi(argv[1])) };
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME, 0, NULL, NULL, answer, NULL,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *) &sa,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned int) atoi(argv[2]),
        MHD_OPTION_CONNECTION_LIMIT, (unsigned int) (10000 + 64),   /* connectionLimit + reservedConnections */
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int) 5,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t) (16 * 1024),
        MHD_OPTION_END);
    if (!d) { fprintf(stderr, "MHD_start_daemon failed\n"); return 1; }
    printf("ready\n"); fflush(stdout);
    sigset_t s; sigemptyset(&s); sigaddset(&s, SIGTERM); sigaddset(&s, SIGINT);
    sigprocmask(SIG_BLOCK, &s, NULL); int sig; sigwait(&s, &sig);
    MHD_stop_daemon(d);
    return 0;
}
