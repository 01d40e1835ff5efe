"""No-speech verdicts on real outputs of ASR models on audio without speech that nobody here wrote (quoted from public
threads, ``tests/external/nonspeech_outputs/SOURCE.md``), and the shape they showed, with look-alike controls.

First sight (``tests/heldout_scores/nonspeech_external_first_score.txt``): dev 43/43, held out 37/38; the second batch
(all dev, ``nonspeech_external_dev2_first_score.txt``) 7/11: whisper.cpp's sound tags in the language it was forced to
("[музыка]", "[Música]", "[MÚSICA DE FUNDO]") read as invented words. After the fix (``nonspeech_external_after.txt``):
dev 43/43, dev2 11/11, held out 38/38 (scored once). The floors are those measured levels: a regression fails.
"""

from __future__ import annotations

import _nonspeech_external as _external
import pytest

from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output

FLOORS = {"dev": 43, "heldout": 38, "dev2": 11}


def test_the_set_is_real_quoted_and_split_by_source() -> None:
    rows = _external.rows()
    assert len(rows) == 92 and len({r.id for r in rows}) == 92
    assert all(r.source_url.startswith("https://") and r.model and r.audio for r in rows)
    first = _external.rows("dev") + _external.rows("heldout")
    expected = _external.expected_split(first)
    assert all(expected[r.repository] == r.split for r in first)  # the split rule fixed before scoring, not moved since
    assert not {r.repository for r in _external.rows("dev")} & {r.repository for r in _external.rows("heldout")}
    labels = [r.label for r in rows]
    assert labels.count("hallucinated") >= 60 and labels.count("abstained") >= 25 and labels.count("empty") >= 1


@pytest.mark.parametrize("split", list(FLOORS))
def test_real_outputs_are_read_at_the_measured_level(split: str) -> None:
    rows = _external.rows(split)
    right = sum(_external.verdict(r) == r.label for r in rows)
    assert right >= FLOORS[split], f"{split}: {right}/{len(rows)} right, floor {FLOORS[split]}"


@pytest.mark.parametrize("text", [
    "[Música]",  # Whisper forced to Spanish on a silent file
    "[MÚSICA DE FUNDO]",
    "(música suave)",
    "[музыка]",
    "(Applaus)",
    "[Musica]",
    "(音楽)",
    "(upbeat music)",
    "[Música] [Música]",
    "(wind howling) (música)",
])
def test_a_sound_named_in_brackets_in_any_language_is_an_abstention(text: str) -> None:
    finding = inspect_nonspeech_output(text)
    assert finding.verdict == "abstained", finding
    assert not finding.invented and finding.annotation


@pytest.mark.parametrize("text", [
    "[Música] ¡Suscríbete al canal!",  # words outside the tag are invented
    "[музыка] Спасибо за просмотр.",
    "Редактор субтитров А.Семкин Корректор А.Егорова",
    "[Редактор субтитров А.Семкин]",  # initials and dots: a credit line, not a label
    "(ご視聴ありがとうございました)",  # a sentence in a script without spaces is no one-word label
    "(MBC 뉴스 이재경입니다)",
    "[you]",  # the hallucination bag inside brackets stays words
    "(Thank you)",
    "(I love you baby)",
    "[hello everyone]",  # plain English without a sound word is judged by the English lexicon
    "[Subtitles by the Amara.org community]",
    "(silence) you",
])
def test_look_alikes_around_or_inside_brackets_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated"
