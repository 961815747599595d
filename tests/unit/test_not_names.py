"""Capitalised words that name nothing, told by where they sit in a sentence (issue 14): the part
of a hyphenated word, a currency's sign, a verb opening a list item or an appeal to the reader, a
grade's letter after an everyday word, a trademark's mark glued to the word it marks ("(TM)"); and a
firm's name spelt with "and" and "&"."""

from __future__ import annotations

import pytest

from dossier.entities import discover, find_mentions, load_registry


def found(text: str) -> set[str]:
    return {m.text for m in find_mentions(text)}


def test_a_country_before_a_dollar_sign_is_a_currency():
    names = found("The new dam cost US$40 million, Brackwell Holdings said on Monday.")
    assert "Brackwell Holdings" in names
    assert not {"US", "United States"} & names


def test_the_first_part_of_a_hyphenated_word_is_no_name_and_opens_the_name_after_it():
    names = found("Sales of Blu-ray players rose last year, the Blu-ray Disc Association said.")
    assert "Blu-ray Disc Association" in names
    assert not {"Blu", "Disc Association"} & names


def test_a_longer_word_before_a_hyphen_stays_a_name():
    assert "Dorfield" in found("The Dorfield-bound striker left on Monday. Dorfield won.")


def test_a_participle_opening_a_list_item_before_a_count_is_no_name():
    names = found("Tomas Kerr was the best man on the pitch • Completed 31 passes • Blocked 4 shots")
    assert "Tomas Kerr" in names
    assert not {"Completed 31", "Blocked 4"} & names


def test_a_word_opening_a_sentence_before_a_count_of_hours_is_no_name():
    # A recipe's step: the number counts hours, it designates nothing.
    names = found("Stir in the kale.  Simmer 3 hours on low, then serve the soup hot.")
    assert not {"Simmer 3", "Simmer"} & names


def test_a_noun_before_its_number_stays_a_name():
    assert "Flight 2209" in found("The plane was late. Flight 2209 landed at noon with every seat taken.")


def test_an_appeal_to_the_reader_before_an_article_is_no_name():
    names = found("There are no replies to this story yet. Post a reply | Brackwell Holdings")
    assert "Post" not in names


def test_a_participle_opening_a_sentence_before_a_place_is_no_part_of_its_name():
    names = found("Struggling Hartlepool lost again on Saturday, and the manager left.")
    assert "Struggling Hartlepool" not in names
    assert "Hartlepool" in names


def test_a_participle_shaped_word_before_a_head_word_opens_a_body_s_name():
    # "University" is also a town in the gazetteer, but a head word alone names no one the
    # participle could open a sentence before: the two words are one name.
    names = found("The library shut in May. Blessing University said on Monday that it would open in June.")
    assert "Blessing University" in names


def test_a_name_spelt_with_and_where_the_text_also_writes_an_ampersand_is_one_name():
    names = found("The bed was made by the firm Harrow and Vane for the fair. Harrow & Vane's chief said so.")
    assert "Harrow and Vane" in names
    assert not {"Harrow", "Vane"} & names


def test_an_everyday_word_and_a_grade_letter_is_no_name():
    text = "Old wireless kit is slow; the wireless routers here work with Wireless G cards. Malcolm X spoke."
    names = found(text)
    assert "Wireless G" not in names
    assert "Malcolm X" in names


def test_a_lowercase_word_opening_a_sentence_before_a_name_is_the_sentences():
    text = "Jorvik won the final and the team sent its congratulations. Congratulations Jorvik on the title."
    names = found(text)
    assert "Jorvik" in names
    assert "Congratulations Jorvik" not in names


def test_two_words_also_written_inside_a_sentence_stay_one_name():
    text = "Time Brackley grew fast. Brackley is small, and it has no time for talks with Time Brackley."
    assert "Time Brackley" in found(text)


def test_a_surname_particle_opening_a_sentence_stays_in_the_name():
    text = "A van stood at the gate. Van Droom scored twice. Droom left early."
    assert "Van Droom" in found(text)


def test_an_acronym_used_as_a_common_noun_is_no_name():
    text = "She was made an OBN for services to sailing. The OBN came by post, with a card from Varrow Trust."
    names = found(text)
    assert "Varrow Trust" in names
    assert "OBN" not in names


def test_an_acronym_before_the_noun_it_modifies_stays_a_name():
    assert "KPRX" in found("A man spoke to a KPRX reporter on Monday. KPRX aired the talk.")


