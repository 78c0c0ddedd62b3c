"""`summarizer export` with review decisions applied, in every format.

The run is the scripted run of test_review_data (the real `summarize` pipeline and cross-check,
with the model's answer scripted); its findings are settled through the real CLI
(`review --decisions`), then exported through the real CLI.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES, run_cli, unresolved_findings
from test_review_data import ALTERED_QUOTE, MISSED_QUOTE, SUMMARY

from summarizer.articles import load_article
from summarizer.decided import is_under, item_pointer, pointer_tokens
from summarizer.store import Store

TEXT = load_article(ARTICLES / "000_71d320ff81bd3780.txt").text
ADDED_QUOTE = {"text": MISSED_QUOTE, "speaker": "James Jarrard", "speaker_role": None,
               "kind": "direct", "channel": None}


@pytest.fixture
def db(scripted_db: Path) -> Path:
    """A fresh copy of the store holding the scripted run (see conftest)."""
    return scripted_db


SETTLED = 7  # findings the `decided` fixture settles; the other missed items stay unreviewed


@pytest.fixture
def decided(db: Path) -> Path:
    """Two findings dismissed, two confirmed wrong, three edited (one adds a missed quote)."""
    rows = unresolved_findings(db)
    ids = {f["code"]: f["id"] for f in rows}
    missed = next(f for f in rows if f["code"] == "MISSED_QUOTE"
                  and f["detail"].get("text") == MISSED_QUOTE)
    lines = [
        {"finding_id": ids["QUOTE_ALTERED"], "action": "dismiss"},
        {"finding_id": ids["SPEAKER_MISMATCH"], "action": "edit", "value": "James Jarrard"},
        {"finding_id": ids["SPEAKER_NOT_FOUND"], "action": "dismiss"},
        {"finding_id": ids["NUMBER_NOT_FOUND"], "action": "edit", "value": 5},
        {"finding_id": ids["ACTOR_NOT_FOUND"], "action": "confirm"},
        {"finding_id": ids["LOCATION_NOT_FOUND"], "action": "confirm"},
        {"finding_id": missed["id"], "action": "edit",
         "value": {"text": MISSED_QUOTE, "speaker": "James Jarrard", "kind": "direct"}},
    ]
    assert len(lines) == SETTLED
    path = db.parent / "decided.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = run_cli("review", "--db", str(db), "--decisions", str(path), "--reviewer", "carol")
    assert result.returncode == 0, result.stderr
    return db


def export(db: Path, *args: str) -> str:
    result = run_cli("export", "--db", str(db), *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def items_by_path(record: dict[str, Any]) -> dict[str | None, dict[str, Any]]:
    return {item["path"]: item for item in record["items"]}


def test_without_decisions_the_summary_is_the_stored_one_and_flags_are_unreviewed(
        db: Path) -> None:
    flagged = [f["path"] for f in unresolved_findings(db)]
    [record] = json.loads(export(db))
    assert record["summary"] == SUMMARY
    assert record["dropped"] == []
    statuses = {i["path"]: i["review"] for i in record["items"]}
    assert list(statuses) == ["/summary", "/operation", "/actors/0", "/actors/1", "/actors/2",
                              "/casualties/0", "/quotes/0"]
    for item, status in statuses.items():
        expected = "unreviewed" if any(is_under(p, item) for p in flagged) else "unflagged"
        assert status == expected, item
    assert statuses["/actors/1"] == statuses["/quotes/0"] == "unreviewed"
    assert statuses["/actors/0"] == "unflagged"
    assert record["review"]["findings"] == {"confirmed": 0, "dismissed": 0, "edited": 0,
                                            "unreviewed": len(flagged)}
    assert {f["review"]["status"] for f in record["findings"]} == {"unreviewed"}


def test_json_drops_confirmed_items_and_applies_edits_with_provenance(decided: Path) -> None:
    [record] = json.loads(export(decided))
    summary = record["summary"]
    assert [a["name"] for a in summary["actors"]] == ["Peshmerga", "ISIS"]
    assert summary["operation"]["locations"] == ["Erbil"]
    assert summary["casualties"][0]["count_min"] == 5
    assert summary["quotes"] == [
        {**SUMMARY["quotes"][0], "speaker": "James Jarrard", "text": ALTERED_QUOTE}, ADDED_QUOTE]

    dropped = {d["path"]: d for d in record["dropped"]}
    assert dropped["/actors/1"]["value"]["name"] == "Wagner Group"
    assert dropped["/operation/locations/1"]["value"] == "Atlantis"
    assert {d["reviewer"] for d in record["dropped"]} == {"carol"}

    items = items_by_path(record)
    isis = items["/actors/1"]  # was /actors/2: re-pointed after the drop
    assert (isis["source_path"], isis["review"], isis["value"]["name"]) == (
        "/actors/2", "unflagged", "ISIS")
    ground = next(g for g in isis["grounding"] if g["path"] == "/actors/1/name")
    assert ground["source_path"] == "/actors/2/name" and ground["status"] == "exact"
    assert TEXT[ground["start"]:ground["end"]] == "ISIS"
    assert all(g["path"].startswith("/actors/1/") for g in isis["grounding"])

    quote = items["/quotes/0"]
    assert quote["review"] == "edited"
    [edit] = quote["edits"]
    assert edit["path"] == "/quotes/0/speaker" and edit["value"] == "James Jarrard"
    assert edit["old_value"] == "James Mattis" and edit["reviewer"] == "carol"
    assert edit["decided_at"]
    text_ground = next(g for g in quote["grounding"] if g["path"] == "/quotes/0/text")
    assert text_ground["status"] == "fuzzy" and "edited" not in text_ground
    assert TEXT[text_ground["start"]:text_ground["end"]].startswith("Our partners fought valiantly")
    speaker_ground = next(g for g in quote["grounding"] if g["path"] == "/quotes/0/speaker")
    assert speaker_ground["edited"] is True  # its offsets belong to the value before the edit

    added = items["/quotes/1"]
    assert (added["source_path"], added["review"], added["value"]) == (None, "edited",
                                                                       ADDED_QUOTE)
    assert added["edits"][0]["old_value"] is None
    assert items["/casualties/0"]["edits"][0]["old_value"] == 50
    assert items["/operation"]["review"] == "edited"  # a location was left out of it
    assert "/actors/2" not in items

    findings = {f["code"]: f for f in record["findings"]}
    assert findings["ACTOR_NOT_FOUND"]["path"] is None
    assert findings["ACTOR_NOT_FOUND"]["source_path"] == "/actors/1/name"
    assert findings["ACTOR_NOT_FOUND"]["review"]["status"] == "confirmed"
    added_by = [f for f in record["findings"] if f["review"]["status"] == "edited"
                and f["code"] == "MISSED_QUOTE"]
    assert [(f["path"], f["source_path"]) for f in added_by] == [("/quotes/1", "/quotes")]
    assert findings["QUOTE_ALTERED"]["review"] == {
        "status": "dismissed", "reviewer": "carol",
        "decided_at": findings["QUOTE_ALTERED"]["review"]["decided_at"]}
    assert record["review"]["findings"] == {
        "confirmed": 2, "dismissed": 2, "edited": 3,
        "unreviewed": len(record["findings"]) - SETTLED}


def test_confirmed_mark_keeps_items_and_marks_them(decided: Path) -> None:
    [record] = json.loads(export(decided, "--confirmed", "mark"))
    assert [a["name"] for a in record["summary"]["actors"]] == ["Peshmerga", "Wagner Group",
                                                                "ISIS"]
    assert record["summary"]["operation"]["locations"] == ["Erbil", "Atlantis"]
    assert record["dropped"] == []
    items = items_by_path(record)
    assert items["/actors/1"]["review"] == "confirmed"
    assert items["/operation"]["review"] == "confirmed"
    assert items["/actors/2"]["grounding"][0]["path"] == "/actors/2/name"
    assert record["review"]["confirmed_items"] == "mark"


def test_jsonl_matches_json(decided: Path) -> None:
    as_json = json.loads(export(decided))
    lines = export(decided, "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == as_json


def test_csv_rows_carry_review_status_and_edit_provenance(decided: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(export(decided, "--format", "csv"))))
    by_path = {r["field_path"]: r for r in rows}
    assert "Wagner Group" not in {r["value"] for r in rows}
    isis = by_path["/actors/1/name"]
    assert (isis["value"], isis["grounding"], isis["review"]) == ("ISIS", "exact", "unflagged")
    assert TEXT[int(isis["start"]):int(isis["end"])] == "ISIS"
    speaker = by_path["/quotes/0/speaker"]
    assert (speaker["value"], speaker["review"], speaker["edited_by"], speaker["old_value"]) == (
        "James Jarrard", "edited", "carol", "James Mattis")
    assert speaker["edited_at"] and set(speaker["findings"].split()) == {
        "SPEAKER_MISMATCH", "SPEAKER_NOT_FOUND"}
    count = by_path["/casualties/0/count_min"]
    assert (count["value"], count["old_value"]) == ("5", "50")
    assert by_path["/quotes/1/text"]["value"] == MISSED_QUOTE
    assert by_path["/quotes/1/text"]["edited_by"] == "carol"
    assert json.loads(by_path["/operation/locations"]["value"]) == ["Erbil"]
    assert by_path["/quotes/0/text"]["edited_by"] == ""

    marked = list(csv.DictReader(io.StringIO(export(decided, "--format", "csv",
                                                    "--confirmed", "mark"))))
    wagner = next(r for r in marked if r["value"] == "Wagner Group")
    assert (wagner["field_path"], wagner["review"]) == ("/actors/1/name", "confirmed")


def test_undo_takes_the_decision_out_of_the_export(decided: Path) -> None:
    store = Store(decided)
    try:
        undone = store.undo_last_decision("carol")
    finally:
        store.close()
    assert undone is not None and undone["action"] == "edit"  # the added quote
    [record] = json.loads(export(decided))
    assert len(record["summary"]["quotes"]) == 1
    missed = [f for f in record["findings"] if f["code"] == "MISSED_QUOTE"]
    assert {f["path"] for f in missed} == {"/quotes"}
    assert {f["review"]["status"] for f in missed} == {"unreviewed"}


def test_unknown_confirmed_mode_is_refused(db: Path) -> None:
    result = run_cli("export", "--db", str(db), "--confirmed", "hide")
    assert result.returncode == 2 and "unknown --confirmed 'hide'" in result.stderr


@pytest.mark.parametrize(("pointer", "tokens", "item"), [
    ("", [], ""),
    ("/summary", ["summary"], "/summary"),
    ("/quotes/2/text", ["quotes", "2", "text"], "/quotes/2"),
    ("/operation/locations/1", ["operation", "locations", "1"], "/operation"),
    ("/a~1b/3/x", ["a/b", "3", "x"], "/a~1b/3"),  # an escaped "/" is part of its token
    ("/x~0y", ["x~y"], "/x~0y"),
])
def test_a_pointer_names_its_item_with_rfc_6901_escapes_kept(pointer: str, tokens: list[str],
                                                               item: str) -> None:
    """Findings and grounding are grouped by the item their pointer is in; the pointer's
    escapes (~0 for "~", ~1 for "/") stay as written in the item's pointer."""
    assert pointer_tokens(pointer) == tokens
    assert item_pointer(pointer) == item
