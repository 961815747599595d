"""Where a name's span starts and ends (issue 14): a work's title in quotation marks is read whole
even with no small word in it; a rank or role before a name is no part of it (a title's
abbreviation without its full stop, a role of several title words "of" a body); a nickname in
quotation marks inside a person's name, a name right after a full stop whose space the page lost,
a count of hours after a name (an age, no designator) or of years after a place, a brand whose first letter is a lowercase
prefix ("iTab"), which no capitalised span holds, a month's short name that is a given name
("Jan" before a surname), and an everyday noun that opens a name inside a sentence ("the Home
Office") but not a sentence, a line or a date."""

from __future__ import annotations

from dossier.entities import discover, find_mentions, load_registry


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


def test_a_count_of_time_after_a_place_is_no_designator_of_the_place():
    # A place needs no number; a designator before a count of time keeps its own (test above).
    names = found("The baker left Tarnby and settled in Wales 20 years after the flood.")
    assert "Wales" in names
    assert "Wales 20" not in names


def test_a_capitalised_role_noun_between_a_name_and_a_person_ends_the_first_name():
    # "Winger" names nobody: the club before it and the player after it are two names.
    names = found("On Monday, Kelverton Rovers Winger Tomas Quillfeather signed a new deal with the club.")
    assert "Tomas Quillfeather" in names
    assert not any("Winger" in n for n in names)


def test_a_capitalised_astronaut_before_a_person_is_no_part_of_the_name():
    names = found("And Orbital Outpost Astronaut Dana Quillfeather will stay aboard for another month.")
    assert "Dana Quillfeather" in names
    assert not any("Astronaut" in n for n in names)


def test_a_brand_with_a_lowercase_prefix_letter_is_a_name():
    # No capitalised span holds "iTab" or "eMarket": the prefix letter is lowercase.
    names = found("Buyers found the new iTab on eMarket, and the tablet runs zOS out of the box.")
    assert {"iTab", "eMarket", "zOS"} <= names


def test_a_prefixed_brands_possessive_is_the_brand():
    names = found("The iTab's screen is bright, and eMarket’s sellers cut their prices on Friday.")
    assert {"iTab", "eMarket"} <= names


def test_units_prefixed_acronyms_and_a_notice_owner_are_no_prefixed_brands():
    text = "The pack holds 5000 mAh, the fan hums at 65 dBA and the mRNA dose is small. © 2019 - eZine |"
    assert not found(text) & {"mAh", "dBA", "mRNA", "eZine"}


def test_a_prefixed_brand_becomes_an_entity_of_the_text():
    text = "Shoppers queued for the iTab on Friday. The iTab sold out by noon."
    entities = {e.name: e.type for e in discover({"a": text}, load_registry(None))["a"]}
    assert entities.get("iTab") == "other"


def test_a_months_short_name_before_a_surname_is_a_given_name():
    mentions = {m.text: m.type for m in find_mentions("The plan was drafted by Jan Pellworth, who chairs the panel.")}
    assert mentions.get("Jan Pellworth") == "person"
    assert "Pellworth" not in mentions


def test_a_months_short_name_before_an_everyday_word_stays_a_date():
    # The text writes "sales" in lowercase: an everyday word, no surname.
    names = found("Orders were flat through Jan Sales picked up later, and sales rose again on Jan 5.")
    assert "Jan Sales" not in names


def test_a_months_short_name_before_a_place_stays_a_date():
    # "Jan" dates what a place said (a headline's "Jan Oxford said ..."); a place's name is no surname here.
    mentions = {
        m.text: m.type for m in find_mentions("The summit was delayed, and Jan Oxford said the talks would resume.")
    }
    assert "Jan Oxford" not in mentions
    assert mentions.get("Oxford") == "place"


def test_a_linked_or_italic_title_with_small_words_is_one_name_where_it_is_linked_and_elsewhere():
    # A course's title linked in the running text, then written plain: one name, no "Steroids".
    names = found(
        "Next week I will reopen [Teaching on Rails](https://example.org/rails), and a new opening of "
        "Teaching on Rails comes later."
    )
    assert "Teaching on Rails" in names and "Rails" not in names
    # A book's title in italics after a lowercase word.
    names = found("My agent sent a copy of my novel *Letters to the Lighthouse* to the school board.")
    assert "Letters to the Lighthouse" in names and "Lighthouse" not in names


def test_a_title_written_plain_with_an_article_inside_is_one_name():
    # A verb or a preposition in Title Case, then "the" or "a": a contest's or a film's title, whose
    # pieces ("Unfold", "Copper Lantern", "Wanderer") name nothing.
    names = found("There is a contest called Unfold the Copper Lantern, and six fans can win a trip.")
    assert "Unfold the Copper Lantern" in names and not {"Unfold", "Copper Lantern"} & names
    names = found("She became famous with her role in Wanderer Without a Compass. She was twenty.")
    assert "Wanderer Without a Compass" in names and "Wanderer" not in names


