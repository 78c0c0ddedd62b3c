"""Decisions at the library level: the store's queries, undo, and what an edit may do.

Runs here are the HAND-WRITTEN run of test_review_data (a flawed summary of a real article
with hand-written findings), so each test can aim at one particular kind of finding.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from test_review_data import ALTERED_QUOTE, MISSED_QUOTE, store_handmade_run

from summarizer.decisions import (DecisionError, current_summary, decide, decide_typed,
                                  resolve_reviewer, set_at)
from summarizer.store import DecisionConflict, FindingScope, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    db = tmp_path / "r.sqlite"
    store_handmade_run(db)
    opened = Store(db)
    yield opened
    opened.close()


def by_code(store: Store, code: str, scope: FindingScope | None = None) -> dict:
    return next(f for f in store.unresolved_findings(scope) if f["code"] == code)


def test_default_scope_is_the_newest_run_of_each_article(store: Store) -> None:
    second = store_handmade_run(store.path)
    assert {f["run_id"] for f in store.unresolved_findings()} == {second}
    assert {f["run_id"] for f in store.unresolved_findings(FindingScope(run_id=1))} == {1}


def test_scope_filters(store: Store) -> None:
    def codes(**kw: object) -> list[str]:
        return [f["code"] for f in store.unresolved_findings(FindingScope(**kw))]

    assert codes() == ["QUOTE_ALTERED", "SPEAKER_MISMATCH", "NUMBER_NOT_FOUND",
                       "ACTOR_NOT_FOUND", "LOCATION_NOT_FOUND", "MISSED_QUOTE"]
    assert codes(severities=("warning", "info")) == ["LOCATION_NOT_FOUND", "MISSED_QUOTE"]
    assert codes(codes=("MISSED_QUOTE", "QUOTE_ALTERED")) == ["QUOTE_ALTERED", "MISSED_QUOTE"]
    article_id = store.unresolved_findings()[0]["article_id"]
    assert len(codes(article=article_id[:6])) == 6
    assert len(codes(article="000_71d320ff81bd3780.txt")) == 6
    assert codes(article="ffffffff") == []


def test_decisions_resolve_skips_do_not_and_conflicts_are_refused(store: Store) -> None:
    quote = by_code(store, "QUOTE_ALTERED")
    store.record_decision(quote["id"], "skip", "alice")
    assert quote["id"] in {f["id"] for f in store.unresolved_findings()}
    decision = store.record_decision(quote["id"], "dismiss", "alice")
    assert decision["reviewer"] == "alice" and decision["decided_at"].startswith("20")
    assert quote["id"] not in {f["id"] for f in store.unresolved_findings()}
    with pytest.raises(DecisionConflict, match="already decided .dismiss by alice"):
        store.record_decision(quote["id"], "confirm", "bob")
    assert store.active_decision(quote["id"])["action"] == "dismiss"


def test_undo_takes_back_only_your_own_newest_decision_within_scope(store: Store) -> None:
    quote, actor = by_code(store, "QUOTE_ALTERED"), by_code(store, "ACTOR_NOT_FOUND")
    location = by_code(store, "LOCATION_NOT_FOUND")
    store.record_decision(quote["id"], "dismiss", "alice")
    store.record_decision(actor["id"], "confirm", "alice")
    store.record_decision(location["id"], "confirm", "bob")
    errors_only = FindingScope(severities=("error",))
    assert store.undo_last_decision("carol") is None
    undone = store.undo_last_decision("alice", errors_only)
    assert (undone["finding_id"], undone["undone_at"] is not None) == (actor["id"], True)
    assert store.undo_last_decision("alice", errors_only)["finding_id"] == quote["id"]
    assert store.undo_last_decision("alice", errors_only) is None
    assert store.active_decision(location["id"])["reviewer"] == "bob"
    # undone decisions stay on record
    history = store.decisions(quote["run_id"], include_undone=True)
    assert [(d["action"], d["undone_at"] is None) for d in history] == [
        ("dismiss", False), ("confirm", False), ("confirm", True)]
    assert [d["finding_id"] for d in store.decisions(quote["run_id"])] == [location["id"]]


def test_edit_is_validated_against_the_whole_summary(store: Store) -> None:
    number = by_code(store, "NUMBER_NOT_FOUND")
    with pytest.raises(DecisionError, match=r"/casualties/0/count_min: Input should be greater"):
        decide(store, number, "edit", "alice", -3)
    with pytest.raises(DecisionError, match=r"/casualties/0/count_min: .*valid integer"):
        decide(store, number, "edit", "alice", "fifty")
    assert store.active_decision(number["id"]) is None
    decision = decide(store, number, "edit", "alice", 5)
    assert (decision["value"], decision["old_value"]) == (5, 50)
    assert current_summary(store, number["run_id"]).summary["casualties"][0]["count_min"] == 5


def test_typed_edit_reads_json_first_then_plain_text(store: Store) -> None:
    number, speaker = by_code(store, "NUMBER_NOT_FOUND"), by_code(store, "SPEAKER_MISMATCH")
    assert decide_typed(store, number, "5", "alice")["value"] == 5
    assert decide_typed(store, speaker, "James Jarrard", "alice")["value"] == "James Jarrard"
    quote = current_summary(store, speaker["run_id"]).summary["quotes"][0]
    assert (quote["speaker"], quote["text"]) == ("James Jarrard", ALTERED_QUOTE)


def test_missed_quote_edit_adds_a_complete_quote(store: Store) -> None:
    missed = by_code(store, "MISSED_QUOTE")
    with pytest.raises(DecisionError, match=r"/quotes/1/speaker: Field required"):
        decide(store, missed, "edit", "alice", {"text": MISSED_QUOTE, "kind": "direct"})
    decision = decide(store, missed, "edit", "alice",
                      {"text": MISSED_QUOTE, "speaker": "James Jarrard", "kind": "direct"})
    assert decision["old_value"] is None
    assert decision["value"] == {"text": MISSED_QUOTE, "speaker": "James Jarrard",
                                 "speaker_role": None, "kind": "direct", "channel": None}
    decided = current_summary(store, missed["run_id"])
    assert decided.summary["quotes"][1] == decision["value"]
    assert decided.edit_paths == {missed["id"]: "/quotes/1"}


def test_set_at_replaces_appends_and_refuses_paths_outside_the_summary() -> None:
    doc = {"a": [1, 2], "b": {"c": None}}
    assert set_at(doc, "/a/1", 9) == ({"a": [1, 9], "b": {"c": None}}, "/a/1", 2)
    assert set_at(doc, "/a/-", 3)[:2] == ({"a": [1, 2, 3], "b": {"c": None}}, "/a/2")
    assert set_at(doc, "/a", 3)[1] == "/a/2"
    assert set_at(doc, "/a", [7])[0]["a"] == [7]
    assert set_at(doc, "/b/c", "x")[2] is None
    assert doc == {"a": [1, 2], "b": {"c": None}}
    with pytest.raises(DecisionError, match="does not point into"):
        set_at(doc, "/x/y", 1)


def test_reviewer_comes_from_option_then_env_then_login(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_REVIEWER", "env-name")
    assert resolve_reviewer("opt-name") == "opt-name"
    assert resolve_reviewer(None) == "env-name"
    monkeypatch.delenv("SUMMARIZER_REVIEWER")
    monkeypatch.setattr("getpass.getuser", lambda: "login-name")
    assert resolve_reviewer(None) == "login-name"
    assert resolve_reviewer("  ") == "login-name"
