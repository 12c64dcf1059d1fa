"""How fast the HTML view opens and answers in headless Chromium, for graphs of growing size.

    .venv/bin/python bench/html_bench.py [--sizes 500,2000,5000] [--seeds ../shared/seeds]

Big graphs are the seed graph tiled: each copy gets its own papers, results and methods, while
venues, areas, models, benchmarks, hardware and metrics are shared, as in a real corpus. "ready" is
the time from navigation until the layout has settled and physics is frozen (body[data-state=ready]).
"""
from __future__ import annotations

import argparse
import math
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from export.html import to_html
from kg.build import build

ROOT = Path(__file__).resolve().parents[1]
SHARED_TYPES = {"Venue", "ResearchArea", "Model", "Benchmark", "Hardware", "Metric"}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def tiled_graph(base: nx.MultiDiGraph, nodes: int) -> nx.MultiDiGraph:
    """Copies of base until the graph has at least `nodes` nodes (shared types are not copied)."""
    own = [n for n, d in base.nodes(data=True) if d.get("type") not in SHARED_TYPES]
    copies = max(1, math.ceil((nodes - (len(base) - len(own))) / max(len(own), 1)))
    graph = nx.MultiDiGraph()
    for copy in range(copies):
        rename = {n: f"{n}~{copy}" for n in own}
        for node, data in base.nodes(data=True):
            attrs = dict(data)
            if node in rename and copy:
                attrs["label"] = f"{data.get('label', node)} #{copy}"
                if "title" in attrs:
                    attrs["title"] = f"{attrs['title']} #{copy}"
            graph.add_node(rename.get(node, node), **attrs)
        for source, target, key, data in base.edges(keys=True, data=True):
            graph.add_edge(rename.get(source, source), rename.get(target, target), key=key, **data)
    return graph


def measure(browser, path: Path, probe: str) -> dict:
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-state=ready]", timeout=120_000)
    ready = time.perf_counter() - start
    start = time.perf_counter()
    page.fill("#search", probe)
    page.press("#search", "Enter")
    page.wait_for_selector("#panel h2")
    search = time.perf_counter() - start
    start = time.perf_counter()
    page.uncheck("#type-filter input[data-value=Method]")
    page.evaluate("() => new Promise(requestAnimationFrame)")
    type_filter = time.perf_counter() - start
    page.close()
    return {"ready": ready, "search": search, "filter": type_filter, "errors": len(errors)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,1000,2000,5000", help="node counts, comma-separated")
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        base = build([args.seeds], Path(scratch) / "seeds", html=False).graph
        probe = max((d for _, d in base.nodes(data=True) if d.get("type") == "Method"),
                    key=lambda d: len(d.get("label", "")))["label"]
        print(f"{'nodes':>6} {'edges':>6} {'MB':>5} {'render s':>8} {'ready s':>7} {'search s':>8} "
              f"{'filter s':>8} {'errors':>6}")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for size in (int(s) for s in args.sizes.split(",")):
                graph = tiled_graph(base, size)
                start = time.perf_counter()
                html = to_html(graph)
                render = time.perf_counter() - start
                path = Path(scratch) / f"graph-{size}.html"
                path.write_text(html, encoding="utf-8")
                result = measure(browser, path, probe)
                print(f"{len(graph):>6} {graph.number_of_edges():>6} {len(html.encode()) / 1e6:>5.1f} "
                      f"{render:>8.2f} {result['ready']:>7.2f} {result['search']:>8.2f} "
                      f"{result['filter']:>8.2f} {result['errors']:>6}")
            browser.close()


if __name__ == "__main__":
    main()
