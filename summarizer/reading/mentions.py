"""The people an article names outside its quotes, in order: the candidates a later "he"
or "she" can refer to, and the gender each surname has by the full names the article gives.

Speech attribution (speech.py) reads these only when a pronoun or a lone surname needs a
person, so articles without one never pay for the scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from summarizer.text import patterns
from summarizer.text.gender import Gender, from_description, from_given_name
from summarizer.text.gender import from_pronoun_after, is_given_name, of_given_name
from summarizer.text.people import (DISCOURSE, IRREGULAR_PAST, NICKNAME, NOT_NAME_START,
                                     TIME_WORDS, looks_like_person, name_before_home, strip_titles,
                                     trailing_name, words_of)
from summarizer.text.segment import Segments, Span

# a run of capitalised words, on one line: a name never runs on into the next paragraph
PROPER_RUN = patterns.compile(
    r"[A-Z\u00c0-\u024f][\w'\u2019.-]*(?:[ \t\u00a0]+(?:(?:of|for|and|the|al|de|&)[ \t\u00a0]+)*"
    # (an Arabic particle joined to the name it opens: "Hikmat al-Hijri", "Jabhat al-Nusra")
    r"(?:(?:al|el|ad|ar|as|ash|at|az|bin|ibn)-)?"
    r"[A-Z0-9\u00c0-\u024f][\w'\u2019.-]*)*(?:[ \t\u00a0]+\([A-Z][\w.-]*\))?"
)
# a run of capitalised words that may name one person: no "and" inside ("Trump and Democrat
# Hillary Clinton" names two)
_PERSON_RUN = patterns.compile(PROPER_RUN.pattern.replace("of|for|and|the", "of|for|the"))
_CONTRACTED = patterns.compile(r"\s+(?:been|got|gotten|going|not|never|also|still|already|done)\b")
# a verb right after a name, or after its adverb: "West landed", "Trump has", "Mr. Kasich
# forcefully differed"
_VERB_NEXT = patterns.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]+ed|has|is|says|said|told|"
                              rf"wrote|spoke|{'|'.join(sorted(IRREGULAR_PAST))})\b")
# ", but Christie wasn't having it", ", and since then Ben Carson has seen": a name opening a
# clause joined by "but", "yet" or "and" (a word of when between), its verb next
CLAUSE_JOINT = patterns.compile(
    r",\s+(?:but|yet|and)\s+(?:(?:since\s+then|then|now|later|still|meanwhile)\s+)?$")
# a relative clause set off between a name and its verb: "Representative Brooks, who has
# welcomed support from the Tea Party, doesn't mince words"
_RELATIVE_ASIDE = patterns.compile(r",\s+who\s+[^,;:.]{1,80},")
# the subject's noun before a name set off by commas: "Trump's wife, Melania, is scheduled",
# "On Monday, his wife, Jane, said"
_APPOSED_TO_SUBJECT = patterns.compile(
    r"(?:^|,\s+)(?:[A-Z][\w'\u2019.-]*['\u2019]s|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s*$")
_NEGATED_NEXT = patterns.compile(r"[ \t]+(?:was|is|were|did|does|has|had|would|could)n['\u2019]t\b")
# "Sandy Phillips, who lost her daughter Jessica Ghawi": a name in a relative clause is not the
# sentence's subject
_RELATIVE_WORD = patterns.compile(r"\b(?:who|whose|whom|which)\b", re.IGNORECASE)
_AGE_AFTER_NAME = patterns.compile(r",\s*\d{1,3}\s*,")
# what only a person is: a role or an occupation
_ROLE = (r"(?:president|director|chairman|chairwoman|chair|chief|head|leader|secretary|"
         r"minister|senator|governor|mayor|commander|official|executive|aide|adviser|advisor|"
         r"spokesman|spokeswoman|spokesperson|founder|professor|analyst|manager|editor|reporter|"
         r"correspondent|journalist|photographer|lawyer|attorney|consultant|strategist|activist|"
         r"organizer|volunteer|delegate|candidate|nominee|veteran|survivor|worker|resident|"
         r"student|teacher|farmer|officer|soldier|voter|supporter|member|owner|doctor|nurse|"
         r"pastor|priest|imam|protester|witness)s?")
_ROLE_WORD = patterns.compile(_ROLE, re.IGNORECASE)


def is_role(word: str) -> bool:
    """Whether a noun names what only a person is ("member", "official", "witnesses")."""
    return _ROLE_WORD.fullmatch(word) is not None


_ROLE_AFTER_NAME = patterns.compile(
    rf",\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?{_ROLE}\b")
# "Florida consultant Wilson": a role in lower case right before a name
_ROLE_BEFORE_NAME = patterns.compile(rf"\b{_ROLE}\s+$")
# "Sexton, after previous ...": a sentence opening with a name and an aside is about that name
_NAME_THEN_COMMA = patterns.compile(r"([A-Z][\w'\u2019.-]*)(?:\s+[A-Z][\w'\u2019.-]*)*,")
# a noun for someone who does something ("developer", "strategist"), not a word so spelt that
# is none ("after", "whether")
_AGENT_NOUN = (r"(?!(?:after|under|over|other|another|never|ever|either|neither|whether|rather|"
               r"later|together|however|whatever|whoever|sooner|for|nor|her)\b)"
               r"[a-z]{3,}(?:er|or|ist|ian)")
# "McConnell spokesman ", "Former Hewlett-Packard CEO ": what a name's own phrase opens with
_MODIFIER_AND_ROLE = patterns.compile(rf"(?:[A-Z][\w'\u2019.-]*\s+){{0,3}}(?:[a-z-]+\s+){{0,2}}"
                                      rf"(?:{_ROLE}|{_AGENT_NOUN}|CEO|[A-Z][a-z]{{1,4}}\.)"
                                      rf"\s+$")  # "Florida developer Mel Sembler"
# a preposition right before a word: "in France, the party's leader" names a place
_PREPOSITION_BEFORE = patterns.compile(r"\b(?:in|at|from|of|to|across|near|outside|inside|into|"
                                       r"for|with|by|on)\s+$", re.IGNORECASE)
# "Republican pollster Whit Ayres": an agent noun right before a full name
_AGENT_BEFORE_NAME = patterns.compile(rf"\b{_AGENT_NOUN}\s+$")
# "Agusein Garcia, a grocery store cashier": a full name described by an agent noun
_AGENT_AFTER_NAME = patterns.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}(?:er|or|ist|ian)s?"
    r"\b")
# a name joined to a word before it ("Clinton and Sanders"), and a sentence opening with a
# gerund ("Choosing between ...")
_JOINED_BEFORE = patterns.compile(r"\S\s+(?:and|or)\s+$")
_OPENING_GERUND = patterns.compile(r"[A-Z][a-z]+ing\s")
_PLACE_OPENING = patterns.compile(r"(?:In|At|From|Near|Outside|Inside|Across|Throughout)\s")
_REFLEXIVE = patterns.compile(r"\s+(?:himself|herself)\b")
_ARTICLE_BEFORE = patterns.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_INTRODUCES_NAME = patterns.compile(
    r"(?:\bnamed|\bcalled|\b(?:wife|husband|son|daughter|father|mother|brother|sister|friend|"
    r"partner|boyfriend|girlfriend|fiancée?|aunt|uncle|cousin|niece|nephew|widow|widower|"
    r"grandson|granddaughter|grandfather|grandmother),)\s+$", re.IGNORECASE)
# words that open no name ("On Sunday", "Meanwhile"), built once, not per name read
_NOT_A_FIRST_NAME = NOT_NAME_START | TIME_WORDS | {"even", "only", "just"}  # "Even Sanders"
_NO_NAME = _NOT_A_FIRST_NAME | DISCOURSE
# the body a person works for, as a possessive before the name
_OWNER = patterns.compile(r".*\w['\u2019]s?\s+(?=[A-Z])")
_PAST_TENSE = patterns.compile(r"\b[a-z]{3,}ed\b")
_INDEFINITE = frozenset("""nobody somebody someone anybody anyone everybody everyone no-one
    none""".split())
_PAST_NEXT = patterns.compile(r"[ \t]+(?:also\s+|then\s+|later\s+)?[a-z]{3,}ed\b")
_FINITE = patterns.compile(r"\b(?:is|was|were|are|has|had|have|will|would|did|does|do|can|could)\b")


@dataclass(frozen=True)
class Mention:
    """A person named in the running text (not necessarily speaking)."""

    name: str
    start: int
    gender: Gender | None
    opens_sentence: bool


def _without_openers(words: list[str]) -> list[str]:
    """A name's words without the words before it that open no name ("Even", "On Sunday")."""
    k = 0
    while k < len(words) and words[k].lower() in _NOT_A_FIRST_NAME:
        k += 1
    return words[k:]


