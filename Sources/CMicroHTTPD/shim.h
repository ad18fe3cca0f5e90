#ifndef CMICROHTTPD_SHIM_H
#define CMICROHTTPD_SHIM_H
/*
 * Fixed-arity wrappers for libmicrohttpd's variadic calls.
 *
 * Swift cannot call C variadic functions (MHD_start_daemon, MHD_get_daemon_info,
 * MHD_get_connection_info are "unavailable" in Swift). Each wrapper below passes the
 * options with the exact C type MHD reads from the va_list: a wrong width there would
 * be silent memory corruption, so the types are fixed here once, by the C compiler.
 */
#include <microhttpd.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/resource.h>
#include <time.h>

/// The callback type of MHD_OPTION_URI_LOG_CALLBACK (MHD declares it only in prose).
typedef void *(*cmhd_uri_log_callback)(void *cls, const char *uri, struct MHD_Connection *connection);

/// Replaces MHD_start_daemon(flags, 0, ..., MHD_OPTION_LISTEN_SOCKET, ...).
/// `listen_fd` is a socket the caller has already bound and put in listening state, so the
/// port is known (and media URLs can be built) before the first request can arrive.
/// `uri_logger` sees each request line's raw URI (before MHD unescapes it or splits the
/// query); `connections` hears every TCP connection open and close.
static inline struct MHD_Daemon *
cmhd_start_daemon(unsigned int flags, int listen_fd,
                  MHD_AccessHandlerCallback handler, void *handler_cls,
                  MHD_RequestCompletedCallback completed, void *completed_cls,
                  cmhd_uri_log_callback uri_logger, MHD_NotifyConnectionCallback connections,
                  unsigned int thread_pool_size, unsigned int connection_limit,
                  unsigned int connection_timeout_seconds, size_t connection_memory_limit)
{
    return MHD_start_daemon(flags, 0, NULL, NULL, handler, handler_cls,
        MHD_OPTION_LISTEN_SOCKET, (MHD_socket) listen_fd,
        MHD_OPTION_NOTIFY_COMPLETED, completed, completed_cls,
        MHD_OPTION_URI_LOG_CALLBACK, uri_logger, handler_cls,
        MHD_OPTION_NOTIFY_CONNECTION, connections, handler_cls,
        MHD_OPTION_THREAD_POOL_SIZE, thread_pool_size,
        MHD_OPTION_CONNECTION_LIMIT, connection_limit,
        MHD_OPTION_CONNECTION_TIMEOUT, connection_timeout_seconds,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, connection_memory_limit,
        MHD_OPTION_END);
}

/// Connections the daemon holds open right now (summed over its thread pool).
static inline unsigned int cmhd_current_connections(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    return info ? info->num_connections : 0;
}

/// The socket of a connection (MHD_get_connection_info is variadic), -1 if unknown.
static inline int cmhd_connection_fd(struct MHD_Connection *connection) {
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    return info ? (int) info->connect_fd : -1;
}

/// The pointer a connection's NOTIFY_CONNECTION callback stored (its socket context), or NULL.
static inline void *cmhd_socket_context(struct MHD_Connection *connection) {
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info ? info->socket_context : NULL;
}

/// Ends the query string of a raw URI handed to the URI log callback, so MHD parses no
/// arguments from it. libmicrohttpd 0.9.75 has found the '?' before that callback and
/// parses the NUL-terminated text after it once the callback returns; a query with a few
/// hundred arguments exhausts the connection's memory pool there and the request is then
/// never answered. The buffer is MHD's own read buffer, which it rewrites in place itself.
static inline void cmhd_drop_query(const char *uri) {
    char *mark = strchr((char *) uri, '?');
    if (mark != NULL) mark[1] = '\0';
}

