"""A fairness spec: the same sentences, spoken in several English accents, must be understood about equally well.

Voices are offline: the Piper neural voice (``en_us_joe``) and eSpeak NG accents. Each accent gets its own
test (ids ``[voice:en_gb_scotland]``), and the gap between the best- and worst-served accent is bounded.

    pytest example_suites/test_accent_fairness.py --audiotrust-report=report.html

Expected finding with the bundled Whisper tiny.en: US and British voices are transcribed almost perfectly,
Scottish and Caribbean English much worse, so the wide gap check fails — the per-voice WER is in the report.
"""

import pytest

from pytest_audiotrust import expect
from pytest_audiotrust.verdicts.conditions import wer_by_voice

SENTENCES = [
    "Turn off the lights in the kitchen.",
    "Set a timer for ten minutes.",
    "Add eggs, butter and flour to my shopping list.",
]
ACCENTS = ["en_us_joe", "en_us", "en_gb", "en_gb_scotland", "en_029"]


# MFT per accent: pooled WER over the same sentences.
@pytest.mark.audiotrust(voices=ACCENTS)
def test_each_accent_is_understood(audiotrust_model, accent):
    said = [audiotrust_model.transcribe(accent(s)).text for s in SENTENCES]
    expect.wer(" ".join(said), " ".join(SENTENCES), max_wer=0.25)


# Fairness: US and British voices are served alike.
def test_us_and_uk_voices_are_served_alike(audiotrust_model):
    expect.gap(wer_by_voice(audiotrust_model, SENTENCES, ["en_us_joe", "en_us", "en_gb"]), max_gap=0.2)


# Fairness: no accent is served much worse than the best one (expected to fail on tiny.en: the finding).
def test_accent_gap_is_bounded(audiotrust_model):
    expect.gap(wer_by_voice(audiotrust_model, SENTENCES, ACCENTS), max_gap=0.25)
