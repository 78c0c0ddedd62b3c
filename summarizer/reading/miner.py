"""The deterministic source miner: what the article itself says, read without a model.

`mine` gives the checks an independent reading of the article (quotes with speakers, casualty
figures with claimants, force sizes) to compare an extraction against, and to find what the
extraction missed. `mine_summary` turns the same reading into a full ArticleSummary: the
`extractive` backend, usable when no model is available. Every string it fills in is copied
from the article, so its output is grounded by construction; where the heuristics find
nothing the lists stay empty, so any text yields a schema-valid summary.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from summarizer.reading.figures import MinedFigure, mine_figures
from summarizer.reading.gazetteer import (ARMED_VIOLENCE, KNOWN_ACTORS, OPERATION_CUE,
                                         OPERATION_CUES, POLITICS)
from summarizer.reading.instructions import Instruction, find_instructions
from summarizer.reading.speech import Attribution, MinedQuote, mine_quotes
from summarizer.schema import Actor, ArticleSummary, CasualtyClaim, Operation, Quote
from summarizer.text import datelines, patterns
from summarizer.text.align import spells_a_word
from summarizer.text.counts import Count
from summarizer.text.dates import MONTHS, WEEKDAYS
from summarizer.text.people import ORG_WORDS, TITLES
from summarizer.text.quotemarks import plain_double_marks
from summarizer.text.segment import Segments, Span, is_upper_case, plain_spaces, unwrap

_DATE = patterns.compile(
    rf"\b(?:(?:early|late)\s+)?(?:{WEEKDAYS})(?:\s+(?:early\s+|late\s+)?"
    rf"(?:morning|afternoon|evening|night))?\b|\b(?:{MONTHS})\s+\d{{1,2}}(?:,\s+\d{{4}})?\b|"
    r"\b(?:yesterday|last\s+(?:week|night|month))\b"
)
_OPERATION_NAME = patterns.compile(r"\bOperation\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}")
_PLACE = patterns.compile(
    r"\b(?:in|near|at|on|outside|around|into|from|of|across|towards?)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|province|district|region|area|outskirts|mountains?)\s+of\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?"
    r"((?:(?:Mt\.|Mount|Jebel|Jabal|Lake)\s+)?[A-Z][\w'\u2019-]+"
    r"(?:\s+(?:al-)?[A-Z][\w'\u2019-]+){0,2})"
    # (not a demonym before the place it qualifies: "the northern Afghan city of Kunduz")
    r"(?![\w'\u2019-]|\s+(?:city|town|village|province|district|region|capital|port)\s+of\b)"
)
_NOT_PLACES = frozenset(
    f"{WEEKDAYS}|{MONTHS}|The|A|An|This|That|These|Those|Twitter|Facebook|Telegram|WhatsApp|"
    "YouTube|Instagram|TikTok".split("|")
)
# demonyms and compounds read as adjectives, not places: "Kurdish", "US-led", "Lebanese"
_ADJECTIVE = patterns.compile(
    r"(?:ish|ese|ian|-led|-backed|-based)\b"
    # and those not so spelt, as a place's last word ("Saudi Arabia" is a place)
    r"|\b(?:Israeli|Iraqi|Pakistani|Somali|Yemeni|Kuwaiti|Saudi|Emirati|Bangladeshi|"
    r"Azerbaijani|Qatari|Omani|Bahraini|Nepali|Afghan|Thai|Uzbek|Tajik|Kazakh|Kyrgyz|Greek|"
    r"French|Dutch|Czech|Swiss|Druze)$")
_ACRONYM_ACTOR = patterns.compile(
    r"((?:[Tt]he\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|the|and|al)\s+){0,2}[A-Z][\w'\u2019-]*)*)"
    r"\s+\(([A-Z][A-Z0-9]{1,9})\)"
)
_PLACE_HEADS = frozenset("city county district province state town house tower".split())
# a body's name running on with "of": "Ministry of Health", "Department of Defense" (not
# "the city of Kunduz")
_BODY_OF = patterns.compile(
    rf"\b(?i:{'|'.join(sorted(ORG_WORDS - _PLACE_HEADS))})\s+of\s+(?:the\s+)?$")
# news agencies, as a dateline names them after its place
_AGENCIES = frozenset("AP AFP UPI EFE DPA ANSA TASS IRNA SANA WAFA PTI IANS KCNA ACAN".split())
_ORG_RUN = patterns.compile(
    r"\b[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|for\s+|al-)?[A-Z][\w'\u2019-]*)*\s+"
    r"(?:Forces|Army|Council|Coalition|Ministry|Militia|Brigades?|Front|Party|Movement|Police|"
    r"Guard|Command|Mission)\b(?:\s+of\s+[A-Z][\w-]+)?"
    r"|\bMinistry\s+of\s+[A-Z][\w-]+"
)
_ORG_KIND = (
    (patterns.compile(r"Ministry|Government|Council|Pentagon|\b(?:ministry|government)\b"),
     "government"),
    (patterns.compile(r"Mission|Nations|\bUN\b"), "international_org"),
    (patterns.compile(r"Coalition"), "coalition"),
    # before the state's words: the "National Liberation Army" is a rebel army, "The
    # al-Qaeda-linked JNIM" a group
    (patterns.compile(r"Militia|Brigade|Front|Movement|Liberation|Revolutionary|"
                      r"\b(?:[Rr]ebels?|[Ii]nsurgents?|[Mm]ilitants?|[Jj]ihadists?|"
                      r"[Gg]uerrillas?)\b|-linked\b"), "non_state_armed_group"),
    (patterns.compile(r"Forces|Army|Police|Guard|Command|"
                      r"\b(?:army|military|police|troops|soldiers|security\s+forces)\b"),
     "state_force"),
)
_MEDIA = patterns.compile(
    r"\b(?:media|news|outlets?|reuters|afp|associated\s+press|post|times|tv|television|"
    r"radio|news\s+agency|newspaper|correspondent|journalist|reporter)\b",
    re.IGNORECASE,
)
_CIVILIANS = patterns.compile(r"\b(?:villager|resident|witness|civilian|local|survivor)s?\b",
                              re.IGNORECASE)
_OP_VERB = patterns.compile(
    r"\b(?:launched|relaunched|targeted|target|cleared|destroyed|struck|strike|drove|drive|"
    r"pushed|attacked|bombed|captured|seized|stormed|besieged|began|carried\s+out|lead|led|"
    r"declared|reclaiming)\b"
)
_SUPPORT_CUE = patterns.compile(
    r"(?:backed\s+by|with\s+the\s+support\s+of|supported\s+by|support\s+of)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
_SPEECH_AFTER = patterns.compile(
    r"\s+(?:\w+\s+){0,2}?(?:said|says|announced|reported|told|warned)\b")
_LEAD_PARAGRAPHS = 3
_SUMMARY_CHARS = 350


@dataclass
class Mined:
    """The miner's reading of one article: `text` as read (unwrapped, plain spaces, double
    marks typed as two characters made one), and `shown`, the same without the last, whose
    sentences the summary copies verbatim. Both have the article's length."""

    text: str
    shown: str
    segments: Segments
    quotes: list[MinedQuote]
    attributions: list[Attribution]
    figures: list[MinedFigure]
    operation_kind: str | None
    quoted: list[tuple[int, int]]  # every passage inside quotation marks, scare quotes too
    instructions: list[Instruction] = field(default_factory=list)  # words aimed at a model

    @property
    def casualties(self) -> list[MinedFigure]:
        return [f for f in self.figures if f.kind == "casualty"]

    def counts_between(self, start: int, end: int) -> list[Count]:
        """The article's count phrases inside [start, end) (figures hold every count phrase,
        in text order)."""
        first = bisect_left(self._count_starts, start)
        out = []
        for figure in self.figures[first:]:
            if figure.count.start >= end:
                break
            if figure.count.end <= end:
                out.append(figure.count)
        return out

    def figure_at(self, count: Count) -> MinedFigure | None:
        """The miner's reading of the count phrase at exactly this span, if any."""
        return self._by_span.get((count.start, count.end))

    @cached_property
    def _count_starts(self) -> list[int]:
        return [f.count.start for f in self.figures]

    @cached_property
    def _by_span(self) -> dict[tuple[int, int], MinedFigure]:
        return {(f.count.start, f.count.end): f for f in self.figures}


