"""Paragraphs and sentences of an article, as character spans into the original text.

The miner attributes quotes by sentence (who "said" it in the same sentence) and by paragraph
(a following paragraph continues the same speaker), and the checks look for a casualty figure
"near" its evidence, so both units are needed as offsets, not as copied strings. Sentence
splitting is deliberately simple but knows the abbreviations news copy is full of ("U.S. Army
Maj. Gen. James Jarrard" is one sentence, not four).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Generic, Iterable, TypeVar

from summarizer.text import patterns

_PARAGRAPH = patterns.compile(r"[^\n]+")
_BOUNDARY = patterns.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen maj col lt capt cpt sgt cpl pvt brig adm cmdr gov sen rep rev
    st mt ft jr sr no vs etc inc ltd co corp dept approx est jan feb mar apr jun jul aug sep
    sept oct nov dec a.m p.m""".split()
)
_LAST_WORD = patterns.compile(r"(\S+?)[.!?]+[\"'\u201d\u2019)\]]*\s*$")
_INITIALS = patterns.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
# a country's or body's initials ("U.S.", "U.N.") end a sentence before a word that can only
# open one ("the U.S. The army said"), not before a name or title ("U.S. Army", "U.N. envoy")
_INITIALISM_END = patterns.compile(r"\b(?:[A-Z]\.){2,}[\"'\u201d\u2019)\]]*\s+$")
_STARTER = patterns.compile(r"(?:The|It|He|She|They|We|This|That|These|Those|There|His|Her|"
                            r"Their|Its|But|And|In|On|At|After|When|While|Meanwhile|A|An)\s")


_WRAP_MAX_WIDTH = 100
_SENTENCE_END_CHARS = ".!?:\"'\u201d\u2019)"


# Spaces of other widths (no-break, thin, narrow no-break, ideographic...): one space each
_WIDE_SPACES = patterns.compile(r"[^\S\n\r\t\v\f\x1c-\x1f\x85\u2028\u2029 ]")


# invisible format characters (soft hyphen, zero-width space and joiners, word joiner, byte
# order mark) at the edge of a word
_INVISIBLE_AT_EDGE = patterns.compile(r"(?<=\s)[\u00ad\u200b-\u200d\u2060\ufeff]+"
                                      r"|[\u00ad\u200b-\u200d\u2060\ufeff]+(?=\s)")


def plain_spaces(text: str) -> str:
    """`text` with every other kind of space inside a line turned into a plain one, same
    length. Web copy puts a no-break space where a space would do ('continues:\u00a0“...'),
    or an invisible soft hyphen after one ('Doug \u00adAndres'), and a reader's patterns that
    expect a space between words should not tell them apart; line and paragraph breaks are
    left as they are."""
    text = _WIDE_SPACES.sub(" ", text)
    return _INVISIBLE_AT_EDGE.sub(lambda m: " " * len(m.group()), text)


def unwrap(text: str) -> str:
    """`text` with the line breaks of hard-wrapped copy turned into spaces, same length.

    Wire copy is wrapped at a fixed width ("ABOUT 50\nPEASANTS ... WERE\nKIDNAPPED"), so a
    line is not a paragraph there and a phrase may run over a line break. Text counts as
    wrapped when its lines are short (the longest under about 100 characters) and most lines
    that run on into another line fill at least two thirds of that width. A line break stays
    where a paragraph ends: before a blank line, before an indented line (one space is no
    indent), or after a line that stops well short of the width. Keeping the length keeps
    every offset valid for the original.
    """
    lines = text.split("\n")
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(widths) < 4:
        return text
    width = widths[int(len(widths) * 0.95) - 1] if len(widths) > 20 else widths[-1]
    if width > _WRAP_MAX_WIDTH or width < 30:
        return text
    running = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if len(running) < 3:
        return text
    full = sum(len(lines[i].rstrip()) >= width * 2 / 3 for i in running)
    open_ended = sum(lines[i].rstrip()[-1:] not in _SENTENCE_END_CHARS for i in running)
    if full < len(running) * 0.6 or open_ended < len(running) * 0.3:
        return text
    out = list(text)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        # an indent is more than one space: a wrap at a double space leaves one at the
        # start of the next line ("PRESUMABLY A\n GERMAN NATIONAL, WAS KILLED")
        indented = nxt[:1] == "\t" or nxt[:2].isspace()
        joins = (line.strip() and nxt.strip() and not indented
                 and len(line.rstrip()) >= width * 2 / 3)
        if joins:
            out[pos] = " "
        pos += 1
    return "".join(out)


