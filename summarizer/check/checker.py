"""`check_summary`: every check of a summary against its article, in order (see the package
docstring for what they find)."""

from __future__ import annotations

from summarizer.check.casualties import check_casualties
from summarizer.check.context import CheckContext
from summarizer.check.entities import check_actors, check_free_text, check_operation
from summarizer.check.injection import check_instructions
from summarizer.check.quotes import check_quotes
from summarizer.check.recall import check_recall
from summarizer.check.report import CheckReport
from summarizer.reading.miner import Mined, mine
from summarizer.schema import ArticleSummary
from summarizer.text.align import ArticleIndex


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
