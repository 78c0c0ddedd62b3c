"""Direct quotes and who said them, found with reporting-verb and attribution heuristics.

This is the deterministic half of attribution checking: the extraction says who spoke, and the
miner independently reads who the article says spoke. It follows the conventions of news copy:

- the speaker named after the quote (",” Sirwan Barzani, a Peshmerga commander, was quoted as
  saying by Kurdistan24 News", ",” said Colonel Ryan Dillon", ",” Kelly charged", "— Name"),
  also after a quote of several sentences, or before it in the same sentence ("Layla Hassan
  ... told Kurdistan 24 that ... “there are still sleeper cells.”"), with or without a verb
  before a colon ("pollster Daron Shaw: “...”"), or after the verb that ends a paraphrase
  (", said James Henson, director of ..."); a participle clause takes the name right before
  it ("– Ryan saying"), else the reporting clause it follows ("she said, adding"), else the
  sentence's subject ("Bush offered a retort, tweeting"); the owner of a claim whose "that"
  clause holds the quote ("Comey's conclusion that her actions were “extremely careless”");
- pronouns ("he said") resolved to the nearest person they agree with (gender.py), among the
  speakers and the people who are the subject of a sentence (mentions.py); surnames ("Efrin
  told") to the full name given earlier, whose gender they share unless a reflexive says
  otherwise ("Clinton herself"); a pronoun with no antecedent, or the writer's "I", gives no
  speaker;
- an unattributed quote takes the speaker of another quote in its paragraph, or, when it opens
  its paragraph, of the previous paragraph ("a following paragraph continues the same speaker");
  each quote records how its speaker was found (`MinedQuote.confidence`);
- the channel: "told Kurdistan 24", "in a statement", "in a tweet", "quoted as saying by ...".

Unattributed scare quotes ("capital") and titles of films or books are not reported; which
marks open and close a quote is quotemarks.py's business, how people are named people.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import accumulate

from summarizer.reading.mentions import (CLAUSE_JOINT, PROPER_RUN, Mention, Mentions,
                                         is_role)
from summarizer.text import datelines, patterns
from summarizer.text.dates import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from summarizer.text.gender import Gender, agrees, from_description, from_given_name
from summarizer.text.gender import from_pronoun_after, is_given_name
from summarizer.text.people import (DETERMINERS, DISCOURSE, FUNCTION_WORDS, IRREGULAR_PAST,
                                     LY_NOUNS, NEWS_AGENCIES, NICKNAME, NOT_NAME_START, OFFICES,
                                     ORG_WORDS, PRONOUNS, TIME_UNITS, TIME_WORDS, TITLES,
                                     is_capitalised, is_noun_phrase, is_single_name,
                                     looks_like_person, looks_plural, names_overlap, strip_titles,
                                     name_before_home, trailing_name, words_of)
from summarizer.text.names import names_match
from summarizer.text.quotemarks import (inner_span, quote_spans, single_quote_spans,
                                        spoken_straight_singles, straight_single_spans,
                                        uses_straight_singles)
from summarizer.text.segment import Segments, Span, end_before_space, is_upper_case


# Reporting verbs. "continued", "declared" and "recorded" are left out on purpose: in news copy
# they mostly describe actions ("fighters continued to leave"), not speech; right after a
# quote (see _TAG) or right before one (see _INTRO_VERB) any verb reports it, so they are
# still read there. "goes on" reports only before a colon or "to say" ("the list goes on,
# including ..." does not).
_SPEECH = (
    "said|says|say|told|tells|added|adds|add(?=\\s+that\\s)|stated|states|noted|notes|explained|"
    "explains|"
    "accused|accuses|"
    "announced|announces|reported|reports|confirmed|confirms|warned|warns|"
    # "the attack claimed the lives of 14 people": no claim
    "(?:claimed|claims)(?!\\s+the\\s+li(?:fe|ves)\\b)|"
    "described|describes|highlighted|highlights|stressed|stresses|insisted|insists|wrote|"
    "writes|tweeted|tweets|"
    # a perfect tense's participle ("X had written"), not a thing written ("a letter written
    # by") nor the writing of one ("has written a book in which he exposes")
    "(?:(?<=\\bhas\\s)|(?<=\\bhad\\s)|(?<=\\bhave\\s))written"
    "(?!\\s+(?:a|an|the|his|her|their|its|two|three|several|many|dozens|\\d+)\\b)|"
    # not a post held ("two soldiers posted at the checkpoint")
    "posted(?!\\s+(?:at|near|along|outside|around|across|abroad|overseas|there|here)\\b)|"
    # not a request to stay unnamed: "a fighter who asked not to be named", "asked for
    # anonymity", "asked that his name not be used"
    "(?:asked|asks)(?!\\s+(?:not\\s+to\\s+be|to\\s+not\\s+be|for\\s+anonymity|to\\s+remain\\s+"
    "anonymous|that\\s+(?:his|her|their)\\s+names?\\b|that\\s+(?:he|she|they)\\s+not\\b|"
    # nor a wish to act: "the evacuees had asked to leave the country"
    "to\\s+[a-z]+\\b))|"
    "acknowledged|acknowledges|admitted|admits|argued|"
    "argues|urged|urges|vowed|vows|denied|denies|replied|replies|responded|responds|answered|"
    "answers|shouted|yelled|screamed|chanted|scolded|quipped|joked|remarked|recalled|recalls|"
    # "declared war", "declared a state of siege": an act, unless it reports words
    "(?:declared|declares)(?=\\s*[,:]?\\s*[\"\u201c]|\\s+that\\s|\\s+(?:in|on|at|during|to)\\s"
    "[^.;:\"\u201c\u201d]{0,60}?\\sthat\\s)|"
    "observed|conceded|concedes|"
    "countered|counters|predicted|predicts|complained|complains|boasted|boasts|promised|"
    "promises|pledged|cautioned|contended|contends|maintained|maintains|mused|testified|"
    "wondered|exclaimed|whispered|snapped|retorted|interjected|"
    # not one summoned ("called in airstrikes"; "called in a statement for" still reports)
    "(?:called|calls)(?!\\s+in\\s+(?!(?:to|a|an|the|his|her|their|its)\\b))|compared|compares|"
    "characterized|characterizes|characterised|characterises|"
    "referred(?=\\s+to\\s[^.;:]{0,60}?\\bas\\s)|refers(?=\\s+to\\s[^.;:]{0,60}?\\bas\\s)|"
    "dubbed|labeled|labelled|branded|"
    # words that strike, not things that do ("a missile slammed into a building")
    "(?:blasted|slammed)(?!\\s+(?:into|through|onto|against|down|open|apart|off|away|shut)\\b)|"
    "praised|criticized|criticised|"
    "mocked|mocks|derided|derides|ridiculed|decried|decries|denounced|denounces|condemned|"
    "condemns|hailed|hails|touted|touts|lauded|lauds|questioned|lambasted|chided|"
    "rebuked|assailed|disparaged|"
    "suggested|suggests|agreed|agrees|concluded|concludes|estimated|estimates|emphasized|"
    "emphasised|assured|reiterated|repeated|alleged|alleges|proclaimed|"
    "opined|speculated|lamented|thanked|asserted|asserts|mentioned|mentions|puts\\s+it|put\\s+it|"
    "revealed|reveals|disclosed|discloses|"
    # translated wire copy's verbs of telling, before what they tell: "POLICE INFORMED THAT"
    "(?:indicated|indicates|informed|specified|affirmed|affirms)(?=\\s+that\\s)|"
    # present tenses that are seldom nouns ("she emphasizes that", "Trump retorts")
    "emphasizes|emphasises|assures|reiterates|proclaims|opines|speculates|laments|scolds|"
    "testifies|wonders|exclaims|retorts|interjects|criticizes|criticises|"
    "wanted\\s+to\\s+know|wants\\s+to\\s+know|"
    "pointed\\s+out|"
    # "the DNC issued a statement apologizing ...", then its words in the next paragraph
    "(?:issued|issues|released|releases)(?=\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?"
    "(?:statement|video|ad|advertisement|letter|memo|report)\\b)|"
    # "Howard continued his scathing remarks.", then his words in the next paragraph
    "(?:continued|continues|made|makes|delivered|delivers|concluded|concludes)(?=\\s+(?:his|her|"
    "their)\\s+(?:[\\w-]+\\s+){0,2}?(?:remarks|comments|speech|statement|testimony)\\b)|"
    # a stance voiced: "expressed confidence that", "voiced concern about"
    "(?:expressed|expresses|voiced|voices)(?=\\s+(?:[\\w-]+\\s+){0,2}?(?:confidence|concern|hope|"
    "doubts?|optimism|frustration|regret|surprise|disappointment|dismay|outrage|anger|fears?|"
    "skepticism|scepticism)\\s+(?:that|about|over|at|with)\\b|"
    # ... or a wish: "expressed a desire to", "voiced a willingness to"
    "\\s+(?:a|an|his|her|their)\\s+(?:[\\w-]+\\s+)?(?:desire|wish|willingness)\\s+to\\b)|"
    # an argument made: "made the point that", "made the case that", "made it clear that"
    "(?:made|makes)(?=\\s+(?:it\\s+clear|clear|(?:the|a|an|his|her|their)\\s+(?:[\\w-]+\\s+)?"
    "(?:point|case|argument|claim))\\s+that\\b)|"
    # a story told: "further related that"
    "related(?=\\s+that\\b)|"
    # "put the toll at nine", "put the number of those taken at more than 100", "put the
    # army's death toll higher, at 23": a figure given
    "(?:put|puts)(?=\\s+(?:the|its|their)\\s+(?:[\\w'\u2019-]+\\s+){0,2}?(?:death\\s+)?"
    "(?:toll|number|figure|count|tally)\\b)|"
    # a plural subject's present tense before what it says ("Critics argue that", "Analysts
    # note:"), not an infinitive or a verb denied ("to argue that", "TO PUBLICLY ADMIT THAT",
    # "did not note that")
    "(?<!\\bto\\s)(?<!ly\\s)(?<!\\bnot\\s)(?<!n't\\s)(?:argue|warn|suggest|insist|contend|"
    "maintain|write|explain|acknowledge|admit|predict|complain|allege|assert|conclude|"
    "concede|testify|emphasize|emphasise|"
    # (the nouns among them after a determiner: "a note that", "the claim that")
    "(?<!\\ba\\s)(?<!\\bthe\\s)(?<!\\bhis\\s)(?<!\\bher\\s)(?<!\\bits\\s)(?:note|stress|recall))"
    "(?=\\s+that\\b|\\s*:)|"
    "went\\s+on(?=\\s*(?:[:,]|to\\s+(?:say|add|tell|call|describe|argue|note)))|"
    "goes\\s+on(?=\\s*(?::|to\\s+(?:say|add|tell|call|describe|argue|note)))"
)
# A participle clause ("..., saying", "tweeting at him,") reports the words of the sentence's
# subject, not of the words before it.
_PARTICIPLES = (
    "saying|telling|adding|noting|writing|tweeting|declaring|arguing|warning|asking|calling|"
    "explaining|insisting|describing|characterizing|stating|stressing|urging|vowing|"
    "claiming(?!\\s+the\\s+li(?:fe|ves)\\b)|"
    "replying|referring(?=\\s+to\\s[^.;:]{0,60}?\\bas\\s)|"
    "responding|quipping|joking|recalling|predicting|complaining|boasting|promising|"
    "suggesting|comparing|dubbing|labeling|branding|blasting|slamming|praising|criticizing|"
    "charging|proclaiming|lamenting|chanting|shouting|yelling|demanding|announcing|pledging|"
    "accusing|admitting|acknowledging|conceding|recounting|mocking|denouncing|condemning|"
    "citing|questioning|"
    "pointing\\s+out"
)
_VERB = patterns.compile(  # not the end of a compound: "the self-described socialist", "so called"
    r"\b(?<!-)(?<!\b[Ss][Oo]\s)(?:(?:was|were)\s+quoted\s+as\s+saying(?:\s+by)?|"
    r"[Aa]ccording\s+to|"
    r"[Ii]n\s+the\s+words\s+of|"
    rf"{_SPEECH}|(?P<participle>{_PARTICIPLES}))\b"
)


_IN_THE_WORDS = patterns.compile(r"(?i:in\s+the\s+words\s+of)$")


@cache
def _verbs_any_case() -> re.Pattern[str]:
    """The reporting verbs in any case, for articles set in capitals (compiled only when one
    is read: most never are)."""
    return patterns.compile(_VERB.pattern, re.IGNORECASE)


# Right after a quote that ends in a comma, "?", "!" or a dash, any verb is a reporting verb:
# ',” Kelly charged', ',” continued the senator', '?” he asked', ',” read the statement'. A
# role in lower case may stand inside the name: ',” mused Blaze co-host Stu Burguiere'.
_TAG_NAME = (r"(?:[A-Z\u00c0-\u024f][\w'\u2019.-]*(?:\s+(?:(?:of|the|al|de|van|von|bin)\s+|"
             r"(?:(?!(?:who|whom|whose|which|that|and|or|but|to|in|on|at|for|with|from|by|as)\b)"
             r"(?![a-z]+(?:s|ed)\b)[a-z][\w-]*\s+){1,2}(?=[A-Z]))?"
             r"[A-Z\u00c0-\u024f][\w'\u2019.-]*){0,4}|he|she|they|we|I|"
             # a body's or a writing's "it" ('"...," it recommended'), not what happened
             r"it(?!\s+(?:seemed|seems|appeared|appears|looked|looks|sounded|sounds|turned|"
             r"emerged|happened|remained|became|followed)\b)|"
             r"(?:the|a|an|one|this|these|those)\s+[\w'\u2019-]+"
             # up to six words, not into a clause or a phrase of when, where or whence ("the
             # officer in charge", not "the statement from the relief agency")
             r"(?:\s+(?!(?:who|whom|whose|which|that|and|or|but|from|to|on|at|with|about|during|"
             r"after|before|while|when|as)\b)[\w'\u2019-]+){0,5})")
# the past tenses with no -ed that tag or introduce a quote
_IRREGULAR_VERBS = r"said|told|wrote|read|spoke|went\s+on|shot\s+back"
# a plural subject's present tense after a quote: ',” the Saudis state in the white paper'
_PLURAL_PRESENT = r"say|state|write|argue|note|claim|insist|add|contend|explain|warn|conclude"
_TAG = patterns.compile(
    rf"\s*(?:(?P<name>{_TAG_NAME})\s+(?P<verb>[a-z]+(?:ed|s)|{_IRREGULAR_VERBS}|{_PLURAL_PRESENT})"
    # not a closed-class word in -s ('“Lock her up!” as the speaker left')
    rf"|(?P<verb2>[a-z]+ed|said|told|wrote|read|(?!(?:is|was|has|does|as|us|his|this|its|"
    rf"thus|yes|plus|unless|whereas|perhaps|always|besides|towards|afterwards)\b)"
    rf"[a-z]+s)\s+(?P<name2>{_TAG_NAME}))"
    r"(?=\s*(?:[.,;:!?]|$|\s(?:on|in|at|to|of|during|after|before|with|about|later|today|"
    r"yesterday|last|this|recently|earlier|while|when|as|in\s+a|from|who|whose"
    # a particle: '"Nooooo!" the crowd cried out', 'Trump shot back'
    r"|out|back|up"
    # '“Go back to Univision,” Trump barked and a security guard escorted Ramos out'
    r"|and|but)\b))"
)
# Any verb right before the comma or colon that opens a quote introduces it: 'She continued,
# “...”', 'He jokes: “...”', 'The transcript as follows:', also with where or when it was
# said between ('who declared in the spin room, “...”'); an -ing form is read as a
# participle clause
_INTRO_VERB = patterns.compile(
    rf"\b(?:(?:as\s+)?[a-z]+(?:ed|s)|{_IRREGULAR_VERBS}|began"
    r"|(?P<participle>[a-z]{2,}ing))(?:\s+(?:again|too|then|later)"
    r"|(?P<where>\s+(?:in|at|on|during)\s+(?:(?:the|a|an|his|her|their|its)\s+)?[\w-]+"
    r"(?:\s+[\w-]+){0,3}))?"
    r"[ \t]*[,:][ \t]*(?=[\"\u201c]|\s*$)"
)
# a verb in the past opening a "that" clause (not one in -s: "headquarters that said" is a
# noun; "finds" is a study's verb), and how many words into the clause a quote may open.
# Verbs of finding out and seeming tell facts, not the subject's words: "Republicans
# learned that the “Solid South”"; but a study or a poll "found that" its own reading
_THAT_VERB = patterns.compile(
    r"\b(?!(?:learn|realiz|realis|discover|notic|hear|seem|appear|emerg|"
    r"happen|accept|assum)ed\b)(?:[a-z]{3,}ed|found|finds)"
    # "groused to a crowd in Georgia that": the listener between; "found in 2014 that": when
    r"(?=(?:\s+back|\s+to\s+(?:a|an|the|his|her|their|reporters|supporters"
    r"|[A-Z])[^.;:,\"\u201c\u201d]{0,40}?"
    # the listener's name set off after the listener: "vented to her husband, Frank Fiorina,"
    r"(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3},)?"
    r"|\s+(?:in|on|last|this)\s+[\w-]+)?\s+that\s)")
_THAT_REACH = 14
# a noun's that-clause ends sooner, before the sentence's own predicate: "Rubio's claim that
# Cruz is in favor of legalizing illegal immigrants is “simply not true,”" Frazier said
_OWNED_REACH = 8
# a verb in the past naming its object "as" the quoted words: "heralded the deal as a “"
# with no comma before "as" (the "as" of an earlier verb), no "such as" or "as if", and no
# passive between ("opened up about being described as": someone else described her)
_AS_VERB = patterns.compile(
    r"\b[a-z]{3,}ed(?=\s(?:(?!\b(?:being|been|be)\s+[a-z]+ed\b)[^,.;:\"\u201c\u201d]){0,60}?"
    r"(?<!such)\sas\s+(?:(?:a|an|the|being)\s+)?(?!if\b)(?:[\w-]+\s+){0,5}[\"\u201c])")
# what may stand right before such a verb: its subject ("Merkel heralded", "he played down",
# "has framed"), an adverb between ("Trump later defended"); not a noun a participle follows
# ("the messages classified ... as")
_SUBJECT_BEFORE_VERB = patterns.compile(
    r"(?:\b[A-Z][\w'\u2019.-]*|\b(?i:he|she|they|has|had|have))"
    r"(?:\s+(?:later|also|then|further|again|repeatedly|[a-z]{3,}ly))?\s+$")
# verbs whose object comes before "as": "described the impact as", "branded him as"
_OBJECT_AS = patterns.compile(r"(?:described|characteri[sz]ed|label+ed|branded|dubbed|portrayed|"
                              r"painted|regarded|viewed|identified)\s+[^.,;:]{1,60}?\sas\b")
_TAG_QUOTE_END = patterns.compile(r"[,?!\u2014\u2013-]\s*[\"\u201d\u2019']?$")
# "— John Smith" closing a paragraph after a quote signs it
_SIGN_OFF = patterns.compile(r"\s*[\u2014\u2013-]{1,2}\s*"
                             r"([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4}?)"
                             # who they are, after a comma: '” — Ahmed Saleh, farmer'
                             r"(?:,[^\n,]{1,60})?\.?\s*$")
# ... or the paragraph after a quote that ends its own: '”\n\n- Clinton.'
_SIGN_OFF_NEXT = patterns.compile(r"[ \t]*\n\s*[\u2014\u2013-]{1,2}[ \t]*"
                                  r"([A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,4}?)"
                                  # where they are from, or what they did: '-Michelle Marks,
                                  # Philadelphia.', '-President Obama, tweeting after the speech.'
                                  r"(?:,[^\n,]{1,60})?\.?[ \t]*(?=\n|$)")
_INVERTIBLE = {"said", "says", "say", "added", "adds", "asked", "asks", "wrote", "writes",
               "explained", "noted", "told", "reported", "reports", "replied", "continued",
               "recalled", "warned", "declared", "announced", "insisted", "tweeted", "argued",
               "stated"}
# a past tense or an auxiliary right after a name: "The Democratic National Convention
# released", not "The Florida senator"
_VERB_AFTER_NAME = patterns.compile(r"\s+(?:[a-z]+ed|has|had|was|did|will|would|also|later|then)\b")
# what follows the name after an inverted verb: a colon, or when, where or how it was said
_AFTER_INVERTED_NAME = patterns.compile(r":|\s(?:when|while|after|before|because|during|in|at|on|"
                                        r"from|outside|inside)\s(?=\w)"  # not "Sophie in 't Veld"
                                        r"|\sas\s(?=(?:he|she|they|it|we)\b)")  # not "known as"
# a description right after an inverted verb, and its place with the name set off after it:
# "said his best friend at Lehigh, Bruce Turry"
_DESCRIBED_FIRST = patterns.compile(r"\s+(?:a|an|the|his|her|their|its)\s+[a-z]")
_PLACE_THEN_NAME = patterns.compile(
    r"\s(?:at|in|from|on)\s[^,;:.\"\u201c\u201d]{1,50},\s+"
    r"([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})")
# a relative clause cut off before its place or time, no part of a role: "a ministry employee
# who was [inside at the time]"
_DANGLING_RELATIVE = patterns.compile(
    r"\s+(?:who|that)(?:\s+(?:was|is|were|are|had\s+been|has\s+been))?\s*$")
# verbs that follow the words they report and precede their speaker ("..., said X, a
# director", "..., explained Rosenberg,"): those that never take a person as their object,
# unlike "..., asked Cruz whether"
_SAID_AFTER_CLAUSE = frozenset(_INVERTIBLE - {"asked", "asks", "told", "warned"})
# what follows such a verb when the speaker is before it: "Donald Trump, tweeted Sunday",
# "GENERAL OSCAR VARGAS, ..., REPORTED ON THIS PLAN", "..., ANNOUNCED THAT THE STRIKE"
_NOT_AFTER_INVERTED = patterns.compile(
    rf"(?i:{'|'.join(sorted(TIME_WORDS | FUNCTION_WORDS - {'the', 'a', 'an'}))}"
    r"|that|this|it|there|if|whether)\b")
# a quotation opening right after a name: 'said Fiorina “was personally involved”'
_QUOTE_OPENS = patterns.compile(r"[ \t]*[\"\u201c]")
# "to" and a verb, not a listener ("explained to reporters", "to the crowd", "to him"): after
# a past tense that is no reporting verb, a phrase describing the noun before it; the verb
# may be quoted itself ('the FBI somehow managed to “lose” his wife')
_INFINITIVE = patterns.compile(r"\s+to\s+[\"\u201c]?(?!(?:the|a|an|his|her|their|its|my|our|your|"
                               r"him|them|me|us|reporters|supporters)\b)[a-z]+\b")
# a label of capitalised words before a colon: "The Latest:", "WE REPEAT:" (not "For
# instance:")
_LABEL = patterns.compile(r"[^\w\s]?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}:\s+")
# a subject pronoun ending an opening phrase with no comma after it; not inside "what"
# ("In what he acknowledged as a “rant,” President Obama ...": he is Obama, named after it)
_PRONOUN_AT_END = patterns.compile(r"(?<!\bwhat)\s(he|she|they|we|I|He|She|They|We)$")
# (in capitals only "HE" and "SHE": "IN GENERAL THEY COMPARED" may be anyone's)
_PRONOUN_AT_END_UPPER = patterns.compile(r"(?<!\bWHAT)\s(HE|SHE)$")
# a name ending the words before a relative "who", not a place after "of" or "in" ("Sen.
# Marco Rubio of Florida, who mused")
_LAST_WORD = patterns.compile(r"(?<!\bof)(?<!\bin)(?<!\bat)\s([A-Z][\w'\u2019-]*)$")
# "who" as the subject of a relative clause, with its auxiliary: "Trump, who has called"
_WHO = patterns.compile(r"(?i:who)(?:\s+(?:has|have|had|is|was|also|once|later|then|previously|"
                        r"repeatedly|often|recently))*")
# a clause joined to the one before it
_COORDINATED_CLAUSE = patterns.compile(r",\s*(?:and|but|yet|so|or)\s|;")
# a description with a relative clause set off by no comma, up to the verb: "A White House
# official who spoke anonymously to discuss internal strategy"
_RESTRICTIVE_WHO = patterns.compile(r"((?:[Aa]n?|[Tt]he|One|Some|Several|Many|Two|Three)"
                                    r"(?:\s+[\w'\u2019.-]+){1,5}?)\s+who\s+\S.*")
# a linking verb before a participle used as an adjective: "Clinton seemed irritated:"
_LINKING_VERB = patterns.compile(r"\s+(?:seemed|seems|appeared|appears|looked|looks|sounded|sounds|"
                                 r"grew|became|remained)\s*$")
# a verb whose object is a chant or slogan given in the quote: "the crowd loudly reprised the
# caustic chant “Lock her up!”"
_CHANT_VERB = patterns.compile(
    r"\b(?:[a-z]{3,}ed|[a-z]{3,}s|began|led|took\s+up)(?=\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:chants?|cry|cries|refrain|slogan|mantra)\s*,?\s*[\"\u201c])")
# subordinators opening a clause of their own, at a sentence's start (_OPENS_SUBORDINATE) or
# before a verb's subject (_SUBORDINATE_OPENING)
_SUBORDINATORS = ("after", "before", "when", "once", "while", "whereas", "although", "though",
                  "because", "since", "if", "unless", "until")
# a subordinator and the subject of its clause, the words before a verb: "After Scalia"
_SUBORDINATE_OPENING = patterns.compile(
    rf"(?i:{'|'.join(_SUBORDINATORS)}|even\s+(?:though|if|as)"
    # a relative clause's own subject: "an interview, in which Clinton expressed"
    r"|(?:in|at|during|on)\s+which|where)\s+(\S.*)")
# words no name holds, when capitals cannot tell: "WHO CONSIDERS HIMSELF A HOSTAGE"
_NO_NAME_WORDS = NOT_NAME_START | FUNCTION_WORDS | DETERMINERS
# what closes a clause before a quote opens: a comma, a stop before a new sentence
_CLAUSE_CLOSES = patterns.compile(r"[,;:!?]|\.\s+[A-Z\"\u201c]")
_LEADING_PREPOSITION = patterns.compile(
    r"^(?:[a-z]+ly\s+)?"  # "Shortly after Murphy's call ended, Rubio's campaign"
    r"(?:in|on|at|of|during|after|before|since|from|despite|although|while|speaking|when|if|"
    r"even\s+(?:though|if)|"
    r"between|among|like|including|such\s+as|against|toward|towards|through|throughout|"
    r"within|beyond|unlike|via|"
    r"(?:here|there)(?![\w'\u2019])(?!\s+(?:is|are|was|were)\b)|outside|inside|"
    r"as|with|without|for|under|following|amid|because|unless|once|whether|"
    r"(?:thanks|due|owing|prior|contrary|next|close)\s+to|instead\s+of|apart\s+from|"
    r"ahead\s+of|regardless\s+of|in\s+spite\s+of)\b",
    re.IGNORECASE,
)
# a participle clause of being asked, set off before the subject: "Asked whether the army
# would withdraw, he replied", "LARIOS, QUESTIONED WHEN HE BID FAREWELL TO PRESIDENT X, SAID"
_ASKED_CLAUSE = patterns.compile(
    r"(?:asked|pressed|questioned|quizzed|challenged)\s+(?:whether|if|about|on|by|to|why|how|"
    r"what|when|where|who|for|again|later|repeatedly)\b", re.IGNORECASE)
# a subject opening a clause after a subordinator at the end of the words before the verb:
# "as she said", "when Trump said" (no name after "and": "Clinton and Trump said" names both;
# none after "as": "who identifies as Hispanic, told"); not inside a relative clause. A
# description after one ("as the heckler yelled", "when the crowd chanted") is read only
# right before the verb, with no comma between
_SUBORDINATE_SUBJECT = patterns.compile(
    r"\b(?:(?:when|while|after|once)\s+"
    r"(he|she|they|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
    # a result clause: "It became such a presence that Sanders thanked" (not a reported one:
    # in "Obama said he expected that Americans will say “no”" the words are Obama's)
    r"|\b(?:so|such)\b[^,;:]*?\bthat\s+"
    r"(he|she|they|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
    # "a speech in which he pledged": a relative clause's pronoun subject
    r"|(?:as|and|but|then|which|whom|where)\s+(he|she|they)"
    # "a woman asked for a photo and Clinton said": a clause of its own after another's verb
    r"|\b[a-z]+ed\b[^,]*?\s(?:and|but)\s+([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
    r"|(?:when|while|as)\s+(?P<described>(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    # a poll's share after another's clause: "39 percent blame his supporters and 22 percent"
    r"|\s(?:and|but|while)\s+(\d[\d,.]*\s+percent(?:\s+of\s+(?:the\s+)?[\w-]+)?))$"
)
# what opens a description standing as a subject: "The former commander", "Hundreds of
# displaced families", "about 200 protesters"
_DESCRIPTION_OPENER = patterns.compile(
    # ("Another resident said", not the pronoun in "Another featured five photos")
    r"(?:[Tt]he|A|a|An|an|Another(?=\s+(?![a-z]+(?:ed|s)\b))|One|Hundreds|Thousands|Dozens"
    r"|Scores|Many|Some|Several"
    r"|(?:(?i:about|around|nearly|some|more\s+than|at\s+least|over)\s+)?\d[\d,]*)\s+[a-z]")
# a description whose noun follows a proper adjective: "The Florida senator", "The Trump
# campaign" (not "The Washington Post reported": a name and its verb)
_PROPER_ADJECTIVE_DESCRIPTION = patterns.compile(
    r"The\s+(?:[A-Z][\w'\u2019-]*\s+){1,2}(?![a-z]+(?:ed|s)\b)[a-z]")
# its noun, and each lower-case word after it (joined by one space)
_NOUN_WORD = patterns.compile(r"[a-z][\w-]*")
_NEXT_NOUN_WORD = patterns.compile(r" ([a-z][\w-]*)")
# nouns of people's roles that are no titles before a name: "The Republican candidate"
_ROLE_HEADS = frozenset("""candidate nominee hopeful front-runner frontrunner official
    officials lawmaker lawmakers aide aides strategist delegate activist billionaire mogul
    businessman businesswoman""".split())
# words after a verb that a noun is rarely followed by: "marched through", "continued,"
_AFTER_A_VERB = frozenset("""the a an to through on in at for with his her their its that it
    him them up out about into over back down off by""".split())
# the prepositions that join a role to the body it serves: "A spokeswoman for the committee"
_OF_A_BODY = frozenset("for of at with from".split())
_THEN = frozenset("then also later now again".split())
_AUXILIARIES = frozenset("is was are were has have had will would can could may might must do "
                         "does did".split())
_WORD_OR_MARK = patterns.compile(r"[\w'\u2019-]+|[^\w\s]")
# a dash as typed in news copy: an em or en dash, "--", or "-" set off by spaces
_DASH = r"(?:[\u2014\u2013]|--?)"
_LEADING_DASH = patterns.compile(rf"{_DASH}\s+")
_LEADING_CONJUNCTION = patterns.compile(
    r"^(?:but|and|while|as|although|though|so|yet|however|whereas|or|then|now|later|"
    r"meanwhile|instead|finally|still)(?:\s+|$)", re.IGNORECASE
)
# "Republican presidential nominee Donald Trump": a role in lower case between capitals (no
# verb form or function word in it: "Trump reminds me of Abraham Lincoln" is a clause)
_ROLE_THEN_NAME = patterns.compile(  # also "Republican Presidential hopeful Sen. Ted Cruz"
    r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
    r"(?:\s+(?![a-z]+(?:s|ed)\b)(?!(?:of|to|me|him|her|us|them|the|a|an|"
    r"and|or|in|on|at|for|with|by|from)\b)[a-z][\w-]*){1,4}"
    r"\s+([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})")
# a clause that hands over to words it quotes: "issued the following statement:"
_STATEMENT = patterns.compile(r"\b(?:statement|remarks|words|message|tweet|post|letter|e-?mail|"
                              r"transcript|speech|reply|response|answer)s?\b|\bquot(?:es|ed|ing)\b")
# "Here’s Clinton in December 1992:": the one presented is the subject
_PRESENTATIVE = patterns.compile(r"(?:Here|There)(?:['\u2019]s|\s+is|\s+was)\s+(?=[A-Z])")
# an adverb after the conjunction: "And then she went"
# "More recently", "Most importantly": an adverb phrase, not a name and a word
_ADVERB_PHRASE = patterns.compile(r"[A-Z][a-z]+\s+[a-z]{3,}ly")
# determiners standing for an unnamed noun ("Another advised"): no speaker
_QUANTIFIERS = frozenset({"another", "each", "every", "one"})
_ADVERB_AFTER_CONJUNCTION = patterns.compile(r"(?:then|now|later|still|also)\s+", re.IGNORECASE)
_NOT_A_SUBJECT = patterns.compile(
    r"\b(?:that|which|who|whom|whose|is|are|was|were|has|have|had|be|been|will|would|can|"
    r"could|may|might|should|do|does|did|if|because)\b",
    re.IGNORECASE,
)
# a work and the word before its author: "a statement from", "a communique issued by"
_WORK_FROM = patterns.compile(
    r"(?i:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?i:statement|communiqu[e\u00e9]|release|letter|"
    r"message|post|tweet|video)\s+(?i:from|by|issued\s+by|released\s+by)\s+")
# a body named by its common noun after a work: "from the army", "from the ministry of defence"
_BODY_AFTER_WORK = patterns.compile(
    r"(?i:the|its|their)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+"
    r"(?=\s*(?:[,.;:!?]|$|\s+(?:said|says|read|reads|stated|states|added|adds|noted|on|in|"
    r"that)\b))")
# a subject that names no one: "No group claimed the attack", "Nobody said", "ALL INDICATES
# THAT" (everything does)
_NOBODY = patterns.compile(r"(?i:no|nobody|none|neither|no\s+one|(?:all|everything|something|"
                           r"anything)$)\b")
_CHANNEL = patterns.compile(
    r"\b(?:in|on|via|during|at|through)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|tweet|interview|post|press\s+conference|"
    r"news\s+conference|briefing|video|message|speech|address|communiqu[eé]|email|phone\s+call)s?"
    r"\b|\bon\s+(?:Twitter|Facebook|Telegram|X)\b",
    re.IGNORECASE,
)
_NP_CUT = patterns.compile(
    r"\s+(?:released|published|issued|seen|obtained|cited|filed|prepared|written|signed|"
    r"reviewed|viewed|provided|shared|sent|posted|compiled|conducted|commissioned|based|"
    r"drawn|taken|gathered|collected|kept|on|in|"
    r"at|from|by|that|which|who|"
    r"for|during|since)\b",
    re.IGNORECASE,
)


def _cut_np(phrase: str) -> str:
    """`phrase` up to its first participle or preposition (see _NP_CUT); a "for" between
    two capitalized words is inside a body's name and cuts nothing ("the International
    Organization for Migration", "the Institute for the Study of War"; "a spokesman for
    Hamas" is still "a spokesman")."""
    for cut in _NP_CUT.finditer(phrase):
        if cut.group().strip().lower() == "for":
            before = phrase[:cut.start()].split()[-1:]
            after = [w for w in phrase[cut.end():].split()[:2] if w != "the"][:1]
            if before and after and all(w[:1].isupper() and not w.isupper()
                                        for w in before + after):
                continue
        return phrase[:cut.start()]
    return phrase


