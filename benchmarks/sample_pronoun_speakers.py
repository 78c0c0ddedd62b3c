"""Draw random he/she quotes from a scored run, with their context, for judging by hand.

    python benchmarks/sample_pronoun_speakers.py /tmp/polnear/gold /tmp/polnear/runs.sqlite \
        --seed 31337 --count 40

PolNeAR links no pronoun to a name, so `summarizer eval` scores pronoun speakers against a
stand-in (the nearest earlier annotated source that agrees), which is itself often wrong. A
person reading the article decides who "he" or "she" is; this prints, for each drawn quote, the
text before it with the quote in [[double brackets]], the speaker the backend gave, and
whether the stand-in agrees, so the judgement can be made and counted. The same seed draws
the same quotes.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer import evaluation as ev  # noqa: E402
from summarizer.text.align import ArticleIndex  # noqa: E402
from summarizer.schema import ArticleSummary  # noqa: E402


def pronoun_quotes(gold_dir: Path, db: Path) -> list[tuple[str, str, str, bool, str]]:
    """(article, pronoun, predicted speaker, stand-in agrees, context) for every gold he/she
    quote the run found."""
    golds = ev.load_gold_dir(gold_dir)
    con = sqlite3.connect(db)
    out = []
    rows = con.execute("SELECT r.summary, a.path, a.text FROM runs r JOIN articles a "
                       "ON a.id = r.article_id WHERE r.status = 'ok' ORDER BY a.path")
    for summary_json, path, text in rows:
        gold = golds.get(Path(path).stem)
        if gold is None or gold.quotes is None:
            continue
        summary = ArticleSummary.model_validate_json(summary_json)
        for g, p, (start, end) in ev.pair_quotes(gold, ArticleIndex(text), summary):
            quote = gold.quotes[g]
            if quote.speaker_as_written.lower() not in ("he", "she"):
                continue
            speaker = summary.quotes[p].speaker
            out.append((Path(path).stem, quote.speaker_as_written, speaker,
                        ev.same_speaker(speaker, quote),
                        (text[max(0, start - 700):start] + "[[" + text[start:end] + "]]"
                         + text[end:end + 60]).replace("\n", " | ")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="gold directory from polnear_gold.py")
    parser.add_argument("db", type=Path, help="the run database `summarizer eval --db` wrote")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=40)
    args = parser.parse_args()
    quotes = pronoun_quotes(args.gold, args.db)
    print(f"{len(quotes)} he/she quotes found; "
          f"{sum(q[3] for q in quotes)} agree with the stand-in gold")
    for i, (article, pronoun, speaker, agrees, context) in enumerate(
            random.Random(args.seed).sample(quotes, min(args.count, len(quotes)))):
        print(f"\n#{i} {article} | {pronoun} -> {speaker} (stand-in agrees: {agrees})")
        print(context)


if __name__ == "__main__":
    main()
