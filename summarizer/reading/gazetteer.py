"""Word lists the extractive miner reads articles with: well-known armed-conflict actors and
the cue words of each operation kind.

The actor list holds parties that recur across conflict reporting (as event-data coders meet
them), with the written forms articles use, so the miner can name actors no speaker mentions.
Unknown actors are still found by shape ("Syrian Democratic Forces (SDF)", "... Council").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text import patterns


@dataclass(frozen=True)
class KnownActor:
    name: str
    kind: str
    forms: tuple[str, ...]  # written forms, matched case-sensitively as whole words


KNOWN_ACTORS: tuple[KnownActor, ...] = (
    KnownActor("Islamic State", "non_state_armed_group",
               ("Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Daish")),
    KnownActor("al-Qaeda", "non_state_armed_group", ("al-Qaeda", "al-Qaida", "Al Qaeda")),
    KnownActor("al-Shabaab", "non_state_armed_group", ("al-Shabaab", "Al-Shabaab", "al-Shabab")),
    KnownActor("Boko Haram", "non_state_armed_group", ("Boko Haram", "ISWAP")),
    KnownActor("Taliban", "non_state_armed_group", ("Taliban",)),
    KnownActor("Hezbollah", "non_state_armed_group", ("Hezbollah", "Hizbollah")),
    KnownActor("Hamas", "non_state_armed_group", ("Hamas",)),
    KnownActor("Houthis", "non_state_armed_group", ("Houthis", "Houthi", "Ansar Allah")),
    KnownActor("Hayat Tahrir al-Sham", "non_state_armed_group", ("Hayat Tahrir al-Sham", "HTS")),
    KnownActor("PKK", "non_state_armed_group", ("PKK", "Kurdistan Workers' Party")),
    KnownActor("YPG", "non_state_armed_group", ("YPG", "People's Protection Units")),
    KnownActor("YPJ", "non_state_armed_group", ("YPJ",)),
    KnownActor("Syrian Democratic Forces", "non_state_armed_group",
               ("Syrian Democratic Forces", "SDF")),
    KnownActor("Rapid Support Forces", "non_state_armed_group", ("Rapid Support Forces", "RSF")),
    KnownActor("Wagner Group", "non_state_armed_group", ("Wagner Group", "Wagner")),
    KnownActor("Peshmerga", "state_force", ("Kurdish Peshmerga", "Peshmerga")),
    KnownActor("Iraqi security forces", "state_force",
               ("Iraqi security forces", "Iraqi forces", "Iraqi army", "Iraqi Army", "ISF")),
    KnownActor("Popular Mobilization Forces", "state_force",
               ("Popular Mobilization Forces", "PMF", "Hashd al-Shaabi")),
    KnownActor("Syrian army", "state_force", ("Syrian army", "Syrian Army")),
    KnownActor("Israel Defense Forces", "state_force", ("Israel Defense Forces", "IDF")),
    KnownActor("US-led coalition", "coalition",
               ("US-led coalition", "U.S.-led coalition", "Global Coalition", "anti-ISIS coalition",
                "Coalition")),
    KnownActor("NATO", "coalition", ("NATO",)),
    KnownActor("United Nations", "international_org", ("United Nations", "UN", "U.N.")),
    KnownActor("UNAMI", "international_org",
               ("United Nations Assistance Mission for Iraq", "UNAMI")),
    KnownActor("International Committee of the Red Cross", "international_org",
               ("International Committee of the Red Cross", "ICRC", "Red Cross")),
    KnownActor("Pentagon", "government", ("Pentagon",)),
    KnownActor("Kurdistan Regional Government", "government",
               ("Kurdistan Regional Government", "KRG")),
)

_CUE_PATTERNS = {
    "airstrike": r"air\s*strikes?|air\s+raids?|warplanes|war\s+planes|jets|aircraft|"
                 r"drone\s+strikes?|air\s+power|bombardment|aerial|"
                 # a strike from afar: "a missile struck a bulk carrier"
                 r"missile\s+(?:strikes?|attacks?)|missiles?\b[^.;]{0,40}?\b(?:struck|hits?|"
                 r"slammed)|"
                 # "an Israeli strike on a car", "strikes on Gaza" (not a labour strike)
                 r"strikes?\s+on",
    "clearing_operation": r"clear(?:ed|ing)?(?:\s+out)?|clearance|mop-up|sweep",
    # (not a "counter-offensive" after the event)
    "offensive": r"(?<!-)offensive|campaign|final\s+push",
    "ground_assault": r"assault|ground\s+operation|stormed|raids?|raided|ground\s+troops|"
                      r"ambush(?:ed|es)?|overran|overrun|"
                      # "Militants attacked an army base", "attack on a police post"
                      r"attack(?:ed|s)?\s+(?:on\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?"
                      r"(?:base|post|outpost|barracks|checkpoint|garrison)",
    "bombing": r"car\s+bomb|vbied|suicide\s+(?:bomb|bomber|bombing)|ied|explosion|blast",
    "siege": r"siege|besieged|encircled|blockade",
}
OPERATION_CUES: dict[str, re.Pattern[str]] = {
    kind: patterns.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
    for kind, pattern in _CUE_PATTERNS.items()
}
# all cues in one pattern, one named group per kind, for a single pass over lower-cased text
# (case-insensitive matching of a large alternation is several times slower)
OPERATION_CUE = patterns.compile(
    r"\b(?:" + "|".join(rf"(?P<{kind}>{pattern})" for kind, pattern in _CUE_PATTERNS.items())
    + r")\b"
)

# Words that only armed violence uses. Operation cues alone ("campaign", "offensive",
# "cleared", "assault") are common in political and crime news, so an article counts as
# reporting an armed operation only when it also speaks of fighting, forces or harm.
ARMED_VIOLENCE = patterns.compile(  # matched against lower-cased text (one pass, no IGNORECASE)
    r"\b(?:troops|soldiers|militants|fighters|insurgents|rebels|guerrillas|militias?|"
    r"paramilitar(?:y|ies)|gunmen|jihadists|terrorists|army|armed\s+forces|military|"
    r"air\s*strikes?|shelling|artillery|mortars?|rockets?|missiles?|bomb(?:s|ed|ing|ings)?|"
    r"explosives?|dynamite|grenades?|ambush(?:ed)?|clash(?:es|ed)?|firefight|gunfire|"
    r"killed|killing|wounded|casualties|massacred?|murdered|assassinated|kidnapped|"
    r"hostages?|weapons)\b"
)
# The words of elections and lawmaking. A story with more than twice as many of them as of
# armed violence is about politics ("Obama rebuked critics who say he should condemn
# terrorists as ..."), however often it touches on violence; "campaign" is left out, being
# military as often as electoral.
POLITICS = patterns.compile(  # matched against lower-cased text
    r"\b(?:elections?|electoral|primary|primaries|caucus|caucuses|voters?|voting|candidates?|"
    r"candidacy|nominee|nomination|delegates?|polls?|polling|debates?|gop|republicans?|"
    r"democrats?|democratic|presidential|senate|senators?|congress|congressional|lawmakers?|"
    r"legislation|ballots?)\b"
)
