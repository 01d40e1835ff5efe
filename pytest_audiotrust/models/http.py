"""The one HTTP request loop of the plugin (model adapters and the LLM judge): retries with exponential
backoff on 429, 5xx and connection errors / timeouts (honouring ``Retry-After``), and a circuit breaker
that stops calling an endpoint after a few consecutive connection failures or timeouts.

httpx is imported inside the functions that need it.
"""

from __future__ import annotations

import email.utils
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import ModelError

RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date); ``None`` if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class CircuitBreaker:
    """Opens after ``threshold`` consecutive connection failures / timeouts (0: never); once open, every
    call fails at once with one message naming the URL and the first error. Thread-safe."""

    def __init__(self, url: str, threshold: int) -> None:
        self.url = url
        self.threshold = threshold
        self.failures = 0
        self.first_error: str | None = None
        self.opened = False
        self.refused = 0
        self._lock = threading.Lock()

    @property
    def message(self) -> str:
        return (f"circuit breaker open: {self.url} failed {self.failures} times in a row "
                f"(first error: {self.first_error}); not calling it again this session")

    def check(self, who: str) -> None:
        if self.opened:
            with self._lock:
                self.refused += 1
            raise ModelError(who, self.message)

    def failed(self, error: str) -> bool:
        """Count one connection failure; True when this opened the breaker."""
        with self._lock:
            self.failures += 1
            if self.first_error is None:
                self.first_error = error
            if self.threshold and not self.opened and self.failures >= self.threshold:
                self.opened = True
                return True
            return False

    def succeeded(self) -> None:
        with self._lock:
            if not self.opened:
                self.failures, self.first_error = 0, None


@dataclass
class RetryPolicy:
    """How often and how long to retry a failed request."""

    max_retries: int = 4
    backoff: float = 0.5
    max_backoff: float = 30.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_backoff)
        return min(self.backoff * (2**attempt), self.max_backoff)


def request_json(
    client: Any, method: str, url: str, *, who: str, policy: RetryPolicy, timeout: float,
    headers: Callable[[], dict[str, str]] = dict, breaker: CircuitBreaker | None = None,
    slots: threading.Semaphore | None = None, on_retry: Callable[[], None] | None = None, **kwargs: Any,
) -> Any:
    """Send the request with retries; the decoded JSON body, or a :class:`ModelError` (``who``) naming what
    went wrong. ``headers()`` is called per attempt (an API key is read from the environment at request time)."""
    import httpx

    last = ""
    for attempt in range(policy.max_retries + 1):
        if breaker is not None:
            breaker.check(who)
        retry_after = None
        try:
            if slots is not None:
                with slots:
                    resp = client.request(method, url, headers=headers(), **kwargs)
            else:
                resp = client.request(method, url, headers=headers(), **kwargs)
        except httpx.TimeoutException as exc:
            last = f"timed out after {timeout:g} s ({type(exc).__name__}) at {url}"
            if breaker is not None and breaker.failed(last):
                raise ModelError(who, breaker.message) from None
        except httpx.TransportError as exc:
            last = f"connection error at {url}: {type(exc).__name__}: {exc}"
            if breaker is not None and breaker.failed(last):
                raise ModelError(who, breaker.message) from None
        else:
            if breaker is not None:
                breaker.succeeded()
            if resp.status_code < 400:
                return decode_json(resp, url, who)
            last = f"HTTP {resp.status_code} from {url}: {error_detail(resp)}"
            if resp.status_code not in RETRY_STATUS:
                raise ModelError(who, last)
            retry_after = parse_retry_after(resp.headers.get("retry-after"))
        if attempt < policy.max_retries:
            if on_retry is not None:
                on_retry()
            time.sleep(policy.delay(attempt, retry_after))
    raise ModelError(who, f"{last} (gave up after {policy.max_retries + 1} attempts)")


def decode_json(resp: Any, url: str, who: str) -> Any:
    body = resp.content
    if not body.strip():
        raise ModelError(who, f"empty response body from {url} (HTTP {resp.status_code}); expected JSON")
    try:
        return json.loads(body)
    except ValueError as exc:
        snippet = body[:200].decode("utf-8", "replace")
        raise ModelError(who, f"malformed JSON from {url} ({exc}); body starts {snippet!r}") from exc


def error_detail(resp: Any) -> str:
    try:
        data = resp.json()
        if isinstance(data, dict):
            err = data.get("error", data)
            msg = err.get("message") if isinstance(err, dict) else err
            return str(msg)[:300]
    except Exception:
        pass
    return (resp.text or resp.reason_phrase or "")[:300]
