"""Casualty figures the miner must read right (or leave alone), one rule per test, on
hand-written sentences in the style of news and wire copy."""

from __future__ import annotations

import pytest

from summarizer.reading.miner import mine
from summarizer.text.counts import find_counts
from summarizer.text.segment import unwrap


def casualties(text: str) -> list[tuple[int | None, str | None]]:
    return [(f.count.low, f.outcome) for f in mine(text).casualties]


def victims(text: str) -> list[tuple[str, str | None]]:
    """(words counted, outcome) of each casualty: who a count of one names."""
    return [(f.count.text, f.outcome) for f in mine(text).casualties]


def one_killed(text: str) -> list[tuple[str | None, int | None, str | None]]:
    """(group, count, outcome) of each casualty, for texts that name one dead."""
    return [(f.group, f.count.low, f.outcome) for f in mine(text).casualties]


def test_negation_is_no_casualty() -> None:
    assert casualties("No one was injured in the blast, police said.") == []
    assert casualties("Seven U.S. soldiers -- not six -- were wounded.") == [(7, "injured")]
    assert casualties("The two guards were not hurt in the attack.") == []


@pytest.mark.parametrize("text", [
    "No soldier was killed in the attack.",
    "Neither man was hurt, the police said.",
    "THE CURFEW RESULTED IN A MIRACLE: NOT A SINGLE PERSON WAS KILLED IN MEDELLIN.",
    "The blast killed no civilian.",
    "No soldier's death was reported.",
])
def test_a_denied_single_victim_is_no_casualty(text: str) -> None:
    """A determiner that denies its noun ("no", "not a single", "neither") names no victim."""
    assert casualties(text) == []


def test_dates_and_times_are_not_counts() -> None:
    text = ("SAN SALVADOR, 26 AUG 88 -- Three peasants were killed on 30 December and the "
            "attack of 3 January left no victims.")
    assert casualties(text) == [(3, "killed")]
    assert casualties("On 31 January, a pilot was killed when he tried to land.") == [
        (1, "killed")]
    # a time of day in wire style is no count either
    assert casualties("IN THE ATTACK, AT 1210 GMT, FOUR PEDESTRIANS WERE KILLED.") == [
        (4, "killed")]


@pytest.mark.parametrize("text, expected", [
    ("THE OPERATOR OF A TOWER FOR CHANNEL 7 TELEVISION WAS KILLED BY A BOMB.", []),
    # (guards: the count before such a label stays, and so does a plain "No." label)
    ("Two soldiers were killed at kilometer 40 of Route 1.", [(2, "killed")]),
    ("THIS IS COMMUNIQUE NO. 011-89 ON THE RESCUE OF THE HOSTAGES.", []),
])
def test_a_number_naming_a_channel_or_a_road_is_no_count(text: str, expected: list) -> None:
    assert casualties(text) == expected


def test_counts_of_things_are_not_people() -> None:
    assert casualties("Rebels burned 26 shacks and destroyed 5 bridges near the town.") == []
    figures = mine("Guerrillas destroyed 5 bridges and 26 buses were burned.").figures
    assert all(f.kind == "other" for f in figures)
    # the shots that killed someone are no victims
    assert casualties("A MAN WHO FIRED 13 SHOTS KILLING HIM INSTANTLY FLED ON FOOT.") == []
    # documents released, delegates captured, votes: politics, not people
    assert casualties("The State Department released 43,000 pages and Clinton captured 1,944 "
                      "delegates.") == []
    # an owner's released things: "released" describes them
    assert casualties("The department said 2,093 of Clinton's released emails were "
                      "redacted.") == []


def test_animals_are_no_victims_but_the_people_who_keep_them_are() -> None:
    assert casualties("   THE TERRORISTS SET TWO SCHOOLS ON FIRE, KILLED CATTLE AND DOMESTIC "
                      "ANIMALS, AND SEIZED GOODS.\n") == []
    assert casualties("Rebels killed 40 cows on the farm.") == []
    assert casualties("Rebels killed 4 cattle breeders on the farm.") == [(4, "killed")]


@pytest.mark.parametrize("text, expected", [
    ("The killing of six priests shocked the country.", [(6, "killed")]),
    ("Witnesses described the massacre of 14 fishermen on the river.", [(14, "killed")]),
    ("He was charged with the assassination of six priests.", [(6, "killed")]),
    ("The murder of six Jesuits and two employees remains unsolved.",
     [(6, "killed"), (2, "killed")]),
    # an injury named by its noun, of one named victim
    ("THE DECISION LEAVES UNPUNISHED THOSE RESPONSIBLE FOR THE DEATH OF RODRIGO ROJAS AND THE "
     "SERIOUS INJURY OF CARMEN GLORIA QUINTANA.", [(1, "killed"), (1, "injured")]),
    ("THESE ACTIONS RESULTED IN THE WOUNDING OF A POLICEMAN, WHOSE CONDITION IS CRITICAL.",
     [(1, "injured")]),
])
def test_noun_form_outcomes(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("THE INJURED WERE 19-YEAR-OLD ROBINSON RAMIREZ, 30-YEAR-OLD ROBERTO ARCESIO PABON, AND "
     "40-YEAR-OLD HUGO MORALES.", [("ROBINSON RAMIREZ", 1, "injured"),
                                  ("ROBERTO ARCESIO PABON", 1, "injured"),
                                  ("HUGO MORALES", 1, "injured")]),
    ("THE WOUNDED INCLUDE A CHILD AND A WOMAN.", [("A CHILD", 1, "injured"),
                                                 ("A WOMAN", 1, "injured")]),
    ("The dead included Mayor Jose Lopez, the police said.", [("Mayor Jose Lopez", 1, "killed")]),
    # (a guard: a passive after "the wounded were" names no one)
    ("THE WOUNDED WERE TAKEN TO THE ROSALES HOSPITAL.", []),
])
def test_victims_named_after_the_injured_or_the_dead(text: str, expected: list) -> None:
    assert one_killed(text) == expected


def test_count_separated_from_its_verb() -> None:
    text = "Twenty-six people, four of whom were police officers, were injured in the blast."
    # the 26 reach their verb past the aside; "four of whom" is a part of them, and a claim
    # of its own since it says who they were (as "including four police officers" does)
    assert casualties(text) == [(26, "injured"), (4, "injured")]


@pytest.mark.parametrize("text, expected", [
    # a count right after an outcome verb is its object; a finite verb after it is another
    # clause's (the next count's, or the main clause's after a relative one)
    ("Rebels killed six soldiers and two civilians were wounded.",
     [(6, "killed"), (2, "injured")]),
    ("The men who killed six priests were arrested.", [(6, "killed")]),
    ("The men who killed six priests and two women were arrested.",
     [(6, "killed"), (2, "killed")]),
    ("The men who killed six guards and two drivers fled north.", [(6, "killed"), (2, "killed")]),
    ("THE MEN IN UNIFORM WHO KILLED SIX JESUIT PRIESTS AND TWO COMPANIONS IN SAN SALVADOR ON "
     "THURSDAY FIRED MORE THAN 500 SHOTS.", [(6, "killed"), (2, "killed")]),
    # (guard: what follows the group may still name the outcome)
    ("THEY SHOT FOUR PEOPLE DEAD.", [(4, "killed")]),
])
def test_an_object_keeps_the_outcome_of_its_verb(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one victim set off after "including" in a counted subject is a victim of its own
    ("THE GROUP WAS BEHIND THE MURDERS IN WHICH ANOTHER 8, INCLUDING A JESUIT PRIEST, WERE "
     "BRUTALLY KILLED.", [("8", "killed"), ("A JESUIT PRIEST", "killed")]),
    ("One civilian was killed and five other people, including a policeman, were injured.",
     [("One", "killed"), ("five", "injured"), ("a policeman", "injured")]),
    # ... and so is one named after an object count, to the end of its clause
    ("TERRORISTS HAVE KILLED APPROXIMATELY 12 MINERS, INCLUDING SAUL CANTORAL, SECRETARY "
     "GENERAL OF THE FEDERATION.", [("APPROXIMATELY 12", "killed"), ("SAUL CANTORAL", "killed")]),
    ("Gunmen kidnapped three people, including a U.S. citizen.",
     [("three", "captured"), ("a U.S. citizen", "captured")]),
    ("THE GUARD ARRESTED TWO PRIESTS, INCLUDING A U.S. CITIZEN THIS MORNING.",
     [("TWO", "captured"), ("A U.S. CITIZEN", "captured")]),
    # (guards: a plural, two people, or one with a clause of their own are no single victim;
    # no count, no inclusion)
    ("THEY KILLED 69 PEASANTS, INCLUDING MEN.", [("69", "killed")]),
    ("Gunmen killed five people, including nuns and U.S. citizens.", [("five", "killed")]),
    ("WE KILLED TWO, WOUNDING FOUR ENEMY TROOPS, INCLUDING THE PATROL LEADER WHO WAS AMONG "
     "THOSE KILLED.", [("TWO", "killed"), ("FOUR", "injured")]),
    ("The leaders, including a priest, were killed.", []),
])
def test_a_victim_included_in_a_count(text: str, expected: list) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He said 17 others had been taken to hospital with wounds.", [(17, "injured")]),
    ("THIRTY-SIX PEOPLE WERE HOSPITALIZED AT THE CLEMENTE ALVAREZ HOSPITAL.", [(36, "injured")]),
])
def test_those_taken_to_hospital_are_injured(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence opening with the outcome its counts are parts of
    ("Of the dead, 144 were fighters from allied factions, and 87 were soldiers and "
     "pro-government militiamen, it said.", [(144, "killed"), (87, "killed")]),
    ("OF THE WOUNDED, 12 ARE CHILDREN.", [(12, "injured")]),
    # (guard: a count that is no part of them)
    ("Of the dead, none had been armed; 40 villagers fled.", [(40, "displaced")]),
])
def test_counts_that_are_parts_of_an_outcome_named_first(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Another six villagers went missing, he said.", [(6, "missing")]),
    ("Six fishermen have gone missing since the raid.", [(6, "missing")]),
    ("Four soldiers remain unaccounted for.", [(4, "missing")]),
])
def test_those_gone_missing_are_missing(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Twenty-three people were killed and two dozen wounded.", [(23, "killed"), (24, "injured")]),
    ("At least half a dozen soldiers were wounded.", [(6, "injured")]),
    ("A dozen villagers were killed.", [(12, "killed")]),
])
def test_dozens_counted_by_the_dozen(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two people were crushed to death in a stampede.", [(2, "killed")]),
    ("Militants hacked to death 12 villagers.", [(12, "killed")]),
    ("COPREFA STATED THAT 127 GUERRILLAS AND ABOUT 50 ARMY TROOPS WERE REPORTED DEAD.",
     [(127, "killed"), (50, "killed")]),
    # (guard: feared dead is no death told)
    ("At least 12 people were feared dead.", []),
])
def test_more_ways_of_telling_a_death(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A CHILD WAS AMONG THE DEAD.", [("A CHILD", "killed")]),
    ("Mayor Tom Bell was among those wounded, police said.", [("Mayor Tom Bell", "injured")]),
])
def test_one_victim_among_the_dead_or_wounded(text: str, expected: list) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # each one named in a list that is an outcome verb's object
    ("The strike killed Ahmed Saleh, his wife and their two sons.",
     [("Ahmed Saleh", "killed"), ("his wife", "killed"), ("two", "killed")]),
    # "the" and a role is one person
    ("Rebels killed the mayor and three guards.", [("the mayor", "killed"), ("three", "killed")]),
    ("The dead included the village chief and his brother.",
     [("the village chief", "killed"), ("his brother", "killed")]),
    # (guards: a plural is no one victim; in capitals a second verb is no name)
    ("It has seized large parts of Iraq, beheaded Americans and others, and vowed a wider war.",
     []),
    ("GUNMEN KILLED A COLOMBIAN AND WOUNDED AN AMERICAN.",
     [("A COLOMBIAN", "killed"), ("AN AMERICAN", "injured")]),
])
def test_a_list_of_victims_as_a_verbs_object(text: str, expected: list) -> None:
    assert victims(text) == expected


def test_casualties_is_not_killed() -> None:
    assert casualties("The army reported 17 casualties among its troops.") == []


@pytest.mark.parametrize("text, expected", [
    ("The death toll from the attack has risen to at least 27, officials said.", [(27, "killed")]),
    ("The monitor put the death toll at 27, including four women.",
     [(27, "killed"), (4, "killed")]),
    ("The death toll stood at 31 on Monday.", [(31, "killed")]),
    # a number with thousands separators is whole before a comma of the sentence
    ("The ministry said the death toll had risen to 43,846, with 103,740 wounded.",
     [(43846, "killed"), (103740, "injured")]),
    # (guard: a casualty toll counts the wounded too)
    ("A casualty toll of 27 was reported.", []),
    # a toll alone is a death toll (not a casualty toll)
    ("A government spokesman put the toll at nine soldiers and three civilians.",
     [(9, "killed"), (3, "killed")]),
    # a running number of one outcome
    ("A soldier was killed, bringing the number of soldiers killed in the offensive to 377.",
     [(1, "killed"), (377, "killed")]),
    ("The number of injured being treated at hospitals stands at 387.", [(387, "injured")]),
    # those a force drove from their homes
    ("Violence has forced some two million people to flee their homes.",
     [(2000000, "displaced")]),
    ("The fighting forced 3,000 villagers to leave their homes.", [(3000, "displaced")]),
    # (guard: urged to flee, they may not have)
    ("The army urged 3,000 villagers to flee.", []),
])
def test_the_death_toll_counts_the_dead(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, scope", [
    # a superlative's period compares the event, it sums nothing
    ("Rebels ambushed a patrol, killing seven soldiers, the military said, in one of the "
     "deadliest attacks on security forces this year.", "this_operation"),
    # (guard: a total over the period)
    ("At least 45 social leaders have been murdered this year.", "cumulative"),
    # another incident told as separate
    ("In a separate incident on Wednesday, two police officers were killed by a landmine.",
     "related_incident"),
    # an earlier event brought in by "after an ...", and the event a war began with
    ("The blast came a week after an attack on a hotel in the city killed 12 people.",
     "related_incident"),
    ("Israel says 1,200 people were killed in the Hamas-led attack that started the war.",
     "related_incident"),
    # an event known by its date, written day first as wire copy dates it
    ("THE GUERRILLAS SUSPENDED THE DIALOGUE FOLLOWING THE 31 OCTOBER DYNAMITE ATTACK THAT "
     "LEFT 10 DEAD.", "related_incident"),
    # a group's whole history
    ("SHINING PATH HAS CAUSED THE DEATH OF 20,000 PEOPLE OVER ITS 10 YEAR HISTORY.",
     "cumulative"),
])
def test_a_superlatives_period_and_a_separate_incident(text: str, scope: str) -> None:
    assert [f.scope for f in mine(text).casualties] == [scope]


@pytest.mark.parametrize("text, scopes", [
    # a running total is brought up to date by the death in the same sentence, which is this
    # operation's
    ("An Israeli soldier was killed in fighting, bringing the number of soldiers killed in "
     "the ground offensive to 377.", ["this_operation", "cumulative"]),
    ("The strike killed five people, bringing the death toll from the week's attacks to 45.",
     ["this_operation", "cumulative"]),
    # the toll of this attack is this attack's, brought up to date or not
    ("Three of the wounded had died overnight, raising the toll to 12.",
     ["this_operation", "this_operation"]),
    ("THIS NEW TERRORIST ACTION HAS LEFT A TOLL OF 1 PERSON WOUNDED.", ["this_operation"]),
    ("The death toll from Sunday's bombing rose to 27.", ["this_operation"]),
])
def test_a_running_total_is_cumulative_the_toll_of_one_attack_is_not(text: str, scopes: list
                                                                       ) -> None:
    assert [f.scope for f in mine(text).casualties] == scopes


@pytest.mark.parametrize("text", [
    "The strike killed 23 people, among them seven children.",
    "The group said 23 bodies had been recovered by nightfall, among them seven children.",
])
def test_a_count_among_them_shares_the_outcome(text: str) -> None:
    assert casualties(text) == [(23, "killed"), (7, "killed")]


