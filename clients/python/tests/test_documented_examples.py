"""The example test file both READMEs show (`<!-- file: test_reapi_example.py -->`), written out
and run in an inner pytest against the built binary: alone, and under pytest-xdist."""
import pathlib
import re

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]
READMES = [REPO / "README.md", REPO / "clients" / "python" / "README.md"]

pytest_plugins = ["pytester"]


def example(readme: pathlib.Path) -> str:
    found = re.search(r"<!-- file: test_reapi_example\.py -->\n```python\n(.*?)\n```\n", readme.read_text(), re.S)
    assert found, f"{readme} has no test_reapi_example.py block"
    return found.group(1) + "\n"


def test_both_readmes_show_the_same_file():
    assert example(READMES[0]) == example(READMES[1])


@pytest.mark.parametrize("extra", [[], ["-n", "2"]], ids=["alone", "xdist"])
def test_the_readme_example_passes(pytester, extra):
    pytester.makepyfile(test_reapi_example=example(READMES[0]))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *extra)
    result.assert_outcomes(passed=2)
