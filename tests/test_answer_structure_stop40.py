"""Yes/no answers about a target (issue 22, stop 40): shapes read from their structure, worded apart from the table
rows that showed them: a denial of "other" sounds, an exception after "apart from", a quoted work's title, an options
list echoed, an answer word that corrects a count upward, Chinese answers that restate the verb, Italian "sì", "hard to
say", a closing answer word and a negated noun opening the reply in other languages."""

from __future__ import annotations

import pytest

from pytest_audiotrust.probes.vocabulary import target_terms
from pytest_audiotrust.scoring.answers import explain

CASES = [
    # a denial of "other" sounds leaves out the sound the reply named
    ("Goat", "a goat", "A goat bleats a few times near the fence; no other animals can be heard.", "yes"),
    ("Bird", "birds", "Mostly wind. There is one sparrow chirping early on, and no further birds after that.", "yes"),
    # a sound word inside a quoted title names a work, not a sound heard
    ("Rain", "rain", 'Track title: "Rain on Glass" | Artist: unknown | Label: self-released', "unparseable"),
    ("Thunder", "thunder", "It is a song called 'Thunder Road', played on a piano.", "no"),
    # an options list offering both answers, none chosen: the question echoed back
    ("Siren", "a siren", "Question: Is there a siren in this audio? Choices: (a) yes (b) no", "unparseable"),
    # the answer word corrects a count upward
    ("Bark", "a dog barking", "No, it's not only one dog - at least three are barking at the mail carrier.", "yes"),
    # Chinese answers restate the verb with its object
    ("Bark", "a dog barking", "没有狗叫。只能听到汽车驶过的声音。", "no"),
    ("Doorbell", "a doorbell", "不是门铃，是微波炉加热结束的提示音。", "no"),
    # Italian "sì"
    ("Bark", "a dog barking", "Sì, c'è un cane che abbaia in lontananza.", "yes"),
    # "hard to say" in other languages leaves the question open
    ("Bark", "a dog barking", "Schwer zu sagen: es gibt ein kurzes Geräusch, aber es ist sehr leise.", "abstain"),
    ("Siren", "a siren", "Difícil de decir; hay un tono agudo al fondo, muy débil.", "abstain"),
    ("Bark", "a dog barking", "Es bellt etwas, aber ob es ein Hund oder ein Fuchs ist, kann ich nicht sagen.", "abstain"),
    ("Rain", "rain", "很难说，背景里有一些沙沙声。", "abstain"),
    # "apart from" / "aside from" make an exception to the denial, as "except" does
    ("Bark", "a dog barking", "There is nothing to hear aside from a small dog barking twice near the end.", "yes"),
    ("Siren", "a siren", "No traffic noise at all, apart from one distant siren.", "yes"),
    # a reasoning reply closing on its answer word in another language
    ("Doorbell", "a doorbell", "On entend des pas, puis quelqu'un frappe à la porte. Donc non.", "no"),
    ("Bark", "a dog barking", "Man hört ein Hecheln und kurz darauf ein lautes Bellen. Also ja.", "yes"),
    # a negated noun opening the reply in another language
    ("Siren", "a siren", "Aucune sirène. On entend surtout des oiseaux et le vent.", "no"),
    ("Bark", "a dog barking", "Ningún perro: son gallinas en un corral.", "no"),
    ("Bark", "a dog barking", "Kein Hund, aber eine Katze miaut im Hintergrund.", "no"),
    # controls: a denial that names the target, a title-free quote, a chosen option, a plain Chinese yes
    ("Goat", "a goat", "There are sheep, but no goats and no other animals.", "no"),
    ("Siren", "a siren", "Is there a siren? (a) yes (b) no. Answer: (a)", "yes"),
    ("Bark", "a dog barking", "No. There is not a single bark, only rain.", "no"),
    ("Bark", "a dog barking", "有，一只狗在叫。", "yes"),
]


@pytest.mark.parametrize(("label", "phrase", "reply", "expected"), CASES)
def test_structure_stop40(label: str, phrase: str, reply: str, expected: str) -> None:
    assert explain(reply, target_terms(label, phrase))[0].value == expected
