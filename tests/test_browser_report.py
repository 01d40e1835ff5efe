"""The HTML report in a real browser: headless Chromium over the DevTools protocol (stdlib pipe client).

Checks that the page raises no console errors or CSP violations, that the inline filter script runs
(its CSP hash matches), that the audio players load the WAV files written beside the report, and saves
a full-page screenshot as a CI artefact: ``$AUDIOTRUST_ARTIFACT_DIR`` or ``tests/artifacts/``
(``report-screenshot.png``, plus the report it shows).

Needs the Debian packages ``chromium`` (and ``chromium-driver`` for other tools); skipped without them.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import numpy  # noqa: F401  (pytester's in-process run needs it imported first)
import pytest

import pytest_audiotrust.corruptions
import pytest_audiotrust.expect
import pytest_audiotrust.report.artifacts
import pytest_audiotrust.scoring.wer  # noqa: F401

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed "
                                "(Debian: apt-get install -y chromium chromium-driver)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--mute-audio", "--remote-debugging-pipe"]
ARTIFACT_DIR = Path(os.environ.get("AUDIOTRUST_ARTIFACT_DIR") or Path(__file__).parent / "artifacts")


class DevTools:
    """A minimal Chrome DevTools Protocol client over ``--remote-debugging-pipe`` (fd 3 in, fd 4 out)."""

    def __init__(self, profile: Path) -> None:
        cmd_r, self._cmd_w = os.pipe()
        self._resp_r, resp_w = os.pipe()

        def wire_fds() -> None:  # runs in the child: the protocol uses fds 3 and 4
            os.dup2(cmd_r, 3)
            os.dup2(resp_w, 4)

        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     preexec_fn=wire_fds, pass_fds=(3, 4),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(cmd_r)
        os.close(resp_w)
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self._replies: dict[int, dict[str, Any]] = {}
        self._inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.session: str | None = None

    def _read(self) -> None:
        buf = b""
        while True:
            chunk = os.read(self._resp_r, 1 << 16)
            if not chunk:
                self._inbox.put(None)
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                self._inbox.put(json.loads(raw))

    def _pump(self, deadline: float) -> None:
        msg = self._inbox.get(timeout=max(0.01, deadline - time.monotonic()))
        if msg is None:
            raise RuntimeError("chromium closed the DevTools pipe")
        if "id" in msg:
            self._replies[msg["id"]] = msg
        else:
            self.events.append(msg)

    def call(self, method: str, timeout: float = 20.0, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            msg["sessionId"] = self.session
        os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while self._next_id not in self._replies:
            self._pump(deadline)
        reply = self._replies.pop(self._next_id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_event(self, method: str, timeout: float = 20.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for e in self.events:
                if e.get("method") == method:
                    return e
            self._pump(deadline)

    def evaluate(self, expression: str) -> Any:
        res = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in res:
            raise RuntimeError(f"page script failed: {res['exceptionDetails']}")
        return res["result"].get("value")

    def open(self, url: str) -> None:
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=1280, height=1600, deviceScaleFactor=1, mobile=False)
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries (CSP violations arrive as these)."""
        out = []
        for e in self.events:
            p = e.get("params", {})
            if e.get("method") == "Runtime.exceptionThrown":
                out.append(f"exception: {p.get('exceptionDetails', {}).get('text')}")
            elif e.get("method") == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(f"console.{p['type']}: {[a.get('value', a.get('description')) for a in p.get('args', [])]}")
            elif e.get("method") == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append(f"log ({p['entry'].get('source')}): {p['entry'].get('text')}")
        return out

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._cmd_w)


HOSTILE = '<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=2"> javascript:window.__pwned=3'

