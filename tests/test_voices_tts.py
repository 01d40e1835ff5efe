"""Offline voices: every accent synthesises, rate/pitch variants do what they say, the voice.* corruption family."""

from __future__ import annotations

import numpy as np
import pytest

from pytest_audiotrust.audio import Audio, Clip
from pytest_audiotrust.corruptions import BoundCorruption, CaseSpec, apply, names
from pytest_audiotrust.errors import ConfigError, VoiceNotFoundError
from pytest_audiotrust.tts import ACCENT_NAMES, VOICES, get, speak
from pytest_audiotrust.tts.espeak import EspeakVoice, synthesize

TEXT = "Turn off the lights in the kitchen."


def _f0(audio: Audio) -> float:
    """Median autocorrelation pitch (Hz) over voiced 40 ms frames."""
    x, sr = audio.samples.astype(np.float64), audio.sample_rate
    n, out = int(0.04 * sr), []
    for start in range(0, len(x) - n, n):
        f = x[start:start + n] - x[start:start + n].mean()
        if np.sqrt(np.mean(f ** 2)) < 0.05 * np.abs(x).max():
            continue
        ac = np.correlate(f, f, "full")[n - 1:]
        lo, hi = sr // 400, sr // 60
        lag = lo + int(np.argmax(ac[lo:hi]))
        if ac[lag] > 0.3 * ac[0]:
            out.append(sr / lag)
    return float(np.median(out))


def test_every_listed_voice_synthesises_offline_and_sounds_different() -> None:
    assert len(ACCENT_NAMES) == 9 and {"en_us", "en_gb", "en_gb_scotland", "en_029", "en_gb_x_rp", "en_gb_x_gbclan",
                                       "en_gb_x_gbcwmd", "en_us_nyc", "en_us_joe"} == set(ACCENT_NAMES)
    digests = {}
    for name in VOICES:
        audio = speak(TEXT, name)
        assert 1.0 < audio.duration < 5.0, (name, audio.duration)
        assert audio.rms > 0.02 and audio.peak <= 1.0, (name, audio.rms, audio.peak)
        digests[name] = audio.digest()
    assert len(set(digests.values())) == len(VOICES), "two voices produced identical audio"


def test_espeak_output_is_a_pure_function_of_text_and_voice() -> None:
    first = speak(TEXT, "en_gb_scotland")
    speak("Something else entirely, spoken first.", "en_029")  # eSpeak keeps state between utterances in-process
    assert speak(TEXT, "en_gb_scotland") == first


def test_piper_neural_voice_is_deterministic() -> None:
    a = speak(TEXT, "en_us_joe")
    assert a.sample_rate == 22_050 and get("en_us_joe").neural
    assert speak(TEXT, "en_us_joe") == a


def test_rate_and_pitch_variants_are_measurable() -> None:
    slow, normal, fast = (speak(TEXT, v).duration for v in ("en_us_slow", "en_us", "en_us_fast"))
    assert slow > 1.2 * normal > 1.2 * 1.2 * fast * 0.9, (slow, normal, fast)
    low, high = _f0(speak(TEXT, "en_us_low")), _f0(speak(TEXT, "en_us_high"))
    assert high > 1.4 * low, (low, high)
    # speed= works for both engines
    assert speak(TEXT, "en_us_joe", speed=1.5).duration < 0.8 * speak(TEXT, "en_us_joe").duration


def test_missing_voices_fail_clearly() -> None:
    with pytest.raises(ConfigError, match="unknown voice 'en_gb_scotlnd'; did you mean 'en_gb_scotland'"):
        speak(TEXT, "en_gb_scotlnd")
    with pytest.raises(VoiceNotFoundError, match="eSpeak NG has no voice 'xx-nowhere'"):
        synthesize(TEXT, EspeakVoice("xx-nowhere"))
    with pytest.raises(ValueError, match="speed=9"):
        speak(TEXT, "en_us", speed=9)
    with pytest.raises(ValueError, match="non-empty text"):
        speak("   ", "en_us")


def test_voice_corruption_respeaks_the_words_at_the_input_rate() -> None:
    assert {f"voice.{n}" for n in VOICES} <= set(names())
    src = Audio(np.zeros((16_000, 2), np.float32), 16_000)
    durations = []
    for sev in (1, 3, 5):
        out = apply(src, "voice.en_gb_scotland", sev, text=TEXT)
        assert out.audio.sample_rate == 16_000 and out.audio.channels == 2
        assert out.achieved["voice"] == "en_gb_scotland" and out.achieved["speed"] == {1: 1.0, 3: 1.3, 5: 1.75}[sev]
        durations.append(out.achieved["duration_s"])
    assert durations[0] > 1.2 * durations[1] > 1.2 * 1.1 * durations[2], durations
    assert apply(src, "voice.en_gb_scotland", 0).achieved["identity"] is True
    with pytest.raises(ConfigError, match=r"call it on a Clip .* or pass text="):
        apply(src, "voice.en_029", 2)


def test_accent_voice_respeaks_a_clip_keeping_its_transcript() -> None:
    clip = Clip(Audio(np.zeros(8000, np.float32), 16_000), TEXT, "c1")
    out = get("en_029")(clip)
    assert isinstance(out, Clip) and out.transcript == TEXT and out.audio.sample_rate == 16_000
    assert out.metadata["voice"] == "en_029" and out.audio.duration > 1.0


def test_corruption_fixture_path_passes_the_transcript() -> None:
    clip = Clip(Audio(np.zeros(8000, np.float32), 16_000), TEXT, "c1")
    out = BoundCorruption(CaseSpec("voice.en_029", 2), seed=1)(clip)
    assert out.transcript == TEXT and out.audio.duration > 1.0
