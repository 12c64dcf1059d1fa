"""The `kg` command line: thin commands over plain functions the Python API uses too."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperCommand

from .build import RDF_FORMATS, StrictStop, build, stderr
from .ontology import FORMATS as ONTOLOGY_FORMATS
from .progress import wants_progress
from .query import ENGINES, PREFIXES
from .wording import plural
from .rdffile import SUFFIX_FORMATS
from .resultformat import FORMATS as RESULT_FORMATS
from .vocab import DEFAULT_BASE

app = typer.Typer(help="Turn paper-note pages into a knowledge graph (Turtle, HTML, GraphML, JSON).",
                  no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  pretty_exceptions_enable=False)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3  # EXIT_USAGE also: a graph file that cannot be read


class Command(TyperCommand):
    """Help as the README writes it: `kg query [OPTIONS] GRAPH QUERY`, arguments by name, not by Python type."""

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:
        return [self.options_metavar or "", *(_shown(p) for p in self.get_params(ctx) if p.param_type_name == "argument")]

    def format_options(self, ctx: typer.Context, formatter) -> None:
        rows: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record:
                name = _shown(param) if param.param_type_name == "argument" else record[0]
                rows[param.param_type_name].append((name, record[1]))
        for title, kind in (("Arguments", "argument"), ("Options", "option")):
            if rows[kind]:
                with formatter.section(title):
                    formatter.write_dl(rows[kind])


def _shown(param) -> str:
    return (param.metavar or param.name.upper()) + ("..." if param.nargs != 1 else "")


def rdf_suffixes() -> str:
    """One file suffix per RDF format kg reads: `.ttl, .nt, .nq, ...`."""
    first: dict[str, str] = {}
    for suffix, fmt in SUFFIX_FORMATS.items():
        first.setdefault(fmt, suffix)
    return ", ".join(first.values())


def fail(command: str, err: Exception, code: int = EXIT_FAILED) -> typer.Exit:
    """Say what went wrong on stderr, as `kg COMMAND: message`, and give the exit to raise."""
    stderr(f"kg {command}: {err}")
    return typer.Exit(code)


def one_of(choices: Iterable[str], what: str = "format") -> Callable:
    """A check that refuses, as a usage error, any value (or list item) not in CHOICES; values are lower-cased."""
    choices = tuple(choices)

    def check(value):
        for item in value if isinstance(value, list) else [value]:
            if item.lower() not in choices:
                raise typer.BadParameter(f"unknown {what} {item!r}; use one of {', '.join(choices)}")
        return [item.lower() for item in value] if isinstance(value, list) else value.lower()
    return check


def existing(paths: list[Path]) -> list[Path]:
    """Refuse, as a usage error, a file or folder named on the command line that is not there."""
    for path in paths:
        if not (path.exists() or path.is_symlink()):  # a broken link is the reader's to explain
            raise typer.BadParameter(f"{path}: no such file or folder")
    return paths


def existing_build(path: Path) -> Path:
    """existing() for a build folder or one of its graph files, naming the build that would make it."""
    if not path.exists():
        folder = path.parent if path.name.startswith("graph.") else path if not path.suffix else None
        hint = f"; run `kg build INPUT... -o {folder}` first" if folder else ""  # none for a file a build never writes
        raise typer.BadParameter(f"{path}: no such file or folder{hint}")
    return path


@app.command("build", cls=Command)
def build_command(
    inputs: Annotated[list[Path], typer.Argument(metavar="INPUT", callback=existing, help="Page files or folders (.txt, .md, .jsonl, .csv, .tsv).")],
    outdir: Annotated[Path, typer.Option("-o", "--out", metavar="OUTDIR", help="Folder for graph.ttl, graph.html, graph.graphml, graph.json (graph files an earlier build left there and this one does not write are removed).")],
    patterns: Annotated[list[Path], typer.Option("--patterns", metavar="FILE", callback=existing, help="Extra spaCy patterns (JSONL), repeatable.")] = [],
    base_iri: Annotated[str, typer.Option("--base-iri", metavar="IRI", help="Base IRI for instances.")] = DEFAULT_BASE,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip graph.html (for huge builds).")] = False,
    max_nodes: Annotated[int | None, typer.Option("--max-nodes", metavar="N", min=1, help="Draw only the N best-connected nodes in graph.html.")] = None,
    html_focus: Annotated[str | None, typer.Option("--html-focus", metavar="TEXT", help="Draw only what is around names containing TEXT in graph.html.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first warning or unreadable page.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", metavar="N", min=1, show_default="all CPUs up to 4 for pages over 2 MB, else 1", help="Extract and write with N processes; the output is the same for any N.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Re-extract every page; by default OUTDIR keeps a cache so a rebuild re-extracts only changed pages.")] = False,
    rdf_formats: Annotated[list[str], typer.Option("--rdf-format", metavar="FORMAT", callback=one_of(RDF_FORMATS), help="Also write graph.nt (nt) or graph.jsonld (jsonld); graph.ttl is always written. Repeatable.")] = [],
) -> None:
    """Build the graph from INPUT pages and folders into OUTDIR.

    Example: kg build examples/pages -o out

    Exit status: 0 built (maybe with warnings), 1 failed and nothing written, 2 usage error
    (such as an INPUT that does not exist), 3 built but some pages skipped.
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
        stderr(f"kg build: {plural(report.papers, 'paper')} from {plural(report.pages, 'page')} -> {outdir}"
               f" ({', '.join(p.name for p in report.outputs)}{processes})")
        if report.removed:
            stderr(f"kg build: removed {', '.join(p.name for p in report.removed)} left by an earlier build "
                   f"(not asked for this time, and no longer this graph)")
    if report.skipped:
        stderr(f"kg build: {plural(len(report.skipped), 'page')} skipped; see the errors above")
        raise typer.Exit(EXIT_SKIPPED)


