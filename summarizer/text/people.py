"""How news copy names people: ranks and honorifics, full names and surnames, descriptions.

The attribution rules (speech.py) ask of a phrase whether it names a person ("Maj. Gen. James
Jarrard", "Ján Kubiš"), a body ("the Pentagon", "Reuters") or nobody at all (a clause fragment
such as "last week" or "is also a"); the answers depend on capitalisation, so in an article
set in capitals a title is the only sign of a person.
"""

from __future__ import annotations

import re

from summarizer.text import patterns
from summarizer.text.dates import MONTHS, WEEKDAYS
from summarizer.text.gender import is_given_name

PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "any"}

# offices written out before a name, which stand as the person's role ("Interior Minister
# Ihor Klymenko", "Mayor Vitali Klitschko")
OFFICES = frozenset(
    """president minister secretary governor mayor senator ambassador commander general
    colonel major captain lieutenant admiral brigadier spokesman spokeswoman chairman
    chairwoman director chief leader judge justice prosecutor commissioner speaker
    sheriff representative chancellor premier deputy officer archbishop bishop cardinal pope
    patriarch rabbi pastor reverend monsignor ayatollah emir sultan""".split()
)

TITLES = OFFICES | frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. gen gen. maj maj. col col. lt lt. capt capt.
    sgt sgt. brig brig. adm adm. cmdr cmdr. gov gov. sen sen. rep rep. rev rev. sergeant
    cpl cpl. pvt pvt. cpt cpt. corporal private
    spokesperson sheikh imam adviser advisor advocate alderman counsel congressman
    congresswoman democrat republican sir dame""".split()
)

# a rank or office as abbreviated before a name, and the word a description uses for it
# ("Gen. John Smith" is "the general")
ABBREVIATED_TITLES = {"gen": "general", "col": "colonel", "lt": "lieutenant", "maj": "major",
                      "capt": "captain", "sgt": "sergeant", "brig": "brigadier",
                      "adm": "admiral", "cmdr": "commander", "gov": "governor",
                      "sen": "senator", "pres": "president"}

# heads of the names of bodies and places, never of a person: "Right Wing Watch", "Lee County"
ORG_WORDS = frozenset(
    """forces force army council coalition state ministry media news post times agency group
    government mission nations security command office party front unit units brigade brigades
    police department center centre network tv radio press reuters committee organization
    organisation union authority assembly parliament movement militia institute foundation
    association society fund project alliance initiative commission bureau board club journal
    magazine tribune herald gazette watch company corporation university college school
    hospital county city province district convention conference caucus congress senate
    house tower defence defense military navy junta regime observatory embassy
    tahrir jabhat ansar harakat jaish liwa kataib hizb tanzim ahrar faylaq jamaat
    jamaa majlis""".split()  # and their Arabic names: front, army, movement, party, brigades
)

# news agencies, whose one-word names read like a person's: "Xinhua reported", "Interfax said"
# (not those that are given names too: Sana, Petra, Ria)
NEWS_AGENCIES = frozenset("""reuters ap afp xinhua interfax tass anadolu yonhap kyodo bernama
    pti irna isna tasnim wafa efe ansa dpa kcna qna sputnik ukrinform notimex""".split())

PARTICLES = frozenset({"al", "al-", "bin", "ibn", "abu", "de", "del", "van", "von", "el", "le"})

# a particle joined to the name it opens: "al-Julani", "el-Sisi", "bin-Laden"
_JOINED_PARTICLE = patterns.compile(r"^(?:al|el|ad|ar|as|ash|at|az|bin|ibn)-(?=[A-Z])")
# what follows a name to tell a son from his father
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})

FUNCTION_WORDS = frozenset(
    "the a an of in on at for by with from to and or into near over under".split()
)

DETERMINERS = frozenset(
    "a an the one some many several most few both all each every another other this these "
    "those his her their its our".split()
)

DISCOURSE = frozenset(
    """meanwhile separately however moreover also earlier later still yet instead additionally
    furthermore nonetheless nevertheless then now today yesterday indeed likewise similarly
    besides otherwise thus therefore hence again""".split()
)

NOT_NAME_START = frozenset(
    """the a an like as in on at for by with from to of and but or so yet if when while after
    before since until unlike despite although though because then there here this that
    these those it its his her their our my your we they he she i
    what who whom whose which why how where each every another""".split()
)

# what opens no person's name ("The Philippine Star", "No Child Left Behind", "Like Allen"),
# and what opens a clause rather than a noun phrase ("To"), built once: read per candidate
_NO_PERSON_START = DETERMINERS | NOT_NAME_START | {"no"}
_CLAUSE_START = NOT_NAME_START - DETERMINERS - PRONOUNS.keys()

TIME_WORDS = frozenset(
    """hours minutes days weeks months years today yesterday tonight overnight earlier
    later""".split()
) | {name.lower() for name in f"{WEEKDAYS}|{MONTHS}".split("|")}

# units of time: a count of them counts no people ("1 WEEK AGO"), a description with one as
# its head names nobody ("as the day went on")
TIME_UNITS = frozenset("hour minute day week month year night morning evening".split())
_TIME_PHRASE_WORDS = TIME_WORDS | {"last", "next", "this", "on", "early", "late", "week",
                                   "month", "year", "night"}
# a nickname in quotation marks inside a name, after a given name or initials: 'Juan "Chico"
# Manriquez', 'Gov. C.L. "Butch" Otter' (group 2 is the nickname with its marks)
NICKNAME = patterns.compile(r"(\b[A-Z][a-z]{1,20}|(?:\b[A-Z]\.){1,3})"
                            r"([ \t][\"\u201c][A-Z][\w.'\u2019-]*[\"\u201d])(?=[ \t][A-Z][a-z])")
# a day of the month or a year beside them: "March 1", "June 24, 2016", "the 1st"
_DAY_OR_YEAR = patterns.compile(r"\d{1,4}(?:st|nd|rd|th)?[.,]?")


def is_time_phrase(words: list[str]) -> bool:
    """"Last September", "On Monday", "March 1", "June 24, 2016": words that only say when."""
    return all(w.lower().strip(".,") in _TIME_PHRASE_WORDS or _DAY_OR_YEAR.fullmatch(w)
               for w in words)


def words_of(text: str) -> list[str]:
    return text.split()

def is_capitalised(word: str) -> bool:
    word = word.lstrip("(\"'\u201c\u2018")
    return bool(word) and (word[0].isupper() or word[0].isdigit())

def strip_titles(text: str) -> str:
    """Drop ranks, roles and honorifics in front of a name ("U.S. Army Maj. Gen. James
    Jarrard", "Labor Secretary Thomas Perez"). The rest is returned as written (spaces
    included, "James\u00a0Comey"), so it can be found in `text`."""
    rest = None
    for word in re.finditer(r"\S+", text):
        low = word.group().lower()
        if low in TITLES or "-" in low and any(p in TITLES for p in low.split("-")):
            rest = word.end()  # (and "Secretary-General", "Vice-President")
    if rest is None:
        return text.strip()
    return text[rest:].strip() or text  # a title alone ("Sen.") stays what it is


_POSSESSIVE = patterns.compile(r"['\u2019][sS]\b")


def strip_possessives(text: str) -> str:
    """`text` without its possessive endings: "Gaza's Health Ministry" -> "Gaza Health
    Ministry", "THE ARMY'S" -> "THE ARMY" (a body named with or without its owner's "'s" is
    the same body)."""
    return _POSSESSIVE.sub("", text)


def looks_like_person(text: str, upper: bool = False, titled: bool = False) -> bool:
    """Two to four capitalised words, none an organisation word: "Ján Kubiš", "Layla Hassan"
    (one will do after a title: "Sen. Cruz"). In an article set in capitals only a title
    tells a person ("MAJOR RENE RODRIGUEZ")."""
    if upper:
        words = words_of(text)
        stripped = words_of(strip_titles(text))
        return (len(stripped) < len(words) and 1 <= len(stripped) <= 4
                and stripped[0].lower() not in FUNCTION_WORDS  # "LEADER OF THE FDR"
                and not any(w.lower() in ORG_WORDS for w in stripped))
    words = words_of(strip_titles(text))
    if (not (1 if titled else 2) <= len(words) <= 4
            or words[0].lower() in _NO_PERSON_START):
        return False  # "The Philippine Star", "No Child Left Behind", "Like Allen": no person
    if is_time_phrase(words):
        return False  # "Last September"
    for i, word in enumerate(words):
        bare = word.strip(".,'\u2019").lower()
        if bare in PARTICLES or (i and i == len(words) - 1 and bare in _GENERATIONS):
            continue  # "Joseph R. Murray II"
        initial = len(word.rstrip(".")) == 1  # "Harry M. Reid"
        word = _JOINED_PARTICLE.sub("", word)  # "al-Julani", "el-Sisi": the name after it
        if not is_capitalised(word) or bare in ORG_WORDS or (word.isupper() and not initial):
            return False
    return True


def is_single_name(text: str, upper: bool) -> bool:
    """One capitalised word that names someone ("Trump", "Kelly"), not a body ("Reuters"),
    an acronym ("NATO") or a pronoun."""
    if upper or " " in text.strip():
        return False
    word = text.strip(".,'\u2019")
    return (len(word) > 1 and word[0].isupper() and not word.isupper()
            and not word.endswith("ly") and word.lower() not in NOT_NAME_START
            and word.lower() not in ORG_WORDS and word.lower() not in PRONOUNS
            and word.lower() not in DISCOURSE and word.lower() not in FUNCTION_WORDS)

def names_overlap(full: str, other: str) -> bool:
    """"Jane Sanders" is not "Bernie Sanders": a surname match needs the other given names
    to agree too."""
    a, b = words_of(full), words_of(other)
    return len(a) < 2 or len(b) < 2 or a[0] == b[0]

# nouns spelt like adverbs in -ly: "the rally" is a subject, "repeatedly" is not
LY_NOUNS = frozenset("""rally ally family assembly supply belly bully anomaly monopoly folly
    jelly tally reply""".split())
# past tenses without -ed that open a predicate: "Gina Rodriguez became the victim"
IRREGULAR_PAST = frozenset("""became was were had took made got gave went won lost left led put
    set sent saw came found felt kept held met ran spent brought bought thought began sought
    fought stood sat knew grew drew threw chose rose fell struck built paid meant broke heard
    understood sold hid forgot swore wore""".split())


# words that open more of a phrase, as a preposition does: "Latin hits including"
_INTRODUCES_MORE = frozenset({"including", "excluding", "regarding", "concerning", "like", "as",
                              "about", "than", "such"})
# adjectives that stand only before their noun: a phrase ending on one is cut off before it
# ("One of his recent reads" read as a subject and a verb)
_BEFORE_THEIR_NOUN = frozenset({"recent", "latest", "newest", "favorite", "favourite", "own"})


def is_noun_phrase(text: str) -> bool:
    """Whether a would-be speaker reads as a noun phrase, not a clause fragment ("last week",
    "is also a"): it holds a capitalised word, starts with a determiner, or is a plural or
    agent noun ("officials", "critics"), or a body's noun ("police")."""
    words = words_of(text)
    if not words:
        return False
    first, last = words[0].lower(), words[-1].lower().strip(".,")
    # "Reflecting on his career" (but "Boreing" and "Manning" are names): a clause
    gerund = first.endswith("ing") and len(words) > 1 and words[1].islower()
    # "contrasted the candidate", "The ministry published a transcript": a verb and its object
    predicate = any(
        word.islower() and following.lower() in ("the", "a", "an", "his", "her", "their", "its",
                                                 "these", "those", "this")
        and (word.endswith("ed") or word in IRREGULAR_PAST or word.endswith("s") and len(word) > 3
             and word not in FUNCTION_WORDS)
        for word, following in zip(words, words[1:]))
    if gerund or predicate or first in _CLAUSE_START:
        return False  # "To" opens a clause too
    if is_time_phrase(words):
        return False  # "Last week", "On Monday": a time, not a speaker
    if (last in FUNCTION_WORDS or last in _INTRODUCES_MORE or last in _BEFORE_THEIR_NOUN
            ) and len(words) > 1:
        return False  # "... about Curiel and", "the Ministry of", "Latin hits including":
        # cut off mid-phrase
    if any(is_capitalised(w) for w in words) or first in PRONOUNS:
        return True
    if last.endswith("ly") and last not in LY_NOUNS or last in DISCOURSE:
        return False
    conjuncts = re.split(r"\s+and\s+", text.strip())
    if len(conjuncts) == 2 and all(conjuncts):
        # two joined: "two aid workers and a health official"
        return all(is_noun_phrase(conjunct) for conjunct in conjuncts)
    # a body named by its noun alone: "police said", "local media reported"
    return (first in DETERMINERS or last.endswith(("s", "er", "or", "ist", "ian", "ent"))
            or last in ORG_WORDS)

