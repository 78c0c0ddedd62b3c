"""A run's summary as decided so far: the stored summary with its active edits replayed,
and the JSON pointers (RFC 6901) that say where each finding and edit points.

This is plain document work: the pydantic models and the check are loaded only to re-check an
edited item, so `show`, `export` and `review --list` stay light. Making and validating
decisions is `summarizer.decisions`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Iterable

from summarizer.store import FindingScope, Store

# what a finding's review status is once a decision settles it (none: "unreviewed")
REVIEW_STATUS = {"confirm": "confirmed", "dismiss": "dismissed", "edit": "edited"}


class DecisionError(ValueError):
    """A decision that cannot be made (an edit that does not fit the summary, a bad line in
    a decisions file, no reviewer name); the message says why."""


# -- JSON pointers (RFC 6901) -----------------------------------------------------------------

def pointer_tokens(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise DecisionError(f"{pointer!r} is not a JSON pointer (it must start with '/')")
    tokens = pointer[1:].split("/")
    if "~" not in pointer:  # nothing escaped (every pointer the tool makes): export asks ~7,000
        return tokens
    return [t.replace("~1", "/").replace("~0", "~") for t in tokens]


def make_pointer(tokens: Iterable[str]) -> str:
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


_MISSING = object()


def get_at(doc: Any, pointer: str, default: Any = _MISSING) -> Any:
    """The value at `pointer`; `default` (or KeyError) when the pointer leads nowhere."""
    value = doc
    for token in pointer_tokens(pointer):
        if isinstance(value, dict) and token in value:
            value = value[token]
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        elif default is _MISSING:
            raise KeyError(pointer)
        else:
            return default
    return value


def set_at(doc: Any, pointer: str, value: Any) -> tuple[Any, str, Any]:
    """Return (new document, effective pointer, old value) with `value` placed at `pointer`.

    A pointer that names a list takes a non-list value as a new item appended to it, as does
    the RFC 6901 end marker `-`: that is how a reviewer adds what a MISSED_* finding found.
    The old value is None for an append. `doc` itself is not modified.
    """
    tokens = pointer_tokens(pointer)
    if not tokens:
        raise DecisionError("the whole summary cannot be replaced by one edit")
    new = copy.deepcopy(doc)
    target = get_at(new, pointer, None)
    if isinstance(target, list) and not isinstance(value, list):
        target.append(value)
        return new, make_pointer([*tokens, str(len(target) - 1)]), None
    parent = get_at(new, make_pointer(tokens[:-1]), None)
    last = tokens[-1]
    if isinstance(parent, list) and last == "-":
        parent.append(value)
        return new, make_pointer([*tokens[:-1], str(len(parent) - 1)]), None
    if isinstance(parent, list) and last.isdigit() and int(last) < len(parent):
        old, parent[int(last)] = parent[int(last)], value
        return new, pointer, old
    if isinstance(parent, dict):
        old, parent[last] = parent.get(last), value
        return new, pointer, old
    raise DecisionError(f"{pointer} does not point into the summary")


def item_pointer(pointer: str) -> str:
    """The top-level item a pointer belongs to: '/quotes/2/text' -> '/quotes/2',
    '/operation/locations/1' -> '/operation', '/summary' -> '/summary'."""
    tokens = pointer_tokens(pointer)
    kept = 2 if len(tokens) >= 2 and tokens[1].isdigit() else min(1, len(tokens))
    # a token's own "/" is escaped, so the pointer's first tokens are its text up to a slash
    return "/".join(pointer.split("/")[:kept + 1])


def drop_target(pointer: str) -> str:
    """What a confirmed-wrong finding takes out of the export: the innermost list element the
    pointer is in ('/quotes/2/speaker' -> '/quotes/2', '/operation/locations/1' stays), else
    the field itself ('/operation/name')."""
    tokens = pointer_tokens(pointer)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].isdigit():
            return make_pointer(tokens[: i + 1])
    return pointer


def is_under(pointer: str, prefix: str) -> bool:
    return pointer == prefix or pointer.startswith(prefix + "/")


# -- the decided summary ----------------------------------------------------------------------

@dataclass
class Decided:
    """A run's summary with its active edits applied, and where each edit landed."""

    summary: dict[str, Any]
    edit_paths: dict[int, str] = field(default_factory=dict)  # finding id -> effective pointer


def decided_summary(summary: dict[str, Any], decisions: list[dict[str, Any]]) -> Decided:
    """Replay the active edits (oldest first) on the run's summary; each decision needs the
    `path` of its finding (see `decisions_with_paths`). `summary` itself is never changed:
    each edit makes a new document."""
    result = Decided(summary)
    for decision in decisions:
        if decision["action"] == "edit" and decision["undone_at"] is None:
            result.summary, path, _ = set_at(result.summary, decision["path"], decision["value"])
            result.edit_paths[decision["finding_id"]] = path
    return result


def decisions_with_paths(store: Store, run_id: int) -> list[dict[str, Any]]:
    """A run's active decisions, each with its finding's pointer as `path`."""
    decisions = store.decisions(run_id)
    findings = {f["id"]: f for f in store.findings(run_id)}
    return [{**d, "path": findings[d["finding_id"]]["path"]} for d in decisions]


def current_summary(store: Store, run_id: int) -> Decided:
    """The run's summary as decided so far."""
    return decided_summary(store.run(run_id)["summary"], decisions_with_paths(store, run_id))


def recheck(text: str, summary: dict[str, Any], items: Iterable[str]) -> dict[str, list[dict]]:
    """Errors and warnings the cross-check finds under each of `items` in the decided summary:
    an edited or added value is grounded again, so a value the article does not support is
    flagged rather than passing as reviewed. (Recall findings are about the whole list and
    are left out.)"""
    wanted = list(items)
    if not wanted:
        return {}
    from summarizer.check import check_summary
    from summarizer.schema import ArticleSummary

    report = check_summary(text, ArticleSummary.model_validate(summary))
    out: dict[str, list[dict]] = {item: [] for item in wanted}
    for finding in report.findings:
        if finding.severity == "info" or finding.code.startswith("MISSED_"):
            continue
        for item in wanted:
            if is_under(finding.path, item):
                out[item].append({k: getattr(finding, k) for k in
                                  ("code", "severity", "message", "start", "end")})
    return out


def unresolved_rows(store: Store, scope: FindingScope) -> list[dict[str, Any]]:
    """Unresolved findings with the extracted value each points at (as decided so far)."""
    summaries: dict[int, dict[str, Any]] = {}
    rows = []
    for f in store.unresolved_findings(scope):
        if f["run_id"] not in summaries:
            summaries[f["run_id"]] = current_summary(store, f["run_id"]).summary
        rows.append({
            "id": f["id"], "run_id": f["run_id"], "article_id": f["article_id"],
            "title": f["title"], "code": f["code"], "severity": f["severity"],
            "path": f["path"], "message": f["message"], "start": f["start"], "end": f["end"],
            "value": get_at(summaries[f["run_id"]], f["path"], None), "detail": f["detail"],
        })
    return rows
