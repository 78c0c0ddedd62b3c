"""A HAND-WRITTEN run for review tests, and checks that it is honest.

The cross-check engine decides which findings a real run gets, and that changes as the engine
improves. Tests that need one particular kind of finding (an altered quote with its diff, a
missed quote, a wrong number, a made-up actor) store this run instead: a deliberately flawed
summary of a real seed article, with findings and grounding written by hand at the article's
real character offsets. The tests below keep those offsets true to the article text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import ARTICLES

from summarizer.articles import load_article
from summarizer.schema import ArticleSummary
from summarizer.store import Store

ARTICLE = ARTICLES / "000_71d320ff81bd3780.txt"
REAL_QUOTE = ("Our partners fought valiantly today as they continue to remove remaining elements "
              "of a savage enemy from their country")
ALTERED_QUOTE = REAL_QUOTE.replace("valiantly", "bravely")
MISSED_QUOTE = "This action proves the enemy cannot hide."

SUMMARY: dict[str, Any] = ArticleSummary.model_validate({
    "summary": "Kurdish Peshmerga and Iraqi troops backed by US airstrikes cleared an ISIS "
               "hideout south of Erbil.",
    "operation": {"name": None, "kind": "clearing_operation",
                  "description": "Peshmerga and Iraqi troops cleared an ISIS hideout.",
                  "locations": ["Erbil", "Atlantis"], "date_text": "early Monday",
                  "conducted_by": ["Peshmerga"], "targeted": ["ISIS"]},
    "actors": [
        {"name": "Peshmerga", "kind": "state_force", "role": "conducting"},
        {"name": "Wagner Group", "kind": "non_state_armed_group", "role": "supporting"},
        {"name": "ISIS", "aliases": ["Islamic State"], "kind": "non_state_armed_group",
         "role": "targeted"},
    ],
    "casualties": [{"group": "Peshmerga fighters", "outcome": "killed", "count_min": 50,
                    "count_text": "at least five", "qualifier": "at_least",
                    "claimed_by": "Local media outlets", "scope": "this_operation"}],
    "quotes": [{"text": ALTERED_QUOTE, "speaker": "James Mattis", "kind": "direct",
                "channel": "said in a statement"}],
}).model_dump(mode="json")


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def findings_and_grounding(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Findings in the order a review shows them, and grounding for the items that are right."""
    quote = _span(text, REAL_QUOTE)
    missed = _span(text, MISSED_QUOTE)
    five = _span(text, "at least five")
    findings = [
        {"code": "QUOTE_ALTERED", "severity": "error", "path": "/quotes/0/text",
         "message": "the quote differs from the article", "start": quote[0], "end": quote[1],
         "detail": {}},
        {"code": "SPEAKER_MISMATCH", "severity": "error", "path": "/quotes/0/speaker",
         "message": "the article attributes this quote to someone else",
         "start": quote[0], "end": quote[1],
         "detail": {"expected": "James Jarrard", "found": "James Mattis"}},
        {"code": "NUMBER_NOT_FOUND", "severity": "error", "path": "/casualties/0/count_min",
         "message": "50 does not match the count phrase 'at least five'",
         "start": five[0], "end": five[1], "detail": {}},
        {"code": "ACTOR_NOT_FOUND", "severity": "error", "path": "/actors/1/name",
         "message": "'Wagner Group' does not occur in the article", "start": None,
         "end": None, "detail": {}},
        {"code": "LOCATION_NOT_FOUND", "severity": "warning", "path": "/operation/locations/1",
         "message": "'Atlantis' does not occur in the article", "start": None, "end": None,
         "detail": {}},
        {"code": "MISSED_QUOTE", "severity": "info", "path": "/quotes",
         "message": "a quotation in the article is not in the extraction",
         "start": missed[0], "end": missed[1], "detail": {"passage": MISSED_QUOTE}},
    ]
    grounding = []
    for path, needle in (("/operation/locations/0", "Erbil"), ("/actors/0/name", "Peshmerga"),
                         ("/actors/2/name", "ISIS"), ("/casualties/0/count_text", "at least five"),
                         ("/casualties/0/group", "Peshmerga fighters")):
        start, end = _span(text, needle)
        grounding.append({"path": path, "value": needle, "status": "exact", "start": start,
                          "end": end, "score": 1.0})
    grounding.append({"path": "/quotes/0/text", "value": ALTERED_QUOTE, "status": "fuzzy",
                      "start": quote[0], "end": quote[1], "score": 0.97})
    grounding.append({"path": "/quotes/0/speaker", "value": "James Mattis",
                      "status": "not_found", "start": None, "end": None, "score": None})
    return findings, grounding


def store_handmade_run(db: Path) -> int:
    """Store the hand-written run in `db`; returns its run id."""
    article = load_article(ARTICLE)
    findings, grounding = findings_and_grounding(article.text)
    provenance = {"cache_key": "handmade", "status": "ok", "backend": "handmade",
                  "model": "none (hand-written test data)", "started_at": "2024-01-01T00:00:00Z",
                  "finished_at": "2024-01-01T00:00:01Z", "error": None,
                  "source_path": article.path, "source_sha256": article.source_sha256}
    store = Store(db)
    try:
        return store.save_run(article, provenance, SUMMARY, findings, grounding)
    finally:
        store.close()


def test_handmade_offsets_point_at_the_article_text() -> None:
    text = load_article(ARTICLE).text
    findings, grounding = findings_and_grounding(text)
    assert text[findings[0]["start"]:findings[0]["end"]] == REAL_QUOTE
    assert text[findings[5]["start"]:findings[5]["end"]] == MISSED_QUOTE
    for g in grounding:
        if g["status"] == "exact":
            assert text[g["start"]:g["end"]] == g["value"]
    assert "Wagner" not in text and "Atlantis" not in text and "bravely" not in text


def test_handmade_summary_is_a_valid_summary() -> None:
    assert ArticleSummary.model_validate(SUMMARY).quotes[0].speaker == "James Mattis"
