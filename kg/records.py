"""Plain records that flow from the readers and the extractor into the graph."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

ENTITY_TYPES = ("Method", "Model", "Benchmark", "Hardware", "Metric")


@dataclass(frozen=True)
class Note:
    """One paper as a page lists it: title, summary and the page header."""

    title: str
    summary: str
    venue: str | None
    year: int | None
    area: str | None
    source: str
    line: int


@dataclass(frozen=True)
class Evidence:
    """Where something was read: field ("title" or "summary"), sentence, offsets, rule."""

    field: str
    sentence: str
    start: int
    end: int
    rule: str


@dataclass
class Mention:
    """One distinct entity named in one paper."""

    name: str
    type: str
    key: str
    aliases: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Role:
    """A paper-level relation to an entity: "proposes" or "comparedWith"."""

    relation: str
    key: str
    evidence: Evidence


@dataclass
class Figure:
    """A numeric outcome a summary reports (a kg:Result)."""

    quote: str
    unit: str
    kind: str
    aspect: str
    value: str | None = None
    min_value: str | None = None
    max_value: str | None = None
    qualifier: str | None = None
    models: list[str] = field(default_factory=list)
    benchmarks: list[str] = field(default_factory=list)
    hardware: list[str] = field(default_factory=list)
    baselines: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class Extraction:
    """Everything found in one paper."""

    note: Note
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    failure: str | None = None  # the rules raised on this paper (a bug): kept with no entities, reported


def extraction_to_dict(extraction: Extraction) -> dict:
    """Plain JSON-able data (for the build cache: data, never code, is read back)."""
    return dataclasses.asdict(extraction)


def extraction_from_dict(data: dict) -> Extraction:
    def evidence(item: dict | None) -> Evidence | None:
        return Evidence(**item) if item else None

    return Extraction(
        note=Note(**data["note"]),
        mentions=[Mention(**{**m, "evidence": evidence(m["evidence"])}) for m in data["mentions"]],
        roles=[Role(**{**r, "evidence": evidence(r["evidence"])}) for r in data["roles"]],
        figures=[Figure(**{**f, "evidence": evidence(f["evidence"])}) for f in data["figures"]],
        failure=data.get("failure"))
