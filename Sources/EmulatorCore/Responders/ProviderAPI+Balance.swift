/// `GET /api/v1/balance` (reapi.ai/docs/api/balance): the caller's balance in integer credits,
/// `200 {"balance": 12500}`. Authenticated and rate-limited like submit and poll (401 10001–10004,
/// 429 50001), never charged ("Reading this endpoint does not consume credits"), journaled.
extension ProviderAPI {
    /// reAPI only: API in One documents no balance endpoint.
    static let balancePath = "/api/v1/balance"

    func balance(_ request: HTTPRequest, _ context: RequestContext) -> Answer {
        context.session.transaction(at: context.now) { s, now -> Answer in
            let errors = s.active.errors
            switch Self.admitted(request, &s, now: now) {
            case .refused(let error, let key):
                return errors.answer(error, requestID: context.requestID, key: key)
            case .admitted(let key):
                let credits = s.balance(of: key, defaultCredits: configuration.defaultCredits)
                return Answer(.json(200, ["balance": .int(credits)]), key: key)
            }
        }
    }
}
