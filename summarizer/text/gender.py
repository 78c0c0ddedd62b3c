"""Grammatical gender of the people an article quotes, for resolving "he" and "she".

A pronoun speaker ("..., she said") refers to the nearest person it agrees with, so the miner
needs each speaker's gender. The article itself is the best witness: an honorific or a
gendered role in the way it names them ("Mrs.", "spokeswoman", "congressman"), or the pronoun
it uses for them right after naming them ("Clinton said she would ..."). Only when the article
says nothing is the given name looked up (gender-guesser's table of first names, loaded once
and only when needed, its answers cached per installed version); names it finds ambiguous
stay unknown, and unknown agrees with both.
"""

from __future__ import annotations

import bisect
import importlib.util
import os
import re
import threading
from functools import cache
from pathlib import Path
from typing import Literal

from summarizer.text import disk_cache, patterns

Gender = Literal["male", "female"]

# honorifics as written before a name, and lower-case role words (so names such as "Harman"
# or "Herman" are never read as "-man"); "woman" and "man" alone too ("the woman said")
_ROLE_STEMS = ("spokes|chair|congress|business|council|assembly|police|fire|gun|camera|news|"
               "states|anchor|clergy|service|sales|alder|committee|country|tribes|militia|"
               "fisher|middle|lay")
_FEMALE_WORDS = patterns.compile(
    rf"\b(?:Mrs|Ms|Miss|Madam|Madame|Dame|Lady)\b|\b(?i:(?:{_ROLE_STEMS})?wom[ae]n|wife|"
    r"daughter|mother|sister|grandmother|widow|girl|niece|aunt|actress|queen|princess|"
    r"duchess|first\s+lady)\b")
_MALE_WORDS = patterns.compile(
    rf"\b(?:Mr|Sir|Lord)\b|\b(?i:(?:{_ROLE_STEMS})?m[ae]n|boy|husband|father|brother|"
    r"grandfather|widower|nephew|uncle|actor|prince|duke)\b")
# "her" only as a possessive before its noun ("her husband"), not as an object ("told her
# that", "called her a liar", "gave her the award")
_PRONOUN_AFTER = patterns.compile(
    r"\b(he|his|himself|she|hers|herself|her(?=\s+(?!(?:that|to|and|or|the|a|an|in|on|at|for|"
    r"with|of|about|as|from|by|if|when|after|before)\b)[a-z]))\b", re.IGNORECASE)
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})


def from_description(text: str) -> Gender | None:
    """Gender said by an honorific or role in how a person is named ("Rep. Jane Harman"
    says nothing; "spokeswoman Jane Harman" does)."""
    female = bool(_FEMALE_WORDS.search(text))
    male = bool(_MALE_WORDS.search(text))
    if female != male:
        return "female" if female else "male"
    return None


def from_pronoun_after(text: str) -> Gender | None:
    """The gender of the first third-person singular pronoun in `text` (the rest of the
    sentence after "X said"), which most often refers back to X."""
    match = _PRONOUN_AFTER.search(text)
    if match is None:
        return None
    return "female" if match.group(1).lower() in _FEMALE_PRONOUNS else "male"


_TABLE_LOCK = threading.Lock()


class _NameTable:
    """gender-guesser's first names with one answer each, kept as the cache file holds them:
    the names in UTF-8 (whose byte order is the order of code points), sorted and padded to
    one width in a single bytes object, the answers one letter each in a string. Reading them
    back is a copy, where a dict of 61,000 names cost ~10 ms, a twentieth of a one-article
    `check`; a name is found by bisection."""

    def __init__(self, names: bytes, width: int, answers: str) -> None:
        self._names, self._width, self._answers = names, width, answers

    @classmethod
    def build(cls, answers: dict[str, str]) -> _NameTable:
        encoded = sorted((name.encode(), answer) for name, answer in answers.items())
        width = max((len(name) for name, _ in encoded), default=1)
        return cls(b"".join(name.ljust(width) for name, _ in encoded), width,
                   "".join(_LETTERS[answer] for _, answer in encoded))

    def __len__(self) -> int:
        return len(self._answers)

    def __getitem__(self, index: int) -> bytes:
        start = index * self._width
        return self._names[start:start + self._width].rstrip(b" ")

    def answer(self, name: str) -> str:
        encoded = name.encode()
        index = bisect.bisect_left(self, encoded)
        if index < len(self) and self[index] == encoded:
            return _ANSWERS[self._answers[index]]
        return "unknown"

    def kept(self) -> tuple[bytes, int, str]:
        return self._names, self._width, self._answers


