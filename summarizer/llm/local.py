"""The embedded backend: a GGUF model run in-process by llama.cpp behind an HTTP transport.

The transport answers OpenAI chat-completion requests, so the openai client, instructor,
retries, recording and replay treat the local model exactly like a remote server. Output is
constrained by a llama.cpp grammar built from the request's JSON schema, with extra bounds on
string lengths and list sizes so a small model cannot ramble until the token limit.
"""

from __future__ import annotations

import copy
import json
import threading
from pathlib import Path
from typing import Any

import httpx2

from summarizer.canonical import canonical_json
from summarizer.llm.gguf import DEFAULT_N_CTX, check_available, physical_cores
from summarizer.llm.http import error_payload, json_response, request_json
from summarizer.schema import max_chars, max_items

def bounded_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of `schema` with maxLength on every free string and maxItems on every array (by
    field name, from schema.max_chars and max_items), so a small model cannot ramble until the
    token limit, while real articles' summaries, quotes and lists still fit."""
    bounded = copy.deepcopy(schema)

    def walk(node: Any, name: str | None) -> None:
        if isinstance(node, dict):
            if node.get("type") == "string" and "enum" not in node and name is not None:
                node.setdefault("maxLength", max_chars(name))
            if node.get("type") == "array":
                node.setdefault("maxItems", max_items(name))
            for key, value in node.items():
                if key == "properties":
                    for prop, sub in value.items():
                        walk(sub, prop)
                elif key in ("items", "anyOf"):
                    walk(value, name)
                elif key == "$defs":
                    for sub in value.values():
                        walk(sub, None)
        elif isinstance(node, list):
            for value in node:
                walk(value, name)

    walk(bounded, None)
    return bounded


class NoChatTemplate(ValueError):
    """The GGUF carries no chat template and no --chat-format was given."""


class LlamaTransport(httpx2.BaseTransport):
    """Serves /chat/completions from one llama.cpp model, one request at a time."""

    def __init__(self, model_path: Path, n_ctx: int = DEFAULT_N_CTX, n_threads: int | None = None,
                 chat_format: str | None = None) -> None:
        check_available(model_path)
        self.model_path = Path(model_path)
        self.n_ctx = n_ctx
        self.n_threads = n_threads or physical_cores()
        self.chat_format = chat_format
        self._refused: str | None = None
        self._llama: Any = None
        self._grammars: dict[str, Any] = {}
        self._lock = threading.Lock()

    def model(self) -> Any:
        # Loaded on first request so `--help`, replays and cache hits stay fast.
        if self._refused is not None:
            raise NoChatTemplate(self._refused)
        if self._llama is None:
            from llama_cpp import Llama

            llama = Llama(model_path=str(self.model_path), n_ctx=self.n_ctx,
                          n_threads=self.n_threads, seed=0, verbose=False,
                          chat_format=self.chat_format)
            if self.chat_format is None and not llama.metadata.get("tokenizer.chat_template"):
                # llama-cpp-python would silently format the chat for another model family
                self._refused = (f"{self.model_path.name} has no chat template; pass "
                                 "--chat-format with the format it was trained on (chatml, "
                                 "llama-3, mistral-instruct, ...)")
                raise NoChatTemplate(self._refused)
            self._llama = llama
        return self._llama

    def _grammar(self, schema: dict[str, Any]) -> Any:
        from llama_cpp import LlamaGrammar

        key = canonical_json(schema)
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_json_schema(
                json.dumps(bounded_schema(schema)), verbose=False
            )
        return self._grammars[key]

    @staticmethod
    def _schema_of(body: dict[str, Any]) -> dict[str, Any] | None:
        fmt = body.get("response_format") or {}
        if fmt.get("type") == "json_schema":
            return (fmt.get("json_schema") or {}).get("schema")
        if fmt.get("type") == "json_object":
            return fmt.get("schema")
        tools = body.get("tools") or []
        if tools:
            return tools[0]["function"]["parameters"]
        return None

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if not request.url.path.endswith("/chat/completions"):
            return json_response(404, error_payload(
                f"the local backend serves only chat completions, not {request.url.path}",
                "invalid_request_error"), request)
        body = request_json(request)
        schema = self._schema_of(body)
        with self._lock:
            try:
                llama = self.model()
            except NoChatTemplate as exc:
                return json_response(400, error_payload(str(exc), "invalid_request_error",
                                                        "no_chat_template"), request)
            try:
                result = llama.create_chat_completion(
                    messages=body["messages"],
                    temperature=body.get("temperature", 0.0),
                    seed=body.get("seed"),
                    max_tokens=body.get("max_tokens") or body.get("max_completion_tokens"),
                    repeat_penalty=body.get("repeat_penalty") or 1.0,
                    grammar=self._grammar(schema) if schema else None,
                )
            except ValueError as exc:
                if "context window" not in str(exc):
                    raise
                return json_response(400, error_payload(
                    f"{exc}: the article does not fit the local model's {self.n_ctx}-token "
                    "context; split it or use a model with a longer context",
                    "invalid_request_error", "context_length_exceeded"), request)
        result["model"] = body.get("model", result.get("model"))
        if body.get("tools") and schema is not None:
            # Tools mode: wrap the constrained JSON as the forced function call.
            message = result["choices"][0]["message"]
            name = body["tools"][0]["function"]["name"]
            message["tool_calls"] = [{"id": "call_0", "type": "function",
                                      "function": {"name": name, "arguments": message["content"]}}]
            message["content"] = None
        return json_response(200, result, request)

    def close(self) -> None:
        self._llama = None
