"""What one extraction produced, whichever backend made it: the summary or the reason there is
none, with every attempt and its usage, so a failed run is as traceable as a good one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summarizer.llm.attempts import Attempt

if TYPE_CHECKING:
    from summarizer.schema import ArticleSummary


@dataclass
class Extraction:
    summary: ArticleSummary | None
    error: str | None
    attempts: list[Attempt] = field(default_factory=list)
    response_id: str | None = None
    raw_response: dict[str, Any] | None = None
    last_invalid_output: str | None = None
    mode: str | None = None  # the instructor mode that was asked last
    # the batch's output-mode fallbacks so far ({from, to, reason}; see llm/modes.py)
    mode_fallbacks: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # one line each, for the user
    truncated: bool = False  # an answer was cut off at the output token limit
    chunks: list[list[int]] | None = None  # [start, end] of each chunk read, when chunked

    @property
    def usage(self) -> dict[str, int]:
        """Token usage summed over every attempt, failed ones and re-asks included."""
        total: dict[str, int] = {}
        for attempt in self.attempts:
            for key, value in (attempt.usage or {}).items():
                total[key] = total.get(key, 0) + value
        return total
