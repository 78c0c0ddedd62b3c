"""SQLite persistence: articles, runs with provenance, findings, grounding and decisions.

One file, no server (the embedded default). Each run is written in a single transaction the
moment its article finishes, so a crash or Ctrl-C loses at most the articles still in flight.
Provenance is kept whole as JSON, with the fields people filter on repeated as columns.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:  # only the type: reading the store needs no article loading
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
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    run_id INTEGER NOT NULL REFERENCES runs(id),
    action TEXT NOT NULL CHECK (action IN ('confirm', 'dismiss', 'edit', 'skip')),
    value TEXT,
    old_value TEXT,
    reviewer TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    undone_at TEXT
);
CREATE INDEX IF NOT EXISTS decisions_run ON decisions(run_id);
CREATE UNIQUE INDEX IF NOT EXISTS decisions_one_active ON decisions(finding_id)
    WHERE undone_at IS NULL AND action != 'skip';
CREATE TABLE IF NOT EXISTS leases (
    cache_key TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    expires_at REAL NOT NULL
);
"""


BUSY_TIMEOUT_S = 60.0


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
        # another process writing the same database makes us wait (bounded), not fail
        self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
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

    # -- leases: one process pays for one article --------------------------------------------
    def claim(self, cache_key: str, owner: str, ttl_s: float, reuse: bool = True) -> bool:
        """Take the lease on `cache_key` for `ttl_s` seconds, unless another live owner holds
        it or, with `reuse` (no --force), a successful run is stored already: another process
        may have stored it and let go of the lease since the caller last looked. A lease
        whose process has died on this host, or whose time is up, is taken over, so a killed
        batch never blocks the next one for long."""
        now = time.time()
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            if reuse and self.db.execute("SELECT 1 FROM runs WHERE cache_key = ? AND "
                                         "status = 'ok'", (cache_key,)).fetchone() is not None:
                return False
            row = self.db.execute("SELECT owner, host, pid, expires_at FROM leases"
                                  " WHERE cache_key = ?", (cache_key,)).fetchone()
            if row is not None and row["owner"] != owner and row["expires_at"] > now and not (
                    row["host"] == _host() and not _alive(row["pid"])):
                return False
            self.db.execute(
                "INSERT OR REPLACE INTO leases (cache_key, owner, host, pid, expires_at)"
                " VALUES (?, ?, ?, ?, ?)", (cache_key, owner, _host(), os.getpid(), now + ttl_s))
        return True

    def release(self, cache_key: str, owner: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM leases WHERE cache_key = ? AND owner = ?",
                            (cache_key, owner))

    def release_all(self, owner: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM leases WHERE owner = ?", (owner,))

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
        """Articles whose id starts with `ref` or whose source path is `ref`, written as it
        was stored or in another form of the same path (relative, absolute, ending in it)."""
        forms = _path_forms(ref)
        marks = ", ".join("?" * len(forms))
        rows = self.db.execute(
            f"SELECT id FROM articles WHERE id LIKE ? OR path IN ({marks}) OR path LIKE ? "
            "ORDER BY added_at",
            (f"{ref}%", *forms, f"%/{ref}"),
        ).fetchall()
        return list(dict.fromkeys(r["id"] for r in rows))

    def runs_for_article(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM runs WHERE article_id = ? ORDER BY id",
                               (article_id,)).fetchall()
        return [_row(r) for r in rows]

    def latest_runs(self, status: str | None = "ok") -> Iterator[dict[str, Any]]:
        """The newest run of each article (optionally only successful ones), oldest first."""
        condition = "WHERE status = ?" if status else ""
        args = (status,) if status else ()
        # read as iterated (a cursor of its own), so 20,000 runs are never all in memory
        cursor = self.db.execute(
            f"SELECT * FROM runs WHERE id IN (SELECT MAX(id) FROM runs {condition} "
            "GROUP BY article_id) ORDER BY id", args)
        return (_row(r) for r in cursor)

    def latest_ok_run_paths(self, backend: str | None = None, model: str | None = None
                            ) -> list[tuple[int, str]]:
        """(run id, article source path) of the newest successful run of each article,
        optionally of one backend and model: what gold files named by path are matched on."""
        where, args = _where(status="ok", backend=backend, model=model)
        rows = self.db.execute(
            "SELECT runs.id, articles.path FROM runs JOIN articles ON articles.id = "
            f"runs.article_id WHERE runs.id IN (SELECT MAX(id) FROM runs {where} "
            "GROUP BY article_id) ORDER BY runs.id", args,
        ).fetchall()
        return [(r["id"], r["path"]) for r in rows]

    def list_runs(self, *, status: str | None = None, backend: str | None = None,
                  model: str | None = None, article_ids: list[str] | None = None,
                  limit: int | None = None) -> list[dict[str, Any]]:
        """Stored runs, newest first, with their article's title and path and how many
        findings of each severity they have (summaries and provenance are left out)."""
        where, args = _where(status=status, backend=backend, model=model,
                             article_ids=article_ids, table="runs.")
        rows = self.db.execute(
            "SELECT runs.id, runs.article_id, articles.title, articles.path, runs.status, "
            "runs.backend, runs.model, runs.started_at, runs.finished_at, runs.error, "
            "json_array_length(runs.summary, '$.actors') AS actors, "
            "json_array_length(runs.summary, '$.casualties') AS casualties, "
            "json_array_length(runs.summary, '$.quotes') AS quotes, "
            "(SELECT COUNT(*) FROM findings f WHERE f.run_id = runs.id "
            " AND f.severity = 'error') AS errors, "
            "(SELECT COUNT(*) FROM findings f WHERE f.run_id = runs.id "
            " AND f.severity = 'warning') AS warnings "
            f"FROM runs JOIN articles ON articles.id = runs.article_id {where} "
            f"ORDER BY runs.id DESC {'LIMIT ?' if limit else ''}",
            (*args, *([limit] if limit else [])),
        ).fetchall()
        return [dict(r) for r in rows]

    def findings(self, run_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM findings WHERE run_id = ? ORDER BY seq",
                               (run_id,)).fetchall()
        return [_row(r) for r in rows]

    def grounding(self, run_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM grounding WHERE run_id = ? ORDER BY rowid",
                               (run_id,)).fetchall()
        return [dict(r) for r in rows]

    # -- review decisions ----------------------------------------------------------------
    # A finding is resolved by its one active (not undone) confirm, dismiss or edit decision;
    # skips are kept for the audit trail but resolve nothing. Undo marks a decision undone
    # instead of deleting it, so the table records every decision ever made.

    def finding(self, finding_id: int) -> dict[str, Any]:
        """One finding with its run's article id and the article title."""
        row = self.db.execute(
            "SELECT f.*, r.article_id, a.title FROM findings f JOIN runs r ON r.id = f.run_id"
            " JOIN articles a ON a.id = r.article_id WHERE f.id = ?", (finding_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no finding {finding_id} in {self.path}")
        return _row(row)

    def unresolved_findings(self, scope: FindingScope | None = None) -> list[dict[str, Any]]:
        """Findings in `scope` without an active resolving decision, in run then check order."""
        where, args = (scope or FindingScope()).sql()
        rows = self.db.execute(
            "SELECT f.*, r.article_id, a.title FROM findings f JOIN runs r ON r.id = f.run_id"
            f" JOIN articles a ON a.id = r.article_id WHERE {where} AND NOT EXISTS"
            f" (SELECT 1 FROM decisions d WHERE d.finding_id = f.id AND {_ACTIVE_RESOLVING})"
            " ORDER BY f.run_id, f.seq", args,
        ).fetchall()
        return [_row(r) for r in rows]

    def record_decision(self, finding_id: int, action: str, reviewer: str, *,
                        value: Any = None, old_value: Any = None,
                        decided_at: str | None = None) -> dict[str, Any]:
        """Save one decision at once. `value`/`old_value` are kept for edits only.

        Raises StoreError for an unknown finding and DecisionConflict when the finding already
        has an active resolving decision (two reviewers, or a decisions file applied twice).
        """
        if action not in DECISION_ACTIONS:
            raise ValueError(f"unknown action {action!r}; choose one of {', '.join(DECISION_ACTIONS)}")
        finding = self.finding(finding_id)
        edit = action == "edit"
        try:
            with self.db:
                cursor = self.db.execute(
                    "INSERT INTO decisions (finding_id, run_id, action, value, old_value, reviewer,"
                    " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (finding_id, finding["run_id"], action,
                     json.dumps(value, ensure_ascii=False) if edit else None,
                     json.dumps(old_value, ensure_ascii=False) if edit else None,
                     reviewer, decided_at or _utc_now()),
                )
        except sqlite3.IntegrityError:
            active = self.active_decision(finding_id)
            raise DecisionConflict(
                f"finding {finding_id} is already decided ({active['action']} by"
                f" {active['reviewer']} at {active['decided_at']})" if active else
                f"finding {finding_id} is already decided") from None
        return self._decision(int(cursor.lastrowid))

    def active_decision(self, finding_id: int) -> dict[str, Any] | None:
        """The decision that currently resolves `finding_id`, if any."""
        row = self.db.execute(
            f"SELECT * FROM decisions d WHERE d.finding_id = ? AND {_ACTIVE_RESOLVING}",
            (finding_id,),
        ).fetchone()
        return _decision_row(row) if row else None

    def undo_last_decision(self, reviewer: str,
                           scope: FindingScope | None = None) -> dict[str, Any] | None:
        """Mark `reviewer`'s newest active decision within `scope` undone; returns it (or None)."""
        where, args = (scope or FindingScope()).sql()
        with self.db:
            row = self.db.execute(
                "SELECT d.id FROM decisions d JOIN findings f ON f.id = d.finding_id"
                " JOIN runs r ON r.id = f.run_id JOIN articles a ON a.id = r.article_id"
                f" WHERE d.reviewer = ? AND d.undone_at IS NULL AND {where}"
                " ORDER BY d.id DESC LIMIT 1", (reviewer, *args),
            ).fetchone()
            if row is None:
                return None
            self.db.execute("UPDATE decisions SET undone_at = ? WHERE id = ?",
                            (_utc_now(), row["id"]))
        return self._decision(int(row["id"]))

    def decisions(self, run_id: int, *, include_undone: bool = False) -> list[dict[str, Any]]:
        """Decisions on a run's findings, oldest first (the order edits must be applied in)."""
        condition = "" if include_undone else " AND undone_at IS NULL"
        rows = self.db.execute(
            f"SELECT * FROM decisions WHERE run_id = ?{condition} ORDER BY id", (run_id,),
        ).fetchall()
        return [_decision_row(r) for r in rows]

    def _decision(self, decision_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT * FROM decisions WHERE id = ?", (decision_id,)).fetchone()
        return _decision_row(row)


DECISION_ACTIONS = ("confirm", "dismiss", "edit", "skip")
_ACTIVE_RESOLVING = "d.undone_at IS NULL AND d.action != 'skip'"


class DecisionConflict(ValueError):
    """A decision on a finding that another active decision already resolves."""


@dataclass(frozen=True)
class FindingScope:
    """Which findings a review covers. Without `run_id`, only each article's newest successful
    run is in scope: that is the run `export` uses, so older runs need no review."""

    run_id: int | None = None
    article: str | None = None  # article id prefix or source path, as `show` accepts
    severities: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()

    def sql(self) -> tuple[str, list[Any]]:
        """A WHERE clause over aliases f (findings), r (runs), a (articles), and its arguments."""
        clauses: list[str] = []
        args: list[Any] = []
        if self.run_id is not None:
            clauses.append("f.run_id = ?")
            args.append(self.run_id)
        else:
            clauses.append("r.id IN (SELECT MAX(id) FROM runs WHERE status = 'ok'"
                           " GROUP BY article_id)")
        if self.article:
            clauses.append("(a.id LIKE ? OR a.path = ? OR a.path LIKE ?)")
            args += [f"{self.article}%", self.article, f"%/{self.article}"]
        for column, values in (("f.severity", self.severities), ("f.code", self.codes)):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
                args += list(values)
        return " AND ".join(clauses), args


def _decision_row(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    for key in ("value", "old_value"):
        if data[key] is not None:
            data[key] = json.loads(data[key])
    return data


def _where(*, table: str = "", article_ids: list[str] | None = None,
           **equal: str | None) -> tuple[str, list[Any]]:
    """A WHERE clause (empty when nothing filters) and its arguments: each column given a value
    must equal it; `article_ids`, when given, lists the articles allowed."""
    conditions, args = [], []
    for column, value in equal.items():
        if value is not None:
            conditions.append(f"{table}{column} = ?")
            args.append(value)
    if article_ids is not None:
        conditions.append(f"{table}article_id IN ({', '.join('?' * len(article_ids))})")
        args.extend(article_ids)
    return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), args


def _path_forms(ref: str) -> list[str]:
    """`ref` as given, absolute, and relative to the working directory."""
    forms = [ref]
    try:
        absolute = os.path.abspath(ref)
        forms += [absolute, os.path.relpath(absolute)]
    except ValueError:  # a ref that is no path (or on another drive)
        pass
    return list(dict.fromkeys(forms))


@cache
def _host() -> str:
    """This machine's name, for leases; asked only by a batch (importing `socket` is a
    noticeable part of a short command that never takes a lease)."""
    import socket

    return socket.gethostname()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")
