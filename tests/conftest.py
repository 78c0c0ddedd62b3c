"""Shared helpers: run the real CLI in a subprocess with a clean, offline environment."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import pytest
from loopback import USAGE, Reply, completion, server

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
RECORDINGS = ROOT / "fixtures" / "recordings"
SYNTHETIC = ROOT / "tests" / "recordings"
_SCRUBBED_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_BACKEND", "SUMMARIZER_MODEL",
                 "SUMMARIZER_MODEL_PATH", "SUMMARIZER_RECORDINGS", "SUMMARIZER_DB",
                 "SUMMARIZER_REVIEWER", "SUMMARIZER_TIMEOUT", "SUMMARIZER_MAX_ATTEMPTS",
                 "SUMMARIZER_REPEAT_PENALTY", "SUMMARIZER_CHAT_FORMAT", "SUMMARIZER_THREADS",
                 "SUMMARIZER_CHUNK_CHARS")


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}
    env.update({"NO_COLOR": "1", "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"}, **extra)
    return env


def run_cli(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """`summarizer ARGS...` as a user would run it, from `cwd` (so no stray .env is read)."""
    return subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True,
                          text=True, cwd=cwd, env=clean_env(**env), timeout=600)


def unresolved_findings(db: Path, *args: str) -> list[dict[str, Any]]:
    """`summarizer review --list --json` with extra filter arguments."""
    result = run_cli("review", "--db", str(db), "--list", "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["findings"]


def db_rows(db: Path, sql: str, *params: Any) -> list[dict[str, Any]]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, params)]
    finally:
        con.close()


def provenance_of(db: Path, run_id: int) -> dict[str, Any]:
    return json.loads(db_rows(db, "SELECT provenance FROM runs WHERE id = ?", run_id)[0]["provenance"])


@contextmanager
def chat_server(content: str, finish_reason: str = "stop", faults: list[bytes] | None = None,
                usage: dict[str, int] | None = None) -> Iterator[str]:
    """A loopback OpenAI-compatible server that answers every chat completion with `content`
    (synthetic), after sending the bodies in `faults` (one per request) with status 200;
    yields its base URL."""
    pending = list(faults or [])
    answer = completion(content, finish_reason, usage or USAGE)
    with server(lambda request: Reply(body=pending.pop(0) if pending else answer)) as (url, _):
        yield url


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "results.sqlite"


@pytest.fixture(scope="session")
def replayed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with all fixture articles summarized from the recorded model answers. Shared by
    the whole session: tests that change it must work on a copy."""
    db = tmp_path_factory.mktemp("replayed") / "r.sqlite"
    result = run_cli("summarize", str(ARTICLES), "--backend", "replay", "--db", str(db),
                     cwd=db.parent)
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="session")
def _scripted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from test_review_data import store_scripted_run

    template = tmp_path_factory.mktemp("scripted") / "r.sqlite"
    store_scripted_run(template)
    return template


@pytest.fixture
def scripted_db(_scripted_template: Path, tmp_path: Path) -> Path:
    """A store with one run of seed article 000 whose summary has known flaws, made by the
    real pipeline (see test_review_data.store_scripted_run); each test gets its own copy."""
    from test_review_data import copy_db

    return copy_db(_scripted_template, tmp_path / "scripted.sqlite")
