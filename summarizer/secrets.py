"""Keeping keys out of everything the tool writes or prints.

A key must never reach the database, a recording, stderr or `show`, and a server can echo it
back inside an error body ("invalid api key: abc123..."). Key-shaped strings ("sk-...",
"Bearer ...") are caught by shape; a key of any other shape (a vLLM or proxy token) only by
its exact value, so the configured key is registered here once and every writer scrubs with
the same `scrub`.
"""

from __future__ import annotations

import json
import threading
from typing import Any

from summarizer.text import patterns

REDACTED = "[scrubbed]"
_KEY_SHAPED = patterns.compile(r"(sk-[A-Za-z0-9_\-]{8,}|Bearer\s+[A-Za-z0-9_\-\.]{8,})")
_MIN_SECRET = 6  # shorter values would scrub ordinary words
_known: set[str] = set()
_lock = threading.Lock()


def register(secret: str | None) -> None:
    """Scrub this exact value from now on (the configured API key)."""
    if secret and len(secret) >= _MIN_SECRET and secret != "not-needed":
        with _lock:
            _known.add(secret)


def scrub(text: str) -> str:
    """`text` without any registered secret or anything shaped like a key or bearer token."""
    for secret in sorted(_known, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return _KEY_SHAPED.sub(REDACTED, text)


def scrub_json(value: Any) -> Any:
    """A JSON-able value with every string scrubbed (keys of dicts included)."""
    if value is None:
        return None
    return json.loads(scrub(json.dumps(value, ensure_ascii=False)))
