"""``vocab.contrasts``: words that contrast, from WordNet 3.0 (``scripts/make_contrasts.py``). Checked against what a
dictionary says of common words, not against the generator's own rules."""

from __future__ import annotations

import gzip
import json

import pytest

from pytest_audiotrust.vocab import contrasts


@pytest.mark.parametrize(("x", "y"), [("inside", "outside"), ("loud", "soft"), ("quiet", "noisy"), ("big", "little"),
                                      ("fast", "slow"), ("start", "stop"), ("open", "closed"), ("young", "old"),
                                      ("near", "far")])
def test_antonyms(x: str, y: str) -> None:
    assert contrasts.contrast(x, y) == "antonyms" == contrasts.contrast(y, x)


@pytest.mark.parametrize(("x", "y"), [("kitchen", "bedroom"), ("car", "truck"), ("rain", "snow")])
def test_nouns_of_one_kind(x: str, y: str) -> None:
    assert contrasts.contrast(x, y) == "one kind"


@pytest.mark.parametrize(("x", "y"), [
    ("big", "large"), ("loud", "loud"),  # synonyms, the same word
    ("kitchen", "room"), ("dog", "animal"),  # one names the other's kind
    ("morning", "scene"), ("crowd", "hand"), ("outdoor", "scene"), ("garden", "kitchen"),  # unrelated
    ("qwzx", "outside"),  # a word WordNet lacks
])
def test_no_contrast(x: str, y: str) -> None:
    assert contrasts.contrast(x, y) is None


def test_contrasting_reads_forms_and_prefers_antonyms() -> None:
    assert contrasts.contrasting([("slowly", "slow")], [("fast",)]) == ("slowly", "fast", "antonyms")
    assert contrasts.contrasting([("rings", "ring")], [("ring",)]) is None  # one word in two forms
    assert contrasts.contrasting([("kitchen",), ("loud",)], [("bedroom",), ("soft",)])[2] == "antonyms"


def test_the_data_names_its_source_and_holds_plain_words() -> None:
    with gzip.open(contrasts.DATA, "rt", encoding="utf-8") as f:
        raw = json.load(f)
    assert raw["source"].startswith("WordNet 3.0")
    pairs = [p.split() for p in raw["antonyms"]]
    assert len(pairs) > 2000 and all(len(p) == 2 and p[0] < p[1] and p[0].isalpha() and p[0].islower() for p in pairs)
    assert contrasts.DATA.with_name("contrasts_COPYRIGHT.txt").read_text().count("Princeton University") >= 2
