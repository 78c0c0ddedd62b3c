"""Review and export of runs from real model answers (the recorded embedded-model answers in
fixtures/recordings, replayed through the real `summarize` pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ARTICLES, run_cli, unresolved_findings
from test_review_data import copy_db
from test_review_interactive import Reviewer


@pytest.fixture
def db(replayed_db: Path, tmp_path: Path) -> Path:
    return copy_db(replayed_db, tmp_path / "r.sqlite")


def stored_findings(db: Path) -> list[dict]:
    runs = [json.loads(run_cli("show", str(run), "--db", str(db), "--json").stdout)
            for run in range(1, len(list(ARTICLES.glob("*.txt"))) + 1)]
    return [f for run in runs for f in run["findings"]]


def test_list_holds_every_finding_of_every_article(db: Path) -> None:
    stored = stored_findings(db)
    assert stored, "the recorded model answers should draw findings"
    assert [(r["id"], r["code"], r["path"]) for r in unresolved_findings(db)] == [
        (f["id"], f["code"], f["path"]) for f in stored]


def test_settle_a_real_finding_in_the_terminal_and_by_file_then_export(db: Path) -> None:
    rows = unresolved_findings(db)
    first, rest = rows[0], rows[1:]
    session = Reviewer(db)
    screen = session.screen()
    assert screen.finding_id == first["id"] and screen.code == first["code"]
    assert first["title"] in screen.text
    session.press("d")
    session.press("q")
    assert session.finish()[1] == 0

    same_article = [r for r in rest if r["article_id"] == first["article_id"]]
    path = db.parent / "decisions.jsonl"
    def action(row: dict) -> str:  # a missed item is added, not confirmed wrong
        return "add" if row["code"].startswith("MISSED_") else "confirm"

    path.write_text("".join(json.dumps({"finding_id": r["id"], "action": action(r)}) + "\n"
                            for r in same_article))
    result = run_cli("review", "--db", str(db), "--decisions", str(path), "--reviewer", "bob")
    assert result.returncode == 0, result.stderr
    assert f"{len(same_article)} applied, 0 rejected" in result.stderr
    assert [r["id"] for r in unresolved_findings(db)] == [r["id"] for r in rest if r not in same_article]

    records = {r["article"]["id"]: r for r in json.loads(run_cli("export", "--db",
                                                                 str(db)).stdout)}
    settled = records[first["article_id"]]
    reviews = {f["id"]: f["review"] for f in settled["findings"]}
    assert reviews[first["id"]]["status"] == "dismissed"
    assert reviews[first["id"]]["reviewer"] == "alice"
    assert all(reviews[r["id"]]["status"] == ("edited" if action(r) == "add" else "confirmed")
               and reviews[r["id"]]["reviewer"] == "bob" for r in same_article)
    assert settled["review"]["findings"]["unreviewed"] == 0
    others = [r for a, r in records.items() if a != first["article_id"]]
    assert all(f["review"]["status"] == "unreviewed" for r in others for f in r["findings"])
