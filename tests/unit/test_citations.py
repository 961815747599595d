"""Unit tests for dossier.citations: which outlets a page cites, with the cue and paragraph that say so."""

from __future__ import annotations

import html
import re
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dossier.citations import Citation, OutletFinder
from dossier.markup import escape_block, load_yaml
from dossier.publishers import PublisherTable, default_publishers

ROOT = Path(__file__).resolve().parents[2]
TABLE = default_publishers()
# Corpus publishers the builder passes in: not in the outlet table, still outlets.
EXTRA = ["Lothian Evening News", "The Pennywise Post", "Yezhednevny Zhurnal"]
FINDER = OutletFinder(TABLE, EXTRA)


def page(*paragraphs: str) -> str:
    """Write paragraphs as stage 1 does: each followed by its `{: #L.. }` anchor."""
    return "\n\n".join(f"{p}\n{{: #L{2 * i + 3} }}" for i, p in enumerate(paragraphs))


def found(markdown: str, own: str | None = None) -> list[tuple[str, str]]:
    return [(c.outlet, c.cue) for c in FINDER.citations(markdown, own=own)]


NYT, TEL, AP = "The New York Times", "The Daily Telegraph", "Associated Press"
CASES = [
    # Cues before the name.
    ("According to Reuters, the talks collapsed on Tuesday.", None, [("Reuters", "according to")]),
    ("The talks collapsed, according to the BBC.", None, [("BBC News", "according to")]),
    (
        "According to a report in The Wall Street Journal, the deal is off.",
        None,
        [("The Wall Street Journal", "reported")],
    ),
    ("Putin told RIA Novosti on Friday that the troops would stay.", None, [("RIA Novosti", "told")]),
    ("Peskov told the state-run TASS news agency that no decision was made.", None, [("TASS", "told")]),
    (
        "Putin said to the state-owned RIA Novosti news agency at a forum that help was given.",
        None,
        [("RIA Novosti", "told")],
    ),
    ("Lavrov said in a statement to Interfax that the claims were false.", None, [("Interfax", "told")]),
    ("Citing the Telegraph, the agency said troops had landed.", None, [(TEL, "citing")]),
    ("In an interview with CNN, the general denied the report.", None, [("CNN", "interview")]),
    ("The minister spoke on CNN's State of the Union on Sunday.", None, [("CNN", "interview")]),
    ("The claim was first reported by Infowars last week.", None, [("InfoWars", "reported")]),
    ("The remarks were quoted by Al Jazeera.", None, [("Al Jazeera", "quoted")]),
    ("Based on the reports from Daily Telegraph, the army moved.", None, [(TEL, "reported")]),
    ("The leaked memo circulated via Reuters.", None, [("Reuters", "via")]),
    ("Sen. Smith told Fox News Digital that he would vote no.", None, [("Fox News", "told")]),
    # Cues after the name, possessives, appositions.
    ("The New York Times reported that Russia moved housing units to Syria.", None, [(NYT, "reported")]),
    ("“We are not leaving,” the mayor said, CNN reported.", None, [("CNN", "reported")]),
    ("The Washington Post first reported the deal on Monday.", None, [("The Washington Post", "reported")]),
    ("Bloomberg News said the bank would hold rates.", None, [("Bloomberg", "said")]),
    ("Reuters on Monday reported that the plant had closed.", None, [("Reuters", "reported")]),
    ("RIA Novosti news agency reported the remarks.", None, [("RIA Novosti", "reported")]),
    ("The Guardian's report said the figures were wrong.", None, [("The Guardian", "reported")]),
    ("Reuters’ investigation found forged invoices.", None, [("Reuters", "reported")]),
    ("Weeks later a Reuters investigation raised questions.", None, [("Reuters", "reported")]),
    ("Kommersant, a Russian business daily, reported that the deal had stalled.", None, [("Kommersant", "reported")]),
    ("Yedioth Ahronoth reported Russia is planning to deploy troops.", None, [("Ynetnews", "reported")]),
    ("Infowars reports: Putin added that more was possible.", None, [("InfoWars", "reported")]),
    ("The Associated Press contributed to this report.", None, [(AP, "contributed")]),
    ("Associated Press writers Jane Doe and Ali Khan contributed to this report.", None, [(AP, "contributed")]),
    ("Reuters reporter Maria Tsvetkova contributed reporting from Moscow.", None, [("Reuters", "contributed")]),
    ("CNN reporters were expelled, and their colleagues contributed nothing.", None, []),
    ("Elsewhere, the Lothian Evening News reported long queues.", None, [("Lothian Evening News", "reported")]),
    # Wire credits at the start of a paragraph.
    ("WASHINGTON (AP) — The Senate voted 52-48 on Thursday.", None, [(AP, "wire credit")]),
    ("LONDON, Sept 4 (Reuters) - Oil prices rose.", None, [("Reuters", "wire credit")]),
    ("Nairobi (AFP) – Kenyan runner Judith Rotich denied doping.", None, [("Agence France-Presse", "wire credit")]),
    ("(Bloomberg) -- The Bank of England held rates.", None, [("Bloomberg", "wire credit")]),
    ("A man walks past a collapsed canopy. (AP Photo/Luis Carvajal)", None, []),
    # Bare mentions are not citations.
    ("Russia banned CNN and the BBC last year.", None, []),
    ("CNN's Moscow bureau was closed in March.", None, []),
    ("He told reporters at a CNN town hall that he would run.", None, []),
    (
        "Alexander Golts, deputy editor of the online newspaper Yezhednevny Zhurnal, said the Kremlin was isolated.",
        None,
        [],
    ),
    ("Follow AP’s coverage of hurricanes online.", None, []),
    # Names are matched case-sensitively and on word boundaries.
    ("cnn reported the ap style guide had changed.", None, []),
    ("The Reutersfeed bot reported outages.", None, []),
    # The page's own outlet is not a citation, whatever name the builder gives it.
    ("Reuters reported the verdict.", "Reuters", []),
    ("The New York Times reported that the base had grown.", "NYT", []),
    ("LONDON (Reuters) - Shares fell. The BBC reported the fall.", "Reuters", [("BBC News", "reported")]),
    # Escaped and formatted Markdown reads as the text it shows.
    ("Task &amp; Purpose reported that the unit \\*had\\* moved.", None, [("Task & Purpose", "reported")]),
    ("**Reuters** reported the \\[redacted\\] memo.", None, [("Reuters", "reported")]),
    ("[Reuters](https://www.reuters.com/world/x) reported the figures.", None, [("Reuters", "reported")]),
    ("The figures are in [the report](https://www.reuters.com/world/x).", None, []),
    ("The string `CNN reported` is sample code.", None, []),
    ("```\nAccording to Reuters, this is code.\n```", None, []),
    ("## According to Reuters", None, []),
    # Outlets named by an ordinary word or a place need the cue right next to them.
    ("People said the water rose in minutes.", None, []),
    ("The couple split last year, according to People.", None, [("People", "according to")]),
    ("Republicans on the Hill said they would block the bill.", None, []),
    ("The Hill reported that the vote was delayed.", None, [("The Hill", "reported")]),
    ("The bill stalled, the Independent said on Friday.", None, [("The Independent", "said")]),
    ("An Independent candidate said he would run.", None, []),
    ("He travelled via Metro to the stadium.", None, []),
    ("The merger was approved, according to Time Warner executives.", None, []),
    ("Michael Bloomberg said he would not run.", None, []),
    ("According to the German newspaper Bild, the deal is done.", None, [("Bild", "according to")]),
    # Names in one list share its cue, read forward or backward; a bare list stays bare.
    (
        "The talks failed, according to Reuters and the BBC.",
        None,
        [("Reuters", "according to"), ("BBC News", "according to")],
    ),
    (
        "AP, AFP and Reuters reported the blast.",
        None,
        [(AP, "reported"), ("Agence France-Presse", "reported"), ("Reuters", "reported")],
    ),
    ("The minister told CNN or Fox News, aides said.", None, [("CNN", "told"), ("Fox News", "told")]),
    ("According to Reuters, the BBC was banned.", None, [("Reuters", "according to")]),
    ("Reuters reported the ban. CNN and the BBC were named.", None, [("Reuters", "reported")]),
    # Inverted attributions, writers' credits, "from" (issue 14).
    ("The troops had left the base, reports The Daily Mail.", None, [("Daily Mail", "reported")]),
    ("Original story by Jane Doe at Reuters.", None, [("Reuters", "reported")]),
    ("The claim came from RT on Monday.", None, [("RT", "from")]),
    ("He said CNN anchors were wrong.", None, []),
    # What a quotation names is what someone said: no citation of the source (issue 14).
    ("“As the BBC reported last week, it is over,” the minister said.", None, []),
    ('The post was headlined "Reuters Reports Strikes" and spread widely.', None, []),
    ("“It is over,” he said, according to Reuters.", None, [("Reuters", "according to")]),
]