@pytest.mark.parametrize("text, expected", [
    # a force's fighters lost are its dead
    ("The army said it had lost 11 soldiers in the fighting.", [(11, "killed")]),
    ("THE GOVERNMENT LOST 476 TROOPS DURING THE OFFENSIVE.", [(476, "killed")]),
    ("Three children drowned while crossing a river.", [(3, "killed")]),
    # (guard: what else is lost is no one)
    ("The party lost 11 seats in the election.", []),
])
def test_the_dead_by_other_words(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mayor Pedro Gomez was shot dead outside his home on Tuesday.", [(1, "killed")]),
    ("A soldier was wounded and taken to the military hospital.", [(1, "injured")]),
    ("Police blamed the cartel for the murder of Judge Carlos Valencia.", [(1, "killed")]),
    ("Gunmen killed a Colombian and wounded an American at the border.",
     [(1, "killed"), (1, "injured")]),
    ("A peasant woman died when a bomb exploded in her kitchen.", [(1, "killed")]),
])
def test_single_named_victims_count_one(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a victim described and named side by side is one person, with the worse outcome
    ("The dead included a well-known comedian, Mustafa Baraka, who was shot while filming.",
     [("Mustafa Baraka", "killed")]),
    # (guards: a list of names, a possessive in a list)
    ("THE MURDERS OF CARLOS VALENCIA GARCIA, COLONEL VALDEMAR FRANKLIN QUINTERO, AND SENATOR "
     "LUIS CARLOS GALAN.",
     [("CARLOS VALENCIA GARCIA", "killed"), ("COLONEL VALDEMAR FRANKLIN QUINTERO", "killed"),
      ("SENATOR LUIS CARLOS GALAN", "killed")]),
    ("THEY ARE CONNECTED TO THE MURDER OF DR TEOFILO FORERO CASTRO, HIS WIFE, AND TWO OTHER "
     "PEOPLE.", [("DR TEOFILO FORERO CASTRO", "killed"), ("HIS WIFE", "killed"),
                 ("TWO", "killed")]),
])
def test_a_victim_described_and_named_is_one(text: str, expected: list) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one victim shot and dead was killed: the wound is how they died
    ("A U.S. CITIZEN DIED AT THE HOSPITAL EARLY THIS MORNING. THE U.S. CITIZEN WAS SHOT LAST "
     "NIGHT WHEN UNIDENTIFIED INDIVIDUALS TRIED TO ENTER HIS RESIDENCE.",
     [("A U.S. CITIZEN", "killed")]),
    ("REPORTER ROBERTO NAVAS AND LUIS GALDAMEZ WERE SHOT BY TROOPS. LUIS GALDAMEZ IS "
     "CRITICALLY ILL WHILE ROBERTO NAVAS DIED INSTANTANEOUSLY.",
     [("LUIS GALDAMEZ", "injured"), ("ROBERTO NAVAS", "killed")]),
    # (guards: two indefinite victims are two; a surname alone, someone's kin)
    ("GUERRILLAS KILLED A WATCHMAN ON MONDAY. ON TUESDAY GUNMEN WOUNDED A WATCHMAN AT AN "
     "APARTMENT BUILDING.", [("A WATCHMAN", "killed"), ("A WATCHMAN", "injured")]),
    ("AS A RESULT OF THE ATTACK QUISPE, ISIDORO SAUNE, AND DIONISIO AGUIRRE WERE KILLED. "
     "FEDERICO PAQUILLAUVI AND CIRILO QUISPE WERE WOUNDED.",
     [("QUISPE", "killed"), ("ISIDORO SAUNE", "killed"), ("DIONISIO AGUIRRE", "killed"),
      ("FEDERICO PAQUILLAUVI", "injured"), ("CIRILO QUISPE", "injured")]),
    ("BANKER RAMIRO CASTILLO WAS MURDERED TODAY. THE ATTACKERS ALSO WOUNDED CASTILLO'S SON.",
     [("BANKER RAMIRO CASTILLO", "killed"), ("CASTILLO'S SON", "injured")]),
])
def test_one_victim_shot_and_dead_was_killed(text: str, expected: list) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a negated modal ends the victim's phrase, which is then plural: no one victim
    ("THE MURDER OF THE JESUIT FATHERS CANNOT BE CONSIDERED AN ISOLATED ACTION.", []),
    ("THE MURDER OF THE LEADER CANNOT BE USED AS AN EXCUSE.", [("THE LEADER", "killed")]),
])
def test_a_victim_phrase_ends_before_a_negated_verb(text: str, expected: list) -> None:
    assert victims(text) == expected


def test_single_victim_rules_keep_out_attempts_and_pronouns() -> None:
    assert casualties("The attempted murder of Senator Ruiz failed when the bomb misfired.") == []
    assert casualties("The plan was killed in committee.") == []


def test_an_age_after_a_name_is_no_count() -> None:
    assert casualties("Rosa Ortega, 34, a nurse, was wounded in the crossfire.") == [
        (1, "injured")]
    assert casualties("FELIPE MORA (52) DIED WHEN THE CAR BOMB WENT OFF.") == [(1, "killed")]
    # ... also when the sentence ends with it
    assert casualties("Three persons were seriously injured, including U.S. citizen Brenda "
                      "Hoover, 41.") == [(3, "injured")]
    # a count between commas after a verb is still a count
    assert casualties("The blast killed 12, wounded 30, and destroyed 5 houses.") == [
        (12, "killed"), (30, "injured")]


@pytest.mark.parametrize("text, expected", [
    # the subject of a passive, its appositives left out
    ("Luis Vega, a taxi driver who was passing by, was killed.", [(1, "killed")]),
    ("JORGE SALAS, 61, A RETIRED JUDGE, WAS MURDERED LAST NIGHT.", [(1, "killed")]),
    # the clause after a reporting verb has the victim, not the reporter
    ("ANONYMOUS CALLERS TOLD THE STATION THE COUNCILMAN HAS BEEN KILLED.", [(1, "killed")]),
    # a surname that looks plural in upper case, known to be a name by its given name
    ("CAPTAIN MARIO REYES DIED IN THE AMBUSH.", [(1, "killed")]),
    ("THE GUERRILLAS DIED IN THE AMBUSH.", []),
    # "a member of X" is one member
    ("THEY CONDEMNED THE MURDER OF A MEMBER OF THE CARABINEROS.", [(1, "killed")]),
    # the head of a victim's phrase is before any preposition: "the men" are not one victim
    ("SOLDIERS SEPARATED THE MEN AND WOMEN AND KILLED THE MEN INSIDE THE CHURCH.", []),
])
def test_single_victims_in_news_syntax(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text", [
    "The deputy was not injured because he hid in a neighbour's house.",
    "If this savage killing of people does not stop, the army will answer for it.",
    "THE NATION MOURNS THE DEATH OF THESE BRAVE NUNS?",
    "They shared no blame for the murder of the priests.",
    "ITS CREW DIED WHEN THE PLANE WENT DOWN.",
    "TWO STUDENTS WHO WERE LINKED TO A PLAN TO MURDER THE MINISTER WERE QUESTIONED.",
    "MORE THAN 1,000 PEOPLE HAVE DIED IN THE FIGHTING, A SINGLE SOURCE SAID.",
    # a participle after "those"/"the" modifies them; what follows is no object
    "AUTHORITIES REPORT THAT ALL THOSE KILLED BELONGED TO A GROUP OF HIRED ASSASSINS.",
    "THE SERIOUSLY INJURED SOVIET SEAMEN WERE OUT OF DANGER.",
    # "had been" agrees with a plural subject too: coordinated, or plural by its noun
    "HOURS AFTER THE JESUITS AND THEIR MAIDS HAD BEEN MURDERED, THE PRESIDENT SPOKE.",
    # "any" leaves open whether there was one
    "Pakistan denied that any of its soldiers had been killed.",
    "He denied that any soldier had been killed.",
])
def test_no_count_of_one_for_plural_denied_or_other_victims(text: str) -> None:
    assert (1, "killed") not in casualties(text) and (1, "injured") not in casualties(text)


def test_a_noun_in_a_relative_clause_is_another_event() -> None:
    text = "THREE MEN WHO TOOK PART IN THE MURDER OF THE GOVERNOR WERE ARRESTED."
    assert casualties(text) == [(3, "captured"), (1, "killed")]  # the governor, not the men


@pytest.mark.parametrize("text, expected", [
    ("THE RAID CAUSED ONE UNFORTUNATE DEATH AND HEAVY DAMAGE.", [(1, "killed")]),
    ("Two bodies, both with gunshot wounds, were found by the road.", [(2, "killed")]),
    ("The blast resulted in the injury of six people.", [(6, "injured")]),
    ("Two more people were seriously wounded.", [(2, "injured")]),
    # a part of an earlier count with its own verb is the casualty
    ("FOUR CLERKS WERE AT THEIR DESKS WHEN IT EXPLODED; ONE OF THEM WAS INJURED.",
     [(1, "injured")]),
    # ... but a part that only qualifies the count is no more victims
    ("The ambush injured 15 soldiers, 4 of them seriously.", [(15, "injured")]),
    # a gerund with its own count names that count's outcome, not the one before it
    ("REBELS FIRED ON THREE HEALTH CENTERS WOUNDING FIVE POLICEMEN.", [(5, "injured")]),
])
def test_outcome_nouns_partitives_and_adverbs(text: str, expected: list) -> None:
    assert casualties(text) == expected


def test_hypothetical_and_ambiguous_outcomes_are_no_claim() -> None:
    assert casualties("The bomb would have killed at least 5,000 people.") == []
    assert casualties("There could be more than 300 wounded, the source added.") == []
    assert casualties("We killed or wounded an estimated 827 troops.") == []


@pytest.mark.parametrize("text, expected", [
    # one more victim joined to a verb's counted object shares its outcome
    ("SHINING PATH GUERRILLAS AMBUSHED AN ARMY PATROL YESTERDAY, KILLING 11 SOLDIERS AND A "
     "CIVILIAN GUIDE, MILITARY SOURCES REPORTED.",
     [("11", "killed"), ("A CIVILIAN GUIDE", "killed")]),
    ("Gunmen killed 11 soldiers and a policeman near the border.",
     [("11", "killed"), ("a policeman", "killed")]),
    # (guards: a clause of its own, an animal)
    ("Guerrillas killed 11 soldiers and a policeman was wounded.",
     [("11", "killed"), ("a policeman", "injured")]),
    ("Guerrillas killed 11 soldiers and a horse.", [("11", "killed")]),
    ("Gunmen killed a horse.", []),
])
def test_one_more_victim_after_a_counted_object(text: str, expected: list) -> None:
    assert victims(text) == expected


def test_a_victim_before_a_possessive_outcome_starts_after_the_verb() -> None:
    assert victims("Hezbollah confirmed Aqil's death in a statement.") == [("Aqil", "killed")]
    # (guard: an adjective before the name stays)
    assert victims("Protesters marked the unarmed teenager Trayvon Martin's death.") == [
        ("the unarmed teenager Trayvon Martin", "killed")]


def test_coordinated_counts_share_the_verb() -> None:
    text = "Six Jesuits (five Spaniards and one Salvadoran) and two women were killed."
    assert casualties(text) == [(6, "killed"), (2, "killed")]
    # also before a long place and time
    text = ("Suspected jihadists killed fifteen soldiers and two civilian auxiliaries in an "
            "ambush in northern Burkina Faso on Sunday.")
    assert casualties(text) == [(15, "killed"), (2, "killed")]


def test_upper_case_wire_copy() -> None:
    text = ("   THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS OF VARIOUS AGES\n"
            "HAVE BEEN KIDNAPPED BY TERRORISTS IN SAN MIGUEL DEPARTMENT.  MEANWHILE, THREE\n"
            "SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES YESTERDAY IN\n"
            "USULUTAN, THE ATONAL BATTALION REPORTED.\n")
    mined = mine(text)
    got = [(f.count.low, f.outcome, f.claimed_by) for f in mined.casualties]
    assert got == [(50, "captured", "THE ARCE BATTALION COMMAND"),
                   (3, "killed", "THE ATONAL BATTALION"), (7, "injured", "THE ATONAL BATTALION")]


def test_hard_wrapped_text_is_read_unwrapped_with_the_same_offsets() -> None:
    wrapped = ("   POLICE SAID THAT AT LEAST TWELVE PEOPLE WERE KILLED WHEN A CAR BOMB WENT OFF\n"
               "NEAR THE MARKET.  OFFICIALS ADDED THAT TWENTY-ONE OTHER\n"
               "PEOPLE WERE WOUNDED BY THE BLAST AND TAKEN TO THE HOSPITAL IN THE CAPITAL.\n"
               "\n"
               "   A SECOND PARAGRAPH FOLLOWS HERE AND IT IS ALSO WRAPPED AT A FIXED WIDTH OF\n"
               "EIGHTY COLUMNS LIKE THE FIRST ONE.\n")
    flat = unwrap(wrapped)
    assert len(flat) == len(wrapped)
    assert "TWENTY-ONE OTHER PEOPLE" in flat and "\n\n   A SECOND" in flat
    figures = mine(wrapped).casualties
    assert [(f.count.low, f.outcome) for f in figures] == [(12, "killed"), (21, "injured")]
    assert wrapped[figures[1].count.start:figures[1].count.end] == "TWENTY-ONE"


@pytest.mark.parametrize("text, expected", [
    # the victims of an outcome noun inside an editor's brackets
    ("THE FMLN CONDEMNED THE ARREST OF FIVE SOLDIERS ACCUSED OF COMMITTING THE MASSACRE [OF "
     "SIX JESUIT PRIESTS] AS A COVER OPERATION.",
     [("SOLDIERS", 5, "captured"), ("JESUIT PRIESTS", 6, "killed")]),
    # a gloss after the count's noun is no part of the group, and the verb reads on after it
    ("THE POLICE REPORTED THAT 10 OTHER PEOPLE [NOT FURTHER IDENTIFIED] WERE ALSO INJURED.",
     [("OTHER PEOPLE", 10, "injured")]),
    ("SIX UCA [CENTRAL AMERICAN UNIVERSITY] JESUITS WERE MURDERED IN NOVEMBER.",
     [("UCA JESUITS", 6, "killed")]),
])
def test_an_editors_brackets_in_wire_copy(text: str, expected: list) -> None:
    assert one_killed(text) == expected


def test_a_line_opening_with_one_space_continues_its_paragraph() -> None:
    """A wrap at a double space leaves one space at the start of the next line; paragraphs
    are indented by more."""
    wrapped = ("   LOPEZ SAID THAT THE WOUNDED WOMAN WAS TAKEN TO THE MILITARY HOSPITAL AT ONCE\n"
               "BY A PATROL OF THE NATIONAL POLICE THAT HAD BEEN GUARDING THE PRESIDENTIAL\n"
               "RESIDENCE WHEN THE SHOOTING BEGAN NEAR THE GATE.\n"
               "\n"
               "   LOPEZ ADDED THAT A FOREIGNER NAMED ERIKA SULEMAN, PRESUMABLY A\n"
               " GERMAN NATIONAL, WAS KILLED IN THE SAME INCIDENT ON THE ROAD NEAR THE PALACE.\n"
               "\n"
               "   BOTH WERE TRAVELING IN A CAR THAT WAS CAUGHT IN THE CROSSFIRE BETWEEN THE\n"
               "GUERRILLAS AND THE SOLDIERS, THE SPOKESMAN SAID.\n")
    assert "PRESUMABLY A  GERMAN" in unwrap(wrapped)
    assert ("A FOREIGNER NAMED ERIKA SULEMAN", "killed") in [
        (f.group, f.outcome) for f in mine(wrapped).casualties]


def test_ordinary_articles_are_not_unwrapped() -> None:
    text = ("A short headline\n\nThe first paragraph is one long line of running text, as "
            "scraped articles put it, and it goes on well past any fixed wrapping width.\n"
            "The second paragraph is another line.\n")
    assert unwrap(text) == text


@pytest.mark.parametrize("text", [
    "SINCE THE UP WAS FOUNDED IN 1985, APPROXIMATELY 900 OF ITS MEMBERS HAVE BEEN MURDERED.",
    "TWO PRESIDENTIAL CANDIDATES HAVE BEEN ASSASSINATED IN LESS THAN 40 DAYS.",
    "EL SALVADOR HAS BEEN ENDURING A CIVIL WAR IN WHICH MORE THAN 70,000 PEOPLE HAVE DIED.",
    "THEY WILL END AN INTERNAL WAR THAT HAS LEFT OVER 70,000 DEAD IN 9 YEARS.",
    "Since the war began, 300 soldiers have been killed.",
    "DURING THIS 10-YEAR-LONG WAR, 70,000 PEOPLE HAVE DIED.",
    "OF THE VICTIMS OF POLITICAL VIOLENCE, 700 HAVE DIED DURING 1990.",
    "AFTER DECADES OF MILITARY REGIMES DURING WHICH MORE THAN 100,000 PEOPLE WERE KILLED.",
    # the whole war as the one that killed
    "The war, which began in April 2023, has killed more than 20,000 people.",
    "THE WAR THAT BEGAN 10 YEARS AGO IN EL SALVADOR HAS LEFT MORE THAN 70,000 DEAD.",
    "The ministry said the death toll from more than a year of war had risen to 43,846.",
    "DURING THE 2 MONTHS OF THE WAR SOME 20 JUDGES HAVE BEEN KILLED BY NARCO-TERRORISTS.",
    "THE NEARLY 100,000 SALVADORANS WHO HAVE DIED IN THE STRUGGLE WOULD STILL BE ALIVE.",
])
def test_totals_over_a_period_are_cumulative(text: str) -> None:
    (figure,) = mine(text).casualties
    assert figure.scope == "cumulative"


@pytest.mark.parametrize("text", [
    "The state of emergency had been imposed after Islamist militants killed 130 people in "
    "Paris last November.",
    "THE MINISTER RECALLED THE INCIDENT AT EL AMPARO LAST YEAR WHEN A GROUP OF SOLDIERS "
    "MURDERED 17 FISHERMEN.",
])
def test_an_incident_of_last_year_or_a_past_month_is_another_one(text: str) -> None:
    (figure,) = mine(text).casualties
    assert figure.scope == "related_incident"


@pytest.mark.parametrize("text, scope", [
    ("THE ARMY REPORTED THAT A SOLDIER AND SIX GUERRILLAS WERE KILLED IN THE CLASHES, WHICH "
     "LASTED BETWEEN 0600 AND 1400.", "this_operation"),
    ("Eleven people were wounded in the attacks, a police report said.", "this_operation"),
    # (a guard: counts over several separate events stay a total)
    ("Eleven people were wounded in separate attacks, a police report said.", "cumulative"),
])
def test_the_clashes_of_the_event_are_no_total(text: str, scope: str) -> None:
    assert {f.scope for f in mine(text).casualties} == {scope}


