"""The embedding half of ``expect.consistent`` / ``expect.similarity`` reads two texts against each other
(``scoring.meaning.canonical_pair``): what the slot check already reads as one (a number said in parts, a clock time, a
unit's spelling, a negating prefix, British and American spelling, words said alike, a word split or joined,
hesitations, a repeated word, articles) no longer lowers the similarity below the threshold. Issue 22's own example,
"room 221" / "room two twenty-one", was called inconsistent by the full verdict (embedding 0.85 < 0.85) although the
slot check read it right."""

from __future__ import annotations

import importlib

import pytest

from pytest_audiotrust import expect
from pytest_audiotrust.scoring.meaning import canonical_pair
from pytest_audiotrust.verdicts.expect import ExpectationFailed

#: Same speech, another form: each failed ``expect.consistent`` before (embedding below 0.85, no slot differing).
FORMS = [
    ("The meeting is in room 221.", "The meeting is in room two twenty-one."),
    ("Flight 2490 is delayed.", "Flight twenty-four ninety is delayed."),
    ("Twenty twenty-four was a good year.", "2024 was a good year."),
    ("Okay, so, like, the bus is late.", "The bus is late."),
    ("Uh, the, the meeting's at two.", "The meeting is at two."),
    ("It's impossible.", "It is not possible."),
    ("I disagree.", "I don't agree."),
    ("It's no problem.", "It's not a problem."),
    ("The door isn't unlocked.", "The door is locked."),
    ("It's twelve thirty.", "It's 12:30."),
    ("Keep them a part.", "Keep them apart."),
    ("I'll meet you there.", "I'll meat you there."),
    ("Press one for sales.", "Press won for sales."),
    ("It's 50p.", "It's fifty pence."),
]
#: Look-alikes that must stay inconsistent: a content word, a preposition, a pronoun or a tense changed; a word said
#: alike that the other text does not hold in that place.
CONTROLS = [
    ("Put it in the box.", "Put it on the box."),  # the embedding half passes this one (0.9): a preposition is no slot
    ("Add salt to the soup.", "Add sugar to the soup."),
    ("Book a window seat.", "Book an aisle seat."),
    ("Call him back.", "Call her back."),
    ("I hear a dog barking.", "I hear a cat meowing."),
    ("It's 50p.", "It's fifty pounds."),
    ("Meet me at the station.", "Meat me at the hospital."),
    ("The colour is grey.", "The colour is blue."),
]


@pytest.mark.parametrize(("a", "b"), FORMS)
def test_forms_read_alike_come_back_as_one_text(a: str, b: str) -> None:
    for first, second in ((a, b), (b, a)):
        ca, cb = canonical_pair(first, second)
        assert ca == cb, (ca, cb)


@pytest.mark.parametrize(("a", "b"), CONTROLS)
def test_a_changed_word_stays_a_difference(a: str, b: str) -> None:
    ca, cb = canonical_pair(a, b)
    assert ca != cb


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), FORMS)
def test_the_full_verdict_calls_forms_consistent(a: str, b: str) -> None:
    m = expect.consistent(a, b)
    assert m.passed and m.value >= 0.85 and m.details["raw_similarity"] < 0.85  # the embedding alone failed it


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), CONTROLS[1:])
def test_the_full_verdict_still_fails_a_changed_word(a: str, b: str) -> None:
    with pytest.raises(ExpectationFailed):
        expect.consistent(a, b)


TABLES = ["_heldout_text"] + [f"_fresh{n}_text" for n in ("", *range(2, 16))]


@pytest.mark.slow
def test_every_meaning_table_through_the_full_verdict() -> None:
    """All 597 meaning pairs of the text tables, judged as users get them: 39 paraphrases failed before issue 22's
    last round (and no flip passed); 17 after reading forms against each other, 10 after reading two answers by what
    they answer (``scoring.agreement``); what is left: whole phrases said another way ("five grand", "half price",
    "the hash key") and reworded reports of what someone says."""
    failed, passed_flips, n = [], [], 0
    for name in TABLES:
        for a, b, same in importlib.import_module(name).MEANING:
            n += 1
            try:
                expect.consistent(a, b)
                ok = True
            except ExpectationFailed:
                ok = False
            if same and not ok:
                failed.append((name, a, b))
            if ok and not same:
                passed_flips.append((name, a, b))
    assert n >= 590
    assert not passed_flips
    assert len(failed) <= 10, failed


@pytest.mark.slow
def test_each_verdict_names_how_it_was_reached() -> None:
    """The record's ``method``: a rule when a slot or the answers decide or the texts differ only in form, else the
    embedding against its threshold; the report counts them per family (``summary.verdict_methods``)."""
    from pytest_audiotrust.summary import verdict_methods

    forms = expect.consistent("The meeting is in room 221.", "The meeting is in room two twenty-one.")
    answers = expect.consistent("Yes, I hear two knocks.", "Yes, there are two knocks on a door.")
    embedded = expect.consistent("The meeting moved to the large room.", "The meeting was moved to the big room.")
    with pytest.raises(ExpectationFailed):
        expect.consistent("Turn the lights off.", "Turn the lights on.")
    assert [m.details["method"] for m in (forms, answers, embedded)] == ["rule", "rule", "embedding"]
    records = [{"probe": None, "measurements": [m.to_dict()]} for m in (forms, answers, embedded)]
    assert verdict_methods(records) == {"consistent": {"rule": 2, "learned": 0, "judge": 0, "embedding": 1,
                                                       "undecided": 0, "unrecorded": 0}}


