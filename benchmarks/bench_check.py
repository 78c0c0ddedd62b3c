"""Time the cross-check, per fixture article and on long concatenated articles.

Run by hand (not part of the tests):

    .venv/bin/python benchmarks/bench_check.py [--repeats N]

For each article it reports the median wall time of
- `check_summary` on the article's hand-written gold summary (all checks, mining included);
- alignment only: an ArticleIndex built and every text field of the summary aligned;
- the peer approach: difflib.SequenceMatcher of each of the same fields against the whole
  article text (get_matching_blocks), as aligners built on difflib do.

The long articles concatenate the five fixtures until they reach ~50, ~100 and ~200 KB; their
summary is the union of the five gold summaries (the same items, found in the first copy).
"""

from __future__ import annotations

import argparse
import difflib
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from summarizer.check import check_summary
from summarizer.schema import ArticleSummary
from summarizer.text.align import ArticleIndex

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
GOLD = ROOT / "fixtures" / "gold"


def text_fields(summary: ArticleSummary) -> list[str]:
    """Every verbatim text field of a summary (what the checks ground)."""
    out: list[str] = []
    if summary.operation:
        op = summary.operation
        out += [op.name or "", *op.locations, op.date_text or "", *op.conducted_by, *op.targeted]
    for actor in summary.actors:
        out += [actor.name, *actor.aliases]
    for claim in summary.casualties:
        out += [claim.group, claim.count_text or "", claim.claimed_by or "", claim.evidence or ""]
    for quote in summary.quotes:
        out += [quote.text, quote.speaker, quote.speaker_role or "", quote.channel or ""]
    return [f for f in out if f]


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def ours_align(text: str, fields: list[str]) -> None:
    index = ArticleIndex(text)
    for needle in fields:
        index.align(needle)


def difflib_align(text: str, fields: list[str]) -> None:
    for needle in fields:
        difflib.SequenceMatcher(None, text, needle, autojunk=False).get_matching_blocks()


def union(summaries: list[ArticleSummary]) -> ArticleSummary:
    return ArticleSummary(
        summary=" ".join(s.summary for s in summaries),
        operation=summaries[0].operation,
        actors=[a for s in summaries for a in s.actors],
        casualties=[c for s in summaries for c in s.casualties],
        quotes=[q for s in summaries for q in s.quotes],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--difflib-max-kb", type=int, default=250,
                        help="skip the difflib column above this article size")
    args = parser.parse_args()

    cases: list[tuple[str, str, ArticleSummary]] = []
    texts, golds = [], []
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = ArticleSummary.model_validate(
            json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8")))
        cases.append((path.stem, text, gold))
        texts.append(text)
        golds.append(gold)
    joined = "\n\n".join(texts)
    combined = union(golds)
    for target_kb in (50, 100, 200):
        copies = max(1, round(target_kb * 1000 / len(joined)))
        cases.append((f"{copies} x fixtures", "\n\n".join([joined] * copies), combined))

    header = (f"{'article':<24}{'chars':>9}{'fields':>8}{'check ms':>11}{'align ms':>11}"
              f"{'difflib ms':>12}")
    print(header)
    print("-" * len(header))
    for name, text, summary in cases:
        fields = text_fields(summary)
        check = median_ms(lambda: check_summary(text, summary), args.repeats)
        align = median_ms(lambda: ours_align(text, fields), args.repeats)
        if len(text) <= args.difflib_max_kb * 1000:
            peer_ms = median_ms(lambda: difflib_align(text, fields), max(3, args.repeats // 7))
            peer = f"{peer_ms:12.1f}"
        else:
            peer = f"{'skipped':>12}"
        print(f"{name:<24}{len(text):>9,}{len(fields):>8}{check:>11.2f}{align:>11.2f}{peer}")


if __name__ == "__main__":
    main()
