"""Target-aware yes/no parsing on answers written the way audio LLMs answer (tables in ``_answer_tables``)."""

from __future__ import annotations

import pytest
from _answer_tables import EXACT, PHRASES, TARGETED

from pytest_audiotrust.probes.vocabulary import LEXICON, lookup, target_terms, terms_pattern
from pytest_audiotrust.scoring.answers import TARGET_RULES, Answer, explain, parse_answer


def _classify(label: str, text: str) -> tuple[str, str]:
    got, rule = explain(text, target_terms(label, PHRASES.get(label)))
    return got.value, rule


def test_targeted_table_is_classified_at_least_95_percent_right() -> None:
    wrong = [(label, text, expected, *_classify(label, text)) for label, text, expected in TARGETED
             if _classify(label, text)[0] != expected]
    accuracy = 1 - len(wrong) / len(TARGETED)
    listing = "\n".join(f"  [{label}] {text!r}: expected {exp}, got {got} (rule {rule})" for label, text, exp, got, rule in wrong)
    assert accuracy >= 0.95, f"accuracy {accuracy:.3f} on {len(TARGETED)} answers; misclassified:\n{listing}"


def test_the_table_needs_the_target_the_untargeted_parser_gets_about_half() -> None:
    right = sum(parse_answer(text).value == expected for _, text, expected in TARGETED)
    assert right / len(TARGETED) < 0.7, "the table would not tell a target-aware parser from the old one"


def test_targeted_table_is_large_varied_and_covers_every_outcome() -> None:
    assert len(TARGETED) >= 150
    counts = {o.value: sum(1 for _, _, e in TARGETED if e == o.value) for o in Answer}
    assert counts["yes"] >= 40 and counts["no"] >= 40 and counts["abstain"] >= 15 and counts["unparseable"] >= 5, counts
    assert len({label for label, _, _ in TARGETED}) >= 25
    assert sum(1 for _, t, _ in TARGETED if t.count(".") + t.count(";") >= 2) >= 15  # multi-sentence answers
    assert all(lookup(label) == label for label, _, _ in TARGETED + EXACT), "targets are AudioSet display names"


@pytest.mark.parametrize(("label", "text", "expected"), EXACT, ids=[f"{i:02d}:{t[:40]}" for i, (_, t, _) in enumerate(EXACT)])
def test_exact_rows(label: str, text: str, expected: str) -> None:
    got, rule = _classify(label, text)
    assert got == expected, f"[{label}] {text!r}: parsed {got} by rule {rule!r}, expected {expected}"


def test_the_issue_examples_name_the_rule_that_decided() -> None:
    dog = "a dog barking"
    assert explain("It's a siren, not a dog.", dog) == (Answer.NO, "target denied")
    assert explain("I only hear footsteps.", dog) == (Answer.NO, "another sound instead")
    assert explain("A dog barks in the distance.", dog) == (Answer.YES, "target described")
    assert explain("There might be a faint bark, but it could be wind.", dog) == (Answer.ABSTAIN, "target hedged")
    assert explain("What kind of dog do you mean?", dog) == (Answer.UNPARSEABLE, "question back")
    assert {rule for _, rule in (_classify(label, text) for label, text, _ in TARGETED)} <= set(TARGET_RULES)


def test_negation_scope_decides_which_sound_is_denied() -> None:
    text = "No siren, but a dog is barking."
    assert parse_answer(text, "a dog barking") == Answer.YES
    assert parse_answer(text, "a siren") == Answer.NO
    text = "It's not a baby crying, it's a cat meowing."
    assert parse_answer(text, target_terms("Cat")) == Answer.YES
    assert parse_answer(text, target_terms("Baby cry, infant cry")) == Answer.NO


def test_target_as_phrase_as_terms_or_as_label_agree() -> None:
    for text in ("The audience claps enthusiastically.", "I only hear a siren.", "Clapping, yes."):
        by_phrase = parse_answer(text, "applause")
        assert parse_answer(text, target_terms("Applause")) == by_phrase
        assert parse_answer(text, ["applause", "clapping"]) == by_phrase


