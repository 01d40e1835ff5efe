"""The probe catalog: what each probe holds is measured (levels, durations, VAD), seeded and bundled correctly."""

from __future__ import annotations

import json

import numpy as np
import pytest

from pytest_audiotrust import probes
from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.probes import pauses, questions
from pytest_audiotrust.probes.events import CO_OCCURS, POPULARITY, VOCABULARY, bundled_events, events_manifest
from pytest_audiotrust.scoring.vad import speech_regions

FAMILIES = {"silence", "noise", "tone", "music", "event", "garbage", "short"}


def _make(name: str, seed: int = 7):
    return probes.get(name).make(seed)


def test_catalog_covers_every_family_and_keeps_the_foundation_names() -> None:
    cat = probes.catalog()
    assert {p.family for p in cat.values()} == FAMILIES
    assert {"silence.digital", "noise.white_-30dBFS", "noise.white_-15dBFS"} <= set(cat)
    assert len(cat) >= 35
    assert all(p.description for p in cat.values())


@pytest.mark.parametrize("name", ["noise.white_-45dBFS", "noise.white_-15dBFS", "noise.pink_-40dBFS", "noise.pink_-20dBFS",
                                  "noise.brown_-35dBFS", "noise.brown_-15dBFS", "tone.sine_440Hz", "tone.sine_1kHz_loud"])
def test_named_level_is_the_measured_rms(name: str) -> None:
    a = _make(name).audio
    level = float(name.rsplit("_", 1)[1].removesuffix("dBFS")) if "dBFS" in name else (-6.0 if "loud" in name else -20.0)
    assert 20 * np.log10(a.rms) == pytest.approx(level, abs=0.5)


def test_silences_are_what_they_say() -> None:
    assert _make("silence.digital").audio.peak == 0.0
    dith = _make("silence.dithered").audio
    assert 0 < dith.peak <= 1 / 32768 and 20 * np.log10(dith.rms) == pytest.approx(-98.1, abs=0.5)
    assert -62 < 20 * np.log10(_make("silence.room_tone").audio.rms) < -56
    assert _make("silence.long_40s").audio.duration > 30
    assert all(_make(n).audio.duration < 0.5 for n in probes.names() if n.startswith("short."))


def test_garbage_probes_are_clipped_offset_or_clicky() -> None:
    clipped = _make("garbage.clipped_noise").audio.samples
    assert np.mean(np.abs(clipped) >= 0.98) > 0.5
    assert _make("garbage.dc_offset").audio.samples.mean() == pytest.approx(0.5, abs=1e-3)
    assert np.count_nonzero(_make("garbage.clicks").audio.samples) <= 40


def test_probes_are_seeded_and_bit_identical() -> None:
    for name in ("noise.pink_-20dBFS", "tone.plucked_melody_synthesised", "garbage.clicks"):
        assert _make(name, 1).audio.digest() == _make(name, 1).audio.digest()
        assert _make(name, 1).audio.digest() != _make(name, 2).audio.digest()


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_silero_vad_hears_no_speech_in_any_non_speech_probe(family: str) -> None:
    heard = {n: speech_regions(_make(n).audio).speech_s for n in probes.names() if probes.get(n).family == family}
    assert heard
    assert all(v == 0 for v in heard.values()), {n: v for n, v in heard.items() if v}


def test_silero_vad_hears_the_speech_clips() -> None:
    clip = bundled_clips()[0].load()
    vad = speech_regions(clip.audio)
    assert vad.speech_s > 0.6 * clip.audio.duration


def test_event_fixtures_are_small_licensed_and_match_their_manifest() -> None:
    rows = [json.loads(line) for line in events_manifest().read_text().splitlines() if line.strip()]
    folder = events_manifest().parent
    assert {r["id"] for r in rows} == set(bundled_events()) and len(rows) >= 12
    assert {r["license"] for r in rows} <= {"CC0-1.0", "CC-BY-3.0", "CC-BY-SA-3.0"}
    assert all(r["source"] and r["attribution"] and r["label"] and r["phrase"] for r in rows)
    assert sum(p.stat().st_size for p in folder.iterdir()) < 1.5 * 1024 * 1024
    for r in rows:
        a = bundled_events()[r["id"]].load()
        assert a.sample_rate == 16_000 and a.duration == pytest.approx(r["duration_s"], abs=0.01)
        assert a.peak > 0.1, r["id"]


