"""article -> extract -> check -> store, for a batch of files.

Extractions run in a thread pool (they mostly wait on the model); results are written to the
store from the calling thread only, one transaction per article, as each one finishes. A
failure is stored as a failed run and the batch goes on.
"""

from __future__ import annotations

import hashlib
import sqlite3
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import instructor

from summarizer import __version__
from summarizer.articles import Article, ArticleError, load_article
from summarizer.check import check_summary
from summarizer.config import Settings
from summarizer.llm.attempts import utc_now
from summarizer.llm.backends import Backend
from summarizer.llm.extract import Extraction, extract, request_params
from summarizer.llm.http import canonical_json
from summarizer.prompts import Prompt
from summarizer.schema import SCHEMA_VERSION, schema_sha256
from summarizer.secrets import scrub_json
from summarizer.store import Store


@dataclass
class Outcome:
    """What happened to one input file, for the end-of-batch table and --json."""

    path: str
    status: str  # ok | cached | failed | unreadable
    article_id: str | None = None
    title: str | None = None
    run_id: int | None = None
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    findings: dict[str, int] = field(default_factory=dict)
    usage: dict[str, int] = field(default_factory=dict)
    seconds: float | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def cache_key(article: Article, prompt: Prompt, backend: Backend, settings: Settings) -> str:
    """Same article + prompt + model + schema (+ generation parameters) = same result."""
    parts = {"article": article.id, "prompt": prompt.sha256, "model": backend.model,
             "schema": schema_sha256(), "params": request_params(settings)}
    return hashlib.sha256(canonical_json(parts).encode()).hexdigest()


def provenance(article: Article, prompt: Prompt, backend: Backend, settings: Settings,
               extraction: Extraction, key: str, started_at: str) -> dict[str, Any]:
    return {
        "cache_key": key,
        "article_id": article.id,
        "source_path": article.path,
        "source_sha256": article.source_sha256,
        "source_encoding": article.encoding,
        "source_replaced_bytes": article.replaced_bytes,
        "source_format": article.source_format,
        "source_published": article.published,
        "source_site": article.site,
        "backend": backend.name,
        # who read the article: the rule-based miner (no model) or a language model
        "origin": "miner" if backend.name == "extractive" else "model",
        "model": backend.model,
        "endpoint_host": backend.endpoint_host,
        "backend_details": backend.details,
        "instructor_mode": backend.mode,
        "prompt": {"name": prompt.name, "version": prompt.version, "sha256": prompt.sha256},
        "schema": {"version": SCHEMA_VERSION, "sha256": schema_sha256()},
        "request_params": {**request_params(settings), "max_reasks": settings.max_reasks,
                           "max_http_attempts": settings.max_http_attempts,
                           "timeout_s": settings.timeout_s},
        "attempts": [a.to_dict() for a in extraction.attempts],
        "usage": extraction.usage,
        "response_id": extraction.response_id,
        "raw_response": extraction.raw_response,
        "last_invalid_output": extraction.last_invalid_output,
        "tool_version": __version__,
        "started_at": started_at,
        "finished_at": utc_now(),
        "status": "ok" if extraction.summary is not None else "failed",
        "error": extraction.error,
    }


def _counts(summary: dict[str, Any]) -> dict[str, int]:
    return {"actors": len(summary.get("actors", [])),
            "casualties": len(summary.get("casualties", [])),
            "quotes": len(summary.get("quotes", []))}


def _severity_counts(findings: list[dict[str, Any]]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding["severity"]] = counts.get(finding["severity"], 0) + 1
    return counts


@dataclass
class _Done:
    article: Article
    extraction: Extraction
    key: str
    started_at: str
    findings: list[dict[str, Any]]
    grounding: list[dict[str, Any]]


def _work(client: instructor.Instructor, backend: Backend, settings: Settings, prompt: Prompt,
          article: Article, key: str) -> _Done:
    started_at = utc_now()
    findings: list[dict[str, Any]] = []
    grounding: list[dict[str, Any]] = []
    try:
        extraction = extract(client, backend, settings, prompt, article)
        if extraction.summary is not None:
            report = check_summary(article.text, extraction.summary).to_json()
            findings, grounding = report["findings"], report["grounding"]
    except Exception as exc:  # a bug must cost one article, not the batch
        extraction = Extraction(summary=None, error=f"internal error: {type(exc).__name__}: {exc}")
    return _Done(article, extraction, key, started_at, findings, grounding)


def _warnings(article: Article) -> list[str]:
    if article.replaced_bytes:
        return [f"{article.replaced_bytes} byte(s) that are not {article.encoding} were replaced "
                "by \ufffd while decoding; check the text around them"]
    return []


def summarize_files(paths: list[Path | str], *, store: Store, client: instructor.Instructor,
                    backend: Backend, settings: Settings, prompt: Prompt, force: bool = False,
                    jobs: int = 1,
                    on_done: Callable[[Outcome], None] = lambda outcome: None) -> list[Outcome]:
    """Summarize every file; returns one Outcome per path, in input order."""
    outcomes: dict[str, Outcome] = {}
    pending: list[tuple[str, Article, str]] = []  # input ref ("-", a URL, a path), article, key
    for path in paths:
        try:
            article = load_article(path)
        except ArticleError as exc:
            # the outcome names the path already: "x.txt: the file is empty", not twice
            reason = str(exc).removeprefix(f"{path}: ")
            outcomes[str(path)] = Outcome(path=str(path), status="unreadable", error=reason)
            on_done(outcomes[str(path)])
            continue
        key = cache_key(article, prompt, backend, settings)
        cached = None if force else store.cached_run_id(key)
        if cached is not None:
            run = store.run(cached)
            outcomes[str(path)] = Outcome(
                path=str(path), status="cached", article_id=article.id, title=article.title,
                run_id=cached, counts=_counts(run["summary"]),
                findings=_severity_counts(store.findings(cached)), warnings=_warnings(article))
            on_done(outcomes[str(path)])
        else:
            pending.append((str(path), article, key))

    pool = ThreadPoolExecutor(max_workers=max(jobs, 1))
    futures = {pool.submit(_work, client, backend, settings, prompt, article, key): ref
               for ref, article, key in pending}
    try:
        for future in as_completed(futures):
            done = future.result()
            extraction = done.extraction
            # a server may echo the key into an error, an output or even the summary
            summary = scrub_json(extraction.summary.model_dump(mode="json")
                                 if extraction.summary else None)
            prov = scrub_json(provenance(done.article, prompt, backend, settings, extraction,
                                         done.key, done.started_at))
            try:
                run_id = store.save_run(done.article, prov, summary, scrub_json(done.findings),
                                        scrub_json(done.grounding))
            except sqlite3.OperationalError as exc:  # locked past the busy timeout
                outcome = Outcome(path=done.article.path, status="failed",
                                  article_id=done.article.id, title=done.article.title,
                                  error=f"not stored ({exc}); run the batch again to store it")
                outcomes[futures[future]] = outcome
                on_done(outcome)
                continue
            outcome = Outcome(
                path=done.article.path, status=prov["status"], article_id=done.article.id,
                title=done.article.title, run_id=run_id, error=prov["error"],
                counts=_counts(summary) if summary else {},
                findings=_severity_counts(done.findings), usage=extraction.usage,
                seconds=round(sum(a.duration_s for a in extraction.attempts), 2),
                warnings=_warnings(done.article))
            outcomes[futures[future]] = outcome
            on_done(outcome)
    except KeyboardInterrupt:
        # Everything finished so far is already committed; drop what has not started.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return [outcomes[str(p)] for p in paths]
