"""Drive the built site in headless Debian Chromium, as a reader would click through it."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import BUILDER

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
pytestmark = pytest.mark.browser

if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
    # CI installs Debian's chromium and chromium-driver; there a missing browser is a failure.
    if os.environ.get("CI"):
        raise RuntimeError(f"CI needs {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)")
    pytest.skip("Debian chromium/chromium-driver are not installed", allow_module_level=True)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(built_site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_site / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):  # fmt: skip
        options.add_argument(flag)
    # Every request the browser makes is in its performance log (the DevTools Network events), and
    # every error a page logs (a failed load, a script's exception) in its browser log.
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "SEVERE"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_mention_link_to_entity_page_and_back(browser, site_url: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 15)
    browser.get(f"{site_url}/sources/004_5539549447207701/")
    mention = wait.until(ec.element_to_be_clickable((By.LINK_TEXT, "Sergei Lavrov")))
    mention.click()
    wait.until(ec.url_contains("/entities/sergei-lavrov/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Sergei Lavrov"
    browser.save_screenshot(str(tmp_path / "entity.png"))
    back = browser.find_element(By.CSS_SELECTOR, 'a[href*="sources/004_5539549447207701/#L"]')
    anchor = back.get_attribute("href").rsplit("#", 1)[1]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", back)
    back.click()
    wait.until(ec.url_contains(f"/sources/004_5539549447207701/#{anchor}"))
    paragraph = browser.find_element(By.ID, anchor)
    assert "Sergei Lavrov" in paragraph.text
    assert paragraph.is_displayed()


def test_search_finds_a_source(browser, site_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 15)
    browser.get(f"{site_url}/")
    browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__inner").click()
    box = wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "input.md-search__input")))
    box.send_keys("Vladivostok")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".md-search-result__item"))
    hits = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".md-search-result__item")]
    assert any("Vladivostok" in h for h in hits)


def test_graph_draws_every_node_and_a_click_opens_its_page(
    browser, site_url: str, built_site: Path, tmp_path: Path
) -> None:
    import json

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    browser.get(f"{site_url}/views/graph/")
    state = "return document.querySelector('.dossier-graph').dataset.graphState"
    wait.until(lambda d: d.execute_script(state) in ("ready", "error"))
    assert browser.execute_script(state) == "ready", browser.find_element(By.CSS_SELECTOR, ".dossier-graph").text
    data = json.loads((built_site / "site" / "views" / "graph" / "graph.json").read_text(encoding="utf-8"))
    drawn = browser.execute_script("return document.querySelector('.dossier-graph')._cy.nodes().length")
    assert drawn == len(data["nodes"]) and drawn > 10
    loaded = browser.execute_script("return [...document.scripts].map(s => s.src).filter(s => s.includes('cytoscape'))")
    assert loaded == [f"{site_url}/assets/dossier/cytoscape.min.js"]  # loaded from the site, not a CDN
    browser.save_screenshot(str(tmp_path / "graph.png"))
    browser.execute_script("document.querySelector('.dossier-graph')._cy.getElementById('e:Sergei Lavrov').emit('tap')")
    wait.until(ec.url_contains("/entities/sergei-lavrov/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Sergei Lavrov"


def test_other_pages_do_not_download_the_graph_library(browser, site_url: str) -> None:
    browser.get(f"{site_url}/entities/")
    assert browser.execute_script("return typeof cytoscape") == "undefined"


def _requests(browser) -> list[str]:
    """Return the URLs the browser requested since the last call (its performance log)."""
    import json

    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _off_site(urls: list[str], origin: str) -> list[str]:
    # data: and blob: URLs are made in the page itself; everything else must come from the site.
    return [u for u in urls if not (u.startswith((f"{origin}/", "data:", "blob:")) or u == origin)]


def _wait_loaded(browser) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


GRAPH_STATE = "return document.querySelector('.dossier-graph').dataset.graphState"
#: One page of each kind the site has.
PAGE_KINDS = (
    "/", "/sources/", "/sources/004_5539549447207701/", "/sources/004_5539549447207701.original.html",
    "/entities/", "/entities/sergei-lavrov/", "/publishers/", "/publishers/israel365-news/",
    "/views/quotes/", "/views/citations/", "/views/coverage/", "/views/timeline/", "/views/graph/", "/downloads/",
)  # fmt: skip


def test_no_page_requests_anything_outside_the_site(browser, site_url: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _requests(browser)  # forget what earlier tests loaded
    seen: dict[str, list[str]] = {}
    for path in PAGE_KINDS:
        browser.get(site_url + path)
        _wait_loaded(browser)
        if path == "/views/graph/":
            WebDriverWait(browser, 20).until(lambda d: d.execute_script(GRAPH_STATE) in ("ready", "error"))
        if path == "/sources/004_5539549447207701/":  # a hover preview fetches another page
            link = browser.find_element(By.LINK_TEXT, "Sergei Lavrov")
            ActionChains(browser).move_to_element(link).perform()
            WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".dossier-preview"))
        seen[path] = _requests(browser)
    assert all(seen.values()), [p for p, urls in seen.items() if not urls]  # the recorder saw every page
    assert any(u.endswith("/assets/dossier/dossier.css") for u in seen["/"])
    assert any("/entities/sergei-lavrov/" in u for u in seen["/sources/004_5539549447207701/"])  # the preview
    assert {p: _off_site(urls, site_url) for p, urls in seen.items() if _off_site(urls, site_url)} == {}


def test_no_page_logs_an_error(browser, site_url: str) -> None:
    """No page of any kind logs an error: a failed load (an original file's page asked the server
    for /favicon.ico, which a MkDocs site does not have), or a script's exception."""
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get_log("browser")  # forget what earlier tests logged
    logged = {}
    for path in PAGE_KINDS:
        browser.get(site_url + path)
        _wait_loaded(browser)
        if path == "/views/graph/":
            WebDriverWait(browser, 20).until(lambda d: d.execute_script(GRAPH_STATE) in ("ready", "error"))
        if errors := [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]:
            logged[path] = errors
    assert logged == {}


