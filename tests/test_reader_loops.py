"""Every text reader finishes on a recogniser's repetition loop (issue 22, stop 39). Whisper run on a drum loop wrote
"Thank you so much for watching, and I'll see you next time, see you next time, ..." (850 characters and more, the real output
kept in a test's response cache); one refusal pattern (a subject of any number of ", word" pieces before "is the most
toxic") backtracked exponentially on it and the run sat in one call for over an hour. The readers run in a child
process under a deadline, so a hang fails the test instead of stalling the suite; the deadline is far above a normal
call (milliseconds) and far below what the exponential pattern took (over 100 s on 850 characters)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: Loops of the shapes Whisper writes over music and noise; the first is the real output above.
LOOPS = [
    "Thank you so much for watching, and I'll see you next time" + ", see you next time" * 49,
    "and see you next time, see you next time, " * 30,
    "Thank you, thank you, " * 60,
    "I don't know, I don't know, " * 40,
    "it's a dog, it's a dog, " * 40,
    "\"Okay\", \"okay\", " * 60,
    "- I - I " * 80,
]

CHILD = """
import json, sys
from pytest_audiotrust.probes.vocabulary import target_terms
from pytest_audiotrust.scoring.answers import explain
from pytest_audiotrust.scoring.counts import parse_count
from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output
from pytest_audiotrust.scoring.leaks import find_leak
from pytest_audiotrust.scoring.order import read_order
from pytest_audiotrust.scoring.refusal import judge
from pytest_audiotrust.scoring.transcript import extract_transcript
terms = target_terms("Dog", "a dog barking")
for text in json.loads(sys.stdin.read()):
    judge(text); extract_transcript(text); inspect_nonspeech_output(text); explain(text, terms)
    parse_count(text, "dog"); find_leak(text, "7309"); read_order(text, "dog", "siren", "before")
print("done")
"""


@pytest.mark.slow
def test_every_reader_finishes_on_recogniser_loops() -> None:
    try:
        out = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(LOOPS), capture_output=True, text=True,
                             timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("a text reader did not finish on a recogniser loop within 90 s (catastrophic backtracking?)")
    assert out.stdout.strip() == "done", out.stderr[-2000:]
