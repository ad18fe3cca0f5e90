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

/// Replaces MHD_start_daemon(flags, 0, ..., MHD_OPTION_LISTEN_SOCKET, ...).
/// `listen_fd` is a socket the caller has already bound and put in listening state, so the
/// port is known (and media URLs can be built) before the first request can arrive.
static inline struct MHD_Daemon *
cmhd_start_daemon(unsigned int flags, int listen_fd,
                  MHD_AccessHandlerCallback handler, void *handler_cls,
                  MHD_RequestCompletedCallback completed, void *completed_cls,
                  unsigned int thread_pool_size, unsigned int connection_limit,
                  unsigned int connection_timeout_seconds, size_t connection_memory_limit)
{
    return MHD_start_daemon(flags, 0, NULL, NULL, handler, handler_cls,
        MHD_OPTION_LISTEN_SOCKET, (MHD_socket) listen_fd,
        MHD_OPTION_NOTIFY_COMPLETED, completed, completed_cls,
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

#endif
