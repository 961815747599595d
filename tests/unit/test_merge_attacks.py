"""Merge attacks: short corpora where two different things share a name, or a word of one, and
resolution must keep them apart (issue 14: never merge two entities that both appear; an
ambiguous short form joins the nearest full mention or stays unlinked). Each case: texts of
several files in, the canonical name each spelling ends up under out (None: no entity lists it)."""

from __future__ import annotations

import pytest
from entity_lookup import canonical, check, type_of

from dossier.entities import discover, load_registry
from dossier.publishers import default_publishers


@pytest.fixture(scope="module")
def known():
    return load_registry(None, default_publishers())


ATTACKS: dict[str, tuple[dict[str, str], list[tuple[str, str, str | None]]]] = {}

ATTACKS["two bodies that share an acronym, each defined in its own file"] = (
    {
        "a": "The Food Safety Bureau (FSB) recalled two cheeses on Monday. The FSB said both were unsafe.",
        "b": "The Financial Stability Board (FSB) met in Basel on Friday. The FSB said banks were sound.",
    },
    [("a", "FSB", "Food Safety Bureau"), ("b", "FSB", "Financial Stability Board")],
)

ATTACKS["an acronym two files define apart is neither body in a third file"] = (
    {
        "a": "The Food Safety Bureau (FSB) recalled two cheeses on Monday. The FSB said both were unsafe.",
        "b": "The Financial Stability Board (FSB) met in Basel on Friday. The FSB said banks were sound.",
        "c": "Officials at the FSB declined to comment on Tuesday.",
    },
    [("c", "FSB", "FSB")],
)

ATTACKS["an acronym two files define by two wordings of one body is that body everywhere"] = (
    {
        "a": "The Office of Rail Review (ORR) fined the firm. The ORR said trains were late.",
        "b": "The Office for Rail Review (ORR) met on Friday. The ORR said fares would rise.",
        "c": "Officials at the ORR declined to comment on Tuesday.",
    },
    [("c", "ORR", "Office of Rail Review"), ("b", "ORR", "Office of Rail Review")],
)

ATTACKS["a city named in two states is two places"] = (
    {
        "a": "Storms hit Portland, Maine, on Monday. Schools in Portland were shut.",
        "b": "Protesters marched in Portland, Oregon, on Tuesday. Police in Portland made arrests.",
    },
    [("a", "Portland", "Portland, Maine"), ("b", "Portland", "Portland, Oregon")],
)

ATTACKS["a city another file names with a second state is ambiguous in a file naming neither"] = (
    {
        "a": "Storms hit Portland, Maine, on Monday. Schools in Portland were shut.",
        "b": "Protesters marched in Portland, Oregon, on Tuesday. Police in Portland made arrests.",
        "c": "Rain fell on Portland again, and Portland shut its parks.",
    },
    [("c", "Portland", "Portland")],
)

ATTACKS["a city written with its state and its country is one place"] = (
    {
        "a": "Storms hit Portland, Maine, on Monday. Schools in Portland were shut.",
        "b": "Tourists flew to Portland, United States, on Tuesday. Hotels in Portland were full.",
    },
    [("a", "Portland", "Portland"), ("b", "Portland", "Portland")],
)

ATTACKS["a small town named in two states is two places"] = (
    {
        "a": "Floods reached Kelwick, Ohio, on Monday. Roads in Kelwick were closed.",
        "b": "A fire burned in Kelwick, Texas, on Tuesday. Firefighters in Kelwick were tired.",
    },
    [("a", "Kelwick", "Kelwick, Ohio"), ("b", "Kelwick", "Kelwick, Texas")],
)

ATTACKS["a company and its product, named in one file"] = (
    {
        "a": "On Monday Orbix unveiled the Orbix Slate, and shares of Orbix rose.",
        "b": "Reviewers liked the Orbix Slate, which ships in March.",
    },
    [("a", "Orbix", "Orbix"), ("a", "Orbix Slate", "Orbix Slate"), ("b", "Orbix Slate", "Orbix Slate")],
)

ATTACKS["a company in one file is not the product another file names after it"] = (
    {
        "a": "Shares of Orbix rose on Monday, and analysts said Orbix would gain.",
        "b": "Reviewers liked the Orbix Slate, which ships in March.",
    },
    [("a", "Orbix", "Orbix"), ("b", "Orbix Slate", "Orbix Slate")],
)

