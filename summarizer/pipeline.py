"""article -> extract -> check -> store, for a batch of files.

Extractions run in a thread pool (they mostly wait on the model), at most two per worker in
flight, so memory stays flat however long the batch; results are written to the store from
the calling thread only, one transaction per article, as each one finishes. A failure is
stored as a failed run and the batch goes on. Before paying a model for an article the batch
takes a lease on it in the store, so a second process on the same database waits for that
answer instead of paying again. The client is built only when the first request is due: a
batch whose every article is cached never imports openai.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
import uuid
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from summarizer import __version__
from summarizer.articles import Article, ArticleError, load_article
from summarizer.canonical import canonical_json
from summarizer.config import Settings
from summarizer.llm.attempts import utc_now
from summarizer.llm.backends import Backend
from summarizer.llm.modes import ModeChoice
from summarizer.llm.result import Extraction
from summarizer.prompts import Prompt
from summarizer.schema_cache import schema_sha256, schema_version
from summarizer.secrets import scrub_json
from summarizer.store import Store

if TYPE_CHECKING:
    from summarizer.llm.client import ModelClient
    from summarizer.reading.miner import Mined

ClientFactory = Callable[[], "ModelClient"]
# A record salvaged from an answer cut off at the token limit: a person should know the
# model stopped before the end of the article.
ANSWER_TRUNCATED = {"code": "ANSWER_TRUNCATED", "severity": "warning", "path": "",
                    "message": "the model's answer was cut off at the output token limit; "
                               "items after the last complete one are missing",
                    "start": None, "end": None, "detail": {}}
LEASE_POLL_S = 0.5


@dataclass
class Outcome:
    """What happened to one input file, for the end-of-batch table and --json."""

    path: str
    status: str  # ok | cached | failed | unreadable | interrupted
    article_id: str | None = None
    title: str | None = None
    run_id: int | None = None
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    findings: dict[str, int] = field(default_factory=dict)
    usage: dict[str, int] = field(default_factory=dict)
    seconds: float | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def went_well(self) -> bool:
        """Stored (or found stored) without failing: what a large batch's table leaves out."""
        return self.status in ("ok", "cached")

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def cache_key(article: Article, prompt: Prompt, backend: Backend, settings: Settings) -> str:
    """Same article + prompt + model + schema (+ generation parameters) = same result."""
    parts = {"article": article.id, "prompt": prompt.sha256, "model": backend.model,
             "schema": schema_sha256(), "params": settings.request_params(),
             "chunk_chars": settings.chunk_chars}
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
        "instructor_mode": extraction.mode or backend.mode,
        "mode_fallbacks": extraction.mode_fallbacks,
        "prompt": {"name": prompt.name, "version": prompt.version, "sha256": prompt.sha256},
        "schema": {"version": schema_version(), "sha256": schema_sha256()},
        "request_params": {**settings.request_params(), "max_reasks": settings.max_reasks,
                           "max_http_attempts": settings.max_http_attempts,
                           "timeout_s": settings.timeout_s},
        "attempts": _attempts(extraction),
        "usage": extraction.usage,
        "response_id": extraction.response_id,
        "raw_response": extraction.raw_response,
        "last_invalid_output": extraction.last_invalid_output,
        "truncated": extraction.truncated,
        "chunking": ({"max_chars": settings.chunk_chars, "chunks": extraction.chunks}
                     if extraction.chunks else None),
        "tool_version": __version__,
        "started_at": started_at,
        "finished_at": utc_now(),
        "status": "ok" if extraction.summary is not None else "failed",
        "error": extraction.error,
    }


def _attempts(extraction: Extraction) -> list[dict[str, Any]]:
    """The attempts for provenance. The accepted answer (the last one that came back) is the
    raw response already, so its text is not stored a second time."""
    attempts = [a.to_dict() for a in extraction.attempts]
    if extraction.summary is not None and extraction.raw_response is not None:
        answered = [a for a in attempts if a["status"] == 200]
        if answered:
            answered[-1]["output"] = None
    return attempts


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
    """One article read by the backend, not yet checked."""

    article: Article
    extraction: Extraction
    key: str
    started_at: str
    mined: Mined | None = None  # the miner's reading, when the miner was the reader


class _Once:
    """Builds the client on first use, once, whichever worker thread asks first."""

    def __init__(self, factory: ClientFactory) -> None:
        self._factory = factory
        self._client: ModelClient | None = None
        self._lock = threading.Lock()

    def __call__(self) -> ModelClient:
        with self._lock:
            if self._client is None:
                self._client = self._factory()
            return self._client


