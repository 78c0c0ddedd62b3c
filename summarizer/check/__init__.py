"""Cross-check an ArticleSummary against its article.

`check_summary(text, summary)` grounds every text field of the summary to character offsets in
`text` and reports findings (codes and JSON form per docs/contracts.md): quotes that are altered,
invented or given to the wrong speaker, counts the article does not give or reads with another
certainty, names, places and dates it does not contain, and quotes and casualty figures the
summary missed, and passages of the article that address a model rather than a reader (with an
error on every item taken from them). `mine_summary(text)` is the model-free extractive
reading of an article.
"""

from __future__ import annotations

from summarizer.check.align import ArticleIndex
from summarizer.check.casualties import check_casualties
from summarizer.check.context import CheckContext
from summarizer.check.entities import check_actors, check_free_text, check_operation
from summarizer.check.injection import check_instructions
from summarizer.check.miner import Mined, mine, mine_summary
from summarizer.check.quotes import check_quotes
from summarizer.check.recall import check_recall
from summarizer.check.report import CheckReport, Finding, Grounding
from summarizer.schema import ArticleSummary

__all__ = ["CheckReport", "Finding", "Grounding", "check_summary", "mine_summary"]


def check_summary(text: str, summary: ArticleSummary, mined: Mined | None = None) -> CheckReport:
    """Check `summary` against the article `text`; offsets in the report index into `text`.
    `mined` is the miner's reading of `text` when the caller already has it."""
    ctx = CheckContext(text, ArticleIndex(text), mined if mined is not None else mine(text))
    check_free_text(ctx, "/summary", summary.summary)
    check_operation(ctx, summary.operation, summary.actors)
    check_actors(ctx, summary.actors)
    check_casualties(ctx, summary.casualties)
    check_quotes(ctx, summary.quotes)
    check_recall(ctx)
    check_instructions(ctx)
    return ctx.report