/// The TCP ports at both ends of a connected socket (local << 16 | peer), 0 on error: with
/// the descriptor it identifies one connection, so a descriptor number reused for another
/// socket is never mistaken for it.
static inline uint32_t cmhd_socket_identity(int fd) {
    struct sockaddr_in local, peer;
    socklen_t a = sizeof local, b = sizeof peer;
    if (getsockname(fd, (struct sockaddr *) &local, &a) != 0 || getpeername(fd, (struct sockaddr *) &peer, &b) != 0) return 0;
    if (local.sin_family != AF_INET || peer.sin_family != AF_INET) return 0;
    return ((uint32_t) ntohs(local.sin_port) << 16) | ntohs(peer.sin_port);
}

/// Closes both directions of a socket MHD owns, without closing the descriptor (MHD's poll
/// sees the end of stream and closes the connection itself) - only if the descriptor still
/// is the connection `identity` names.
static inline void cmhd_shutdown_socket(int fd, uint32_t identity) {
    if (identity != 0 && cmhd_socket_identity(fd) == identity) shutdown(fd, SHUT_RDWR);
}

/// The same, after writing `answer` (a whole HTTP response) if the socket takes it at once:
/// a connection shed to make room tells its client why (503) instead of closing silently.
static inline void cmhd_answer_and_shutdown_socket(int fd, uint32_t identity, const void *answer, size_t length) {
    if (identity == 0 || cmhd_socket_identity(fd) != identity) return;
    (void) send(fd, answer, length, MSG_DONTWAIT | MSG_NOSIGNAL);
    shutdown(fd, SHUT_RDWR);
}

/// Makes a listening socket refuse new connections at once (Linux: pending and new
/// handshakes are reset) while the descriptor stays valid for the threads still polling it.
static inline void cmhd_stop_listening(int fd) { shutdown(fd, SHUT_RD); }

/// Creates a TCP socket bound to `ipv4:port` (network byte order address) and listening,
/// non-blocking as MHD's epoll loop wants it. Returns the fd, or -1 with errno set.
static inline int cmhd_bind_listener(uint32_t ipv4, uint16_t port, int backlog) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return -1;
    int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    sa.sin_addr.s_addr = ipv4;
    if (bind(fd, (const struct sockaddr *) &sa, sizeof sa) != 0 || listen(fd, backlog) != 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

/// The port a bound socket listens on (the kernel's pick when 0 was asked), 0 on error.
static inline uint16_t cmhd_socket_port(int fd) {
    struct sockaddr_in sa;
    socklen_t len = sizeof sa;
    if (getsockname(fd, (struct sockaddr *) &sa, &len) != 0) return 0;
    return ntohs(sa.sin_port);
}

/// inet_pton for IPv4 without Swift having to build a struct in_addr.
/// Returns 1 and writes the address (network byte order) when `text` is a dotted quad.
static inline int cmhd_parse_ipv4(const char *text, uint32_t *out) {
    struct in_addr a;
    if (inet_pton(AF_INET, text, &a) != 1) return 0;
    *out = a.s_addr;
    return 1;
}

/// Raises the soft open-file limit towards `wanted`, as far as the hard limit allows.
/// Writes the limits before and after; returns 0, or -1 when getrlimit failed.
static inline int cmhd_raise_open_files(unsigned long wanted, unsigned long *before, unsigned long *after, unsigned long *hard) {
    struct rlimit r;
    if (getrlimit(RLIMIT_NOFILE, &r) != 0) return -1;
    *before = (unsigned long) r.rlim_cur;
    *hard = (unsigned long) r.rlim_max;
    if (r.rlim_cur < wanted) {
        rlim_t target = (r.rlim_max == RLIM_INFINITY || r.rlim_max > wanted) ? (rlim_t) wanted : r.rlim_max;
        struct rlimit raised = { target, r.rlim_max };
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0) r.rlim_cur = target;
    }
    *after = (unsigned long) r.rlim_cur;
    return 0;
}

/// Milliseconds of CLOCK_MONOTONIC (wall-clock caps that a clock change cannot stretch).
static inline int64_t cmhd_monotonic_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t) t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

#endif
