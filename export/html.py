"""The interactive view: one self-contained HTML file with vis-network inlined; input text never becomes markup."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment
from pyvis.network import Network

from kg.files import write_atomic

from .layout import initial_positions
from .nodelink import read_node_link
from .subgraph import neighbour_count, view_subgraph

NODE_STYLES = {  # type: (colour, vis shape); label-inside shapes (box, ellipse) do not grow with degree
    "Paper": ("#4e79a7", "dot"), "Method": ("#f28e2b", "diamond"), "Model": ("#e15759", "triangle"),
    "Benchmark": ("#76b7b2", "square"), "Hardware": ("#59a14f", "triangleDown"), "Metric": ("#edc948", "star"),
    "Result": ("#b07aa1", "box"), "Venue": ("#9c755f", "hexagon"), "ResearchArea": ("#79706e", "ellipse"),
}
EDGE_STYLES = {  # relation: vis edge options, also drawn in the legend; arrows only where types leave direction open
    "proposes": {"color": "#f28e2b", "width": 2.5},
    "comparedWith": {"color": "#e15759", "width": 2, "dashes": [8, 5], "arrows": True},
    "reports": {"color": "#b07aa1", "width": 2},
    "mentions": {"color": "#b8c4d6", "width": 1},
    "onModel": {"color": "#9d7ba1", "width": 1, "dashes": [2, 4]},
    "onBenchmark": {"color": "#9d7ba1", "width": 1, "dashes": [2, 4]},
    "onHardware": {"color": "#9d7ba1", "width": 1, "dashes": [2, 4]},
    "baseline": {"color": "#e15759", "width": 1, "dashes": [2, 4]},
    "venue": {"color": "#e3dcd2", "width": 1, "physics": False},
    "area": {"color": "#e6e4e2", "width": 1, "physics": False},
}
SENTENCE_RELATIONS = ("mentions", "proposes", "comparedWith")
LABEL_LIMIT = 30
PHYSICS_LIMIT = 1500  # above this, physics would take longer than the budget: the starting layout is final


def script_safe_json(data: object) -> str:
    """JSON that cannot close a <script> element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def short_label(text: str) -> str:
    """What a title is called in the picture: the name before a colon, an acronym in brackets, or a cut."""
    head = text.split(":", 1)[0].strip()
    if head != text and 2 < len(head) <= LABEL_LIMIT:
        return head
    acronym = re.search(r"\(([^()\s]{2,20})\)\s*$", text)
    if acronym:
        return acronym.group(1)
    return text if len(text) <= LABEL_LIMIT else text[:LABEL_LIMIT - 1].rstrip() + "…"


def view_nodes(graph: nx.MultiDiGraph) -> list[dict]:
    positions = initial_positions(graph)
    nodes = []
    for node, data in sorted(graph.nodes(data=True)):
        attrs = {k: v if isinstance(v, (int, float)) else str(v) for k, v in data.items() if v not in (None, "")}
        label = str(data.get("label", node))
        type_ = str(data.get("type", ""))
        nodes.append({"id": node, "label": short_label(label) if type_ == "Paper" else label, "group": type_,
                      "value": neighbour_count(graph, node), "attrs": attrs,
                      "x": round(positions[node][0]), "y": round(positions[node][1])})
    return nodes


def view_edges(graph: nx.MultiDiGraph) -> list[dict]:
    edges = []
    for source, target, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        edge = {"from": source, "to": target, "relation": str(data.get("relation", key))}
        if edge["relation"] in SENTENCE_RELATIONS and data.get("sentence"):
            edge["sentence"] = str(data["sentence"])
        edges.append(edge)
    return edges


