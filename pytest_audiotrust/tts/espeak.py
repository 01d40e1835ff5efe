"""eSpeak NG voices through the library and voice data shipped by ``espeakng-loader`` (no apt needed).

Each utterance is synthesised in a fresh short-lived process (``_espeak_proc.py``, a ctypes
binding): eSpeak NG carries wave-generator state from one utterance to the next, and a
fresh process makes the audio a pure function of (text, voice, rate, pitch). That costs
~30 ms per call; synthesis itself runs ~1000x real time.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import VoiceNotFoundError
from ..memo import memoized

if TYPE_CHECKING:
    from ..inputs.audio import Audio

_WORKER = Path(__file__).with_name("_espeak_proc.py")

#: English accents eSpeak NG ships, keyed by the names used in ``voice.*`` corruptions.
ACCENTS: dict[str, str] = {
    "en_us": "en-us",
    "en_gb": "en",
    "en_gb_scotland": "en-gb-scotland",
    "en_029": "en-029",
    "en_gb_x_rp": "en-gb-x-rp",
    "en_gb_x_gbclan": "en-gb-x-gbclan",
    "en_gb_x_gbcwmd": "en-gb-x-gbcwmd",
    "en_us_nyc": "en-us-nyc",
}


@dataclass(frozen=True)
class EspeakVoice:
    """One eSpeak NG voice: a language/accent code with speaking rate (wpm, 80..450) and pitch (0-100)."""

    code: str = "en-us"
    rate: int = 165
    pitch: int = 50

    @property
    def id(self) -> str:
        return f"espeak:{self.code}@{self.rate}wpm/p{self.pitch}"


@memoized
def _paths() -> tuple[str, str]:
    try:
        import espeakng_loader
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise VoiceNotFoundError(
            "eSpeak NG voices need the 'espeakng-loader' package: pip install 'pytest-audiotrust[tts]'"
        ) from exc
    return str(espeakng_loader.get_library_path()), str(espeakng_loader.get_data_path())


def synth_pcm(text: str, voice: EspeakVoice) -> tuple[bytes, int]:
    """Raw 16-bit PCM and its sample rate for ``text`` spoken by ``voice``."""
    if not 80 <= int(voice.rate) <= 450:
        raise ValueError(f"eSpeak NG voice {voice.code}: rate {voice.rate} wpm is outside 80..450")
    if not 0 <= int(voice.pitch) <= 100:
        raise ValueError(f"eSpeak NG voice {voice.code}: pitch {voice.pitch} is outside 0..100")
    library, data = _paths()
    proc = subprocess.run(
        [sys.executable, "-I", "-S", str(_WORKER), library, data, voice.code, str(int(voice.rate)), str(int(voice.pitch))],
        input=text.encode("utf-8"), capture_output=True, timeout=120, check=False,
    )
    if proc.returncode == 3:
        raise VoiceNotFoundError(
            f"eSpeak NG has no voice {voice.code!r}; English accents available: {sorted(ACCENTS.values())}"
        )
    if proc.returncode != 0:
        raise RuntimeError(f"eSpeak NG failed for text {text[:40]!r}: {proc.stderr.decode(errors='replace').strip()}")
    header, _, pcm = proc.stdout.partition(b"\n")
    return pcm, int(header)


def synthesize(text: str, voice: EspeakVoice | str = "en-us") -> Audio:
    """Speak ``text`` with an eSpeak NG voice; returns mono float32 audio at the engine's rate (22.05 kHz)."""
    import numpy as np

    from ..inputs.audio import Audio

    if isinstance(voice, str):
        voice = EspeakVoice(code=ACCENTS.get(voice, voice))
    if not text.strip():
        raise ValueError("synthesize(text=...): expected non-empty text")
    pcm, sr = synth_pcm(text, voice)
    if not pcm:
        raise RuntimeError(f"eSpeak NG produced no audio for text {text[:40]!r} with voice {voice.code}")
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    return Audio(samples, sr)
