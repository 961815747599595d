"""Discovery reads sentence structure: where a sentence, a quotation, a cell or a name ends, and
which capitalised words are not names (issue 14). Hand-written sentences, one behaviour each."""

from __future__ import annotations

import pytest

from dossier.entities import discover, load_registry
from dossier.publishers import default_publishers


@pytest.fixture(scope="module")
def known():
    """The built-in tables with the outlet table, as stage 1 loads them."""
    return load_registry(None, default_publishers())


def found(text: str, registry) -> dict[str, str]:
    """Every spelling of every entity discovered in one text, with the entity's type."""
    return {s: e.type for e in discover({"a": text}, registry)["a"] for s in e.spellings()}


def test_a_name_does_not_run_across_a_tab(known):
    spellings = found("Orla Brennan Wins Again\tMarta Kowalczyk finished second, Kowalczyk said.", known)
    assert "Marta Kowalczyk" in spellings
    assert not any("Again" in s or "Wins" in s for s in spellings)


def test_a_title_case_cell_of_a_table_row_is_not_read(known):
    spellings = found("| Storm Hits Brantwood Harbour Today | The Brantwood council met on Monday. |", known)
    assert "Storm Hits Brantwood Harbour Today" not in spellings
    assert "Hits Brantwood Harbour" not in spellings


@pytest.mark.parametrize(
    "text",
    [
        'Asked about it, he said, "Well, nobody expected that."',
        "He told himself, 'Try not to think about it.'",
        "``Well, that is the question,'' she said.",
        "HARWICH - Bowed down by grief, mourners gathered.",
    ],
)
def test_the_first_word_of_a_quotation_or_after_a_dateline_dash_is_no_name(known, text):
    assert not {"Well", "Try", "Bowed"} & found(text, known).keys()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Did Ostrowski know? Nobody asked Ostrowski.", "Ostrowski"),
        ("Amid Peruvian protests, Ostrowski resigned.", "Ostrowski"),
        ("Former Australian captain Ostrowski spoke.", "Ostrowski"),
    ],
)
def test_a_function_word_or_origin_before_a_name_is_not_part_of_it(known, text, name):
    spellings = found(text, known)
    assert name in spellings
    assert all(s == name for s in spellings if name in s)


@pytest.mark.parametrize(
    "word",
    ["Aussies", "Kiwis", "Englishman", "Spaniards", "Queenslanders", "Londoners", "Muslim-American", "South African"],
)
def test_words_of_origin_and_groups_are_no_names(known, word):
    assert word not in found(f"The {word} were pleased with the result, a spokesman said.", known)


@pytest.mark.parametrize("word", ["Torontonians", "Cape Towners", "Egyptologists", "Scientologist"])
def test_people_of_a_place_or_followers_of_a_field_are_no_names(known, word):
    # a large city ending in "o" ("-nian"), a large place of several words (plural only), and the
    # ending "-ologist" of a creed's follower or a field's student
    assert word not in found(f"Most {word} were pleased with the result, a spokesman said.", known)
    assert word not in found(f"The report says some {word} were pleased, a spokesman said.", known)


def test_a_name_ending_in_a_field_s_students_stays_whole(known):
    assert "Company of Weatherologists" in found("The Company of Weatherologists met, Ann Lee said.", known)


def test_a_surname_that_is_the_plural_of_a_given_name_stays_in_the_name(known):
    # "Martins" would be the people of Saint Martin; the plural of a given name is a surname first
    assert "Obafemi Martins" in found("The man he replaced, Obafemi Martins, is due to fly out.", known)


def test_the_singular_of_a_place_of_several_words_stays_a_name(known):
    assert "New Yorker" in found("The story ran in the New Yorker on Monday, Ann Lee said.", known)


def test_a_group_word_after_a_place_leaves_the_place(known):
    spellings = found("Lahore Muslims gathered in the square on Friday.", known)
    assert "Lahore" in spellings and "Lahore Muslims" not in spellings


def test_a_surname_that_is_a_word_of_origin_stays_with_its_first_name(known):
    assert "Andrew French" in found("The study was led by Andrew French of the institute.", known)


