"""``scoring.meaning`` on meaning pairs nobody here wrote: real AudioBench outputs of nine audio LLMs, paired and labelled
by reading (``tests/external/meaning_pairs/SOURCE.md``), with floors per split at the measured level; and the causes
fixed on the dev split, each with look-alike controls."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pytest_audiotrust.scoring.meaning import differences

sys.path.insert(0, str(Path(__file__).parent))
import _meaning_external

#: Floors per split (right / labelled pairs), at the level measured after the dev fixes
#: (tests/heldout_scores/meaning_external_after.txt: dev 135/155, held out 195/239), after names were read in text
#: with no case (meaning_external_after_names.txt: dev 141/155, held out 209/239) and after a reference's words that
#: no word list holds were read as names (meaning_external_after_rare_names.txt: dev 149/155, held out 212/239); a
#: regression below them fails.
FLOORS = {"dev": 0.961, "heldout": 0.887}
#: Same-labelled pairs read as differing (false flips) and differs-labelled pairs read as the same (missed flips) at
#: most, per split. Reading rare names moved held-out missed flips from 11 to 3 and false flips from 19 to 24.
MAX_FALSE_FLIPS = {"dev": 1, "heldout": 24}
MAX_MISSED_FLIPS = {"dev": 5, "heldout": 3}


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_external_meaning_pairs_floor(split: str) -> None:
    counts, wrong = _meaning_external.score(split)
    n, right = counts["all", "n"], counts["all", "right"]
    assert n >= 150, f"{split}: {n} labelled pairs"
    assert right / n >= FLOORS[split], f"{split}: {right}/{n}; read wrong: {[p['id'] for p, _ in wrong]}"
    assert counts["all", "false flip"] <= MAX_FALSE_FLIPS[split]
    assert counts["all", "missed flip"] <= MAX_MISSED_FLIPS[split]


def test_pairs_match_their_source_rows() -> None:
    pairs = _meaning_external.pairs("all")
    assert len(pairs) == 447
    assert {p["label"] for p in pairs} == {"same", "differs", "ambiguous"}
    assert all(bool(p["slots"]) == (p["label"] == "differs") for p in pairs)


def test_multiplicative_numerals_are_amounts() -> None:
    # a dev cause: "triple or higher order systems" heard as "cripple or ..." lost an amount unseen
    assert [d.slot for d in differences("cripple or higher order systems", "triple or higher order systems")] == ["number"]
    assert [d.slot for d in differences("Quadruple the batch.", "Triple the batch.")] == ["number"]
    assert not differences("Triple the dose.", "Three times the dose.")
    assert not differences("Treble the stake.", "Three times the stake.")
    # controls: a digit said twice or three times is still that digit, not an amount
    assert not differences("Your PIN is triple seven nine.", "Your PIN is 7779.")
    assert not differences("Call oh two oh, double oh one eight.", "Call 020 0018.")


def test_a_span_after_the_is_a_thing_not_a_unit() -> None:
    # a dev cause: "the catch of the day" heard as "the cant say" read as a unit "day" lost
    assert not differences("the height to the floor could indicate the cant say",
                           "the height of the flag could indicate the catch of the day")
    assert not differences("He had his day in court.", "He had his say in court.")
    assert not differences("Reply by the end of the day.", "Reply by end of day.")
    # controls: a span with an amount, a time reference or a plural stays a unit
    for a, b in [("Take it every day.", "Take it every week."), ("Pay this week.", "Pay this month."),
                 ("Wait a minute.", "Wait an hour."), ("It lasted for days.", "It lasted for weeks."),
                 ("Call me the day after.", "Call me the week after."), ("Ten days later.", "Ten weeks later.")]:
        assert [d.slot for d in differences(a, b)] == ["unit"], (a, b)


@pytest.mark.parametrize(("output", "reference", "slots"), [
    # text with no case: names are the words an English word list holds only capitalised
    ("maggie is rancher boyfriend brake baldwin was among the settlers", "maggie is rancher boyfriend fred baldwin was "
     "among the settlers", ["name"]),
    ("CALL JOAN ON HER MOBILE", "CALL JOHN ON HER MOBILE", ["name"]),
    ("i remember all the rubens paintings in paris", "i remember all the rubens paintings in rome", ["name"]),
    # controls: words the list also holds in lower case are never names ("will", "mark", "rose", "bill")
    ("the bill will rise and mark the rose", "the bill will rise and mark the rows", []),
    # another spelling of the same word, the way ASR garbles it, is no other name ("hobs" heard as "hobbs")
    ("or in the hobbs of the grate which shone like jasper", "or in the hobs of the grate which shone like jasper", []),
    # with case, a capitalised word is still what marks a name
    ("Call Joan on her mobile.", "Call John on her mobile.", ["name"]),
    ("We met in the Bronx.", "We met in the bronx.", []),
])
def test_names_in_text_without_case(output: str, reference: str, slots: list[str]) -> None:
    assert [d.slot for d in differences(output, reference)] == slots


@pytest.mark.parametrize(("output", "reference", "slots"), [
    # written fresh in the style audio LLMs answer yes/no questions, scored before the change (all 4 were read
    # as a negation flip): a negation about something the other answer never mentions adds information
    ("Yes, a dog is barking.", "Yes, I can hear a dog barking in the background, but no other sounds.", []),
    ("Yes, there is a siren.", "Yes. There's a siren wailing, and nothing else stands out.", []),
    ("No, there is no dog barking in this audio.", "No.", []),
    ("Yes, there is a car horn.", "A car horn can be heard, not a bicycle bell.", []),
    # controls: a negation of what the other text states, or of an act, still flips
    ("Yes, there is no dog.", "Yes, there is a dog.", ["negation"]),
    ("I saw something.", "I saw nothing.", ["negation"]),
    ("Don't turn on the lights.", "Turn on the lights.", ["negation"]),
    ("Add no salt.", "Add salt.", ["negation"]),
    ("No, there is no dog.", "Yes.", ["polarity"]),
    # a negated verb stays a flip even about new content (conservative: "does not contain a baby crying")
    ("No, the audio does not contain a baby crying; it is a cat meowing.", "No.", ["negation"]),
])
def test_a_negation_about_what_the_other_never_mentions(output: str, reference: str, slots: list[str]) -> None:
    assert [d.slot for d in differences(output, reference)] == slots


@pytest.mark.parametrize(("output", "reference", "slots"), [
    # a fresh answer-style pair read as a flip before: "No siren" opening the answer is a determiner as well as the no
    ("No, the siren is not present.", "No siren can be heard.", []),
    ("No.", "No siren can be heard.", []),
    # controls: the answer flipped, or the same noun said present
    ("Yes, there is a siren.", "No siren can be heard.", ["negation", "polarity"]),
    ("Dogs are barking.", "No dogs are barking.", ["negation"]),
])
def test_an_opening_no_before_a_noun_says_what_is_absent(output: str, reference: str, slots: list[str]) -> None:
    assert [d.slot for d in differences(output, reference)] == slots


def test_a_reference_word_no_word_list_holds_is_a_name() -> None:
    # a dev cause: normalised ASR text drops a rare place or family name that no list holds capitalised
    for output, reference in [
        ("the race started and finished in essen", "the race started and finished in eijsden"),
        ("i can not understand whether the japanese are kind or cold",
         "ami can not understand whether the japanese are kind or cold"),
        ("sorry we are up in the bronx son of jewish immigrants", "sorel grew up in the bronx son of jewish immigrants"),
    ]:
        assert [d.slot for d in differences(output, reference)] == ["name"], (output, reference)
    # controls: the same rare name spelled as it sounds, or run together, is the same name
    assert not differences("paul is married and lives with his husband in nailstone",
                           "paul is married and lives with his husband in neilston")
    assert not differences("head coach neil weilwright returned for his second year",
                           "head coach neil wheelwright returned for his second year")
    assert not differences("simon says had an extremely negative reception by critics",
                           "simon sez had an extremely negative reception by critics")
    assert not differences("Press 3 to re-record your message.", "press 3 to rerecord your message")
    # controls: a derived form the lists lack is a word, and an output's own garble is no name it adds
    assert not differences("bingo replies embarrassedly that he was given it",
                           "bingo replies embarrassingly that he was given it")
    assert not differences("surrender is not an option the merkins and derry asserted",
                           "surrender is not an option the mercenary asserted")
    # controls: listed names keep their spelling ("joan" / "john"), and text with case reads capitals, not the lists
    assert [d.slot for d in differences("joan called the office", "john called the office")] == ["name"]
    assert not differences("The race started in Eijsden.", "The race started in Eijsden!")


def test_english_word_lists_hold_words_another_source_names() -> None:
    # checked against a different source: every word WordNet's antonym pairs use (vocab/contrasts, kept to the lists'
    # words when it was made) is one the lists hold; capitalised-only words are held too ("aachen")
    from pytest_audiotrust.vocab.contrasts import _data
    from pytest_audiotrust.vocab.english_words import is_english

    words = {w for pair in _data()[0] for w in pair}
    assert len(words) > 3000 and all(is_english(w) for w in words)
    assert is_english("aachen") and is_english("colour") and is_english("color") and is_english("aarhus's") is False
    assert not any(is_english(w) for w in ("gladsaxe", "eijsden", "talyshi", "qwzx"))
