#!/usr/bin/env bash
# Prepares the Python virtual environment the suite's Python tests run in
# (Tests/CLITests/PythonClientTests.swift): pytest, pytest-xdist and setuptools from PyPI.
# The test installs clients/python into it itself, from the working tree, on every run.
#
# Usage: export REAPI_PYTHON_VENV="$(scripts/python-env.sh)"
#   The venv is $REAPI_PYTHON_VENV when set, else .venv at the repository root; the script
#   prints its absolute path as its only line on stdout (pip's output goes to stderr).
#   Running it again reuses the venv and only installs what is missing.
# Needs: python3 (3.9 or newer) with the venv module (Debian: python3-venv).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${REAPI_PYTHON_VENV:-$PWD/.venv}"
# pip pins nothing here: pytest and pytest-xdist as they are on PyPI; setuptools new enough to
# build the package without the wheel package (bdist_wheel inside setuptools since 70.1).
REQUIREMENTS=("pytest>=7" "pytest-xdist>=3" "setuptools>=70.1")

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" >&2
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${REQUIREMENTS[@]}" >&2
"$VENV/bin/python" -c 'import pytest, xdist, setuptools' >&2
cd "$VENV" && pwd
