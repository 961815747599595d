"""The built-in outlet table (dossier/data/publishers.yml): one outlet per domain and per folded
name, and what its entries let a page's <title> say."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

from dossier.clean import clean_lines
from dossier.markup import load_yaml
from dossier.metadata import extract_metadata
from dossier.publishers import default_publishers, fold_name

ENTRIES = load_yaml(resources.files("dossier.data").joinpath("publishers.yml").read_text(encoding="utf-8"))

PARAGRAPH = (
    "The harbour board voted on Tuesday to close the old ferry pier for repairs, a member of the "
    "board said, and the work is expected to take most of the summer."
)
BODY = "Ferries will use the north quay until the pier opens again, the operator said on Wednesday."


def test_no_domain_is_listed_for_two_outlets():
    owners = defaultdict(set)
    for entry in ENTRIES:
        for domain in entry.get("domains") or []:
            owners[domain].add(entry["name"])
    assert {d: o for d, o in owners.items() if len(o) > 1} == {}


def test_no_name_or_alias_folds_to_two_outlets():
    """A name or alias read in a page ("Sunday Times") must give one outlet: written for two
    entries, the later would silently take it from the earlier."""
    owners = defaultdict(set)
    for entry in ENTRIES:
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            owners[fold_name(str(name))].add(entry["name"])
    assert {n: o for n, o in owners.items() if len(o) > 1} == {}


def test_an_outlet_of_the_table_closing_the_title_is_the_publisher():
    """A <title> part the table knows is the site on that evidence alone: "Malaysiakini" has no
    outlet word and no coined shape, and no other line names it."""
    lines = ["Old ferry pier to close for repairs - Malaysiakini", "", PARAGRAPH, "", BODY]
    assert extract_metadata(lines, clean_lines(lines), default_publishers())["publisher"].value == "Malaysiakini"


def test_a_name_that_folds_to_a_plain_word_is_kept_out_of_the_names():
    """An outlet whose name is a plain word once "The" is folded away ("The Olympian") is listed
    under its name and place, so that a <title>'s "The Olympian" names nothing; its domain still
    gives it."""
    table = default_publishers()
    assert table.lookup_name("The Olympian") is None
    assert table.lookup_domain("www.theolympian.com") == "The Olympian (Olympia)"
