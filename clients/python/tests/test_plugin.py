"""The plugin's options and marker, run in an inner pytest (pytester) against the built binary."""
import os

pytest_plugins = ["pytester"]


def test_the_provider_option_sets_the_listeners_dialect(pytester):
    pytester.makepyfile("""
        def test_dialect(reapi_emulator, reapi):
            assert reapi_emulator.health()["provider"] == "apiinone"
    """)
    pytester.runpytest("--reapi-provider", "apiinone", "-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_the_scenario_option_is_the_emulators_starting_scenario(pytester):
    pytester.makefile(".yaml", listed="accounts:\n  - {key: rk_test_listed, credits: 500}\n")
    pytester.makepyfile("""
        def test_listed(reapi):
            assert reapi.account("rk_test_listed")["credits"] == 500

        def test_still_listed_after_the_reset(reapi):
            reapi.set_account("rk_test_listed", credits=1)
            assert reapi.account("rk_test_listed")["credits"] == 1

        def test_listed_again(reapi):
            assert reapi.account("rk_test_listed")["credits"] == 500
    """)
    result = pytester.runpytest("--reapi-scenario", "listed.yaml", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_a_marker_scenario_applies_to_its_test_only(pytester):
    pytester.makefile(".yaml", base="accounts:\n  - {key: rk_test_base, credits: 7}\n")
    pytester.makefile(".yaml", marked="accounts:\n  - {key: rk_test_marked, credits: 9}\n")
    pytester.makepyfile("""
        import pytest

        @pytest.mark.reapi_scenario("marked.yaml")
        def test_marked(reapi):
            assert reapi.account("rk_test_marked")["credits"] == 9
            assert reapi.account("rk_test_base") is None

        def test_after(reapi):
            assert reapi.account("rk_test_base")["credits"] == 7
            assert reapi.account("rk_test_marked") is None
    """)
    result = pytester.runpytest("--reapi-scenario", "base.yaml", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_the_binary_option_wins_and_a_wrong_one_says_so(pytester):
    pytester.makepyfile("""
        def test_needs_it(reapi):
            pass
    """)
    result = pytester.runpytest("--reapi-emulator-bin", "/nonexistent/reapi-emulator", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*BinaryNotFound: binary= names '/nonexistent/reapi-emulator'*"])
    assert os.environ["REAPI_EMULATOR_BIN"] != "/nonexistent/reapi-emulator"


def test_the_options_are_listed_in_help(pytester):
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(["*--reapi-emulator-bin=PATH*", "*--reapi-scenario=FILE*", "*--reapi-provider*"])
