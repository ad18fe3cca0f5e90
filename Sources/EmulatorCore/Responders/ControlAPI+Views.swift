/// Read views of the control API: tasks, journal, accounts, and account updates.
extension ControlAPI {
    /// `?key=`, `?status=`, `?limit=` (the latest N, default 100, at most 1000), `?cursor=`
    /// (the `next` of the page before).
    func tasksBody(_ session: Session, _ query: [String: String]) throws(APIError) -> JSONValue {
        let paging = try Paging.parse(query, cursor: { Int($0) })
        let status = query["status"].map(TaskRecord.Status.init(rawValue:))
        if let status, status == nil { return ["tasks": [], "count": 0, "truncated": false, "next": .null] }  // no task has an unknown status
        let page = session.tasks(key: query["key"], status: status ?? nil, limit: paging.limit, before: paging.cursor)
        let items = page.tasks.map { Self.summary($0, now: page.now) }
        // Past ListingBytes.max the newest are listed and the cursor goes on before them.
        let kept = ListingBytes.fitting(items.reversed())
        let next = kept < items.count ? page.sequences[items.count - kept] : page.next
        return ["tasks": .array(Array(items.suffix(kept))), "count": .int(kept), "truncated": .bool(kept < items.count),
                "next": next.map { .string(String($0)) } ?? .null]
    }

    /// `?limit=` (default 100, at most 1000), `?cursor=` (the `next` of the page before).
    func accountsBody(_ session: Session, _ query: [String: String]) throws(APIError) -> JSONValue {
        let paging = try Paging.parse(query, cursor: { $0 })
        let page = session.accounts(limit: paging.limit, after: paging.cursor)
        return ["accounts": .array(page.accounts.map(\.summaryJSON)), "count": .int(page.accounts.count),
                "next": page.next.map(JSONValue.string) ?? .null]
    }

    func taskBody(_ session: Session, _ id: String) throws(APIError) -> JSONValue {
        guard let (task, now) = session.task(id) else {
            throw APIError(.taskNotFound, "task \"\(EmulatorApp.printable(id))\" not found")
        }
        guard case .object(var o) = Self.summary(task, now: now) else { throw APIError(.internalError, "task view") }
        o["prompt"] = .string(task.prompt)
        o["parameters"] = .object(task.parameters())
        o[task.format.kind.outputField] = .array(task.mediaPaths.map { .string(session.baseURL + $0) })
        if let path = task.lastFramePath { o["last_frame_url"] = .string(session.baseURL + path) }
        o["expires_at"] = task.expiresAt.map { .string($0.iso8601) } ?? .null
        o["timeline"] = .array(session.timeline(task, now: now).map(\.json))
        o["body"] = TaskEnvelope(task: task, now: now, baseURL: session.baseURL).pollBody()
        return .object(o)
    }

    static func summary(_ task: TaskRecord, now: Timestamp) -> JSONValue {
        var outcome: JSONValue = "completes"
        if case .fails(let code, _) = task.outcome { outcome = ["fails": .int(code)] }
        return ["id": .string(task.id), "model": .string(task.model), "key": .string(KeyMask.mask(task.owner)),
                "status": .string(task.status(at: now).rawValue), "created_at": .string(task.createdAt.iso8601),
                "settles_at": .string(task.settlesAt.iso8601), "outcome": outcome, "credits": .int(task.credits),
                "images": .int(task.imageCount), "size": .string("\(task.width)x\(task.height)"),
                "rule": task.ruleIndex.map(JSONValue.int) ?? .null,
                "refunded_at": task.refundedAt.map { .string($0.iso8601) } ?? .null]
    }

    /// `?path=` (prefix), `?status=`, `?limit=` (the latest N, default 100, at most 1000),
    /// `?cursor=` (the `next` of the page before).
    func journalBody(_ session: Session, _ query: [String: String]) throws(APIError) -> JSONValue {
        var status: Int?
        if let text = query["status"] {
            guard let s = Int(text) else { throw APIError(.invalidValue, "status must be an integer") }
            status = s
        }
        let paging = try Paging.parse(query, cursor: { Int($0) })
        let page = session.requests(pathPrefix: query["path"], status: status, limit: paging.limit, before: paging.cursor)
        let items = page.entries.map(\.json)
        // Past ListingBytes.max the newest are listed and the cursor goes on before them.
        let kept = ListingBytes.fitting(items.reversed())
        let next = kept < items.count ? page.entries[items.count - kept].sequence : page.next
        return ["requests": .array(Array(items.suffix(kept))), "count": .int(kept),
                "capacity": .int(page.capacity), "evicted": .int(page.evicted), "truncated": .bool(kept < items.count),
                "next": next.map { .string(String($0)) } ?? .null]
    }

