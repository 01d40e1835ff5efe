"""pytest-audiotrust: a pytest plugin that stress-tests audio LLMs and speech recognisers.

The package reads as the data flow: ``inputs/`` (audio, clips, bundled data, seeds, word lists) ->
``corruptions/``, ``probes/``, ``tts/`` (stimuli) -> ``models/`` -> ``scoring/`` -> ``verdicts/`` (expect,
thresholds, records, gates, summary, baseline) -> ``report/`` -> ``glue/`` (pytest hooks); ``fixture_table``
declares every parametrized fixture. Modules that moved keep their old import paths (``pytest_audiotrust.audio``,
``.expect``, ``.results``, ``.hooks.models``...): ``MOVED`` maps them to the same module objects.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
from types import MappingProxyType, ModuleType

#: Old module path (under this package) -> where it lives now.
MOVED = MappingProxyType({
    "audio": "inputs.audio", "clips": "inputs.clips", "data": "inputs.data", "loader": "inputs.loader",
    "seeding": "inputs.seeding",
    "expect": "verdicts.expect", "thresholds": "verdicts.thresholds", "results": "verdicts.results",
    "gates": "verdicts.gates", "summary": "verdicts.summary", "baseline": "verdicts.baseline",
    "parametrize": "glue.parametrize", "session": "glue.session", "hookspecs": "glue.hookspecs", "hooks": "glue.hooks",
})


def _new_name(fullname: str) -> str | None:
    tail = fullname[len(__name__) + 1:] if fullname.startswith(__name__ + ".") else None
    if tail is None:
        return None
    head, dot, rest = tail.partition(".")
    return f"{__name__}.{MOVED[head]}{dot}{rest}" if head in MOVED else None


class _OldPaths(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports an old path as the module at its new one (the same object: same classes, same state)."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        if _new_name(fullname) is None:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(_new_name(spec.name) or spec.name)

    def exec_module(self, module: ModuleType) -> None:
        pass


if not any(type(f).__name__ == "_OldPaths" and getattr(f, "package", None) == __name__ for f in sys.meta_path):
    _finder = _OldPaths()
    _finder.package = __name__  # type: ignore[attr-defined]
    sys.meta_path.insert(0, _finder)
