"""Review decisions: what they do to a stored summary, and how they are made and applied.

A decision settles one finding. `confirm` says the extraction is wrong (export leaves the item
out or marks it), `dismiss` says the finding is a false alarm, `edit` replaces the value at the
finding's JSON pointer with a corrected one, and `add` takes the item a MISSED_* finding
proposes into the record (saved as an edit that appends it, so it is exported, grounded and
marked as the reviewer's). A missed item cannot be confirmed wrong: there is nothing to leave
out, so that is refused rather than silently doing nothing. Edits are never written into the run itself: the
run stays exactly what the model returned, and the decided summary is rebuilt on demand by
replaying the run's active edits in the order they were made. Every edit is validated by
applying it and validating the whole ArticleSummary, so a decided summary is always valid.

Both the interactive review and `review --decisions FILE` go through `decide`, so a decision
from a file is checked exactly like one typed at the terminal. Replaying decisions needs no
schema and lives in `summarizer.decided`, so commands that only read stay light.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from summarizer.decided import DecisionError, current_summary, get_at, pointer_tokens, set_at
from summarizer.schema import Actor, ArticleSummary, CasualtyClaim, Quote, validation_errors
from summarizer.store import DecisionConflict, FindingScope, Store, StoreError

RESOLVING_ACTIONS = ("confirm", "dismiss", "edit", "add")
ITEM_MODELS: dict[str, type[BaseModel]] = {"actors": Actor, "casualties": CasualtyClaim,
                                           "quotes": Quote}
REVIEWER_ENV = "SUMMARIZER_REVIEWER"


def validate_summary(summary: dict[str, Any]) -> dict[str, Any]:
    """The summary as the schema reads it (defaults filled in, values coerced), or
    DecisionError saying what is wrong."""
    try:
        return ArticleSummary.model_validate(summary).model_dump(mode="json")
    except ValidationError as exc:
        raise DecisionError(describe_validation(exc)) from None


def describe_validation(exc: ValidationError) -> str:
    """Pydantic errors as '/pointer: message' lines, the notation findings use."""
    return "\n".join(validation_errors(exc))


def candidate_values(typed: str) -> list[Any]:
    """What a line typed at the edit prompt may mean: JSON first (numbers, null, objects,
    quoted strings), then the line as plain text, so `5` fills an integer field and
    `Sirwan Barzani` a string field without quotes."""
    candidates: list[Any] = []
    try:
        candidates.append(json.loads(typed))
    except json.JSONDecodeError:
        pass
    if typed not in candidates:
        candidates.append(typed)
    return candidates


# -- making decisions -------------------------------------------------------------------------

def is_missed(finding: dict[str, Any]) -> bool:
    return finding["code"].startswith("MISSED_")


def proposed_item(finding: dict[str, Any]) -> dict[str, Any]:
    """The item a MISSED_* finding proposes, from what the check found (its detail): a quote
    with its speaker, or a casualty claim with the counts the check read (a finding stored
    before the check gave them: the counts its count phrase gives). Fields the check could
    not fill take the schema's defaults when the item is validated."""
    from summarizer.text.counts import parse_count

    tokens = pointer_tokens(finding["path"])
    model = ITEM_MODELS.get(tokens[0]) if len(tokens) == 1 else None
    if model is None:
        raise DecisionError(f"finding {finding['id']} proposes no item to add")
    detail = finding.get("detail") or {}
    item = {k: v for k, v in detail.items() if k in model.model_fields and v is not None}
    if model is CasualtyClaim and "qualifier" not in item and item.get("count_text"):
        count = parse_count(item["count_text"])
        if count is not None:
            item.update(count_min=count.low, count_max=count.high, qualifier=count.qualifier)
    return item

def resolve_reviewer(option: str | None) -> str:
    """--reviewer, else $SUMMARIZER_REVIEWER, else the login name."""
    name = (option or os.environ.get(REVIEWER_ENV) or "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            raise DecisionError(f"cannot tell who is reviewing; pass --reviewer NAME or set "
                            f"{REVIEWER_ENV}") from None
    return name


