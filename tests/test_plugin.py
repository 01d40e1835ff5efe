"""The plugin as installed: options, fixtures, marker parametrization, failure messages, report."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from _html import parse


def test_help_shows_options(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    for opt in ("--audiotrust-model", "--audiotrust-report", "--audiotrust-json", "--audiotrust-seed",
                "--audiotrust-clips", "--audiotrust-threshold"):
        result.stdout.fnmatch_lines([f"*{opt}*"])
    result.stdout.fnmatch_lines(["*audiotrust_model*", "*audiotrust_clips*"])


def test_fixtures_are_documented(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_x(): pass")
    result = pytester.runpytest("--fixtures")
    out = result.stdout.str()
    for name, phrase in [("audiotrust_model", "model under test"), ("speech_clip", "transcript"),
                         ("corruption", "seeded corruption"), ("nonspeech_probe", "no speech")]:
        assert name in out, name
        assert phrase in out, phrase


def test_marker_is_registered(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.audiotrust(corruptions=*"])


def test_marker_parametrization_gives_readable_ids(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        @pytest.mark.audiotrust(corruptions=["noise.white", "noise.pink"], severities=[1, 3],
                                clips=["cmd_lights_01", "weather_01", "dictation_02"])
        def test_stable(speech_clip, corruption):
            pass
        """
    )
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines([
        "*test_stable[[]noise.white-sev1-clip:cmd_lights_01[]]",
        "*test_stable[[]noise.pink-sev3-clip:dictation_02[]]",
    ])
    result.stdout.fnmatch_lines(["12 tests collected*"])  # 2 corruptions x 2 severities x 3 clips


def test_suite_file_expands_to_its_cases(pytester: pytest.Pytester) -> None:
    pytester.path.joinpath("office.toml").write_text(
        'severities = [1, 3, 5]\n[[corruption]]\nname = "noise.white"\n'
        '[[corruption]]\nname = "noise.pink"\n[[corruption]]\nname = "noise.brown"\nseverities = [2]\n'
    )
    pytester.makepyfile(
        """
        import pytest
        @pytest.mark.audiotrust(corruptions="office.toml")
        def test_s(corruption):
            pass
        @pytest.mark.audiotrust(corruptions="standard")
        def test_bundled(corruption):
            pass
        """
    )
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["*test_s[[]noise.white-sev5[]]", "*test_s[[]noise.brown-sev2[]]"])
    ids = [ln for ln in result.stdout.lines if "::test_s[" in ln]
    assert len(ids) == 7  # 2 corruptions x 3 severities + 1
    from pytest_audiotrust.corruptions import load_suite
    from pytest_audiotrust.corruptions.suites import available_suites

    standard = load_suite(available_suites()["standard"])
    assert len([ln for ln in result.stdout.lines if "::test_bundled[" in ln]) == len(standard.cases)


def test_unknown_corruption_fails_collection_with_suggestion(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        @pytest.mark.audiotrust(corruptions=["noise.whte"])
        def test_s(corruption):
            pass
        """
    )
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(["*unknown corruption or suite 'noise.whte'; did you mean 'noise.white'*"])
    assert result.ret == pytest.ExitCode.INTERRUPTED


def test_missed_threshold_fails_with_actionable_message(pytester: pytest.Pytester, planted_model) -> None:
    planted_model("turn on the lights in the garage")
    pytester.makepyfile(
        """
        from pytest_audiotrust import expect
        def test_accurate(audiotrust_model, speech_clip):
            expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.15)
        """
    )
    result = pytester.runpytest("--audiotrust-clips", str(_manifest_with("cmd_lights_01", pytester)))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*WER 0.*> max_wer 0.15 (argument)*",
        "*reference: 'Turn off the lights in the kitchen.'*",
        "*output:    'turn on the lights in the garage'*",
        "*diff (whisper-normalised): turn [[]off->on[]] the lights in the [[]kitchen->garage[]]*",
    ])


def test_threshold_precedence_argument_marker_cli_ini(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\naudiotrust_thresholds = max_wer=0.5\n")
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect
        REF, OUT = "turn off the lights in the kitchen", "turn off the lights in the garage"
        def test_ini_or_cli(request):
            m = expect.wer(OUT, REF)
            want = (0.15, "cli") if request.config.getoption("audiotrust_threshold") else (0.5, "ini")
            assert (m.threshold, m.threshold_source) == want
        @pytest.mark.audiotrust(max_wer=0.2)
        def test_marker():
            m = expect.wer(OUT, REF)
            assert (m.threshold, m.threshold_source) == (0.2, "marker")
        @pytest.mark.audiotrust(max_wer=0.2)
        def test_argument():
            m = expect.wer(OUT, REF, max_wer=0.3)
            assert (m.threshold, m.threshold_source) == (0.3, "argument")
        def test_default_when_nothing_set():
            m = expect.cer(OUT, REF)
            assert (m.threshold, m.threshold_source) == (0.10, "default") and not m.passed
        """
    )
    # the last test records a CER miss: it must fail, the others pass
    pytester.runpytest("-q").assert_outcomes(passed=3, failed=1)
    pytester.runpytest("-q", "--audiotrust-threshold", "max_wer=0.15").assert_outcomes(passed=3, failed=1)


