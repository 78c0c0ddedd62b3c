"""The `summarizer` command line (typer): summarize, runs, show, export, report, check, eval,
review.

Commands stay thin: they parse options, call the pipeline, store or checks, and render. What
only one command needs (the LLM stack, the checks, exports, the schema's models) is imported
inside that command, so a command pays only for what it uses.
Progress, the backend line and errors go to stderr; results (tables or --json) to stdout.
Exit status: 0 success, 1 when some article failed, 2 for bad input or configuration.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from collections import Counter
from typing import TYPE_CHECKING, Annotated, Callable, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape

from summarizer.config import ConfigError, Settings
from summarizer.store import FindingScope, Store, StoreError
from summarizer.text import patterns

if TYPE_CHECKING:
    from summarizer.llm.backends import Backend
    from summarizer.pipeline import Outcome

app = typer.Typer(
    name="summarizer",
    help="Turn armed-conflict news articles into structured, verified records.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
# no emoji codes: a path or title holding ":fire:" is shown as written
out = Console(emoji=False)
err = Console(stderr=True, emoji=False)

DbOption = Annotated[Optional[Path], typer.Option(
    "--db", help="SQLite file for results \\[env: SUMMARIZER_DB; default: ./summarizer.sqlite].",
    show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def _show_version(value: bool) -> None:
    if value:
        from summarizer import __version__

        typer.echo(f"summarizer {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option(
        "--version", callback=_show_version, is_eager=True,
        help="Print the version and exit.")] = False,
) -> None:
    """Turn armed-conflict news articles into structured, verified records."""


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def print_json(payload: object) -> None:
    """Machine output: plain JSON on stdout, never wrapped or coloured by rich."""
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


MAX_SUMMARY_BYTES = 5_000_000  # no summary of one article comes near; refuse absurd input fast


def open_store(db: Path | None) -> Store:
    """The store of an existing database: commands that read results never create one (a
    mistyped --db must not leave an empty database or folder behind)."""
    path = db or Settings.from_env().db_path
    if not path.is_file():
        fail(f"no results database at {path}; summarize articles first, or pass --db FILE "
             "(or set SUMMARIZER_DB)")
    return Store(path)


@app.command(epilog="""Examples:

  summarizer summarize fixtures/articles/

  summarizer summarize https://example.org/news/airstrike.html saved-page.html

  pbpaste | summarizer summarize -

  summarizer summarize 'news/2018-*.txt' --backend openai --model gpt-4o-mini

  OPENAI_BASE_URL=http://localhost:11434/v1 summarizer summarize article.txt --model llama3.1

  summarizer summarize fixtures/articles/ --backend replay --json
