"""Transcript extraction before WER/CER: chat wrappers off, refusals kept, plain transcripts untouched."""

from __future__ import annotations

import json

import pytest
from _answer_tables import WRAPPED

from pytest_audiotrust import expect, results
from pytest_audiotrust.expect import ExpectationFailed
from pytest_audiotrust.scoring.transcript import extract_transcript
from pytest_audiotrust.scoring.wer import word_error


@pytest.fixture(autouse=True)
def fresh_record():
    results.start(results.CaseRecord(nodeid="t"))
    yield
    results.finish()


def test_wrapped_table_agrees_at_least_95_percent() -> None:
    wrong = [(raw, exp, extract_transcript(raw)) for raw, exp in WRAPPED if extract_transcript(raw).text.strip() != exp]
    agreement = 1 - len(wrong) / len(WRAPPED)
    listing = "\n".join(f"  {r!r}:\n    expected {e!r}\n    got      {x.text!r} ({x.rule})" for r, e, x in wrong)
    assert agreement >= 0.95, f"agreement {agreement:.3f} on {len(WRAPPED)} outputs; disagreements:\n{listing}"


def test_table_is_large_and_holds_refusals_and_plain_transcripts() -> None:
    assert len(WRAPPED) >= 30
    assert sum(1 for r, e in WRAPPED if r.strip() == e) >= 5  # unwrapped rows that must pass through


def test_wrapped_transcripts_score_by_an_independent_wer_after_extraction() -> None:
    # measured with jiwer directly on the expected transcript: extraction gives the same WER as the clean text
    for raw, inner in WRAPPED:
        if raw.strip() == inner:
            continue
        ref = inner
        assert expect.wer(raw, ref, max_wer=1.0).value == pytest.approx(word_error(inner, ref, "whisper").rate)


def test_wer_extracts_by_default_and_records_raw_and_extracted() -> None:
    raw = "The original content of this audio is: 'Turn off the lights in the kitchen.'"
    m = expect.wer(raw, "Turn off the lights in the kitchen.", max_wer=0.0)
    assert m.passed and m.output == "Turn off the lights in the kitchen."
    assert m.details["raw_output"] == raw and m.details["extracted_output"] == m.output
    assert m.details["extraction"] == "lead-in: the content of the audio is + quotes"


def test_extract_false_scores_the_wrapper_as_errors() -> None:
    raw = 'Sure! Here\'s the transcription: "Set a timer for ten minutes."'
    with pytest.raises(ExpectationFailed) as exc:
        expect.wer(raw, "Set a timer for ten minutes.", max_wer=0.15, extract=False)
    m = results.current().measurements[-1]
    assert m.details["extraction"] == "off" and m.value > 0.3 and m.output == raw
    assert "raw output" not in str(exc.value)
    assert expect.cer(raw, "Set a timer for ten minutes.", max_cer=0.0).passed


def test_a_refusal_is_not_stripped_to_empty_and_scores_as_errors() -> None:
    refusal = "I'm sorry, but I can't help with that."
    assert extract_transcript(refusal).text == refusal and extract_transcript(refusal).refusal
    with pytest.raises(ExpectationFailed) as exc:
        expect.wer(refusal, "Turn off the lights in the kitchen.", max_wer=0.15)
    m = results.current().measurements[-1]
    assert m.value >= 0.8 and m.details["extraction"] == "refusal kept"
    assert "refusal kept" in str(exc.value)


def test_the_failure_message_shows_raw_output_when_extraction_changed_it() -> None:
    with pytest.raises(ExpectationFailed) as exc:
        expect.wer('The speaker says, "Turn on the lights."', "Turn off the lights.", max_wer=0.0)
    msg = str(exc.value)
    assert "output:    'Turn on the lights.'" in msg and "raw output: 'The speaker says," in msg


@pytest.fixture(scope="module")
def whisper_outputs() -> list[str]:
    from pytest_audiotrust.clips import bundled_clips
    from pytest_audiotrust.models import load_model

    model = load_model("whisper:tiny.en")
    return [model.transcribe(e.load()).text for e in bundled_clips()[:12]]


def test_real_whisper_transcripts_of_the_bundled_clips_pass_through_unchanged(whisper_outputs: list[str]) -> None:
    assert len(whisper_outputs) >= 5 and all(o.strip() for o in whisper_outputs)
    changed = [(o, extract_transcript(o).text) for o in whisper_outputs if extract_transcript(o).text != o]
    assert not changed, changed


def test_ini_switches_extraction_off_and_a_bad_value_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from pytest_audiotrust import expect

        def test_w():
            expect.wer("Transcription: turn off the lights", "turn off the lights", max_wer=0.0)
        """
    )
    assert pytester.runpytest_inprocess("-q", "-p", "no:randomly").ret == 0
    pytester.makeini("[pytest]\naudiotrust_extract_transcript = false\n")
    result = pytester.runpytest_inprocess("-q", "-p", "no:randomly", "--audiotrust-json=out.json")
    assert result.ret == 1
    rec = json.loads((pytester.path / "out.json").read_text())["records"][0]
    assert rec["measurements"][0]["details"]["extraction"] == "off"
    pytester.makeini("[pytest]\naudiotrust_extract_transcript = sometimes\n")
    result = pytester.runpytest_inprocess("-q")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*audiotrust_extract_transcript='sometimes'*expected true or false*"])


WRAPPERS = (
    "The original content of this audio is: '{t}'",
    'Sure! Here\'s the transcription: "{t}"',
    'The speaker says, "{t}" Let me know if you need anything else.',
    "Transcription: {t}",
    "Here is the transcript of the audio:\n\n{t}\n\nI hope this helps!",
)


def test_real_whisper_transcripts_come_back_out_of_every_wrapper(whisper_outputs: list[str]) -> None:
    wrong = [(w, o, extract_transcript(w.format(t=o.strip())).text) for o in whisper_outputs for w in WRAPPERS
             if extract_transcript(w.format(t=o.strip())).text != o.strip()]
    assert not wrong, wrong


CHATTY_WHISPER = '''
import pytest
from pytest_audiotrust.models import CallableModel, load_model

@pytest.fixture(scope="session")
def audiotrust_model():
    whisper = load_model("whisper:tiny.en")

    def chat(audio, prompt):
        if prompt is not None:
            return "No, I only hear a person speaking."
        text = whisper.transcribe(audio).text.strip()
        return f'Sure! Here\\'s the transcription: "{text}"' if text else "I'm sorry, but there is no speech to transcribe."
    return CallableModel(chat, name="chatty_whisper")
'''


def test_the_chat_example_suite_scores_a_wrapped_whisper_like_whisper(pytester: pytest.Pytester) -> None:
    from pathlib import Path

    suite = Path(__file__).resolve().parents[1] / "example_suites" / "test_chat_model_answers.py"
    pytester.makeconftest(CHATTY_WHISPER)
    pytester.makepyfile(test_chat=suite.read_text())
    pytester.runpytest("-p", "no:randomly", "-k", "(transcript_inside and librivox) or (abstains and silence) or no_siren",
                       "--audiotrust-json=out.json")
    records = json.loads((pytester.path / "out.json").read_text())["records"]
    wer = [m for r in records for m in r["measurements"] if m["check"] == "wer"]
    assert len(wer) == 5  # the five LibriVox readings (every clip's transcript would take two minutes)
    for m in wer:  # the wrapper is gone: what is scored is Whisper's own transcript
        assert m["details"]["raw_output"].startswith("Sure! Here's the transcription:")
        assert m["output"] == m["details"]["raw_output"].split(': "', 1)[1][:-1]
    speech_free = [m for r in records for m in r["measurements"] if m["check"] == "no_speech"]
    assert any(m["details"]["verdict"] == "abstained" for m in speech_free)
    for m in speech_free:  # the abstention passes; words Whisper wrote on silence count as many as Whisper wrote
        raw = m["details"]["raw_output"]
        if raw.startswith("I'm sorry"):
            assert m["passed"] and m["details"]["verdict"] == "abstained"
        else:
            words = [w for w in raw.split(': "', 1)[1][:-1].split() if any(c.isalnum() for c in w)]
            assert m["value"] == len(words) and m["passed"] == (not words)
    denied = [m for r in records for m in r["measurements"] if m["check"] == "denies"]
    assert denied and all(m["passed"] and m["details"]["target_source"] == "argument" for m in denied)
    assert {m["details"]["rule"] for m in denied} == {"leading no"}


def test_raw_and_extracted_outputs_are_shown_escaped_in_the_report(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from pytest_audiotrust import expect

        def test_w():
            expect.wer('Sure! Here\\'s the transcription: "<img src=x onerror=alert(1)> lights off"', "lights off",
                       max_wer=0.0)
        """
    )
    pytester.runpytest_inprocess("-p", "no:randomly", "--audiotrust-report=report.html")
    html = (pytester.path / "report.html").read_text()
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt; lights off" in html
    assert "raw output (courtesy opener + lead-in: here is the transcription + quotes):" in html
    assert "transcript scored:" in html


