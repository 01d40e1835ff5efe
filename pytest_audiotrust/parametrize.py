"""Collection-time parametrization of the plugin's fixtures from the ``audiotrust`` marker and options.

Ids read like sentences: ``test_x[noise.white-sev3-clip:weather_01]``.
"""

from __future__ import annotations

from typing import Any

import pytest

from .errors import AudiotrustError, ConfigError
from .session import THRESHOLD_NAMES, State

_CORE_KEYS = {"corruptions", "severities", "gate", "min_n", "confidence", "repeats", "probes", "clips", "clip_set",
              *THRESHOLD_NAMES}


def known_marker_keys() -> set[str]:
    """Marker arguments the plugin accepts: the core ones plus each sub-plugin's ``MARKER_KEYS``."""
    from . import hooks

    keys = set(_CORE_KEYS)
    for module in hooks.modules():
        keys |= set(getattr(module, "MARKER_KEYS", ()))
    return keys


def parametrize(metafunc: pytest.Metafunc, marker: dict[str, Any], state: State) -> None:
    """Parametrize ``corruption``, ``speech_clip`` and ``nonspeech_probe`` where a test requests them."""
    known = known_marker_keys()
    unknown = set(marker) - known
    where = metafunc.definition.nodeid
    try:
        if unknown:
            raise ConfigError(f"@pytest.mark.audiotrust: unknown argument(s) {sorted(unknown)}; expected {sorted(known)}")
        names = metafunc.fixturenames
        if "corruption" in names:
            if "corruptions" not in marker:
                raise ConfigError(
                    "the corruption fixture needs @pytest.mark.audiotrust(corruptions=...) naming a suite "
                    "(e.g. 'standard') or corruptions (e.g. ['noise.white'])"
                )
            from .corruptions.suites import resolve

            cases = resolve(marker["corruptions"], marker.get("severities"))
            metafunc.parametrize("corruption", cases, ids=[c.id for c in cases], indirect=True)
        if "speech_clip" in names:
            wanted = marker.get("clips")
            entries = state.clip_entries([wanted] if isinstance(wanted, str) else wanted, marker.get("clip_set"))
            metafunc.parametrize("speech_clip", entries, ids=[f"clip:{e.id}" for e in entries], indirect=True)
        if "nonspeech_probe" in names:
            from . import probes

            chosen = marker.get("probes") or probes.names()
            specs = [probes.get(n) for n in chosen]
            metafunc.parametrize("nonspeech_probe", specs, ids=[f"probe:{p.name}" for p in specs], indirect=True)
    except AudiotrustError as exc:
        raise pytest.Collector.CollectError(f"{where}: {exc}") from None


def require_param(request: pytest.FixtureRequest, fixture: str) -> Any:
    if not hasattr(request, "param"):
        raise ConfigError(
            f"fixture {fixture!r} is parametrized by pytest-audiotrust at collection; it was requested "
            "indirectly (e.g. from another fixture) where no parameter exists. Request it in the test signature."
        )
    return request.param
