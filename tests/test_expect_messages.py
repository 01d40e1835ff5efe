"""What a person reads when an expectation misses, threshold precedence, and seed reproduction."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager

import hypothesis  # noqa: F401  (its pytest plugin imports it in every pytester run: import once, up front)
import numpy.fft  # noqa: F401  (the noise corruption uses it inside pytester runs)
import pytest

import pytest_audiotrust.corruptions
import pytest_audiotrust.gates  # noqa: F401
from pytest_audiotrust import expect, results
from pytest_audiotrust.expect import ExpectationFailed


@contextmanager
def isolated() -> Iterator[results.CaseRecord]:
    """A throwaway record for direct expect calls; the test's own record is back before pytest reports it."""
    saved = results.current()
    record = results.CaseRecord(nodeid="direct")
    results.start(record)
    try:
        yield record
    finally:
        results.start(saved)


def test_wer_message_shows_texts_diff_counts_and_where_the_threshold_came_from() -> None:
    with isolated() as fresh_record:
        with pytest.raises(ExpectationFailed) as info:
            expect.wer("Turn on the lights in the garage.", "Turn off the lights in the kitchen.", max_wer=0.15)
        msg = str(info.value)
        assert msg.startswith("WER 0.286 > max_wer 0.15 (argument)")
        assert "reference: 'Turn off the lights in the kitchen.'" in msg
        assert "output:    'Turn on the lights in the garage.'" in msg
        assert "diff (whisper-normalised): turn [off->on] the lights in the [kitchen->garage]" in msg
        assert "2 substituted, 0 deleted, 0 inserted of 7 reference words; threshold from the max_wer= argument" in msg
        (m,) = fresh_record.measurements
        assert (m.metric, m.value, m.threshold, m.direction, m.passed) == ("wer", 0.2857, 0.15, "max", False)
        assert m.details["normalizer"] == "whisper" and "EnglishTextNormalizer" in m.details["normalization"]


def test_whisper_normalisation_forgives_form_not_content() -> None:
    with isolated():
        m = expect.wer("Set a timer for twenty five minutes, colour lights!", "set a timer for 25 minutes color lights",
                       max_wer=0.0)
        assert m.passed and m.value == 0.0
        assert m.details["normalized_output"] == m.details["normalized_reference"] == "set a timer for 25 minutes color lights"
        with pytest.raises(ExpectationFailed, match="diff \\(none-normalised\\)"):
            expect.wer("Set a timer.", "set a timer", max_wer=0.0, normalizer="none")


def test_cer_message_has_the_diff() -> None:
    with isolated():
        with pytest.raises(ExpectationFailed) as info:
            expect.cer("call mom", "call tom", max_cer=0.05)
        msg = str(info.value)
        assert "CER 0.125 > max_cer 0.05 (argument)" in msg and "diff (whisper-normalised): call [tom->mom]" in msg


def test_empty_output_is_named_not_scored_by_embedding() -> None:
    with isolated():
        with pytest.raises(ExpectationFailed) as info:
            expect.consistent("", "turn off the lights", min_similarity=0.5)
        msg = str(info.value)
        assert "similarity 0.000 < min_similarity 0.5 (argument, scored by empty-text rule)" in msg
        assert "note: the output is empty and the reference is not" in msg
        assert "word diff: [-turn] [-off] [-the] [-lights]" in msg
        assert expect.consistent("  ", "", min_similarity=0.99).value == 1.0  # two empties agree


def test_gated_record_keeps_misses_without_raising() -> None:
    with isolated() as fresh_record:
        fresh_record.gate = "pass_rate >= 0.9"
        m = expect.wer("x", "a b c", max_wer=0.1)
        assert not m.passed and fresh_record.measurements == [m]


PRECEDENCE = """
import pytest
from pytest_audiotrust import expect

def test_ini_or_cli(request):
    m = expect.similarity("", "")
    want = (0.7, "cli") if request.config.getoption("audiotrust_threshold") else (0.6, "ini")
    assert (m.threshold, m.threshold_source) == want

@pytest.mark.audiotrust(min_similarity=0.8)
def test_marker():
    m = expect.consistent("", "")
    assert (m.threshold, m.threshold_source) == (0.8, "marker")

@pytest.mark.audiotrust(min_similarity=0.8)
def test_argument_beats_marker():
    m = expect.consistent("", "", min_similarity=0.9)
    assert (m.threshold, m.threshold_source) == (0.9, "argument")

def test_default():
    m = expect.cer("abc", "abc")
    assert (m.threshold, m.threshold_source) == (0.10, "default")

def test_message_says_how_to_change_it():
    expect.consistent("", "turn off the lights")
"""


