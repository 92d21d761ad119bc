"""The explorer: a FastAPI app over a store, read-only; every page has a `.json` twin."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..records import PLOVER_SIGN, PLOVER_TYPES, POLARITIES, VOICE_KINDS
from . import pages
from .db import Reader
from .evidence import evidence_item, relation_rows
from .guard import Guard
from .network import LEVELS, View, actor_table, edge_refs, evidence, involving, network
from .replies import cached_json, doc_id_or_404, dumped_json, found_or_404, problem_line, site_url
from .responses import ResponseCache
from .timeline import BUCKETS, timeline

HERE = Path(__file__).resolve().parent
ID = r"^[^\x00-\x1f\x7f]{1,200}$"
ID_OR_EMPTY = r"^[^\x00-\x1f\x7f]{0,200}$"  # an empty form field: no actor focus
DATE = r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$"  # empty: no bound (an empty form field)
KIND = r"^[a-z_]{0,40}$"
TYPE_OR_EMPTY = "^(|" + "|".join(PLOVER_TYPES) + ")$"  # one PLOVER type, or an empty form field: any

Voice = Enum("Voice", {k: k for k in VOICE_KINDS}, type=str)  # type: ignore[misc]
EventType = Enum("EventType", {k: k for k in PLOVER_TYPES}, type=str)  # type: ignore[misc]
Polarity = Enum("Polarity", {k: k for k in POLARITIES}, type=str)  # type: ignore[misc]
Level = Enum("Level", {k: k for k in LEVELS}, type=str)  # type: ignore[misc]
Bucket = Enum("Bucket", {k: k for k in BUCKETS}, type=str)  # type: ignore[misc]
DEFAULT_LEVEL = Level("group")
DEFAULT_BUCKET = Bucket("month")
WARM_FOCUS = 20  # networks focused on this many of the busiest actors are built at start, after the default one
WARM_ACTORS = 100  # the pages of this many of the most active actors are made at start (about 10 ms each)
WARM_PLACES = 50  # and the first page of events of this many of the busiest places (about 5 ms each)


def filters(
    request: Request,
    date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
    voice: Annotated[list[Voice] | None, Query(max_length=len(VOICE_KINDS))] = None,
    type: Annotated[list[EventType] | None, Query(max_length=len(PLOVER_TYPES))] = None,
    polarity: Annotated[list[Polarity] | None, Query(max_length=len(POLARITIES))] = None,
    level: Level = DEFAULT_LEVEL,
    min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    limit: Annotated[int, Query(ge=1, le=2000)] = 300,
    actor: Annotated[list[Annotated[str, Query(pattern=ID_OR_EMPTY)]] | None, Query(max_length=20)] = None,
    undated: Annotated[str | None, Query(pattern=r"^(|0|1|true|false|yes|no)$")] = None,
) -> View:
    return View(since=date_from or None, until=date_to or None,
                voices=frozenset(v.value for v in voice or []),
                types=frozenset(t.value for t in type or []),
                polarities=frozenset(p.value for p in polarity or []),
                level=level.value, min_weight=min_weight, limit=limit,
                actors=tuple(sorted({pages.resolve_actor(request.app.state.reader, a) for a in actor or [] if a})),
                undated=None if not undated else undated in ("1", "true", "yes"))



def create_app(db_path: str | Path, *, rate: float = 50.0, burst: int = 200,
               allowed_hosts: list[str] | None = None) -> Any:
    """Build the explorer over the store at `db_path`; `rate`/`burst` bound each client (0 turns it off)."""
    reader = Reader(db_path)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Build the default network and the tensions in the background, so the first visitor does not wait.
        threading.Thread(target=_warm, args=(reader, first_visits), daemon=True, name="faultlines-warm").start()
        yield

    app = FastAPI(title="faultlines explorer", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.reader = reader
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["VOICES"] = VOICE_KINDS
    templates.env.globals["TYPES"] = PLOVER_TYPES
    templates.env.globals["LEVELS"] = LEVELS
    templates.env.globals["POLARITIES"] = POLARITIES
    templates.env.globals["SIGNS"] = PLOVER_SIGN
    templates.env.filters["qs"] = lambda d: urlencode(d, doseq=True)
    templates.env.globals["url"] = site_url
    templates.env.globals["known_actor"] = lambda aid: bool(aid) and aid in actor_table(reader)
    templates.env.globals["evidence_html"] = evidence_item  # `macros.html`'s evidence_item, in Python
    templates.env.globals["relation_rows"] = relation_rows  # an actor's relations table, in Python
    for name in templates.env.list_templates(extensions=["html"]):
        # compiled once here: Jinja's cache has no lock, so the first burst of 8 visits compiled each template 8
        # times at once (a fifth of the request threads' time in a 2,000-request bench, every page kind's tail)
        templates.env.get_template(name)
    app.state.templates = templates
    app.state.first_visits = lambda: first_visits()  # for the tests: what the warm-up makes
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, data: dict[str, Any]) -> HTMLResponse:
        known = actor_table(reader)  # once per page: a tensions page asks about some 1,500 actors
        return templates.TemplateResponse(request, name, {"data": data,
                                                          "known_actor": lambda aid: bool(aid) and aid in known})

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/network", status_code=303)

    @app.get("/network.json")
    def network_json(f: Annotated[View, Depends(filters)]) -> Response:
        return cached_json(reader, ("network.json", f), lambda: network(reader, f))

    @app.get("/network", response_class=HTMLResponse)
    def network_page(request: Request, f: Annotated[View, Depends(filters)]) -> HTMLResponse:
        known = actor_table(reader)
        names = {a: known[a]["name"] if a in known else a for a in f.actors}
        return page(request, "network.html", {"filters": f.query(), "f": f, "actor_names": names})

    @app.get("/actors.json")
    def actors_json() -> Response:
        """Every actor with relations, for the network page's actor picker."""
        return dumped_json({"actors": pages.actor_choices(reader)})

    @app.get("/timeline.json")
    def timeline_json(f: Annotated[View, Depends(filters)], bucket: Bucket = DEFAULT_BUCKET) -> Response:
        return cached_json(reader, ("timeline.json", bucket.value, f), lambda: timeline(reader, f, bucket=bucket.value))

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request, f: Annotated[View, Depends(filters)],
                      bucket: Bucket = DEFAULT_BUCKET) -> HTMLResponse:
        return page(request, "timeline.html", {**timeline(reader, f, bucket=bucket.value), "f": f})

    def edge_body(source: str, target: str, f: View, page_no: int, undirected: bool, html: bool) -> bytes:
        """An edge's page of sentences or its `.json` twin, made once per store state (warmed at start for the
        edges the default network draws: the home page's links); one without events is kept apart (`absent`)."""
        f = f.for_evidence()  # how much of the network is drawn does not change the page: one body for all
        empty = False

        def make() -> bytes:
            nonlocal empty
            data = evidence(reader, source, target, f, page=page_no, undirected=undirected)
            empty = not data["events"]
            if html:
                return templates.get_template("edge.html").render(data=data).encode()
            return bytes(dumped_json(data).body)
        return reader.cached(("edge.html" if html else "edge.json", source, target, f, page_no, undirected), make,
                             page=True, absent=lambda _: empty)

    @app.get("/edge.json")
    def edge_json(source: Annotated[str, Query(pattern=ID)], target: Annotated[str, Query(pattern=ID)],
                  f: Annotated[View, Depends(filters)], page: Annotated[int, Query(ge=1, le=10_000)] = 1,
                  undirected: bool = False) -> Response:
        return Response(edge_body(source, target, f, page, undirected, False), media_type="application/json")

    @app.get("/edge", response_class=HTMLResponse)
    def edge_page(request: Request, source: Annotated[str, Query(pattern=ID)],
                  target: Annotated[str, Query(pattern=ID)], f: Annotated[View, Depends(filters)],
                  page_no: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1,
                  undirected: bool = False) -> HTMLResponse:
        return HTMLResponse(edge_body(source, target, f, page_no, undirected, True))

    def actor_body(id: str, after: int, html: bool) -> bytes | None:
        """The actor page or its `.json` twin, made once per store state (warmed at start for the busiest actors);
        None when there is no such actor."""
        def make() -> bytes | None:
            data = pages.actor(reader, id, after=after)
            if data is None:
                return None
            if not html:
                return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
            known = actor_table(reader)  # the page depends on its data alone
            return templates.get_template("actor.html").render(
                data=data, known_actor=lambda aid: bool(aid) and aid in known).encode()
        return reader.cached(("actor.html" if html else "actor.json", id, after), make, page=True)

    @app.get("/actor.json")
    def actor_json(id: Annotated[str, Query(pattern=ID)], after: Annotated[int, Query(ge=0)] = 0) -> Response:
        return Response(found_or_404(actor_body(id, after, False)), media_type="application/json")

    @app.get("/actor", response_class=HTMLResponse)
    def actor_page(request: Request, id: Annotated[str, Query(pattern=ID)],
                   after: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
        return HTMLResponse(found_or_404(actor_body(id, after, True)))

    @app.get("/tensions.json")
    def tensions_json(kind: Annotated[str | None, Query(pattern=KIND)] = None) -> Response:
        return cached_json(reader, ("tensions.json", kind), lambda: pages.tensions_page(reader, kind or None))

    def tensions_body(kind: str | None, n: int) -> bytes:
        """A page of /tensions, rendered once per store state (its first page at start: 50-100 ms of Jinja)."""
        def make() -> bytes:
            known = actor_table(reader)
            # the HTML shows 100 a page (500 took seconds to render on a large store); the .json twin keeps 500
            data = pages.tensions_page(reader, kind or None, page=n, per_page=pages.HTML_TENSIONS)
            return templates.get_template("tensions.html").render(
                data=data, known_actor=lambda aid: bool(aid) and aid in known).encode()
        return reader.cached(("tensions.html", kind, n), make)

    @app.get("/tensions", response_class=HTMLResponse)
    def tensions_page(request: Request, kind: Annotated[str | None, Query(pattern=KIND)] = None,
                      n: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1) -> HTMLResponse:
        return HTMLResponse(tensions_body(kind, n))

    @app.get("/tension.json")
    def tension_json(id: Annotated[str, Query(pattern=ID)], page_no: Annotated[int, Query(alias="page", ge=1, le=100)] = 1
                     ) -> Response:
        return dumped_json(found_or_404(pages.tension(reader, id, page=page_no)))

    @app.get("/tension", response_class=HTMLResponse)
    def tension_page(request: Request, id: Annotated[str, Query(pattern=ID)],
                     page_no: Annotated[int, Query(alias="page", ge=1, le=100)] = 1) -> HTMLResponse:
        return page(request, "tension.html", found_or_404(pages.tension(reader, id, page=page_no)))

    def incident_list(date_from: str | None, date_to: str | None, type: str | None,
                      place: str | None) -> dict[str, Any]:
        found: dict[str, Any] = _incidents().incidents(reader, since=date_from or None, until=date_to or None,
                                                       type=type or None, place=(place or "").strip() or None)
        return found

    @app.get("/incidents.json")
    def incidents_json(date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
                       date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
                       type: Annotated[str | None, Query(pattern=TYPE_OR_EMPTY)] = None,
                       place: Annotated[str | None, Query(pattern=ID_OR_EMPTY, max_length=100)] = None) -> Any:
        return incident_list(date_from, date_to, type, place)

    @app.get("/incidents/timeline.json")
    def incidents_timeline_json(date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
                                date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
                                type: Annotated[str | None, Query(pattern=TYPE_OR_EMPTY)] = None,
                                place: Annotated[str | None, Query(pattern=ID_OR_EMPTY, max_length=100)] = None,
                                bucket: Annotated[str | None, Query(pattern=r"^(|day|week|month)$")] = None) -> Any:
        return _incidents().incident_timeline(reader, type=type or None, place=(place or "").strip() or None,
                                           since=date_from or None, until=date_to or None, bucket=bucket or None)

    @app.get("/incidents", response_class=HTMLResponse)
    def incidents_page(request: Request, date_from: Annotated[str | None, Query(alias="from", pattern=DATE)] = None,
                       date_to: Annotated[str | None, Query(alias="to", pattern=DATE)] = None,
                       type: Annotated[str | None, Query(pattern=TYPE_OR_EMPTY)] = None,
                       place: Annotated[str | None, Query(pattern=ID_OR_EMPTY, max_length=100)] = None) -> HTMLResponse:
        return page(request, "incidents.html", incident_list(date_from, date_to, type, place))

    @app.get("/incident.json")
    def incident_json(id: Annotated[str, Query(pattern=ID)]) -> Any:
        return found_or_404(_incidents().incident(reader, id))

    @app.get("/incident", response_class=HTMLResponse)
    def incident_page(request: Request, id: Annotated[str, Query(pattern=ID)]) -> HTMLResponse:
        return page(request, "incident.html", found_or_404(_incidents().incident(reader, id)))

    @app.get("/document/{doc_id}.json")
    def document_json(doc_id: str) -> Response:
        return dumped_json(found_or_404(pages.document(reader, doc_id_or_404(doc_id))))

    @app.get("/document/{doc_id}", response_class=HTMLResponse)
    def document_page(request: Request, doc_id: str) -> HTMLResponse:
        return page(request, "document.html", found_or_404(pages.document(reader, doc_id_or_404(doc_id))))

    @app.get("/map.json")
    def map_json(f: Annotated[View, Depends(filters)]) -> Response:
        return dumped_json({"filters": f.query(), "places": pages.event_places(reader, f)})

    @app.get("/map", response_class=HTMLResponse)
    def map_page(request: Request, f: Annotated[View, Depends(filters)]) -> HTMLResponse:
        return page(request, "map.html", {"filters": f.query(), "f": f})

    def place_body(id: str, f: View, page: int) -> bytes | None:
        """A place's page of events as JSON, made once per store state (warmed at start for the busiest places); None
        when there is no such place, and a page without events is kept apart (`absent`)."""
        f = f.for_evidence(level=DEFAULT_LEVEL.value)  # the page reads neither the level nor how much is drawn
        empty = False

        def make() -> bytes | None:
            nonlocal empty
            data = pages.place(reader, id, f, page=page)
            if data is None:
                return None
            empty = not data["events"]
            # serialised directly: FastAPI's jsonable_encoder walk of the 50 events cost 10-25 ms a request
            return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        return reader.cached(("place.json", id, f.key(), page), make, page=True, absent=lambda _: empty)

    @app.get("/place.json")
    def place_json(id: Annotated[str, Query(pattern=ID)], f: Annotated[View, Depends(filters)],
                   page: Annotated[int, Query(ge=1, le=pages.PLACE_PAGES)] = 1) -> Response:
        return Response(found_or_404(place_body(id, f, page)), media_type="application/json")

    def first_visits() -> None:
        """The pages the busiest actors and places open on, the first page of tensions and of the sentences behind
        each edge the default network draws, made before anyone asks: a first visit costs 3-15 ms of one core (the
        tensions 50-100), which 8 concurrent visitors stretch into the slowest answers of a page kind."""
        for a in pages.actor_choices(reader)[:WARM_ACTORS]:
            actor_body(a["id"], 0, True)
            actor_body(a["id"], 0, False)
        for place_id in pages.busiest_places(reader, WARM_PLACES):
            place_body(place_id, View(), 1)
        tensions_body(None, 1)
        for e in network(reader, View())["edges"]:
            edge_body(e["source"], e["target"], View(), 1, False, True)
            edge_body(e["source"], e["target"], View(), 1, False, False)

    @app.get("/search.json")
    def search_json(q: Annotated[str, Query(max_length=200)] = "",
                    page: Annotated[int, Query(ge=1, le=500)] = 1) -> Response:
        return dumped_json(pages.search(reader, q, page=page))

    @app.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "",
                    page_no: Annotated[int, Query(alias="page", ge=1, le=500)] = 1) -> HTMLResponse:
        return templates.TemplateResponse(request, "search.html", {"data": pages.search(reader, q, page=page_no)})

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.endswith(".json") or exc.status_code >= 500:
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail},
                                          status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        """A wrong parameter: one line per problem, as JSON for the twins and as a page for people."""
        problems = [problem_line(e) for e in exc.errors()]
        if request.url.path.endswith(".json"):
            return JSONResponse({"detail": problems}, status_code=422)
        return templates.TemplateResponse(request, "error.html", {"status": 400, "detail": "This link asks for "
                                          "something the explorer cannot show.", "problems": problems},
                                          status_code=400)

    # the store's stamp read once a request: the response cache and every cached value of the page ask for it
    pages_kept = ResponseCache(app, lambda: (reader.stamp(), reader.refreshes), pin=reader.pinned)
    return Guard(pages_kept, rate=rate, burst=burst, allowed_hosts=allowed_hosts)


def _incidents() -> ModuleType:
    """The incident pages' module, imported on first use (or by the warm-up): it brings in the incident analysis,
    about 0.4 s of `serve`'s start."""
    from . import incidents

    return incidents


def _warm(reader: Reader, first_visits: Callable[[], None] | None = None) -> None:
    try:
        _incidents()
        network(reader, View())
        edge_refs(reader, View())  # every pair's evidence under the default filters, in one pass
        by_actor = involving(reader)
        pages.actor_choices(reader)
        pages.tensions(reader)
        if first_visits is not None:
            first_visits()
        # the networks focused on the busiest actors (each costs in proportion to its relations: the busiest
        # take a second or more on a large store, a first visit to any other one less than the last built here)
        for a in sorted(by_actor, key=lambda a: (-len(by_actor[a]), a))[:WARM_FOCUS]:
            network(reader, View(actors=(a,)))
    except Exception:  # noqa: BLE001 - warming is best effort; the request path reports real errors
        pass
    finally:
        reader.close()