def test_the_incident_the_lead_reports_is_the_operation_and_another_one_is_related() -> None:
    text = ("BOGOTA, 14 FEB 90 (DPA) -- THREE POLICEMEN WERE KILLED AND ONE WAS WOUNDED TODAY "
            "IN AN AMBUSH SET BY GUERRILLAS IN THE MUNICIPALITY OF ARBOLETES.\n\n"
            "THE GUERRILLAS DETONATED A DYNAMITE CHARGE WHILE A POLICE PATROL WAS ON A "
            "SEARCH MISSION IN THE AREA, THE REPORT SAID.\n\n"
            "ON MONDAY TWO SOLDIERS WERE KILLED IN A SUICIDE ATTACK IN MEDELLIN.\n")
    scopes = [(f.count.low, f.outcome, f.scope) for f in mine(text).casualties]
    assert scopes == [(3, "killed", "this_operation"), (1, "injured", "this_operation"),
                      (2, "killed", "related_incident")]


@pytest.mark.parametrize("text, expected", [
    # wire copy joins tens and units
    ("THIRTYTHREE SOVIET SEAMEN HAVE BEEN INJURED IN THE PORT OF CALLAO.", [(33, "injured")]),
    # a gerund with one victim as its object
    ("SIX URBAN GUERRILLAS ATTACKED TWO POLICE CHECKPOINTS, WOUNDING A WOMAN.",
     [(1, "injured")]),
    # "X, who was shot to death": the victim is the name "who" stands for
    ("THE MAFIA WAS BLAMED BY JUSTICE MARIA ELENA DIAZ, WHO WAS SHOT TO DEATH LAST MONTH.",
     [(1, "killed")]),
    # a name's murder; but "the army's killing of" names the killer
    ("AS A RESULT OF LUIS CARLOS GALAN'S MURDER, SECURITY HAS BECOME A MAJOR ISSUE.",
     [(1, "killed")]),
    ("The army's killing of protesters was condemned.", []),
    # a gerund after a determiner is a noun; an outcome noun before another noun modifies it
    ("ACCORDING TO THE GARRISON, THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER.", []),
    ("SHE IS HIDING IN THE UNITED STATES FROM THE DRUG CARTEL'S ASSASSINATION THREATS.", []),
    # an aside between the verb and its object
    ("IN THE HOSPITAL THEY MURDERED, AT GUNPOINT, A SOLDIER WHO WAS RECEIVING TREATMENT.",
     [(1, "killed")]),
])
def test_more_single_victims_and_counts_of_wire_copy(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("THE COLONEL WAS ACCUSED OF THE DEATH OF SIX JESUITS AND THEIR TWO MAIDS.",
     [(6, "killed"), (2, "killed")]),
    ("WHAT ABOUT THE BOMBS THAT KILLED SIX SOLDIERS AND ONE CIVILIAN?",
     [(6, "killed"), (1, "killed")]),
    ("THIS MORNING, UP LEGAL ADVISOR ABELARDO DAZA WAS SHOT.", [(1, "injured")]),
    ("The mayor was shot dead on Tuesday.", [(1, "killed")]),
    ("THE SOURCE SAID THAT VARGAS, 38, WAS SHOT SIX TIMES AND DIED ON THE SPOT.",
     [(1, "killed")]),
    ("A POLICE REPORT SAYS THE JUDGE WAS SHOT AT FROM TWO AUTOMOBILES.", []),
])
def test_coordinated_counts_and_shot_victims(text: str, expected: list) -> None:
    assert casualties(text) == expected


def test_two_unit_words_in_a_row_are_two_numbers() -> None:
    # "five five" is no ten; only tens and units ("twenty five") or a scale join
    assert [(c.text, c.low) for c in find_counts("five\nfive")] == [("five", 5), ("five", 5)]
    assert [c.low for c in find_counts("three hundred and five, twenty five")] == [305, 25]


@pytest.mark.parametrize("text, expected", [
    # two victims named one by one share a plural passive
    ("FEDERICO PAQUILLA AND CIRILO QUISPE WERE WOUNDED ACCORDING TO THE SOURCES.",
     [(1, "injured"), (1, "injured")]),
    ("SOLDIERS AND POLICEMEN WERE WOUNDED IN THE ATTACK.", []),
    # the present tense of wire copy
    ("DIEGO MORALES, LEADER OF THE PEASANT FEDERATION, IS SERIOUSLY INJURED AND IN A COMA.",
     [(1, "injured")]),
    # an appositive holding an acronym in parentheses
    ("MEANWHILE, AMALIO ESCOBAR, 21, A MEMBER OF THE CIVIL SELF-DEFENSE PATROLS (PAC), WAS "
     "SHOT TO DEATH IN SAN PABLO.", [(1, "killed")]),
    # a second victim with the verb left out; the victim's clause opens after "in which"
    ("IT WAS AN INCIDENT IN WHICH DELGADO'S DRIVER WAS KILLED AND HIS BODYGUARD WOUNDED.",
     [(1, "killed"), (1, "injured")]),
    # one victim named beside a count: both are victims
    ("Mayor Juan Perez and two of his bodyguards were killed on Monday.",
     [(1, "killed"), (2, "killed")]),
    ("IT REPORTED THAT A SOLDIER AND SIX GUERRILLAS WERE KILLED IN THE CLASHES.",
     [(1, "killed"), (6, "killed")]),
    # a count "along with" a victim shares the outcome
    ("RIVERA WAS SHOT TO DEATH ALONG WITH TWO OTHER PARTY MILITANTS WHOSE IDENTITIES WERE "
     "NOT REVEALED.", [(1, "killed"), (2, "killed")]),
    # (a guard: two clauses joined by "and" name no one beside the count)
    ("A TERRORIST WAS KILLED AND TWO SOLDIERS WERE WOUNDED IN THE CLASH.",
     [(1, "killed"), (2, "injured")]),
])
def test_named_victims_in_pairs_present_tense_and_gapping(text: str, expected: list) -> None:
    mined = mine(text).casualties
    assert sorted((f.count.low, f.outcome) for f in mined) == sorted(expected)
    if text.startswith("IT WAS"):
        assert [f.group for f in mined] == ["DELGADO'S DRIVER", "HIS BODYGUARD"]


def test_a_wire_claimant_is_the_name_and_its_titles_not_the_dateline() -> None:
    text = ("   QUITO, 30 APR 90 (AFP) -- [TEXT] ECUADORAN SOCIAL COMMUNICATIONS SECRETARY OMAR "
            "FADEL ANNOUNCED TODAY THAT A GROUP OF GUNMEN KILLED A FARMER AND WOUNDED TWO "
            "SOLDIERS.\n")
    claimants = {f.claimed_by for f in mine(text).casualties}
    assert claimants == {"ECUADORAN SOCIAL COMMUNICATIONS SECRETARY OMAR FADEL"}


@pytest.mark.parametrize("text, expected", [
    # a participle phrase between the group and its verb
    ("   MEDELLIN, 26 OCT 89 (DPA) -- [TEXT] TWO POLICEMEN GUARDING THE CONSULATE IN MEDELLIN "
     "WERE KILLED TODAY BY UNIDENTIFIED GUNMEN.\n", [(2, "killed")]),
    # when it happened, between the outcome noun and its victim
    ("   THE DEFECTOR SAID THAT THE ASSASSINATION IN FEBRUARY OF GENERAL OMAR FADEL, FORMER "
     "COMMANDER OF THE ARMED FORCES, WAS PLOTTED ABROAD.\n", [(1, "killed")]),
    ("The party spoke after the murder on 26 February of Mayor Dana Reyes shocked the town.",
     [(1, "killed")]),
])
def test_asides_between_a_count_or_outcome_and_the_rest(text: str, expected: list) -> None:
    assert casualties(text) == expected


def test_a_named_victim_ends_at_the_lower_case_verb_after_it() -> None:
    groups = [f.group for f in mine("The murder of Mayor Dana Reyes shocked the town.").casualties]
    assert groups == ["Mayor Dana Reyes"]


def test_a_plural_after_a_capitalised_word_is_no_named_victim() -> None:
    assert casualties("He argued for the assassination of American citizens abroad.") == []


@pytest.mark.parametrize("text, victim", [
    # only the appositive that closes the subject is left out, not the name before it
    ("ON 5 JANUARY, CARLOS JULIO TORRES, MAYOR OF ABREGO IN THE NORTHEASTERN DEPARTMENT, WAS "
     "KILLED BY A GUERRILLA COLUMN.", "CARLOS JULIO TORRES"),
    ("MEANWHILE, AMALIO ESCOBAR, 21, A MEMBER OF THE CIVIL SELF-DEFENSE PATROLS (PAC), WAS SHOT "
     "TO DEATH IN SAN PABLO.", "AMALIO ESCOBAR"),
    # a relative clause closing the appositive
    ("POLICE SOURCES REPORTED THAT BARRIOS, AMBASSADOR TO SPAIN DURING THE FIRST TWO YEARS OF "
     "THE GOVERNMENT, WHICH BEGAN IN 1986, WAS GUNNED DOWN BY UNIDENTIFIED MEN.", "BARRIOS"),
    # a party's initials inside the appositive; a dateline's "[TEXT]" opens no victim
    ("BOGOTA, 22 MAR 90 (AFP) -- [TEXT] BERNARDO JARA OSSA, THE 36-YEAR-OLD PATRIOTIC UNION (UP) "
     "PRESIDENTIAL CANDIDATE, HAS DIED FROM GUNSHOT WOUNDS.", "BERNARDO JARA OSSA"),
    ("LIMA, 7 MAY 89 (TELEVISION PERUANA) -- [EXCERPT] DEPUTY PABLO LI ORTEGA, OF THE APRA "
     "[AMERICAN POPULAR REVOLUTIONARY ALLIANCE] PARTY, WAS MURDERED THIS AFTERNOON.",
     "DEPUTY PABLO LI ORTEGA"),
    # a long title, and the name at its end
    ("FORMER FOREIGN MINISTER AND PRESIDENT OF THE SUPREME COURT OF JUSTICE FRANCISCO JOSE "
     "GUERRA DIED ON 28 NOVEMBER WHEN HE WAS STRAFFED.", "FRANCISCO JOSE GUERRA"),
    # a long description, and the name set off after it
    ("MEANWHILE, THE BODYGUARD OF THE NEWSPAPER'S CHIEF OF DISTRIBUTION IN THE NORTHERN CITY, "
     "PEDRO LUIS OSPINA, WAS ASSASSINATED THIS AFTERNOON.", "PEDRO LUIS OSPINA"),
    # a phrase of origin set off before "who"
    ("THE ARMY SAID THAT JOSE PEREZ, OF THE LAW SCHOOL, WHO WAS SHOT DEAD ON FRIDAY, HAD "
     "RECEIVED THREATS.", "JOSE PEREZ"),
    # an age and a long relative clause
    ("ACCORDING TO FIRST REPORTS, JOSE LUIS MARTINEZ, 72, WHO WAS WORKING AT THE GAS STATION "
     "ON THE MAIN AVENUE OF THE CAPITAL AT THE TIME OF THE BLAST, WAS KILLED.",
     "JOSE LUIS MARTINEZ"),
])
def test_the_victim_named_around_appositives(text: str, victim: str) -> None:
    assert one_killed(text) == [(victim, 1, "killed")]


@pytest.mark.parametrize("text, victim", [
    # a nickname in parentheses after the name
    ('LIMA TODAY, DAVID OROSCO TELLO ("COMRADE MERINO"), THIRD IN COMMAND OF THE GROUP, DIED '
     "DURING A CLASH WITH AN ARMY PATROL.", "DAVID OROSCO TELLO"),
    # a preposition or a thing before the name is no part of it
    ("If we remember nothing else about Nancy Reagan, who died Sunday at age 94, it will be "
     "her eyes.", "Nancy Reagan"),
    ("A photo of Ali, who died Friday at age 74, was shown on the screen.", "Ali"),
    # a sentence adverb before the subject; another phrase after the object
    ("YESTERDAY AN INDIVIDUAL WAS KILLED WHEN A CAR BOMB EXPLODED.", "AN INDIVIDUAL"),
    ("AFTER MURDERING CASTILLO THE ATTACKERS JUMPED INTO ONE OF HIS VEHICLES AND FLED.",
     "CASTILLO"),
])
def test_a_single_victim_is_the_person_and_nothing_around_them(text: str, victim: str) -> None:
    assert one_killed(text) == [(victim, 1, "killed")]


@pytest.mark.parametrize("text, victim", [
    # "who" after a relative's "of" and a person's name means that person; fatally shot is dead
    ("Sybrina Fulton, the mother of Trayvon Martin, who was fatally shot in 2012 by a "
     "volunteer, spoke.", "Trayvon Martin"),
    ("The family of Ronald Johnson III, who was fatally shot in the back by an officer, wants "
     "the video.", "Ronald Johnson III"),
    # (a guard: a firm after "of" is no person, the one before it died)
    ("It stars the legendary chairman of Bear Stearns, who died in 2012, as himself.",
     "the legendary chairman of Bear Stearns"),
    # the victim after an outcome noun's "of" is read once, without the "of"
    ("Ferguson erupted in protests following the death of unarmed black teenager Michael "
     "Brown, who was fatally shot by a white police officer.",
     "unarmed black teenager Michael Brown"),
    # "whose" opens the clause whose subject is the victim
    ("Pat Smith, whose son Sean was killed in Benghazi, spoke on Monday.", "son Sean"),
])
def test_the_victim_of_a_relative_clause(text: str, victim: str) -> None:
    assert one_killed(text) == [(victim, 1, "killed")]


@pytest.mark.parametrize("text", [
    "A vote on the job-killing TPP during a lame duck session must not happen.",
    # a capitalised outcome inside a sentence is part of a name; a condition is no event
    "The money goes to the Wounded Warriors or to vets, he said.",
    "He believed if he killed the President the actress would notice him.",
    # a victim ending in a typewriter's closing quotation mark is quoted words
    "''Not everyone is capable of controlling their behavior, and the government's lax "
    "regulation is making killing a lot easier.''",
    # a phrase of degree after the verb, quoted or not
    "The new law is making killing a lot easier, he said.",
    "“Her mind is shot — resign!” he wrote.",
    "Nonetheless, Taylor won, died in office and was succeeded by Millard Fillmore.",
])
def test_compounds_quoted_words_and_adverbs_name_no_victim(text: str) -> None:
    assert mine(text).casualties == []


@pytest.mark.parametrize("text, expected", [
    # an aside in parentheses after a group is no part of the group
    ("TWO CHILDREN AND EIGHT OTHER PEOPLE (THREE SOLDIERS AND FIVE CIVILIANS) WERE WOUNDED.",
     ("EIGHT", "injured", "OTHER PEOPLE")),
    # a coordinated count of people takes the outcome with when or where after it ...
    ("Gunmen killed six priests and two women on Thursday.", ("two", "killed", "women")),
    ("THE MURDER OF SIX JESUITS AND TWO WOMEN ON 16 NOVEMBER.", ("TWO", "killed", "WOMEN")),
    # a relative clause between the group and its verb, an adverb in -ly before the outcome
    ("SIX JESUIT PRIESTS AND TWO HUMBLE WOMEN WHO WORKED FOR THEM WERE BRUTALLY ASSASSINATED.",
     ("SIX", "killed", "JESUIT PRIESTS")),
])
def test_coordinated_counts_and_asides(text: str, expected: tuple) -> None:
    figures = [(f.count.text, f.outcome, f.group) for f in mine(text).casualties]
    assert expected in figures


def test_a_count_of_things_after_a_casualty_stays_a_thing() -> None:
    # ... but not a bare count ("millions in losses") or a count of places
    assert casualties("THE BLAST RESULTED IN THE INJURY OF SIX PEOPLE AND MILLIONS IN LOSSES.") == [
        (6, "injured")]
    assert casualties("AT LEAST 9 PEOPLE HAVE DIED IN SAN SALVADOR AND 2 DEPARTMENTS IN THE "
                      "NORTH.") == [(9, "killed")]


@pytest.mark.parametrize("text", [
    # a long subject ending in a place or an organisation names no victim
    "ONE OF THE DAUGHTERS OF THE ISRAELI AMBASSADOR TO EL SALVADOR WAS SERIOUSLY WOUNDED.",
    "A TERRORIST WORKING FOR THE JOHN BOLANOS LOPEZ GANG WAS KILLED IN THIS ATTACK.",
])
def test_a_long_subject_keeps_its_head_as_the_victim(text: str) -> None:
    groups = [f.group for f in mine(text).casualties]
    assert "EL SALVADOR" not in groups and "JOHN BOLANOS LOPEZ GANG" not in groups


