"""Take the transcript out of a chat model's wrapper before WER/CER.

Audio LLMs asked to transcribe answer inside wrappers: a lead-in ("The original content of this audio is: '…'",
``Sure! Here's the transcription: "…"``, "The user asked: …", "In the audio, a man says "…""), labelled fields
("Speaker 1: …", "Transcription (English): "…" Translation: not required.", "1. Transcript: "…" 2. Speaker
emotion: …", markdown headings and bold labels), timestamps ("00:00 - 00:03: …") and commentary after the
transcript ("The tone is slightly frustrated.", "Let me know if you need anything else."). The text is read as
structure, in this order:

0. surface markup that is never words: HTML (block tags end lines, inline tags go), Whisper's special tokens
   ("<|en|>"), emoji before a label, emphasis around a quote, footnotes, a leading note about the audio, speaker
   header lines of meeting exports ("Speaker 1  0:00"); a first paragraph that only presents the transcript ("The
   transcript reads as follows.", "Here's the text from the audio (Spanish):", "What I could make out:") goes;
1. structured output first: a JSON object or list anywhere, or a Python-printed one (its transcript key, camelCase
   too, or its segments' texts or word tokens joined), a CSV/TSV export with a text column,
   a markdown table (its transcript column; a two-column key/value table is read as labelled fields, step 5);
2. a refusal is kept whole: it is not a transcript and must score as errors, not as an empty string;
3. blocks: a fenced code block or a markdown block quote is the transcript when text around it is a wrapper; SRT and
   WebVTT subtitles give their cue texts (numbers, timings, "WEBVTT", ``<v Name>`` tags go); an echoed chat
   ("User: … Assistant: …") is read from the assistant's turn; time ranges in diarisation labels go
   ("[SPEAKER_00 0.0-2.1]", "[0.00s - 1.52s] SPEAKER_1:");
4. a courtesy opener ("Sure!", "Certainly.") goes when a wrapper follows; line timestamps go;
5. *fields*: the text is cut where a short label ending in ":" starts a line or a sentence. A label naming the
   transcript (transcript, transcription, speech, content, text, what was said...) or ending in a speech verb
   ("The user asked", "It sounds like the speaker said") holds the transcript; a speaker label ("Speaker 1",
   "SPEAKER_00", "[Speaker A]", "User"; in a dialogue where every line is "Name: …", the names, "Sprecher A" and "田中："
   too; lines above a title line ("TRANSCRIPT", "911 call transcript") are a header, a metadata paragraph after the turns
   a note; after a wrapper one such turn is a dialogue) holds one turn (turns are joined); any other label (emotion,
   tone, language, translation, notes...) is metadata and dropped.
   Without a transcript or speaker field nothing is cut, but a metadata field's value is its own line: a paragraph
   after it is unlabelled text, the transcript when every labelled field is metadata ("Language detected: Italian ⏎⏎
   Il treno …"). A section that answers ("**Answer:** …", "Response:") beside a field reporting the words heard is the
   model's reply, and so is a paragraph after a reporting field's quoted words; a label inside a quote is said.
   "Q." and "A." opening lines are an interview's labels. Marker lines ("[BEGIN TRANSCRIPT]", "--- Transcript end ---",
   an underlined "TRANSCRIPT") are headings. Two fields naming the transcript itself ("Verbatim:" and "Clean verbatim:",
   "Text:" and "Words: 7") are versions of one transcript: the first is kept; turns of speakers are joined; the same
   label again is the next record's ("- start: 0.0 ⏎ text: … ⏎ - start: 2.1 ⏎ text: …"). The user's prompt echoed
   as a field ("You asked: …") is metadata; the user's words quoted back ("You said: "…". Please confirm.") are the
   transcript. After words a lead-in reported ("User said: …"), fields not naming a speaker annotate them ("Slots:
   …"). A bare speaker field that only describes the voice ("Speaker: adult, probably female") is metadata, and a
   reply of metadata fields only holds no transcript. A field picking a lettered option ("Answer: (B)") gives that
   option's words. Indirect speech ("The speaker says that …") is a report, not a transcript (step 9);
6. a lead-in without a colon: a short clause ending in a speech verb before a quote ("a woman saying, "…""); a
   partial hearing ("The audio is noisy, but I can only make out: "…"", "The only words I could catch were "…"");
   a noun for the words with the audio it comes from, then "is" ("the transcription of the speech is …", "the
   sentence spoken in the audio is …", "text output is …", as replies read once punctuation is normalised away); a
   clause about the audio announcing the text ("the speech when transformed into text would appear as follows …");
   Talk about the task before a later presenting sentence ("Sure! Transcribing now... ⏎⏎ Done. Here it is:") goes;
7. quotes: the quoted span is the transcript when a wrapper was found or what follows it is commentary (a gloss or
   translation, a metadata field, a hedge on the hearing, what else is heard, a Japanese or Korean quotative verb:
   「…」と話しています), or when the quote is an utterance of
   its own after a sentence presenting the recording ("It's a weather report: "…""), or when it stands on lines
   of its own framed only by an app's header or footer lines ("New voicemail · 0:23", "Was this transcription
   useful? Yes / No", "This transcription was generated automatically.", "Accuracy may vary."; not "He told me:"; so
   is an unquoted paragraph whose other paragraphs are only an app's chrome lines: "Dictation complete ✓", "Words: 14
   · Duration: 0:06"), or when the
   model's narration introduces a whole quoted utterance by a speech or perception verb ("The child says: "…" There is
   birdsong in the background."), with every later quoted turn the narration hands to a speaker ('… asks, "…" and the
   mother replies, "…"'; not the model's example: 'You could also say, "…"'); marks for words not made out
   ("(unclear)", "[inaudible]") and the model's notes on its hearing ("[possibly 'letter']") are no words;
8. trailing commentary: sentences about the voice, tone, emotion, language or translation, the model's own edits
   ("I removed the filler words") and courtesy
   closings. Without any wrapper only commentary set off unlike speech (", The tone is …", " — the speaker …",
   a new paragraph) or a last sentence only rating the delivery ("The tone is slightly frustrated.") goes, so a plain
   transcript ("The tone was perfect for the wedding.") passes unchanged. A tag of one or two words in parentheses
   opening the reply ("(English) …") is no speech.
   Assistant talk to the user about the task after the transcript goes ("… sure i can help you transcribe the speech
   please provide me with the audio file"), and so does the model restating or translating its transcript ("X which
   has been transcribed as X", "X transcribing this we get the text X", "il est charmant which translates to he is
   charming");
9. no transcript: a reply that is only such talk ("i am sorry i am not sure what you are asking could you please
   clarify your question"), only says in the model's own voice that it cannot hear the audio or that nobody speaks in
   it, quoting no words ("the provided audio does not contain any spoken content", "This clip is an instrumental piano
   piece. There are no vocals."; not "I can't hear you, the line is bad."), describes the audio ("the speech is about
   …", "the last name of the person mentioned in the speech is …"), gives an account of the speech in the third
   person quoting nothing ("The speaker is complaining about a late delivery …", "In short, the caller wants to …";
   not "In short, we need to leave now."), describes the recording's sounds ("The clip contains a crowd cheering …")
   or echoes the instruction ("listen to the audio clip"), or is one field giving an account of the speech ("Summary
   of voicemail: The caller …") is kept whole and flagged (``Extraction.refusal``), like a refusal; so is a wrapper
   whose transcript slot
   holds only a no-speech placeholder ("## Transcript ⏎ _No speech detected._") when the whole reply, its metadata
   fields aside ("Speaker: adult female"), reads as nothing said; and an answer to the spoken question framed as
   the model's ("Great question! … Is there anything else you'd like to know?").

Measured on 336 real replies of nine audio LLMs stored in AudioBench's logs (``tests/_audiobench_asr.py``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from .clauses import SPEECH_VERB as _SPEECH_VERB

_PICTO = r"\u2600-\u27bf\U0001f300-\U0001faff"  # pictographs (emoji)
_MEDIA = r"(?:audio(?: clip| file)?|recording|clip|speech|voice message|voicemail)"
_COURTESY = re.compile(r"^\s*(?:sure thing|sure|certainly|of course|absolutely|okay|ok|alright|yes|here you go|no problem|got it"
                       r"|gotcha"
                       # the same said in the reply's own language ("好的，", "はい、", "Claro,", "Bien sûr !")
                       r"|好的|好|当然|可以|没问题|沒問題|はい|もちろん|了解(?:です|しました)?|かしこまりました"
                       r"|네|물론(?:이죠|입니다)?|claro|por supuesto|vale|bien s[uû]r|d'accord|natürlich|klar|gerne|certo"
                       r"|va bene|com certeza)\b"
                       r"(?:[!.,\uff0c\u3001\u3002\uff01]|\s+[!]|\s[\u2014\u2013-]|\s*[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)*\s*",
                       re.IGNORECASE)
#: Lead-ins that end without a colon ("The speaker says, …", "A man says "…"").
_LEAD_INS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(p, re.IGNORECASE)) for name, p in (
        ("here is the transcription",
         r"^\s*here(?: is|'s|\u2019s| are)\s+(?:the |a |your )?(?:full |complete |exact |verbatim )?"
         r"(?:transcription|transcript|text|what was said"
         # who speaks named in a few words: "what the woman at the desk says"
         r"|what (?:he|she|they|it|(?:the |this |that |a )?[a-z]+(?: [a-z]+){0,3}?) (?:said|says|say|is saying|was saying))"
         rf"(?: (?:of|in) (?:the |this |your )?{_MEDIA})?"
         # how it is given, set off by a comma: ", word for word", ", in full"
         r"(?:,[ \t]*[^\"\u201c.!?\n:,]{1,30}?)?"
         r"(?: is)?(?: as follows)?\s*[:\-\u2014\u2013]\s*"),
        ("the content of the audio is",
         r"^\s*(?:(?:the |this )?[a-z]+(?:'s|\u2019s| s) |s |the |this |its |your )?"  # "Here's"/"its" ("s" once normalised)
         r"(?:(?:original|full|complete|exact|transformed|converted|resulting|recogni[sz]ed|transcribed|final|processed) )*"
         r"(?:(?P<output>(?:text|transcription) output|output text)|content|transcription|transcript|spoken text|speech|text"
         r"|words|spoken words|sentence|utterance|phrase)"
         r"(?: (?:spoken|said|uttered|heard|transcribed|recogni[sz]ed))?"
         rf"(?: (?:of|in|from) (?:(?:processing|transcribing|converting|decoding|recogni[sz]ing) )?(?:the |this |your )?"
         rf"(?:{_MEDIA}|spoken (?:words|content|language)|words spoken)"
         r"(?: input)? (?:is|reads|are|says)(?: as follows)?\s*[:,\u2014\u2013]?|(?(output) (?:is|reads)\s*[:,]?"
         r"|(?:(?: is| reads| are)?(?: as follows)?\s*:|(?: is| reads| are)? as follows\s*[\u2014\u2013])))\s*"),
        # a clause about the audio that ends by announcing the text: "The speech, when transformed into text document
        # form, would appear as follows: …", "The speech has been transformed into the following text document: …"
        ("the audio reads as follows",
         rf"^\s*(?:the |this |your )?{_MEDIA}\b[^.!?:\n\"\u201c]{{0,80}}?\b(?:as follows|the following"
         r"(?: (?:text|transcript|transcription|words|sentence|document|form))+)\s*[:,]?\s*"),
        ("the audio says",
         rf"^\s*(?:the |this )?{_MEDIA} (?:says|said|contains the following(?: speech| text| words| dialogue| conversation"
         r"| exchange| sentences?| lines| message| announcement)?|goes)\s*[:,]?\s*"),
        ("the speaker says",
         r"^\s*(?:in (?:the|this) (?:audio|recording|clip),?\s*)?(?:the |a )?(?:speaker|person|man|woman|narrator|voice|child"
         rf"|caller|user)(?: in the {_MEDIA})?(?:, [^,\n\"\u201c]{{1,60}},)? (?:says|said|is saying|speaks|states|asks|asked"
         r"|is asking)\s*"
         # or a manner set off by dashes: "says — verbatim — "…""
         r"(?:[:,]\s*|(?=[\"'\u201c\u2018])|(?=[\u2014\u2013][^\"\u201c\n]{1,40}?[\u2014\u2013]\s*[\"\u201c]))"),
        ("here you go", r"^\s*here you go\s*[:,]?\s*|^\s*here it is\s*:\s*"),
        # the model's first person hedging on what the audio holds: "I think it says:", "I'm fairly (not completely)
        # sure this is:", "My best guess:"; "I told him: …" is said
        ("the model's hedge",
         r"^\s*(?:i|i'm|i\u2019m|i am|i'd|we|my)\b[^:\n\"\u201c.!?]{0,60}?\b(?:(?:it|this|that)(?:'s|\u2019s| is| was| says"
         r"| said| sounds like| reads)|guess|best (?:attempt|try|reading|effort))[ \t]*:[ \t]*(?=\S)"),
        ("transcript arrow", r"^\s*(?:the )?(?:(?:transcribed|recogni[sz]ed|spoken|original|final|full|extracted|output) )?"
                             r"(?:transcript(?:ion)?|text|speech)[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*"
                             r"(?:\u2192|\u2014|\u2013|--?>?|=>)[ \t]*(?=\S)"),
    )
)
#: Lead-ins that name the transcript itself rather than who speaks ("Transcript: …", "Here is the transcription: …").
_NOUN_LEAD_INS = ("here is the transcription", "the content of the audio is", "the audio reads as follows")
#: A short clause ending in a speech verb right before a quote: "The audio contains a woman saying, "…"".
_WORDS_NOUN = r"(?:phrase|words|sentence|utterance)\b(?: (?:spoken|said|heard|uttered|used))?(?: (?:is|was|are|were)\b)?"
_QUOTE_LEAD_IN = re.compile(rf"^(?:[^\"\u201c\u2018'.!?\n]|(?<=\w)'(?=\w)){{0,80}}?\b(?:{_SPEECH_VERB}\b|(?:the )?{_WORDS_NOUN})"
                            # set off by a comma or colon between the verb and the quote, its manner, language or who is
                            # spoken to: an adverb, a phrase after a preposition or a determiner ("says in Italian, "…"",
                            # "shouts angrily, "…"", "asks her mum: "…""); "told you: "…"" stays speech quoting speech
                            r"(?:\s+(?:\w+ly|(?:in|with|to|at|into|from|her|his|their|the|a|an|its) [^\"\u201c\u2018',:.!?\n]"
                            r"{1,25}?)\s*[,:]|,?:?)\s*(?=[\"\u201c\u2018'])", re.IGNORECASE)
#: Who speaks in a lead-in before a quote, or what holds the speech: a person, a pronoun, the audio, or a noun for
#: the words ending the clause ("the phrase"); "The words on the sign say 'No parking'." is speech about a sign.
_WHO_SPEAKS = re.compile(r"\b(?:speakers?|persons?|people|man|men|woman|women|someone|somebody|voices?|narrator|caller"
                         r"|child|children|kid|boy|girl|guy|lady|he|she|they|user|customer|agent|host|announcer|i|you|we"
                         rf"|{_MEDIA}|audio)\b|\b{_WORDS_NOUN},?:?\s*$", re.IGNORECASE)
_OPEN_CLOSE = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "\u00ab": "\u00bb", "\u201e": "\u201c",
               "\u300c": "\u300d", "\u300e": "\u300f"}  # CJK corner brackets: 「…」, 『…』

#: A field: an optional bullet or number, markdown emphasis, a label of at most eight words, ":" and its value.
_FIELD = re.compile(r"[ \t]*(?P<bullet>[-*\u2022]\s+|\d{1,2}[.)]\s*)?[*_]*\s*"
                    r"(?P<label>[\[(\uff08]?[^\W\d_][\w'\u2019 ()\[\]\u2192,=/#\u2013\u2014"
                    r"\u0900-\u0dff\u0e00-\u0e7f-]{0,70}?(?:\s*\([^()\n]{1,40}\)|\uff08[^\uff08\uff09\n]{1,40}\uff09)?)"
                    # a label in any script; "原文：" ends in a full-width colon
                    r"\s*[*_]*\s*(?::(?!//)|\uff1a|->|=>|\u2192)\s*[*_]*\s*")  # "https://" ends no label
_HEADING = re.compile(rf"^\s*(?:#{{1,6}}\s*|(?:\d{{1,2}}[.)][ \t]*)?[*_]{{2}})(?:[{_PICTO}]\ufe0f?\s*)?(?:\d{{1,2}}[.)]\s*)?"
                      r"(?P<label>[A-Za-z][\w'\u2019 ()-]{0,60}?)\s*:?\s*[*_]*\s*$")
#: A line that only marks where the transcript starts or ends: "[BEGIN TRANSCRIPT]", "--- Transcript end ---", a bare
#: "TRANSCRIPT" (underlined or not); a rule line ("=====") under or between them is no text.
_MARKER = re.compile(r"^\s*(?P<deco>[\[\]=~<>*#_-]+\s*)?(?:(?P<edge1>begin|beginning|start|end|/)(?: of)?\s*(?<=\s|/))?"
                     r"(?P<label>[A-Za-z][A-Za-z ]{0,30}?)(?:\s+(?P<edge2>begins?|starts?|ends?))?"
                     r"\s*(?P<deco2>[\[\]=~<>*#_-]+)?\s*:?\s*$", re.IGNORECASE)
_RULE_LINE = re.compile(r"^\s*[=~_*-]{3,}\s*$")


def _marker(line: str) -> str | None:
    """The label of a line that marks a transcript's start or end ("end of …" for an end), else None. Undecorated,
    only one word or an all-caps label counts: "Text me" is speech."""
    m = _MARKER.match(line)
    if not m or len(m.group("label").split()) > 3 or not _TRANSCRIPT_LABEL.search(m.group("label")):
        return None
    edge = (m.group("edge1") or m.group("edge2") or "").lower()
    if not (m.group("deco") or m.group("deco2") or edge or m.group("label").isupper() or " " not in m.group("label")):
        return None
    return f"end of {m.group('label')}" if edge.startswith(("end", "/")) else m.group("label")
_TRANSCRIPT_LABEL = re.compile(
    r"\b(?:transcri\w*|speech|spoken|content|text|utterance|words|what was said|verbatim|output|result|response|answer"
    r"|original|lyrics"
    # the transcript named in another language ("Transkript:", "Transcripción:", "转写结果：", "原文：")
    r"|transkri\w*|transcripci[oó]n|trascrizione|transcri[cç][aã]o|texto|testo|tekst|расшифровка|текст"
    r"|전사\w*|원문|heard"
    # Arabic, Persian, Hebrew, Hindi, Greek, Turkish, Indonesian, Vietnamese ("النص:", "תמלול:", "पाठ:", "Metin:")
    r"|(?:ال)?نص|(?:ال)?تفريغ|متن|תמלול|טקסט|पाठ|प्रतिलेख|κείμενο|απομαγνητοφώνηση|metin|teks|văn bản|ข้อความ)\b"
    # a label ending in a speech verb of another language ("La grabación dice:", "Die Sprecherin sagt:", "他说：")
    r"|\b(?:dice|dicen|dijo|sagt|sagte|sagen|dit|disent|diz|disse|dizem|zegt|zei|говорит|сказала?)$|(?:说|說)(?:的是|道)?$"
    # Chinese and Japanese write no spaces, so their words stand inside a label unbounded ("音频中的内容是：")
    r"|原文|转写|轉寫|转录|轉錄|识别结果|識別結果|文字起こし|書き起こし|内容|內容|내용|받아쓰기"
    rf"|\b{_SPEECH_VERB}(?: (?:as follows|the following))?$|\bsounds? like$|\b(?:caught|made out|make out)$"
    rf"|\b(?:from|in|of) (?:the |this )?(?:{_MEDIA}|audio)$"
    r"|^(?:the |a |an )?(?:user|speaker|person|caller|customer|man|woman|child|voice|narrator)\b.* \w+$"
    rf"|^(?:the )?(?:{_MEDIA}|audio)$"
    r"|^(?:sentence|line|segment|part|chunk|utterance|turn)[ _]?#?\d{1,3}$"  # "Sentence 1:", "Segment 2 (1.5-3.0s):"
    # the whole utterance named by a noun for a stretch of speech: "Full line:", "The complete sentence:"
    r"|^(?:the |a )?(?:full|whole|complete|entire|exact) (?:line|sentence|phrase|quote|utterance|message|thing)$"
    r"|^(?:raw|corrected|cleaned(?: up)?|clean|edited|normali[sz]ed|formatted|punctuated|literal|final|revised)"
    r"(?: (?:version|text|output))?$|^speak$|\b(?:caption|subtitle|hypothes[ie]s|asr|stt)\b", re.IGNORECASE)
#: Labels about the voice or the reply, never the transcript ("Speaker emotion", "Detected language", "Translation").
_META_LABEL = re.compile(r"^(?:q|question|prompt|end\b.*)$|^(?:you|your)\b"
                         r"|\b(?:emotions?|tone|sentiment|mood|gender|age|accent|language|translation|translated|notes?"
                         r"|summary|intent|confidence|quality|background|sound events|style|pitch|speed|pace|volume"
                         r"|keywords?|topics?|tags|entities|category|duration|identification|diari[sz]ation|count"
                         r"|speakers"  # "speakers: 1" counts them; a speaker's turn is "Speaker 1: …"
                         r"|characters|chars|tokens|word count|length|wpm"  # measures of the transcript
                         # a translation or language named in another language ("Übersetzung:", "译文：")
                         r"|traducci[oó]n|[üu]bersetzung|traduction|traduzione|tradu[cç][aã]o|vertaling|перевод"
                         r"|번역|idioma|sprache|langue|lingua|(?:ال)?ترجمة|ترجمه|תרגום|अनुवाद|μετάφραση|çeviri|terjemahan"
                         r"|bản dịch)\b"
                         # Chinese and Japanese words unbounded: a translation, the language, a summary, the mood
                         r"|^(?:和|英)?訳$|译文|譯文|翻译|翻譯|翻訳|语言|語言|言語|摘要|概要|要約|总结|總結|情感|情绪|情緒|感情|语气|語氣"
                         # a language named alone labels a translation ("English: Hi"); "English transcription" does not
                         r"|^(?:english|spanish|french|german|italian|portuguese|chinese|mandarin|japanese|korean|arabic"
                         r"|hindi|russian|dutch)$",
                         re.IGNORECASE)
_LANGUAGE_LABEL = re.compile(r"^(?:english|spanish|french|german|italian|portuguese|chinese|mandarin|japanese|korean|arabic"
                             r"|hindi|russian|dutch)$"
                             # the language as its code ("EN:", "FR:"), written in capitals as a label
                             r"|^(?-i:EN|ES|FR|DE|IT|PT|ZH|CN|JA|JP|KO|AR|HI|RU|NL)$", re.IGNORECASE)
_SPEAKER_LABEL = re.compile(r"^[\[(]?(?:speaker|spk)(?!s$)(?:[ _-]?(?:\d{1,3}|[a-z]|one|two|three))?[\])]?$"
                            r"|^[\[(]?(?:user|caller|customer|agent|man|woman"
                            r"|narrator|person [a-z0-9])[\])]?$|^[a-pr-z]$", re.IGNORECASE)
_TIMESTAMP = re.compile(r"^\s*(?:(?:[-*\u2022]|\d{1,3}[.)])\s+)?(?P<emph>[*_]{1,2}(?=[\[(]?\d))?"  # "- **[0:00] Host:**"
                        r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?(?:\s*(?:-+>?|\u2013|to)\s*[\[(]?"
                        r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?)?\s*:?"
                        r"(?:[ \t]*[\u2013\u2014|-](?![ \t]*\d))?\s*", re.MULTILINE)  # "00:00 – Anna:": a dash sets the time off

#: What commentary about a transcript starts with: the voice and its delivery, the language, courtesy.
_ABOUT = (r"(?:the |their |his |her |its )?(?:speaker|speaker's|speaker\u2019s|user's|person|voice|tone|overall tone|confidence"
          r"|emotion|emotional tone|sentiment|mood|language|translation|accent|audio quality|background|delivery"
          r"|intonation|pace|recording quality)\b")
_COMMENTARY = re.compile(
    r"^\s*[(\[*_]{0,2}\s*(?:let me know|i hope (?:this|that) helps|hope (?:this|that) helps|is there anything else"
    # a credit for the transcription ("*Transcribed by Voxtral Mini*"); the utterance characterised ("a request, said …")
    r"|(?:transcribed|transcription|captions?|subtitles?) (?:by|with|using|automatically|\w+ly)\b"
    r"|(?:a|an) (?:\w+ ){0,2}(?:request|question|statement|command|instruction|reminder|greeting)(?:[,.;!]|\s*$)"
    r"|if you (?:need|want|'d like|would like|have)|feel free|note\b|n\.b\.|please note|i can also|would you like"
    r"|anything else|(?:that's|that is|this is) what|some words"
    r"|i(?:'ve| have)? (?:removed|omitted|added|corrected|cleaned|left out|dropped|kept|fixed|edited|formatted|normali[sz]ed"
    r"|marked|cut|tidied)\b|(?:filler words?|fillers|disfluencies)\b[^.!?]*\b(?:removed|omitted|dropped)\b"
    rf"|{_ABOUT}[^.!?]*?\b(?:is|are|was|were|sounds?|seems?|appears?|has|had|conveyed|detected|speaks|suggests|:)"
    rf"|{_SPEECH_VERB} (?:the|a|an) (?:speaker|user|person|man|woman|caller)\b"
    rf"|(?:(?:the |a |an )?(?:speaker|user|person|man|woman|caller|voice|narrator|child)(?: \w+)?|he|she|they) {_SPEECH_VERB}\b"
    r"|(?:they|he|she) (?:sounds?|seems?|appears?)\b"
    r"|(?:both|all|the two|each|neither)(?: of the)? (?:speakers|voices|people|callers|participants)\b"
    # the utterance characterised: "This appears to be a casual request.", "That is a polite question."
    r"|(?:this|that|it|these|those) (?:appears?|seems?|sounds?|looks?)\b"
    r"|(?:this|that) (?:is|was) (?:a|an) (?:\w+ ){0,3}(?:request|question"
    r"|statement|command|instruction|reminder|greeting|announcement|message|complaint|remark)\b"
    r"|(?:spoken|said|uttered|delivered|whispered|shouted|read|asked)\b(?:,? \w+){0,3},? (?:in|with) an? \w+"
    r"|(?:in|with) an? (?:\w+ ){0,2}(?:tone|voice|manner|accent)\b"
    r"|the (?:audio|recording) (?:quality|is|was|sounds)"
    r"|(?:nothing|no one|nobody) else\b|(?:that's|that is) (?:all|everything)\b"
    # a stretch of the words and how well it was heard: "The last two words are a bit muffled by a passing car."
    r"|(?:the )?(?:first|last|final|second|third|middle|opening|closing|next)(?: \w+)? (?:words?|syllables?|part|half"
    r"|names?|numbers?|digits?|letters?)\b(?=[^.!?\n]*\b(?:unclear|muffled|faint|garbled|inaudible|unintelligible"
    r"|hard to|difficult to|masked|cut off|drowned|noise|noisy|guess|guessed|certain|sure)\b)"
    r"|(?:transcribed|recogni[sz]ed|detected)\b[^.!?]{0,30}\b(?:confidence|accuracy|certainty)\b"
    r"|(?:do you )?want me to\b|shall i\b|should i\b"
    r"|end of (?:the )?(?:message|recording|audio|transcript|voicemail|clip)\b"
    r"|the (?:rest|remainder)\b[^.!?]*\b(?:is|was)\b|the (?:audio|recording|clip) (?:then )?(?:ends|cuts)"
    # the words glossed: "which means "Where is the station?"", "meaning "thank you""
    r"|which (?:\w+ly )?(?:means|translates)\b"
    r"|(?:in )?(?:english|spanish|french|german|italian|portuguese|chinese|mandarin|japanese|korean|arabic|hindi|russian"
    r"|dutch)(?: for)?[,:]?\s*[\"\u201c\u2018](?=[^\"\u201d\u2019]+[\"\u201d\u2019])"
    r"|(?:(?:that|this|it) (?:\w+ly )?(?:means|translates)(?: to| as)?|meaning)\b[,:]?\s*[\"\u201c\u2018]"
    r"(?=[^\"\u201d\u2019]+[\"\u201d\u2019])"
    # what else is heard, set beside the words: "— and there's traffic noise in the background"
    r"|(?:(?:and|with|plus) )?(?:there(?:'s|\u2019s| is| are| was| were)|(?:you|i) can (?:also )?hear)\b[^.!?]{0,60}"
    r"\bin the background\b)", re.IGNORECASE)
#: A closing sentence describing the voice ("The speaker sounds relaxed."): commentary even without a wrapper.
_VOICE_NOTE = re.compile(r"^(?:the |their |his |her )?(?:speaker|speaker's \w+|speaker\u2019s \w+|voice|tone|emotion|mood)"
                         r"(?: \w+){0,2} (?:sounds|seems|appears|is conveyed|comes across)\b[^.!?]*[.!?]?\s*$"
                         # a last sentence that only rates the delivery: "The tone is slightly frustrated." (not "The tone
                         # was perfect for the wedding.": a predicate going on is speech)
                         r"|^(?:the |their |his |her )?(?:speaker's |speaker\u2019s |overall |emotional )?(?:tone|emotion"
                         r"|mood|sentiment)(?: of (?:the )?(?:speaker|voice|speech|audio|recording))? (?:is|was) (?:\w+ )?\w+"
                         r"[.!]?\s*$",
                         re.IGNORECASE)
#: Commentary set off the way speech never is: ", The …" (a capital after a comma), a dash, a parenthesis.
_SET_OFF = re.compile(r"(?:,\s+(?=[A-Z])|\s+[\u2014\u2013-]{1,2}\s+|\s+(?=\()|\s*\n\s*\n\s*)")


@dataclass(frozen=True)
class Extraction:
    """A transcript taken out of its wrapper: ``text`` is what gets scored, ``raw`` what the model said.

    ``method``: the rule that decided ("rule: fields", "rule: lead-in", "rule: quotes", "rule: trailing commentary",
    "rule: none", "refusal kept", "no transcript kept"); ``confidence``: 0.8 when only trailing commentary was cut,
    else 1.0. ``refusal``: the reply holds no transcript and is kept whole (scored as errors; ``expect.no_speech``
    reads it as it stands): a refusal, assistant talk instead of a transcript ("i am sorry could you please rephrase
    your question"), a note that the audio holds no speech ("the provided audio does not contain any speech")."""

    text: str
    raw: str
    steps: tuple[str, ...]  # what was stripped, in order; () when the raw text passed through
    refusal: bool = False
    confidence: float = 1.0

    @property
    def rule(self) -> str:
        if self.refusal:
            return "refusal kept" if not self.steps else "no transcript kept: " + " + ".join(self.steps)
        return " + ".join(self.steps) or "none"

    @property
    def method(self) -> str:
        if self.refusal:
            return "refusal kept" if not self.steps else "no transcript kept"
        main = [st for st in self.steps if st not in ("courtesy opener", "timestamps")] or list(self.steps) or ["none"]
        return "rule: " + main[0].split(":")[0]

    def to_dict(self) -> dict[str, Any]:
        return {"raw_output": self.raw, "extracted_output": self.text, "extraction": self.rule,
                "extraction_method": self.method, "extraction_confidence": self.confidence}


#: A quote introduced as what was said or heard ("it says "…"", "I heard: "…""): a reply holding it delivered the words.
_DELIVERED = re.compile(rf"\b(?:{_SPEECH_VERB}|heard|hear|make out|made out|caught)\s*[:,]?\s*[\"\u201c]\S", re.IGNORECASE)


#: The model speaking as itself ("Sorry, can't help with that", "we can't", "as an AI"): a decline without it is speech
#: in the transcript ("the police investigated the fraud"). ``_FIRST_PERSON`` below serves labels, and lets "I heard" by.
_MODEL_VOICE = re.compile(r"\b(?:i|i'm|i\u2019m|im|i've|i'll|we|we're|my|me|us|sorry|as an ai)\b", re.IGNORECASE)


#: After a decline, the model offers another task instead of the transcript ("..., but I can describe the music: …").
_OFFERS_OTHER = re.compile(r"\b(?:but|however|instead)\b[^.!?:\"\u201c]{0,20}\b(?:i|we) (?:can|could|will|'ll) (?:only )?"
                           r"(?:describe|summari[sz]e|tell you (?:about|what)|give you an? (?:description|summary|overview))\b",
                           re.IGNORECASE)


def _is_refusal(text: str) -> bool:
    """A refusal ("I'm sorry, I can't help with that", "I can't listen to audio files.") is kept whole: it scores as
    errors, never as an empty transcript. Only an explicit decline, or a note that the model cannot hear the audio,
    outside quotes counts: 'The speaker says: "I can't help you."' and a transcript that
    merely says "I won't be home" are transcripts."""
    from .clauses import cannot_perceive, normalize
    from .refusal import Refusal, judge

    if any(p.match(text) for _, p in _LEAD_INS) or _from_fields(text):  # "Speaker 1: I can't make it" is speech
        return False
    if _DELIVERED.search(text):  # 'I can't help with that: it says "Set a timer …"': the words were given
        return False
    unquoted = re.sub(r"[\"\u201c][^\"\u201d]*[\"\u201d]|(?<!\w)'[^']*'(?!\w)", " ", text)
    if not _MODEL_VOICE.search(unquoted):  # the model declines as "I"/"we": "the police investigated the fraud" is speech
        return False
    verdict = judge(unquoted)
    if verdict.outcome is Refusal.PARTIAL and unquoted == text and _OFFERS_OTHER.search(text):
        return True  # what follows a decline and an offer to describe is a description, not the words
    if verdict.method == "rule: no audio" and unquoted == text:
        # the model says only that it cannot hear the audio (the audio is what it cannot perceive: "I can't hear you, the
        # audio keeps cutting out" is a caller's speech)
        return bool(cannot_perceive(normalize(text)))
    return verdict.outcome is Refusal.REFUSED and verdict.method == "rule: declines, no content"


def _quoted(text: str) -> tuple[str, str] | None:
    """(quoted span, what follows) when ``text`` starts with a quote, else None."""
    s = text.lstrip()
    if not s or s[0] not in _OPEN_CLOSE:
        return None
    close = _OPEN_CLOSE[s[0]]
    for i in range(1, len(s)):
        # an apostrophe inside a word ("I'll", "o'clock") does not close a single-quoted span
        if s[i] == close and (close not in "'\u2019" or i + 1 == len(s) or not s[i + 1].isalpha()):
            inner = s[1:i].strip()
            return (inner, s[i + 1 :]) if inner else None
    return None


#: An attribution closing a quote: a dash, then who spoke ("— Speaker 1", "— Anna (calm)").
#: On a line of its own or after a closing quote: "I'll call later — Anna" is speech signed off.
_ATTRIBUTION = re.compile(r"(?:^\s*|\n\s*|(?<=[\"\u201d])\s+)[\u2014\u2013-]{1,2}\s*"
                          r"(?:[Ss]peaker[ _]?\w{0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                          r"\s*(?:\([^()\n]{0,40}\)|,(?: [a-z]+){1,3})?[ \t]*$", re.MULTILINE)


#: A quotative particle and a verb of saying or hearing after a quote, as Japanese and Korean attribute speech
#: ("「…」と話しています", "「…」って言ってる", "“…”라고 말합니다"): the verb follows the words.
_QUOTATIVE_AFTER = re.compile(r"\s*(?:と|って)\s*(?:[言話述尋叫答呼告囁聞]|い[いうっえ]|おっしゃ)"
                              r"|\s*(?:이?라고|하고)\s*(?:말|했|합|묻|물|외|대답|소리)")


def _is_commentary(rest: str) -> bool:
    """Whether what follows a transcript talks about it (or is empty)."""
    if _ATTRIBUTION.fullmatch(" " + rest.strip()) or _QUOTATIVE_AFTER.match(rest):  # "“Close the window.” — Speaker 1"
        return True
    rest = rest.strip().lstrip(",;:.!?\u2014\u2013\u2192>=|- ").strip()
    field = _FIELD.match(rest)
    if field and _META_LABEL.search(_core(field.group("label"))):  # '"…" → intent: alarm.set', '"…" | Emotion: calm'
        return True
    if re.match(r"(?:but|though|although|however)\b", rest, re.IGNORECASE) and _ABOUT_AUDIO.search(rest):
        return True  # '"grab the blue folder" — but it's faint': the model hedges on its hearing
    if re.fullmatch(r"(?:[\[(][^\[\]()\n]{1,60}[\])]\s*[.!?]?\s*)+", rest):  # "[rest unintelligible]": a note, no speech
        return True
    return not rest or bool(_COMMENTARY.match(rest))


#: The model's tasks named in a question to the user, in several languages: translating, transcribing, summarising.
_OFFERED_TASK = re.compile(r"(?:\b(?:translat|tradu|übersetz|transcri|trascri|transkri|summar|riassum|resum)\w*"
                           r"|翻訳|翻译|翻譯|번역|要約|摘要)", re.IGNORECASE)


def _drop_commentary(text: str, wrapped: bool) -> tuple[str, bool]:
    """Remove trailing paragraphs / sentences / parentheses that talk about the transcript. Without a wrapper,
    only commentary set off unlike speech (``_SET_OFF``) goes."""
    dropped = False
    while True:
        text = text.strip()
        cuts = [m.end() for m in _SET_OFF.finditer(text)]
        sentences = [m.end() for m in re.finditer(r"(?<=[.!?\"'\u201d])\s+", text)]
        for cut in sorted(set(cuts + sentences)):
            head, tail = text[:cut], text[cut:]
            about = _COMMENTARY.match(tail) if wrapped or cut in cuts else _VOICE_NOTE.match(tail)
            if not about and tail.startswith("(") and tail.rstrip(" .").endswith(")"):
                about = _translation(head, tail)  # "Je voudrais un café. (I would like a coffee.)"
            if not about and re.search(r"\n[ \t]*\n[ \t]*$", head) and "\n" not in tail.strip():
                # a closing paragraph asking the user about more of the model's task ("Vuoi che traduca anche in
                # inglese?", "Want a translation too?"), in any language
                about = tail.rstrip().endswith(("?", "\uff1f")) and _OFFERED_TASK.search(tail)
            if head.strip() and about and re.search(r"\w", head):
                text, dropped = head.rstrip().rstrip("\u2014\u2013-").rstrip(), True
                break
        else:
            return text.strip(), dropped


def _fields(text: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs when ``text`` is laid out as labelled fields, else None (see the module doc)."""
    parts: list[tuple[str, str]] = []
    label: str | None = None
    buf: list[str] = []
    found = False
    for line in text.splitlines():
        if _RULE_LINE.match(line):
            continue
        h = _HEADING.match(line)
        heading = h.group("label").strip() if h and not _QUOTE_LEAD_IN.match(line) else _marker(line)
        if heading:
            if label is not None or buf:
                parts.append((label or "", "\n".join(buf)))
            label, buf, found = heading, [], True
            continue
        pieces = _split_line(line)
        if pieces is None:
            buf.append(line)
            continue
        head, rest = pieces
        if head.strip():
            buf.append(head)
        for lab, value in rest:
            if label is not None or buf:
                parts.append((label or "", "\n".join(buf)))
            label, buf, found = lab, [value], True
    if label is not None or buf:
        parts.append((label or "", "\n".join(buf)))
    return parts if found else None


#: A speaker tag in brackets opening a line, with the voice's traits after a comma: "[Speaker 1] …", "<speaker2, male,
#: surprised> …".
_BRACKET_LABEL = re.compile(r"^\s*(?:\[|\(|<(?=[^<>\n]{1,80}>))(?P<label>[A-Za-z][\w ]{0,20})(?:,[^\[\]()<>\n]{1,60})?[\])>]"
                            r"(?:\s+(?=\w|[\"\u201c'])|\s*$)")


def _split_line(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A line cut where a label starts it or starts a sentence in it: (text before, [(label, value)...])."""
    b = _BRACKET_LABEL.match(line)
    if b and _SPEAKER_LABEL.match(b.group("label")):  # "[Speaker 1] Have you fed the cat?"
        return "", [(b.group("label"), line[b.end():].strip())]
    d = re.match(r"^\s*(?P<num>(?:[-*\u2022]|\d{1,2}[.)])\s*)?(?P<label>[A-Za-z][\w ]{0,20}?)\s+[\u2014\u2013|]\s+(?=\S)", line)
    if d and (_SPEAKER_LABEL.match(d.group("label")) or (d.group("num") and (  # "Speaker 1 — Are we nearly there?",
            _TRANSCRIPT_LABEL.search(d.group("label")) or _META_LABEL.search(d.group("label"))))):  # "1) Transcript — …"
        return "", [(d.group("label"), line[d.end():].strip())]
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?\"'\u201d)])\s+|\s\|\s+", line)]  # "Age: 30s | Transcript: …"
    hits = []
    for st in starts:
        if line[:st].count('"') % 2 or line[:st].count("\u201c") > line[:st].count("\u201d"):
            continue  # inside a quote: 'Transcript: "Question: two plus two? Answer: four."' is said
        m = _FIELD.match(line, st)
        if m and not re.search(r"[.!?\"\u201c]", _core(m.group("label"))) and len(m.group("label").split()) <= 8 \
                and not _FIRST_PERSON.search(m.group("label")) and not _NEGATED_LABEL.match(m.group("label")):
            hits.append((st, m))
    if not hits:
        return None
    out = []
    for k, (_, m) in enumerate(hits):
        end = hits[k + 1][0] if k + 1 < len(hits) else len(line)
        out.append((m.group("label").strip(), line[m.end():end].strip()))
    return line[:hits[0][0]], out


#: A label names what its value is; one denying it ("Nothing to transcribe here:", "No speech:") is a sentence.
_NEGATED_LABEL = re.compile(r"\W*(?:nothing|none|no|not|never)\b(?! ?\d)", re.IGNORECASE)
#: A label speaks of the audio, never of the model: "I'm sorry, but I can't transcribe this:" is a sentence, not a
#: label ("Here is what I heard:" is one).
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i\u2019m|we|my|me|sorry)\b(?! (?:heard|hear|caught|could hear)\b)", re.IGNORECASE)