_ARMED_ANY_CASE = patterns.compile(ARMED_VIOLENCE.pattern, re.IGNORECASE)
_LOWER = patterns.compile(r"[a-z]")  # (wire copy in capitals is no title case)
# a headline in title case: every word capitalised (or a number), a closing mark at most
_TITLE_CASE = patterns.compile(
    r"(?:[\"'\u201c\u2018]?[A-Z0-9][\w'\u2019:,-]*[\"'\u201d\u2019]?\s+)+"
    r"[A-Z0-9][\w'\u2019-]*[.!?]?[\"'\u201d\u2019]?")


def _body_paragraphs(text: str, segments: Segments) -> list[Span]:
    """Paragraphs that read as running text (not labels, headlines or bylines): a dozen words
    or more, closed like a sentence, and not in title case ("Woman Reveals Stunning Thing
    Trump Did To Her After Her Dad Killed Himself.")."""
    return [p for p in segments.paragraphs
            if len(text[p.start:p.end].split()) >= 12 and text[p.end - 1] in ".!?\"\u201d'\u2019"
            and not (_TITLE_CASE.fullmatch(text, p.start, p.end)
                     and _LOWER.search(text, p.start, p.end))]


def _lead_region(text: str, segments: Segments) -> list[Span]:
    return _body_paragraphs(text, segments)[:_LEAD_PARAGRAPHS]


