"""The holders a page's copyright notices name ("© 2016 ABC News.", "Copyright © 2008 Media General,
Inc. All rights reserved."): where a notice is (a footer's line, or a mark and a year inside a line
of other text), where its holder's name ends, and whether that holder reads as a brand (a masthead's
name) or as an owner company, several holders or a name cut short; and whether it is a wire's.
Also the brand of an owner company that a rights notice names alone ("without the prior written
consent of AHN" under "Copyright © AHN Media Corp").
"""

from __future__ import annotations

import re

from .lexicon import LEGAL_FORM, in_dictionary
from .linetext import normalise_line, plain_text
from .model import Field, Removal
from .outletnames import (
    COMPANY_NAME_WORDS,
    NAME_SMALL_WORDS,
    WordLines,
    brand_shaped,
    canonical_outlet,
    is_coined,
    known_prefix,
    lines_naming,
    names_a_wire,
    outlet_for_address,
    outlet_worded,
    prefix_reach,
)
from .pagehead import CAPITALISED_RUN, WEB_NAME
from .publishers import PublisherTable

#: "© 2016 ABC News.", "©2024 Bloomberg L.P.", "Copyright 2023 Nexstar Media Inc. All rights
#: reserved.": the name runs to the first full stop that ends a word, not an abbreviation's.
#: Every run of spaces is read once (`\s*+`): what follows each is no space, and the dash after a
#: year ("2008 - Name") is its own branch, read from the year's end. (Three `\s*` in a row, the
#: year and the separator both absent, were cubic in the spaces of "©" and thousands of spaces:
#: 800 took 4.7 s.) Searched for with `copyright_notice`, not `search`.
_COPYRIGHT = re.compile(
    r"(?:©|&copy;|\(c\)|copyright)(?:\s*+(?:©|&copy;|copyright|\(c\)))*\s*+(?:\d{4}(?:\s*[-–]\s*\d{4})?|(?-i:(?:MCM|MM)(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\b)?"
    # "© 2008, Name", "Copyright © 2008. Name", "© 2007 - 2008 - Name": the year, then the holder
    # (a year of 1900-2099 in Roman numerals too: "© MMVIII, Name"; not a holder's acronym of
    # such letters, "© MDC Partners").
    r"(?:\s*+(?:,|(?<=\d)\.)?|(?<=\d)\s*[-–—](?=\s))\s*+"
    r"(?:(?:of|by)\s++)?"
    r"(?P<name>[A-Z](?:[^.|,;]|\.(?=[A-Za-z]\.|[A-Za-z]\b))*?)\.?(?:\.|,|;|\||(?<!\s)\s+all rights reserved|$)",
    re.I,
)


#: A run of copyright marks, read to its end once ("© Copyright", "©©©©...").
_MARK_RUN = re.compile(r"(?:©|&copy;|\(c\)|copyright)(?:\s*+(?:©|&copy;|copyright|\(c\)))*+", re.I)


def copyright_notice(text: str) -> re.Match[str] | None:
    """`_COPYRIGHT.search(text)`, tried only where a run of marks begins: a start on a later mark
    of the run reaches the same ends of the marks as the first, fewer of them, so it finds nothing
    the first did not. (`search` read the rest of the run from each of its marks: quadratic, 2 s
    for a line of 4,000 "©" and a colon.) A line holding no mark is not searched (`_holds_mark`)."""
    for run in _MARK_RUN.finditer(text) if _holds_mark(text) else ():
        if found := _COPYRIGHT.match(text, run.start()):
            return found
    return None


def _holds_mark(text: str) -> bool:
    """Tell a line that may hold one of `_MARK_RUN`'s marks: "©", or, in its lowercase, "copy" (of
    "copyright" and "&copy;") or "(c)". No letter of "copy" has another case-insensitive spelling,
    so every match of the pattern holds one of these (most lines hold none: a test in C each)."""
    if "©" in text:
        return True
    low = text.lower()
    return "copy" in low or "(c)" in low


#: A copyright mark and the year: "© 2007", "Copyright © 2007", "&copy; 2001-2008", "(c) 2008".
_MARK_AND_YEAR = re.compile(r"(?:©|&copy;|\(c\))\s*(?:copyright\s*)?(?:19|20)\d\d", re.I)


