"""Repeats, as a team testing a sampling model writes them: each case runs k times and every run is a real
model call (the run index is part of the response-cache key), so pass^k comes from k samples — and a warm
re-run replays the same k samples from the cache.

    pytest example_suites/test_sampling_model_repeats.py --audiotrust-model='openai:http://gpu-box:8000/v1#my-audio-llm?temperature=0.7'

With the bundled Whisper (temperature 0) the k runs agree; a model that samples shows its spread in pass^k.
"""

import pytest

from pytest_audiotrust import expect

COMMANDS = ["allison_transfer", "allison_vm_starmain"]  # real recordings (Allison Smith, CC-BY-SA-3.0)


@pytest.mark.audiotrust(repeats=3, reducer="all", clips=COMMANDS)
def test_commands_are_understood_every_time(audiotrust_model, speech_clip):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.15)
