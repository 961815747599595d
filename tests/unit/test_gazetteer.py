"""The gazetteer's place names (dossier/gazetteer.py)."""

import pytest

from dossier.gazetteer import is_place, namesake_town


@pytest.mark.parametrize("name", ["Britain", "Great Britain", "Burma", "America"])
def test_a_place_news_names_otherwise_than_geonames_is_a_place(name):
    assert is_place(name)


def test_an_acronym_of_a_known_place_is_left_to_the_table_of_known_entities():
    assert not is_place("UK")


def test_a_town_with_a_region_none_of_its_known_cities_lies_in_is_a_namesake():
    # The gazetteer's Clevelands lie in Ohio and Tennessee; its Harveys in Illinois and Louisiana.
    assert namesake_town("Cleveland", "Georgia") and namesake_town("Cleveland", "Ga.")
    assert not namesake_town("Cleveland", "Ohio") and not namesake_town("Harvey", "Louisiana")
    assert not namesake_town("Kelwick", "Georgia")  # a town it does not know: nothing to tell
    assert not namesake_town("Cambridge", "England")  # a region that is neither a state nor a country
