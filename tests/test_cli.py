"""The `kg` command line through Typer's CliRunner: build, explain, help and errors."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.namespace import DCTERMS
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "pages"
KG = Namespace("https://w3id.org/paperkg/ns#")
OUTPUTS = {"graph.ttl", "graph.html", "graph.graphml", "graph.json"}
SEED_HEADERS = {  # page number -> venue, year, area as each seed page's header prints them
    "000": ("ACL2026", "2026", "LLM Efficiency"),
    "001": ("ACL2025", "2025", "LLM Efficiency"),
    "002": ("ICML2026", "2026", "LLM Efficiency"),
    "003": ("ICML2025", "2025", "LLM Efficiency"),
    "004": ("NeurIPS2025", "2025", "LLM Efficiency"),
}

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli-seeds")
    result = kg("build", SEEDS, "-o", out)
    assert result.exit_code == 0, result.output
    return out, result


@pytest.fixture(scope="module")
def seed_rdf(seed_out):
    out, _ = seed_out
    return Graph().parse(out / "graph.ttl", format="turtle")


def test_cli_build_writes_four_files(seed_out):
    out, _ = seed_out
    assert {p.name for p in out.iterdir()} >= OUTPUTS
    assert all((out / name).stat().st_size > 0 for name in OUTPUTS)


def test_cli_build_reports_what_it_did(seed_out):
    _, result = seed_out
    assert "123 papers from 5 pages" in result.stderr


def test_cli_build_all_seed_papers(seed_rdf):
    assert len(set(seed_rdf.subjects(RDF.type, KG.Paper))) == 123


def test_cli_build_seed_papers_per_page(seed_rdf):
    pages = [re.search(r"(\d{3})_[0-9a-f]+\.txt:\d+$", str(seed_rdf.value(p, KG.source))).group(1)
             for p in seed_rdf.subjects(RDF.type, KG.Paper)]
    assert set(pages) == set(SEED_HEADERS)


@pytest.mark.parametrize("page", sorted(SEED_HEADERS))
def test_cli_build_seed_header(seed_rdf, page):
    venue, year, area = SEED_HEADERS[page]
    papers = [p for p in seed_rdf.subjects(RDF.type, KG.Paper)
              if re.search(rf"/{page}_[0-9a-f]+\.txt:\d+$", str(seed_rdf.value(p, KG.source)))]
    assert papers
    for paper in papers:
        assert str(seed_rdf.value(seed_rdf.value(paper, KG.venue), RDFS.label)) == venue
        assert str(seed_rdf.value(paper, KG.year)) == year
        assert str(seed_rdf.value(seed_rdf.value(paper, KG.area), RDFS.label)) == area
        assert seed_rdf.value(paper, DCTERMS.title)


def test_cli_build_examples_and_options(tmp_path):
    result = kg("build", EXAMPLES, "-o", tmp_path, "--no-html", "--base-iri", "https://example.org/kg/", "-q")
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir() if not p.name.startswith(".")} == OUTPUTS - {"graph.html"}  # .kg-cache
    assert result.stderr == ""
    assert "https://example.org/kg/" in (tmp_path / "graph.ttl").read_text(encoding="utf-8")


def test_cli_build_removes_graph_files_an_earlier_build_left(tmp_path):
    assert kg("build", EXAMPLES, "-o", tmp_path, "--rdf-format", "nt", "-q").exit_code == 0
    assert (tmp_path / "graph.nt").is_file() and (tmp_path / "graph.html").is_file()
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = kg("build", EXAMPLES, "-o", tmp_path, "--no-html")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "graph.nt").exists() and not (tmp_path / "graph.html").exists()
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"  # only graph files it writes are touched
    assert "removed graph.html, graph.nt left by an earlier build" in result.stderr


def test_cli_build_mixed_inputs(tmp_path):
    result = kg("build", EXAMPLES / "serving.txt", EXAMPLES / "extra.jsonl", "-o", tmp_path / "new" / "out")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "new" / "out" / "graph.json").read_text(encoding="utf-8"))
    sources = {n.get("sources", "").split(":")[0] for n in data["nodes"] if n.get("type") == "Paper"}
    assert {Path(s).name for s in sources} == {"serving.txt", "extra.jsonl"}


def test_cli_build_user_patterns(tmp_path):
    page = tmp_path / "page.jsonl"
    page.write_text(json.dumps({"title": "A Note", "summary": "We speed up ZetaCache by 2× on LongBench.",
                                "venue": "ACL2026", "year": 2026, "area": "LLM Efficiency"}) + "\n", encoding="utf-8")
    patterns = tmp_path / "mine.jsonl"
    patterns.write_text(json.dumps({"label": "Method", "pattern": "ZetaCache", "id": "ZetaCache"}) + "\n",
                        encoding="utf-8")
    result = kg("build", page, "-o", tmp_path / "out", "--patterns", patterns, "--no-html")
    assert result.exit_code == 0, result.output
    rdf = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert "ZetaCache" in {str(label) for m in rdf.subjects(RDF.type, KG.Method) for label in rdf.objects(m, RDFS.label)}


@pytest.mark.parametrize("args, message", [
    (["build", "no-such-folder", "-o", "{out}"], "no-such-folder"),
    pytest.param(["build", str(EXAMPLES), "-o", "{out}", "--patterns", "no-such-patterns.jsonl"],
                 "no-such-patterns.jsonl"),
])
def test_cli_build_missing_input_fails_clearly(tmp_path, args, message):
    result = kg(*[a.replace("{out}", str(tmp_path / "out")) for a in args])
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert message in result.output
    assert "Traceback" not in result.output


def test_cli_build_bad_pattern_file_fails_clearly(tmp_path):
    patterns = tmp_path / "bad.jsonl"
    patterns.write_text("{not json\n", encoding="utf-8")
    result = kg("build", EXAMPLES, "-o", tmp_path / "out", "--patterns", patterns)
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    assert "bad.jsonl:1" in result.stderr


def test_cli_build_strict_stops_on_a_warning(tmp_path):
    page = tmp_path / "no-header.txt"
    page.write_text("- A Title Without A Header\n-\nIt reaches a 2× speedup.\n", encoding="utf-8")
    result = kg("build", page, "-o", tmp_path / "out", "--strict")
    assert result.exit_code != 0
    assert "no-header.txt" in result.stderr


@pytest.mark.parametrize("args", [["build"], ["build", str(EXAMPLES)]])
def test_cli_build_usage_errors(args):
    result = kg(*args)
    assert result.exit_code == 2
    assert "Usage" in result.output


def test_cli_explain_names_rules():
    result = kg("explain", EXAMPLES / "serving.txt")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("== ") for line in lines)
    traced = [line for line in lines if line.lstrip().startswith(("entity ", "role "))]
    assert traced and all(re.search(r"rule=\S+", line) for line in traced)
    assert any(line.lstrip().startswith("result ") for line in lines)


def test_cli_explain_missing_input_fails_clearly():
    result = kg("explain", "no-such-page.txt")
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    assert "no-such-page.txt" in result.output


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["explain", "--help"]])
def test_cli_help(args):
    result = kg(*args)
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_cli_help_lists_commands():
    result = kg("--help")
    assert re.search(r"^\s+build\s", result.stdout, re.M)
    assert re.search(r"^\s+explain\s", result.stdout, re.M)


@pytest.mark.parametrize("option", ["--out", "--patterns", "--base-iri", "--no-html", "--strict", "--quiet"])
def test_cli_build_help_lists_options(option):
    assert option in kg("build", "--help").stdout


COMMANDS = ["build", "view", "explain", "ontology", "validate", "query", "stats"]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_help_shows_human_metavars_and_exit_statuses(command):
    text = kg(command, "--help").stdout
    assert not re.search(r"<[a-z][\w\[\] ]*>|\{\w+\}|list\[", text), text  # no <int range>, {inputs}, list[Path]
    assert "Exit status: 0" in " ".join(text.split())


@pytest.mark.parametrize("command, usage", [
    ("build", "build [OPTIONS] INPUT..."), ("explain", "explain [OPTIONS] PAGE..."),
    ("query", "query [OPTIONS] GRAPH QUERY"), ("stats", "stats [OPTIONS] OUT"),
])
def test_cli_help_usage_line_reads_like_the_readme(command, usage):
    assert re.search(rf"^Usage: \S+ {re.escape(usage)}$", kg(command, "--help").stdout, re.M)


def test_cli_help_lists_every_command_uncut():
    commands = kg("--help").stdout.split("Commands:", 1)[1]
    for command in COMMANDS:
        line = re.search(rf"^\s+{command}\s+(.*)$", commands, re.M)
        assert line and not line[1].endswith("..."), commands


def test_cli_query_help_and_readme_list_the_same_prefixes_and_file_types():
    from kg.cli import rdf_suffixes
    from kg.query import PREFIXES

    text = " ".join(kg("query", "--help").stdout.split())
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("### `kg query GRAPH QUERY`", 1)[1]
    readme = " ".join(readme.split("### ", 1)[0].split())
    for prefix in PREFIXES:
        assert f"{prefix}:," in text or f"{prefix}:." in text
        assert f"`{prefix}:`" in readme
    for suffix in rdf_suffixes().split(", "):
        assert suffix in text and f"`{suffix}`" in readme
    assert "pyoxigraph" in text and "(the default: pyoxigraph" in readme


@pytest.mark.parametrize("args, words", [
    (["build", EXAMPLES, "-o", "{tmp}/out", "--rdf-format", "xml"], "unknown format 'xml'"),
    (["build", EXAMPLES, "-o", "{tmp}/out", "-j", "0"], "--jobs"),
    (["build", "{tmp}/no-such-folder", "-o", "{tmp}/out"], "no-such-folder: no such file or folder"),
    (["build", EXAMPLES, "-o", "{tmp}/out", "--patterns", "{tmp}/nope.jsonl"], "nope.jsonl: no such file"),
    (["explain", "{tmp}/no-such-page.txt"], "no-such-page.txt: no such file or folder"),
    (["query", "{tmp}", "ASK {}", "--format", "xml"], "unknown format 'xml'"),
    (["query", "{tmp}", "ASK {}", "--engine", "foo"], "unknown engine 'foo'"),
    (["query", "{tmp}", "missing.rq"], "missing.rq: no such query file"),
    (["query", "{tmp}", "ASK {}", "--bind", "baseline"], "'baseline' is not NAME=VALUE"),
    (["query", "{tmp}/gone", "ASK {}"], "gone: no such file or folder"),
    (["validate", "{tmp}/gone/graph.ttl"], "gone/graph.ttl: no such file or folder"),
    (["stats", "{tmp}/gone"], "gone: no such file or folder"),
    (["view", "{tmp}/gone.json"], "gone.json: no such file or folder"),
    (["ontology", "--format", "yaml"], "unknown format 'yaml'"),
])
def test_cli_usage_errors_exit_2_before_any_work(tmp_path, args, words):
    result = kg(*[str(a).replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2, result.output
    assert words in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["stats", "query", "validate"])
def test_cli_missing_build_names_the_folder_to_build(tmp_path, command):
    gone = tmp_path / "my-build"
    result = kg(command, gone, *(["ASK {}"] if command == "query" else []))
    assert result.exit_code == 2
    assert f"run `kg build INPUT... -o {gone}` first" in result.stderr


def test_cli_stats_of_a_broken_graph_json_is_a_clear_error(tmp_path):
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    result = kg("stats", tmp_path)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{tmp_path / 'graph.json'}: not a graph.json" in result.stderr


def test_cli_validate_unparsable_turtle_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/paperkg/ns#> .\nkg:a kg:b kg:c .\n\ngarbage {\n", encoding="utf-8")
    result = kg("validate", bad)
    assert result.exit_code == 2
    assert f"{bad}:4: not valid turtle: expected directive or statement" in result.stderr
    assert "b'" not in result.stderr and "\\n" not in result.stderr


def test_cli_build_counts_in_words(tmp_path):
    page = tmp_path / "one.jsonl"
    page.write_text(json.dumps({"title": "FooNet: Fast Decoding", "summary": "FooNet is 2× faster than vLLM.",
                                "venue": "ACL2026", "year": 2026}) + "\n", encoding="utf-8")
    result = kg("build", page, "-o", tmp_path / "out", "--no-html", "--no-cache")
    assert result.exit_code == 0, result.output
    assert "kg build: 1 paper from 1 page ->" in result.stderr


def test_cli_explain_roles_show_entity_names():
    lines = kg("explain", EXAMPLES).stdout.splitlines()
    names = {m[1] for line in lines if (m := re.match(r"\s+entity\s+\S+\s+'([^']+)'", line))}
    roles = [m[1] for line in lines if (m := re.match(r"\s+role\s+\S+\s+'([^']+)'", line))]
    assert roles and set(roles) <= names


def test_cli_stats_counts_in_words(tmp_path):
    (tmp_path / "graph.json").write_text(json.dumps({"directed": True, "multigraph": True, "graph": {},
                                                     "nodes": [{"id": "p", "type": "Paper"}], "edges": []}))
    result = kg("stats", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 node, 0 edges\n")
