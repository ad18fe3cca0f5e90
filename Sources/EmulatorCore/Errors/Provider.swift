/// The API dialect a listener speaks. Both share paths, not envelopes (docs/contract.md §1).
public enum Provider: String, Sendable, CaseIterable, Codable {
    /// reAPI: `{"error":{"code":20002,"message":…,"request_id":…}}`.
    case reapi
    /// API in One: `{"error":{"code":<HTTP status>,"message":…,"type":…}}`.
    case apiinone
}
