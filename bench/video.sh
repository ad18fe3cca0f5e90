#!/usr/bin/env bash
# Encoding time and file size of result clips: a 5 s 720p and a 15 s 1080p clip (the issue's
# target: 15 s 1080p well under 2 s on 2 cores), with and without sound, through a release
# emulator on a virtual clock. Each clip is fetched twice: the first fetch encodes it (the time
# printed), the second comes from the media cache (the reference measured in the same run).
# Usage: bench/video.sh [release binary]   (default: .build/release/reapi-emulator)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
BIN=${1:-.build/release/reapi-emulator}
[ -x "$BIN" ] || swift build -c release --product reapi-emulator >/dev/null
LOG=$(mktemp)
"$BIN" --port 0 --clock virtual >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -f "$LOG"' EXIT
URL=$(ready_url "$LOG" "$PID")
KEY='Authorization: Bearer rk_bench'
clip() {  # model, extra JSON fields, label
  local id; id=$(curl -s "$URL/api/v1/videos/generations" -H "$KEY" -d "{\"model\":\"$1\",\"prompt\":\"bench\",$2}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -s -X POST "$URL/_emulator/clock/advance" -d '{"seconds": 7200}' >/dev/null
  local media; media=$(curl -s "$URL/api/v1/tasks/$id" -H "$KEY" | python3 -c 'import json,sys; print(json.load(sys.stdin)["output"]["video_urls"][0])')
  local first second size
  first=$(curl -s -o /dev/null -w '%{time_total}' "$media")
  second=$(curl -s -o /dev/null -w '%{time_total}' "$media")
  size=$(curl -s "$media" | wc -c)
  printf '%-34s encode+serve %6.3f s   cached %6.3f s   %8d bytes\n' "$3" "$first" "$second" "$size"
}
clip doubao-seedance-2.0 '"duration":5,"resolution":"720p","size":"16:9"' "5 s 720p (silent)"
clip doubao-seedance-2.0 '"duration":5,"resolution":"720p","size":"16:9","generate_audio":true' "5 s 720p with sound"
clip doubao-seedance-2.0 '"duration":15,"resolution":"1080p","size":"16:9"' "15 s 1080p (silent)"
clip doubao-seedance-2.0 '"duration":15,"resolution":"1080p","size":"16:9","generate_audio":true' "15 s 1080p with sound"
echo "libraries: $(du -hL "$(ldconfig -p | awk '/libx264.so.164 /{print $NF; exit}')" | cut -f1) libx264.so.164," \
  "$(du -hL "$(ldconfig -p | awk '/libmp3lame.so.0 /{print $NF; exit}')" | cut -f1) libmp3lame.so.0"
