"""Casualty checks: the count is the article's, near the claim, read with the right certainty,
for the right outcome, by the named claimant, and really a casualty figure.

"Near the claim" means inside the sentences of the claim's evidence (or, failing that, its
paragraph). Without usable evidence the claim is placed at the occurrence of its count phrase
whose sentence also names the group. The article's wording is read with the same count parser
the miner uses, including words around the extracted count text: a claim of exactly 5 whose
article wording is "at least five" is a qualifier mismatch even if count_text says "five".
"""

from __future__ import annotations

import re

from summarizer.check.context import CheckContext, ClaimSpan
from summarizer.schema import CasualtyClaim
from summarizer.text.align import Alignment
from summarizer.text.counts import Count, parse_count
from summarizer.text.names import names_match
from summarizer.text.normalize import fold
from summarizer.text.people import strip_possessives

_EVIDENCE_MIN_SCORE = 0.6
_GENERIC_GROUPS = frozenset(
    "people persons individuals victims others casualties civilians fighters".split()
)


def _group_sentences(ctx: CheckContext, group: str, spans: list[tuple[int, int]]
                     ) -> list[tuple[int, int]]:
    """Sentences around `spans` that also name the group (by its last word)."""
    head = re.findall(r"\w+", fold(group))
    out = []
    for a, b in spans:
        s, e = ctx.sentence_span(a, b)
        if head and re.search(rf"\b{re.escape(head[-1])}", fold(ctx.text[s:e])):
            out.append((s, e))
    return out


def _window(ctx: CheckContext, claim: CasualtyClaim, evidence: Alignment | None
            ) -> tuple[int, int] | None:
    """Where the claim sits: its evidence's sentences, else the sentence where its count
    phrase and its group occur together, else the first sentence with its count phrase."""
    if evidence is not None and evidence.found:
        return ctx.sentence_span(evidence.start, evidence.end)
    if not claim.count_text:
        return None
    spans = ctx.index.find_all(claim.count_text)
    together = _group_sentences(ctx, claim.group, spans)
    if together:
        return together[0]
    return ctx.sentence_span(*spans[0]) if spans else None


def _mention_at(ctx: CheckContext, span: tuple[int, int]) -> Count | None:
    """The article's count phrase overlapping `span` (it may carry a qualifier the extracted
    count text left out)."""
    s, e = ctx.sentence_span(*span)
    for count in ctx.mined.counts_between(s, e):
        if count.start < span[1] and span[0] < count.end:
            return count
    return None


def check_casualties(ctx: CheckContext, claims: list[CasualtyClaim]) -> None:
    for i, claim in enumerate(claims):
        path = f"/casualties/{i}"
        evidence = _check_evidence(ctx, path, claim)
        window = _window(ctx, claim, evidence)
        _check_group(ctx, path, claim)
        _check_claimant(ctx, path, claim)
        count_span, mention = _check_count_text(ctx, path, claim, window)
        if claim.count_text is None and (claim.count_min is not None
                                         or claim.count_max is not None):
            mention = _count_without_text(ctx, path, claim, window)
            count_span = (mention.start, mention.end) if mention is not None else None
        if mention is not None:
            _check_numbers(ctx, path, claim, mention)
        ctx.claim_spans.append(ClaimSpan(
            claim.outcome, claim.count_min, count_span,
            (evidence.start, evidence.end) if evidence is not None and evidence.found else None,
        ))


def _count_without_text(ctx: CheckContext, path: str, claim: CasualtyClaim,
                        window: tuple[int, int] | None) -> Count | None:
    """With counts but no count text, find a count phrase giving them near the claim (in the
    evidence, else in a sentence naming the group)."""
    if window is not None:
        regions = [window]
    else:
        regions = _group_sentences(ctx, claim.group, [(m.start, m.end) for m in
                                                      (f.count for f in ctx.mined.figures)])
    for region in regions:
        for count in ctx.mined.counts_between(*region):
            if count.has_number and count.accepts(claim.count_min, claim.count_max):
                return count
    bad = "count_min" if claim.count_min is not None else "count_max"
    value = getattr(claim, bad)
    ctx.add("NUMBER_NOT_FOUND", "error", f"{path}/{bad}",
            f"The article gives no count of {value} near this claim.",
            *(window or (None, None)), found=value)
    return None


