"""Direct quotes and who said them, found with quotation-mark and reporting-verb heuristics.

This is the deterministic half of attribution checking: the extraction says who spoke, and the
miner independently reads who the article says spoke. It follows the conventions of news copy:

- quotation marks curly or straight, even mixed (opened curly, closed straight); a quote left
  open at the end of a paragraph continues in the next one;
- the speaker named after the quote (",” Sirwan Barzani, a Peshmerga commander, was quoted as
  saying by Kurdistan24 News", ",” said Colonel Ryan Dillon"), or before it in the same sentence
  ("Layla Hassan ... told Kurdistan 24 that ... “there are still sleeper cells.”");
- pronouns ("he said") resolved to the last person named as a speaker, surnames ("Efrin told")
  to the full name given earlier;
- an unattributed quote takes the speaker of another quote in its paragraph, or, when it opens
  its paragraph, of the previous paragraph ("a following paragraph continues the same speaker");
- the channel: "told Kurdistan 24", "in a statement", "in a tweet", "quoted as saying by ...".

One-word quotes ("capital") and short unattributed ones (‘final victory’) are scare quotes and
are not reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate

from summarizer.check.segment import Segments, Span

_DOUBLE_MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")
_OPENING = "\u201c\u201e\u00ab"
_CLOSING = "\u201d\u00bb"
_OPEN_CONTEXT = "([{\u2014\u2013-/"
_CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013"

# Reporting verbs. "continued", "declared" and "recorded" are left out on purpose: in news copy
# they mostly describe actions ("fighters continued to leave"), not speech.
_VERB = re.compile(
    r"\b(?:(?:was|were)\s+quoted\s+as\s+saying\s+by|[Aa]ccording\s+to|said|says|say|told|tells|"
    r"added|adds|stated|states|noted|notes|explained|explains|announced|announces|reported|"
    r"reports|claimed|claims|confirmed|confirms|warned|warns|described|describes|highlighted|"
    r"highlights|stressed|stresses|insisted|insists|wrote|writes|tweeted|asked|asks|"
    r"acknowledged|admitted|argued|argues|urged|vowed|denied)\b"
)
_INVERTIBLE = {"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained",
               "noted", "told"}
_PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "any", "we": "any"}
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. gen gen. maj maj. col col. lt lt. capt capt.
    sgt sgt. brig brig. adm adm. cmdr cmdr. gov gov. sen sen. rep rep. rev rev. colonel general
    major captain lieutenant sergeant brigadier admiral commander president minister
    spokesman spokeswoman spokesperson sheikh imam judge governor mayor senator""".split()
)
_ORG_WORDS = frozenset(
    """forces force army council coalition state ministry media news post times agency group
    government mission nations security command office party front unit units brigade brigades
    police department center centre network tv radio press reuters committee organization
    organisation union authority assembly parliament movement militia""".split()
)
_PARTICLES = frozenset({"al", "al-", "bin", "ibn", "abu", "de", "del", "van", "von", "el", "le"})
_FUNCTION_WORDS = frozenset(
    "the a an of in on at for by with from to and or into near over under".split()
)
_DISCOURSE = frozenset(
    """meanwhile separately however moreover also earlier later still yet instead additionally
    furthermore nonetheless nevertheless then now today yesterday""".split()
)
_LEADING_PREPOSITION = re.compile(
    r"^(?:in|on|at|during|after|before|since|from|despite|although|while|speaking|when|"
    r"as|with|without|for|under|following|amid)\b",
    re.IGNORECASE,
)
_LEADING_CONJUNCTION = re.compile(
    r"^(?:but|and|while|as|although|though|so|yet|however|whereas|or)(?:\s+|$)", re.IGNORECASE
)
_NOT_A_SUBJECT = re.compile(
    r"\b(?:that|which|who|whom|whose|is|are|was|were|has|have|had|be|been|will|would|can|"
    r"could|may|might|should|do|does|did|if|because)\b",
    re.IGNORECASE,
)
_CHANNEL = re.compile(
    r"\b(?:in|on|via|during|at|through)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|tweet|interview|post|press\s+conference|"
    r"news\s+conference|briefing|video|message|speech|address|communiqu[eé]|email|phone\s+call)s?"
    r"\b|\bon\s+(?:Twitter|Facebook|Telegram|X)\b",
    re.IGNORECASE,
)
_PROPER_RUN = re.compile(
    r"[A-Z\u00c0-\u024f][\w'\u2019.-]*(?:\s+(?:(?:of|for|and|the|al|de)\s+)*"
    r"[A-Z0-9\u00c0-\u024f][\w'\u2019.-]*)*(?:\s+\([A-Z][\w.-]*\))?"
)
_NP_CUT = re.compile(
    r"\s+(?:released|published|issued|seen|obtained|cited|on|in|at|from|by|that|which|who|"
    r"for|during|since)\b.*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s*$")


