"""With pytest-html installed, each measured case carries its measurements as an escaped extra."""

from __future__ import annotations

import pytest

pytest.importorskip("pytest_html", reason="pytest-html is not installed (extra 'test' installs it)")


def test_pytest_html_shows_measurements_escaped(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from pytest_audiotrust import expect
        def test_accuracy():
            expect.wer("<script>alert(1)</script> lights", "turn off the lights", max_wer=0.1)
        """
    )
    result = pytester.runpytest("--html=r.html", "--self-contained-html")
    result.assert_outcomes(failed=1)
    html = (pytester.path / "r.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; lights" in html or "&amp;lt;script&amp;gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert "max 0.1 (argument)" in html and "turn off the lights" in html
