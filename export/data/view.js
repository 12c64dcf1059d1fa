"use strict";
// paperkg view: draws the graph from the JSON island. Input text only ever reaches the page through textContent.
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const byId = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const TYPE_NAMES = {ResearchArea: "Research area"};
  const RELATION_NAMES = {comparedWith: "compared with", onModel: "on model", onBenchmark: "on benchmark",
                          onHardware: "on hardware"};
  const ENTITY_TYPES = new Set(["Method", "Model", "Benchmark", "Hardware", "Metric"]);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  const typeName = (type) => TYPE_NAMES[type] || type || "Node";
  const relationName = (relation) => RELATION_NAMES[relation] || relation;
  const fold = (text) => String(text).normalize("NFKD").toLowerCase().replace(/[^0-9a-z]+/g, "");

  // The model: node records by id, and the edges at each node.
  const info = new Map(data.nodes.map((n) => [n.id, n]));
  const incident = new Map(data.nodes.map((n) => [n.id, []]));
  data.edges.forEach((edge, index) => {
    incident.get(edge.from).push(index);
    if (edge.to !== edge.from) incident.get(edge.to).push(index);
  });
  const fullLabel = (id) => { const a = info.get(id).attrs; return String(a.title || a.label || id); };
  const outgoing = (id, relations) => incident.get(id).map((i) => data.edges[i])
    .filter((e) => e.from === id && (!relations || relations.includes(e.relation)));
  const incoming = (id, relations) => incident.get(id).map((i) => data.edges[i])
    .filter((e) => e.to === id && (!relations || relations.includes(e.relation)));
  const neighbours = (id) => new Set(incident.get(id).map((i) => data.edges[i])
    .flatMap((e) => [e.from, e.to]));

  function visEdge(edge, index) {
    const style = data.edgeStyles[edge.relation] || {};
    const item = {id: index, from: edge.from, to: edge.to, width: style.width || 1, dashes: style.dashes || false,
                  color: {color: style.color || "#bbbbbb", highlight: "#333333", hover: "#555555"}};
    if (style.arrows) item.arrows = "to";
    if (style.physics === false) item.physics = false;
    return item;
  }

  const nodes = new vis.DataSet(data.nodes.map((n) => ({id: n.id, label: n.label, group: n.group, value: n.value,
                                                        x: n.x, y: n.y})));
  const edges = new vis.DataSet(data.edges.map(visEdge));
  // Size and label grow with the log of the number of links, so hubs read at first sight and leaves stay small.
  data.options.nodes.scaling.customScalingFunction = (min, max, total, value) =>
    (max === min ? 0.5 : Math.log1p(value - min) / Math.log1p(max - min));
  const network = new vis.Network(byId("graph"), {nodes, edges}, data.options);

  // Layout: physics until stable, then frozen; the button turns it back on.
  const status = byId("status");
  const physicsButton = byId("physics");
  function setPhysics(on) {
    network.setOptions({physics: {enabled: on}});
    physicsButton.setAttribute("aria-pressed", String(on));
    physicsButton.textContent = on ? "Physics: on" : "Physics: off";
  }
  function ready() {
    setPhysics(false);
    status.textContent = `${data.nodes.length.toLocaleString("en")} nodes · ${data.edges.length.toLocaleString("en")} links`;
    document.body.dataset.state = "ready";
  }
  network.on("stabilizationProgress", (p) => {
    status.textContent = `Laying out… ${Math.round((100 * p.iterations) / p.total)}%`;
  });
  network.once("stabilizationIterationsDone", ready);
  if (data.nodes.length === 0 || !data.options.physics.enabled) ready();
  physicsButton.addEventListener("click", () => setPhysics(physicsButton.getAttribute("aria-pressed") !== "true"));

  // Filters: node types (the legend), venues, research areas, minimum number of links.
  const allTypes = [...new Set(data.nodes.map((n) => n.group))];
  const papers = data.nodes.filter((n) => n.group === "Paper");
  const venues = [...new Set(papers.map((n) => String(n.attrs.venue || "")))].sort();
  const areas = [...new Set(papers.map((n) => String(n.attrs.area || "")))].sort();
  const state = {types: new Set(allTypes), venues: new Set(venues), areas: new Set(areas), minDegree: 0};
  let hidden = new Set();

  function swatch(shape, colour) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("class", "swatch");
    const shapes = {
      dot: ["circle", {cx: 8, cy: 8, r: 6}], square: ["rect", {x: 2, y: 2, width: 12, height: 12}],
      box: ["rect", {x: 1, y: 4, width: 14, height: 8, rx: 2}], ellipse: ["ellipse", {cx: 8, cy: 8, rx: 7, ry: 4.5}],
      diamond: ["polygon", {points: "8,1 15,8 8,15 1,8"}], triangle: ["polygon", {points: "8,2 15,14 1,14"}],
      triangleDown: ["polygon", {points: "1,2 15,2 8,14"}],
      star: ["polygon", {points: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"}],
      hexagon: ["polygon", {points: "4,2 12,2 15.5,8 12,14 4,14 0.5,8"}],
    };
    const [tag, attrs] = shapes[shape] || shapes.dot;
    const mark = document.createElementNS(SVG, tag);
    Object.entries(attrs).forEach(([k, v]) => mark.setAttribute(k, String(v)));
    mark.setAttribute("fill", colour);
    svg.appendChild(mark);
    return svg;
  }
  function line(style) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 16");
    svg.setAttribute("class", "swatch");
    const stroke = document.createElementNS(SVG, "line");
    const attrs = {x1: 1, y1: 8, x2: 23, y2: 8, stroke: style.color, "stroke-width": Math.max(1.5, style.width || 1)};
    if (style.dashes) attrs["stroke-dasharray"] = style.dashes.join(" ");
    Object.entries(attrs).forEach(([k, v]) => stroke.setAttribute(k, String(v)));
    svg.appendChild(stroke);
    if (style.arrows) {
      const head = document.createElementNS(SVG, "polygon");
      head.setAttribute("points", "24,8 17,4 17,12");
      head.setAttribute("fill", style.color);
      svg.appendChild(head);
    }
    return svg;
  }
  function checkItem(set, value, text, count, mark) {
    const input = el("input");
    input.type = "checkbox";
    input.checked = true;
    input.dataset.value = value;
    input.addEventListener("change", () => {
      if (input.checked) set.add(value); else set.delete(value);
      applyFilters();
    });
    const label = el("label");
    label.append(input);
    if (mark) label.append(mark);
    label.append(el("span", text), el("span", count.toLocaleString("en"), "count"));
    const item = el("li");
    item.append(label);
    return item;
  }
  const countBy = (items, key) => items.reduce((m, x) => m.set(key(x), (m.get(key(x)) || 0) + 1), new Map());
  const typeCounts = countBy(data.nodes, (n) => n.group);
  Object.entries(data.nodeStyles).filter(([type]) => typeCounts.has(type)).forEach(([type, style]) => {
    byId("type-filter").append(checkItem(state.types, type, typeName(type), typeCounts.get(type),
                                         swatch(style.shape, style.colour)));
  });
  allTypes.filter((t) => !(t in data.nodeStyles)).forEach((type) => {
    byId("type-filter").append(checkItem(state.types, type, typeName(type), typeCounts.get(type), swatch("dot", "#999")));
  });
  const relationCounts = countBy(data.edges, (e) => e.relation);
  Object.entries(data.edgeStyles).filter(([r]) => relationCounts.has(r)).forEach(([relation, style]) => {
    const item = el("li");
    const label = el("label");
    label.append(line(style), el("span", relationName(relation)),
                 el("span", relationCounts.get(relation).toLocaleString("en"), "count"));
    item.append(label);
    byId("edge-legend").append(item);
  });
  const venueCounts = countBy(papers, (n) => String(n.attrs.venue || ""));
  venues.forEach((v) => byId("venue-filter").append(checkItem(state.venues, v, v || "(no venue)", venueCounts.get(v))));
  const areaCounts = countBy(papers, (n) => String(n.attrs.area || ""));
  areas.forEach((a) => byId("area-filter").append(checkItem(state.areas, a, a || "(no area)", areaCounts.get(a))));

  const degreeInput = byId("min-degree");
  degreeInput.max = String(Math.max(1, Math.min(20, data.nodes.reduce((m, n) => Math.max(m, n.value), 0))));
  degreeInput.addEventListener("input", () => {
    state.minDegree = Number(degreeInput.value);
    byId("min-degree-value").textContent = degreeInput.value;
    applyFilters();
  });

  function paperInScope(id) {
    const a = info.get(id).attrs;
    return state.venues.has(String(a.venue || "")) && state.areas.has(String(a.area || ""));
  }
  function inScope(n) {
    if (n.group === "Paper") return paperInScope(n.id);
    if (n.group === "Result") return !n.attrs.paper || !info.has(n.attrs.paper) || paperInScope(n.attrs.paper);
    if (n.group === "Venue") return state.venues.has(String(n.attrs.label));
    if (n.group === "ResearchArea") return state.areas.has(String(n.attrs.label));
    return [...neighbours(n.id)].map((m) => info.get(m))
      .some((m) => (m.group === "Paper" || m.group === "Result") && inScope(m));
  }
  function applyFilters() {
    const scoped = state.venues.size < venues.length || state.areas.size < areas.length;
    const next = new Set(data.nodes.filter((n) => !state.types.has(n.group) || n.value < state.minDegree
                                                  || (scoped && !inScope(n))).map((n) => n.id));
    const changes = data.nodes.filter((n) => next.has(n.id) !== hidden.has(n.id))
      .map((n) => ({id: n.id, hidden: next.has(n.id)}));
    hidden = next;
    nodes.update(changes);
    const shown = (data.nodes.length - hidden.size).toLocaleString("en");
    status.textContent = `${shown} of ${data.nodes.length.toLocaleString("en")} nodes shown`;
  }
  function resetFilters() {
    allTypes.forEach((t) => state.types.add(t));
    venues.forEach((v) => state.venues.add(v));
    areas.forEach((a) => state.areas.add(a));
    state.minDegree = 0;
    degreeInput.value = "0";
    byId("min-degree-value").textContent = "0";
    document.querySelectorAll("#side input[type=checkbox]").forEach((box) => { box.checked = true; });
    applyFilters();
  }
  byId("reset").addEventListener("click", () => { resetFilters(); clearSelection(); network.fit(); });
  byId("fit").addEventListener("click", () => {
    network.fit({nodes: data.nodes.filter((n) => !hidden.has(n.id)).map((n) => n.id)});
  });

  // Selection: the reading panel and neighbourhood highlighting. The highlight is drawn over the frame (a white
  // veil, then the neighbourhood again) instead of restyling every node, so it costs the same on 50 or 5,000 nodes.
  // It reads vis-network 9.1's body.nodes/body.edges, pinned through pyvis.
  let focusSet = null;
  network.on("afterDrawing", (ctx) => {
    if (focusSet === null) return;
    const canvas = byId("graph").querySelector("canvas");
    const from = network.DOMtoCanvas({x: 0, y: 0});
    const to = network.DOMtoCanvas({x: canvas.clientWidth, y: canvas.clientHeight});
    ctx.save();
    ctx.fillStyle = "rgba(255, 255, 255, 0.85)";
    ctx.fillRect(from.x, from.y, to.x - from.x, to.y - from.y);
    ctx.restore();
    const body = network.body;
    const shownEdges = focusSet.edges.map((i) => body.edges[i])
      .filter((e) => e && e.connected && !e.options.hidden && !e.from.options.hidden && !e.to.options.hidden);
    shownEdges.forEach((e) => e.draw(ctx));
    shownEdges.forEach((e) => e.drawArrows(ctx));
    const labels = [];
    focusSet.nodes.forEach((id) => {
      const node = body.nodes[id];
      if (!node || node.options.hidden) return;
      const drawn = node.draw(ctx);
      if (drawn && drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    labels.forEach((draw) => draw());
  });
  function highlight(id) {
    focusSet = id === null ? null : {nodes: [...neighbours(id), id], edges: incident.get(id)};
    network.redraw();
  }
  function select(id, focus) {
    if (hidden.has(id)) resetFilters();
    network.selectNodes([id]);
    if (focus) {
      // vis-network steps an animation by 1 / (60 × seconds) a frame and eases the last step past 1 back short of
      // the target: 400 ms stops 0.35% short of centring the node; 300 ms sums to exactly 1
      network.focus(id, {scale: Math.max(network.getScale(), 1.1),
                         animation: {duration: 300, easingFunction: "easeInOutQuad"}});
    }
    showPanel(id);
    highlight(id);
  }
  function clearSelection() {
    network.unselectAll();
    highlight(null);
    byId("panel").replaceChildren(el("p", "Click a node to read about it. Click empty space to clear.", "hint"));
  }
  network.on("click", (p) => { if (p.nodes.length) select(p.nodes[0], false); else clearSelection(); });

  const panel = byId("panel");
  function nodeLink(id, text) {
    const button = el("button", text === undefined ? fullLabel(id) : text, "link");
    button.type = "button";
    button.addEventListener("click", () => select(id, true));
    return button;
  }
  function section(title, items) {
    if (!items.length) return;
    panel.append(el("h3", `${title} (${items.length})`));
    const list = el("ul");
    items.forEach((parts) => { const li = el("li"); li.append(...parts); list.append(li); });
    panel.append(list);
  }
  const unique = (list) => [...new Set(list)];
  function showPanel(id) {
    const n = info.get(id);
    const a = n.attrs;
    panel.replaceChildren(el("h2", fullLabel(id)));
    if (n.group === "Paper") paperPanel(id, a);
    else if (n.group === "Result") resultPanel(id, a);
    else if (ENTITY_TYPES.has(n.group)) entityPanel(id, a);
    else groupPanel(id, n);
  }
  function paperPanel(id, a) {
    panel.append(el("p", ["Paper", a.venue, a.year, a.area].filter(Boolean).join(" · "), "meta"));
    panel.append(el("h3", "Summary"), el("p", a.summary || "No summary on the page.", "summary"));
    section("Figures it reports", outgoing(id, ["reports"]).map((e) => {
      const result = info.get(e.to).attrs;
      return [nodeLink(e.to, result.label), el("span", result.qualifier ? ` (${result.qualifier})` : "")];
    }));
    for (const [relation, title] of [["proposes", "Proposes"], ["comparedWith", "Compared with"], ["mentions", "Mentions"]]) {
      section(title, unique(outgoing(id, [relation]).map((e) => e.to)).map((to) => [nodeLink(to)]));
    }
    if (a.sources) panel.append(el("p", `From ${a.sources}`, "meta"));
  }
  function entityPanel(id, a) {
    const types = String(a.types || "").split(" | ").filter((t) => t && t !== a.type);
    panel.append(el("p", typeName(a.type) + (types.length ? ` (also read as ${types.join(", ")})` : ""), "meta"));
    const aliases = String(a.aliases || "").split(" | ").filter(Boolean);
    if (aliases.length) panel.append(el("h3", "Also known as"), el("p", aliases.join(", ")));
    section("Proposed by", unique(incoming(id, ["proposes"]).map((e) => e.from)).map((p) => [nodeLink(p)]));
    section("Mentioned in", incoming(id, ["mentions"]).map((e) => [nodeLink(e.from), el("blockquote", e.sentence || "")]));
    section("Compared with in", unique(incoming(id, ["comparedWith"]).map((e) => e.from)).map((p) => [nodeLink(p)]));
    section("Figures about it", incoming(id, ["onModel", "onBenchmark", "onHardware", "baseline"])
      .map((e) => [nodeLink(e.from, info.get(e.from).attrs.label), el("span", ` (${relationName(e.relation)})`, "meta")]));
  }
  function resultPanel(id, a) {
    panel.append(el("p", `Result · ${a.kind || "figure"}`, "meta"));
    const facts = el("dl");
    const value = a.value !== undefined ? a.value : `${a.min_value}–${a.max_value}`;
    for (const [term, text] of [["Value", value], ["Unit", a.unit], ["Kind", a.kind], ["Aspect", a.aspect],
                                ["Qualifier", a.qualifier], ["As written", a.quote]]) {
      if (text !== undefined && text !== "") facts.append(el("dt", term), el("dd", text));
    }
    panel.append(facts);
    if (a.evidence) panel.append(el("h3", "Evidence"), el("blockquote", a.evidence));
    section("Reported by", incoming(id, ["reports"]).map((e) => [nodeLink(e.from)]));
    section("Tied to", outgoing(id).map((e) => [el("span", `${relationName(e.relation)}: `, "meta"), nodeLink(e.to)]));
  }
  function groupPanel(id, n) {
    panel.append(el("p", typeName(n.group), "meta"));
    const linked = unique([...neighbours(id)].filter((m) => m !== id));
    linked.sort((x, y) => fullLabel(x).localeCompare(fullLabel(y)));
    section("Papers", linked.map((m) => [nodeLink(m)]));
  }

  // Search: any name (label, title, alias), best matches first; Enter or a click focuses the node.
  const searchIndex = data.nodes.map((n) => {
    const names = [n.attrs.label, n.attrs.title, ...String(n.attrs.aliases || "").split(" | ")]
      .filter(Boolean).map((s) => String(s).toLowerCase());
    return {id: n.id, label: names[0] || n.id.toLowerCase(), names, folded: names.map(fold), degree: n.value};
  });
  function find(query) {
    const q = query.trim().toLowerCase();
    const f = fold(q);
    if (!q) return [];
    const scored = [];
    for (const entry of searchIndex) {
      let score = -1;
      if (entry.label === q || (f && fold(entry.label) === f)) score = 0;
      else if (entry.names.some((s) => s === q) || (f && entry.folded.includes(f))) score = 1;
      else if (entry.names.some((s) => s.startsWith(q))) score = 2;
      else if (entry.names.some((s) => s.includes(q))) score = 3;
      else if (f && entry.folded.some((s) => s.includes(f))) score = 4;
      if (score >= 0) scored.push([score, -entry.degree, entry.label, entry.id]);
    }
    scored.sort((x, y) => x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0));
    return scored.slice(0, 15).map((s) => s[3]);
  }
  const searchInput = byId("search");
  const resultsList = byId("search-results");
  let matches = [];
  let active = 0;
  function showMatches() {
    resultsList.replaceChildren(...matches.map((id, i) => {
      const n = info.get(id);
      const style = data.nodeStyles[n.group] || {shape: "dot", colour: "#999"};
      const li = el("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(i === active));
      li.append(swatch(style.shape, style.colour), el("span", fullLabel(id)), el("span", typeName(n.group), "kind"));
      li.addEventListener("mousedown", (event) => { event.preventDefault(); choose(id); });
      return li;
    }));
    if (!matches.length && searchInput.value.trim()) resultsList.replaceChildren(el("li", "No match"));
    resultsList.hidden = !searchInput.value.trim();
  }
  function choose(id) {
    resultsList.hidden = true;
    searchInput.value = fullLabel(id);
    select(id, true);
  }
  searchInput.addEventListener("input", () => { matches = find(searchInput.value); active = 0; showMatches(); });
  searchInput.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (matches.length) active = (active + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
      showMatches();
    } else if (event.key === "Enter") {
      matches = find(searchInput.value);
      if (matches.length) choose(matches[Math.min(active, matches.length - 1)]);
    } else if (event.key === "Escape") {
      resultsList.hidden = true;
    }
  });
  searchInput.addEventListener("blur", () => { resultsList.hidden = true; });

  // Hover: the type and the full name, as text.
  const tooltip = byId("tooltip");
  network.on("hoverNode", (p) => {
    const n = info.get(p.node);
    tooltip.textContent = `${typeName(n.group)}: ${fullLabel(p.node)}`;
    const box = byId("graph").getBoundingClientRect();
    tooltip.style.left = `${box.left + p.pointer.DOM.x + 14}px`;
    tooltip.style.top = `${box.top + p.pointer.DOM.y + 14}px`;
    tooltip.hidden = false;
  });
  network.on("blurNode", () => { tooltip.hidden = true; });
  network.on("dragStart", () => { tooltip.hidden = true; });

  if (data.note) { byId("note").textContent = data.note; byId("note").hidden = false; }
  window.paperkg = {network, nodes, edges, select, find, hidden: () => new Set(hidden)};
})();
