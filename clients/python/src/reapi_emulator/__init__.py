"""Run the reapi-emulator (an offline emulator of the reAPI image API) from Python tests.

    from reapi_emulator import Emulator

    with Emulator() as emu:              # reapi-emulator serve --port 0 --clock virtual
        client = MyClient(base_url=emu.base_url, api_key="rk_test_1")
        task = client.submit(model="z-image", prompt="a red fox")
        emu.advance(60)
        assert client.poll(task.id).status == "completed"

Installed, the package also registers a pytest plugin with the fixtures `reapi_emulator` and
`reapi` (see `reapi_emulator.pytest_plugin`)."""
from .binary import BINARY_VARIABLE, find_binary
from .control import ControlClient
from .emulator import READY_PREFIX, Emulator
from .errors import BinaryNotFound, ControlError, EmulatorError, SessionsUnsupported, StartError
from .session import Session

__version__ = "0.1.0"

__all__ = [
    "BINARY_VARIABLE", "BinaryNotFound", "ControlClient", "ControlError", "Emulator", "EmulatorError",
    "READY_PREFIX", "Session", "SessionsUnsupported", "StartError", "find_binary", "__version__",
]
