"""Faults of a model server, against a scripted OpenAI-compatible server on loopback: every
failure keeps its attempts, usage and output, and says what went wrong."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ARTICLES, chat_server, provenance_of, run_cli, unresolved_findings
from loopback import Reply, server

ARTICLE = ARTICLES / "001_664fa499c8dad964.txt"
# an answer cut off in its second actor: the first is complete
TRUNCATED = ('{"summary": "Airstrikes hit the town", "actors": [{"name": "Peshmerga", '
             '"aliases": [], "kind": "state_force", "role": "conducting"}, {"name": "Iraqi')
CUT_EARLY = '{"summary": "Airstrikes hit'  # nothing complete to keep
INVALID = json.dumps({"summary": 5, "quotes": "none"})


def _summarize(url: str, db: Path) -> dict:
    result = run_cli("summarize", str(ARTICLE), "--backend", "openai", "--base-url", url,
                     "--model", "m", "--db", str(db), "--json", cwd=db.parent)
    assert result.returncode == 1, result.stderr
    (outcome,) = json.loads(result.stdout)["articles"]
    assert outcome["status"] == "failed"
    return outcome


def test_an_answer_cut_off_by_the_token_limit_is_reported_with_what_it_cost(
        tmp_path: Path) -> None:
    with chat_server(CUT_EARLY, finish_reason="length") as url:
        outcome = _summarize(url, tmp_path / "r.sqlite")
    assert "cut off at the output token limit" in outcome["error"]
    assert "internal error" not in outcome["error"]
    prov = provenance_of(tmp_path / "r.sqlite", outcome["run_id"])
    assert prov["attempts"] and all(a["usage"] for a in prov["attempts"])
    assert prov["usage"]["total_tokens"] == 107 * len(prov["attempts"])
    assert prov["last_invalid_output"] == CUT_EARLY  # the partial answer is kept
    assert "truncated" in prov["attempts"][-1]["error"] and prov["truncated"] is True


def test_the_complete_items_of_a_cut_off_answer_are_kept_with_a_warning(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with chat_server(TRUNCATED, finish_reason="length") as url:
        result = run_cli("summarize", str(ARTICLE), "--backend", "openai", "--base-url", url,
                         "--model", "m", "--db", str(db), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (outcome,) = json.loads(result.stdout)["articles"]
    assert outcome["status"] == "ok" and outcome["counts"]["actors"] == 1
    assert any("cut off at the output token limit" in w for w in outcome["warnings"])
    prov = provenance_of(db, outcome["run_id"])
    assert prov["truncated"] is True
    # the partial answer is stored once: as the raw response, not again in its attempt
    assert prov["raw_response"]["choices"][0]["message"]["content"] == TRUNCATED
    assert prov["attempts"][-1]["output"] is None and prov["attempts"][-1]["usage"]
    codes = [f["code"] for f in unresolved_findings(db)]
    assert "ANSWER_TRUNCATED" in codes
    shown = run_cli("show", str(outcome["run_id"]), "--db", str(db), cwd=tmp_path)
    assert "cut off at the output token limit" in shown.stdout


def test_a_validation_failure_stores_the_real_errors(tmp_path: Path) -> None:
    with chat_server(INVALID) as url:
        outcome = _summarize(url, tmp_path / "r.sqlite")
    assert "<failed_attempts>" not in outcome["error"]
    assert "/summary: Input should be a valid string" in outcome["error"]
    prov = provenance_of(tmp_path / "r.sqlite", outcome["run_id"])
    assert len(prov["attempts"]) == 3  # the first answer and two re-asks
    for attempt in prov["attempts"]:
        assert "/quotes: Input should be a valid" in attempt["error"]
        assert attempt["usage"]["total_tokens"] == 107
    assert prov["last_invalid_output"] == INVALID


def test_timeout_and_attempts_bound_what_a_hung_server_costs(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    # a server that never answers in time (it waits longer than the client's timeout)
    with server(lambda request: Reply(body=b"{}", delay_s=5)) as (url, seen):
        result = run_cli("summarize", str(ARTICLE), "--backend", "openai", "--base-url", url,
                         "--model", "m", "--db", str(db), "--json", "--timeout", "0.5",
                         "--max-attempts", "2", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    (outcome,) = json.loads(result.stdout)["articles"]
    assert outcome["status"] == "failed" and "Timeout" in outcome["error"]
    assert len(seen) == 2  # two tries, then the article fails; the batch would go on
    prov = provenance_of(db, outcome["run_id"])
    assert len(prov["attempts"]) == 2
    assert prov["request_params"]["timeout_s"] == 0.5
    assert prov["request_params"]["max_http_attempts"] == 2


def test_backend_defaults_and_bad_values(tmp_path: Path) -> None:
    from summarizer.config import Settings

    assert (Settings().with_backend_defaults("openai").timeout_s,
            Settings().with_backend_defaults("local").timeout_s) == (120.0, 900.0)
    assert Settings(timeout_s=3.0).with_backend_defaults("local").timeout_s == 3.0
    bad = run_cli("summarize", str(ARTICLE), "--backend", "extractive", "--db",
                  str(tmp_path / "r.sqlite"), cwd=tmp_path, SUMMARIZER_TIMEOUT="soon")
    assert bad.returncode == 2 and "SUMMARIZER_TIMEOUT='soon' is not a number" in bad.stderr
    zero = run_cli("summarize", str(ARTICLE), "--backend", "extractive", "--db",
                   str(tmp_path / "r.sqlite"), cwd=tmp_path, SUMMARIZER_MAX_ATTEMPTS="0")
    assert zero.returncode == 2 and "SUMMARIZER_MAX_ATTEMPTS must be above 0" in zero.stderr


def test_malformed_answers_are_retried_below_instructor(tmp_path: Path) -> None:
    """A proxy's error page and an empty choices list are the server's faults: sent again,
    they never reach instructor (which would re-ask the model for them)."""
    from summarizer.schema import ArticleSummary

    good = ArticleSummary(summary="Peshmerga and Iraqi forces launched an operation.")
    db = tmp_path / "r.sqlite"
    empty = json.dumps({"id": "x", "object": "chat.completion", "choices": []}).encode()
    with chat_server(good.model_dump_json(), faults=[b"<html>502 Bad Gateway</html>",
                                                    empty]) as url:
        result = run_cli("summarize", str(ARTICLE), "--backend", "openai", "--base-url", url,
                         "--model", "m", "--db", str(db), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (outcome,) = json.loads(result.stdout)["articles"]
    prov = provenance_of(db, outcome["run_id"])
    errors = [a["error"] for a in prov["attempts"]]
    assert errors[:2] == ["malformed: the answer is not JSON (b'<html>502 Bad Gateway</html>')",
                          "malformed: the answer has an empty choices list"]
    assert errors[2] is None and len(errors) == 3


def test_a_server_that_never_answers_properly_fails_with_the_reason(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with chat_server("unused", faults=[b"not json"] * 10) as url:
        outcome = _summarize(url, db)
    assert "malformed answer: the answer is not JSON" in outcome["error"]
    assert len(provenance_of(db, outcome["run_id"])["attempts"]) == 4  # the server default


def test_a_second_process_holding_the_write_lock_makes_the_batch_wait(tmp_path: Path) -> None:
    """Another process writes the same database for longer than SQLite's default 5 s wait:
    the batch waits for it instead of failing with 'database is locked'."""
    import sqlite3
    import subprocess
    import sys
    import time

    db = tmp_path / "r.sqlite"
    assert run_cli("summarize", str(ARTICLES / "000_71d320ff81bd3780.txt"), "--backend",
                   "extractive", "--db", str(db), cwd=tmp_path).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"con = sqlite3.connect({str(db)!r})\n"
        "con.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "time.sleep(7)\n"
        "con.rollback()\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = run_cli("summarize", str(ARTICLE), "--backend", "extractive", "--db", str(db),
                         "--json", cwd=tmp_path)
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["status"] == "ok"
    assert waited > 3  # it did wait for the other writer
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 2


def test_replay_takes_model_and_mode_from_the_recordings(tmp_path: Path) -> None:
    """Exchanges recorded from a server in tools mode replay without --model or --mode."""
    from summarizer.schema import ArticleSummary

    answer = ArticleSummary(summary="Peshmerga and Iraqi forces launched an operation.")
    recorded, db = tmp_path / "rec", tmp_path / "r.sqlite"
    tool_call = json.dumps({
        "id": "scripted", "object": "chat.completion", "created": 0, "model": "gpt-test",
        "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function", "function": {
                    "name": "ArticleSummary", "arguments": answer.model_dump_json()}}]}}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 7, "total_tokens": 107},
    }).encode()
    with chat_server("unused", faults=[tool_call]) as url:
        first = run_cli("summarize", str(ARTICLE), "--backend", "openai", "--base-url", url,
                        "--model", "gpt-test", "--mode", "tools", "--record", str(recorded),
                        "--db", str(db), "--json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    replayed = run_cli("summarize", str(ARTICLE), "--backend", "replay", "--recordings",
                       str(recorded), "--db", str(tmp_path / "replay.sqlite"), "--json",
                       cwd=tmp_path)
    assert replayed.returncode == 0, replayed.stderr
    assert "backend: replay (model gpt-test)" in replayed.stderr
    (outcome,) = json.loads(replayed.stdout)["articles"]
    prov = provenance_of(tmp_path / "replay.sqlite", outcome["run_id"])
    assert (prov["model"], prov["instructor_mode"]) == ("gpt-test", "tools")
