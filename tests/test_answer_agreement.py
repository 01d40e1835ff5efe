"""Two answers about one clip are compared by what they answer (``scoring.agreement``), not by their wording: the
embedding half scores reworded answers 0.6-0.8, as it scores a changed sound. Rows are written as audio LLMs answer
(hedged, multi-sentence, naming other sounds); the look-alikes change one thing a listener would notice."""

from __future__ import annotations

import pytest

from pytest_audiotrust import expect
from pytest_audiotrust.scoring.agreement import compare_answers
from pytest_audiotrust.scoring.answers import Answer
from pytest_audiotrust.verdicts.expect import ExpectationFailed

SAME = [
    ("Yes, I hear two knocks.", "Yes, there are two knocks on a door."),
    ("The clip contains rain and distant thunder.", "I can hear rain falling, with thunder far away."),
    ("No, I can't hear any music.", "There's no music in this recording."),
    ("Yes, a baby is crying, and someone is trying to calm it.", "Yes, there is a baby crying."),
    ("No, the siren is not present.", "No siren can be heard."),
    ("I don't hear a cat.", "There is no cat in this audio."),
    ("The audio is silent; there's nothing to transcribe.", "There is no speech in the audio."),
    ("Yes. In the background you can make out a piano, fairly quiet.", "Yes, there's soft piano music in the recording."),
    ("I can hear birds chirping and a light breeze.", "The recording has birdsong; it sounds like an outdoor scene."),
    # the bundled LLM's own pairs (tests/external/llm_answer_pairs, dev): a label list, a broader class added
    ("The sound classifier detected a cattle, bovinae, Moo, Animal, Livestock, farm animals, working animals, and Grunt.",
     "The sound classifier detected a cow, bovinae, moo, livestock, farm animals, working animals, and animal."),
    ("I hear an animal in the recording.", "I hear a dog barking in the recording."),
    # a description made only of the speaker and their mood; "tone" and "speaker" are no other sound heard
    ("The speaker sounds happy and excited.", "The person's tone is cheerful."),
    ("A dog is barking.", "It is a dog barking."),
]
DIFFERENT = [
    ("Yes, a dog is barking in the recording.", "Yes, I can hear a cat meowing in the recording.", "another sound"),
    ("The clip has a piano playing in the background.", "The clip has a guitar playing in the background.",
     "another sound"),
    ("Yes, there is a siren in the clip.", "I can't tell whether there is a siren in the clip.", "answer"),
    ("I hear a dog barking and a car passing.", "I hear a dog barking, but no car can be heard.", "car"),
    ("The speaker sounds happy, and I hear some clapping.", "The speaker sounds sad, and I hear some clapping.", "mood"),
    ("Yes. A man speaks while rain falls in the background.", "Yes. A woman speaks while rain falls in the background.",
     "sex"),
    ("There is no music in the recording.", "I hear a piano playing in the recording.", "music denied"),
    ("Vehicle, Car, Engine", "Vehicle, Truck, Engine", "another sound"),
    ("Someone is speaking in the recording.", "I hear a dog barking in the recording.", "another sound"),
    ("The speaker sounds calm.", "The speaker sounds angry.", "mood"),
]
#: Not answers about a clip: a transcript that names a sound, a reply that reports what is said. Left to the embedding.
NOT_READ = [
    ("At the tone, please record your message.", "At the tone, please record a message."),
    ("The speaker says the train leaves at 5 pm.", "The speaker says the train leaves at five."),
    ("Please enter your phone number.", "Please enter your phone number now."),
    ("Please call Anna, Ben and Carl.", "Please call Anna and Ben."),
    ("The door isn't unlocked.", "The door is locked."),  # its own words negated: no description of a sound
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_reworded_answers_agree(a: str, b: str) -> None:
    assert compare_answers(a, b).agree is True
    assert compare_answers(b, a).agree is True


@pytest.mark.parametrize(("a", "b", "what"), DIFFERENT)
def test_a_changed_sound_answer_sex_or_mood_differs(a: str, b: str, what: str) -> None:
    for x, y in ((a, b), (b, a)):
        got = compare_answers(x, y)
        assert got.agree is False and got.reason.startswith(what), got


@pytest.mark.parametrize(("a", "b"), NOT_READ)
def test_transcripts_and_reported_speech_are_left_to_the_embedding(a: str, b: str) -> None:
    assert compare_answers(a, b).agree is None


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), SAME)
def test_the_full_verdict_calls_reworded_answers_consistent(a: str, b: str) -> None:
    m = expect.consistent(a, b)
    assert m.passed and m.details["answer_agreement"].startswith("the answers agree")


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b", "what"), DIFFERENT)
def test_the_full_verdict_fails_a_changed_answer(a: str, b: str, what: str) -> None:
    with pytest.raises(ExpectationFailed, match=r"answers differ|slot differs|similarity"):
        expect.consistent(a, b)