@pytest.mark.parametrize("word", ["Christmas", "New Year", "God", "DNA", "HIV", "Ramadan"])
def test_holidays_deities_and_technical_terms_are_no_names(known, word):
    assert word not in found(f"They spoke of {word} and of little else, villagers in Tarnow said.", known)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We drove back on Sunday, and Dad said the roads were clear.", "Dad"),
        ("After the match Mom said the station was shut.", "Mom"),
        ("The fares rose again, BTW, and nobody told the riders.", "BTW"),
        ("The dough rolled thin for us, YMMV, with this flour.", "YMMV"),
    ],
)
def test_a_writers_kin_and_chat_abbreviations_are_no_names(known, text, word):
    assert word not in found(text, known)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The handset reaches the office WLAN in a second, Orvane said.", "WLAN"),
        ("Orvane sells CDMA handsets and air conditioners.", "CDMA"),
        ("The set joins the home network through its Ethernet jack.", "Ethernet"),
        ("He bought a film SLR from Kessler Cameras last week.", "SLR"),
        ("Tarrow played his last Twenty20 match for the Gulls on Tuesday.", "Twenty20"),
        ("Orvane answered each Trackback to the post within a day.", "Trackback"),
        ("The drive burns a BD-R disc in sixteen minutes, Orvane said.", "BD-R"),
        ("The drive has a Serial ATA interface, Orvane said.", "Serial ATA"),
    ],
)
def test_a_trades_general_acronyms_and_a_sports_formats_are_no_names(known, text, word):
    assert word not in found(text, known)


def test_an_acronym_the_table_leaves_out_as_a_bodys_stays_a_name(known):
    # "NAS" is also the National Academy of Sciences' usual name: not in the table, still a page
    assert "NAS" in found("The NAS said on Monday that the survey would go on.", known)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ilse Maartens won the Kestrel Open on Sunday.", "Kestrel Open", "event"),
        ("The race is part of the Formula One season.", "Formula One", "other"),
    ],
)
def test_a_name_may_end_in_open_or_one(known, text, name, kind):
    assert name in found(text, known)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police said Dalrymple acted alone. He told ABC News Dalrymple had planned it.", {"ABC News", "Dalrymple"}),
        ("He led the Kestrel Open K.J. Varga said.", {"Kestrel Open", "K.J. Varga"}),
        ("Head of the Transit Security Bureau Amos Kestler flew in.", {"Transit Security Bureau", "Amos Kestler"}),
        ("The champion Teodor Vranic of Croatia drew with Ivo Brankovic.", {"Teodor Vranic", "Croatia"}),
        # a possessive after the body ends the span there ("of NASA's Goddard Center")
        ("Said scientist Amy Pollard of NASA's Ames lab, it flew.", {"Amy Pollard", "NASA"}),
        # a double-barrelled surname is a person's name before "of" a place
        ("He lost to Remy Dufort-Lacaze of Belgium in the first round.", {"Remy Dufort-Lacaze", "Belgium"}),
        ("Englishman Gary Pilbeam finished third.", {"Gary Pilbeam"}),
        # "and" between a name of its own and a body is two names, not one body's name
        ("A dispute between Zyntrex and Quillon Technologies went to court.", {"Zyntrex", "Quillon Technologies"}),
        ("He coached at Ohio, Western Kentucky and Kestrel State.", {"Western Kentucky", "Kestrel State"}),
        # a given name and a surname that is also a title's or a place's word, "of" a body
        ("The panel heard Marta King of QXR on Monday.", {"Marta King", "QXR"}),
        # a club or its town "of the" league it plays in
        (
            "He was recalled from the Halifax Falcons of the Coastal Hockey League.",
            {"Halifax Falcons", "Coastal Hockey League"},
        ),
        # a title or a player's position letter between two names ends the first
        ("The former Kestrel Bowl MVP Dana Whitlow is back.", {"Kestrel Bowl", "Dana Whitlow"}),
        ("Notes: Harriers D Tomas Lindqvist missed a game. The Harriers lost.", {"Tomas Lindqvist"}),
    ],
)
def test_a_span_splits_where_one_name_ends_and_another_begins(known, text, names):
    entities = {e.name for e in discover({"a": text}, known)["a"]}
    assert names <= entities
    assert not any(len([n for n in names if n in e]) > 1 for e in entities)


def test_a_double_barrelled_surname_names_a_person(known):
    assert found("Tara Ellison-Hart scored twice for the club.", known).get("Tara Ellison-Hart") == "person"


def test_a_middle_initial_belongs_to_the_name(known):
    assert "Amy B. Carter" in found("Amy B. Carter said the plan was sound.", known)


def test_a_full_stop_after_a_single_capital_can_end_a_sentence(known):
    spellings = found("They took vitamin D. Researchers at Halvorsen University disagreed.", known)
    assert not any(s.startswith("D") for s in spellings)


@pytest.mark.parametrize("last", ["It was weak, and J. Okafor left.", "Later J. Okafor left."])
def test_a_first_initial_before_a_surname_the_text_names_in_full_opens_the_name(known, last):
    # "J. Okafor" is Jane's, not a sentence's end before "Okafor" (which went to Peter, the nearest)
    spellings = found(f"Jane Okafor spoke first. Peter Okafor said the plan was weak. {last}", known)
    assert "J. Okafor" in spellings and "Okafor" not in spellings


