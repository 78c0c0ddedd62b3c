"""One row per casualty claim or per quote, for the tools analysts load data into.

Event-data work (ACLED, UCDP, Airwars) and spreadsheets want a flat table of claims, not a
nested record per article. These rows are built from exported records, so review decisions are
already applied (edited values, confirmed-wrong items left out) and every row keeps the offsets
that trace it to the article.

How the count columns map to the event-data conventions:
- `count_min` / `count_max` / `count_text` / `qualifier` are the schema's own fields;
- `fatalities` follows ACLED: the most conservative reading, for `killed` claims only (the
  floor `count_min`; a claim with no number gives no fatalities, not zero);
- `low` / `best` / `high` follow UCDP: `low` is the floor, `best` the article's own figure
  (the floor: for a range too, since UCDP's best estimate leans conservative) and `high` the
  ceiling the wording allows (`count_max`; the figure itself when it is exact or
  approximate; empty for "at least", which gives no ceiling).
"""

from __future__ import annotations

from typing import Any, Iterable

CLAIM_COLUMNS = ("run_id", "article_id", "title", "source", "origin", "date_text", "locations",
                 "group", "outcome", "count_min", "count_max", "count_text", "qualifier",
                 "claimed_by", "scope", "fatalities", "low", "best", "high", "evidence",
                 "evidence_start", "evidence_end", "count_start", "count_end", "review",
                 "findings")
QUOTE_COLUMNS = ("run_id", "article_id", "title", "source", "origin", "speaker", "speaker_role",
                 "text", "kind", "channel", "start", "end", "speaker_start", "speaker_end",
                 "speaker_verified", "review", "findings")
ROW_KINDS = ("claims", "quotes")


def _base(record: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    return {"run_id": record["run_id"], "article_id": record["article"]["id"],
            "title": record["article"]["title"], "source": record["article"]["path"],
            "origin": item["origin"]}


def _span(item: dict[str, Any], field: str) -> tuple[int | None, int | None]:
    path = f"{item['path']}/{field}"
    found = next((g for g in item["grounding"] if g["path"] == path), None)
    return (found["start"], found["end"]) if found else (None, None)


def _codes(record: dict[str, Any], item: dict[str, Any]) -> str:
    """The item's finding codes, and those the check raised again after a reviewer's edit."""
    by_id = {f["id"]: f for f in record["findings"]}
    codes = [by_id[i]["code"] for i in item["findings"] if i in by_id]
    codes += [f"{r['code']}(after edit)" for r in item.get("recheck", [])]
    return " ".join(codes)


def _event_counts(claim: dict[str, Any]) -> dict[str, Any]:
    low, high = claim.get("count_min"), claim.get("count_max")
    qualifier = claim.get("qualifier")
    if high is None and qualifier in ("exact", "approximately"):
        high = low
    best = low if low is not None else (high if qualifier not in ("at_most",) else None)
    return {"fatalities": low if claim.get("outcome") == "killed" else None,
            "low": low, "best": best, "high": high}


def _items(records: Iterable[dict[str, Any]], name: str
           ) -> Iterable[tuple[dict[str, Any], dict[str, Any]]]:
    """(record, item) for every exported item of the list `name` ("casualties", "quotes")."""
    for record in records:
        for item in record["items"]:
            if item["path"].startswith(f"/{name}/"):
                yield record, item


def claim_rows(records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for record, item in _items(records, "casualties"):
        operation = record["summary"].get("operation") or {}
        claim = item["value"]
        evidence = _span(item, "evidence")
        count = _span(item, "count_text")
        yield {
            **_base(record, item),
            "date_text": operation.get("date_text"),
            "locations": "; ".join(operation.get("locations") or []),
            **{k: claim.get(k) for k in ("group", "outcome", "count_min", "count_max",
                                         "count_text", "qualifier", "claimed_by", "scope",
                                         "evidence")},
            **_event_counts(claim),
            "evidence_start": evidence[0], "evidence_end": evidence[1],
            "count_start": count[0], "count_end": count[1],
            "review": item["review"], "findings": _codes(record, item),
        }


def quote_rows(records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for record, item in _items(records, "quotes"):
        quote = item["value"]
        text = _span(item, "text")
        speaker = _span(item, "speaker")
        codes = _codes(record, item)
        unverified = any(c in codes.split() for c in ("SPEAKER_UNVERIFIED",
                                                      "SPEAKER_MISMATCH",
                                                      "SPEAKER_NOT_FOUND"))
        yield {
            **_base(record, item),
            **{k: quote.get(k) for k in ("speaker", "speaker_role", "text", "kind",
                                         "channel")},
            "start": text[0], "end": text[1],
            "speaker_start": speaker[0], "speaker_end": speaker[1],
            "speaker_verified": not unverified,
            "review": item["review"], "findings": codes,
        }
