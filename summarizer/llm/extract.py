"""One extraction: article + prompt -> validated ArticleSummary, with every attempt kept.

instructor re-asks when the output fails validation (bounded by `max_reasks`); the retry
transport below it handles HTTP faults. Whatever happens, the caller gets the attempts with
their usage, and on failure the last invalid output, so a failed run is as traceable as a
good one. A server that refuses the output mode is asked again in the next one (modes.py).
"""

from __future__ import annotations

import logging
from typing import Any

import openai
import pydantic_core
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from summarizer.articles import Article
from summarizer.config import Settings
from summarizer.llm import chunks
from summarizer.llm.attempts import Attempt, attempt_log
from summarizer.llm.backends import Backend
from summarizer.llm.client import RESPONSE_MODEL, ModelClient
from summarizer.llm.modes import ModeChoice, refuses_mode
from summarizer.llm.recording import ARTICLE_HEADER, PROMPT_HEADER
from summarizer.llm.result import Extraction
from summarizer.prompts import Prompt
from summarizer.schema import ArticleSummary, validation_errors


# instructor logs every failed attempt at ERROR level; the attempts are kept in provenance and
# the failure is reported once by the caller, so its log lines would only repeat them.
logging.getLogger("instructor").setLevel(logging.CRITICAL)


def _describe_failure(exc: InstructorRetryException, attempts: list[Attempt]) -> str:
    """What went wrong, for the run: the API error, or every invalid answer's validation errors
    (also written into the attempt that returned it)."""
    cause = exc.__cause__
    if isinstance(cause, openai.APIStatusError):
        return f"{type(cause).__name__} (HTTP {cause.status_code}): {cause.message}"
    if isinstance(cause, openai.APIError):
        return f"{type(cause).__name__}: {cause.message}"
    answered = [a for a in attempts if a.status == 200]
    reasons = []
    for i, failed in enumerate(exc.failed_attempts or []):
        error = failed.exception
        reason = ("; ".join(validation_errors(error)) if isinstance(error, ValidationError)
                  else f"{type(error).__name__}: {error}".splitlines()[0])
        reasons.append(reason)
        if i < len(answered) and answered[i].error is None:
            answered[i].error = f"invalid output: {reason}"
    last = reasons[-1] if reasons else type(exc).__name__
    return f"invalid model output after {exc.n_attempts} attempt(s); the last: {last}"


def _answered(attempts: list[Attempt]) -> list[Attempt]:
    """The attempts the server answered with an output (valid or not)."""
    return [a for a in attempts if a.status == 200 and a.output is not None]


TRUNCATED = ("the answer was cut off at the output token limit (finish_reason 'length'); "
             "raise --max-tokens, or use a model with a longer output")


def _truncated(attempts: list[Attempt]) -> Extraction:
    """An answer cut off by the output token limit. Its complete items are kept when they
    make a valid record (the run is ok, with a warning that the rest is missing); otherwise
    it is reported as truncated. Either way every attempt, its usage and the partial output
    are kept."""
    answered = _answered(attempts)
    outputs = [a.output for a in answered]
    for attempt in attempts:
        if attempt.status == 200 and attempt.error is None:
            attempt.error = "truncated: finish_reason 'length'"
    salvaged = salvage(outputs[-1]) if outputs else None
    if salvaged is not None:
        summary, dropped = salvaged
        return Extraction(summary=summary, error=None, attempts=list(attempts), truncated=True,
                          response_id=answered[-1].response_id, raw_response=answered[-1].body,
                          warnings=["the answer was cut off at the output token limit; "
                                    "the items completed before the cut are kept "
                                    f"({dropped} unfinished dropped), any after it are missing"])
    return Extraction(summary=None, attempts=list(attempts), truncated=True,
                      last_invalid_output=outputs[-1] if outputs else None, error=TRUNCATED)


def salvage(output: str, max_drops: int = 8) -> tuple[ArticleSummary, int] | None:
    """The record made of the complete parts of a JSON answer that stops mid-way, and how many
    unfinished items were dropped to make it valid; None when not even that validates."""
    try:
        data = pydantic_core.from_json(output, allow_partial=True)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    for dropped in range(max_drops + 1):
        try:
            return ArticleSummary.model_validate(data), dropped
        except ValidationError as exc:
            where = exc.errors()[0]["loc"]
            # the item being written when the answer stopped: drop it, keep the ones before
            if len(where) >= 2 and isinstance(data.get(where[0]), list) \
                    and isinstance(where[1], int):
                del data[where[0]][where[1]:]
            elif where and where[0] == "operation":
                data["operation"] = None
            else:
                return None
    return None


def _refusal(exc: Exception) -> str | None:
    """The server's words when `exc` is its refusal of the output mode, else None."""
    error = exc.__cause__ if isinstance(exc, InstructorRetryException) else exc
    if isinstance(error, openai.APIStatusError) and refuses_mode(error.status_code,
                                                                 error.response.content):
        return f"HTTP {error.status_code}: {error.message}"[:300]
    return None


