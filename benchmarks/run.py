"""Every speed and memory goal of the tool in one run, printed as a table of ratios.

Run by hand (never part of the tests); it starts its own loopback model server and works in a
temporary directory:

    .venv/bin/python benchmarks/run.py [--articles 64] [--large 2000] [--repeats 3]

Ratios, not seconds: the machines are shared and noisy, so each figure compares two things
measured in the same run.
- commands: each command's wall time / `python -c "import sqlite3, pydantic, typer,
  rich.console"` (goal <= 2), with a cache directory of the run's own that its first
  commands fill, as a user's is after one use; for scale, a typer app of one command with an argument, a
  path option and a flag, which is what any typer command costs before doing anything, and
  a first `check` (nothing kept yet in the user's cache: compiled patterns, the schema's
  hash, the gender table) against one that finds them kept.
- batch: articles per second against a loopback server answering after L = 0.5 s, / the ideal
  C / L, for the whole run (process start included) and for the batch phase alone (the time
  from the first request to the last answer, as the server saw it); goals >= 0.8 at C = 32
  and >= 0.9 at C = 4.
- memory: peak RSS of `summarize` and of `export` for the large batch / for 200 articles
  (goal <= 1.2).
- check: check time of an article twice as long, with a summary of every mined item, /
  the shorter one's, up to 1 MB (goal <= 2 per doubling).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
BARE = "import sqlite3, pydantic, typer, rich.console"
# the least a typer command costs: its parameters are converted by pydantic TypeAdapters
TYPER_FLOOR = """
from pathlib import Path
from typing import Annotated, Optional
import typer
app = typer.Typer()
@app.command()
def show(ref: str, db: Annotated[Optional[Path], typer.Option("--db")] = None,
         as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    print(ref, db, as_json)
@app.command()
def other() -> None:
    pass
app()
"""
LATENCY_S = 0.5


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def bytecode_cached() -> bool:
    """Whether the package's compiled bytecode is on disk: without it (an editable install
    where PYTHONDONTWRITEBYTECODE is set) every command compiles the source again, and the
    command ratios measure that instead of the tool."""
    spec = importlib.util.find_spec("summarizer.reading.speech")
    return bool(spec and spec.cached and Path(spec.cached).exists())


def make_articles(folder: Path, count: int) -> list[Path]:
    """`count` distinct articles: the seeds, each copy with a line of its own appended."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"a{i:05d}.txt"
        path.write_text(SEEDS[i % len(SEEDS)].read_text(encoding="utf-8")
                        + f"\n\nFiled as report {i}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def cli(*args: str, env: dict[str, str] | None = None) -> float:
    """Wall seconds of one `summarizer` run."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "summarizer", *args], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True,
                          env={**os.environ, "NO_COLOR": "1", **(env or {})})
    if proc.returncode not in (0, 1):
        raise SystemExit(f"summarizer {' '.join(args)} failed:\n{proc.stderr}")
    return time.perf_counter() - start


def timed(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(fn() for _ in range(repeats))


def bare_seconds() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE], check=True)
    return time.perf_counter() - start


class Server:
    """A loopback OpenAI-compatible server answering every request after LATENCY_S with a
    valid (synthetic) record, noting when each request arrived and was answered."""

    def __init__(self) -> None:
        from summarizer.schema import ArticleSummary

        content = ArticleSummary(summary="Peshmerga forces launched an operation.").model_dump_json()
        body = json.dumps({"id": "bench", "object": "chat.completion", "created": 0,
                           "model": "m", "choices": [{"index": 0, "finish_reason": "stop",
                                                      "message": {"role": "assistant",
                                                                  "content": content}}],
                           "usage": {"prompt_tokens": 1, "completion_tokens": 1,
                                     "total_tokens": 2}}).encode()
        self.times: list[tuple[float, float]] = []
        times = self.times

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                arrived = time.perf_counter()
                self.rfile.read(int(self.headers.get("content-length", 0)))
                time.sleep(LATENCY_S)
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                times.append((arrived, time.perf_counter()))

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.request_queue_size = 128
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"


def bench_commands(work: Path, articles: list[Path], repeats: int) -> list[tuple[str, float, str]]:
    db = work / "commands.sqlite"
    folder = str(articles[0].parent)
    cli("summarize", folder, "--backend", "extractive", "--db", str(db))
    bare = timed(bare_seconds, repeats)
    floor = timed(lambda: _floor_seconds(work), repeats)
    gold = ROOT / "fixtures" / "gold" / f"{SEEDS[0].stem}.json"
    rows = [("a minimal typer command (for scale)", floor / bare, "")]
    for name, args in [
        ("fully cached rerun", ["summarize", folder, "--backend", "extractive", "--db", str(db)]),
        ("show", ["show", "1", "--db", str(db)]),
        ("export", ["export", "--db", str(db), "-o", str(work / "e.json")]),
        ("review --list", ["review", "--list", "--db", str(db)]),
        ("check", ["check", str(SEEDS[0]), str(gold)]),
    ]:
        seconds = timed(lambda: cli(*args), repeats)
        rows.append((f"{name} ({len(articles)} articles)" if "rerun" in name else name,
                     seconds / bare, "<= 2"))
    # a first run: nothing kept in the user's cache yet (compiled patterns, the schema's hash,
    # the gender table), each time in a fresh directory
    check = ["check", str(SEEDS[0]), str(gold)]
    first = timed(lambda: cli(*check, env={"XDG_CACHE_HOME": tempfile.mkdtemp(dir=work)}),
                  repeats)
    rows.append(("check, first run (nothing kept) / check (for scale)",
                 first / timed(lambda: cli(*check), repeats), ""))
    return rows


def _floor_seconds(work: Path) -> float:
    script = work / "typer_floor.py"
    if not script.exists():
        script.write_text(TYPER_FLOOR, encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([sys.executable, str(script), "show", "1", "--db", str(work / "x")],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def bench_batch(work: Path, articles: list[Path]) -> list[tuple[str, float, str]]:
    rows = []
    for jobs, goal in ((32, ">= 0.8"), (4, ">= 0.9")):
        server = Server()
        db = work / f"batch{jobs}.sqlite"
        seconds = cli("summarize", str(articles[0].parent), "--backend", "openai",
                         "--base-url", server.url, "--model", "m", "--jobs", str(jobs),
                         "--db", str(db))
        ideal = jobs / LATENCY_S
        phase = max(t for _, t in server.times) - min(t for t, _ in server.times)
        rows.append((f"batch C={jobs}, {len(articles)} articles: whole run",
                     len(articles) / seconds / ideal, goal))
        rows.append((f"batch C={jobs}: batch phase", len(articles) / phase / ideal, goal))
        server.httpd.shutdown()
    return rows


def bench_memory(work: Path, large: int) -> list[tuple[str, float, str]]:
    rss = {}
    for count in (200, large):
        folder = work / f"mem{count}"
        make_articles(folder, count)
        db = work / f"mem{count}.sqlite"
        rss[("summarize", count)] = measured_rss("summarize", str(folder), "--backend",
                                                 "extractive", "--db", str(db))
        rss[("export", count)] = measured_rss("export", "--format", "jsonl", "--db", str(db),
                                              "-o", str(work / f"mem{count}.jsonl"))
    return [(f"peak memory of {cmd}: {large} / 200 articles",
             rss[(cmd, large)] / rss[(cmd, 200)], "<= 1.2") for cmd in ("summarize", "export")]


def measured_rss(*args: str) -> int:
    """Peak RSS (KiB) of one CLI run, from the kernel's accounting of the child (wait4)."""
    proc = subprocess.Popen([sys.executable, "-m", "summarizer", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "NO_COLOR": "1"})
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"summarizer {' '.join(args)} failed ({proc.returncode})")
    return usage.ru_maxrss