@pytest.mark.parametrize("speech", [
    'Did you hear "Jingle Bells"?',  # a quote inside a question: no sentence about the audio introduces it
    'Remember what she told you: "never give up".',
    "Anna: can you hear me?",  # one "Name: …" line is speech, not a dialogue
    "Call me at [10:30] please.",  # a bracketed clock time inside speech is no timestamp
    "> just a quoted line",  # a block quote with nothing around it
    "The ratio was 2.5-3.0 today.",
    "Transcribe this note for me.",  # a spoken request, with no transcript after it
])
def test_speech_that_looks_like_a_new_wrapper_passes_unchanged(speech: str) -> None:
    assert extract_transcript(speech).text == speech


@pytest.mark.parametrize(("raw", "want", "step"), [
    ('```\nTurn left here.\n```\nLet me know if you need more.', "Turn left here.", "code fence"),
    ("2\n00:00:02,000 --> 00:00:04,000\n<i>Stop!</i>\n\n3\n00:00:04,000 --> 00:00:05,000\nWhy?", "Stop! Why?", "subtitles"),
    ('[{"start": 0, "end": 1, "text": "Hi."}, {"start": 1, "end": 2, "text": "Bye."}]', "Hi. Bye.", "json: text"),
    ("Assistant: Transcript: Lights off.", "Lights off.", "chat turn: assistant"),
    ("(0.5s - 1.2s) Speaker 2: Here it is.", "Here it is.", "timestamps"),
    ("Transcribe the audio exactly.\n\nHello there.", "Hello there.", "echoed prompt"),
    ("[Host] Welcome back.\n[Guest] Thanks for having me.", "Welcome back. Thanks for having me.", "dialogue turns"),
])
def test_each_new_wrapper_is_named_in_the_steps(raw: str, want: str, step: str) -> None:
    ex = extract_transcript(raw)
    assert (ex.text, ex.rule.split(" + ")[0]) == (want, step)


def test_a_decline_that_still_quotes_the_words_gives_the_words_and_a_bare_decline_stays_whole() -> None:
    # the bundled cascade's answer to "Transcribe what the speaker says, word for word." (tests/_llm_transcripts.py)
    assert extract_transcript('I can\'t help with that: it says "Set a timer for 10 minutes."').text == \
        "Set a timer for 10 minutes."
    assert extract_transcript("I'm sorry, but I can't help with that.").refusal
    assert extract_transcript('I can\'t read the sign. It says "exit".').text == 'I can\'t read the sign. It says "exit".'


@pytest.mark.parametrize("speech", [
    "Text me when you're out.",  # a transcript label word opening speech is no marker line
    "The transcript is ready, here it is.",  # names the transcript, but no paragraph follows it
    "I removed the old shelf yesterday.",  # first-person editing words inside speech, not a note after a transcript
    "Press <b> to bold the text.",  # an angle-bracketed word with no block tag around it is not HTML
    "Summary of the day: we won.",  # a meta label opening speech with no transcript field is kept
])
def test_speech_that_looks_like_round_4_wrappers_passes_unchanged(speech: str) -> None:
    assert extract_transcript(speech).text == speech


@pytest.mark.parametrize(("raw", "want", "step"), [
    ("<div>Lights off.<br>Doors locked.</div>", "Lights off.\nDoors locked.", "html"),
    ("=== BEGIN TRANSCRIPT ===\nHold the lift.\n=== END TRANSCRIPT ===", "Hold the lift.", "fields: TRANSCRIPT"),
    ("Below is the transcription.\n\nKeep left.", "Keep left.", "lead-in paragraph"),
    ("```text\nNo entry.\n```", "No entry.", "code fence"),
])
def test_round_4_wrappers_are_named_in_the_steps(raw: str, want: str, step: str) -> None:
    ex = extract_transcript(raw)
    assert (ex.text, ex.rule.split(" + ")[0]) == (want, step)


def test_two_versions_of_one_transcript_give_the_first_and_two_speakers_give_both() -> None:
    assert extract_transcript("Transcript: Hi there.\nClean transcript: Hi.").text == "Hi there."
    assert extract_transcript("Speaker 1: Hi there.\nSpeaker 2: Hi.").text == "Hi there. Hi."
    assert extract_transcript('A man asks: "Ready?" A woman replies: "Yes."').text == "Ready? Yes."
    # the user's prompt echoed as a field is no speech; a square-bracketed tag never is; a parenthesis may be
    assert extract_transcript('Transcript: Go.\nYou asked: "What is said?"').text == "Go."
    assert extract_transcript("Transcript: [sarcastic] Great, just great.").text == "Great, just great."
    assert extract_transcript("Transcript: Meet me at the (new) cafe.").text == "Meet me at the (new) cafe."


@pytest.mark.parametrize("speech", [
    "Meet me at 5:30\nBring the cake.",  # a time after words is no speaker header (no column gap)
    "Let me know if you can come.\n\nSee you Friday.",  # a courtesy paragraph first, but nothing about the audio
    "Raw fish is fine\nCorrected the rota",  # version-like words opening lines with no colon are speech
    "Price, quantity, text\nare the columns we need",  # a comma list with no rows to match its header
])
def test_speech_that_looks_like_table_b_wrappers_passes_unchanged(speech: str) -> None:
    assert extract_transcript(speech).text == speech