# "One operative inside Trump Tower": what follows these is a place, not the person
_PLACE_PREPOSITIONS = frozenset("inside outside behind within across beside around".split())


def trailing_name(text: str) -> tuple[str, str] | None:
    """Split "SDF commander Adnan Efrin" into role "SDF commander" and name "Adnan Efrin",
    and "Senate Majority Whip John Cornyn" (a role in capitals) at its given name. The name
    is returned as written, so it can be found in `text`."""
    words = words_of(text)
    i = len(words)
    while i > 0 and (is_capitalised(words[i - 1]) or words[i - 1].lower() in PARTICLES):
        i -= 1
    if (0 < i < len(words) and words[i - 1].islower() and words[i - 1] not in FUNCTION_WORDS
            and words[i - 1] not in _PLACE_PREPOSITIONS and 1 <= len(words) - i <= 4):
        if looks_like_person(" ".join(words[i:])) or len(words) - i == 1:
            return _split_at(text, i)
    if i == 0 and len(words) >= 3:
        given = [is_given_name(w) and w.rstrip(".").lower() not in TITLES for w in words]
        k = given.index(True) if True in given else 0  # the first given name ("Norbert Leo
        if k and 2 <= len(words) - k <= 4 and looks_like_person(" ".join(words[k:])):  # Butz")
            return _split_at(text, k)
    return None


