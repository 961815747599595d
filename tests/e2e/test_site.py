"""End-to-end: build a real site from the seeds in a temp folder and read its HTML."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import BUILDER, make_project, mkdocs_build, run_dossier

LAVROV_SEEDS = {"000_29186c0ec3ab31ab.txt", "001_957708b0ed5f5d88.txt", "004_5539549447207701.txt"}


def _html(project: Path, page: str) -> str:
    return (project / "site" / page / "index.html").read_text(encoding="utf-8")


def _primary_nav(html: str) -> str:
    return html.split('class="md-nav md-nav--primary"', 1)[1].split('class="md-sidebar md-sidebar--secondary"', 1)[0]


def test_a_page_per_source_with_metadata_text_and_audit(built_site: Path) -> None:
    html = _html(built_site, "sources/000_29186c0ec3ab31ab")
    assert "Putin Confirms Russian Military Involvement in Syria" in html
    assert "Israel365 News" in html and "2015-09-05" in html
    assert "and a social media and a shipping blog reported photos" in html  # body text kept
    assert 'id="L9"' in html  # paragraphs anchored by their line in the seed
    assert "Removed lines (12)" in html and "Donation Total: $100.00" in html
    assert "<details" in html  # the audit is collapsed
    body = html.split('id="L7"', 1)[1].split("Removed lines", 1)[0]
    assert "Donation Total" not in body and "Share this article" not in body


def test_lavrov_entity_page_links_the_three_seeds_that_name_him(built_site: Path) -> None:
    html = _html(built_site, "entities/sergei-lavrov")
    linked = set(re.findall(r'href="\.\./\.\./sources/([\w-]+)/#L\d+"', html))
    assert linked == {"000_29186c0ec3ab31ab", "001_957708b0ed5f5d88", "004_5539549447207701"}
    assert "Sergey Lavrov" in html  # the variant spelling resolved to the same person
    for seed in LAVROV_SEEDS:
        source = _html(built_site, f"sources/{seed[:-4]}")
        assert 'href="../../entities/sergei-lavrov/"' in source


def test_home_page_says_what_the_dossier_holds(built_site: Path) -> None:
    html = _html(built_site, ".")
    text = re.sub(r"<[^>]+>", "", html)
    assert re.search(r"5\s+sources from\s+4\s+named outlets", text)
    assert "2015-09-04 to 2015-09-05" in text
    assert "Vladimir Putin" in text and "Most mentioned" in text


def test_indexes_and_sectioned_navigation(built_site: Path) -> None:
    entities = _html(built_site, "entities")
    assert 'id="people"' in entities and 'id="places"' in entities
    assert 'href="sergei-lavrov/"' in entities
    sources = _html(built_site, "sources")
    assert len(set(re.findall(r'href="(\d{3}_\w+/)"', sources))) == 5
    nav = _primary_nav(_html(built_site, "sources/000_29186c0ec3ab31ab"))
    assert "sergei-lavrov" not in nav and "004_5539549447207701" not in nav  # the nav holds sections only
    assert "Entities" in nav and "Sources" in nav
    assert (built_site / "site" / "search" / "search_index.json").exists()


def test_stage1_is_byte_identical_on_a_second_run_and_keeps_seeds(built_site: Path) -> None:
    before = {p.name: p.read_bytes() for p in (built_site / "docs" / "sources").glob("*.md")}
    seeds = {p.name: p.read_bytes() for p in (built_site / "seeds").iterdir()}
    result = run_dossier(built_site, "ingest")
    assert result.returncode == 0, result.stderr
    after = {p.name: p.read_bytes() for p in (built_site / "docs" / "sources").glob("*.md")}
    assert before == after and len(after) == 5
    assert seeds == {p.name: p.read_bytes() for p in (built_site / "seeds").iterdir()}


def test_a_note_is_linked_and_listed_after_plain_mkdocs_build(tmp_path: Path, built_site: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site"))
    note = project / "docs" / "notes" / "lavrov-call.md"
    note.parent.mkdir(exist_ok=True)
    note.write_text("# Who called whom\n\nKerry's call with Sergei Lavrov came before the airlift.\n", encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    entity = _html(project, "entities/sergei-lavrov")
    assert 'href="../../notes/lavrov-call/"' in entity
    note_html = _html(project, "notes/lavrov-call")
    assert 'href="../../entities/sergei-lavrov/"' in note_html
    assert "Who called whom" in _primary_nav(_html(project, "."))  # the note is in the navigation
    listed = _html(project, "notes")  # and on the notes index, with the entities it names
    assert 'href="lavrov-call/"' in listed and 'href="../entities/sergei-lavrov/"' in listed
    assert 'href="notes/"' in _html(project, ".")  # which the home page's count of notes links


def test_hand_written_source_page_is_kept_and_reported(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    mine = project / "docs" / "sources" / "000_29186c0ec3ab31ab.md"
    mine.parent.mkdir(parents=True)
    mine.write_text("# My own notes on this source\n", encoding="utf-8")
    result = run_dossier(project, "ingest")
    assert result.returncode == 1
    assert "000_29186c0ec3ab31ab.md: not written" in result.stderr
    assert mine.read_text(encoding="utf-8") == "# My own notes on this source\n"


def test_entity_pages_stay_small_and_out_of_the_search_index_duplicates(built_site: Path) -> None:
    import json

    russia = _html(built_site, "entities/russia")
    counted = re.findall(r"… and <a href=\"\.\./\.\./sources/[\w-]+/\">(\d+) more in this source</a>", russia)
    assert counted, "a source naming Russia more than three times shows three sentences and a count"
    index = json.loads((built_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    entity_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("entities/sergei-lavrov/"))
    source_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("sources/001_"))
    assert "ratchet up tensions" in source_text and "ratchet up tensions" not in entity_text
    assert "Sergei Lavrov" in entity_text  # the page itself is still found by name


def test_a_source_pages_removed_lines_are_shown_but_not_searched(built_site: Path) -> None:
    import json

    # Line 5 of the first seed, "2 min read", is chrome cleaning removed: the audit shows it, and a
    # search for its words does not list the source for it.
    page = _html(built_site, "sources/000_29186c0ec3ab31ab")
    assert "Removed lines (" in page and "2 min read" in page
    index = json.loads((built_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    source_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("sources/000_"))
    assert "Putin" in source_text  # the article is searched
    assert "2 min read" not in source_text and "Removed lines" not in source_text


def _resolves(site: Path, page: Path, href: str) -> bool:
    target = (page.parent / href.split("#", 1)[0]).resolve()
    return (target / "index.html").is_file() if href.split("#", 1)[0].endswith("/") else target.is_file()


def test_every_link_of_the_views_and_publisher_pages_leads_to_a_page(built_site: Path) -> None:
    site = built_site / "site"
    pages = [*(site / "views").rglob("index.html"), *(site / "publishers").rglob("index.html")]
    assert {p.name for p in (site / "views").iterdir()} >= {"quotes", "citations", "coverage", "timeline", "graph"}
    assert len(list((site / "publishers").iterdir())) == 6  # the index and one page per outlet (4 named + none)
    checked = 0
    for page in pages:
        for href in re.findall(r'href="([^"#:?]+/(?:#[^"]*)?)"', page.read_text(encoding="utf-8")):
            assert _resolves(site, page, href), (page, href)
            checked += 1
    assert checked > 100


def test_the_views_on_the_seeds(built_site: Path) -> None:
    quotes = re.sub(r"<[^>]+>", "", _html(built_site, "views/quotes"))
    assert "To say we’re ready to do this today" in quotes and "Speaker: Vladimir Putin" in quotes
    assert "Sources: 3" in quotes  # carried by Israel365 News, The People's Voice and IBTimes
    citations = _html(built_site, "views/citations")
    # The cited outlet links its entity page.
    row = re.search(
        r'<td><a [^>]*>Israel365 News</a></td>\s*<td><a href="../../entities/ria-novosti/">RIA Novosti</a></td>',
        citations,
    )
    assert row, "Israel365 News cites RIA Novosti (“said to the state-owned RIA Novosti news agency”)"
    graph = json.loads((built_site / "site" / "views" / "graph" / "graph.json").read_text(encoding="utf-8"))
    for node in graph["nodes"]:
        if node["url"]:
            assert (built_site / "site" / "views" / "graph" / node["url"] / "index.html").is_file(), node
    assert {"e:Vladimir Putin", "o:Israel365 News"} <= {n["id"] for n in graph["nodes"]}


def _with_export(project: Path, export: Path) -> None:
    """Turn the project's `dossier` plugin entry into one with `export_dir: export`."""
    config = project / "mkdocs.yml"
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["plugins"] = [{"dossier": {"export_dir": str(export)}} if p == "dossier" else p for p in data["plugins"]]
    config.write_text(yaml.safe_dump(data), encoding="utf-8")


