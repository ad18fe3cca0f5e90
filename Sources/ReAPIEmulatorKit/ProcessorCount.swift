import EmulatorCore
#if canImport(Glibc)
import Glibc
#endif

/// How many cores this process may use: the CPUs its affinity mask allows, capped by a
/// cgroup v2 CPU quota (`cpu.max`, what `--cpus` sets for a container). The default for the
/// worker and render threads (docs: "the number of cores").
enum ProcessorCount {
    static var available: Int {
        var count = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #if canImport(Glibc)
        // glibc's sched_getaffinity is behind _GNU_SOURCE, outside the Swift Glibc module:
        // looked up at run time, as DetachedThread looks up pthread_setname_np.
        if let symbol = dlsym(nil, "sched_getaffinity") {
            typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
            var mask = [UInt8](repeating: 0, count: 128)  // cpu_set_t: 1,024 CPUs
            let status = mask.withUnsafeMutableBytes { unsafeBitCast(symbol, to: GetAffinity.self)(0, $0.count, $0.baseAddress!) }
            let ones = mask.reduce(0) { $0 + $1.nonzeroBitCount }
            if status == 0, ones > 0 { count = ones }
        }
        if let quota = cgroupQuota() { count = min(count, quota) }
        #endif
        return max(1, count)
    }

    /// `cpu.max` of this process's cgroup (v2): "QUOTA PERIOD" → QUOTA / PERIOD rounded up;
    /// nil for "max", no cgroup v2, or anything unreadable.
    private static func cgroupQuota() -> Int? {
        guard let bytes = try? BoundedFileReader.read("/sys/fs/cgroup/cpu.max", upTo: 256) else { return nil }
        return cores(cpuMax: String(decoding: bytes, as: UTF8.self))
    }

    /// The cores a `cpu.max` text allows: "200000 100000" → 2, "150000 100000" → 2, "max 100000" → nil.
    static func cores(cpuMax text: String) -> Int? {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 2, let quota = Int(fields[0]), let period = Int(fields[1]), quota > 0, period > 0 else { return nil }
        return quota / period + (quota % period == 0 ? 0 : 1)  // rounded up, without overflow
    }
}
