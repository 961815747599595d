"""Spans that cross a construction (issue 14): an everyday noun opening a sentence, then "of" and
a person's name, is no part of the name; a US state's name and "State" is the state's school or
team, not the state."""

from __future__ import annotations

from dossier.entities import find_mentions


def mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in find_mentions(text)}


def test_an_everyday_noun_of_a_person_opening_a_sentence_is_no_part_of_the_name():
    names = {name for name, _ in mentions("Relatives of Dora Quillfeather have been harassed since she resigned.")}
    assert "Dora Quillfeather" in names
    assert not any(n.startswith("Relatives") for n in names)


def test_the_verb_after_a_noun_of_a_person_is_the_nouns_not_the_persons():
    # "have" agrees with "Friends", not with the woman named after "of": she stays a person
    found = mentions("Friends of Dora Quillfeather have complained to the council about the noise.")
    assert ("Dora Quillfeather", "person") in found


def test_a_us_states_name_and_state_is_its_school_not_the_state():
    found = mentions("The Tigers lost 24-17 to Nebraska State on Saturday night.")
    assert ("Nebraska State", "organization") in found
    assert ("Nebraska", "place") not in found


def test_a_state_sharing_its_name_with_a_large_city_keeps_the_place_reading():
    # "Washington State" tells the state from the capital: the place, as before
    found = mentions("Voters in Washington State chose a new governor.")
    assert ("Washington", "place") in found
