"""A town's name and what places it: a region after a comma ("Hartford, Conn.", "Iten, Kenya": the
town, named with its region, and the region), unless the pair stands in a list of names
("Newcastle, Fulham, England"); an institution named "of" a region and the town of its campus after
a comma ("the University of California, San Diego": one name); a town after its kind and "of"
("the town of Alvord"); and a place written in capitals, as a dateline writes it ("LAKE
CHARLES"), in a name's case.
"""

from __future__ import annotations

import re

from .gazetteer import US_POSTAL_CODES, country_names, is_place, major_places, regions, us_states
from .lexicon import COMMON, SMALL_WORDS, TITLES, is_demonym
from .model import Mention
from .registry import Registry


def town_or_campus(body: str, m: re.Match, nxt: re.Match | None, at_start: bool, registry: Registry) -> list[Mention]:
    """Read a span, a comma and the next span as a town and its region (two names) or as an
    institution and the town of its campus (one); none where they are neither."""
    if nxt is None or body[m.end() : nxt.start()] not in (", ", ",\t"):
        return []
    town = _town_and_region(body, m, nxt, at_start, registry)
    if town:
        return town
    if _campus_after(body, m, nxt):
        whole = body[m.start() : nxt.end()]
        return [Mention(whole, "organization", "institution and campus", "", at_start)]
    return []


def is_town_of(body: str, span: str, start: int, registry: Registry) -> bool:
    """Tell a town's name after its kind and "of" ("the town of Alvord", "the village of
    Cherryville")."""
    before = max(0, start - 16)
    return bool(
        body.find("of", before, start) >= 0 and _PLACE_OF.search(body, before, start) and _could_be_town(span, registry)
    )


_PLACE_BEFORE = re.compile(r"\b(?:in|near|from|to|at|outside|of)[ \t]+$")


# "the town of Alvord", "the village of Cherryville"
_PLACE_OF = re.compile(
    r"(?:town|village|city|hamlet|municipality|community|suburb|county|province|island)[ \t]+of[ \t]+$"
)


def _town_and_region(body: str, m: re.Match, nxt: re.Match | None, at_start: bool, registry: Registry) -> list[Mention]:
    """Read "Hartford, Conn." or "Iten, Kenya": the town (named with its region) and the region. A
    figure the span opens with is not the town's: a date's year run into a dateline ("January 14,
    2008 KELWICK, Texas --") or a house's number."""
    region = _region_after(body, m, nxt)
    written = _LEADING_FIGURE.sub("", m.group(0), count=1)
    if not region or not written or not _could_be_town(written, registry):
        return []
    name, spelling = region
    if _in_list(body, m, nxt, name in country_names()):  # type: ignore[arg-type]
        # "from Arabia, Iraq, and Iran": two names, listed; the first is listed with a place
        return [
            Mention(name_case(written), "place", "listed with a place", "", at_start),
            Mention(name, "place", "region", spelling if spelling != name else ""),
        ]
    # After a country, only a known place, a dateline or "in X" is a town: not "for Assad, Russia said".
    if name in country_names() and not (
        is_place(written) or at_start or _PLACE_BEFORE.search(body, max(0, m.start() - 8), m.start())
    ):
        return []
    town = name_case(written)
    # "Cameron, Louisiana" tells the town from others of its name in one country (the labels' "Green
    # Bay, Wisconsin"); a capital needs no region, and a country after a town only places it for the
    # reader ("a base in Tartus, Syria"): two places, the town under its own name, as the text names
    # it elsewhere. (Georgia is a country and a state: after a state's name the town keeps it.)
    country = name in country_names() and name not in us_states()
    qualified = town if town in major_places() or town == name or country else f"{town}, {name}"
    return [
        Mention(qualified, "place", "town, region", written if qualified != written else "", at_start),
        Mention(name, "place", "region", spelling if spelling != name else ""),
    ]


# A figure and a space that open a span: a year, a day, a house's number ("2008 KELWICK"); only
# at its start: the figures closing a word inside it are the name's ("Area51 Ranch", "B2 Farms").
_LEADING_FIGURE = re.compile(r"\A\d+(?:st|nd|rd|th)?[ \t]+(?=\D)")


