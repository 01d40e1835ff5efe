"""Fairness across voices: the bundled Whisper hears the neural voice near-perfectly and accents measurably worse;
``expect.gap`` records per-voice values; the ``accent`` fixture parametrizes over voices."""

from __future__ import annotations

import json

import pytest

from pytest_audiotrust import expect, results
from pytest_audiotrust.models import load_model
from pytest_audiotrust.verdicts.conditions import score_voices, wer_by_voice

SENTENCES = [
    "Turn off the lights in the kitchen.",
    "Set a timer for ten minutes.",
    "Add eggs, butter and flour to my shopping list.",
    "How far is the airport from the hotel?",
]
ACCENTS = ["en_gb_x_rp", "en_us_nyc", "en_gb_scotland", "en_029"]


def test_whisper_hears_the_neural_voice_near_perfectly_and_accents_worse() -> None:
    # 24 real Whisper tiny.en calls: 4 sentences x 6 voices
    scores = score_voices(load_model("whisper:tiny.en"), SENTENCES, ["en_us_joe", "en_us", *ACCENTS])
    mean = {name: s.mean for name, s in scores.items()}
    table = {n: round(v, 3) for n, v in mean.items()}
    # measured on 2026-11-29: en_us_joe 0.000, en_us 0.028, en_gb_x_rp 0.183, en_us_nyc 0.183,
    # en_gb_scotland 0.433, en_029 0.520
    assert mean["en_us_joe"] <= 0.05, table
    assert mean["en_us"] <= 0.10, table
    assert all(mean[a] >= mean["en_us_joe"] + 0.10 for a in ACCENTS), table
    assert sum(mean[a] for a in ACCENTS) / len(ACCENTS) >= 0.20, table
    assert min(mean, key=mean.get) in ("en_us_joe", "en_us") and max(mean, key=mean.get) in ("en_gb_scotland", "en_029"), table
    assert len(scores["en_029"].outputs) == len(SENTENCES)

    # the same measurements as a fairness gap, recorded per voice
    per_voice = {name: s.wers for name, s in scores.items()}
    m = expect.gap(per_voice, max_gap=0.9)
    assert m.passed and m.metric == "wer_gap" and m.details["groups"] == 6
    assert m.details["best"] == "en_us_joe" and m.details["worst"] in ACCENTS
    assert m.value == pytest.approx(max(m.details["per_group"].values()) - min(m.details["per_group"].values()), abs=1e-3)
    assert m.value >= 0.35
    with pytest.raises(expect.ExpectationFailed, match=r"wer gap 0\.\d+ > max_gap 0\.1 across 6 groups: best en_us_joe"):
        expect.gap(per_voice, max_gap=0.1)
    # the failed check recorded the same per-voice means that score_voices measured
    assert results.current().measurements[-1].details["per_group"]["en_us_joe"] == pytest.approx(mean["en_us_joe"], abs=1e-4)


def test_gap_validates_its_input_and_names_best_and_worst() -> None:
    m = expect.gap({"a": 0.9, "b": [0.7, 0.9]}, max_gap=0.2, metric="similarity")
    assert m.details["best"] == "a" and m.details["worst"] == "b" and m.value == pytest.approx(0.1)
    with pytest.raises(TypeError, match="at least 2 groups"):
        expect.gap({"a": 0.1}, max_gap=0.1)
    with pytest.raises(TypeError, match="value for 'b' must be a finite number"):
        expect.gap({"a": 0.1, "b": float("nan")}, max_gap=0.1)
    with pytest.raises(TypeError, match="max_gap must be a number >= 0"):
        expect.gap({"a": 0.1, "b": 0.2}, max_gap=-1)


def test_wer_by_voice_with_a_planted_model() -> None:
    from pytest_audiotrust.models import CallableModel

    model = CallableModel(lambda audio, prompt: "turn off the lights in the kitchen", name="planted")
    got = wer_by_voice(model, ["Turn off the lights in the kitchen.", "Set a timer."], ["en_us", "en_029"])
    # right on the first sentence; on "Set a timer." 3 substitutions + 4 insertions over 3 words = 2.333
    assert got == {"en_us": pytest.approx(7 / 6, abs=1e-3), "en_029": pytest.approx(7 / 6, abs=1e-3)}


CONFTEST = '''
import numpy  # noqa: F401
import pytest
import pytest_audiotrust.expect  # noqa: F401
import pytest_audiotrust.models  # noqa: F401
import pytest_audiotrust.scoring.wer  # noqa: F401
import pytest_audiotrust.tts.voices  # noqa: F401
from pytest_audiotrust.models import CallableModel

@pytest.fixture(scope="session")
def audiotrust_model():
    return CallableModel(lambda audio, prompt: "set a timer for ten minutes" if audio.duration > 1.4 else "set a", name="planted")
'''


def test_accent_fixture_ids_marker_and_gap_in_the_json(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        """
        import pytest
        from pytest_audiotrust import expect
        from pytest_audiotrust.verdicts.conditions import wer_by_voice

        @pytest.mark.audiotrust(voices=["en_us_joe", "en_gb_scotland"])
        def test_each(audiotrust_model, accent):
            expect.wer(audiotrust_model.transcribe(accent("Set a timer for ten minutes.")), "Set a timer for ten minutes.")

        def test_default_set(accent):
            pass

        def test_gap(audiotrust_model):
            per = wer_by_voice(audiotrust_model, ["Set a timer for ten minutes."], ["en_us", "en_us_fast"])
            expect.gap(per, max_gap=0.2)
        """
    )
    result = pytester.runpytest("-v", "-p", "no:cacheprovider", "--audiotrust-json=out.json")
    result.stdout.fnmatch_lines([
        "*test_each[[]voice:en_us_joe[]] PASSED*",
        "*test_each[[]voice:en_gb_scotland[]] PASSED*",
        "*test_default_set[[]voice:en_029[]] PASSED*",
        "*test_gap FAILED*",
    ])
    result.assert_outcomes(passed=2 + 9, failed=1)
    result.stdout.fnmatch_lines(["*wer gap 0.667 > max_gap 0.2 across 2 groups: best en_us (0.000), worst en_us_fast (0.667)*"])
    doc = json.loads((pytester.path / "out.json").read_text())
    records = doc["records"] if "records" in doc else doc["cases"]
    gap = next(m for r in records for m in r["measurements"] if m["check"] == "gap")
    assert gap["details"]["per_group"] == {"en_us": 0.0, "en_us_fast": 0.6667} and gap["value"] == 0.6667
    each = next(r for r in records if r["nodeid"].endswith("[voice:en_gb_scotland]"))
    assert each["params"]["voice"]["id"] == "espeak:en-gb-scotland@165wpm/p50"


def test_unknown_voice_in_marker_is_a_collection_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        @pytest.mark.audiotrust(voices=["en_gb_scotlnd"])
        def test_x(accent):
            pass
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["*unknown voice 'en_gb_scotlnd'; did you mean 'en_gb_scotland'*"])
    assert result.ret != 0
