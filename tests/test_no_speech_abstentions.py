"""Abstentions are nothing: ``expect.no_speech`` on what audio LLMs say about speech-free audio."""

from __future__ import annotations

import pytest
from _answer_tables import NO_SPEECH

from pytest_audiotrust import expect, results
from pytest_audiotrust.expect import ExpectationFailed
from pytest_audiotrust.scoring.hallucination import inspect_nonspeech_output, is_abstention


@pytest.fixture(autouse=True)
def fresh_record():
    results.start(results.CaseRecord(nodeid="t"))
    yield
    results.finish()


def test_no_speech_table_agrees_at_least_95_percent() -> None:
    wrong = [(text, exp, inspect_nonspeech_output(text)) for text, exp in NO_SPEECH
             if inspect_nonspeech_output(text).verdict != exp]
    agreement = 1 - len(wrong) / len(NO_SPEECH)
    listing = "\n".join(f"  {t!r}: expected {e}, got {f.verdict} (invented {f.invented!r})" for t, e, f in wrong)
    assert agreement >= 0.95, f"agreement {agreement:.3f} on {len(NO_SPEECH)} outputs; disagreements:\n{listing}"


def test_table_is_large_and_mixes_abstentions_and_hallucinations() -> None:
    assert len(NO_SPEECH) >= 30
    kinds = [v for _, v in NO_SPEECH]
    assert kinds.count("abstained") >= 15 and kinds.count("hallucinated") >= 10 and kinds.count("empty") >= 3


@pytest.mark.parametrize("text", [
    "The audio contains no speech.", "I'm sorry, but there is no speech to transcribe.", "The audio is silent.",
    "There is nothing to transcribe; I only hear a dog barking.", "[no speech]", "(music)", "*silence*",
])
def test_the_issue_abstentions_pass_and_say_so(text: str) -> None:
    m = expect.no_speech(text)
    assert m.passed and m.value == 0 and m.details["verdict"] == "abstained" and is_abstention(text)


def test_invented_words_next_to_an_abstention_still_fail_and_are_counted_alone() -> None:
    results.current().probe = {"id": "silence.digital", "family": "silence", "expected": "no_speech"}
    with pytest.raises(ExpectationFailed) as exc:
        expect.no_speech("There is no speech. Thanks for watching!")
    m = results.current().measurements[-1]
    assert m.details["verdict"] == "hallucinated" and m.value == 3  # "thanks for watching", not the abstention
    assert m.details["invented_text"] == "Thanks for watching"
    assert "invented: 'Thanks for watching'" in str(exc.value) and "known Whisper hallucination" in str(exc.value)
    assert results.current().probe["verdict"] == "hallucinated"


def test_verdicts_are_recorded_for_empty_and_abstained_outputs() -> None:
    results.current().probe = {"id": "noise.white", "family": "noise", "expected": "no_speech"}
    assert expect.no_speech("  ").details["verdict"] == "empty"
    assert results.current().probe["verdict"] == "empty"
    assert expect.no_speech("No one is speaking in this clip. It sounds like rain on a roof.").details["verdict"] == "abstained"
    assert results.current().probe["verdict"] == "abstained" and results.current().probe["hallucinated"] is False


def test_a_sound_word_inside_invented_speech_is_not_an_abstention() -> None:
    # Whisper-style invented sentences that merely contain a sound word
    for text in ("The dog is barking at the mailman.", "Thank you for the music.", "I'm sorry.", "So"):
        assert inspect_nonspeech_output(text).verdict == "hallucinated", text


def test_a_transcript_wrapper_around_nothing_is_empty_and_around_words_counts_the_words() -> None:
    m = expect.no_speech('Sure! Here\'s the transcription: ". . . ."')
    assert m.passed and m.details["verdict"] == "empty" and m.details["raw_output"].startswith("Sure!")
    with pytest.raises(ExpectationFailed, match="raw output"):
        expect.no_speech('Sure! Here\'s the transcription: "Thank you."')
    assert results.current().measurements[-1].value == 2
    with pytest.raises(ExpectationFailed, match="4 word"):  # off: the wrapper's own words count
        expect.no_speech('Sure! Here\'s the transcription: ". . . ."', extract=False)


