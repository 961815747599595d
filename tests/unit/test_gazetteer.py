"""The gazetteer's place names (dossier/gazetteer.py)."""

import pytest

from dossier.gazetteer import is_place, major_places, namesake_town, regions


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


# Every country's first-level regions (ISO 3166-2, pycountry), by the names news writes.


@pytest.mark.parametrize("name", ["Kerala", "Himachal Pradesh", "West Bengal", "Balochistan", "Helmand"])
def test_a_first_level_region_of_any_country_is_a_place(name):
    assert is_place(name)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Bavaria", "the table's English name of Bayern"),
        ("Sichuan", "a Chinese province's name without its pinyin kind (Sichuan Sheng)"),
        ("Gujarat", "a name with a macron read in ASCII too (Gujarāt)"),
        ("Murcia", "an inverted kind left out (Murcia, Región de)"),
        ("Eastern Cape", "everyday words that make no compass or place-kind phrase"),
        ("Northern Territory", "a compass point's adjective and a kind of land: no compass word alone"),
    ],
)
def test_a_region_is_known_by_the_spelling_news_writes(name, why):
    assert is_place(name), why


@pytest.mark.parametrize(
    "name",
    [
        "Centre",  # a word never a name alone (Burkina Faso's, Cameroon's region)
        "North",  # a compass word (Cameroon's)
        "Rivers",  # an everyday word (a Nigerian state)
        "Isabel",  # a given name (a province of the Solomon Islands)
        "Somali",  # a country's people (an Ethiopian region)
        "Imo",  # three letters: "IMO" in capitals is an acronym (a Nigerian state)
        "Gdby",  # an ASCII form that lost letters (Gədəbəy)
        "North West",  # compass words (a South African province, a Botswanan district)
        "Central Region",  # everyday words with a kind of place (Malawi's)
        "Saint Andrew",  # a saint: everyday words ending in a given name (parishes of five islands)
    ],
)
def test_a_region_named_by_a_word_a_person_a_people_or_a_few_letters_is_left_out(name):
    assert not is_place(name)


def test_a_region_names_a_town_s_region_after_its_comma():
    assert regions()["Kerala"] == "Kerala" and regions()["Punjab"] == "Punjab"


def test_a_region_of_the_world_table_may_be_a_surname():
    # a Mexican state, and a surname news writes alone ("Guerrero said"): a place as small towns
    # are, not one of the major places that are never a surname
    assert is_place("Guerrero") and "Guerrero" not in major_places()
