"""The gazetteer's place names (dossier/gazetteer.py)."""

import pytest

from dossier.gazetteer import is_place


@pytest.mark.parametrize("name", ["Britain", "Great Britain", "Burma", "America"])
def test_a_place_news_names_otherwise_than_geonames_is_a_place(name):
    assert is_place(name)


def test_an_acronym_of_a_known_place_is_left_to_the_table_of_known_entities():
    assert not is_place("UK")
