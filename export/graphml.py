"""The graph as GraphML: scalar attributes only, None dropped, so Gephi, igraph and networkx read it."""
from __future__ import annotations

import io

import networkx as nx


def graphml_ready(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML can hold (no None, no lists)."""
    ready = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        ready.add_node(node, **_scalars(data))
    for source, target, key, data in graph.edges(keys=True, data=True):
        ready.add_edge(source, target, key=key, **_scalars(data))
    return ready


def _scalars(data: dict) -> dict:
    return {k: (" | ".join(map(str, v)) if isinstance(v, (list, tuple, set)) else v)
            for k, v in data.items() if v is not None}


def to_graphml(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(graphml_ready(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()
