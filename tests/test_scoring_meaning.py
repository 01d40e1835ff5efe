"""Meaning-critical slots (scoring.meaning) and expect.consistent / expect.similarity built on them.

The tables are pairs the way two runs of an ASR model or an audio LLM write the same (or a flipped)
utterance: the clean-audio transcript as reference, the corrupted-audio one as output.
"""

from __future__ import annotations

import pytest

from pytest_audiotrust import expect, results
from pytest_audiotrust.scoring.meaning import differences, normalise, slots

# (output, reference, slot that must differ)
FLIPS: list[tuple[str, str, str]] = [
    ("Turn on the lights.", "Turn off the lights.", "polarity"),
    ("turn on the lights in the kitchen", "Turn off the lights in the kitchen.", "polarity"),
    ("Set a timer for two minutes.", "Set a timer for ten minutes.", "number"),
    ("Set a timer for 10 minutes.", "Set a timer for 10 seconds.", "unit"),
    ("Book the meeting for Thursday.", "Book the meeting for Tuesday.", "day"),
    ("Unlock the front door and turn off the alarm.", "Lock the front door and turn on the alarm.", "polarity"),
    ("Turn the volume up.", "Turn the volume down.", "polarity"),
    ("Increase the temperature by two degrees.", "Decrease the temperature by two degrees.", "polarity"),
    ("Add milk to my shopping list.", "Remove milk from my shopping list.", "polarity"),
    ("Open the garage door.", "Close the garage door.", "polarity"),
    ("Start the dishwasher.", "Stop the dishwasher.", "polarity"),
    ("Enable do not disturb.", "Disable do not disturb.", "polarity"),
    ("Raise the blinds in the bedroom.", "Lower the blinds in the bedroom.", "polarity"),
    ("I do want the window seat.", "I don't want the window seat.", "negation"),
    ("The patient has a history of seizures.", "The patient has no history of seizures.", "negation"),
    ("Wake me up at 7 a.m.", "Wake me up at 7 p.m.", "time"),
    ("Wake me up at six thirty.", "Wake me up at seven thirty.", "number"),
    ("Transfer $50 to savings.", "Transfer $500 to savings.", "number"),
    ("Transfer 500 euros to savings.", "Transfer 500 dollars to savings.", "unit"),
    ("Call Joan on her mobile.", "Call John on his mobile.", "name"),
    ("Send the report to Sarah.", "Send the report to Laura.", "name"),
    ("My flight leaves on the fifteenth of March.", "My flight leaves on the fifth of March.", "number"),
    ("The appointment is in June.", "The appointment is in July.", "date"),
    ("Remind me tomorrow to call the bank.", "Remind me today to call the bank.", "day"),
    ("Zoom in on the map.", "Zoom out on the map.", "polarity"),
    ("Mute the TV.", "Unmute the TV.", "polarity"),
    ("Arm the security system.", "Disarm the security system.", "polarity"),
    ("Take two tablets every four hours.", "Take two tablets every six hours.", "number"),
    ("Take two tablets every four hours.", "Take two tablets every four days.", "unit"),
    ("Set the thermostat to 68 degrees.", "Set the thermostat to 86 degrees.", "number"),
    ("The store is open on Sunday.", "The store is not open on Sunday.", "negation"),
    ("Make it louder.", "Make it quieter.", "polarity"),
    ("Connect to the kitchen speaker.", "Disconnect from the kitchen speaker.", "polarity"),
    ("It's safe to drink.", "It isn't safe to drink.", "negation"),
    # measured on Whisper tiny.en under noise (embedding 0.88 and 0.92: both pass 0.85 on similarity alone)
    ("The appointment is on the forwarding of February at 3.15.", "The appointment is on the 14th and February at 3.15.",
     "number"),
    ("when not the next train to the city leave.", "when does the next train to the city leave?", "negation"),
]
# (output, reference): the same meaning, written differently
PARAPHRASES: list[tuple[str, str]] = [
    ("set a timer for ten minutes", "Set a timer for 10 minutes."),
    ("It is going to rain tomorrow.", "It's going to rain tomorrow."),
    ("Turn off the lights.", "Please turn off the lights."),
    ("send five hundred dollars to alice", "Send $500 to Alice."),
    ("Wake me up at seven p.m.", "Wake me up at 7:00 PM."),
    ("call john", "Call John."),
    ("I can't find my keys", "I cannot find my keys."),
    ("Set the temperature to seventy-two degrees.", "Set the temperature to 72 degrees."),
    ("Turn off the lights on the porch, thanks.", "Turn off the porch lights."),
    ("Play the second song on the album.", "Play the 2nd song on the album."),
    ("Call five five five, one two three four.", "Call 555-1234."),
    ("The meeting is on Tuesday at 3 pm.", "The meeting is on Tuesday at three p.m."),
    ("Add eggs and milk to the shopping list.", "Add eggs and milk to my shopping list, please."),
    ("Don't forget to lock the door.", "Do not forget to lock the door."),
    ("Could you close the window?", "Close the window."),
    ("What's the weather like in Paris?", "What is the weather like in Paris?"),
    ("Set an alarm for 6:30 tomorrow.", "Set an alarm for six thirty tomorrow."),
    ("It costs fifteen hundred dollars.", "It costs $1,500."),
    ("Turn up the volume a little.", "Turn the volume up a little."),
    ("Open the garage door", "Open the garage door!"),
    ("Hey, turn the heating on.", "Turn the heating on, please."),
    ("ten percent off everything", "10% off everything"),
    ("We'll be there in twenty minutes.", "We will be there in 20 minutes."),
    ("The train leaves from platform nine.", "The train leaves from platform 9."),
    ("You may leave now.", "You can leave now."),
    ("Please start the washing machine", "Start the washing machine."),
    # measured on Whisper tiny.en, white noise at 30 dB SNR vs the clean clip
    ("in the pharmacy on Main Street open on Sunday.", "is the pharmacy on main street open on Sundays."),
]


