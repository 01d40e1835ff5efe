"""OpenAI-compatible HTTP adapter (httpx): vLLM, TGI, LiteLLM, llama.cpp server, OpenAI itself.

Two modes:

- ``chat`` (default): ``POST {base_url}/chat/completions`` with the audio as an
  ``input_audio`` content part (base64 WAV) next to the text prompt — what vLLM serves
  for Qwen2-Audio / Ultravox and GPT-4o-audio accepts. Can transcribe and answer questions.
- ``transcriptions``: ``POST {base_url}/audio/transcriptions`` (multipart upload, Whisper
  style). Transcribes only.

The API key is read from an environment variable at request time (``api_key_env``; without
it, ``OPENAI_API_KEY`` is used for ``https://api.openai.com/`` only); it
is never stored on the adapter, so it cannot reach ``repr``, ``config()``, cache keys,
logs or reports. Failed calls are retried with exponential backoff on 429, 5xx and
connection errors / timeouts, honouring ``Retry-After`` (``models.http``, shared with the LLM judge).
After ``breaker`` consecutive connection failures or timeouts (default 3; 0 = never) a circuit breaker
fails every further call at once, naming the URL and the first error. ``generate_batch`` sends up to
``concurrency`` requests at once from a thread pool.

Identity: ``revision=`` (what you deployed) and what ``GET {base_url}/models`` reports about the model
(``id``, ``created``, ``owned_by``; fetched once, at the first call) are part of ``identity()`` and so of
cache keys: a redeploy under the same name is a cache miss.
"""

from __future__ import annotations

import base64
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..errors import ConfigError, ModelError
from ..inputs.audio import Audio
from .base import TRANSCRIBE_PROMPT, AudioModel, Response
from .http import CircuitBreaker, RetryPolicy, parse_retry_after, request_json

__all__ = ["MODES", "OpenAICompatible", "parse_retry_after"]

MODES = ("chat", "transcriptions")
#: Fields of a ``/v1/models`` entry that identify the deployed weights.
IDENTITY_FIELDS = ("id", "created", "owned_by", "root", "parent")


