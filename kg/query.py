"""`kg query`: run SPARQL over a build; pyoxigraph executes, rdflib terms come back."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from .rdffile import read_store
from .vocab import DEFAULT_BASE, NS

PREFIXES = {"kg": NS, "id": DEFAULT_BASE, "dcterms": "http://purl.org/dc/terms/",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "skos": "http://www.w3.org/2004/02/skos/core#", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "prov": "http://www.w3.org/ns/prov#", "schema": "https://schema.org/", "owl": "http://www.w3.org/2002/07/owl#"}
ENGINES = ("auto", "oxigraph", "rdflib")
RDFLIB_LIMIT = 50_000  # triples; bigger rdflib graphs go to pyoxigraph (100k triples: 1 s to copy, rdflib queries 2-150 s)


class QueryError(Exception):
    """A query that cannot be read or run; `line` and `column` point at a syntax error."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line, self.column = line, column


@dataclass
class QueryResult:
    """SELECT gives columns and rows, ASK a boolean, CONSTRUCT and DESCRIBE a graph; terms are rdflib's."""

    columns: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


def read_query(query: str | Path) -> tuple[str, str]:
    """The SPARQL text and a name for messages: QUERY is a .rq file or the query itself."""
    text = str(query)
    looks_like_file = isinstance(query, Path) or (text.endswith((".rq", ".sparql")) and "\n" not in text)
    if looks_like_file:
        path = Path(text)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8"), str(path)
    return text, "query"


def parse_binding(text: str) -> tuple[str, object]:
    """NAME=VALUE from --bind: <iri>, prefix:name, a number, or else a plain string."""
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name:
        raise QueryError(f"{text!r} is not NAME=VALUE, e.g. --bind baseline=vLLM")
    return name, term_from_text(value)


def term_from_text(value: str):
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and " " not in value:
        return URIRef(PREFIXES[prefix] + local)
    if not re.fullmatch(r"[+-]?\d+(\.\d+)?", value):
        return Literal(value)
    return Literal(Decimal(value) if "." in value else int(value))


def run_query(source: str | Path | Graph, query: str | Path, *, bindings: dict | None = None,
              engine: str = "auto") -> QueryResult:
    """Run QUERY (text or .rq path) on SOURCE (an out folder, an RDF file, or an rdflib Graph).

    engine "auto" uses pyoxigraph for files and for graphs over RDFLIB_LIMIT triples, rdflib otherwise.
    """
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    text, name = read_query(query)
    bindings = bindings or {}
    if isinstance(source, Graph):
        if engine == "rdflib" or (engine == "auto" and len(source) <= RDFLIB_LIMIT):
            return _run_rdflib(source, text, name, bindings)
        return _run_oxigraph(_store_from_graph(source), text, name, bindings)
    if engine == "rdflib":
        from .rdffile import read_graph

        return _run_rdflib(read_graph(source), text, name, bindings)
    return _run_oxigraph(read_store(source), text, name, bindings)


def _run_rdflib(graph: Graph, text: str, name: str, bindings: dict) -> QueryResult:
    from pyparsing import ParseException

    try:
        result = graph.query(text, initNs=PREFIXES, initBindings=bindings)
    except ParseException as err:
        raise _syntax_error(name, text, err.lineno, err.col, err.msg) from err
    except Exception as err:  # rdflib raises bare Exception for an unknown prefix
        raise QueryError(f"{name}: {err}") from err
    if result.type == "ASK":
        return QueryResult(boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(graph=_with_prefixes(result.graph))
    columns = [str(v) for v in result.vars]
    return QueryResult(columns=columns, rows=[tuple(row) for row in result])


def _run_oxigraph(store, text: str, name: str, bindings: dict) -> QueryResult:
    import pyoxigraph as ox

    substitutions = {ox.Variable(k): _to_ox(v) for k, v in bindings.items()}
    try:
        result = store.query(text, prefixes=PREFIXES, substitutions=substitutions or None)
    except SyntaxError as err:
        match = re.search(r"at (\d+):(\d+)(?:-\d+:\d+)?: (.*)", str(err), re.S)
        if not match:
            raise QueryError(f"{name}: {err}") from err
        line, column, message = int(match[1]), int(match[2]), match[3]
        if message.startswith("expected") or _at_end(text, line, column):
            # pyoxigraph's generic "expected ..." often points past the mistake; rdflib's parser says where it starts
            line, column, message = _rdflib_syntax_error(text) or (line, column, message)
        raise _syntax_error(name, text, line, column, message) from err
    except (RuntimeError, OSError, ValueError) as err:
        missing = re.search(r"variable \?(\w+) in its SELECT", str(err))
        if missing:
            raise QueryError(f"{name}: --bind {missing[1]}: the query does not SELECT ?{missing[1]}, so it cannot be set") from err
        raise QueryError(f"{name}: {err}") from err
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        graph = Graph()
        for triple in result:
            graph.add((_from_ox(triple.subject), _from_ox(triple.predicate), _from_ox(triple.object)))
        return QueryResult(graph=_with_prefixes(graph))
    columns = [v.value for v in result.variables]
    rows = [tuple(_from_ox(solution[c]) for c in columns) for solution in result]
    return QueryResult(columns=columns, rows=rows)


def _at_end(text: str, line: int, column: int) -> bool:
    lines = text.splitlines()
    offset = sum(len(l) + 1 for l in lines[: line - 1]) + column - 1
    return not text[offset:].strip()


def _rdflib_syntax_error(text: str) -> tuple[int, int, str] | None:
    from pyparsing import ParseException
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepareQuery(text, initNs=PREFIXES)
    except ParseException as err:
        return err.lineno, err.col, err.msg
    except Exception:  # noqa: BLE001 - rdflib may fail later for reasons pyoxigraph does not share
        return None
    return None


def _syntax_error(name: str, text: str, line: int, column: int, message: str) -> QueryError:
    lines = text.splitlines() or [""]
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    if "Prefix not found" in message:
        prefix = re.search(r"([A-Za-z_][\w.-]*)?:[\w.-]*$", shown[:column - 1])
        known = ", ".join(f"{p}:" for p in PREFIXES)
        if prefix:
            column = prefix.start() + 1
        message = f"unknown prefix {prefix[1] or '' if prefix else ''}: (declare it with PREFIX; these need no declaration: {known})"
    if re.fullmatch(r"Expected \w+Query", message.strip()):  # rdflib's word for "somewhere in the WHERE clause"
        message = "cannot read the query from here (an incomplete triple, or a missing '.' or '}'?)"
    message = " ".join(message.split())
    if len(message) > 160:
        message = message[:159] + "…"
    caret = " " * max(column - 1, 0) + "^"
    return QueryError(f"{name}: line {line}, column {column}: malformed SPARQL: {message.strip()}\n"
                      f"    {shown}\n    {caret}", line, column)


def _store_from_graph(graph: Graph):
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _with_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    return graph


def _from_ox(term):
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))
    return Literal(str(term))


def _to_ox(term):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot bind {term!r}")

