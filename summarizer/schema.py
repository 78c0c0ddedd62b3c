"""The extraction schema: what the model must return for one article.

Field names and meanings are a contract (see docs/contracts.md): exports, the `check` command and
outside tools read them. The field descriptions double as instructions to the model, so they
say *how* to fill each field (verbatim, vague counts, who claimed what) and not only what it
is. They reach the model twice: inside the JSON schema, and as the field guide in the prompt,
because a server that turns the schema into a decoding grammar (llama.cpp) drops them.

The JSON schema sent to models lists every field as required (nullable where null is
allowed, lists possibly empty) and keeps to the subset OpenAI's strict mode accepts: a
constrained decoder may otherwise close the object after its first field. Validation stays
lenient (a missing optional field takes its default), so an unconstrained model's answer that
leaves one out is not failed for it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from summarizer.canonical import canonical_json

SCHEMA_VERSION = "1"

OperationKind = Literal[
    "airstrike", "ground_assault", "clearing_operation", "offensive", "bombing", "siege", "other"
]
ActorKind = Literal[
    "state_force",
    "non_state_armed_group",
    "coalition",
    "government",
    "international_org",
    "civilians",
    "media",
    "other",
]
ActorRole = Literal["conducting", "supporting", "targeted", "reporting", "commenting", "other"]
Outcome = Literal["killed", "injured", "captured", "surrendered", "missing", "displaced", "rescued"]
Qualifier = Literal["exact", "at_least", "at_most", "approximately", "range", "vague", "unknown"]
Scope = Literal["this_operation", "related_incident", "cumulative"]
QuoteKind = Literal["direct", "partial"]


# What a constrained decoder may write (llama.cpp grammars; see llm/local.py): what real
# articles need, still short enough to stop a runaway small model. Strict-mode servers refuse
# length keywords, so the schema itself carries none; the field guide states them.
MAX_CHARS = {"summary": 600, "description": 400, "evidence": 500, "text": 1000}
DEFAULT_MAX_CHARS = 200
MAX_ITEMS = 24  # actors, casualties, quotes
MAX_NAMES = {"aliases": 8, "locations": 12, "conducted_by": 12, "targeted": 12}


def _all_required(schema: dict[str, Any]) -> None:
    """Every property required and no defaults: what strict mode and grammars need."""
    properties = schema.get("properties", {})
    for prop in properties.values():
        prop.pop("default", None)
    schema["required"] = list(properties)


_SCHEMAS: dict[tuple[Any, ...], str] = {}


def _no_items() -> list[Any]:
    """An empty list field's default. A function of ours, not the builtin `list`: pydantic
    reads each factory's signature, and a builtin's means running the tokenizer over its text
    signature, whose pattern alone takes ~9 ms to compile in every command that loads the
    schema."""
    return []


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_all_required)

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:  # type: ignore[override]
        """Built once per model and arguments, handed out as a fresh copy (parsed from its
        JSON text, several times quicker than a deep copy): instructor asks for it on every
        request and may change what it gets, and building it costs more than the rest of the
        request's CPU. Keyed by name, not class: instructor's wrapper of a response model
        (a subclass of the same name and fields) shares the model's schema."""
        key = (cls.__module__, cls.__qualname__, args, tuple(sorted(kwargs.items())))
        if key not in _SCHEMAS:
            _SCHEMAS[key] = json.dumps(super().model_json_schema(*args, **kwargs))
        schema: dict[str, Any] = json.loads(_SCHEMAS[key])
        return schema


class Operation(_Model):
    """The military operation the article is mainly about."""

    name: str | None = Field(
        None, description="The operation's name exactly as the article gives it; null if unnamed."
    )
    kind: OperationKind = Field(description="The kind of operation.")
    description: str = Field(description="One neutral sentence: what was done, by whom, to whom.")
    locations: list[str] = Field(
        default_factory=_no_items,
        description="Place names copied exactly as written in the article (no translation).",
    )
    date_text: str | None = Field(
        None,
        description="The article's own time expression copied verbatim, e.g. 'early Monday'; "
        "do not convert it to a date.",
    )
    conducted_by: list[str] = Field(
        default_factory=_no_items, description="Names of the actors that carried out the operation."
    )
    targeted: list[str] = Field(
        default_factory=_no_items, description="Names of the actors the operation was aimed at."
    )


class Actor(_Model):
    """A party that takes part in, is hit by, reports on or comments on the events."""

    name: str = Field(description="The actor's name exactly as written in the article.")
    aliases: list[str] = Field(
        default_factory=_no_items,
        description="Other names the article uses for the same actor, copied verbatim "
        "(e.g. 'IS', 'ISIS', 'Daesh').",
    )
    kind: ActorKind = Field(description="What sort of actor this is.")
    role: ActorRole = Field(description="The actor's part in the events the article reports.")


