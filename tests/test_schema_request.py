"""What the tool asks a model for: a schema a strict or grammar-constrained decoder can fill
whole, a field guide in the prompt, bounds that fit real records, and the generation settings
(repeat penalty) sent, recorded and keyed. Checked on the request bodies actually sent."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

from conftest import ARTICLES, RECORDINGS, db_rows, provenance_of, run_cli
from loopback import Reply, Request, completion, server

from summarizer.llm.local import bounded_schema
from summarizer.prompts import load_prompt
from summarizer.schema import ArticleSummary, Quote, schema_json

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "gold"  # hand-written gold
# JSON Schema keywords OpenAI's strict structured outputs accept
STRICT_KEYWORDS = {"type", "properties", "required", "additionalProperties", "items", "enum",
                   "anyOf", "$ref", "$defs", "description", "title", "const", "pattern",
                   "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
                   "multipleOf", "minItems", "maxItems"}


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    yield from _nodes(sub)
            elif key != "enum":
                yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def test_the_schema_keeps_to_openai_strict_mode() -> None:
    schema = schema_json()
    assert schema["type"] == "object"
    objects = [n for n in _nodes(schema) if n.get("type") == "object"]
    assert len(objects) == 5  # the summary, operation, actor, casualty claim, quote
    for node in objects:
        assert node["additionalProperties"] is False
        assert node["required"] == list(node["properties"])  # every field, in order
    for node in _nodes(schema):
        assert set(node) <= STRICT_KEYWORDS, set(node) - STRICT_KEYWORDS


def test_a_record_without_optional_fields_still_validates() -> None:
    """Required in the schema a model sees; lenient for answers from unconstrained models."""
    summary = ArticleSummary.model_validate({"summary": "An airstrike hit a village."})
    assert summary.operation is None and summary.quotes == []


def test_the_prompt_carries_every_field_description() -> None:
    system = load_prompt().system
    for node in _nodes(schema_json()):
        for name, prop in node.get("properties", {}).items():
            assert f"- {name}: {prop['description']}" in system, name
    assert "$field_guide" not in system


def test_grammar_bounds_fit_every_hand_written_gold_record() -> None:
    bounded = bounded_schema(schema_json())
    props = bounded["properties"]
    assert props["summary"]["maxLength"] == 600 and props["quotes"]["maxItems"] == 24
    quote = bounded["$defs"]["Quote"]["properties"]
    assert quote["text"]["maxLength"] == 1000
    evidence = bounded["$defs"]["CasualtyClaim"]["properties"]["evidence"]["anyOf"][0]
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text())
        assert len(gold["summary"]) <= props["summary"]["maxLength"]
        for key in ("actors", "casualties", "quotes"):
            assert len(gold[key]) <= props[key]["maxItems"]
        for item in gold["quotes"]:
            assert len(item["text"]) <= quote["text"]["maxLength"]
        for item in gold["casualties"]:
            assert len(item.get("evidence") or "") <= evidence["maxLength"]


def test_the_recorded_requests_ask_for_every_field_with_the_guide() -> None:
    bodies = [json.loads(p.read_text())["request"]["body"]
              for p in (RECORDINGS / "local").glob("*.json")]
    assert len(bodies) == 5
    for body in bodies:
        sent = body["response_format"]["json_schema"]["schema"]
        assert sent["required"] == list(ArticleSummary.model_fields)
        assert "- quotes: Every quotation in the article" in body["messages"][0]["content"]
        assert body["repeat_penalty"] == 1.1  # the local model's default


ARTICLE = ARTICLES / "001_664fa499c8dad964.txt"
ANSWER = completion(ArticleSummary(summary="Peshmerga forces launched an operation.")
                    .model_dump_json())


def test_the_repeat_penalty_is_sent_recorded_and_keyed(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    args = ["summarize", str(ARTICLE), "--backend", "openai", "--model", "m", "--db", str(db),
            "--json"]
    with server(lambda request: Reply(body=ANSWER)) as (url, received):
        plain = run_cli(*args, "--base-url", url, cwd=tmp_path)
        penalised = run_cli(*args, "--base-url", url, "--repeat-penalty", "1.3", cwd=tmp_path)
    assert plain.returncode == 0 and penalised.returncode == 0, penalised.stderr
    assert "repeat_penalty" not in received[0].body  # servers get it only when asked
    assert received[1].body["repeat_penalty"] == 1.3  # not served from the cache
    run_id = json.loads(penalised.stdout)["articles"][0]["run_id"]
    assert provenance_of(db, run_id)["request_params"]["repeat_penalty"] == 1.3
    refused = run_cli(*args, "--repeat-penalty", "1.3", cwd=tmp_path, OPENAI_API_KEY="sk-x")
    assert refused.returncode == 2 and "OpenAI's API takes no repeat penalty" in refused.stderr


def _quotes_reader(request: Request) -> Reply:
    """A synthetic model: answers every quotation in the text it was sent, attributed to
    'a source', and a summary naming the text's first characters."""
    text = request.body["messages"][-1]["content"].split("<article>\n", 1)[1]
    quotes = [Quote(text=q, speaker="a source", kind="direct")
              for q in re.findall(r"\u201c([^\u201d]{10,})\u201d", text)]
    return Reply(body=completion(ArticleSummary(summary=f"Chunk from {text[:30]!r}.",
                                                quotes=quotes).model_dump_json()))


