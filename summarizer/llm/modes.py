"""How the structured answer is asked for (the instructor mode), and what to do when a server
refuses the way we asked.

Servers differ: llama.cpp's OpenAI server answers `response_format: json_schema` with HTTP
500, others reject `tools` with a 400. Such a refusal is not a fault worth retrying; the batch
falls back once per mode, json_schema -> json (a json_object response format) -> tools, says
so in one line and records it in the run's provenance, and the following articles of the
batch start from the mode that worked.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from summarizer.text import patterns

# statuses and wording of a server that does not support the requested output mode
REFUSAL_STATUSES = frozenset({400, 422, 500, 501})
_REFUSAL = patterns.compile(r"response_format|json_schema|json_object|tool_choice|\btools?\b|"
                            r"function.call", re.IGNORECASE)
FALLBACKS = ("json", "tools")


def refuses_mode(status: int, body: bytes | str) -> bool:
    """Whether an error answer says the server does not do the requested output mode."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    return status in REFUSAL_STATUSES and bool(_REFUSAL.search(text[:2000]))


@dataclass
class ModeChoice:
    """The mode a batch currently asks in, shared by its worker threads."""

    mode: str
    fallbacks: list[dict[str, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def after_refusal(self, refused: str, reason: str) -> str | None:
        """The mode to try after the server refused `refused`, or None when none is left.
        Several threads may see the same refusal; the batch falls back once for it."""
        with self._lock:
            if self.mode != refused:  # another thread fell back already
                return self.mode
            tried = {refused, *(f["from"] for f in self.fallbacks)}
            following = [m for m in FALLBACKS if m not in tried]
            if not following:
                return None
            self.fallbacks.append({"from": refused, "to": following[0], "reason": reason})
            self.mode = following[0]
            return self.mode
