import CMicroHTTPD
import Glibc
import HTTPMessages

// libmicrohttpd calls these from its own worker threads. They are top-level, non-isolated
// functions that capture nothing, so they convert to @convention(c) pointers; a closure
// inheriting a global actor would trap when MHD calls it (LIBMICROHTTPD.md §3.10).

/// The access handler (MHD's multi-call protocol, LIBMICROHTTPD.md §3.6):
/// call 1 has the headers only; calls 2…n carry body chunks; the final call has
/// `*upload_data_size == 0`; after a resume MHD calls again with the same `con_cls`.
func accessHandlerTrampoline(
    cls: UnsafeMutableRawPointer?, connection: OpaquePointer?,
    url: UnsafePointer<CChar>?, method: UnsafePointer<CChar>?, version: UnsafePointer<CChar>?,
    uploadData: UnsafePointer<CChar>?, uploadDataSize: UnsafeMutablePointer<Int>?,
    conCls: UnsafeMutablePointer<UnsafeMutableRawPointer?>?
) -> MHD_Result {
    guard let cls, let connection, let conCls, let uploadDataSize else { return .NO }
    let server = Unmanaged<ServerBox>.fromOpaque(cls).takeUnretainedValue().server

    if conCls.pointee == nil {
        // No URI log call came first (it always does in 0.9.75); make the state here.
        conCls.pointee = Unmanaged.passRetained(RequestState()).toOpaque()
        server.inFlight.add(1, ordering: .relaxed)
    }
    let state = Unmanaged<RequestState>.fromOpaque(conCls.pointee!).takeUnretainedValue()

    if !state.started {
        // Call 1: headers only. Refuse what cannot be served before MHD sends 100 Continue
        // or waits for a body; MHD then discards the body and closes after the answer.
        state.started = true
        state.method = method.map { String(cString: $0) } ?? "GET"
        state.headers = headerList(connection)
        let refusal = state.refusal
            ?? RequestScreening.head(method: state.method, headers: state.headers, server.configuration)
        if let refusal {
            state.bodyTooLarge = refusal.status == 413
            if !state.bodyTooLarge { return refuse(server, refusal, on: connection) }
            return dispatch(server, state, connection, url: url)
        }
        return .YES
    }

    if let pending = state.pending {
        // Re-entry after MHD_resume_connection: send the answer held for this connection.
        state.pending = nil
        server.connections.enter(.answering, connection)
        return queue(state.ready?.take() ?? pending, on: connection)
    }
    if state.suspended { return .YES }

    if uploadDataSize.pointee > 0 {
        let size = uploadDataSize.pointee
        if !state.bodyTooLarge, let uploadData {
            if state.body.count + size > server.configuration.maxBodyBytes {
                state.bodyTooLarge = true
                state.body = []
            } else {
                UnsafeRawBufferPointer(start: uploadData, count: size).withMemoryRebound(to: UInt8.self) {
                    state.body.append(contentsOf: $0)
                }
            }
        }
        uploadDataSize.pointee = 0  // MHD: we consumed the whole chunk.
        return .YES
    }
    return dispatch(server, state, connection, url: url)
}

/// Builds the request, asks the handler, and sends, holds or drops the answer; while
/// stopping, or past the connection limit for a path without reserved connections, it
/// answers 503 instead and closes the connection.
private func dispatch(_ server: HTTPServer, _ state: RequestState, _ connection: OpaquePointer,
                      url: UnsafePointer<CChar>?) -> MHD_Result {
    let path = url.map { String(cString: $0) } ?? "/"
    if server.stopping.load(ordering: .sequentiallyConsistent) {
        return refuse(server, Refusal(status: 503, message: "the emulator is stopping", retryAfterSeconds: 1), on: connection)
    }
    if server.connections.count > server.configuration.connectionLimit, !server.configuration.isReserved(path) {
        return refuse(server, Refusal(status: 503, message: "more than \(server.configuration.connectionLimit) connections are open (--max-connections)",
                                      retryAfterSeconds: 1), on: connection)
    }
    var headers: [String: String] = Dictionary(minimumCapacity: state.headers.count)
    for header in state.headers { headers[header.name] = header.value }  // a repeated name: the last one, as MHD's walk gave
    state.headers = []
    let request = HTTPRequest(
        method: state.method,
        path: path,
        query: values(connection, .GET_ARGUMENT_KIND, lowercased: false),
        headers: headers,
        body: state.bodyTooLarge ? [] : state.body,
        bodyTooLarge: state.bodyTooLarge,
        pathHasQuery: false)  // MHD split the query off before unescaping: a `?` left is a decoded %3F.
    state.body = []
    state.dispatched = true
    server.dispatched.add(1, ordering: .relaxed)
    server.connections.enter(.answering, connection)
    switch server.handler(request) {
    case .respond(let response):
        return queue(response, on: connection)
    case .drop:
        return .NO  // MHD closes the socket without an answer.
    case .respondWhenReady(let fallback, let produce):
        let ready = ReadyResponse()
        state.ready = ready
        return hold(server, state, connection, fallback) { resume in produce { ready.fill($0); resume() } }
    case .respondLater(let response, let waitUntil):
        return hold(server, state, connection, response, waitUntil)
    }
}

