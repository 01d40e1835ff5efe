"""Declarative corruption suites (TOML) and marker resolution.

A suite file (``corruptions/standard.toml``)::

    description = "Everyday acoustic conditions"
    severities = [1, 3, 5]          # default for entries without their own

    [[corruption]]
    name = "noise.white"
    severities = [2, 4]             # optional
    params = { snr_db = 12.0 }      # optional overrides of the documented levels

Loading never executes code (``tomllib``). Errors name the file, the line
where one can be found, and what was expected.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError, unknown_name
from ..inputs.data import suites_dir


@dataclass(frozen=True)
class CaseSpec:
    """One (corruption, severity, params) case a test is parametrized with."""

    name: str
    severity: int
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        extra = "".join(f",{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.name}-sev{self.severity}" + (f"[{extra[1:]}]" if extra else "")


@dataclass(frozen=True)
class Suite:
    name: str
    path: Path
    description: str
    cases: tuple[CaseSpec, ...]


def available_suites() -> dict[str, Path]:
    return {p.stem: p for p in sorted(suites_dir().glob("*.toml"))}


def _line_of(text: str, needle: str) -> int | None:
    for i, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return i
    return None


def _severities(value: Any, where: str) -> list[int]:
    if not isinstance(value, list) or not value:
        raise ConfigError(f"{where}: 'severities' must be a non-empty list of ints 0..5, got {value!r}")
    for s in value:
        if isinstance(s, bool) or not isinstance(s, int) or not 0 <= s <= 5:
            raise ConfigError(f"{where}: severity {s!r} is not an int in 0..5")
    return list(value)


def load_suite(path: str | Path, known: set[str] | None = None) -> Suite:
    """Parse and validate a suite file; ``known`` (corruption names) enables name checks."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"corruption suite {path}: cannot read ({exc.strerror})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"corruption suite {path}: invalid TOML: {exc}") from exc
    allowed_top = {"description", "severities", "corruption"}
    extra = set(data) - allowed_top
    if extra:
        raise ConfigError(f"{path}: unknown top-level key(s) {sorted(extra)}; expected {sorted(allowed_top)}")
    default_sev = _severities(data.get("severities", [1, 2, 3, 4, 5]), f"{path}")
    entries = data.get("corruption")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: expected at least one [[corruption]] table with a 'name'")
    cases: list[CaseSpec] = []
    for i, entry in enumerate(entries, 1):
        name = entry.get("name") if isinstance(entry, dict) else None
        line = _line_of(text, f'"{name}"') if isinstance(name, str) else None
        where = f"{path}:{line}" if line else f"{path} [[corruption]] #{i}"
        if not isinstance(name, str):
            raise ConfigError(f"{where}: [[corruption]] #{i} needs a string 'name' like 'noise.white'")
        bad = set(entry) - {"name", "severities", "params"}
        if bad:
            raise ConfigError(f"{where}: unknown key(s) {sorted(bad)} in [[corruption]]; expected name/severities/params")
        if known is not None and name not in known:
            raise unknown_name(f"corruption (in {where})", name, known)
        params = entry.get("params", {})
        if not isinstance(params, dict):
            raise ConfigError(f"{where}: 'params' must be a table, got {params!r}")
        for sev in _severities(entry.get("severities", default_sev), where):
            cases.append(CaseSpec(name, sev, dict(params)))
    return Suite(path.stem, path, str(data.get("description", "")), tuple(cases))


def resolve(corruptions: Any, severities: Any = None) -> list[CaseSpec]:
    """Expand a marker's ``corruptions=`` (suite name, path, corruption name, or a list) into cases.

    ``severities=`` overrides the severities of suites and applies to bare names (default 1..5).
    """
    from .registry import catalog

    known = set(catalog())
    items = [corruptions] if isinstance(corruptions, (str, Path)) else corruptions
    if not isinstance(items, (list, tuple)) or not items:
        raise ConfigError(
            f"audiotrust marker: corruptions= expects a suite name, a path to a .toml suite, a corruption "
            f"name or a list of them; got {corruptions!r}"
        )
    override = _severities(list(severities), "audiotrust marker") if severities is not None else None
    suites = available_suites()
    out: list[CaseSpec] = []
    for item in items:
        item_s = str(item)
        if item_s in known:
            for sev in override or [1, 2, 3, 4, 5]:
                out.append(CaseSpec(item_s, sev))
        elif item_s in suites or item_s.endswith(".toml"):
            suite = load_suite(suites.get(item_s, Path(item_s)), known)
            if override is None:
                out.extend(suite.cases)
            else:
                seen: list[CaseSpec] = []
                for case in suite.cases:
                    if all(c.name != case.name or c.params != case.params for c in seen):
                        seen.append(case)
                out.extend(CaseSpec(c.name, s, c.params) for c in seen for s in override)
        else:
            raise unknown_name("corruption or suite", item_s, known | set(suites))
    # de-duplicate, keeping order
    unique: dict[str, CaseSpec] = {}
    for c in out:
        unique.setdefault(c.id, c)
    return list(unique.values())
