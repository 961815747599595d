"""A work's title in quotation marks is read whole even with no small word in it (issue 14): its
first word may be a common one and its verbs a headline's."""

from __future__ import annotations

from dossier.entities import find_mentions


def found(text: str) -> set[str]:
    return {m.text for m in find_mentions(text)}


def test_a_quoted_title_opening_with_a_common_word_keeps_it():
    names = found('The comedy "Nobody Beats Marla" led the list of nominees on Tuesday.')
    assert "Nobody Beats Marla" in names
    assert "Beats Marla" not in names


def test_a_quoted_title_of_verbs_is_still_a_title():
    assert "Someone Must Be Lying" in found('Critics praised "Someone Must Be Lying" at the festival.')


def test_a_quoted_slogan_naming_a_person_keeps_the_name():
    # No small word, and a given name with a surname inside: a slogan that names someone.
    assert "Margaret Quillfeather" in found('Supporters waved signs saying "Vote Margaret Quillfeather" at the rally.')
