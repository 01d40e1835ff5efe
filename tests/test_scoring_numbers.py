"""``scoring.numbers``: which words count. "Once" counts one time, except where it means "at the same time", "again"
or "as soon as"."""

from __future__ import annotations

import pytest

from pytest_audiotrust.scoring.numbers import count_words, find_numbers


@pytest.mark.parametrize(("text", "values"), [
    ("The doorbell rings once; the dog barks a couple of times.", [1.0, 2.0]),
    ("It rang once, then stopped.", [1.0]),
    ("A horn honks once.", [1.0]),
    ("Several dogs are barking at once.", []),
    ("Once again the phone rings.", []),
    ("Once the siren has passed, a dog barks twice.", [2.0]),
    ("Once upon a time there was a dog.", []),
])
def test_once(text: str, values: list[float]) -> None:
    assert [n.value for n in count_words(text)] == values


def test_other_numbers_unchanged() -> None:
    assert [n.value for n in find_numbers("three knocks, twice, 2.5 seconds")] == [3.0, 2.0, 2.5]
