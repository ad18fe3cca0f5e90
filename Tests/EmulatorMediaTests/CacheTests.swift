import Locking
import Synchronization
import ReAPIEmulatorTesting
import Testing
@testable import EmulatorMedia

@Suite("Cache")
struct CacheTests {
    static func spec(_ seed: UInt64, width: Int = 96, height: Int = 64) -> ImageSpec {
        ImageSpec(width: width, height: height, format: .png, lines: ["cache", "seed \(seed)"], seed: seed)
    }

    @Test("A second request is served from the cache with the same bytes")
    func hit() throws {
        let renderer = ImageRenderer()
        #expect(renderer.cachedBytes == 0)
        let first = try renderer.image(for: Self.spec(1))
        #expect(renderer.cachedBytes == first.count)
        #expect(renderer.renderCount == 1)
        let second = try renderer.image(for: Self.spec(1))
        #expect(Digest(second) == Digest(first))
        #expect(renderer.renderCount == 1)
        #expect(renderer.cachedBytes == first.count)
        _ = try renderer.image(for: Self.spec(2))
        #expect(renderer.renderCount == 2)
        #expect(renderer.cachedBytes > first.count)
    }

    @Test("cachedBytes grows, then stays within the limit by evicting the oldest")
    func evictsToLimit() throws {
        let size = try ImageRenderer(cacheLimitBytes: 0).image(for: Self.spec(0)).count
        let limit = size * 7 / 2  // room for about three images
        let renderer = ImageRenderer(cacheLimitBytes: limit)
        var previous = 0
        for seed in UInt64(0)..<12 {
            let bytes = try renderer.image(for: Self.spec(seed))
            #expect(renderer.cachedBytes <= limit)
            if seed < 2 { #expect(renderer.cachedBytes > previous) }
            previous = renderer.cachedBytes
            #expect(renderer.isCached(Self.spec(seed)), "the newest image is always cached")
            #expect(bytes.count > 0)
        }
        #expect(renderer.cachedCount >= 2 && renderer.cachedCount <= 3)
        #expect(!renderer.isCached(Self.spec(0)))
        #expect(!renderer.isCached(Self.spec(5)))
        #expect(renderer.isCached(Self.spec(11)))
        let before = renderer.renderCount
        _ = try renderer.image(for: Self.spec(0))
        #expect(renderer.renderCount == before + 1, "an evicted image is rendered again")
    }

    @Test("Eviction is least-recently-used, not first-in")
    func lruOrder() throws {
        let cache = ImageCache<String>(limitBytes: 300)
        func get(_ key: String) throws -> [UInt8] {
            try cache.value(for: key) { () throws(ImageRenderError) -> [UInt8] in [UInt8](repeating: 1, count: 100) }
        }
        _ = try get("a")
        _ = try get("b")
        _ = try get("c")
        #expect(cache.totalBytes == 300)
        _ = try get("a")  // a is now the most recently used; b is the oldest
        _ = try get("d")
        #expect(cache.contains("a"))
        #expect(!cache.contains("b"))
        #expect(cache.contains("c") && cache.contains("d"))
        #expect(cache.totalBytes == 300)
        #expect(cache.productionCount == 4)
    }

    @Test("Values larger than the limit are returned but not cached; limit 0 caches nothing")
    func oversized() throws {
        let cache = ImageCache<Int>(limitBytes: 50)
        let big = try cache.value(for: 1) { () throws(ImageRenderError) -> [UInt8] in [UInt8](repeating: 7, count: 51) }
        #expect(big.count == 51)
        #expect(cache.totalBytes == 0 && cache.count == 0)

        let renderer = ImageRenderer(cacheLimitBytes: 0)
        _ = try renderer.image(for: Self.spec(3))
        _ = try renderer.image(for: Self.spec(3))
        #expect(renderer.cachedBytes == 0)
        #expect(renderer.renderCount == 2)
    }

    @Test("Failures are reported and not cached")
    func failuresNotCached() {
        let cache = ImageCache<Int>(limitBytes: 1_000)
        for _ in 0..<2 {
            #expect(throws: ImageRenderError.encodingFailed("boom")) {
                try cache.value(for: 9) { () throws(ImageRenderError) -> [UInt8] in throw .encodingFailed("boom") }
            }
        }
        #expect(cache.productionCount == 2)
        #expect(cache.count == 0)
    }

    @Test("16 threads asking for the same 3840x2160 image get identical bytes from one render")
    func concurrentSameSpec() throws {
        let renderer = ImageRenderer()
        let spec = ImageSpec(width: 3840, height: 2160, format: .png,
                             lines: ["gpt-image-2-official", "3840x2160", "seed 42"], seed: 42)
        let results = Locked<[Int: [UInt8]]>([:])
        onThreads(16) { index in
            let bytes = (try? renderer.image(for: spec)) ?? []
            results.withLock { $0[index] = bytes }
        }
        let all = results.withLock { $0 }
        #expect(all.count == 16)
        let reference = try #require(all[0])
        #expect(Decoders.pngInfo(reference) == Decoders.Info(width: 3840, height: 2160, channels: 3))
        #expect(all.values.allSatisfy { $0 == reference })
        #expect(renderer.renderCount == 1)
        #expect(renderer.cachedBytes == reference.count)
    }

    @Test("Concurrent requests for several specs render each once and agree with a fresh render")
    func concurrentMixedSpecs() throws {
        let renderer = ImageRenderer()
        let specs = (0..<4).map { seed in
            ImageSpec(width: 640, height: 480, format: seed % 2 == 0 ? .png : .jpeg,
                      lines: ["mixed", "seed \(seed)"], seed: UInt64(seed))
        }
        let results = Locked<[Int: [UInt8]]>([:])
        onThreads(16) { index in
            let bytes = (try? renderer.image(for: specs[index % 4])) ?? []
            results.withLock { $0[index] = bytes }
        }
        let all = results.withLock { $0 }
        #expect(renderer.renderCount == 4)
        for (index, bytes) in all {
            #expect(Digest(bytes) == Digest(try ImageRenderer(cacheLimitBytes: 0).image(for: specs[index % 4])))
        }
        #expect(renderer.cachedBytes == Set(all.values).reduce(0) { $0 + $1.count })
    }

    @Test("Concurrent churn under a tiny limit keeps the accounting consistent")
    func concurrentChurn() throws {
        let limit = 5_000  // about three 96x64 PNGs
        let renderer = ImageRenderer(cacheLimitBytes: limit)
        let failures = Atomic<Int>(0)
        onThreads(8) { index in
            for round in 0..<12 {
                let spec = CacheTests.spec(UInt64((index * 7 + round) % 10))
                if (try? renderer.image(for: spec))?.isEmpty ?? true { failures.add(1, ordering: .relaxed) }
            }
        }
        #expect(failures.load(ordering: .relaxed) == 0)
        #expect(renderer.cachedBytes <= limit)
        var expected = 0
        for seed in UInt64(0)..<10 where renderer.isCached(Self.spec(seed)) {
            expected += try ImageRenderer(cacheLimitBytes: 0).image(for: Self.spec(seed)).count
        }
        #expect(renderer.cachedBytes == expected)
    }
}
