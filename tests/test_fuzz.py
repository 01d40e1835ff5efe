"""Property tests (hypothesis): corruptions never crash on finite audio and keep their documented length."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from pytest_audiotrust.audio import Audio
from pytest_audiotrust.corruptions import catalog

RATES = st.sampled_from([8_000, 16_000, 22_050, 48_000])
#: Corruptions that need more than audio (e.g. the text to re-speak) are fuzzed by their own tests.
NEEDS_TEXT = {name for name, c in catalog().items() if "text" in c.levels[0]}


@st.composite
def audio(draw) -> Audio:  # type: ignore[no-untyped-def]
    rate = draw(RATES)
    n = draw(st.integers(min_value=rate // 50, max_value=rate))  # 20 ms .. 1 s
    samples = draw(arrays(np.float32, n, elements=st.floats(-1.0, 1.0, width=32)))
    return Audio(samples, rate)


@pytest.mark.parametrize("name", sorted(set(catalog()) - NEEDS_TEXT))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(x=audio(), severity=st.integers(0, 5), seed=st.integers(0, 2**32 - 1))
def test_any_finite_audio_gives_finite_audio_of_documented_length(name: str, x: Audio, severity: int, seed: int) -> None:
    c = catalog()[name]
    out = c.apply(x, severity, np.random.default_rng(seed))
    assert isinstance(out.audio, Audio)
    assert np.isfinite(out.audio.samples).all()
    assert out.achieved["severity"] == severity
    if c.length == "same":
        assert out.audio.frames == x.frames, f"{name} sev{severity}: {x.frames} -> {out.audio.frames} frames"
    if severity == 0:
        assert out.audio == x


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), st.from_regex(r"(yes|no|not|never|maybe|I (can't|do) hear)[ ,.!a-z]{0,40}")))
def test_answer_parser_never_raises_and_always_picks_one_of_four(text: str) -> None:
    from pytest_audiotrust.scoring.answers import Answer, parse_answer

    assert parse_answer(text) in set(Answer)