@pytest.mark.parametrize(("output", "reference", "slot"), FLIPS, ids=[f"flip{i}" for i in range(len(FLIPS))])
def test_a_meaning_flip_names_its_slot(output: str, reference: str, slot: str) -> None:
    assert slot in {d.slot for d in differences(output, reference)}, differences(output, reference)


@pytest.mark.parametrize(("output", "reference"), PARAPHRASES, ids=[f"same{i}" for i in range(len(PARAPHRASES))])
def test_a_paraphrase_has_no_slot_difference(output: str, reference: str) -> None:
    assert differences(output, reference) == []
    assert differences(reference, output) == []  # the comparison is symmetric in what it accepts


def test_the_tables_are_large_enough() -> None:
    assert len(FLIPS) + len(PARAPHRASES) >= 40 and len(FLIPS) >= 20 and len(PARAPHRASES) >= 20


@pytest.mark.parametrize(("output", "reference", "text"), [
    ("Turn on the lights.", "Turn off the lights.", "polarity: off → on"),
    ("Set a timer for two minutes.", "Set a timer for ten minutes.", "number: 10 → 2"),
    ("Book it for Thursday.", "Book it for Tuesday.", "day: Tuesday → Thursday"),
    ("Call Joan.", "Call John.", "name: John → Joan"),
    ("I do want it.", "I don't want it.", "negation: not → (none)"),
    ("Wake me at 7 am.", "Wake me at 7 pm.", "time: p.m. → a.m."),
])
def test_the_difference_reads_reference_then_output(output: str, reference: str, text: str) -> None:
    assert [str(d) for d in differences(output, reference)] == [text]


def test_prepositions_and_dropped_words_are_not_flips() -> None:
    # "on" as a preposition lost, not flipped; an extra "off" nowhere
    assert differences("Turn off the lights Tuesday.", "Turn off the lights on Tuesday.") == []
    # but a real flip next to a preposition is found
    assert [str(d) for d in differences("Turn on the lights on the porch.", "Turn off the lights on the porch.")] \
        == ["polarity: off → on"]
    # "on" before a day, a date or "time" is a preposition of time, not the pair of "off"
    assert differences("The caller wants to cancel her appointment on Friday.",
                       "A woman phones to call off her Friday appointment.") == []
    assert differences("The train arrived on time.", "The train didn't arrive on time.") != []  # the negation still
    assert [str(d) for d in differences("Switch the heating on by Monday.", "Switch the heating off by Monday.")] \
        == ["polarity: off → on"]
    assert slots("Set the volume to min").units == frozenset()  # "min" is a unit only after a number
    assert slots("Set a timer for 5 min").units == frozenset({"minute"})


