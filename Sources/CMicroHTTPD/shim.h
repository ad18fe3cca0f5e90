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

/// Replaces MHD_start_daemon(flags, port, ..., MHD_OPTION_SOCK_ADDR, ...).
/// `ipv4` is the address to bind in network byte order (INADDR_ANY for 0.0.0.0).
/// MHD binds inside the call, so the sockaddr only lives for the call.
static inline struct MHD_Daemon *
cmhd_start_daemon(unsigned int flags, uint32_t ipv4, uint16_t port,
                  MHD_AccessHandlerCallback handler, void *handler_cls,
                  MHD_RequestCompletedCallback completed, void *completed_cls,
                  unsigned int thread_pool_size, unsigned int connection_limit,
                  unsigned int connection_timeout_seconds, size_t connection_memory_limit)
{
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    sa.sin_addr.s_addr = ipv4;
    return MHD_start_daemon(flags, port, NULL, NULL, handler, handler_cls,
        MHD_OPTION_SOCK_ADDR, (const struct sockaddr *) &sa,
        MHD_OPTION_NOTIFY_COMPLETED, completed, completed_cls,
        MHD_OPTION_THREAD_POOL_SIZE, thread_pool_size,
        MHD_OPTION_CONNECTION_LIMIT, connection_limit,
        MHD_OPTION_CONNECTION_TIMEOUT, connection_timeout_seconds,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, connection_memory_limit,
        MHD_OPTION_END);
}

/// Replaces MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT): the port actually bound
/// (the one the kernel picked when port 0 was asked).
static inline uint16_t cmhd_bound_port(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? info->port : 0;
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
