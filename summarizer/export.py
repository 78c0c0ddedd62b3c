"""Export stored results as JSON, JSONL or CSV, with review decisions applied.

Each exported record is the newest successful run of an article: its summary as decided in
review, the provenance needed to trace it, its findings and the grounding offsets of every
item. CSV flattens this to one row per extracted field, which is what spreadsheet users
filter on.

Decisions change the exported summary, never the stored run: edits replace values (each edit
keeps who, when and the old value), and items confirmed wrong are left out (`confirmed="drop"`,
listed under `dropped` with the decision that removed them) or kept and marked
(`confirmed="mark"`). A confirmed item inside a list is removed from the list; a confirmed
field outside any list (the summary sentence, the operation's name) is exported as null.
All pointers in a record (`findings`, `grounding`, `items`) point into the exported summary;
`source_path` is the pointer into the stored run's summary (null for an item a reviewer added).

An item a reviewer edited or added is checked again against the article: it carries `recheck`
(the errors and warnings the check now finds under it) and `supported` (false when one is an
error), so an edit the article does not support is never exported as clean.

Every item (the summary sentence, the operation, each actor, casualty claim and quote) is
listed under `items` with its grounding offsets and a review status: `unflagged` (no finding),
`unreviewed` (a finding nobody has settled), `confirmed`, `dismissed` or `edited`, and its
origin: `model` (a language model read it), `miner` (the rule-based miner, no model: the
extractive backend) or `reviewer` (added in review), so nobody mistakes one for another.
"""

from __future__ import annotations

import copy
import csv
import json
from typing import Any, Iterable, Iterator, TextIO

from summarizer.decided import (REVIEW_STATUS, Decided, decided_summary, decisions_with_paths,
                                drop_target, get_at, is_under, item_pointer, make_pointer,
                                pointer_tokens, recheck)
from summarizer.rows import CLAIM_COLUMNS, QUOTE_COLUMNS, ROW_KINDS, claim_rows, quote_rows
from summarizer.store import Store

FORMATS = ("json", "jsonl", "csv")
CONFIRMED_MODES = ("drop", "mark")
PROVENANCE_FIELDS = ("backend", "origin", "model", "endpoint_host", "instructor_mode", "prompt",
                     "schema",
                     "request_params", "usage", "response_id", "tool_version", "started_at",
                     "finished_at", "source_path", "source_sha256")
CSV_COLUMNS = ("run_id", "article_id", "title", "item", "index", "field_path", "value", "start",
               "end", "grounding", "findings", "review", "origin", "edited_by", "edited_at",
               "old_value")
_LISTS = ("actors", "casualties", "quotes")


def run_origin(provenance: dict[str, Any]) -> str:
    """Who read the article in this run: "miner" for the extractive backend, else "model"
    (runs stored before provenance recorded it are told by their backend)."""
    return provenance.get("origin") or ("miner" if provenance.get("backend") == "extractive"
                                        else "model")


def records(store: Store, confirmed: str = "drop") -> Iterator[dict[str, Any]]:
    """The export record of every article's newest successful run, one at a time (an export
    of 20,000 articles holds one in memory, not all of them)."""
    if confirmed not in CONFIRMED_MODES:
        raise ValueError(f"unknown --confirmed {confirmed!r}; choose drop or mark")
    for run in store.latest_runs(status="ok"):
        article = store.article(run["article_id"])
        prov = {**run["provenance"], "origin": run_origin(run["provenance"])}
        record = {
            "run_id": run["id"],
            "article": {"id": article["id"], "title": article["title"], "path": article["path"]},
            "provenance": {k: prov.get(k) for k in PROVENANCE_FIELDS},
        }
        record.update(_Decided(store, run, confirmed, article["text"]).export())
        yield record


