"""Shared CLI pieces: the --format option, one-line errors, the rich console."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from typing import NoReturn, ParamSpec, TypeVar

import click
import typer
from rich.console import Console
from rich.markup import escape

console = Console(emoji=False)  # ":abc:" in a name or a path stays text
err_console = Console(stderr=True, emoji=False)

P = ParamSpec("P")
R = TypeVar("R")


class Fmt(StrEnum):
    json = "json"
    table = "table"
    csv = "csv"


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one line to stderr and exit non-zero — never a traceback."""
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


def is_tty() -> bool:
    """True when stdout is a terminal: commands then default to a table, in a pipe to JSON Lines."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def check_date(value: str | None, option: str) -> str | None:
    """A --since/--until value (2014, 2014-06, 2014-06-10), or a usage error (exit 2)."""
    import re

    if value is None:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    month, day = (int(m.group(2) or 1), int(m.group(3) or 1)) if m else (0, 0)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        fail(f"{option} {value!r}: expected a date such as 2014, 2014-06 or 2014-06-10", 2)
    return value.strip()


_EXPECTED = (("faultlines.read.base", "ReadError"), ("faultlines.store.db", "StoreError"),
             ("faultlines.nlp", "ModelMissing"), ("faultlines.actors.loader", "DictionaryError"),
             ("faultlines.export.safe", "OutputError"), ("faultlines.lexvec", "MissingVectors"))


def _expected() -> tuple[type[BaseException], ...]:
    """The project's own error types; one whose module was never imported cannot have been raised, so
    nothing is imported here (spaCy stays out of `--help` and of a one-line error)."""
    return tuple(getattr(sys.modules[m], name) for m, name in _EXPECTED if m in sys.modules)


def one_line_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn the project's expected errors into a one-line message and exit code 1 (2 for usage)."""

    @wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, click.exceptions.Exit, click.exceptions.ClickException,
                click.exceptions.Abort):
            raise
        except _expected() as e:
            fail(str(e).splitlines()[0] if str(e) else e.__class__.__name__)
        except sqlite3.DatabaseError as e:  # found only when a damaged page is read, mid-command
            from ..store.validate import describe

            fail(f"store: {describe(e)}")
        except MemoryError:
            fail("out of memory (try a smaller --max-chars or fewer --workers)")
        except KeyboardInterrupt:
            err_console.print("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except OSError as e:  # a path the command was given cannot be written or read
            where = f"{e.filename}: " if e.filename else ""
            fail(f"{where}{e.strerror or e}")
        except Exception as e:  # no traceback reaches a user; FAULTLINES_DEBUG=1 shows it
            if os.environ.get("FAULTLINES_DEBUG"):
                raise
            first = (str(e).splitlines() or [""])[0][:200]
            fail(f"internal error ({e.__class__.__name__}: {first}); run again with FAULTLINES_DEBUG=1 for "
                 "the traceback, and please report it")

    return wrapper
