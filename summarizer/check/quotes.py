"""Quote checks: the words are the article's, and the article gives them to that speaker.

A quote counts as verbatim when it occurs exactly or after normalisation (quotation-mark style,
case, diacritics, editorial brackets kept or dropped), when it is a run of consecutive quoted
passages joined together (a quote continued in the next paragraph), or when its "..." elisions
separate passages that occur in order. Anything else is altered (with a word diff) or not found.

Attribution compares the extracted speaker with the one the miner reads from the article.
Speakers match loosely, as people refer to them: "Barzani" is "Sirwan Barzani", "Maj. Gen.
James Jarrard" is "James Jarrard", "Peshmerga commander" is the man the article calls "a
Peshmerga commander", and "Volodymyr Zelensky" is "the president" of a tag when the article
writes "President Volodymyr Zelensky".
"""

from __future__ import annotations

import re
from bisect import bisect_left

from summarizer.check.context import CheckContext
from summarizer.reading.speech import Attribution, MinedQuote
from summarizer.schema import Quote
from summarizer.text import patterns
from summarizer.text.align import Alignment
from summarizer.text.names import names_match
from summarizer.text.normalize import fold, normalize_needle
from summarizer.text.people import ABBREVIATED_TITLES, TITLES

_ELLIPSIS = patterns.compile(r"\s*(?:\.\s?\.\s?\.|\u2026)\s*")
_MARKS = " \t\n\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019"
_ELISION_GAP = 600
_CONFIDENCE = ("same_sentence", "same_paragraph", "carried", "none")
_WHERE = {"carried": "an earlier paragraph"}
_QUOTE_MIN_SCORE = 0.6
# what a model writes when it finds no speaker
_UNNAMED = frozenset({"unknown", "unnamed", "unspecified", "not stated", "not given",
                      "anonymous", "n/a", "none", "unidentified"})


def same_speaker(extracted: str, found: Attribution) -> bool:
    """Whether the extracted speaker names the person or body the article gives: the same
    words (spacing aside), one name part of the other, or one of the article's descriptions
    of them."""
    spaced = " ".join(extracted.split())
    return any(spaced == " ".join(candidate.split()) or names_match(extracted, candidate)
               for candidate in (found.speaker, found.written or "", *found.descriptors))


_DEFINITE = patterns.compile(r"(?i:the)\s+(?:[A-Za-z-]+\s+){0,3}([a-z]+)")
_WORDS = patterns.compile(r"[^\W\d_]+")
# a description set off after a name: ", the health minister,"
_SET_OFF_AFTER = patterns.compile(r",\s+((?i:the|a|an)\s+[^,.;:()]+)")


def _titled_as(ctx: CheckContext, name: str, description: str) -> bool:
    """Whether the article writes `name` with the title a description of the speaker refers
    back by: "President Volodymyr Zelensky" for "the president", "Gen. John Smith" for "the
    general", "Jane Doe, the health minister" for "the minister". A model names the person
    where the article's tag only describes them again; that is no other speaker."""
    described = _DEFINITE.fullmatch(description.strip())
    if described is None:
        return False
    head = described.group(1)
    if head not in TITLES:
        return False
    titled = _title_before(head)
    for a, b in ctx.occurrences(name):
        set_off = _SET_OFF_AFTER.match(ctx.text, b, b + 80)
        if (titled.search(ctx.text, max(0, a - 60), a)
                or set_off is not None and head in _WORDS.findall(set_off.group(1).lower())):
            # one person bears the title, not "President Obama ... former President Bill
            # Clinton" (the whole text is read only once a titled name is found)
            return len(_titled_surnames(ctx.text, head)) <= 1
    return False


def _spellings(head: str) -> str:
    """A title and its abbreviations, as a pattern ("general|gen")."""
    return "|".join([head] + [short for short, full in ABBREVIATED_TITLES.items()
                              if full == head])


def _title_before(head: str) -> re.Pattern[str]:
    """The title right before a name, with only capitalised words between ("Gen. John")."""
    return re.compile(rf"\b(?i:{_spellings(head)})\.?\s+(?:[A-Z][\w'\u2019.-]*\s+){{0,3}}$")


def _titled_surnames(text: str, head: str) -> set[str]:
    """The surnames the article writes after the title `head` or its abbreviation."""
    titled = re.finditer(rf"\b(?i:{_spellings(head)})\.?\s+((?:[A-Z][\w'\u2019-]+\s+){{0,2}}"
                         rf"[A-Z][\w'\u2019-]+)", text)
    return {m.group(1).split()[-1] for m in titled}


