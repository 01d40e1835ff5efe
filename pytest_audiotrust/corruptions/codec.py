"""Lossy codecs, encoded and decoded in memory through libsndfile (``soundfile`` + ``io.BytesIO``).

Each codec runs at a rate it supports (the input is resampled there and back with soxr), the decoded
signal is realigned to the input (MP3 decoders add ~1105 samples of delay at low bitrates; the delay
is measured by cross-correlation and removed) and cut/padded to the input length. What is reported:
codec, container, the bitrate measured from the encoded size, the measured bandwidth (99.5 % energy),
the delay removed, and the SNR of the decoded signal against the input.
"""

from __future__ import annotations

import dataclasses
import io

import numpy as np

from ..errors import ConfigError
from ..inputs.audio import Audio
from ._dsp import bandwidth_hz, filt, fit_length, lag_samples, resample, snr_db
from .base import Corrupted, Corruption

MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
OPUS_RATES = (8000, 12000, 16000, 24000, 48000)
_MAX_DELAY = 4096


def _nearest_rate(rate: int, allowed: tuple[int, ...]) -> int:
    """The allowed rate closest to ``rate`` from above when possible (so bandwidth is not lost twice)."""
    above = [r for r in allowed if r >= rate]
    return min(above) if above else max(allowed)


def roundtrip(x: np.ndarray, sample_rate: int, fmt: str, subtype: str, **write_kw: object) -> tuple[np.ndarray, int]:
    """Encode ``x`` (float64, mono or frames x channels) with libsndfile in memory, decode; returns (decoded, bytes)."""
    import soundfile as sf

    buf = io.BytesIO()
    try:
        sf.write(buf, np.clip(x, -1.0, 1.0).astype(np.float32), sample_rate, format=fmt, subtype=subtype, **write_kw)
    except Exception as exc:  # libsndfile reports unsupported settings as generic errors
        raise ConfigError(f"codec {fmt}/{subtype} at {sample_rate} Hz with {write_kw}: libsndfile refused ({exc})") from exc
    size = len(buf.getvalue())
    buf.seek(0)
    y, _ = sf.read(buf, dtype="float64", always_2d=False)
    return y, size


def _codec(audio: Audio, *, rate: int, fmt: str, subtype: str, codec: str, passes: int = 1, input_gain_db: float = 0.0,
           realign: bool = False, analog_hops: bool = False, **write_kw: object) -> Corrupted:
    x = audio.samples.astype(np.float64)
    z = resample(x, audio.sample_rate, rate)
    ref = z
    gain = 10 ** (input_gain_db / 20)
    y, size, delay = z * gain, 0, 0
    for i in range(passes):
        if analog_hops and i > 0:  # tandem through an analogue 300-3400 Hz line (else ADPCM tandems are idempotent)
            y = filt(y, rate, low_hz=300.0, high_hz=3400.0, order=4)
        dec, size = roundtrip(y, rate, fmt, subtype, **write_kw)
        if realign:
            lag = lag_samples(y, dec, _MAX_DELAY)
            dec, delay = dec[lag:], delay + lag
        y = fit_length(dec, len(z))
    y = y / gain
    out = fit_length(resample(y, rate, audio.sample_rate), audio.frames)
    seconds = len(z) / rate
    achieved = {
        "codec": codec, "codec_rate_hz": rate, "bitrate_kbps_measured": round(size * 8 / seconds / 1000, 2),
        "bandwidth_hz": round(bandwidth_hz(out, audio.sample_rate)), "snr_db_vs_input": round(snr_db(ref, y / 1.0), 2),
    }
    if realign:
        achieved["delay_removed_samples"] = delay
    return Corrupted(audio.with_samples(out), achieved)


_MP3_RANGES = ((32000, 32.0, 320.0), (16000, 8.0, 160.0), (8000, 8.0, 64.0))  # (lowest rate, min kbps, max kbps)


def _mp3_bounds(rate: int) -> tuple[float, float]:
    """Bitrate range (kbps) of the MPEG version used at ``rate``: MPEG-1 32-48 kHz, MPEG-2 16-24 kHz, MPEG-2.5 8-12 kHz."""
    return next((lo, hi) for r, lo, hi in _MP3_RANGES if rate >= r)


def _mp3_rate(rate: int, bitrate_kbps: float) -> int:
    """The coding rate: the input's (or the next supported one), lowered as LAME does when the bitrate is below
    what that MPEG version allows (e.g. 24 kbps at 48 kHz is coded at 24 kHz); raised when above (64+ at 8 kHz)."""
    coding = _nearest_rate(rate, MP3_RATES)
    lo, hi = _mp3_bounds(coding)
    if bitrate_kbps < lo:
        coding = min(coding, 24000)
    elif bitrate_kbps > hi:
        coding = max(coding, 16000 if bitrate_kbps <= 160 else 32000)
    return coding


def _mp3_level(bitrate_kbps: float, rate: int) -> float:
    """libsndfile maps compression_level c onto bitrate = max - c·(max - min) of the MPEG version in use (LAME then
    rounds to an allowed bitrate)."""
    lo, hi = _mp3_bounds(rate)
    if not lo <= bitrate_kbps <= hi:
        raise ConfigError(f"codec.mp3: bitrate_kbps must be within {lo:g}..{hi:g} at {rate} Hz, got {bitrate_kbps!r}")
    return float(np.clip((hi - bitrate_kbps) / (hi - lo), 0.0, 0.999))