@pytest.mark.parametrize(("raw", "want", "step"), [
    ("<|en|><|transcribe|> Hi.<|endoftext|>", "Hi.", "whisper tokens"),
    ("Note: the recording is faint.\n\nHi there.", "Hi there.", "leading note"),
    ("Speaker 2  1:05\nNot yet.", "Not yet.", "speaker headers"),
    ("id,text\n1,Go now.\n2,Wait.", "Go now. Wait.", "csv: text"),
    ('{"elements": [{"value": "Hi"}, {"value": ","}, {"value": "you"}]}', "Hi, you", "json: elements[].words"),
    ('{"DisplayText": "Lights on."}', "Lights on.", "json: DisplayText"),
])
def test_table_b_wrappers_are_named_in_the_steps(raw: str, want: str, step: str) -> None:
    ex = extract_transcript(raw)
    assert (ex.text, ex.rule.split(" + ")[0]) == (want, step)


@pytest.mark.parametrize("speech", [
    "Q and A starts at noon.",
    "Honestly — I think so.",  # a dash after a word that names no transcript
    "I'll call you later — Anna",  # a name signing off speech, not an attribution after a quote
    "The score is 3 — 1 to us.",
])
def test_speech_that_looks_like_table_c_wrappers_passes_unchanged(speech: str) -> None:
    assert extract_transcript(speech).text == speech


def test_table_c_shapes() -> None:
    assert extract_transcript("Q: What does the speaker say?\nA: Hi.").text == "Hi."  # the prompt, not an interview turn
    assert extract_transcript("Q: Why?\nA: Because.").text == "Why? Because."
    assert extract_transcript(">> HOST: Hi.\n>> GUEST: Hello.").text == "Hi. Hello."
    assert extract_transcript("Fine. [LAUGHTER] Okay.").text == "Fine. Okay."
    assert extract_transcript("[SPEAKER 2] Okay.\n[SPEAKER 3] Fine.").rule == "fields: SPEAKER 2, SPEAKER 3"  # labels, no tags
    assert extract_transcript("{'transcript': 'Go.'}").text == "Go."
    assert extract_transcript("English transcription: \"Go.\"\nChinese translation: not required.").text == "Go."
    assert extract_transcript("Transcript: Go.\nKeywords: go").text == "Go."


@pytest.mark.parametrize("speech", [
    "Anna — are you coming?",  # a name and a dash: only a speaker label is cut there
    "That's all I wanted to say.",  # "that's all" as the whole utterance stays
    "The audio cable is broken: can you bring another?",  # a sentence about an audio cable, no quote after it
])
def test_speech_that_looks_like_table_d_wrappers_passes_unchanged(speech: str) -> None:
    assert extract_transcript(speech).text == speech


def test_table_d_shapes() -> None:
    assert extract_transcript("Speaker A — Hi.\nSpeaker B — Hello.").text == "Hi. Hello."
    assert extract_transcript("Transcript: Go now.² \n\n² Noisy here.").text == "Go now."
    assert extract_transcript("Transcript (confidence 0.5): Go now.").text == "Go now."
    assert extract_transcript("I heard: Go now. That's all that is said.").text == "Go now."
    assert extract_transcript('The recording is a voicemail: "Call me."').text == "Call me."


def test_table_e_shapes_and_their_look_alikes() -> None:
    assert extract_transcript("<text><w>Hi</w> <w>there.</w></text>").text == "Hi there."
    assert extract_transcript("- speaker: A\n  text: Hi.\n- speaker: B\n  text: Bye.").text == "Hi. Bye."  # records
    assert extract_transcript("Text: Hi.\nCleaned text: Hi!").text == "Hi."  # versions in one record
    assert extract_transcript("Transcript: Wait (0:04) here.").text == "Wait here."
    assert extract_transcript("Call me at [10:30] please.").text == "Call me at [10:30] please."  # a clock time stays
    assert extract_transcript("Speaker count: 2\n\nA: Hi.\nB: Yo.").text == "Hi. Yo."
    assert extract_transcript("A: the red one.").text == "A: the red one."  # one lettered line is no dialogue
    assert extract_transcript("Here's what I could hear 👇\n\nGo left.").text == "Go left."
    assert extract_transcript("I could hear it all\n\nGo left.").text == "I could hear it all\n\nGo left."  # no ":" or pointer


def test_table_f_shapes_and_their_look_alikes() -> None:
    assert extract_transcript("1) Transcript — Go.\n2) Emotion — calm").text == "Go."
    assert extract_transcript("Speaker A | Hi.\nSpeaker B | Yo.").text == "Hi. Yo."
    assert extract_transcript("Transcript\n---------\nGo now.").text == "Go now."  # a rule line is no arrow
    assert extract_transcript("ASR hypothesis #1: go now\nASR hypothesis #2: go now!").text == "go now"
    assert extract_transcript('The voice is calm: "Sit down."').text == "Sit down."
    assert extract_transcript("Hi.\n\n(end of message)").text == "Hi."
    assert extract_transcript("Yes — I think so — maybe.").text == "Yes — I think so — maybe."  # dashes in speech stay
    assert extract_transcript("The end of the message was cut, she said.").text == "The end of the message was cut, she said."


def test_table_18_shapes_and_their_look_alikes() -> None:
    # labels in other languages and scripts, the full-width colon; the translation field is metadata
    assert extract_transcript("Transkription: Bis sp\u00e4ter!").text == "Bis sp\u00e4ter!"
    assert extract_transcript("Transcripci\u00f3n: Hasta luego.\nTraducci\u00f3n: See you later.").text == "Hasta luego."
    assert extract_transcript("\u539f\u6587\uff1a\u8c22\u8c22\u4f60\u3002\n\u8bd1\u6587\uff1aThank you.").text == \
        "\u8c22\u8c22\u4f60\u3002"
    assert extract_transcript("Merci : on arrive bient\u00f4t.").text == "Merci : on arrive bient\u00f4t."  # no label
    # a count of speakers is no turn
    assert extract_transcript("transcript: Pass the salt.\nspeakers: 1").text == "Pass the salt."
    assert extract_transcript("Speakers: Mia and Leo\nMia: Ready?\nLeo: Almost.").text == "Ready? Almost."
    assert extract_transcript("**Coach** (0:10): Keep your elbows in.\n**Player** (0:12): Like this?").text == \
        "Keep your elbows in. Like this?"
    # a manner or addressee between the speech verb and its quote; a pronoun there is speech quoting speech
    assert extract_transcript('A woman says calmly, "Fasten your seatbelts."').text == "Fasten your seatbelts."
    assert extract_transcript('He asks the waiter, "Is the soup vegan?"').text == "Is the soup vegan?"
    assert extract_transcript('Tell them what I told you: "no refunds".').text == 'Tell them what I told you: "no refunds".'
    assert extract_transcript('A voice over the tannoy announcing: "Platform three for Bristol."').text == \
        "Platform three for Bristol."
    # lyrics are words: their label and section tags go
    assert extract_transcript("Lyrics:\nSwing low, sweet chariot").text == "Swing low, sweet chariot"
    assert extract_transcript("[Intro]\n[Verse 2]\nThe river runs cold").text == "The river runs cold"
    assert extract_transcript("[Anna] Did you see that?").text == "[Anna] Did you see that?"
    # list items after a wrapper are the transcript's lines; a bare list is speech
    assert extract_transcript("Here is the transcript:\n1. Take the second exit.\n2. Then keep left.").text == \
        "Take the second exit.\nThen keep left."
    assert extract_transcript("1. Eggs\n2. Milk").text == "1. Eggs\n2. Milk"
    # a decline and an offer to describe holds no transcript; a decline that quotes what was caught gives the words
    assert extract_transcript("I cannot transcribe song lyrics, but I can describe the track: a fast drum and bass "
                              "tune.").refusal
    assert extract_transcript('I can\u2019t transcribe it all, but here is what I caught: "meet at noon"').text == \
        "meet at noon"
    # "no speech" in another language is no transcript; a Spanish sentence with "no" and a verb of speaking is one
    assert extract_transcript("No hay voz en este clip.").refusal
    assert extract_transcript("No voy a hablar m\u00e1s contigo.").text == "No voy a hablar m\u00e1s contigo."