def _joined(ctx: CheckContext, text: str) -> Alignment | None:
    """Consecutive mined quotes that together make up `text` ("...in the area," + "Some of
    them are foreigners.")."""
    target = normalize_needle(text)
    quotes = ctx.mined.quotes
    for i, first in enumerate(quotes):
        rest = target
        j = i
        while j < len(quotes):
            piece = normalize_needle(quotes[j].text)
            if not piece or not rest.startswith(piece):
                break
            rest = rest[len(piece):].lstrip(" .,;:")
            if not rest:
                if j > i:
                    return Alignment("normalized", first.start, quotes[j].end, 1.0)
                break
            j += 1
    return None


def _elided(ctx: CheckContext, text: str) -> Alignment | None:
    """A quote whose "..." marks left-out words: every part must occur, in order, close by."""
    parts = [p for p in _ELLIPSIS.split(text) if p.strip(_MARKS)]
    if len(parts) < 2:
        return None
    start = end = None
    for part in parts:
        region = (end, min(len(ctx.text), end + _ELISION_GAP)) if end is not None else None
        found = ctx.index.align(part.strip(_MARKS), region=region, fuzzy=False)
        if not found.found:
            return None
        start = found.start if start is None else start
        end = found.end
    return Alignment("normalized", start, end, 1.0)


def align_quote(ctx: CheckContext, text: str) -> Alignment:
    needle = text.strip(_MARKS)
    found = ctx.index.align(needle, fuzzy=False)
    if found.found:
        return found
    return (_joined(ctx, needle) or _elided(ctx, needle)
            or ctx.index.align(needle, min_score=_QUOTE_MIN_SCORE))


def _mined_overlapping(ctx: CheckContext, start: int, end: int) -> list[MinedQuote]:
    return ctx.mined_quotes.overlapping(start, end)


def _in_sentence_outside_quotes(ctx: CheckContext, name: str, start: int, end: int) -> bool:
    """Whether `name` is written in the quote's own sentence, outside the quoted words."""
    s, e = ctx.sentence_span(start, end)
    found = ctx.occurrences(name)
    for a, b in found[bisect_left(found, (s, s)):]:
        if a >= e:
            break
        if b <= e and not ctx.mined_quotes.overlapping(a, a + 1):
            return True
    return False


def _attributed(ctx: CheckContext, start: int, end: int) -> MinedQuote | None:
    """The article's quote at [start, end) that has a speaker, the most certain first."""
    with_speaker = [q for q in _mined_overlapping(ctx, start, end) if q.speaker is not None]
    return min(with_speaker, key=lambda q: _CONFIDENCE.index(q.confidence), default=None)


def _occurrence(ctx: CheckContext, quote: Quote, found: Alignment) -> Alignment:
    """When the words occur more than once, the occurrence this quote stands for: the first
    not taken by an earlier quote, preferably inside quotation marks and, among those, given
    by the article to the same speaker ("capital" is quoted once, but also written plainly
    before)."""
    needle = quote.text.strip(_MARKS)
    if found.status not in ("exact", "normalized"):
        return found

    def speaker_fits(span: tuple[int, int]) -> bool:
        attributed = _attributed(ctx, *span)
        return attributed is None or same_speaker(quote.speaker, attributed.speaker)

    best: tuple[int, int] | None = None
    for marked in (True, False):
        for span in ctx.untaken_occurrences(needle, marked):
            if speaker_fits(span):
                best = span
                break
            best = best or span
        if best is not None:
            break
    if best is None:
        return found
    start, end = best
    status = "exact" if ctx.text[start:end] == needle else "normalized"
    return Alignment(status, start, end, 1.0)


