/// `GET /api/v1/balance` (reapi.ai/docs/api/balance): the caller's balance in integer credits,
/// `200 {"balance": 12500}`. Authenticated and rate-limited like submit and poll (401 10001–10004,
/// 429 50001), never charged ("Reading this endpoint does not consume credits"), journaled.
extension ProviderAPI {
    /// reAPI only: API in One documents no balance endpoint.
    static let balancePath = "/api/v1/balance"

    func balance(_ request: HTTPRequest, _ context: RequestContext) -> Answer {
        context.session.transaction { s, now -> Answer in
            let errors = s.active.errors
            let admitted = Self.bearerKey(request).flatMap { key -> Result<String, APIError> in
                s.admit(key, now: now).map { .failure($0) } ?? .success(key)
            }
            switch admitted {
            case .failure(let error):
                return Answer(errors.response(error, requestID: context.requestID))
            case .success(let key):
                let credits = s.balance(of: key, defaultCredits: configuration.defaultCredits)
                return Answer(.json(200, ["balance": .int(credits)]), key: key)
            }
        }
    }
}
