"""Compiled patterns kept between runs (summarizer.text.patterns): a pattern built from the
cache matches exactly as `re` compiles it, anything wrong with the cache falls back to `re`,
and a second command finds every pattern of the reader in the cache.

Each case runs in a fresh interpreter with its own cache directory, as commands do."""

from __future__ import annotations

import json
import marshal
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import ARTICLES, ROOT, clean_env, run_cli

from summarizer import __version__

# named groups, a back reference, look-arounds, inline and global flags, verbose mode
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<word>\b\w+)\s+(?P=word)", 0),
    (r"(?<![\w-])(?:killed|wounded)\s+(\d+)(?=\s+(?:people|civilians))", re.IGNORECASE),
    (r"(?i:said)\s+([A-Z]\w+)", 0),
    (r"""(?P<count> \d+ )   # a number
         \s+ (?P<what> \w+ )  # what it counts""", re.VERBOSE),
    (r"^\s*[\u201c\"](.+?)[\u201d\"]\s*$", re.MULTILINE),
]
TEXT = ("Police said Tuesday that gunmen killed 12 civilians and WOUNDED 3 people; the the "
        "report said Reuters.\n\u201cWe will not leave,\u201d\n 4 soldiers")
SNIPPET = """
import json, sys
from summarizer.text import patterns
cases, text = json.loads(sys.argv[1]), sys.argv[2]
out = []
for source, flags in cases:
    p = patterns.compile(source, flags)
    out.append([p.pattern, p.flags, p.groups, dict(p.groupindex),
                [m.span() + m.groups() for m in p.finditer(text)]])
print(json.dumps(out))
"""


def behaviour(source: str, flags: int) -> list[Any]:
    """What the test's own `re` makes of a pattern, in the snippet's terms."""
    p = re.compile(source, flags)
    return [p.pattern, p.flags, p.groups, dict(p.groupindex),
            [list(m.span() + m.groups()) for m in p.finditer(TEXT)]]


def compiled_in_new_process(cache_home: Path) -> list[Any]:
    result = subprocess.run([sys.executable, "-c", SNIPPET, json.dumps(PATTERNS), TEXT],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env=clean_env(XDG_CACHE_HOME=str(cache_home)))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def cache_file(cache_home: Path) -> Path:
    files = list((cache_home / "summarizer").glob("patterns-*.marshal"))
    assert len(files) == 1, files
    return files[0]


def test_patterns_built_from_the_cache_match_as_re_compiles_them(tmp_path: Path) -> None:
    expected = [behaviour(source, flags) for source, flags in PATTERNS]
    assert compiled_in_new_process(tmp_path) == expected
    kept = cache_file(tmp_path).read_bytes()
    # the second process builds every pattern from the cache: nothing new to write
    assert compiled_in_new_process(tmp_path) == expected
    assert cache_file(tmp_path).read_bytes() == kept


def test_a_damaged_cache_file_is_compiled_afresh_and_replaced(tmp_path: Path) -> None:
    compiled_in_new_process(tmp_path)
    path = cache_file(tmp_path)
    path.write_bytes(b"\x00not marshal at all")
    assert compiled_in_new_process(tmp_path) == [behaviour(s, f) for s, f in PATTERNS]
    assert marshal.loads(path.read_bytes())["entries"]


def test_code_the_engine_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    compiled_in_new_process(tmp_path)
    path = cache_file(tmp_path)
    kept = marshal.loads(path.read_bytes())
    # opcodes no engine accepts, under the key of the first pattern
    key = (PATTERNS[0][0], PATTERNS[0][1])
    kept["entries"][key] = marshal.dumps((32, [987654, 1, 2], 1, {"word": 1}, (None, "word")))
    path.write_bytes(marshal.dumps(kept))
    assert compiled_in_new_process(tmp_path) == [behaviour(s, f) for s, f in PATTERNS]


def test_a_cache_written_by_another_python_is_not_used(tmp_path: Path) -> None:
    compiled_in_new_process(tmp_path)
    path = cache_file(tmp_path)
    kept = marshal.loads(path.read_bytes())
    # the first two patterns' code swapped: used, the cache would change what they match
    first, second = ((source, flags) for source, flags in PATTERNS[:2])
    kept["entries"][first], kept["entries"][second] = (kept["entries"][second],
                                                       kept["entries"][first])
    kept["python"] = "2.7.18 (default, Apr 20 2020)"
    path.write_bytes(marshal.dumps(kept))
    assert compiled_in_new_process(tmp_path) == [behaviour(s, f) for s, f in PATTERNS]
    assert marshal.loads(path.read_bytes())["python"] == sys.version


def test_a_new_release_of_the_tool_starts_the_file_afresh(tmp_path: Path) -> None:
    """Patterns an older release had and this one does not are not carried on for ever."""
    compiled_in_new_process(tmp_path)
    path = cache_file(tmp_path)
    kept = marshal.loads(path.read_bytes())
    kept["entries"][("an old release's pattern", 0)] = kept["entries"][PATTERNS[0]]
    kept["tool"] = "0.0.1"
    path.write_bytes(marshal.dumps(kept))
    assert compiled_in_new_process(tmp_path) == [behaviour(s, f) for s, f in PATTERNS]
    rewritten = marshal.loads(path.read_bytes())
    assert rewritten["tool"] == __version__
    assert set(rewritten["entries"]) == {(source, flags) for source, flags in PATTERNS}


def test_a_second_check_compiles_no_pattern_again(tmp_path: Path) -> None:
    """Patterns built from sets (outcome words, titles) read the same in every process, so the
    second command finds all of the reader's patterns in the cache whatever the hash seed."""
    article = sorted(ARTICLES.glob("*.txt"))[0]
    gold = ROOT / "fixtures" / "gold" / f"{article.stem}.json"
    first = run_cli("check", str(article), str(gold), XDG_CACHE_HOME=str(tmp_path),
                    PYTHONHASHSEED="1")
    assert first.returncode == 0, first.stderr
    kept = cache_file(tmp_path).read_bytes()
    assert len(marshal.loads(kept)["entries"]) > 200  # the reader's patterns, all of them
    second = run_cli("check", str(article), str(gold), XDG_CACHE_HOME=str(tmp_path),
                     PYTHONHASHSEED="2")
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout
    assert cache_file(tmp_path).read_bytes() == kept


def test_a_cache_directory_that_cannot_be_made_costs_nothing_but_time(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory", encoding="utf-8")
    article = sorted(ARTICLES.glob("*.txt"))[0]
    gold = ROOT / "fixtures" / "gold" / f"{article.stem}.json"
    result = run_cli("check", str(article), str(gold), XDG_CACHE_HOME=str(blocked))
    assert result.returncode == 0, result.stderr
    assert result.stdout == run_cli("check", str(article), str(gold),
                                    XDG_CACHE_HOME=str(tmp_path / "ok")).stdout