ATTACKS["a surname a person speaks under is no company of another file that opens with it"] = (
    {
        "a": "Kessling Motor Co. cut jobs. Kessling Motor Co. said sales fell.",
        "b": "Dana Kessling starred in the film. Kessling said he liked it.",
        "c": "Critics praised the film on Monday, and Kessling said he liked it.",
    },
    [
        ("a", "Kessling Motor Co", "Kessling Motor Co"),
        ("b", "Kessling", "Dana Kessling"),
        ("c", "Kessling", "Dana Kessling"),
    ],
)

ATTACKS["a person and the memorial named after him"] = (
    {
        "a": "Marcus Delworth led the town for twenty years. Delworth died in 1990.",
        "b": "Crowds gathered at the Delworth Memorial on Sunday. The Delworth Memorial was cleaned.",
    },
    [("a", "Delworth", "Marcus Delworth"), ("b", "Delworth Memorial", "Delworth Memorial")],
)

ATTACKS["a person and the prize named after him"] = (
    {
        "a": "Alfred Nobel signed his will in Paris in 1895. Nobel left most of his fortune to the prizes.",
        "b": "She won the Nobel Prize in 2009. The Nobel Prize came with a medal.",
    },
    [("a", "Nobel", "Alfred Nobel"), ("b", "Nobel Prize", "Nobel Prize")],
)

ATTACKS["a person and the street, school and building named after her"] = (
    {
        "a": "Harriet Quenby founded the charity in 1950. Quenby said it would help the poor.",
        "b": "Traffic was stopped on Quenby Street. Pupils at Quenby High School were sent home.",
        "c": "Offices in the Quenby Building were empty on Friday.",
    },
    [
        ("a", "Quenby", "Harriet Quenby"),
        ("b", "Quenby Street", "Quenby Street"),
        ("b", "Quenby High School", "Quenby High School"),
        ("c", "Quenby Building", "Quenby Building"),
    ],
)

ATTACKS["a named building's word alone in its file is not the person of another file"] = (
    {
        "a": "Harriet Quenby founded the charity in 1950. Quenby said it would help the poor.",
        "b": "Offices in the Quenby Building were empty on Friday. Staff left Quenby early.",
    },
    # in its own file the word alone is the building's short form, never the woman of another file
    [("b", "Quenby", "Quenby Building"), ("a", "Quenby", "Harriet Quenby")],
)

ATTACKS["two people with one first name and surnames a letter apart, each written fully"] = (
    {
        "a": "Mark Hanson scored twice on Saturday. Mark Hanson said the team played well. Hanson is 24.",
        "b": "Mark Hansen, the coach, was sacked on Monday. Mark Hansen said he was sad. Hansen is 51.",
    },
    [("a", "Mark Hanson", "Mark Hanson"), ("b", "Mark Hansen", "Mark Hansen"), ("b", "Hansen", "Mark Hansen")],
)

ATTACKS["two people of one file, surnames a letter apart, each written fully"] = (
    {
        "a": "Mark Hanson scored twice. Mark Hansen, the coach, was pleased. Mark Hanson said so, "
        "and Mark Hansen agreed.",
    },
    [("a", "Mark Hanson", "Mark Hanson"), ("a", "Mark Hansen", "Mark Hansen")],
)

ATTACKS["a man and a woman of one surname whose given names are a letter or two apart"] = (
    {
        "a": "Daniel Marsh scored twice. Daniel Marsh said he was happy. Daniel Marsh is 24.",
        "b": "Danielle Marsh won the vote. Danielle Marsh said she was happy. Danielle Marsh is 51.",
        "c": "Paula Kerr spoke on Monday. Paula Kerr said she would run.",
        "d": "Paul Kerr spoke on Monday. Paul Kerr said he would run. Kerr left.",
    },
    [
        ("a", "Daniel Marsh", "Daniel Marsh"),
        ("b", "Danielle Marsh", "Danielle Marsh"),
        ("c", "Paula Kerr", "Paula Kerr"),
        ("d", "Paul Kerr", "Paul Kerr"),
        ("d", "Kerr", "Paul Kerr"),
    ],
)

ATTACKS["a given name of its file's person is no surname of another file's person"] = (
    {
        "a": "Harvey Weinstein spoke on Monday, and critics said Harvey had won again.",
        "b": "Dana Harvey spoke on Tuesday. Harvey said the vote was close.",
    },
    [("a", "Harvey", "Harvey"), ("b", "Harvey", "Dana Harvey")],
)