@pytest.mark.parametrize("text", [
    # "no speech" said in another language: a negator with a speech noun, or the noun then its negation
    "No hay voz.", "Keine gesprochenen Worte.", "Aucune voix d\u00e9tect\u00e9e.", "Nessuna voce.", "Sem voz.",
    "Geen stemmen.", "\u0413\u043e\u043b\u043e\u0441\u0430 \u043d\u0435\u0442.", "\u65e0\u8bed\u97f3\u3002",
    "\u767a\u8a71\u306a\u3057", "\ubaa9\uc18c\ub9ac\uac00 \uc5c6\uc2b5\ub2c8\ub2e4", "Stille.",
    # "nobody" with a verb of speaking
    "Nadie habla en la grabaci\u00f3n.", "Personne ne parle.",
    # the sound named after it, "only X" in that language; full-width commas split clauses
    "Pas de parole, uniquement de la pluie.", "\u6ca1\u6709\u4eba\u8bf4\u8bdd\uff0c\u53ea\u6709\u98ce\u58f0",
    # the model's own hearing limited to a sound
    "There are no words. I can only hear a printer.",
])
def test_no_speech_said_in_another_language_or_with_what_is_heard_is_an_abstention(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    # Whisper's closings and credits in other languages are invented words
    "Sous-titres par Jean Dupont", "\u5b57\u5e55\u7531\u5fd7\u613f\u8005\u63d0\u4f9b", "Danke f\u00fcrs Zuschauen!",
    "Gracias por su atenci\u00f3n.",
    # an abstention beside one, across a full-width full stop too
    "Kein Text. Danke f\u00fcrs Zuschauen!", "\u6ca1\u6709\u8bed\u97f3\u3002\u8c22\u8c22\u89c2\u770b\uff01",
    # a sentence that only uses a negator or a verb of speaking is a line someone says
    "Je ne parle pas fran\u00e7ais.", "Ich spreche kein Deutsch.", "No te dejar\u00e9 nunca, mi amor.",
    "I can only hear you when you shout.",
])
def test_foreign_closings_and_sentences_with_a_negator_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize(("text", "expected"), [
    # beside an abstention, before it too: a sound as a clause's subject, a clause going on from it, the audio described
    ("A kettle whistles, then clicks off. Nobody speaks.", "abstained"),
    ("The recording has a radio playing quietly, but there are no words I can make out.", "abstained"),
    # a question to the user about the file
    ("Could it be the wrong file? No speech here.", "abstained"),
    # controls: a person in the clause, or a closing, is still put in someone's mouth
    ("There is no speech. The dog said hello to me.", "hallucinated"),
    ("I love you. No speech.", "hallucinated"),
    ("No speech. Thank you, and see you next time!", "hallucinated"),
])
def test_sounds_described_around_an_abstention(text: str, expected: str) -> None:
    assert inspect_nonspeech_output(text).verdict == expected, text