def view_options(size: int) -> dict:
    """vis-network options: pyvis sets the physics solver and interaction, we add styles and a size-aware layout."""
    net = Network(directed=True)
    # stronger repulsion, longer springs and full overlap avoidance: on the 78-node demo the old settings piled
    # figure labels on each other
    net.force_atlas_2based(gravity=-90, central_gravity=0.015, spring_length=100, spring_strength=0.05,
                           damping=0.5, overlap=1.0)
    net.toggle_hide_edges_on_drag(size > PHYSICS_LIMIT)
    options = json.loads(net.options.to_json())
    del options["configure"]
    options["physics"]["enabled"] = size <= PHYSICS_LIMIT
    options["physics"]["stabilization"] = {"iterations": stabilisation_iterations(size), "updateInterval": 20,
                                           "fit": True}
    options["physics"]["adaptiveTimestep"] = True
    options["edges"] = {"smooth": False, "color": {"inherit": False}, "selectionWidth": 2,
                        "arrows": {"to": {"enabled": False, "scaleFactor": 0.6}}}
    options["interaction"].update(hover=True, tooltipDelay=200, navigationButtons=False, keyboard=False)
    options["layout"] = {"improvedLayout": False, "randomSeed": 7}
    options["nodes"] = {"scaling": {"min": 10, "max": 42, "label": {"enabled": True, "min": 8, "max": 30,
                                                                    "drawThreshold": 6, "maxVisible": 30}},
                        "font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3,
                                 "strokeColor": "#ffffff"}, "borderWidth": 1}
    options["groups"] = {name: group_style(colour, shape) for name, (colour, shape) in NODE_STYLES.items()}
    return options


def group_style(colour: str, shape: str) -> dict:
    style = {"shape": shape, "color": {"background": colour, "border": colour,
                                       "highlight": {"background": colour, "border": "#222"},
                                       "hover": {"background": colour, "border": "#222"}}}
    if shape in ("box", "ellipse"):  # labels inside: fixed size, so figures such as "1.34× decode" read from afar
        style["font"] = {"color": "#ffffff", "strokeWidth": 0, "size": 17}
        style["scaling"] = {"label": {"enabled": False}}
        style["margin"] = 5
    return style


def stabilisation_iterations(size: int) -> int:
    """Enough physics steps to tidy the starting layout, fewer on bigger graphs so they settle within seconds."""
    return max(30, min(300, 60_000 // max(size, 1)))


def view_data(graph: nx.MultiDiGraph, note: str = "") -> dict:
    return {"nodes": view_nodes(graph), "edges": view_edges(graph), "options": view_options(len(graph)),
            "nodeStyles": {name: {"colour": c, "shape": s} for name, (c, s) in NODE_STYLES.items()},
            "edgeStyles": EDGE_STYLES, "note": note}


def _asset(package: str, *path: str) -> str:
    return resources.files(package).joinpath(*path).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    return _asset("pyvis", "templates", "lib", "vis-9.1.2", name)


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def to_html(graph: nx.MultiDiGraph, *, max_nodes: int | None = None, focus: str | None = None) -> str:
    """The whole view as one string; max_nodes and focus draw a sub-graph (see export.subgraph)."""
    shown, note = view_subgraph(graph, max_nodes=max_nodes, focus=focus)
    vis_js = _vis_asset("vis-network.min.js").replace("</script", "<\\/script")
    view_js = _asset("export", "data", "view.js")
    css = (_vis_asset("vis-network.css") + _asset("export", "data", "view.css")).replace("</style", "<\\/style")
    template = _asset("export", "data", "view.html.j2")
    environment = Environment(autoescape=False)  # every value below is escaped for its own context
    return environment.from_string(template).render(
        data_json=script_safe_json(view_data(shown, note)), vis_js=vis_js, view_js=view_js, css=css,
        script_hashes=f"{_csp_hash(vis_js)} {_csp_hash(view_js)}")


def write_view(source: Path, target: Path, *, max_nodes: int | None = None, focus: str | None = None) -> None:
    """Re-render the view from a saved node-link JSON (graph.json) without re-extracting."""
    try:
        graph = read_node_link(Path(source).read_text(encoding="utf-8"))
    except (KeyError, TypeError, ValueError, nx.NetworkXError) as err:
        raise ValueError(f"{source}: not a node-link graph.json ({err})") from err
    write_atomic(Path(target), to_html(graph, max_nodes=max_nodes, focus=focus))