ATTACKS["a politician and a player of one surname in one corpus"] = (
    {
        "a": "Senator Tom Harkwell said the bill would pass. Harkwell voted for it.",
        "b": "Striker Lee Harkwell scored twice on Saturday. Harkwell was named man of the match.",
        "c": "Harkwell was not available for comment.",
    },
    [("a", "Harkwell", "Tom Harkwell"), ("b", "Harkwell", "Lee Harkwell"), ("c", "Harkwell", "Harkwell")],
)

ATTACKS["a person whose surname is a country's name, and the country"] = (
    {
        "a": "Dana Jordan scored 40 points on Sunday. Jordan said he was tired.",
        "b": "King Abdullah flew home to Jordan on Monday. Jordan will host the talks.",
    },
    [("a", "Jordan", "Dana Jordan"), ("b", "Jordan", "Jordan")],
)

ATTACKS["a country's name its file places is the country, beside a person of that surname"] = (
    {"a": "Dana Jordan met the king in Jordan on Monday. Jordan said the talks went well."},
    [("a", "Dana Jordan", "Dana Jordan"), ("a", "Jordan", "Jordan")],
)

ATTACKS["a town its file writes with its state and places is the town, beside a person of its name"] = (
    {
        "a": "Storms hit Harvey, Louisiana, on Monday. Dana Harvey said roads were shut. Schools in Harvey were closed.",
        "b": "Storms hit Harvey, Louisiana, on Monday. Dana Harvey spoke on Tuesday. Harvey said roads were shut.",
    },
    # where a mention of the word alone is read otherwise ("Harvey said") it stays the person's
    [("a", "Harvey", "Harvey, Louisiana"), ("a", "Dana Harvey", "Dana Harvey"), ("b", "Harvey", "Dana Harvey")],
)

ATTACKS["a person whose surname is a state's name, and the state's capital city"] = (
    {
        "a": "Tara Washington won the race. Washington said the course was hard.",
        "b": "Officials in Washington said the talks would go on.",
    },
    [("a", "Washington", "Tara Washington"), ("b", "Washington", "Washington")],
)

ATTACKS["a town its file reads as its club is the club another file names, not another file's city"] = (
    {
        "a": "Green Bay beat Chicago 27-24 at Soldier Field, and the Packers went on.",
        "b": "The Chicago Bears lost to the Green Bay Packers on Sunday. The Bears were poor.",
        "c": "Storms hit Chicago on Monday, and schools in Chicago were shut.",
    },
    [("a", "Chicago", "Chicago Bears"), ("c", "Chicago", "Chicago")],
)

ATTACKS["a team and its city in one corpus"] = (
    {
        "a": "The Ogden Rams beat the Boise Hawks 3-1. The Rams have won five straight.",
        "b": "Snow fell on Ogden, Utah, overnight. Schools in Ogden opened late.",
    },
    [("a", "Ogden Rams", "Ogden Rams"), ("b", "Ogden", "Ogden, Utah")],
)


ATTACKS["a nickname alone in a file of a club named without one is not another town's club"] = (
    {
        "a": "Derby County beat Leeds 2-0 on Saturday. The Rams are third, and the Rams fans sang.",
        "b": "The St. Louis Rams lost to the Chicago Bears on Sunday. The Rams were poor.",
        "c": "Fans in St. Louis cheered on Sunday, and the Rams won again.",
        "d": "The Rams won again on Sunday, and the Rams fans sang.",
    },
    # the Derby file's nickname may be its own club's; a file naming the town or no club is the Rams'
    [
        ("a", "Rams", "Rams"),
        ("b", "Rams", "St. Louis Rams"),
        ("c", "Rams", "St. Louis Rams"),
        ("d", "Rams", "St. Louis Rams"),
    ],
)

ATTACKS["a masthead's last word is its own file's paper, not the outlet table's paper of that word"] = (
    {
        "a": "Talks failed, The New York Times reported on Monday. The Times said the deal was off.",
        "b": "Talks failed, The Times reported on Monday, citing officials.",
        "c": "Rates rose, the Washington Post reported. The Post said more was coming.",
    },
    [("a", "Times", "The New York Times"), ("b", "Times", "The Times"), ("c", "Post", "The Washington Post")],
)