def _check_evidence(ctx: CheckContext, path: str, claim: CasualtyClaim) -> Alignment | None:
    if not claim.evidence:
        return None
    found = ctx.align(f"{path}/evidence", claim.evidence, min_score=_EVIDENCE_MIN_SCORE)
    if not found.found:
        ctx.add("EVIDENCE_NOT_FOUND", "error", f"{path}/evidence",
                "The evidence does not occur in the article.", found=claim.evidence,
                score=found.score)
    elif found.status == "fuzzy":
        ctx.add("EVIDENCE_NOT_FOUND", "warning", f"{path}/evidence",
                f"The evidence is not verbatim (similarity {found.score:.2f}).",
                found.start, found.end, diff=found.diff, score=found.score,
                expected=ctx.passage(found))
    return found


def _check_group(ctx: CheckContext, path: str, claim: CasualtyClaim) -> None:
    found = ctx.align(f"{path}/group", claim.group)
    if found.status in ("exact", "normalized"):
        return
    generic = fold(claim.group) in _GENERIC_GROUPS
    ctx.add("GROUP_NOT_FOUND", "info" if generic else "warning", f"{path}/group",
            f"The group {claim.group!r} is not written like this in the article.",
            found.start, found.end, diff=found.diff, score=found.score)


def _check_claimant(ctx: CheckContext, path: str, claim: CasualtyClaim) -> None:
    if not claim.claimed_by:
        return
    found = ctx.align(f"{path}/claimed_by", claim.claimed_by)
    if not found.found:
        ctx.add("CLAIMANT_NOT_FOUND", "error", f"{path}/claimed_by",
                f"The claimant {claim.claimed_by!r} does not occur in the article.",
                found=claim.claimed_by)
    elif found.status == "fuzzy" and not _same_but_possessive(
            ctx.text[found.start:found.end], claim.claimed_by):
        ctx.add("CLAIMANT_NOT_FOUND", "warning", f"{path}/claimed_by",
                f"The claimant {claim.claimed_by!r} is not written like this in the article.",
                found.start, found.end, diff=found.diff, score=found.score)


_NOT_A_NAME_WORD = frozenset("the a an of its his her their 's".split())


def _same_claimant(extracted: str, read: str) -> bool:
    """Whether a summary's claimant and the one the article gives for the same count may be
    the same: one's words hold the other's ("the civil defence agency" and "the Hamas-run
    territory's civil defence agency", "Mahmud Bassal" and "Civil defence spokesman Mahmud
    Bassal"), or the names match. A spokesman named for a body the summary names, or the
    reverse, is still told apart: a person should look."""
    if names_match(extracted, read):
        return True
    words = [{w for w in re.findall(r"[^\W\d_]+", fold(strip_possessives(x)).lower())
              if w not in _NOT_A_NAME_WORD} for x in (extracted, read)]
    return bool(words[0] and words[1]) and (words[0] <= words[1] or words[1] <= words[0])


def _same_but_possessive(written: str, claimant: str) -> bool:
    """A body named with or without its owner's possessive: "Gaza's Health Ministry" is
    the "Gaza Health Ministry" a summary names."""
    return fold(strip_possessives(written)) == fold(strip_possessives(claimant))


def _check_count_text(
    ctx: CheckContext, path: str, claim: CasualtyClaim, window: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, Count | None]:
    """Ground the count text near the claim; return its span and the article's phrase there."""
    if not claim.count_text:
        return None, None
    if window is None:
        near = ctx.occurrences(claim.count_text)
    else:  # searched near the claim only: a count word occurs all over a long article
        near = (ctx.index.find_all(claim.count_text, region=window)
                or ctx.index.find_all(claim.count_text, region=ctx.paragraph_span(*window)))
    if not near:
        ctx.ground(f"{path}/count_text", claim.count_text, Alignment("not_found"))
        everywhere = ctx.occurrences(claim.count_text)
        if everywhere:
            ctx.add("NUMBER_NOT_FOUND", "error", f"{path}/count_text",
                    f"The count {claim.count_text!r} occurs in the article, but not near this "
                    "claim.", *window, found=claim.count_text, elsewhere=list(everywhere[0]))
        else:
            ctx.add("NUMBER_NOT_FOUND", "error", f"{path}/count_text",
                    f"The count {claim.count_text!r} does not occur in the article.",
                    found=claim.count_text)
        return None, None
    # "thousands" must be read where it means thousands, not inside "tens of thousands", and
    # where the article says what the claim says when it is written there more than once
    wanted = parse_count(claim.count_text)
    found = [(span, _mention_at(ctx, span)) for span in near]
    readable = [(span, mention) for span, mention in found if _reads_as(mention, wanted)] or found
    chosen, mention = next(((span, mention) for span, mention in readable
                            if _says(ctx, mention, claim)), readable[0])
    status = "exact" if ctx.text[chosen[0]:chosen[1]] == claim.count_text.strip() else "normalized"
    ctx.ground(f"{path}/count_text", claim.count_text,
               Alignment(status, chosen[0], chosen[1], 1.0))
    return chosen, mention or _standalone(claim.count_text, chosen)


