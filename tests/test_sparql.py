"""Every queries/*.rq answers its question on the seed build; kg query reads files, formats rows, explains errors."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.query import QueryError, parse_binding, run_query
from kg.resultformat import format_result

ROOT = Path(__file__).resolve().parents[1]
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
SEEDS = ROOT.parent / "shared" / "seeds"
runner = CliRunner()

# Facts read from the seed pages (../shared/seeds/*.txt): (column, words in that cell, other column, words).
KNOWN = {
    "top-decode-speedups": [("paper", "PipeSD", "speedup", "1.16-2.16x"), ("paper", "CLaSp", "models", "LLaMA3"),
                            ("paper", "Alloc-MoE", "models", "DeepSeek-V2-Lite")],
    "compared-with-baseline": [("baseline", "vLLM", "paper", "OServe"), ("baseline", "MHA", "paper", "Tensor Product Attention")],
    "benchmarks-across-venues": [("benchmark", "LongBench", "where", "ACL2026"), ("benchmark", "RULER", "where", "ICML2025")],
    "speculative-decoding-models": [("model", "LLaMA3", "example", "CLaSp"), ("model", "Vicuna-7B", "example", "OmniDraft")],
    "ttft-reductions": [("paper", "Not All Prefills Are Equal", "reduction", "68%")],
    "kv-cache-papers-by-venue": [("venue", "ACL2025", "papers", ""), ("venue", "NeurIPS2025", "papers", "")],
    "papers-per-venue": [("venue", "ACL2025", "papers", "42"), ("venue", "ICML2025", "papers", "12")],
    "top-models": [("model", "LLaMA3", "venues", "ACL2025"), ("model", "DeepSeek-V2-Lite", "venues", "ACL2026")],
    "results-on-hardware": [("hardware", "A100", "paper", "Yggdrasil"), ("hardware", "A40", "result", "3.98")],
    "proposed-entities": [("paper", "PipeSD", "proposes", "PipeSD"), ("paper", "CLaSp", "proposes", "CLaSp")],
    "kv-cache-savings": [("paper", "SpindleKV", "saving", "50%"), ("paper", "Tensor Product Attention", "saving", "16x")],
    "model-benchmark-pairs": [("model", "GPT-4.1", "benchmark", "LooGLE v2")],
    "most-common-baselines": [("baseline", "vLLM", "example", "OServe")],
    "entity-profile": [("name", "LLaMA3", "paper", "CLaSp"), ("name", "A100", "relation", "onHardware")],
    "other-names": [("name", "AHD", "otherNames", "Anchor-based History-stable Decoding")],
}


def cells(result) -> list[dict[str, str]]:
    return [{c: "" if t is None else str(t) for c, t in zip(result.columns, row)} for row in result.rows]


def test_queries_folder_has_a_dozen_questions():
    assert len(QUERIES) >= 12
    assert {q.stem for q in QUERIES} == set(KNOWN)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_query_answers_known_facts(seed_build, query):
    _, out = seed_build
    rows = cells(run_query(out, query))
    assert rows, f"{query.name} returned nothing"
    for column, words, other, other_words in KNOWN[query.stem]:
        matches = [row for row in rows if words in row[column] and other_words in row[other]]
        assert matches, f"{query.name}: no row with {column}~{words!r} and {other}~{other_words!r}"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_query_starts_with_the_question_and_usage(query):
    text = query.read_text(encoding="utf-8")
    assert text.startswith("# ") and "?" in text.splitlines()[0]
    assert f"queries/{query.name}" in text


@pytest.fixture(scope="module")
def seed_rdf(seed_build) -> Graph:
    return Graph().parse(seed_build[1] / "graph.ttl")


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_query_engines_agree(seed_build, seed_rdf, query):
    fast = run_query(seed_build[1], query, engine="oxigraph")
    slow = run_query(seed_rdf, query, engine="rdflib")
    assert fast.columns == slow.columns
    assert sorted(str(r[0]) for r in fast.rows) == sorted(str(r[0]) for r in slow.rows)


def test_query_bind_selects_one_baseline(seed_build):
    result = run_query(seed_build[1], ROOT / "queries" / "compared-with-baseline.rq",
                       bindings=dict([parse_binding("baseline=vLLM")]))
    assert {row["baseline"] for row in cells(result)} == {"vLLM"}


@pytest.mark.parametrize("text, expected", [
    ("baseline=vLLM", ("baseline", Literal("vLLM"))),
    ("?n=3", ("n", Literal(3))),
    ("x=1.5", ("x", Literal(__import__("decimal").Decimal("1.5")))),
    ("m=id:e-llama3", ("m", URIRef("https://w3id.org/paperkg/id/e-llama3"))),
    ("m=<http://example.org/a>", ("m", URIRef("http://example.org/a"))),
])
def test_query_parse_binding(text, expected):
    assert parse_binding(text) == expected


def test_query_rejects_binding_without_value():
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_binding("baseline")


def test_query_ask_and_construct(seed_build):
    assert run_query(seed_build[1], "ASK { ?p a kg:Paper }").boolean is True
    built = run_query(seed_build[1], "CONSTRUCT { ?p dcterms:title ?t } WHERE { ?p dcterms:title ?t } LIMIT 3").graph
    assert len(built) == 3
    assert format_result(run_query(seed_build[1], "ASK { ?p a kg:Nothing }")) == "no\n"


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_query_reads_any_rdf_file(seed_build, seed_rdf, tmp_path, fmt):
    path = tmp_path / f"graph.{fmt}"
    seed_rdf.serialize(path, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
    result = run_query(path, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }")
    assert int(result.rows[0][0]) == int(run_query(seed_rdf, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }").rows[0][0])


def test_query_large_graph_goes_to_oxigraph(monkeypatch, seed_rdf):
    import kg.query

    monkeypatch.setattr(kg.query, "RDFLIB_LIMIT", 10)
    called = []
    monkeypatch.setattr(kg.query, "_run_rdflib", lambda *a: called.append(a))
    result = run_query(seed_rdf, "SELECT ?v WHERE { ?v a kg:Venue }")
    assert not called and len(result.rows) == 5


SPEEDUPS = "SELECT ?title ?value WHERE { ?p dcterms:title ?title ; kg:reports/kg:value ?value } ORDER BY DESC(?value)"


def test_query_cli_table_is_aligned(seed_build):
    result = runner.invoke(app, ["query", str(seed_build[1]), SPEEDUPS, "--max-width", "30"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["title", "value"]
    assert set(lines[1]) == {"-", " "}
    assert all(len(line) <= len(lines[1]) for line in lines[2:-1])
    assert re.fullmatch(r"\(\d+ rows\)", lines[-1])


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_query_cli_script_formats(seed_build, fmt):
    result = runner.invoke(app, ["query", str(seed_build[1]), SPEEDUPS, "--format", fmt])
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        rows = json.loads(result.stdout)
        assert isinstance(rows[0]["value"], (int, float)) and rows[0]["title"]
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="," if fmt == "csv" else "\t"))
        assert float(rows[0]["value"]) >= float(rows[-1]["value"])
    assert len(rows) > 10


def test_query_cli_reads_rq_file(seed_build):
    result = runner.invoke(app, ["query", str(seed_build[1] / "graph.ttl"), str(ROOT / "queries" / "ttft-reductions.rq")])
    assert result.exit_code == 0 and "68%" in result.stdout


@pytest.mark.parametrize("query, line, words", [
    ("SELECT ?x WHERE {\n  ?x kg:title\n}", 2, "malformed SPARQL"),
    ("SELECT ?title WHERE {\n  ?p dcterms:title ?title ; kg:venue ?v\n  ?v rdfs:label \"X\" }", 3, "missing '.'"),
    ("SELECT ?x WHERE { ?x foo:bar ?y }", 1, "unknown prefix foo:"),
    ("PREFIX ex: <http://e/>\nSELECT ?x\nWHERE { ?x ex:p ?y ", 3, "malformed SPARQL"),
])
def test_query_malformed_says_where(seed_build, query, line, words):
    with pytest.raises(QueryError, match=words) as caught:
        run_query(seed_build[1], query)
    assert caught.value.line == line
    result = runner.invoke(app, ["query", str(seed_build[1]), query])
    assert result.exit_code == 1
    assert f"line {line}" in result.stderr and words in result.stderr


def test_query_malformed_rq_file_names_it(seed_build, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("# a comment\nSELECT ?x WHERE { ?x ?y }\n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(seed_build[1]), str(bad)])
    assert result.exit_code == 1
    assert f"{bad}: line 2" in result.stderr


@pytest.mark.parametrize("graph, query, code, words", [
    ("missing-dir/graph.ttl", "ASK {}", 2, "no such file"),
    (".", "ASK {}", 2, "no graph.ttl"),
    (None, "missing.rq", 2, "no such query file"),  # usage errors, as a missing graph is
    (None, "ASK {}", 2, "unknown format"),
])
def test_query_cli_missing_inputs(seed_build, tmp_path, graph, query, code, words):
    target = str(seed_build[1]) if graph is None else str(tmp_path / graph)
    extra = ["--format", "xlsx"] if words == "unknown format" else []
    result = runner.invoke(app, ["query", target, query, *extra])
    assert result.exit_code == code
    assert words in result.stderr


@pytest.mark.parametrize("fmt, parse_as", [("table", "turtle"), ("tsv", "nt"), ("json", "json-ld")])
def test_query_cli_construct_prints_rdf(seed_build, fmt, parse_as):
    query = "CONSTRUCT { ?v rdfs:label ?l } WHERE { ?v a kg:Venue ; rdfs:label ?l }"
    result = runner.invoke(app, ["query", str(seed_build[1]), query, "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert len(Graph().parse(data=result.stdout, format=parse_as)) == 5


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_query_cli_ask(seed_build, engine):
    result = runner.invoke(app, ["query", str(seed_build[1]), "ASK { ?p kg:reports ?r }", "--engine", engine])
    assert result.exit_code == 0 and result.stdout == "yes\n"
