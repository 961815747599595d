"""Unit tests for dossier.entities: discovery cues and corpus-wide resolution of names."""

from __future__ import annotations

import pytest

from dossier.entities import Mention, Registry, discover, find_mentions, load_registry, resolve
from dossier.model import Entity


@pytest.fixture(scope="module")
def known() -> Registry:
    """The built-in table of widely known entities, with no user registry."""
    return load_registry(None)


def names(entities) -> dict[str, str]:
    return {e.name: e.type for e in entities}


# --- resolve() on hand-made mentions -----------------------------------------------------------------


def person(text: str, full: str = "") -> Mention:
    return Mention(text, "person", "title 'President'" if full else "capitalised span", full)


def test_spelling_variants_and_surname_resolve_to_the_most_used_name():
    mentions = {
        "a": [person("Vladmir Putin")],
        "b": [person("Vladimir Putin", "Russian President Vladimir Putin"), person("Vladimir Putin")],
        "c": [Mention("Putin", "other", "single word")],
    }
    resolved = resolve(mentions, Registry())
    assert resolved["a"]["Vladmir Putin"].name == "Vladimir Putin"
    assert resolved["b"]["Vladimir Putin"].name == "Vladimir Putin"
    assert resolved["b"]["Russian President Vladimir Putin"].name == "Vladimir Putin"
    assert resolved["c"]["Putin"].name == "Vladimir Putin"
    assert resolved["c"]["Putin"].type == "person"
    assert "Vladmir Putin" in resolved["a"]["Vladmir Putin"].aliases


def test_sergey_joins_sergei():
    mentions = {"a": [person("Sergei Lavrov"), person("Sergei Lavrov")], "b": [person("Sergey Lavrov")]}
    resolved = resolve(mentions, Registry())
    assert resolved["b"]["Sergey Lavrov"].name == "Sergei Lavrov"


def test_different_first_names_of_one_surname_stay_apart_and_the_surname_is_not_guessed():
    mentions = {
        "a": [person("John Smith")],
        "b": [person("Jane Smith")],
        "c": [Mention("Smith", "other", "single word"), Mention("Smith", "other", "single word")],
    }
    resolved = resolve(mentions, Registry())
    assert resolved["a"]["John Smith"].name == "John Smith"
    assert resolved["b"]["Jane Smith"].name == "Jane Smith"
    assert resolved["c"]["Smith"].name == "Smith"


def test_registry_spelling_resolves_to_the_registry_entity():
    registry = Registry()
    registry.add(Entity("Moscow Kremlin", "organization", ("Kremlin",), reviewed=True))
    resolved = resolve({"a": [Mention("Kremlin", "other", "single word")]}, registry)
    entity = resolved["a"]["Kremlin"]
    assert (entity.name, entity.type, entity.reviewed) == ("Moscow Kremlin", "organization", True)


# --- discover() on text --------------------------------------------------------------------------------


def test_putin_spellings_across_documents_are_one_person(known):
    texts = {
        "a": "Vladmir Putin met military commanders in Moscow on Tuesday, the agency reported.",
        "b": "Russian President Vladimir Putin said the strikes would continue. "
        "Vladimir Putin also spoke by phone with the Turkish leader.",
        "c": "Putin has denied the claims, his spokesman told reporters.",
    }
    found = discover(texts, known)
    for doc in "abc":
        assert names(found[doc]).get("Vladimir Putin") == "person", doc
        assert not {"Putin", "Vladmir Putin", "Russian President Vladimir Putin"} & names(found[doc]).keys()


def test_sergey_lavrov_joins_sergei_lavrov(known):
    texts = {
        "a": "Russian Foreign Minister Sergei Lavrov met his counterpart in Geneva. Sergei Lavrov said talks would go on.",
        "b": "Foreign Minister Sergey Lavrov declined to comment.",
    }
    found = discover(texts, known)
    assert names(found["b"]) == {"Sergei Lavrov": "person"}


@pytest.mark.parametrize(
    "name",
    ["John Kerry", "Bashar al-Assad",
     "Susan Rice", "Sergei Lavrov"],
)  # fmt: skip
def test_untitled_full_name_is_a_person(known, name):
    found = discover({"a": f"{name} met the envoy in Geneva on Monday, aides said."}, known)
    assert names(found["a"]).get(name) == "person"


