"""The catalog of offline voices, by name: eSpeak NG English accents, rate/pitch variants, and the Piper neural voice.

Names are what ``voice.*`` corruptions, the ``accent`` fixture and the fixture script use
(``en_gb_scotland``, ``en_us_joe``). ``speak(text, name)`` returns mono float32 ``Audio``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import unknown_name

if TYPE_CHECKING:
    from ..inputs.audio import Audio, Clip

#: eSpeak NG's default speaking rate (words per minute) for the voices here.
DEFAULT_WPM = 165


@dataclass(frozen=True)
class Voice:
    """One named voice: an engine (``espeak`` or ``piper``), the engine's voice code, and rate/pitch."""

    name: str
    engine: str
    code: str
    description: str
    rate: int = DEFAULT_WPM
    pitch: int = 50

    @property
    def id(self) -> str:
        """Stable provenance string, e.g. ``espeak:en-gb-scotland@165wpm/p50`` or ``piper:joe``."""
        if self.engine == "piper":
            return f"piper:{self.code}"
        return f"espeak:{self.code}@{self.rate}wpm/p{self.pitch}"

    @property
    def neural(self) -> bool:
        return self.engine == "piper"

    def speak(self, text: str, *, speed: float = 1.0) -> Audio:
        """Say ``text``; ``speed`` > 1 speaks faster (espeak: rate x speed; piper: length_scale 1/speed)."""
        if not 0.3 <= speed <= 3.0:
            raise ValueError(f"voice {self.name}: speed={speed} is outside 0.3..3.0 (1.0 = the voice's normal rate)")
        from ..inputs.derived import built

        def build() -> tuple[Audio, dict[str, Any]]:
            if self.engine == "piper":
                from .piper import synthesize as piper_synth

                return piper_synth(text, self.code, length_scale=1.0 / speed), {}
            from .espeak import EspeakVoice
            from .espeak import synthesize as espeak_synth

            return espeak_synth(text, EspeakVoice(self.code, rate=round(self.rate * speed), pitch=self.pitch)), {}

        # kept on disk for the session's store (a warm re-run reads it instead of synthesising again)
        audio, _ = built({"kind": "speech", "voice": self.id, "text": text, "speed": speed}, build)
        return type(audio)(audio.samples, audio.sample_rate, source=f"voice:{self.name}")

    def __call__(self, x: Any, *, speed: float = 1.0, sample_rate: int = 16_000) -> Audio | Clip:
        """``voice("text")`` -> ``Audio``; ``voice(clip)`` -> the clip's transcript re-spoken, as a ``Clip``.

        Output is resampled to ``sample_rate`` (a clip keeps its own rate).
        """
        from ..inputs.audio import Clip

        if isinstance(x, Clip):
            audio = self.speak(x.transcript, speed=speed).resample(x.audio.sample_rate)
            return x.with_audio(audio, voice=self.name)
        if isinstance(x, str):
            return self.speak(x, speed=speed).resample(sample_rate)
        raise TypeError(f"voice {self.name}: expected a transcript str or a Clip, got {type(x).__name__}")


def _espeak(name: str, code: str, description: str, rate: int = DEFAULT_WPM, pitch: int = 50) -> Voice:
    return Voice(name, "espeak", code, description, rate, pitch)


#: Every voice, by name. The first nine are the accents; the rest vary speed and pitch of en-us.
VOICES: dict[str, Voice] = {v.name: v for v in (
    Voice("en_us_joe", "piper", "joe", "Piper neural voice 'joe' (US English, medium quality)"),
    _espeak("en_us", "en-us", "eSpeak NG, General American"),
    _espeak("en_gb", "en", "eSpeak NG, British English"),
    _espeak("en_gb_scotland", "en-gb-scotland", "eSpeak NG, Scottish English"),
    _espeak("en_029", "en-029", "eSpeak NG, Caribbean English"),
    _espeak("en_gb_x_rp", "en-gb-x-rp", "eSpeak NG, British Received Pronunciation"),
    _espeak("en_gb_x_gbclan", "en-gb-x-gbclan", "eSpeak NG, Lancaster (northern England)"),
    _espeak("en_gb_x_gbcwmd", "en-gb-x-gbcwmd", "eSpeak NG, West Midlands"),
    _espeak("en_us_nyc", "en-us-nyc", "eSpeak NG, New York City"),
    _espeak("en_us_fast", "en-us", "eSpeak NG, General American spoken fast (230 wpm)", rate=230),
    _espeak("en_us_slow", "en-us", "eSpeak NG, General American spoken slowly (120 wpm)", rate=120),
    _espeak("en_us_low", "en-us", "eSpeak NG, General American with a low pitch", pitch=15),
    _espeak("en_us_high", "en-us", "eSpeak NG, General American with a high pitch", pitch=85),
)}

#: The English accents (one per regional variety), the default set of the ``accent`` fixture.
ACCENT_NAMES: tuple[str, ...] = (
    "en_us_joe", "en_us", "en_gb", "en_gb_scotland", "en_029", "en_gb_x_rp", "en_gb_x_gbclan", "en_gb_x_gbcwmd", "en_us_nyc",
)


def get(name: str) -> Voice:
    """Look a voice up by name; unknown names fail with a 'did you mean'."""
    if isinstance(name, Voice):
        return name
    if name not in VOICES:
        raise unknown_name("voice", str(name), VOICES)
    return VOICES[name]


def names() -> list[str]:
    return list(VOICES)


def speak(text: str, voice: str | Voice = "en_us", *, speed: float = 1.0) -> Audio:
    """Say ``text`` with the named voice (see ``VOICES``)."""
    return get(voice).speak(text, speed=speed)  # type: ignore[arg-type]
