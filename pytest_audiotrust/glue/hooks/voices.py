"""Sub-plugin for voices and accents: the ``accent`` fixture, parametrized over offline voices.

``@pytest.mark.audiotrust(voices=["en_us_joe", "en_gb_scotland"])`` picks the voices
(default: every English accent, see ``pytest_audiotrust.tts.ACCENT_NAMES``). Ids read
``test_x[voice:en_gb_scotland]``. Stdlib + pytest only at module level.
"""

from __future__ import annotations

from typing import Any

import pytest

MARKER_KEYS = {"voices"}


def _voices_from_marker(metafunc: pytest.Metafunc) -> Any:
    for mark in metafunc.definition.iter_markers("audiotrust"):  # closest first
        if "voices" in mark.kwargs:
            return mark.kwargs["voices"]
    return None


def resolve_voices(value: Any) -> list[str]:
    """Marker ``voices=``: a list of voice names, or ``"accents"`` / ``"all"``."""
    from ...errors import ConfigError
    from ...tts import voices

    if value is None or value == "accents":
        return list(voices.ACCENT_NAMES)
    if value == "all":
        return voices.names()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or not items or not all(isinstance(v, str) for v in items):
        raise ConfigError(
            f"@pytest.mark.audiotrust(voices=...): expected a list of voice names, 'accents' or 'all'; got {value!r}"
        )
    for name in items:
        voices.get(name)  # unknown names: did-you-mean
    return list(dict.fromkeys(items))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "accent" not in metafunc.fixturenames:
        return
    from ...errors import AudiotrustError

    try:
        names = resolve_voices(_voices_from_marker(metafunc))
    except AudiotrustError as exc:
        raise pytest.Collector.CollectError(f"{metafunc.definition.nodeid}: {exc}") from None
    metafunc.parametrize("accent", names, ids=[f"voice:{n}" for n in names], indirect=True)


@pytest.fixture
def accent(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """An offline voice (eSpeak NG accent or the Piper neural voice), parametrized from
    ``@pytest.mark.audiotrust(voices=[...])`` (default: every English accent). ``accent("text")`` speaks
    text (16 kHz ``Audio``); ``accent(speech_clip)`` re-speaks a clip's transcript as a ``Clip``."""
    from ...errors import ConfigError
    from ...tts import voices
    from ...verdicts import results

    if not hasattr(request, "param"):
        raise ConfigError("fixture 'accent' is parametrized at collection; request it in the test signature")
    voice = voices.get(request.param)
    results.current().params["voice"] = {"name": voice.name, "id": voice.id, "engine": voice.engine,
                                         "description": voice.description}
    return voice
