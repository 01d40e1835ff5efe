"""Report writers: a versioned JSON document and a self-contained HTML page rendered from it.

- :func:`build_document` turns the session state into the JSON document (schema
  ``pytest-audiotrust/results``, documented in ``docs/report-schema.md``).
- :func:`render_html` renders that document alone (also one loaded back from JSON:
  ``audiotrust report results.json -o report.html``) into one offline HTML file with a strict
  Content-Security-Policy: no network, inline script and style allowed only by their SHA-256.
- :func:`write_outputs` writes both and, on request, the failing cases' audio beside the HTML.
"""

from __future__ import annotations

import datetime as _dt
import json
import platform
import re
import shutil
from pathlib import Path
from typing import Any

from ..verdicts.results import SCHEMA, SCHEMA_VERSION, State, check_document
from ..verdicts.summary import case_verdict, overall_verdict, summarize

#: Default cap on the audio copied beside a report (bytes, all files together).
AUDIO_MAX_BYTES = 25 * 1024 * 1024


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pytest-audiotrust")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout without install
        return "0+unknown"


_SECRET_KEY = re.compile(r"(?i)(api[_-]?key|token|secret|passw(or)?d|authori[sz]ation|cookie|credential|bearer)")


def redact(value: Any) -> Any:
    """Replace the values of secret-looking keys (api_key, token, Authorization...) with ``"***"``, recursively."""
    if isinstance(value, dict):
        return {k: "***" if _SECRET_KEY.search(str(k)) and v not in (None, "") else redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


def _jsonable(value: Any) -> Any:
    """A JSON round trip, so the document holds only JSON types (and the HTML equals a re-render from JSON)."""
    return json.loads(json.dumps(value, sort_keys=True, default=str))


def build_document(state: State) -> dict[str, Any]:
    """The JSON document (schema ``pytest-audiotrust/results`` v1) the HTML is rendered from."""
    records = sorted(_jsonable(state.records), key=lambda r: (r.get("nodeid", ""), json.dumps(r, sort_keys=True)))
    models = sorted({r["model"] for r in records if r.get("model")})
    doc = {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "meta": {
            "plugin_version": _version(),
            "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "seed": state.settings.seed,
            "model_spec": state.settings.model_spec,
            "models": models,
            "model_info": redact(_jsonable(state.model_info)),
            "normalizer": state.settings.normalizer,
            "python": platform.python_version(),
            "duration_s": round(_dt.datetime.now(_dt.UTC).timestamp() - state.started, 3),
        },
        "summary": summarize(records),
        "gates": _jsonable(state.gates),
        "extras": _jsonable(state.extras),
        "records": records,
    }
    from .scorecard import trust_sections

    doc.update(trust_sections(doc))
    doc["verdict"] = overall_verdict(doc)
    return doc


def render_html(document: dict[str, Any]) -> str:
    """Render the HTML report from a results document; every string from a model, transcript or path is escaped."""
    from .html import render

    doc = check_document(document)
    if doc["version"] < SCHEMA_VERSION:  # an older document: its summary is derived from its records, so re-derive it
        doc = {**doc, "summary": summarize([r for r in doc["records"] if isinstance(r, dict)])}
    return render(doc)


def _report_audio_setting(config: Any) -> int:
    if config is None:
        return 0
    try:
        return int(config.getoption("audiotrust_report_audio") or 0)
    except (ValueError, AttributeError):
        return 0


def copy_audio(document: dict[str, Any], report: Path, limit: int, max_bytes: int = AUDIO_MAX_BYTES) -> dict[str, Any]:
    """Copy the staged audio of the first ``limit`` failing cases into ``<stem>_files/`` beside ``report``.

    Records' ``artifacts`` are rewritten to paths relative to the report's folder; artefacts not copied are
    dropped (their staging files are temporary). Returns what was done (also stored in ``meta.audio``).
    """
    folder = report.parent / f"{report.stem}_files"
    saved = skipped = cases = used = 0
    if folder.is_dir():  # files of an earlier report only: never anything else a user keeps there
        for old in folder.glob("case[0-9][0-9][0-9]-*.wav"):
            old.unlink()
    for rec in document["records"]:
        arts = rec.get("artifacts") or {}
        keep: dict[str, str] = {}
        if arts and limit and cases < limit and case_verdict(rec) in ("fail", "error"):
            cases += 1
            for name, src in sorted(arts.items()):
                path = Path(src)
                size = path.stat().st_size if path.is_file() else None
                if size is None or used + size > max_bytes:
                    skipped += 1
                    continue
                folder.mkdir(parents=True, exist_ok=True)
                dest = folder / f"case{cases:03d}-{name}.wav"
                shutil.copyfile(path, dest)
                used += size
                saved += 1
                keep[name] = f"{folder.name}/{dest.name}"
        rec["artifacts"] = keep
    info = {"cases": cases, "files": saved, "skipped_over_cap": skipped, "bytes": used, "limit_cases": limit,
            "max_bytes": max_bytes, "folder": folder.name if saved else None}
    document["meta"]["audio"] = info
    return info


def write_outputs(state: State, config: Any = None) -> dict[str, Any]:
    """Write the JSON document and/or the HTML report the settings ask for; returns the document."""
    doc = build_document(state)
    limit = _report_audio_setting(config)
    if state.settings.report and limit:
        copy_audio(doc, Path(state.settings.report), limit)
    if state.settings.json_path:
        path = Path(state.settings.json_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, indent=1, sort_keys=True), encoding="utf-8")
    if state.settings.report:
        path = Path(state.settings.report)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_html(doc), encoding="utf-8")
    return doc