def test_the_plural_of_a_day_or_a_decade_is_no_name():
    names = found("The market in Tollam opens on Thursdays, as it has since the Sixties, said Rhona Kell.")
    assert "Rhona Kell" in names
    assert not {"Thursdays", "Sixties"} & names


def test_an_acronym_in_a_list_of_names_before_one_noun_stays_a_name():
    assert "KPRX" in found("Talks on a KPRX and WZTV merger ended on Monday. KPRX said it would appeal.")


def test_a_nickname_opening_a_sentence_before_a_surname_with_an_age_stays_in_the_name():
    text = "Magic Vellor will advise the club. Vellor, 64, won five titles. It was magic. Magic Vellor did not comment."
    assert "Magic Vellor" in found(text)


def test_two_names_joined_by_for_the_are_no_name_of_their_own():
    # "Harrow Bay" and "the Kestrels" (the Lanton Kestrels) each stand for a name of their own:
    # "Harrow Bay for the Kestrels" is the two run together, not a third name.
    text = "Now it is on to Harrow Bay for the Kestrels. The Lanton Kestrels lost at Harrow Bay, and the Kestrels were beaten."
    names = {e.name for e in discover({"a": text}, load_registry(None))["a"]}
    assert {"Harrow Bay", "Lanton Kestrels"} <= names
    assert "Harrow Bay for the Kestrels" not in names


def test_a_label_before_a_surname_of_another_persons_full_name_is_no_name():
    # "USA" and "Quennell" (Marla Quennell) each stand for a name of their own: a section label
    # run into a headline, not a person called "USA Quennell".
    text = "USA Quennell voted worst actress in online poll\nMarla Quennell won the vote, and Quennell said nothing."
    names = {e.name for e in discover({"a": text}, load_registry(None))["a"]}
    assert "Marla Quennell" in names
    assert "USA Quennell" not in names


def test_two_names_joined_by_of_stay_one_name_where_their_file_writes_neither_alone():
    # Another file's "Brammer Motors" and "North Vale" say nothing of this file's "Brammer Motors
    # of North Vale" (a firm's regional arm, as "BMW of North America" is).
    texts = {
        "a": "Sales at Brammer Motors of North Vale rose last year, the firm said on Monday.",
        "b": "Brammer Motors cut jobs in North Vale, and workers in North Vale were angry.",
    }
    assert "Brammer Motors of North Vale" in {e.name for e in discover(texts, load_registry(None))["a"]}


def test_a_day_written_with_an_opening_quotation_mark_for_its_apostrophe_is_no_name():
    # "New Year‘s Eve": the opening mark stands for the apostrophe; read whole, the day is none.
    names = found("They met at a New Year‘s Eve party in Varlo, said Tessa Brann.")
    assert "Tessa Brann" in names
    assert not {"Eve", "New Year‘s Eve", "New Year’s Eve"} & names


def test_a_day_written_with_a_curly_apostrophe_is_no_name():
    assert "Eve" not in found("They met at a New Year’s Eve party in Varlo, said Tessa Brann.")


def test_a_name_read_through_an_opening_quotation_mark_keeps_the_text_s_spelling():
    names = found("Money went to the Kelham Children‘s Trust, its director said.")
    assert "Kelham Children‘s Trust" in names


def test_an_acronym_after_a_measure_and_an_article_is_a_common_noun():
    # "a 52-yard TDX on": a kind of play, its length before it, the phrase closed by "on"
    names = found("Orrin Vale threw a 52-yard TDX on the first drive.")
    assert "Orrin Vale" in names
    assert "TDX" not in names


def test_a_span_holding_a_catalogue_code_is_no_name():
    # a wire service's photo line and a product's model line
    names = found(
        "Eds: UPDATES. AB Photo QRX101, KLM729 AB Graphic. - Audio: Varco VT1708A High Definition Codec inside."
    )
    assert not any("QRX101" in n or "KLM729" in n or "VT1708A" in n for n in names)


def test_a_code_closing_a_designator_pair_stays_a_name():
    assert "Flight QZ038" in found("Passengers on Flight QZ038 from Lanfeng were unhurt.")


def test_a_year_run_into_a_dateline_is_not_part_of_the_town():
    names = found("Storm hits coast   Monday, January 14, 2008 KELWICK, Texas -- Rain fell all day, said Ada Rusk.")
    assert "Kelwick, Texas" in names
    assert not any(n.startswith("2008") for n in names)