class _Decided:
    """One run's summary with its decisions applied, and everything re-pointed to it."""

    def __init__(self, store: Store, run: dict[str, Any], confirmed: str, text: str) -> None:
        self.text = text
        self.confirmed = confirmed
        decisions = decisions_with_paths(store, run["id"])
        self.decision = {d["finding_id"]: d for d in decisions if d["action"] in REVIEW_STATUS}
        self.stored = run["summary"]
        edited: Decided = decided_summary(run["summary"], decisions)
        self.before_drops = edited.summary
        self.edit_paths = edited.edit_paths
        self.findings = store.findings(run["id"])
        self.grounding = store.grounding(run["id"])
        self.origin = run_origin(run["provenance"])
        self.removed = self._removed() if confirmed == "drop" else []

    def path_of(self, finding: dict[str, Any]) -> str:
        """Where a finding points once its edit is applied (an added item gets an index)."""
        return self.edit_paths.get(finding["id"], finding["path"])

    def status_of(self, finding: dict[str, Any]) -> str:
        decision = self.decision.get(finding["id"])
        return REVIEW_STATUS[decision["action"]] if decision else "unreviewed"

    def _removed(self) -> list[str]:
        """Drop targets of confirmed findings, outermost only, that exist and are not lists
        (confirming a MISSED_* finding on a whole list removes nothing)."""
        targets = set()
        for f in self.findings:
            if self.status_of(f) == "confirmed":
                target = drop_target(self.path_of(f))
                if not isinstance(get_at(self.before_drops, target, []), list):
                    targets.add(target)
        return sorted(t for t in targets
                      if not any(o != t and is_under(t, o) for o in targets))

    def remap(self, path: str) -> str | None:
        """`path` in the exported summary, or None when it was left out."""
        if not self.removed:
            return path
        tokens = pointer_tokens(path)
        out: list[str] = []
        for depth, token in enumerate(tokens):
            prefix = make_pointer(tokens[: depth + 1])
            if prefix in self.removed:
                return None
            if token.isdigit():
                parent = make_pointer(tokens[:depth])
                token = str(int(token) - sum(
                    1 for r in self.removed
                    if r.rsplit("/", 1)[0] == parent and r.rsplit("/", 1)[1].isdigit()
                    and int(r.rsplit("/", 1)[1]) < int(token)))
            out.append(token)
        return make_pointer(out)

    def summary(self) -> dict[str, Any]:
        if not self.removed:
            return self.before_drops
        summary = copy.deepcopy(self.before_drops)
        for target in sorted(self.removed, key=_sort_key, reverse=True):
            tokens = pointer_tokens(target)
            parent = get_at(summary, make_pointer(tokens[:-1]))
            if isinstance(parent, list):
                del parent[int(tokens[-1])]
            else:
                parent[tokens[-1]] = None
        return summary

    def review(self, finding: dict[str, Any]) -> dict[str, Any]:
        decision = self.decision.get(finding["id"])
        review: dict[str, Any] = {"status": self.status_of(finding)}
        if decision:
            review.update(reviewer=decision["reviewer"], decided_at=decision["decided_at"])
            if decision["action"] == "edit":
                review.update(value=decision["value"], old_value=decision["old_value"])
        return review

    def item_status(self, item: str) -> str:
        statuses = set()
        for f in self.findings:
            path = self.path_of(f)
            if not is_under(path, item):
                continue
            status = self.status_of(f)
            if status == "confirmed" and self.confirmed == "drop":
                status = "edited"  # only a part of the item was left out
            statuses.add(status)
        for status in ("confirmed", "unreviewed", "edited", "dismissed"):
            if status in statuses:
                return status
        return "unflagged"

    def items(self) -> list[str]:
        summary = self.before_drops
        paths = ["/summary"] + (["/operation"] if summary.get("operation") is not None else [])
        for name in _LISTS:
            paths += [f"/{name}/{i}" for i in range(len(summary.get(name) or []))]
        return paths

    def export(self) -> dict[str, Any]:
        summary = self.summary()
        grounding = []
        for g in self.grounding:
            path = self.remap(g["path"])
            if path is None:
                continue
            entry = {"path": path, "source_path": g["path"],
                     **{k: g[k] for k in ("value", "status", "start", "end", "score")}}
            if self._edit_covering(g["path"]):
                entry["edited"] = True  # the offsets are those of the value before the edit
            grounding.append(entry)

        findings = [{"id": f["id"], **{k: f[k] for k in ("code", "severity")},
                     "path": self.remap(self.path_of(f)), "source_path": f["path"],
                     **{k: f[k] for k in ("message", "start", "end")}, "review": self.review(f)}
                    for f in self.findings]

        # each item's findings and grounding, gathered in one pass over each (not a scan of
        # every finding and grounding entry per item)
        members_of: dict[str, list[dict[str, Any]]] = {}
        for f in self.findings:
            members_of.setdefault(item_pointer(self.path_of(f)), []).append(f)
        grounding_of: dict[str, list[dict[str, Any]]] = {}
        for g in grounding:
            grounding_of.setdefault(item_pointer(g["source_path"]), []).append(g)
        items, dropped = [], []
        touched = [i for i in self.items()
                   if get_at(self.stored, i, None) is None and i not in ("/summary",)
                   or any(self.status_of(f) == "edited" for f in members_of.get(i, ()))]
        rechecked = recheck(self.text, self.before_drops, touched)
        for item in self.items():
            new_path = self.remap(item)
            members = members_of.get(item, [])
            if new_path is None:
                decision = next(self.decision[f["id"]] for f in members
                                if self.status_of(f) == "confirmed")
                dropped.append({"path": item, "value": get_at(self.before_drops, item),
                                "findings": [f["id"] for f in members],
                                "reviewer": decision["reviewer"],
                                "decided_at": decision["decided_at"]})
                continue
            stored = get_at(self.stored, item, None) is not None
            items.append({
                "path": new_path, "source_path": item if stored else None,
                "value": get_at(summary, new_path),
                "origin": self.origin if stored else "reviewer",
                "review": self.item_status(item),
                "grounding": grounding_of.get(item, []),
                "findings": [f["id"] for f in members],
                "edits": [self._edit_entry(f) for f in members
                          if self.status_of(f) == "edited"],
                **({"recheck": rechecked[item],
                    "supported": not any(r["severity"] == "error" for r in rechecked[item])}
                   if item in rechecked else {}),
            })
        for target in self.removed:  # parts of items (a location, an alias) left out
            if item_pointer(target) != target and self.remap(item_pointer(target)) is not None:
                members = [f for f in self.findings if self.status_of(f) == "confirmed"
                           and drop_target(self.path_of(f)) == target]
                dropped.append({"path": target, "value": get_at(self.before_drops, target),
                                "findings": [f["id"] for f in members],
                                "reviewer": self.decision[members[0]["id"]]["reviewer"],
                                "decided_at": self.decision[members[0]["id"]]["decided_at"]})

        return {"summary": summary, "review": self._counts(), "items": items,
                "dropped": dropped, "findings": findings, "grounding": grounding}

    def _edit_covering(self, path: str) -> dict[str, Any] | None:
        for f in self.findings:
            if self.status_of(f) == "edited" and is_under(path, self.path_of(f)):
                return self.decision[f["id"]]
        return None

    def _edit_entry(self, finding: dict[str, Any]) -> dict[str, Any]:
        decision = self.decision[finding["id"]]
        return {"finding_id": finding["id"], "path": self.remap(self.path_of(finding)),
                "value": decision["value"], "old_value": decision["old_value"],
                "reviewer": decision["reviewer"], "decided_at": decision["decided_at"]}

    def _counts(self) -> dict[str, Any]:
        counts = {"confirmed": 0, "dismissed": 0, "edited": 0, "unreviewed": 0}
        for f in self.findings:
            counts[self.status_of(f)] += 1
        return {"confirmed_items": self.confirmed, "findings": counts}


