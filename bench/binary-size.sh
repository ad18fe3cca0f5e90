#!/usr/bin/env bash
# What each Swift runtime layer adds to a stripped `--static-swift-stdlib` binary: one-file probe
# programs built with the same toolchain and flags as the release binary, then the release binary
# itself (when given) with the shared libraries it names (NEEDED). Prints a table in MB (10^6).
#
#   bench/binary-size.sh [path/to/reapi-emulator]
#
# Probes (each prints something derived from its input, so nothing is optimised away):
#   swift only            String and Array from the standard library
#   FoundationEssentials  Data, Date, JSONEncoder/Decoder (swift-foundation's core, no ICU)
#   Essentials: Date+URL  only Date and URL: what any use of FoundationEssentials costs
#   Foundation            the same through `import Foundation` (adds ICU's data and the rest)
#   Foundation + Yams     a YAML document parsed with Yams (the scenarios' parser until issue 20)
# With a binary: its stripped size, whether ICU (FoundationInternationalization) and
# FoundationEssentials are linked in,
# and the libraries it names.
# Needs: swift, strip, readelf; the Yams probe needs git access to the package (or its mirror).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }

probe() { # name, dependencies (Package.swift text), target dependencies, source
  local dir="$WORK/$1"
  mkdir -p "$dir/Sources/probe"
  cat >"$dir/Package.swift" <<EOF
// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "probe", dependencies: [$2],
                      targets: [.executableTarget(name: "probe", dependencies: [$3])])
EOF
  printf '%s\n' "$4" >"$dir/Sources/probe/main.swift"
  (cd "$dir" && swift build -c release --static-swift-stdlib >/dev/null 2>"$dir/build.err") \
    || { cat "$dir/build.err" >&2; echo "binary-size: probe $1 failed to build" >&2; return 1; }
  strip -o "$dir/probe.stripped" "$(cd "$dir" && swift build -c release --static-swift-stdlib --show-bin-path)/probe"
  printf '%-24s %8s MB\n' "$1" "$(mb "$(stat -c %s "$dir/probe.stripped")")"
}

printf '%-24s %11s\n' "binary (stripped)" "size"
probe "swift only" "" "" \
  'let words = CommandLine.arguments.map { $0.uppercased() }; print(words.joined(separator: ","), words.count)'
probe "FoundationEssentials" "" "" \
  'import FoundationEssentials
struct Row: Codable { var name: String; var at: Date }
let data = try JSONEncoder().encode(Row(name: CommandLine.arguments[0], at: Date()))
print(String(decoding: data, as: UTF8.self), try JSONDecoder().decode(Row.self, from: data).name)'
probe "Essentials: Date+URL" "" "" \
  'import FoundationEssentials
let url = URL(string: CommandLine.arguments[0])
print(Date(timeIntervalSince1970: Double(CommandLine.arguments.count)).timeIntervalSince1970, url?.host ?? "-")'
probe "Foundation" "" "" \
  'import Foundation
struct Row: Codable { var name: String; var at: Date }
let data = try JSONEncoder().encode(Row(name: CommandLine.arguments[0], at: Date()))
print(String(decoding: data, as: UTF8.self), try JSONDecoder().decode(Row.self, from: data).name)'
probe "Foundation + Yams" '.package(url: "https://github.com/jpsim/Yams", from: "6.2.2")' \
  '.product(name: "Yams", package: "Yams")' \
  'import Yams
let node = try Yams.compose(yaml: "name: \(CommandLine.arguments[0])\ncount: 3\n")
print(node?["name"]?.string ?? "-", node?["count"]?.int ?? 0)'

if [ $# -gt 0 ]; then
  strip -o "$WORK/emulator.stripped" "$1"
  printf '%-24s %8s MB  (%s)\n' "reapi-emulator" "$(mb "$(stat -c %s "$WORK/emulator.stripped")")" "$1"
  if nm "$1" 2>/dev/null | grep -q 'FoundationInternationalization\|_FoundationICU'; then
    echo "ICU: linked in (FoundationInternationalization symbols found)"
  elif nm "$1" >/dev/null 2>&1 && [ -n "$(nm "$1" 2>/dev/null | head -1)" ]; then
    echo "ICU: not linked (no FoundationInternationalization symbols)"
  else
    echo "ICU: unknown (the binary has no symbols; give the unstripped build)"
  fi
  # FoundationEssentials costs ~5 MB whatever is used of it (the probes above): none of the
  # project's targets import it, and no dependency may bring it back.
  if nm "$1" 2>/dev/null | grep -q '20FoundationEssentials'; then
    echo "FoundationEssentials: linked in"
  elif [ -n "$(nm "$1" 2>/dev/null | head -1)" ]; then
    echo "FoundationEssentials: not linked"
  fi
  echo "NEEDED: $(readelf -d "$1" | sed -nE 's/.*Shared library: \[(.*)\]/\1/p' | tr '\n' ' ')"
fi
