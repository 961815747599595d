"""The outlet that published the page, read from what the page says: a site's signature, a press
release's issuer, the <title>'s site part, the masthead, a home link or logo, a copyright or
publisher statement, a wire's dateline; normalised through the outlet table
(`publishers.PublisherTable`). Copyright, newsletter, offer and menu lines name an outlet only when
they name a known one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from urllib.parse import urlsplit

from .clean import normalise_line, plain_text, squeeze_line
from .copyrights import CREDIT_LABEL_MAX_CHARS, OWNER_ENDING, copyright_holders, copyright_notice
from .dates import is_stamp
from .lexicon import in_dictionary
from .mastheads import home_link_name, host_names, masthead_address, masthead_site, reader_title_site, site_link
from .model import Field, Line, Removal
from .outletnames import (
    COMPANY_NAME_WORDS,
    NAME_SMALL_WORDS,
    address_abbreviates,
    canonical_outlet,
    domain_label,
    is_coined,
    known_prefix,
    lines_naming,
    name_for_domain,
    names_a_wire,
    outlet_for_address,
    outlet_worded,
    spelled_labels,
    table_name_in,
)
from .pagehead import (
    BYLINE,
    CAPITALISED_RUN,
    HEAD_MAX_LINES,
    OUTLET_WORD,
    WEB_NAME,
    in_comments,
    numbered_lines,
)
from .publishers import PublisherTable
from .selfnaming import self_named, site_description
from .stamps import MERGED_HEAD_MAX_WORDS
from .titlesite import page_title_site

#: Photo agencies and wires credited under photos: their credit never names the page's publisher.
_PHOTO_AGENCIES = re.compile(
    r"^(reuters|ap|ap photo|afp|epa|epa-efe|efe|getty|getty images|shutterstock|istock|alamy|anadolu|tass|sputnik|"
    r"xinhua|dpa|zuma|sipa|pa|pa images|pa wire|the canadian press|aap|bloomberg|pool|handout|file)$",
    re.I,
)


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


_EMAIL = re.compile(r"\b[\w.+-]+@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.I)
_LOCAL_PART_CHAR = re.compile(r"[\w.+-]")
_WORD_CHAR = re.compile(r"\w")


def _is_word_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _WORD_CHAR.match(text, i) is not None


def _emails(text: str) -> Iterator[re.Match[str]]:
    """Yield `_EMAIL`'s matches in `text`, the same as its `finditer`, in time linear in the text.

    (`finditer` tried the address from every word boundary of a run of letters and dots, reading
    the rest of the run each time: "a." repeated over 10,000 characters took 0.5-0.8 s.) An address
    ends its run of local-part characters at an "@", and every start in that run reads the same
    rest: only the run's first word boundary after where the search stands is tried."""
    pos = 0
    while (at := text.find("@", pos)) != -1:
        start = at
        while start > pos and _LOCAL_PART_CHAR.match(text, start - 1):
            start -= 1
        first = next((i for i in range(start, at) if _is_word_at(text, i - 1) != _is_word_at(text, i)), None)
        m = _EMAIL.match(text, first) if first is not None else None
        if m:
            yield m
        pos = m.end() if m else at + 1


#: Personal webmail: an address there says nothing about who publishes the page.
_WEBMAIL = re.compile(
    r"(?:^|\.)(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|aol|msn|icloud|me|mac|proton|protonmail|pm|"
    r"gmx|mail|yandex|zoho|fastmail|hey|tutanota)\.[a-z.]+$",
    re.I,
)


_ORG_SUFFIX = re.compile(r"(?<!\s)\s+(community|team|staff|desk|editors?|editorial (board|team)|newsroom)$", re.I)


#: Press-release furniture: on such a page the publisher is the issuer its "About" section names.
_PRESS_RELEASE = re.compile(
    r"^(?:(?:for immediate release|news release|press release|(?:media|press) (?:contact|inquiries|enquiries))\b"
    r"|#{3}\s*$|-\s*30\s*-\s*$)",
    re.I,
)


#: A release's closing credit of its issuer, in a distribution service's style: "SOURCE Northwind
#: Mutual" (the word in capitals, alone before the name, on a line of its own).
_RELEASE_SOURCE = re.compile(r"^SOURCE\s+[A-Z][\w&.,'’-]*(?:\s+[\w&.,'’-]+){0,5}$")


_SOURCE_CREDIT = re.compile(r"^source\s*:\s*(?P<names>.+)$", re.I)


