"""Fixtures the package's own tests share."""
import pytest

from sessions_stub import serving


@pytest.fixture
def stub():
    """A recording stand-in for the sessions API; its URL."""
    with serving() as url:
        yield url
