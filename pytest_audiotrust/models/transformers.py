"""Hugging Face transformers adapter: ASR pipelines and audio-text-to-text chat models.

``TransformersModel(path_or_id)`` picks its mode from the checkpoint's ``config.json``:

- **asr** — Whisper, wav2vec2 / HuBERT / Wav2Vec2-BERT CTC...: the
  ``automatic-speech-recognition`` pipeline. Transcribes only.
- **chat** — Qwen2-Audio, Qwen2.5-Omni, Voxtral, Phi-4-multimodal, Granite-speech...:
  ``AutoProcessor`` + a chat template with an audio part + ``model.generate``.
  Transcribes (with ``transcribe_prompt``) and answers questions.

Point it at real weights with a local directory (``transformers:/models/Qwen2-Audio-7B-Instruct``)
or a hub id (downloaded by transformers into its own cache unless ``HF_HUB_OFFLINE=1``).
Decoding is greedy by default (``do_sample=False``) so runs are reproducible.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import threading
from pathlib import Path
from typing import Any

from ..errors import CapabilityError, ConfigError, ModelError
from ..inputs.audio import Audio
from .base import TRANSCRIBE_PROMPT, AudioModel, Response

ASR_TYPES = {"whisper", "wav2vec2", "wav2vec2-conformer", "wav2vec2-bert", "hubert", "sew", "sew-d", "unispeech",
             "unispeech-sat", "data2vec-audio", "wavlm", "mctct", "speech_to_text", "moonshine", "parakeet_ctc"}
CHAT_TYPES = {"qwen2_audio", "qwen2_5_omni", "qwen2_5_omni_thinker", "voxtral", "phi4_multimodal", "granite_speech",
              "granite_speech_plus", "kimi_audio", "ultravox", "gemma3n", "audio_flamingo3", "qwen3_omni_moe"}
TASKS = ("auto", "asr", "chat")
INPUT_STYLES = ("processor", "template")
#: Audio longer than the feature extractor's window: "chunk" (several audio parts), "fail", or "auto"
#: (chunk with ``input_style="processor"``, which passes one audio per placeholder; fail otherwise).
LONG_AUDIO = ("auto", "chunk", "fail")


def _read_config(model: str) -> dict[str, Any] | None:
    path = Path(model).expanduser() / "config.json"
    if path.is_file():
        try:
            return json.loads(path.read_text())
        except ValueError as exc:
            raise ConfigError(f"transformers:{model}: {path} is not valid JSON ({exc})") from exc
    return None


def _fingerprint(model: str) -> str:
    """Changes when a local checkpoint's files change (config content, weight names/sizes/mtimes)."""
    root = Path(model).expanduser()
    if not root.is_dir():
        return ""
    h = hashlib.sha256()
    for p in sorted(root.iterdir()):
        if p.is_file():
            st = p.stat()
            h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