#: A list item's marker at the start of a line ("1. ", "2) ", "- ", "• ").
_LIST_MARKER = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+", re.MULTILINE)


def _quotes_only(text: str) -> str | None:
    """The quoted spans joined, when ``text`` is only quotes, list markers, stage directions ("[pause]") and
    punctuation: '1. "Grab your coat."  2. "We're leaving now."' -> 'Grab your coat. We're leaving now.'"""
    spans = re.findall(r"\"([^\"\n]+)\"|\u201c([^\u201d\n]+)\u201d", text)
    rest = re.sub(r"\"[^\"\n]+\"|\u201c[^\u201d\n]+\u201d|\[[^\]\n]{1,30}\]|\([^)\n]{1,30}\)", " ", text)
    rest = _LIST_MARKER.sub(" ", rest)
    if len(spans) < 2 or re.search(r"\w", rest):
        return None
    texts = [(a or b).strip() for a, b in spans]
    if len(texts) == 2 and _translation(*texts):  # the original and its translation: the first given is the words
        return texts[0]
    return " ".join(texts)


def _closes_sentence(q: tuple[str, str]) -> bool:
    """A quote (span, what follows) that is a whole utterance: it ends a sentence, and what follows starts a new one."""
    span, rest = q
    ends = bool(re.search(r"[.!?\u2026][)\]]?$", span)) or bool(re.match(r"[.!?]", rest.lstrip()))
    return ends and bool(re.match(r"\s*[.!?]?\s+[^a-z\s]", rest))


