"""The deterministic source miner: quotes with speakers and casualty figures, on the seed
articles and on text it has never seen, and the extractive summary built from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarizer.check import check_summary
from summarizer.reading.miner import Mined, mine, mine_summary
from summarizer.schema import ArticleSummary
from summarizer.text import datelines

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
SEEDS = sorted(ARTICLES.glob("*.txt"))


def _mined(prefix: str) -> Mined:
    (path,) = [p for p in SEEDS if p.name.startswith(prefix)]
    return mine(path.read_text(encoding="utf-8"))


def _quote(mined: Mined, start_of_text: str):
    matches = [q for q in mined.quotes if q.text.startswith(start_of_text)]
    assert len(matches) == 1, [q.text for q in mined.quotes]
    return matches[0]


def _figure(mined: Mined, count_text: str, kind: str = "casualty"):
    matches = [f for f in mined.figures if f.count.text == count_text and f.kind == kind]
    assert len(matches) == 1, [(f.count.text, f.kind) for f in mined.figures]
    return matches[0]


# ---- quotes and speakers on the seeds ----------------------------------------------------


def test_000_quotes_and_speakers() -> None:
    mined = _mined("000")
    first = _quote(mined, "Our partners fought valiantly")
    assert first.speaker.speaker == "James Jarrard"
    assert first.speaker.role == "commander of anti-ISIS coalition forces"
    assert first.speaker.channel.split() == ["in", "a", "statement"]
    assert first.text.endswith("from their country")  # the comma inside the mark is not quoted
    second = _quote(mined, "This action proves the enemy cannot hide.")
    assert second.speaker.speaker == "James Jarrard" and second.how == "paragraph"

    barzani = _quote(mined, "IS activities are numerous")
    assert "[security] vacuum" in barzani.text
    assert barzani.speaker.speaker == "Sirwan Barzani"
    assert barzani.speaker.role == "a Peshmerga commander"
    assert barzani.speaker.channel == "quoted as saying by Kurdistan24 News"

    talks = _quote(mined, "There have been no talks")
    assert talks.speaker.speaker == "Jamal Eminki"  # "he said" -> last person named
    assert talks.speaker.written == "he"
    standby = _quote(mined, "remain on standby")
    assert standby.kind == "partial" and standby.speaker.speaker == "Jamal Eminki"

    # an unattributed scare quote is not a quote; a word quoted from a named source is a
    # (partial) quote, as quote corpora annotate it, though recall never demands it
    assert not [q for q in mined.quotes if q.text == "capital"]
    many = _quote(mined, "many")
    assert many.kind == "partial" and many.speaker.speaker == "Local media outlets"
    assert len(mined.quotes) == 6


def test_001_villager_and_continuation_paragraphs() -> None:
    mined = _mined("001")
    villager = _quote(mined, "People have often seen Daesh militants")
    assert villager.speaker.speaker == "a villager"
    assert villager.speaker.channel.startswith("told Kurdistan 24")
    continued = _quote(mined, "Some of them are foreigners.")
    assert continued.speaker.speaker == "a villager" and continued.how == "continued"
    source = _quote(mined, "We previously cleared the region from Daesh")
    assert source.speaker.speaker == "a military source" and source.how == "continued"
    assert not [q for q in mined.quotes if "final victory" in q.text]


def test_002_mixed_marks_and_diacritics() -> None:
    mined = _mined("002")
    media = _quote(mined, "in less than a week inside Mosul")  # opened straight, closed curly
    assert media.text.endswith("left five injured, three killed.")
    assert media.kind == "partial" and media.speaker.speaker == "Local media"
    tweet = _quote(mined, "a re-emergence of VBIED-based attacks")
    assert tweet.speaker.speaker == "the Kurdish security agency"
    assert tweet.speaker.channel == "in a tweet"
    kubis = _quote(mined, "a positive indicator")
    assert kubis.speaker.speaker == "J\u00e1n Kubi\u0161"
    report = _quote(mined, "The majority of the sites")  # opened curly, closed straight
    assert report.text.endswith("Yazidi [Ezidi] community.")
    assert report.speaker.speaker == "The report"


def test_003_speaker_after_the_verb() -> None:
    mined = _mined("003")
    dillon = _quote(mined, "We do still know there are still IEDs")
    assert dillon.speaker.speaker == "Ryan Dillon"
    assert dillon.speaker.written == "Colonel Ryan Dillon"
    assert dillon.speaker.role == "a spokesman for the coalition"


def test_004_statement_surnames_and_continuation() -> None:
    mined = _mined("004")
    over = _quote(mined, "is over.")
    assert over.kind == "partial" and over.speaker.speaker == "Mustafa Bali"
    assert over.speaker.channel == "In a public statement"
    assert _quote(mined, "Our forces [are] ready now").speaker.speaker == "Mustafa Bali"
    pause = _quote(mined, "Our forces will pause the offensive")
    assert pause.speaker.speaker == "Adnan Efrin"  # "Efrin told" -> the full name given before
    assert pause.speaker.role == "SDF commander"
    assert _quote(mined, "We don't want any further injuries").speaker.speaker == "Adnan Efrin"
    assert _quote(mined, "to an enemy that has shown none").speaker.speaker == "Sean Ryan"
    assert _quote(mined, "The SDF timeline to ISIS is over").speaker.speaker == "Sean Ryan"
    hassan = _quote(mined, "there are still sleeper cells.")
    assert hassan.speaker.speaker == "Layla Hassan"
    assert hassan.speaker.role == "Co-President of the Deir al-Zor Civil Council"
    assert _quote(mined, "Hopefully we can work together").speaker.speaker == "Layla Hassan"


# ---- casualty figures on the seeds -------------------------------------------------------


def test_000_figures() -> None:
    mined = _mined("000")
    five = _figure(mined, "at least five")
    assert (five.outcome, five.group, five.count.kind, five.count.low, five.count.high) == (
        "killed", "Peshmerga fighters", "at_least", 5, None)
    assert five.claimed_by == "Local media outlets" and five.scope == "this_operation"
    many = _figure(mined, "many")
    assert (many.outcome, many.group, many.count.low, many.count.kind) == (
        "killed", "militants", None, "vague")
    # one of the five, named after "including", is a victim of its own
    officer = _figure(mined, "an officer")
    assert (officer.outcome, officer.count.low, officer.claimed_by) == (
        "killed", 1, "Local media outlets")
    # "how many ISIS fighters were killed" asks; it claims nothing
    assert len(mined.casualties) == 3


def test_001_force_size_is_not_a_casualty() -> None:
    mined = _mined("001")
    force = _figure(mined, "roughly 200", kind="force_size")
    assert force.group == "IS militants" and force.outcome is None
    several = _figure(mined, "several")
    assert several.outcome == "killed" and several.scope == "related_incident"
    assert [f.count.text for f in mined.casualties] == ["several"]


def test_002_related_incident_and_monthly_statistics() -> None:
    mined = _mined("002")
    injured, killed = _figure(mined, "five"), _figure(mined, "three")
    assert (injured.outcome, injured.count.low, injured.scope) == ("injured", 5, "related_incident")
    assert (killed.outcome, killed.count.low, killed.scope) == ("killed", 3, "related_incident")
    assert injured.claimed_by == killed.claimed_by == "Local media"
    unami_killed, unami_injured = _figure(mined, "69"), _figure(mined, "105")
    assert (unami_killed.outcome, unami_killed.group, unami_killed.scope) == (
        "killed", "civilians", "cumulative")
    assert (unami_injured.outcome, unami_injured.group, unami_injured.scope) == (
        "injured", "civilians", "cumulative")  # "another 105" carries the group over
    assert "UNAMI" in unami_killed.claimed_by
    assert not [f for f in mined.casualties if f.count.text == "more than 200"]  # mass graves


def test_003_and_004_magnitudes_and_claimants() -> None:
    raqqa = _mined("003")
    hundreds = _figure(raqqa, "hundreds")
    assert (hundreds.outcome, hundreds.count.low, hundreds.claimed_by) == (
        "surrendered", 100, "the Washington Post")
    camps = _figure(raqqa, "some 270,000")
    assert (camps.outcome, camps.count.kind, camps.count.low) == ("displaced", "approximately",
                                                                  270000)
    assert _figure(raqqa, "300", kind="force_size").group == "fighters"
    baghouz = _mined("004")
    rescued = _figure(baghouz, "tens of thousands")
    assert (rescued.outcome, rescued.count.low, rescued.claimed_by, rescued.scope) == (
        "rescued", 10000, "the SDF commander", "cumulative")
    assert _figure(baghouz, "thousands").outcome == "surrendered"


# ---- text the miner has never seen -------------------------------------------------------

UNSEEN = """Militants attack army base in Mali

