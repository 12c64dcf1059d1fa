"""`kg stats`: a build at a glance: counts per type, venues, the most named entities, the best figures."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx

from .analysis import ENTITY_TYPES, best_figures, is_a, load, nodes_of, top_entities
from .wording import plural

TOP_TYPES = {"Model": "models", "Benchmark": "benchmarks", "Hardware": "hardware", "Method": "methods"}


GRAPH_FILES = ("graph.json", "graph.graphml")


def stats_text(path: str | Path, top: int = 5) -> str:
    """The summary `kg stats OUT` prints, for the build folder (or graph.json) at PATH.

    Raises FileNotFoundError, naming the build to run, if PATH holds no graph, and ValueError if it does not parse.
    """
    path = Path(path)
    if path.is_dir():
        found = [path / name for name in GRAPH_FILES if (path / name).is_file()]
        if not found:
            raise FileNotFoundError(f"{path}: no {' or '.join(GRAPH_FILES)} in this folder; "
                                    f"run `kg build INPUT... -o {path}` first")
        path = found[0]
    try:
        graph = load(path)
    except (KeyError, TypeError, ValueError, SyntaxError, nx.NetworkXError) as err:  # SyntaxError: bad GraphML
        raise ValueError(f"{path}: not a graph.json or graph.graphml from kg build ({err})") from err
    return summarize(graph, top)


def summarize(graph: nx.MultiDiGraph, top: int = 5) -> str:
    types = Counter()
    for _, attrs in graph.nodes(data=True):
        for type_ in ("Paper", "Result", "Venue", "ResearchArea", *ENTITY_TYPES):
            if is_a(attrs, type_):
                types[type_] += 1
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    lines = [f"{plural(nodes, 'node')}, {plural(edges, 'edge')}", "", "Nodes per type:"]
    lines += [f"  {name:<13}{types[name]:>6}" for name in ("Paper", "Result", *ENTITY_TYPES, "Venue", "ResearchArea")]
    venues = Counter(graph.nodes[p].get("venue") or "(none)" for p in nodes_of(graph, "Paper"))
    lines += ["", "Papers per venue:"] + [f"  {venue:<13}{count:>6}" for venue, count in sorted(
        venues.items(), key=lambda kv: (-kv[1], kv[0]))]
    for type_, heading in TOP_TYPES.items():
        ranked = top_entities(graph, type_, top)
        if ranked:
            lines += ["", f"Top {heading} (papers naming them):"] + [f"  {r.label:<28}{r.papers:>4}" for r in ranked]
    for title, kind, unit in (("Largest speedups", "speedup", "x"), ("Largest reductions", "reduction", "%"),
                              ("Largest compression ratios", "compression", "x")):  # '20%' kept is no ratio to rank
        rows = best_figures(graph, kind, unit=unit, n=top)
        if rows:
            width = max(28, *(len(row["label"]) for row in rows))  # one column, however long an aspect
            lines += ["", f"{title}:"] + [_figure_line(row, width) for row in rows]
    return "\n".join(lines) + "\n"


def _figure_line(row: dict, width: int) -> str:
    on = ", ".join(row["models"] + row["hardware"])
    paper = row["paper"] if len(row["paper"]) <= 60 else row["paper"][:59] + "…"
    return f"  {row['label']:<{width}} {paper}" + (f"  [on {on}]" if on else "")
