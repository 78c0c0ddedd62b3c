"""What a batch needs from the schema, kept between runs (summarizer.schema_cache): the hash,
field guide and version kept are the ones the models give, a cache made for other sources is
made again, and a fully cached rerun never builds the models. Each case runs in a fresh
interpreter with its own cache directory, as commands do."""

from __future__ import annotations

import json
import marshal
import re
import subprocess
import sys
from pathlib import Path

from conftest import ARTICLES, ROOT, clean_env, provenance_of, run_cli

from summarizer import schema

SNIPPET = """
import json
from summarizer import schema_cache
print(json.dumps([schema_cache.schema_sha256(), schema_cache.field_guide(),
                  schema_cache.schema_version()]))
"""
FROM_THE_MODELS = [schema.computed_sha256(), schema.field_guide(), schema.SCHEMA_VERSION]


def kept_in_new_process(cache_home: Path) -> list[str]:
    result = subprocess.run([sys.executable, "-c", SNIPPET], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, env=clean_env(XDG_CACHE_HOME=str(cache_home)))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_kept_values_are_the_ones_the_models_give(tmp_path: Path) -> None:
    assert kept_in_new_process(tmp_path) == FROM_THE_MODELS  # made
    kept = tmp_path / "summarizer" / "schema.marshal"
    assert marshal.loads(kept.read_bytes())["sha256"] == FROM_THE_MODELS[0]
    assert kept_in_new_process(tmp_path) == FROM_THE_MODELS  # read back


def test_a_cache_made_for_other_sources_is_made_again(tmp_path: Path) -> None:
    """What an edit of schema.py (or a new pydantic) leaves behind: a key that no longer
    matches, with the old values."""
    kept = tmp_path / "summarizer" / "schema.marshal"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(marshal.dumps({"key": "0" * 64, "sha256": "f" * 64,
                                    "field_guide": "- summary: an old guide", "version": "0"}))
    assert kept_in_new_process(tmp_path) == FROM_THE_MODELS
    assert marshal.loads(kept.read_bytes())["sha256"] == FROM_THE_MODELS[0]


def test_a_fully_cached_rerun_never_builds_the_schema(tmp_path: Path) -> None:
    db, home = tmp_path / "runs.sqlite", str(tmp_path / "cache")
    first = run_cli("summarize", str(ARTICLES), "--backend", "extractive", "--db", str(db),
                    "--json", XDG_CACHE_HOME=home)
    assert first.returncode == 0, first.stderr
    assert provenance_of(db, 1)["schema"] == {"version": schema.SCHEMA_VERSION,
                                              "sha256": FROM_THE_MODELS[0]}
    again = run_cli("summarize", str(ARTICLES), "--backend", "extractive", "--db", str(db),
                    "--json", XDG_CACHE_HOME=home, PYTHONPROFILEIMPORTTIME="1")
    assert again.returncode == 0, again.stderr
    assert [a["status"] for a in json.loads(again.stdout)["articles"]] == ["cached"] * 5
    imported = re.findall(r"^import time:.*\|\s*([\w.]+)\s*$", again.stderr, re.MULTILINE)
    assert "summarizer.pipeline" in imported
    assert "summarizer.schema" not in imported
