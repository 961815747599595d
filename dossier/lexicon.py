"""The words entity discovery and resolution know: the tables of `data/lexicon.yml`, the first-name
list, adjectives of origin, and the word tests both stages share.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from .cache import derived_table
from .gazetteer import country_names, is_place, major_places, place_names
from .markup import load_yaml


def _load_tables() -> dict[str, frozenset[str] | dict[str, str]]:
    text = resources.files("dossier.data").joinpath("lexicon.yml").read_text(encoding="utf-8")
    return {k: dict(v) if isinstance(v, dict) else frozenset(v) for k, v in load_yaml(text).items()}


_TABLES = _load_tables()

# See data/lexicon.yml for what each table holds.
COMMON: frozenset[str] = _TABLES["common"]
NAME_NOUNS: frozenset[str] = _TABLES["name_nouns"]
NAME_ENDS: frozenset[str] = _TABLES["name_ends"]
INNER_NAME_NOUNS: frozenset[str] = _TABLES["inner_name_nouns"]
SMALL_WORDS: frozenset[str] = _TABLES["small_words"]
HEADING_SMALL_WORDS: frozenset[str] = _TABLES["heading_small_words"]
HEADLINE_WORDS: frozenset[str] = _TABLES["headline_words"]
# A title's abbreviation is written with or without its full stop ("Sgt." and, British style, "Sgt
# John Hocking"): the table lists the dotted form, the undotted one is the same title; but for a
# surname ("Sen": "Amartya Sen", "Hun Sen" were dropped as titles) or a word's abbreviation ("Gen Y",
# "Gen Z": a generation, read as a person "Y").
_UNDOTTED_SURNAMES = frozenset({"sen", "gen"})
TITLES: frozenset[str] = _TABLES["titles"] | {
    t[:-1] for t in _TABLES["titles"] if t.endswith(".") and t[:-1] not in _UNDOTTED_SURNAMES
}
TITLE_MODIFIERS: frozenset[str] = _TABLES["title_modifiers"]
HONORIFICS: dict[str, str] = _TABLES["honorifics"]
GENERATIONS: frozenset[str] = _TABLES["generations"]
ORG_WORDS: frozenset[str] = _TABLES["org_words"]
COMPANY_WORDS: frozenset[str] = _TABLES["company_words"]
UNIT_WORDS: frozenset[str] = _TABLES["unit_words"]
SUBUNITS: frozenset[str] = _TABLES["subunits"]
EVENT_WORDS: frozenset[str] = _TABLES["event_words"]
NAMED_EVENTS: frozenset[str] = _TABLES["named_events"]
NOT_NAMES: frozenset[str] = _TABLES["not_names"]
EVENT_HEADS: frozenset[str] = _TABLES["event_heads"]
PLACE_WORDS: frozenset[str] = _TABLES["place_words"]
VENUE_ENDS: frozenset[str] = _TABLES["venue_ends"]
VENUE_WORDS: frozenset[str] = _TABLES["venue_words"]
PLACE_SUFFIXES: frozenset[str] = _TABLES["place_suffixes"]
ADMIN_WORDS: frozenset[str] = _TABLES["admin_words"]
PLURAL_HEADS: dict[str, str] = _TABLES["plural_heads"]
STREET_WORDS: frozenset[str] = _TABLES["street_words"]
DIRECTIONS: frozenset[str] = _TABLES["directions"]
NAMES_ALONE: frozenset[str] = _TABLES["names_alone"]
COUNTERS: frozenset[str] = _TABLES["counters"]
ROLE_POSSESSORS: frozenset[str] = _TABLES["role_possessors"]
GROUP_WORDS: frozenset[str] = _TABLES["group_words"]
CLUB_WORDS: frozenset[str] = _TABLES["club_words"]
NOBLE_TITLES: frozenset[str] = _TABLES["noble_titles"]
PLACE_HEADS: frozenset[str] = _TABLES["place_heads"]
SPEECH_VERBS: frozenset[str] = _TABLES["speech_verbs"]
PERSON_NOUNS: frozenset[str] = _TABLES["person_nouns"]
ORG_NOUNS: frozenset[str] = _TABLES["org_nouns"]
ORG_POSSESSIONS: frozenset[str] = _TABLES["org_possessions"]
BODY_MEMBERS: frozenset[str] = _TABLES["body_members"]
BODY_ROLES: frozenset[str] = _TABLES["body_roles"]
PERSON_POSSESSIONS: frozenset[str] = _TABLES["person_possessions"]
KIN_NOUNS: frozenset[str] = _TABLES["kin_nouns"]
PLACE_PREPOSITIONS: frozenset[str] = _TABLES["place_prepositions"]
PLACE_KINDS: frozenset[str] = _TABLES["place_kinds"]
PLACE_DWELLERS: frozenset[str] = _TABLES["place_dwellers"]
TEAM_STAFF: frozenset[str] = _TABLES["team_staff"]
TEAM_RESULTS: frozenset[str] = _TABLES["team_results"]
TEAM_JOINS: frozenset[str] = _TABLES["team_joins"]
#: Words that close a name and tell its type.
HEAD_WORDS = ORG_WORDS | PLACE_WORDS | EVENT_WORDS
#: Words that are never a name alone ("Hall", "Squadron", "Category", "West").
NOT_ALONE = (HEAD_WORDS | COUNTERS | DIRECTIONS) - NAMES_ALONE
#: Words cut from the end of a span ("Putin on Monday", "Bank of").
TRAILING = SMALL_WORDS | (COMMON - NAME_NOUNS - NAME_ENDS)
#: The words of the closed classes (auxiliaries, pronouns, conjunctions, prepositions) that may follow
#: a name: no noun an adjective would go with.
CLOSED_CLASS = frozenset(
    "is are was were be been being has have had will would can could may might must shall should do does did "
    "who whom whose which that and or but nor of in on at to for with by from as than about after before "
    "he she it they we you i his her its their our also".split()
)


def _alternatives(forms: Iterable[str]) -> str:
    """Legal forms as a pattern's alternatives, for patterns to read with re.I: longest first, each
    full stop inside one optional ("l.l.c": "LLC", "L.L.C")."""
    return "|".join(re.escape(f).replace(r"\.", r"\.?") for f in sorted(forms, key=lambda f: (-len(f), f)))


#: Photo agencies and wires credited under photos, and the words a credit gives instead of one
#: ("handout", "file"): the readers of credits in `storycredits` and `rulekeeps` take them from here.
PHOTO_AGENCIES = (
    "reuters", "ap", "ap photo", "afp", "epa", "epa-efe", "efe", "getty", "getty images", "shutterstock", "istock",
    "alamy", "anadolu", "tass", "sputnik", "xinhua", "dpa", "zuma", "sipa", "pa", "pa images", "pa wire",
    "the canadian press", "aap", "bloomberg", "pool", "handout", "file",
)  # fmt: skip

#: A company's legal form after an owner's name (copyright and corporate lines): both tables.
LEGAL_FORM = _alternatives(_TABLES["legal_forms"] | _TABLES["owner_legal_forms"])
_LEGAL_FORM_IN_NAMES = re.compile(rf"(?:{_alternatives(_TABLES['legal_forms'])})", re.I)


def is_legal_form(word: str) -> bool:
    """Tell a company's legal form written alone after a name of the corpus ("Inc", "COS", "LLC")."""
    return bool(_LEGAL_FORM_IN_NAMES.fullmatch(word))


