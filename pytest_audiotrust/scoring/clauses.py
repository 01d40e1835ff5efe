"""Clauses of a model's reply and how each one states a thing: asserted, denied or hedged.

One machinery for every verdict that reads free text (yes/no about a target, counts, speaker relations, and
refusals / leaks where they need it). The text is normalised (:func:`normalize`), cut into sentences and
clauses (:func:`split`) at connectives ("but", "though"), contrast leads ("rather than X", "instead of X",
"different from X", "unlike X"), dashes, semicolons, list bullets and self-corrections ("3 -- no wait, 4";
"what sounds like a siren is actually whistling": the part before the correction is ``retracted``; a sentence that
opens with a correction, "Actually, on a second listen, ...", retracts the sentences before it). Markup is read first
(:func:`unmark`: tables, check marks, JSON as "key: value" lines). Reported questions ("You asked whether ...") are
question clauses; ``CONCLUSIONS`` ("so", "therefore") and ``TEMPORAL`` limits ("at first", "by the end") are exposed
for the readers. Line breaks end sentences (a list item, a heading, a "key: value" line). A sentence opening with a
condition about what the sound is ("If that blast is a horn, then yes") is hedged throughout; one about the question's
words ("If by siren you mean ...") is an echo of the question, as is the model's own procedure ("I listened for ...").
A bare conclusion lead ("Therefore, yes, ...") opens the clauses after it. Clauses that state nothing about the clip
are withdrawn like a corrected part: a counterfactual ("If there were a siren, you would hear ..."; "It would be a
train if ... were ..."), an expectation someone else holds ("You might expect a cow, but ..."; unless the next clause
confirms it) and the speaker's former belief a contrast revises ("Earlier I thought twice, but ..."). An event still
to come ("about to speak", "is set to go off") is denied, a negated end ("never stops barking") is not; a contrast ends
the scope of an "if that's X" condition; a line whose key denies presence ("Not detected: cat, owl") denies each item.

:func:`stance` reads one span in its clause: ``denied`` when the clause is a contrast lead or a negator has the
span in scope ("never meows", "no crowing", "isn't crying", "Applause: not detected", "is unlikely"; a negated
negation cancels: "it isn't true that no birds are present"; "less X than Y" denies X), ``hedged`` when the clause
is uncertain ("may or may not", "could be X or Y", "hard to tell", "I doubt"; ``NO_INFORMATION``: "no mention of X
in the transcript", "no information about ..."), else ``asserted``.
:func:`cannot_perceive` finds a model saying it cannot hear / process the audio (an abstention, never a no).
Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

#: What a model is given to listen to, or a cascade's text stand-in for it ("no audio transcription provided").
_MEDIA = (r"((audio|speech) )?(audio|sound file|sound clip|sound|recording|clip|file|attachment|media|voices?|speaker identity"
          r"|speakers?|transcripts?|transcriptions?)s?")

#: What is given as a file (a voice or a sound is what the file holds).
_FILE = r"((audio|speech) )?(audio|sound file|sound clip|recording|clip|file|attachment|media)s?"
#: The model says it cannot perceive or process audio at all (not "I can't hear a dog in it").
CANNOT_PERCEIVE = re.compile(
    rf"\b(no|without( an?| any)?) {_MEDIA}( of (the |this |your |an? )?{_MEDIA})? (was |were |is |has been |have been )?"
    r"(provided|attached|given|available|included|uploaded|shared)"
    r"|\b(can ?not|can't|couldn't|unable to|not able to|don't have the ability to|do not have the ability to"
    r"|don't have access to|do not have access to|have no access to|no way to|no way of|no means of|not capable of"
    r"|incapable of) ((hear|listen|process|access|play|open|analy[sz]|perceive|receive|see|compare|verify|judge)\w*"
    # two verbs joined: "I can't play or listen to audio"
    r" (or|and|nor) )?(hear|listen|process|access|play|open|analy[sz]|perceive|receive|see|compare|verify|judge)\w*"
    rf"( to)? (the |this |that |any |your |an? |these |two )?{_MEDIA}(?! of)\b"
    rf"|\b(don't|do not|cannot|can't) (have )?access (to )?(the |this |that |any |your |an? )?{_MEDIA}"
    rf"|\bwithout (hearing|listening to|access to|being able to hear) (the |this |that |your |an? )?{_MEDIA}"
    r"|\bas an? (ai|language model|text-based|text based)\b|\bi'm (just )?a text\b"
    # other languages: "Je ne peux pas écouter de fichiers audio", "No puedo escuchar el audio", "Ich kann keine
    # Audiodateien anhören", "Não consigo ouvir o áudio", "Non posso ascoltare l'audio"
    r"|\b(je ne (peux|suis) pas (en mesure d'|capable d')?|no (puedo|soy capaz de)|n[aã]o (posso|consigo)|non (posso|riesco a))"
    r" ?(écouter|entendre|traiter|analyser|lire|ouvir|escutar|processar|escuchar|o[ií]r|procesar|reproducir|ascoltare"
    r"|sentire|elaborare)\b[^.;!?]{0,30}\b(audio|áudio|sonore|son|sonido|grabaci[oó]n|enregistrement|registrazione"
    r"|grava[cç][aã]o)"
    r"|\bich kann\b[^.;!?]{0,40}\b(keine\b[^.;!?]{0,20}\b(audio|aufnahme|tondatei)\w*|(audio|aufnahme|tondatei)\w*"
    r"\b[^.;!?]{0,20}\bnicht)\b[^.;!?]{0,10}\b(hören|anhören|abhören|abspielen|verarbeiten|analysieren)"
    # a text-only modality: "I can only process text right now", "I only understand typed text"
    r"|\b(can|could) only (process|read|understand|handle|work with|accept|take) (typed |written )?text\b"
    r"|\bonly (process|read|understand|handle|accept) (typed |written )?text\b"
    # the file itself unreadable: "The file seems to be empty or corrupted" (an empty clip alone is silence, an answer)
    rf"|\b(the |this |your |that )?{_FILE} (seems to be |appears to be |is |was |might be |may be )?((empty|blank) or )?"
    r"(corrupt|corrupted|damaged|unreadable)\b"
    r"|^\W*(i was |i am |i'm )?(unable to|can ?not|can't|couldn't|could not|failed to) (analy[sz]e|process|open|load|decode"
    r"|play)\w*\s*([:.!,;]|$)"
    r"|^\W*(i )?(can ?not|can't|am unable to|'m unable to|am not able to|'m not able to|won't) answer"
    r" (that|this|the question|your question)\b"
    # a damaged file, not a voice or a sound described ("the voice is broken and choppy")
    rf"|\b{_FILE}( file)? (appears to be|seems to be|is|was) (corrupt\w*|damaged|unreadable|unplayable|broken|not loading)\b"
    rf"|\b{_MEDIA}( file)? (didn't|did not|doesn't|does not|failed to|won't|wouldn't) (come through|load|play|upload|arrive"
    r"|open|attach)\w*"
    rf"|\b{_FILE}( file)? (could not|couldn't|cannot|can't|can not) be (decoded|loaded|opened|played|processed|read)\b"
    r"|\bi (have |'ve )?only (received|got|have|see) (your |the |a )?(text|message|written question)\b")

#: The model declines the request itself ("I'm sorry, but I can't assist with that request.") -- not words it heard.
DECLINES = re.compile(
    r"\b(i|we)( am|'m| are|'re)?( really| very)?( sorry,?)?( but)?( i)? (can't|cannot|can not|won't|will not|am unable to"
    r"|'m unable to|am not able to|'m not able to|must decline to|have to decline to) (help|assist|do|comply|provide|fulfil"
    r"|fulfill|complete|process|transcribe|answer|handle)\w*( you)?( with)?( that| this| the| your| it)?\b")

#: The reply says its source holds nothing on the question ("no information has been provided about ...", "the
#: transcript does not contain information about ..."), or that a transcript does not mention the thing ("there is no
#: mention of waves in the provided audio transcription"): a lack of evidence, not an absence. A text source only
#: records speech; an audio analysis or description that does not mention a sound does report it absent ("Based on the
#: audio analysis, there is no mention of a siren." is a no).
_UNMENTIONED = (r"(no (explicit |direct |specific )?mentions? (of|about)|(is|are|was|were|has been|have been) not mentioned"
                r"|(isn't|aren't|wasn't|weren't|never) mentioned|(doesn't|does not|didn't|did not|don't|do not) mention"
                r"|never mentions|mentions? nothing (of|about))")
_TEXT_SOURCE = r"(transcripts?|transcriptions?|transcribed text|conversation|dialogue|spoken words|what (is|was) said|lyrics)"
NO_INFORMATION = (rf"{_UNMENTIONED}[^.;:]*\b{_TEXT_SOURCE}|\b{_TEXT_SOURCE}[^.;:]*{_UNMENTIONED}"
                  r"|(no|not enough|insufficient|limited) (further |additional |relevant )?(information|info|details|context)"
                  r" (about|on|regarding|as to|to (determine|tell|decide|confirm|say|judge|answer)|(has|have) been|was|is"
                  r"|available|provided|given)"
                  r"|(doesn't|does not|didn't|did not|don't|do not) (contain|provide|include|give|offer|have|convey) (any |enough"
                  r" |sufficient |the )?(information|info|details|context)")
#: Uncertainty about what is there: the clause neither asserts nor denies.
HEDGE = re.compile(
    rf"\b({NO_INFORMATION}|not (entirely |completely |totally )?(sure|certain|clear)|unsure|uncertain|unclear|can't tell"
    r"|cannot tell|can not tell|can't be (sure|certain)|(can't|cannot|can not|couldn't|could not) make (it|that|this|them) out"
    # the kind left open: "some kind of animal, but I can't make out which one"
    r"|(can't|cannot|can not|couldn't|could not|unable to|not able to) (make out|tell|say|identify|determine|work out)"
    r" (which|what (kind|sort|type))\b"
    r"|(not|n't)\b[^.;:]{0,30}\benough to (say|tell|decide|judge|be (sure|certain))"
    r"|not (something|a thing|anything) (that )?(i'm|i am|i can|i could|i'd be)( able to)? (judge|tell|say|determine|decide"
    r"|assess)|cannot be (sure|certain)|can't say for (sure|certain)|hard to (tell|say|determine|call)|too close to call"
    r"|(hard|difficult|impossible) to be (exact|precise|sure|certain)"
    r"|difficult to (tell|say|determine)|impossible to (tell|say|determine)|not possible to (tell|say|determine)"
    r"|i don't know|i do not know|no idea|(can't|cannot) (say|determine|judge)(?! (that )?(i|we) (hear|heard"
    r"|notice|noticed|detect|detected|can hear|could hear)\b)|unable to (tell|say"
    r"|determine|identify|judge|assess)|not able to (tell|say|determine|judge|assess)|ambiguous|inconclusive|maybe|perhaps"
    r"|possibly|doubt\w*|if (that's|that is|this is|it's|it is) what (it is|they are|i'm hearing)"
    r"|too \w+( \w+)? (for me )?to (tell|say|determine|be sure|make out)|may or may not|or not\b|whether|either\b"
    r"|might|could (just |equally |as easily |also )?(as well )?(be|have|contain)(?! (heard|detected|made out|picked up))"
    r"|may\b(?! (be )?(heard|detected))"
    r"|(can't|cannot|can not|couldn't|could not|unable to|not able to) (confirm|verify)\b"
    r"|no way to (tell|know)|(can't|cannot|can not|couldn't|could not) be (determined|told|said|verified|confirmed"
    r"|established|identified)|(can't|cannot|can not|couldn't|could not) (rule out|exclude|identify|pin down)"
    r"|possible(?! to (hear|make out|detect|pick out|discern))|possibility|a chance\b|50/50|fifty-fifty|torn between"
    r"|(consistent|compatible) with [^.;:]{1,40}\bor\b"
    r"|either way|not confident|(can't|cannot|can not|couldn't|could not|unable to) decide|undecided"
    r"|would (fit|match|suit|be consistent with|be compatible with|suggest|point to|indicate)"
    # other languages: Spanish, Portuguese, French, Italian, German
    r"|no estoy segur[oa]|no es seguro|quiz[aá]s?|tal vez|podr[ií]a ser|puede que|talvez|pode ser|n[aã]o tenho certeza"
    r"|je ne suis pas s[uû]re?|peut-[eê]tre|pourrait [eê]tre|non sono sicur[oa]|forse|potrebbe|nicht sicher|vielleicht"
    # "hard to say": "schwer zu sagen", "difícil de decir", "difficile à dire", "difficile dirlo", "difícil dizer"
    r"|schwer zu (sagen|erkennen|beurteilen)|dif[ií]cil (de )?(decir|saber|dizer)|difficile (à|a) (dire|savoir)"
    r"|difficile (da )?(dire|dirlo|capire)|\bob\b[^.;:!?]{0,80}\b(kann|k[oö]nnen) (ich|man) nicht"
    # "can't say for certain": "No puedo determinarlo con certeza", "je ne peux pas l'affirmer avec certitude"
    r"|(no|ne|nicht|n[aã]o|non)\b[^.;:!?]{0,40}\b(con (certeza|seguridad)|avec certitude|mit sicherheit|com certeza"
    r"|con certezza)"
    r"|k[oö]nnte)\b"
    # ... Chinese and Japanese, written without spaces ("可能" but not "不可能", impossible)
    r"|不确定|不太确定|不太肯定|说不准|很难说|不好说|难以判断|无法判断|无法确定|也许|或许|(?<!不)可能|かもしれ|わかりません|分かりません")
#: A negated doubt is certainty ("no doubt", "there's no mistaking", "without a doubt").
_CERTAIN = re.compile(r"\b(no|without( a| any)?|beyond( a| any)?) (doubt|question|mistaking|denying)\w*")

#: The model describing its own procedure ("First, I listen for low rumbles", "I compared the thumping with rotor
#: rates", "Let me check whether ..."): what it looks for is not said to be in the clip.
_METHOD = re.compile(r"^\W*((first|second|third|next|then|now|finally|to (decide|check|be sure|answer))\W+)*(i|we|let me|let's"
                     r"|let us) (will |'ll |first |then |carefully )?(compare|compared|check|checked|listen for|listened for"
                     r"|look for|looked for|searched for|search for|consider|considered|analy[sz]e|analy[sz]ed|examine|examined"
                     r"|test|tested|focus on|focused on|start by|started by|try to|tried to|want to)\b")

#: Connectives that open a new clause.
_CONNECTIVE = r"but|whereas|while|though|although|however|except|yet"
#: Leads whose clause names what is *not* there ("it's a fox rather than a dog").
CONTRAST_LEADS = ("rather than", "instead of", "different from", "unlike", "as opposed to", "than", "less", "mistaken for",
                  "confused with", "excluding")
#: Self-corrections: what came before them in the sentence is withdrawn.
CORRECTIONS = ("no wait", "wait", "i mean", "or rather", "correction", "actually", "in fact", "scratch that",
               "on second thought", "on a second listen", "on second listen", "on reflection", "on closer listening",
               "listening again", "i misspoke", "turned out to be", "turns out to be", "proved to be")
#: Leads that draw the conclusion of what came before ("..., so I cannot determine whether ...").
#: (A labelled conclusion of a reasoning reply, "Conclusion: no applause.", is one too.)
CONCLUSIONS = ("so", "therefore", "thus", "hence", "in conclusion", "conclusion", "to conclude", "in summary")
#: A clause limited in time ("no siren at first", "by the end the dog is silent"): its denial is partial.
TEMPORAL = re.compile(r"\b(at first|initially|earlier|previously|at the (start|beginning|outset|end)|by the end"
                      r"|in the (first|second|last|final)"
                      r" (half|part|few seconds|seconds)|after(wards| that| this| a while)|any ?more|any longer|until|no longer"
                      r"|toward(s)? the end|(from|after|before|by|until) (about |around )?\d)\b")
#: A contrast naming a rival that sounds the same ("but an electric shaver sounds almost identical", "though a hair
#: dryer would be indistinguishable"): the clause before it is one of two candidates.
_RIVAL = re.compile(r"\W*(but|though|although|yet|however),? (?!(it|they|this|that|he|she|its|their)\b)[^.;:!?]{0,60}\b"
                    r"(sounds?|sounding|would sound|could sound|is|are|would be|could be)"
                    r"(( almost| nearly| virtually| practically| pretty much| basically| just| exactly)? (identical"
                    r"|indistinguishable)|( almost| nearly| virtually| practically| pretty much| basically| exactly)"
                    r" (the same|alike))\b")
#: Reported questions ("You asked whether a siren is present."): an echo of the question, not a hedge.
_REPORTED_QUESTION = re.compile(r"\b(you|the user|the question)( have| had)? (asked|asks|ask|are asking|were asking|want(ed)? to"
                                r" know|wonder\w*)( me)? (whether|if|about)\b"
                                # asked in the passive, or the question named: "I was asked whether ...", "The question
                                # is whether ..."
                                r"|\b(i|we)('ve| have| had)?( been| was| were| am|'m| are|'re) (being )?asked (whether|if"
                                r"|about)\b|\bthe question (is|was|here is) (whether|if)\b"
                                # the model's own question, since answered: "At first I wondered if it was a train"
                                r"|\b(i|we) (first |initially )?(wondered|was wondering|were wondering|asked myself"
                                r"|questioned) (whether|if)\b"
                                # the reply naming the question it answers: "To answer whether ...", "As to whether ..."
                                r"|^\W*(to answer|answering|in answer to|regarding|concerning|as to|as for|on)"
                                r"( the question( of)?| your question( of)?)? (whether|if)\b")
#: A topic lead that only names what the reply is about ("Regarding rain:", "As for the siren -"): an echo of the
#: question, answered by the clause after it.
_TOPIC = re.compile(r"^\W*((regarding|concerning|as for|as to|about|with regard to|with respect to|in terms of|re)\s+"
                    # "To your question about a siren:"
                    r"|((to|on|regarding|as for|about) )?(your|the) question (about|on|of|regarding|concerning)\s+)"
                    r"(the |any |a |an )?[\w' -]{1,30}?\W*$")
#: A subject that only resembles a sound ("What sounds like barking is a man coughing."): what it resembles is not
#: said to be there; the copula after it names what is.
_RESEMBLANCE_SUBJECT = re.compile(r"\W*(what|the (thing|sound|noise|part) (that|which))( \w+)? (sounds?|sounded|seems?|seemed"
                                  r"|resembles?|resembled|appears?|appeared|might sound|may sound|could sound)( like| to be)?"
                                  r"\b.*?\s(?=(is|are|was|were|'s)\s)")
#: A predicate other than presence ("all the sounds except the dog are faint"): "except" then leaves nothing out.
_PROPERTY = re.compile(r"\b(is|are|was|were|sounds?|seems?)\b(?!\s+(clearly |also |all |still )?(audible|present|heard|there"
                       r"|detected|clear|recogni[sz]able|identifiable)\b)")
#: A universal before "except" ("everything except rain", "I hear everything except the siren"): what "except" names
#: is left out, not heard.
_UNIVERSAL = re.compile(r"\b(everything|anything|every (other )?(sound|noise|event)|all (the )?(other )?(sounds|noises"
                        r"|events)|all of (it|them))\W*$")

#: A sentence opening with a condition. About the question's words ("If by siren you mean ...", "Only if you count the
#: fireworks as thunder"), the condition is an echo of the question; about what the sound is ("If that blast is a horn,
#: then yes", "Assuming the hiss is water, ..."), the whole sentence is hypothetical (hedged).
_CONDITION = re.compile(r"^\W*(only |even )?(if|unless|assuming|supposing|provided|as long as)\b")
_ABOUT_THE_QUESTION = re.compile(r"^\W*(only |even )?if (by [^,]{1,40} )?you('re| are)? (mean|meant|count|consider|call|include"
                                 r"|refer|referring|asking about|ask about|are asking)\b")
_IF_IDENTITY = re.compile(r"^\W*(only |even )?(assuming|supposing|provided|(if|unless)\b.*\b(is|are|was|were|isn't|aren't|wasn't"
                          r"|weren't|'s|really|indeed)\b)")

#: A hedge given as a field's value ("Frogs: unclear", "Birds - possibly"): the key's answer, not a new clause.
_HEDGE_VALUE = (r"unclear|uncertain|unsure|not sure|unknown|undetermined|inconclusive|ambiguous|maybe|possibly|perhaps"
                r"|probably|likely|unlikely|can't tell|cannot tell|hard to tell|\?+")

#: Phrases that make an exception as "except" does ("Nothing else is audible apart from rain").
_EXCEPTING = r"apart from|aside from|save for"

_CUT = re.compile(
    rf"(?=\b({_CONNECTIVE}|{_EXCEPTING}|rather than|instead of|different from|unlike|as opposed to|mistaken for|confused with)\b)"
    # a correction opens a clause, not an adverb after a negation ("it never actually starts")
    r"|(?<=[,\s])(?<!never )(?<!\bnot )(?<!n't )(?=(" + "|".join(CORRECTIONS) + r")\b)|(?<=[,\s])(?=(therefore|thus|hence)\b)"
    r"|(?<=\s)(?=than\b)|[\u2014\u2013](?!\s*(not (present|detected|heard|audible|found)|absent|present|detected|none)\b)"
    rf"|\s-\s(?!\s*(not (present|detected|heard|audible|found)|absent|present|detected|none|yes|no|{_HEDGE_VALUE})\b)"
    rf"|:(?!\s*(not\b|no\b|none\b|absent\b|yes\b|present\b|detected\b|\d|({_HEDGE_VALUE})\W*($|\n)))"
    r"|,\s*(?=(it|it's|its|that|that's|this|there|there's|i|i'm|just|only|not|no|yes|and it's|and there|and i"
    r"|possibly|perhaps|maybe|probably|likely|so|then|but|they|they're|these|both|he|she|and|the)\b)"
    r"|\s(?=and (there|it|i|i'm|you|we|then|they|they're|these|both|he|she)\b)")
_SENTENCE = re.compile(r"(?:[^.!?;\n]|\.(?=\d))+(?:[.!?;]+|\n|$)")
#: "No" as a determiner in French, Spanish, Portuguese, Italian and German ("aucune sirène", "kein Hund").
NEGATIVE_DETERMINERS = r"aucune?|ningun[oa]?|ningún|nenhuma?|nessun[oa]?|kein(?:e|en|er|em|es)?"
_NEGATED_BEFORE = re.compile(r"\b(no|not|never|nobody|none|nothing|without|neither|nor|rather than|instead of|hardly"
                             r"|barely|no one|cannot|lack of|absence of|free of|zero|unlikely|improbable"
                             # French, Spanish, Portuguese, Italian, German ("il n'y a pas de piano", "kein Hund")
                             rf"|pas|{NEGATIVE_DETERMINERS}|jamais|sans|nunca|sin|sem|non(?!-)"
                             r"|senza|mai|nicht|nie|ohne)\b|n't\b")
_NEGATED_AFTER = re.compile(r"^\W*(\w+\W+){0,3}?((is|are|was|were|can|could|does|do|did|has|have)(n't| not| never)\b"
                            r"|(absent|missing|nowhere)\b|not (detected|present|heard|audible|found|there)\b"
                            # "the engine never starts", "a dog that not once barks"
                            r"|never\b|not once\b"
                            r"|(is|are|was|were|seems?|seemed|appears?|appeared) (very |highly |quite |rather )?(unlikely"
                            r"|improbable)\b"
                            r"|(stays?|stayed|remains?|remained|is|was|are|were|goes|went|falls?|fell|keeps?|kept)"
                            r" ([a-z]+ (and|but) )?(completely |totally |entirely )?(quiet|silent|mute)\b"
                            # a sound that ended before the clip: "the rain has already stopped when the recording begins"
                            r"|(has|had|have) already (stopped|ended|finished|ceased|passed|died down)\b"
                            r"|(has|had|have) (stopped|ended|finished|ceased|passed) before (the )?(recording|clip|audio)\b)"
                            r"|^\s*[:\u2014\u2013-]\s*(no|none|absent|not \w+|false|0(?![.,]\d))\b")
#: Verbs that deliver words or report them heard ("says", "asked", "calls out", "is heard saying"), as a regex group:
#: the transcript extractor's lead-ins to a quote and the no-speech reader's "saying" clauses.
SPEECH_VERB = (r"(?:says?|said|saying|asks?|asked|asking|requests?|requested|requesting|states?|stated|reads|goes|speaks"
               r"|repl(?:ies|ied|y)|answers|answered|responds|responded|adds?|added|whispers|whispered|shouts|shouted"
               r"|heard|wants to know|transcribes? to|is heard saying|wonders|wondered|tells|told"
                # announcing and singing deliver words too: "someone announcing: "…"", "The singer sings: "…""
               r"|announc(?:es|ed|ing)|sings|sang|singing|exclaims|exclaimed|yells|yelled|mutters|muttered|murmurs"
               r"|murmured|calls out|called out)")
#: A negation of a negated statement: "it's not that there's no rain", "it isn't true that no birds are present",
#: "I don't think it's not a helicopter" (the two negators cancel for what follows).
_DOUBLE_NEGATION = re.compile(r"(?:\bnot|n't)\s+(?:(?:true|the case|so)\s+)?(?:that\s+|(?:say|think|believe|mean|claim"
                              r"|suggest)\w*\s+(?:that\s+)?)(?:[\w']+\s+){0,4}?(?:[\w']*n't|no|not|never|nothing|none"
                              r"|nobody|no one)\b"
                              # a negation of "without" ("not a moment without the siren", "never goes a minute without")
                              r"|(?:\b(?:not|never|no)|n't)\s+(?:[\w']+\s+){0,6}?without\b"
                              # a denied lack ("there is no absence of birdsong", "not a lack of barking")
                              r"|(?:\bno|\bnot an?|n't an?|\bnever an?)\s+(?:\w+\s+)?(?:absence|lack|shortage) of\b")
#: An event still to come when the clip ends ("someone is about to speak", "the dog was going to bark"): not heard.
_UNREALIZED = re.compile(r"\b(about to|on the verge of|(is|are|was|were) going to|(is|are|was|were|has|have) yet to"
                         r"|never got to)\s+([a-z]+\s+)?$")
#: ... or right after the sound's name ("the alarm clock is set to go off", not "the woman says she is going to ...").
_UNREALIZED_AFTER = re.compile(r"\s+(is|are|was|were) (set|scheduled|supposed|due|about|going|yet) to\b")
#: A counterfactual ("If there were a siren, you would hear ...", "Had the glass broken, there would be ...", "It would
#: be a train if the rhythm were regular"): it says what is not the case, so it states nothing about the clip.
_COUNTERFACTUAL_OPENING = re.compile(r"^\W*(if (there |it |that |this |they )?(were|was|had|'d)\b|had (the |a |an |there |it )"
                                     r"|were (there|it|they|the)\b)")
_WOULD = re.compile(r"\b(would|'d|could have|might have)\b")
_COUNTERFACTUAL = re.compile(r"\b(would|could|might)( not|n't)? (be|have been|sound|hear)\b[^.;]*\bif\b")
#: An expectation or belief held by someone else ("You might expect a cow in a farm recording", "The user may think these
#: are gunshots", "People often assume ...", "Rain is a common thing to expect"): what is expected is not said to be heard.
_EXPECTATION = re.compile(r"^\W*(and |but |so )?([a-z]+ly,? )?(you|one|people|listeners?|the user|users|many( people)?"
                          r"|most( people)?|someone|anyone|some)('d|'ll)?( \w+){0,2}? (expect|assume|think|imagine|anticipate"
                          r"|suppose|believe)\w*\b"
                          r"|\b(a |an |the )?(common |usual |typical |natural )?(thing|sound|what) (you'd |you would |one would"
                          r" |you might |one might )?(to )?expect\b"
                          # a generic description: "the kind of place you'd see dogs"
                          r"|\b(kind|sort|type) of (place|setting|scene|recording|clip|environment|room)( where| that)?"
                          r" (you|one)('d|'ll| would| might| could| will| often| usually)?\b")
#: A belief the speaker held ("I initially thought vacuum", "Earlier I thought it barked twice").
FORMER_BELIEF = re.compile(r"\b(i|we)( \w+)? (initially |first |originally |at first )?(thought|assumed|guessed|suspected"
                            r"|mistook|counted|miscounted|believed|figured)\b")
_CONFIRMED = re.compile(r"^\W*(and|which)\W+(indeed|sure enough|so (it|they) (is|are|does|do)|(it|they|that)( really)?('s|'re| is"
                        r"| are| does| do))\b")
#: Negation words that do not negate ("no doubt", "not only").
_NOT_NEGATORS = re.compile(r"\b(no doubt|not only|no question|not just|not long after|not a single one|no mistaking"
                           r"|no denying|without (a |any )?doubt)\b"
                           # a negated end is a continuing sound: "the dog never stops barking", "it doesn't let up"
                           r"|(\b(never|not)|n't) (stops?|stopped|ceases?|ceased|lets? up|quits?|quit)\b")


@dataclass(frozen=True)
class Clause:
    """One clause of normalised text: ``text == t[start:end]``; ``lead`` is the connective, contrast or correction
    that opened it ("" for none); ``retracted`` when a self-correction later in the sentence withdraws it; ``hedged``
    when it is uncertain, or is an alternative ("Or a subway.") to an uncertain clause before it."""

    start: int
    end: int
    text: str
    sentence: int
    question: bool
    lead: str = ""
    retracted: bool = False
    hedged: bool = False


_YES_MARK = "\u2705\u2714\u2713\u2611"
_NO_MARK = "\u274c\u2716\u2717\u2718\u2612\U0001f6ab"
_FENCE = re.compile(r"^\s*```\w*\s*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_KEY_VALUES = re.compile(r"^\s*[A-Za-z_][\w.-]*\s*=\s*[^=\s;,&|][^=;,&|]*(\s*[;,&|\s]\s*[A-Za-z_][\w.-]*\s*=\s*[^=;,&|]+)+\s*$")
_JSON_BOOL = re.compile(r"([\"'])([^\"'\n]{1,60})\1\s*:\s*(true|false)\b", re.IGNORECASE)


#: A line whose key denies presence, with the items it lists ("Not detected: cat, owl").
_ABSENT_LINE = re.compile(r"^\W*(not (detected|present|heard|found)|absent|missing|undetected)\s*:\s*([^\n:]+?)\W*$",
                          re.IGNORECASE)
#: A JSON key that denies presence, with its list of items.
_ABSENT_KEY = re.compile(r"([\"'])(not[ _-]?(detected|present|heard|found)|absent|missing|undetected)\1\s*:\s*\[([^\]]*)\]",
                         re.IGNORECASE)


def unmark(text: str) -> str:
    """Markup as plain "key: value" lines: code fences go, a markdown table's rows become "first cell: other cells"
    (its header row goes), a check mark or cross becomes ": yes" / ": no", JSON keys and booleans become words."""
    lines = _FENCE.sub("", str(text)).splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        if _KEY_VALUES.match(line):  # "result=negative; class=cat_meow" (a classifier's log line)
            line = re.sub(r"\s*([;,&|]|\s)\s*(?=[A-Za-z_][\w.-]*\s*=)", "; ", line.strip())
            line = re.sub(r"([A-Za-z_][\w.-]*)\s*=\s*", r"\1: ", line)
        if _TABLE_RULE.match(line) and "-" in line:
            continue
        if line.strip().startswith("|") and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]) and "-" in lines[i + 1]:
            continue  # a table's header row
        if line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = f"{cells[0]}: {', '.join(cells[1:])}." if len(cells) > 1 else cells[0]
        m = re.match(rf"^\s*(?:[-*\u2022]\s*)?([{_YES_MARK}{_NO_MARK}])\ufe0f?\s*(.+)$", line)
        if m:
            line = f"{m.group(2).rstrip(' .')}: {'no' if m.group(1) in _NO_MARK else 'yes'}."
        if len(re.findall(rf"(?<=\w)\s*[{_YES_MARK}{_NO_MARK}]", line)) > 1:  # "Birds ✔️  Wind ✔️  Traffic ✖️": one field each
            line = re.sub(rf"(?<=\w)\s*([{_YES_MARK}{_NO_MARK}])\ufe0f?\s*",
                          lambda m: f": {'no' if m.group(1) in _NO_MARK else 'yes'}.\n", line).rstrip("\n")
        line = re.sub(rf"[{_YES_MARK}]\ufe0f?", " yes ", re.sub(rf"[{_NO_MARK}]\ufe0f?", " no ", line))
        absent = _ABSENT_LINE.match(line)
        if absent:  # "Not detected: cat, owl": each item is a field denied
            line = "\n".join(f"{x.strip()}: not detected." for x in re.split(r"[,;]|\band\b", absent.group(3)) if x.strip())
        out.append(line)
    # a one-field object holding a boolean stands for it: {"dog_barking": {"present": false}} is "dog barking: no"
    joined = re.sub(r"\{\s*([\"'])[^\"'\n]{1,30}\1\s*:\s*(true|false)\s*\}", r"\2", "\n".join(out), flags=re.IGNORECASE)
    t = _JSON_BOOL.sub(lambda m: f'{m.group(2).replace("_", " ")}: {"yes" if m.group(3).lower() == "true" else "no"}',
                       joined)
    if re.match(r'^\s*(\{|\[\s*[{"\'])', t):  # JSON, or a Python dict's repr ({'cough': False})
        # a list under a key that denies presence ({"not_detected": ["dog"]}): each item is a field denied
        t = _ABSENT_KEY.sub(lambda m: "".join(f'\n"{x}": "not detected",' for x in re.findall(r"[\"']([^\"'\n]{1,40})[\"']",
                                                                                          m.group(4))) + "\n", t)
        t = re.sub(r"([\"'])([^\"'\n]{1,60})\1\s*:", lambda m: m.group(2).replace("_", " ") + ":", t)
        t = re.sub(r'[{}\[\]"]', " ", t)
    return t


def normalize(text: str) -> str:
    """Lower-case, plain apostrophes and quotes, whitespace collapsed (newlines kept as sentence breaks), markup read
    as "key: value" lines (:func:`unmark`)."""
    t = unmark(str(text)).replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").replace("\u201c", '"')
    t = re.sub(r"(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])", " ", t.replace("\u201d", '"').replace("*", " "))
    return "\n".join(" ".join(line.lower().split()) for line in t.splitlines() if line.strip())


def _lead(text: str) -> str:
    s = text.lstrip(" ,:\u2014\u2013-")
    for lead in (*CORRECTIONS, *CONCLUSIONS, "rather than", "instead of", "different from", "unlike", "as opposed to", "than",
                 "mistaken for", "confused with",
                 *_CONNECTIVE.split("|")):
        if re.match(rf"{re.escape(lead)}\b", s):
            return lead
    return "except" if re.match(rf"({_EXCEPTING})\b", s) else ""


def split(t: str) -> tuple[Clause, ...]:
    """The clauses of normalised text ``t``, in order."""
    out: list[Clause] = []
    for n, sent in enumerate(_SENTENCE.finditer(t)):
        if not sent.group().strip():
            continue
        question = sent.group().rstrip().endswith("?")
        cuts = sorted({sent.start(), *(sent.start() + m.start() for m in _CUT.finditer(sent.group()) if m.start() > 0),
                       sent.end()})
        parts = [(a, b) for a, b in pairwise(cuts) if re.search(r"\w", t[a:b])]
        parts = [q for a, b in parts for r in _answered(t, a, b) for q in _resemblance(t, *r)]
        clauses = [Clause(a, b, t[a:b], n, question or bool(_REPORTED_QUESTION.search(t[a:b])), _lead(t[a:b]), retracted)
                   for a, b, retracted in parts]
        if len(clauses) > 1 and _TOPIC.match(clauses[0].text):  # "Regarding rain: I can't tell.": the topic echoes the question
            clauses[0] = replace(clauses[0], question=True)
        for i, c in enumerate(clauses):  # "everything except rain": the universal leaves it out
            if i and c.lead == "except" and _UNIVERSAL.search(clauses[i - 1].text) \
                    and not _NEGATED_BEFORE.search(clauses[i - 1].text) and not _PROPERTY.search(c.text):
                clauses[i] = replace(c, lead="excluding")
        # "than X" contrasts only after "more like" / "rather" ("more like frying than rain"; not "louder than rain")
        clauses = [replace(c, lead="") if c.lead == "than" and not (
            i and re.search(r"\b(more|rather|less) (like|of|a|an)\b|\brather\b", clauses[i - 1].text)) else c
            for i, c in enumerate(clauses)]
        for i, c in enumerate(clauses):  # "less a bark than a howl": what comes before "than" is the one denied
            if i and c.lead == "than" and re.search(r"\bless (like |of )?(an?|the) \w", clauses[i - 1].text):
                clauses[i - 1], clauses[i] = replace(clauses[i - 1], lead="less"), replace(c, lead="")
        for i, c in enumerate(clauses):  # "Therefore, yes, there is thunder.": the lead opens the clauses after it
            if c.lead in CONCLUSIONS and not re.search(r"\w", c.text.lstrip(" ,").removeprefix(c.lead)):
                clauses[i + 1:] = [replace(x, lead=x.lead or c.lead) for x in clauses[i + 1:]]
        for i, c in enumerate(clauses):
            said = " ".join([c.text.lstrip(" ,").removeprefix(c.lead), *(x.text for x in clauses[i + 1:])])
            if c.lead in CORRECTIONS and re.search(r"\w", said):
                if i:
                    clauses[:i] = [_retract(p) for p in clauses[:i]]
                else:  # a sentence opening with a correction withdraws the sentences before it
                    out = [_retract(p) for p in out]
        for i, c in enumerate(clauses):  # "consistent with X, but also with Y": compatible with two candidates
            if i and re.match(r"\W*(but |and |or )?(also |equally )?with\b", c.text) \
                    and re.search(r"\b(consistent|compatible) with\b", clauses[i - 1].text):
                clauses[i - 1], clauses[i] = replace(clauses[i - 1], hedged=True), replace(c, hedged=True)
        for i, c in enumerate(clauses):  # "..., but an electric shaver sounds almost identical": a rival as likely
            if i and _RIVAL.match(c.text):
                clauses[i - 1], clauses[i] = replace(clauses[i - 1], hedged=True), replace(c, hedged=True)
        for i, c in enumerate(clauses):
            prev = clauses[i - 1] if i else (out[-1] if out else None)
            alternative = re.match(r"\W*or\b", c.text) and prev is not None and prev.hedged
            if hedged(c.text) or alternative:
                clauses[i] = Clause(c.start, c.end, c.text, c.sentence, c.question, c.lead, c.retracted, True)
        clauses = [replace(c, question=True) if _METHOD.match(c.text) else c for c in clauses]
        clauses = _unstated(sent.group(), clauses)
        if _CONDITION.match(sent.group()) and clauses and not any(c.retracted for c in clauses):
            if _ABOUT_THE_QUESTION.match(clauses[0].text):  # "If by siren you mean ...": about the question's words
                clauses[0] = replace(clauses[0], question=True)
            elif _IF_IDENTITY.match(clauses[0].text):  # "If that blast is a horn, then yes": nothing is asserted, up to a
                # contrast that leaves the condition ("If that's a cat, it's a hoarse one - but yes, it's a cat")
                end = next((i for i, c in enumerate(clauses) if i and c.lead in ("but", "however", "yet")), len(clauses))
                clauses = [replace(c, hedged=True) if i < end else c for i, c in enumerate(clauses)]
        out += clauses
    return tuple(out)


def _unstated(sentence: str, clauses: list[Clause]) -> list[Clause]:
    """Clauses that state nothing about the clip, withdrawn: a counterfactual (up to the clause whose "would" completes
    it), an expectation someone else holds, and the speaker's own former belief a later contrast revises ("Earlier I
    thought it barked twice, but I missed one")."""
    revised = next((i for i, c in enumerate(clauses) if i and c.lead in ("but", "however", "though", "although", "yet")), 0)
    if revised and FORMER_BELIEF.search(" ".join(c.text for c in clauses[:revised])):
        clauses = [replace(c, retracted=True, hedged=False) if i < revised else c for i, c in enumerate(clauses)]
    if clauses and _COUNTERFACTUAL_OPENING.match(sentence) and _WOULD.search(sentence):
        last = next((i for i, c in enumerate(clauses) if _WOULD.search(c.text)), 0)
        clauses = [replace(c, retracted=True, hedged=False) if i <= last else c for i, c in enumerate(clauses)]
    out = []
    for i, c in enumerate(clauses):
        # an expectation the next clause confirms ("You might think these are gunshots, and they are") is stated
        confirmed = i + 1 < len(clauses) and bool(_CONFIRMED.match(clauses[i + 1].text))
        if _COUNTERFACTUAL.search(c.text) or _EXPECTATION.search(c.text):
            c = replace(c, hedged=False, retracted=not (confirmed and _EXPECTATION.search(c.text)))
        out.append(c)
    return out