#: ...or a mark, the holder and then the year: "Guardian Unlimited © Guardian News and Media Limited 2008".
_MARK = re.compile(r"©|&copy;", re.I)


_HOLDER_THEN_YEAR = re.compile(r"\s(?:19|20)\d\d$")


#: A label naming whose data a notice covers, right before the mark: "Morningstar: © 2016 ...",
#: looked for in this many characters before the mark (a scraped line may be megabytes long).
CREDIT_LABEL_MAX_CHARS = 80


_DATA_CREDIT = re.compile(r"\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}:\s*$")


#: Words before the mark saying the notice covers a name or a logo, not the page: "CNN name, logo and
#: all associated elements ® and © 2012 Cable News Network": a licensor's notice for a brand the site
#: shows with permission (a TV partner's, a franchise's), not the site's own. A bar between the word
#: and the mark is a footer menu's link ("Trademarks | © 2008 ..."), which says nothing of the notice.
_LICENSED_MARK = re.compile(r"\b(?:logos?|trademarks?|registered marks?|service marks?)\b[^|]*$", re.I)


#: A line of the article's own that opens with a copyright mark is a copyright line when short.
_COPYRIGHT_OPENING = re.compile(r"^\W*(?:©|&copy;|\(c\)|copyright\b)", re.I)


COPYRIGHT_LINE_MAX_WORDS = 12


#: What follows "Copyright" in a link or a menu, or a content credit: no holder's name.
_HOLDER_LABEL = re.compile(
    r"^(?:notice|policy|information|info|statement|terms|and|copyright|all rights|courtesy of|advertise|privacy|"
    r"contact|about|help|home|site map|sitemap|feedback|disclaimer)\b",
    re.I,
)


#: A copyright notice has a year, the word "copyright" or reserves rights; a bare "© Name" is a credit.
_NOTICE = re.compile(r"\b(?:19|20)\d\d\b|\bcopyright\b|\brights reserved\b|\(c\)", re.I)


#: ...and so is a copyright notice in a longer line, which reserves the rights right after the name.
_RIGHTS_RESERVED = re.compile(r"\W{0,3}\s*all (?:global )?rights reserved", re.I)


#: What trails a holder's name: spaces and these marks, and years after a space ("AHN Media Corp -",
#: "Latest News 2007", "Acme 2007-2008"); see `_without_trailing`.
_TRAILING_MARKS = ".,:;–—-"
_YEAR_RANGE = re.compile(r"\s*[-–]\s*\d{4}")


def _without_trailing(name: str) -> str:
    """Return a holder's name without the spaces, marks and years that trail it, in one pass from
    its end. (A pattern ending in "$" was tried from each start, its runs of marks split every way:
    2^n on a run of dashes.) A year counts after a space, or after another year and a dash."""
    ok = [False] * len(name) + [True]  # ok[i]: name[i:] is all trail
    for i in range(len(name) - 1, -1, -1):
        c = name[i]
        if c.isspace() or c in _TRAILING_MARKS:
            ok[i] = ok[i + 1] or (c.isspace() and _year_trails(name, i + 1, ok))
    return name[: ok.index(True)]


#: A year after a holder's name ends it: "© Copyright Harbour Ledger 1996-2008 Privacy Policy | Contact"
#: names "Harbour Ledger", the words after the year being the footer's links run on.
_YEAR_AFTER_NAME = re.compile(r"\s(?:19|20)\d\d\b")


def _before_year(name: str) -> str:
    """Return a holder's name up to the first year after it (see `_YEAR_AFTER_NAME`)."""
    m = _YEAR_AFTER_NAME.search(name)
    return name[: m.start()] if m else name


def _year_trails(name: str, i: int, ok: list[bool]) -> bool:
    """Tell a year at `i` (four digits, perhaps a range: "2007 - 2008") followed by trail only."""
    end = i + 4
    if not (name[i:end].isdecimal() and len(name[i:end]) == 4):
        return False
    more = _YEAR_RANGE.match(name, end)
    return ok[end] or bool(more and ok[more.end()])


