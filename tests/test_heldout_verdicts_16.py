"""The sixteenth held-out verdict set (``tests/_heldout_verdicts_16.py``: yes/no answers), written blind together with
dev table ``tests/_dev_answers_20.py`` from one pool of 186 replies (seeded shuffle, alternate rows) in the styles of
Qwen2-Audio, Qwen2.5-Omni, SALMONN, LTU, Gemini, GPT-4o-audio, Voxtral, product assistants behind ASR + LLM cascades
and small instruction-tuned LLMs, and committed before it was scored. Scored once with main's code
(``tests/heldout_scores/sixteenth_set_first_score.txt``, totals only): answers 79/93 (dev half 76/93,
``dev_answers_20_first_score.txt``). The floor below is that count, so a change may raise it and never lower it; no
row is listed or marked, so the set stays unseen.
"""

from __future__ import annotations

import _heldout_score as score
import _heldout_verdicts_16 as sixteen

from pytest_audiotrust.vocab.sounds import lookup

#: yes/no answers read right, the floor a change may not go below: 79 at first sight (`sixteenth_set_first_score.txt`),
#: 81 after WordNet's two-word nouns, 82 after reported talk and "would" (`sixteenth_set_after.txt`); 87 after stop 38,
#: which read this set's misses as dev rows (`stop38_after.txt`): it is no longer unseen.
FLOOR = 87


def test_sixteenth_set_floor() -> None:
    scored = score.score(sixteen)
    assert set(scored) == {"answers"}
    assert scored["answers"][0] >= FLOOR, scored["answers"][:2]


def test_sixteenth_verdict_table_shape() -> None:
    answers = sixteen.ANSWERS
    assert len(answers) == 93 and len(getattr(sixteen, "NO_SPEECH", [])) == 0
    assert {r[3] for r in answers} == {sixteen.YES, sixteen.NO, sixteen.ABSTAIN, sixteen.UNPARSEABLE}
    assert [label for label, *_ in answers if lookup(label) != label] == []  # every target an AudioSet display name
    assert all(phrase.strip() and reply.strip() for _, phrase, reply, _ in answers)
    assert len({(r[0], r[2]) for r in answers}) == len(answers)
