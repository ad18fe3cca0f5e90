import Locking
import ReAPIEmulatorTesting
import Synchronization
import Testing
@testable import EmulatorCore

/// Issue 21: a request reads the clock once and takes at most three locks on its way through
/// the engine (the session's state, its journal, its report).
@Suite("One pass per request")
struct RequestPathTests {
    static let zImage = #"{"model":"z-image","prompt":"p"}"#

    @Test("a submit and a poll each take at most 3 locks in the engine")
    func lockBudget() throws {
        let emu = try EmulatorHarness()
        _ = emu.submit(Self.zImage)  // first use of the key and of the tables
        let (submitted, submitLocks) = LockCount.measure { emu.submit(Self.zImage) }
        #expect(submitted.status == 200)
        #expect(submitLocks <= 3, "a submit took \(submitLocks) locks")
        let id = try #require(submitted.json?["id"]?.stringValue)
        _ = emu.advance(seconds: 60)
        _ = emu.poll(id)  // the settled task's body is cached from here on
        let (polled, pollLocks) = LockCount.measure { emu.poll(id) }
        #expect(polled.status == 200)
        #expect(pollLocks <= 3, "a poll took \(pollLocks) locks")
    }

    @Test("LockCount counts the acquisitions of the measuring thread")
    func counter() {
        let lock = Locked(0)
        let (_, none) = LockCount.measure { 1 }
        #expect(none == 0)
        let (_, two) = LockCount.measure {
            lock.withLock { $0 += 1 }
            lock.withLock { $0 += 1 }
        }
        #expect(two == 2)
    }

    @Test("the task's created_at, the Date header and the journal show the one time the request read")
    func oneNow() throws {
        // A real clock whose wall time moves a second at every read: each extra read would show.
        let wall = Atomic<Int64>(1_767_225_600_000)
        let clock = EmulatorClock(mode: .real, wallClock: { wall.add(1_000, ordering: .relaxed).newValue })
        let catalog = try ModelCatalog.builtIn()
        var configuration = EmulatorConfiguration(provider: .reapi, publicURL: EmulatorHarness.publicURL, seed: 1)
        configuration.defaultCredits = 1_000
        let app = try EmulatorApp(configuration: configuration, clock: clock, validator: catalog,
                                  renderImage: RecordingRenderer().render)
        let answer = app.handle(.make("POST", EmulatorHarness.submitPath, key: "rk_one_now", json: Self.zImage))
        #expect(answer.response.status == 200)
        let id = try #require(answer.outcome.taskID)
        let created = try #require(app.defaultSession.task(id)?.task.createdAt)
        let journaled = try #require(app.defaultSession.journal.withLock { $0.all.last })
        #expect(journaled.at == created)
        #expect(answer.response.header("Date") == created.httpDate)
    }

    @Test("the Date header form: RFC 9110's example, the epoch, a leap day, the last second of year 9999")
    func httpDate() {
        #expect(Timestamp(unixSeconds: 784_111_777).httpDate == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(Timestamp(unixSeconds: 0).httpDate == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(Timestamp(unixSeconds: 951_782_400).httpDate == "Tue, 29 Feb 2000 00:00:00 GMT")
        #expect(Timestamp(milliseconds: 253_402_300_799_999).httpDate == "Fri, 31 Dec 9999 23:59:59 GMT")
        #expect(Timestamp(unixSeconds: -1).httpDate == "Wed, 31 Dec 1969 23:59:59 GMT")
    }
}
