"""Wire the stages together: find pages, read notes, extract, build the graph, write every output."""
from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .cache import ExtractionCache, open_cache
from .files import commit_staged, discard_staged, write_staged
from .graph import build_graph
from .names import check_base
from .progress import Progress
from .records import Extraction, Note
from .vocab import DEFAULT_BASE

OUTPUTS = ("graph.ttl", "graph.html", "graph.graphml", "graph.json")
RDF_FORMATS = ("turtle", "nt", "jsonld")  # graph.ttl always; nt and jsonld add graph.nt and graph.jsonld
EVERY_OUTPUT = (*OUTPUTS, "graph.nt", "graph.jsonld")
# Control characters and bidirectional overrides, shown as escapes when a problem names a file or quotes a page.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
BATCH = 256  # notes per unit of work for the extraction processes
AUTO_JOBS_BYTES = 2_000_000  # about 4,000 notes: below this, starting worker processes costs more than they save
AUTO_JOBS_MAX = 4


@dataclass
class Problem:
    source: str
    line: int | None
    message: str
    skipped: bool = False

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        text = f"{'error' if self.skipped else 'warning'}: {where}: {self.message}"
        return UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)  # a file name cannot drive the terminal


@dataclass
class BuildReport:
    pages: int = 0
    papers: int = 0
    reused: int = 0  # pages whose extractions came from OUTDIR's cache
    jobs: int = 1  # processes the build ran with
    problems: list[Problem] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)  # outputs of an earlier build that this one did not write
    graph: nx.MultiDiGraph | None = None

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]


class StrictStop(Exception):
    """--strict: the first problem stops the build."""


class NothingToBuild(ValueError):
    """No page could be read: the outputs already in OUTDIR are left as they were."""


def read_notes(inputs: Iterable[str | Path], report: BuildReport, strict: bool = False,
               echo: Callable[[str], None] | None = None) -> list[Note]:
    return [note for _, notes in read_pages(inputs, report, strict=strict, echo=echo) for note in notes]


def find_input_pages(inputs: Iterable[str | Path], report: BuildReport, strict: bool = False,
                     echo: Callable[[str], None] | None = None) -> list[Path]:
    """The page files the inputs name or hold, with what is wrong with them in the report."""
    from extract.readers import PageError, find_pages

    try:
        return find_pages(inputs, _warner(report, strict, echo))
    except PageError as err:
        report.problems.append(Problem(err.source, err.line, err.message, skipped=True))
        raise StrictStop(str(report.problems[-1])) from err


def read_pages(inputs: Iterable[str | Path], report: BuildReport, strict: bool = False,
               echo: Callable[[str], None] | None = None,
               pages_found: Callable[[int], None] | None = None) -> Iterator[tuple[Path, list[Note]]]:
    """Each readable page with its notes, one at a time, so a build streams."""
    yield from read_found_pages(find_input_pages(inputs, report, strict, echo), report, strict, echo, pages_found)


def read_found_pages(pages: list[Path], report: BuildReport, strict: bool = False,
                     echo: Callable[[str], None] | None = None,
                     pages_found: Callable[[int], None] | None = None) -> Iterator[tuple[Path, list[Note]]]:
    """read_pages for pages find_input_pages found."""
    from extract.readers import PageError, read_page

    warn = _warner(report, strict, echo)
    if pages_found:
        pages_found(len(pages))
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
        yield page, page_notes


def _warner(report: BuildReport, strict: bool, echo: Callable[[str], None] | None) -> Callable[[str, int | None, str], None]:
    """A readers' warn callback: the problem goes into the report, to echo, and stops the build under --strict."""
    def warn(source: str, line: int | None, message: str) -> None:
        problem = Problem(source, line, message)
        report.problems.append(problem)
        if echo:
            echo(str(problem))
        if strict:
            raise StrictStop(str(problem))
    return warn


def extract_notes(notes: list[Note], patterns: Iterable[Path] = ()) -> list[Extraction]:
    from extract.extractor import Extractor

    return list(Extractor(patterns).extract(notes))


