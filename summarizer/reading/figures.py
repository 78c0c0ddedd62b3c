"""Casualty figures in an article: count phrase, affected group, outcome, claimant and scope.

A figure is a casualty only when the count is tied to an outcome by the sentence itself:
"69 civilians were killed" (count, group, outcome), "killing several IS extremists" (outcome,
count, group), "..., along with at least five Peshmerga fighters" (coordinated with an earlier
casualty in the sentence), "another 105 were injured" (the group carried over). Counts of people
that are present rather than hurt ("roughly 200 IS militants hiding", "leaving only a group of
300 fighters to defend") are force sizes, and counts of things ("200 mass graves", "52
kilometers") are neither.

Scope follows docs/contracts.md: `cumulative` for totals and statistics over a period ("figures ...
recorded for October", "during the past month"), `related_incident` for another event the
article mentions ("a similar operation" on another date, a car bomb in a report about
airstrikes), else `this_operation`.
"""

from __future__ import annotations

import re
from itertools import islice
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Callable

from summarizer.reading.mentions import is_role
from summarizer.reading.speech import Attribution, MinedQuote
from summarizer.text import patterns
from summarizer.text.counts import Count, find_counts
from summarizer.text.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from summarizer.text.gender import from_description, is_given_name
from summarizer.text.names import names_match
from summarizer.text.people import (DETERMINERS, DISCOURSE, IRREGULAR_PAST, LY_NOUNS,
                                     NOT_NAME_START, ORG_WORDS, TIME_UNITS, TIME_WORDS, TITLES,
                                     is_time_phrase, looks_like_person, looks_plural,
                                     strip_possessives)
from summarizer.text.segment import Segments, Span, end_before_space


OUTCOME_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "kills", "kill", "dead", "died", "deaths", "slain", "executed",
               "massacred", "fatalities", "perished", "lost their lives", "killing", "bodies of",
               "passed away", "beheading", "beheadings",
               "remains of", "deaths of", "death of", "lives of", "killings", "murdered",
               "murder", "murders", "murdering", "assassinated", "assassination",
               "assassinations", "assassinating", "massacre", "massacring", "slaughtered",
               "slaughter", "shot dead", "gunned down", "beheaded", "lynched", "shot to death",
               "stabbed to death", "burned to death", "beaten to death", "execution",
               "executions", "found dead", "drowned", "reported dead", "confirmed dead",
               "hacked to death", "crushed to death", "bludgeoned to death", "tortured to death",
               "starved to death", "trampled to death", "strangled to death", "burned alive",
               # died of wounds: "Two soldiers succumbed to their injuries"
               "succumbed to his injuries", "succumbed to her injuries",
               "succumbed to their injuries", "succumbed to injuries", "succumbed to his wounds",
               "succumbed to her wounds", "succumbed to their wounds", "succumbed to wounds",
               # the dead named by those who killed them: "the murderers of the six Jesuits"
               "murderers of", "killers of", "assassins of",
               # the dead honoured as they are in much of South Asian and Middle Eastern copy:
               # "Three policemen were martyred", "Two soldiers embraced martyrdom"
               "martyred", "embraced martyrdom", "embraced shahadat"),
    "injured": ("injured", "injures", "injure", "wound", "wounded", "hurt", "injuries", "wounds",
                "wounding", "injuring",
                "injuries to", "injury of", "wounding of",
                "maimed", "shot and wounded",
                # taken in for their wounds: "17 others had been taken to hospital"
                "hospitalized", "hospitalised", "taken to hospital", "taken to hospitals",
                "taken to the hospital", "admitted to hospital", "rushed to hospital",
                "rushed to the hospital"),
    "captured": ("captured", "arrested", "detained", "abducted", "kidnapped", "taken prisoner",
                 "taken captive", "taken hostage", "capturing", "arresting", "detaining",
                 "abducting", "kidnapping", "kidnappings", "abduction", "abductions",
                 "arrest of", "arrests", "capture of"),
    "surrendered": ("surrendered", "surrendering", "surrender", "surrenders",
                    "gave themselves up", "turned themselves in", "defected", "surrender of"),
    "missing": ("missing", "went missing", "gone missing", "unaccounted for", "disappeared"),
    "displaced": ("displaced", "fled", "flee", "fleeing", "flees", "forced to flee", "homeless",
                  "remain in camps", "living in camps", "sheltering in camps", "displacing",
                  # "10 million people have been forced from their homes"
                  "forced from their homes", "driven from their homes", "uprooted"),
    "rescued": ("rescued", "freed", "released", "evacuated", "saved", "liberated", "rescuing",
                "freeing", "releasing", "evacuating"),
}
_OUTCOME_OF = {word: outcome for outcome, words in OUTCOME_WORDS.items() for word in words}
_OUTCOME_ALT = "|".join(patterns.longest_first(_OUTCOME_OF)).replace(" ", r"\s+")
_AUX = (r"(?:(?:who|that)\s+)?(?:(?:were|was|are|is|have|has|had|been|being|got|reportedly|"
        r"remain|remains|remained|"  # "Four soldiers remain unaccounted for"
        # "are estimated to be internally displaced", "are feared to have been killed"
        r"(?:estimated|believed|thought|feared|reported|known|said)\s+to\s+(?:be|have\s+been)|"
        # "were reported killed", "were confirmed killed" (not "feared dead": a fear)
        r"reported|confirmed|"
        # harm taken: "19 sustained injuries", "ONE PERSON SUFFERED MINOR INJURIES", "FOUR
        # PEOPLE HAVE BULLET WOUNDS", "two men were treated for gunshot wounds"
        r"(?:sustained|suffered|received|have|has|had|treated\s+for)(?:\s+(?:very|minor|"
        r"serious|severe|critical|light|slight|grave|multiple|gunshot|shrapnel|burn|bullet|"
        r"stab))*(?=\s+(?:injuries|wounds)\b)|"
        # "FOUR PEOPLE MAY HAVE BEEN KILLED", "at least 10 people may have died"
        r"(?:may|might|could|must)(?=\s+have\s+(?:been|died)\b)|"
        r"also|later|newly|allegedly|all|were\s+all|not|never|seriously|critically|slightly|badly|"
        r"severely|gravely|mortally|fatally|lightly|[a-z]{4,}ly)\s+){0,3}")  # "brutally"
# "TWO POLICEMEN WERE AMONG THOSE KILLED", "two paramedics were among the 11 people killed":
# the group is part of the outcome's; the count and its group may be quoted ('said "more
# than 30 terrorists" died')
_OUTCOME_AFTER = patterns.compile(
    rf"[\"\u201d]?\s*{_AUX}(?:among\s+(?:(?:those|the)\s+)?(?:(?:at\s+least\s+)?\d[\d,]*\s+"
    rf"(?:[a-z]+\s+)?)?)?({_OUTCOME_ALT})\b", re.IGNORECASE)
# (an editor's brackets may open after the noun: "THE MASSACRE [OF SIX JESUIT PRIESTS]")
_OUTCOME_BEFORE = patterns.compile(  # "shot to death along with two other militants" too
    rf"\b({_OUTCOME_ALT})\s+(?:(?:along|together)\s+with\s+)?"
    r"(?:(?:a|an|the)\s+family\s+of\s+)?"  # "killed a family of five"
    rf"(?:\[?of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?)?"
    rf"(?:a\s+further\s+|another\s+|an\s+additional\s+|the\s+|all\s+(?:the\s+)?)?"
    rf"[\"\u201c]?$",  # the count quoted: 'had killed “more than 100 terrorists”'
    re.IGNORECASE,
)
# the death toll and what it came to: "the death toll from the attack rose to", "put the death
# toll at", "a death toll of" (a casualty toll counts the wounded too, so only deaths)
# (a month's abbreviation ends no clause: "the death toll since Oct. 7 had risen to 41,534")
_CAME_TO = (rf"(?:[^.;:\"\u201c\u201d]|\b(?:{MONTH_ABBREVIATIONS})\.){{0,60}}?"
            r"\b(?:at|to|reached|hit|passed|exceeded|surpassed|topped)")
_DEATH_TOLL_BEFORE = patterns.compile(
    r"\b(?:death\s+|(?<![Cc]asualty\s)(?<!CASUALTY\s))toll\b"
    rf"(?:{_CAME_TO}|[^.;:\"\u201c\u201d]{{0,60}}?\bof)\s+$", re.IGNORECASE)
# the verbs that bring a running total up to date: "bringing the toll to", "taking the total to"
_BRINGS_UP = r"(?:bringing|brought|brings|raising|raised|pushing|pushed|taking|took)"
# ... and a running count of one outcome: "bringing the number of soldiers killed in the
# offensive to 377"
_NUMBER_OF_BEFORE = patterns.compile(
    rf"\bnumber\s+of\s+(?:[\w-]+\s+){{0,3}}?({_OUTCOME_ALT})\b{_CAME_TO}\s+$", re.IGNORECASE)
# ... or a bare total, which counts the outcome its sentence told before: "killed at least 70
# people, bringing the total since the war began to 41,000"
_TOTAL_BEFORE = patterns.compile(
    rf"\b({_OUTCOME_ALT})\b[^.;:]*?\b{_BRINGS_UP}"
    rf"\s+(?:the|its|their)\s+(?:overall\s+)?(?:total|tally){_CAME_TO}\s+$", re.IGNORECASE)
# a running total over a campaign or a period that the count brings up to date, earlier
# deaths and all: "killed in fighting, bringing the number of soldiers killed in the ground
# offensive to 377" (the one killed in the same sentence is this operation's; "raising the
# toll to 12" is still this attack's)
_RUNNING_TOTAL = patterns.compile(
    rf"\b{_BRINGS_UP}\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:total|number|toll|tally)\b[^.;:]{0,100}?"
    r"\b(?:in|from|during|since|of|over)\s+(?:the\s+|this\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:offensive|war|conflict|campaign|fighting|attacks|strikes|raids|operations|violence|"
    r"insurgency|year|month|week|months|weeks|years)\b[^.;:]{0,40}$", re.IGNORECASE)
# those a force drove from their homes: "forced some two million people to flee"
_FORCED_BEFORE = patterns.compile(r"\b(?:forced|forcing|forces|force|drove|driven|driving)\s+$",
                                  re.IGNORECASE)
# a count whose noun and the verb before it tell the outcome, no outcome word written: lives a
# deed claimed or cost ("The attack claimed at least 20 lives"), hostages taken or held ("took
# some 250 hostages", "holding 101 captives")
_VERB_AND_NOUN = (
    (patterns.compile(r"\b(?:claimed|claiming|claims|cost|costing|costs|took|taking)\s+$",
                      re.IGNORECASE), patterns.compile(r"\blives$", re.IGNORECASE), "killed"),
    (patterns.compile(r"\b(?:took|taken|taking|take|takes|seized|seizing|holding|held|holds|"
                      r"hold)\s+$", re.IGNORECASE),
     # "took 12 people hostage" too
     patterns.compile(r"\b(?:hostages?|captives?)$", re.IGNORECASE), "captured"),
)
# ... and a deed, not a source, that "claimed" the lives: "The attack claimed 20 lives"
_CLAIMED_LIVES = patterns.compile(r"claim(?:ed|s|ing)\s+(?:[\w,.-]+\s+){0,4}?lives\b",
                                  re.IGNORECASE)
_TO_FLEE = patterns.compile(r"\s+to\s+(?:flee|leave\s+(?:their|his|her)\s+homes?)\b",
                            re.IGNORECASE)
# a relative clause after a count's group: "four students who had been kidnapped"
_WHO = patterns.compile(r"\s*(?:who|that)\s", re.IGNORECASE)
# "AMONG THE INJURED ARE", "the dead included", "THE DEAD ARE": the count after is theirs
_AMONG_BEFORE = patterns.compile(
    rf"\b(?:among\s+)?(?:the|those)\s+({_OUTCOME_ALT})\s+"
    r"(?:are|were|is|was|include|includes|included)\s+$", re.IGNORECASE)
# "Of the dead, 144 were fighters ... and 87 were soldiers": the sentence opens with the
# outcome each count it tells what of is a part of
_OF_THE_OUTCOME = patterns.compile(
    rf"\s*(?:of|among)\s+(?:the|those)\s+({_OUTCOME_ALT})\s*,", re.IGNORECASE)
_PART_IS = patterns.compile(r"\s+(?:were|are|was|is)\s", re.IGNORECASE)
_NEGATION = patterns.compile(r"\b(?:not|never|n't)\b", re.IGNORECASE)
# "it would have killed 5,000", "they will kill", "vowed to kill": what might happen is no
# casualty (the bare verb tells one only as a present tense: "Airstrikes kill 14")
_HYPOTHETICAL = patterns.compile(
    r"(?:\b(?:would|could|might|may|will|shall|can|should|must|threatened\s+to|tried\s+to|"
    r"attempted\s+to|plan(?:ned)?\s+to)\s+|(?:\bto|\bnot|n't|\bnever)\s+(?=kill|wound|injure))"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE)
# "4 of them", "two of whom": a part of a count given before, not more victims
# those a casualty count gathers, as a noun: "the victims", "the dead"
_THE_HURT = r"victims|dead|wounded|injured|hurt"
_PARTITIVE = patterns.compile(
    rf"\s+of\s+(?:them|whom|those|these|which|the\s+(?:{_THE_HURT}))\b", re.IGNORECASE)
# what stands between a denied count and one coordinated with it: "none of the 4 priests
# and (the) approximately 100 refugees"
_DENIED_TOO = patterns.compile(r"[^,;.:()]{0,60}?\s(?:and|or|nor)\s+(?:the\s+)?", re.IGNORECASE)
# two outcomes sharing one count do not say how many had which: "killed or wounded 827
# troops"; with "and" only the dead and the wounded ("killing and wounding over 40 people",
# "40 dead and wounded"), where "kidnapping and killing of several" befell them all
_EITHER_BEFORE = patterns.compile(rf"\b({_OUTCOME_ALT})\s+((?:and/)?or|and)\s+$",
                                  re.IGNORECASE)
_EITHER_AFTER = patterns.compile(rf"\s+((?:and/)?or|and)\s+({_OUTCOME_ALT})\b", re.IGNORECASE)
# "no one was hurt", "not six", "without": the count is denied, not claimed
_NEGATED_COUNT = patterns.compile(r"\b(?:no|not|nor|without|none\s+of\s+the)\s+$", re.IGNORECASE)
# "26 AUG 88", "3 January", "January 3", "on 30 December": dates are not counts
_DATE_AFTER = patterns.compile(rf"\s*(?:{MONTHS}|(?:{MONTH_ABBREVIATIONS})\b\.?|May\s+\d)",
                               re.IGNORECASE)
_DATE_BEFORE = patterns.compile(rf"\b(?:{MONTHS}|{MONTH_ABBREVIATIONS})\.?\s+$", re.IGNORECASE)
# "ON 23 SEPTEMBER 28 BODIES": a day and its month before, a word after the number
_DAY_MONTH_BEFORE = patterns.compile(
    rf"\b\d{{1,2}}\s+(?:{MONTHS}|{MONTH_ABBREVIATIONS})\.?\s+$", re.IGNORECASE)
_WORD_AFTER = patterns.compile(r"\s+[^\W\d]")
# "Pablo Pelaez, 45, a former mayor", "Juan Perez (45)": a number set off after a name is an age
_AGE_BEFORE = patterns.compile(r"(?:[^\W\d]{2,}\.?\s*,|\()\s*$")
_AGE_AFTER = patterns.compile(
    r"\s*(?:[,;)]|\.(?:\s|$))")  # "Ortega, 34, a nurse", "... Hoover, 41."
_INITIALISM = patterns.compile(r"(?:[A-Za-z]\.){2,}$")  # "U.S.": the period is part of the word
_YEAR = patterns.compile(r"(?:1[89]|20)\d\d")
# a noun a number names rather than counts: "CHANNEL 7 TELEVISION", "KILOMETER 40", "Route 1"
_LABEL_BEFORE = patterns.compile(
    r"\b(?:channel|route|highway|kilometer|kilometre|flight|article|zone|sector|room|"
    r"apartment|bus|no\.?|number|chapter|section|page|platoon|precinct|district|unit|line|"
    r"avenue|street|block|lot|gate|pier|terminal|ward|cell|case)\s+$",
    re.IGNORECASE)
# a short aside between the group and its verb: "26 people, four of whom were police, were"
_ASIDE = patterns.compile(
    r"\s*(?:,[^,.;:]{1,80},|\([^()]{1,80}\)|--[^.;:]{1,60}--|(?:of|from)\s+[^,.;:()]{1,60}?"
    r"(?=\s*,|\s+(?:who\s+)?(?:were|was|had|have|are|is|died)\b)"
    # a participle phrase or a relative clause: "TWO POLICEMEN GUARDING THE CONSULATE WERE
    # KILLED", "TWO HUMBLE WOMEN WHO WORKED FOR THEM WERE BRUTALLY ASSASSINATED"
    r"|(?:[a-z]{3,}ing|who|that)\s+[^,.;:()]{1,60}?(?=\s+(?:were|was)\b)"
    # a past participle with no object and no clause of its own: "MANY PERSONS CONSIDERED
    # KEY WITNESSES HAVE DIED", not "TEN REBELS ATTACKED THE BASE ..." or "SEVERAL ONLOOKERS
    # ARRIVED AT THE SQUARE TO SEE WHERE THE TERRORIST WAS KILLED"
    r"|[a-z]{3,}ed\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those)\b)"
    r"(?:(?!\b(?:where|when|who|which|while|because|and|but|or)\b)[^,.;:()]){1,60}?"
    r"(?=\s+(?:were|was|have|had)\b)"
    # another noun sharing the count: "NEARLY 1,000 MEMBERS AND LEADERS HAVE BEEN MURDERED"
    r"|\s+(?:and|or)\s+(?:[^\W\d]+\s+){0,2}?[^\W\d]+(?=\s+(?:were|have|died)\b))", re.IGNORECASE)