def check_quotes(ctx: CheckContext, quotes: list[Quote]) -> None:
    for i, quote in enumerate(quotes):
        path = f"/quotes/{i}"
        found = ctx.ground(f"{path}/text", quote.text,
                           _occurrence(ctx, quote, align_quote(ctx, quote.text)))
        if not found.found:
            ctx.add("QUOTE_NOT_FOUND", "error", f"{path}/text",
                    "The quoted words do not occur in the article.",
                    found=quote.text, score=found.score)
        elif found.status == "fuzzy":
            ctx.add("QUOTE_ALTERED", "error", f"{path}/text",
                    f"The quote differs from the article's words (similarity {found.score:.2f}).",
                    found.start, found.end, diff=found.diff, score=found.score,
                    expected=ctx.passage(found), found=quote.text)
        _check_speaker(ctx, path, quote, found)
        if quote.speaker_role:
            ctx.expect_verbatim(f"{path}/speaker_role", quote.speaker_role, "ROLE_NOT_FOUND",
                                "speaker role", severity="warning")
        if quote.channel:
            ctx.expect_verbatim(f"{path}/channel", quote.channel, "CHANNEL_NOT_FOUND", "channel",
                                severity="warning")
        if not found.found:
            continue
        ctx.take_quote_span(found.start, found.end)
        if not ctx.inside_marks(found.start, found.end):
            ctx.add("QUOTE_OUTSIDE_MARKS", "warning", f"{path}/text",
                    "These words are in the article but not inside quotation marks.",
                    found.start, found.end)
            continue
        mined = _mined_overlapping(ctx, found.start, found.end)
        whole = mined[0] if len(mined) == 1 else None
        if (whole is not None and found.start <= whole.start and found.end >= whole.end
                and quote.kind != whole.kind):
            ctx.add("QUOTE_KIND_MISMATCH", "info", f"{path}/kind",
                    f"The article's quote reads as {whole.kind}, not {quote.kind}.",
                    whole.start, whole.end, expected=whole.kind, found=quote.kind)


def _check_speaker(ctx: CheckContext, path: str, quote: Quote, found: Alignment) -> None:
    """The speaker must be written in the article and be the one it gives these words to.

    The article names a speaker with confidence in the quote's own sentence, in a reporting
    clause or another quote of its paragraph, or in the paragraph it continues (news copy's
    convention): a different speaker is then an error. A speaker the article does not
    confirm is never passed silently but flagged SPEAKER_UNVERIFIED (a warning): when no
    attribution is found near the words, or when the only one is carried over from an
    earlier paragraph."""
    speaker_at = ctx.align(f"{path}/speaker", quote.speaker)
    mined = _attributed(ctx, found.start, found.end) if found.found else None
    attributed = mined.speaker if mined is not None else None
    matches = attributed is not None and (
        same_speaker(quote.speaker, attributed)
        or _titled_as(ctx, quote.speaker, attributed.speaker))
    unnamed = fold(quote.speaker) in _UNNAMED
    if speaker_at.status in ("exact", "normalized") or matches:
        pass
    elif speaker_at.status == "fuzzy" or unnamed:
        ctx.add("SPEAKER_NOT_FOUND", "warning", f"{path}/speaker",
                f"The speaker {quote.speaker!r} is not written like this in the article.",
                speaker_at.start, speaker_at.end, diff=speaker_at.diff, score=speaker_at.score)
    else:
        ctx.add("SPEAKER_NOT_FOUND", "error", f"{path}/speaker",
                f"The speaker {quote.speaker!r} does not occur in the article.",
                found=quote.speaker)
    if not found.found:
        return
    if mined is None or attributed is None:
        ctx.add("SPEAKER_UNVERIFIED", "warning", f"{path}/speaker",
                "The article does not say near these words who said them, so the speaker "
                f"{quote.speaker!r} cannot be checked.", found.start, found.end,
                confidence="none")
        return
    if matches:
        if mined.confidence == "carried":
            ctx.add("SPEAKER_UNVERIFIED", "warning", f"{path}/speaker",
                    f"{attributed.speaker!r} is named in {_WHERE[mined.confidence]}, not in the "
                    "quote's own sentence; the attribution is likely but not certain.",
                    attributed.start, attributed.end, confidence=mined.confidence)
        return
    # "unknown" misses the attribution rather than inventing one; a name written in the
    # quote's own sentence may be the same party under another name ("KRSC" for "the
    # Kurdish security agency"): both are for a person to look at, not errors
    lenient = unnamed or _in_sentence_outside_quotes(ctx, quote.speaker, found.start, found.end)
    ctx.add(
        "SPEAKER_MISMATCH",
        "warning" if lenient else "error",
        f"{path}/speaker",
        f"The article attributes this quote to {attributed.speaker!r}, not {quote.speaker!r}.",
        attributed.start, attributed.end,
        expected=attributed.speaker, found=quote.speaker, confidence=mined.confidence,
        passage=ctx.text[attributed.start:attributed.end],
    )
