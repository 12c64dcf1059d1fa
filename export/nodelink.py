"""The graph as networkx node-link JSON, keys sorted so the same graph gives the same bytes."""
from __future__ import annotations

import json

import networkx as nx


def to_node_link(graph: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read_node_link(text: str) -> nx.MultiDiGraph:
    return nx.node_link_graph(json.loads(text), directed=True, multigraph=True, edges="edges")