def guess_operation_kind(text: str, segments: Segments) -> str | None:
    """The operation kind whose cue words weigh most (lead paragraphs count double), "other"
    for armed violence with no cue of a kind; None when the article does not report armed
    violence (twice, once in its lead), or when it is a political story that touches on it:
    more than twice as many words of elections and lawmaking as of violence, and a lead that
    speaks of violence less than three times. A political story's "campaign" is no
    offensive, nor its candidates' talk of "terrorists" an operation."""
    lead_paragraphs = _lead_region(text, segments) or segments.paragraphs[:_LEAD_PARAGRAPHS]
    lead_text = " ".join(text[p.start:p.end] for p in lead_paragraphs).lower()
    lowered = text.lower()
    armed, armed_in_lead = len(ARMED_VIOLENCE.findall(lowered)), len(
        ARMED_VIOLENCE.findall(lead_text))
    if armed < 2 or not armed_in_lead:
        return None
    if len(POLITICS.findall(lowered)) > 2 * armed and armed_in_lead < 3:
        return None
    scores = Counter(m.lastgroup for m in OPERATION_CUE.finditer(lowered))
    scores.update(m.lastgroup for m in OPERATION_CUE.finditer(lead_text))
    best = max(OPERATION_CUES, key=lambda kind: scores[kind])
    return best if scores[best] else "other"


def mine(text: str) -> Mined:
    """Read quotes, speakers and figures out of `text`.

    Hard-wrapped copy is read unwrapped, with plain spaces and with double marks typed as
    two characters made one (`Mined.text`, same length), so every offset still points into
    `text`."""
    shown = unwrap(plain_spaces(text))
    text = plain_double_marks(shown)
    segments = Segments.of(text)
    quotes, attributions, quoted = mine_quotes(text, segments)
    kind = guess_operation_kind(text, segments)
    lead = _lead_region(text, segments)
    figures = mine_figures(text, segments, quotes, attributions, kind == "bombing",
                           upper=is_upper_case(text), lead=lead[0] if lead else None)
    instructions = find_instructions(text, segments)
    if instructions:
        # what an article tells a model to say is no reading of the article
        quotes = [q for q in quotes if not any(i.covers(q.start, q.end) for i in instructions)]
        figures = [replace(f, kind="other") if any(i.covers(f.count.start, f.count.end)
                                                   for i in instructions) else f
                   for f in figures]
    return Mined(text, shown, segments, quotes, attributions, figures, kind, quoted,
                 instructions)


# ---- the extractive summary -------------------------------------------------------------


def _lead_summary(text: str, segments: Segments) -> str:
    """The article's opening sentence(s), verbatim, without a dateline
    ("ERBIL (Kurdistan 24) –")."""
    body = _body_paragraphs(text, segments) or segments.paragraphs
    if not body:
        return ""
    para = body[0]
    chosen: list[str] = []
    for sentence in segments.sentences:
        if not para.start <= sentence.start < para.end:
            continue
        piece = text[sentence.start:sentence.end]
        if not chosen:
            piece = datelines.strip(piece)
        if chosen and len(" ".join(chosen)) + len(piece) > _SUMMARY_CHARS:
            break
        chosen.append(piece)
        if len(chosen) == 3:
            break
    return " ".join(chosen)