ATTACKS["two given names of the list a consonant apart, one surname, are two people"] = (
    {
        "a": "Ramesh Varma opened the school on Monday. Ramesh Varma said it was full.",
        "b": "Rakesh Varma, a doctor, said the clinic was busy.",
        "c": "Ahmad Farouk spoke on Monday. Ahmad Farouk left.",
        "d": "Ahmed Farouk said the talks had failed.",
    },
    # a vowel is a transliteration's, one person ("Ahmad", "Ahmed")
    [
        ("b", "Rakesh Varma", "Rakesh Varma"),
        ("a", "Ramesh Varma", "Ramesh Varma"),
        ("d", "Ahmed Farouk", "Ahmad Farouk"),
    ],
)

ATTACKS["an acronym one file defines is not the body of those letters another file names"] = (
    {
        "a": "The Northern Farmers Union (NFU) met on Monday. The NFU said prices fell.",
        "b": "The National Fishing Unit patrolled the coast. NFU boats left at dawn.",
        "c": "NFU leaders spoke in the capital.",
        "d": "The Northern Farmers Union and the National Fishing Unit met. The NFU said little.",
    },
    # a file naming neither is the defined body's; one naming both, neither's
    [("b", "NFU", "National Fishing Unit"), ("c", "NFU", "Northern Farmers Union"), ("d", "NFU", "NFU")],
)

ATTACKS["a masthead's last word closing two papers of its file is neither"] = (
    {
        "a": "The Washington Post reported the deal. The New York Post disagreed. The Post said the talks failed.",
        "b": "Talks failed, The New York Post reported. The Post said more was coming.",
    },
    # the outlet table writes the New York paper without "The"; where its file writes "The", it
    # is a masthead of the file as "The Washington Post" is
    [("a", "Post", "Post"), ("b", "Post", "New York Post")],
)

ATTACKS["a body's name after its country's in another file is still that body"] = (
    {
        "a": "The Pakistan Peoples Party met in Lahore on Monday, officials said.",
        "b": "The Peoples Party said on Tuesday it would contest the vote.",
    },
    [("b", "Peoples Party", "Pakistan Peoples Party")],
)

ATTACKS["a known city alone is not another file's namesake town of a region the city is not in"] = (
    {
        "a": "Floods reached Cleveland, Georgia, on Monday. Roads in Cleveland were closed.",
        "b": "The Browns lost in Cleveland on Sunday. Fans in Cleveland were upset.",
    },
    [("a", "Cleveland", "Cleveland, Georgia"), ("b", "Cleveland", "Cleveland")],
)

ATTACKS["a town alone is another file's town of the region the gazetteer places it in"] = (
    {
        "a": "Floods reached Harvey, Louisiana, on Monday. Roads in Harvey were closed.",
        "b": "Residents of Harvey cleaned up on Sunday. Schools in Harvey reopened.",
    },
    [("b", "Harvey", "Harvey, Louisiana")],
)

ATTACKS["a son written with a comma before his generation is not his father of another file"] = (
    {
        "a": "Harlan Pettigrew said the tariffs would stay. Pettigrew spoke in Ohio on Monday.",
        "b": "Harlan Pettigrew, Jr., met the lawyer in June. Pettigrew said the meeting was short.",
    },
    [
        ("a", "Pettigrew", "Harlan Pettigrew"),
        ("b", "Pettigrew", "Harlan Pettigrew Jr"),
        ("b", "Harlan Pettigrew, Jr", "Harlan Pettigrew Jr"),
    ],
)

ATTACKS["a word one file places and another gives a person is neither in a file naming neither"] = (
    {
        "a": "Floods reached Lincoln, Nebraska, on Monday. Roads in Lincoln were closed.",
        "b": "Historian Tamsin Lincoln said the archive was rare. Lincoln spoke on Monday.",
        "c": "Lincoln was busy on Tuesday.",
    },
    [("a", "Lincoln", "Lincoln, Nebraska"), ("b", "Lincoln", "Tamsin Lincoln"), ("c", "Lincoln", "Lincoln")],
)

ATTACKS["a name without its middle initial is neither of two people named with two initials"] = (
    {
        "a": "Harold Brandt said the plan was sound. Harold Brandt spoke. Harold K. Brandt agreed.",
        "b": "Harold T. Brandt said the plan was weak.",
        "c": "Harold Brandt said nothing.",
    },
    [
        ("a", "Harold Brandt", "Harold K. Brandt"),
        ("b", "Harold T. Brandt", "Harold T. Brandt"),
        ("c", "Harold Brandt", "Harold Brandt"),
    ],
)

