"""Casualty figures in an article: count phrase, affected group, outcome, claimant and scope.

A figure is a casualty only when the count is tied to an outcome by the sentence itself:
"69 civilians were killed" (count, group, outcome), "killing several IS extremists" (outcome,
count, group), "..., along with at least five Peshmerga fighters" (coordinated with an earlier
casualty in the sentence), "another 105 were injured" (the group carried over). Counts of people
that are present rather than hurt ("roughly 200 IS militants hiding", "leaving only a group of
300 fighters to defend") are force sizes, and counts of things ("200 mass graves", "52
kilometers") are neither.

Scope follows DESIGN.md: `cumulative` for totals and statistics over a period ("figures ...
recorded for October", "during the past month"), `related_incident` for another event the
article mentions ("a similar operation" on another date, a car bomb in a report about
airstrikes), else `this_operation`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from summarizer.check.counts import Count, find_counts
from summarizer.check.segment import Segments, Span
from summarizer.check.speech import Attribution, MinedQuote

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")

OUTCOME_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "dead", "died", "deaths", "slain", "executed", "massacred",
               "fatalities", "perished", "lost their lives", "killing", "bodies of",
               "remains of", "deaths of", "death of", "lives of"),
    "injured": ("injured", "wounded", "hurt", "injuries", "wounding", "injuring", "injuries to"),
    "captured": ("captured", "arrested", "detained", "abducted", "kidnapped", "taken prisoner",
                 "taken captive", "taken hostage", "capturing", "arresting", "detaining",
                 "abducting", "kidnapping"),
    "surrendered": ("surrendered", "surrendering", "surrender", "surrenders",
                    "gave themselves up", "turned themselves in", "defected", "surrender of"),
    "missing": ("missing", "unaccounted for", "disappeared"),
    "displaced": ("displaced", "fled", "flee", "fleeing", "flees", "forced to flee", "homeless",
                  "remain in camps", "living in camps", "sheltering in camps", "displacing"),
    "rescued": ("rescued", "freed", "released", "evacuated", "saved", "liberated", "rescuing",
                "freeing", "releasing", "evacuating"),
}
_OUTCOME_OF = {word: outcome for outcome, words in OUTCOME_WORDS.items() for word in words}
_OUTCOME_ALT = "|".join(sorted(_OUTCOME_OF, key=len, reverse=True)).replace(" ", r"\s+")
_AUX = (r"(?:(?:who|that)\s+)?(?:(?:were|was|are|is|have|has|had|been|being|got|reportedly|"
        r"also|later|allegedly|all|were\s+all)\s+){0,3}")
_OUTCOME_AFTER = re.compile(rf"\s*{_AUX}({_OUTCOME_ALT})\b", re.IGNORECASE)
_OUTCOME_BEFORE = re.compile(
    rf"\b({_OUTCOME_ALT})\s+(?:a\s+further\s+|another\s+|an\s+additional\s+|the\s+)?$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"(?:along\s+with|as\s+well\s+as|and|including|plus|,)\s+"
                          r"(?:another\s+|a\s+further\s+)?$", re.IGNORECASE)
# a coordinated count borrows the outcome only when it has no verb of its own
_STANDS_ALONE = re.compile(r"\s*(?:[,.;:)]|$)")
_RELATIVE_OUTCOME = re.compile(
    rf"\s+(?:who|that|which)\b[^,.;]*?\b({_OUTCOME_ALT})\b", re.IGNORECASE
)
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)
_GROUP_STOP = frozenset(
    """were was are is have has had been be being will would who which that whom whose and or
    but in on at near during from to for with by after before including inside outside across
    into over under while as the a an this these those their its his her our of when where
    than then since until""".split()
)
_PRESENT_AFTER = re.compile(
    r"\s*(?:still\s+)?(?:hiding|hid|holed\s+up|entrenched|remain|remaining|remained|left|"
    r"stationed|deployed|gathered|massed|massing|to\s+defend|defending|fighting|inside|"
    r"are\s+still|were\s+still)\b",
    re.IGNORECASE,
)
_PRESENT_BEFORE = re.compile(
    r"(?:there\s+(?:are|were|is)\s+(?:still\s+)?|leaving\s+(?:only\s+)?(?:a\s+group\s+of\s+)?|"
    r"a\s+(?:force|group|contingent|army)\s+of\s+|estimated\s+)$",
    re.IGNORECASE,
)
_FIGHTERS = re.compile(
    r"\b(?:fighters|militants|troops|soldiers|jihadists|extremists|members|gunmen|insurgents|"
    r"rebels|forces|men|personnel|policemen|officers|combatants|mercenaries|recruits)\b",
    re.IGNORECASE,
)
_THINGS = frozenset(
    """kilometers kilometres km miles meters metres hours days weeks months years percent
    times graves villages towns vehicles buildings houses homes rockets missiles shells
    airstrikes strikes raids attacks bombs tons dollars euros sites positions fronts
    p.m a.m""".split()
)
_CUMULATIVE = re.compile(
    rf"\b(?:statistics|figures|monthly|per\s+month|so\s+far|in\s+total|a\s+total\s+of|"
    rf"death\s+toll|since\s+(?:the\s+(?:start|beginning)|\d{{4}}|{_MONTHS})|"
    rf"(?:during|over|in)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:months?|years?|weeks?)|"
    rf"this\s+year|for\s+(?:{_MONTHS}))\b",
    re.IGNORECASE,
)
_RELATED = re.compile(
    rf"\b(?:similar|previous\s+(?:attack|operation|offensive|assault|day|week)|"
    rf"earlier\s+(?:this|last)\s+(?:week|month)|last\s+(?:week|month)|"
    rf"(?:days?|weeks?)\s+(?:ago|earlier|before)|another\s+attack|"
    rf"on\s+(?:{_MONTHS})\s+\d{{1,2}})\b",
    re.IGNORECASE,
)
_INCIDENT_WORDS = re.compile(
    r"\b(?:car\s+bomb|VBIED|suicide\s+(?:bomb|bomber|bombing|attack)|IED|roadside\s+bomb|"
    r"explosion|ambush)",
    re.IGNORECASE,
)
_HOW = re.compile(r"\bhow\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class MinedFigure:
    """One count phrase read in context."""

    count: Count
    kind: str  # casualty | force_size | other
    outcome: str | None
    outcome_adjacent: bool  # outcome tied by the words themselves, not by coordination
    group: str | None
    claimed_by: str | None
    scope: str
    sentence: Span


def _group_after(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The affected group written after a count ("Peshmerga fighters", "Islamic State
    members") and where it ends; it stops at the verb, a preposition or punctuation."""
    words: list[str] = []
    end = pos
    lead = re.match(r"[\"'\u201d\u2019]?\s*(?:of\s+)?", text[pos:limit])
    cursor = pos + (lead.end() if lead else 0)
    for match in re.finditer(r"\S+", text[cursor:limit]):
        at = cursor + match.start()
        if _OUTCOME_AFTER.match(text, at, limit) or _PRESENT_AFTER.match(text, at, limit):
            break
        word = match.group().strip("\"'\u201c\u201d\u2018\u2019()")
        bare = word.rstrip(".,;:!?")
        low = bare.lower()
        if not bare or (bare == low and (low in _GROUP_STOP or low.endswith("ing"))):
            break
        words.append(bare)
        end = at + match.group().index(bare) + len(bare)
        if bare != word or len(words) == 6:
            break
    return (" ".join(words), end) if words else None


