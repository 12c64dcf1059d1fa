"""kg.load and the analysis helpers on the seed build; GraphML and node-link JSON load back intact; kg stats; the example script."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import kg
from export.graphml import graphml_ready
from kg.analysis import (best_figures, co_mentions, communities, find, labels, nodes_of, papers_of, shortest_path,
                         top_entities)
from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def seed_graph(seed_build) -> nx.MultiDiGraph:
    return kg.load(seed_build[1])


def edges_with_keys(graph) -> dict:
    return {(s, t, k): d for s, t, k, d in graph.edges(keys=True, data=True)}


@pytest.mark.parametrize("fixture", ["seed_build", "example_build"])
def test_analysis_node_link_json_loads_back_identical(request, fixture):
    report, out = request.getfixturevalue(fixture)
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    loaded = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert dict(loaded.nodes(data=True)) == dict(report.graph.nodes(data=True))
    assert edges_with_keys(loaded) == edges_with_keys(report.graph)


@pytest.mark.parametrize("fixture", ["seed_build", "example_build"])
def test_analysis_graphml_loads_back_identical(request, fixture):
    report, out = request.getfixturevalue(fixture)
    loaded = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    expected = graphml_ready(report.graph)
    assert dict(loaded.nodes(data=True)) == dict(expected.nodes(data=True))
    assert edges_with_keys(loaded) == edges_with_keys(expected)


@pytest.mark.parametrize("name", ["", "graph.json", "graph.graphml"])
def test_analysis_load_types_attributes(seed_build, name):
    graph = kg.load(seed_build[1] / name)
    assert graph.is_directed() and graph.is_multigraph()
    papers = nodes_of(graph, "Paper")
    assert len(papers) == seed_build[0].papers
    assert all(isinstance(graph.nodes[p]["year"], int) for p in papers if "year" in graph.nodes[p])
    assert all(isinstance(graph.nodes[p]["sources"], list) for p in papers)
    for result in nodes_of(graph, "Result"):
        attrs = graph.nodes[result]
        assert any(isinstance(attrs.get(k), float) for k in ("value", "min_value", "max_value")), attrs
    for entity in nodes_of(graph, "Model"):
        assert "Model" in graph.nodes[entity]["types"] and isinstance(graph.nodes[entity]["aliases"], list)


def test_analysis_load_missing_build(tmp_path):
    with pytest.raises(FileNotFoundError, match="kg build"):
        kg.load(tmp_path / "nowhere")


def test_analysis_top_entities(seed_graph):
    benchmarks = top_entities(seed_graph, "Benchmark", 3)
    assert "LongBench" in [r.label for r in benchmarks]  # four seed papers name it
    assert [r.papers for r in benchmarks] == sorted((r.papers for r in benchmarks), reverse=True)
    assert all(r.papers == len(papers_of(seed_graph, r.node)) for r in benchmarks)


def test_analysis_co_mentions_model_benchmark(seed_graph):
    network = co_mentions(seed_graph, "Model", "Benchmark")
    pair = (find(seed_graph, "GPT-4.1"), find(seed_graph, "LooGLE v2"))  # the LooGLE v2 paper tests GPT-4.1
    assert network.has_edge(*pair) and network.edges[pair]["weight"] >= 1
    assert all(data["weight"] == len(data["papers"]) for _, _, data in network.edges(data=True))


def test_analysis_communities_partition_entities(seed_graph):
    groups = communities(seed_graph)
    names = [name for group in groups for name in group]
    assert len(names) == len(set(names))
    assert [len(g) for g in groups] == sorted((len(g) for g in groups), reverse=True)
    assert "LongBench" in names


def test_analysis_shortest_path_through_a_paper(seed_graph):
    path = shortest_path(seed_graph, "llama2-7b", "LongBench")  # names compare folded
    assert labels(seed_graph, path)[0] == "LLaMA2-7B" and labels(seed_graph, path)[-1] == "LongBench"
    assert len(path) == 3 and seed_graph.nodes[path[1]]["type"] in ("Paper", "Result")


def test_analysis_shortest_path_avoids_hubs(seed_graph):
    with pytest.raises(nx.NetworkXNoPath):  # no paper names PipeSD with LongBench; only the research area joins them
        shortest_path(seed_graph, "PipeSD", "LongBench")
    path = shortest_path(seed_graph, "PipeSD", "LongBench", via_hubs=True)
    assert any(seed_graph.nodes[n]["type"] in ("Venue", "ResearchArea") for n in path)


def test_analysis_unknown_name(seed_graph):
    with pytest.raises(KeyError, match="no node named"):
        shortest_path(seed_graph, "NoSuchModel-9000", "LongBench")


def test_analysis_best_figures(seed_graph):
    rows = best_figures(seed_graph, "speedup", unit="x", n=100)
    pipesd = [r for r in rows if r["paper"].startswith("PipeSD")]
    assert pipesd and pipesd[0]["top"] == 2.16  # "1.16×–2.16× speedup"
    assert [r["top"] for r in rows] == sorted((r["top"] for r in rows), reverse=True)


def test_stats_cli_summarises_build(seed_build):
    result = runner.invoke(app, ["stats", str(seed_build[1]), "--top", "3"])
    assert result.exit_code == 0, result.stderr
    assert f"Paper {seed_build[0].papers:>6}".replace(" ", "") in result.stdout.replace(" ", "")
    for words in ("Papers per venue:", "ACL2025", "Top benchmarks", "LongBench", "Largest speedups:"):
        assert words in result.stdout


def test_stats_cli_missing_build(tmp_path):
    result = runner.invoke(app, ["stats", str(tmp_path)])
    assert result.exit_code == 2 and "kg build" in result.stderr


def test_example_analysis_script_runs(example_build):
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "analysis.py"), str(example_build[1])],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{example_build[0].papers} papers" in done.stdout and "top models" in done.stdout
