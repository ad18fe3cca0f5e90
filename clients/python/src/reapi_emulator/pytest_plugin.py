"""The pytest plugin (entry point `pytest11`): fixtures `reapi_emulator` and `reapi`.

- `reapi_emulator` (session scope): one `Emulator` for the test run — one per worker under
  pytest-xdist, each on its own free port.
- `reapi` (per test): a fresh `Session` of that emulator when it has sessions, else the
  emulator itself after a reset. Either way a test starts with no tasks, no ledger, an empty
  journal and the clock at the scenario's start, and gets `base_url`, `advance(seconds)`,
  `requests()`, `tasks()`, `account(key)`, `set_account(...)`, `load_scenario(...)`.
- `@pytest.mark.reapi_scenario(text_or_path)`: the scenario for one test (a session created
  with it, or, without sessions, loaded before the test and the run's scenario put back after).

Options: `--reapi-emulator-bin PATH`, `--reapi-scenario FILE`, `--reapi-provider reapi|apiinone`."""
from __future__ import annotations

from typing import Iterator, Optional, Union

import pytest

from .emulator import Emulator
from .errors import SessionsUnsupported
from .session import Session

MARKER = "reapi_scenario"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("reapi-emulator", "reapi-emulator (the reapi and reapi_emulator fixtures)")
    group.addoption("--reapi-emulator-bin", metavar="PATH", default=None,
                    help="the reapi-emulator executable (default: $REAPI_EMULATOR_BIN, the wheel's own, the PATH's)")
    group.addoption("--reapi-scenario", metavar="FILE", default=None,
                    help="scenario file (YAML or JSON) the emulator starts with")
    group.addoption("--reapi-provider", choices=("reapi", "apiinone"), default="reapi",
                    help="dialect of the emulator's listener (default: reapi)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}(scenario): run this test against this scenario "
                                       "(YAML/JSON text, a mapping, or a file path)")


@pytest.fixture(scope="session")
def reapi_emulator(pytestconfig: pytest.Config) -> Iterator[Emulator]:
    """One emulator on a free port and a virtual clock for the whole run (per xdist worker)."""
    emulator = Emulator(binary=pytestconfig.getoption("reapi_emulator_bin"),
                        scenario=pytestconfig.getoption("reapi_scenario"),
                        provider=pytestconfig.getoption("reapi_provider"))
    yield emulator
    emulator.stop()


@pytest.fixture
def reapi(reapi_emulator: Emulator, request: pytest.FixtureRequest,
          pytestconfig: pytest.Config) -> Iterator[Union[Session, Emulator]]:
    """A clean emulator for this test: a new session, or the shared one after a reset."""
    marker = request.node.get_closest_marker(MARKER)
    run_scenario = pytestconfig.getoption("reapi_scenario")
    scenario = marker.args[0] if marker else run_scenario
    session = _new_session(reapi_emulator, scenario)
    if session is not None:
        with session:
            yield session
        return
    if marker:
        reapi_emulator.load_scenario(scenario)  # replaces the scenario and resets
    else:
        reapi_emulator.reset()
    yield reapi_emulator
    if marker:
        reapi_emulator.load_scenario(run_scenario if run_scenario is not None else "")


def _new_session(emulator: Emulator, scenario) -> Optional[Session]:
    """A session with `scenario`, or None when the emulator has no sessions (asked once)."""
    if emulator.sessions_supported is False:
        return None
    try:
        return emulator.session(scenario=scenario)
    except SessionsUnsupported:
        return None
