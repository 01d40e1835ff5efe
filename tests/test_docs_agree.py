"""README and docs say what the code does: the default model, the results schema version, the probe counts and the
``prompt=None`` contract of ``transcribe``. Each figure is read from the code, never written here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _default_model(pytester: pytest.Pytester) -> str:
    """The ini default, as pytest resolves it with no ini file (read from the plugin, not from this test)."""
    return str(pytester.parseconfig().getini("audiotrust_model"))


def test_every_default_model_named_in_the_docs_is_the_code_default(pytester: pytest.Pytester) -> None:
    default = _default_model(pytester)
    patterns = [r"`([a-z_]+:[^`\s]+)` \(default\)", r"\(default `([a-z_]+:[^`\s]+)`\)",
                r"default model `([a-z_]+:[^`\s]+)`", r"default ``([a-z_]+:[^`\s]+)``"]
    named = [(p.name, m) for p in [*DOCS, ROOT / "pytest_audiotrust" / "plugin.py"]
             for pat in patterns for m in re.findall(pat, _text(p))]
    assert len(named) >= 3, named  # the spec table, the option table, the prose
    assert [n for n in named if n[1] != default] == []


def test_the_schema_version_in_the_docs_is_the_one_written() -> None:
    from pytest_audiotrust.report import SCHEMA, SCHEMA_VERSION

    found = [(p.name, int(v)) for p in DOCS
             for v in re.findall(re.escape(SCHEMA) + r"`?,? (?:v|version )(\d+)", _text(p))]
    assert len(found) >= 3, found  # README's option table, reporting.md, report-schema.md's title
    assert [f for f in found if f[1] != SCHEMA_VERSION] == []


def test_the_nonspeech_probe_counts_in_the_readme_are_the_catalogs() -> None:
    from pytest_audiotrust.probes import names

    catalog = names()
    by_family = Counter(n.split(".")[0] for n in catalog)
    row = next(ln for ln in _text(ROOT / "README.md").splitlines() if ln.startswith("| `nonspeech_probe` |"))
    total = re.search(r"\| (\d+) probes without speech", row)
    assert total and int(total.group(1)) == len(catalog)
    # "5 real hold-music excerpts (`music.*`)", "15 real recordings of everyday sounds (`event.*`)"
    families = re.findall(r"(\d+) [^|(,]*?\(`(\w+)\.\*`\)", row)
    assert len(families) >= 2, row
    assert {fam: int(n) for n, fam in families} == {fam: by_family[fam] for _, fam in families}


def test_prompt_is_none_for_transcribe_as_the_readme_says() -> None:
    from pytest_audiotrust.audio import Audio
    from pytest_audiotrust.models import CallableModel

    readme = _text(ROOT / "README.md")
    assert re.search(r"`prompt` is `None` for\s+`transcribe`", readme)
    seen: list[object] = []
    model = CallableModel(lambda audio, prompt: seen.append(prompt) or "", name="prompt-probe")
    tone = Audio.from_array(__import__("numpy").zeros(1600, "float32"), 16000)  # 0.1 s of digital silence
    model.transcribe(tone)
    model.ask(tone, "Is there a dog barking?")
    assert seen == [None, "Is there a dog barking?"]
