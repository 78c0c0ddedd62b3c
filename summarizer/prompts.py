"""Versioned prompt templates from `prompts/*.md`.

A prompt file has a small front matter (name, version) and `# system` / `# user` sections.
`$field_guide` in the system section becomes the schema's field guide (schema.field_guide),
so the descriptions reach models whose server turns the schema into a grammar. The sha256 of
the prompt as sent (the guide filled in) goes into every run's provenance and cache key, so
editing a prompt without bumping its version still invalidates cached results, and a result
can always be traced to the exact prompt text that produced it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

from summarizer.schema_cache import field_guide
from summarizer.text import patterns

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
DEFAULT_PROMPT = "extract"
_SECTION = patterns.compile(r"^# (system|user)\s*$", re.MULTILINE)


class PromptError(ValueError):
    """A prompt file that is missing or malformed."""


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    sha256: str
    system: str
    user: str

    def messages(self, article_text: str) -> list[dict[str, str]]:
        """Chat messages for one article. The article goes between <article> tags; a closing
        tag inside the article itself is defused so the text cannot end the data block early."""
        safe = article_text.replace("</article>", "<\\/article>")
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": Template(self.user).safe_substitute(article=safe)},
        ]


def _parse(path: Path) -> Prompt:
    raw = path.read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n", raw, re.DOTALL)
    if not match:
        raise PromptError(f"{path}: missing front matter (--- name/version ---)")
    meta = dict(
        line.split(":", 1) for line in match.group(1).splitlines() if ":" in line
    )
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    if "$field_guide" in raw:
        raw = raw.replace("$field_guide", field_guide())
    body = raw[match.end():]
    parts = _SECTION.split(body)
    sections = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    for key in ("name", "version"):
        if key not in meta:
            raise PromptError(f"{path}: front matter has no {key}")
    for key in ("system", "user"):
        if key not in sections:
            raise PromptError(f"{path}: no '# {key}' section")
    if "$article" not in sections["user"]:
        raise PromptError(f"{path}: the user section must contain $article")
    return Prompt(
        name=meta["name"],
        version=meta["version"],
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        system=sections["system"],
        user=sections["user"],
    )


def load_prompt(name_or_path: str = DEFAULT_PROMPT) -> Prompt:
    """A prompt by name (from prompts/) or by file path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = PROMPTS_DIR / f"{name_or_path}.md"
    if not path.is_file():
        available = ", ".join(sorted(p.stem for p in PROMPTS_DIR.glob("*.md")))
        raise PromptError(f"prompt {name_or_path!r} not found (available: {available})")
    return _parse(path)
