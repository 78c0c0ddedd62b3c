"""A loopback OpenAI-compatible server whose every answer a test decides: normal answers,
errors, delays, hangs and dropped connections (all synthetic)."""

from __future__ import annotations

import json
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator

USAGE = {"prompt_tokens": 100, "completion_tokens": 7, "total_tokens": 107}


def completion(content: str, finish_reason: str = "stop", usage: dict[str, int] | None = None,
               choices: bool = True) -> bytes:
    """A chat.completion body answering `content`."""
    return json.dumps({
        "id": "loopback", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": finish_reason,
                     "message": {"role": "assistant", "content": content}}] if choices else [],
        "usage": usage or USAGE,
    }).encode()


def error(status: int, message: str) -> Reply:
    return Reply(status, json.dumps({"error": {"message": message, "type": "server_error"}}).encode())


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    delay_s: float = 0.0  # wait this long before answering
    drop: bool = False  # close the connection without answering
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Request:
    number: int
    article: str | None  # the x-summarizer-article header
    body: dict[str, Any]
    headers: dict[str, str]


Policy = Callable[[Request], Reply]


@contextmanager
def server(policy: Policy) -> Iterator[tuple[str, list[Request]]]:
    """Serve chat completions on loopback, answering each request as `policy` says; yields
    the base URL and the list of requests received so far."""
    received: list[Request] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server naming)
            raw = self.rfile.read(int(self.headers.get("content-length", 0)))
            with lock:
                request = Request(len(received) + 1, self.headers.get("x-summarizer-article"),
                                  json.loads(raw or b"{}"), dict(self.headers))
                received.append(request)
            reply = policy(request)
            if reply.delay_s:
                time.sleep(reply.delay_s)
            if reply.drop:
                self.close_connection = True
                self.connection.close()
                return
            try:
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(reply.body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout or Ctrl-C)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", received
    finally:
        httpd.shutdown()
        httpd.server_close()
