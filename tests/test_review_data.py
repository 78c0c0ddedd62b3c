"""Runs for the review tests: one from the real pipeline with a scripted model, one by hand.

Both start from SUMMARY, a deliberately flawed summary of a real seed article: an altered
quote attributed to the wrong speaker, a casualty count the article does not give, an actor
and a place the article never names, and quotes left out.

- `store_scripted_run` (what the CLI tests use): a local OpenAI-compatible server answers the
  chat request with SUMMARY; everything else is the real code path of `summarizer summarize`
  (openai client, instructor, the cross-check that finds the flaws, the store).
- `store_handmade_run` (library-level tests only): the same summary with HAND-WRITTEN findings
  and grounding at the article's real offsets, so a test can rely on one fixed set of
  findings whatever the cross-check engine reports; the tests below keep those offsets true.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from conftest import ARTICLES, chat_server, run_cli

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


def scripted_model(answer: dict[str, Any]) -> AbstractContextManager[str]:
    """A local OpenAI-compatible endpoint answering every chat completion with `answer` as
    JSON (no tokens counted); a context manager yielding its base URL."""
    return chat_server(json.dumps(answer),
                       usage={"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0})


def store_scripted_run(db: Path) -> int:
    """`summarizer summarize` of the seed article with the scripted model answering SUMMARY;
    returns the stored run's id."""
    with scripted_model(SUMMARY) as url:
        result = run_cli("summarize", str(ARTICLE), "--backend", "openai", "--base-url", url,
                         "--model", "scripted-flawed-summary", "--db", str(db), "--json",
                         "--force", cwd=db.parent)
    assert result.returncode == 0, result.stderr
    [outcome] = json.loads(result.stdout)["articles"]
    assert outcome["status"] == "ok", outcome
    return int(outcome["run_id"])


def copy_db(source: Path, target: Path) -> Path:
    """A copy of a results database (through SQLite, so nothing in its WAL is missed)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def test_scripted_run_goes_through_the_real_pipeline(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    run_id = store_scripted_run(db)
    shown = json.loads(run_cli("show", str(run_id), "--db", str(db), "--json").stdout)
    assert shown["summary"] == SUMMARY
    assert shown["provenance"]["endpoint_host"] == "127.0.0.1"
    assert shown["provenance"]["model"] == "scripted-flawed-summary"
    flagged = {(f["code"], f["path"]) for f in shown["findings"]}
    assert {("QUOTE_ALTERED", "/quotes/0/text"), ("SPEAKER_MISMATCH", "/quotes/0/speaker"),
            ("NUMBER_NOT_FOUND", "/casualties/0/count_min"),
            ("ACTOR_NOT_FOUND", "/actors/1/name"),
            ("LOCATION_NOT_FOUND", "/operation/locations/1"),
            ("MISSED_QUOTE", "/quotes")} <= flagged


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
