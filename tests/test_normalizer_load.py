"""Whisper's English normaliser, executed from transformers' file without importing transformers: the same text out
as the class imported through the package, on answers in the styles models write."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pytest_audiotrust import memo
from pytest_audiotrust.scoring.text import normalize, spelling_map

TEXTS = [
    "The original content of this audio is: 'Please check the number and dial again.'",
    "Sure! Here's the transcription: \"Set a timer for twenty-five minutes, Mr. Smith.\"",
    "I'd like to pay $20.50 for the colour TV at 3 p.m. on the 2nd of March, didn't I?",
    "Um, uh, turn the lights OFF in the living-room... hmm, and the 1st floor too!",
    "The speaker says, “It’s 10% cheaper — that's one hundred and five pounds.”",
    "",
    "Thank you for watching!",
]


def test_same_output_as_the_package_class() -> None:
    english = pytest.importorskip("transformers.models.whisper.english_normalizer")
    reference = english.EnglishTextNormalizer(spelling_map())
    with memo.session():
        for text in TEXTS:
            assert normalize(text, "whisper") == " ".join(reference(text).split()), text


def test_normalising_imports_no_transformers() -> None:
    code = ("import sys; from pytest_audiotrust.scoring.text import normalize; "
            "out = normalize('Mr. Smith paid $20.50 for the colour TV.'); print(out); print('transformers' in sys.modules)")
    lines = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert lines == ["mister smith paid $20.50 for the color tv", "False"]
