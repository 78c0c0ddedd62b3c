"""Per-extraction log of every HTTP attempt (time, duration, status, usage, error).

The log lives in a context variable: transports run in the thread that made the request, so
concurrent extractions in a thread pool each see their own log without passing it through the
openai and instructor call stack.
"""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterator

_current: ContextVar[list["Attempt"] | None] = ContextVar("summarizer_attempts", default=None)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class Attempt:
    number: int
    started_at: str
    duration_s: float
    status: int | None = None
    usage: dict[str, int] | None = None
    response_id: str | None = None
    error: str | None = None
    output: str | None = field(default=None, repr=False)
    # the whole answer body, kept in memory only: an extraction whose answer instructor did
    # not hand back (cut off at the token limit) still stores it as its raw response
    body: dict[str, Any] | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["body"]
        return data


@contextmanager
def attempt_log() -> Iterator[list[Attempt]]:
    """Collect the attempts made inside this block."""
    log: list[Attempt] = []
    token = _current.set(log)
    try:
        yield log
    finally:
        _current.reset(token)


def _completion_fields(body: bytes) -> tuple[dict[str, int] | None, str | None, str | None,
                                            dict[str, Any] | None]:
    """Usage, response id, message output and the whole payload of a chat-completion body,
    when it is one."""
    try:
        payload = json.loads(body)
    except ValueError:
        return None, None, None, None
    if not isinstance(payload, dict):
        return None, None, None, None
    usage = payload.get("usage")
    usage = {k: v for k, v in usage.items() if isinstance(v, int)} if isinstance(usage, dict) else None
    output = None
    choices = payload.get("choices") or []
    if choices and isinstance(choices[0], dict):
        message = choices[0].get("message") or {}
        calls = message.get("tool_calls") or []
        if calls:
            output = calls[0].get("function", {}).get("arguments")
        else:
            output = message.get("content")
    return usage, payload.get("id"), output, payload


class AttemptTimer:
    """Times one attempt and appends it to the current log, if any."""

    def __init__(self) -> None:
        self.started_at = utc_now()
        self._t0 = time.perf_counter()

    def finish(self, status: int | None = None, body: bytes | None = None,
               error: str | None = None) -> None:
        log = _current.get()
        if log is None:
            return
        usage = response_id = output = payload = None
        if body is not None:
            usage, response_id, output, payload = _completion_fields(body)
        if error is None and status is not None and status >= 400:
            error = f"HTTP {status}: {(body or b'')[:300].decode('utf-8', 'replace')}"
        log.append(Attempt(
            number=len(log) + 1,
            started_at=self.started_at,
            duration_s=round(time.perf_counter() - self._t0, 4),
            status=status,
            usage=usage,
            response_id=response_id,
            error=error,
            output=output,
            body=payload if status == 200 else None,
        ))
