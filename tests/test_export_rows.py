"""One row per casualty claim or per quote (`export --rows`), from the CLI, with review
decisions applied and the event-data count columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import run_cli, unresolved_findings

from summarizer.rows import CLAIM_COLUMNS, QUOTE_COLUMNS, _event_counts


def _rows(db: Path, kind: str, fmt: str) -> list[dict]:
    result = run_cli("export", "--rows", kind, "--format", fmt, "--db", str(db))
    assert result.returncode == 0, result.stderr
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(result.stdout)))
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_claim_rows_carry_the_claim_its_offsets_and_review(scripted_db: Path) -> None:
    (row,) = _rows(scripted_db, "claims", "jsonl")
    assert set(row) == set(CLAIM_COLUMNS)
    assert (row["group"], row["outcome"], row["count_min"], row["count_text"]) == (
        "Peshmerga fighters", "killed", 50, "at least five")
    assert row["claimed_by"] == "Local media outlets" and row["origin"] == "model"
    assert row["review"] == "unreviewed" and "NUMBER_NOT_FOUND" in row["findings"]
    assert row["date_text"] == "early Monday" and row["locations"] == "Erbil; Atlantis"
    text = Path(row["source"]).read_text(encoding="utf-8")
    assert text[row["count_start"]:row["count_end"]] == "at least five"

    # a reviewer corrects the count: the row shows the corrected figure
    (finding,) = [f for f in unresolved_findings(scripted_db)
                  if f["path"] == "/casualties/0/count_min"]
    decisions = scripted_db.parent / "d.jsonl"
    decisions.write_text(json.dumps({"finding_id": finding["id"], "action": "edit",
                                     "value": 5}) + "\n")
    applied = run_cli("review", "--decisions", str(decisions), "--db", str(scripted_db))
    assert applied.returncode == 0, applied.stderr
    (row,) = _rows(scripted_db, "claims", "csv")
    assert (row["count_min"], row["fatalities"], row["low"], row["best"], row["high"]) == (
        "5", "5", "5", "5", "")  # "at least five" gives no ceiling
    assert row["review"] == "edited"


def test_quote_rows_say_whether_the_speaker_is_verified(scripted_db: Path) -> None:
    (row,) = _rows(scripted_db, "quotes", "csv")
    assert list(row) == list(QUOTE_COLUMNS)
    assert row["speaker"] == "James Mattis" and row["speaker_verified"] == "False"
    assert "SPEAKER_MISMATCH" in row["findings"]


def test_event_data_counts() -> None:
    def claim(outcome: str, low: int | None, high: int | None, qualifier: str) -> dict:
        return {"outcome": outcome, "count_min": low, "count_max": high, "qualifier": qualifier}

    assert _event_counts(claim("killed", 12, 12, "exact")) == {
        "fatalities": 12, "low": 12, "best": 12, "high": 12}
    assert _event_counts(claim("killed", 10, 20, "range")) == {
        "fatalities": 10, "low": 10, "best": 10, "high": 20}
    assert _event_counts(claim("injured", 100, None, "at_least")) == {
        "fatalities": None, "low": 100, "best": 100, "high": None}
    assert _event_counts(claim("killed", None, None, "vague")) == {
        "fatalities": None, "low": None, "best": None, "high": None}


def test_unknown_row_kind_is_one_clear_line(scripted_db: Path) -> None:
    result = run_cli("export", "--rows", "events", "--db", str(scripted_db))
    assert result.returncode == 2 and "unknown --rows 'events'" in result.stderr


def test_an_edit_the_article_does_not_support_is_flagged(scripted_db: Path) -> None:
    """The reviewer 'fixes' the altered quote with words the article does not contain: the
    edit is saved, but the export re-grounds it and says it is unsupported."""
    (finding,) = [f for f in unresolved_findings(scripted_db) if f["code"] == "QUOTE_ALTERED"]
    decisions = scripted_db.parent / "d.jsonl"
    decisions.write_text(json.dumps({"finding_id": finding["id"], "action": "edit",
                                     "value": "Words no one in the article ever said."}) + "\n")
    assert run_cli("review", "--decisions", str(decisions), "--db",
                   str(scripted_db)).returncode == 0
    (record,) = json.loads(run_cli("export", "--db", str(scripted_db)).stdout)
    (quote,) = [i for i in record["items"] if i["path"] == "/quotes/0"]
    assert quote["supported"] is False  # (its other findings are still unreviewed)
    assert "QUOTE_NOT_FOUND" in [r["code"] for r in quote["recheck"]]
    (row,) = _rows(scripted_db, "quotes", "jsonl")
    assert "QUOTE_NOT_FOUND(after edit)" in row["findings"]
    untouched = [i for i in record["items"] if i["path"].startswith("/actors/")]
    assert all("supported" not in i for i in untouched)
