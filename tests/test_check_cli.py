"""`summarizer check` (the contract in docs/contracts.md) and the extractive backend, from the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import ARTICLES, ROOT, db_rows, run_cli

GOLD = ROOT / "fixtures" / "gold"
ARTICLE = ARTICLES / "000_71d320ff81bd3780.txt"
FINDING_KEYS = {"code", "severity", "path", "message", "start", "end"}


def check(summary: Path, tmp_path: Path) -> dict:
    result = run_cli("check", str(ARTICLE), str(summary), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_gold_summary_has_no_error(tmp_path: Path) -> None:
    report = check(GOLD / "000_71d320ff81bd3780.json", tmp_path)
    assert set(report) == {"findings"}
    assert all(FINDING_KEYS <= set(f) for f in report["findings"])
    assert [f for f in report["findings"] if f["severity"] == "error"] == []


def test_altered_quote_is_an_error_with_offsets(tmp_path: Path) -> None:
    summary = json.loads((GOLD / "000_71d320ff81bd3780.json").read_text())
    summary["quotes"][0]["text"] = summary["quotes"][0]["text"].replace("valiantly", "bravely")
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(summary))
    findings = check(edited, tmp_path)["findings"]
    altered = [f for f in findings if f["code"] == "QUOTE_ALTERED"]
    assert len(altered) == 1
    assert altered[0]["severity"] == "error" and altered[0]["path"] == "/quotes/0/text"
    text = ARTICLE.read_text(encoding="utf-8")
    assert "valiantly" in text[altered[0]["start"]:altered[0]["end"]]


def test_summary_that_is_not_schema_conformant_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"summary": "x", "quotes": [{"text": "y"}]}))
    result = run_cli("check", str(ARTICLE), str(bad), cwd=tmp_path)
    assert result.returncode == 2
    assert "not a valid ArticleSummary" in result.stderr and "speaker" in result.stderr


def test_extractive_backend_summarizes_without_a_model(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    result = run_cli("summarize", str(ARTICLES), "--backend", "extractive", "--db", str(db),
                     "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)["articles"]
    assert [a["status"] for a in articles] == ["ok"] * 5
    assert all(a["counts"]["quotes"] > 0 for a in articles)
    runs = db_rows(db, "SELECT backend, model FROM runs")
    assert runs == [{"backend": "extractive", "model": "extractive-miner"}] * 5


def test_auto_without_a_model_uses_the_miner_and_says_how_to_use_one(tmp_path: Path) -> None:
    """The first run on a fresh machine: no key, no endpoint, no GGUF configured."""
    db = tmp_path / "r.sqlite"
    result = run_cli("summarize", str(ARTICLES), "--db", str(db), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    backend_lines = [line for line in result.stderr.splitlines() if line.startswith("backend:")]
    assert len(backend_lines) == 1
    line = backend_lines[0]
    assert line.startswith("backend: extractive") and "no model configured" in line
    assert "OPENAI_API_KEY" in line and "--model-path" in line
    articles = json.loads(result.stdout)["articles"]
    assert all(a["counts"]["quotes"] > 0 and a["counts"]["casualties"] > 0 for a in articles)


def test_what_the_miner_proposes_is_labelled_as_such(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    assert run_cli("summarize", str(ARTICLE), "--backend", "extractive", "--db", str(db),
                   cwd=tmp_path).returncode == 0
    shown = run_cli("show", "1", "--db", str(db), cwd=tmp_path)
    assert "no model read this article" in shown.stdout
    run = json.loads(run_cli("show", "1", "--db", str(db), "--json", cwd=tmp_path).stdout)
    assert run["provenance"]["origin"] == "miner"
    (record,) = json.loads(run_cli("export", "--db", str(db), cwd=tmp_path).stdout)
    assert record["provenance"]["origin"] == "miner"
    assert {item["origin"] for item in record["items"]} == {"miner"}
    rows = list(csv.DictReader(io.StringIO(
        run_cli("export", "--format", "csv", "--db", str(db), cwd=tmp_path).stdout)))
    assert rows and {row["origin"] for row in rows} == {"miner"}


def test_model_runs_are_labelled_as_model(replayed_db: Path, tmp_path: Path) -> None:
    records = json.loads(run_cli("export", "--db", str(replayed_db), cwd=tmp_path).stdout)
    assert {r["provenance"]["origin"] for r in records} == {"model"}
    assert {i["origin"] for r in records for i in r["items"]} == {"model"}


def test_fail_on_sets_the_exit_status_for_scripts(tmp_path: Path) -> None:
    gold = GOLD / "000_71d320ff81bd3780.json"
    summary = json.loads(gold.read_text())
    summary["quotes"][0]["speaker"] = "Somebody Else Entirely"
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(summary))
    assert run_cli("check", str(ARTICLE), str(wrong), cwd=tmp_path).returncode == 0
    assert run_cli("check", str(ARTICLE), str(wrong), "--fail-on", "error",
                   cwd=tmp_path).returncode == 1
    assert run_cli("check", str(ARTICLE), str(gold), "--fail-on", "error",
                   cwd=tmp_path).returncode == 0
    bad = run_cli("check", str(ARTICLE), str(gold), "--fail-on", "sometimes", cwd=tmp_path)
    assert bad.returncode == 2 and "--fail-on" in bad.stderr


def test_check_refuses_an_absurd_summary_before_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # sparse: nothing is written, the size is all there is
        handle.truncate(6_000_000)
    result = run_cli("check", str(ARTICLE), str(huge), cwd=tmp_path)
    assert result.returncode == 2 and "byte limit for one article's summary" in result.stderr


def test_findings_read_at_80_columns(tmp_path: Path) -> None:
    """Each finding on a line of its own (severity, code, path, span) with its message
    wrapped under it, as `review --list` shows them: a table folded them at 80 columns."""
    summary = json.loads((GOLD / "000_71d320ff81bd3780.json").read_text())
    summary["quotes"][0]["text"] = summary["quotes"][0]["text"].replace("valiantly", "bravely")
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(summary))
    findings = check(edited, tmp_path)["findings"]
    result = run_cli("check", str(ARTICLE), str(edited), cwd=tmp_path, COLUMNS="80")
    lines = result.stdout.splitlines()
    assert lines[0] == f"findings ({len(findings)})"
    assert all(len(line) <= 80 for line in lines)
    for f in findings:
        assert any(line.split()[:3] == [f["severity"], f["code"], f["path"]] for line in lines)
        assert " ".join(f["message"].split()[:4]) in result.stdout
