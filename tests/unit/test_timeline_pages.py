"""The timeline's pages: one page, or, with more days than one page holds, an index and a page a year."""

from __future__ import annotations

import datetime
import posixpath
import re

import markdown
from mkdocs.structure.files import File, InclusionLevel

from dossier.coverage import measure_coverage
from dossier.entities import Registry
from dossier.generate import generate_pages
from dossier.index import DossierIndex, PageInput, build_index
from dossier.markup import escape_block
from dossier.plugin import leave_out_of_nav
from dossier.publishers import default_publishers
from dossier.quotes import group_quotes
from dossier.reports import TIMELINE_HEADINGS_PER_PAGE, timeline_pages

_LINK = re.compile(r"\]\(([^)#]+)(#[^)]*)?\)")


def _source(uri: str, date: str, *paragraphs: str) -> PageInput:
    body = "\n\n".join(f"{escape_block(p)}\n{{: #L{n} }}" for n, p in enumerate(paragraphs, 1))
    meta = {"title": "A headline", "publisher": "Outlet A", "date": date, "entities": [], "citations": []}
    return PageInput(uri, meta, body, "source")


def _index(*pages: PageInput) -> DossierIndex:
    return build_index(list(pages), Registry(), default_publishers())


def _pages(index: DossierIndex, per_page: int) -> dict[str, str]:
    return timeline_pages(index, measure_coverage(index, group_quotes(index.quotes), index.citations), per_page)


# Six headings: May 2014 (the month), 2014-05-04, 2014-12-30, 2015-01-01 ("yesterday" in a.md),
# 2015-01-02 (a day b.md names and the day a.md was published), 2015-01-03 (b.md published).
TWO_YEARS = (
    _source(
        "sources/a.md", "2015-01-02",
        "The talks began in May 2014 and stalled on May 4, 2014.",
        "The envoy left on December 30, 2014, and the mayor resigned yesterday.",
    ),
    _source("sources/b.md", "2015-01-03", "The mayor resigned on January 2, 2015, aides said."),
)  # fmt: skip


def _sections(page: str) -> dict[str, str]:
    """A page's day and month sections by heading, the links of each made site-absolute."""
    return dict(re.findall(r"^## (.+)\n\n((?:(?!## ).*\n)*)", page, re.M))


def _absolute(section: str, uri: str) -> str:
    folder = posixpath.dirname(uri)
    return _LINK.sub(lambda m: f"]({posixpath.normpath(posixpath.join(folder, m[1]))}{m[2] or ''})", section)


def test_a_timeline_within_the_limit_is_one_page() -> None:
    pages = _pages(_index(*TWO_YEARS), 6)
    assert list(pages) == ["views/timeline.md"]
    assert pages["views/timeline.md"].count("\n## ") == 6
    assert "(../sources/a.md#L1)" in pages["views/timeline.md"]


def test_a_timeline_over_the_limit_is_an_index_and_a_page_a_year() -> None:
    index = _index(*TWO_YEARS)
    one, split = _pages(index, 6)["views/timeline.md"], _pages(index, 5)
    assert list(split) == ["views/timeline.md", "views/timeline/2014.md", "views/timeline/2015.md"]
    front = split["views/timeline.md"]
    assert "\n## " not in front  # the index carries no day: its headings cost nothing
    assert "| [2014](timeline/2014.md) | 2 | 1 | 3 | 0 |" in front  # days, months, statements, published
    assert "| [2015](timeline/2015.md) | 3 | 0 | 2 | 2 |" in front
    assert list(_sections(split["views/timeline/2014.md"])) == ["May 2014 (the month)", "2014-05-04", "2014-12-30"]
    assert list(_sections(split["views/timeline/2015.md"])) == ["2015-01-01", "2015-01-02", "2015-01-03"]
    # Each day says on its year's page what it said on the one page, its links to the same places.
    sections = {h: _absolute(s, "views/timeline.md") for h, s in _sections(one).items()}
    for uri in ("views/timeline/2014.md", "views/timeline/2015.md"):
        for heading, section in _sections(split[uri]).items():
            assert _absolute(section, uri).strip() == sections[heading].strip()
    assert "sources/a.md#L2" in sections["2014-12-30"] and "sources/b.md" in sections["2015-01-03"]


def test_a_year_page_links_to_the_years_around_it_and_to_the_index() -> None:
    split = _pages(_index(*TWO_YEARS), 5)
    first, last = split["views/timeline/2014.md"], split["views/timeline/2015.md"]
    assert "[All years](../timeline.md) · [2015](2015.md) →" in first and "←" not in first
    assert "← [2014](2014.md) · [All years](../timeline.md)\n" in last and "→" not in last
    assert first.startswith("# Timeline: 2014\n")


def test_every_link_of_the_split_timeline_lands_on_a_page_of_the_site() -> None:
    index = _index(*TWO_YEARS)
    split = _pages(index, 5)
    known = set(index.pages) | set(split)
    for uri, page in split.items():
        for m in _LINK.finditer(page):
            assert posixpath.normpath(posixpath.join(posixpath.dirname(uri), m[1])) in known, (uri, m[0])
        html = markdown.markdown(page, extensions=["attr_list", "tables", "toc"])
        assert 'id="2015-01-02"' in html or uri != "views/timeline/2015.md"  # the anchor a day had on one page


def test_no_page_of_a_long_timeline_holds_more_headings_than_the_limit() -> None:
    # Three years of days: over the limit on one page, and a year at most 366 days and 12 months.
    days = (datetime.date(1990, 1, 1) + datetime.timedelta(days=i) for i in range(3 * 365))
    paragraphs = [f"The council met on {day.isoformat()}." for day in days]
    pages = generate_pages(
        _index(_source("sources/a.md", "1992-06-01", *paragraphs)), "sources", default_publishers(), True
    )
    timeline = {uri: page for uri, page in pages.items() if uri.startswith("views/timeline")}
    assert list(timeline) == ["views/timeline.md", *(f"views/timeline/{y}.md" for y in (1990, 1991, 1992))]
    assert all(page.count("\n## ") <= TIMELINE_HEADINGS_PER_PAGE for page in timeline.values())
    assert sum(page.count("\n## ") for page in timeline.values()) > TIMELINE_HEADINGS_PER_PAGE


def test_the_year_pages_are_left_out_of_the_navigation_and_the_index_is_in_it() -> None:
    uris = ["index.md", "views/timeline.md", "views/timeline/2014.md", "views/quotes.md", "sources/a.md"]
    files = [File(uri, src_dir="/docs", dest_dir="/site", use_directory_urls=True) for uri in uris]
    leave_out_of_nav(files, "sources", "notes")
    in_nav = {f.src_uri: f.inclusion != InclusionLevel.NOT_IN_NAV for f in files}
    assert in_nav == {
        "index.md": True, "views/timeline.md": True, "views/timeline/2014.md": False, "views/quotes.md": True,
        "sources/a.md": False,
    }  # fmt: skip
