"""The ``audiotrust`` command: corruptions, suites, corrupt, report."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from pytest_audiotrust.audio import Audio
from pytest_audiotrust.cli import main
from pytest_audiotrust.clips import bundled_clips


@pytest.fixture(scope="module")
def wav(tmp_path_factory) -> str:
    clip = {e.id: e for e in bundled_clips()}["weather_01"].load()
    return str(clip.audio.save(tmp_path_factory.mktemp("cli") / "in.wav"))


def test_corruptions_lists_parameters_per_severity(capsys) -> None:
    assert main(["corruptions", "--family", "noise"]) == 0
    out = capsys.readouterr().out
    assert "noise.babble" in out and "sev1: snr_db=30.0" in out and "sev5: snr_db=0.0" in out
    assert "codec.mp3" not in out
    assert main(["corruptions", "--json"]) == 0
    listed = {c["name"]: c for c in json.loads(capsys.readouterr().out)}
    assert listed["codec.mp3"]["severities"]["3"] == {"bitrate_kbps": 32}
    assert listed["timing.tempo"]["length"] == "frames / rate"


def test_unknown_family_is_an_error_with_a_suggestion(capsys) -> None:
    assert main(["corruptions", "--family", "noize"]) == 2
    assert "did you mean 'noise'" in capsys.readouterr().err


def test_corrupt_renders_and_prints_what_was_achieved(tmp_path, wav: str, capsys) -> None:
    out = tmp_path / "out.wav"
    assert main(["corrupt", wav, "-c", "noise.babble", "-s", "3", "-o", str(out), "--seed", "4"]) == 0
    printed = capsys.readouterr().out
    achieved = json.loads(printed[printed.index("{"):])
    assert achieved["snr_db"] == 10.0 and abs(achieved["snr_db_measured"] - 10.0) <= 0.5
    rendered = Audio.load(out)
    original = Audio.load(wav)
    assert rendered.frames == original.frames and not np.array_equal(rendered.samples, original.samples)
    again = tmp_path / "again.wav"
    main(["corrupt", wav, "-c", "noise.babble", "-s", "3", "-o", str(again), "--seed", "4"])
    assert again.read_bytes() == out.read_bytes()


def test_corrupt_takes_parameter_overrides(tmp_path, wav: str, capsys) -> None:
    out = tmp_path / "o.flac"
    assert main(["corrupt", wav, "-c", "codec.telephone", "-s", "1", "-o", str(out), "--param", "high_hz=2000"]) == 0
    printed = capsys.readouterr().out
    assert json.loads(printed[printed.index("{"):])["high_hz"] == 2000
    assert main(["corrupt", wav, "-c", "codec.mp3", "-s", "1", "-o", str(out), "--param", "kbps=3"]) == 2
    assert "unknown parameter(s) ['kbps']; expected some of ['bitrate_kbps']" in capsys.readouterr().err


def test_corrupt_bad_input_names_the_file(tmp_path, capsys) -> None:
    missing = tmp_path / "nope.wav"
    assert main(["corrupt", str(missing), "-c", "noise.white", "-s", "1", "-o", str(tmp_path / "x.wav")]) == 2
    assert f"Audio.load({missing}): file does not exist" in capsys.readouterr().err


def test_suites_lists_the_bundled_suites(capsys) -> None:
    assert main(["suites"]) == 0
    out = capsys.readouterr().out
    for name in ("standard", "telephony", "far_field", "streaming"):
        assert f"\n{name}  (" in "\n" + out
    assert "chain.phone_in_cafe-sev3" in out


def test_report_rerenders_html_from_json(tmp_path, capsys) -> None:
    from pytest_audiotrust.report import SCHEMA, SCHEMA_VERSION

    doc = {"schema": SCHEMA, "version": SCHEMA_VERSION, "meta": {}, "summary": {}, "gates": [], "extras": {}, "records": []}
    src = tmp_path / "r.json"
    src.write_text(json.dumps(doc))
    code = main(["report", str(src), "-o", str(tmp_path / "r.html")])
    assert code == 0, capsys.readouterr().err and (tmp_path / "r.html").read_text().lstrip().lower().startswith("<!doctype html")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main(["report", str(bad), "-o", str(tmp_path / "b.html")]) == 2
    assert f"{bad}:1: invalid JSON" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing.json"), "-o", str(tmp_path / "b.html")]) == 2


def test_console_script_is_installed() -> None:
    exe = shutil.which("audiotrust") or str(__import__("pathlib").Path(sys.executable).with_name("audiotrust"))
    done = subprocess.run([exe, "corruptions", "--family", "timing"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "timing.pitch" in done.stdout