@pytest.mark.parametrize("text, expected", [
    # the count is of those who did the deed, not of its victims
    ("WHERE APPROXIMATELY FIVE INDIVIDUALS SHOT TO DEATH A WATCHMAN WHO TRIED TO STOP THEM.",
     []),
    ("Several men last night wounded a watchman at the building.", [(1, "injured")]),
    ("The minister said a group of soldiers murdered 17 fishermen.", [(17, "killed")]),
    ("HE ADDED THAT TWO DIFFERENT GROUPS ACTED, ONE THAT MURDERED THE CLERGYMEN.", []),
    ("She works with a group of volunteers that has evacuated more than 2,000 people.",
     [(2000, "rescued")]),
    # a deed done to them, or done at a time, still counts them
    ("Two soldiers killed the day before were buried on Sunday.", [(2, "killed")]),
    ("Five rebels were killed the same day.", [(5, "killed")]),
    ("Three men killed in the raid were buried.", [(3, "killed")]),
    ("SEVEN MEN ATTACKED A POLICE DETACHMENT AND KILLED TWO POLICEMEN WHO HAD KILLED ONE OF "
     "THE GROUP.", [(2, "killed"), (1, "killed")]),
    ("Rebels said 200 fighters surrendered their weapons.", [(200, "surrendered")]),
])
def test_those_who_did_the_deed_are_not_its_victims(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, claimant", [
    # what was reported or estimated is no source, with an adverb before the verb or no
    # auxiliary at all
    ("HEAVY CLASHES WERE ALSO REPORTED IN MORAZAN, DURING WHICH AT LEAST TWO SOLDIERS WERE "
     "KILLED.", None),
    ("FOUR PEOPLE KILLED AND LOSSES ESTIMATED TO BE IN THE MILLIONS ARE THE RESULT OF A CAR "
     "BOMB, THE POLICE REPORTED.", "THE POLICE"),
    # an initialism's periods end no source
    ("ACCORDING TO THE U.S. EMBASSY IN SAN SALVADOR, THE OFFENSIVE HAS LEFT 305 DEAD.",
     "THE U.S. EMBASSY"),
    ("According to the U.S. Embassy, 305 people died in the offensive.", "the U.S. Embassy"),
    # a body named by its noun alone, in a tag
    ("Gunmen attacked a convoy on Monday, killing nine people, police said.", "police"),
    # a verb whose object is a quotation claims the quoted words only, not a count after them
    ('TWO WEEKS AGO THE EXTRADITABLES DECLARED "TOTAL WAR" AGAINST THE GOVERNMENT AFTER IT '
     "LAUNCHED A CAMPAIGN IN WHICH 11,000 INDIVIDUALS WERE ARRESTED.", None),
    ('THE PRESIDENT SAID "WE CANNOT CONDONE KILLING," IGNORING THAT DEATH SQUADS HAVE KILLED '
     "300 CIVILIANS.", None),
    # who denies a figure does not claim it
    ("Coalition spokesman Ahmed Asiri denied reports that an airstrike on a funeral hall had "
     "killed 140 people.", None),
    ("NICARAGUA HAS DENIED ANY LINKS WITH THE ASSASSINATION OF MINISTER ANTONIO RODRIGUEZ "
     "PORTH.", None),
    # who puts a toll at a figure gives it
    ("A government spokesman, Ismail Mukhtar, put the toll at nine soldiers.", "Ismail Mukhtar"),
    # a statement's author claims
    ("A statement from the army said 12 soldiers were killed.", "the army"),
    # a subject that names no one claims nothing
    ("No group claimed a similar attack last week that killed at least 47 people.", None),
    # a long body's name with an ampersand
    ("The insurgency has killed more than 4,000 people since 2017, according to the Armed "
     "Conflict Location & Event Data Project (ACLED).",
     "Armed Conflict Location & Event Data Project (ACLED)"),
    # two sources joined are one claimant
    ("An air strike has killed at least 11 people, according to a resistance group and a "
     "local aid worker.", "a resistance group and a local aid worker"),
    # a body named before ", which said" says it
    ("The attack was claimed by JNIM, which said its fighters had killed 30 soldiers.", "JNIM"),
    ("Residents blamed the Islamic State, which said its fighters killed 30 soldiers.",
     "Islamic State"),
    # two sources joined, the first counted
    ("A drone strike hit a minibus on Monday, killing about 30 people, two aid workers and a "
     "health official told Reuters.", "two aid workers and a health official"),
    # a bare plural right before the verb is its subject, no role of a name before it
    ("Sudan's RSF shells El Obeid, killing 17, doctors say", "doctors"),
    # the one accused claims nothing (a verb with its preposition and no object is passive)
    ("Sudan's RSF accused of killing dozens in village attack", None),
    ("The RSF, accused of killing 85 people in the village, did not respond.", None),
    # (guard: the accuser)
    ("Activists accused the RSF of killing 85 people in the village.", "Activists"),
    # a thing set off after the speaker's own words, told again by the same noun
    ("A doctor at the Saudi hospital, the last functioning hospital in the city, said it had "
     "received 23 bodies on Sunday.", "A doctor at the Saudi hospital"),
    # a wish to act reports nothing
    ("Most of the evacuees had asked to leave the country after the killing of six Jesuits.",
     None),
    # (guard: a quoted listener and the "that" clause after it)
    ('POLAY TOLD "LA REPUBLICA" THAT HE IS NOT RESPONSIBLE FOR THE KIDNAPPING, IN WHICH THREE '
     "GUARDS WERE KILLED.", "POLAY"),
])
def test_the_claimant_is_the_source_not_what_it_reported(text: str, claimant: str | None
                                                         ) -> None:
    assert [f.claimed_by for f in mine(text).casualties] == [claimant]


def test_a_clause_before_the_one_reporting_a_count_is_none_of_its_claim() -> None:
    """'The group often inflates casualty figures and said 20 soldiers had died': the group
    claims the twenty (its subject was lost after a present tense), and the figures it
    inflates are no period the twenty died over."""
    text = ("Al-Shabaab claimed the attack. The group often inflates casualty figures and said "
            "20 soldiers had died.")
    assert [(f.count.low, f.claimed_by, f.scope) for f in mine(text).casualties] == [
        (20, "The group", "this_operation")]


def test_every_verb_that_tells_ends_the_clause_before_it() -> None:
    """"... and confirmed" reports what follows as "... and said" does: the verbs that tell
    are one list, so the clause before either gives the count no period."""
    text = ("Al-Shabaab claimed the attack. The group often inflates casualty figures and "
            "confirmed 20 soldiers had died.")
    assert [(f.count.low, f.scope) for f in mine(text).casualties] == [(20, "this_operation")]


@pytest.mark.parametrize("text, victims", [
    ("The court reopened the murders of Ana Ruiz Soto, Pedro Lema Vidal, and of Colonel Jorge "
     "Pardo.", ["Ana Ruiz Soto", "Pedro Lema Vidal", "Colonel Jorge Pardo"]),
    ("THE COURT REOPENED THE MURDERS OF ANA RUIZ SOTO, COLONEL JORGE PARDO, AND SENATOR AND "
     "PRESIDENTIAL CANDIDATE LUIS MORA.",
     ["ANA RUIZ SOTO", "COLONEL JORGE PARDO", "SENATOR AND PRESIDENTIAL CANDIDATE LUIS MORA"]),
    ("THEY CONDEMNED THE MURDERS OF THE MAYOR OF CALI, ANOTHER JUDGE, AND THE PROVINCE POLICE "
     "COMMANDER.", ["THE MAYOR OF CALI", "ANOTHER JUDGE", "THE PROVINCE POLICE COMMANDER"]),
    ("THE BISHOP DENOUNCED THE MURDER IN GUATEMALA OF LEADER JUAN MORA AND HIS COMPANION ANA "
     "RUIZ.", ["LEADER JUAN MORA", "HIS COMPANION ANA RUIZ"]),
    ("The murder of Juan Mora and his wife shocked the town.", ["Juan Mora", "his wife"]),
    ("THE KILLING OF THE FOUR NUNS, A WOMAN, AND HER DAUGHTER WAS CONDEMNED.",
     ["NUNS", "A WOMAN", "HER DAUGHTER"]),
])
def test_each_victim_of_a_list_after_an_outcome_noun_counts_one(text: str, victims: list
                                                                ) -> None:
    assert [f.group for f in mine(text).casualties] == victims


@pytest.mark.parametrize("text, victims", [
    # a phrase after a comma with no "and" describes the victim; so does a role with "of"
    ("The murder of Juan Mora, a judge, in Cali shocked the town.", ["Juan Mora"]),
    ("THE DEATHS OF JUAN MORA, DIRECTOR OF THE DAILY EL DIARIO, AND ANA RUIZ WERE RECALLED.",
     ["JUAN MORA", "ANA RUIZ"]),
    # another event, a body or a verb after "and" is no victim
    ("THE DEATH OF SIX REBELS AND THE SEIZURE OF A LARGE AMOUNT OF ARMS ENDED THE CLASH.",
     ["REBELS"]),
    ("The murder of Juan Mora and the army response shocked the town.", ["Juan Mora"]),
    ("THE MURDER OF ANA RUIZ AND HAS STRESSED THAT TALKS GO ON.", ["ANA RUIZ"]),
    # adjectives of one plural noun, and a plural noun with no list, count no one
    ("THEY DEPLORED THE KIDNAPPINGS OF POLITICAL, STUDENT, AND LABOR LEADERS.", []),
    ("THEY DEPLORED THE MURDER OF ACTIVISTS AND POLITICAL AND LABOR LEADERS.", []),
    ("The killings of civilians went on.", []),
    # after a fronted phrase, "X, Y and Z were" begins a new clause
    ("FOLLOWING THE DEATH OF JOSE RAMIREZ, ESCOBAR AND OCHOA WERE ALWAYS ON THE MOVE.",
     ["JOSE RAMIREZ"]),
    ("PROSECUTORS SEEK THOSE RESPONSIBLE FOR THE MURDER OF ANA RUIZ AND ALL THOSE INVOLVED.",
     ["ANA RUIZ"]),
])
def test_a_list_after_an_outcome_noun_holds_only_its_victims(text: str, victims: list) -> None:
    assert [f.group for f in mine(text).casualties] == victims


def test_a_quotation_after_an_outcome_verb_is_no_victim() -> None:
    text = ('THE MINISTER SAID THAT THOSE WHO CARRIED OUT AN ATTACK THAT LEFT 31 DEAD AND 200 '
            'INJURED "DESERVE NO MERCY FROM ANYONE."')
    assert casualties(text) == [(31, "killed"), (200, "injured")]


@pytest.mark.parametrize("text, expected", [
    ("THE PRIEST SAID THAT NONE OF THE 4 NUNS AND APPROXIMATELY 100 REFUGEES, WHO HAVE BEEN "
     "THERE SINCE MONDAY, WAS HURT.", []),
    ("None of the 40 passengers or the 5 crew members was injured.", []),
    # a count after the denied one with a verb of its own is claimed
    ("None of the 40 passengers was hurt, but 5 crew members were injured.", [(5, "injured")]),
])
def test_a_count_coordinated_with_a_denied_one_is_denied_too(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the group ends at a verb after its plural noun
    ("THE OFFICER INVOLVED IN THE DEATH OF SIX NUNS AND THEIR TWO MAIDS FOLLOWED ORDERS.",
     [(6, "killed", "NUNS"), (2, "killed", "MAIDS")]),
    ("POLICE HAVE ARRESTED TWO MEN SUSPECTED OF THE BOMBING.", [(2, "captured", "MEN")]),
    ("THE PERSONS WHO KIDNAPPED THE THREE MEN GOT THEM DRUNK BEFORE RELEASING THEM.",
     [(3, "captured", "MEN")]),
    # a participle phrase between the group and its verb
    ("MANY PERSONS CONSIDERED KEY WITNESSES HAVE DIED SINCE THE MURDER.",
     [(None, "killed", "PERSONS")]),
    ("MORE THAN 300 PEOPLE LINKED TO THE CARTEL HAVE BEEN ARRESTED IN THE OPERATION.",
     [(300, "captured", "PEOPLE")]),
    # not a verb with a clause of its own
    ("SEVERAL ONLOOKERS ARRIVED AT THE SQUARE TO SEE WHERE THE BOMBER WAS KILLED.",
     [(1, "killed", "THE BOMBER")]),
])
def test_a_group_ends_at_its_verb_and_a_participle_phrase_is_an_aside(text: str,
                                                                      expected: list) -> None:
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    # after "the murder of six priests and", the verb that follows belongs to the noun
    ("The murder of six priests and two employees was never solved.",
     [(6, "killed", "priests"), (2, "killed", "employees")]),
    ("THE WAR TURNED DIRTY WITH THE MURDER OF SIX PRIESTS AND TWO WOMEN BY UNKNOWN GUNMEN.",
     [(6, "killed", "PRIESTS"), (2, "killed", "WOMEN")]),
    # but a count after a comma that ends the noun's phrase is not its victim
    ("AFTER THE ASSASSINATION OF SENATOR LUIS MORA, THE 4,000 JUDGES OF THE COUNTRY LIFTED "
     "THE STRIKE.", [(1, "killed", "SENATOR LUIS MORA")]),
    # the group after a partitive's owner, and a second noun sharing the count
    ("THE MINISTER WAS KILLED ALONG WITH TWO OF HIS BODYGUARDS.",
     [(1, "killed", "THE MINISTER"), (2, "killed", "BODYGUARDS")]),
    ("SINCE THE PARTY WAS FOUNDED, NEARLY 1,000 OF ITS MEMBERS AND LEADERS HAVE BEEN MURDERED.",
     [(1000, "killed", "MEMBERS")]),
    ("FIVE POLICEMEN AND SEVERAL BYSTANDERS WERE KILLED WHEN THE CAR BOMB EXPLODED.",
     [(5, "killed", "POLICEMEN"), (None, "killed", "BYSTANDERS")]),
    # a second count after "and", where it was taken from after it
    ("Gunmen kidnapped at least 30 pupils and two teachers from a school on Thursday.",
     [(30, "captured", "pupils"), (2, "captured", "teachers")]),
    # one person after the count is a victim of their own, whichever verb follows
    ("Two soldiers and a civilian were killed in the blast.",
     [(2, "killed", "soldiers"), (1, "killed", "a civilian")]),
    ("Two soldiers and a civilian died in the blast.",
     [(2, "killed", "soldiers"), (1, "killed", "a civilian")]),
    ("FIVE HONDURANS AND COLOMBIAN RODOLFO ANTONIO MONTOYA WERE ARRESTED.",
     [(5, "captured", "HONDURANS"), (1, "captured", "COLOMBIAN RODOLFO ANTONIO MONTOYA")]),
])
def test_counts_coordinated_after_an_outcome_noun_or_with_another_noun(text: str,
                                                                       expected: list) -> None:
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, victims", [
    ("AS A RESULT OF THE ATTACK, QUISPE, ISIDORO SAUNE, AND DIONISIO AGUIRRE WERE KILLED.",
     ["QUISPE", "ISIDORO SAUNE", "DIONISIO AGUIRRE"]),
    ("Juan Perez, Ana Ruiz and Pedro Lema were wounded in the blast.",
     ["Juan Perez", "Ana Ruiz", "Pedro Lema"]),
    # titles make no victim's phrase too long to be one
    ("A POLICE COLONEL, A JUDGE, AND CANDIDATE SENATOR LUIS CARLOS MORA WERE MURDERED.",
     ["A POLICE COLONEL", "A JUDGE", "CANDIDATE SENATOR LUIS CARLOS MORA"]),
    # a description among them counts no one, nor does a time or a discourse word before them
    ("JUAN PEREZ, A TEACHER, AND ANA RUIZ WERE KILLED.", ["JUAN PEREZ", "ANA RUIZ"]),
    ("LAST NIGHT, REPORTER JUAN PEREZ AND ANA RUIZ WERE SHOT BY TROOPS.",
     ["REPORTER JUAN PEREZ", "ANA RUIZ"]),
    ("MEANWHILE, POLICEMEN JUAN PEREZ AND PEDRO LEMA WERE INJURED IN OTHER SECTORS.",
     ["POLICEMEN JUAN PEREZ", "PEDRO LEMA"]),
    ("Soldiers, policemen and civilians were killed.", []),
    # with no comma closing the member before "and", a description is a member too, and so
    # is kin after "her"; a member holding a count is read as that count
    ("Ana Lopez, a bodyguard and a driver were killed.", ["Ana Lopez", "a bodyguard", "a driver"]),
    ("Mayor Ana Lopez, her husband and a bodyguard were killed.",
     ["Mayor Ana Lopez", "her husband", "a bodyguard"]),
    ("A soldier, a policeman and two civilians were killed.",
     ["A soldier", "a policeman", "civilians"]),
    ("RODRIGUEZ GACHA, HIS SON, AND 15 OTHERS WERE KILLED IN THE CLASH.",
     ["RODRIGUEZ GACHA", "HIS SON", "OTHERS"]),
    # a group named without a count is a member, though none of it counted one by one
    ("THE INCIDENT IN WHICH FATHER ELLACURIA, OTHER PRIESTS, AND CIVILIANS WERE KILLED.",
     ["FATHER ELLACURIA"]),
    # (guards: groups beside what names no one; a thousands comma; a clause before the
    # list, a verb in a member)
    ("ACCORDING TO A LOCAL RADIO STATION, BOTH HONDURAN AND SALVADORAN CIVILIANS AND "
     "SOLDIERS WERE KILLED.", []),
    ("SINCE THE UP WAS FOUNDED, NEARLY 1,000 OF ITS MEMBERS AND LEADERS HAVE BEEN MURDERED.",
     ["MEMBERS"]),
    ("ONE GUERRILLA WAS KILLED, AND FOUR GUERRILLAS AND ONE SOLDIER WERE WOUNDED.",
     ["GUERRILLA", "GUERRILLAS", "SOLDIER"]),
    ("ONE ARMY OFFICER AND A CIVILIAN DIED, 5 POLICEMEN AND 2 CIVILIANS WERE INJURED.",
     ["ARMY OFFICER", "A CIVILIAN", "POLICEMEN", "CIVILIANS"]),
])
def test_each_person_of_a_list_before_a_passive_outcome_counts_one(text: str,
                                                                   victims: list) -> None:
    assert [f.group for f in mine(text).casualties] == victims


