"""Actor, operation and summary checks: names, places and dates are the article's own, and the
free-text summary names nobody and counts nothing the article does not.

The summary and the operation description are paraphrase, so they are not aligned as a whole;
instead each number in them must be a number the article gives (an error otherwise) and each
capitalised name must be a word of the article (a warning otherwise).
"""

from __future__ import annotations

import re

from summarizer.check.context import CheckContext
from summarizer.schema import Actor, Operation
from summarizer.text import patterns
from summarizer.text.align import spells_a_word, tokenize
from summarizer.text.counts import find_counts
from summarizer.text.normalize import fold

_SENTENCE_STARTERS = frozenset(
    """the a an in on at after before during it its this that these those he she they we
    his her their according while when meanwhile however but and also some many most several
    there as since until despite although following""".split()
)
_NAME_WORD = patterns.compile(r"[^\W\d_][\w'\u2019-]*")
_DIGITS = patterns.compile(r"\d[\d,]*(?:\.\d+)?")


def check_actors(ctx: CheckContext, actors: list[Actor]) -> None:
    for i, actor in enumerate(actors):
        path = f"/actors/{i}"
        name = ctx.align(f"{path}/name", actor.name)
        aliases = [ctx.align(f"{path}/aliases/{j}", alias) for j, alias in enumerate(actor.aliases)]
        for j, alias in enumerate(aliases):
            if alias.status not in ("exact", "normalized"):
                ctx.add("ACTOR_NOT_FOUND", "warning", f"{path}/aliases/{j}",
                        f"The alias {actor.aliases[j]!r} is not written in the article.",
                        alias.start, alias.end, diff=alias.diff, score=alias.score)
        if name.status in ("exact", "normalized"):
            continue
        alias_found = any(a.status in ("exact", "normalized") for a in aliases)
        if ctx.index.upper_case and spells_a_word(actor.name):
            ctx.add("ACTOR_NOT_FOUND", "warning", f"{path}/name",
                    f"{actor.name!r} cannot be told apart from the word "
                    f"{actor.name.lower()!r} in an article set in capitals; check it by hand.")
            continue
        severity = "warning" if alias_found or name.status == "fuzzy" else "error"
        ctx.add("ACTOR_NOT_FOUND", severity, f"{path}/name",
                f"The actor {actor.name!r} is not named like this in the article.",
                name.start, name.end, diff=name.diff, score=name.score)


def _names_of(actors: list[Actor]) -> set[str]:
    return {fold(n) for a in actors for n in (a.name, *a.aliases)}


def check_operation(ctx: CheckContext, operation: Operation | None, actors: list[Actor]) -> None:
    if operation is None:
        return
    path = "/operation"
    if ctx.mined.operation_kind is None:
        ctx.add("OPERATION_UNSUPPORTED", "warning", path,
                "The article does not report armed violence, so it may describe no operation "
                "at all; an article about none should have operation null.")
    if operation.name:
        ctx.expect_verbatim(f"{path}/name", operation.name, "OPERATION_NAME_NOT_FOUND",
                            "operation name")
    for j, place in enumerate(operation.locations):
        found = ctx.align(f"{path}/locations/{j}", place)
        if found.status in ("exact", "normalized"):
            continue
        parts = [p.strip() for p in place.split(",") if p.strip()]
        parts_found = len(parts) > 1 and all(ctx.index.align(p, fuzzy=False).found for p in parts)
        severity = "warning" if found.status == "fuzzy" or parts_found else "error"
        ctx.add("LOCATION_NOT_FOUND", severity, f"{path}/locations/{j}",
                f"The place {place!r} is not written like this in the article.",
                found.start, found.end, diff=found.diff, score=found.score)
    if operation.date_text:
        ctx.expect_verbatim(f"{path}/date_text", operation.date_text, "DATE_NOT_FOUND", "date")
    listed = _names_of(actors)
    for field_name in ("conducted_by", "targeted"):
        for j, name in enumerate(getattr(operation, field_name)):
            item = f"{path}/{field_name}/{j}"
            found = ctx.align(item, name)
            if fold(name) in listed or found.status in ("exact", "normalized"):
                continue
            ctx.add("ACTOR_NOT_FOUND", "warning", item,
                    f"{name!r} is neither a listed actor nor named in the article.",
                    found.start, found.end, score=found.score)
    check_free_text(ctx, f"{path}/description", operation.description)


def _article_numbers(ctx: CheckContext) -> set[int]:
    """Numbers the article gives, outside passages that address a model."""
    planted = ctx.mined.instructions
    numbers = {v for f in ctx.mined.figures for v in (f.count.low, f.count.high) if v is not None
               and not any(i.covers(f.count.start, f.count.end) for i in planted)}
    for match in _DIGITS.finditer(ctx.text):
        if any(i.covers(match.start(), match.end()) for i in planted):
            continue
        try:
            numbers.add(int(float(match.group().replace(",", ""))))
        except ValueError:
            continue
    return numbers


def check_free_text(ctx: CheckContext, path: str, text: str) -> None:
    """Numbers (two or more) and capitalised names in paraphrase must come from the article."""
    known_numbers: set[int] | None = None
    for count in find_counts(text):
        value = count.low if count.low is not None else count.high
        if value is None or value < 2:
            continue
        if known_numbers is None:
            known_numbers = _article_numbers(ctx)
        if value not in known_numbers:
            ctx.add("SUMMARY_UNSUPPORTED", "error", path,
                    f"The number {count.text!r} is not given in the article.",
                    found=count.text)
    for match in _NAME_WORD.finditer(text):
        word = match.group()
        if not word[0].isupper() or word.lower() in _SENTENCE_STARTERS:
            continue
        # only the capitalised parts of a compound are names: "Kurdish" in "Kurdish-led"
        parts = [w for part in re.split(r"[-'\u2019]", word) if part[:1].isupper()
                 for w, _, _ in tokenize(fold(part)) if len(w) > 1]
        missing = [p for p in parts if not ctx.index.has_word(p)]
        if missing:
            ctx.add("SUMMARY_UNSUPPORTED", "warning", path,
                    f"The name {word!r} does not occur in the article.", found=word)