def _sort_key(pointer: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(t)) if t.isdigit() else (1, t) for t in pointer_tokens(pointer))


def _leaves(value: Any, path: str) -> Iterable[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, f"{path}/{key}")
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for i, child in enumerate(value):
            yield from _leaves(child, f"{path}/{i}")
    else:
        yield path, value


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def csv_rows(recs: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """One row per leaf field of the exported summary, with its grounding, findings, its
    item's review status and, for an edited field, who edited it, when, and the old value."""
    for rec in recs:
        grounding = {g["path"]: g for g in rec["grounding"]}
        findings: dict[str, list[str]] = {}
        for f in rec["findings"]:
            if f["path"] is not None:
                findings.setdefault(f["path"], []).append(f["code"])
        items = {i["path"]: i for i in rec["items"]}
        for path, value in _leaves(rec["summary"], ""):
            parts = path.strip("/").split("/")
            item, index = parts[0], (parts[1] if len(parts) > 2 and parts[1].isdigit() else "")
            g = grounding.get(path, {})
            owner = items.get(item_pointer(path), {})
            edit = next((e for e in owner.get("edits", []) if is_under(path, e["path"])), None)
            old = None
            if edit:
                relative = path[len(edit["path"]):]
                old = edit["old_value"] if not relative else get_at(edit["old_value"], relative,
                                                                    None)
            yield {
                "run_id": rec["run_id"], "article_id": rec["article"]["id"],
                "title": rec["article"]["title"], "item": item, "index": index,
                "field_path": path, "value": _cell(value),
                "start": g.get("start"), "end": g.get("end"), "grounding": g.get("status", ""),
                "findings": " ".join(findings.get(path, [])),
                "review": owner.get("review", ""),
                "origin": owner.get("origin", rec["provenance"]["origin"]),
                "edited_by": edit["reviewer"] if edit else "",
                "edited_at": edit["decided_at"] if edit else "",
                "old_value": _cell(old) if edit else "",
            }


def _json_item(item: dict[str, Any]) -> str:
    """One record of the JSON list, a field per line with each value on one line: as easy to
    read as full indentation, and written by json's C encoder, which indentation turns off
    (that made a 64-article export three times slower)."""
    fields = (f"    {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
              for key, value in item.items())
    return "{\n" + ",\n".join(fields) + "\n  }"


def write(store: Store, stream: TextIO, fmt: str, confirmed: str = "drop",
          rows: str | None = None) -> None:
    """Write the export to `stream` as it is read: one record per article, or with `rows` one
    row per casualty claim or per quote (see rows.py)."""
    recs = records(store, confirmed)
    out: Iterable[dict[str, Any]] = recs
    columns: tuple[str, ...] = CSV_COLUMNS
    if rows == "claims":
        out, columns = claim_rows(recs), CLAIM_COLUMNS
    elif rows == "quotes":
        out, columns = quote_rows(recs), QUOTE_COLUMNS
    elif rows is not None:
        raise ValueError(f"unknown rows {rows!r}; choose one of {', '.join(ROW_KINDS)}")
    if fmt == "json":  # a JSON list, written item by item
        stream.write("[")
        for i, item in enumerate(out):
            stream.write(("," if i else "") + "\n  " + _json_item(item))
        stream.write("\n]\n")
    elif fmt == "jsonl":
        for item in out:
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=columns)
        writer.writeheader()
        writer.writerows(csv_rows(recs) if rows is None else out)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
