"""The derived-audio store: bit-exact entries by recipe, misses for torn files and changed code, modes, and the
corruption / voice / probe builders reading it inside a session."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import pytest_audiotrust
from pytest_audiotrust import memo
from pytest_audiotrust.corruptions import apply
from pytest_audiotrust.inputs import derived
from pytest_audiotrust.inputs.audio import Audio


def _tone() -> Audio:
    t = np.arange(8000) / 8000
    return Audio((0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), 8000, source="tone:440Hz")


def _counting(audio: Audio, extra: dict) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> tuple[Audio, dict]:
        calls.append(1)
        return audio, extra

    return calls, build


def test_an_entry_comes_back_bit_exact(tmp_path: Path) -> None:
    store = derived.AudioStore(tmp_path, "rw")
    audio = Audio(np.random.default_rng(3).standard_normal((4000, 2)).astype(np.float32) * 0.1, 22050, source="noise")
    extra = {"snr_db": 12.345678901234567, "codec": "opus", "bands": [1, 2.5], "nested": {"ok": True, "none": None}}
    key = store.key({"kind": "test", "n": 1})
    store.put(key, audio, extra)
    got, got_extra = store.get(key)
    assert got == audio and got.samples.dtype == np.float32 and got.samples.shape == (4000, 2)
    assert got.sample_rate == 22050 and got.source == "noise" and got.digest() == audio.digest()
    assert got_extra == extra and type(got_extra["snr_db"]) is float
    assert (store.hits, store.writes) == (1, 1)


def test_torn_foreign_and_absent_entries_are_misses(tmp_path: Path) -> None:
    store = derived.AudioStore(tmp_path, "rw")
    key, other = store.key({"kind": "a"}), store.key({"kind": "b"})
    assert key != other
    store.put(key, _tone(), {})
    path = next(tmp_path.rglob("*.audio"))
    blob = path.read_bytes()
    path.write_bytes(blob[:-10])  # truncated samples
    assert store.get(key) is None
    path.write_bytes(b"garbage")
    assert store.get(key) is None
    (tmp_path / other[:2]).mkdir(exist_ok=True)
    (tmp_path / other[:2] / f"{other}.audio").write_bytes(blob)  # another key's entry under this name
    assert store.get(other) is None
    assert store.get(store.key({"kind": "never written"})) is None
    assert store.hits == 0 and store.misses == 4


def test_only_json_exact_extras_are_kept(tmp_path: Path) -> None:
    store = derived.AudioStore(tmp_path, "rw")
    for i, extra in enumerate(({"t": (1, 2)}, {"x": np.float32(1.5)}, {3: "int key"}, {"x": np.int64(2)})):
        store.put(store.key({"i": i}), _tone(), extra)
    assert store.writes == 0 and not list(tmp_path.rglob("*.audio"))


def test_built_without_a_session_builds_every_time() -> None:
    calls, build = _counting(_tone(), {})
    with derived.session(None):  # the pytest session running these tests may have a store of its own
        for _ in range(2):
            derived.built({"kind": "x"}, build)
    assert len(calls) == 2


def test_built_in_a_session_builds_once_and_read_mode_writes_nothing(tmp_path: Path) -> None:
    calls, build = _counting(_tone(), {"a": 1})
    outer = derived.active()  # the store of the pytest session running these tests, if any
    with derived.session(derived.AudioStore(tmp_path / "ro", "read")):
        derived.built({"kind": "x"}, build)
        derived.built({"kind": "x"}, build)
    assert len(calls) == 2 and not (tmp_path / "ro").exists()
    with derived.session(derived.AudioStore(tmp_path / "rw", "rw")) as store:
        first = derived.built({"kind": "x"}, build)
        second = derived.built({"kind": "x"}, build)
        derived.built({"kind": "y"}, build)
    assert len(calls) == 4 and store.hits == 1 and store.writes == 2
    assert first[0] == second[0] and first[1] == second[1] == {"a": 1}
    assert derived.active() is outer


def test_a_change_in_builder_code_changes_every_key(tmp_path: Path) -> None:
    src = Path(pytest_audiotrust.__file__).parent
    for package in derived.BUILDER_PACKAGES:
        shutil.copytree(src / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    before = derived.code_fingerprint(tmp_path)
    assert derived.code_fingerprint(tmp_path) == before
    (tmp_path / "scoring").mkdir()
    (tmp_path / "scoring" / "x.py").write_text("# scoring does not build audio\n")
    assert derived.code_fingerprint(tmp_path) == before
    with (tmp_path / "corruptions" / "noise.py").open("a") as fh:
        fh.write("\n# an edit\n")
    assert derived.code_fingerprint(tmp_path) != before


@pytest.mark.parametrize(("name", "severity"), [("noise.white", 3), ("codec.mp3", 2), ("channel.bandpass", 4)])
def test_a_stored_corruption_equals_a_fresh_one(tmp_path: Path, name: str, severity: int) -> None:
    fresh = apply(_tone(), name, severity, seed=7)
    with derived.session(derived.AudioStore(tmp_path, "rw")) as store:
        first = apply(_tone(), name, severity, seed=7)
        again = apply(_tone(), name, severity, seed=7)
        other_seed = apply(_tone(), name, severity, seed=8)
    assert (store.writes, store.hits) == (2, 1)  # the seed is part of the recipe, even for an unseeded corruption
    for out in (first, again):
        assert out.audio == fresh.audio and out.audio.source == fresh.audio.source
        assert out.achieved == fresh.achieved
    if name == "noise.white":
        assert other_seed.audio != fresh.audio  # the seed is part of the recipe


def test_library_versions_are_read_as_importlib_metadata_reads_them() -> None:
    from importlib.metadata import PackageNotFoundError, version

    listings: dict = {}
    for dist, module in derived.LIBRARIES.items():
        try:
            expected = version(dist)
        except PackageNotFoundError:
            expected = "-"
        assert derived._version(dist, module, listings) == expected, dist
    assert derived._version("no-such-dist", "no_such_module_24", listings) == "-"


def test_a_changed_noise_file_is_a_miss(tmp_path: Path) -> None:
    bed = tmp_path / "bed.wav"
    rng = np.random.default_rng(5)
    Audio((0.1 * rng.standard_normal(16000)).astype(np.float32), 8000).save(bed)
    store = derived.AudioStore(tmp_path / "store", "rw")
    with memo.session(), derived.session(store):  # one session, then the next (a session reads a file once)
        first = apply(_tone(), "noise.file", 3, seed=1, path=str(bed))
    Audio(np.sign(rng.standard_normal(16000)).astype(np.float32) * 0.2, 8000).save(bed)  # same path, new contents
    with memo.session(), derived.session(store):
        second = apply(_tone(), "noise.file", 3, seed=1, path=str(bed))
    with memo.session():
        fresh = apply(_tone(), "noise.file", 3, seed=1, path=str(bed))
    assert second.audio != first.audio and second.audio == fresh.audio
    assert (store.writes, store.hits) == (2, 0)
