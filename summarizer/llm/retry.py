"""Transport-level retries for faults of the connection or the server (tenacity).

Retrying below the openai client keeps these faults out of instructor: instructor re-asks only
for invalid output, so an HTTP error is never pasted into the prompt, while a 429 or a 503 is
simply sent again after the wait the server asked for. A chat completion answered with a body
that is not JSON, or with no choices, is the server's fault too (a proxy's error page, a
crashed worker): it is sent again, and if it never comes right the client sees a 502 that
says what was wrong, instead of instructor failing on an empty answer. A server refusing the
output mode (see modes.py) is not retried: the same request would be refused again.
"""

from __future__ import annotations

import email.utils
import json
import time
from dataclasses import dataclass
from typing import Callable

import httpx2
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    retry_if_result,
    stop_after_attempt,
    wait_random_exponential,
)

from summarizer.llm.attempts import AttemptTimer
from summarizer.llm.http import buffered, error_payload, json_response
from summarizer.llm.modes import refuses_mode

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 529})


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    max_wait_s: float = 60.0
    sleep: Callable[[float], None] = time.sleep


def retry_after_seconds(response: httpx2.Response) -> float | None:
    """Seconds the server asked us to wait (Retry-After as seconds or HTTP date, or the
    retry-after-ms extension), or None."""
    value = response.headers.get("retry-after-ms")
    if value:
        try:
            return max(float(value) / 1000, 0.0)
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # malformed: fall back to our own backoff rather than fail the request
    return max(parsed.timestamp() - time.time(), 0.0)


def malformed(request: httpx2.Request, response: httpx2.Response) -> str | None:
    """Why a 200 answer to a chat completion cannot be one, or None when it can."""
    if response.status_code != 200 or not request.url.path.endswith("/chat/completions"):
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return f"the answer is not JSON ({response.content[:80]!r})"
    if not isinstance(body, dict) or not isinstance(body.get("choices"), list):
        return "the answer has no choices list"
    if not body["choices"]:
        return "the answer has an empty choices list"
    return None


class RetryTransport(httpx2.BaseTransport):
    def __init__(self, inner: httpx2.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()
        self._backoff = wait_random_exponential(multiplier=0.5, max=20)

    def _wait(self, state: RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            asked = retry_after_seconds(outcome.result())
            if asked is not None:
                return min(asked, self.policy.max_wait_s)
        return min(self._backoff(state), self.policy.max_wait_s)

    def _send_once(self, request: httpx2.Request) -> httpx2.Response:
        timer = AttemptTimer()
        try:
            response = buffered(self.inner.handle_request(request), request)
        except httpx2.TransportError as exc:
            timer.finish(error=f"{type(exc).__name__}: {exc}")
            raise
        fault = malformed(request, response)
        timer.finish(status=response.status_code, body=response.content,
                     error=f"malformed: {fault}" if fault else None)
        return response

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        retrying = Retrying(
            stop=stop_after_attempt(self.policy.max_attempts),
            wait=self._wait,
            sleep=self.policy.sleep,
            retry=(
                retry_if_exception_type(httpx2.TransportError)
                | retry_if_result(lambda r: (r.status_code in RETRY_STATUSES
                                   and not refuses_mode(r.status_code, r.content))
                                  or malformed(request, r) is not None)
            ),
            # Out of attempts: hand back the last response (the client turns it into the
            # matching API error) or raise the last transport exception.
            retry_error_callback=lambda state: state.outcome.result(),
        )
        response = retrying(self._send_once, request)
        fault = malformed(request, response)
        if fault is not None:
            return json_response(502, error_payload(f"malformed answer: {fault}",
                                                    "server_error"), request)
        return response

    def close(self) -> None:
        self.inner.close()
