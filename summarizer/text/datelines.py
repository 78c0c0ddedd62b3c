"""Datelines: where (and when, and through whom) a dispatch was filed, opening its first
sentence. They are no part of what the sentence says: no subject for a quote's speaker, no
words of a summary.

The shapes news copy gives them:
- a place and a source: "Washington (AFP) – ", "BAGHDAD (Reuters) - ", also a wire's date
  for the place and its labels after: "13 JAN 90 (EFE) -- [TEXT] " (SOURCED);
- a place and a date, the source optional: "WASHINGTON, Dec. 8 (UPI) — ", "BOGOTA, 30 AUG 89
  (EFE) -- " (DATED), with labels after it in wire copy, which `strip` reads too:
  "CLANDESTINE, 14 NOV 89 (RADIO VENCEREMOS) -- [COMMUNIQUE] [NATIONAL REVOLUTIONARY
  MOVEMENT, MNR] [TEXT] ";
- a place in capitals before a dash, its state and source optional: "WASHINGTON — ", "RENO,
  Nev. (AP) — " (only where a dateline can be: `strip` reads it at the start of an article's
  first sentence, the speaker reader at the start of a paragraph in mixed-case copy).

OPENING matches all of them at once.
"""

from __future__ import annotations

from summarizer.text import patterns

_LABELS = r"(?:\[[A-Z ,.'-]+\]\s*)*"  # "[COMMUNIQUE] [NATIONAL REVOLUTIONARY MOVEMENT] [TEXT] "
SOURCED = patterns.compile(r"[A-Z0-9][\w .'\u2019-]{0,40}?\s*\([^()]{1,40}\)\s*"
                           rf"(?:--|[\u2013\u2014-])\s*{_LABELS}")
DATED = patterns.compile(r"[A-Z][A-Z .'\u2019-]{1,40},\s+(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}|"
                         r"\d{1,2}\s+[A-Z]{3}\s+\d{2})\s*"
                         r"(?:\([^()]{1,40}\)\s*)?(?:--|[\u2013\u2014-])\s*")
OPENING = patterns.compile(rf"(?:{DATED.pattern}{_LABELS}|{SOURCED.pattern}"
                            # a wire's place, any date and its source: "MOSCOW (USSR), NO DATE
                            # (RADIO MAGALLANES) -- [STATEMENT] "
                            r"|[A-Z][A-Z .'-]{1,40}(?:\s*\([^()]*\))?,\s+[^()\n]{1,20}?\s*"
                            rf"\([^()]{{1,40}}\)\s*--\s*{_LABELS}"
                            # (its region may be two words: "DEIR AL-BALAH, Gaza Strip (AP) —";
                            # a hyphen is a dash only between spaces, not inside "AL-BALAH")
                            r"|[A-Z][A-Z .,'-]{2,}(?:,\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)?"
                            r"(?:\s*\([^()]*\))?(?:(?:\s*[\u2013\u2014]|\s+-)\s+"
                            # (wire copy's "--" with its labels: "NO CITY, NO DATE -- [TEXT]";
                            # without them it is a dash inside a sentence in capitals)
                            rf"|\s+--\s+(?=\[){_LABELS}))")


def strip(sentence: str) -> str:
    """An article's first sentence without the dateline it opens with, if any."""
    dateline = OPENING.match(sentence)
    return sentence[dateline.end():] if dateline else sentence
