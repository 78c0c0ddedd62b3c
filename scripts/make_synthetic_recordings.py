"""Build the SYNTHETIC recordings the tests use for failure paths.

Real model answers cannot show a 429, a 503 or a malformed answer on demand, so these
scenarios are scripted. Every response written here that no model produced is marked
`"synthetic": true` with a note; the re-ask in the `reask` scenario is answered by the real
embedded model, so that file is a real recording.

Scenarios (all for fixtures/articles/001_664fa499c8dad964.txt):
  retry/    429 (Retry-After: 1), then 503, then the real recorded answer
  reask/    an answer missing required fields, then the real model's answer to the re-ask
  invalid/  answers that never validate, so the run fails and keeps the last invalid output

Run after re-recording fixtures/recordings/local (scripts/record_fixtures.sh):
  .venv/bin/python scripts/make_synthetic_recordings.py
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import httpx2

from summarizer.articles import load_article
from summarizer.config import Settings
from summarizer.llm import gguf, local
from summarizer.llm.backends import Backend, resolve_backend
from summarizer.llm.client import build_client
from summarizer.llm.extract import extract
from summarizer.llm.http import request_json
from summarizer.llm.recording import ReplayTransport, request_key
from summarizer.prompts import load_prompt

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "fixtures/articles/001_664fa499c8dad964.txt"
REAL = ROOT / "fixtures/recordings/local"
OUT = ROOT / "tests/recordings"
BAD_ANSWER = json.dumps({"summary": "Peshmerga operation near Makhmour.",
                         "actors": [{"name": "Peshmerga"}]})
NOT_JSON = "The Peshmerga launched an operation near Makhmour."


def completion(content: str) -> dict:
    return {"id": "synthetic", "object": "chat.completion", "created": 0,
            "model": Path(gguf.DEFAULT_GGUF).stem,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}}


class Scripted(httpx2.BaseTransport):
    """Answers the first `len(answers)` requests with scripted contents, the rest via `rest`."""

    def __init__(self, answers: list[str], rest: httpx2.BaseTransport | None) -> None:
        self.answers = list(answers)
        self.rest = rest
        self.scripted_keys: set[str] = set()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if self.answers:
            self.scripted_keys.add(request_key(request_json(request)))
            return httpx2.Response(200, json=completion(self.answers.pop(0)), request=request)
        assert self.rest is not None, "more requests than scripted answers"
        return self.rest.handle_request(request)


def record(name: str, answers: list[str], rest: httpx2.BaseTransport | None, note: str) -> None:
    out = OUT / name
    shutil.rmtree(out, ignore_errors=True)
    settings = Settings.from_env(backend="replay", recordings=REAL, record_dir=out)
    base = resolve_backend(settings)
    scripted = Scripted(answers, rest)
    backend = Backend(name="replay", model=base.model, mode=base.mode, base_url=base.base_url,
                      endpoint_host=base.endpoint_host, transport=lambda: scripted, reason="synthetic")
    result = extract(build_client(backend, settings), backend, settings, load_prompt(),
                     load_article(ARTICLE))
    print(f"{name}: {'ok' if result.summary else 'failed'} after {len(result.attempts)} attempts")
    for path in out.glob("*.json"):
        data = json.loads(path.read_text())
        if data["key"] in scripted.scripted_keys:
            data["synthetic"] = True
            data["note"] = note
            path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def retry_scenario() -> None:
    """Copy the real recording for the article and put two scripted faults before it."""
    replay = ReplayTransport(REAL)
    article_id = load_article(ARTICLE).id
    real = next(r for r in replay.records.values() if r["meta"]["article"] == article_id)
    faults = [
        {"status": 429, "headers": {"content-type": "application/json", "retry-after": "1"},
         "body": {"error": {"message": "Rate limit reached", "type": "requests",
                            "code": "rate_limit_exceeded", "param": None}}},
        {"status": 503, "headers": {"content-type": "application/json"},
         "body": {"error": {"message": "The server is overloaded", "type": "server_error",
                            "code": None, "param": None}}},
    ]
    data = dict(real, synthetic=True,
                note="synthetic: two scripted faults (429, 503) put before the real recorded "
                     "answer of fixtures/recordings/local")
    data["responses"] = faults + real["responses"][-1:]
    out = OUT / "retry"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    (out / f"{real['key']}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    print("retry: written")


def main() -> int:
    retry_scenario()
    model_path = gguf.default_model_path()
    if model_path is None:
        print("the reask scenario needs the embedded model (scripts/install.sh)", file=sys.stderr)
        return 1
    record("reask", [BAD_ANSWER], local.LlamaTransport(model_path),
           "synthetic: scripted answer missing required fields, to make instructor re-ask; "
           "the re-ask was answered by the real embedded model")
    record("invalid", [NOT_JSON, BAD_ANSWER, NOT_JSON], None,
           "synthetic: scripted answers that never validate, to exhaust the re-asks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