def extract_pages(pages: Iterable[tuple[Path, list[Note]]], patterns: Iterable[Path] = (), jobs: int = 1,
                  cache: ExtractionCache | None = None, progress: Progress | None = None) -> list[Extraction]:
    """Every page's extractions in page order: cached pages reused, the rest extracted in batches over `jobs` processes."""
    progress = progress or Progress(False)
    entries: deque[_PageEntry] = deque()  # in page order, until emitted
    awaiting: deque[_PageEntry] = deque()  # those still owed batch results
    extractions: list[Extraction] = []

    def batches() -> Iterator[list[Note]]:
        for _, notes in pages:
            key = cache.key(notes) if cache else None
            cached = cache.get(key) if cache else None
            entry = _PageEntry(key, cached if cached is not None else [], 0 if cached is not None else
                               -(-len(notes) // BATCH), cached is None)
            entries.append(entry)
            if entry.owed:
                awaiting.append(entry)
                for start in range(0, len(notes), BATCH):
                    yield notes[start:start + BATCH]
            emit()

    def emit() -> None:
        while entries and entries[0].owed == 0:
            entry = entries.popleft()
            extractions.extend(entry.extractions)
            if cache and entry.fresh:
                cache.put(entry.key, entry.extractions)
            progress.page_done(len(entry.extractions))

    for result in _extract_lazily(batches(), patterns, jobs):
        entry = awaiting[0]
        entry.extractions.extend(result)
        entry.owed -= 1
        if entry.owed == 0:
            awaiting.popleft()
        emit()
    emit()
    return extractions


def _extract_lazily(batches: Iterator[list[Note]], patterns: list[Path], jobs: int) -> Iterator[list[Extraction]]:
    """Load spaCy and the rules only when some page needs extracting (not on a fully cached rebuild)."""
    first = next(batches, None)
    if first is None:
        return
    from extract.extractor import extract_batches

    yield from extract_batches(itertools.chain([first], batches), patterns, jobs)


@dataclass
class _PageEntry:
    key: str | None
    extractions: list[Extraction]
    owed: int  # batches not back yet
    fresh: bool  # extracted in this build, not read from the cache


def _report_failures(extractions: list[Extraction], report: BuildReport, strict: bool,
                     echo: Callable[[str], None] | None) -> None:
    """Papers the rules raised on: an error each (exit 3), the paper kept with its title and summary only."""
    for extraction in extractions:
        if extraction.failure:
            note = extraction.note
            problem = Problem(note.source, note.line, f"the extraction rules failed on this paper "
                              f"({extraction.failure}); kept without entities, please report it", skipped=True)
            report.problems.append(problem)
            if echo:
                echo(str(problem))
            if strict:
                raise StrictStop(str(problem))


def write_outputs(graph: nx.MultiDiGraph, outdir: Path, base: str = DEFAULT_BASE, html: bool = True,
                  html_max_nodes: int | None = None, html_focus: str | None = None, rdf_formats: Iterable[str] = (),
                  progress: Progress | None = None, jobs: int = 1) -> list[Path]:
    from export.fast_turtle import to_fast_turtle
    from export.graphml import graphml_chunks
    from export.html import to_html
    from export.jsonld import to_jsonld
    from export.nodelink import node_link_chunks
    from export.ntriples import to_ntriples
    from export.subgraph import focus_subgraph
    from export.turtle import prefixes, rdf_triples

    writers = {"graph.ttl": lambda: to_fast_turtle(rdf_triples(graph, base), prefixes(base)),
               "graph.graphml": lambda: graphml_chunks(graph), "graph.json": lambda: node_link_chunks(graph)}
    if html:
        writers["graph.html"] = lambda: to_html(graph, max_nodes=html_max_nodes, focus=html_focus)
    extra = {"nt": ("graph.nt", lambda: to_ntriples(rdf_triples(graph, base))),
             "jsonld": ("graph.jsonld", lambda: to_jsonld(rdf_triples(graph, base)))}
    names = list(OUTPUTS)
    for fmt in rdf_formats:
        if fmt in extra and extra[fmt][0] not in writers:
            writers[extra[fmt][0]] = extra[fmt][1]
            names.append(extra[fmt][0])
    names = [name for name in names if name in writers]

    if html and html_focus:
        focus_subgraph(graph, html_focus)  # a focus that matches nothing fails before any file is written
    owner = os.getpid()

    def write(share: list[str]) -> None:
        for name in share:
            if progress and multiprocessing.parent_process() is None:  # the bar belongs to the main process
                progress.stage(f"writing {name}")
            write_staged(outdir / name, writers[name](), owner)

    paths = [outdir / name for name in names]
    try:
        _in_processes(write, [names[i::jobs] for i in range(jobs)] if jobs > 1 else [names])
    except BaseException:
        discard_staged(paths, owner)
        raise
    commit_staged(paths, owner)  # the files change together: a failure above left every one as it was
    return paths


def remove_stale_outputs(outdir: Path, written: list[Path]) -> list[Path]:
    """Graph files an earlier build left that this one did not write (graph.html after --no-html, graph.nt without
    --rdf-format nt): removed, so every graph file in OUTDIR shows the same, current graph."""
    stale = [outdir / name for name in EVERY_OUTPUT if outdir / name not in written and (outdir / name).is_file()]
    for path in stale:
        path.unlink()
    return stale


def _in_processes(work: Callable[[list[str]], None], shares: list[list[str]]) -> None:
    """work(share) for each share: the first here, the others in forked processes that share the graph's memory."""
    if len(shares) == 1 or "fork" not in multiprocessing.get_all_start_methods():
        work([name for share in shares for name in share])
        return
    fork = multiprocessing.get_context("fork")
    children = [fork.Process(target=work, args=(share,), name=f"kg-write-{index}")
                for index, share in enumerate(shares[1:], start=1) if share]
    for child in children:
        child.start()
    try:
        work(shares[0])
    finally:
        for child in children:
            child.join()
    failed = [name for child, share in zip(children, shares[1:]) if child.exitcode for name in share]
    if failed:
        raise RuntimeError(f"writing {', '.join(failed)} failed (see the error above)")


@contextmanager
def fewer_collections(young: int = 100_000) -> Iterator[None]:
    """A build keeps millions of long-lived records: collect young objects every 100k allocations, not every 700."""
    threshold = gc.get_threshold()
    gc.set_threshold(young, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def auto_jobs(pages: Iterable[Path]) -> int:
    """Processes for a build with no --jobs: the usable CPUs (up to 4) when the pages pass 2 MB, else 1.

    Any number of processes gives the same output, so this only decides how fast it comes.
    """
    size = 0
    for page in pages:
        try:
            size += page.stat().st_size
        except OSError:
            continue  # reading it will say what is wrong
        if size > AUTO_JOBS_BYTES:
            cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
            return max(1, min(cpus, AUTO_JOBS_MAX))
    return 1


def build(inputs: Iterable[str | Path], outdir: Path, *, patterns: Iterable[Path] = (), base: str = DEFAULT_BASE,
          html: bool = True, strict: bool = False, echo: Callable[[str], None] | None = None,
          html_max_nodes: int | None = None, html_focus: str | None = None, jobs: int | None = 1,
          incremental: bool = True, rdf_formats: Iterable[str] = (), progress: bool = False) -> BuildReport:
    """The whole job: pages in, graph files out. Raises StrictStop under --strict on the first problem.

    Pages stream through extraction (`jobs` processes; None: auto_jobs); with `incremental`, OUTDIR keeps a cache so a rebuild
    re-extracts only pages whose notes or rules changed, and gives the same graph as a clean build.
    """
    patterns = [Path(p) for p in patterns]
    check_base(base)
    unknown = sorted(set(rdf_formats) - set(RDF_FORMATS))
    if unknown:
        raise ValueError(f"unknown --rdf-format {unknown[0]!r}; use one of {', '.join(RDF_FORMATS)}")
    report = BuildReport()
    found = find_input_pages(inputs, report, strict=strict, echo=echo)
    report.jobs = jobs = jobs or auto_jobs(found)
    bar = Progress(progress)
    with fewer_collections():
        cache = open_cache(outdir, patterns) if incremental else None
        try:
            pages = read_found_pages(found, report, strict=strict, echo=bar.wrap(echo), pages_found=bar.pages_found)
            extractions = extract_pages(pages, patterns, jobs=jobs, cache=cache, progress=bar)
            if cache:
                report.reused = cache.hits
                cache.close()
                cache = None
            _report_failures(extractions, report, strict=strict, echo=bar.wrap(echo))
            if report.pages == 0:
                raise NothingToBuild("no page could be read; the outputs in the folder were left as they were")
            bar.stage("building graph")
            graph = build_graph(extractions)
            del extractions  # from here on memory is the graph's
            report.papers = sum(1 for _, d in graph.nodes(data=True) if d.get("type") == "Paper")
            report.outputs = write_outputs(graph, Path(outdir), base=base, html=html, html_max_nodes=html_max_nodes,
                                           html_focus=html_focus, rdf_formats=rdf_formats, progress=bar, jobs=jobs)
            report.removed = remove_stale_outputs(Path(outdir), report.outputs)
        finally:
            if cache:
                cache.abandon()
            bar.close()
    report.graph = graph
    return report


def stderr(message: str) -> None:
    print(message, file=sys.stderr)
