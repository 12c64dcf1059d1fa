"""Build one networkx MultiDiGraph from extractions: typed nodes, typed edges, provenance on every edge."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from .merge import EntityIndex
from .names import area_id, entity_id, paper_id, venue_id
from .records import Evidence, Extraction, Figure

ALIAS_SEPARATOR = " | "


def provenance(paper: str, evidence: Evidence | None) -> dict:
    if evidence is None:
        return {"paper": paper}
    return {"paper": paper, "field": evidence.field, "sentence": evidence.sentence,
            "start": evidence.start, "end": evidence.end, "rule": evidence.rule}


def merge_papers(extractions: Iterable[Extraction]) -> list[tuple[str, Extraction, list[str]]]:
    """The same title on two pages, or twice on one, is one paper; its fullest note wins."""
    groups: dict[str, list[Extraction]] = defaultdict(list)
    for extraction in extractions:
        groups[paper_id(extraction.note.title)].append(extraction)
    merged = []
    for pid in sorted(groups):
        items = groups[pid]
        best = max(items, key=lambda e: (len(e.note.summary), -items.index(e)))
        sources = sorted({f"{e.note.source}:{e.note.line}" for e in items})
        merged.append((pid, best, sources))
    return merged


def figure_label(figure: Figure) -> str:
    number = figure.value if figure.value is not None else f"{figure.min_value}–{figure.max_value}"
    unit = "×" if figure.unit == "x" else figure.unit
    if " " in unit or (len(unit) > 2 and unit.isalpha()):  # '3.2 tokens per step', '77 seconds'; '54ms', '17GB'
        unit = " " + unit
    words = " ".join(w for w in (figure.kind if figure.kind != "speedup" else "", figure.aspect) if w)
    return f"{number}{unit} {words}".strip()


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    papers = merge_papers(extractions)
    index = EntityIndex([(pid, e) for pid, e, _ in papers])
    graph = nx.MultiDiGraph()
    for node, attrs in index.nodes():
        graph.add_node(node, **attrs)
    for pid, extraction, sources in papers:
        _add_paper(graph, pid, extraction, sources, index)
    return graph


def _add_paper(graph: nx.MultiDiGraph, pid: str, extraction: Extraction, sources: list[str], index: EntityIndex) -> None:
    note = extraction.note
    attrs = {"type": "Paper", "label": note.title, "title": note.title, "summary": note.summary,
             "sources": ALIAS_SEPARATOR.join(sources)}
    if note.year is not None:
        attrs["year"] = note.year
    graph.add_node(pid, **attrs)
    if note.venue:
        vid = venue_id(note.venue)
        graph.add_node(vid, type="Venue", label=note.venue)
        graph.add_edge(pid, vid, key="venue", relation="venue", paper=pid, rule="page-header")
        graph.nodes[pid]["venue"] = note.venue
    if note.area:
        aid = area_id(note.area)
        graph.add_node(aid, type="ResearchArea", label=note.area)
        graph.add_edge(pid, aid, key="area", relation="area", paper=pid, rule="page-header")
        graph.nodes[pid]["area"] = note.area
    for mention in extraction.mentions:
        node = entity_id(index.root(mention.key, pid))
        graph.add_edge(pid, node, key="mentions", relation="mentions", type=mention.type,
                       **provenance(pid, mention.evidence))
    for role in extraction.roles:
        node = entity_id(index.root(role.key, pid))
        graph.add_edge(pid, node, key=role.relation, relation=role.relation, **provenance(pid, role.evidence))
    for number, figure in enumerate(extraction.figures, start=1):
        _add_result(graph, pid, number, figure, extraction, index)


def _add_result(graph, pid, number, figure: Figure, extraction: Extraction, index: EntityIndex) -> None:
    rid = f"result-{pid.removeprefix('paper-')}-{number}"
    attrs = {"type": "Result", "label": figure_label(figure), "unit": figure.unit, "kind": figure.kind,
             "aspect": figure.aspect, "quote": figure.quote, "evidence": figure.evidence.sentence if figure.evidence else "",
             "paper": pid, "rule": figure.evidence.rule if figure.evidence else ""}
    for name in ("value", "min_value", "max_value", "qualifier"):
        if getattr(figure, name) is not None:
            attrs[name] = getattr(figure, name)
    graph.add_node(rid, **attrs)
    graph.add_edge(pid, rid, key="reports", relation="reports", **provenance(pid, figure.evidence))
    by_name = {m.name: m.key for m in extraction.mentions}
    for relation, names in (("onModel", figure.models), ("onBenchmark", figure.benchmarks),
                            ("onHardware", figure.hardware), ("baseline", figure.baselines)):
        for name in names:
            if name in by_name:
                graph.add_edge(rid, entity_id(index.root(by_name[name], pid)), key=relation, relation=relation,
                               **provenance(pid, figure.evidence))