""")
def summarize(
    paths: Annotated[list[str], typer.Argument(
        help="Article files (text or saved web pages), directories, globs, URLs, or - for "
        "standard input.", show_default=False)],
    backend: Annotated[Optional[str], typer.Option(
        "--backend", "-b", help="auto | openai | local | replay | extractive "
        "\\[env: SUMMARIZER_BACKEND; default: auto].", show_default=False)] = None,
    model: Annotated[Optional[str], typer.Option(
        "--model", "-m", help="Model name \\[env: SUMMARIZER_MODEL].", show_default=False)] = None,
    base_url: Annotated[Optional[str], typer.Option(
        "--base-url", help="OpenAI-compatible endpoint \\[env: OPENAI_BASE_URL].",
        show_default=False)] = None,
    mode: Annotated[Optional[str], typer.Option(
        "--mode", help="instructor mode: auto | tools | json_schema | json | md_json.",
        show_default=False)] = None,
    model_path: Annotated[Optional[Path], typer.Option(
        "--model-path", help="GGUF file for the local backend \\[env: SUMMARIZER_MODEL_PATH].",
        show_default=False)] = None,
    recordings: Annotated[Optional[Path], typer.Option(
        "--recordings", help="Recordings directory for the replay backend.",
        show_default=False)] = None,
    record: Annotated[Optional[Path], typer.Option(
        "--record", help="Also record every HTTP exchange into this directory.",
        show_default=False)] = None,
    prompt: Annotated[str, typer.Option("--prompt", help="Prompt name or file.")] = "extract",
    max_tokens: Annotated[Optional[int], typer.Option(
        "--max-tokens", help="Output token limit per request.", show_default=False,
        min=1)] = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", help="Articles in flight at once (default: 4 for openai, else 1).",
        show_default=False, min=1)] = None,
    timeout: Annotated[Optional[float], typer.Option(
        "--timeout", help="Seconds to wait for one answer \\[env: SUMMARIZER_TIMEOUT; default: "
        "120 for a server, 900 for an in-process model].", show_default=False,
        min=0.1)] = None,
    max_attempts: Annotated[Optional[int], typer.Option(
        "--max-attempts", help="Tries per request on a timeout, a dropped connection, 429 or "
        "5xx \\[env: SUMMARIZER_MAX_ATTEMPTS; default: 4 for a server, 2 for an in-process "
        "model].", show_default=False, min=1)] = None,
    repeat_penalty: Annotated[Optional[float], typer.Option(
        "--repeat-penalty", help="Penalty on repeated tokens, as llama.cpp defines it (1.0 = "
        "none); stops small models looping over the same item. Sent to the local model and "
        "to OpenAI-compatible servers other than OpenAI's \\[env: SUMMARIZER_REPEAT_PENALTY; "
        "default: 1.1 for the local model, else not sent].", show_default=False, min=0.1)] = None,
    chat_format: Annotated[Optional[str], typer.Option(
        "--chat-format", help="Chat format for a GGUF without a chat template (llama.cpp's "
        "names: chatml, llama-3, mistral-instruct, ...) \\[env: SUMMARIZER_CHAT_FORMAT].",
        show_default=False)] = None,
    threads: Annotated[Optional[int], typer.Option(
        "--threads", help="CPU threads for the local model \\[env: SUMMARIZER_THREADS; "
        "default: the physical cores this process may use].", show_default=False, min=1)] = None,
    chunk_chars: Annotated[Optional[int], typer.Option(
        "--chunk-chars", help="Read articles longer than this many characters in overlapping "
        "chunks of paragraphs and merge the records \\[env: SUMMARIZER_CHUNK_CHARS; default: "
        "10000 for the local model, else whole articles].", show_default=False, min=500)] = None,
    force: Annotated[bool, typer.Option("--force", help="Ignore cached results.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Summarize articles and store each result with its provenance and findings."""
    try:
        settings = Settings.from_env(backend=backend, model=model, base_url=base_url, mode=mode,
                                     model_path=model_path, recordings=recordings,
                                     record_dir=record, max_tokens=max_tokens, db_path=db,
                                     timeout_s=timeout, max_http_attempts=max_attempts,
                                     repeat_penalty=repeat_penalty, chat_format=chat_format,
                                     threads=threads, chunk_chars=chunk_chars)
    except ConfigError as exc:
        fail(str(exc))
    from summarizer.articles import expand_paths

    files, missing = expand_paths(paths)
    for message in missing:
        err.print(f"[yellow]warning:[/] {escape(message)}", highlight=False)
    if not files:
        fail("no article files to summarize")
    from summarizer.render import OUTCOME_ROWS, outcomes_table

    totals: Counter[str] = Counter()
    # a huge batch keeps only what the table will list: memory stays flat
    brief = not as_json and len(files) > OUTCOME_ROWS
    chosen, outcomes = _run_batch(files, settings, prompt, jobs, force, totals,
                                  keep=lambda o: not (brief and o.went_well))
    if as_json:
        print_json({"backend": chosen.name, "model": chosen.model, "db": str(settings.db_path),
                    "articles": [o.to_dict() for o in outcomes]})
    else:
        out.print(outcomes_table(outcomes, totals, out.width), soft_wrap=True, end="")
        err.print(f"results stored in {settings.db_path}; see them with "
                  f"'summarizer show RUN' or 'summarizer export'", highlight=False, markup=False)
    failed = [o for o in outcomes if o.status in ("failed", "unreadable")]
    if failed or missing:
        raise typer.Exit(1)


