"""Text normalisation that remembers where every character came from.

Extracted items rarely differ from the article only by meaning: a model straightens curly
quotation marks, turns an en dash into a hyphen, drops an editorial "[security]", changes case or
loses a diacritic ("Kubis" for "Kubiš"). Such an item should still be matched, and the match
must still point at the exact characters of the original article, because every offset the tool
reports is an offset into `Article.text`. So normalisation here builds the folded text together
with a piecewise offset map back to the original.

Folds, in order, per character: quotation marks and apostrophes to ' and ", dashes to "-",
NFKD decomposition, case folding, dropping of non-spacing combining marks and invisible format
characters (soft hyphens, zero-width joiners), and whitespace runs to one space. Nothing
assumes ASCII: the fold is defined for every Unicode character, and plain ASCII runs merely take
a fast path. Editorial brackets have two readings, so there are two bracket modes:
`KEEP_WORDS` drops only the bracket characters ("the [security] vacuum" reads "the security
vacuum") and `DROP_INSERTIONS` drops the bracketed insertion ("the vacuum").
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from enum import Enum

from summarizer.text import patterns

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4\u02bc\u02bb\uff07\u2039\u203a"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\uff02\u301d\u301e"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_PRE_MAP = {
    **{c: "'" for c in _SINGLE_QUOTES},
    **{c: '"' for c in _DOUBLE_QUOTES},
    **{c: "-" for c in _DASHES},
}
_DROPPED_CATEGORIES = frozenset({"Mn", "Me", "Cf"})

# Characters the ASCII fast path cannot handle: whitespace other than a single space, any
# non-ASCII character, brackets and the backtick (a quotation mark in some typewriter text).
_SPECIAL_KEEP = patterns.compile(r"\s{2,}|[^\S ]|[^\x00-\x7f]|[\[\]`]")
_SPECIAL_DROP = patterns.compile(r"\[[^\[\]\n]{0,300}\]|\s{2,}|[^\S ]|[^\x00-\x7f]|[\[\]`]")


class Brackets(Enum):
    """How editorial square brackets are read."""

    KEEP_WORDS = "keep_words"
    DROP_INSERTIONS = "drop_insertions"


_fold_cache: dict[str, str] = {}


def fold_char(char: str) -> str:
    """The normalised form of one character (possibly empty, possibly several characters)."""
    folded = _fold_cache.get(char)
    if folded is not None:
        return folded
    mapped = _PRE_MAP.get(char, char)
    # Case folding can itself produce combining marks (Turkish dotted capital I), so decompose
    # again after it before dropping marks.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", mapped).casefold())
    out = []
    for ch in decomposed:
        if unicodedata.category(ch) in _DROPPED_CATEGORIES:
            continue
        ch = _PRE_MAP.get(ch, ch)
        out.append(" " if ch.isspace() else ch)
    folded = "".join(out)
    _fold_cache[char] = folded
    return folded


@dataclass(frozen=True)
class NormalizedText:
    """Folded text plus the map from its characters back to the original text.

    The map is a list of segments. A linear segment maps its characters one to one onto the
    original; any other segment (a whitespace run folded to one space, a ligature unfolded into
    two letters, a letter with its dropped combining marks) maps as a whole onto its original
    characters, so a match never splits an original character.
    """

    original: str
    text: str
    seg_norm: list[int]
    seg_orig_start: list[int]
    seg_orig_end: list[int]
    seg_linear: list[bool]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original character span `[s, e)` of the normalised span `[start, end)` (end > start)."""
        k = bisect_right(self.seg_norm, start) - 1
        if self.seg_linear[k]:
            s = self.seg_orig_start[k] + start - self.seg_norm[k]
        else:
            s = self.seg_orig_start[k]
        last = end - 1
        k = bisect_right(self.seg_norm, last) - 1
        if self.seg_linear[k]:
            e = self.seg_orig_start[k] + last - self.seg_norm[k] + 1
        else:
            e = self.seg_orig_end[k]
        return s, e

    def to_normalized(self, pos: int) -> int:
        """The normalised offset at or after original offset `pos` (for restricting searches)."""
        k = bisect_right(self.seg_orig_start, pos) - 1
        if k < 0:
            return 0
        if pos >= self.seg_orig_end[k]:
            return self.seg_norm[k + 1] if k + 1 < len(self.seg_norm) else len(self.text)
        if self.seg_linear[k]:
            return self.seg_norm[k] + pos - self.seg_orig_start[k]
        return self.seg_norm[k]


