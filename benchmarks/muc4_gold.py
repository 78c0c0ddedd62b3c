"""Turn the MUC-3/4 development set into gold summaries for `summarizer eval`.

    python benchmarks/muc4_gold.py ../shared/datasets/muc4-dev /tmp/muc4

writes one article per message (`/tmp/muc4/articles/DEV-MUC3-0001.txt`, the wire text as it
is: upper case, hard-wrapped) and `/tmp/muc4/gold/DEV-MUC3-0001.json` holding only
`casualties`, with `"eval": {"casualty_outcomes": ["killed", "injured"]}` because the keys
record only deaths and injuries (other outcomes a system reports are not scored):

- a human target with a number (`21. HUM TGT: NUMBER  7: "PEASANTS"`) and an effect of DEATH
  or INJURY on the same target (`23. ... DEATH: "PEASANTS"`) is one (number, outcome) fact;
  a range ("1-2") gives count_min and count_max; "PLURAL" and other numberless targets carry
  no number and are not scored;
- a named victim (`18. HUM TGT: NAME`) with an effect and no number counts 1;
- a message whose key gives one number for a target with both effects (`11: "PEOPLE"`,
  `DEATH: "PEOPLE"`, `INJURY: "PEOPLE"` for six dead and five wounded) is left out: that
  number counts neither outcome, so the key cannot say how many were killed or injured;
- only messages with at least one relevant template are written (`--all` adds the others
  with an empty list). The keys cover terrorist incidents only: a message judged irrelevant
  may still report casualties of military clashes, which the keys do not annotate, so
  counting those as errors would measure MUC's notion of relevance rather than reading. Even
  in relevant messages such clash casualties stay unannotated, which caps the precision any
  reader can reach on this set.

    summarizer eval /tmp/muc4/gold --articles /tmp/muc4/articles --backend extractive \
        --db /tmp/muc4/runs.sqlite
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

_MESSAGE = re.compile(r"^(DEV-MUC3-\d{4})\s+\([^)\n]*\)\s*$", re.MULTILINE)
_SLOT = re.compile(r"^(\d+)\.\s+[A-Z :]+?\s{2,}(.*)$")
_NUMBER = re.compile(r'^(?:\?\s*)?~?(\d+)(?:-(\d+))?:\s*(.+)$')
_EFFECT = re.compile(r'^(?:\?\s*)?(DEATH|INJURY):\s*(.+)$')
_OUTCOMES = {"DEATH": "killed", "INJURY": "injured"}


def messages(path: Path) -> dict[str, str]:
    """Message id -> text after the id line."""
    text = path.read_text(encoding="latin-1")
    marks = list(_MESSAGE.finditer(text))
    out = {}
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out[mark.group(1)] = text[mark.end():end].strip("\n") + "\n"
    return out


def templates(path: Path) -> list[dict[int, list[str]]]:
    """Each template as slot number -> its values (one per line)."""
    out: list[dict[int, list[str]]] = []
    current: dict[int, list[str]] = {}
    slot = None
    for line in path.read_text(encoding="latin-1").splitlines():
        match = _SLOT.match(line)
        if match:
            slot = int(match.group(1))
            if slot == 0 and current:
                out.append(current)
                current = {}
            current[slot] = [match.group(2).strip()]
        elif line.strip() and slot is not None:
            current[slot].append(line.strip())
    if current:
        out.append(current)
    return out


def _strings(value: str) -> set[str]:
    """The quoted alternatives of a slot value: '"A" / "B"' -> {'A', 'B'}."""
    return set(re.findall(r'"([^"]+)"', value))


class Lumped(Exception):
    """A template counts dead and wounded together under one number."""


def casualties(template: dict[int, list[str]]) -> list[dict]:
    numbers: list[tuple[set[str], int, int]] = []
    for value in template.get(21, []):
        match = _NUMBER.match(value)
        if match:
            low = int(match.group(1))
            high = int(match.group(2)) if match.group(2) else low
            numbers.append((_strings(match.group(3)), low, high))
    names = set().union(*(_strings(v) for v in template.get(18, []))) if 18 in template else set()
    effects = [(m.group(1), _strings(m.group(2)))
               for m in map(_EFFECT.match, template.get(23, [])) if m]
    mixed = {t for effect, targets in effects for t in targets
             if any(t in others and other != effect for other, others in effects)}
    out = []
    for effect, targets in effects:
        found = next(((low, high) for strings, low, high in numbers if strings & targets), None)
        if found is not None and targets & mixed:
            raise Lumped
        if found is None and targets & names:
            found = (1, 1)
        if found is None:
            continue
        low, high = found
        out.append({"group": sorted(targets)[0], "outcome": _OUTCOMES[effect],
                    "count_min": low, "count_max": high, "count_text": None,
                    "qualifier": "exact" if low == high else "range", "claimed_by": None,
                    "scope": "this_operation", "evidence": None})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="the muc4-dev directory")
    parser.add_argument("out", type=Path, help="where to write articles/ and gold/")
    parser.add_argument("--all", action="store_true",
                        help="also write messages whose templates are all irrelevant")
    args = parser.parse_args()
    (args.out / "articles").mkdir(parents=True, exist_ok=True)
    (args.out / "gold").mkdir(parents=True, exist_ok=True)
    texts: dict[str, str] = {}
    for path in sorted(args.dataset.glob("dev-muc3-*")):
        texts.update(messages(path))
    gold: dict[str, list[dict]] = {ident: [] for ident in texts}
    relevant: set[str] = set()
    lumped: set[str] = set()
    for path in sorted(args.dataset.glob("key-dev-*.muc4")):
        for template in templates(path):
            ident = template.get(0, [""])[0].split(" ")[0]
            if ident not in gold:
                continue
            try:
                gold[ident].extend(casualties(template))
            except Lumped:
                lumped.add(ident)
            if template.get(1, ["*"])[0] != "*":
                relevant.add(ident)
    facts = 0
    texts = {i: t for i, t in texts.items()
             if (args.all or i in relevant) and i not in lumped}
    for ident, text in texts.items():
        (args.out / "articles" / f"{ident}.txt").write_text(text, encoding="utf-8",
                                                             newline="\n")
        (args.out / "gold" / f"{ident}.json").write_text(json.dumps(
            {"casualties": gold[ident], "eval": {"casualty_outcomes": ["killed", "injured"]}},
            indent=1), encoding="utf-8")
        facts += len({(c["count_min"], c["outcome"]) for c in gold[ident]})
    print(f"{len(texts)} messages, {facts} (number, outcome) facts -> {args.out} "
          f"({len(lumped)} left out: dead and wounded under one number)")


if __name__ == "__main__":
    main()