@pytest.fixture
def record():  # type: ignore[no-untyped-def]
    saved = results.current()
    rec = results.CaseRecord(nodeid="direct")
    results.start(rec)
    yield rec
    results.start(saved)


FLIPS_MINILM_MISSES = [  # pairs the issue reports MiniLM scoring high although the meaning flipped
    ("Turn on the lights in the kitchen.", "Turn off the lights in the kitchen.", "polarity: off → on"),
    ("Set a timer for two minutes.", "Set a timer for ten minutes.", "number: 10 → 2"),
    ("The package arrives on Thursday.", "The package arrives on Tuesday.", "day: Tuesday → Thursday"),
]


@pytest.mark.parametrize(("output", "reference", "text"), FLIPS_MINILM_MISSES)
def test_consistent_fails_a_flip_the_embedding_calls_similar(record, output: str, reference: str, text: str) -> None:  # type: ignore[no-untyped-def]
    from pytest_audiotrust.scoring.similarity import similarity

    score = similarity(output, reference)
    assert score >= 0.8  # the embedding alone would pass it (measured 0.86-0.97 with all-MiniLM-L6-v2)
    with pytest.raises(expect.ExpectationFailed) as info:
        expect.consistent(output, reference, min_similarity=0.8)
    (m,) = record.measurements
    assert not m.passed and m.details["similarity_passed"] is True
    assert m.value >= m.details["raw_similarity"] == round(score, 4)  # raw text, and its canonical form
    assert [d["text"] for d in m.details["slot_differences"]] == [text]
    assert text in str(info.value) and "meaning-critical slot differs" in str(info.value)
    # opting out compares by similarity alone, and the same pair passes
    assert expect.consistent(output, reference, min_similarity=0.8, slots=False).passed


def test_similarity_also_checks_slots_and_a_paraphrase_passes(record) -> None:  # type: ignore[no-untyped-def]
    assert expect.similarity("set a timer for ten minutes", "Set a timer for 10 minutes.", min_similarity=0.8).passed
    with pytest.raises(expect.ExpectationFailed, match="polarity: lock → unlock"):
        expect.similarity("Unlock the door.", "Lock the door.", min_similarity=0.5)
    assert record.measurements[-1].details["slot_differences"][0]["slot"] == "polarity"


def test_low_similarity_still_fails_without_slot_differences(record) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(expect.ExpectationFailed, match=r"similarity .* < min_similarity 0\.9"):
        expect.consistent("what is the weather like", "turn off the lights", min_similarity=0.9)
    assert record.measurements[-1].details["slot_differences"] == []


def test_consistent_agrees_with_the_tables(record) -> None:  # type: ignore[no-untyped-def]
    """The whole check (embedding at the default min_similarity AND slots) on every pair of both tables."""
    record.gate = "table"  # record verdicts without raising
    wrong = []
    for output, reference, _ in FLIPS:
        if expect.consistent(output, reference).passed:
            wrong.append(("flip passed", output, reference))
    for output, reference in PARAPHRASES:
        m = expect.consistent(output, reference)
        if not m.passed:
            wrong.append(("paraphrase failed", output, reference, m.value))
    agreement = 1 - len(wrong) / (len(FLIPS) + len(PARAPHRASES))
    assert agreement >= 0.95, wrong


def test_scope_prefixes_decimals_and_dozens() -> None:
    assert [d.slot for d in differences("Add sugar, not salt.", "Add salt, not sugar.")] == ["negation"]
    assert not differences("Don't stop, keep going.", "Keep going, don't stop.")  # the same word negated
    assert not differences("I can't find it.", "I cannot locate it.")  # a different word, not a moved scope
    assert [str(d) for d in differences("The test was inconclusive.", "The test was conclusive.")] == [
        "negation: conclusive → inconclusive"]
    assert not differences("It is inflammable.", "It is flammable.")
    assert [d.slot for d in differences("Unlock the door.", "Lock the door.")] == ["polarity"]  # read once
    assert not differences("Rates are three point five percent.", "Rates are 3.5%.")
    assert [d.slot for d in differences("Rates are 35%.", "Rates are 3.5%.")] == ["number"]
    assert not differences("Dial 555 0199.", "Dial five five five zero one nine nine.")  # regrouped digits agree
    assert not differences("Bring half a dozen cups.", "Bring 6 cups.")
    assert [d.slot for d in differences("Profits rose.", "Profits fell.")] == ["polarity"]


