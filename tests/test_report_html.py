"""The HTML/JSON report from a real (planted-model) suite run: sections, counts, escaping, re-rendering, xdist."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import numpy.fft  # noqa: F401  (pytester's in-process runs need these imported first)
import pytest
import scipy.signal  # noqa: F401
import soundfile  # noqa: F401
import soxr  # noqa: F401
from _html import parse

import pytest_audiotrust.corruptions
import pytest_audiotrust.expect
import pytest_audiotrust.models
import pytest_audiotrust.probes
import pytest_audiotrust.report
import pytest_audiotrust.report.artifacts
import pytest_audiotrust.scoring.answers
import pytest_audiotrust.scoring.hallucination
import pytest_audiotrust.scoring.wer  # noqa: F401
from pytest_audiotrust.report import SCHEMA, build_document, render_html
from pytest_audiotrust.session import Settings, State

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)> javascript:alert(3)'
SECRET = "sk-live-0123456789abcdef"

CONFTEST = f'''
import pytest
from pytest_audiotrust.models import CallableModel

def reply(audio, prompt):
    if prompt:  # questions about absent events: the planted model says yes to one in two
        return "Yes, I can hear it." if "dog" in prompt else "No, there is no such sound."
    # short audio is "understood" (right for the lights clip only), longer audio gets the hostile answer
    return "turn off the lights in the kitchen" if audio.duration < 2.0 else {HOSTILE!r}

@pytest.fixture(scope="session")
def audiotrust_model():
    return CallableModel(reply, name="planted")
'''

SUITE = '''
import pytest
from pytest_audiotrust import expect, results
from pytest_audiotrust.probes.base import Probe
from pytest_audiotrust.results import Measurement

def test_accurate(audiotrust_model, speech_clip):
    expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript, max_wer=0.15)

@pytest.mark.audiotrust(corruptions=["noise.white", "noise.pink"], severities=[1, 5])
def test_stable(audiotrust_model, speech_clip, corruption):
    expect.wer(audiotrust_model.transcribe(corruption(speech_clip)), speech_clip.transcript, max_wer=0.5)

def test_no_speech(audiotrust_model, nonspeech_probe):
    expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))

@pytest.mark.parametrize("event", ["dog", "siren", "bell", "rain"])
def test_absent_event(audiotrust_model, event):
    question = f"Is there a {event} in this recording?"
    results.current().probe = {"id": f"absent.{event}", "family": "absent_event", "expected": "no", "question": question}
    import numpy as np
    expect.denies(audiotrust_model.ask((np.zeros(16000, "float32"), 16000), question))

def test_voice_gap():
    results.current().measurements.append(Measurement(
        "gap", "wer_gap", 0.42, 0.1, "max", False, "", None, {"per_voice": {"en_us": 0.08, "en_gb": 0.5}}))
'''

PROBES = "digital or white_-15dBFS or dtmf"  # three non-speech probes keep the run short


def manifest_of(folder: Path, ids: list[str]) -> Path:
    """A clip manifest with the named bundled clips, copied into ``folder``."""
    from pytest_audiotrust.clips import bundled_manifest

    rows = [json.loads(line) for line in bundled_manifest().read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen = [r for r in rows if r["id"] in ids]
    assert len(chosen) == len(ids)
    for r in chosen:
        shutil.copyfile(bundled_manifest().parent / r["file"], folder / r["file"])
    path = folder / "clips.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in chosen), encoding="utf-8")
    return path


CLIPS = ["cmd_lights_01", "cmd_music_01"]  # en_us 1.8 s (understood) and en_gb 2.5 s (answered with HOSTILE)


@pytest.fixture
def suite_run(pytester: pytest.Pytester):  # type: ignore[no-untyped-def]
    """Run the planted suite (serial or with xdist) and return (result, json document, html)."""
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_suite=SUITE)
    manifest = manifest_of(pytester.path, CLIPS)

    def run(*extra: str, name: str = "r") -> tuple[Any, dict[str, Any], str]:
        result = pytester.runpytest("-q", "-k", f"not no_speech or {PROBES}", f"--audiotrust-clips={manifest}",
                                    "-o", "audiotrust_normalizer=basic",
                                    f"--audiotrust-report=out/{name}.html", f"--audiotrust-json=out/{name}.json", *extra)
        doc = json.loads((pytester.path / "out" / f"{name}.json").read_text(encoding="utf-8"))
        return result, doc, (pytester.path / "out" / f"{name}.html").read_text(encoding="utf-8")

    return run


def test_report_sections_counts_escaping_csp_and_rerender(suite_run, pytester: pytest.Pytester) -> None:  # type: ignore[no-untyped-def]
    result, doc, html = suite_run()
    # 2 accurate + 8 stable + 3 probes + 4 absent events + 1 gap test (passes: the gap is only recorded)
    assert {k: v for k, v in result.parseoutcomes().items() if k in ("passed", "failed", "errors")} == {"passed": 9, "failed": 9}
    assert doc["schema"] == SCHEMA and doc["version"] == 2 and doc["verdict"] == "fail"
    assert len(doc["records"]) == 18
    page = parse(html)
    assert {"header", "robustness", "hallucination", "fairness", "cases", "case-table", "verdict", "counts"} <= page.ids()
    # the header's counts are pytest's; a check that missed without failing its test is a "miss", not a fail
    verdicts = [r for r in doc["records"]]
    n_missed = sum(1 for r in verdicts if any(not m["passed"] for m in r["measurements"]))
    assert n_missed == 10  # 9 failed tests + the gap test, whose gap is only recorded
    assert "18 cases" in page.section_text("header") and "9 passed" in page.section_text("header")
    assert "9 failed" in page.section_text("header") and doc["summary"]["tests"] == {
        "passed": 9, "failed": 9, "skipped": 0, "error": 0}
    assert len(page.find("tr", class_="case")) == 18
    assert len(page.find("tr", class_="case", **{"data-verdict": "fail"})) == 9
    assert len(page.find("tr", class_="case", **{"data-verdict": "miss"})) == 1
    # robustness: 2 corruptions x 2 severities, cells show mean WER and pass rate
    heat = page.find("table", class_="heat")
    assert [h.get("data-metric") for h in heat] == ["wer"]
    rob = page.section_text("robustness")
    assert "noise.pink" in rob and "noise.white" in rob and "sev1" in rob and "sev5" in rob
    check_curves(doc, html)
    # hallucination: per family rates and the yes-ratio of absent-event probes (1 "yes" of 4)
    hal = doc["summary"]["hallucination"]["families"]
    assert hal["absent_event"] == {"family": "absent_event", "model": "python:planted",
                                   "n": 4, "correct": 3, "hallucinated": 1, "abstained": 0, "unparseable": 0, "missed": 0,
                                   "at_risk": 4, "controls": 0, "rate": 0.25, "missed_rate": None,
                                   "answers": {"no": 3, "yes": 1}, "yes_ratio": 0.25}
    assert sum(f["n"] for k, f in hal.items() if k != "absent_event") == 3
    row = page.find("tr", **{"data-family": "absent_event"})
    assert row
    assert "25%" in page.section_text("hallucination")
    assert "Is there a dog in this recording?" in page.section_text("hallucination")
    # fairness: the planted model understands only the en_us clip
    fair = doc["summary"]["fairness"]["tables"][0]
    assert fair["metric"] == "wer" and {r["voice"] for r in fair["rows"]} == {"en_us", "en_gb"}
    per_voice: dict[str, list[float]] = {}
    for r in doc["records"]:
        if r.get("clip") and r["measurements"]:
            per_voice.setdefault(r["clip"]["voice"], []).append(r["measurements"][0]["value"])
    means = {v: sum(x) / len(x) for v, x in per_voice.items()}
    assert means["en_us"] == 0.0 and means["en_gb"] > 1.0  # the hostile answer is longer than the reference
    assert fair["best"] == "en_us" and fair["worst"] == "en_gb" and fair["gap"] == pytest.approx(means["en_gb"], abs=1e-4)
    assert "Gap:" in page.section_text("fairness") and "en_gb: 0.5" in page.section_text("fairness")
    # the recorded gap check's per-voice values reach the summary and are drawn as bars, one per voice
    assert doc["summary"]["fairness"]["gap_checks"][0]["per_voice"] == {"en_gb": 0.5, "en_us": 0.08}
    bars = {b["data-label"]: float(b["data-value"]) for b in page.find("g", class_="bar")}
    assert bars["en_us"] == 0.08 and bars["en_gb"] == 0.5
    assert bars.keys() == {"en_us", "en_gb"}  # the per-voice table's bars carry the same voice names
    # escaping: the hostile output is shown as text and creates no element, attribute or URL
    assert HOSTILE in "".join(page.text)
    assert not page.find("img") and len(page.find("script")) == 1
    assert not any(k.startswith("on") for _, a in page.tags for k in a)
    assert not any(str(v).strip().lower().startswith("javascript:") for _, a in page.tags for v in a.values())
    # the diff is rendered with insert/delete/substitute marks
    assert page.find("ins", class_="ins") and page.find("span", class_="sub")
    check_csp(html)
    check_terminal_summary(result, doc)
    check_rerender(doc, html, pytester.path)


def curve_points(html: str) -> dict[tuple[str, str, str], dict[int, float]]:
    """``(family, "value"|"pass", corruption) -> {severity: plotted value}`` read from the robustness curves' SVG."""
    out: dict[tuple[str, str, str], dict[int, float]] = {}
    family = kind = name = None
    for tag, a in parse(html).tags:
        if tag == "figure" and a.get("data-family"):
            family = a["data-family"]
        elif tag == "div" and a.get("class", "").startswith("curve "):
            kind = "value" if "value-curve" in (a.get("class") or "") else "pass"
        elif tag == "g" and a.get("class") == "series":
            name = a["data-name"]
        elif tag == "circle" and family and kind and name:
            out.setdefault((family, kind, name), {})[int(a["data-sev"])] = float(a["data-value"])
    return out