def test_a_long_article_is_read_in_overlapping_chunks_and_merged(tmp_path: Path) -> None:
    article = ARTICLES / "000_71d320ff81bd3780.txt"
    text = article.read_text(encoding="utf-8")
    everywhere = re.findall(r"\u201c([^\u201d]{10,})\u201d", text)
    db = tmp_path / "r.sqlite"
    with server(_quotes_reader) as (url, received):
        result = run_cli("summarize", str(article), "--backend", "openai", "--base-url", url,
                         "--model", "m", "--chunk-chars", "2000", "--db", str(db), "--json",
                         cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(received) == 2
    run_id = json.loads(result.stdout)["articles"][0]["run_id"]
    prov = provenance_of(db, run_id)
    (first, second) = prov["chunking"]["chunks"]
    assert first[0] == 0 and second[1] == len(text) and second[0] < first[1]  # they overlap
    summary = json.loads(db_rows(db, "SELECT summary FROM runs")[0]["summary"])
    assert [q["text"] for q in summary["quotes"]] == everywhere  # each once, in article order
    assert summary["summary"].startswith("Chunk from 'Foreign Affairs")  # the lead's
    grounded = {g["value"]: g["start"] for g in db_rows(
        db, "SELECT value, start FROM grounding WHERE path LIKE '/quotes/%/text'")}
    assert grounded[everywhere[-1]] == text.index(everywhere[-1])  # offsets in the whole text
    assert grounded[everywhere[-1]] > first[1]
    shown = run_cli("show", str(run_id), "--db", str(db), cwd=tmp_path)
    assert "2 chunks of at most 2,000 characters" in shown.stdout


def test_an_article_past_every_chunk_is_refused_cleanly(tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("Shelling was reported near the front line today. " * 3000)
    with server(lambda request: Reply(body=ANSWER)) as (url, received):
        result = run_cli("summarize", str(long), "--backend", "openai", "--base-url", url,
                         "--model", "m", "--chunk-chars", "1000", "--db",
                         str(tmp_path / "r.sqlite"), "--json", cwd=tmp_path)
    assert result.returncode == 1 and not received
    (outcome,) = json.loads(result.stdout)["articles"]
    assert "more than 12; raise --chunk-chars" in outcome["error"]


def test_every_request_reuses_one_built_schema() -> None:
    """instructor asks for the response model's JSON schema on every request: it is built
    once, and no request leaves another copy behind."""
    from summarizer import schema
    from summarizer.articles import load_article
    from summarizer.config import Settings
    from summarizer.llm.backends import resolve_backend
    from summarizer.llm.client import build_client
    from summarizer.llm.extract import extract

    with server(lambda request: Reply(body=ANSWER)) as (url, received):
        settings = Settings(backend="openai", base_url=url, model="m")
        backend = resolve_backend(settings)
        client, prompt = build_client(backend, settings), load_prompt()
        extract(client, backend, settings, prompt, load_article(ARTICLE))
        built = len(schema._SCHEMAS)
        for path in sorted(ARTICLES.glob("*.txt")):
            assert extract(client, backend, settings, prompt, load_article(path)).summary
    assert len(received) == 6
    assert len(schema._SCHEMAS) == built


def test_the_kept_schema_is_handed_out_as_a_copy() -> None:
    """Guard: what a caller changes in the schema it gets never reaches the next caller."""
    first = ArticleSummary.model_json_schema()
    first["$defs"]["Quote"]["properties"].clear()
    first["title"] = "changed"
    assert ArticleSummary.model_json_schema() == schema_json() != first
    assert schema_json()["$defs"]["Quote"]["properties"]


def test_every_answer_is_parsed_into_one_model_prepared_once() -> None:
    """Handed a plain pydantic model, instructor builds a fresh subclass of it for every
    request; the response model is prepared once, so every answer is of the same class."""
    from summarizer.articles import load_article
    from summarizer.config import Settings
    from summarizer.llm.backends import resolve_backend
    from summarizer.llm.client import build_client
    from summarizer.llm.extract import extract

    with server(lambda request: Reply(body=ANSWER)) as (url, received):
        settings = Settings(backend="openai", base_url=url, model="m")
        backend = resolve_backend(settings)
        client, prompt = build_client(backend, settings), load_prompt()
        first, second = (extract(client, backend, settings, prompt, load_article(path)).summary
                         for path in sorted(ARTICLES.glob("*.txt"))[:2])
    assert len(received) == 2
    assert isinstance(first, ArticleSummary) and type(first) is type(second)