def test_clock_minutes_bounds_and_prefixes_spelled_out() -> None:
    assert not differences("Meet me at 7:50.", "Meet me at ten to eight.")
    assert differences("Meet me at twenty to six.", "Meet me at twenty past six.")
    assert not differences("It takes five to ten minutes.", "It takes 5 to 10 minutes.")  # a range, not 9:55
    assert not differences("It is not possible.", "It's impossible.")
    assert not differences("I am unable to come.", "I am not able to come.")
    assert differences("I am able to come.", "I am unable to come.")
    assert not differences("Be back no later than five.", "Be back by 5.")
    assert differences("Send no more than five.", "Send no five.")  # "no" before a noun still negates
    assert [d.slot for d in differences("Code 4-7-4.", "Code 4-4-7.")] == ["number"]
    assert not differences("Book a table for 4 at 8.", "Book a table at 8 for 4.")  # separate numbers may move


def test_roles_swap_only_when_two_words_trade_what_governs_them() -> None:
    assert [d.slot for d in differences("Fly from Rome to Paris.", "Fly from Paris to Rome.")] == ["role"]
    assert [d.slot for d in differences("Ask Ben to call Anna.", "Ask Anna to call Ben.")] == ["role"]
    assert not differences("Fly to Rome from Paris.", "Fly from Paris to Rome.")  # the phrases moved, the roles did not
    assert not differences("Call Mary and John.", "Call John and Mary.")  # coordinated words share their governor
    assert not differences("Ben was called by Anna.", "Anna called Ben.")  # a passive is no swap


def test_ordinals_homophones_and_spelled_letters() -> None:
    assert [d.slot for d in differences("Book it for three.", "Book it for the 3rd.")] == ["number"]
    assert not differences("It is on May 3.", "It is on the 3rd of May.")  # beside a month an ordinal is the date
    assert not differences("It's on the twenty-second floor.", "It's on the 22nd floor.")  # "second" is no unit here
    assert differences("Wait twenty seconds.", "Wait twenty minutes.")
    assert not differences("Press won.", "Press one.") and not differences("Buy 4 tickets for Ann.", "Buy for tickets for Ann.")
    assert differences("Buy two tickets.", "Buy four tickets.") and differences("Buy four tickets.", "Buy tickets.")
    assert not differences("Spell it B O B.", "Spell it B-O-B.") and differences("Spell it B-O-P.", "Spell it B-O-B.")
    assert not differences("Double-check the e-mail.", "Double check the email.")  # words with dashes are no spelling


def test_units_rates_scales_bounds_and_complements() -> None:
    assert differences("Take 10 mcg.", "Take 10 mg.") and not differences("Take ten milligrams.", "Take 10 mg.")
    assert not differences("Take it twice a day.", "Take it twice daily.")
    assert not differences("It costs two and a half million dollars.", "It costs $2.5M.")
    assert differences("It costs $25M.", "It costs $2.5M.") and differences("Walk 5 m.", "Walk 5 miles.")
    assert not differences("Call oh two oh, double oh one eight.", "Call 020 0018.")
    assert not differences("See you at half seven.", "See you at 7:30.")
    assert "7:30" not in normalise("Fold it in half seven times.")  # "half seven" is a time only after "at", "by" ...
    assert differences("Wait at most 5 minutes.", "Wait at least 5 minutes.")
    assert not differences("Wait a minimum of 5 minutes.", "Wait at least 5 minutes.")
    assert differences("Call me unless it rains.", "Call me if it rains.")
    assert not differences("Call me unless it rains.", "Call me if it doesn't rain.")
    assert not differences("Remember the keys.", "Don't forget the keys.")
    assert differences("Forget the keys.", "Remember the keys.")
    assert differences("Don't remember the keys.", "Remember the keys.")


