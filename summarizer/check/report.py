"""What a cross-check returns: findings (problems, with severity) and grounding (where each
extracted string sits in the article).

The JSON form is a contract (docs/contracts.md, `summarizer check --json`): `{"findings": [...],
"grounding": [...]}`, each finding with code, severity, path (a JSON pointer into the summary),
message and start/end offsets into the article (or null).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    """One problem with one item of the summary."""

    code: str
    severity: Severity
    path: str
    message: str
    start: int | None = None
    end: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Grounding:
    """Where one text field of the summary occurs in the article, and how faithfully."""

    path: str
    value: str
    status: str
    start: int | None
    end: int | None
    score: float | None
    diff: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CheckReport:
    """All findings and groundings for one summary of one article."""

    findings: list[Finding] = field(default_factory=list)
    grounding: list[Grounding] = field(default_factory=list)

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "grounding": [g.to_dict() for g in self.grounding],
        }
