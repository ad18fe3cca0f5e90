#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import ReAPIEmulatorKit

/// The default worker and render thread count: the cores this process may use, a container's
/// CPU quota (cgroup v2 `cpu.max`, what `--cpus` writes) included.
@Suite("Processor count")
struct ProcessorCountTests {
    @Test("cpu.max: QUOTA PERIOD rounded up; max, zero and garbage mean no quota")
    func cpuMax() {
        #expect(ProcessorCount.cores(cpuMax: "200000 100000\n") == 2)
        #expect(ProcessorCount.cores(cpuMax: "150000 100000\n") == 2)
        #expect(ProcessorCount.cores(cpuMax: "50000 100000") == 1)
        #expect(ProcessorCount.cores(cpuMax: "9223372036854775807 1") == Int.max)
        for text in ["max 100000\n", "0 100000", "", "100000", "x y"] {
            #expect(ProcessorCount.cores(cpuMax: text) == nil, "\(text)")
        }
    }

    @Test("at least one, and never more than the machine's online cores")
    func available() {
        let online = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #expect((1...max(1, online)).contains(ProcessorCount.available))
    }
}