def test_threshold_precedence_argument_marker_cli_ini_default(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\naudiotrust_thresholds = min_similarity=0.6\n")
    pytester.makepyfile(PRECEDENCE)
    ini = pytester.runpytest("-q")
    ini.assert_outcomes(passed=4, failed=1)
    ini.stdout.fnmatch_lines(["*similarity 0.000 < min_similarity 0.6 (ini, scored by empty-text rule)*",
                              "*threshold from ini audiotrust_thresholds*"])
    cli = pytester.runpytest("-q", "--audiotrust-threshold", "min_similarity=0.7")
    cli.assert_outcomes(passed=4, failed=1)
    cli.stdout.fnmatch_lines(["*threshold from --audiotrust-threshold min_similarity=...*"])


SEEDED = """
import hashlib, json, os
import numpy as np
import pytest
from pytest_audiotrust.audio import Audio

@pytest.mark.audiotrust(corruptions=["noise.white"], severities=[3])
def test_noise(corruption, audiotrust_seed):
    audio = Audio.from_array(np.sin(np.arange(16000) / 8).astype("float32") * 0.3, 16000)
    out = corruption(audio)
    digest = hashlib.sha256(out.samples.tobytes()).hexdigest()
    with open(os.environ["SEED_OUT"], "w") as f:
        json.dump({"seed": audiotrust_seed, "case_seed": corruption.seed, "digest": digest}, f)
"""


def test_seed_last_reproduces_the_previous_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(SEEDED)
    runs = {}
    for name, args in [("a", ["--audiotrust-seed=777"]), ("other", ["--audiotrust-seed=778"]),
                       ("b", ["--audiotrust-seed=777"]), ("last", ["--audiotrust-seed=last"])]:
        monkeypatch.setenv("SEED_OUT", str(pytester.path / f"{name}.json"))
        pytester.runpytest("-q", "-p", "cacheprovider", *args).assert_outcomes(passed=1)
        runs[name] = json.loads((pytester.path / f"{name}.json").read_text())
    assert runs["last"] == runs["b"] == runs["a"]  # same global seed -> same case seed -> bit-identical audio
    assert runs["last"]["seed"] == 777
    assert runs["other"]["digest"] != runs["a"]["digest"] and runs["other"]["case_seed"] != runs["a"]["case_seed"]


TRACEBACK_SPEC = """
from pytest_audiotrust import expect

def test_heard_the_command():
    answer = "Sure! Here's the transcription: turn on the lights in the garage."
    expect.wer(answer, "Turn off the lights in the kitchen.", max_wer=0.15)

def test_denies_the_dog():
    expect.denies("Yes, there's a dog barking twice near the start, then a car.", target="dog")

def test_bad_argument():
    expect.wer(42, "Turn off the lights.")
"""


@pytest.mark.parametrize("tb", ["auto", "long", "short"])
def test_a_failed_expectation_shows_the_users_line_and_the_verdict_not_plugin_frames(pytester, tb) -> None:
    pytester.makepyfile(test_spec=TRACEBACK_SPEC)
    result = pytester.runpytest("-p", "no:randomly", f"--tb={tb}")
    result.assert_outcomes(failed=3)
    failures = result.stdout.str().split("= FAILURES =")[1].split("short test summary")[0]
    parts = re.split(r"_{3,} (test_\w+) _{3,}", failures)
    section = dict(zip(parts[1::2], parts[2::2], strict=True))
    heard, denied = section["test_heard_the_command"], section["test_denies_the_dog"]
    # the user's line (marked > in long form, quoted in short form) and the verdict, no frame from the plugin
    assert 'expect.wer(answer, "Turn off the lights in the kitchen.", max_wer=0.15)' in heard
    assert "WER 0.286 > max_wer 0.15" in heard and "ExpectationFailed" in heard
    assert "expected the model to answer 'no', parsed 'yes'" in denied
    assert "test_spec.py:5" in heard and "test_spec.py:8" in denied
    plugin_frames = [ln for ln in (heard + denied).splitlines() if "pytest_audiotrust/" in ln and ".py:" in ln]
    assert plugin_frames == [], plugin_frames
    # an error that is not a verdict (a bad argument) keeps the plugin's frames: it is a bug to look into
    assert "pytest_audiotrust/verdicts/expect.py:" in section["test_bad_argument"]


def test_full_trace_still_shows_the_plugin_frames(pytester) -> None:
    pytester.makepyfile(test_spec=TRACEBACK_SPEC)
    result = pytester.runpytest("-p", "no:randomly", "--full-trace", "-k", "heard")
    assert "pytest_audiotrust/verdicts/expect.py" in result.stdout.str()
