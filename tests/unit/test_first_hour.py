"""The small things issue 15 found on a first read of a dossier, each on a hand-made index."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import json
import re
import tempfile
from pathlib import Path

import markdown

from dossier.coverage import measure_coverage
from dossier.entities import Registry
from dossier.generate import generate_pages
from dossier.index import PageInput, build_index
from dossier.ingest import slugify
from dossier.markup import escape_block, escape_inline
from dossier.originals import write_originals
from dossier.privacy import local_polyfills
from dossier.publishers import default_publishers
from dossier.quotes import group_quotes
from dossier.sourcepages import _paragraph
from dossier.timeline import find_dated_statements
from dossier.views import NEIGHBOURS_MARKER, neighbour_drawing

EXTENSIONS = ["attr_list", "admonition", "pymdownx.details", "tables", "toc"]


def source(uri: str, publisher: str | None, body: str, entities: list, title: str = "A headline", **meta) -> PageInput:
    text = "\n\n".join(f"{escape_block(p)}\n{{: #L{n} }}" for n, p in enumerate(body.split("\n"), 1))
    return PageInput(uri, {"title": title, "publisher": publisher, "entities": entities, **meta}, text, "source")


def person(name: str, *aliases: str) -> dict:
    return {"name": name, "type": "person", "aliases": list(aliases)}


def build(pages: list[PageInput]) -> dict[str, str]:
    """Generate the pages, the downloads read back as text."""
    index = build_index(pages, Registry(), default_publishers())
    with tempfile.TemporaryDirectory() as folder:
        made = generate_pages(index, "sources", default_publishers(), True, downloads=Path(folder))
        return {uri: v.read_text(encoding="utf-8") if isinstance(v, Path) else v for uri, v in made.items()}


def test_a_pipe_in_a_title_stays_in_its_table_cell() -> None:
    pages = build(
        [source("sources/a.md", "Outlet A", "Putin spoke.", [person("Vladimir Putin")], title="Left | Right")]
    )
    rendered = markdown.markdown(pages["sources/index.md"], extensions=EXTENSIONS)
    row = rendered.split("<tbody>", 1)[1].split("</tr>", 1)[0]
    assert row.count("<td>") == 5 and "Left | Right</a>" in html.unescape(row)
    assert "|" not in escape_inline("a|b") and html.unescape(markdown.markdown(escape_inline("a|b"))) == "<p>a|b</p>"


def test_non_latin_names_get_their_own_slugs() -> None:
    taken: set[str] = set()
    slugs = [slugify(n, taken) for n in ("Сергей Лавров", "北京", "Владимир Путин", "José Martí")]
    assert slugs == ["сергей-лавров", "北京", "владимир-путин", "jose-marti"]
    assert all("/" not in s and "." not in s for s in slugs)


def test_spellings_are_escaped_once_and_counts_have_their_plural() -> None:
    entities = [{"name": "AT&T", "type": "organization", "aliases": []}, person("Sergei Lavrov")]
    pages = build([
        source("sources/a.md", "Outlet A", "AT&T and Sergei Lavrov met.", entities),
        source("sources/b.md", "Outlet B", "Sergei Lavrov and AT&T met again.", entities),
    ])  # fmt: skip
    page = pages["entities/at-t.md"]
    spellings = markdown.markdown(page.split("**Spellings seen:**", 1)[1].split("\n", 1)[0])
    assert "AT&amp;T" in spellings and "&amp;amp;" not in spellings
    assert "(2 shared sources)" in page
    lone = build([source("sources/a.md", "A", "Sergei Lavrov met AT&T.", entities)])["entities/sergei-lavrov.md"]
    assert "(1 shared source)" in lone
    assert "**0** [notes](notes/index.md)" in pages["index.md"]  # a plural, and a link to the notes index


def test_a_spelling_with_a_comma_reads_as_one_spelling() -> None:
    place = {"name": "Brantwood, Esland", "type": "place", "aliases": ["Brantwood"]}
    page = build([source("sources/a.md", "Outlet A", "Ships left Brantwood, Esland at dawn.", [place])])
    line = next(line for line in page["entities/brantwood-esland.md"].splitlines() if "Spellings seen" in line)
    assert line == "**Spellings seen:** Brantwood · Brantwood, Esland"


def test_an_entity_only_in_front_matter_says_so_instead_of_mentions_0() -> None:
    # A note's entity is the analyst's own (reviewed): it keeps its page (issue 14: discovery's
    # proposals that no page's text mentions get none, see test_index.py).
    sources = [source("sources/a.md", "Outlet A", "Nothing named here.", [person("Riad Haddad")])]
    note = PageInput("notes/n.md", {"title": "A note", "entities": [person("Riad Haddad")]}, "Nothing here.", "note")
    pages = build([*sources, note])
    assert "**Mentions:** none in the text (named in the front matter of 1 source)" in pages["entities/riad-haddad.md"]


def test_only_here_counts_a_source_with_no_outlet_as_another_outlet() -> None:
    city = {"name": "Latakia", "type": "place", "aliases": []}
    pages = [
        source("sources/a.md", "Outlet A", "In Latakia, Sergei Lavrov spoke.", [city, person("Sergei Lavrov")]),
        source("sources/b.md", None, "Latakia again.", [city]),
    ]
    index = build_index(pages, Registry(), default_publishers())
    coverage = measure_coverage(index, group_quotes(index.quotes), index.citations)
    assert coverage.outlets["Outlet A"].only_here == ["Sergei Lavrov"]  # Latakia is in the other source too


def test_job_titles_are_not_suggested_as_aliases() -> None:
    lavrov = person("Sergei Lavrov", "Lavrov", "Russian Foreign Minister Sergei Lavrov")
    lavrov["reviewed"] = False
    page = build([source("sources/a.md", "A", "Russian Foreign Minister Sergei Lavrov said.", [lavrov])])
    snippet = page["entities/sergei-lavrov.md"].split("## Review it", 1)[1]  # indented code blocks
    assert "- Lavrov" in snippet and "Foreign Minister" not in snippet


def test_a_role_before_another_spelling_is_not_suggested_as_an_alias() -> None:
    reed = person("Ann Reed", "Reed", "Mayor Reed", "Deputy Mayor Reed", "A. Reed")
    reed["reviewed"] = False
    page = build([source("sources/a.md", "A", "Mayor Reed said. Ann Reed left. A. Reed spoke.", [reed])])
    snippet = page["entities/ann-reed.md"].split("## Review it", 1)[1]
    assert "- Reed\n" in snippet and "- A. Reed" in snippet and "Mayor" not in snippet


def test_lists_of_other_entities_are_kept_out_of_the_search_index() -> None:
    entities = [person("Sergei Lavrov"), person("John Kerry")]
    pages = [source("sources/a.md", "A", "Sergei Lavrov met John Kerry.", entities)]
    page = build(pages)["entities/john-kerry.md"]
    assert "## Appears most with { data-search-exclude }" in page and NEIGHBOURS_MARKER in page
    drawing = neighbour_drawing(build_index(pages, Registry(), default_publishers()), "John Kerry", True)
    assert drawing.startswith('<div class="dossier-neighbours" data-search-exclude><svg')
    assert 'href="../sergei-lavrov/"' in drawing  # the neighbour drawing links the neighbour's page
    assert 'href="sergei-lavrov.html"' in neighbour_drawing(build_index(pages, Registry()), "John Kerry", False)


def test_a_scraped_markdown_subheading_shows_without_its_hashes() -> None:
    rendered = markdown.markdown(_paragraph("##### Russia's role in the Syrian Civil War"))
    assert rendered == "<p><strong>Russia's role in the Syrian Civil War</strong></p>"
    assert "#" in markdown.markdown(_paragraph("#####"))  # nothing but hashes: shown as written


def test_a_readers_empty_table_cells_are_not_shown() -> None:
    rendered = markdown.markdown(_paragraph("|   | | Harbour lost 2-1 | Post a comment | | | | Transfers |  |"))
    assert rendered == "<p>Harbour lost 2-1 &#124; Post a comment &#124; Transfers</p>"
    assert markdown.markdown(_paragraph("| |")) == "<p>&#124; &#124;</p>"  # nothing but cells: as written
    # A bar the text escapes is its own, kept; the empty cell after it is not.
    assert markdown.markdown(_paragraph("| Home \\| News \\|  |")) == "<p>Home \\&#124; News \\&#124;</p>"
    assert markdown.markdown(_paragraph("| ends in a backslash \\")).endswith("backslash \\</p>")


def test_downloads_are_linked_from_the_home_page_and_read_back() -> None:
    entities = [person("Sergei Lavrov"), person("John Kerry")]
    pages = build([
        source("sources/a.md", "Outlet A", "=HYPERLINK(1) Sergei Lavrov met John Kerry.", entities),
        source("sources/b.md", "Outlet B", "John Kerry met Sergei Lavrov, according to Reuters.", entities),
    ])  # fmt: skip
    assert "[downloads](downloads/index.md)" in pages["index.md"]
    for name in ("sources", "entities", "mentions", "citations", "quotations", "graph-nodes", "graph-edges"):
        assert f'<a href="{name}.csv" download>' in pages["downloads/index.md"]
        rows = list(csv.DictReader(io.StringIO(pages[f"downloads/{name}.csv"])))
        records = json.loads(pages[f"downloads/{name}.json"])
        assert len(rows) == len(records) and all(r.keys() == j.keys() for r, j in zip(rows, records, strict=True))
    mentions = list(csv.DictReader(io.StringIO(pages["downloads/mentions.csv"])))
    assert {(m["entity"], m["page"]) for m in mentions} >= {
        ("Sergei Lavrov", "sources/a.md"),
        ("John Kerry", "sources/b.md"),
    }
    assert any(m["sentence"].startswith("'=HYPERLINK") for m in mentions)  # a formula is not run by a spreadsheet
    assert "Reuters" in pages["downloads/citations.csv"]
    assert "<gexf" in pages["downloads/graph.gexf"] and 'label="Sergei Lavrov"' in pages["downloads/graph.gexf"]


def test_the_original_file_is_shown_escaped_only_when_its_hash_matches(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    raw = b"Headline <script>alert(1)</script>\n\nBody & more\n"
    (seeds / "a.txt").write_bytes(raw)
    digest = hashlib.sha256(raw).hexdigest()
    good = source("sources/a.md", "A", "Body.", [], source_file="seeds/a.txt", sha256=digest)
    stale = source("sources/b.md", "A", "Body.", [], source_file="seeds/a.txt", sha256="0" * 64)
    escape = source("sources/c.md", "A", "Body.", [], source_file="../outside.txt", sha256=digest)
    (tmp_path.parent / "outside.txt").write_bytes(raw)
    pages = {p.src_uri: p for p in (good, stale, escape)}
    out = write_originals(pages, tmp_path, True, tmp_path / "out")
    assert list(out) == ["sources/a.original.html"]
    page = out["sources/a.original.html"].read_text(encoding="utf-8")
    assert '<li id="L1">Headline &lt;script&gt;alert(1)&lt;/script&gt;</li>' in page
    assert '<li id="L3">Body &amp; more</li>' in page and "<script>" not in page
    assert '<a href="a/">Back to the cleaned page</a>' in page
    assert "<link rel" not in page  # no icon given, none linked


def test_the_original_file_s_page_links_the_site_s_icon_so_no_browser_asks_for_favicon_ico(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Headline\n")
    digest = hashlib.sha256(b"Headline\n").hexdigest()
    pages = {"sources/a.md": source("sources/a.md", "A", "Body.", [], source_file="a.txt", sha256=digest)}
    icons = {}
    for favicon in ("assets/images/favicon.png", "https://icons.example/i.png", "/abs.png", None):
        out = write_originals(pages, tmp_path, True, tmp_path / str(len(icons)), favicon)
        page = out["sources/a.original.html"].read_text(encoding="utf-8")
        icons[favicon] = re.findall(r'<link rel="icon" href="([^"]*)">', page)
    assert icons == {"assets/images/favicon.png": ["../assets/images/favicon.png"], "https://icons.example/i.png": [],
                     "/abs.png": [], None: []}  # fmt: skip


def test_months_and_relative_days_on_the_timeline() -> None:
    published = dt.date(2015, 9, 5)  # a Saturday
    text = "Lavrov confirmed last Thursday that ships sailed. In May 2015, Obama warned. They meet next Monday."
    found = find_dated_statements("p.md", f"{text}\n{{: #L7 }}", published)
    assert [(s.date, s.month_only, s.how, s.words) for s in found] == [
        (dt.date(2015, 9, 3), False, "resolved", "last Thursday"),
        (dt.date(2015, 5, 1), True, "written", ""),
    ]
    assert all(s.anchor == "L7" for s in found)
    assert find_dated_statements("p.md", "Lavrov spoke on Friday.", None) == []  # no date to count from


def test_the_timeline_puts_a_month_before_its_days_and_marks_resolved_days() -> None:
    pages = build([
        source("sources/a.md", "Outlet A", "Lavrov spoke yesterday.\nIn September 2015 ships sailed.", [],
               date="2015-09-05"),
    ])  # fmt: skip
    timeline = pages["views/timeline.md"]
    month, day4, day5 = (timeline.index(h) for h in ("## September 2015 (the month)", "## 2015-09-04", "## 2015-09-05"))
    assert month < day4 < day5
    assert "Lavrov spoke yesterday. — [Outlet A ¶](../sources/a.md#L1) ‡ “yesterday”" in timeline


def test_a_weekday_ahead_of_the_writing_is_not_counted_back() -> None:
    published = dt.date(2008, 1, 9)  # a Wednesday
    text = (
        "The squad is set to leave Sydney on Wednesday for a game starting on Thursday. "
        "He will resign. The vote was on Monday. They lost last Sunday and will play on Friday."
    )
    found = find_dated_statements("p.md", f"{text}\n{{: #L2 }}", published)
    assert [(s.date, s.words) for s in found] == [
        (dt.date(2008, 1, 7), "on Monday"),
        (dt.date(2008, 1, 6), "last Sunday"),
    ]


def test_the_offline_shim_is_loaded_from_the_site() -> None:
    shim = "assets/dossier/iframe-worker-shim.js"
    assert local_polyfills(["https://unpkg.com/iframe-worker/shim", "x.js"], shim) == [shim, "x.js"]
    assert local_polyfills(None, shim) == [shim]


def test_dates_in_tables_are_kept_on_one_line() -> None:
    body = "Putin spoke in Sochi."
    pages = build(
        [
            source("sources/a.md", "Outlet A", body, [person("Vladimir Putin")], date="2015-09-05"),
            source("sources/b.md", "Outlet A", body, [person("Vladimir Putin")], date="2015-09-07"),
        ]
    )
    one_line = '<span class="dossier-date">2015-09-05</span>'
    for uri in ("sources/index.md", "views/coverage.md", "publishers/index.md"):
        rendered = markdown.markdown(pages[uri], extensions=EXTENSIONS)
        cells = rendered.split("<tbody>", 1)[1]
        assert one_line in cells, uri  # a phone's narrow column broke "2015-09-05" at its hyphens
    [outlet] = [uri for uri in pages if uri.startswith("publishers/") and not uri.endswith("index.md")]
    assert one_line in pages[outlet]
    css = (Path(__file__).parents[2] / "dossier/assets/dossier.css").read_text(encoding="utf-8")
    assert ".md-typeset .dossier-date { white-space: nowrap; }" in css


def test_the_review_entries_pasted_below_their_keys_of_the_shipped_registry_are_read(tmp_path: Path) -> None:
    # A new dossier copies docs/entities.yml; an entity page says to copy its entry under
    # `entities:` and its spellings under `ignore:`. With `entities: []` that paste was a YAML error;
    # with the `ignore:` key in the snippet, a second page's spellings pasted below the key left it
    # twice, and YAML kept only the last list (the first page's spellings were proposed again).
    from dossier.registry import load_registry

    text = "Ann Vale spoke. Read More. Next Story."
    entities = [person("Ann Vale", "Anne Vale"), person("Read More"), person("Next Story")]
    pages = generate_pages(
        build_index([PageInput("sources/a.md", {"title": "a", "entities": entities}, text, "source")], Registry()),
        "sources", default_publishers(), False,
    )  # fmt: skip

    def snippet(uri: str, action: str) -> list[str]:
        after = pages[uri].split(f"**{action} it**", 1)[1]
        block = re.search(r"\n\n((?:    .*\n)+)", after)[1]
        return [line[4:] + "\n" for line in block.splitlines()]

    shipped = (Path(__file__).parents[2] / "docs" / "entities.yml").read_text(encoding="utf-8")
    lines = shipped.splitlines(keepends=True)
    for key, uri, action in (
        ("entities:", "entities/ann-vale.md", "Accept"),
        ("ignore:", "entities/read-more.md", "Ignore"),
        ("ignore:", "entities/next-story.md", "Ignore"),
    ):
        at = next(i for i, line in enumerate(lines) if line.startswith(key)) + 1
        lines[at:at] = snippet(uri, action)
    registry_file = tmp_path / "entities.yml"
    registry_file.write_text("".join(lines), encoding="utf-8")
    registry = load_registry(registry_file)
    assert registry.entities["Ann Vale"].aliases == ("Anne Vale",)
    assert {"Read More", "Next Story"} <= registry.ignore
    assert registry.warnings == []


def test_an_original_s_link_back_to_a_page_named_as_a_url_is_a_path() -> None:
    # A source page the user named "javascript:alert(1).md" got "<a href="javascript:alert(1)/">".
    from dossier.originals import back_url

    assert back_url("sources/javascript:alert(1).md", True) == "javascript%3Aalert%281%29/"
    assert back_url("sources/q?x=1#f.md", False) == "q%3Fx%3D1%23f.html"
    assert back_url("sources/004_abc.md", True) == "004_abc/"


def test_a_key_written_twice_in_the_registry_is_named(tmp_path: Path) -> None:
    # YAML keeps the last `ignore:` list: the first is dropped without a word unless it is named.
    from dossier.registry import load_registry

    registry_file = tmp_path / "entities.yml"
    registry_file.write_text("entities:\nignore:\n- Read More\nignore:\n- Next Story\n", encoding="utf-8")
    registry = load_registry(registry_file)
    assert registry.ignore == {"Next Story"}
    assert registry.warnings == [
        f"{registry_file}: line 2: 'ignore' is written again at line 4: only the last is read; "
        "put what each holds under one"
    ]
    registry_file.write_text("entities:\n- name: Ann Vale\n  type: person\nignore:\n- Read More\n", encoding="utf-8")
    assert load_registry(registry_file).warnings == []