#: Stop 39 (dev consistent6): the same speech in another form, which the slot check read as a difference although
#: the two texts read alike once their forms were read: a year said in pairs, a Chinese numeral, a dropped accent,
#: a stutter and a restart, an initialism against the words it stands for.
READ_ALIKE = [
    ("She was born on May 5th, 1988.", "she was born on may fifth nineteen eighty-eight"),  # slot: number 19, 88 / 1988
    ("我们下午三点开会。", "我们下午3点开会"),  # number 3 / (none)
    ("他今年二十五岁。", "他今年25岁"),
    ("Où est la gare, s'il vous plaît ?", "ou est la gare sil vous plait"),  # name "Sil", accents dropped
    ("W-w-we can't — we can't stay long.", "We can't stay long."),  # negation counted twice
    ("The MRI scan is booked for Monday.", "The magnetic resonance imaging scan is booked for Monday."),
]
#: Still different after reading: another number in Chinese, another acronym, a word said twice on purpose.
NOT_ALIKE = [
    ("我们下午三点开会。", "我们下午4点开会"),
    ("他今年十五岁。", "他今年50岁"),
    ("Check the patient's HR every hour.", "Check the patient's blood pressure every hour."),
    ("She was born on May 5th, 1988.", "she was born on may fifth nineteen ninety-eight"),
    ("We can't stay long.", "We can stay long."),
    ("Reserve a table for the 4th.", "Reserve a table for four."),  # a date or a rank is no amount, read alike or not
]


@pytest.mark.parametrize(("a", "b"), READ_ALIKE)
def test_texts_that_read_alike_differ_in_no_slot(a: str, b: str) -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert differences(a, b) == [] and differences(b, a) == []


@pytest.mark.parametrize(("a", "b"), NOT_ALIKE)
def test_texts_that_read_apart_still_differ(a: str, b: str) -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert differences(a, b) or len(set(canonical_pair(a, b))) == 2
    with pytest.raises(ExpectationFailed):
        expect.consistent(a, b)


# --- issue 22, stop 40: causes behind fresh-table misses -------------------------------------------------------------

#: A frame around the words hands them over: subtitle cue timings and an opening field label are no part of what was said.
FRAMED = [
    ("[00:00:01.500 --> 00:00:04.000] I'll call you back after lunch.", "I'll call you back after lunch."),
    ("1\n00:00:00,000 --> 00:00:02,750\nThe train leaves from platform nine.", "The train leaves from platform 9."),
    ("## Transcript\n\n> Could you pass me the salt?", "Could you pass me the salt?"),
    ('**Output:** "We are running a little late today."', "we're running a little late today"),
]


@pytest.mark.parametrize(("a", "b"), FRAMED)
def test_a_frame_around_the_words_changes_nothing(a: str, b: str) -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert differences(a, b) == [] and differences(b, a) == []
    expect.consistent(a, b)


#: Values traded between the words their prepositions hang on; negation said by a Chinese, Japanese or Korean morpheme.
TRADED = [
    ("The pharmacy opens at 8 and shuts at 6.", "The pharmacy opens at six and shuts at eight."),
    ("Boarding starts at gate 4 and ends at gate 12.", "Boarding starts at gate 12 and ends at gate 4."),
    ("他明天不来上班。", "他明天来上班。"),
    ("今日は雨が降りません。", "今日は雨が降ります。"),
    ("저는 커피를 마시지 않아요.", "저는 커피를 마셔요."),
]


@pytest.mark.parametrize(("a", "b"), TRADED)
def test_traded_values_and_cjk_negation_differ(a: str, b: str) -> None:
    with pytest.raises(ExpectationFailed):
        expect.consistent(a, b)
    with pytest.raises(ExpectationFailed):
        expect.consistent(b, a)


def test_cjk_words_that_hold_a_negator_character_negate_nothing() -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert differences("不过我们明天见。", "但是我们明天见。") == []  # "不过": but
    assert differences("他没有来。", "他没来。") == []


#: The speaker's own hedge is how sure it is, not what is so: "not sure, but ..." still claims the same thing.
HEDGED = [
    ("I'm not completely sure, but it sounds like a kettle coming to the boil.", "A kettle boiling."),
    ("Probably a lawnmower starting up, though I am not entirely certain.", "A lawnmower starts."),
]


@pytest.mark.parametrize(("a", "b"), HEDGED)
def test_a_hedge_is_no_negation(a: str, b: str) -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert differences(a, b) == [] and differences(b, a) == []


def test_a_hedge_alone_a_reported_doubt_and_a_doubt_against_certainty_still_negate() -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert differences("I'm not sure.", "I'm sure.")
    assert differences("The pilot is not sure, but the engine seems fine.", "The pilot is sure the engine seems fine.")
    assert differences("I'm not totally sure, but it sounds like a kettle boiling.", "I'm certain it is a kettle boiling.")


def test_the_source_put_for_the_goal_moves_the_thing() -> None:
    with pytest.raises(ExpectationFailed):
        expect.consistent("Please bring the boxes to the Leeds warehouse tomorrow.",
                          "Please bring the boxes from the Leeds warehouse tomorrow.")
    from pytest_audiotrust.scoring.meaning import differences

    assert differences("She drove to the station.", "She drove towards the station.") == []
    assert differences("He ran to the park.", "He ran into the park.") == []


def test_a_title_word_before_a_common_noun_describes_it() -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert differences("Rain, thunder and some general background hum.", "Rain and thunder with a background hum.") == []
    assert differences("The general public is cheering.", "The public is cheering.") == []
    assert differences("General Grant gave the order.", "Major Grant gave the order.")  # a title before a name stays


def test_a_sound_from_beyond_the_room_is_far_from_the_recorder() -> None:
    for near, far in (("A dog barking close to the microphone.", "A dog barking from another room."),
                      ("Someone is typing on a keyboard, up close.", "Someone typing on a keyboard in the next room.")):
        with pytest.raises(ExpectationFailed):
            expect.consistent(near, far)