def test_the_same_label_again_is_the_next_segment_not_another_version() -> None:
    # a YAML-ish segment list: each record repeats "text:"; versions of one transcript are named apart
    reply = ("Here are the segments I detected:\n\nsegments:\n  - start: 0.00\n    end: 1.80\n    text: Is the pharmacy "
             "still open?\n  - start: 1.80\n    end: 3.40\n    text: I think it closes at nine.\n")
    assert extract_transcript(reply).text == "Is the pharmacy still open? I think it closes at nine."
    assert extract_transcript("Verbatim: Uh, I- I'll be late.\nClean verbatim: I'll be late.").text == \
        "Uh, I- I'll be late."


def test_speaker_names_with_a_title_are_dialogue_turns() -> None:
    reply = ("Here's my transcription of the consultation:\n\n**Mrs. O'Neill:** My knee has been hurting for a week.\n"
             "**Dr Okafor:** Does it hurt more when you climb stairs?\n**Mrs. O'Neill:** Yes, especially in the morning.")
    assert extract_transcript(reply).text == ("My knee has been hurting for a week. Does it hurt more when you climb "
                                              "stairs? Yes, especially in the morning.")


def test_a_speaker_tag_in_angle_brackets_with_the_voice_traits() -> None:
    reply = "<speaker_a, male, tired> I've been up since four.\n<speaker_b, female, amused> Then go back to bed!"
    assert extract_transcript(reply).text == "I've been up since four. Then go back to bed!"


def test_the_users_words_quoted_back_then_the_assistants_own_sentence() -> None:
    reply = 'You said: "call the plumber tomorrow morning". Got it. Reply with yes to confirm or no to try again.'
    assert extract_transcript(reply).text == "call the plumber tomorrow morning"


def test_fields_after_reported_words_annotate_them() -> None:
    reply = ("The caller said: I need to move my delivery to Thursday afternoon\nAction: reschedule_delivery\n"
             "Parameters: day=Thursday, window=afternoon")
    assert extract_transcript(reply).text == "I need to move my delivery to Thursday afternoon"


def test_a_dash_ends_a_lead_in_and_what_else_is_heard_is_commentary() -> None:
    reply = ("Here's what the speaker said \u2014 \"Don't forget to feed the cat.\" \u2014 and you can also hear a TV "
             "playing in the background, so a word or two may be off.")
    assert extract_transcript(reply).text == "Don't forget to feed the cat."
    assert extract_transcript("The text of the clip reads as follows \u2013 \"Boarding now at gate nine.\"").text == \
        "Boarding now at gate nine."


def test_a_reply_of_metadata_fields_only_holds_no_transcript() -> None:
    reply = ("- **Speaker:** adult, probably female\n- **Emotion:** hard to judge\n"
             "- **Language:** unclear \u2014 the voice is too quiet under the music to make out any words.")
    got = extract_transcript(reply)
    assert got.refusal and got.text == reply
    assert extract_transcript("Go to gate nine.\nLanguage: English").text == "Go to gate nine."  # words beside metadata


def test_a_field_that_picks_a_lettered_option_gives_that_options_words() -> None:
    reply = ("Which sentence matches the audio best?\n\n(A) She sells sea shells\n(B) She sells three shells\n"
             "(C) See the sea shells\n\nAnswer: (B)\n\nThe 'th' is fairly clear, so I'm fairly confident.")
    assert extract_transcript(reply).text == "She sells three shells"
    picked = "Choices:\nA. Turn left at the bank\nB. Turn left at the bench\n\nMost likely: A. Turn left at the bank"
    assert extract_transcript(picked.replace("Most likely", "Answer")).text == "Turn left at the bank"


def test_the_models_talk_then_a_presenting_sentence_then_the_words() -> None:
    reply = ("Of course! Give me a moment while I listen to the recording...\n\nAll right, here's what I got:\n"
             "Your table for four is ready at the bar.")
    assert extract_transcript(reply).text == "Your table for four is ready at the bar."
    speech = "I found the recipe card. Here it is: two eggs, a cup of flour."
    assert extract_transcript(speech).text == speech  # not the model's talk about audio: speech


def test_a_description_of_the_recordings_sounds_holds_no_transcript() -> None:
    reply = ("This recording is mostly a dog barking and a car alarm, and there seems to be someone talking far off, "
             "but nothing I could write down.")
    assert extract_transcript(reply).refusal
    for speech in ("The recording contains private details, so please delete it.", "The clip of our wedding went viral."):
        assert extract_transcript(speech).text == speech


def test_a_transcript_field_first_is_no_presenting_paragraph() -> None:
    reply = "Transcript: Could you leave the keys here? I'll pick them up later.\n\nThe speaker sounds a little rushed."
    assert extract_transcript(reply).text == "Could you leave the keys here? I'll pick them up later."


def test_a_metadata_field_or_a_gloss_after_a_quote_is_commentary() -> None:
    assert extract_transcript('Heard: "play some jazz in the kitchen" -> intent: music.play').text == \
        "play some jazz in the kitchen"
    reply = 'I believe the speaker says "Danke sch\u00f6n, bis morgen," which roughly means "Thanks, see you tomorrow."'
    assert extract_transcript(reply).text == "Danke sch\u00f6n, bis morgen,"
    assert extract_transcript('Merci beaucoup ! \u2014 French for "Thank you very much!"').text == "Merci beaucoup !"
    speech = 'Transcript: Thanks for coming. It means a lot to me.'
    assert extract_transcript(speech).text == "Thanks for coming. It means a lot to me."


def test_a_numbered_step_label_joined_by_a_dash() -> None:
    reply = "Step 1 \u2013 Transcription: We're out of printer paper again.\nStep 2 \u2013 Emotion: mildly annoyed"
    assert extract_transcript(reply).text == "We're out of printer paper again."


def test_a_note_on_the_named_speakers_after_a_dialogue() -> None:
    reply = ("Coach: Keep your head up!\nPlayer: I'm trying!\n\nThe coach sounds encouraging, while the player is out "
             "of breath.")
    assert extract_transcript(reply).text == "Keep your head up! I'm trying!"
    reply = ("Here you go:\n\nSpeaker 1 \u2014 Is the printer fixed?\nSpeaker 2 \u2014 Not yet, sorry.\n\nBoth speakers "
             "sound tired.")
    assert extract_transcript(reply).text == "Is the printer fixed? Not yet, sorry."


def test_a_closing_marker_with_a_slash() -> None:
    assert extract_transcript("[TRANSCRIPT]\nThe lift is out of order today.\n[/TRANSCRIPT]").text == \
        "The lift is out of order today."


def test_a_label_of_hearing_reports_the_words() -> None:
    assert extract_transcript("Sounds like: \"grab the blue folder\" \u2014 but it's faint.").text == "grab the blue folder"
    assert extract_transcript("Words from the recording: the lift is stuck between floors").text == \
        "the lift is stuck between floors"