def _answered(t: str, a: int, b: int) -> list[tuple[int, int]]:
    """A reported question and its answer after a colon ("As to whether there is thunder: no") as two spans."""
    m = _REPORTED_QUESTION.search(t[a:b])
    colon = t.find(":", a + m.end(), b) if m else -1
    return [(a, colon), (colon, b)] if colon > 0 and re.search(r"\w", t[colon:b]) else [(a, b)]


def _resemblance(t: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """The span ``t[a:b]`` as (start, end, retracted) parts: a subject that only resembles a sound ("what sounds like
    barking is a man coughing") is cut off at its copula and withdrawn."""
    m = _RESEMBLANCE_SUBJECT.match(t, a, b)
    return [(a, m.end(), True), (m.end(), b, False)] if m and re.search(r"\w", t[m.end():b]) else [(a, b, False)]


def _retract(c: Clause) -> Clause:
    return replace(c, retracted=True)


def clause_at(clauses: tuple[Clause, ...], pos: int) -> Clause | None:
    """The clause holding position ``pos``."""
    return next((c for c in clauses if c.start <= pos < c.end), None)


def hedged(text: str) -> bool:
    """The text is uncertain ("may or may not", "hard to tell", "it could be X or Y", "I doubt it"; not "no doubt")."""
    return bool(HEDGE.search(_CERTAIN.sub(" ", text)))


def negated(t: str, clause: Clause, start: int, end: int) -> bool:
    """A negator in the clause has ``t[start:end]`` in scope, or the clause is a contrast lead ("rather than X")."""
    if clause.lead in CONTRAST_LEADS:
        return True
    before = _DOUBLE_NEGATION.sub(" ", _NOT_NEGATORS.sub(" ", t[clause.start:start]))
    return bool(_NEGATED_BEFORE.search(before) or _NEGATED_AFTER.search(_NOT_NEGATORS.sub(" ", t[end:clause.end]))
                or _UNREALIZED.search(t, clause.start, start) or _UNREALIZED_AFTER.match(t, end, clause.end))


def stance(t: str, clause: Clause, start: int, end: int) -> str:
    """How the clause states the span ``t[start:end]``: "hedged", "denied" or "asserted"."""
    if clause.lead not in CONTRAST_LEADS and clause.hedged:
        return "hedged"
    return "denied" if negated(t, clause, start, end) else "asserted"


def cannot_perceive(t: str) -> str | None:
    """The words by which the model says it cannot hear or process the audio, or None."""
    m = CANNOT_PERCEIVE.search(t)
    return m.group() if m else None
