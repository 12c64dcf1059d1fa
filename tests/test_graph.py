"""The networkx graph: typed nodes, provenance on every edge, relation names as edge keys, one node per entity."""
from __future__ import annotations

import pytest

from kg.build import extract_notes
from kg.graph import build_graph, figure_label
from kg.records import Figure, Note

NODE_TYPES = {"Paper", "Method", "Model", "Benchmark", "Hardware", "Metric", "Result", "Venue", "ResearchArea"}
PROVENANCE = ("paper", "field", "sentence", "start", "end", "rule")
TRACED = {"mentions", "proposes", "comparedWith", "reports"}


def note(title: str, summary: str, venue: str = "ICML2025", year: int = 2025, area: str = "LLM Efficiency",
         source: str = "page.txt", line: int = 1) -> Note:
    return Note(title=title, summary=summary, venue=venue, year=year, area=area, source=source, line=line)


NOTES = [
    note("FastSpec: Faster Speculative Decoding",
         "FastSpec achieves a 2.7× speedup on LLaMA3 over EAGLE-2 on an A100 GPU.", venue="ACL2026", year=2026),
    note("Sharing Caches for Serving",
         "We evaluate Llama-3 on LongBench and reduce memory by 40% compared to vLLM.", line=3),
    note("Rethinking Attention Redundancy",
         "This paper proposes the Dynamic Group Attention (DGA) mechanism. "
         "Dynamic Group Attention cuts attention cost by 30%.", source="other.txt"),
]


def graph_of(notes: list[Note]):
    return build_graph(extract_notes(notes))


@pytest.fixture(scope="module")
def graph():
    return graph_of(NOTES)


def entity_nodes(graph, label: str) -> list[str]:
    return [n for n, d in graph.nodes(data=True)
            if d.get("type") not in ("Paper", "Result", "Venue", "ResearchArea")
            and (d.get("label") == label or label in d.get("aliases", "").split(" | "))]


def test_graph_every_node_typed(graph):
    assert {d.get("type") for _, d in graph.nodes(data=True)} <= NODE_TYPES
    assert all(d.get("label") for _, d in graph.nodes(data=True))


def test_graph_papers_carry_page_header(graph):
    papers = {d["title"]: d for _, d in graph.nodes(data=True) if d["type"] == "Paper"}
    assert set(papers) == {n.title for n in NOTES}
    assert (papers[NOTES[0].title]["venue"], papers[NOTES[0].title]["year"]) == ("ACL2026", 2026)
    assert papers[NOTES[1].title]["area"] == "LLM Efficiency"


@pytest.mark.parametrize("relation, target_type", [("venue", "Venue"), ("area", "ResearchArea")])
def test_graph_header_edges(graph, relation, target_type):
    papers = [n for n, d in graph.nodes(data=True) if d["type"] == "Paper"]
    for paper in papers:
        (target,) = [t for _, t, k in graph.out_edges(paper, keys=True) if k == relation]
        assert graph.nodes[target]["type"] == target_type


def test_graph_one_venue_and_area_node(graph):
    assert len([n for n, d in graph.nodes(data=True) if d["type"] == "ResearchArea"]) == 1
    assert sorted(d["label"] for _, d in graph.nodes(data=True) if d["type"] == "Venue") == ["ACL2026", "ICML2025"]


def test_graph_edge_keys_are_relation_names(graph):
    for _, _, key, data in graph.edges(keys=True, data=True):
        assert key == data["relation"]


def test_graph_provenance_on_traced_edges(graph):
    traced = [(s, t, k, d) for s, t, k, d in graph.edges(keys=True, data=True) if k in TRACED]
    assert {k for _, _, k, _ in traced} == TRACED
    for source, _, _, data in traced:
        assert all(data.get(name) not in (None, "") for name in PROVENANCE), data
        assert data["paper"] == source
        assert data["field"] in ("title", "summary")
        assert 0 <= data["start"] < data["end"]


def test_graph_provenance_offsets_point_into_field(graph):
    for source, target, key, data in graph.edges(keys=True, data=True):
        if key != "mentions":
            continue
        text = graph.nodes[source][data["field"]]
        assert data["sentence"] in text
        assert text[data["start"]:data["end"]]


def test_graph_readding_an_edge_does_not_duplicate(graph):
    copy = graph.copy()
    for source, target, key, data in list(graph.edges(keys=True, data=True)):
        copy.add_edge(source, target, key=key, **data)
    assert copy.number_of_edges() == graph.number_of_edges()


def test_graph_no_parallel_edges_with_one_relation(graph):
    edges = list(graph.edges(keys=True))
    assert len(edges) == len(set(edges))


@pytest.mark.parametrize("spellings", [("LLaMA3", "Llama-3"), ("DGA", "Dynamic Group Attention")])
def test_graph_one_node_per_entity(graph, spellings):
    nodes = {node for spelling in spellings for node in entity_nodes(graph, spelling)}
    assert len(nodes) == 1