@pytest.mark.parametrize("text, claimant", [
    # a source after a semicolon claims nothing before it
    ("Officials reported that gunmen killed five villagers; the rebels denied it.", "Officials"),
    # one before it may govern clauses joined by semicolons
    ("COLONEL RUIZ SAID THAT THE PATROL WAS AMBUSHED; THAT TWO SOLDIERS WERE KILLED; AND THAT "
     "THE REBELS FLED.", "COLONEL RUIZ"),
])
def test_the_claimant_is_a_source_of_the_claims_clause(text: str, claimant: str) -> None:
    assert [f.claimed_by for f in mine(text).casualties] == [claimant]


def test_according_to_which_names_no_source() -> None:
    text = ("HE HAS LISTED CASUALTY FIGURES ACCORDING TO WHICH THE REBELS SUFFERED OVER 500 "
            "DEATHS.")
    assert [(f.count.low, f.claimed_by) for f in mine(text).casualties] == [(500, None)]


def test_editors_brackets_with_commas_end_a_dateline() -> None:
    text = ("CLANDESTINE, 12 JAN 90 (RADIO VENCEREMOS) -- [COMMUNIQUE] [NATIONAL REVOLUTIONARY "
            "MOVEMENT, MNR] [TEXT] THE MNR REPORTS THE KIDNAPPING OF ASSISTANT SECRETARY "
            "GENERAL HECTOR OQUELI IN GUATEMALA CITY TODAY.")
    assert [f.claimed_by for f in mine(text).casualties] == ["THE MNR"]


@pytest.mark.parametrize("text, expected", [
    ("TWO POLICEMEN WERE AMONG THOSE KILLED.", [(2, "killed")]),
    ("AMONG THE INJURED ARE TWO GIRLS WHO WERE CLOSE TO THE MAIN ENTRANCE.", [(2, "injured")]),
    ("Three children were among the dead.", [(3, "killed")]),
    # after a day and its month, a number with a word after it is a count, not a year
    ("TRAVELLERS SAID THAT ON 23 SEPTEMBER 28 BODIES WERE FOUND NEAR THE TOWN.", [(28, "killed")]),
    ("LIMA, 26 AUG 88 (EFE) -- [TEXT] THREE PEOPLE WERE KILLED.", [(3, "killed")]),
])
def test_among_the_dead_and_a_count_after_a_date(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("THE PROTEST CAME TWO WEEKS AFTER THE DEATH OF FOUR UNIVERSITY STUDENTS WHO HAD BEEN "
     "KIDNAPPED.", [(4, "killed")]),
    ("REBELS TODAY RELEASED THREE ENGINEERS WHO WERE KIDNAPPED MORE THAN A MONTH AGO.",
     [(3, "rescued")]),
    # with no outcome before the count, its relative clause gives it
    ("THEY IDENTIFIED THREE ENGINEERS WHO WERE KIDNAPPED LAST MONTH.", [(3, "captured")]),
])
def test_an_outcome_before_a_count_outranks_its_relative_clause(text: str,
                                                                expected: list) -> None:
    assert casualties(text) == expected


def test_a_group_that_did_the_deed_to_a_titled_person_is_not_its_victim() -> None:
    text = ("FOUR HEAVILY ARMED INDIVIDUALS, WHO POSED AS SECRET AGENTS, KIDNAPPED MR JUAN "
            "MORA FROM HIS HOME.")
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == [
        (1, "captured", "MR JUAN MORA")]


def test_a_pronoun_before_an_auxiliary_and_an_adverb_is_no_victim() -> None:
    """'NOW THAT IT HAS OFFICIALLY DIED' read 'IT HAS OFFICIALLY' as one person killed."""
    text = ("EVERYBODY IS PRAISING THE CONDOR II PROJECT NOW THAT IT HAS OFFICIALLY DIED.  "
            "MAYOR JUAN PEREZ HAS REPORTEDLY DIED IN THE ATTACK.")
    assert victims(text) == [("MAYOR JUAN PEREZ", "killed")]


def test_a_time_span_between_an_outcome_noun_and_its_victims() -> None:
    """'THE KILLINGS DURING THE PAST 72 HOURS OF A JUDGE, A POLICE COMMANDER, AND ... GALAN'
    names three victims."""
    text = ("THE MEASURES WERE ADOPTED AFTER THE KILLINGS DURING THE PAST 72 HOURS OF A JUDGE, "
            "A POLICE COMMANDER, AND PRESIDENTIAL HOPEFUL LUIS CARLOS GALAN.")
    assert victims(text) == [
        ("A JUDGE", "killed"), ("A POLICE COMMANDER", "killed"),
        ("PRESIDENTIAL HOPEFUL LUIS CARLOS GALAN", "killed")]


def test_the_victim_named_after_the_case_of() -> None:
    text = ("THERE IS THE CASE OF JUSTO PASTOR ESCOBAR SILVA, WHO WAS ASSASSINATED BY A FUSEP "
            "AGENT WHO IS NOW SERVING A PRISON SENTENCE.")
    assert victims(text) == [("JUSTO PASTOR ESCOBAR SILVA", "killed")]


def test_the_victim_is_the_name_before_an_age_and_a_run_of_roles() -> None:
    text = ("EDGAR HENAO, 55, CIVIL ENGINEER, ECONOMIST, AND TOP EXECUTIVE FROM THE "
            "INTERNATIONAL CREDIT ORGANIZATION, WAS SHOT SEVERAL TIMES AT HIS FARM.")
    assert victims(text) == [("EDGAR HENAO", "injured")]


def test_a_list_of_victims_after_an_event_noun_without_a_comma() -> None:
    """'AS A RESULT OF THE ATTACK QUISPE, ISIDORO SAUNE, AND DIONISIO AGUIRRE WERE KILLED':
    the list starts after the event noun."""
    text = ("AS A RESULT OF THE ATTACK QUISPE, ISIDORO SAUNE, AND DIONISIO AGUIRRE WERE "
            "KILLED.")
    assert victims(text) == [
        ("QUISPE", "killed"), ("ISIDORO SAUNE", "killed"), ("DIONISIO AGUIRRE", "killed")]


@pytest.mark.parametrize("text, expected", [
    ("The dead included two police officers and a local official.", [(2, "killed")]),
    ("THE DEAD ARE FIVE PEASANTS FROM THE AREA.", [(5, "killed")]),
    ("THE INJURED WERE TWO SOLDIERS.", [(2, "injured")]),
])
def test_a_count_after_the_dead_or_the_injured_and_a_verb(text: str, expected: list) -> None:
    """'The dead included two police officers': the count is of the dead, as after 'among
    the injured are'."""
    assert casualties(text)[:1] == expected


def test_a_label_before_a_colon_is_no_part_of_the_claimant() -> None:
    text = ("WE REPEAT: THE FMLN HAS REPORTED THE KILLING OF 10 LABOR UNION MEMBERS AT THE "
            "FENASTRAS HEADQUARTERS.")
    assert [(f.count.low, f.claimed_by) for f in mine(text).casualties] == [(10, "THE FMLN")]


def test_an_editors_note_closing_a_victim_phrase_is_no_part_of_it() -> None:
    # a transcriber's note after a plural is no named victim
    assert victims("THE GUERRILLAS ARE STILL KILLING PEOPLE [WORDS INDISTINCT] IN THE TOWN.") == []
    assert victims("THEY RECALLED THE ASSASSINATION OF SENATOR LUIS CARLOS GALAN SARMIENTO "
                   "[SPELLING AS RECEIVED] IN AUGUST.") == [
        ("SENATOR LUIS CARLOS GALAN SARMIENTO", "killed")]
    # (guard: an insertion inside a name stays in it)
    assert victims("THEY RECALLED THE MURDER OF MONSIGNOR [OSCAR ARNULFO] ROMERO IN 1980.") == [
        ("MONSIGNOR [OSCAR ARNULFO] ROMERO", "killed")]


def test_the_dead_named_by_those_who_killed_them() -> None:
    assert casualties("HE SAID THAT THE MURDERERS OF THE SIX JESUITS WERE GUERRILLAS.") == [
        (6, "killed")]
    assert casualties("Police are looking for the killers of two nuns.") == [(2, "killed")]


def test_a_modal_before_have_been_links_a_count_to_its_outcome_not_its_group() -> None:
    text = "THE OFFICE REPORTED THAT FOUR PEOPLE MAY HAVE BEEN KILLED AND SEVEN WOUNDED."
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == [
        (4, "killed", "PEOPLE"), (7, "injured", "PEOPLE")]
    text = "THE KILLERS OF THE SIX JESUIT PRIESTS COULD HAVE BEEN SOLDIERS."
    assert [f.group for f in mine(text).casualties] == ["JESUIT PRIESTS"]


def test_may_have_died_is_read_as_may_have_been_killed_is() -> None:
    text = "At least 10 people may have died in the blast, officials said."
    assert [(f.count.low, f.outcome, f.claimed_by) for f in mine(text).casualties] == [
        (10, "killed", "officials")]


def test_a_count_joining_victims_named_without_one() -> None:
    assert casualties("THERE HAS BEEN SPECULATION ABOUT THE ASSASSINATIONS OF THE JESUIT "
                      "PRIESTS AND THE OTHER TWO PEOPLE.") == [(2, "killed")]
    assert casualties("They are linked to the murder of Dr Teofilo Forero, his wife, and two "
                      "other people who were with them.") == [(1, "killed"), (1, "killed"),
                                                               (2, "killed")]
    # (not past another noun's "of": the arrested are not the killed)
    assert casualties("THE KILLING OF PRIESTS AND NOW THE ARREST OF TWO PRIESTS AND SEVERAL "
                      "MISSIONARIES CONFIRMS IT.") == [(2, "captured"), (None, "captured")]


def test_when_between_an_outcome_noun_and_its_counted_victims() -> None:
    assert casualties("THEY CONDEMNED THE MURDER ON THE EVENING OF 27 FEBRUARY OF SIX UP "
                      "FOLLOWERS IN UNGUIA.") == [(6, "killed")]
    assert casualties("The killing in March of 12 villagers was never solved.") == [
        (12, "killed")]


def test_a_time_after_a_count_is_no_group_and_no_victims() -> None:
    # "1 WEEK AGO" is a time, not one person killed
    assert victims("GONZALO ROJAS, WHO WAS KILLED 1 WEEK AGO.") == [("GONZALO ROJAS", "killed")]
    # a time after the group is no part of it; the outcome after the time still counts
    text = ("THE NATIONAL GUARD CAPTURED 15 PEOPLE LAST WEEK, AND SIX JESUIT PRIESTS THURSDAY "
            "WERE KILLED.")
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == [
        (15, "captured", "PEOPLE"), (6, "killed", "JESUIT PRIESTS")]


@pytest.mark.parametrize("text, expected", [
    # "claimed the life of" names its victim as "the murder of" does
    ("THE BOMBING CLAIMED THE LIFE OF A JUDGE.", [(1, "killed", "A JUDGE", None)]),
    ("ATTACKS THAT CLAIMED THE LIVES OF SENATOR LUIS MORA AND A JUDGE.",
     [(1, "killed", "SENATOR LUIS MORA", None), (1, "killed", "A JUDGE", None)]),
    # and the attack that claimed them is no claimant
    ("THE ATTACK CLAIMED THE LIVES OF 14 PEOPLE.", [(14, "killed", "PEOPLE", None)]),
])
def test_claimed_the_lives_of_is_an_outcome_not_a_claim(text: str, expected: list) -> None:
    assert [(f.count.low, f.outcome, f.group, f.claimed_by)
            for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, victim", [
    # a source read as a phrase naming the victim ('the "brains behind" the assassination of
    # X, said') or the victim reporting something else claims no death of the victim
    ('JUAN PEREZ, WHOM THE PARTY HAS ACCUSED OF BEING THE "BRAINS BEHIND" THE MARCH 1980 '
     'ASSASSINATION OF MSGR OSCAR RUIZ, SAID: "WE WILL WIN THE ELECTIONS."', "MSGR OSCAR RUIZ"),
    ("THE COUNTRY IS AMAZED THAT THE LEADERS PLANNED THE MASSACRES, AS REPORTED BY "
     "JUSTICE ANA RUIZ, WHO WAS SHOT TO DEATH LAST MONTH.", "JUSTICE ANA RUIZ"),
])
def test_the_dead_do_not_claim_their_own_death(text: str, victim: str) -> None:
    assert [(f.group, f.claimed_by) for f in mine(text).casualties] == [(victim, None)]


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers succumbed to their injuries on Sunday, the army said.",
     [("soldiers", 2, "killed")]),
    ("A policeman succumbed to his wounds in hospital.", [("A policeman", 1, "killed")]),
    # an adverb before the verb is not part of the victim ("The officer later" had been one)
    ("The officer later died in hospital.", [("The officer", 1, "killed")]),
    # a quantity of people is no one victim
    ("A large number of people apparently died in the clash.", []),
])
def test_dying_of_wounds_and_the_subject_of_died(text: str, expected: list) -> None:
    assert [(f.group, f.count.low, f.outcome) for f in mine(text).casualties
            if f.count.low is not None] == expected


@pytest.mark.parametrize("text, expected", [
    ("Three people lost their lives and 19 sustained injuries when a drone hit the block.",
     [("people", 3, "killed"), (None, 19, "injured")]),
    ("ONE PERSON SUFFERED MINOR INJURIES.", [("PERSON", 1, "injured")]),
])
def test_harm_taken_is_no_part_of_the_group(text: str, expected: list) -> None:
    """'19 sustained injuries' had the group 'sustained'."""
    assert [(f.group, f.count.low, f.outcome) for f in mine(text).casualties] == expected


def test_a_bare_running_total_counts_the_outcome_told_before_it() -> None:
    text = ("At least 70 people have been killed since Friday, bringing the total since the "
            "war began to 41,000.")
    assert [(f.count.low, f.outcome, f.scope) for f in mine(text).casualties] == [
        (70, "killed", "cumulative"), (41000, "killed", "cumulative")]


def test_a_total_of_things_is_no_casualty() -> None:
    text = "WE HAVE ALSO DAMAGED TWO MORE ARMY VEHICLES AND THIS BRINGS THE TOTAL TO HALF A DOZEN."
    assert mine(text).casualties == []


@pytest.mark.parametrize("text, expected", [
    # "since then" opens a period
    ("The town fell in May. Since then, 40 civilians have been killed there.",
     [(40, "killed", "cumulative")]),
    # a clause of its own after the count's tells nothing of its time
    ("Galan was assassinated in Soacha, and since then 10 other people have been killed.",
     [(1, "killed", "this_operation"), (10, "killed", "cumulative")]),
    ("Two soldiers were killed on Monday, but the figures for the month are not yet known.",
     [(2, "killed", "this_operation")]),
])
def test_since_then_is_a_period_of_its_own_clause(text: str, expected: list) -> None:
    """"AFTER THE ASSASSINATION OF LUIS CARLOS GALAN, AND SINCE THEN 10 OTHER PEOPLE ... HAVE
    BEEN MYSTERIOUSLY KILLED": the ten are a total since, and Galan's death is no part of it."""
    assert [(f.count.low, f.outcome, f.scope) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, scope", [
    # "earlier this month" recalls an event; "this month" alone sums one (guard)
    ("Earlier this month, an RSF attack on a village killed more than 40 people, according "
     "to local activists.", "related_incident"),
    ("At least 200 people have been killed this month.", "cumulative"),
    # a toll since an event told before
    ("Israel's military campaign has since killed more than 55,000 Palestinians, according "
     "to the health ministry.", "cumulative"),
    # a series of raids told as one operation is the article's (a guard: "a series of" as a
    # total was tried)
    ("Security forces killed 19 militants in a series of raids in the northwest, the military "
     "said.", "this_operation"),
    ("Militants attacked an army base, killing 16 soldiers, the army said, in the latest in a "
     "string of assaults.", "this_operation"),
    # hours before another event (guard: not "hours ago", today's)
    ("Hours earlier, a truck bomb exploded in Cali, killing six civilians.", "related_incident"),
    ("RODRIGUEZ WAS KIDNAPPED BY FOUR PERSONS WHO HAD REMAINED SILENT UNTIL A FEW HOURS AGO.",
     "this_operation"),
    # a month with its year, an event recalled
    ("JARAMILLO REPLACED PARDO LEAL AFTER PARDO LEAL WAS ASSASSINATED IN OCTOBER 1987.",
     "related_incident"),
    ("IT SHOULD BE RECALLED THAT IN 1980, FOUR U.S. NUNS WERE KILLED BY GUARDSMEN.",
     "related_incident"),
    # a date told by what is to come (a guard), and one told by another killing
    ("A POLICEMAN WAS KILLED TODAY IN LIMA DURING AN OFFENSIVE UNLEASHED 12 DAYS BEFORE THE "
     "MUNICIPAL ELECTIONS.", "this_operation"),
    ("TWO PATROLMEN WERE MURDERED TWO DAYS BEFORE THE MINISTER ARRIVED.", "related_incident"),
    # the event a time is known by ("since December, when ...") is an earlier one
    ("The attack was the deadliest in Kabul since December, when a bombing at a ministry "
     "killed six people.", "related_incident"),
    ("Since 2019, when a bomb killed 12 soldiers, the town has been quiet.",
     "related_incident"),
])
def test_periods_and_earlier_events_told_by_their_adverbs(text: str, scope: str) -> None:
    """'Earlier this month, an RSF attack ... killed more than 40' was a total of the month,
    'has since killed more than 55,000' this operation's, 'Hours earlier, a truck bomb ...'
    the article's own attack."""
    assert [f.scope for f in mine(text).casualties] == [scope]


