"""Align an extracted string to the article and report where, and how faithfully, it occurs.

Statuses, from strongest to weakest:
- `exact`: the string occurs character for character;
- `normalized`: it occurs once quotation marks, dashes, whitespace, case, diacritics and
  editorial brackets are folded (see `normalize`);
- `fuzzy`: a passage is similar (score 0..1, with a word-level diff), e.g. a quote with one
  word changed;
- `not_found`.

Every span is a pair of character offsets into the original article text.

Cost stays near-linear in article length. Exact and normalised matching are `str.find` over the
original and the folded text. Fuzzy matching never aligns the needle against the whole article:
a token index (built once per article, on first need) gives candidate windows by voting with
the needle's rarest words on the diagonal "article token index minus needle token index" (seed
and extend), and only those few small windows are aligned word by word and scored.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator, Literal

from summarizer.text import patterns
from summarizer.text.normalize import Brackets, NormalizedText, normalize, normalize_needle
from summarizer.text.segment import is_upper_case

Status = Literal["exact", "normalized", "fuzzy", "not_found"]

# Scripts written without spaces between words: a match there has no word boundary to respect,
# and the fuzzy index treats each character as a word.
_NO_SPACE_CLASS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\U00020000-\U0002fa1f"
)
_NO_SPACE = patterns.compile(f"[{_NO_SPACE_CLASS}]")
_WORDS = patterns.compile(r"[^\W_]+")
_ACRONYM_MAX = 6
_EDGE_PUNCTUATION = " '\".,;:!?()"
_CANDIDATE_WINDOWS = 3
_ANCHOR_TOKENS = 8


@dataclass(frozen=True)
class Alignment:
    """Where a needle occurs in the article, and how faithfully."""

    status: Status
    start: int | None = None
    end: int | None = None
    score: float | None = None
    diff: str | None = None

    @property
    def found(self) -> bool:
        return self.status != "not_found"


NOT_FOUND = Alignment("not_found")


def is_word_char(char: str) -> bool:
    """True for a letter or digit of a script that separates words with spaces."""
    return char.isalnum() and not _NO_SPACE.match(char)


def _bounded(hay: str, start: int, end: int) -> bool:
    """The match hay[start:end] does not cut a word at either edge."""
    if start > 0 and is_word_char(hay[start]) and is_word_char(hay[start - 1]):
        return False
    if end < len(hay) and is_word_char(hay[end - 1]) and is_word_char(hay[end]):
        return False
    return True


# English words an acronym may spell ("IS", "US", "WHO"): in an article set in capitals they
# cannot be told from the word itself except where the acronym stands in parentheses.
_SPELLS_A_WORD = frozenset(
    """is it as at be by do go he if in me my no of on or so to up us we am an all and are but
    can for has had her him his how its may not now our out she the was who why you one two
    will with this that from have been were they them then when what""".split()
)


def spells_a_word(needle: str) -> bool:
    """An acronym that is also an everyday English word ("IS", "US", "WHO")."""
    return _is_acronym(needle) and needle.strip().lower() in _SPELLS_A_WORD


def _is_acronym(needle: str) -> bool:
    letters = [c for c in needle if c.isalpha()]
    return 2 <= len(letters) <= _ACRONYM_MAX and all(c.isupper() for c in letters)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Words of `text` with their offsets; characters of no-space scripts are single words."""
    out: list[tuple[str, int, int]] = []
    for match in _WORDS.finditer(text):
        word = match.group()
        start = match.start()
        if _NO_SPACE.search(word):
            run = start
            for i, ch in enumerate(word):
                if _NO_SPACE.match(ch):
                    if run < start + i:
                        out.append((text[run:start + i], run, start + i))
                    out.append((ch, start + i, start + i + 1))
                    run = start + i + 1
            if run < match.end():
                out.append((text[run:match.end()], run, match.end()))
        else:
            out.append((word, start, match.end()))
    return out


def _diff_keys(words: list[str]) -> list[str]:
    """Comparison keys: folded words without edge punctuation, so "country," equals "country"."""
    return [normalize(w).text.strip(_EDGE_PUNCTUATION) for w in words]


def word_diff(passage: str, extracted: str) -> str:
    """Word-level diff from the article's passage to the extracted string, wdiff style:
    `[-words-]` are in the article but not the extraction, `{+words+}` the other way round."""
    old = passage.split()
    new = extracted.split()
    matcher = difflib.SequenceMatcher(None, _diff_keys(old), _diff_keys(new), autojunk=False)
    out: list[str] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            out.extend(old[a0:a1])
            continue
        if a1 > a0:
            out.append("[-" + " ".join(old[a0:a1]) + "-]")
        if b1 > b0:
            out.append("{+" + " ".join(new[b0:b1]) + "+}")
    return " ".join(out)


