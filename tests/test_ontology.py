"""The shipped ontology and shapes: in step with kg/vocab.py, documented, and enforced by `kg validate`."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV
from typer.testing import CliRunner

from kg.cli import app
from kg.ontology import ontology, ontology_text, shapes
from kg.validate import validate_file, validate_graph
from kg.vocab import KG, NS, ONTOLOGY_IRI

SCHEMA = Namespace("https://schema.org/")
CONTRACT_CLASSES = ["Paper", "Method", "Model", "Benchmark", "Hardware", "Metric", "Result", "Venue", "ResearchArea"]
CONTRACT_PROPERTIES = ["summary", "venue", "year", "area", "mentions", "proposes", "comparedWith", "reports", "value",
                       "minValue", "maxValue", "unit", "kind", "aspect", "onModel", "onBenchmark", "onHardware",
                       "baseline", "evidence"]
runner = CliRunner()


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology()


def declared(onto: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {str(s)[len(NS):] for kind in kinds for s in onto.subjects(RDF.type, kind) if str(s).startswith(NS)}


def properties(onto: Graph) -> list[URIRef]:
    return sorted(s for kind in (OWL.ObjectProperty, OWL.DatatypeProperty) for s in onto.subjects(RDF.type, kind))


def test_ontology_terms_match_vocab(onto):
    vocab = {name for name in KG.__annotations__}
    assert declared(onto) == vocab


@pytest.mark.parametrize("name", CONTRACT_CLASSES + CONTRACT_PROPERTIES)
def test_ontology_declares_contract_term(onto, name):
    assert (KG[name], RDFS.label, None) in onto


def test_ontology_header_has_version(onto):
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in onto
    assert onto.value(header, OWL.versionInfo) is not None
    assert onto.value(header, OWL.versionIRI) is not None


def test_ontology_every_term_has_label_and_comment(onto):
    for name in declared(onto):
        assert onto.value(KG[name], RDFS.label), name
        assert len(str(onto.value(KG[name], RDFS.comment) or "")) > 20, name


def test_ontology_every_property_has_domain_and_range(onto):
    for prop in properties(onto):
        assert onto.value(prop, RDFS.domain) is not None, prop
        assert onto.value(prop, RDFS.range) is not None, prop


def test_ontology_reuses_standard_vocabularies(onto):
    assert (KG.Paper, RDFS.subClassOf, SCHEMA.ScholarlyArticle) in onto
    assert (KG.Result, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.summary, RDFS.subPropertyOf, DCTERMS.description) in onto
    assert (KG.mentions, RDFS.subPropertyOf, SCHEMA.mentions) in onto


@pytest.mark.parametrize("fmt", ["nt", "jsonld", "xml"])
def test_ontology_formats_agree(onto, fmt):
    parsed = Graph().parse(data=ontology_text(fmt), format={"nt": "nt", "jsonld": "json-ld", "xml": "xml"}[fmt])
    assert isomorphic(parsed, onto)


def test_ontology_cli_prints_turtle_and_writes_file(tmp_path, onto):
    printed = runner.invoke(app, ["ontology"])
    assert printed.exit_code == 0
    assert isomorphic(Graph().parse(data=printed.stdout, format="turtle"), onto)
    target = tmp_path / "paperkg.jsonld"
    assert runner.invoke(app, ["ontology", "--format", "jsonld", "-o", str(target)]).exit_code == 0
    assert isomorphic(Graph().parse(target, format="json-ld"), onto)


def test_ontology_cli_rejects_unknown_format():
    result = runner.invoke(app, ["ontology", "--format", "docx"])
    assert result.exit_code == 2  # a usage error
    assert "unknown format" in result.stderr


def test_shapes_parse():
    assert len(shapes()) > 50


@pytest.mark.parametrize("fixture", ["seed_build", "example_build"])
def test_validate_build_conforms(request, fixture):
    _, out = request.getfixturevalue(fixture)
    assert validate_file(out / "graph.ttl") == []
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 0, result.stdout
    assert "conforms" in result.stderr


def test_export_links_ontology_and_provenance(seed_build):
    _, out = seed_build
    data = Graph().parse(out / "graph.ttl")
    assert (None, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)) in data
    for result in data.subjects(RDF.type, KG.Result):
        paper = data.value(result, PROV.wasDerivedFrom)
        assert (paper, KG.reports, result) in data


PREFIXES = """@prefix kg: <https://w3id.org/paperkg/ns#> . @prefix id: <https://w3id.org/paperkg/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
id:paper-p a kg:Paper ; dcterms:title "A Paper" ; kg:reports id:r .
id:r a kg:Result ; kg:value 1.5 ; kg:unit "x" ; kg:kind "speedup" ; kg:evidence "It runs 1.5x faster." .
"""
BROKEN = [
    ("id:paper-q a kg:Paper .", "paper id:paper-q", "exactly one non-empty title"),
    ('id:paper-p kg:year "twenty" .', "kg:year", "xsd:gYear"),
    ('id:paper-p kg:mentions id:v . id:v a kg:Venue ; rdfs:label "ACL2026" .', "kg:mentions",
     "must be a Method, Model, Benchmark, Hardware or Metric"),
    ('id:r kg:kind "faster" .', "kg:kind", "speedup, reduction, compression, improvement or quality"),
    ('id:s a kg:Result ; kg:value 2 ; kg:unit "x" ; kg:kind "speedup" ; kg:evidence "e" .', "result id:s",
     "reported (kg:reports) by exactly one paper"),
    ('id:t a kg:Result ; kg:unit "x" ; kg:kind "speedup" ; kg:evidence "e" . id:paper-p kg:reports id:t .',
     "result id:t", "needs a number"),
    ('id:e-x a kg:Model .', "model id:e-x", "canonical name (rdfs:label)"),
    ('id:r kg:onModel id:e-y . id:e-y a kg:Benchmark ; rdfs:label "GSM8K" .', "kg:onModel", "must be a kg:Model"),
]


def test_validate_accepts_minimal_graph():
    assert validate_graph(Graph().parse(data=PREFIXES, format="turtle")) == []


@pytest.mark.parametrize("extra, where, words", BROKEN, ids=[b[2][:30] for b in BROKEN])
def test_validate_broken_graph_says_what_is_wrong(tmp_path, extra, where, words):
    path = tmp_path / "broken.ttl"
    path.write_text(PREFIXES + extra + "\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert any(where.lower() in line.lower() and words in line for line in result.stdout.splitlines()), result.stdout
    assert "violation" in result.stderr


def test_validate_range_minimum_above_maximum():
    data = Graph().parse(data=PREFIXES, format="turtle")
    r = URIRef("https://w3id.org/paperkg/id/r")
    data.remove((r, KG.value, None))
    data.add((r, KG.minValue, Literal(2.0)))
    data.add((r, KG.maxValue, Literal(1.5)))
    assert any("no larger than its kg:maxValue" in str(v) for v in validate_graph(data))


@pytest.mark.parametrize("content, words", [(None, "no such file"), ("@prefix broken", "not valid turtle")])
def test_validate_unreadable_file(tmp_path, content, words):
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert words in result.stderr


def test_validate_every_rdf_format_of_a_build(tmp_path):
    from kg.build import build
    from kg.query import run_query

    build([Path(__file__).resolve().parents[1] / "examples" / "pages"], tmp_path, html=False,
          rdf_formats=("nt", "jsonld"), echo=None)
    counts = set()
    for name in ("graph.ttl", "graph.nt", "graph.jsonld"):
        assert validate_file(tmp_path / name) == [], name
        counts.add(str(run_query(tmp_path / name, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]))
    assert len(counts) == 1