# a description whose head a participle phrase follows: "A legal opinion drafted for the
# project for Mercury in May 2012" (the opinion, when the whole is too long for a speaker)
_HEAD_BEFORE_PARTICIPLE = patterns.compile(
    r"((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+"
    r"(?:(?:just|recently|newly|[a-z]+ly)\s+)?[a-z]+(?:ed|en)\s+"
    r"(?:by|for|in|on|at|to|with|from|after|during)\b")
_SENTENCE_END = patterns.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s*$")
# a relative clause or a description set off after a name: "who used to work ...", "a senior
# official", "the party's nominee", "his campaign spokeswoman", "himself up for reelection"
_DESCRIPTION = patterns.compile(r"(?i:who|whose|which|whom|now|then|a|an|the|one\s+of|once|also|"
                                r"his|her|their|himself|herself)\s+"
                                r"|[a-zA-Z][\w-]*\s+(?:of|at|for|in|with)\s+(?:the\s+)?[A-Z]"
                                # "al-Qaeda's affiliate in the Sahel", "Trump's campaign manager"
                                r"|[\w-]+['\u2019]s\s+[a-z]")
_ANTECEDENT_REACH = 12
_RELATIVE = patterns.compile(r"(?:who|whose|which|whom)\s", re.IGNORECASE)
# ", but now said": a second verb of the sentence's subject
_COORDINATED_VERB = patterns.compile(r",\s*(?:but|and|yet)\s+(?:(?:now|then|later|also|still|"
                                     r"again)\s+)*$", re.IGNORECASE)
# a first verb sharing the subject of the reporting verb: "he laughed and said", "Trump
# doubled down on his comments about Curiel and said", "Carson took the stage ... and
# called" (not "the crowd cheered when Trump spotted a sign and asked": Trump asked)
_SHARED_SUBJECT = patterns.compile(
    rf"\s+(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))}|"
    # a present tense after its adverb: "The group often inflates casualty figures and said"
    r"(?:often|also|usually|routinely|[a-z]+ly)\s+[a-z]{3,}s)"
    r"(?:\s+(?!(?:when|while|after|as|because|if|since|until|who|which|that|where)\b)"
    r"[\w'\u2019-][\w.'\u2019-]*(?:,\d{3})*){0,12}"  # "2,000 supporters", "Sen. Al Franken"
    r"\s+(?:and|but|then)"
    r"(?:\s+(?:now|then|later|also|still|again))*\s*$")  # "... and later said"
_ADDRESSED = patterns.compile(r"\b(?:to|at|for|against|toward|towards|about|on)\s+$")
# an inverted reporting verb opening the words before a colon: "Stated Stone: “...”"
_LEADING_VERB = patterns.compile(rf"(?i:{_SPEECH})\s+(?=[A-Z])")
# the same verb opening a sentence, its subject after it: 'Said Comey, "..."'
_OPENING_VERB = patterns.compile(rf"(?=[A-Z][a-z])(?i:{_SPEECH})(?=\s+[A-Z])")
_NAME_BEFORE_COLON = patterns.compile(  # a whole word: not "Ahmed" inside "aaaaAhmed"
    r"(?<![\w'\u2019.-])((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*)\s*$")
# an aside between dashes: "Gingrich — mentioned by Newsmax as ... — told"
_DASH_BEFORE = patterns.compile(rf"\s{_DASH}\s*$")
_RELATIVE_ASIDE = patterns.compile(rf"\s{_DASH}\s+(?:who|whose|which)\s", re.IGNORECASE)
# a dash set as a spaced hyphen pairs only with another: "In May 2013 - four months later -"
_DASH_ASIDE = patterns.compile(r"\s(?:[\u2014\u2013]|--)\s[^\u2014\u2013]{1,150}?"
                               r"\s(?:[\u2014\u2013]|--)\s"
                               r"|\s-\s[^-\u2014\u2013]{1,150}?\s-\s")
# "Continuing to explain his perspective, Carson ...": a participle phrase opening the sentence
_OPENING_PARTICIPLE = patterns.compile(r"[A-Z][a-z]+ing\s+[a-z]")
# "Others, reacting to the release, shouted", "Clinton, also campaigning in Wisconsin, said",
# "A legal opinion ..., and obtained by AP, concluded", "A projection by Oxford Economics,
# prepared for the National Retail Federation, predicted": a participle phrase between
# subject and verb
_PARTICIPLE_ASIDE = patterns.compile(r"(?:(?:also|still|already|[a-z]+ly)\s+)?"
                                     r"(?:[a-z]+ing|[a-z]+ed\s+by|[a-z]+(?:ed|en)\s+(?:for|in|"
                                     r"on|at|to|with|from|after|during|late|early|last))\s")
# "the candidate, whom he described as", "NAFTA, which Trump had called", "a commander, whom
# it accused of": the subject of an object relative clause
_OBJECT_RELATIVE = patterns.compile(r"(?i:(?:to|at|for|with|after|in|on)\s+)?"  # "to which X"
                                    r"(?i:whom|which|that|who)\s+((?i:he|she|they|we|it)"
                                    r"|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})$")
# "what Zimmerman described as a “piece of history”", "which the army called a “hideout”":
# the one naming the thing is the subject after the relative pronoun
_WHAT_THEY_CALLED = patterns.compile(
    r"\b(?:what|which)\s+(?P<who>he|she|they|(?:the\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z][\w'\u2019.-]*){0,3}|the\s+[a-z]+)\s+(?:(?:has|had|have)\s+)?"
    r"(?P<verb>called|termed|dubbed|described\s+as|labell?ed\s+as|branded\s+as|"
    r"characteri[sz]ed\s+as|referred\s+to\s+as)\s+(?:(?:a|an|the)\s+)?[\"\u201c]")
# "assails in scoffing prose what he calls the “immoral” “lie”": he
_WHAT_PRONOUN = patterns.compile(r"\bwhat\s+(he|she|they|we)$", re.IGNORECASE)
# "a few days later": a time phrase opening the sentence
_LATER = patterns.compile(r"\b(?:later|ago|earlier|afterwards?)$", re.IGNORECASE)
# "their chants", "the reports": a verb form after a determiner is a noun
_DETERMINER_BEFORE = patterns.compile(r"\b(?:the|a|an|their|his|her|its|our|my|your|those|these|"
                                      r"such|several|many|other|both)\s+$",
                                      re.IGNORECASE)
# "filled with calls": no verb follows a preposition
_AFTER_PREPOSITION = patterns.compile(r"\b(?:with|of|for|by|from|about|into|without)\s+$")
# "is already claiming": a progressive, whose subject is before the auxiliary
_PROGRESSIVE_BEFORE = patterns.compile(r"\s(?:is|are|was|were|been)(?:\s+(?:already|still|now|also|"
                                       r"again|[a-z]+ly))*\s+$")
# "Texas was called for Cruz", "he was told": a passive reports no speaker
_PASSIVE_BEFORE = patterns.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:(?:[a-z]+ly|also|"
                                   r"later|first|then|again|still|not|never|already|earlier|"
                                   r"previously)\s+){0,2}$", re.IGNORECASE)