class _Builder:
    """Accumulates folded text and segments; merges whitespace and attaches dropped marks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.last_char = ""
        self.seg_norm: list[int] = []
        self.seg_orig_start: list[int] = []
        self.seg_orig_end: list[int] = []
        self.seg_linear: list[bool] = []

    def add(self, folded: str, orig_start: int, orig_end: int, linear: bool) -> None:
        if folded.startswith(" ") and self.last_char in (" ", ""):
            folded = folded[1:]
            if linear:
                orig_start += 1
        if not folded:
            return
        self.seg_norm.append(self.length)
        self.seg_orig_start.append(orig_start)
        self.seg_orig_end.append(orig_end)
        self.seg_linear.append(linear)
        self.parts.append(folded)
        self.length += len(folded)
        self.last_char = folded[-1]

    def attach(self, orig_end: int) -> None:
        """Extend the last emitted character over a dropped mark that belongs to it."""
        if not self.seg_norm:
            return
        k = len(self.seg_norm) - 1
        seg_len = self.length - self.seg_norm[k]
        if self.seg_linear[k] and seg_len > 1:
            # split the last character off the linear run so only it covers the mark
            last_start = self.seg_orig_start[k] + seg_len - 1
            self.seg_orig_end[k] = last_start
            self.seg_norm.append(self.length - 1)
            self.seg_orig_start.append(last_start)
            self.seg_orig_end.append(orig_end)
            self.seg_linear.append(False)
        else:
            self.seg_orig_end[k] = orig_end
            self.seg_linear[k] = False


def normalize(text: str, brackets: Brackets = Brackets.KEEP_WORDS) -> NormalizedText:
    """Fold `text` (see the module docstring) and keep the offset map back to it."""
    special = _SPECIAL_KEEP if brackets is Brackets.KEEP_WORDS else _SPECIAL_DROP
    out = _Builder()
    pos = 0
    for match in special.finditer(text):
        start, end = match.span()
        if start > pos:
            out.add(text[pos:start].lower(), pos, start, True)
        token = match.group()
        if token[0] == "[" and len(token) > 1 or token in "[]":
            pass  # editorial bracket or bracketed insertion: dropped
        elif token.isspace():
            out.add(" ", start, end, len(token) == 1)
        else:
            folded = fold_char(token)
            if folded:
                out.add(folded, start, end, len(folded) == 1)
            else:
                out.attach(end)
        pos = end
    if pos < len(text):
        out.add(text[pos:].lower(), pos, len(text), True)
    return NormalizedText(
        original=text,
        text="".join(out.parts),
        seg_norm=out.seg_norm,
        seg_orig_start=out.seg_orig_start,
        seg_orig_end=out.seg_orig_end,
        seg_linear=out.seg_linear,
    )


def normalize_needle(needle: str, brackets: Brackets = Brackets.KEEP_WORDS) -> str:
    """Folded form of a string to look for: like `normalize`, trimmed of edge whitespace and of
    edge punctuation a model tends to add or drop (enclosing quotation marks, a final period or
    comma), so "country." still matches the article's "country,”"."""
    return normalize(needle, brackets).text.strip(" '\".,;:")


def fold(text: str) -> str:
    """Folded form of `text` without the offset map (for comparing short strings)."""
    return normalize(text).text.strip()