def test_overnight_ends_a_group() -> None:
    text = "Israeli strikes across Gaza killed at least 40 people overnight, officials said."
    assert [f.group for f in mine(text).casualties] == ["people"]


@pytest.mark.parametrize("text, expected", [
    ("APPARENTLY FOUR PEOPLE HAVE BULLET WOUNDS AS A RESULT OF THE CLASHES.",
     [(4, "injured")]),
    ("Two men were treated for gunshot wounds.", [(2, "injured")]),
    ("Four soldiers sustained serious wounds.", [(4, "injured")]),
    # wounds counted on a body are no people (guards)
    ("HE RECEIVED TWO BULLET WOUNDS.", []),
    ("THE BODY HAD THREE LARGE-CALIBER-WEAPON WOUNDS ON THE FACE.", []),
])
def test_people_with_wounds_are_injured(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The jet was shot down over Donetsk; both pilots died.", [(2, "killed")]),
    ("TORRIJOS AND ROLDOS WERE A NUISANCE TO U.S. PLANS AND BOTH WERE MURDERED.",
     [(2, "killed")]),
    # "both" joining two things counts nothing (guards)
    ("The court was missing both Justice Scalia and Justice Elena Kagan.", []),
    ("THE MURDER OF CARLOS PIZARRO SOUGHT BOTH TO DISRUPT THE ELECTORAL PROCESS, AS WELL AS "
     "TO DESTROY THE PROCESS OF RECONCILIATION.", [(1, "killed")]),
])
def test_both_counts_two(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Boko Haram's 2014 abduction of 276 schoolgirls from Chibok drew global outrage.",
     [(276, "captured")]),
    ("THE BOGOTA POLICE SAID THAT THE ARREST OF SIX TERRORISTS AIDED THE INQUIRY.",
     [(6, "captured")]),
    ("ACCORDING TO OFFICIAL REPORTS, 12 KIDNAPPINGS TOOK PLACE OVER THE PAST 18 HOURS.",
     [(12, "captured")]),
    # a verb of winning over is no capture (guard)
    ("The question of how to capture five justices on an evenly divided court remains.", []),
])
def test_nouns_of_capture(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Militants killed about 1,200 people and took some 250 hostages.",
     [(1200, "killed"), (250, "captured")]),
    ("Hamas is still holding 101 hostages.", [(101, "captured")]),
    ("The rebels released 20 hostages.", [(20, "rescued")]),
])
def test_hostages_taken_or_held_are_captured(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Since Hamas's October 7 attack, in which militants killed about 1,200 people, Israel "
     "has pounded Gaza.", [(1200, "killed", "related_incident")]),
    ("Resolution 1701 ended the 2006 war, in which more than 1,100 Lebanese were killed.",
     [(1100, "killed", "related_incident")]),
    ("THE UNSUCCESSFUL 7 SEPTEMBER 1986 ATTACK ON PINOCHET CLAIMED THE LIVES OF FIVE "
     "BODYGUARDS.", [(5, "killed", "related_incident")]),
    ("On Tuesday a strike killed 12 people.", [(12, "killed", "this_operation")]),
])
def test_an_event_known_by_its_date_is_another_incident(text: str, expected: list) -> None:
    assert [(f.count.low, f.outcome, f.scope) for f in mine(text).casualties] == expected


def test_an_abbreviated_date_recalls_another_incident() -> None:
    text = ("The war began when Hamas-led militants stormed into southern Israel on Oct. 7, "
            "2023, killing some 1,200 people.")
    assert [(f.count.low, f.scope) for f in mine(text).casualties] == [
        (1200, "related_incident")]


@pytest.mark.parametrize("text, scope", [
    ("A strike on an apartment building in the city in June killed nine people.",
     "related_incident"),
    ("A WAVE OF VIOLENCE BEGAN WITH THE KILLING OF THREE PEOPLE IN JANUARY.",
     "related_incident"),
    # (guard: a day named with its month is the day's)
    ("The strike in June 12 killed nine people.", "this_operation"),
])
def test_a_month_without_its_day_recalls_another_incident(text: str, scope: str) -> None:
    assert [f.scope for f in mine(text).casualties] == [scope]


@pytest.mark.parametrize("text, expected", [
    ("The junta’s spokesman said the army had killed “more than 100 terrorists” in the "
     "fighting.", [(100, "killed")]),
    ('THE FRONT SAID IT KILLED ONE SOLDIER AND WOUNDED "THREE OR FOUR MORE" DURING AN ATTACK.',
     [(1, "killed"), (3, "injured")]),
])
def test_a_quoted_count_after_its_verb(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Between 3 and 16 November, 412 Palestinians were reportedly killed, according to the "
     "Ministry of Health.", [(412, "killed", "cumulative")]),
    ("Since 7 October 2023, 258 aid workers have been killed.", [(258, "killed", "cumulative")]),
    ("Since the 2021 coup, security forces have killed more than 3,000 civilians.",
     [(3000, "killed", "cumulative")]),
    ("Since the ceasefire, 12 people have been killed.", [(12, "killed", "cumulative")]),
    # (a month's abbreviation ends no clause and opens a period)
    ("Gaza's Health Ministry said the overall death toll since Oct. 7 had risen to 41,534, "
     "with 96,092 people wounded.", [(41_534, "killed", "cumulative"),
                                     (96_092, "injured", "cumulative")]),
    ("An estimated 12,000 people newly displaced since 10 May.",
     [(12_000, "displaced", "cumulative")]),
    ("Local activists say hundreds of civilians have been killed in the siege.",
     [(100, "killed", "cumulative")]),
    ("MORE THAN 200 SOLDIERS HAVE BEEN KILLED IN CLASHES THAT HAVE TAKEN PLACE SINCE 11 "
     "NOVEMBER.", [(200, "killed", "cumulative")]),
    ("About 1.9 million people are estimated to be internally displaced.",
     [(1_900_000, "displaced", "this_operation")]),
    # (guards: a range of people is no period; one death since which a post stood vacant)
    ("Between 10 and 20 people were killed in the attack.", [(10, "killed", "this_operation")]),
    ("THE POST HAD BEEN VACANT SINCE 1 AUGUST WHEN THREE GUARDS WERE SHOT TO DEATH.",
     [(3, "killed", "this_operation")]),
])
def test_reporting_periods_sum_their_counts(text: str, expected: list) -> None:
    assert [(f.count.low, f.outcome, f.scope) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("The attack claimed at least 20 lives, the army said.", [(20, "killed", None, "the army")]),
    ("The attack claimed at least 20 lives.", [(20, "killed", None, None)]),
    ("IN OCTOBER ALONE, THEIR ACTIONS CLAIMED 200 LIVES.", [(200, "killed", None, None)]),
    ("Rebels said they shot down a helicopter, killing all four crew members.",
     [(4, "killed", "crew members", "Rebels")]),
])
def test_lives_claimed_and_all_of_a_count(text: str, expected: list) -> None:
    assert [(f.count.low, f.outcome, f.group, f.claimed_by)
            for f in mine(text).casualties] == expected


def test_a_months_lives_alone_are_its_total() -> None:
    assert [f.scope for f in mine("IN OCTOBER ALONE, THEIR ACTIONS CLAIMED 200 LIVES.")
            .casualties] == ["cumulative"]


@pytest.mark.parametrize("text, claimant", [
    ("Health ministry figures show 40 people killed in the past day.", "Health ministry"),
    ("Data compiled by ACLED shows 1,200 fatalities this year.", "ACLED"),
    ("UN figures show 300 civilians were killed.", "UN"),
    ("THE ARMY'S FIGURES SHOW 15 GUERRILLAS WERE KILLED.", "THE ARMY"),
    # (guard: an adjective keeps no figures)
    ("Official figures show 20 people died.", None),
])
def test_the_keeper_of_figures_that_show_a_count_claims_it(text: str, claimant: str) -> None:
    assert [f.claimed_by for f in mine(text).casualties] == [claimant]


@pytest.mark.parametrize("text, claimant", [
    ("At least 11,743 civilians have been killed in Ukraine, according to the U.N. human "
     "rights monitoring mission.", "the U.N. human rights monitoring mission"),
    ("At least 30 people were killed, according to the U.S. military.", "the U.S. military"),
])
def test_a_source_after_according_to_runs_on_past_initials(text: str, claimant: str) -> None:
    assert [f.claimed_by for f in mine(text).casualties] == [claimant]


@pytest.mark.parametrize("text, claimant", [
    ("More than 1.7 million people have been displaced since 2022, according to the "
     "International Organization for Migration.", "the International Organization for Migration"),
    ("Security forces have killed 3,000 civilians, according to the Assistance Association for "
     "Political Prisoners, a rights group.", "the Assistance Association for Political Prisoners"),
    # (guard: "for" after a role still ends the source)
    ("Two people were killed, according to a spokesman for Hamas.", "a spokesman"),
])
def test_for_inside_a_bodys_name_ends_no_source(text: str, claimant: str) -> None:
    assert [f.claimed_by for f in mine(text).casualties] == [claimant]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen opened fire on residents, killing at least 70 people including 10 women and "
     "three babies, the UN said.", [(70, "killed"), (10, "killed"), (3, "killed")]),
    # (guard: a count before another outcome's coordinated count takes the later outcome)
    ("ONE ARMY OFFICER AND A CIVILIAN DIED, 5 POLICEMEN AND 2 CIVILIANS WERE INJURED.",
     [(1, "killed"), (1, "killed"), (5, "injured"), (2, "injured")]),
])
def test_every_part_a_total_includes_shares_its_outcome(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a headline or a lede in the present tense tells what happened
    ("Truck attack in France kills at least 80 people.", [(80, "killed")]),
    ("A car bomb kills five people in Bogota and injures 20 others.",
     [(5, "killed"), (20, "injured")]),
    ("A BOMB KILLS TWO SOLDIERS AND WOUNDS FOUR.", [(2, "killed"), (4, "injured")]),
    ("Airstrikes on rebel-held Idlib kill 14, monitor says.", [(14, "killed")]),
    ("THE SHARPSHOOTER MANAGED TO KILL 1 PERSON AND WOUND 12 OTHERS.", [(12, "injured")]),
    # (guards: the bare verb after "to", a modal or a negation tells nothing happened)
    ("The group vowed to kill 10 hostages.", []),
    ("They didn't kill 5 people.", []),
    ("A BOMB WOULD KILL 100.", []),
    ("I think maybe 1,500 people were killed last year.", [(1500, "killed")]),
])
def test_an_outcome_in_the_present_tense(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Information Minister Daud Aweis said five soldiers were killed and "more than 30 '
     'terrorists" died in the fighting.', [(5, "killed"), (30, "killed")]),
    ('THE ARMY SAID TODAY THAT TWO "ATTACKERS" HAD LOST THEIR LIVES.', [(2, "killed")]),
    ('WITNESSES SAID THAT 10 UNIVERSITY "GUARDS" WERE CAPTURED ON CAMPUS.', [(10, "captured")]),
])
def test_a_quoted_count_or_group_keeps_the_outcome_after_it(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, scope", [
    ("Marie Kahindo, 34, who fled to the camp from Sake last month, said her neighbour and "
     "his two sons died when a shell landed on their shelter.", "this_operation"),
    # (guard: an aside about the one counted tells when they died)
    ("But without Scalia, who died in February, the court deadlocked.", "related_incident"),
])
def test_an_aside_about_someone_else_does_not_date_a_claim(text: str, scope: str) -> None:
    scopes = [f.scope for f in mine(text).casualties]
    assert scopes and set(scopes) == {scope}


@pytest.mark.parametrize("text, expected", [
    ("Her neighbour and his two sons died when a shell landed on their shelter.",
     [("Her neighbour", 1), ("sons", 2)]),
    ("Her neighbour and his two sons were killed.", [("Her neighbour", 1), ("sons", 2)]),
    ("THE GUNMAN AND A YOUNG MAN DIED AND 10 PERSONS WERE WOUNDED.",
     [("THE GUNMAN", 1), ("A YOUNG MAN", 1), ("PERSONS", 10)]),
    # (guard: "her" as an object ends the phrase before the count)
    ("They shot her and two others died.", [("others", 2)]),
])
def test_one_named_with_a_count_who_died(text: str, expected: list) -> None:
    assert sorted((f.group, f.count.low) for f in mine(text).casualties) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The strike hit 30 people, two of them killed.", [(2, "killed")]),
    ("AN ATTACK CARRIED OUT BY APPROXIMATELY 20 TERRORISTS, 4 OF WHOM DIED.", [(4, "killed")]),
    ("Idlib is home to some 4 million people, many of them displaced.", [(None, "displaced")]),
    # (guard: two counts joined by a comma share the outcome after them)
    ("Six Jesuits, two women were killed.", [(6, "killed"), (2, "killed")]),
])
def test_a_part_with_its_own_outcome_gives_it_to_no_whole(text: str, expected: list) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text, value", [
    ("about half a million people", 500_000),
    ("Nearly a quarter of a million people", 250_000),
    ("a quarter million refugees", 250_000),
    ("three quarters of a million", 750_000),
    ("half a dozen soldiers", 6),
    ("a million people", 1_000_000),
])
def test_a_fraction_of_a_scale_is_counted(text: str, value: int) -> None:
    """"a quarter of a million" had been read as a million, "half a million" not at all."""
    assert [c.low for c in find_counts(text)] == [value]


def test_a_fraction_of_something_else_is_no_count() -> None:
    assert find_counts("a quarter of the population and half of the country") == []


def test_a_thing_that_slams_into_a_building_claims_nothing() -> None:
    """"slammed" reports words ("Trump slammed Clinton"), but a missile that "slammed into"
    a building is no source: the governor named at the end of the sentence is."""
    text = ("KYIV, Ukraine — A Russian missile slammed into a nine-story apartment building "
            "late Thursday, killing at least seven people, and injuring 28 others, regional "
            "Governor Oleh Syniehubov said.")
    assert {f.claimed_by for f in mine(text).casualties} == {
        "regional Governor Oleh Syniehubov"}
    quoted = mine('Trump slammed Clinton as "crooked." A shell blasted through the roof.')
    assert [(q.text, q.speaker.speaker if q.speaker else None) for q in quoted.quotes] == [
        ("crooked.", "Trump")]


@pytest.mark.parametrize("text, claimant", [
    ("Two soldiers posted at the checkpoint were killed, the army said.", "the army"),
    ("Troops posted near the border came under fire and three were wounded.", None),
    ("The commander called in airstrikes that killed 12 militants.", None),
    # (guard: "called in a statement" still reports)
    ("The governor called in a statement for calm after 12 people were killed.", "The governor"),
])
def test_a_post_held_or_a_strike_summoned_reports_nothing(text: str, claimant: str | None
                                                           ) -> None:
    assert [f.claimed_by for f in mine(text).casualties] == [claimant]


@pytest.mark.parametrize("text, claimant", [
    ("Government troops maintained control of the town after clashes that killed 15 rebels.",
     None),
    ("Police questioned five suspects after a bomb killed 12 people.", None),
    ("The army recalled its troops after an ambush killed 9 soldiers.", None),
    ("UN monitors observed the ceasefire, which collapsed after shelling killed 3 children.",
     None),
    # (guards: the same verbs before what is said)
    ("The army maintained that 15 rebels were killed.", "The army"),
    ("The mayor recalled in a statement that 20 people were killed.", "The mayor"),
])
def test_a_deed_done_to_a_thing_claims_no_count(text: str, claimant: str | None) -> None:
    assert [f.claimed_by for f in mine(text).casualties] == [claimant]


def test_it_says_goes_to_the_military_that_spoke_before() -> None:
    """"The Israeli military" is a body, not a description of a person ("the woman"): "It
    says two of its soldiers were wounded" is its claim, not the health ministry's before."""
    text = ("14:05 BST \u2014 Lebanon's health ministry says Israeli strikes killed 12 people on "
            "Tuesday.\n\n13:40 BST \u2014 The Israeli military says it struck dozens of targets "
            "overnight. It says two of its soldiers were seriously wounded near the border.\n")
    assert [(f.count.low, f.claimed_by) for f in mine(text).casualties] == [
        (12, "Lebanon's health ministry"), (2, "The Israeli military")]


def test_newly_is_no_part_of_the_group() -> None:
    assert [f.group for f in mine("About 12,000 people newly displaced arrived.").casualties] == [
        "people"]


@pytest.mark.parametrize("text, expected", [
    ("Five herders from our village died.", [(5, "killed")]),
    ("THREE OFFICERS AND SEVEN SOLDIERS OF THE PERUVIAN ARMY, AND 15 MEMBERS OF THE MAOIST "
     "GUERRILLA SHINING PATH MOVEMENT TODAY DIED IN COMBAT.",
     [(3, "killed"), (7, "killed"), (15, "killed")]),
])
def test_where_the_dead_were_from_stands_between_them_and_died(text: str, expected: list
                                                               ) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize("text", [
    "A bomb hit the federation headquarters, killing and wounding over 40 people.",
    "AS A RESULT, SEVERAL WERE KILLED AND WOUNDED.",
    "Hizbollah, which has lost over 6,000 dead and wounded in Syria, is wary of a new war.",
])
def test_the_dead_and_the_wounded_under_one_count_are_no_claim(text: str) -> None:
    """"killing and wounding over 40 people" read as 40 wounded and "6,000 dead and wounded" as
    6,000 dead: one count of both says how many had neither."""
    assert casualties(text) == []