def test_a_lead_in_with_an_apostrophe_before_the_quote() -> None:
    reply = "There's a little boy who says \"Grandpa, watch this!\" and then splashes into the pool."
    assert extract_transcript(reply).text == "Grandpa, watch this!"


def test_a_quote_inside_the_transcript_belongs_to_the_speaker() -> None:
    reply = "Transcription:\nShe looked at me and said, \"Not again,\" and walked out.\n\nThe speaker sounds upset."
    assert extract_transcript(reply).text == "She looked at me and said, \"Not again,\" and walked out."


def test_a_parenthetical_manner_note_with_commas() -> None:
    reply = "Could you repeat the last part? (asked quietly, with a slight French accent)"
    assert extract_transcript(reply).text == "Could you repeat the last part?"


def test_a_note_after_a_listed_transcript_goes_before_the_list_is_read() -> None:
    reply = ("Transcription:\n1. Rinse the rice twice.\n2. Add two cups of water.\n\n(These sound like cooking "
             "instructions, read fairly quickly.)")
    assert extract_transcript(reply).text == "Rinse the rice twice.\nAdd two cups of water."


def test_the_audio_contains_the_following_dialogue() -> None:
    reply = "The recording contains the following conversation:\nA: Is the gym open late?\nB: Until eleven, I think."
    assert extract_transcript(reply).text == "Is the gym open late? Until eleven, I think."


def test_sure_thing_is_a_courtesy_opener() -> None:
    reply = 'Sure thing! "Leave the parcel behind the green gate." That was everything I could hear.'
    assert extract_transcript(reply).text == "Leave the parcel behind the green gate."


def test_cjk_corner_brackets_quote_the_words() -> None:
    reply = "The speaker is a woman speaking Japanese. She says: \u300c\u304a\u306f\u3088\u3046\u300d (Good morning)."
    assert extract_transcript(reply).text == "\u304a\u306f\u3088\u3046"


def test_a_voicemail_header_presents_the_quote_below_it() -> None:
    reply = "Voicemail from Mum, 2 min ago:\n\"Hi love, don't forget Sunday lunch at one.\"\n\nTranscribed automatically."
    assert extract_transcript(reply).text == "Hi love, don't forget Sunday lunch at one."


def test_this_is_a_recording_of_sounds_holds_no_transcript() -> None:
    assert extract_transcript("It's just a clip of waves on a pebble beach, with gulls calling now and then.").refusal
    speech = "This is a recording of my grandmother telling stories."
    assert extract_transcript(speech).text == speech


def test_words_reported_with_a_hedge() -> None:
    reply = ("From what I can tell, the woman says something like \"the keys are under the mat\", although the "
             "audio is quite distorted.")
    assert extract_transcript(reply).text == "the keys are under the mat"


def test_an_arrow_after_a_label() -> None:
    assert extract_transcript("ASR result \u2192 \"book me a haircut on Friday\"\nNLU \u2192 intent=book_appointment").text \
        == "book me a haircut on Friday"


def test_a_parenthetical_translation_after_the_words() -> None:
    reply = "The caller says, in German: Ich komme heute sp\u00e4ter nach Hause. (I will come home later today.)"
    assert extract_transcript(reply).text == "Ich komme heute sp\u00e4ter nach Hause."
    assert extract_transcript("Nous sommes en retard, d\u00e9sol\u00e9s ! (We're late, sorry!)").text == \
        "Nous sommes en retard, d\u00e9sol\u00e9s !"
    speech = "Transcript: Meet me at the cafe (the new one)."
    assert extract_transcript(speech).text == "Meet me at the cafe (the new one)."


def test_a_quote_as_its_own_sentence_after_one_presenting_the_recording() -> None:
    reply = ("This sounds like an automated message from a bank. \"Your card ending in 4417 has been locked. Please "
             "call us back.\"")
    assert extract_transcript(reply).text == "Your card ending in 4417 has been locked. Please call us back."
    reply = "It's a station announcement: \"The 9:40 to Leeds is cancelled.\" The voice is calm and clear."
    assert extract_transcript(reply).text == "The 9:40 to Leeds is cancelled."
    speech = 'We argued all night. "Never again," she said.'
    assert extract_transcript(speech).text == speech


def test_the_models_narration_of_people_around_a_quote() -> None:
    reply = ("The man sounds out of breath. He says \"I think I left the stove on\" and then runs back toward the "
             "house, by the sound of it.")
    assert extract_transcript(reply).text == "I think I left the stove on"


def test_an_original_and_its_translation_quoted_one_after_the_other() -> None:
    reply = ("Below is the original Portuguese and then the translation:\n\n\"Preciso de um t\u00e1xi agora.\"\n\n"
             "\"I need a taxi now.\"")
    assert extract_transcript(reply).text == "Preciso de um t\u00e1xi agora."
    two = '1. "Pass the salt."\n2. "Thanks, dear."'
    assert extract_transcript(two).text == "Pass the salt. Thanks, dear."  # two turns in one language


def test_labels_numbered_on_are_segments_and_numbered_hypotheses_alternatives() -> None:
    reply = ("I split the audio into segments:\n\nSegment 1 (0.0-2.2s): Welcome aboard flight 212.\n"
             "Segment 2 (2.2-4.9s): Please fasten your seatbelts.")
    assert extract_transcript(reply).text == "Welcome aboard flight 212. Please fasten your seatbelts."
    assert extract_transcript('Utterance 1: "Anyone home?"\nUtterance 2: "Up here!"').text == "Anyone home? Up here!"
    assert extract_transcript("Transcript candidate 1: meet at eight\nTranscript candidate 2: meet at nine").text == \
        "meet at eight"


def test_fields_set_apart_by_pipes_on_one_line() -> None:
    reply = "Speaker: male | Emotion: impatient | Transcript: How much longer is this going to take?"
    assert extract_transcript(reply).text == "How much longer is this going to take?"


def test_numbered_bold_section_headings_without_colons() -> None:
    reply = ("1. **Transcription**\n   \"The lift is out of order, please use the stairs.\"\n\n2. **Tone**\n"
             "   Calm, slightly apologetic.\n\n3. **Accent**\n   Scottish.")
    assert extract_transcript(reply).text == "The lift is out of order, please use the stairs."


def test_a_quote_framed_by_an_apps_header_and_footer_lines() -> None:
    reply = ("Nachricht von Mama \u00b7 0:08\n\n\u201cDon't forget your umbrella, it's going to pour later.\u201d\n\n"
             "Rate this transcript: \U0001f44d / \U0001f44e")
    assert extract_transcript(reply).text == "Don't forget your umbrella, it's going to pour later."
    assert extract_transcript("Audio message (0:04):\n\u00abOn se voit \u00e0 midi.\u00bb").text == "On se voit \u00e0 midi."
    said = 'My grandfather always told me:\n"Measure twice, cut once."'  # a sentence said before a quote stays whole
    assert extract_transcript(said).text == said
    story = '"Stop!"\nShe ran.'  # a quoted line and a sentence of narration: an audiobook's words
    assert extract_transcript(story).text == story


def test_a_placeholder_transcript_slot_beside_a_description_of_the_voice() -> None:
    reply = ("Speaker: young male\nMood: calm\nTranscript: N/A \u2014 the recording is too short to make out "
             "any words.")
    got = extract_transcript(reply)
    assert got.refusal and got.text == reply


