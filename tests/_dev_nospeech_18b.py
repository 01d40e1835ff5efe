"""DEV no-speech batch 18b (issue 22, task h32), written after the fixes table 18 led to, as a first-sight check that
they generalise: replies on clips with no speech, in the styles of table 18 and others (no speech said in more
languages and phrasings, Whisper closings in other languages, markdown and JSON reports, apologies that go on to name
the sound, lyrics). Labelled by reading: "empty", "abstained" or "hallucinated" (any invented words). A DEV table.
First score: ``tests/heldout_scores/dev_18b_first_score.txt``."""

from __future__ import annotations

EMPTY, ABSTAINED, HALLUCINATED = "empty", "abstained", "hallucinated"

NO_SPEECH: list[tuple[str, str]] = [
    ("Il n'y a pas de parole dans cet enregistrement, seulement du vent.", ABSTAINED),
    ("En este audio no se escucha a nadie hablar.", ABSTAINED),
    ("Im Audio ist keine Stimme zu h\u00f6ren.", ABSTAINED),
    ("Non c'\u00e8 nessuna voce, solo musica.", ABSTAINED),
    ("N\u00e3o h\u00e1 fala neste \u00e1udio.", ABSTAINED),
    ("\u8fd9\u6bb5\u97f3\u9891\u91cc\u6ca1\u6709\u4efb\u4f55\u4eba\u58f0\u3002", ABSTAINED),
    ("\uff08\u65e0\u4eba\u8bf4\u8bdd\uff0c\u4ec5\u6709\u80cc\u666f\u97f3\u4e50\uff09", ABSTAINED),
    ("\u97f3\u58f0\u306f\u542b\u307e\u308c\u3066\u3044\u307e\u305b\u3093\u3002", ABSTAINED),
    ("\u0412 \u0437\u0430\u043f\u0438\u0441\u0438 \u043d\u0435\u0442 \u0440\u0435\u0447\u0438, \u0442\u043e\u043b\u044c"
     "\u043a\u043e \u0448\u0443\u043c \u0434\u043e\u0436\u0434\u044f.", ABSTAINED),
    ("Silencio.", ABSTAINED),
    ("[Musik]", ABSTAINED),
    ("(\u97f3\u697d)", ABSTAINED),
    ("Merci d'avoir regard\u00e9 cette vid\u00e9o !", HALLUCINATED),
    ("Untertitel von Stephanie Geiges", HALLUCINATED),
    ("\u8c22\u8c22\u5927\u5bb6\u6536\u770b", HALLUCINATED),
    ("Obrigado por assistir!", HALLUCINATED),
    ("\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u044b \u0441\u0434\u0435\u043b\u0430\u043b DimaTorzok", HALLUCINATED),
    ("\u266b \u266b", ABSTAINED),
    ("(soft piano music)", ABSTAINED),
    ("I'm afraid there's no dialogue here at all \u2014 just a kettle coming to the boil.", ABSTAINED),
    ("The recording is about ten seconds of crickets at night. Nobody talks.", ABSTAINED),
    ("**Result:** no speech\n**Detected sounds:** dog barking, car passing", ABSTAINED),
    ('{"segments": [], "text": "", "language": "es"}', ABSTAINED),
    ("Speaker 0: [no speech]\nSpeaker 1: [no speech]", ABSTAINED),
    ("Transcript: \u2014\nComment: the audio seems to be a fire alarm test.", ABSTAINED),
    ("I couldn't find anything to transcribe. All I can hear is a washing machine.", ABSTAINED),
    ("No speech detected. \u00a1Gracias por ver!", HALLUCINATED),
    ("[music] So today we're going to talk about budgeting.", HALLUCINATED),
    ("\u266a Oh, the weather outside is frightful \u266a", HALLUCINATED),
    ('{"text": "Sous-titrage ST\' 501"}', HALLUCINATED),
    ("Transcript: Okay, thank you everyone.\nTone: calm", HALLUCINATED),
]
