"""Long articles read in pieces: split on paragraph boundaries with some overlap, extract each
piece, merge the records.

A model with a short context (the embedded one has 8,192 tokens, most of them taken by the
prompt and the answer) cannot read a 20 KB report in one request. Each chunk is a run of whole
paragraphs (a paragraph longer than a chunk is cut between sentences), and each starts a
paragraph or two before the previous one ended, so a quote or a claim that straddles a
boundary is read whole at least once. The merged record keeps the first chunk's summary (the
lead) and operation, and every item once; offsets need no mapping back because the check
grounds every item in the whole article.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.schema import Actor, ArticleSummary, CasualtyClaim, Quote
from summarizer.text.segment import Span, paragraphs, sentences

OVERLAP_SHARE = 0.15  # of a chunk's length, repeated at the start of the next one


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int


def _pieces(text: str, max_chars: int) -> list[Span]:
    """Paragraphs, with any paragraph longer than `max_chars` cut into runs of sentences
    (and a sentence longer than that cut where it must)."""
    out: list[Span] = []
    for paragraph in paragraphs(text):
        if paragraph.end - paragraph.start <= max_chars:
            out.append(paragraph)
            continue
        for sentence in sentences(text, paragraph):
            for start in range(sentence.start, sentence.end, max_chars):
                out.append(Span(start, min(start + max_chars, sentence.end)))
    return out


def split(text: str, max_chars: int) -> list[Chunk]:
    """Chunks of at most `max_chars` characters covering `text`, each overlapping the next by
    its last paragraph or about a sixth of a chunk; one chunk when the text fits."""
    if len(text) <= max_chars:
        return [Chunk(0, len(text))]
    pieces = _pieces(text, max_chars)
    overlap = int(max_chars * OVERLAP_SHARE)
    chunks: list[Chunk] = []
    first = 0
    while first < len(pieces):
        last = first
        while last + 1 < len(pieces) and pieces[last + 1].end - pieces[first].start <= max_chars:
            last += 1
        chunks.append(Chunk(pieces[first].start, pieces[last].end))
        if last + 1 >= len(pieces):
            break
        # the next chunk starts again at this one's last paragraph (when it is not half a chunk
        # long) and at the ones before it that fit in the overlap
        following = last + 1
        while following - 1 > first and (
                pieces[last].end - pieces[following - 1].start <= overlap
                or (following == last + 1
                    and pieces[last].end - pieces[last].start <= max_chars // 2)):
            following -= 1
        first = following
    return chunks


def _key(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def merge(records: list[ArticleSummary]) -> ArticleSummary:
    """One record from the records of consecutive chunks: the first summary and operation,
    every actor (aliases pooled), casualty claim and quote once, in article order."""
    actors: dict[str, Actor] = {}
    claims: dict[tuple[object, ...], CasualtyClaim] = {}
    quotes: dict[str, Quote] = {}
    for record in records:
        for actor in record.actors:
            known = actors.get(_key(actor.name))
            if known is None:
                actors[_key(actor.name)] = actor.model_copy(deep=True)
            else:
                pooled = {_key(a) for a in known.aliases}
                known.aliases += [a for a in actor.aliases if _key(a) not in pooled]
        for claim in record.casualties:
            key = (_key(claim.group), claim.outcome, claim.count_min, claim.count_max,
                   _key(claim.evidence or claim.count_text))
            claims.setdefault(key, claim)
        for quote in record.quotes:
            quotes.setdefault(_key(quote.text), quote)
    return ArticleSummary(
        summary=records[0].summary,
        operation=next((r.operation for r in records if r.operation is not None), None),
        actors=list(actors.values()),
        casualties=list(claims.values()),
        quotes=list(quotes.values()),
    )