def _run_batch(files: list[str], settings: Settings, prompt: str, jobs: int | None,
               force: bool, totals: Counter[str] | None = None,
               keep: Callable[[Outcome], bool] = lambda o: True) -> tuple[Backend, list[Outcome]]:
    """Summarize `files` into the store with a progress bar (shared by summarize and eval);
    `totals` counts every outcome's status, `keep` says which outcomes to return."""
    from summarizer.llm.backends import resolve_backend
    from summarizer.pipeline import Interrupted, summarize_files
    from summarizer.prompts import PromptError, load_prompt

    try:
        chosen = resolve_backend(settings)
        loaded_prompt = load_prompt(prompt)
    except (ConfigError, PromptError) as exc:
        fail(str(exc))
    err.print(chosen.describe(), highlight=False, soft_wrap=True)
    store = Store(settings.db_path)

    def client():  # type: ignore[no-untyped-def]
        from summarizer.llm.client import build_client

        return build_client(chosen, settings)

    workers = jobs or (4 if chosen.name == "openai" else 1)
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn)

    progress = Progress(TextColumn("{task.description}", markup=False), BarColumn(),
                        MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True)
    previous = signal.signal(signal.SIGINT, _first_ctrl_c)
    try:
        with progress:
            task = progress.add_task("summarizing", total=len(files))

            def advance(outcome: Outcome) -> None:
                progress.advance(task)
                if totals is not None:
                    totals[outcome.status] += 1
                for warning in outcome.warnings:
                    progress.console.print(
                        f"[yellow]warning:[/] {escape(f'{outcome.path}: {warning}')}",
                        highlight=False)
                if outcome.status in ("failed", "unreadable"):
                    progress.console.print(
                        f"[red]{outcome.status}:[/] {escape(f'{outcome.path}: {outcome.error}')}",
                        highlight=False)

            outcomes = summarize_files(files, store=store, client=client, backend=chosen,
                                       settings=settings, prompt=loaded_prompt, force=force,
                                       jobs=workers, on_done=advance, keep=keep)
    except Interrupted as stop:
        interrupted: Interrupted | None = stop
    else:
        interrupted = None
    finally:
        signal.signal(signal.SIGINT, previous)
        store.close()
    if interrupted is not None:
        _report_interruption(interrupted.outcomes, settings.db_path)
    return chosen, outcomes


def _first_ctrl_c(signum: int, frame: object) -> None:
    """Ctrl-C during a batch: stop starting work; a second Ctrl-C quits at once."""
    signal.signal(signal.SIGINT, _second_ctrl_c)
    sys.stderr.write("\nstopping: storing what has finished, cancelling the rest "
                     "(Ctrl-C again to quit now)\n")
    raise KeyboardInterrupt


def _second_ctrl_c(signum: int, frame: object) -> None:
    sys.stderr.write("stopped\n")
    sys.stderr.flush()
    os._exit(130)


def _report_interruption(outcomes: list[Outcome], db_path: Path) -> NoReturn:
    """What the interrupted batch did, then exit 130 without waiting for requests in flight
    (leaving the process closes their connections, which cancels them)."""
    from summarizer.render import outcomes_table

    out.print(outcomes_table(outcomes, width=out.width), soft_wrap=True, end="")
    stored = sum(o.status in ("ok", "failed") for o in outcomes)
    left = sum(o.status == "interrupted" for o in outcomes)
    err.print(f"interrupted: {stored} article(s) stored in {db_path}, {left} not finished; "
              "run the same command again to finish them", highlight=False, markup=False)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(130)


