"""A real OpenAI-compatible HTTP server on 127.0.0.1 for the adapter's tests and benchmarks.

Serves ``POST /v1/chat/completions`` (``input_audio`` parts) and
``POST /v1/audio/transcriptions`` (multipart) from any ``transcriber(audio, prompt) -> str``
(by default the bundled Whisper tiny.en). Faults are injected per request from a queue:
``"429"`` (with ``Retry-After``), ``"500"``, ``"503"``, ``"400"``, ``"timeout"`` (sleeps
past the client timeout), ``"drop"`` (closes the connection without answering),
``"malformed"`` (invalid JSON), ``"empty"`` (empty body). ``latency`` adds a fixed
delay per answered request (standing in for a GPU server's queue and compute). ``GET /v1/models``
answers ``{"object": "list", "data": models}`` (set ``models`` to change what a "redeploy" reports;
``None`` answers 404, like a server without the endpoint).
"""

from __future__ import annotations

import base64
import binascii
import collections
import json
import threading
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pytest_audiotrust.audio import Audio


class OpenAIServer:
    def __init__(self, transcriber: Callable[[Audio, str | None], str] | None = None, *, latency: float = 0.0,
                 api_key: str | None = None, retry_after: str = "0.05", hang: float = 2.0) -> None:
        if transcriber is None:
            from pytest_audiotrust.models import load_model

            whisper = load_model("whisper:tiny.en")
            lock = threading.Lock()

            def transcriber(audio: Audio, prompt: str | None) -> str:
                with lock:
                    return whisper.transcribe(audio).text

        self.transcriber = transcriber
        self.latency = latency
        self.api_key = api_key
        self.retry_after = retry_after
        self.hang = hang
        self.faults: collections.deque[str] = collections.deque()
        self.requests: list[dict[str, Any]] = []
        self.gets: list[str] = []
        self.models: list[dict[str, Any]] | None = [{"id": "m", "object": "model", "created": 1, "owned_by": "test"}]
        self.in_flight = self.max_in_flight = 0
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="openai-test-server", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> OpenAIServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def inject(self, *faults: str) -> None:
        self.faults.extend(faults)

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _handler(server: OpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return None

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
            self._send(status, json.dumps({"error": {"message": message, "type": "test"}}).encode(), headers)

        def do_GET(self) -> None:
            with server._lock:
                server.gets.append(self.path)
            if self.path.rstrip("/") == "/v1/models" and server.models is not None:
                return self._send(200, json.dumps({"object": "list", "data": server.models}).encode())
            return self._error(404, f"no route {self.path}")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            with server._lock:
                fault = server.faults.popleft() if server.faults else None
                server.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "fault": fault,
                                        "time": time.perf_counter()})
            if fault == "drop":
                self.close_connection = True
                self.connection.close()
                return
            if fault == "timeout":
                time.sleep(server.hang)
                self.close_connection = True
                return
            if fault in ("429", "500", "503", "400"):
                headers = {"Retry-After": server.retry_after} if fault in ("429", "503") else None
                return self._error(int(fault), f"injected {fault}", headers)
            if fault == "malformed":
                return self._send(200, b'{"choices": [{"message": {"content": "trunc')
            if fault == "empty":
                return self._send(200, b"")
            if server.api_key and self.headers.get("Authorization") != f"Bearer {server.api_key}":
                return self._error(401, "missing or wrong API key")
            try:
                audio, prompt, kind, model = self._parse(raw)
            except ValueError as exc:
                return self._error(400, str(exc))
            with server._lock:
                server.in_flight += 1
                server.max_in_flight = max(server.max_in_flight, server.in_flight)
            try:
                if server.latency:
                    time.sleep(server.latency)
                text = server.transcriber(audio, prompt)
            finally:
                with server._lock:
                    server.in_flight -= 1
            if kind == "chat":
                body = {"id": "chatcmpl-test", "object": "chat.completion", "model": model,
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": text}}]}
            else:
                body = {"text": text}
            self._send(200, json.dumps(body).encode())

        def _parse(self, raw: bytes) -> tuple[Audio, str | None, str, str]:
            if self.path.rstrip("/") == "/v1/chat/completions":
                try:
                    data = json.loads(raw)
                    parts = data["messages"][-1]["content"]
                    audio_part = next(p for p in parts if p.get("type") == "input_audio")
                    wav = base64.b64decode(audio_part["input_audio"]["data"], validate=True)
                    prompt = next((p["text"] for p in parts if p.get("type") == "text"), None)
                except (ValueError, KeyError, StopIteration, TypeError, binascii.Error) as exc:
                    raise ValueError(f"bad chat request: {exc!r}") from exc
                return Audio.load(wav), prompt, "chat", data.get("model", "")
            if self.path.rstrip("/") == "/v1/audio/transcriptions":
                ctype = self.headers.get("Content-Type", "")
                msg = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + raw)
                fields = {p.get_param("name", header="content-disposition"): p for p in msg.iter_parts()}
                if "file" not in fields:
                    raise ValueError("multipart form has no 'file' field")
                prompt = fields["prompt"].get_content() if "prompt" in fields else None
                model = fields["model"].get_content() if "model" in fields else ""
                return Audio.load(fields["file"].get_payload(decode=True)), prompt, "transcriptions", model
            raise ValueError(f"unknown path {self.path}")

    return Handler
