"""A person's rank or role before a name is no part of the name (issue 14): a title's abbreviation
written without its full stop, and a role of several title words "of" a body."""

from __future__ import annotations

from dossier.entities import find_mentions


def found(text: str) -> set[str]:
    return {m.text for m in find_mentions(text)}


def test_a_rank_abbreviated_without_a_full_stop_is_no_part_of_the_name():
    names = found("The driver was held overnight, said Sgt Dora Quillfeather of the county police.")
    assert "Dora Quillfeather" in names
    assert "Sgt Dora Quillfeather" not in names


def test_a_role_of_two_title_words_of_a_body_names_the_body():
    names = found("Omar Velkind, Executive Director of Norbridge Lantern Trust, said the talks had failed.")
    assert "Norbridge Lantern Trust" in names
    assert not any(n.startswith("Executive") for n in names)


def test_a_surname_written_as_an_undotted_title_stays_in_the_name():
    # "Sen." abbreviates a senator; "Sen" without its stop ends names ("Amartya Sen", "Hun Sen").
    assert "Velora Sen" in found("The economist Velora Sen said on Tuesday that the famine could have been avoided.")


def test_a_generation_abbreviated_gen_is_no_title_before_a_letter():
    names = found("The survey of Gen Z voters in Harlow was published on Monday.")
    assert "Z" not in names
