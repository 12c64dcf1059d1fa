"""RDF as JSON-LD (expanded form, one object per subject), written straight from sorted triples."""
from __future__ import annotations

import json
from collections.abc import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _id(term: Node) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _object(term: Node) -> dict:
    if isinstance(term, Literal):
        value: dict = {"@value": str(term)}
        if term.language:
            value["@language"] = term.language
        elif term.datatype is not None and str(term.datatype) != XSD_STRING:
            value["@type"] = str(term.datatype)
        return value
    return {"@id": _id(term)}


def to_jsonld(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """Expanded JSON-LD, subjects, properties and values sorted, so the same graph gives the same bytes."""
    subjects: dict[str, dict[str, set[str]]] = {}
    for s, p, o in triples:
        node = subjects.setdefault(_id(s), {})
        if str(p) == RDF_TYPE and isinstance(o, (URIRef, BNode)):
            node.setdefault("@type", set()).add(_id(o))
        else:
            node.setdefault(str(p), set()).add(json.dumps(_object(o), ensure_ascii=False, sort_keys=True))
    parts = []
    for subject in sorted(subjects):
        properties = subjects[subject]
        fields = [f'"@id": {json.dumps(subject, ensure_ascii=False)}']
        for predicate in sorted(properties):
            values = sorted(properties[predicate])
            if predicate == "@type":
                fields.append(f'"@type": {json.dumps(values, ensure_ascii=False)}')
            else:
                fields.append(f'{json.dumps(predicate, ensure_ascii=False)}: [{", ".join(values)}]')
        parts.append("  {" + ", ".join(fields) + "}")
    return "[\n" + ",\n".join(parts) + "\n]\n"
