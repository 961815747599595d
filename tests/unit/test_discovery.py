"""What makes discovery fast changes nothing it finds: cached readings, the acronym search, the
first-name list read without gender-guesser's detector."""

from __future__ import annotations

import pickle
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier import acronyms
from dossier.entities import find_mentions, load_registry
from dossier.lexicon import first_names, is_common_word

ROOT = Path(__file__).resolve().parents[2]

# Words that steer a span's reading one way or another depending on the text around it: a word
# written in lowercase elsewhere ("incumbent"), sentence openers, titles, connectors, places.
WORDS = [
    "Incumbent", "incumbent", "Jenny", "Albers", "Residents", "residents", "of", "Lumby", "Shares", "Tesla",
    "President", "Vladimir", "Putin", "Bank", "England", "and", "the", "Department", "Wildlife", "Fisheries",
    "Mr.", "Marchetti", "Paul", "Cameron", ",", "La.", "Kenya", "Iten", ".", "said", "The", "Hurricane",
    "Delphine", "wildfire", "Kettle", "Ridge", "(NEA)", "National", "Energy", "Agency", "Organisers", "say",
    "CAMERON", "(AP)", "—", "\n", "Securities", "Exchange", "Commission", "Russia", "Syria's", "Bashar", "al-Assad",
]  # fmt: skip
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=2, max_size=6))
def test_readings_kept_from_other_texts_give_what_a_fresh_reading_gives(corpus):
    shared = load_registry(None)  # its cache fills up text after text
    for text in corpus:
        assert find_mentions(text, shared) == find_mentions(text, load_registry(None))


def test_a_registry_is_pickled_without_its_cache():
    registry = load_registry(None)
    find_mentions("President Vladimir Putin met Bashar al-Assad in Damascus.", registry)
    assert registry.readings()
    assert pickle.loads(pickle.dumps(registry)).readings() == {}


