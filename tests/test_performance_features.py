"""Speed features that must not change the output: --jobs, the incremental cache, the fast RDF writers."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from export.fast_turtle import to_fast_turtle
from export.jsonld import to_jsonld
from export.ntriples import to_ntriples
from export.turtle import prefixes, rdf_triples, to_rdf
from kg.build import AUTO_JOBS_MAX, BuildReport, auto_jobs, build, find_input_pages

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "pages"
FILES = ("graph.ttl", "graph.graphml", "graph.json")


def outputs(out) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES}


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("clean")
    build([SEEDS, EXAMPLES], out, html=False, incremental=False)
    return outputs(out)


def test_performance_jobs_2_same_bytes_as_jobs_1(tmp_path, clean_build):
    report = build([SEEDS, EXAMPLES], tmp_path, html=False, jobs=2, incremental=False)
    assert report.papers > 100
    assert outputs(tmp_path) == clean_build


def pages_in(*inputs) -> list[Path]:
    return find_input_pages(inputs, BuildReport())


def test_performance_auto_jobs_uses_processes_only_for_big_inputs(tmp_path):
    assert auto_jobs(pages_in(SEEDS, EXAMPLES)) == 1  # a few hundred notes: worker start-up would cost more than it saves
    big = tmp_path / "big.jsonl"
    big.write_text('{"title": "T", "summary": "S"}\n' * 80_000, encoding="utf-8")  # 2.4 MB
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert auto_jobs(pages_in(tmp_path)) == auto_jobs(pages_in(big)) == max(1, min(cpus, AUTO_JOBS_MAX))


def test_performance_auto_jobs_counts_only_the_pages_it_reads(tmp_path):
    """A big .git folder or picture beside the notes is not read, so it does not make the build start processes."""
    (tmp_path / "notes.txt").write_text("A Title\n\nA summary of the paper.\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "pack.txt").write_bytes(b"x" * 3_000_000)
    (tmp_path / "figure.png").write_bytes(b"x" * 3_000_000)
    assert pages_in(tmp_path) == [tmp_path / "notes.txt"]
    assert auto_jobs(pages_in(tmp_path)) == 1
    assert build([tmp_path], tmp_path / "out", html=False, jobs=None).jobs == 1


def test_performance_incremental_rebuild_same_bytes_as_clean(tmp_path, clean_build):
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages / "seeds")
    shutil.copytree(EXAMPLES, pages / "examples")
    out, before = tmp_path / "out", tmp_path / "before"
    build([pages / "seeds", pages / "examples"], before, html=False, incremental=False)
    first = build([pages / "seeds", pages / "examples"], out, html=False)
    assert first.reused == 0
    again = build([pages / "seeds", pages / "examples"], out, html=False)
    assert again.reused == again.pages
    assert outputs(out) == outputs(before)

    changed = sorted((pages / "seeds").glob("*.txt"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("1.15×", "1.25×").replace("1.34×", "2.5×"), encoding="utf-8")
    rebuilt = build([pages / "seeds", pages / "examples"], out, html=False, jobs=2)
    assert rebuilt.reused == rebuilt.pages - 1
    fresh = tmp_path / "fresh"
    build([pages / "seeds", pages / "examples"], fresh, html=False, incremental=False)
    assert outputs(out) == outputs(fresh)
    assert outputs(out) != outputs(before)


def test_performance_rule_change_invalidates_cache(tmp_path):
    out = tmp_path / "out"
    build([EXAMPLES], out, html=False)
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text('{"label": "Method", "pattern": "ZetaCache", "id": "ZetaCache"}\n', encoding="utf-8")
    assert build([EXAMPLES], out, html=False, patterns=[patterns]).reused == 0


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    return seed_build[0].graph


@pytest.mark.parametrize("writer, fmt", [
    (lambda g: to_fast_turtle(rdf_triples(g), prefixes()), "turtle"),
    (lambda g: to_ntriples(rdf_triples(g)), "nt"),
    (lambda g: to_jsonld(rdf_triples(g)), "json-ld"),
])
def test_performance_fast_rdf_isomorphic_with_rdflib(seed_graph, writer, fmt):
    reference = to_rdf(seed_graph)
    parsed = Graph().parse(data=writer(seed_graph), format=fmt)
    assert len(parsed) == len(reference)
    assert isomorphic(parsed, reference)
    assert isomorphic(parsed, Graph().parse(data=reference.serialize(format="nt"), format="nt"))


def test_performance_fast_turtle_deterministic(seed_graph):
    text = to_fast_turtle(rdf_triples(seed_graph), prefixes())
    assert text == to_fast_turtle(rdf_triples(seed_graph.copy()), prefixes())
    for prefix, namespace in prefixes().items():
        assert f"@prefix {prefix}: <{namespace}> ." in text


@pytest.mark.parametrize("value", ['say "hi"\\n', "line\nbreak\ttab\r", "back\\slash", "ünïcødé ×2 ∞", "\x00\x1f"])
def test_performance_fast_writers_escape_literals(value):
    triples = [(URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal(value))]
    for text, fmt in ((to_fast_turtle(triples, {"ex": "https://example.org/"}), "turtle"),
                      (to_ntriples(triples), "nt"), (to_jsonld(triples), "json-ld")):
        parsed = Graph().parse(data=text, format=fmt)
        assert {str(o) for o in parsed.objects()} == {value}


def test_performance_fast_writers_escape_iris():
    triples = [(URIRef("https://example.org/a b<c>"), URIRef("https://example.org/p"), Literal("x"))]
    for text, fmt in ((to_fast_turtle(triples, {"ex": "https://example.org/"}), "turtle"), (to_ntriples(triples), "nt")):
        assert {str(s) for s in Graph().parse(data=text, format=fmt).subjects()} == {"https://example.org/a b<c>"}


def test_performance_graphml_same_bytes_as_networkx(seed_graph):
    import io

    import networkx as nx

    from export.graphml import graphml_ready, to_graphml

    buffer = io.BytesIO()
    nx.write_graphml(graphml_ready(seed_graph), buffer, encoding="utf-8", prettyprint=True)
    assert to_graphml(seed_graph) == buffer.getvalue()