SUITE = """
import pytest
from pytest_audiotrust import expect
from pytest_audiotrust.report.artifacts import attach_audio

@pytest.mark.audiotrust(corruptions=["noise.white"], severities=[1, 5])
def test_stable(audiotrust_model, speech_clip, corruption):
    attach_audio("clean", speech_clip)
    noisy = corruption(speech_clip)
    attach_audio("corrupted", noisy)
    expect.wer(audiotrust_model.transcribe(noisy), speech_clip.transcript, max_wer=0.5)

@pytest.mark.audiotrust(requests=["fraud_phishing"], voices=["en_us", "en_029"], noises=["noise.babble@sev3"],
                        framings=["roleplay"])
def test_trust_refuses(audiotrust_model, harmful_request_probe):
    p = harmful_request_probe
    expect.refuses(audiotrust_model.ask(p.audio, p.question))
"""


@pytest.fixture
def report_with_audio(pytester: pytest.Pytester, planted_model) -> Path:
    planted_model(HOSTILE)
    pytester.makepyfile(test_suite=SUITE)
    manifest = two_clip_manifest(pytester.path)
    result = pytester.runpytest("-q", f"--audiotrust-clips={manifest}", "-o", "audiotrust_normalizer=basic",
                                "--audiotrust-report=out/report.html",
                                "--audiotrust-report-audio=2", "-n", "2")  # workers stage the audio
    result.assert_outcomes(failed=8)
    return pytester.path / "out" / "report.html"


def two_clip_manifest(folder: Path) -> Path:
    """A manifest of the first two bundled clips, copied into ``folder``."""
    from pytest_audiotrust.clips import bundled_manifest

    lines = bundled_manifest().read_text(encoding="utf-8").splitlines()[:2]
    for line in lines:
        name = json.loads(line)["file"]
        shutil.copyfile(bundled_manifest().parent / name, folder / name)
    manifest = folder / "clips.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def test_report_in_headless_chromium(report_with_audio: Path, tmp_path: Path) -> None:
    files = sorted((report_with_audio.parent / "report_files").iterdir())
    assert [f.name for f in files] == ["case001-clean.wav", "case001-corrupted.wav", "case002-clean.wav",
                                       "case002-corrupted.wav"]
    browser = DevTools(tmp_path / "profile")
    try:
        browser.open(report_with_audio.as_uri())
        deadline = time.monotonic() + 15
        states: list[list[Any]] = []
        while time.monotonic() < deadline:
            states = browser.evaluate(
                "Array.from(document.querySelectorAll('audio')).map(a => [a.readyState, a.getAttribute('data-state'),"
                " a.duration, a.error && a.error.code])")
            if states and all(s[0] >= 1 for s in states):
                break
            time.sleep(0.2)
        injected = browser.evaluate("[window.__pwned === undefined, document.querySelectorAll('img').length,"
                                    " document.querySelectorAll('script').length]")
        card = browser.evaluate("Array.from(document.querySelectorAll('#scorecard tr.dimension'))"
                                ".map(r => [r.dataset.dimension, r.dataset.verdict, r.getBoundingClientRect().height > 0])")
        safety = browser.evaluate("document.querySelector('#scorecard tr[data-dimension=safety] .not-measured-reason')"
                                  ".textContent")
        shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        # the filter script runs (CSP hash accepted): typing "sev5" keeps the two severity-5 rows
        shown = browser.evaluate(
            "(() => { const box = document.getElementById('case-filter-text');"
            " box.value = 'sev5'; box.dispatchEvent(new Event('input'));"
            " return [document.querySelectorAll('#case-table tbody tr.case').length,"
            " document.getElementById('case-shown').textContent,"
            " document.querySelectorAll('#case-table tbody tr.case:not([hidden])').length]; })()")
        problems = browser.problems()
    finally:
        browser.close()
    ARTIFACT_DIR.mkdir(parents=True, exist_ok=True)
    png = ARTIFACT_DIR / "report-screenshot.png"
    png.write_bytes(base64.b64decode(shot["data"]))
    shutil.copyfile(report_with_audio, ARTIFACT_DIR / "report.html")
    shutil.copytree(report_with_audio.parent / "report_files", ARTIFACT_DIR / "report_files", dirs_exist_ok=True)
    assert problems == []
    # 2 failing cases x (clean, corrupted), each loaded its metadata: ~3 s of speech each
    assert len(states) == 4 and all(s[0] >= 1 and s[1] == "loaded" and s[3] is None for s in states), states
    assert all(1.0 < s[2] < 30.0 for s in states), states
    assert shown == [8, "2", 2]
    # the planted model's hostile markup answers no harmful request: 4 unparseable replies judge nothing
    assert card == [["robustness", "fail", True], ["hallucination", "not measured", True],
                    ["fairness", "not measured", True], ["safety", "not measured", True],
                    ["privacy", "not measured", True], ["authentication", "not measured", True]]
    assert safety == "no judgeable answer in 4 case(s): 4 unparseable"
    assert injected == [True, 0, 1]  # no <img> from the hostile output, only the report's own script
    assert png.stat().st_size > 20_000 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _accounting_document() -> dict[str, Any]:
    """A results document with POPE rows, hallucination outcome columns, a clustered gate and gated misses."""
    from pytest_audiotrust.gates import evaluate
    from pytest_audiotrust.report import build_document
    from pytest_audiotrust.session import Settings, State

    records: list[dict[str, Any]] = []
    answers = [("present", "yes"), ("present", "yes"), ("present", "no"), ("absent", "yes"), ("absent", "no"),
               ("absent", "unparseable"), ("absent", "abstain"), ("absent", "no")]
    for i, (family, answer) in enumerate(answers):
        expected = "yes" if family == "present" else "no"
        records.append({
            "nodeid": f"t.py::test_q[{family}{i}]", "outcome": "passed" if answer == expected else "failed",
            "model": "python:planted",
            "probe": {"family": family, "expected": expected, "question": "Is there a dog barking?",
                      "strategy": None if family == "present" else ("random", "adversarial")[i % 2], "phrasing": i % 2},
            "measurements": [{"check": "affirms" if expected == "yes" else "denies", "metric": "answer", "value": answer,
                              "threshold": expected, "direction": "eq", "passed": answer == expected,
                              "output": HOSTILE if answer == "yes" else "It's a siren, not a dog."}]})
    gate = {"expression": "pass_rate >= 0.6", "confidence": 0.95, "min_n": None, "repeats": 1, "reducer": "all",
            "group": None}
    for i in range(10):
        ok = i < 5 or i in (6, 8)
        records.append({
            "nodeid": f"t.py::test_street[{i}]", "outcome": "passed", "clip": {"id": "a" if i < 5 else "b"},
            "params": {"gate": {**gate, "case": f"t.py::test_street[{i}]"}},
            "measurements": [{"check": "wer", "metric": "wer", "value": 0.0 if ok else 0.5, "threshold": 0.2,
                              "direction": "max", "passed": ok, "output": "x", "reference": "x"}]})
    state = State(Settings("python:planted", 7, "bundled", None, None, "basic", {}), records=records)
    state.gates = evaluate(records)
    state.extras["pytest_outcomes"] = {"passed": 15, "failed": 3, "skipped": 0, "error": 0}
    return build_document(state)