# what may stand between two coordinated counts ("six Jesuits and two women were killed")
_COORDINATION = patterns.compile(
    r"[^,;.:()]{0,60}?(?:,\s*)?(?:\s(?:and|as\s+well\s+as|plus)\s+|,\s*)",
    re.IGNORECASE)
_FINITE = patterns.compile(r"\b(?:were|was|are|is|had|have|has|did|do|does)\b", re.IGNORECASE)
_COORDINATED = patterns.compile(r"(?:along\s+with|as\s+well\s+as|and|including|plus|"
                                r"among\s+(?:them|whom)|,)\s+"
                                r"(?:another\s+|a\s+further\s+|(?:their|the|his|her|its)\s+)?$",
                                re.IGNORECASE)
# a coordinated count borrows the outcome only when it has no verb of its own (when and
# where may follow it: "killed six priests and two women on Thursday.")
# (a relative clause telling who they were may come first: "six children and two women who
# sold tea near the entrance", one that tells an outcome of its own may not)
_STANDS_ALONE = patterns.compile(rf"(?:\s+(?:who|whom)\s+(?![^,.;:()]*\b(?:{_OUTCOME_ALT})\b)"
                                 r"[^,.;:()]{1,80}?)?"
                                 r"\s*(?P<when>(?:on|in|at|near|during|last|this|since|over|"
                                 r"from)\s+"
                                 r"[^,.;:()]{1,80}?)?(?:[,.;:)?!]|$)", re.IGNORECASE)
# the first of the parts a total is made of: "killing at least 70 people including 10 women
# and three babies" (the women are of the 70 killed, as the babies are)
_FIRST_PART = patterns.compile(r"\b(?:including|among\s+(?:them|whom))\s+$", re.IGNORECASE)
_ANOTHER_PART = patterns.compile(r"\s+and\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|"
                                 r"nine|ten|eleven|twelve|several|dozens|hundreds)\b)",
                                 re.IGNORECASE)
# Verbs whose subject does the deed to an object: "five individuals shot to death a watchman"
# counts the killers. Not those whose subject undergoes it ("200 rebels surrendered their
# arms", "2,000 fled the town").
_DONE_TO_OBJECT = frozenset("""killed executed massacred murdered assassinated slaughtered
    beheaded lynched injured wounded maimed captured arrested detained abducted kidnapped
    rescued freed released evacuated liberated""".split()) | {
    "shot dead", "gunned down", "shot to death", "stabbed to death", "burned to death",
    "beaten to death", "shot and wounded"}
_PASSIVE = patterns.compile(r"\b(?:were|was|are|is|be|been|being|got|get)\b", re.IGNORECASE)
# the object a deed is done to: a determiner, a pronoun or a count, but not the time it was
# done ("soldiers killed the day before", "wounded that night")
_OBJECT = patterns.compile(
    r"\s+(?:(?:a|an|the|this|that|these|those|his|her|their|its|our|him|them|us)\b"
    r"(?!(?:\s+(?:same|previous|following|next|other|last|early|late))?\s+(?:day|night|"
    r"morning|afternoon|evening|week|weekend|month|year|time|hour|dawn)s?\b)|\d|(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores|thousands)\b"
    # a count's qualifier: "evacuated more than 2,000 people"
    r"|(?:more\s+than|at\s+least|about|nearly|almost|around|over|some|up\s+to)\s+(?:\d|(?:one|"
    r"two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands)\b)"
    # or a title before a name: "FOUR ... INDIVIDUALS ... KIDNAPPED MR CUELLAR OSORIO"
    rf"|(?:{'|'.join(re.escape(t) for t in patterns.longest_first(TITLES))})(?!\w))",
    re.IGNORECASE)
# "civilians who, police said, were killed": the relative clause's own verb is the outcome;
# a noun there ("suspects who took part in the murder of") names another event
_OUTCOME_NOUNS = frozenset({
    "deaths", "fatalities", "killing", "bodies of", "remains of", "deaths of", "death of",
    "lives of", "killings", "murder", "murders", "assassination", "assassinations", "massacre",
    "slaughter", "execution", "executions", "injuries", "injuries to", "surrender", "surrenders",
    "surrender of", "kidnapping", "homeless",
})
_VERB_ALT = "|".join(patterns.longest_first(set(_OUTCOME_OF) - _OUTCOME_NOUNS)
                     ).replace(" ", r"\s+")
_RELATIVE_OUTCOME = patterns.compile(
    rf"\s+(?:who|that|which)\b[^,.;]*?\b(?<!to\s)({_VERB_ALT})\b", re.IGNORECASE
)
# an outcome noun whose victims follow: "the murder of (the)"
_NOUNS_OF = (r"(?P<killed>murders?|deaths?|killings?|assassinations?|massacres?|executions?)|"
             r"(?P<captured>kidnappings?|abductions?)")
_NOUN_OF = patterns.compile(rf"\b(?:{_NOUNS_OF})\s+of\s+(?:the\s+|their\s+)?$", re.IGNORECASE)
# a count that joins the victims of an outcome noun named without one: "THE ASSASSINATIONS
# OF THE JESUIT PRIESTS AND THE OTHER TWO PEOPLE" (not past another noun's "of": "the
# killing of priests and now the arrest of two priests")
_NOUN_OF_LIST = patterns.compile(
    rf"\b(?:{_NOUNS_OF})\s+of\s+(?:(?!\sof\s)[^.;:()\"\d]){{1,80}}?\s(?:and|as\s+well\s+as)\s+"
    r"(?:the\s+|their\s+)?(?:other\s+)?$", re.IGNORECASE)
# when, between an outcome noun and its counted victims: "THE MURDER ON THE EVENING OF 27
# FEBRUARY OF SIX MORE UP FOLLOWERS"
_NOUN_WHEN_OF = patterns.compile(
    rf"\b(?:{_NOUNS_OF})\s+(?:on|in|during)\s+[^,;.()\"]{{1,45}}?\s+of\s+(?:the\s+|their\s+)?$",
    re.IGNORECASE)
# from one count to the next of the same noun's victims: "six Jesuits and", "X as well as"
_AND_ALSO = patterns.compile(r"[^,;.:()]{0,60}?,?\s(?:and|as\s+well\s+as|plus)\s+"
                             r"(?:(?:the|their|his|her|its)\s+)?",
                             re.IGNORECASE)
# an outcome verb in a relative clause, right before its first count: in "THE MEN WHO KILLED
# SIX PRIESTS AND TWO COMPANIONS FIRED 500 SHOTS" the verb after the second count is the
# main clause's, and the second count is killed too
_RELATIVE_DEED = patterns.compile(
    r"\b(?:who|that)\s+(?:[a-z]+ly\s+)?(?:had\s+)?(?:killed|murdered|massacred|slaughtered|"
    r"executed|assassinated|wounded|injured|kidnapped|abducted)\s+$", re.IGNORECASE)
# between a count with its group and a count that tells whose they were: " members of "
# (see _tells_whose)
_SHARES = frozenset("percent per % share proportion majority half third quarter".split())
_OF_A_COUNTED_GROUP = patterns.compile(r"\s+(?:[\w'\u2019-]+\s+){1,2}of\s+(?:the\s+)?",
                                       re.IGNORECASE)
_ANOTHER = patterns.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)
# a second count of the same people with its noun left out: "Three soldiers were killed and
# 12 wounded", "Four civilians died and nine were injured"
# (an outcome verb: "30,000 combat and civilian deaths and more than 1 million internally
# displaced persons" counts other people)
_GAPPED_GROUP = patterns.compile(r"\b(?:killed|died|dead|wounded|injured|hurt|kidnapped|"
                                 r"abducted|captured|arrested|missing|disappeared|displaced)"
                                 r"\s*,?\s+and\s+$", re.IGNORECASE)
_GROUP_STOP = frozenset(
    """were was are is have has had been be being will would who which that whom whose and or
    but in on at near during from to for with by after before including inside outside across
    into over under while as the a an this these those their its his her our of when where
    than then since until could should can may might must""".split()
)
_PRESENT_AFTER = patterns.compile(
    r"\s*(?:still\s+)?(?:hiding|hid|holed\s+up|entrenched|remain|remaining|remained|left|"
    r"stationed|deployed|gathered|massed|massing|to\s+defend|defending|fighting|inside|"
    r"are\s+still|were\s+still)\b",
    re.IGNORECASE,
)
_PRESENT_BEFORE = patterns.compile(
    r"(?:there\s+(?:are|were|is)\s+(?:still\s+)?|leaving\s+(?:only\s+)?(?:a\s+group\s+of\s+)?|"
    r"a\s+(?:force|group|contingent|army)\s+of\s+|estimated\s+)$",
    re.IGNORECASE,
)
_FIGHTERS = patterns.compile(
    r"\b(?:fighters|militants|troops|soldiers|jihadists|extremists|members|gunmen|insurgents|"
    r"rebels|forces|men|personnel|policemen|officers|combatants|mercenaries|recruits)\b",
    re.IGNORECASE,
)
# a force's fighters lost are its dead: "the army had lost 11 soldiers" (not "lost 3 seats")
_LOST_BEFORE = patterns.compile(r"\blost\s+$", re.IGNORECASE)
# people held by a state, whose release is no rescue: "freeing more than 500 inmates"
_IN_CUSTODY = frozenset("""prisoners prisoner inmates inmate detainees detainee convicts
    co-defendants defendants""".split())
# the dead as those who bury them count them: "We have buried 31 people" (not "buried under
# the rubble", who may live)
_BURIED_BEFORE = patterns.compile(r"\bburied\s+$", re.IGNORECASE)
# kin lost, as those who mourn them say it: "I lost my mother and my two brothers", "she lost
# her husband", "lost his wife and three children"
_OWNERS = frozenset("his her their my our your".split())
_OWNER_WORD = rf"(?:{'|'.join(sorted(_OWNERS))})"
_KIN_LOST_BEFORE = patterns.compile(
    rf"\blost\s+(?:{_OWNER_WORD}\s+)?(?:[a-z]+\s+(?:and|,)\s+(?:{_OWNER_WORD}\s+)?)?$",
    re.IGNORECASE)
_KIN_LOST = patterns.compile(rf"\blost\s+{_OWNER_WORD}\s+", re.IGNORECASE)
# ... told in the passive: "the three attackers had been “neutralised”"
_NEUTRALISED_AFTER = patterns.compile(
    r"\s+(?:(?:had|have|has)\s+been|were|was|are)\s+[\"\u201c']?"
    r"(?:neutrali[sz]ed|eliminated)\b", re.IGNORECASE)
# a force's word for the foes it killed: "Security forces neutralised 14 terrorists", "the
# army said it had eliminated 30 militants" (not "eliminated 30 checkpoints")
_NEUTRALISED_BEFORE = patterns.compile(  # the army's word quoted too: 'had “neutralised” 15'
    r"\b(?:neutrali[sz](?:ed|es?|ing)|eliminat(?:ed|es?|ing))[\"\u201d\u2019']?\s+$",
    re.IGNORECASE)
_FOES = patterns.compile(r"\b(?:terrorists|bandits|attackers|assailants|kidnappers|guerrillas|"
                         r"subversives|gangsters|criminals)\b", re.IGNORECASE)
# Nouns for units, time and physical things: a count of these is never a count of people.
_THINGS = frozenset(
    """kilometers kilometres km miles meters metres feet hours minutes days weeks months years
    percent times graves villages towns cities vehicles cars trucks buses buildings houses homes
    centers centres stations posts headquarters installations facilities departments
    provinces districts municipalities regions states countries
    shacks huts bridges roads towers pylons offices banks stores shops schools churches
    factories plants rockets missiles shells grenades rifles weapons guns mines bombs
    explosives dynamite sticks kilograms kg pounds tons airstrikes strikes raids attacks
    incidents operations sites positions fronts dollars euros pesos sols colones cordobas
    p.m a.m o'clock gmt utc hrs hectares acres barrels rounds cartridges shots bullets
    pages documents emails e-mails messages files records votes ballots seats delegates polls
    surveys nations
    bullet gunshot shrapnel stab weapon hand hands""".split()  # "TWO BULLET WOUNDS": no people
)
# animals, as the head of a group only: "cattle" are no victims, "cattle breeders" are
_ANIMALS = frozenset("""cattle livestock animals cows horses mules donkeys dogs sheep goats pigs
    chickens animal cow horse mule donkey dog goat pig chicken""".split())
# a toll told in the present perfect: "more than 3 million people have been displaced"
_HAS_TOLLED = (r"ha(?:ve|s)\s+(?:now\s+|so\s+far\s+|already\s+)?"
               r"(?:been\s+(?:killed|displaced|wounded|injured|uprooted)|died|fled)\b")
_CUMULATIVE = patterns.compile(
    # (not the figures of one event: "OFFICIAL FIGURES OF THE EXPLOSION NEAR THE DAS")
    rf"\b(?:(?:statistics|figures)(?!\s+(?:of|on|from|for)\s+(?:the|this|that|today's|"
    rf"yesterday's)\s+(?:[\w-]+\s+)?(?:explosion|attack|blast|bombing|strike|raid|ambush|"
    rf"massacre|shelling|assault))|monthly|per\s+month|so\s+far|in\s+total|a\s+total\s+of|"
    rf"since\s+(?:then\b|the\s+(?:start|beginning)|\d{{4}}|(?:\d{{1,2}}\s+)?(?:{MONTHS})|"
    rf"(?:{MONTH_ABBREVIATIONS})\.?\s+\d|it\s+"
    rf"(?:was|began|started)|(?:its|their)\s+(?:founding|creation|start))"
    rf"(?!\s*,?\s+when\b)|"  # (not "VACANT SINCE 1 AUGUST WHEN X WAS SHOT": one death recalled)
    rf"since\s+[^,.;]{{0,40}}?\b(?:was\s+founded|began|started|broke\s+out|seized\s+power|"
    rf"took\s+(?:power|office|control)|came\s+to\s+power|in\s+(?:(?:{MONTHS})\s+)?\d{{4}})|"
    # a period opened by a day: "At least 70 people have been killed since Friday"
    rf"since\s+(?:last\s+)?(?:{WEEKDAYS})\b|"
    # a period opened by an event: "Since the 2021 coup, security forces have killed"
    # ... or by whose event it was: "since Russia's full-scale invasion in February 2022"
    rf"since\s+(?:the|its|their|\w+['\u2019]s)\s+(?:\d{{4}}\s+)?(?:[\w-]+\s+)?"
    rf"(?:coup|war|invasion|"
    rf"takeover|uprising|revolution|offensive|conflict|insurgency|ceasefire|truce|election|"
    rf"crisis)\b|"
    rf"in\s+(?:less|more|fewer)\s+than\s+\S+\s+(?:days|weeks|months|years)|"
    rf"in\s+\d+\s+(?:years|months|decades)|(?:civil\s+)?war\s+(?:in\s+which|that\s+has)|"
    rf"[\w-]+-year(?:-long|-old)?\s+(?:war|conflict|insurgency)|during\s+(?:19|20)\d\d\b|"
    rf"(?:during|over|in)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?"
    rf"(?:days?|months?|years?|weeks?|decades?)|"
    # (not "in recent days", often the run-up to one event: "the events of recent days,
    # particularly the killing of 10 union members on Tuesday")
    rf"in\s+recent\s+(?:months|years|decades)|"
    # a situation report's period: "Over the reporting period, 3,400 people were displaced"
    rf"(?:over|during|in|for)\s+the\s+(?:current\s+|last\s+|previous\s+)?reporting\s+period|"
    # "in the first half of the year", "during the first nine months of 2024"
    rf"(?:in|during|over)\s+the\s+(?:first|second|third|last|final)\s+"
    rf"(?:half|quarter|(?:\w+\s+)?(?:months|weeks))\s+of\b|"
    # the whole war as the one who killed: "The war, which began in April 2023, has killed"
    rf"(?:war|conflict|insurgency|violence|fighting)\b[^.;:]{{0,80}}?\b(?:ha(?:s|ve)\s+"
    rf"(?:now\s+|so\s+far\s+|already\s+)?(?:killed|claimed|left|displaced|wounded)|"
    # ... and goes on killing: "A WAR THAT BEGAN WITH ... IS NOW TAKING THE LIVES OF HUNDREDS"
    rf"(?:is|are)\s+(?:now\s+|still\s+)?(?:taking|claiming|killing))|"
    # ... or where the dead have died: "THE NEARLY 100,000 SALVADORANS WHO HAVE DIED IN THE
    # STRUGGLE"
    rf"ha(?:ve|s)\s+(?:died|been\s+killed)\s+(?:in|during)\s+(?:the|this|that)\s+"
    rf"(?:[\w-]+\s+)?(?:war|conflict|struggle|insurgency|violence|fighting|siege)\b|"
    # ... or in a place, told in a clause about the place: "Palestinians in Gaza, where more
    # than 30,000 people have been killed"
    rf",\s+where\s+(?:[\w,'\u2019-]+\s+){{0,8}}?{_HAS_TOLLED}|"
    rf"(?<!earlier\s)(?<!later\s)this\s+(?:year|month)|for\s+(?:{MONTHS})|has\s+(?:lasted|raged)|"
    rf"(?:in|during)\s+(?:{MONTHS}|\d{{4}})\s+alone|"  # "IN OCTOBER ALONE, ... 200 LIVES"
    rf"(?:decades?|years|months|(?:a|one)\s+year)\s+of|"
    # "in separate attacks", "in 53 clashes" (not "in the clashes", which are this event's)
    rf"(?:in|during)\s+(?!(?:the|these|those|its|their)\b)\S+\s+"
    rf"(?:clashes|attacks|incidents|operations)|"
    rf"has\s+already\s+(?:claimed|killed|left)|"
    # a toll since an event told before: "Israel's military campaign has since killed"
    rf"ha(?:s|ve)\s+since\s+(?:killed|claimed|left|died|been\s+killed)|"
    rf"throughout\s+the\s+(?:country|war|conflict)|"
    # a group's whole history: "HAS CAUSED THE DEATH OF 20,000 PEOPLE ... OVER ITS 10 YEAR
    # HISTORY"
    rf"(?:over|in|during|throughout)\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?history\b|"
    # the whole of a war: "up to 600,000 people died during the war" (not "in the war", which
    # may tell one event of it)
    rf"(?:during|over\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:war|conflict|insurgency)\b|"
    # a reporting period: "Between 3 and 16 November", "between 7 October 2023 and 16 November"
    rf"between\s+(?:\d{{1,2}}\s+)?(?:(?:{MONTHS})\s+)?(?:\d{{1,2}},?\s+)?(?:\d{{4}}\s+)?and\s+"
    rf"(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}}))\b",
    re.IGNORECASE,
)
# casualties of nature and accidents are not casualties of armed violence
_NOT_ARMED = patterns.compile(
    r"\b(?:earthquakes?|quakes?|floods?|flooding|landslides?|hurricanes?|storms?|tsunami|"
    r"epidemics?|disease|traffic\s+accidents?|(?:road|car|plane|air|train)\s+(?:crash|accident)"
    r"|accidents?)\b",
    re.IGNORECASE,
)
_RELATED = patterns.compile(
    rf"\b(?:similar|previous\s+(?:attack|operation|offensive|assault|day|week)|"
    rf"earlier\s+(?:this|last)\s+(?:week|month)|last\s+(?:week|month)|"
    # "after militants killed 130 people in Paris last November", "ASSASSINATED LAST YEAR"
    rf"last\s+(?:year|spring|summer|autumn|fall|winter|{MONTHS})|"
    # (not "12 DAYS BEFORE THE MUNICIPAL ELECTIONS": a date told by what is to come)
    rf"(?:days?|weeks?)\s+(?:ago|earlier|before(?!\s+(?:the|a|an|its|their|his|her)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:elections?|vote|polls|summit|talks|meeting|visit|holidays?|"
    rf"deadline|inauguration)\b))|"
    rf"another\s+attack|"
    # an event recalled: "IT SHOULD BE RECALLED THAT IN 1980, FOUR U.S. NUNS ... WERE KILLED"
    rf"(?:be|is|was)\s+recalled\s+that|"
    # (hours before or after another event, not "hours ago": today's)
    rf"hours\s+(?:earlier|before)|"
    # an earlier event brought in: "The blast came a week after an attack on a hotel killed 12"
    rf"(?:days?|weeks?|months?)\s+after\s+(?:an|another)\s|"
    # the event a war began with: "1,200 people were killed in the attack that started the war"
    rf"(?:attacks?|assault|raids?|incursion|massacre|bombings?)\s+(?:that|which)\s+"
    rf"(?:started|began|sparked|triggered|ignited|set\s+off)\b|"
    # the event a time is known by, told after it: "the deadliest since December, when a
    # bombing killed the acting minister"
    rf"since\s+(?:(?:last\s+)?(?:{MONTHS})|\d{{4}}|last\s+(?:year|month|week))\s*,?\s+when\b|"
    # "In a separate incident on Wednesday, two police officers were killed"
    rf"(?:a|another)\s+separate\s+(?:incident|attack|ambush|bombing|strike|raid|clash)|"
    rf"on\s+(?:{MONTHS}|(?:{MONTH_ABBREVIATIONS})\.)\s+\d{{1,2}}|"
    # a month named without its day: "A strike on an apartment building in June killed nine"
    # (or with its year: "ASSASSINATED IN OCTOBER 1987")
    rf"in\s+(?:early\s+|late\s+|mid-)?(?:{MONTHS})(?!\s+\d{{1,2}}\b)|"
    # an event known by its date: "Hamas's October 7 attack, in which militants killed about
    # 1,200 people", "the 2006 war, in which more than 1,100 Lebanese were killed"
    # ... written day first as wire copy dates it: "THE 31 OCTOBER DYNAMITE ATTACK THAT LEFT 10
    # DEAD"
    rf"(?:(?:{MONTHS})\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+(?:{MONTHS})|(?:19|20)\d\d)\s+"
    rf"(?:terror(?:ist)?\s+|dynamite\s+|car[\s-]bomb\s+|bomb\s+|suicide\s+)?"
    rf"(?:attacks?|massacres?|assault|bombings?|raids?|incursion|invasion|uprising|war|"
    rf"conflict|genocide|offensive))\b",
    re.IGNORECASE,
)
# a superlative and what it ranks the event among: "one of the deadliest attacks on security
# forces this year", "the worst violence in the city in two years"
_SUPERLATIVE = patterns.compile(
    r"\b(?:one\s+of\s+)?the\s+(?:deadliest|worst|bloodiest|biggest|largest|heaviest|fiercest|"
    r"most\s+(?:serious|violent|lethal|intense|severe))\b[^,.;:]{0,80}", re.IGNORECASE)