def check_curves(doc: dict[str, Any], html: str) -> None:
    """The WER-vs-severity curves plot each cell's mean WER and pass rate over its clips, recomputed from the records,
    with a band where the cell has several clips; the summary's interval is Student's t from scipy."""
    from scipy import stats

    cells: dict[tuple[str, int], list[tuple[float, bool]]] = {}
    for r in doc["records"]:
        if r.get("corruption"):
            m = r["measurements"][0]
            cells.setdefault((r["corruption"]["name"], r["corruption"]["severity"]), []).append((m["value"], m["passed"]))
    plotted = curve_points(html)
    assert set(plotted) == {("noise", kind, name) for kind in ("value", "pass") for name in ("noise.pink", "noise.white")}
    for (name, sev), vals in cells.items():
        wers = [v for v, _ in vals]
        assert len(wers) == 2  # two clips per point
        mean = sum(wers) / 2
        assert plotted[("noise", "value", name)][sev] == pytest.approx(mean, abs=1e-4)
        assert plotted[("noise", "pass", name)][sev] == pytest.approx(sum(p for _, p in vals) / 2, abs=1e-4)
        cell = next(r for r in doc["summary"]["robustness"]["matrices"][0]["rows"] if r["corruption"] == name)["cells"][str(sev)]
        lo, hi = stats.t.interval(0.95, 1, loc=mean, scale=stats.sem(wers))
        assert cell["ci"] == pytest.approx([lo, hi], abs=1e-3) and cell["clips"] == 2
    page = parse(html)
    assert len(page.find("polygon", class_="band")) == 4  # 2 corruptions x (WER, pass rate), each over 2 severities
    assert [f["data-metric"] for f in page.find("figure", class_="chart", **{"data-family": "noise"})] == ["wer"]


