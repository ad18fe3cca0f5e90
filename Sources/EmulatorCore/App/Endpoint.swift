/// One row of the listener's routing table: the route the outcome names, whether the journal
/// records it, and its handler. Every handler has one shape; an error it throws is rendered
/// by the app's one `catch`, in the listener's envelope.
struct Endpoint: Sendable {
    typealias Handler = @Sendable (HTTPRequest, RequestContext) throws(APIError) -> Answer

    let route: RequestRoute
    /// The provider API and media traffic a client sends is journaled; the control API's own
    /// calls (health checks, resets, journal reads) would only add noise.
    let journaled: Bool
    /// A route of the listener as a whole, not of one session: not served under `/sessions/{id}/`.
    let listenerWide: Bool
    let handle: Handler

    init(_ route: RequestRoute, journaled: Bool = true, listenerWide: Bool = false, _ handle: @escaping Handler) {
        self.route = route
        self.journaled = journaled
        self.listenerWide = listenerWide
        self.handle = handle
    }
}
