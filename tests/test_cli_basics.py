"""The command line as a user meets it: help, bad input, show and export of stored runs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import ARTICLES, run_cli


@pytest.mark.parametrize("command", ["summarize", "runs", "show", "export", "check", "eval",
                                     "review"])
def test_every_command_has_help_with_examples(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert "Examples" in result.stdout and f"summarizer {command}" in result.stdout


def test_summarize_table_lists_each_article(replayed_db: Path) -> None:
    result = run_cli("summarize", str(ARTICLES), "--backend", "replay", "--db", str(replayed_db),
                     cwd=replayed_db.parent)
    assert result.returncode == 0
    assert result.stdout.count("cached") == 5
    for path in ARTICLES.glob("*.txt"):
        assert path.name[:12] in result.stdout
    assert "backend: replay" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["summarize", "no/such/file.txt", "--backend", "replay"], "no article files"),
    (["summarize", str(ARTICLES), "--backend", "bogus"], "unknown backend 'bogus'"),
    (["summarize", str(ARTICLES), "--backend", "replay", "--recordings", "no/such/dir"],
     "does not exist"),
    (["summarize", str(ARTICLES), "--prompt", "nonexistent", "--backend", "replay"],
     "prompt 'nonexistent' not found"),
    (["export", "--format", "xml"], "unknown format 'xml'"),
    (["summarize", str(ARTICLES), "--backend", "replay", "-j", "0"], "--jobs"),
    (["summarize", str(ARTICLES), "--backend", "replay", "--max-tokens", "-5"], "--max-tokens"),
])
def test_bad_input_is_one_clear_line(args: list[str], message: str, tmp_path: Path) -> None:
    result = run_cli(*args, "--db", str(tmp_path / "r.sqlite"), cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_path_in_a_batch_is_reported_and_the_rest_runs(tmp_path: Path) -> None:
    result = run_cli("summarize", str(ARTICLES / "001_664fa499c8dad964.txt"), "missing.txt",
                     ":fire:-report.txt", "--backend", "replay", "--db",
                     str(tmp_path / "r.sqlite"), cwd=tmp_path)
    assert result.returncode == 1
    assert "missing.txt: no such file or directory" in result.stderr
    # named as written: rich's emoji codes are never read in the tool's messages
    assert ":fire:-report.txt: no such file or directory" in result.stderr
    assert "ok" in result.stdout


def test_show_by_run_article_prefix_and_path(replayed_db: Path) -> None:
    by_run = run_cli("show", "1", "--db", str(replayed_db))
    assert by_run.returncode == 0
    assert "SmolLM2-135M-Instruct.Q4_1" in by_run.stdout
    assert "extract v2" in by_run.stdout and "findings" in by_run.stdout
    run = json.loads(run_cli("show", "1", "--db", str(replayed_db), "--json").stdout)
    prefix = run["article"]["id"][:10]
    by_prefix = json.loads(run_cli("show", prefix, "--db", str(replayed_db), "--json").stdout)
    assert by_prefix["id"] == 1 and by_prefix["provenance"]["article_id"].startswith(prefix)
    by_path = json.loads(run_cli("show", run["article"]["path"], "--db", str(replayed_db),
                                 "--json").stdout)
    assert by_path["id"] == 1


def test_show_unknown_run(replayed_db: Path) -> None:
    result = run_cli("show", "999", "--db", str(replayed_db))
    assert result.returncode == 2 and "no run 999" in result.stderr


def test_export_formats_agree(replayed_db: Path, tmp_path: Path) -> None:
    as_json = json.loads(run_cli("export", "--db", str(replayed_db)).stdout)
    lines = run_cli("export", "--format", "jsonl", "--db", str(replayed_db)).stdout.splitlines()
    assert len(as_json) == len(lines) == 5
    assert [json.loads(line) for line in lines] == as_json
    record = as_json[0]
    assert set(record) >= {"run_id", "article", "provenance", "summary", "findings", "grounding"}
    assert record["provenance"]["prompt"]["name"] == "extract"
    out = tmp_path / "out.csv"
    result = run_cli("export", "--format", "csv", "--output", str(out), "--db", str(replayed_db))
    assert result.returncode == 0 and f"wrote {out}" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert {r["article_id"] for r in rows} == {r["article"]["id"] for r in as_json}
    summaries = [r for r in rows if r["field_path"] == "/summary"]
    assert len(summaries) == 5


def test_bracketed_article_text_shows_as_written(tmp_path: Path) -> None:
    """rich markup must never eat article or model text: "the [security] vacuum"."""
    db = tmp_path / "r.sqlite"
    article = ARTICLES / "000_71d320ff81bd3780.txt"
    assert run_cli("summarize", str(article), "--backend", "extractive", "--db", str(db),
                   cwd=tmp_path).returncode == 0
    shown = run_cli("show", "1", "--db", str(db), cwd=tmp_path, COLUMNS="400")
    assert "the [security] vacuum" in shown.stdout
    assert "None" not in shown.stdout and "'prompt_tokens'" not in shown.stdout


def test_empty_tables_say_so(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    article = ARTICLES / "000_71d320ff81bd3780.txt"
    assert run_cli("summarize", str(article), "--backend", "extractive", "--db", str(db),
                   cwd=tmp_path).returncode == 0
    listed = run_cli("review", "--list", "--db", str(db), "--code", "NO_SUCH_CODE", cwd=tmp_path)
    assert listed.returncode == 0 and "nothing to review" in listed.stdout


def test_settings_come_from_a_dotenv_file_unless_the_environment_has_them(tmp_path: Path
                                                                        ) -> None:
    article = ARTICLES / "000_71d320ff81bd3780.txt"
    (tmp_path / ".env").write_text("SUMMARIZER_DB=from-dotenv.sqlite\n", encoding="utf-8")
    assert run_cli("summarize", str(article), "--backend", "extractive",
                   cwd=tmp_path).returncode == 0
    assert (tmp_path / "from-dotenv.sqlite").is_file()
    listed = run_cli("review", "--list", cwd=tmp_path, SUMMARIZER_DB="from-env.sqlite")
    assert listed.returncode == 2 and "from-env.sqlite" in listed.stderr


@pytest.mark.parametrize("args", [["show", "1"], ["export"], ["review", "--list"],
                                  ["eval", str(ARTICLES.parent / "gold")]])
def test_reading_commands_never_create_a_database(args: list[str], tmp_path: Path) -> None:
    db = tmp_path / "no" / "such" / "results.sqlite"
    result = run_cli(*args, "--db", str(db), cwd=tmp_path)
    assert result.returncode == 2
    assert "no results database" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "no").exists()


def test_unreadable_file_is_named_once_and_the_batch_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_cli("summarize", str(empty), str(ARTICLES / "001_664fa499c8dad964.txt"),
                     "--backend", "extractive", "--db", str(tmp_path / "r.sqlite"), "--json",
                     cwd=tmp_path)
    assert result.returncode == 1
    outcomes = {Path(o["path"]).name: o for o in json.loads(result.stdout)["articles"]}
    assert outcomes["empty.txt"] == {**outcomes["empty.txt"], "status": "unreadable",
                                     "error": "the file is empty"}
    assert outcomes["001_664fa499c8dad964.txt"]["status"] == "ok"
    plain = run_cli("summarize", str(empty), "--backend", "extractive",
                    "--db", str(tmp_path / "r.sqlite"), cwd=tmp_path)
    assert plain.stderr.count(str(empty)) == 1


def test_show_lists_finding_ids_and_review_status(scripted_db: Path, tmp_path: Path) -> None:
    shown = json.loads(run_cli("show", "1", "--db", str(scripted_db), "--json").stdout)
    first = shown["findings"][0]
    assert first["review"] == "unreviewed"
    decisions = tmp_path / "d.jsonl"
    decisions.write_text(json.dumps({"finding_id": first["id"], "action": "dismiss"}) + "\n")
    assert run_cli("review", "--decisions", str(decisions), "--db",
                   str(scripted_db)).returncode == 0
    shown_text = run_cli("show", "1", "--db", str(scripted_db), COLUMNS="300").stdout
    # a finding's line: its id, severity, code, path, span and review status
    line = next(line.split() for line in shown_text.splitlines()
                if line.split()[:3] == [str(first["id"]), first["severity"], first["code"]])
    assert line[-1] == "[dismissed]"
    shown = json.loads(run_cli("show", "1", "--db", str(scripted_db), "--json").stdout)
    assert shown["findings"][0]["review"] == "dismissed"


def test_show_finds_an_article_by_relative_or_absolute_path(tmp_path: Path) -> None:
    article = tmp_path / "articles" / "a.txt"
    article.parent.mkdir()
    article.write_text((ARTICLES / "001_664fa499c8dad964.txt").read_text(encoding="utf-8"),
                       encoding="utf-8")
    db = tmp_path / "r.sqlite"
    assert run_cli("summarize", "articles/a.txt", "--backend", "extractive", "--db", str(db),
                   cwd=tmp_path).returncode == 0
    for ref in ("articles/a.txt", str(article), "./articles/a.txt", "a.txt"):
        result = run_cli("show", ref, "--db", str(db), "--json", cwd=tmp_path)
        assert result.returncode == 0, (ref, result.stderr)


def test_runs_lists_stored_runs_with_filters(replayed_db: Path, tmp_path: Path) -> None:
    everything = json.loads(run_cli("runs", "--db", str(replayed_db), "--json").stdout)["runs"]
    assert len(everything) >= 5 and [r["id"] for r in everything] == sorted(
        (r["id"] for r in everything), reverse=True)
    assert {"id", "article_id", "title", "backend", "model", "status", "actors", "casualties",
            "quotes", "errors", "warnings", "started_at"} <= set(everything[0])
    one = json.loads(run_cli("runs", "--db", str(replayed_db), "--json", "--article",
                             "001_664fa499c8dad964.txt").stdout)["runs"]
    assert {r["path"].rsplit("/", 1)[-1] for r in one} == {"001_664fa499c8dad964.txt"}
    assert json.loads(run_cli("runs", "--db", str(replayed_db), "--json", "--limit",
                              "2").stdout)["runs"] == everything[:2]
    table = run_cli("runs", "--db", str(replayed_db), COLUMNS="250")
    assert table.returncode == 0 and "replay" in table.stdout
    none = run_cli("runs", "--db", str(replayed_db), "--status", "failed", "--backend", "nope")
    assert none.returncode == 0 and "no runs" in none.stdout and "match" in none.stdout
    bad = run_cli("runs", "--db", str(replayed_db), "--status", "maybe")
    assert bad.returncode == 2 and "--status" in bad.stderr


def test_a_large_batch_table_lists_only_what_did_not_end_well() -> None:
    """A 20,000-row table helps nobody and costs memory to draw: past 200 articles the
    table holds the ones that failed, with the totals of each status."""
    from rich.console import Console

    from summarizer.pipeline import Outcome
    from summarizer.render import outcomes_table

    outcomes = [Outcome(path=f"a{i}.txt", status="ok") for i in range(300)]
    outcomes[7] = Outcome(path="broken.txt", status="failed", error="HTTP 500")
    console = Console(width=120, record=True, file=io.StringIO())
    console.print(outcomes_table(outcomes))
    text = console.export_text()
    assert "broken.txt" in text and "a8.txt" not in text
    assert "300 articles: 299 ok, 1 failed; the 1 not ok are listed" in text


def test_the_batch_table_has_the_runs_columns_and_none_left_empty() -> None:
    """A rerun served from the cache spent no tokens and no time: no empty columns for
    them; items and findings read as in `summarizer runs`."""
    from rich.console import Console

    from summarizer.pipeline import Outcome
    from summarizer.render import outcomes_table

    def shown(outcomes: list) -> str:
        console = Console(width=120, record=True, file=io.StringIO())
        console.print(outcomes_table(outcomes))
        return console.export_text()

    cached = Outcome(path="a.txt", status="cached", run_id=3,
                     counts={"actors": 9, "casualties": 3, "quotes": 6},
                     findings={"error": 1, "warning": 2})
    text = shown([cached])
    assert "act/cas/quo" in text and "9/3/6" in text and "1/2" in text
    assert "tokens" not in text and "secs" not in text
    fresh = Outcome(path="b.txt", status="ok", run_id=4, counts={"actors": 1},
                    usage={"total_tokens": 1234}, seconds=2.5)
    text = shown([cached, fresh])
    assert "tokens" in text and "1234" in text and "2.5" in text and "1/-/-" in text


def test_a_long_file_name_folds_within_the_batch_tables_width() -> None:
    """The table is laid out by hand: a name longer than the room left folds onto lines of
    its own under the file column, every line within the terminal's width, the name whole
    when read down the column, and markup in a name shown as written."""
    from rich.console import Console

    from summarizer.pipeline import Outcome
    from summarizer.render import outcomes_table

    name = "a_very_long_file_name_about_[bold]the_war_in_gaza_and_its_toll_2026.txt"
    outcomes = [Outcome(path=f"/x/{name}", status="cached", run_id=12,
                        counts={"actors": 9, "casualties": 3, "quotes": 6},
                        findings={"error": 0, "warning": 1}),
                Outcome(path="/x/b.txt", status="failed", error="HTTP 500")]
    console = Console(width=60, record=True, file=io.StringIO())
    console.print(outcomes_table(outcomes, width=60), soft_wrap=True, end="")
    lines = console.export_text().splitlines()
    assert max(map(len, lines)) <= 60
    first = next(i for i, line in enumerate(lines) if line.startswith("  a_very_long"))
    assert lines[first].split()[1:] == ["cached", "12", "9/3/6", "0/1"]
    folded = [lines[first].split()[0]]
    for line in lines[first + 1:]:
        if not line.startswith("  ") or len(line.split()) != 1:
            break
        folded.append(line.strip())
    assert "".join(folded) == name
    assert any(line.split() == ["b.txt", "failed"] for line in lines)
