"""Export stored results as JSON, JSONL or CSV.

Each exported record is the newest successful run of an article: its summary, the provenance
needed to trace it, its findings and the grounding offsets of every item. CSV flattens this to
one row per extracted item, which is what spreadsheet users filter on.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable

from summarizer.store import Store

FORMATS = ("json", "jsonl", "csv")
PROVENANCE_FIELDS = ("backend", "model", "endpoint_host", "instructor_mode", "prompt", "schema",
                     "request_params", "usage", "response_id", "tool_version", "started_at",
                     "finished_at", "source_path", "source_sha256")
CSV_COLUMNS = ("run_id", "article_id", "title", "item", "index", "field_path", "value", "start",
               "end", "grounding", "findings")


def records(store: Store) -> list[dict[str, Any]]:
    out = []
    for run in store.latest_runs(status="ok"):
        article = store.article(run["article_id"])
        prov = run["provenance"]
        out.append({
            "run_id": run["id"],
            "article": {"id": article["id"], "title": article["title"], "path": article["path"]},
            "provenance": {k: prov.get(k) for k in PROVENANCE_FIELDS},
            "summary": run["summary"],
            "findings": [{k: f[k] for k in ("code", "severity", "path", "message", "start", "end")}
                         for f in store.findings(run["id"])],
            "grounding": [{k: g[k] for k in ("path", "value", "status", "start", "end", "score")}
                          for g in store.grounding(run["id"])],
        })
    return out


def _leaves(value: Any, path: str) -> Iterable[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, f"{path}/{key}")
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for i, child in enumerate(value):
            yield from _leaves(child, f"{path}/{i}")
    else:
        yield path, value


def csv_rows(recs: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """One row per leaf field of the summary, with its grounding and findings."""
    for rec in recs:
        grounding = {g["path"]: g for g in rec["grounding"]}
        findings: dict[str, list[str]] = {}
        for f in rec["findings"]:
            findings.setdefault(f["path"], []).append(f["code"])
        for path, value in _leaves(rec["summary"], ""):
            parts = path.strip("/").split("/")
            item, index = parts[0], (parts[1] if len(parts) > 2 and parts[1].isdigit() else "")
            g = grounding.get(path, {})
            yield {
                "run_id": rec["run_id"], "article_id": rec["article"]["id"],
                "title": rec["article"]["title"], "item": item, "index": index,
                "field_path": path,
                "value": json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value,
                "start": g.get("start"), "end": g.get("end"), "grounding": g.get("status", ""),
                "findings": " ".join(findings.get(path, [])),
            }


def render(store: Store, fmt: str) -> str:
    recs = records(store)
    if fmt == "json":
        return json.dumps(recs, indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(csv_rows(recs))
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
