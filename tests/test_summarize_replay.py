"""`summarizer summarize` end to end: the real CLI, openai client and instructor, answering from
recorded exchanges (fixtures/recordings: real answers of the embedded model; tests/recordings:
synthetic failure scenarios, each marked as such in its file)."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

from conftest import ARTICLES, RECORDINGS, SYNTHETIC, db_rows, provenance_of, run_cli

from summarizer.articles import load_article
from summarizer.llm.extract import salvage
from summarizer.llm.recording import ReplayTransport
from summarizer.schema import ArticleSummary

PROVENANCE_KEYS = {
    "article_id", "source_path", "source_sha256", "backend", "model", "endpoint_host",
    "instructor_mode", "prompt", "schema", "request_params", "attempts", "usage", "response_id",
    "raw_response", "tool_version", "started_at", "finished_at", "status", "error", "cache_key",
    "last_invalid_output",
}
ARTICLE_001 = ARTICLES / "001_664fa499c8dad964.txt"


def recorded_answer(article_path: Path) -> tuple[str, str]:
    """The model's answer recorded for this article (from the raw HTTP response) and why it
    ended ("stop", or "length" when cut off at the token limit)."""
    article_id = load_article(article_path).id
    replay = ReplayTransport(RECORDINGS)
    record = next(r for r in replay.records.values() if r["meta"]["article"] == article_id)
    choice = record["responses"][-1]["body"]["choices"][0]
    return choice["message"]["content"], choice["finish_reason"]


def summarize(db: Path, *args: str, cwd: Path) -> tuple[int, dict]:
    result = run_cli("summarize", *args, "--db", str(db), "--json", cwd=cwd)
    assert result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


def test_summarize_all_fixtures_from_recordings(db: Path, tmp_path: Path) -> None:
    code, report = summarize(db, str(ARTICLES), "--backend", "replay", cwd=tmp_path)
    assert code == 0
    assert [a["status"] for a in report["articles"]] == ["ok"] * 5
    runs = db_rows(db, "SELECT * FROM runs ORDER BY id")
    assert len(runs) == 5
    for run in runs:
        prov = json.loads(run["provenance"])
        assert PROVENANCE_KEYS <= set(prov)
        assert prov["status"] == "ok" and prov["error"] is None
        assert prov["prompt"]["name"] == "extract" and len(prov["prompt"]["sha256"]) == 64
        assert prov["instructor_mode"] == "json_schema"
        assert prov["usage"]["total_tokens"] > 0
        assert prov["raw_response"]["id"] == prov["response_id"]
        # What is stored is exactly what the recorded model answered, validated: whole, or
        # its complete items when the answer was cut off at the token limit.
        content, finish = recorded_answer(Path(prov["source_path"]))
        if finish == "length":
            recorded, _ = salvage(content)
            assert prov["truncated"] is True
        else:
            recorded = ArticleSummary.model_validate_json(content)
        assert json.loads(run["summary"]) == recorded.model_dump(mode="json")
        assert prov["raw_response"]["choices"][0]["message"]["content"] == content
    articles = db_rows(db, "SELECT id, text FROM articles")
    assert {a["id"] for a in articles} == {json.loads(r["provenance"])["article_id"] for r in runs}


def test_rerun_reuses_cache_unless_forced(db: Path, tmp_path: Path) -> None:
    summarize(db, str(ARTICLES), "--backend", "replay", cwd=tmp_path)
    code, report = summarize(db, str(ARTICLES), "--backend", "replay", cwd=tmp_path)
    assert code == 0
    assert [a["status"] for a in report["articles"]] == ["cached"] * 5
    assert len(db_rows(db, "SELECT id FROM runs")) == 5
    code, report = summarize(db, str(ARTICLE_001), "--backend", "replay", "--force", cwd=tmp_path)
    assert [a["status"] for a in report["articles"]] == ["ok"]
    assert len(db_rows(db, "SELECT id FROM runs")) == 6


def test_one_failure_does_not_stop_the_batch(db: Path, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(ARTICLE_001, batch / "a_known.txt")
    (batch / "b_unrecorded.txt").write_text("Fresh report: shelling hit a village on Friday.\n")
    (batch / "c_binary.txt").write_bytes(b"\x00\x01\x02")
    shutil.copy(ARTICLES / "004_0712935fb0021575.txt", batch / "d_known.txt")
    code, report = summarize(db, str(batch), "--backend", "replay", cwd=tmp_path)
    assert code == 1
    statuses = {Path(a["path"]).name: a["status"] for a in report["articles"]}
    assert statuses == {"a_known.txt": "ok", "b_unrecorded.txt": "failed",
                        "c_binary.txt": "unreadable", "d_known.txt": "ok"}
    failed = db_rows(db, "SELECT * FROM runs WHERE status = 'failed'")
    assert len(failed) == 1
    assert "no recorded response" in failed[0]["error"]
    assert "no recording is for this article" in failed[0]["error"]
    assert failed[0]["summary"] is None
    assert len(db_rows(db, "SELECT id FROM runs WHERE status = 'ok'")) == 2


def test_replay_miss_names_what_changed(db: Path, tmp_path: Path) -> None:
    code, report = summarize(db, str(ARTICLE_001), "--backend", "replay", "--model", "other-7b",
                             cwd=tmp_path)
    assert code == 1
    error = report["articles"][0]["error"]
    assert "model 'other-7b'" in error
    assert "differ in: model (recorded 'SmolLM2-135M-Instruct.Q4_1')" in error


def test_rate_limit_and_server_error_are_retried(db: Path, tmp_path: Path) -> None:
    code, report = summarize(db, str(ARTICLE_001), "--backend", "replay", "--recordings",
                             str(SYNTHETIC / "retry"), cwd=tmp_path)
    assert code == 0, report
    prov = provenance_of(db, report["articles"][0]["run_id"])
    attempts = prov["attempts"]
    assert [a["status"] for a in attempts] == [429, 503, 200]
    assert "Rate limit" in attempts[0]["error"]
    waited = (datetime.fromisoformat(attempts[1]["started_at"])
              - datetime.fromisoformat(attempts[0]["started_at"])).total_seconds()
    assert waited >= 1.0  # the recorded 429 said Retry-After: 1
    assert prov["usage"] == attempts[2]["usage"]
    # The faults never reached the conversation: one request body, one prompt.
    assert len(prov["raw_response"]["choices"]) == 1


def test_invalid_answer_is_reasked(db: Path, tmp_path: Path) -> None:
    code, report = summarize(db, str(ARTICLE_001), "--backend", "replay", "--recordings",
                             str(SYNTHETIC / "reask"), cwd=tmp_path)
    assert code == 0, report
    prov = provenance_of(db, report["articles"][0]["run_id"])
    attempts = prov["attempts"]
    assert len(attempts) == 2 and all(a["status"] == 200 for a in attempts)
    assert json.loads(attempts[0]["output"]) == {"summary": "Peshmerga operation near Makhmour.",
                                                 "actors": [{"name": "Peshmerga"}]}
    summed = {k: sum((a["usage"] or {}).get(k, 0) for a in attempts) for k in prov["usage"]}
    assert prov["usage"] == summed and prov["usage"]["total_tokens"] > 0
    reask = next(json.loads(p.read_text()) for p in (SYNTHETIC / "reask").glob("*.json")
                 if not json.loads(p.read_text())["synthetic"])
    last_message = reask["request"]["body"]["messages"][-1]["content"]
    assert "validation error" in last_message
    assert "HTTP" not in last_message


def test_output_that_never_validates_fails_and_keeps_it(db: Path, tmp_path: Path) -> None:
    code, report = summarize(db, str(ARTICLE_001), "--backend", "replay", "--recordings",
                             str(SYNTHETIC / "invalid"), cwd=tmp_path)
    assert code == 1
    outcome = report["articles"][0]
    assert outcome["status"] == "failed"
    assert "invalid model output after 3 attempt(s)" in outcome["error"]
    prov = provenance_of(db, outcome["run_id"])
    assert prov["last_invalid_output"] == "The Peshmerga launched an operation near Makhmour."
    assert len(prov["attempts"]) == 3
