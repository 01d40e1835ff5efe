"""A trust spec a voice-assistant team would write: robustness (INV), accuracy (MFT) and hallucination.

Run it against the bundled default model (Whisper tiny.en for speech, YAMNet for sounds):

    pytest example_suites --audiotrust-report=report.html

Some cases are *meant* to fail: Whisper with its hallucination filters turned off
writes words ("You", "Thank you.") on silence and noise — a real finding the report shows.
"""

import pytest

from pytest_audiotrust import expect


@pytest.fixture(scope="module")
def raw_whisper(audiotrust_load_model):
    """Whisper tiny.en with its hallucination filters off, as some products ship it."""
    return audiotrust_load_model("whisper:tiny.en", no_speech_threshold=None, log_prob_threshold=None,
                                 compression_ratio_threshold=None)


@pytest.fixture(scope="module")
def vad_whisper(audiotrust_load_model):
    """Whisper tiny.en behind its Silero VAD filter: the product's recommended configuration."""
    return audiotrust_load_model("whisper:tiny.en", vad_filter=True)


# MFT: the clean transcript is accurate.
def test_transcript_is_accurate(audiotrust_model, speech_clip):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.15)


# INV: mild everyday noise does not change the meaning of what was said.
COMMANDS = ["allison_check_number_dial_again", "allison_transfer", "allison_vm_enter_num_to_call", "allison_vm_starmain",
            "allison_privacy_prompt", "allison_vm_whichbox"]


@pytest.mark.audiotrust(corruptions=["noise.white", "noise.pink", "noise.brown"], severities=[1, 3], clips=COMMANDS)
def test_meaning_survives_noise(audiotrust_model, speech_clip, corruption):
    clean = audiotrust_model.transcribe(speech_clip)
    noisy = audiotrust_model.transcribe(corruption(speech_clip))
    expect.consistent(noisy, clean, min_similarity=0.8, anchor=speech_clip.transcript)


NON_SPEECH = ["silence.digital", "noise.white_-15dBFS", "event.dog", "tone.sweep_50Hz-7kHz", "short.noise_0.2s"]


# Hallucination: the configuration we ship says nothing when nothing is said.
@pytest.mark.audiotrust(probes=NON_SPEECH)
def test_vad_whisper_writes_nothing_on_non_speech(vad_whisper, nonspeech_probe):
    expect.no_speech(vad_whisper.transcribe(nonspeech_probe))


# Hallucination: the same model without filters — expected to fail on some probes (that is the finding).
@pytest.mark.audiotrust(probes=NON_SPEECH)
def test_raw_whisper_writes_nothing_on_non_speech(raw_whisper, nonspeech_probe):
    expect.no_speech(raw_whisper.transcribe(nonspeech_probe))
