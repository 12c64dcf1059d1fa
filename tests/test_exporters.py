"""Each exporter round-trips: Turtle through rdflib, GraphML through networkx, node-link JSON through read_node_link."""
from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, SKOS

from export.graphml import to_graphml
from export.nodelink import read_node_link, to_node_link
from export.turtle import to_rdf, to_turtle
from kg.build import build

XSD_NS = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's XSD warns when pytest probes module names
KG = Namespace("https://w3id.org/paperkg/ns#")
ID = "https://w3id.org/paperkg/id/"
PREFIXES = {"kg": "https://w3id.org/paperkg/ns#", "dcterms": str(DCTERMS), "rdfs": str(RDFS), "skos": str(SKOS)}
KINDS = {"speedup", "reduction", "compression", "improvement", "quality"}
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pages"


@pytest.fixture(scope="module", params=["example_build", "seed_build"])
def built(request):
    report, out = request.getfixturevalue(request.param)
    return report.graph, out


@pytest.fixture(scope="module")
def turtle(built):
    graph, out = built
    return Graph().parse(out / "graph.ttl", format="turtle"), graph


def edge_map(graph: nx.MultiDiGraph) -> dict:
    return {(s, t, k): d for s, t, k, d in graph.edges(keys=True, data=True)}


def only_label(rdf: Graph, subject) -> str:
    (label,) = rdf.objects(subject, RDFS.label)
    return str(label)


def decimals_canonical(rdf: Graph) -> Graph:
    """rdflib writes the decimal 68 as the Turtle shorthand 68.0: compare decimals by value."""
    canonical = Graph()
    for s, p, o in rdf:
        if isinstance(o, Literal) and o.datatype == XSD_NS.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD_NS.decimal)
        canonical.add((s, p, o))
    return canonical


def test_turtle_round_trips_isomorphic(turtle):
    parsed, graph = turtle
    assert isomorphic(decimals_canonical(parsed), decimals_canonical(to_rdf(graph)))


def test_turtle_has_every_paper(turtle):
    parsed, graph = turtle
    titles = {d["title"] for _, d in graph.nodes(data=True) if d["type"] == "Paper"}
    assert {str(t) for p in parsed.subjects(RDF.type, KG.Paper) for t in parsed.objects(p, DCTERMS.title)} == titles


def test_turtle_papers_have_venue_year_area(turtle):
    parsed, graph = turtle
    by_title = {d["title"]: d for _, d in graph.nodes(data=True) if d["type"] == "Paper"}
    for paper in parsed.subjects(RDF.type, KG.Paper):
        data = by_title[str(parsed.value(paper, DCTERMS.title))]
        if data.get("venue"):
            venue = parsed.value(paper, KG.venue)
            assert (venue, RDF.type, KG.Venue) in parsed
            assert only_label(parsed, venue) == data["venue"]
        if data.get("area"):
            area = parsed.value(paper, KG.area)
            assert (area, RDF.type, KG.ResearchArea) in parsed
            assert only_label(parsed, area) == data["area"]
        if data.get("year") is not None:
            assert parsed.value(paper, KG.year) == Literal(str(data["year"]), datatype=XSD_NS.gYear)


def test_turtle_seed_papers_all_have_header(seed_build):
    _, out = seed_build
    parsed = Graph().parse(out / "graph.ttl", format="turtle")
    papers = set(parsed.subjects(RDF.type, KG.Paper))
    assert len(papers) == 123
    for predicate in (DCTERMS.title, KG.venue, KG.year, KG.area):
        assert all(parsed.value(p, predicate) is not None for p in papers), predicate


@pytest.mark.parametrize("prefix", sorted(PREFIXES))
def test_turtle_prefixes_bound(built, prefix):
    _, out = built
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert f"@prefix {prefix}: <{PREFIXES[prefix]}> ." in text


def test_turtle_instances_under_default_base(turtle):
    parsed, _ = turtle
    for paper in parsed.subjects(RDF.type, KG.Paper):
        assert str(paper).startswith(ID)
        assert "/" not in str(paper)[len(ID):]


def test_turtle_base_iri_option(example_build):
    report, _ = example_build
    parsed = Graph().parse(data=to_turtle(report.graph, "https://example.org/kg/"), format="turtle")
    papers = list(parsed.subjects(RDF.type, KG.Paper))
    assert papers and all(str(p).startswith("https://example.org/kg/") for p in papers)


