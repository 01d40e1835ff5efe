"""Security: secrets never reach the report, the JSON, the cache or the terminal; hostile names are escaped."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _html import parse
from _openai_server import OpenAIServer

SECRET = "sk-live-7f3a9c0e1b2d4f6a8c0e"


def test_api_key_is_nowhere_in_outputs(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    def echo(audio, prompt):  # type: ignore[no-untyped-def]
        return f"Thanks for watching! See you in {audio.duration:.0f} weeks."  # a known Whisper hallucination

    with OpenAIServer(echo, api_key=SECRET) as server:
        monkeypatch.setenv("TEAM_AUDIO_KEY", SECRET)
        monkeypatch.setenv("AUDIOTRUST_CACHE_DIR", str(pytester.path / "cache"))
        pytester.makepyfile(
            """
            import pytest
            from pytest_audiotrust import expect
            @pytest.mark.audiotrust(probes=["silence.digital", "noise.white_-30dBFS"])
            def test_probe(audiotrust_model, nonspeech_probe):
                expect.no_speech(audiotrust_model.transcribe(nonspeech_probe))
            """
        )
        spec = f"openai:{server.base_url}#audio-model?api_key_env=TEAM_AUDIO_KEY&mode=chat"
        result = pytester.runpytest("-v", f"--audiotrust-model={spec}", "--audiotrust-report=r.html",
                                    "--audiotrust-json=r.json", "--audiotrust-cache=rw")
        result.assert_outcomes(failed=2)  # the echo model "hallucinates" on purpose
        assert all(r["auth"] == f"Bearer {SECRET}" for r in server.requests)  # the key was really used
    texts = {
        "terminal": result.stdout.str() + result.stderr.str(),
        "report": (pytester.path / "r.html").read_text(),
        "json": (pytester.path / "r.json").read_text(),
    }
    cache_files = [p for p in (pytester.path / "cache").rglob("*") if p.is_file()]
    assert cache_files, "the response cache should have stored the answers"
    texts.update({f"cache:{p.name}": p.read_bytes().decode("utf-8", "replace") + p.name for p in cache_files})
    for where, text in texts.items():
        assert SECRET not in text, f"the API key leaked into {where}"
        assert "Bearer" not in text, f"an auth header leaked into {where}"
    assert "audio-model" in texts["json"]  # the model id itself is reported


def test_hostile_clip_names_transcripts_and_outputs_are_escaped(pytester: pytest.Pytester) -> None:
    from pytest_audiotrust.clips import bundled_clips

    src = next(e for e in bundled_clips() if e.id == "cmd_lights_01").path
    hostile_file = '"><img src=x onerror=alert(1)>.flac'
    shutil.copy(src, pytester.path / hostile_file)
    clip = {"id": "<script>alert('id')</script>", "file": hostile_file,
            "transcript": "</td><script>alert('ref')</script>"}
    (pytester.path / "clips.jsonl").write_text(json.dumps(clip) + "\n")
    pytester.makeconftest(
        """
        import pytest
        from pytest_audiotrust.models import CallableModel
        @pytest.fixture(scope="session")
        def audiotrust_model():
            return CallableModel(lambda a, p: "<a href='javascript:alert(3)'>click</a><svg onload=alert(4)>", name="evil")
        """
    )
    pytester.makepyfile(
        """
        from pytest_audiotrust import expect
        def test_accurate(audiotrust_model, speech_clip):
            expect.wer(audiotrust_model.transcribe(speech_clip), speech_clip.transcript)
        """
    )
    result = pytester.runpytest("--audiotrust-clips=clips.jsonl", "--audiotrust-report=r.html", "--audiotrust-json=r.json")
    result.assert_outcomes(failed=1)
    html = (pytester.path / "r.html").read_text()
    parser = parse(html)
    assert "img" not in parser.names() and "svg" not in parser.names()
    assert not any(h.strip().lower().startswith("javascript:") for h in parser.urls())
    shown = "".join(parser.text)
    assert "<svg onload=alert(4)>" in shown and "</td><script>alert('ref')</script>" in shown
    assert "<script>alert('id')</script>" in shown  # the hostile clip id, shown as text