@dataclass(frozen=True)
class Attribution:
    """A speaker named by a reporting clause ("X said", "according to X", ", he added")."""

    speaker: str
    start: int
    end: int
    verb_start: int
    role: str | None = None
    channel: str | None = None
    written: str | None = None
    is_person: bool = False
    descriptors: tuple[str, ...] = ()

    @property
    def as_named(self) -> str:
        """The speaker as the article names them here ("Colonel Ryan Dillon"), or the resolved
        name when the article used a pronoun ("she")."""
        if self.written and self.written.lower() not in _PRONOUNS:
            return self.written
        return self.speaker


@dataclass(frozen=True)
class MinedQuote:
    """Quoted words (offsets exclude the quotation marks) and the speaker the article gives."""

    text: str
    start: int
    end: int
    kind: str
    speaker: Attribution | None
    how: str | None


@dataclass(frozen=True)
class _Segment:
    text: str
    start: int


def _split_commas(text: str, offset: int) -> list[_Segment]:
    """Comma-separated pieces of a clause, trimmed, with offsets (commas inside parentheses
    do not split)."""
    out: list[_Segment] = []
    depth = 0
    begin = 0
    for i, ch in enumerate(text + ","):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            piece = text[begin:i]
            stripped = piece.strip(" \t\n\u00a0\"'\u201c\u201d\u2018\u2019")
            if stripped:
                out.append(_Segment(stripped, offset + begin + piece.index(stripped)))
            begin = i + 1
    return out


def _words(text: str) -> list[str]:
    return text.split()


def _is_capitalised(word: str) -> bool:
    word = word.lstrip("(\"'\u201c\u2018")
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _strip_titles(text: str) -> str:
    """Drop ranks and honorifics in front of a name ("U.S. Army Maj. Gen. James Jarrard")."""
    words = _words(text)
    last_title = -1
    for i, word in enumerate(words):
        if word.lower() in TITLES:
            last_title = i
    rest = words[last_title + 1:]
    return " ".join(rest) if rest else text


def _looks_like_person(text: str) -> bool:
    """Two to four capitalised words, none an organisation word: "Ján Kubiš", "Layla Hassan"."""
    words = _words(_strip_titles(text))
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        bare = word.strip(".,'\u2019").lower()
        if bare in _PARTICLES:
            continue
        if not _is_capitalised(word) or bare in _ORG_WORDS or word.isupper():
            return False
    return True


def _trailing_name(text: str) -> tuple[str, str] | None:
    """Split "SDF commander Adnan Efrin" into role "SDF commander" and name "Adnan Efrin"."""
    words = _words(text)
    i = len(words)
    while i > 0 and (_is_capitalised(words[i - 1]) or words[i - 1].lower() in _PARTICLES):
        i -= 1
    if (0 < i < len(words) and words[i - 1].islower() and words[i - 1] not in _FUNCTION_WORDS
            and 1 <= len(words) - i <= 4):
        name = " ".join(words[i:])
        if _looks_like_person(name) or len(words) - i == 1:
            return " ".join(words[:i]), name
    return None


def _np_after(text: str, offset: int) -> tuple[str, int] | None:
    """The noun phrase after "according to": up to the clause end, cut before a participle or
    preposition ("a UN report released on Tuesday" -> "a UN report"), or its proper-name run
    when the phrase is long ("casualty figures the United Nations Assistance Mission ...")."""
    clause = re.match(r"\s*([^,.;:\u201c\u201d\"]+)", text)
    if not clause:
        return None
    phrase = _NP_CUT.sub("", clause.group(1)).strip()
    start = offset + clause.start(1)
    if len(_words(phrase)) > 6:
        run = _PROPER_RUN.search(clause.group(1))
        if not run:
            return None
        return run.group().strip(), offset + clause.start(1) + run.start()
    return (phrase, start) if phrase else None


