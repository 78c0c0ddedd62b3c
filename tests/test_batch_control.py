"""Controlling a batch from outside: Ctrl-C, kill -9, a second process on the same database,
and a server that refuses the output mode; plus what a command imports when it needs no
model. All against the real CLI in subprocesses and a loopback server (tests/loopback.py)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ARTICLES, clean_env, db_rows, provenance_of, run_cli
from loopback import Reply, Request, completion, error, server

from summarizer.schema import ArticleSummary

ANSWER = completion(ArticleSummary(summary="Peshmerga forces launched an operation.")
                    .model_dump_json())
ALL = sorted(str(p) for p in ARTICLES.glob("*.txt"))


def _popen(*args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "summarizer", *args], cwd=cwd,
                            env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _openai(url: str, db: Path, *extra: str) -> list[str]:
    return ["summarize", *ALL, "--backend", "openai", "--base-url", url, "--model", "m",
            "--db", str(db), *extra]


def _wait_for_runs(db: Path, count: int, proc: subprocess.Popen[str]) -> None:
    for _ in range(600):
        try:
            if db.exists() and len(db_rows(db, "SELECT id FROM runs")) >= count:
                return
        except sqlite3.OperationalError:  # the file is there, its tables not yet
            pass
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} runs were stored")


def _first_answers_then_hang(answered: int):  # type: ignore[no-untyped-def]
    def policy(request: Request) -> Reply:
        if request.number <= answered:
            return Reply(body=ANSWER)
        return Reply(body=ANSWER, delay_s=60)  # the rest hang far past the test
    return policy


def test_ctrl_c_stores_what_finished_and_a_rerun_does_only_the_rest(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with server(_first_answers_then_hang(2)) as (url, received):
        proc = _popen(*_openai(url, db, "--jobs", "1", "--json"), cwd=tmp_path)
        _wait_for_runs(db, 2, proc)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=30)  # prompt: it does not wait 60 s
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "interrupted: 2 article(s) stored" in stderr
    statuses = [o["status"] for o in json.loads(stdout)["articles"]] if stdout.startswith("{") \
        else None
    assert statuses is None or statuses.count("interrupted") == 3
    assert [r["status"] for r in db_rows(db, "SELECT status FROM runs")] == ["ok", "ok"]
    assert db_rows(db, "SELECT * FROM leases") == []  # nothing left claimed
    _rerun_finishes_the_batch(db, tmp_path)


def _rerun_finishes_the_batch(db: Path, tmp_path: Path) -> None:
    """Run the interrupted batch again against a server that answers: the two stored
    articles come from the cache, only the other three are asked, none is stored twice."""
    with server(lambda request: Reply(body=ANSWER)) as (url, received):
        rerun = run_cli(*_openai(url, db, "--json"), cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    outcomes = json.loads(rerun.stdout)["articles"]
    assert sorted(o["status"] for o in outcomes) == ["cached", "cached", "ok", "ok", "ok"]
    assert len(received) == 3
    runs = db_rows(db, "SELECT article_id FROM runs WHERE status = 'ok'")
    assert len(runs) == len({r["article_id"] for r in runs}) == 5
    assert db_rows(db, "SELECT * FROM leases") == []


def test_a_second_ctrl_c_quits_at_once_without_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with server(_first_answers_then_hang(1)) as (url, _):
        proc = _popen(*_openai(url, db, "--jobs", "2"), cwd=tmp_path)
        _wait_for_runs(db, 1, proc)
        proc.send_signal(signal.SIGINT)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "Traceback" not in stderr
    assert len(db_rows(db, "SELECT id FROM runs")) == 1


def test_after_kill_9_a_rerun_finishes_the_batch_without_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with server(_first_answers_then_hang(2)) as (url, _):
        proc = _popen(*_openai(url, db, "--jobs", "2"), cwd=tmp_path)
        _wait_for_runs(db, 2, proc)
        proc.kill()
        proc.wait(timeout=30)
    assert db_rows(db, "SELECT COUNT(*) AS n FROM leases")[0]["n"] >= 1  # held by the dead
    _rerun_finishes_the_batch(db, tmp_path)


def test_two_processes_on_one_database_pay_once_per_article(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with server(lambda request: Reply(body=ANSWER, delay_s=0.5)) as (url, received):
        first = _popen(*_openai(url, db, "--jobs", "2", "--json"), cwd=tmp_path)
        time.sleep(0.3)
        second = _popen(*_openai(url, db, "--jobs", "2", "--json"), cwd=tmp_path)
        outputs = [p.communicate(timeout=120) for p in (first, second)]
    for proc, (stdout, stderr) in zip((first, second), outputs):
        assert proc.returncode == 0, stderr
        assert {o["status"] for o in json.loads(stdout)["articles"]} <= {"ok", "cached"}
    asked = [r.article for r in received]
    assert len(asked) == len(set(asked)) == 5  # every article paid for exactly once
    assert len(db_rows(db, "SELECT id FROM runs")) == 5


def test_a_lease_is_not_taken_on_an_article_another_process_has_just_stored(
        tmp_path: Path) -> None:
    """The race behind paying twice: process B finds no stored run and no free lease; A
    stores its run and releases the lease; B's next claim must see the run, not a free
    lease."""
    from summarizer.articles import load_article
    from summarizer.store import Store

    article = load_article(sorted(ARTICLES.glob("*.txt"))[0])
    store = Store(tmp_path / "r.sqlite")
    try:
        assert store.claim("key", "process-a", 60)
        assert not store.claim("key", "process-b", 60)  # A holds it: B waits
        store.save_run(article, {"cache_key": "key", "status": "ok", "backend": "b",
                                 "model": "m", "started_at": "t0", "finished_at": "t1",
                                 "error": None}, {"summary": "s"}, [], [])
        store.release("key", "process-a")
        assert not store.claim("key", "process-b", 60)  # stored: nothing left to pay for
    finally:
        store.close()


def _refuses(*modes: str):  # type: ignore[no-untyped-def]
    """A server that answers 500 to the response formats or tools in `modes`, like
    llama.cpp's server does for json_schema."""
    def policy(request: Request) -> Reply:
        body = request.body
        asked = ("tools" if body.get("tools")
                 else (body.get("response_format") or {}).get("type", "none"))
        if asked in modes:
            return error(500, f"response_format type {asked} is not supported")
        if asked == "tools":
            call = {"id": "c1", "type": "function", "function": {
                "name": body["tools"][0]["function"]["name"],
                "arguments": ArticleSummary(summary="An operation.").model_dump_json()}}
            return Reply(body=json.dumps({
                "id": "loopback", "object": "chat.completion", "created": 0, "model": "m",
                "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                    "role": "assistant", "content": None, "tool_calls": [call]}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode())
        return Reply(body=ANSWER)
    return policy


def test_a_server_refusing_json_schema_gets_json_object_once_for_the_batch(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with server(_refuses("json_schema")) as (url, received):
        result = run_cli(*_openai(url, db, "--jobs", "1", "--json"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    formats = [(r.body.get("response_format") or {}).get("type") for r in received]
    assert formats == ["json_schema"] + ["json_object"] * 5  # refused once, never retried
    assert result.stderr.count("refused the json_schema output mode") == 1
    shown = run_cli("show", "1", "--db", str(db), cwd=tmp_path)
    assert "the server refused json_schema, asked with json" in " ".join(shown.stdout.split())
    for outcome in json.loads(result.stdout)["articles"]:
        prov = provenance_of(db, outcome["run_id"])
        assert prov["instructor_mode"] == "json"
        assert prov["mode_fallbacks"][0]["from"] == "json_schema"
        assert prov["mode_fallbacks"][0]["to"] == "json"


def test_a_server_refusing_every_response_format_ends_in_tools(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with server(_refuses("json_schema", "json_object")) as (url, received):
        result = run_cli("summarize", ALL[0], "--backend", "openai", "--base-url", url,
                         "--model", "m", "--db", str(db), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (outcome,) = json.loads(result.stdout)["articles"]
    prov = provenance_of(db, outcome["run_id"])
    assert prov["instructor_mode"] == "tools"
    assert [f["to"] for f in prov["mode_fallbacks"]] == ["json", "tools"]
    assert len(received) == 3 and len(prov["attempts"]) == 3


def _imported(*args: str, cwd: Path) -> set[str]:
    """Top-level packages a CLI command imported (python -X importtime)."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "summarizer", *args],
                            cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return {line.rsplit("|", 1)[1].strip().split(".")[0]
            for line in result.stderr.splitlines() if line.startswith("import time:")}


def test_no_model_stack_is_imported_when_no_model_is_asked(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    first = _imported("summarize", ALL[0], "--backend", "extractive", "--db", str(db), cwd=tmp_path)
    assert not first & {"openai", "instructor", "httpx2"}  # the miner needs no client
    with server(lambda request: Reply(body=ANSWER)) as (url, _):
        assert run_cli(*_openai(url, db), cwd=tmp_path).returncode == 0
        cached = _imported(*_openai(url, db), cwd=tmp_path)
    assert not cached & {"openai", "instructor", "httpx2", "tenacity"}
    shown = _imported("show", "1", "--db", str(db), cwd=tmp_path)
    assert not shown & {"openai", "instructor", "httpx2"}


def test_a_check_of_words_written_as_in_the_article_loads_no_fuzzy_matcher(
        tmp_path: Path) -> None:
    """rapidfuzz is imported on the first fuzzy alignment: checking the hand-written gold of
    a fixture, whose fields all occur as written, never needs it."""
    article = Path(ALL[0])
    gold = article.parent.parent / "gold" / f"{article.stem}.json"
    assert "rapidfuzz" not in _imported("check", str(article), str(gold), cwd=tmp_path)


def test_the_extractive_backend_mines_each_article_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The miner reads the article for the summary, and the check reuses that reading."""
    from summarizer.check import checker
    from summarizer.cli import app
    from summarizer.llm import extractive
    from typer.testing import CliRunner

    calls: list[str] = []

    def counted(original):  # type: ignore[no-untyped-def]
        def mine(text: str):  # type: ignore[no-untyped-def]
            calls.append(text)
            return original(text)
        return mine

    for module in (extractive, checker):  # every place the miner is called from
        monkeypatch.setattr(module, "mine", counted(module.mine))
    result = CliRunner().invoke(app, ["summarize", *ALL, "--backend", "extractive",
                                      "--db", str(tmp_path / "r.sqlite")])
    assert result.exit_code == 0, result.output
    assert len(calls) == len(ALL)