def test_the_recorder_sees_a_request_to_another_host(browser, site_url: str, tmp_path: Path) -> None:
    """The test above can fail: a page that loads Google's fonts (Material's default) is caught."""
    page = tmp_path / "fonts.html"
    page.write_text('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">', encoding="utf-8")
    _requests(browser)
    browser.get(page.as_uri())
    _wait_loaded(browser)
    assert [u for u in _off_site(_requests(browser), site_url) if "fonts.googleapis.com" in u]


def test_the_paragraph_a_link_points_at_is_highlighted(browser, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{site_url}/sources/004_5539549447207701/#L18")
    _wait_loaded(browser)
    background = "return getComputedStyle(arguments[0]).backgroundColor"
    target = browser.find_element(By.ID, "L18")
    other = browser.find_element(By.ID, "L6")
    assert "Sergei Lavrov" in target.text
    assert browser.execute_script(background, other) == "rgba(0, 0, 0, 0)"
    assert browser.execute_script(background, target) != "rgba(0, 0, 0, 0)"
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", target)
    assert 40 < top < 400  # scrolled to, and not under the sticky header


def test_a_click_on_a_values_line_opens_the_original_at_that_line_marked(browser, site_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{site_url}/sources/000_29186c0ec3ab31ab/")
    _wait_loaded(browser)
    link = browser.find_element(By.XPATH, "//td[.='Publisher']/following-sibling::td[2]/a")
    anchor = link.get_attribute("href").rsplit("#", 1)[1]
    link.click()
    WebDriverWait(browser, 15).until(ec.url_contains(f"000_29186c0ec3ab31ab.original.html#{anchor}"))
    _wait_loaded(browser)
    target = browser.find_element(By.ID, anchor)
    assert "Israel365 News" in target.text
    assert browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", target) != "rgba(0, 0, 0, 0)"
    top, bottom, height = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight]", target
    )
    assert (
        40 < top and bottom < height
    )  # in view (near the file's end it cannot scroll to the top), not under the header


