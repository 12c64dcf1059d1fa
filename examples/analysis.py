"""A starting point for your own analysis of a paperkg build: copy it and change the questions.

    kg build examples/pages -o out
    python examples/analysis.py out            # or with no argument: builds examples/pages first

Uses the networkx graph (kg.load) for graph questions and SPARQL (kg.query) for table questions.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import networkx as nx

import kg
from kg.analysis import best_figures, co_mentions, communities, labels, shortest_path, top_entities
from kg.query import run_query

HERE = Path(__file__).resolve().parent


def main(out: Path) -> None:
    graph = kg.load(out)  # networkx MultiDiGraph; node "type" is Paper, Model, Benchmark, Result, ...
    papers = [n for n, d in graph.nodes(data=True) if d["type"] == "Paper"]
    print(f"{len(papers)} papers, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")

    for type_, plural in (("Model", "models"), ("Benchmark", "benchmarks"), ("Hardware", "hardware")):
        top = ", ".join(f"{r.label} ({r.papers})" for r in top_entities(graph, type_, 5))
        print(f"top {plural} (papers): {top or '-'}")

    pairs = co_mentions(graph, "Model", "Benchmark")  # weighted nx.Graph, weight = papers naming both
    heaviest = sorted(pairs.edges(data="weight"), key=lambda e: (-e[2], e[0], e[1]))[:5]
    print("models and benchmarks named together:",
          "; ".join(f"{pairs.nodes[a]['label']} + {pairs.nodes[b]['label']} ({w})" for a, b, w in heaviest) or "-")

    for number, group in enumerate(communities(graph)[:3], start=1):
        print(f"community {number}: {', '.join(group[:8])}{' ...' if len(group) > 8 else ''}")

    ranked = [r.label for r in top_entities(graph, "Model", 2) + top_entities(graph, "Benchmark", 1)]
    if len(ranked) >= 2:
        try:
            print(f"path {ranked[0]} -> {ranked[-1]}: {' -> '.join(labels(graph, shortest_path(graph, ranked[0], ranked[-1])))}")
        except nx.NetworkXNoPath:
            print(f"no path between {ranked[0]} and {ranked[-1]}")

    for row in best_figures(graph, "speedup", n=3):
        print(f"speedup {row['label']}: {row['paper']}" + (f" on {', '.join(row['models'])}" if row["models"] else ""))

    result = run_query(out, HERE.parent / "queries" / "papers-per-venue.rq")
    for venue, year, count, results in result.rows:
        print(f"{venue}: {count} papers, {results} results")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        from kg.build import build

        with tempfile.TemporaryDirectory() as tmp:
            build([HERE / "pages"], Path(tmp), html=False)
            main(Path(tmp))
