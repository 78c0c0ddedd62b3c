"""The interactive review driven in a real pseudo-terminal, key by key, as a reviewer uses it.

The findings are the real cross-check's findings on the scripted run of test_review_data (the
real `summarize` pipeline with a model scripted to answer a flawed summary). The engine decides
their order, so sessions are narrowed with --code and each screen is read for which finding it
shows before a key is pressed.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pexpect
import pytest
from conftest import ROOT, clean_env, db_rows, unresolved_findings
from test_review_data import MISSED_QUOTE

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
KEY_PROMPT = "u undo last · q quit"
HEADER = re.compile(r"finding (\d+) · run \d+ · (\d+) left")
CODE = re.compile(r"\b([A-Z]+(?:_[A-Z]+)+) (ERROR|WARNING|INFO)\b")
CTRL_U = "\x15"  # clears the edit line, which starts out holding the current value


def flat(output: str) -> str:
    """Terminal output as one line of text: no escape codes, box sides or line wrapping."""
    return " ".join(ANSI.sub("", output).replace("│", " ").split())


@dataclass
class Screen:
    text: str

    @property
    def finding_id(self) -> int:
        return int(HEADER.findall(self.text)[-1][0])

    @property
    def left(self) -> int:
        return int(HEADER.findall(self.text)[-1][1])

    @property
    def code(self) -> str:
        return CODE.findall(self.text)[-1][0]


class Reviewer:
    """One `summarizer review` process in a pty, read screen by screen."""

    def __init__(self, db: Path, *args: str, reviewer: str = "alice") -> None:
        self.child = pexpect.spawn(
            sys.executable, ["-m", "summarizer", "review", "--db", str(db), *args],
            cwd=str(ROOT), env=clean_env(COLUMNS="120", LINES="40", SUMMARIZER_REVIEWER=reviewer),
            dimensions=(40, 120), encoding="utf-8", timeout=60)

    def screen(self) -> Screen:
        """Everything printed up to the next key prompt."""
        self.child.expect_exact(KEY_PROMPT)
        return Screen(flat(self.child.before))

    def press(self, key: str) -> None:
        self.child.send(key)

    def edit_line(self) -> str:
        """Wait for the edit prompt; returns what was printed up to it."""
        self.child.expect_exact("> ")
        return flat(self.child.before)

    def type_line(self, text: str, keep_start: bool = False) -> str:
        """Answer the edit prompt (clearing what the line starts with unless `keep_start`)."""
        before = self.edit_line()
        self.child.send(("" if keep_start else CTRL_U) + text + "\r")
        return before

    def finish(self) -> tuple[str, int]:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return flat(self.child.before), self.child.exitstatus


@pytest.fixture
def db(scripted_db: Path) -> Path:
    """A fresh copy of the store holding the scripted run (see conftest)."""
    return scripted_db


def decisions(db: Path) -> list[tuple]:
    return [(d["finding_id"], d["action"], d["value"], d["old_value"], d["reviewer"],
             d["undone_at"] is not None)
            for d in db_rows(db, "SELECT * FROM decisions ORDER BY id")]


def test_confirm_and_edit_with_an_invalid_then_a_valid_value(db: Path) -> None:
    ids = {f["code"]: f["id"] for f in unresolved_findings(db)}
    session = Reviewer(db, "--code", "QUOTE_ALTERED", "--code", "NUMBER_NOT_FOUND")
    for _ in range(2):
        screen = session.screen()
        assert "US-Backed Iraqi Forces Drive ISIS Out Of Mountain Hideout" in screen.text
        if screen.code == "QUOTE_ALTERED":
            assert "⟦Our partners fought valiantly today" in screen.text  # the span, marked
            assert "[-valiantly-] {+bravely+}" in screen.text  # article only, extraction only
            assert "▶ text" in screen.text and '"James Mattis"' in screen.text
            session.press("c")
        else:
            assert screen.code == "NUMBER_NOT_FOUND" and "⟦at least five⟧" in screen.text
            assert "▶ count_min" in screen.text
            session.press("e")
            assert "New value for /casualties/0/count_min" in session.type_line("-3")
            refused = session.type_line("5")
            assert "Not valid, nothing saved" in refused
            assert "/casualties/0/count_min: Input should be greater than or equal to 0" in refused
    tail, status = session.finish()
    assert "All findings here are settled (2 decided this session)." in tail and status == 0
    assert sorted(decisions(db)) == sorted([
        (ids["QUOTE_ALTERED"], "confirm", None, None, "alice", False),
        (ids["NUMBER_NOT_FOUND"], "edit", "5", "50", "alice", False),
    ])


def test_dismiss_undo_skip_quit_then_resume_at_the_first_unresolved(db: Path) -> None:
    codes = ("--code", "ACTOR_NOT_FOUND", "--code", "LOCATION_NOT_FOUND",
             "--code", "SPEAKER_MISMATCH")
    assert len(unresolved_findings(db, *codes)) == 3
    session = Reviewer(db, *codes)
    first = session.screen()
    assert first.left == 3
    session.press("d")
    second = session.screen()
    assert f"Saved: dismiss finding {first.finding_id}." in second.text and second.left == 2
    session.press("u")
    again = session.screen()
    assert f"Undone: dismiss of finding {first.finding_id}." in again.text
    assert again.finding_id == first.finding_id and again.left == 3
    session.press("s")
    back = session.screen()
    assert f"Skipped finding {first.finding_id}." in back.text
    assert back.finding_id == second.finding_id
    session.press("c")
    third = session.screen()
    assert third.finding_id not in (first.finding_id, second.finding_id)
    session.press("x")
    session.press("q")
    tail, status = session.finish()
    assert "Press c, d, e, s, u or q." in tail
    assert "1 decided this session; 2 unresolved left (1 skipped)." in tail and status == 0
    assert decisions(db) == [
        (first.finding_id, "dismiss", None, None, "alice", True),
        (first.finding_id, "skip", None, None, "alice", False),
        (second.finding_id, "confirm", None, None, "alice", False),
    ]
    assert all(d["decided_at"] for d in db_rows(db, "SELECT decided_at FROM decisions"))

    # A new session starts at the first finding still unresolved, whoever reviews.
    expected = unresolved_findings(db, *codes)[0]["id"]
    assert expected in (first.finding_id, third.finding_id)
    resumed = Reviewer(db, *codes, reviewer="bob")
    screen = resumed.screen()
    assert screen.finding_id == expected and screen.left == 2
    resumed.press("u")  # bob has nothing to undo; alice's decisions are hers
    assert "Nothing of yours to undo here." in resumed.screen().text
    resumed.press("q")
    tail, status = resumed.finish()
    assert "0 decided this session; 2 unresolved left (0 skipped)." in tail and status == 0


def test_edit_starts_from_the_current_value_and_later_findings_show_the_edit(db: Path) -> None:
    session = Reviewer(db, "--code", "SPEAKER_MISMATCH", "--code", "SPEAKER_NOT_FOUND")
    edited = False
    for _ in range(2):
        screen = session.screen()
        if screen.code == "SPEAKER_MISMATCH":
            assert "expected: James Jarrard" in screen.text and "▶ speaker" in screen.text
            session.press("e")
            session.edit_line()
            session.child.expect_exact("James Mattis")  # the line starts with the value
            session.press("\r")  # unchanged: nothing is saved
            cancelled = session.screen()
            assert "Edit cancelled; nothing saved." in cancelled.text
            session.press("e")
            session.type_line("James Jarrard")
            edited = True
        else:
            assert screen.code == "SPEAKER_NOT_FOUND"
            if edited:
                assert '"James Mattis" (edited since the check)' in screen.text
            session.press("d")
    tail, status = session.finish()
    assert status == 0
    speaker = [d for d in decisions(db) if d[1] == "edit"]
    assert [d[2:4] for d in speaker] == [('"James Jarrard"', '"James Mattis"')]


def _at_the_missed_quote(db: Path) -> tuple[dict, Reviewer, Screen]:
    """A review of the missed quotes, skipped forward to the one of MISSED_QUOTE."""
    missed = next(f for f in unresolved_findings(db, "--code", "MISSED_QUOTE")
                  if f["detail"].get("text") == MISSED_QUOTE)
    session = Reviewer(db, "--code", "MISSED_QUOTE")
    screen = session.screen()
    while screen.finding_id != missed["id"]:
        session.press("s")
        screen = session.screen()
    return missed, session, screen


def test_missed_quote_edit_starts_with_the_proposed_quote(db: Path) -> None:
    missed, session, screen = _at_the_missed_quote(db)
    assert "passage the miner found" in screen.text and f"⟦{MISSED_QUOTE}⟧" in screen.text
    assert "/quotes: 1 extracted; the finding is about one the extraction does not have" in (
        screen.text)
    session.press("e")
    prompt = session.type_line("", keep_start=True)  # Enter takes the proposal as it is
    assert "The line holds the item the check proposes." in prompt
    after = session.screen()
    assert f"Saved: edit finding {missed['id']}." in after.text
    session.press("q")
    session.finish()
    [added] = db_rows(db, "SELECT value, old_value FROM decisions WHERE action = 'edit'")
    assert json.loads(added["value"]) == {"text": MISSED_QUOTE, "speaker": "James Jarrard",
                                          "speaker_role": None, "kind": "direct",
                                          "channel": None}
    assert added["old_value"] == "null"


def test_keys_typed_ahead_are_kept_in_order(db: Path) -> None:
    first, second = unresolved_findings(db, "--severity", "error")[:2]
    session = Reviewer(db, "--severity", "error")
    session.screen()
    session.press("ddq")  # typed before the second finding is drawn
    tail, status = session.finish()
    assert f"Saved: dismiss finding {second['id']}." in tail and status == 0
    assert [d[:2] for d in decisions(db)] == [(first["id"], "dismiss"),
                                              (second["id"], "dismiss")]


def test_ctrl_d_quits_and_an_empty_selection_ends_at_once(db: Path) -> None:
    session = Reviewer(db, "--code", "LOCATION_NOT_FOUND")
    assert session.screen().code == "LOCATION_NOT_FOUND"
    session.press("\x04")
    tail, status = session.finish()
    assert "0 decided this session; 1 unresolved left (0 skipped)." in tail and status == 0
    tail, status = Reviewer(db, "--code", "NO_SUCH_CODE").finish()
    assert "All findings here are settled (0 decided this session)." in tail and status == 0


def test_a_missed_quote_offers_add_and_refuses_confirm(db: Path) -> None:
    missed, session, screen = _at_the_missed_quote(db)
    assert "a add it to the record" in screen.text and "c confirm wrong" not in screen.text
    session.press("c")  # refused: a missed item has nothing to leave out
    session.press("a")
    after = session.screen()
    assert "Press a, d, e, s, u or q." in after.text
    assert f"Saved: add finding {missed['id']}." in after.text
    session.press("q")
    session.finish()
    [added] = db_rows(db, "SELECT value FROM decisions WHERE action = 'edit'")
    assert json.loads(added["value"])["text"] == MISSED_QUOTE
