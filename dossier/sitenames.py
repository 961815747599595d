"""The outlet that published the page, read from what the page says: a site's signature, a press
release's issuer, the <title>'s site part, the masthead, a home link or logo, a copyright or
publisher statement, a wire's dateline; normalised through the outlet table
(`publishers.PublisherTable`). Copyright, newsletter, offer and menu lines name an outlet only when
they name a known one.

This module weighs the evidence and decides between the sources (`extract_publisher`), and keeps
what compares them: a <title>'s site against the copyright holders, whether the page confirms a
holder as its brand, a corporation's desk brand; and a mirror's site signature.
The sources are read beside it: `titlesite` (the <title>), `mastheads` (masthead, logo, home
link), `copyrights` (copyright and rights notices), `storycredits` (byline, dateline and other
credits), `selfnaming` (appeals, edition lines, search boxes) and `imprints` (publisher
statements, postal address, press release issuer, contact e-mail).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

from .copyrights import copyright_holders, copyright_notice, rights_holder_brand, site_before_notice
from .imprints import email_domain, postal_masthead, press_release_issuer, publisher_statement
from .lineshapes import visible_text
from .linetext import normalise_line, plain_text, squeeze_line
from .mastheads import (
    address_home_link,
    breadcrumb_root,
    chrome_address_spells,
    framed_site,
    home_link_name,
    host_names,
    links_elsewhere,
    masthead_address,
    masthead_site,
    name_under_headline,
    portal_site,
    reader_title_site,
    repeated_address,
    site_link,
)
from .model import Field, Line, Removal
from .outletnames import (
    COMPANY_NAME_WORDS,
    NAME_SMALL_WORDS,
    SITE_NAME_MAX_WORDS,
    address_abbreviates,
    canonical_outlet,
    ends_in_outlet_word,
    is_coined,
    lines_naming,
    names_a_wire,
    outlet_worded,
)
from .pagehead import OUTLET_WORD, WEB_NAME, PageLines
from .publishers import PublisherTable
from .selfnaming import self_named, site_description
from .storycredits import (
    byline_desk,
    byline_paper,
    came_by_wire,
    fact_check,
    first_ran_elsewhere,
    photo_credit,
    source_line,
    staff_byline,
    wire_dateline,
)
from .titlesite import page_title_site

_SIGNATURES = ((re.compile(r"^Formats:\s*\[HTML\]\(/news/\d{4}/\d\d?/\d\d?/"), "Wikipedia Current Events Portal"),)


def extract_publisher(
    lines: list[str],
    removed: dict[int, Removal],
    table: PublisherTable,
    url: str | None = None,
    author: str | None = None,
    title: Field | None = None,
    body: Iterable[Line] = (),
    page: PageLines | None = None,
    byline: int | None = None,
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
       that paper when a line of the page other than its notice names it too, else nothing (see
       `_portal_paper`), and to the paper its byline credits when other lines name it too
       (`byline_paper`);
    4. a portal its chrome's credits name ("The Harbour Times on Portalnet", see `portal_site`);
       the masthead above the headline, when confirmed (see `masthead_site`); the site name in a home
       link or logo ("The Guardian - Back to home"); the first step of a "You are here:" breadcrumb
       that a copyright holder's name opens with (`breadcrumb_root`); the name a footer puts before
       its owner's notice ("Harbour Unlimited © Harbour Press Ltd", `site_before_notice`); a
       reader-mode title's " | Site" suffix;
    5. an outlet named after the byline ("By Jane Roe | Fox News") or on the desk line under it;
       a "From The Harbour Times" desk line when the copyright company is named for the paper
       (`_desk_paper`); a masthead-shaped name alone right under the headline (`name_under_headline`);
    6. a copyright line naming a brand ("© 2016 ABC News", "© Earthtimes.org"), unless it names
       a wire or a syndication agency (their copyright covers the story, not the site), or the
       author (a newsletter's); an acronym the table does not know only when another line names it;
       never an owner company, several holders or a name cut at an initial (`copyright_holders`),
       nor the outlet a credit names as the story's first home ("This article originally appeared
       on X", `first_ran_elsewhere`);
       when it names only the corporation ("© CBC"), the brand a desk line under the headline
       names ("CBC Sports", see `_desk_brand`); when it names the site's address, the name a
       Markdown head's link to that address's front page gives (`address_home_link`);
    7. a "Fact checked by" credit; an appeal in which the site names itself ("Subscribe to the
       X", "the FRANCE 24 app"); a dateline's outlet ("(CNN) —"), unless it is a syndication
       wire's ("(AP) —") or a copyright line names someone else (wire copy on another site); the
       domain of an e-mail address in a contact line (never a webmail domain); a closing "Source:
       X" credit; a web address alone on two lines of chrome, by the name the page spells it with
       (`repeated_address`); a name a chrome line frames as the site's own ("About X") that the
       host the page links to most, or a web address it writes, spells (`framed_site`);
    8. the paper a byline credits, named on other lines too (`byline_paper`); a copyright line
       naming an owner ("Nexstar Media Inc") whose brand a rights notice gives (`rights_holder_brand`); the url's domain; a photo
       credit naming a known outlet that is not a photo agency.
    """
    page = page or PageLines(lines, removed)
    numbered = page.numbered
    for n, text in numbered:
        for signature, name in _SIGNATURES:
            if signature.search(text):
                return Field(name, n, "site-signature")
    found = press_release_issuer(numbered, removed, table)
    if found:
        return found
    holders = copyright_holders(numbered, removed, table)
    site = page_title_site(page, table, lines, title, holders, body)
    if site and author and _names_author(site[0], author):
        site = None  # a newsletter's author, named in its title and footer; a column named for its writer
    found, strong = site if site else (None, False)
    fuller = _holder_abbreviated(found, holders) if found else None
    if fuller:
        return fuller
    if found and (paper := _portal_paper(found, holders, numbered)):
        return paper if paper.value else Field()
    if found and WEB_NAME.fullmatch(found.value or "") and (paper := byline_paper(numbered, byline, table)):
        return paper  # a portal's address over a paper its byline credits and its other lines name
    if found is None:
        found = (
            portal_site(numbered, removed, table)
            or masthead_site(numbered, removed, table)
            or site_link(numbered, removed, table)
            or home_link_name(numbered, table, lines)
            or breadcrumb_root(numbered, table, holders)
            or site_before_notice(numbered, table)
            or masthead_address(page, table, lines, title)
            or reader_title_site(numbered, removed, table)
            or byline_desk(numbered, removed, table)
            or staff_byline(numbered, table, lines)
            or _desk_paper(numbered, removed, table, holders)
            or name_under_headline(numbered, removed, table, title.line if title else None)
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
        # ... or to an owner company named for a paper whose address the page's chrome writes ("©
        # The Washington Post Company" and "washingtonpost.com"), when the table does not know it.
        better = better or next(
            filter(
                None, (_paper_company(f, numbered, removed) for f, brand, wire in holders if not brand and not wire)
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
    if copyright and first_ran_elsewhere(copyright[0].value or "", numbered):
        copyright = None  # "This article originally appeared on The Atlantic" under "© The Atlantic"
    if copyright and _sub_brand_shown(copyright[0].value or "", numbered):
        copyright = None  # "© Harbourcast" over a site that calls itself "HarbourcastMoney"
    if copyright and copyright[1] and not _holder_confirmed(copyright[0], numbered, table):
        copyright = (copyright[0], False)  # a brand only its notice names: as often the owner's
    if copyright and copyright[1] and links_elsewhere(copyright[0].value or "", numbered):
        copyright = (copyright[0], False)  # the owner's or a portal's site, its link says
    if copyright and not copyright[1] and (site := _company_site(copyright[0], numbered, removed)):
        copyright = (site, True)  # "© Harbour Lanterns UK Ltd" and the footer's "harbourlanterns.example"
    if copyright and copyright[1]:
        address = copyright[0].value or ""
        home = address_home_link(address, page, title) if WEB_NAME.fullmatch(address) else None
        if home:
            return replace(home, value=canonical_outlet(home.value or "", table))
        return _desk_brand(copyright[0], numbered, removed, title) or copyright[0]
    stated = publisher_statement(numbered, table) or postal_masthead(numbered, removed, table)
    if stated:
        return stated
    dateline = wire_dateline(numbered, removed, table)
    others = [f for f, _, wire in holders if not wire]
    if dateline and (any(f.value != dateline.value for f in others) or came_by_wire(dateline, numbered, table)):
        dateline = None  # wire copy on a site whose footer names it, or a partner's story a wire carried
    found = (
        fact_check(numbered, removed, table)
        or self_named(numbered, removed, table)
        or site_description(numbered, removed, table)
        or dateline
    )
    # Whose address a contact line gives is not told when the footer names someone else; when the
    # footer's owner company has the address's name ("© MediaPost Communications" and
    # "jroe@mediapost.com"), the two say the same.
    email = None if found else email_domain(numbered, removed, table, lines)
    if email and any(squeeze_line(f.value or "") != squeeze_line(email.value or "") for f in others):
        email = None
    if email and links_elsewhere(email.value or "", numbered):
        email = None  # the owner's or a portal's address, as its link to its own site says
    found = (
        found
        or email
        or source_line(numbered, removed, table)
        or repeated_address(numbered, removed, table, lines)
        or framed_site(numbered, removed, table)
    )
    if found:
        return found
    if copyright and copyright[1]:
        return copyright[0]  # never an owner company ("Canoe Inc.", "Media General, Inc.")
    credited = byline_paper(numbered, byline, table)
    if credited:
        return credited
    owner = rights_holder_brand(numbered, holders)
    if owner:
        return owner
    if url:
        name = table.lookup_domain(urlsplit(url).hostname or "")
        if name:
            return Field(name, None, "url-domain")
    return photo_credit(numbered, removed, table) or Field()


def _company_site(found: Field, numbered: list[tuple[int, str]], removed: dict[int, Removal]) -> Field | None:
    """Return the site an owner company's notice is named for: the leading words of its name, two or
    more, that a web address on the page's chrome spells, when the company's name goes on past them
    ("© 2007 Harbour Lanterns UK Ltd" and a footer's "harbourlanterns.example": the site's own
    company, named with its country and legal form). A company's whole name spelled by an address
    ("Media General" and "mediageneral.example") is the owner's own site, and a name the address
    cuts at a company's word ("Harbour Media" of "Harbour Media Services") an owner's too."""
    words = (found.value or "").split()
    # (A site's name is a few words: each cut reads the page's chrome again, so a holder run on
    # over a long line is tried at its first few words only.)
    for cut in range(min(len(words) - 1, SITE_NAME_MAX_WORDS), 1, -1):
        name = " ".join(words[:cut])
        if words[cut - 1].lower() in _OWNER_WORDS or not chrome_address_spells(name, numbered, removed):
            continue
        return replace(found, value=name)
    return None


def _paper_company(found: Field, numbered: list[tuple[int, str]], removed: dict[int, Removal]) -> Field | None:
    """Return the paper an owner company is named for: its name without the company's words at its
    end is a paper's, ending in an outlet word, and a web address on the page's chrome spells it
    whole ("© The Harbour Ledger Company" and a footer's "harbourledger.example")."""
    words = (found.value or "").split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower().strip(",.") in _OWNER_WORDS:
        cut -= 1
    name = " ".join(words[:cut]).strip(",")
    if not outlet_worded(words[:cut]) or not chrome_address_spells(name, numbered, removed):
        return None
    return replace(found, value=name)


#: The company words that end an owner's name, not a site's ("News" ends both: "Harbour News").
_OWNER_WORDS = COMPANY_NAME_WORDS - {"news"}


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


#: A desk line naming the paper the story is from: "From The Harbour Times" under the headline.
_FROM_PAPER = re.compile(r"^From\s+(?P<name>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})$")


def _desk_paper(
    numbered: list[tuple[int, str]],
    removed: dict[int, Removal],
    table: PublisherTable,
    holders: list[tuple[Field, bool, bool]],
) -> Field | None:
    """Return the paper a desk line credits ("From The Harbour Times", read as the story's byline)
    when the page's copyright holder is a company named for it ("© Harbour Times Newspapers Ltd",
    see `_company_named_for`): two lines naming one paper. A name of no outlet's shape or a wire's
    ("From Reuters") names no site; a paper no notice confirms may be another's story carried."""
    for n, text in numbered:
        rem = removed.get(n)
        m = _FROM_PAPER.match(plain_text(text).strip()) if rem and rem.rule == "byline" else None
        if not m or not outlet_worded(m.group("name").split()) or names_a_wire(m.group("name"), table):
            continue
        paper = Field(canonical_outlet(m.group("name"), table), n, "desk-paper")
        if _company_named_for(paper, holders, Field()):
            return paper
    return None


#: A brand's name run into a capitalised word of its own ("HarbourcastMoney", "HarbourcastTravel"):
#: a site of the brand's that is not the brand's main one. Shown on this many lines of a page (its
#: logo, its desk line "HarbourcastMoney (New York)", its sponsors' heading), it is the page's site,
#: which the brand's notice does not name.
SUB_BRAND_MIN_LINES = 2


def _sub_brand_shown(name: str, numbered: list[tuple[int, str]]) -> bool:
    """Tell a page that shows a sub-brand of `name` (the name, written as one word, run into a
    capitalised word: "HarbourcastMoney" of "Harbourcast") on `SUB_BRAND_MIN_LINES` lines or more:
    its copyright holder's notice covers the site without naming it."""
    squeezed = re.sub(r"\s+", "", name)
    if len(squeezed) < 2 or not squeezed[0].isupper():
        return False
    glued = re.compile(rf"(?<![\w.-]){re.escape(squeezed)}[A-Z][a-z]{{2,}}+(?![\w.-])")
    shown = (1 for _, text in numbered if squeezed in text and glued.search(plain_text(visible_text(text))))
    return sum(shown, 0) >= SUB_BRAND_MIN_LINES


def _holder_confirmed(found: Field, numbered: list[tuple[int, str]], table: PublisherTable) -> bool:
    """Tell whether the page confirms a copyright holder as its own brand: the table knows it, it is
    a web address or a name ending in an outlet word ("The Valley Ledger"), a line that is no
    copyright notice names it too (a masthead, a menu, a "Contact Harbourgadgets" link), or the
    page's own host spells it (`host_names`). A name only its notice gives ("(c) 2012 Examplecorp")
    is as often the owner company or a network over a site of another name as the site's own."""
    name = found.value or ""
    if table.lookup_name(name) or WEB_NAME.fullmatch(name) or ends_in_outlet_word(name):
        return True
    named = lines_naming(normalise_line(name), numbered, skip=found.line or 0)
    return any(not copyright_notice(t) for _, t in named) or host_names(name, numbered)


def _portal_paper(
    found: Field, holders: list[tuple[Field, bool, bool]], numbered: list[tuple[int, str]]
) -> Field | None:
    """Return the newspaper a copyright line names ("© 2008 The Harbour News") under a site named by
    its web address in the <title> ("Headline - portal.com"): a portal carrying a paper's pages, or
    a paper on its own site. The paper publishes the page when another line, no copyright notice,
    names it too (the portal's section bar "portal.com - Sports - The Harbour News", "More From The
    Harbour News"); else nothing on the page says which is the publisher, and an empty Field says
    nothing is read. None when no such paper is named."""
    if not WEB_NAME.fullmatch(found.value or ""):
        return None
    papers = [
        f
        for f, brand, wire in holders
        if brand
        and not wire
        and outlet_worded(re.split(r"[\s-]+", f.value or ""))
        and not _held(found, [(f, brand, wire)])
        and not _held(f, [(found, True, False)])
    ]
    if not papers:
        return None
    paper = papers[0]
    named = lines_naming(normalise_line(paper.value or ""), numbered, skip=paper.line or 0)
    return paper if any(not copyright_notice(t) for _, t in named) else Field()


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


def _names_author(site: Field, author: str) -> bool:
    """Tell a <title>'s site name that is the byline's writer ("Jane Roe", a newsletter's) or holds
    the writer's full name ("Jane Roe's Journal"): a column or a blog named for its writer, on a
    paper's site as often as on its own; the outlet is read from other evidence, or not at all."""
    name, writer = normalise_line(site.value or ""), normalise_line(author)
    return bool(name and writer) and (name in writer or (len(writer.split()) >= 2 and writer in name))


def _held(found: Field, holders: list[tuple[Field, bool, bool]]) -> bool:
    """Tell whether a copyright line names the outlet found ("Cortez Journal" and "© Cortez Journal")."""
    key = squeeze_line(found.value or "")
    return bool(key) and any(key in squeeze_line(f.value or "") for f, _, _ in holders)