# a participle with its agent and no auxiliary: "measures added by Republicans" (a reduced
# relative clause, passive); not a channel ("said by phone")
_REDUCED_PASSIVE = patterns.compile(r"\s+by\s+(?:the|a|an|his|her|their|its|[A-Z])")
# a verb that takes its object before a preposition ("accused the army of", "praised her
# for") with the preposition right after it has no object: it is passive, its subject the
# one accused ("Sudan's RSF accused of killing dozens", "a plan hailed as “historic”")
_OBJECT_FIRST = frozenset("""accused dubbed labeled labelled branded blasted slammed praised
    criticized criticised mocked derided ridiculed denounced condemned hailed touted lauded
    lambasted chided""".split())
_PREPOSITION_AFTER = patterns.compile(r"\s+(?:of|for|as|with|over)\b", re.IGNORECASE)
# ... unless its object went before it: "WHOM D'ESCOTO ACCUSED OF"
_OBJECT_RELATIVE_BEFORE = patterns.compile(r"\b(?i:whom|who|which|that)\s+[^,;:]{1,40}\s$")
# a conjunction right before a participle opens a clause with no subject: "once agreed",
# "when asked", "unless stated"
_CONJUNCTION_BEFORE = patterns.compile(r"\b(?:once|when|if|unless|until|though|although|while)"
                                       r"\s+$", re.IGNORECASE)
# the agent of a passive reporting verb, after the words it reports: 'was described as
# “reckless” by Sen. John Smith', 'the county, called the “Crossroads of America” by its
# citizens'
_AGENT_AFTER_QUOTE = patterns.compile(r"(?:\s+as)?(?:\s+(?:a|an|the))?\s*[\"\u201c]"
                                      r"[^\"\u201c\u201d]{1,200}[\"\u201d]\s+by\s+")
# what opens a participle phrase set off from its noun: "The bill, called", "— often labeled"
_SET_OFF_BEFORE = patterns.compile(r"(?:[,(\u2014\u2013]|\s-)\s*"
                                   r"(?:(?:[a-z]+ly|also|once|often|sometimes|later)\s+)?$")
# what stands between a subject and a reporting verb in the infinitive: "Trump was quick to
# add", "The senator tried to explain", "Clinton went on to say"
_CATENATIVE = patterns.compile(
    r"\s+(?:(?:was|is|were|are|seemed|seems)\s+(?:[a-z]+ly\s+)?(?:quick|eager|careful|keen|"
    r"ready|happy|willing|able|unable|forced|expected|set|likely|sure|reluctant|the\s+first)"
    r"|tried|tries|wanted|wants|decided|decides|hastened|rushed|sought|seeks|continued|"
    r"continues|began|begins|managed|needed|needs|chose|chooses|went\s+on|goes\s+on|had|has|"
    r"have|used|refused|declined|failed|planned|plans|hoped|hopes|vowed|promised)\s+to\s*$",
    re.IGNORECASE)
# "losses estimated to be", "a man said to have": a reporting verb with no subject of its own
# (not one that takes an infinitive: "He pledged to be", "she claimed to have")
_SAID_TO_BE = frozenset("said reported estimated believed alleged thought rumored".split())
_TO_BE = patterns.compile(r"\s+to\s+(?:be|have)\b", re.IGNORECASE)
# "that states can pass", "reports are": a verb's -s form before a modal or auxiliary is a
# plural noun
_AUXILIARY_NEXT = patterns.compile(
    r"\s+(?:can|could|will|would|should|must|may|might|are|were|have|"
    r"had|do|did)\b"
    # "telephone calls made by terrorists say": a participle and its agent
    r"|\s+(?:[a-z]+ed|made|sent|written|given|issued)\s+by\b",
    re.IGNORECASE)
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "you"})
# "according to her", "according to them": the same antecedents as "she" and "they"
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}
_POSSESSIVE_SUBJECT = patterns.compile(r"(his|her|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$",
                                       re.IGNORECASE)
# what speaks for a person in their name: "His office said"
_SPEAKS_FOR = frozenset("""office campaign team staff spokesman spokeswoman spokesperson
    spokespeople aides camp""".split())
# where the clause a pronoun opens ends: a mark, or a word opening another clause
_CLAUSE_STOP = patterns.compile(r"[,;:\"\u201c\u201d(]|\s(?:that|who|whom|which|after|before|when|"
                                r"where|while|because|as|since|until|if|and|but|or)\s")
_MENTION_REACH = 1500  # characters back to look for a named person when no speaker fits
# a time phrase opening the sentence with no comma after it, before the subject: "On Tuesday
# Trump said", "In May 2013 the State Department told", "Last week the senator said"
_MONTH_NAMES = rf"{MONTHS}|(?:{MONTH_ABBREVIATIONS})\."  # and their abbreviations
_TIME_OPENER = patterns.compile(
    r"(?i:(?:in|on|by|during|since|until)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}|"
    rf"(?:{WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?)"
    r"|(?:last|this|earlier\s+this|later\s+that|that|next)\s+(?:week|month|year|spring|summer|"
    rf"fall|autumn|winter|{WEEKDAYS})"
    # "at one point the crowd loudly reprised"
    r"|at\s+(?:one|some|that|this|which)\s+point|at\s+(?:first|times|last|once)"
    # "Two weeks ago the Extraditables declared", "a few days later Smith said"
    r"|(?:[\w-]+|a\s+few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+"
    r"(?:ago|later|earlier)"
    # a live report's entry opening on its time: "09:50 GMT — The Israeli army says"
    r"|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|[A-Z]{2,4}|local\s+time))?\s+"
    r"(?:--|[\u2014\u2013-]))"
    r"\s+(?=(?:the|a|an|his|her|their|its)\s|[A-Z])")
# what may stand between a subject and its reporting verb: "Trump has repeatedly said",
# "Gowdy earlier Thursday said", "She also told"
# an adverb in -ly, not one of the nouns so spelt ("the rally", "his family")
_LY_ADVERB = rf"(?!(?:{'|'.join(sorted(LY_NOUNS))})\b)[a-z]{{2,}}ly"
_TRAILING_ADVERBIAL = patterns.compile(
    rf"(?:\s+(?:(?i:also|again|then|still|later|earlier|previously|recently|once|even|further|"
    rf"often|never|always|first|last|has|had|have|will|would|could|did|does|is|was|were|are|"
    rf"(?:on\s+)?(?:{WEEKDAYS})|today|yesterday|tonight|this\s+(?:week|month|year)|"
    rf"last\s+(?:week|month|year|night)|at\s+the\s+time|"
    # "Sanders during a Sunday rally thanked"
    rf"during\s+(?:a|an|the|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?|"
    # "The State Department less than two weeks ago said"
    rf"(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|just\s+)?(?:a|an|\w+)\s+"
    rf"(?:days?|weeks?|months?|years?)\s+ago)|{_LY_ADVERB}))+$"
)
# a person named at the start of a sentence is the one a later "he"/"she" most likely means
_SENTENCE_SUBJECT = patterns.compile(
    r"(?:[A-Z][\w-]*\s+){0,6}?(?:[^,]{0,60},\s+)?"
    r"(?P<name>[A-Z\u00c0-\u024f][\w'\u2019.-]*(?:\s+[A-Z\u00c0-\u024f][\w'\u2019.-]*){0,3})"
    r"(?:['\u2019]s)?\s+[a-z]"
)


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
    gender: Gender | None = None

    @property
    def as_named(self) -> str:
        """The speaker as the article names them here ("Colonel Ryan Dillon"), or the resolved
        name when the article used a pronoun ("she")."""
        if self.written and self.written.lower() not in PRONOUNS:
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

    @property
    def confidence(self) -> str:
        """How the speaker was found, most certain first: same_sentence (named in the quote's
        own sentence), same_paragraph (from another quote or a reporting clause of its
        paragraph), carried (continued from the previous paragraph) or none."""
        if self.speaker is None:
            return "none"
        return {"after": "same_sentence", "before": "same_sentence",
                SAME_PARAGRAPH: "same_paragraph", CARRIED: "carried"}.get(self.how or "", "none")


@dataclass(frozen=True)
class _Segment:
    text: str
    start: int


def _blank_aside(aside: re.Match[str]) -> str:
    """An aside between dashes as blanks of its length; one that closes an opening phrase
    ("As Mitchell tried to discuss ... — especially where ... — Sanders responded", "In the
    letter - addressed to ... - the Utah Republican asks") parts it from the subject as a
    comma would."""
    opening = aside.string[:aside.start()].rsplit(",", 1)[-1].strip()
    closes_opening = bool(_LEADING_PREPOSITION.match(opening))
    return ("," if closes_opening else " ") + " " * (len(aside.group()) - 1)


def _split_commas(text: str, offset: int) -> list[_Segment]:
    """Comma-separated pieces of a clause, trimmed, with offsets (commas inside parentheses
    or inside a number, "250,000", do not split)."""
    out: list[_Segment] = []
    depth = 0
    begin = 0
    for i, ch in enumerate(text + ","):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[
                i + 1].isdigit():
            continue
        elif ch == "," and depth == 0:
            piece = text[begin:i]
            stripped = piece.strip(" \t\n\u00a0\"'\u201c\u201d\u2018\u2019\u2014\u2013")
            if stripped:
                out.append(_Segment(stripped, offset + begin + piece.index(stripped)))
            begin = i + 1
    return out


_TIME_HEADS = TIME_UNITS | frozenset("time afternoon weekend moment end".split())
# what speaks without being a person: "the paper noted", "the report said" ("he" is never one)
_NON_PERSON_HEADS = frozenset("""paper newspaper magazine outlet station channel show website
    site page report study poll survey statement release memo letter document book article ad
    video campaign company firm bank bill law court panel board commission administration
    platform account tabloid editorial column op-ed blog newsletter transcript petition ruling
    filing lawsuit complaint email e-mail message tweet post cable affidavit""".split())
# a body or a writing opening a sentence as its subject, which a following "it" stands for:
# "The army did not confirm the toll", "Thursday's memo from the panel seemed" (not its
# spokesman: "The army's spokesman")
_BODY_OPENING = patterns.compile(
    # after a word of discourse set off: "Still, the Business Council of British Columbia"
    r"\s*(?:[A-Z][a-z]+,\s+)?"
    r"((?:[Tt]he\s+|[Aa]n?\s+|[A-Z][\w-]*['\u2019]s\s+)(?:[\w-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(ORG_WORDS | _NON_PERSON_HEADS))}))\b"
    r"(?!['\u2019]s|\s+for\b)", re.IGNORECASE)

# nouns for many people at once, never one "he" or "she": "the crowd chanted"
_RECORD_OF_WORDS = patterns.compile(r"\b(?:transcripts?|excerpts?|passages?|recordings?)\b",
                                    re.IGNORECASE)
# bodies that speak, besides those named by ORG_WORDS
_SPEAKING_BODIES = frozenset("campaign administration court panel board commission company "
                             "firm".split())
_COLLECTIVE_HEADS = frozenset("crowd audience mob throng gathering congregation".split())

# "according to its analysis", "according to their count": the owner's own reckoning, which
# names no source besides whoever reports it
_OWN_RECORD = patterns.compile(
    r"(?i:its|their|his|her|our|my)\s+(?:[\w-]+\s+)?(?:analysis|counts?|estimates?|figures|"
    r"records|data|tally|calculations?|numbers|reports?|study|poll|survey|statement|release|"
    r"memo|letter|website|account|filing)")


# the words after a noun that end it: "a page on climate" is a page
_AFTER_HEAD = frozenset("of on for at in with from about".split())




# the name a described speaker gives in the clause after the description: "a woman who gave
# only her first name, Esperance", "a resident who identified himself as Ahmed", "a fighter
# identified only as Abu Omar"
_GIVES_A_NAME = (
    r",?\s+(?:who\s+(?:gave|would\s+(?:only\s+)?give|provided)\s+(?:only\s+)?(?:his|her|their)"
    r"\s+(?:first\s+|last\s+|family\s+|given\s+)?name(?:\s+only)?(?:\s+as)?\s*,?|"
    r"who\s+identified\s+(?:himself|herself)\s+(?:only\s+)?as|"
    # "who asked to be identified only by her first name, Marie"
    r"(?:who\s+(?:asked|wanted)\s+to\s+be\s+|who\s+was\s+)?identified\s+only\s+by\s+"
    r"(?:his|her|their)\s+(?:first\s+|last\s+|family\s+|given\s+)?name\s*,?|"
    r"(?:who\s+was\s+)?identified\s+only\s+as)")
_NAME_GIVEN_AFTER = patterns.compile(
    rf"{_GIVES_A_NAME}\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{0,2}})\b")
# ... closing a role read before that name: "A fighter identified only as"
_GIVES_A_NAME_AT_END = patterns.compile(rf"{_GIVES_A_NAME}\s*$")


# words that end a clause or a phrase before the titles of a name: "they snagged the
# endorsement of", "what", "GOP candidates such as"
_CLAUSE_BEFORE_TITLES = patterns.compile(
    r".*(?:\b(?:he|she|they|it|we|I|what|that|which|would|will|could|can|should|has|had|have|"
    r"is|was|are|were)\s+|\b(?:of|for|from|under|with|by|to|as)\s+(?=(?!(?:the|a|an)\b)[a-z])|"
    r"\bsuch\s+as\s+)")


def _title_run(before: str) -> str:
    """The words before a name that title it, without a clause before them ("former U.S.
    Sen." of "they snagged the endorsement of former U.S. Sen.", "FBI Director" of "what FBI
    Director")."""
    clause = _CLAUSE_BEFORE_TITLES.match(before)
    return (before[clause.end():] if clause else before).strip()


# verbs of going on speaking: "he added", "she continued", "he went on"
_GOES_ON = patterns.compile(r"(?:added|adds|continued|continues|went\s+on|goes\s+on)\b")


def _titled_surname(piece: str, upper: bool) -> bool:
    """A title and one name ("Mr. Kaplan", "Sen. Cruz"): a person as surely as a full name,
    so a later "he" can stand for them (in capitals a title opens bodies' names too)."""
    words = words_of(piece)
    return (not upper and len(words) >= 2
            and all(w.lower().rstrip(".") in TITLES for w in words[:-1])
            and looks_like_person(piece, titled=True))


def _bare_plural(piece: str) -> bool:
    """A plural common noun phrase of at most three lower-case words with no determiner
    ("doctors", "local officials"): many people, never the role of one ("both lawyers" may
    describe two names)."""
    words = piece.split()
    return (0 < len(words) <= 3 and piece.islower() and words[0] not in DETERMINERS
            and words[0] not in _QUANTIFIERS and looks_plural(words[-1], upper=False))


def _head_at(words: list[str]) -> int:
    """How many of a noun phrase's words run to its head: 3 for "An aid worker with Doctors
    Without Borders", 4 for "an environmental justice group based in Philadelphia"."""
    at = next((i for i in range(2, len(words)) if words[i] in _AFTER_HEAD), len(words))
    if 2 < at < len(words) and words[at - 1].endswith(("ed", "ing")):
        at -= 1  # a participle after the head: "group based in"
    return at


def _restates(before: str, piece: str) -> bool:
    """Whether `piece`, set off after `before`, describes the thing `before` ends on by the
    same noun: "the Saudi hospital, the last functioning hospital in the city"."""
    last = re.search(r"([a-z][\w-]*)\s*$", before)
    words = piece.split()
    if last is None or len(words) < 2 or words[0].lower() not in ("the", "a", "an"):
        return False
    return words[_head_at(words) - 1].lower() == last.group(1).lower()


def _is_description(found: Attribution) -> bool:
    """A speaker described rather than named, as one person: "the actress", "a Pentagon
    spokesman"."""
    words = words_of(found.speaker)
    at = _head_at(words)  # "An aid worker" of "An aid worker with Doctors Without Borders"
    head = words[at - 1]
    # ("One resident, who gave his name as Nizar"; not "One of the central claims")
    return (2 <= at <= 6 and words[0].lower() in ("a", "an", "the", "another", "one")
            and (words[0].lower() != "one" or words[1].lower() != "of")
            and head.islower()  # "the woman", not "the Philippine Star"
            and not looks_plural(head, upper=False) and head not in ORG_WORDS
            and head not in _TIME_HEADS  # "as the day went on" names nobody
            and head not in _NON_PERSON_HEADS and head not in _COLLECTIVE_HEADS)


# something a person wrote or said, with its author: "a post from X", "a statement by X"
_AUTHORED = patterns.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:post|statement|tweet|letter|e-?mail|memo|message|"
    r"op-ed|column|video|speech|release|note|document|filing|affidavit|complaint|"
    r"tally|count|tabulation)\s+"
    # "a court document filed by state attorney Dave Aronberg": the name after a role
    r"(?:(?:filed|written|signed|sent|released|issued|prepared|posted)\s+)?(?:from|by)\s+"
    r"(?:[a-z]+\s+){0,2}([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*$")


# any work and its author: "according to calculations by Amy Glasmeier of MIT" (a person only:
# "estimates by Syria" are no one's)
_WORK_BY = patterns.compile(r"(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+\s+by\s+"
                            r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})")
# a work named at the end of the words before ", which": "... linked to the AP report"
_WORK_BEFORE_WHICH = patterns.compile(r"\b(?:the|a|an|its|his|her|their)\s+"
                                      r"(?:[\w'\u2019.-]+\s+){0,4}?([a-z][\w-]*)$",
                                      re.IGNORECASE)
# a body named after "by" or as the object of a verb of blame, right before ", which": "claimed by
# JNIM", "blamed the Islamic State"
_BODY_BEFORE_WHICH = patterns.compile(
    rf"\b(?:by|against|blamed|accused|and)\s+(?:the\s+)?({PROPER_RUN.pattern})$")
# the words after "according to" (or a passive's "by") up to the clause's end, which a dash
# ends too; the full stops of an initialism ("THE U.S. EMBASSY") or of a title before a name
# ("according to Sen. John Smith") end nothing
_SOURCE_CLAUSE = patterns.compile(
    r"\s*((?:\b(?i:" + "|".join(sorted(t[:-1] for t in TITLES if t.endswith(".")))
    + r")\.(?=\s+[A-Z])|[^,.;:\u201c\u201d\"\u2013\u2014]|(?<=\b\w)\.(?=\w|\s+[A-Z])"
    r"|(?<=\.[A-Z])\.(?=\s+[a-z]))+)")  # "the U.N. human rights monitoring mission"


# a person described after the verb that follows the words: "said a resident", "said one
# senior official", "said the local police chief"
_DESCRIBED_AFTER_VERB = patterns.compile(
    r"[ \t]+(?:a|an|the|another|one)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)\b(?!['\u2019])"
    # the head ends the phrase, or a relative clause or a prepositional phrase follows it
    r"(?![ \t]+(?!(?:who|whose|of|from|in|at|for|with|on)\b)[a-z-]+\b)")
# a person described by a body they belong to: "a member of the local People's Defense Force",
# "a senior official with the ruling party"
_DESCRIBED_MEMBER = patterns.compile(r"(?:a|an|one|the)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+"
                                     r"(?:of|with|from|in)\s+\S")


def _is_person_head(head: str) -> bool:
    """Whether a lower-case head noun is one person's role ("member", "official"; not
    "version" nor "members")."""
    return (is_role(head) or head in TITLES) and not looks_plural(head, upper=False)


def _np_after(text: str, offset: int) -> tuple[str, int] | None:
    """The noun phrase after "according to": up to the clause end, cut before a participle or
    preposition ("a UN report released on Tuesday" -> "a UN report"), or its proper-name run
    when the phrase is long ("casualty figures the United Nations Assistance Mission ...")."""
    clause = _SOURCE_CLAUSE.match(text)
    if not clause or _RELATIVE.match(clause.group(1)):
        return None  # "figures according to which the FMLN suffered": its source is before
    author = _AUTHORED.match(clause.group(1))
    if author:  # "according to a post from Arianna Huffington": she is the source
        return author.group(1), offset + clause.start(1) + author.start(1)
    work = _WORK_BY.match(clause.group(1))
    if work and looks_like_person(work.group(1)):
        return work.group(1), offset + clause.start(1) + work.start(1)
    phrase = _cut_np(clause.group(1)).strip()
    start = offset + clause.start(1)
    if all(w.lower() in FUNCTION_WORDS for w in words_of(phrase)):
        return None  # 'according to the "Medicare for all" document': cut off at the title
    described = _DESCRIBED_MEMBER.match(phrase)
    if described and _is_person_head(described.group(1)) and len(words_of(phrase)) <= 10:
        # "a member of the local People's Defense Force": one person, not the force
        return phrase, start
    if len(words_of(phrase)) > 6 and not all(
            len(words_of(part)) <= 4 for part in re.split(r"\s+and\s+", phrase, maxsplit=1)):
        # (two sources joined are one: "a resistance group and a local aid worker")
        run = PROPER_RUN.search(clause.group(1))
        if not run:
            return None
        return run.group().strip(), offset + clause.start(1) + run.start()
    return (phrase, start) if phrase else None


# a name right before a participle, after a clause break: "..., Ryan saying", "– Trump calling",
# "with Sen. John McCain calling it"
_NAME_BEFORE_PARTICIPLE = patterns.compile(
    r"(?:[,;:\u2013\u2014]|\s-|\band|\bwith|\bof)\s+"
    r"([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:[a-z]{2,}ly\s+)?$")

# "with many marchers and spectators chanting": a group of people after "with"
_GROUP_WITH_PARTICIPLE = patterns.compile(
    r"\bwith\s+((?:(?:many|some|several|dozens\s+of|hundreds\s+of|thousands\s+of|the|\d+)\s+)?"
    r"(?:[a-z-]+\s+){0,2}[a-z-]+s(?:\s+and\s+[a-z-]+s)?)\s+$")