ATTACKS["a name a clause's phrase opens is its subject, no apposition of the body's noun before it"] = (
    {
        "a": "Sara Venn studied physics. Ruth Venn wrote programs in 1960. After a year in the "
        "college's physics department, Ruth Venn recalls a machine the size of a room. Venn says "
        "it was loud. The label's parent company, Orbix Music, said sales rose.",
    },
    # read as "the department, Ruth Venn" she was typed a body's, and her surname went to Sara
    [("a", "Venn", "Ruth Venn"), ("a", "Orbix Music", "Orbix Music")],
)

# Session 53's audit of the joins, one shape per path that joins two spellings (these held already).
ATTACKS["a party named after its leader: its word alone in the party's file is the party"] = (
    {
        "a": "The Tavish Party won ten seats. Tavish said the vote was fair.",
        "b": "Imran Tavish spoke in the capital. Tavish said he was glad.",
        "c": "Tavish won ten seats in the vote.",
    },
    # a file naming neither: the party or the leader, ambiguous, on no one's page
    [("a", "Tavish", "Tavish Party"), ("b", "Tavish", "Imran Tavish"), ("c", "Tavish", "Tavish")],
)

ATTACKS["a firm named after its founder: the word in the firm's file is the firm's"] = (
    {
        "a": "Dalvo Motors cut 300 jobs in Ohio. Dalvo said sales fell.",
        "b": "Henrik Dalvo, who founded the firm, died on Monday. Dalvo was 90.",
    },
    [("a", "Dalvo", "Dalvo Motors"), ("b", "Dalvo", "Henrik Dalvo")],
)

ATTACKS["a father and a son of one surname, each named in full in his own file"] = (
    {
        "a": "Mitt Rumney spoke. His father, George Rumney, was a governor. Rumney said taxes were high.",
        "b": "George Rumney ran for president in 1968. Rumney lost.",
        "c": "Rumney won Michigan.",
    },
    [("a", "Rumney", "Mitt Rumney"), ("b", "Rumney", "George Rumney"), ("c", "Rumney", "Rumney")],
)

ATTACKS["a surname in a file naming only the son by his surname is his, not another file's father"] = (
    {
        "a": "Donald Tremp spoke in Ohio. Tremp said taxes were high.",
        "b": "Tremp Jr. met the lawyer in June. Tremp said the meeting was short.",
    },
    [("a", "Tremp", "Donald Tremp"), ("b", "Tremp", "Tremp Jr"), ("b", "Tremp Jr", "Tremp Jr")],
)

ATTACKS["a titled surname in the son's file is neither where the corpus names his father"] = (
    {
        "a": "Donald Tremp spoke in Ohio. Tremp said taxes were high.",
        "b": "Donald Tremp Jr. met the lawyer in June. President Tremp defended his son on Monday. "
        "Tremp Jr. said the meeting was short.",
    },
    # the son holds no office; "President Tremp" is no mention of him, nor surely his father's
    [("b", "Tremp", None), ("b", "Tremp Jr", "Donald Tremp Jr"), ("a", "Tremp", "Donald Tremp")],
)

ATTACKS["a first initial and a surname is not the nearest person of another given name"] = (
    {"a": "Jane Okafor said the plan was sound. Peter Okafor said it was weak. Later J. Okafor left."},
    [("a", "J. Okafor", "Jane Okafor"), ("a", "Peter Okafor", "Peter Okafor")],
)

ATTACKS["a ship named for a commander is not another file's person of that surname"] = (
    {
        "a": "Russia sent the Admiral Kuznetsov past Norway on Monday. The ship was escorted.",
        "b": "Sergei Kuznetsov, a spokesman, said the talks were over. Kuznetsov added nothing.",
    },
    [("a", "Admiral Kuznetsov", "Admiral Kuznetsov"), ("b", "Kuznetsov", "Sergei Kuznetsov")],
)

ATTACKS["a titled given name is not another file's town of that name"] = (
    {
        "a": "A bomb was found in Elizabeth, New Jersey, on Sunday. Police in Elizabeth closed roads.",
        "b": "Queen Elizabeth visited the troops on Monday.",
    },
    [("a", "Elizabeth", "Elizabeth, New Jersey"), ("b", "Queen Elizabeth", "Elizabeth")],
)

