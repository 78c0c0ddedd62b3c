"""One canonical JSON encoding for everything that is hashed or compared: cache keys, the
schema hash, recording keys, grammar caches. Equal payloads give equal text whatever their key
order, so equal requests hash alike."""

from __future__ import annotations

import json
from typing import Any


def canonical_json(payload: Any) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
