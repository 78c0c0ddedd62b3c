"""Cross-check an ArticleSummary against its article.

`check_summary(text, summary)` grounds every text field of the summary to character offsets in
`text` and reports findings (codes and JSON form per docs/contracts.md): quotes that are altered,
invented or given to the wrong speaker, counts the article does not give or reads with another
certainty, names, places and dates it does not contain, and quotes and casualty figures the
summary missed, and passages of the article that address a model rather than a reader (with an
error on every item taken from them). The article itself is read by `summarizer.reading`,
through the text layer in `summarizer.text`; this package judges a summary against that
reading.

The package imports its parts on first use: a command that only needs a finding's type must
not pay for the whole checker.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {"check_summary": "summarizer.check.checker",
            "CheckReport": "summarizer.check.report", "Finding": "summarizer.check.report",
            "Grounding": "summarizer.check.report"}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'summarizer.check' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
