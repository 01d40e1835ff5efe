"""Hallucination detectors for outputs produced from audio that holds no (or only some) speech.

* ``inspect_nonspeech_output(text)``: is an output from speech-free audio "nothing said"
  (``verdict`` "empty"; or "abstained": a statement that nobody speaks or the audio is silent,
  a description of the sound heard, "[no speech]", "[Music]", "APPLAUSE") or a hallucination
  (invented words, alone or next to an abstention)? The known-phrase bag and the generic
  repetition-loop detector say *which kind*.
* ``unsupported_by_vad(response, audio)``: the text Whisper-style segments place where Silero
  VAD finds no speech (the speech-free output check, also inside speech clips with pauses).
* ``yes_ratio``: the share of "yes" among parsed answers, each outcome counted apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..memo import memoized
from .clauses import DECLINES, unmark
from .text import basic

#: Phrases Whisper produces on non-speech. Sources: the widely published top phrases (Barański et al.,
#: ICASSP 2025: "thank you" 27 %, "thanks for watching" 11 %, "subtitles by the amara.org community";
#: Koenecke et al., FAccT 2024) and our measurements of the bundled tiny.en with its filters off on the
#: probe catalog (seed 1234): "You" (silence, sweep, beeps, white noise -15 dBFS), "Thank you for watching!"
#: (dog bark, glass, rain, 0.1 s beep), "Thank you very much." (engine, footsteps, brown noise),
#: "We'll see you next time." (door knock), "Thank you so much for watching and I'll see you in the next
#: video." (DC offset), loops of "I'm going to do it." (clicks), "let's go ahead and take a look" (drums),
#: "beep beep ..." (bell, telephone, 440 Hz sine).
KNOWN_PHRASES: tuple[str, ...] = (
    "you",
    "thank you",
    "thank you very much",
    "thank you so much",
    "thanks for watching",
    "thank you for watching",
    "thank you so much for watching",
    "thanks for listening",
    "thank you for listening",
    "see you in the next video",
    "we'll see you next time",
    "see you next time",
    "please subscribe",
    "subscribe to my channel",
    "like and subscribe",
    "don't forget to subscribe",
    "subtitles by the amara org community",
    "subtitles by",
    "transcribed by",
    "translated by",
    "captions by",
    "i'm going to do it",
    "let's go ahead and take a look",
    "i'm going to take a look",
    "beep",
    "bye",
    "bye bye",
    "so",
    "okay",
    "oh",
    "the end",
    "i'm sorry",
)

#: Bare sound tags: a transcript that is only these describes the sound, it does not invent speech.
SOUND_TAGS: frozenset[str] = frozenset({
    "music", "applause", "laughter", "laughs", "silence", "noise", "blank audio", "blank_audio", "no speech",
    "inaudible", "background noise", "static", "beeping", "beeps", "ringing", "bell", "bells", "dog barking",
    "barking", "footsteps", "rain", "wind", "siren", "sirens", "engine", "knocking", "birds chirping", "clapping",
    "sound", "sounds", "cheering", "coughs", "sighs", "breathing", "crying", "thunder", "water", "door closes",
    # a transcriber's mark for speech not made out puts no words in anyone's mouth
    "unintelligible", "indistinct", "incomprehensible", "inaudible speech", "indistinct chatter", "crosstalk",
})

_SPEECH_WORD = (r"\b(speech|speak\w*|spoken|words?|talk\w*|voices?|dialogue|vocals|lyrics|conversation|said|saying|says|say"
                # what a voice delivers, named as a thing: "no announcement follows", "no message is left"
                r"|announcements?|messages?|phrases?|sentences?|write down|type out|(?<=nothing to )(write|type)"
                r"|utter\w*|transcri\w*|one (is )?(speaking|talking)|speaker|narration|anything"
                # what is made out of speech: "nothing is intelligible", "no intelligible broadcast comes through"
                r"|intelligibl\w*|comprehensibl\w*)\b")
#: A clause saying nobody speaks: a negator with a speech word in its scope ("there is no speech", "no one is talking",
#: "nothing to transcribe"), or a speech word said to be absent ("speech: none").
_NO_SPEECH = re.compile(r"(\b(no|not|non|nobody|nothing|without|none|no one|never|cannot|unable|zero|0(?![:.,]\d))\b|n't\b"
                        # "too muffled to make out a single word": too much of something to perceive is a negation
                        r"|\btoo( [\w-]+){1,3} (?=to (make out|understand|decipher|discern|transcribe|catch|follow|pick out"
                        r"|hear|tell)\b)).*"
                        + _SPEECH_WORD + "|" + _SPEECH_WORD + r"\W+(\w+ ){0,2}(absent|none|nothing|missing|not (present|detected)"
                        r"|not a (single )?word)\b"
                        # a voice singing is one delivering words: "no one is singing", "there's no singer" ("I'm not
                        # singing tonight" is a line of a song)
                        r"|\b(no|nobody|no one|without|none|nothing)\b( [\w-]+){0,3} (sings|singing|sang|sung|singers?"
                        r"|vocalists?)\b")
#: "No speech" said in another language: per language, (negators, speech nouns / participles); a negator with a speech
#: word after it in the clause ("No hay habla", "Kein gesprochener Text", "Aucune parole détectée"), or a speech word
#: followed within three words by its negation ("Речь не обнаружена", "voz: ninguna"). Verbs of speaking stay out: "No
#: te hablo más" is a line of a song, not a note about the audio.
_NEGATED_SPEECH_BY_LANGUAGE: tuple[tuple[str, str], ...] = (
    (r"no|sin|ning[uú]n[ao]?|nada|nadie", r"habla|voz|voces|palabras?|di[aá]logos?|discurso|conversaci[oó]n"
     r"|transcri\w*|hablad[ao]s?"),  # Spanish
    (r"pas|aucune?|sans|rien|personne", r"paroles?|voix|discours|dialogues?|transcri\w*|parlée?s?"),  # French
    (r"kein\w*|nicht|ohne|nichts|niemand", r"sprache|gesprochen\w*|stimmen?|rede|worte|w[öo]rter|sprachinhalt\w*"
     r"|dialog\w*|gespr[äa]ch\w*|transkri\w*"),  # German
    (r"nessun[oa]?|non|senza|niente|nulla", r"parlato|voc[ei]|parole|discorso|dialogh?[io]|trascri\w*"),  # Italian
    (r"sem|n[aã]o|nenhum[a]?|nada|ningu[eé]m", r"fala|voz|vozes|palavras?|di[aá]logos?|discurso|transcri[cç][aã]o"
     r"|falad[ao]|transcre\w*"),  # Portuguese
    (r"geen|niet|zonder|niets|niemand", r"spraak|stemm?e?n?|woorden|gesproken|dialoog|transcri\w*"),  # Dutch
    (r"нет|не|без|никто|ничего|отсутству\w*", r"речь|речи|голос\w*|слов\w*|разговор\w*|транскри\w*|расшифр\w*"),  # Russian
    # "nobody" with a verb of speaking ("no se escucha a nadie hablar", "niemand spricht", "никто не говорит")
    (r"nadie|personne|niemand|nessuno|ningu[eé]m|никто", r"habl\w*|parl\w*|spr[ie]ch\w*|redet|praat|spreekt|fal[ao]\w*"
     r"|говор\w*"),
)
#: ... the same for languages read since stop 40, tried only when a clause has a letter beyond ASCII or one of their
#: negators written in ASCII (``_ADDED_ASCII_NEGATORS``), so English clauses pay nothing for them.
_NEGATED_SPEECH_ADDED: tuple[tuple[str, str], ...] = (
    (r"brak|nie|bez|żadn\w*|nic", r"mow[ayę]|głos\w*|rozmow\w*|wypowiedzi|dialog\w*|transkrypcj\w*"),  # Polish
    (r"yok|yoktur|değil|bulunmuyor|bulunmamaktadır|içermiyor|içermemektedir|hiç",
     r"konuşma\w*|ses\w*|söz\w*|diyalog\w*|transkri\w*"),  # Turkish
    (r"tidak|tak|tanpa|bukan|tiada", r"ucapan|suara|percakapan|pembicaraan|dialog|ujaran|transkrip\w*"),  # Indonesian
    (r"không|chẳng", r"giọng nói|lời nói|tiếng nói|lời thoại|tiếng người|phiên âm"),  # Vietnamese
    # Arabic, its article and a joined preposition on the noun: "لا يوجد كلام", "خالٍ من الكلام"
    (r"لا|لم|ليس|ليست|بدون|دون|خال\w*|عدم", r"[وبلف]?(ال)?(كلام|حديث|أصوات|صوت|كلمات|محادثة|حوار|نطق)"),
    (r"nikt|kimse|لا أحد", r"mówi\w*|konuş\w*|يتكلم|يتحدث"),  # nobody speaks
)
_ADDED_ASCII_NEGATORS = frozenset("brak nie bez nic yok yoktur tidak tak tanpa bukan tiada nikt kimse".split())
#: Hindi, whose vowel signs are no word characters to ``\b``: a negator and a speech noun within a clause, either order
#: ("कोई बोलचाल नहीं है", "कोई नहीं बोल रहा").
_DEVANAGARI = r"\u0900-\u097f"
_HINDI_NEG = rf"(?<![{_DEVANAGARI}])(नहीं|बिना|न)(?![{_DEVANAGARI}])"
_HINDI_SPEECH = (rf"(?<![{_DEVANAGARI}])(बोलचाल|भाषण|आवाज़?|शब्द|बातचीत|संवाद|वाणी|बोल(ता|ती|ते|ने)?|ट्रांसक्रि\S*)"
                 rf"(?![{_DEVANAGARI}])")
#: ... and in scripts written without spaces (Chinese, Japanese) or with Hangul endings: a negator next to a speech
#: noun, either order ("没有语音", "音频中没有人说话", "音声なし", "음성이 없습니다"), lyrics and the task's verb among
#: them ("没有歌词", "无法转写"); Korean negates a verb ("감지되지 않았습니다": not detected) after the noun.
_DENSE_SPEECH = (r"(语音|語音|说话|說話|讲话|講話|人声|人聲|对话|對話|发言|發言|言语|音声|発話|話し声|会話|セリフ|歌词|歌詞"
                 r"|转写|轉寫|转录|轉錄|文字起こし)")
_DENSE_NEGATOR = r"(没有|沒有|无|無|未|なし|無し|ない|ありません|ません)"
#: A one-word "silence" in another language ("Silencio.", "Stille", "Тишина", "静音").
_SILENCE_WORDS = (r"silencio|silence|stille|silenzio|sil[eê]ncio|stilte|тишина|静音|无声|無声|無音|沈黙|寂静|무음|침묵")
_NEGATED_BASE = ("|".join(rf"\b({neg})\b.*\b({speech})\b|\b({speech})\W+(\w+\W+){{0,2}}({neg})\b"
                          for neg, speech in _NEGATED_SPEECH_BY_LANGUAGE)
                 + rf"|{_DENSE_NEGATOR}[^。！？\n]{{0,8}}{_DENSE_SPEECH}|{_DENSE_SPEECH}[^。！？\n]{{0,6}}{_DENSE_NEGATOR}"
                 r"|(음성|말소리|대화|목소리|발화|가사)[^.!?\n]{0,12}(없|않)"
                 rf"|^\W*({_SILENCE_WORDS})\W*$")
_NEGATED_ADDED = ("|".join(rf"\b({neg})\b.*\b({speech})\b|\b({speech})\W+(\w+\W+){{0,2}}({neg})\b"
                           for neg, speech in _NEGATED_SPEECH_ADDED)
                  + rf"|{_HINDI_NEG}[^\u0964.!?\n]{{0,40}}{_HINDI_SPEECH}|{_HINDI_SPEECH}[^\u0964.!?\n]{{0,24}}{_HINDI_NEG}")
NO_SPEECH_OTHER_LANGUAGE = re.compile(f"{_NEGATED_BASE}|{_NEGATED_ADDED}", re.IGNORECASE)
_BASE_LANGUAGES = re.compile(_NEGATED_BASE, re.IGNORECASE)
_ADDED_LANGUAGES = re.compile(_NEGATED_ADDED, re.IGNORECASE)


def _no_speech_other_language(clause: str) -> bool:
    """``NO_SPEECH_OTHER_LANGUAGE`` on a lower-cased clause, the languages added since stop 40 tried only where they
    may be (``_NEGATED_SPEECH_ADDED``)."""
    if _BASE_LANGUAGES.search(clause):
        return True
    return (not clause.isascii() or not _ADDED_ASCII_NEGATORS.isdisjoint(re.findall(r"[a-z]+", clause))) \
        and bool(_ADDED_LANGUAGES.search(clause))
#: A clause saying the audio is silent.
_SILENT = re.compile(r"^\W*(complete |total |just |only )?(silence|blank|blank audio|no audio|nothing)\W*$"
                     # "There's nothing here", "Nothing intelligible.": nothing is present or made out
                     r"|^\W*(there(?:'s| is| was) )?nothing( (here|there|at all|in (it|this|the \w+)))?\W*$"
                     r"|\bnothing (intelligible|audible|discernible|recogni[sz]able|understandable|comprehensible)\b"
                     r"|\b(is|was|are|appears to be|seems to be|seems|sounds) (completely |entirely |totally |mostly |just )?"
                     r"(silent|silence|blank|empty|quiet)\b|\bnothing( else)? (is|was|can be) (said|heard|audible)\b"
                     r"|\bno (sound|sounds|sound events?|events?|audio|noise|voices?)\b"
                     # a stretch of it: "twenty seconds of silence", "a minute of dead quiet"
                     r"|\b(seconds?|secs?|minutes?|mins?|moments?|stretch|period|span|hours?) of (\w+ )?(silence|quiet)\b")
#: A clause saying the transcript is empty ("The ASR returned an empty transcript", "I'll leave the transcript blank"): an
#: output with nothing in it, a statement that nothing was said; so is leaving it so ("I'm leaving this empty").
_EMPTY_OUTPUT = re.compile(r"\b(leav\w*|left|keep\w*|kept)( (it|this|that|them|the \w+|my \w+))? (empty|blank)\b"
                           r"|(?<!not )(?<!n't )\b(empty|blank)( \w+)? (transcripts?|transcriptions?|outputs?|results?|text"
                           r"|strings?)\b"
                           r"|\b(transcripts?|transcriptions?|outputs?|results?)\b( \w+){0,3}? (?<!not )(?<!n't )(empty|blank)\b")
#: A clause that is only a placeholder for "no transcript" ("None.", "N/A", "(none)", "Empty transcript.").
_PLACEHOLDER = re.compile(r"^(none|n a|na|nil|null|empty|blank|nothing|not applicable|unknown|undetermined|not available"
                          r"|no (transcript|transcription|output|text)"
                          r"|empty (transcript|transcription|output)|none detected"
                          r"|(transcript|transcription|output|text) (is )?(unavailable|not available|empty|missing|blank))$")
#: A clause describing a (non-speech) sound: a frame ("only", "I hear", "sounds like", "it's a", "the clip is") around a
#: sound word.
_DESCRIBES = re.compile(r"\b(only|just|nothing but|contains?|consists?|has|have|hear|heard|hearing|sounds? (like|of)|background"
                        # hedged the same: "there may be a voice", "someone seems to be laughing"
                        r"|there (is|are|was|were)|there's|there (may|might|could|must|seems? to|appears? to)( also)? be"
                        r"|seems? to be|appears? to be"
                        r"|the sound|is of|features?|appears|recording of|clip of|audio of|mostly"
                        r"|plays?|playing|(it|this|that|clip|audio|recording|track|piece|file)( is|'s| was| seems to be))\b")
#: Politeness, "can't transcribe" and a label before the (empty) transcript around an abstention.
_FILLER = re.compile(r"^\W*(i'?m sorry|i am sorry|sorry|unfortunately|as an ai( (language )?model)?|i apologi[sz]e|apologies"
                     r"|so|and|but|however|hmm+|h?mm|well|nope|nah|no|therefore|thus|hence|as a result|overall|in short"
                     r"|sure|certainly|of course|got it|here(?:'s| is)(?: the| your)? (?:transcription|transcript|result|output)"
                     r"(?: (?:as|in) (?:a |the )?(?:table|list|json|json object|markdown table))?"  # its format named
                     r"|(based on|according to|from) (the |my |this )?(audio )?(analysis|listening|review)( provided)?"
                     r"|the (audio|recording|clip)|in (this|the) (audio|recording|clip)"
                     r"|(the )?(transcription|transcript|output|result|text)( of (the|this) (audio|clip|recording))?"
                     # the frame's own mark: "(end of transcript)", "[start of output]"
                     r"|(the )?(start|beginning|begin|end) of (the )?(transcription|transcript|output|text|recording|audio"
                     r"|file|clip))?\W*$")
#: A follow-up addressed to the user about the request or the file ("Let me know if you uploaded the wrong file!").
_FOLLOW_UP = re.compile(r"^\W*(let me know|feel free|please (re-?upload|upload|check|share|send|provide|try)"
                        # thanks for the input ("Thanks for sharing the file!"); "thanks for watching" thanks no input
                        r"|thanks?( you)?( \w+){0,3} for\b(?!.*\b(watch|listen)\w*)(?=.*\b(files?|audio|clips?|recordings?"
                        r"|uploads?|samples?|attachments?|questions?|requests?)\b)"
                        r"|(could|might|may|can) (it|this|that) be\b"  # "could it be the wrong file?"
                        r"|if you (uploaded|meant|want|have|need|can|'d like|would like)|is it possible|could you|can you"
                        r"|would you like|(do you )?want (me )?to|shall (i|we)|should i|maybe you|perhaps you"
                        r"|(is there )?anything else)\b")
#: A field at the start of a line (after a bullet), a sentence or a separator ("Speech content: none", "Language: N/A",
#: "- Music: yes"): its label is no speech; a speech field with a negative value ("speech detected: no") says nobody
#: speaks, a field named by a sound ("Music: yes", "Noise: low") describes sound, other values are read on their own.
_FIELD_LABEL = re.compile(r"(^|[\n,;]|(?<=[.!?])\s)\s*(?:[-*\u2022]\s*|\d{1,2}[.)]\s+)?([a-z][\w /-]{0,30}?)"
                          # "Original (French): —": the parenthetical qualifies; "at 0:05" is a time, no label
                          r"(?:\s*\([^()\n]{1,24}\))?\s*:(?!\d)(?=\s*\S)"
                          r"((?:[^\n,;.!?]|[.!?](?!\s|$))*)", re.IGNORECASE)
_SPEECH_FIELD = re.compile(r"^(has |contains |any |is )?(speech|spoken \w+|transcript|transcription|text|words|vocals|lyrics"
                           r"|voice|voices|speaker|dialogue)( detected| present| found)?$")
_NEGATIVE_VALUE = re.compile(r"^\W*(no|none|false|null|nil|0|n/?a|empty|nothing|absent|not (detected|present|found))?\W*$",
                             re.IGNORECASE)
#: Fields that describe the audio, never what anyone says ("Environment: outdoors", "Confidence: 0.9").
_METADATA_FIELD = re.compile(r"^(detected )?(environment|setting|scene|location|place|language|reason|note|notes|explanation"
                             r"|comment|confidence|score|probability|mood|emotion|tone|genre|category|class|label|type|duration|length"
                             r"|quality|snr|noise level|volume|analysis|description|summary|source|sounds?|sound events?|events"
                             r"|background|instruments?|tempo|key)$")
#: A field's value that is a measurement ("no_speech_prob: 0.97", "Duration: 10 s"), not words anyone said.
_MEASURE = re.compile(r"\s*(?:around|about|approximately|roughly|approx\.?|~)?\s*[-+]?\d+(?:[.,]\d+)?\s*"
                      r"(%|s|ms|sec|secs|seconds|min|minutes|db|hz|khz|bpm|kbps)?\s*", re.IGNORECASE)
#: The model's account of its own listening beside an abstention ("I listened carefully, but ..."): no invented speech.
_OWN_LISTENING = re.compile(r"^\W*(i|i've|i have|we|let me|let's|let us)( \w+)? (listen(ed|s)?|check(ed|s)?|review(ed|s)?"
                            r"|analy[sz]e[ds]?"
                            r"|go through|went through|play(ed|s)?|examine[ds]?|tried)\b"
                            # what it would write had anyone spoken ("I'd put the words here", "I would type them out"),
                            # its own doing referred back to ("I have not done that")
                            r"|^\W*(and |so |then )?(i|we)('d| would| could| might)( \w+)? (write|put|type|transcribe|output"
                            r"|include|list|give|return|enter|note)\b"
                            r"|^\W*(i|we)( \w+){0,3} (do|did|done|doing) (that|this|it|so)\W*$"
                            # what it heard closed off ("that's all", "that is all I can hear")
                            r"|^\W*(and |so )?(that's|that is|that was|this is)( about| pretty much| basically| really)?"
                            r" (all|it|everything)( (i|we)( can| could)? (hear|heard"
                            r"|make out|made out|detect|detected))?\W*$"
                            # a condition supposing speech ("if there were any", "if anyone had been talking")
                            r"|^\W*(only |even )?if (there|someone|somebody|anyone|anybody|they|a person|people)\b.*"
                            r"\b(were|had been)\b")
#: The model's doubt about its own reading ("I may be wrong", "I could be mistaken about the source", "if I'm not
#: mistaken", "I'm not 100% sure"): its own confidence, no words anyone said.
_OWN_DOUBT = re.compile(r"^\W*(?:(?:and|but|though|although|admittedly|of course),? )?"
                        r"(?:(?:i|we)(?:'m|'re| am| are| may| might| could| can't| cannot| can not)?(?: well| easily| also)?"
                        r"(?: be)?(?: not| n't)?(?: \w+ly| 100%)? (?:wrong|mistaken|sure|certain|confident|positive|off)"
                        r"|correct me if (?:i'm|i am|we're|we are) wrong"
                        r"|(?:if|unless) (?:i'm|i am|we're|we are)(?: not)? mistaken)"
                        r"(?: (?:about|on|of) (?:\w+ ){0,2}\w+)?(?:,? (?:though|however|here|there|of course))?\W*$")
#: The model talking about the task beside an abstention, as "I"/"we", to "you" or about the file: "so I've left the
#: transcript blank", "If you expected speech", "the file may be corrupted"; "I'll see you tomorrow" names no task.
_TASK_TALK = re.compile(r"^\W*(?:so |and |but |if |because |since |as |which |first,? |then |next,? |finally,? )?"
                        r"(?:(?:maybe|perhaps|possibly|probably) )?"
                        r"(?:(?:i|i've|i'm|i have|i'll|i'd|we|we've|you"
                        r"|you're|your|it)\b(?=.*\b(?:transcri\w*|speech|audio|file|record\w*|clip|microphone|mic|upload(?:ed)?"
                        r"|input|dialogue|voices?|vocals|lyrics|spoken|narration|conversation"
                        # how the model handled the audio: "I boosted the gain", "we ran it at full volume"
                        r"|gain|volume|playback|headphones|waveform|spectrogram|amplif\w*|normali[sz]\w*)\b)"
                        # words referred back to as the topic of a remark on them: "that phrase is a well-known artefact"
                        r"|(?:this|that|these|those|such)(?: \w+)? (?:phrases?|words?|text|lines?|sentences?|captions?"
                        r"|quotes?|strings?|outputs?) (?:is|are|was|were|would be)(?: an?| the)?(?: [\w-]+){0,3}"
                        r" (?:hallucinations?|artifacts?|artefacts?|examples?|placeholders?|errors?|mistakes?|glitch\w*)\b"
                        r"|(?:the|this|that|your|my) (?:audio|file|recording|clip|microphone|mic|upload|input)\b"
                        # the user's request: "You asked me to ..."
                        r"|(?:you|the user) (?:asked|requested|wanted|instructed)\b"
                        # the task as a purpose: "To transcribe audio, ..."
                        r"|(?:in order )?to \w+\b(?=.*\b(?:transcri\w*|speech|audio|file|record\w*|clip)\b)"
                        # speech recognisers as the subject: "Some ASR models output ... on audio like this"
                        r"|(?:(?:some|many|other|most|certain|typical|the|a|an|any) )?(?:asr|stt|speech[- ]to[- ]text"
                        r"|speech recogni\w+|recogni[sz]ers?|whisper|(?:asr |speech |transcription )?(?:models?|systems?"
                        r"|engines?|tools?))\b"
                        # the request or transcription itself as the subject: "The task asks for a transcription", "since
                        # transcription only applies to spoken language"; "Transcription by ..." credits someone
                        r"|(?:(?:the|this|that|your|my|a) )?(?:task|request|prompt|instructions?|transcription|transcript)\b"
                        r"(?! by\b))")
#: The model as the subject of its own account: "I listen for ...", "we went through ...".
_OWN_ACCOUNT = re.compile(r"^\W*(?:(?:so|and|then|first|next|to \w+),? )?(?:i|we)\b(?! ?'?m sorry)")
#: How a clause with no subject of its own goes on from the one before: a joining word, a preposition or adverb, a
#: participle, or a verb with an object pronoun ("segment them into ...", "read through whatever ..."); "hello everyone"
#: opens none.
_GOES_ON = re.compile(r"^(?:and |or |then |but )?(?:(?:including|especially|particularly|even|then|and|or|with|without|at"
                      r"|in|on|to|for|by|from|into|through|over|under|until|up|down|right|where|which|while|before|after"
                      r"|as|once|twice|again|also|both|all|each|every|mostly|apart|except|plus)\b|[a-z]+(?:ing|ed|ly)\b"
                      r"|[a-z]+ (?:them|it|each|every|all|both|whatever|everything|anything)\b)")
_SAYS = re.compile(r"\b(says|said|saying|asks|asked|replies|replied|whispers|shouts|states|goes)\W*:$")
#: Words that may stand in a description of sound beside the sound's names ("music with drums and guitar").
_DESCRIPTION_WORDS = frozenset({"a", "an", "the", "and", "only", "just", "with", "of", "in", "on", "at", "from", "by", "some",
                                "playing", "plays", "background", "soft", "softly", "loud", "distant", "faint", "light", "heavy",
                                "gentle", "low", "quiet",
                                # a hedged guess at the source is still a description: "possibly traffic or an air conditioner"
                                "possibly", "probably", "perhaps", "maybe", "likely", "or", "like"})
_DESCRIBES_AUDIO = re.compile(r"^(the |this |that )?(clip|audio|recording|track|file|sound|background)( itself)?"
                              r" (sounds like|seems to be|is|appears to be|consists of|contains|has)\b"
                              r"|^it (sounds like|seems to be)\b"
                              # the listener's likeness of what plays ("this sounds like a TV next door", "just what
                              # sounds like a washing machine"): "it", "this", "that", "what" is the audio
                              r"|^((just|only|mostly|probably|maybe|perhaps) )?(this|that|what|it) (\w+ )?(sounds?|sounded"
                              r"|seems?|seemed|appears?|appeared) (like|to be)\b"
                              # "it's a dishwasher": what the audio is, after the abstention
                              r"|^(it|this|that)('s| is| was) (just |only |probably |likely |clearly |simply |(more )?like )?"
                              r"(an?|the|some)\b"
                              # "what you're hearing is …"; how it was recorded ("possibly recorded outdoors on a phone")
                              r"|^what (you|i)('re| are|'m| am)? hear(ing)? (is|are)\b"
                              r"|^(possibly |probably |likely |maybe |perhaps )?(recorded|captured|filmed)\b(?! by\b)"
                              # how the audio is, the reason nothing was made out: "it's too distorted", "it is muffled"
                              r"|^(it|this|that)('s| is| was)( (too|very|so|quite|rather|really|\w+ly))+ [a-z-]+$"
                              # ... an excess named with its degree: "it's far too muffled", "that was way too quiet"
                              r"|^(it|this|that)('s| is| was)( \w+)? too [a-z-]+$"
                              r"|^(it|this|that)('s| is| was) [a-z-]+ed$"
                              # the same in scripts without spaces: "这段音频是纯音乐" (this audio is pure music), "この音声は"
                              r"|^(这段|這段|这个|這個|该|該|此)?(音频|音頻|录音|錄音|片段)(里|裡|中)?(是|为|為|只有|包含)"
                              r"|^(この)?(音声|録音|オーディオ)(は|には)")
#: The clip as the subject of what it holds ("the recording captures ...", "this upload is a recording of ...").
_CLIP_HOLDS = re.compile(r"^(the |this |that |your |my )?(clip|audio|recording|track|file|upload|sample|audio file)"
                         r"( (only|just|mostly|basically|simply|really))? (is|was|has|had|holds|contains|captures"
                         r"|features|includes|consists of|sounds like|seems to be|appears to be"
                         r"|(opens|starts|begins|ends|closes) with)\b")
_CLIP = re.compile(r"\b(clip|audio|recording|file|upload|sample)\b")
#: The model as listener: "I'm hearing", "all I can hear is", "I only hear".
_HEARING = re.compile(r"^(i'm|i am|i|we|we're|we are)( \w+)? (hearing|hear|heard|picking up|picked up)\b"
                      r"|^all (i|we) (can |could )?(hear|heard|get|got|catch|pick up|make out) (is|was|are|were)\b")
#: The listener's frame before what is heard ("you can tell there's a voice", "I could faintly hear ..."): the person
#: is the one listening, not one speaking.
_LISTENER = re.compile(r"^\W*(?:i|you|we|one) (?:can|could)(?: \w+ly| just| still)? (?:tell|hear|make out|notice|detect"
                       r"|sense)(?: that)? ")
#: A scene told as it seems to the listener ("A TV seems to be on in another room", "The neighbours appear to be
#: vacuuming"): a third-person observation hedged by a verb of perception describes the audio.
_SEEMS = re.compile(r"^((a|an|the|some)( [\w'-]+){1,2}|someone|somebody|people) (seems?|appears?) to be\b"
                    r"|^(a|an|the|some)( [\w'-]+){1,2} sounds? like\b")
#: After an abstention, a few words naming what is heard instead, or an example of it ("..., such as this doorbell chime").
#: The same in another language ("solo hay música de fondo", "nur Rauschen", "只有雨声"), and the model's own hearing
#: limited to it ("I can only hear a fan whirring", "all I hear is static").
_ONLY_SOUND = re.compile(r"^(((?P<lead>[^\W\d_]+\s+){1,3}(?=(just|only|solo|s[oó]lo|solamente|[uú]nicamente|nur|seulement"
                         r"|uniquement|soltanto|apenas|alleen|enkel|только|лишь|tylko|jedynie|sadece|yalnızca|hanya|cuma|chỉ"
                         r"|فقط)\b))??"
                         r"(just|only|nothing but|except( for)?|apart from|other than|such as|like|for example|for instance"
                         r"|e\.? ?g\.?|including|namely|solo|s[oó]lo|solamente|[uú]nicamente|nur|seulement|uniquement"
                         r"|soltanto|apenas|s[oó]|alleen|enkel|только|лишь|tylko|jedynie|sadece|yalnızca|hanya|cuma|chỉ|فقط"
                         r"|(i|we) (can |could )?(only|just) (hear|make out|detect|pick up)"
                         r"|all (i|we) (can |could )?hear (is|was)"
                         # French restriction "ne ... que" on a verb of hearing or "il y a": "on n'entend que le vent"
                         r"|(on|je|nous|il) n['\u2019](entend\w*|per[çc]oi\w*|distingu\w*|capt\w*|y a)( rien d'autre)? que"
                         # the impersonal listener after "only" is no word of what is heard, and says that all that
                         # follows is heard: "solo se escucha el ruido del tráfico", "seulement on entend ..."
                         r")\b(\s+(se (escuchan?|oyen?|perciben?|ouvem?|escutam?)|ouve-se|escuta-se|si sent(e|ono)"
                         r"|on entend|hört man|hoor je|слышн[оаы]?|hay|há|c'è|ci sono|il y a|es gibt|gibt es"
                         r"|er (is|zijn))\b(\s+[\w'-]+){1,16}|(\s+[\w'-]+){1,8})"
                         r"|(只有|仅有|僅有|只听到|只能听到)[^\s。！？]{1,12}"
                         # Hindi "only ...", its vowel signs no word characters: "केवल संगीत बज रहा है"
                         r"|(केवल|सिर्फ़?|मात्र)\s[^\n\u0964.!?]{1,80})\W*$")
#: Speech only supposed, so absent: "If someone were speaking, I'd write ...", "were there any words", "if there had been
#: speech".
_UNREAL_SPEECH = re.compile(r"\b(if (someone|somebody|anyone|anybody|a person|people|there|they)\b[^.!?;]{0,30}?"
                            r"\b(were|had been)|(were|had) there( been)?)\b[^.!?;]{0,30}?" + _SPEECH_WORD)
#: The listener missed the input, as an assistant says it: "I didn't catch that", "I couldn't make out a word", "we
#: can't hear anything".
_MISSED = re.compile(r"^\W*(sorry,? )?(i|we)( just| really| simply)? (didn't|did not|couldn't|could not|can't|cannot"
                     r"|wasn't able to|was unable to|am unable to|'m unable to|am not able to|'m not able to)"
                     r"( quite| really| fully| clearly)? (catch|hear|make out|pick up|understand|get|follow|decipher"
                     r"|(make|figure|work) (that|it|this|anything) out)"
                     r"( (that|this|it|anything|any of (that|it|this)|what (was|you|they|he|she|someone|somebody) \w+"
                     r"|a (single )?word|you))?\W*$")


def _only_sound(clause: str) -> bool:
    """``clause`` names only what is heard (``_ONLY_SOUND``); words before its "only" ("Слышен только шум дождя", "man
    hört nur Regen") must be no person and no verb of saying ("he only said hi")."""
    m = _ONLY_SOUND.match(clause)
    return bool(m) and not (m.group("lead") and (_PERSON.search(clause) or _saying(clause)
                                                  or re.search(r"\b(he|she|they|it)\b", clause)))


#: Clause breaks, the full-width marks of Chinese and Japanese among them; the colon of a clock time ("at 0:05") is none.
#: "but" after a word of quantity restricts, it does not contrast ("nothing but a kettle", "all but silent").
_CLAUSES = re.compile(r"(?!(?<=\d):\d)[.!?;:\u2014\u2013()\n\u3001\u3002\uff01\uff1f\uff1b\uff1a]+|[,\uff0c]|\s-\s"
                      r"|\bbut\b(?<!\b[Nn]othing but)(?<!\b[Aa]nything but)(?<!\b[Nn]one but)(?<!\b[Aa]ll but)")


@memoized
def _speech_sounds() -> re.Pattern[str]:
    """The lexicon's speech sounds ("voice", "speech", "murmur", "people talking"): speech named as something heard."""
    from ..vocab.sounds import sound_terms, terms_pattern

    return terms_pattern(tuple(t for t in sound_terms() if t not in set(sound_terms(exclude_speech=True))))


@memoized
def _sound_names(sources: bool = False) -> re.Pattern[str]:
    """What names a sound that is no speech: the lexicon's words and the AudioSet names of the sounds of things ("mechanical
    fan", "hair dryer"); with ``sources`` also the head noun of each such name when WordNet's first sense of it is a
    thing, the source of that sound ("fan", "dryer", "machine": "a washing machine"), read beside an abstention only
    ("It's a washing machine." alone names no sound heard)."""
    from ..vocab.ontology import ancestors
    from ..vocab.sounds import LEXICON, SPEECH_LABELS, sound_terms, terms_pattern

    names = list(sound_terms(exclude_speech=True))
    for label in LEXICON:
        if label in SPEECH_LABELS or "Sounds of things" not in ancestors(label):
            continue
        for part in re.sub(r"\([^)]*\)", "", label).lower().split(","):
            words = part.split()
            if len(words) > 1 and words[0] != "and":
                names.append(" ".join(words))
                if sources:
                    from ..vocab.word_classes import in_class

                    names += [words[-1]] if in_class(words[-1], "thing") else []
    return terms_pattern(tuple(dict.fromkeys(names)))


def _saying(clause: str) -> bool:
    """``clause`` has a verb that delivers words ("says", "asks", "announcing"); "heard" reports hearing only."""
    from .clauses import SPEECH_VERB

    return bool(re.search(rf"\b(?!heard\b){SPEECH_VERB}\b", clause))


#: Verbs that put words in someone's mouth when they take an object ("says hello", "whispering goodbye"); a sound "goes",
#: sings a tune or speaks a language without one word of it being given.
_DELIVER = re.compile(r"\b(says?|said|saying|asks?|asked|asking|tells?|told|telling|whispers|whispered|whispering"
                      r"|shouts?|shouted|shouting|yells?|yelled|yelling|exclaims?|exclaimed|exclaiming|announces?"
                      r"|announced|announcing|mutters?|muttered|muttering|repl(?:y|ies|ied|ying)|calls? out|called out"
                      r"|calling out)\b\W*")
#: What follows such a verb when no words are given: nothing, a manner, a place, a time, or unspecified content ("says
#: something", "asks a question", "mutters a few words").
_NO_CONTENT = re.compile(r"(\W*$|[a-z]+ly\b|(in|at|on|from|over|under|behind|near|into|somewhere|through|across|outside"
                         r"|nearby|off|out|away|again|repeatedly|occasionally|briefly|once|twice|during|before|after"
                         r"|until|to|and|but|or|while|then|as|so|because|though|although|if|when|which|that"
                         r"|too|back"
                         r"|something|anything|nothing|stuff|(a|an|one|some|a few|few|several|two|three)"
                         r"( [a-z]+(ly)?)?( (short|brief|quick|muffled|garbled|indistinct|inaudible|unclear))?"
                         r" (words?|phrases?|sentences?|questions?|names?|lines?|things?|announcements?|messages?))\b)")
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


def _delivers_words(clause: str) -> bool:
    """``clause`` gives what someone says: a verb of saying with words as its object ("a man says hello", "seems to be
    saying goodbye", "announcing the next stop"); "a crowd murmurs indistinctly", "someone says something" give none."""
    return any(not _NO_CONTENT.match(clause, m.end()) and not _ASKER.search(clause, 0, m.start())
               for m in _DELIVER.finditer(clause))


#: The user or the request as the one asking ("you asked me to ...", "the task asks for ..."): no one in the clip.
_ASKER = re.compile(r"\b(you|the user|task|request|prompt|question|instructions?)\s+(\w+\s+)?$")


#: A frame that MENTIONS the words it quotes instead of presenting them as said in the clip: an example of what would be
#: written had someone spoken ('If someone were speaking I'd write, e.g., "..."'), what the model will not make up
#: ('rather than invent "..."').
_MENTION_BEFORE = re.compile(
    r"\bif (someone|somebody|anyone|anybody|a person|people|they|there)\b[^.!?\n]{0,40}?\b(were|had been)\b"
    r"|\b(were|had) there\b"
    # the user's request quoted back: 'You asked me to "transcribe the following audio"'
    r"|\b(you|the user) (asked|wanted|requested|instructed|told)( me| us)? (to|for)\b"
    r"|\b(your|the) (request|prompt|instructions?|task)( \w+)? (says|said|reads|read|was|is|asks|asked)\W*$"
    # a work of music named by its title: 'The piece appears to be "..." by ...', 'a song called "..."'
    r"|\b(piece|song|track|tune|melody|composition|album|record|music)( \w+){0,2} (is|was|appears to be|seems to be"
    r"|sounds like|might be|may be|could be|called|titled|entitled|named)\W*$"
    r"|\b(rather than|instead of|won't|will not|wouldn't|would not|not going to|refuse to|avoid|without)"
    r" (\w+ ){0,2}(invent|make up|making up|guess|fabricat|hallucinat|output|writ|put down)\w*\b", re.IGNORECASE)
#: ... or what speech recognisers produce in general ("Some ASR models output "..." on audio like this", "Whisper often
#: hallucinates "..." on silence"): a machine as the subject of a verb of output, said of machines or audio in general.
_MACHINE_OUTPUT = re.compile(r"\b(asr|stt|speech[- ]to[- ]text|speech recogni\w+|recogni[sz]ers?|whisper|models?|systems?"
                             r"|engines?|transcribers?|transcription (tools?|services?))\b[^.!?\n]{0,40}?\b(output|produce"
                             r"|print|type|display|show|come up with|generate|hallucinate|return|emit|insert|invent|make up"
                             r"|spit out|write|transcribe)\w*\b", re.IGNORECASE)
_GENERIC = re.compile(r"\b(some|many|other|most|often|sometimes|usually|commonly|typically|tends?|known|can|may|might"
                      r"|like this|such|silence|silent|noise)\b", re.IGNORECASE)
#: ... or after the quote: the quoted words as the topic of a remark about them ("... "Thanks for watching" is a common
#: hallucination").
_MENTION_AFTER = re.compile(r"^\W*(is|are|would be|was)( a| an| the)?( \w+){0,2} (hallucinations?|artifacts?|artefacts?"
                            r"|examples?|placeholders?|errors?|mistakes?)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"\u201c](?P<q>[^\"\u201c\u201d\n]{1,200})[\"\u201d]")
#: An example marker before a quote ("..., e.g. "...", "something like "..."").
_EXAMPLE_LEAD = re.compile(r",?\s*(for example|for instance|such as|something like|like)\W*$", re.IGNORECASE)
#: Abbreviations whose full stop breaks no clause.
_ABBREVIATIONS = ((re.compile(r"\be\.\s?g\.,?", re.IGNORECASE), "for example"),
                  (re.compile(r"\bi\.\s?e\.,?", re.IGNORECASE), "that is"))


def _mentioned(text: str, m: re.Match[str]) -> bool:
    """The quote ``m`` of ``text`` is mentioned, not said: in a mention frame in its sentence (``_MENTION_BEFORE``,
    ``_MACHINE_OUTPUT`` of machines in general, ``_MENTION_AFTER``), or its content is itself no words ('I'll leave it as
    "[no speech]"')."""
    before = re.split(r"[.!?\n](?=\s|$)", text[:m.start()])[-1]
    after = re.split(r"[.!?\n](?=\s|$)", text[m.end():])[0]
    if _MENTION_BEFORE.search(before) or _MENTION_BEFORE.search(after) or _MENTION_AFTER.match(text[m.end():]):
        return True
    if _MACHINE_OUTPUT.search(before) and _GENERIC.search(f"{before} {after}"):
        return True
    return is_placeholder(m.group("q"))


#: What a mentioned quote leaves in its clause: the clause talks about words, it says none (read as filler).
_MENTION = "\ue000"


def _mentioned_quotes(text: str) -> str:
    """``text`` with each mentioned quote (:func:`_mentioned`) replaced by ``_MENTION``, an example marker before it too;
    "e.g." and "i.e." spelt out, so their full stops break no clause."""
    for pat, repl in _ABBREVIATIONS:
        text = pat.sub(repl, text)
    if not _QUOTE_MARK.search(text):
        return text
    out, last = [], 0
    for m in _QUOTED.finditer(text):
        if _mentioned(text, m):
            lead = _EXAMPLE_LEAD.search(text, last, m.start())
            out.append(text[last:lead.start() if lead else m.start()] + f" {_MENTION} ")
        else:
            out.append(text[last:m.end()])
        last = m.end()
    return "".join(out) + text[last:]


def _sound_quotes(text: str) -> str:
    """``text`` with a quote owned by a sound read as that sound's name: 'a doorbell (a two-tone "ding-dong")', 'the
    dog goes "woof"' quote a sound's onomatopoeia, no words said (a sound "goes", it says nothing); "—" may come before
    the lead. A quote after a person or a verb of saying, one longer than three words ("cock-a-doodle-doo" is one) or
    holding a bag phrase stays words ('a TV ("thanks for
    watching")')."""
    if not re.search(r"[\"\u201c]", text):
        return text

    def owned(m: re.Match[str]) -> str:
        lead, q = m.group("lead"), m.group("q")
        if (len(q.split()) > 3 or known_phrases(q) or _PERSON.search(f"{lead} {q}".lower())
                or _saying(re.sub(r"\b(goes|went)\b", " ", lead.lower())) or _speech_sounds().search(lead.lower())):
            return m.group()
        return m.group("owner") + lead + m.group("owner")
    return _owned_quote().sub(owned, text)


@memoized
def _owned_quote() -> re.Pattern[str]:
    """A sound's name, at most three words (a parenthesis or a dash may open), then a quote."""

    sounds = _sound_names().pattern
    gap = r"[ \t,\u2014\u2013-]*"  # spaces, a comma or a dash: 'a rooster — sort of a "cock-a-doodle-doo"'
    return re.compile(rf"(?P<owner>{sounds})(?P<lead>{gap}\(?(?:{gap}[\w'-]+){{0,3}}?{gap})"
                      r"[\"\u201c](?P<q>[^\"\u201c\u201d\n]{1,30})[\"\u201d]", re.IGNORECASE)


def _clause_kind(clause: str) -> str:
    """ "filler" | "abstention" | "sound" | "words" for one clause of a non-speech output."""
    c = " ".join(clause.lower().replace("\u2019", "'").split())
    if _MENTION in c and not _QUOTE_MARK.search(c) and not _delivers_words(c):
        return "filler"  # a remark about words it quotes, not words said: 'Some ASR models output "…" on silence'
    if not re.search(r"\w", c) or _FILLER.match(c) or (_MEASURE.fullmatch(c) and re.search(r"[a-z%]\W*$", c)):
        return "filler"  # ... or a measurement with its unit ("around 70 BPM"): no word anyone said ("1, 2, 3" is counting)
    if re.fullmatch(rf"\W*{_SPAN}\W*", c):
        return "filler"  # a time or time span ("00:00–00:30", a table's time cell): where, never what, is said
    if _NO_SPEECH.search(c) or _SILENT.search(c) or _PLACEHOLDER.match(basic(c)) or DECLINES.search(c) \
            or _EMPTY_OUTPUT.search(c) or _UNREAL_SPEECH.search(c) or _MISSED.match(c) \
            or _no_speech_other_language(c):
        return "abstention"  # ... or the model declines the request: no words are put in anyone's mouth

    if _sound_names().search(c) and _DESCRIBES.search(c) \
            and not re.search(r"\b(not|never)\b|n't\b", c) \
            and not _QUOTE_MARK.search(c) and not _delivers_words(c):
        # "it's not raining today" describes no sound heard; "music plays and a man says hello" puts words in a mouth
        return "sound"
    words = [w for w in basic(c).split() if w not in _DESCRIPTION_WORDS]
    if words and not _sound_names().sub(" ", " ".join(words)).strip():
        return "sound"  # only sound names: "instrumental music", "birds, wind"
    fixed = _untypo(c)
    return _clause_kind(fixed) if fixed != c else "words"  # typed in haste: "no speach detected"


#: The words the reader's frames turn on, as a typo of one may stand for it ("speach", "jsut", "nothign").
_TYPO_TARGETS = ("just", "only", "speech", "spoken", "speaking", "speaker", "voice", "voices", "words", "talking",
                 "nothing", "silence", "silent", "detected", "transcript", "transcribe", "transcription", "audio",
                 "noise", "background", "music", "recording")


_LONG_WORD = re.compile(r"\b[a-z]{4,14}\b")


def _one_edit(word: str, target: str) -> bool:
    """``word`` is ``target`` with two neighbouring letters swapped or, for a target of five letters or more, one
    letter changed, added or dropped."""
    n, m = len(word), len(target)
    if n == m:
        diff = [i for i in range(n) if word[i] != target[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == target[diff[1]] \
            and word[diff[1]] == target[diff[0]]
        return swapped or (len(diff) == 1 and m >= 5)
    if m < 5 or abs(n - m) != 1:
        return False
    short, long_ = (word, target) if n < m else (target, word)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def _untypo(clause: str) -> str:
    """``clause`` with each word that is no English word but one edit from a word of the reader's frames (``_one_edit``)
    read as that word."""
    from ..vocab.english_words import is_english

    odd = [w for w in _LONG_WORD.findall(clause) if not is_english(w) and w not in _TYPO_TARGETS]
    fixes: dict[str, str] = {}
    for w in odd:
        near = next((t for t in _TYPO_TARGETS if abs(len(t) - len(w)) <= 1 and _one_edit(w, t)), None)
        if near:
            fixes[w] = near
    return _LONG_WORD.sub(lambda m: fixes.get(m.group(), m.group()), clause) if fixes else clause


#: A subtitle file's scaffolding (SRT / WebVTT): the header, cue numbers and "00:00:01,000 --> 00:00:04,000" lines.
_CUE_TIME = re.compile(r"^\s*(\d{1,2}:)?\d{1,2}:\d{2}([.,]\d{1,3})?\s*-->\s*(\d{1,2}:)?\d{1,2}:\d{2}([.,]\d{1,3})?[^\n]*$",
                       re.MULTILINE)
_CUE_SCAFFOLD = re.compile(r"^\s*(WEBVTT\b[^\n]*|\d{1,5})\s*$", re.MULTILINE)
#: A markup element wrapping only blank text, its name a container, not a statement ("<output></output>").
_EMPTY_ELEMENT = re.compile(r"<([A-Za-z][\w.:-]{0,30})(?:\s[^<>\n]{0,120})?>\s*</\1\s*>")


def _empty_elements(text: str) -> str:
    """``text`` without elements that wrap nothing, nested ones too, unless the element's name says something
    ("<music></music>", "<no_speech></no_speech>")."""
    if "</" not in text:
        return text
    for _ in range(3):
        out = _EMPTY_ELEMENT.sub(lambda m: m.group() if _clause_kind(m.group(1).replace("_", " ")) in ("abstention", "sound")
                                 else " ", text)
        if out == text:
            break
        text = out
    return text


#: A speaker label before a line ("[Speaker 1]:", "SPEAKER_00:", "(Voice 2):"): a name for who speaks, not words said.
_SPEAKER_LABEL = re.compile(r"^\s*[\[(]?(speaker|spk|voice|person)[\s_-]*\w{0,3}[\])]?"
                            r"(\s*[\[(][\d:.,\s\u2013>-]{1,30}[\])])?\s*:",  # "Speaker 0 [00:00-00:05]:"
                            re.IGNORECASE | re.MULTILINE)


#: A time or time range opening a line ("00:00:00 – 00:00:08:", "[0:03]", "(00:01-00:04)"): where, never what, is said.
_CLOCK = r"(\d{1,2}:)?\d{1,2}:\d{2}([.,]\d{1,3})?"
_SPAN = rf"{_CLOCK}(\s*(-->|[-\u2013\u2014\u2192]|to)\s*{_CLOCK})?"
#: ... a span of seconds ("0–5 s", "12 to 18 sec"), and a list's item number before either ("1. 0–5 s:").
_SECONDS = (r"\d{1,4}([.,]\d{1,3})?[ \t]?(s|secs?|seconds)?[ \t]*([-\u2013\u2014]|to)[ \t]*\d{1,4}([.,]\d{1,3})?[ \t]?"
            r"(s|secs?|seconds)\b")
_LINE_TIME = re.compile(rf"^[ \t]*(\d{{1,2}}[.)][ \t]+)?([\[(]({_SPAN}|{_SECONDS})[\])]|{_SPAN}|{_SECONDS})[ \t]*:?",
                        re.MULTILINE)
#: A markdown heading line ("## Sound description", "**Notes**"): the label of the section below it.
_PICTOGRAPH = r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]*"
_HEADING = re.compile(rf"^[ \t]*(?:{_PICTOGRAPH})?(?:#{{1,6}}[ \t]+|\*\*(?=[^*\n]+\*\*[ \t]*:?[ \t]*$))(?:{_PICTOGRAPH})?"
                      r"(?:\d{1,2}[.)][ \t]*)?"
                      r"(?P<label>[^\W\d_][^*#:\n]{0,40}?)[ \t]*:?[ \t]*(?:\*\*|#*)?[ \t]*:?[ \t]*$", re.MULTILINE)


def _is_metadata(label: str) -> bool:
    """A label about the audio, never what anyone says, by its whole or its head noun ("Sound description", "Speaker
    emotion", "Confidence")."""
    return bool(_METADATA_FIELD.match(label) or _METADATA_FIELD.match(label.split()[-1]))


def _sections(text: str) -> str:
    """``text`` with markdown headings read as labels: a heading naming the transcript or a sound goes (its section is
    read on its own), a section under a metadata heading ("## Sound description", "**Notes**") goes whole unless it
    quotes words; any other heading is text."""
    heads = list(_HEADING.finditer(text))
    if not heads:
        return text
    out, end = [text[:heads[0].start()]], len(text)
    for k, m in enumerate(heads):
        body = text[m.end():heads[k + 1].start() if k + 1 < len(heads) else end]
        label = " ".join(m.group("label").lower().replace("_", " ").split())
        if _is_metadata(label) and not _SPEECH_FIELD.match(label):
            out.append(" . " + body if re.search(r"[\"\u201c\u201d]", body) else " . ")
        elif _SPEECH_FIELD.match(label) or _NEGATIVE_VALUE.match(label):
            out.append(" . " + body)
        else:
            out.append(m.group() + body)
    return "".join(out)


_NOT_JSON = object()


def _json_data(text: str) -> object:
    """The JSON object or list ``text`` is (bare or in a code fence), or ``_NOT_JSON``."""
    import json

    body = re.sub(r"^\s*```[\w-]*\s*\n|\n\s*```\s*$", "", text.strip())
    if not body.startswith(("{", "[")):
        return _NOT_JSON
    try:
        return json.loads(body)
    except ValueError:
        return _NOT_JSON


#: A segment's scaffolding in a JSON transcript: where it sits and who holds it, never what is said.
_SEGMENT_KEY = re.compile(r"^(start|end|begin|stop|offset|duration|t0|t1|from|to|time|timestamps?|id|index|idx|seek"
                          r"|speaker|speaker_id|spk|channel)s?(_(s|ms|sec|time))?$", re.IGNORECASE)
#: A key holding a transcript's pieces ("segments", "word_segments", "chunks"): an empty list of them is no piece output.
_PIECES_KEY = re.compile(r"^(word_?)?(segments|chunks|words|utterances|cues|tokens|sentences|lines|paragraphs)$",
                         re.IGNORECASE)


def _blank_strings(data: object) -> bool:
    """Every value of the object ``data`` is an empty string ({"text": ""}), or a list of such objects: an empty
    transcript in a wrapper; a segment's times, index and speaker id ({"start": 0.0, "text": "", "speaker":
    "SPEAKER_00"}) sit beside it as scaffolding. A null or an empty list is a field stated as none, and other fields
    say something ({"language": "en"}): the field reader reads those. An empty list of a transcript's pieces
    ({"segments": [], "word_segments": []}) holds no piece: blank too."""
    if isinstance(data, list):
        return bool(data) and all(_blank_strings(v) for v in data)
    if isinstance(data, dict):
        text = {k: v for k, v in data.items() if not _SEGMENT_KEY.match(str(k))}
        return bool(text) and all(_blank_strings(v) or (v == [] and _PIECES_KEY.match(str(k))) for k, v in text.items())
    return isinstance(data, str) and not data.strip()


def _json_lines(text: str) -> str:
    """A JSON object or list (bare or in a code fence) as "key: value" lines, an empty string, list or null read as
    "none" ("segments: none"), so the field reader below reads it; any other text unchanged."""
    data = _json_data(text)
    if data is _NOT_JSON:
        return text
    lines: list[str] = []

    def walk(key: str, value: object) -> None:
        if isinstance(value, dict) and value:
            for k, v in value.items():
                walk(str(k), v)
        elif isinstance(value, list) and value:
            for v in value:
                walk(key, v)
        else:
            empty = value is None or value == "" or value == [] or value == {} or (isinstance(value, str) and not value.strip())
            lines.append(f"{key}: {'none' if empty else value}" if key else ("none" if empty else str(value)))
    walk("", data)
    return "\n".join(lines)


#: A reasoning model's thinking before its answer ("<think>…</think>"): neither the answer nor words put in anyone's mouth.
THINKING = re.compile(r"<(think|thinking|reasoning|thought)>.*?</\1>", re.DOTALL | re.IGNORECASE)


def _unwrap(text: str) -> str:
    """``text`` without a reasoning block, subtitle scaffolding (also a bare "WEBVTT" header), JSON braces, markdown
    headings, line timestamps and speaker labels (each leaves a sentence break)."""
    text = _sections(_json_lines(THINKING.sub(" . ", text)))
    if _CUE_TIME.search(text):
        text = _CUE_SCAFFOLD.sub(" . ", _CUE_TIME.sub(" . ", text))
    text = re.sub(r"^\s*WEBVTT\b[^\n]*", " . ", text)
    return _SPEAKER_LABEL.sub(" . ", _LINE_TIME.sub(" . ", text))


def invented_text(text: str) -> str:
    """The parts of ``text`` that are neither an abstention, a sound tag/description nor politeness: invented words."""
    text, read = _read_clauses(text)
    if read is None:
        return ""
    parts, kinds = [p for p, _ in read], [k for _, k in read]
    if not any(k in ("abstention", "sound") for k in kinds) and not _TAG.search(text):
        return text.strip() if basic(text) else ""
    return " ".join(p.strip() for p, k in zip(parts, kinds, strict=True) if k == "words")


def clause_kinds(text: str) -> list[tuple[str, str]]:
    """Each clause of ``text`` as the no-speech reader reads it, with its kind: "filler" (politeness, a follow-up to the
    user), "abstention" (nobody speaks, the audio is silent), "sound" (a description of what is heard) or "words"
    (what someone says); [] for sound tags alone."""
    return _read_clauses(text)[1] or []


def is_placeholder(text: str) -> bool:
    """A mark that nothing was said, as a transcript slot holds it: marks or tags only ("—", "[silence]",
    "<|nospeech|>"), or an abstention ("No speech detected", "N/A") with no invented words beside it; a description of
    sound alone ("Play the next song") is none."""
    if not text.strip():
        return False
    if not basic(text):
        return True
    _, read = _read_clauses(text)
    return read is None or (not invented_text(text) and (not read or any(k == "abstention" for _, k in read)))


def _read_clauses(text: str) -> tuple[str, list[tuple[str, str]] | None]:
    """(``text`` unwrapped, each clause with its kind: "filler" | "abstention" | "sound" | "words"); None for a bare
    capitalised sound tag ("APPLAUSE")."""
    text = _unwrap(text)
    text = re.sub(r"(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])", " ", text)  # markdown emphasis: "_No speech detected._"
    text = _FIELD_LABEL.sub(_field, unmark(re.sub(r"\*\*", " ", text)))  # "**Transcript:** N/A": bold is no tag
    rest = _TAG.sub(lambda m: " . " if _tag_ok(m.group()) else m.group(), _mentioned_quotes(_sound_quotes(text)))
    if rest.strip().upper() == rest.strip() and basic(rest) in SOUND_TAGS:
        return text, None
    pieces, seps = _CLAUSES.split(rest), [m.group() for m in _CLAUSES.finditer(rest)]
    parts = [p for p in pieces if p and p.strip()]
    # whether a clause follows a comma: it may go on from the clause before
    after_comma = [bool(j) and seps[j - 1].strip() in (",", "\uff0c") for j, p in enumerate(pieces) if p and p.strip()]
    after_but = [bool(j) and seps[j - 1].strip().lower() == "but" for j, p in enumerate(pieces) if p and p.strip()]
    kinds = [_clause_kind(p) for p in parts]
    # after an abstention, "just a fan whirring" / "only X" names what is heard, even a sound the lexicon lacks
    kinds = [("sound" if k == "words" and i and "abstention" in kinds[:i] and _only_sound(_untypo(p.strip().lower())) else k)
             for i, (p, k) in enumerate(zip(parts, kinds, strict=True))]
    if "abstention" not in kinds:
        # the clip as the subject of what it holds, or the model as its listener ("The clip is thirty seconds of a
        # dishwasher.", "I'm hearing a kettle and dishes clinking"): a reply about the audio, no transcript, when it
        # names no voice, no person and gives no words
        # ... "it", "this" being the clip once the model has named it ("I played the file twice; it's a dryer")
        sources, named = _sound_names(sources=True), False
        for i, p in enumerate(parts):
            c = re.sub(r"^(\W+|(and|or|so|but)\b)+", "", p.strip().lower())
            held = _CLIP_HOLDS.match(c) or (named and _DESCRIBES_AUDIO.match(c))
            named = named or bool(_CLIP.search(c) and (_OWN_LISTENING.match(c) or _TASK_TALK.match(c)))
            going_on = i and kinds[i - 1] == "sound" and re.match(r"(then|and then|followed by|after that)\b", c) \
                and sources.search(c)
            if kinds[i] == "words" and (held or going_on or (_HEARING.match(c) and sources.search(c))) \
                    and not (_QUOTE_MARK.search(p) or _PERSON.search(_HEARING.sub("", c)) or _delivers_words(c)
                             or _speech_sounds().search(c) or _saying(c)):
                kinds[i] = "sound"
    if "abstention" in kinds:
        # beside an abstention, before or after it, a clause that describes the audio ("The clip sounds like a busy
        # street.", "The background has a TV playing") or has a sound as its subject ("A car engine idles") names a
        # sound; so does a clause going on from one ("..., then accelerates away")

        sounds = _sound_names(sources=True)
        voices = _speech_sounds()
        for i, p in enumerate(parts):
            # a list bullet or a joining word opens no subject ("- a car passing", "and someone seems to be laughing")
            said = re.sub(r"^(\W+|(and|or|plus|also|as well as)\b)+", "", p.strip().lower())
            c = _LISTENER.sub("", said)  # "you can tell there's a voice": the listener is no one who speaks
            if kinds[i] != "words" or _QUOTE_MARK.search(p) or _PERSON.search(c) or _delivers_words(c):
                continue
            # a hedged guess at the source is a subject too ("maybe an air conditioner or a generator running")
            # ... nor does a word of time ("then a door slams")
            det = re.match(r"^((a|an|the|some|distant|faint|loud|maybe|perhaps|possibly|probably|likely|most|very|quite"
                           r"|then|after that"
                           r"|afterwards|later|next|finally),?\s+)*", c).end()
            # a sound as the verb of its source: "a man whistles", "someone is humming a tune"
            noun = re.match(r"[\w'-]+\s+((is|are|was|were|keeps|kept|starts|started|begins|began)\s+)?", c[det:])
            subject = sounds.match(c, det) or (noun and sounds.match(c, det + noun.end()))
            # "…, with a phone ringing near the end"; a likeness of it ("…, like the ones before a station announcement")
            going_on = i and kinds[i - 1] == "sound" and re.match(r"^(then|and then|before|after|while|until|followed by"
                                                                  r"|with|like|similar to|such as|the kind|the sort"
                                                                  r"|(sort|kind) of|something like)\b", c)
            # speech named as a sound heard, with nothing it says ("there might be faint speech in the background",
            # "there's a voice"): no words put in anyone's mouth; "a voice says thank you" gives what it says
            voice = voices.search(c) and _DESCRIBES.search(said) and not _saying(c)
            # ... or a voice raised with no words given: "the kids shout happily", "a man mutters something"
            voice = voice or _DELIVER.search(c)
            # a list of sounds going on: "drums, bass and a synth lead"
            listed = i and kinds[i - 1] == "sound" and sounds.search(c)
            if _DESCRIBES_AUDIO.match(c) or _SEEMS.match(c) or subject or going_on or voice or listed:
                kinds[i] = "sound"
    if "abstention" in kinds or "sound" in kinds:
        # beside an abstention or a description of the sound ("I hear only static."), a follow-up to the user or its own
        # listening is no invented speech
        # ... nor is an "Okay," opening the reply
        # ... unless it quotes words or gives what someone says ("The transcript reads "Thank you."", "your audio says hi")
        kinds = [("filler" if k == "words" and not _QUOTE_MARK.search(p) and not _delivers_words(p.lower())
                  and (any(r.match(p.strip().lower()) for r in (_FOLLOW_UP, _OWN_LISTENING, _TASK_TALK, _OWN_DOUBT))
                       or (i == 0 and re.fullmatch(r"\W*(okay|ok|alright|all right)\W*", p.lower())))
                  else k)
                 for i, (p, k) in enumerate(zip(parts, kinds, strict=True))]
        # the model's own account goes on after a comma with no subject of its own ("I listen for voiced segments,
        # segment them into utterances", "I went through the clip, including the quiet end"), unless it quotes, gives
        # words or opens with a bag phrase ("..., thanks for watching"; "near the end" is none)
        account = False
        for i, p in enumerate(parts):
            c = p.strip().lower()
            going_on = account and after_comma[i] and kinds[i] == "words" and _GOES_ON.match(c)
            if going_on and not _QUOTE_MARK.search(p) and not _delivers_words(c) \
                    and not any(basic(c).startswith(k) for k in known_phrases(c)):
                kinds[i] = "filler"
            else:
                account = kinds[i] == "filler" and bool(_OWN_ACCOUNT.match(c))
    _withdraw_quotes(parts, kinds, after_but)
    return text, list(zip(parts, kinds, strict=True))


#: A reading the model marks as its first or as a belief ("at first I thought I heard ...", "on my first pass I typed
#: ..."): one a later clause may correct.
_FIRST_READING = re.compile(r"\b(i|we)\b.*\b(first|initially|originally|thought|assumed|believed|mistook|guessed)\b"
                            r"|\b(first|initially|originally)\b.*\b(i|we)\b")
_IDENTIFIES = re.compile(r"\b(it|that|this)('s| is| was| turned out| must have been| had been)\b(?!.*\b(says?|said)\b)")
#: A clause referring back to what was just quoted, as its subject ("those are sounds", "that was the fan").
_REFERS_BACK = re.compile(r"^\W*(those|these|they|that|this|it|both|neither)( \w+)? (are|were|is|was|'s|'re)\b")


def _withdraw_quotes(parts: list[str], kinds: list[str], after_but: list[bool]) -> None:
    """Mark as filler, in place, quoted words the reply itself takes back: the model's first reading corrected after
    "but" by a sound or an absence ('At first I typed "hi", but it's a hinge creaking'), or quotes a clause referring
    back calls no words ('a parrot squawks ("ha", "hey"); those are sounds, not words')."""
    for i, p in enumerate(parts):
        if kinds[i] != "words" or not _QUOTE_MARK.search(p):
            continue
        c = p.lower()
        # the correction names what it was instead ("it's the fridge", "it turned out to be a hinge"), quoting nothing
        correction = i + 1 < len(kinds) and after_but[i + 1] and not _QUOTE_MARK.search(parts[i + 1]) and (
            kinds[i + 1] != "words" or bool(_IDENTIFIES.search(parts[i + 1].lower())))
        if correction and _FIRST_READING.search(c[:_QUOTE_MARK.search(c).start()]):
            kinds[i] = "filler"
            kinds[i + 1] = "sound" if kinds[i + 1] == "words" else kinds[i + 1]
            continue
        # the quotes up to a clause referring back, with an absence there or just after it
        for j in range(i + 1, min(i + 4, len(parts))):
            if _REFERS_BACK.match(parts[j].lower()) and "abstention" in kinds[j:j + 2]:
                for k in range(i, j + 1):
                    if kinds[k] == "words" and (k == j or _QUOTE_MARK.search(parts[k])
                                                or not re.search(r"[^\W\d_]", parts[k])):
                        kinds[k] = "filler"
                break
            if kinds[j] == "words" and not _QUOTE_MARK.search(parts[j]):
                break


def _field(m: re.Match[str]) -> str:
    """A "label: value" field as what it says (see ``_FIELD_LABEL``)."""

    # a machine key's words ("speech_detected", "no_speech_prob") read as the words of a label
    sep, label, value = m.group(1), " ".join(m.group(2).lower().replace("_", " ").split()), m.group(3)
    if re.fullmatch(r"\s*[A-Za-z]+(_[A-Za-z]+)+\s*", value):  # an enum value ("status: NO_SPEECH") is words joined by "_"
        value = value.replace("_", " ")
    if _SAYS.search(f"{label}:"):
        return m.group()
    if _SPEECH_FIELD.match(label) and _NEGATIVE_VALUE.match(value):
        return f"{sep} . no speech . "
    if _sound_names().fullmatch(label):
        return f"{sep} . {label} . "
    if (_is_metadata(label) and not re.search(r"[\"\u201c\u201d]", value)) or _MEASURE.fullmatch(value):
        return f"{sep} . "  # metadata about the audio; a quoted value may still be words put in someone's mouth
    if _clause_kind(label) == "abstention":
        return f"{sep} . {label} . {value}"  # a clause before a colon, no label: "but nobody talks: just a fan"
    return f"{sep} . {value}"


#: A bracketed label: at most four words of letters (any script; "-" and "'" inside a word), no digit, dot, colon,
#: quote or sentence mark: the subtitle convention for a sound, in the language the decoder was given ("[Música]",
#: "[музыка]", "[MÚSICA DE FUNDO]", "(upbeat music)").
_LABEL = re.compile(r"[\[(\uff08\u3010]\s*([^\W\d_]+(?:['\u2019-][^\W\d_]+)*(?:\s+[^\W\d_]+(?:['\u2019-][^\W\d_]+)*){0,7})"
                    r"\s*[\])\uff09\u3011]")
#: A person addressed or speaking in the first person: "[I'll call you back]" is a sentence, not a caption.
_PERSON = re.compile(r"\b(i|i'm|i'll|you|your|we|our|us|me|my)\b")
_DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _is_label(tag: str) -> bool:
    """``tag`` names a sound in brackets, in whatever language: a short label (``_LABEL``) that holds no phrase of the
    hallucination bag ("[you]", "(Thank you)" stay words). Several words in plain ASCII must name a sound the lexicon
    knows ("(upbeat music)"; "[hello everyone]" stays words: English is judged by the English lexicon); one word, or
    words in another alphabet, are taken as the label they look like ("[Musica]", "[музыка]"). A character of a script
    written without spaces (kana, CJK, Hangul) counts as four letters: a label is a word or two ("(音楽)"), not a
    sentence ("(ご視聴ありがとうございました)")."""

    m = _LABEL.fullmatch(tag.strip())
    if not m or known_phrases(m.group(1)):
        return False
    label = m.group(1)
    sound = bool(_sound_names().search(label.lower()))
    # a caption's longer description ("[rain on a tin roof]", "(dog barking in the distance)") names a sound
    if len(label) + 3 * len(_DENSE_SCRIPT.findall(label)) > 24 or len(label.split()) > 4:
        return sound and len(label) <= 48 and not _PERSON.search(label.lower().replace("\u2019", "'"))
    return not (label.isascii() and len(label.split()) > 1) or sound


def _tag_ok(tag: str) -> bool:
    t = basic(tag)
    if _is_label(tag):
        return True  # a sound named in brackets, in any language: no word of a transcript
    bare = tag.strip(_BRACKETS + "<* ")
    if re.fullmatch(r"[\d\s.,:\-\u2013>\u2192]*\d[\d\s.,:\-\u2013>\u2192]*(s|sec|secs|seconds|ms)?", bare):
        return True  # a timestamp ("(0.2-1.1 s)", "[00:00:00.000 --> 00:00:05.000]")
    if re.fullmatch(r"<\|[\w.-]{1,30}\|>", tag.strip()):
        return True  # a decoder's control token ("<|nospeech|>", "<|en|>", "<|endoftext|>"): no word of a transcript
    if re.fullmatch(r"</?[A-Za-z][\w.:-]{0,30}(\s+[\w:-]+=(\"[^\"]*\"|'[^']*'))*\s*/?>", tag.strip()):
        return True  # a markup element ("<no_speech/>", "<transcript>"): the words it wraps are read on their own
    # "[door creaking]" names a sound; "(Thank you for watching)" addresses someone: words
    return (not t) or t in SOUND_TAGS or (t.endswith("ing") and not _PERSON.search(t)) \
        or _clause_kind(tag.strip(_BRACKETS + "*")) != "words"


#: Brackets a tag stands in, full-width ones included ("（无语音）", "【音乐】").
_BRACKETS = "[]()\uff08\uff09\u3010\u3011"
_TAG = re.compile(r"\[[^\]]{1,50}\]|\([^)]{1,50}\)|<[^>]{1,40}>|\*[^*]{1,40}\*|\uff08[^\uff09]{1,40}\uff09"
                  r"|\u3010[^\u3011]{1,40}\u3011|[♪♫\U0001f3b5\U0001f3b6]+")


@dataclass(frozen=True)
class HallucinationFinding:
    """What a non-speech output contained."""

    hallucinated: bool
    words: int
    chars: int
    known_phrases: tuple[str, ...]
    repetition: str | None
    text: str
    annotation: bool = False
    verdict: str = "empty"  # "empty" | "abstained" | "hallucinated"
    invented: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"hallucinated": self.hallucinated, "verdict": self.verdict, "words": self.words, "chars": self.chars,
                "invented_text": self.invented, "known_phrases": list(self.known_phrases),
                "repetition": self.repetition, "annotation": self.annotation}


def is_abstention(text: str) -> bool:
    """A statement that nothing is said ("The audio contains no speech.", "There is nothing to transcribe; I only
    hear a dog barking.", "[no speech]") with no invented words around it."""
    return bool(basic(text)) and not invented_text(text)


def is_sound_annotation(text: str) -> bool:
    """Only sound tags: "[Music]", "(applause)", "*beeping*", "♪", a label in brackets in any language ("[Música]"),
    or a bare tag word ("APPLAUSE")."""
    rest = _TAG.sub(" ", text)
    raw = _TAG.findall(text)
    if basic(rest):
        return basic(rest) in SOUND_TAGS and not raw and text.strip().upper() == text.strip()
    return bool(raw) and all((not t) or t in SOUND_TAGS or (t.endswith("ing") and not _PERSON.search(t)) or _is_label(r)
                             for r, t in ((r, basic(r)) for r in raw))


_CHAR_LOOP = re.compile(r"(\w{2,6}?)\1{4,}")


def repetition_loop(text: str, min_repeats: int = 3, max_ngram: int = 16) -> str | None:
    """The n-gram repeated ``min_repeats``+ times in a row, if any ("la la la", "thank you. thank you. ..."),
    or a character unit looping inside a word ("thermostatatatatat" -> "at")."""
    norm = basic(text)
    words = norm.split()
    for n in range(1, max_ngram + 1):
        for start in range(0, max(0, len(words) - n * min_repeats + 1)):
            gram = words[start : start + n]
            reps = 1
            pos = start + n
            while words[pos : pos + n] == gram:
                reps += 1
                pos += n
            if reps >= min_repeats:
                return " ".join(gram)
    m = _CHAR_LOOP.search(norm)
    return m.group(1) if m else None


def known_phrases(text: str) -> tuple[str, ...]:
    """Every bag phrase found in ``text`` (word-bounded, after basic normalisation)."""
    norm = f" {basic(text)} "
    return tuple(p for p in KNOWN_PHRASES if f" {basic(p)} " in norm)


def inspect_nonspeech_output(text: str) -> HallucinationFinding:
    """Classify an output produced from audio with no speech in it: ``verdict`` "empty" (no words),
    "abstained" (says nobody speaks / the audio is silent / names the sound, or sound tags only) or
    "hallucinated" (invented words, also next to an abstention: "There is no speech. Thanks for watching!").
    ``words``/``chars`` count the invented part."""
    stripped = text.strip()
    data = _json_data(stripped)
    scaffold = _CUE_SCAFFOLD.sub(" ", _CUE_TIME.sub(" ", stripped)) if _CUE_TIME.search(stripped) else stripped
    # a frame with nothing in it: an element wrapping nothing ("<transcript></transcript>"; "<no_speech></no_speech>"
    # states something by its name)
    scaffold = _empty_elements(scaffold)
    # a segment's time ("[00:00:00.000 --> 00:00:30.000]") or speaker label ("SPEAKER_00:") with nothing after it, not
    # even a mark ("Speaker 1: —" holds a placeholder)
    bare = _SPEAKER_LABEL.sub(" ", _LINE_TIME.sub(" ", scaffold))
    if not basic(scaffold).split() or not bare.strip() or (data is not _NOT_JSON and _blank_strings(data)):
        # a subtitle file of cue numbers and times, or segment times and speaker labels, with no text is as empty
        # ... or an object whose every value is an empty string ({"text": ""}): nothing was output
        # ({"text": "", "language": "en"} states a language, read by the field reader)
        verdict, invented = ("abstained" if re.search("[\u266a\u266b\U0001f3b5\U0001f3b6]", stripped) else "empty"), ""
    else:
        invented = invented_text(stripped)
        verdict = "hallucinated" if basic(invented) else "abstained"
    hallucinated = verdict == "hallucinated"
    return HallucinationFinding(
        hallucinated=hallucinated,
        words=len(basic(invented).split()) if hallucinated else 0,
        chars=len(invented) if hallucinated else 0,
        known_phrases=known_phrases(stripped) if hallucinated else (),
        repetition=repetition_loop(stripped) if hallucinated else None,
        text=text,
        annotation=bool(basic(stripped)) and is_sound_annotation(stripped),
        verdict=verdict,
        invented=invented,
    )


@dataclass(frozen=True)
class VadFinding:
    """Text a model produced where Silero VAD finds no speech."""

    speech_s: float
    duration_s: float
    regions: tuple[tuple[float, float], ...]
    unsupported_text: str
    words: int
    chars: int
    method: str  # "no speech in audio" | "segments outside speech" | "no segment timestamps"
    segments: tuple[dict[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {"vad_speech_s": self.speech_s, "duration_s": self.duration_s, "vad_regions": [list(r) for r in self.regions],
                "unsupported_text": self.unsupported_text, "unsupported_words": self.words,
                "unsupported_chars": self.chars, "vad_method": self.method}


def unsupported_by_vad(output: Any, audio: Any, pad_s: float = 0.2, disk: tuple[str, str] | None = None) -> VadFinding:
    """Speech-free output check: the words of ``output`` not backed by speech Silero VAD hears in ``audio``.

    No speech in the audio: every produced word is unsupported. Speech somewhere: segments whose
    timestamps (``output.metadata["segments"]``, as faster-whisper returns) touch no speech region
    (widened by ``pad_s``) are unsupported; without timestamps nothing can be attributed (``method`` says so).
    Sound annotations ("[Music]") and abstentions are not counted. ``disk``: where VAD results are kept
    (``vad.speech_regions``).
    """
    from .vad import overlaps_speech, speech_regions

    text = str(getattr(output, "text", output))
    vad = speech_regions(audio, disk)
    segments = list((getattr(output, "metadata", None) or {}).get("segments") or [])
    if not vad.has_speech:
        f = inspect_nonspeech_output(text)
        unsupported = text.strip() if f.hallucinated else ""
        method = "no speech in audio"
    elif segments:
        out = [s for s in segments if not overlaps_speech(float(s["start"]), float(s["end"]), vad, pad_s)
               and inspect_nonspeech_output(str(s.get("text", ""))).hallucinated]
        unsupported = " ".join(str(s["text"]).strip() for s in out)
        method = "segments outside speech"
    else:
        unsupported, method = "", "no segment timestamps"
    words = len(basic(unsupported).split())
    return VadFinding(vad.speech_s, vad.duration_s, vad.regions, unsupported, words, len(unsupported), method,
                      tuple(segments))


# ----------------------------------------------------------------------------- aggregates for the report
def yes_ratio(answers: Iterable[str]) -> dict[str, Any]:
    """Share of "yes" among parsed answers, with the count of each outcome (unparseable kept apart)."""
    counts = {"yes": 0, "no": 0, "abstain": 0, "unparseable": 0}
    for a in answers:
        counts[str(a)] = counts.get(str(a), 0) + 1
    n = sum(counts.values())
    return {"n": n, "yes_ratio": round(counts["yes"] / n, 4) if n else None, **counts}

