"""Report writers: a versioned JSON document and a self-contained HTML page rendered from it."""

from __future__ import annotations

import datetime as _dt
import json
import platform
from pathlib import Path
from typing import Any

from ..session import State
from ..summary import case_verdict, summarize

SCHEMA = "pytest-audiotrust/results"
SCHEMA_VERSION = 1


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pytest-audiotrust")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout without install
        return "0+unknown"


def build_document(state: State) -> dict[str, Any]:
    """The JSON document (schema ``pytest-audiotrust/results`` v1) the HTML is rendered from."""
    records = sorted(state.records, key=lambda r: r["nodeid"])
    models = sorted({r["model"] for r in records if r.get("model")})
    return {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "meta": {
            "plugin_version": _version(),
            "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
            "seed": state.settings.seed,
            "model_spec": state.settings.model_spec,
            "models": models,
            "normalizer": state.settings.normalizer,
            "python": platform.python_version(),
        },
        "summary": summarize(records),
        "records": records,
    }


def render_html(document: dict[str, Any]) -> str:
    """Render the HTML report; every string from a model, transcript or path is auto-escaped."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("pytest_audiotrust.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    cases = []
    for r in document["records"]:
        cases.append({**r, "verdict": case_verdict(r)})
    return env.get_template("report.html.j2").render(doc=document, cases=cases)


def write_outputs(state: State, config: Any = None) -> None:
    doc = build_document(state)
    if state.settings.json_path:
        path = Path(state.settings.json_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, indent=1, sort_keys=True, default=str), encoding="utf-8")
    if state.settings.report:
        path = Path(state.settings.report)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_html(doc), encoding="utf-8")
