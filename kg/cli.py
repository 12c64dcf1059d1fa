"""The `kg` command line: thin commands over plain functions the Python API uses too."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .build import StrictStop, build, stderr
from .vocab import DEFAULT_BASE

app = typer.Typer(help="Turn paper-note pages into a knowledge graph (Turtle, HTML, GraphML, JSON).",
                  no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  pretty_exceptions_enable=False)

EXIT_OK, EXIT_FAILED, EXIT_SKIPPED = 0, 1, 3


@app.command("build")
def build_command(
    inputs: Annotated[list[Path], typer.Argument(help="Page files or folders (.txt, .md, .jsonl, .csv, .tsv).")],
    outdir: Annotated[Path, typer.Option("-o", "--out", help="Folder for graph.ttl, graph.html, graph.graphml, graph.json.")],
    patterns: Annotated[list[Path], typer.Option("--patterns", help="Extra spaCy patterns (JSONL), repeatable.")] = [],
    base_iri: Annotated[str, typer.Option("--base-iri", help="Base IRI for instances.")] = DEFAULT_BASE,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip graph.html (for huge builds).")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first warning or unreadable page.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Build the graph from INPUT pages into OUTDIR.

    Example: kg build examples/pages -o out
    """
    try:
        report = build(inputs, outdir, patterns=patterns, base=base_iri, html=not no_html, strict=strict,
                       echo=None if quiet else stderr)
    except StrictStop as err:
        stderr(f"kg build: stopped: {err}")
        raise typer.Exit(EXIT_FAILED) from err
    except ValueError as err:
        stderr(f"kg build: {err}")
        raise typer.Exit(EXIT_FAILED) from err
    if quiet:
        for problem in report.skipped:
            stderr(str(problem))
    if not quiet:
        stderr(f"kg build: {report.papers} papers from {report.pages} pages -> {outdir}"
               f" ({', '.join(p.name for p in report.outputs)})")
    if report.skipped:
        stderr(f"kg build: {len(report.skipped)} page(s) skipped; see the errors above")
        raise typer.Exit(EXIT_SKIPPED)


@app.command("explain")
def explain_command(
    pages: Annotated[list[Path], typer.Argument(help="Page files or folders to explain.")],
    patterns: Annotated[list[Path], typer.Option("--patterns", help="Extra spaCy patterns (JSONL), repeatable.")] = [],
) -> None:
    """Show, paper by paper, every entity, role and result found, with the rule that found it.

    Example: kg explain examples/pages/serving.txt
    """
    from .explain import explain

    for line in explain(pages, patterns):
        typer.echo(line)
