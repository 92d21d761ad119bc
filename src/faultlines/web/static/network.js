// The network page: fetch /network.json with the page's own filters and draw it with Cytoscape.js.
"use strict";
(function () {
  const { el, q, getJSON, evidenceItem } = window.FL;
  const KIND_COLOURS = {
    state: "#0969da", government: "#218bff", legislature: "#54aeff", military: "#1b1f24", police: "#57606a",
    intelligence: "#6e7781", armed_group: "#cf222e", political_party: "#8250df", person: "#bf8700",
    media: "#1a7f37", igo: "#0a3069", ngo: "#4ac26b", religious: "#a475f9", ethnic_group: "#e16f24",
    civilians: "#fb8f44", business: "#7d4e00", other: "#8c959f",
  };
  const FACTION_COLOURS = ["#0969da", "#cf222e", "#1a7f37", "#8250df", "#bf8700", "#e16f24", "#1b7c83", "#bf3989"];
  const SIGN_COLOURS = { "1": "#1a7f37", "-1": "#cf222e", "0": "#9a6700" };
  const MIXED = "#8250df";
  const params = new URLSearchParams(window.location.search);
  const container = document.getElementById("cy");
  const panel = document.getElementById("panel");
  const colourBy = document.getElementById("colour-by");

  function filterParams() {
    const out = window.FL.filterParams();
    delete out.min_weight;
    return out;
  }

  function nodeColour(n) {
    return colourBy.value === "faction"
      ? FACTION_COLOURS[n.data("faction") % FACTION_COLOURS.length]
      : KIND_COLOURS[n.data("kind")] || KIND_COLOURS.other;
  }

  function showPanel(children) {
    panel.replaceChildren(...children);
  }

  async function showEdge(edge) {
    const d = edge.data();
    const query = q({ source: d.source, target: d.target, ...filterParams() });
    showPanel([el("p", { class: "hint", text: "loading evidence…" })]);
    const ev = await getJSON("/edge.json?" + query);
    const list = el("ol", { class: "evidence-list", id: "edge-evidence" }, ev.events.map(evidenceItem));
    showPanel([
      el("h3", {}, [
        window.FL.actorLink(d.source, ev.source.name, ev.source.known), " → ",
        window.FL.actorLink(d.target, ev.target.name, ev.target.known),
      ]),
      el("p", { class: "meta" }, [el("a", { href: "/network?" + q({ ...filterParams(), actor: [d.source, d.target] }), text: "focus on these two" })]),
      el("p", { class: "count" }, [
        ev.total + " event" + (ev.total === 1 ? "" : "s") + " · ",
        el("a", { href: "/edge?" + query, text: "open all evidence" }),
      ]),
      list,
    ]);
  }

  function showNode(node) {
    const d = node.data();
    const rows = node.connectedEdges().map((e) => el("li", {}, [
      el("span", { text: (e.data("source") === d.id ? "→ " + e.target().data("label") : "← " + e.source().data("label")) }),
      " ", el("span", { class: "etype " + window.FL.signClass(e.data("sign")), text: e.data("types").join(", ") }),
      " ×" + e.data("weight"),
    ]));
    const children = [el("h3", { text: d.label }), el("p", { class: "meta", text: d.kind + (d.country ? " · " + d.country : "") })];
    if (d.known) children.push(el("p", {}, [el("a", { href: "/actor?" + q({ id: d.id }), text: "open actor page" })]));
    children.push(el("ul", {}, rows));
    showPanel(children);
  }

  function fillTable(data, names) {
    const body = document.querySelector("#edge-table tbody");
    body.replaceChildren(...data.edges.map((e) => el("tr", {}, [
      el("td", { text: names[e.source] }), el("td", { text: names[e.target] }),
      el("td", { class: "etype " + window.FL.signClass(e.sign), text: String(e.sign) }),
      el("td", {}, [el("a", { href: "/edge?" + q({ source: e.source, target: e.target, ...filterParams() }), text: String(e.weight) })]),
      el("td", { text: e.types.join(", ") }),
    ])));
  }

  async function draw() {
    container.replaceChildren(el("p", { class: "hint loading", text: "Building the network… (the first time over a large store takes a while)" }));
    const data = await getJSON("/network.json?" + q({ ...filterParams(), min_weight: params.get("min_weight") || undefined }));
    const names = Object.fromEntries(data.nodes.map((n) => [n.id, n.name]));
    fillTable(data, names);
    if (!data.edges.length) {
      container.replaceChildren(el("p", { class: "hint", text: "No relations match these filters." }));
      container.dataset.ready = "1";
      return;
    }
    const maxW = Math.max(...data.edges.map((e) => e.weight));
    const elements = [
      ...data.nodes.map((n) => ({ group: "nodes", data: { id: n.id, label: n.name, known: n.known, kind: n.kind, country: n.country, faction: n.faction, weight: n.weight } })),
      ...data.edges.map((e) => ({ group: "edges", data: { id: e.id, source: e.source, target: e.target, sign: e.sign, mixed: e.mixed, weight: e.weight, types: e.types, width: 1.5 + 8 * Math.sqrt(e.weight / maxW) } })),
    ];
    container.replaceChildren();
    const cy = window.cytoscape({
      container, elements, minZoom: 0.05, maxZoom: 2.5,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, width: "mapData(weight, 1, " + maxW + ", 16, 42)", height: "mapData(weight, 1, " + maxW + ", 16, 42)", "text-wrap": "wrap", "text-max-width": 110 } },
        { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle", opacity: 0.8 } },
        { selector: "edge:selected", style: { opacity: 1, "overlay-opacity": 0.15 } },
      ],
      layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 140, nodeOverlap: 20, padding: 40 },
    });
    const paint = () => {
      cy.nodes().forEach((n) => n.style("background-color", nodeColour(n)));
      cy.edges().forEach((e) => {
        const c = e.data("mixed") && e.data("sign") === 0 ? MIXED : SIGN_COLOURS[String(e.data("sign"))];
        e.style({ "line-color": c, "target-arrow-color": c, "line-style": e.data("mixed") ? "dashed" : "solid" });
      });
    };
    paint();
    colourBy.addEventListener("change", paint);
    // Labels stay readable when a large network is fitted: the font grows as the view zooms out.
    const readable = () => cy.style().selector("node").style("font-size", Math.min(11 / Math.max(cy.zoom(), 0.05), 40)).update();
    readable();
    cy.on("zoom", readable);
    cy.on("tap", "edge", (evt) => { showEdge(evt.target).catch((err) => showPanel([el("p", { text: String(err) })])); });
    cy.on("tap", "node", (evt) => showNode(evt.target));
    window.faultlinesGraph = cy;
    container.dataset.ready = "1";
  }

  draw().catch((err) => showPanel([el("p", { class: "hint", text: "Could not load the network: " + err })]));
  window.FL.fillActors().catch(() => {});
})();
