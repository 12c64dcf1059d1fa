"""The graph as RDF (kg: vocabulary, prefixes bound) and as Turtle text."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.vocab import DEFAULT_BASE, KG, NS, ONTOLOGY_IRI

ENTITY_TYPES = {"Method", "Model", "Benchmark", "Hardware", "Metric"}
EDGE_PREDICATES = {"mentions": KG.mentions, "proposes": KG.proposes, "comparedWith": KG.comparedWith,
                   "reports": KG.reports, "venue": KG.venue, "area": KG.area, "onModel": KG.onModel,
                   "onBenchmark": KG.onBenchmark, "onHardware": KG.onHardware, "baseline": KG.baseline}
RESULT_TEXT = {"unit": KG.unit, "kind": KG.kind, "aspect": KG.aspect, "qualifier": KG.qualifier,
               "evidence": KG.evidence, "quote": KG.quote, "rule": KG.rule}
RESULT_NUMBERS = {"value": KG.value, "min_value": KG.minValue, "max_value": KG.maxValue}


def decimal(text: str) -> Literal:
    try:
        return Literal(Decimal(str(text).replace(",", "")), datatype=XSD.decimal)
    except InvalidOperation:
        return Literal(str(text))


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The prefixes every RDF output binds."""
    return {"kg": NS, "dcterms": str(DCTERMS), "rdfs": str(RDFS), "skos": str(SKOS), "xsd": str(XSD),
            "prov": str(PROV), "id": base}


def to_rdf(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Graph:
    rdf = Graph()
    for prefix, namespace in prefixes(base).items():
        rdf.bind(prefix, namespace)
    for triple in rdf_triples(graph, base):
        rdf.add(triple)
    return rdf


class _Triples(list):
    """Collects what _node_triples adds, so the triples can stream without an rdflib Graph."""

    add = list.append


def rdf_triples(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Iterator[tuple[Node, Node, Node]]:
    """Every triple of the graph's RDF as rdflib terms (duplicates possible); export/ntriples.py writes them fast."""
    ids = Namespace(base)
    rdf = _Triples()
    rdf.add((ids["graph"], DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    for node, data in graph.nodes(data=True):
        subject = ids[node]
        _node_triples(rdf, subject, data)
        if data.get("type") == "Result" and data.get("paper"):
            rdf.add((subject, PROV.wasDerivedFrom, ids[data["paper"]]))
        yield from rdf
        rdf.clear()
    for source, target, key in graph.edges(keys=True):
        predicate = EDGE_PREDICATES.get(key)
        if predicate is not None:
            yield ids[source], predicate, ids[target]


def _node_triples(rdf: Graph, subject: URIRef, data: dict) -> None:
    kind = data.get("type")
    if kind == "Paper":
        rdf.add((subject, RDF.type, KG.Paper))
        rdf.add((subject, DCTERMS.title, Literal(data["title"])))
        if data.get("summary"):
            rdf.add((subject, KG.summary, Literal(data["summary"])))
        if data.get("year") is not None:
            rdf.add((subject, KG.year, Literal(str(data["year"]), datatype=XSD.gYear)))
        for source in filter(None, data.get("sources", "").split(" | ")):
            rdf.add((subject, KG.source, Literal(source)))
    elif kind in ("Venue", "ResearchArea"):
        rdf.add((subject, RDF.type, KG[kind]))
        rdf.add((subject, RDFS.label, Literal(data["label"])))
    elif kind in ENTITY_TYPES:
        for type_ in filter(None, data.get("types", kind).split(" | ")):
            rdf.add((subject, RDF.type, KG[type_]))
        rdf.add((subject, RDFS.label, Literal(data["label"])))
        for alias in filter(None, data.get("aliases", "").split(" | ")):
            rdf.add((subject, SKOS.altLabel, Literal(alias)))
    elif kind == "Result":
        rdf.add((subject, RDF.type, KG.Result))
        rdf.add((subject, RDFS.label, Literal(data["label"])))
        for name, predicate in RESULT_NUMBERS.items():
            if data.get(name) is not None:
                rdf.add((subject, predicate, decimal(data[name])))
        for name, predicate in RESULT_TEXT.items():
            if data.get(name):
                rdf.add((subject, predicate, Literal(data[name])))


def to_turtle(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> str:
    return to_rdf(graph, base).serialize(format="turtle")