@pytest.mark.parametrize("text", [
    # a quote given as an example of what would be written had anyone spoken ("e.g." breaks no clause)
    "I'd normally put the spoken words here, e.g. \u201cGood evening, and welcome\u201d, if there were any. This recording "
    "is just a ceiling fan, so there's nothing to transcribe.",
    "If anybody had been talking, the transcript would read something like \"Okay, let's begin.\" As it is, the clip "
    "holds only rain on a window.",
    # what speech recognisers produce in general, or the quoted words as the topic of a remark
    "No speech is present. Many speech recognizers tend to emit \"Thanks for watching!\" on silent input like this one; "
    "I have not done that.",
    "Nothing is spoken in this clip. Note that \u201cyou\u201d would be a typical hallucination for near-silence.",
    # what the model will not make up, and the user's request quoted back
    "Rather than invent a line such as \"See you next week\", I'm leaving this empty: the track is instrumental.",
    "Your prompt says \"transcribe every word\", but there are no words here, only a kettle boiling.",
    # a quote holding only a placeholder
    "There is no speech, so I've set the transcript to \"[no speech]\".",
])
def test_quoted_words_that_are_mentioned_not_said_are_no_hallucination(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    # speech only supposed: a counterfactual says there is none
    "Were there any words, I would type them out. The file is a washing machine on its spin cycle.",
    # the listener missed the input, as an assistant says it
    "Hmm, I couldn't quite make that out. Could you try recording it again?",
    "Sorry, I didn't hear anything. Maybe the microphone was off?",
])
def test_speech_supposed_or_missed_is_an_abstention(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    # hedged like the plain frame: "there might be", "seems to be", "appears to be"
    "There might be a radio on somewhere under the traffic, but I can't pick out any words at all.",
    "No speech here. Somebody appears to be giggling, and people seem to be clapping.",
    # a bullet or a joining word opens no subject
    "I didn't find any spoken words. What I can hear:\n- a refrigerator humming\n- a clock ticking\n- a car door slamming",
    "No one talks. Footsteps on gravel, and a gate creaking shut.",
    # a likeness going on from a sound, and a thing a voice delivers named as absent
    "A two-tone bell sounds, similar to the ones in a hospital corridor, but no message is read out afterwards.",
    # a voice raised with no words given
    "There's no intelligible speech. Children shout excitedly while a whistle blows.",
    # a clause before a colon is no field label
    "Transcription isn't possible here, no one speaks: it is a dishwasher running.",
    "There's nothing to write down, nobody talks: the clip is wind through trees.",
    # "only" after a verb of hearing, and "absent", in another language
    "\u0420\u0435\u0447\u044c \u043e\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443\u0435\u0442. "
    "\u0421\u043b\u044b\u0448\u043d\u043e \u0442\u043e\u043b\u044c\u043a\u043e "
    "\u0433\u0443\u0434\u0435\u043d\u0438\u0435 \u0445\u043e\u043b\u043e\u0434\u0438\u043b\u044c\u043d\u0438\u043a\u0430.",
    "Keine Sprache erkannt. Man h\u00f6rt nur Regen und Wind.",
])
def test_sounds_described_with_hedges_lists_and_likeness_are_an_abstention(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    # words given by a verb of saying inside a description of sound, or quoted inside talk about the task or file
    "The clip is mostly traffic and someone says move over.",
    "There's no clear speech; a woman seems to be saying goodnight.",
    "I found no speech. The transcript reads \"Have a nice day.\"",
    "I couldn't detect speech. The transcript comes out as \u201cThank you so much.\u201d",
    "No speech detected. Your recording does say \"hello, is anyone there\" at the very end, though.",
    # the model's own output is no machine in general; "if I had to guess" supposes no absence of speech
    "Mostly static. The ASR output was \"call me when you land\".",
    "The audio is nearly silent. If I had to guess, they said good night.",
    # a controlled "only" after words that are no verb of hearing
    "There is no speech. She only wanted the keys.",
])
def test_words_delivered_stay_hallucinated_whatever_frames_them(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text", [
    # a segment list whose text is blank: its times, index and speaker id are scaffolding, nothing was output
    '[{"start": 0.0, "end": 12.4, "text": "  "}, {"start": 12.4, "end": 20.0, "text": ""}]',
    '{"id": 0, "seek": 0, "start": 0.0, "end": 8.0, "text": "", "speaker": "SPEAKER_01"}',
    # a subtitle file of cue numbers and times with no cue text
    "1\n00:00:00,000 --> 00:00:10,000\n\n2\n00:00:10,000 --> 00:00:20,000\n",
    "WEBVTT\n\n00:00:00.000 --> 00:00:09.500\n",
])
def test_transcript_scaffolding_with_no_text_is_empty(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "empty", text


@pytest.mark.parametrize("text, verdict", [
    ('[{"start": 0.0, "end": 3.0, "text": "Thank you."}]', "hallucinated"),  # a segment that holds words
    ('{"text": "", "language": "en"}', "abstained"),  # a language stated is no scaffolding
])
def test_segments_with_text_or_other_fields_are_read_as_before(text: str, verdict: str) -> None:
    assert inspect_nonspeech_output(text).verdict == verdict, text


@pytest.mark.parametrize("text", [
    # a sound as the verb of its source, beside an abstention
    "Nobody speaks here; a child is giggling and a baby keeps crying.",
    # a hedged guess at the source
    "I don't hear any words; probably a vacuum cleaner or perhaps a blender running nonstop.",
    "There's no speech, just a hum \u2014 maybe an air conditioner left on.",
    # speech recognisers' output in general, with another verb of output
    "No dialogue. Transcription engines sometimes display \"you\" for clips like this, but it's only wind.",
    # a stretch of silence
    "What you sent is two minutes of dead silence plus a little static.",
    # a sound's onomatopoeia between dashes, hyphenated into one word, and a likeness going on from a sound
    "An owl calls \u2014 a \"hoo-hoo-hoo-hoo\" \u2014 and no one talks.",
    "A cat meows, kind of a \"mrrow-mrrow\" sound, and no one speaks.",
])
def test_sources_sounding_hedged_guesses_and_stretches_of_silence_are_an_abstention(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    "No speech. Someone is humming, then says see you later.",
    "There's no speech. Maybe they said goodbye.",
    "No speech. The model printed \"see you soon\" for this clip.",  # this model's output, not machines in general
])
def test_words_beside_a_sound_or_a_guess_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text, verdict", [
    # a word of time before a sound's source opens no subject
    ("No one speaks for ten seconds, then a door slams.", "abstained"),
    ("Nothing is said; then the kettle whistles.", "abstained"),
    ("No speech. Then he says thanks.", "hallucinated"),  # words given after it stay words
])
def test_a_word_of_time_before_a_sound_source(text: str, verdict: str) -> None:
    assert inspect_nonspeech_output(text).verdict == verdict, text


