"""Every page stage 2 generates, from the index: what the plugin adds to the site, by path.

Entity pages and the entity and source indexes (`views`), the source-critical views (`reports`),
the publisher pages and coverage (`outletpages`) and the graph (`graph`). The plugin adds these as
generated files; a file of the same path in docs/ wins.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from .coverage import NO_OUTLET, measure_coverage, publisher_uri
from .downloads import FOLDER as DOWNLOADS
from .downloads import write_downloads
from .graph import graph_data, graph_json
from .index import DossierIndex
from .outletpages import coverage_page, publisher_index, publisher_page
from .publishers import PublisherTable
from .quotes import group_quotes
from .reports import TIMELINE_YEARS, citations_page, graph_page, quotes_page, timeline_pages
from .review import likely_entities
from .views import entity_index, entity_page, home_page, note_index, source_index

#: Folders whose pages the navigation leaves out: their index pages list them (the timeline's
#: year pages: the timeline's page).
LISTED_BY_INDEX = ("entities", "publishers", TIMELINE_YEARS)
GRAPH_PAGE = "views/graph.md"


def generate_pages(
    index: DossierIndex,
    sources_dir: str,
    table: PublisherTable,
    home: bool,
    directory_urls: bool = True,
    downloads: Path | None = None,
    notes_dir: str = "notes",
) -> dict[str, str | Path]:
    """Return the Markdown (and the graph's JSON) of every generated page, by path under docs/.

    With `downloads`, a folder, the downloads are written there and returned as their paths (see
    `dossier.downloads`), with the page that lists them."""
    likely = likely_entities(index)
    pages: dict[str, str | Path] = {index.entity_uri(n): entity_page(index, n, likely.get(n)) for n in index.entities}
    pages["entities/index.md"] = entity_index(index)
    pages[f"{sources_dir}/index.md"] = source_index(index, sources_dir)
    pages[f"{notes_dir}/index.md"] = note_index(index, notes_dir)
    if home:
        pages["index.md"] = home_page(index, sources_dir, notes_dir)
    coverage = measure_coverage(index, group_quotes(index.quotes), index.citations)
    pages["views/quotes.md"] = quotes_page(index, coverage)
    pages["views/citations.md"] = citations_page(index, coverage)
    pages["views/coverage.md"] = coverage_page(index, coverage, table)
    pages.update(timeline_pages(index, coverage))
    pages["publishers/index.md"] = publisher_index(coverage, table)
    for record in coverage.named():
        pages[publisher_uri(record)] = publisher_page(index, record, table)
    # The graph's data sits in the folder of the graph page's HTML; its links are relative to it.
    folder = posixpath.dirname(_html_path(GRAPH_PAGE, directory_urls))

    def url(uri: str) -> str:
        return _relative_site_url(uri, folder, directory_urls)

    entities = {
        name: (r.entity.type, url(index.entity_uri(name)), len(r.sources(index))) for name, r in index.entities.items()
    }
    # The sources with no outlet named are no outlet: drawn as one, they tied unrelated sites' names to a hub.
    per_page = (
        (None if outlet == NO_OUTLET else outlet, index.names_by_page.get(uri, ()))
        for uri, outlet in coverage.outlet_of.items()
    )
    outlet_urls = {r.name: url(publisher_uri(r)) for r in coverage.named()}
    data = graph_data(entities, per_page, outlet_urls=outlet_urls)
    if downloads is not None:
        files, pages[f"{DOWNLOADS}/index.md"] = write_downloads(index, coverage, data, downloads)
        pages.update(files)
    data_json = graph_json(data)
    pages[GRAPH_PAGE] = graph_page(index, data, "graph.json", data_json)
    pages[posixpath.join(folder, "graph.json")] = data_json
    return pages


def _html_path(uri: str, directory_urls: bool) -> str:
    """Return where MkDocs writes a page's HTML ("entities/x.md" -> "entities/x/index.html")."""
    stem = uri.removesuffix(".md")
    if not directory_urls or stem == "index" or stem.endswith("/index"):
        return f"{stem}.html"
    return f"{stem}/index.html"


def _relative_site_url(uri: str, from_folder: str, directory_urls: bool) -> str:
    """Return the URL of a page relative to a folder of the built site."""
    path = _html_path(uri, directory_urls)
    if directory_urls and path.endswith("index.html"):
        return posixpath.relpath(posixpath.dirname(path) or ".", from_folder or ".") + "/"
    return posixpath.relpath(path, from_folder or ".")