def _mp3(audio: Audio, rng: np.random.Generator, *, bitrate_kbps: float) -> Corrupted:
    kbps = float(bitrate_kbps)
    if not 8 <= kbps <= 320:
        raise ConfigError(f"codec.mp3: bitrate_kbps must be within 8..320, got {bitrate_kbps!r}")
    rate = _mp3_rate(audio.sample_rate, kbps)
    return _codec(audio, rate=rate, fmt="MP3", subtype="MPEG_LAYER_III", codec="mp3", realign=True,
                  compression_level=_mp3_level(kbps, rate), bitrate_mode="CONSTANT")


def _opus(audio: Audio, rng: np.random.Generator, *, compression_level: float, rate_hz: int) -> Corrupted:
    if rate_hz not in OPUS_RATES:
        raise ConfigError(f"codec.opus: rate_hz must be one of {OPUS_RATES} (libsndfile's Opus rates), got {rate_hz!r}")
    return _codec(audio, rate=rate_hz, fmt="OGG", subtype="OPUS", codec="opus", realign=True,
                  compression_level=float(compression_level))


def _vorbis(audio: Audio, rng: np.random.Generator, *, compression_level: float) -> Corrupted:
    return _codec(audio, rate=audio.sample_rate, fmt="OGG", subtype="VORBIS", codec="vorbis", realign=True,
                  compression_level=float(compression_level))


def _gsm(audio: Audio, rng: np.random.Generator, *, passes: int) -> Corrupted:
    return _codec(audio, rate=8000, fmt="WAV", subtype="GSM610", codec="gsm6.10", passes=int(passes))


def _g711(subtype: str, codec: str):
    def fn(audio: Audio, rng: np.random.Generator, *, input_level_db: float) -> Corrupted:
        return _codec(audio, rate=8000, fmt="WAV", subtype=subtype, codec=codec, input_gain_db=float(input_level_db))

    return fn


_ADPCM = {"g723_40": "G723_40", "g721_32": "G721_32", "g723_24": "G723_24", "ima_adpcm": "IMA_ADPCM"}


def _adpcm(audio: Audio, rng: np.random.Generator, *, variant: str, passes: int) -> Corrupted:
    if variant not in _ADPCM:
        raise ConfigError(f"codec.adpcm: variant must be one of {sorted(_ADPCM)}, got {variant!r}")
    fmt = "WAV" if variant == "ima_adpcm" else "AU"  # libsndfile writes G.72x in the AU container only
    return _codec(audio, rate=8000, fmt=fmt, subtype=_ADPCM[variant], codec=variant, passes=int(passes), analog_hops=True)


def _telephone(audio: Audio, rng: np.random.Generator, *, low_hz: float, high_hz: float) -> Corrupted:
    x = resample(audio.samples.astype(np.float64), audio.sample_rate, 8000)
    y = filt(x, 8000, low_hz=low_hz, high_hz=high_hz, order=8)
    out = fit_length(resample(y, 8000, audio.sample_rate), audio.frames)
    achieved = {"codec_rate_hz": 8000, "bandwidth_hz": round(bandwidth_hz(out, audio.sample_rate))}
    return Corrupted(audio.with_samples(out), achieved)


CORRUPTIONS = [
    Corruption("codec.mp3", _mp3, tuple({"bitrate_kbps": b} for b in (64, 40, 32, 24, 16)),
               "MP3 (LAME CBR via libsndfile) at a bitrate (kbps), delay realigned by cross-correlation"),
    Corruption("codec.opus", _opus, tuple({"compression_level": c, "rate_hz": 16000} for c in (0.9, 0.95, 0.97, 0.99, 1.0)),
               "Opus in Ogg at 16 kHz; compression_level 0.9/0.95/0.97/0.99/1.0 ≈ 30/19/14/10/8 kbps (measured)"),
    Corruption("codec.vorbis", _vorbis, tuple({"compression_level": c} for c in (0.5, 0.75, 0.9, 0.95, 1.0)),
               "Ogg Vorbis; compression_level 0.5..1.0 ≈ 50..27 kbps at 16 kHz (measured)"),
    Corruption("codec.gsm", _gsm, tuple({"passes": p} for p in (1, 2, 3, 4, 5)),
               "GSM 06.10 full rate (13 kbps, 8 kHz); severity = tandem encodings (mobile-to-mobile calls)"),
    Corruption("codec.mulaw", _g711("ULAW", "g711_mulaw"), tuple({"input_level_db": g} for g in (-10, -20, -30, -40, -50)),
               "G.711 μ-law at 8 kHz; severity lowers the level at the codec input (dB, restored after) so quantisation bites"),
    Corruption("codec.alaw", _g711("ALAW", "g711_alaw"), tuple({"input_level_db": g} for g in (-10, -20, -30, -40, -50)),
               "G.711 A-law at 8 kHz; severity lowers the level at the codec input (dB, restored after)"),
    Corruption("codec.adpcm", _adpcm,
               ({"variant": "g723_40", "passes": 1}, {"variant": "g721_32", "passes": 1}, {"variant": "g723_24", "passes": 1},
                {"variant": "g723_24", "passes": 2}, {"variant": "g723_24", "passes": 3}),
               "ADPCM at 8 kHz (G.723 40k, G.721 32k, G.723 24k in AU; IMA ADPCM in WAV), then tandem G.723 24k"),
    Corruption("codec.telephone", _telephone,
               tuple({"low_hz": lo, "high_hz": hi}
                     for lo, hi in ((200, 3700), (300, 3400), (400, 3000), (500, 2500), (600, 2000))),
               "telephone channel: 8 kHz, band-pass (8th-order Butterworth); severity 2 is the classic 300-3400 Hz band"),
]
CORRUPTIONS = [dataclasses.replace(c, seeded=False) for c in CORRUPTIONS]