def test_an_article_after_a_place_a_day_or_a_verb_of_telling_opens_no_title():
    # A clause after a place, a day, or a second object after "told": two names, no title.
    names = found("The tour ends in Denver the Mile High City.")
    assert "Denver" in names and "Denver the Mile High City" not in names
    assert "Parliament the Government" not in found("The minister told Parliament the Government.")
    assert "Monday the Senate" not in found("A spokesman said Monday the Senate.")


def test_a_quoted_title_is_the_same_title_where_the_text_writes_it_plain():
    names = found("Browsers ship with “Do Not Trace” switched on. For those tuning in, Do Not Trace is a flag.")
    assert "Do Not Trace" in names and "Trace" not in names


def test_a_link_naming_a_site_or_a_bold_heading_is_no_title():
    # A link's words holding a site's name keep it; a heading in bold alone on its line is no title.
    names = found("Read more of our recipes each week at [Soup Nights at Quillora](https://example.org/q).")
    assert "Quillora" in names and "Soup Nights at Quillora" not in names
    assert "About the Author" not in found("**About the Author** Jane writes about gardens in the north.")


def test_a_quoted_title_written_plain_elsewhere_keeps_the_names_around_and_inside_it():
    # A show named for its anchor keeps the anchor where the text writes the show plain.
    names = found(
        'He speaks on "Harbour Tonight with Greta Lundqvist." Harbour Tonight with Greta Lundqvist airs at ten.'
    )
    assert "Greta Lundqvist" in names
    # A span running on past the title keeps the name after it.
    names = found(
        'The "Raise Up the Tide" mission ships first. The game will include Raise Up the Tide and Quarrow Station.'
    )
    assert "Quarrow Station" in names


def test_a_terminal_closes_a_place_s_name_after_a_title_s_word():
    # "Executive" is a title's word; the terminal after it is no person.
    names = found("Passengers will depart from the Quarrow Executive Terminal near the city.")
    assert "Quarrow Executive Terminal" in names and "Terminal" not in names


def test_an_acronym_after_and_is_a_name_of_its_own_after_a_lowercase_word():
    # "environment" alone names nothing ("Environment and Climate Change Canada" is one name), but an
    # acronym after "and" names a body of its own.
    names = found("Customers left for Wireless and KTX, as wireless prices rose in the spring.")
    assert "KTX" in names and "Wireless and KTX" not in names


def test_an_everyday_noun_inside_a_sentence_opens_the_name_after_it():
    # "Home", "Open", "Top" open sentences and menus, but after a lowercase word they are the
    # name's own first word.
    names = found("He wrote to the Home Office on Monday.")
    assert "Home Office" in names and "Office" not in names
    assert "Open University" in found("She studied at the Open University.")
    names = found("He watched Top Gear on Sunday.")
    assert "Top Gear" in names and "Gear" not in names


def test_a_weekday_s_abbreviation_that_is_an_everyday_noun_opens_a_name_but_not_a_date():
    names = found("Engineers at Sun Microsystems built it.")
    assert "Sun Microsystems" in names and "Microsystems" not in names
    assert not any(n.startswith("Sun") for n in found("The shop shut on Sun March 2, she said."))


def test_an_everyday_noun_opening_a_sentence_stays_where_the_text_writes_the_name_inside_one():
    # Alone, "Top Gear returns." is no evidence ("Top stories"); "fans of Top Gear" is.
    names = found("Top Gear returns on Sunday. Fans of Top Gear cheered the news.")
    assert "Top Gear" in names and "Gear" not in names


def test_an_everyday_noun_opening_a_sentence_or_a_line_is_still_cut():
    assert not any(n.startswith("Top") for n in found("Top Stories\nGreta Lund won the race on Monday."))
    assert not any(n.startswith("Share") for n in found("Share Facebook Twitter\nGreta Lund won the race."))


def test_function_words_and_date_abbreviations_inside_a_sentence_are_still_cut():
    # The nouns kept inside a sentence are nouns only: a preposition, an article or a weekday's
    # abbreviation before a name is no part of it there either.
    names = found("The Post said the plan was wrong.")
    assert "The Post" not in names
    names = found("In London he met the minister.")
    assert "London" in names and "In London" not in names
    names = found("It rained on Wed 12 March in Brantwood.")
    assert not any(n.startswith("Wed") for n in names)


def test_an_inner_noun_and_a_term_the_text_writes_in_lowercase_are_no_name():
    # "Open" ends a name ("the Brantwood Open") but is no body's word at a span's start: "Open
    # Source" whose words the text writes in lowercase is a term in capitals.
    names = found("Buyers want Open Source phones, he said. It is open source, so the source is free.")
    assert not any("Source" in n for n in names)


