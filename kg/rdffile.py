"""Find the RDF file a user means (an out folder or a file) and read it with rdflib or pyoxigraph."""
from __future__ import annotations

import json
from pathlib import Path
from xml.sax import SAXParseException

from rdflib import Graph

SUFFIX_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".nq": "nquads",
                  ".jsonld": "json-ld", ".json-ld": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml",
                  ".n3": "n3", ".trig": "trig"}
FOLDER_FILES = ("graph.ttl", "graph.nt", "graph.jsonld")


class GraphFileError(Exception):
    """The graph file is missing, of an unknown kind, or does not parse."""


def graph_file(path: str | Path) -> Path:
    """The RDF file PATH names: itself, or the graph.ttl (or .nt, .jsonld) of an out folder."""
    path = Path(path)
    if path.is_dir():
        for name in FOLDER_FILES:
            if (path / name).is_file():
                return path / name
        raise GraphFileError(f"{path}: no {' or '.join(FOLDER_FILES)} in this folder; run `kg build ... -o {path}` first")
    if not path.exists():
        raise GraphFileError(f"{path}: no such file or folder")
    if path.suffix.lower() not in SUFFIX_FORMATS:
        raise GraphFileError(f"{path}: unknown RDF file type {path.suffix!r}; use one of "
                             f"{', '.join(sorted(SUFFIX_FORMATS))}")
    return path


def rdf_format(path: Path) -> str:
    return SUFFIX_FORMATS[path.suffix.lower()]


def read_graph(path: str | Path) -> Graph:
    """The graph at PATH as an rdflib Graph."""
    file = graph_file(path)
    try:
        return Graph().parse(file, format=rdf_format(file))
    except Exception as err:  # rdflib raises many parser-specific types
        raise GraphFileError(parse_problem(file, rdf_format(file), err)) from err


def parse_problem(file: Path, fmt: str, err: Exception) -> str:
    """An rdflib parse error as `FILE:LINE: not valid FORMAT: why`, without the raw bytes its Turtle parser prints."""
    if isinstance(err, SAXParseException):
        line, why = err.getLineNumber(), err.getMessage()
    elif isinstance(err, json.JSONDecodeError):
        line, why = err.lineno, f"{err.msg} (column {err.colno})"
    elif isinstance(err, SyntaxError) and hasattr(err, "lines"):  # rdflib's BadSyntax: 0-based line, reason in _why
        line, why = err.lines + 1, getattr(err, "_why", "bad syntax")
    else:
        line, why = None, " ".join(str(err).split()) or type(err).__name__
    return f"{file}{f':{line}' if line else ''}: not valid {fmt}: {why}"


def read_store(path: str | Path):
    """The graph at PATH in a pyoxigraph Store (parsed in Rust: 18x faster than rdflib on 1M triples, see bench/)."""
    import pyoxigraph

    file = graph_file(path)
    store = pyoxigraph.Store()
    try:
        store.bulk_load(path=str(file), format=pyoxigraph.RdfFormat.from_extension(_extension(file)))
    except (SyntaxError, ValueError) as err:
        raise GraphFileError(f"{file}: not valid {rdf_format(file)}: {err}") from err
    return store


def _extension(file: Path) -> str:
    return {"turtle": "ttl", "nt": "nt", "nquads": "nq", "json-ld": "jsonld", "xml": "rdf", "n3": "n3",
            "trig": "trig"}[rdf_format(file)]
