"""RDF as N-Triples, written straight from triples: sorted, duplicate-free, a million triples in seconds."""
from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# N-Triples ECHAR and UCHAR escapes; IRIs may not hold these characters raw.
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_SPECIAL = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f]')
_IRI_SPECIAL = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def escape_string(text: str) -> str:
    if not _STRING_SPECIAL.search(text):
        return text
    return _STRING_SPECIAL.sub(lambda m: _STRING_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text)


def escape_iri(iri: str) -> str:
    if not _IRI_SPECIAL.search(iri):
        return iri
    return _IRI_SPECIAL.sub(lambda m: f"\\u{ord(m.group()):04X}", iri)


def literal_nt(literal: Literal) -> str:
    text = f'"{escape_string(str(literal))}"'
    if literal.language:
        return f"{text}@{literal.language}"
    if literal.datatype is not None and str(literal.datatype) != XSD_STRING:
        return f"{text}^^<{escape_iri(str(literal.datatype))}>"
    return text


def term_nt(term: Node) -> str:
    """One term in N-Triples syntax."""
    if isinstance(term, URIRef):
        return f"<{escape_iri(str(term))}>"
    if isinstance(term, Literal):
        return literal_nt(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


class TermCache(dict):
    """IRIs repeat a lot (every predicate, every entity): format each once."""

    def __missing__(self, term: Node) -> str:
        text = self[term] = term_nt(term)
        return text


def nt_rows(triples: Iterable[tuple[Node, Node, Node]]) -> list[tuple[str, str, str]]:
    """Each distinct triple as its three N-Triples terms, sorted: the same graph always gives the same order."""
    cache = TermCache()
    rows = set()
    for s, p, o in triples:
        rows.add((cache[s], cache[p], cache[o] if not isinstance(o, Literal) else literal_nt(o)))
    return sorted(rows)


def to_ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in nt_rows(triples))
