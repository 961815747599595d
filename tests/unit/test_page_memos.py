"""What the readers of a page share instead of each reading it again: the removed-line map of a
cleaning (`Cleaned.removed_at`), read once and never modified by a reader."""

from dossier.clean import clean_lines
from dossier.metadata import extract_metadata
from dossier.model import Removal

_BANNER_PAGE = [
    "[![",
    "Harbour Notes",
    "A blog of the harbour",
    "](banner.jpg)](/)",
    "",
    "Council votes to close the harbour",
    "",
    "The council voted on Tuesday to close the harbour to ships for a year, and the boats of the"
    " harbour will moor elsewhere until the works end.",
    "",
    "Members of the council said that the harbour walls needed repairs that could not wait any"
    " longer, and that the works would start in spring.",
]


def test_removed_at_maps_each_removed_line_to_its_removal():
    cleaned = clean_lines(_BANNER_PAGE)
    assert cleaned.removed, "the banner's lines are removed"
    assert cleaned.removed_at == {r.line: r for r in cleaned.removed}
    assert cleaned.removed_at is cleaned.removed_at  # built once


def test_metadata_readers_leave_the_shared_removed_map_as_cleaning_made_it():
    # The title reader sets a banner's lines aside as "banner-alt-text" removals of its own: on a
    # copy, not on the map every other reader shares.
    cleaned = clean_lines(_BANNER_PAGE)
    before = dict(cleaned.removed_at)
    extract_metadata(_BANNER_PAGE, cleaned)
    assert cleaned.removed_at == before
    assert all(r.rule != "banner-alt-text" for r in cleaned.removed_at.values())
    assert isinstance(next(iter(before.values())), Removal)
