"""A spec for a chat audio LLM (Qwen2-Audio, GPT-4o-audio, Gemini, Voxtral...) that answers in sentences.

    pytest example_suites/test_chat_model_answers.py --audiotrust-report=report.html \
        --audiotrust-model='openai:http://gpu-box:8000/v1#Qwen/Qwen2-Audio-7B-Instruct'

Chat models wrap transcripts ("Sure! Here's the transcription: ..."), abstain in words on non-speech
("The audio contains no speech.") and answer yes/no questions with sentences about the sound they hear
("It's a siren, not a dog."). The expectations read them that way: ``wer`` scores the transcript inside the
wrapper (raw and extracted are both in the report), ``no_speech`` accepts abstentions but not invented words
around them, and ``denies``/``affirms`` judge the answer about the sound the probe asked about. The report's
case table shows the rule that decided each answer.
"""

import pytest

from pytest_audiotrust import expect


# "The original content of this audio is: '...'" is scored as the transcript inside the quotes.
def test_transcript_inside_the_chat_wrapper_is_accurate(audiotrust_model, speech_clip):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.2)


# "I'm sorry, there is no speech; I only hear rain." passes; "There is no speech. Thanks for watching!" fails.
def test_abstains_or_says_nothing_on_non_speech(audiotrust_model, nonspeech_probe):
    expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))


# The target comes from the probe: "It's a siren, not a dog." denies an absent dog.
@pytest.mark.audiotrust(sample=6)
def test_denies_sounds_that_are_not_there(audiotrust_model, absent_event_probe):
    expect.denies(audiotrust_model.ask(absent_event_probe.audio, absent_event_probe.question))


# A description of the sound ("A dog barks in the distance.") is a yes without a yes-word.
@pytest.mark.audiotrust(sample=4)
def test_hears_sounds_that_are_there(audiotrust_model, present_event_probe):
    expect.affirms(audiotrust_model.ask(present_event_probe.audio, present_event_probe.question))


# A question of your own: name what is asked about with target=.
@pytest.mark.audiotrust(sample=3)
def test_no_siren_in_a_voice_command(audiotrust_model, speech_clip):
    answer = audiotrust_model.ask(speech_clip.audio, "Is there a siren in this recording?")
    expect.denies(answer, target="a siren")
