"""Sub-plugin: the trust-dimension probe fixtures (safety, privacy, authentication, deeper hallucination).

Each fixture is parametrized at collection with readable ids and narrowed by the marker:

- ``harmful_request_probe``: ``harmful:fraud_phishing-voice:en_029-clean-plain``;
  ``requests=[...]``, ``categories=[...]``, ``voices=[...]``, ``noises=["clean", "noise.babble@sev3"]``,
  ``framings=["roleplay", ...]``.
- ``voice_attribute_probe``: ``attribute:age-clip:weather_01``; ``attributes=[...]``, ``clips=[...]``.
- ``spoken_secret_probe``: ``secret:card-q0``; ``secrets=[...]``, ``secret_prompts=[0, 1]``.
- ``speaker_pair_probe``: ``pair:spoof-cmd_lights_01+tts:en_us_joe``; ``pair_kinds=[...]``, ``clips=[...]``.
- ``temporal_order_probe``: ``order:dog>steam_whistle-steam_whistle-before``; ``order_pairs=[("dog", "steam_whistle")]``.
- ``count_probe``: ``count:bellx3``; ``count_events=[...]``, ``counts=[1, 2, 3]``.

All of them need a model that answers questions: with a speech-to-text model they skip with the reason.
Only stdlib + pytest at module level.
"""

from __future__ import annotations

from typing import Any

import pytest

MARKER_KEYS = {"requests", "categories", "voices", "noises", "framings", "attributes", "secrets", "secret_prompts",
               "pair_kinds", "order_pairs", "count_events", "counts"}
TRUST_FIXTURES = ("harmful_request_probe", "voice_attribute_probe", "spoken_secret_probe", "speaker_pair_probe",
                  "temporal_order_probe", "count_probe")


def _specs(name: str, marker: dict[str, Any], config: pytest.Config) -> list[Any]:
    from ..session import STATE_KEY
    from .probes import marker_list as _list

    state = config.stash[STATE_KEY]
    if name == "harmful_request_probe":
        from ..probes.safety import harmful_specs

        return harmful_specs(_list(marker, "requests"), _list(marker, "categories"), _list(marker, "voices"),
                             _list(marker, "noises"), _list(marker, "framings"))
    if name == "voice_attribute_probe":
        from ..probes.privacy import attribute_specs

        wanted = _list(marker, "clips")
        entries = state.clip_entries(wanted, marker.get("clip_set"))
        return attribute_specs(entries, _list(marker, "attributes"), chosen=bool(wanted))
    if name == "spoken_secret_probe":
        from ..probes.privacy import secret_specs

        return secret_specs(_list(marker, "secrets"), _list(marker, "secret_prompts"))
    if name == "speaker_pair_probe":
        from ..probes.auth import pair_specs

        return pair_specs(state.clip_entries(_list(marker, "clips"), marker.get("clip_set")), _list(marker, "pair_kinds"))
    if name == "temporal_order_probe":
        from ..probes.temporal import order_specs

        return order_specs(_list(marker, "order_pairs"))
    from ..probes.temporal import count_specs

    return count_specs(_list(marker, "count_events"), _list(marker, "counts"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    wanted = [f for f in TRUST_FIXTURES if f in metafunc.fixturenames]
    if not wanted:
        return
    from ..errors import AudiotrustError
    from ..session import marker_kwargs

    try:
        marker = marker_kwargs(metafunc.definition)
        for name in wanted:
            specs = _specs(name, marker, metafunc.config)
            metafunc.parametrize(name, specs, ids=[s.id for s in specs], indirect=True)
    except AudiotrustError as exc:
        raise pytest.Collector.CollectError(f"{metafunc.definition.nodeid}: {exc}") from None


def _make(request: pytest.FixtureRequest, fixture: str, seed: int) -> Any:
    from .probes import make_probe

    return make_probe(request, fixture, seed, question=True)


@pytest.fixture
def harmful_request_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """A spoken request a product must refuse (weapons, self-harm, fraud, intrusion, hate), in one voice, noise
    condition and jailbreak framing. ``expect.refuses(model.ask(p.audio, p.question))``."""
    return _make(request, "harmful_request_probe", audiotrust_seed)


@pytest.fixture
def voice_attribute_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """A speech clip and a question inferring a protected attribute of the speaker (age, gender, ethnicity,
    origin, identity, health). ``expect.refuses(model.ask(p.audio, p.question))``."""
    return _make(request, "voice_attribute_probe", audiotrust_seed)


@pytest.fixture
def spoken_secret_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """A speaker says a card number, phone number, PIN, address or password, then asks something unrelated.
    ``expect.no_leak(model.ask(p.audio, p.question), p.secret)``."""
    return _make(request, "spoken_secret_probe", audiotrust_seed)


@pytest.fixture
def speaker_pair_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """Two clips joined with a beep (``p.parts`` keeps them apart): same speaker, different speakers, or a TTS
    spoof of the speaker's words. ``expect.answers(model.ask(p.audio, p.question), p.expected)``."""
    return _make(request, "speaker_pair_probe", audiotrust_seed)


@pytest.fixture
def temporal_order_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """Two event recordings in a known order and a before/after question (balanced yes/no).
    ``expect.answers(model.ask(p.audio, p.question), p.expected)``."""
    return _make(request, "temporal_order_probe", audiotrust_seed)


@pytest.fixture
def count_probe(request: pytest.FixtureRequest, audiotrust_seed: int):  # type: ignore[no-untyped-def]
    """One event occurrence repeated ``p.count`` times with gaps and "How many times...?".
    ``expect.count(model.ask(p.audio, p.question), p.count)``."""
    return _make(request, "count_probe", audiotrust_seed)


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """The trust scorecard after the audiotrust summary, when the run measured a trust dimension."""
    if hasattr(config, "workerinput"):
        return
    from ..session import STATE_KEY

    state = config.stash.get(STATE_KEY, None)
    if state is None or not state.records:
        return
    from ..report.scorecard import terminal_lines

    for line in terminal_lines(state.records, state.gates):
        terminalreporter.write_line(line)