#: A clause of the model's narration that hands the floor to a speaker right before a quote: who speaks, then a speech
#: verb, its manner, then the quote ('and the mother replies, "…"', "then there's a pause before they add, "…"").
_TURN_LEAD = re.compile(rf"(?P<clause>(?:[^\"\u201c\u2018'.!?\n]|(?<=\w)'(?=\w)){{0,80}}?)\b{_SPEECH_VERB}\b"
                        r"(?:\s+(?:\w+ly|(?:in|with|to|at|into|from|her|his|their|the|a|an|its)"
                        r" [^\"\u201c\u2018',:.!?\n]{1,25}?))?"
                        r"\s*[,:]?\s*(?=[\"\u201c\u2018'])", re.IGNORECASE)
#: A clause voicing what might be said, not what was: a modal ("you could also say") or an example.
_HYPOTHETICAL = re.compile(r"\b(?:could|would|might|may|can|should|shall|will|example|instance)\b|'d\b", re.IGNORECASE)


def _later_turns(rest: str) -> list[str]:
    """The quotes in ``rest`` (the narration after a quoted utterance) that the narration hands to a speaker in the
    audio, in order: 'and the mother replies, "After dinner."' -> ["After dinner."]. A clause in the model's or the
    user's person ("You could also say, "…"") or voicing what might be said offers its own example, not a turn."""
    from .refusal import PERSONAL

    spans: list[str] = []
    pos = 0
    for cut in re.finditer(r"(?:^|(?<=[.!?,;:\"'\u201d\u2019]))\s*", rest):
        if cut.start() < pos:
            continue
        m = _TURN_LEAD.match(rest, cut.end())
        if not m or PERSONAL.search(m.group().lower()) or _HYPOTHETICAL.search(m.group("clause")):
            continue
        q = _quoted(rest[m.end():])
        if q:
            spans.append(q[0])
            pos = len(rest) - len(q[1])
    return spans


def _with_turns(q: tuple[str, str]) -> str:
    """A quoted utterance (span, what follows) with the later turns the narration after it quotes, joined in order."""
    return " ".join([q[0], *_later_turns(q[1])])


def _narrated(value: str) -> str | None:
    """The words quoted in the model's narration of the audio, when ``value`` opens with a quote that is a whole
    utterance: that quote and each later one a speech verb introduces ('"Look!" There is birdsong. Then she shouts,
    "Come here!"'); the sentences around them are the model's ("There is birdsong in the background.", "Is that
    correct?"), not speech. None when the value does not open so."""
    q = _quoted(value)
    if not q or not _closes_sentence(q):
        return None
    return _with_turns(q)


def _unwrap_value(value: str, narrated: bool = False) -> str:
    """The words of a field's value: its quote(s) without the commentary around them. ``narrated``: the label reports
    what was said or heard ("The child says", "I heard", "Transcript"), so a whole quoted utterance opening the value is
    the transcript and the sentences after it are the model's narration (``_narrated``)."""
    value = re.sub(r"^(?:\s*>\s*)+", "", value.strip())
    value = re.sub(r"\n\s*>\s*", "\n", value)
    joined = _quotes_only(value)
    if joined:
        return joined
    q = _quoted(value)
    if q and _is_commentary(q[1]):
        return _with_turns(q)
    if q and narrated and re.match(r"[ \t]*\n\s*\n", q[1]):
        return q[0]  # the reported words, then a paragraph of the model's own ("I don't have live store hours, but …")
    told = _narrated(value) if narrated else None
    if told:
        return told
    m = _QUOTE_LEAD_IN.match(value)  # "Response: The speaker said "…"": the field holds a lead-in and its quote
    q = _quoted(value[m.end():]) if m and _WHO_SPEAKS.search(m.group()) else None
    if q and _is_commentary(q[1]):
        return _with_turns(q)
    return _drop_commentary(value, True)[0]


def _core(label: str) -> str:
    """A label without its parenthetical ("Speaker 1 (00:01)", "Transcript (translated from French)", full-width in CJK:
    "原文（英语）") or a manner after
    a comma inside its brackets ("[Speaker 1, tired]")."""
    return re.sub(r"^\[([^\],]+),[^\]]*\]$", r"[\1]",
                  re.sub(r"(?<=\S)\s*(?:\([^()]*\)|\uff08[^\uff08\uff09]*\uff09)", "", label).strip())


#: A dialogue line "Name: …" or "[Name] …" (markdown emphasis and a bullet allowed): a turn of a speaker named by a capitalised
#: name or role ("Anna", "Interviewer"), a title's abbreviation before it ("Dr. Patel", "Mrs O'Neill", "Sgt. Ruiz"), a
#: letter or number after it ("Guest 2", "Sprecher A"), or a name in CJK script ("田中：…", full-width colon).
_NAME_WORD = r"[A-Z](?:[a-z]+(?:['\u2019-][A-Z]?[a-z]+)*|['\u2019][A-Z][a-z]+)"  # "Anna", "Smith-Jones", "O'Neill"
_NAME = rf"(?:[A-Z][a-z]{{0,3}}\.? )?{_NAME_WORD}(?: {_NAME_WORD}| [A-Z]\b| \d{{1,2}}\b)?"
_CJK_NAME = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,4}"
_NAME_TURN = re.compile(rf"^\s*(?P<bullet>[-*\u2022]\s+)?"
                        rf"(?:[*_]{{0,2}}(?P<name>{_NAME}|[A-Z]{{2,}}(?: [A-Z]{{2,}})?|{_CJK_NAME})[*_]{{0,2}}"
                        r"(?:\s*\([^()\n]{1,30}\))?\s*[:\uff1a][*_]{0,2}"  # "**Host** (00:01): …": its time or manner
                        rf"|\[(?P<bracketed>{_NAME})\]:?)\s*(?<=[\s\uff1a])(?P<turn>\S.*)$")


def _title_line(line: str) -> bool:
    """A line heading what follows as the transcript or the recording, not a turn: a marker ("TRANSCRIPT", "[BEGIN
    TRANSCRIPT]") or a verbless header naming it ("911 call transcript", "Voicemail from Anna")."""
    return not _NAME_TURN.match(line) and bool(_marker(line) or (_header_line(line) and _NAMES_RECORDING.search(line)))


def _note_paragraph(par: str, names: set[str]) -> bool:
    """A paragraph after a dialogue that is the model's or the app's note on it, not a turn: commentary, a metadata field
    ("Summary: …", "*(Translation: …)*", "Sentiment: negative"), or talk of the speakers by their names."""
    tail = par.strip()
    field = _FIELD.match(tail.lstrip("*_( \t"))
    if field and _META_LABEL.search(_core(field.group("label"))) and field.group("label").strip() not in names:
        return True
    if any(_NAME_TURN.match(ln) for ln in tail.splitlines()):
        return False
    return bool(_COMMENTARY.match(tail) or any(re.search(rf"\b{re.escape(n)}\b", tail, re.IGNORECASE) for n in names))


def _name_turns(text: str, wrapped: bool = False) -> list[str] | None:
    """The turns of a dialogue (two or more lines, every one a "Name: …" or "[Name] …" turn, no name that is a label
    about the voice or the transcript), else None. Lines above a title line ("TRANSCRIPT", "911 call transcript") are
    the reply's header (a summary, call metadata); a last paragraph that is a note on the dialogue (``_note_paragraph``)
    goes. After a title line, or after a wrapper (``wrapped``: a lead-in) when the name is a script's (all capitals, or
    a full name), one turn is a dialogue too ("HOST: Thank you …"; not "Reminder: dentist at three")."""
    lines = text.splitlines()
    title = max((i for i, ln in enumerate(lines) if ln.strip() and _title_line(ln)), default=None)
    below = next((ln for ln in lines[title + 1:] if ln.strip()), "") if title is not None else ""
    titled = bool(_NAME_TURN.match(below))
    if titled:  # the header above a title line goes: "TRANSCRIPT ⏎ Customer: …"
        text = "\n".join(lines[title + 1:])
    paragraphs = re.split(r"\n[ \t]*\n", text.strip())
    while len(paragraphs) > 1:
        names = {m.group("name") or m.group("bracketed") for ln in "\n".join(paragraphs[:-1]).splitlines()
                 if (m := _NAME_TURN.match(ln))}
        if not _note_paragraph(paragraphs[-1], names):
            break
        paragraphs.pop()
    lines = [ln for ln in "\n".join(paragraphs).splitlines() if ln.strip()]
    while lines and (m := _NAME_TURN.match(lines[0])) and m.group("name") and _META_LABEL.search(m.group("name")):
        lines = lines[1:]  # a metadata line heading the dialogue ("Speakers: Anna and Tom", "Language: English")
    turns = [_NAME_TURN.match(ln) for ln in lines]
    if not lines or not all(turns):
        return None
    names = [m.group("name") or m.group("bracketed") for m in turns if m]
    if any(m and m.group("bullet") for m in turns) and not all(
            m and re.search(r"[.!?\u2026\u2014-][\"'\u201d\u2019)*_]*$", m.group("turn")) for m in turns):
        return None  # bulleted turns are sentences: "- Milk: two litres" is a list of items
    if len(lines) == 1 and not (titled or (wrapped and (names[0].isupper() or " " in names[0]))):
        return None
    if any(_META_LABEL.search(n) or _TRANSCRIPT_LABEL.search(n) for n in names):
        return None
    if len(set(names)) >= 2 and all(_LANGUAGE_LABEL.match(n) for n in names):
        return None  # "FR: … ⏎ EN: …": one text in two languages, not two speakers
    return [m.group("turn").strip() for m in turns if m]


#: A line opening with a question's or an answer's label closed by a stop, as court and interview transcripts write them
#: ("Q. Where were you?", "A. At home."); a lettered list ("A. Paris ⏎ B. London") has no "Q." line.
_QA_STOP = re.compile(r"^([ \t]*[*_]{0,2})([QA])\.([*_]{0,2})[ \t]+(?=\S)", re.MULTILINE)


