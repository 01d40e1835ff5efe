"""The fixture table: each entry's builder reads only the marker keys it declares, and builds distinct cases."""

from __future__ import annotations

import pytest

from pytest_audiotrust.fixture_table import BY_NAME, FIXTURES, Narrowing
from pytest_audiotrust.parametrize import known_marker_keys

MINIMAL = {"corruption": {"corruptions": ["noise.white"]}}


def _clip_entries(wanted, source):
    from pytest_audiotrust.clips import clip_set

    entries = clip_set(source or "bundled")
    return [e for e in entries if e.id in wanted] if wanted else entries


@pytest.mark.parametrize("entry", FIXTURES, ids=[f.name for f in FIXTURES])
def test_each_entry_builds_distinct_cases_from_its_declared_keys(entry):
    """A builder reading a key the entry does not declare raises KeyError here (the marker would not accept it)."""
    cases = entry.cases(entry.narrowing(MINIMAL.get(entry.name, {}), 1234, _clip_entries))
    ids = [entry.case_id(c) for c in cases]
    assert ids and len(set(ids)) == len(ids), ids[:5]
    assert set(entry.marker_keys) <= known_marker_keys()


def test_an_undeclared_marker_key_is_named():
    n = Narrowing("count_probe", {"events": ["dog"]}, ("count_events", "counts"), 1, _clip_entries)
    assert n.list("counts") is None
    with pytest.raises(KeyError, match=r"count_probe: marker key 'events' is not in its entry's marker_keys"):
        n.list("events")


def test_a_marker_value_narrows_the_cases():
    entry = BY_NAME["count_probe"]
    every = entry.cases(entry.narrowing({}, 1, _clip_entries))
    two = entry.cases(entry.narrowing({"counts": 2}, 1, _clip_entries))
    assert 0 < len(two) < len(every)
    assert all(c.n == 2 for c in two)


def test_seeding_follows_the_declaration():
    from pytest_audiotrust.seeding import derive_seed

    probe = BY_NAME["nonspeech_probe"]
    spec = probe.cases(probe.narrowing({"probes": ["silence.digital"]}, 1, _clip_entries))[0]
    assert probe.build(spec, 7, "node-a").metadata["seed"] == derive_seed(7, "probe", "silence.digital")
    corruption = BY_NAME["corruption"]
    case = corruption.cases(corruption.narrowing({"corruptions": ["noise.white"], "severities": [2]}, 1, _clip_entries))[0]
    assert corruption.build(case, 7, "t[x]").seed == derive_seed(7, "t[x]")
    assert BY_NAME["speech_clip"].seed_parts(object(), "t[x]") is None


def test_bad_entry_fields_are_rejected():
    from pytest_audiotrust.fixture_table import Fixture

    with pytest.raises(ValueError, match="seeded_by"):
        Fixture("x_probe", lambda n: [], seeded_by="clip")
