"""README and docs say what the code does: the default model, the results schema version, the probe counts, the
``prompt=None`` contract of ``transcribe``, the example suites' sample sizes (collected) and the AudioTrust coverage
table's fixtures and example specs. Each figure is read from the code, never written here."""

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


def _collected(*args: str) -> Counter[str]:
    """Cases per example test, as pytest collects ``example_suites`` (a subprocess: the suites' own conftest)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-m", "pytest", "example_suites", "--collect-only", "-q", "-p", "no:cacheprovider",
                          *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    return Counter(ln.split("[")[0].removeprefix("example_suites/") for ln in out.stdout.splitlines() if "::" in ln)


def _sampled_tests() -> dict[str, int]:
    """``file::test`` -> N for every example test whose ``@pytest.mark.audiotrust`` marker has ``sample=N``."""
    import ast

    found: dict[str, int] = {}
    for path in sorted((ROOT / "example_suites").glob("test_*.py")):
        for node in ast.walk(ast.parse(_text(path))):
            if isinstance(node, ast.FunctionDef):
                for dec in node.decorator_list:
                    if isinstance(dec, ast.Call) and ast.unparse(dec.func).endswith("mark.audiotrust"):
                        for kw in dec.keywords:
                            if kw.arg == "sample":
                                found[f"{path.name}::{node.name}"] = ast.literal_eval(kw.value)
    return found


def test_the_sample_sizes_in_the_readme_are_the_example_suites() -> None:
    readme = _text(ROOT / "README.md")
    sampled, default, full = _sampled_tests(), _collected(), _collected("--audiotrust-full")
    assert len(sampled) >= 10, sampled
    rows = {m.group(1): (int(m.group(2)), int(m.group(3)))
            for m in re.finditer(r"^\| `([\w.]+::\w+)`[^|]*\| `\w+` \| (\d+) / (\d+) \|$", readme, re.M)}
    assert {t: n for t, (n, _) in rows.items()} == sampled
    for t, (n, of) in rows.items():  # N of the fixture's `of` cases; a test with other fixtures runs their product
        assert full[t] % of == 0 and default[t] * of == full[t] * min(n, of), (t, n, of, default[t], full[t])
    totals = re.findall(r"([\d,]+) cases(?: by default)?,? \(?([\d,]+) with `--audiotrust-full`", readme)
    assert len(totals) >= 2, totals
    assert {(int(a.replace(",", "")), int(b.replace(",", ""))) for a, b in totals} == {
        (sum(default.values()), sum(full.values()))}


def test_the_coverage_table_names_real_fixtures_and_example_specs() -> None:
    from pytest_audiotrust.fixture_table import BY_NAME

    rows = [ln.split(" | ") for ln in _text(ROOT / "README.md").splitlines() if re.match(r"\| \d+ \| [a-z]+ \| ", ln)]
    assert [int(r[0].strip("| ")) for r in rows] == list(range(1, 27))
    for row in rows:
        fixture, status, spec = row[3], row[6], row[7].rstrip(" |")
        named = re.findall(r"`(\w+_probe)`", fixture)
        assert all(n in BY_NAME for n in named), (row[0], named)
        specs = re.findall(r"`(test_\w+\.py)`", spec)
        assert all((ROOT / "example_suites" / s).is_file() for s in specs), (row[0], specs)
        assert ((named or "search_flip" in fixture) and specs) or status.startswith("not built:"), row