#: The bundled LLM's own descriptions of a cow clip, clean and under pink noise at 10 dB (main job, seed 1234): it
#: copies the classifier's labels in capitals, and the noisy one drops "Grunt".
COW_CLEAN = ("The sound classifier detected a cattle, bovinae, Moo, Animal, Livestock, farm animals, working animals, "
             "and Grunt.")
COW_NOISY = "The sound classifier detected a cow, bovinae, moo, animal, livestock, farm animals, working animals."


def test_sound_classes_written_as_labels_are_no_names() -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert not differences(COW_NOISY, COW_CLEAN)
    assert compare_answers(COW_NOISY, COW_CLEAN).agree is True
    # one capitalised sound word is still a name; so are names that are no sound
    assert [d.slot for d in differences("Ask Bell to call.", "Ask Rain to call.")] == ["name"]
    assert [d.slot for d in differences("The classifier detected Moo and Grunt; ask Anna.",
                                        "The classifier detected Moo and Grunt; ask Hanna.")] == ["name"]
    assert [d.slot for d in differences("Invite Anna, Ben and Carl.", "Invite Anna, Ben and Rain.")] == ["name"]


def test_a_hyphenated_name_is_found_by_its_parts() -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert not differences("Vehicle, Aircraft, Fixed-wing Aircraft, airplane, Aircraft engine",
                           "Vehicle, Aircraft, Fixed-wing aircraft, airplane, Aircraft engine, Jet engine")
    assert [d.slot for d in differences("Call Mary-Kate.", "Call Mary-Anne.")] == ["name"]


def test_a_list_of_sound_labels_is_an_answer() -> None:
    """The bundled LLM answering with YAMNet's labels: the answers agree, and "Steam", which the sound lexicon lacks, is
    no name either, as an item of a list whose other items name sound classes."""
    assert compare_answers("Whistle, Steam whistle, Alarm, Steam, Hiss", "Whistle sounds can be heard in this clip.").agree
    assert expect.consistent("Whistle, Steam whistle, Alarm, Steam, Hiss", "Whistle sounds can be heard in this clip.").passed
    # a part of a class name the lexicon lacks ("Livestock, farm animals, working animals") is no name either
    assert expect.consistent(
        "The sound classifier detected a cattle, bovinae, Moo, Animal, Livestock, farm animals, working animals, and Grunt.",
        "The sound classifier detected a cow, a bovinae, a moo, and a farm animals.").passed


