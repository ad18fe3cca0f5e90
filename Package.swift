// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way: reapi-emulator (CLI) -> ReAPIEmulatorKit (glue)
// -> {EmulatorCore, EmulatorMedia, EmulatorHTTP}. EmulatorCore never imports C.
let package = Package(
    name: "reapi-emulator",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "reapi-emulator", targets: ["reapi-emulator"]),
        .library(name: "ReAPIEmulatorKit", targets: ["ReAPIEmulatorKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // libmicrohttpd (Debian: libmicrohttpd-dev) with fixed-arity shims for its variadic calls.
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        // libyaml's parser (Debian: libyaml-dev), read by YAMLComposer only.
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // One YAML document as a plain node tree (YAML 1.1 scalar types, anchors, duplicate keys),
        // composed from libyaml's events: the scenario files' reader, without Foundation.
        .target(name: "YAMLComposer", dependencies: ["CYAML"]),
        // libpng + libjpeg-turbo encoders behind a setjmp-safe C wrapper (Swift cannot longjmp).
        .target(
            name: "CImageCodecs",
            linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("jpeg"), .linkedLibrary("z")]
        ),
        // H.264 through libx264 (Debian: libx264-dev) for result clips; the MP4 container is Swift.
        .target(name: "CVideoCodecs", linkerSettings: [.linkedLibrary("x264")]),
        // LAME, libFLAC, libvorbis + libogg, libopus encoders writing to memory (Debian:
        // libmp3lame-dev libflac-dev libvorbis-dev libogg-dev libopus-dev); WAV is written in Swift.
        .target(
            name: "CAudioCodecs",
            linkerSettings: [
                .linkedLibrary("mp3lame"), .linkedLibrary("FLAC"), .linkedLibrary("vorbisenc"),
                .linkedLibrary("vorbis"), .linkedLibrary("ogg"), .linkedLibrary("opus"), .linkedLibrary("m"),
            ]
        ),
        // libcurl for `record`'s upstream calls, loaded with dlopen on first use (never by `serve`);
        // only its header is needed to build (Debian: libcurl4-openssl-dev).
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
        // The one request/response vocabulary the binding, the core and the tests share.
        .target(name: "HTTPMessages"),
        // Plain values the core and media share: ImageSpec/ImageFormat (what a result URL
        // shows) and SeededRandom (one generator for ids, durations and pixels).
        .target(name: "EmulatorValues"),
        // One lock type (a pthread mutex the thread sanitizer can see) for every target; a condition
        // variable and named threads, POSIX, in place of Foundation's NSCondition and Thread.
        .target(name: "Locking"),
        .target(
            name: "EmulatorCore",
            dependencies: ["HTTPMessages", "EmulatorValues", "Locking", "YAMLComposer"]
        ),
        .target(name: "EmulatorMedia", dependencies: ["CImageCodecs", "CVideoCodecs", "CAudioCodecs", "EmulatorValues", "Locking"]),
        .target(name: "EmulatorHTTP", dependencies: ["CMicroHTTPD", "HTTPMessages", "Locking"]),
        .target(
            name: "ReAPIEmulatorKit",
            dependencies: [
                "EmulatorCore", "EmulatorMedia", "EmulatorHTTP", "HTTPMessages", "Locking", "CCurl",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "reapi-emulator",
            dependencies: [
                "ReAPIEmulatorKit", "EmulatorHTTP", "HTTPMessages",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // One in-process harness and one live HTTP client, shared by every test target.
        .target(name: "ReAPIEmulatorTesting", dependencies: ["EmulatorCore", "CImageCodecs", "Locking"]),
        .testTarget(name: "EmulatorCoreTests", dependencies: ["Locking", "EmulatorCore", "YAMLComposer", "ReAPIEmulatorTesting"]),
        .testTarget(name: "EmulatorMediaTests", dependencies: ["Locking", "EmulatorMedia", "ReAPIEmulatorTesting"]),
        .testTarget(name: "ReAPIEmulatorKitTests", dependencies: ["Locking", "ReAPIEmulatorKit", "EmulatorCore", "EmulatorMedia", "ReAPIEmulatorTesting"]),
        .testTarget(name: "CLITests", dependencies: ["Locking", "reapi-emulator", "ReAPIEmulatorKit", "ReAPIEmulatorTesting"]),
    ]
)
