"""Each source reads its spellings as stage 1 resolved them (issue 14): "Trump" is the son's in an
article that names only the son; a spelling that could be two of a source's people is linked to
neither there and reported on both entity pages; an entity no page's text mentions gets no page;
an unreviewed entity's page offers the registry entries that settle it."""

from __future__ import annotations

from dossier.entities import Registry
from dossier.generate import generate_pages
from dossier.index import PageInput, build_index
from dossier.publishers import default_publishers
from dossier.review import likely_entities


def person(name: str, *aliases: str) -> dict:
    return {"name": name, "type": "person", "aliases": list(aliases)}


def source(uri: str, body: str, entities: list, **meta) -> PageInput:
    return PageInput(uri, {"title": uri, "entities": entities, **meta}, body, "source")


FATHER, SON = person("Donald Trump", "Trump"), person("Donald Trump Jr", "Trump")


def test_a_spelling_is_the_entity_its_own_source_says() -> None:
    index = build_index(
        [
            source("sources/a.md", "Donald Trump spoke. Trump left.", [FATHER]),
            source("sources/b.md", "Donald Trump Jr spoke. Trump left.", [SON]),
        ],
        Registry(),
    )
    assert [m.entity for m in index.find("sources/b.md", "Trump left.")] == ["Donald Trump Jr"]
    assert [m.entity for m in index.find("sources/a.md", "Trump left.")] == ["Donald Trump"]


def test_an_ambiguous_spelling_is_linked_to_no_one_and_reported_on_both_pages() -> None:
    ambiguous = [{"spelling": "Trump", "could_be": ["Donald Trump", "Donald Trump Jr"]}]
    text = "Donald Trump Jr met Donald Trump. Trump left."
    page = source("sources/a.md", text, [person("Donald Trump"), person("Donald Trump Jr")], ambiguous=ambiguous)
    index = build_index([page, source("sources/b.md", "Donald Trump spoke. Trump left.", [FATHER])], Registry())
    assert "Trump" not in [m.text for m in index.find("sources/a.md", text)]
    assert index.entities["Donald Trump"].ambiguous == [("sources/a.md", "Trump", ("Donald Trump Jr",))]
    pages = generate_pages(index, "sources", default_publishers(), False)
    assert "“Trump” in [sources/a.md]" in pages["entities/donald-trump-jr.md"]
    assert "## Ambiguous mentions" in pages["entities/donald-trump.md"]


def test_a_proposal_no_page_mentions_gets_no_page() -> None:
    index = build_index([source("sources/a.md", "Nothing named here.", [person("Riad Haddad")])], Registry())
    assert "Riad Haddad" not in index.entities
    assert "Riad Haddad" not in index.names_by_page["sources/a.md"]


def test_the_likely_entity_shares_a_word_or_a_spelling() -> None:
    pages = [
        source("sources/a.md", "K.J. Varga won. Varga spoke. Katrina Smyth and Katrina Smith met.", [
            person("K.J. Varga"), person("Varga"), person("Katrina Smyth"), person("Katrina Smith"),
        ]),
        source("sources/b.md", "Katrina Smith spoke.", [person("Katrina Smith")]),
    ]  # fmt: skip
    likely = likely_entities(build_index(pages, Registry()))
    assert likely["Varga"] == "K.J. Varga"
    assert likely["Katrina Smyth"] == "Katrina Smith"


def test_two_people_of_one_first_name_are_not_spelt_alike_by_it() -> None:
    # Whole, the names are 0.80 alike only through the first name they share; the surnames are not.
    pages = [source("sources/a.md", "John Kerry met John Kirby.", [person("John Kerry"), person("John Kirby")])]
    assert "John Kerry" not in likely_entities(build_index(pages, Registry()))