@pytest.mark.parametrize(
    "line",
    ["BREAKING NEWS — The council voted to close the bridge on Monday.", "CHECK THIS OUT (read on!)\nThe council met."],
)
def test_a_label_of_everyday_words_in_capitals_is_no_dateline(line):
    assert not {"Breaking News", "Check This Out"} & found(line)


@pytest.mark.parametrize(
    ("line", "place"),
    [("GREEN BAY — The council met on Monday.", "Green Bay"), ("KELWICK — The council met on Monday.", "Kelwick")],
)
def test_a_town_of_everyday_words_the_gazetteer_knows_is_still_a_dateline(line, place):
    assert place in found(line)


def test_a_figure_closing_a_word_inside_a_town_s_name_stays_in_it():
    # only a figure opening the span is cut: "Kelpie9 Ranch" keeps its spelling
    names = found("Deputies were called to Kelpie9 Ranch, Nevada, on Monday, said Ada Rusk.")
    assert "Kelpie9 Ranch, Nevada" in names
    assert "KelpieRanch, Nevada" not in names


def test_a_term_spelled_out_in_lowercase_words_is_no_name_anywhere_in_the_text():
    text = (
        "Bonuses depend on Corvex's Ebitda (earnings before interest, tax, depreciation and amortisation). "
        "Ebitda fell. Spending on A&R - artist and repertoire - rose, Lina Brandt said."
    )
    names = found(text)
    assert {"Corvex", "Lina Brandt"} <= names
    assert not {"Ebitda", "A&R"} & names


def test_an_acronym_in_brackets_after_a_lowercase_word_is_a_term_anywhere_in_the_text():
    text = (
        "Norvane Labs said the old drives speak to the host over a serial bus (SPB) only. "
        "Each SPB link is slow, Ola Marsh said."
    )
    names = found(text)
    assert {"Norvane Labs", "Ola Marsh"} <= names
    assert "SPB" not in names


def test_an_acronym_the_lowercase_words_before_it_spell_out_stays_a_name():
    text = "Clinics will offer a jab against feline spotted fever (FSF) from May. FSF is rare, Ola Marsh said."
    assert "FSF" in found(text)


def test_an_acronym_in_brackets_after_a_speech_verb_or_a_name_stays():
    text = (
        "The fund grew, the chairman said (KRT). The Kestrel Relief Trust (KRT) paid. "
        "The fire hit Ostmark Power (OMP) plants. OMP shares fell."
    )
    names = found(text)
    assert {"KRT", "OMP"} <= names


def test_a_name_spelled_out_in_capitals_stays_a_name():
    names = found("The NCTA (National Cable Television Association) met. The NCTA said no.")
    assert "NCTA" in names


def test_an_acronym_counted_as_a_measure_once_is_no_name_where_it_is_counted_otherwise():
    text = "Ray Oduya (716 yards, 5 total TD) and Dan Pike (49 catches, 4 TD) both start."
    names = found(text)
    assert {"Ray Oduya", "Dan Pike"} <= names
    assert "TD" not in names


def test_capitalised_words_listed_before_a_repeated_noun_are_kinds_not_names():
    names = found("Growers sell Balder fir, Coslow fir, Merrit fir and Tandy pine. Merrit fir costs most.")
    assert not {"Balder", "Coslow", "Merrit", "Tandy"} & names


def test_a_listed_word_the_text_also_writes_as_a_name_stays_a_name():
    text = "Shops stock Orvell phones, Trasco phones, Pendle phones and more. Orvell said sales rose."
    assert "Orvell" in found(text)


def test_large_cities_listed_before_a_repeated_noun_stay_names():
    names = found("Paris police, London police and Berlin police raised the alert, Ada Rusk said.")
    assert {"Paris", "London", "Berlin"} <= names


def test_names_before_a_repeated_verb_stay_names():
    names = found("At the hearing Brekke testified, Lunde testified, Vik testified and Aas left.")
    assert {"Brekke", "Lunde", "Vik"} <= names


def test_a_span_after_a_measured_quantity_is_a_part_not_a_name():
    text = (
        "The Veltro laptop has a 1.6GHz Norba X2 Processor, 256MB of QDR5 memory and a 2.4 GHz "
        "Dual-Core Tarn chip, Mia Holm said."
    )
    names = found(text)
    assert {"Veltro", "Mia Holm"} <= names
    assert not {"Norba X2 Processor", "QDR5", "GHz Dual-Core Tarn", "Dual-Core Tarn"} & names


