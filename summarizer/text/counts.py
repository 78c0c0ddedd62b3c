"""Count phrases: find them in text and read what number and certainty they give.

Casualty figures in news copy come as digits ("69"), words ("five", "twenty-one", "three
hundred", "two dozen", "half a dozen", "both"), magnitudes ("dozens", "tens of thousands") or
no number at all ("many", "several"), often behind a qualifier ("at least", "roughly", "more
than", "up to", "between 10 and 20").
Both the miner and the number checks read them through this one module, so a phrase is never
understood one way when mined and another way when checked.

Magnitude words take the conservative floor of the event-data convention in docs/contracts.md
("dozens" = 12, "hundreds" = 100, "tens of thousands" = 10000); words without a number give
no number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text import patterns

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "both": 2,  # "both pilots died"
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}
MAGNITUDES = {
    "hundreds of thousands": 100_000,
    "tens of thousands": 10_000,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
}
_NO_NUMBER = ("many", "several", "a few", "few", "a handful", "numerous", "a number", "countless",
              "multiple", "a group")
_PREFIXES = {
    "at least": "at_least", "more than": "at_least", "over": "at_least", "upwards of": "at_least",
    "no fewer than": "at_least", "no less than": "at_least", "in excess of": "at_least",
    "a minimum of": "at_least",
    "up to": "at_most", "at most": "at_most", "fewer than": "at_most", "less than": "at_most",
    "no more than": "at_most", "a maximum of": "at_most", "as many as": "at_most",
    "about": "approximately", "around": "approximately", "roughly": "approximately",
    "some": "approximately", "approximately": "approximately", "nearly": "approximately",
    "almost": "approximately", "close to": "approximately", "an estimated": "approximately",
    "estimated": "approximately", "an approximate": "approximately",
}
# Qualifiers a model may reasonably choose for each wording; "nearly 100" is about or at most.
ACCEPTED_QUALIFIERS = {
    "exact": {"exact"},
    "at_least": {"at_least"},
    "at_most": {"at_most"},
    "approximately": {"approximately"},
    "range": {"range"},
    "magnitude": {"vague", "at_least", "approximately"},
    "vague": {"vague", "unknown"},
}
_NEARLY = {"nearly", "almost", "close to", "as many as"}

_WORD = "|".join(patterns.longest_first([*_UNITS, *_TENS]))
_TENS_ALT = "|".join(_TENS)
_UNIT_ALT = "|".join(k for k in _UNITS if _UNITS[k] < 10 and k != "zero")
_SCALE_ALT = "|".join(_SCALES)
_JOINED = patterns.compile(rf"({_TENS_ALT})({_UNIT_ALT})", re.IGNORECASE)  # "thirtythree"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:\.\d+)?"
# "twenty-one", "twenty one" and, in wire copy, "twentyone"; "three hundred and five" (only a
# scale joins a number to the next: "five five" is two numbers)
_WORD_NUMBER = (
    rf"(?:(?:{_TENS_ALT})[-\s]?(?:{_UNIT_ALT})|{_WORD}|an?(?=\s+(?:{_SCALE_ALT})))"
    rf"(?:\s+(?:{_SCALE_ALT})"
    rf"(?:\s+(?:and\s+)?(?:(?:{_TENS_ALT})[-\s]?(?:{_UNIT_ALT})|{_WORD}))?)?"
)
# a fraction of a scale: "half a dozen", "half a million", "a quarter of a million"
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
_FRACTION_WORDS = r"half|a\s+quarter|three\s+quarters"
_FRACTION = (rf"(?:{_FRACTION_WORDS})(?:\s+of)?\s+an?\s+(?:{_SCALE_ALT})"
             rf"|a\s+quarter(?:\s+|-)(?:million|thousand)")
_NUMBER = rf"{_FRACTION}|(?:{_DIGITS})(?:\s+(?:{_SCALE_ALT}))?|{_WORD_NUMBER}"
_PREFIX_ALT = "|".join(patterns.longest_first(_PREFIXES)).replace(" ", r"\s+")
_MAGNITUDE_ALT = "|".join(MAGNITUDES).replace(" ", r"\s+")
_NO_NUMBER_ALT = "|".join(_NO_NUMBER).replace(" ", r"\s+")

COUNT_PHRASE = patterns.compile(
    rf"""(?<![\w.,-])(?:
      (?P<between>between\s+(?P<b1>{_NUMBER})\s+and\s+(?P<b2>{_NUMBER}))
    | (?:(?P<prefix>{_PREFIX_ALT})\s+)?(?P<num>{_NUMBER})
        (?:\s*(?:-|\u2013|to|or)\s*(?P<num2>{_NUMBER}))?
    | (?:(?P<mprefix>{_PREFIX_ALT})\s+)?(?P<magnitude>{_MAGNITUDE_ALT})
    | (?P<vague>{_NO_NUMBER_ALT})
    )(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Count:
    """What a count phrase says: the floor and ceiling it allows and how sure it is.

    `kind` is exact | at_least | at_most | approximately | range | magnitude | vague;
    `low`/`high` follow the schema's count_min/count_max convention (None = no bound given).
    """

    text: str
    start: int
    end: int
    kind: str
    low: int | None
    high: int | None
    wording: str | None = None

    @property
    def has_number(self) -> bool:
        return self.low is not None or self.high is not None

    @property
    def qualifier(self) -> str:
        """The schema's qualifier for this phrase: its kind, a magnitude being vague."""
        return "vague" if self.kind == "magnitude" else self.kind

    def accepts(self, count_min: int | None, count_max: int | None) -> bool:
        """Whether the extracted counts are numbers this phrase gives (or honestly none)."""
        given = {v for v in (self.low, self.high) if v is not None}
        if self.kind == "at_least" and self.wording in ("more than", "over", "in excess of"):
            given.add(self.low + 1)  # "more than 200" read strictly is 201
        if self.kind == "magnitude":
            given.add(self.low * 2)  # "hundreds" read as at least two hundred
        if self.kind == "at_most":
            given.add(0)
        return all(v is None or v in given for v in (count_min, count_max))

    def accepted_qualifiers(self) -> set[str]:
        accepted = set(ACCEPTED_QUALIFIERS[self.kind])
        if self.wording in _NEARLY:
            accepted |= {"approximately", "at_most"}
        return accepted


def word_value(text: str) -> int | None:
    """Integer value of a number written in digits or English words; None if not a number."""
    text = text.strip().lower().replace("\u2013", "-")
    digits = re.fullmatch(rf"({_DIGITS})(?:\s+({_SCALE_ALT}))?", text)
    if digits:
        value = float(digits.group(1).replace(",", ""))
        if digits.group(2):
            value *= _SCALES[digits.group(2)]
        return int(value) if value == int(value) else None
    fraction = re.fullmatch(rf"({_FRACTION_WORDS})(?:\s+of)?(?:\s+an?)?(?:\s+|-)({_SCALE_ALT})",
                            text)
    if fraction:
        return int(_FRACTIONS[" ".join(fraction.group(1).split())] * _SCALES[fraction.group(2)])
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", text):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current += 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif joined := _JOINED.fullmatch(word):  # "thirtythree"
            current += _TENS[joined.group(1)] + _UNITS[joined.group(2)]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _from_match(match: re.Match[str]) -> Count | None:
    text = match.group()
    start, end = match.span()
    if match.group("between"):
        low, high = word_value(match.group("b1")), word_value(match.group("b2"))
        if low is None or high is None:
            return None
        return Count(text, start, end, "range", low, high, "between")
    if match.group("vague"):
        return Count(text, start, end, "vague", None, None, match.group("vague").lower())
    if match.group("magnitude"):
        key = " ".join(match.group("magnitude").lower().split())
        prefix = match.group("mprefix")
        wording = " ".join(prefix.lower().split()) if prefix else key
        return Count(text, start, end, "magnitude", MAGNITUDES[key], None, wording)
    num = match.group("num")
    value = word_value(num)
    if value is None:
        return None
    if match.group("num2"):
        high = word_value(match.group("num2"))
        if high is None or high <= value:
            return None
        return Count(text, start, end, "range", value, high, "range")
    prefix = match.group("prefix")
    if not prefix:
        return Count(text, start, end, "exact", value, value)
    wording = " ".join(prefix.lower().split())
    kind = _PREFIXES[wording]
    if kind == "at_least":
        return Count(text, start, end, kind, value, None, wording)
    if kind == "at_most":
        return Count(text, start, end, kind, None, value, wording)
    return Count(text, start, end, kind, value, value, wording)


_TOKEN = patterns.compile(r"\w+")
_START_WORDS = frozenset(
    phrase.split()[0].lower()
    for phrase in (*_UNITS, *_TENS, *_PREFIXES, *MAGNITUDES, *_NO_NUMBER, "between", "half")
) - {"a", "an"}
_A_PHRASE = patterns.compile(
    rf"an?\s+(?:dozen|handful|few|number|group|quarter|{_SCALE_ALT}|"
    rf"{'|'.join(p.split()[1] for p in _PREFIXES if p.split()[0] in ('a', 'an'))})\b",
    re.IGNORECASE,
)


# "both" joining two things ("both X and Y", "SOUGHT BOTH TO DISRUPT ..., AS WELL AS"), not a
# count of two
_BOTH_AND = patterns.compile(r"\s+(?:(?:[^\s,.;:]+\s+){1,4}?and\b|(?:to|in|at|for|by|from|on|"
                             r"with|as|because|within|inside)\b)", re.IGNORECASE)


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[Count]:
    """Every count phrase in text[start:end], with offsets into `text`.

    The full phrase pattern is only tried where a word could begin one (a digit or a count or
    qualifier word), which keeps the scan fast on long articles.
    """
    end = len(text) if end is None else end
    out: list[Count] = []
    taken = start
    for token in _TOKEN.finditer(text, start, end):
        at = token.start()
        if at < taken:
            continue
        word = token.group()
        low = word.lower()
        if not (word[0].isdigit() or low in _START_WORDS or _JOINED.fullmatch(low)
                or (low in ("a", "an") and _A_PHRASE.match(text, at, end))):
            continue
        match = COUNT_PHRASE.match(text, at, end)
        count = _from_match(match) if match else None
        if low == "both" and _BOTH_AND.match(text, token.end(), end):
            continue  # "missing both Justice Scalia and Justice Kagan"
        if count is not None:
            out.append(count)
            taken = count.end
    return out


def parse_count(phrase: str) -> Count | None:
    """The reading of a whole count phrase ("at least five"), or None if it is not one."""
    match = COUNT_PHRASE.fullmatch(phrase.strip())
    return _from_match(match) if match else None
