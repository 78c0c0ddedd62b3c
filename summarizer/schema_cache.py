"""What a batch needs from the schema before any model is asked, kept between runs: the hash
of its canonical JSON schema (in every cache key, so a change to any field or description
invalidates cached results), its field guide (in every prompt, so in the prompt's hash) and
its version (in the provenance).

All three come from the pydantic models, and building the models and their JSON schema is a
sixth of a fully cached rerun, which otherwise never touches them. So they are kept in the
user's cache under a key made of everything they depend on (the source of schema.py and of
the canonical encoding, the versions of pydantic and Python) and made again whenever any of
those changes.
"""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path

import pydantic

from summarizer.text import disk_cache

_SOURCES = ("schema.py", "canonical.py")
_FILE = "schema.marshal"
_KEPT = ("sha256", "field_guide", "version")


def schema_sha256() -> str:
    """Hash of the canonical JSON schema."""
    return _kept()["sha256"]


def schema_version() -> str:
    """schema.SCHEMA_VERSION."""
    return _kept()["version"]


def field_guide() -> str:
    """The prompt's guide to every field (schema.field_guide)."""
    return _kept()["field_guide"]


@cache
def _kept() -> dict[str, str]:
    key = _source_key()
    kept = disk_cache.load(_FILE)
    if (isinstance(kept, dict) and kept.get("key") == key
            and all(isinstance(kept.get(name), str) for name in _KEPT)):
        return kept
    from summarizer import schema

    made = {"key": key, "sha256": schema.computed_sha256(), "field_guide": schema.field_guide(),
            "version": schema.SCHEMA_VERSION}
    disk_cache.store(_FILE, made)
    return made


def _source_key() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256(f"{pydantic.VERSION} {sys.version}".encode())
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()
