// The map page: a world outline from the vendored world-atlas TopoJSON, places as circles, all offline.
"use strict";
(function () {
  const { el, q, getJSON, evidenceItem } = window.FL;
  const SVG = "http://www.w3.org/2000/svg";
  const box = document.getElementById("map");
  const panel = document.getElementById("panel");

  function svg(tag, attrs) {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    return n;
  }

  // Equirectangular projection onto a 360x180 viewBox.
  const project = ([lon, lat]) => [lon + 180, 90 - lat];

  function ringPath(ring) {
    let d = "", prev = null;
    for (const pt of ring) {
      const [x, y] = project(pt);
      const jump = prev && Math.abs(x - prev[0]) > 180;  // do not draw across the antimeridian
      d += (d === "" || jump ? "M" : "L") + x.toFixed(2) + "," + y.toFixed(2);
      prev = [x, y];
    }
    return d + "Z";
  }

  function geometryPath(g) {
    if (!g) return "";
    const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    return polys.map((p) => p.map(ringPath).join("")).join("");
  }

  async function showPlace(p, circle) {
    document.querySelectorAll(".place.selected").forEach((c) => c.classList.remove("selected"));
    circle.classList.add("selected");
    const ask = (page) => getJSON("/place.json?" + q({ ...window.FL.filterParams(), id: p.id, page }));
    const d = await ask(1);
    const list = el("ol", { class: "evidence-list" }, d.events.map(evidenceItem));
    const more = el("button", { type: "button", class: "more", text: "more events" });
    let next = d.next;
    more.hidden = !next;
    more.addEventListener("click", async () => {  // the next page of the place's events, appended
      const page = await ask(next);
      list.append(...page.events.map(evidenceItem));
      next = page.next;
      more.hidden = !next;
    });
    const counts = d.counts.map((c) => el("li", { text: c.text + " (" + c.category + (c.what ? ": " + c.what : "") + ")" }));
    panel.replaceChildren(
      el("h3", { text: d.place.name + (d.place.country ? " · " + d.place.country : "") }),
      el("p", { class: "meta", text: p.events + " events under these filters, in " + p.documents + " documents" }),
      el("h3", { text: "Events" }),
      d.events.length ? list : el("p", { class: "hint", text: "none" }),
      more,
      el("h3", { text: "Counts" }),
      counts.length ? el("ul", {}, counts) : el("p", { class: "hint", text: "none" }),
    );
  }

  // Wheel to zoom around the pointer, drag to pan: only the viewBox changes.
  function enableZoom(root, view, onZoom) {
    const apply = () => { root.setAttribute("viewBox", view.map((v) => v.toFixed(3)).join(" ")); onZoom(); };
    const toMap = (evt) => {
      const r = root.getBoundingClientRect(), scale = Math.max(view[2] / r.width, view[3] / r.height);
      const offX = (r.width - view[2] / scale) / 2, offY = (r.height - view[3] / scale) / 2;
      return [view[0] + (evt.clientX - r.left - offX) * scale, view[1] + (evt.clientY - r.top - offY) * scale, scale];
    };
    root.addEventListener("wheel", (evt) => {
      evt.preventDefault();
      const [mx, my] = toMap(evt), k = evt.deltaY < 0 ? 0.8 : 1.25;
      const w = Math.min(360, Math.max(2, view[2] * k)), h = w / 2;
      view[0] = mx - (mx - view[0]) * (w / view[2]); view[1] = my - (my - view[1]) * (h / view[3]);
      view[2] = w; view[3] = h;
      apply();
    }, { passive: false });
    let drag = null;
    root.addEventListener("pointerdown", (evt) => { if (evt.target === root || evt.target.classList.contains("land")) drag = [evt.clientX, evt.clientY]; });
    window.addEventListener("pointerup", () => { drag = null; });
    root.addEventListener("pointermove", (evt) => {
      if (!drag) return;
      const [, , scale] = toMap(evt);
      view[0] -= (evt.clientX - drag[0]) * scale; view[1] -= (evt.clientY - drag[1]) * scale;
      drag = [evt.clientX, evt.clientY];
      apply();
    });
  }

  async function draw() {
    const [world, data] = await Promise.all([getJSON("/static/vendor/countries-110m.json"), getJSON("/map.json?" + q(window.FL.filterParams()))]);
    const land = window.topojson.feature(world, world.objects.countries);
    const root = svg("svg", { viewBox: "0 0 360 180", preserveAspectRatio: "xMidYMid meet", role: "img" });
    const g = svg("g");
    for (const f of land.features) g.append(svg("path", { class: "land", d: geometryPath(f.geometry) }));
    root.append(g);
    // Zoom to the places when there are any; circle sizes follow the zoom.
    let view = [0, 0, 360, 180];
    if (data.places.length) {
      const xs = data.places.map((p) => p.lon + 180), ys = data.places.map((p) => 90 - p.lat);
      const pad = 12, x0 = Math.max(0, Math.min(...xs) - pad), y0 = Math.max(0, Math.min(...ys) - pad);
      const w = Math.min(360 - x0, Math.max(...xs) + pad - x0), h = Math.min(180 - y0, Math.max(...ys) + pad - y0);
      const side = Math.max(w, h * 2, 30);
      view = [x0, y0, side, side / 2];
    }
    // ?at=lat,lon (an incident's place): centre there, some 8 degrees wide
    const at = (new URLSearchParams(window.location.search).get("at") || "").split(",").map(Number);
    if (at.length === 2 && at.every(Number.isFinite) && Math.abs(at[0]) <= 90 && Math.abs(at[1]) <= 180) {
      const [cx, cy] = project([at[1], at[0]]);
      view = [cx - 4, cy - 2, 8, 4];
      box.dataset.centre = at.join(",");
    }
    root.setAttribute("viewBox", view.map((v) => v.toFixed(2)).join(" "));
    const maxEvents = Math.max(1, ...data.places.map((p) => p.events));
    const unit = view[2] / 360;
    const dots = svg("g");
    for (const p of data.places) {
      const [x, y] = project([p.lon, p.lat]);
      const size = 1.2 + 4 * Math.sqrt(p.events / maxEvents);
      const c = svg("circle", { cx: x.toFixed(3), cy: y.toFixed(3), r: (unit * size).toFixed(3),
                                class: "place" + (p.negative > p.positive ? " active" : ""), "data-id": p.id });
      c._size = size;
      const title = svg("title");
      title.textContent = p.name + " — " + p.events + " events (" + p.negative + " conflictual) in " + p.documents + " documents";
      c.append(title);
      c.addEventListener("click", () => showPlace(p, c).catch((e) => panel.replaceChildren(el("p", { text: String(e) }))));
      dots.append(c);
    }
    root.append(dots);
    box.replaceChildren(root);
    enableZoom(root, view, () => {
      const u = view[2] / 360;
      for (const c of dots.children) c.setAttribute("r", (u * c._size).toFixed(3));
    });
    document.querySelector("#place-table tbody").replaceChildren(...data.places.map((p) => el("tr", {}, [
      el("td", { text: p.name }), el("td", { text: p.country || "" }), el("td", { text: String(p.documents) }),
      el("td", { text: String(p.events) }), el("td", { text: String(p.negative) }),
    ])));
    box.dataset.ready = "1";
  }

  draw().catch((err) => panel.replaceChildren(el("p", { class: "hint", text: "Could not load the map: " + err })));
})();
