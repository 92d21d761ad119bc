"""`faultlines report --html`: one self-contained, offline HTML file with the network, tensions and evidence.

Scripts and styles are inlined and pinned by hash in the file's own Content-Security-Policy, so the
file runs only its own code; the data travels as a JSON block that no browser executes.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from . import pages
from .db import Reader
from .network import View, events_by_ref, evidence, network

HERE = Path(__file__).resolve().parent


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def json_block(data: Any) -> Markup:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' can end the block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def build_report(db_path: str | Path, *, filters: View | None = None, edges: int = 60,
                 per_edge: int = 12, title: str = "faultlines report") -> str:
    """Render the report for the store at `db_path`: the top `edges` edges, each with its evidence."""
    reader = Reader(db_path)
    try:
        f = filters or View(limit=edges)
        graph = network(reader, f)
        edge_evidence = []
        for k, e in enumerate(graph["edges"]):
            ev = evidence(reader, e["source"], e["target"], f, per_page=per_edge)
            edge_evidence.append({"anchor": f"edge-{k}", "edge": e, **ev})
            e["anchor"] = f"edge-{k}"
        tensions = pages.tensions(reader)
        for t in tensions:
            t["evidence"] = events_by_ref(reader, [(d, e) for d, e in t["events"]])
        stats = {name: reader.corpus.count(name) for name in ("documents", "actors", "events")}
        # The tensions listed are the corpus' (found over the whole store), so the count is theirs too.
        stats.update(tensions=len(tensions), edges=len(graph["edges"]), edges_total=graph["edges_total"])
    finally:
        reader.close()
    css = (HERE / "static" / "app.css").read_text() + (HERE / "static" / "report.css").read_text()
    scripts = [(HERE / "static" / "vendor" / "cytoscape.min.js").read_text(),
               (HERE / "static" / "report.js").read_text()]
    csp = ("default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; "
           f"style-src {_sha256(css)}; script-src {' '.join(_sha256(s) for s in scripts)}")
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]))
    return env.get_template("report.html").render(
        title=title, csp=csp, css=Markup(css), scripts=[Markup(s) for s in scripts], stats=stats,
        graph=json_block(graph), edges=edge_evidence, tensions=tensions)
