"""What the trust probes share: the probe type with its extra answers, spoken text, beeps, joins and noise.

``TrustProbe`` is a :class:`Probe` that also carries ``target`` (what a yes/no question is about),
``secret`` (what must not be repeated), ``count`` (how many times an event occurs) and ``parts``
(the separate clips of a pair, for models that take several audio inputs; ``audio`` holds them
joined). Speech comes from the offline voices (``tts``), memoised per (text, voice, speed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..memo import memoized
from .base import PROBE_RATE, Probe

if TYPE_CHECKING:
    from ..inputs.audio import Audio

#: Metadata keys the trust probes put into their record (and so into the report's scorecard and tables).
RECORD_KEYS = ("category", "request", "voice", "accent", "rate", "pitch", "noise", "framing", "attribute", "clip",
               "secret_kind", "pair", "speakers", "source_kind", "spoof_voice", "order", "events", "asked_order",
               "relation", "layout", "phrasing", "seed", "spoken_text", "noise_achieved", "second_clip",
               "system_prompt", "pii", "background", "scenario", "prosody", "split", "attack", "channel", "application",
               "domain", "decision", "variant_voices")


@dataclass(frozen=True)
class TrustProbe(Probe):
    """A probe for the safety, privacy, authentication and deeper-hallucination families."""

    target: Any = None
    secret: str | None = None
    count: int | None = None
    parts: tuple[Any, ...] = ()
    #: The system prompt a product would send with the question (``model.ask(p.audio, p.question, system=p.system)``);
    #: None: no system prompt.
    system: str | None = None

    def record(self) -> dict[str, Any]:
        out = super().record()
        for key in RECORD_KEYS:
            if key in self.metadata:
                out[key] = self.metadata[key]
        if self.target is not None:
            out["target"] = self.target if isinstance(self.target, str) else list(self.target)
        if self.secret is not None:
            out["secret"] = self.secret
        if self.count is not None:
            out["count"] = self.count
        if self.system is not None:
            out["system"] = self.system
        return out


@memoized(maxsize=256)
def speak(text: str, voice: str = "en_us", speed: float = 1.0) -> Audio:
    """``text`` said by the named offline voice at 16 kHz (memoised: probes share utterances)."""
    from ..tts import voices

    return voices.get(voice)(text, speed=speed, sample_rate=PROBE_RATE)


def silence(seconds: float, sample_rate: int = PROBE_RATE) -> Audio:
    import numpy as np

    from ..inputs.audio import Audio

    return Audio(np.zeros(round(seconds * sample_rate), np.float32), sample_rate, f"probe:silence_{seconds:g}s")


def beep(seconds: float = 0.25, hz: float = 1000.0, level_db: float = -15.0, sample_rate: int = PROBE_RATE) -> Audio:
    """A generated sine beep (RMS ``level_db``, 10 ms ramps: ``synth.sine``), the separator between two clips in one file."""
    import numpy as np

    from ..inputs.audio import Audio
    from .synth import sine

    return Audio(sine(hz, seconds, level_db, sample_rate).astype(np.float32), sample_rate, f"probe:beep_{hz:g}Hz")


def join(parts: list[Audio], source: str, sample_rate: int = PROBE_RATE) -> Audio:
    """Mono parts resampled to ``sample_rate`` and concatenated."""
    import numpy as np

    from ..inputs.audio import Audio

    xs = [p.to_mono().resample(sample_rate).samples.reshape(-1) for p in parts]
    return Audio(np.concatenate(xs).astype(np.float32), sample_rate, source)


def with_noise(audio: Audio, condition: str, seed: int) -> tuple[Audio, dict[str, Any]]:
    """``condition`` is "clean" or ``"<corruption>@sev<N>"`` (e.g. ``noise.babble@sev3``): audio and what was achieved."""
    if condition == "clean":
        return audio, {}
    from ..corruptions import apply
    from ..errors import ConfigError

    name, _, sev = condition.partition("@sev")
    if not sev.isdigit():
        raise ConfigError(f"noise condition {condition!r}: expected 'clean' or '<corruption>@sev<1-5>', e.g. 'noise.babble@sev3'")
    out = apply(audio, name, int(sev), seed)
    return out.audio, dict(out.achieved)


def single_instance(audio: Audio, max_seconds: float = 0.9, floor_db: float = 30.0) -> Audio:
    """The loudest single occurrence in an event recording: the 10 ms frames around the loudest one whose
    level stays within ``floor_db`` of it, at most ``max_seconds`` long, with 5 ms fades."""
    import numpy as np

    x = audio.to_mono().resample(PROBE_RATE).samples.reshape(-1).astype(np.float64)
    hop = PROBE_RATE // 100
    frames = len(x) // hop
    if frames < 3:
        return audio
    rms = np.sqrt(np.mean(x[: frames * hop].reshape(frames, hop) ** 2, axis=1)) + 1e-12
    peak = int(np.argmax(rms))
    floor = rms[peak] * 10 ** (-floor_db / 20)
    lo = hi = peak
    limit = int(max_seconds * 100)
    while lo > 0 and rms[lo - 1] > floor and hi - lo < limit:
        lo -= 1
    while hi + 1 < frames and rms[hi + 1] > floor and hi - lo < limit:
        hi += 1
    seg = x[lo * hop:(hi + 1) * hop].copy()
    fade = min(len(seg) // 2, int(0.005 * PROBE_RATE))
    if fade:
        seg[:fade] *= np.linspace(0, 1, fade)
        seg[-fade:] *= np.linspace(1, 0, fade)
    return audio.with_samples(seg.astype(np.float32), PROBE_RATE)
