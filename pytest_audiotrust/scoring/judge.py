"""Optional LLM-as-judge for semantic equivalence, over any OpenAI-compatible chat endpoint (httpx).

Never the default: scoring is local (embeddings) unless a judge is passed to
``expect.consistent(..., judge=LLMJudge(...))`` / ``expect.similarity`` or set with
``--audiotrust-judge-url`` + ``--audiotrust-judge-model``. Every judgement keeps
the exact prompt, the model id and the raw output so the report can show them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError, ModelError

DEFAULT_PROMPT = (
    "You compare two transcripts of the same audio. Rate how well transcript B preserves the meaning of "
    "transcript A, from 0.0 (unrelated or contradictory) to 1.0 (same meaning; wording, casing and punctuation "
    "may differ). Answer with JSON only: {{\"score\": <number between 0 and 1>, \"reason\": \"<one sentence>\"}}.\n\n"
    "Transcript A: {reference}\nTranscript B: {output}"
)


@dataclass(frozen=True)
class Judgement:
    """A judge's score in [0, 1] with everything needed to audit it."""

    score: float
    reason: str
    model: str
    prompt: str
    raw: str

    def details(self) -> dict[str, Any]:
        return {"scorer": "llm_judge", "judge_model": self.model, "judge_prompt": self.prompt,
                "judge_raw_output": self.raw, "judge_reason": self.reason}


_NUMBER = re.compile(r"(?<![\w.])([01](?:\.\d+)?|\.\d+)(?![\w.])")


def parse_score(raw: str) -> tuple[float, str]:
    """``(score, reason)`` from a judge's reply: a JSON object with ``score``, or a lone number in [0, 1]."""
    match = re.search(r"\{.*\}", raw, re.DOTALL)
    if match:
        try:
            obj = json.loads(match.group(0))
        except json.JSONDecodeError:
            obj = None
        if isinstance(obj, dict) and isinstance(obj.get("score"), (int, float)) and not isinstance(obj["score"], bool):
            score = float(obj["score"])
            if 0.0 <= score <= 1.0:
                return score, str(obj.get("reason", ""))
    numbers = _NUMBER.findall(raw)
    if len(numbers) == 1:
        return float(numbers[0]), ""
    raise ValueError(f"expected JSON {{\"score\": 0..1}} or one number in [0, 1], got {raw[:200]!r}")


class LLMJudge:
    """Scores meaning preservation with a chat model behind ``{base_url}/chat/completions``.

    The API key is read from the environment variable ``api_key_env`` at request time and never stored on
    the object. Requests go through the same retry loop and circuit breaker as the model adapters
    (``models.http``). With ``cache=`` (a ``ResponseCache``) verdicts are cached by (judge, prompt): a
    warm re-run asks the judge nothing.
    """

    def __init__(self, base_url: str, model: str, *, api_key_env: str | None = None, timeout: float = 60.0,
                 prompt: str = DEFAULT_PROMPT, temperature: float = 0.0, client: Any = None, max_retries: int = 4,
                 backoff: float = 0.5, max_backoff: float = 30.0, breaker: int = 3, cache: Any = None) -> None:
        if not base_url or not isinstance(base_url, str):
            raise ConfigError(f"LLMJudge base_url={base_url!r}: expected an http(s) URL such as http://host:8000/v1")
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"LLMJudge base_url={base_url!r}: expected an http(s) URL such as http://host:8000/v1")
        if not model:
            raise ConfigError("LLMJudge model: expected the served model's name, e.g. 'Qwen/Qwen2.5-7B-Instruct'")
        if "{output}" not in prompt or "{reference}" not in prompt:
            raise ConfigError("LLMJudge prompt: expected a template with {reference} and {output} placeholders")
        from ..models.http import CircuitBreaker, RetryPolicy

        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key_env = api_key_env
        self.timeout = timeout
        self.prompt = prompt
        self.temperature = temperature
        self.policy = RetryPolicy(max_retries, backoff, max_backoff)
        self.breaker = CircuitBreaker(self.base_url, breaker)
        self.cache = cache
        self._client = client

    @property
    def id(self) -> str:
        return f"judge:{self.model}@{self.base_url}"

    def _http(self):  # type: ignore[no-untyped-def]
        if self._client is None:
            import httpx

            self._client = httpx.Client(timeout=self.timeout)
        return self._client

    def _headers(self) -> dict[str, str]:
        key = os.environ.get(self.api_key_env) if self.api_key_env else None
        return {"Authorization": f"Bearer {key}"} if key else {}

    def _key(self, prompt: str) -> str:
        blob = json.dumps({"judge": self.id, "prompt": prompt, "temperature": self.temperature}, sort_keys=True)
        return "judge-" + hashlib.sha256(blob.encode()).hexdigest()

    def _ask(self, prompt: str) -> tuple[str, bool]:
        """The judge's raw reply (from the cache when there) and whether it was cached."""
        from ..models.base import Response
        from ..models.http import request_json

        key = self._key(prompt)
        hit = self.cache.get(key) if self.cache is not None else None
        if hit is not None:
            return hit.text, True
        body = {"model": self.model, "temperature": self.temperature,
                "messages": [{"role": "user", "content": prompt}]}
        data = request_json(self._http(), "POST", f"{self.base_url}/chat/completions", who=self.id, policy=self.policy,
                            timeout=self.timeout, headers=self._headers, breaker=self.breaker, json=body)
        try:
            raw = data["choices"][0]["message"]["content"] or ""
        except (KeyError, IndexError, TypeError) as exc:
            raise ModelError(self.id, f"judge call failed: unexpected reply shape (missing {exc})") from None
        if self.cache is not None:
            try:
                parse_score(raw)
            except ValueError:
                return raw, False  # an unparseable verdict is not kept
            self.cache.put(key, Response(raw, {}))
        return raw, False

    def judge(self, output: str, reference: str) -> Judgement:
        """Score how well ``output`` keeps the meaning of ``reference``; raises ModelError naming the judge."""
        prompt = self.prompt.format(output=output, reference=reference)
        raw, _ = self._ask(prompt)
        try:
            score, reason = parse_score(raw)
        except ValueError as exc:
            raise ModelError(self.id, f"unparseable judge output: {exc}") from None
        return Judgement(score, reason, self.model, prompt, raw)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