@app.command("view", cls=Command)
def view_command(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH", callback=existing_build, help="A saved graph.json (networkx node-link) from kg build.")],
    out: Annotated[Path | None, typer.Option("-o", "--out", metavar="FILE", help="The HTML file to write (default: beside GRAPH, .html).")] = None,
    max_nodes: Annotated[int | None, typer.Option("--max-nodes", metavar="N", min=1, help="Draw only the N best-connected nodes.")] = None,
    html_focus: Annotated[str | None, typer.Option("--html-focus", metavar="TEXT", help="Draw only what is around names containing TEXT.")] = None,
) -> None:
    """Redraw graph.html from a saved graph.json.

    Re-renders the interactive view without re-extracting.

    Example: kg view out/graph.json -o speculative.html --html-focus speculative-decoding

    Exit status: 0 written, 1 GRAPH is no graph.json or the view cannot be written, 2 usage error.
    """
    from export.html import write_view

    target = out or graph.with_suffix(".html")
    try:
        write_view(graph, target, max_nodes=max_nodes, focus=html_focus)
    except (OSError, ValueError) as err:
        raise fail("view", err) from err
    stderr(f"kg view: {target}")


@app.command("explain", cls=Command)
def explain_command(
    pages: Annotated[list[Path], typer.Argument(metavar="PAGE", callback=existing, help="Page files or folders to explain.")],
    patterns: Annotated[list[Path], typer.Option("--patterns", metavar="FILE", callback=existing, help="Extra spaCy patterns (JSONL), repeatable.")] = [],
) -> None:
    """Show what the rules found in each paper, and why.

    Prints, paper by paper, every entity, role and result found, with the rule that found it.

    Example: kg explain examples/pages/serving.txt

    Exit status: 0 explained, 1 no page could be read, 2 usage error, 3 some pages skipped.
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


@app.command("ontology", cls=Command)
def ontology_command(
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", callback=one_of(ONTOLOGY_FORMATS), help="turtle (default), nt, jsonld or xml.")] = "turtle",
    out: Annotated[Path | None, typer.Option("-o", "--out", metavar="FILE", help="Write to this file instead of printing.")] = None,
) -> None:
    """Print the kg: vocabulary as RDF.

    Classes and properties with their labels, comments, domains and ranges.

    Example: kg ontology --format jsonld -o paperkg.jsonld

    Exit status: 0 printed, 1 FILE cannot be written, 2 usage error.
    """
    from .files import write_atomic
    from .ontology import ontology_text

    text = ontology_text(fmt)
    if out is None:
        typer.echo(text, nl=False)
        return
    try:
        write_atomic(out, text)
    except OSError as err:
        raise fail("ontology", err) from err


@app.command("validate", cls=Command)
def validate_command(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH", callback=existing_build, help=f"A build folder or an RDF file ({rdf_suffixes()}).")],
) -> None:
    """Check a graph against the SHACL shapes.

    Lists each violation in plain words.

    Example: kg validate out/graph.ttl

    Exit status: 0 conforms, 1 violations found, 2 usage error or GRAPH cannot be read.
    """
    from .rdffile import GraphFileError
    from .validate import validate_file

    try:
        violations = validate_file(graph)
    except GraphFileError as err:
        raise fail("validate", err, EXIT_USAGE) from err
    for violation in violations:
        typer.echo(str(violation))
    if violations:
        stderr(f"kg validate: {graph}: {plural(len(violations), 'violation')}")
        raise typer.Exit(EXIT_FAILED)
    stderr(f"kg validate: {graph}: conforms")


@app.command("query", cls=Command, help=f"""Run a SPARQL query on a build.

    These prefixes need no PREFIX line: {', '.join(f'{p}:' for p in PREFIXES)}.

    Example: kg query out queries/top-decode-speedups.rq --format csv

    Exit status: 0 answered, 1 the query is malformed or fails, 2 usage error or GRAPH cannot be read.
    """)
def query_command(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH", callback=existing_build, help=f"A build folder or an RDF file ({rdf_suffixes()}).")],
    query: Annotated[str, typer.Argument(metavar="QUERY", help="SPARQL text, or a .rq file such as queries/ttft-reductions.rq.")],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", callback=one_of(RESULT_FORMATS), help=f"One of {', '.join(RESULT_FORMATS)}; table aligns columns for people.")] = "table",
    bind: Annotated[list[str], typer.Option("--bind", metavar="NAME=VALUE", help="Set ?NAME before running, repeatable.")] = [],
    engine: Annotated[str, typer.Option("--engine", metavar="ENGINE", callback=one_of(ENGINES, "engine"), help="auto (pyoxigraph, as GRAPH is a file or folder), oxigraph or rdflib.")] = "auto",
    max_width: Annotated[int, typer.Option("--max-width", metavar="N", min=0, help="Clip table cells to N characters (0: never).")] = 60,
) -> None:
    from .query import QueryError, parse_binding, read_query, run_query
    from .rdffile import GraphFileError
    from .resultformat import format_result

    try:
        read_query(query)  # a .rq file that is not there is a usage error, like a GRAPH that is not there
    except QueryError as err:
        raise typer.BadParameter(str(err), param_hint="'QUERY'") from err
    try:
        bindings = dict(parse_binding(item) for item in bind)
    except QueryError as err:
        raise typer.BadParameter(str(err), param_hint="'--bind'") from err
    try:
        text = format_result(run_query(graph, query, bindings=bindings, engine=engine), fmt, max_width=max_width)
    except GraphFileError as err:
        raise fail("query", err, EXIT_USAGE) from err
    except (QueryError, ValueError) as err:
        raise fail("query", err) from err
    typer.echo(text, nl=False)


@app.command("stats", cls=Command)
def stats_command(
    out: Annotated[Path, typer.Argument(metavar="OUT", callback=existing_build, help="A build folder (or its graph.json).")],
    top: Annotated[int, typer.Option("--top", metavar="N", min=0, help="How many entities and figures to list per section.")] = 5,
) -> None:
    """Summarize a build: node counts, venues, top entities.

    Nodes per type, papers per venue, the most named entities and the best figures.

    Example: kg stats out

    Exit status: 0 printed, 2 usage error or OUT holds no readable graph.
    """
    from .stats import stats_text

    try:
        text = stats_text(out, top)
    except (OSError, ValueError) as err:
        raise fail("stats", err, EXIT_USAGE) from err
    typer.echo(text, nl=False)
