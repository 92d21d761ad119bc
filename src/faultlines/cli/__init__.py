"""The `faultlines` command line: one Typer app, one module per command group."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import click
import typer


def _flags_without_placeholder() -> None:
    """Typer >= 0.2x shows a flag as `--quiet <bool>` and a repeatable option as `--actors <list[Path]>`;
    a flag takes no value, so show none, and a repeatable option takes one value each time: `<path>`."""
    import re

    from typer.core import TyperArgument, TyperOption

    for cls in (TyperOption, TyperArgument):
        shown = getattr(cls, "display_type_rich", None)
        if shown is None or getattr(shown, "_faultlines", False):
            continue

        def display_type_rich(self: typer.core.TyperArgument | TyperOption, ctx: click.Context,
                              _shown: Callable[..., str | None] = shown) -> str | None:
            if getattr(self, "is_flag", False):
                return None
            label = _shown(self, ctx)
            return re.sub(r"<list\[(\w+)\]>", lambda m: f"<{m.group(1).lower()}>", label) if label else label

        display_type_rich._faultlines = True  # type: ignore[attr-defined]
        cls.display_type_rich = display_type_rich  # type: ignore[method-assign,assignment]


_flags_without_placeholder()

app = typer.Typer(
    name="faultlines",
    help="Map who backs, arms, trains, funds, fights, designates and accuses whom in conflict reporting — "
         "every fact tied to its sentence and its voice — and find the fault lines.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            v = version("faultlines")
        except PackageNotFoundError:  # run from a source tree that is not installed
            from .. import __version__ as v
        typer.echo(f"faultlines {v}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True,
                                 callback=_print_version),
) -> None:
    """Map who backs, arms, trains, funds, fights, designates and accuses whom — and the fault lines."""


# Each module defines `register(app)`; a module that is not there yet is simply skipped.
COMMAND_MODULES = ("read_cmd", "ingest_cmd", "analysis_cmd", "export_cmd", "web_cmd", "incidents_cmd")

for _name in COMMAND_MODULES:
    try:
        _mod = importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as _e:
        if _e.name != f"{__name__}.{_name}":
            raise
        continue
    _mod.register(app)


def main() -> None:
    """The `faultlines` script: a usage error is one line on stderr and exit code 2, as for bad option values."""
    import sys

    try:  # typer >= 0.2x carries its own copy of click
        from typer._click.exceptions import ClickException
    except ImportError:
        from click.exceptions import ClickException  # type: ignore[assignment]
    try:
        code = app(standalone_mode=False)
    except ClickException as e:
        if e.__class__.__name__ == "NoArgsIsHelpError":  # `faultlines` alone: the help, already printed
            sys.exit(0)
        ctx = getattr(e, "ctx", None)
        hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
        print(f"error: {e.format_message().replace('Value error, ', '')}{hint}", file=sys.stderr)
        sys.exit(e.exit_code)
    except typer.Abort:
        print("aborted", file=sys.stderr)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
