# reapi-emulator as a container: a CI service, or `docker run -p 8080:8080 reapi-emulator`.
# docs/container.md has the run line, compose, GitHub Actions and GitLab CI snippets, and how
# scripts/runtime-check.sh proves this file's runtime side without a Docker engine.

# --- build: the Swift toolchain we test with (6.3), on the same Debian as the runtime stage ---
FROM swift:6.3-bookworm AS build
# The -dev packages the C targets compile and link against (as in the Makefile's DEB_PACKAGES).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libmicrohttpd-dev libpng-dev libjpeg62-turbo-dev zlib1g-dev pkg-config libcurl4-openssl-dev \
      libmp3lame-dev libflac-dev libvorbis-dev libogg-dev libopus-dev libx264-dev libyaml-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first: a source change then reuses the resolved packages layer.
COPY Package.swift ./
RUN swift package resolve
COPY . .
# --static-swift-stdlib links the Swift runtime into the binary (which uses no Foundation), so the
# runtime needs no toolchain. The model definitions are compiled in (EmbeddedModels.swift).
# install -s strips it (a quarter of its size is symbols).
RUN swift build -c release --static-swift-stdlib --product reapi-emulator \
 && install -s -m 0755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/reapi-emulator" /usr/local/bin/reapi-emulator

# --- runtime: Debian's packages for the libraries, gathered into /rootfs ---------------------
FROM debian:bookworm-slim AS runtime
# Exactly the packages owning the binary's NEEDED libraries (readelf -d; scripts/runtime-check.sh
# fails when one is missing here): libmicrohttpd12 (libmicrohttpd.so.12, pulls libgnutls30),
# libpng16-16 (libpng16.so.16), libjpeg62-turbo (libjpeg.so.62), zlib1g (libz.so.1),
# libyaml-0-2 (libyaml-0.so.2, the scenario files' parser), libstdc++6 and libgcc-s1
# (libstdc++.so.6, libgcc_s.so.1), libc6 (libc, libm, ld-linux); the audio encoders libmp3lame0,
# libflac12, libvorbisenc2, libvorbis0a, libogg0, libopus0; the H.264 encoder of result clips
# libx264-164; and libcurl4, which is not NEEDED: `record` loads libcurl.so.4 with dlopen for its
# upstream calls. ca-certificates: the CA bundle for `record` and webhooks over https.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libmicrohttpd12 libpng16-16 libjpeg62-turbo zlib1g libyaml-0-2 libcurl4 libstdc++6 libgcc-s1 libc6 \
      libmp3lame0 libflac12 libvorbisenc2 libvorbis0a libogg0 libopus0 libx264-164 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/reapi-emulator /rootfs/usr/local/bin/reapi-emulator
# The image's whole root: the binary, the shared libraries ldd finds for it and for libcurl
# (with the dynamic loader), the CA bundle, and passwd/group entries for the non-root user.
# Nothing else: no shell, no package manager, no other files of Debian.
RUN set -e; cd /rootfs; \
    curl="$(dpkg -L libcurl4 | grep '/libcurl\.so\.4$')"; \
    for lib in $( (ldd usr/local/bin/reapi-emulator; echo "$curl"; ldd "$curl") | grep -o '/[^ ]*' | sort -u); do \
      mkdir -p ".$(dirname "$lib")" && cp -L "$lib" ".$lib"; \
    done; \
    mkdir -p etc/ssl/certs tmp && chmod 1777 tmp; \
    cp /etc/ssl/certs/ca-certificates.crt etc/ssl/certs/; \
    printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nreapi:x:10001:10001:reapi-emulator:/nonexistent:/usr/sbin/nologin\n' >etc/passwd; \
    printf 'root:x:0:\nreapi:x:10001:\n' >etc/group

# --- the image: that root and nothing else ------------------------------------------------------
FROM scratch
COPY --from=runtime /rootfs/ /

# Every flag reads REAPI_EMULATOR_<FLAG>; a container listens on all interfaces.
ENV PATH=/usr/local/bin REAPI_EMULATOR_HOST=0.0.0.0 REAPI_EMULATOR_PORT=8080
EXPOSE 8080
# A fixed numeric id (user reapi in /etc/passwd), so USER needs no lookup.
USER 10001:10001
# Probes http://127.0.0.1:$REAPI_EMULATOR_PORT/_emulator/health without curl; exits within 2 s.
HEALTHCHECK --interval=2s --timeout=3s --start-period=5s --retries=3 CMD ["reapi-emulator", "healthcheck"]
ENTRYPOINT ["reapi-emulator"]
CMD ["serve"]