def test_turtle_entities_labelled_and_typed(turtle):
    parsed, graph = turtle
    for node, data in graph.nodes(data=True):
        if data["type"] in ("Method", "Model", "Benchmark", "Hardware", "Metric"):
            subject = URIRef(ID + node)
            assert (subject, RDF.type, KG[data["type"]]) in parsed
            assert only_label(parsed, subject) == data["label"]
            aliases = {str(a) for a in parsed.objects(subject, SKOS.altLabel)}
            assert aliases == set(filter(None, data["aliases"].split(" | ")))


def test_turtle_results_follow_contract(turtle):
    parsed, _ = turtle
    results = list(parsed.subjects(RDF.type, KG.Result))
    assert results
    for result in results:
        assert parsed.value(result, KG.kind).value in KINDS
        assert parsed.value(result, KG.unit) is not None
        assert parsed.value(result, KG.evidence) is not None
        numbers = [parsed.value(result, p) for p in (KG.value, KG.minValue, KG.maxValue)]
        assert (numbers[0] is None) != (numbers[1] is None and numbers[2] is None)
        assert all(n.datatype == XSD_NS.decimal for n in numbers if n is not None)
        assert (None, KG.reports, result) in parsed


@pytest.mark.parametrize("relation", ["mentions", "proposes", "comparedWith", "reports", "venue", "area"])
def test_turtle_edges_become_triples(turtle, relation):
    parsed, graph = turtle
    edges = {(s, t) for s, t, k in graph.edges(keys=True) if k == relation}
    triples = {(str(s)[len(ID):], str(o)[len(ID):]) for s, o in parsed.subject_objects(KG[relation])}
    assert edges == triples


@pytest.mark.parametrize("written", ["251.4", "68", "1.34", "1,024"])
def test_turtle_numbers_never_converted(written):
    rdf_graph = nx.MultiDiGraph()
    rdf_graph.add_node("result-x-1", type="Result", label=f"{written}% improvement", value=written, unit="%",
                       kind="improvement", aspect="", evidence=f"It improves by {written}%.")
    parsed = Graph().parse(data=to_turtle(rdf_graph), format="turtle")
    value = parsed.value(URIRef(ID + "result-x-1"), KG.value)
    assert value.datatype == XSD_NS.decimal
    assert value.toPython() == Decimal(written.replace(",", ""))
    assert str(parsed.value(URIRef(ID + "result-x-1"), KG.unit)) == "%"


def test_turtle_same_graph_same_bytes(example_build):
    report, _ = example_build
    assert to_turtle(report.graph) == to_turtle(report.graph.copy())


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    outs = [tmp_path_factory.mktemp("again") for _ in range(2)]
    reports = [build([EXAMPLES], out, html=False, echo=None) for out in outs]
    assert reports[0].papers == reports[1].papers > 0
    return outs


@pytest.mark.parametrize("name", ["graph.ttl", "graph.graphml", "graph.json"])
def test_exporters_two_builds_byte_identical(two_builds, name):
    first, second = two_builds
    assert (first / name).read_bytes() == (second / name).read_bytes()


def test_graphml_loads_back_with_networkx(built):
    graph, out = built
    loaded = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert isinstance(loaded, nx.MultiDiGraph)
    assert set(loaded.nodes) == set(graph.nodes)
    assert sorted(loaded.edges(keys=True)) == sorted(graph.edges(keys=True))


def test_graphml_keeps_attributes(example_build):
    report, _ = example_build
    graph = report.graph
    loaded = nx.read_graphml(io.BytesIO(to_graphml(graph)), force_multigraph=True)
    for node, data in graph.nodes(data=True):
        assert loaded.nodes[node] == {k: v for k, v in data.items() if v is not None}
    loaded_edges = edge_map(loaded)
    for edge, data in edge_map(graph).items():
        assert loaded_edges[edge] == {k: v for k, v in data.items() if v is not None}


def test_graphml_flattens_lists():
    graph = nx.MultiDiGraph()
    graph.add_node("a", type="Method", label="A", tags=["x", "y"], nothing=None)
    loaded = nx.read_graphml(io.BytesIO(to_graphml(graph)), force_multigraph=True)
    assert loaded.nodes["a"] == {"type": "Method", "label": "A", "tags": "x | y"}


def test_nodelink_round_trips(built):
    graph, out = built
    loaded = read_node_link((out / "graph.json").read_text(encoding="utf-8"))
    assert isinstance(loaded, nx.MultiDiGraph)
    assert dict(loaded.nodes(data=True)) == dict(graph.nodes(data=True))
    assert edge_map(loaded) == edge_map(graph)


def test_nodelink_uses_edges_key(example_build):
    report, _ = example_build
    text = to_node_link(report.graph)
    assert '"edges":' in text and '"links":' not in text
