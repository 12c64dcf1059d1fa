"""The graph as networkx node-link JSON, keys sorted so the same graph gives the same bytes."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import networkx as nx

SCALARS = (str, int, float, bool, type(None))


def to_node_link(graph: nx.MultiDiGraph) -> str:
    return "".join(node_link_chunks(graph))


def node_link_chunks(graph: nx.MultiDiGraph) -> Iterator[str]:
    """json.dumps(node_link_data(graph), indent=1, sort_keys=True) in pieces: the same bytes, faster, streamed.

    json's indented output runs in pure Python; nodes and edges are flat dicts of scalars, so each is
    encoded by json's C encoder with the indentation as its item separator, one record at a time.
    """
    if not _flat(graph):
        yield json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        return
    yield f'{{\n "directed": {json.dumps(graph.is_directed())},\n "edges": '
    edges = ({**data, "source": u, "target": v, "key": k} for u, v, k, data in graph.edges(keys=True, data=True))
    yield from _records(edges)
    yield f',\n "graph": {_record(graph.graph, 1)},\n "multigraph": {json.dumps(graph.is_multigraph())},\n "nodes": '
    yield from _records({**data, "id": node} for node, data in graph.nodes(data=True))
    yield "\n}\n"


def _flat(graph: nx.MultiDiGraph) -> bool:
    """Every attribute a scalar under a string name (what kg.graph makes); else json does it the slow way."""
    records = [data for _, data in graph.nodes(data=True)] + [data for *_, data in graph.edges(keys=True, data=True)]
    return all(isinstance(key, str) and isinstance(value, SCALARS) for record in [graph.graph, *records]
               for key, value in record.items()) and all(isinstance(n, SCALARS) for n in graph)


def _record(record: dict, depth: int) -> str:
    if not record:
        return "{}"
    inner = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",\n" + " " * (depth + 1), ": "))
    return "{\n" + " " * (depth + 1) + inner[1:-1] + "\n" + " " * depth + "}"


def _records(records: Iterable[dict]) -> Iterator[str]:
    opening = "[\n  "
    for record in records:
        yield opening + _record(record, 2)
        opening = ",\n  "
    yield "[]" if opening == "[\n  " else "\n ]"


def read_node_link(text: str) -> nx.MultiDiGraph:
    return nx.node_link_graph(json.loads(text), directed=True, multigraph=True, edges="edges")