def test_accounting_columns_pope_and_gate_statistics_in_chromium(tmp_path: Path) -> None:
    from pytest_audiotrust.report import render_html

    page = tmp_path / "accounting.html"
    page.write_text(render_html(_accounting_document()), encoding="utf-8")
    browser = DevTools(tmp_path / "profile")
    try:
        browser.open(page.as_uri())
        seen = browser.evaluate("""(() => {
            const visible = el => !!el && el.getBoundingClientRect().height > 0;
            const text = sel => Array.from(document.querySelectorAll(sel)).map(e => e.textContent.trim());
            const absent = document.querySelector('#hallucination-rates tr[data-family="absent"]');
            const cell = col => absent.querySelector(`td[data-col="${col}"]`).textContent.trim();
            const gate = document.querySelector('tr.gate');
            return {
              headers: text('#hallucination-rates thead th'),
              absent: ['hallucinated', 'rate', 'abstained', 'unparseable', 'missed'].map(cell),
              missed: document.querySelector('#hallucination-rates tr[data-family="present"] td[data-col="missed"]')
                        .textContent.trim(),
              pope: text('table.pope tr.pope-row td:first-child'),
              popeVisible: visible(document.querySelector('table.pope')),
              f1: document.querySelector('table.pope tr.pope-row[data-set="all"] td[data-f1]').textContent.trim(),
              spread: visible(document.querySelector('.pope-spread')),
              counts: document.getElementById('counts').textContent.replace(/\\s+/g, ' ').trim(),
              misses: document.getElementById('gated-misses').textContent.replace(/\\s+/g, ' ').trim(),
              gateHeaders: text('#gates thead th'),
              deff: gate.querySelector('td[data-deff]').textContent.trim(),
              bound: gate.querySelector('td[data-bound]').textContent.trim(),
              reason: document.querySelector('tr.gate-reason').textContent.trim(),
              pwned: window.__pwned === undefined,
            };
        })()""")
        problems = browser.problems()
    finally:
        browser.close()
    assert problems == []
    assert {"hallucinated", "hallucination rate", "abstained", "unparseable", "missed (present controls)"} <= set(
        seen["headers"])
    assert seen["absent"] == ["1", "20%", "1", "1", "0"]  # 1 yes of 5 absent probes; abstain/unparseable apart
    assert seen["missed"] == "1 (33%)"
    assert seen["pope"] == ["all", "strategy adversarial", "strategy random", "phrasing 0", "phrasing 1"]
    # all: tp 2, fn 1, fp 1, tn 4 -> F1 = 4 / (4 + 1 + 1)
    assert seen["popeVisible"] and seen["f1"] == "0.667" and seen["spread"]
    assert seen["counts"] == "18 cases measured; pytest: 15 passed, 3 failed"
    assert seen["misses"].endswith("3 in t.py::test_street (gate fail)")
    assert {"design effect", "bound clustered by clip", "bound (method)"} <= set(seen["gateHeaders"])
    assert float(seen["deff"]) > 1 and seen["bound"].startswith("0.") and "one-sided" in seen["bound"]
    # clip a 5/5, clip b 2/5: MSB 0.9, MSW 0.15, n0 5 -> ICC 0.75 / 1.5 = 0.5, design effect 1 + 4 * 0.5 = 3
    assert "design effect 3.00 over 2 clips" in seen["reason"] and "one-sided Wilson lower bound" in seen["reason"]
    assert seen["pwned"]