class _Speakers:
    """Attribution clauses of an article, in order, with pronoun and surname resolution.

    Quote spans are looked up by bisection, so scanning stays linear in article length.
    """

    def __init__(self, text: str, segments: Segments, quotes: list[tuple[int, int]]):
        self.text = text
        self.segments = segments
        self.opens = [a for a, _ in quotes]  # quotes are sorted by their opening mark
        self.ends = sorted(b for _, b in quotes)
        self.reach = list(accumulate((b for _, b in quotes), max, initial=0))[1:]
        self.found: list[Attribution] = []
        self.verb_starts: list[int] = []
        self.last_person: Attribution | None = None
        self.by_surname: dict[str, Attribution] = {}

    def inside_quote(self, pos: int) -> bool:
        k = bisect_right(self.opens, pos) - 1
        return k >= 0 and self.reach[k] > pos

    def clause_start(self, sentence: Span, pos: int) -> int:
        """Start of the clause ending at `pos`: the sentence start, or the end of the last
        quote closed before `pos` in that sentence."""
        k = bisect_right(self.ends, pos) - 1
        return max(sentence.start, self.ends[k]) if k >= 0 else sentence.start

    def _clause_end(self, sentence: Span, pos: int) -> int:
        """End of the clause starting at `pos`: the next opening mark, or the sentence end."""
        k = bisect_left(self.opens, pos)
        return min(sentence.end, self.opens[k]) if k < len(self.opens) else sentence.end

    def after(self, pos: int) -> Attribution | None:
        """The first attribution whose verb is at or after `pos`."""
        k = bisect_left(self.verb_starts, pos)
        return self.found[k] if k < len(self.found) else None

    def before(self, pos: int) -> Attribution | None:
        """The last attribution whose verb is before `pos`."""
        k = bisect_left(self.verb_starts, pos) - 1
        return self.found[k] if k >= 0 else None

    def scan(self) -> list[Attribution]:
        for sentence in self.segments.sentences:
            for verb in _VERB.finditer(self.text, sentence.start, sentence.end):
                if self.inside_quote(verb.start()):
                    continue
                found = self._attribution(sentence, verb)
                if found is not None:
                    self._record(self._resolve(found))
        return self.found

    def _record(self, found: Attribution) -> None:
        self.found.append(found)
        self.verb_starts.append(found.verb_start)
        if found.is_person:
            self.last_person = found
            self.by_surname[_words(found.speaker)[-1]] = found

    def _attribution(self, sentence: Span, verb: re.Match[str]) -> Attribution | None:
        word = verb.group()
        sentence_text_end = self._clause_end(sentence, verb.end())
        channel = self._channel(sentence, verb)
        if word.lower().startswith("according"):
            np = _np_after(self.text[verb.end():sentence_text_end], verb.end())
            if np is None:
                return None
            return Attribution(np[0], np[1], np[1] + len(np[0]), verb.start(), written=np[0],
                               channel=channel)
        start = self.clause_start(sentence, verb.start())
        before = self.text[start:verb.start()]
        if not before.strip(" \t\n\u00a0,\"'\u201c\u201d\u2018\u2019"):
            if word not in _INVERTIBLE:
                return None
            return self._subject(
                _split_commas(self.text[verb.end():sentence_text_end], verb.end()),
                verb.start(), channel, inverted=True,
            )
        return self._subject(_split_commas(before, start), verb.start(), channel)

    def _channel(self, sentence: Span, verb: re.Match[str]) -> str | None:
        word = verb.group()
        after = self.text[verb.end():self._clause_end(sentence, verb.end())]
        if word == "told" or word.endswith("by"):
            run = _PROPER_RUN.match(after.lstrip())
            if run:
                prefix = "told" if word == "told" else "quoted as saying by"
                return f"{prefix} {run.group().rstrip('.')}"
        clause = self.text[self.clause_start(sentence, verb.start()):
                           self._clause_end(sentence, verb.end())]
        match = _CHANNEL.search(clause)
        return match.group() if match else None

    def _subject(
        self, pieces: list[_Segment], verb_start: int, channel: str | None, inverted: bool = False
    ) -> Attribution | None:
        cleaned: list[_Segment] = []
        for piece in pieces:
            text = piece.text
            conj = _LEADING_CONJUNCTION.match(text)
            if conj:
                text = text[conj.end():]
                piece = _Segment(text, piece.start + conj.end())
            if not text or text.lower() in _DISCOURSE:
                continue
            if _LEADING_PREPOSITION.match(text) and not inverted:
                continue
            if _SENTENCE_END.search(text):
                text = _SENTENCE_END.sub("", text)
                piece = _Segment(text, piece.start)
            cleaned.append(piece)
        if not cleaned:
            return None
        window = cleaned[:3] if inverted else cleaned[-3:]
        # "Name, role, said" / "said Name, role": the person-like piece with the role after it
        for i in (range(len(window)) if inverted else range(len(window) - 1, -1, -1)):
            if _looks_like_person(window[i].text):
                name = _strip_titles(window[i].text)
                start = window[i].start + window[i].text.index(name)
                role = window[i + 1].text if i + 1 < len(window) else None
                if role and _looks_like_person(role):
                    role = None
                title = window[i].text[:window[i].text.index(name)].strip()
                if role is None and title and any(w.islower() for w in _words(title)):
                    role = title  # "SDF commander Adnan Efrin"
                return Attribution(
                    name, start, start + len(name), verb_start, role=role, channel=channel,
                    written=window[i].text, is_person=True,
                    descriptors=tuple(d for d in (role, window[i].text) if d),
                )
        piece = window[0] if inverted else window[-1]
        if (len(_words(piece.text)) > 10 or _NOT_A_SUBJECT.search(piece.text)
                or _VERB.search(piece.text)):
            return None
        if re.search(r"['\u2019]s?$", piece.text):
            return None  # a possessive ("the movement's reported collapse") is no speaker
        split = _trailing_name(piece.text)
        if split is not None:
            role, name = split
            start = piece.start + piece.text.rindex(name)
            return Attribution(name, start, start + len(name), verb_start, role=role,
                               channel=channel, written=piece.text, is_person=True,
                               descriptors=(role, piece.text))
        return Attribution(piece.text, piece.start, piece.start + len(piece.text), verb_start,
                           channel=channel, written=piece.text)

    def _resolve(self, found: Attribution) -> Attribution:
        """Pronouns to the last fitting speaker; a lone surname to the full name given before."""
        key = found.speaker.lower()
        if key in _PRONOUNS:
            earlier = self.last_person if _PRONOUNS[key] == "person" else (
                self.found[-1] if self.found else None)
            if earlier is None:
                return found
            return replace(earlier, start=found.start, end=found.end, verb_start=found.verb_start,
                           channel=found.channel, written=found.speaker)
        earlier = self.by_surname.get(found.speaker)
        if earlier is not None and len(_words(found.speaker)) == 1:
            return replace(earlier, start=found.start, end=found.end, verb_start=found.verb_start,
                           channel=found.channel, written=found.speaker,
                           role=found.role or earlier.role)
        return found


