"""Wire the stages together: find pages, read notes, extract, build the graph, write every output."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .files import write_atomic
from .graph import build_graph
from .records import Extraction, Note
from .vocab import DEFAULT_BASE

OUTPUTS = ("graph.ttl", "graph.html", "graph.graphml", "graph.json")


@dataclass
class Problem:
    source: str
    line: int | None
    message: str
    skipped: bool = False

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{'error' if self.skipped else 'warning'}: {where}: {self.message}"


@dataclass
class BuildReport:
    pages: int = 0
    papers: int = 0
    problems: list[Problem] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    graph: nx.MultiDiGraph | None = None

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]


class StrictStop(Exception):
    """--strict: the first problem stops the build."""


def read_notes(inputs: Iterable[str | Path], report: BuildReport, strict: bool = False,
               echo: Callable[[str], None] | None = None) -> list[Note]:
    from extract.readers import PageError, find_pages, read_page

    def warn(source: str, line: int | None, message: str) -> None:
        problem = Problem(source, line, message)
        report.problems.append(problem)
        if echo:
            echo(str(problem))
        if strict:
            raise StrictStop(str(problem))

    notes: list[Note] = []
    try:
        pages = find_pages(inputs, warn)
    except PageError as err:
        report.problems.append(Problem(err.source, err.line, err.message, skipped=True))
        raise StrictStop(str(report.problems[-1])) from err
    for page in pages:
        try:
            page_notes = read_page(page, warn)
        except PageError as err:
            problem = Problem(err.source, err.line, err.message, skipped=True)
            report.problems.append(problem)
            if echo:
                echo(str(problem))
            if strict:
                raise StrictStop(str(problem)) from err
            continue
        report.pages += 1
        notes.extend(page_notes)
    return notes


def extract_notes(notes: list[Note], patterns: Iterable[Path] = ()) -> list[Extraction]:
    from extract.extractor import Extractor

    return list(Extractor(patterns).extract(notes))


def write_outputs(graph: nx.MultiDiGraph, outdir: Path, base: str = DEFAULT_BASE, html: bool = True,
                  html_max_nodes: int | None = None, html_focus: str | None = None) -> list[Path]:
    from export.graphml import to_graphml
    from export.html import to_html
    from export.nodelink import to_node_link
    from export.turtle import to_turtle

    writers = {"graph.ttl": lambda: to_turtle(graph, base), "graph.graphml": lambda: to_graphml(graph),
               "graph.json": lambda: to_node_link(graph)}
    if html:
        writers["graph.html"] = lambda: to_html(graph, max_nodes=html_max_nodes, focus=html_focus)
    written = []
    for name in OUTPUTS:
        if name in writers:
            write_atomic(outdir / name, writers[name]())
            written.append(outdir / name)
    return written


def build(inputs: Iterable[str | Path], outdir: Path, *, patterns: Iterable[Path] = (), base: str = DEFAULT_BASE,
          html: bool = True, strict: bool = False, echo: Callable[[str], None] | None = None,
          html_max_nodes: int | None = None, html_focus: str | None = None) -> BuildReport:
    """The whole job: pages in, graph files out. Raises StrictStop under --strict on the first problem."""
    report = BuildReport()
    notes = read_notes(inputs, report, strict=strict, echo=echo)
    extractions = extract_notes(notes, patterns)
    graph = build_graph(extractions)
    report.papers = sum(1 for _, d in graph.nodes(data=True) if d.get("type") == "Paper")
    report.outputs = write_outputs(graph, Path(outdir), base=base, html=html, html_max_nodes=html_max_nodes,
                                   html_focus=html_focus)
    report.graph = graph
    return report


def stderr(message: str) -> None:
    print(message, file=sys.stderr)
