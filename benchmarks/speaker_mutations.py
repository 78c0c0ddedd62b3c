"""How often the cross-check catches a deliberately wrong speaker, on gold quotes.

    python benchmarks/speaker_mutations.py /tmp/polnear/gold /tmp/polnear/articles

For every gold quote whose speaker is named (`benchmarks/polnear_gold.py` writes them), two
one-quote summaries are checked against the article: one with the gold speaker and one with
another speaker the same article quotes (the nearest other named speaker, so the wrong name
is plausible and written in the article). It prints, for the wrong speaker, how often the
check says nothing at the speaker, warns, or errs; and for the right speaker, how often it
errs (a false alarm). Development data stays outside the project: pass its path.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer.check import check_summary  # noqa: E402
from summarizer.evaluation import head_name, speaker_kind  # noqa: E402
from summarizer.schema import ArticleSummary, Quote  # noqa: E402
from summarizer.text.names import names_match  # noqa: E402


def _verdict(text: str, quote: str, speaker: str) -> str:
    summary = ArticleSummary(summary="-", quotes=[Quote(text=quote, speaker=speaker,
                                                        kind="direct")])
    severities = {f.severity for f in check_summary(text, summary).findings
                  if f.path == "/quotes/0/speaker"}
    return "error" if "error" in severities else "warning" if "warning" in severities else "silent"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    wrong: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for path in sorted(args.gold.glob("*.json"))[:args.limit]:
        text = (args.articles / f"{path.stem}.txt").read_text(encoding="utf-8")
        quotes = [q for q in json.loads(path.read_text(encoding="utf-8")).get("quotes", [])
                  if speaker_kind(q.get("speaker_as_written", q["speaker"])) == "named"]
        for i, quote in enumerate(quotes):
            name = head_name(quote["speaker"]) or quote["speaker"]
            others = [head_name(q["speaker"]) for q in quotes[:i][::-1] + quotes[i + 1:]]
            other = next((o for o in others if o and not names_match(o, name)), None)
            if other is None:
                continue
            right[_verdict(text, quote["text"], name)] += 1
            wrong[_verdict(text, quote["text"], other)] += 1
    total = sum(wrong.values())
    print(f"{total} quotes with a named speaker and another named speaker in the article")
    for label, counts in (("wrong speaker", wrong), ("right speaker", right)):
        shares = ", ".join(f"{k} {counts[k] / total:.3f}" for k in ("silent", "warning", "error"))
        print(f"  {label}: {shares}")


if __name__ == "__main__":
    main()