#: A number, an ordinal or a range as one word ("2209", "101st", "72-600").
IS_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?(?:-\d+)?")
# A word of a person's name: "Putin", "al-Assad", "McGrath", "O’Driscoll", "ElBaradei", "K.J.", a
# double-barrelled surname ("Roger-Vasselin", "Wright-Phillips").
_NAME_WORD = re.compile(
    r"(?:(?:al|el|bin|ibn|van|von|de)-)?[A-ZÀ-Þ][a-zà-ÿ'’]*[A-ZÀ-Þ]?[a-zà-ÿ'’-]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?|(?:[A-Z]\.)+"
    r"|de|van|von|bin|al|der|da|dos"
)


#: gender-guesser's sex codes: male, mostly male, female, mostly female, unisex.
_SEX_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "?"}


@cache
def first_names() -> dict[str, str]:
    """Return given names with their usual sex ("m", "f" or "?"), from gender-guesser's name list.

    The list (about 48,000 names of 50 countries) ships inside that package; nothing is downloaded.
    It is read here directly, as `gender_guesser.detector.Detector(case_sensitive=True)` reads it
    (a name listed with both sexes is "?"), three times faster: only the sex column is kept; and
    after the first run it is read from the user's cache folder, faster still.
    """
    source = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    return derived_table(
        "first-names", [Path(__file__), Path(str(source))], lambda: _read_first_names(source), {str: str}
    )


