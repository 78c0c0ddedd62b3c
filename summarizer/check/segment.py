"""Paragraphs and sentences of an article, as character spans into the original text.

The miner attributes quotes by sentence (who "said" it in the same sentence) and by paragraph
(a following paragraph continues the same speaker), and the checks look for a casualty figure
"near" its evidence, so both units are needed as offsets, not as copied strings. Sentence
splitting is deliberately simple but knows the abbreviations news copy is full of ("U.S. Army
Maj. Gen. James Jarrard" is one sentence, not four).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_PARAGRAPH = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen maj col lt capt cpt sgt cpl pvt brig adm cmdr gov sen rep rev
    st mt ft jr sr no vs etc inc ltd co corp dept approx est jan feb mar apr jun jul aug sep
    sept oct nov dec a.m p.m""".split()
)
_LAST_WORD = re.compile(r"(\S+?)[.!?]+[\"'\u201d\u2019)\]]*\s*$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")


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
        if _is_abbreviation(text[start:match.end()]):
            continue
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
