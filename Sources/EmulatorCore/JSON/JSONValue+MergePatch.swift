extension JSONValue {
    /// This value with `patch` merged over it, by JSON Merge Patch (RFC 7396): objects merge
    /// key by key and recursively, a `null` in the patch removes the key, and anything else
    /// (strings, numbers, arrays) replaces the value outright. Existing keys keep their order;
    /// new keys follow in the patch's order.
    public func mergePatched(with patch: JSONValue) -> JSONValue {
        guard case .object(let patchObject) = patch else { return patch }
        var result = objectValue ?? JSONObject()
        for (key, value) in patchObject.pairs {
            if value.isNull {
                result[key] = nil
            } else {
                result[key] = (result[key] ?? .null).mergePatched(with: value)
            }
        }
        return .object(result)
    }
}
