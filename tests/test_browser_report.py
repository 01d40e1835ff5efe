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
    assert card == [["robustness", "fail", True], ["hallucination", "not measured", True],
                    ["fairness", "not measured", True], ["safety", "fail", True], ["privacy", "not measured", True],
                    ["authentication", "not measured", True]]
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
