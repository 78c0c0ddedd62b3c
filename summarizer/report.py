"""A static, self-contained HTML report: an index of articles and one page per article.

Analysts look rather than read: each article page shows the text with every grounded item
highlighted by kind (quote, speaker, casualty, actor, location) on exactly the characters it
was grounded to, each finding marked where it points, the items the check could not find in
the article listed (never dropped), and the review decisions. Pages carry their CSS inline and
load nothing: a report can be mailed or archived as it is.

The report is built from the same records as `export` (review decisions applied, confirmed
items kept and marked), so the two never disagree.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.export import records, run_origin
from summarizer.store import Store
from summarizer.text import patterns

# a grounded field's pointer -> the kind of highlight it gets in the text
KINDS = tuple((patterns.compile(pattern), kind) for pattern, kind in (
    (r"/quotes/\d+/text", "quote"), (r"/quotes/\d+/speaker", "speaker"),
    (r"/casualties/\d+/count_text", "casualty"), (r"/actors/\d+/(?:name|aliases/\d+)", "actor"),
    (r"/operation/locations/\d+", "location"),
))
_CSS = """
body{font:15px/1.55 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;background:#fcfcfa}
mark,.legend span{padding:0 .1em;border-radius:.2em}
.k-quote{background:#dbeafe}.k-speaker{background:#fde68a}.k-casualty{background:#fecaca}
.k-actor{background:#d1fae5}.k-location{background:#e9d5ff}
.f-error{outline:2px solid #dc2626}.f-warning{outline:2px dashed #d97706}
.f-info{outline:1px dotted #2563eb}
.legend span{margin-right:.6rem}.muted{color:#666}.error{color:#b91c1c}.warning{color:#b45309}
.origin{font-weight:600}
"""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    css: str
    title: str
    attrs: dict[str, str]


def _kind(path: str) -> str | None:
    return next((kind for pattern, kind in KINDS if pattern.fullmatch(path)), None)


def _nest(spans: list[_Span]) -> list[_Span]:
    """Spans that can be nested as elements: longest first at each start; one that crosses an
    earlier span's edge is left out of the text (it is still listed below it)."""
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= span.start:
            continue
        if any(k.start < span.start < k.end < span.end for k in kept):
            continue
        kept.append(span)
    return kept


def _marked_text(text: str, spans: list[_Span]) -> str:
    """`text` escaped, with each span wrapped in a <mark> that says what it is."""
    events: list[tuple[int, int, str]] = []  # (offset, order, html); closes before opens
    for span in _nest(spans):
        attrs = "".join(f' {k}="{html.escape(v)}"' for k, v in span.attrs.items())
        events.append((span.start, 1, f'<mark class="{span.css}" title="{html.escape(span.title)}"'
                                       f' data-start="{span.start}" data-end="{span.end}"'
                                       f"{attrs}>"))
        events.append((span.end, 0, "</mark>"))
    events.sort(key=lambda e: (e[0], e[1]))
    out, pos = [], 0
    for offset, _, tag in events:  # nested spans open longest first (see _nest)
        out.append(html.escape(text[pos:offset]))
        pos = offset
        out.append(tag)
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head>"
            f"<body>{body}</body></html>\n")


def _origin_line(record: dict[str, Any]) -> str:
    prov = record["provenance"]
    who = ("the rule-based miner: no model read this article" if run_origin(prov) == "miner"
           else f"a language model ({html.escape(str(prov['model']))})")
    return f'<p>Read by <span class="origin">{who}</span> · backend {html.escape(prov["backend"])}</p>'


def article_page(record: dict[str, Any], text: str) -> str:
    spans: list[_Span] = []
    for item in record["items"]:
        for g in item["grounding"]:
            kind = _kind(g["path"])
            if kind is None or g["start"] is None or g["status"] == "not_found":
                continue
            spans.append(_Span(g["start"], g["end"], f"k-{kind}",
                               f"{kind}: {g['path']} ({g['status']})",
                               {"data-kind": kind, "data-path": g["path"]}))
    for f in record["findings"]:
        if f["start"] is not None and f["end"] is not None and f["end"] > f["start"]:
            spans.append(_Span(f["start"], f["end"], f"f-{f['severity']}",
                               f"{f['code']}: {f['message']}",
                               {"id": f"f-{f['id']}", "data-finding": str(f["id"])}))
    article = record["article"]
    parts = ["<p><a href=\"index.html\">← all articles</a></p>",
             f"<h1>{html.escape(article['title'])}</h1>",
             f"<p class=\"muted\">{html.escape(article['path'])} · run {record['run_id']}</p>",
             _origin_line(record),
             '<p class="legend">' + "".join(f'<span class="k-{k}">{k}</span>' for k in
                                            ("quote", "speaker", "casualty", "actor",
                                             "location")) + "</p>",
             f'<div class="text" id="text">{_marked_text(text, spans)}</div>']
    unfound = [(item, g) for item in record["items"] for g in item["grounding"]
               if g["status"] == "not_found"]
    parts.append(f"<h2>Not found in the article ({len(unfound)})</h2>")
    if unfound:
        parts.append("<table><tr><th>item</th><th>field</th><th>value</th></tr>" + "".join(
            f"<tr><td>{html.escape(item['path'])}</td><td>{html.escape(g['path'])}</td>"
            f"<td>{html.escape(str(g['value']))}</td></tr>" for item, g in unfound) + "</table>")
    else:
        parts.append('<p class="muted">Every text field was found in the article.</p>')
    parts.append(f"<h2>Findings ({len(record['findings'])})</h2>")
    if record["findings"]:
        rows = []
        for f in record["findings"]:
            review = f["review"]
            who = f" by {html.escape(review['reviewer'])}" if review.get("reviewer") else ""
            link = (f'<a href="#f-{f["id"]}">{f["id"]}</a>' if f["start"] is not None
                    else str(f["id"]))
            rows.append(f'<tr><td>{link}</td><td class="{f["severity"]}">{f["severity"]}</td>'
                        f"<td>{html.escape(f['code'])}</td><td>{html.escape(str(f['path']))}"
                        f"</td><td>{html.escape(f['message'])}</td>"
                        f"<td>{html.escape(review['status'])}{who}</td></tr>")
        parts.append("<table><tr><th>id</th><th>severity</th><th>code</th><th>path</th>"
                     "<th>message</th><th>review</th></tr>" + "".join(rows) + "</table>")
    else:
        parts.append('<p class="muted">No findings.</p>')
    parts.append(f"<h2>Items ({len(record['items'])})</h2><table><tr><th>item</th>"
                 "<th>origin</th><th>review</th><th>value</th></tr>" + "".join(
                     f"<tr><td>{html.escape(i['path'])}</td><td>{html.escape(i['origin'])}</td>"
                     f"<td>{html.escape(i['review'])}</td>"
                     f"<td>{html.escape(_short(i['value']))}</td></tr>"
                     for i in record["items"]) + "</table>")
    return _page(article["title"], "".join(parts))


def _short(value: Any, limit: int = 240) -> str:
    if isinstance(value, dict):
        value = " · ".join(f"{k}: {v}" for k, v in value.items()
                           if v not in (None, [], "") and k != "evidence")
    value = str(value)
    return value if len(value) <= limit else value[:limit - 1] + "…"


def page_name(record: dict[str, Any]) -> str:
    return f"article-{record['article']['id'][:12]}.html"


def index_page(recs: list[dict[str, Any]], failed: list[dict[str, Any]]) -> str:
    rows = []
    for r in recs:
        counts = {k: len(r["summary"].get(k) or []) for k in ("actors", "casualties", "quotes")}
        unresolved = sum(1 for f in r["findings"] if f["review"]["status"] == "unreviewed")
        errors = sum(1 for f in r["findings"] if f["severity"] == "error"
                     and f["review"]["status"] == "unreviewed")
        rows.append(f'<tr><td><a href="{page_name(r)}">{html.escape(r["article"]["title"])}</a>'
                    f"</td><td>ok</td><td>{html.escape(r['provenance']['backend'])} / "
                    f"{html.escape(str(r['provenance']['model']))}</td>"
                    f"<td>{html.escape(run_origin(r['provenance']))}</td>"
                    f"<td>{counts['actors']}</td><td>{counts['casualties']}</td>"
                    f"<td>{counts['quotes']}</td><td>{unresolved} ({errors} errors)</td></tr>")
    for run in failed:
        rows.append(f"<tr><td>{html.escape(run['article_title'])}</td>"
                    f'<td class="error">failed</td><td colspan="6">'
                    f"{html.escape(run['error'] or '')}</td></tr>")
    body = ("<h1>summarizer report</h1>"
            f'<p class="muted">{len(recs)} articles; newest successful run of each, review '
            "decisions applied.</p><table><tr><th>article</th><th>status</th><th>backend / "
            "model</th><th>read by</th><th>actors</th><th>casualties</th><th>quotes</th>"
            "<th>unresolved findings</th></tr>" + "".join(rows) + "</table>")
    if not rows:
        body += '<p class="muted">No runs in the database yet.</p>'
    return _page("summarizer report", body)


def write_report(store: Store, directory: Path) -> list[Path]:
    """Write index.html and one page per article into `directory`; returns the files."""
    directory.mkdir(parents=True, exist_ok=True)
    recs = list(records(store, confirmed="mark"))
    succeeded = {r["article"]["id"] for r in recs}
    failed = [{**run, "article_title": store.article(run["article_id"])["title"]}
              for run in store.latest_runs(status=None)
              if run["status"] != "ok" and run["article_id"] not in succeeded]
    written = []
    for record in recs:
        path = directory / page_name(record)
        path.write_text(article_page(record, store.article(record["article"]["id"])["text"]),
                        encoding="utf-8")
        written.append(path)
    index = directory / "index.html"
    index.write_text(index_page(recs, failed), encoding="utf-8")
    return [index, *written]
