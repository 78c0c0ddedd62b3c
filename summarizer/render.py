"""Rich views shared by the commands: the batch table and a stored run."""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:  # the views only read outcomes; importing the pipeline would load the LLM stack
    from summarizer.pipeline import Outcome

STATUS_STYLE = {"ok": "green", "cached": "cyan", "failed": "red", "unreadable": "red",
                "interrupted": "yellow"}
SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "blue"}


def plain(value: Any) -> Text:
    """Article or model text for a table cell: never read as rich markup (a quote's "[security]"
    must show as written) and never a Python repr (None is an empty cell)."""
    return Text("" if value is None else str(value))


def usage_text(usage: dict[str, Any] | None) -> str:
    if not usage:
        return "no tokens"
    return ", ".join(f"{key.removesuffix('_tokens')} {value:,}" for key, value in usage.items()
                     if isinstance(value, int)) + " tokens"


OUTCOME_ROWS = 200  # past this a table is no use in a terminal (and costs memory to draw)


def outcomes_table(outcomes: list[Outcome], totals: Counter[str] | None = None,
                   width: int = 80) -> Text:
    """The end-of-batch table: every article, or for a large batch only those that did not
    end ok or cached (up to OUTCOME_ROWS), with the totals of each status. `totals` counts
    the whole batch when `outcomes` holds only some of it.

    Laid out here as one text, not a rich Table: measuring and padding every cell took
    ~35 ms for 64 rows, a third of what a cached rerun costs beyond its imports. A file
    name too long for the room left folds onto lines of its own under the column."""
    caption = "act/cas/quo: actors, casualty claims, quotes extracted; err/warn: findings"
    shown = outcomes
    totals = totals if totals else Counter(o.status for o in outcomes)
    if sum(totals.values()) > OUTCOME_ROWS:
        shown = [o for o in outcomes if not o.went_well][:OUTCOME_ROWS]
        listed = (f"; the {'first ' if len(shown) == OUTCOME_ROWS else ''}{len(shown):,} "
                  "not ok are listed" if shown else "")
        caption = (f"{sum(totals.values()):,} articles: "
                   + ", ".join(f"{n:,} {status}" for status, n in totals.most_common())
                   + f"{listed} ('summarizer runs' lists every run)\n" + caption)
    # the columns of `runs`; tokens and seconds only when a row has them (a rerun whose
    # articles all came from the cache spent neither)
    tokens = any(o.usage.get("total_tokens") is not None for o in shown)
    seconds = any(o.seconds is not None for o in shown)
    names = ["status", "run", "act/cas/quo", "err/warn", *(("tokens",) if tokens else ()),
             *(("secs",) if seconds else ())]
    rows = []
    for o in shown:
        items = "/".join(str(o.counts.get(k, "-")) for k in ("actors", "casualties", "quotes"))
        cells = [o.status, str(o.run_id or ""), items if o.counts else "",
                 f"{o.findings.get('error', 0)}/{o.findings.get('warning', 0)}"
                 if o.run_id else ""]
        if tokens:
            cells.append(str(o.usage.get("total_tokens", "")))
        if seconds:
            cells.append("" if o.seconds is None else f"{o.seconds:.1f}")
        rows.append((Path(o.path).name, cells))
    widths = [max([len(name), *(len(cells[i]) for _, cells in rows)])
              for i, name in enumerate(names)]
    room = width - 2 - sum(w + 3 for w in widths)
    file_width = max(12, min(room, max([4, *(len(file) for file, _ in rows)])))

    def line(file: str, cells: list[str], style: str = "") -> None:
        table.append(f"  {file:<{file_width}}", style=style)
        for name, cell, cell_width in zip(names, cells, widths):
            table.append("   ")
            table.append(cell.ljust(cell_width) if name == "status" else cell.rjust(cell_width),
                         style=style or (STATUS_STYLE.get(cell, "") if name == "status" else ""))
        table.append("\n")

    table = Text("summarize\n\n", style="italic")
    line("file", names, style="bold")
    table.append(" " + "─" * (file_width + 1 + sum(w + 3 for w in widths)) + "\n")
    for file, cells in rows:
        folded = [file[i:i + file_width] for i in range(0, len(file), file_width)] or [""]
        line(folded[0], cells)
        for rest in folded[1:]:
            table.append(f"  {rest}\n")
    table.append("\n")
    for part in caption.split("\n"):
        table.append("\n".join(textwrap.wrap(part, width=max(20, width))) + "\n", style="dim")
    return table