def _known_forms(text: str) -> list[tuple[str, str, list[str], int]]:
    """(name, kind, written forms found, first offset) for each known actor in the text. In
    an article set in capitals an acronym that spells a word ("IS") counts only in
    parentheses."""
    upper = is_upper_case(text)
    found = []
    for actor in KNOWN_ACTORS:
        forms = []
        first = len(text)
        for form in actor.forms:
            pattern = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
            if upper and spells_a_word(form):
                pattern = rf"(?<=\(){re.escape(form)}(?=\))"
            elif upper:
                pattern = f"(?i:{pattern})"
            match = re.search(pattern, text)
            if match:
                forms.append(match.group())
                first = min(first, match.start())
        if forms:
            found.append((actor.name, actor.kind, forms, first))
    return found


def _org_kind(name: str) -> str:
    for pattern, kind in _ORG_KIND:
        if pattern.search(name):
            return kind
    return "other"


def _actor_role(text: str, lead: list[Span], segments: Segments, forms: list[str]) -> str | None:
    """conducting / supporting / targeted / reporting from the actor's first lead mention:
    before the operation verb it conducts, after it it is targeted; "backed by" supports; the
    subject of "said"/"announced" reports."""
    for para in lead:
        for sentence in segments.sentences:
            if not para.start <= sentence.start < para.end:
                continue
            passage = text[sentence.start:sentence.end]
            for form in sorted(forms, key=len, reverse=True):
                match = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", passage)
                if not match:
                    continue
                if _SPEECH_AFTER.match(passage, match.end()):
                    return "reporting"
                if _SUPPORT_CUE.search(passage[:match.start()]):
                    return "supporting"
                verb = _OP_VERB.search(passage)
                if verb is None:
                    continue
                return "conducting" if match.start() < verb.start() else "targeted"
    return None


def _folded_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _contains(words: list[str], part: list[str]) -> bool:
    """Whether the word sequence `part` occurs in `words` ("a UN report" contains "UN")."""
    n = len(part)
    return n > 0 and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _actors(text: str, mined: Mined, body: list[Span]) -> list[Actor]:
    lead = body[:_LEAD_PARAGRAPHS]
    actors: list[Actor] = []
    seen: list[list[str]] = []

    def add(name: str, aliases: list[str], kind: str, role: str | None, fallback: str) -> None:
        words = _folded_words(name)
        if any(_contains(words, known) or _contains(known, words) for known in seen):
            return
        seen.extend(_folded_words(n) for n in (name, *aliases))
        actors.append(Actor(name=name, aliases=aliases, kind=kind, role=role or fallback))

    for _name, kind, forms, _ in sorted(_known_forms(text), key=lambda item: item[3]):
        written = max(forms, key=len)
        role = _actor_role(text, lead, mined.segments, forms)
        add(written, [f for f in forms if f != written], kind, role, "other")
    for para in body:
        chunk = text[para.start:para.end]
        for match in _ACRONYM_ACTOR.finditer(chunk):
            if match.group(2) in _AGENCIES and not _MEDIA.search(match.group(1)):
                continue  # a dateline's place and agency: "OUAGADOUGOU (AFP) - "
            name, acronym = re.sub(r"^[Tt]he\s+", "", match.group(1).strip()), match.group(2)
            role = _actor_role(text, lead, mined.segments, [name, acronym])
            add(name, [acronym], _org_kind(name), role, "other")
        for match in _ORG_RUN.finditer(chunk):
            name = match.group().strip()
            add(name, [], _org_kind(name), _actor_role(text, lead, mined.segments, [name]),
                "other")
    for figure in mined.casualties:
        if figure.claimed_by:
            media = bool(_MEDIA.search(figure.claimed_by))
            add(figure.claimed_by, [], "media" if media else _org_kind(figure.claimed_by),
                "reporting", "reporting")
    for quote in mined.quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        if speaker.is_person:
            kind = "other"
        elif _MEDIA.search(speaker.speaker):
            kind = "media"
        elif _CIVILIANS.search(speaker.speaker):
            kind = "civilians"
        else:
            kind = _org_kind(speaker.speaker)
        add(speaker.speaker, [], kind, "commenting", "commenting")
    return actors