BAMAKO (Agency) \u2013 Militants stormed an army base near Boulkessi on Friday, killing 15 soldiers and wounding at least 20 others, the army said in a statement.

\u201cThe terrorists came on motorbikes at dawn,\u201d a soldier told reporters. \u201cWe fought for hours.\u201d

Colonel Souleymane Demb\u00e9l\u00e9, the army spokesman, said about 40 attackers were killed. \u201cOur troops held the base,\u201d Demb\u00e9l\u00e9 said.

According to the United Nations, more than 2,000 people have been displaced in the region since January.

"We need help," said Aminata Traor\u00e9, a local resident. She told the agency that dozens of families had fled.
"""


def test_unseen_article_quotes() -> None:
    mined = mine(UNSEEN)
    speakers = {q.text: q.speaker.speaker for q in mined.quotes}
    assert speakers == {
        "The terrorists came on motorbikes at dawn": "a soldier",
        "We fought for hours.": "a soldier",
        "Our troops held the base": "Souleymane Demb\u00e9l\u00e9",
        "We need help": "Aminata Traor\u00e9",
    }


def test_unseen_article_figures() -> None:
    mined = mine(UNSEEN)
    got = {f.count.text: (f.outcome, f.group, f.count.kind, f.count.low, f.claimed_by, f.scope)
           for f in mined.casualties}
    assert got == {
        "15": ("killed", "soldiers", "exact", 15, "the army", "this_operation"),
        "at least 20": ("injured", "others", "at_least", 20, "the army", "this_operation"),
        "about 40": ("killed", "attackers", "approximately", 40,
                     "Colonel Souleymane Demb\u00e9l\u00e9", "this_operation"),
        "more than 2,000": ("displaced", "people", "at_least", 2000, "the United Nations",
                            "cumulative"),
        "dozens": ("displaced", "families", "magnitude", 12, "Aminata Traor\u00e9",
                   "this_operation"),
    }


# ---- the extractive summary --------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_mine_summary_is_valid_and_checks_clean(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    summary = mine_summary(text)
    assert ArticleSummary.model_validate(summary.model_dump()) == summary
    assert summary.summary and summary.summary in text
    assert summary.quotes and summary.casualties and summary.actors
    assert summary.operation is not None
    report = check_summary(text, summary)
    assert [f for f in report.findings if f.severity == "error"] == []
    # everything it found, it kept: nothing is reported as missed
    assert not [f for f in report.findings if f.code.startswith("MISSED_")]


def test_mine_summary_of_the_unseen_article() -> None:
    summary = mine_summary(UNSEEN)
    assert summary.summary.startswith("Militants stormed an army base near Boulkessi")
    assert summary.operation.locations == ["Boulkessi"]
    assert summary.operation.date_text == "Friday"
    assert [q.speaker for q in summary.quotes] == [
        "a soldier", "a soldier", "Souleymane Demb\u00e9l\u00e9", "Aminata Traor\u00e9"]
    assert not [f for f in check_summary(UNSEEN, summary).findings if f.severity == "error"]


@pytest.mark.parametrize("dateline", [
    "SAN SALVADOR, 30 MAR 89 (ACAN-EFE) -- [TEXT] ",  # a wire's place, date, source, labels
    "MOSCOW (USSR), NO DATE (RADIO MAGALLANES) -- [STATEMENT] [TEXT] ",
    "WASHINGTON, Dec. 8 (UPI) — ", "New York (AFP) – ", "DES MOINES, Iowa — ",
    "BEDFORD, N.H. (AP) — ",
    # a place spelt with a hyphen, a region of two words, a hyphen between spaces
    "DEIR AL-BALAH, Gaza Strip (AP) — ", "KYIV, Sept 12 - ", "NO CITY, NO DATE -- [TEXT] ",
])
def test_the_summary_and_the_operation_leave_out_the_dateline(dateline: str) -> None:
    lead = ("ONE PERSON WAS KILLED AND THREE OTHERS INJURED TONIGHT AS THE RESULT OF A BOMB "
            "EXPLOSION IN A MARKET, THE ARMY SAID. TROOPS CLASHED WITH GUERRILLAS NEARBY.")
    if not dateline.isupper():
        lead = ("One person was killed and three others injured tonight as the result of a bomb "
                "explosion in a market, the army said. Troops clashed with guerrillas nearby.")
    summary = mine_summary(f"{dateline}{lead}\n")
    assert summary.summary.startswith(lead[:20])
    assert summary.operation is not None and summary.operation.description.startswith(lead[:20])


@pytest.mark.parametrize("sentence", [
    # a hyphen inside a word, and a dash inside a sentence in capitals, open no dateline
    "THE RIGHT-WING NATIONALIST REPUBLICAN ALLIANCE (ARENA) YESTERDAY PROPOSED TALKS.",
    "GUERRILLA COLUMNS ATTACKED SAN RAMON -- SPECIFICALLY THE POLICE HEADQUARTERS.",
])
def test_a_hyphen_or_a_dash_in_capitals_is_no_dateline(sentence: str) -> None:
    assert datelines.strip(sentence) == sentence


@pytest.mark.parametrize("text, description", [
    # the lead's first sentence, when its paragraph names the operation by no cue of its kind
    ("Afghan police say 9 killed in mosque blast\n\nA bomb ripped through a mosque in the city "
     "of Kunduz during Friday prayers, killing nine worshippers and wounding 22, police said.\n\n"
     "The interior ministry put the number of wounded at 35 and said the attacker had been a "
     "suicide bomber.\n", "A bomb ripped through a mosque"),
    # a headline in title case that ends with a full stop is no lead
    ("Woman Reveals Stunning Thing The Army Did To Her After Her Dad Was Killed There.\n\n"
     "Gunmen killed four villagers in an ambush near the town of Djibo on Sunday, security "
     "sources said, in the latest attack of the insurgency.\n", "Gunmen killed four villagers"),
])
def test_the_operation_is_told_by_the_leads_first_sentence(text: str, description: str) -> None:
    summary = mine_summary(text)
    assert summary.operation is not None
    assert summary.operation.description.startswith(description)


@pytest.mark.parametrize("sentence", [
    "US-Backed Iraqi Forces Drive ISIS Out Of Mountain Hideout",  # a headline in title case
    "THE ARMY SAID THE ATTACK IS OVER AND THE TOWN IS CALM AGAIN.",  # wire copy, no dateline
    "Iraqi forces backed by U.S. air power destroyed an Islamic State safe haven.",
    "Reuters reported on Monday that the town had fallen.",
])
def test_an_opening_that_is_no_dateline_is_kept(sentence: str) -> None:
    assert datelines.strip(sentence) == sentence


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n ", "Headline only", "\u201cA lone quote with no speaker at all here.\u201d",
     "\u0642\u0627\u0644 \u0645\u0633\u0624\u0648\u0644 \u0625\u0646 \u062e\u0645\u0633\u0629 "
     "\u0645\u0642\u0627\u062a\u0644\u064a\u0646 \u0642\u062a\u0644\u0648\u0627."],
)
def test_mine_summary_handles_any_text(text: str) -> None:
    summary = mine_summary(text)
    assert ArticleSummary.model_validate(summary.model_dump()) == summary
    assert not [f for f in check_summary(text, summary).findings if f.severity == "error"]


PIECES = st.sampled_from(
    list("abcdefghij ABCDEFG 0123456789 .,;:\u201c\u201d\"'\u2019\u2013-[]()\n")
    + ["said", " told ", "killed", "at least", "five", "dozens", "many ", "according to ",
       "Ahmed Ali", " he said", "were wounded", "\n\n", "Operation Red Dawn", "on Monday"]
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.lists(PIECES, max_size=120).map("".join), st.text(max_size=300)))
@example("on Mondaywere wounded were wounded")  # a weekday inside a longer word is no date
@example("according to a\u201c'")  # quotation marks with no word between them quote nothing
@example("aaaaAhmed Ali:\u201ca")  # a name before a colon starts a word
# a speaker with no word in it, given with a line break the summary drops: still the same
@example("according to '\n\n\u201cOperation Red Dawn")
def test_mine_summary_is_valid_for_arbitrary_text(text: str) -> None:
    summary = mine_summary(text)
    assert ArticleSummary.model_validate(summary.model_dump()) == summary
    assert not [f for f in check_summary(text, summary).findings if f.severity == "error"]


PARAGRAPHS = [p for path in SEEDS for p in path.read_text(encoding="utf-8").split("\n")
              if p.strip()]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PARAGRAPHS), max_size=12), st.sampled_from(["\n", "\n\n", " "]))
def test_mine_summary_checks_clean_on_any_mix_of_real_paragraphs(paragraphs, separator) -> None:
    text = separator.join(paragraphs)
    summary = mine_summary(text)
    assert not [f for f in check_summary(text, summary).findings if f.severity == "error"]


def test_a_number_word_repeated_on_two_lines_is_supported_by_the_article() -> None:
    summary = mine_summary("five\nfive")
    assert not [f for f in check_summary("five\nfive", summary).findings
                if f.severity == "error"]


@pytest.mark.parametrize("text, places", [
    # a demonym before the place it qualifies is none, nor is the channel words came by
    ("A bomb ripped through a mosque in the northern Afghan city of Kunduz on Friday, killing "
     "nine worshippers, police said.\n", ["Kunduz"]),
    ("Russian shelling killed four people in Kherson overnight, the governor said on the "
     "Telegram messaging app.\n", ["Kherson"]),
    # a demonym not spelt -ish, -ese or -ian is no place, nor a body's name with "of"
    ("An airstrike on a building in Tyre killed 22 people on Wednesday, near the Israeli "
     "border.\n", ["Tyre"]),
    ("An airstrike killed 25 people in Jabalya, according to the Ministry of Health.\n",
     ["Jabalya"]),
    # a titled person is no place
    ("A missile struck a hotel in Kryvyi Rih on Thursday, killing four people. Kryvyi Rih, "
     "the hometown of President Volodymyr Zelenskiy, is a frequent target.\n", ["Kryvyi Rih"]),
    # a place named as an owner is the place, not its possessive
    ("Gunmen kidnapped 30 pupils from a school in Nigeria's northwestern Kaduna state on "
     "Thursday, police said.\n", ["Nigeria"]),
    # (guard: a place before its province)
    ("Gunmen killed four villagers in an ambush in Kunduz province on Sunday, officials "
     "said.\n", ["Kunduz"]),
])
def test_the_operations_places_are_places(text: str, places: list) -> None:
    summary = mine_summary(text)
    assert summary.operation is not None and summary.operation.locations == places


@pytest.mark.parametrize("text, actors", [
    # a dateline's place before its agency is no actor
    ("OUAGADOUGOU (AFP) - Twelve soldiers were killed when jihadists attacked an army post, "
     "security sources said.\n", []),
    ("WASHINGTON (AP) — Gunmen killed two guards in an attack on the embassy.\n", []),
    # a body's name with two small words in it, before its initials
    ("The Group for the Support of Islam and Muslims (JNIM) claimed the attack that killed "
     "12 soldiers.\n", [("Group for the Support of Islam and Muslims", ["JNIM"])]),
    # (guard: the agency itself, named in full)
    ("The guards died. The Associated Press (AP) reported that gunmen killed two guards.\n",
     [("Associated Press", ["AP"])]),
])
def test_actors_named_before_their_initials(text: str, actors: list) -> None:
    summary = mine_summary(text)
    assert [(a.name, a.aliases) for a in summary.actors if a.aliases or a.name.isupper()] == actors


@pytest.mark.parametrize("text, name, kind", [
    # a rebel army is no state force
    ("Seven soldiers were killed when rebels of the National Liberation Army (ELN) ambushed a "
     "patrol, the army said on Sunday.", "National Liberation Army", "non_state_armed_group"),
    ("Militants attacked an army base, killing 16 soldiers. The al-Qaeda-linked JNIM claimed "
     "the attack, saying it had killed 20 soldiers.", "The al-Qaeda-linked JNIM",
     "non_state_armed_group"),
    # the state's forces and ministries named in lower case
    ("Israeli air strikes killed 27 people, health officials said. The Israeli military said "
     "it had killed 12 gunmen.", "The Israeli military", "state_force"),
    ("An air strike killed nine people in Gaza City, Gaza's health ministry said.",
     "Gaza's health ministry", "government"),
])
def test_actor_kinds_from_their_names(text: str, name: str, kind: str) -> None:
    """"National Liberation Army" was a state force by its "Army"; "the army" and "Gaza's
    health ministry", in lower case, were of no kind."""
    assert {a.name: a.kind for a in mine_summary(text).actors}.get(name) == kind