def decide(store: Store, finding: dict[str, Any], action: str, reviewer: str,
           value: Any = None) -> dict[str, Any]:
    """Validate and save one decision. Edits are checked by applying them (with the run's
    earlier edits) and validating the whole summary; the value saved is the one the schema
    reads (an added quote gets its default fields, "5" in a number field becomes 5).
    Raises DecisionError or DecisionConflict."""
    old_value = None
    if action == "confirm" and is_missed(finding):
        raise DecisionError("a missed item cannot be confirmed wrong (there is nothing to leave "
                            "out): add it to the record, or dismiss the finding")
    if action == "add":
        if not is_missed(finding):
            raise DecisionError(f"only a MISSED_* finding proposes an item to add, not "
                                f"{finding['code']}; edit the value instead")
        action, value = "edit", proposed_item(finding)
    if action == "edit":
        decided = current_summary(store, finding["run_id"])
        new_summary, path, old_value = set_at(decided.summary, finding["path"], value)
        value = get_at(validate_summary(new_summary), path)
    return store.record_decision(finding["id"], action, reviewer, value=value,
                                 old_value=old_value)


def decide_typed(store: Store, finding: dict[str, Any], typed: str,
                 reviewer: str) -> dict[str, Any]:
    """Save an edit from a line typed at the prompt: the first reading of it that validates
    wins; when none does, the error of the first reading is the one reported."""
    first_error: DecisionError | None = None
    for value in candidate_values(typed):
        try:
            return decide(store, finding, "edit", reviewer, value)
        except DecisionError as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error


# -- decisions files --------------------------------------------------------------------------

@dataclass
class LineResult:
    line: int
    ok: bool
    message: str
    finding_id: int | None = None
    action: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


_LINE_KEYS = {"finding_id", "action", "value", "reviewer"}


def apply_decision_lines(store: Store, lines: Iterable[str], reviewer: str,
                         scope: FindingScope) -> list[LineResult]:
    """Apply JSONL decisions one line at a time; a line that fails any check applies nothing.

    Each line: {"finding_id": 3, "action": "confirm" | "dismiss" | "edit" | "add", "value":
    ... (edits only), "reviewer": "..." (optional, overrides the default)}. Blank lines are
    ignored. Findings outside `scope` are refused, so a file cannot reach past the filters.
    """
    in_scope = {f["id"] for f in store.unresolved_findings(scope)}
    results = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        entry: dict[str, Any] = {}
        try:
            entry = _parse_line(raw)
            finding = store.finding(entry["finding_id"])
            if finding["id"] not in in_scope and store.active_decision(finding["id"]) is None:
                raise DecisionError(f"finding {finding['id']} is outside the selected findings")
            decision = decide(store, finding, entry["action"], entry.get("reviewer") or reviewer,
                              entry.get("value"))
        except (DecisionError, DecisionConflict, StoreError) as exc:
            results.append(LineResult(number, False, str(exc), entry.get("finding_id"),
                                      entry.get("action")))
            continue
        action = entry["action"]  # "add" is saved as an edit that appends the item
        results.append(LineResult(number, True, f"{action} finding {decision['finding_id']}",
                                  decision["finding_id"], action))
    return results


def _parse_line(raw: str) -> dict[str, Any]:
    try:
        entry = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DecisionError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(entry, dict):
        raise DecisionError("each line must be a JSON object")
    unknown = sorted(set(entry) - _LINE_KEYS)
    if unknown:
        raise DecisionError(f"unknown key(s) {', '.join(unknown)}; "
                        f"allowed: {', '.join(sorted(_LINE_KEYS))}")
    finding_id = entry.get("finding_id")
    if not isinstance(finding_id, int) or isinstance(finding_id, bool):
        raise DecisionError("finding_id must be an integer")
    action = entry.get("action")
    if action not in RESOLVING_ACTIONS:
        raise DecisionError(f"action must be one of {', '.join(RESOLVING_ACTIONS)}, "
                        f"not {action!r}")
    if action == "edit" and "value" not in entry:
        raise DecisionError("an edit needs a value")
    if action != "edit" and "value" in entry:
        raise DecisionError(f"only an edit takes a value, not {action}")
    reviewer = entry.get("reviewer")
    if reviewer is not None and (not isinstance(reviewer, str) or not reviewer.strip()):
        raise DecisionError("reviewer must be a non-empty string")
    return entry
