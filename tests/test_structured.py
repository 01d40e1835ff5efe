"""``scoring.structured.as_text``: a reply written as data read as the words it says."""

from __future__ import annotations

import pytest

from pytest_audiotrust.scoring.structured import as_text


@pytest.mark.parametrize(("text", "expected"), [
    ('{"sound_events": ["church bells", "wind"], "speech": false}', "sound events: church bells, wind\nno speech"),
    ('```json\n{"answer": "yes", "details": {"source": "dog"}}\n```', "answer: yes\nsource: dog"),
    ('[{"label": "Dog", "score": 0.9}, {"label": "Bark", "score": 0.8}]', "label: Dog\nscore: 0.9\nlabel: Bark\nscore: 0.8"),
    ('{"speech": true, "transcript": null, "events": []}', "speech\ntranscript: none\nevents: none"),
    ("**Answer:** Yes\n**Reasoning:** the pitch rises.", "Answer: Yes\nReasoning: the pitch rises."),
    ("Dog (0.91), Bark (87%), Speech", "Dog, Bark, Speech"),
    # not data: left as it is
    ("{not json} but a brace", "{not json} but a brace"),
    ("Call me at 555 (0123) tomorrow, snake_case stays, 2*3 too.", "Call me at 555 (0123) tomorrow, snake_case stays, 2*3 too."),
])
def test_as_text(text: str, expected: str) -> None:
    assert as_text(text) == expected