def test_a_legal_form_after_an_everyday_noun_closes_a_company_s_name():
    # "City Council" says which city's elsewhere; "News Corp" is the company's own name.
    assert "News Corp" in found("The deal was approved by News Corp last week.")
    assert not found("The City Council met on Monday.")


def test_an_adjective_title_before_an_everyday_word_opens_a_body_s_name():
    # "General" is a rank and an adjective: before one dictionary word the text never writes alone
    # it opens a company's name, not a general called "Motors".
    mentions = {
        m.text: m.type for m in find_mentions("General Motors said it would cut jobs, and General Mills gained.")
    }
    assert mentions.get("General Motors") == "organization"
    assert mentions.get("General Mills") == "organization"
    assert not {"Motors", "Mills"} & set(mentions)


def test_an_adjective_title_before_a_surname_stays_a_rank():
    # A surname no dictionary holds, or one the text writes alone: the rank of a person.
    assert "Petraeus" in found("General Petraeus met the envoy on Monday.")
    names = found("General Fenwright arrived at noon. Fenwright said the bridge was safe.")
    assert "General Fenwright" not in names


def test_two_initials_glued_to_a_name_are_a_person_s():
    # Papers in India write initials without a space ("V.P.Ramakrishna Pillai"): the span holds them,
    # and the name is a person's, not a body's by its full stops, nor a lone "Pillai".
    mentions = {
        m.text: m.type
        for m in find_mentions("Party member V.R.Thenmozhi Kuttan presided, and T.J.Varadarajan spoke after lunch.")
    }
    assert mentions.get("V.R.Thenmozhi Kuttan") == "person"
    assert mentions.get("T.J.Varadarajan") == "person"
    assert "Kuttan" not in mentions


def test_a_name_with_glued_initials_opening_a_sentence_keeps_its_page():
    # Its initials are evidence beyond its capital: not a sentence's opening word.
    text = "The session closed. P.K.Varadarajan read the accounts."
    assert "P.K.Varadarajan" in {e.name for e in discover({"a": text}, load_registry(None))["a"]}


def test_a_country_s_initials_or_one_glued_letter_are_no_person_s_initials():
    # "U.S.Army" is the country's army run together; one letter glued ("N.Korea", "J.Crew") is as
    # often a place's or a brand's abbreviation as an initial.
    assert not found("The U.S.Army left N.Korea, and J.Crew opened a shop.")


def test_a_card_s_label_in_title_case_behind_a_link_s_address_is_no_prose():
    # Read as a reader sees it, "Jane Roe, Chief Editor, Acme Weekly" is a speaker card's label:
    # the address's lowercase words do not make it a sentence. A name only there gets no entry.
    text = (
        "The summit opened on Monday with three days of talks.\n"
        "  Orla Brennick, Chief Editor, [Acme Weekly](http://acme-weekly.example/people)\n"
        "The talks closed on Wednesday.\n"
    )
    assert not {"Orla Brennick", "Acme Weekly"} & {e.name for e in discover({"a": text}, load_registry(None))["a"]}


def test_a_linked_subheading_and_a_wrapped_sentence_keep_their_names():
    # A line that is one link may be a post's subheading naming its subject; a line of a
    # hard-wrapped paragraph goes on in lowercase on the next.
    text = (
        "We drove out to the coast for the day.\n"
        "[**Quillby Antique Mall**](http://shops.example/quillby-antique-mall)\n"
        "This shop is full of old clocks.\n"
        "But [Wendell Ostrova's Triumph](http://news.example/ostrova-wins) In Tuesday's\n"
        "elections keeps him in office.\n"
    )
    assert {"Quillby Antique Mall", "Wendell Ostrova"} <= found(text)


def test_the_arabic_article_joined_to_a_name_before_a_space_keeps_the_name_whole():
    names = found("The match went to Oldvale after captain Barkat-ul Zaman refused to take the field.")
    assert "Barkat-ul Zaman" in names
    assert "Zaman" not in names
    assert "Saif-ud Kareem" in found("Officials said Saif-ud Kareem had left the country.")


def test_a_person_whose_surname_is_a_title_s_word_is_found_after_a_title():
    assert "Mervyn King" in found("He met Governor Mervyn King on Monday.")
    assert "John Major" in found("Former Prime Minister John Major spoke in Leeds.")
    assert "Mervyn King" in found("Bank of Elmland Governor Mervyn King said rates would rise.")


def test_a_bare_title_of_two_title_words_after_a_body_names_nobody():
    assert "Vice President" not in found('"We are glad," said Jay Sullivan, Mozilla Vice President of Products.')