# a dash (or semicolon) right before a pronoun: a clause of its own inside the sentence
_CLAUSE_AFTER_DASH = patterns.compile(r"(?:\s(?:--|[\u2014\u2013-])|;)\s*$")
# ... and that pronoun as the subject of the verb right after it ("- he called her")
_PRONOUN_AFTER_DASH = patterns.compile(
    r"\s(?:--|[\u2014\u2013-])\s+([Hh]e|[Ss]he|[Tt]hey)\s+(?:[a-z]+ly\s+)?$")
# a pronoun opening a clause, capitalised or not, before its lower-case verb: "She went on"
_PRONOUN_SUBJECT = patterns.compile(r"([Hh]e|[Ss]he|[Tt]hey)\s+(?=[a-z])")
# a possessive and its noun as the subject: "His office put out a statement saying" (the
# owner is resolved like a pronoun)
_POSSESSIVE_OPENING = patterns.compile(
    r"((?:[Hh]is|[Hh]er|[Tt]heir)(?:\s+(?![a-z]+(?:ed|s)\b)[a-z][\w-]*){0,2}\s+[a-z][\w-]*)"
    rf"\s+(?=[a-z]+(?:ed|s)\b|(?:{'|'.join(sorted(IRREGULAR_PAST))})\b)")
# the same in an article set in capitals, where names in -ly look alike too
_LY_NOT_ADVERBS = "|".join(sorted(w.upper() for w in LY_NOUNS | {"kelly", "beverly", "sally",
                                                                 "italy"}))
_UPPER_LY_ADVERB = patterns.compile(rf"(?:\s+(?!(?:{_LY_NOT_ADVERBS})\b)[A-Z]{{2,}}LY)+$")
_AGE_BEFORE_NAME = patterns.compile(r"(?:[Aa]n?\s+)?\d{1,3}-year-old\s+")
# what ends before the titles of a name: a dash, an editor's bracket, a clause word
_BEFORE_TITLES = patterns.compile(
    r".*(?:\s(?:--|[\u2014\u2013])\s|\]\s|\b(?i:when|while|after|that|by|"
    r"and|but|was|were|is|are|about|from|with|to)\s)")
# a sentence adverb or a place modifier before the subject: "Recently she announced", "Later
# Trump said", "Even Lindsey Graham", "Texas-based Matt Mackowiak"
_SENTENCE_ADVERB = patterns.compile(
    r"([A-Z][a-z]+ly|Now|Then|Later|Still|Also|Instead|Meanwhile|Again"
    r"|Today|Yesterday|Even|[A-Z][\w.]*-based)\s+"
    r"(?=(?:he|she|they)\b|[A-Z])")
# the sentence going on after "X said," in lower case: the reporting clause is an aside
_ASIDE_CONTINUES = patterns.compile(r",[ \t]+(?!and\b|but\b|adding\b|saying\b)[a-z]")
# a noun naming someone's words, after its owner: "Trump's recent claim", "Comey's conclusion"
_WORDS_NOUN = (r"(?:claim|assertion|accusation|conclusion|pledge|promise|answer|statement|"
               r"charge|argument|suggestion|warning|remark|comment|vow|retort|reply|response|"
               r"tweet|post|message|quip|insistence|contention|catch\s?phrase|slogan|dictum)s?"
               r"|words")
_OWNED_WORDS = patterns.compile(
    r"\b(?:(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*|[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*)['\u2019]s?|(?P<possessive>[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>{_WORDS_NOUN})"
    # what the words were: their "that" clause, after a colon, or what was pledged ("Trump's
    # pledge to be “neutral”"); not what others called them ("Trump's remarks were “vile”"),
    # but what a set phrase is ("Clinton's campaign slogan is “I'm with her.”")
    r"(?=\s+(?:(?:is|was)\s+)?that\s|\s*:|\s+(?P<to>to)\s"
    r"|(?<=slogan|phrase|dictum)\s+(?:is|was)\s+[\"\u201c])")
_PLEDGES = ("pledge", "promise", "vow")
# a proper name, perhaps after "The": a body's ("The White Helmets", "Human Rights Watch")
_PROPER_NAME = patterns.compile(r"(?:The\s+)?[A-Z][\w'\u2019.&-]*"
                                r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?(?:al-|el-)?"
                                r"[A-Z][\w'\u2019.&-]*)*"
                                # "The Group for the Support of Islam and Muslims (JNIM)"
                                r"(?:\s+\([A-Z][\w.&-]*\))?")
# a quote and nothing else, up to its closing mark: what a tag right after it reports
_WHOLE_QUOTE = patterns.compile(r"\s*[\"\u201c][^\"\u201c\u201d]*[\"\u201d]\s*")
# what opens an indefinite description, one that brings in someone new: "a local elder"
_INDEFINITE_ARTICLE = patterns.compile(r"(?:a|an|A|An|another|Another)\s")
# a bare plural opening a subject, perhaps with where they are: "Medics at the city's Saudi
# Hospital", "Residents of Mekelle"
_BARE_PLURAL = patterns.compile(r"[A-Z][a-z]+s(?:\s+(?:at|of|from|in)\s+[^,;:]{1,60})?")
# a subject that is a description, not a name: "The lawmaker", "The former mayor"
_DESCRIBED_HEAD = patterns.compile(r"(?:The|the|A|An)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*")
_SEEN_BEFORE = patterns.compile(r"\b(?:shown|seen|heard|caught|filmed|recorded)\s+$")
_WHERE = patterns.compile(r"\bwhere\s")


