# One command each: `make run` starts the emulator with its defaults, `make test` runs the tests.
SHELL := /bin/bash
# curl: the CLI tests run the shell scripts in scripts/. libcurl4-openssl-dev: curl/curl.h for
# `record`'s upstream client (libcurl is loaded with dlopen when `record` starts, never by `serve`)
# and libcurl for the tests' URLSession client. python3, python3-venv: the Python package's,
# OpenAPI and schemathesis tests run in the venv scripts/python-env.sh prepares.
# The audio encoders: libmp3lame-dev libflac-dev libvorbis-dev libogg-dev libopus-dev; ffmpeg: the
# audio and video tests decode the served bytes with ffprobe/ffmpeg (the emulator never runs it).
# libx264-dev: the H.264 encoder of result clips.
DEB_PACKAGES := libmicrohttpd-dev pkg-config libpng-dev libjpeg62-turbo-dev zlib1g-dev curl libcurl4-openssl-dev python3 python3-venv \
	libmp3lame-dev libflac-dev libvorbis-dev libogg-dev libopus-dev libx264-dev libyaml-dev ffmpeg
# command:Debian package, installed only when the command is missing: the Node client's tests
# (scripts/node-client-test.sh) need node, npm and tsc; NodeSource's nodejs brings its own npm.
NODE_TOOLS := node:nodejs npm:npm tsc:node-typescript

.PHONY: run test deps build release bench

# Installs the Debian -dev packages when one is missing (needs root or sudo).
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	for t in $(NODE_TOOLS); do command -v $${t%%:*} >/dev/null || missing="$$missing $${t#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	swift build

# The Swift standard library and Foundation linked in statically: a binary that runs on a
# machine without the toolchain, starts faster and keeps fewer pages resident.
release: deps
	swift build -c release --static-swift-stdlib

run: release
	"$$(swift build -c release --static-swift-stdlib --show-bin-path)/reapi-emulator" serve $(ARGS)

# The whole suite, nothing skipped (scripts/test.sh: prepares the Python venv, fails on a compiler
# warning, a failed or a skipped test); its last line counts what ran.
test: deps
	scripts/test.sh

bench: deps
	bench/run.sh