@lru_cache(maxsize=16)
def is_upper_case(text: str) -> bool:
    """Whether the article is set in capitals (as wire copy often is): nine in ten of its
    cased letters are upper case. Capitalisation then says nothing about names. (Cached: the
    miner and the checks ask it of the same article several times.)"""
    sample = text[:20_000]
    upper = sum(map(str.isupper, sample))
    lower = sum(map(str.islower, sample))
    return upper >= 20 and upper >= 9 * lower


def end_before_space(text: str, end: int, start: int = 0) -> int:
    """Where `text[start:end]` ends once trailing whitespace is dropped: the length of
    `text[:end].rstrip()` without copying the text before `end`, which made every sentence
    of a long article cost its whole prefix."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed of surrounding whitespace (scraped articles put one paragraph
    per line, with or without blank lines between)."""
    out = []
    for match in _PARAGRAPH.finditer(text):
        chunk = match.group()
        stripped = chunk.strip()
        if stripped:
            start = match.start() + chunk.index(stripped[0])
            out.append(Span(start, start + len(stripped)))
    return out


def _starts_sentence(char: str) -> bool:
    # Uncased scripts (Arabic, Hebrew, CJK...) have no capital to test, so any letter will do.
    return char.isupper() or char.isdigit() or char in "\"'\u201c\u2018(\u00ab" or (
        char.isalpha() and not char.islower()
    )


def _is_abbreviation(chunk: str) -> bool:
    match = _LAST_WORD.search(chunk)
    if not match:
        return False
    word = match.group(1).lstrip("(\"'\u201c\u2018")
    return word.lower() in _ABBREVIATIONS or bool(_INITIALS.match(word))


def sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentences of one paragraph."""
    out = []
    start = paragraph.start
    for match in _BOUNDARY.finditer(text, paragraph.start, paragraph.end):
        nxt = match.end()
        if nxt >= paragraph.end or not _starts_sentence(text[nxt]):
            continue
        if _is_abbreviation(text[start:match.end()]) and not (
                _INITIALISM_END.search(text, max(start, match.start() - 12), match.end())
                and _STARTER.match(text, nxt)):
            continue  # (but "... according to the U.S. The army said": two sentences)
        end = match.end() - (len(match.group()) - len(match.group().rstrip()))
        out.append(Span(start, end))
        start = nxt
    if start < paragraph.end:
        out.append(Span(start, paragraph.end))
    return out


@dataclass(frozen=True)
class Segments:
    """All paragraphs and sentences of a text, with lookups by offset."""

    paragraphs: list[Span]
    sentences: list[Span]
    sentence_paragraph: list[int]
    _sentence_starts: list[int]
    _paragraph_starts: list[int]

    @classmethod
    def of(cls, text: str) -> Segments:
        paras = paragraphs(text)
        sents: list[Span] = []
        owner: list[int] = []
        for i, para in enumerate(paras):
            for sent in sentences(text, para):
                sents.append(sent)
                owner.append(i)
        return cls(paras, sents, owner, [s.start for s in sents], [p.start for p in paras])

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence containing (or, between sentences, preceding) `pos`."""
        return max(0, bisect_right(self._sentence_starts, pos) - 1)

    def paragraph_at(self, pos: int) -> int:
        return max(0, bisect_right(self._paragraph_starts, pos) - 1)


T = TypeVar("T")


class SpanLookup(Generic[T]):
    """Items with character spans, for "which overlap [start, end)" in O(log n + k) instead of
    a scan of every item: a check of a 1 MB article asks this for each of its thousands of
    quotes. Items are sorted by start; an overlapping item must start after
    `start - longest`, so only that stretch is looked at."""

    def __init__(self, items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> None:
        pairs = sorted(((span(item), item) for item in items), key=lambda pair: pair[0])
        self._starts = [s for (s, _), _ in pairs]
        self._ends = [e for (_, e), _ in pairs]
        self._items = [item for _, item in pairs]
        self._longest = max((e - s for s, e in zip(self._starts, self._ends)), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, max(end, start + 1))
        return [self._items[i] for i in range(first, last)
                if self._ends[i] > start and self._starts[i] < max(end, start + 1)]
