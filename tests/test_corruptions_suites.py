"""The bundled suites (standard, telephony, far_field, streaming) and suite errors."""

from __future__ import annotations

import numpy as np  # noqa: F401 - pytester runs in-process: import extension modules before them
import pytest
import scipy.signal  # noqa: F401
import soundfile  # noqa: F401

from pytest_audiotrust.corruptions import catalog, load_suite, resolve
from pytest_audiotrust.corruptions.suites import available_suites
from pytest_audiotrust.errors import ConfigError


def test_bundled_suites_exist_and_name_known_corruptions() -> None:
    suites = available_suites()
    assert {"standard", "telephony", "far_field", "streaming"} <= set(suites)
    for name, path in suites.items():
        suite = load_suite(path, set(catalog()))
        assert suite.description and suite.cases, name
        families = {catalog()[c.name].family for c in suite.cases}
        if name == "telephony":
            assert {"codec", "chain"} <= families
        if name == "far_field":
            assert "reverb" in families
        if name == "streaming":
            assert "transmission" in families


def test_suite_severity_override_applies_to_every_corruption() -> None:
    cases = resolve("telephony", [2])
    assert {c.severity for c in cases} == {2}
    assert len(cases) == len({c.name for c in load_suite(available_suites()["telephony"]).cases})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[corruption]]\nname = "codec.mp3"\nseverities = [1, 9]\n', ":2: severity 9 is not an int in 0..5"),
        ('[[corruption]]\nname = "codec.mp4"\n', "unknown corruption (in {path}:2) 'codec.mp4'; did you mean 'codec.mp3'"),
        ('[[corruption]]\nname = "codec.mp3"\nlevel = 3\n',
         ":2: unknown key(s) ['level'] in [[corruption]]; expected name/severities/params"),
        ('description = "x"\n', "expected at least one [[corruption]] table with a 'name'"),
        ('[[corruption]]\nname = "codec.mp3"\nparams = 3\n', ":2: 'params' must be a table, got 3"),
        ("[[corruption]\n", "invalid TOML"),
    ],
)
def test_malformed_suite_names_file_line_and_expectation(tmp_path, text: str, expected: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_suite(path, set(catalog()))
    assert str(path) in str(info.value)
    assert expected.format(path=path) in str(info.value)


def test_marker_takes_a_suite_by_name_or_path(pytester: pytest.Pytester, tmp_path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('severities = [2]\n[[corruption]]\nname = "noise.cafe"\nparams = { snr_db = 7.5 }\n')
    pytester.makepyfile(
        f"""
        import pytest
        @pytest.mark.audiotrust(corruptions="streaming", severities=[1])
        def test_net(corruption):
            pass
        @pytest.mark.audiotrust(corruptions={str(mine)!r})
        def test_mine(corruption):
            assert corruption.params == {{"snr_db": 7.5}}
        """
    )
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        ["*test_net[[]transmission.burst_loss-sev1[]]*", "*test_mine[[]noise.cafe-sev2[[]snr_db=7.5[]][]]*"]
    )


def test_malformed_suite_fails_collection(pytester: pytest.Pytester, tmp_path) -> None:
    bad = tmp_path / "broken.toml"
    bad.write_text('[[corruption]]\nname = "noise.white"\nseverities = "all"\n')
    pytester.makepyfile(
        f"""
        import pytest
        @pytest.mark.audiotrust(corruptions={str(bad)!r})
        def test_s(corruption):
            pass
        """
    )
    result = pytester.runpytest()
    result.stdout.fnmatch_lines([f"*{bad}:2: 'severities' must be a non-empty list of ints 0..5, got 'all'*"])
    assert result.ret != 0
