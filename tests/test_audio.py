"""The Audio value type: constructors, conversions, resampling, saving."""

from __future__ import annotations

import io

import numpy as np
import pytest
import soundfile as sf
import torch

from pytest_audiotrust.audio import Audio, Clip, as_audio


def _sine(seconds: float = 1.0, rate: int = 16_000, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def test_int16_is_scaled_to_unit_range() -> None:
    a = Audio.from_array(np.array([0, 16384, -32768, 32767], dtype=np.int16), 16_000)
    assert a.samples.dtype == np.float32
    np.testing.assert_allclose(a.samples, [0.0, 0.5, -1.0, 32767 / 32768])


def test_samples_are_read_only_and_equality_is_exact() -> None:
    a = Audio.from_array(_sine(), 16_000)
    with pytest.raises(ValueError):
        a.samples[0] = 1.0
    assert a == Audio.from_array(_sine(), 16_000)
    assert a != Audio.from_array(_sine() * 0.5, 16_000)
    assert a.digest() == Audio.from_array(_sine(), 16_000).digest()


@pytest.mark.parametrize("subtype, tol", [("PCM_16", 1 / 32768), ("PCM_24", 1 / 2**23), ("PCM_32", 1e-7), ("FLOAT", 0)])
def test_pcm_files_round_trip(tmp_path, subtype: str, tol: float) -> None:
    x = _sine()
    path = tmp_path / f"x_{subtype}.wav"
    sf.write(path, x, 16_000, subtype=subtype)
    a = Audio.load(path)
    assert a.sample_rate == 16_000 and a.frames == len(x)
    assert np.max(np.abs(a.samples - x)) <= tol


def test_load_bytes_flac_and_stereo_is_kept() -> None:
    st = np.stack([_sine(), _sine(freq=220)], axis=1)
    buf = io.BytesIO()
    sf.write(buf, st, 48_000, format="FLAC")
    a = Audio.load(buf.getvalue())
    assert a.channels == 2 and a.sample_rate == 48_000
    mono = a.to_mono()
    np.testing.assert_allclose(mono.samples, st.mean(axis=1), atol=2e-4)


def test_torch_tensor_channels_first_is_transposed() -> None:
    x = torch.from_numpy(np.stack([_sine(), _sine(freq=220)]))  # (channels, frames) as torchaudio returns
    a = Audio.from_array(x, 16_000)
    assert a.channels == 2 and a.frames == 16_000
    b = as_audio((torch.from_numpy(_sine()), 16_000))
    assert b.channels == 1 and np.array_equal(b.samples, _sine())


def test_hf_dict() -> None:
    a = as_audio({"array": _sine().astype(np.float64), "sampling_rate": 8_000, "path": "x.wav"})
    assert a.sample_rate == 8_000 and a.source == "x.wav"


@pytest.mark.parametrize("rate", [8_000, 44_100, 96_000])
def test_resample_keeps_duration_and_tone(rate: int) -> None:
    a = Audio.from_array(_sine(rate=rate, freq=440.0), rate).resample(16_000)
    assert a.sample_rate == 16_000 and abs(a.frames - 16_000) <= 1
    spec = np.abs(np.fft.rfft(a.samples))
    assert abs(np.argmax(spec) * 16_000 / a.frames - 440.0) < 2.0


def test_save_and_reload(tmp_path) -> None:
    a = Audio.from_array(_sine(), 16_000)
    b = Audio.load(a.save(tmp_path / "sub" / "x.flac", subtype="PCM_16"))
    assert np.max(np.abs(a.samples - b.samples)) <= 1 / 32768


def test_clip_with_audio_keeps_transcript() -> None:
    c = Clip(Audio.from_array(_sine(), 16_000), "hello", "c1", {"voice": "x"})
    d = c.with_audio(Audio.from_array(_sine() * 0.1, 16_000), corruption="noise.white-sev1")
    assert d.transcript == "hello" and d.id == "c1" and d.metadata == {"voice": "x", "corruption": "noise.white-sev1"}
