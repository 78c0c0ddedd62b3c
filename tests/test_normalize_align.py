"""Normalisation with offset maps, and alignment of needles to article text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from summarizer.text.align import ArticleIndex, align, word_diff
from summarizer.text.normalize import Brackets, fold, fold_char, normalize
from summarizer.text.segment import end_before_space

# ---- normalisation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("\u201cQuoted\u201d and \u2018single\u2019", '"quoted" and \'single\''),
        ("Iraq\u2019s", "iraq's"),
        ("2017\u20132018 \u2014 done", "2017-2018 - done"),
        ("a \t\n\n  b\u00a0c", "a b c"),
        ("STRASSE Stra\u00dfe", "strasse strasse"),
        ("J\u00e1n Kubi\u0161", "jan kubis"),
        ("Ja\u0301n", "jan"),  # decomposed input folds the same as precomposed
        ("\ufb01ght", "fight"),
        ("soft\u00adhyphen", "softhyphen"),
        ("\u041c\u043e\u0441\u043a\u0432\u0430", "\u043c\u043e\u0441\u043a\u0432\u0430"),
        ("\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c3"),  # final sigma folds to sigma
        ("\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f", "\u0645\u062d\u0645\u062f"),  # harakat
    ],
)
def test_fold_examples(raw: str, folded: str) -> None:
    assert normalize(raw).text.strip() == folded


def test_brackets_keep_words_or_drop_insertion() -> None:
    text = "the [security] vacuum"
    assert normalize(text, Brackets.KEEP_WORDS).text == "the security vacuum"
    assert normalize(text, Brackets.DROP_INSERTIONS).text == "the vacuum"


def test_offset_map_points_at_original_characters() -> None:
    text = "J\u00e1n  \u201cKubi\u0161\u201d\n\n[said] \ufb01ne"
    view = normalize(text)
    assert view.text == 'jan "kubis" said fine'
    assert text[slice(*view.to_original(0, 3))] == "J\u00e1n"
    start = view.text.index("kubis")
    assert text[slice(*view.to_original(start, start + 5))] == "Kubi\u0161"
    # the folded single space stands for the whole whitespace run
    gap = view.text.index(" said")
    assert text[slice(*view.to_original(gap, gap + 1))] == "\n\n"
    # a ligature is never split: either of its folded letters maps to the whole ligature
    f = view.text.index("fine")
    assert text[slice(*view.to_original(f + 1, f + 2))] == "\ufb01"


def test_a_character_that_spells_words_folds_to_them_and_maps_back_whole() -> None:
    # U+FDFA is one character standing for four Arabic words; a model writes the words out
    text = "the prophet \ufdfa said"
    words = (
        "\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 "
        "\u0639\u0644\u064a\u0647 \u0648\u0633\u0644\u0645"
    )
    result = ArticleIndex(text).align(words)
    assert result.found
    assert text[result.start:result.end] == "\ufdfa"


# ---- alignment --------------------------------------------------------------------------

ARTICLE = (
    "\u201cIS activities are numerous in this area as it is easy for them to take advantage of "
    "the [security] vacuum that exists between us and Iraqi forces,\u201d Sirwan Barzani, a "
    "Peshmerga commander, was quoted as saying. J\u00e1n Kubi\u0161 described the update as "
    "\u201ca positive indicator.\u201d ISIS remnants hid in the mountains."
)


def test_exact() -> None:
    result = align("Sirwan Barzani", ARTICLE)
    assert result.status == "exact"
    assert ARTICLE[result.start:result.end] == "Sirwan Barzani"
    assert result.score == 1.0


@pytest.mark.parametrize(
    ("needle", "passage"),
    [
        ("jan kubis", "J\u00e1n Kubi\u0161"),
        ('"a positive indicator."', "a positive indicator"),
        ("the security vacuum", "the [security] vacuum"),
        ("advantage of the vacuum that exists", "advantage of the [security] vacuum that exists"),
        ("SIRWAN  BARZANI", "Sirwan Barzani"),
        ("forces.", "forces"),
    ],
)
def test_normalized(needle: str, passage: str) -> None:
    result = align(needle, ARTICLE)
    assert result.status == "normalized"
    assert ARTICLE[result.start:result.end] == passage


def test_fuzzy_reports_score_and_word_diff() -> None:
    needle = "IS activities are numerous in this region as it is easy for them"
    result = align(needle, ARTICLE)
    assert result.status == "fuzzy"
    assert 0.8 < result.score < 1.0
    assert ARTICLE[result.start:result.end].startswith("IS activities are numerous in this area")
    assert "[-area-]" in result.diff and "{+region+}" in result.diff


def test_fuzzy_stretches_over_a_misspelt_last_word() -> None:
    result = align("Sirwan Barzan", ARTICLE)
    assert result.status == "fuzzy"
    assert ARTICLE[result.start:result.end] == "Sirwan Barzani"


def test_not_found_keeps_best_score() -> None:
    result = align("We will crush them within days", ARTICLE)
    assert result.status == "not_found"
    assert result.start is None and result.end is None


def test_whole_words_and_acronyms() -> None:
    index = ArticleIndex("This is ISIS territory, and IS fighters hide there.")
    found = index.align("IS")
    assert (found.status, found.start) == ("exact", 28)  # not inside "This", "is" or "ISIS"
    lower = ArticleIndex("This is the place.")
    assert not lower.align("IS", fuzzy=False).found  # an acronym does not match the verb "is"
    assert lower.align("is", fuzzy=False).start == 5
    assert ArticleIndex("ISIS").align("IS", whole_words=False).status == "exact"


def test_region_restricts_search() -> None:
    text = "five injured. later five killed."
    index = ArticleIndex(text)
    assert index.align("five").start == 0
    assert index.align("five", region=(10, len(text))).start == text.index("five killed")


def test_find_all_returns_every_occurrence() -> None:
    text = "Five fighters. five civilians. FIVE more."
    assert ArticleIndex(text).find_all("five") == [(0, 4), (15, 19), (31, 35)]


def test_word_diff_marks_both_sides() -> None:
    assert word_diff("a b c d", "a x c d e") == "a [-b-] {+x+} c d {+e+}"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("\u6218\u6597\u5728\u6469\u82cf\u5c14\u9644\u8fd1\u7ee7\u7eed", "\u6469\u82cf\u5c14"),
        ("\u092e\u094b\u0938\u0941\u0932 \u0915\u0947 \u092a\u093e\u0938 \u0932\u0921\u093c\u093e\u0908", "\u0915\u0947 \u092a\u093e\u0938"),
        ("\u0642\u0627\u0644 \u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f \u0625\u0646", "\u0645\u062d\u0645\u062f"),
    ],
)
def test_non_latin_scripts(text: str, needle: str) -> None:
    result = align(needle, text)
    assert result.found
    assert fold(text[result.start:result.end]) == fold(needle)


def test_cjk_fuzzy_uses_character_tokens() -> None:
    text = "\u4eca\u5929\u4e0a\u5348\u8054\u519b\u6218\u673a\u8f70\u70b8\u4e86\u6469\u82cf\u5c14\u4ee5\u5357\u7684\u9635\u5730"
    needle = "\u8054\u519b\u98de\u673a\u8f70\u70b8\u4e86\u6469\u82cf\u5c14"  # one character changed
    result = align(needle, text)
    assert result.status == "fuzzy"
    assert text[result.start:result.end].startswith("\u8054\u519b")


# ---- properties -------------------------------------------------------------------------

TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8", categories=("Lu", "Ll", "Lo", "Mn", "Nd", "Zs", "Pd", "Pi", "Pf", "Po")
    )
    | st.sampled_from(" \n\t\u00a0\u201c\u201d\u2019\u2013[]\u00df\ufb01\u0130"),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.data())
def test_any_substring_aligns_exactly_at_or_before_its_offsets(text: str, data) -> None:
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    needle = text[a:b]
    assume(needle.strip())
    result = ArticleIndex(text).align(needle, whole_words=False)
    assert result.status == "exact"
    assert text[result.start:result.end] == needle.strip()
    assert result.start <= a + (len(needle) - len(needle.lstrip()))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(list(Brackets)))
# U+FDFA is one character whose compatibility form is four Arabic words; a combining mark
# after a space is dropped and attached to it
@example("a \ufdfa b", Brackets.KEEP_WORDS)
@example("0 \u0300", Brackets.KEEP_WORDS)
def test_offset_map_round_trips(text: str, brackets: Brackets) -> None:
    view = normalize(text, brackets)
    previous_end = 0
    for i, char in enumerate(view.text):
        s, e = view.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert s >= previous_end or view.to_original(i - 1, i) == (s, e)  # monotonic
        previous_end = e
        # the original characters fold back to (at least) this folded character; a folded
        # space stands for characters that fold to whitespace or to nothing (a dropped mark
        # attached to it), or for a character that spells several words
        if char == " ":
            assert all(not fold_char(c).strip() or " " in fold_char(c) for c in text[s:e])
        else:
            assert char in normalize(text[s:e], brackets).text
    if view.text:
        s, e = view.to_original(0, len(view.text))
        assert normalize(text[s:e], brackets).text.strip() == view.text.strip()


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_folding_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once.lstrip(" ")


WORDS = st.sampled_from(
    [
        "J\u00e1n", "Kubi\u0161", "Z\u00fcrich", "Iraq\u2019s", "\u201cmany\u201d", "Peshmerga",
        "\u041c\u043e\u0441\u043a\u0432\u0430", "\u0391\u03b8\u03ae\u03bd\u03b1",
        "\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f", "Erbil", "Mosul", "fighters",
        "\u2013", "[security]", "killed", "na\u00efve", "S\u00e3o", "Paulo", "\u0130zmir",
        "\u092e\u094b\u0938\u0941\u0932",
    ]
)


def _plain_variant(words: list[str], case: str) -> str:
    """What a model might write for these words: no diacritics, straight quotes, other case."""
    text = " ".join(words).replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return {"upper": text.upper(), "lower": text.lower(), "same": text}[case]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(WORDS, min_size=1, max_size=12, unique=True),
    st.data(),
    st.sampled_from(["upper", "lower", "same"]),
)
def test_style_variants_align_to_the_same_span(words: list[str], data, case: str) -> None:
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    text = "Before: " + " ".join(words) + " :after"
    original = " ".join(words[i:j])
    start = text.index(original)
    needle = _plain_variant(words[i:j], case)
    assume(needle.strip(" '\".,;:-"))
    # short all-capital needles are acronyms and by design do not match lower-case words
    letters = [c for c in needle if c.isalpha()]
    assume(not (case == "upper" and len(letters) <= 6 and original.islower()))
    result = ArticleIndex(text).align(needle)
    assert result.status in ("exact", "normalized")
    assert fold(text[result.start:result.end]) == fold(needle).strip(" '\".,;:")
    assert start <= result.start and result.end <= start + len(original)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
                              "hotel", "india", "juliet", "kilo", "lima", "mike", "november"]),
             min_size=8, max_size=14, unique=True),
    st.data(),
)
def test_one_changed_word_aligns_fuzzy_over_the_passage(words: list[str], data) -> None:
    text = "Intro words here. " + " ".join(words) + ". Closing words there."
    k = data.draw(st.integers(1, len(words) - 2))  # change an inner word
    needle_words = list(words)
    needle_words[k] = "zulu"
    result = ArticleIndex(text).align(" ".join(needle_words))
    assert result.status == "fuzzy"
    assert 0.6 <= result.score < 1.0
    start = text.index(words[0])
    assert result.start == start and result.end == start + len(" ".join(words))
    assert f"[-{words[k]}-]" in result.diff and "{+zulu+}" in result.diff


@given(st.text(alphabet=" \t\n\u00a0\u2003ab:", max_size=40), st.data())
def test_end_before_space_is_where_rstrip_ends(text: str, data) -> None:
    """The sentence readers ask where the text before a position ends without its spaces;
    they must get what `text[:end].rstrip()` gives, without copying that prefix."""
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    assert end_before_space(text, end) == len(text[:end].rstrip())
    assert end_before_space(text, end, start) == max(start, len(text[:end].rstrip()))


def test_initials_end_a_sentence_only_before_a_word_that_opens_one() -> None:
    from summarizer.text.segment import Segments

    text = ("At least 30 people were killed, according to the U.S. The army said nothing. "
            "He met U.S. officials. The U.S. Army Maj. Gen. James Jarrard spoke. He flew to "
            "the U.K. In London he met them.")
    assert [text[s.start:s.end] for s in Segments.of(text).sentences] == [
        "At least 30 people were killed, according to the U.S.", "The army said nothing.",
        "He met U.S. officials.", "The U.S. Army Maj. Gen. James Jarrard spoke.",
        "He flew to the U.K.", "In London he met them."]
