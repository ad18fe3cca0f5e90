#!/usr/bin/env bash
# The whole asynchronous flow with curl, against an emulator on a virtual clock:
# submit -> advance the clock -> poll -> download the image -> advance past 24 h -> 403.
#
# Usage: scripts/walkthrough.sh [BASE_URL]        (default: http://127.0.0.1:8080)
# Start the emulator first:  reapi-emulator --clock virtual
# Needs bash, curl, sed. Exits non-zero at the first answer that is not the documented one.
# docs/recipes.md quotes this file; a CLI test runs it, so the two stay true.
set -euo pipefail
BASE="${1:-http://127.0.0.1:8080}"
KEY="rk_test_walkthrough"
step() { printf '\n== %s\n' "$*"; }
fail() { echo "walkthrough: FAIL: $*" >&2; exit 1; }
# field NAME JSON: the first string value of "NAME" (enough for these flat answers; use jq in real code).
field() { sed -nE "s/.*\"$1\":\"([^\"]*)\".*/\1/p" <<<"$2"; }

step "The clock must be virtual (start the emulator with --clock virtual)"
clock=$(curl -sS "$BASE/_emulator/clock")
echo "$clock"
[[ $clock == *'"mode":"virtual"'* ]] || fail "the emulator's clock is not virtual"

step "Submit a z-image task"
submitted=$(curl -sS "$BASE/api/v1/images/generations" \
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"model":"z-image","prompt":"a red fox in the snow"}')
echo "$submitted"
task=$(field id "$submitted")
[[ $task == task_* ]] || fail "no task id in the submit answer"
[[ $(field status "$submitted") == processing ]] || fail "a new task should be processing"

step "Advance the virtual clock one hour (z-image takes 2-6 s)"
curl -sS -X POST "$BASE/_emulator/clock/advance" -d '{"seconds": 3600}'
echo

step "Poll: the task is completed and names its image URL"
polled=$(curl -sS "$BASE/api/v1/tasks/$task" -H "Authorization: Bearer $KEY")
echo "$polled"
[[ $(field status "$polled") == completed ]] || fail "the task should be completed after an hour"
image=$(sed -nE 's/.*"image_urls":\["([^"]+)".*/\1/p' <<<"$polled")
[[ -n $image ]] || fail "no image URL in the completed task"

step "Download the image"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
got=$(curl -sS -o "$out" -w '%{http_code} %{content_type}' "$image")
echo "$got, $(wc -c <"$out") bytes"
[[ $got == "200 image/jpeg" ]] || fail "the image should download as 200 image/jpeg"
[[ $(head -c 3 "$out" | od -An -tx1 | tr -d ' \n') == ffd8ff ]] || fail "the body is not a JPEG"

step "Advance past the URL's 24-hour lifetime"
curl -sS -X POST "$BASE/_emulator/clock/advance" -d '{"seconds": 86400}'
echo

step "The same URL now answers 403 (expired)"
expired=$(curl -sS -w '\n%{http_code}' "$image")
echo "$expired"
[[ ${expired##*$'\n'} == 403 ]] || fail "an expired URL should answer 403"
[[ $expired == *"<Code>AccessDenied</Code>"* ]] || fail "the 403 body should be the storage XML error"

step "The ledger shows the charge for the task"
account=$(curl -sS "$BASE/_emulator/accounts/$KEY")
echo "$account"
[[ $account == *"\"task_id\":\"$task\",\"amount\":-5,\"reason\":\"charge\""* ]] || fail "the ledger should hold a 5-credit charge"

printf '\nwalkthrough: PASS\n'