@pytest.mark.parametrize(("text", "own", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_cited_outlets(text: str, own: str | None, expected: list[tuple[str, str]]) -> None:
    assert found(page(text), own) == expected


def test_a_source_without_a_publisher_does_not_cite_the_outlet_of_its_address() -> None:
    text = page("The suspect told ABC News he acted alone.", "He also told Reuters the same.")
    cited = [c.outlet for c in FINDER.citations(text, url="https://abcnews.go.com/US/story?id=1")]
    assert cited == ["Reuters"]


def test_a_page_whose_address_is_its_one_listed_source_cites_that_source() -> None:
    # A portal's entry lists one source link, which is read as the page's url: the portal cites it.
    link = "https://www.reuters.com/world/story-1"
    cited = FINDER.citations(page("Troops arrived on Monday."), [link], own="Kettle Portal", url=link)
    assert [(c.outlet, c.cue) for c in cited] == [("Reuters", "source link")]
    # An address of its own, not listed, is still the page's outlet.
    assert FINDER.citations(page("Troops arrived."), [link], url="https://www.reuters.com/world/story-2") == []


def test_citations_carry_anchor_sentence_and_order() -> None:
    markdown = page(
        "Troops arrived on Monday. The New York Times reported that   housing units were flown in.",
        "No outlet is named here.",
        "Lavrov told TASS it was routine. According to Reuters, more were coming.",
    )
    assert FINDER.citations(markdown) == [
        Citation(NYT, "L3", "reported", "The New York Times reported that housing units were flown in."),
        Citation("TASS", "L7", "told", "Lavrov told TASS it was routine."),
        Citation("Reuters", "L7", "according to", "According to Reuters, more were coming."),
    ]


def test_note_paragraphs_without_anchor_and_list_items() -> None:
    note = "# CNN reported\n\nSome context first.\nCNN reported the fire.\n\n- According to Reuters it spread\n- CNN\n"
    assert FINDER.citations(note) == [
        Citation("CNN", None, "reported", "CNN reported the fire."),
        Citation("Reuters", None, "according to", "According to Reuters it spread"),
    ]


def test_an_attribution_in_a_quoted_block_is_the_quoted_texts_not_a_citation() -> None:
    # A blog quotes another article's lines ("> ..."); that article's "told Reuters" is not the blog's.
    lines = ["> The minister told Reuters it was over.", ">", "> Talks resume, according to CNN.", "He told AFP so."]
    source = "\n\n".join(f"{escape_block(line)}\n{{: #L{n} }}" for n, line in enumerate(lines, 1))
    assert found(source) == [("Agence France-Presse", "told")]
    note = "Context first.\n\n> The minister told Reuters it was over.\n> It ended, according to CNN.\n"
    assert found(note) == []


def test_a_quoted_line_cites_the_outlet_linked_before_it_as_its_source() -> None:
    # "The Times [found](times link):" then its text: the page quotes the Times, which names itself.
    lines = [
        "The paper [put it plainly](https://www.nytimes.com/2012/a.html):",
        "> The senator told The New York Times, and later Reuters, that the bill was dead.",
        "Another outlet [said](https://example.org/b) more:",
        "> The senator told The New York Times it was over.",
    ]
    source = "\n\n".join(f"{escape_block(line)}\n{{: #L{n} }}" for n, line in enumerate(lines, 1))
    assert [(c.outlet, c.anchor) for c in FINDER.citations(source)] == [("The New York Times", "L2")]


def test_a_quoted_wire_story_cites_the_wire() -> None:
    # The blog quotes the wire's own text: that is what it cites, as a page carrying it would.
    lines = ["The agency put it this way:", "> PARIS (AP) — Talks ended, the minister told Reuters."]
    source = "\n\n".join(f"{escape_block(line)}\n{{: #L{n} }}" for n, line in enumerate(lines, 1))
    assert found(source) == [("Associated Press", "wire credit")]
    assert found("> > PARIS (AP) — Talks ended.\n") == [("Associated Press", "wire credit")]


def test_one_citation_per_outlet_anchor_and_cue() -> None:
    markdown = page(
        "CNN reported the fire. CNN reported the floods. According to CNN, both were bad.", "CNN reported it."
    )
    assert [(c.outlet, c.anchor, c.cue) for c in FINDER.citations(markdown)] == [
        ("CNN", "L3", "reported"),
        ("CNN", "L3", "according to"),
        ("CNN", "L5", "reported"),
    ]


def test_front_matter_is_skipped() -> None:
    markdown = "---\ntitle: According to Reuters\npublisher: CNN\n---\n\n" + page("No names here.")
    assert FINDER.citations(markdown) == []


def test_links_map_to_outlets_or_bare_domains() -> None:
    links = [
        "https://www.reuters.com/world/europe/story-1",
        "http://edition.cnn.com/2015/09/04/world/syria",
        "https://www.example.org/page?id=1",
        "not a url",
        "https://reuters.com/other-story",
        "http://[::1",
    ]
    assert [(c.outlet, c.anchor, c.cue, c.sentence) for c in FINDER.citations("", links)] == [
        ("Reuters", None, "source link", links[0]),
        ("CNN", None, "source link", links[1]),
        ("example.org", None, "source link", links[2]),
    ]
    assert [c.outlet for c in FINDER.citations("", links, own="CNN")] == ["Reuters", "example.org"]


def test_a_user_table_alias_is_matched_as_written() -> None:
    table = PublisherTable(
        {"krc.example": "Kettle Ridge Courier"},
        {"kettle ridge courier": "Kettle Ridge Courier", "krc": "Kettle Ridge Courier"},
        written={"Kettle Ridge Courier": "Kettle Ridge Courier", "KRC": "Kettle Ridge Courier"},
    )
    finder = OutletFinder(table)
    text = page("The road closed, according to KRC. Kettle Ridge Courier reported the fire.", "krc reported it.")
    assert [(c.outlet, c.cue) for c in finder.citations(text)] == [
        ("Kettle Ridge Courier", "according to"),
        ("Kettle Ridge Courier", "reported"),
    ]


# The five seed articles as stage 1 lays them out (one paragraph per line, anchored by line number), with the
# publisher stage 1 found for each; each expected citation was checked by reading the article.
SEEDS = {
    "000": ("Israel365 News", [("RIA Novosti", "told", "L9"), (NYT, "reported", "L15")]),
    "001": (
        "The People's Voice",
        [("RIA Novosti", "reported", "L10"), ("InfoWars", "reported", "L16"), (NYT, "reported", "L40")],
    ),
    # Line 27 is a "Related" item that stage 1 drops; its citation is right all the same.
    "002": ("Wikipedia Current Events Portal", [("Military Times", "according to", "L27")]),
    "003": (
        "International Business Times",
        [
            ("RIA Novosti", "quoted", "L6"),
            (TEL, "according to", "L6"),
            (TEL, "reported", "L12"),
            ("The Guardian", "reported", "L14"),
            (TEL, "reported", "L16"),
            ("Ynetnews", "reported", "L16"),
        ],
    ),
    "004": (None, [("Reuters", "told", "L16")]),
}


def seed_page(prefix: str) -> str:
    (path,) = (ROOT / "seeds").glob(f"{prefix}_*.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n\n".join(f"{escape_block(line)}\n{{: #L{n} }}" for n, line in enumerate(lines, 1) if line.strip())


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_seed_articles(prefix: str) -> None:
    own, expected = SEEDS[prefix]
    assert [(c.outlet, c.cue, c.anchor) for c in FINDER.citations(seed_page(prefix), own=own)] == expected


# Every name as written in the table, grouped by outlet, to check that what is found was written.
NAMES_OF: dict[str, set[str]] = {}
for _entry in load_yaml(resources.files("dossier.data").joinpath("publishers.yml").read_text(encoding="utf-8")):
    for _alias in [_entry["name"], *(_entry.get("aliases") or [])]:
        NAMES_OF.setdefault(_entry["name"], set()).add(str(_alias).lower())
for _name in EXTRA:
    NAMES_OF.setdefault(_name, set()).add(_name.lower())

PIECES = st.sampled_from(
    [
        "according to", "told", "reported", "said", "citing", "via", "the", "The", "'s", "’s", ",", ".", " ",
        "(", ") —", "\n\n", "{: #L9 }\n", "`", "\\*", "*", "&amp;", "#", "[", "](http://x.org)", "in an interview with",
        "Reuters", "AP", "CNN", "People", "Time", "Telegraph", "New York", "Times", "Daily", "Guardian", "Hill",
        "Bloomberg", "Michael", "Sun", "Yezhednevny Zhurnal", "Fox", "News", "Digital", "Al", "Jazeera", "Task", "&",
    ]
)  # fmt: skip
URLS = st.lists(st.sampled_from(["https://www.reuters.com/a", "http://cnn.com/b", "https://example.org/c", "x"]))


def shown(markdown: str) -> str:
    """The text a reader sees, roughly: entities decoded, escapes and emphasis marks dropped, runs of
    spaces read as one (a browser shows "Al   Jazeera" as "Al Jazeera"), lowercased."""
    return " ".join(re.sub(r"[\\*_`]", "", html.unescape(markdown)).split()).lower()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map(" ".join), URLS)
@example("according to Al   Jazeera", [])  # found by the property: spaces a reader sees as one
def test_only_outlets_named_in_text_or_links(markdown: str, links: list[str]) -> None:
    hosts = {urlsplit(u).hostname for u in links} - {None}
    for c in FINDER.citations(markdown, links):
        if c.cue == "source link":
            assert c.sentence in links and c.outlet in {TABLE.lookup_domain(h) or h for h in hosts}
        else:
            assert any(name in shown(markdown) for name in NAMES_OF[c.outlet]), c


@settings(max_examples=300, deadline=None)
@given(st.text(), st.lists(st.text(max_size=30), max_size=3), st.none() | st.text(max_size=20))
def test_never_raises(markdown: str, links: list[str], own: str | None) -> None:
    assert all(isinstance(c, Citation) for c in FINDER.citations(markdown, links, own))


@pytest.mark.parametrize(
    "markdown",
    [
        "According to the Wall Street\nJournal, the fire spread.",  # a line break inside the name
        "According to Al  Jazeera, the fire spread.",  # two spaces
        "According to *Al* Jazeera, the fire spread.",  # emphasis inside the name
        "According to Agence France\\-Presse, the fire spread.",  # an escape
        "- first item\n- According to [Al Jazeera](https://example.org/r), the fire spread.",  # a linked name
    ],
)
def test_names_in_markup_are_read_as_their_text(markdown: str) -> None:
    # Paragraphs are only turned into plain text where a cheap look at their Markdown finds a name
    # (the Markdown as written holds none of these): that look must find every name the text has.
    assert [c.cue for c in FINDER.citations(markdown)] == ["according to"]
