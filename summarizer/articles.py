"""Loading articles from disk: path expansion, decoding, ids and size limits.

Every offset the tool reports points into `Article.text`, so this module fixes that text once
(decoded, newlines unified) and derives the article id from it: the same words give the same id
whatever file they came from or how that file was encoded.
"""

from __future__ import annotations

import glob
import hashlib
from dataclasses import dataclass
from pathlib import Path

MAX_ARTICLE_CHARS = 1_000_000
ARTICLE_SUFFIXES = (".txt", ".md", ".text")
_ENCODINGS = ("utf-8-sig", "cp1252")


class ArticleError(ValueError):
    """An input file that cannot be used as an article; the message says why and what to do."""


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str
    path: str
    source_sha256: str
    encoding: str


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if b"\x00" in data:
        raise ArticleError(f"{path}: looks like a binary file (it contains NUL bytes)")
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ArticleError(f"{path}: not valid UTF-8 or Windows-1252 text; re-save it as UTF-8")


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
                      encoding: str = "utf-8") -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"{path}: the file is empty")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            f"{path}: {len(text):,} characters is over the {MAX_ARTICLE_CHARS:,} limit; "
            "split the file into single articles"
        )
    raw = source_bytes if source_bytes is not None else text.encode("utf-8")
    return Article(
        id=sha256_text(text),
        text=text,
        title=guess_title(text),
        path=path,
        source_sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
    )


def load_article(path: str | Path) -> Article:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a directory") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror})") from None
    text, encoding = _decode(data, path)
    return article_from_text(text, str(path), data, encoding)


def expand_paths(patterns: list[str]) -> tuple[list[Path], list[str]]:
    """Files named by `patterns` (files, directories searched recursively, or globs), in a
    stable order without repeats, plus one error message per pattern that matched nothing."""
    found: dict[Path, None] = {}
    errors: list[str] = []
    for pattern in patterns:
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
            found.setdefault(match, None)
    return list(found), errors
