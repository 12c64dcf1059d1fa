"""The graph as networkx node-link JSON, keys sorted so the same graph gives the same bytes."""
from __future__ import annotations

import json

import networkx as nx

SCALARS = (str, int, float, bool, type(None))


def to_node_link(graph: nx.MultiDiGraph) -> str:
    """json.dumps(node_link_data, indent=1, sort_keys=True), the same bytes several times faster.

    json's indented output runs in pure Python; nodes and edges are flat dicts of scalars, so each
    is encoded by json's C encoder with the indentation as its item separator.
    """
    data = nx.node_link_data(graph, edges="edges")
    records = data["nodes"] + data["edges"]
    if not all(isinstance(key, str) and isinstance(value, SCALARS) for record in records
               for key, value in record.items()) or not all(isinstance(v, SCALARS) for v in data["graph"].values()):
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    fields = []
    for name in sorted(data):
        value = data[name]
        if name in ("nodes", "edges"):
            items = ",\n".join(f"  {_record(r, 2)}" for r in value)
            fields.append(f' "{name}": ' + (f"[\n{items}\n ]" if value else "[]"))
        elif name == "graph":
            fields.append(f' "graph": {_record(value, 1)}')
        else:
            fields.append(f" {json.dumps(name)}: {json.dumps(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def _record(record: dict, depth: int) -> str:
    if not record:
        return "{}"
    inner = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",\n" + " " * (depth + 1), ": "))
    return "{\n" + " " * (depth + 1) + inner[1:-1] + "\n" + " " * depth + "}"


def read_node_link(text: str) -> nx.MultiDiGraph:
    return nx.node_link_graph(json.loads(text), directed=True, multigraph=True, edges="edges")