def test_the_entity_index_sorts_by_status_on_a_click(browser, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{site_url}/entities/")
    _wait_loaded(browser)
    table = browser.find_elements(By.CSS_SELECTOR, ".md-content table")[0]
    heading = next(th for th in table.find_elements(By.CSS_SELECTOR, "thead th") if th.text == "Status")
    column = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")].index("Status")

    def statuses() -> list[str]:
        return [
            row.find_elements(By.TAG_NAME, "td")[column].text
            for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")
        ]

    heading.click()
    assert heading.get_attribute("aria-sort") == "ascending"
    assert statuses() == sorted(statuses())
    heading.click()
    assert heading.get_attribute("aria-sort") == "descending"
    assert statuses() == sorted(statuses(), reverse=True)
    # The table comes most cited first: sorting by sources turns it round.
    sources = next(th for th in table.find_elements(By.CSS_SELECTOR, "thead th") if th.text == "Sources")
    counts = [
        int(row.find_elements(By.TAG_NAME, "td")[1].text) for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")
    ]
    sources.click()
    after = [
        int(row.find_elements(By.TAG_NAME, "td")[1].text) for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")
    ]
    assert after == sorted(counts) and len(set(counts)) > 1


def test_two_entities_ignored_with_their_pages_copy_buttons_are_both_gone(
    browser, site_url: str, built_site: Path, tmp_path: Path
) -> None:
    """A reader clicks the copy button of "Ignore it" on two entity pages and pastes each below
    the registry's `ignore:`; after a rebuild neither entity has a page. The snippet brought its own
    `ignore:` key: the second paste left the key twice, and YAML kept only the last list."""
    from conftest import mkdocs_build
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": site_url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    copy = "//p[strong[.='Ignore it']]/following-sibling::pre[1]//button[@title='Copy to clipboard']"
    project = tmp_path / "p"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site"))
    registry = project / "docs" / "entities.yml"
    for slug in ("global", "naval-infantrymen"):
        browser.get(f"{site_url}/entities/{slug}/")
        button = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.XPATH, copy))
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
        button.click()
        pasted = browser.execute_async_script("navigator.clipboard.readText().then(arguments[0])")
        lines = registry.read_text(encoding="utf-8").splitlines(keepends=True)
        at = next(i for i, line in enumerate(lines) if line.startswith("ignore:")) + 1
        registry.write_text("".join([*lines[:at], pasted.rstrip("\n") + "\n", *lines[at:]]), encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "entities" / "sergei-lavrov").is_dir()
    assert not (project / "site" / "entities" / "global").exists()
    assert not (project / "site" / "entities" / "naval-infantrymen").exists()


def test_hovering_an_entity_link_previews_its_page(browser, site_url: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{site_url}/views/quotes/")
    _wait_loaded(browser)
    link = browser.find_element(By.LINK_TEXT, "Vladimir Putin")
    ActionChains(browser).move_to_element(link).perform()
    box = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".dossier-preview"))
    assert box.find_element(By.TAG_NAME, "h1").text == "Vladimir Putin"
    assert "Type: person" in box.text
    ActionChains(browser).move_by_offset(0, 300).perform()
    WebDriverWait(browser, 5).until(lambda d: not d.find_elements(By.CSS_SELECTOR, ".dossier-preview"))