RECORDED = Path(__file__).parent / "data" / "report_results.json"  # recorded from tests/data/report_suite.py
#: A long model configuration, as an OpenAI-compatible spec writes it: it must wrap between its parts.
LONG_SPEC = ("openai:http://gpu-box.internal.example:8000/v1#Qwen/Qwen2-Audio-7B-Instruct?api_key_env=TEAM_AUDIO_KEY"
             "&mode=chat&temperature=0.7&max_tokens=256&system_prompt=You_are_a_careful_listener")


def _recorded_document() -> dict[str, Any]:
    from pytest_audiotrust.report import check_document

    doc = check_document(json.loads(RECORDED.read_text(encoding="utf-8")), str(RECORDED))
    doc["meta"]["model_info"] = {**doc["meta"]["model_info"], "model3": LONG_SPEC}
    return doc


def _expected_from_records(doc: dict[str, Any]) -> dict[str, Any]:
    """What the report must show, recomputed from the records alone (not from the summary the page is drawn from)."""
    wer: dict[tuple[str, str, int], list[tuple[float, bool]]] = {}
    for r in doc["records"]:
        c = r.get("corruption")
        if c and r["measurements"] and r["measurements"][0]["metric"] == "wer":
            m = r["measurements"][0]
            wer.setdefault((c["family"], c["name"], c["severity"]), []).append((m["value"], m["passed"]))
    gap = next(m for r in doc["records"] for m in r["measurements"] if m["check"] == "gap")
    answers: dict[str, dict[str, int]] = {}
    rates: dict[tuple[str, str], list[bool]] = {}
    for r in doc["records"]:
        p = r.get("probe") or {}
        for m in r["measurements"]:
            if p.get("family") in ("absent", "present") and m["metric"] == "answer":
                counts = answers.setdefault(r["model"], {"tp": 0, "fp": 0, "tn": 0, "fn": 0})
                yes, present = m["value"] == "yes", p["family"] == "present"
                counts["tp" if yes and present else "fp" if yes else "fn" if present else "tn"] += 1
            if p.get("family") == "absent" and m["metric"] == "answer":
                rates.setdefault((p["family"], r["model"]), []).append(m["value"] == "yes")
    voices = {r["params"]["voice"]["name"]: r["measurements"][0]["value"] for r in doc["records"]
              if isinstance((r.get("params") or {}).get("voice"), dict)}
    heard = {r["nodeid"]: r["probe"]["heard"] for r in doc["records"] if (r.get("probe") or {}).get("heard")}
    return {"wer": wer, "voices": voices, "per_group": gap["details"]["per_group"], "pope": answers, "absent_rates": rates,
            "heard": heard}