def test_table_b_money_clock_idioms_spelled_words_and_acronyms() -> None:
    assert not differences("It's three pounds fifty.", "It's £3.50.") and differences("It's three pounds fifteen.", "It's £3.50.")
    assert not differences("It's a dollar ninety-nine.", "It's $1.99.")
    assert not differences("It weighs three pounds.", "It weighs 3 lbs.")  # a weight, no pence after it
    assert not differences("Meet at a quarter after five.", "Meet at 5:15.") and not differences("Quarter till six.", "5:45.")
    assert not differences("Walk ten thousand steps.", "Walk 10K steps.") and not differences("Suite four B.", "Suite 4B.")
    assert not differences("I'm Kate, Kate.", "I'm Kate, K-A-T-E.") and differences("I'm Kate, K-A-T-H.", "I'm Kate, K-A-T-E.")
    assert not differences("Send it as soon as possible.", "Send it ASAP.") and not differences("Go to Room 4.", "Go to Rm 4.")
    assert not differences("I am going to call.", "I'm gonna call.")


def test_table_b_bounds_tense_frequency_and_duty() -> None:
    assert differences("Only under 18s.", "Only over 18s.") and differences("Open from five.", "Open until five.")
    assert not differences("Open from nine to five.", "Open from nine until five.")  # "until" dropped, nothing gained
    assert differences("Prices rose to 5%.", "Prices rose by 5%.") and not differences("Move it to 5.", "Move it 5.")
    assert differences("It will arrive next week.", "It arrived last week.")
    assert not differences("The final train will be at 9.", "The last train will be at 9.")  # "last train" is no past
    assert differences("Water it every other day.", "Water it every day.")
    assert differences("Anna gave Tom the keys.", "Tom gave Anna the keys.")
    assert differences("You don't have to sign it.", "You must not sign it.")
    assert not differences("You needn't sign it.", "You don't have to sign it.")


def test_table_c_numbers_in_roles_decades_fractions_of_hours_and_states() -> None:
    assert [d.slot for d in differences("Buy 1, get 2 free.", "Buy 2, get 1 free.")] == ["role"]
    assert differences("Go from floor 9 to floor 2.", "Go from floor 2 to floor 9.")
    assert not differences("Book a table at 8 for 4.", "Book a table for 4 at 8.")  # numbers move, their roles stay
    assert not differences("Take two tablets two times a day.", "Take 2 tablets twice a day.")
    assert not differences("Music from the seventies.", "Music from the 70s.") and differences("The 60s.", "The 70s.")
    assert not differences("It takes 45 minutes.", "It takes three-quarters of an hour.")
    assert not differences("It takes 30 minutes.", "It takes half an hour.")
    assert differences("It takes 30 hours.", "It takes 0.5 hours.")
    assert not differences("It's one million pounds.", "It's £1m.")
    assert differences("I can hear you.", "I can hardly hear you.")
    assert differences("Turn it anticlockwise.", "Turn it clockwise.")
    assert not differences("The door is locked.", "The door isn't unlocked.")  # a state is one side or the other
    assert differences("Lock the door.", "Don't unlock the door.")  # not unlocking is no locking


def test_a_before_a_unit_is_one_unless_it_is_a_rate() -> None:
    assert not differences("Wait one minute.", "Wait a minute.") and not differences("Wait one second.", "Wait a second.")
    assert differences("Wait two seconds.", "Wait a second.") and differences("Give me two hours.", "Give me an hour.")
    assert not differences("It pays five dollars per hour.", "It pays $5 an hour.")  # "an hour" is a rate here
    assert not differences("Take it twice daily.", "Take it twice a day.")
    assert not differences("A 10 second delay.", "A ten second delay.")  # "ten second" is the unit, no ordinal 2


