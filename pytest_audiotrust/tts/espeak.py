"""eSpeak NG voices through a ctypes binding to the library shipped by ``espeakng-loader``.

eSpeak NG keeps global state, so synthesis is serialised with a lock. It runs
~1000x real time, which makes re-speaking a clip in another accent cheap.
"""

from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import VoiceNotFoundError

if TYPE_CHECKING:
    from ..audio import Audio

_AUDIO_OUTPUT_RETRIEVAL = 1
_ESPEAK_RATE = 1
_ESPEAK_PITCH = 3
_ESPEAK_CHARS_UTF8 = 1
_POS_CHARACTER = 1

_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)

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
    """One eSpeak NG voice: a language/accent code with speaking rate (wpm) and pitch (0-100)."""

    code: str = "en-us"
    rate: int = 165
    pitch: int = 50

    @property
    def id(self) -> str:
        return f"espeak:{self.code}@{self.rate}wpm/p{self.pitch}"


class _Engine:
    _lock = threading.Lock()
    _instance: _Engine | None = None

    def __init__(self) -> None:
        try:
            import espeakng_loader
        except ImportError as exc:  # pragma: no cover - exercised without the extra
            raise VoiceNotFoundError(
                "eSpeak NG voices need the 'espeakng-loader' package: pip install 'pytest-audiotrust[tts]'"
            ) from exc
        self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
        data = espeakng_loader.get_data_path().encode()
        lib = self.lib
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetSynthCallback.argtypes = [_CALLBACK]
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
            ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
        ]
        lib.espeak_Synchronize.restype = ctypes.c_int
        self.sample_rate = lib.espeak_Initialize(_AUDIO_OUTPUT_RETRIEVAL, 0, data, 0)
        if self.sample_rate <= 0:
            raise VoiceNotFoundError(f"eSpeak NG failed to initialise with data at {data.decode()}")
        self._chunks: list[bytes] = []

        def _collect(wav, n, _events):  # type: ignore[no-untyped-def]
            if wav and n > 0:
                self._chunks.append(ctypes.string_at(wav, n * 2))
            return 0

        self._callback = _CALLBACK(_collect)  # keep a reference: the library calls it later
        lib.espeak_SetSynthCallback(self._callback)

    @classmethod
    def get(cls) -> _Engine:
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def synth(self, text: str, voice: EspeakVoice) -> tuple[bytes, int]:
        with self._lock:
            if self.lib.espeak_SetVoiceByName(voice.code.encode()) != 0:
                raise VoiceNotFoundError(
                    f"eSpeak NG has no voice {voice.code!r}; English accents available: {sorted(ACCENTS.values())}"
                )
            self.lib.espeak_SetParameter(_ESPEAK_RATE, int(voice.rate), 0)
            self.lib.espeak_SetParameter(_ESPEAK_PITCH, int(voice.pitch), 0)
            self._chunks = []
            raw = text.encode("utf-8") + b"\0"
            buf = ctypes.create_string_buffer(raw)
            err = self.lib.espeak_Synth(buf, len(raw), 0, _POS_CHARACTER, 0, _ESPEAK_CHARS_UTF8, None, None)
            if err != 0:
                raise RuntimeError(f"espeak_Synth failed with code {err} for text {text[:40]!r}")
            self.lib.espeak_Synchronize()
            return b"".join(self._chunks), self.sample_rate


def synthesize(text: str, voice: EspeakVoice | str = "en-us") -> Audio:
    """Speak ``text`` with an eSpeak NG voice; returns mono float32 audio at the engine's rate (22.05 kHz)."""
    import numpy as np

    from ..audio import Audio

    if isinstance(voice, str):
        voice = EspeakVoice(code=ACCENTS.get(voice, voice))
    if not text.strip():
        raise ValueError("synthesize(text=...): expected non-empty text")
    pcm, sr = _Engine.get().synth(text, voice)
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    return Audio(samples, sr)
