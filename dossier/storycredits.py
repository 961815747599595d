"""The outlet a story's credit lines name: a byline's outlet after the writer ("By Jane Roe | Fox
News", "By Jane Roe, Harbour.com Chief Correspondent") or a desk's ("BBC News, Oslo", "CTV.ca News
Staff"), a wire dateline's agency ("(CNN) —"; never a syndication wire's), a "Fact checked by"
credit, a closing "Source: X" credit and a photo credit naming a known outlet (never a photo
agency's).
"""

from __future__ import annotations

import re

from .copyrights import CREDIT_LABEL_MAX_CHARS
from .dates import is_stamp
from .lexicon import PHOTO_AGENCIES, in_dictionary
from .lineshapes import MD_LINK_TAIL, visible_text
from .linetext import normalise_line, plain_text
from .model import Field, Removal
from .outletnames import (
    canonical_outlet,
    ends_in_outlet_word,
    lines_naming,
    names_a_wire,
    outlet_for_address,
    outlet_worded,
    table_name_in,
)
from .pagehead import BYLINE, HEAD_MAX_LINES, OUTLET_WORD, WEB_NAME
from .publishers import PublisherTable
from .selfnaming import SOCIAL_NETWORKS
from .stamps import MERGED_HEAD_MAX_WORDS

#: Photo agencies and wires credited under photos: their credit never names the page's publisher.
_PHOTO_AGENCIES = re.compile(rf"^(?:{'|'.join(map(re.escape, PHOTO_AGENCIES))})$", re.I)


_CREDIT = re.compile(
    r"(?:photo(?:graph)?|image|picture|credit)s?(?: by)?\s*:\s*[^/]*/\s*(?P<name>[^/.]+?)\s*[_*.)]*$|/\s*(?P<name2>[A-Z][^/]{1,40}?)\s*[_*.)]*$",
    re.I,
)


#: "Fact checked by Jane Roe": the name runs to the line's last character that is not a space (a
#: line of spaces after "by": its last character that is no line break). (The name was a lazy
#: `.+?` before `\s*$`, which read the rest of a run of spaces once for each of its spaces.)
_FACT_CHECK = re.compile(
    r"^fact[- ]?check(?:ed)? by(?:(?=\s*+\S)\s++|(?!\s*+\S)\s+)(?P<name>(?:\S|[^\S\n]++(?=\S))++|[^\n])\s*$", re.I
)


#: "(CNN) —", "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —", "(Bloomberg) --".
_WIRE_DATELINE = re.compile(
    r"^(?:[A-Z][\w .,'’/-]{0,60}?\s)?\((?P<name>[A-Z][A-Za-z.&-]*(?: (?:[A-Z][A-Za-z.&-]*|of|the|and|&)){0,3})\)"
    r"\s*(?:-{1,2}|[–—])"
)  # the agency's name in capitals ("(Reuters) -", "(The Associated Press) —"), not an aside "(I would wait) –"


_ORG_SUFFIX = re.compile(r"(?<!\s)\s+(community|team|staff|desk|editors?|editorial (board|team)|newsroom)$", re.I)


_SOURCE_CREDIT = re.compile(r"^source\s*:\s*(?P<names>.+)$", re.I)


#: A byline's outlet after the writer's name, named by its address ("By Jane Roe, Harbour.com Chief
#: Correspondent") or by a masthead's words and then the day ("By Jane Roe -- Harbour Broadcasting
#: & Cable, 1/21/2008"): the masthead a name of at most this many words, with an outlet word and
#: no job's word.
BYLINE_OUTLET_MAX_WORDS = 5
_BYLINE_SEPARATOR = re.compile(r"^\s*(?:[|,·•–—-]+|for\b)\s*", re.I)
_OUTLET_THEN_DAY = re.compile(
    rf"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|&|of|the)){{0,{BYLINE_OUTLET_MAX_WORDS - 1}}}),\s+(?P<day>.+)$"
)
# (A separator is a comma, "for", or a bar or dash that no part of an address or e-mail address
# precedes: "jroe@harbour-gazette.com" names no "gazette.com".)
# (A run of bars or dashes is read from the first of them that no such part precedes, not again from
# each later one (`_FIRST_OF_RUN`): searched from every bar of a long run it was quadratic.)
_FIRST_OF_RUN = r"(?<![\w@.-])(?<!(?<![\w@.-])[|·•–—])"
_ADDRESS_AFTER_SEPARATOR = re.compile(
    rf"(?:,|{_FIRST_OF_RUN}[|·•–—-]++|\bfor\b)\s*+(?P<address>{WEB_NAME.pattern})(?=$|[\s,|])", re.I
)
_JOB_WORD = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|columnist|bureau|chief|critic|contributor)\b", re.I
)