#: Corporate suffixes name an owner, not a masthead: "Nexstar Media Inc", "ABC News Internet Ventures".
_CORPORATE = re.compile(
    rf"(?<![\s,])(?:[\s,]+(?:{LEGAL_FORM}|"
    r"group|holdings|media|internet ventures|digital|publishing|publications|enterprises|interactive|communications|"
    r"business information))+\.?$",
    re.I,
)


#: ...when they end in a legal form or an owner's word: "SYS-CON Media" alone is a brand.
OWNER_ENDING = re.compile(
    rf"[\s,](?:{LEGAL_FORM}|pty|"
    r"holdings|internet ventures|enterprises|publishing|publications|communications|business information)\.?$",
    re.I,
)


#: A legal form after the comma that ends a holder's name: "Media General, Inc.", "Sun-Times Media, LLC".
_LEGAL_FORM_AFTER = re.compile(rf"\s*,\s*(?P<form>(?:{LEGAL_FORM}|pty)\.?)(?!\w)", re.I)


def _paper_company(name: str) -> bool:
    """Tell a company named as a newspaper is ("Dallas Observer, LLC", "Valley Morning News, Inc.")
    or as a site of one coined word is ("Gothamist, LLC"): the paper's or the site's own company,
    whose name is the masthead's; a name closing with a company's word ("Sun-Times Media, LLC",
    "Media General, Inc.") is an owner's."""
    words = name.split()
    if len(words) == 1 and not in_dictionary(words[0]):
        return True
    return outlet_worded(words) and words[-1].lower() not in _OWNER_WORDS


#: The company words that end an owner's name, not a paper's ("News" ends both: "Valley News").
_OWNER_WORDS = COMPANY_NAME_WORDS - {"news"}


def _namesakes_owner(name: str, table: PublisherTable) -> bool:
    """Tell a company named after a known outlet that goes on with words of its own before its legal
    form ("Indian Express Newspapers (Mumbai) Ltd") or says it runs a network of sites ("Harbour
    Networks, Inc.", see `_SEVERAL_SITES_WORDS`): the owner of that outlet and of its sister
    sites, which the page may be any of. Company words alone after the outlet's name ("Times
    Newspapers Ltd", "The Washington Post Company") keep the outlet."""
    if not OWNER_ENDING.search(name) or table.lookup_name(name):
        return False
    words = name.split()
    if any(re.sub(r"\W", "", w).lower() in _SEVERAL_SITES_WORDS for w in words[1:]):
        return True
    for i in range(min(len(words) - 1, prefix_reach(words, table)), 1, -1):
        if table.lookup_name(" ".join(words[:i])):
            rest = [re.sub(r"[^\w&]", "", w).lower() for w in words[i:]]
            return any(w and w not in COMPANY_NAME_WORDS and w not in NAME_SMALL_WORDS for w in rest)
    return False


#: A company's word saying it runs several sites: "Harbour Networks, Inc." publishes Harbour's site
#: and its sister sites under its notice, each with a name of its own, so the notice names none of them.
_SEVERAL_SITES_WORDS = frozenset({"networks"})


#: A holder's name ends where the line goes on to a slogan: "Tcritic – The T-Shirt Blog ...".
_NAME_DASH = re.compile(r"(?<!\s)\s+(?:[–—|]|-{1,2}|::)\s+.*$")


