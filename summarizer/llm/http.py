"""Small helpers for the httpx transports every backend is built from."""

from __future__ import annotations

import json
from typing import Any

import httpx2

_HOP_HEADERS = {"content-encoding", "content-length", "transfer-encoding", "connection"}


MAX_ANSWER_BYTES = 1_000_000  # far above any extraction; a runaway model is stopped here


def buffered(response: httpx2.Response, request: httpx2.Request) -> httpx2.Response:
    """A copy of `response` with its body read and decoded, so several layers can inspect it.

    Encoding headers are dropped because the body is already decoded; keeping them would make
    the client try to decompress it a second time. A body over MAX_ANSWER_BYTES is not read
    on: the client gets a 422 saying so (not retried: a model that ran away once at
    temperature 0 runs away again), so a runaway answer is never stored, let alone thrice.
    """
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            response.close()
            return json_response(422, error_payload(
                f"the answer is over {MAX_ANSWER_BYTES:,} bytes and was not read on; lower "
                "--max-tokens or use a model that stops", "answer_too_large"), request)
        chunks.append(chunk)
    response.close()
    headers = [(k, v) for k, v in response.headers.items() if k.lower() not in _HOP_HEADERS]
    return httpx2.Response(response.status_code, headers=headers, content=b"".join(chunks),
                           request=request)


def json_response(status: int, payload: dict[str, Any], request: httpx2.Request,
                  headers: dict[str, str] | None = None) -> httpx2.Response:
    return httpx2.Response(status, json=payload, headers=headers or {}, request=request)


def error_payload(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    """An error body shaped like the OpenAI API's, so the openai client raises its usual
    exception types with our message."""
    return {"error": {"message": message, "type": kind, "code": code, "param": None}}


def request_json(request: httpx2.Request) -> dict[str, Any]:
    content = request.read()
    return json.loads(content) if content else {}