def test_graph_draws_the_strongest_links_and_the_slider_widens_it(browser, site_url: str, built_site: Path) -> None:
    import json

    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{site_url}/views/graph/")
    div = "document.querySelector('.dossier-graph')"
    WebDriverWait(browser, 20).until(lambda d: d.execute_script(f"return {div}.dataset.graphState") == "ready")
    data = json.loads((built_site / "site" / "views" / "graph" / "graph.json").read_text(encoding="utf-8"))
    assert len(data["edges"]) > 60
    visible = f"return {div}._cy.edges().filter(e => e.visible()).length"
    shown = browser.execute_script(visible)
    assert 60 <= shown < len(data["edges"])
    # Every node with a link keeps its strongest one (no node floats alone), and the strongest link is drawn.
    alone = browser.execute_script(
        f"return {div}._cy.nodes().filter(n => n.connectedEdges().length && !n.connectedEdges().some(e => e.visible())).length"
    )
    strongest = browser.execute_script(f"return {div}._cy.edges()[0].visible()")
    assert alone == 0 and strongest is True
    weights = browser.execute_script(
        f"return {div}._cy.nodes().map(n => [Math.max(...n.connectedEdges().map(e => e.data('weight')), 0),"
        " Math.max(...n.connectedEdges().filter(e => e.visible()).map(e => e.data('weight')), 0)])"
    )
    assert all(best == kept for best, kept in weights)  # each node's strongest tie is among those drawn
    browser.execute_script(
        "const s = document.querySelector('input.dossier-graph-links'); s.value = s.max;"
        "s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'));"
    )
    WebDriverWait(browser, 20).until(lambda d: d.execute_script(visible) == len(data["edges"]))
    assert f"of these {len(data['edges'])} links" in browser.execute_script(
        "return document.querySelector('.dossier-graph-control').textContent"
    )


@contextlib.contextmanager
def _phone(browser, width: int = 390) -> Iterator[None]:
    """The browser at a phone's width for the block, then back at the desktop's."""
    browser.set_window_size(width, 900)
    try:
        yield
    finally:
        browser.set_window_size(1280, 1000)