def test_surname_shared_by_two_full_names_is_left_alone(known):
    texts = {
        "a": "John Smith, a local official, said the road was closed.",
        "b": "Jane Smith, a doctor at the clinic, treated the wounded.",
        "c": "Smith said the attack came at night. Smith added that nobody was warned.",
    }
    found = discover(texts, known)
    assert "John Smith" in names(found["a"]) and "Jane Smith" in names(found["b"])
    assert not {"John Smith", "Jane Smith"} & names(found["c"]).keys()


def test_title_is_stripped_from_the_person(known):
    mentions = find_mentions("Russian President Vladimir Putin said the strikes would continue.", known)
    people = [(m.text, m.type, m.full) for m in mentions if m.type == "person"]
    assert people == [("Vladimir Putin", "person", "Russian President Vladimir Putin")]


@pytest.mark.parametrize(
    ("text", "acronym", "expected"),
    [
        ("Fighters from the Islamic State (IS) seized the town. IS later withdrew.", "IS", "Islamic State"),
        ("Activists of the Syrian Observatory for Human Rights (SOHR) counted the dead. SOHR said 30 died.",
         "SOHR", "Syrian Observatory for Human Rights"),
        ("The Syrian Observatory for Human Rights (SOHR) counted the dead. SOHR said 30 died.",
         "SOHR", "Syrian Observatory for Human Rights"),
    ],
)  # fmt: skip
def test_acronym_joins_what_it_abbreviates(text, acronym, expected):
    resolved = resolve({"a": find_mentions(text, Registry())}, Registry())
    assert resolved["a"][acronym].name == expected


def test_acronym_with_the_known_table(known):
    found = discover({"a": "Fighters from the Islamic State (IS) seized the town. IS later withdrew."}, known)
    assert names(found["a"]).get("Islamic State") == "organization"
    assert "IS" not in names(found["a"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters loyal to the Islamic State seized the town on Monday.", "Islamic State"),
        ("Officials in the United States condemned the strikes on Monday.", "United States"),
    ],
)
def test_known_names_ending_in_a_common_word_are_found(known, text, expected):
    assert expected in names(discover({"a": text}, known)["a"])


def test_user_registry_wins_over_the_known_table(tmp_path):
    path = tmp_path / "entities.yml"
    path.write_text("entities:\n  - {name: Kremlin Administration, type: organization, aliases: [Kremlin]}\n")
    registry = load_registry(path)
    found = discover({"a": "The Kremlin said on Monday that the strikes were a success."}, registry)
    assert names(found["a"]) == {"Kremlin Administration": "organization"}


def test_registry_alias_resolves_to_its_canonical_name():
    registry = Registry()
    registry.add(Entity("Moscow Kremlin", "organization", ("Kremlin",)))
    found = discover({"a": "The Kremlin said on Monday that the strikes were a success."}, registry)
    assert names(found["a"]) == {"Moscow Kremlin": "organization"}


def test_calendar_words_and_sentence_openers_are_not_entities(known):
    text = (
        "On Monday, the ministry said the talks had failed. However, diplomats met again on Monday. "
        "In September, prices rose. Meanwhile, in September, wages fell. Despite this, officials said "
        "little. Residents said the shelling continued. Other residents fled. Sunday was quiet. "
        "By Sunday, it was not. May 5 passed without news, and officials said they may return."
    )
    found = names(discover({"a": text}, known)["a"])
    for word in ("Monday", "September", "Sunday", "May", "However", "Meanwhile", "Despite", "In", "On", "By",
                 "Residents", "Other", "The"):  # fmt: skip
        assert word not in found


def test_a_sentence_first_word_never_capitalised_inside_a_sentence_is_no_part_of_the_name(known):
    text = (
        "Senior KSDA managers met on Thursday. Engineers at KSDA said the launch would wait. "
        "Retired Kelvane Press reporter Ann Lee wrote the story for Kelvane Press in 1990."
    )
    found = names(discover({"a": text}, known)["a"])
    assert "Senior KSDA" not in found and "KSDA" in found
    assert "Retired Kelvane Press" not in found and "Kelvane Press" in found


def test_a_first_word_the_text_capitalises_inside_a_sentence_stays_part_of_the_name(known):
    text = "Golden Kelham Rovers won on Sunday. Fans of the Golden Kelham Rovers cheered. Kelham Rovers had lost twice."
    assert "Golden Kelham Rovers" in names(discover({"a": text}, known)["a"])


# --- discovery cues, as tables ---------------------------------------------------------------------