class _Speakers:
    """Attribution clauses of an article, in order, with pronoun and surname resolution.

    Quote spans are looked up by bisection, so scanning stays linear in article length.
    """

    def __init__(self, text: str, segments: Segments, quotes: list[tuple[int, int]]):
        self.text = text
        self.segments = segments
        self.upper = is_upper_case(text)
        self.verbs = _verbs_any_case() if self.upper else _VERB
        self.opens = [a for a, _ in quotes]  # quotes are sorted by their opening mark
        self.ends = sorted(b for _, b in quotes)
        self.reach = list(accumulate((b for _, b in quotes), max, initial=0))[1:]
        self.found: list[Attribution] = []
        self.verb_starts: list[int] = []
        self.by_surname: dict[str, Attribution] = {}
        self.genders: dict[str, Gender] = {}  # by surname, from what the article says

    @cached_property  # read only when a pronoun or a lone surname needs a person
    def people(self) -> Mentions:
        return Mentions(self.text, self.segments, self.inside_quote, self.verbs, self.upper)

    def inside_quote(self, pos: int) -> bool:
        k = bisect_right(self.opens, pos) - 1
        return k >= 0 and self.reach[k] > pos

    def clause_start(self, sentence: Span, pos: int) -> int:
        """Start of the clause ending at `pos`: the sentence start, the end of the last quote
        closed before `pos` in that sentence, a parenthesis still open at `pos`, or the last
        semicolon after them ("... whether to ban Trump; one lawmaker called Trump": the
        lawmaker, not the clause before), or a dash right before a pronoun subject."""
        k = bisect_right(self.ends, pos) - 1
        start = max(sentence.start, self.ends[k]) if k >= 0 else sentence.start
        if start == sentence.start and not self.upper and self._opens_paragraph(sentence):
            # "BAMAKO, Mali — The Malian army said": the dateline is no part of the subject
            # (in capitals a spaced hyphen is as likely inside a sentence: "ACAN - EFE")
            dateline = datelines.OPENING.match(self.text, start, pos)
            start = dateline.end() if dateline else start
        opened = self.text.rfind("(", start, pos)
        if opened >= 0 and ")" not in self.text[opened:pos] and not self.inside_quote(opened):
            start = opened + 1  # "(like aide David Plouffe, who called Trump"
        semicolon = self.text.rfind(";", start, pos)
        if semicolon >= 0 and not self.inside_quote(semicolon):
            return semicolon + 1
        dashed = _PRONOUN_AFTER_DASH.search(self.text, start, pos)
        if dashed is not None:  # "Reyes drew Hassan's ire - he called her": he
            return dashed.start(1)
        return start

    def _a_description(self, piece: str) -> bool:
        """Whether a piece set off after a name is a description of the person: "a mother of
        four", "the UN aid chief"; not a clause ("her character and politics do not make up
        for it") nor a place or company ("of Chicago", "with 13-year-old Jonathan")."""
        return (not self.upper and _DESCRIPTION_OPENS.match(piece) is not None
                and len(piece.split()) <= 12 and not self.verbs.search(piece)
                and not _FINITE_AUX.search(piece) and not looks_like_person(piece, self.upper))

    def _opens_paragraph(self, sentence: Span) -> bool:
        return self.segments.paragraphs[self.segments.paragraph_at(sentence.start)].start == (
            sentence.start)

    def _clause_end(self, sentence: Span, pos: int) -> int:
        """End of the clause starting at `pos`: the next opening mark, or the sentence end."""
        k = bisect_left(self.opens, pos)
        return min(sentence.end, self.opens[k]) if k < len(self.opens) else sentence.end

    def _author_of_work(self, found: Attribution) -> Attribution:
        """The author of a work that speaks: "a statement from the army said", "said a
        statement from the army" are the army's words (as "according to a statement from the
        army" is). Not in capitals, where no case tells where the author's name ends."""
        work = None if self.upper else _WORK_FROM.match(self.text, found.start)
        if work is None:
            return found
        at = work.end() + (4 if self.text.startswith("the ", work.end()) else 0)
        author = (_BODY_AFTER_WORK.match(self.text, work.end())
                  or PROPER_RUN.match(self.text, at))
        if author is None:
            return found
        name = author.group().strip().rstrip(".")
        if looks_like_person(name, self.upper):
            return self._person(name, author.start(), found.verb_start, found.channel, name)
        return Attribution(name, author.start(), author.start() + len(name), found.verb_start,
                           channel=found.channel, written=name)

    def next_open(self, pos: int) -> int:
        """Where the first quote opening at or after `pos` opens (the text's end if none)."""
        k = bisect_left(self.opens, pos)
        return self.opens[k] if k < len(self.opens) else len(self.text)

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
            found: list[Attribution] = []
            for verb in self.verbs.finditer(self.text, sentence.start, sentence.end):
                if self.inside_quote(verb.start()) or _UNITED.search(
                        self.text, max(0, verb.start() - 8), verb.start()):
                    continue  # "THE UNITED STATES INFORMATION SERVICE": a name, not a verb
                attribution = (self._participle(sentence, verb, found)
                               if verb.group("participle") else self._attribution(sentence, verb))
                if attribution is not None and not _NOBODY.match(attribution.speaker):
                    found.append(self._author_of_work(attribution))
            opening = _OPENING_VERB.match(self.text, sentence.start)
            if opening is not None and not self.upper:
                attribution = self._attribution(sentence, opening)
                if attribution is not None:
                    found.append(attribution)
            found.extend(self._intros(sentence, {a.verb_start for a in found}))
            if not found:
                found.extend(self._colon_subject(sentence))
            # 'fired back that the "people ..."', 'heralded the deal as a “breakthrough”':
            # the subject of any verb whose that-clause or "as" holds the quoted words
            found.extend(self._quoting_verbs(_THAT_VERB, sentence, {a.verb_start for a in found},
                                             self._quote_within_reach))
            found.extend(self._quoting_verbs(_AS_VERB, sentence, {a.verb_start for a in found},
                                             self._right_after_subject))
            found.extend(self._quoting_verbs(_CHANT_VERB, sentence,
                                             {a.verb_start for a in found},
                                             lambda sentence, verb: True))
            found.extend(self._owned_words(sentence))
            # "what the army called": the subject after "what", whatever precedes it
            named = self._what_they_called(sentence)
            verbs = {a.verb_start for a in named}
            found = [a for a in found if a.verb_start not in verbs] + named
            found.extend(self._tags(sentence, {a.verb_start for a in found}))
            for attribution in sorted(found, key=lambda a: a.verb_start):
                resolved = self._resolve(attribution)
                if resolved is not None:
                    self._record(resolved, sentence)
        return self.found

    def _intros(self, sentence: Span, taken: set[int]) -> list[Attribution]:
        """Speakers of a verb that opens a quote with a comma or a colon, whatever the verb
        ('She continued, “...”', 'He jokes, “...”', 'Nasser continued:' closing a paragraph
        before the quote): the mirror of a tag after the quote."""
        out = []
        for verb in _INTRO_VERB.finditer(self.text, sentence.start, sentence.end):
            if not self._quote_follows(sentence, verb.end()):
                continue
            if verb.start() in taken or self.inside_quote(verb.start()):
                continue  # read already as a reporting verb
            if verb.group("where") and not verb.group().split()[0].endswith("ed"):
                continue  # "religious leaders on Wednesday had one message:", a plural noun
            if re.search(r"\d\s+$", self.text[max(0, verb.start() - 3):verb.start()]):
                continue  # "repeat, 10,000 times, “...”": a count of things, not a verb
            clause = self.clause_start(sentence, verb.start())
            earlier = self.verbs.search(self.text, clause, verb.start())
            if earlier and not (_OPENS_SUBORDINATE.match(self.text, clause)
                                and "," in self.text[earlier.end():verb.start()]):
                # 'Canova wrote to his Twitter followers, “...”': "wrote" reports it; not in
                # a subordinate clause closed before ('After Jerry Brown criticized Bill
                # Clinton during a debate, Hillary shot back, “...”')
                continue
            if verb.group("participle"):
                if _DETERMINER_BEFORE.search(self.text, max(0, verb.start() - 8), verb.start()):
                    continue  # "the ruling:", "this morning,"
                found = self._participle(sentence, verb, out)
            else:
                found = self._attribution(sentence, verb)
            if found is not None:
                out.append(found)
        return out

    def _colon_subject(self, sentence: Span) -> list[Attribution]:
        """The person a sentence opens with, when the sentence ends in a colon before a quote
        and has no reporting verb ("Jeb Bush broke down exactly what was wrong with the image
        to the Dutch newspaper NRC Handelsblad: “...”"): the colon hands the subject's words
        on."""
        colon = end_before_space(self.text, sentence.end) - 1
        if colon < sentence.start or self.text[colon] != ":":
            return []
        after = colon + 1
        while after < len(self.text) and self.text[after] in " \t":
            after += 1
        if not self._quote_follows(sentence, after):
            return []
        subject = next((m for m in self.people.between(sentence.start, colon)
                        if m.opens_sentence), None)
        if (subject is None or self.inside_quote(subject.start)
                or _COORDINATED_CLAUSE.search(self.text, subject.start, colon)):
            return []  # "Reyes did back the plan, and the radio has proof:": not Reyes
        return [self._person(subject.name, subject.start, colon, None, subject.name)]

    def _quote_follows(self, sentence: Span, pos: int) -> bool:
        """Whether a quote opens at `pos` (a mark that opens one, not one that closes), or
        `pos` ends the sentence and the next paragraph opens with a quote."""
        if pos < len(self.text) and self.text[pos] in "\"\u201c":
            return bisect_left(self.opens, pos) != bisect_right(self.opens, pos)
        return pos == sentence.end and self._quote_opens_next_paragraph(pos)

    def _quoting_verbs(self, pattern: re.Pattern[str], sentence: Span, taken: set[int],
                       admit: Callable[[Span, re.Match[str]], bool]) -> list[Attribution]:
        """Speakers of the verbs `pattern` finds in `sentence` that `admit` lets through,
        whatever the verb: the words are its subject's."""
        out = []
        for verb in pattern.finditer(self.text, sentence.start, sentence.end):
            if (verb.start() in taken or self.inside_quote(verb.start())
                    or not admit(sentence, verb)):
                continue
            found = self._attribution(sentence, verb)
            if found is not None:
                out.append(found)
        return out

    def _what_they_called(self, sentence: Span) -> list[Attribution]:
        """Who named a thing in the words quoted after "what X called" or "which X described
        as" ('bidding on what Zimmerman described as a "piece of history"', 'what the army
        called a "terrorist hideout"'): X, whose object the relative pronoun is."""
        out = []
        for match in _WHAT_THEY_CALLED.finditer(self.text, sentence.start, sentence.end):
            verb_start = match.start("verb")
            if self.inside_quote(match.start()):
                continue
            who, start = match.group("who"), match.start("who")
            if looks_like_person(who, self.upper):
                out.append(self._person(who, start, verb_start, None, who))
            else:
                out.append(Attribution(who, start, start + len(who), verb_start, written=who,
                                       is_person=who.lower() in ("he", "she")))
        return out

    def _owned_words(self, sentence: Span) -> list[Attribution]:
        """Owners of the words a noun names ("Trump's claim that Obama “founded ISIS”",
        "Comey's conclusion that her actions were “extremely careless”"): the owner said them,
        when a quote opens within a few words of the noun."""
        out = []
        for noun in _OWNED_WORDS.finditer(self.text, sentence.start, sentence.end):
            if (self.inside_quote(noun.start())
                    or not self._quote_within_reach(sentence, noun, _OWNED_REACH)
                    or noun.group("to") and (not noun.group("noun").startswith(_PLEDGES)
                                             or noun.group("noun").endswith("s"))):
                continue  # "Her economic plan promises to": a verb, not the noun
            possessive = noun.group("possessive")
            if possessive is not None:  # "her remark that": whoever "she" is
                start = noun.start("possessive")
                out.append(Attribution(possessive, start, start + len(possessive),
                                       noun.start("noun")))
                continue
            owner = noun.group("owner")
            if words_of(owner)[0].lower() in NOT_NAME_START:
                continue
            found = self._subject([_Segment(owner, noun.start("owner"))], noun.start("noun"),
                                  None)
            if found is not None:
                out.append(found)
        return out

    def _quote_within_reach(self, sentence: Span, verb: re.Match[str],
                            reach: int = _THAT_REACH) -> bool:
        """Whether a quote opens in the sentence within `reach` words after `verb` ('The
        campaign projects that “imposing a tax ...”')."""
        k = bisect_left(self.opens, verb.end())
        return (k < len(self.opens) and self.opens[k] < sentence.end
                and len(self.text[verb.end():self.opens[k]].split()) <= reach)

    def _right_after_subject(self, sentence: Span, verb: re.Match[str]) -> bool:
        """Whether `verb` follows its subject ("Trump later defended"), not a noun it
        qualifies ("the messages classified ... as")."""
        return _SUBJECT_BEFORE_VERB.search(self.text, sentence.start, verb.start()) is not None

    def asked(self, clause: Attribution) -> Attribution | None:
        """The person a reporting clause asks ("asked Sen. Sanders whether ..."), who answers
        in the quote after it; not one asked in a clause that sets the scene ("when a young
        man asked Clinton why ...")."""
        asked = _ASKED.match(self.text, clause.verb_start)
        if asked is None or _SCENE_SETTER.search(self.text, max(0, clause.start - 12),
                                                 clause.start):
            return None
        name = asked.group(1)
        if not (looks_like_person(name, self.upper) or is_single_name(name, self.upper)):
            return None
        return self._resolve(self._person(name, asked.start(1), clause.verb_start, None, name))

    def _quote_opens_next_paragraph(self, pos: int) -> bool:
        """Whether the paragraph after the one ending at `pos` opens with a quotation mark."""
        k = bisect_left(self.opens, pos)
        if k == len(self.opens):
            return False
        between = self.text[pos:self.opens[k]]
        return "\n" in between and not between.strip()

    def _tags(self, sentence: Span, taken: set[int]) -> list[Attribution]:
        """Speakers named right after a quote with any verb (',” Kelly charged') or signed
        with a dash at the paragraph's end ('” — John Smith')."""
        out = []
        k = bisect_left(self.ends, sentence.start)
        if (k > 0 and sentence.start - self.ends[k - 1] <= 3
                and not self.text[self.ends[k - 1]:sentence.start].strip(" \t")):
            k -= 1  # '“... paid!” LeVell declared': the "!" closed the sentence before
        while k < len(self.ends) and self.ends[k] <= sentence.end:
            end = self.ends[k]
            k += 1
            if not _TAG_QUOTE_END.search(self.text, max(0, end - 4), end):
                sign = (_SIGN_OFF.match(self.text, end, sentence.end)
                        or _SIGN_OFF_NEXT.match(self.text, end))
                # a byline after a quote inside the writer's sentence signs the article, not it
                whole = (self.text[sentence.start:end].lstrip()[:1] in "\"\u201c"
                         or self.inside_quote(sentence.start))
                if sign and whole and self.text[end - 1] in "\"\u201d":
                    name = re.sub(r"(?<=\w\w)\.$", "", sign.group(1))  # "- Clinton."
                    out.append(self._person(name, sign.start(1), sign.start(1), None, name))
                continue
            tag = _TAG.match(self.text, end, sentence.end)
            if tag is None or self.upper:
                continue
            verb_at = tag.start("verb") if tag.group("verb") else tag.start("verb2")
            if any(end <= t <= tag.end() for t in taken):
                continue
            name_group = "name" if tag.group("name") else "name2"
            name, at = tag.group(name_group), tag.start(name_group)
            if name_group == "name2" and _OBJECT_AS.match(self.text, tag.start("verb2")):
                continue  # ',” described the emotional impact as': its object, not its subject
            if (name_group == "name" and not _VERB.fullmatch(tag.group("verb"))
                    and _INFINITIVE.match(self.text, tag.end("verb"))):
                continue  # ',” the number needed to secure the nomination': no speaker
            if name.lower().rstrip(".") in TITLES:
                continue  # "said Sen." cut before its name: a title alone names no one
            out.append(self._subject([_Segment(name, at)], verb_at, None,
                                     inverted=name_group == "name2")
                       or Attribution(name, at, at + len(name), verb_at, written=name))
        return out

    def _person(self, name: str, start: int, verb_start: int, channel: str | None,
                written: str) -> Attribution:
        bare = strip_titles(name)
        at = start + name.index(bare) if bare in name else start
        return Attribution(bare, at, at + len(bare), verb_start, channel=channel,
                           written=written, is_person=True, descriptors=(written,))

    def _record(self, found: Attribution, sentence: Span) -> None:
        if _is_description(found):
            named = _NAME_GIVEN_AFTER.match(self.text, found.end)
            if named is not None:  # "a woman who gave only her first name, Esperance"
                found = replace(found, speaker=named.group(1), is_person=True,
                                role=found.role or found.written,
                                descriptors=(*found.descriptors, found.written or ""))
        elif found.role and (given := _GIVES_A_NAME_AT_END.search(found.role)):
            # "A fighter identified only as Abu Omar said": the role is what comes before
            found = replace(found, role=found.role[:given.start()].strip() or None)
        if found.is_person and found.written and found.written.lower() not in PRONOUNS:
            surname = words_of(found.speaker)[-1]
            # a person's own words first: "Hillary Clinton" is not the "Clinton" met before.
            # The first pronoun after the name, not after the verb: in "Sanders dismissed
            # Clinton's charges about his stance by pointing out that she had", "his"
            after_name = min(found.end, found.verb_start)
            gender = (from_description(" ".join(found.descriptors))
                      or (None if self.upper else from_given_name(found.speaker))
                      or self.genders.get(surname)
                      or from_pronoun_after(self.text[after_name:sentence.end]))
            if gender is not None:
                self.genders[surname] = gender
                found = replace(found, gender=gender)
            self.by_surname[surname] = found
        elif found.is_person and (found.written or "").lower() in ("he", "she"):
            # '“Politics is a tough game,” he said' read as Bernie Sanders: he is a man,
            # where the name table is unsure of "Bernie"; a later "she" is someone else. (Not
            # for a surname alone: one wrong reading would settle it for the whole article.)
            words = words_of(found.speaker)
            said = from_pronoun_after(found.written or "")
            if (said is not None and found.gender is None and len(words) > 1
                    and is_given_name(words[0]) and words[-1] not in self.genders):
                self.genders[words[-1]] = said
        self.found.append(found)
        self.verb_starts.append(found.verb_start)

    def _attribution(self, sentence: Span, verb: re.Match[str]) -> Attribution | None:
        word = verb.group()
        sentence_text_end = self._clause_end(sentence, verb.end())
        channel = self._channel(sentence, verb)
        if word.lower().startswith("according") or _IN_THE_WORDS.match(word):
            # (and "in the words of X", which names X the same way)
            np = _np_after(self.text[verb.end():sentence_text_end], verb.end())
            if np is None or _OWN_RECORD.fullmatch(np[0]):
                return None
            return self._source(np, verb.start(), channel)
        if word[-1:] in "sS" and _AUXILIARY_NEXT.match(self.text, verb.end()):
            return None  # "that states can pass such laws": a noun
        if _DETERMINER_BEFORE.search(self.text, max(0, verb.start() - 8), verb.start()):
            return None  # "their chants", "the reports": a noun
        if _AFTER_PREPOSITION.search(self.text, max(0, verb.start() - 8), verb.start()):
            return None  # "filled with calls": a noun
        passive = _PASSIVE_BEFORE.search(self.text, max(0, verb.start() - 20), verb.start())
        agent = _AGENT_AFTER_QUOTE.match(self.text, verb.end(), sentence.end) if (
            passive or _SET_OFF_BEFORE.search(self.text, max(0, verb.start() - 20), verb.start())
        ) else None
        if agent:  # 'was described as “reckless” by Sen. John Smith': the agent said it
            np = _np_after(self.text[agent.end():self._clause_end(sentence, agent.end())],
                           agent.end())
            return self._source(np, verb.start(), channel) if np is not None else None
        if passive:
            if not self.text.startswith(" to ", verb.end()):
                return None  # "Texas was called for Cruz", "he was told" (not "X is said to")
        elif (_REDUCED_PASSIVE.match(self.text, verb.end())
              or word.lower() in _OBJECT_FIRST and _PREPOSITION_AFTER.match(self.text, verb.end())
              and not _OBJECT_RELATIVE_BEFORE.search(self.text, sentence.start, verb.start())):
            return None  # '“poison pill” measures added by Republicans': nobody speaks
        elif word.lower().endswith("ed") and _CONJUNCTION_BEFORE.search(
                self.text, max(0, verb.start() - 10), verb.start()):
            return None  # 'the “provisional” role of Assad once agreed': a reduced clause
        elif word.lower() in _SAID_TO_BE and _TO_BE.match(self.text, verb.end()):
            return None  # "LOSSES ESTIMATED TO BE IN THE MILLIONS": what was estimated
        start = self.clause_start(sentence, verb.start())
        if start > sentence.start and _DASH_BEFORE.search(self.text, start, verb.start()):
            # 'Donald Trump - who said he would "bomb" oil fields - said': the aside that a
            # quote cut in two closes right before the verb; the subject is before it opened
            opened = max(self.text.rfind(mark, sentence.start, start)
                         for mark in (" \u2014 ", " \u2013 ", " -- ", " - "))
            if opened > sentence.start and _RELATIVE_ASIDE.match(self.text, opened):
                pieces = _split_commas(self.text[sentence.start:opened], sentence.start)
                return self._subject(pieces, verb.start(), channel)
        # "Gingrich — mentioned by Newsmax as ... — told": an aside between dashes is blanked
        # out (offsets kept), leaving the subject before it
        before = _DASH_ASIDE.sub(_blank_aside, self.text[start:verb.start()])
        catenative = _CATENATIVE.search(before)
        if catenative:  # "Trump was quick to add that": Trump
            before = before[:catenative.start()]
        if re.search(r"\w['\u2019]s?\s*$", before):
            return None  # a possessive ("victims' calls") makes the verb a noun
        shared = _SHARED_SUBJECT.search(before) or _LINKING_VERB.search(before)
        if shared:  # "Mook laughed and said", "X seemed taken aback and mentioned": X spoke;
            before = before[:shared.start()]  # "Clinton seemed irritated:" a state, hers
        if _COORDINATED_VERB.search(before) and before.strip(" ,"):
            return self._leading_subject(sentence, verb.start(), channel)
        named_after = PROPER_RUN.match(self.text, verb.end() + 1)
        described = None if named_after else self._described_after(verb.end())
        after = named_after or described
        pieces = _split_commas(before, start)
        inverted = (word.lower() in _SAID_AFTER_CLAUSE and before.rstrip().endswith(",")
                    and after is not None and not _NOT_AFTER_INVERTED.match(after.group())
                    and not self._subject_with_aside(pieces)
                    # "X, a former vice president, said Fiorina “was personally involved”":
                    # a name with the quote right after it is the reported clause's subject
                    and not (_QUOTE_OPENS.match(self.text, after.end())
                             and not after.group().endswith(".")))
        if inverted or not before.strip(" \t\n\u00a0,\"'\u201c\u201d\u2018\u2019"):
            # "..., said James Henson, director of ...": the speaker follows the verb
            if word.lower() not in _INVERTIBLE:
                return None
            # "explained CBS moderator Nancy Cordes: “...”", "said X when asked about": the
            # name ends at a colon or at what says when, where or how it was said
            named_end = _AFTER_INVERTED_NAME.search(self.text, verb.end(), sentence_text_end)
            if named_end is not None and _DESCRIBED_FIRST.match(self.text, verb.end()):
                # "said his best friend at Lehigh, Bruce Turry": the place is the described
                # one's, and the name after it the speaker's
                placed = _PLACE_THEN_NAME.match(self.text, named_end.start(), sentence_text_end)
                if placed is not None and looks_like_person(placed.group(1), self.upper):
                    named_end = _AFTER_INVERTED_NAME.search(self.text, placed.end(1),
                                                            sentence_text_end)
            # (a description up to its head: "said a police officer who declined to be named")
            end = (described.end() if described and inverted
                   else named_end.start() if named_end else sentence_text_end)
            dangling = _DANGLING_RELATIVE.search(self.text, verb.end(), end)
            if dangling is not None:  # "a ministry employee who was [inside at the time]"
                end = dangling.start()
            found = self._subject(_split_commas(self.text[verb.end():end], verb.end()),
                                  verb.start(), channel, inverted=True)
            if found is not None or not inverted:
                return found
        if (len(pieces) > 1 and _ASIDE_CONTINUES.match(self.text, verb.end())
                and (looks_like_person(pieces[-1].text, self.upper)
                     or is_single_name(pieces[-1].text, self.upper))):
            pieces = pieces[-1:]  # "Joe Biden, Rubio said, had been": Rubio's aside
        return self._subject(pieces, verb.start(), channel)

    def _described_after(self, pos: int) -> re.Match[str] | None:
        """A person or a body described right after a verb that follows what it reports
        ("..., said a resident", "said one official", "said a police officer who declined to
        be named", "said the army"): a role or a body's word heads the phrase. In capitals
        every word is a proper run already."""
        described = _DESCRIBED_AFTER_VERB.match(self.text, pos)
        if described is None or self.upper or not (_is_person_head(described.group(1))
                                                   or described.group(1) in ORG_WORDS):
            return None
        return described

    def _source(self, np: tuple[str, int], verb_start: int, channel: str | None
                ) -> Attribution:
        """The source a phrase names after "according to" or a passive's "by": a person (who
        may be "he" later), else whatever the phrase names, as written."""
        phrase, start = np
        if looks_like_person(phrase, self.upper):
            person = self._person(phrase, start, verb_start, channel, phrase)
            set_off = _SET_OFF_PIECE.match(self.text, start + len(phrase))
            if set_off is not None and self._a_description(set_off.group(1)):
                # "according to Martin Griffiths, the UN aid chief"
                person = replace(person, role=set_off.group(1),
                                 descriptors=(set_off.group(1), phrase))
            return person
        return Attribution(phrase, start, start + len(phrase), verb_start, written=phrase,
                           channel=channel)

    def _participle(self, sentence: Span, verb: re.Match[str], earlier: list[Attribution]
                    ) -> Attribution | None:
        """Who speaks in a participle clause: a name right before it ("– Ryan saying he was
        “very encouraged”"), else the reporting clause it follows ("..., she said, adding,
        “...”", not whatever opens the sentence), else the sentence's subject."""
        channel = self._channel(sentence, verb)
        quoted = _QUOTED_AS.search(self.text, sentence.start, verb.start())
        if quoted is not None:  # "Interfax quoted Dmitry Peskov as saying": Peskov speaks
            whom = quoted.group("whom")
            whom = _OBJECT_PRONOUNS.get(whom.lower(), whom)  # "quoted him as saying": he
            return self._subject([_Segment(whom, quoted.start("whom"))], verb.start(),
                                 channel)
        progressive = _PROGRESSIVE_BEFORE.search(self.text, sentence.start, verb.start())
        if progressive:  # "but Kasich's campaign is already claiming": a finite verb
            start = self.clause_start(sentence, verb.start())
            pieces = _split_commas(self.text[start:progressive.start()], start)
            return self._subject(pieces, verb.start(), channel) if pieces else None
        if _SEEN_BEFORE.search(self.text, sentence.start, verb.start()):
            return None  # "his supporters were shown chanting": whoever they are, not shown
        own = _NAME_BEFORE_PARTICIPLE.search(self.text, sentence.start, verb.start())
        if own is not None and (looks_like_person(own.group(1), self.upper)
                                or is_single_name(own.group(1), self.upper)):
            return self._subject([_Segment(own.group(1), own.start(1))], verb.start(), channel)
        group = _GROUP_WITH_PARTICIPLE.search(self.text, sentence.start, verb.start())
        if group is not None:  # "with many marchers and spectators chanting"
            return Attribution(group.group(1), group.start(1), group.end(1), verb.start(),
                               channel=channel, written=group.group(1))
        if earlier:
            return replace(earlier[-1], verb_start=verb.start())
        if _WHERE.search(self.text, sentence.start, verb.start()):
            return None  # "..., where about 50 protesters had gathered, chanting": theirs
        return self._leading_subject(sentence, verb.start(), channel)

    def _leading_subject(self, sentence: Span, verb_start: int, channel: str | None
                         ) -> Attribution | None:
        """The subject of the sentence a participle clause hangs on: "Bush offered a retort,
        tweeting ..." -> Bush; "In a post, Beck encouraged ..., declaring" -> Beck."""
        # "WASHINGTON, Dec. 8 (UPI) — ...": a dateline with a date, whose comma would split it
        dated = datelines.DATED.match(self.text, sentence.start, verb_start)
        begin = dated.end() if dated else sentence.start
        pieces = _split_commas(self.text[begin:verb_start], begin)
        for previous, piece in zip([None, *pieces], pieces):
            if (_LEADING_PREPOSITION.match(piece.text) or piece.text.lower() in DISCOURSE
                    or _ADVERB_PHRASE.fullmatch(piece.text) or self.inside_quote(piece.start)
                    or piece is not pieces[-1] and _ASKED_CLAUSE.match(piece.text)):
                continue  # the quoted words' "They" is not the one reporting them; "More
                # recently," opens no subject
            if previous is None and len(pieces) > 1 and self._lone_word(piece.text):
                continue  # "Wait, it gets better:", "Local, state and federal officials"
            if (previous is not None and _in_a_place(previous.text)
                    and _REGION.fullmatch(piece.text)):
                continue  # "Speaking at a town hall in Salem, New Hampshire, Trump ..."
            conj = _LEADING_CONJUNCTION.match(piece.text)
            skip = conj.end() if conj else 0
            if conj:
                adverb = _ADVERB_AFTER_CONJUNCTION.match(piece.text, skip)
                skip = adverb.end() if adverb else skip
            # "Washington (AFP) – Democrat X"
            dateline = datelines.SOURCED.match(piece.text, skip)
            skip = dateline.end() if dateline else skip
            presenting = _PRESENTATIVE.match(piece.text, skip)
            skip = presenting.end() if presenting else skip
            age = _AGE_BEFORE_NAME.match(piece.text, skip)  # "76-year-old Morton Blackwell"
            skip = age.end() if age and piece.text[age.end():age.end() + 1].isupper() else skip
            text = piece.text[skip:]
            if (conj or dateline) and _LEADING_PREPOSITION.match(text):
                continue  # "And although he praised the army, he sounded ..."
            if _LATER.search(text) and not any(c.isupper() for c in text[1:]):
                continue  # "But a few days later, Trump ...", "Four hours earlier, a memo ..."
            if _OPENING_PARTICIPLE.match(text):
                continue  # "Continuing to explain his perspective, Carson rejected ..."
            start = piece.start + skip
            run = PROPER_RUN.match(text)
            if (not run or _DESCRIPTION_OPENER.match(text) or _PRONOUN_SUBJECT.match(text)
                    or _POSSESSIVE_OPENING.match(text)
                    or _PROPER_ADJECTIVE_DESCRIPTION.match(text)):
                return self._unnamed_subject(text, start, verb_start, channel)
            name = run.group().strip()
            titled = _ROLE_THEN_NAME.match(text)
            if titled and looks_like_person(titled.group(1), self.upper):
                name = titled.group()  # "Republican presidential nominee Donald Trump issued"
            if re.search(r"['\u2019]s$", name):  # "Hillary Clinton's right-hand woman"
                head = re.match(r"(?:\s+[a-z][\w-]*){1,3}", text[run.end():])
                if head is None:
                    return None
                words = []  # "Ryan's campaign shrugged off": the noun, up to its verb
                for word in head.group().split():
                    if (word.endswith(("ed", "ly")) or word in FUNCTION_WORDS
                            or word in _AUXILIARIES or word in IRREGULAR_PAST
                            or word in DISCOURSE):
                        break
                    words.append(word)
                if not words:
                    return None
                name = f"{name} {' '.join(words)}"
                return Attribution(name, start, start + len(name), verb_start, channel=channel,
                                   written=name)
            words = words_of(name)
            if (words[0] == "The" and len(words) > 1 and not _LATER.search(name)
                    and _VERB_AFTER_NAME.match(text, run.end())):
                # "The Democratic National Convention released a statement ..., saying"
                return self._subject([_Segment(name, start)], verb_start, channel)
            if words[0].lower() in NOT_NAME_START or words[0].lower() in TIME_WORDS:
                return None
            found = self._subject([_Segment(name, start)], verb_start, channel)
            if found is None or not (found.is_person or len(words) > 1):
                return None
            return found
        return None

    def _lone_word(self, piece: str) -> bool:
        """One capitalised word set off by a comma that is no name the article or the name
        table knows: an interjection, an imperative or an adjective of a list. (The surnames
        of every full name read, quotes included, are in `surname_genders`.)"""
        word = piece.strip()
        return (not self.upper and " " not in word and word[:1].isupper()
                and not is_given_name(word) and word not in self.by_surname
                and word not in self.people.surname_genders)

    def _unnamed_subject(self, text: str, start: int, verb_start: int, channel: str | None
                         ) -> Attribution | None:
        """A pronoun or a description opening a clause as its subject: "she went on the
        attack, saying", "The former commander continued, saying". The description runs to
        an auxiliary ("has been") or the first lower-case verb form (-ed, -s) followed by what
        follows verbs ("marched through", "continued,", "attacked Mayor X"), not nouns
        ("displaced families", "The final results aren't"); a verb before its object ends it
        too ("The spokeswoman emailed reporters, arguing"). One holding another determiner
        holds a clause ("The first taste the crowd gets"), unless a preposition joins a body
        to the role ("A spokeswoman for the House Armed Services Committee")."""
        pronoun = _PRONOUN_SUBJECT.match(text) or _POSSESSIVE_OPENING.match(text)
        if pronoun:
            return self._subject([_Segment(pronoun.group(1), start)], verb_start, channel)
        proper = _PROPER_ADJECTIVE_DESCRIPTION.match(text)
        if proper:  # "The Vermont senator emailed supporters": the noun, up to a verb form
            head = _NOUN_WORD.match(text, proper.end() - 1)
            if head is None:
                return None
            end = head.end()
            while (word := _NEXT_NOUN_WORD.match(text, end)) is not None:
                if (_finite_verb_form(word.group(1)) or word.group(1) in _AUXILIARIES
                        or word.group(1) in _THEN or word.group(1) in FUNCTION_WORDS):
                    break
                end = word.end()
            noun = text[:end].rsplit(None, 1)[-1]
            if not (noun in TITLES or noun in _ROLE_HEADS or noun in _NON_PERSON_HEADS
                    or from_description(text[:end])):
                return None  # "The Archie Bunker stereotype of the gruff bigot denouncing"
            return self._subject([_Segment(text[:end], start)], verb_start, channel)
        if not _DESCRIPTION_OPENER.match(text):
            return None
        tokens = list(_WORD_OR_MARK.finditer(text))[:12]
        for i, token in enumerate(tokens[1:], 1):
            word = token.group()
            if word in ("the", "a", "an") and tokens[i - 1].group() not in _OF_A_BODY:
                return None  # not "A spokeswoman for the committee"
            if word in ("\"", "\u201c", "\u201d"):
                return None  # 'A quick browse through “moan”-worthy': no one's name
            following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
            if i > 1 and (word in _THEN or word in _AUXILIARIES
                          or _finite_verb_form(word)
                          and (not following[:1].isalnum() or following[:1].isupper()
                               or following in _AFTER_A_VERB)):
                if i > 2 and _finite_verb_form(tokens[i - 1].group()) and not word.endswith("ed"):
                    token = tokens[i - 1]  # "The spokeswoman emailed reporters": its verb
                subject = text[:token.start()].rstrip()
                return self._subject([_Segment(subject, start)], verb_start, channel)
        return None

    def colon_speaker(self, sentence: Span, open_at: int) -> Attribution | None:
        """The speaker of a quote introduced by a colon with no reporting verb: the person
        named right before the colon ("Republican pollster Daron Shaw: “...”"), else the
        person the sentence is about ("Kaine has adopted the stance ...: “...”"). The colon
        may close the paragraph before ("Frank quotes adviser Alfred Kahn:")."""
        head = self.text[sentence.start:open_at].rstrip()
        if not head and sentence.start > 0:
            previous = self.segments.sentences[self.segments.sentence_at(sentence.start - 1)]
            closing = self.text[previous.start:sentence.start].rstrip()
            # only a clause that speaks: "Trump issued the following statement:", not "Wait,
            # it gets better:" or "NBC News has proof:"
            if (previous.start < sentence.start and closing.endswith(":")
                    and (self.verbs.search(closing) or _STATEMENT.search(closing)
                         or _LEADING_VERB.match(closing))):
                return self.colon_speaker(previous, previous.start + len(closing))
        if not head.endswith(":") or self.upper:
            return None
        head = head[:-1]
        start = max(self.clause_start(sentence, open_at), sentence.start)
        run = _NAME_BEFORE_COLON.search(head, start - sentence.start)
        if run is not None:
            name, skip = run.group(1), 0
            verb = _LEADING_VERB.match(name)
            if verb is not None and verb.end() < len(name):
                name, skip = name[verb.end():], verb.end()  # "Stated Stone:": after the verb
            words = words_of(strip_titles(name))
            # "More from Jones:", "- From Jones:": whoever the words come from (not "he
            # suggested Curiel was from Mexico:")
            source = re.search(r"(?:^\s*|[-\u2013\u2014]\s*|\bMore\s+)[Ff]rom\s+$",
                               head[:run.start(1)]) is not None
            # "delivered a blunt message to Trump:": the one addressed, not the speaker
            addressed = _ADDRESSED.search(head, 0, run.start(1)) is not None
            # after an inverted reporting verb, the capitalised words are its subject
            if not addressed and (
                    source or skip or looks_like_person(name,
                                                        titled=len(words_of(name)) > len(words))
                    or (len(words) == 1 and words[0] in self.by_surname)):
                at = sentence.start + run.start(1) + skip
                return self._resolve(self._person(name, at, at, None, name))
        leading = self._leading_subject(sentence, open_at, None)
        resolved = self._resolve(leading) if leading is not None else None
        if resolved is None:
            return None
        # a person, a body or an officer ("The Clinton campaign ... worded it even more
        # carefully:", "The minister was blunt:"), not a thing ("The reason is simple:")
        if resolved.is_person:
            return resolved
        # (not one who passes on a record of others' words: "The ministry published a
        # partial transcript as follows:")
        noun = (words_of(resolved.speaker) or [""])[-1].lower()
        return resolved if ((noun in ORG_WORDS or noun in _SPEAKING_BODIES or noun in TITLES)
                            and not _RECORD_OF_WORDS.search(head)) else None

    def _channel(self, sentence: Span, verb: re.Match[str]) -> str | None:
        word = verb.group()
        after = self.text[verb.end():self._clause_end(sentence, verb.end())]
        if word == "told" or word.endswith("by"):
            run = PROPER_RUN.match(after.lstrip())
            if run:
                prefix = "told" if word == "told" else "quoted as saying by"
                return f"{prefix} {run.group().rstrip('.')}"
        clause = self.text[self.clause_start(sentence, verb.start()):
                           self._clause_end(sentence, verb.end())]
        match = _CHANNEL.search(clause)
        return match.group() if match else None

    @cached_property
    def _capitalised_mid_sentence(self) -> frozenset[str]:
        """Words the article capitalises after a lower-case word or a comma: names, not
        words capitalised only because they open a sentence."""
        return frozenset(re.findall(r"(?<=[a-z,;]\s)([A-Z][\w'\u2019-]+)", self.text))

    def _a_name_here(self, piece: _Segment, verb_start: int) -> bool:
        """A lone capitalised word opening its sentence right before the verb ("Cost
        estimates, he added") is a name only if the article capitalises it elsewhere too, or
        gives it as a name."""
        before = self.text[max(0, piece.start - 3):piece.start].strip(" \"'\u201c\u2018")
        if (before and before[-1] not in ".!?\n|") or self.text[
                piece.start + len(piece.text):verb_start].strip():
            return True
        word = piece.text.strip(".,'\u2019")
        # the article's full names last: they need every mention of the article read
        return (word in self.by_surname or word in self._capitalised_mid_sentence
                or is_given_name(word) or word in self.people.full_names)

    def _subordinate_subject(self, piece: _Segment, text: str, verb_start: int
                             ) -> re.Match[str] | None:
        """The name after a subordinator opening the words right before the verb ("After
        Scalia said that ... “less advanced schools,” Trump said"), when a quote opens in that
        subordinate clause or right after its verb and a comma ("When Smith shouted, “Cruz,”
        Beck joked"): a quote after the comma that closes it otherwise is the main clause's
        ("When Trump suggested ..., Rubio fired back: “...”"). Not a phrase set off by a
        comma: "AFTER A PRIVATE MEETING WITH PRESIDENT RODRIGO BORJA, CORDOVEZ REITERATED"."""
        opening = _SUBORDINATE_OPENING.fullmatch(text)
        if (opening is None or self.text[piece.start + len(piece.text):verb_start].strip()
                or not opening.group(1)[0].isupper() or not (
                looks_like_person(opening.group(1), self.upper)
                or is_single_name(opening.group(1), self.upper))):
            return None
        k = bisect_left(self.opens, verb_start)
        if k == len(self.opens) or (
                _CLAUSE_CLOSES.search(self.text, verb_start, self.opens[k])
                and not _VERB_THEN_COMMA.fullmatch(self.text, verb_start, self.opens[k])):
            return None
        return opening

    def _capitals_name(self, words: str) -> bool:
        """Whether capitalised words after "whom"/"who" in an article set in capitals can be
        the relative clause's subject ("WHOM D' ESCOTO ACCUSED") rather than its verb and
        object ("WHO REQUESTED ANONYMITY", "WHO PARTICIPATED IN THE FIGHTING"): a pronoun, a
        person, a name the article gives, or words with no function word that open with no
        past tense."""
        split = words.split()
        if words.lower() in PRONOUNS or looks_like_person(words, True):
            return True
        if len(split) == 1:
            return is_single_name(words, True) or words in self.people.full_names
        return not (split[0].endswith("ED") or any(w.lower() in _NO_NAME_WORDS for w in split))

    def _subject_ends_clause(self, last: _Segment, verb_start: int) -> bool:
        """Whether the piece before the verb is its whole subject: a description not set off
        by a comma ("..., the Christie supporter retorted") is the speaker itself, while one
        between commas ("Chris Christie, the governor, said") describes the name before it."""
        gap = self.text[last.start + len(last.text):verb_start]
        # (nor one whose relative clause runs to the verb: "Nate Silver, the polling guru
        # who founded fivethirtyeight.com tweeted")
        return ("," not in gap and not re.search(r"\bwho\b", gap)
                and not looks_like_person(last.text, self.upper)
                and bool(re.match(r"(?:the|a|an)\s", last.text, re.IGNORECASE)))

    def _subject(
        self, pieces: list[_Segment], verb_start: int, channel: str | None, inverted: bool = False
    ) -> Attribution | None:
        if (not inverted and len(pieces) > 2 and _WHO.fullmatch(pieces[-2].text)
                and _LEADING_PREPOSITION.match(pieces[-1].text)):
            pieces = pieces[:-1]  # "Bret Stephens, who, after trading insults ..., said"
        if not inverted and len(pieces) > 1 and _WHO.fullmatch(pieces[-1].text):
            lead = _LEADING_PREPOSITION.match(pieces[-2].text)
            named = pieces[-2].text[lead.end():].lstrip() if lead else pieces[-2].text
            split = None if looks_like_person(named, self.upper) else trailing_name(named)
            if split is not None:  # "like top Obama aide David Plouffe, who called": the name
                named = split[1]
            last = _LAST_WORD.search(named)
            if (not looks_like_person(named, self.upper) and last is not None
                    and is_single_name(last.group(1), self.upper)
                    and last.group(1) in self.people.full_names):
                named = last.group(1)  # "Contrast that with Trump, who has called": Trump
            if named and (looks_like_person(named, self.upper)
                          or is_single_name(named, self.upper)):
                # "an endorsement from Mike Lee, who declared": "who" is the name before it
                at = pieces[-2].start + len(pieces[-2].text) - len(named)
                pieces = ([_Segment(named, at), pieces[-1]] if looks_like_person(named, self.upper)
                          else [_Segment(named, at)])  # a lone name is read as one below
        if not inverted and len(pieces) > 1 and pieces[-1].text.lower() == "which":
            # "the Associated Press report, which notes": a work or a body before "which"
            work = _WORK_BEFORE_WHICH.search(pieces[-2].text)
            body = _BODY_BEFORE_WHICH.search(pieces[-2].text)
            if work is not None and work.group(1).lower() in _NON_PERSON_HEADS:
                pieces = [_Segment(work.group(), pieces[-2].start + work.start())]
            elif body is not None and not looks_like_person(body.group(1), self.upper):
                # "The attack was claimed by JNIM, which said": the body named before it
                pieces = [_Segment(body.group(1), pieces[-2].start + body.start(1))]
        if not inverted and pieces:
            restrictive = _RESTRICTIVE_WHO.fullmatch(pieces[-1].text)
            if restrictive:
                # "A White House official who spoke anonymously said": the noun before "who"
                pieces = [*pieces[:-1], _Segment(restrictive.group(1), pieces[-1].start)]
            last = pieces[-1]
            subordinate = _SUBORDINATE_SUBJECT.search(_TRAILING_ADVERBIAL.sub("", last.text))
            if (subordinate and subordinate.lastgroup == "described"
                    and self.text[last.start + len(last.text):verb_start].strip()):
                subordinate = None  # "Smith, who served as a senator, said": Smith
            if subordinate and not _RELATIVE.match(last.text):
                # "jabbing her finger at a guard as she angrily said"
                group = subordinate.lastindex or 0
                pieces = [_Segment(subordinate.group(group), last.start + subordinate.start(group))]
        cleaned: list[_Segment] = []
        for previous, piece in zip([None, *pieces], pieces):
            text = piece.text
            if (not inverted and previous is not None and _in_a_place(previous.text)
                    and _REGION.fullmatch(text) and self.text.startswith(
                        ",", piece.start + len(text), verb_start + 1)):
                continue  # "during a town hall in Columbus, Ohio, said": Ohio is a region
            for _ in range(3):  # "and — while the narrator mentions": the narrator
                conj = (_LEADING_CONJUNCTION.match(text) or _LEADING_DASH.match(text)
                        or datelines.SOURCED.match(text))  # "13 JAN 90 (EFE) -- [TEXT] THE ..."
                if conj:
                    text = text[conj.end():]
                    piece = _Segment(text, piece.start + conj.end())
            label = _LABEL.match(text)
            if label and not inverted:  # "WE REPEAT: THE FMLN HAS REPORTED": after the label
                text = text[label.end():]
                piece = _Segment(text, piece.start + label.end())
            opener = _TIME_OPENER.match(text)
            if opener and not inverted:
                text = text[opener.end():]
                piece = _Segment(text, piece.start + opener.end())
            adverb = _SENTENCE_ADVERB.match(text)
            if adverb and (not adverb.group(1).endswith("ly")
                           or not is_given_name(adverb.group(1))):  # "Recently she", not "Kelly"
                text = text[adverb.end():]
                piece = _Segment(text, piece.start + adverb.end())
            if not text or text.lower() in DISCOURSE:
                continue
            if (_LEADING_PREPOSITION.match(text) or _ASKED_CLAUSE.match(text)) and not inverted:
                # "At the town hall this week she said": no comma before the subject
                subject = ((_PRONOUN_AT_END_UPPER if self.upper else _PRONOUN_AT_END).search(text)
                           or self._subordinate_subject(piece, text, verb_start))
                if subject is None:
                    continue
                text, piece = subject.group(1), _Segment(subject.group(1),
                                                         piece.start + subject.start(1))
            if (_AGE_OR_STATE.match(text) or _NUMBER_ONLY.fullmatch(text)) and not inverted:
                continue  # "Brianne Stone, 29, of Huntsville, Ala., says"; "10,000"
            if _PARTICIPLE_ASIDE.match(text) and not inverted and cleaned:
                continue  # "Others, reacting to the video's release, shouted"
            if _SENTENCE_END.search(text):
                text = _SENTENCE_END.sub("", text)
                piece = _Segment(text, piece.start)
            home = name_before_home(text, self.upper)
            if home is not None:
                text = home  # "Rep. Lee Zeldin of New York": the name is before "of"
                piece = _Segment(text, piece.start)
            party = _PARTY_STATE.search(text)
            if party:  # "Harry M. Reid (D-Nev.)": the party and state are no part of the name
                text = text[:party.start()]
                piece = _Segment(text, piece.start)
            if not inverted:
                text = _TRAILING_ADVERBIAL.sub("", text)
                if self.upper:  # "MEXICO BITTERLY": wire copy's adverbs are in capitals too
                    text = _UPPER_LY_ADVERB.sub("", text)
                if not text:
                    continue
                piece = _Segment(text, piece.start)
            cleaned.append(piece)
        if not cleaned:
            return None
        if not inverted and len(cleaned) > 1 and _restates(cleaned[-2].text, cleaned[-1].text):
            cleaned.pop()  # "A doctor at the Saudi hospital, the last functioning hospital
            # in the city, said": the hospital told again, the doctor speaks
        object_relative = (_OBJECT_RELATIVE.match(cleaned[-1].text)
                           or _WHAT_PRONOUN.search(cleaned[-1].text))
        if (object_relative and self.upper
                and not self._capitals_name(object_relative.group(1))):
            object_relative = None  # "WHO SPECIALIZES IN POLITICAL VIOLENCE", "WHO SPOKE"
        if object_relative and not inverted:  # "whom he described as": he
            cleaned = [_Segment(object_relative.group(1),
                                cleaned[-1].start + object_relative.start(1))]
        described: str | None = None
        # "In Hudson, New Hampshire, the supporter retorted": the description is the subject
        whole = not inverted and self._subject_ends_clause(pieces[-1], verb_start)
        if not inverted and not whole:
            # "Swanson, who is a pastor in Elizabeth, Colorado, slammed": a relative clause
            # after a name runs on to the verb, place names and all (but "..., she replied"
            # has its own subject)
            relative = next((i for i in range(1, len(cleaned))
                             if _RELATIVE.match(cleaned[i].text)), None)
            # (not when the relative clause reports words of its own: "LEADER MARIO
            # SOLORZANO, WHO SAID THAT ..., MORALES SAID": Morales speaks)
            if (relative is not None and cleaned[-1].text.lower() not in PRONOUNS
                    and not self._possessive_subject(cleaned[-1], verb_start)
                    and not self.verbs.search(cleaned[relative].text)
                    and (looks_like_person(cleaned[relative - 1].text, self.upper)
                         or is_single_name(cleaned[relative - 1].text, self.upper))):
                cleaned = cleaned[:relative + 1]
            # "Paris, who used to work on Capitol Hill, said": a relative clause or a
            # description after a name describes the speaker; the name is before it
            while len(cleaned) > 1 and not self._possessive_subject(cleaned[-1], verb_start) and (
                    _RELATIVE.match(cleaned[-1].text) or self._describes(cleaned[-2], cleaned[-1])):
                popped = cleaned.pop().text
                described = None if _RELATIVE.match(popped) else popped
            restrictive = _RESTRICTIVE_WHO.fullmatch(cleaned[-1].text)
            if restrictive and len(cleaned) < len(pieces):
                # "A soldier who survived the attack, who spoke on condition of anonymity,
                # said": with the clause set off gone, the noun before "who" is the subject
                cleaned[-1] = _Segment(restrictive.group(1), cleaned[-1].start)
        # three pieces, or more when a long role runs on in lower case ("Anne Richards,
        # assistant secretary of state for population, refugees, and migration, said")
        window = cleaned[:3] if inverted else cleaned[-5:]
        if whole:
            window = window[-1:]
        # "Name, role, said" / "said Name, role": the person-like piece with the role after it;
        # but a pronoun right before the verb is its subject ("South Carolina, he said, was"),
        # and so is a possessive with no comma after it ("..., who was shot while filming the
        # clashes, his family said")
        pronoun = not inverted and (window[-1].text.lower() in PRONOUNS
                                    or self._possessive_subject(window[-1], verb_start))
        set_off = self._upper_name_and_role(window, inverted)
        if set_off is not None:
            name, role = set_off
            return Attribution(name.text, name.start, name.start + len(name.text), verb_start,
                               role=role, channel=channel, written=name.text, is_person=True,
                               descriptors=(role, name.text))
        for i in (range(len(window)) if inverted else
                  range(len(window) - 1, -1, -1) if not pronoun else ()):
            if (not inverted and i < len(window) - 3
                    and not all(p.text[:1].islower() for p in window[i + 1:])):
                break
            if not inverted and any(_RELATIVE.match(p.text) and self.verbs.search(p.text)
                                    for p in window[i + 1:]):
                break  # "LEADER MARIO SOLORZANO, WHO SAID THAT ..., MORALES SAID"
            if not inverted and i == len(window) - 2 and _bare_plural(window[-1].text):
                break  # "Sudan's RSF shells El Obeid, killing 17, doctors say": the plural
                # right before the verb is its subject, no role of one person
            owned = _after_possessive(window[i].text)  # "The Huffington Post's Scott Conroy"
            if (looks_like_person(window[i].text, self.upper)
                    # (a titled surname only before the verb or a description: not "with
                    # President Obama, Sanders said")
                    or _titled_surname(window[i].text, self.upper)
                    and (i == len(window) - 1 or window[i + 1].text[:1].islower())) or (
                    owned != window[i].text and looks_like_person(owned, self.upper)):
                name = _after_possessive(strip_titles(window[i].text))
                start = window[i].start + window[i].text.index(name)
                # the name and its titles, not a dateline or a clause before them ("QUITO,
                # 30 APR 90 (AFP) -- [TEXT] ECUADORAN ... SECRETARY PEDRO SAAD")
                lead = _BEFORE_TITLES.match(window[i].text, 0, start - window[i].start)
                if lead:
                    window[i] = _Segment(window[i].text[lead.end():], window[i].start + lead.end())
                role = window[i + 1].text if i + 1 < len(window) else None
                if role and (_WHO.fullmatch(role) or _RELATIVE.match(role)):
                    role = None  # "Mike Lee, who declared", "Stuart Stevens, who took direct
                    # aim": a clause of what they did, no role
                if role and self.verbs.match(role):
                    # "A commander, Abdel Dagalo, said in a video posted online:": the piece
                    # after the name is its own reporting verb's, no role
                    role = None
                if role and _PARTICIPLE_CLAUSE.match(role):
                    role = None  # "said Mahmoud Abu Jarad, standing outside Nasser Hospital":
                    # what he was doing, no role ("a visiting scholar" still is one)
                if role and re.fullmatch(r"\d{1,3}", role):
                    # "Umm Ahmed, 45, a mother of four": an age is no role, a description
                    # after it is (not where she is from: "Misha Shah, 32, of Chicago")
                    role = (window[i + 2].text if i + 2 < len(window)
                            and self._a_description(window[i + 2].text) else None)
                if role and looks_like_person(role, self.upper):
                    role = None
                title = _title_run(window[i].text[:window[i].text.index(name)])
                if role is None and title and any(w.islower() for w in words_of(title)):
                    role = title  # "SDF commander Adnan Efrin"
                if role is None and i == len(window) - 1 and not inverted:
                    role = described
                if (role is None and i > 0 and not inverted
                        and self._a_description(window[i - 1].text)
                        and not _WHEN_OR_HOW.match(window[i - 1].text)
                        and not _PREPOSITION_BEFORE.search(
                            self.text, max(0, window[i - 1].start - 12), window[i - 1].start)
                        and self._only_a_comma_between(window[i - 1], window[i])):
                    # "A spokesman for the army, Nabil Abdullah, said" (not "The day after the
                    # primary, Doug Ducey said", "As a part of his plea, Lazar said")
                    role = window[i - 1].text
                if (inverted and i > 0 and (role is None or _RELATIVE.match(role))
                        and self._a_description(window[i - 1].text)):
                    # "said his best friend at Lehigh, Bruce Turry, who remembered": the
                    # description the verb names first
                    role = window[i - 1].text
                if (role is None and title and not self.upper
                        and _WRITTEN_OUT_TITLE.search(title)):
                    role = title  # "Interior Minister Ihor Klymenko", a description failing
                return Attribution(
                    name, start, start + len(name), verb_start, role=role, channel=channel,
                    written=window[i].text, is_person=True,
                    descriptors=tuple(d for d in (role, window[i].text) if d),
                )
        piece = window[0] if inverted else window[-1]
        if not inverted and len(words_of(piece.text)) > 10:
            # "A legal opinion drafted for the project for Mercury in May 2012, and obtained
            # by AP, concluded": too long to stand as written, so its head alone
            head = _HEAD_BEFORE_PARTICIPLE.match(piece.text)
            if head:
                piece = _Segment(head.group(1), piece.start)
        lead = piece.text.split(" ", 1)
        if (not inverted and lead[0].lower() in PRONOUNS and len(lead) > 1
                and not any(w[:1].isupper() for w in lead[1].split())):
            # "he looked into my camera, furrowed his brow and said": the pronoun is the subject
            piece = _Segment(lead[0], piece.start)
        last = piece.text.rsplit(" ", 1)
        if not inverted and self.upper and len(last) > 1 and last[1] in ("HE", "SHE"):
            # "AS AN EXAMPLE HE MENTIONED", "CRISTIANI WHEN HE PROMISED": in capitals the
            # pronoun right before the verb is its subject
            piece = _Segment(last[1], piece.start + len(last[0]) + 1)
        if (len(words_of(piece.text)) > 10 or _NOT_A_SUBJECT.search(piece.text)
                or piece.text.strip().lower() in _QUANTIFIERS  # "Another advised"
                or self.verbs.search(piece.text) or not is_noun_phrase(piece.text)):
            return None
        if ((is_single_name(piece.text, self.upper) and self._a_name_here(piece, verb_start)
             or _titled_surname(piece.text, self.upper))  # "Mr. Kaplan said"
                and piece.text.lower() not in NEWS_AGENCIES):  # (an agency is a body)
            if (inverted and described is None and len(window) > 1
                    and self._a_description(window[1].text)):
                described = window[1].text  # "said Fatima, a mother of four"
            return Attribution(piece.text, piece.start, piece.start + len(piece.text),
                               verb_start, role=described, channel=channel, written=piece.text,
                               is_person=True,
                               descriptors=tuple(d for d in (described, piece.text) if d))
        if re.search(r"['\u2019]s?$", piece.text):
            return None  # a possessive ("the movement's reported collapse") is no speaker
        split = trailing_name(piece.text)
        if split is not None:
            role, name = split
            start = piece.start + piece.text.rindex(name)
            # after a body's word the name is the body's ("The al-Qaeda-linked group JNIM"),
            # never "he" or "she"
            body = words_of(role)[-1].lower() in ORG_WORDS
            return Attribution(name, start, start + len(name), verb_start, role=role,
                               channel=channel, written=piece.text, is_person=not body,
                               descriptors=(role, piece.text))
        return Attribution(piece.text, piece.start, piece.start + len(piece.text), verb_start,
                           channel=channel, written=piece.text)

    def _possessive_subject(self, piece: _Segment, verb_start: int) -> bool:
        """Whether `piece` is a possessive description right before the verb, with no comma
        between: its subject, not an aside about the name before it ("Mustafa Baraka, who was
        shot while filming, his family said")."""
        return (_POSSESSIVE_SUBJECT.match(piece.text) is not None
                and not self.text[piece.start + len(piece.text):verb_start].strip())

    def _subject_with_aside(self, pieces: list[_Segment]) -> bool:
        """Whether the words before a verb are its subject and asides set off by commas
        ("Smith, a Democrat,", "The lawmaker, who represents a district in Albay,", "Judge
        David McKeague, writing for the majority,"), not a clause the verb reports after the
        fact ("The bill is dead, said ...")."""
        named = len(pieces) > 1 and (looks_like_person(pieces[0].text, self.upper)
                                     or is_single_name(pieces[0].text, self.upper))
        return len(pieces) > 1 and all(self._describes(pieces[0], piece) or (
            _AGE_OR_STATE.match(piece.text) and not self.upper) or (
            named and _PARTICIPLE_ASIDE.match(piece.text)) for piece in pieces[1:])

    def _upper_name_and_role(self, window: list[_Segment], inverted: bool
                             ) -> tuple[_Segment, str] | None:
        """In capitals, a full name set off by a comma from its role, the role before the
        verb ("A RESIDENT, MUSA KAWAYE, SAID") or after it ("SAID GOMEZ MARTINEZ, MAYOR OF
        MEDELLIN"): a person, though no given name shows it. The name and the role."""
        if not self.upper or len(window) < 2:
            return None
        name, role = (window[0], window[1]) if inverted else (window[-1], window[-2])
        words = words_of(name.text)
        if (_is_role(role.text, True) and _bare_upper_name(name.text) and len(words) > 1
                and not _NOT_IN_A_NAME.intersection(w.lower() for w in words)
                and self._only_a_comma_between(*((name, role) if inverted else (role, name)))):
            return name, role.text
        return None

    def _describes(self, name: _Segment, description: _Segment) -> bool:
        """Whether `description`, the piece after `name` in a subject, describes the person
        `name` names ("Paris, a former aide,", "OCHOA, A FORMER DEPUTY,"), or the one a
        description names when set off by commas on both sides ("The mayor, a Democrat,
        said"), so the speaker is the name or description before it."""
        role = _is_role(description.text, self.upper)
        if not (role or _DESCRIPTION.match(description.text)):
            return False
        if looks_like_person(name.text, self.upper) or is_single_name(name.text, self.upper):
            return True
        # a description or a body's name set off by commas on both sides: "The mayor, a
        # Democrat, said", "The White Helmets, a civil defence group, said", "Medics at the
        # city's Saudi Hospital, the last functioning hospital in El Fasher, said"
        if (not self.upper and (_DESCRIBED_HEAD.fullmatch(name.text)
                                or _PROPER_NAME.fullmatch(name.text)
                                or _BARE_PLURAL.fullmatch(name.text))
                and self.text.startswith(",", description.start + len(description.text))):
            return True
        return (self.upper and role and _bare_upper_name(name.text)
                and self._only_a_comma_between(name, description))

    def _only_a_comma_between(self, first: _Segment, second: _Segment) -> bool:
        """Whether two pieces of a subject are set off by a comma alone, as a name and its
        role are ("OCHOA, A FORMER DEPUTY,"), not by a dateline ("SAN SALVADOR, 9 OCT 89
        (AFP) -- [TEXT] A MILITARY SPOKESMAN")."""
        return self.text[first.start + len(first.text):second.start].strip() == ","

    def _resolve(self, found: Attribution) -> Attribution | None:
        """Pronouns to the nearest earlier speaker they agree with ("he"/"she": a person of
        that gender or of unknown gender; "they"/"it"/"we": a body or group, else anyone); a
        lone surname to the full name given before."""
        key = _OBJECT_PRONOUNS.get(found.speaker.lower(), found.speaker.lower())
        if key in _FIRST_PERSON:
            return None  # the writer or an unnamed interviewee: nobody the article names
        possessive = _POSSESSIVE_SUBJECT.match(found.speaker)
        if possessive:
            if found.speaker.split()[-1].lower() not in _SPEAKS_FOR:
                # "his longtime personal physician said": another person speaks, not the one
                # the pronoun stands for; the words as written
                return found
            # "His office said": the office speaks for the person
            key = {"his": "he", "her": "she", "their": "they", "its": "it"}[
                possessive.group(1).lower()]
        if key in PRONOUNS:
            # "he told Hannity": whoever he is, he is not the one he told
            listener = _LISTENER.match(self.text, found.verb_start)
            earlier = self._antecedent(key, found.start,
                                       listener.group(1) if listener else None,
                                       _GOES_ON.match(self.text, found.verb_start) is not None)
            if earlier is None:
                # nobody it can refer to: better no speaker than a bare "he", but "his
                # spokeswoman" as written is someone
                return found if possessive else None
            return replace(earlier, start=found.start, end=found.end, verb_start=found.verb_start,
                           channel=found.channel, written=found.speaker)
        if len(words_of(found.speaker)) == 1:
            # "Woods said she ...": Dorothy Woods, not her husband Ty Woods named after her
            stop = self.text.find(".", found.verb_start)
            hint = from_pronoun_after(self.text[found.verb_start:stop if stop >= 0 else None])
            earlier = self.by_surname.get(found.speaker)
            nearest = self.people.full_name_before(found.speaker, found.start, hint)
            first = None if hint else self.people.first_of_namesakes(found.speaker, found.start)
            if (earlier is not None and first is not None
                    and len(words_of(earlier.written or earlier.speaker)) > 1
                    and not names_match(earlier.speaker, first.name)):
                # "Lolita Grayson said" whenever she spoke: a bare "Grayson" is the first
                # named, Alan Grayson, whom the article calls by his surname alone
                earlier = None
            if (earlier is not None and nearest is not None and found.is_person
                    and nearest.gender in (None, hint or nearest.gender)
                    and not names_match(earlier.speaker, nearest.name)
                    and self.segments.paragraph_at(nearest.start)
                    == self.segments.paragraph_at(found.start)):
                # "Bill Clinton spoke with voters ... Clinton said": the one just named, not
                # Hillary Clinton who spoke before
                return replace(found, speaker=nearest.name, gender=nearest.gender)
            if earlier is not None and (hint is None or earlier.gender in (None, hint)):
                return replace(earlier, start=found.start, end=found.end,
                               verb_start=found.verb_start, channel=found.channel,
                               written=found.speaker, role=found.role or earlier.role)
            # "Clinton said" after Hillary and then Bill Clinton: the first named, when no
            # pronoun tells them apart and neither has spoken under the surname alone
            named = first or nearest
            if named is not None and found.is_person:  # "Carlos Mendez ... Mendez said"
                return replace(found, speaker=named.name, gender=named.gender)
        return found

    def _antecedent(self, pronoun: str, pos: int, listener: str | None = None,
                    goes_on: bool = False) -> Attribution | None:
        """"they"/"it"/"we": the nearest body or group that spoke, else the last speaker;
        "he"/"she": the nearest agreeing person among the speakers and the people who open a
        sentence, else among all people named in the last few paragraphs. One who "added"
        or "continued" goes on speaking: the last speaker, when they agree, whoever was
        named since (a photo's caption, "Sanford police officer Timothy Smith holds up the
        gun")."""
        # a colon's speaker is read after the scan: only what was said before counts
        k = bisect_left(self.verb_starts, pos)
        recent = self.found[max(0, k - _ANTECEDENT_REACH):k]
        if pronoun == "it":
            return self._body_for_it(recent, pos)
        if PRONOUNS[pronoun] != "person":
            # a body or a group, not one person described by a possessive ("His wife")
            return next((a for a in reversed(recent) if not a.is_person
                         and not re.match(r"(?i)(?:his|her)\s", a.written or "")),
                        recent[-1] if recent else None)

        # "he called Rubio “Little Marco”": a pronoun is nobody named later in its own clause
        sentence = self.segments.sentences[self.segments.sentence_at(pos)]
        stop = _CLAUSE_STOP.search(self.text, pos, sentence.end)
        clause_end = stop.start() if stop else sentence.end
        named_after = {words_of(m.name)[-1] for m in self.people.between(pos + 1, clause_end)}

        def fits(name: str, gender: Gender | None) -> bool:
            if listener is not None and names_match(name, listener):
                return False
            surname = words_of(name)[-1]
            if surname in named_after:
                return False
            return agrees(pronoun, gender or self.genders.get(surname)
                          or self.people.surname_genders.get(surname))

        def described_fit(a: Attribution) -> bool:
            return _is_description(a) and fits(a.speaker, a.gender or from_description(
                a.written or ""))

        # a named person who agrees; a description ("the senator") only when its words give
        # an agreeing gender, or when no named person agrees
        speaker = next((a for a in reversed(recent)
                        if (a.is_person and not _is_description(a) and fits(a.speaker, a.gender))
                        or (described_fit(a) and from_description(a.written or a.speaker))),
                       None) or next((a for a in reversed(recent) if described_fit(a)), None)
        if (recent and described_fit(recent[-1]) and self._speaks_on(recent[-1], pos)
                and _INDEFINITE_ARTICLE.match(recent[-1].written or recent[-1].speaker)):
            # '“...,” said a local elder ... He said at least 12 civilians': the one who just
            # spoke goes on, though only described; an indefinite description introduces
            # someone new ("The retired neurosurgeon" is most often the one named before)
            speaker = recent[-1]
        if (goes_on and recent and recent[-1].is_person and not _is_description(recent[-1])
                and fits(recent[-1].speaker, recent[-1].gender)):
            return recent[-1]  # the one who spoke last, if it can be them
        if recent:
            # "X asked Sanders whether ...", then "“Sure it is,” he said": the one asked
            # answers, unless the words are another question
            asked = self.asked(recent[-1])
            before = self.text[max(0, pos - 8):pos].rstrip(" ,\"'\u201d\u2019")
            if asked is not None and fits(asked.speaker, asked.gender) and not before.endswith("?"):
                return asked
        floor = speaker.start if speaker is not None else pos - _MENTION_REACH
        k = bisect_left(self.people.starts, pos) - 1
        nearest_any = None
        while k >= 0 and self.people.mentions[k].start > floor:
            mention = self.people.mentions[k]
            if fits(mention.name, mention.gender):
                if mention.opens_sentence:
                    nearest_any = mention
                    break
                if speaker is None:  # a person named in passing, only when nobody spoke
                    nearest_any = nearest_any or mention
            k -= 1
        nearest_any = self._only_person_before(pos, speaker, fits) or nearest_any
        if nearest_any is None:
            return speaker
        known = self.by_surname.get(words_of(nearest_any.name)[-1])
        if known is not None and fits(known.speaker, known.gender) and (
                names_overlap(known.speaker, nearest_any.name)):
            return known
        found = Attribution(nearest_any.name, nearest_any.start,
                            nearest_any.start + len(nearest_any.name), nearest_any.start,
                            written=nearest_any.name, is_person=True, gender=nearest_any.gender)
        if len(words_of(nearest_any.name)) == 1:  # "Sanders was on CNN": Bernie Sanders
            full = self.people.full_name_before(nearest_any.name, nearest_any.start)
            # not "Bill Clinton" for "Clinton herself"
            if full is not None and fits(full.name, full.gender) and (
                    None in (full.gender, nearest_any.gender)
                    or full.gender == nearest_any.gender):
                return replace(found, speaker=full.name)
        return found

    def _body_for_it(self, recent: list[Attribution], pos: int) -> Attribution | None:
        """"it said" is a body or a writing, never a person named or described: the nearer of
        the last one that spoke and the last one opening one of the three sentences before
        ("The army did not confirm the toll. In a statement ..., it said")."""
        spoke = next((a for a in reversed(recent) if not a.is_person
                      and not _is_description(a)
                      and not re.match(r"(?i)(?:his|her)\s", a.written or "")), None)
        s = self.segments.sentence_at(pos)
        for previous in reversed(self.segments.sentences[max(0, s - 3):s]):
            if spoke is not None and spoke.start >= previous.start:
                break
            opening = _BODY_OPENING.match(self.text, previous.start, previous.end)
            if opening is not None:
                return Attribution(opening.group(1), opening.start(1), opening.end(1),
                                   opening.start(1), written=opening.group(1))
        return spoke

    def _sentence_before(self, pos: int) -> Span | None:
        """The sentence before the one a pronoun at `pos` opens, in the same paragraph; None
        when the pronoun opens no sentence or its sentence opens the paragraph."""
        s = self.segments.sentence_at(pos)
        sentence = self.segments.sentences[s]
        if s == 0 or len(self.text[sentence.start:pos].split()) > 1:
            return None
        previous = self.segments.sentences[s - 1]
        if self.segments.paragraph_at(previous.start) != self.segments.paragraph_at(pos):
            return None
        return previous

    def _speaks_on(self, last: Attribution, pos: int) -> bool:
        """Whether a pronoun at `pos` opens the sentence right after the one in which `last`
        spoke (or tags the quote that opens it: '“They came at night,” he said'), in the same
        paragraph, with nobody named in between."""
        sentence = self.segments.sentences[self.segments.sentence_at(pos)]
        tags = _WHOLE_QUOTE.fullmatch(self.text, sentence.start, pos) is not None
        previous = self._sentence_before(sentence.start if tags else pos)
        return (previous is not None and previous.start <= last.verb_start < previous.end
                and not self.people.between(last.end, pos))

    def _only_person_before(self, pos: int, speaker: Attribution | None,
                            fits: Callable[[str, Gender | None], bool]) -> Mention | None:
        """The one agreeing person the sentence before names, in any position, when a
        pronoun opens the next sentence and nobody agreeing has spoken since: "... listening
        to FBI Director James Comey's statement. He called it" is Comey, not the expert
        quoted a paragraph before. A pronoun opening a clause after a dash looks back in its
        own sentence the same way."""
        sentence = self.segments.sentences[self.segments.sentence_at(pos)]
        if _CLAUSE_AFTER_DASH.search(self.text, sentence.start, pos):
            # "she drew Trump's ire - he called her": the clause before the dash names him
            if speaker is not None and speaker.start >= sentence.start:
                return None
            window = Span(sentence.start, pos)
        else:
            before = self._sentence_before(pos)
            if (before is None or speaker is not None and speaker.start >= before.start
                    or _PRONOUN_SUBJECT.match(self.text, before.start)):
                return None  # "He married ... a Trump supporter. He wrote": one "he" goes on
            window = before
        named = [m for m in self.people.between(window.start, window.end)
                 if fits(m.name, m.gender)]
        if named and all(names_overlap(m.name, named[0].name) for m in named):
            return named[0]
        return None


