"""Turn PolNeAR (brat standoff attributions) into gold summaries for `summarizer eval`.

    python benchmarks/polnear_gold.py ../shared/datasets/polnear-train /tmp/polnear

writes `/tmp/polnear/articles/NAME.txt` and `/tmp/polnear/gold/NAME.json`. Only quotes are
annotated, so the gold files hold only `quotes`:

- a gold quote is a passage inside quotation marks that lies (at least half) within the
  Content span of an annotated attribution; quoted words outside any attribution (scare
  quotes, titles) are not quotes. Where Content spans nest, the innermost attribution wins;
- its speaker is that attribution's Source span as written (`speaker_as_written`). When the
  Source is "he", "she" or "they", `speaker` is the nearest earlier Source span of the article
  that names someone and agrees with the pronoun: for "he"/"she" a single person (not an
  organisation, not a group "X and Y", not plural) whose given name, where gender-guesser's
  table is sure of it, has the pronoun's gender. The corpus has no coreference links, so this
  stands in for them; it is an approximation and is scored as such. A relative pronoun
  ("who", "which", "that") as the Source stands for the capitalised name set off right before
  it ("Chicago Alderman Jason C. Ervin, who thinks ..."), unless they are a place after a name
  ("Rubio of Florida, who"); with no such name it stays as written;
- quotation marks are paired within each paragraph (curly marks by glyph, straight ones and
  the two apostrophes that stand for one in the New York Times articles by alternation; a
  quote still open at the paragraph's end runs to it), independently of the project's own
  miner.

Articles with two annotators use the first annotation file in name order. The dataset is never
copied into the project: run this on it from outside, then score with

    summarizer eval /tmp/polnear/gold --articles /tmp/polnear/articles --backend extractive \
        --db /tmp/polnear/runs.sqlite
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer.evaluation import speaker_kind  # noqa: E402
from summarizer.text.gender import agrees, from_given_name  # noqa: E402

_ORG = re.compile(
    r"\b(?:Post|Times|News|Journal|Press|Committee|Campaign|Department|Party|Council|Agency|"
    r"Office|Administration|House|Senate|Congress|Court|Association|Institute|Center|Group|"
    r"Commission|Network|Foundation|Union|Reuters|CNN|Fox|Board|Bureau|Service|Inc|Corp|"
    r"Company|Poll|Survey|Report|Magazine)\b"
)
_RESOLVABLE = {"he", "she", "they"}
_RELATIVE = {"who", "which", "that"}
# the capitalised words right before ", who" or " - who": the relative pronoun's antecedent;
# not a place after a name and a preposition ("Sen. Marco Rubio of Florida, who") or "in"
_ANTECEDENT = re.compile(r"(?<![\w.'\u2019-])((?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w.'\u2019-]*)"
                         r"(?:,|\s+(?:[\u2014\u2013]|--?))\s*$")
_PLACE_OF = re.compile(r"[A-Z][\w.'\u2019-]*\s+(?:of|from)\s+$|\bin\s+$")


def _one_person(name: str, pronoun: str) -> bool:
    """Whether "he"/"she" can stand for the Source `name`: one person of that gender."""
    if _ORG.search(name) or re.search(r"\band\b|,", name):
        return False
    last = name.split()[-1]
    if last.islower() and last.endswith("s"):
        return False
    words = [w for w in name.split() if w[:1].isupper()]
    return agrees(pronoun, from_given_name(" ".join(words[-3:])) if len(words) >= 2 else None)


def _spans(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field.split(";"))]


def parse_ann(path: Path) -> list[tuple[list[tuple[int, int]], tuple[int, int] | None]]:
    """(content spans, source span) for each attribution relation of a .ann file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"T\d+\t", line):  # a covered text with line breaks runs on; skip those
            ident, middle, *_ = line.split("\t")
            kind, _, offsets = middle.partition(" ")
            spans[ident] = (kind, _spans(offsets))
        elif re.match(r"E\d+\t", line):
            parts = line.split("\t")[1].split()
            relations.append(dict(p.split(":", 1) for p in parts))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        source = spans.get(rel.get("Source", ""))
        if content is None:
            continue
        out.append((content[1], source[1][0] if source else None))
    return out


# a double quotation mark: curly, straight, or typed as two characters (the New York Times
# articles' "''I loved it,'' she said"; TeX's "``")
_MARK = re.compile("\u201c|\u201d|\"|''|``")


def quoted_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of double quotation marks, per paragraph."""
    out = []
    pos = 0
    for para in text.split("\n"):
        open_at = None
        for mark in _MARK.finditer(para):
            opens = mark.group() in ("\u201c", "``") or (mark.group() in ('"', "''")
                                                         and open_at is None)
            if opens:
                open_at = mark.end()
            elif open_at is not None:
                out.append((pos + open_at, pos + mark.start()))
                open_at = None
        if open_at is not None:
            out.append((pos + open_at, pos + len(para.rstrip())))
        pos += len(para) + 1
    return [(a, b) for a, b in out if text[a:b].strip()]


def _share(inner: tuple[int, int], outer: list[tuple[int, int]]) -> float:
    covered = sum(max(0, min(inner[1], b) - max(inner[0], a)) for a, b in outer)
    return covered / max(1, inner[1] - inner[0])


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t,":
        a += 1
    while b > a and text[b - 1] in " \t,":
        b -= 1
    return a, b


def gold_quotes(text: str, relations) -> list[dict]:  # type: ignore[no-untyped-def]
    sources = sorted({s for _, s in relations if s is not None})
    named = [(a, b) for a, b in sources if speaker_kind(text[a:b]) == "named"]
    quotes = []
    for start, end in quoted_passages(text):
        owners = [(sum(b - a for a, b in content), source) for content, source in relations
                  if _share((start, end), content) >= 0.5]
        if not owners:
            continue
        _, source = min(owners, key=lambda o: o[0])
        a, b = _trim(text, start, end)
        written = text[source[0]:source[1]] if source else ""
        speaker = written
        if written.lower() in _RESOLVABLE and source is not None:
            earlier = [s for s in named if s[1] <= source[0]
                       and (written.lower() == "they" or _one_person(text[s[0]:s[1]], written))]
            if earlier:
                speaker = text[earlier[-1][0]:earlier[-1][1]]
        elif written.lower() in _RELATIVE and source is not None:
            antecedent = _ANTECEDENT.search(text, max(0, source[0] - 200), source[0])
            if antecedent is not None and not _PLACE_OF.search(text, 0, antecedent.start()):
                speaker = antecedent.group(1)
        quotes.append({"text": text[a:b], "speaker": speaker, "speaker_as_written": written,
                       "kind": "direct", "start": a, "end": b})
    return quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="the polnear-train directory")
    parser.add_argument("out", type=Path, help="where to write articles/ and gold/")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    (args.out / "articles").mkdir(parents=True, exist_ok=True)
    (args.out / "gold").mkdir(parents=True, exist_ok=True)
    texts = sorted((args.dataset / "text").glob("*.txt"))[:args.limit]
    written = quotes = 0
    for path in texts:
        anns = sorted((args.dataset / "attributions").glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        gold = gold_quotes(text, parse_ann(anns[0]))
        (args.out / "articles" / path.name).write_text(text, encoding="utf-8", newline="\n")
        (args.out / "gold" / f"{path.stem}.json").write_text(
            json.dumps({"quotes": gold}, ensure_ascii=False, indent=1), encoding="utf-8")
        written += 1
        quotes += len(gold)
    print(f"{written} articles, {quotes} gold quotes -> {args.out}")


if __name__ == "__main__":
    main()