def test_export_dir_holds_every_page_as_rendered(tmp_path: Path, built_site: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site"))
    _with_export(project, Path("exported"))  # relative to mkdocs.yml, not to where MkDocs runs
    result = subprocess.run(
        [sys.executable, "-m", BUILDER, "build", "-f", str(project / "mkdocs.yml")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    export = project / "exported"
    assert not (tmp_path / "exported").exists()
    site_pages = {p.parent.relative_to(project / "site").as_posix() for p in (project / "site").rglob("index.html")}
    exported = {p.relative_to(export).as_posix() for p in export.rglob("*.md")}
    # Every page of the site but the search page's own is exported, at its docs path.
    assert {uri.removesuffix("index.md").removesuffix(".md").rstrip("/") or "." for uri in exported} >= site_pages - {
        "search"
    }
    page = (export / "sources" / "000_29186c0ec3ab31ab.md").read_text(encoding="utf-8")
    assert page.startswith("# Putin Confirms Russian Military Involvement in Syria")
    assert "](../entities/sergei-lavrov.md" in page  # mentions linked, as the site shows them
    assert "Removed lines (12)" in page and "| Publisher | Israel365 News |" in page
    assert "| URL |" in page  # the abbreviation in capitals, not "Url"
    assert "generator: dossier" not in page  # the front matter is the plugin's input, not its output


def test_an_export_dir_that_cannot_be_written_fails_the_build_naming_it(tmp_path: Path, built_site: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site"))
    blocker = tmp_path / "export"
    blocker.write_text("a file where the export folder would go", encoding="utf-8")
    _with_export(project, blocker)
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert f"dossier: export_dir {blocker}:" in result.stderr
    assert blocker.read_text(encoding="utf-8") == "a file where the export folder would go"


def test_a_source_page_edited_after_stage_1_is_read_as_edited(tmp_path: Path, built_site: Path) -> None:
    # Stage 1's front-matter index holds the page as it wrote it; an edited page is read itself.
    project = tmp_path / "p"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site"))
    assert (project / "docs" / "sources" / ".dossier-front-matter.json").is_file()
    page = project / "docs" / "sources" / "000_29186c0ec3ab31ab.md"
    text = page.read_text(encoding="utf-8")
    assert "\ntitle: Putin Confirms Russian Military Involvement in Syria\n" in text
    page.write_text(text.replace("\ntitle: Putin Confirms", "\ntitle: Edited, Putin Confirms", 1), encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    html = _html(project, "sources/000_29186c0ec3ab31ab")
    assert "Edited, Putin Confirms Russian Military Involvement in Syria" in html
    assert "Edited, Putin Confirms" in _html(project, "sources")  # the index of sources too


def test_searching_a_name_finds_its_page_and_the_sources_that_name_it_not_every_list(built_site: Path) -> None:
    import json

    docs = json.loads((built_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    pages = {d["location"].split("#")[0] for d in docs if "Sergei Lavrov" in d["text"] + d["title"]}
    sources = {p for p in pages if p.startswith("sources/")}
    assert "entities/sergei-lavrov/" in pages and len(sources) >= 2
    # Lists of names on other entities', outlets' and views' pages are out of the index, and so is
    # the home page's table of the most mentioned (its text around the table stays searchable).
    assert pages - sources <= {"entities/", "entities/sergei-lavrov/"}, pages
    home = " ".join(d["text"] for d in docs if d["location"].split("#")[0] == "")
    assert "cross-linked" in home and "Bashar al-Assad" not in home


def test_each_source_page_links_its_original_file_as_escaped_text(built_site: Path) -> None:
    site = built_site / "site" / "sources"
    page = (site / "004_5539549447207701" / "index.html").read_text(encoding="utf-8")
    assert 'href="../004_5539549447207701.original.html"' in page
    original = (site / "004_5539549447207701.original.html").read_text(encoding="utf-8")
    seed = (built_site / "seeds" / "004_5539549447207701.txt").read_text(encoding="utf-8").splitlines()
    assert original.count("<li id=") == len(seed)
    assert f'<li id="L18">{html.escape(seed[17])}</li>' in original


def test_a_values_line_and_each_removed_line_link_that_line_of_the_original(built_site: Path) -> None:
    """The provenance ("line 51") and the audit's line numbers lead to the line in the original file's
    page, so a reader checks where a value or a removed line sat with one click."""
    page = " ".join(_html(built_site, "sources/000_29186c0ec3ab31ab").split())
    original = "../000_29186c0ec3ab31ab.original.html"
    publisher = re.search(r"<td>Publisher</td> <td>Israel365 News</td> <td><a href=\"([^\"]+)\">line (\d+)</a>", page)
    assert publisher and publisher[1] == f"{original}#L{publisher[2]}", page[:3000]
    removed = re.search(r'<td><a href="([^"]+)">(\d+)</a></td> <td>Donation Total: \$100\.00</td>', page)
    assert removed and removed[1] == f"{original}#L{removed[2]}"
    seed = (built_site / "seeds" / "000_29186c0ec3ab31ab.txt").read_text(encoding="utf-8").splitlines()
    assert seed[int(removed[2]) - 1] == "Donation Total: $100.00" and "Israel365 News" in seed[int(publisher[2]) - 1]
    shown = " ".join((built_site / "site" / "sources" / "000_29186c0ec3ab31ab.original.html").read_text().split())
    assert f'id="L{removed[2]}">Donation Total: $100.00' in shown


def test_every_entity_page_draws_its_neighbours_linking_existing_pages(built_site: Path) -> None:
    import re

    site = built_site / "site" / "entities"
    page = (site / "sergei-lavrov" / "index.html").read_text(encoding="utf-8")
    svg = page.split('<div class="dossier-neighbours"', 1)[1].split("</svg>", 1)[0]
    links = re.findall(r'<a href="\.\./([^"/]+)/">', svg)
    assert len(links) >= 5 and all((site / slug / "index.html").exists() for slug in links)


def test_a_phone_gets_a_neighbour_drawing_of_its_width_and_a_one_source_outlet_its_names_by_mentions(
    built_site: Path,
) -> None:
    """The desktop drawing (600 units wide) shrunk to a phone's 360 px column had 6.6 px names: the
    page carries a second drawing, 360 units wide, which the stylesheet shows below 40em with 13 px
    names. A publisher of one source lists its names by mentions, not each "(1 source)"."""
    page = _html(built_site, "entities/sergei-lavrov")
    narrow = page.split('<svg class="dossier-neighbours-narrow" viewBox="0 0 360 ', 1)[1].split("</svg>", 1)[0]
    assert len(re.findall(r'<a href="\.\./[^"/]+/">', narrow)) >= 5
    assert '<svg class="dossier-neighbours-wide" viewBox="0 0 600 300"' in page
    css = " ".join((built_site / "site" / "assets" / "dossier" / "dossier.css").read_text(encoding="utf-8").split())
    assert ".dossier-neighbours-narrow text { font-size: 13px; }" in css
    assert (
        "@media screen and (max-width: 40em) { .dossier-neighbours svg.dossier-neighbours-wide { display: none; }"
        in css
    )
    outlet = re.sub(r"<[^>]+>", "", _html(built_site, "publishers/israel365-news").split('id="names-most"', 1)[1])
    names, only = outlet.split("Only this outlet names", 1)
    assert "One source: the names it mentions most." in names and "(1 source)" not in names
    counts = [int(n) for n in re.findall(r"\((\d+) mentions?\)", names)]
    assert len(counts) >= 5 and counts == sorted(counts, reverse=True)
    only = only.split("Quotations only", 1)[0]
    assert "(1 source)" not in only and re.search(r"\(\d+ mentions?\)", only)  # the same unit as above


def test_the_home_page_links_the_downloads(built_site: Path) -> None:
    site = built_site / "site"
    assert 'href="downloads/"' in (site / "index.html").read_text(encoding="utf-8")
    for name in ("sources", "entities", "mentions", "citations", "quotations", "graph-nodes", "graph-edges"):
        assert (site / "downloads" / f"{name}.csv").stat().st_size > 40
        assert (site / "downloads" / f"{name}.json").stat().st_size > 40
    assert (site / "downloads" / "graph.gexf").read_text(encoding="utf-8").startswith("<?xml")
    # The build's own folder is gone (the fixture gave the build a temporary folder of its own).
    assert not list((built_site.parent / "tmp").glob("dossier-downloads-*"))


def test_a_quotation_paragraph_without_a_cue_keeps_the_speaker_before_it(tmp_path: Path) -> None:
    """Two outlets carry one quotation as a paragraph of its own after an attributed one (news style
    names a new speaker): the quotes view, the quotations download and the publisher page (for a
    quotation only one outlet carries) give it that speaker."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    said = "“The bridge will stay shut until the engineers have checked every cable,” Mayor Ron Kirstein said."
    going_on = "“Nobody crosses it before then, not even the school buses or the ambulances.”"
    for name, outlet, opening in (
        ("a.txt", "Riverside Gazette", "The town's main bridge closed on Monday after a crack was found."),
        ("b.txt", "Valley Courier", "Engineers found a crack in the main bridge of the town on Monday."),
    ):
        text = f"Bridge closed after crack found\n\n{outlet}\n\n{opening}\n\n{said}\n\n{going_on}\n\n"
        text += "The council meets again on Thursday to hear the engineers' first report.\n"
        if name == "a.txt":  # a quotation only this outlet carries
            text += "\n“A ferry will leave the old pier every hour from Wednesday morning,” Ron Kirstein added.\n"
            text += "\n“It will keep running, day and night, until the bridge opens again.”\n"
        (seeds / name).write_text(text, encoding="utf-8")
    project = make_project(tmp_path / "p", seeds)
    result = run_dossier(project)
    assert result.returncode == 0, result.stderr
    quotes = re.sub(r"<[^>]+>", "", _html(project, "views/quotes").split("<article", 1)[1])
    block = quotes.split("“Nobody crosses it before then", 1)[1]
    assert "Speaker: Ron Kirstein" in block.split("Riverside Gazette", 1)[0]
    rows = (project / "site" / "downloads" / "quotations.csv").read_text(encoding="utf-8")
    assert rows.count('not even the school buses or the ambulances.",Ron Kirstein,') == 2
    # The publisher page lists the quotation only it carries with its speaker.
    outlet = re.sub(r"<[^>]+>", "", _html(project, "publishers/riverside-gazette").split("<article", 1)[1])
    assert "“It will keep running, day and night, until the bridge opens again.” — Ron Kirstein" in outlet


@pytest.fixture(scope="module")
def pasted_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two sources that name no outlet and cite none, quoting one sentence (a folder of pasted texts)."""
    root = tmp_path_factory.mktemp("pasted")
    seeds = root / "seeds"
    seeds.mkdir()
    said = "“We cannot keep a pier open that the engineers call unsafe for the public,” Marta Okafor said."
    for name, opening in (
        ("a.txt", "The council of Port Ellis voted on Tuesday to close the old ferry pier."),
        ("b.txt", "Port Ellis will close its old ferry pier after a vote of the council on Tuesday."),
    ):
        text = f"Council votes to close the ferry pier\n\n{opening}\n\n{said}\n\n"
        text += "The pier has served the island's ferries since the town was founded.\n"
        (seeds / name).write_text(text, encoding="utf-8")
    project = make_project(root / "p", seeds)
    result = run_dossier(project)
    assert result.returncode == 0, result.stderr
    return project


def test_citations_citing_nothing_say_so_in_one_line_with_no_empty_heading(pasted_site: Path) -> None:
    citations = _html(pasted_site, "views/citations").split("<article", 1)[1].split("</article>", 1)[0]
    assert "No source cites another outlet." in citations
    assert "Who cites whom" not in citations and "Most cited" not in citations  # headings over nothing


def test_quotes_count_one_shared_quotation_in_the_singular(pasted_site: Path) -> None:
    quotes = re.sub(r"<[^>]+>", "", _html(pasted_site, "views/quotes").split("<article", 1)[1])
    assert re.search(r"\b1\s+is carried by two or more sources", quotes), quotes[:400]


def test_the_graph_draws_no_node_for_sources_naming_no_outlet(pasted_site: Path) -> None:
    """Drawn as an outlet, "(no outlet named)" tied unrelated sources' names to a made-up hub."""
    graph = json.loads((pasted_site / "site" / "views" / "graph" / "graph.json").read_text(encoding="utf-8"))
    assert not [n for n in graph["nodes"] if n["id"].startswith("o:")]
    assert "e:Marta Okafor" in {n["id"] for n in graph["nodes"]}
    nodes = (pasted_site / "site" / "downloads" / "graph-nodes.csv").read_text(encoding="utf-8")
    assert "no outlet named" not in nodes


def test_the_timeline_says_why_a_yearless_day_is_in_the_year_before(tmp_path: Path) -> None:
    """A day written without its year more than FUTURE_DAYS after the source's date is put in the
    year before; the page's own words said it took the source's year, which the heading belied."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = (
        "Harbour festival dates announced\n\nJanuary 10, 2008\n\n"
        "The council of Port Ellis said the harbour festival will open on Feb. 14 with a parade of boats.\n\n"
        "The council first met on Feb. 20 to plan it.\n\n"
        "Marta Okafor, who runs the festival, said the boats would sail past the old ferry pier at noon.\n"
    )
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    project = make_project(tmp_path / "p", seeds)
    result = run_dossier(project)
    assert result.returncode == 0, result.stderr
    page = " ".join(re.sub(r"<[^>]+>", " ", _html(project, "views/timeline").split("<article", 1)[1]).split())
    assert "2007-02-20" in page  # the day, read as last year's
    assert "2008-02-14" in page and "2007-02-14" not in page  # "will open": ahead of the writing
    assert "or the year before when that would put it more than 31 days after the source's date" in page
    assert "and no verb puts it ahead" in page
