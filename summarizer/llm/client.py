"""The one client every model backend shares: openai + instructor over our transports.

Built only when a request is about to be made (openai alone takes about a second to import),
so cached reruns and the extractive backend never pay for it.
"""

from __future__ import annotations

import httpx2
import instructor
import openai

from summarizer.config import Settings
from summarizer.llm.backends import Backend
from summarizer.llm.recording import RecordingTransport
from summarizer.llm.retry import RetryPolicy, RetryTransport
from summarizer.schema import ArticleSummary

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}

# The response model as instructor wants it, prepared once: handed the plain ArticleSummary,
# instructor builds a fresh subclass of it on every request (about a third of a request's CPU
# in a batch); a class that is already its response schema is used as it is. Same name and
# fields, so the schema sent is the same.
RESPONSE_MODEL = instructor.openai_schema(ArticleSummary)


class ModelClient:
    """One openai client, asked through instructor in whichever mode the batch uses now."""

    def __init__(self, client: openai.OpenAI) -> None:
        self.openai = client
        self._by_mode: dict[str, instructor.Instructor] = {}

    def for_mode(self, mode: str) -> instructor.Instructor:
        if mode not in self._by_mode:
            self._by_mode[mode] = instructor.from_openai(self.openai, mode=MODES[mode])
        return self._by_mode[mode]


def build_client(backend: Backend, settings: Settings,
                 retry_policy: RetryPolicy | None = None) -> ModelClient:
    """openai client -> retry layer -> optional recorder -> the backend's transport."""
    if backend.transport is None:
        raise ValueError(f"the {backend.name} backend sends no requests")
    transport: httpx2.BaseTransport = backend.transport()
    if settings.record_dir is not None:
        transport = RecordingTransport(transport, settings.record_dir, backend.name)
    policy = retry_policy or RetryPolicy(max_attempts=settings.max_http_attempts)
    transport = RetryTransport(transport, policy)
    client = openai.OpenAI(
        api_key=backend.api_key, base_url=backend.base_url, max_retries=0,
        timeout=settings.timeout_s, http_client=httpx2.Client(transport=transport),
    )
    return ModelClient(client)
