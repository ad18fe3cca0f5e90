# Sourced by the bench scripts: what they share.

# ready_url FILE PID [SECONDS]: waits (at most SECONDS, default 10) for the emulator writing FILE
# to print its ready line (`reapi-emulator listening on http://HOST:PORT`) and prints the URL;
# returns 1 if it does not, if process PID exits first, or if the URL is not on loopback (bench
# traffic stays there).
ready_url() {
    local file=$1 pid=$2 tries=$(( ${3:-10} * 20 )) line url="" i
    for (( i = 0; i < tries; i++ )); do
        if read -r line <"$file" 2>/dev/null && [[ "$line" == "reapi-emulator listening on http://"* ]]; then
            url=${line#reapi-emulator listening on }
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    [[ "$url" =~ ^http://127\.0\.0\.1:[0-9]+$ ]] || return 1
    echo "$url"
}

# release_binary: sets BIN to the binary the bench runs: $BENCH_BIN if given, else the release
# build in .build-bench, built first (skipped with BENCH_SKIP_BUILD=1 when it already exists).
release_binary() {
    BIN=${BENCH_BIN:-$ROOT/.build-bench/release/reapi-emulator}
    if [[ -z "${BENCH_BIN:-}" && ! ( "${BENCH_SKIP_BUILD:-0}" == 1 && -x "$BIN" ) ]]; then
        echo "== swift build -c release --static-swift-stdlib --scratch-path .build-bench" >&2
        swift build -c release --static-swift-stdlib --scratch-path .build-bench >&2
    fi
}
