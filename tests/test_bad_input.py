"""Bad input, table-driven: each case fails with an error naming the file/parameter and what was expected,
or — where the input is unusual but legitimate audio — is accepted without being silently changed."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from pytest_audiotrust.audio import Audio, as_audio
from pytest_audiotrust.clips import read_manifest
from pytest_audiotrust.corruptions import apply, get, load_suite, resolve
from pytest_audiotrust.errors import AudioError, ConfigError
from pytest_audiotrust.models import load_model
from pytest_audiotrust.session import parse_thresholds

RATE = 16_000


def _wav_bytes(x: np.ndarray, rate: int = RATE, fmt: str = "WAV", subtype: str = "PCM_16") -> bytes:
    buf = io.BytesIO()
    sf.write(buf, x, rate, format=fmt, subtype=subtype)
    return buf.getvalue()


TONE = (0.3 * np.sin(np.arange(RATE) / 5)).astype(np.float32)


def _write(tmp: Path, name: str, data: bytes) -> Path:
    p = tmp / name
    p.write_bytes(data)
    return p


# (case id, callable(tmp_path) -> raises, exception type, substrings the message must contain)
ERRORS = [
    ("missing file", lambda t: Audio.load(t / "nope.wav"), AudioError, ["nope.wav", "does not exist"]),
    ("zero-byte file", lambda t: Audio.load(_write(t, "empty.wav", b"")), AudioError, ["empty.wav", "0 bytes"]),
    ("zero bytes in memory", lambda t: Audio.load(b""), AudioError, ["<bytes>", "0 bytes"]),
    ("truncated WAV", lambda t: Audio.load(_write(t, "cut.wav", _wav_bytes(TONE)[:16_000])), AudioError,
     ["cut.wav", "truncated WAV", "declares 32000 bytes"]),
    ("WAV header only", lambda t: Audio.load(_write(t, "hdr.wav", _wav_bytes(TONE)[:30])), AudioError,
     ["hdr.wav", "not readable as audio"]),
    ("truncated FLAC", lambda t: Audio.load(_write(t, "cut.flac", _wav_bytes(TONE, fmt="FLAC")[:2_000])), AudioError,
     ["cut.flac", "not readable"]),
    ("corrupt FLAC body", lambda t: Audio.load(_write(t, "bad.flac", (lambda b: b[:1500] + b"\xff" * 300 + b[1800:])(
        _wav_bytes(TONE, fmt="FLAC")))), AudioError, ["bad.flac", "not readable"]),
    ("unsupported container", lambda t: Audio.load(_write(t, "x.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)),
     AudioError, ["x.mp4", "expected WAV/FLAC/OGG/MP3"]),
    ("text file", lambda t: Audio.load(_write(t, "notes.wav", b"hello, not audio at all" * 10)), AudioError,
     ["notes.wav", "not readable as audio"]),
    ("directory as file", lambda t: Audio.load(t), AudioError, ["expected an audio file, got a directory"]),
    ("NaN samples", lambda t: Audio.from_array(np.array([0.0, np.nan, 0.1]), RATE), AudioError, ["1 samples are NaN or Inf"]),
    ("Inf samples", lambda t: Audio.from_array(np.array([np.inf, -np.inf, 0.1]), RATE), AudioError, ["2 samples are NaN or Inf"]),
    ("empty array", lambda t: Audio.from_array(np.zeros(0), RATE), AudioError, ["at least one sample"]),
    ("3-D array", lambda t: Audio.from_array(np.zeros((10, 2, 2)), RATE), AudioError, ["shape (10, 2, 2)"]),
    ("channels-first array", lambda t: Audio.from_array(np.zeros((2, 16000)), RATE), AudioError, ["channels-first"]),
    ("string samples", lambda t: Audio.from_array(np.array(["a", "b"]), RATE), AudioError, ["dtype <U1"]),
    ("float sample rate", lambda t: Audio.from_array(TONE, 16000.0), AudioError, ["sample_rate must be an int"]),
    ("absurd sample rate", lambda t: Audio.from_array(TONE, 10), AudioError, ["10 Hz is outside"]),
    ("HF dict without rate", lambda t: as_audio({"array": TONE}), AudioError, ["'sampling_rate'"]),
    ("unknown audio-like", lambda t: as_audio(42), AudioError, ["expected Audio, Clip, a path", "got int"]),
    ("unknown corruption", lambda t: get("noise.whit"), ConfigError,
     ["unknown corruption 'noise.whit'", "did you mean 'noise.white'"]),
    ("severity out of range", lambda t: apply(TONE_AUDIO, "noise.white", 6), ConfigError, ["severity must be an int 0..5", "6"]),
    ("severity as string", lambda t: apply(TONE_AUDIO, "noise.white", "3"), ConfigError, ["severity must be an int 0..5"]),
    ("unknown corruption param", lambda t: apply(TONE_AUDIO, "noise.white", 2, snr=3), ConfigError,
     ["unknown parameter(s) ['snr']", "snr_db"]),
    ("malformed TOML suite", lambda t: load_suite(_write(t, "bad.toml", b"[[corruption]\nname = 'x'\n")), ConfigError,
     ["bad.toml", "invalid TOML", "line 1"]),
    ("suite with unknown corruption", lambda t: load_suite(
        _write(t, "s.toml", b'severities = [1]\n\n[[corruption]]\nname = "noise.pnk"\n'), {"noise.pink"}), ConfigError,
     ["s.toml:4", "did you mean 'noise.pink'"]),
    ("suite severity out of range", lambda t: load_suite(
        _write(t, "s.toml", b'[[corruption]]\nname = "noise.pink"\nseverities = [1, 9]\n')), ConfigError,
     ["s.toml:2", "severity 9 is not an int in 0..5"]),
    ("suite without corruptions", lambda t: load_suite(_write(t, "s.toml", b'description = "x"\n')), ConfigError,
     ["s.toml", "at least one [[corruption]]"]),
    ("marker corruptions wrong type", lambda t: resolve(3), ConfigError, ["corruptions= expects a suite name"]),
    ("malformed threshold", lambda t: parse_thresholds(["max_wer"], "cli"), ConfigError, ["expected NAME=VALUE"]),
    ("threshold not a number", lambda t: parse_thresholds(["max_wer=low"], "ini"), ConfigError, ["max_wer='low'", "a number"]),
    ("unknown model scheme", lambda t: load_model("wisper:tiny.en"), ConfigError,
     ["unknown model scheme 'wisper'", "did you mean"]),
    ("model spec without scheme", lambda t: load_model("tiny.en"), ConfigError, ["expected 'scheme:target'"]),
    ("unknown whisper option", lambda t: load_model("whisper:tiny.en?beam=3"), ConfigError,
     ["unknown decoding option(s) ['beam']"]),
    ("python factory missing", lambda t: load_model("python:os.path:nope"), ConfigError, ["has no attribute 'nope'"]),
    ("manifest missing transcript", lambda t: read_manifest(_write(t, "m.jsonl", b'{"id": "a", "file": "a.wav"}\n')),
     ConfigError, ["m.jsonl:1", "missing or empty ['transcript']"]),
    ("manifest bad JSON", lambda t: read_manifest(_write(t, "m.jsonl", b'{"id": "a",\n')), ConfigError,
     ["m.jsonl:1", "invalid JSON"]),
    ("manifest path escape", lambda t: read_manifest(_write(
        t, "m.jsonl", b'{"id": "a", "file": "../../etc/passwd", "transcript": "x"}\n')), ConfigError,
     ["escapes the manifest folder"]),
    ("manifest duplicate id", lambda t: read_manifest(_write(
        t, "m.jsonl", b'{"id": "a", "file": "a.wav", "transcript": "x"}\n{"id": "a", "file": "b.wav", "transcript": "y"}\n')),
     ConfigError, ["m.jsonl:2", "duplicate clip id 'a'"]),
]

TONE_AUDIO = Audio.from_array(TONE, RATE)


@pytest.mark.parametrize("case, fn, exc, needles", ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_input_fails_with_a_clear_error(tmp_path, case, fn, exc, needles) -> None:
    with pytest.raises(exc) as info:
        fn(tmp_path)
    msg = str(info.value)
    for needle in needles:
        assert needle in msg, f"{case}: {needle!r} not in {msg!r}"


# Unusual but legitimate audio: accepted, and nothing is silently changed.
def test_all_zero_dc_and_hot_signals_are_kept_as_given(tmp_path) -> None:
    zero = Audio.from_array(np.zeros(RATE), RATE)
    assert zero.peak == 0.0 and zero.rms == 0.0
    dc = Audio.from_array(np.full(RATE, 0.25), RATE)
    assert np.all(dc.samples == np.float32(0.25))
    hot = Audio.from_array(np.array([1.5, -2.0, 0.1]), RATE)
    assert hot.peak == 2.0  # not clipped


@pytest.mark.parametrize("seconds", [0.01, 600.0])
def test_very_short_and_very_long_clips_load(tmp_path, seconds: float) -> None:
    path = tmp_path / "x.flac"
    sf.write(path, np.zeros(int(seconds * 8_000), np.float32) + 0.01, 8_000, subtype="PCM_16")
    a = Audio.load(path, sample_rate=RATE)
    assert a.sample_rate == RATE and abs(a.duration - seconds) < 1e-3


@pytest.mark.parametrize("rate", [8_000, 96_000])
def test_model_input_is_resampled_and_downmixed(rate: int) -> None:
    from pytest_audiotrust.models import CallableModel

    seen = {}

    def fn(audio, prompt):  # type: ignore[no-untyped-def]
        seen.update(rate=audio.sample_rate, ch=audio.channels, dur=audio.duration)
        return ""

    stereo = np.stack([np.zeros(rate), np.zeros(rate)], axis=1) + 0.01
    CallableModel(fn).transcribe((stereo, rate))
    assert seen["rate"] == RATE and seen["ch"] == 1 and abs(seen["dur"] - 1.0) < 1e-3
