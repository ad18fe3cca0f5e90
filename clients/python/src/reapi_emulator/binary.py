"""Where the `reapi-emulator` executable is: the order `Emulator` looks in."""
from __future__ import annotations

import os
import pathlib
import shutil
from typing import Optional

from .errors import BinaryNotFound

#: The variable naming the executable when no `binary=` is given.
BINARY_VARIABLE = "REAPI_EMULATOR_BIN"
#: The executable's name, inside the wheel and on the PATH.
BINARY_NAME = "reapi-emulator"


def bundled_binary() -> Optional[pathlib.Path]:
    """The executable shipped inside a platform wheel (`reapi_emulator/bin/`), if this is one."""
    candidate = pathlib.Path(__file__).resolve().parent / "bin" / BINARY_NAME
    return candidate if candidate.is_file() else None


def find_binary(binary: "Optional[str | os.PathLike]" = None) -> pathlib.Path:
    """`binary` if given, else `$REAPI_EMULATOR_BIN`, else the wheel's own, else the PATH's.

    Raises `BinaryNotFound` naming every place looked at. A place that is named (the argument
    or the variable) must hold an executable: it is never skipped for the next one."""
    looked: list[str] = []
    for origin, value in (("binary=", binary), (BINARY_VARIABLE, os.environ.get(BINARY_VARIABLE))):
        if value is None or str(value) == "":
            looked.append(f"{origin} (not set)")
            continue
        path = pathlib.Path(value).expanduser()
        if path.is_file() and os.access(path, os.X_OK):
            return path
        found = shutil.which(str(value)) if os.sep not in str(value) else None
        if found:
            return pathlib.Path(found)
        raise BinaryNotFound(f"{origin} names {str(value)!r}, which is not an executable file")
    bundled = bundled_binary()
    if bundled is not None:
        if not os.access(bundled, os.X_OK):
            bundled.chmod(bundled.stat().st_mode | 0o111)
        return bundled
    looked.append("the wheel's reapi_emulator/bin/ (not a platform wheel)")
    on_path = shutil.which(BINARY_NAME)
    if on_path:
        return pathlib.Path(on_path)
    looked.append(f"{BINARY_NAME} on the PATH (not found)")
    raise BinaryNotFound("no reapi-emulator executable found; looked at: " + "; ".join(looked)
                         + ". Install the platform wheel, or set REAPI_EMULATOR_BIN.")
