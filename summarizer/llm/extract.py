"""One extraction: article + prompt -> validated ArticleSummary, with every attempt kept.

instructor re-asks when the output fails validation (bounded by `max_reasks`); the retry
transport below it handles HTTP faults. Whatever happens, the caller gets the attempts with
their usage, and on failure the last invalid output, so a failed run is as traceable as a
good one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError

from summarizer.articles import Article
from summarizer.config import Settings
from summarizer.llm.attempts import Attempt, attempt_log
from summarizer.llm.backends import Backend
from summarizer.llm.recording import ARTICLE_HEADER, PROMPT_HEADER
from summarizer.prompts import Prompt
from summarizer.schema import ArticleSummary, validation_errors


# instructor logs every failed attempt at ERROR level; the attempts are kept in provenance and
# the failure is reported once by the caller, so its log lines would only repeat them.
logging.getLogger("instructor").setLevel(logging.CRITICAL)


@dataclass
class Extraction:
    summary: ArticleSummary | None
    error: str | None
    attempts: list[Attempt] = field(default_factory=list)
    response_id: str | None = None
    raw_response: dict[str, Any] | None = None
    last_invalid_output: str | None = None

    @property
    def usage(self) -> dict[str, int]:
        """Token usage summed over every attempt, failed ones and re-asks included."""
        total: dict[str, int] = {}
        for attempt in self.attempts:
            for key, value in (attempt.usage or {}).items():
                total[key] = total.get(key, 0) + value
        return total


def request_params(settings: Settings) -> dict[str, Any]:
    """Generation parameters sent with every request (and stored in provenance)."""
    return {"temperature": settings.temperature, "seed": settings.seed,
            "max_tokens": settings.max_tokens}


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


def extract(client: instructor.Instructor, backend: Backend, settings: Settings, prompt: Prompt,
            article: Article) -> Extraction:
    headers = {ARTICLE_HEADER: article.id, PROMPT_HEADER: f"{prompt.name}@{prompt.version}"}
    with attempt_log() as attempts:
        try:
            summary, completion = client.chat.completions.create_with_completion(
                model=backend.model,
                messages=prompt.messages(article.text),
                response_model=ArticleSummary,
                max_retries=settings.max_reasks,
                extra_headers=headers,
                **request_params(settings),
            )
        except IncompleteOutputException:
            return _truncated(attempts)
        except InstructorRetryException as exc:
            if isinstance(exc.__cause__, IncompleteOutputException) or any(
                    isinstance(f.exception, IncompleteOutputException)
                    for f in exc.failed_attempts or []):
                return _truncated(attempts)
            error = _describe_failure(exc, attempts)
            invalid = [a.output for a in attempts if a.status == 200 and a.output is not None]
            return Extraction(summary=None, error=error, attempts=list(attempts),
                              last_invalid_output=invalid[-1] if invalid else None)
        except openai.OpenAIError as exc:
            return Extraction(summary=None, error=f"{type(exc).__name__}: {exc}",
                              attempts=list(attempts))
    return Extraction(summary=summary, error=None, attempts=list(attempts),
                      response_id=completion.id, raw_response=completion.model_dump(mode="json"))
