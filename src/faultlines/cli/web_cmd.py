"""`faultlines serve` (the explorer, on loopback by default) and `faultlines report --html`."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path
from typing import Annotated

import typer

from .common import console, fail, one_line_errors

LOOPBACK = "127.0.0.1"


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("report")(report)


def is_loopback(host: str) -> bool:
    """True when every address `host` resolves to is a loopback address."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


def bind_address(host: str | None) -> tuple[str, list[str] | None]:
    """The address to bind and the Host headers to accept.

    Without `--host` the explorer binds loopback only and accepts only loopback Host headers (no DNS
    rebinding); any other address has to be asked for by name with `--host`.
    """
    if host is None:
        return LOOPBACK, ["127.0.0.1", "localhost", "::1"]
    if not host.strip():
        raise ValueError("--host needs an address")
    if is_loopback(host):
        return host, ["127.0.0.1", "localhost", "::1", host.strip("[]").lower()]
    return host, None


@one_line_errors
def serve(
    db: Annotated[Path, typer.Option(help="The SQLite store to explore (opened read-only).")] = Path("faultlines.db"),
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    host: Annotated[str | None, typer.Option(
        help="Address to bind. Default 127.0.0.1 (this machine only); give another address explicitly to "
             "share the explorer on a network.")] = None,
    rate_limit: Annotated[float, typer.Option(min=0, help="Requests per second per client (0: no limit).")] = 50.0,
    burst: Annotated[int, typer.Option(min=1, help="Burst size for the rate limit.")] = 200,
    header_timeout: Annotated[float, typer.Option(min=0.1, help="Close a connection that has not sent its request "
                                                   "headers within this many seconds (slow-client defence).")] = 10.0,
    check: Annotated[bool, typer.Option("--check", help="Read every page of the store before serving (SQLite's "
                                        "quick_check; minutes on a large store). Without it, start checks only "
                                        "the header, the schema version and each table's first and last rows.")
                     ] = False,
) -> None:
    """Serve the explorer: network, evidence, actors, tensions, documents, map and search."""
    from ..corpus import Corpus
    from ..web import create_app
    from ..web.serving import bind, run

    try:
        address, allowed = bind_address(host)
    except ValueError as e:
        fail(str(e), 2)
        return
    with Corpus(db, readonly=True) as corpus:  # refuse a bad store at start, not with 500s later
        corpus.store.check(deep=check)
    if allowed is None:
        console.print(f"[bold yellow]warning:[/] binding {address}: anyone who can reach this machine can read "
                      f"{db}", highlight=False)
    app = create_app(db, rate=rate_limit, burst=burst, allowed_hosts=allowed)
    try:
        sock = bind(address, port)  # before saying where the explorer is
    except OSError as e:
        fail(str(e))
        return
    shown = f"[{address}]" if ":" in address else address
    console.print(f"faultlines explorer on http://{shown}:{port}/  (store {db}, read-only; Ctrl-C stops)",
                  highlight=False)
    run(app, sock, header_timeout=header_timeout)


@one_line_errors
def report(
    html: Annotated[Path, typer.Option("--html", help="Write one self-contained offline HTML file here.")],
    db: Annotated[Path, typer.Option(help="The SQLite store to report on.")] = Path("faultlines.db"),
    edges: Annotated[int, typer.Option(min=1, max=2000, help="How many of the heaviest edges to include.")] = 60,
    per_edge: Annotated[int, typer.Option(min=1, max=500, help="Evidence sentences per edge.")] = 12,
    title: Annotated[str, typer.Option(help="Title of the report.")] = "faultlines report",
    level: Annotated[str, typer.Option(help="Actor level: group, parent or state.")] = "group",
) -> None:
    """Write the network, tensions and evidence as one HTML file to send to a colleague."""
    from ..web.network import LEVELS, View
    from ..web.report import build_report

    if level not in LEVELS:
        fail(f"--level must be one of {', '.join(LEVELS)}", 2)
    text = build_report(db, filters=View(level=level, limit=edges), per_edge=per_edge, title=title)
    try:
        html.write_text(text, encoding="utf-8")
    except OSError as e:
        fail(f"{html}: cannot write ({e.strerror})")
    console.print(f"wrote {html} ({len(text) // 1024} KiB)", highlight=False)