ATTACKS["a wife and a husband of one surname: a file naming one, that one; one naming neither, neither"] = (
    {
        "a": "Hillary Rodham Klinton spoke in Iowa. Klinton said she would win.",
        "b": "Bill Klinton campaigned for his wife. Klinton said he was proud.",
        "c": "Klinton won the primary in New Hampshire.",
        "d": "Sen. Hillary Klinton spoke. Former President Bill Klinton spoke later. Mrs. Klinton said "
        "she was glad. Mr. Klinton said he was proud.",
    },
    [
        ("a", "Klinton", "Hillary Rodham Klinton"),
        ("b", "Klinton", "Bill Klinton"),
        ("c", "Klinton", "Klinton"),
        ("d", "Mrs. Klinton", "Hillary Rodham Klinton"),  # the middle name of file a
        ("d", "Mr. Klinton", "Bill Klinton"),
    ],
)


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_merge_attack(known, attack):
    texts, expected = ATTACKS[attack]
    check(known, texts, expected)


def test_an_outlet_named_like_a_place_is_the_outlet_not_the_place(known):
    # "The Australian" (a newspaper) beside Australia; "Le Monde" beside "monde"'s nothing.
    texts = {
        "a": "The Australian reported on Monday that rates would rise. Australia has a new treasurer.",
        "b": "Le Monde reported that the minister would resign. Paris was quiet.",
    }
    found = discover(texts, known)
    assert canonical(found, "a", "Australia") == "Australia"
    assert canonical(found, "a", "The Australian") not in (None, "Australia")
    assert type_of(found, "a", "The Australian") == "organization"
    assert type_of(found, "b", "Le Monde") == "organization"


def test_a_people_s_word_after_the_is_a_paper_only_where_a_paper_s_words_say_so(known):
    texts = {
        "a": "Rates will rise, the Australian newspaper said. Talks went on, The Australian was told.",
        "b": "After the match the Australian said he was tired. The Australian team won.",
    }
    found = discover(texts, known)
    assert canonical(found, "a", "Australian") == "The Australian"
    assert canonical(found, "b", "Australian") is None


def test_an_everyday_word_alone_is_no_other_file_s_person_without_a_person_s_cue(known):
    # "the House voted" is not Gemma House of another file; "House told reporters" may be her.
    person = "Gemma House spoke to reporters in Leeds on Monday. Gemma House said the deal was done."
    found = discover({"a": person, "b": "Lawmakers met on Tuesday. The bill passed after the House voted late."}, known)
    assert canonical(found, "b", "House") != "Gemma House"
    found = discover({"a": person, "b": "Lawmakers met on Tuesday. The deal is good, House told reporters."}, known)
    assert canonical(found, "b", "House") == "Gemma House"


def test_an_everyday_word_alone_with_no_cue_is_no_other_file_s_longer_name(known):
    # "met Friends in the town" is not the charity another file names; its own file's may be.
    charity = "The charity Friends of the Moor planted trees near Leeds on Monday, volunteers said."
    found = discover({"a": charity, "b": "He met Friends in the town. He met Friends again on Sunday."}, known)
    assert canonical(found, "b", "Friends") != "Friends of the Moor"
    found = discover({"a": charity + " He met Friends in the town. He met Friends again on Sunday."}, known)
    assert canonical(found, "a", "Friends") == "Friends of the Moor"


def test_a_firm_is_not_the_building_named_after_it(known):
    # "Verizon" is the firm the Verizon Center is named after; "at Lambeau" is at Lambeau Field.
    found = discover(
        {
            "a": "Phones sold well, and Verizon said its new phone would ship in June.",
            "b": "The Capitals beat the Rangers 3-2 at the Verizon Center on Tuesday night.",
            "c": "The Packers play at Lambeau Field this week. Fans will fill Lambeau on Sunday, and the cold at Lambeau is famous.",
        },
        known,
    )
    assert canonical(found, "a", "Verizon") != "Verizon Center"
    assert canonical(found, "c", "Lambeau") == "Lambeau Field"


def test_a_name_a_clauses_phrase_opens_keeps_its_own_type(known):
    # "department, Ruth Venn recalls": no apposition; "company, Orbix Music," is one
    texts, _ = ATTACKS["a name a clause's phrase opens is its subject, no apposition of the body's noun before it"]
    found = discover(texts, known)
    assert type_of(found, "a", "Ruth Venn") == "person"
    assert type_of(found, "a", "Orbix Music") == "organization"