def _operation(text: str, mined: Mined, body: list[Span], actors: list[Actor]) -> Operation | None:
    if mined.operation_kind is None:
        return None
    lead = body[:_LEAD_PARAGRAPHS] or mined.segments.paragraphs[:1]
    cue = OPERATION_CUES.get(mined.operation_kind, _ARMED_ANY_CASE)
    in_lead = [s for s in mined.segments.sentences if any(p.start <= s.start < p.end for p in lead)]
    told = next((s for s in in_lead if cue.search(text, s.start, s.end)), None)
    # the lead's first sentence tells of the operation when its paragraph names it by no cue
    # of its kind ("A bomb ripped through a mosque ..., killing nine", not a later "the
    # attacker had been a suicide bomber")
    first = in_lead[0] if in_lead else None
    if (first is not None and (told is None or told.start >= lead[0].end)
            and _ARMED_ANY_CASE.search(text, first.start, first.end)):
        told = first
    description = (datelines.strip(mined.shown[told.start:told.end]) if told is not None
                   else _lead_summary(mined.shown, mined.segments))
    lead_text = [text[p.start:p.end] for p in lead]
    names = _OPERATION_NAME.search(text)
    date = next((m.group() for chunk in lead_text for m in [_DATE.search(chunk)] if m), None)
    return Operation(
        name=names.group() if names else None,
        kind=mined.operation_kind,
        description=description,
        locations=_locations(lead_text, actors, mined),
        date_text=date,
        conducted_by=[a.name for a in actors if a.role == "conducting"],
        targeted=[a.name for a in actors if a.role == "targeted"],
    )


def _locations(lead_text: list[str], actors: list[Actor], mined: Mined) -> list[str]:
    """Place names after locative prepositions in the lead, minus actors, people and dates."""
    excluded = {name.casefold() for a in actors for name in (a.name, *a.aliases)}
    excluded |= {q.speaker.speaker.casefold() for q in mined.quotes if q.speaker}
    places: list[str] = []
    for chunk in lead_text:
        for match in _PLACE.finditer(chunk):
            # "from a school in Nigeria's northwestern Kaduna state": Nigeria
            place = re.sub(r"['\u2019]s$", "", match.group(1)).rstrip("'\u2019")
            words = place.split()
            if (place.casefold() in excluded or words[0] in _NOT_PLACES or _ADJECTIVE.search(place)
                    or words[0].casefold() in TITLES  # "the hometown of President X"
                    or _BODY_OF.search(chunk, 0, match.start(1))  # "the Ministry of Health"
                    or any(w.casefold() in excluded for w in words)
                    or any(w in _NOT_PLACES for w in words)):
                continue
            if place not in places:
                places.append(place)
    return places[:6]


def _claim(shown: str, figure: MinedFigure) -> CasualtyClaim:
    count: Count = figure.count
    return CasualtyClaim(
        group=figure.group or "people",
        outcome=figure.outcome,
        count_min=count.low,
        count_max=count.high,
        count_text=count.text,
        qualifier=count.qualifier,
        claimed_by=figure.claimed_by,
        scope=figure.scope,
        evidence=shown[figure.sentence.start:figure.sentence.end],
    )


def mine_summary(text: str) -> ArticleSummary:
    """A full ArticleSummary read from `text` by the miner alone (the extractive backend)."""
    return summary_of(mine(text))


def summary_of(mined: Mined) -> ArticleSummary:
    """The ArticleSummary of what the miner found. Sentences are copied from the unwrapped
    text as written (`Mined.shown`), so wire copy's line breaks become spaces."""
    text = mined.text
    body = _body_paragraphs(text, mined.segments)
    actors = _actors(text, mined, body)
    return ArticleSummary(
        summary=_lead_summary(mined.shown, mined.segments),
        operation=_operation(text, mined, body, actors),
        actors=actors,
        casualties=[_claim(mined.shown, f) for f in mined.casualties],
        quotes=[
            Quote(
                text=q.text,
                # as written, but one space between words ("Doug \u00adAndres", wrapped copy)
                speaker=" ".join(q.speaker.speaker.split()),
                speaker_role=" ".join(q.speaker.role.split()) if q.speaker.role else None,
                kind=q.kind,
                channel=q.speaker.channel,
            )
            for q in mined.quotes
            if q.speaker is not None
        ],
    )