def bench_check(repeats: int) -> list[tuple[str, float, str]]:
    from summarizer.check import check_summary
    from summarizer.reading.miner import mine, summary_of

    base = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS) + "\n\n"
    seconds = {}
    for kb in (128, 256, 512, 1024):
        text = (base * (kb * 1024 // len(base) + 1))[: kb * 1024]
        summary = summary_of(mine(text))

        def once() -> float:
            start = time.perf_counter()
            check_summary(text, summary)
            return time.perf_counter() - start
        seconds[kb] = timed(once, repeats)
    return [(f"check {kb} KB / {kb // 2} KB (every mined item)", seconds[kb] / seconds[kb // 2],
             "<= 2") for kb in (256, 512, 1024)] + [
        ("check 1024 KB / 128 KB (8x the text)", seconds[1024] / seconds[128], "<= 8")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--large", type=int, default=2000,
                        help="articles in the large memory batch (the goal names 20000)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {cpu_name()}, {len(os.sched_getaffinity(0))} cores, "
          f"Python {platform.python_version()}, summarizer's bytecode "
          f"{'cached' if bytecode_cached() else 'NOT cached (run scripts/install.sh)'}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # the tool's cache (compiled patterns, the name table) as a user's holds it after
        # the commands ran once, not whatever a developer's own cache has gathered
        os.environ["XDG_CACHE_HOME"] = str(work / "cache")
        articles = make_articles(work / "articles", args.articles)
        rows = (bench_commands(work, articles, args.repeats) + bench_batch(work, articles)
                + bench_memory(work, args.large) + bench_check(args.repeats))
    width = max(len(name) for name, _, _ in rows)
    print(f"{'measure':<{width}}  {'ratio':>6}  goal")
    for name, ratio, goal in rows:
        print(f"{name:<{width}}  {ratio:6.2f}  {goal}")


if __name__ == "__main__":
    main()