_INCIDENT_WORDS = patterns.compile(
    r"\b(?:car\s+bomb|VBIED|suicide\s+(?:bomb|bomber|bombing|attack)|IED|roadside\s+bomb|"
    r"explosion|ambush)",
    re.IGNORECASE,
)


def _incident_key(match: re.Match[str]) -> str:
    """An incident word as compared between sentences: "CAR  BOMB" and "car bomb" are one,
    and so are "suicide bomber" and "suicide bombing" (the bomber's deed)."""
    return re.sub(r"bomb(?:er|ing)$", "bomb", " ".join(match.group().lower().split()))


# a count whose noun is the outcome itself: "one unfortunate death", "two serious injuries"
_HEAD_OUTCOMES = {"death": "killed", "deaths": "killed", "fatality": "killed",
                  "fatalities": "killed", "injury": "injured", "injuries": "injured",
                  "bodies": "killed", "corpses": "killed"}
_HOW = patterns.compile(r"\bhow\s+$", re.IGNORECASE)


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


# when, not who, at the end of the words after a count (they stay in its span, which the
# outcome after them is read from)
_TIME_AT_END = TIME_WORDS | TIME_UNITS | {"so", "far", "now", "ago", "last", "past", "this",
                                          "next"}


def _group_after(text: str, pos: int, limit: int, upper: bool = False) -> tuple[str, int] | None:
    """The affected group written after a count ("Peshmerga fighters", "Islamic State
    members") and where it ends; it stops at the verb, a preposition or punctuation. In an
    upper-case article every word is capitalised, so function words are known by spelling."""
    words: list[str] = []
    end = pos
    # "two of his bodyguards": the group after the owner
    lead = re.match(r"[\"'\u201d\u2019]?\s*(?:of\s+(?:(?:his|her|their|its)\s+)?)?",
                    text[pos:limit], re.IGNORECASE)
    cursor = pos + (lead.end() if lead else 0)
    gloss = False  # inside an editor's brackets opened after the count: "UCA [CENTRAL ...]"
    for match in re.finditer(r"\S+", text[cursor:limit]):
        at = cursor + match.start()
        if gloss or (words and match.group().startswith("[")):
            gloss = "]" not in match.group()
            if not gloss:
                # what follows reads on from the gloss's end: "10 OTHER PEOPLE [NOT FURTHER
                # IDENTIFIED] WERE ALSO INJURED"
                end = at + len(match.group())
            continue
        if ((_OUTCOME_AFTER.match(text, at, limit) or _PRESENT_AFTER.match(text, at, limit))
                and not (words and re.search(r"['\u2019]s?$", words[-1]))):
            break  # (after an owner it describes the owned: "2,093 of Clinton's released emails")
        if words and match.group().startswith("("):
            break  # "eight other people (three soldiers and ...)": an aside, not the group
        word = match.group().strip("\"'\u201c\u201d\u2018\u2019()[]")
        # (a quote mark closes before the sentence's stop: '30 "crusaders".')
        bare = word if _INITIALISM.match(word) else word.rstrip(".,;:!?").rstrip(
            "\"'\u201d\u2019")
        low = bare.lower()
        lower_case = bare == low or upper
        if (not bare or not any(c.isalnum() for c in bare)
                or (lower_case and (low in _GROUP_STOP or low.endswith("ing")))):
            break
        if (words and lower_case and (low.endswith("ed") or low in IRREGULAR_PAST)
                and (looks_plural(words[-1], upper) or words[-1].lower() in _PLURAL_HEADS)):
            break  # "two maids followed orders", "three men got them drunk": the verb after it
        words.append(bare)
        end = at + match.group().index(bare) + len(bare)
        if bare != word or len(words) == 6 or "]" in match.group():
            break  # punctuation, or the close of brackets the count is in: "[OF SIX PRIESTS]"
    while len(words) > 1 and words[-1].lower() in _TIME_AT_END:
        words.pop()  # "SIX JESUIT PRIESTS THURSDAY", "PERUVIAN SO FAR": the group before it
    return (" ".join(words), end) if words else None


SINGLE = "single victim"
_SINGLE_KILLED = ("killed|murdered|assassinated|slain|shot\\s+dead|shot\\s+and\\s+killed|"
                  "gunned\\s+down|beheaded|"
                  "lynched|shot\\s+to\\s+death|stabbed\\s+to\\s+death|beaten\\s+to\\s+death|"
                  "burned\\s+to\\s+death|found\\s+dead")
# "was shot" (not "shot dead", "shot to death", "shot down", "shot at"): hit, so at least
# injured, and killed when "and died" follows
_SINGLE_OUTCOMES = {"killed": _SINGLE_KILLED,
                    "injured": "injured|wounded|hurt|"
                               "shot(?!\\s+(?:dead|to\\s+death|down|at|and\\s+killed)\\b)",
                    "captured": "kidnapped|abducted|arrested|detained|taken\\s+hostage"}
# words in -ly that are no adverb before a victim's verb: nouns and names ("the family",
# "EMILY"), and adverbs that deny the outcome ("WAS NEARLY LYNCHED")
_NOT_ADVERBS = LY_NOUNS | frozenset("""italy july emily kelly holly molly sally billy reilly
    daly beverly shelly nearly narrowly barely hardly""".split())
_ADVERB = (r"(?:(?:also|later|then|"
           # any other adverb in -ly, in the case of the text ("he unfortunately died")
           rf"(?!(?i:{'|'.join(sorted(_NOT_ADVERBS))})\b)"
           r"(?-i:[a-z]{2,}ly|[A-Z]{2,}LY))\s+)?")
# "X was shot dead", "X is seriously injured", "a peasant woman died": a singular subject of a
# passive outcome verb (or of "died") is one victim
# the outcome verbs of one victim, each as a named group ("killed", "injured", "captured")
_OUTCOME_GROUPS = "|".join(f"(?P<{k}>{v})" for k, v in _SINGLE_OUTCOMES.items())
_SINGULAR_PASSIVE = patterns.compile(
    rf"\b(?:(?:was|is|has\s+been|had\s+been)\s+{_ADVERB}(?:{_OUTCOME_GROUPS})"
    # "IT HAS OFFICIALLY DIED", "the officer later died"
    rf"|(?P<died>{_ADVERB}(?:(?:has|had)\s+(?:[a-z]+ly\s+)?)?"
    r"(?:died|passed\s+away|succumbed\s+to\s+(?:his\s+|her\s+)?(?:injuries|wounds)))"
    # "A CHILD WAS AMONG THE DEAD", "the driver was among those wounded"
    r"|(?:was|is)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:(?P<among_dead>dead|killed|"
    r"fatalities)|(?P<among_hurt>wounded|injured|hurt)))\b",
    re.IGNORECASE,
)
# "X and Y were wounded": two people named one by one, one victim each
_PLURAL_PASSIVE = patterns.compile(rf"\b(?:(?:were|are|have\s+been|had\s+been)\s+{_ADVERB}"
                                   rf"(?:{_OUTCOME_GROUPS})|(?P<died>{_ADVERB}(?:died|"
                                   rf"passed\s+away)))\b",
                                   re.IGNORECASE)
# words that open the clause a victim is the subject of: a conjunction or a reporting verb
# ("callers say the official has been killed", "THE REPORT INDICATES X AND Y WERE ABDUCTED")
_CLAUSE_OPENERS = (r"but|when|after|while|where|as|that|which|whom|whose|because|since|before|"
                   r"then|says?|said|reports?|reported|claims?|claimed|confirms?|confirmed|"
                   r"announced|added|states|stated|indicates?|indicated")
# the subject of "X and Y were wounded" begins after punctuation or such a word ("and" joins
# the pair itself)
_BEFORE_PAIR = patterns.compile(rf".*(?:[,;:(]|\s--\s|\b(?:{_CLAUSE_OPENERS})\s)",
                                re.IGNORECASE | re.DOTALL)
# "the driver was killed and his bodyguard wounded": a second victim with the verb left out
_GAPPED = patterns.compile(rf"\s+and\s+((?:[\w'\u2019.-]+\s+){{0,3}}?[\w'\u2019.-]+)\s+{_ADVERB}"
                           rf"(?:{_OUTCOME_GROUPS})\b(?!\s+(?:by|in|at)\b)", re.IGNORECASE)
# "killed a Colombian", "murdered Ignacio Ellacuria", "wounding a woman", "murdered, at
# gunpoint, a soldier": an outcome verb with one victim as object
_SINGULAR_ACTIVE = patterns.compile(  # not part of a compound ("the job-killing TPP")
    r"(?<![\w-])(?:(?P<killed>killed|murdered|assassinated|shot\s+dead|gunned\s+down|beheaded|"
    r"killing|murdering|assassinating)|(?P<injured>wounded|injured|wounding|injuring)|"
    r"(?P<captured>kidnapped|abducted|kidnapping|abducting))(?:\s*,[^,;.]{1,30},)?\s+",
    re.IGNORECASE)
# no object follows the verb in a passive ("was killed by", "was not injured by": the victim
# is its subject) or after a plural determiner, where it is a participle ("all those killed
# belonged to")
_NOT_ACTIVE = patterns.compile(
    rf"\b(?:(?:was|were|been|being|is|are|be|get|got)\s+(?:not\s+|never\s+)?"
    rf"|(?:those|these|all)\s+){_ADVERB}$", re.IGNORECASE)
# an outcome word after an article is an adjective: "the wounded man", "THE MURDERED INSPECTOR"
# ("a wounded candidate" may be a figure of speech; "the murdering battalions" killed)
_ATTRIBUTIVE = patterns.compile(rf"\b(the|a|an)\s+{_ADVERB}$", re.IGNORECASE)
# the worse outcome that followed: "was shot six times and died on the spot", "were
# kidnapped and later killed", "were abducted and subsequently murdered" (the adverb or the
# auxiliary tells it from one count of the dead and the wounded: "killed and wounded 40")
_THEN_DIED = patterns.compile(
    r"[^.;]{0,40}?\band\s+(?:later\s+)?died\b"
    r"|\s+and\s+(?:(?:later|subsequently|then|eventually|afterwards)\s+(?:(?:was|were)\s+)?"
    r"|(?:was|were)\s+(?:later\s+)?)"
    r"(?:killed|murdered|executed|assassinated|slain|shot\s+dead|beheaded|died)\b",
    re.IGNORECASE)
# "the murder of Luis Carlos Galan", "the murders of X, Y and Z": a noun of the outcome with
# its victims after "of"; a plural noun needs a list of them ("the killings of civilians" is
# no count of one)
_OUTCOME_NOUN = patterns.compile(
    r"\b(?:(?P<killed>murder|assassination|killing|execution|death"
    # "attacks that claimed the lives of X, Y, and Z"
    r"|(?:claimed|claiming|claims|took|taking|takes|cost|costing|costs)\s+the\s+li(?:fe|ve(?=s)))|"
    r"(?P<captured>kidnapping|abduction)|(?P<injured>injury|injurie(?=s)|wounding))(?P<plural>s)?"
    # when or where, between the noun and its victim: "the assassination in February of
    # General X", "the murder in Guatemala of", "the killings during the past 72 hours of"
    rf"(?:\s+(?:in|on)\s+(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})(?:\s+\d{{1,4}})?|"
    r"(?!(?:the|a|an|this|that|their|his|her|its)\b)[^\W\d]+)"
    r"|\s+(?:during|over|in)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:hours|days|weeks|months))?"
    r"\s+of\s+",
    re.IGNORECASE)
# the outcome's victims named after it: "THE INJURED WERE 19-YEAR-OLD ROBINSON RAMIREZ, ...",
# "The dead include Mayor X"
_THE_OUTCOME_WERE = patterns.compile(
    # ("THE OTHER PERSON KILLED WAS A COLOMBIAN", "one of the persons killed was")
    r"\b(?:the|those)\s+(?:other\s+)?(?:(?:persons?|people|victims?)\s+)?"
    r"(?:(?P<injured>injured|wounded)|(?P<killed>dead|killed))\s+"
    # the noun the outcome describes: "THE WOUNDED REPORTERS ARE CAMERAMAN MANUEL DIAZ AND ..."
    r"(?:(?!(?:were|are|was|is|include|included|includes)\b)[a-z-]+\s+)?"
    # ("Among the dead was a baby": one victim after the verb)
    r"(?:were|are|was|is|include|included|includes)\s+", re.IGNORECASE)
# an age before a name, no part of it: "19-YEAR-OLD ROBINSON RAMIREZ", "a 4-month-old baby"
_AGE_BEFORE_NAME = patterns.compile(r"\d{1,3}-(?:year|month|week|day)-old\s+", re.IGNORECASE)
# between the victims of a list: "X, Y, and Z", "X and of Y"
_LIST_JOINT = patterns.compile(r"\s*,\s*(?:and\s+)?(?:of\s+)?|\s+and\s+(?:of\s+)?",
                               re.IGNORECASE)
