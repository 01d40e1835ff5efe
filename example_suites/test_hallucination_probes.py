"""A hallucination spec: no words from non-speech, no invented words around long pauses, no phantom sounds.

    pytest example_suites/test_hallucination_probes.py --audiotrust-report=report.html

Every check runs on ``audiotrust_model``, the model you point the suite at (``--audiotrust-model`` or an
``audiotrust_model`` fixture in conftest.py). The default is the bundled pair: Whisper tiny.en writes down
speech, YAMNet (an AudioSet sound classifier, not an LLM) answers the questions about sounds, so no
question probe is skipped. Point it at an audio LLM to test that instead. Whisper behind its VAD filter
runs beside it as an extra model (``audiotrust_load_model``), to compare configurations.
"""

import pytest

from pytest_audiotrust import expect


@pytest.fixture(scope="module")
def product_asr(audiotrust_load_model):
    """The configuration we ship: Whisper tiny.en behind its Silero VAD filter."""
    return audiotrust_load_model("whisper:tiny.en", vad_filter=True)


# Nothing said -> nothing written (silence, noise, tones, music, real everyday sounds, garbage, very short/long audio).
def test_no_words_from_non_speech(audiotrust_model, nonspeech_probe):
    expect.no_speech(audiotrust_model.transcribe(nonspeech_probe), audio=nonspeech_probe)


# The same probes on Whisper behind its VAD filter: the configuration comparison.
def test_vad_filtered_whisper_writes_nothing_on_non_speech(product_asr, nonspeech_probe):
    expect.no_speech(product_asr.transcribe(nonspeech_probe), audio=nonspeech_probe)


# Long silences before, between and after speech, a cut mid-word, noise after speech: no words never said.
@pytest.mark.audiotrust(clips=["allison_transfer", "allison_privacy_prompt", "allison_vm_whichbox"])
def test_no_invented_words_around_pauses(audiotrust_model, long_pause_probe):
    out = audiotrust_model.transcribe(long_pause_probe)
    expect.no_insertions(out, long_pause_probe.reference, max_rate=0.1, audio=long_pause_probe)


# POPE-style: a sound that is not there (random, popular, co-occurring) must be denied, in every phrasing.
@pytest.mark.audiotrust(sample=12)
def test_no_phantom_sound_events(audiotrust_model, absent_event_probe):
    expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))


# Control: a model that always says "no" must not pass the absent-event probes for free.
@pytest.mark.audiotrust(sample=6)
def test_hears_the_sounds_that_are_there(audiotrust_model, present_event_probe):
    expect.affirms(audiotrust_model.ask(present_event_probe.audio, present_event_probe.question))


# Answers must come from the audio, not from the question: silence, noise, another sound or speech instead.
@pytest.mark.audiotrust(sample=4)
def test_answers_come_from_the_audio(audiotrust_model, mismatched_audio_probe):
    expect.denies(audiotrust_model.ask(mismatched_audio_probe.audio, mismatched_audio_probe.question))
