"""The interactive review driven in a real pseudo-terminal, key by key, as a reviewer uses it.

The run reviewed is the HAND-WRITTEN run of test_review_data (six findings of known kinds on a
real article), so each screen can be checked for what it must show.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pexpect
import pytest
from conftest import ROOT, clean_env, db_rows
from test_review_data import MISSED_QUOTE, store_handmade_run

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def flat(output: str) -> str:
    """Terminal output as one line of text: no escape codes, box sides or line wrapping."""
    return " ".join(ANSI.sub("", output).replace("│", " ").split())
KEY_PROMPT = "u undo last · q quit"


class Reviewer:
    """One `summarizer review` process in a pty, read screen by screen."""

    def __init__(self, db: Path, *args: str, reviewer: str = "alice") -> None:
        self.child = pexpect.spawn(
            sys.executable, ["-m", "summarizer", "review", "--db", str(db), *args],
            cwd=str(ROOT), env=clean_env(COLUMNS="120", LINES="40", SUMMARIZER_REVIEWER=reviewer),
            dimensions=(40, 120), encoding="utf-8", timeout=60)

    def screen(self) -> str:
        """Everything printed up to the next key prompt, without escape codes."""
        self.child.expect_exact(KEY_PROMPT)
        return flat(self.child.before)

    def press(self, key: str) -> None:
        self.child.send(key)

    def type_line(self, text: str) -> str:
        """Answer the edit prompt; returns what was printed before the prompt."""
        self.child.expect_exact("> ")
        before = flat(self.child.before)
        self.child.sendline(text)
        return before

    def finish(self) -> tuple[str, int]:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return flat(self.child.before), self.child.exitstatus


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db = tmp_path / "r.sqlite"
    store_handmade_run(db)
    return db


def decisions(db: Path) -> list[tuple]:
    return [(d["finding_id"], d["action"], d["value"], d["old_value"], d["reviewer"],
             d["undone_at"] is not None)
            for d in db_rows(db, "SELECT * FROM decisions ORDER BY id")]


def test_confirm_dismiss_undo_edit_skip_quit_then_resume(db: Path) -> None:
    session = Reviewer(db)

    first = session.screen()
    assert "finding 1 · run 1 · 6 left" in first
    assert "US-Backed Iraqi Forces Drive ISIS Out Of Mountain Hideout" in first
    assert "QUOTE_ALTERED ERROR" in first and "the quote differs from the article" in first
    assert "⟦Our partners fought valiantly today" in first  # the span, marked without colour
    assert "[-valiantly-] {+bravely+}" in first  # word diff: article only, extraction only
    assert '▶ text' in first and '"James Mattis"' in first  # the item, flagged field marked
    session.press("c")

    second = session.screen()
    assert "Saved: confirm finding 1." in second
    assert "finding 2 · run 1 · 5 left" in second and "SPEAKER_MISMATCH" in second
    assert "expected: James Jarrard" in second and "▶ speaker" in second
    session.press("d")

    third = session.screen()
    assert "Saved: dismiss finding 2." in third and "finding 3 ·" in third
    session.press("u")
    again = session.screen()
    assert "Undone: dismiss of finding 2." in again and "finding 2 · run 1 · 5 left" in again
    session.press("e")
    assert "New value for /quotes/0/speaker" in session.type_line("James Jarrard")

    number = session.screen()
    assert "Saved: edit finding 2." in number and "NUMBER_NOT_FOUND" in number
    assert "⟦at least five⟧" in number
    session.press("e")
    session.type_line("-3")
    refused = session.type_line("5")
    assert "Not valid, nothing saved" in refused
    assert "/casualties/0/count_min: Input should be greater than or equal to 0" in refused

    actor = session.screen()
    assert "Saved: edit finding 3." in actor and "ACTOR_NOT_FOUND" in actor
    assert "No matching passage in the article." in actor
    session.press("s")

    location = session.screen()
    assert "Skipped finding 4." in location and "LOCATION_NOT_FOUND WARNING" in location
    session.press("x")
    session.press("q")
    tail, status = session.finish()
    assert "Press c, d, e, s, u or q." in tail
    assert "3 decided this session; 3 unresolved left (1 skipped)." in tail
    assert status == 0

    assert decisions(db) == [
        (1, "confirm", None, None, "alice", False),
        (2, "dismiss", None, None, "alice", True),
        (2, "edit", '"James Jarrard"', '"James Mattis"', "alice", False),
        (3, "edit", "5", "50", "alice", False),
        (4, "skip", None, None, "alice", False),
    ]
    assert all(d["decided_at"] for d in db_rows(db, "SELECT decided_at FROM decisions"))

    # A new session starts at the first unresolved finding: the one skipped last time.
    resumed = Reviewer(db, reviewer="bob")
    screen = resumed.screen()
    assert "finding 4 · run 1 · 3 left" in screen and "ACTOR_NOT_FOUND" in screen
    resumed.press("e")
    resumed.type_line("")
    cancelled = resumed.screen()
    assert "Edit cancelled." in cancelled
    resumed.press("s")
    assert "finding 5 · run 1 · 2 left" in resumed.screen()
    resumed.press("s")

    missed = resumed.screen()
    assert "MISSED_QUOTE INFO" in missed and "passage the miner found" in missed
    assert f"⟦{MISSED_QUOTE}⟧" in missed
    assert "/quotes: 1 extracted; the finding is about one the extraction does not have" in missed
    resumed.press("e")
    resumed.type_line(f'{{"text": "{MISSED_QUOTE}", "speaker": "James Jarrard", '
                      '"kind": "direct"}')
    tail, status = resumed.finish()
    assert "Saved: edit finding 6." in tail
    assert "1 decided this session; 2 unresolved left (2 skipped)." in tail
    assert status == 0
    added = db_rows(db, "SELECT value, reviewer FROM decisions WHERE finding_id = 6")
    assert added == [{"value": f'{{"text": "{MISSED_QUOTE}", "speaker": "James Jarrard", '
                               '"speaker_role": null, "kind": "direct", "channel": null}',
                      "reviewer": "bob"}]


def test_keys_typed_ahead_are_kept_in_order(db: Path) -> None:
    session = Reviewer(db, "--severity", "error")
    session.screen()
    session.press("ddq")  # typed before the second finding is drawn
    tail, status = session.finish()
    assert "Saved: dismiss finding 2." in tail and status == 0
    assert [d[:2] for d in decisions(db)] == [(1, "dismiss"), (2, "dismiss")]


def test_undo_with_nothing_to_undo_and_ctrl_d_quits(db: Path) -> None:
    session = Reviewer(db)
    session.screen()
    session.press("u")
    assert "Nothing of yours to undo here." in session.screen()
    session.press("\x04")
    tail, status = session.finish()
    assert "0 decided this session; 6 unresolved left (0 skipped)." in tail and status == 0


def test_filters_limit_the_session_and_an_empty_queue_ends_at_once(db: Path) -> None:
    session = Reviewer(db, "--code", "location_not_found")
    screen = session.screen()
    assert "finding 5 · run 1 · 1 left" in screen
    session.press("c")
    tail, status = session.finish()
    assert "All findings here are settled (1 decided this session)." in tail and status == 0
    tail, status = Reviewer(db, "--code", "LOCATION_NOT_FOUND").finish()
    assert "All findings here are settled (0 decided this session)." in tail and status == 0