#: A word that pyspellchecker's English table counts at least this many times, as written in
#: lowercase, is a common word ("window" 72,000, "garden" 30,000); names rank low there ("paris"
#: 1,081, "smith" 1,006), and the one-word names that rank high are given names and surnames, which
#: resolution joins to the full name. Chosen on the entities tune part and unlabelled tune pages.
COMMON_WORD_MIN_COUNT = 30_000
#: A club's nickname is the plural of an English word ("Panthers", "Buccaneers"): its singular is
#: counted at least this many times ("buccaneer" 239); a surname's is mostly not a word at all
#: ("Soros", "Jones", "Portis"). Chosen on the whole-page tune dumps.
NICKNAME_STEM_MIN_COUNT = 100
#: A word the table counts at least this many times is an English word, however rare ("sushi",
#: "pitchfork", "broadcaster" 253, "startup" 676); a rarer word is most often a name ("londoner"
#: 50), and a one-word brand is mostly not in it at all ("Computerworld", "Uncrate"). Chosen on the
#: whole-page tune dumps (sentence openers fused to names; sites' brands).
DICTIONARY_MIN_COUNT = 100


def in_dictionary(word: str) -> bool:
    """Tell a word the word-frequency table knows (`DICTIONARY_MIN_COUNT`), in lowercase."""
    return word.lower() in frequent_words(DICTIONARY_MIN_COUNT)


def is_common_word(word: str) -> bool:
    """Tell a word of the hand-written `common` table, or one that the word-frequency table counts
    often enough (`COMMON_WORD_MIN_COUNT`) to be an everyday word, compared in lowercase."""
    lower = word.lower()
    return lower in COMMON or lower in frequent_words()


@cache
def frequent_words(min_count: int = COMMON_WORD_MIN_COUNT) -> frozenset[str]:
    """Return the words that pyspellchecker's English word-frequency table (160,000 words with
    their counts, shipped inside the package; nothing is downloaded) counts at least `min_count`
    times; after the first run read from the user's cache folder."""
    source = resources.files("spellchecker").joinpath("resources/en.json.gz")
    words = derived_table(
        f"frequent-words-{min_count}",
        [Path(__file__), Path(str(source))],
        lambda: _read_frequent(source, min_count),
        [str],
    )
    return frozenset(words)


def _read_frequent(source: Traversable, min_count: int) -> list[str]:
    counts = json.loads(gzip.decompress(source.read_bytes()))
    return sorted(w for w, n in counts.items() if n >= min_count)


def _read_first_names(source: Traversable) -> dict[str, str]:
    text = source.read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if line[0] in "#=":
            continue
        code, name = line.split(None, 2)[:2]
        sex = _SEX_CODES.get(code, "?")
        # "Jean+Pierre" is "JeanPierre", "Jean Pierre" and "Jean-Pierre".
        for spelling in [name.replace("+", joint) for joint in ("", " ", "-")] if "+" in name else [name]:
            names[spelling] = sex if names.get(spelling, sex) == sex else "?"
    return names


@lru_cache(maxsize=1 << 16)
def is_first_name(word: str) -> bool:
    """Tell whether a word is a given name (and not a common word or an adjective of origin); a
    compound of two given names joined by a hyphen is one ("Jean-Marc", "Anne-Sophie"), the list
    holding few such pairs."""
    if "-" in word and word not in first_names():
        parts = word.split("-")
        return len(parts) == 2 and all(p[:1].isupper() and is_first_name(p) for p in parts)
    return word in first_names() and word.lower() not in COMMON and not is_demonym(word)


#: A combining form of origin ("Sino", "Indo", "Afro") has at least this many letters; "Co-", "Bio-"
#: and "Geo-" have fewer, or are not capitalised.
COMBINING_FORM_MIN_LETTERS = 4


@lru_cache(maxsize=1 << 16)
def is_demonym(word: str) -> bool:
    """Tell adjectives of origin and group names ("Russian", "Syrians", "Alawites", "Londoners",
    "Muslim-American") from names."""
    lower = word.lower()
    if lower in GROUP_WORDS or word in _country_demonyms() or (lower[-1:] == "s" and lower[:-1] in GROUP_WORDS):
        return True
    *before, last = word.split("-")
    # "Muslim-American", "India-Canadian", "Sino-Japanese": an origin after origins, countries or
    # their combining forms
    return bool(before) and is_demonym(last) and all(p and (is_demonym(p) or _origin_before(p)) for p in before)


#: A follower or student of a creed or a field, by its ending ("Scientologist", "Egyptologists"): a
#: kind of person, as a group's word is; no surname or brand ends so.
_STUDENT_ENDINGS = ("ologist", "ologists")


def is_follower(word: str) -> bool:
    """Tell a word for followers or students of a creed or a field ("Scientologists"): alone, a
    kind of person, no name; inside a name it stays ("the Company of Biologists")."""
    return word.endswith(_STUDENT_ENDINGS) and len(word) > len(_STUDENT_ENDINGS[0])


