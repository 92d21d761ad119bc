// Shared helpers for the explorer. Data from the store is untrusted: only textContent and DOM nodes, never HTML strings.
"use strict";
window.FL = (function () {
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = v;
      else if (k === "class") node.className = v;
      else if (k === "href") node.setAttribute("href", safeHref(v));
      else node.setAttribute(k, v);
    }
    for (const c of children || []) node.append(c);
    return node;
  }
  function safeHref(v) {
    // Only same-origin paths built by this app.
    return typeof v === "string" && v.startsWith("/") && !v.startsWith("//") ? v : "#";
  }
  function q(params) {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (Array.isArray(v)) v.forEach((x) => s.append(k, x));
      else if (v !== null && v !== undefined) s.append(k, v);
    }
    return s.toString();
  }
  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!r.ok) throw new Error(url + ": " + r.status);
    return r.json();
  }
  // The page's own filters (from its address), to pass on to the .json twins.
  function filterParams() {
    const params = new URLSearchParams(window.location.search);
    const out = {};
    for (const k of ["from", "to", "level", "voice", "type", "polarity", "actor", "undated", "min_weight"]) {
      const v = params.getAll(k).filter((x) => x !== "");
      if (v.length) out[k] = v;
    }
    return out;
  }
  function signClass(s) { return s > 0 ? "pos" : s < 0 ? "neg" : "neu"; }
  function pieces(list) {
    const frag = document.createDocumentFragment();
    for (const p of list) {
      if (p.classes && p.classes.length) {
        frag.append(el("span", { class: p.classes.map((c) => "hl-" + c).join(" "), text: p.text }));
      } else frag.append(document.createTextNode(p.text));
    }
    return frag;
  }
  // An actor's name, linked to its page only when the store knows the actor.
  function actorLink(id, name, known) {
    if (id && known) return el("a", { href: "/actor?" + q({ id }), text: name || id });
    return el("span", { class: "actor", text: name || id || "—" });
  }
  function evidenceItem(e) {
    const meta = el("div", { class: "meta" }, [
      actorLink(e.source, e.source_name, e.source_known), " ",
      el("span", { class: "etype " + signClass(e.sign), text: e.type + (e.mode ? "/" + e.mode : "") }), " ",
      actorLink(e.target, e.target_name, e.target_known),
      " · ", el("span", { class: "polarity polarity-" + e.polarity, text: e.polarity }),
      " · voice: ", el("span", { class: "voice", text: e.voice.kind + (e.voice.name ? ": " + e.voice.name : "") }),
    ]);
    const source = el("div", { class: "meta source" }, [
      e.event_date ? el("span", { class: "when", text: "event: " + e.event_date + " · " }) : "",
      el("a", { class: "doclink", href: "/document/" + encodeURIComponent(e.doc_id) + "#ev-" + encodeURIComponent(e.id), text: e.title || e.doc_id }),
      e.outlet ? " · " + e.outlet : "",
      e.published ? " · published " + e.published : " · publication date unknown",
    ]);
    if (e.url && /^https?:\/\//i.test(e.url)) {
      const a = document.createElement("a");
      a.className = "article-url"; a.rel = "noopener noreferrer nofollow"; a.target = "_blank";
      a.href = e.url; a.textContent = e.url;
      source.append(" · ", a);
    }
    const quote = el("blockquote", { class: "sentence" });
    quote.append(pieces(e.pieces));
    return el("li", { class: "evidence " + signClass(e.sign) }, [quote, meta, source]);
  }
  // Fill the filter form's actor picker with the actors that take part in events.
  async function fillActors() {
    const list = document.getElementById("actor-list");
    if (!list) return;
    const data = await getJSON("/actors.json");
    list.replaceChildren(...data.actors.map((a) => { const o = document.createElement("option"); o.value = a.id; o.label = a.name + " (" + a.kind + ", " + a.n + ")"; return o; }));
  }
  return { el, q, getJSON, signClass, pieces, evidenceItem, filterParams, fillActors, actorLink };
})();
