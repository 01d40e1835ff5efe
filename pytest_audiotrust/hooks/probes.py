"""Hallucination probe fixtures: absent events, present-event controls, mismatched audio, long pauses.

Each fixture is parametrized at collection with readable ids
(``absent:car_horn@dog-adversarial-q0``, ``present:cow-q1``,
``mismatched:siren-silence-q0``, ``pause.trailing_10s-clip:weather_01``) and narrowed by
``@pytest.mark.audiotrust(events=[...], absent_strategies=[...], phrasings=[...], controls=[...],
pause_variants=[...], clips=[...])``. Question probes skip (with the reason) for a model that
cannot answer questions, e.g. the bundled Whisper (speech-to-text only).

Only stdlib + pytest at module level; the probe builders are imported when used.
"""

from __future__ import annotations

from typing import Any

import pytest

MARKER_KEYS = {"events", "absent_strategies", "phrasings", "controls", "pause_variants"}

QUESTION_FIXTURES = ("absent_event_probe", "present_event_probe", "mismatched_audio_probe")
PROBE_FIXTURES = (*QUESTION_FIXTURES, "long_pause_probe")


def marker_list(marker: dict[str, Any], key: str) -> list[Any] | None:
    """A marker argument as a list (a single name or number becomes a one-item list); None when absent."""
    value = marker.get(key)
    if value is None:
        return None
    return [value] if isinstance(value, (str, int)) else list(value)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    wanted = [f for f in PROBE_FIXTURES if f in metafunc.fixturenames]
    if not wanted:
        return
    from ..errors import AudiotrustError
    from ..probes import questions
    from ..probes.pauses import pause_specs
    from ..session import STATE_KEY, marker_kwargs

    state = metafunc.config.stash[STATE_KEY]
    try:
        marker = marker_kwargs(metafunc.definition)
    except AudiotrustError as exc:
        raise pytest.Collector.CollectError(str(exc)) from None
    seed = state.settings.seed
    events, phrasings = marker_list(marker, "events"), marker_list(marker, "phrasings")
    try:
        for name in wanted:
            if name == "absent_event_probe":
                specs: list[Any] = questions.absent_specs(seed, events, marker_list(marker, "absent_strategies"), phrasings)
            elif name == "present_event_probe":
                specs = questions.present_specs(events, phrasings)
            elif name == "mismatched_audio_probe":
                specs = questions.mismatched_specs(events, marker_list(marker, "controls"), phrasings)
            else:
                specs = pause_specs(state.clip_entries(marker_list(marker, "clips"), marker.get("clip_set")),
                                    marker_list(marker, "pause_variants"))
            metafunc.parametrize(name, specs, ids=[s.id for s in specs], indirect=True)
    except AudiotrustError as exc:
        raise pytest.Collector.CollectError(f"{metafunc.definition.nodeid}: {exc}") from None


def require_asking_model(request: pytest.FixtureRequest) -> None:
    """Skip (not error) when the session's model under test cannot answer questions."""
    if "audiotrust_model" not in request.fixturenames:
        return
    model = request.getfixturevalue("audiotrust_model")
    caps = getattr(model, "capabilities", frozenset({"ask"}))
    if "ask" not in caps:
        pytest.skip(f"{request.node.name}: model {getattr(model, 'id', model)!r} cannot answer questions about audio "
                    f"(capabilities: {sorted(caps)}); question probes need an audio LLM (--audiotrust-model)")


def make_probe(request: pytest.FixtureRequest, fixture: str, seed: int, question: bool) -> Any:
    """Build the parametrized probe of ``fixture`` (seeded by its id), record it on the running test and, for a
    question probe, skip when the model under test cannot answer questions (also used by ``hooks/trust``)."""
    from .. import results
    from ..parametrize import require_param
    from ..seeding import derive_seed

    spec = require_param(request, fixture)
    if question:
        require_asking_model(request)
    probe = spec.make(derive_seed(seed, "probe", spec.id))
    results.current().probe = probe.record()
    from ..report.artifacts import attach_audio  # no-op unless --audiotrust-report-audio

    attach_audio("probe", probe)
    return probe


@pytest.fixture
def absent_event_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """An event clip and a question about a sound that is absent from it (POPE-style: chosen at random,
    by popularity or adversarially by co-occurrence; several phrasings). Right answer: no.
    ``expect.denies(model.ask(absent_event_probe.audio, absent_event_probe.question))``."""
    return make_probe(request, "absent_event_probe", audiotrust_seed, True)


@pytest.fixture
def present_event_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """Control for absent-event probes: a question about the sound that is present. Right answer: yes
    (a model that always says "no" fails). ``expect.affirms(model.ask(p.audio, p.question))``."""
    return make_probe(request, "present_event_probe", audiotrust_seed, True)


@pytest.fixture
def mismatched_audio_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """No-audio / mismatched-audio control: a question about a sound asked with silence, noise, another event
    or speech instead. Right answer: no (abstain also accepted for silence); exposes answers from text priors."""
    return make_probe(request, "mismatched_audio_probe", audiotrust_seed, True)


@pytest.fixture
def long_pause_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """A speech clip with long silences before/inside/after it, cut mid-word, or followed by noise; its
    ``reference`` is what was said. ``expect.no_insertions(model.transcribe(p), p.reference)``."""
    return make_probe(request, "long_pause_probe", audiotrust_seed, False)


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function):  # type: ignore[no-untyped-def]
    """A question probe (here or a trust probe of ``hooks/trust``) asked of a model that cannot answer questions is
    skipped with the model's reason."""
    try:
        return (yield)
    except Exception as exc:
        from ..errors import CapabilityError
        from .trust import TRUST_FIXTURES

        asking = (*QUESTION_FIXTURES, *TRUST_FIXTURES)
        if isinstance(exc, CapabilityError) and any(f in pyfuncitem.fixturenames for f in asking):
            pytest.skip(f"question probe skipped: {exc}")
        raise