def _qa_colons(text: str) -> str:
    """``text`` with "Q." and "A." turn labels written "Q:" and "A:" (an interview's fields), when both open lines and no
    other letter does; else ``text``."""
    letters = {m.group(2) for m in _QA_STOP.finditer(text)}
    if letters != {"Q", "A"} or re.search(r"(?m)^[ \t]*[*_]{0,2}[B-HJ-PR-Z][.)]", text):
        return text
    return _QA_STOP.sub(r"\1\2:\3 ", text)


#: A question about the recording itself: the user's prompt, not a turn of an interview.
_ASKS_ABOUT_AUDIO = re.compile(r"\b(?:speaker|audio|recording|clip|transcri\w*|say|says|said|hear|heard)\b", re.IGNORECASE)


def _user_said(label: str, value: str) -> bool:
    """"You said: "…"" in a voice assistant's reply quotes the user, who spoke the audio; "You asked: "What does the
    speaker say?"" echoes the prompt about it (metadata)."""
    return bool(re.fullmatch(rf"you {_SPEECH_VERB}", label.strip(), re.IGNORECASE)) and not _ASKS_ABOUT_AUDIO.search(value)


def _is_version(label: str) -> bool:
    """A label naming the transcript itself ("Transcript", "Clean verbatim", "Text", "Words"), not who spoke it ("Speaker
    2", "A man asks"): two such fields are two versions of one transcript, never two turns."""
    return bool(_TRANSCRIPT_LABEL.search(label)) and not _SPEAKER_LABEL.match(label) \
        and not re.search(rf"\b{_SPEECH_VERB}$|^(?:the |a |an )?(?:user|speaker|person|caller|customer|man|woman|child|voice"
                          r"|narrator)\b", label, re.IGNORECASE)


def _reports_words(label: str) -> bool:
    """A label in the model's voice reporting the words ("Transcript", "The child says", "I heard"), not a speaker's
    own turn ("Speaker 1", "Anna")."""
    return bool(_TRANSCRIPT_LABEL.search(label)) and not _SPEAKER_LABEL.match(label) and not _META_LABEL.search(label)


def _metadata_lines(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Fields with a metadata field's value cut to its own line: a paragraph after it is unlabelled text ("Language
    detected: Italian ⏎⏎ Il treno per Milano …")."""
    out = []
    for lab, v in parts:
        split = re.fullmatch(r"(?P<own>[^\n]*\S[^\n]*)\n[ \t]*\n(?P<after>.*\S.*)", v.strip(), re.DOTALL)
        if lab and split and _META_LABEL.search(_core(lab)):
            out += [(lab, split.group("own")), ("", split.group("after").strip())]
        else:
            out.append((lab, v))
    return out


#: The words that describe a voice rather than say anything: who it is, their age, sex, pitch or accent, hedged.
_PERSON_WORDS = frozenset("adult male female man woman boy girl child kid teen teenage teenager elderly older old young"
                          " younger middle aged middle-aged senior adolescent probably likely possibly maybe perhaps"
                          " apparently unknown unclear one single a an the and or with voice speaker person deep high low"
                          " pitched high-pitched low-pitched soft native accent british american australian irish scottish"
                          " indian in their his her late early mid".split())


def _describes_person(value: str) -> bool:
    """A speaker field's value that only describes the voice ("adult, probably female", "young man with a British
    accent"), not a turn: every word describes a person ("Young man, please sit." is said)."""
    words = re.findall(r"[a-z][a-z'-]*|\d{1,2}s", value.lower())
    return bool(words) and len(words) <= 10 and all(w in _PERSON_WORDS or re.fullmatch(r"\d{1,2}s", w) for w in words)


def _is_meta(label: str, value: str) -> bool:
    """A field about the voice or the reply, not the words: a metadata label ("Emotion", "Language"; not "You said"), or
    a bare speaker label whose value only describes the voice ("Speaker: adult, probably female")."""
    if _META_LABEL.search(label):
        return not _user_said(label, value)
    if re.fullmatch(r"(?:total |number of )?words?", label.strip(), re.IGNORECASE) and re.fullmatch(r"\s*\d[\d,.]*\s*", value):
        return True  # "Words: 14" counts them
    return bool(_SPEAKER_LABEL.match(label)) and _describes_person(value)


#: A label for an account of what was said instead of its words: "Summary of voicemail", "Gist", "Synopsis".
_ACCOUNT_LABEL = re.compile(r"\b(?:summary|summari[sz]ed|gist|synopsis|recap|overview|paraphrase|tl;?dr)\b"
                            r"|摘要|概要|要約|总结|總結|요약", re.IGNORECASE)


def _metadata_only(text: str, led: bool = False) -> bool:
    """The text is two or more fields, every one labelled as metadata about the voice or the reply ("Emotion: angry",
    "Language: unknown"), with no unlabelled text and no field for the words: a report that gives no transcript; or one
    field giving an account of the speech ("Summary of voicemail: The caller …"), quoting nothing, unless a lead-in
    naming the transcript comes before it (``led``: "Transcript: Summary of today: we shipped it." is dictated)."""
    parts = _fields(text)
    if not parts:
        return False
    parts = [(lab, v) for lab, v in _metadata_lines(parts) if lab or v.strip()]
    if len(parts) == 1 and parts[0][0] and _ACCOUNT_LABEL.search(_core(parts[0][0])) and not led:
        return not re.search(r"[\"\u201c\u201d\u00ab\u00bb\u300c]", parts[0][1])
    return len(parts) >= 2 and all(lab and _is_meta(_core(lab), v) for lab, v in parts)


#: An option of a lettered list on its own line ("A) I'd like to book a room", "(B) …", "C. …").
_OPTION = re.compile(r"^[ \t]*[-*\u2022]?[ \t]*[*_]{0,2}\(?(?P<letter>[A-H])[).:][*_]{0,2}[ \t]+(?P<text>\S.*?)[ \t]*$",
                     re.MULTILINE)


def _chosen_option(value: str, text: str) -> str:
    """A field's value that picks an option of a lettered list in ``text`` by its letter ("Answer: A) I'd like …",
    "Answer: (B)") as the option's words: the letter marks the choice and is no word said."""
    options = {m.group("letter"): m.group("text") for m in _OPTION.finditer(text)}
    pick = re.match(r"\s*[*_]{0,2}\(?(?P<letter>[A-H])(?:[).:]|\)?(?=\s*$))[*_]{0,2}[ \t]*(?P<rest>[^\n]*)", value)
    if len(options) < 2 or not pick or pick.group("letter") not in options:
        return value
    return pick.group("rest").strip() or options[pick.group("letter")]


#: A label for the model's reply to what was said: "Answer", "My response", "Reply".
_ANSWER_LABEL = re.compile(r"^(?:(?:my|the|final|short|direct|model(?:'s)?|assistant(?:'s)?|ai) )?(?:answer|response|reply"
                           r"|solution)$", re.IGNORECASE)


def _from_fields(text: str, head_said: bool = False, head_version: bool = False) -> tuple[str, list[str]] | None:
    """The transcript held in labelled fields and their labels, or None when no field holds one. ``head_said``: the
    unlabelled text first was introduced as speech by a lead-in; ``head_version``: by one naming the transcript
    ("Transcript: …"), so it is a version of it, not a turn."""
    parts = _fields(text)
    if not parts:
        return None
    parts = _metadata_lines(parts)
    core = [(_core(lab), v) for lab, v in parts]
    meta = [_is_meta(c, v) for c, v in core]
    transcript = head_said or any(_TRANSCRIPT_LABEL.search(c) and not m and not _SPEAKER_LABEL.match(c)
                                  for (c, _), m in zip(core, meta, strict=True))
    interview = any(re.fullmatch(r"a|answer", c, re.IGNORECASE) for c, _ in core)
    # a transcript heading with nothing under it but speaker fields: they are its turns ("## Transcription ⏎ **Speaker:** …")
    under = {j for i, (c, v) in enumerate(core) if not v.strip() and _is_version(c) and not meta[i]
             for j in itertools.takewhile(lambda j: _SPEAKER_LABEL.match(core[j][0]) and core[j][1].strip(),
                                          range(i + 1, len(core)))}
    # fields under a heading that is neither the transcript nor a speaker ("Key details:" ⏎ "- Speaker: adult male") describe
    described = {j for i, (c, v) in enumerate(core) if not v.strip() and c and not _is_version(c) and not _SPEAKER_LABEL.match(c)
                 for j in itertools.takewhile(lambda j: core[j][1].strip() and not _is_version(core[j][0]),
                                              range(i + 1, len(core)))}
    meta = [m or i in described for i, m in enumerate(meta)]
    said = [(lab, v) for i, ((lab, v), (c, _)) in enumerate(zip(parts, core, strict=True)) if lab and v.strip() and (
        i in under or (_SPEAKER_LABEL.match(c) and i not in described and not meta[i]
                       and not (transcript and re.fullmatch(r"speaker", c, re.IGNORECASE)))
        or (_TRANSCRIPT_LABEL.search(c) and not meta[i])
        # "Q: How long have you worked here? A: …" is an interview; "Q: What does the speaker say?" the prompt
        or (interview and re.fullmatch(r"q|question", c, re.IGNORECASE) and not _ASKS_ABOUT_AUDIO.search(v)))]
    if head_said or any(_reports_words(_core(lab)) and not _ANSWER_LABEL.match(_core(lab)) for lab, _ in said):
        # a section that answers beside one reporting the words ("**Question heard:** "…" ⏎ **Answer:** There are 16
        # ounces …") is the model's reply; "Answer:" inside a line of the words ("… Answer: Paris.") is said
        said = [(lab, v) for lab, v in said if not (_ANSWER_LABEL.match(_core(lab)) and re.search(
            rf"(?m)^[ \t]*(?:[-*\u2022]\s+|\d{{1,2}}[.)]\s*)?[*_#\s]*{re.escape(lab)}", text))]
    if head_said and said and parts[0][0] == "" and parts[0][1].strip():  # "A man asks: "…" A woman replies: "…""
        said = [parts[0], *said]
    plain = [k for k, (lab, v) in enumerate(parts) if not lab and v.strip()]
    if not said and len(plain) == 1 and len(parts) > 1 and all(
            _is_meta(_core(lab), v) or (head_said and not _SPEAKER_LABEL.match(_core(lab))) or k in described
            or (not v.strip() and k + 1 in described)
            for k, (lab, v) in enumerate(parts) if k != plain[0]):
        # "Book a table.\nSpeaker gender: male"; "Transcript: …\nKeywords: …"; "Language: Italian ⏎⏎ Il treno …"; after
        # words a lead-in reported ("User said: …"), a field not naming a speaker annotates them ("Slots: time=8 pm")
        said = [parts[plain[0]]]
    langs = [(lab, v) for lab, v in parts if lab and _LANGUAGE_LABEL.match(_core(lab))]
    if not said and len(langs) >= 2 and langs[0][1].strip() and parts.index(langs[0]) <= 1:
        said = langs[:1]  # "French: « … » ⏎ English: "…"": the language given first is the original, the others translations
    if not said or (len(parts) == 1 and re.fullmatch(r"[A-Za-z]", _core(said[0][0])) and not head_said):
        return None  # a lone "A: …" is speech ("A: the first option, or B: the second?"); a dialogue has two turns
    picked = [(lab, v) for lab, v in said if len(_core(lab)) > 1 and _chosen_option(v, text) != v]
    if picked:  # a field picking a lettered option ("Answer: (B)"): the options listed ("(A) …", "(B) …") are no turns
        said = picked
    versions = [i for i, (lab, _) in enumerate(said) if _is_version(_core(lab)) or (head_version and not lab and i == 0)]
    # records of a list ("- speaker: A ⏎ text: …" twice) are turns: a speaker field stands between their texts
    where = [parts.index(said[i]) for i in versions]
    records = any(_SPEAKER_LABEL.match(_core(lab)) for a, b in itertools.pairwise(where) for lab, _ in parts[a + 1:b])
    # the same label again is the next record's field, not another version ("- start: 0.0 ⏎ text: … ⏎ - start: 2.1 ⏎
    # text: …" segments); versions of one transcript are named apart ("Verbatim:", "Clean verbatim:")
    # so is the same label numbered on ("Utterance 1:", "Utterance 2:"), unless it numbers alternatives ("ASR hypothesis
    # #1", "#2")
    labels = [re.sub(r"\s*#?\d{1,3}$", "", _core(said[i][0]).lower()) for i in versions if said[i][0]]
    records = records or (len(set(labels)) < len(labels) and not any(
        re.search(r"\b(?:hypothes[ie]s|candidates?|options?|alternatives?|guess(?:es)?|versions?|readings?)\b", lab)
        for lab in labels))
    spoken = [i for i in versions if not said[i][0]  # the text a lead-in named as the transcript, or a field naming the speech
              or re.search(r"transcri|speech|spoken|verbatim|utterance", _core(said[i][0]), re.IGNORECASE)]
    if spoken and not records:  # "Caption: A man asks … ⏎ Transcript: …": a caption describes, the transcript field holds
        versions = spoken + [i for i in versions if i not in spoken]
    if not records:
        said = [f for i, f in enumerate(said) if i not in versions[1:]]  # the first version is the transcript
    # a field reporting the words, the model's ("Transcript", "I heard") or the user's quoted back ("You said: "…""), holds
    # them; the sentences after its whole quoted utterance are the model's ("Please confirm by saying yes or no.")
    joined = " ".join(_unwrap_value(_chosen_option(v, text), narrated=_reports_words(_core(lab)) or _user_said(_core(lab), v))
                      for lab, v in said).strip()
    return (joined, [lab or "unlabelled text" for lab, _ in said]) if joined else None


#: A label marking its value as the settled one of several hearings: "Pass 2 (re-listened, final)", "Final:"; one naming
#: an edit of the text ("Final (cleaned up)", "Corrected") rewrites the words heard, it does not hear them again.
_FINAL_MARK = re.compile(r"\b(?:final|definitive|last|re-?listen\w*)\b", re.IGNORECASE)
_EDIT_MARK = re.compile(r"\b(?:clean|cleaned|corrected|edited|normali[sz]ed|formatted|punctuated|tidied|polished|readable)\b",
                        re.IGNORECASE)


def _final_version(text: str) -> str | None:
    """The value of the one field whose label marks it the final hearing ("Pass 2 (re-listened, final): …"), when every
    other labelled field holds a draft of the same words (half the shorter's words shared): tries at one transcript, not
    turns; a read-back in a dialogue marks no try final. Else None."""
    from .text import basic

    parts = _fields(text) if _FINAL_MARK.search(text) else None
    if not parts:
        return None
    fields = [(lab, v) for lab, v in parts if lab and v.strip()]
    final = [(lab, v) for lab, v in fields if _FINAL_MARK.search(lab) and not _EDIT_MARK.search(lab)
             and not _META_LABEL.search(_core(lab)) and not _ANSWER_LABEL.match(_core(lab))]
    if len(fields) < 2 or len(final) != 1 or any(lab and not v.strip() for lab, v in parts) \
            or any(not lab for lab, _ in parts[1:]):
        return None
    words = basic(final[0][1]).split()
    for lab, v in fields:
        other = basic(v).split()
        shared = sum(min(words.count(w), other.count(w)) for w in set(other))
        if lab != final[0][0] and (min(len(words), len(other)) < 2 or shared < min(len(words), len(other)) / 2):
            return None
    return _unwrap_value(final[0][1], narrated=True)


_FENCE = re.compile(r"^\s*```[\w-]*\s*$", re.MULTILINE)
#: An XML-like field ("<speech>…</speech>"); emphasis tags (<i>, <b>, <em> …, as in subtitles) are no fields.
_XML_FIELD = re.compile(r"<(?P<tag>(?!(?:i|b|u|s|c|v|em|strong|font)\b)[A-Za-z][\w-]{0,30})"
                        r"(?:\s+[\w:-]+=(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*>"
                        r"(?P<value>.*?)</(?P=tag)>",
                        re.DOTALL)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
#: Stage directions inside the speech ("Hi! (laughs) Did you ...", "[pause]", "[Inaudible 0:12]"): no words were said.
_STAGE = re.compile(r"\s*[\[(](?P<tag>[A-Za-z][A-Za-z -]{1,24}?)(?P<time>[ ,:]+\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)?"
                    r"\s*\??[\])]\s*")
#: A transcriber's mark for words not made out, as its words read: a negated perceptibility ("inaudible", "unclear",
#: "unintelligible", "indistinct", "indecipherable", "incomprehensible"), or speech damaged or overlapping ("garbled",
#: "muffled", "crosstalk"), with what was lost ("[two words unclear]", "(unclear speech)"). It stands where words were
#: not written, so it is never a word of the transcript, in either bracket and any case; "(new)" may be speech.
_NOT_MADE_OUT = re.compile(r"^(?:(?:a|an|one|two|three|few|several|some|\d)\s)?(?:(?:words?|speech|phrase|name|audio|part"
                           r"|section|segment|voices?)\s)?(?:(?:un|in|non-?)(?:audible|intelligible|clear|decipherable"
                           r"|distinct|comprehensible|discernible|recogni[sz]able|understandable|transcribable)|garbled"
                           r"|muffled|mumbl(?:ed|ing)|cross-?talk)(?:\s(?:words?|speech|phrase|name|audio|part|section|segment"
                           r"|voices?))?$", re.IGNORECASE)
#: A song's section tag on a line of its own ("[Verse 1]", "[Chorus]"): the structure of lyrics, never a sung word.
_SECTION = re.compile(r"^[ \t]*\[(?:verse|chorus|pre-chorus|post-chorus|bridge|intro|outro|hook|refrain|interlude"
                      r"|instrumental)(?:[ \t]\d{1,2})?\][ \t]*$", re.IGNORECASE | re.MULTILINE)
_STAGE_WORDS = frozenset({"laughs", "laughing", "laughter", "chuckles", "giggles", "sighs", "coughs", "sniffs", "pause",
                          "pauses", "clears throat", "music", "applause", "silence", "background noise", "noise", "static",
                          "beep", "beeps", "whispering", "shouting"})


def _stage_direction(m: re.Match[str]) -> bool:
    """Whether a bracketed tag (a ``_STAGE`` match) is no spoken word: a stage direction or sound ("(laughs)", "[MUSIC
    PLAYING]"), a mark for words not made out ("(unclear)", "[Inaudible 0:12]"), or any tag in square brackets written
    as tags are (lower case or a caption's capitals; not a speaker label, not a name: "[Anna]")."""
    from .hallucination import SOUND_TAGS

    tag = m.group("tag").strip()
    if _NOT_MADE_OUT.match(tag) or tag.lower() in _STAGE_WORDS or tag.lower() in SOUND_TAGS:
        return True
    return m.group().strip().startswith("[") and (tag.islower() or tag.isupper()) and not _SPEAKER_LABEL.match(tag)


def _key_words(key: object) -> str:
    """A JSON key as words: "display_text" and "DisplayText" -> "display text"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(key)).replace("_", " ").lower()


def _json_key(key: object) -> bool:
    return bool(_TRANSCRIPT_LABEL.search(_key_words(key))) and not _META_LABEL.search(_key_words(key))


#: Keys under which a speech API lists one word or punctuation mark per element ({"type": "punct", "value": "."}).
_WORD_KEYS = ("value", "word", "token", "content", "w")


def _joined_words(items: list[Any]) -> str | None:
    """The words of a token list joined (punctuation attached), when every element holds one word under a word key."""
    words = []
    for item in items:
        value = next((item[k] for k in _WORD_KEYS if isinstance(item, dict) and isinstance(item.get(k), str)), None)
        if value is None or len(value.split()) > 1:
            return None
        words.append(value)
    text = "".join(w if not re.search(r"\w", w) or not out else " " + w for out, w in
                   ((i, w) for i, w in enumerate(words)))
    return " ".join(text.split()) or None


def _json_text(data: object) -> tuple[str, str] | None:
    """(transcript, key) in parsed JSON: the string under a transcript key ("transcript", "text"), else the texts of
    a list of segments or turns (``{"segments": [{"start": 0.0, "text": "…"}, …]}``) joined; metadata keys are skipped."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and value.strip() and _json_key(key):
                return value.strip(), str(key)
        for key, value in data.items():
            if isinstance(value, (dict, list)) and not _META_LABEL.search(_key_words(key)):
                found = _json_text(value)
                if found:
                    return found[0], f"{key}[].{found[1]}" if isinstance(value, list) else f"{key}.{found[1]}"
    elif isinstance(data, list):
        words = _joined_words(data) if data and all(isinstance(x, dict) for x in data) else None
        if words:
            return words, "words"
        parts = [p for p in map(_json_text, data) if p]
        if parts:
            return " ".join(t for t, _ in parts), parts[0][1]
    return None


def _delimited(lines: list[str]) -> tuple[str, str] | None:
    """(the text column joined, step) of a CSV or TSV export whose header names a transcript column ("start,end,text");
    the text column may hold the delimiter when it is the last one."""
    if len(lines) < 2:
        return None
    for sep in ("\t", ","):
        head = [h.strip() for h in lines[0].split(sep)]
        col = next((i for i, h in enumerate(head) if _TRANSCRIPT_LABEL.fullmatch(h) or h.lower() in ("text", "transcript")),
                   None)
        if len(head) < 2 or col is None or any(len(h.split()) > 2 for h in head):
            continue
        rows = [ln.split(sep, len(head) - 1) if col == len(head) - 1 else ln.split(sep) for ln in lines[1:]]
        if all(len(r) == len(head) for r in rows):
            return " ".join(r[col].strip() for r in rows if r[col].strip()), f"{'tsv' if sep == chr(9) else 'csv'}: {head[col]}"
    return None


def _python_literal(text: str) -> object:
    """A Python dict or list printed with repr ("{'text': 'Call me.'}"), as an API client's print shows it, else None."""
    import ast

    if "'" not in text or not text.endswith(("}", "]")):
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def _markup(s: str) -> tuple[str, str] | None:
    """(text, step) when ``s`` is markup holding the transcript: a JSON object (its transcript key), a markdown table
    (its transcript column; a two-column table of keys and values, "| Transcript | … |", is labelled fields), or XML-like
    tags (read as labelled fields); step "" leaves the fields to the field reader."""
    import json

    body = _FENCE.sub("", s).strip()
    start = re.search(r"(?m)^(?:[A-Za-z][\w ]{0,20}:[ \t]*)?(?P<brace>[{\[])", body)
    if start:  # a JSON object or list, alone or after a lead-in line ("Sure, here it is in JSON:") or label ("JSON: {…}")
        try:
            data, _ = json.JSONDecoder().raw_decode(body[start.start("brace"):])
        except ValueError:
            data = _python_literal(body[start.start("brace"):].strip())
        found = _json_text(data)
        if found and found[0]:
            return found[0], f"json: {found[1]}"
        empty = [k for k, v in data.items() if _json_key(k) and v in ("", None, [])] if isinstance(data, dict) else []
        if empty and not found:  # {"text": "", "language": "en"}: the transcript key is there, with nothing in it
            return "", f"json: {empty[0]} (empty)"
    lines = [ln for ln in body.splitlines() if ln.strip()]
    top = next((i for i in range(len(lines) - 2) if lines[i].strip().startswith("|") and _TABLE_RULE.match(lines[i + 1])), None)
    if top is not None:  # a table, alone or under a heading / after a lead-in
        lines = lines[top:]
        lines = lines[:next((i for i, ln in enumerate(lines) if not ln.strip().startswith("|")), len(lines))]
    if len(lines) >= 3 and lines[0].strip().startswith("|") and _TABLE_RULE.match(lines[1]):
        cells = lambda ln: [c.strip() for c in ln.strip().strip("|").split("|")]  # noqa: E731
        head = cells(lines[0])
        col = next((i for i, h in enumerate(head) if _TRANSCRIPT_LABEL.search(h) and not _META_LABEL.search(h)
                    and not _SPEAKER_LABEL.match(h)), None)
        rows = [cells(ln) for ln in lines[2:] if ln.strip().startswith("|")]
        if col is not None:
            return " ".join(r[col] for r in rows if col < len(r) and r[col]), f"table: {head[col]}"
        if len(head) == 2 and all(len(r) == 2 for r in rows) and any(  # "| Field | Value |" rows: a list of fields
                _TRANSCRIPT_LABEL.search(k) or _SPEAKER_LABEL.match(k) for k, _ in rows):
            return "\n".join(f"{key}: {value}" for key, value in rows if key), ""
    delimited = _delimited(lines)
    if delimited:
        return delimited
    if _XML_FIELD.search(body):
        # a tag's text without the tags inside it ("<transcript><segment>Hi.</segment>…</transcript>")
        return _XML_FIELD.sub(lambda m: f"\n{m.group('tag').replace('_', ' ')}: "
                              f"{' '.join(re.sub(r'<[^<>]+>', ' ', m.group('value')).split())}\n", body).strip(), ""
    return None


#: A bracketed note inside the speech (``_misheard``): "[possibly 'letter']", "(or 'later'?)", "[sounds like "Kate"]".
_BRACKET_NOTE = re.compile(r"\s*[\[(](?P<note>[^\[\]()\n]{1,40})[\])]\s*")


def _misheard(m: re.Match[str]) -> bool:
    """Whether a bracketed note (a ``_BRACKET_NOTE`` match) is the model's word on its own hearing, not speech: it hedges
    ("[possibly 'letter']", "(maybe Kate)") or mentions a word by quoting it ("[or 'later'?]"); a speaker's words are
    used, not mentioned, and a transcript does not bracket them ("Meet me at the (new) cafe" keeps its word)."""
    from .clauses import hedged, normalize

    note = m.group("note")
    return hedged(normalize(note)) or bool(re.search(r"(?:^|\W)['\"\u2018\u201c]\w[^'\"\u2019\u201d]*['\"\u2019\u201d]",
                                                      note))


#: A tag set off from speech: in square brackets, parentheses or asterisks ("[Applause]", "(music playing)", "*laughs*").
_TAG = re.compile(r"\[[^\[\]\n]{1,40}\]|\([^()\n]{1,40}\)|\*{1,2}[^*\n]{1,40}\*{1,2}")


def _tags_only(text: str) -> bool:
    """The reply is only tags set off from speech (``_TAG``: sounds, stage directions, a mark for words not made out, a
    label with no turn), with nothing outside them but punctuation and symbols ("♪"): no word was said. A transcript
    writes what was said outside brackets."""
    return bool(_TAG.search(text)) and not re.search(r"\w", _TAG.sub(" ", text))


def _drop_stage(text: str) -> str:
    """``text`` without bracketed stage directions ("(laughs)", "[pause]") or notes on what was heard ("[possibly
    'letter']") inside speech; a text that is only directions is kept whole."""
    dropped = _STAGE.sub(lambda m: " " if _stage_direction(m) else m.group(), _SECTION.sub(" ", text)).strip()
    dropped = _BRACKET_NOTE.sub(lambda m: " " if _misheard(m) else m.group(), dropped).strip()
    # an offset into the recording inside the speech ("Hi there (0:02) how are you"): a clock time ("[10:30]") stays
    dropped = re.sub(r"\s*[\[(]0{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]\s*", " ", dropped).strip()
    return dropped if re.search(r"\w", dropped) else text.strip()  # "[no speech]" alone is no speech with directions


#: A tag of one or two words in parentheses opening the reply before the speech ("(English) …", "(Speaker 2) …"): a
#: language, speaker or manner tag, never spoken words.
_LEADING_TAG = re.compile(r"^\s*(?:\([A-Za-z][\w'-]*(?: [A-Za-z0-9][\w'-]*)?\)|\[[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\])[ \t]+(?=\S)",
                          re.IGNORECASE)  # "[en-US] …": a language code

#: The request echoed as a first paragraph: "Transcribe the audio exactly. …", "What does the speaker say?".
_ECHOED_PROMPT = re.compile(r"^\s*(?:(?:user|prompt|question|instruction|q)\s*:\s*)?(?:please\s+)?"
                            r"(?:transcribe\b|what (?:does|did|is) (?:the |this )?(?:speaker|person|man|woman|voice|audio|clip"
                            r"|recording)\b|write down what\b"
                            rf"|can you transcribe\b)(?=[^\n]*\b(?:{_MEDIA}|audio|speaker|say|said)\b)[^\n]*(?:\n[ \t]*\S[^\n]*)*"
                            r"\n[ \t]*\n", re.IGNORECASE)
#: The user's question restated before a quoted answer: "You want to know what's said in the recording? It's: "…"",
#: "What does the speaker say? → "…"" (the question must be about the audio).
_ASKED_BACK = re.compile(r"^\s*(?P<q>[^?\n\"\u201c\u00ab]{0,160}\?)\s*(?:(?:it(?:'s|\u2019s| is| was)|(?:the )?answer(?: is)?"
                         r"|here it is)\s*)?[:\u2192\u2014\u2013>-]*\s*(?=[\"\u201c\u00ab])", re.IGNORECASE)
#: The user's request restated as a sentence before the answer: "You asked for a transcription of the clip. Here it is: …".
_REQUEST_BACK = re.compile(r"^\s*(?P<q>(?:you(?:'ve| have)? (?:asked|wanted|requested|want|would like|'d like)|your request)\b"
                           r"[^.!?\n\"\u201c]{0,120}[.!])\s+(?=here\b)", re.IGNORECASE)
#: A fenced block: ```lang … ```.
_FENCED = re.compile(r"^[ \t]*```[\w-]*[ \t]*\n(?P<body>.*?)\n[ \t]*```[ \t]*$", re.MULTILINE | re.DOTALL)


def _fenced(s: str) -> str | None:
    """The content of the fenced block(s) when text outside them is a wrapper (a lead-in, a note after), else None."""
    blocks = [m.group("body").strip() for m in _FENCED.finditer(s)]
    if not blocks or not any(blocks):
        return None
    outside = _FENCED.sub("", s).strip()
    return "\n\n".join(b for b in blocks if b) if outside else None


#: One time in a subtitle cue or a diarisation label: "00:00:01,000", "00:01.800", "1:02", "2.1", "1.52s".
_TIME = r"(?:(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?|\d{1,5}(?:\.\d{1,3})?\s?s\b|\d{1,5}\.\d{1,3})"
_RANGE = rf"{_TIME}\s*(?:-{{1,2}}>?|\u2013|\u2014|\u2192|\bto\b)\s*{_TIME}"
#: An SRT/VTT timing line ("00:00:01,000 --> 00:00:02,500 align:start"), with any text after it on the line.
_CUE_TIMING = re.compile(rf"^\s*[\[(]?\s*{_TIME}\s*-->\s*{_TIME}(?:\s*[\])])?(?:[ \t]+[a-z-]+:\S+)*[ \t]*(?P<text>.*)$")
_CUE_TIMING_ANY = re.compile(rf"{_TIME}\s*-->\s*{_TIME}")
_VTT_TAG = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt|font)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>")
#: A time range next to a speaker label: "[SPEAKER_00 0.0-2.1]" -> "[SPEAKER_00]"; a bracketed range alone
#: ("[0.00s - 1.52s]", "SPEAKER_00 [00:00 - 00:02]:") or a bracketed time opening a line ("[1.5s] …") goes.
_TIME_LABEL = re.compile(rf"(?P<label>[\[(][A-Za-z][\w ]{{0,24}}?)[\s,|]+{_RANGE}\s*(?=[\])])"
                         rf"|[\[(]\s*{_RANGE}\s*[\])]|(?m:^)\s*[*_]{{0,2}}\s*[\[(]\s*{_TIME}\s*[\])]"
                         # a time between a label and its colon: "Speaker 1 [0:00]: …"
                         rf"|(?<=\w)[ \t]*[\[(]\s*{_TIME}\s*[\])](?=[ \t]*:)"
                         # a range after a bracketed label, ending its line: "[SPEAKER_00] 00:00:00.500 - 00:00:02.100"
                         rf"|(?m:(?<=[\])])[ \t]+{_RANGE}[ \t]*$)")


