"""Text normalisation and error rates: what is forgiven (form) and what is not (content)."""

from __future__ import annotations

import hypothesis  # noqa: F401
import pytest

import pytest_audiotrust.scoring.wer  # noqa: F401
from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.scoring.text import describe, normalize, spelling_map
from pytest_audiotrust.scoring.wer import char_error, word_error


@pytest.mark.parametrize(("mode", "text", "expected"), [
    ("whisper", "Set a timer for twenty-five minutes.", "set a timer for 25 minutes"),
    ("whisper", "Um, I have ten dollars, uh, Mr. Smith!", "i have $10 mister smith"),
    ("whisper", "Turn the colour up; it's late.", "turn the color up it is late"),
    ("basic", "Turn the Colour UP, it's 3!", "turn the colour up it's 3"),
    ("none", "Turn the Colour UP!", "Turn the Colour UP!"),
])
def test_normalisers(mode: str, text: str, expected: str) -> None:
    assert normalize(text, mode) == expected


def test_normaliser_description_is_reportable() -> None:
    assert len(spelling_map()) > 1000  # Whisper's english.json (PyPI whisper-normalizer)
    assert "British->American" in describe("whisper")
    assert describe("none") == "texts compared exactly as produced"
    with pytest.raises(ConfigError, match="unknown text normaliser 'whisperr'; did you mean 'whisper'"):
        describe("whisperr")


@pytest.mark.parametrize(("hyp", "ref", "rate", "diff"), [
    ("", "", 0.0, ""),
    ("thank you", "", 2.0, "[+thank] [+you]"),        # empty reference: inserted words counted, not divided by 0
    ("", "turn it off", 1.0, "[-turn] [-it] [-off]"),
    ("turn it off please", "turn it off", 1 / 3, "turn it off [+please]"),
])
def test_word_error_edges(hyp: str, ref: str, rate: float, diff: str) -> None:
    er = word_error(hyp, ref)
    assert er.rate == pytest.approx(rate) and er.diff == diff


def test_char_error_counts_characters() -> None:
    er = char_error("call mom", "call tom")
    assert er.rate == pytest.approx(1 / 8) and er.substitutions == 1


def test_bad_normaliser_ini_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_x(): pass")
    result = pytester.runpytest("-o", "audiotrust_normalizer=whisperr")
    assert result.ret != 0
    result.stderr.fnmatch_lines(["*ini audiotrust_normalizer='whisperr': expected one of whisper, basic, none*"])
