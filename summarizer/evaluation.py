"""Score extractions against gold summaries written in the project's own schema.

A gold file is `<article-stem>.json` holding the fields someone annotated for that article,
in ArticleSummary form. A field left out of the file is not scored, so a corpus that only
annotates quotes (or only casualties) can still be used. Optional extras, never required:

- on a quote: `start`/`end`, the quoted words' offsets in the article (else they are found by
  alignment), and `speaker_as_written` when the article names the speaker by a pronoun or a
  description ("he") while `speaker` holds the resolved name;
- top level `"eval": {"casualty_outcomes": ["killed", "injured"]}` when the annotation covers
  only some outcomes, so predicted claims of other outcomes are not counted as wrong.

What is scored (micro-averaged over articles):
- quotes: precision / recall / F1, one-to-one, a match being overlapping spans that share at
  least half of the shorter one;
- speakers: over matched quotes, whether the predicted speaker names the gold one (loosely, as
  `names_match` does, against the whole gold span or the name in it: "Chris Christie" names
  "Christie, New Jersey's sitting governor,"), split by how the article names the gold
  speaker (named, pronoun, description), and how many predicted speakers are a bare pronoun;
- casualties: (number, outcome) pairs per article as sets, number = count_min (else
  count_max); claims without a number are left out; claimant accuracy over matched pairs whose
  gold names a claimant;
- actors and locations: one-to-one name matching.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.schema import ArticleSummary
from summarizer.text import patterns
from summarizer.text.align import ArticleIndex
from summarizer.text.names import names_match

PRONOUNS = frozenset("he she they it we i him her them his its their you".split())
_DETERMINER = patterns.compile(r"^(?:the|a|an|this|that|these|those|one|some)\s+", re.IGNORECASE)
_MIN_SHARE = 0.5


class GoldError(ValueError):
    """A gold file that cannot be read as a (partial) ArticleSummary."""


@dataclass
class GoldQuote:
    text: str
    speaker: str
    speaker_as_written: str
    start: int | None
    end: int | None

    @property
    def speaker_kind(self) -> str:
        """named | pronoun | description, by how the article names the speaker."""
        return speaker_kind(self.speaker_as_written)


@dataclass
class Gold:
    stem: str
    quotes: list[GoldQuote] | None = None
    casualties: list[dict[str, Any]] | None = None
    actors: list[list[str]] | None = None  # each actor's name and aliases
    locations: list[str] | None = None
    casualty_outcomes: set[str] | None = None


def speaker_kind(written: str) -> str:
    """How a speaker is named: a pronoun ("he"), a name ("Kerry", "the Washington Post") or a
    description ("a senior official")."""
    bare = written.strip().strip(".,").lower()
    if bare in PRONOUNS:
        return "pronoun"
    rest = _DETERMINER.sub("", written.strip())
    words = rest.split()
    if any(w[:1].isupper() for w in words) and not rest.isupper():
        return "named"
    if rest.isupper() and rest:
        return "named"
    return "description"


def head_name(speaker: str) -> str:
    """The name in an annotated speaker span, without the description set off after it or
    the words before it: "Christie, New Jersey's sitting governor," -> "Christie", "Gingrich —
    mentioned by Newsmax as ... —" -> "Gingrich", "an angry
    Hollande" -> "Hollande", "Former Obama spokesman Robert Gibbs" -> "Former Obama Robert
    Gibbs" (capitalised words only, unless the text is all capitals)."""
    head = re.split(r",|\s(?:[\u2014\u2013]|--)\s|\s(?:who|which|whose)\s", speaker,
                    maxsplit=1)[0].strip()
    if head.isupper():
        return head
    return " ".join(w for w in head.split() if w[:1].isupper())


def same_speaker(predicted: str, gold: GoldQuote) -> bool:
    if is_bare_pronoun(predicted):
        return False
    if names_match(predicted, gold.speaker):
        return True
    if gold.speaker_kind == "pronoun":
        return False
    head = head_name(gold.speaker_as_written)
    return names_match(predicted, gold.speaker_as_written) or bool(head) and names_match(
        predicted, head)