#: The words that open an institution named for a place, which may name its campus after a comma.
_CAMPUS_HEADS = frozenset({"university", "college", "institute"})


def _campus_after(body: str, m: re.Match, nxt: re.Match) -> bool:
    """Tell an institution named "of" a region and, after a comma, the town of its campus ("the
    University of California, San Diego"): one body's name, not a body and a town. Not one named of
    a town, which has no campus in another ("After the University of Chicago, Boston was home"); not
    a region or a country after the comma ("University of Kent, England" places it), nor a list's
    item ("the University of Florida, Miami and Tulane")."""
    words = m.group(0).split()
    if len(words) < 3 or words[0].lower() not in _CAMPUS_HEADS or words[1] != "of":
        return False
    campus = nxt.group(0)
    return (
        " ".join(words[2:]) in regions()
        and is_place(campus)
        and campus not in regions()
        and campus not in country_names()
        and _LIST_END_AFTER.match(body, nxt.end()) is None
        and _LIST_ITEM_AFTER.match(body, nxt.end()) is None
    )


# A list's next item after a span: ", Tulane" (a capitalised word after a comma).
_LIST_ITEM_AFTER = re.compile(r",[ \t]+[A-Z]")


def _in_list(body: str, m: re.Match, nxt: re.Match, country: bool) -> bool:
    """Tell "X, Y" that stands in a list of names, not a town and its region: a list's item before
    it ("Newcastle, Fulham, England"), or, after a country, the list's last item ("from Arabia,
    Iraq, and Iran"; "Dayton, Ohio, and Detroit" keeps the town of its state)."""
    if _LIST_ITEM_BEFORE.search(body, max(0, m.start() - 40), m.start()):
        return True
    return country and _LIST_END_AFTER.match(body, nxt.end()) is not None


# A list's item and its comma before a span ("Newcastle, "), and a list's last item after one
# (", and Iran", " or Iran").
_LIST_ITEM_BEFORE = re.compile(r"[A-Z][\w'’.-]*,[ \t]$")


_LIST_END_AFTER = re.compile(r",?[ \t]+(?:and|or)[ \t]+[A-Z]")


def _region_after(body: str, m: re.Match, nxt: re.Match | None) -> tuple[str, str] | None:
    """Return (region, spelling) when a span is followed by ", Region" ("Hartford, Conn.")."""
    if nxt is None or body[m.end() : nxt.start()] not in (", ", ",\t"):
        return None
    spelling = nxt.group(0)
    if body[nxt.end() : nxt.end() + 1] == "." and not spelling.endswith("."):
        spelling += "."
    name = regions().get(spelling)
    # "Los Angeles, CA.": a code only after a town the gazetteer knows ("Jane Doe, MD" is a doctor).
    if name is None and spelling.rstrip(".") in US_POSTAL_CODES and is_place(name_case(m.group(0))):
        spelling = spelling.rstrip(".")
        name = US_POSTAL_CODES[spelling]
    return (name, spelling) if name else None


def _could_be_town(span: str, registry: Registry) -> bool:
    words = span.split()
    if len(words) > 3 or registry.canonical(span) or span in regions():
        return False
    return not any(w.lower() in COMMON or w.lower() in TITLES for w in words) and not is_demonym(words[0])


def is_capitals(span: str) -> bool:
    """Tell a span in capitals ("LAKE CHARLES", "FRISCO") from an acronym with a number ("ATR 72")."""
    if not span.isupper():
        return False
    letters = [c for c in span if c.isalpha()]
    words = [w for w in span.split() if any(c.isalpha() for c in w)]
    return (
        len(letters) > 2
        and all(c.isupper() for c in letters)
        and "." not in span
        and (len(words) > 1 or len(letters) > 4)
    )


def name_case(span: str) -> str:
    """Write a capitals-only place as names are written ("LAKE CHARLES" -> "Lake Charles")."""
    if not is_capitals(span):
        return span
    return " ".join(w if w.lower() in SMALL_WORDS else w.capitalize() for w in span.lower().split())