_ABOUT_LINE = re.compile(r"^About\s+(?P<name>.+?)\s*:?$")


_SIGNATURES = ((re.compile(r"^Formats:\s*\[HTML\]\(/news/\d{4}/\d\d?/\d\d?/"), "Wikipedia Current Events Portal"),)


def extract_publisher(
    lines: list[str],
    removed: dict[int, Removal],
    table: PublisherTable,
    url: str | None = None,
    author: str | None = None,
    title: Field | None = None,
    body: Iterable[Line] = (),
) -> Field:
    """Return the outlet as the text names it, normalised through the outlet table.

    Evidence, strongest first:

    1. a site signature (a mirror's page layout);
    2. a press release's closing "About <issuer>" section: the issuer publishes a release, also
       on a distribution service's page;
    3. the site's part of the page's <title>, the opening line of a whole page's text ("Headline
       - Section - Site"), when confirmed (see `page_title_site`);
       a web address there that is a short form of a copyright holder's name gives that name
       (see `_holder_abbreviated`); over a copyright line naming a paper of another name it reads
       nothing (see `_portal_address`);
    4. the masthead above the headline, when confirmed (see `masthead_site`); the site name in a home
       link or logo ("The Guardian - Back to home"); a reader-mode title's " | Site" suffix;
    5. an outlet named after the byline ("By Jane Roe | Fox News") or on the desk line under it;
    6. a copyright line naming a brand ("© 2016 ABC News", "© Earthtimes.org"), unless it names
       a wire or a syndication agency (their copyright covers the story, not the site), or the
       author (a newsletter's); an acronym the table does not know only when another line names it;
       never an owner company, several holders or a name cut at an initial (`copyright_holders`);
       when it names only the corporation ("© CBC"), the brand a desk line under the headline
       names ("CBC Sports", see `_desk_brand`);
    7. a "Fact checked by" credit; an appeal in which the site names itself ("Subscribe to the
       X", "the FRANCE 24 app"); a dateline's outlet ("(CNN) —"), unless it is a syndication
       wire's ("(AP) —") or a copyright line names someone else (wire copy on another site); the
       domain of an e-mail address in a contact line (never a webmail domain); a closing "Source:
       X" credit;
    8. a copyright line naming an owner ("Nexstar Media Inc"); the url's domain; a photo credit
       naming a known outlet that is not a photo agency.
    """
    numbered = list(numbered_lines(lines))
    for n, text in numbered:
        for signature, name in _SIGNATURES:
            if signature.search(text):
                return Field(name, n, "site-signature")
    found = _press_release_issuer(numbered, removed, table)
    if found:
        return found
    holders = copyright_holders(numbered, removed, table)
    site = page_title_site(numbered, removed, table, lines, title, holders, body)
    if site and author and normalise_line(site[0].value or "") in normalise_line(author):
        site = None  # a newsletter's author, named in its title and footer
    found, strong = site if site else (None, False)
    fuller = _holder_abbreviated(found, holders) if found else None
    if fuller:
        return fuller
    if found and _portal_address(found, holders):
        return Field()
    if found is None:
        found = (
            masthead_site(numbered, removed, table)
            or site_link(numbered, removed, table)
            or home_link_name(numbered, table, lines)
            or masthead_address(numbered, removed, table, lines, title)
            or reader_title_site(numbered, removed, table)
            or _byline_desk(numbered, removed, table)
            or _staff_byline(numbered, table, lines)
        )
        strong = bool(found and (table.lookup_name(found.value or "") or _held(found, holders)))
    if found and not strong:
        # A name only the page's chrome gives yields to a copyright line naming a known outlet (a
        # blog's name in the title, "Behind the Numbers", on a newspaper's site), and a section's
        # home link or a logo ("India World News | Home") to the site's own address there too.
        better = next(
            (
                f
                for f, _, wire in holders
                if not wire and (table.lookup_name(f.value or "") or (site is None and WEB_NAME.search(f.value or "")))
            ),
            None,
        )
        # (Not when another notice is the found name's own company: the evidence conflicts, and the
        # page's own company speaks for the page.)
        if better and not _held(found, [(better, True, False)]) and not _company_named_for(found, holders, better):
            return better
    if found:
        return found
    copyright = next(((f, brand) for f, brand, wire in holders if not wire), None)
    if copyright and author and normalise_line(copyright[0].value or "") in normalise_line(author):
        copyright = None
    if copyright and copyright[1] and not _holder_confirmed(copyright[0], numbered, table):
        copyright = (copyright[0], False)  # a brand only its notice names: as often the owner's
    if copyright and copyright[1]:
        return _desk_brand(copyright[0], numbered, removed, title) or copyright[0]
    stated = _publisher_statement(numbered, table) or _postal_masthead(numbered, removed, table)
    if stated:
        return stated
    dateline = _wire_dateline(numbered, removed, table)
    others = [f for f, _, wire in holders if not wire]
    if dateline and (any(f.value != dateline.value for f in others) or _came_by_wire(dateline, numbered, table)):
        dateline = None  # wire copy on a site whose footer names it, or a partner's story a wire carried
    found = (
        _fact_check(numbered, removed, table)
        or self_named(numbered, removed, table)
        or site_description(numbered, removed, table)
        or dateline
    )
    # Whose address a contact line gives is not told when the footer names someone else; when the
    # footer's owner company has the address's name ("© MediaPost Communications" and
    # "jroe@mediapost.com"), the two say the same.
    email = None if found else _email_domain(numbered, removed, table, lines)
    if email and any(squeeze_line(f.value or "") != squeeze_line(email.value or "") for f in others):
        email = None
    found = found or email or _source_line(numbered, removed, table)
    if found:
        return found
    if copyright and copyright[1]:
        return copyright[0]  # never an owner company ("Canoe Inc.", "Media General, Inc.")
    owner = _rights_holder_brand(numbered, holders)
    if owner:
        return owner
    if url:
        name = table.lookup_domain(urlsplit(url).hostname or "")
        if name:
            return Field(name, None, "url-domain")
    return _photo_credit(numbered, removed, table) or Field()


