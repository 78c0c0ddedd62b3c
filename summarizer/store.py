"""SQLite persistence: articles, runs with provenance, findings, grounding and decisions.

One file, no server (the embedded default). Each run is written in a single transaction the
moment its article finishes, so a crash or Ctrl-C loses at most the articles still in flight.
Provenance is kept whole as JSON, with the fields people filter on repeated as columns.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterator

from summarizer.articles import Article

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    path TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    encoding TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    cache_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    backend TEXT NOT NULL,
    model TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    error TEXT,
    summary TEXT,
    provenance TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_cache ON runs(cache_key, status);
CREATE INDEX IF NOT EXISTS runs_article ON runs(article_id);
CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    path TEXT NOT NULL,
    message TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_run ON findings(run_id);
CREATE TABLE IF NOT EXISTS grounding (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    path TEXT NOT NULL,
    value TEXT,
    status TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    score REAL,
    diff TEXT
);
CREATE INDEX IF NOT EXISTS grounding_run ON grounding(run_id);
"""


class StoreError(LookupError):
    """A run or article that is not in the store."""


def _row(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    for key in ("summary", "provenance", "detail"):
        if key in data and isinstance(data[key], str):
            data[key] = json.loads(data[key])
    return data


class Store:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    # -- writing -------------------------------------------------------------------------
    def save_run(self, article: Article, provenance: dict[str, Any], summary: dict | None,
                 findings: list[dict[str, Any]], grounding: list[dict[str, Any]]) -> int:
        """Store the article (once) and one run with its findings, atomically."""
        with self.db:
            self.db.execute(
                "INSERT OR IGNORE INTO articles (id, title, text, path, source_sha256, encoding)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (article.id, article.title, article.text, article.path, article.source_sha256,
                 article.encoding),
            )
            cursor = self.db.execute(
                "INSERT INTO runs (article_id, cache_key, status, backend, model, started_at,"
                " finished_at, error, summary, provenance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, provenance["cache_key"], provenance["status"], provenance["backend"],
                 provenance["model"], provenance["started_at"], provenance["finished_at"],
                 provenance["error"], json.dumps(summary) if summary is not None else None,
                 json.dumps(provenance)),
            )
            run_id = int(cursor.lastrowid)
            self.db.executemany(
                'INSERT INTO findings (run_id, seq, code, severity, path, message, start, "end",'
                " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(run_id, i, f["code"], f["severity"], f["path"], f["message"], f.get("start"),
                  f.get("end"), json.dumps(f.get("detail") or {})) for i, f in enumerate(findings)],
            )
            self.db.executemany(
                'INSERT INTO grounding (run_id, path, value, status, start, "end", score, diff)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(run_id, g["path"], g.get("value"), g["status"], g.get("start"), g.get("end"),
                  g.get("score"), g.get("diff")) for g in grounding],
            )
        return run_id

    # -- reading -------------------------------------------------------------------------
    def cached_run_id(self, cache_key: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM runs WHERE cache_key = ? AND status = 'ok' ORDER BY id DESC LIMIT 1",
            (cache_key,),
        ).fetchone()
        return int(row["id"]) if row else None

    def run(self, run_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise StoreError(f"no run {run_id} in {self.path}")
        return _row(row)

    def article(self, article_id: str) -> dict[str, Any]:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id} in {self.path}")
        return dict(row)

    def find_article_ids(self, ref: str) -> list[str]:
        """Articles whose id starts with `ref` or whose source path is `ref`."""
        rows = self.db.execute(
            "SELECT id FROM articles WHERE id LIKE ? OR path = ? OR path LIKE ? ORDER BY added_at",
            (f"{ref}%", ref, f"%/{ref}"),
        ).fetchall()
        return [r["id"] for r in rows]

    def runs_for_article(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM runs WHERE article_id = ? ORDER BY id",
                               (article_id,)).fetchall()
        return [_row(r) for r in rows]

    def latest_runs(self, status: str | None = "ok") -> Iterator[dict[str, Any]]:
        """The newest run of each article (optionally only successful ones), oldest first."""
        condition = "WHERE status = ?" if status else ""
        args = (status,) if status else ()
        rows = self.db.execute(
            f"SELECT * FROM runs WHERE id IN (SELECT MAX(id) FROM runs {condition} "
            "GROUP BY article_id) ORDER BY id", args,
        ).fetchall()
        return (_row(r) for r in rows)

    def findings(self, run_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM findings WHERE run_id = ? ORDER BY seq",
                               (run_id,)).fetchall()
        return [_row(r) for r in rows]

    def grounding(self, run_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM grounding WHERE run_id = ? ORDER BY rowid",
                               (run_id,)).fetchall()
        return [dict(r) for r in rows]