def test_a_name_after_a_plain_number_stays_a_name():
    assert "Orvik Motors" in found("Sales rose to 4,000 Orvik Motors cars and 300 vans, its chief said.")


def test_a_word_after_a_page_label_between_sentences_opens_a_sentence():
    text = "Dunmore Records has its own office. advertisement Savings will come from marketing, Ann Voss said."
    names = {e.name for e in discover({"a": text}, load_registry(None))["a"]}
    assert "Savings" not in names
    assert "Ann Voss" in names


def test_a_name_after_an_abbreviation_and_a_joining_word_stays_inside_its_sentence():
    text = "He leaves his parents Rob Dale Sr. and Marit, and a sister."
    assert any(m.text == "Marit" and not m.start for m in find_mentions(text))


def test_a_count_opening_the_text_counts_its_acronym_too():
    text = "4 TD) in the opener for Ray Oduya. He added 5 total TD in the final game."
    assert "TD" not in found(text)


def test_an_acronym_after_a_clock_time_is_no_count():
    text = "Watch at 9:30 KWTV, or later on KWTV's site, Jon Alder said."
    assert "KWTV" in found(text)


def test_a_trademarks_mark_glued_to_a_word_is_no_name():
    names = found("Orvane introduced Glintmap(TM), a map, and Tessly sells Quorra(R) tools.")
    assert "Glintmap" in names
    assert not names & {"TM", "R"}


def test_an_acronym_in_brackets_after_a_space_is_still_read():
    assert "TM" in found("The Tessly Mission (TM) met the board on Friday.")


def test_a_common_technical_acronym_is_no_name():
    names = found("The UI scales well and the SDK ships soon, Tarvik Labs said. Its UI won praise.")
    assert "Tarvik Labs" in names
    assert not {"UI", "SDK"} & names


def test_a_technical_acronym_with_its_version_is_no_name():
    names = found("The maps are based on HTML5, Tarvik Labs said, and work with USB3 drives.")
    assert "Tarvik Labs" in names
    assert not {"HTML5", "USB3"} & names


def test_a_short_acronym_with_a_figure_stays_a_name():
    names = found("The G20 met in Varrow on Monday, and TV2 aired the talks.")
    assert {"G20", "TV2"} <= names


def test_a_title_opened_by_a_small_word_inside_a_sentence_leaves_no_fragment():
    names = found("Dela Pruitt starred in the flop, I Saw Them Glow, and her band played In Velvet Moons.")
    assert "Dela Pruitt" in names
    assert not {"Saw Them Glow", "Velvet Moons"} & names


def test_a_quoted_title_opened_by_a_small_word_leaves_no_fragment():
    names = found('Jon Alder wrote "Quintessa", and the band played "In Velvet Moons," twice in Varrow.')
    assert {"Jon Alder", "Quintessa", "Varrow"} <= names
    assert "Velvet Moons" not in names


def test_a_small_word_opening_a_sentence_or_a_quoted_sentence_keeps_the_name_after_it():
    names = found('In Varrow the rain fell. Jon Alder said: "In Dorfield, it snowed."')
    assert {"Varrow", "Dorfield"} <= names


def test_an_everyday_word_owned_by_a_name_gives_no_name_of_either_half():
    names = found("Jon Alder won the Varrow's Cup in 1983, and Quill's Rest, a show, opens in Dorfield.")
    assert {"Jon Alder", "Dorfield"} <= names
    assert not {"Varrow", "Cup", "Rest", "Quill"} & names


def test_an_everyday_word_owned_by_an_everyday_word_inside_a_sentence_gives_no_name():
    names = found("The phone's new feature, Kid's Corner, opens a separate area, Jon Alder said.")
    assert "Jon Alder" in names
    assert not {"Kid", "Corner"} & names


def test_an_everyday_owner_before_a_head_word_names_the_body():
    assert "Children's Hospital" in found("She was taken to the Children's Hospital in Dorfield.")


def test_an_owned_everyday_word_that_is_also_a_small_place_before_and_gives_no_name():
    names = found("The star of Quill's Wedding and Little Dorfield Tales will next be seen in Varrow.")
    assert {"Little Dorfield Tales", "Varrow"} <= names
    assert not {"Quill", "Wedding"} & names


def test_a_possessive_before_a_word_that_modifies_a_noun_or_a_month_keeps_the_owner():
    names = found("Varrow's Test team lost, Tessly's June report said, and it's Friday in Dorfield.")
    assert {"Varrow", "Tessly"} <= names
    assert not {"Varrow's Test", "Tessly's June", "Test"} & names