class TransformersModel(AudioModel):
    """``TransformersModel("/models/whisper-small")`` or ``TransformersModel("/models/Qwen2-Audio-7B-Instruct")``."""

    version = "1"

    def __init__(
        self,
        model: str,
        *,
        task: str = "auto",
        device: str = "cpu",
        dtype: str | None = None,
        max_new_tokens: int = 128,
        generate_kwargs: dict[str, Any] | None = None,
        system_prompt: str | None = None,
        transcribe_prompt: str = TRANSCRIBE_PROMPT,
        input_style: str = "processor",
        model_class: str | None = None,
        batch_size: int = 8,
        language: str | None = None,
        trust_remote_code: bool = False,
        revision: str | None = None,
        long_audio: str = "auto",
    ) -> None:
        if not isinstance(model, str) or not model:
            raise ConfigError(f"TransformersModel(model={model!r}): expected a checkpoint directory or hub id")
        if task not in TASKS:
            raise ConfigError(f"TransformersModel(task={task!r}): expected one of {', '.join(TASKS)}")
        if input_style not in INPUT_STYLES:
            raise ConfigError(f"TransformersModel(input_style={input_style!r}): expected one of {', '.join(INPUT_STYLES)}")
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ConfigError(f"TransformersModel(batch_size={batch_size!r}): expected an integer >= 1")
        looks_local = model.startswith((".", "/", "~")) or Path(model).expanduser().exists()
        cfg = _read_config(model)
        if looks_local and cfg is None:
            raise ConfigError(f"transformers:{model}: expected a checkpoint directory with a config.json")
        model_type = (cfg or {}).get("model_type", "")
        if task == "auto":
            if cfg is None:
                raise ConfigError(f"transformers:{model}: cannot tell asr from chat without a local config.json; "
                                  "pass task=asr or task=chat")
            if model_type in ASR_TYPES:
                task = "asr"
            elif model_type in CHAT_TYPES:
                task = "chat"
            else:
                raise ConfigError(
                    f"transformers:{model}: model_type {model_type!r} is neither a known ASR type "
                    f"({', '.join(sorted(ASR_TYPES))}) "
                    f"nor a known audio chat type ({', '.join(sorted(CHAT_TYPES))}); pass task=asr or task=chat"
                )
        self.model_name = model
        self.model_type = model_type
        self.task = task
        self.device = device
        self.dtype = dtype
        self.max_new_tokens = max_new_tokens
        self.generate_kwargs = dict(generate_kwargs or {})
        self.system_prompt = system_prompt
        self.transcribe_prompt = transcribe_prompt
        self.input_style = input_style
        self.model_class = model_class
        self.batch_size = batch_size
        self.language = language
        self.trust_remote_code = trust_remote_code
        self.revision = revision
        if long_audio not in LONG_AUDIO:
            raise ConfigError(f"TransformersModel(long_audio={long_audio!r}): expected one of {', '.join(LONG_AUDIO)}")
        self.long_audio = long_audio
        self.capabilities = frozenset({"transcribe"} if task == "asr" else {"transcribe", "ask"})
        self.sample_rate = _sampling_rate(model)
        self._fingerprint = _fingerprint(model)
        self._pipe: Any = None
        self._model: Any = None
        self._processor: Any = None
        self._lock = threading.RLock()

    @property
    def id(self) -> str:
        return f"transformers:{self.model_name}"

    def config(self) -> dict[str, Any]:
        cfg = {"model": self.model_name, "task": self.task, "files": self._fingerprint, "dtype": self.dtype,
               "max_new_tokens": self.max_new_tokens, "generate_kwargs": self.generate_kwargs, "language": self.language}
        if self.revision:
            cfg["revision"] = self.revision
        if self.task == "chat":
            cfg.update(system_prompt=self.system_prompt, transcribe_prompt=self.transcribe_prompt,
                       input_style=self.input_style)
        return cfg

    # ---- loading ------------------------------------------------------------
    def _torch_dtype(self) -> Any:
        if self.dtype is None:
            return None
        import torch

        value = getattr(torch, self.dtype, None)
        if not isinstance(value, torch.dtype):
            raise ConfigError(f"TransformersModel(dtype={self.dtype!r}): expected a torch dtype name such as float32 or bfloat16")
        return value

    def _load_asr(self) -> Any:
        with self._lock:
            if self._pipe is None:
                from transformers import pipeline

                kwargs: dict[str, Any] = {"device": self.device, "trust_remote_code": self.trust_remote_code,
                                          **({"revision": self.revision} if self.revision else {})}
                if self.dtype:
                    kwargs["dtype"] = self._torch_dtype()
                pipe = pipeline("automatic-speech-recognition", model=self.model_name, **kwargs)
                tok = getattr(pipe, "tokenizer", None)
                if tok is not None and tok.pad_token_id is None and pipe.model.config.eos_token_id is not None:
                    tok.pad_token_id = pipe.model.config.eos_token_id  # batching needs a pad token
                self._pipe = pipe
            return self._pipe

    def _load_chat(self) -> tuple[Any, Any]:
        with self._lock:
            if self._model is None:
                import transformers

                rev = {"revision": self.revision} if self.revision else {}
                processor = transformers.AutoProcessor.from_pretrained(self.model_name, trust_remote_code=self.trust_remote_code,
                                                                       **rev)
                if self.model_class:
                    module_name, _, attr = self.model_class.rpartition(".")
                    owner = importlib.import_module(module_name) if module_name else transformers
                    cls = getattr(owner, attr, None)
                    if cls is None:
                        raise ConfigError(f"TransformersModel(model_class={self.model_class!r}): no such class")
                else:
                    cls = getattr(transformers, "AutoModelForMultimodalLM", None) or transformers.AutoModelForSeq2SeqLM
                kwargs: dict[str, Any] = {"trust_remote_code": self.trust_remote_code, **rev}
                if self.dtype:
                    kwargs["dtype"] = self._torch_dtype()
                model = cls.from_pretrained(self.model_name, **kwargs).to(self.device).eval()
                tokenizer = getattr(processor, "tokenizer", None)
                if tokenizer is not None:
                    tokenizer.padding_side = "left"  # decoder-only batch generation
                self._processor, self._model = processor, model
            return self._processor, self._model

    # ---- calls --------------------------------------------------------------
    def _generate(self, audio: Audio, prompt: str | None) -> Response:
        return self._run([(audio, prompt)])[0]

    def _run(self, items: list[tuple[Audio, str | None]]) -> list[Response]:
        if self.task == "asr":
            if any(p is not None for _, p in items):
                raise CapabilityError(f"{self.id} is an ASR pipeline: it transcribes and takes no prompt")
            return self._asr([a for a, _ in items])
        return self._chat(items)

    def _asr(self, audios: list[Audio]) -> list[Response]:
        pipe = self._load_asr()
        inputs = [{"raw": a.samples.astype("float32"), "sampling_rate": a.sample_rate} for a in audios]
        kwargs: dict[str, Any] = {"batch_size": min(self.batch_size, len(inputs))}
        if self.model_type == "whisper":
            gen = {"max_new_tokens": self.max_new_tokens, **self.generate_kwargs}
            if self.language:
                gen["language"] = self.language
            kwargs["generate_kwargs"] = gen
        with self._lock:
            outs = pipe(inputs, **kwargs)
        return [Response(str(o["text"]).strip(), {"task": "asr"}) for o in outs]

    def _conversation(self, prompt: str | None, audio: list[Audio] | None, parts: int = 1) -> list[dict[str, Any]]:
        """A chat turn with ``parts`` audio parts (the pieces of ``audio`` when given) and the prompt."""
        pieces: list[dict[str, Any]] = ([{"type": "audio", "audio": a.samples} for a in audio] if audio is not None
                                        else [{"type": "audio"} for _ in range(parts)])
        conv: list[dict[str, Any]] = []
        if self.system_prompt:
            conv.append({"role": "system", "content": [{"type": "text", "text": self.system_prompt}]})
        conv.append({"role": "user", "content": [*pieces, {"type": "text", "text": prompt if prompt is not None
                                                             else self.transcribe_prompt}]})
        return conv

    def _window(self, processor: Any) -> int | None:
        """Samples one audio part may hold: the feature extractor's ``n_samples`` (or ``chunk_length`` s)."""
        fe = getattr(processor, "feature_extractor", None)
        n = getattr(fe, "n_samples", None)
        if isinstance(n, int) and n > 0:
            return n
        chunk = getattr(fe, "chunk_length", None)
        rate = getattr(fe, "sampling_rate", None) or self.sample_rate
        return int(chunk * rate) if isinstance(chunk, (int, float)) and chunk > 0 else None

    def _parts(self, audio: Audio, window: int | None) -> list[Audio]:
        """``audio`` as one part, or cut into window-long parts; never drops the tail silently."""
        if window is None or audio.samples.shape[0] <= window:
            return [audio]
        chunk = self.long_audio == "chunk" or (self.long_audio == "auto" and self.input_style == "processor")
        if not chunk:
            raise ModelError(self.id, f"clip is {audio.samples.shape[0] / audio.sample_rate:.1f} s but the feature "
                                      f"extractor takes at most {window / audio.sample_rate:.1f} s per audio part; "
                                      "pass long_audio='chunk' (several audio parts) or shorten the clip")
        return [Audio.from_array(audio.samples[i:i + window], audio.sample_rate)
                for i in range(0, audio.samples.shape[0], window)]

    def _chat(self, items: list[tuple[Audio, str | None]]) -> list[Response]:
        import torch

        processor, model = self._load_chat()
        window = self._window(processor)
        parts = [self._parts(a, window) for a, _ in items]
        if self.input_style == "template":  # Voxtral style: the processor's template loads the audio itself
            inputs = processor.apply_chat_template(
                [self._conversation(p, ps) for ps, (_, p) in zip(parts, items, strict=True)], add_generation_prompt=True,
                tokenize=True, return_dict=True, return_tensors="pt", padding=True, sampling_rate=self.sample_rate)
        else:  # Qwen2-Audio style: template renders text with audio placeholders; the processor adds features
            texts = [processor.apply_chat_template(self._conversation(p, None, len(ps)), add_generation_prompt=True,
                                                   tokenize=False) for ps, (_, p) in zip(parts, items, strict=True)]
            inputs = processor(text=texts, audio=[a.samples for ps in parts for a in ps], sampling_rate=self.sample_rate,
                               return_tensors="pt", padding=True)
        inputs = inputs.to(self.device)
        gen = {"max_new_tokens": self.max_new_tokens, "do_sample": False, **self.generate_kwargs}
        with self._lock, torch.inference_mode():
            output = model.generate(**inputs, **gen)
        sequences = output.sequences if hasattr(output, "sequences") else output
        new_tokens = sequences[:, inputs["input_ids"].shape[1]:]
        texts = processor.batch_decode(new_tokens, skip_special_tokens=True)
        return [Response(t.strip(), {"task": "chat", "new_tokens": int((row != _pad_id(processor)).sum()),
                                     **({"audio_parts": len(ps)} if len(ps) > 1 else {})})
                for t, row, ps in zip(texts, new_tokens, parts, strict=True)]

    def generate_batch(
        self, items: list[tuple[Any, str | None]], *, return_exceptions: bool = False
    ) -> list[Response]:
        """Runs up to ``batch_size`` items through the model at once (padded); on a batch failure
        with ``return_exceptions=True`` the items are retried one by one so each gets its own error."""
        if len(items) <= 1:
            return super().generate_batch(items, return_exceptions=return_exceptions)
        prepared = [(self.prepare(a), p) for a, p in items]
        out: list[Any] = []
        for start in range(0, len(prepared), self.batch_size):
            chunk = prepared[start:start + self.batch_size]
            try:
                raw = self._run(chunk)
            except Exception:
                if not return_exceptions:
                    raise
                out.extend(super().generate_batch(chunk, return_exceptions=True))
                continue
            out.extend(Response(r.text, {"model": self.id, "prompt": p, "batched": len(chunk), **r.metadata})
                       for r, (_, p) in zip(raw, chunk, strict=True))
        return out

    def close(self) -> None:
        with self._lock:
            self._pipe = self._model = self._processor = None


def _pad_id(processor: Any) -> int:
    tok = getattr(processor, "tokenizer", processor)
    pad = getattr(tok, "pad_token_id", None)
    return -1 if pad is None else int(pad)


def _sampling_rate(model: str) -> int:
    path = Path(model).expanduser() / "preprocessor_config.json"
    if path.is_file():
        try:
            data = json.loads(path.read_text())
        except ValueError:
            return 16_000
        rate = data.get("sampling_rate") or data.get("feature_extractor", {}).get("sampling_rate")
        if isinstance(rate, int):
            return rate
    return 16_000
