"""Terminal review: walk the unresolved findings of stored runs and settle each one.

For every finding the reviewer sees the article and run, the extracted item as decided so far
(earlier edits applied), the finding itself, and the article passage with the matched span
highlighted; an altered quote also gets a word-level diff and a missed item the passage the
miner found. One key press decides, and the decision is saved at once, so quitting (or a
crash) loses nothing and the next session starts at the first finding still unresolved.

Colour is decoration only: when the console has no colour (NO_COLOR, a dumb terminal) the
highlighted span is also bracketed with visible markers, and diffs use wdiff notation.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from summarizer.decided import (DecisionError, current_summary, get_at, item_pointer,
                                pointer_tokens, recheck)
from summarizer.decisions import ITEM_MODELS, decide, decide_typed, is_missed, proposed_item
from summarizer.store import DecisionConflict, FindingScope, Store
from summarizer.text import patterns

KEYS = {"c": "confirm", "a": "add", "d": "dismiss", "e": "edit", "s": "skip", "u": "undo",
        "q": "quit"}
KEY_HELP = "c confirm wrong · d dismiss (false alarm) · e edit · s skip · u undo last · q quit"
MISSED_KEY_HELP = ("a add it to the record · d dismiss (false alarm) · e edit, then add · "
                   "s skip · u undo last · q quit")
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "blue"}
CONTEXT_CHARS = 240
SPAN_MARKERS = ("⟦", "⟧")
_WDIFF = patterns.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")
_ESCAPES = patterns.compile(r"\x1b(\[[0-9;]*[A-Za-z~]|O.)?")


@dataclass
class Terminal:
    """What a session needs from a terminal: a console to draw on, single keys, and an
    editable line. `tty_terminal` provides the real one; the session never touches termios."""

    console: Console
    getchar: Callable[[], str]
    readline: Callable[[str, str], str]  # (prompt, text to start the line with) -> line

    @property
    def plain(self) -> bool:
        """No colour on this console: show highlights with visible markers too."""
        return self.console.no_color or self.console.color_system is None


@contextmanager
def tty_terminal(console: Console) -> Iterator[Terminal]:
    """Single keys from the controlling terminal for a whole session.

    The terminal stays in cbreak mode (keys arrive without Enter, no echo) from start to end
    and is put back in normal line mode only while an edit is typed. click.getchar would
    switch modes around every key and flush whatever was typed meanwhile, losing keys pressed
    while the next finding is drawn. Typed-ahead keys are kept and read in order.
    """
    import termios
    import tty

    fd = sys.stdin.fileno()
    cooked = termios.tcgetattr(fd)
    pending: list[str] = []
    decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def getchar() -> str:
        while not pending:
            chunk = os.read(fd, 64)
            if not chunk:
                raise EOFError
            pending.extend(_ESCAPES.sub("", decoder.decode(chunk)))  # arrows, function keys
        char = pending.pop(0)
        if char == "\x04":
            raise EOFError
        return char

    def readline(prompt: str, start: str) -> str:
        ahead = "".join(pending)
        pending.clear()
        if "\n" in ahead:  # the whole line was typed ahead
            line, rest = ahead.split("\n", 1)
            pending.extend(rest)
            console.print(Text(prompt + line))
            return line
        termios.tcsetattr(fd, termios.TCSADRAIN, cooked)
        try:
            return _input_with(prompt, ahead or start)
        finally:
            tty.setcbreak(fd, termios.TCSADRAIN)

    tty.setcbreak(fd, termios.TCSADRAIN)
    try:
        yield Terminal(console, getchar, readline)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, cooked)


def _input_with(prompt: str, start: str) -> str:
    """input() with the line already holding `start`, editable in place where GNU readline
    is available (fixing one word of a long quote should not mean retyping it)."""
    try:
        import readline
    except ImportError:
        return start + input(prompt + start)
    readline.set_startup_hook(lambda: readline.insert_text(start))
    try:
        return input(prompt)
    finally:
        readline.set_startup_hook(None)


# -- views ------------------------------------------------------------------------------------

def passage_view(text: str, start: int, end: int, plain: bool,
                 context: int = CONTEXT_CHARS) -> Text:
    """The article around [start, end), about `context` characters either side cut at word
    boundaries, with the span highlighted."""
    lo, hi = max(start - context, 0), min(end + context, len(text))
    if lo > 0 and (space := re.search(r"\s", text[lo:start])):
        lo += space.end()
    if hi < len(text) and (cut := max(text.rfind(" ", end, hi), text.rfind("\n", end, hi))) > end:
        hi = cut
    view = Text("…" if lo > 0 else "")
    view.append(text[lo:start].lstrip())
    span = text[start:end]
    view.append(f"{SPAN_MARKERS[0]}{span}{SPAN_MARKERS[1]}" if plain else span,
                style="bold reverse")
    view.append(text[end:hi].rstrip())
    if hi < len(text):
        view.append("…")
    return view


def diff_view(diff: str) -> Text:
    """Style a wdiff string; the markers stay, so it reads the same without colour."""
    view = Text()
    pos = 0
    for match in _WDIFF.finditer(diff):
        view.append(diff[pos:match.start()])
        removed = match.group(1) is not None
        view.append(match.group(0), style="red strike" if removed else "green bold")
        pos = match.end()
    view.append(diff[pos:])
    return view


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def item_view(summary: dict[str, Any], path: str) -> RenderableType:
    """The item the finding is about, its fields listed and the flagged one pointed at."""
    item_path = item_pointer(path)
    item = get_at(summary, item_path, None)
    tokens = pointer_tokens(path)
    if isinstance(item, list):
        return Text(f"{item_path}: {len(item)} extracted; the finding is about one the "
                    "extraction does not have.")
    if not isinstance(item, dict):
        return Text("(not in the extraction)" if item is None and len(tokens) > 1
                    else _json(item))
    depth = len(pointer_tokens(item_path))
    flagged = tokens[depth] if len(tokens) > depth else None
    grid = Table.grid(padding=(0, 1))
    grid.add_column()
    grid.add_column(style="bold")
    grid.add_column()
    for key, value in item.items():
        mark = "▶" if key == flagged else " "
        grid.add_row(mark, key, Text(_json(value), style="reverse" if key == flagged else ""))
    return grid


def edit_start(finding: dict[str, Any], summary: dict[str, Any]) -> tuple[str, bool]:
    """What the edit line starts with, and whether it is a proposal rather than the current
    value: for a missed item, the fields of it the check found (from the finding's detail);
    otherwise the current value, a string as plain text and anything else as JSON."""
    value = get_at(summary, finding["path"], None)
    tokens = pointer_tokens(finding["path"])
    if isinstance(value, list) and len(tokens) == 1 and tokens[0] in ITEM_MODELS:
        proposal = proposed_item(finding)
        return (_json(proposal) if proposal else ""), True
    return (value if isinstance(value, str) else _json(value)), False


def finding_view(finding: dict[str, Any], article: dict[str, Any], run: dict[str, Any],
                 summary: dict[str, Any], left: int, plain: bool) -> RenderableType:
    """Everything a reviewer needs to settle one finding, top to bottom."""
    severity = finding["severity"]
    parts: list[RenderableType] = [Rule(
        Text(f"finding {finding['id']} · run {run['id']} · {left} left"), align="left")]
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("article", Text(f"{article['title']}  [{article['id'][:12]}]"))
    head.add_row("run", Text(f"{run['id']} · {run['backend']} / {run['model']} · "
                             f"{run['finished_at']}"))
    parts.append(head)

    value = get_at(summary, finding["path"], None)
    item = Table.grid(padding=(0, 2))
    item.add_column(style="bold")
    item.add_column()
    item.add_row("path", Text(finding["path"]))
    if not isinstance(value, list):
        item.add_row("value", Text(_json(value)))
        checked = get_at(run["summary"], finding["path"], None)
        if checked != value:  # another finding's edit changed it after the check
            item.add_row("checked", Text(f"{_json(checked)} (edited since the check)"))
    parts.append(Panel(Group(item, item_view(summary, finding["path"])),
                       title=f"extracted {item_pointer(finding['path'])}", title_align="left"))

    about = Text()
    about.append(f"{finding['code']} ", style="bold")
    about.append(severity.upper() if plain else severity, style=SEVERITY_STYLE.get(severity, ""))
    about.append(f"\n{finding['message']}")
    detail = finding["detail"] or {}
    for key, extra in detail.items():
        if key not in ("diff", "passage"):
            about.append(f"\n{key}: {extra if isinstance(extra, str) else _json(extra)}")
    parts.append(Panel(about, title="finding", title_align="left"))

    text, start, end = article["text"], finding["start"], finding["end"]
    missed = finding["code"].startswith("MISSED_")
    source_title = "passage the miner found" if missed else "article"
    if start is not None and end is not None:
        parts.append(Panel(passage_view(text, start, end, plain),
                           title=f"{source_title}, characters {start}-{end}", title_align="left"))
    elif isinstance(detail.get("passage"), str):
        parts.append(Panel(Text(detail["passage"]), title=source_title, title_align="left"))
    else:
        parts.append(Text("No matching passage in the article.", style="italic"))

    diff = detail.get("diff")
    if not isinstance(diff, str) and finding["code"] == "QUOTE_ALTERED" \
            and isinstance(value, str) and start is not None and end is not None:
        from summarizer.text.align import word_diff  # the aligner only when a diff is drawn

        diff = word_diff(text[start:end], value)
    if isinstance(diff, str) and diff:
        parts.append(Panel(diff_view(diff), title="diff: [-article only-] {+extraction only+}",
                           title_align="left"))
    return Group(*parts)


# -- the session ------------------------------------------------------------------------------

class ReviewSession:
    """One reviewer working through the unresolved findings in a scope."""

    def __init__(self, store: Store, scope: FindingScope, reviewer: str,
                 terminal: Terminal) -> None:
        self.store, self.scope, self.reviewer, self.term = store, scope, reviewer, terminal
        self.decided: set[int] = set()  # findings settled in this session
        self.skipped: set[int] = set()  # skipped in this session; the next session shows them

    def say(self, message: str, style: str = "") -> None:
        self.term.console.print(Text(message, style=style))

    def run(self) -> None:
        """Review until every finding in scope is settled or the reviewer quits (q, Ctrl-C,
        Ctrl-D); decisions are already saved either way."""
        try:
            self._loop()
        except KeyboardInterrupt:
            self.say("Interrupted.")
        self._finish()

    def _loop(self) -> None:
        show_first: int | None = None  # a finding just brought back by undo
        while True:
            queue = [f for f in self.store.unresolved_findings(self.scope)
                     if f["id"] not in self.skipped]
            if show_first is not None:
                queue.sort(key=lambda f: f["id"] != show_first)
                show_first = None
            if not queue:
                return
            outcome = self._review(queue[0], len(queue))
            if outcome == "quit":
                return
            if outcome == "skip":
                self.skipped.add(queue[0]["id"])
            elif isinstance(outcome, int):
                self.skipped.discard(outcome)
                show_first = outcome

    def _review(self, finding: dict[str, Any], left: int) -> str | int | None:
        """Show one finding and act on keys until it is settled. Returns "quit", "skip",
        the id of a finding brought back by undo, or None once a decision is saved."""
        run = self.store.run(finding["run_id"])
        article = self.store.article(run["article_id"])
        summary = current_summary(self.store, run["id"]).summary
        self.term.console.print(finding_view(finding, article, run, summary, left,
                                             self.term.plain))
        while True:
            action = self._key(missed=is_missed(finding))
            if action == "quit":
                return "quit"
            if action == "undo":
                undone = self.store.undo_last_decision(self.reviewer, self.scope)
                if undone is None:
                    self.say("Nothing of yours to undo here.", "yellow")
                    continue
                self.decided.discard(undone["finding_id"])
                self.say(f"Undone: {undone['action']} of finding {undone['finding_id']}.",
                         "cyan")
                return int(undone["finding_id"])
            try:
                if action == "edit":
                    if not self._edit(finding, summary):
                        self.say("Edit cancelled; nothing saved.", "yellow")
                        continue
                else:
                    decide(self.store, finding, action, self.reviewer)
            except DecisionConflict as exc:
                self.say(f"{exc}; moving on.", "yellow")
                return None
            except DecisionError as exc:
                self.say(str(exc), "yellow")
                continue
            if action == "skip":
                self.say(f"Skipped finding {finding['id']}.")
                return "skip"
            self.decided.add(finding["id"])
            self.say(f"Saved: {action} finding {finding['id']}.", "green")
            if action in ("edit", "add"):
                self._recheck(finding, article["text"])
            return None

    def _recheck(self, finding: dict[str, Any], text: str) -> None:
        """Ground the new value again and say so when the article does not support it (the
        export flags it too)."""
        summary = current_summary(self.store, finding["run_id"]).summary
        item = item_pointer(finding["path"])
        value = get_at(summary, item, None)
        if isinstance(value, list):  # an added item is the list's last
            item = f"{item}/{len(value) - 1}"
        problems = recheck(text, summary, [item])[item]
        for problem in problems:
            self.say(f"The article does not support this value: {problem['code']}: "
                     f"{problem['message']}", "yellow" if problem["severity"] == "warning"
                     else "red")

    def _key(self, missed: bool = False) -> str:
        """The action of the next key; a missed item offers add, not confirm."""
        self.say(MISSED_KEY_HELP if missed else KEY_HELP, "dim")
        allowed = "adesuq" if missed else "cdesuq"
        while True:
            try:
                key = self.term.getchar()
            except (KeyboardInterrupt, EOFError):
                return "quit"
            if key.lower() in allowed:
                return KEYS[key.lower()]
            self.say(f"Press {', '.join(allowed[:-1])} or {allowed[-1]}.", "yellow")

    def _edit(self, finding: dict[str, Any], summary: dict[str, Any]) -> bool:
        """Read corrected values until one validates (saved: True) or the reviewer gives up
        with an empty line, Ctrl-C, Ctrl-D or an unchanged value (False)."""
        start, proposal = edit_start(finding, summary)
        self.say(f"New value for {finding['path']}: plain text or JSON (5, null, {{...}}). "
                 + ("The line holds the item the check proposes. " if proposal else "")
                 + "Enter saves; an empty line cancels.")
        while True:
            try:
                typed = self.term.readline("> ", start).strip()
            except (KeyboardInterrupt, EOFError):
                return False
            if not typed or (typed == start and not proposal):
                return False
            try:
                decide_typed(self.store, finding, typed, self.reviewer)
                return True
            except DecisionError as exc:
                self.say(f"Not valid, nothing saved:\n{exc}", "red")
                start, proposal = typed, True  # offer the attempt again to fix it

    def _finish(self) -> None:
        pending = self.store.unresolved_findings(self.scope)
        left = len(pending)
        if left == 0:
            self.say(f"All findings here are settled ({len(self.decided)} decided this session).",
                     "green")
        else:
            still_skipped = sum(1 for f in pending if f["id"] in self.skipped)
            self.say(f"{len(self.decided)} decided this session; {left} unresolved left"
                     f" ({still_skipped} skipped). Run 'summarizer review' again to resume.")
