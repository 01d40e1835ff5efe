"""The catalog of corruptions, by ``family.name``.

Every module of this package that defines a ``CORRUPTIONS`` list contributes
to the catalog (discovered with ``pkgutil``, so adding a family is adding a module).
"""

from __future__ import annotations

import importlib
import pkgutil

from ..errors import unknown_name
from ..memo import memoized
from .base import Corruption


def _family_modules() -> list[str]:
    from . import __path__ as pkg_path

    return sorted(m.name for m in pkgutil.iter_modules(pkg_path) if not m.name.startswith("_"))


@memoized
def catalog() -> dict[str, Corruption]:
    out: dict[str, Corruption] = {}
    for mod in _family_modules():
        module = importlib.import_module(f"{__package__}.{mod}")
        for c in getattr(module, "CORRUPTIONS", ()):
            if c.name in out:
                raise RuntimeError(f"corruption {c.name} registered twice")
            out[c.name] = c
    return out


def get(name: str) -> Corruption:
    """Look a corruption up by name; unknown names fail with a 'did you mean'."""
    cat = catalog()
    if name not in cat:
        raise unknown_name("corruption", name, cat)
    return cat[name]


def names() -> list[str]:
    return sorted(catalog())
