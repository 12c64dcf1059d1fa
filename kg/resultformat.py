"""Query results as an aligned table (for people) or CSV, TSV, JSON (for scripts)."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .query import PREFIXES, QueryResult
from .wording import plural

FORMATS = ("table", "csv", "tsv", "json")
NUMERIC = {XSD.decimal, XSD.integer, XSD.double, XSD.float, XSD.int, XSD.long, XSD.nonNegativeInteger}


def format_result(result: QueryResult, fmt: str = "table", *, max_width: int = 60) -> str:
    """The whole result as text; ASK prints yes/no, CONSTRUCT and DESCRIBE print Turtle (N-Triples for tsv/csv)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.boolean is not None:
        return json.dumps({"boolean": result.boolean}) + "\n" if fmt == "json" else ("yes\n" if result.boolean else "no\n")
    if result.graph is not None:
        return result.graph.serialize(format={"json": "json-ld", "table": "turtle"}.get(fmt, "nt"))
    return {"table": lambda: table(result, max_width), "csv": lambda: delimited(result, ","),
            "tsv": lambda: delimited(result, "\t"), "json": lambda: as_json(result)}[fmt]()


def short(term) -> str:
    """A term as people read it: id:e-llama3 rather than the full IRI, a literal's text as written."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if term.startswith(namespace) and "/" not in term[len(namespace):]:
                return f"{prefix}:{term[len(namespace):]}"
        return f"<{term}>"
    return str(term)


def plain(term):
    """A term for scripts: the full IRI, a number for a numeric literal, else the literal's text."""
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype in NUMERIC:
        value = term.toPython()
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() and "." not in str(term) else float(value)
        if isinstance(value, (int, float)):
            return value
    return str(term)


def table(result: QueryResult, max_width: int = 60) -> str:
    cells = [[_clip(short(term), max_width) for term in row] for row in result.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(result.columns)]
    numeric = [bool(result.rows) and all(_is_number(row[i]) for row in result.rows if row[i] is not None)
               for i in range(len(result.columns))]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric)).rstrip()

    lines = [line(result.columns), "  ".join("-" * w for w in widths)]
    lines += [line(row) for row in cells]
    lines.append(f"({plural(len(result.rows), 'row')})")
    return "\n".join(lines) + "\n"


def delimited(result: QueryResult, delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        values = ["" if term is None else str(term) for term in row]
        if delimiter == "\t":
            values = [v.replace("\t", " ").replace("\n", " ") for v in values]
        writer.writerow(values)
    return buffer.getvalue()


def as_json(result: QueryResult) -> str:
    rows = [{c: plain(term) for c, term in zip(result.columns, row) if term is not None} for row in result.rows]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def _is_number(term) -> bool:
    return isinstance(term, Literal) and term.datatype in NUMERIC


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if limit <= 0 or len(text) <= limit else text[: limit - 1] + "…"
