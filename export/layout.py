"""Starting positions in linear time: papers along a spiral, their own nodes around them, shared nodes between."""
from __future__ import annotations

import math
from collections import defaultdict, deque

import networkx as nx

from kg.names import short_hash

METADATA = ("venue", "area")  # page-header links: they say where a paper was listed, not what it is about


def _neighbours(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    near: dict[str, set[str]] = {n: set() for n in graph}
    for source, target, key in graph.edges(keys=True):
        if key not in METADATA and source != target:
            near[source].add(target)
            near[target].add(source)
    return near


def _papers_of(graph: nx.MultiDiGraph, near: dict[str, set[str]]) -> dict[str, set[str]]:
    """The papers each node belongs to: a paper itself, a result's paper, an entity's papers."""
    kind = {n: d.get("type") for n, d in graph.nodes(data=True)}
    owners: dict[str, set[str]] = defaultdict(set)
    for node in graph:
        if kind[node] == "Paper":
            owners[node].add(node)
            for other in set(graph.succ[node]) | set(graph.pred[node]):
                owners[other].add(node)
    for node in graph:
        if kind[node] == "Result":
            for other in near[node]:
                owners[other] |= owners[node]
    return owners


def _paper_order(papers: list[str], owners: dict[str, set[str]], near: dict[str, set[str]]) -> list[str]:
    """Papers in breadth-first order over shared entities, rarest first, so neighbours on the spiral are related."""
    order, seen = [], set()
    for start in sorted(papers, key=lambda p: (-len(near[p]), p)):
        if start in seen:
            continue
        seen.add(start)
        queue = deque([start])
        while queue:
            paper = queue.popleft()
            order.append(paper)
            shared = sorted(near[paper], key=lambda n: (len(owners[n]), n))
            for entity in shared:
                for other in sorted(owners[entity] - seen):
                    seen.add(other)
                    queue.append(other)
    return order


def _spiral(index: int, spacing: float) -> tuple[float, float]:
    """The index-th point along an Archimedean spiral whose points and turns are `spacing` apart."""
    if index == 0:
        return 0.0, 0.0
    theta = math.sqrt(4 * math.pi * index)
    radius = spacing * theta / (2 * math.pi)
    return radius * math.cos(theta), radius * math.sin(theta)


def _jitter(node: str, scale: float) -> tuple[float, float]:
    angle = int(short_hash(node), 16) / 16**8 * 2 * math.pi
    return scale * math.cos(angle), scale * math.sin(angle)


def initial_positions(graph: nx.MultiDiGraph, spacing: float = 150.0) -> dict[str, tuple[float, float]]:
    near = _neighbours(graph)
    owners = _papers_of(graph, near)
    papers = [n for n, d in graph.nodes(data=True) if d.get("type") == "Paper"]
    positions: dict[str, tuple[float, float]] = {}
    for index, paper in enumerate(_paper_order(papers, owners, near)):
        positions[paper] = _spiral(index, spacing)
    own: dict[str, list[str]] = defaultdict(list)
    for node in sorted(graph):
        if node not in positions and len(owners[node]) == 1:
            own[next(iter(owners[node]))].append(node)
    for paper, nodes in own.items():
        x, y = positions[paper]
        for k, node in enumerate(nodes):
            angle = 2 * math.pi * k / len(nodes)
            positions[node] = (x + 0.35 * spacing * math.cos(angle), y + 0.35 * spacing * math.sin(angle))
    rest = [n for n in sorted(graph) if n not in positions]
    for node in rest:
        anchors = [positions[p] for p in owners[node] if p in positions]
        if anchors:
            dx, dy = _jitter(node, 0.2 * spacing)
            positions[node] = (sum(x for x, _ in anchors) / len(anchors) + dx,
                               sum(y for _, y in anchors) / len(anchors) + dy)
    for index, node in enumerate(n for n in rest if n not in positions):
        positions[node] = _spiral(len(papers) + index, spacing)
    return positions