def test_outcomes_that_befell_the_same_people_keep_their_count() -> None:
    """(guard) a kidnapping and a killing befell them all; "and" shares the count only
    between the dead and the wounded."""
    assert victims("Two women who were kidnapped and released carried the message.") == [
        ("Two", "captured")]
    assert victims("He condemned the kidnapping and killing of six of his comrades.") == [
        ("six", "killed")]


@pytest.mark.parametrize("text, expected", [
    ("Mayor John Smith and his driver, Pedro Ruiz, were shot dead on Monday.",
     [("Mayor John Smith", "killed"), ("his driver", "killed")]),
    ("JESUITS IGNACIO ELLACURIA, IGNACIO MARTIN BARO, SEGUNDO MONTES, AND JOAQUIN LOPEZ, THE "
     "FIRST THREE SPANIARDS AND THE LAST A SALVADORAN, WERE KILLED IN SAN SALVADOR.",
     [("JESUITS IGNACIO ELLACURIA", "killed"), ("IGNACIO MARTIN BARO", "killed"),
      ("SEGUNDO MONTES", "killed"), ("JOAQUIN LOPEZ", "killed")]),
])
def test_an_appositive_closing_a_plural_subject_names_no_one_more(
        text: str, expected: list[tuple[str, str]]) -> None:
    """The victims named before ", his driver, Pedro Ruiz," or ", THE FIRST THREE SPANIARDS
    ...," were lost: the subject was read from the last comma, and held one name."""
    assert victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Twelve villagers were kidnapped and later killed by the rebels.", [("Twelve", "killed")]),
    ("Two soldiers were wounded and later died in hospital.", [("Two", "killed")]),
    ("The mayor was kidnapped and subsequently murdered.", [("The mayor", "killed")]),
    ("The mayor and his aide were kidnapped and later executed.",
     [("The mayor", "killed"), ("his aide", "killed")]),
    # (guards: another clause's verb; one count of the dead and the wounded)
    ("Five were kidnapped by gunmen who stormed the village and killed three others.",
     [("Five", "captured"), ("three", "killed")]),
    ("Rebels killed and wounded 40 people.", []),
])
def test_victims_hurt_or_taken_and_then_killed_are_dead(
        text: str, expected: list[tuple[str, str]]) -> None:
    """"were kidnapped and later killed", "were wounded and later died" read as captured and
    wounded: the claim is the worst that befell them."""
    assert victims(text) == expected


def test_a_reporting_verb_opens_the_clause_of_named_victims() -> None:
    """"THE REPORT INDICATES X AND Y WERE ABDUCTED" made "INDICATES X" a victim."""
    assert victims("THE REPORT INDICATES ANGEL MARROQUIN HERNANDEZ AND JOSE ANGEL FLORES "
                   "WERE ABDUCTED.") == [("ANGEL MARROQUIN HERNANDEZ", "captured"),
                                         ("JOSE ANGEL FLORES", "captured")]


@pytest.mark.parametrize("text, expected", [
    ("Dozens of civilians were reported killed.", [("Dozens", "killed")]),
    ("Three were confirmed killed.", [("Three", "killed")]),
])
def test_a_reported_or_feared_outcome_is_claimed(text: str, expected: list[tuple[str, str]]
                                                 ) -> None:
    """"were reported killed", "were confirmed killed" were no claim: only "reported dead"
    and "reported to have been killed" were read."""
    assert victims(text) == expected


def test_a_part_among_a_counted_whole_is_its_own_claim() -> None:
    """"Two paramedics were among the 11 killed" gave the 11 only."""
    assert victims("Two paramedics were among the 11 killed.") == [
        ("Two", "killed"), ("11", "killed")]
    assert victims("Two paramedics were among 11 people killed.") == [
        ("Two", "killed"), ("11", "killed")]


def groups(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.count.text, f.outcome, f.group) for f in mine(text).casualties]


@pytest.mark.parametrize("text, expected", [
    ("Three soldiers were killed and 12 wounded in the ambush.",
     [("Three", "killed", "soldiers"), ("12", "injured", "soldiers")]),
    ("Four civilians died and nine were injured.",
     [("Four", "killed", "civilians"), ("nine", "injured", "civilians")]),
    ("THREE OTHER REBELS WERE KILLED AND SIX WERE WOUNDED IN A CLASH.",
     [("THREE", "killed", "OTHER REBELS"), ("SIX", "injured", "REBELS")]),
    # (guards: one victim; one of a list; a noun of the outcome; a group of its own)
    ("ONE SOLDIER DIED AND FIVE WERE WOUNDED.",
     [("ONE", "killed", "SOLDIER"), ("FIVE", "injured", None)]),
    ("THE ARMY SAID TWO SOLDIERS AND TWO CIVILIANS HAD DIED, AND FOUR WERE WOUNDED.",
     [("TWO", "killed", "SOLDIERS"), ("TWO", "killed", "CIVILIANS"), ("FOUR", "injured", None)]),
    ("The war left more than 30,000 civilian deaths and more than 1 million internally "
     "displaced.", [("more than 30,000", "killed", "civilian"),
                    ("more than 1 million", "displaced", None)]),
    ("Three soldiers were killed and 12 civilians wounded.",
     [("Three", "killed", "soldiers"), ("12", "injured", "civilians")]),
])
def test_a_count_with_its_noun_left_out_counts_the_people_before_it(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """"Three soldiers were killed and 12 wounded" gave 12 wounded "people"."""
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The strike killed 5 people, among them a journalist.",
     [("5", "killed"), ("a journalist", "killed")]),
    ("THE REBELS KILLED 1 SOLDIER AND SERIOUSLY WOUNDED 11, AMONG THEM A TREASURY POLICE "
     "OFFICER.", [("1", "killed"), ("11", "injured"), ("A TREASURY POLICE OFFICER", "injured")]),
])
def test_one_victim_named_after_among_them_is_a_claim(text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    """", among them a journalist" named no victim; ", including a journalist" did."""
    assert victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("More than 10 million people have been forced from their homes.",
     [("More than 10 million", "displaced")]),
    ("Five families were driven from their homes by the fighting.", [("Five", "displaced")]),
])
def test_people_forced_from_their_homes_are_displaced(text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    """"forced from their homes" was no outcome (only "forced to flee")."""
    assert victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Among the dead were six children and two women who sold tea near the entrance.",
     [("six", "killed"), ("two", "killed")]),
    ("THE INJURED WERE 19-YEAR-OLD ROBINSON RAMIREZ AND TWO OTHER UNIDENTIFIED INDIVIDUALS WHO "
     "WERE TREATED AT SAN RAFAEL HOSPITAL.",
     [("ROBINSON RAMIREZ", "injured"), ("TWO", "injured")]),
    # (guard: a relative clause with an outcome of its own)
    ("Gunmen killed six soldiers and two women who were wounded earlier.",
     [("six", "killed"), ("two", "injured")]),
])
def test_a_coordinated_count_keeps_its_outcome_before_a_relative_clause(
        text: str, expected: list[tuple[str, str]]) -> None:
    """"six children and two women who sold tea" lost the two women: a count joined to a
    casualty shared its outcome only where its clause ended after it."""
    assert victims(text) == expected


def claimants(text: str) -> list[str | None]:
    return [f.claimed_by for f in mine(text).casualties]


@pytest.mark.parametrize("text, claimant", [
    ("The U.N. human rights mission in Ukraine has verified the deaths of more than 11,000 "
     "civilians.", "The U.N. human rights mission in Ukraine"),
    ("Monitors recorded 45 deaths in the district.", "Monitors"),
    ("ACLED recorded 12 deaths.", "ACLED"),
    ("Human Rights Watch documented 40 killings.", "Human Rights Watch"),
    # (guard: a sentence's first word alone names no one)
    ("Fighting recorded 12 deaths.", None),
])
def test_who_records_a_count_claims_it(text: str, claimant: str | None) -> None:
    """"The U.N. human rights mission has verified the deaths of more than 11,000 civilians"
    had no claimant: only reporting verbs and kept figures named one."""
    assert claimants(text) == [claimant]


def test_a_source_ends_before_based_on() -> None:
    """"according to an AFP tally based on Israeli official figures" claimed as "an AFP tally
    based"."""
    assert claimants("Hamas's attack resulted in the deaths of 1,198 people, according to an "
                     "AFP tally based on Israeli official figures.") == ["an AFP tally"]


def test_the_author_of_a_tally_claims_its_count() -> None:
    """"according to a tally by The Associated Press" claimed as "a tally"."""
    assert claimants("At least 20 people were killed, according to a tally by The Associated "
                     "Press.") == ["The Associated Press"]


def test_a_quoted_group_closing_the_sentence_has_no_quote_mark() -> None:
    """'killed 30 "crusaders".' gave the group 'crusaders"'."""
    assert groups('The group said it had killed 30 "crusaders".') == [
        ("30", "killed", "crusaders")]


@pytest.mark.parametrize("text, expected", [
    ("The attackers took 12 people hostage.", [("12", "captured", "people")]),
    ("Militants are holding 5 foreigners captive.", [("5", "captured", "foreigners")]),
])
def test_people_taken_hostage_are_captured(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    """"took 12 people hostage" was no claim (only "took 12 hostages")."""
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A mortar round killed a child and injured her mother.",
     [("a child", "killed"), ("her mother", "injured")]),
    ("The blast killed her husband and two sons.", [("her husband", "killed"), ("two", "killed")]),
    # (guard: "her" herself is no one named)
    ("Soldiers shot her dead.", []),
])
def test_her_kin_as_an_object_is_a_victim(text: str, expected: list[tuple[str, str]]) -> None:
    """"injured her mother" named no victim: "her" ended the phrase as an object pronoun."""
    assert victims(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Six members of one family, including four children, were killed.",
     [("Six", "killed"), ("four", "killed")]),
    ("Five members of two families were killed.", [("Five", "killed")]),
    # (guard: a share of a count is no owner of it)
    ("AT LEAST 80 PERCENT OF THE APPROXIMATELY 130 PASSENGERS WHO WERE KILLED WERE HONDURANS.",
     [("APPROXIMATELY 130", "killed")]),
])
def test_a_count_telling_whose_the_counted_were_is_no_victim(
        text: str, expected: list[tuple[str, str]]) -> None:
    """"Six members of one family ... were killed" also gave one family killed."""
    assert victims(text) == expected


def test_a_family_counted_after_an_outcome_verb_is_its_victims() -> None:
    """"The air raid killed a family of five" was no claim ("A family of five was killed"
    was one)."""
    assert casualties("The air raid killed a family of five.") == [(5, "killed")]
    # (guard: a father of three is one victim, not three)
    assert casualties("The strike killed a father of three.") == []


@pytest.mark.parametrize("text, expected", [
    ("At least 10,500 civilians have been killed in Ukraine since Russia's full-scale invasion "
     "in February 2022, according to the U.N. mission.", [(10_500, "killed", "cumulative")]),
    ("Armed gangs have killed thousands of people across the northwest in recent years, "
     "according to Amnesty International.", [(1000, "killed", "cumulative")]),
    ("The rebels say they act for Palestinians in Gaza, where more than 30,000 people have "
     "been killed, according to the territory's Health Ministry.",
     [(30_000, "killed", "cumulative")]),
    ("Aid reached families in Darfur, where more than 2 million people have been uprooted, "
     "the agency said.", [(2_000_000, "displaced", "cumulative")]),
    ("More than 3,000 civilians have been killed by the military since it seized power in "
     "February 2021.", [(3000, "killed", "cumulative")]),
    ("Researchers estimated that 600,000 people died during the war, from fighting and "
     "famine.", [(600_000, "killed", "cumulative")]),
    ("More than 6,000 civilians have been killed since the 2021 coup. According to the United "
     "Nations, more than 3 million people have been displaced.",
     [(6000, "killed", "cumulative"), (3_000_000, "displaced", "cumulative")]),
    # (guards: the run-up to one event; a place where the attackers have killed, now; a toll
    # with an event of its own after a total)
    ("The talks were suspended given the events of recent days, particularly the killing of 10 "
     "union members on Tuesday.", [(10, "killed", "this_operation")]),
    ("THE AIR FORCE IS STRAFING THE FACTORY, WHERE IT HAS KILLED 3 AND WOUNDED 12 CIVILIANS.",
     [(3, "killed", "this_operation"), (12, "injured", "this_operation")]),
    ("More than 6,000 civilians have been killed since the 2021 coup. Seventeen people have "
     "been killed in the strike, officials said.",
     [(6000, "killed", "cumulative"), (17, "killed", "this_operation")]),
])
def test_totals_over_a_war_or_a_place_are_cumulative(text: str, expected: list) -> None:
    """A war's or a place's running toll quoted beside one attack ("since Russia's full-scale
    invasion", "in recent years", "Gaza, where more than 30,000 people have been killed", a
    present-perfect toll after a total) was read as the attack's own."""
    assert [(f.count.low, f.outcome, f.scope) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("A drone hit a building, killing 12 people, five of them children, officials said.",
     [(12, "killed", "people"), (5, "killed", "children")]),
    ("Twenty-six people, four of whom were police, were injured.",
     [(26, "injured", "people"), (4, "injured", "police")]),
    ("THE ATTACK KILLED 12 PEASANTS, 5 OF THEM WOMEN.",
     [(12, "killed", "PEASANTS"), (5, "killed", "WOMEN")]),
    # (guards: a part telling how, or where, names no one)
    ("The blast wounded 15 soldiers, four of them seriously.", [(15, "injured", "soldiers")]),
    ("The shelling killed 12 people, 5 of them in the market.", [(12, "killed", "people")]),
])
def test_a_part_of_a_toll_that_says_who_they_were_is_a_claim(text: str, expected: list
                                                              ) -> None:
    """"killing 12 people, five of them children" gave no claim for the children, where
    "including five children" gives one."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("Among the dead was a 4-month-old baby and her mother, he said.",
     [(1, "killed", "a 4-month-old baby"), (1, "killed", "her mother")]),
    ("Among the wounded was Mayor John Smith.", [(1, "injured", "Mayor John Smith")]),
])
def test_one_victim_after_among_the_dead_was(text: str, expected: list) -> None:
    """"Among the dead was a 4-month-old baby and her mother" named no victim: only "were"
    and "included" led to them, and an age in months was not set apart."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


def test_the_headline_names_the_operations_own_incident() -> None:
    """The headline's toll ("suicide bombing kills 18") was a related incident: only the
    lead's incidents were the operation's own, and "suicide car bomber" there was not
    "suicide bombing"."""
    text = ("Al Shabaab suicide bombing kills 18 at Somali army base\n\n"
            "MOGADISHU (Reuters) - A suicide car bomber killed at least 18 soldiers at a "
            "military base in central Somalia on Friday, a military officer said, in an "
            "attack claimed by the Islamist group al Shabaab.\n\n"
            "\"The car exploded at the gate of the base and then gunmen stormed in,\" Major "
            "Hassan Ali told Reuters.\n\n"
            "Al Shabaab said in a statement that its fighters had killed 47 soldiers.\n")
    assert [(f.count.low, f.scope) for f in mine(text).casualties] == [
        (18, "this_operation"), (18, "this_operation"), (47, "this_operation")]


def test_a_part_of_the_year_is_a_period() -> None:
    """"in the first half of the year" summed nothing: the toll was the operation's."""
    text = ("At least 3,661 people have been killed in Haiti in the first half of the year, "
            "the U.N. said.")
    assert [f.scope for f in mine(text).casualties] == ["cumulative"]