def test_without_a_target_the_old_behaviour_stays() -> None:
    # without a target, nothing says which sound the answer is about: "A siren is present." stays a yes
    assert parse_answer("There is a siren.") == Answer.YES
    assert parse_answer("There is a siren.", "a dog barking") == Answer.NO
    assert parse_answer("No.") == parse_answer("No.", "a dog barking") == Answer.NO
    assert parse_answer("") == parse_answer("", "a dog barking") == Answer.ABSTAIN
    assert parse_answer("Yes", target=None) == parse_answer("Yes", target="") == Answer.YES


def test_inflections_and_synonyms_match() -> None:
    dog = terms_pattern(target_terms("Dog"))
    assert all(dog.search(t) for t in ("a dog", "dogs", "it barks", "barking", "barked twice", "a puppy yapping"))
    assert not any(dog.search(t) for t in ("hotdog stand", "embark", "a doghouse"))
    phone = terms_pattern(target_terms("Telephone bell ringing"))
    assert phone.search("the phone rings") and phone.search("a telephone") and phone.search("a ringtone plays")
    assert not phone.search("a doorbell rings")
    clap = terms_pattern(target_terms("Applause"))
    assert all(clap.search(t) for t in ("clapping", "claps", "applause", "they applaud", "a standing ovation"))
    baby = terms_pattern(target_terms("Baby cry, infant cry"))
    assert baby.search("two babies") and baby.search("an infant")


def test_vocabulary_is_keyed_by_audioset_names_with_broad_coverage() -> None:
    for name in ("Dog", "Bark", "Moo", "Duck", "Telephone bell ringing", "Applause", "Siren", "Rain", "Church bell",
                 "Vehicle horn, car horn, honking", "Baby cry, infant cry", "Music", "Speech", "Alarm", "Typing"):
        assert name in LEXICON, name
    assert len(LEXICON) >= 150
    assert lookup("church bell") == "Church bell" and lookup("telephone_bell_ringing") == "Telephone bell ringing"


def test_target_terms_resolve_unknown_labels_from_the_phrase() -> None:
    assert "knock" in target_terms("door_knock", "someone knocking on a door")
    terms = target_terms("car_horn", "a car horn")
    assert "honk" in terms and "engine" not in terms  # the longest sound match decides: horn, not car/engine
    assert target_terms("zorbler", "a zorbling sound") == ("zorbler", "zorbling", "zorbling sound")
    assert target_terms("Dog", "a dog barking", extra=["hound"])[-1] == "hound"


def test_a_probes_expanded_terms_are_not_expanded_again() -> None:
    """Found on the main job: re-expanding each of a probe's terms drifted from the horn to "vehicle" and "owl",
    so YAMNet's correct "No, ... I hear vehicle" read as a yes to an absent car horn."""
    terms = target_terms("Vehicle horn, car horn, honking", "a car horn")
    assert parse_answer("No, I don't hear a car horn; I hear vehicle (0.98).", terms) == Answer.NO
    assert parse_answer("I only hear an owl hooting in the distance.", terms) == Answer.NO
    assert parse_answer("A car horn honks twice.", terms) == Answer.YES


