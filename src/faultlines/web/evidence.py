"""One event's sentence and facts as an HTML list item, in Python: the same markup as `evidence_item` in
`templates/macros.html` (the tests compare the two), at a tenth of the Jinja macro's cost (the edge, tension and actor
pages show 20-25 of them; rendering them was 8% of the explorer's time under load). An actor's relation rows too."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, quote_plus

from markupsafe import Markup, escape


def _sign(sign: int | None) -> str:
    return "pos" if (sign or 0) > 0 else "neg" if (sign or 0) < 0 else "neu"


def _pieces(pieces: list[Mapping[str, Any]]) -> str:
    out = []
    for p in pieces:
        text = escape(p["text"])
        if p["classes"]:
            out.append(f'<span class="{"".join(f"hl-{escape(c)} " for c in p["classes"])}">{text}</span>')
        else:
            out.append(str(text))
    return "".join(out)


def _actor(actor_id: str | None, name: str | None, known: bool) -> str:
    if actor_id and known:
        return f'<a href="/actor?id={escape(quote(actor_id, safe="/"))}">{escape(name or actor_id)}</a>'
    if actor_id or name:
        return f'<span class="actor">{escape(name or actor_id)}</span>'
    return '<span class="actor none">\u2014</span>'


def _source_line(e: Mapping[str, Any]) -> str:
    parts = []
    if e.get("event_date"):
        parts.append(f'<span class="when">event: <time>{escape(e["event_date"])}</time></span> · ')
    parts.append(f'\n<a class="doclink" href="/document/{escape(quote(e["doc_id"], safe="/"))}'
                 f'#ev-{escape(quote(e["id"], safe="/"))}">{escape(e.get("title") or e["doc_id"])}</a>')
    if e.get("outlet"):
        parts.append(f' · <span class="outlet">{escape(e["outlet"])}</span>')
    if e.get("published"):
        parts.append(f' · published <time>{escape(e["published"])}</time>')
    else:
        parts.append(' · <span class="undated">publication date unknown</span>')
    if e.get("url"):
        url = escape(e["url"])
        parts.append(f' · <a class="article-url" href="{url}" rel="noopener noreferrer nofollow" target="_blank">{url}</a>')
    return "".join(parts)


def evidence_item(e: Mapping[str, Any]) -> Markup:
    """An event view (`network.event_view`) as `<li class="evidence ...">`; every value from the store is escaped."""
    sign = _sign(e["sign"])
    voice = e["voice"]
    said = escape(voice["kind"]) + (Markup(": ") + escape(voice["name"]) if voice.get("name") else "")
    mode = f"/{escape(e['mode'])}" if e.get("mode") else ""
    return Markup(
        f'<li class="evidence {sign}" data-event="{escape(e["id"])}">\n'
        f'  <blockquote class="sentence">{_pieces(e["pieces"])}</blockquote>\n'
        f'  <div class="meta">\n'
        f'    {_actor(e["source"], e["source_name"], e["source_known"])}\n'
        f'    <span class="etype {sign}">{escape(e["type"])}{mode}</span>\n'
        f'    {_actor(e["target"], e["target_name"], e["target_known"])}\n'
        f'    · <span class="polarity polarity-{escape(e["polarity"])}">{escape(e["polarity"])}</span>\n'
        f'    · voice: <span class="voice">{said}</span>\n'
        f'  </div>\n'
        f'  <div class="meta source">{_source_line(e)}</div>\n'
        f'</li>')


def relation_rows(actor_id: str, rows: list[Mapping[str, Any]], outgoing: bool) -> Markup:
    """The rows of an actor page's relations table (out: type, target, n; in: source, type, n), each linking to
    the edge; the markup the template's loop made (tested equal), at a third of its cost (100 rows a page)."""
    if not rows:
        return Markup('<tr><td colspan="3">none</td></tr>')
    me = quote_plus(actor_id)
    out = []
    for r in rows:
        other, etype = quote_plus(r["other"]), quote_plus(r["type"])
        link = escape(f"source={me}&target={other}&type={etype}" if outgoing else
                      f"source={other}&target={me}&type={etype}")
        kind = f'<td class="etype {_sign(r["sign"])}">{escape(r["type"])}</td>'
        name = f'<td><a href="/edge?{link}">{escape(r["other_name"])}</a></td>'
        out.append(f"<tr>{kind}\n{name}" if outgoing else f"<tr>{name}\n{kind}")
        out.append(f"<td>{escape(r['n'])}</td></tr>\n")
    return Markup("".join(out))
