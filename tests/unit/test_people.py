"""Resolving people across a corpus (issue 14): variants of one person merge when the corpus
supports it; two people who both appear never do. Hand-written sentences, one behaviour each."""

from __future__ import annotations

import pytest

from dossier.cues import introduced_as_relative
from dossier.entities import Mention, discover, find_mentions, load_registry, resolve, resolve_documents
from dossier.people import generation, surname_key
from dossier.publishers import default_publishers


@pytest.fixture(scope="module")
def known():
    return load_registry(None, default_publishers())


def entities(texts: dict[str, str], registry) -> dict[str, dict[str, tuple[str, ...]]]:
    """doc -> entity name -> its spellings in that doc."""
    return {d: {e.name: e.spellings() for e in es} for d, es in discover(texts, registry).items()}


def test_an_honorific_and_the_surname_join_the_full_name(known):
    found = entities({"a": "Helen Carvey won the vote. Miss Carvey said she was pleased."}, known)
    assert found["a"] == {"Helen Carvey": ("Helen Carvey", "Miss Carvey")}


def test_a_noble_honorific_says_the_persons_sex(known):
    found = entities({"a": "Sir Edwin Harrow climbed it first. Lady Harrow was not told."}, known)
    assert "Lady Harrow" not in found["a"].get("Edwin Harrow", ())


def test_a_name_without_its_middle_name_is_the_same_person(known):
    found = entities(
        {"a": "Ahmad Khan Rahimi was arrested on Monday.", "b": "Police said Ahmad Rahimi had acted alone."}, known
    )
    assert list(found["b"]) == ["Ahmad Khan Rahimi"]


@pytest.mark.parametrize(
    ("one", "other"), [("Harold K. Marsh", "Harold T. Marsh"), ("George H.W. Vance", "George W. Vance")]
)
def test_two_middle_initials_that_differ_are_two_people(known, one, other):
    # A father and a son, two brothers: one letter apart, yet no slip of one name.
    found = entities({"a": f"{one} spoke at the dinner.", "b": f"{other} met the king."}, known)
    assert list(found["a"]) == [one] and list(found["b"]) == [other]


def test_a_name_without_a_middle_name_does_not_join_two_people_of_two_middle_names(known):
    texts = {
        "a": "John Harker spoke. John Harker left.",
        "b": "John Arthur Harker spoke at the dinner.",
        "c": "John Brian Harker met the king.",
    }
    found = entities(texts, known)
    assert set(found["b"]) != set(found["c"])  # a father and a son of one given name stay two


def test_a_relative_whose_given_name_differs_by_a_letter_is_another_person(known):
    # "Jon" and "John" are two given names of the list: a slip where the file writes one of each
    # with nothing more, two people where it introduces one as the other's relative.
    found = entities({"a": "Jon Marsh spoke first. His cousin, John Marsh, spoke later."}, known)
    assert {"Jon Marsh", "John Marsh"} <= set(found["a"])
    slip = entities({"a": "Jon Marsh spoke first. Later John Marsh spoke again."}, known)
    assert len(slip["a"]) == 1


def test_a_relative_named_without_the_middle_name_of_another_in_one_file_is_another_person(known):
    found = entities({"a": "Britta Lynn Harker is pregnant. Her mother, Britta Harker, said so."}, known)
    assert {"Britta Lynn Harker", "Britta Harker"} <= found["a"].keys()


def test_a_name_and_the_same_with_a_middle_name_in_one_file_are_one_person(known):
    found = entities({"a": "Helen Rodway Carvey won the vote. Helen Carvey thanked her voters."}, known)
    assert list(found["a"]) == ["Helen Rodway Carvey"]


def test_a_short_form_of_the_first_name_is_the_same_person(known):
    found = entities({"a": "Robert de Vallier ran the race.", "b": "Rob de Vallier won it twice."}, known)
    assert list(found["b"]) == ["Robert de Vallier"]


def test_a_surname_one_letter_off_in_another_source_joins_the_more_written_spelling(known):
    found = entities(
        {"a": "Mike Ashworth bought the club. Mike Ashworth said little.", "b": "Owner Mike Ashwroth was away."}, known
    )
    assert list(found["b"]) == ["Mike Ashworth"]


def test_two_surnames_one_letter_apart_in_one_source_are_two_people(known):
    found = entities({"a": "Mike Ashworth and Mike Ashwroth were both there. Mike Ashworth left."}, known)
    assert {"Mike Ashworth", "Mike Ashwroth"} <= found["a"].keys()


def test_a_name_written_once_in_a_source_that_writes_it_right_thrice_is_a_slip(known):
    text = (
        "Mike Ashworth bought the club. Fans cheered Mike Ashworth. Mike Ashworth smiled. "
        "One reader wrote that Mike Ashwroth should sell."
    )
    found = entities({"a": text}, known)
    assert "Mike Ashwroth" not in found["a"] and "Mike Ashwroth" in found["a"]["Mike Ashworth"]