def check_csp(html: str) -> None:
    """The CSP allows exactly the inline script and style (by hash) and nothing from the network."""
    import base64
    import hashlib

    csp = parse(html).find("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"]
    assert csp and "default-src 'none'" in csp and "unsafe-inline" not in csp and "http" not in csp
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)  # type: ignore[union-attr]
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp
    assert "<link" not in html and "src=\"http" not in html and "@import" not in html


def check_rerender(doc: dict[str, Any], html: str, folder: Path) -> None:
    """The JSON document alone renders the same HTML, in-process and through ``audiotrust report``."""
    assert render_html(doc) == html
    from pytest_audiotrust.cli import main

    assert main(["report", str(folder / "out" / "r.json"), "-o", str(folder / "again.html")]) == 0
    assert (folder / "again.html").read_text(encoding="utf-8") == html


def check_terminal_summary(result: Any, doc: dict[str, Any]) -> None:
    worst = doc["summary"]["robustness"]["worst"][0]
    result.stdout.fnmatch_lines([
        "audiotrust: 18 case(s) measured on seed *; pytest: 9 passed, 9 failed",
        "  worst corruptions (every metric):",
        f"    {worst['corruption']} sev{worst['severity']}: mean wer {worst['mean']:.3f}, pass rate 50% of 2",
        "  hallucination rate [[]absent_event]: 25% (1 of 4), yes-ratio 25%",
        f"  fairness gap in wer: {doc['summary']['fairness']['tables'][0]['gap']:.3f} (best en_us, worst en_gb)",
        "  report: out/r.html",
    ])