@pytest.mark.parametrize(("label", "phrase", "text", "expected"), [
    # the ontology's instruments, animals and tools: a sibling named is another sound, a child is the target
    ("Violin, fiddle", "a violin", "What you hear is a cello, bowed slowly in its low register.", "no"),
    ("Guitar", "a guitar", "A mandolin tremolo carries the melody.", "no"),
    ("Guitar", "a guitar", "An electric guitar plays a distorted riff.", "yes"),  # control: a kind of guitar
    ("Wind instrument, woodwind instrument", "a woodwind instrument", "A bassoon plays a low, reedy line.", "yes"),
    ("Percussion", "percussion", "Someone strikes a gong twice.", "yes"),
    ("Trumpet", "a trumpet", "A French horn holds a long note.", "no"),
    ("Horse", "a horse", "It's a donkey braying, not a horse.", "no"),
    ("Drill", "a drill", "A jackhammer pounds the pavement.", "no"),
    # a labelled conclusion of a reasoning reply decides, as "so" and "therefore" do
    ("Applause", "applause", "Step 1: list the sounds: speech, a cough. Step 2: look for applause - clapping would show"
     " as dense bursts. Conclusion: no applause.", "no"),
    ("Applause", "applause", "Step 1: list the sounds: speech, a cough. Conclusion: applause is present near the end.",
     "yes"),  # control
    # the answer stated at the end of reasoning
    ("Train", "a train", "A bus would not make this rhythmic clacking. Therefore, the answer is yes.", "yes"),
    ("Train", "a train", "The clacking is regular, like a train, but it's a fan. So the answer is no.", "no"),
    # a presence field of a structured reply answers for the sound named
    ("Dog", "a dog", '{"target": "dog", "present": false, "confidence": 0.9}', "no"),
    ("Siren", "a siren", '{"sound": "siren", "detected": true}', "yes"),  # control
    # answer particles of Chinese and Japanese lead
    ("Dog", "a dog", "\u4e0d\uff0c\u6ca1\u6709\u72d7\u3002", "no"),
    ("Dog", "a dog", "\u306f\u3044\u3001\u72ac\u304c\u5420\u3048\u3066\u3044\u307e\u3059\u3002", "yes"),
    # a multiple-choice reply that picks a letter picks the option listed under it
    ("Train", "a train", "(A) Train (B) Airplane (C) Bus \u2014 Correct answer: B.", "no"),
    ("Aircraft", "an airplane", "(A) Train (B) Airplane (C) Bus \u2014 Correct answer: B.", "yes"),  # control
    # a conditional identity hedges what it names
    ("Speech", "speech", "The voices, if that's what they are, are too muffled to follow.", "abstain"),
    ("Speech", "speech", "The voices are too muffled to follow.", "yes"),  # control
    # shapes from the second batch (tests/_dev_answers_17b.py): two verbs of perceiving joined, an unreadable file
    ("Dog", "a dog", "Sorry, I can't open or analyze audio attachments.", "abstain"),
    ("Siren", "a siren", "The recording appears to be corrupted, so I couldn't check it.", "abstain"),
    ("Siren", "a siren", "The recording is empty apart from a faint hiss.", "no"),  # control: an empty clip is an answer
    # a key and its value on a line of their own
    ("Piano", "a piano", "piano: false\nguitar: true", "no"),
    ("Guitar", "a guitar", "piano: false\nguitar: true", "yes"),  # control
    ("Cough", "a cough", "Sounds: speech, a cough. Laughter: none.", "yes"),  # control: the key is another sentence's
    # an animal or instrument named by its own name makes the sound of the verb after it
    ("Guitar", "a guitar", "A ukulele strums a simple four-chord progression.", "no"),
    ("Vehicle horn, car horn, honking", "a car horn", "A goose honks overhead.", "no"),
    ("Crow", "a crow", "A rooster crows at dawn.", "no"),
    ("Guitar", "a guitar", "An electric guitar strums chords.", "yes"),  # control: a kind of the target
    ("Applause", "applause", "The audience applauds.", "yes"),  # control: an audience is no animal or instrument
    ("Chicken, rooster", "a rooster", "A rooster crows at dawn.", "yes"),  # control
    # a kind the lexicon files under a broader class, named by its own word, is another kind than the target
    ("Cricket", "crickets", "Cicadas buzz loudly in the trees.", "no"),
    ("Cricket", "crickets", "Some insect is buzzing, I can't tell which.", "abstain"),  # control: the class's own name
    # a source the lexicon does not know, heard making its own call, is another sound
    ("Owl", "an owl", "A loon calls across the lake at night.", "no"),
    ("Owl", "an owl", "An owl calls across the lake at night.", "yes"),  # control
])
def test_answer_shapes_from_dev_table_17(label: str, phrase: str, text: str, expected: str) -> None:
    assert explain(text, target_terms(label, phrase))[0].value == expected


def test_farm_birds_are_birds_and_an_alarm_clock_is_a_clock() -> None:
    # AudioSet files Fowl under livestock and Alarm clock under alarms; a listener asked about the broader thing counts
    from pytest_audiotrust.vocab.ontology import relation

    assert relation("Goose", ["Bird"]) == "narrower" and relation("Chicken, rooster", ["Bird"]) == "narrower"
    assert relation("Alarm clock", ["Clock"]) == "narrower"
    # controls: a bird is not a goose, a clock is not an alarm clock, a dog is no bird
    assert relation("Bird", ["Goose"]) == "broader" and relation("Clock", ["Alarm clock"]) == "broader"
    assert relation("Dog", ["Bird"]) == "other"
