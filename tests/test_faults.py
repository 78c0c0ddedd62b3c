"""Faults of a model server, against a scripted OpenAI-compatible server on loopback: every
failure keeps its attempts, usage and output, and says what went wrong."""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

from conftest import ARTICLES, provenance_of, run_cli

ARTICLE = ARTICLES / "001_664fa499c8dad964.txt"
TRUNCATED = '{"summary": "Airstrikes hit the town", "actors": ['
INVALID = json.dumps({"summary": 5, "quotes": "none"})


@contextmanager
def scripted(content: str, finish_reason: str = "stop") -> Iterator[str]:
    """A server that answers every chat completion with `content` (synthetic)."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server naming)
            self.rfile.read(int(self.headers.get("content-length", 0)))
            body = json.dumps({
                "id": "scripted", "object": "chat.completion", "created": 0, "model": "m",
                "choices": [{"index": 0, "finish_reason": finish_reason,
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 100, "completion_tokens": 7, "total_tokens": 107},
            }).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def _summarize(url: str, db: Path) -> dict:
    result = run_cli("summarize", str(ARTICLE), "--backend", "openai", "--base-url", url,
                     "--model", "m", "--db", str(db), "--json", cwd=db.parent)
    assert result.returncode == 1, result.stderr
    (outcome,) = json.loads(result.stdout)["articles"]
    assert outcome["status"] == "failed"
    return outcome


def test_an_answer_cut_off_by_the_token_limit_is_reported_with_what_it_cost(
        tmp_path: Path) -> None:
    with scripted(TRUNCATED, finish_reason="length") as url:
        outcome = _summarize(url, tmp_path / "r.sqlite")
    assert "cut off at the output token limit" in outcome["error"]
    assert "internal error" not in outcome["error"]
    prov = provenance_of(tmp_path / "r.sqlite", outcome["run_id"])
    assert prov["attempts"] and all(a["usage"] for a in prov["attempts"])
    assert prov["usage"]["total_tokens"] == 107 * len(prov["attempts"])
    assert prov["last_invalid_output"] == TRUNCATED  # the partial answer is kept
    assert "truncated" in prov["attempts"][-1]["error"]


def test_a_validation_failure_stores_the_real_errors(tmp_path: Path) -> None:
    with scripted(INVALID) as url:
        outcome = _summarize(url, tmp_path / "r.sqlite")
    assert "<failed_attempts>" not in outcome["error"]
    assert "/summary: Input should be a valid string" in outcome["error"]
    prov = provenance_of(tmp_path / "r.sqlite", outcome["run_id"])
    assert len(prov["attempts"]) == 3  # the first answer and two re-asks
    for attempt in prov["attempts"]:
        assert "/quotes: Input should be a valid" in attempt["error"]
        assert attempt["usage"]["total_tokens"] == 107
    assert prov["last_invalid_output"] == INVALID
