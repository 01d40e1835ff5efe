"""A worker crash under -n 2 loses only the crashed test: the others' results reach the JSON report."""

from __future__ import annotations

import json

import pytest


def test_worker_crash_keeps_other_results(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import os
        import pytest
        from pytest_audiotrust import expect

        @pytest.mark.parametrize("i", range(6))
        def test_case(i):
            if i == 3:
                os._exit(1)  # the worker process dies mid-test
            expect.wer("a b c", "a b c")
        """
    )
    result = pytester.runpytest("-n", "2", "--audiotrust-json=out.json", "--audiotrust-report=out.html")
    result.stdout.fnmatch_lines(["*worker*crashed*"])
    doc = json.loads((pytester.path / "out.json").read_text())
    done = sorted(r["nodeid"].rsplit("[", 1)[1] for r in doc["records"] if r["measurements"])
    assert done == ["0]", "1]", "2]", "4]", "5]"]
    assert (pytester.path / "out.html").stat().st_size > 0
