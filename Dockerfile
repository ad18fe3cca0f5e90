# reapi-emulator as a container: a CI service, or `docker run -p 8080:8080 reapi-emulator`.
# docs/container.md has the run line, compose, GitHub Actions and GitLab CI snippets, and how
# scripts/runtime-check.sh proves this file's runtime side without a Docker engine.

# --- build: the Swift toolchain we test with (6.3), on the same Debian as the runtime stage ---
FROM swift:6.3-bookworm AS build
# The -dev packages the C targets compile and link against (as in the Makefile's DEB_PACKAGES).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libmicrohttpd-dev libpng-dev libjpeg62-turbo-dev zlib1g-dev pkg-config libcurl4-openssl-dev \
      libmp3lame-dev libflac-dev libvorbis-dev libogg-dev libopus-dev libx264-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first: a source change then reuses the resolved packages layer.
COPY Package.swift ./
RUN swift package resolve
COPY . .
# --static-swift-stdlib links the Swift runtime and Foundation into the binary, so the runtime
# stage needs no toolchain. The model definitions are compiled in (EmbeddedModels.swift).
RUN swift build -c release --static-swift-stdlib --product reapi-emulator \
 && install -m 0755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/reapi-emulator" /usr/local/bin/reapi-emulator

# --- runtime ---------------------------------------------------------------------------------
FROM debian:bookworm-slim
# Exactly the packages owning the binary's NEEDED libraries (readelf -d; scripts/runtime-check.sh
# fails when one is missing here): libmicrohttpd12 (libmicrohttpd.so.12, pulls libgnutls30),
# libpng16-16 (libpng16.so.16), libjpeg62-turbo (libjpeg.so.62), zlib1g (libz.so.1),
# libstdc++6 and libgcc-s1 (libstdc++.so.6, libgcc_s.so.1), libc6 (libc, libm, ld-linux); the audio
# encoders libmp3lame0, libflac12, libvorbisenc2, libvorbis0a, libogg0, libopus0 (2.4 MB together);
# the H.264 encoder of result clips libx264-164 (1.9 MB); and
# libcurl4, which is not NEEDED: `record` loads libcurl.so.4 with dlopen for its upstream calls.
# The last three are already in bookworm-slim; naming them keeps the list whole.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libmicrohttpd12 libpng16-16 libjpeg62-turbo zlib1g libcurl4 libstdc++6 libgcc-s1 libc6 \
      libmp3lame0 libflac12 libvorbisenc2 libvorbis0a libogg0 libopus0 libx264-164 \
 && rm -rf /var/lib/apt/lists/*
# A fixed numeric id, so USER below names it without a lookup.
RUN groupadd --gid 10001 reapi \
 && useradd --uid 10001 --gid reapi --no-create-home --shell /usr/sbin/nologin reapi
COPY --from=build /usr/local/bin/reapi-emulator /usr/local/bin/reapi-emulator

# Every flag reads REAPI_EMULATOR_<FLAG>; a container listens on all interfaces.
ENV REAPI_EMULATOR_HOST=0.0.0.0 REAPI_EMULATOR_PORT=8080
EXPOSE 8080
USER 10001:10001
# Probes http://127.0.0.1:$REAPI_EMULATOR_PORT/_emulator/health without curl; exits within 2 s.
HEALTHCHECK --interval=2s --timeout=3s --start-period=5s --retries=3 CMD ["reapi-emulator", "healthcheck"]
ENTRYPOINT ["reapi-emulator"]
CMD ["serve"]
