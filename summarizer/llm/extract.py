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
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from summarizer.articles import Article
from summarizer.config import Settings
from summarizer.llm.attempts import Attempt, attempt_log
from summarizer.llm.backends import Backend
from summarizer.llm.client import ModelClient
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


def _truncated(attempts: list[Attempt]) -> Extraction:
    """An answer cut off by the output token limit: reported as such, with every attempt,
    its usage and the partial output kept."""
    outputs = [a.output for a in attempts if a.status == 200 and a.output is not None]
    for attempt in attempts:
        if attempt.status == 200 and attempt.error is None:
            attempt.error = "truncated: finish_reason 'length'"
    return Extraction(summary=None, attempts=list(attempts),
                      last_invalid_output=outputs[-1] if outputs else None,
                      error="the answer was cut off at the output token limit (finish_reason "
                            "'length'); raise --max-tokens, or use a model with a longer output")


def _refusal(exc: Exception) -> str | None:
    """The server's words when `exc` is its refusal of the output mode, else None."""
    error = exc.__cause__ if isinstance(exc, InstructorRetryException) else exc
    if isinstance(error, openai.APIStatusError) and refuses_mode(error.status_code,
                                                                 error.response.content):
        return f"HTTP {error.status_code}: {error.message}"[:300]
    return None


def extract(client: ModelClient, backend: Backend, settings: Settings, prompt: Prompt,
            article: Article, modes: ModeChoice | None = None) -> Extraction:
    """Ask the model for `article`'s summary, in the batch's current output mode (`modes`),
    falling back to the next mode when the server refuses it."""
    modes = modes or ModeChoice(backend.mode)
    headers = {ARTICLE_HEADER: article.id, PROMPT_HEADER: f"{prompt.name}@{prompt.version}"}
    warnings: list[str] = []
    with attempt_log() as attempts:
        mode = modes.mode
        while True:
            result = _ask(client, mode, backend, settings, prompt, article, headers, attempts)
            reason = _refusal(result) if isinstance(result, Exception) else None
            following = modes.after_refusal(mode, reason) if reason else None
            if following is None:
                break
            warnings.append(f"the server refused the {mode} output mode ({reason}); "
                            f"asking with {following} instead")
            mode = following
    extraction = _extraction(result, attempts)
    extraction.mode, extraction.mode_fallbacks = mode, list(modes.fallbacks)
    extraction.warnings = warnings
    return extraction


def _ask(client: ModelClient, mode: str, backend: Backend, settings: Settings, prompt: Prompt,
         article: Article, headers: dict[str, str], attempts: list[Attempt]
         ) -> tuple[ArticleSummary, Any] | Exception:
    try:
        return client.for_mode(mode).chat.completions.create_with_completion(
            model=backend.model,
            messages=prompt.messages(article.text),
            response_model=ArticleSummary,
            max_retries=settings.max_reasks,
            extra_headers=headers,
            **settings.request_params(),
        )
    except (IncompleteOutputException, InstructorRetryException, openai.OpenAIError) as exc:
        return exc


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
        invalid = [a.output for a in attempts if a.status == 200 and a.output is not None]
        return Extraction(summary=None, error=error, attempts=list(attempts),
                          last_invalid_output=invalid[-1] if invalid else None)
    if isinstance(result, Exception):
        return Extraction(summary=None, error=f"{type(result).__name__}: {result}",
                          attempts=list(attempts))
    summary, completion = result
    return Extraction(summary=summary, error=None, attempts=list(attempts),
                      response_id=completion.id, raw_response=completion.model_dump(mode="json"))