def test_a_hyphenated_name_with_lowercase_particles_is_one_word(known):
    assert "Ahmed Nur-ul-Karim" in found("General Ahmed Nur-ul-Karim took power in 1977.", known)


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("Umpires were adamant, reports Herald Sun.", "Herald Sun", "Herald Sun"),
        ("The BBC said the talks had failed.", "BBC", "BBC News"),
        ("Officials told the Associated Press that the talks had failed.", "Associated Press", "Associated Press"),
    ],
)
def test_an_outlet_is_an_organisation_under_the_outlet_tables_name(known, text, name, canonical):
    entities = {s: e for e in discover({"a": text}, known)["a"] for s in e.spellings()}
    assert entities[name].name == canonical
    assert entities[name].type == "organization"


def test_two_known_names_side_by_side_are_two(known):
    entities = {e.name for e in discover({"a": "Markets waited for the US Fed to act."}, known)["a"]}
    assert {"United States", "Federal Reserve"} <= entities


def test_a_country_abbreviation_is_no_initial_of_a_person(known):
    assert found("Officers of the U.S. Fish and Wildlife office met.", known).get("U.S. Fish") != "person"


def test_an_adjective_opening_a_headline_is_no_name(known):
    assert "New" not in found("New life for Kessler\nKessler won.", known)


def test_a_body_of_a_place_stays_one_name(known):
    entities = {e.name for e in discover({"a": "Letters came from NHS Scotland. Scotland was cold."}, known)["a"]}
    assert "NHS Scotland" in entities


def test_a_roads_number_is_a_name(known):
    assert "A39" in found("A tree fell on his car on the A39 near Wadebridge.", known)


def test_a_headland_ending_in_head_is_a_name(known):
    assert "Berry Head" in found("The strongest gust was recorded at Berry Head on Monday.", known)


@pytest.mark.parametrize("gap", ["\t", "   "])
def test_the_first_word_of_a_cell_is_no_name_by_itself(known, gap):
    assert "Get" not in found(f"Low fees and a bonus on sign-up{gap}Get a card with a bonus today.", known)


def test_a_roman_numeral_alone_is_no_name(known):
    assert "XII" not in found("Hogg is expected to be named in an unchanged XII today, the selectors said.", known)


@pytest.mark.parametrize("word", ["Islamic", "Sikh", "Buddhist"])
def test_an_adjective_of_faith_alone_is_no_name(known, word):
    assert word not in found(f"The unrest threw the {word} community into turmoil, officials said.", known)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mourners gathered at St. Paul's Cathedral on Sunday.", "St. Paul's Cathedral"),
        ("He was taken to St Mary's Hospital in Leeds.", "St Mary's Hospital"),
        ("The Huskies beat St. John's on Saturday.", "St. John's"),
        ("Fans filled St James' Park on Saturday.", "St James' Park"),
    ],
)
def test_a_saints_possessive_is_part_of_the_name(known, text, name):
    assert [s for s in found(text, known) if "St" in s] == [name]


def test_a_name_written_in_lowercase_only_in_a_list_of_tags_is_still_a_name(known):
    text = (
        "The umpires reported Okonkwo after the match. Why should only Okonkwo and Brannigan get involved, "
        "asked a player. The board banned Okonkwo, and later cleared Brannigan.\n"
        "Tags: cricket abuse okonkwo brannigan"
    )
    spellings = found(text, known)
    assert {"Okonkwo", "Brannigan"} <= spellings.keys()
    assert "Okonkwo and Brannigan" not in spellings


def test_a_name_runs_across_a_small_word_where_the_text_writes_its_initials(known):
    spellings = found("The Board of Control for Cricket in India protested. The BCCI will appeal, it said.", known)
    assert spellings.get("Board of Control for Cricket in India") == "organization"
    assert "Board of Control for Cricket" not in spellings


def test_a_number_after_a_name_in_a_list_of_results_is_no_part_of_it(known):
    spellings = found(
        "WINTER PLATE (1,200m), rated 20 to 46, 3-00: 1. Sea Breeze (4) K. Varga 57, 2. Blue Tern (2) Dolan 55,"
        " 3. Kestrel (1) M. Osei 54, 4. Gull (3) Ruiz 52 and 5. Heron (5) Lopes 51.",
        known,
    )
    assert not any(s[-1].isdigit() for s in spellings)


def test_weights_with_a_fraction_count_towards_a_list_of_results(known):
    spellings = found(
        "SPRING PLATE (1,600m): 1. Sea Breeze (2) Varga 59.5, 2. Blue Tern (1) Dolan 57.5 and 3. Kestrel (3) M. Osei 54.",
        known,
    )
    assert not any(s[-1].isdigit() for s in spellings)