def test_a_phone_sees_every_quote_wording_full_width_and_graph_labels(browser, site_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with _phone(browser):
        browser.get(f"{site_url}/views/quotes/")
        _wait_loaded(browser)
        cell = browser.find_element(By.XPATH, "(//table//tbody//td[3])[1]")
        page = browser.execute_script("return document.querySelector('article').clientWidth")
        assert cell.size["width"] > 0.8 * page  # the wording spans the row, not one word wide
        browser.get(f"{site_url}/views/graph/")
        div = "document.querySelector('.dossier-graph')"
        WebDriverWait(browser, 20).until(lambda d: d.execute_script(f"return {div}.dataset.graphState") == "ready")
        labelled = browser.execute_script(f"return {div}._cy.nodes().filter(n => n.data('shownLabel')).length")
        size = browser.execute_script(f"return {div}._cy.nodes()[0].renderedStyle('font-size')")
        assert 0 < labelled <= 15 and float(size.rstrip("px")) >= 10  # fewer labels, but readable ones


def test_the_graph_is_drawn_whole_inside_its_box_on_a_narrow_phone(browser, site_url: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    with _phone(browser, 320):  # the narrowest phones in use: the seeds' drawing needs a zoom under 0.2
        browser.get(f"{site_url}/views/graph/")
        div = "document.querySelector('.dossier-graph')"
        WebDriverWait(browser, 20).until(lambda d: d.execute_script(f"return {div}.dataset.graphState") == "ready")
        box = browser.execute_script(
            f"var d = {div}, cy = d._cy, b = cy.elements().not(cy.edges('.dossier-hidden')).renderedBoundingBox();"
            "return [b.x1, b.y1, b.x2, b.y2, d.clientWidth, d.clientHeight];"
        )
        x1, y1, x2, y2, width, height = box
        assert x1 >= 0 and y1 >= 0 and x2 <= width and y2 <= height, box  # no node cut off at an edge


#: The labels cytoscape draws (its own bounds, not the glue's estimate) that overlap another, or
#: run out of the drawing's box; and how many nodes are labelled, of how many.
_LABEL_CLASHES = """var cy = document.querySelector('.dossier-graph')._cy, div = cy.container();
var shown = cy.nodes().filter(n => n.data('shownLabel')), clashes = [];
var boxes = shown.map(n => [n.data('label'),
  n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true})]);
boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
  if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) clashes.push(a + ' / ' + b);
}));
boxes.forEach(([a, p]) => {
  if (p.x1 < 0 || p.y1 < 0 || p.x2 > div.clientWidth || p.y2 > div.clientHeight) clashes.push(a + ' out');
});
return [clashes, shown.length, cy.nodes().length];"""


@pytest.mark.parametrize("width", [1400, 390])
def test_graph_labels_do_not_overlap_and_most_nodes_keep_theirs(browser, site_url: str, width: int) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    with _phone(browser, width):
        browser.get(f"{site_url}/views/graph/")
        div = "document.querySelector('.dossier-graph')"
        WebDriverWait(browser, 20).until(lambda d: d.execute_script(f"return {div}.dataset.graphState") == "ready")
        clashes, labelled, nodes = browser.execute_script(_LABEL_CLASHES)
        assert clashes == []
        assert labelled >= (nodes // 2 if width >= 600 else 5)  # fewer names, not none
        # Zoomed in around the centre, names that had no room get theirs, still without a clash.
        browser.execute_script(
            f"var cy = {div}._cy; cy.zoom({{level: cy.zoom() * 3, renderedPosition: "
            f"{{x: {div}.clientWidth / 2, y: {div}.clientHeight / 2}}}});"
        )
        browser.execute_async_script("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))")
        assert browser.execute_script(_LABEL_CLASHES)[0] == []


#: The neighbour drawing shown on an entity page: how many are shown, the rendered size of its
#: names (CSS font size times the drawing's scale), and the names that overlap or leave its box.
_NEIGHBOUR_NAMES = """var shown = [...document.querySelectorAll('.dossier-neighbours svg')]
  .filter(s => getComputedStyle(s).display != 'none');
var svg = shown[0], box = svg.getBoundingClientRect(), scale = box.width / svg.viewBox.baseVal.width;
var texts = [...svg.querySelectorAll('text')], rects = texts.map(t => t.getBoundingClientRect()), bad = [];
rects.forEach((p, i) => rects.slice(i + 1).forEach((q, j) => {
  if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
    bad.push(texts[i].textContent + ' / ' + texts[i + 1 + j].textContent);
}));
rects.forEach((p, i) => { if (p.left < box.left || p.right > box.right) bad.push(texts[i].textContent + ' out'); });
return [shown.length, Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale)), bad];"""


@pytest.mark.parametrize("width", [1400, 390])
def test_the_entity_page_neighbour_names_are_readable_and_whole_at_any_width(
    browser, site_url: str, width: int
) -> None:
    """At 390 px the desktop drawing, shrunk, had 6.6 px names: a phone sees its own drawing."""
    with _phone(browser, width):
        browser.get(f"{site_url}/entities/sergei-lavrov/")
        _wait_loaded(browser)
        shown, smallest, bad = browser.execute_script(_NEIGHBOUR_NAMES)
        assert shown == 1 and smallest >= 10.5 and bad == [], (shown, smallest, bad)


def test_a_phone_sees_the_entity_index_status_column_without_scrolling(browser, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    with _phone(browser):
        browser.get(f"{site_url}/entities/")
        _wait_loaded(browser)
        table = browser.find_element(By.CSS_SELECTOR, "article table")
        wrapper = browser.execute_script("return arguments[0].closest('.md-typeset__scrollwrap').clientWidth", table)
        assert table.size["width"] <= wrapper  # the status column is on screen, not cut off at the edge
        assert browser.find_element(By.XPATH, "(//article//table//th)[4]").text == "Status"


@pytest.fixture(scope="module")
def offline_site(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same dossier built with Material's offline plugin, as the README documents it."""
    import subprocess
    import sys

    project = tmp_path_factory.mktemp("offline") / "project"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site", ".dossier-cache"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  - search\n" in text
    config.write_text(text.replace("\n  - search\n", "\n  - search\n  - offline\n"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", BUILDER, "build", "-q", "-f", "mkdocs.yml"], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_offline_build_opens_from_a_folder_with_search_and_graph(browser, offline_site: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    _requests(browser)
    browser.get((offline_site / "views" / "graph.html").as_uri())
    div = "document.querySelector('.dossier-graph')"
    wait.until(lambda d: d.execute_script(f"return {div}.dataset.graphState") in ("ready", "error"))
    assert browser.execute_script(f"return {div}.dataset.graphState") == "ready"
    assert browser.execute_script(f"return {div}._cy.nodes().length") > 10
    browser.get((offline_site / "index.html").as_uri())
    browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__inner").click()
    box = wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "input.md-search__input")))
    box.send_keys("Vladivostok")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".md-search-result__item"))
    hits = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".md-search-result__item")]
    assert any("Vladivostok" in h for h in hits)
    # Material's offline plugin would load its search shim from unpkg.com: the site ships it.
    folder = offline_site.as_uri()
    outside = [u for u in _requests(browser) if not u.startswith((f"{folder}/", "data:", "blob:"))]
    assert outside == []