MAX_CHUNKS = 12  # beyond this an article is refused rather than read for an hour


def extract(client: ModelClient, backend: Backend, settings: Settings, prompt: Prompt,
            article: Article, modes: ModeChoice | None = None) -> Extraction:
    """Ask the model for `article`'s summary, in the batch's current output mode (`modes`),
    falling back to the next mode when the server refuses it. An article longer than
    `settings.chunk_chars` is read in overlapping chunks whose records are merged."""
    modes = modes or ModeChoice(backend.mode)
    headers = {ARTICLE_HEADER: article.id, PROMPT_HEADER: f"{prompt.name}@{prompt.version}"}
    text = article.text
    pieces = chunks.split(text, settings.chunk_chars) if settings.chunk_chars else \
        [chunks.Chunk(0, len(text))]
    if len(pieces) > MAX_CHUNKS:
        return Extraction(summary=None, error=(
            f"the article is {len(text):,} characters: {len(pieces)} chunks of at most "
            f"{settings.chunk_chars:,}, more than {MAX_CHUNKS}; raise --chunk-chars for a model "
            "with a longer context, or split the file"))
    done: list[Extraction] = []
    with attempt_log() as attempts:
        for number, piece in enumerate(pieces, 1):
            extraction = _extract_text(client, modes, backend, settings, prompt,
                                       text[piece.start:piece.end], headers, attempts)
            done.append(extraction)
            if extraction.summary is None:
                if len(pieces) > 1:
                    extraction.error = f"chunk {number} of {len(pieces)}: {extraction.error}"
                break
    last = done[-1]
    last.attempts = list(attempts)
    last.warnings = [w for e in done for w in e.warnings]
    if len(pieces) > 1:
        last.chunks = [[p.start, p.end] for p in pieces]
        last.truncated = any(e.truncated for e in done)
        if last.summary is not None:
            last.summary = chunks.merge([e.summary for e in done if e.summary is not None])
            last.raw_response = {"chunks": [e.raw_response for e in done]}
            last.response_id = None
    return last


def _extract_text(client: ModelClient, modes: ModeChoice, backend: Backend, settings: Settings,
                  prompt: Prompt, text: str, headers: dict[str, str],
                  attempts: list[Attempt]) -> Extraction:
    """One request for `text` (an article or a chunk of one), re-asked in the next output
    mode while the server refuses the current one."""
    first = len(attempts)
    warnings: list[str] = []
    mode = modes.mode
    while True:
        result = _ask(client, mode, backend, settings, prompt, text, headers, attempts)
        reason = _refusal(result) if isinstance(result, Exception) else None
        following = modes.after_refusal(mode, reason) if reason else None
        if following is None:
            break
        warnings.append(f"the server refused the {mode} output mode ({reason}); "
                        f"asking with {following} instead")
        mode = following
    extraction = _extraction(result, attempts[first:])
    extraction.mode, extraction.mode_fallbacks = mode, list(modes.fallbacks)
    extraction.warnings = warnings + extraction.warnings
    return extraction


def _ask(client: ModelClient, mode: str, backend: Backend, settings: Settings, prompt: Prompt,
         text: str, headers: dict[str, str], attempts: list[Attempt]
         ) -> tuple[ArticleSummary, Any] | Exception:
    try:
        return client.for_mode(mode).chat.completions.create_with_completion(
            model=backend.model,
            messages=prompt.messages(text),
            response_model=RESPONSE_MODEL,
            max_retries=settings.max_reasks,
            extra_headers=headers,
            **_sent_params(settings),
        )
    except (IncompleteOutputException, InstructorRetryException, openai.OpenAIError) as exc:
        return exc


def _sent_params(settings: Settings) -> dict[str, Any]:
    """The generation parameters as the openai client takes them: the repeat penalty is not
    an OpenAI parameter, so it travels in the body's extra fields (llama.cpp's name)."""
    params = settings.request_params()
    penalty = params.pop("repeat_penalty")
    if penalty is not None:
        params["extra_body"] = {"repeat_penalty": penalty}
    return params


def _extraction(result: tuple[ArticleSummary, Any] | Exception,
                attempts: list[Attempt]) -> Extraction:
    """The Extraction of the last answer (or error), with every attempt kept."""
    if isinstance(result, IncompleteOutputException):
        return _truncated(attempts)
    if isinstance(result, InstructorRetryException):
        if isinstance(result.__cause__, IncompleteOutputException) or any(
                isinstance(f.exception, IncompleteOutputException)
                for f in result.failed_attempts or []):
            return _truncated(attempts)
        error = _describe_failure(result, attempts)
        invalid = _answered(attempts)
        return Extraction(summary=None, error=error, attempts=list(attempts),
                          last_invalid_output=invalid[-1].output if invalid else None)
    if isinstance(result, Exception):
        return Extraction(summary=None, error=f"{type(result).__name__}: {result}",
                          attempts=list(attempts))
    summary, completion = result
    return Extraction(summary=summary, error=None, attempts=list(attempts),
                      response_id=completion.id, raw_response=completion.model_dump(mode="json"))
