"""Findings for text in the article that addresses a model (see `instructions`).

The passage itself is reported once (PROMPT_INJECTION, a warning: the article is what it is,
and a summary that ignores it is right). Every extracted item grounded inside such a passage
is an error (GROUNDED_IN_INSTRUCTIONS), so a claim planted for the model can never pass as
clean: a person must look at it in review.
"""

from __future__ import annotations

from summarizer.check.context import CheckContext


def _item(path: str) -> str:
    """The item a grounded field belongs to: "/casualties/2/count_text" -> "/casualties/2"."""
    parts = path.split("/")
    return "/".join(parts[:3]) if len(parts) > 2 and parts[2].isdigit() else path


def check_instructions(ctx: CheckContext) -> None:
    for instruction in ctx.mined.instructions:
        span = instruction.span
        ctx.add("PROMPT_INJECTION", "warning", "",
                "This passage addresses a language model rather than readers "
                f"({ctx.text[instruction.cue.start:instruction.cue.end]!r}); nothing in it "
                "is evidence.", span.start, span.end)
    if not ctx.mined.instructions:
        return
    flagged: set[str] = set()
    for grounding in ctx.report.grounding:
        item = _item(grounding.path)
        if item in flagged:
            continue
        hit = next((i for i in ctx.mined.instructions
                    if i.covers(grounding.start, grounding.end)), None)
        if hit is None:
            continue
        flagged.add(item)
        ctx.add("GROUNDED_IN_INSTRUCTIONS", "error", item,
                "This item is taken from a passage that addresses a language model, not from "
                "the article's reporting.", hit.span.start, hit.span.end,
                field=grounding.path)