@pytest.mark.parametrize("text", [
    "I might be mistaken, but it sounds like rain on a window; nobody says anything, so nothing to transcribe.",
    "No one is talking here, just a fan. I could be wrong about the source though.",
    "Correct me if I'm wrong, but there's no speech, only traffic.",
])
def test_the_models_doubt_about_its_own_reading_is_no_speech(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    "[00:00:00.000 --> 00:00:12.480]",
    "[0:00 - 0:10]\n",
    "SPEAKER_01:",
    '{"text": "", "speakers": [], "channels": []}',
])
def test_a_segments_time_or_speaker_with_no_text_is_empty(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "empty", text


def test_a_segments_time_with_words_stays_words() -> None:
    assert inspect_nonspeech_output("[00:00:00.000 --> 00:00:04.000]  Thanks for watching!").verdict == "hallucinated"


@pytest.mark.parametrize("text", [
    "No hay voces en la grabación; solo se oye la lluvia cayendo sobre el tejado de la casa.",
    "Aucune parole. Seulement on entend le vent qui souffle très fort dans les arbres du jardin.",
])
def test_an_impersonal_listener_after_only_is_no_word_of_what_is_heard(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    "Nobody says anything in this recording. A fan whirs steadily the whole time.",
    "There's no speech here. A washing machine churns away in the next room.",
    "No one talks; the dryer is tumbling.",
    "I can't hear any voices. Tumble dryer and fan noise, that's all.",
])
def test_a_thing_named_by_an_audioset_class_is_a_sound_source(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


def test_a_sound_source_beside_words_given_stays_hallucinated() -> None:
    assert inspect_nonspeech_output("No speech. A fan whirs, then a man says good night.").verdict == "hallucinated"


@pytest.mark.parametrize("text", [
    # the task's verb in another language, and French "ne ... que" (only) on a verb of hearing
    "Il n'y a rien à transcrire ici ; on n'entend que la pluie sur les vitres.",
    "Nichts zu transkribieren, nur Rauschen.",
    # lyrics and the task's verb in Chinese; the audio described in Chinese; Korean negating a verb after the noun
    "这段录音只有鸟叫声，没有歌词，无法转录。",
    "이 파일에서는 음성이 검출되지 않았습니다.",
    # nobody singing; nothing made out of what is heard
    "Just a fiddle tune, and nobody sings along.",
    "There's a crowd murmuring far off, but none of it is intelligible.",
    "Hiss and crackle from an old tape; no intelligible signal gets through.",
])
def test_no_speech_said_by_the_tasks_verb_ne_que_singing_or_intelligibility(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


def test_a_negated_line_of_a_song_stays_words() -> None:
    assert inspect_nonspeech_output("I'm not singing for you tonight").verdict == "hallucinated"


def test_an_empty_list_of_transcript_pieces_is_empty_output() -> None:
    assert inspect_nonspeech_output('{"chunks": [], "text": ""}').verdict == "empty"
    assert inspect_nonspeech_output('{"segments": [], "language": "de"}').verdict == "abstained"  # a language stated


@pytest.mark.parametrize("text", [
    # a degree word before a hedge opens no subject
    "No talking at all. There's a low hum under everything, most likely a truck idling or a generator.",
    # the frame's own end mark
    "Transcription:\n\n[no speech detected]\n\n-- end of transcription --",
    # a work of music named by its title
    'No words here. The track is "Gymnopédie No. 1" by Satie, played on a solo piano.',
    # quoted words referred back to as the topic of a remark on them
    'Whisper often outputs "you" on silence, and that phrase is a known hallucination; here there\'s only rain, no speech.',
    # thanks for the input; the user's expectation of speech
    "Thank you for uploading the recording! Unfortunately no one speaks in it; it's just a lawnmower.",
    "There are no voices to transcribe. If you were hoping for narration, let me know and I can check another file.",
    # a list of sounds going on
    "Nobody speaks; just drums, a bass line and an organ swelling underneath.",
])
def test_frames_titles_remarks_on_words_thanks_and_lists_of_sounds_are_no_words(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    "No speech. Thanks for watching!",
    'No speech. The song is called "Hello" and the singer says good night.',
    "No speech. Those words were hello and goodbye.",
])
def test_thanks_titles_and_words_referred_back_with_words_given_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text", [
    # the task as a purpose, the model's listening told in the present, its account going on after a comma
    "To check for speech, we run a voice detector over the file, then read through whatever it flags. Nothing was "
    "flagged: no speech at all, only a kettle boiling.",
    "I listen to each second of the clip, twice at half speed, and there is no speech in it; only a clock ticking.",
    "I went through it slowly, right up to the end where it fades out. Nobody talks; it's just wind.",
])
def test_the_models_own_account_of_its_process_is_no_words(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    "No speech. I checked the file, thanks for watching!",
    "No speech. I listened to it, hello everyone and welcome back.",
])
def test_words_after_the_models_account_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text", ["<output>\n</output>", "<result><text>  </text></result>"])
def test_an_element_wrapping_nothing_is_empty(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "empty", text


def test_an_element_named_as_a_statement_still_says_it() -> None:
    assert inspect_nonspeech_output("<silence></silence>").verdict == "abstained"


@pytest.mark.parametrize("text", [
    # "nothing but" restricts, it does not contrast; the task talk beside it is no words
    "Apologies, I can only transcribe what people say, and this clip is nothing but a phone ringing over and over.",
    # the listener's likeness of what plays, "it"/"this"/"what" being the audio, and an excess of a quality
    "No one talks at any point. This sounded like a radio left on in the kitchen.",
    "I'm not picking up any speech in this recording, just what sounds like a dryer tumbling clothes around in the next "
    "room.",
    "There might be a conversation, but it's way too faint: not one word comes through.",
])
def test_a_restriction_a_likeness_and_an_excess_describe_the_audio(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    "No speech, but thanks for watching!",
    "There's no speech. That sounds like a plan, see you tomorrow.",
])
def test_words_beside_a_likeness_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text", [
    # the model's first reading, corrected after "but" by what it was instead
    'Initially I wrote "hey", but it was the kettle clicking off.',
    'I initially typed "yeah" for the blip near the start, but listening again it is a cup being set down on a table, '
    'not a voice.',
    # quotes a clause referring back calls no words
    'A dog whines ("mmm", "rrr") and barks twice. Those are just noises, not words.',
])
def test_quoted_words_the_reply_takes_back_are_no_words(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    'The man says "hi", but there is music too.',
    'At first I thought it was silent, but then a woman says "over here".',
    'I first heard "thanks", but the music covers the rest.',
    'At first I thought I heard "hello", but it is a man who said it.',
])
def test_quoted_words_kept_or_not_corrected_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text", [
    # "let me"/"let's" as the model's own doing; a list's item numbers and spans of seconds as where, not what
    "Let me go through it piece by piece.\n1. 0-3 s: traffic hum.\n2. 3-9 s: a truck horn.\n3. 9-15 s: rain.\n"
    "Nothing in any of these is a voice, so: no speech.",
    "Let's listen again.\n1) 0 to 6 sec: fan noise\n2) 6 to 10 sec: a door slam\nNo one talks.",
])
def test_the_models_stepwise_listening_in_a_numbered_list_is_no_words(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    'Let me check.\n1. 0–4 s: a man says "hello".\n2. 4–9 s: rain.',
    "No speech here. Let me tell you a story about my grandmother.",
])
def test_words_in_a_stepwise_list_or_after_let_me_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text", [
    # Hindi, whose vowel signs are no word characters; Arabic, Turkish, Polish, Indonesian, Vietnamese
    "इस रिकॉर्डिंग में कोई बोलचाल नहीं है।",
    "कोई नहीं बोल रहा, केवल बारिश की आवाज़ आ रही है।",
    "لا يوجد كلام في هذا المقطع، فقط صوت المطر.",
    "Kayıtta konuşma yok, sadece rüzgar sesi var.",
    "Brak mowy w nagraniu, tylko szum wiatru.",
    "Tidak ada suara orang berbicara, hanya suara hujan.",
    "Không có giọng nói, chỉ có tiếng mưa.",
])
def test_no_speech_said_in_more_languages_is_an_abstention(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    "मैं तुम्हें कभी नहीं भूलूँगा", "Nie mów nic, kochanie.", "Seni seviyorum, hiç gitme.", "Terima kasih sudah menonton.",
])
def test_lines_in_those_languages_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text", [
    "nothign but wind, no speeech", "no voiec at all, olny traffic", "There's no talkin in it, jsut a fan",
])
def test_a_frame_typed_in_haste_is_read_as_meant(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", ["No walking on the grass.", "Thank you for wacthing"])
def test_an_english_word_near_a_frame_word_and_a_misspelt_bag_phrase_stay_words(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text", [
    # the clip as the subject of what it holds, the model as its listener, "it" once the model has named the clip
    "The clip is thirty seconds of a dishwasher running.",
    "This recording captures a thunderstorm rolling over a city.",
    "Sorry, I can only transcribe speech, and this upload is a recording of a dishwasher.",
    "I'm hearing a kettle and some dishes clinking, that's about it.",
    "I went through the audio carefully: it is a washing machine on spin.",
    "Nothing to write here — the clip is a bird chirping.",
])
def test_a_reply_about_the_clip_with_no_voice_in_it_is_no_words(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    "The recording contains a woman saying hello.", "It's a beautiful day.", "I hear you calling my name.",
    "The file is ready, thank you for watching.", "That's it, I've had enough.", "No time to write, baby.",
])
def test_a_voice_words_or_a_line_beside_the_clip_stay_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text


@pytest.mark.parametrize("text", [
    # how the model handled the audio, its listening limited to a sound, the clip opening with sounds going on
    "First I boosted the gain and listened again; still only hiss.",
    "I ran it twice at full volume. Just a refrigerator hum.",
    "Could it be that the mic was muted? All I get is a faint hiss.",
    "The clip opens with a doorbell, then a dog barks, then silence.",
])
def test_the_models_handling_of_the_audio_and_what_it_gets_are_no_words(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "abstained", text


@pytest.mark.parametrize("text", [
    "Turn up the volume, I love this song.", "[Music] I turned the volume up and danced all night",
    "The song starts with a kiss, then a goodbye.",
])
def test_a_song_about_volume_or_openings_stays_hallucinated(text: str) -> None:
    assert inspect_nonspeech_output(text).verdict == "hallucinated", text
