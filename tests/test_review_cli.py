"""`summarizer review` without a terminal: --list, filters, decisions files, and the refusal
to start the interactive review with no terminal. The findings are the real cross-check's, on
the scripted run of test_review_data (the real `summarize` pipeline, model answer scripted).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from conftest import ROOT, clean_env, db_rows, run_cli, unresolved_findings
from test_review_data import MISSED_QUOTE, store_scripted_run


@pytest.fixture
def db(scripted_db: Path) -> Path:
    """A fresh copy of the store holding the scripted run (see conftest)."""
    return scripted_db


def finding_ids(db: Path) -> dict[str, int]:
    """Finding id by code, for the codes the flawed summary gets once each."""
    rows = unresolved_findings(db)
    return {code: next(r["id"] for r in rows if r["code"] == code)
            for code in ("QUOTE_ALTERED", "SPEAKER_MISMATCH", "NUMBER_NOT_FOUND",
                         "ACTOR_NOT_FOUND", "LOCATION_NOT_FOUND", "MISSED_CASUALTY")}


def apply(db: Path, lines: list[str], *args: str,
          **env: str) -> subprocess.CompletedProcess[str]:
    path = db.parent / "decisions.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return run_cli("review", "--db", str(db), "--decisions", str(path), *args,
                   **{"SUMMARIZER_REVIEWER": "carol", **env})


def test_help_has_keys_and_examples() -> None:
    result = run_cli("review", "--help")
    assert result.returncode == 0
    assert "Examples" in result.stdout and "summarizer review --decisions" in result.stdout
    assert "c confirm" in result.stdout and "u undo" in result.stdout


def test_without_a_terminal_the_interactive_review_refuses(db: Path) -> None:
    result = run_cli("review", "--db", str(db))
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr and "--decisions FILE" in result.stderr
    assert "Traceback" not in result.stderr
    assert db_rows(db, "SELECT * FROM decisions") == []


def test_refuses_when_only_stdin_is_not_a_terminal(db: Path) -> None:
    command = f"{sys.executable} -m summarizer review --db {db} < /dev/null"
    child = pexpect.spawn("bash", ["-c", command], cwd=str(ROOT), env=clean_env(),
                          encoding="utf-8", timeout=60)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2 and "needs a terminal" in child.before


def test_list_table(db: Path) -> None:
    rows = unresolved_findings(db)
    result = run_cli("review", "--db", str(db), "--list")
    assert result.returncode == 0
    assert f"unresolved findings ({len(rows)})" in result.stdout
    for row in rows:
        assert row["code"] in result.stdout and row["path"] in result.stdout


def test_list_reads_at_80_columns(db: Path) -> None:
    """Each finding on a line of its own with its message wrapped under it: a seven-column
    table folded codes and messages over many lines at 80 columns."""
    rows = unresolved_findings(db)
    result = run_cli("review", "--db", str(db), "--list", COLUMNS="80")
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    for row in rows:
        header = next(line for line in lines if line.split()[:1] == [str(row["id"])])
        assert row["code"] in header and row["severity"] in header and row["path"] in header
        assert " ".join(row["message"].split()[:4]) in result.stdout


def test_list_json_is_the_stored_findings_with_their_extracted_values(db: Path) -> None:
    rows = unresolved_findings(db)
    stored = json.loads(run_cli("show", "1", "--db", str(db), "--json").stdout)["findings"]
    assert [(r["id"], r["code"], r["path"], r["message"], r["start"], r["end"]) for r in rows] == [
        (f["id"], f["code"], f["path"], f["message"], f["start"], f["end"]) for f in stored]
    speaker = next(r for r in rows if r["code"] == "SPEAKER_MISMATCH")
    assert speaker["path"] == "/quotes/0/speaker" and speaker["value"] == "James Mattis"
    assert speaker["title"] == "US-Backed Iraqi Forces Drive ISIS Out Of Mountain Hideout"
    assert speaker["detail"]["expected"] == "James Jarrard"
    missed = [r for r in rows if r["code"] == "MISSED_QUOTE"]
    assert MISSED_QUOTE in [r["detail"].get("text") for r in missed]


def test_filters(db: Path) -> None:
    rows = unresolved_findings(db)
    article_id = rows[0]["article_id"]
    warnings = [r for r in rows if r["severity"] in ("warning", "info")]
    assert warnings and unresolved_findings(db, "--severity", "warning", "--severity", "info") == warnings
    assert unresolved_findings(db, "--code", "missed_quote") == [r for r in rows if r["code"] == "MISSED_QUOTE"]
    assert unresolved_findings(db, "--article", article_id[:8]) == rows
    assert unresolved_findings(db, "--article", "fixtures/articles/000_71d320ff81bd3780.txt") == rows
    errors = [r for r in rows if r["severity"] == "error"]
    assert errors and unresolved_findings(db, "--run", "1", "--severity", "error") == errors
    second = store_scripted_run(db)  # a newer run of the same article replaces the old one
    assert {r["run_id"] for r in unresolved_findings(db)} == {second}
    assert {r["run_id"] for r in unresolved_findings(db, "--run", "1")} == {1}


@pytest.mark.parametrize(("args", "message"), [
    (["--run", "99", "--list"], "no run 99"),
    (["--article", "ffffff", "--list"], "no article matches 'ffffff'"),
    (["--severity", "fatal", "--list"], "unknown severity fatal"),
    (["--list", "--decisions", "x.jsonl"], "--list and --decisions do not go together"),
    (["--json"], "--json goes with --list or --decisions"),
])
def test_bad_options_are_one_clear_line(db: Path, args: list[str], message: str) -> None:
    result = run_cli("review", "--db", str(db), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_decisions_file_applies_every_valid_line(db: Path) -> None:
    ids = finding_ids(db)
    before = unresolved_findings(db)
    result = apply(db, [
        json.dumps({"finding_id": ids["QUOTE_ALTERED"], "action": "confirm"}),
        "",
        json.dumps({"finding_id": ids["SPEAKER_MISMATCH"], "action": "edit",
                    "value": "James Jarrard"}),
        json.dumps({"finding_id": ids["LOCATION_NOT_FOUND"], "action": "dismiss",
                    "reviewer": "dave"}),
    ])
    assert result.returncode == 0, result.stderr
    assert "3 applied, 0 rejected" in result.stderr
    rows = db_rows(db, "SELECT finding_id, action, value, old_value, reviewer FROM decisions"
                       " ORDER BY id")
    assert rows == [
        {"finding_id": ids["QUOTE_ALTERED"], "action": "confirm", "value": None,
         "old_value": None, "reviewer": "carol"},
        {"finding_id": ids["SPEAKER_MISMATCH"], "action": "edit", "value": '"James Jarrard"',
         "old_value": '"James Mattis"', "reviewer": "carol"},
        {"finding_id": ids["LOCATION_NOT_FOUND"], "action": "dismiss", "value": None,
         "old_value": None, "reviewer": "dave"},
    ]
    decided = {ids["QUOTE_ALTERED"], ids["SPEAKER_MISMATCH"], ids["LOCATION_NOT_FOUND"]}
    after = unresolved_findings(db)
    assert [r["id"] for r in after] == [r["id"] for r in before if r["id"] not in decided]
    # values are shown as decided so far: the other speaker finding sees the edit
    assert {r["value"] for r in after if r["path"] == "/quotes/0/speaker"} == {"James Jarrard"}


def test_decisions_file_rejects_bad_lines_and_applies_nothing_from_them(db: Path) -> None:
    ids = finding_ids(db)
    result = apply(db, [
        "{not json",
        json.dumps({"finding_id": 999, "action": "dismiss"}),
        json.dumps({"finding_id": ids["NUMBER_NOT_FOUND"], "action": "edit", "value": -3}),
        json.dumps({"finding_id": ids["NUMBER_NOT_FOUND"], "action": "edit"}),
        json.dumps({"finding_id": ids["ACTOR_NOT_FOUND"], "action": "delete"}),
        json.dumps({"finding_id": ids["ACTOR_NOT_FOUND"], "action": "confirm", "value": 1}),
        json.dumps({"finding_id": ids["ACTOR_NOT_FOUND"], "action": "confirm", "note": "x"}),
        json.dumps({"finding_id": ids["NUMBER_NOT_FOUND"], "action": "edit", "value": 5}),
        json.dumps({"finding_id": ids["NUMBER_NOT_FOUND"], "action": "dismiss"}),
    ])
    assert result.returncode == 1
    err = result.stderr
    assert ":1: rejected: not JSON" in err
    assert ":2: rejected: no finding 999" in err
    assert ":3: rejected: /casualties/0/count_min: Input should be greater than or equal to 0" in err
    assert ":4: rejected: an edit needs a value" in err
    assert ":5: rejected: action must be one of confirm, dismiss, edit, add, not 'delete'" in err
    assert ":6: rejected: only an edit takes a value, not confirm" in err
    assert ":7: rejected: unknown key(s) note" in err
    assert f":8: applied: edit finding {ids['NUMBER_NOT_FOUND']}" in err
    assert f":9: rejected: finding {ids['NUMBER_NOT_FOUND']} is already decided (edit by carol" in err
    assert "1 applied, 8 rejected" in err
    assert db_rows(db, "SELECT finding_id, action, value FROM decisions") == [
        {"finding_id": ids["NUMBER_NOT_FOUND"], "action": "edit", "value": "5"}]


def test_decisions_file_stays_inside_the_filters_and_reports_json(db: Path) -> None:
    ids = finding_ids(db)
    result = apply(db, [json.dumps({"finding_id": ids["MISSED_CASUALTY"], "action": "dismiss"}),
                        json.dumps({"finding_id": ids["QUOTE_ALTERED"], "action": "confirm"})],
                   "--code", "MISSED_CASUALTY", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [r["finding_id"] for r in report["applied"]] == [ids["MISSED_CASUALTY"]]
    assert report["rejected"] == [{
        "line": 2, "ok": False, "finding_id": ids["QUOTE_ALTERED"], "action": "confirm",
        "message": f"finding {ids['QUOTE_ALTERED']} is outside the selected findings"}]


def test_decisions_from_stdin(db: Path) -> None:
    ids = finding_ids(db)
    line = json.dumps({"finding_id": ids["MISSED_CASUALTY"], "action": "dismiss"})
    result = subprocess.run([sys.executable, "-m", "summarizer", "review", "--db", str(db),
                             "--decisions", "-", "--reviewer", "erin"], input=line + "\n",
                            capture_output=True, text=True, env=clean_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert db_rows(db, "SELECT action, reviewer FROM decisions") == [
        {"action": "dismiss", "reviewer": "erin"}]


def test_a_missed_item_is_added_not_confirmed(db: Path) -> None:
    """Confirming a MISSED_* finding used to be accepted and do nothing; now it is refused and
    "add" takes the proposed item into the exported record, grounded and marked as added."""
    ids = finding_ids(db)
    ids["MISSED_QUOTE"] = next(r["id"] for r in unresolved_findings(db)
                               if r["code"] == "MISSED_QUOTE"
                               and r["detail"].get("text") == MISSED_QUOTE)
    refused = apply(db, [json.dumps({"finding_id": ids["MISSED_QUOTE"], "action": "confirm"})])
    assert refused.returncode == 1 and "cannot be confirmed wrong" in refused.stderr
    wrong = apply(db, [json.dumps({"finding_id": ids["QUOTE_ALTERED"], "action": "add"})])
    assert wrong.returncode == 1 and "only a MISSED_* finding" in wrong.stderr
    added = apply(db, [json.dumps({"finding_id": ids["MISSED_QUOTE"], "action": "add"})])
    assert added.returncode == 0, added.stderr
    assert "add finding" in added.stderr
    (record,) = json.loads(run_cli("export", "--db", str(db)).stdout)
    (item,) = [i for i in record["items"] if i["origin"] == "reviewer"]
    assert item["path"].startswith("/quotes/") and item["value"]["text"] == MISSED_QUOTE
    assert item["value"]["speaker"] and item["review"] == "edited"