@pytest.mark.parametrize("text, expected", [
    ("The monitor said the dead included 27 Druze fighters, 6 members of the security forces "
     "and four civilians.", [(27, "killed"), (6, "killed"), (4, "killed")]),
    # a count with a verb of its own is no member, nor shares the verb after it ...
    ("Gunmen killed 27 fighters, 6 soldiers escaped and four civilians were killed.",
     [(27, "killed"), (4, "killed")]),
    # ... unless the later ones are "other" (a guard)
    ("TWO SOLDIERS STEPPED ON A MINE AND THREE OTHER SOLDIERS WERE WOUNDED.",
     [(2, "injured"), (3, "injured")]),
])
def test_a_count_in_the_middle_of_a_list_shares_its_outcome(text: str, expected: list
                                                             ) -> None:
    """'the dead included 27 Druze fighters, 6 members of the security forces and four
    civilians' lost the six: the first took the list's outcome, the last its 'and', and the
    middle neither. '6 soldiers escaped and four civilians were killed' killed the six."""
    assert [(f.count.low, f.outcome) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("Insurgents attacked the village, beheading 11 people.", [(11, "killed", "people")]),
    # a part of the dead with a participle telling more of them
    ("A bomb killed six people. Two of the dead were police officers guarding the entrance.",
     [(6, "killed", "people"), (2, "killed", "police officers")]),
])
def test_beheading_and_a_part_of_the_dead_described_further(text: str, expected: list
                                                            ) -> None:
    """'beheading 11 people' gave no claim (only 'beheaded' was a death), nor did 'Two of
    the dead were police officers guarding the entrance' (the part had to end at a mark)."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("An Israeli strike killed a senior Hezbollah commander and his driver on Friday.",
     [(1, "a senior Hezbollah commander"), (1, "his driver")]),
    ("Gunmen killed the mayor and his bodyguard.", [(1, "the mayor"), (1, "his bodyguard")]),
    # the owner shared by a pair of kin
    ("Her husband and brother were killed in front of her, she said.",
     [(1, "Her husband"), (1, "brother")]),
    # (guard: an owned thing is no victim)
    ("Gunmen killed the mayor and burned his car.", [(1, "the mayor")]),
])
def test_one_who_goes_with_a_victim_is_one_more(text: str, expected: list) -> None:
    """'killed a senior Hezbollah commander and his driver' counted the commander alone: only
    kin and titles made a person of a phrase owned by 'his'."""
    assert [(f.count.low, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    # the outcome may describe a noun before the verb of the list
    ("THE WOUNDED REPORTERS ARE CAMERAMAN MANUEL DIAZ AND SOUND MAN WILLIAM MADRID, OF LOCAL "
     "TELEVISION.", [(1, "injured", "CAMERAMAN MANUEL DIAZ"),
                     (1, "injured", "SOUND MAN WILLIAM MADRID")]),
    # a title's full stop ends no victim's name
    ("The dead were Sgt. Ana Lopez and Cpl. Pedro Ruiz.",
     [(1, "killed", "Sgt. Ana Lopez"), (1, "killed", "Cpl. Pedro Ruiz")]),
    ("THERE IS PROFOUND INDIGNATION OVER THE MURDER OF DR. FRANCISCO JOSE GUERRERO.",
     [(1, "killed", "DR. FRANCISCO JOSE GUERRERO")]),
    # ... nor an initialism's, which counts as no word of the six
    ("ONE OF THE PERSONS WOUNDED WAS A U.S. STUDENT WHO WAS VISITING THE CAMPUS.",
     [(1, "injured", "A U.S. STUDENT")]),
    ("THE ONLY INFORMATION AVAILABLE IS ON KIDNAPPING VICTIM U.S. PROFESSOR DAVID LESLIE KENT.",
     [(1, "captured", "VICTIM U.S. PROFESSOR DAVID LESLIE KENT")]),
    # (guards: what the wounded are doing lists no one; a passive after it neither, and the
    # wounded one before it still counts)
    ("ALL THE INJURED SAILORS ARE GETTING MEDICAL ATTENTION.", []),
    ("THE WOUNDED PERSON WAS IDENTIFIED AS IRMA DE PUENTES.", [(1, "injured", "PERSON")]),
])
def test_the_victims_listed_after_the_hurt_and_their_titles(text: str, expected: list) -> None:
    """'THE WOUNDED REPORTERS ARE CAMERAMAN MANUEL DIAZ AND SOUND MAN WILLIAM MADRID' gave no
    claim (only 'the wounded are' opened a list), and 'the murder of Dr. Francisco Jose
    Guerrero' gave a victim 'DR', the title's full stop read as the name's end."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("LIBERAL LEADER FEDERICO ESTRADA VELEZ WAS VIOLENTLY MURDERED IN THE STREETS OF MEDELLIN.",
     [(1, "killed", "LIBERAL LEADER FEDERICO ESTRADA VELEZ")]),
    ("The commander later passed away in hospital.", [(1, "killed", "The commander")]),
    ("Two soldiers passed away in hospital.", [(2, "killed", "soldiers")]),
    # an adverb is no part of the victim, and a pronoun no victim
    ("THE VICTIM WAS TAKEN TO THE HOSPITAL WHERE HE UNFORTUNATELY DIED.", []),
    # (guards: an adverb that denies the outcome; a noun in -ly)
    ("ANOTHER TERRORIST WAS NEARLY LYNCHED BY SOME PEOPLE WHO CAPTURED HIM.", []),
    ("Maria Kelly died in the strike.", [(1, "killed", "Maria Kelly")]),
])
def test_any_adverb_before_the_verb_and_passed_away(text: str, expected: list) -> None:
    """'ESTRADA VELEZ WAS VIOLENTLY MURDERED' gave no claim (only ten adverbs were read
    before a victim's verb), 'WHERE HE UNFORTUNATELY DIED' gave a victim 'HE
    UNFORTUNATELY', and 'passed away' was no death."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("Gangs stormed the town, killing at least 12 people and freeing more than 500 inmates "
     "from the local prison.", [(12, "killed")]),
    ("In 2011, Israel freed 1,000 Palestinian prisoners.", []),
    ("WHICH ON THE ONE HAND SAVED THE OIL-PRODUCING COUNTRIES.", []),
    # (guard: hostages freed are rescued)
    ("Troops freed six hostages.", [(6, "rescued")]),
])
def test_a_release_from_custody_is_no_rescue(text: str, expected: list) -> None:
    """Gangs 'freeing more than 500 inmates from the local prison' rescued 500 people, as
    did a prisoner exchange and 'ON THE ONE HAND SAVED'."""
    assert [(f.count.low, f.outcome) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("“We have buried 31 people this morning, including women and children,” said Sunday "
     "Dauda, a community leader.", [(31, "killed", "Sunday Dauda")]),
    # (guard: things buried are no dead)
    ("Villagers buried 12 mines along the road.", []),
])
def test_the_dead_counted_by_those_who_bury_them(text: str, expected: list) -> None:
    """A community leader's "We have buried 31 people" gave no claim: residents' higher
    toll is told that way."""
    assert [(f.count.low, f.outcome, f.claimed_by) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("Security forces neutralised 14 terrorists in the operation, the army said.",
     [(14, "killed", "terrorists")]),
    ("The army said it had eliminated 30 militants.", [(30, "killed", "militants")]),
    ("THE ARMY NEUTRALIZED 12 SUBVERSIVES.", [(12, "killed", "SUBVERSIVES")]),
    # the army's own word quoted
    ("The army said soldiers had “neutralised” 15 attackers in a counter-offensive.",
     [(15, "killed", "attackers")]),
    # ... and in the passive
    ("The committee said the three attackers had been “neutralised” after a brief firefight.",
     [(3, "killed", "attackers")]),
    ("Twelve terrorists were eliminated, the ministry said.", [(12, "killed", "terrorists")]),
    # (guard: things eliminated are no dead)
    ("The troops eliminated 3 checkpoints.", []),
    ("Twelve checkpoints were eliminated.", []),
])
def test_foes_neutralised_or_eliminated_are_killed(text: str, expected: list) -> None:
    """A force's word for the foes it killed ("neutralised 14 terrorists") gave no claim."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("Three policemen were martyred and two others injured.",
     [(3, "killed", "policemen"), (2, "injured", "others")]),
    ("Two soldiers embraced martyrdom during the exchange of fire.",
     [(2, "killed", "soldiers")]),
])
def test_the_martyred_are_killed(text: str, expected: list) -> None:
    """Much South Asian and Middle Eastern copy honours its dead as martyrs ("Three
    policemen were martyred"): no death was read."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


def test_who_was_quoted_as_saying_claims_the_toll() -> None:
    """"..., a police official was quoted as saying" made the toll's own subject ("The death
    toll from Monday's blast") its claimant: "saying" was read as a participle of it."""
    text = ("The death toll from Monday's blast has risen to 15, a police official was quoted "
            "as saying.")
    assert [f.claimed_by for f in mine(text).casualties] == ["a police official"]


@pytest.mark.parametrize("text, scope", [
    ("WE NOW HAVE OFFICIAL FIGURES OF THE EXPLOSION NEAR THE DAS HEADQUARTERS: SEVEN PERSONS "
     "WERE KILLED.", "this_operation"),
    ("A WAR THAT BEGAN WITH THE MARTYRDOM OF ARCHBISHOP OSCAR ARNULFO ROMERO IS NOW TAKING THE "
     "LIVES OF HUNDREDS OF VICTIMS.", "cumulative"),
    ("POLITICAL VIOLENCE IN PERU, WHICH WAS UNLEASHED BY THE MAOIST SHINING PATH IN 1980, HAS "
     "KILLED MORE THAN 15,000 PEOPLE.", "cumulative"),
    # (guard: figures still sum a period)
    ("Health ministry figures show 40 people were killed in October.", "cumulative"),
])
def test_a_wars_toll_and_one_events_figures(text: str, scope: str) -> None:
    """"official figures of the explosion" made its toll a total over a period; a war that
    "is now taking the lives of hundreds", or whose clause runs long before "has killed", was
    one operation."""
    assert [f.scope for f in mine(text).casualties] == [scope]


@pytest.mark.parametrize("text, victims", [
    ("The strike killed a woman and her baby.", ["a woman", "her baby"]),
    ("The shelling killed her grandson.", ["her grandson"]),
    ("THE KILLING OF A NATIONAL POLICEMAN AND HIS 2-YEAR-OLD SON BY PAID ASSASSINS.",
     ["A NATIONAL POLICEMAN", "HIS 2-YEAR-OLD SON"]),
    # (guard: a family is no one person)
    ("The strike killed a woman and her family.", ["a woman"]),
])
def test_kin_named_by_their_relation_are_victims(text: str, victims: list) -> None:
    """"a woman and her baby", "her grandson", "HIS 2-YEAR-OLD SON" were no victims: the kin
    nouns a victim could be named by stopped at son, daughter and the like, and a second
    victim needed a name, a title or a gendered noun."""
    assert [f.group for f in mine(text).casualties] == victims


def test_a_running_total_given_before_what_it_counts() -> None:
    """"..., bringing to 330 the number of soldiers killed since the ground offensive began"
    was no claim, and its period made the two soldiers killed that day a total too."""
    text = ("Two Israeli soldiers were killed in southern Gaza, the military said, bringing to "
            "330 the number of soldiers killed since the ground offensive began.")
    assert [(f.count.low, f.outcome, f.group, f.scope) for f in mine(text).casualties] == [
        (2, "killed", "Israeli soldiers", "this_operation"),
        (330, "killed", "soldiers", "cumulative")]
    text = ("THE MURDER OF THE 6 SOLDIERS AND 1 POLICEMAN RAISED TO 36 THE NUMBER OF PEOPLE "
            "KILLED BY TERRORISTS DURING THE FIRST 3 DAYS OF JUNE.")
    assert (36, "killed", "cumulative") in [(f.count.low, f.outcome, f.scope)
                                           for f in mine(text).casualties]


def test_taking_a_total_to_a_count_brings_it_up_to_date() -> None:
    """"taking the total since the war began to 41,000" was no claim: four patterns listed
    the verbs that bring a total up to date, and only the newest held "taking"."""
    text = "The strike killed 12, taking the total since the war began to 41,000."
    assert [(f.count.low, f.outcome, f.scope) for f in mine(text).casualties] == [
        (12, "killed", "this_operation"), (41_000, "killed", "cumulative")]


@pytest.mark.parametrize("text, claimant", [
    ("Since 24 February 2022, OHCHR has recorded 12,654 civilian deaths.", "OHCHR"),
    ("In Gaza, the ministry has recorded 40 deaths.", "the ministry"),
    ("\u2022 At least 15 people killed and 40 injured in airstrikes on Khan Younis (MoH).",
     "MoH"),
    # (guards: fighting records nothing; a bracket after a name glosses it)
    ("In the north, fighting recorded 12 deaths.", None),
    ("At least 15 people were killed by the Rapid Support Forces (RSF).", None),
])
def test_claimants_of_situation_reports(text: str, claimant: str | None) -> None:
    """A recorder after a phrase of when or where ("Since 24 February 2022, OHCHR has
    recorded") or named in lower case ("the ministry has recorded"), and a bulleted line's
    closing source ("(MoH)"), claimed nothing."""
    assert {f.claimed_by for f in mine(text).casualties} == {claimant}


def test_a_reporting_period_is_a_period() -> None:
    """"Over the reporting period, 3,400 people were newly displaced" was this operation's."""
    text = "Over the reporting period, 3,400 people were newly displaced in North Kivu."
    assert [f.scope for f in mine(text).casualties] == ["cumulative"]


@pytest.mark.parametrize("text, victim", [
    ("THE OTHER PERSON KILLED WAS A COLOMBIAN.", "A COLOMBIAN"),
    ("ONE OF THE PERSONS KILLED WAS A MEMBER OF THE PUBLIC FORCES.",
     "A MEMBER OF THE PUBLIC FORCES"),
])
def test_the_person_killed_was_names_a_victim(text: str, victim: str) -> None:
    """"THE OTHER PERSON KILLED WAS A COLOMBIAN" named no victim: only "the dead" and "the
    killed" led to one, with no noun between."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == [
        (1, "killed", victim)]


@pytest.mark.parametrize("text, expected", [
    ("An Israeli drone fired a missile at a car carrying three gunmen, killing all of them, "
     "the military said.", [(3, "killed", "gunmen")]),
    ("A plane carrying 150 passengers crashed, killing everyone on board.",
     [(150, "killed", "passengers")]),
    # (guard: all but some is no count given)
    ("A bus carrying 40 pilgrims overturned, killing all but two.", []),
])
def test_an_outcome_told_of_every_one_of_a_count_before_it(text: str, expected: list) -> None:
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


def test_a_toll_put_higher_by_a_source_is_that_sources() -> None:
    """"put the army's death toll higher, at 23": the possessive hid the verb that gives a
    figure, and the toll had no claimant."""
    text = ("A local official, who asked not to be identified, put the army's death toll "
            "higher, at 23.")
    assert [(f.count.low, f.claimed_by) for f in mine(text).casualties] == [
        (23, "A local official")]


@pytest.mark.parametrize("text, expected", [
    ("An Israeli strike killed a senior Hezbollah commander and two other people on Tuesday, "
     "two security sources told Reuters.",
     [(1, "a senior Hezbollah commander"), (2, "other people")]),
    ("Three witnesses said 12 people were killed.", [(12, "people")]),
    # (guard: a source that tells what befell it is counted too)
    ("ACCORDING TO ONE OF THE TWO WOMEN WHO WERE SLIGHTLY INJURED, THE BOMB WAS PLACED BY TWO "
     "MEN.", [(1, None), (2, "WOMEN")]),
])
def test_a_count_of_those_who_tell_is_no_victim(text: str, expected: list) -> None:
    """"..., two security sources told Reuters" made the two sources two more dead."""
    assert [(f.count.low, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the injured that died of its wounds
    ("Two of the injured succumbed to their wounds.", [(2, "killed", None)]),
    # a list that can hold only victims: one described after a count is one more
    ("The dead included two children and a nurse.",
     [(2, "killed", "children"), (1, "killed", "a nurse")]),
])
def test_parts_of_the_injured_and_victims_listed_after_a_count(text: str,
                                                               expected: list) -> None:
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    # a past participle after "the" describes one person: its noun, up to a verb
    ("The wounded man was taken to hospital.", [(1, "injured", "man")]),
    ("THE WIFE OF THE MURDERED MAGISTRATE ARRIVED FROM GUATEMALA TODAY.",
     [(1, "killed", "MAGISTRATE")]),
    ("BANANA WORKERS IN URABA, WHERE THE ASSASSINATED LEADER WORKED AS A LAWYER, REACTED.",
     [(1, "killed", "LEADER")]),
    # (guards: a body, a quality, a verb after the adjective, one who kills, a figure of
    # speech, a name)
    ("IN A CASE LIKE THIS THE INJURED PARTY HAS EVERY RIGHT TO AN INVESTIGATION.", []),
    ("THE FATALLY WOUNDED MILITARY LEADERSHIP ORDERED THE BOMBING.", []),
    ("ONE OF THE INJURED LOST A LEG.", []),
    ("THEY HAVE WEAPONS LIKE THOSE OF THE MURDERING BATTALIONS.", []),
    ("She has emerged from the investigation a wounded candidate.", []),
    ("All of the money goes to the Wounded Warriors.", []),
])
def test_an_outcome_adjective_names_the_one_it_befell(text: str, expected: list) -> None:
    """"THE INJURED PARTY HAS EVERY RIGHT" was one injured party, "THE MURDERED MAGISTRATE
    ARRIVED" one killed "MAGISTRATE ARRIVED": an outcome adjective was read as a verb with
    its object."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected


@pytest.mark.parametrize("text, expected", [
    ("The strike killed 30 people. Nine of the dead were children.",
     [(30, "killed", "people"), (9, "killed", "children")]),
    ("The strike killed 30 people. At least 10 of the victims were women, officials said.",
     [(30, "killed", "people"), (10, "killed", "women")]),
    ("The blast wounded 40. Two of the wounded were soldiers.",
     [(40, "injured", None), (2, "injured", "soldiers")]),
    # (guard: how they are is no one)
    ("The blast wounded 40. Five of the injured were in critical condition.",
     [(40, "injured", None)]),
])
def test_a_part_of_the_dead_or_the_victims_named_by_who_they_were(text: str,
                                                                  expected: list) -> None:
    """"Nine of the dead were children" gave no claim."""
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == expected



def test_a_part_with_an_outcome_of_its_own_is_of_the_people_counted_before_it() -> None:
    """"between 10 and 15 militants were involved and six of them were killed" said six
    "people" died."""
    text = ("Police chief Akhtar Hayat said between 10 and 15 militants were involved and that "
            "six of them were killed in a gunfight.")
    assert [(f.count.low, f.outcome, f.group) for f in mine(text).casualties] == [
        (6, "killed", "militants")]


@pytest.mark.parametrize("text, expected", [
    # kin lost, as those who mourn them say it
    ("“I lost my mother and my two brothers,” said Jean-Marc Pierre.",
     [(1, "my mother"), (2, "brothers")]),
    ("She lost her husband in the strike.", [(1, "her husband")]),
    ("He lost his wife and three children in the bombing.",
     [(1, "his wife"), (3, "children")]),
    # (guards: what is lost is no relative; a family is no one person; an age is no count)
    ("He lost his job in the war.", []),
    ("She lost her family.", []),
    ("Golvach lost his 25 year-old son when a gunman shot him.", []),
])
def test_kin_lost_are_killed(text: str, expected: list) -> None:
    """"I lost my mother and my two brothers" named no dead."""
    assert [(f.count.low, f.group) for f in mine(text).casualties
            if f.outcome == "killed"] == expected