def _split_at(text: str, k: int) -> tuple[str, str]:
    """`text` split before its k-th word, both parts as written."""
    name = text.split(None, k)[-1].strip()
    return text[:text.rindex(name)].strip(), name


# where a person is from or works, after the name: "of New York", "of the University of
# Virginia", "of Washington's Institute for Science and International Security"
_HOME_AFTER_NAME = patterns.compile(
    r"\s+of\s+(?:(?i:the)\s+)?[A-Z][\w.'\u2019&-]*"
    r"(?:\s+(?:(?i:of|for|and|at|on|the|&)\s+)*[A-Z][\w.'\u2019&-]*)*$")


def name_before_home(text: str, upper: bool) -> str | None:
    """The person named before where they are from or work: "Rep. Lee Zeldin" in "Rep. Lee
    Zeldin of New York", "Larry Sabato" in "Larry Sabato of the Center for Politics at the
    University of Virginia". An "of" after a title belongs to it ("Secretary of State Jon
    Husted"), and a possessive tells an office, not a name ("Iraq's Special Representative of
    the Secretary-General")."""
    for home in re.finditer(r"\s+of\s", text):
        head = text[:home.start()]
        if not head or words_of(head)[-1].lower().rstrip(".") in TITLES:
            continue  # "Secretary of State Jon Husted": the "of" belongs to the title
        name = re.search(r"(?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w.'\u2019-]*$", head)
        if (name and not re.search(r"['\u2019]s\b", name.group())
                and _HOME_AFTER_NAME.match(text, home.start()) and looks_like_person(head, upper)):
            return head
    return None


def looks_plural(word: str, upper: bool) -> bool:
    """A plural common noun by its spelling ("soldiers", "seamen"); names ("Carmen") and
    "-ss", "-us", "-is" words ("witness", "actress") are not."""
    low = word.lower()
    if not (upper or word.islower()):
        return False
    if low.endswith("men"):
        return not is_given_name(word)
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))
