"""`CharMap` gives what `str.translate` gives with the same table, on random texts of the table's
characters, their replacements and others (ASCII and not, runs of one character), and refuses a
table it could not replace exactly."""

from __future__ import annotations

import random

import pytest

from dossier.charmaps import CharMap
from dossier.linetext import lowered
from dossier.rules import _SPACES

QUOTES = {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"}
SPACES = {c: " " for c in "\xa0\u2002\u2009\u202f\u3000"}
WIDER = {"<": "&lt;", "|": "&#124;", "\r": ""}  # replacements longer than one character, and none


@pytest.mark.parametrize("table", [QUOTES, SPACES, WIDER])
def test_charmap_is_translate(table: dict[str, str]) -> None:
    rng = random.Random(56)
    pieces = [*table, *table.values(), "a", "B", " ", "é", "中", "&", ";", "\n", "’’", "\xa0\xa0"]
    charmap, translation = CharMap(table), str.maketrans(table)
    assert charmap.table == translation
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert charmap(text) == text.translate(translation), repr(text)


def test_charmap_replaces_every_occurrence() -> None:
    assert CharMap(QUOTES)("“a” – ‘b’ — “c”") == '"a" - \'b\' - "c"'


@pytest.mark.parametrize("table", [{"a": "b", "b": "c"}, {"“": "“x"}, {"ab": "c"}])
def test_charmap_refuses_a_table_it_cannot_replace_exactly(table: dict[str, str]) -> None:
    # A replacement holding a character the table replaces would be replaced again by a later
    # `str.replace` ("a" -> "b" -> "c"), which `str.translate` never does.
    with pytest.raises(ValueError):
        CharMap(table)


def test_the_cleaning_tables_are_charmaps() -> None:
    # The quotes folded for comparison and the spaces the line rules read as spaces.
    assert lowered("A “Quote” – it’s\xa0") == 'a "quote" - it\'s\xa0'
    assert _SPACES("a\xa0b\u3000c\u2009") == "a b c "
