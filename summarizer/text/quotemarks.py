"""Quotation marks: which marks open and close a quote, in copy that mixes curly and straight
marks, and the quoted words between them.

Marks are paired within a paragraph. A curly mark says which it is; a straight one is read by
its neighbours (after a space or an opening bracket it opens, before a space or punctuation it
closes). A quote still open at the end of its paragraph runs to it: news copy continues a
quote in the next paragraph by opening it again.

Plain-ASCII copy types marks in two more ways: a double mark as two apostrophes (newspaper
archive text) or two backquotes, made one mark before reading (`plain_double_marks`), and,
in copy with no double mark at all, quotes between straight single marks
(`straight_single_spans`), where an apostrophe must not be taken for a close.
"""

from __future__ import annotations

import re

from summarizer.text import patterns
from summarizer.text.segment import Span

_DOUBLE_MARKS = patterns.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")

_OPENING = "\u201c\u201e\u00ab"

_CLOSING = "\u201d\u00bb"

_OPEN_CONTEXT = "([{\u2014\u2013-/"

_CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013"

# a double quotation mark typed as two characters: two apostrophes, as in newspaper archive
# text ("''I loved it,'' she said"), or TeX's two backquotes before a quote; with the bracket
# that may close right after it
_TWO_CHARACTER_MARK = patterns.compile(r"''[)\]]?|``")


def plain_double_marks(text: str) -> str:
    """`text` with every double mark typed as two characters made one '"' beside a space on
    its outer side, same length: "''I loved it,'' she said" reads ' "I loved it," she said'.
    A mark after a word or its punctuation closes, any other opens. A bracket closing right
    after the mark stays next to it, the space going after both ('(She claimed to
    ''retire.'')' reads '(She claimed to  "retire.") '), so the sentence still ends there."""
    if "''" not in text and "``" not in text:
        return text

    def one_mark(mark: re.Match[str]) -> str:
        before = text[mark.start() - 1] if mark.start() else " "
        bracket = mark.group()[2:]
        if mark.group()[:2] == "''" and (before.isalnum() or before in _CLOSE_CONTEXT):
            return '"' + bracket + " "
        return ' "' + bracket
    return _TWO_CHARACTER_MARK.sub(one_mark, text)


def _classify_mark(text: str, i: int, para: Span, is_open: bool) -> str:
    char = text[i]
    prev = text[i - 1] if i > para.start else " "
    nxt = text[i + 1] if i + 1 < para.end else " "
    if char in _OPENING:
        # and an opening glyph used to close ('unusual,“ said Noble'), after a word or its
        # punctuation and before a space
        closes = (is_open and (prev.isalnum() or prev in _CLOSE_CONTEXT)
                  and (nxt.isspace() or nxt in _CLOSE_CONTEXT or i + 1 == para.end))
        return "close" if closes else "open"
    if char in _CLOSING:
        # a closing glyph used to open ("” word") happens in careless copy
        return "open" if (prev.isspace() and nxt.isalnum() and not is_open) else "close"
    if prev.isspace() or prev in _OPEN_CONTEXT or i == para.start:
        return "open" if not is_open or not nxt.isspace() else "close"
    if nxt.isspace() or nxt in _CLOSE_CONTEXT or i + 1 == para.end:
        return "close"
    return "close" if is_open else "open"

def quote_spans(text: str, para: Span) -> list[tuple[int, int, bool]]:
    """(open mark, end of close mark, closed?) for the double-quoted passages of a paragraph;
    a quote still open at the paragraph end runs to it. The value of a markup attribute
    ('<tweet tweet-date="March 4, 2016">') is paired but quotes no one."""
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for mark in _DOUBLE_MARKS.finditer(text, para.start, para.end):
        i = mark.start()
        role = _classify_mark(text, i, para, open_at is not None)
        if role == "open":
            open_at = i  # a second opening mark restarts: the first was never closed
        elif open_at is not None:
            if text[open_at - 1:open_at] != "=":
                spans.append((open_at, i + 1, True))
            open_at = None
    if open_at is not None:
        spans.append((open_at, para.end, False))
    return spans

