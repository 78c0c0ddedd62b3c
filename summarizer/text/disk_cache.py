"""Values the tool keeps between runs in the user's cache directory ($XDG_CACHE_HOME or
~/.cache, under summarizer/): work that costs a noticeable part of a short command and gives
the same answer every time (the first-name gender table, compiled patterns). Losing one costs
only that work again, so every failure to read or write one is silent.

Values are marshalled: plain dicts, lists, tuples, strings and numbers, read back several
times faster than pickle or JSON and unable to run code when read."""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


def load(name: str) -> Any | None:
    """The value kept under `name`, or None when there is none or it cannot be read."""
    try:
        return marshal.loads((cache_dir() / name).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def store(name: str, value: Any) -> None:
    """Keep `value` under `name`, written whole or not at all: a reader in another process
    sees the old file or the new one, never half of one; a read-only home only costs the
    work next time."""
    path = cache_dir() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial")
        partial.write_bytes(marshal.dumps(value))
        partial.replace(path)
    except (OSError, ValueError):
        pass
