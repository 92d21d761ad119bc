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
  function evidenceItem(e) {
    const meta = el("div", { class: "meta" }, [
      el("a", { href: "/actor?" + q({ id: e.source }), text: e.source_name || e.source }), " ",
      el("span", { class: "etype " + signClass(e.sign), text: e.type + (e.mode ? "/" + e.mode : "") }), " ",
      el("a", { href: "/actor?" + q({ id: e.target }), text: e.target_name || e.target }),
      " · ", el("span", { class: "polarity polarity-" + e.polarity, text: e.polarity }),
      " · voice: ", el("span", { class: "voice", text: e.voice.kind + (e.voice.name ? ": " + e.voice.name : "") }),
      e.date ? " · " + e.date : "", " · ",
      el("a", { class: "doclink", href: "/document/" + encodeURIComponent(e.doc_id) + "#ev-" + encodeURIComponent(e.id), text: e.title || e.doc_id }),
    ]);
    const quote = el("blockquote", { class: "sentence" });
    quote.append(pieces(e.pieces));
    return el("li", { class: "evidence " + signClass(e.sign) }, [quote, meta]);
  }
  return { el, q, getJSON, signClass, pieces, evidenceItem };
})();
