"""Drive the built site in headless Debian Chromium, as a reader would click through it."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

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
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_mention_link_to_entity_page_and_back(browser, site_url: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 15)
    browser.get(f"{site_url}/sources/004-5539549447207701/")
    mention = wait.until(ec.element_to_be_clickable((By.LINK_TEXT, "Sergei Lavrov")))
    mention.click()
    wait.until(ec.url_contains("/entities/sergei-lavrov/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Sergei Lavrov"
    browser.save_screenshot(str(tmp_path / "entity.png"))
    back = browser.find_element(By.CSS_SELECTOR, 'a[href*="sources/004-5539549447207701/#L"]')
    anchor = back.get_attribute("href").rsplit("#", 1)[1]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", back)
    back.click()
    wait.until(ec.url_contains(f"/sources/004-5539549447207701/#{anchor}"))
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
