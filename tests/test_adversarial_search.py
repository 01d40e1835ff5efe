"""Black-box adversarial search (issue 23): planted models whose answer flips at a known perturbation.

The planted models measure the perturbation they are given themselves (``measured_snr_db`` / the sample-wise
maximum difference against the clean audio they were built with) and flip past a threshold the test sets; the
search sees only their answers.
"""

from __future__ import annotations

import numpy as np
import pytest

from pytest_audiotrust import expect, results
from pytest_audiotrust.corruptions.noise import measured_snr_db
from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.inputs.audio import Audio
from pytest_audiotrust.probes.adversarial import search_flip
from pytest_audiotrust.probes.events import bundled_events
from pytest_audiotrust.verdicts.results import CaseRecord


@pytest.fixture(scope="module")
def dog() -> Audio:
    return bundled_events()["dog"].load()


def snr_threshold_model(clean: Audio, flip_below_db: float):  # type: ignore[no-untyped-def]
    calls = []

    def decide(audio: Audio) -> str:
        calls.append(1)
        snr = measured_snr_db(clean.samples.astype(np.float64), audio.samples.astype(np.float64), clean.sample_rate)
        return "no" if snr < flip_below_db else "yes"

    decide.calls = calls  # type: ignore[attr-defined]
    return decide


def linf_threshold_model(clean: Audio, flip_above: float):  # type: ignore[no-untyped-def]
    def decide(audio: Audio) -> str:
        return "no" if float(np.max(np.abs(audio.samples - clean.samples))) > flip_above else "yes"

    return decide


@pytest.mark.parametrize("threshold", [17.0, 23.3, 6.2])
def test_snr_search_finds_the_known_flip(dog: Audio, threshold: float) -> None:
    decide = snr_threshold_model(dog, threshold)
    r = search_flip(dog, decide, budget="snr_db", max_queries=64, seed=3)
    assert r.flipped and r.clean_answer == "yes" and r.flipped_answer == "no"
    assert threshold - 0.5 < r.flip_at < threshold, r  # bisected to within 5 dB / 2**5 of the boundary
    assert r.measured["snr_db"] < threshold
    assert r.queries == len(decide.calls) <= 64  # type: ignore[attr-defined]


def test_linf_search_finds_the_known_flip(dog: Audio) -> None:
    r = search_flip(dog, linf_threshold_model(dog, 0.0107), budget="linf", seed=4)
    assert r.flipped and 0.0107 < r.flip_at < 0.0107 + 0.008 / 2**5 and r.measured["linf"] > 0.0107


def test_a_model_that_never_flips_spends_at_most_the_query_budget(dog: Audio) -> None:
    calls = []

    def never(audio: Audio) -> str:
        calls.append(1)
        return "yes"

    r = search_flip(dog, never, budget="snr_db", max_queries=20, seed=1)
    assert not r.flipped and r.flip_at is None and r.exhausted and len(calls) == r.queries == 20
    full = search_flip(dog, never, budget="snr_db", directions=2, max_queries=100, seed=1)
    assert not full.exhausted and full.queries == 1 + 2 * 9


def test_the_search_is_seeded(dog: Audio) -> None:
    a = search_flip(dog, snr_threshold_model(dog, 12.0), seed=9)
    b = search_flip(dog, snr_threshold_model(dog, 12.0), seed=9)
    assert a == b


def test_expect_no_flip_reads_the_budget(dog: Audio) -> None:
    rec = CaseRecord(nodeid="t", gate="g")
    results.start(rec)
    try:
        rec.probe = {"question": "Is there a dog barking?"}
        fragile = search_flip(dog, snr_threshold_model(dog, 25.0), seed=2)
        assert not expect.no_flip(fragile, min_snr_db=20).passed  # flips at ~25 dB: inside a 20 dB budget
        sturdy = search_flip(dog, snr_threshold_model(dog, 8.0), seed=2)
        assert expect.no_flip(sturdy, min_snr_db=20).passed  # needs ~8 dB: more noise than allowed
        assert rec.probe["flip"]["flipped"] is True
        with pytest.raises(TypeError, match="min_snr_db"):
            expect.no_flip(sturdy, max_linf=0.01)
    finally:
        results.finish()


def test_bad_search_options_are_named(dog: Audio) -> None:
    with pytest.raises(ConfigError, match="budget"):
        search_flip(dog, lambda a: "yes", budget="l2")
    with pytest.raises(ConfigError, match="weakest first"):
        search_flip(dog, lambda a: "yes", ladder=[0.0, 10.0])
    with pytest.raises(ConfigError, match="max_queries"):
        search_flip(dog, lambda a: "yes", max_queries=0)


@pytest.mark.parametrize("threshold", [17.0, 6.2])
def test_batched_levels_find_the_same_flip_and_count_every_audio_asked(dog: Audio, threshold: float) -> None:
    decide = snr_threshold_model(dog, threshold)
    batches: list[int] = []

    def decide_batch(audios: list[Audio]) -> list[str]:
        batches.append(len(audios))
        return [decide(a) for a in audios]

    sequential = search_flip(dog, snr_threshold_model(dog, threshold), budget="snr_db", max_queries=64, seed=3)
    batched = search_flip(dog, decide, budget="snr_db", max_queries=64, seed=3, decide_batch=decide_batch)
    assert batched.flipped and batched.flip_at == sequential.flip_at and batched.measured == sequential.measured
    assert batches and set(batches) == {4}  # each SNR level's four directions in one call
    assert batched.queries == len(decide.calls) >= sequential.queries  # type: ignore[attr-defined]


def test_batched_search_stops_at_the_query_budget(dog: Audio) -> None:
    never = search_flip(dog, lambda a: "yes", budget="snr_db", max_queries=10, seed=1,
                        decide_batch=lambda audios: ["yes"] * len(audios))
    assert not never.flipped and never.queries == 10
