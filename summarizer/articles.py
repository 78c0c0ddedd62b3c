"""Loading articles: files, saved web pages, URLs and standard input; decoding, ids, limits.

Every offset the tool reports points into `Article.text`, so this module fixes that text once
(decoded, newlines unified) and derives the article id from it: the same words give the same id
whatever file they came from or how that file was encoded. A web page (a saved .html file or a
URL) is read for its main text with trafilatura, the way a person reads past menus and
footers; offsets then point into that extracted text, and provenance keeps the sha256 of the
HTML as the source.

Decoding: a byte-order mark decides (UTF-8, UTF-16, UTF-32); text that is UTF-8 but for a few
stray bytes stays UTF-8 with those bytes replaced (counted and reported, never turning the
whole article into mojibake); anything else goes to charset-normalizer's detector.
"""

from __future__ import annotations

import codecs
import glob
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from summarizer.text import patterns

MAX_ARTICLE_CHARS = 1_000_000
MAX_SOURCE_BYTES = 20_000_000  # a saved page with inline images can be large; text never is
ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
FETCH_TIMEOUT_S = 20.0
USER_AGENT = "summarizer/0.1 (news verification; fetches one page per article it is given)"
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_HTML_START = patterns.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                               re.IGNORECASE | re.DOTALL)
_URL = patterns.compile(r"^https?://", re.IGNORECASE)
_BINARY = ((b"%PDF", "a PDF file; convert it to text first (for example: pdftotext FILE.pdf)"),
           (b"PK\x03\x04", "a ZIP-based document (Word, ODF); save it as text or HTML first"),
           (b"\xd0\xcf\x11\xe0", "an old Word document; save it as text or HTML first"))


class ArticleError(ValueError):
    """An input that cannot be used as an article; the message says why and what to do."""


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str
    path: str
    source_sha256: str
    encoding: str
    replaced_bytes: int = 0  # invalid bytes replaced while decoding (reported, never silent)
    source_format: str = "text"  # text | html
    published: str | None = None  # the page's own date, when it is a web page
    site: str | None = None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_url(ref: str) -> bool:
    return bool(_URL.match(ref))