def mine_quotes(
    text: str, segments: Segments
) -> tuple[list[MinedQuote], list[Attribution], list[tuple[int, int]]]:
    """All quotes worth reporting with their speakers, every attribution clause found, and the
    spans of every quoted passage (scare quotes and titles included)."""
    raw: list[tuple[int, int, bool, int]] = []  # open, end, closed, paragraph index
    straight_singles = uses_straight_singles(text)
    for p, para in enumerate(segments.paragraphs):
        doubles = quote_spans(text, para)
        raw.extend((a, b, closed, p) for a, b, closed in doubles)
        singles = (straight_single_spans(text, para) if straight_singles
                   else single_quote_spans(text, para, [(a, b) for a, b, _ in doubles])
                   + spoken_straight_singles(text, para))
        raw.extend((a, b, closed, p) for a, b, closed in singles)
    raw.sort()
    speakers = _Speakers(text, segments, [(a, b) for a, b, _, _ in raw])
    attributions = speakers.scan()

    quotes: list[MinedQuote] = []
    unclosed: set[int] = set()
    for open_at, end, closed, _paragraph in raw:
        start, stop = inner_span(text, open_at, end, closed)
        if stop <= start:
            continue
        if not closed:
            unclosed.add(start)
        sentence = segments.sentences[segments.sentence_at(open_at)]
        whole_prefix = text[sentence.start:open_at].strip()
        kind = "direct" if not whole_prefix or whole_prefix.endswith(":") else "partial"
        speaker, how = _own_speaker(text, speakers, segments, open_at, end)
        quotes.append(MinedQuote(text[start:stop], start, stop, kind, speaker, how))

    quotes = _carry_back_unclosed(text, segments,
                                  _inherit_speakers(segments, quotes, speakers), unclosed)
    return (_worth_keeping(text, quotes, speakers.upper), attributions,
            [(q.start, q.end) for q in quotes])


