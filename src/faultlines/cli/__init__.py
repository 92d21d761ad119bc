"""The `faultlines` command line: one Typer app, one module per command group."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="faultlines",
    help="Map who backs, arms, trains, funds, fights, designates and accuses whom in conflict reporting — "
         "every fact tied to its sentence and its voice — and find the fault lines.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True),
) -> None:
    """Map who backs, arms, trains, funds, fights, designates and accuses whom — and the fault lines."""
    if version:
        from .. import __version__

        typer.echo(f"faultlines {__version__}")
        raise typer.Exit()


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
    app()