    func accountBody(_ session: Session, _ key: String) throws(APIError) -> JSONValue {
        guard let account = session.account(key) else {
            throw APIError(.routeNotFound, "account \"\(EmulatorApp.printable(key))\" not found")
        }
        return account.json
    }

    /// `{"credits": N, "revoked": bool}` (either): creates the account if needed.
    func updateAccount(_ session: Session, _ key: String, _ body: [UInt8]) throws(APIError) -> JSONValue {
        let object = try ProviderAPI.parseObject(body)
        var credits: Int?
        if let value = object["credits"] { credits = try CreditBounds.requestedBalance(value) }
        var revoked: Bool?
        if let value = object["revoked"] {
            guard case .bool(let r) = value else { throw APIError(.invalidValue, "revoked must be a boolean") }
            revoked = r
        }
        guard credits != nil || revoked != nil else { throw APIError(.missingField, "send credits and/or revoked") }
        guard !key.isEmpty, BearerToken.parse("Bearer " + key) == .success(key) else {
            throw APIError(.invalidValue, "not a usable API key")
        }
        guard key.utf8.count <= StoreLimits.maxKeyBytes else {
            throw APIError(.invalidValue, "API keys are at most \(StoreLimits.maxKeyBytes) bytes long")
        }
        return session.setAccount(key, credits: credits, revoked: revoked).json
    }
}

extension Account {
    /// The account with its ledger, as `GET /_emulator/accounts/{key}` shows it.
    var json: JSONValue {
        ["key": .string(key), "credits": .int(credits), "revoked": .bool(revoked), "ledger": .array(ledger.map(\.json)),
         "ledger_dropped": .int(droppedEntries)]
    }

    /// The account without its ledger, as the listing shows it: the key masked.
    var summaryJSON: JSONValue { ["key": .string(KeyMask.mask(key)), "credits": .int(credits), "revoked": .bool(revoked)] }
}

extension LedgerEntry {
    var json: JSONValue {
        ["task_id": taskID.map(JSONValue.string) ?? .null, "amount": .int(amount), "reason": .string(reason.rawValue),
         "at": .string(at.iso8601), "at_unix": .int(Int(at.unixSeconds))]
    }
}

extension JournalEntry {
    var json: JSONValue {
        var o: JSONObject = ["seq": .int(sequence), "direction": .string(direction), "method": .string(method), "path": .string(path),
         "status": .int(status), "key": key.map { .string(KeyMask.mask($0)) } ?? .null, "request_id": .string(requestID),
         "at": .string(at.iso8601),
         "body_size": .int(bodySize), "matched_rule": matchedRule.map(JSONValue.int) ?? .null,
         "task_id": taskID.map(JSONValue.string) ?? .null]
        addingOutbound(to: &o)
        return .object(o)
    }
}

extension TaskChange {
    var json: JSONValue {
        var change: JSONObject = ["task_id": .string(taskID), "event": .string(event.rawValue),
                                  "at": .string(at.iso8601), "at_unix": .int(Int(at.unixSeconds))]
        if let refunded { change["refunded"] = .int(refunded) }
        if let key { change["key"] = .string(KeyMask.mask(key)) }
        return .object(change)
    }
}

/// `?limit=` and `?cursor=` of a listing, checked.
struct Paging<Cursor> {
    var limit: Int
    var cursor: Cursor?

    static func parse(_ query: [String: String], cursor parse: (String) -> Cursor?) throws(APIError) -> Paging {
        var limit = PageLimit.default
        if let text = query["limit"] {
            guard let l = Int(text), l >= 0 else {
                throw APIError(.invalidValue, "limit must be an integer >= 0 (at most \(PageLimit.max) are listed)")
            }
            limit = PageLimit.clamp(l)
        }
        var cursor: Cursor?
        if let text = query["cursor"], !text.isEmpty {
            guard let c = parse(text) else { throw APIError(.invalidValue, "cursor must be the \"next\" value of a previous page") }
            cursor = c
        }
        return Paging(limit: limit, cursor: cursor)
    }
}