def test_an_answer_to_the_spoken_question_instead_of_its_words() -> None:
    reply = ("Good question! Water boils at 100 degrees Celsius at sea level. Is there anything else you would like "
             "to know about cooking?")
    assert extract_transcript(reply).refusal
    call = "Your parcel ships tomorrow. Is there anything else I can help you with today?"  # an agent's own words
    assert extract_transcript(call).text == call


def test_a_dialogue_below_a_title_line_after_a_header_of_metadata() -> None:
    reply = ("Ticket 4471 | Channel: phone\nAgent: Dana\n\nCALL TRANSCRIPT\nClient: My router keeps dropping the "
             "connection.\nTechnician: Have you tried restarting it?\n\nTopic: Connectivity\nPriority: Low")
    assert extract_transcript(reply).text == "My router keeps dropping the connection. Have you tried restarting it?"
    notes = ("\U0001f4cb Standup notes\n\nKey points\n- Deploy slips a day\n\nRecording transcript\n"
             "[00:00:02] Maria Lopez: Morning, everyone.\n[00:00:05] Jon Park: Morning. The deploy slips to Thursday.")
    assert extract_transcript(notes).text == "Morning, everyone. Morning. The deploy slips to Thursday."


def test_dialogue_names_with_a_letter_or_in_cjk_and_a_note_after_them() -> None:
    reply = ("**Locuteur A :** Tu viens ce soir ?\n**Locuteur B :** Oui, vers huit heures.\n\n"
             "_(Traduction : A: Are you coming tonight? B: Yes, around eight.)_")
    assert extract_transcript(reply).text == "Tu viens ce soir ? Oui, vers huit heures."
    cjk = ("\u674e\u660e\uff1a\u4f60\u5403\u996d\u4e86\u5417\uff1f\n\u738b\u82b3\uff1a\u8fd8\u6ca1\u6709\u3002\n\n"
           "Notes: Two friends talk about lunch.")
    assert extract_transcript(cjk).text == "\u4f60\u5403\u996d\u4e86\u5417\uff1f \u8fd8\u6ca1\u6709\u3002"


def test_one_named_turn_after_a_wrapper_is_a_dialogue() -> None:
    reply = ("Here is the transcript:\n\nANNOUNCER: [crowd noise] Ladies and gentlemen, please rise.\n\n"
             "(Background: organ music and cheering)")
    assert extract_transcript(reply).text == "Ladies and gentlemen, please rise."
    plain = "Dear Sam: thanks for the flowers."  # no wrapper: a salutation is said
    assert extract_transcript(plain).text == plain
    note = "Here is the transcription:\n\nReminder: dentist at three tomorrow."  # a word, not a script's name
    assert extract_transcript(note).text == "Reminder: dentist at three tomorrow."


def test_question_and_answer_labels_closed_by_a_stop() -> None:
    reply = ("Q. And what time did you leave the office?\nA. Around six, maybe a bit later.\n"
             "Q. Did anyone see you leave?\nA. The security guard, I think.")
    assert extract_transcript(reply).text == ("And what time did you leave the office? Around six, maybe a bit later. "
                                              "Did anyone see you leave? The security guard, I think.")
    options = "A. Take the early train.\nB. Wait for the bus."  # a lettered list, no interview
    assert extract_transcript(options).text == options


def test_a_footer_sentence_about_the_transcription_frames_the_quote() -> None:
    reply = ("Voicemail \u2022 Mum \u2022 0:14\n\n\"Call me when you land, love. Dad's making lasagne.\"\n\n"
             "This message was transcribed automatically and may contain errors.")
    assert extract_transcript(reply).text == "Call me when you land, love. Dad's making lasagne."


def test_a_chinese_label_naming_the_content_inside_its_words() -> None:
    reply = "\u5f55\u97f3\u91cc\u8bf4\u7684\u5185\u5bb9\u662f\uff1a\u201c\u8bf7\u628a\u7a97\u6237\u5173\u4e0a\u3002\u201d"
    assert extract_transcript(reply).text == "\u8bf7\u628a\u7a97\u6237\u5173\u4e0a\u3002"
    mood = "\u8bed\u97f3\u60c5\u611f\u5185\u5bb9\uff1a\u5e73\u9759\n\u539f\u6587\uff1a\u6211\u4eec\u8d70\u5427\u3002"
    assert extract_transcript(mood).text == "\u6211\u4eec\u8d70\u5427\u3002"  # a mood label naming "content" is metadata


def test_a_quotative_particle_and_verb_after_the_quote() -> None:
    ja = "\u300c\u660e\u65e5\u306f\u96e8\u3067\u3059\u3002\u300d\u3063\u3066\u8a00\u3063\u3066\u308b\u3088\u3002"
    assert extract_transcript(ja).text == "\u660e\u65e5\u306f\u96e8\u3067\u3059\u3002"
    ko = "\u201c\ub0b4\uc77c \ubd10\uc694.\u201d\ub77c\uace0 \ub9d0\ud569\ub2c8\ub2e4."
    assert extract_transcript(ko).text == "\ub0b4\uc77c \ubd10\uc694."


def test_a_credit_line_after_a_meeting_exports_speaker_blocks() -> None:
    reply = ("Speaker 1  0:00\nShall we move the review to Friday?\n\nSpeaker 2  0:04\nFriday works for me.\n\n"
             "Transcribed with https://example-notes.app")
    assert extract_transcript(reply).text == "Shall we move the review to Friday? Friday works for me."
    credit = "Leave the spare key under the mat.\n\nTranscribed by https://example-notes.app"
    assert extract_transcript(credit).text == "Leave the spare key under the mat."  # "https:" is no label


def test_one_field_giving_an_account_of_the_speech_holds_no_transcript() -> None:
    reply = "**Gist:** The caller, a neighbour, asks whether you could feed her cat over the weekend."
    got = extract_transcript(reply)
    assert got.refusal and got.text == reply


def test_a_decoders_special_tokens_alone_hold_no_transcript() -> None:
    raw = "<|ja|><|NEUTRAL|><|Event_UNK|><|nospeech|>"
    got = extract_transcript(raw)
    assert got.refusal and got.text == raw
    spoken = "<|en|><|HAPPY|><|Speech|><|woitn|>see you at the station at nine"
    assert extract_transcript(spoken).text == "see you at the station at nine"


def test_a_timestamp_inside_a_bullets_bold_speaker_label() -> None:
    reply = ("* **(00:12) Nurse:** Any allergies I should know about?\n"
             "* **(00:15) Nurse:** Penicillin, or anything like that?")
    assert extract_transcript(reply).text == "Any allergies I should know about? Penicillin, or anything like that?"


def test_a_courtesy_opener_in_the_replys_own_language() -> None:
    zh = "\u597d\u7684\uff0c\u5f55\u97f3\u5185\u5bb9\u5982\u4e0b\uff1a\u201c\u660e\u5929\u89c1\u3002\u201d"
    assert extract_transcript(zh).text == "\u660e\u5929\u89c1\u3002"
    es = 'Claro. La transcripci\u00f3n es: "Hola, \u00bfqu\u00e9 tal?"'
    assert extract_transcript(es).text == "Hola, \u00bfqu\u00e9 tal?"
    said = "\u597d\uff0c\u6211\u4eec\u8d70\u5427\u3002"  # "OK, let's go." is said: no wrapper follows
    assert extract_transcript(said).text == said


