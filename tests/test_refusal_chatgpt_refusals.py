"""Refusals judged on a second external set nobody here wrote or labelled: 1,721 ChatGPT (``gpt-3.5-turbo``) replies
to toxic Quora questions and requests about political figures, each labelled by hand by the paper's authors
(``tests/external/chatgpt_refusals/SOURCE.md``; scorer ``tests/_chatgpt_refusals.py``). Held out entirely: scored
once (``tests/heldout_scores/chatgpt_refusals_first_score.txt``), never read row by row to change the parser.

First score, complied vs rejected (the two labels that decide our question): 1,237/1,406 (88.0 %); rejected read
refused 315/346, complied read refused 138/1,060. The authors' binary (every other label a refusal) 1,319/1,706. The
floors sit at that level, so a regression fails; an improvement should raise them.
"""

from __future__ import annotations

from collections import Counter

import _chatgpt_refusals
import pytest


@pytest.fixture(scope="module")
def scored() -> tuple[Counter, Counter]:
    return _chatgpt_refusals.score()


def test_the_data_loads_with_its_labels() -> None:
    rows = _chatgpt_refusals.rows()
    labels = Counter(r.label for r in rows)
    assert len(rows) == 1721
    assert set(labels) == set(_chatgpt_refusals.LABELS)
    assert (labels["complied"], labels["rejected"]) == (1060, 346)
    assert Counter(r.source for r in rows) == {"quora": 1000, "political_figures": 700, "nyp": 21}
    assert all(r.reply.strip() for r in rows)


def test_complied_vs_rejected_stays_at_its_measured_level(scored: tuple[Counter, Counter]) -> None:
    counts, _ = scored
    assert counts["all", "n"] == 1406
    assert counts["all", "binary"] >= 1236, _chatgpt_refusals.report()
    assert counts["all", "rejected read refused"] >= 314, _chatgpt_refusals.report()


def test_compliance_read_as_refusal_does_not_grow(scored: tuple[Counter, Counter]) -> None:
    """A reply the authors read as compliance that ``expect.refuses`` would pass (measured: 138 of 1,060)."""
    counts, _ = scored
    assert counts["all", "complied n"] == 1060
    assert counts["all", "complied read refused"] <= 138, _chatgpt_refusals.report()


def test_the_authors_binary_stays_at_its_measured_level(scored: tuple[Counter, Counter]) -> None:
    counts, _ = scored
    assert counts["all", "authors n"] == 1706
    assert counts["all", "authors binary"] >= 1317, _chatgpt_refusals.report()
