"""The `kg` command line: thin commands over plain functions the Python API uses too."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .build import StrictStop, build, stderr
from .progress import wants_progress
from .vocab import DEFAULT_BASE

app = typer.Typer(help="Turn paper-note pages into a knowledge graph (Turtle, HTML, GraphML, JSON).",
                  no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  pretty_exceptions_enable=False)

EXIT_OK, EXIT_FAILED, EXIT_SKIPPED = 0, 1, 3
EXIT_UNREADABLE = 2  # kg validate/query/stats: the graph file is missing or does not parse


def fail(command: str, err: Exception, code: int = EXIT_FAILED) -> typer.Exit:
    """Say what went wrong on stderr, as `kg COMMAND: message`, and give the exit to raise."""
    stderr(f"kg {command}: {err}")
    return typer.Exit(code)


@app.command("build")
def build_command(
    inputs: Annotated[list[Path], typer.Argument(help="Page files or folders (.txt, .md, .jsonl, .csv, .tsv).")],
    outdir: Annotated[Path, typer.Option("-o", "--out", help="Folder for graph.ttl, graph.html, graph.graphml, graph.json (graph files an earlier build left there and this one does not write are removed).")],
    patterns: Annotated[list[Path], typer.Option("--patterns", help="Extra spaCy patterns (JSONL), repeatable.")] = [],
    base_iri: Annotated[str, typer.Option("--base-iri", help="Base IRI for instances.")] = DEFAULT_BASE,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip graph.html (for huge builds).")] = False,
    max_nodes: Annotated[int | None, typer.Option("--max-nodes", min=1, help="Draw only the N best-connected nodes in graph.html.")] = None,
    html_focus: Annotated[str | None, typer.Option("--html-focus", help="Draw only what is around names containing TEXT in graph.html.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first warning or unreadable page.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, show_default="all CPUs up to 4 for pages over 2 MB, else 1", help="Extract and write with N processes; the output is the same for any N.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Re-extract every page; by default OUTDIR keeps a cache so a rebuild re-extracts only changed pages.")] = False,
    rdf_formats: Annotated[list[str], typer.Option("--rdf-format", help="Also write graph.nt (nt) or graph.jsonld (jsonld); graph.ttl is always written. Repeatable.")] = [],
) -> None:
    """Build the graph from INPUT pages into OUTDIR.

    Example: kg build examples/pages -o out

    Exit status: 0 built (maybe with warnings), 1 failed and nothing written, 3 built but some pages skipped.
    """
    try:
        report = build(inputs, outdir, patterns=patterns, base=base_iri, html=not no_html, strict=strict,
                       echo=None if quiet else stderr, html_max_nodes=max_nodes, html_focus=html_focus,
                       jobs=jobs, incremental=not no_cache, rdf_formats=rdf_formats, progress=wants_progress(quiet))
    except StrictStop as err:
        stderr(f"kg build: stopped: {err}")
        raise typer.Exit(EXIT_FAILED) from err
    except ValueError as err:
        raise fail("build", err) from err
    except OSError as err:  # OUTDIR not writable, disk full: each output is whole, old or new (kg/files.py)
        stderr(f"kg build: cannot write the outputs: {err}")
        raise typer.Exit(EXIT_FAILED) from err
    if quiet:
        for problem in report.skipped:
            stderr(str(problem))
    if not quiet:
        processes = f", {report.jobs} processes" if report.jobs > 1 else ""
        stderr(f"kg build: {report.papers} papers from {report.pages} pages -> {outdir}"
               f" ({', '.join(p.name for p in report.outputs)}{processes})")
        if report.removed:
            stderr(f"kg build: removed {', '.join(p.name for p in report.removed)} left by an earlier build "
                   f"(not asked for this time, and no longer this graph)")
    if report.skipped:
        stderr(f"kg build: {len(report.skipped)} page(s) skipped; see the errors above")
        raise typer.Exit(EXIT_SKIPPED)


@app.command("view")
def view_command(
    graph: Annotated[Path, typer.Argument(help="A saved graph.json (networkx node-link) from kg build.")],
    out: Annotated[Path | None, typer.Option("-o", "--out", help="The HTML file to write (default: beside GRAPH, .html).")] = None,
    max_nodes: Annotated[int | None, typer.Option("--max-nodes", min=1, help="Draw only the N best-connected nodes.")] = None,
    html_focus: Annotated[str | None, typer.Option("--html-focus", help="Draw only what is around names containing TEXT.")] = None,
) -> None:
    """Re-render the interactive view from a saved graph.json, without re-extracting.

    Example: kg view out/graph.json -o speculative.html --html-focus speculative-decoding
    """
    from export.html import write_view

    target = out or graph.with_suffix(".html")
    try:
        write_view(graph, target, max_nodes=max_nodes, focus=html_focus)
    except (OSError, ValueError) as err:
        raise fail("view", err) from err
    stderr(f"kg view: {target}")


@app.command("explain")
def explain_command(
    pages: Annotated[list[Path], typer.Argument(help="Page files or folders to explain.")],
    patterns: Annotated[list[Path], typer.Option("--patterns", help="Extra spaCy patterns (JSONL), repeatable.")] = [],
) -> None:
    """Show, paper by paper, every entity, role and result found, with the rule that found it.

    Example: kg explain examples/pages/serving.txt
    """
    from .explain import explain

    try:
        lines, report = explain(pages, patterns)
    except (StrictStop, ValueError) as err:
        raise fail("explain", err) from err
    for problem in report.problems:
        stderr(str(problem))
    for line in lines:
        typer.echo(line)
    if report.skipped:
        raise typer.Exit(EXIT_FAILED if not lines else EXIT_SKIPPED)


@app.command("ontology")
def ontology_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle (default), nt, jsonld or xml.")] = "turtle",
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write to this file instead of printing.")] = None,
) -> None:
    """Print the kg: vocabulary (classes, properties, labels, domains, ranges) as RDF.

    Example: kg ontology --format jsonld -o paperkg.jsonld
    """
    from .files import write_atomic
    from .ontology import ontology_text

    try:
        text = ontology_text(fmt)
    except ValueError as err:
        raise fail("ontology", err) from err
    if out is None:
        typer.echo(text, nl=False)
    else:
        write_atomic(out, text)


@app.command("validate")
def validate_command(
    graph: Annotated[Path, typer.Argument(help="A graph.ttl (or .nt, .jsonld) or a build folder.")],
) -> None:
    """Check a graph against the SHACL shapes; list each violation in plain words, exit 1 if any.

    Example: kg validate out/graph.ttl
    """
    from .rdffile import GraphFileError
    from .validate import validate_file

    try:
        violations = validate_file(graph)
    except GraphFileError as err:
        raise fail("validate", err, EXIT_UNREADABLE) from err
    for violation in violations:
        typer.echo(str(violation))
    if violations:
        stderr(f"kg validate: {graph}: {len(violations)} violation(s)")
        raise typer.Exit(EXIT_FAILED)
    stderr(f"kg validate: {graph}: conforms")


@app.command("query")
def query_command(
    graph: Annotated[Path, typer.Argument(help="A build folder or an RDF file (.ttl, .nt, .jsonld).")],
    query: Annotated[str, typer.Argument(help="SPARQL text, or a .rq file such as queries/ttft-reductions.rq.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (default), csv, tsv or json.")] = "table",
    bind: Annotated[list[str], typer.Option("--bind", help="NAME=VALUE sets ?NAME before running, repeatable.")] = [],
    engine: Annotated[str, typer.Option("--engine", help="auto (pyoxigraph for files), oxigraph or rdflib.")] = "auto",
    max_width: Annotated[int, typer.Option("--max-width", help="Clip table cells to this many characters (0: never).")] = 60,
) -> None:
    """Run a SPARQL query on a build; kg:, id:, dcterms:, rdfs:, skos:, xsd:, prov: need no PREFIX.

    Example: kg query out queries/top-decode-speedups.rq --format csv
    """
    from .query import QueryError, parse_binding, run_query
    from .rdffile import GraphFileError
    from .resultformat import format_result

    try:
        bindings = dict(parse_binding(item) for item in bind)
        text = format_result(run_query(graph, query, bindings=bindings, engine=engine), fmt, max_width=max_width)
    except GraphFileError as err:
        raise fail("query", err, EXIT_UNREADABLE) from err
    except (QueryError, ValueError) as err:
        raise fail("query", err) from err
    typer.echo(text, nl=False)


@app.command("stats")
def stats_command(
    out: Annotated[Path, typer.Argument(help="A build folder (or its graph.json).")],
    top: Annotated[int, typer.Option("--top", help="How many entities and figures to list per section.")] = 5,
) -> None:
    """Summarize a build: nodes per type, papers per venue, most named entities, best figures.

    Example: kg stats out
    """
    from .stats import stats_text

    try:
        text = stats_text(out, top)
    except FileNotFoundError as err:
        raise fail("stats", err, EXIT_UNREADABLE) from err
    typer.echo(text, nl=False)

