"""Clip sets: the bundled manifest validates and matches its generator; users' folders, manifests and datasets load
with clear errors."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from pytest_audiotrust.audio import Audio
from pytest_audiotrust.clips import bundled_clips, bundled_manifest, clip_set, read_manifest, read_rows
from pytest_audiotrust.errors import AudioError, ConfigError
from pytest_audiotrust.tts import VOICES

ROOT = Path(__file__).resolve().parents[1]
ORIGINAL = {  # tests elsewhere use these ids and transcripts
    "cmd_lights_01": "Turn off the lights in the kitchen.", "cmd_timer_01": "Set a timer for ten minutes.",
    "cmd_music_01": "Play some relaxing music in the living room.", "cmd_call_01": "Call my sister on her mobile phone.",
    "weather_01": "What is the weather going to be like tomorrow morning?",
    "question_train_01": "When does the next train to the city leave?",
    "dictation_01": "Please send the report to the whole team before Friday.",
    "dictation_02": "The meeting was moved to the small room on the second floor.",
}


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_fixtures", ROOT / "scripts" / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bundled_tts_set_validates() -> None:
    entries = clip_set("bundled:tts")
    assert len(entries) >= 24
    assert {e.id: e.transcript for e in entries if e.id in ORIGINAL} == ORIGINAL
    voices = {e.metadata["voice"] for e in entries}
    assert "en_us_joe" in voices and len(voices - {"en_us_joe"}) >= 5 and voices <= set(VOICES)
    assert {e.metadata["category"] for e in entries} == {"command", "question", "dictation", "numbers", "names"}
    total = 0
    for e in entries:
        assert e.metadata["license"].startswith("CC0-1.0"), e.id
        assert e.metadata["voice_id"].startswith(("espeak:", "piper:")), e.id
        assert e.metadata["speaker"] == e.metadata["voice_id"], e.id
        info = sf.info(str(e.path))
        assert (info.format, info.samplerate, info.channels) == ("FLAC", 16_000, 1), e.id
        assert 1.0 < info.duration < 8.0, e.id
        total += e.path.stat().st_size
    assert total < 2_500_000, f"bundled clips take {total} bytes; keep them small"


def test_bundled_real_set_is_people_with_a_licence_each() -> None:
    entries = clip_set("bundled:real")
    assert len(entries) >= 60
    speakers = {e.metadata["speaker"] for e in entries}
    assert "Allison Smith" in speakers and len(speakers) >= 2
    total = 0
    for e in entries:
        assert e.metadata["license"].split()[0] in ("CC-BY-SA-3.0", "Public-Domain"), e.id
        assert e.metadata["source"].startswith("Debian ") and e.metadata["attribution"], e.id
        assert not e.transcript.startswith("[") and "..." not in e.transcript, e.id
        info = sf.info(str(e.path))
        assert (info.format, info.samplerate, info.channels) == ("FLAC", 16_000, 1), e.id
        assert 0.8 < info.duration < 12.0, e.id
        total += e.path.stat().st_size
    assert total < 4_500_000, f"real clips take {total} bytes; keep them small"


def test_bundled_selectors_combine_and_partition_the_set() -> None:
    everything = clip_set("bundled")
    real, tts = clip_set("bundled:real"), clip_set("bundled:tts")
    assert sorted(e.id for e in real + tts) == sorted(e.id for e in everything)
    assert not {e.id for e in real} & {e.id for e in tts}
    commands = clip_set("bundled:real,category=command")
    assert commands and {e.metadata["category"] for e in commands} == {"command"}
    assert {e.id for e in commands} == {e.id for e in real if e.metadata["category"] == "command"}
    both = clip_set("bundled:category=command")
    assert {e.metadata["source_kind"] for e in both} == {"real", "tts"}
    assert len(clip_set("bundled:lang=en")) == len(everything)  # "en" matches en-US too
    assert {e.id for e in clip_set("bundled:lang=en-US")} == {e.id for e in real}


@pytest.mark.parametrize(("value", "message"), [
    ("bundled:rael", r"unknown selector 'rael'; expected real or tts, category=NAME or lang=CODE"),
    ("bundled:speaker=Allison", r"unknown selector 'speaker=Allison'"),
    ("bundled:category=commands", r"no bundled category 'commands'; categories are \[.*'command'"),
    ("bundled:real,lang=fr", r"'bundled:real,lang=fr': the selectors leave no bundled clip"),
])
def test_a_bad_bundled_selector_names_the_value_and_the_choices(value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        clip_set(value)


def test_the_real_clip_script_check_passes_and_catches_a_changed_file(tmp_path: Path) -> None:
    import subprocess

    script = ROOT / "scripts" / "make_real_clips.py"
    ok = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "real clips" in ok.stdout and "match their manifest lines" in ok.stdout
    copy = tmp_path / "clips"
    shutil.copytree(bundled_manifest().parent, copy)
    victim = next(e for e in clip_set("bundled:real") if e.id == "allison_vm_sorry")
    audio = Audio.load(victim.path)
    audio.with_samples(audio.samples * 0.5).save(copy / "real" / victim.path.name, subtype="PCM_16")
    bad = subprocess.run([sys.executable, str(script), "--check", "--out", str(copy)], capture_output=True, text=True)
    assert bad.returncode == 1 and "allison_vm_sorry.flac" in bad.stderr and "differs from its manifest line" in bad.stderr


def test_generator_reproduces_the_committed_clips() -> None:
    gen = _generator()
    committed = [json.loads(line) for line in bundled_manifest().read_text().splitlines()]
    assert [json.loads(line) for line in gen.manifest_lines()] == [c for c in committed if c["source_kind"] == "tts"]
    # one eSpeak clip bit-identical, one Piper clip within the SNR bound
    assert gen.compare("numbers_date_01", "espeak", bundled_manifest().parent / "numbers_date_01.flac", 30.0) is None
    assert gen.compare("question_egg_01", "piper", bundled_manifest().parent / "question_egg_01.flac", 30.0) is None


def test_generator_check_catches_a_changed_clip_or_transcript(tmp_path: Path) -> None:
    gen = _generator()
    wrong = tmp_path / "cmd_lights_01.flac"
    Audio.load(bundled_manifest().parent / "cmd_timer_01.flac").save(wrong, subtype="PCM_16")
    why = gen.compare("cmd_lights_01", "espeak", wrong, 30.0)
    assert why and "cmd_lights_01.flac" in why
    noisy = tmp_path / "question_egg_01.flac"
    egg = Audio.load(bundled_manifest().parent / "question_egg_01.flac")
    rng = np.random.default_rng(0)
    egg.with_samples(egg.samples + 0.05 * rng.standard_normal(egg.frames).astype(np.float32)).save(noisy, subtype="PCM_16")
    assert "Piper output differs (SNR" in gen.compare("question_egg_01", "piper", noisy, 30.0)
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(bundled_manifest().read_text().replace("Set a timer for ten minutes.", "Set a timer for five minutes."))
    problems = gen.manifest_problems(tmp_path)
    assert len(problems) == 1 and "manifest.jsonl:2: is" in problems[0] and "five minutes" in problems[0]
    assert gen.manifest_problems(bundled_manifest().parent) == []


def _clip_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    for e in bundled_clips()[:3]:
        shutil.copy(e.path, folder / e.path.name)
        (folder / f"{e.id}.txt").write_text(e.transcript + "\n")
    return folder


def test_a_folder_of_audio_and_txt_transcripts(tmp_path: Path) -> None:
    folder = _clip_dir(tmp_path)
    entries = clip_set(str(folder))
    assert [e.id for e in entries] == sorted(e.id for e in bundled_clips()[:3])
    clip = entries[0].load()
    assert clip.transcript == dict(ORIGINAL)[clip.id] and clip.audio.sample_rate == 16_000
    (folder / "extra.wav").write_bytes((folder / f"{entries[0].id}.flac").read_bytes())
    with pytest.raises(ConfigError, match=r"extra.wav has no transcript; expected extra.txt next to it"):
        clip_set(str(folder))
    (folder / "extra.txt").write_text("  ")
    with pytest.raises(ConfigError, match=r"transcript extra\.txt is empty"):
        clip_set(str(folder))
    (folder / "extra.txt").write_text("hello")
    (folder / "extra.wav").write_bytes(b"this is not audio")
    bad = next(e for e in clip_set(str(folder)) if e.id == "extra")
    with pytest.raises(AudioError, match=r"extra\.wav.*not readable as audio"):
        bad.load()
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match="no audio files"):
        clip_set(str(tmp_path / "empty"))


def test_manifest_with_a_missing_audio_file_names_the_line(tmp_path: Path) -> None:
    m = tmp_path / "m.jsonl"
    m.write_text('{"id": "a", "file": "a.flac", "transcript": "x"}\n')
    with pytest.raises(ConfigError, match=r"m.jsonl:1: audio file for clip 'a' not found"):
        read_manifest(m)


ROWS_MODULE = '''
import numpy as np
def rows():
    t = np.arange(16000) / 16000
    return [{"audio": {"array": 0.1 * np.sin(2 * np.pi * 220 * t), "sampling_rate": 16000}, "sentence": "a tone", "id": "t1"},
            {"audio": {"path": %r}, "sentence": "turn off the lights", "id": "t2"}]
def broken():
    return [{"wav": None, "sentence": "x"}]
'''


def test_rows_from_a_python_factory_like_a_hf_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(next(e.path for e in bundled_clips() if e.id == "cmd_lights_01"))
    (tmp_path / "my_rows.py").write_text(ROWS_MODULE % path)
    monkeypatch.syspath_prepend(str(tmp_path))
    entries = clip_set("python:my_rows:rows?text=sentence&id=id")
    assert [e.id for e in entries] == ["t1", "t2"] and entries[1].transcript == "turn off the lights"
    assert entries[0].load().audio.duration == 1.0 and entries[1].load().audio.sample_rate == 16_000
    with pytest.raises(ConfigError, match=r"row 0: no audio column 'audio'; columns are \['sentence', 'wav'\]"):
        clip_set("python:my_rows:broken?text=sentence")
    with pytest.raises(ConfigError, match=r"row 0: no text column 'text'"):
        clip_set("python:my_rows:rows")
    with pytest.raises(ConfigError, match="unknown option"):
        clip_set("python:my_rows:rows?txt=sentence")


class _FakeSplit(list):
    column_names = ("audio", "transcription")


def test_dataset_like_objects_are_checked_by_column_names() -> None:
    with pytest.raises(ConfigError, match=r"no text column 'text'; columns are \['audio', 'transcription'\] .*\?text=NAME"):
        read_rows(_FakeSplit(), "hf:x")
    rows = _FakeSplit([{"audio": {"bytes": b"junk", "path": None}, "transcription": "hi"}])
    entry = read_rows(rows, "hf:x", text="transcription")[0]
    with pytest.raises(AudioError, match="clip set hf:x row 0: unreadable audio"):
        entry.load()


@pytest.mark.skipif("datasets" in sys.modules or importlib.util.find_spec("datasets") is not None,
                    reason="datasets is installed")
def test_saved_dataset_without_the_datasets_package_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="needs the 'datasets' package"):
        clip_set(f"hf:{tmp_path}?split=test")


def test_unknown_clip_source_lists_the_forms() -> None:
    with pytest.raises(ConfigError, match=r"not found; expected 'bundled' \(or bundled:real.*a \.jsonl manifest, a folder"):
        clip_set("no/such/place")


def test_the_plugin_takes_a_folder_from_audiotrust_clips(pytester: pytest.Pytester, tmp_path: Path) -> None:
    folder = _clip_dir(tmp_path)
    pytester.makeini(f"[pytest]\naudiotrust_clips = {folder}\n")
    pytester.makepyfile("def test_clip(speech_clip):\n    assert speech_clip.transcript\n")
    result = pytester.runpytest("-v", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["*test_clip[[]clip:cmd_music_01[]] PASSED*"])
    result.assert_outcomes(passed=3)



def test_a_marker_clip_set_overrides_the_session_set_for_that_test(pytester: pytest.Pytester, tmp_path: Path) -> None:
    folder = _clip_dir(tmp_path)
    pytester.makeini(f"[pytest]\naudiotrust_clips = {folder}\n")
    pytester.makepyfile('''
import pytest

def test_session_set(speech_clip):
    pass

@pytest.mark.audiotrust(clip_set="bundled:real,category=reading")
def test_readings(speech_clip):
    assert speech_clip.metadata["source_kind"] == "real" and speech_clip.metadata["category"] == "reading"
''')
    result = pytester.runpytest("-q", "-p", "no:cacheprovider", "--collect-only")
    ids = [ln for ln in result.stdout.lines if "::" in ln]
    readings = [e.id for e in clip_set("bundled:real,category=reading")]
    assert sorted(i.split("clip:")[1].rstrip("]") for i in ids if "test_readings" in i) == sorted(readings)
    assert len([i for i in ids if "test_session_set" in i]) == 3  # the folder's three clips, untouched
    assert pytester.runpytest("-q", "-p", "no:cacheprovider", "-k", "readings").ret == 0

HF_SPEC = '''
import numpy as np
from pytest_audiotrust import expect
from pytest_audiotrust.audio import Audio

SOURCES = %r


def test_the_clip_is_the_recording(speech_clip):
    original = Audio.load(SOURCES[speech_clip.id])  # what was put into the dataset, read here directly
    assert speech_clip.audio.sample_rate == original.sample_rate
    assert np.array_equal(speech_clip.audio.samples, original.samples)
    assert speech_clip.transcript == speech_clip.metadata["expected"]


def test_whisper_hears_the_transcript(audiotrust_model, speech_clip):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.35)
'''


def _hf_dataset(tmp_path: Path, split: bool) -> tuple[Path, dict[str, str]]:
    datasets = pytest.importorskip("datasets")
    chosen = [e for e in clip_set("bundled:real") if e.id in ("allison_vm_sorry", "allison_vm_delete", "librivox_austen_0880")]
    table = datasets.Dataset.from_dict({
        "audio": [str(e.path) for e in chosen], "sentence": [e.transcript for e in chosen],
        "key": [e.id for e in chosen], "expected": [e.transcript for e in chosen],
    }).cast_column("audio", datasets.Audio(sampling_rate=16_000))
    saved = tmp_path / "my_dataset"
    (datasets.DatasetDict({"test": table}) if split else table).save_to_disk(str(saved))
    return saved, {e.id: str(e.path) for e in chosen}


def test_a_saved_hf_dataset_with_an_audio_column_runs_a_spec(pytester: pytest.Pytester, tmp_path: Path) -> None:
    """The path a Hugging Face user takes: Dataset.from_dict + cast_column(Audio) + save_to_disk, then hf:PATH.
    The Audio column is read from its stored bytes without datasets' decoder (which needs torchcodec)."""
    saved, sources = _hf_dataset(tmp_path, split=True)
    pytester.makepyfile(test_hf=HF_SPEC % sources)
    result = pytester.runpytest("-v", "-p", "no:cacheprovider", "-p", "no:randomly",
                                f"--audiotrust-clips=hf:{saved}?split=test&text=sentence&id=key")
    result.stdout.fnmatch_lines(["*test_the_clip_is_the_recording[[]clip:allison_vm_delete[]] PASSED*",
                                 "*test_whisper_hears_the_transcript[[]clip:librivox_austen_0880[]] PASSED*"])
    result.assert_outcomes(passed=6)