def _subtitles(s: str) -> str | None:
    """The cue texts of an SRT or WebVTT block joined, or None: "WEBVTT", cue numbers and identifiers, timing lines,
    voice and style tags (``<v Anna>``, ``<i>``) go; a paragraph before the first cue is a lead-in, one after the
    last cue's text (past a blank line) is commentary."""
    lines = s.splitlines()
    timings = [i for i, ln in enumerate(lines) if _CUE_TIMING.match(ln)]
    if not timings:
        return None
    cues: list[str] = []
    for k, i in enumerate(timings):
        end = timings[k + 1] if k + 1 < len(timings) else len(lines)
        text = [_CUE_TIMING.match(lines[i]).group("text")]  # type: ignore[union-attr]
        body = lines[i + 1:end]
        if body and k + 1 < len(timings) and re.fullmatch(r"\s*\d{1,5}\s*", body[-1]):
            body = body[:-1]  # the next cue's number, with no blank line before it
        for ln in body:
            if not ln.strip():
                break
            text.append(ln)
        cues.append(" ".join(_VTT_TAG.sub("", t).strip() for t in text if t.strip()))
    joined = " ".join(c for c in cues if c).strip()
    return joined or None


#: Chat roles: an echoed conversation's reply is the assistant's turn.
_ASSISTANT = re.compile(r"^(?:assistant|ai|model|bot|chatbot|gpt|response from the model)$", re.IGNORECASE)


def _assistant_turn(s: str) -> str | None:
    """The last assistant turn when ``s`` is an echoed chat ("User: … / Assistant: …"), else None."""
    parts = _fields(s)
    if not parts:
        return None
    turns = [v for lab, v in parts if _ASSISTANT.match(_core(lab))]
    return turns[-1].strip() if turns and turns[-1].strip() else None


def _block_quote(s: str) -> str | None:
    """The lines of a markdown block quote ("> …") joined, when the text around it is a wrapper: the one block quote
    in the text, with other text outside it."""
    lines = s.splitlines()
    quoted = [i for i, ln in enumerate(lines) if ln.lstrip().startswith(">")]
    if not quoted or quoted[-1] - quoted[0] + 1 != len(quoted):
        return None
    body = "\n".join(re.sub(r"^\s*(?:>\s?)+", "", lines[i]) for i in quoted).strip()
    outside = "\n".join(ln for i, ln in enumerate(lines) if i not in quoted).strip()
    return body if body and outside else None


#: Verbs of hearing: a model that heard only part of the audio says what it could make out.
_PERCEIVE = (r"(?:make|makes|made|making) out|catch|caught|pick(?:ed)? up|hear|heard|understand|understood|decipher"
             r"|discern|recogni[sz]e|transcribe|transcribed")
#: The clause right before a quote that introduces it: it names hearing or saying and ends in ":" or "is/were".
_HEARD_INTRO = re.compile(rf"\b(?:{_PERCEIVE}|here (?:it is|they are|is|are)|here's|{_SPEECH_VERB}|words?|phrase|sentence)\b"
                          r"[^\"\u201c\u2018.!?\n]{0,40}?(?::|\b(?:is|was|were|are)\b|\bas follows\b:?)\s*$"
                          # "The audio is a short announcement: "…""
                          r"|\b(?:audio|recording|clip|voicemail|voice message|announcement|tone|voice)\b"
                          r"[^\"\u201c\u2018.!?\n]{0,50}:\s*$",
                          re.IGNORECASE)
#: Who speaks and the words reported with a hedge right before a quote: "the woman says something like "…"", "he said
#: roughly: "…"".
_HEDGED_REPORT = re.compile(rf"\b{_SPEECH_VERB}\s+(?:something|roughly|approximately|what sound(?:s|ed))(?: like)?\s*[:,]?\s*$",
                            re.IGNORECASE)
