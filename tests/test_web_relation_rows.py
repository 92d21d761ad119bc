"""An actor page's relation rows are made in Python: the same markup as the template loop they replace."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jinja2 import DictLoader, Environment, FileSystemLoader

from faultlines.web.app import HERE
from faultlines.web.evidence import relation_rows

# the loops actor.html had (its relations out, then in), kept here as the definition
LOOPS = """{% from "macros.html" import sign_class %}
{%- macro out(a, rows) %}{% for r in rows %}<tr><td class="etype {{ sign_class(r.sign) }}">{{ r.type }}</td>
<td><a href="/edge?{{ {'source': a.id, 'target': r.other, 'type': r.type}|qs }}">{{ r.other_name }}</a></td><td>{{ r.n }}</td></tr>
{% else %}<tr><td colspan="3">none</td></tr>{% endfor %}{% endmacro %}
{%- macro into(a, rows) %}{% for r in rows %}<tr><td><a href="/edge?{{ {'source': r.other, 'target': a.id, 'type': r.type}|qs }}">{{ r.other_name }}</a></td>
<td class="etype {{ sign_class(r.sign) }}">{{ r.type }}</td><td>{{ r.n }}</td></tr>
{% else %}<tr><td colspan="3">none</td></tr>{% endfor %}{% endmacro %}"""

ROWS: list[dict[str, Any]] = [
    {"other": "state department", "type": "SANCTION", "n": 12, "sign": -12, "other_name": "State Department"},
    {"other": "hashd/militia?x=1&y=2", "type": "AID", "n": 3, "sign": 3, "other_name": 'Hashd "al-Sha\'abi" <militia>'},
    {"other": "émigrés + co", "type": "CONSULT", "n": 1, "sign": 0, "other_name": "Émigrés & Co"},
    {"other": "x", "type": "ACCUSE", "n": 1000, "sign": -1, "other_name": "<script>alert(1)</script>"},
]


def _loops() -> Any:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True)
    env.filters["qs"] = lambda d: urlencode(d, doseq=True)
    env.loader = DictLoader({"loops.html": LOOPS, "macros.html": env.loader.get_source(env, "macros.html")[0]})
    return env.get_template("loops.html").module


def test_the_python_rows_are_the_template_loop() -> None:
    loops = _loops()
    for actor in ("us", "state/dept & co", 'the "ministry"'):
        a = {"id": actor}
        for rows in (ROWS, ROWS[1:2], []):
            assert str(relation_rows(actor, rows, True)) == str(loops.out(a, rows)), (actor, len(rows))
            assert str(relation_rows(actor, rows, False)) == str(loops.into(a, rows)), (actor, len(rows))
    html = str(relation_rows("us", ROWS, True))
    assert "<script>" not in html and "source=us&amp;target=hashd%2Fmilitia%3Fx%3D1%26y%3D2&amp;type=AID" in html
