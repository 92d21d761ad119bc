// The offline report: draw the network from the embedded JSON block; an edge click jumps to its evidence.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const container = document.getElementById("cy");
  const SIGN = { "1": "#1a7f37", "-1": "#cf222e", "0": "#9a6700" };
  const KIND = { state: "#0969da", government: "#218bff", military: "#1b1f24", armed_group: "#cf222e", person: "#bf8700", media: "#1a7f37", political_party: "#8250df" };
  if (!data.edges.length) { container.textContent = "No relations in this store."; return; }
  const maxW = Math.max(...data.edges.map((e) => e.weight));
  const cy = window.cytoscape({
    container, minZoom: 0.05, maxZoom: 2.5,
    elements: [
      ...data.nodes.map((n) => ({ group: "nodes", data: { id: n.id, label: n.name, kind: n.kind } })),
      ...data.edges.map((e) => ({ group: "edges", data: { id: e.id, source: e.source, target: e.target, sign: e.sign, anchor: e.anchor, width: 1.5 + 8 * Math.sqrt(e.weight / maxW) } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "text-valign": "bottom", width: 22, height: 22 } },
      { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle", opacity: 0.8 } },
    ],
    layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 140, padding: 40 },
  });
  cy.nodes().forEach((n) => n.style("background-color", KIND[n.data("kind")] || "#8c959f"));
  cy.edges().forEach((e) => { const c = SIGN[String(e.data("sign"))]; e.style({ "line-color": c, "target-arrow-color": c }); });
  cy.on("tap", "edge", (evt) => {
    const target = document.getElementById(evt.target.data("anchor"));
    if (!target) return;
    document.querySelectorAll(".edge-evidence.flash").forEach((x) => x.classList.remove("flash"));
    target.classList.add("flash");
    target.scrollIntoView();
  });
  window.faultlinesGraph = cy;
  container.dataset.ready = "1";
})();