#: A sentence about the audio or the model's hearing of it ("Sorry, most of it is unclear.").
_ABOUT_AUDIO = re.compile(rf"\b(?:{_PERCEIVE}|{_MEDIA}|audio|sound|tone|voice|unclear|noisy|noise|inaudible|unintelligible"
                          r"|muffled|faint|garbled|sorry|unfortunately|hard to|difficult to|partial|partly|transcri\w*)\b",
                          re.IGNORECASE)


#: A model declining to help or transcribe ("I can't help with that: it says "…"" still gives the words).
_DECLINE = re.compile(r"\b(?:can't|can\u2019t|cannot|can not|won't|won\u2019t|unable to|not able to)\s+(?:help|assist|transcribe"
                      r"|do that|provide)", re.IGNORECASE)
#: "it says" / "the speaker said," opening the clause right before a quote.
_SAYS_CLAUSE = re.compile(rf"(?:^|[.!?:;]\s*)(?:it|he|she|they|(?:the |a |this )?(?:speaker|person|man|woman|voice|caller"
                          rf"|narrator|{_MEDIA}|audio))\s+{_SPEECH_VERB}\s*[:,]?\s*$", re.IGNORECASE)


#: A sentence with a person in the recording as its subject: "The woman is upset.", "A child is playing nearby.".
_PERSON_SUBJECT = re.compile(r"^\W*(?:the|a|an|one|two|this|that) (?:\w+ )?(?:speakers?|man|woman|men|women|child|children"
                             r"|kid|boy|girl|guy|lady|person|people|caller|narrator|voice|customer|agent|host|announcer)\b",
                             re.IGNORECASE)
#: The model naming what kind of recording it is, right before its quote: "It's a weather report:", "This sounds like an
#: automated message from a bank." (ending in a full stop, it names a kind of recording: "It's a long story." does not).
_CLASSIFIES = re.compile(r"^\W*(?:it|this|that)(?:'s|\u2019s| is| was| sounds like| seems to be) (?:a|an|just a|just an) "
                         r"(?:[^:.!?\"\u201c]{1,40}:|[^:.!?\"\u201c]{0,40}\b(?:message|announcement|voicemail|recording|report"
                         r"|call|broadcast|advert|commercial|podcast|lecture|greeting|reminder|alert|warning)\b"
                         r"[^:.!?\"\u201c]{0,40}[.!])\s*$", re.IGNORECASE)


def _heard_quote(s: str) -> str | None:
    """The quote a sentence about the audio introduces: "The audio is noisy, but I can only make out: "…"", "Sorry,
    most of it is unclear. The only words I could catch were "…"", "You asked me to transcribe the audio. Here it
    is: "…"", "I can't help with that: it says "…"", "The clip opens with a dog barking. A man says "…"". Every
    sentence before the quote speaks of the audio, of hearing it or declines; the last one introduces the quote (":",
    "were", "it says", who speaks and a speech verb), and only commentary or a bracketed note follows it, or, when
    the model narrated the audio before, any sentence of its own after a whole quoted utterance (``_narrated``); a
    quote inside speech stays."""
    m = re.search(r"[\"\u201c\u2018]|(?<!\w)'(?=\S)", s)
    if not m or not m.start():
        return None
    q = _quoted(s[m.start():])
    head = s[:m.start()]
    sentences = re.split(r"(?<=[.!?])\s+", head.strip())
    before = sentences[:-1]
    narrated = _narrated(s[m.start():]) if before and not (q and _is_commentary(q[1])) else None
    if not q:
        return None
    says = _SAYS_CLAUSE.search(head)
    clause = head[len(head) - len(head.lstrip()) + sum(len(x) for x in before):].lstrip()
    said = _QUOTE_LEAD_IN.match(re.sub(r"^[\s.!?]+", "", clause) + s[m.start():])  # "The child says, "…""
    hedged = _HEDGED_REPORT.search(head) if _WHO_SPEAKS.search(head) else None
    # the quote opens a sentence of its own after one presenting the recording ("This is a voicemail from the dentist.
    # "Hi, …"", "It's a weather report: "…"")
    presented = re.search(r"[.!?:]\s*$", head) and re.search(r"[.!?\u2026]$", q[0]) and (  # a whole utterance
        _ABOUT_AUDIO.search(sentences[-1]) or _CLASSIFIES.match(sentences[-1]))
    about = [bool(_ABOUT_AUDIO.search(x) or _DECLINE.search(x) or (says and (says.start() == 0 or before) and x is head)
                  or (hedged and x is head) or (presented and x is head)
                  # "The woman is upset. She says "…"": the model narrates the people in the recording
                  or (x is not head and _PERSON_SUBJECT.match(x))
                  or (x is not head and _COURTESY.fullmatch(x)))  # "Sure. What I caught was: "…"": courtesy is the model's
             for x in (head, *before)]  # 'It says "Mind the gap."': the clause alone introduces the quote
    intro = _HEARD_INTRO.search(head) or says or hedged or presented or (
        before and said and _WHO_SPEAKS.search(said.group()))
    # after a speech verb of the model's narration, the sentence going on is its own: '… says "…" and slams a door.'
    goes_on = bool(says or hedged or said) and re.match(r"\s*,?\s*(?:and|then|before|after|while|as|followed)\b[^\"\u201c]*$",
                                                      q[1], re.IGNORECASE)
    # after the model's own hearing ("I hear: "…""), a sentence in the first person outside the quote is the model
    # going on: 'I hear: "…" I considered "gate D14", but …'
    mine = bool(_LISTENER.search(head.lower())) and re.match(r"\s*(?:i|i'm|i\u2019m|i've|i'd|my|we)\b", q[1], re.IGNORECASE)
    if not (_is_commentary(q[1]) or narrated or goes_on or mine) or not intro or not all(about):
        return None
    words = narrated or (q[0] if mine else _with_turns(q))
    return re.sub(r"^(?:\.{2,}|\u2026)\s*|\s*(?:\.{3}|\u2026)$", "", words).strip() or None


#: HTML markup a chat UI or an API answers in: block tags end a line, inline tags go.
_HTML_TAG = re.compile(r"<(?P<close>/?)(?P<tag>p|br|div|span|strong|b|em|i|u|blockquote|ul|ol|li|h[1-6]|pre|code|section"
                       r"|article|mark|small|q)\b[^<>]*?/?>", re.IGNORECASE)
_HTML_BLOCK = frozenset({"p", "br", "div", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "section",
                         "article"})


def _html_text(s: str) -> str | None:
    """``s`` as text when it is HTML (a block tag or an inline tag wrapping text): block tags end a line, inline tags
    go, entities are decoded; else None. Subtitle tags (``<v Anna>``, ``<i>`` inside a cue) are read with the cue."""
    import html

    tags = list(_HTML_TAG.finditer(s))
    if not tags or _CUE_TIMING_ANY.search(s) or not any(t.group("tag").lower() in _HTML_BLOCK for t in tags):
        return None
    text = _HTML_TAG.sub(lambda m: "\n" if m.group("tag").lower() in _HTML_BLOCK else "", s)
    return "\n".join(ln.strip() for ln in html.unescape(text).splitlines() if ln.strip())


#: A first paragraph that only presents what follows: "The transcript reads as follows.", "Here's the text from the
#: audio (Spanish), with an English translation below:".
_INTRO_PARAGRAPH = re.compile(r"^(?=[^\n]*\b(?:here|below|follows|following|reads)\b)"
                              r"(?:(?=[^\n]*\b(?:transcri\w*|what (?:was|the speaker|they|he|she) said)\b)"
                              r"[^\n\"\u201c]{0,120}[.:]"
                              r"|(?=[^\n]*\b(?:text|words|audio|recording|clip|speech|original|translation)\b)"
                              r"[^\n\"\u201c]{0,160}:)\s*\n\s*\n"
                              # "Okay, here's the transcript for you 👇", "What I could make out:"
                              rf"|^(?=[^\n]*\b(?:transcri\w*|result|output|text|{_PERCEIVE})\b)[^\n\"\u201c]{{0,120}}"
                              rf"(?::|[{_PICTO}\u2193\u2b07]\ufe0f?)"
                              r"\s*\n\s*\n",
                              re.IGNORECASE)


#: A sentence presenting what follows, after the model's talk: "Done. Here it is:", "OK, here's the transcript:".
_PRESENTS = re.compile(r"(?:(?<=[.!?\u2026])|(?<=^)|(?<=\n))[ \t]*(?:[A-Za-z][A-Za-z ]{0,20}[,!.]?\s+)?"
                       r"here(?: it is| you go| is| are|'s|\u2019s)\b[^\n:\"\u201c.!?]{0,80}:[ \t]*\n?", re.IGNORECASE)


#: A clause closing the model's frame by announcing the transcript after it: "… — full transcript below:", "After
#: accounting for the wind, my best transcription is:". It opens a sentence or follows a comma or a dash.
_ANNOUNCES = re.compile(r"(?:(?<=[.!?,;:\u2014\u2013])[ \t]+|\n[ \t]*)(?:[A-Za-z'\u2019-]+ ){0,4}?"
                        r"transcri(?:pt|ption)(?: (?:below|follows|is|reads|as follows|would be))?[ \t]*:[ \t]*\n?\s*(?=\S)",
                        re.IGNORECASE)


def _after_frame(s: str) -> str | None:
    """The text after the last clause announcing the transcript (``_ANNOUNCES``) when what precedes it is the model's
    account of the audio (it names the recording, a sound or a speaker; no line of it is a labelled field), else
    None: 'The caller gives the address as "12 Elm Road" — full transcript below: ⏎⏎ …'."""
    m = None
    for last in _ANNOUNCES.finditer(s):
        m = last
    if not m or not s[m.end():].strip():
        return None
    head = s[:m.start()]
    if re.search(r"(?m)^[ \t]*[^\s:][^:\n]{0,40}:[ \t]*\S", head) or not (
            _ABOUT_AUDIO.search(head) or _WHO_SPEAKS.search(head)):
        return None
    return s[m.end():].strip()


def _model_talk(head: str) -> bool:
    """Text before a presenting sentence that is the model's own: it quotes nothing and speaks of the audio or the
    task ("Sure! Transcribing the audio now...", "I listened twice to be sure.")."""
    return not re.search(r"[\"\u201c\u201d]", head) and bool(_ABOUT_AUDIO.search(head))


#: A transcript field with its value on the same line ("Transcript: Where's my phone? I left it here."): a paragraph
#: holding one gives the words, it does not present them.
_VALUED_FIELD = re.compile(r"\b(?:transcri\w*|text|speech|words|output|result)\b[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[*_]{0,2}"
                           r"[:\uff1a][*_]{0,2}[ \t]*[^\s*_]", re.IGNORECASE)


#: Whisper's special and timestamp tokens left in a decoder's raw output ("<|en|>", "<|notimestamps|>", "<|2.40|>").
_WHISPER_TOKEN = re.compile(r"<\|[\w.]{1,30}\|>")
#: Pictographs decorating a line's start ("🎙️ Speaker: …").
_LINE_EMOJI = re.compile(rf"(?m)^[ \t]*[{_PICTO}][{_PICTO}\ufe0f\u200d]*[ \t]*")
#: Markdown emphasis wrapped around a quote: **"…"**, _"…"_.
_EMPHASIZED_QUOTE = re.compile(r"(\*{1,2}|_{1,2})([\"\u201c][^\"\u201d\n]+[\"\u201d])\1")
#: A speaker's header line in a meeting export: a name or "Speaker 1", then a time, the turn on the lines below.
#: The name and the time stand apart as columns do (two spaces or a tab): "At 5:30" is speech.
_SPEAKER_HEADER = re.compile(r"^[ \t]*(?:[Ss]peaker[ _]?\w{1,3}|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})(?: {2,}|\t)[ \t]*[\[(]?"
                             r"\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*$")


def _speaker_blocks(s: str) -> str | None:
    """The turns of a meeting export laid out as header lines ("Speaker 1  0:00", "Anna Lee   0:02") each above its
    turn, joined; None unless the text opens with such a header. A last paragraph under no header that is commentary
    (the export's credit "Transcribed by https://otter.ai") is no turn."""
    lines = [ln for ln in s.splitlines() if ln.strip()]
    if len(lines) < 2 or not _SPEAKER_HEADER.match(lines[0]):
        return None
    *above, last = re.split(r"\n[ \t]*\n", s.strip())
    if above and not any(_SPEAKER_HEADER.match(ln) for ln in last.splitlines()) and _COMMENTARY.match(last.strip()):
        lines = [ln for ln in "\n".join(above).splitlines() if ln.strip()]
    turns = [ln.strip() for ln in lines if not _SPEAKER_HEADER.match(ln)]
    return " ".join(turns) or None


def _leading_note(s: str) -> str | None:
    """What follows a first paragraph that is a note about the audio or the transcript ("_Note: the audio quality is
    low, so some words are guesses._"), else None."""
    head, sep, rest = s.partition("\n\n")
    note = head.strip().strip("*_ ")
    if not sep or not rest.strip() or "\n" in note or not _ABOUT_AUDIO.search(note) or not _COMMENTARY.match(note):
        return None
    return rest.strip()


def _before_end_marker(s: str) -> str | None:
    """``s`` up to a line marking the transcript's or recording's end ("[end of dictation]", "--- END TRANSCRIPT ---"),
    when words precede it: what follows the end ("Suggested ICD-10: R07.89", a note) is the model's, not speech; else
    None."""
    lines = s.splitlines()
    for i, line in enumerate(lines):
        m = _MARKER.match(line) if i and "end" in line.lower() else None
        edge = m and (m.group("edge1") or m.group("edge2") or "").lower()
        if m and edge and edge.startswith(("end", "/")) and len(m.group("label").split()) <= 3 and (
                _TRANSCRIPT_LABEL.search(m.group("label")) or _NAMES_RECORDING.search(m.group("label"))):
            head, tail = "\n".join(lines[:i + 1]), "\n".join(lines[i + 1:])
            return head if tail.strip() and "".join(lines[:i]).strip() else None
    return None


_SUPERSCRIPT = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"


def _no_footnotes(s: str) -> str:
    """``s`` without footnote markers ("again.¹") and the footnotes they point to (a line opening with one)."""
    s = re.sub(rf"(?m)^[ \t]*[{_SUPERSCRIPT}]+[ \t]*\S.*$", "", s)
    return re.sub(rf"(?<=\S)[{_SUPERSCRIPT}]+", "", s).strip()


#: A line scoring or timing one key: "- parcel: 0.92", "**Thursday** — 64%", "lift = 1.1s".
_SCORE_LINE = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]+)?[*_]{0,2}(?P<key>[^\W\d][^:=|\n*_]{0,30}?)[*_]{0,2}[ \t]*"
                         r"(?:[:=\u2014\u2013]|--?)[ \t]*\d[\d.,]*[ \t]*(?:%|s|ms|sec)?"
                         r"(?:[ \t]*(?:-|\u2013|to)[ \t]*\d[\d.,]*[ \t]*(?:s|ms|sec)?)?[ \t]*$")


def _annotation_table(s: str) -> str | None:
    """``s`` without a block annotating the text beside it (a word's confidence or timing, a glossary): a markdown table
    none of whose columns names the transcript, or lines scoring one key each ("- parcel: 0.92"), every key of it words
    of the text outside it ("| Word | Confidence | ⏎ | Wexford | 0.71 |" under the transcript); else None. A table
    holding the words has keys of its own (times, speakers)."""
    from .text import basic

    lines = s.splitlines()
    top = next((i for i in range(len(lines) - 2) if lines[i].lstrip().startswith("|") and _TABLE_RULE.match(lines[i + 1])),
               None) if "|" in s else None
    if top is not None:
        end = next((i for i in range(top + 2, len(lines)) if not lines[i].lstrip().startswith("|")), len(lines))
        rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines[top:end] if not _TABLE_RULE.match(ln)]
        if len(rows) < 2 or any(_TRANSCRIPT_LABEL.search(h) and not _META_LABEL.search(h) for h in rows[0]):
            return None
        keys = [basic(r[0]) for r in rows[1:]]
    else:
        scored = [i for i, ln in enumerate(lines) if _SCORE_LINE.match(ln)]
        # a block of its own closing the reply, after a blank line: "Bring the tent. ⏎ tent: 2" may be dictated
        if not scored or scored[-1] - scored[0] + 1 != len(scored) or scored[-1] + 1 != len(lines) \
                or scored[0] < 2 or lines[scored[0] - 1].strip():
            return None
        top, end = scored[0], scored[-1] + 1
        keys = [basic(_SCORE_LINE.match(lines[i]).group("key")) for i in scored]  # type: ignore[union-attr]
    outside = "\n".join(lines[:top] + lines[end:]).strip()
    said = f" {basic(outside)} "
    if not all(k and f" {k} " in said for k in keys) or len(said.split()) <= sum(len(k.split()) for k in keys):
        return None
    return outside


#: Words set off in inline code ("says `Can you hear me now?` and then …"): markup quoting them, as quote marks do.
_INLINE_CODE = re.compile(r"(?<![`\w])`([^`\n\"\u201c\u201d]{3,300})`(?![`\w])")


def _code_quotes(s: str) -> str:
    """``s`` with inline code of several words quoted instead; one token (`model.py`) stays code."""
    return _INLINE_CODE.sub(lambda m: f'"{m.group(1)}"' if " " in m.group(1).strip() else m.group(), s)


def _surface(s: str) -> tuple[str, list[str]]:
    """``s`` without the markup around a transcript that is never read as words: HTML, Whisper's tokens, emoji before
    a label, emphasis around a quote, a leading note about the audio, speaker header lines, a table annotating the
    text. The steps taken."""
    from .hallucination import THINKING

    steps = []
    for step, clean in (("reasoning", lambda t: THINKING.sub("\n", t).strip()), ("html", _html_text),
                        ("whisper tokens", lambda t: _WHISPER_TOKEN.sub(" ", t).strip()),
                        ("emoji", lambda t: _LINE_EMOJI.sub("", t)),
                        ("inline code", _code_quotes), ("emphasis", lambda t: _EMPHASIZED_QUOTE.sub(r"\2", t)),
                        ("leading note", _leading_note), ("speaker headers", _speaker_blocks), ("footnotes", _no_footnotes),
                        ("text after the end marker", _before_end_marker),
                        ("annotation table", _annotation_table)):
        out = clean(s)
        if out and out != s:
            s, steps = out, [*steps, step]
    return s, steps