def copyright_holders(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> list[tuple[Field, bool, bool]]:
    """Return the holders the page's copyright lines name, in order: each with whether it reads as
    a brand (not an owner company), and whether it is a wire or a syndication agency. A notice
    found only by its mark and year inside a kept line comes after the page's footer notices."""
    found: list[tuple[Field, bool, bool]] = []
    inline: list[tuple[Field, bool, bool]] = []  # the notices inside kept lines of other text
    words = WordLines(numbered)  # (read only if a holder is an acronym)
    page_text: list[str] = []  # the lines' texts, for a holder that is a web address
    last_kept = max((n for n, _ in numbered if n not in removed), default=0)  # the article's last line
    for n, text in numbered:
        rem = removed.get(n)
        m = copyright_notice(text)
        if not m or re.match(r"(all rights|the author)", m.group("name"), re.I):
            continue
        notice = _COPYRIGHT_OPENING.match(text) and len(text.split()) <= COPYRIGHT_LINE_MAX_WORDS
        # "... Copyright © 2007, The Hindu. Republication ...": a mark and a year make a notice
        # also inside a line that runs a footer into other text (a reader-mode cell).
        marked = _MARK_AND_YEAR.search(text, m.start(), m.start("name")) or (
            _MARK.match(text, m.start()) and _HOLDER_THEN_YEAR.search(m.group("name"))
        )
        by_mark = rem is None and not notice and not _RIGHTS_RESERVED.match(text, m.end("name"))
        if by_mark and not marked:
            continue  # the article's own words about copyright
        if _DATA_CREDIT.search(text, max(0, m.start() - CREDIT_LABEL_MAX_CHARS), m.start()):
            continue  # "Morningstar: © 2016 Morningstar, Inc.": a data provider's credit
        if _LICENSED_MARK.search(text, max(0, m.start() - CREDIT_LABEL_MAX_CHARS), m.start()):
            continue  # a licensor's notice for the name or logo the site shows, not the site's
        target = inline if by_mark else found
        address = WEB_NAME.match(text, m.start("name"))
        if address:  # "© 2008 Earthtimes.org": the site's own address, by the name the page spells it with
            name = address.group(0)
            page_text = page_text or [t for _, t in numbered]
            outlet = outlet_for_address(name, table, page_text, guess=False)
            target.append((Field(outlet, n, "copyright-line"), True, names_a_wire(name, table)))
            continue
        if _HOLDER_LABEL.match(m.group("name")):
            # "BBC Copyright Notice", "Privacy Policy © Copyright 2001-2008": a link's label; the
            # name before it is the holder when the table knows it.
            before = CAPITALISED_RUN.findall(text[: m.start()])
            known = table.lookup_name(before[-1]) if before else None
            if known:
                target.append((Field(known, n, "copyright-line"), True, table.kinds.get(known) == "wire"))
            continue
        name = _without_trailing(_before_year(_NAME_DASH.sub("", m.group("name"))))
        legal = _LEGAL_FORM_AFTER.match(text, m.end("name"))
        if legal and not _paper_company(name):
            # "© 2008 Media General, Inc.": the name stopped at the comma before the legal form,
            # which makes it an owner company's
            name = f"{name}, {legal.group('form')}"
        if all(w.lower() in NAME_SMALL_WORDS for w in name.split()):
            continue  # "Copyright 2008 by The": the name went on in a line the scraper split off
        if _RUN_ON_NUMBER.search(name) or _DECIMAL.match(text, m.end("name") - 1):
            continue  # "Copyright © 2008. Fairfax Digital 531.25 ms - ...": a footer run into a timing
        wire = names_a_wire(m.group("name"), table)  # "© Sapa - AFP": the agency after the dash too
        known = known_prefix(name, table)
        # "© Action Images" under a photo, with no year and no rights reserved: a credit, unless it
        # names an outlet the table knows ("© The Washington Post Company") or closes the page, below
        # every line of its article (a footer's notice: no photo stands there).
        if not known and not _NOTICE.search(text) and not (notice and n > last_kept):
            continue
        if known and not _namesakes_owner(name, table):
            target.append((Field(known, n, "copyright-line"), True, wire))
        elif known:
            # "Indian Express Newspapers (Mumbai) Ltd": the owner company of a known outlet and of
            # its sister sites, not the site's own name.
            target.append((Field(canonical_outlet(name, table), n, "copyright-line"), False, wire))
        elif OWNER_ENDING.search(name) and (brand := _CORPORATE.sub("", name).strip(" .,")) and brand != name:
            target.append((Field(canonical_outlet(brand, table), n, "copyright-line"), False, wire))
        else:
            brand = (
                brand_shaped(name)
                and not _unnamed_acronym(name, n, words)
                and not _owner_or_several(name, text[m.end("name") :])
            )
            target.append((Field(canonical_outlet(name, table), n, "copyright-line"), brand, wire))
    return found + inline


#: A holder's last word that makes it an owner company, not a masthead: "Fairfax Digital", "Example
#: Media" (an outlet the table knows is read before; a brand of that shape, "SYS-CON Media", from
#: its rights notice, see `rights_holder_brand`).
_COMPANY_LAST_WORD = re.compile(r"(?:Digital|Media|Group|Interactive|Networks|Ventures)$")


#: A notice naming several holders: "© WorldNow, WTNH, and Example Press", "© WorldNow and KXYZ". An
#: ampersand joins one brand's name ("© 2008 Rod & Reel Weekly"), not two holders.
_MORE_HOLDERS = re.compile(r"^\s*,\s*(?:and\s+)?[A-Z]")


_AND_HOLDER = re.compile(r"\sand\s+[A-Z]")


#: What a notice says of the rights after the holder and a comma, which names no second holder:
#: "© 2008, The Harbour Ledger, Reproduction prohibited", ", All Rights Reserved" (a few words, then
#: the verb that reserves or forbids).
_RIGHTS_AFTER = re.compile(r"^\s*,\s*(?:[A-Za-z]+\s+){0,6}(?:reserved|prohibited|forbidden|not permitted)\b", re.I)


#: A holder cut at an initial's full stop: "© 2007 The E.W. Scripps Co." read as "The E".
_CUT_AT_INITIAL = re.compile(r"(?:^|\s)[A-Z](?:\.[A-Z])*$")


def _owner_or_several(name: str, after: str) -> bool:
    """Tell a holder that is not the site's masthead: an owner company by its last word, one of
    several holders the notice names (the site's vendor and the site), or a name cut at an initial."""
    several = bool(
        _MORE_HOLDERS.match(after) and not _LEGAL_FORM_AFTER.match(after) and not _RIGHTS_AFTER.match(after)
    ) or bool(_AND_HOLDER.search(name))
    return (
        several
        or bool(_CUT_AT_INITIAL.search(name))
        or (len(name.split()) > 1 and bool(_COMPANY_LAST_WORD.search(name)))
    )


def _unnamed_acronym(name: str, n: int, words: WordLines) -> bool:
    """Tell a holder that is an acronym the table does not know ("© 2007 HNA", "© 1996-2008 OMH")
    and that no other line of the page names: a news agency credited under its story as often as
    the site, or a site whose masthead spells its name otherwise; not read as the site's brand."""
    return name.isupper() and " " not in name and is_coined(name) and not words.names(normalise_line(name), n)


#: A holder's name ends in a word or a channel's number ("Channel 4", "KTVZ 21"); a longer number
#: after it is other text the footer runs into (a page's render time, a telephone number).
_RUN_ON_NUMBER = re.compile(r"\s\d{3,}$")


_DECIMAL = re.compile(r"\d\.\d")  # (a name cut at a decimal point, "... 1594.238 ms", ran into a number)


#: A rights notice naming whose the rights are: "without the prior written consent of AHN",
#: "All marks are trademarks of SYS-CON Media", "permission of Example Publications, Inc.".
_RIGHTS_OF = re.compile(r"\b(?:consent|permission|trademarks?|property)\s+of\s+(?:the\s+)?(?P<name>[A-Z])")


def rights_holder_brand(numbered: list[tuple[int, str]], holders: list[tuple[Field, bool, bool]]) -> Field | None:
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


#: A site's name before its owner's notice on one footer line: "Harbour Unlimited © Harbour Press
#: Limited 2008" (capitalised words; a cell's bars may open the line).
_NAME_BEFORE_MARK = re.compile(r"^[|\s]*(?P<site>[A-Z][\w.&!'’-]*(?:\s+(?:[A-Z0-9][\w.&!'’-]*|of|the|and|&)){0,5})\s*$")


def site_before_notice(numbered: list[tuple[int, str]], table: PublisherTable) -> Field | None:
    """Return the site's name a footer line puts before its owner company's notice ("Harbour
    Unlimited © Harbour Press Limited 2008"): a name, not a wire's, whose first word opens the
    holder's name too; the company named for the site confirms it (a photo's caption and its
    agency, "Jane Roe © Tidewater Images", share no word)."""
    for n, text in numbered:
        m = copyright_notice(text)
        if not m or not m.start():
            continue
        site = _NAME_BEFORE_MARK.match(text[: m.start()])
        if not site:
            continue
        name = site.group("site").strip()
        first, holder = name.split()[0].lower(), m.group("name").split()
        if holder and holder[0].lower() == first and normalise_line(name) != normalise_line(m.group("name")):
            if not names_a_wire(name, table):
                return Field(canonical_outlet(name, table), n, "site-before-notice")
    return None
