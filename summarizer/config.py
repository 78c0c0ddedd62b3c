"""Settings from the command line, the environment and an optional `.env` file.

Precedence: command-line option, then environment variable, then `.env` in the working
directory, then the default here. Keys are read here and handed to the client; they are never
stored, printed or recorded.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "summarizer.sqlite"
DEFAULT_RECORDINGS = PROJECT_ROOT / "fixtures" / "recordings"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
BACKENDS = ("auto", "openai", "local", "replay", "extractive")
MODES = ("auto", "tools", "json_schema", "json", "md_json")


# A hung request must not cost minutes times attempts: a remote server answers an extraction
# in well under two minutes or not at all; an in-process or local model on a CPU may need
# many minutes for one article, and retrying a local model's fault rarely helps.
BACKEND_DEFAULTS = {  # backend -> (timeout in seconds, attempts per request)
    "openai": (120.0, 4),
    "local": (900.0, 2),
    "replay": (120.0, 5),
    "extractive": (120.0, 1),
}


# llama.cpp's own default: enough to stop a small model at temperature 0 repeating one item
LOCAL_REPEAT_PENALTY = 1.1
# What fits the embedded model's 8,192-token context beside the prompt (~1,900 tokens with
# its field guide) and the answer (2,048), at a cautious 2.5 characters per token
LOCAL_CHUNK_CHARS = 10_000


def _number(value: str | None, kind: type, name: str) -> float | int | None:
    if value is None:
        return None
    try:
        number = kind(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r} is not a number") from None
    if number <= 0:
        raise ConfigError(f"{name} must be above 0, not {value}")
    return number


class ConfigError(ValueError):
    """A setting that cannot work; the message says which and why."""


def load_env_file() -> None:
    """Read `.env` from the working directory without overriding the real environment. The
    parser is loaded only when there is a file to read: most commands run without one."""
    path = Path.cwd() / ".env"
    if path.is_file():
        from dotenv import load_dotenv

        load_dotenv(path, override=False)


def env(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value else None


@dataclass
class Settings:
    backend: str = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    mode: str = "auto"
    model_path: Path | None = None
    recordings: Path = DEFAULT_RECORDINGS
    record_dir: Path | None = None
    db_path: Path = Path(DEFAULT_DB)
    temperature: float = 0.0
    seed: int = 0
    max_tokens: int = 2048
    timeout_s: float | None = None  # None: the backend's default (see with_backend_defaults)
    max_http_attempts: int | None = None
    max_reasks: int = 2
    repeat_penalty: float | None = None  # None: the backend's default (1.1 local, else unsent)
    chat_format: str | None = None  # llama.cpp chat format for a GGUF without a template
    threads: int | None = None  # local model threads; None: the physical cores available
    chunk_chars: int | None = None  # read longer articles in chunks; None: backend default

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings with environment values filled in; `None` overrides are ignored."""
        load_env_file()
        settings = cls(
            backend=env("SUMMARIZER_BACKEND") or "auto",
            model=env("SUMMARIZER_MODEL"),
            base_url=env("OPENAI_BASE_URL"),
            api_key=env("OPENAI_API_KEY"),
            model_path=Path(p) if (p := env("SUMMARIZER_MODEL_PATH")) else None,
            recordings=Path(env("SUMMARIZER_RECORDINGS") or DEFAULT_RECORDINGS),
            db_path=Path(env("SUMMARIZER_DB") or DEFAULT_DB),
            timeout_s=_number(env("SUMMARIZER_TIMEOUT"), float, "SUMMARIZER_TIMEOUT"),
            max_http_attempts=_number(env("SUMMARIZER_MAX_ATTEMPTS"), int,
                                      "SUMMARIZER_MAX_ATTEMPTS"),
            repeat_penalty=_number(env("SUMMARIZER_REPEAT_PENALTY"), float,
                                   "SUMMARIZER_REPEAT_PENALTY"),
            chat_format=env("SUMMARIZER_CHAT_FORMAT"),
            threads=_number(env("SUMMARIZER_THREADS"), int, "SUMMARIZER_THREADS"),
            chunk_chars=_number(env("SUMMARIZER_CHUNK_CHARS"), int, "SUMMARIZER_CHUNK_CHARS"),
        )
        for name, value in overrides.items():
            if value is not None:
                setattr(settings, name, value)
        if settings.backend not in BACKENDS:
            raise ConfigError(f"unknown backend {settings.backend!r}; choose one of {', '.join(BACKENDS)}")
        if settings.mode not in MODES:
            raise ConfigError(f"unknown mode {settings.mode!r}; choose one of {', '.join(MODES)}")
        return settings

    def request_params(self) -> dict[str, object]:
        """Generation parameters sent with every request (stored in provenance and part of
        the cache key)."""
        return {"temperature": self.temperature, "seed": self.seed,
                "max_tokens": self.max_tokens, "repeat_penalty": self.repeat_penalty}

    def with_backend_defaults(self, backend: str) -> Settings:
        """These settings with the timeout and attempts the backend needs, where the user
        set none."""
        timeout, attempts = BACKEND_DEFAULTS.get(backend, BACKEND_DEFAULTS["openai"])
        if backend == "local":
            if self.repeat_penalty is None:
                self.repeat_penalty = LOCAL_REPEAT_PENALTY
            if self.chunk_chars is None:
                self.chunk_chars = LOCAL_CHUNK_CHARS
        if self.timeout_s is None:
            self.timeout_s = timeout
        if self.max_http_attempts is None:
            self.max_http_attempts = attempts
        return self