#: A first or second person (``refusal.PERSONAL``) who is the model listening to the audio ("I couldn't make out any
#: words"), or the user who sent it ("the clip you sent"): persons of the model's own voice about the audio.
_LISTENER = re.compile(rf"\b(?:i|we)\b[^,;.!?]{{0,30}}?\b(?:{_PERCEIVE}|listen\w*|detect\w*|notice\w*|identif\w*|find|found)\b"
                       r"|\b(?:that |which )?you(?:'ve| have)? (?:sent|provided|uploaded|shared|attached|gave|submitted)\b"
                       r"|\byour (?:audio|recording|clip|file|upload)\b")
#: A request or a warning to someone ("Don't talk.", "Never say never."): speech, never a note about the audio.
_IMPERATIVE = re.compile(r"^\W*(?:please\W+)?(?:don't|do not|never|let's|let us)\b")
#: The recording named, or its task: a note naming it speaks of the audio ("no lyrics on this track"); named in the
#: languages the no-speech reader reads too ("en esta grabación", "in dieser Aufnahme", "这段音频").
_RECORDING = re.compile(r"\b(?:audio|recording|clip|track|song|tune|piece|sound|file|voice message|transcri\w*"
                        r"|grabaci[oó]n|archivo|enregistrement|fichier|extrait|aufnahme|audiodatei|datei|registrazione"
                        r"|grava[cç][aã]o|arquivo|opname|запис\w*|аудио\w*)\b|音频|音頻|录音|錄音|音声|録音|오디오|녹음")
#: A note that is nothing but the absence of what the audio would hold, as a noun ("There are no vocals.", "No speech
#: detected.", "no words are spoken") or nobody speaking ("Nobody is talking."); "There was no speech at the ceremony"
#: and "Not a word to anyone." go on about the world.
_NO_SPEECH_NOUN = re.compile(r"^\W*(?:there(?:'s| is| are| was| were) )?(?:no|not any|zero) (?:[a-z]+ )?(?:speech|spoken \w+"
                             r"|words?|vocals|voices?|lyrics|dialogue|talking|singing|narration|conversation|utterances?)"
                             r"(?: (?:is|are|was|were|can be|could be))?(?: (?:detected|present|spoken|heard|audible|found|said"
                             r"|uttered))?(?: at all)?\W*$")
_NOBODY_SPEAKS = re.compile(r"^\W*(?:nobody|no one|no-one)(?: is| was)? (?:speaks|speaking|talks|talking|says anything"
                            r"|said anything)(?: at all)?\W*$")


#: The model's apology or regret opening a note, in the languages the no-speech reader reads ("Lo siento,", "Leider",
#: "抱歉，"): its own voice, as "Sorry," is in English, never a word heard.
_APOLOGY = re.compile(r"^\W*(?:lo siento(?: mucho)?|lo lamento|disculp[ae]|perd[oó]n|lamentablemente|desafortunadamente"
                      r"|d[ée]sol[ée]e?|je suis d[ée]sol[ée]e?|malheureusement|es tut mir leid|entschuldigung|leider"
                      r"|mi dispiace|purtroppo|scusa(?:te)?|desculp[ae]|sinto muito|infelizmente|het spijt me|sorry|helaas"
                      r"|извините|простите|к сожалению|抱歉|对不起|對不起|很遗憾|很遺憾|遗憾的是|遺憾的是|すみません"
                      r"|申し訳(?:ありません|ございません)が?|残念ながら|죄송합니다|죄송해요|미안합니다|아쉽게도)"
                      r"(?:[\s,.!;:\u3001\u3002\uff0c\uff01]+|$)", re.IGNORECASE)


#: A quote, double or single.
_QUOTE_SPAN = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{1,80})[\"\u201d]|(?<!\w)'([^'\n]{1,80})'(?!\w)")


def _names_task(quote: str) -> bool:
    """A short quote that restates the task: only the task's words (``_echoes_task``: "transcribe this clip") or a
    request naming transcription ("Can you transcribe this?"), the user's request quoted back, not words heard."""
    return _echoes_task(quote) or (len(quote.split()) <= 10 and bool(re.search(r"\btranscri", quote, re.IGNORECASE)))


def _unquote_task(text: str) -> str:
    """``text`` with a quote that restates the task (``_names_task``: 'You asked me to "transcribe this clip"') written
    without its marks."""
    return _QUOTE_SPAN.sub(lambda m: (m.group(1) or m.group(2)) if _names_task(m.group(1) or m.group(2)) else m.group(),
                           text)


def _says_no_speech(text: str, slot: bool = False) -> bool:
    """The reply is the model's own voice saying nobody speaks in the audio ("There are no vocals.", "I couldn't make out
    any words in this recording — it's too distorted.", "No hay voz en este clip.", "[No speech detected]"), quoting no
    words. The no-speech reader (``hallucination.clause_kinds``) finds an abstention and no invented words; the note is
    tied to the audio (it names the recording, the model listening, a sound heard, or is only the absence:
    ``_NO_SPEECH_NOUN``); and no clause but a follow-up to the user names a person other than the model listening or
    the user who sent the audio, or addresses someone. "No one is talking to me.", "Don't talk.", "Nothing to say." and
    "He never talks about his father." are someone's speech. ``slot``: the text fills a wrapper's transcript slot,
    where nobody speaking ("Nobody is talking.") is speech too."""
    from .hallucination import NO_SPEECH_OTHER_LANGUAGE, clause_kinds, is_abstention
    from .refusal import PERSONAL

    note = re.fullmatch(r"\s*[\[(]([^\[\]()]+)[\])]\s*", text)  # "[No speech detected]": the note in its brackets
    plain = _unquote_task((note.group(1) if note else text).replace("\u2019", "'"))
    plain = _APOLOGY.sub("", plain, count=1) or plain  # "Lo siento, no se escucha ninguna voz": the model's own regret
    if re.search(r"[\"\u201c\u201d\u00ab\u00bb]|(?<!\w)'[^'\n]+'(?!\w)", plain) or not is_abstention(plain):
        return False
    read = [(p.lower(), k) for p, k in clause_kinds(plain)]
    said = [p for p, k in read if k != "filler"]
    if any(_IMPERATIVE.match(p) or PERSONAL.search(_LISTENER.sub(" ", p)) for p in said):
        return False
    bare = [p for p, k in read
            if k == "abstention" and (_NO_SPEECH_NOUN.match(p) or (not slot and _NOBODY_SPEAKS.match(p)))]
    tied = any(k == "sound" or _RECORDING.search(p) or _LISTENER.search(p) for p, k in read)  # "I listened to the clip"
    return any(k == "abstention" for _, k in read) and bool(
        tied or bare or NO_SPEECH_OTHER_LANGUAGE.match(plain.strip().lower()))


#: A reply about the audio instead of its words: what it is about ("the speech is about …", not "is about to") or
#: something named in it ("the last name of the person mentioned in the speech is …").
_DESCRIBES_AUDIO = re.compile(rf"^\W*(?:(?:the|this) (?:{_MEDIA}|audio)(?: \w+)? (?:is|was) about (?!to\b)"
                              rf"|(?:the |this )?(?:[\w'-]+ ){{1,6}}(?:mentioned|named|referred to) in the {_MEDIA}\b)",
                              re.IGNORECASE)
#: The recording's speaker as the subject of a present-tense account of what they do ("the speaker is complaining about
#: …", "the caller wants to move …", "the two speakers discuss …"): the model telling what is said; a state ("the speaker
#: is late") may be said. Lower case: "The Speaker announced" is
#: a title in the news; the past tense is a story told in the speech.
_SPEAKER_ACCOUNT = re.compile(r"^\W*(?:the|both|the two|all) (?:speakers?|callers?|narrator|user|(?:person|man|woman|voice"
                              r"|people|men|women) (?:in|on|from) the (?:audio|recording|clip|voicemail|call|message))"
                              r" (?:[a-z]+ly )?(?:(?:is|are) (?:[a-z]+ly )?[a-z]{2,}ing|(?!(?:is|was|has|does)\b)[a-z]{2,}s)\b")


#: The same account in the reply's own language: "El hablante explica, en inglés, que …", "Le locuteur dit que …",
#: "Der Sprecher erklärt, dass …".
_SPEAKER_ACCOUNT_OTHER = re.compile(
    r"^\W*(?:el|la|le|il|lo|der|die|o|a) (?:hablante|locutora?|oradora?|interlocutora?|locuteur|locutrice|interlocuteur"
    r"|parlante|oratore|interlocutore|sprecher(?:in)?|falante) (?:explica|dice|cuenta|comenta|pide|pregunta|informa|anuncia"
    r"|explique|dit|raconte|demande|annonce|spiega|chiede|racconta|annuncia|erklärt|sagt|fragt|bittet|berichtet|diz|pede"
    r"|conta)\b", re.IGNORECASE)


def _describes_speech(text: str) -> bool:
    """The reply gives an account of the speech in the third person instead of its words ("The speaker is complaining
    about a late delivery and asks for a refund.", "In short, the caller wants to move their appointment …"): its first
    clause past fillers (``hallucination.clause_kinds``: "In short") and a
    verbless opener ("Basically,", "In summary,") has the recording's speaker as subject
    (``_SPEAKER_ACCOUNT``), it quotes nothing, and nobody speaks as "I", "we" or to "you" (``refusal.PERSONAL``): "In
    short, we need to leave now." and "The speaker is late, so we start without you." are said."""
    from .hallucination import clause_kinds
    from .refusal import PERSONAL

    plain = text.replace("\u2019", "'")
    if re.search(r"[\"\u201c\u201d\u00ab\u00bb]|(?<!\w)'[^'\n]+'(?!\w)", plain) or PERSONAL.search(plain.lower()):
        return False
    # past fillers and a verbless opener of one or two words ("Basically,", "In summary,")
    first = next((p for p, k in clause_kinds(plain) if k != "filler" and (len(p.split()) > 2 or _FINITE.search(p))), "")
    return bool(_SPEAKER_ACCOUNT.match(re.sub(r"^\W*[A-Z]", lambda m: m.group().lower(), first))
                or _SPEAKER_ACCOUNT_OTHER.match(first))


#: The recording as the subject of a clause: "The clip contains …", "This audio features …".
_RECORDING_SUBJECT = re.compile(rf"^\W*(?:the|this|that|your) (?:{_MEDIA}|audio|track|file|sample) (?:\w+ly )?"
                                r"(?:contains|features|has|had|holds|captures|includes|consists of|is|was|opens with"
                                r"|starts with|begins with|picks up)\b"
                                rf"|^\W*(?:this|it|that)(?: is|'s|\u2019s) (?:a|an|just a|just an) (?:\w+ )?"
                                rf"(?:{_MEDIA}|audio|track|sample) of\b", re.IGNORECASE)


def _describes_sounds(text: str) -> bool:
    """The reply describes what the recording holds as sounds instead of giving words ("The clip contains a crowd
    cheering and applause, with an announcer's voice too distant to make out."): it quotes nothing and its first clause
    past fillers has the recording as subject and names sounds (``hallucination.clause_kinds`` reads it as "sound");
    "The recording contains sensitive information." is said."""
    from .hallucination import clause_kinds

    if re.search(r"[\"\u201c\u201d\u00ab\u00bb]|(?<!\w)'[^'\n]+'(?!\w)", text.replace("\u2019", "'")):
        return False
    first = next(((p, k) for p, k in clause_kinds(text) if k != "filler"), None)
    return bool(first and first[1] == "sound" and _RECORDING_SUBJECT.match(first[0]))


#: The task's own words: a reply made only of them restates the instruction ("listen to the audio clip", "the speech
#: input must be transcribed as text", "Transcription.") and delivers no transcript.
_TASK_WORDS = frozenset("the a an this your speech audio clip recording input text transcribe transcribed transcription"
                        " transcript must needs need to be is as into written form convert converted please provide"
                        " listen spoken words output version file".split())


def _echoes_task(text: str) -> bool:
    from .text import basic

    words = basic(text).split()
    return bool(words) and all(w in _TASK_WORDS for w in words) and any(
        w.startswith("transcri") or w in ("speech", "audio", "recording", "clip") for w in words)


#: The model restating its transcript: "… which has been transcribed as …", "… transcribing this we get the text …",
#: "… which translates to …", followed by the same words again.
_RESTATED = re.compile(r"[\s,;:]+(?:which (?:has been |was |is |can be )?(?:then )?(?:transcribed|written|translated|rendered)"
                       r" (?:as|to|into)|which translates (?:to|into|as)|(?:transcribing|translating|converting) (?:this|it)"
                       r"(?: into text)?,?(?: (?:we|i|you) get| gives| yields)?(?: the (?:text|transcript|transcription))?)"
                       r"[\s,:]+", re.IGNORECASE)


#: Function words of the languages audio LLMs translate into or from, none of them an English word: a side of
#: "X which translates to Y" holding them is in another language than a side without.
_FOREIGN_WORDS = frozenset(
    "el los las del que es esta estas como donde por para con una il elle est le la les des du et une sont avec pour"
    " dans pas nous vous je tu au aux ce cette qui avoir etre der die das und ist nicht ein eine wird dann warum mit zu"
    " auf sie wir ich och att det ett suis sommes etes ai avons soy eres somos estoy bin bist sind habe hat"
    " nach auch noch mir mich dich dir sehr bitte heute nein kein keine muy pero gracias nos nous merci oui"
    " tr\u00e8s mais sono grazie della che molto questo n\u00e3o voc\u00ea muito est\u00e1 obrigado mi tu su".split())


def _foreign(words: list[str]) -> bool:
    return sum(w in _FOREIGN_WORDS for w in words) >= max(2, len(words) / 5)


#: English function words none of the languages in ``_FOREIGN_WORDS`` shares.
_ENGLISH_WORDS = frozenset("the is are was were i you to of and my with for it this that what where how please will would"
                           " can do does have has be we they he she your at on".split())


def _language_side(text: str) -> str | None:
    """"english" or "other" when ``text`` reads as only one of them (function words, letters outside ASCII), else None."""
    from .text import basic

    words = re.split(r"[\s'\u2019]+", basic(text))  # "we're" counts as "we"
    other = sum(w in _FOREIGN_WORDS for w in words) + bool(re.search(r"(?![\x00-\x7f])[^\W\d_]", text))
    english = sum(w in _ENGLISH_WORDS for w in words)
    return "other" if other and not english else "english" if english and not other else None


def _translation(head: str, tail: str) -> bool:
    """``tail`` restates ``head`` in another language: one side reads as English, the other as another language
    (``_language_side``): "Necesito ayuda con mi tarea." / "I need help with my homework."."""
    sides = {_language_side(head), _language_side(tail)}
    return sides == {"english", "other"}


def _drop_restatement(text: str) -> str | None:
    """``text`` without the model restating it after a transcribing/translating clause, or None: what follows the
    clause either mostly repeats the words before it or is their translation (one side in another language:
    "il est charmant which translates to he is charming"); "a phrase which translates to good luck" is speech."""
    from .text import basic

    for m in _RESTATED.finditer(text):
        head, again = basic(text[: m.start()]).split(), basic(text[m.end():]).split()
        if len(head) < 2 or not again:
            continue
        shared = sum(min(head.count(w), again.count(w)) for w in set(again))
        repeated = len(again) >= len(head) / 2 and shared >= 0.6 * len(again)
        translated = "transl" in m.group().lower() and _foreign(head) != _foreign(again)
        if repeated or translated:
            return text[: m.start()].rstrip(" ,;:")
    return None


#: Assistant talk to the user about the task, instead of or after a transcript: an opener, then a request or an offer
#: about the audio or the question ("sure i can help you transcribe the speech please provide me with the audio file",
#: "i am sorry i am not sure what you are asking could you please provide more context").
_TALK_OPENER = re.compile(r"(?:^|(?<=\s))(?:sure|certainly|of course|hello|i am sorry|i'm sorry|i\u2019m sorry|sorry"
                          r"|unfortunately|apologies"
                          # praise for the user's question: the model answering what the audio asked
                          r"|(?:great|good|excellent|interesting|fair) question)\b[\s,!.]"
                          # a request to give the audio again ("Could you please upload the audio again?")
                          r"|^(?:could|can|would) you (?:please )?(?:re-?upload|upload|re-?send|send|share|attach|provide)"
                          r"(?= (?:the |your |an? )?(?:audio|recording|file|clip)\b[^.?!]*\bagain\b)", re.IGNORECASE)
_TALK_TASK = re.compile(r"\b(?:transcri\w*|(?:the|this|that|an?|your) (?:audio|recording)(?: (?:file|clip))?"
                        r"|provide (?:more )?(?:context|details|information)|clarify|rephrase|your question"
                        r"|what you(?: are|'re|\u2019re) (?:asking|saying|trying to say)|language model"
                        # an offer to answer more ("Is there anything else you'd like to know about Australia?")
                        r"|anything else (?:you(?:'d|\u2019d| would) like to (?:know|ask|learn)|i can (?:tell|explain)))\b",
                        re.IGNORECASE)


def _assistant_talk(text: str) -> int | None:
    """Where assistant talk starts in ``text`` (0: the whole reply), or None. The talk runs to the end, addresses the
    user ("you") and names the model's task (transcribing, the audio, the question); "sorry I missed your speech" or
    "how can I help you" said by a speaker is no such talk."""
    for m in _TALK_OPENER.finditer(text):
        tail = text[m.start():]
        if _TALK_TASK.search(tail) and re.search(r"\byou(?:r)?\b", tail, re.IGNORECASE):
            return m.start()
    return None