@app.command(epilog="""Examples:

  summarizer show 3

  summarizer show 71d320ff --json

  summarizer show fixtures/articles/000_71d320ff81bd3780.txt
""")
def show(
    ref: Annotated[str, typer.Argument(help="Run number, article id (prefix) or source path.",
                                       show_default=False)],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one stored run: provenance, extracted items, grounding and findings."""
    from summarizer.decided import REVIEW_STATUS
    from summarizer.render import run_view

    store = open_store(db)
    try:
        if ref.isdigit():
            run = store.run(int(ref))
        else:
            ids = store.find_article_ids(ref)
            if not ids:
                fail(f"no run or article matches {ref!r} in {store.path}")
            if len(ids) > 1:
                fail(f"{ref!r} matches {len(ids)} articles; give more of the id")
            run = store.runs_for_article(ids[0])[-1]
        article = store.article(run["article_id"])
        findings, grounding = store.findings(run["id"]), store.grounding(run["id"])
        for finding in findings:
            decision = store.active_decision(finding["id"])
            finding["review"] = REVIEW_STATUS[decision["action"]] if decision else "unreviewed"
    except StoreError as exc:
        fail(str(exc))
    finally:
        store.close()
    if as_json:
        print_json({**run, "article": {k: article[k] for k in ("id", "title", "path")},
                    "findings": findings, "grounding": grounding})
    else:
        out.print(run_view(run, article, findings, grounding, out.width))


@app.command(epilog="""Examples:

  summarizer runs

  summarizer runs --status failed --json

  summarizer runs --backend openai --model gpt-4o-mini --limit 20

  summarizer runs --article fixtures/articles/000_71d320ff81bd3780.txt
""")
def runs(
    status: Annotated[Optional[str], typer.Option(
        "--status", help="Only runs with this status: ok | failed.", show_default=False)] = None,
    backend: Annotated[Optional[str], typer.Option(
        "--backend", "-b", help="Only runs of this backend.", show_default=False)] = None,
    model: Annotated[Optional[str], typer.Option(
        "--model", "-m", help="Only runs of this model.", show_default=False)] = None,
    article: Annotated[Optional[str], typer.Option(
        "--article", help="Only runs of this article (id prefix or source path).",
        show_default=False)] = None,
    limit: Annotated[Optional[int], typer.Option(
        "--limit", help="At most this many runs, newest first.", show_default=False,
        min=1)] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List stored runs, newest first: article, backend, model, status, counts and time."""
    from summarizer.render import runs_table

    if status is not None and status not in ("ok", "failed"):
        fail(f"unknown --status {status!r}; choose ok or failed")
    store = open_store(db)
    try:
        article_ids = None
        if article is not None:
            article_ids = store.find_article_ids(article)
            if not article_ids:
                fail(f"no article matches {article!r} in {store.path}")
        rows = store.list_runs(status=status, backend=backend, model=model,
                               article_ids=article_ids, limit=limit)
    finally:
        store.close()
    if as_json:
        print_json({"runs": rows})
    elif not rows:
        out.print(f"no runs in {store.path} match these filters",
                  markup=False, highlight=False)
    else:
        out.print(runs_table(rows))


@app.command(epilog="""Review decisions are applied: edited values replace the originals (with
reviewer, time and old value), items confirmed wrong are left out (or kept and marked with
--confirmed mark), and every item carries its grounding offsets and review status.

Examples:

  summarizer export --format csv --output results.csv

  summarizer export --format jsonl | jq .summary.casualties

  summarizer export --confirmed mark | jq '.[].items[] | select(.review == "confirmed")'

  summarizer export --rows claims --format csv -o claims.csv   # one row per casualty claim

  summarizer export --rows quotes --format jsonl                # one row per quote
""")
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | jsonl | csv.")] = "json",
    rows: Annotated[Optional[str], typer.Option(
        "--rows", help="One row per casualty claim (claims) or per quote (quotes) instead of "
        "one record per article.", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write to this file instead of stdout.", show_default=False)] = None,
    confirmed: Annotated[str, typer.Option(
        "--confirmed", help="Items a reviewer confirmed wrong: drop (leave out) | mark (keep, "
        "with review status confirmed).")] = "drop",
    db: DbOption = None,
) -> None:
    """Export the newest successful run of every article, with review decisions applied."""
    from summarizer import export as exporter

    if fmt not in exporter.FORMATS:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(exporter.FORMATS)}")
    if confirmed not in exporter.CONFIRMED_MODES:
        fail(f"unknown --confirmed {confirmed!r}; choose one of "
             f"{', '.join(exporter.CONFIRMED_MODES)}")
    if rows is not None and rows not in exporter.ROW_KINDS:
        fail(f"unknown --rows {rows!r}; choose one of {', '.join(exporter.ROW_KINDS)}")
    store = open_store(db)
    try:
        if output is None:
            exporter.write(store, sys.stdout, fmt, confirmed, rows)
        else:
            # written beside the target and renamed at the end: a failed export never leaves
            # a half-written file where a good one was
            partial = output.with_name(output.name + ".partial")
            try:
                with partial.open("w", encoding="utf-8", newline="") as stream:
                    exporter.write(store, stream, fmt, confirmed, rows)
                partial.replace(output)
            finally:
                partial.unlink(missing_ok=True)
            err.print(f"wrote {output}", highlight=False, markup=False)
    finally:
        store.close()


@app.command(epilog="""Examples:

  summarizer report                      # writes report/index.html and one page per article

  summarizer report -o /tmp/weekly && xdg-open /tmp/weekly/index.html
""")
def report(
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Directory to write the report into.")] = Path("report"),
    db: DbOption = None,
) -> None:
    """Write a static HTML report: an index of articles and one page per article with every
    grounded item highlighted, findings marked and review decisions shown."""
    from summarizer.report import write_report

    if output.exists() and not output.is_dir():
        fail(f"{output}: exists and is not a directory")
    store = open_store(db)
    try:
        written = write_report(store, output)
    finally:
        store.close()
    err.print(f"wrote {len(written)} pages to {output}; open {output / 'index.html'}",
              highlight=False, markup=False)


@app.command(epilog="""Examples:

  summarizer check fixtures/articles/000_71d320ff81bd3780.txt summary.json --json

  summarizer check article.txt summary.json --fail-on error   # exit 1 on any error, for CI
""")
def check(
    article: Annotated[Path, typer.Argument(help="The article text file.", show_default=False)],
    summary: Annotated[Path, typer.Argument(help="An ArticleSummary JSON file.",
                                            show_default=False)],
    fail_on: Annotated[Optional[str], typer.Option(
        "--fail-on", help="Exit 1 when a finding of this severity or worse is found: "
        "error | warning.", show_default=False)] = None,
    as_json: JsonOption = False,
) -> None:
    """Cross-check a summary (from any source) against its article. Exit 0 even with findings
    unless --fail-on says otherwise."""
    from pydantic import ValidationError

    from summarizer.articles import ArticleError, load_article
    from summarizer.check import check_summary
    from summarizer.render import findings_list
    from summarizer.schema import ArticleSummary

    failing = {"error": {"error"}, "warning": {"error", "warning"}, None: set()}
    if fail_on not in failing:
        fail(f"unknown --fail-on {fail_on!r}; choose error or warning")
    try:
        size = summary.stat().st_size
        if size > MAX_SUMMARY_BYTES:  # refused before it is read
            fail(f"{summary}: {size:,} bytes is over the {MAX_SUMMARY_BYTES:,}-byte limit for "
                 "one article's summary")
        loaded = load_article(article)
        parsed = ArticleSummary.model_validate_json(summary.read_bytes())
    except ArticleError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{summary}: cannot be read ({exc.strerror})")
    except ValidationError as exc:
        fail(f"{summary}: not a valid ArticleSummary:\n{exc}")
    report = check_summary(loaded.text, parsed).to_json()
    if as_json:
        print_json({"findings": report["findings"]})
    else:
        out.print(findings_list(report["findings"], out.width), soft_wrap=True, end="")
    if any(f["severity"] in failing[fail_on] for f in report["findings"]):
        raise typer.Exit(1)


@app.command("eval", epilog="""A gold directory holds <article-stem>.json files in the summary
schema, with only the fields someone annotated (a field left out is not scored). Runs are
matched to gold files by the stem of the article's file name.

Examples:

  summarizer eval gold/                       # newest stored run of each article

  summarizer eval gold/ --backend openai --model gpt-4o-mini   # only that model's runs

  summarizer eval gold/ --articles articles/ --backend extractive --json
""")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of gold <article-stem>.json files.",
                                             show_default=False)],
    articles: Annotated[Optional[Path], typer.Option(
        "--articles", help="Summarize the articles in this directory that have a gold file "
        "first (cached results are reused), then score those runs.", show_default=False)] = None,
    backend: Annotated[Optional[str], typer.Option(
        "--backend", "-b", help="Backend to run with --articles, or whose stored runs to score.",
        show_default=False)] = None,
    model: Annotated[Optional[str], typer.Option(
        "--model", "-m", help="Model to run with --articles, or whose stored runs to score.",
        show_default=False)] = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", help="Articles in flight at once with --articles.",
        show_default=False, min=1)] = None,
    force: Annotated[bool, typer.Option("--force", help="With --articles, ignore cached "
                                        "results.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Score extractions against hand-coded gold: quotes, speakers, casualties, actors."""
    from summarizer.evaluation import Evaluator, GoldError, load_gold_dir
    from summarizer.schema import ArticleSummary

    try:
        golds = load_gold_dir(gold_dir)
    except GoldError as exc:
        fail(str(exc))
    if articles is not None:
        if not articles.is_dir():
            fail(f"{articles}: not a directory of articles")
        files = sorted(p for p in articles.iterdir() if p.is_file() and p.stem in golds)
        if not files:
            fail(f"no article in {articles} has a gold file in {gold_dir}")
        try:
            settings = Settings.from_env(backend=backend, model=model, db_path=db)
        except ConfigError as exc:
            fail(str(exc))
        _, outcomes = _run_batch([str(f) for f in files], settings, "extract", jobs, force)
        run_ids = [o.run_id for o in outcomes if o.status in ("ok", "cached") and o.run_id]
        store = Store(settings.db_path)
    else:
        store = open_store(db)
        run_ids = [run_id for run_id, path in store.latest_ok_run_paths(backend, model)
                   if Path(path).stem in golds]
        if not run_ids:
            store.close()
            fail(f"no successful run in {store.path} belongs to an article with a gold file in "
                 f"{gold_dir}; summarize the articles first or pass --articles DIR")
    evaluator = Evaluator()
    try:
        for run_id in run_ids:
            run = store.run(run_id)
            article = store.article(run["article_id"])
            spans = {g["path"]: (g["start"], g["end"]) for g in store.grounding(run_id)
                     if g["start"] is not None}
            summary = ArticleSummary.model_validate(run["summary"])
            evaluator.add(golds[Path(article["path"]).stem], article["text"], summary,
                          [spans.get(f"/quotes/{i}/text") for i in range(len(summary.quotes))],
                          label=str(run_id))
    finally:
        store.close()
    scores = evaluator.scores.to_dict()
    if as_json:
        print_json(scores)
    else:
        from summarizer.render import scores_table

        out.print(scores_table(scores))


@app.command(epilog="""Keys: c confirm (the extraction is wrong) · d dismiss (false alarm) ·
e edit (type the corrected value) · s skip · u undo your last decision · q quit.
Every decision is saved at once; run review again to resume.

Examples:

  summarizer review

  summarizer review --severity error --code QUOTE_ALTERED --reviewer alice

  summarizer review --list --json > open.json

  summarizer review --decisions decided.jsonl

A decisions file has one JSON object per line:

  {"finding_id": 3, "action": "dismiss"}

  {"finding_id": 4, "action": "edit", "value": "Sirwan Barzani"}
""")
def review(
    run: Annotated[Optional[int], typer.Option(
        "--run", help="Only this run (default: the newest successful run of each article).",
        show_default=False)] = None,
    article: Annotated[Optional[str], typer.Option(
        "--article", help="Only this article (id prefix or source path).",
        show_default=False)] = None,
    severity: Annotated[Optional[list[str]], typer.Option(
        "--severity", help="Only this severity: error | warning | info (repeatable).",
        show_default=False)] = None,
    code: Annotated[Optional[list[str]], typer.Option(
        "--code", help="Only this finding code, e.g. QUOTE_ALTERED (repeatable).",
        show_default=False)] = None,
    reviewer: Annotated[Optional[str], typer.Option(
        "--reviewer", help="Who is deciding \\[env: SUMMARIZER_REVIEWER; default: login name].",
        show_default=False)] = None,
    list_only: Annotated[bool, typer.Option(
        "--list", help="Print the unresolved findings and exit.")] = False,
    decisions_file: Annotated[Optional[Path], typer.Option(
        "--decisions", help="Apply decisions from this JSONL file ('-' for stdin) instead of "
        "asking.", show_default=False)] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Settle flagged findings in the terminal; each decision is saved with time and reviewer."""
    import sys

    from summarizer.decided import DecisionError, unresolved_rows

    if list_only and decisions_file is not None:
        fail("--list and --decisions do not go together")
    if as_json and not (list_only or decisions_file is not None):
        fail("--json goes with --list or --decisions; the interactive review has no JSON form")
    severities = tuple(s.lower() for s in severity or ())
    unknown = sorted(set(severities) - {"error", "warning", "info"})
    if unknown:
        fail(f"unknown severity {', '.join(unknown)}; choose error, warning or info")
    interactive = not list_only and decisions_file is None
    if interactive and not (sys.stdin.isatty() and sys.stdout.isatty()):
        fail("the interactive review needs a terminal on stdin and stdout; use "
             "'summarizer review --list' to see the findings or '--decisions FILE' to apply "
             "decisions without one")
    scope = FindingScope(run_id=run, article=article, severities=severities,
                         codes=tuple(c.upper() for c in code or ()))
    store = open_store(db)
    try:
        if run is not None:
            store.run(run)
        if article is not None and not store.find_article_ids(article):
            fail(f"no article matches {article!r} in {store.path}")
        if list_only:
            rows = unresolved_rows(store, scope)
            if as_json:
                print_json({"findings": rows})
            else:
                from summarizer.render import unresolved_list

                out.print(unresolved_list(rows, out.width), soft_wrap=True, end="")
            return
        from summarizer import review as reviewing
        from summarizer.decisions import resolve_reviewer

        who = resolve_reviewer(reviewer)
        if decisions_file is not None:
            _apply_decisions_file(store, decisions_file, who, scope, as_json)
            return
        with reviewing.tty_terminal(out) as terminal:
            reviewing.ReviewSession(store, scope, who, terminal).run()
    except (StoreError, DecisionError) as exc:
        fail(str(exc))
    finally:
        store.close()


def _apply_decisions_file(store: Store, path: Path, reviewer: str, scope: FindingScope,
                          as_json: bool) -> None:
    """`review --decisions`: apply every valid line, report each, exit 1 if any was refused."""
    import sys

    from summarizer.decisions import apply_decision_lines

    try:
        lines = (sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8"))
    except OSError as exc:
        fail(f"{path}: cannot be read ({exc.strerror})")
    except UnicodeDecodeError:
        fail(f"{path}: not UTF-8 text")
    results = apply_decision_lines(store, lines.splitlines(), reviewer, scope)
    rejected = [r for r in results if not r.ok]
    if as_json:
        print_json({"applied": [r.to_dict() for r in results if r.ok],
                    "rejected": [r.to_dict() for r in rejected]})
    else:
        for r in results:
            status = "[green]applied:[/]" if r.ok else "[red]rejected:[/]"
            err.print(f"{escape(str(path))}:{r.line}: {status} ", end="", highlight=False)
            err.print(r.message, markup=False, highlight=False)
        err.print(f"{len(results) - len(rejected)} applied, {len(rejected)} rejected",
                  highlight=False)
    if rejected:
        raise typer.Exit(1)


def run() -> None:
    """The `summarizer` entry point: the app, then a prompt exit. Once a command has
    finished, its database is closed and its output flushed; tearing down every imported
    module would only add a tenth of a second to each command."""
    try:
        app(prog_name="summarizer")
    except SystemExit as exc:
        code = exc.code
    else:
        code = 0
    if isinstance(code, str):  # sys.exit("message"): say it, as Python would
        print(code, file=sys.stderr)
    patterns.save()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code if isinstance(code, int) else (0 if code is None else 1))
