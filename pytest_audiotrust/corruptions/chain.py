"""Composite chains: realistic scenes built from catalog corruptions applied in order.

A chain's parameters are ``<stage>_<param>`` (``noise_snr_db`` sets ``snr_db`` of the stage labelled
``noise``); each stage gets its own seed drawn from the chain's generator, and what every stage achieved
is reported under ``stages``. Length follows the stages (all chains here keep it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio
from .base import Corrupted, Corruption


def run_stages(audio: Audio, rng: np.random.Generator, stages: tuple[tuple[str, str], ...],
               params: Mapping[str, Any]) -> Corrupted:
    from .registry import get

    per_stage: dict[str, dict[str, Any]] = {label: {} for label, _ in stages}
    for key, value in params.items():
        label, _, name = key.partition("_")
        if label not in per_stage or not name:
            raise ConfigError(f"chain: parameter {key!r} must be '<stage>_<param>' with stage one of {list(per_stage)}")
        per_stage[label][name] = value
    seeds = rng.integers(0, 2**63 - 1, size=len(stages))
    achieved: list[dict[str, Any]] = []
    for (label, name), seed in zip(stages, seeds, strict=True):
        corruption = get(name)
        out = corruption.fn(audio, np.random.default_rng(int(seed)), **{**corruption.levels[0], **per_stage[label]})
        audio = out.audio
        achieved.append({"stage": label, "corruption": name, **per_stage[label], **out.achieved})
    return Corrupted(audio, {"stages": achieved})


def _chain(*stages: tuple[str, str]):
    def fn(audio: Audio, rng: np.random.Generator, **params: Any) -> Corrupted:
        return run_stages(audio, rng, stages, params)

    fn.stages = stages  # type: ignore[attr-defined]
    return fn


CORRUPTIONS = [
    Corruption(
        "chain.phone_in_cafe", _chain(("noise", "noise.babble"), ("band", "codec.telephone"), ("codec", "codec.gsm")),
        tuple({"noise_snr_db": s, "band_low_hz": 300, "band_high_hz": 3400, "codec_passes": p}
              for s, p in ((25, 1), (20, 1), (15, 1), (10, 2), (5, 2))),
        "a mobile call from a cafe: babble at an SNR (dB) -> 300-3400 Hz telephone band -> GSM 06.10 (tandem at 4-5)",
    ),
    Corruption(
        "chain.car_phone", _chain(("noise", "noise.car"), ("band", "codec.telephone"), ("codec", "codec.mulaw")),
        tuple({"noise_snr_db": s, "band_low_hz": 300, "band_high_hz": 3400, "codec_input_level_db": g}
              for s, g in ((25, -10), (20, -20), (15, -25), (10, -30), (5, -35))),
        "hands-free call from a car: cabin noise at an SNR (dB) -> telephone band -> G.711 mu-law at a falling input level",
    ),
    Corruption(
        "chain.voip_bad_network", _chain(("codec", "codec.opus"), ("loss", "transmission.packet_loss_plc")),
        tuple({"codec_compression_level": c, "loss_loss_rate": r} for c, r in ((0.9, 0.01), (0.95, 0.03), (0.97, 0.05),
                                                                              (0.99, 0.10), (1.0, 0.20))),
        "a VoIP call on a poor network: Opus at a falling bitrate -> random packet loss with concealment",
    ),
    Corruption(
        "chain.far_field_meeting", _chain(("room", "reverb.far_field"), ("noise", "noise.babble"), ("codec", "codec.mp3")),
        tuple({"room_distance_m": d, "noise_snr_db": s, "codec_bitrate_kbps": b}
              for d, s, b in ((1.0, 25, 64), (2.0, 20, 40), (3.0, 15, 32), (4.0, 10, 24), (6.0, 5, 16))),
        "a meeting recording: talker at a distance in a room -> other talkers -> MP3",
    ),
]