def runs_table(rows: list[dict[str, Any]]) -> Table:
    """`summarizer runs`: one line per stored run, newest first."""
    table = Table(title=f"runs ({len(rows)})", title_justify="left", box=box.SIMPLE_HEAD,
                  caption="act/cas/quo: actors, casualty claims, quotes extracted; err/warn: "
                          "findings",
                  caption_justify="left")
    # numbers never wrap; on a narrow terminal the words fold onto more lines, the title
    # keeping the most room
    for name, header in (("run", "run"), ("title", "title"), ("backend", "backend / model"),
                         ("status", "status"), ("items", "act/cas/quo"),
                         ("findings", "err/warn"), ("started", "started")):
        table.add_column(header, justify="right" if name == "run" else "left",
                         no_wrap=name in ("run", "items", "findings", "status"),
                         overflow="fold", ratio=3 if name == "title" else None,
                         min_width=16 if name == "title" else None)
    for r in rows:
        table.add_row(
            str(r["id"]), plain(r["title"]), plain(f"{r['backend']} / {r['model']}"),
            Text(r["status"], style=STATUS_STYLE.get(r["status"], "")),
            plain("/".join(str(r[k] if r[k] is not None else "-")
                           for k in ("actors", "casualties", "quotes"))),
            plain(f"{r['errors']}/{r['warnings']}"),
            plain((r["started_at"] or "")[:16].replace("T", " ")))
    return table


def _grounding_marks(grounding: list[dict[str, Any]]) -> dict[str, str]:
    return {g["path"]: g["status"] for g in grounding}


def run_view(run: dict[str, Any], article: dict[str, Any], findings: list[dict[str, Any]],
             grounding: list[dict[str, Any]], width: int) -> Group:
    prov = run["provenance"]
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    rows = [
        ("article", f"{article['title']}  [{article['id'][:12]}]"),
        ("source", f"{article['path']} (sha256 {prov['source_sha256'][:12]})"),
        ("run", f"{run['id']}  {run['status']}  {run['started_at']} -> {run['finished_at']}"),
        ("backend", f"{prov['backend']} / {prov['model']} @ {prov['endpoint_host']} "
                    f"(mode {prov['instructor_mode']})"),
        ("read by", "the rule-based miner: no model read this article"
         if prov["backend"] == "extractive" else "a language model"),
        ("prompt", f"{prov['prompt']['name']} v{prov['prompt']['version']} "
                   f"({prov['prompt']['sha256'][:12]}); schema v{prov['schema']['version']}"),
        ("attempts", f"{len(prov['attempts'])}; usage {usage_text(prov['usage'])}"),
    ]
    for fallback in prov.get("mode_fallbacks") or []:
        rows.append(("mode", f"the server refused {fallback['from']}, asked with "
                              f"{fallback['to']} ({fallback['reason']})"))
    if prov.get("chunking"):
        chunks = prov["chunking"]["chunks"]
        rows.append(("read in", f"{len(chunks)} chunks of at most "
                                f"{prov['chunking']['max_chars']:,} characters, records merged"))
    if prov.get("truncated") and run["status"] == "ok":
        rows.append(("truncated", Text("the answer was cut off at the output token limit; "
                                       "items after the cut are missing", style="yellow")))
    if run["error"]:
        rows.append(("error", Text(run["error"], style="red")))
    for key, value in rows:
        head.add_row(key, value if isinstance(value, Text) else plain(value))
    parts: list[Any] = [Panel(head, title="run", title_align="left")]
    summary = run["summary"]
    if summary:
        marks = _grounding_marks(grounding)
        parts.append(Panel(plain(summary["summary"]), title="summary", title_align="left"))
        op = summary.get("operation")
        if op:
            parts.append(Panel(plain(
                f"{op['kind']}: {op['description']}\nname: {op.get('name') or '-'}\n"
                f"where: {', '.join(op['locations']) or '-'}\nwhen: {op.get('date_text') or '-'}"
                f"\nby: {', '.join(op['conducted_by']) or '-'}\n"
                f"against: {', '.join(op['targeted']) or '-'}"),
                title="operation", title_align="left"))
        parts.append(_items_table("actors", summary["actors"], ("name", "kind", "role"), marks))
        parts.append(_items_table("casualties", summary["casualties"],
                                  ("group", "outcome", "count_text", "count_min", "qualifier",
                                   "claimed_by", "scope"), marks))
        parts.append(_items_table("quotes", summary["quotes"],
                                  ("text", "speaker", "kind", "channel"), marks))
    parts.append(findings_list(findings, width))
    return Group(*parts)