@dataclass
class _TokenIndex:
    words: list[str]
    starts: list[int]
    ends: list[int]
    postings: dict[str, list[int]]


@dataclass
class ArticleIndex:
    """One article prepared for many alignments; folded views and the token index are built
    lazily, once, on first need."""

    text: str
    _views: dict[Brackets, NormalizedText] = field(default_factory=dict, repr=False)
    _index: _TokenIndex | None = field(default=None, repr=False)
    _vocabulary: set[str] | None = field(default=None, repr=False)
    _upper: bool | None = field(default=None, repr=False)
    # alignments already made: a long article's summary repeats names, places and phrases,
    # and a needle that is not written exactly costs a scan of the whole text each time
    _aligned: dict[tuple[object, ...], Alignment] = field(default_factory=dict, repr=False)

    def view(self, brackets: Brackets) -> NormalizedText:
        if brackets not in self._views:
            self._views[brackets] = normalize(self.text, brackets)
        return self._views[brackets]

    def _token_index(self) -> _TokenIndex:
        if self._index is None:
            tokens = tokenize(self.view(Brackets.KEEP_WORDS).text)
            postings: dict[str, list[int]] = {}
            for i, (word, _, _) in enumerate(tokens):
                postings.setdefault(word, []).append(i)
            self._index = _TokenIndex(
                [t[0] for t in tokens], [t[1] for t in tokens], [t[2] for t in tokens], postings
            )
        return self._index

    @property
    def upper_case(self) -> bool:
        if self._upper is None:
            self._upper = is_upper_case(self.text)
        return self._upper

    def has_word(self, word: str) -> bool:
        """Whether the folded article contains `word` (a folded token) as a whole word."""
        if self._vocabulary is None:
            folded = self.view(Brackets.KEEP_WORDS).text
            self._vocabulary = set(_WORDS.findall(folded)) | set(_NO_SPACE.findall(folded))
        return word in self._vocabulary

    def align(
        self,
        needle: str,
        *,
        whole_words: bool = True,
        region: tuple[int, int] | None = None,
        fuzzy: bool = True,
        min_score: float = 0.6,
    ) -> Alignment:
        """Align `needle` to the article (within `region`, original offsets, if given).

        `whole_words` refuses matches that cut a word ("IS" inside "ISIS"). A fuzzy result
        needs a score of at least `min_score`; below it the result is not_found, carrying the
        best score seen so callers can report how close it came.
        """
        key = (needle, whole_words, region, fuzzy, min_score)
        if key not in self._aligned:
            self._aligned[key] = self._align(needle, whole_words, region, fuzzy, min_score)
        return self._aligned[key]

    def _align(self, needle: str, whole_words: bool, region: tuple[int, int] | None,
               fuzzy: bool, min_score: float) -> Alignment:
        needle = needle.strip()
        if not needle:
            return NOT_FOUND
        lo, hi = region if region is not None else (0, len(self.text))
        if self.upper_case and spells_a_word(needle):
            # "IS" in an article set in capitals: only "(IS)" is surely the acronym
            at = self._find(self.text, f"({needle})", lo, hi, whole_words=False)
            return Alignment("exact", at + 1, at + 1 + len(needle), 1.0) if at >= 0 else (
                NOT_FOUND)
        at = self._find(self.text, needle, lo, hi, whole_words)
        if at >= 0:
            return Alignment("exact", at, at + len(needle), 1.0)
        for brackets in Brackets:
            span = self._find_normalized(needle, brackets, lo, hi, whole_words)
            if span is not None:
                return Alignment("normalized", span[0], span[1], 1.0)
        if not fuzzy or _is_acronym(needle):
            return NOT_FOUND  # a near-miss of a short acronym says nothing
        return self._fuzzy(needle, lo, hi, min_score)

    def find_all(self, needle: str, *, whole_words: bool = True,
                 region: tuple[int, int] | None = None) -> list[tuple[int, int]]:
        """Every exact or normalised occurrence of `needle` (original offsets, in order),
        within `region` when given (a search near a claim costs its paragraph, not the
        whole article)."""
        needle = needle.strip()
        if not needle:
            return []
        lo, hi = region or (0, len(self.text))
        spans: set[tuple[int, int]] = set()
        at = self._find(self.text, needle, lo, hi, whole_words)
        while at >= 0:
            spans.add((at, at + len(needle)))
            at = self._find(self.text, needle, at + 1, hi, whole_words)
        for brackets in Brackets:
            folded = normalize_needle(needle, brackets)
            if not folded:
                continue
            view = self.view(brackets)
            vlo, vhi = (view.to_normalized(lo), view.to_normalized(hi)) if region else \
                (0, len(view.text))
            at = self._find(view.text, folded, vlo, vhi, whole_words)
            while at >= 0:
                span = view.to_original(at, at + len(folded))
                if lo <= span[0] and span[1] <= hi:
                    spans.add(span)
                at = self._find(view.text, folded, at + 1, vhi, whole_words)
        return sorted(spans)

    @staticmethod
    def _find(hay: str, needle: str, lo: int, hi: int, whole_words: bool) -> int:
        at = hay.find(needle, lo, hi)
        while at >= 0 and whole_words and not _bounded(hay, at, at + len(needle)):
            at = hay.find(needle, at + 1, hi)
        return at

    def _find_normalized(
        self, needle: str, brackets: Brackets, lo: int, hi: int, whole_words: bool
    ) -> tuple[int, int] | None:
        folded = normalize_needle(needle, brackets)
        if not folded:
            return None
        view = self.view(brackets)
        n_lo, n_hi = view.to_normalized(lo), view.to_normalized(hi)
        acronym = _is_acronym(needle)
        at = self._find(view.text, folded, n_lo, n_hi, whole_words)
        while at >= 0:
            start, end = view.to_original(at, at + len(folded))
            # an acronym does not match a lower-case word: "IS" is not the verb "is"
            if not acronym or not self.text[start:end].islower():
                return start, end
            at = self._find(view.text, folded, at + 1, n_hi, whole_words)
        return None

    def _fuzzy(self, needle: str, lo: int, hi: int, min_score: float) -> Alignment:
        view = self.view(Brackets.KEEP_WORDS)
        folded = normalize_needle(needle)
        needle_tokens = [t[0] for t in tokenize(folded)]
        if not needle_tokens:
            return NOT_FOUND
        index = self._token_index()
        n_lo, n_hi = view.to_normalized(lo), view.to_normalized(hi)

        positions: dict[str, list[int]] = {}
        for q, word in enumerate(needle_tokens):
            positions.setdefault(word, []).append(q)
        anchors = sorted(
            (len(index.postings[w]), w) for w in positions if w in index.postings
        )[:_ANCHOR_TOKENS]
        votes: Counter[int] = Counter()
        for _, word in anchors:
            for p in index.postings[word]:
                if n_lo <= index.starts[p] < n_hi:
                    for q in positions[word]:
                        votes[p - q] += 1
        if not votes:
            return NOT_FOUND

        n = len(needle_tokens)
        slack = max(3, n // 3)
        chosen: list[int] = []
        for diagonal, _ in votes.most_common():
            if all(abs(diagonal - c) > slack for c in chosen):
                chosen.append(diagonal)
                if len(chosen) == _CANDIDATE_WINDOWS:
                    break

        best: tuple[float, int, int] | None = None
        for diagonal in chosen:
            w0 = max(0, diagonal - slack)
            w1 = min(len(index.words), diagonal + n + slack)
            while w0 < w1 and index.starts[w0] < n_lo:
                w0 += 1
            while w1 > w0 and index.ends[w1 - 1] > n_hi:
                w1 -= 1
            for score, s, e in _window_spans(view.text, folded, needle_tokens, index, w0, w1):
                if best is None or score > best[0]:
                    best = (score, s, e)
        if best is None:
            return NOT_FOUND
        score, s, e = best
        if score < min_score:
            return Alignment("not_found", score=round(score, 3))
        start, end = view.to_original(s, e)
        return Alignment(
            "fuzzy", start, end, round(score, 3), word_diff(self.text[start:end], needle)
        )


def _window_spans(
    article: str, folded: str, needle_tokens: list[str], index: _TokenIndex, w0: int, w1: int
) -> Iterator[tuple[float, int, int]]:
    """Scored candidate spans (folded offsets) for the needle inside one token window: the span
    of the matched words, and that span stretched over unmatched needle words at either edge
    ("Sirwan Barzan" stretches over "Barzani")."""
    # imported on the first fuzzy alignment, not with the module: a check whose fields all
    # occur as written (the common case) never needs rapidfuzz, and every command that checks
    # paid ~25 ms for it
    from rapidfuzz import fuzz

    window = index.words[w0:w1]
    matcher = difflib.SequenceMatcher(None, needle_tokens, window, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return
    first, last = blocks[0], blocks[-1]
    core = (w0 + first.b, w0 + last.b + last.size)
    lead = min(first.a, first.b)
    trail = min(len(needle_tokens) - (last.a + last.size), len(window) - (last.b + last.size))
    for extra_left in {0, lead}:
        for extra_right in {0, trail}:
            s = index.starts[core[0] - extra_left]
            e = index.ends[core[1] + extra_right - 1]
            yield fuzz.ratio(folded, article[s:e]) / 100, s, e


def align(needle: str, text: str, **options) -> Alignment:
    """Align one needle to one text (builds a throwaway index; use ArticleIndex for many)."""
    return ArticleIndex(text).align(needle, **options)
