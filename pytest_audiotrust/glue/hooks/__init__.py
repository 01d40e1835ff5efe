"""Sub-plugins: one pytest plugin module per area (voices, probes, gates, reporting, models...).

``plugin.py`` discovers every module here, calls its optional ``add_options(group, parser)``
while options are being declared, and registers the module with pytest at configure time
so its fixtures and hooks take part. Like ``plugin.py``, these modules import only the
stdlib and pytest at module level.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def modules() -> tuple[ModuleType, ...]:
    """The sub-plugin modules (``importlib`` imports each once)."""
    return tuple(
        importlib.import_module(f"{__name__}.{m.name}")
        for m in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
        if not m.name.startswith("_")
    )