#: How many non-empty lines under the headline a desk line naming the site's brand may sit
#: ("CBC Sports" under the headline and its stamp). Chosen on the even half of the L3S tune pages,
#: where such lines sat two lines under the headline.
DESK_LINE_MAX_AFTER_HEADLINE = 4


def _desk_brand(
    found: Field, numbered: list[tuple[int, str]], removed: dict[int, Removal], title: Field | None
) -> Field | None:
    """Return the brand a desk line under the headline names when the copyright line names only the
    corporation, which the table reads as one of its brands ("Copyright © CBC 2008" read as "CBC
    News"), or an acronym the table does not know ("© HBC 2008"): a line of chrome that is the
    corporation's name and one more word ("CBC Sports"). Several such lines are a menu of the corporation's sites, and name none of them."""
    words = (found.value or "").split()
    cut = len(words)
    while cut > 1 and OUTLET_WORD.fullmatch(words[cut - 1]):
        cut -= 1
    corporation = normalise_line(" ".join(words[:cut]))
    notice = next((t for n, t in numbered if n == found.line), "")
    if not title or not title.line:
        return None
    if cut == len(words):
        # The footer names a corporation the table does not know, as it wrote it ("© HBC 2008"):
        # an acronym's desk line is its brand ("HBC Sport"); a name of words is the brand itself.
        if not (len(words) == 1 and is_coined(words[0]) and words[0].isupper()):
            return None
    elif normalise_line(found.value or "") in normalise_line(notice):
        return None  # the footer names the brand itself ("© 2008 CBC News")
    desks = {
        normalise_line(t): (n, t.strip())
        for n, t in numbered
        if n in removed
        and (removed[n].kind == "boilerplate" or removed[n].rule == "byline")  # (chrome, or read as a desk's byline)
        and len(t.split()) == cut + 1
        and normalise_line(t).startswith(corporation + " ")
        and t.split()[-1][:1].isupper()
    }
    if len(desks) != 1:
        return None
    ((key, (n, text)),) = desks.items()
    under = [m for m, _ in numbered if title.line < m <= n]
    if key == normalise_line(found.value or "") or not 0 < len(under) <= DESK_LINE_MAX_AFTER_HEADLINE:
        return None
    return Field(text, n, "desk-brand")