@pytest.mark.parametrize(("a", "b", "agree"), [
    # another order of the same sounds; "before" / "after" need not follow the words, so they are not read
    ("A car starts and then a horn honks in the recording.", "A horn honks and then a car starts in the recording.", False),
    ("First a door slams, then a dog starts barking.", "A door slams, then a dog barks.", True),
    # an answer that cannot tell against one that names the sound; a lean towards one sound is no abstention
    ("A dog is barking.", "It's hard to tell what the sound is; the audio is too noisy to identify it.", False),
    ("It might be a train passing in the recording.", "A train passes by in the recording.", True),
    # the speaker's age
    ("It's a child's voice.", "It's an elderly person's voice.", False),
    ("The speaker is a young woman.", "It's a female voice, and she sounds fairly young.", True),
    # words of its own on each side: nouns of one kind may be two words for one place, or two places: not read here
    ("The fan is running in the kitchen, quietly.", "The fan is running in the bedroom, quietly.", None),
    # "after that" and "before" are read for the order they state
    ("First a door slams, then a dog starts barking.", "A dog barks, and after that a door slams.", False),
    ("A dog barks before the door slams.", "First a dog barks, then a door slams.", True),
    ("The phone rings after the doorbell.", "First the phone rings, then the doorbell.", False),
    # the speaker's mood said as an adverb; an adult against a child
    ("A woman speaks calmly about the weather.", "A woman speaks angrily about the weather.", False),
    ("A child is singing a song.", "An adult is singing a song.", False),
])
def test_order_abstention_age_and_own_words(a: str, b: str, agree: bool | None) -> None:
    assert compare_answers(a, b).agree is agree


@pytest.mark.parametrize(("a", "b", "agree"), [
    # detail each answer adds, in words of its own, is no difference
    ("Birds are chirping, probably outdoors in the morning.", "The audio features birdsong; it sounds like an outdoor scene.",
     True),
    ("There is applause from a large audience.", "A big crowd is clapping their hands.", True),
    ("Dog; Bark; Domestic animals, pets", "A pet dog is barking.", True),
    ("There's no music playing.", "The clip doesn't contain any music.", True),
    # ... unless a word of one is the antonym of a word of the other (WordNet)
    ("Someone is typing fast on a keyboard.", "Someone is typing slowly on a keyboard.", False),
    ("A large dog barks.", "A small dog barks.", False),
    ("The birds are chirping outside, probably in a garden.", "The birds are chirping, probably in a cage indoors.", False),
    # the same words but one put for another: the shape of a changed word, left to the embedding
    ("I hear the dog in the kitchen.", "I hear the dog in the garden.", None),
])
def test_words_of_its_own_are_detail_unless_they_contrast(a: str, b: str, agree: bool | None) -> None:
    assert compare_answers(a, b).agree is agree
    assert compare_answers(b, a).agree is agree


@pytest.mark.parametrize(("a", "b", "agree"), [
    # how many, said in words against a number, or one of the things counted against several: not read here
    ("I can hear a dog barking twice in the background.", "There's a dog barking several times, fairly close to the mic.",
     None),
    ("I hear a knock at the door.", "I hear two knocks at the door.", None),
    ("A single gunshot is heard.", "Several gunshots are heard.", None),
    # a count one answer adds, the other saying nothing of how many, is detail
    ("A phone is ringing.", "A telephone rings about four times. It has an old-fashioned bell tone.", True),
    ("1. Footsteps\n2. A door closing\n3. Keys jingling", "I hear footsteps, then a door shutting and some keys jingling.",
     True),
])
def test_how_many(a: str, b: str, agree: bool | None) -> None:
    assert compare_answers(a, b).agree is agree


def test_a_count_one_answer_adds_passes_the_full_verdict() -> None:
    m = expect.consistent("A phone is ringing.", "A telephone rings about four times. It has an old-fashioned bell tone.")
    assert m.passed and m.details["count_said_by_one_answer"]
    with pytest.raises(ExpectationFailed, match="number"):  # two counts: the number slot decides
        expect.consistent("A telephone rings three times.", "A telephone rings four times.")
    with pytest.raises(ExpectationFailed):  # a count against "a knock": not detail
        expect.consistent("I hear a knock at the door.", "I hear two knocks at the door.")


def test_a_shared_no_answers_over_a_negation_slot() -> None:
    m = expect.consistent("No, I don't hear any music.", "No. The recording contains only traffic noise and some wind.")
    assert m.passed and m.details["negation_read_as_the_answer"]
    with pytest.raises(ExpectationFailed):
        expect.consistent("No, I don't hear any music.", "Yes. The recording contains music and some wind.")