def test_table_d_scope_tense_and_spellings() -> None:
    assert [d.slot for d in differences("None of them came.", "Not all of them came.")] == ["negation"]
    assert not differences("Not everyone came.", "Not all of them came.")
    assert not differences("I think it's not open.", "I don't think it's open.")  # the negation raised onto "think"
    assert differences("I think it's open.", "I don't think it's open.")
    assert not differences("Don't call unless it's urgent.", "Only call if it's urgent.")
    assert differences("Call unless it's urgent.", "Call if it's urgent.")
    assert differences("You should have called him.", "You should call him.")
    assert not differences("They had already left.", "They'd already left.")
    assert not differences("I would like tea.", "I'd like tea.")
    assert not differences("I work out everyday.", "I work out every day.")
    assert not differences("It costs $50.", "It costs USD 50.")
    assert not differences("Add a quarter cup.", "Add ¼ cup.") and differences("Add ½ cup.", "Add ¼ cup.")


def test_table_e_pairs_of_opposites() -> None:
    for a, b in [("Book a double room.", "Book a single room."), ("The upper deck.", "The lower deck."),
                 ("The outbound train.", "The inbound train."), ("In descending order.", "In ascending order.")]:
        assert [d.slot for d in differences(a, b)] == ["polarity"], (a, b)
    assert not differences("It's on the bottom deck.", "It's on the lower deck.")  # two pairs, one side each
    assert not differences("Double-check it.", "Double check it.")


def test_table_f_codes_bounds_and_halves() -> None:
    assert not differences("The code is X R seven.", "The code is X-R-7.")
    assert not differences("I'm Kate, K-A-T-E.", "I'm Kate, Kate.")  # a spelled word still joins
    assert differences("Pay after 30 days.", "Pay within 30 days.")
    assert not differences("50% of the seats are taken.", "Half the seats are taken.")
    assert differences("A third of the seats are taken.", "Half the seats are taken.")


def test_first_telling_the_order_is_no_rank_and_a_part_of_today_is_today() -> None:
    # dev causes (h34's answer pairs): "first, then" orders events; "this evening" names today
    assert not differences("It's a passing locomotive. It sounds its whistle first, then the carriages clatter away.",
                           "A train passes, with a horn blast at the start.")
    assert not differences("First, a dog barks; then a door slams.", "A dog barks and then a door slams.")
    assert not differences("The library will shut at six this evening.", "The library closes at 6 pm today.")
    assert not differences("I'll call you tonight.", "I'll call you today.")
    # controls: a rank, another ordinal, another day
    assert [d.slot for d in differences("He came first in the race.", "He came second in the race.")] == ["number"]
    assert [d.slot for d in differences("Take the first left.", "Take the second left.")] == ["number"]
    assert [d.slot for d in differences("Call me this evening.", "Call me tomorrow evening.")] == ["day"]
    assert [d.slot for d in differences("See you this morning.", "See you on Monday morning.")] == ["day"]


def test_a_data_reply_s_identifier_is_its_words_and_an_answer_label_hands_over_the_answer() -> None:
    # stop 39 dev causes: "dog_bark" in a JSON reply was one unknown word; a worked answer's reasoning named sounds the
    # short answer never mentions, although its "Answer:" line says the same
    from pytest_audiotrust.scoring.agreement import compare_answers
    from pytest_audiotrust.scoring.meaning import canonical

    assert compare_answers('{"label": "dog_bark", "confidence": 0.9}', "A dog is barking.").agree is True
    assert compare_answers('{"label": "dog_bark"}', "A cat meowing.").agree is False
    assert canonical("label: glass_breaking") == "label glass breaking"
    worked = ("Step by step: there is a steady hiss and some crackling, with a low hum underneath, so this is most likely "
              "a kettle. Final answer: a kettle boiling.")
    assert compare_answers(worked, "Water boiling in a kettle.").agree is True
    assert compare_answers(worked, "A dog barking.").agree is False
    assert compare_answers("Answer: a kettle boiling.", "Water boiling in a kettle.").agree is True


def test_a_span_of_numbers_reads_one_way() -> None:
    # stop 39 dev cause: "from one to ten" / "1 through 10" embedded apart although the same numbers span the same range
    from pytest_audiotrust.scoring.meaning import canonical

    assert canonical("The pharmacy is open from nine to five.") == canonical("The pharmacy is open 9 through 5.")
    assert canonical("Expect between two and four inches of snow.") == canonical("Expect 2 to 4 inches of snow.")
    # controls: two numbers joined by "and" are no span, and a phone number stays one number
    assert canonical("Add 2 and 3.") == "add 2 and 3"
    assert canonical("Call 555-1234.") == "call 5551234"
