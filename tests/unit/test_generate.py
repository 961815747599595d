"""The generated pages from a hand-made index: what the views say, and that nothing scraped becomes markup."""

from __future__ import annotations

import csv
import html
import io
import json
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import markdown
import pytest

from dossier.entities import Registry
from dossier.generate import generate_pages
from dossier.index import PageInput, build_index
from dossier.markup import escape_block
from dossier.publishers import default_publishers

EXTENSIONS = ["attr_list", "admonition", "pymdownx.details", "tables", "toc"]
EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def source(uri: str, publisher: str, date: str, *paragraphs: str, title: str = "A headline") -> PageInput:
    body = "\n\n".join(f"{escape_block(p)}\n{{: #L{n} }}" for n, p in enumerate(paragraphs, 1))
    entities = [{"name": "Vladimir Putin", "type": "person", "aliases": ["Putin"]}, {"name": "Syria", "type": "place"}]
    meta = {"title": title, "publisher": publisher, "date": date, "entities": entities, "citations": []}
    return PageInput(uri, meta, body, "source")


QUOTE = "We are already giving Syria quite serious help with equipment and training soldiers"
PAGES = [
    source(
        "sources/a.md", "Outlet A", "2015-09-05",
        f"“{QUOTE.replace('serious', 'substantial')},” Putin said on September 3, 2015.",
        "The New York Times reported that Russia sent housing units to Syria.",
    ),
    source("sources/b.md", "Outlet B", "2015-09-06", f"Putin said: “{QUOTE}, with our weapons.”"),
    source(
        "sources/c.md", EVIL, "2015-09-07", f"“{EVIL} is what we will never accept in Syria,” Putin said.",
        f"According to {EVIL}, talks resume on Sept. 9.", title=EVIL,
    ),
    PageInput("notes/mine.md", {"title": "My note", "outlet": "Outlet A", "reliability": "Often first, sometimes wrong."},
              "Putin is named here.", "note"),
    PageInput("notes/evil.md", {"title": EVIL}, "Syria, again.", "note"),
]  # fmt: skip


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    index = build_index(PAGES, Registry(), default_publishers())
    made = generate_pages(index, "sources", default_publishers(), True, downloads=tmp_path_factory.mktemp("downloads"))
    return {uri: v.read_text(encoding="utf-8") if isinstance(v, Path) else v for uri, v in made.items()}


def test_a_quote_in_two_outlets_is_one_group_with_its_speaker(pages: dict[str, str]) -> None:
    quotes = pages["views/quotes.md"]
    assert "**1** is carried by two or more sources" in quotes
    group = quotes.split("## 1.", 1)[1]
    assert "**Speaker:** [Vladimir Putin](../entities/vladimir-putin.md)" in group
    assert "(../sources/a.md#L1)" in group and "(../sources/b.md#L1)" in group
    assert "quite **substantial** help" in group  # A's changed word is marked against the longer wording


def test_citations_count_an_outlet_named_with_a_cue(pages: dict[str, str]) -> None:
    citations = pages["views/citations.md"]
    row = "| [Outlet A](../publishers/outlet-a.md) | The New York Times | 1 | [A headline](../sources/a.md#L2) | reported |"
    assert row in citations  # no entity page of it: its name alone


def test_a_cited_outlet_with_an_entity_page_links_it() -> None:
    # Where else the dossier names the outlet is on its entity page: the citations link it.
    text = "The New York Times reported that Russia sent housing units to Syria."
    nyt = {"name": "The New York Times", "type": "organization", "aliases": []}
    meta = {"title": "A headline", "publisher": "Outlet A", "entities": [nyt], "citations": []}
    index = build_index([PageInput("sources/a.md", meta, f"{text}\n{{: #L2 }}", "source")], Registry())
    citations = generate_pages(index, "sources", default_publishers(), False)["views/citations.md"]
    link = "[The New York Times](../entities/the-new-york-times.md)"
    assert f"| {link} | 1 | 1 | — |" in citations
    assert f"| [Outlet A](../publishers/outlet-a.md) | {link} | 1 |" in citations


def test_timeline_reads_explicit_and_yearless_days(pages: dict[str, str]) -> None:
    timeline = pages["views/timeline.md"]
    day3 = timeline.split("## 2015-09-03", 1)[1].split("## ", 1)[0]
    assert "Putin said on September 3, 2015." in day3 and "†" not in day3
    day9 = timeline.split("## 2015-09-09", 1)[1].split("## ", 1)[0]
    # The year taken from the source's date, marked, with the words it was read from.
    assert "talks resume on Sept. 9. — [" in day9 and "#L2) † “Sept. 9”" in day9
    assert "**Published:** 1 source: [Outlet A](../sources/a.md)" in timeline.split("## 2015-09-05", 1)[1]


