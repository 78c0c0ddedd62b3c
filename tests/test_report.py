"""`summarizer report`: a self-contained static HTML report, checked by parsing the pages and
in a real headless Chromium (Debian's package; .ci/run installs it)."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import run_cli, unresolved_findings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


class _Marks(HTMLParser):
    """Every <mark> with its data-start/data-end and the text inside it (nested marks
    included), and every reference to an outside resource."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict] = []
        self.marks: list[dict] = []
        self.outside: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("src", "href"):
            if values.get(key) and re.match(r"^(?:https?:)?//", values[key] or ""):
                self.outside.append(values[key] or "")
        if tag in ("link", "script", "img", "iframe") and (values.get("src")
                                                            or values.get("href")):
            self.outside.append(f"<{tag}>")
        if tag == "mark":
            self.stack.append({**values, "text": ""})

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.marks.append(self.stack.pop())

    def handle_data(self, data: str) -> None:
        for mark in self.stack:
            mark["text"] += data


def _report(db: Path, out: Path) -> Path:
    result = run_cli("report", "-o", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return out


def _article_page(out: Path) -> Path:
    (page,) = out.glob("article-*.html")
    return page


def test_report_pages_highlight_the_right_characters(scripted_db: Path, tmp_path: Path) -> None:
    (finding,) = [f for f in unresolved_findings(scripted_db) if f["code"] == "ACTOR_NOT_FOUND"]
    decisions = tmp_path / "d.jsonl"
    decisions.write_text(json.dumps({"finding_id": finding["id"], "action": "confirm"}) + "\n")
    assert run_cli("review", "--decisions", str(decisions), "--db", str(scripted_db),
                   "--reviewer", "carol").returncode == 0
    out = _report(scripted_db, tmp_path / "report")
    shown = json.loads(run_cli("show", "1", "--db", str(scripted_db), "--json").stdout)
    text = Path(shown["article"]["path"]).read_text(encoding="utf-8")

    parser = _Marks()
    page = _article_page(out).read_text(encoding="utf-8")
    parser.feed(page)
    assert parser.outside == []  # self-contained: nothing loaded from anywhere
    assert parser.marks, "the page highlights nothing"
    for mark in parser.marks:
        start, end = int(mark["data-start"]), int(mark["data-end"])
        assert mark["text"] == text[start:end], mark
    kinds = {m.get("data-kind") for m in parser.marks}
    # (the scripted quote's speaker, "James Mattis", is not in the article to highlight)
    assert {"quote", "casualty", "actor", "location"} <= kinds
    findings = [m for m in parser.marks if "data-finding" in m]
    assert any(m["class"] == "f-error" for m in findings)
    # items the check could not find are listed, not dropped; decisions are shown
    assert "Not found in the article" in page and "Atlantis" in page and "Wagner Group" in page
    assert "confirmed by carol" in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert html.escape(shown["article"]["title"]) in index and "article-" in index


def test_speakers_are_highlighted_and_miner_runs_labelled(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    article = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / (
        "000_71d320ff81bd3780.txt")
    assert run_cli("summarize", str(article), "--backend", "extractive", "--db",
                   str(db)).returncode == 0
    out = _report(db, tmp_path / "report")
    page = _article_page(out).read_text(encoding="utf-8")
    parser = _Marks()
    parser.feed(page)
    speakers = [m["text"] for m in parser.marks if m.get("data-kind") == "speaker"]
    assert "James Jarrard" in speakers and "Sirwan Barzani" in speakers
    assert "no model read this article" in page
    assert "miner" in (out / "index.html").read_text(encoding="utf-8")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install "
                                             "chromium; .ci/run does)")
def test_report_renders_in_headless_chromium(scripted_db: Path, tmp_path: Path) -> None:
    out = _report(scripted_db, tmp_path / "report")
    page = _article_page(out)
    profile = tmp_path / "profile"
    dump = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr",
         "--v=0", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert dump.returncode == 0, dump.stderr[-2000:]
    console = [line for line in dump.stderr.splitlines() if "CONSOLE" in line]
    assert console == []
    parser = _Marks()
    parser.feed(dump.stdout)  # the DOM as the browser built it
    text = Path(json.loads(run_cli("show", "1", "--db", str(scripted_db),
                                   "--json").stdout)["article"]["path"]).read_text("utf-8")
    assert parser.marks
    for mark in parser.marks:
        assert mark["text"] == text[int(mark["data-start"]):int(mark["data-end"])]

    shot = tmp_path / "page.png"
    subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                    "--window-size=1200,1600", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
