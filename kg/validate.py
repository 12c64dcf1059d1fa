"""`kg validate`: check an export against the shipped SHACL shapes and say what is wrong in plain words."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

from .ontology import ontology, shapes
from .rdffile import read_graph

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One broken rule: what it is about, which property, the rule in words, the offending value."""

    focus: str
    path: str
    message: str
    value: str | None = None

    def __str__(self) -> str:
        value = f" (found {self.value})" if self.value else ""
        return f"{self.focus}: {self.message}{value}"


def validate_graph(data: Graph) -> list[Violation]:
    """Every way DATA breaks the shapes, sorted; empty when it conforms."""
    from pyshacl import validate

    conforms, report, _ = validate(data, shacl_graph=shapes(), ont_graph=ontology(), inference="none",
                                  advanced=True, allow_warnings=True)
    if conforms:
        return []
    return sorted({_violation(data, report, result) for result in report.subjects(RDF.type, SH.ValidationResult)},
                  key=lambda v: (v.focus, v.path, v.message))


def validate_file(path: str | Path) -> list[Violation]:
    """Validate the graph file (or out folder) at PATH; raises GraphFileError, with the line if known, if it cannot be read."""
    return validate_graph(read_graph(path))


def _violation(data: Graph, report: Graph, result) -> Violation:
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
    return Violation(focus=describe(data, focus), path=_path(data, report, path) if path is not None else "",
                     message=messages[0] if messages else "breaks a shape",
                     value=_value(data, value) if value is not None and value != focus else None)


def describe(data: Graph, node) -> str:
    """A node as a reader knows it: its type, short IRI and name, e.g. Paper id:paper-x ("Some Title")."""
    types = sorted(_short(data, t) for t in data.objects(node, RDF.type))
    name = data.value(node, DCTERMS.title) or data.value(node, RDFS.label)
    kind = " ".join(t.removeprefix("kg:") for t in types) or "node"
    label = f' ("{_clip(str(name))}")' if name else ""
    return f"{kind} {_short(data, node)}{label}"


def _value(data: Graph, value) -> str:
    if isinstance(value, Literal):
        datatype = f"^^{_short(data, value.datatype)}" if value.datatype else ""
        return f'"{_clip(str(value))}"{datatype}'
    if isinstance(value, URIRef):
        return describe(data, value) if (value, None, None) in data else _short(data, value)
    return str(value)


def _short(data: Graph, term) -> str:
    if isinstance(term, URIRef):
        try:
            return data.namespace_manager.normalizeUri(term)
        except Exception:  # noqa: BLE001 - rdflib raises for IRIs it cannot shorten
            return f"<{term}>"
    return str(term)


def _path(data: Graph, report: Graph, path) -> str:
    inverse = report.value(path, SH.inversePath)
    return f"^{_short(data, inverse)}" if inverse is not None else _short(data, path)


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