def test_a_name_begun_inside_a_hyphenated_word_leaves_no_piece_after_it():
    names = found("Jon Alder shot his post-Great Frost Era II drama in Varrow, and the non-Golden Quill Prize list.")
    assert {"Jon Alder", "Varrow"} <= names
    assert not {"Frost Era II", "Quill Prize"} & names


def test_a_piece_after_a_hyphenated_word_stays_where_the_text_writes_it_alone():
    text = "Jon Alder filmed the post-Great Frost Era II years. Frost Era II began in Varrow."
    assert [m.text for m in find_mentions(text)].count("Frost Era II") == 2


def test_a_name_after_an_adjective_or_title_in_a_hyphenated_word_stays():
    names = found("The pro-Western Zorba Front met the ex-Rover Ed Poe and the then-Mayor Jan Roe in Varrow.")
    assert {"Zorba Front", "Ed Poe", "Varrow"} <= names


def test_a_name_after_a_month_in_a_hyphenated_word_stays():
    # "mid-March" is a time complete in itself; the span after it opens a name of its own.
    names = found("Prices fell in mid-March Zorvan Holdings said, and in late-July Kessel Brothers did.")
    assert {"Zorvan Holdings", "Kessel Brothers"} <= names


def test_a_name_after_a_hyphenated_word_whose_half_the_text_writes_alone_stays():
    names = found("The anti-Varrowgrad Dorfield Society was shut. Varrowgrad said nothing more.")
    assert "Dorfield Society" in names


@pytest.mark.parametrize(
    "opening",
    [
        "Ivan Petrov opened the harbour on Tuesday.\xa0 ",  # a no-break space after the stop: two spaces typed
        "Ivan Petrov opened the harbour on Tuesday. (It rained.)\xa0 ",  # a bracketed sentence closed before it
        "Ivan Petrov opened the harbour on Tuesday.\u2009",  # a thin space
    ],
)
def test_a_word_after_a_stop_and_a_no_break_space_opens_a_sentence(opening):
    # Seen once, where a sentence opens, a capitalised everyday word is the sentence's capital.
    names = {e.name for e in discover({"a": f"{opening}Pause and think about that."}, load_registry(None))["a"]}
    assert "Ivan Petrov" in names
    assert "Pause" not in names


def test_an_everyday_word_in_capitals_for_stress_is_no_name():
    text = "Hal Duran said the ferry gives you FREE tickets, just in CASE you need them. We want MORE!"
    names = found(text)
    assert "Hal Duran" in names
    assert not {"FREE", "CASE", "MORE"} & names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ann Lee said the CARE volunteers left.", "CARE"),  # after "the"
        ("Ann Lee said she will fly to LA next week.", "LA"),  # two capitals: a place's code
        ("Ann Lee spoke at the firm's BUILD conference on Monday.", "BUILD"),  # before a head noun
        ("Ann Lee said MOVE activists left and MOVE activists came back.", "MOVE"),  # named twice
    ],
)
def test_a_body_s_acronym_that_is_also_a_word_stays_a_name(text, name):
    assert name in found(text)


def test_a_plural_term_in_capitals_closing_a_span_is_cut_from_the_name():
    names = found("Headlines will reach high-end Korvel TVs from May, Ann Lee said.")
    assert "Korvel" in names
    assert "Korvel TVs" not in names


def test_a_sentence_s_first_word_that_opens_a_place_stays_in_it():
    # "York" is a given name: "York City" read as a person's, after an opener, lost "New"
    names = found("New York City recently became quieter, Ann Lee said.")
    assert "New York City" in names
    assert "York City" not in names


def test_glossed_acronyms_are_found_as_the_whole_pattern_finds_them():
    # the search tries the pattern only before each bracketed acronym: the same matches
    import random

    from dossier.acronyms import _GLOSSED, _glossed_matches

    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice("ab -(\tAB)C1&\n'é") for _ in range(rnd.randint(0, 30)))
        whole = [(m.span(), m.groups()) for m in _GLOSSED.finditer(text)]
        assert [(m.span(), m.groups()) for m in _glossed_matches(text)] == whole, text


def _pages(text: str) -> set[str]:
    return {e.name for e in discover({"a": text}, load_registry(None))["a"]}


_THREAD = (
    "The council voted to close the Tarnby library on Monday, its chair Edda Vilborg said.\n"
    "Comments\n"
    "Ralph\n"
    "Closing the library will hurt the children of the town most of all.\n"
    "Mona K.\n"
    "I was going to write the same, but Ralph summed it up for all of us.\n"
    "Oswin @ Tarnby\n"
    "The council never listens to anyone who lives on the east side.\n"
)