def _ends_in_outlet_word(name: str) -> bool:
    """Tell a name ending in an outlet word, also after a hyphen or glued in camel case, a year run
    into it aside: "Valley Herald-Tribune", "eHarbourNews", "Harbour Ledger-2008"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and not w.isdecimal()]
    glued = re.search(r"(?<=[a-z])[A-Z][a-z]+$", words[-1]) if words else None
    return outlet_worded(words) or bool(glued and outlet_worded([glued.group(0)]))


def _holder_confirmed(found: Field, numbered: list[tuple[int, str]], table: PublisherTable) -> bool:
    """Tell whether the page confirms a copyright holder as its own brand: the table knows it, it is
    a web address or a name ending in an outlet word ("The Valley Ledger"), a line that is no
    copyright notice names it too (a masthead, a menu, a "Contact Harbourgadgets" link), or the
    page's own host spells it (`host_names`). A name only its notice gives ("(c) 2012 Examplecorp")
    is as often the owner company or a network over a site of another name as the site's own."""
    name = found.value or ""
    if table.lookup_name(name) or WEB_NAME.fullmatch(name) or _ends_in_outlet_word(name):
        return True
    named = lines_naming(normalise_line(name), numbered, skip=found.line or 0)
    return any(not copyright_notice(t) for _, t in named) or host_names(name, numbered)


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


