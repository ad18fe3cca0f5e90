@testable import EmulatorCore
import Testing

/// The webhook attempts a session waits for: earliest first, one per task, forgotten tasks
/// never delivered, and the queue bounded by the live attempts however many tasks are forgotten.
@Suite("Callback schedule")
struct CallbackScheduleTests {
    static func plan() throws -> CallbackSchedule.Plan {
        let target = try CallbackTarget.parse("http://127.0.0.1:9000/hook").get()
        return CallbackSchedule.Plan(target: target, ruleIndex: nil, failedAttempts: 0, body: nil)
    }

    @Test("attempts come due in time order, ties in the order planned, none before its time")
    func order() throws {
        var schedule = CallbackSchedule(seed: 1)
        for (id, second) in [("t1", 30), ("t2", 10), ("t3", 20), ("t4", 10)] {
            schedule.plan(id, try Self.plan(), firstAt: Timestamp(unixSeconds: Int64(second)))
        }
        #expect(schedule.popDue(Timestamp(unixSeconds: 9)) == nil)
        var order: [String] = []
        while let due = schedule.popDue(Timestamp(unixSeconds: 25)) { order.append(due.taskID) }
        #expect(order == ["t2", "t4", "t3"])
        #expect(schedule.pending("t1")?.at == Timestamp(unixSeconds: 30))
        #expect(schedule.pending("t2") == nil)
    }

    @Test("a failed attempt is retried 10 s later; a forgotten task's attempt never comes due")
    func retryAndForget() throws {
        var schedule = CallbackSchedule(seed: 1)
        schedule.plan("a", try Self.plan(), firstAt: Timestamp(unixSeconds: 0))
        schedule.plan("b", try Self.plan(), firstAt: Timestamp(unixSeconds: 0))
        let popped = schedule.popDue(Timestamp(unixSeconds: 0))
        let first = try #require(popped)
        let retry = schedule.record(first.taskID, attempt: 1, at: Timestamp(unixSeconds: 0),
                                    result: CallbackResult(.answered(500), durationMilliseconds: 1), requestID: "req_1", scriptedBy: nil)
        #expect(retry == Timestamp(unixSeconds: 10))
        schedule.forget("b")
        #expect(schedule.popDue(Timestamp(unixSeconds: 5)) == nil)
        let next = schedule.popDue(Timestamp(unixSeconds: 10))
        let second = try #require(next)
        #expect(second.taskID == first.taskID && second.attempt == 2)
    }

    @Test("forgetting 10,000 tasks on a frozen clock leaves the queue bounded by the live ones")
    func forgottenAreBounded() throws {
        var schedule = CallbackSchedule(seed: 1)
        let plan = try Self.plan()
        for index in 0..<10_000 {
            schedule.plan("t\(index)", plan, firstAt: Timestamp(unixSeconds: 3_600))
            if index >= 10 { schedule.forget("t\(index - 10)") }
        }
        #expect(schedule.queuedCount <= 2 * 10 + 64 + 1)
        var left: [String] = []
        while let due = schedule.popDue(Timestamp(unixSeconds: 3_600)) { left.append(due.taskID) }
        #expect(left == (9_990..<10_000).map { "t\($0)" })
    }
}
