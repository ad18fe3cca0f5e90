#!/usr/bin/env bash
# Scenario checking and rule matching against the rule count: generates scenarios of 6,000,
# 12,000 and 24,000 rules (every kind of rule, none shadowing another), times
# `reapi-emulator validate` on each (CPU seconds, user + sys; wall time too, which a busy machine
# stretches), then starts the emulator with the
# largest and times submits that consult every rule. Linear checking shows as CPU doubling with
# the rule count; a submit stays in the milliseconds.
#
# Usage: bench/scenario-lint.sh
# Env:   LINT_BIN=PATH   use this binary (no build); else .build-bench/release is built
#        LINT_SUBMITS=N  submits timed against the largest scenario (default 200)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source "$ROOT/bench/lib.sh"
SUBMITS=${LINT_SUBMITS:-200}
[[ "$SUBMITS" =~ ^[0-9]+$ ]] && (( SUBMITS >= 1 && SUBMITS <= 10000 )) || { echo "LINT_SUBMITS: 1-10000" >&2; exit 2; }
WORK=$(mktemp -d /tmp/reapi-lint.XXXXXX)
EMU_PID=""
cleanup() {
    [[ -n "$EMU_PID" ]] && kill -TERM "$EMU_PID" 2>/dev/null && wait "$EMU_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -n "${LINT_BIN:-}" ]]; then
    BIN=$(realpath "$LINT_BIN")
else
    echo "== swift build -c release --static-swift-stdlib --scratch-path .build-bench" >&2
    swift build -c release --static-swift-stdlib --scratch-path .build-bench >"$WORK/build.log" 2>&1 \
        || { tail -30 "$WORK/build.log" >&2; exit 1; }
    BIN="$ROOT/.build-bench/release/reapi-emulator"
fi

# Four values per rule (a scenario may hold 100,000 values in all): every phase, a model or not,
# a needle or an `nth`, an outcome or only a timing; no rule shadows another.
generate() {
    python3 - "$1" <<'PY'
import sys
count = int(sys.argv[1])
models = ["z-image", "gpt-image-2", "gpt-image-2-official", "imagen-4-0"]
out = ["rules:"]
for i in range(count):
    kind = i % 4
    if kind == 0: out.append(f'  - {{match: {{model: {models[(i // 4) % 4]}, prompt_contains: "p{i}q"}}}}')
    elif kind == 1: out.append(f'  - {{match: {{prompt_contains: "Castle {i} Tower"}}, duration: 2s}}')
    elif kind == 2: out.append(f"  - {{match: {{nth: {i + 1}}}, reject: moderation}}")
    else: out.append(f'  - {{on: poll, match: {{prompt_contains: "w{i}z"}}}}')
print("\n".join(out))
PY
}

printf '%-8s %-10s %-10s %-10s\n' rules bytes cpu_s wall_s
TIMEFORMAT='%U %S %R'
for count in 6000 12000 24000; do
    generate "$count" >"$WORK/rules-$count.yaml"
    times=$( { time "$BIN" validate "$WORK/rules-$count.yaml" >/dev/null 2>"$WORK/validate.err"; } 2>&1 ) \
        || { cat "$WORK/validate.err" >&2; echo "validate refused the generated scenario" >&2; exit 1; }
    read -r user sys real <<<"$times"
    printf '%-8s %-10s %-10s %-10s\n' "$count" "$(wc -c <"$WORK/rules-$count.yaml")" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$real"
done

# `models:` extends chains: m1 extends z-image, m2 extends m1, …; each model is resolved once,
# so CPU grows linearly with the chain (a 5,000-model chain checked in over 9 CPU-minutes when
# each entry re-applied the chain behind it).
printf '%-12s %-10s %-10s %-10s\n' chain bytes cpu_s wall_s
for count in 1000 2500 5000; do
    python3 - "$count" >"$WORK/chain-$count.yaml" <<'PY'
import sys
count = int(sys.argv[1])
print("models:")
print("  m1: {extends: z-image}")
for i in range(2, count + 1):
    print(f"  m{i}: {{extends: m{i - 1}}}")
PY
    times=$( { time "$BIN" validate "$WORK/chain-$count.yaml" >/dev/null 2>"$WORK/validate.err"; } 2>&1 ) \
        || { cat "$WORK/validate.err" >&2; echo "validate refused the generated chain" >&2; exit 1; }
    read -r user sys real <<<"$times"
    printf '%-12s %-10s %-10s %-10s\n' "$count-model" "$(wc -c <"$WORK/chain-$count.yaml")" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$real"
done

# Submits with the largest scenario loaded: each one is checked against every submit rule.
: >"$WORK/emu.out"
"$BIN" serve --port 0 --clock virtual --scenario "$WORK/rules-24000.yaml" --max-scenario-bytes 268435456 --log-level warning >"$WORK/emu.out" 2>"$WORK/emu.err" &
EMU_PID=$!
# <= 60 s: the scenario is checked before the listener opens.
URL=$(ready_url "$WORK/emu.out" "$EMU_PID" 60) || { cat "$WORK/emu.err" >&2; echo "the emulator did not start" >&2; exit 1; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$EMU_PID/stat"; }
before=$(cpu_ticks)
total=0
for i in $(seq 1 "$SUBMITS"); do
    t=$(curl -s -o /dev/null -w '%{time_total}' -H 'Authorization: Bearer rk_bench' -H 'Content-Type: application/json' \
        -d '{"model":"z-image","prompt":"a quiet harbour at dawn, seen from the old lighthouse"}' "$URL/api/v1/images/generations")
    total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
done
after=$(cpu_ticks)
printf 'submit with 24000 rules loaded, average of %d: %.2f ms answer time (curl time_total, loopback), %.2f ms of server CPU\n' \
    "$SUBMITS" "$(awk -v t="$total" -v n="$SUBMITS" 'BEGIN { print t * 1000 / n }')" \
    "$(awk -v a="$before" -v b="$after" -v hz="$(getconf CLK_TCK)" -v n="$SUBMITS" 'BEGIN { print (b - a) * 1000 / hz / n }')"
