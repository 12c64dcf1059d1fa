"""The interactive view: one self-contained HTML file with vis-network inlined; input text never becomes markup."""
from __future__ import annotations

import json
from importlib import resources

import networkx as nx
from jinja2 import Environment

COLOURS = {"Paper": "#4e79a7", "Method": "#f28e2b", "Model": "#e15759", "Benchmark": "#76b7b2",
           "Hardware": "#59a14f", "Metric": "#edc948", "Result": "#b07aa1", "Venue": "#9c755f",
           "ResearchArea": "#bab0ac"}


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def script_safe_json(data: object) -> str:
    """JSON that cannot close a <script> element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def view_data(graph: nx.MultiDiGraph) -> dict:
    nodes = []
    for node, data in sorted(graph.nodes(data=True)):
        type_ = data.get("type", "")
        details = "\n".join(f"{k}: {v}" for k, v in sorted(data.items()) if v not in (None, ""))
        nodes.append({"id": node, "label": str(data.get("label", node))[:60], "group": type_,
                      "color": COLOURS.get(type_, "#999"), "details": details,
                      "title": f"{type_}: {data.get('label', node)}"})
    edges = [{"from": s, "to": t, "label": k if k not in ("mentions",) else "", "arrows": "to"}
             for s, t, k in sorted(graph.edges(keys=True))]
    options = {"physics": {"stabilization": {"iterations": 200}}, "interaction": {"hover": True}}
    return {"nodes": nodes, "edges": edges, "options": options}


def to_html(graph: nx.MultiDiGraph) -> str:
    template = resources.files("export").joinpath("data", "view.html.j2").read_text(encoding="utf-8")
    environment = Environment(autoescape=False)  # every value below is escaped for its own context
    return environment.from_string(template).render(
        data_json=script_safe_json(view_data(graph)), vis_js=_vis_asset("vis-network.min.js").replace("</script", "<\\/script"),
        vis_css=_vis_asset("vis-network.css").replace("</style", "<\\/style"))
