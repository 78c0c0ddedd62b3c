"""Inputs beyond plain UTF-8 files: other encodings, stray bytes, size limits, binary files,
saved web pages, URLs (against a loopback server) and standard input. Pages are hand-written."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest
from conftest import ARTICLES, clean_env, provenance_of, run_cli

from summarizer.articles import MAX_SOURCE_BYTES, ArticleError, load_article

BODY = ("Airstrikes hit the town of Kafr Nabl on Monday, killing 12 civilians, the local "
        "council said.")
QUOTE = "“We could hear the jets all night,” said Ahmad Khalil, a resident of the town."
PAGE = f"""<!DOCTYPE html>
<html><head><title>Airstrikes hit Kafr Nabl - Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="date" content="2018-09-04"></head>
<body><nav>Home | World | Sports | Subscribe now</nav>
<article><h1>Airstrikes hit Kafr Nabl</h1><p>{BODY}</p><p>{QUOTE}</p>
<p>Residents said the strikes continued into the night, and rescuers searched the rubble.</p>
</article>
<footer>Copyright 2018 Example News. All rights reserved. Cookie settings.</footer>
</body></html>""".encode("utf-8")


def test_utf16_and_utf32_with_a_byte_order_mark(tmp_path: Path) -> None:
    text = "Ján Kubiš said “the ceasefire holds” on Monday.\n"
    for encoding in ("utf-16", "utf-32"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        article = load_article(path)
        assert article.text == text and article.encoding == encoding


def test_a_stray_byte_does_not_turn_utf8_into_mojibake(tmp_path: Path) -> None:
    text = "Ján Kubiš said “the ceasefire holds” on Monday in Kafr Nabl, officials said.\n"
    data = text.encode("utf-8").replace(b"on Monday", b"on\x92Monday")  # one cp1252 quote
    path = tmp_path / "stray.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert article.encoding == "utf-8" and article.replaced_bytes == 1
    assert article.text == text.replace("on Monday", "on\ufffdMonday")

    db = tmp_path / "r.sqlite"
    result = run_cli("summarize", str(path), "--backend", "extractive", "--db", str(db),
                     "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning:" in result.stderr and "1 byte(s)" in result.stderr
    run_id = json.loads(result.stdout)["articles"][0]["run_id"]
    assert provenance_of(db, run_id)["source_replaced_bytes"] == 1


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: nothing is written, the size is all there is
        handle.truncate(MAX_SOURCE_BYTES + 1)
    with pytest.raises(ArticleError, match="byte limit"):
        load_article(huge)


@pytest.mark.parametrize(("content", "message"), [
    (b"%PDF-1.7\n...", "PDF file; convert it to text first"),
    (b"PK\x03\x04rest-of-a-docx", "ZIP-based document"),
])
def test_binary_documents_say_what_to_do(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        load_article(path)


def test_a_saved_page_is_read_for_its_article(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    article = load_article(page)
    assert article.source_format == "html" and article.title == "Airstrikes hit Kafr Nabl"
    assert BODY in article.text and "Ahmad Khalil" in article.text
    assert "Subscribe now" not in article.text and "Cookie settings" not in article.text
    assert article.source_sha256 == hashlib.sha256(PAGE).hexdigest()
    assert (article.published, article.site) == ("2018-09-04", "Example News")

    db = tmp_path / "r.sqlite"
    result = run_cli("summarize", str(page), "--backend", "extractive", "--db", str(db),
                     "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    run_id = json.loads(result.stdout)["articles"][0]["run_id"]
    shown = json.loads(run_cli("show", str(run_id), "--db", str(db), "--json").stdout)
    assert shown["provenance"]["source_format"] == "html"
    (claim,) = shown["summary"]["casualties"]
    assert claim["count_min"] == 12 and claim["claimed_by"] == "the local council"
    grounded = next(g for g in shown["grounding"] if g["path"] == "/casualties/0/evidence")
    assert article.text[grounded["start"]:grounded["end"]] == claim["evidence"]


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self.server.agents.append(self.headers.get("User-Agent", ""))  # type: ignore[attr-defined]
        if self.path == "/news/airstrike.html":
            status, body = 200, PAGE
        else:
            status, body = 404, b"<html><body>not found</body></html>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[tuple[str, list[str]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.agents = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", server.agents  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


def test_urls_are_fetched_and_read_like_saved_pages(site: tuple[str, list[str]],
                                                     tmp_path: Path) -> None:
    base, agents = site
    url, missing = f"{base}/news/airstrike.html", f"{base}/gone.html"
    db = tmp_path / "r.sqlite"
    result = run_cli("summarize", url, missing, "--backend", "extractive", "--db", str(db),
                     "--json", cwd=tmp_path)
    assert result.returncode == 1  # one page is missing; the other is summarized
    outcomes = {o["path"]: o for o in json.loads(result.stdout)["articles"]}
    assert outcomes[url]["status"] == "ok"
    assert outcomes[missing]["status"] == "unreadable"
    assert outcomes[missing]["error"] == "the server answered HTTP 404"
    assert agents and all(a.startswith("summarizer/") for a in agents)
    prov = provenance_of(db, outcomes[url]["run_id"])
    assert prov["source_path"] == url and prov["source_sha256"] == hashlib.sha256(PAGE).hexdigest()


def test_standard_input(tmp_path: Path) -> None:
    text = (ARTICLES / "001_664fa499c8dad964.txt").read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "summarize", "-", "--backend", "extractive",
         "--db", str(tmp_path / "r.sqlite"), "--json"], input=text, capture_output=True,
        env=clean_env(), cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    (outcome,) = json.loads(result.stdout)["articles"]
    assert outcome["status"] == "ok" and outcome["path"] == "<stdin>"
    assert outcome["counts"]["quotes"] > 0