acronym_texts = st.lists(
    st.sampled_from(
        [
            "National",
            "Energy",
            "Agency",
            "of",
            "the",
            "&",
            " ",
            "  ",
            "\n",
            "(NEA)",
            "(AB)",
            "(A)",
            "(Ab.)",
            "(",
            ")",
            ".",
            ",",
            "x",
            "’s",
            "-",
            "É",
            "1",
        ]
    ),  # fmt: skip
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(acronym_texts)
def test_the_acronym_search_finds_what_the_pattern_finds(text):
    expected = [(m.span(), m.groupdict()) for m in acronyms._ACRONYM_DEF.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in acronyms._acronym_matches(text)] == expected


def test_first_names_are_read_as_gender_guesser_reads_them():
    from gender_guesser.detector import Detector

    expected = {}
    for name, genders in Detector(case_sensitive=True).names.items():
        kinds = {g.replace("mostly_", "") for g in genders}
        expected[name] = "m" if kinds == {"male"} else "f" if kinds == {"female"} else "?"
    assert first_names() == expected


def test_an_acronym_and_a_word_that_names_nobody_before_a_person_are_split_off():
    found = {m.text for m in find_mentions("Lawmakers asked whether former NL MVP Carlos Duarte lied to them.")}
    assert "Carlos Duarte" in found and "NL" in found
    assert not any("MVP" in name for name in found)


def test_a_team_word_after_former_is_not_part_of_the_person_s_name():
    found = {m.text for m in find_mentions("He broke the record set by former Wildcat Daniel Marsh in 1994.")}
    assert "Daniel Marsh" in found
    assert "Wildcat Daniel Marsh" not in found


def test_a_common_word_is_one_of_the_table_or_frequent_in_the_word_counts():
    assert is_common_word("The")  # the hand-written table
    assert is_common_word("Ticket") and is_common_word("WINDOW")  # counted often, in any case
    assert not is_common_word("Smith") and not is_common_word("Zorvex")


def test_the_words_that_qualify_a_title_name_no_body_of_their_own():
    text = "The roads stay shut, Assistant Police Commissioner Jane Marsh said. Police Commissioner Tom Lund agreed."
    found = {m.text for m in find_mentions(text)}
    assert {"Jane Marsh", "Tom Lund"} <= found
    assert not {"Assistant Police", "Police"} & found
    assert "Karlsholm Police" in {m.text for m in find_mentions("He met Karlsholm Police Commissioner Jane Marsh.")}


def test_a_title_in_quotation_marks_is_one_name_not_its_pieces():
    found = {m.text for m in find_mentions('The crew of "Three and a Half Sailors" won the prize on Friday.')}
    assert "Three and a Half Sailors" in found
    assert "Half Sailors" not in found


def test_a_figure_and_an_acronym_closed_by_punctuation_is_a_statistic_not_a_body():
    found = {
        m.text
        for m in find_mentions(
            "Lee Okafor threw for 3,966 yards (28 TD, 12 INT). The car does 31 MPG; the CFA rated it."
        )
    }
    assert "Lee Okafor" in found
    assert "CFA" in found
    assert not {"TD", "INT", "MPG"} & found


def test_a_time_zone_after_a_clock_time_is_no_name():
    found = {
        m.text
        for m in find_mentions(
            "Updated Jan. 10 2008 10:12 PM ET Jane Marsh, Karlsholm Courier. It opens at 4:30 p.m. EST."
        )
    }
    assert "Jane Marsh" in found
    assert not {"ET", "EST", "PM ET Jane Marsh"} & found


def test_an_acronym_an_indefinite_article_opens_and_that_closes_its_phrase_is_no_name():
    text = "Jane Marsh is awarded an MBE. Tom Lund gets an OBE while Ivan Petrov gets a QVC for his work."
    found = {m.text for m in find_mentions(text)}
    assert not {"MBE", "OBE", "QVC"} & found
    assert "KBC" in {m.text for m in find_mentions("She is a KBC reporter in Karlsholm.")}


def test_one_word_of_an_adjective_s_shape_before_its_noun_is_no_name():
    text = "He said the Victorian house burned, and the Marxist party agreed. Then Petrosian was there."
    found = {m.text for m in find_mentions(text)}
    assert not {"Victorian", "Marxist"} & found
    assert "Petrosian" in found


def test_a_span_s_last_word_that_opens_a_compound_noun_is_the_noun_s():
    text = "The plan is on the KBC Web site today, and Karlsholm Transit says so on its Home page."
    found = {m.text for m in find_mentions(text)}
    assert {"KBC", "Karlsholm Transit"} <= found
    assert not {"KBC Web", "Karlsholm Transit Home"} & found
    assert "Friends of Note" in {m.text for m in find_mentions("They planned a Friends of Note book. It sold.")}


def test_a_role_of_a_place_whose_first_word_is_a_given_name_names_the_place():
    text = "Ann Kerrow, Director-General of the Santa Clara-based Vortexa Institute, met the Mayor of San Jose."
    found = {m.text for m in find_mentions(text)}
    assert {"Ann Kerrow", "Santa Clara", "San Jose"} <= found
    assert not {"Director-General of the Santa Clara", "Mayor of San Jose"} & found


def test_a_verb_that_opens_an_appeal_after_a_label_is_no_part_of_its_name():
    text = "Share it on Vortexa Click here to see more. Click here to vote. Tom Lund ruled Jane Marsh out."
    found = {m.text for m in find_mentions(text)}
    assert {"Vortexa", "Jane Marsh"} <= found
    assert "Vortexa Click" not in found


def test_a_name_and_a_region_in_a_list_are_no_town_of_that_region():
    found = {m.text for m in find_mentions("He was linked with Kelso, Hartford, Ohio or Karlsholm United.")}
    assert {"Kelso", "Hartford", "Ohio"} <= found
    assert "Hartford, Ohio" not in found
    found = {
        m.text for m in find_mentions("Oil from Kuwait, Iraq, and Iran flows. She was born in Dayton, Ohio, and left.")
    }
    assert "Kuwait, Iraq" not in found
    assert "Dayton, Ohio" in found


def test_a_body_and_the_subject_it_sits_on_are_one_name():
    found = {
        m.text
        for m in find_mentions("He wrote to the Karlsholm Council on Coastal Affairs. The Senate on Tuesday agreed.")
    }
    assert "Karlsholm Council on Coastal Affairs" in found
    assert not {"Karlsholm Council", "Coastal Affairs", "Senate on Tuesday"} & found
    found = {m.text for m in find_mentions("The Acme University's Center on Coastal Affairs said so.")}
    assert "Acme University" in found


def test_a_bodys_arm_in_a_region_written_whole_twice_is_one_name():
    arm = (
        "Zorvan Front in the Eastern Reach said it struck. The attack was claimed by "
        "Zorvan Front in the Eastern Reach on Monday."
    )
    found = {m.text for m in find_mentions(arm)}
    assert "Zorvan Front in the Eastern Reach" in found
    assert "Eastern Reach" not in found
    once = "Zorvan Front in the Eastern Reach said it struck. Officials in the Eastern Reach denied it."
    assert "Zorvan Front in the Eastern Reach" not in {m.text for m in find_mentions(once)}
    alone = arm + " The Eastern Reach is calm."
    assert "Zorvan Front in the Eastern Reach" not in {m.text for m in find_mentions(alone)}
    league = "Karlsholm Rovers in the Coastal League won. Karlsholm Rovers in the Coastal League lost."
    assert "Karlsholm Rovers in the Coastal League" not in {m.text for m in find_mentions(league)}
    plural = "Old Geeks in the Outer Marsh met. Old Geeks in the Outer Marsh left."
    assert "Old Geeks in the Outer Marsh" not in {m.text for m in find_mentions(plural)}


def test_a_persons_surname_in_a_region_written_twice_is_no_bodys_arm():
    # The file names the person in full: "Okafor in the North East" is she, there, not an arm.
    text = (
        "Councillor Ana Okafor spoke on Monday. An aide said Okafor in the North East is a different "
        "candidate. Her supporters said Okafor in the North East had won them over."
    )
    found = [m.text for m in find_mentions(text)]
    assert "Okafor in the North East" not in found
    assert found.count("Okafor") == 2


def test_an_initial_after_a_title_opens_the_name_and_ends_no_sentence():
    found = {m.text for m in find_mentions("He said that the Harbour Minister K. Varga was wrong.")}
    assert "K. Varga" in found
    assert not {"K", "Varga"} & found
    assert "Andrew Lee" in {m.text for m in find_mentions("It killed Ambassador J. Andrew Lee and two others.")}


def test_an_institution_of_a_place_and_its_campus_after_a_comma_is_one_body():
    found = {m.text: m.type for m in find_mentions("Jane Roe, a chemist at the University of Ohio, Dayton, said so.")}
    assert found.get("University of Ohio, Dayton") == "organization"
    assert "Dayton" not in found


def test_an_institution_of_a_place_in_a_list_stays_apart_from_the_next_item():
    found = {m.text for m in find_mentions("Teams from the University of Ohio, Dayton and Tulane met on Monday.")}
    assert {"University of Ohio", "Dayton"} <= found


def test_an_institution_named_of_a_town_takes_no_campus_after_a_comma():
    # A town's university has no campus in another town: the comma ends an opening clause.
    found = {m.text for m in find_mentions("After the University of Chicago, Boston was her home for a decade.")}
    assert {"University of Chicago", "Boston"} <= found


def test_a_list_of_kinds_repeats_its_noun_in_every_item():
    # "Balsam fir, Douglas fir, Fraser fir": kinds of fir, not names. Capitalised words each before
    # another noun are names side by side ("Apple shares, Google stock"), however many.
    from dossier.namelists import kinds_in_a_list

    assert kinds_in_a_list("The farm sells Balsam fir, Douglas fir, Fraser fir and white pine.") == {
        "Balsam", "Douglas", "Fraser"
    }  # fmt: skip
    assert kinds_in_a_list("The fund sold Apple shares, Google stock and Yahoo bonds.") == set()


def test_a_first_name_wrapped_onto_the_next_line_joins_its_surname_from_a_line_of_six_words():
    # A hard-wrapped paragraph breaks "Tom" / "Davis" over two lines: one name when the line that
    # ends with the first name holds WRAPPED_LINE_MIN_WORDS words or more (running text, not a label).
    from dossier.spanjoins import WRAPPED_LINE_MIN_WORDS

    above = "The senators on the oversight committee said on Monday that"
    below = "Davis, who was sending a letter to the agency on Tuesday."
    line = "the panel heard ranking member Tom"
    assert len(line.split()) == WRAPPED_LINE_MIN_WORDS
    registry = load_registry(None)
    assert [m.text for m in find_mentions(f"{above}\n{line}\n{below}", registry)] == ["Tom Davis"]
    shorter = line.removeprefix("the ")
    assert "Tom Davis" not in [m.text for m in find_mentions(f"{above}\n{shorter}\n{below}", registry)]
