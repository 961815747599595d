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


def test_a_role_after_a_persons_name_is_no_name_but_the_firm_before_its_title():
    # "Jane Doe, Orbix Vice President of Products": her role; the firm named before the title stays
    names = {n for n, _ in mentions("We are pleased, said Dora Quillfeather, Orbix Vice President of Products.")}
    assert "Dora Quillfeather" in names
    assert "Orbix" in names
    assert not any("President" in n or n == "Products" for n in names)


def test_the_body_after_a_persons_role_is_named_and_the_role_is_not():
    # "Creative Director of X": "Creative" qualifies the title; the studio after "of" is a name
    names = {n for n, _ in mentions("The game was led by Dora Quillfeather, Creative Director of Glimmerworks.")}
    assert "Glimmerworks" in names
    assert not any("Director" in n or n == "Creative" for n in names)


def test_a_department_after_a_persons_role_is_no_body():
    # the department is written in lowercase elsewhere in the text: no name
    text = "Dora Quillfeather, Vice President of Customer Care, answered. Good customer care matters."
    names = {n for n, _ in mentions(text)}
    assert "Customer Care" not in names
    assert not any("President" in n for n in names)


def test_a_sovereigns_title_after_a_persons_name_keeps_its_name():
    # "Lord of the Rings" after a comma is a film's name, not a role of the man named before it
    names = {n for n, _ in mentions("The crowd cheered Pieter Halloway, Lord of the Rings director, on Friday.")}
    assert any("Lord of the Rings" in n for n in names)


def test_a_firm_of_an_everyday_word_before_a_role_is_named_where_the_text_writes_it_alone():
    text = "Apple sold more. We are pleased, said Dora Quillfeather, Apple Vice President of Sales."
    names = {n for n, _ in mentions(text)}
    assert "Apple" in names
    assert not any("President" in n for n in names)


def test_the_bodies_after_a_persons_role_are_split_as_any_span_is():
    text = "The game was led by Dora Quillfeather, Creative Director of Glimmerworks and Fernhollow."
    names = {n for n, _ in mentions(text)}
    assert {"Glimmerworks", "Fernhollow"} <= names


def test_a_titled_person_of_a_body_is_the_person_and_the_body():
    # "Minister X of Y": the title before the given name does not make the span one body's name
    found = mentions("Minister Dora Quillfeather of Greenway Baptist Church led the prayers.")
    assert ("Dora Quillfeather", "person") in found
    assert ("Greenway Baptist Church", "organization") in found


def test_a_name_written_twice_in_a_row_is_that_name():
    # a caption's name repeated ("John Hawkins John Hawkins"); a one-word repeat is a name ("Bora Bora")
    found = mentions("Officers found Dora Quillfeather Dora Quillfeather in the car.")
    assert ("Dora Quillfeather", "person") in found
    assert not any(name.count("Dora") > 1 for name, _ in found)


def test_a_district_of_a_place_run_into_a_persons_name_is_two_names():
    # issue 14's "Southern District of New York Preet Bharara"; "York" is a given name too
    found = mentions("The Southern District of New York Dora Quillfeather said the case was closed.")
    assert ("Dora Quillfeather", "person") in found
    assert not any("York Dora" in name for name, _ in found)


def test_a_title_of_a_two_word_place_ends_at_the_place():
    found = mentions("Governor of New York Dora Quillfeather spoke on Monday.")
    assert ("Dora Quillfeather", "person") in found


def test_an_everyday_plural_of_the_name_opening_a_sentence_is_no_part_of_it():
    # "Readers of the Kelham Gazette" where the text names the paper alone: the paper, not its readers
    found = mentions("Readers of the Kelham Gazette wrote in. The Kelham Gazette said it would print them.")
    assert {name for name, _ in found} == {"Kelham Gazette"}