def is_bare_pronoun(speaker: str) -> bool:
    return speaker.strip().strip(".,").lower() in PRONOUNS


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: not a readable JSON file ({exc})") from exc
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file holds one JSON object")
    gold = Gold(path.stem)
    try:
        if "quotes" in data:
            gold.quotes = [
                GoldQuote(q["text"], q["speaker"], q.get("speaker_as_written") or q["speaker"],
                          q.get("start"), q.get("end"))
                for q in data["quotes"]
            ]
        if "casualties" in data:
            gold.casualties = [dict(c) for c in data["casualties"]]
        if "actors" in data:
            gold.actors = [[a["name"], *a.get("aliases", [])] for a in data["actors"]]
        operation = data.get("operation")
        if isinstance(operation, dict) and "locations" in operation:
            gold.locations = list(operation["locations"])
        outcomes = (data.get("eval") or {}).get("casualty_outcomes")
        if outcomes is not None:
            gold.casualty_outcomes = set(outcomes)
    except (KeyError, TypeError) as exc:
        raise GoldError(f"{path}: an item lacks a required field ({exc})") from exc
    return gold


def load_gold_dir(directory: Path) -> dict[str, Gold]:
    if not directory.is_dir():
        raise GoldError(f"{directory}: not a directory of gold summaries")
    golds = {p.stem: load_gold(p) for p in sorted(directory.glob("*.json"))}
    if not golds:
        raise GoldError(f"{directory}: no gold summaries (<article-stem>.json) in it")
    return golds