def test_a_name_that_signs_readers_comments_is_a_commenters_wherever_the_thread_writes_it():
    pages = _pages(_THREAD)
    assert "Edda Vilborg" in pages
    assert "Ralph" not in pages


def test_two_signed_comments_make_no_thread():
    two = _THREAD.rsplit("Oswin @ Tarnby", 1)[0]
    assert "Ralph" in _pages(two)


def test_a_list_of_given_names_one_a_line_signs_no_comment():
    text = "Ralph\nMona\nOswin\nThe team named Ralph captain for the final on Sunday, the coach said.\n"
    assert "Ralph" in _pages(text)


_ANCHORED_THREAD = (
    "Edda Vilborg chairs the council that voted to close the Tarnby library on Monday.\n"
    '[1](#comment-101 "Permalink to this comment") Oswin Dale 07.15.12 at 12:43\n'
    ":   Closing the library will hurt the children of the town most of all.\n"
    '[2](#comment-102 "Permalink to this comment") [Mona Kell](http://mona.example.com) 07.15.12 at 12:58\n'
    ":   I agree with Oswin Dale, and Edda Vilborg should listen to him.\n"
    "Bram Tully [July 16, 2012 at 10:17 am](#comment-103)\n"
    ":   The council never listens to anyone who lives on the east side.\n"
)


def test_a_name_signing_comments_by_their_anchors_is_a_commenters_wherever_the_thread_writes_it():
    pages = _pages(_ANCHORED_THREAD)
    assert "Edda Vilborg" in pages
    assert not {"Oswin Dale", "Mona Kell", "Bram Tully"} & pages


@pytest.mark.parametrize("name", ["Marcus", "Marcus Tully"])  # "Marcus" opens like March's stamp
def test_one_anchored_signature_signs_a_comment_even_under_a_name_that_opens_like_a_month(name):
    text = (
        "Edda Vilborg chairs the council that voted to close the Tarnby library on Monday.\n"
        f'[1](#comment-101 "Permalink to this comment") {name} 11.06.12 at 1:38 pm\n'
        ":   Closing the library will hurt the children of the town most of all.\n"
    )
    pages = _pages(text)
    assert "Edda Vilborg" in pages
    assert name not in pages


def test_a_sentence_linking_a_comment_signs_none():
    text = _ANCHORED_THREAD + "One reader, Nils Aro, [noted](/post#comment-104) that the library opened in 1921.\n"
    assert "Nils Aro" in _pages(text)


def test_a_dated_list_of_names_without_comment_anchors_signs_no_comment():
    text = (
        "The club's record book lists its top scorers, and Oswin Dale leads it.\n"
        "Oswin Dale (Sr.), Jan. 7, 2008\n"
        "Mona Kell (Jr.), Dec. 17, 2007\n"
        "Bram Tully (Jr.), Feb. 7, 2005\n"
    )
    assert "Oswin Dale" in _pages(text)


_NOTE_ARTICLE = "The Tarnby council voted on Monday to close the library, its chair Edda Vilborg said.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Oswin Dale is a professor at Harbour College and studies libraries.",  # no writer's role
        "Later, Marta said she is a writer at Harbour Notes and reads there.",  # the name does not open it
        "Oswin Dale is CEO of Harbour Notes and lives in Ostby.",  # a post's subject or guest: no writer's role
    ],
)
def test_a_sentence_introducing_someone_is_no_note_on_the_writer(sentence):
    pages = _pages(_NOTE_ARTICLE + sentence + "\n")
    assert "Harbour College" in pages or "Harbour Notes" in pages


@pytest.mark.parametrize(
    "chrome",
    [
        # a note on the post's writer
        "Oswin Dale is a freelance writer and the founder of Harbour Notes, a club for writers.",
        "**Oswin Dale** is the News Editor of Harbour Notes. Follow him on his blog.",
        "*Oswin Dale is an Ostby-based correspondent for Harbour Notes.*",
        # a post's footer filing it under its categories and tags
        "This entry was posted on 23 October 2012 at 8:14 pm and is filed under Oswin Dale, Harbour Notes.",
        'This entry was posted in [Oswin Dale](/category/dale "View all posts") and tagged '
        "[Harbour Notes](/tag/notes). Bookmark the [permalink](/post).",
        "Tagged as: Oswin Dale, Harbour Notes, council meetings, libraries, the east side of town",
        "**Filed under:** [Oswin Dale](/c/dale), Harbour Notes and the council meetings of the town",
    ],
)
def test_names_found_only_in_a_note_on_the_writer_or_a_posts_footer_get_no_page(chrome):
    pages = _pages(_NOTE_ARTICLE + chrome + "\n")
    assert "Edda Vilborg" in pages
    assert not {"Oswin Dale", "Harbour Notes"} & pages


