import CMicroHTTPD
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

    guard let raw = conCls.pointee else {
        // Call 1: headers only. Refuse a declared oversize body before MHD sends 100 Continue.
        let state = RequestState()
        conCls.pointee = Unmanaged.passRetained(state).toOpaque()
        server.inFlight.add(1, ordering: .relaxed)
        if let declared = lookup(connection, .HEADER_KIND, "Content-Length"), let length = Int(declared),
           length > server.configuration.maxBodyBytes
        {
            state.bodyTooLarge = true
            return dispatch(server, state, connection, url: url, method: method)
        }
        return .YES
    }
    let state = Unmanaged<RequestState>.fromOpaque(raw).takeUnretainedValue()

    if let pending = state.pending {
        // Re-entry after MHD_resume_connection: send the answer held for this connection.
        state.pending = nil
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
    return dispatch(server, state, connection, url: url, method: method)
}

/// Builds the request, asks the handler, and sends, holds or drops the answer.
private func dispatch(_ server: HTTPServer, _ state: RequestState, _ connection: OpaquePointer,
                      url: UnsafePointer<CChar>?, method: UnsafePointer<CChar>?) -> MHD_Result {
    let request = HTTPRequest(
        method: method.map { String(cString: $0) } ?? "GET",
        path: url.map { String(cString: $0) } ?? "/",
        query: values(connection, .GET_ARGUMENT_KIND, lowercased: false),
        headers: values(connection, .HEADER_KIND, lowercased: true),
        body: state.bodyTooLarge ? [] : state.body,
        bodyTooLarge: state.bodyTooLarge)
    state.body = []
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

/// Suspends the connection with `response` pending until `waitUntil` calls its closure.
private func hold(_ server: HTTPServer, _ state: RequestState, _ connection: OpaquePointer, _ response: HTTPResponse,
                  _ waitUntil: @Sendable (_ resume: @escaping @Sendable () -> Void) -> Void) -> MHD_Result {
    if server.stopping.load(ordering: .sequentiallyConsistent) { return queue(response, on: connection) }
    state.pending = response
    state.suspended = true
    // MHD: suspend only from the access handler, and before anything may resume it.
    MHD_suspend_connection(connection)
    let id = ObjectIdentifier(state)
    let registry = server.suspended
    registry.add(id, ConnectionHandle(raw: connection))
    waitUntil {
        // Whoever takes the entry resumes; a second call (or stop()) finds nothing.
        if let handle = registry.take(id) { MHD_resume_connection(handle.raw) }
    }
    return .YES
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
        // Ended while still held (daemon shutdown): make sure no wake-up resumes it later.
        if state.suspended, state.pending != nil { _ = server.suspended.take(ObjectIdentifier(state)) }
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

private func lookup(_ connection: OpaquePointer, _ kind: MHD_ValueKind, _ name: String) -> String? {
    MHD_lookup_connection_value(connection, kind, name).map { String(cString: $0) }
}