# a plural verb right after a list: the list is its subject
_PLURAL_VERB = patterns.compile(r"\s+(?:were|are|have)\b", re.IGNORECASE)
_SINGULAR_VERB = patterns.compile(r"\s+(?:was|is|has)\b", re.IGNORECASE)
# a possessive opening a list's victim: "and her daughter"
_OWNER = patterns.compile(r"(?:his|her|their|its)\s+(?=[^\W\d])", re.IGNORECASE)
# a title shared by two roles of one person: "Senator and presidential candidate X"
_TITLE_AND = patterns.compile(r"([^\W\d]+)\s+and\s+", re.IGNORECASE)
# a gerund after a determiner is a noun: "the (mass) kidnapping took place", not ", killing X"
_NOUN_GERUND = patterns.compile(r"\b(?:the|a|an|this|that|its|his|her|their|another)\s+"
                                r"(?:(?!(?:of|by|for|in|on|at|to|with|from)\b)[\w-]+\s+){0,2}$",
                                re.IGNORECASE)
# "Luis Carlos Galan's murder": the one before the possessive is the victim; "the army's
# killing of protesters" names the killer
_POSSESSIVE_NOUN = patterns.compile(
    r"['\u2019]s?\s+(?:(?P<killed>murder|assassination|killing|death)|"
    r"(?P<captured>kidnapping|abduction))(?=\s*(?:[,.;:)]|$)|\s+(?:and|also|in|on|at|was|is|"
    r"has|had|have|remains|last|this|during|for|to|from|with|by)\b)", re.IGNORECASE)
_ATTEMPT = patterns.compile(r"\b(?:attempt(?:ed|s)?|plot(?:ted)?|planned|plan|threat(?:s|ened)?|"
                            r"order(?:ed)?|trying|tried|possible|feared|rumou?red)\b[^.;]{0,12}$",
                            re.IGNORECASE)
