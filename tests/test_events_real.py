"""The bundled event sounds are real recordings that the bundled tagger (YAMNet) hears as their AudioSet label,
and every absent-sound question asks about a sound the tagger does not hear there."""

from __future__ import annotations

import numpy as np
import pytest

from pytest_audiotrust.models import yamnet
from pytest_audiotrust.probes import questions
from pytest_audiotrust.probes.events import ABSENT_BELOW, CO_OCCURS, LABELS, POPULARITY, VOCABULARY, bundled_events

EVENTS = sorted(bundled_events())


@pytest.fixture(scope="module")
def scores() -> dict[str, np.ndarray]:
    return {e: yamnet.clip_scores(bundled_events()[e].load()) for e in EVENTS}


def test_at_least_twelve_classes_named_by_audioset() -> None:
    names = set(yamnet.class_names())
    assert len(EVENTS) >= 12
    assert {bundled_events()[e].label for e in EVENTS} <= names
    assert set(LABELS.values()) <= names and set(LABELS) == set(VOCABULARY) == set(POPULARITY)
    assert set(CO_OCCURS) == set(EVENTS)


@pytest.mark.parametrize("event", EVENTS)
def test_every_bundled_event_is_recognised_as_its_label(scores, event: str) -> None:
    """Top-3 (counting ties against it: fewer than 3 classes score strictly higher) with p >= 0.5."""
    s = scores[event]
    i = yamnet.class_names().index(bundled_events()[event].label)
    above = int(np.sum(s > s[i]))
    assert s[i] >= 0.5 and above < 3, (event, yamnet.top_labels(s, 5))


@pytest.mark.parametrize("event", EVENTS)
def test_every_other_vocabulary_sound_is_absent_from_the_clip(scores, event: str) -> None:
    names = yamnet.class_names()
    heard = {k: round(float(scores[event][names.index(label)]), 2) for k, label in LABELS.items()
             if k != event and scores[event][names.index(label)] >= ABSENT_BELOW}
    assert not heard, heard


def test_absent_probes_of_every_strategy_ask_about_sounds_not_heard(scores) -> None:
    names = yamnet.class_names()
    specs = questions.absent_specs(1234)
    assert {s.strategy for s in specs} == set(questions.STRATEGIES)
    for s in specs:
        assert scores[s.event][names.index(LABELS[s.asked_about])] < ABSENT_BELOW, s.id
