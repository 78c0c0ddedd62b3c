"""The retry layer: which faults are retried, how long it waits, and when it gives up.

The inner transport here stands in for the network (httpx's MockTransport); the retry layer,
the openai client and instructor on top of it are the real ones.
"""

from __future__ import annotations

import httpx2
import pytest

from summarizer.llm.attempts import attempt_log
from summarizer.llm.retry import RetryPolicy, RetryTransport, retry_after_seconds


def scripted(*responses: object) -> tuple[httpx2.MockTransport, list[httpx2.Request]]:
    seen: list[httpx2.Request] = []
    queue = list(responses)

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item  # type: ignore[return-value]

    return httpx2.MockTransport(handler), seen


def ok() -> httpx2.Response:
    """A well-formed chat completion (a 200 without choices is itself a fault now)."""
    return httpx2.Response(200, json={
        "id": "r1", "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": "{}"}}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}})


def send(transport: httpx2.BaseTransport) -> httpx2.Response:
    with httpx2.Client(transport=transport, base_url="http://test") as client:
        return client.post("/v1/chat/completions", json={"model": "m"})


def test_429_waits_as_told_then_succeeds() -> None:
    sleeps: list[float] = []
    inner, seen = scripted(httpx2.Response(429, headers={"retry-after": "7"}), ok())
    transport = RetryTransport(inner, RetryPolicy(sleep=sleeps.append))
    with attempt_log() as attempts:
        response = send(transport)
    assert response.status_code == 200
    assert len(seen) == 2
    assert sleeps == [7.0]
    assert [a.status for a in attempts] == [429, 200]
    assert attempts[0].error.startswith("HTTP 429")
    assert attempts[1].usage == {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}


def test_retry_after_is_capped() -> None:
    sleeps: list[float] = []
    inner, _ = scripted(httpx2.Response(503, headers={"retry-after": "3600"}), ok())
    send(RetryTransport(inner, RetryPolicy(sleep=sleeps.append, max_wait_s=30)))
    assert sleeps == [30]


def test_connection_faults_are_retried() -> None:
    sleeps: list[float] = []
    inner, seen = scripted(httpx2.ConnectError("refused"), httpx2.ReadTimeout("slow"), ok())
    with attempt_log() as attempts:
        response = send(RetryTransport(inner, RetryPolicy(sleep=sleeps.append)))
    assert response.status_code == 200
    assert len(seen) == 3 and len(sleeps) == 2
    assert attempts[0].error.startswith("ConnectError") and attempts[0].status is None


def test_gives_up_with_the_last_response() -> None:
    inner, seen = scripted(*[httpx2.Response(500) for _ in range(3)])
    response = send(RetryTransport(inner, RetryPolicy(max_attempts=3, sleep=lambda s: None)))
    assert response.status_code == 500
    assert len(seen) == 3


def test_gives_up_with_the_last_transport_error() -> None:
    inner, _ = scripted(*[httpx2.ConnectError("refused") for _ in range(2)])
    with pytest.raises(httpx2.ConnectError):
        send(RetryTransport(inner, RetryPolicy(max_attempts=2, sleep=lambda s: None)))


def test_client_errors_are_not_retried() -> None:
    inner, seen = scripted(httpx2.Response(400, json={"error": {"message": "bad"}}))
    response = send(RetryTransport(inner, RetryPolicy(sleep=lambda s: None)))
    assert response.status_code == 400 and len(seen) == 1


@pytest.mark.parametrize(("headers", "expected"), [
    ({"retry-after": "2"}, 2.0),
    ({"retry-after-ms": "1500"}, 1.5),
    ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),
    ({"retry-after": "soon"}, None),
    ({}, None),
])
def test_retry_after_forms(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(httpx2.Response(429, headers=headers)) == expected


def test_a_runaway_answer_is_not_read_on_nor_retried() -> None:
    from summarizer.llm.http import MAX_ANSWER_BYTES

    huge = httpx2.Response(200, content=b"x" * (MAX_ANSWER_BYTES + 1))
    inner, seen = scripted(huge)
    transport = RetryTransport(inner, RetryPolicy(sleep=lambda s: None))
    with attempt_log() as attempts:
        response = send(transport)
    assert response.status_code == 422 and len(seen) == 1
    assert "over 1,000,000 bytes" in response.json()["error"]["message"]
    assert [a.status for a in attempts] == [422]