@pytest.fixture(scope="module")
def named_notes_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeds' dossier with notes an analyst named as a script URL, with markup and as a query."""
    import subprocess
    import sys

    project = tmp_path_factory.mktemp("named-notes") / "project"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site", ".dossier-cache"))
    notes = project / "docs" / "notes"
    notes.mkdir(exist_ok=True)
    for name in NAMED_NOTES:
        (notes / name).write_text("It names Sergei Lavrov.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", BUILDER, "build", "-q", "-f", "mkdocs.yml"], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_QuietHandler, directory=str(project / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


NAMED_NOTES = ("javascript:alert(1).md", "<img src=x onerror=alert(2)>.md", "q?x=1#f.md")


@pytest.mark.parametrize("width", [1400, 390])
def test_a_click_on_a_note_named_as_a_script_url_opens_the_note(browser, named_notes_url: str, width: int) -> None:
    # The notes index linked "javascript:alert(1).md" by its name: a click ran alert(1).
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    with _phone(browser, width):
        for name in NAMED_NOTES:
            browser.get(f"{named_notes_url}/notes/")
            _wait_loaded(browser)
            browser.find_element(By.XPATH, f"//article//a[text()={_xpath_text(name.removesuffix('.md'))}]").click()
            _wait_loaded(browser)
            with pytest.raises(NoAlertPresentException):
                browser.switch_to.alert.text  # noqa: B018 - raises when no script opened a dialog
            assert browser.find_element(By.CSS_SELECTOR, "article").text.endswith("It names Sergei Lavrov.")


def _xpath_text(text: str) -> str:
    return "concat(" + ", '\"', ".join(f'"{part}"' for part in text.split('"')) + ", '')"


#: Scraped articles as an attacker writes them: markup, script URLs, attribute lists, Jinja and
#: Markdown in the headline, byline, outlet, url line, quotations, captions and file names.
HOSTILE_SEEDS = {
    "a.txt": "<script>alert('title')</script> Harbour Fire Kills Three {: onclick=alert(1) }\n\n"
    "By <img src=x onerror=alert('byline')> John Smith\nPublished by [Evil News](javascript:alert('outlet'))\n"
    "URL: javascript:alert('url')\nSeptember 3, 2015\n\n"
    "The fire in Vladivostok killed three workers, Ivan Petrov of <b onmouseover=alert(1)>Harbour Authority</b> said.\n\n"
    "\"The flames were <script>alert('quote')</script> seen across the bay by everyone,\" Ivan Petrov said.\n\n"
    "![x](javascript:alert('img')) Photo: [me](data:text/html,<script>alert(1)</script>) Reuters\n\n"
    '<div onclick="alert(\'div\')">A raw block.</div> {{ config }} {% raw %} <iframe src="https://evil.example/">\n',
    "<svg onload=alert(9)>.txt": "Second Fire At Pier <img src=x onerror=alert('t2')>\n\nBy Ann Lee\n"
    "September 6, 2015\n\nA second fire broke out in Vladivostok, Ivan Petrov said, naming <script>alert(3)</script> "
    'Harbour Authority.\n\n"Two fires in a week is no coincidence, {: onclick=alert(4) } we will not rest," '
    "Ivan Petrov said.\n\n[a](https://evil.example/x.png) <https://evil.example/> ![](https://evil.example/p.gif)\n",
}
HOSTILE_REGISTRY = (
    "entities:\n  - name: \"Harbour <script>alert('reg')</script> Authority\"\n    type: organization\n"
    '    aliases: [Harbour Authority]\n    description: "[x](javascript:alert(5)) <img src=x onerror=alert(6)>"\n'
    "    same_as: \"javascript:alert('same_as')\"\n  - name: index\n    type: other\n    aliases: [Vladivostok]\n"
)


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    from conftest import make_project, run_dossier

    seeds = tmp_path_factory.mktemp("hostile-seeds")
    for name, text in HOSTILE_SEEDS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    project = make_project(tmp_path_factory.mktemp("hostile-site") / "project", seeds)
    (project / "docs" / "entities.yml").write_text(HOSTILE_REGISTRY, encoding="utf-8")
    result = run_dossier(project)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_QuietHandler, directory=str(project / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", project / "site"
    server.shutdown()


SEARCH_META = "return document.querySelector('.md-search-result__meta').textContent"


@contextlib.contextmanager
def _dialogs_recorded(browser) -> Iterator[None]:
    """Record in window.__dialogs, on every page loaded in the block, each alert, confirm or prompt
    a script opens (they would otherwise block the page), then stop recording."""
    script = browser.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument",
        {"source": "window.__dialogs = []; for (const f of ['alert', 'confirm', 'prompt']) "
                   "window[f] = (m) => { window.__dialogs.push(f + ': ' + m); return null; };"},
    )  # fmt: skip
    try:
        yield
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})