def test_a_sentence_that_files_a_report_is_no_posts_footer():
    text = _NOTE_ARTICLE + "The report Harbour Notes filed under the new rules was posted in Ostby on Monday.\n"
    assert "Harbour Notes" in _pages(text)


@pytest.mark.parametrize(
    "text", ["Sales rose in Q3, Brondel Mills said on Monday.", "The drive ships in Q1 2008, Brondel Mills said."]
)
def test_a_quarter_of_a_year_is_no_name(text):
    pages = _pages(text)
    assert "Brondel Mills" in pages
    assert not {"Q3", "Q1 2008", "Q1"} & pages


def test_a_role_said_of_someone_after_is_a_is_no_name():
    # After a copular verb and "a", a capitalised phrase says what someone is: a role, no name.
    text = "Ida Voss was still a Member of Parliament. Tom Rell is now a Senior Gardener at Holm Farm."
    names = found(text)
    assert not {"Member of Parliament", "Senior Gardener"} & names
    assert {"Ida Voss", "Tom Rell", "Parliament"} <= names


def test_a_role_is_told_from_a_product_and_from_a_role_before_a_noun():
    # A role for a body leaves the body's name; a maker's product, or a phrase that goes on to a
    # lowercase noun, is read as before.
    names = found(
        "I'm still a Field Tester for Qorvane, said Ada. His car is a Varrow Zephyr. He was a Dental Board member."
    )
    assert "Field Tester" not in names
    assert {"Qorvane", "Varrow Zephyr", "Dental Board"} <= names


def test_a_phrase_the_text_also_writes_in_lowercase_is_a_common_noun():
    # "Digital Media" is a label's capitals where the text writes "digital media" as a common noun.
    text = "Ida Voss runs four units - Digital Media, Home Care and Mobile Phones. Sales of digital media rose."
    names = found(text)
    assert "Digital Media" not in names
    assert {"Ida Voss", "Home Care"} <= names


def test_a_name_written_once_with_a_lowercase_noun_stays():
    # The other spelling keeps its first word capitalised inside a sentence: a name's noun in
    # lowercase ("the Green party"), not a common noun phrase.
    names = found("Ida Voss backed the Green Party. Voters in the town backed the Green party early.")
    assert "Green Party" in names


def test_a_phrase_written_more_often_in_capitals_stays_a_name():
    # A firm's name that a commenter once writes in lowercase is still written in capitals more
    # often: no common noun's spelling.
    text = (
        "Ida Voss said Digital Media was her firm; Digital Media won prizes, but some call digital "
        "media dull. The media and digital tools."
    )
    assert "Digital Media" in found(text)


def test_a_name_in_a_lowercase_tag_stays_a_name():
    # A tag list writes names in lowercase ("#digital media"): no running text, no common noun.
    assert "Digital Media" in found("Ida Voss joined Digital Media in May.\nTags: #digital media #ida voss")


def test_a_name_before_a_lowercase_spelling_keeps_the_capitalised_name():
    # "the Orbana supreme court" names one state's court: a name, not running text, opens it.
    assert "Supreme Court" in found("Ida Voss sued. The Supreme Court ruled; the Orbana supreme court did not.")


def test_a_common_noun_spelling_may_leave_a_hyphen_out():
    # "E-mail Setup Tool" in one list item, "Email setup tool" in another: one common noun phrase.
    text = "Ida Voss wrote the notes.\n- E-mail Setup Tool update.\n- Email setup tool updated again."
    assert "E-mail Setup Tool" not in found(text)


_BOX = "Harbour Notes is a blog about the boats of Ostby and the people who sail them, by Oswin Dale."
_STORIES = [
    "The Tarnby council voted on Monday to close the library, its chair Edda Vilborg said to reporters.\n\n"
    "The vote was six to three, and the building will be sold to the highest bidder by the spring.\n\n",
    "Fishermen in Brekkvik landed a record catch of herring this week, the harbour master Ivo Lund said.\n\n"
    "Prices at the market fell by a third as the boats came in one after another on Thursday night.\n\n",
    "The ferry to Skarholm ran late all week after a storm damaged its pier, the operator Nordline said.\n\n"
    "Repairs should take a month, and a smaller boat will carry foot passengers until they are done.\n\n",
]


