"""CPU threads for a model's compute when several processes share the cores (pytest-xdist workers).

Torch and CTranslate2 size their thread pools to every core of the machine. Under ``pytest -n N`` each of the N
worker processes does so, and OpenMP's spinning threads then fight for the same cores: on a 2-core machine, two
local-LLM tests under ``-n 2`` took 236 s with torch's default two threads per worker and 98 s with one. A model
therefore computes on this process's share of the cores (:func:`core_share`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the OS reports one), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def core_share(environ: Mapping[str, str] | None = None, cores: int | None = None) -> int:
    """This process's share of the cores: :func:`usable_cores` divided among the pytest-xdist workers that share
    them (``PYTEST_XDIST_WORKER_COUNT``, which xdist sets in each worker), at least 1."""
    env = os.environ if environ is None else environ
    try:
        workers = max(1, int(env.get("PYTEST_XDIST_WORKER_COUNT", "1")))
    except ValueError:
        workers = 1
    return max(1, (usable_cores() if cores is None else cores) // workers)


@contextmanager
def torch_threads(n: int) -> Iterator[None]:
    """Run the block on at most ``n`` torch intra-op threads, restoring torch's setting after."""
    import torch

    before = torch.get_num_threads()
    if before <= n:
        yield
        return
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)
