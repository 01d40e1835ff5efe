"""Per-voice measurements for fairness specs: the same sentences, spoken by each voice, scored the same way.

    per_voice = wer_by_voice(model, SENTENCES, ["en_us_joe", "en_gb_scotland", "en_029"])
    expect.gap(per_voice, max_gap=0.3)          # max minus min mean WER across voices
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .voices import get


@dataclass
class VoiceScores:
    """What one voice got: per-sentence WER and the model's transcripts."""

    voice: str
    wers: list[float] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)

    @property
    def mean(self) -> float:
        return sum(self.wers) / len(self.wers)


def score_voices(model: Any, sentences: Sequence[str], voices: Iterable[str], *, normalizer: str = "whisper",
                 sample_rate: int = 16_000) -> dict[str, VoiceScores]:
    """Speak every sentence with every voice, transcribe with ``model``, score WER against the sentence."""
    from ..scoring.wer import word_error

    if not sentences or not all(isinstance(s, str) and s.strip() for s in sentences):
        raise ValueError(f"score_voices(sentences=...): expected non-empty sentences, got {sentences!r}")
    out: dict[str, VoiceScores] = {}
    for name in voices:
        voice = get(name)
        scores = VoiceScores(voice.name)
        for text in sentences:
            said = model.transcribe(voice(text, sample_rate=sample_rate))
            said_text = getattr(said, "text", said)
            scores.wers.append(round(word_error(said_text, text, normalizer).rate, 4))
            scores.outputs.append(said_text)
        out[voice.name] = scores
    return out


def wer_by_voice(model: Any, sentences: Sequence[str], voices: Iterable[str], **kwargs: Any) -> dict[str, float]:
    """Mean WER per voice over ``sentences`` (the dict ``expect.gap`` takes)."""
    return {name: round(s.mean, 4) for name, s in score_voices(model, sentences, voices, **kwargs).items()}
