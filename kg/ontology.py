"""The shipped kg: ontology and SHACL shapes, read from package data."""
from __future__ import annotations

from importlib.resources import files

from rdflib import Graph

FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "jsonld": "json-ld",
           "json-ld": "json-ld", "xml": "xml"}


def data_text(name: str) -> str:
    return files("kg").joinpath("data", name).read_text(encoding="utf-8")


def ontology() -> Graph:
    """The kg: vocabulary as an rdflib Graph."""
    return Graph().parse(data=data_text("ontology.ttl"), format="turtle")


def shapes() -> Graph:
    """The SHACL shapes every export must satisfy."""
    return Graph().parse(data=data_text("shapes.ttl"), format="turtle")


def ontology_text(fmt: str = "turtle") -> str:
    """The ontology serialised as Turtle (verbatim, with its comments), N-Triples, JSON-LD or RDF/XML."""
    try:
        rdflib_format = FORMATS[fmt.lower()]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(sorted(FORMATS))}") from None
    if rdflib_format == "turtle":
        return data_text("ontology.ttl")
    graph = ontology()
    if rdflib_format == "json-ld":  # compact IRIs with the ontology's own prefixes
        context = {prefix: str(namespace) for prefix, namespace in graph.namespaces()
                   if prefix in ("kg", "dcterms", "owl", "prov", "rdf", "rdfs", "schema", "skos", "xsd")}
        return graph.serialize(format="json-ld", context=context)
    return graph.serialize(format=rdflib_format)
