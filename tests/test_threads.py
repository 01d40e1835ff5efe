"""Models compute on this process's share of the cores: under pytest-xdist each worker takes cores / workers
threads instead of every core (OpenMP threads beyond the share spin against the other workers')."""

from __future__ import annotations

import pytest

from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.models.threads import core_share, torch_threads, usable_cores


@pytest.mark.parametrize(("env", "cores", "share"), [
    ({}, 2, 2),                                   # no xdist: every core
    ({"PYTEST_XDIST_WORKER_COUNT": "2"}, 2, 1),   # two workers on two cores
    ({"PYTEST_XDIST_WORKER_COUNT": "2"}, 16, 8),
    ({"PYTEST_XDIST_WORKER_COUNT": "3"}, 8, 2),   # rounded down
    ({"PYTEST_XDIST_WORKER_COUNT": "4"}, 2, 1),   # more workers than cores: still one thread
    ({"PYTEST_XDIST_WORKER_COUNT": "many"}, 4, 4),  # unreadable count: as if alone
])
def test_the_share_divides_the_cores_among_the_workers(env: dict[str, str], cores: int, share: int) -> None:
    assert core_share(env, cores) == share


def test_the_usable_cores_are_the_affinity_not_the_machine() -> None:
    import os

    if not hasattr(os, "sched_getaffinity"):
        pytest.skip("no CPU affinity on this OS")
    assert usable_cores() == len(os.sched_getaffinity(0))


def test_torch_runs_the_block_on_the_share_and_gets_its_setting_back() -> None:
    torch = pytest.importorskip("torch")
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        with torch_threads(1):
            inside = torch.get_num_threads()
        after = torch.get_num_threads()
        with torch_threads(4):  # never more threads than torch was given
            wider = torch.get_num_threads()
    finally:
        torch.set_num_threads(before)
    assert (inside, after, wider) == (1, 2, 2)


def test_the_models_default_to_the_share_under_xdist(monkeypatch: pytest.MonkeyPatch) -> None:
    from pytest_audiotrust.models.faster_whisper import FasterWhisper
    from pytest_audiotrust.models.llm import LocalLLM

    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", str(usable_cores()))  # as many workers as cores
    whisper = FasterWhisper("tiny.en")
    assert (LocalLLM().threads, whisper.workers, whisper.cpu_threads) == (1, 1, 1)
    monkeypatch.delenv("PYTEST_XDIST_WORKER_COUNT")
    assert LocalLLM().threads == usable_cores()
    assert LocalLLM(threads=3).threads == 3


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "2"])
def test_the_llm_threads_must_be_a_positive_integer(bad: object) -> None:
    from pytest_audiotrust.models.llm import LocalLLM

    with pytest.raises(ConfigError, match=r"LocalLLM\(threads=.*expected a positive integer"):
        LocalLLM(threads=bad)  # type: ignore[arg-type]
