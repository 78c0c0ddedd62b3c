"""Recall: what the miner finds in the article that the extraction left out.

Misses are warnings, not errors: the miner is a heuristic reader, and a person settles the
flag in review. A quoted single word ("many" militants) is mined as a quote but never demanded:
leaving it out of a summary is a fair choice. A mined quote counts as covered when an extracted quote was grounded over any
of its words; a mined casualty figure when an extracted claim's count phrase was grounded on
it, or when a claim of the same outcome and count cites the sentence it is in.
"""

from __future__ import annotations

from summarizer.check.context import CheckContext


def _overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] < end and start < span[1]


def check_recall(ctx: CheckContext) -> None:
    for quote in ctx.mined.quotes:
        if len(quote.text.split()) < 2:
            continue
        if any(_overlaps(span, quote.start, quote.end) for span in ctx.quote_spans):
            continue
        speaker = quote.speaker.speaker if quote.speaker else None
        said = f" ({speaker})" if speaker else ""
        ctx.add("MISSED_QUOTE", "warning", "/quotes",
                f"The article quotes {quote.text[:80]!r}{said}, which the summary leaves out.",
                quote.start, quote.end, text=quote.text, speaker=speaker, kind=quote.kind)
    for figure in ctx.mined.casualties:
        count = figure.count
        covered = any(
            _overlaps(claim.count, count.start, count.end)
            or (claim.evidence is not None and claim.evidence[0] <= count.start
                and count.end <= claim.evidence[1] and claim.outcome == figure.outcome
                and claim.count_min == count.low)
            for claim in ctx.claim_spans
        )
        if covered:
            continue
        ctx.add("MISSED_CASUALTY", "warning", "/casualties",
                f"The article gives {count.text!r} {figure.group or 'people'} {figure.outcome}, "
                "which the summary leaves out.",
                count.start, count.end, count_text=count.text, group=figure.group,
                outcome=figure.outcome, claimed_by=figure.claimed_by, scope=figure.scope,
                evidence=ctx.text[figure.sentence.start:figure.sentence.end])