def _corpus_pages(tmp_path, texts):
    from dossier.pipeline import Options, analyse_corpus

    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"s{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    analysed, _ = analyse_corpus(paths, Options())
    return [{e.name for e in a.entities} for a in analysed]


def test_names_found_only_in_a_box_the_corpus_repeats_under_different_articles_get_no_page(tmp_path):
    pages = _corpus_pages(tmp_path, [story + _BOX + "\n" for story in _STORIES])
    assert {"Edda Vilborg", "Ivo Lund", "Nordline"} <= set().union(*pages)
    assert not {"Harbour Notes", "Oswin Dale"} & set().union(*pages)


def test_a_box_repeated_by_fewer_sources_or_by_copies_of_one_story_keeps_its_names(tmp_path):
    # Two sources: no box. Three copies of one story (wire copy): most of each text is repeated.
    for texts in ([story + _BOX + "\n" for story in _STORIES[:2]], [_STORIES[0] + _BOX + "\n"] * 3):
        assert all({"Harbour Notes", "Oswin Dale"} <= page for page in _corpus_pages(tmp_path, texts))
        for p in tmp_path.glob("*.txt"):
            p.unlink()


def test_a_name_the_article_also_writes_keeps_its_page_beside_the_box(tmp_path):
    texts = [story + _BOX + "\n" for story in _STORIES]
    texts[0] = texts[0].replace("to reporters.", "to Oswin Dale.")
    pages = _corpus_pages(tmp_path, texts)
    assert "Oswin Dale" in pages[0]
    assert "Oswin Dale" not in pages[1]


def test_two_names_a_hyphen_joins_before_a_noun_are_read_apart():
    names = found("Harper will call a limited Varrow-Tessly probe. Varrow denied it and Tessly agreed.")
    assert {"Varrow", "Tessly"} <= names
    assert "Varrow-Tessly" not in names


def test_a_name_written_alone_and_an_acronym_a_hyphen_joins_are_read_apart():
    names = found("It fuelled talk of a DFP-KLNM tie-up. The DFP's leader said so.")
    assert {"DFP", "KLNM"} <= names
    assert "DFP-KLNM" not in names


def test_a_hyphened_name_whose_sides_are_no_names_alone_stays_whole():
    assert "Brackwell-Dunmore" in found("Shares of Brackwell-Dunmore rose and Brackwell-Dunmore shares fell.")


def test_an_everyday_word_in_capitals_after_a_hyphen_is_no_acronym_to_read_apart():
    assert "HATE" not in found("We must UN-HATE it, the UN said.")


def test_a_name_a_particle_opens_before_its_hyphen_stays_whole():
    assert "Al-Dorfield" in found("We saw reporters of the Al-Dorfield channel. Al said so, and Dorfield agreed.")


@pytest.mark.parametrize(
    "text",
    [
        "Discussion Policy  CLOSE  Comments that include personal attacks will be removed, Jane Roe said.",
        "Please read our Comment Policy before you post, Jane Roe said.",
    ],
)
def test_the_label_of_a_sites_rules_for_its_readers_is_no_name(text):
    names = found(text)
    assert "Jane Roe" in names
    assert not {"Discussion Policy", "Comment Policy", "Discussion", "Comment"} & names


def test_a_magazine_named_for_a_policy_stays_a_name():
    assert "Foreign Policy" in found("She wrote in Foreign Policy magazine last week, Jane Roe said.")


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("It is not the Prime Ministers fault, Jane Roe said.", "Prime Ministers", "Jane Roe"),
        ("Two Vice Presidents resigned on Monday, Jane Roe said.", "Vice Presidents", "Jane Roe"),
        ("The Prime Ministers of Norland and Vestia met, Jane Roe said.", "Prime Ministers of Norland", "Norland"),
        ("She would be the first female Commander-in-Chief, Jane Roe said.", "Commander-in-Chief", "Jane Roe"),
    ],
)
def test_an_office_held_by_several_or_a_titles_compound_is_no_name(text, gone, kept):
    names = found(text)
    assert kept in names
    assert gone not in names


def test_a_one_word_titles_plural_stays_a_clubs_name():
    assert "Kings" in found("The Kings won again on Sunday, Jane Roe said.")
