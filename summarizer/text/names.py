"""Loose comparison of names of people and bodies, as news copy refers to them.

"Barzani" is "Sirwan Barzani", "Maj. Gen. James Jarrard" is "James Jarrard" and "the
Pentagon" is "Pentagon": two names match when the words of one (folded, without determiners,
titles or a possessive 's) are all among the words of the other. The cross-check uses it to
compare an extracted speaker with the article's, and `summarizer eval` to compare an extraction
with gold, so both judge a name the same way.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.text.align import tokenize
from summarizer.text.normalize import fold
from summarizer.text.people import TITLES

_DETERMINERS = frozenset({"a", "an", "the"})


@lru_cache(maxsize=4096)  # a check compares the same few names again at every occurrence
def description_words(text: str) -> frozenset[str]:
    """The folded words of a description such as "the senator": no determiners or
    possessive 's, titles included."""
    return frozenset(w for w, _, _ in tokenize(fold(text)) if w not in _DETERMINERS and w != "s")


@lru_cache(maxsize=4096)
def name_words(text: str) -> frozenset[str]:
    """The folded words that identify a name: a description's words without titles."""
    return frozenset(w for w in description_words(text)
                     if w not in TITLES and w.rstrip(".") not in TITLES)


def names_match(one: str, other: str) -> bool:
    """Whether `one` and `other` can name the same party: one's words include the other's.
    Two descriptions with no name in them ("the senator", "a senior official") are compared
    by all their words, titles included; a description never matches a name."""
    mine, theirs = name_words(one), name_words(other)
    if not mine and not theirs:
        mine, theirs = description_words(one), description_words(other)
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)
