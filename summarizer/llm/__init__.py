"""Everything that talks to a model.

All backends share one path: an `openai.OpenAI` client patched by `instructor`, whose HTTP
transport decides where a request goes (a real endpoint, the embedded llama.cpp model, the
extractive miner, or a recording). Retries, recording and attempt accounting are transport
layers too, so they behave the same for every backend.
"""