@pytest.mark.parametrize("text, kind", [
    ("Seven soldiers were killed when rebels ambushed a military patrol in Arauca, the army "
     "said.\n", "ground_assault"),
    ("Israeli soldiers killed nine Palestinians during a raid in the Jenin refugee camp, the "
     "health ministry said.\n", "ground_assault"),
    ("Militants attacked an army base in central Mali on Sunday, killing 16 soldiers, the army "
     "said.\n", "ground_assault"),
    ("A missile fired by the rebels struck a bulk carrier in the Red Sea, killing two crew "
     "members, the military said.\n", "airstrike"),
    ("An Israeli strike on a car in southern Lebanon killed a Hezbollah commander and two "
     "other people, security sources said. The military said he led the group's rocket "
     "unit.\n", "airstrike"),
    # (guard: the army's answer afterwards is no offensive of the attackers)
    ("Jihadists killed 40 civilians in an attack on a village, residents said.\n\nThe army "
     "said soldiers had killed 15 attackers in a counter-offensive.\n", "other"),
])
def test_the_operations_kind_from_its_cue_words(text: str, kind: str) -> None:
    """Ambushes, raids, attacks on a base, missiles that struck and strikes on a target had
    no kind; a counter-offensive afterwards made the attack an offensive."""
    summary = mine_summary(text)
    assert summary.operation is not None and summary.operation.kind == kind