/// Suspends the connection with `response` pending until `waitUntil` calls its closure, at
/// most `maxHoldSeconds` (the reaper sends `response` then).
private func hold(_ server: HTTPServer, _ state: RequestState, _ connection: OpaquePointer, _ response: HTTPResponse,
                  _ waitUntil: @Sendable (_ resume: @escaping @Sendable () -> Void) -> Void) -> MHD_Result {
    if server.stopping.load(ordering: .sequentiallyConsistent) { return queue(response, on: connection) }
    state.pending = response
    state.suspended = true
    // MHD: suspend only from the access handler, and before anything may resume it.
    MHD_suspend_connection(connection)
    server.connections.enter(.held, connection)
    let token = server.suspended.token()
    state.holdToken = token
    let registry = server.suspended
    registry.add(token, ConnectionHandle(raw: connection))
    server.deadlines.add(token, deadline: cmhd_monotonic_ms() + Int64(server.configuration.maxHoldSeconds * 1000))
    waitUntil {
        // Whoever takes the entry resumes; a second call (the hold cap, stop()) finds nothing.
        if let handle = registry.take(token) { MHD_resume_connection(handle.raw) }
    }
    return .YES
}

/// Sends a refusal in the owner's envelope and closes the connection after it.
private func refuse(_ server: HTTPServer, _ refusal: Refusal, on connection: OpaquePointer) -> MHD_Result {
    var response = server.refuse(refusal)
    response.headers.insert(("Connection", "close"), at: 0)
    return queue(response, on: connection)
}

/// MHD_OPTION_URI_LOG_CALLBACK: the request line is in, the headers are not. The raw
/// target is screened here, where the query and the percent-encoding are still as sent;
/// the state made here is the request's `con_cls` (released in NOTIFY_COMPLETED).
func uriLogTrampoline(cls: UnsafeMutableRawPointer?, uri: UnsafePointer<CChar>?, connection: OpaquePointer?) -> UnsafeMutableRawPointer? {
    guard let cls else { return nil }
    let server = Unmanaged<ServerBox>.fromOpaque(cls).takeUnretainedValue().server
    let state = RequestState()
    if let uri {
        let length = strlen(uri)
        let (refusal, dropQuery) = uri.withMemoryRebound(to: UInt8.self, capacity: length) {
            RequestScreening.target(UnsafeBufferPointer(start: $0, count: length), server.configuration)
        }
        state.refusal = refusal
        if dropQuery { cmhd_drop_query(uri) }
    }
    server.inFlight.add(1, ordering: .relaxed)
    return Unmanaged.passRetained(state).toOpaque()
}

/// MHD_OPTION_NOTIFY_CONNECTION: a TCP connection opened or closed.
func connectionNotifyTrampoline(cls: UnsafeMutableRawPointer?, connection: OpaquePointer?,
                                socketContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
                                code: MHD_ConnectionNotificationCode) {
    guard let cls, let connection else { return }
    let server = Unmanaged<ServerBox>.fromOpaque(cls).takeUnretainedValue().server
    switch code {
    case .CONNECTION_NOTIFY_STARTED:
        let slot = server.connections.opened(connection, fd: cmhd_connection_fd(connection))
        // The connection's socket context holds its slot (released when it closes), so a
        // phase change needs no lookup and no lock.
        socketContext?.pointee = Unmanaged.passRetained(slot).toOpaque()
        // Past the limit: shed an idle connection now rather than at the next tick.
        if server.connections.count > server.configuration.connectionLimit { server.reaper.nudge() }
    default:
        server.connections.closed(connection)
        if let socketContext, let raw = socketContext.pointee {
            Unmanaged<ConnectionRegistry.Slot>.fromOpaque(raw).release()
            socketContext.pointee = nil
        }
    }
}