def is_country_adjective(word: str) -> bool:
    """Tell an adjective of origin derived from a country's or a large place's name ("Iranian",
    "Chilean", "Texan"), not a group's word that opens names of its own ("International",
    "National", "Islamic")."""
    return word in _country_demonyms()


def _origin_before(part: str) -> bool:
    """Tell the first part of a compound of origin: a country or place ("India-"), or a combining
    form ("Sino-", "Anglo-", "Franco-")."""
    return is_place(part) or (len(part) >= COMBINING_FORM_MIN_LETTERS and part[-1] == "o" and part[0].isupper())


@cache
def _country_demonyms() -> frozenset[str]:
    """Derive "Russian", "Syrians", "Iraqi", "Chinese", "Turkish" from the gazetteer's countries, and
    "Texan", "Queenslander", "Londoners" from its regions and large cities."""
    forms = set()
    for name in country_names():
        forms.update(origin_forms(name.split()[-1]))  # "Korean" of "South Korea" too
    for name in major_places():
        if " " in name or len(name) < 4:
            continue
        forms.update(stem + end for stem in (name, name[:-1]) for end in ("n", "an", "ian", "er", "ite"))
        forms.add(name + name[-1] + "er")  # "Winnipegger"
        if name[-1] == "o":
            forms.add(name + "nian")  # "Torontonian"
    forms |= {f + "s" for f in forms}
    # Derived forms that are given names ("Cameron" from Cameroon, "Jordi"), or their plurals
    # ("Martins" of Saint Martin: "Obafemi Martins" lost its surname as "the Martins"), are names,
    # not origins.
    # (The two tables are looked up once, not once a form: some 40,000 forms, at every start.)
    places, names = place_names(), first_names()
    return frozenset(
        f for f in forms if f not in places and ((one := _singular(f)) not in names or one in ("German", "Georgian"))
    )


def _singular(form: str) -> str:
    """A form of origin without its plural's "s" ("Martins": "Martin"); the form as it is else."""
    return form[:-1] if form.endswith("s") and not form.endswith("ss") else form


def origin_forms(name: str) -> set[str]:
    """Return the regular forms of origin of one country's name ("Syria": "Syrian", "Syrians")."""
    stems = {name, name[:-1], name[:-2]}
    forms = {
        stem + end for stem in stems if len(stem) >= 4 for end in ("n", "an", "ian", "i", "ese", "ish", "ic", "er")
    }
    return forms | {f + "s" for f in forms}


@cache
def demonym_phrases() -> frozenset[str]:
    """Derive "South Korean", "New Zealanders", "Sri Lankan" from the countries of several words."""
    phrases = set()
    for name in country_names():
        if " " in name:
            *before, last = name.split()
            phrases.update(f"{' '.join(before)} {form}" for form in origin_forms(last) if not is_place(form))
    # "New Yorkers", "Cape Towners": the people of a large place of several words, in the plural
    # only ("The New Yorker" is a magazine).
    for name in major_places():
        if " " in name:
            phrases.update(f"{name}{end}" for end in ("ers", "ians", "ites"))
    return frozenset(phrases)


def is_person_like(words: list[str]) -> bool:
    """Tell whether words could be a person's name: two to four capitalised names, no head word."""
    return (
        2 <= len(words) <= 4
        and words[0].split("-")[0].lower() not in DIRECTIONS  # "South Waziristan", "South-Asia Modi"
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not any(w.lower() in HEAD_WORDS or (is_demonym(w) and not _surname_of_origin(words, w)) for w in words[1:])
    )


def _surname_of_origin(words: list[str], word: str) -> bool:
    """Tell a surname that is a word of origin ("Andrew French") from an origin after a name."""
    return word is words[-1] and not word.endswith("s") and is_first_name(words[0])


def initials(name: str, small: bool) -> str:
    """Return a name's initials, with or without its small words ("BOE" for the Bank of England)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0] for w in words if small or w.lower() not in SMALL_WORDS).upper()


def load_lexicon() -> None:
    """Load the first-name list, the word-frequency tables and the adjectives of origin now rather
    than on first use (worker processes forked after `warm_up` share them instead of each reading
    its own copy of the dictionary table, some 50,000 words, on its first span)."""
    first_names()
    frequent_words()
    frequent_words(DICTIONARY_MIN_COUNT)
    frequent_words(NICKNAME_STEM_MIN_COUNT)  # nothing more to read while both counts are equal
    _country_demonyms()
    demonym_phrases()
