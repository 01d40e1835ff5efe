"""A hallucination spec: no words from non-speech, no invented words around long pauses, no phantom sounds.

    pytest example_suites/test_hallucination_probes.py --audiotrust-report=report.html

The transcription checks run on Whisper tiny.en as a product would ship it (behind its VAD filter).
The question probes (absent events, present-event controls, mismatched audio) need an audio LLM:
point ``--audiotrust-model`` at one (or override ``audiotrust_model``); with the default
speech-to-text Whisper they are skipped with the reason.

Known finding (measured): faster-whisper's VAD filter lets the bell and telephone-ring probes
through and tiny.en writes a "beep beep ..." loop there, although Silero VAD hears no speech.
"""

import pytest

from pytest_audiotrust import expect


@pytest.fixture(scope="module")
def product_asr(audiotrust_load_model):
    """The configuration we ship: Whisper tiny.en behind its Silero VAD filter."""
    return audiotrust_load_model("whisper:tiny.en", vad_filter=True)


# Nothing said -> nothing written (silence, noise, tones, music, everyday sounds, garbage, very short/long audio).
def test_no_words_from_non_speech(product_asr, nonspeech_probe):
    expect.no_speech(product_asr.transcribe(nonspeech_probe), audio=nonspeech_probe)


# Long silences before, between and after speech, a cut mid-word, noise after speech: no words never said.
@pytest.mark.audiotrust(clips=["allison_transfer", "allison_privacy_prompt", "allison_vm_whichbox"])
def test_no_invented_words_around_pauses(product_asr, long_pause_probe):
    out = product_asr.transcribe(long_pause_probe)
    expect.no_insertions(out, long_pause_probe.reference, max_rate=0.1, audio=long_pause_probe)


# POPE-style: a sound that is not there (random, popular, co-occurring) must be denied, in every phrasing.
def test_no_phantom_sound_events(audiotrust_model, absent_event_probe):
    expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))


# Control: a model that always says "no" must not pass the absent-event probes for free.
def test_hears_the_sounds_that_are_there(audiotrust_model, present_event_probe):
    expect.affirms(audiotrust_model.ask(present_event_probe.audio, present_event_probe.question))


# Answers must come from the audio, not from the question: silence, noise, another sound or speech instead.
def test_answers_come_from_the_audio(audiotrust_model, mismatched_audio_probe):
    expect.denies(audiotrust_model.ask(mismatched_audio_probe.audio, mismatched_audio_probe.question))