def _work(client: ClientFactory, modes: ModeChoice, backend: Backend, settings: Settings,
          prompt: Prompt, article: Article, key: str) -> _Done:
    """Read one article with the backend (in a worker thread: mostly waiting on the model).
    The check runs later in the batch's own thread, so this worker is free to send the
    next request as soon as its answer is in."""
    started_at = utc_now()
    try:
        if backend.transport is None:  # the extractive backend: the miner reads, once
            from summarizer.llm import extractive

            extraction, mined = extractive.read(article)
            return _Done(article, extraction, key, started_at, mined)
        from summarizer.llm.extract import extract

        extraction = extract(client(), backend, settings, prompt, article, modes)
    except Exception as exc:  # a bug must cost one article, not the batch
        extraction = Extraction(summary=None, error=f"internal error: {type(exc).__name__}: {exc}")
    return _Done(article, extraction, key, started_at)


def _check(done: _Done) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The findings and grounding of one extraction (none when it failed)."""
    extraction = done.extraction
    if extraction.summary is None:
        return [], []
    from summarizer.check import check_summary

    try:
        report = check_summary(done.article.text, extraction.summary, done.mined).to_json()
    except Exception as exc:  # a bug must cost one article, not the batch; attempts are kept
        extraction.error = f"internal error while checking: {type(exc).__name__}: {exc}"
        extraction.summary = None
        return [], []
    findings = report["findings"]
    if extraction.truncated:
        findings.insert(0, {**ANSWER_TRUNCATED, "detail": {}})
    return findings, report["grounding"]


def _warnings(article: Article) -> list[str]:
    if article.replaced_bytes:
        return [f"{article.replaced_bytes} byte(s) that are not {article.encoding} were replaced "
                "by \ufffd while decoding; check the text around them"]
    return []


class Interrupted(Exception):
    """Ctrl-C stopped the batch: what finished is stored; `outcomes` says what happened to
    every input (the rest are 'interrupted')."""

    def __init__(self, outcomes: list[Outcome]) -> None:
        super().__init__("interrupted")
        self.outcomes = outcomes


def _lease_ttl(settings: Settings) -> float:
    """How long one article may take before another process may take it over: every attempt
    of every re-ask timing out, plus a margin."""
    attempts = (settings.max_http_attempts or 1) * (settings.max_reasks + 1)
    return (settings.timeout_s or 120.0) * attempts + 60.0


class _Batch:
    """One summarize call: the inputs in order, the work in flight, the outcomes so far."""

    def __init__(self, store: Store, client: ClientFactory, backend: Backend, settings: Settings,
                 prompt: Prompt, jobs: int, on_done: Callable[[Outcome], None],
                 keep: Callable[[Outcome], bool]) -> None:
        self.store, self.backend, self.settings, self.prompt = store, backend, settings, prompt
        self.client = _Once(client)
        self.modes = ModeChoice(backend.mode)
        self.jobs = max(jobs, 1)
        self.on_done, self.keep = on_done, keep
        self.finished: set[str] = set()
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.ttl = _lease_ttl(settings)
        self.outcomes: dict[str, Outcome] = {}
        self.pool = ThreadPoolExecutor(max_workers=self.jobs)
        self.in_flight: dict[Future[_Done], str] = {}
        # each submitted article not yet finished: its cache key, id and title
        self.submitted: dict[str, tuple[str, str, str | None]] = {}

    def finish(self, ref: str, outcome: Outcome) -> None:
        self.submitted.pop(ref, None)
        self.finished.add(ref)
        if self.keep(outcome):
            self.outcomes[ref] = outcome
        self.on_done(outcome)

    def cached(self, ref: str, article: Article, run_id: int) -> None:
        self.finish(ref, self._stored(ref, run_id, "cached", article.id, article.title,
                                      _warnings(article)))

    def _stored(self, ref: str, run_id: int, status: str, article_id: str, title: str | None,
                warnings: list[str]) -> Outcome:
        """The outcome of an article whose run is in the store already."""
        run = self.store.run(run_id)
        return Outcome(path=ref, status=status, article_id=article_id, title=title,
                       run_id=run_id, counts=_counts(run["summary"]),
                       findings=_severity_counts(self.store.findings(run_id)),
                       warnings=warnings)

    def submit(self, ref: str, article: Article, key: str) -> None:
        while len(self.in_flight) >= 2 * self.jobs:  # bounded: memory stays flat
            self.collect(block=True)
        self.submitted[ref] = (key, article.id, article.title)
        future = self.pool.submit(_work, self.client, self.modes, self.backend, self.settings,
                                  self.prompt, article, key)
        self.in_flight[future] = ref

    def collect(self, block: bool) -> None:
        """Store every extraction that has finished (waiting for one if `block`)."""
        if not self.in_flight:
            return
        done, _ = wait(self.in_flight, timeout=None if block else 0, return_when=FIRST_COMPLETED)
        for future in done:
            self.store_result(self.in_flight.pop(future), future.result())

    def store_result(self, ref: str, done: _Done) -> None:
        findings, grounding = _check(done)
        extraction = done.extraction
        # a server may echo the key into an error, an output or even the summary
        summary = scrub_json(extraction.summary.model_dump(mode="json")
                             if extraction.summary else None)
        prov = scrub_json(provenance(done.article, self.prompt, self.backend, self.settings,
                                     extraction, done.key, done.started_at))
        try:
            run_id = self.store.save_run(done.article, prov, summary, scrub_json(findings),
                                         scrub_json(grounding))
        except sqlite3.OperationalError as exc:  # locked past the busy timeout
            self.finish(ref, Outcome(path=done.article.path, status="failed",
                                     article_id=done.article.id,
                                     title=done.article.title,
                                     error=f"not stored ({exc}); run the batch again to store it"))
            return
        self.store.release(done.key, self.owner)
        self.finish(ref, Outcome(
            path=done.article.path, status=prov["status"], article_id=done.article.id,
            title=done.article.title, run_id=run_id, error=prov["error"],
            counts=_counts(summary) if summary else {},
            findings=_severity_counts(findings), usage=extraction.usage,
            seconds=round(sum(a.duration_s for a in extraction.attempts), 2),
            warnings=_warnings(done.article) + extraction.warnings))

    def wait_for_others(self, leased: deque[tuple[str, Article, str]]) -> None:
        """Articles another process is reading: reuse its result when it lands, or take the
        article over when its lease ends without one."""
        while leased:
            ref, article, key = leased.popleft()
            cached = self.store.cached_run_id(key)
            if cached is not None:
                self.cached(ref, article, cached)
            elif self.store.claim(key, self.owner, self.ttl):
                self.submit(ref, article, key)
            else:
                leased.append((ref, article, key))
                self.collect(block=False)
                time.sleep(LEASE_POLL_S)

    def interrupted(self, paths: Sequence[Path | str]) -> Interrupted:
        """Ctrl-C: start nothing new, store what has finished, abandon what is in flight."""
        self.pool.shutdown(wait=False, cancel_futures=True)
        for future, ref in list(self.in_flight.items()):
            if future.done() and not future.cancelled():
                self.store_result(ref, future.result())
        for path in paths:
            ref = str(path)
            if ref in self.finished:
                continue
            # Ctrl-C may land after a run was stored and before it was counted
            submitted = self.submitted.get(ref)
            run_id = self.store.cached_run_id(submitted[0]) if submitted else None
            if submitted and run_id is not None:
                _, article_id, title = submitted
                self.outcomes[ref] = self._stored(ref, run_id, "ok", article_id, title, [])
            else:
                self.outcomes[ref] = Outcome(path=ref, status="interrupted",
                                             error="interrupted before it finished")
        self.store.release_all(self.owner)
        return Interrupted([self.outcomes[str(p)] for p in paths if str(p) in self.outcomes])


def summarize_files(paths: Sequence[Path | str], *, store: Store, client: ClientFactory,
                    backend: Backend, settings: Settings, prompt: Prompt, force: bool = False,
                    jobs: int = 1,
                    on_done: Callable[[Outcome], None] = lambda outcome: None,
                    keep: Callable[[Outcome], bool] = lambda outcome: True) -> list[Outcome]:
    """Summarize every file; returns the Outcome of each path that `keep` accepts (every
    one by default; a caller that only reports failures keeps memory flat on a huge batch),
    in input order. `on_done` sees every outcome as it happens. `client` builds the model
    client; it is called at most once, and only if a request is due. On Ctrl-C raises
    Interrupted once what has finished is stored."""
    batch = _Batch(store, client, backend, settings, prompt, jobs, on_done, keep)
    leased: deque[tuple[str, Article, str]] = deque()
    try:
        for path in paths:
            ref = str(path)
            try:
                article = load_article(path)
            except ArticleError as exc:
                # the outcome names the path already: "x.txt: the file is empty", not twice
                batch.finish(ref, Outcome(path=ref, status="unreadable",
                                          error=str(exc).removeprefix(f"{path}: ")))
                continue
            key = cache_key(article, prompt, backend, settings)
            cached = None if force else store.cached_run_id(key)
            if cached is not None:
                batch.cached(ref, article, cached)
            elif store.claim(key, batch.owner, batch.ttl, reuse=not force):
                batch.submit(ref, article, key)
            else:
                leased.append((ref, article, key))
            batch.collect(block=False)
        batch.wait_for_others(leased)
        while batch.in_flight:
            batch.collect(block=True)
    except KeyboardInterrupt:
        raise batch.interrupted(paths) from None
    batch.pool.shutdown()
    return [batch.outcomes[str(p)] for p in paths if str(p) in batch.outcomes]