def byline_desk(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the outlet a byline names after the writer ("By Jane Roe | Fox News", "By X, CNN", see
    BYLINE_OUTLET_MAX_WORDS) or its desk line does ("BBC News, Oslo")."""
    for n, text in numbered:
        rem = removed.get(n)
        if not rem or rem.rule != "byline":
            continue
        if rem.evidence.startswith("the writer's desk"):
            known = table_name_in(text, table, skip_first_word=False)
        else:
            m = BYLINE.match(plain_text(text))
            tail = plain_text(text)[m.end() :] if m else ""
            after = _BYLINE_SEPARATOR.match(tail)
            known = table_name_in(tail, table, skip_first_word=False) if after else None
            if not known and m:
                known = _byline_outlet(plain_text(text), tail[after.end() :] if after else None, table)
        if known and table.kinds.get(known) != "wire":  # "AP Golf Writer": the writer's employer, not the site
            return Field(known, n, "byline-outlet")
    return None


def _byline_outlet(byline: str, rest: str | None, table: PublisherTable) -> str | None:
    """Return the outlet a byline names by its address after a separator (the writer's name may
    run on into it: "By Jane Roe, Harbour.com Chief Correspondent"), or as a masthead before the
    day in the `rest` after the writer's name (see BYLINE_OUTLET_MAX_WORDS)."""
    address = _ADDRESS_AFTER_SEPARATOR.search(byline)
    if address:  # the name as the byline writes it, or the table's
        return outlet_for_address(address.group("address"), table)
    m = _OUTLET_THEN_DAY.match(rest or "")
    if m and is_stamp(m.group("day")) and OUTLET_WORD.search(m.group("name")) and not _JOB_WORD.search(m.group("name")):
        return canonical_outlet(m.group("name"), table)
    return None


#: A desk's byline naming the site by its address: "CTV.ca News Staff", "Example.com Staff".
_ADDRESS_STAFF = re.compile(
    r"(?:^|(?<=[\s|]))(?P<site>[A-Za-z0-9][\w.-]*\.[a-z]{2,3}(?:\.[a-z]{2})?)\s+(?:News\s+)?Staff\b"
)


#: A desk line naming the paper whose staff wrote the story, alone on its line: "Harbour Ledger Staff
#: Writer" (under a byline, or where a reader-mode text lost it).
_OUTLET_STAFF_LINE = re.compile(
    r"(?P<name>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+Staff\s+"
    r"(?:Writer|Reporter|Correspondent|Photographer)s?"
)


def staff_byline(numbered: list[tuple[int, str]], table: PublisherTable, lines: list[str]) -> Field | None:
    """Return the site a desk's byline names by its address ("... 10:56 PM ET CTV.ca News Staff ..."),
    or a desk line of the page's head by its paper's name ("Harbour Ledger Staff Writer": a name the
    table knows or ending in an outlet word, never a wire's, "AP Staff Writer")."""
    for n, text in numbered[:HEAD_MAX_LINES]:
        if "Staff" not in text:
            continue
        plain = plain_text(text)
        desk = _OUTLET_STAFF_LINE.fullmatch(plain.strip(" |"))
        if desk and not names_a_wire(name := desk.group("name"), table):
            if table.lookup_name(name) or outlet_worded(name.split()):
                return Field(canonical_outlet(name, table), n, "staff-desk-line")
        for staff in re.finditer(r"\bStaff\b", plain):
            # The address right before the word, in a bounded window: a line may be megabytes long.
            start = max(0, staff.start() - CREDIT_LABEL_MAX_CHARS)
            m = _ADDRESS_STAFF.search(plain, start, staff.end())
            if m and (m.start() > start or start == 0) and WEB_NAME.fullmatch(m.group("site")):
                return Field(outlet_for_address(m.group("site"), table, lines), n, "byline-outlet")
    return None


def source_line(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the outlet a closing "Source: Al Jazeera and news agencies" credit names first."""
    for n, text in numbered:
        rem = removed.get(n)
        m = _SOURCE_CREDIT.match(text)
        if rem and rem.kind == "boilerplate" and m:
            known = table_name_in(m.group("names"), table, skip_first_word=False)
            if known and table.kinds.get(known) != "wire":  # "Source: Press Association": the story's wire
                return Field(known, n, "source-credit")
    return None


def photo_credit(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the outlet a photo credit names as the photographer's employer ("Photograph: X/The Guardian").

    Only outlets the table knows, and never a photo agency or wire: those sell the same photo to
    every paper.
    """
    for n, text in numbered:
        rem = removed.get(n)
        if not rem or rem.rule != "caption-credit":
            continue
        m = _CREDIT.search(plain_text(text))
        name = (m.group("name") or m.group("name2") or "").strip() if m else ""
        if m and not m.group("name") and len(name.split()) == 1 and in_dictionary(name):
            continue  # "Vegas Spas/Salon", "LOG IN / REGISTER": a menu's word after a slash, no credit
        if name and not _PHOTO_AGENCIES.match(name) and table.lookup_name(name):
            return Field(table.lookup_name(name) or name, n, "photo-credit")
    return None


def fact_check(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.rule == "fact-check-credit":
            m = _FACT_CHECK.match(text)
            if m:
                return Field(canonical_outlet(_ORG_SUFFIX.sub("", m.group("name")), table), n, "fact-check-credit")
    return None


#: A wire's dateline after the head that reader mode runs into the article's first paragraph:
#: "Special report: Harbour floods HARBOURTOWN, Jan. 13 (Harbour Wire) -- The ..." (the place in
#: capitals, in the line's first MERGED_HEAD_MAX_WORDS words).
_MERGED_WIRE_DATELINE = re.compile(
    r"(?<![\w.,'’/-])[A-Z]{2,}(?:[ .'-]{1,2}[A-Z]{2,}){0,3},[^()]{0,20}"
    r"\((?P<name>[A-Z][A-Za-z.&-]*(?: (?:[A-Z][A-Za-z.&-]*|of|the|and|&)){0,3})\)\s*(?:-{1,2}|[–—])"
)


MERGED_HEAD_MAX_CHARS = 12 * MERGED_HEAD_MAX_WORDS


def _merged_wire_dateline(text: str, table: PublisherTable) -> str | None:
    """Return the agency of a dateline in a head run into the article (see `_MERGED_WIRE_DATELINE`),
    unless it is a syndication wire's ("(AP) -": whose copy the site runs, not whose site it is)."""
    head = text[:MERGED_HEAD_MAX_CHARS]
    m = _MERGED_WIRE_DATELINE.search(head) if "(" in head else None  # (every match holds the agency's bracket)
    if not m or len(text[: m.start()].split()) > MERGED_HEAD_MAX_WORDS:
        return None
    return _dateline_site(m.group("name"), table)


def _dateline_site(agency: str, table: PublisherTable) -> str | None:
    """Return the outlet a dateline's agency names as the page's site, unless it is a syndication
    wire ("(AP) -", "(Reuters) -"): its copy runs on every site that buys it, its own among many."""
    name = canonical_outlet(agency, table)
    return name if table.kinds.get(name) != "wire" else None


def wire_dateline(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for n, text in numbered[:HEAD_MAX_LINES]:
        m = _WIRE_DATELINE.match(text)
        if m and n not in removed:
            site = _dateline_site(m.group("name"), table)
            if site:
                return Field(site, n, "wire-dateline")
            continue
        name = _merged_wire_dateline(text, table)
        if name and n not in removed:
            return Field(name, n, "wire-dateline")
    return None


#: A credit naming a wire with the story's outlet is short: "Reuters/Billboard", "Billboard via AP".
WIRE_CREDIT_MAX_WORDS = 4


def came_by_wire(dateline: Field, numbered: list[tuple[int, str]], table: PublisherTable) -> bool:
    """Tell a dateline's outlet that a short credit of the page names with a wire ("DENVER
    (Billboard) - ..." over "Reuters/Billboard"): a partner's story the wire syndicates, on any site
    that buys the wire's copy, not the partner's own page."""
    name = dateline.value or ""
    return any(
        n != dateline.line and len(text.split()) <= WIRE_CREDIT_MAX_WORDS and name in text and names_a_wire(text, table)
        for n, text in numbered
    )


#: A credit naming where the story ran first: "This article originally appeared on The Harbour
#: Times", "First published in ...", "Republished from ...", "Reprinted with permission of ...".
_FIRST_RAN = re.compile(
    r"\b(?:(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:on|in|at|by)"
    r"|(?:re-?published|reprinted|cross-?posted)\s+(?:from|with\s+permission\s+(?:of|from))"
    r")\s+(?:the\s+website\s+of\s+)?",
    re.I,
)


def first_ran_elsewhere(name: str, numbered: list[tuple[int, str]]) -> bool:
    """Tell an outlet a credit of the page names as the story's first home ("This article
    originally appeared on The Harbour Times"): a partner's, or a parent's whose notice covers the
    site too, and never the page that reprints the story."""
    key = normalise_line(name)
    if not key:
        return False
    for _, text in numbered:
        shown = plain_text(visible_text(text))
        for m in _FIRST_RAN.finditer(shown):
            rest = normalise_line(shown[m.end() :])
            if rest == key or rest.startswith(key + " "):
                return True
    return False


#: A portal's credit under a story it carries from another outlet: "The Harbour Times on Portalnet",
#: the outlet's name (up to six words), "on" and the portal's (up to three capitalised words).
_CARRIED_ON = re.compile(
    r"^(?P<source>[A-Z][\w&'’.-]*(?:\s[\w&'’.-]+){0,5})\s+on\s+(?P<site>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,2})$"
)


#: A credit is short: a longer line is a sentence ("... reported on Portalnet").
PORTAL_CREDIT_MAX_CHARS = 80


_SOCIAL_NETWORK = re.compile(rf"^(?:{SOCIAL_NETWORKS})$", re.I)


#: How many credits of one portal, for how many outlets, name it: a portal lists the stories it
#: carries, each credited to its outlet ("The Harbour Times on Portalnet", "Tidewire on Portalnet",
#: ...); an outlet's own "Harbour Notes on Facebook" names a network it posts on, and one credit
#: ("Jane Roe on Politics") a writer's column. On the tune part's read half, the one portal's page
#: credited 9 stories from 8 outlets on its whole page.
PORTAL_CREDITS_MIN = 3
PORTAL_CREDITED_OUTLETS_MIN = 2


def portal_credited(numbered: list[tuple[int, str]], removed: dict[int, Removal]) -> Field | None:
    """Return the portal the page's chrome credits the stories it carries on ("The Harbour Times on
    Portalnet", "Tidewire on Portalnet", ...: `PORTAL_CREDITS_MIN` lines, two outlets or more), as
    the credits write it; a social network is no portal."""
    credits: dict[str, list[tuple[int, str]]] = {}
    for n, text in numbered:
        rem = removed.get(n)
        if rem is None or rem.kind != "boilerplate" or " on " not in text:
            continue
        tail = MD_LINK_TAIL.match(text)  # a teaser's link begun on the line above: "Tidewire on Portalnet](/story)"
        shown = plain_text(tail.group(1) if tail else visible_text(text)).strip()
        m = _CARRIED_ON.match(shown) if len(shown) <= PORTAL_CREDIT_MAX_CHARS else None
        if m and not _SOCIAL_NETWORK.match(m["site"]):
            credits.setdefault(m["site"], []).append((n, normalise_line(m["source"])))
    for site, found in credits.items():
        if len(found) >= PORTAL_CREDITS_MIN and len({source for _, source in found}) >= PORTAL_CREDITED_OUTLETS_MIN:
            return Field(site, found[0][0], "portal-credits")
    return None


#: How many lines of the page other than the byline and the line under it must name the paper a
#: byline credits for it to be the publisher: a paper's own staff are credited again under its
#: photos and in its lists ("Jane Roe/The Harbour Star-Ledger", "The Harbour Star-Ledger |
#: Subscribe"); a story carried from another paper names it once. Chosen on the Dragnet tune pages
#: (the one portal page's paper was named on six other lines).
BYLINE_PAPER_MIN_OTHER_LINES = 2


def byline_paper(numbered: list[tuple[int, str]], byline: int | None, table: PublisherTable) -> Field | None:
    """Return the paper a byline credits at its end ("By Jane Roe/City Bureau The Harbour
    Star-Ledger"), or that the line right under it names alone ("The Harbour Star-Ledger"), when
    other lines of the page name it too (see BYLINE_PAPER_MIN_OTHER_LINES): a name of capitalised
    words ending in an outlet word ("Star-Ledger" too), never a wire's. The longest such name
    closing the line is read ("The Harbour Star-Ledger", not "Bureau The Harbour Star-Ledger",
    which no other line gives)."""
    at = next((i for i, (n, _) in enumerate(numbered) if n == byline), None)
    if at is None:
        return None
    credit = numbered[at : at + 2]  # the byline and the line under it
    credited = {n for n, _ in credit}
    for n, text in credit:
        words = plain_text(text).strip(" |*#").split()
        for k in range(min(len(words), BYLINE_OUTLET_MAX_WORDS), 0, -1):
            name = " ".join(words[-k:]).strip(" .,;")
            if not _paper_name(name) or names_a_wire(name, table):
                continue
            others = [m for m, _ in lines_naming(normalise_line(name), numbered, skip=n) if m not in credited]
            if len(others) >= BYLINE_PAPER_MIN_OTHER_LINES:
                return Field(canonical_outlet(name, table), n, "byline-paper")
    return None


def _paper_name(name: str) -> bool:
    """Tell a paper's name: capitalised words ("The" only first), at least two parts counting a
    hyphen's ("Harbour Ledger", "Star-Ledger"; a lone "Ledger" is a word), ending in an outlet word."""
    words = name.split()
    parts = [p for p in re.split(r"[\s-]+", name.removeprefix("The ")) if p]
    return (
        len(parts) >= 2 and all(w[:1].isupper() for w in words) and "The" not in words[1:] and ends_in_outlet_word(name)
    )