def _items_table(name: str, items: list[dict[str, Any]], fields: tuple[str, ...],
                 marks: dict[str, str]) -> Table:
    table = Table(title=f"{name} ({len(items)})", title_justify="left")
    table.add_column("#", justify="right")
    for field in fields:
        table.add_column(field)
    table.add_column("grounded")
    for i, item in enumerate(items):
        status = marks.get(f"/{name}/{i}/{fields[0]}", "")
        style = "green" if status in ("exact", "normalized") else "yellow" if status == "fuzzy" else "red"
        table.add_row(str(i), *(plain(item.get(f)) for f in fields),
                      Text(status, style=style if status else ""))
    if not items:
        table.add_row("", Text(f"no {name}", style="dim"), *([""] * len(fields)))
    return table


def findings_list(findings: list[dict[str, Any]], width: int) -> Text:
    """Findings of a check (`check`), or of a stored run (`show`: with their id, for
    `review`, and their review status), as `review --list` shows them: a line naming each
    and its message wrapped under it."""
    stored = bool(findings) and "id" in findings[0]
    listed = Text(f"findings ({len(findings)})\n", style="bold")
    if not findings:
        listed.append("no findings\n", style="dim")
    for f in findings:
        span = f"  {f['start']}-{f['end']}" if f.get("start") is not None else ""
        review = f"  [{f['review']}]" if stored and f.get("review") else ""
        _append_finding(listed, f"{f['id']:>6}  " if stored else "  ", f, f"{span}{review}",
                        width)
    return listed


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def scores_table(scores: dict[str, Any]) -> Table:
    """`summarizer eval`: one row per scored field."""
    table = Table(title=f"eval: {scores['articles']} articles", title_justify="left",
                  box=box.SIMPLE_HEAD,
                  caption="quotes match on overlapping spans; casualties on (number, outcome) "
                          "per article; speakers and claimants over matched items",
                  caption_justify="left")
    for name in ("field", "precision", "recall", "F1", "detail"):
        table.add_column(name, justify="left" if name in ("field", "detail") else "right")
    for name in ("quotes", "casualties", "actors", "locations"):
        part = scores.get(name)
        if part is None:
            continue
        table.add_row(name, _pct(part["precision"]), _pct(part["recall"]), _pct(part["f1"]),
                      f"tp {part['tp']} fp {part['fp']} fn {part['fn']}")
        if name == "quotes":
            speakers = scores["speakers"]
            table.add_row("  speakers", "", "", "", f"accuracy {_pct(speakers['accuracy'])} "
                          f"({speakers['correct']}/{speakers['total']}); bare pronouns "
                          f"{speakers['bare_pronouns']} of {speakers['predicted']}")
            for kind, acc in speakers["by_kind"].items():
                table.add_row(f"    {kind}", "", "", "",
                              f"accuracy {_pct(acc['accuracy'])} ({acc['correct']}/{acc['total']})")
        if name == "casualties" and part["claimants"]["total"]:
            acc = part["claimants"]
            table.add_row("  claimants", "", "", "",
                          f"accuracy {_pct(acc['accuracy'])} ({acc['correct']}/{acc['total']})")
    if not table.rows:
        table.add_row("(nothing scored: the gold files annotate no field)", "", "", "", "")
    return table


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def unresolved_list(rows: list[dict[str, Any]], width: int) -> Text:
    """The unresolved findings as `review --list` prints them (rows from
    `decided.unresolved_rows`): a line naming each finding (id, run, article, severity,
    code, path) and its message under it, wrapped to `width`. A list rather than a table:
    at 80 columns a seven-column table folded every message over six or more lines."""
    listed = Text(f"unresolved findings ({len(rows)})\n", style="bold")
    if not rows:
        listed.append("nothing to review\n", style="dim")
    for r in rows:
        _append_finding(listed, f"{r['id']:>6}  run {r['run_id']:<5} {r['article_id'][:8]}  ", r,
                        "", width)
    return listed


def _append_finding(listed: Text, lead: str, finding: dict[str, Any], tail: str,
                    width: int) -> None:
    """One finding: `lead`, its severity, code and path, `tail`, and its message under it."""
    listed.append(lead)
    listed.append(f"{finding['severity']:<7}", style=SEVERITY_STYLE.get(finding["severity"], ""))
    listed.append(f"  {finding['code']}  {finding['path']}{tail}\n")
    for line in textwrap.wrap(_shorten(finding["message"], 400), width=max(20, width - 8)):
        listed.append(f"        {line}\n")