def mine_figures(
    text: str,
    segments: Segments,
    quotes: list[MinedQuote],
    attributions: list[Attribution],
    incident_is_bombing: bool = False,
) -> list[MinedFigure]:
    """Every count phrase of the article read as casualty, force size or other."""
    out: list[MinedFigure] = []
    quote_starts = [q.start for q in quotes]
    verb_starts = [a.verb_start for a in attributions]
    for count in find_counts(text):
        sentence = segments.sentences[segments.sentence_at(count.start)]
        if not sentence.start <= count.start < sentence.end + 1:
            continue
        before = text[sentence.start:count.start]
        if _HOW.search(before):
            continue  # "how many ISIS fighters were killed" asks, it does not claim
        found = _group_after(text, count.end, sentence.end)
        group, after_group = found if found else (None, count.end)
        if group and any(word.lower() in _THINGS for word in group.split()):
            out.append(_figure(count, "other", None, False, group, None, "this_operation",
                               sentence))
            continue
        outcome, adjacent = _outcome(text, before, after_group, sentence, out)
        if outcome is None:
            present = (_PRESENT_AFTER.match(text, after_group, sentence.end)
                       or _PRESENT_BEFORE.search(before[-40:]))
            kind = "force_size" if present and group and _FIGHTERS.search(group) else "other"
            out.append(_figure(count, kind, None, False, group, None, "this_operation", sentence))
            continue
        if group is None and _ANOTHER.search(before[-20:]):
            group = _previous_group(out, sentence)
        elif group is None and not adjacent:
            group = _previous_group(out, sentence)
        claimant = _claimant(count.start, sentence, quotes, quote_starts, attributions,
                             verb_starts)
        scope = _scope(text[sentence.start:sentence.end], incident_is_bombing)
        out.append(_figure(count, "casualty", outcome, adjacent, group, claimant, scope, sentence))
    return out