def _says(ctx: CheckContext, mention: Count | None, claim: CasualtyClaim) -> bool:
    """Whether the article's reading of the count phrase `mention` gives the claim's outcome."""
    figure = ctx.mined.figure_at(mention) if mention is not None else None
    return figure is not None and figure.outcome == claim.outcome


def _reads_as(mention: Count | None, wanted: Count | None) -> bool:
    return mention is None or wanted is None or mention.low == wanted.low


def _standalone(count_text: str, span: tuple[int, int]) -> Count | None:
    parsed = parse_count(count_text)
    if parsed is None:
        return None
    return Count(parsed.text, span[0], span[1], parsed.kind, parsed.low, parsed.high,
                 parsed.wording)


def _check_numbers(ctx: CheckContext, path: str, claim: CasualtyClaim, mention: Count) -> None:
    words = mention.text
    if not mention.accepts(claim.count_min, claim.count_max):
        if not mention.has_number:
            message = f"{words!r} gives no number, so the counts should be null."
            bad = "count_min" if claim.count_min is not None else "count_max"
        else:
            bad = ("count_min" if claim.count_min is not None
                   and not mention.accepts(claim.count_min, None) else "count_max")
            message = f"The article's {words!r} does not give {getattr(claim, bad)}."
        ctx.add("NUMBER_NOT_FOUND", "error", f"{path}/{bad}", message, mention.start,
                mention.end, expected={"count_min": mention.low, "count_max": mention.high},
                found=getattr(claim, bad), passage=words)
    elif mention.has_number and claim.count_min is None and claim.count_max is None:
        ctx.add("NUMBER_MISSING", "warning", f"{path}/count_min",
                f"The article's {words!r} gives a number, but the counts are null.",
                mention.start, mention.end,
                expected={"count_min": mention.low, "count_max": mention.high})
    accepted = mention.accepted_qualifiers()
    if claim.qualifier not in accepted:
        ctx.add("QUALIFIER_MISMATCH", "error", f"{path}/qualifier",
                f"The wording {words!r} is {' or '.join(sorted(accepted))}, not "
                f"{claim.qualifier}.", mention.start, mention.end,
                expected=sorted(accepted), found=claim.qualifier, passage=words)
    figure = ctx.mined.figure_at(mention)
    if figure is None:
        return
    if figure.kind == "force_size":
        ctx.add("CASUALTY_IS_FORCE_SIZE", "error", path,
                f"{words!r} counts {figure.group or 'people'} present, not casualties.",
                mention.start, mention.end, passage=ctx.text[figure.sentence.start:
                                                             figure.sentence.end])
    elif (figure.kind == "casualty" and figure.outcome_adjacent
          and figure.outcome != claim.outcome):
        ctx.add("OUTCOME_MISMATCH", "error", f"{path}/outcome",
                f"The article gives {words!r} as {figure.outcome}, not {claim.outcome}.",
                mention.start, mention.end, expected=figure.outcome, found=claim.outcome)
    if (figure.kind == "casualty" and figure.claimed_by and claim.claimed_by
            and not _same_claimant(claim.claimed_by, figure.claimed_by)):
        ctx.add("CLAIMANT_MISMATCH", "warning", f"{path}/claimed_by",
                f"The article gives {words!r} as {figure.claimed_by}'s figure, not "
                f"{claim.claimed_by}'s.", mention.start, mention.end,
                expected=figure.claimed_by, found=claim.claimed_by)
    if (figure.kind == "casualty" and figure.scope == "cumulative"
            and claim.scope == "this_operation"):
        ctx.add("SCOPE_MISMATCH", "warning", f"{path}/scope",
                "This figure is a total or statistic over a period, not the operation's own "
                "casualties.", figure.sentence.start, figure.sentence.end,
                expected="cumulative", found=claim.scope)