#: A finite verb: "nobody is talking" is a sentence someone may say, "No speech detected" a placeholder.
_FINITE = re.compile(r"\b(?:is|are|was|were|am|be|been|do|does|did|has|have|had|can|could|will|would|shall|should|must"
                     r"|may|might|said|spoke|talked|asked|told|heard)\b|n't\b|'s\b|'re\b", re.IGNORECASE)


def _placeholder(text: str) -> bool:
    """The transcript slot of a wrapper holds a no-speech form, not words: a short verbless abstention ("_No speech
    detected._", "[silence]", "N/A", "music only") or a note that the audio holds no speech."""
    from .hallucination import is_placeholder
    from .text import basic

    short = len(basic(text).split()) <= 6 and not _FINITE.search(text.replace("\u2019", "'"))
    return (short or _says_no_speech(text, slot=True)) and is_placeholder(text)


#: What names the recording or its transcript in a header line ("Voicemail Transcription (Beta)", "Transcription
#: confidence: medium").
_NAMES_RECORDING = re.compile(rf"\b(?:transcri\w*|{_MEDIA}|audio|message|dictation|memo|voice note)\b", re.IGNORECASE)


#: A sentence with the recording or its transcript as subject, with or without an article: "This transcription was
#: generated automatically …", "Transcription may not be accurate."
_FRAME_SUBJECT = re.compile(rf"^\W*(?:(?:this|the|that|your) (?:[\w-]+ )?)?(?:transcri\w*|{_MEDIA}|audio|message)"
                            r" (?:was|is|has|had|may|might|can|could|will|were|are)\b"
                            # a caveat on the transcript's accuracy: "Accuracy may vary.", "Errors are possible."
                            r"|^\W*(?:the )?(?:transcription |transcript )?(?:accuracy|errors|mistakes) (?:may|might|can|could"
                            r"|is|are)\b", re.IGNORECASE)


def _header_line(line: str) -> bool:
    """A short line framing a message in an app's or a model's layout, not speech: no quote, at most twelve words, and
    verbless ("New voicemail from +1 (415) 555-0199 · 0:23", "Mensaje de voz (0:15):"), naming the recording or its
    transcript ("Was this transcription useful? Yes / No") or a metadata field ("Language: French"), or a sentence about
    the transcript itself ("This transcription was generated automatically."); "He told me:" and "She ran." are said."""
    if re.search(r"[\"\u201c\u201d\u00ab\u00bb\u201e\u300c\u300d\u300e\u300f]", line) or len(line.split()) > 12:
        return False
    if re.search(r"[.!?\u2026][*_)\]]*$", line):  # a sentence ("She ran.") is narration or speech
        # unless each sentence is about the transcript ("Accuracy may vary.") or a verbless credit naming it
        # ("Transcription provided by Visual Voicemail.")
        return all(_FRAME_SUBJECT.match(x) or (not _FINITE.search(x.replace("\u2019", "'")) and _NAMES_RECORDING.search(x))
                   for x in re.split(r"(?<=[.!?\u2026])\s+", line.strip()))
    field = re.match(r"^\W*([^:\n]{1,40}):", line)
    return not _FINITE.search(line.replace("\u2019", "'")) or bool(_NAMES_RECORDING.search(line)) or bool(
        field and _META_LABEL.search(_core(field.group(1))))


def _framed_quote(s: str) -> str | None:
    """The quoted words when the reply is one quote standing on lines of its own, every other line a header or
    footer framing it (``_header_line``): 'Voicemail Transcription ⏎⏎ "Hey, it's me …" ⏎⏎ Was this transcription
    useful? Yes / No', 'Mensaje de voz (0:15): ⏎ «Hola, soy …»'; else None."""
    lines = [ln.strip() for ln in s.splitlines() if ln.strip()]
    start = next((i for i, ln in enumerate(lines) if ln[0] in "\"\u201c\u00ab\u201e\u300c\u300e"), None)
    if start is None:
        return None
    q = _quoted("\n".join(lines[start:]))
    if not q or q[1].split("\n", 1)[0].strip(" \t.,;"):
        return None  # the quote must close at the end of a line
    after = q[1].strip().splitlines()
    others = [*lines[:start], *after]
    return q[0] if others and all(_header_line(ln) for ln in others) else None


#: What marks a line as an app's chrome: a pictograph or check mark, a middle dot or bullet between items, a time.
_CHROME = re.compile(rf"[{_PICTO}\u00b7\u2022|]|\b\d{{1,2}}:\d{{2}}\b")


def _frame_line(line: str) -> bool:
    """A header or footer line (``_header_line``) that is an app's, not a verbless line of speech nor a sentence: it
    names the recording or its transcript, is a metadata field, or carries chrome ("Dictation complete ✓", "Words: 14 ·
    0:06")."""
    field = re.match(r"^\W*([^:\n]{1,40}):", line)
    chrome = _NAMES_RECORDING.search(line) or _CHROME.search(line) or (field and _META_LABEL.search(_core(field.group(1))))
    return not re.search(r"[.!?\u2026][*_)\]]*$", line) and _header_line(line) and bool(chrome)


def _framed_text(s: str) -> str | None:
    """The one paragraph of unlabelled text when every other paragraph is an app's header or footer lines
    (``_frame_line``): "Dictation complete ✓ ⏎⏎ Dear Mr Lund, … ⏎⏎ Words: 14 · Duration: 0:06"; else None."""
    pars = [p.strip() for p in re.split(r"\n[ \t]*\n", s.strip()) if p.strip()]
    body = [p for p in pars if not all(_frame_line(ln) for ln in p.splitlines() if ln.strip())]
    if len(pars) < 2 or len(body) != 1 or _fields(body[0]):
        return None
    return body[0]


def extract_transcript(text: str) -> Extraction:
    """The transcript inside a chat model's answer to "transcribe this" (see the module doc); a wrapper whose transcript
    slot holds only a no-speech placeholder ("## Transcript ⏎ _No speech detected._") holds no transcript, when the
    whole reply reads as nothing said (``expect.no_speech`` then reads the reply; else it reads the slot)."""
    from .hallucination import inspect_nonspeech_output

    got = _extract(str(text))
    if got.steps and not got.refusal and _placeholder(got.text) and not inspect_nonspeech_output(
            _without_metadata(got.raw)).hallucinated:
        return Extraction(got.raw, got.raw, (*got.steps, "no-speech placeholder"), refusal=True)
    return got


def _without_metadata(text: str) -> str:
    """``text`` without its metadata fields ("**Speaker:** adult female", "Emotion: neutral"): a description of the
    voice beside a transcript slot is no words said."""
    parts = _fields(text)
    if not parts:
        return text
    kept = [f"{lab}: {v}" if lab else v for lab, v in _metadata_lines(parts) if not (lab and _is_meta(_core(lab), v))]
    return "\n".join(kept) if kept else text


def _extract(text: str) -> Extraction:
    raw = str(text)
    if _WHISPER_TOKEN.search(raw) and not _WHISPER_TOKEN.sub("", raw).strip():  # "<|nospeech|><|BGM|>": no word decoded
        return Extraction(raw, raw, ("special tokens only",), refusal=True)
    s, steps = _surface(raw.strip())
    marked = _markup(s)
    if marked and marked[1]:  # a JSON object or a table: structured output, never a refusal
        if not marked[0].strip():  # an empty transcript field: no transcript, kept whole
            return Extraction(raw, raw, (marked[1],), refusal=True)
        return Extraction(_drop_stage(marked[0]), raw, (marked[1],))
    announced = _after_frame(s)
    if announced:  # "… the wind masks consonants. My best transcription is: …": the model's frame, then the words
        s, steps = announced, [*steps, "frame, then the transcript announced"]
    elif _is_refusal(raw):
        return Extraction(raw, raw, (), refusal=True)
    if _tags_only(s):  # "[Applause] [Music]", "*applause*", "[BLANK_AUDIO]": no word was said
        return Extraction(raw, raw, (*steps, "tags only"), refusal=True)
    if _unquote_task(s) != s and _says_no_speech(s):  # 'You asked: "Can you transcribe this?" There is no speech …'
        return Extraction(raw, raw, (*steps, "no-speech note"), refusal=True)
    framed = _framed_quote(s)
    if framed:  # 'Voicemail Transcription ⏎⏎ "…" ⏎⏎ Was this transcription useful? Yes / No'
        return Extraction(_drop_stage(framed), raw, (*steps, "quote framed by header lines"))
    framed = _framed_text(s)
    if framed:  # "Dictation complete ✓ ⏎⏎ Dear Mr Lund, … ⏎⏎ Words: 14 · Duration: 0:06"
        s, steps = framed, [*steps, "text framed by an app's lines"]
    echo = _ECHOED_PROMPT.match(s)
    if echo and s[echo.end():].strip():  # "Transcribe the audio exactly. …" ⏎⏎ the transcript
        s = s[echo.end():].strip()
        steps.append("echoed prompt")
    asked = _ASKED_BACK.match(s) or _REQUEST_BACK.match(s)
    if asked and _ASKS_ABOUT_AUDIO.search(asked.group("q")) and s[asked.end():].strip():  # "What does the speaker say? → "…""
        s = s[asked.end():].lstrip()
        steps.append("restated question")
    intro = _INTRO_PARAGRAPH.match(s)
    if intro and s[intro.end():].strip() and not _VALUED_FIELD.search(intro.group()):
        s = s[intro.end():].strip()
        steps.append("lead-in paragraph")
    presented = _PRESENTS.search(s)
    if presented and presented.start() and _model_talk(s[:presented.start()]) and s[presented.end():].strip():
        s = s[presented.end():].strip()  # "Sure! Transcribing the audio now... ⏎⏎ Done. Here it is: ⏎ …"
        steps.append("lead-in: talk, then here it is")
    if marked:
        s = marked[0]
    elif _FENCE.search(s):
        fenced = _fenced(s)
        if fenced is not None:
            s = fenced
            steps.append("code fence")
        else:
            s = _FENCE.sub("\n", s).strip()
            steps.append("code fence")
    cues = _subtitles(s)
    if cues:
        return Extraction(_drop_stage(cues), raw, (*steps, "subtitles"))
    chat = _assistant_turn(s)
    if chat is not None:  # an echoed chat ("User: What does the speaker say? Assistant: …"): read the reply
        inner = extract_transcript(chat)
        return Extraction(inner.text, raw, ("chat turn: assistant", *inner.steps), inner.refusal, inner.confidence)
    quoted_block = _block_quote(s)
    if quoted_block is not None:
        s = quoted_block
        steps.append("block quote")
    elif all(ln.lstrip().startswith(">") for ln in s.splitlines() if ln.strip()) and (
            len([ln for ln in s.splitlines() if ln.strip()]) > 1 or s.lstrip().startswith(">>")):
        # every line of several quoted (">" a block quote, ">>" a caption's change of speaker): the text is inside
        s = "\n".join(re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in s.splitlines()).strip()
        steps.append("block quote")
    attributed = _ATTRIBUTION.sub("", s)
    if attributed != s and attributed.strip():  # "Close the window. ⏎ — Speaker 1"
        s = attributed.strip()
        steps.append("attribution")
    retimed = _TIME_LABEL.sub(lambda m: m.group("label") or " ", s)
    if retimed != s:  # "[SPEAKER_00 0.0-2.1] …", "SPEAKER_00 [00:00 - 00:02]: …", "[0.00s - 1.52s] …"
        s = re.sub(r"[ \t]{2,}", " ", re.sub(r"(?m)^[ \t]+|[ \t]+(?=:)|[ \t]+$", "", retimed)).strip()
        steps.append("timestamps")
    tagged = _LEADING_TAG.match(s)
    staged = _STAGE.fullmatch(tagged.group().strip()) if tagged else None
    if tagged and not (staged and _stage_direction(staged)):  # "(English) Thanks for calling, ...": a tag, no speech
        s = s[tagged.end():]
        steps.append("leading tag")
    body = _COURTESY.sub("", s, count=1)
    if body != s and (any(p.match(body) for _, p in _LEAD_INS) or _quoted(body) or _from_fields(body)):
        s = body
        steps.append("courtesy opener")
    untimed = _TIMESTAMP.sub(lambda m: m.group("emph") or "", s)  # emphasis opened before the time stays with the name
    if untimed != s and untimed.strip():
        s = untimed.strip()
        steps.append("timestamps")
    lead = next(((name, m) for name, p in _LEAD_INS if (m := p.match(s)) and s[m.end():].strip()), None)
    if lead:
        s = s[lead[1].end():].lstrip()
        steps.append(f"lead-in: {lead[0]}")
        # 'says, in a whisper, "…"', 'says, word for word: ⏎⏎ "…"', 'says — verbatim — "…"': how it is said, set off
        # before the quote; before a colon or a dash only a verbless phrase that names no speaker ("I told him: "…"",
        # "Anna: "…"" are said or a turn)
        manner = re.match(r"^(?:[\u2014\u2013]\s*)?[^\"\u201c.!?\n:\u2014\u2013]{1,40}?(?:,|(?P<colon>:|[\u2014\u2013]))\s*"
                          r"(?=[\"\u201c])", s)
        if manner and manner.group("colon") and (_FINITE.search(manner.group()) or re.match(
                rf"\W*(?:{_NAME})\W*$", manner.group()) or _SPEAKER_LABEL.match(manner.group().strip(" :\u2014\u2013"))):
            manner = None
        # after a lead-in naming the transcript ("Transcription:"), a clause before a quote is the speaker's own: in
        # "I told him, "Not today," and hung up." the quote is theirs, not the model's
        if manner and _quoted(s[manner.end():]) and lead[0] not in _NOUN_LEAD_INS:
            s = s[manner.end():]
        spoken_in = re.match(r"^(?:in|with|to|from)\b[^\"\u201c.!?\n:,]{1,30}:\s*(?=\S)", s)
        if spoken_in and lead[0] not in _NOUN_LEAD_INS:  # "The caller says, in German: Ich komme …": how, not what
            s = s[spoken_in.end():]
    interview = _qa_colons(s)
    if interview != s:  # "Q. Where were you? ⏎ A. At home."
        s = interview
        steps.append("interview labels")
    final = _final_version(s)
    if final:  # "Pass 1 (fast): … ⏎ Pass 2 (re-listened, final): …": tries at one transcript, the final one holds it
        return Extraction(_drop_stage(final), raw, (*steps, "final version"))
    turns = None if lead else _name_turns(s, wrapped=bool(steps))
    if turns:  # "Anna: Did you lock the car?\nBen: I think so."
        return Extraction(_drop_stage(" ".join(_unwrap_value(t) for t in turns)), raw, (*steps, "dialogue turns"))
    fielded = _from_fields(s, head_said=bool(lead), head_version=bool(lead) and lead[0] in _NOUN_LEAD_INS)
    if fielded:
        return Extraction(_drop_stage(fielded[0]), raw, (*steps, "fields: " + ", ".join(fielded[1])))
    # "**Emotion:** Angry ⏎ **Language:** Unknown — too muffled to transcribe": no words given
    if _metadata_only(s, led=bool(lead)):
        return Extraction(raw, raw, (*steps, "metadata fields only"), refusal=True)
    joined = _quotes_only(s)
    if joined:  # '"Lunch is ready." (Speaker 1) ⏎ "Coming!" (Speaker 2)'; quotes around speech are no words
        return Extraction(_drop_stage(joined), raw, (*steps, "quotes"))
    heard = None if lead else _heard_quote(s)
    if heard:
        return Extraction(_drop_stage(heard), raw, (*steps, "lead-in: what was heard + quote"))
    m = None if lead else _QUOTE_LEAD_IN.match(s)
    if m and _quoted(s[m.end():]) and _WHO_SPEAKS.search(m.group()):
        s = s[m.end():]
        steps.append("lead-in: says + quote")
    s = re.sub(r"^(?:>\s*)+", "", s)
    q = _quoted(s)
    # a quote, then the same words in another language ('"Je reviens." — I'll be back.'): the quote holds what was said
    if q and (steps or _is_commentary(q[1]) or (q[1].strip() and _translation(q[0], q[1].strip(" \t\n\u2014\u2013-()[]")))):
        turns = _with_turns(q)
        steps.append("quotes" if not q[1].strip() else "quotes + later turns" if turns != q[0] else
                     "quotes + trailing commentary")
        return Extraction(_drop_stage(turns), raw, tuple(steps))
    talk = _assistant_talk(s)
    if talk == 0 and not steps:  # only talk to the user: no transcript, kept whole
        return Extraction(raw, raw, ("assistant talk",), refusal=True)
    if talk:
        s = s[:talk].rstrip(" ,;:")
        steps.append("trailing assistant talk")
    restated = _drop_restatement(s)
    if restated:
        s = restated
        steps.append("restatement")
    s, dropped = _drop_commentary(s, bool(steps))
    if dropped:
        steps.append("trailing commentary")
    lines = [ln for ln in s.splitlines() if ln.strip()]
    if steps and len(lines) > 1 and all(_LIST_MARKER.match(ln) for ln in lines):
        s = _LIST_MARKER.sub("", "\n".join(lines))  # after a wrapper, a transcript given as list items: its lines
        steps.append("list items")
    staged = _drop_stage(s)
    if staged != s.strip():
        s = staged
        steps.append("stage directions")
    if not steps:
        if _says_no_speech(s):  # checked last: a transcript found above may well contain "no" and "speech"
            return Extraction(raw, raw, ("no-speech note",), refusal=True)
        if _DESCRIBES_AUDIO.match(s):
            return Extraction(raw, raw, ("a description of the audio",), refusal=True)
        if _describes_speech(s):
            return Extraction(raw, raw, ("an account of the speech",), refusal=True)
        if _describes_sounds(s):
            return Extraction(raw, raw, ("a description of the sounds",), refusal=True)
        if _echoes_task(s):
            return Extraction(raw, raw, ("the task echoed",), refusal=True)
        return Extraction(raw, raw, ())
    return Extraction(s.strip(), raw, tuple(steps), confidence=0.8 if steps[-1] == "trailing commentary" else 1.0)
