"""Score a meaning-pair table through the public verdict (``python tests/_consistent_score.py MODULE [--misses]``).

MODULE is a table module on ``tests/`` (``_heldout_consistent``) or a path to one; it holds
``PAIRS: list[tuple[output, other, same_meaning, kind]]``. Each row is judged by ``expect.consistent(output, other)``
with its defaults, as a user calls it: passing means "same meaning", ``ExpectationFailed`` means "different". A row is
right when that matches ``same_meaning``; a wrong same-meaning row is a false flip, a wrong different-meaning row a
missed flip. Totals per kind, per label and in all; ``--misses`` adds the wrong rows with the failure's first line.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    false_flips: int = 0
    missed_flips: int = 0

    def add(self, same: bool, passed: bool) -> None:
        self.total += 1
        if passed == same:
            self.right += 1
        elif same:
            self.false_flips += 1
        else:
            self.missed_flips += 1

    def line(self, name: str) -> str:
        pct = 100 * self.right / self.total if self.total else 0.0
        return (f"{name}: {self.right}/{self.total} = {pct:.1f}% right "
                f"(false flips {self.false_flips}, missed flips {self.missed_flips})")


@dataclass
class Score:
    all: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=dict)
    by_label: dict[str, Tally] = field(default_factory=dict)
    misses: list[tuple[str, str, bool, str, str]] = field(default_factory=list)


def load(name: str) -> ModuleType:
    """The table module by name (on ``tests/``) or by file path."""
    if name.endswith(".py"):
        spec = importlib.util.spec_from_file_location(Path(name).stem, name)
        if spec is None or spec.loader is None:
            raise SystemExit(f"_consistent_score: cannot load table file {name!r}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    return importlib.import_module(name)


def judge(output: str, other: str) -> tuple[bool, str]:
    """(passed, first line of the failure) as ``expect.consistent`` decides with its defaults."""
    from pytest_audiotrust import expect
    from pytest_audiotrust.verdicts.expect import ExpectationFailed

    try:
        expect.consistent(output, other)
    except ExpectationFailed as exc:
        return False, (str(exc).splitlines() or [""])[0]
    return True, ""


def score(module: ModuleType) -> Score:
    result = Score()
    for output, other, same, kind in module.PAIRS:
        passed, why = judge(output, other)
        label = "same meaning" if same else "flip"
        for tally in (result.all, result.by_kind.setdefault(kind, Tally()), result.by_label.setdefault(label, Tally())):
            tally.add(same, passed)
        if passed != same:
            result.misses.append((output, other, same, kind, why))
    return result


def render(result: Score, misses: bool = False) -> str:
    lines = [result.all.line("all")]
    lines += [result.by_kind[k].line(f"  kind {k}") for k in sorted(result.by_kind)]
    lines += [result.by_label[k].line(f"  label {k}") for k in sorted(result.by_label)]
    if misses:
        for output, other, same, kind, why in result.misses:
            lines.append(f"    [{kind}] expected {'same' if same else 'flip'}: {output!r} / {other!r} -> {why or 'passed'}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "--misses"]
    if len(args) != 1:
        print("usage: python tests/_consistent_score.py MODULE [--misses]", file=sys.stderr)
        return 2
    print(render(score(load(args[0])), misses="--misses" in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