def test_timeline_names_a_source_with_no_outlet_by_its_headline() -> None:
    # Two sources with no outlet on one day: "no outlet named" twice would not tell them apart.
    unnamed = [
        source(
            f"sources/{k}.md", "", "2015-09-05", f"Talks ended on September 4, 2015, said {k}.", title=f"Talks end {k}"
        )
        for k in ("x", "y")
    ]
    unnamed.append(source("sources/z.md", "", "2015-09-05", "Talks ended on September 4, 2015.", title=EVIL))
    unnamed.append(source("sources/w.md", "", "2015-09-05", "Talks ended on September 4, 2015.", title=""))
    index = build_index(unnamed, Registry(), default_publishers())
    timeline = generate_pages(index, "sources", default_publishers(), True)["views/timeline.md"]
    assert "[“Talks end x”](../sources/x.md), [“Talks end y”](../sources/y.md)" in timeline
    assert "[w.md](../sources/w.md)" in timeline  # no headline either: the file's name
    assert "— [“Talks end x” ¶](../sources/x.md#L1)" in timeline.split("## 2015-09-04", 1)[1]
    rendered = markdown.markdown(timeline, extensions=EXTENSIONS)
    assert "<script" not in rendered and "<img" not in rendered  # a scraped headline stays text


def test_publisher_page_lists_sources_and_the_analysts_note(pages: dict[str, str]) -> None:
    page = next(text for uri, text in pages.items() if uri == "publishers/outlet-a.md")
    assert "Often first, sometimes wrong." in page and "[My note](../notes/mine.md)" in page
    assert "[A headline](../sources/a.md)" in page
    assert "- The New York Times (1 source)" in page.split("## Cites", 1)[1]


def test_notes_index_lists_each_note_with_the_entities_it_names(pages: dict[str, str]) -> None:
    notes = pages["notes/index.md"]
    assert "| [My note](mine.md) | [Vladimir Putin](../entities/vladimir-putin.md) |" in notes
    assert "[Syria](../entities/syria.md)" in notes.split("evil.md", 1)[1]  # the title is the user's: escaped
    assert "- **2** [notes](notes/index.md)" in pages["index.md"]
    assert "[entities](entities/index.md), 1 person, 1 place\n" in pages["index.md"]  # not "1 people"


def test_notes_index_says_how_to_add_one_and_follows_the_folders() -> None:
    index = build_index(PAGES[:3], Registry(), default_publishers())
    pages = generate_pages(index, "articles", default_publishers(), home=True, notes_dir="jottings")
    assert "No notes yet. Write a Markdown file in `docs/jottings/`" in pages["jottings/index.md"]
    assert "- **0** [notes](jottings/index.md)" in pages["index.md"]
    assert "- **3** [sources](articles/index.md)" in pages["index.md"]
    assert "[A headline](../sources/a.md)" in pages["articles/index.md"]  # linked from where the index is


def test_graph_data_links_existing_pages(pages: dict[str, str]) -> None:
    data = json.loads(pages["views/graph/graph.json"])
    urls = {n["id"]: n["url"] for n in data["nodes"]}
    assert urls["e:Vladimir Putin"] == "../../entities/vladimir-putin/"
    assert urls["o:Outlet A"] == "../../publishers/outlet-a/"
    assert '<div class="dossier-graph" data-src="graph.json"></div>' in pages["views/graph.md"]
    # The same data inline, so that the graph draws from file:// too; it cannot close its script element.
    inline = pages["views/graph.md"].split('<script type="application/json" class="dossier-graph-data">', 1)[1]
    assert json.loads(inline.split("</script>", 1)[0]) == data


def test_graph_links_without_directory_urls() -> None:
    index = build_index(PAGES, Registry(), default_publishers())
    pages = generate_pages(index, "sources", default_publishers(), home=True, directory_urls=False)
    data = json.loads(pages["views/graph.json"])
    assert {n["url"] for n in data["nodes"] if n["id"] == "e:Vladimir Putin"} == {"../entities/vladimir-putin.html"}


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        data_block = tag == "script" and ("type", "application/json") in attrs  # the graph's data: never run
        if tag in ("script", "img", "iframe", "object", "embed", "style") and not data_block:
            self.bad.append(tag)
        self.bad += [key for key, _ in attrs if key.startswith("on")]


def test_nothing_scraped_becomes_markup_in_any_generated_page(pages: dict[str, str]) -> None:
    for uri, text in pages.items():
        if uri.endswith(".json"):
            assert not set("<>&") & set(text), uri
            continue
        if uri.endswith(".csv"):  # data, never rendered: but no cell may run as a spreadsheet formula
            cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
            assert not [c for c in cells if c.lstrip(" \u00a0")[:1] in ("=", "+", "-", "@")], uri
            continue
        if uri.endswith(".gexf"):  # XML: the scraped names come back as text, not as elements
            labels = [n.get("label") for n in ElementTree.fromstring(text).iter("{http://gexf.net/1.3}node")]
            assert EVIL in labels or not labels, uri
            continue
        scan = _Scan()
        scan.feed(markdown.markdown(text, extensions=EXTENSIONS))
        assert not scan.bad, (uri, scan.bad)
    assert html.escape(EVIL, quote=False) in markdown.markdown(pages["views/coverage.md"], extensions=EXTENSIONS)