def test_a_transcript_label_in_arabic_hebrew_or_hindi_script() -> None:
    ar = "التفريغ: سأصل بعد عشر دقائق.\nالترجمة: I will arrive in ten minutes."
    assert extract_transcript(ar).text == "سأصل بعد عشر دقائق."
    assert extract_transcript("תמלול: אני בדרך הביתה").text == "אני בדרך הביתה"
    hi = "पाठ: मुझे चाय चाहिए।\nअनुवाद: I want tea."  # Devanagari's vowel signs stand inside a label
    assert extract_transcript(hi).text == "मुझे चाय चाहिए।"


def test_unquoted_text_between_an_apps_header_and_footer_lines() -> None:
    reply = "Memo saved \u2713 09:41\n\nPick up dry cleaning, then call the garage about the MOT.\n\nLength: 0:07 \u00b7 English"
    assert extract_transcript(reply).text == "Pick up dry cleaning, then call the garage about the MOT."
    plain = "Good morning everyone\n\nToday we start with the budget."  # a verbless line without chrome is said
    assert extract_transcript(plain).text == plain


def test_a_footer_crediting_the_transcription_and_hedging_its_accuracy() -> None:
    reply = ("New voicemail \u00b7 Dad \u00b7 0:11\n\n\u201cRing me when you're off the train.\u201d\n\n"
             "Transcript by Carrier Voicemail. Errors are possible.")
    assert extract_transcript(reply).text == "Ring me when you're off the train."


def test_a_label_naming_the_whole_utterance_after_quoted_corrections() -> None:
    reply = 'No, she says "Tuesday", not "Thursday".\n\n**Complete sentence:** "See you Tuesday at the usual place."'
    assert extract_transcript(reply).text == "See you Tuesday at the usual place."


def test_fields_measuring_the_transcript_annotate_the_text_before_them() -> None:
    reply = "Thanks for the quick reply, see you Monday.\nWords: 8\nCharacters: 43"
    assert extract_transcript(reply).text == "Thanks for the quick reply, see you Monday."
    said = "Words: Please hold the lift.\nWord count: 4"  # a "Words:" field holding words is the transcript
    assert extract_transcript(said).text == "Please hold the lift."


def test_a_dialogue_written_as_bulleted_turns() -> None:
    reply = "* **Nurse:** Any pain when you breathe in?\n* **Patient:** Only a little, on the left."
    assert extract_transcript(reply).text == "Any pain when you breathe in? Only a little, on the left."
    items = "- Eggs: a dozen\n- Flour: two bags"  # bulleted items that are no sentences are a list
    assert extract_transcript(items).text == items


def test_a_korean_label_naming_the_content() -> None:
    reply = '네, 녹음 내용은 다음과 같습니다: "내일 아침에 전화할게요."'
    assert extract_transcript(reply).text == "내일 아침에 전화할게요."


def test_a_label_ending_in_another_languages_speech_verb() -> None:
    assert extract_transcript('La grabaci\u00f3n dice: "Nos vemos a las ocho."').text == "Nos vemos a las ocho."
    assert extract_transcript("Die Sprecherin sagt: \u201eIch komme morgen.\u201c").text == "Ich komme morgen."
    assert extract_transcript("\u4ed6\u8bf4\uff1a\u201c\u660e\u5929\u89c1\u3002\u201d").text == "\u660e\u5929\u89c1\u3002"


def test_a_dash_setting_a_time_off_a_bold_speaker_name() -> None:
    reply = "**00:00 \u2013 Anna:** Can you grab milk on the way?\n**00:02 \u2013 Ben:** Sure, semi-skimmed?"
    assert extract_transcript(reply).text == "Can you grab milk on the way? Sure, semi-skimmed?"


def test_a_label_with_a_full_width_parenthetical() -> None:
    reply = "原文（法语）：« On se voit demain à midi. »\n译文：明天中午见。"
    assert extract_transcript(reply).text == "On se voit demain à midi."
    both = "转写结果（粤语）：我哋听日见啦。\n普通话翻译（参考）：我们明天见吧。"
    assert extract_transcript(both).text == "我哋听日见啦。"


def test_a_verbless_manner_phrase_set_off_by_a_colon_after_the_speech_verb() -> None:
    reply = 'The speaker says, more or less: "Table for four at eight, please."'
    assert extract_transcript(reply).text == "Table for four at eight, please."
    laid_out = ('Sure. The voicemail says, roughly word for word:\n\n"Your prescription is ready for pickup after four."'
                "\n\nLet me know if you need a summary.")
    assert extract_transcript(laid_out).text == "Your prescription is ready for pickup after four."
    dashed = 'In the recording, the man says \u2014 verbatim \u2014 "Last orders at the bar, please."'
    assert extract_transcript(dashed).text == "Last orders at the bar, please."
    told = 'The caller says, I told him: "Not today," and hung up.'  # a clause with a verb is the caller's own
    assert extract_transcript(told).text == 'I told him: "Not today," and hung up.'


def test_a_table_annotating_words_of_the_transcript_is_no_speech() -> None:
    reply = ("Transcription: Grab two lemons and the oat milk on your way home.\n\n| Token | Start (s) | End (s) |\n"
             "|---|---|---|\n| lemons | 1.2 | 1.6 |\n| oat milk | 2.4 | 2.9 |")
    assert extract_transcript(reply).text == "Grab two lemons and the oat milk on your way home."
    listed = "Sure, here it is with confidence scores:\n\nThe parcel arrives Thursday.\n\n- parcel: 0.92\n- Thursday: 0.64"
    assert extract_transcript(listed).text == "The parcel arrives Thursday."
    dictated = "Bring the tent.\ntent: 2"  # a line of the words, not a block of scores after them
    assert extract_transcript(dictated).text == dictated
    held = "Here it is:\n\n| Time | Text |\n|---|---|\n| 0:00 | Pass the salt. |\n| 0:02 | Thanks. |"  # the table holds it
    assert extract_transcript(held).text == "Pass the salt. Thanks."


def test_of_several_hearings_the_one_labelled_final_holds_the_transcript() -> None:
    reply = "Attempt 1: we land at gate forty\nAttempt 2 (final, after a second listen): We land at gate fourteen."
    assert extract_transcript(reply).text == "We land at gate fourteen."
    quoted = 'First listen: "the van comes at nine"\nSecond listen (final): "The van comes at ten to nine."'
    assert extract_transcript(quoted).text == "The van comes at ten to nine."
    edited = "Raw: um so I I think we should go\nFinal (cleaned up): I think we should go."  # an edit, not a hearing
    assert extract_transcript(edited).text == "um so I I think we should go"
    relistened = "First pass: the bins go out on Monday\nSecond pass (re-listened): The bins go out on Monday night."
    assert extract_transcript(relistened).text == "The bins go out on Monday night."
    readback = "Tower: Cleared to land runway two seven.\nPilot: Cleared to land runway two seven."  # no try marked final
    assert extract_transcript(readback).text == "Cleared to land runway two seven. Cleared to land runway two seven."


def test_a_reply_of_sound_tags_only_holds_no_transcript() -> None:
    for reply in ("(laughter) (applause)", "[MUSIC PLAYING] [crowd noise]", "[inaudible]", "*laughs*", "[Música] [Risas]",
                  "[BLANK_AUDIO]"):
        assert extract_transcript(reply).refusal, reply
    assert not extract_transcript("(laughs) Okay, fine.").refusal  # a tag beside words: the words are the transcript