def test_initials_alone_are_the_one_person_of_the_file_with_those_initials():
    mentions = {
        "a": [Mention("T.R. Varga", "person", "capitalised span")],
        "b": [Mention("Varga", "person", "speaker after"), Mention("T.R.", "other", "single word")],
        "c": [Mention("T.R.", "other", "single word")],  # no one of those initials in this file
        "d": [
            Mention("T.R. Varga", "person", "capitalised span"),
            Mention("T.R. Ostby", "person", "capitalised span"),
            Mention("T.R.", "other", "single word"),
        ],
    }
    resolved = resolve(mentions, load_registry(None))
    assert resolved["b"]["T.R."].name == "T.R. Varga"
    assert resolved["c"]["T.R."].name == "T.R."
    assert resolved["d"]["T.R."].name == "T.R."  # two people of those initials: neither


def test_a_father_and_his_son_are_two_people(known):
    found = entities(
        {
            "a": "Donald Trump said the deal was done.",
            "b": "Donald Trump Jr. met the lawyer. Trump Jr. said it was short.",
        },
        known,
    )
    assert list(found["a"]) == ["Donald Trump"]
    assert list(found["b"]) == ["Donald Trump Jr"]
    assert "Trump Jr" in found["b"]["Donald Trump Jr"]


def test_a_surname_in_a_source_that_names_only_the_son_is_the_sons(known):
    found = entities(
        {"a": "Donald Trump said the deal was done.", "b": "Donald Trump Jr. met the lawyer. Trump said it was short."},
        known,
    )
    assert found["b"] == {"Donald Trump Jr": ("Donald Trump Jr", "Trump")}


def test_a_given_name_and_a_generation_is_the_file_s_son_of_that_name(known):
    found = entities(
        {
            "a": "Donald Tremp spoke in Ohio.",
            "b": "Donald Tremp Jr. met the lawyer. Don Jr. said it was short. Donald Tremp agreed.",
            "c": "Don Jr. said nothing.",  # no son of that name here: no other file's
        },
        known,
    )
    assert set(found["b"]["Donald Tremp Jr"]) >= {"Don Jr"}
    assert "Don Jr" not in found["b"]["Donald Tremp"]
    assert "Donald Tremp Jr" not in found["c"]


def test_a_titled_surname_the_son_holds_too_is_his(known):
    # "Governor Tremp" where the son is the governor: his, the father's name elsewhere or not
    found = entities(
        {
            "a": "Donald Tremp spoke in Ohio.",
            "b": "Governor Donald Tremp Jr. met the lawyer. Governor Tremp said it was short.",
        },
        known,
    )
    assert "Tremp" in found["b"]["Donald Tremp Jr"]


def test_a_titled_surname_in_a_file_naming_father_and_son_is_the_nearest_whoever_else_the_corpus_names(known):
    texts = {
        "a": "Ivanka Tremp spoke in Ohio.",
        "b": "Donald Tremp Jr. met the lawyer. Donald Tremp was away. President Tremp denied it.",
    }
    found = resolve_documents({doc: find_mentions(text, known) for doc, text in texts.items()}, known)
    assert found["b"].ambiguous == {}
    assert "Tremp" in next(e for e in found["b"].entities if e.name == "Donald Tremp").spellings()


def test_a_titled_surname_in_the_son_s_file_is_reported_on_both_pages(known):
    texts = {
        "a": "Donald Tremp spoke in Ohio.",
        "b": "Donald Tremp Jr. met the lawyer. President Tremp defended his son on Monday.",
    }
    found = resolve_documents({doc: find_mentions(text, known) for doc, text in texts.items()}, known)
    assert found["b"].ambiguous == {"Tremp": ("Donald Tremp", "Donald Tremp Jr")}


def test_a_surname_in_a_source_that_names_two_people_is_the_nearest_before_it(known):
    text = "Donald Trump Jr. met the lawyer. His father Donald Trump was away. Trump later denied it."
    found = entities({"a": text}, known)
    assert "Trump" in found["a"]["Donald Trump"] and "Trump" not in found["a"]["Donald Trump Jr"]


def test_a_surname_is_not_the_relative_the_file_introduces_but_the_person_of_that_surname(known):
    text = (
        "Coach Carl Vendrell resigned on Monday. His mother, Nora Vendrell, says the family was threatened. "
        "Fans were angry over Vendrell's decision."
    )
    found = entities({"a": text}, known)
    assert "Vendrell" in found["a"]["Carl Vendrell"] and "Vendrell" not in found["a"]["Nora Vendrell"]


def test_a_titled_surname_introduced_as_a_relative_is_not_the_person_named_in_full(known):
    # "Mullah" is a role title: the brother has no given name in the text, and shares the surname.
    text = (
        "Rebel commander Karim Vostani denied the report. Vostani rose after his brother, Mullah "
        "Vostani, was killed in May. Mullah Vostani had led the rebels for years."
    )
    found = entities({"a": text}, known)
    assert found["a"]["Karim Vostani"] == ("Karim Vostani", "Vostani")
    assert found["a"]["Mullah Vostani"] == ("Mullah Vostani",)


