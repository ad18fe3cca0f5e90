/// Read-only views for the control API: tasks, journal, accounts.
extension EmulatorApp {
    func tasksBody(_ query: [String: String]) -> JSONValue {
        let now = clock.now()
        return state.withLock { s in
            s.settle(now)
            var tasks = s.taskIDs.compactMap { s.tasks[$0] }
            if let key = query["key"] { tasks = tasks.filter { $0.owner == key } }
            if let status = query["status"] { tasks = tasks.filter { $0.status(at: now).rawValue == status } }
            if let limit = query["limit"].flatMap(Int.init), limit >= 0 { tasks = Array(tasks.suffix(limit)) }
            return ["tasks": .array(tasks.map { summary($0, now: now) }), "count": .int(tasks.count)]
        }
    }

    func taskBody(_ id: String) -> Result<JSONValue, APIError> {
        let now = clock.now()
        return state.withLock { s in
            s.settle(now)
            guard let task = s.tasks[id] else { return .failure(APIError(.taskNotFound, "task \"\(Self.printable(id))\" not found")) }
            guard case .object(var o) = summary(task, now: now) else { return .failure(APIError(.internalError, "task view")) }
            o["prompt"] = .string(task.order.prompt)
            o["parameters"] = .object(task.order.parameters)
            o["image_urls"] = .array(task.mediaPaths.map { .string(configuration.publicURL + $0) })
            o["expires_at"] = task.expiresAt.map { .string($0.iso8601) } ?? .null
            o["timeline"] = .array(task.timeline(at: now))
            o["body"] = TaskEnvelope(task: task, now: now, baseURL: configuration.publicURL).pollBody()
            return .success(.object(o))
        }
    }

    private func summary(_ task: TaskRecord, now: Timestamp) -> JSONValue {
        var outcome: JSONValue = "completes"
        if case .fails(let code, _) = task.outcome { outcome = ["fails": .int(code)] }
        return ["id": .string(task.id), "model": .string(task.order.model), "key": .string(task.owner),
                "status": .string(task.status(at: now).rawValue), "created_at": .string(task.createdAt.iso8601),
                "settles_at": .string(task.settlesAt.iso8601), "outcome": outcome, "credits": .int(task.order.credits),
                "images": .int(task.order.imageCount), "size": .string("\(task.order.width)x\(task.order.height)"),
                "rule": task.ruleIndex.map(JSONValue.int) ?? .null,
                "refunded_at": task.refundedAt.map { .string($0.iso8601) } ?? .null]
    }

    /// `?path=` (prefix), `?status=`, `?limit=` (the latest N).
    func journalBody(_ query: [String: String]) -> Result<JSONValue, APIError> {
        var status: Int?
        if let text = query["status"] {
            guard let s = Int(text) else { return .failure(APIError(.invalidValue, "status must be an integer")) }
            status = s
        }
        var limit: Int?
        if let text = query["limit"] {
            guard let l = Int(text), l >= 0 else { return .failure(APIError(.invalidValue, "limit must be an integer >= 0")) }
            limit = l
        }
        return .success(journal.withLock { journal in
            var entries = journal.all
            if let path = query["path"] { entries = entries.filter { $0.path.hasPrefix(path) } }
            if let status { entries = entries.filter { $0.status == status } }
            if let limit { entries = Array(entries.suffix(limit)) }
            return ["requests": .array(entries.map(\.json)), "count": .int(entries.count),
                    "capacity": .int(journal.capacity), "evicted": .int(journal.evicted)]
        })
    }

    func clearJournal() -> JSONValue {
        journal.withLock { journal in
            let count = journal.count
            journal.clear()
            return ["cleared": .int(count)]
        }
    }

    func accountsBody() -> JSONValue {
        let now = clock.now()
        return state.withLock { s in
            s.settle(now)
            let accounts = s.accounts.values.sorted { $0.key < $1.key }
            return ["accounts": .array(accounts.map { ["key": .string($0.key), "credits": .int($0.credits), "revoked": .bool($0.revoked)] })]
        }
    }

    func accountBody(_ key: String) -> Result<JSONValue, APIError> {
        let now = clock.now()
        return state.withLock { s in
            s.settle(now)
            guard let account = s.accounts[key] else {
                return .failure(APIError(.routeNotFound, "account \"\(Self.printable(key))\" not found"))
            }
            return .success(account.json)
        }
    }

    /// `{"credits": N, "revoked": bool}` (either): creates the account if needed; a change of
    /// balance is booked in the ledger as an adjustment.
    func updateAccount(_ key: String, _ body: [UInt8]) -> Result<JSONValue, APIError> {
        let object: JSONObject
        switch Self.parseObject(body) {
        case .failure(let e): return .failure(e)
        case .success(let o): object = o
        }
        var credits: Int?
        if let value = object["credits"] {
            switch CreditBounds.requestedBalance(value) {
            case .failure(let e): return .failure(e)
            case .success(let c): credits = c
            }
        }
        var revoked: Bool?
        if let value = object["revoked"] {
            guard case .bool(let r) = value else { return .failure(APIError(.invalidValue, "revoked must be a boolean")) }
            revoked = r
        }
        guard credits != nil || revoked != nil else { return .failure(APIError(.missingField, "send credits and/or revoked")) }
        guard !key.isEmpty, BearerToken.parse("Bearer " + key) == .success(key) else {
            return .failure(APIError(.invalidValue, "not a usable API key"))
        }
        let now = clock.now()
        return .success(state.withLock { s in
            s.settle(now)
            var account = s.accounts[key] ?? Account(key: key, credits: 0)
            if let credits, credits != account.credits { account.book(credits - account.credits, .adjustment, taskID: nil, at: now) }
            if let revoked { account.revoked = revoked }
            s.accounts[key] = account
            return account.json
        })
    }
}