def _worth_keeping(text: str, quotes: list[MinedQuote], upper: bool) -> list[MinedQuote]:
    """The quotes worth reporting that are no title, label or nickname. A work's title named
    once is a title wherever the article names it again ('a play called “Sons of Trump”',
    then '“Sons of Trump” is an adaptation of ...'); a slogan on a hat may still be someone's
    words elsewhere."""
    works = {_title_key(q.text) for q in quotes if _is_title(text, q, upper, works_only=True)}
    return [q for q in quotes if _worth_reporting(q) and not _is_label(text, q)
            and not _is_title(text, q, upper) and _title_key(q.text) not in works
            and not _is_nickname(text, q, upper)]


# How a quote's speaker was found, most certain first: named in the quote's own sentence
# (before or after it), taken from another quote or a reporting clause of its paragraph,
# carried over from the previous paragraph, or not found.
SAME_SENTENCE = ("after", "before")
SAME_PARAGRAPH = "paragraph"
CARRIED = "continued"


# a US legislator's party and state after the name: "(R-Tex.)", "(D-N.Y.)", "(Mich.)"
_PARTY_STATE = patterns.compile(r"\s*\((?:[RDI]-\s?)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)?\s*$")
# "in Columbus" closing a piece, and "Ohio" after it: a place and its region
_PLACE_AT_END = patterns.compile(r"\b(?:in|at|from|of|near|outside)\s+[A-Z][\w.'\u2019-]*"
                                 r"(?:\s+[A-Z][\w.'\u2019-]*)*$")
_REGION = patterns.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}")


def _in_a_place(piece: str) -> bool:
    """Whether a piece ends on where something happened ("Speaking at a town hall in Salem"),
    so a capitalised piece after it is the place's region ("New Hampshire"); not a role of a
    place ("the mayor of Bucha", whose name follows it)."""
    place = _PLACE_AT_END.search(piece)
    return place is not None and not any(w.lower() in TITLES
                                         for w in words_of(piece[:place.start()])[-2:])


# an office written out in capitals before a name is a role ("Interior Minister", "Mayor");
# an abbreviated rank or honorific alone is not ("Sen.", "Mr", "Dr")
_WRITTEN_OUT_TITLE = patterns.compile(
    rf"\b(?:{'|'.join(sorted(office.capitalize() for office in OFFICES))})\b")
# a phrase of when or how, no description of a person: "The day after the primary"
_WHEN_OR_HOW = patterns.compile(r"(?i:a|an|the|one)\s+(?:[\w'\u2019-]+\s+)?(?:day|days|week|weeks|"
                                r"month|months|year|years|morning|afternoon|evening|night|"
                                r"weekend|time|times|moment|part)\b")
# the one a source quotes, before the participle of what they said: "Interfax quoted Dmitry
# Peskov as saying", "state media quoted him as telling"
_QUOTED_AS = patterns.compile(
    r"\b(?i:quot(?:ed|es|ing))\s+(?P<whom>[^,;:.\"\u201c\u201d]{1,80}?)\s+(?i:as)\s+$")
# a participle's clause after a name: "standing outside the hospital", "sitting in the rubble"
_PARTICIPLE_CLAUSE = patterns.compile(
    r"[a-z]+ing(?:\s+(?:outside|inside|in|at|on|near|by|beside|next|with|from|to|over|behind|"
    r"among|amid|into|through|up|down|out|back|there|here|alone|for|under|around|along)\b|$)")
# a relative pronoun between a body and its verb: "THE 5TH ARMY BRIGADE, WHICH DENIES"
_WHICH_THEN_VERB = patterns.compile(r",\s+(?i:which|who)\s+(?:[a-z]+ly\s+)?")
_PREPOSITION_BEFORE = patterns.compile(r"\b(?i:as|in|on|at|for|from|with|by|after|before|of)\s+$")
# a piece set off by a comma after a phrase, up to the clause's end
_SET_OFF_PIECE = patterns.compile(r",\s+([^,;:.!?\"\u201c\u201d()]{2,100}?)"
                                  r"\s*(?=[,;:.!?\"\u201c\u201d]|$)")
