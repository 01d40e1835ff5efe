"""Telephony robustness: do voice commands survive a phone line?

Run it against the bundled Whisper tiny.en (or your model, see conftest.py in the README):

    pytest example_suites/test_telephony_robustness.py --audiotrust-report=telephony.html
    audiotrust corruptions --family codec          # what each severity means
    audiotrust corrupt fixtures/clips/real/allison_transfer.flac -c chain.phone_in_cafe -s 3 -o call.wav   # listen to one

The ``telephony`` suite (corruptions/telephony.toml) runs the 8 kHz telephone band, G.711 mu-law and A-law,
GSM 06.10, G.72x ADPCM and two scenes (a caller in a cafe, a hands-free call from a car) at severities 1 and 3.
Every case records what the corruption achieved (codec, measured bitrate and bandwidth, SNR), so the report
shows *which* line conditions break recognition, not only that something did.
"""

import pytest

from pytest_audiotrust import expect

COMMANDS = ["allison_check_number_dial_again", "allison_transfer", "allison_vm_enter_num_to_call", "allison_vm_starmain",
            "allison_privacy_prompt", "allison_vm_whichbox"]


# A group verdict: most commands over most phone lines must come through nearly word for word.
# (7 corruptions x severities 1, 3 x 4 commands = 56 cases.) Measured on tiny.en, seed 1234, on the real prompts
# (recorded for phone lines at 8 kHz): 56 of 56 pass (Wilson lower bound 0.94). On the synthesised wideband clips
# (the TTS commands this suite used before) 40 of 56 passed: the misses concentrated in the two scenes and GSM.
@pytest.mark.audiotrust(corruptions="telephony", severities=[1, 3], clips=COMMANDS[:4], gate="pass_rate >= 0.5",
                        max_wer=0.35)
def test_commands_survive_a_phone_line(audiotrust_model, speech_clip, corruption):
    heard = audiotrust_model.transcribe(corruption(speech_clip))
    expect.wer(heard, speech_clip.transcript)


# A hard requirement, case by case: the classic 300-3400 Hz band alone must not change what was asked.
# On the real telephone prompts tiny.en passes 6 of 6 (they hold nothing outside the band); on the synthesised
# wideband TTS commands it used before, 3 of 6 failed — the band alone changes what it hears there.
@pytest.mark.audiotrust(corruptions=["codec.telephone"], severities=[2], clips=COMMANDS)
def test_the_classic_telephone_band_keeps_the_meaning(audiotrust_model, speech_clip, corruption):
    clean = audiotrust_model.transcribe(speech_clip)
    phoned = audiotrust_model.transcribe(corruption(speech_clip))
    expect.consistent(phoned, clean, min_similarity=0.8, anchor=speech_clip.transcript)