class OpenAICompatible(AudioModel):
    """``OpenAICompatible(base_url="http://gpu-box:8000/v1", model="Qwen/Qwen2-Audio-7B-Instruct")``."""

    version = "1"

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        mode: str = "chat",
        api_key_env: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 4,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        concurrency: int = 8,
        temperature: float | None = 0.0,
        max_tokens: int | None = 512,
        system_prompt: str | None = None,
        transcribe_prompt: str = TRANSCRIBE_PROMPT,
        language: str | None = None,
        sample_rate: int = 16_000,
        extra_body: dict[str, Any] | None = None,
        revision: str | None = None,
        breaker: int = 3,
        identify: bool = True,
    ) -> None:
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"OpenAICompatible(base_url={base_url!r}): expected an http(s):// URL, e.g. http://host:8000/v1")
        if not isinstance(model, str) or not model:
            raise ConfigError(f"OpenAICompatible(model={model!r}): expected the served model name")
        if mode not in MODES:
            raise ConfigError(f"OpenAICompatible(mode={mode!r}): expected one of {', '.join(MODES)}")
        for name, value, low in (("timeout", timeout, 0.001), ("backoff", backoff, 0.0), ("max_backoff", max_backoff, 0.0)):
            if not isinstance(value, (int, float)) or value < low:
                raise ConfigError(f"OpenAICompatible({name}={value!r}): expected a number >= {low}")
        if revision is not None and not isinstance(revision, str):
            raise ConfigError(f"OpenAICompatible(revision={revision!r}): expected a string (tag, commit or deploy id)")
        for name, value, low in (("max_retries", max_retries, 0), ("concurrency", concurrency, 1), ("breaker", breaker, 0)):
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise ConfigError(f"OpenAICompatible({name}={value!r}): expected an integer >= {low}")
        if api_key_env is not None and not os.environ.get(api_key_env):
            raise ConfigError(
                f"OpenAICompatible(api_key_env={api_key_env!r}): environment variable {api_key_env} is not set; "
                "export it (the key is read from the environment only and never written to reports)"
            )
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.mode = mode
        self.api_key_env = api_key_env
        self.timeout = float(timeout)
        self.policy = RetryPolicy(max_retries, float(backoff), float(max_backoff))
        self.revision = revision
        self.identify = bool(identify)
        self.breaker = CircuitBreaker(self.base_url, breaker)
        self._served: dict[str, Any] | None = None
        self.concurrency = concurrency
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.system_prompt = system_prompt
        self.transcribe_prompt = transcribe_prompt
        self.language = language
        self.sample_rate = sample_rate
        self.extra_body = dict(extra_body or {})
        self.capabilities = frozenset({"transcribe", "ask"} if mode == "chat" else {"transcribe"})
        self._client: Any = None
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(concurrency)
        self.retries_made = 0

    # ---- identity ---------------------------------------------------------
    @property
    def id(self) -> str:
        return f"openai:{self.base_url}#{self.model}" + ("" if self.mode == "chat" else f"[{self.mode}]")

    def config(self) -> dict[str, Any]:
        cfg: dict[str, Any] = {"base_url": self.base_url, "model": self.model, "mode": self.mode,
                               "temperature": self.temperature, "language": self.language}
        if self.revision:
            cfg["revision"] = self.revision
        if self.mode == "chat":
            cfg.update(max_tokens=self.max_tokens, system_prompt=self.system_prompt,
                       transcribe_prompt=self.transcribe_prompt)
        if self.extra_body:
            cfg["extra_body"] = self.extra_body
        return cfg

    def identity(self) -> dict[str, Any]:
        """``revision`` plus what ``GET {base_url}/models`` says about the model, fetched once (lazily)."""
        out = super().identity()
        if self.identify:
            out["served"] = self._served_identity()
        return out

    def _served_identity(self) -> dict[str, Any]:
        with self._lock:
            if self._served is not None:
                return self._served
        served = self._fetch_models()
        with self._lock:
            if self._served is None:
                self._served = served
            return self._served

    def _fetch_models(self) -> dict[str, Any]:
        """One ``/models`` request (no retries): the entry whose id is the model, or a note of why none."""
        try:
            data = request_json(self._http(), "GET", f"{self.base_url}/models", who=self.id,
                                policy=RetryPolicy(max_retries=0), timeout=self.timeout, headers=self._headers,
                                breaker=self.breaker)
        except ModelError as exc:
            if self.breaker.opened:
                raise
            return {"unavailable": exc.reason[:200]}
        entries = data.get("data") if isinstance(data, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and entry.get("id") == self.model:
                return {k: entry[k] for k in IDENTITY_FIELDS if k in entry}
        return {"unlisted": True}

    # ---- transport --------------------------------------------------------
    def _http(self) -> Any:
        with self._lock:
            if self._client is None:
                try:
                    import httpx
                except ImportError as exc:
                    raise ConfigError("the openai: adapter needs httpx: pip install 'pytest-audiotrust[http]'") from exc
                self._client = httpx.Client(
                    timeout=httpx.Timeout(self.timeout, connect=min(10.0, self.timeout)),
                    limits=httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency),
                )
            return self._client

    def _headers(self) -> dict[str, str]:
        # Without api_key_env, OPENAI_API_KEY is sent to api.openai.com only, never to other hosts.
        name = self.api_key_env or ("OPENAI_API_KEY" if self.base_url.startswith("https://api.openai.com/") else None)
        key = os.environ.get(name) if name else None
        return {"Authorization": f"Bearer {key}"} if key else {}

    def _post(self, path: str, **kwargs: Any) -> Any:
        """POST with retries (``models.http``); the decoded JSON body or a ModelError naming what went wrong."""
        return request_json(self._http(), "POST", f"{self.base_url}{path}", who=self.id, policy=self.policy,
                            timeout=self.timeout, headers=self._headers, breaker=self.breaker, slots=self._slots,
                            on_retry=self._count_retry, **kwargs)

    def _count_retry(self) -> None:
        with self._lock:
            self.retries_made += 1

    max_retries = property(lambda self: self.policy.max_retries)
    backoff = property(lambda self: self.policy.backoff)
    max_backoff = property(lambda self: self.policy.max_backoff)

    @property
    def unavailable(self) -> str | None:
        """The circuit breaker's message once it has opened (the terminal summary shows it once)."""
        return self.breaker.message if self.breaker.opened else None

    # ---- calls ------------------------------------------------------------
    def _generate(self, audio: Audio, prompt: str | None) -> Response:
        wav = audio.to_bytes("WAV", "PCM_16")
        if self.mode == "transcriptions":
            return self._transcription(wav, prompt)
        return self._chat(wav, prompt)

    def _chat(self, wav: bytes, prompt: str | None) -> Response:
        messages: list[dict[str, Any]] = []
        if self.system_prompt:
            messages.append({"role": "system", "content": self.system_prompt})
        messages.append({"role": "user", "content": [
            {"type": "input_audio", "input_audio": {"data": base64.b64encode(wav).decode("ascii"), "format": "wav"}},
            {"type": "text", "text": prompt if prompt is not None else self.transcribe_prompt},
        ]})
        body: dict[str, Any] = {"model": self.model, "messages": messages, **self.extra_body}
        if self.temperature is not None:
            body["temperature"] = self.temperature
        if self.max_tokens is not None:
            body["max_tokens"] = self.max_tokens
        data = self._post("/chat/completions", json=body)
        try:
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ModelError(self.id, f"unexpected chat completion shape (missing {exc}); "
                                      f"expected choices[0].message.content, got {str(data)[:200]!r}") from exc
        if isinstance(content, list):  # content parts
            content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
        if content is None:
            content = ""
        if not isinstance(content, str):
            raise ModelError(self.id, f"choices[0].message.content is {type(content).__name__}; expected text")
        meta = {"finish_reason": choice.get("finish_reason")}
        if isinstance(data.get("usage"), dict):
            meta["usage"] = data["usage"]
        return Response(content.strip(), meta)

    def _transcription(self, wav: bytes, prompt: str | None) -> Response:
        form: dict[str, str] = {"model": self.model, "response_format": "json"}
        if self.temperature is not None:
            form["temperature"] = str(self.temperature)
        if self.language:
            form["language"] = self.language
        if prompt:
            form["prompt"] = prompt
        data = self._post("/audio/transcriptions", data=form, files={"file": ("audio.wav", wav, "audio/wav")})
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise ModelError(self.id, f"unexpected transcription shape; expected {{'text': str}}, got {str(data)[:200]!r}")
        return Response(data["text"].strip(), {k: v for k, v in data.items() if k in ("language", "duration")})

    def generate_batch(
        self, items: list[tuple[Any, str | None]], *, return_exceptions: bool = False
    ) -> list[Response]:
        """Up to ``concurrency`` requests in flight at once; answers in input order."""
        if len(items) <= 1 or self.concurrency == 1:
            return super().generate_batch(items, return_exceptions=return_exceptions)

        def one(item: tuple[Any, str | None]) -> Any:
            try:
                return self.generate(*item)
            except Exception as exc:
                return exc

        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(items)), thread_name_prefix="audiotrust-http") as pool:
            out = list(pool.map(one, items))
        if not return_exceptions:
            for r in out:
                if isinstance(r, Exception):
                    raise r
        return out

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def __repr__(self) -> str:
        key = f", api_key_env={self.api_key_env}" if self.api_key_env else ""
        return f"<OpenAICompatible {self.base_url} model={self.model} mode={self.mode}{key}>"

