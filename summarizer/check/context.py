"""Shared state of one cross-check run: the article index, the miner's reading, the report being
filled, and the spans the extraction's items were grounded to (the recall checks compare the
miner's finds against those spans)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator

from summarizer.check.report import CheckReport, Finding, Grounding, Severity
from summarizer.reading.miner import Mined
from summarizer.reading.speech import MinedQuote
from summarizer.text.align import Alignment, ArticleIndex
from summarizer.text.segment import SpanLookup


NAME_MIN_SCORE = 0.85


@dataclass(frozen=True)
class ClaimSpan:
    """Where a casualty claim of the extraction was found: its count phrase and evidence."""

    outcome: str
    count_min: int | None
    count: tuple[int, int] | None
    evidence: tuple[int, int] | None


@dataclass
class CheckContext:
    text: str
    index: ArticleIndex
    mined: Mined
    report: CheckReport = field(default_factory=CheckReport)
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    claim_spans: list[ClaimSpan] = field(default_factory=list)
    taken_quote_spans: set[tuple[int, int]] = field(default_factory=set)
    _occurrences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _occurrences_by_marks: dict[tuple[str, bool], list[tuple[int, int]]] = field(
        default_factory=dict)
    _first_untaken: dict[tuple[str, bool], int] = field(default_factory=dict)

    def untaken_occurrences(self, needle: str, marked: bool) -> Iterator[tuple[int, int]]:
        """The occurrences of `needle` inside quotation marks (or, with `marked` false, outside
        them) that no quote has taken yet. Kept apart, so a word quoted once but written
        plainly hundreds of times ("many") is found among the quoted ones without ranking every
        plain one; and quotes take occurrences mostly from the front, so the taken prefix is
        skipped once, not again for every quote (a phrase quoted in every copy of a repeated
        passage would otherwise cost its square)."""
        key = (needle, marked)
        found = self._occurrences_by_marks.get(key)
        if found is None:
            found = [span for span in self.occurrences(needle)
                     if self.inside_marks(*span) == marked]
            self._occurrences_by_marks[key] = found
        first = self._first_untaken.get(key, 0)
        while first < len(found) and found[first] in self.taken_quote_spans:
            first += 1
        self._first_untaken[key] = first
        return (found[i] for i in range(first, len(found))
                if found[i] not in self.taken_quote_spans)

    def inside_marks(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps words the article sets in quotation marks."""
        return bool(self.marked.overlapping(start, end))

    def take_quote_span(self, start: int, end: int) -> None:
        """Record where a quote of the extraction was grounded (no later quote takes it)."""
        self.quote_spans.append((start, end))
        self.taken_quote_spans.add((start, end))

    @cached_property
    def mined_quotes(self) -> SpanLookup[MinedQuote]:
        """The miner's quotes, by span."""
        return SpanLookup(self.mined.quotes, lambda q: (q.start, q.end))

    @cached_property
    def marked(self) -> SpanLookup[tuple[int, int]]:
        """The spans inside quotation marks."""
        return SpanLookup(self.mined.quoted, lambda span: span)

    def occurrences(self, needle: str) -> list[tuple[int, int]]:
        """Every exact or normalised occurrence of `needle`, searched once per needle (a long
        article's summary names the same people and repeats the same words many times)."""
        if needle not in self._occurrences:
            self._occurrences[needle] = self.index.find_all(needle)
        return self._occurrences[needle]

    def ground(self, path: str, value: str, alignment: Alignment) -> Alignment:
        """Record where `value` (the field at `path`) sits in the article."""
        self.report.grounding.append(
            Grounding(path, value, alignment.status, alignment.start, alignment.end,
                      alignment.score, alignment.diff)
        )
        return alignment

    def align(self, path: str, value: str, min_score: float = NAME_MIN_SCORE) -> Alignment:
        """Align and record a short field (a name, place, role, date): these need a close
        fuzzy match, or "Mosul Dam" would pass as the article's "Mosul"."""
        return self.ground(path, value, self.index.align(value, min_score=min_score))

    def expect_verbatim(self, path: str, value: str, code: str, what: str,
                        severity: Severity | None = None) -> None:
        """Ground a field that should be copied from the article and flag it when it is not:
        by default an error, or a warning when a close (fuzzy) match exists."""
        found = self.align(path, value)
        if found.status in ("exact", "normalized"):
            return
        self.add(code, severity or ("warning" if found.status == "fuzzy" else "error"), path,
                 f"The {what} {value!r} is not written like this in the article.",
                 found.start, found.end, diff=found.diff, score=found.score)

    def add(
        self,
        code: str,
        severity: Severity,
        path: str,
        message: str,
        start: int | None = None,
        end: int | None = None,
        **detail: Any,
    ) -> None:
        self.report.findings.append(
            Finding(code, severity, path, message, start, end,
                    {k: v for k, v in detail.items() if v is not None})
        )

    def passage(self, alignment: Alignment) -> str | None:
        if alignment.start is None or alignment.end is None:
            return None
        return self.text[alignment.start:alignment.end]

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        """The sentences covering [start, end)."""
        segments = self.mined.segments
        if not segments.sentences:
            return start, end
        first = segments.sentences[segments.sentence_at(start)]
        last = segments.sentences[segments.sentence_at(max(start, end - 1))]
        return min(first.start, start), max(last.end, end)

    def paragraph_span(self, start: int, end: int) -> tuple[int, int]:
        segments = self.mined.segments
        if not segments.paragraphs:
            return start, end
        first = segments.paragraphs[segments.paragraph_at(start)]
        last = segments.paragraphs[segments.paragraph_at(max(start, end - 1))]
        return min(first.start, start), max(last.end, end)