def _byline_desk(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
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


#: A page's footer saying who publishes it: "A publication of the Valley Publishing Group.",
#: "Proprietor and Publisher - The Harbour Ledger, P.O. Box 1", "Published by Example Media Ltd".
#: ("Published by" and "A publication" open the line, one of its cells or a sentence; a
#: publisher named after a dash or a colon is a company or a masthead, never a person.)
_PUBLISHER_STATEMENT = re.compile(
    r"(?:(?:^|\|\s*|[.!?]\s+)(?:a publication (?:of|by)|published by)|\bpublisher\s*(?:[-–—:]|--))\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5})",
    re.I,
)


#: "A publication by the" / "Path Valley Publishing Group.": a statement the page breaks before its name.
_STATEMENT_BROKEN = re.compile(r"(?:a publication (?:of|by)|published by)(?:\s+the)?\s*$", re.I)


def _publisher_statement(numbered: list[tuple[int, str]], table: PublisherTable) -> Field | None:
    """Return the publisher a page's footer names as such (see `_PUBLISHER_STATEMENT`): an outlet
    the table knows, or a name shaped like a masthead's or a publishing company's, never a person's.
    A statement broken before its name is read on with the next line."""
    for i, (n, text) in enumerate(numbered):
        if "ublish" not in text and "ublication" not in text:
            continue
        if i + 1 < len(numbered) and _STATEMENT_BROKEN.search(text):
            text = f"{text} {numbered[i + 1][1]}"
        for m in _PUBLISHER_STATEMENT.finditer(plain_text(text)):
            name = m.group("name").rstrip(".,")
            words = name.split()
            if not words[0][0].isupper():
                continue  # "published by the city"
            known = known_prefix(name, table)
            if known:
                return Field(known, n, "publisher-statement")
            if outlet_worded(words) or OWNER_ENDING.search(name) or re.search(r"\b(?:Group|Media)$", name):
                return Field(canonical_outlet(name, table), n, "publisher-statement")
    return None


#: A newspaper's name and then its postal address, in its footer or masthead: "The Harbour Ledger,
#: 400 Quay Drive, P.O. Box 69, Harbourtown" (a name ending in an outlet word: a shop's or a
#: council's address in an article is not in the page's chrome).
_NAME_THEN_ADDRESS = re.compile(
    r"^(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|the)){0,4}),?\s+"
    r"(?:\d{1,5}\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Way|Place|"
    r"Plaza|Square|Parkway|Court|Highway)\b|P\.?\s?O\.?\s+Box\b)"
)

_SENTENCE_WORD = re.compile(r"\b(?!(?:of|the|and)\b)[a-z]{2,}\b")


def _postal_masthead(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> Field | None:
    """Return the newspaper a line of the page's chrome names with its postal address (see
    `_NAME_THEN_ADDRESS`)."""
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.kind != "boilerplate":
            continue
        plain = plain_text(text).strip(" |")
        m = _NAME_THEN_ADDRESS.match(plain)
        if not m or not outlet_worded(m.group("name").split()):
            continue
        # A line the page keeps is an address block only when no word of a sentence follows the name.
        if rem or not _SENTENCE_WORD.search(plain, m.end("name")):
            return Field(canonical_outlet(m.group("name"), table), n, "postal-masthead")
    return None


#: A desk's byline naming the site by its address: "CTV.ca News Staff", "Example.com Staff".
_ADDRESS_STAFF = re.compile(
    r"(?:^|(?<=[\s|]))(?P<site>[A-Za-z0-9][\w.-]*\.[a-z]{2,3}(?:\.[a-z]{2})?)\s+(?:News\s+)?Staff\b"
)


def _staff_byline(numbered: list[tuple[int, str]], table: PublisherTable, lines: list[str]) -> Field | None:
    """Return the site a desk's byline names by its address ("... 10:56 PM ET CTV.ca News Staff ...")."""
    for n, text in numbered[:HEAD_MAX_LINES]:
        if "Staff" not in text:
            continue
        plain = plain_text(text)
        for staff in re.finditer(r"\bStaff\b", plain):
            # The address right before the word, in a bounded window: a line may be megabytes long.
            start = max(0, staff.start() - CREDIT_LABEL_MAX_CHARS)
            m = _ADDRESS_STAFF.search(plain, start, staff.end())
            if m and (m.start() > start or start == 0) and WEB_NAME.fullmatch(m.group("site")):
                return Field(outlet_for_address(m.group("site"), table, lines), n, "byline-outlet")
    return None


def _source_line(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the outlet a closing "Source: Al Jazeera and news agencies" credit names first."""
    for n, text in numbered:
        rem = removed.get(n)
        m = _SOURCE_CREDIT.match(text)
        if rem and rem.kind == "boilerplate" and m:
            known = table_name_in(m.group("names"), table, skip_first_word=False)
            if known and table.kinds.get(known) != "wire":  # "Source: Press Association": the story's wire
                return Field(known, n, "source-credit")
    return None


def _photo_credit(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
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


def _press_release_issuer(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> Field | None:
    if not any(_PRESS_RELEASE.match(t) for _, t in numbered):
        return None
    for i, (n, text) in enumerate(numbered):
        rem = removed.get(n)
        m = _ABOUT_LINE.match(plain_text(text))
        if rem and rem.rule == "about-boilerplate" and m:
            name = m.group("name")
            # The paragraph gives the full name: "About Northwind Mutual" / "... Northwind Mutual
            # Insurance Company is a mutual insurer ..."
            paragraph = numbered[i + 1][1] if i + 1 < len(numbered) else ""
            full = next((r.group(0) for r in CAPITALISED_RUN.finditer(paragraph) if r.group(0).startswith(name)), name)
            return Field(canonical_outlet(full, table), n, "press-release-issuer")
    return None


def _portal_address(found: Field, holders: list[tuple[Field, bool, bool]]) -> bool:
    """Tell a site named by its web address in the <title> ("Headline - al.com") whose copyright
    line names a newspaper of another name ("© 2008 The Harbour News"): a portal carrying a paper's
    pages, or a paper on its own site; nothing on the page says which is the publisher."""
    if not WEB_NAME.fullmatch(found.value or ""):
        return False
    return any(
        brand
        and not wire
        and outlet_worded(re.split(r"[\s-]+", f.value or ""))
        and not _held(found, [(f, brand, wire)])
        and not _held(f, [(found, True, False)])
        for f, brand, wire in holders
    )


def _holder_abbreviated(found: Field, holders: list[tuple[Field, bool, bool]]) -> Field | None:
    """Return the name of a copyright holder (not a wire) shaped as a paper's, ending in an outlet
    word, that a web address in the <title> is a short form of (`address_abbreviates`: "HL.com" and "© The
    Harbour Ledger Limited", "TheLedger.com" and "© Harbour Ledger"): two signals naming one
    outlet, by its name rather than its address."""
    if not WEB_NAME.fullmatch(found.value or ""):
        return None
    for f, _, wire in holders:
        name = f.value or ""
        if (
            not wire
            and outlet_worded(name.split())
            and not WEB_NAME.search(name)
            and address_abbreviates(found.value or "", name)
        ):
            return replace(found, value=name.removeprefix("The ").strip())
    return None


def _company_named_for(found: Field, holders: list[tuple[Field, bool, bool]], other: Field) -> bool:
    """Tell a copyright holder other than `other` that is a company named for the outlet found: its
    words, without a company's words ("Newspaper", "Company"), are all the found name's ("© Beacon
    Newspaper Company" under "Headline - The Harbour Beacon"). The page's own company confirms the
    name, and a known outlet another notice names (a parent's, a partner's) does not replace it."""
    named = {w.lower() for w in re.findall(r"[\w&'’-]+", found.value or "")}
    for f, _, wire in holders:
        words = {w.lower() for w in re.findall(r"[\w&'’-]+", f.value or "")}
        own = words - COMPANY_NAME_WORDS - NAME_SMALL_WORDS
        if f is not other and not wire and own and own <= named:
            return True
    return False


def _held(found: Field, holders: list[tuple[Field, bool, bool]]) -> bool:
    """Tell whether a copyright line names the outlet found ("Cortez Journal" and "© Cortez Journal")."""
    key = squeeze_line(found.value or "")
    return bool(key) and any(key in squeeze_line(f.value or "") for f, _, _ in holders)


def _fact_check(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.rule == "fact-check-credit":
            m = _FACT_CHECK.match(text)
            if m:
                return Field(canonical_outlet(_ORG_SUFFIX.sub("", m.group("name")), table), n, "fact-check-credit")
    return None


#: A rights notice naming whose the rights are: "without the prior written consent of AHN",
#: "All marks are trademarks of SYS-CON Media", "permission of Example Publications, Inc.".
_RIGHTS_OF = re.compile(r"\b(?:consent|permission|trademarks?|property)\s+of\s+(?:the\s+)?(?P<name>[A-Z])")


def _rights_holder_brand(numbered: list[tuple[int, str]], holders: list[tuple[Field, bool, bool]]) -> Field | None:
    """Return the brand of an owner company holding the page's copyright ("Copyright © AHN Media
    Corp" gives "AHN") when a rights notice names that brand alone as whose consent, permission or
    trademarks it speaks of, and a line of the page other than the two names it too ("AHN Sports"):
    the company then publishes under its own name. Never a wire's. (A brand only the footer names
    is the owner's, over a site of another name: "... permission of TDW" under "The Harbour Log".)"""
    owners = [f for f, brand, wire in holders if not brand and not wire and f.value]
    if not owners:
        return None
    for n, text in numbered:
        if "of" not in text:
            continue
        plain = plain_text(text)
        for m in _RIGHTS_OF.finditer(plain):
            for owner in owners:
                brand = owner.value or ""
                end = m.start("name") + len(brand)
                if plain.startswith(brand, m.start("name")) and not plain[end : end + 1].isalnum():
                    elsewhere = {k for k, _ in lines_naming(normalise_line(brand), numbered, skip=n)}
                    if elsewhere - {owner.line}:
                        return Field(brand, owner.line, "rights-holder-brand")
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
    m = _MERGED_WIRE_DATELINE.search(text[:MERGED_HEAD_MAX_CHARS])
    if not m or len(text[: m.start()].split()) > MERGED_HEAD_MAX_WORDS:
        return None
    return _dateline_site(m.group("name"), table)


def _dateline_site(agency: str, table: PublisherTable) -> str | None:
    """Return the outlet a dateline's agency names as the page's site, unless it is a syndication
    wire ("(AP) -", "(Reuters) -"): its copy runs on every site that buys it, its own among many."""
    name = canonical_outlet(agency, table)
    return name if table.kinds.get(name) != "wire" else None


def _wire_dateline(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
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


def _came_by_wire(dateline: Field, numbered: list[tuple[int, str]], table: PublisherTable) -> bool:
    """Tell a dateline's outlet that a short credit of the page names with a wire ("DENVER
    (Billboard) - ..." over "Reuters/Billboard"): a partner's story the wire syndicates, on any site
    that buys the wire's copy, not the partner's own page."""
    name = dateline.value or ""
    return any(
        n != dateline.line and len(text.split()) <= WIRE_CREDIT_MAX_WORDS and name in text and names_a_wire(text, table)
        for n, text in numbered
    )


def _email_domain(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable, lines: list[str]
) -> Field | None:
    if any(_RELEASE_SOURCE.match(t) for _, t in numbered):
        return None  # a release's contacts are its issuer's press office, on any site that runs it
    addresses = [
        (n, domain)
        for n, text in numbered
        # (an address in a comment is the commenter's: "... Jane Roe. e-mail: jroe@example.org")
        if (rem := removed.get(n)) and rem.kind == "boilerplate" and not in_comments(rem)
        for m in _emails(text)
        if not _WEBMAIL.search(domain := m.group("domain").lower())
    ]
    # The page is read once for every address's spelling, not once an address.
    spelled = spelled_labels({domain_label(d) for _, d in addresses}, lines) if addresses else {}
    for n, domain in addresses:
        name = table.lookup_domain(domain)
        if name:
            return Field(name, n, "e-mail-domain")
        name = name_for_domain(domain, lines, spelled=spelled)
        if name:
            return Field(canonical_outlet(name, table), n, "e-mail-domain")
    return None
