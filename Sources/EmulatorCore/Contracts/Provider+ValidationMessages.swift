extension Provider {
    /// What every validation message (HTTP 400) starts with on this provider:
    /// API in One answers `Invalid parameters` (seed 004) and says which after a colon.
    public var validationMessagePrefix: String {
        switch self {
        case .reapi: ""
        case .apiinone: "Invalid parameters: "
        }
    }
}
