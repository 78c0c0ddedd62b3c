"""The extractive backend: the deterministic source miner reads the article, no model involved.

It calls the miner directly (no HTTP, no openai or instructor) and hands its reading on, so
the cross-check that follows reuses it instead of mining the article a second time.
"""

from __future__ import annotations

import time

from summarizer.articles import Article
from summarizer.llm.attempts import Attempt, utc_now
from summarizer.llm.result import Extraction
from summarizer.reading.miner import Mined, mine, summary_of


def read(article: Article) -> tuple[Extraction, Mined]:
    """The miner's summary of `article` as an extraction with one attempt, and what it mined."""
    started_at, t0 = utc_now(), time.perf_counter()
    mined = mine(article.text)
    summary = summary_of(mined)
    attempt = Attempt(number=1, started_at=started_at,
                      duration_s=round(time.perf_counter() - t0, 4))
    return Extraction(summary=summary, error=None, attempts=[attempt]), mined
