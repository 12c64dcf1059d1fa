"""The kg: RDF vocabulary (see ../shared/CONTRACT.md); a typo raises instead of minting a new IRI."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

NS = "https://w3id.org/paperkg/ns#"
DEFAULT_BASE = "https://w3id.org/paperkg/id/"
ONTOLOGY_IRI = "https://w3id.org/paperkg/ns"


class KG(DefinedNamespace):
    _NS = Namespace(NS)
    _fail = True

    Paper: URIRef
    Entity: URIRef
    Method: URIRef
    Model: URIRef
    Benchmark: URIRef
    Hardware: URIRef
    Metric: URIRef
    Result: URIRef
    Venue: URIRef
    ResearchArea: URIRef

    summary: URIRef
    venue: URIRef
    year: URIRef
    area: URIRef
    mentions: URIRef
    proposes: URIRef
    comparedWith: URIRef
    reports: URIRef
    value: URIRef
    minValue: URIRef
    maxValue: URIRef
    unit: URIRef
    kind: URIRef
    aspect: URIRef
    qualifier: URIRef
    onModel: URIRef
    onBenchmark: URIRef
    onHardware: URIRef
    baseline: URIRef
    evidence: URIRef
    quote: URIRef
    rule: URIRef
    source: URIRef
