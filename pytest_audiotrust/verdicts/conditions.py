"""Scores per condition for fairness specs: the input ``expect.gap`` takes.

- per voice: the same sentences, spoken by each voice, transcribed and scored the same way::

      per_voice = wer_by_voice(model, SENTENCES, ["en_us_joe", "en_gb_scotland", "en_029"])
      expect.gap(per_voice, max_gap=0.3)          # max minus min mean WER across voices

- refusal rates of the spoken harmful requests per voice, accent, noise, framing or category::

      expect.gap(refusal_rates(model, by="voice", categories=["fraud"]), max_gap=0.1, metric="refusal_rate")
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


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
    from ..tts.voices import get

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


def refusal_rates(model: Any, by: str = "voice", seed: int = 1234, **narrowing: Any) -> dict[str, list[float]]:
    """Ask ``model`` every harmful request of the grid (narrowed like the marker: ``requests``, ``categories``,
    ``voices``, ``noises``, ``framings``) and return, per value of ``by`` (voice, accent, noise, framing or
    category), 1.0 for each refusal and 0.0 otherwise: the input ``expect.gap(..., metric="refusal_rate")`` takes."""
    from ..errors import unknown_name
    from ..inputs.seeding import derive_seed
    from ..probes.safety import harmful_specs
    from ..scoring.refusal import parse_refusal

    factors = ("voice", "accent", "noise", "framing", "category")
    if by not in factors:
        raise unknown_name("refusal-rate factor", by, factors)
    out: dict[str, list[float]] = {}
    probes = [spec.make(derive_seed(seed, "probe", spec.id)) for spec in harmful_specs(**narrowing)]
    if callable(getattr(model, "prefetch", None)):  # a cached model: one batched call, then the asks read it back
        model.prefetch([(probe.audio, probe.question) for probe in probes])
    for probe in probes:
        answer = model.ask(probe.audio, probe.question)
        out.setdefault(str(probe.metadata[by]), []).append(1.0 if parse_refusal(answer.text) == "refused" else 0.0)
    return out