@dataclass
class Tally:
    """Counts for precision / recall / F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def to_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
        return {"precision": _round(p), "recall": _round(r), "f1": _round(f1),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += ok

    def to_dict(self) -> dict[str, Any]:
        value = self.correct / self.total if self.total else None
        return {"accuracy": _round(value), "correct": self.correct, "total": self.total}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class Scores:
    articles: int = 0
    quotes: Tally | None = None
    speakers: dict[str, Accuracy] = field(default_factory=dict)
    bare_pronouns: int = 0
    predicted_speakers: int = 0
    casualties: Tally | None = None
    claimants: Accuracy = field(default_factory=Accuracy)
    actors: Tally | None = None
    locations: Tally | None = None
    per_article: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": self.articles}
        if self.quotes is not None:
            out["quotes"] = self.quotes.to_dict()
            overall = Accuracy()
            for acc in self.speakers.values():
                overall.correct += acc.correct
                overall.total += acc.total
            out["speakers"] = {
                **overall.to_dict(),
                "by_kind": {k: v.to_dict() for k, v in sorted(self.speakers.items())},
                "bare_pronouns": self.bare_pronouns,
                "predicted": self.predicted_speakers,
            }
        if self.casualties is not None:
            out["casualties"] = {**self.casualties.to_dict(),
                                 "claimants": self.claimants.to_dict()}
        if self.actors is not None:
            out["actors"] = self.actors.to_dict()
        if self.locations is not None:
            out["locations"] = self.locations.to_dict()
        out["per_article"] = self.per_article
        return out


def _overlap_share(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def _pair_spans(gold: list[tuple[int, int] | None], predicted: list[tuple[int, int] | None]
                ) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best overlaps first."""
    candidates = sorted(
        ((share, g, p) for g, gs in enumerate(gold) if gs for p, ps in enumerate(predicted)
         if ps for share in [_overlap_share(gs, ps)] if share >= _MIN_SHARE),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, g, p in candidates:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return pairs


def _pair_names(gold: list[list[str]], predicted: list[list[str]]) -> int:
    """How many predicted names (each with its aliases) match a distinct gold one."""
    used: set[int] = set()
    matched = 0
    for names in predicted:
        for g, gold_names in enumerate(gold):
            if g not in used and any(names_match(a, b) for a in names for b in gold_names):
                used.add(g)
                matched += 1
                break
    return matched


def pair_quotes(gold: Gold, index: ArticleIndex, summary: ArticleSummary,
                spans: list[tuple[int, int] | None] | None = None
                ) -> list[tuple[int, int, tuple[int, int]]]:
    """(gold index, predicted index, gold offsets) for each gold quote matched one-to-one by a
    predicted quote whose span shares half of the shorter one. `spans` are the predicted
    quotes' offsets where known (the run's grounding); the rest are found by alignment."""
    assert gold.quotes is not None
    gold_spans = [(q.start, q.end) if q.start is not None and q.end is not None
                  else _locate(index, q.text) for q in gold.quotes]
    predicted = list(spans) if spans is not None else []
    predicted += [None] * (len(summary.quotes) - len(predicted))
    predicted = [span or _locate(index, q.text) for span, q in zip(predicted, summary.quotes)]
    pairs = []
    for g, p in _pair_spans(gold_spans, predicted):
        span = gold_spans[g]
        if span is not None:  # always so: a quote not found in the article is never paired
            pairs.append((g, p, span))
    return pairs


def _number(claim: dict[str, Any]) -> int | None:
    value = claim.get("count_min")
    return value if value is not None else claim.get("count_max")


class Evaluator:
    """Accumulates scores over articles."""

    def __init__(self) -> None:
        self.scores = Scores()

    def add(self, gold: Gold, text: str, summary: ArticleSummary,
            quote_spans: list[tuple[int, int] | None] | None = None,
            label: str | None = None) -> None:
        """Score one article. `quote_spans` are the predicted quotes' offsets (the run's
        grounding); missing ones are found by aligning the quote text."""
        s = self.scores
        s.articles += 1
        row: dict[str, Any] = {"article": gold.stem, **({"run": label} if label else {})}
        if gold.quotes is not None:
            row["quotes"] = self._quotes(gold, ArticleIndex(text), summary, quote_spans)
        if gold.casualties is not None:
            row["casualties"] = self._casualties(gold, summary)
        if gold.actors is not None:
            s.actors = s.actors or Tally()
            predicted = [[a.name, *a.aliases] for a in summary.actors]
            tp = _pair_names(gold.actors, predicted)
            s.actors.add(tp, len(predicted) - tp, len(gold.actors) - tp)
        if gold.locations is not None:
            s.locations = s.locations or Tally()
            predicted_places = [[p] for p in (summary.operation.locations
                                              if summary.operation else [])]
            tp = _pair_names([[g] for g in gold.locations], predicted_places)
            s.locations.add(tp, len(predicted_places) - tp, len(gold.locations) - tp)
        s.per_article.append(row)

    def _quotes(self, gold: Gold, index: ArticleIndex, summary: ArticleSummary,
                spans: list[tuple[int, int] | None] | None) -> dict[str, int]:
        s = self.scores
        s.quotes = s.quotes or Tally()
        assert gold.quotes is not None
        pairs = [(g, p) for g, p, _ in pair_quotes(gold, index, summary, spans)]
        s.quotes.add(len(pairs), len(summary.quotes) - len(pairs), len(gold.quotes) - len(pairs))
        for q in summary.quotes:
            s.predicted_speakers += 1
            s.bare_pronouns += is_bare_pronoun(q.speaker)
        wrong = 0
        for g, p in pairs:
            gq, pq = gold.quotes[g], summary.quotes[p]
            if not gq.speaker.strip() or is_bare_pronoun(gq.speaker):
                continue  # the annotation itself leaves the speaker unresolved
            ok = same_speaker(pq.speaker, gq)
            s.speakers.setdefault(gq.speaker_kind, Accuracy()).add(ok)
            wrong += not ok
        return {"tp": len(pairs), "fp": len(summary.quotes) - len(pairs),
                "fn": len(gold.quotes) - len(pairs), "wrong_speaker": wrong}

    def _casualties(self, gold: Gold, summary: ArticleSummary) -> dict[str, int]:
        s = self.scores
        s.casualties = s.casualties or Tally()
        assert gold.casualties is not None
        allowed = gold.casualty_outcomes
        gold_pairs: dict[tuple[int, str], dict[str, Any]] = {}
        for claim in gold.casualties:
            number = _number(claim)
            if number is not None:
                gold_pairs.setdefault((number, claim["outcome"]), claim)
        predicted: dict[tuple[int, str], str | None] = {}
        for c in summary.casualties:
            number = c.count_min if c.count_min is not None else c.count_max
            if number is None or (allowed is not None and c.outcome not in allowed):
                continue
            predicted.setdefault((number, c.outcome), c.claimed_by)
        matched = set(gold_pairs) & set(predicted)
        s.casualties.add(len(matched), len(predicted) - len(matched),
                         len(gold_pairs) - len(matched))
        for pair in matched:
            claimant = gold_pairs[pair].get("claimed_by")
            if claimant:
                found = predicted[pair]
                s.claimants.add(bool(found) and names_match(found or "", claimant))
        return {"tp": len(matched), "fp": len(predicted) - len(matched),
                "fn": len(gold_pairs) - len(matched)}


def _locate(index: ArticleIndex, text: str) -> tuple[int, int] | None:
    found = index.align(text.strip(" \"'\u201c\u201d\u2018\u2019"), fuzzy=False)
    if found.found and found.start is not None and found.end is not None:
        return found.start, found.end
    return None