def _stable(doc: dict[str, Any]) -> dict[str, Any]:
    """The document without what legitimately differs between two runs (time, durations)."""
    d = json.loads(json.dumps(doc))
    for key in ("created", "duration_s"):
        d["meta"].pop(key, None)
    for r in d["records"]:
        r.pop("duration", None)
        r.pop("timings", None)
    return d


def test_xdist_run_gives_the_same_document(suite_run) -> None:  # type: ignore[no-untyped-def]
    serial, doc1, _ = suite_run(name="serial")
    parallel, doc2, _ = suite_run("-n", "2", name="parallel")
    def outcomes(result: Any) -> dict[str, int]:
        return {k: v for k, v in result.parseoutcomes().items() if k in ("passed", "failed", "errors")}

    assert outcomes(serial) == outcomes(parallel) == {"passed": 9, "failed": 9}
    assert "bringing up nodes" in parallel.stdout.str()  # really distributed
    assert _stable(doc1) == _stable(doc2)


def _state(**kw: Any) -> State:
    settings = Settings("whisper:tiny.en", 7, "bundled", None, None, "whisper", {})
    return State(settings, **kw)


def test_gates_render_with_n_rate_and_wilson_bound() -> None:
    gates = [{"name": "test_street", "expression": "pass_rate >= 0.9", "n": 40, "passes": 33, "rate": 0.825,
              "lower_bound": 0.6803, "confidence": 0.95, "min_n": 20, "verdict": "fail"},
             {"name": "test_quiet", "expression": "pass_rate >= 0.8", "n": 5, "passes": 5, "rate": 1.0,
              "lower_bound": 0.5655, "confidence": 0.95, "min_n": 20, "verdict": "inconclusive"}]
    rec = {"nodeid": "t.py::test_street[x]", "outcome": "passed", "measurements": [
        {"check": "wer", "metric": "wer", "value": 0.3, "threshold": 0.2, "direction": "max", "passed": False,
         "output": "a", "reference": "b", "details": {}, "threshold_source": "marker"}]}
    doc = build_document(_state(records=[rec], gates=gates))
    assert doc["gates"] == gates and doc["verdict"] == "fail"
    page = parse(render_html(doc))
    rows = page.find("tr", class_="gate")
    assert [r["data-verdict"] for r in rows] == ["fail", "inconclusive"]
    text = page.section_text("gates")
    for needle in ("pass_rate >= 0.9", "40", "33", "82%", "0.68", "0.566", "inconclusive"):
        assert needle in text, needle


def test_secrets_in_model_config_are_redacted() -> None:
    info = {"model": "qwen", "api_key": SECRET, "headers": {"Authorization": f"Bearer {SECRET}"}, "base_url": "http://h:8000"}
    doc = build_document(_state(model_info=info))
    assert SECRET not in json.dumps(doc)
    html = render_html({**doc, "meta": {**doc["meta"], "model_info": info}})  # a hand-edited JSON too
    assert SECRET not in html and "base_url=http://h:8000" in html.replace("<wbr>", "")


def test_hostile_document_cannot_inject_audio_urls_or_markup() -> None:
    rec = {"nodeid": 'x.py::t["><script>alert(1)</script>]', "outcome": "failed",
           "artifacts": {"clean": "javascript:alert(1)", "corrupted": "../../etc/passwd.wav", "ok": "r_files/case001-ok.wav"},
           "corruption": {"name": "<b>noise</b>.x", "family": "<i>f</i>", "severity": 1, "achieved": {"<u>k</u>": "<s>v</s>"}},
           "measurements": [{"check": "wer", "metric": "<em>wer</em>", "value": 1.0, "threshold": 0.1, "direction": "max",
                             "passed": False, "output": HOSTILE, "reference": "javascript:alert(4)",
                             "details": {"diff": "[<a->javascript:x] [+<img>]"}}]}
    state = _state(records=[rec])
    page = parse(render_html(build_document(state)))
    assert [a["src"] for a in page.find("audio")] == ["r_files/case001-ok.wav"]
    assert not page.find("script", src=None)[1:] and not page.find("img") and not page.find("b") and not page.find("a")
    assert not page.find("em") and not page.find("u") and not page.find("i")


def test_render_rejects_a_foreign_document() -> None:
    from pytest_audiotrust.errors import ConfigError

    with pytest.raises(ConfigError, match="schema 'other' is not 'pytest-audiotrust/results'"):
        render_html({"schema": "other", "version": 1, "records": []})
    with pytest.raises(ConfigError, match="schema version 9 is not supported"):
        render_html({"schema": SCHEMA, "version": 9, "records": []})
