"""Sub-plugin: one fixture per entry of the fixture table (``fixture_table.FIXTURES``), built from its case.

Each fixture takes the case it was parametrized with (``glue/parametrize.py``), builds its value seeded as the
entry says, records it on the running test and, for an entry that asks the model a question, skips (with the
reason) for a model that cannot answer questions, e.g. the bundled Whisper (speech-to-text only).

Only stdlib + pytest at module level; the probe builders are imported when used.
"""

from __future__ import annotations

from typing import Any

import pytest

from ...fixture_table import FIXTURES, Fixture


def require_asking_model(request: pytest.FixtureRequest) -> None:
    """Skip (not error) when the session's model under test cannot answer questions."""
    if "audiotrust_model" not in request.fixturenames:
        return
    model = request.getfixturevalue("audiotrust_model")
    caps = getattr(model, "capabilities", frozenset({"ask"}))
    if "ask" not in caps:
        pytest.skip(f"{request.node.name}: model {getattr(model, 'id', model)!r} cannot answer questions about audio "
                    f"(capabilities: {sorted(caps)}); question probes need an audio LLM (--audiotrust-model)")


def provide(request: pytest.FixtureRequest, entry: Fixture, seed: int) -> Any:
    """The value of ``entry``'s fixture for the case it is parametrized with, recorded on the running test."""
    from ...verdicts import results
    from ..parametrize import require_param
    from ..session import strip_repeat_id

    case = require_param(request, entry.name)
    if entry.asks:
        require_asking_model(request)
    # repeats of one case (ids ending -repN) hear the same audio
    value = entry.build(case, seed, strip_repeat_id(request.node.nodeid))
    if entry.records == "probe":
        results.current().probe = value.record()
        from ...report.artifacts import attach_audio  # no-op unless --audiotrust-report-audio

        attach_audio("probe", value)
    elif entry.records == "corruption":
        value.observer = record_corruption
    elif entry.records == "clip":
        results.current().clip = {"id": value.id, "transcript": value.transcript, "path": str(case.path),
                                  **{k: v for k, v in value.metadata.items() if isinstance(v, (str, int, float))}}
    return value


def record_corruption(bound: Any, clean: Any, out: Any, seconds: float) -> None:
    """A corruption applied in a test: its time, its clean and corrupted audio (report) and what it achieved."""
    from ...report.artifacts import attach_audio  # no-op unless --audiotrust-report-audio
    from ...verdicts import results

    results.add_time("corrupt", seconds)
    attach_audio("clean", clean)
    attach_audio("corrupted", out.audio)
    results.current().corruption = {"name": bound.name, "family": bound.corruption.family, "severity": bound.severity,
                                    "seed": bound.seed, "achieved": out.achieved}


def _fixture(entry: Fixture) -> Any:
    def fixture(request: pytest.FixtureRequest, audiotrust_seed: int) -> Any:
        return provide(request, entry, audiotrust_seed)

    fixture.__name__ = fixture.__qualname__ = entry.name
    fixture.__doc__ = entry.doc
    return pytest.fixture(name=entry.name)(fixture)


globals().update({entry.name: _fixture(entry) for entry in FIXTURES})


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function):  # type: ignore[no-untyped-def]
    """A question probe asked of a model that cannot answer questions is skipped with the model's reason."""
    try:
        return (yield)
    except Exception as exc:
        from ...errors import CapabilityError

        if isinstance(exc, CapabilityError) and any(f.asks and f.name in pyfuncitem.fixturenames for f in FIXTURES):
            pytest.skip(f"question probe skipped: {exc}")
        raise