def spellings(text: str, registry: Registry) -> dict[str, str]:
    return {m.text: m.type for m in find_mentions(text, registry)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Chancellor of the Exchequer Jeremy Hunt said taxes would fall.", "Jeremy Hunt", "person"),
        ("Ward 2: Incumbent Jenny Albers led challenger Tom Keogh.", "Jenny Albers", "person"),
        ("Dr. Alicia Guidry treated a dozen people.", "Alicia Guidry", "person"),
        ("The shift comes, and Secretary of State Antony Blinken agreed.", "Antony Blinken", "person"),
        ("Talks with the ambassador to Russia Riad Haddad went on.", "Riad Haddad", "person"),
        ("The U.S. Securities and Exchange Commission sued him.", "U.S. Securities and Exchange Commission", "organization"),
        ("The Louisiana Department of Wildlife and Fisheries sent boats.", "Louisiana Department of Wildlife and Fisheries", "organization"),
        ("The Lyon County Sheriff's Office said the road was closed.", "Lyon County Sheriff's Office", "organization"),
        ("Cars of a Great Plains & Western Railway train left the tracks.", "Great Plains & Western Railway", "organization"),
        ("The Bureau of Enquiry and Analysis for Civil Aviation Safety will help.", "Bureau of Enquiry and Analysis for Civil Aviation Safety", "organization"),
        ("Helicopters from the Royal Norwegian Air Force's 330 Squadron flew out.", "330 Squadron", "organization"),
        ("Flight 2209, an ATR 72-600 from Tromsø, went down.", "Flight 2209", "event"),
        ("Flight 2209, an ATR 72-600 from Tromsø, went down.", "ATR 72-600", "organization"),
        ("Residents who fled the Kettle Ridge wildfire went home.", "Kettle Ridge wildfire", "event"),
        ("HARTFORD, Conn., Jan. 12, 2024 — The insurer said it was hacked.", "Hartford, Connecticut", "place"),
        ("HARTFORD, Conn., Jan. 12, 2024 — The insurer said it was hacked.", "Connecticut", "place"),
        # A country after a town places it: two places, each under its own name.
        ("The fleet has a base in Kelmora, Syria, on the coast.", "Kelmora", "place"),
        ("The fleet has a base in Kelmora, Syria, on the coast.", "Syria", "place"),
        ("Flooding closed roads in Kelmora, Georgia, on Friday.", "Kelmora, Georgia", "place"),
        # A state's postal code after "Town, " is the state, not an acronym of a body.
        ("Portland, OR (Wirewise) - The mayor resigned on Monday.", "Oregon", "place"),
        ("FRISCO — The court ruled on Monday.", "Frisco", "place"),
        ("Cars left the tracks near the town of Alvord, south of the border.", "Alvord", "place"),
        ("Power was out in Calcasieu, Cameron and Jefferson Davis parishes.", "Jefferson Davis Parish", "place"),
        ("The San Francisco-based company said it would appeal.", "San Francisco", "place"),
        ("Opposition leader Rahul Gandhi of the Indian National Congress objected.", "Rahul Gandhi", "person"),
        ("Opposition leader Rahul Gandhi of the Indian National Congress objected.", "Indian National Congress", "organization"),
        ("Seven Russian T-90 tanks were seen at the airfield.", "T-90", "other"),
        # A place whose second word is a first name ("York"): not a word and a person.
        ("Water reached homes in New York City on Monday.", "New York City", "place"),
        # A month's name after a first name is a surname.
        ("The award went to Hannah May on Friday.", "Hannah May", "person"),
        # A member of parliament's title, before or after the name.
        ("The Labour MP Owen Pritchard asked a question.", "Owen Pritchard", "person"),
        ("Owen Pritchard MP asked a question.", "Owen Pritchard", "person"),
        # A name with a capital's hyphen that is no party and state.
        ("The landings on D-Day were remembered.", "D-Day", "other"),
        # A headline's last words and its byline on one line: two names.
        ("Rangers fans look to Ibrox By Colin Marsh Updated: 7:08am", "Colin Marsh", "person"),
        # A title written with a hyphen; a titled person "of" a place is the person and the place.
        ("He briefed Attorney-General Ruth Caddick on the case.", "Ruth Caddick", "person"),
        ("Senator Ruth Caddick of Kentucky called the vote.", "Ruth Caddick", "person"),
        ("Senator Ruth Caddick of Kentucky called the vote.", "Kentucky", "place"),
        # "and" before a person's name, or after an acronym, joins two names, not the words of one.
        ("Without players at the Harbour Cup of Nations and Owen Pritchard injured, they lost.", "Owen Pritchard", "person"),
        ("It works with KPX and Northern Rail League on events.", "KPX", "organization"),
        ("Rovers Hall of Famer Owen Pritchard spoke.", "Owen Pritchard", "person"),
        # A title's word after a given name is a surname.
        ("The novel by Owen King sold well.", "Owen King", "person"),
        # A person "of" a place with a result's score after it; "of the" a body; "of" an acronym.
        ("Lea Dunst beat Ann Kerrow of Norway 6-3, 6-4.", "Ann Kerrow", "person"),
        ("Lea Dunst beat Ann Kerrow of the Czech Republic 6-3, 6-4.", "Ann Kerrow", "person"),
        ("The guests included Paul Ostrander of the Quillery.", "Paul Ostrander", "person"),
        ("Paul Ostrander of KPX said no.", "Paul Ostrander", "person"),
        # "and" inside a body's name after "for", as after "of": one name.
        ("A report by the Institute for Quarry and Harbour Affairs came out.", "Institute for Quarry and Harbour Affairs", "organization"),
        # An officer's, a cleric's title and an honorific before a name are no part of it.
        ("Quillery COO Ann Kerrow cut the ribbon.", "Ann Kerrow", "person"),
        ("The service was led by Bishop Owen Pritchard on Sunday.", "Owen Pritchard", "person"),
        ("A speech by Shri Owen Pritchard followed.", "Owen Pritchard", "person"),
        # An adjective opening a sentence stays in a club's name.
        ("It was a real test. Real Ardena won the game in Ardena.", "Real Ardena", "other"),
        # A lowercase word opening a sentence before a name written alone elsewhere is not the name's.
        ("The new model shipped. New AeroTex chief Ann Kerrow spoke. AeroTex grew.", "AeroTex", "other"),
        # A role "of" a body names the body; a prince "of" a place, or an office "of" a plural, is one.
        ("Ann Kerrow, the CEO of Vortexa, spoke.", "Vortexa", "other"),
        ("The Prince of Wales visited.", "Prince of Wales", "person"),
        ("The Registrar of Companies ruled.", "Registrar of Companies", "organization"),
        # Common words written in lowercase elsewhere stay a name with a word of a body or a place.
        ("The court was supreme. The Supreme Court ruled.", "Supreme Court", "organization"),
        # A short acronym that is also a word, and a model's number, stay names.
        ("Those who fled were counted by the UNO in its report.", "UNO", "organization"),
        ("The d5200 page shows the D5200 beside the old model.", "D5200", "other"),
        ("Winds hit the south west hard. Flooding hit the South West on Monday.", "South West", "other"),
    ],
)  # fmt: skip
def test_discovery_cue(text, name, kind):
    assert spellings(text, Registry()).get(name) == kind


