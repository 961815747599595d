"""Names that punctuation or a count would cut or stretch (issue 14): a nickname in quotation
marks inside a person's name, a name right after a full stop whose space the page lost, and a
count of hours after a name (an age, no designator)."""

from __future__ import annotations

from dossier.entities import find_mentions


def found(text: str) -> set[str]:
    return {m.text for m in find_mentions(text)}


def test_a_nickname_in_quotes_between_initials_and_a_surname_is_one_person():
    names = found('The band hired the drummer J.R. "Skids" Pellbury for the tour.')
    assert 'J.R. "Skids" Pellbury' in names
    assert not {"J.R.", "Skids", "Pellbury"} & names


def test_a_nickname_in_quotes_between_a_given_name_and_a_surname_is_one_person():
    names = found('Fans cheered when Thomas "Tiny" Ardwell walked in on Monday.')
    assert 'Thomas "Tiny" Ardwell' in names
    assert not {"Thomas", "Tiny", "Ardwell"} & names


def test_a_name_after_a_full_stop_glued_to_the_last_word_is_found_whole():
    names = found("The prize went to the new film.Martin Quellbrook accepted it on stage.")
    assert "Martin Quellbrook" in names
    assert "Quellbrook" not in names


def test_a_capitalised_part_of_a_web_or_mail_address_is_no_name():
    names = found("Write to ann.Brackwell@example.org or visit www.example.Orvane today.")
    assert not {"Brackwell", "Orvane"} & names


def test_a_count_of_hours_after_a_name_is_an_age_not_a_designator():
    names = found("Filed by the Harlow Wire Service 3 hours, 12 minutes ago, the report said so.")
    assert "Harlow Wire Service" in names
    assert "Harlow Wire Service 3" not in names


def test_a_designator_number_still_closes_a_name():
    assert "Flight 2209" in found("The plane, Flight 2209, landed safely on Monday.")


def test_a_designator_before_a_count_of_time_that_is_no_age_closes_the_name():
    # Only an age ("3 hours ago", "2 hours, 12 minutes ago") follows a name with a count of time.
    assert "Flight 2209" in found("Searchers found more debris from Flight 2209 months after it vanished.")