def _add_surname(surnames: dict[str, Gender | None], surname: str,
                 gender: Gender | None) -> None:
    """Record the gender of a full name's surname: None once two full names with it disagree
    (Bill and Hillary Clinton)."""
    if surname in surnames and surnames[surname] != gender:
        surnames[surname] = None
    else:
        surnames[surname] = gender


class Mentions:
    """The people named in `text`, read once on first use. `inside_quote` tells a position
    inside quotation marks; `verbs` are the reporting verbs (a name after one is not the
    sentence's subject); an article set in capitals names nobody this way."""

    def __init__(self, text: str, segments: Segments, inside_quote: Callable[[int], bool],
                 verbs: re.Pattern[str], upper: bool):
        self.text = text
        self.segments = segments
        self.inside_quote = inside_quote
        self.verbs = verbs
        self.upper = upper

    @cached_property
    def starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def between(self, start: int, end: int) -> list[Mention]:
        """The people named from `start` up to `end`, found by bisection: looked up for every
        pronoun, so a scan of the whole list would make long articles quadratic."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    @property
    def mentions(self) -> list[Mention]:
        """People the article names outside quotation marks (a full name, a surname it has
        given in full before or as a lone subject whose gender a pronoun told, or a first name
        introduced as one), in text order, each marked when it opens its sentence: the
        candidates for a later "he" or "she"."""
        return self._people[0]

    @property
    def surname_genders(self) -> dict[str, Gender | None]:
        """Surname -> gender of the full names the article gives, quotes included, and of
        the lone surnames a pronoun after them told ("Nega remained vague about his past"),
        so that the surname names that person wherever it stands later (None when two
        disagree: Bill and Hillary Clinton)."""
        return self._people[1]

    @cached_property  # read only when a pronoun or a lone surname needs a person
    def _people(self) -> tuple[list[Mention], dict[str, Gender | None]]:
        out: list[Mention] = []
        surnames: dict[str, Gender | None] = {}  # of the full names given so far
        if self.upper:
            return out, surnames
        # 'Juan "Chico" Manriquez': the nickname blanked out (offsets kept), the name read whole
        scanned = NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), self.text)
        for sentence in self.segments.sentences:
            for match in _PERSON_RUN.finditer(scanned, sentence.start, sentence.end):
                if not self.inside_quote(match.start()):
                    mention = self._mention(match, sentence, surnames)
                    if mention is not None:
                        out.append(mention)
                else:  # “Patrick Murphy owes Floridians ...”: no mention, but a full name
                    words = words_of(match.group())
                    if len(words) == 2 and is_given_name(words[0]):
                        _add_surname(surnames, words[1], from_given_name(match.group()))
        return out, surnames

    def _mention(self, match: re.Match[str], sentence: Span,
                 surnames: dict[str, Gender | None]) -> Mention | None:
        """The person a run of capitalised words names, if it names one."""
        name = re.sub(r"\s*\([^)]*\)$", "", match.group())
        name = re.sub(r"(?<=\w\w)\.$", "", name)  # "... the reporter, Michelle Fields."
        # "Christie's been making the case": a contraction, not a possessive
        possessive = (re.search(r"['\u2019]s$", name) is not None
                      and not _CONTRACTED.match(self.text, match.end()))
        name = re.sub(r"['\u2019]s$", "", name)
        owner = _OWNER.match(name)
        if owner:  # "Fox News' Bret Baier", "CNN's Jake Tapper": the person is after the owner
            name, possessive = self._owner_or_owned(owner.group(), name[owner.end():],
                                                     possessive)
        name = name_before_home(name, self.upper) or name  # "Sen. Bernie Sanders of Vermont"
        if _ARTICLE_BEFORE.search(self.text, sentence.start, match.start()) or re.match(
                r"(?:The|A|An)\s", name):
            # "a Sanders supporter", "the Christian Monitor Breakfast": no person here, but "a
            # Bernie Sanders rally" still tells who a later "Sanders" is
            words = words_of(name)
            if len(words) > 1 and is_given_name(words[0]) and looks_like_person(name):
                _add_surname(surnames, words[-1], from_given_name(name))
            return None
        words = words_of(strip_titles(name))
        titled = len(words_of(name)) > len(words)  # "Sen. Cruz", not "On Sunday"
        words = _without_openers(words)
        if (len(words) > 1 and not self.text[sentence.start:match.start()].strip()
                and self.verbs.fullmatch(words[0].lower())):
            words = words[1:]  # 'Said Comey, "...": the verb before its subject, no given name
        split = trailing_name(" ".join(words)) if len(words) > 2 else None
        if split is not None:  # "Senate Majority Whip John Cornyn"
            words, titled = words_of(split[1]), True
        if not words or "'" in name[:-1] or "\u2019" in name[:-1]:
            return None
        at = match.start() + match.group().index(words[0])
        # a known given name, an age after the name ("Franson Reneus, 18, from ...") or a
        # person's role ("IIyse Hogue, president of NARAL", "Garcia, the grocery store
        # worker", "Florida consultant Wilson"): a person
        roled = (_ROLE_AFTER_NAME.match(self.text, match.end()) is not None
                 or _ROLE_BEFORE_NAME.search(self.text, sentence.start, match.start()) is not None)
        given = (len(words) > 1 and (is_given_name(words[0]) or roled
                                     or _AGE_AFTER_NAME.match(self.text, match.end()) is not None
                                     or _AGENT_AFTER_NAME.match(self.text, match.end()) is not None
                                     or _AGENT_BEFORE_NAME.search(self.text, sentence.start,
                                                                  match.start()) is not None)
                 # one word: only inside its sentence and not after a preposition ("However,
                 # a spokesman", "in France, the party's leader" name nobody)
                 or len(words) == 1 and roled and at > sentence.start
                 and not _PREPOSITION_BEFORE.search(self.text, sentence.start, at))
        # a first name alone, introduced as one: "a resident named Caroline", "his wife, Jane"
        # (not "the Paris agreement", "born in Iran")
        first_only = (len(words) == 1 and not titled and of_given_name(words[0]) is not None
                      and _INTRODUCES_NAME.search(self.text, sentence.start,
                                                  match.start()) is not None)
        # a lone surname opening a sentence, its past-tense verb right after it: "Carson
        # defied the question" (a person, though the article never gives the full name)
        lone = (len(words) == 1 and not titled and at == sentence.start
                and not words[0].endswith("s") and not words[0].isupper()
                and words[0].lower() not in _INDEFINITE
                and _PAST_NEXT.match(self.text, match.end()) is not None
                and looks_like_person(words[0], titled=True))
        if not ((given or titled) and looks_like_person(" ".join(words), titled=True)
                or (len(words) == 1 and words[0] in surnames) or first_only or lone):
            return None
        gender = from_description(name) or from_given_name(" ".join(words))
        if len(words) > 1:
            _add_surname(surnames, words[-1], gender)
        # a possessive opening the sentence is its topic: "Suu Kyi's fate is still unclear,
        # but she said"
        opens = (not self.text[sentence.start:at].strip() if possessive
                 else self._is_subject(self.text[sentence.start:match.start()], match.end(),
                                       surnames))
        if len(words) == 1 and gender is None:
            # "Clinton herself"; "Clinton aimed her victory speech" (after Bill and Hillary
            # Clinton); "Fields", after "Michelle Fields"
            reflexive = _REFLEXIVE.match(self.text, match.end())
            gender = ((from_pronoun_after(reflexive.group()) if reflexive else None)
                      or surnames.get(words[0])
                      or (from_pronoun_after(self.text[match.end():sentence.end]) if opens
                          else None)
                      # a first name alone, not a surname the article has given ("Ebeling"
                      # is a man's given name too)
                      or (of_given_name(words[0]) if words[0] not in surnames else None))
            if lone and gender is not None and words[0] not in surnames:
                # a person now: "When Nega helped found ..., he explained" is about him
                _add_surname(surnames, words[0], gender)
        return Mention(" ".join(words), at, gender, opens)

    @staticmethod
    def _owner_or_owned(owner: str, owned: str, possessive: bool) -> tuple[str, bool]:
        """The name in a run holding a possessive: what follows it ("CNN's Jake Tapper"),
        unless the owner is a person's full name and what it owns is no name ("Rep. Alan
        Grayson's Senate campaign": Alan Grayson, as a possessive)."""
        name = re.sub(r"['\u2019]s?\s*$", "", owner)
        words = _without_openers(words_of(strip_titles(name)))
        owned_words = words_of(owned)
        if (2 <= len(words) <= 3 and is_given_name(words[0])
                and not (owned_words and is_given_name(owned_words[0]))):
            return name, True
        return owned, possessive

    def _is_subject(self, before: str, end: int, surnames: dict[str, Gender | None]) -> bool:
        """Whether a name, with `before` the words of its sentence before it, is the
        sentence's subject: it comes first, after a short opening with no verb and no
        relative clause ("Sandy Phillips, who lost her daughter Jessica Ghawi" is not about
        the daughter), or after an opening phrase and a comma with its own verb right after
        it ("Filling in for Sanders at the event, West landed a dig"). A past tense before it
        is the sentence's own verb ("Trump also attacked Clinton and Rubio"), and a sentence
        that opens with another name ("Sexton, after previous Trump rallies, wrote"; a name
        the article has given in full) is about that one."""
        modifier = _MODIFIER_AND_ROLE.search(before)
        if modifier:  # "McConnell spokesman Don Stewart": the name opens the phrase
            before = before[:modifier.start()]
        if _JOINED_BEFORE.search(before) or _OPENING_GERUND.match(before) and "," not in before:
            return False  # "Choosing between Clinton and Sanders is": inside the subject
        if (_PLACE_OPENING.match(before) and "," not in before
                and self.text.startswith(",", end)):
            return False  # "In downtown San Francisco, a group": the place of what follows
        opening = _NAME_THEN_COMMA.match(before)
        first = opening.group(1) if opening else ""
        named_first = bool(first) and (first.lower() not in _NO_NAME
                                       and not first.endswith(("ed", "ing", "ly")))
        word = re.match(r"[A-Z][\w'\u2019-]*", before)
        named_first = named_first or bool(word) and word.group().lower() not in _NO_NAME and (
            word.group() in surnames or is_given_name(word.group()))
        if (len(before.split()) <= 6 and not self.verbs.search(before)
                and not _FINITE.search(before) and not _RELATIVE_WORD.search(before)
                and not _PAST_TENSE.search(before) and not named_first):
            return True
        if (_APPOSED_TO_SUBJECT.search(before) and self.text.startswith(",", end)
                and _VERB_NEXT.match(self.text, end + 1)):
            return True  # "Trump's wife, Melania, is scheduled to speak"
        aside = _RELATIVE_ASIDE.match(self.text, end)
        verb_at = aside.end() if aside else end
        if CLAUSE_JOINT.search(before) and (_VERB_NEXT.match(self.text, verb_at)
                                             or _NEGATED_NEXT.match(self.text, verb_at)):
            return True
        # the comma may sit inside a closing quotation mark: 'refers to it as "Medicare for
        # all," Clinton seized upon'
        return (before.rstrip().rstrip("\"'\u201d\u2019").endswith(",")
                and _VERB_NEXT.match(self.text, end) is not None)

    @cached_property
    def full_names(self) -> dict[str, list[int]]:
        """Surname -> indexes into `mentions` of the full names ending in it, in text order."""
        out: dict[str, list[int]] = {}
        for k, mention in enumerate(self.mentions):
            words = words_of(mention.name)
            if len(words) > 1:
                out.setdefault(words[-1], []).append(k)
        return out

    @cached_property
    def _namesakes(self) -> dict[str, tuple[list[int], list[Mention], int | None]]:
        """Surname -> the full names ending in it that hold a given name ("Endorsed Trump" in
        a headline is nobody): their starts, the mentions, and where a second person with
        another given name is first named (None while only one is)."""
        out: dict[str, tuple[list[int], list[Mention], int | None]] = {}
        for surname, indexes in self.full_names.items():
            starts: list[int] = []
            mentions: list[Mention] = []
            second: int | None = None
            first_given: str | None = None
            for k in indexes:
                mention = self.mentions[k]
                given = next((w for w in words_of(mention.name)[:-1] if is_given_name(w)), None)
                if given is None:
                    continue
                first_given = first_given or given
                if second is None and given != first_given:
                    second = mention.start
                starts.append(mention.start)
                mentions.append(mention)
            out[surname] = (starts, mentions, second)
        return out

    def first_of_namesakes(self, surname: str, pos: int) -> Mention | None:
        """The first-named of two or more different people who share `surname` before `pos`
        (Hillary Clinton before Bill Clinton): the one a bare "Clinton" means, since the
        other keeps his given name or role each time he comes back. None when only one
        person bears the surname, or when the nearest of them is named in the same paragraph
        ("Bill Clinton spoke with voters. ... Clinton said": he is the one meant)."""
        starts, mentions, second = self._namesakes.get(surname, ([], [], None))
        if second is None or second >= pos:
            return None
        nearest = mentions[bisect_left(starts, pos) - 1]
        if self.segments.paragraph_at(nearest.start) == self.segments.paragraph_at(pos):
            return None
        return mentions[0]

    @cached_property
    def _latest_by_gender(self) -> dict[str, dict[Gender | None, list[Mention | None]]]:
        """Surname -> gender -> for each of its full names in text order, the latest one up to
        there of that gender (None before the first), so a look back costs no scan."""
        out: dict[str, dict[Gender | None, list[Mention | None]]] = {}
        for surname, indexes in self.full_names.items():
            latest: dict[Gender | None, Mention | None] = {"male": None, "female": None, None: None}
            table: dict[Gender | None, list[Mention | None]] = {g: [] for g in latest}
            for k in indexes:
                latest[self.mentions[k].gender] = self.mentions[k]
                for g, mention in latest.items():
                    table[g].append(mention)
            out[surname] = table
        return out

    def full_name_before(self, surname: str, pos: int, gender: Gender | None = None
                          ) -> Mention | None:
        """The nearest earlier full name ending in `surname`: of `gender` when given and one of
        them agrees, else of unknown gender ("Bernie Sanders" for "Sanders said as he ...",
        not his wife Jane Sanders named after him), else the nearest."""
        candidates = self.full_names.get(surname, [])
        end = bisect_left(candidates, bisect_left(self.starts, pos))
        if end == 0:
            return None
        nearest = self.mentions[candidates[end - 1]]
        if gender is None:
            return nearest
        table = self._latest_by_gender[surname]
        return table[gender][end - 1] or table[None][end - 1] or nearest
