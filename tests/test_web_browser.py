"""The explorer in a real browser (Debian's chromium through Playwright); opt-in with FAULTLINES_BROWSER=1.

Screenshots go to artifacts/web/ for a person to look at.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from faultlines.store import Store
from tests.web_fixtures import build_store

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "web"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
US_IDS = {"us", "u.s.", "usa", "united states", "the united states", "america", "washington"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn serving the explorer on loopback in a thread, for the length of a test module."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from faultlines.web import create_app

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db, rate=0), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("explorer did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))  # type: ignore[attr-defined]
    yield pg
    ctx.close()


@pytest.fixture(scope="module")
def fixture_server(tmp_path_factory):
    srv = LiveServer(build_store(tmp_path_factory.mktemp("browser") / "web.db"))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def seed_server(tmp_path_factory, seed_facts):
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    with Store(db) as store:
        store.add(seed_facts)
    srv = LiveServer(db)
    yield srv
    srv.stop()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def open_network(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#cy[data-ready='1']", timeout=20_000)


def click_edge(page, edge_id: str) -> None:
    """A real mouse click on the drawn edge, at its rendered midpoint."""
    x, y = page.evaluate("""(id) => {
        const cy = window.faultlinesGraph, e = cy.getElementById(id);
        cy.fit(e.connectedNodes(), 120);
        const m = e.renderedMidpoint(), box = cy.container().getBoundingClientRect();
        return [box.left + m.x, box.top + m.y];
    }""", edge_id)
    page.mouse.click(x, y)


def find_edge(page, source_pred: str, target_pred: str) -> str | None:
    return page.evaluate(f"""() => {{
        const cy = window.faultlinesGraph;
        const isS = (n) => {source_pred}, isT = (n) => {target_pred};
        const e = cy.edges().filter((e) => isS(e.source()) && isT(e.target()))
                 .sort((a, b) => b.data('weight') - a.data('weight'))[0];
        return e ? e.id() : null;
    }}""")


def test_click_edge_shows_evidence(page, fixture_server):
    open_network(page, fixture_server.url + "/network")
    edge = find_edge(page, "n.id() === 'united states'", "n.id() === 'hashd militia'")
    assert edge
    click_edge(page, edge)
    page.wait_for_selector("#edge-evidence li .sentence")
    sentence = page.locator("#edge-evidence li .sentence").first
    assert sentence.inner_text() == "The United States armed the Hashd militia from 2014 to 2018."
    assert sentence.locator(".hl-trigger").inner_text() == "armed"
    assert page.locator("#edge-evidence .voice").first.inner_text() == "author"
    shot(page, "network-edge-evidence")
    page.locator("#edge-evidence a.doclink").first.click()
    page.wait_for_selector("section.seg-comment")
    assert page.evaluate("window.__pwned") is None
    shot(page, "document")
    assert page.problems == []


def test_seed_network_us_militia_edge(page, seed_server):
    """The seed article read by the real pipeline: the US–militias edge opens its sentences."""
    open_network(page, seed_server.url + "/network")
    shot(page, "seed-network")
    us = f"({sorted(US_IDS)!r}.includes(n.id()) || n.data('country') === 'USA' && n.data('kind') === 'state')"
    militia = "(n.data('kind') === 'armed_group' && /milit|mobili|hashd|pmf/i.test(n.id() + ' ' + n.data('label')))"
    edge = find_edge(page, us, militia) or find_edge(page, militia, us)
    assert edge, "no edge between the US and the militias in the seed network"
    click_edge(page, edge)
    page.wait_for_selector("#edge-evidence li .sentence")
    sentences = page.locator("#edge-evidence li .sentence").all_inner_texts()
    assert sentences and all(len(s) > 20 for s in sentences)
    shot(page, "seed-us-militia-evidence")
    assert page.problems == []


def test_seed_tensions_page_shows_blowback(page, seed_server):
    page.goto(seed_server.url + "/tensions")
    shot(page, "seed-tensions")
    blow = page.locator("li.kind-blowback a.open")
    assert blow.count() >= 1, "no blowback tension found in the seed"
    blow.first.click()
    page.wait_for_selector(".evidence-list li .sentence")
    assert page.locator(".evidence-list .etype").count() >= 2
    shot(page, "seed-blowback-evidence")
    assert page.problems == []


@pytest.mark.parametrize("path", ["/document/doc-script", "/search?q=script", "/actor?id=hashd+militia",
                                  "/tensions", "/edge?source=commenter&target=hashd+militia"])
def test_script_in_a_document_runs_no_script(page, fixture_server, path):
    page.goto(fixture_server.url + path)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned" in page.inner_text("main") or path.startswith(("/tensions", "/actor"))
    assert page.problems == []
    if path == "/document/doc-script":
        shot(page, "script-document")


def test_network_edge_with_hostile_text_in_panel(page, fixture_server):
    open_network(page, fixture_server.url + "/network")
    edge = find_edge(page, "n.id() === 'commenter'", "n.id() === 'hashd militia'")
    click_edge(page, edge)
    page.wait_for_selector("#edge-evidence li .sentence")
    assert "<script>" in page.locator("#edge-evidence li .sentence").first.inner_text()
    assert page.evaluate("window.__pwned") is None and page.problems == []


def test_map_draws_offline_and_opens_a_place(page, fixture_server):
    page.goto(fixture_server.url + "/map")
    page.wait_for_selector("#map[data-ready='1']", timeout=20_000)
    assert page.locator("#map path.land").count() > 100
    page.locator("#map circle.place").first.click()
    page.wait_for_selector("#panel .evidence-list li")
    assert "Mosul" in page.inner_text("#panel")
    shot(page, "map")
    assert page.problems == []


def test_offline_report_runs_only_its_own_code(page, tmp_path, fixture_server):
    from faultlines.web.report import build_report

    db = build_store(tmp_path / "r.db")
    out = tmp_path / "report.html"
    out.write_text(build_report(db), encoding="utf-8")
    page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else route.continue_())
    page.goto(out.as_uri())
    page.wait_for_selector("#cy[data-ready='1']", timeout=20_000)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("li.kind-blowback").count() == 1
    click_edge(page, find_edge(page, "n.id() === 'united states'", "n.id() === 'hashd militia'"))
    page.wait_for_selector(".edge-evidence.flash")
    shot(page, "report")
    assert page.problems == []


def test_network_filters_from_the_form(page, fixture_server):
    open_network(page, fixture_server.url + "/network")
    assert page.evaluate("window.faultlinesGraph.getElementById('commenter').length") == 1
    page.uncheck("input[name=voice][value=commenter]")
    page.select_option("select[name=level]", "state")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/network?*level=state*")
    page.wait_for_selector("#cy[data-ready='1']", timeout=20_000)
    ids = page.evaluate("window.faultlinesGraph.nodes().map((n) => n.id())")
    assert "commenter" not in ids and "state department" not in ids
    page.select_option("#colour-by", "faction")
    shot(page, "network-filtered")
    assert page.problems == []


@pytest.fixture(scope="module")
def desk_server(tmp_path_factory):
    from tests.web_fixtures import desk_facts

    srv = LiveServer(build_store(tmp_path_factory.mktemp("desk") / "desk.db", *desk_facts()))
    yield srv
    srv.stop()


def _edge_pairs(page) -> set[tuple[str, str]]:
    return {tuple(x) for x in page.evaluate(
        "window.faultlinesGraph.edges().map((e) => [e.data('source'), e.data('target')])")}


def test_network_filtered_by_actor_type_polarity_voice_and_dates(page, desk_server):
    open_network(page, desk_server.url + "/network")
    assert ("hezbollah brigade", "united states") in _edge_pairs(page)  # undated, shown without a range
    page.fill("input[name=from]", "2019")
    page.fill("input[name=to]", "2019-12")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/network?*from=2019*")
    page.wait_for_selector("#cy[data-ready='1']", timeout=20_000)
    assert _edge_pairs(page) == {("united states", "hezbollah brigade")}  # the undated attack is left out
    page.select_option("select[name=undated]", "1")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/network?*undated=1*")
    page.wait_for_selector("#cy[data-ready='1']", timeout=20_000)
    assert ("hezbollah brigade", "united states") in _edge_pairs(page)
    # actor, type, polarity and voice from the form
    page.goto(desk_server.url + "/network")
    page.wait_for_selector("#cy[data-ready='1']", timeout=20_000)
    page.wait_for_function("document.querySelectorAll('#actor-list option').length > 0")
    page.fill("input[name=actor]", "hashd militia")
    page.check("input[name=type][value=ASSAULT]")
    page.check("input[name=type][value=ACCUSE]")
    page.uncheck("input[name=voice][value=commenter]")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/network?*actor=hashd*")
    page.wait_for_selector("#cy[data-ready='1']", timeout=20_000)
    assert _edge_pairs(page) == {("hashd militia", "united states")}  # the commenter's ACCUSE is filtered out
    page.uncheck("input[name=polarity][value=asserted]")
    page.check("input[name=polarity][value=negated]")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/network?*polarity=negated*")
    page.wait_for_selector("#cy[data-ready='1']", timeout=20_000)
    assert "No relations match" in page.inner_text("#cy")
    shot(page, "network-filters-form")
    assert page.problems == []


def test_timeline_brush_sets_the_networks_date_range(page, desk_server):
    open_network(page, desk_server.url + "/network")
    page.wait_for_selector("#timeline[data-ready='1']", timeout=20_000)
    bars = page.locator("#timeline g.period")
    assert bars.count() >= 20  # 2014 .. 2019 by month
    last = page.locator("#timeline g.period[data-from='2019-03-01'] rect.bar-all")
    box = last.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] - 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 + 1, box["y"] + box["height"] - 2)
    page.mouse.up()
    page.wait_for_url("**/network?*from=2019-03-01*to=2019-03-31*")
    page.wait_for_selector("#cy[data-ready='1']", timeout=20_000)
    assert _edge_pairs(page) == {("united states", "hezbollah brigade")}
    page.wait_for_selector("#timeline[data-ready='1']", timeout=20_000)
    assert page.locator("#timeline g.period.selected").count() == 1
    shot(page, "timeline-brushed")
    assert page.problems == []


def _place_names(page) -> set[str]:
    return set(page.eval_on_selector_all("#place-table tbody tr td:first-child", "els => els.map((e) => e.textContent)"))


def test_map_of_events_follows_the_filters(page, desk_server):
    page.goto(desk_server.url + "/map")
    page.wait_for_selector("#map[data-ready='1']", timeout=20_000)
    names = _place_names(page)
    assert {"Mosul", "Baghdad"} <= names
    page.fill("input[name=from]", "2017")
    page.fill("input[name=to]", "2017")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/map?*from=2017*")
    page.wait_for_selector("#map[data-ready='1']", timeout=20_000)
    assert _place_names(page) == {"Mosul"}
    shot(page, "map-filtered")
    assert page.problems == []


def test_friendly_error_pages(page, desk_server):
    page.goto(desk_server.url + "/network?from=yesterday")
    assert page.inner_text("h1") == "Bad link"
    assert "from: \"yesterday\" is not a date" in page.inner_text("main")
    page.goto(desk_server.url + "/actor?id=nobody")
    assert page.inner_text("h1") == "Not found"
    shot(page, "error-page")


def test_labels_stay_readable_when_zoomed_out(page, desk_server):
    open_network(page, desk_server.url + "/network")
    size_at = page.evaluate("""(z) => { const cy = window.faultlinesGraph; cy.zoom(z);
        const n = cy.nodes()[0]; return parseFloat(n.renderedStyle('font-size')); }""", 0.3)
    assert size_at >= 10  # on screen, not 11 * 0.3 = 3.3 px
