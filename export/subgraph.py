"""Cut a big graph down for the HTML view: the neighbourhood of a name, or the best-connected nodes."""
from __future__ import annotations

import networkx as nx

from kg.names import fold

PAPER_PARTS = ("reports", "venue", "area")


def neighbour_count(graph: nx.MultiDiGraph, node: str) -> int:
    """Distinct neighbours in either direction; parallel edges count once."""
    return len(set(graph.succ[node]) | set(graph.pred[node]))


def names_of(node: str, data: dict) -> list[str]:
    """Every name a node goes by: id, label, title and each alias."""
    aliases = str(data.get("aliases", "")).split(" | ")
    return [node, str(data.get("label", "")), str(data.get("title", "")), *aliases]


def focus_subgraph(graph: nx.MultiDiGraph, text: str) -> nx.MultiDiGraph:
    """Nodes whose names contain TEXT (folded), their neighbours, and each kept paper's results, venue and area."""
    wanted = fold(text)
    if not wanted:
        raise ValueError(f"--html-focus {text!r} has no letters or digits to match")
    seeds = {n for n, d in graph.nodes(data=True) if any(wanted in fold(name) for name in names_of(n, d))}
    if not seeds:
        raise ValueError(f"no node matches --html-focus {text!r}")
    keep = set(seeds)
    for node in seeds:
        keep.update(graph.succ[node], graph.pred[node])
    for node in [n for n in keep if graph.nodes[n].get("type") == "Paper"]:
        keep.update(t for _, t, k in graph.out_edges(node, keys=True) if k in PAPER_PARTS)
    return graph.subgraph(keep).copy()


def top_subgraph(graph: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """The max_nodes best-connected nodes (ties by id) and the edges among them."""
    if max_nodes < 1:
        raise ValueError(f"--max-nodes must be at least 1, not {max_nodes}")
    ranked = sorted(graph, key=lambda n: (-neighbour_count(graph, n), n))
    return graph.subgraph(ranked[:max_nodes]).copy()


def view_subgraph(graph: nx.MultiDiGraph, *, max_nodes: int | None = None,
                  focus: str | None = None) -> tuple[nx.MultiDiGraph, str]:
    """The graph to draw and a note saying what was left out ("" when nothing was)."""
    shown, why = graph, []
    if focus:
        shown = focus_subgraph(shown, focus)
        why.append(f"around “{focus}”")
    if max_nodes is not None and len(shown) > max_nodes:
        shown = top_subgraph(shown, max_nodes)
        why.append(f"the {max_nodes:,} best-connected")
    if shown is graph:
        return graph, ""
    return shown, f"Showing {len(shown):,} of {len(graph):,} nodes: {', '.join(why)}."
