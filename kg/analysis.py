"""Load a build as a typed networkx graph and answer the usual questions: top entities, co-mentions, communities, paths."""
from __future__ import annotations

import itertools
import json
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from .names import fold

ENTITY_TYPES = ("Method", "Model", "Benchmark", "Hardware", "Metric")
LIST_ATTRIBUTES = ("aliases", "types", "sources")
NUMBER_ATTRIBUTES = ("value", "min_value", "max_value")
PAPER_LINKS = ("mentions", "proposes", "comparedWith")
HUBS = ("Venue", "ResearchArea")


class Ranked(NamedTuple):
    node: str
    label: str
    papers: int


def load(path: str | Path) -> nx.MultiDiGraph:
    """The graph of a build (its folder, graph.json or graph.graphml), attributes typed.

    Years are ints, values floats, aliases/types/sources lists; the raw files keep them as text.
    """
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json" if (path / "graph.json").is_file() else path / "graph.graphml"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file; run `kg build ... -o {path.parent}` first")
    if path.suffix == ".graphml":
        graph = nx.read_graphml(path, force_multigraph=True)
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    for _, attrs in graph.nodes(data=True):
        _type_attributes(attrs)
    return graph


def _type_attributes(attrs: dict) -> None:
    for name in LIST_ATTRIBUTES:
        if isinstance(attrs.get(name), str):
            attrs[name] = [part for part in attrs[name].split(" | ") if part]
    if attrs.get("type") in ENTITY_TYPES and not attrs.get("types"):
        attrs["types"] = [attrs["type"]]
    for name in NUMBER_ATTRIBUTES:
        if attrs.get(name) is not None:
            try:
                attrs[name] = float(str(attrs[name]).replace(",", ""))
            except ValueError:
                pass
    if attrs.get("year") is not None:
        attrs["year"] = int(attrs["year"])


def is_a(attrs: dict, type_: str) -> bool:
    """Whether a node has TYPE, counting every type of a name that is, say, both Method and Model."""
    return attrs.get("type") == type_ or type_ in (attrs.get("types") or ())


def nodes_of(graph: nx.MultiDiGraph, type_: str) -> list[str]:
    return [node for node, attrs in graph.nodes(data=True) if is_a(attrs, type_)]


def papers_of(graph: nx.MultiDiGraph, node: str) -> set[str]:
    """The papers that mention, propose or compare with NODE, or report a result tied to it."""
    papers = set()
    for source, _, key in graph.in_edges(node, keys=True):
        kind = graph.nodes[source].get("type")
        if kind == "Paper" and key in PAPER_LINKS:
            papers.add(source)
        elif kind == "Result":
            papers.update(p for p, _, k in graph.in_edges(source, keys=True) if k == "reports")
    return papers


def top_entities(graph: nx.MultiDiGraph, type_: str, n: int = 10) -> list[Ranked]:
    """The N entities of TYPE named by the most papers (ties by name)."""
    ranked = [Ranked(node, graph.nodes[node]["label"], len(papers_of(graph, node))) for node in nodes_of(graph, type_)]
    ranked.sort(key=lambda r: (-r.papers, r.label.lower()))
    return [r for r in ranked if r.papers][:n]


def co_mentions(graph: nx.MultiDiGraph, first: str = "Model", second: str = "Benchmark") -> nx.Graph:
    """Entities of two types, joined when a paper names both; edge weight = number of such papers."""
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for paper in nodes_of(graph, "Paper"):
        named = {t for _, t, k in graph.out_edges(paper, keys=True) if k in PAPER_LINKS}
        left = sorted(t for t in named if is_a(graph.nodes[t], first))
        right = sorted(t for t in named if is_a(graph.nodes[t], second))
        for a, b in itertools.product(left, right):
            if a != b:
                pairs[tuple(sorted((a, b)))].add(paper)
    network = nx.Graph()
    for (a, b), papers in pairs.items():
        for node in (a, b):
            network.add_node(node, label=graph.nodes[node]["label"], types=graph.nodes[node].get("types", []))
        network.add_edge(a, b, weight=len(papers), papers=sorted(papers))
    return network


def communities(graph: nx.MultiDiGraph, types: tuple[str, ...] = ENTITY_TYPES, seed: int = 0) -> list[list[str]]:
    """Groups of entities that papers tend to name together (Louvain on the co-mention network), largest first."""
    network = nx.Graph()
    for first, second in itertools.combinations_with_replacement(types, 2):
        for a, b, data in co_mentions(graph, first, second).edges(data=True):
            network.add_edge(a, b, weight=data["weight"])
    groups = nx.community.louvain_communities(network, weight="weight", seed=seed) if network else []
    labelled = [sorted((graph.nodes[n]["label"] for n in group), key=str.lower) for group in groups]
    return sorted(labelled, key=lambda g: (-len(g), g))


def find(graph: nx.MultiDiGraph, name: str) -> str:
    """The node named NAME (an id, a label, an alias or a title, compared folded: "llama-3" finds LLaMA3)."""
    if name in graph:
        return name
    wanted = fold(name)
    for node, attrs in graph.nodes(data=True):
        names = [attrs.get("label", ""), attrs.get("title", ""), *(attrs.get("aliases") or [])]
        if any(fold(str(n)) == wanted for n in names if n):
            return node
    raise KeyError(f"no node named {name!r}")


def shortest_path(graph: nx.MultiDiGraph, start: str, end: str, *, via_hubs: bool = False) -> list[str]:
    """The shortest chain of nodes linking two names, ignoring edge direction.

    Venue and research-area nodes join almost everything, so paths avoid them unless VIA_HUBS.
    Raises KeyError for an unknown name and networkx.NetworkXNoPath when nothing links them.
    """
    source, target = find(graph, start), find(graph, end)
    keep = [n for n, attrs in graph.nodes(data=True) if via_hubs or attrs.get("type") not in HUBS or n in (source, target)]
    return nx.shortest_path(graph.subgraph(keep).to_undirected(as_view=True), source, target)


def labels(graph: nx.MultiDiGraph, nodes: list[str]) -> list[str]:
    return [graph.nodes[n].get("label", n) for n in nodes]


def best_figures(graph: nx.MultiDiGraph, kind: str = "speedup", *, unit: str | None = "x", aspect: str | None = None,
                 n: int = 10) -> list[dict]:
    """The N largest results of KIND (and UNIT, ASPECT if given), a range counted by its top; with paper and models."""
    rows = []
    for node in nodes_of(graph, "Result"):
        attrs = graph.nodes[node]
        if attrs.get("kind") != kind or (unit and attrs.get("unit") != unit) or (aspect and attrs.get("aspect") != aspect):
            continue
        top = attrs.get("value", attrs.get("max_value"))
        if not isinstance(top, float):
            continue
        paper = attrs.get("paper") or next((p for p, _, k in graph.in_edges(node, keys=True) if k == "reports"), "")
        tied = defaultdict(list)
        for _, target, key in graph.out_edges(node, keys=True):
            tied[key].append(graph.nodes[target]["label"])
        rows.append({"result": node, "top": top, "label": attrs.get("label", ""), "aspect": attrs.get("aspect", ""),
                     "paper": graph.nodes[paper].get("title", paper) if paper in graph else paper,
                     "models": sorted(tied["onModel"]), "benchmarks": sorted(tied["onBenchmark"]),
                     "hardware": sorted(tied["onHardware"])})
    rows.sort(key=lambda r: (-r["top"], r["paper"]))
    return rows[:n]
