"""Whisper's batch path: ``workers`` CTranslate2 replicas transcribe a batch concurrently, with the transcripts that
one call after another gives (the speed-up is measured in ``benchmarks/bench_models.py``)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from pytest_audiotrust.audio import Audio
from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.models import FasterWhisper
from pytest_audiotrust.probes.events import bundled_events


def _batch() -> list[Audio]:
    """Real speech (two Allison Smith prompts), a real dog bark (Whisper writes words on it), digital silence."""
    speech = [c.load().audio for c in bundled_clips() if c.id in ("allison_transfer", "allison_vm_starmain")]
    dog = bundled_events()["dog"].load()
    return [*speech, dog, Audio.from_array(np.zeros(16000, "float32"), 16000)]


def test_a_concurrent_batch_gives_the_transcripts_of_one_call_after_another() -> None:
    audios = _batch()
    alone = FasterWhisper("tiny.en", workers=1, cpu_threads=2)  # the one-at-a-time path, two threads per call
    expected = [alone.generate(a).text for a in audios]
    assert len(expected) == 4 and expected[0] and expected[1] and expected[0] != expected[1]
    together = FasterWhisper("tiny.en", workers=2, cpu_threads=1)
    order = [0, 1, 2, 3, 1, 0, 3]
    got = together.generate_batch([(audios[i], None) for i in order])
    assert [r.text for r in got] == [expected[i] for i in order]  # the same words, in input order


def test_the_batch_runs_workers_at_a_time_and_returns_a_failure_in_place() -> None:
    active, peak, lock = [0], [0], threading.Lock()

    class Counting(FasterWhisper):
        def _generate(self, audio, prompt):  # type: ignore[no-untyped-def]
            with lock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            time.sleep(0.2)  # long enough for a second worker to start while this one runs
            with lock:
                active[0] -= 1
            if audio.duration < 0.05:
                raise RuntimeError("clip too short for this test model")
            return super()._generate(audio, prompt)

    audios = _batch()[:2]
    short = Audio.from_array(np.zeros(160, "float32"), 16000)
    got = Counting("tiny.en", workers=2).generate_batch([(audios[0], None), (short, None), (audios[1], None)],
                                                        return_exceptions=True)
    assert peak[0] == 2
    assert "clip too short" in str(got[1]) and got[0].text and got[2].text
    with pytest.raises(Exception, match="clip too short"):
        Counting("tiny.en", workers=2).generate_batch([(audios[0], None), (short, None)])


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "2"])
def test_workers_and_threads_must_be_whole_numbers(bad: object) -> None:
    with pytest.raises(ConfigError, match=r"FasterWhisper\(workers=.*expected a whole number >= 1"):
        FasterWhisper("tiny.en", workers=bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"FasterWhisper\(cpu_threads=.*expected a whole number >= 1"):
        FasterWhisper("tiny.en", cpu_threads=bad)  # type: ignore[arg-type]
