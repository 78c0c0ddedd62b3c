"""Record HTTP exchanges to a directory and replay them, keyed on the canonical request body.

Keying on the body (not the URL, as vcrpy does by default) matters because every chat call goes
to the same URL: the body is what differs between articles, prompts, models and re-asks. One
file per request body holds every response it received in order, so a recorded 429 followed by
a success replays as exactly that. Keys and tokens are scrubbed before anything is written.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

import httpx2

from summarizer.llm.attempts import utc_now
from summarizer.canonical import canonical_json
from summarizer.llm.http import buffered, error_payload, json_response, request_json
from summarizer.secrets import scrub
from summarizer.text import patterns

ARTICLE_HEADER = "x-summarizer-article"
PROMPT_HEADER = "x-summarizer-prompt"
_KEPT_REQUEST_HEADERS = {"content-type", ARTICLE_HEADER, PROMPT_HEADER}
_KEPT_RESPONSE_HEADERS = {"content-type", "retry-after", "retry-after-ms", "x-request-id"}
# Re-ask messages quote pydantic errors, which link to docs for the installed pydantic version;
# the link is not part of what the model is asked, so it is left out of the key.
_VOLATILE = patterns.compile(r"https://errors\.pydantic\.dev/[0-9.]+/")


def request_key(body: dict[str, Any]) -> str:
    canonical = _VOLATILE.sub("https://errors.pydantic.dev/*/", canonical_json(body))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _body_value(content: bytes) -> Any:
    text = scrub(content.decode("utf-8", "replace"))
    try:
        return json.loads(text)
    except ValueError:
        return text


def _mode_of(body: dict[str, Any]) -> str | None:
    """The instructor mode a recorded request body was built in."""
    if not body:
        return None
    if body.get("tools"):
        return "tools"
    kind = (body.get("response_format") or {}).get("type")
    return {"json_schema": "json_schema", "json_object": "json"}.get(kind, "md_json")


def _request_meta(request: httpx2.Request, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "model": body.get("model"),
        "article": request.headers.get(ARTICLE_HEADER),
        "prompt": request.headers.get(PROMPT_HEADER),
    }


class RecordingTransport(httpx2.BaseTransport):
    """Passes requests to `inner` and appends each exchange to `directory/<key>.json`."""

    def __init__(self, inner: httpx2.BaseTransport, directory: Path, backend: str) -> None:
        self.inner = inner
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.backend = backend
        self._lock = threading.Lock()
        self._started: set[str] = set()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request_json(request)
        response = buffered(self.inner.handle_request(request), request)
        key = request_key(body)
        entry = {
            "status": response.status_code,
            "headers": {k: v for k, v in response.headers.items()
                        if k.lower() in _KEPT_RESPONSE_HEADERS},
            "body": _body_value(response.content),
            "recorded_at": utc_now(),
        }
        path = self.directory / f"{key}.json"
        with self._lock:
            # A key recorded earlier in this session gains responses; one from an older
            # session is replaced, so re-recording never mixes old and new answers.
            if key in self._started and path.exists():
                record = json.loads(path.read_text(encoding="utf-8"))
            else:
                record = {
                    "key": key,
                    "synthetic": False,
                    "backend": self.backend,
                    "meta": _request_meta(request, body),
                    "request": {
                        "method": request.method,
                        "path": request.url.path,
                        "headers": {k: v for k, v in request.headers.items()
                                    if k.lower() in _KEPT_REQUEST_HEADERS},
                        "body": json.loads(scrub(json.dumps(body))),
                    },
                    "responses": [],
                }
                self._started.add(key)
            record["responses"].append(entry)
            path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
        return response

    def close(self) -> None:
        self.inner.close()


class ReplayTransport(httpx2.BaseTransport):
    """Answers from recordings only; never touches the network.

    A request with no recording gets an error that names what differs from the nearest
    recordings (model, prompt, article, other request fields), so a stale recording is easy
    to tell from a changed request.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise FileNotFoundError(f"recordings directory {self.directory} does not exist")
        self.records: dict[str, dict[str, Any]] = {}
        for path in sorted(self.directory.rglob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            if "key" in record and "responses" in record:
                self.records[record["key"]] = record
        self._plays: dict[str, int] = {}
        self._lock = threading.Lock()

    def recorded(self) -> tuple[str | None, str | None, float | None]:
        """The model, instructor mode and repeat penalty the recordings were made with, when
        they all agree (so `--backend replay` needs none of these options to replay them)."""
        bodies = [r["request"]["body"] for r in self.records.values() if "request" in r]
        models = {b.get("model") for b in bodies}
        modes = {_mode_of(b) for b in bodies}
        penalties = {b.get("repeat_penalty") for b in bodies}
        return (models.pop() if len(models) == 1 else None,
                modes.pop() if len(modes) == 1 else None,
                penalties.pop() if len(penalties) == 1 else None)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request_json(request)
        key = request_key(body)
        record = self.records.get(key)
        if record is None:
            message = self.explain_miss(_request_meta(request, body), body)
            return json_response(404, error_payload(message, "replay_error", "no_recording"),
                                 request)
        with self._lock:
            index = self._plays.get(key, 0)
            self._plays[key] = index + 1
        responses = record["responses"]
        entry = responses[min(index, len(responses) - 1)]
        content = entry["body"]
        raw = content if isinstance(content, str) else json.dumps(content)
        return httpx2.Response(entry["status"], headers=entry.get("headers", {}),
                               content=raw.encode("utf-8"), request=request)

    def explain_miss(self, meta: dict[str, Any], body: dict[str, Any]) -> str:
        head = (f"no recorded response for this request (model {meta['model']!r}, "
                f"prompt {meta['prompt']!r}, article {str(meta['article'])[:12]}) "
                f"in {self.directory}")
        if not self.records:
            return head + "; the directory holds no recordings"
        same_article = [r for r in self.records.values() if r["meta"].get("article") == meta["article"]]
        if not same_article:
            return head + "; no recording is for this article (new or edited text?)"
        reasons = []
        for record in same_article:
            diffs = [f"{name} (recorded {record['meta'].get(name)!r})"
                     for name in ("model", "prompt") if record["meta"].get(name) != meta[name]]
            if not diffs:
                recorded = record["request"]["body"]
                fields = sorted(k for k in set(recorded) | set(body)
                                if k != "messages" and recorded.get(k) != body.get(k))
                if recorded.get("messages") != body.get("messages"):
                    fields.append("messages")
                diffs = [f"request fields {', '.join(fields)}"]
            reasons.append(" and ".join(diffs))
        return head + "; recordings for this article differ in: " + "; ".join(sorted(set(reasons)))

    def close(self) -> None:
        pass
