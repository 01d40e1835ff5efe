"""Train the learned readers (``pytest_audiotrust.scoring.learned``) on the labelled tables in ``tests/`` and write
``pytest_audiotrust/scoring/learned_readers/<kind>.npz``.

``python scripts/make_learned_readers.py [--out DIR] [--exclude-round5-dev]``: every table holding a kind's list
(``tests/_learned_tables.py``) except the blind held-out tables kept out for good (``HELD_OUT``); with
``--exclude-round5-dev`` also round 5's dev halves (the readers scored at first sight). Deterministic: L-BFGS from
zeros on the same rows gives the same weights.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import _learned_tables as tables  # noqa: E402

from pytest_audiotrust.scoring.learned import DATA, train  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA, help=f"directory for <kind>.npz (default {DATA})")
    ap.add_argument("--exclude-round5-dev", action="store_true", help="also leave out round 5's dev tables")
    args = ap.parse_args(argv)
    exclude = tables.HELD_OUT + (tables.ROUND5_DEV if args.exclude_round5_dev else ())
    args.out.mkdir(parents=True, exist_ok=True)
    for kind in tables.KIND_ATTR:
        rows = tables.training_rows(kind, exclude)
        reader = train([t for t, _ in rows], [label for _, label in rows])
        path = args.out / f"{kind}.npz"
        reader.save(path)
        counts = dict(sorted(Counter(label for _, label in rows).items()))
        print(f"{kind}: {len(rows)} rows {counts}, {len(reader.vocab)} features -> {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