def test_an_honorific_introduced_as_a_relative_takes_only_a_relative_named_in_full(known):
    alone = entities({"a": "Carl Vendrell won the race. His father, Mr. Vendrell, watched it."}, known)
    assert "Mr. Vendrell" not in alone["a"]["Carl Vendrell"]
    named = entities(
        {"a": "Carl Vendrell won the race. His father, Omar Vendrell, watched. Mr. Vendrell, his father, cried."},
        known,
    )
    assert "Mr. Vendrell" in named["a"]["Omar Vendrell"]


def test_a_relative_in_apposition_after_the_name_does_not_take_the_surname(known):
    text = "Carl Vendrell resigned on Monday. Nora Vendrell, his wife, said they would move. Vendrell left."
    found = entities({"a": text}, known)
    assert "Vendrell" in found["a"]["Carl Vendrell"] and "Vendrell" not in found["a"]["Nora Vendrell"]


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("His mother, Nora Vendrell, says it.", True),
        ("He thanked his late father Omar Vendrell.", True),
        ("The coach's wife, Nora Vendrell, was there.", True),
        ("Nora Vendrell, the sister of the coach, spoke.", True),
        ("Relatives of Nora Vendrell were there.", False),  # hers, not she theirs
        ("The mother of Nora Vendrell spoke.", False),
        ("Nora Vendrell, a mother of three, spoke.", False),  # what she is, not whose
    ],
)
def test_a_name_is_introduced_as_a_relative_by_a_possessive_and_a_kin_noun(text, relative):
    name = next(n for n in ("Nora Vendrell", "Omar Vendrell") if n in text)
    start = text.index(name)
    assert introduced_as_relative(text, start, start + len(name)) is relative


def test_a_titled_surname_is_not_a_person_of_another_role_title(known):
    text = "The note came from Governor Dalbrook and Chief Justice Irena Dalbrook, who signed it."
    found = entities({"a": text}, known)
    assert "Dalbrook" not in found["a"].get("Irena Dalbrook", ())


def test_a_titled_surname_joins_a_person_of_the_same_title_abbreviated(known):
    text = "Senator Irena Dalbrook spoke first. Later Sen. Dalbrook left the room."
    found = entities({"a": text}, known)
    assert "Dalbrook" in found["a"]["Irena Dalbrook"]


def test_a_surname_whose_mentions_point_to_two_people_is_taken_by_neither():
    mentions = [
        Mention("Harry Kessel", "person", "capitalised span"),
        Mention("Kessel", "other", "single word"),
        Mention("Jamie Kessel", "person", "capitalised span"),
        Mention("Kessel", "other", "single word"),
    ]
    resolved = resolve({"a": mentions}, load_registry(None))
    assert "Kessel" not in resolved["a"]


def test_an_organisations_name_without_its_place_is_the_organisation(known):
    found = entities({"a": "The Pakistan Peoples Party met. The Peoples Party said it would boycott the vote."}, known)
    assert found["a"] == {"Pakistan Peoples Party": ("Pakistan Peoples Party", "Peoples Party")}


def test_a_mountain_is_named_without_mount(known):
    found = entities({"a": "He climbed Mount Kessaly in 1953. Few have climbed Kessaly since."}, known)
    assert found["a"] == {"Mount Kessaly": ("Mount Kessaly", "Kessaly")}


def test_a_clubs_nickname_is_the_club_but_its_city_stays_the_city(known):
    found = entities({"a": "The Toronto Raptors won. The Raptors beat the visitors in Toronto."}, known)
    assert "Raptors" in found["a"]["Toronto Raptors"]
    assert "Toronto" not in found["a"]["Toronto Raptors"]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Donald Trump", "trump"),
        ("Donald Trump Jr.", "trump|jr"),
        ("Bashar al-Assad", "assad"),
        ("Robert de Castella", "de castella"),
    ],
)
def test_surname_keys(name, key):
    assert surname_key(name) == key


def test_a_generation_is_read_from_the_last_word():
    assert generation("Martin Luther King Jr.".split()) == "jr"
    assert generation(["Jr"]) == ""


def test_a_place_does_not_join_the_company_named_after_it(known):
    found = entities({"a": "The Isles of Scilly Steamship Company cancelled sailings to the Isles of Scilly."}, known)
    assert "Isles of Scilly" in found["a"]


def test_a_surname_is_looked_up_as_a_misspelling_from_min_misspelt_surname_letters():
    from dossier.people import MAX_MISSPELT_SURNAME, MIN_MISSPELT_SURNAME, _may_be_misspelt

    assert _may_be_misspelt("x" * MIN_MISSPELT_SURNAME) and _may_be_misspelt("x" * MAX_MISSPELT_SURNAME)
    assert not _may_be_misspelt("x" * (MIN_MISSPELT_SURNAME - 1))
    assert not _may_be_misspelt("x" * (MAX_MISSPELT_SURNAME + 1))