@pytest.mark.parametrize(
    ("text", "not_names"),
    [
        ("Delphine came ashore as a Category 3 storm.", ["Category", "Category 3"]),
        ("The new model shipped. New AeroTex chief Ann Kerrow spoke. AeroTex grew.", ["New AeroTex"]),
        ("Read it all. Complete Hurricane Delphine coverage. Hurricane Delphine left. It is complete.", ["Complete Hurricane Delphine"]),
        ("Any Quillery fans out there? The Quillery played on.", ["Any Quillery"]),
        ("Ann Kerrow, the CEO of Vortexa, spoke.", ["CEO of Vortexa"]),
        ("Manchester City beat Arsenal 3-1 on Sunday.", ["Arsenal 3-1", "Manchester"]),
        ("Tens of thousands marched on Saturday. Organisers say 50,000 came.", ["Tens", "Organisers"]),
        ("- Burton Coliseum, 7001 Gulf Highway, Lake Charles", ["Gulf Highway", "7001 Gulf Highway"]),
        ("CAMERON, La. (AP) — Hurricane Delphine crashed ashore.", ["AP"]),
        ("(CNN) — Colorado's highest court ruled Monday.", ["CNN"]),
        # A postal code after a name the gazetteer does not know as a town is no state: a doctor's "MD".
        ("The advice came from Jane Doe, MD, who runs a clinic.", ["Maryland", "Jane Doe, Maryland"]),
        ("Later, the Russian Foreign Minister spoke.", ["Russian Foreign", "Russian Foreign Minister"]),
        ("“I’d never do it again,” he said. Let’s call it what it is.", ["I’d", "Let"]),
        ("Reno Just Elected a Mayor Who Wants to Tax Your Commute. Here’s What Comes Next.", ["Reno", "Who Wants", "Tax Your Commute"]),
        ("The Russian-built carriers were seen on Tuesday.", ["Russian"]),
        ("The companies wonder whether City Hall still wants them.", ["City Hall", "Hall"]),
        ("Haaland scored twice in the Premier League on Sunday.", ["League"]),
        ("Shares of Tesla fell 3%. Tesla declined to comment.", ["Shares of Tesla", "Shares"]),
        ("Two AW101 helicopters from the Royal Norwegian Air Force's 330 Squadron flew.", ["Squadron"]),
        ("It fought Assad, Russia and Iran, the group said.", ["Assad, Russia"]),
        ("The evacuation order covers the Lumby and Coldstream fire departments.", ["Coldstream fire"]),
        # A name-ending abbreviation can end the sentence: what follows opens the next one.
        ("The deal went to Sandinford Logistics Ltd. Opposition politicians objected.", ["Opposition"]),
        ("The suit names Acme Corp. Lawyers for the firm said they would appeal.", ["Lawyers"]),
        ("He quoted Martin Luther King Jr. Speaking later, the mayor agreed.", ["Speaking"]),
        ("Water reached homes in New York City on Monday.", ["York City"]),
        ("The award went to Hannah May on Friday.", ["Hannah"]),
        ("The Labour MP Owen Pritchard asked a question.", ["Labour MP", "Labour"]),
        ("Sales of big SUVs fell while DVDs sold well.", ["SUVs", "DVDs"]),
        ("He threw two TDs for the Bears while the V-8s roared.", ["TDs", "V-8s"]),
        ("Rangers fans look to Ibrox By Colin Marsh Updated: 7:08am", ["Ibrox By Colin Marsh"]),
        ("Senator Ruth Caddick of Kentucky called the vote.", ["Ruth Caddick of Kentucky"]),
        ("Rovers are struggling. Struggling Rovers say they need a striker.", ["Struggling Rovers"]),
        ("The science fair opened. Pupils at the Science Fair showed robots.", ["Science Fair"]),
        ("Entry is free, right? Join our FREE club RIGHT now.", ["FREE", "RIGHT"]),
        ("They sang Stand By Me Tonight at the end.", ["Me Tonight"]),  # no byline: "Me" is no first name here
        ("Sen. Mary Olden, D-Mass., and Rep. Tim Crane, R-Texas, spoke. Sen. Ann Bly, D-N.Y., agreed.", ["D-Mass", "R-Texas", "D-N"]),
        ("Owen Pritchard said on May 5 that he would stand.", ["Owen Pritchard May"]),
        ("Crowds gathered on New Year's Eve in the square.", ["Eve", "New Year's Eve"]),
        ("Crowds gathered on New Year?s Eve in the square.", ["Eve"]),  # a "?" for a lost apostrophe
        ("Kelham Police Const. Tom Keel and the Rev. Ann Lee spoke.", ["Const", "Kelham Police Const", "Rev"]),
        ("They met Peru-Canadian families over Sino-Brazilian trade.", ["Peru-Canadian", "Sino-Brazilian"]),
        ("Ann Lee, Vice-President of the club, spoke.", ["Vice-President"]),
        ("If Kelham Rovers asked I'd go, and if they called Kelham Rovers I'd stay.", ["Kelham Rovers I'd"]),
        ("Harbourline Inc. (NYSE: HBL, HBLB) builds boats; Corvane (LSE:CVN) sails them.", ["HBL", "HBLB", "CVN"]),
        ("Readers can order it from the Web site, or anywhere on the Internet.", ["Web", "Internet"]),
        # The acronyms of common nouns name no one ("an EV plant", "a VR headset").
        ("The firm will build an EV plant, and doctors said an MRI scan was clear.", ["EV", "MRI"]),
        ("Stream the WAV files by RSS from 4 p.m. AEST, as the ROI on CO2 capture rose.", ["WAV", "RSS", "AEST", "ROI", "CO2"]),
        # A common thing's format: its acronym and a mark ("DVD-R"); "Kelvane-TV" would be a name.
        ("Burn it to a DVD-R or a CD-RW, since the HD-DVD drive failed.", ["DVD-R", "CD-RW", "HD-DVD"]),
        ("The former New York Comets coach spoke.", ["York Comets"]),
        ("The sister company Time Morgan Cable is part of the Time Morgan group.", ["Morgan Cable"]),
        ("The plan gives Labour MPs a say.", ["Labour MPs"]),
        ("MLA Ann Rustle toured the site with MSP Tom Keel.", ["MLA", "MSP"]),
        ("They named Owen Pritchard, Jr. and his father.", ["Jr"]),
        ("The future Hall of Famer met the press.", ["Hall of Famer"]),
        ("Most read: 2. Kelham Rovers Heads To Court over debts", ["Kelham Rovers Heads To Court", "Heads To Court"]),
        ("Our paper, Harbour Billing Doesn't Need New Phones, is free.", ["Harbour Billing Doesn't Need New Phones"]),
        ("The ad at http://ads.example.com/x?site=Harbourline&nav=2 loaded. <SPAN class=x>Subscribe</SPAN>", ["Harbourline&nav", "Harbourline", "SPAN"]),
    ],
)  # fmt: skip
def test_not_an_entity(known, text, not_names):
    found = names(discover({"a": text}, known)["a"])
    assert not set(not_names) & {n for e in discover({"a": text}, known)["a"] for n in e.spellings()}
    assert not set(not_names) & found.keys()


