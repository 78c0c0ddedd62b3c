#!/usr/bin/env bash
# Re-record the real exchanges of the embedded model for every fixture article, then rebuild
# the synthetic failure-path recordings that reuse them. Needed whenever the prompt, the
# schema or the generation parameters change (replay then reports which one differs).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf fixtures/recordings/local
db=$(mktemp -d)/record.sqlite
.venv/bin/summarizer summarize fixtures/articles/ --backend local --force \
    --record fixtures/recordings/local --db "$db"
.venv/bin/python scripts/make_synthetic_recordings.py
