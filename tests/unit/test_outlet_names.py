"""One outlet, one name (issue 14): an outlet's entity is named as the outlet table names it, the
name the citations and publisher pages use, however the text writes it."""

from __future__ import annotations

import pytest

from dossier.citations import OutletFinder
from dossier.entities import discover, load_registry
from dossier.publishers import default_publishers

TABLE = default_publishers()


@pytest.fixture(scope="module")
def known():
    return load_registry(None, TABLE)


def organisations(text: str, registry) -> dict[str, tuple[str, ...]]:
    return {e.name: e.spellings() for e in discover({"a": text}, registry)["a"] if e.type == "organization"}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The minister denied it, the Telegraph reported on Monday.", "The Daily Telegraph"),
        ("The Daily Telegraph was first to report it.", "The Daily Telegraph"),
        ("It was three times worse, the Times said.", "The Times"),
        ("The story ran in the Guardian on Monday.", "The Guardian"),
        ("The BBC said the talks had failed.", "BBC News"),
    ],
)
def test_an_outlets_entity_has_the_name_its_citation_has(known, text, outlet):
    assert outlet in organisations(text, known)
    assert [c.outlet for c in OutletFinder(TABLE).citations(text)] in ([outlet], [])


def test_two_spellings_of_one_outlet_are_one_entity(known):
    found = organisations("The Daily Telegraph reported it first; the Telegraph later corrected it.", known)
    assert found == {"The Daily Telegraph": ("The Daily Telegraph", "Telegraph")}


def test_a_word_of_origin_after_the_is_not_an_outlet(known):
    assert organisations("The Australian team arrived in Perth on Monday.", known) == {}


def test_a_label_that_is_an_outlets_word_is_not_the_outlet(known):
    assert "The Age" not in organisations("Age: early 30s, born in a small village.", known)


def test_a_domain_under_a_countrys_second_level_is_named_by_the_level_above():
    from dossier.outletnames import domain_label, name_for_domain

    assert domain_label("harbourledger.com.au") == "harbourledger"
    assert domain_label("news.harbourledger.co.uk") == "harbourledger"
    assert name_for_domain("harbourledger.com.au", ["Welcome to The Harbour Ledger."], split_words=False) == (
        "Harbour Ledger"
    )


def test_a_name_with_small_words_spells_a_domain():
    from dossier.outletnames import name_for_domain

    assert name_for_domain("harbourandvalley.com", ["Read the Harbour and Valley daily."], split_words=False) == (
        "Harbour and Valley"
    )


def test_a_table_without_sites_keeps_their_wires_and_other_outlets() -> None:
    from dossier.publishers import PublisherTable

    table = PublisherTable(
        {"harbourledger.example": "Harbour Ledger", "wire.example": "Harbour Wire", "post.example": "Valley Post"},
        {"harbour ledger": "Harbour Ledger", "harbour wire": "Harbour Wire", "valley post": "Valley Post"},
        {"Harbour Wire": "wire"},
    )
    unseen = table.without_sites({"harbourledger.example", "wire.example"})
    assert unseen.lookup_domain("news.harbourledger.example") is None and unseen.lookup_name("Harbour Ledger") is None
    assert (
        unseen.lookup_name("Harbour Wire") == "Harbour Wire" and unseen.lookup_domain("post.example") == "Valley Post"
    )


def test_a_table_without_sites_drops_the_outlets_their_pages_are_labelled_with() -> None:
    """A tune page's labelled publisher is stripped by its name too: the table may list the outlet
    under another domain than the page's site ("valleypost.example" for a page on
    "news-valley.example"), or under none; a wire stays, as pages everywhere name wires."""
    from dossier.publishers import PublisherTable

    table = PublisherTable(
        {"valleypost.example": "Valley Post", "wire.example": "Harbour Wire", "ledger.example": "Harbour Ledger"},
        {"valley post": "Valley Post", "harbour wire": "Harbour Wire", "harbour ledger": "Harbour Ledger"},
        {"Harbour Wire": "wire"},
    )
    unseen = table.without_sites({"news-valley.example"}, names=["The Valley Post", "Harbour Wire"])
    assert unseen.lookup_name("Valley Post") is None and unseen.lookup_domain("valleypost.example") is None
    assert unseen.lookup_name("Harbour Wire") == "Harbour Wire" and unseen.lookup_name("Harbour Ledger")


@pytest.mark.parametrize(
    ("domain", "name", "expected"),
    [
        ("hl.com", "The Harbour Ledger", True),  # initials; "The" gives none
        ("theledger.com", "Harbour Ledger", True),  # the last word after "the"
        ("ledger.co.uk", "Harbour Ledger", True),
        ("harbour.com", "Harbour Ledger", False),  # the first word is no short form
        ("hl.com", "Ledger", False),  # one word has no short form
        ("hq.com", "The Harbour Ledger", False),
    ],
)
def test_a_domains_label_may_be_a_short_form_of_a_name(domain, name, expected):
    from dossier.outletnames import address_abbreviates

    assert address_abbreviates(domain, name) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harbour Rowing Club News", True),
        ("The Valley Ledger", True),
        ("Mayor Snubs the Press", False),  # a small word before the outlet word: a headline's object
        ("Chief Talks to Press", False),
        ("Rowers Win the Harbour Cup", False),
        ("Source: The Valley Ledger", False),  # a label and its value: the label is no part of a name
    ],
)
def test_a_line_shaped_as_a_sites_name(line, expected):
    from dossier.outletnames import masthead_shaped

    assert masthead_shaped(line) is expected
