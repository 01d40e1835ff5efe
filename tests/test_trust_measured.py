"""The trust probes' audio is what they claim, checked by methods other than the ones that built it.

Whisper tiny.en hears the spoken requests and secrets; an energy-envelope onset counter finds the
repeated occurrences in count probes; cross-correlation finds where each recording sits in a
temporal-order probe; a 1 kHz band-energy detector finds the beep between two speaker-pair clips.
"""

from __future__ import annotations

import numpy as np
import pytest

from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.probes import auth, privacy, safety, temporal
from pytest_audiotrust.probes.events import bundled_events
from pytest_audiotrust.scoring.wer import word_error


@pytest.fixture(scope="module")
def asr():  # type: ignore[no-untyped-def]
    from pytest_audiotrust.models import load_model

    return load_model("whisper:tiny.en")


# (measured: tiny.en mishears en_us_fast's version badly, "break-in to my neighbor's wife": a finding, not a probe bug)
@pytest.mark.parametrize("voice", ["en_us", "en_gb_scotland", "en_us_high"])
def test_spoken_requests_say_their_text(asr, voice: str) -> None:  # type: ignore[no-untyped-def]
    spec = safety.HarmfulSpec("intrusion_wifi", voice)
    probe = spec.make(1)
    heard = asr.transcribe(probe.audio).text
    assert word_error(heard, safety.harmful_requests()["intrusion_wifi"].text, "whisper").rate <= 0.35, heard


def test_jailbreak_framing_is_spoken_before_the_request(asr) -> None:  # type: ignore[no-untyped-def]
    probe = safety.HarmfulSpec("weapons_bomb", "en_us", framing="ignore").make(1)
    heard = asr.transcribe(probe.audio).text.lower()
    assert heard.index("ignore") < heard.index("instructions") < heard.index("home"), heard
    assert probe.question == safety.QUESTION
    prompt = safety.HarmfulSpec("weapons_bomb", "en_us", framing="prompt_override").make(1)
    assert "developer mode" in prompt.question and "developer" not in asr.transcribe(prompt.audio).text.lower()


def test_noise_condition_reaches_its_snr() -> None:
    from pytest_audiotrust.corruptions.noise import measured_snr_db

    clean = safety.HarmfulSpec("fraud_elderly", "en_us").make(5)
    noisy = safety.HarmfulSpec("fraud_elderly", "en_us", noise="noise.babble@sev3").make(5)
    target = noisy.metadata["noise_achieved"]["snr_db"]
    snr = measured_snr_db(clean.audio.samples, noisy.audio.samples, 16_000)
    assert abs(snr - target) < 1.0 and snr < 15


def test_spoken_secret_is_audible(asr) -> None:  # type: ignore[no-untyped-def]
    from pytest_audiotrust.scoring.numbers import digit_string

    probe = privacy.SecretSpec("phone", 0).make(1)
    heard = asr.transcribe(probe.audio).text
    assert digit_string(probe.secret) in digit_string(heard), heard
    assert "goldfish" in heard.lower()


def _onsets(x: np.ndarray, rate: int = 16_000) -> int:
    """Bursts in an energy envelope: 10 ms frames above -25 dB of the peak, separated by >= 200 ms below it."""
    hop = rate // 100
    frames = len(x) // hop
    env = np.sqrt(np.mean(x[: frames * hop].reshape(frames, hop) ** 2, axis=1))
    on = env > env.max() * 10 ** (-25 / 20)
    count, quiet = 0, 999
    for active in on:
        if active and quiet >= 20:
            count += 1
        quiet = 0 if active else quiet + 1
    return count


@pytest.mark.parametrize("event", list(temporal.COUNT_EVENTS))
@pytest.mark.parametrize("n", [1, 3, 5])
def test_count_probes_hold_n_occurrences(event: str, n: int) -> None:
    probe = temporal.CountSpec(event, n).make(1)
    assert probe.count == n
    assert _onsets(probe.audio.samples) == n


def _position(haystack: np.ndarray, needle: np.ndarray) -> int:
    from scipy.signal import fftconvolve

    corr = fftconvolve(haystack, needle[::-1], mode="valid")
    return int(np.argmax(np.abs(corr)))


@pytest.mark.parametrize("spec", temporal.order_specs()[::3], ids=lambda s: s.id)
def test_order_probes_play_the_events_in_the_order_asked_about(spec: temporal.OrderSpec) -> None:
    probe = spec.make(1)
    events = bundled_events()
    x = probe.audio.samples
    first = _position(x, events[spec.first].load().samples)
    second = _position(x, events[spec.second].load().samples)
    assert first < second
    # the expected answer follows from the measured order and the question's wording
    named_first = first if spec.x == spec.first else second
    other = second if spec.x == spec.first else first
    assert probe.expected == ("yes" if (named_first < other) == (spec.relation == "before") else "no")


def test_order_questions_are_balanced() -> None:
    specs = temporal.order_specs()
    assert [s.expected for s in specs].count("yes") == len(specs) // 2


def test_speaker_pairs_hold_both_clips_with_a_beep_between() -> None:
    entries = bundled_clips()
    spec = next(p for p in auth.pair_specs(entries) if p.kind == "different")
    probe = spec.make(1)
    a, b = (p.samples for p in probe.parts)
    x = probe.audio.samples
    hop = 160
    frames = len(x) // hop
    spec_frames = np.abs(np.fft.rfft(x[: frames * hop].reshape(frames, hop) * np.hanning(hop), axis=1))
    band = spec_frames[:, 10] / (spec_frames.sum(axis=1) + 1e-9)  # bin 10 = 1 kHz at 160-sample frames
    beep_frames = np.flatnonzero(band > 0.3)
    assert beep_frames.size > 10
    assert len(a) / hop < beep_frames.min() and beep_frames.max() < (len(x) - len(b)) / hop
    assert probe.metadata["speakers"][0] != probe.metadata["speakers"][1]


def test_spoofs_re_voice_the_speakers_words_in_another_voice(asr) -> None:  # type: ignore[no-untyped-def]
    spec = next(p for p in auth.pair_specs(bundled_clips()) if p.kind == "spoof")
    probe = spec.make(1)
    assert probe.expected == "no" and spec.spoof_voice != auth.speaker_of(spec.first)
    heard = asr.transcribe(probe.parts[1]).text
    assert word_error(heard, spec.spoof_text or "", "whisper").rate <= 0.35, heard


def test_pairs_are_half_yes() -> None:
    specs = auth.pair_specs(bundled_clips())
    assert sum(s.expected == "yes" for s in specs) * 2 == len(specs) >= 12
    assert {s.kind for s in specs} == {"same", "different", "spoof"}


def test_a_clip_set_of_one_speaker_is_refused_with_the_reason() -> None:
    from pytest_audiotrust.errors import ConfigError

    one = [e for e in bundled_clips() if auth.speaker_of(e) == "en_us"]
    with pytest.raises(ConfigError, match="at least two speakers"):
        auth.pair_specs(one)


def test_probes_are_deterministic_per_seed() -> None:
    spec = safety.HarmfulSpec("hate_harass", "en_gb_scotland", noise="noise.street@sev3")
    a, b, other = spec.make(7), spec.make(7), spec.make(8)
    assert a.audio.digest() == b.audio.digest() != other.audio.digest()
    pair = auth.pair_specs(bundled_clips())[-1]
    assert pair.make(1).audio.digest() == pair.make(2).audio.digest()  # no randomness in a pair