def test_bad_threshold_option_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_x(): pass")
    result = pytester.runpytest("--audiotrust-threshold", "max_wr=0.1")
    result.stderr.fnmatch_lines(["*--audiotrust-threshold 'max_wr=0.1': unknown threshold 'max_wr'; did you mean 'max_wer'*"])
    assert result.ret != 0


def test_model_failure_fails_only_that_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest
        from pytest_audiotrust.models import CallableModel
        def flaky(audio, prompt):
            if audio.duration > 3:
                raise ConnectionError("upstream closed the connection")
            return ""
        @pytest.fixture(scope="session")
        def audiotrust_model():
            return CallableModel(flaky, name="flaky")
        """
    )
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect
        @pytest.mark.audiotrust(probes=["silence.digital", "noise.white_-30dBFS", "noise.white_-15dBFS"])
        def test_probe(audiotrust_model, nonspeech_probe):
            expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))
        def test_short(audiotrust_model):
            import numpy as np
            expect.no_speech(audiotrust_model.transcribe((np.zeros(16000, "float32"), 16000)))
        """
    )
    result = pytester.runpytest("-q")
    result.stdout.fnmatch_lines(["*ModelError: [[]python:flaky[]] ConnectionError: upstream closed the connection*"])
    assert result.parseoutcomes()["passed"] == 1
    assert result.parseoutcomes()["failed"] >= 3


def test_report_lists_cases_and_escapes_model_output(pytester: pytest.Pytester, planted_model) -> None:
    hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    planted_model(hostile)
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect
        @pytest.mark.audiotrust(probes=["silence.digital", "noise.white_-30dBFS", "noise.white_-15dBFS"])
        def test_probe(audiotrust_model, nonspeech_probe):
            expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))
        """
    )
    result = pytester.runpytest("--audiotrust-report=out/r.html", "--audiotrust-json=out/r.json")
    result.assert_outcomes(failed=3)
    html = (pytester.path / "out" / "r.html").read_text()
    parser = parse(html)
    assert "img" not in parser.names()
    assert not any("alert" in script for script in parser.scripts), "model output reached a script"
    assert hostile in "".join(parser.text)  # shown, as text
    doc = json.loads((pytester.path / "out" / "r.json").read_text())
    assert doc["schema"] == "pytest-audiotrust/results" and doc["version"] == 2
    assert len(doc["records"]) == 3
    assert {r["probe"]["id"] for r in doc["records"]} == {"silence.digital", "noise.white_-30dBFS", "noise.white_-15dBFS"}
    assert all(r["measurements"][0]["passed"] is False for r in doc["records"])
    result.stdout.fnmatch_lines(["audiotrust: 3 case(s) measured on seed 1234; pytest: 3 failed", "*report: out/r.html"])


def test_seed_last_reuses_previous_seed(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_seed(audiotrust_seed):
            print("SEED", audiotrust_seed)
        """
    )
    pytester.runpytest("--audiotrust-seed=77", "-s").stdout.fnmatch_lines(["*SEED 77*"])
    pytester.runpytest("--audiotrust-seed=last", "-s").stdout.fnmatch_lines(["*SEED 77*"])


def test_plugin_import_is_cheap() -> None:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import pytest_audiotrust.plugin"],
        capture_output=True, text=True, check=True,
    ).stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in out.splitlines() if "|" in line}
    heavy = {"numpy", "torch", "transformers", "faster_whisper", "sentence_transformers", "jinja2", "scipy"}
    assert not heavy & imported, heavy & imported


def _manifest_with(clip_id: str, pytester: pytest.Pytester):
    from pytest_audiotrust.clips import bundled_clips

    entry = next(e for e in bundled_clips() if e.id == clip_id)
    import shutil

    shutil.copy(entry.path, pytester.path / entry.path.name)
    path = pytester.path / "clips.jsonl"
    path.write_text(json.dumps({"id": entry.id, "file": entry.path.name, "transcript": entry.transcript}) + "\n")
    return path


OVERRIDE_CONFTEST = """
import pytest
from pytest_audiotrust.models import CallableModel

@pytest.fixture(scope="session")
def audiotrust_model():
    return CallableModel(lambda audio, prompt: "turn off the lights", name="team-model")
"""


def test_a_conftest_override_given_with_the_option_is_a_warning_naming_both(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(OVERRIDE_CONFTEST)
    pytester.makepyfile(test_x="def test_model(audiotrust_model):\n    assert audiotrust_model.id\n")
    result = pytester.runpytest("-p", "no:randomly", "--audiotrust-model=whisper:base.en")
    result.assert_outcomes(passed=1, warnings=1)
    result.stdout.fnmatch_lines(["conftest.py:4", "*PytestConfigWarning: --audiotrust-model=whisper:base.en is not used: "
                                 "the audiotrust_model fixture defined here overrides it (1 tests)*"])
    # without the option: the override is the plan, no warning
    quiet = pytester.runpytest("-p", "no:randomly")
    quiet.assert_outcomes(passed=1)
    assert "PytestConfigWarning" not in quiet.stdout.str()
    # a malformed --audiotrust-model is still a usage error, override or not
    bad = pytester.runpytest("-p", "no:randomly", "--audiotrust-model=nosuch:thing")
    assert bad.ret == pytest.ExitCode.USAGE_ERROR
    bad.stderr.fnmatch_lines(["ERROR: --audiotrust-model='nosuch:thing': unknown model scheme 'nosuch'*"])