def test_a_no_speech_note_quoting_the_request_back_holds_no_transcript() -> None:
    for reply in ('You asked for a "transcript", but the recording holds no speech at all.',
                  "You asked me to 'transcribe the audio'. There is no speech in it, only wind."):
        assert extract_transcript(reply).refusal, reply
    asked = 'You asked: "Can you transcribe this?" There is no speech in the file, only a hum.'
    assert extract_transcript(asked).refusal
    said = 'The sign says "no speech in this audio" in red.'  # a quote of other words is speech
    assert not extract_transcript(said).refusal


def test_an_apology_in_the_replys_language_opens_a_no_speech_note() -> None:
    for reply in ("Désolé, aucune parole dans cet enregistrement, seulement de la musique.",
                  "Lo siento mucho, no hay ninguna voz en el audio."):
        assert extract_transcript(reply).refusal, reply
    assert not extract_transcript("Lo siento, no te escucho bien.").refusal  # a speaker's apology on a bad line


def test_a_no_speech_note_naming_the_recording_in_another_language() -> None:
    for reply in ("这段音频中没有语音。", "In dieser Aufnahme ist keine Sprache zu hören.",
                  "Nella registrazione non si sente nessuna voce."):
        assert extract_transcript(reply).refusal, reply
    assert not extract_transcript("Hoy no hay discurso del presidente.").refusal  # about the world, not the audio


def test_here_is_what_a_named_speaker_said_with_a_manner_phrase() -> None:
    reply = 'Here is what the woman says, word for word:\n"Please keep your tickets until the end of the journey."'
    assert extract_transcript(reply).text == "Please keep your tickets until the end of the journey."
    plain = "Here's what the man at the counter said, more or less: Two coffees and a scone, please."
    assert extract_transcript(plain).text == "Two coffees and a scone, please."


def test_one_text_in_two_languages_gives_the_one_said_first() -> None:
    coded = "**ES:** Llego tarde, lo siento.\n**EN:** I am running late, sorry."
    assert extract_transcript(coded).text == "Llego tarde, lo siento."
    glossed = '"Je reviens dans cinq minutes." — I will be back in five minutes.'
    assert extract_transcript(glossed).text == "Je reviens dans cinq minutes."
    initials = "JD: Are we still on for lunch?\nAM: Yes, one o'clock."  # initials are speakers, not languages
    assert extract_transcript(initials).text == "Are we still on for lunch? Yes, one o'clock."


def test_a_no_speech_note_tied_to_the_audio_by_the_model_listening_or_a_denying_opener() -> None:
    for reply in ("I listened to the whole clip, but nobody speaks in it.",
                  "Nothing to transcribe here: the file only contains a dial tone."):
        assert extract_transcript(reply).refusal, reply
    assert not extract_transcript("I listened to you, and you never listen to me!").refusal


def test_what_follows_an_end_marker_is_the_models_not_speech() -> None:
    reply = ("VOICE MEMO — J. Ortiz\n\nCall the landlord about the boiler before Friday.\n\n[End of memo]\n\n"
             "Suggested category: Home")
    assert extract_transcript(reply).text == "Call the landlord about the boiler before Friday."
    fenced = "--- TRANSCRIPT ---\nThe meeting moved to room four.\n--- END TRANSCRIPT ---\nConfidence: high"
    assert extract_transcript(fenced).text == "The meeting moved to room four."


def test_a_footer_on_the_transcript_needs_no_article() -> None:
    reply = ('New voicemail · +44 20 7946 0018 · 0:11\n\n"It\'s Dana, the parcel is with your neighbour at number 12."'
             "\n\nTranscript may contain errors.")
    assert extract_transcript(reply).text == "It's Dana, the parcel is with your neighbour at number 12."


def test_a_frame_about_the_audio_then_the_transcript_announced() -> None:
    reply = ("There's a lot of traffic noise and the speaker talks quickly, so a couple of words were hard to catch. "
             "Even so, the transcript is:\nMeet me by the north entrance at half past six.")
    assert extract_transcript(reply).text == "Meet me by the north entrance at half past six."
    told = ('The woman gives her order number, "B-4471", and then the full transcription follows:\n\n'
            "Hi, my order B-4471 never arrived and I'd like a refund.")
    assert extract_transcript(told).text == "Hi, my order B-4471 never arrived and I'd like a refund."


def test_the_models_first_person_hedge_before_the_words_and_a_note_on_a_stretch_of_them() -> None:
    for reply in ("I think it says: Leave the keys under the mat.",
                  "I'm pretty sure (though not certain) it's: Leave the keys under the mat.",
                  "My best guess: Leave the keys under the mat."):
        assert extract_transcript(reply).text == "Leave the keys under the mat.", reply
    noted = "Transcript: Call me when you land. The last word is hard to make out over the engine noise."
    assert extract_transcript(noted).text == "Call me when you land."
    assert extract_transcript("I told him: leave the keys under the mat.").steps == ()  # said, no hedge


def test_after_the_models_own_hearing_its_first_person_outside_the_quote_is_the_model() -> None:
    reply = 'I can make out: "Platform nine for the Leeds service." I weighed "platform five" too, but it\'s nine.'
    assert extract_transcript(reply).text == "Platform nine for the Leeds service."
    unsure = "I caught this: \"Bring the ladder round the back.\" I'm less sure of 'round'."
    assert extract_transcript(unsure).text == "Bring the ladder round the back."


def test_a_closing_question_offering_more_of_the_task_in_any_language() -> None:
    for offer in ("¿Quieres que lo traduzca al inglés?", "Soll ich es auch übersetzen?", "Want a summary as well?"):
        reply = f"Transcripción:\n\nEl tren de las ocho sale del andén tres.\n\n{offer}"
        assert extract_transcript(reply).text == "El tren de las ocho sale del andén tres.", offer
    said = "Transcript:\n\nI'll be late tonight.\nCan you translate this letter for me?"  # one paragraph: said
    assert "translate" in extract_transcript(said).text


def test_words_set_off_in_inline_code_are_quoted() -> None:
    reply = "Sure. The woman, who sounds tired, says `Is the pharmacy still open? I need my prescription.` and hangs up."
    assert extract_transcript(reply).text == "Is the pharmacy still open? I need my prescription."
    assert extract_transcript("The man says `Lock the door.`").text == "Lock the door."


def test_a_translation_in_full_width_brackets_closing_the_reply_is_a_gloss() -> None:
    reply = "文字起こし：\n明日の会議は十時からです。\n\n（訳：Tomorrow's meeting starts at ten.）"
    assert extract_transcript(reply).text == "明日の会議は十時からです。"
    latin = "Transcript:\nOn se retrouve à la gare.\n\n（訳：We'll meet at the station.）"
    assert extract_transcript(latin).text == "On se retrouve à la gare."


def test_an_account_of_the_speech_in_the_replys_own_language_holds_no_transcript() -> None:
    for reply in ("La locutora explica que la tienda cierra a las nueve y que mañana abre tarde.",
                  "Der Sprecher erklärt, dass der Zug heute ausfällt.",
                  "Le locuteur demande si la réunion est reportée à jeudi."):
        assert extract_transcript(reply).refusal, reply
    assert extract_transcript('El hablante dice: "Hola a todos."').text == "Hola a todos."  # the words given