def test_a_numbered_list_has_no_amounts() -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert not differences("1. Footsteps\n2. A door closing\n3. Keys jingling",
                           "I hear footsteps, then a door shutting and some keys jingling.")
    assert [d.slot for d in differences("Footsteps 3 times.", "Footsteps 2 times.")] == ["number"]


#: The DEV answer-pair tables, read and tuned on, each held to its measured level: (module, right, flips passed).
#: ``_dev_answer_pairs`` (85 pairs by helper h21): 51 right before its causes were fixed, 69 after, 71 with reports of
#: speech compared by what was said, 80 with words of their own read for contrasts and counts one answer adds read as
#: detail. ``_dev_answer_pairs2`` (94 pairs by helper h27): 54 right at first (flips passed 3), 73 after answers written
#: as data, counts that count nothing (times in the clip, confidences), another source named with a sound, alternatives
#: weighed, order in any text and the speaker's mood as a noun; 74 (flips passed 0) with a source read as the sound
#: named with it. ``_dev_answer_pairs3`` (84 pairs by helper h34): 57 right at first (flips passed 8), 66 after how far,
#: how loud and one source against a crowd were read per sound, a source was read as the sound named with it, "as if"
#: guesses were no reports and an opening "No" agreed with a plain denial. ``_dev_answer_pairs3b`` (42 pairs, written
#: after those fixes): 29 right at first sight (flips passed 6), 30 with "I'd say" read as a hedge. Table 3: 67 with
#: the recording's condition beside an answer read as no other sound, "first, then" as no rank and "this evening" as
#: today. Issue 22 (answers naming the same sounds as a description, where a sound is heading, a sound put in another's
#: place, more verbs reporting speech, found/lose, two abstentions): 83 (flips passed 0), 75 (0), 73 (0), 36 (2).
DEV_TABLES = [("_dev_answer_pairs", 83, 0), ("_dev_answer_pairs2", 75, 0), ("_dev_answer_pairs3", 73, 0),
              ("_dev_answer_pairs3b", 36, 2)]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "floor", "flips_passed"), DEV_TABLES)
def test_the_dev_answer_tables_stay_at_their_measured_level(name: str, floor: int, flips_passed: int) -> None:
    import _consistent_score as cs

    result = cs.score(cs.load(name))
    assert result.all.right >= floor and result.all.missed_flips <= flips_passed, cs.render(result)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("The speaker says the meeting is at 3.", "They mention the meeting starts at three.", True),
    ("The man says he'll be home by 7 pm.", "He tells someone he will get back home at seven in the evening.", True),
    ("The caller wants to cancel the order.", "The caller wants to confirm the order.", False),
    ("The announcement says the flight is delayed.", "The announcement says the flight is on time.", False),
    ("A man says the meeting is at 3.", "A woman says the meeting is at 3.", False),
])
def test_two_reports_of_speech_compare_what_was_said(a: str, b: str, same: bool) -> None:
    """What was said, without the frames ("The speaker says" / "They mention"), by the slots and the embedding; who
    says it by sex, age and mood."""
    try:
        m = expect.consistent(a, b)
        passed = m.passed
    except ExpectationFailed:
        passed = False
    assert passed is same


def test_a_transcript_that_reports_speech_keeps_its_own_words() -> None:
    got = compare_answers("The old man looked up and said the road was closed.",
                          "The old man looked up and said the road was open.")
    assert got.agree is None and got.reported is None