def test_an_unreviewed_entity_page_offers_to_accept_merge_or_ignore_it() -> None:
    pages = [source("sources/a.md", "K.J. Varga won. Varga spoke.", [person("K.J. Varga"), person("Varga")])]
    page = generate_pages(build_index(pages, Registry()), "sources", default_publishers(), False)["entities/varga.md"]
    assert "**Accept it**" in page and "- name: Varga" in page
    assert "**Merge it into [K.J. Varga](k-j-varga.md)**" in page
    assert "copy these lines under `ignore:`" in page and "\n    - Varga\n" in page  # an indented code block


def test_a_sources_ambiguous_spellings_are_in_its_front_matter() -> None:
    import re

    from dossier.markup import split_front_matter
    from dossier.model import Article, Entity, Line
    from dossier.sourcepages import page_meta, render_source_page

    article = Article(
        "a.txt", "0" * 64, "a", (Line(1, "Trump met Trump."),), (),
        entities=(Entity("Donald Trump", "person"), Entity("Donald Trump Jr", "person")),
        ambiguous=(("Trump", ("Donald Trump", "Donald Trump Jr")),),
    )  # fmt: skip
    meta = split_front_matter(render_source_page(article), re.compile(r"^(?:provenance|removed):", re.M))[0]
    assert meta["ambiguous"] == [{"spelling": "Trump", "could_be": ["Donald Trump", "Donald Trump Jr"]}]
    assert meta == page_meta(article)


def test_a_place_is_not_proposed_as_the_organisation_named_after_it() -> None:
    club = {"name": "Derby County", "type": "organization", "aliases": []}
    city = {"name": "Derby", "type": "place", "aliases": []}
    pages = [source("sources/a.md", "Derby County lost at home in Derby. Derby is quiet.", [club, city])]
    assert "Derby" not in likely_entities(build_index(pages, Registry()))


def place(name: str) -> dict:
    return {"name": name, "type": "place", "aliases": []}


def likely_in(text: str, entities: list[dict]) -> dict[str, str]:
    return likely_entities(build_index([source("sources/a.md", text, entities)], Registry()))


def test_a_fuller_name_is_not_proposed_into_a_piece_of_it() -> None:
    # Merged into "Dalton", the entry would be named "Dalton", with "Dalton McGuinty" its alias.
    likely = likely_in("Dalton McGuinty spoke. Dalton left.", [person("Dalton McGuinty"), person("Dalton")])
    assert likely == {"Dalton": "Dalton McGuinty"}


def test_a_piece_of_two_names_is_proposed_into_neither() -> None:
    people = [person("Bill Vane"), person("Ruth Vane"), person("Vane")]
    assert "Vane" not in likely_in("Bill Vane met Ruth Vane. Vane left.", people)


def test_the_name_another_is_of_or_in_is_not_proposed_into_it() -> None:
    bank = {"name": "Bank of Norland", "type": "organization", "aliases": []}
    entities = [bank, place("Norland"), place("Eastby, Norland")]
    assert likely_in("The Bank of Norland is in Eastby, Norland. Norland grew.", entities) == {}
    assert likely_in("Norland grew. Eastby, Norland is wet.", [place("Norland"), place("Eastby, Norland")]) == {}


def test_a_place_is_not_proposed_into_a_name_that_ends_in_it() -> None:
    airline = {"name": "Air Norland", "type": "other", "aliases": []}
    assert likely_in("Air Norland flew to Norland.", [airline, place("Norland")]) == {}


def test_a_merge_entry_offers_no_title_as_a_spelling_of_the_other_entity() -> None:
    text = "Mayor Kim Varga spoke. Kim Varga left. Kim waved."
    entities = [person("Kim Varga", "Mayor Kim Varga"), person("Kim")]
    pages = generate_pages(build_index([source("sources/a.md", text, entities)], Registry()), "sources",
                           default_publishers(), False)  # fmt: skip
    merge = pages["entities/kim.md"].split("**Merge it into", 1)[1].split("**Ignore it**", 1)[0]
    assert "- name: Kim Varga" in merge and "- Kim\n" in merge
    assert "Mayor Kim Varga" not in merge  # pasted, "Mayor Kim Varga" would name a mayor ever after
