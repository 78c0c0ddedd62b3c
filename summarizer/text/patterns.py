"""Regular expressions compiled once per Python build and kept on disk.

The reader is written as a few hundred patterns, many of them long alternations of words.
Python's `re` parses and compiles every one of them again in each process, which is most of
what a one-article `check` pays before reading a word. `compile` keeps what the compiler
produced (the opcode list the regex engine runs, and the group tables) in the user's cache
directory and builds the pattern object straight from it the next time.

What is kept is exactly what `re` would build on this interpreter: it is made by the same
steps as `re._compiler.compile` (the stdlib's parser and code generator, then `_sre.compile`,
all private to `re`, which is why the file is tied to one interpreter: its name carries the
interpreter's tag and the engine's magic number, its content the full Python version, and
entries are keyed by the pattern's text and flags), and the engine validates every opcode
list it is given. Anything unexpected (no cache directory, a damaged file, an engine that
refuses the code, a compiler that works differently) falls back to `re.compile`, so the
cache can make a command faster but never change what a pattern matches.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
import threading
from typing import AnyStr, Iterable

import _sre
from re import _compiler, _parser  # type: ignore[attr-defined]

from summarizer import __version__
from summarizer.text import disk_cache

# the arguments of _sre.compile after the pattern itself, kept under the pattern's text and
# flags, each marshalled on its own: a command that needs three patterns decodes three
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str | bytes, int]
_FILE = f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"
_LOCK = threading.RLock()
_known: dict[_Key, bytes] | None = None
_new: dict[_Key, bytes] = {}


def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:  # noqa: A001
    """`re.compile(pattern, flags)`, built from the cache when this interpreter has compiled
    the same pattern before."""
    key = (pattern, int(flags))
    kept = _entries().get(key)
    if kept is not None:
        try:
            return _sre.compile(pattern, *marshal.loads(kept))  # type: ignore[no-any-return]
        except Exception:  # code this engine refuses: compile afresh
            pass
    try:
        entry = _compiled(pattern, int(flags))
        compiled: re.Pattern[AnyStr] = _sre.compile(pattern, *entry)
    except Exception:  # a compiler or engine that works differently: let re build it
        return re.compile(pattern, flags)
    with _LOCK:
        _new[key] = marshal.dumps(entry)
    return compiled


def longest_first(words: Iterable[str]) -> list[str]:
    """Alternatives for a pattern, longest first (so a phrase wins over its own beginning:
    "shot and wounded" before "shot"), ties in alphabetical order: a pattern built from a set
    must read the same in every process, or it would never be found in the cache."""
    return sorted(words, key=lambda word: (-len(word), word))


def save() -> None:
    """Add the patterns compiled in this process to the cache file (nothing to do when every
    pattern came from it). Runs when the interpreter exits; the command line, which leaves
    without tearing the interpreter down, calls it itself."""
    global _known
    with _LOCK:
        if not _new:
            return
        _known = {**_entries(), **_new}
        disk_cache.store(_FILE, {"python": sys.version, "tool": __version__, "entries": _known})
        _new.clear()


def _entries() -> dict[_Key, bytes]:
    """The cache file's entries, read once per process."""
    global _known
    if _known is None:
        with _LOCK:
            if _known is None:
                _known = _read()
    return _known


def _read() -> dict[_Key, bytes]:
    """The kept entries, if written by this Python and this release of the tool: a new
    release starts the file afresh, so patterns it no longer has do not pile up."""
    kept = disk_cache.load(_FILE)
    if (not isinstance(kept, dict) or kept.get("python") != sys.version
            or kept.get("tool") != __version__):
        return {}
    entries = kept.get("entries")
    return entries if isinstance(entries, dict) else {}


def _compiled(pattern: str | bytes, flags: int) -> _Entry:
    """What `re._compiler.compile` hands the engine for `pattern`: flags, opcodes, the number
    of groups and the tables between group names and numbers."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the opcodes are int subclasses (named constants), which marshal does not write
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


atexit.register(save)
