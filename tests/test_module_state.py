"""No module-level mutable state: caches, loaded models and registries live in the session's ``memo.Memo``.

The rule, checked on every module of the package after importing it:
- no ``functools.cache`` / ``lru_cache`` function and no lock at module level (a lock guards shared state);
- a module-level dict, list, set, bytearray or deque is a declared constant (an ALL_CAPS name) and is not
  mutated by a run (a representative workload below leaves every one of them as it was).
"""

from __future__ import annotations

import collections
import importlib
import pkgutil
import re
import threading
from types import ModuleType

import pytest

import pytest_audiotrust
from pytest_audiotrust import memo

CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")
MUTABLE = (dict, list, set, bytearray, collections.deque)
LOCKS = (type(threading.Lock()), type(threading.RLock()))


def _modules() -> list[ModuleType]:
    return [importlib.import_module(m.name)
            for m in pkgutil.walk_packages(pytest_audiotrust.__path__, "pytest_audiotrust.")]


def _own(module: ModuleType) -> dict[str, object]:
    """The module's own top-level values (not ones it imported from elsewhere)."""
    out = {}
    for name, value in vars(module).items():
        if name.startswith("__"):
            continue
        origin = getattr(value, "__module__", None)
        if callable(value) and origin not in (None, module.__name__):
            continue
        out[name] = value
    return out


def test_no_module_level_caches_locks_or_unnamed_containers() -> None:
    found = []
    for module in _modules():
        for name, value in _own(module).items():
            if hasattr(value, "cache_info") or isinstance(value, LOCKS):
                found.append(f"{module.__name__}.{name} ({type(value).__name__})")
            elif isinstance(value, MUTABLE) and not CONSTANT.fullmatch(name):
                found.append(f"{module.__name__}.{name} ({type(value).__name__}, not a named constant)")
    assert not found, "module-level state (hold it in memo.Memo / config.stash):\n" + "\n".join(found)


def _constants() -> dict[str, str]:
    return {f"{m.__name__}.{name}": repr(value) for m in _modules() for name, value in _own(m).items()
            if isinstance(value, MUTABLE)}


def _workload() -> None:
    """Build every fixture's cases and a probe of each, corrupt a clip, score answers: what a run does."""
    from pytest_audiotrust import expect
    from pytest_audiotrust.clips import clip_set
    from pytest_audiotrust.corruptions import apply
    from pytest_audiotrust.fixture_table import FIXTURES
    from pytest_audiotrust.scoring.answers import parse_answer
    from pytest_audiotrust.scoring.refusal import parse_refusal

    entries = clip_set("bundled")
    narrow = {"corruption": {"corruptions": ["noise.white", "codec.mulaw"], "severities": [2]}}
    for fx in FIXTURES:
        cases = fx.cases(fx.narrowing(narrow.get(fx.name, {}), 1, lambda w, s: [e for e in entries if not w or e.id in w]))
        if fx.records == "probe" and fx.name not in ("harmful_request_probe", "speaker_pair_probe"):  # TTS: slow
            fx.build(cases[0], 1, "t[x]")
    clip = entries[0].load()
    apply(clip, "noise.white", 2, seed=1)
    parse_answer("Yes, I can hear a dog barking in the background.")
    parse_refusal("I'm sorry, but I can't help with that request.")
    with pytest.raises(AssertionError):
        expect.wer("turn of the light", "turn off the lights", max_wer=0.1)


def test_constants_are_not_mutated_by_a_run() -> None:
    with memo.session():
        before = _constants()
        _workload()
        after = _constants()
    changed = sorted(k for k in before if before[k] != after.get(k))
    assert not changed, f"module-level containers mutated by a run (state, not constants): {changed}"


def test_the_memo_is_held_per_session_and_released() -> None:
    from pytest_audiotrust.probes.events import bundled_events

    with memo.session() as first:
        events = bundled_events()
        assert bundled_events() is events and len(first) >= 1
    assert len(first) == 0  # released
    with memo.session():
        assert bundled_events() is not events  # a new session loads its own


def test_the_plugin_opens_a_memo_per_session(pytester: pytest.Pytester) -> None:
    outer = memo.active()
    pytester.makepyfile(
        """
        from pytest_audiotrust import memo

        seen = []

        def test_one():
            seen.append(memo.active())

        def test_same_memo_for_the_session():
            assert memo.active() is seen[0]
        """
    )
    pytester.runpytest_inprocess("-p", "no:cacheprovider").assert_outcomes(passed=2)
    assert memo.active() is outer