def _figure(count: Count, kind: str, outcome: str | None, adjacent: bool, group: str | None,
            claimant: str | None, scope: str, sentence: Span) -> MinedFigure:
    return MinedFigure(count, kind, outcome, adjacent, group, claimant, scope, sentence)


def _outcome(
    text: str, before: str, after_group: int, sentence: Span,
    earlier: list[MinedFigure],
) -> tuple[str | None, bool]:
    after = _OUTCOME_AFTER.match(text, after_group, sentence.end)
    if after:
        return _OUTCOME_OF[" ".join(after.group(1).lower().split())], True
    prior = _OUTCOME_BEFORE.search(before[-40:])
    if prior:
        return _OUTCOME_OF[" ".join(prior.group(1).lower().split())], True
    if _COORDINATED.search(before[-30:]) and _STANDS_ALONE.match(text, after_group):
        previous = _previous_casualty(earlier, sentence)
        if previous is not None:
            return previous.outcome, False
    relative = _RELATIVE_OUTCOME.match(text, after_group, sentence.end)
    if relative:
        return _OUTCOME_OF[" ".join(relative.group(1).lower().split())], False
    return None, False


def _previous_casualty(figures: list[MinedFigure], sentence: Span) -> MinedFigure | None:
    """The last casualty figure mined earlier in the same sentence."""
    for figure in reversed(figures):
        if figure.sentence != sentence:
            return None
        if figure.kind == "casualty":
            return figure
    return None


def _previous_group(figures: list[MinedFigure], sentence: Span) -> str | None:
    previous = _previous_casualty(figures, sentence)
    return previous.group if previous is not None else None


def _claimant(pos: int, sentence: Span, quotes: list[MinedQuote], quote_starts: list[int],
              attributions: list[Attribution], verb_starts: list[int]) -> str | None:
    """Who makes the claim: the speaker of a quote it sits in, else the source named in its
    sentence ("according to the SDF commander", "Local media outlets reported")."""
    k = bisect_right(quote_starts, pos) - 1
    if k >= 0 and pos < quotes[k].end and quotes[k].speaker is not None:
        return quotes[k].speaker.as_named
    lo = bisect_left(verb_starts, sentence.start)
    hi = bisect_left(verb_starts, sentence.end)
    if lo == hi:
        return None
    nearest = min(attributions[lo:hi], key=lambda a: abs(a.verb_start - pos))
    return nearest.as_named


def _scope(passage: str, incident_is_bombing: bool) -> str:
    if _CUMULATIVE.search(passage):
        return "cumulative"
    if _RELATED.search(passage):
        return "related_incident"
    if not incident_is_bombing and _INCIDENT_WORDS.search(passage):
        return "related_incident"
    return "this_operation"