def test_graph_same_entity_across_papers(graph):
    (llama,) = entity_nodes(graph, "LLaMA3")
    papers = {s for s, _, k in graph.in_edges(llama, keys=True) if k == "mentions"}
    assert len(papers) == 2


@pytest.mark.parametrize("plural, single", [("ZQMs", "ZQM"), ("BQ3-LMs", "BQ3-LM")])
def test_graph_a_plural_acronym_is_its_singular(plural, single):
    graph = graph_of([note("Fast Drafts", f"Our method is 2× faster than {plural} on LongBench.", line=3),
                      note("Slow Drafts", f"Our method is 3× slower than {single} on LongBench.", line=6)])
    assert len(entity_nodes(graph, single)) == 1 and entity_nodes(graph, single) == entity_nodes(graph, plural)


def test_graph_a_sharp_version_is_not_its_base():
    graph = graph_of([note("ZQuIP#: Better Quantization", "ZQuIP# outperforms ZQuIP in perplexity.")])
    assert len(entity_nodes(graph, "ZQuIP#")) == 1 and entity_nodes(graph, "ZQuIP#") != entity_nodes(graph, "ZQuIP")


def test_graph_a_plural_acronym_is_labelled_with_its_singular_too():
    graph = graph_of([note("Fast Drafts", "Our method is 2× faster than BQ3-LMs on LongBench.")])
    (node,) = entity_nodes(graph, "BQ3-LMs")
    assert "BQ3-LM" in graph.nodes[node]["aliases"].split(" | ")


def test_graph_acronym_in_one_paper_and_short_form_in_another():
    graph = graph_of([NOTES[2], note("Sparse Follow-up", "Our method is 2× faster than DGA on LongBench.", line=9)])
    (dga,) = entity_nodes(graph, "DGA")
    assert "Dynamic Group Attention" in graph.nodes[dga]["aliases"].split(" | ")
    assert len({s for s, _, k in graph.in_edges(dga, keys=True) if k == "mentions"}) == 2


def test_graph_long_form_alone_in_another_paper_joins_the_acronym():
    graph = graph_of([NOTES[2], note("Sparse Follow-up", "We extend Dynamic Group Attention to vision transformers.")])
    (dga,) = entity_nodes(graph, "DGA")
    assert len({s for s, _, k in graph.in_edges(dga, keys=True) if k == "mentions"}) == 2


def test_graph_same_title_twice_is_one_paper():
    twice = [NOTES[0], note(NOTES[0].title, "Shorter.", source="again.txt")]
    graph = graph_of(twice)
    (paper,) = [d for _, d in graph.nodes(data=True) if d["type"] == "Paper"]
    assert paper["summary"] == NOTES[0].summary
    assert "again.txt" in paper["sources"]


def test_graph_results_hang_off_their_paper(graph):
    for node, data in graph.nodes(data=True):
        if data["type"] == "Result":
            (paper,) = [s for s, _, k in graph.in_edges(node, keys=True) if k == "reports"]
            assert graph.nodes[paper]["type"] == "Paper"
            assert data["unit"] in ("x", "%") or data["unit"]


def test_graph_ids_stable_across_builds():
    first, second = graph_of(NOTES), graph_of(list(reversed(NOTES)))
    assert sorted(first.nodes) == sorted(second.nodes)
    assert sorted(first.edges(keys=True)) == sorted(second.edges(keys=True))
    assert dict(first.nodes(data=True)) == dict(second.nodes(data=True))


def test_graph_ids_do_not_depend_on_other_papers():
    alone, together = graph_of(NOTES[:1]), graph_of(NOTES)
    assert set(alone.nodes) <= set(together.nodes)


def test_graph_seed_build_papers(seed_build):
    report, _ = seed_build
    graph = report.graph
    assert sum(1 for _, d in graph.nodes(data=True) if d["type"] == "Paper") == 123
    for _, _, key, data in graph.edges(keys=True, data=True):
        if key in TRACED:
            assert all(data.get(name) not in (None, "") for name in PROVENANCE), (key, data)


@pytest.mark.parametrize("unit, label", [("x", "2.1× inference"), ("%", "2.1% reduction memory"), ("ms", "2.1ms reduction memory"),
                                         ("tokens per step", "2.1 tokens per step reduction memory"),
                                         ("seconds", "2.1 seconds reduction memory")])
def test_graph_result_labels_keep_a_word_unit_apart_from_its_number(unit, label):
    kind, aspect = ("speedup", "inference") if unit == "x" else ("reduction", "memory")
    figure = Figure(quote="q", unit=unit, kind=kind, aspect=aspect, value="2.1")
    assert figure_label(figure) == label