def _utf8_with_strays(data: bytes) -> tuple[str, int] | None:
    """`data` as UTF-8 when only a few bytes are not (a stray Windows-1252 quote in a UTF-8
    file): most of its non-ASCII bytes must form valid UTF-8 sequences."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if 0 < replaced and multibyte >= 2 * replaced:
        return text, replaced
    return None


def decode(data: bytes, name: str) -> tuple[str, str, int]:
    """(text, encoding, replaced bytes)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, 0
            except UnicodeDecodeError:
                raise ArticleError(f"{name}: starts with a {encoding} byte-order mark but is "
                                   f"not valid {encoding}; re-save it as UTF-8") from None
    for signature, what in _BINARY:
        if data.startswith(signature):
            raise ArticleError(f"{name}: {what}")
    if b"\x00" in data:
        raise ArticleError(f"{name}: looks like a binary file (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8-sig", 0
    except UnicodeDecodeError:
        pass
    strays = _utf8_with_strays(data)
    if strays is not None:
        return strays[0], "utf-8", strays[1]
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ArticleError(f"{name}: the text encoding cannot be told; re-save it as UTF-8")
    return str(best), best.encoding, 0


def guess_title(text: str) -> str:
    """The first line that reads like a headline (four words or more), else the first line.

    Scraped articles often start with a section label ("Foreign Affairs") before the headline.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:5]:
        if len(line.split()) >= 4 and len(line) <= 200:
            return line
    return lines[0][:200] if lines else ""


def article_from_text(text: str, path: str = "<text>", source_bytes: bytes | None = None,
                      encoding: str = "utf-8", replaced_bytes: int = 0,
                      source_format: str = "text", title: str | None = None,
                      published: str | None = None, site: str | None = None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{path}: the file is empty" if source_format == "text" else
                           f"{path}: the page has no article text that could be read")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            f"{path}: {len(text):,} characters is over the {MAX_ARTICLE_CHARS:,} limit; "
            "split the file into single articles"
        )
    raw = source_bytes if source_bytes is not None else text.encode("utf-8")
    return Article(
        id=sha256_text(text), text=text, title=title or guess_title(text), path=path,
        source_sha256=hashlib.sha256(raw).hexdigest(), encoding=encoding,
        replaced_bytes=replaced_bytes, source_format=source_format, published=published,
        site=site,
    )


def looks_like_html(data: bytes, name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES) or bool(_HTML_START.match(data[:2048]))


def article_from_html(data: bytes, name: str) -> Article:
    """The main text of a web page (title, body; no menus, ads or footers), with the page's
    title, date and site name."""
    import trafilatura

    html, encoding, replaced = decode(data, name)
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=False)
    text = (document.text if document is not None else None) or ""
    title = document.title if document is not None else None
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return article_from_text(text, name, data, encoding, replaced, "html", title,
                             document.date if document is not None else None,
                             document.sitename if document is not None else None)


def article_from_bytes(data: bytes, name: str) -> Article:
    if looks_like_html(data, name):
        return article_from_html(data, name)
    text, encoding, replaced = decode(data, name)
    return article_from_text(text, name, data, encoding, replaced)


def load_article(path: str | Path) -> Article:
    """An article from a file path, a URL, or "-" (standard input)."""
    ref = str(path)
    if ref == "-":
        data = sys.stdin.buffer.read(MAX_SOURCE_BYTES + 1)
        if len(data) > MAX_SOURCE_BYTES:
            raise ArticleError(f"<stdin>: over the {MAX_SOURCE_BYTES:,}-byte limit")
        return article_from_bytes(data, "<stdin>")
    if is_url(ref):
        return article_from_bytes(fetch(ref), ref)
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror})") from None
    if path.is_dir():
        raise ArticleError(f"{path}: is a directory")
    if size > MAX_SOURCE_BYTES:  # checked before reading: a huge file costs nothing to refuse
        raise ArticleError(f"{path}: {size:,} bytes is over the {MAX_SOURCE_BYTES:,}-byte "
                           "limit; split it into single articles")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror})") from None
    return article_from_bytes(data, str(path))


def fetch(url: str) -> bytes:
    """The page at `url`: a polite User-Agent, a timeout, redirects followed, and no more than
    the size limit read."""
    import httpx2

    try:
        with httpx2.Client(timeout=FETCH_TIMEOUT_S, follow_redirects=True,
                           headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise ArticleError(f"{url}: the server answered HTTP {response.status_code}")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_SOURCE_BYTES:
                        raise ArticleError(f"{url}: the page is over the "
                                           f"{MAX_SOURCE_BYTES:,}-byte limit")
                    chunks.append(chunk)
    except httpx2.TimeoutException:
        raise ArticleError(f"{url}: no answer within {FETCH_TIMEOUT_S:.0f} s") from None
    except httpx2.HTTPError as exc:
        raise ArticleError(f"{url}: cannot be fetched ({type(exc).__name__}: {exc})") from None
    return b"".join(chunks)


def expand_paths(patterns: list[str]) -> tuple[list[str], list[str]]:
    """Inputs named by `patterns` (files, directories searched recursively, globs; URLs and
    "-" for standard input are kept as they are), in a stable order without repeats, plus one
    error message per pattern that matched nothing. Paths are returned as strings: a batch of
    tens of thousands of files holds the list to the end, and a string is a fraction of a
    Path object's size."""
    found: dict[str, None] = {}
    errors: list[str] = []
    for pattern in patterns:
        if pattern == "-" or is_url(pattern):
            found.setdefault(pattern, None)
            continue
        path = Path(pattern)
        if path.is_dir():
            matches = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not matches:
                errors.append(f"{pattern}: directory has no {'/'.join(ARTICLE_SUFFIXES)} files")
        elif path.exists():
            matches = [path]
        elif glob.has_magic(pattern):
            matches = sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
            if not matches:
                errors.append(f"{pattern}: no file matches")
        else:
            matches = []
            errors.append(f"{pattern}: no such file or directory")
        for match in matches:
            found.setdefault(str(match), None)
    return list(found), errors
