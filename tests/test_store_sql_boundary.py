"""Every SQL statement lives under `faultlines/store/`: the CLI, the web app, exports and analyses ask `Corpus`
or the store's query functions, never a connection."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "faultlines"
STORE = PACKAGE / "store"
SQL = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\b(?:CREATE|DROP)\s+(?:TEMP\s+|VIRTUAL\s+|UNIQUE\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)\b|\bALTER\s+TABLE\b"
    r"|\bPRAGMA\s+\w+|\bWITH\s+\w+\s*(?:\([^)]*\))?\s+AS\s*\(")  # SQL is written in capitals here
EXECUTE = {"execute", "executemany", "executescript"}
SHOWN = {"print", "echo", "secho", "fail"}  # text shown to a user may name a table ("SELECT * FROM rejects")


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "?"
                       for v in node.values)
    return None


def _shown(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """True for a docstring, a `help=` text, or an argument of a print/fail call."""
    up = parents.get(node)
    if isinstance(up, ast.Expr):
        return True  # a bare string statement: a docstring
    if isinstance(up, ast.keyword) and up.arg == "help":
        return True
    while isinstance(up, (ast.BinOp, ast.JoinedStr, ast.FormattedValue)):
        up = parents.get(up)
    if isinstance(up, ast.Call):
        f = up.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        return name in SHOWN
    return False


def offenders(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    """`path:line: what` for each SQL string or connection call in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and isinstance(parents.get(node), ast.JoinedStr):
            continue
        text = _text(node)
        if text is not None and not (isinstance(node, ast.Constant) and isinstance(parents.get(node), ast.JoinedStr)):
            m = SQL.search(text)
            if m and not _shown(node, parents):
                found.append(f"{path.relative_to(root)}:{node.lineno}: SQL {m.group(0)[:40]!r}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in EXECUTE:
            found.append(f"{path.relative_to(root)}:{node.lineno}: .{node.func.attr}(...) on a connection")
    return found


def test_sql_only_under_store():
    outside = [p for p in sorted(PACKAGE.rglob("*.py")) if STORE not in p.parents]
    found = [o for p in outside for o in offenders(p)]
    assert not found, "SQL outside faultlines/store/ (move it into a store module):\n" + "\n".join(found)


@pytest.mark.parametrize("source", [
    'conn.execute("SELECT id FROM actors WHERE id = ?", (a,))',
    'rows = f"SELECT {cols} FROM events e JOIN documents d ON d.id = e.doc_id"',
    'q = "INSERT OR IGNORE INTO rejects(location, reason) VALUES (?, ?)"',
    'sql = "WITH refs(doc_id, id) AS (VALUES (?,?)) SELECT 1"',
    'db.executescript(script)',
])
def test_the_check_finds_sql(tmp_path, source):
    p = tmp_path / "probe.py"
    p.write_text(source + "\n", encoding="utf-8")
    assert offenders(p, tmp_path)


@pytest.mark.parametrize("source", [
    '"""Select the rows from the actors table; UPDATE the docs."""',
    'console.print(f"... and {n} more (SELECT * FROM rejects)")',
    'opt = typer.Option(help="Read it with SELECT * FROM events in sqlite3.")',
    'label = "UPDATE: fighting resumed"',
])
def test_the_check_lets_prose_through(tmp_path, source):
    p = tmp_path / "probe.py"
    p.write_text(source + "\n", encoding="utf-8")
    assert offenders(p, tmp_path) == []