# a description of a person set off after the name opens with an article ("a nurse"); in
# capitals, or holding a finite verb, it may as well be the next clause
_FINITE_AUX = patterns.compile(r"\b(?:is|are|was|were|has|have|had|will|would|do|does|did)\b",
                               re.IGNORECASE)
_DESCRIPTION_OPENS = patterns.compile(r"(?i:a|an|the|one)\s+[^\W\d_]")
# pieces that describe the person before them: an age, a state's abbreviation
_AGE_OR_STATE = patterns.compile(r"(?:\d{1,3}|[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){2})$")
_NUMBER_ONLY = patterns.compile(r"[\d.,]+")
# the one spoken to: "told Hannity", "asked Sen. Cruz"
_ASKED = patterns.compile(
    r"ask(?:ed|s)\s+((?:(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w'\u2019.-]*)"
    r"(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:whether|if|about|how|why|what|when|"
    r"who|which|where|to)\b")
# a clause that sets the scene, where the one asked does not answer the next quote: "when a
# young man asked Clinton why ..."
_SCENE_SETTER = patterns.compile(r"\b(?:when|while|as|after|before)\s+$", re.IGNORECASE)
_LISTENER = patterns.compile(r"(?:told|tells|asked|asks|assured|reminded)\s+"
                             r"((?:[A-Z][\w'\u2019.-]*)(?:\s+[A-Z][\w'\u2019.-]*){0,3})")
# a quoted fragment closed, then the writer's own words lead to the next one
_EMBEDDED_AFTER_QUOTE = patterns.compile(r"[\"\u201d]\s+[a-z][^\"\u201c\u201d]*$")
# '“an artful smear” regarding her links while Sanders suggests': a clause of its own
_SUBORDINATOR = patterns.compile(
    r"\b(?:while|whereas|when|after|once|because|until|(?:at|after|upon)\s+which)\b")
# a sentence that opens with a subordinate clause that still runs at the quote (no comma
# before it): "While Sullivan proclaims the article a “terrific piece,” Clinton fixates"
_OPENS_SUBORDINATE = patterns.compile(
    rf"\s*(?:{'|'.join(word.capitalize() for word in _SUBORDINATORS)}|Even\s+as)\s")
# the subordinate clause's own verb and the comma that hands it the quote: 'When Omar Haddad
# shouted, “Cruz,” Dana Reyes joked, “Amen, brother!”'
_VERB_THEN_COMMA = patterns.compile(r"[A-Za-z'\u2019-]+,\s*")
_NEW_CLAUSE = patterns.compile(
    r"[\"'\u201d\u2019]?(?:,?\s+for\s+(?:instance|example),)?"
    r"\s+(?:and|but|or|while|whereas)\s"
    # '“... voted with the NRA” and against the Brady law, Clinton said': the words go on
    r"(?!(?:against|for|with|to|in|on|at|from|about|over|by)\s)",
    re.IGNORECASE)
# a reporting verb whose "that" clause the quote opens: 'even as Trump claimed on Tuesday
# that “...,” one of the prosecutors said': the quote is the verb's object, Trump's words. A
# finite verb only: after "Comey cannot say that “” the subject is no speaker
# ("Trump's claim that Obama “founded ISIS,” saying": the noun's owner, as with a verb)
_THAT_COMPLEMENT = patterns.compile(
    rf"(?i:[a-z-]+(?:ed|s)|said|told|wrote|{_WORDS_NOUN})\b"
    r"[^\"\u201c\u201d.;:!?]{0,40}?\b(?i:that)\s+"
    # the that-clause's subject may come first: "that Obama “founded"
    r"(?:[^\"\u201c\u201d.;:!?,]{1,40}?\s)?$")


def _inverted_tag(text: str, found: Attribution) -> bool:
    """Whether `found` is a reporting verb before its speaker ('... leading up to the
    convention, forcing her to fend off both Trump and Sanders, said Brad Bannon, a Democratic
    pollster.'): such a tag reports the whole clause before it however long the writer's words
    run between it and the quote. Not "according to", whose phrase may name only where the
    words were found ("according to statements made to ACAN-EFE by a top military officer")."""
    return found.verb_start < found.start and not text.startswith(
        ("according", "ACCORDING"), found.verb_start)


def _own_speaker(
    text: str, speakers: _Speakers, segments: Segments, open_at: int, end: int
) -> tuple[Attribution | None, str | None]:
    """The speaker named in the quote's own sentence: in a clause right after the quote
    (",” he said", also after a quote of several sentences), else in a clause before it
    ("Bali said the timeline “is over.”")."""
    sentence = segments.sentences[segments.sentence_at(open_at)]
    last = segments.sentences[segments.sentence_at(max(open_at, end - 1))]
    found = speakers.after(end)
    before = speakers.before(open_at)
    clause = speakers.clause_start(sentence, open_at)
    # a pronoun tagging the quote ('ADDED THAT "...," HE SAID') is the same speaker, resolved
    # to a name below
    if (before is not None and before.verb_start >= clause
            and _THAT_COMPLEMENT.match(text, before.verb_start, open_at)
            and not (found is not None and (found.written or "").lower() in PRONOUNS)):
        return before, "before"
    if before is not None and end <= before.start <= last.end:
        # 'called the “Crossroads of America” by its citizens': the agent of a passive
        # reporting verb, named after the words it reports
        return before, "before"
    signed = _SIGN_OFF_NEXT.match(text, end)
    if found is not None and signed is not None and found.verb_start == signed.start(1):
        return found, "after"  # '”\n\n- Clinton.'
    if found is not None and (_NEW_CLAUSE.match(text, end)
                              or _SUBORDINATOR.search(text, end, max(end, found.start))
                              # a clause joined after it: '“rigged” in a tweet Tuesday,
                              # and a few lawmakers have called'
                              or CLAUSE_JOINT.search(text, end, max(end, found.start))
                              # the object of the writer's preposition, its own relative
                              # clause after it: '“DISAPPEARED” BY THE 5TH ARMY BRIGADE,
                              # WHICH DENIES'
                              or _PREPOSITION_BEFORE.search(text, end, max(end, found.start))
                              and _WHICH_THEN_VERB.fullmatch(text, found.end,
                                                             max(found.end, found.verb_start))):
        # '“very encouraged” and Trump calling it', '“glow in the dark,” for instance, and
        # Trump vowed', '“rigged” in a tweet, and a few lawmakers have called': their own
        # clause
        found = None
    if (found is not None and before is not None
            and before.verb_start >= clause
            and _OPENS_SUBORDINATE.match(text, sentence.start, before.verb_start)
            and ("," not in text[sentence.start:open_at]
                 or _VERB_THEN_COMMA.fullmatch(text, before.verb_start, open_at)
                 and speakers.next_open(found.verb_start) < last.end)):
        # 'While Sullivan proclaims the article a “terrific piece,” Clinton fixates on ...':
        # the quote is the subordinate clause's; the main clause after it is no tag
        found = None
    if (found is not None and found.verb_start <= last.end
            and speakers.clause_start(last, found.verb_start) == end
            and len(text[end:found.verb_start].split()) <= (
                40 if _inverted_tag(text, found) else 15)):
        return found, "after"
    nxt = end
    while nxt < len(text) and text[nxt] in " \t":
        nxt += 1
    tail = segments.sentences[segments.sentence_at(nxt)]
    # a quote inside the writer's sentence ('Bush called it “quite dangerous.”') ends with
    # it; only a quote that opens its sentence can be signed in the next one
    opens_sentence = not text[sentence.start:open_at].strip()
    # the next sentence signs it when the quote was cut off by its own "?" or "!", or when
    # that sentence is only a tag; 'Ohio Gov. John Kasich said he would have fired ...'
    # after a quote ending in a period says something of its own
    cut_off = text[max(0, end - 8):end].rstrip(" \t\"'\u201d\u2019")[-1:] in ("?", "!")
    if (found is not None and opens_sentence and tail.start == nxt and tail is not last
            and tail.start <= found.verb_start <= tail.end
            and speakers.clause_start(tail, found.verb_start) == tail.start
            and len(text[end:found.verb_start].split()) <= 15
            and (cut_off or len(text[tail.start:tail.end].split()) <= 12)):
        return found, "after"  # '“How are you today?” Miller said' split after the "?"
    # a quoted fragment inside the writer's sentence belongs to the sentence's reporting verb
    # even after another fragment: 'stating that Clinton's "judgment" was "clearly lacking"'
    floor = (sentence.start if _EMBEDDED_AFTER_QUOTE.search(text, sentence.start, open_at)
             else clause)
    if before is not None and before.verb_start >= floor:
        return before, "before"
    introduced = speakers.colon_speaker(sentence, open_at)
    if introduced is not None:
        return introduced, "before"
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
        if quote.text[:1].islower():
            # '"Trump will build the wall" - at which point the crowd chanted "Build the
            # wall!" - "and restore law and order"': the words go on from an unfinished quote
            earlier = [q for q in earlier if not q.text.rstrip().endswith((".", "!", "?"))
                       ] or earlier
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
            # "X asked Sanders whether ...", then a quote that asks nothing: Sanders answers
            answer = None if _asks(quote.text) else speakers.asked(clause)
            candidates.append((clause.verb_start, answer or clause))
        if candidates:
            out[i] = replace(quote, speaker=max(candidates, key=lambda c: c[0])[1],
                             how="continued")
            continue
        # a paragraph that is only a quote, after one that names nobody: the speaker of the
        # quote opening the next paragraph, which signs the run ("“...”\n\n“...,” X notes");
        # not when that quote asks a question (an interviewer's turn) or when the quote names
        # that speaker (words about someone are not theirs)
        following = [out[j] for j in by_paragraph.get(p + 1, [])]
        signer = following[0] if following else None
        if (signer is not None and signer.speaker is not None and quote.end >= para.end - 1
                and signer.how in SAME_SENTENCE
                and signer.start - segments.paragraphs[p + 1].start <= 1
                and not _asks(signer.text)
                and words_of(signer.speaker.speaker)[-1] not in quote.text):
            out[i] = replace(quote, speaker=signer.speaker, how="continued")
    return out


def _carry_back_unclosed(text: str, segments: Segments, quotes: list[MinedQuote],
                         unclosed: set[int]) -> list[MinedQuote]:
    """A quotation of several paragraphs opens each with a mark and closes only the last: a
    paragraph that opens a quote and never closes it runs on into the next, so with no
    speaker of its own it takes the speaker of the quote opening the next paragraph, read
    back from the end of the run ('He then listed the qualities: / "In the piece I wrote ...
    / "Has the candidate ...? / ... / "Can the liberal media ...?" / “...,” Blackwell
    wrote')."""
    out = list(quotes)
    first: dict[int, int] = {}
    for i, quote in enumerate(out):
        first.setdefault(segments.paragraph_at(quote.start), i)
    for i in range(len(out) - 1, -1, -1):
        quote = out[i]
        if quote.speaker is not None or quote.start not in unclosed:
            continue
        p = segments.paragraph_at(quote.start)
        j = first.get(p + 1)
        if quote.start - segments.paragraphs[p].start > 1 or j is None:
            continue
        following = out[j]
        if (following.speaker is not None
                and following.start - segments.paragraphs[p + 1].start <= 1
                and text[following.start - 1] == text[quote.start - 1]):  # the same marks
            out[i] = replace(quote, speaker=following.speaker, how=CARRIED)
    return out


def _finite_verb_form(word: str) -> bool:
    """A lower-case word that may be a verb in the past or the present third person."""
    return re.fullmatch(r"[a-z]+(?:ed|s)", word) is not None or word in IRREGULAR_PAST


def _asks(quoted: str) -> bool:
    """Whether quoted words are a question: an interviewer's turn, not an answer."""
    return quoted.rstrip(" .\"'\u201d\u2019").endswith("?")


def _after_possessive(name: str) -> str:
    """The person after a place's or a body's possessive: "Ada Fisher" in "North Carolina's
    Ada Fisher" and "Germany's Chancellor Angela Merkel" (from a given name with a surname
    after it, the office before it left out; "Trump's campaign manager" is left)."""
    owner = re.match(r".+?['\u2019]s\s+(?=[A-Z])", name)
    if owner is None:
        return name
    rest = name[owner.end():]
    for given in re.finditer(r"[A-Z][\w.-]*(?=\s+[A-Z])", rest):
        if is_given_name(given.group()):
            return rest[given.start():]
    return name


def _worth_reporting(quote: MinedQuote) -> bool:
    """Quotes, not scare quotes: any quoted words whose speaker the sentence names ("he
    called it “a disaster”"), three words or more with a speaker, or a shorter sentence of
    its own with a speaker from the paragraph ('..., he said. “We’re hopeful.”'; not carried
    from the one before: after a speaker's questions, “Nooooo!” is the crowd's), or five
    words without a speaker. Marks with no word between them ("“'") quote nothing."""
    words = sum(any(c.isalnum() for c in w) for w in quote.text.split())
    if quote.how in SAME_SENTENCE:
        return words >= 1
    if quote.speaker is not None:
        return words >= 3 or (words >= 1 and quote.how == SAME_PARAGRAPH
                              and quote.kind == "direct" and quote.text[:1].isupper()
                              and quote.text.endswith((".", "!", "?")))
    return words >= 5


# words printed on a thing or chanted, named by the thing right after them: "“Make America
# Great Again” hat", "“Lock her up” chants" (no one's words in the sentence that tells them)
_LABELLED_THING = patterns.compile(
    r"[\"\u201d\u2019']\s+(?:campaign\s+)?(?:t-)?(?:chants?|signs?|shirts?|hats?|caps?|banners?|"
    r"placards?|posters?|stickers?|buttons?|pins?|mugs?)\b", re.IGNORECASE)
# works, whose titles stay titles wherever the article names them again
_WORKS = (r"film|movie|documentary|book|novel|memoir|song|album|show|series|program|programme|"
          r"podcast|play|musical|poem|article|column|op-ed|essay|report")
# what someone is in a show, a film or a contest named right before ("“Daily Show” host"),
# the event itself ("his “Miss Universe” pageant") or the work ("the “Star Wars” sequel",
# "the “Today” show")
_ROLE_IN_TITLE = patterns.compile(
    r"[\"\u201d\u2019']\s+(?:co-)?(?:star|stars|host|hosts|creator|author|actor|actress|"
    r"singer|producer|director|writer|anchor|alum|contestant|winner|pageant|contest|festival|"
    rf"tournament|awards?|ceremony|gala|(?:{_WORKS}|sequel|prequel|remake|franchise|trilogy|"
    r"episode|sketch|season)s?)\b")
# the titles that follow a title's cue: the next ones of a list, or a translation ('a play
# called "Los Hijos de Trump," or "Sons of Trump"')
_MORE_TITLES = (r"(?:\s*[\"\u201c][^\"\u201c\u201d]{1,60}[\"\u201d],?(?:\s+(?:and|or))?)*"
                r"\s*[,:]?\s*$")
_TITLE_CUE = patterns.compile(
    rf"\b(?:{_WORKS}|headline|slogan|hashtag|titled|"
    r"entitled|called|named|dubbed|nicknamed|known\s+as|"
    # a song performed, a programme interviewed on: 'proceeded to perform “Bridge Over Troubled
    # Water”', 'in an interview with “Fox News Sunday.”'
    r"perform(?:s|ed|ing)?|sang|sings?|singing|interview\s+with"
    # works listed: 'added Latin hits including “La Gozadera” and “Madre Tierra (Oye)”'
    r"|(?:films|movies|books|novels|songs|hits|tracks|albums|shows|plays|poems)\s+"
    r"(?:including|such\s+as|like))" + _MORE_TITLES,
    re.IGNORECASE,
)
# a work's title named by the work ('a popular play called "Los Hijos de Trump," or "Sons of
# Trump"'), not a slogan's or a hashtag's, which people also say
_WORK_CUE = patterns.compile(
    rf"\b(?:{_WORKS})(?:\s+(?:called|titled|entitled|named))?" + _MORE_TITLES, re.IGNORECASE)
# a network's programme, or a title after a preposition: "Fox News channel's “Sunday Morning
# Futures”", "starred in “Parks and Recreation”", "for “Dateline”", or the programme told
# ('Fiorina told “Fox and Friends,”': the listener, not the words) (read only where capitals
# tell a title, not in an article set in capitals), and the titles listed after it ('starred
# in “Parks and Recreation” and “Guardians of the Galaxy”')
_TITLE_PLACE = patterns.compile(r"(?:['\u2019]s|\b(?:on|in|for|of|told|tells))" + _MORE_TITLES,
                                re.IGNORECASE)


# what a crowd shouts is said, whatever its capitals: "chants of “Marco! Marco!”"
_CHANT_BEFORE = patterns.compile(r"\b(?:chants?|chanting|calls?|cries|cry|shouts?|cheers?|yells?|"
                                 r"screams?|roars?)\s+(?:of|for)\s*$", re.IGNORECASE)


# "STATES" in "THE UNITED STATES" is no reporting verb
_UNITED = patterns.compile(r"\bunited\s+$", re.IGNORECASE)
# the words that end a role's noun: "spokesperson for CRIPDES", "mayor of Cali"
_ROLE_OF = frozenset("of for at in with from to".split())


def _is_role(piece: str, upper: bool) -> bool:
    """A description set off after a person's name: "former deputy and current president of
    the state power company" (lower-case words holding a title); in wire copy set in capitals
    "A FORMER DEPUTY", "MAYOR OF CALI"; not a body ("THE ARMY")."""
    words = [w.lower() for w in words_of(piece)]
    head = next((words[i - 1] for i in range(1, len(words)) if words[i] in _ROLE_OF), None)
    if not words or (head or words[-1]) in ORG_WORDS:
        return False  # its noun, before "of" or "for" or at the end, names a body
    if upper:  # opening with its article or title, never a dateline ("17 NOV 89 -- [TEXT]")
        return (words[0] in ("a", "an") or words[0] in TITLES
                or words[0] == "former" and len(words) > 1 and words[1] in TITLES
                ) and not re.search(r"\d|--|\[", piece)
    return piece[:1].islower() and any(w in TITLES for w in words)


# words of a clause's opening that no name holds: "..., HAS TOLD", "..., LAST WEEK NOTED"
_NOT_IN_A_NAME = TIME_UNITS | frozenset("has have had having last next this also".split())


def _bare_upper_name(piece: str) -> bool:
    """In text set in capitals, one to three words before a role that can only be a name
    ("OCHOA, A FORMER DEPUTY,"): no function, discourse, time, title or organisation word."""
    words = [w.lower() for w in words_of(piece)]
    return 1 <= len(words) <= 3 and all(
        w.replace("-", "").isalpha() and w not in NOT_NAME_START and w not in FUNCTION_WORDS
        and w not in ORG_WORDS and w not in DISCOURSE and w not in TITLES
        and w not in TIME_WORDS and w not in PRONOUNS for w in words)


def _title_key(words: str) -> str:
    """A title as compared between its mentions: case, spacing and closing punctuation
    aside."""
    return " ".join(words.rstrip(".,!?").lower().split())


def _is_nickname(text: str, quote: MinedQuote, upper: bool) -> bool:
    """Whether the quoted word is a nickname set inside a name ('Gov. C.L. "Butch" Otter'),
    part of how the name is written, not anyone's words. (Read only where capitals tell a
    name, not in an article set in capitals.)"""
    if upper:
        return False
    found = NICKNAME.search(text, max(0, quote.start - 40), min(len(text), quote.end + 4))
    return found is not None and found.start(2) < quote.start < found.end(2)


def _is_label(text: str, quote: MinedQuote) -> bool:
    """Words on a thing, named right after them ("“Hillary for Prison” shirts"); a comma or
    full stop inside would close a quoted sentence instead."""
    words = quote.text.rstrip(".,!?").split()
    return (0 < len(words) <= 10 and not quote.text.rstrip().endswith((",", "."))
            and _LABELLED_THING.match(text, quote.end) is not None)


def _is_title(text: str, quote: MinedQuote, upper: bool, works_only: bool = False) -> bool:
    """Titles of films, books, songs and shows in quotation marks are not quotes: capitalised
    words ("Citizen Carly", "Tenemos Familias") after a word that introduces a title or after
    a title's place ('starred in'), or a name followed by what someone is in it ("“Orange is
    the New Black” star"). With `works_only`, only a title its work introduces counts ('a
    play called'), not a slogan's or a place's."""
    words = quote.text.rstrip(".,!?").split()
    if not words or len(words) > 10:
        return False
    if (words[0][:1].isupper() and not quote.text.rstrip().endswith((",", ".", "!", "?"))
            and _ROLE_IN_TITLE.match(text, quote.end)):
        return True  # not '“Big league,” host Jimmy Fallon replied': a tag
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if not content or not all(is_capitalised(w) for w in content):
        return False
    opening = max(0, quote.start - 1)
    while opening > 0 and text[opening] not in "\"\u201c\u201d'\u2018":
        opening -= 1
    window = max(0, opening - 40)
    cue = _WORK_CUE if works_only else _TITLE_CUE
    cued = cue.search(text, max(0, opening - 160), opening) or (
        not works_only and not upper
        and _TITLE_PLACE.search(text, max(0, opening - 160), opening))
    return bool(cued) and not _CHANT_BEFORE.search(text, window, opening)