@pytest.mark.parametrize(("a", "b"), [
    # answers written as data: JSON fields, a classifier's labels with scores, key/value lines, timestamps, confidences
    ('{"sound_events": ["church bells"], "speech": false, "environment": "outdoor"}',
     "Church bells are ringing outdoors, and there's no speech."),
    ("The speaker is a man who sounds frustrated.", '```json\n{\n  "gender": "male",\n  "emotion": "frustrated"\n}\n```'),
    ("Chainsaw (0.91), Engine (0.62), Outside, rural or natural (0.35)", "Someone is running a chainsaw outdoors."),
    ("Emotion: disgust", "The speaker seems disgusted by something; you can hear it in the way she drags out the words."),
    ("The speaker sounds happy.", "Predicted emotion: happy (confidence: 78%)."),
    ("A dog barks a few times.", "A dog barks at 0:01, 0:02 and 0:04."),
    ("Three gunshots are heard.", '{"count": 3, "event": "gunshot"}'),
    # another source named with the sound is no other sound instead; a lean stays a lean beside "the noise"
    ("A smoke alarm is beeping.", "A smoke detector is going off with loud, repeated beeps."),
    ("From what I can make out, this appears to be a woodpecker tapping on a tree, although the noise in the recording "
     "makes it a little uncertain.", "A woodpecker is drumming on a tree."),
])
def test_answers_written_as_data_or_with_scores_agree(a: str, b: str) -> None:
    assert expect.consistent(a, b).passed
    assert expect.consistent(b, a).passed


@pytest.mark.parametrize(("a", "b"), [
    ('{"sound_events": ["church bells"], "speech": true}', "Church bells are ringing, and there's no speech."),
    ("Emotion: anger", "The speaker sounds happy."),
    ('{"count": 3, "event": "gunshot"}', "Two gunshots are heard."),
    ("Chainsaw (0.91), Engine (0.62)", "Someone is running a leaf blower."),
    # the order two sounds come in, in any text: "after" read for what it says
    ("The doorbell rings after the dog starts barking.", "The dog starts barking after the doorbell rings."),
    # alternatives weighed against one sound named
    ("It could be a dog or a fox, hard to say.", "A dog is barking."),
])
def test_answers_written_as_data_still_differ(a: str, b: str) -> None:
    with pytest.raises(ExpectationFailed):
        expect.consistent(a, b)


def test_an_announcement_heard_is_a_sound_not_a_report() -> None:
    assert compare_answers("I can hear an announcement over a loudspeaker and people talking.",
                           "In the background there's an announcement on a loudspeaker, with people talking.").agree is True
    assert compare_answers("The speaker announces that the train is late.",
                           "The speaker announces that the train is on time.").reported is not None  # a report


@pytest.mark.parametrize(("a", "b", "what"), [
    # how far, how loud, how many: read per sound, from the clause that names it (task h34, dev table 3)
    ("A dog is barking in the distance.", "A dog is barking right next to the microphone.", "distance"),
    ("Thunder rumbles far away.", "Thunder cracks directly overhead, very close.", "distance"),
    ("A man is speaking loudly.", "A man is speaking softly.", "loudness"),
    ("The music is playing very quietly in the background.", "The music is blasting at full volume.", "loudness"),
    ("A single person is laughing.", "A whole room of people is laughing.", "number"),
    ("One man is shouting.", "A crowd of men is shouting.", "number"),
    ("A lone violin plays a slow melody.", "An orchestra plays a slow melody, with many violins.", "number"),
    # a source named for several sounds ("a dog": barks or howls) is the sound named with it
    ("A dog is barking.", "A dog is growling.", "another sound"),
    ("A cat meows at the door.", "I can hear a cat purring contentedly.", "another sound"),
])
def test_distance_loudness_number_and_a_sources_act_differ(a: str, b: str, what: str) -> None:
    for x, y in ((a, b), (b, a)):
        got = compare_answers(x, y)
        assert got.agree is False and got.reason.startswith(what), got