/// Queues a response; MHD copies the bytes (RESPMEM_MUST_COPY), so Swift's array may go.
private func queue(_ response: HTTPResponse, on connection: OpaquePointer) -> MHD_Result {
    let created = response.body.withUnsafeBytes { buffer in
        MHD_create_response_from_buffer(buffer.count, UnsafeMutableRawPointer(mutating: buffer.baseAddress), .RESPMEM_MUST_COPY)
    }
    guard let created else { return .NO }
    defer { MHD_destroy_response(created) }  // reference-counted: safe right after queueing.
    for header in response.headers {
        _ = MHD_add_response_header(created, header.name, header.value)
    }
    return MHD_queue_response(connection, UInt32(clamping: response.status), created)
}

/// NOTIFY_COMPLETED: MHD calls it once for every request that reached the access
/// handler, whatever the outcome; the per-request state is released here.
func requestCompletedTrampoline(
    cls: UnsafeMutableRawPointer?, connection: OpaquePointer?,
    conCls: UnsafeMutablePointer<UnsafeMutableRawPointer?>?, code: MHD_RequestTerminationCode
) {
    guard let conCls, let raw = conCls.pointee else { return }
    let state = Unmanaged<RequestState>.fromOpaque(raw).takeUnretainedValue()
    if let cls {
        let server = Unmanaged<ServerBox>.fromOpaque(cls).takeUnretainedValue().server
        server.inFlight.subtract(1, ordering: .relaxed)
        if state.dispatched { server.dispatched.subtract(1, ordering: .relaxed) }
        // Ended while still held (daemon shutdown): make sure no wake-up resumes it later.
        if state.suspended, state.pending != nil { _ = server.suspended.take(state.holdToken) }
        // The connection waits for its next request (keep-alive), or is about to close.
        if let connection { server.connections.enter(.reading, connection) }
    }
    Unmanaged<RequestState>.fromOpaque(raw).release()
    conCls.pointee = nil
}

private final class ValueCollector {
    var values: [String: String] = [:]
    let lowercased: Bool
    init(lowercased: Bool) { self.lowercased = lowercased }
}

/// MHD_KeyValueIterator: collects one header or query argument.
private func collectValue(cls: UnsafeMutableRawPointer?, kind: MHD_ValueKind,
                          key: UnsafePointer<CChar>?, value: UnsafePointer<CChar>?) -> MHD_Result {
    guard let cls, let key else { return .YES }
    let collector = Unmanaged<ValueCollector>.fromOpaque(cls).takeUnretainedValue()
    let name = String(cString: key)
    collector.values[collector.lowercased ? name.lowercased() : name] = value.map { String(cString: $0) } ?? ""
    return .YES
}

private func values(_ connection: OpaquePointer, _ kind: MHD_ValueKind, lowercased: Bool) -> [String: String] {
    let collector = ValueCollector(lowercased: lowercased)
    withExtendedLifetime(collector) {
        _ = MHD_get_connection_values(connection, kind, collectValue, Unmanaged.passUnretained(collector).toOpaque())
    }
    return collector.values
}

/// Every request header in order, duplicates kept (framing checks need to see them all),
/// names lower-cased.
private func headerList(_ connection: OpaquePointer) -> [(name: String, value: String)] {
    let collector = HeaderCollector()
    withExtendedLifetime(collector) {
        _ = MHD_get_connection_values(connection, .HEADER_KIND, collectHeader, Unmanaged.passUnretained(collector).toOpaque())
    }
    return collector.headers
}

private final class HeaderCollector {
    var headers: [(name: String, value: String)] = []
}

private func collectHeader(cls: UnsafeMutableRawPointer?, kind: MHD_ValueKind,
                           key: UnsafePointer<CChar>?, value: UnsafePointer<CChar>?) -> MHD_Result {
    guard let cls, let key else { return .YES }
    Unmanaged<HeaderCollector>.fromOpaque(cls).takeUnretainedValue().headers.append((String(cString: key).lowercased(), value.map { String(cString: $0) } ?? ""))
    return .YES
}