def test_a_note_s_link_quoted_on_an_entity_page_still_reaches_its_page() -> None:
    # The sentence is the analyst's Markdown, written in notes/: on entities/ its relative link
    # would look for a page beside the entity page.
    putin = [{"name": "Vladimir Putin", "type": "person", "aliases": ["Putin"]}]
    note = PageInput(
        "notes/a.md", {"title": "A", "entities": putin}, "Putin was cited first, see [B](b.md#why).", "note"
    )
    other = PageInput("notes/b.md", {"title": "B"}, "Nothing here.", "note")
    index = build_index([note, other], Registry(), default_publishers())
    page = generate_pages(index, "sources", default_publishers(), True)["entities/vladimir-putin.md"]
    assert "see [B](../notes/b.md#why)." in page and "(b.md" not in page


def test_the_sources_that_name_no_outlet_are_not_offered_as_one_outlet() -> None:
    # Sources of several sites filed under "(no outlet named)": a note about that outlet, or what
    # "only this outlet" names, would read them as one outlet.
    index = build_index([source("sources/u.md", "", "2015-09-05", "Putin spoke in Syria."), *PAGES[:2]], Registry())
    pages = generate_pages(index, "sources", default_publishers(), False)
    page = pages["publishers/no-outlet-named.md"]
    assert page.startswith("# No outlet named") and "[A headline](../sources/u.md)" in page
    assert "outlet: (no outlet named)" not in page and "Only this outlet" not in page
    assert "## Notes about this outlet" in pages["publishers/outlet-a.md"]


def _outlet_page(pages: list[PageInput], slug: str) -> str:
    index = build_index(pages, Registry(), default_publishers())
    return generate_pages(index, "sources", default_publishers(), False)[f"publishers/{slug}.md"]


def test_an_outlet_of_one_source_lists_its_names_by_mentions_not_as_one_source_each() -> None:
    page = source("sources/a.md", "Outlet A", "2015-09-05", "Putin spoke.", "Putin left Syria.")
    page.meta["entities"].append({"name": "Russia", "type": "place", "reviewed": True})  # not in the text
    names = _outlet_page([page], "outlet-a").split("## Names most", 1)[1].split("## Only", 1)[0]
    assert "One source: the names it mentions most." in names and "(1 source)" not in names
    putin, syria, russia = (names.index(f"[{n}]") for n in ("Vladimir Putin", "Syria", "Russia"))
    assert putin < syria < russia
    assert "(2 mentions)" in names and "(1 mention)" in names and "Russia](../entities/russia.md) (named in" in names


def test_an_outlet_whose_sources_share_a_name_lists_names_by_sources() -> None:
    pages = [source(f"sources/{k}.md", "Outlet A", "2015-09-05", "Putin spoke.") for k in "ab"]
    names = _outlet_page(pages, "outlet-a").split("## Names most", 1)[1].split("## Only", 1)[0]
    assert "(2 sources)" in names and "mentions most" not in names
    apart = [source("sources/a.md", "Outlet A", "2015-09-05", "Putin spoke."),
             source("sources/b.md", "Outlet A", "2015-09-06", "Syria voted.")]  # fmt: skip
    for p, name in zip(apart, ("Vladimir Putin", "Syria"), strict=True):
        p.meta["entities"] = [e for e in p.meta["entities"] if e["name"] == name]
    names = _outlet_page(apart, "outlet-a").split("## Names most", 1)[1]
    assert names.startswith(
        " { data-search-exclude }\n\nNo name is in more than one of its sources: the names they mention most."
    )


def test_what_only_an_outlet_names_is_listed_by_mentions_when_each_is_in_one_of_its_sources() -> None:
    """ "Only this outlet names" of an outlet of one source read "(1 source)" on every line."""
    alone = source("sources/a.md", "Outlet A", "2015-09-05", "Putin spoke.", "Putin left Syria.")
    other = source("sources/z.md", "Outlet B", "2015-09-05", "Talks ended.")
    other.meta["entities"] = []
    only = _outlet_page([alone, other], "outlet-a").split("## Only this outlet names", 1)[1].split("##", 1)[0]
    assert "(1 source)" not in only
    assert only.index("[Vladimir Putin]") < only.index("[Syria]")  # by mentions, not by name
    assert "vladimir-putin.md) (2 mentions)" in only and "syria.md) (1 mention)" in only
    three = [source("sources/a.md", "Outlet A", "2015-09-05", "Putin spoke."),
             source("sources/b.md", "Outlet A", "2015-09-06", "Putin left."),
             source("sources/c.md", "Outlet A", "2015-09-07", "Syria voted. Syria again.")]  # fmt: skip
    for p, name in zip(three, ("Vladimir Putin", "Vladimir Putin", "Syria"), strict=True):
        p.meta["entities"] = [e for e in p.meta["entities"] if e["name"] == name]
    only = _outlet_page([*three, other], "outlet-a").split("## Only this outlet names", 1)[1].split("##", 1)[0]
    assert "vladimir-putin.md) (2 sources)" in only and "syria.md) (1 source)" in only  # counts that differ: by sources