_ANSWERS = {"m": "male", "f": "female", "M": "mostly_male", "F": "mostly_female", "a": "andy",
            "u": "unknown"}
_LETTERS = {answer: letter for letter, answer in _ANSWERS.items()}


@cache
def _table() -> _NameTable:
    """gender-guesser's answer for each first name (lower case). Parsing its 1.6 MB name file
    costs ~0.2 s of CPU per process (a third of a one-article `check`), so the answers are
    kept in the user's cache directory, rebuilt when the installed name file changes. The
    lock makes 32 threads checking their first articles at once build it once."""
    with _TABLE_LOCK:
        return _cached_table()


@cache
def _cached_table() -> _NameTable:
    stamp = _name_file_stamp()
    kept = disk_cache.load(_TABLE_FILE)
    if (isinstance(kept, tuple) and len(kept) == 4 and kept[0] == stamp
            and isinstance(kept[1], bytes) and isinstance(kept[2], int)
            and isinstance(kept[3], str) and len(kept[1]) == kept[2] * len(kept[3])):
        return _NameTable(*kept[1:])
    import gender_guesser.detector as detector

    guesser = detector.Detector(case_sensitive=False)
    table = _NameTable.build({name: _one_answer(guesser.get_gender(name), countries)
                              for name, countries in guesser.names.items()})
    disk_cache.store(_TABLE_FILE, (stamp, *table.kept()))
    return table


def _name_file_stamp() -> str:
    """Where gender-guesser's name file is installed, its size and time: a new release of it
    (or another installation) builds the table afresh. Found in a tenth of a millisecond,
    where asking the package metadata for the version took two."""
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or spec.origin is None:
        return ""
    try:
        found = os.stat(Path(spec.origin).parent / "data" / "nam_dict.txt")
    except OSError:
        return ""
    return f"{spec.origin} {found.st_size} {found.st_mtime_ns}"


# how the kept table is laid out and read; a new way needs a new file
_TABLE_FILE = "gender-table-3.marshal"
_COMMON = 5  # gender-guesser's frequency scale runs 1 (rare) to 13 (very common)


def _one_answer(best: str, countries: dict[str, str]) -> str:
    """gender-guesser's answer over all countries, unless the name is common for the other
    sex in some country: "Andrea" is a woman's name in most, a man's in Italy (UNIFIL's
    spokesman Andrea Tenenti), "Michele" and "Nicola" likewise; such a name says nothing."""
    if best not in ("male", "female"):
        return best
    other = countries.get("female" if best == "male" else "male", "")
    frequencies = [int(c, 36) for c in other if c != " "]
    return "andy" if frequencies and max(frequencies) >= _COMMON else best


def _guess(word: str) -> str:
    return _table().answer(word.strip(".,").lower())


def from_given_name(name: str) -> Gender | None:
    """Gender by the given name of a full name (the first of its first two words the table
    knows, so a rank such as "Deputy" is passed over), if the table is sure of it and the
    second word, when a given name too, does not say otherwise ("Marine John Tiegen", a
    Marine named John, says nothing). The last word is the surname, never read as a given
    name ("Naureen Jahangir" says nothing)."""
    words = name.split()
    if len(words) < 2:
        return None
    guesses = [g for g in map(_guess, words[:min(2, len(words) - 1)]) if g != "unknown"]
    first = guesses[0] if guesses else None
    if first not in ("male", "female") or any(
            g in ("male", "female") and g != first for g in guesses[1:]):
        return None
    return "male" if first == "male" else "female"


def of_given_name(word: str) -> Gender | None:
    """Gender of one given name when the table is sure of it ("Caroline": female)."""
    guess = _guess(word)
    return guess if guess in ("male", "female") else None  # type: ignore[return-value]


def is_given_name(word: str) -> bool:
    """Whether the table knows `word` as a first name (of any gender): "Jane" is, "South"
    and "Twilight" are not."""
    return _guess(word) != "unknown"


def agrees(pronoun: str, gender: Gender | None) -> bool:
    """Whether "he"/"she" can refer to a person of this gender (unknown agrees with both)."""
    if gender is None:
        return True
    return (pronoun.lower() == "she") == (gender == "female")
