extension Provider {
    /// What every validation message (HTTP 400) starts with on this provider:
    /// API in One answers `Invalid parameters` (API in One's Imagen 4 page) and says which after a colon.
    public var validationMessagePrefix: String {
        switch self {
        case .reapi: ""
        case .apiinone: "Invalid parameters: "
        }
    }
}
