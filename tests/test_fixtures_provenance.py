"""Provenance of the bundled audio: every manifest entry names a known licence and a source; the babble bed
holds none of the test clips' audio (checked by cross-correlation, independent of how the bed was built)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pytest_audiotrust.audio import Audio
from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.data import fixtures_dir

#: SPDX identifiers (plus Public-Domain) a bundled file may be under; the licence field starts with one
KNOWN_LICENSES = ("CC0-1.0", "CC-BY-3.0", "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "Public-Domain",
                  "Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause")
RATE = 8000  # compare at 8 kHz: the real clips are telephone band, and it halves the work


def _prepared(audio: Audio) -> np.ndarray:
    """8 kHz, first difference (pre-emphasis: whitens speech so chance correlations stay low)."""
    return np.diff(audio.resample(RATE).samples.astype(np.float64))


def _manifest_entries() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(fixtures_dir().rglob("manifest.json*")):
        where = str(path.relative_to(fixtures_dir()))
        if path.suffix == ".jsonl":
            out += [(f"{where}:{i}", json.loads(ln)) for i, ln in enumerate(path.read_text().splitlines(), 1) if ln.strip()]
        else:
            out += [(f"{where}:{e['file']}", e) for e in json.loads(path.read_text())["files"]]
    return out


def test_every_bundled_file_names_a_known_licence_and_its_source() -> None:
    entries = _manifest_entries()
    folders = {w.split("/")[0] for w, _ in entries}
    assert {"clips", "noise", "rirs"} <= folders, folders
    assert len(entries) >= 100
    for where, entry in entries:
        licence = str(entry.get("license", ""))
        assert licence.split(" ")[0] in KNOWN_LICENSES, f"{where}: licence {licence!r} is not one of {KNOWN_LICENSES}"
        source = entry.get("source") or entry.get("generator")  # a generated file's source is its generator
        assert isinstance(source, str) and source.strip(), f"{where}: no source"
        file = next(fixtures_dir().glob(f"{where.split('/')[0]}/{entry['file']}"), None)
        assert file is not None and file.is_file(), f"{where}: file {entry['file']} missing"
    clips = [e for w, e in entries if w.startswith("clips/")]
    for e in clips:
        assert e["source_kind"] in ("real", "tts") and e["speaker"] and e["language"] and e["category"], e["id"]
        assert e["attribution"], e["id"]


def _normalised_xcorr_peak(bed: np.ndarray, clip: np.ndarray) -> float:
    """Largest normalised cross-correlation of ``clip`` against every same-length window of ``bed`` (1 = a copy)."""
    from scipy.signal import fftconvolve

    clip = clip - clip.mean()
    num = fftconvolve(bed, clip[::-1], mode="valid")
    window = np.concatenate([[0.0], np.cumsum(bed**2)])
    energy = window[len(clip):] - window[: len(window) - len(clip)]
    denom = np.sqrt(np.maximum(energy, 1e-12) * np.sum(clip**2))
    return float(np.max(np.abs(num) / denom))


@pytest.fixture(scope="module")
def bed() -> np.ndarray:
    return _prepared(Audio.load(fixtures_dir() / "noise" / "babble.flac"))


@pytest.fixture(scope="module")
def test_clips() -> list[tuple[str, np.ndarray]]:
    return [(e.id, _prepared(e.load().audio)) for e in bundled_clips()]


def test_babble_holds_none_of_the_test_clips(bed: np.ndarray, test_clips: list[tuple[str, np.ndarray]]) -> None:
    peaks = {cid: _normalised_xcorr_peak(bed, x) for cid, x in test_clips}  # measured: max 0.06, median 0.04
    worst = max(peaks, key=peaks.get)
    assert peaks[worst] < 0.15, f"clip {worst} correlates {peaks[worst]:.2f} with the babble bed"
    # the detector finds a clip that IS in a bed: one test clip added as a seventh talker at the streams' level
    rng = np.random.default_rng(0)
    for cid, x in (test_clips[0], test_clips[40], test_clips[-1]):
        start = int(rng.integers(0, len(bed) - len(x)))
        planted = bed.copy()
        planted[start:start + len(x)] += x * np.std(bed) / np.sqrt(6) / np.std(x)
        assert _normalised_xcorr_peak(planted, x) > 0.3, cid  # measured: 0.37-0.41


def test_babble_is_made_of_talkers_not_in_the_clip_set() -> None:
    manifest = json.loads((fixtures_dir() / "noise" / "manifest.json").read_text())
    babble = next(e for e in manifest["files"] if e["kind"] == "babble")
    talkers = {s["speaker"] for s in babble["sources"]}
    clip_speakers = {e.metadata["speaker"] for e in bundled_clips()}
    assert len(talkers) >= 3 and not talkers & clip_speakers
    assert all(not s["language"].startswith("en") for s in babble["sources"])


def test_the_noise_fixture_script_check_passes() -> None:
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "make_noise_fixtures.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "match their manifests" in done.stdout


def test_music_probes_are_the_bundled_recordings() -> None:
    import subprocess
    import sys

    from pytest_audiotrust import probes

    music = {n: probes.get(n) for n in probes.names() if probes.get(n).family == "music"}
    rows = [json.loads(ln) for ln in (fixtures_dir() / "music" / "manifest.jsonl").read_text().splitlines() if ln.strip()]
    assert sorted(music) == sorted(f"music.{r['id']}" for r in rows) and len(rows) >= 5
    assert len({r["artist"] for r in rows}) >= 3
    for r in rows:
        audio = music[f"music.{r['id']}"].make(0).audio
        direct = Audio.load(fixtures_dir() / "music" / r["file"])
        assert np.array_equal(audio.samples, direct.samples) and audio.duration == pytest.approx(6.0, abs=0.01)
        assert -40 < 20 * np.log10(audio.rms) < -10, r["id"]  # a recording at a listening level, not a near-silence
        assert r["title"] in music[f"music.{r['id']}"].description and r["license"] == "CC-BY-SA-3.0"
    assert not [n for n in probes.names() if n.startswith("music.") and "synth" in n]
    script = Path(__file__).resolve().parents[1] / "scripts" / "make_music_fixtures.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0 and "match their manifest lines" in done.stdout, done.stderr


def test_the_report_names_the_real_speaker_and_licence_of_a_clip() -> None:
    from pytest_audiotrust.report.html import case_view

    real = next(e for e in bundled_clips() if e.metadata.get("source_kind") == "real")
    tts = next(e for e in bundled_clips() if e.metadata.get("source_kind") == "tts")
    view = case_view({"nodeid": "t[clip]", "measurements": [], "clip": {"id": real.id, **real.metadata}})
    assert view["labels"] == [f"clip {real.id} · real speech, Allison Smith (CC-BY-SA-3.0)"]
    tts_view = case_view({"nodeid": "t[clip]", "measurements": [], "clip": {"id": tts.id, **tts.metadata}})
    assert tts_view["labels"] == [f"clip {tts.id} · voice {tts.metadata['voice']}"]
