#!/usr/bin/env bash
# Embeds fixtures/models/*.json into Sources/EmulatorCore/Contracts/EmbeddedModels.swift, so
# the binary carries its model definitions wherever it runs (ModelCatalog.builtIn()).
#
# Usage: scripts/embed-fixtures.sh          regenerate the Swift file
#        scripts/embed-fixtures.sh --check  exit 1 (and say so) if it is out of date
#
# Each file's text is stored verbatim in a Swift raw multi-line string; the number of `#`
# delimiters is picked per file so no text can end the literal or start an escape early.
# The test ModelFixtureEmbeddingTests fails when the committed file is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 - "$@" <<'PY'
import pathlib, sys

fixtures = sorted(pathlib.Path("fixtures/models").glob("*.json"))
target = pathlib.Path("Sources/EmulatorCore/Contracts/EmbeddedModels.swift")

def literal(text):
    hashes = "#"
    while ('"""' + hashes) in text or ("\\" + hashes) in text:
        hashes += "#"
    # A multi-line literal's value excludes the newline before the closing delimiter, so the
    # extra "\n" below keeps the file's own final newline.
    return hashes + '"""\n' + text + '\n"""' + hashes

lines = [
    "// GENERATED FILE: do not edit by hand.",
    "// Written by scripts/embed-fixtures.sh from fixtures/models/*.json. After changing a fixture, run:",
    "//     scripts/embed-fixtures.sh",
    "// ModelFixtureEmbeddingTests fails while this file is out of date with the fixtures.",
    "",
    "/// The model definitions of `fixtures/models`, embedded so the binary runs anywhere.",
    "enum EmbeddedModels {",
    "    /// Each fixture file's name and exact text, in file-name order.",
    "    static let files: [(name: String, text: String)] = [",
]
for path in fixtures:
    text = path.read_text(encoding="utf-8")
    lines.append(f'        (name: "{path.name}", text: {literal(text)}),')
lines += ["    ]", "}", ""]
generated = "\n".join(lines)

if sys.argv[1:] == ["--check"]:
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current != generated:
        print(f"{target} is out of date: run scripts/embed-fixtures.sh", file=sys.stderr)
        sys.exit(1)
    print(f"{target} is up to date ({len(fixtures)} fixtures)")
elif sys.argv[1:]:
    print("usage: scripts/embed-fixtures.sh [--check]", file=sys.stderr)
    sys.exit(2)
else:
    target.write_text(generated, encoding="utf-8")
    print(f"wrote {target} ({len(fixtures)} fixtures)")
PY
