"""``scoring.numbers``: which words count. "Once" counts one time, except where it means "at the same time", "again"
or "as soon as"."""

from __future__ import annotations

import pytest

from pytest_audiotrust.scoring.numbers import count_words, find_numbers, json_records


@pytest.mark.parametrize(("text", "values"), [
    ("The doorbell rings once; the dog barks a couple of times.", [1.0, 2.0]),
    ("It rang once, then stopped.", [1.0]),
    ("A horn honks once.", [1.0]),
    ("Several dogs are barking at once.", []),
    ("Once again the phone rings.", []),
    ("Once the siren has passed, a dog barks twice.", [2.0]),
    ("Once upon a time there was a dog.", []),
    ("A dog barks once in the distance.", [1.0]),
    ("Once in a while a car passes.", []),
])
def test_once(text: str, values: list[float]) -> None:
    assert [n.value for n in count_words(text)] == values


def test_other_numbers_unchanged() -> None:
    assert [n.value for n in find_numbers("three knocks, twice, 2.5 seconds")] == [3.0, 2.0, 2.5]


def test_json_records_reads_the_objects_of_a_fenced_json_reply() -> None:
    reply = '```json\n{"events": [{"label": "siren", "count": 2}, {"label": "horn", "count": 1}]}\n```'
    assert [r.get("label") for r in json_records(reply)] == [None, "siren", "horn"]
    assert json_records("The siren wails twice {roughly}.") == []
    assert json_records('{"count": 3') == []