def _event_script():
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "make_event_fixtures.py"
    spec = importlib.util.spec_from_file_location("make_event_fixtures", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return script, mod


def test_event_script_check_passes_on_the_committed_fixtures() -> None:
    import subprocess
    import sys

    script, _ = _event_script()
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "event fixtures: OK" in done.stdout


def test_event_script_check_catches_a_changed_file_and_a_missing_licence(tmp_path) -> None:
    import shutil

    _, mod = _event_script()
    folder = tmp_path / "events"
    shutil.copytree(events_manifest().parent, folder)
    data = bytearray((folder / "dog.flac").read_bytes())
    data[-100] ^= 0xFF
    (folder / "dog.flac").write_bytes(bytes(data))
    rows = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines()]
    rows[1]["license"] = ""
    (folder / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    problems = mod.check(folder)
    assert any("dog.flac sha256 differs" in p for p in problems), problems
    assert any("cow: missing 'license'" in p for p in problems), problems


# ----------------------------------------------------------------------------- question probes
def test_absent_sound_is_really_absent_and_chosen_by_its_strategy() -> None:
    specs = questions.absent_specs(1234)
    assert len(specs) == len(bundled_events()) * 3 * len(questions.PHRASINGS)
    assert len({s.id for s in specs}) == len(specs)
    for s in specs:
        assert s.asked_about != s.event and s.expected == "no"
        if s.strategy == "adversarial":
            assert s.asked_about in CO_OCCURS[s.event]
        if s.strategy == "popularity":
            assert s.asked_about in [k for k in POPULARITY if k != s.event][: questions.POPULAR_TOP_K]
    assert questions.absent_specs(1234) == specs
    assert [s.asked_about for s in questions.absent_specs(99) if s.strategy == "random"] != \
        [s.asked_about for s in specs if s.strategy == "random"]


def test_every_item_is_asked_in_several_phrasings() -> None:
    specs = questions.absent_specs(1, events=["frog"], strategies=["adversarial"])
    assert {s.question for s in specs} == {p.format(x="rain") for p in questions.PHRASINGS}
    assert len(questions.PHRASINGS) >= 3


def test_present_controls_and_mismatched_controls() -> None:
    present = questions.present_specs(events=["helicopter"])
    assert {s.expected for s in present} == {"yes"} and all(s.asked_about == "helicopter" for s in present)
    mm = {s.control: s.make(3) for s in questions.mismatched_specs(events=["helicopter"])}
    assert set(mm) == set(questions.CONTROLS)
    assert mm["silence"].audio.peak == 0 and mm["silence"].accept == ("abstain",)
    assert mm["other_event"].metadata["control"] == "other_event"
    assert questions.other_event("helicopter") not in CO_OCCURS["helicopter"]
    assert all(p.expected == "no" and "helicopter" in p.question for p in mm.values())


def test_question_probe_record_has_the_report_fields() -> None:
    rec = questions.absent_specs(1234, events=["dog"], strategies=["adversarial"], phrasings=[1])[0].make(5).record()
    assert rec["family"] == "absent" and rec["expected"] == "no" and rec["strategy"] == "adversarial"
    assert rec["question"] == "Do you hear a cat meowing in this recording? Answer yes or no."
    assert {"id", "description", "event", "asked_about", "phrasing"} <= set(rec)


def test_unknown_names_fail_with_a_suggestion() -> None:
    with pytest.raises(ConfigError, match="did you mean 'helicopter'"):
        questions.present_specs(events=["helicoptr"])
    with pytest.raises(ConfigError, match="did you mean 'adversarial'"):
        questions.absent_specs(1, strategies=["adversarial_"])
    with pytest.raises(ConfigError, match="phrasings"):
        questions.present_specs(phrasings=[7])
    assert set(VOCABULARY) >= set(POPULARITY)


# ----------------------------------------------------------------------------- long pause / truncation
@pytest.fixture(scope="module")
def clip():
    return next(e for e in bundled_clips() if e.id == "weather_01").load()


def test_pauses_add_the_silence_they_name(clip) -> None:
    n = clip.audio.resample(16_000).frames
    for variant, added in (("pause.leading_10s", 10.0), ("pause.trailing_10s", 10.0)):
        p = pauses.build(variant, clip, 1)
        assert (p.audio.frames - n) / 16_000 == pytest.approx(added, abs=0.01)
        assert p.reference == clip.transcript and p.expected == "transcript"
    for variant, added in (("pause.inside_6s", 6.0), ("pause.around_15s", 15.0)):
        p = pauses.build(variant, clip, 1)
        assert (p.audio.frames - 2 * n) / 16_000 == pytest.approx(added, abs=0.01)
        assert p.reference == f"{clip.transcript} {clip.transcript}"


def test_inside_pause_sits_between_two_utterances_and_vad_hears_the_gap(clip) -> None:
    other = next(e for e in bundled_clips() if e.id == "cmd_lights_01").load()
    p = pauses.build("pause.inside_6s", clip, 1, other)
    assert p.reference == f"{clip.transcript} {other.transcript}" and p.metadata["second_clip"] == "cmd_lights_01"
    vad = speech_regions(p.audio)
    gaps = [b[0] - a[1] for a, b in zip(vad.regions, vad.regions[1:], strict=False)]
    assert max(gaps) == pytest.approx(6.0, abs=0.6)


def test_pause_specs_pair_each_clip_with_the_next() -> None:
    entries = bundled_clips()[:3]
    specs = pauses.pause_specs(entries, ["pause.inside_6s", "pause.trailing_10s"])
    assert [s.partner.id for s in specs[:3]] == [entries[1].id, entries[2].id, entries[0].id]
    assert all(s.partner is None for s in specs[3:])


def test_cut_mid_word_stops_on_loud_speech(clip) -> None:
    x = clip.audio.resample(16_000).samples
    cut = pauses.mid_word(x)
    around = x[cut - 160 : cut + 160]
    assert np.sqrt(np.mean(around**2)) > 0.3 * np.sqrt(np.mean(x[np.abs(x) > 1e-3] ** 2))
    p = pauses.build("cut.mid_word", clip, 1)
    assert p.metadata["kept"] < 0.85


def test_unknown_pause_variant_fails_with_suggestion() -> None:
    with pytest.raises(ConfigError, match=r"did you mean 'cut\.mid_word'"):
        pauses.pause_specs(bundled_clips()[:1], ["cut.midword"])