def test_a_designator_number_stays_a_part_of_the_name(known):
    spellings = found(
        "Flight 2209 landed in Karlsholm on Monday after Flight 2210 was delayed, the airline said.", known
    )
    assert "Flight 2209" in spellings


def test_a_datelines_place_that_a_headline_ran_into_is_no_part_of_the_name_before_it(known):
    # A page a reader mode put in one cell: longer than a box of a layout table (`BOX_ROW_MAX_WORDS`).
    spellings = found(
        "| Council thanks Orla Brennan Galway, March 3 (PTI): The council thanked Orla Brennan on Monday for"
        " her years of work on the harbour board, and said the new pier would be finished before the summer. |",
        known,
    )
    assert "Orla Brennan Galway" not in spellings
    assert {"Orla Brennan", "Galway"} <= spellings.keys()


def test_a_label_in_capitals_run_into_a_name_is_no_part_of_it(known):
    spellings = found("Coming soon: Harbour Lights FILM TRAILER: Greta Lund sails the fjord in a storm.", known)
    assert "Harbour Lights" in spellings
    assert not any("FILM" in s or "TRAILER" in s for s in spellings)


def test_a_word_after_an_ellipsis_opens_a_sentence():
    from dossier.offsets import Separators
    from dossier.sentencestarts import opens_sentence

    body = "Harbour news 2012 - Psst… Want to see the new quay?"
    assert opens_sentence(body, body.index("Want"), Separators(body, "\n"))


def test_a_word_after_a_straight_quotation_mark_and_a_bracket_opens_a_sentence():
    # Scraped text writes quotation marks straight: 'quay.")' closes a sentence as 'quay.”)' does.
    from dossier.offsets import Separators
    from dossier.sentencestarts import opens_sentence

    for closed in ('(She said "we sail at noon.") ', "(She said 'we sail at noon.') ", '("We sail at noon.") '):
        body = closed + "Deciding to wait, the crew stayed ashore."
        assert opens_sentence(body, body.index("Deciding"), Separators(body, "\n")), closed


def test_a_label_in_capitals_opening_a_line_before_a_name_is_no_part_of_it(known):
    # A press release's last line names its issuer after a label in capitals.
    spellings = found("Quarrow Mills will show the loom at the fair.\nSOURCE Quarrow Mills, Inc.", known)
    assert "Quarrow Mills" in spellings
    assert not any("SOURCE" in s for s in spellings)
    # One word after an everyday word in capitals is a name of its own, the word in capitals its acronym.
    assert (
        not {"Magazine", "International"}
        & found("TIME Magazine named her.\nCARE International came too.", known).keys()
    )


def test_a_show_s_title_in_capitals_run_into_a_name_is_no_part_of_it(known):
    spellings = found("The Lund and Maas HARBOUR IS FOR US? specials air on Monday.", known)
    assert not any("HARBOUR" in s for s in spellings)


def test_words_run_together_by_a_dash_typed_as_two_hyphens_name_nothing(known):
    spellings = found("KARLSHOLM--Greta Lund opened the harbour on Monday, and Piet Maas spoke.", known)
    assert "Piet Maas" in spellings
    assert not any("--" in s for s in spellings)


def test_acronyms_before_a_name_are_no_label_in_capitals(known):
    spellings = found("Greta Lund won a US PGA Tour event.", known)
    assert "US PGA Tour" in spellings


def test_the_words_of_a_legal_notice_are_no_name_and_the_name_after_them_is(known):
    spellings = found("Greta Lund wrote the report on Monday. Copyright 2008 by Harbour Lines Ltd.", known)
    assert not any(s.startswith("Copyright") for s in spellings)
    assert "Harbour Lines Ltd" in spellings


def test_a_run_on_bylines_name_ends_before_the_ledes_capitalised_words(known):
    text = "Storm hits the coast By Mara Quinn Harbour Rovers would love to sign a striker this winter."
    spellings = found(text, known)
    assert "Mara Quinn" in spellings and spellings["Mara Quinn"] == "person"
    assert not any("Quinn Harbour" in s for s in spellings)


def test_names_joined_in_a_run_on_byline_are_all_read(known):
    spellings = found("Storm hits the coast By Mara Quinn and Tom Reyes Last Updated: 14/03/2008 The storm hit.", known)
    assert "Mara Quinn" in spellings and "Tom Reyes" in spellings


@pytest.mark.parametrize("word", ["Capitalism", "Catholicism", "Atheism"])
def test_a_creed_or_a_movement_in_ism_is_no_name(known, word):
    assert word not in found(f"Her essays on {word} and the state drew crowds, the Tarnow library said.", known)


def test_a_brand_ending_in_ism_that_no_dictionary_holds_stays_a_name(known):
    assert "Brondism" in found("The shop sold its stock to Brondism on Monday, Ann Lee said.", known)
