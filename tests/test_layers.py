"""The import-linter contracts in pyproject.toml (layers, scoring reads words, no cycles) hold for the package, and
an upward import inside a function breaks them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter")

ROOT = Path(__file__).resolve().parents[1]


def _lint(package_parent: Path, config: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(config_filename=sys.argv[1]))"
    return subprocess.run([sys.executable, "-c", code, str(config)], cwd=package_parent, capture_output=True, text=True,
                          env={"PYTHONPATH": str(package_parent), "PATH": "/usr/bin:/bin"}, timeout=120)


def test_the_package_keeps_its_contracts() -> None:
    out = _lint(ROOT, ROOT / "pyproject.toml")
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "5 kept, 0 broken" in out.stdout


def test_an_upward_import_inside_a_function_is_caught(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "pytest_audiotrust", tmp_path / "pytest_audiotrust",
                    ignore=shutil.ignore_patterns("__pycache__", "*.onnx", "*.flac", "*.wav", "*.tflite"))
    with (tmp_path / "pytest_audiotrust" / "corruptions" / "base.py").open("a") as f:
        f.write("\n\ndef _record(audio):\n    from ..report.artifacts import attach_audio\n\n    attach_audio('x', audio)\n")
    out = _lint(tmp_path, ROOT / "pyproject.toml")
    assert out.returncode == 1
    assert "pytest_audiotrust.corruptions.base -> pytest_audiotrust.report.artifacts" in out.stdout