@pytest.mark.parametrize(("a", "b"), [
    ("The clip contains rain and distant thunder.", "I can hear rain falling, with thunder far away."),
    ("Thunder rumbles very close by, and it's loud.", "A loud, nearby thunderclap."),
    ("Just one bird is chirping.", "A single bird sings repeatedly."),
    ("A large crowd of people is applauding.", "An audience claps enthusiastically, it sounds like hundreds of people."),
    # one side says how far and the other says nothing of it: detail
    ("A siren wails in the distance.", "There's an ambulance siren."),
    # a source named with its own sound, or named for one sound only ("a clock": tick-tock)
    ("A dog.", "Barking, quite insistent, a medium-sized dog by the sound of it."),
    ("A clock is ticking.", "The tick-tock of a clock."),
    # "as if asking for food" guesses at the cause, "I'd say" hedges; nobody reports speech
    ("The clip contains a cat.", "A cat is meowing repeatedly, as if asking for food."),
    ("Based on the audio, I'd say it's a sheep.", "Bleating, most likely from a sheep."),
])
def test_the_same_scale_or_source_agrees(a: str, b: str) -> None:
    assert compare_answers(a, b).agree is True
    assert compare_answers(b, a).agree is True


def test_an_opening_no_and_a_plain_denial_answer_alike() -> None:
    got = compare_answers("No. I listened for any music, but I only hear a fan humming and some distant traffic.",
                          "There is no music in this clip.")
    assert got.agree is True and got.answered is Answer.NO
    # a plain statement of the sound, with no opening yes, still gives no answer to a "No."
    assert compare_answers("No, there is no dog.", "A dog barks.").agree is False


@pytest.mark.parametrize(("a", "b"), [
    # the recording's condition named as why the answer hedges or cannot tell is no sound heard instead
    ("It's hard to be fully certain with the background noise, but this seems to be a vacuum cleaner.",
     "A vacuum cleaner is running."),
    ("I'm sorry, the audio is too noisy for me to tell what the sound is.",
     "I can't identify the sound, the recording is mostly static."),
    ("There's a fair bit of hiss on the line, but a dog is barking.", "A dog barks a few times."),
])
def test_the_recordings_condition_beside_an_answer_is_no_other_sound(a: str, b: str) -> None:
    assert compare_answers(a, b).agree is True
    assert compare_answers(b, a).agree is True


@pytest.mark.parametrize(("a", "b"), [
    ("Just static.", "A dog is barking."),  # the condition alone is the answer: another sound
    ("Mostly static, but a cat meows once.", "A dog is barking."),
    ("I can't tell, it's mostly static.", "A dog is barking."),  # cannot tell against a sound heard
])
def test_the_recordings_condition_alone_or_beside_another_sound_still_differs(a: str, b: str) -> None:
    assert compare_answers(a, b).agree is False
    assert compare_answers(b, a).agree is False


def test_a_lean_towards_one_source_differs_from_another_source_named_plainly() -> None:
    from pytest_audiotrust.scoring.agreement import compare_answers

    assert compare_answers("Hmm, I believe this could be a motorbike, going by the pitch.",
                           "That is clearly a lawn mower.").agree is False
    assert compare_answers("Maybe a telephone is ringing? Hard to be fully sure.", "A doorbell rings.").agree is False


def test_a_man_or_a_woman_is_an_adult_against_a_child() -> None:
    from pytest_audiotrust.scoring.agreement import compare_answers

    assert compare_answers("I would guess a woman is humming a tune.", "A small child hums a tune.").agree is False


def test_meaning_a_place_word_put_in_place_of_another_moves_the_thing() -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert [d.slot for d in differences("Leave the parcel beside the door.", "Leave the parcel behind the door.")] \
        == ["place"]
    assert differences("Leave the parcel beside the door.", "Leave the parcel next to the door.") == []


def test_meaning_a_perfect_is_past_against_a_future() -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert "tense" in [d.slot for d in differences("They have lived in Leeds for a decade.",
                                                   "They will live in Leeds for a decade.")]


def test_meaning_a_table_cell_opens_like_a_sentence() -> None:
    from pytest_audiotrust.scoring.meaning import differences

    assert not [d for d in differences("| Field | Result |\n|---|---|\n| Sound | dog barking |", "a dog barking")
                if d.slot == "name"]
