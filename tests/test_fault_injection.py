"""A seeded mix of every server fault at once, against the real CLI: nothing is lost or
duplicated, nothing crashes, every failure keeps its attempts and usage, and the API key (which
the server echoes back) is in no byte written anywhere."""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path

import pytest
from conftest import ARTICLES, db_rows, run_cli
from loopback import Reply, Request, completion, error, server

from summarizer.schema import ArticleSummary

KEY = "sk-test-9f8e7d6c5b4a39281706f5e4d3c2b1a0"
ANSWER = completion(ArticleSummary(summary="Peshmerga forces launched an operation.")
                    .model_dump_json())
FAULTS = {
    "ok": lambda: Reply(body=ANSWER),
    "429": lambda: Reply(429, b'{"error": {"message": "slow down"}}', headers={"retry-after": "0"}),
    "500": lambda: error(500, "internal server error"),
    "503": lambda: error(503, "overloaded"),
    "hang": lambda: Reply(body=ANSWER, delay_s=3),  # past the client's 1 s timeout
    "drop": lambda: Reply(drop=True),
    "not json": lambda: Reply(body=b"<html>502 Bad Gateway</html>"),
    "no choices": lambda: Reply(body=completion("", choices=False)),
    "truncated": lambda: Reply(body=completion('{"summary": "Airstrikes hit', "length")),
    "invalid": lambda: Reply(body=completion('{"summary": 5, "quotes": "none"}')),
    "echoed key": lambda: error(401, f"Incorrect API key provided: {KEY}"),
}
WEIGHTS = {"ok": 8, "429": 2, "500": 2, "503": 1, "hang": 1, "drop": 1, "not json": 1,
           "no choices": 1, "truncated": 1, "invalid": 1, "echoed key": 1}
ARTICLE_COUNT = 12
# Which article meets which fault depends on the order the workers' requests arrive in, so
# one article is always refused: the run has a failure to keep, whatever the order.
STUBBORN = "Updated 7 times."


def _articles(folder: Path) -> list[Path]:
    """Twelve distinct articles: the seeds, and copies with one line added."""
    folder.mkdir()
    seeds = sorted(ARTICLES.glob("*.txt"))
    paths = []
    for i in range(ARTICLE_COUNT):
        path = folder / f"a{i:02d}.txt"
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        path.write_text(text + ("" if i < len(seeds) else f"\n\nUpdated {i} times.\n"),
                        encoding="utf-8")
        paths.append(path)
    return paths


def _faulty(seed: int, served: list[str]):  # type: ignore[no-untyped-def]
    rng, lock = random.Random(seed), threading.Lock()
    names, weights = list(WEIGHTS), list(WEIGHTS.values())

    def policy(request: Request) -> Reply:
        with lock:
            stubborn = STUBBORN in json.dumps(request.body)
            name = "500" if stubborn else rng.choices(names, weights)[0]
            served.append(name)
        return FAULTS[name]()
    return policy


def _written_bytes(*places: Path) -> bytes:
    return b"".join(p.read_bytes() for place in places
                    for p in ([place] if place.is_file() else sorted(place.rglob("*")))
                    if p.is_file())


@pytest.mark.parametrize("seed", [1, 2])
def test_a_seeded_mix_of_faults_loses_nothing_and_leaks_nothing(tmp_path: Path, seed: int) -> None:
    paths = _articles(tmp_path / "articles")
    db, recorded = tmp_path / "r.sqlite", tmp_path / "rec"
    args = ["summarize", str(tmp_path / "articles"), "--backend", "openai", "--model", "m",
            "--db", str(db), "--record", str(recorded), "--timeout", "1", "--max-attempts", "3",
            "--jobs", "4", "--json"]
    served: list[str] = []
    with server(_faulty(seed, served)) as (url, received):
        first = run_cli(*args, "--base-url", url, cwd=tmp_path, OPENAI_API_KEY=KEY)
        assert len(received) < 400  # bounded: attempts x re-asks x articles
        again = run_cli(*args, "--base-url", url, cwd=tmp_path, OPENAI_API_KEY=KEY)

    for result in (first, again):
        assert result.returncode in (0, 1), result.stderr
        assert "Traceback" not in result.stderr and "internal error" not in result.stdout
        outcomes = json.loads(result.stdout)["articles"]
        assert sorted(o["path"] for o in outcomes) == sorted(str(p) for p in paths)  # 0 lost
        for outcome in outcomes:
            assert outcome["status"] in ("ok", "cached", "failed")
            assert outcome["status"] != "failed" or outcome["error"]
    first_runs = json.loads(first.stdout)["articles"]
    assert {o["status"] for o in first_runs} >= {"ok", "failed"}  # the mix did bite
    assert {o["status"] for o in first_runs if o["path"].endswith("a07.txt")} == {"failed"}
    assert len(set(served)) >= 8

    runs = db_rows(db, "SELECT article_id, status, provenance FROM runs")
    ok = [r["article_id"] for r in runs if r["status"] == "ok"]
    assert len(ok) == len(set(ok))  # 0 duplicated: a cached article is never asked again
    for run in runs:
        prov = json.loads(run["provenance"])
        assert prov["attempts"], prov["error"]  # every run keeps its attempts ...
        summed: dict[str, int] = {}
        for attempt in prov["attempts"]:
            for name, value in (attempt["usage"] or {}).items():
                summed[name] = summed.get(name, 0) + value
        assert prov["usage"] == summed  # ... and what they cost
        if run["status"] == "failed":
            assert prov["error"] and any(a["error"] for a in prov["attempts"])

    written = _written_bytes(tmp_path) + (first.stdout + first.stderr + again.stdout
                                          + again.stderr).encode()
    assert KEY.encode() not in written
    if "echoed key" in served:  # the echo itself was kept, with the key scrubbed out
        assert b"Incorrect API key provided" in written
