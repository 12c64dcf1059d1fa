"""The real graph.html in headless Chromium: offline, no console errors, search, filters, panel, no injected markup."""
from __future__ import annotations

import pytest

from kg.build import build

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> KVQuant-X: Cache Quantization'
PAGES = {
    "acl.txt": f"""⚡ LLM Efficiency¶
💬 ACL2026 · 2 paper notes
- EAGLE-Fast: Speculative Decoding with Feature Drafts
-
We propose Feature-Draft Decoding (FDD), a speculative decoding method that drafts features with a small head. \
On LLaMA3-8B it achieves 2.5× decode speedup over vanilla decoding on MT-Bench with an A100 GPU.
- {HOSTILE}
-
KVQuant-X compresses the KV cache of Llama-2-7B by 4× <b onmouseover="window.pwned=3">bold</b> on WikiText-2.
""",
    "icml.txt": """⚡ Model Compression¶
💬 ICML2025 · 1 paper notes
- SparseLite: One-shot Pruning for Large Language Models
-
SparseLite prunes OPT-13B to 50% sparsity in one shot and reaches 1.8× faster inference than SparseGPT on an RTX 4090.
""",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pages = tmp_path_factory.mktemp("html-pages")
    for name, text in PAGES.items():
        (pages / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("html-out")
    report = build([pages], out, echo=None)
    return report.graph, out / "graph.html"


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One page load, with every request and every console error it caused."""

    def __init__(self, browser, path):
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-state=ready]", timeout=30_000)

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def node_point(self, node: str) -> tuple[float, float]:
        """Where a node is on screen: zoom onto it first so neighbours do not cover it."""
        self.js("id => paperkg.network.focus(id, {scale: 2.5})", node)
        x, y = self.js("id => { const p = paperkg.network.getPosition(id); const d = paperkg.network.canvasToDOM(p);"
                       " return [d.x, d.y]; }", node)
        box = self.page.locator("#graph").bounding_box()
        return box["x"] + x, box["y"] + y


@pytest.fixture
def visit(browser, built):
    opened = Visit(browser, built[1])
    yield opened
    opened.context.close()


def paper_with(graph, text: str) -> str:
    return next(n for n, d in graph.nodes(data=True) if d.get("type") == "Paper" and text in d["title"])


def test_html_view_loads_offline_without_errors(visit):
    visit.js("() => new Promise(r => setTimeout(r, 300))")
    assert visit.requests == [visit.url]
    assert visit.errors == []


def test_html_view_forbids_network_in_csp(visit):
    policy = visit.page.locator("meta[http-equiv=Content-Security-Policy]").get_attribute("content")
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_html_view_holds_every_node_and_edge(visit, built):
    graph = built[0]
    assert set(visit.js("() => paperkg.nodes.getIds()")) == set(graph.nodes)
    assert visit.js("() => paperkg.edges.length") == graph.number_of_edges()


def speedup(graph) -> str:
    return next(n for n, d in graph.nodes(data=True) if d.get("type") == "Result" and d.get("kind") == "speedup")


def test_html_view_labels_results_with_their_figure(visit, built):
    label = built[0].nodes[speedup(built[0])]["label"]
    assert "×" in label
    assert label in visit.js("() => paperkg.nodes.get({filter: n => n.group === 'Result'}).map(n => n.label)")


@pytest.mark.parametrize("query", ["feature drafts", "EAGLE-FAST: speculative"])
def test_html_view_search_focuses_a_paper(visit, built, query):
    paper = paper_with(built[0], "EAGLE-Fast")
    visit.page.fill("#search", query)
    visit.page.press("#search", "Enter")
    assert visit.js("() => paperkg.network.getSelectedNodes()") == [paper]
    assert visit.page.locator("#panel h2").text_content() == built[0].nodes[paper]["title"]
    visit.page.wait_for_timeout(600)  # the focus animation
    centre = visit.js("() => paperkg.network.getViewPosition()")
    position = visit.js("id => paperkg.network.getPosition(id)", paper)
    assert abs(centre["x"] - position["x"]) < 1 and abs(centre["y"] - position["y"]) < 1


def test_html_view_search_finds_an_alias(visit, built):
    node, alias = next((n, d["aliases"].split(" | ")[0]) for n, d in built[0].nodes(data=True) if d.get("aliases"))
    visit.page.fill("#search", alias.lower())
    visit.page.locator("#search-results li").first.wait_for()
    visit.page.press("#search", "Enter")
    assert visit.js("() => paperkg.network.getSelectedNodes()") == [node]


def test_html_view_type_filter_hides_nodes(visit, built):
    methods = {n for n, d in built[0].nodes(data=True) if d.get("type") == "Method"}
    visit.page.uncheck("#type-filter input[data-value=Method]")
    hidden = set(visit.js("() => paperkg.nodes.get({filter: n => n.hidden === true}).map(n => n.id)"))
    assert methods and hidden == methods
    visit.page.check("#type-filter input[data-value=Method]")
    assert visit.js("() => paperkg.nodes.get({filter: n => n.hidden === true}).length") == 0


def test_html_view_venue_filter_hides_other_venues(visit, built):
    graph = built[0]
    visit.page.uncheck("#venue-filter input[data-value=ICML2025]")
    hidden = set(visit.js("() => [...paperkg.hidden()]"))
    sparse = paper_with(graph, "SparseLite")
    assert sparse in hidden and "venue-icml2025" in hidden
    assert paper_with(graph, "EAGLE-Fast") not in hidden
    assert all(n in hidden for _, n, k in graph.out_edges(sparse, keys=True) if k == "reports")


def test_html_view_degree_filter_hides_leaves(visit, built):
    graph = built[0]
    visit.page.locator("#min-degree").fill("2")
    hidden = set(visit.js("() => [...paperkg.hidden()]"))
    leaves = {n for n in graph if len(set(graph.succ[n]) | set(graph.pred[n])) < 2}
    assert leaves and hidden == leaves


def test_html_view_click_on_paper_shows_summary_and_figures(visit, built):
    paper = paper_with(built[0], "SparseLite")
    visit.page.mouse.click(*visit.node_point(paper))
    panel = visit.page.locator("#panel")
    assert panel.locator("h2").text_content() == built[0].nodes[paper]["title"]
    assert built[0].nodes[paper]["summary"] in panel.text_content()
    assert "ICML2025" in panel.locator(".meta").first.text_content()
    figures = [built[0].nodes[t]["label"] for _, t, k in built[0].out_edges(paper, keys=True) if k == "reports"]
    assert figures and all(label in panel.text_content() for label in figures)


def test_html_view_entity_panel_shows_papers_and_sentence(visit, built):
    graph = built[0]
    entity, paper, sentence = next((t, s, d["sentence"]) for s, t, k, d in graph.edges(keys=True, data=True)
                                   if k == "mentions" and d.get("sentence") and graph.nodes[t]["type"] == "Method")
    visit.js("id => paperkg.select(id, false)", entity)
    panel = visit.page.locator("#panel").text_content()
    assert graph.nodes[entity]["type"] in panel and graph.nodes[paper]["title"] in panel and sentence in panel


def test_html_view_result_panel_shows_value_and_evidence(visit, built):
    graph = built[0]
    result = speedup(graph)
    visit.js("id => paperkg.select(id, false)", result)
    panel = visit.page.locator("#panel")
    facts = dict(zip(panel.locator("dt").all_text_contents(), panel.locator("dd").all_text_contents()))
    expected = {name: str(graph.nodes[result][key]) for name, key in
                [("Value", "value"), ("Unit", "unit"), ("Kind", "kind"), ("Aspect", "aspect")]}
    assert {name: facts.get(name) for name in expected} == expected and expected["Kind"] == "speedup"
    assert graph.nodes[result]["evidence"] in panel.locator("blockquote").text_content()


def test_html_view_selection_highlights_the_neighbourhood(visit, built):
    paper = paper_with(built[0], "SparseLite")
    before = visit.page.locator("#graph canvas").screenshot()
    visit.js("id => paperkg.select(id, false)", paper)
    assert visit.page.locator("#graph canvas").screenshot() != before
    visit.page.mouse.click(*visit.node_point(paper))
    visit.js("() => paperkg.network.moveTo({position: {x: 1e5, y: 1e5}})")
    box = visit.page.locator("#graph").bounding_box()
    visit.page.mouse.click(box["x"] + 5, box["y"] + 5)
    assert visit.page.locator("#panel .hint").count() == 1


def test_html_view_injected_markup_stays_text(visit, built):
    paper = paper_with(built[0], "KVQuant-X")
    visit.page.fill("#search", "kvquant-x: cache")
    visit.page.locator("#search-results li").first.wait_for()
    assert HOSTILE in visit.page.locator("#search-results").text_content()
    visit.page.press("#search", "Enter")
    visit.page.mouse.move(*visit.node_point(paper))
    visit.page.locator("#tooltip").wait_for()
    assert visit.page.locator("#panel h2").text_content() == HOSTILE
    assert visit.page.locator("#tooltip").text_content() == f"Paper: {HOSTILE}"
    assert "<b onmouseover" in visit.page.locator("#panel").text_content()
    assert visit.js("() => window.pwned") is None
    assert visit.page.locator("body img, body b, #panel script, #search-results script").count() == 0
    assert visit.requests == [visit.url] and visit.errors == []


def test_html_view_sub_graph_says_what_it_leaves_out(browser, built, tmp_path):
    from export.html import to_html

    path = tmp_path / "focus.html"
    path.write_text(to_html(built[0], focus="SparseLite"), encoding="utf-8")
    opened = Visit(browser, path)
    try:
        assert opened.page.locator("#note").text_content().startswith("Showing ")
        assert paper_with(built[0], "EAGLE-Fast") not in opened.js("() => paperkg.nodes.getIds()")
        assert opened.errors == []
    finally:
        opened.context.close()
