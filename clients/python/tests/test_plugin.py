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


def test_with_sessions_each_test_gets_its_own_session_and_ends_it(pytester, stub):
    """The `reapi` fixture's session path, against the recording stand-in for the sessions API."""
    from sessions_stub import Recorder

    pytester.makeconftest(f"""
        import pytest
        from reapi_emulator.session import open_session, session_body

        class EmulatorWithSessions:
            '''What the fixture uses of an Emulator whose server has sessions.'''
            base_url = "{stub}"
            sessions_supported = None

            def session(self, scenario=None, clock="virtual", seed=None, time_scale=None, name=None):
                return open_session(self.base_url, session_body(scenario, clock, seed, time_scale, name))

            def reset(self):
                raise AssertionError("reset() although the emulator has sessions")

        @pytest.fixture(scope="session")
        def reapi_emulator():
            return EmulatorWithSessions()
    """)
    pytester.makepyfile("""
        import pytest
        from reapi_emulator import Session

        def test_plain(reapi):
            assert isinstance(reapi, Session) and reapi.id == "ses_1"
            assert reapi.base_url.endswith("/sessions/ses_1")

        @pytest.mark.reapi_scenario({"seed": 3})
        def test_marked(reapi):
            assert isinstance(reapi, Session)
    """)
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)
    assert Recorder.calls == [
        ("POST", "/_emulator/sessions", {"clock": "virtual"}),
        ("DELETE", "/_emulator/sessions/ses_1", None),
        ("POST", "/_emulator/sessions", {"scenario": {"seed": 3}, "clock": "virtual"}),
        ("DELETE", "/_emulator/sessions/ses_1", None),
    ]
