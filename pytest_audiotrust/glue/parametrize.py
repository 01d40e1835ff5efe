"""Collection-time parametrization of the table's fixtures (``fixture_table.FIXTURES``) from the ``audiotrust``
marker and options.

Ids read like sentences: ``test_x[noise.white-sev3-clip:weather_01]``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from ..errors import AudiotrustError, ConfigError
from .session import THRESHOLD_NAMES, State

_CORE_KEYS = {"gate", "min_n", "confidence", "repeats", "sample", *THRESHOLD_NAMES}


def known_marker_keys(extra: Iterable[str] = ()) -> set[str]:
    """Marker arguments the plugin accepts: the core ones, the fixture table's and ``extra`` (sub-plugins' keys)."""
    from ..fixture_table import MARKER_KEYS

    return {*_CORE_KEYS, *MARKER_KEYS, *extra}


def parametrize(metafunc: pytest.Metafunc, marker: dict[str, Any], state: State, extra_keys: Iterable[str] = ()) -> None:
    """Check the marker's keys, then parametrize each table fixture the test requests (in table order)."""
    from ..fixture_table import requested

    known = known_marker_keys(extra_keys)
    unknown = set(marker) - known
    try:
        if unknown:
            raise ConfigError(f"@pytest.mark.audiotrust: unknown argument(s) {sorted(unknown)}; expected {sorted(known)}")
        sample = _sample_size(marker, metafunc.config)
        for entry in requested(metafunc.fixturenames):
            cases = entry.cases(entry.narrowing(marker, state.settings.seed, state.clip_entries))
            if sample is not None and len(cases) > sample:
                cases = _draw(cases, sample, state.settings.seed, metafunc.definition.nodeid, entry.name)
            metafunc.parametrize(entry.name, cases, ids=[entry.case_id(c) for c in cases], indirect=True)
    except AudiotrustError as exc:
        raise pytest.Collector.CollectError(f"{metafunc.definition.nodeid}: {exc}") from None


def _sample_size(marker: dict[str, Any], config: pytest.Config) -> int | None:
    """The marker's ``sample=N`` (None with ``--audiotrust-full`` or when absent): how many cases of each table fixture
    the test draws, so a slow model answers a documented sample by default and the full sweep on request."""
    sample = marker.get("sample")
    if sample is None:
        return None
    if isinstance(sample, bool) or not isinstance(sample, int) or sample < 1:
        raise ConfigError(f"@pytest.mark.audiotrust(sample={sample!r}): expected a whole number of cases >= 1")
    return None if config.getoption("audiotrust_full", False) else sample


def _draw(cases: list[Any], n: int, seed: int, nodeid: str, fixture: str) -> list[Any]:
    """``n`` of ``cases`` drawn without replacement, seeded by (global seed, test, fixture), kept in table order."""
    import random

    from ..inputs.seeding import derive_seed

    picked = sorted(random.Random(derive_seed(seed, "sample", nodeid, fixture)).sample(range(len(cases)), n))
    return [cases[i] for i in picked]


def require_param(request: pytest.FixtureRequest, fixture: str) -> Any:
    if not hasattr(request, "param"):
        raise ConfigError(
            f"fixture {fixture!r} is parametrized by pytest-audiotrust at collection; it was requested "
            "indirectly (e.g. from another fixture) where no parameter exists. Request it in the test signature."
        )
    return request.param
