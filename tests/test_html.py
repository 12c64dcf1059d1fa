"""graph.html without a browser: escaping, the CSP, sub-graphs, the starting layout, kg view and the build options."""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re

import networkx as nx
import pytest
from typer.testing import CliRunner

from export.html import script_safe_json, short_label, to_html
from export.layout import initial_positions
from export.nodelink import read_node_link
from export.subgraph import focus_subgraph, top_subgraph, view_subgraph
from kg.cli import app

HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & "quotes"'


def small_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("paper-a", type="Paper", label=HOSTILE, title=HOSTILE, summary="Uses FDD.", venue="ACL2026")
    graph.add_node("paper-b", type="Paper", label="B: Other", title="B: Other", summary="Uses LLaMA3.", venue="ICML2025")
    graph.add_node("e-fdd", type="Method", label="FDD", aliases="Feature-Draft Decoding")
    graph.add_node("e-llama3", type="Model", label="LLaMA3", aliases="Llama-3")
    graph.add_node("result-a-1", type="Result", label="2.5× decode", paper="paper-a")
    graph.add_node("venue-acl2026", type="Venue", label="ACL2026")
    graph.add_edge("paper-a", "e-fdd", key="proposes", relation="proposes")
    graph.add_edge("paper-a", "e-llama3", key="mentions", relation="mentions", sentence="On LLaMA3.")
    graph.add_edge("paper-b", "e-llama3", key="mentions", relation="mentions", sentence="Uses LLaMA3.")
    graph.add_edge("paper-a", "result-a-1", key="reports", relation="reports")
    graph.add_edge("result-a-1", "e-llama3", key="onModel", relation="onModel")
    graph.add_edge("paper-a", "venue-acl2026", key="venue", relation="venue")
    return graph


def data_island(html: str) -> dict:
    text = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', html, re.S).group(1)
    return json.loads(text)


@pytest.mark.parametrize("text", [HOSTILE, "\u2028\u2029", "a & b < c > d", "</SCRIPT >"])
def test_html_script_safe_json_round_trips_without_markup(text):
    encoded = script_safe_json({"t": text})
    assert not set("<>&") & set(encoded)
    assert json.loads(encoded) == {"t": text}


def test_html_hostile_title_is_only_data():
    html = to_html(small_graph())
    assert "<img" not in html.split("<script")[0] and "alert(" not in html.split('id="graph-data"')[0]
    assert html.count("</script>") == 3
    titles = {n["attrs"].get("title") for n in data_island(html)["nodes"]}
    assert HOSTILE in titles


def test_html_csp_hashes_match_the_inline_scripts():
    html = to_html(small_graph())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in scripts}
    assert len(scripts) == 2 and hashes == set(policy.split("script-src ")[1].split(";")[0].split())
    assert "default-src 'none'" in policy


def test_html_loads_nothing_from_outside():
    html = to_html(small_graph())
    assert not re.search(r"<(script|img|link|iframe)[^>]*\s(src|href)=", html, re.I)
    assert not re.search(r"@import|url\((['\"]?)(https?:|//)", html)


@pytest.mark.parametrize("title, label", [
    ("SkyLadder: Better and Faster Pretraining", "SkyLadder"),
    ("3-Model Speculative Decoding (PyramidSD)", "PyramidSD"),
    ("Short title", "Short title"),
    ("A Very Long Title Without Any Colon In It At All", "A Very Long Title Without Any…"),
])
def test_html_short_label(title, label):
    assert short_label(title) == label


def test_html_nodes_carry_degree_and_position():
    nodes = {n["id"]: n for n in data_island(to_html(small_graph()))["nodes"]}
    assert nodes["e-llama3"]["value"] == 3 and nodes["paper-a"]["value"] == 4
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes.values())


@pytest.mark.parametrize("text", ["feature-draft decoding", "FDD", "e-fdd"])
def test_html_focus_matches_any_name(text):
    shown = focus_subgraph(small_graph(), text)
    assert set(shown) == {"e-fdd", "paper-a", "result-a-1", "venue-acl2026"}


def test_html_focus_without_match_says_so():
    with pytest.raises(ValueError, match="no node matches"):
        focus_subgraph(small_graph(), "nothing-like-this")


def test_html_top_subgraph_keeps_best_connected():
    assert set(top_subgraph(small_graph(), 2)) == {"paper-a", "e-llama3"}


def test_html_view_subgraph_note():
    graph = small_graph()
    assert view_subgraph(graph, max_nodes=100) == (graph, "")
    shown, note = view_subgraph(graph, max_nodes=2, focus="llama3")
    assert len(shown) == 2 and note.startswith("Showing 2 of 6 nodes")


def test_html_layout_is_finite_deterministic_and_keeps_own_nodes_close(seed_build):
    graph = seed_build[0].graph
    positions = initial_positions(graph)
    assert positions == initial_positions(graph) and set(positions) == set(graph)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    paper = next(n for n, d in graph.nodes(data=True) if d["type"] == "Paper" and graph.out_degree(n, "reports"))
    result = next(t for _, t, k in graph.out_edges(paper, keys=True) if k == "reports")
    assert math.dist(positions[paper], positions[result]) < 100


def test_html_kg_view_rerenders_saved_graph(example_build, tmp_path):
    report, out = example_build
    target = tmp_path / "view.html"
    result = CliRunner().invoke(app, ["view", str(out / "graph.json"), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert {n["id"] for n in data_island(target.read_text(encoding="utf-8"))["nodes"]} == set(report.graph)


def test_html_kg_view_defaults_beside_the_json(example_build, tmp_path):
    source = tmp_path / "saved.json"
    source.write_text((example_build[1] / "graph.json").read_text(encoding="utf-8"), encoding="utf-8")
    assert CliRunner().invoke(app, ["view", str(source), "--max-nodes", "10"]).exit_code == 0
    assert len(data_island((tmp_path / "saved.html").read_text(encoding="utf-8"))["nodes"]) == 10


@pytest.mark.parametrize("args, content", [
    (["--html-focus", "no-such-name-anywhere"], None),
    ([], '{"nodes": 1}'),
    ([], "not json"),
])
def test_html_kg_view_fails_cleanly(example_build, tmp_path, args, content):
    source = example_build[1] / "graph.json"
    if content is not None:
        source = tmp_path / "broken.json"
        source.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["view", str(source), "-o", str(tmp_path / "x.html"), *args])
    assert result.exit_code == 1 and not (tmp_path / "x.html").exists()


def test_html_kg_build_max_nodes_and_focus(tmp_path):
    page = tmp_path / "pages" / "p.txt"
    page.parent.mkdir()
    page.write_text("⚡ LLM Efficiency¶\n💬 ACL2026 · 1 paper notes\n- FDD: Feature Drafts\n-\n"
                    "We propose FDD, which reaches 2.5× decode speedup on LLaMA3-8B with an A100 GPU.\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(page.parent), "-o", str(out), "-q", "--max-nodes", "3",
                                      "--html-focus", "FDD"])
    assert result.exit_code == 0, result.output
    data = data_island((out / "graph.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 3 and data["note"].startswith("Showing 3 of")
    assert len(read_node_link((out / "graph.json").read_text(encoding="utf-8"))) > 3