def test_a_name_mentioned_once_inside_a_sentence_is_kept(known):
    found = names(
        discover({"a": "Freeze your credit with the three bureaus, Equifax, Experian and TransUnion."}, known)["a"]
    )
    assert {"Equifax", "Experian", "TransUnion"} <= found.keys()


def test_a_name_read_through_a_question_mark_for_an_apostrophe_keeps_the_text_s_spelling(known):
    found = names(discover({"a": "Money went to the Kelham Children?s Trust, its director said."}, known)["a"])
    assert "Kelham Children?s Trust" in found


def test_miss_before_a_country_is_a_contest_not_a_woman_of_that_name(known):
    found = names(discover({"a": "Ann Lee, a former Miss England contestant, spoke."}, known)["a"])
    assert "Miss England" in found and "England" not in found


def test_a_title_s_word_between_a_given_name_and_a_surname_is_part_of_the_name(known):
    found = names(discover({"a": "Police questioned Omar Sheikh Haddad on Monday."}, known)["a"])
    assert found.get("Omar Sheikh Haddad") == "person" and "Haddad" not in found


def test_an_everyday_word_capitalised_once_is_no_entity(known):
    # "ticket" is counted often in the word-frequency table; written capitalised once, with no cue
    found = names(discover({"a": "Fans bought the Ticket at the gate on Friday, officials said."}, known)["a"])
    assert "Ticket" not in found