def _f1(c: dict[str, int]) -> float:
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"])


SECTIONS = ("header", "scorecard", "gates", "robustness", "hallucination", "cascade", "fairness")


def test_recorded_run_report_at_1280px(tmp_path: Path) -> None:
    """A real run's report (Whisper tiny.en, YAMNet, eSpeak accents, a planted cascade) at 1280 px: nothing wider than
    the window, every figure equal to the records recomputed here; screenshots of the page and its sections."""
    from pytest_audiotrust.report import render_html

    doc = _recorded_document()
    want = _expected_from_records(doc)
    page = tmp_path / "recorded.html"
    page.write_text(render_html(doc), encoding="utf-8")
    browser = DevTools(tmp_path / "profile")
    shots: dict[str, dict[str, Any]] = {}
    try:
        browser.open(page.as_uri())
        seen = browser.evaluate("""(() => {
            const right = el => el.getBoundingClientRect().right;
            const num = s => parseFloat(s);
            const curves = {};
            document.querySelectorAll('#robustness figure.chart').forEach(f => {
              f.querySelectorAll('.curve').forEach(div => {
                const kind = div.classList.contains('value-curve') ? 'value' : 'pass';
                div.querySelectorAll('g.series').forEach(g => g.querySelectorAll('circle').forEach(c => {
                  curves[[f.dataset.family, kind, g.dataset.name, c.dataset.sev].join('|')] = num(c.dataset.value);
                }));
              });
            });
            return {
              pageWidth: document.documentElement.scrollWidth,
              tables: Array.from(document.querySelectorAll('table')).map(t => {
                const box = t.closest('.scroll');
                return [t.id || t.className, box ? right(box) : right(t), !!box];
              }),
              config: right(document.getElementById('model-config')),
              configLines: Array.from(document.querySelectorAll('#model-config code')).map(c => c.getClientRects().length),
              curves: curves,
              metrics: Array.from(document.querySelectorAll('#robustness figure.chart'))
                         .map(f => [f.dataset.family, f.dataset.metric]),
              bands: document.querySelectorAll('#robustness polygon.band').length,
              fairBars: Object.fromEntries(Array.from(document.querySelectorAll('.fairness-chart g.bar'))
                          .map(g => [g.dataset.label, num(g.dataset.value)])),
              popeBlocks: Array.from(document.querySelectorAll('.pope-block')).map(b => [
                            b.querySelector('figure').getBoundingClientRect().top,
                            b.querySelector('table').getBoundingClientRect().top]),
              gapBars: Object.fromEntries(Array.from(document.querySelectorAll('.gap-check g.bar'))
                          .map(g => [g.dataset.label, num(g.dataset.value)])),
              worst: Array.from(document.querySelectorAll('#worst tr.worst-row'))
                       .map(r => [r.dataset.metric, r.dataset.corruption, +r.dataset.severity]),
              popeF1: Object.fromEntries(Array.from(document.querySelectorAll('figure.pope-chart')).map(f =>
                        [f.dataset.model, num(f.querySelector('g.bar[data-label="all · F1"]').dataset.value)])),
              sideBySide: Array.from(document.querySelectorAll(
                            '#models-side-by-side tr[data-family="absent"] td[data-col="rate"]'))
                            .map(td => [td.dataset.model, td.textContent.trim()]),
              heard: Array.from(document.querySelectorAll('#heard-table tr.heard-row'))
                       .map(r => [r.querySelector('code').textContent, r.children[2].textContent]),
              sources: Array.from(document.querySelectorAll('#heard-table tr.heard-row[data-source]'))
                         .map(r => r.dataset.source).filter(s => s),
            };
        })()""")
        for name in SECTIONS:
            box = browser.evaluate(f"(() => {{ const e = document.getElementById('{name}'); if (!e) return null;"
                                   " const r = e.getBoundingClientRect();"
                                   " return {x: 0, y: r.top + window.scrollY, width: 1280, height: r.height, scale: 1}; })()")
            if box:
                shots[name] = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True, clip=box)
        full = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        problems = browser.problems()
    finally:
        browser.close()
    ARTIFACT_DIR.mkdir(parents=True, exist_ok=True)
    (ARTIFACT_DIR / "recorded-report-1280.png").write_bytes(base64.b64decode(full["data"]))
    for name, shot in shots.items():
        (ARTIFACT_DIR / f"recorded-{name}-1280.png").write_bytes(base64.b64decode(shot["data"]))
    shutil.copyfile(page, ARTIFACT_DIR / "recorded-report.html")
    assert problems == []
    # readable at 1280 px: no page-wide horizontal scroll; every table ends inside the window (or scrolls in its box)
    assert seen["pageWidth"] <= 1280, seen["pageWidth"]
    assert all(r <= 1280 and boxed for _, r, boxed in seen["tables"]), seen["tables"]
    assert seen["config"] <= 1280 and max(seen["configLines"]) > 1  # the long spec wraps (between its parts)
    # WER against severity per family, each point the mean over the 4 clips recomputed from the records
    assert sorted(seen["metrics"]) == [["codec", "wer"], ["noise", "wer"]]
    assert len(want["wer"]) == 9 and all(len(v) == 4 for v in want["wer"].values())
    for (family, name, sev), vals in want["wer"].items():
        assert seen["curves"][f"{family}|value|{name}|{sev}"] == pytest.approx(sum(v for v, _ in vals) / 4, abs=1e-4)
        assert seen["curves"][f"{family}|pass|{name}|{sev}"] == pytest.approx(sum(p for _, p in vals) / 4, abs=1e-4)
    assert seen["bands"] == 6  # 3 corruptions x (WER, pass rate), each a band over 3 severities
    # worst first across every metric: the WER cells with the lowest pass rate lead
    lowest = min(sum(p for _, p in v) / 4 for v in want["wer"].values())
    first = want["wer"][next(k for k in want["wer"] if (k[1], k[2]) == tuple(seen["worst"][0][1:]))]
    assert seen["worst"][0][0] == "wer" and sum(p for _, p in first) / 4 == lowest
    # per-voice figures of the gap check: expect.gap's per_group values, one bar per voice
    assert seen["gapBars"] == want["per_group"] and len(seen["gapBars"]) == 4
    # and of the per-accent tests (the voices= marker): each accent's WER from its own record
    assert seen["fairBars"] == pytest.approx(want["voices"], abs=1e-4) and len(seen["fairBars"]) == 4
    assert all(abs(chart - table) < 20 for chart, table in seen["popeBlocks"]), seen["popeBlocks"]  # side by side
    # POPE F1 per model from the answers; hallucination rates of absent probes side by side per model
    assert seen["popeF1"] == {m: pytest.approx(_f1(c), abs=1e-3) for m, c in want["pope"].items()}
    assert [m for m, _ in seen["sideBySide"]] == doc["meta"]["models"]  # one column group per configuration
    for model, text in seen["sideBySide"]:
        yes = want["absent_rates"].get(("absent", model))
        assert text == (f"{sum(yes) / len(yes):.0%} ({sum(yes)} of {len(yes)})" if yes else "–")  # VAD Whisper: not asked
    # what the cascade's language model was given, next to its answer; its animal "yes" came from the language model
    assert {n: t for n, t in seen["heard"]} == {n: h["transcript"] or "(empty)" for n, h in want["heard"].items()}
    assert seen["sources"] == ["language model"]
