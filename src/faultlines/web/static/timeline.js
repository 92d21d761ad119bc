// The timeline strip above the network: events per month under the page's filters, drawn as SVG bars.
// Drag across bars (or click one) to show the network for that stretch of time; the range is kept in the URL.
// Another page (the incidents) gives its own data in data-src: `series` stacked by their colours, `line` drawn over.
"use strict";
(function () {
  const { el, q, getJSON } = window.FL;
  const box = document.getElementById("timeline");
  if (!box) return;
  const SVG = "http://www.w3.org/2000/svg";
  const svg = (tag, attrs) => {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    return n;
  };

  function go(from, to) {
    const form = document.getElementById("filters");
    form.elements.from.value = from;
    form.elements.to.value = to;
    if (form.elements.undated && form.elements.undated.value === "1") form.elements.undated.value = "";
    form.requestSubmit ? form.requestSubmit() : form.submit();
  }

  async function draw() {
    const params = window.FL.filterParams();
    const data = await getJSON(box.dataset.src || "/timeline.json?" + q({ ...params, bucket: box.dataset.bucket || "month" }));
    const unit = data.unit || "events";
    const periods = data.periods;
    if (!periods.length) {
      box.replaceChildren(el("p", { class: "hint", text: "No dated " + unit + " under these filters (" + data.undated + " undated)." }));
      box.dataset.ready = "1";
      return;
    }
    const W = Math.max(periods.length * 6, 600), H = 70, bw = W / periods.length, peak = Math.max(...periods.map((p) => p.n));
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", class: "timeline-svg", role: "img",
                              "aria-label": periods.length + " " + data.bucket + "s of " + unit });
    const sel = data.selected || {};
    periods.forEach((p, i) => {
      const x = i * bw, hPos = (H * p.positive) / peak, hNeg = (H * p.negative) / peak, hAll = (H * p.n) / peak;
      const inRange = (!sel.from || p.to >= sel.from) && (!sel.to || p.from <= sel.to) && (sel.from || sel.to);
      const g = svg("g", { class: "period" + (inRange ? " selected" : ""), "data-from": p.from, "data-to": p.to, "data-index": i });
      g.append(svg("rect", { x: x.toFixed(2), y: (H - hAll).toFixed(2), width: Math.max(bw - 1, 1).toFixed(2), height: hAll.toFixed(2), class: "bar-all" }));
      const t = svg("title");
      if (data.series) {  // stacked, one colour a series (only #rrggbb colours are taken)
        if (inRange) { g.firstChild.setAttribute("y", 0); g.firstChild.setAttribute("height", H); }  // the brushed stretch, full height
        let y = H;
        for (const s of data.series) {
          const h = (H * (p.by_type[s.key] || 0)) / peak;
          y -= h;
          g.append(svg("rect", { x: x.toFixed(2), y: y.toFixed(2), width: Math.max(bw - 1, 1).toFixed(2), height: h.toFixed(2), class: "bar-series", "data-key": s.key,
                                 fill: /^#[0-9a-f]{6}$/i.test(s.colour) ? s.colour : "#888888" }));
        }
        t.textContent = p.period + ": " + p.n + " " + unit + " (" + data.series.filter((s) => p.by_type[s.key]).map((s) => p.by_type[s.key] + " " + s.label).join(", ") + ")"
          + (data.line ? ", " + p[data.line.key] + " " + data.line.label : "");
      } else {
        g.append(svg("rect", { x: x.toFixed(2), y: (H - hNeg).toFixed(2), width: Math.max(bw - 1, 1).toFixed(2), height: hNeg.toFixed(2), class: "bar-neg" }));
        g.append(svg("rect", { x: x.toFixed(2), y: (H - hNeg - hPos).toFixed(2), width: Math.max(bw - 1, 1).toFixed(2), height: hPos.toFixed(2), class: "bar-pos" }));
        t.textContent = p.period + ": " + p.n + " events (" + p.positive + " cooperative, " + p.negative + " conflictual)";
      }
      g.append(t);
      root.append(g);
    });
    if (data.line) {  // a second series on its own scale: a dark line over the bars
      const top = Math.max(1, ...periods.map((p) => p[data.line.key] || 0));
      root.append(svg("polyline", { class: "line-series", fill: "none", stroke: "#24292f", "stroke-width": 1.5, "vector-effect": "non-scaling-stroke",
                                    points: periods.map((p, i) => ((i + 0.5) * bw).toFixed(2) + "," + (H - (H * (p[data.line.key] || 0)) / top * 0.95).toFixed(2)).join(" ") }));
    }
    const axis = el("div", { class: "timeline-axis" }, [
      el("span", { text: periods[0].period }),
      el("span", { class: "timeline-legend" }, [...(data.series || []).map((s) => {
        const sw = svg("svg", { width: 10, height: 10 });
        sw.append(svg("rect", { width: 10, height: 10, fill: /^#[0-9a-f]{6}$/i.test(s.colour) ? s.colour : "#888888" }));
        return el("span", { class: "series", "data-key": s.key }, [sw, " " + s.label + " "]);
      }), [data.line ? (data.series && data.series.length ? "· " : "") + "line: " + data.line.label : "", data.undated ? data.undated + " undated not shown" : ""].filter(Boolean).join(" · ")]),
      el("span", { text: periods[periods.length - 1].period }),
    ]);
    const brush = svg("rect", { class: "brush", x: 0, y: 0, width: 0, height: H });
    root.append(brush);
    const indexAt = (evt) => {
      const r = root.getBoundingClientRect();
      return Math.min(periods.length - 1, Math.max(0, Math.floor(((evt.clientX - r.left) / r.width) * periods.length)));
    };
    let start = null;
    root.addEventListener("pointerdown", (evt) => { start = indexAt(evt); root.setPointerCapture(evt.pointerId); });
    root.addEventListener("pointermove", (evt) => {
      if (start === null) return;
      const i = indexAt(evt), a = Math.min(start, i), b = Math.max(start, i);
      brush.setAttribute("x", (a * bw).toFixed(2));
      brush.setAttribute("width", ((b - a + 1) * bw).toFixed(2));
    });
    root.addEventListener("pointerup", (evt) => {
      if (start === null) return;
      const i = indexAt(evt), a = Math.min(start, i), b = Math.max(start, i);
      start = null;
      go(periods[a].from, periods[b].to);
    });
    box.replaceChildren(root, axis);
    box.dataset.ready = "1";
  }

  draw().catch((err) => box.replaceChildren(el("p", { class: "hint", text: "Could not load the timeline: " + err })));
})();