def _classify_mark(text: str, i: int, para: Span, is_open: bool) -> str:
    char = text[i]
    prev = text[i - 1] if i > para.start else " "
    nxt = text[i + 1] if i + 1 < para.end else " "
    if char in _OPENING:
        return "open"
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
    a quote still open at the paragraph end runs to it."""
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for mark in _DOUBLE_MARKS.finditer(text, para.start, para.end):
        i = mark.start()
        role = _classify_mark(text, i, para, open_at is not None)
        if role == "open":
            open_at = i  # a second opening mark restarts: the first was never closed
        elif open_at is not None:
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


def _inner(text: str, open_at: int, end: int, closed: bool) -> tuple[int, int]:
    """The quoted words: inside the marks, trimmed of spaces and of the comma that American
    punctuation puts inside the closing mark (",” he said")."""
    a, b = open_at + 1, end - 1 if closed else end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def mine_quotes(
    text: str, segments: Segments
) -> tuple[list[MinedQuote], list[Attribution], list[tuple[int, int]]]:
    """All quotes worth reporting with their speakers, every attribution clause found, and the
    spans of every quoted passage (scare quotes included)."""
    raw: list[tuple[int, int, bool, int]] = []  # open, end, closed, paragraph index
    for p, para in enumerate(segments.paragraphs):
        doubles = quote_spans(text, para)
        raw.extend((a, b, closed, p) for a, b, closed in doubles)
        singles = single_quote_spans(text, para, [(a, b) for a, b, _ in doubles])
        raw.extend((a, b, closed, p) for a, b, closed in singles)
    raw.sort()
    speakers = _Speakers(text, segments, [(a, b) for a, b, _, _ in raw])
    attributions = speakers.scan()

    quotes: list[MinedQuote] = []
    for open_at, end, closed, _paragraph in raw:
        start, stop = _inner(text, open_at, end, closed)
        if stop <= start:
            continue
        sentence = segments.sentences[segments.sentence_at(open_at)]
        whole_prefix = text[sentence.start:open_at].strip()
        kind = "direct" if not whole_prefix or whole_prefix.endswith(":") else "partial"
        speaker, how = _own_speaker(text, speakers, sentence, open_at, end)
        quotes.append(MinedQuote(text[start:stop], start, stop, kind, speaker, how))

    quotes = _inherit_speakers(segments, quotes, speakers)
    kept = [q for q in quotes if _worth_reporting(q)]
    return kept, attributions, [(q.start, q.end) for q in quotes]


def _own_speaker(
    text: str, speakers: _Speakers, sentence: Span, open_at: int, end: int
) -> tuple[Attribution | None, str | None]:
    """The speaker named in the quote's own sentence: in a clause right after the quote
    (",” he said"), else in a clause before it ("Bali said the timeline “is over.”")."""
    found = speakers.after(end)
    if (found is not None and found.verb_start <= sentence.end
            and speakers.clause_start(sentence, found.verb_start) == end
            and len(text[end:found.verb_start].split()) <= 15):
        return found, "after"
    found = speakers.before(open_at)
    if found is not None and found.verb_start >= speakers.clause_start(sentence, open_at):
        return found, "before"
    return None, None


def _inherit_speakers(
    segments: Segments, quotes: list[MinedQuote], speakers: _Speakers
) -> list[MinedQuote]:
    """Unattributed quotes take a speaker from their paragraph (another quote, else a reporting
    clause before them), or, when they open it, continue the previous paragraph's speaker."""
    out = list(quotes)
    by_paragraph: dict[int, list[int]] = {}
    for i, quote in enumerate(out):
        by_paragraph.setdefault(segments.paragraph_at(quote.start), []).append(i)
    for i, quote in enumerate(out):
        if quote.speaker is not None:
            continue
        p = segments.paragraph_at(quote.start)
        para = segments.paragraphs[p]
        same = [out[j] for j in by_paragraph[p] if out[j].speaker is not None]
        earlier = [q for q in same if q.start < quote.start]
        source = earlier[-1] if earlier else same[0] if same else None
        if source is not None:
            out[i] = replace(quote, speaker=source.speaker, how="paragraph")
            continue
        clause = speakers.before(quote.start)
        if clause is not None and clause.verb_start >= para.start:
            out[i] = replace(quote, speaker=clause, how="paragraph")
            continue
        if p == 0 or quote.start - para.start > 1:
            continue
        prev = segments.paragraphs[p - 1]
        candidates = [(q.start, q.speaker) for q in (out[j] for j in by_paragraph.get(p - 1, []))
                      if q.speaker is not None]
        clause = speakers.before(prev.end)
        if clause is not None and clause.verb_start >= prev.start:
            candidates.append((clause.verb_start, clause))
        if candidates:
            out[i] = replace(quote, speaker=max(candidates, key=lambda c: c[0])[1],
                             how="continued")
    return out


def _worth_reporting(quote: MinedQuote) -> bool:
    """Quotes, not scare quotes: two words or more with a speaker, or five without one."""
    words = len(quote.text.split())
    return words >= 2 and quote.speaker is not None or words >= 5