class CasualtyClaim(_Model):
    """One casualty figure as claimed in the article, with who claimed it."""

    group: str = Field(
        description="Who was affected, copied as written, e.g. 'Peshmerga fighters', 'civilians'."
    )
    outcome: Outcome = Field(description="What happened to them.")
    count_min: int | None = Field(
        None,
        ge=0,
        description="Lowest number the wording allows; null when the article gives no number "
        "('many', 'several'). Vague words take the conservative floor: 'dozens' = 12, "
        "'hundreds' = 100, 'thousands' = 1000, 'tens of thousands' = 10000.",
    )
    count_max: int | None = Field(
        None, ge=0, description="Highest number the wording allows; null when open-ended."
    )
    count_text: str | None = Field(
        None,
        description="The article's count phrase copied verbatim, e.g. 'at least five', 'many'.",
    )
    qualifier: Qualifier = Field(
        description="How sure the number is: 'at least five' is at_least, 'roughly 200' is "
        "approximately, 'many' or 'dozens' is vague, a plain 'three' is exact."
    )
    claimed_by: str | None = Field(
        None,
        description="Who made the claim, copied as written ('local media outlets', 'UNAMI'); "
        "null if the article does not say.",
    )
    scope: Scope = Field(
        description="this_operation for casualties of the operation itself; related_incident "
        "for another attack the article mentions; cumulative for totals and statistics over a "
        "period (monthly figures, campaign totals)."
    )
    evidence: str | None = Field(
        None, description="The sentence or clause the claim comes from, copied verbatim."
    )

    @model_validator(mode="after")
    def _min_not_above_max(self) -> CasualtyClaim:
        if (
            self.count_min is not None
            and self.count_max is not None
            and self.count_min > self.count_max
        ):
            raise ValueError("count_min must not be greater than count_max")
        return self


class Quote(_Model):
    """Words the article attributes to a speaker inside quotation marks."""

    text: str = Field(
        description="The quoted words copied character for character, without the enclosing "
        "quotation marks; keep editorial brackets such as '[security]' as printed."
    )
    speaker: str = Field(
        description="Who said it, as the article names them ('Sirwan Barzani', 'a villager'). "
        "For a pronoun ('he said') give the person it refers to."
    )
    speaker_role: str | None = Field(
        None, description="The speaker's role as the article gives it ('Peshmerga commander')."
    )
    kind: QuoteKind = Field(
        description="direct for a whole quoted sentence, partial for a fragment quoted inside "
        "the article's own sentence."
    )
    channel: str | None = Field(
        None,
        description="How it was said, as written: 'told Kurdistan 24', 'in a statement', "
        "'in a tweet'; null if not given.",
    )


class ArticleSummary(_Model):
    """Structured record of one armed-conflict news article."""

    summary: str = Field(
        description="One to three neutral sentences that state only what the article states."
    )
    operation: Operation | None = Field(
        None, description="The main operation; null if the article reports none."
    )
    actors: list[Actor] = Field(default_factory=_no_items, description="Every actor involved.")
    casualties: list[CasualtyClaim] = Field(
        default_factory=_no_items,
        description="Every casualty figure claimed in the article, one entry per claim. "
        "Force sizes ('200 militants hiding') are not casualties.",
    )
    quotes: list[Quote] = Field(
        default_factory=_no_items, description="Every quotation in the article, in article order."
    )


def schema_json() -> dict[str, Any]:
    """The JSON schema of ArticleSummary as sent to models (a fresh copy each call)."""
    return ArticleSummary.model_json_schema()


def max_chars(field_name: str) -> int:
    """The most characters a constrained decoder may write into a field of this name."""
    return MAX_CHARS.get(field_name, DEFAULT_MAX_CHARS)


def max_items(field_name: str | None) -> int:
    """The most items a constrained decoder may write into a list of this name."""
    return MAX_NAMES.get(field_name or "", MAX_ITEMS)


def field_guide() -> str:
    """A compact guide to every field, from the same descriptions the schema carries, for
    the prompt: servers that decode with a grammar never show the model the schema's words."""
    lines: list[str] = []

    def walk(model: type[BaseModel], indent: str) -> None:
        for name, info in model.model_fields.items():
            nested = _nested_model(info.annotation)
            kinds = _literal_values(info.annotation)
            text = info.description or ""
            if kinds:
                text += f" One of: {', '.join(kinds)}."
            if _is_list(info.annotation):
                text += f" At most {max_items(name)}; [] if none."
            elif name in MAX_CHARS:
                text += f" At most {MAX_CHARS[name]} characters."
            lines.append(f"{indent}- {name}: {text}")
            if nested is not None:
                walk(nested, indent + "  ")

    walk(ArticleSummary, "")
    return (f"Give every field; use null or [] where the article has nothing. Names and "
            f"phrases hold at most {DEFAULT_MAX_CHARS} characters.\n" + "\n".join(lines))


def _args(annotation: Any) -> tuple[Any, ...]:
    return get_args(annotation) or (annotation,)


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    for arg in _args(annotation):
        for inner in _args(arg):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


def _literal_values(annotation: Any) -> list[str]:
    for arg in (annotation, *get_args(annotation)):
        if get_origin(arg) is Literal:
            return [str(v) for v in get_args(arg)]
    return []


def _is_list(annotation: Any) -> bool:
    return get_origin(annotation) is list



def computed_sha256() -> str:
    """Hash of the canonical JSON schema, computed from the models (schema_cache keeps it
    between runs)."""
    canonical = canonical_json(schema_json())
    return hashlib.sha256(canonical.encode()).hexdigest()


def validation_errors(exc: ValidationError) -> list[str]:
    """Pydantic errors as '/pointer: message' lines, the JSON-pointer notation findings use
    (shared by review decisions and the record of a failed extraction)."""
    lines = []
    for error in exc.errors():
        pointer = "".join("/" + str(part).replace("~", "~0").replace("/", "~1")
                          for part in error["loc"])
        lines.append(f"{pointer or '/'}: {error['msg']}")
    return lines
