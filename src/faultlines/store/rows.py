"""Rows as dictionaries keyed by column name: the one place a query's result leaves sqlite3."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, TypeVar, cast

T = TypeVar("T")
Params = Sequence[object]


def dicts(conn: sqlite3.Connection, sql: str, params: Params = (), *, as_: type[T]) -> list[T]:
    """Every row of `sql` as a dict of column -> value, typed as the TypedDict `as_` the caller names."""
    cur = conn.execute(sql, tuple(params))
    names = [c[0] for c in cur.description]
    return [cast(T, dict(zip(names, r, strict=True))) for r in cur]


def one(conn: sqlite3.Connection, sql: str, params: Params = (), *, as_: type[T]) -> T | None:
    """The first row of `sql` as a dict, or None."""
    cur = conn.execute(sql, tuple(params))
    r = cur.fetchone()
    return cast(T, dict(zip([c[0] for c in cur.description], r, strict=True))) if r is not None else None


def scalar(conn: sqlite3.Connection, sql: str, params: Params = ()) -> Any:
    """The first column of the first row (None when there is no row)."""
    r = conn.execute(sql, tuple(params)).fetchone()
    return r[0] if r is not None else None