def single_quote_spans(
    text: str, para: Span, taken: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """‘...’ passages outside double quotes; a ’ inside a word is an apostrophe, not a close."""
    spans = []
    for match in re.finditer("\u2018", text[para.start:para.end]):
        i = para.start + match.start()
        if any(a <= i < b for a, b in taken):
            continue
        j = i + 1
        while j < para.end:
            if text[j] == "\u2019" and (j + 1 >= para.end or not text[j + 1].isalnum()):
                spans.append((i, j + 1, True))
                break
            j += 1
    return spans

def inner_span(text: str, open_at: int, end: int, closed: bool) -> tuple[int, int]:
    """The quoted words: inside the marks, trimmed of spaces and of the comma that American
    punctuation puts inside the closing mark (",” he said")."""
    a, b = open_at + 1, end - 1 if closed else end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def uses_straight_singles(text: str) -> bool:
    """Whether the article quotes with straight single marks alone ('We fled,' she said), as
    British copy often does once curly marks are lost: no double mark and no curly single
    opening mark anywhere. Elsewhere a straight single is an apostrophe or a headline's
    quote, and is left alone."""
    return "'" in text and not _DOUBLE_MARKS.search(text) and "\u2018" not in text


# a straight single mark opening a quote: at a paragraph's or word's start, before a letter
# ("'We", not "rock 'n' roll"'s closing mark or "the '90s")
_SINGLE_OPENS = patterns.compile(r"(?<![^\s(\[\u2014\u2013-])'(?=[^\W\d])")


# two letters in a row: a quote holds a word, not a letter standing alone
_A_WORD = patterns.compile(r"[^\W\d_]{2}")


def spoken_straight_singles(text: str, para: Span) -> list[tuple[int, int, bool]]:
    """'...' passages shaped as speech in a paragraph with no double mark, in copy that quotes
    with double marks elsewhere (a headline's, a scare word's): a sentence the mark opens
    and closes with its own punctuation ("'They shot anyone who moved,' said Amna"), with
    more of the paragraph around it. Words set in single marks mid-sentence stay
    apostrophes and titles."""
    if _DOUBLE_MARKS.search(text, para.start, para.end):
        return []
    return [(a, b, closed) for a, b, closed in straight_single_spans(text, para)
            if text[b - 2] in ".,!?" and (not text[para.start:a].strip()
                                          or _OPENS_A_SENTENCE.search(text, para.start, a))
            # (a paragraph that is the quote alone, or a label and the quote, is a subhead:
            # "'Pretty cool working there.'", "Carly Fiorina: 'Bill Clinton's fair game.'")
            and (text[b:para.end].strip() or _SENTENCE_BEFORE.search(text, para.start, a))]


# a sentence's end inside a paragraph, its full stop and a space (not a colon, which a
# headline's label ends with too: "Republicans' reaction: 'Is that all?'"); one right before a
# mark opens the mark's sentence
_SENTENCE_BEFORE = patterns.compile(r"[.?!]\s+")
_OPENS_A_SENTENCE = patterns.compile(_SENTENCE_BEFORE.pattern + "$")


def straight_single_spans(text: str, para: Span) -> list[tuple[int, int, bool]]:
    """'...' passages of a paragraph in copy quoting with straight single marks. A mark
    after a word and before punctuation or the paragraph's end closes ("everything,'",
    "'barbaric'."); one after a word and before a space may be a plural possessive ("the
    soldiers' families"), so it closes only when no surer close comes before the next quote
    opens. A mark with no close is an apostrophe ("'em"), no quote."""
    spans: list[tuple[int, int, bool]] = []
    at = para.start
    while (opening := _SINGLE_OPENS.search(text, at, para.end)) is not None:
        i = opening.start()
        weak: int | None = None
        close: int | None = None
        j = text.find("'", i + 1, para.end)
        while j >= 0 and close is None:
            prev, nxt = text[j - 1], text[j + 1] if j + 1 < para.end else " "
            after_word = prev.isalnum() or prev in ")]"
            if prev in ".,!?" or after_word and (nxt in _CLOSE_CONTEXT or j + 1 >= para.end):
                close = j
            elif _SINGLE_OPENS.match(text, j):
                break  # the next quote opens
            elif after_word and nxt.isspace() and weak is None:
                weak = j
            j = text.find("'", j + 1, para.end)
        end = close if close is not None else weak
        if end is None or not _A_WORD.search(text, i + 1, end):
            at = i + 1  # (nor a letter standing alone: "rock 'n' roll")
            continue
        spans.append((i, end + 1, True))
        at = end + 1
    return spans