def test_hf_dataset_errors_name_the_split_and_the_columns(tmp_path: Path) -> None:
    saved, _ = _hf_dataset(tmp_path, split=True)
    with pytest.raises(ConfigError, match=r"choose a split with \?split=NAME; available: \['test'\]"):
        clip_set(f"hf:{saved}")
    with pytest.raises(ConfigError, match=r"no text column 'text'; columns are \['audio', 'sentence', 'key', 'expected'\]"):
        clip_set(f"hf:{saved}?split=test")
    flat, _ = _hf_dataset(tmp_path / "flat", split=False)
    entries = clip_set(f"hf:{flat}?text=sentence&id=key")
    assert [e.id for e in entries] == ["allison_vm_delete", "allison_vm_sorry", "librivox_austen_0880"]
    source = next(e.path for e in bundled_clips() if e.id == "allison_vm_delete")
    assert entries[0].load().audio.frames == Audio.load(source).frames


def test_the_example_suites_run_on_real_speech_by_default() -> None:
    import subprocess

    args = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
    default = subprocess.run([*args, "example_suites"], cwd=ROOT, capture_output=True, text=True)
    ids = [ln for ln in default.stdout.splitlines() if "[" in ln and "clip:" in ln]
    assert default.returncode == 0 and ids, default.stdout[-2000:]
    commands = {e.id for e in clip_set("bundled:real,category=command")}
    assert all(ln.split("clip:")[1].split("]")[0].split("-")[0] in commands for ln in ids), ids[:5]
    tts = subprocess.run([*args, "example_suites/test_street_gate.py", "--audiotrust-clips=bundled:tts"], cwd=ROOT,
                         capture_output=True, text=True)
    assert "clip:cmd_lights_01" in tts.stdout and "clip:allison" not in tts.stdout
