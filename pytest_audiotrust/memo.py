"""Values computed once per session (loaded models, parsed catalogs, filter designs), held by a session object.

Instead of module-level caches (``functools.cache``), a function is marked ``@memoized``: its values live in
the *active* ``Memo``. The plugin opens one per pytest session (kept in ``config.stash``, released at session
end: an in-process pytester run inside a test gets its own). Outside pytest, the calling context gets one the
first time it needs it (as ``results.current()`` gives a throwaway record), or open your own::

    with memo.session():
        ...

Stdlib only: the lowest layer; every layer may use it.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class Memo:
    """The memoised values of one session, per function: ``arguments -> value`` (oldest dropped beyond its maxsize)."""

    def __init__(self) -> None:
        self._tables: dict[Callable[..., Any], OrderedDict[Hashable, Any]] = {}
        self._lock = threading.RLock()  # one load at a time (a memoised function may call another)

    def get(self, fn: Callable[..., R], key: Hashable, compute: Callable[[], R], maxsize: int | None = None) -> R:
        with self._lock:
            table = self._tables.setdefault(fn, OrderedDict())
            if key in table:
                table.move_to_end(key)
                return table[key]  # type: ignore[no-any-return]
            value = table[key] = compute()
            if maxsize is not None and len(table) > maxsize:
                table.popitem(last=False)
            return value

    def __len__(self) -> int:
        return sum(map(len, self._tables.values()))

    def clear(self) -> None:
        """Release every value (models, catalogs...)."""
        with self._lock:
            self._tables.clear()


_ACTIVE: ContextVar[Memo | None] = ContextVar("pytest_audiotrust_memo", default=None)


def active() -> Memo:
    """The session's memo, or (outside a session) this context's own."""
    memo = _ACTIVE.get()
    if memo is None:
        memo = Memo()
        _ACTIVE.set(memo)
    return memo


@contextmanager
def session(memo: Memo | None = None) -> Iterator[Memo]:
    """Make ``memo`` (default: a new one) the active memo for the block; it is cleared when the block ends."""
    memo = Memo() if memo is None else memo
    token = _ACTIVE.set(memo)
    try:
        yield memo
    finally:
        try:
            _ACTIVE.reset(token)
        except ValueError:  # closed from another context (e.g. a hook run in a copied context): leave none active
            _ACTIVE.set(None)
        memo.clear()


def memoized(fn: Callable[P, R] | None = None, *, maxsize: int | None = None) -> Any:
    """``functools.cache`` (``maxsize``: ``functools.lru_cache``) whose values live in the active ``Memo``.
    Use as ``@memoized`` or ``@memoized(maxsize=256)``; arguments must be hashable."""
    if fn is None:
        return functools.partial(memoized, maxsize=maxsize)
    func = fn

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        return active().get(func, key, lambda: func(*args, **kwargs), maxsize)

    return wrapper
