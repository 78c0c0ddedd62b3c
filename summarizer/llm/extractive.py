"""The extractive backend: the deterministic source miner behind a chat-completion transport.

No model is involved: the transport takes the article from the prompt's <article> block and
answers with the miner's ArticleSummary as JSON. Going through the same openai + instructor
path keeps validation, provenance and recording identical to the model backends.
"""

from __future__ import annotations

import re
import time
import uuid

import httpx2

from summarizer.llm.http import error_payload, json_response, request_json

_ARTICLE = re.compile(r"<article>\n(.*)\n</article>", re.DOTALL)


class ExtractiveTransport(httpx2.BaseTransport):
    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        from summarizer.check.miner import mine_summary

        body = request_json(request)
        user = next((m["content"] for m in reversed(body.get("messages", []))
                     if m.get("role") == "user" and "<article>" in str(m.get("content"))), "")
        match = _ARTICLE.search(user)
        if not match:
            return json_response(400, error_payload(
                "the extractive backend needs the article between <article> tags in the prompt",
                "invalid_request_error"), request)
        text = match.group(1).replace("<\\/article>", "</article>")
        content = mine_summary(text).model_dump_json()
        return json_response(200, {
            "id": f"extractive-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "extractive"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }, request)
