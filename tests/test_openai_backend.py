"""The `openai` backend over real HTTP, against an OpenAI-compatible server on loopback.

The server answers from the recorded exchanges, so the whole client path runs for real:
headers, auth, JSON-schema mode, recording of new exchanges, and keeping the key out of
everything that is written.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import httpx2
import pytest
from conftest import ARTICLES, RECORDINGS, run_cli

from summarizer.llm.recording import ReplayTransport

SECRET = "sk-test-summarizer-0123456789abcdef"


class CompatServer(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.replay = ReplayTransport(RECORDINGS)
        self.auth_seen: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    server: CompatServer

    def do_POST(self) -> None:  # noqa: N802 (http.server naming)
        self.server.auth_seen.append(self.headers.get("Authorization", ""))
        body = self.rfile.read(int(self.headers["Content-Length"]))
        request = httpx2.Request("POST", f"http://x{self.path}", content=body,
                                 headers=dict(self.headers.items()))
        response = self.server.replay.handle_request(request)
        _answer(self, response.status_code, response.read())

    def log_message(self, *args: object) -> None:
        pass


def _answer(handler: BaseHTTPRequestHandler, status: int, payload: bytes) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)


@pytest.fixture
def server() -> Iterator[CompatServer]:
    srv = CompatServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_openai_backend_records_without_leaking_the_key(server: CompatServer, tmp_path: Path) -> None:
    db, recorded = tmp_path / "r.sqlite", tmp_path / "rec"
    base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    article = ARTICLES / "004_0712935fb0021575.txt"
    result = run_cli("summarize", str(article), "--backend", "openai", "--base-url", base_url,
                     "--model", "SmolLM2-135M-Instruct.Q4_1", "--repeat-penalty", "1.1",
                     "--record", str(recorded), "--db", str(db), "--json", cwd=tmp_path,
                     OPENAI_API_KEY=SECRET)
    assert result.returncode == 0, result.stderr
    assert "backend: openai" in result.stderr
    assert server.auth_seen == [f"Bearer {SECRET}"]
    report = json.loads(result.stdout)
    assert report["articles"][0]["status"] == "ok"

    written = list(recorded.glob("*.json"))
    assert len(written) == 1
    # The new recording has the same key as the fixture it was served from: recording and
    # replay agree on what a request is.
    assert written[0].name in {f"{k}.json" for k in server.replay.records}
    assert "authorization" not in json.loads(written[0].read_text())["request"]["headers"]
    for path in [db, *written]:
        assert SECRET.encode() not in path.read_bytes()
    assert b"sk-test" not in db.read_bytes()

    show = run_cli("show", "1", "--db", str(db), "--json", cwd=tmp_path)
    prov = json.loads(show.stdout)["provenance"]
    assert prov["endpoint_host"] == "127.0.0.1"
    assert prov["backend"] == "openai" and prov["instructor_mode"] == "json_schema"


def test_openai_backend_without_key_or_url_is_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("summarize", str(ARTICLES), "--backend", "openai", cwd=tmp_path)
    assert result.returncode == 2
    assert "needs OPENAI_API_KEY" in result.stderr


class _EchoingHandler(BaseHTTPRequestHandler):
    """A hostile server: every request fails with an error body that quotes the key."""

    def do_POST(self) -> None:  # noqa: N802 (http.server naming)
        self.rfile.read(int(self.headers["Content-Length"]))
        key = self.headers.get("Authorization", "").removeprefix("Bearer ")
        _answer(self, 401, json.dumps({"error": {"message": f"Incorrect API key provided: {key}",
                                                 "type": "invalid_request_error"}}).encode())

    def log_message(self, *args: object) -> None:
        pass


def test_a_key_echoed_by_the_server_is_written_and_printed_nowhere(tmp_path: Path) -> None:
    plain_key = "proxy-token-7f3a9c2e41"  # not shaped like "sk-...": only its value tells
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _EchoingHandler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        db, recorded = tmp_path / "r.sqlite", tmp_path / "rec"
        base_url = f"http://127.0.0.1:{srv.server_address[1]}/v1"
        result = run_cli("summarize", str(ARTICLES / "001_664fa499c8dad964.txt"), "--backend",
                         "openai", "--base-url", base_url, "--model", "m", "--record",
                         str(recorded), "--db", str(db), "--json", cwd=tmp_path,
                         OPENAI_API_KEY=plain_key)
    finally:
        srv.shutdown()
        srv.server_close()
    assert result.returncode == 1
    outcome = json.loads(result.stdout)["articles"][0]
    assert outcome["status"] == "failed" and "[scrubbed]" in outcome["error"]
    shown = run_cli("show", "1", "--db", str(db), "--json", cwd=tmp_path)
    assert "Incorrect API key" in shown.stdout  # the error is kept, only the key is not
    for text in (result.stdout, result.stderr, shown.stdout, shown.stderr):
        assert plain_key not in text
    for path in [db, *recorded.glob("*.json"), *tmp_path.glob("r.sqlite*")]:
        assert plain_key.encode() not in path.read_bytes(), path
