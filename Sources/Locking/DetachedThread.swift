#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a named POSIX thread of its own that runs `body` and ends with it, as Foundation's
/// `Thread { … }.start()` does, without Foundation (which would link ICU into the binary).
/// For loops that must not wait for a thread Dispatch lends: the render pool, the connection
/// reaper, the memory trimmer.
public enum DetachedThread {
    public static func start(name: String, _ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(name: name, run: body)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let status = pthread_create(&thread, nil, { raw in
            let body = Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue()
            #if canImport(Darwin)
            pthread_setname_np(String(decoding: body.name.utf8.prefix(63), as: UTF8.self))
            #else
            // Linux thread names are at most 15 bytes. glibc's pthread_setname_np is not in the
            // Swift Glibc module: looked up at run time (another C library may have none).
            if let symbol = dlsym(nil, "pthread_setname_np") {
                let setName = unsafeBitCast(symbol, to: (@convention(c) (pthread_t, UnsafePointer<CChar>) -> Int32).self)
                _ = setName(pthread_self(), String(decoding: body.name.utf8.prefix(15), as: UTF8.self))
            }
            #endif
            body.run()
            return nil
        }, box)
        precondition(status == 0, "pthread_create failed: \(status)")
        #if canImport(Darwin)
        pthread_detach(thread!)
        #else
        pthread_detach(thread)
        #endif
    }

    private final class Body {
        let name: String
        let run: @Sendable () -> Void
        init(name: String, run: @escaping @Sendable () -> Void) {
            self.name = name
            self.run = run
        }
    }
}