def test_an_everyday_word_capitalised_again_and_again_stays_a_name(known):
    text = "Seats at the Garden sold out in May. Fans said the Garden was the best of the venues."
    assert "Garden" in names(discover({"a": text}, known)["a"])


def test_a_rare_word_capitalised_once_stays_a_name(known):
    found = names(discover({"a": "Fans bought the Zorvex at the gate on Friday, officials said."}, known)["a"])
    assert "Zorvex" in found


def test_an_acronym_has_two_to_acronym_max_letters_capitals():
    # A word in capitals of up to ACRONYM_MAX_LETTERS letters is an acronym; a longer one is a lead
    # word in capitals, or a name written in them.
    from dossier.entities import ACRONYM_MAX_LETTERS, _acronym

    letters = "ABCDEFGH"
    assert _acronym(letters[:2]) and _acronym(letters[:ACRONYM_MAX_LETTERS])
    assert not _acronym(letters[:1]) and not _acronym(letters[: ACRONYM_MAX_LETTERS + 1])
    assert not _acronym(letters[:ACRONYM_MAX_LETTERS].title())


def test_a_one_word_name_that_only_opens_sentences_is_kept_from_its_second_mention():
    # An "other" name of one word, at a sentence's start each time ("Organisers say ..."), is a
    # capitalised word once; SINGLE_WORD_MIN_MENTIONS times, it is kept.
    from dossier.entities import SINGLE_WORD_MIN_MENTIONS, _keep

    opening = Mention("Harbourfest", "other", start=True)
    entity = Entity("Harbourfest")
    assert _keep([entity], [opening] * SINGLE_WORD_MIN_MENTIONS) == [entity]
    assert _keep([entity], [opening] * (SINGLE_WORD_MIN_MENTIONS - 1)) == []