def test_no_script_in_scraped_text_runs_and_no_page_requests_another_host(browser, hostile_url) -> None:
    """Every page of a dossier built from hostile articles, a pointer resting on its links to
    entities and sources (their previews) and a search for the payloads' words: no dialog opens, no
    request leaves the site, no element carries an event handler."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url, site = hostile_url
    pages = sorted(p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("*.html"))
    assert len(pages) > 20 and "publishers/evil-news/" in pages
    handlers = "return [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length"
    found: dict[str, object] = {}
    searched: dict[str, int] = {}
    _requests(browser)
    with _dialogs_recorded(browser):
        for page in pages:
            browser.get(f"{url}/{page}")
            _wait_loaded(browser)
            for link in browser.find_elements(
                By.CSS_SELECTOR, "article a[href*='entities/'], article a[href*='sources/']"
            )[:8]:
                with contextlib.suppress(Exception):  # a link off screen or hidden
                    ActionChains(browser).move_to_element(link).perform()
            if page == "views/graph/":
                WebDriverWait(browser, 20).until(lambda d: d.execute_script(GRAPH_STATE) in ("ready", "error"))
            problems = (browser.execute_script("return window.__dialogs"), browser.execute_script(handlers))
            if problems != ([], 0):
                found[page] = problems
        browser.get(f"{url}/")
        browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__inner").click()
        box = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, "input.md-search__input"))
        for word in ("alert", "onerror", "script", "javascript", "Harbour"):
            box.clear()
            box.send_keys(word)
            WebDriverWait(browser, 10).until(lambda d: "matching" in d.execute_script(SEARCH_META).lower())
            searched[word] = len(browser.find_elements(By.CSS_SELECTOR, ".md-search-result__item"))
            results = browser.find_element(By.CSS_SELECTOR, ".md-search-result")
            markup = results.find_elements(By.CSS_SELECTOR, "img, script, iframe, svg:not(.md-icon svg), [onclick]")
            if markup or browser.execute_script("return window.__dialogs"):
                found[f"search {word}"] = len(markup)
    assert found == {}
    assert searched["alert"] and searched["Harbour"]  # the payloads' words are in the pages, as text
    assert _off_site(_requests(browser), url) == []
