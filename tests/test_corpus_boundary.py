"""Commands, pages, exports and analyses open a store through `Corpus`, never `Store` itself (the web app's
read-only connection pool, `web/db.py`, is the one exception: it hands each thread the corpus' store)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "faultlines"
LAYERS = ("cli", "web", "export", "analysis")
ALLOWED = {PACKAGE / "web" / "db.py"}


def store_imports(path: Path) -> list[str]:
    """`line: what` for each import of the `Store` class (from faultlines.store or its db module) in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if (module.split(".")[-1] in ("store", "db") and ("store" in module.split(".") or node.level)
                    and any(a.name == "Store" for a in node.names)):
                found.append(f"{node.lineno}: from {'.' * node.level}{module} import Store")
        elif isinstance(node, ast.Attribute) and node.attr == "Store":
            found.append(f"{node.lineno}: .Store")
    return found


def test_layers_open_stores_through_corpus():
    found = [f"{p.relative_to(PACKAGE)}:{o}" for layer in LAYERS for p in sorted((PACKAGE / layer).rglob("*.py"))
             if p not in ALLOWED for o in store_imports(p)]
    assert not found, "open the store through faultlines.Corpus instead:\n" + "\n".join(found)


@pytest.mark.parametrize("source", [
    "from ..store import Store",
    "from faultlines.store import Store, views",
    "from ..store.db import Store as S",
    "import faultlines.store\ns = faultlines.store.Store(p)",
])
def test_the_check_finds_store(tmp_path, source):
    p = tmp_path / "probe.py"
    p.write_text(source + "\n", encoding="utf-8")
    assert store_imports(p)


@pytest.mark.parametrize("source", [
    "from ..store import views",
    "from ..store.relations import actor_names",
    '"""Open a Store through Corpus."""',
])
def test_the_check_lets_other_store_modules_through(tmp_path, source):
    p = tmp_path / "probe.py"
    p.write_text(source + "\n", encoding="utf-8")
    assert store_imports(p) == []
