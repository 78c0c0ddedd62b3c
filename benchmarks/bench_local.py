"""Embedded-model speed: seconds and tokens/s per fixture article, and the tool's overhead.

For each fixture article this times (a) one extraction through the whole tool path (openai
client, instructor, retry layer, llama.cpp transport) and (b) llama-cpp-python called directly
with the same messages, grammar and parameters. Both use an already loaded model (the load
time is reported on its own) whose prompt cache is cleared before every call, as for a new
article. Run by hand:

    .venv/bin/python benchmarks/bench_local.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

from llama_cpp import Llama, LlamaGrammar

from summarizer.articles import load_article
from summarizer.config import Settings
from summarizer.llm import gguf, local
from summarizer.llm.backends import resolve_backend
from summarizer.llm.client import build_client
from summarizer.llm.extract import extract
from summarizer.prompts import load_prompt
from summarizer.schema import ArticleSummary

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "articles").glob("*.txt"))


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=None,
                        help="llama.cpp threads on both sides (default: the tool's default)")
    parser.add_argument("--articles", type=int, default=len(ARTICLES),
                        help="how many fixture articles to time")
    args = parser.parse_args()

    settings = Settings.from_env(backend="local", threads=args.threads)
    backend = resolve_backend(settings)
    transport = backend.transport()
    backend.transport = lambda: transport  # keep a handle on the tool's model
    client = build_client(backend, settings)
    prompt = load_prompt()
    params = settings.request_params()

    # like with like: the same threads, context and seed as the tool's transport
    t0 = time.perf_counter()
    direct = Llama(model_path=backend.details["model_path"], n_ctx=gguf.DEFAULT_N_CTX,
                   n_threads=transport.n_threads, seed=0, verbose=False)
    load_s = time.perf_counter() - t0
    schema = local.bounded_schema(ArticleSummary.model_json_schema())
    grammar = LlamaGrammar.from_json_schema(json.dumps(schema), verbose=False)
    tool_llama = transport.model()  # load the tool's copy before timing

    print(f"machine: {cpu_name()}, {len(os.sched_getaffinity(0))} cores; "
          f"model {backend.model}; threads {transport.n_threads} on both sides; "
          f"load {load_s:.2f} s; repeats {args.repeats}")
    print(f"{'article':<28}{'chars':>7}{'prompt':>8}{'output':>8}{'tool s':>9}{'in+out/s':>10}"
          f"{'out/s':>7}{'direct s':>10}{'overhead':>10}")
    for path in ARTICLES[:args.articles]:
        article = load_article(path)
        tool_times, direct_times, usage = [], [], {}
        for _ in range(args.repeats):
            # Forget the previous prompt so neither side reuses its evaluated prefix.
            tool_llama.reset()
            direct.reset()
            start = time.perf_counter()
            result = extract(client, backend, settings, prompt, article)
            tool_times.append(time.perf_counter() - start)
            usage = result.usage
            start = time.perf_counter()
            direct.create_chat_completion(messages=prompt.messages(article.text), grammar=grammar,
                                          **params)
            direct_times.append(time.perf_counter() - start)
        tool_s, direct_s = statistics.median(tool_times), statistics.median(direct_times)
        in_tokens, out_tokens = usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)
        print(f"{path.name[:27]:<28}{len(article.text):>7}{in_tokens:>8}{out_tokens:>8}"
              f"{tool_s:>9.2f}{(in_tokens + out_tokens) / tool_s:>10.0f}"
              f"{out_tokens / tool_s:>7.1f}{direct_s:>10.2f}"
              f"{(tool_s - direct_s) * 1000:>8.0f}ms")


if __name__ == "__main__":
    main()
