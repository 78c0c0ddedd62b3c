"""Recall: what the miner finds in the article that the extraction left out.

Misses are warnings, not errors: the miner is a heuristic reader, and a person settles the
flag in review. A quoted single word ("many" militants) is mined as a quote but never
demanded: leaving it out of a summary is a fair choice. A mined quote counts as covered when
an extracted quote was grounded over any of its words; a mined casualty figure when an
extracted claim's count phrase was grounded on it, or when a claim of the same outcome and
count (or no count, for one victim named) cites the sentence it is in or was grounded
anywhere else (a headline, a lede and a body retell one toll). A figure told several times
and left out is flagged once, where it is first told.
"""

from __future__ import annotations

from summarizer.check.context import CheckContext
from summarizer.reading.figures import SINGLE
from summarizer.text.segment import SpanLookup


def check_recall(ctx: CheckContext) -> None:
    grounded = SpanLookup(ctx.quote_spans, lambda span: span)
    for quote in ctx.mined.quotes:
        if len(quote.text.split()) < 2:
            continue
        if grounded.overlapping(quote.start, quote.end):
            continue
        speaker = quote.speaker.speaker if quote.speaker else None
        said = f" ({speaker})" if speaker else ""
        ctx.add("MISSED_QUOTE", "warning", "/quotes",
                f"The article quotes {quote.text[:80]!r}{said}, which the summary leaves out.",
                quote.start, quote.end, text=quote.text, speaker=speaker, kind=quote.kind)
    by_count = SpanLookup([c for c in ctx.claim_spans if c.count], lambda c: c.count)
    by_evidence = SpanLookup([c for c in ctx.claim_spans if c.evidence], lambda c: c.evidence)
    told = {(c.outcome, c.count_min) for c in ctx.claim_spans
            if c.count is not None and c.count_min is not None}
    flagged: set[tuple[str | None, int | str]] = set()
    for figure in ctx.mined.casualties:
        count = figure.count
        # (one victim named, "her son", is a count of one a summary may leave unnumbered)
        single = count.wording == SINGLE
        covered = bool(by_count.overlapping(count.start, count.end)) or any(
            claim.evidence[0] <= count.start and count.end <= claim.evidence[1]
            and claim.outcome == figure.outcome
            and (claim.count_min == count.low or single and claim.count_min is None)
            for claim in by_evidence.overlapping(count.start, count.end)
        )
        # one toll retold ("at least 22" in the lede, "22" in the body): the same outcome
        # and floor; a count without a number ("dozens") only by its words
        retold = (figure.outcome, count.low if count.low is not None else count.text.lower())
        if covered or retold in told or retold in flagged:
            continue
        flagged.add(retold)
        ctx.add("MISSED_CASUALTY", "warning", "/casualties",
                f"The article gives {count.text!r} "
                # (one victim named is its own count: "gives 'a father' killed")
                f"{'' if figure.group == count.text else (figure.group or 'people') + ' '}"
                f"{figure.outcome}, which the summary leaves out.",
                count.start, count.end, count_text=count.text, count_min=count.low,
                count_max=count.high, qualifier=count.qualifier, group=figure.group,
                outcome=figure.outcome, claimed_by=figure.claimed_by, scope=figure.scope,
                evidence=ctx.text[figure.sentence.start:figure.sentence.end])