# a condition, not an event: "someone who believed if he killed the President ..."
_CONDITION = patterns.compile(r"\b(?:if|unless)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE)
# appositives between a subject and its verb: ", 45, a former mayor of Medellin,", "(45)",
# ", 21, a member of the civil patrols (PAC),", ", THE PATRIOTIC UNION (UP) CANDIDATE,",
# ", AMBASSADOR TO SPAIN ..., WHICH BEGAN IN 1986,"; only the one closing the subject, so "ON
# 5 JANUARY, CARLOS JULIO TORRADO, MAYOR OF ABREGO," keeps its name (and never a dateline's
# "(AFP) -- [TEXT]")
_APPOSITIVES = patterns.compile(r"(?<=[\w)])(?:(?:\s*,\s*\d{1,3})?\s*,\s*"
                                r"(?:(?!--)[^,;:()\[\]]|\([^()]{1,20}\)|\[[^\[\]]{1,60}\]){1,80}"
                                r"(?:\s*,\s*(?i:who|which|whose)\b[^,;:()]{1,80})?,"
                                # an age and a long relative clause: ", 72, WHO WAS WORKING AT THE
                                # ... STATION ON LA REFORMA STREET AT THE TIME OF THE EXPLOSION,"
                                r"|\s*,\s*\d{1,3}\s*,\s*(?i:who|whose)\b[^,;:()]{1,160},"
                                r"|\s*\([^()]{1,80}\))\s*$")
# where the victim's clause begins: after punctuation (not a number's comma), "and", a clause
# opener or another reporting verb
_SUBJECT_CUT = patterns.compile(
    rf".*(?:(?<!\d),|[;:(]|\s--\s|\]\s|\b(?:and|{_CLAUSE_OPENERS})\s)",
    re.IGNORECASE | re.DOTALL)
_NOT_A_VICTIM = frozenset("""he she it they we i you who which that this what there here one
    nobody no-one none someone anyone everyone something anything everything attack plan
    bill case house building car vehicle bomb device photo picture image portrait statue
    announcement news memory legacy funeral""".split())
# determiners that deny the noun after them: "no soldier", "not a single person", "neither man"
# determiners that deny their noun, or leave open whether there is one ("denied that any of
# its soldiers had been killed")
_DENYING = frozenset("no not neither nor never any".split())
# events and things, never part of a person's name phrase (unlike "bill", a given name too)
_THINGS_BEFORE_NAME = frozenset("attack case bomb device car vehicle building plan".split())
# kin, whose "of" names another person ("the mother of Trayvon Martin") and whom a "her"
# before them owns ("injured her mother": not "her" herself)
_KIN = frozenset("""mother father son daughter wife husband brother sister widow widower
    family parents relatives child baby infant grandson granddaughter grandchild grandmother
    grandfather nephew niece cousin uncle aunt stepson stepdaughter fiance fiancee""".split())
# those who go with someone, as owned by them: "the mayor and his bodyguard"
_ATTENDANTS = frozenset("""driver chauffeur bodyguard guard escort assistant companion friend
    neighbour neighbor colleague secretary""".split())
_KIN_GROUPS = frozenset("family parents relatives".split())  # kin, but never one person
_VICTIM_STOP = frozenset("""and or but in on at near during from to for with by after before
    while as who which that when where was were is are had has have led caused said today
    yesterday tonight last this early late there here him her them himself herself
    themselves us me because since although if so not do does did will would can could may
    might must should shall abroad overseas nationwide worldwide also still already
    about without against despite like unlike than into onto over under upon within among
    amid beyond toward towards inside outside behind beside across around throughout
    whose cannot can't cant won't wouldn't couldn't shouldn't mustn't isn't aren't wasn't
    weren't hasn't haven't hadn't doesn't didn't don't remains remained""".split())
# plural or collective heads without a plural spelling: "the killing of people" is no count of 1
_PLURAL_HEADS = frozenset("""people men women children police personnel crew crews family
    staff population militia clergy youth
    number lot lots handful host group couple dozens scores hundreds thousands majority
    crowd""".split())  # and quantities: "A LARGE NUMBER OF PEOPLE APPARENTLY DIED"


def _victim_after(text: str, pos: int, limit: int, upper: bool) -> tuple[int, int] | None:
    """The victim named after "the murder of": a name or a singular noun phrase of up to six
    words (its own appositive after a comma is left out)."""
    end = _phrase_end(text, pos, limit, upper)
    if end is None or text[pos] in "\"'\u201c\u2018" or not _is_one_victim(text[pos:end], upper):
        return None  # "INJURED "DESERVE NO MERCY"": a quotation opens no name
    return pos, end


def _listed_victims(text: str, pos: int, limit: int, upper: bool, plural: bool,
                    victims_only: bool = False) -> list[tuple[int, int]]:
    """Each victim of a list after an outcome noun ("the murders of X, Y, and of Z"), or the
    one victim as `_victim_after` reads it. Without an "and" the phrases after commas describe
    the first ("the murder of X, a judge, in Cali"), so only it counts, and a plural noun
    needs a list ("the killings of civilians" counts no one). A victim after the first must
    be named or be a person by its noun ("another judge", "her daughter"), so "the murder of
    X and the attack on Y" adds no attack; where the list can hold only victims
    (`victims_only`: "The dead included two children and a nurse"), any one described
    counts."""
    items: list[tuple[int, int]] = []
    at, joined, listed = pos, False, False
    while len(items) < 12:
        begin = at
        shared = _TITLE_AND.match(text, at, limit)
        if shared and shared.group(1).lower() in TITLES:
            at = shared.end()  # "senator and presidential candidate X" is one person
        owner = _OWNER.match(text, at, limit) if items else None
        if owner:
            at = owner.end()  # "and her daughter"
        end = _phrase_end(text, at, limit, upper)
        if end is None:
            break
        if owner:
            end = _owned_end(text, at, end, upper)
        items.append((begin, end))
        listed = joined  # a list needs a conjunct after its "and"
        joint = _LIST_JOINT.match(text, end, limit)
        if joint is None or joined:
            break
        joined = "and" in joint.group().lower()
        at = joint.end()
    after = text[items[-1][1]:limit] if items else ""
    if listed and re.match(r"\s+and\b", after, re.IGNORECASE):
        listed = False  # "political and labor leaders and ...": not a list of victims
    if listed and not plural and _PLURAL_VERB.match(after):
        listed = False  # "after the death of X, Y and Z were on the move": a new subject
    if not listed:
        items = items[:1]
    elif _plural_phrase(text[slice(*items[-1])], upper):
        # "the kidnappings of political, student, and labor leaders": adjectives of one noun
        items = [span for span in items[:-1] if len(text[slice(*span)].split()) > 1]
    if plural and len(items) < 2:
        return []
    first = items[:1] if items and _is_one_victim(text[slice(*items[0])], upper) else []
    return first + [span for span in items[1:] if _names_a_person(text[slice(*span)], upper)
                    or victims_only and _is_one_victim(text[slice(*span)], upper)
                    and _is_described_one(text[slice(*span)])]


def _owned_end(text: str, start: int, end: int, upper: bool) -> int:
    """Where "her daughter" ends in "and her daughter shocked the town": the noun after the
    possessive, and a name after it ("his companion Gilda Flores"), not a verb."""
    words = list(re.finditer(r"\S+", text[start:end]))
    kept = 1
    for word in words[1:]:
        w = word.group()
        if (re.search(r"(?:ED|ING)$", w) if upper else not w[:1].isupper()):
            break
        kept += 1
    return start + words[kept - 1].end()


# determiners of more than one or of none: "all those involved", "other cooperativists"
_QUANTIFIED = DETERMINERS - {"a", "an", "the", "another", "his", "her", "their", "its", "this",
                             "that"}


def _names_a_person(phrase: str, upper: bool) -> bool:
    """A name ("BERNARDO JARAMILLO OSSA", "Colonel X", "his companion Gilda Flores"), or a
    phrase whose noun is a person's role or kin ("the police commander", "her daughter"). Not
    a pronoun, a plural, a body, a bare title ("Dr."), another event ("the kidnapping of the
    mayor") or a role set off after a name ("X, director of El Espectador, and Y")."""
    words = [w.strip(".,") for w in phrase.split()]
    lowered = [w.lower() for w in words]
    if (not _is_one_victim(phrase, upper) or lowered[0] in _QUANTIFIED
            or all(w in TITLES for w in lowered) or is_time_phrase(words)
            or lowered[0] in DISCOURSE):
        return False  # "(last) night, X and Y were shot", "meanwhile, X, Y and Z"
    if "of" in lowered[1:]:
        head = lowered[lowered.index("of", 1) - 1]
        if lowered[0] in TITLES or not (head in TITLES or from_description(head)):
            return False
    if any(w in TITLES for w in lowered) or from_description(phrase.lower()):
        return True  # "the Antioquia police commander"
    if _is_one_kin(lowered[-1]):
        return True  # "a woman and her baby"
    if lowered[0] in ("his", "her", "their") and (lowered[-1] in _ATTENDANTS
                                                  or is_role(lowered[-1])):
        return True  # "a senior Hezbollah commander and his driver"
    if any(w in ORG_WORDS for w in lowered):
        return False
    if upper:  # a name: no function word or verb form, after a possessive only with its noun
        own = 2 if lowered[0] in ("his", "her", "their", "its") else 0
        rest = lowered[own:]
        return (len(rest) >= (2 if own else 1)
                and not any(w in NOT_NAME_START or w in _VICTIM_STOP or w.endswith("ing")
                            for w in rest))
    return looks_like_person(phrase, titled=True) or looks_like_person(" ".join(words[-2:]))


# an editor's note in brackets, closed or cut off, ending a phrase
_CLOSING_NOTE = patterns.compile(r"(?<=\S)\s*\[[^\[\]]*\]?$")


# a lower-case past or third-person present: the verb after a name ("Mayor Diana Cordoba
# shocked", "Hezbollah confirmed Aqil's death")
_VERB_FORM = patterns.compile(r"[a-z]+(?:ed|s)")


def _phrase_end(text: str, pos: int, limit: int, upper: bool) -> int | None:
    """Where a noun phrase of up to six words after `pos` ends: at punctuation, a function
    word, or (in mixed case) the verb after a name. An editor's note in brackets closing the
    phrase is none of it ("PEOPLE [WORDS INDISTINCT]"); one inside a name is ("MONSIGNOR [OSCAR
    ARNULFO] ROMERO")."""
    words = list(re.finditer(r"[^\s,;:()\"?!]+?(?=\.?(?:[\s,;:()\"?!]|$))", text[pos:limit]))
    end, counted = None, 0
    for i, word in enumerate(words):
        w = word.group()
        if w == "." and i and (words[i - 1].group().lower() in TITLES
                               or "." in words[i - 1].group()):
            continue  # a title's or an initialism's full stop: "Sgt. Ana Lopez", "A U.S. STUDENT"
        counted += 1
        if counted > 6:
            break
        if not any(c.isalnum() for c in w):
            break
        if i and text[pos + words[i - 1].end():pos + word.start()].strip():
            break  # punctuation ends the phrase
        if w.lower() in _VICTIM_STOP and not (
                i == 0 and w.lower() == "her" and len(words) > 1
                and words[1].group().lower() in _KIN):
            break  # (not "her" owning the victim: "injured her mother")
        if i and w.lower() in ("the", "a", "an") and words[i - 1].group().lower() != "of":
            break  # another phrase: "AFTER MURDERING CASTILLO THE ATTACKERS JUMPED"
        if (not upper and i > 1 and w[:1].islower() and _VERB_FORM.fullmatch(w)
                and all(p.group()[:1].isupper() for p in words[i - 2:i])):
            break  # a name ends at the verb after it ("Mayor Diana Cordoba shocked the town")
        end = pos + word.end()
    note = _CLOSING_NOTE.search(text, pos, end) if end is not None else None
    return note.start() if note else end


def _victim_before(text: str, pos: int, floor: int, upper: bool) -> tuple[int, int] | None:
    """The victim named right before `pos` ("Luis Carlos Galan" in "Luis Carlos Galan's
    murder", "Justice Maria Elena Diaz" in "..., who was shot"): up to six words back, to a
    punctuation mark or a function word."""
    words = list(re.finditer(r"[^\s,;:()\"?!]+", text[floor:pos]))
    start = None
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        word = words[i]
        if text[floor + word.end():floor + (words[i + 1].start() if i + 1 < len(words)
                                             else pos - floor)].strip():
            break  # punctuation ends the phrase
        if word.group().lower() in _VICTIM_STOP:
            if (word.group().lower() == "her" and start is not None
                    and text[start:pos].split()[-1].lower() in _KIN):
                start = floor + word.start()  # "her husband": "her" owns the kin after it
            break
        if (word.group().lower() == "of" and i > 0
                and (words[i - 1].group().lower() in _NOT_A_VICTIM
                     or not upper and start is not None and _person_after_of(
                         words[i - 1].group(), text[start:pos].strip()))):
            # "THE CASE OF JUSTO PASTOR ESCOBAR, WHO WAS ASSASSINATED", "Sybrina Fulton, the
            # mother of Trayvon Martin, who was fatally shot": the person after "of"
            break
        if word.group().lower() in _THINGS_BEFORE_NAME:
            break  # "AS A RESULT OF THE ATTACK QUISPE, ISIDORO SAUNE, AND ...": after it
        if (not upper and i > 0 and _VERB_FORM.fullmatch(word.group())
                and words[i - 1].group()[:1].isupper()):
            break  # the verb after a name: "Hezbollah confirmed Aqil's death"
        start = floor + word.start()
    lead = _OF_FIRST.match(text, start, pos) if start is not None else None
    if lead:  # six words back ended on "of": "the death of unarmed black teenager X, who"
        start = lead.end()
    if start is None or start >= pos or not _is_one_victim(text[start:pos], upper):
        return None
    return start, pos


# a phrase read back from a victim's verb that stops on "of", and quotation marks (quoted words
# name no victim)
_OF_FIRST = patterns.compile(r"of\s+", re.IGNORECASE)
_QUOTED = patterns.compile(r"[\"\u201c\u201d]|''")
# a phrase of degree after a verb: "a lot", "a bit", "a little", "a great deal"
_DEGREE = patterns.compile(r"an?\s+(?:lot|bit|little|great\s+deal|good\s+deal)\b", re.IGNORECASE)


def _person_after_of(head: str, name: str) -> bool:
    """Whether "HEAD of NAME, who ..." means NAME: a person's full name after a relative's
    or anyone's noun ("the family of Ronald Johnson III"), not a firm ("the chairman of Bear
    Stearns")."""
    return looks_like_person(name) and (head.lower() in _KIN
                                        or is_given_name(name.split()[0]))


def _one_victim_count(text: str, a: int, b: int) -> Count:
    """A victim named without a number, text[a:b], as a count of one."""
    return Count(text[a:b], a, b, "exact", 1, 1, SINGLE)


def _is_one_victim(phrase: str, upper: bool) -> bool:
    """A name or a singular noun phrase, not a pronoun, a plural or "the" + a common noun
    other than a role ("the mayor", "the village chief" are one person each)."""
    first = phrase.split()[0].lower()
    if first in _NOT_A_VICTIM or first in _DENYING or first in DISCOURSE or _QUOTED.search(
            phrase):
        return False  # "Nonetheless", "No soldier was killed", words quoted ('her “mind is shot”')
    if _DEGREE.match(phrase):
        return False  # "making killing a lot easier": how much, not whom
    named = upper or any(w[:1].isupper() for w in phrase.split())
    if not named and first not in ("a", "an", "the", "his", "her", "their", "its"):
        return False
    role = phrase.split()[-1].lower() in TITLES
    return not (_plural_phrase(phrase, upper)
                or first in ("the", "their") and not named and not role)


def single_victims(text: str, segments: Segments, counts: list[Count], upper: bool
                   ) -> dict[Count, tuple[str, str]]:
    """Victims named one at a time, as a count of one: the subject of a passive ("Mayor X was
    shot dead", "a soldier was wounded", "X, who was shot to death"), the object of an outcome
    verb ("killed a Colombian", ", wounding a woman"), after an outcome noun ("the
    assassination of Luis Carlos Galan") or before one ("Galan's murder"). A victim that is a
    pronoun, holds a count phrase, or names a thing is left out, and so is an attempt ("the
    attempted murder of")."""
    found: dict[Count, tuple[str, str]] = {}
    starts = [c.start for c in counts]

    def has_count(a: int, b: int) -> bool:
        k = bisect_left(starts, a)
        return k < len(starts) and starts[k] < b

    def add(a: int, b: int, outcome: str) -> None:
        if not _is_thing(text[a:b]):  # "killed cattle": no person
            found[_one_victim_count(text, a, b)] = (outcome, text[a:b])

    def add_gapped(after: int, sentence: Span) -> None:
        gapped = _GAPPED.match(text, after, sentence.end)
        if gapped and _is_one_victim(gapped.group(1), upper) and not has_count(*gapped.span(1)):
            add(*gapped.span(1), _outcome_of_group(gapped))

    for sentence in segments.sentences:
        for match in _SINGULAR_PASSIVE.finditer(text, sentence.start, sentence.end):
            victim = _passive_victim(text, sentence, match, upper, has_count)
            if victim is not None:
                add(*victim)
                add_gapped(match.end(), sentence)
        for match in _PLURAL_PASSIVE.finditer(text, sentence.start, sentence.end):
            for a, b in _named_subjects(text, sentence, match.start(), upper, has_count):
                add(a, b, _final_outcome(text, _outcome_of_group(match), match.end(),
                                         sentence.end))
        # "the murder of X" unless attempted; "killed X" unless passive ("was killed by")
        for match in _OUTCOME_NOUN.finditer(text, sentence.start, sentence.end):
            if _ATTEMPT.search(text, sentence.start, match.start()):
                continue
            for span in _listed_victims(text, match.end(), sentence.end, upper,
                                        bool(match.group("plural"))):
                if not has_count(*span):
                    add(*span, _outcome_of_group(match))
        listing = []  # the lists read, whose outcome word is no verb before a victim
        for match in _THE_OUTCOME_WERE.finditer(text, sentence.start, sentence.end):
            following = re.match(r"\w+", text[match.end():sentence.end])
            if following is None or following.group().lower().endswith(("ed", "en", "ing")) or (
                    following.group().lower() in IRREGULAR_PAST):
                continue  # "THE WOUNDED WERE TAKEN TO", "the dead were brought": a passive
                # ("ALL THE INJURED SAILORS ARE GETTING MEDICAL ATTENTION": what they do)
            listed = _listed_victims(text, match.end(), sentence.end, upper, False, True)
            if listed:
                listing.append(match)
            for a, b in listed:
                age = _AGE_BEFORE_NAME.match(text, a, b)
                a = age.end() if age else a
                if not has_count(a, b):
                    add(a, b, "injured" if match.group("injured") else "killed")
        for match in _SINGULAR_ACTIVE.finditer(text, sentence.start, sentence.end):
            if (_NOT_ACTIVE.search(text, sentence.start, match.start())
                    or _CONDITION.search(text, sentence.start, match.start())
                    or any(m.start() < match.start() < m.end() for m in listing)):
                continue  # "THE WOUNDED INCLUDE A CHILD": a noun and its verb, not "wounded X"
            if not upper and match.group()[:1].isupper() and match.start() > sentence.start:
                continue  # a capital inside the sentence: a name ("the Wounded Warriors")
            attributive = _ATTRIBUTIVE.search(text, sentence.start, match.start())
            if attributive is not None:
                # "the wounded man", "THE MURDERED INSPECTOR": one person, named by the noun
                # the adjective goes with, if a past participle tells what befell them
                outcome = next(k for k in ("killed", "injured", "captured")
                               if match.groupdict().get(k))
                head = (_attributed_head(text, match.end(), sentence.end, upper)
                        if match.group().split()[0].lower().endswith("ed") and not (
                            outcome == "injured" and attributive.group(1).lower() != "the")
                        else None)
                if head is not None and not has_count(*head):
                    add(*head, outcome)
                continue
            verb = match.group().split()[0].rstrip(",").lower()
            if verb.endswith("ing") and _NOUN_GERUND.search(text, sentence.start, match.start()):
                continue  # "the mass kidnapping took place": a noun, not a verb
            # a list of victims as the verb's object: "killed Ahmed Saleh, his wife and
            # their two sons" (each one named; the sons are a count of their own). Not in
            # capitals, where a second verb cannot be told from a name ("KILLED X AND
            # WOUNDED Y")
            if upper:
                one = _victim_after(text, match.end(), sentence.end, upper)
                spans = [one] if one is not None else []
            else:
                spans = _listed_victims(text, match.end(), sentence.end, upper, False)
            if (spans and spans[-1][0] > match.end() + 1
                    and _SINGULAR_VERB.match(text, spans[-1][1], sentence.end)):
                spans.pop()  # "killed 11 soldiers and a policeman was wounded": its own clause
            for a, b in spans:
                if not has_count(a, b):
                    add(a, b, next(k for k in ("killed", "injured", "captured")
                                   if match.groupdict().get(k)))
        for match in _KIN_LOST.finditer(text, sentence.start, sentence.end):
            # "She lost her husband in the strike", "lost his eldest son": one relative
            words = islice(_LOWER_WORD.finditer(text, match.end(), sentence.end), 2)
            kin = next((w for w in words if _is_one_kin(w.group())), None)
            owner = match.start() + len("lost") + 1
            if kin is not None and not has_count(owner, kin.end()):
                add(owner, kin.end(), "killed")
        for match in _POSSESSIVE_NOUN.finditer(text, sentence.start, sentence.end):
            span = _victim_before(text, match.start(), sentence.start, upper)
            if span is None or has_count(*span) or _ATTEMPT.search(text, sentence.start,
                                                                   span[0]):
                continue
            add(*span, "captured" if match.group("captured") else "killed")
    return _apposed_as_one(text, found, upper)


_ARTICLE_OPENS = patterns.compile(r"(?i:a|an|the)\s+")
_AND_NEXT = patterns.compile(r"\s+and\s", re.IGNORECASE)
# the worse of two outcomes told of one person: the dead were also shot
_WORSE = ("killed", "injured", "captured")


def _apposed_as_one(text: str, found: dict[Count, tuple[str, str]], upper: bool
                    ) -> dict[Count, tuple[str, str]]:
    """A victim described and named side by side ("a well-known comedian, Mustafa Baraka,
    who was shot") is one person: the name stays, with the worse outcome told of either
    (the dead included him and he was shot: killed). Two names or two descriptions side by
    side are a list ("a soldier, a policeman and a child"), and so is a possessive ("DR
    TEOFILO FORERO CASTRO, HIS WIFE, AND TWO OTHER PEOPLE")."""
    victims = sorted(found, key=lambda c: c.start)
    out = dict(found)
    for first, second in zip(victims, victims[1:]):
        if first not in out or text[first.end:second.start] not in (", ", ","):
            continue
        if _AND_NEXT.match(text, second.end):
            continue  # "Ana Lopez, a bodyguard and a driver": no comma closes it, a list
        described = [_ARTICLE_OPENS.match(c.text) is not None for c in (first, second)]
        names = [not d and looks_like_person(c.text, upper)
                 for c, d in zip((first, second), described)]
        if not (names[0] and described[1] or described[0] and names[1]):
            continue
        outcomes = [out[first][0], out[second][0]]
        worse = min(outcomes, key=lambda o: _WORSE.index(o) if o in _WORSE else len(_WORSE))
        named = second if names[1] else first
        del out[first], out[second]
        out[named] = (worse, named.text)
    return out


def _outcome_of_group(match: re.Match[str]) -> str:
    """The outcome a match of the outcome groups names; "died" and "among the dead" are
    killed, "among the wounded" injured."""
    if match.groupdict().get("among_hurt"):
        return "injured"
    return next((k for k in _SINGLE_OUTCOMES if match.group(k)), "killed")


def _joined_subject(text: str, sentence: Span, verb_start: int
                    ) -> tuple[int, str, list[re.Match[str]]]:
    """Where the subject of a plural verb begins, the subject, and its "and"s: after
    punctuation or a word that opens a clause ("and" joins the subject itself)."""
    cut = _BEFORE_PAIR.match(text[sentence.start:verb_start])
    a = sentence.start + (cut.end() if cut else 0)
    subject = text[a:verb_start].rstrip()
    return a, subject, list(re.finditer(r"\s+and\s+", subject, re.IGNORECASE))


def _named_subjects(text: str, sentence: Span, verb_start: int, upper: bool,
                    has_count: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The victims named one by one as the subject of a plural verb at `verb_start`: a list,
    a pair, or one named beside a count. An appositive closing the subject describes its
    last member, or all of them, and names no one more: "Mayor X and his driver, Pedro
    Ruiz, were shot dead", "JESUITS IGNACIO ELLACURIA, ..., AND JOAQUIN LOPEZ, THE FIRST FIVE
    SPANIARDS AND THE LAST A SALVADORAN, WERE KILLED"."""
    ends = [verb_start]
    apposed = _APPOSITIVES.search(text, sentence.start, verb_start)
    if apposed is not None:
        ends.append(apposed.start())
    for end in ends:
        named = (_named_list(text, sentence, end, upper, has_count)
                 or _named_pair(text, sentence, end, upper, has_count)
                 or _named_with_count(text, sentence, end, upper, has_count))
        if named:
            return named
    return []


def _named_pair(text: str, sentence: Span, verb_start: int, upper: bool,
                has_count: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The two victims of "X and Y were wounded", each a name or a singular noun phrase of at
    most four words (not "soldiers and policemen", not a phrase holding a count)."""
    a, subject, joints = _joined_subject(text, sentence, verb_start)
    if len(joints) != 1 or has_count(a, verb_start):
        return []
    first = len(subject[:joints[0].start()]) - len(subject[:joints[0].start()].lstrip())
    spans = [(a + first, a + joints[0].start()), (a + joints[0].end(), a + len(subject))]
    owner = text[spans[0][0]:spans[0][1]].split()[:1]
    if all(1 <= len(text[x:y].split()) <= 4 and text[x:y].split()[-1].lower() not in _VICTIM_STOP
           and (_is_one_victim(text[x:y], upper)
                # the owner shared: "Her husband and brother were killed"
                or i and owner and owner[0].lower() in _OWNERS
                and _is_one_kin(text[x:y].lower()))
           for i, (x, y) in enumerate(spans)):
        return spans
    return []


def _named_with_count(text: str, sentence: Span, verb_start: int, upper: bool,
                      has_count: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The one victim named beside a count in "LABOR LEADER FEBE VELASQUEZ AND SEVEN OTHER
    PEOPLE WERE KILLED", "Mayor X and two of his bodyguards were killed", "Two soldiers and
    a civilian were killed": a name or a singular phrase of at most four words besides
    titles, with no count of its own (the count is read as usual)."""
    a, subject, joints = _joined_subject(text, sentence, verb_start)
    if len(joints) != 1:
        return []
    first = len(subject) - len(subject.lstrip())
    x, y = a + first, a + joints[0].start()
    counted = (x, y)
    if has_count(x, y):  # the count first, the one after it
        x, y = a + joints[0].end(), end_before_space(text, verb_start)
    else:
        counted = (a + joints[0].end(), verb_start)
    named = text[x:y]
    if (not has_count(*counted) or has_count(x, y)
            or not 1 <= len([w for w in named.split() if w.lower() not in TITLES]) <= 4
            or not _is_one_victim(named, upper) or re.search(r"\d", named)
            # (a verb's past; a capital's "-ed" may end a name: "Ahmed")
            or any(w.lower() in _VICTIM_STOP or w.lower() in IRREGULAR_PAST
                   or _is_past_tense(w) and not w[:1].isupper()
                   # ("her" as the object pronoun ends a phrase; "Her neighbour" opens one)
                   for w in named.split()[1 if named.split()[0].lower() == "her" else 0:])):
        return []  # (not a clause: "A TERRORIST WAS KILLED AND TWO SOLDIERS WERE WOUNDED")
    return [(x, y)]


# one victim named after a casualty count: "KILLING NINE PEOPLE, INCLUDING UNION LEADER X",
# "five other people, including a policeman, were injured"
# ("among them", "among whom was": the same part named after the count)
_INCLUDED_AFTER = patterns.compile(
    r",\s+(?:including|among\s+(?:them|whom)(?:\s+(?:was|were))?)\s+"
    r"([^,;:()]{2,80}?)(?=\s*(?:[,;]|[.!?]?[\"\u201d]?\s*$))", re.IGNORECASE)
_AND = patterns.compile(r"\band\b", re.IGNORECASE)
# when and where, after a victim's phrase: "A U.S. CITIZEN THIS MORNING", "a guide in Cauca"
_WHEN_WORDS = r"this|last|yesterday|today|tonight|on|in|at|near|during"
_WHEN_AFTER_VICTIM = patterns.compile(rf"\s+(?:{_WHEN_WORDS})\b", re.IGNORECASE)
_LIST_END = patterns.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)  # not "1,000"


def _named_list(text: str, sentence: Span, verb_start: int, upper: bool,
                has_count: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The people of "Quispe, Isidoro Saune, and Dionisio Aguirre were killed", one victim
    each: three or more phrases of at most four words, joined by commas and a last "and",
    read back from the verb. A member holding a count is read as a count ("A soldier, a
    policeman and two civilians"), and one naming many without a count is none of them
    ("FATHER ELLACURIA, OTHER PRIESTS, AND CIVILIANS"). Where a comma closes the phrase
    before the last "and", that phrase may describe the name before it ("X, a teacher, and
    Y"), so only names and roles count there; with no such comma every member is one ("Ana
    Lopez, a bodyguard and a driver")."""
    items: list[tuple[int, int]] = []
    end, closed = end_before_space(text, verb_start), None
    while len(items) < 12:
        span = _victim_before(text, end, sentence.start, upper) or _group_before(
            text, end, sentence.start, has_count, upper)
        # titles make no phrase longer: "CANDIDATE SENATOR LUIS CARLOS GALAN"
        if span is None or len(
                [w for w in text[slice(*span)].split() if w.lower() not in TITLES]) > 4:
            break
        items.append(span)
        joint = _LIST_END.search(text, sentence.start, span[0])
        if joint is None:
            break
        if len(items) == 1:
            if "and" not in joint.group().lower():
                break
            closed = "," in joint.group()
        elif re.fullmatch(r",\s*and\s+", joint.group(), re.IGNORECASE):
            break  # "ONE GUERRILLA WAS KILLED, AND FOUR GUERRILLAS AND ONE SOLDIER": a clause
        end = joint.start()
    if closed is None or len(items) < 3 or "," not in text[items[-1][1]:items[0][0]]:
        return []
    if any(not re.search(r"[^\W\d_]", text[slice(*span)].split()[-1]) for span in items
           if not has_count(*span)):
        return []  # "SOLDIERS, REBELS, AND CIVILIANS - - HAVE BEEN KILLED": no list of names

    def plural(span: tuple[int, int]) -> bool:  # ("Soldiers" opening the sentence too)
        phrase = text[slice(*span)]
        if span[0] == sentence.start and not upper:
            phrase = phrase[:1].lower() + phrase[1:]
        return _plural_phrase(phrase, upper)

    many = [span for span in items if not has_count(*span) and plural(span)]
    ones = [span for span in items if not has_count(*span) and span not in many]
    if many and not all(_names_a_person(text[slice(*span)], upper) for span in ones):
        return []  # beside groups named without a count, only names and roles make a list
    return [span for span in reversed(ones) if _names_a_person(text[slice(*span)], upper)
            or not closed and _is_described_one(text[slice(*span)])]


def _is_described_one(phrase: str) -> bool:
    """A list member that describes one person ("a bodyguard"): no thing, and no verb
    ("A CIVILIAN DIED, 5 POLICEMEN AND 2 CIVILIANS WERE INJURED": a clause before)."""
    return not _is_thing(phrase) and not _has_a_past_tense(phrase)


def _is_past_tense(word: str) -> bool:
    """A word read as a verb's past ("died", "ARRIVED", "lost"), not a short noun ("bed")."""
    lowered = word.lower()
    return lowered in IRREGULAR_PAST or len(lowered) > 3 and lowered.endswith("ed")


def _has_a_past_tense(words: str) -> bool:
    """Whether words hold a verb of their own: between two counts ("soldiers escaped and"),
    or in a list member ("A CIVILIAN DIED")."""
    return any(_is_past_tense(word) for word in words.split())


def _group_before(text: str, pos: int, floor: int, has_count: Callable[[int, int], bool],
                  upper: bool) -> tuple[int, int] | None:
    """A phrase of at most four words naming many, right before `pos` and back to a
    punctuation mark: one holding a count ("two civilians" in "a policeman and two
    civilians were killed") or a plural ("CIVILIANS" in "FATHER ELLACURIA, OTHER PRIESTS,
    AND CIVILIANS WERE KILLED")."""
    words = list(re.finditer(r"[^\s,;:()\"?!]+", text[floor:pos]))[-4:]
    start = None
    for word in reversed(words):
        if text[floor + word.end():pos].strip(" ") and "," in text[floor + word.end():pos]:
            break
        if word.group().lower() in ("and", "or"):
            break
        start = floor + word.start()
    if start is None or not (has_count(start, pos)
                             or _plural_phrase(text[start:pos].strip(), upper)):
        return None
    return start, pos


def _final_outcome(text: str, outcome: str, pos: int, end: int) -> str:
    """The outcome told at `pos`, or death where the victims were hurt or taken and then
    died or were killed ("were kidnapped and later killed"): one claim, at its worst."""
    if outcome in ("injured", "captured") and _THEN_DIED.match(text, pos, end):
        return "killed"
    return outcome


def _passive_victim(text: str, sentence: Span, match: re.Match[str], upper: bool,
                    has_count: Callable[[int, int], bool]) -> tuple[int, int, str] | None:
    """(start, end, outcome) of the one victim a passive outcome verb has as subject, if it
    has one: not a pronoun, a plural or a phrase holding a count."""
    outcome = _final_outcome(text, _outcome_of_group(match), match.end(), sentence.end)
    if outcome == "injured" and re.search(r"(?i)\bfatally\b", match.group()):
        outcome = "killed"  # "was fatally shot"
    whole = head = text[sentence.start:match.start()]
    apposed = _APPOSITIVES.search(head)
    if apposed:  # "Orlando Gomez, a street vendor, was killed": the name is the subject
        head = head[:apposed.start()]
        aged = _AGE_SET_OFF.search(head)
        if aged:  # "EDGAR HENAO, 55, CIVIL ENGINEER, ECONOMIST, AND ...,": the name before
            head = head[:aged.start()]  # the age; the rest describes him
    nickname = re.search(r"\s*\([^()]*\)\s*$", head)
    if nickname:  # 'DAVID OROSCO TELLO ("COMRADE MERINO")': the name before the aside
        head = head[:nickname.start()]
    cut = _SUBJECT_CUT.match(head)
    a = sentence.start + (cut.end() if cut else 0)
    subject = text[a:sentence.start + len(head)].strip()
    name = apposed.group().strip(" ,") if apposed else ""
    if (len(subject.split()) > 8 and 2 <= len(name.split()) <= 4 and "(" not in name
            and _is_one_victim(name, upper)):  # a name, not an acronym ("MIR", "(AEU)")
        # "THE BODYGUARD OF EL ESPECTADOR'S CHIEF OF DISTRIBUTION IN MEDELLIN, PEDRO LUIS
        # OSORIO, WAS ASSASSINATED": a long description, and the name set off after it
        at = whole.index(name, apposed.start())
        a, subject, head = sentence.start + at, name, whole[:at + len(name)]
    ending = _name_ending(subject) if len(subject.split()) > 8 else None
    if ending is not None:
        a += text[a:sentence.start + len(head)].index(subject) + subject.rindex(ending)
        subject = ending
    if subject.lower() == "who":  # "Justice Maria Elena Diaz, who was shot to death"
        comma = text.rfind(",", sentence.start, a)
        while comma > 0 and _SET_OFF.fullmatch(text, text.rfind(",", sentence.start, comma) + 1,
                                               comma + 1):
            # "LEONEL CHUTA, OF THE LAW SCHOOL, WHO WAS ABDUCTED": the name is before it
            comma = text.rfind(",", sentence.start, comma)
        named = _victim_before(text, comma, sentence.start, upper) if comma > 0 else None
        if named is None:
            return None
        a, subject = named[0], text[named[0]:named[1]]
    if not subject or len(subject.split()) > 8 or has_count(a, sentence.start + len(head)):
        return None
    while subject and subject.split()[0].lower() in DISCOURSE:
        subject = subject.split(None, 1)[1] if " " in subject else ""  # "YESTERDAY AN ..."
    if not subject or _QUOTED.search(subject):
        return None  # "Nonetheless, Taylor won, died"; 'Her “mind is shot”': words quoted
    last = subject.split()[-1]
    if (_NEGATION.search(match.group()) or last.lower() in _NOT_A_VICTIM
            or subject.split()[0].lower() in _DENYING):
        return None  # "was not killed", "No soldier was killed", "Neither man was hurt"
    # "the guerrillas died", "1,000 people have died", "their maids had been murdered": verbs
    # that agree with a plural subject need a singular one
    agrees_with_plural = match.group("died") or match.group().lower().startswith("had")
    if agrees_with_plural and (_plural_phrase(subject, upper) or last.lower() in ("have", "were")):
        return None
    a += text[a:sentence.start + len(head)].index(subject)
    return a, a + len(subject), outcome


# an age set off after a name, then more descriptions of the person
_AGE_SET_OFF = patterns.compile(r"(?<=[^\W\d])\s*,\s*\d{1,3}\s*,(?=[^,]+,)")
# a phrase set off after a name that is not the name: "of the law school", "from Cali", "72"
_SET_OFF = patterns.compile(
    r"\s*(?:(?:of|from|in|at)\s+(?!(?:which|whom|what)\b)[^,;:]{1,60}|\d{1,3})\s*,",
    re.IGNORECASE)
# what a name at the end of a long subject does not follow, and holds no word of
_NOT_BEFORE_NAME = NOT_NAME_START | _VICTIM_STOP
_NOT_IN_NAME = TITLES | _NOT_BEFORE_NAME


def _name_ending(subject: str) -> str | None:
    """The name at the end of a subject too long for one victim, from a given name on, after
    a title's last word: "FRANCISCO JOSE GUERRERO" in "FORMER FOREIGN MINISTER AND PRESIDENT
    OF THE SUPREME COURT OF JUSTICE FRANCISCO JOSE GUERRERO" (not "EL SALVADOR" after "TO",
    nor "JOHN BOLANOS LOPEZ GANG" after "THE")."""
    words = subject.split()
    for k in range(max(1, len(words) - 4), len(words) - 1):
        name = words[k:]
        if (is_given_name(words[k]) and words[k - 1].lower() not in _NOT_BEFORE_NAME
                and not any(w.lower() in _NOT_IN_NAME for w in name)):
            return " ".join(name)
    return None


# where a noun phrase's head ends: at a preposition
_HEAD_END = patterns.compile(r"\s+(?:of|in|inside|at|from|near|outside|on|with|for)\s+",
                             re.IGNORECASE)


def _plural_phrase(phrase: str, upper: bool) -> bool:
    """Whether a noun phrase names more than one person: by its head (the word before a
    preposition: "a member of the carabineros" is one, "THE MEN INSIDE THE CHURCH" are not),
    a plural determiner, or a collective head. In upper-case text a surname such as "FLORES"
    looks plural; a known given name in the phrase ("INSPECTOR EULOGIO FLORES") shows it is
    a person's name."""
    words = phrase.split()
    head = _HEAD_END.split(phrase, maxsplit=1)[0].split() or words
    last = head[-1].lower()
    if words[0].lower() in ("these", "those") or last in _PLURAL_HEADS:
        return True
    if not looks_plural(head[-1], upper):
        return False
    return not (upper and any(is_given_name(w) for w in head[:-1]
                              if w.lower() not in _GROUP_STOP))


# a word, as a phrase after a victim's adjective or verb reads them
_WORD = patterns.compile(r"[\w'\u2019-]+")
_LOWER_WORD = patterns.compile(r"[a-z-]+")
# nouns of a quality or a body, never of one person: "leadership", "PARTY"
_ABSTRACT = patterns.compile(r"[a-z]+(?:ship|ness|ity|ment|ism|tion|hood)", re.IGNORECASE)


def _attributed_head(text: str, pos: int, end: int, upper: bool) -> tuple[int, int] | None:
    """The one person an outcome adjective at `pos` describes: "the wounded man", "A WOUNDED
    ARCE BATTALION OFFICER", the owner in "THE ASSASSINATED CANDIDATE'S BODY", up to three
    words and before any verb or function word ("THE MURDERED MAGISTRATE ARRIVED"); none
    where the noun is a body, a thing, a quality or a plural ("THE INJURED PARTY", "THE
    FATALLY WOUNDED MILITARY LEADERSHIP", "THE INJURED TAKEN TO THE RED CROSS")."""
    span = None
    for word in islice(_WORD.finditer(text, pos, end), 3):
        if word.start() > pos and text[word.start() - 1] not in " " or not re.search(
                r"[^\W\d_]", word.group()):
            break  # punctuation ends the phrase ("BEAST -- THE FENASTRAS")
        bare = re.sub(r"['\u2019]s$", "", word.group())
        lowered = bare.lower()
        if (lowered in _VICTIM_STOP or lowered in NOT_NAME_START or _is_past_tense(lowered)
                or lowered == "taken"):
            break
        span = (pos if span is None else span[0], word.start() + len(bare))
        if bare != word.group():
            break  # a possessive: its owner is the one
    if span is None:
        return None
    phrase = text[slice(*span)]
    head = phrase.split()[-1].lower()
    if (head in ORG_WORDS or head in ("party", "parties", "beast") or _is_thing(head)
            or _ABSTRACT.fullmatch(head) or _plural_phrase(phrase, upper)):
        return None
    return span


def _is_one_kin(word: str) -> bool:
    """A relative's noun for one person ("mother", "son"), not a family."""
    lowered = word.lower()
    return lowered in _KIN and lowered not in _KIN_GROUPS


def _is_kin(word: str) -> bool:
    """A relative's noun, one or many ("mother", "brothers", "children"), not a family."""
    lowered = word.lower()
    one = {"children": "child", "grandchildren": "grandchild"}.get(lowered, lowered)
    if one not in _KIN and one.endswith("s"):
        one = one[:-1]
    return _is_one_kin(one)


def _is_thing(group: str) -> bool:
    words = group.lower().replace("-", " ").split()  # "THREE LARGE-CALIBER-WEAPON WOUNDS"
    return any(word in _THINGS for word in words) or bool(words) and (
        words[-1] in _ANIMALS or words[-1] in TIME_UNITS)  # "1 WEEK AGO", not "LAST WEEK A ..."


def _is_date(text: str, count: Count, before: str) -> bool:
    """Dates and years read as counts: "26 AUG 88", "January 3", "in 1989". After a day and
    its month, a number with a word after it is a count ("ON 23 SEPTEMBER 28 BODIES")."""
    if _DATE_AFTER.match(text, count.end):
        return True
    if _DATE_BEFORE.search(before[-12:]):
        return not (_DAY_MONTH_BEFORE.search(before[-16:])
                    and _WORD_AFTER.match(text, count.end) and not _YEAR.fullmatch(count.text))
    return bool(_YEAR.fullmatch(count.text))


def _is_age(text: str, count: Count, before: str) -> bool:
    """An age after a name ("MARIO PARDO, 25, WAS"), or any count of years old ("his 25
    year-old son")."""
    return count.text.isdigit() and int(count.text) < 120 and (
        bool(_AGE_BEFORE.search(before[-40:])) and bool(_AGE_AFTER.match(text, count.end))
        or _YEARS_OLD.match(text, count.end) is not None)


_YEARS_OLD = patterns.compile(r"\s*-?\s*years?[\s-]old\b", re.IGNORECASE)


def mine_figures(
    text: str,
    segments: Segments,
    quotes: list[MinedQuote],
    attributions: list[Attribution],
    incident_is_bombing: bool = False,
    upper: bool = False,
    lead: Span | None = None,
) -> list[MinedFigure]:
    """Every count phrase of the article read as casualty, force size or other, plus the
    single victims a sentence names without a number ("Mayor X was shot dead"), in text
    order. The incidents the `lead` paragraph and the headline above it name (an ambush, an
    explosion) are the operation's own; another one named later is a related incident, and so
    is any when the article has no lead. In a bombing every explosion is the operation's
    own."""
    own_incidents: frozenset[str] | None = None  # a bombing: every explosion is its own
    if not incident_is_bombing:
        own_incidents = frozenset() if lead is None else frozenset(
            # the headline above the lead tells the same event ("Al Shabaab suicide bombing
            # kills 18" over "A suicide car bomber killed at least 18 soldiers")
            _incident_key(m) for m in _INCIDENT_WORDS.finditer(text, 0, lead.end))
    out: list[MinedFigure] = []
    quote_starts = [q.start for q in quotes]
    verb_starts = [a.verb_start for a in attributions]
    by_speaker = sorted(attributions, key=lambda a: a.start)
    speaker_starts = [a.start for a in by_speaker]
    counts = find_counts(text)
    singles = single_victims(text, segments, counts, upper)
    denied = -1  # where the last denied count ends
    for count in sorted([*counts, *singles], key=lambda c: c.start):
        sentence = segments.sentences[segments.sentence_at(count.start)]
        if not sentence.start <= count.start < sentence.end + 1:
            continue
        if count.wording == SINGLE:
            outcome, group = singles[count]
            out.append(_casualty(text, count, outcome, True, group, sentence, quotes,
                                 quote_starts, attributions, verb_starts, own_incidents))
            continue
        before = text[sentence.start:count.start]
        if (_HOW.search(before) or _NEGATED_COUNT.search(before[-12:])
                or _HYPOTHETICAL.search(before[-40:])
                or sentence.start <= denied and _DENIED_TOO.fullmatch(text, denied, count.start)):
            denied = count.end  # "none of the 4 priests and 100 refugees was hurt": both
            continue  # asks, denies or supposes
        if _in_a_source(text, count, by_speaker, speaker_starts):
            # "two security sources told Reuters", "Three witnesses said": who tells, not
            # whom it befell
            out.append(_figure(count, "other", None, False, None, None, "this_operation",
                               sentence))
            continue
        if _tells_whose(text, out, count, sentence):
            out.append(_figure(count, "other", None, False, None, None, "this_operation",
                               sentence))
            continue
        part = _named_part(text, count, sentence, out, upper)
        if part is not None:
            out.append(part)
            continue
        hurt_part = _part_of_the_hurt(text, count, sentence, out, upper)
        if hurt_part is not None:  # "Nine of the dead were children"
            out.append(_casualty(text, count, hurt_part[0], True, hurt_part[1], sentence,
                                 quotes, quote_starts, attributions, verb_starts,
                                 own_incidents))
            continue
        fronted = (_FRONTED_TOTAL.match(text, count.end, sentence.end)
                   if _RAISED_TO_BEFORE.search(before[-30:]) else None)
        if fronted is not None:  # "bringing to 330 the number of soldiers killed"
            outcome = _OUTCOME_OF[" ".join(fronted["outcome"].lower().split())]
            total = _casualty(text, count, outcome, True, fronted["group"].strip() or None,
                              sentence, quotes, quote_starts, attributions, verb_starts,
                              own_incidents)
            out.append(replace(total, scope="cumulative"))
            continue
        grouped = _counted_group(text, count, sentence, upper)
        if grouped is None:
            continue  # a part of a count given before
        group, after_group = grouped
        if group is None and _PARTITIVE.match(text, count.end):
            # "between 10 and 15 militants were involved and six of them were killed": of
            # the people counted before it in the sentence
            counted = _previous_in_sentence(out, sentence, lambda f: bool(f.group))
            group = counted.group if counted is not None else None
        if (_is_date(text, count, before) or _is_age(text, count, before)
                or _LABEL_BEFORE.search(before[-16:])):
            out.append(_figure(count, "other", None, False, None, None, "this_operation",
                               sentence))
            continue
        if group and _is_thing(group):
            out.append(_figure(count, "other", None, False, group, None, "this_operation",
                               sentence))
            continue
        outcome, adjacent = _outcome(text, before, after_group, sentence, out, group is not None)
        if outcome is None and group:
            every = _EVERY_ONE_AFTER.match(text, after_group, sentence.end)
            if every is not None:  # "a car carrying three gunmen, killing all of them"
                outcome, adjacent = _OUTCOME_OF[every.group(1).lower()], True
        if outcome == "rescued" and group and group.split()[-1].lower() in _IN_CUSTODY:
            outcome = None  # "Israel freed 1,000 Palestinian prisoners": a release from custody
        if outcome == "captured" and group:
            # "took 12 people hostage": what they were taken as is no part of who they are
            group = re.sub(r"(?i)\s+(?:hostage|captive)$", "", group)
        if (outcome is None and group and _FIGHTERS.search(group)
                and _LOST_BEFORE.search(before[-16:])):
            outcome, adjacent = "killed", True  # "the army said it had lost 11 soldiers"
        if (outcome is None and group and not _is_thing(group)
                and _BURIED_BEFORE.search(before[-12:])):
            outcome, adjacent = "killed", True  # "We have buried 31 people this morning"
        if (outcome is None and group and _is_kin(group.split()[-1])
                and _KIN_LOST_BEFORE.search(before[-40:])):
            outcome, adjacent = "killed", True  # "I lost my mother and my two brothers"
        if (outcome is None and group and (_FIGHTERS.search(group) or _FOES.search(group))
                and (_NEUTRALISED_BEFORE.search(before[-16:])
                     or _NEUTRALISED_AFTER.match(text, after_group, sentence.end))):
            outcome, adjacent = "killed", True  # ... or "three militants were neutralised"
        if outcome is None and group and group.split()[-1].lower() in _HEAD_OUTCOMES:
            outcome, adjacent = _HEAD_OUTCOMES[group.split()[-1].lower()], True
            group = None  # "one unfortunate death": the count is of victims, not named
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
        out.append(_casualty(text, count, outcome, adjacent, group, sentence, quotes,
                             quote_starts, attributions, verb_starts, own_incidents))
        included = (_included_after(text, after_group, sentence, upper, counts)
                    or (_one_more_after(text, after_group, sentence, upper)
                        if adjacent and _OUTCOME_BEFORE.search(before[-50:]) else None))
        if included is not None and not any(c.start == included.start for c in singles):
            # "KILLING NINE PEOPLE, INCLUDING UNION LEADER X" (once: a list of victims after
            # the verb may have named them already)
            out.append(_casualty(text, included, outcome, True, included.text, sentence,
                                 quotes, quote_starts, attributions, verb_starts,
                                 own_incidents))
    return _carried_periods(text, segments,
                            _died_not_hurt(_gapped_groups(
                                text, _list_middles(text, _coordinate(text, out)))))


# the verbs that tell what a source says, in the past or present: the words before one name
# who tells ("two security sources told"), a second one of the subject reports what follows
# ("... and said")
_TELLS = (r"said|says|told|tells|reported|reports|added|stated|confirmed|announced|"
          r"claimed")


def _in_a_source(text: str, count: Count, by_speaker: list[Attribution], starts: list[int]
                 ) -> bool:
    """Whether a count opens the words naming who tells, right before a verb of telling
    ("two security sources" of "..., two security sources told Reuters"; not "ONE OF THE TWO
    WOMEN WHO WERE SLIGHTLY INJURED", whose words say what befell them); `by_speaker` is
    sorted by where the speaker is named, `starts` those places."""
    k = bisect_right(starts, count.start) - 1
    if k < 0 or not by_speaker[k].start <= count.start < by_speaker[k].end:
        return False
    source = by_speaker[k]
    return (not text[source.start:count.start].strip(" ")
            or _DETERMINER_ONLY.fullmatch(text, source.start, count.start) is not None) and (
        _TELLING.match(text, source.verb_start) is not None
        and not _AN_OUTCOME.search(text, source.start, source.end))


_DETERMINER_ONLY = patterns.compile(r"(?i:the|all|those|these)\s+")
_TELLING = patterns.compile(rf"(?i:{_TELLS})\b")
_AN_OUTCOME = patterns.compile(rf"\b(?:{_OUTCOME_ALT})\b", re.IGNORECASE)


def _tells_whose(text: str, figures: list[MinedFigure], count: Count, sentence: Span) -> bool:
    """Whether `count` tells whose the people of the count before it were ("Six members of
    one family", "FIVE MEMBERS OF TWO FAMILIES"): no count of victims of its own. Not a share
    of it ("80 PERCENT OF THE APPROXIMATELY 130 PASSENGERS WHO WERE KILLED")."""
    if not figures:
        return False
    previous = figures[-1]
    return (previous.sentence == sentence and previous.group is not None
            and previous.group.split()[0].lower() not in _SHARES
            and _OF_A_COUNTED_GROUP.fullmatch(text, previous.count.end, count.start) is not None)


def _died_not_hurt(figures: list[MinedFigure]) -> list[MinedFigure]:
    """One victim told of as shot or wounded and as dead ("A U.S. CITIZEN DIED ... THE U.S.
    CITIZEN WAS SHOT LAST NIGHT") was killed: the injury is how they died, not a casualty of
    its own. The same victim: the same name ("REPORTER ROBERTO NAVAS", "ROBERTO NAVAS"), or
    the same noun phrase, "the" pointing back to it ("KILLED A WATCHMAN ... WOUNDED A
    WATCHMAN" are two)."""
    dead = [f.count.text for f in figures
            if f.outcome == "killed" and f.count.wording == SINGLE]
    return [f for f in figures
            if not (f.outcome == "injured" and f.count.wording == SINGLE
                    and any(_same_victim(f.count.text, other) for other in dead))]


def _same_victim(one: str, other: str) -> bool:
    articles = [_ARTICLE_OPENS.match(phrase) for phrase in (one, other)]
    if not any(articles):
        # a full name, given name and surname, told by its last two words also in capitals
        # ("REPORTER ROBERTO NAVAS"); not a surname alone ("CIRILO QUISPE" is not "QUISPE"),
        # nor someone's kin ("CASTILLO'S SON")
        names = [[w.lower() for w in re.findall(r"[\w'\u2019.-]+", phrase)][-2:]
                 for phrase in (one, other)]
        return (len(names[0]) == 2 and names[0] == names[1]
                and not any(re.search(r"['\u2019]s\b", p) for p in (one, other)))
    if not all(articles) or not any(a.group().strip().lower() == "the" for a in articles):
        return False
    return one[articles[0].end():].lower() == other[articles[1].end():].lower()


def _included_after(text: str, after_group: int, sentence: Span, upper: bool,
                    counts: list[Count]) -> Count | None:
    """The one victim a casualty count names after "including" ("KILLED FIVE COLOMBIAN
    PERSONALITIES, INCLUDING PRESIDENTIAL HOPEFUL LUIS CARLOS GALAN"), as a count of one: a
    singular phrase that runs to the end of its clause, with no count, clause or second
    person of its own ("INCLUDING THE PATROL LEADER WHO WAS AMONG THOSE KILLED" tells another
    outcome)."""
    included = _INCLUDED_AFTER.match(text, after_group, sentence.end)
    if included is None:
        return None
    a, b = included.span(1)
    when = _WHEN_AFTER_VICTIM.search(text, a, b)  # "A U.S. CITIZEN THIS MORNING"
    b = when.start() if when else b
    phrase = text[a:b]
    if (any(a <= c.start < b for c in counts) or not _is_one_victim(phrase, upper)
            or len([w for w in phrase.split() if w.lower() not in TITLES]) > 6
            or _WHO.search(phrase) or _AND.search(phrase)):
        return None
    return _one_victim_count(text, a, b)


# one more victim joined to a verb's counted object: "killing 11 soldiers and a civilian
# guide", ending the clause or before where and when (not "and a policeman was wounded")
_ONE_MORE_AFTER = patterns.compile(
    r"\s+(?:and|as\s+well\s+as)\s+((?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+)"
    rf"(?=\s*(?:[,;:]|[.!?]?[\"\u201d]?\s*$|\s(?:{_WHEN_WORDS}|when|while|after|before)\b))",
    re.IGNORECASE)


def _one_more_after(text: str, after_group: int, sentence: Span, upper: bool) -> Count | None:
    """The one victim joined by "and" after the counted object of an outcome verb, as a count
    of one ("KILLING 11 SOLDIERS AND A CIVILIAN GUIDE")."""
    more = _ONE_MORE_AFTER.match(text, after_group, sentence.end)
    if (more is None or not _is_one_victim(more.group(1), upper) or _is_thing(more.group(1))
            or any(w.lower() in _VICTIM_STOP for w in more.group(1).split()[1:])):
        return None  # (nor "and a policeman was wounded": a clause of its own)
    return _one_victim_count(text, *more.span(1))


# a part of a count that says who they were: "killing 12 people, five of them children", "26
# people, four of whom were police, were injured"
_PART_WHO = patterns.compile(r"\s+of\s+(?:them|whom)\s+(?:(?:were|was|are)\s+)?", re.IGNORECASE)
_GROUP_ONLY_BETWEEN = patterns.compile(r"(?:\s+[\w'\u2019-]+){1,4},\s+")
# (a participle or a relative clause may tell more of them: "police officers guarding the
# entrance")
_PART_ENDS = patterns.compile(r"\s*(?:[,;.)\u2014]|and\b|$)|\s+(?:who\b|[a-z]{3,}ing\b)")


def _named_part(text: str, count: Count, sentence: Span, figures: list[MinedFigure],
                upper: bool) -> MinedFigure | None:
    """A part of the casualty count right before it that names its people ("12 people, five
    of them children"): a casualty of the whole's outcome, as "including five children" is.
    A part with an outcome of its own is read by `_counted_group`, one without people
    ("four of them seriously") tells no one."""
    part = _PART_WHO.match(text, count.end)
    if part is None or _OUTCOME_AFTER.match(text, part.end(), sentence.end):
        return None
    whole = _previous_casualty(figures, sentence)
    if (whole is None or whole.count.wording == SINGLE
            or not _GROUP_ONLY_BETWEEN.fullmatch(text, whole.count.end, count.start)):
        return None
    group = _people_of_a_part(text, part.end(), sentence, upper)
    return None if group is None else replace(whole, count=count, group=group,
                                               outcome_adjacent=True)


def _people_of_a_part(text: str, pos: int, sentence: Span, upper: bool) -> str | None:
    """The people a part is told to be, at `pos` ("children" in "five of them children"):
    a plural noun phrase that ends the part, naming no thing."""
    found = _group_after(text, pos, sentence.end, upper)
    if found is None:
        return None
    group, end = found
    head = group.split()[-1]
    if (_is_thing(group) or not _PART_ENDS.match(text, end, sentence.end + 1)
            or not (head.lower() in _PLURAL_HEADS or looks_plural(head, upper))):
        return None
    return group


# a part of the dead, the wounded or the victims, then who they were: "Nine of the dead were
# children", "AT LEAST 30 OF THE VICTIMS WERE CHILDREN"
_PART_OF_THE_HURT = patterns.compile(
    rf"\s+of\s+(?:the|those)\s+(killed|{_THE_HURT})\s+(?:were|are)\s+"
    r"(?:also\s+|all\s+)?", re.IGNORECASE)


def _part_of_the_hurt(text: str, count: Count, sentence: Span, figures: list[MinedFigure],
                      upper: bool) -> tuple[str, str] | None:
    """(outcome, people) of a part of those a casualty count before it counted, told by who
    they were ("Nine of the dead were children"); the victims' outcome is that count's. Not
    a part told by how they are ("Five of the injured were in critical condition")."""
    part = _PART_OF_THE_HURT.match(text, count.end, sentence.end)
    if part is None:
        return None
    whole = next((f for f in reversed(figures) if f.kind == "casualty"), None)
    group = _people_of_a_part(text, part.end(), sentence, upper) if whole is not None else None
    if whole is None or group is None:
        return None
    noun = part.group(1).lower()
    outcome = (whole.outcome if noun == "victims"
               else "killed" if noun in ("dead", "killed") else "injured")
    return (outcome, group) if outcome else None


def _counted_group(text: str, count: Count, sentence: Span, upper: bool
                   ) -> tuple[str | None, int] | None:
    """The group a count counts ("Peshmerga fighters"), if written, and where the phrase
    ends. A partitive is a part of a count given before ("15 soldiers, 4 of them
    seriously": None) unless it has an outcome of its own ("one of them was injured": the
    part is the casualty)."""
    part = _PARTITIVE.match(text, count.end)
    if part is not None:
        if _OUTCOME_AFTER.match(text, part.end(), sentence.end) is None:
            return None
        return None, part.end()
    found = _group_after(text, count.end, sentence.end, upper)
    if found and found[0].lower() == "lives":
        return None, found[1]  # "claimed 20 lives": people, no group named
    return found if found else (None, count.end)


def _list_middles(text: str, figures: list[MinedFigure]) -> list[MinedFigure]:
    """A count between two casualties of one list shares their outcome: "the dead included
    27 fighters, 6 members of the security forces and four civilians" (the first took the
    list's outcome, the last its "and")."""
    out = list(figures)
    for i in range(1, len(out) - 1):
        before, figure, after = out[i - 1], out[i], out[i + 1]
        if (figure.kind != "other" or figure.group is None or _is_thing(figure.group)
                or before.kind != "casualty" or after.kind != "casualty"
                or before.outcome != after.outcome
                or not before.sentence == figure.sentence == after.sentence):
            continue
        if (_LIST_MEMBER_BEFORE.fullmatch(text, before.count.end, figure.count.start)
                and _LIST_MEMBER_AFTER.fullmatch(text, figure.count.end, after.count.start)
                and not _FINITE.search(text, before.count.end, after.count.start)
                and not _has_a_past_tense(text[figure.count.end:after.count.start])):
            out[i] = replace(figure, kind="casualty", outcome=before.outcome,
                             claimed_by=before.claimed_by, scope=before.scope)
    return out


# the words between the members of a list of counts: "27 fighters, 6 members of the security
# forces and four civilians"
_LIST_MEMBER_BEFORE = patterns.compile(r"\s+[^,;.:()]{1,40}?,\s+")
_LIST_MEMBER_AFTER = patterns.compile(r"\s+[^,;.:()]{1,60}?(?:,\s+(?:and\s+)?|\s+and\s+)",
                                      re.IGNORECASE)


def _coordinate(text: str, figures: list[MinedFigure]) -> list[MinedFigure]:
    """A count coordinated with a later casualty of the same sentence shares its outcome:
    "six Jesuits (...) and two women were killed". Counts inside parentheses are parts of the
    first, not more victims."""
    out = list(figures)
    later: MinedFigure | None = None
    for i in range(len(out) - 1, -1, -1):
        figure = out[i]
        if later is not None and later.sentence != figure.sentence:
            later = None
        if figure.kind == "casualty" and figure.outcome_adjacent:
            later = figure
            continue
        if (later is None or figure.kind != "other" or figure.group is None
                or _is_thing(figure.group) or _PARTITIVE.match(text, later.count.end)):
            continue  # ("30 people, two of them killed": the part, not the whole, was killed)
        between = re.sub(r"\([^()]*\)", "", text[figure.count.end:later.count.start])
        if later.count.wording == SINGLE and not re.fullmatch(
                rf"\s+{re.escape(figure.group)}\s+and\s+",
                text[figure.count.end:later.count.start], re.IGNORECASE):
            continue  # one victim named: shares the verb only right after the count's people
            # and "and" (not "Five soldiers attacked the post and a guard was killed")
        opened = text.rfind("(", figure.sentence.start, figure.count.start)
        if opened > text.rfind(")", figure.sentence.start, figure.count.start):
            continue
        if (_COORDINATION.fullmatch(between) and not _FINITE.search(between)
                # (a verb of its own: "6 soldiers escaped and four civilians were killed"; but
                # "TWO SOLDIERS STEPPED ON A MINE ... AND THREE OTHER SOLDIERS WERE WOUNDED"
                # tells the two were too)
                and (not _has_a_past_tense(between)
                     or re.match(r"(?i)(?:other|more)\b", later.group or ""))):
            out[i] = replace(figure, kind="casualty", outcome=later.outcome,
                             claimed_by=later.claimed_by, scope=later.scope)
    return out


def _casualty(text: str, count: Count, outcome: str, adjacent: bool, group: str | None,
              sentence: Span, quotes: list[MinedQuote], quote_starts: list[int],
              attributions: list[Attribution], verb_starts: list[int],
              own_incidents: frozenset[str] | None) -> MinedFigure:
    passage = _without_asides(text, sentence, count)
    if _NOT_ARMED.search(passage):
        return _figure(count, "other", None, False, group, None, "this_operation", sentence)
    claimant = _claimant(text, count.start, sentence, quotes, quote_starts, attributions,
                         verb_starts)
    if (claimant is not None and outcome == "killed" and count.wording == SINGLE
            and names_match(claimant, count.text)):
        # "AS REPORTED BY JUSTICE X, WHO WAS SHOT TO DEATH LAST MONTH": the dead report
        # other things, not their own death
        claimant = None
    running = _RUNNING_TOTAL.search(text[max(sentence.start, count.start - 160):count.start])
    return _figure(count, "casualty", outcome, adjacent, group, claimant,
                   "cumulative" if running else _scope(passage, own_incidents), sentence)


# a running total given before what it counts: "bringing to 330 the number of soldiers
# killed since the ground offensive began"
_RAISED_TO_BEFORE = patterns.compile(rf"\b{_BRINGS_UP}\s+to\s+$", re.IGNORECASE)
_FRONTED_TOTAL = patterns.compile(
    rf"\s+the\s+(?:overall\s+|total\s+)?(?:number|toll|total|tally|count)\s+of\s+"
    rf"(?P<group>(?:[\w'\u2019-]+\s+){{0,3}}?)(?P<outcome>{_OUTCOME_ALT})\b", re.IGNORECASE)
# a running total's clause after a count: ", bringing the toll to", ", bringing to 330 the"
_TOTAL_AFTER = patterns.compile(rf",\s+{_BRINGS_UP}\s+(?:the|its|their|to)\b", re.IGNORECASE)
# a clause of its own after a count's, opened by a word of time ("..., and since then 10
# other people ... have been killed") or a contrast: what it tells is no time of the count's
_NEXT_CLAUSE = patterns.compile(
    r",\s+(?:(?:and|but|yet)\s+(?:since\s+then|then|now|later|meanwhile)|but|yet)\s",
    re.IGNORECASE)
# a relative clause set off by commas about someone named: background, not the claim's time
_PERSON_ASIDE = patterns.compile(r",\s+(?:who|whom|whose)\b[^,;:.]*,")


# a second verb of the subject, reporting what follows: "... and said", "... and later reported"
_AND_REPORTED = patterns.compile(rf"\band\s+(?:also\s+|later\s+|then\s+)?(?:{_TELLS})\b",
                                 re.IGNORECASE)


def _without_asides(text: str, sentence: Span, count: Count) -> str:
    """The sentence a count is in, less the asides about a person that neither hold it nor
    describe it: "Marie Kahindo, 34, who fled to the camp from Sake last month, said her
    neighbour and his two sons died" dates her flight, not their deaths ("Scalia, who died in
    February" tells when the one counted died). A running total told after the count is
    none of it either ("Two soldiers were killed ..., bringing to 330 the number of soldiers
    killed since the ground offensive began"). Nor is a clause before the one that reports
    it ("The group often inflates casualty figures and said 20 soldiers had died")."""
    parts, at = [], sentence.start
    for reported in _AND_REPORTED.finditer(text, sentence.start, count.start):
        at = reported.start()
    total = (_TOTAL_AFTER.search(text, count.end, sentence.end)
             or _NEXT_CLAUSE.search(text, count.end, sentence.end))
    end = total.start() if total else sentence.end
    for aside in _PERSON_ASIDE.finditer(text, sentence.start, end):
        if not (aside.start() <= count.start < aside.end()
                or count.end <= aside.start() and not text[count.end:aside.start()].strip()):
            parts.append(text[at:aside.start()])
            at = aside.end()
    parts.append(text[at:end])
    return ",".join(parts)


def _figure(count: Count, kind: str, outcome: str | None, adjacent: bool, group: str | None,
            claimant: str | None, scope: str, sentence: Span) -> MinedFigure:
    return MinedFigure(count, kind, outcome, adjacent, group, claimant, scope, sentence)


def _outcome_word(match: re.Match[str]) -> str | None:
    """The outcome a matched outcome phrase names, or None when it is denied ("were not
    hurt")."""
    if _NEGATION.search(match.group()):
        return None
    return _OUTCOME_OF[" ".join(match.group(1).lower().split())]


def _shares_count(joint: str, first: str, second: str) -> bool:
    """Whether two outcome words joined by `joint` share one count that does not say how
    many had which: any two joined by "or"; by "and" only the dead and the wounded."""
    if joint.lower() != "and":
        return True
    outcomes = {_OUTCOME_OF.get(" ".join(w.lower().split())) for w in (first, second)}
    return outcomes == {"killed", "injured"}


# an outcome told of every one of a count given before it: "a car carrying three gunmen,
# killing all of them", "a plane carrying 150 passengers crashed, killing everyone on board"
_EVERY_ONE_AFTER = patterns.compile(
    r"[^.;:,]{0,40}?,\s+(killing|wounding|injuring)\s+(?:all|both|each|everyone|everybody)\b"
    r"(?!\s+(?:but|except)\b)", re.IGNORECASE)


def _outcome(
    text: str, before: str, after_group: int, sentence: Span,
    earlier: list[MinedFigure], has_group: bool,
) -> tuple[str | None, bool]:
    after = _OUTCOME_AFTER.match(text, after_group, sentence.end)
    pos = after_group
    for _ in range(2):  # "two members of the judge's escort, members of the police, were"
        if after is not None:
            break
        aside = _ASIDE.match(text, pos, sentence.end)
        if aside is None:
            break
        pos = aside.end()
        after = _OUTCOME_AFTER.match(text, pos, sentence.end)
    if after is not None and _does_the_deed(text, after, sentence.end):
        after = None  # the group did it; it may still be the object of a deed before it
    noun_before = _OUTCOME_BEFORE.search(before[-50:])
    if after is not None and _WHO.match(after.group()) and noun_before:
        # "THE DEATH OF FOUR STUDENTS WHO HAD BEEN KIDNAPPED": the count is the object of the
        # outcome before it; the relative clause tells what happened to them earlier
        after = None
    if after is not None and noun_before and _FINITE.search(after.group()):
        # "Rebels killed six soldiers and two civilians were wounded", "the men who killed six
        # priests were arrested": a finite verb after is another clause's, the count is the
        # object of the outcome before it (not "shot four people dead")
        after = None
    if after is not None and (
            joined := _joined_to_relative_deed(text, before, sentence, earlier)) is not None:
        # so is any verb after a count joined to a relative clause's object: "the men who
        # killed six priests and two women were arrested", "... and two drivers fled"
        return joined.outcome, False
    if after:
        either = _EITHER_AFTER.match(text, after.end())
        if either is not None and _shares_count(either.group(1), after.group(1),
                                                either.group(2)):
            return None, False
        if after.group(1).lower().endswith("ing") and find_counts(text, after.end(),
                                                                  min(after.end() + 40,
                                                                      sentence.end))[:1]:
            return None, False  # "three centers, wounding five": the count after is the victim
        outcome = _outcome_word(after)
        return (outcome and _final_outcome(text, outcome, after.end(), sentence.end)), True
    if after is None and _DEATH_TOLL_BEFORE.search(before[-90:]):
        return "killed", True  # "the death toll rose to 27", "put the death toll at 27"
    running = None if after else (_NUMBER_OF_BEFORE.search(before[-120:])
                                  or _TOTAL_BEFORE.search(before[-200:]))
    if running:
        return _outcome_word(running), True
    if (after is None and _FORCED_BEFORE.search(before[-12:])
            and _TO_FLEE.match(text, after_group, sentence.end)):
        return "displaced", True
    for verb, noun, outcome in () if after else _VERB_AND_NOUN:
        if verb.search(before[-10:]) and noun.search(text, max(0, after_group - 9), after_group):
            return outcome, True
    prior = noun_before or _AMONG_BEFORE.search(before[-50:]) or (
        _PART_IS.match(text, after_group, sentence.end)
        and _OF_THE_OUTCOME.match(text, sentence.start, sentence.end))
    listed = None if prior else (_NOUN_OF_LIST.search(before[-120:])
                                 or _NOUN_WHEN_OF.search(before[-90:]))
    if listed:
        return "captured" if listed.group("captured") else "killed", True
    if prior:
        # "killed or wounded 827 troops" does not say which
        either = _EITHER_BEFORE.search(before[-50:][:prior.start()])
        if either is not None and _shares_count(either.group(2), either.group(1),
                                                prior.group(1)):
            return None, False
        return _outcome_word(prior), True
    alone = _STANDS_ALONE.match(text, after_group)
    # with when or where after it, only a count of people written out ("two women on 16
    # November", not "millions in losses"); after "the murder of six Jesuits and", the verb
    # that follows is the noun's ("... two women remains unsolved")
    inside_parentheses = before.rfind("(") > before.rfind(")")  # a part, not more victims
    if _COORDINATED.search(before[-30:]) and not inside_parentheses:
        previous = _previous_casualty(earlier, sentence)
        if previous is not None and (
                alone and (alone.group("when") is None or has_group)
                or _FIRST_PART.search(before[-30:]) and _ANOTHER_PART.match(text, after_group)
                or _NOUN_OF.search(text, sentence.start, previous.count.start)
                and _AND_ALSO.fullmatch(text, previous.count.end, len(before) + sentence.start)
                or _joined_to_relative_deed(text, before, sentence, earlier) is not None):
            return previous.outcome, False
    relative = _RELATIVE_OUTCOME.match(text, after_group, sentence.end)
    if relative and not _does_the_deed(text, relative, sentence.end):
        return _outcome_word(relative), False
    return None, False


def _joined_to_relative_deed(text: str, before: str, sentence: Span,
                             earlier: list[MinedFigure]) -> MinedFigure | None:
    """The count this one is coordinated with ("six priests and two women") when that one is
    the object of an outcome verb in a relative clause ("the men who killed"), whose outcome
    both share whatever verb follows (the main clause's)."""
    previous = _previous_casualty(earlier, sentence)
    if (previous is None or not _COORDINATED.search(before[-30:])
            or not _RELATIVE_DEED.search(text, sentence.start, previous.count.start)
            or not _AND_ALSO.fullmatch(text, previous.count.end, len(before) + sentence.start)):
        return None
    return previous


def _does_the_deed(text: str, verb: re.Match[str], end: int) -> bool:
    """Whether the counted group is the subject of an active verb (`verb`'s group 1) done to
    an object right after it: "three men killed a watchman", "one that murdered the
    clergymen" (not "were killed", nor "killed the day before")."""
    if (" ".join(verb.group(1).lower().split()) not in _DONE_TO_OBJECT
            or _PASSIVE.search(text, verb.start(), verb.start(1))):
        return False
    return _OBJECT.match(text, verb.end(), end) is not None


def _previous_casualty(figures: list[MinedFigure], sentence: Span) -> MinedFigure | None:
    """The last casualty figure mined earlier in the same sentence."""
    return _previous_in_sentence(figures, sentence, lambda f: f.kind == "casualty")


def _previous_in_sentence(figures: list[MinedFigure], sentence: Span,
                          wanted: Callable[[MinedFigure], bool]) -> MinedFigure | None:
    """The last figure mined earlier in the same sentence that is `wanted` (the figures are
    in text order, so the walk back stops at the sentence's start)."""
    for figure in reversed(figures):
        if figure.sentence != sentence:
            return None
        if wanted(figure):
            return figure
    return None


# a toll told in the present perfect, and what would tie it to one time or event of its own
# ("on Tuesday", "in the strike")
_PRESENT_PERFECT_TOLL = patterns.compile(rf"\b{_HAS_TOLLED}", re.IGNORECASE)
_OWN_TIME = patterns.compile(
    rf"\b(?:{WEEKDAYS}|yesterday|today|tonight|overnight|this\s+(?:morning|afternoon|evening)|"
    rf"last\s+night|(?:{MONTHS})\s+\d|\d{{1,2}}\s+(?:{MONTHS})|(?:in|by|during)\s+the\s+"
    rf"(?:[\w-]+\s+)?(?:attack|strike|raid|bombing|blast|explosion|ambush|assault|shelling))\b",
    re.IGNORECASE)


def _carried_periods(text: str, segments: Segments,
                     figures: list[MinedFigure]) -> list[MinedFigure]:
    """A toll in the present perfect with no time or event of its own, told in the paragraph
    of a total over a period, continues that period: "The AAPP says more than 6,000 civilians
    have been killed since the 2021 coup. According to the United Nations, more than 3
    million people have been displaced." (it is no toll of the day's air strike)."""
    out = list(figures)
    previous: MinedFigure | None = None
    for i, figure in enumerate(out):
        if figure.kind != "casualty":
            continue
        if (previous is not None and previous.scope == "cumulative"
                and figure.scope == "this_operation"
                and previous.sentence.start < figure.sentence.start
                and segments.paragraph_at(previous.sentence.start)
                == segments.paragraph_at(figure.sentence.start)):
            told = text[figure.sentence.start:figure.sentence.end]
            if _PRESENT_PERFECT_TOLL.search(told) and not _OWN_TIME.search(told):
                out[i] = figure = replace(figure, scope="cumulative")
        previous = figure
    return out


def _gapped_groups(text: str, figures: list[MinedFigure]) -> list[MinedFigure]:
    """Each casualty count with its noun left out after an outcome and "and" given the
    people of the count before it (read once every list has its outcome)."""
    out = list(figures)
    for i, figure in enumerate(out):
        if (figure.kind != "casualty" or figure.group is not None
                or not figure.outcome_adjacent or figure.count.wording == SINGLE
                or not _GAPPED_GROUP.search(text, max(figure.sentence.start,
                                                      figure.count.start - 40),
                                            figure.count.start)):
            continue
        group = _gapped_group(text, out[:i], figure.sentence)
        if group is not None:
            out[i] = replace(figure, group=group)
    return out


def _gapped_group(text: str, figures: list[MinedFigure], sentence: Span) -> str | None:
    """The people a second count with its noun left out counts ("Three soldiers were killed
    and 12 wounded": soldiers): those of the count before it, when that one counts a plural
    group alone. Not one victim ("ONE SOLDIER DIED AND FIVE WERE WOUNDED", "A REBEL WAS
    KILLED AND TWO WERE WOUNDED"), nor one of a list ("TWO SOLDIERS AND TWO CIVILIANS HAD
    DIED, AND FOUR WERE WOUNDED" does not say whose the four were); "other" is the first
    count's word ("THREE OTHER REBELS WERE KILLED AND SIX WERE WOUNDED": rebels)."""
    previous = _previous_casualty(figures, sentence)
    if (previous is None or previous.group is None or previous.count.wording == SINGLE
            or previous.count.low == 1
            or _COORDINATED.search(text, sentence.start, previous.count.start)
            and any(f.sentence == sentence and f.kind == "casualty"
                    and f.count.end <= previous.count.start for f in figures)):
        return None
    return re.sub(r"(?i)^other\s+", "", previous.group)


def _previous_group(figures: list[MinedFigure], sentence: Span) -> str | None:
    previous = _previous_casualty(figures, sentence)
    return previous.group if previous is not None else None


# a reporting verb whose object is a quotation: 'DECLARED "TOTAL WAR"', 'called it “a farce”'
_QUOTE_AFTER_VERB = patterns.compile(r"\w+(?:\s+(?:it|them|him|her))?\s*[,:]?\s*[\"\u201c]")
_THAT_AFTER_LISTENER = patterns.compile(r"\s*,?\s*(?i:that)\b")
_DENIAL = patterns.compile(r"(?:denied|denies|deny|disputed|disputes|rejected|rejects|refuted|"
                          r"refutes|dismissed|dismisses)\b", re.IGNORECASE)
# verbs of doing as often as of saying, with a thing done to as their object: "Government
# troops maintained control of the town after clashes that killed 15", "Police questioned
# five suspects", "recalled its troops", "observed the ceasefire" report no count after them
_DEED_NOT_WORDS = patterns.compile(
    r"(?:maintained|maintains|questioned|questions|recalled|recalls|observed|observes)"
    r"(?!\s*[,:\"\u201c]|\s+(?:that|whether|how|why|if)\b"
    r"|\s+(?:in|on|at|during|to)\s+[^.;,]{1,25}?\s+that\b)",
    re.IGNORECASE)


def _claimant(text: str, pos: int, sentence: Span, quotes: list[MinedQuote],
              quote_starts: list[int], attributions: list[Attribution], verb_starts: list[int]
              ) -> str | None:
    """Who makes the claim: the speaker of a quote it sits in, else the source named in its
    sentence ("according to the SDF commander", "Local media outlets reported")."""
    k = bisect_right(quote_starts, pos) - 1
    if k >= 0 and pos < quotes[k].end and quotes[k].speaker is not None:
        return quotes[k].speaker.as_named
    lo = bisect_left(verb_starts, sentence.start)
    hi = bisect_left(verb_starts, sentence.end)
    if lo == hi:
        return _keeper_of_figures(text, sentence, pos)
    reporting = [a for a in attributions[lo:hi] if not _quote_is_object(text, a.verb_start, pos)]
    # a source in the claim's own clause: in "USIS HAS REPORTED THAT THE GUERRILLAS KILLED X;
    # THE GUERRILLAS HAVE DENIED RESPONSIBILITY" the guerrillas claim nothing
    own = [a for a in reporting
           if ";" not in text[min(a.verb_start, pos):max(a.verb_start, pos)]]
    # else one before it, whose words may run on over semicolons ("COL ELENA SAID THAT ...;
    # THAT ...; AND THAT HE MURDERED A PEASANT"), never one after it
    candidates = own or [a for a in reporting if a.verb_start < pos]
    # who denies a figure does not claim it: "Asiri denied reports that an airstrike had
    # killed 140 people"
    candidates = [a for a in candidates if not _DENIAL.match(text, a.verb_start)
                  and not _CLAIMED_LIVES.match(text, a.verb_start)
                  and not (a.verb_start < pos and _DEED_NOT_WORDS.match(text, a.verb_start))]
    if not candidates:
        return _keeper_of_figures(text, sentence, pos)
    return min(candidates, key=lambda a: abs(a.verb_start - pos)).as_named


# figures and who keeps them, as the subject of "show": "Health ministry figures show",
# "Data compiled by ACLED shows", "the army's figures indicate"
_FIGURES_SHOW = patterns.compile(
    r"(?:(?P<owner>(?:[Tt]he\s+)?(?:[\w.'\u2019&-]+\s+){0,3}?[\w.'\u2019&-]+)\s+)?"
    r"(?i:figures|data|statistics|records|tallies|tally|count)\s+"
    r"(?:(?i:compiled|released|published|provided|gathered|collected|kept)\s+(?i:by)\s+"
    r"(?P<by>(?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.'\u2019&-]*)*)"
    r"\s+)?(?i:show|shows|showed|indicate|indicates|indicated|suggest|suggests)\b")


# who records a count as its subject: "The U.N. human rights mission has verified the deaths
# of", "Monitors recorded 45 deaths", "Human Rights Watch documented 40 killings"
_RECORDED_BY = patterns.compile(
    # (after a phrase of when or where: "Since 24 February 2022, OHCHR has recorded")
    r"(?:[^,;:()\"\u201c\u201d]{1,60},\s+)?"
    r"(?P<who>(?:[Tt]he\s+)?[^\W\d_][^,;:()\"\u201c\u201d]{1,80}?)\s+(?:(?:has|have|had)\s+"
    r"(?:also\s+)?)?(?:verified|documented|recorded|counted|registered|tallied|logged)\s")
# a situation report's source in brackets closing a bulleted line: "• At least 15 people
# killed and 40 injured in airstrikes on Khan Younis (MoH)." (elsewhere such brackets gloss
# the name before them: "the Rapid Support Forces (RSF).")
_CITED_AT_END = patterns.compile(
    r"\((?P<who>(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Za-z]{2,10})\)[.;]?\s*$")
_BULLET = patterns.compile(r"\s*[\u2022\u25aa\u25cf*\u2013-]\s")
_RECORDERS = frozenset("""monitors observers medics activists officials doctors rescuers
    investigators researchers""".split())


def _keeper_of_figures(text: str, sentence: Span, pos: int) -> str | None:
    """Who keeps the figures a sentence with no reporting verb cites before its count: the
    body owning them ("Health ministry figures show 40 people killed", "UN data shows") or
    compiling them ("Data compiled by ACLED shows"), or who records them as the sentence's
    subject ("Monitors recorded 45 deaths"), not an adjective ("Official figures"); else the
    source a situation report's bulleted line closes on ("• ... in Khan Younis (MoH).")."""
    recorded = _RECORDED_BY.match(text, sentence.start, pos)
    if recorded is not None:
        who = recorded.group("who")
        words = who.split()
        # a body, those who keep counts, or a name of more than the sentence's first word
        # (an acronym alone will do: "ACLED recorded"; "Fighting recorded" names no one)
        if (any(w.lower().strip(".") in ORG_WORDS for w in words)
                or words[-1].lower() in _RECORDERS
                or (len(words) > 1 or who.isupper() and len(who) > 1)
                and all(w[:1].isupper() or w.lower() in ("of", "for", "the", "in", "and")
                        for w in words)):
            return who
    for match in _FIGURES_SHOW.finditer(text, sentence.start, pos):
        if match.group("by"):
            return match.group("by")
        owner = match.group("owner")
        if owner is None:
            continue
        words = strip_possessives(owner).split()
        body = [w for w in words if w.lower() in ORG_WORDS or w.isupper() and len(w) > 1]
        if body:
            # from the body's first word: "Health ministry", "UN", "the army('s)"
            start = next(i for i, w in enumerate(words) if w[:1].isupper() or w in body)
            return " ".join(words[start:])
    cited = (_CITED_AT_END.search(text, pos, sentence.end)
             if _BULLET.match(text, sentence.start) else None)
    return cited.group("who") if cited is not None else None


def _quote_is_object(text: str, verb_start: int, pos: int) -> bool:
    """Whether the verb at `verb_start` reports only a quote right after it that closes
    before `pos`: 'THE EXTRADITABLES DECLARED "TOTAL WAR" ... AFTER HE LAUNCHED A CAMPAIGN
    IN WHICH 11,000 WERE ARRESTED' claims the quoted words, not the count. A quote with a
    "that" clause after it is the listener ('POLAY TOLD "LA REPUBLICA" THAT ...')."""
    opening = _QUOTE_AFTER_VERB.match(text, verb_start)
    if opening is None:
        return False
    closing = min((i for i in (text.find(mark, opening.end()) for mark in '"\u201d')
                   if i >= 0), default=-1)
    return 0 <= closing < pos and not _THAT_AFTER_LISTENER.match(text, closing + 1)


def _scope(passage: str, own_incidents: frozenset[str] | None) -> str:
    """Where a claim belongs: a total over a period, another incident (one recalled, or one
    named that is not among the operation's `own_incidents`; None: every one is its own), or
    this operation. A superlative's period compares, it sums nothing ("killing seven
    soldiers, in one of the deadliest attacks on security forces this year")."""
    if _CUMULATIVE.search(_SUPERLATIVE.sub(" ", passage)):
        return "cumulative"
    if _RELATED.search(passage):
        return "related_incident"
    if own_incidents is not None and any(_incident_key(m) not in own_incidents
                                         for m in _INCIDENT_WORDS.finditer(passage)):
        return "related_incident"
    return "this_operation"
