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

from .clean import is_home_link, normalise_line, plain_text, squeeze_line
from .dates import find_dates, is_stamp
from .lexicon import LEGAL_FORM, in_dictionary
from .model import Field, Line, Removal
from .outletnames import (
    ACRONYM_MAX_LETTERS,
    COMPANY_NAME_WORDS,
    GENERIC_FIRST_WORD,
    NAME_SMALL_WORDS,
    SECTION_WORDS,
    SITE_NAME_MAX_WORDS,
    WELCOME,
    WordLines,
    address_abbreviates,
    brand_shaped,
    canonical_outlet,
    domain_label,
    ends_in_outlet_word,
    folded_text,
    is_coined,
    known_prefix,
    lines_naming,
    name_for_domain,
    names_a_wire,
    outlet_for_address,
    outlet_worded,
    prefix_reach,
    spelled_labels,
    table_name_in,
)
from .pagehead import (
    BYLINE,
    CAPITALISED_RUN,
    HEAD_MAX_LINES,
    OUTLET_WORD,
    OUTLET_WORDS,
    WEB_NAME,
    head_anchors,
    in_comments,
    is_name_token,
    numbered_lines,
)
from .publishers import PublisherTable
from .stamps import MERGED_HEAD_MAX_WORDS
from .titlesite import page_title_site
from .urls import host_of

#: US broadcasters are known by their call signs: "KLCH 7", "WFAA", "KTVZ 21".
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?(?:\s+\d{1,2})?$")


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


#: "© 2016 ABC News.", "©2024 Bloomberg L.P.", "Copyright 2023 Nexstar Media Inc. All rights
#: reserved.": the name runs to the first full stop that ends a word, not an abbreviation's.
#: Every run of spaces is read once (`\s*+`): what follows each is no space, and the dash after a
#: year ("2008 - Name") is its own branch, read from the year's end. (Three `\s*` in a row, the
#: year and the separator both absent, were cubic in the spaces of "©" and thousands of spaces:
#: 800 took 4.7 s.) Searched for with `_copyright_notice`, not `search`.
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


def _copyright_notice(text: str) -> re.Match[str] | None:
    """`_COPYRIGHT.search(text)`, tried only where a run of marks begins: a start on a later mark
    of the run reaches the same ends of the marks as the first, fewer of them, so it finds nothing
    the first did not. (`search` read the rest of the run from each of its marks: quadratic, 2 s
    for a line of 4,000 "©" and a colon.)"""
    for run in _MARK_RUN.finditer(text):
        if found := _COPYRIGHT.match(text, run.start()):
            return found
    return None


#: A copyright mark and the year: "© 2007", "Copyright © 2007", "&copy; 2001-2008", "(c) 2008".
_MARK_AND_YEAR = re.compile(r"(?:©|&copy;|\(c\))\s*(?:copyright\s*)?(?:19|20)\d\d", re.I)


#: ...or a mark, the holder and then the year: "Guardian Unlimited © Guardian News and Media Limited 2008".
_MARK = re.compile(r"©|&copy;", re.I)


_HOLDER_THEN_YEAR = re.compile(r"\s(?:19|20)\d\d$")


#: A label naming whose data a notice covers, right before the mark: "Morningstar: © 2016 ...",
#: looked for in this many characters before the mark (a scraped line may be megabytes long).
CREDIT_LABEL_MAX_CHARS = 80


_DATA_CREDIT = re.compile(r"\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}:\s*$")


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
_OWNER_ENDING = re.compile(
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
    form ("Indian Express Newspapers (Mumbai) Ltd"): the owner of that outlet and of its sister
    sites, which the page may be any of. Company words alone after the outlet's name ("Times
    Newspapers Ltd", "The Washington Post Company") keep the outlet."""
    if not _OWNER_ENDING.search(name) or table.lookup_name(name):
        return False
    words = name.split()
    for i in range(min(len(words) - 1, prefix_reach(words, table)), 1, -1):
        if table.lookup_name(" ".join(words[:i])):
            rest = [re.sub(r"[^\w&]", "", w).lower() for w in words[i:]]
            return any(w and w not in COMPANY_NAME_WORDS and w not in NAME_SMALL_WORDS for w in rest)
    return False


#: A holder's name ends where the line goes on to a slogan: "Tcritic – The T-Shirt Blog ...".
_NAME_DASH = re.compile(r"(?<!\s)\s+(?:[–—|]|-{1,2}|::)\s+.*$")


#: "(CNN) —", "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —", "(Bloomberg) --".
_WIRE_DATELINE = re.compile(
    r"^(?:[A-Z][\w .,'’/-]{0,60}?\s)?\((?P<name>[A-Z][A-Za-z.&-]*(?: (?:[A-Z][A-Za-z.&-]*|of|the|and|&)){0,3})\)"
    r"\s*(?:-{1,2}|[–—])"
)  # the agency's name in capitals ("(Reuters) -", "(The Associated Press) —"), not an aside "(I would wait) –"


#: A reader-mode header's page title ends with the site's name: "Title: Headline | Site".
_READER_TITLE = re.compile(r"^title\s*:\s*(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—]{2,60}?)\s*$", re.I)


_HOME_LINK = re.compile(r"^(?P<site>[A-Z][^|–—]{1,60}?)\s*[-–—|:]\s*(?:back to )?home(?:page)?$", re.I)


_LOGO = re.compile(r"!\[(?:image \d+:\s*)?(?P<site>[^\]]{2,60}?)(?:\s+logo)?\]\([^)]*logo[^)]*\)", re.I)


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


#: An outlet naming itself in an appeal: "Israel365 News is the only media outlet ...",
#: "Subscribe to The Daily Beacon", "Support Example Voice".
#: The longest word of a name before an outlet word, in characters: no name's word is longer, and
#: the bound keeps the search linear (from every capital of a run of hyphenated parts, an unbounded
#: word read the run to its end).
NAME_WORD_MAX_CHARS = 40
_SELF_NAMED = re.compile(
    rf"(?P<name>(?:The\s+)?(?:[A-Z][\w'’&-]{{0,{NAME_WORD_MAX_CHARS - 1}}}\s+){{0,3}}(?:{OUTLET_WORDS}))\b"
)


#: Appeals and the chrome around them: lines where a site names itself.
#: (Not share bars: "Follow us on Google News" names a platform.)
_APPEAL_RULES = frozenset({"subscription", "donation", "trailing-block", "section-block"})


#: Appeals by their rule; a heading or a link in a trailing or section block is one when it asks
#: the reader something ("Subscribe to ...", "Register for free with ...", "... home delivery"),
#: and a sentence there is the site describing itself ("Israel365 News is the only media outlet").
_ASKING_RULES = frozenset({"subscription", "donation"})


def _heading(text: str) -> bool:
    """Tell a heading or a link's text: every word capitalised or no word of letters ("IT Media Releases")."""
    return all(not w[0].isalpha() or w[0].isupper() for w in plain_text(text).split())


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
    4. the masthead above the headline, when confirmed (see `_masthead`); the site name in a home
       link or logo ("The Guardian - Back to home"); a reader-mode title's " | Site" suffix;
    5. an outlet named after the byline ("By Jane Roe | Fox News") or on the desk line under it;
    6. a copyright line naming a brand ("© 2016 ABC News", "© Earthtimes.org"), unless it names
       a wire or a syndication agency (their copyright covers the story, not the site), or the
       author (a newsletter's); an acronym the table does not know only when another line names it;
       never an owner company, several holders or a name cut at an initial (`_owner_or_several`);
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
    holders = _copyright_holders(numbered, removed, table)
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
            _masthead(numbered, removed, table)
            or _site_link(numbered, removed, table)
            or _home_link_name(numbered, table, lines)
            or _masthead_address(numbered, removed, table, lines, title)
            or _reader_title_site(numbered, removed, table)
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
        or _self_named(numbered, removed, table)
        or _site_description(numbered, removed, table)
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


def _masthead(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the site name the masthead shows, when something confirms it is one.

    Confirmation: the outlet table knows it; or another removed line names it again ("Trending on
    KLCH 7", "© 2023 High Country Herald"); or it is a name of several words ending in an outlet
    word ("The Pennywise Post"); or it is a broadcaster's call sign ("KTVZ 21").
    """
    first = next(((n, t) for n, t in numbered if n in removed and removed[n].rule == "masthead"), None)
    if first is None:
        return None
    n, text = first
    name = plain_text(text)
    if not re.match(r"^[A-Z0-9]", name) or not re.search(r"[A-Za-z]{2}", name) or SECTION_WORDS.match(name):
        return None
    if _BUTTON.match(name) and not table.lookup_name(name):
        return None  # "Follow Harbour Log Followed": the buttons of a bar, not a masthead
    key = normalise_line(name)
    named_again = any(m in removed and folded_text(t) != key for m, t in lines_naming(key, numbered, skip=n))
    outlet_shaped = len(name.split()) >= 2 and OUTLET_WORD.search(name) and not GENERIC_FIRST_WORD.match(name)
    known = table.lookup_name(name)
    if known and " " not in name and not is_name_token(name, known):
        known = None  # "National" over a section is no "The National"
    if not known and " " not in name and in_dictionary(name) and not _host_names(name, numbered):
        # "By", "Cars": a word of the page's chrome, unless the page's own address is the word
        # ("Lantern" over links to lantern.example)
        return None
    if known or named_again or outlet_shaped or _CALL_SIGN.match(name):
        return Field(canonical_outlet(name, table), n, "masthead")
    return None


def _site_link(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the site name a page's chrome gives its home link or logo ("The Guardian - Back to home",
    "[![Image 1: Marathon Insider](/static/logo.svg)](/)")."""
    for n, text in numbered[:HEAD_MAX_LINES]:
        rem = removed.get(n)
        if not rem or rem.kind != "boilerplate":
            continue
        m = _HOME_LINK.match(plain_text(text)) or _LOGO.search(text)
        site = WELCOME.sub("", _LOGO_WORDS.sub("", m.group("site"))).strip() if m else ""
        named = _SLOGAN.sub("", site)
        if named != site and _named_home(named, n, numbered):
            site = named  # "Harbour Health: Better answers.", when the page names "Harbour Health" again
        if _FILE_NAME.search(site):
            continue  # "[![harbour_masthead_2x](...)](/)": the logo's file name for its text, no name
        if site and len(site.split()) <= SITE_NAME_MAX_WORDS:
            return Field(canonical_outlet(site, table), n, "site-logo-or-home-link")
    return None


#: A word joined to the next by an underscore: a file's name ("harbour_masthead_2x"), which no outlet's name is.
_FILE_NAME = re.compile(r"[^\W_]_[^\W_]")


#: The text of a Markdown line that is one link, or a heading of one: "[### Harbourgadget](/)".
_LINK_TEXT = re.compile(r"^(?:#{1,6}\s+)?\[(?:#{1,6}\s+)?(?P<site>[^\[\]]{2,60})\]\(")


def _home_link_name(numbered: list[tuple[int, str]], table: PublisherTable, lines: list[str]) -> Field | None:
    """Return the site's name a Markdown page's head links to its home page with ("[The Harbour
    Log](https://harbourlog.example)", "# [Life at Sea](/)"), when another line of the page names
    it again ("[Harbourgadget for phones](...)", a feed's "Harbour Log RSS Feed").

    The first link to the root of the page's own host (the one its links go to most) decides: a
    breadcrumb's root further down says "Main Blog". Links to another site are passed over (the
    owner's portal, "[Portal](https://portal.example)"; a share button), and so are the indented
    items of a menu's list ("  [Harbour Kids](/kids/)")."""
    own: str | None = None
    for n, text in numbered[:HEAD_MAX_LINES]:
        m = _LINK_TEXT.match(text)
        if not m or lines[n - 1][:1].isspace() or not is_home_link(text.lstrip("# ")):
            continue
        host = _link_host(text)
        if host:
            own = own or _most_linked_host(numbered)
            if host != own:
                continue
        site = m.group("site").strip(" #")
        if _named_home(site, n, numbered):
            return Field(canonical_outlet(site, table), n, "home-link-name")
        if _ROOT_LINK.search(text, m.end() - 2):
            return None  # the first link to the site's root decides
    return None


#: A Markdown link to a site's root: "](/)", "](https://example.org)", "](https://example.org/ "Home")".
_ROOT_LINK = re.compile(r"\]\((?:https?://[^/\s)]+)?/?[\s)]")


def _named_home(site: str, n: int, numbered: list[tuple[int, str]]) -> bool:
    """Tell a home link's words that name a site, which another line names again, from a menu's
    or a button's ("[Main](/)", "[PRIVACY POLICY](/privacy)": a word of the dictionary, a label
    in capitals, a section's name)."""
    words = site.split()
    return not (
        not re.match(r"[A-Z0-9]", site)
        or len(words) > SITE_NAME_MAX_WORDS
        or GENERIC_FIRST_WORD.match(site)
        or SECTION_WORDS.match(site)
        or (len(words) == 1 and in_dictionary(site))
        or (site.isupper() and len(site) > ACRONYM_MAX_LETTERS)
        or not lines_naming(normalise_line(site), numbered, skip=n)
    )


#: A Markdown link's address, also before the link's title: "](https://example.org "Visit us")".
_LINK_URL = re.compile(r"\]\((?P<url>https?://[^)\s]+)")


def _link_host(text: str) -> str | None:
    """Return the host of a line's first absolute link, without "www." (None for "[Name](/)")."""
    m = _LINK_URL.search(text)
    return host_of(m.group("url")) if m else None


def _most_linked_host(numbered: list[tuple[int, str]]) -> str | None:
    """Return the host a page's absolute links go to most often: its own, for a Markdown page."""
    counts: dict[str, int] = {}
    for _, text in numbered:
        if "](http" not in text:
            continue
        for m in _LINK_URL.finditer(text):
            if host := host_of(m.group("url")):
                counts[host] = counts.get(host, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _host_names(name: str, numbered: list[tuple[int, str]]) -> bool:
    """Tell whether the host a page links to most (its own, see `_most_linked_host`) spells the name
    as one of its labels: "Lantern" and "lantern.example", "The Harbour Gadgets" and
    "harbourgadgets.example"."""
    host = _most_linked_host(numbered)
    spelled = re.sub(r"[\W_]+", "", re.sub(r"^the\s+", "", name, flags=re.I)).lower()
    return bool(host and spelled) and spelled in host.lower().split(".")


def _holder_confirmed(found: Field, numbered: list[tuple[int, str]], table: PublisherTable) -> bool:
    """Tell whether the page confirms a copyright holder as its own brand: the table knows it, it is
    a web address or a name ending in an outlet word ("The Valley Ledger"), a line that is no
    copyright notice names it too (a masthead, a menu, a "Contact Harbourgadgets" link), or the
    page's own host spells it (`_host_names`). A name only its notice gives ("(c) 2012 Examplecorp")
    is as often the owner company or a network over a site of another name as the site's own."""
    name = found.value or ""
    if table.lookup_name(name) or WEB_NAME.fullmatch(name) or ends_in_outlet_word(name):
        return True
    named = lines_naming(normalise_line(name), numbered, skip=found.line or 0)
    return any(not _copyright_notice(t) for _, t in named) or _host_names(name, numbered)


#: A whole page's masthead may show the site's address in its bar of the day's date ("MalaysiaSun.com
#: Thursday 17th January 2008 Issue 1365"), within this many non-blank lines of its top and above the
#: headline. (An address alone on a line there names a sister site, an advertiser or a menu's link
#: as often as the site itself: on the tune pages "WICKEDLOCAL.COM" over a newspaper's masthead.)
MASTHEAD_ADDRESS_MAX_LINES = 12


def _masthead_address(
    numbered: list[tuple[int, str]],
    removed: dict[int, Removal],
    table: PublisherTable,
    lines: list[str],
    title: Field | None,
) -> Field | None:
    """Return the site a masthead's date bar names by its web address, the line's first words."""
    headline, first = head_anchors(numbered, removed, title.line if title else None)
    for n, text in numbered[1:MASTHEAD_ADDRESS_MAX_LINES]:
        if n >= (headline or first):
            break
        plain = plain_text(text).strip(" |")
        m = WEB_NAME.match(plain)
        rest = plain[m.end() :].strip(" |") if m else ""
        if m and n in removed and rest and find_dates(rest):
            return Field(outlet_for_address(m.group(0), table, lines), n, "masthead-address")
    return None


#: A logo's text may add the site's slogan after its name: "Harbour Health: Better answers." (a
#: colon or a dash, then words; the name is read alone when another line of the page names it).
_SLOGAN = re.compile(r"(?::|\s+[–—|-])\s+\w.*$")


#: What a logo's text says of itself rather than of the site: "[![HOME](logo.png)]", "Planetizen Home".
#: (The spaces before the word open at a run's first space: searched from each space of a long
#: run they were quadratic.)
_LOGO_WORDS = re.compile(r"(?:^|(?<!\s)\s++)(?:home(?:\s*page)?|logo|header|banner)$", re.I)


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
            if outlet_worded(words) or _OWNER_ENDING.search(name) or re.search(r"\b(?:Group|Media)$", name):
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


def _reader_title_site(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> Field | None:
    for n, text in numbered[:HEAD_MAX_LINES]:
        rem = removed.get(n)
        m = _READER_TITLE.match(text)
        if rem and rem.rule == "reader-mode-header" and m and len(m.group("site").split()) <= SITE_NAME_MAX_WORDS:
            return Field(canonical_outlet(m.group("site"), table), n, "reader-mode-title")
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


def _copyright_holders(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> list[tuple[Field, bool, bool]]:
    """Return the holders the page's copyright lines name, in order: each with whether it reads as
    a brand (not an owner company), and whether it is a wire or a syndication agency. A notice
    found only by its mark and year inside a kept line comes after the page's footer notices."""
    found: list[tuple[Field, bool, bool]] = []
    inline: list[tuple[Field, bool, bool]] = []  # the notices inside kept lines of other text
    words = WordLines(numbered)  # (read only if a holder is an acronym)
    for n, text in numbered:
        rem = removed.get(n)
        m = _copyright_notice(text)
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
        target = inline if by_mark else found
        address = WEB_NAME.match(text, m.start("name"))
        if address:  # "© 2008 Earthtimes.org": the site's own address
            name = address.group(0)
            target.append(
                (Field(outlet_for_address(name, table), n, "copyright-line"), True, names_a_wire(name, table))
            )
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
        # names an outlet the table knows ("© The Washington Post Company").
        if not known and not _NOTICE.search(text):
            continue
        if known and not _namesakes_owner(name, table):
            target.append((Field(known, n, "copyright-line"), True, wire))
        elif known:
            # "Indian Express Newspapers (Mumbai) Ltd": the owner company of a known outlet and of
            # its sister sites, not the site's own name.
            target.append((Field(canonical_outlet(name, table), n, "copyright-line"), False, wire))
        elif _OWNER_ENDING.search(name) and (brand := _CORPORATE.sub("", name).strip(" .,")) and brand != name:
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
#: its rights notice, see `_rights_holder_brand`).
_COMPANY_LAST_WORD = re.compile(r"(?:Digital|Media|Group|Interactive|Networks|Ventures)$")


#: A notice naming several holders: "© WorldNow, WTNH, and Example Press", "© WorldNow and KXYZ". An
#: ampersand joins one brand's name ("© 2008 Rod & Reel Weekly"), not two holders.
_MORE_HOLDERS = re.compile(r"^\s*,\s*(?:and\s+)?[A-Z]")
_AND_HOLDER = re.compile(r"\sand\s+[A-Z]")


#: A holder cut at an initial's full stop: "© 2007 The E.W. Scripps Co." read as "The E".
_CUT_AT_INITIAL = re.compile(r"(?:^|\s)[A-Z](?:\.[A-Z])*$")


def _owner_or_several(name: str, after: str) -> bool:
    """Tell a holder that is not the site's masthead: an owner company by its last word, one of
    several holders the notice names (the site's vendor and the site), or a name cut at an initial."""
    several = bool(_MORE_HOLDERS.match(after) and not _LEGAL_FORM_AFTER.match(after)) or bool(_AND_HOLDER.search(name))
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


#: A holder's name ends in a word or a channel's number ("Channel 4", "KTVZ 21"); a longer number
#: after it is other text the footer runs into (a page's render time, a telephone number).
_RUN_ON_NUMBER = re.compile(r"\s\d{3,}$")


_DECIMAL = re.compile(r"\d\.\d")  # (a name cut at a decimal point, "... 1594.238 ms", ran into a number)


def _fact_check(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.rule == "fact-check-credit":
            m = _FACT_CHECK.match(text)
            if m:
                return Field(canonical_outlet(_ORG_SUFFIX.sub("", m.group("name")), table), n, "fact-check-credit")
    return None


#: Verbs and labels that open an appeal, never an outlet's name: "Get Malaysia Sun headlines",
#: "Subscribe Today", "Submit Press".
_APPEAL_VERBS = r"subscribe|sign|get|join|follow|read|watch|support|donate|submit|place|register|download|visit"
_LEADING_GENERIC = re.compile(
    rf"^(?:(?:{_APPEAL_VERBS}|more|latest|top|breaking|special)(?:\s+(?:up|in|on))?\s+)+",  # the verb's particle too: "Sign Up Today!"
    re.I,
)


#: A button's label opens with an appeal's verb: "Follow Harbour Log", "Subscribe Now" (no masthead).
_BUTTON = re.compile(rf"^(?:{_APPEAL_VERBS})\b", re.I)


#: A line that asks the reader something (see `_ASKING_RULES`).
_ASKING = re.compile(rf"\b(?:{_APPEAL_VERBS}|subscription|delivery|save|off)\b", re.I)


def _self_named(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for i, (n, text) in enumerate(numbered):
        rem = removed.get(n)
        if not rem or rem.rule not in _APPEAL_RULES or _in_list_of_names(i, numbered):
            continue
        if rem.rule not in _ASKING_RULES and _heading(text) and not _ASKING.search(text):
            continue  # "Talking News", "IT Media Releases": a block's heading or link, which asks nothing
        for m in _SELF_NAMED.finditer(text):
            name = _LEADING_GENERIC.sub("", m.group("name").strip())
            if GENERIC_FIRST_WORD.match(name) and not table.lookup_name(name):
                continue  # "Local News", "World News": a section
            if len(name.split()) < 2:  # a lone "Register", "Mail" or "Press" is a word, not a name
                continue
            if (
                not re.match(r"^(The\s+)?(Daily|Weekly|Free|Breaking|Latest|Top|Our)\b", name)
                or table.lookup_name(name)
            ) and _appeal_names_site(canonical := canonical_outlet(name, table), text, table):
                return Field(canonical, n, "self-named-in-appeal")
        known = table_name_in(text, table)
        if known and _appeal_names_site(known, text, table):
            return Field(known, n, "outlet-named-in-appeal")
    return None


def _in_list_of_names(i: int, numbered: list[tuple[int, str]]) -> bool:
    """Tell a line that is an outlet's name alone next to another such line: a list of a group's
    titles or sister sites ("Valley Online" over "Valley News" and "Harbour Star"), any of which may
    be the page's own, not an appeal in which the site names itself."""

    def alone(j: int) -> bool:
        return 0 <= j < len(numbered) and bool(_SELF_NAMED.fullmatch(plain_text(numbered[j][1]).strip(" |*-")))

    return alone(i) and (alone(i - 1) or alone(i + 1))


def _appeal_names_site(outlet: str, text: str, table: PublisherTable) -> bool:
    """Tell an outlet an appeal names as the site: not a wire ("a subscription with the Press
    Association site": its copy's), unless the appeal gives its address ("access to Reuters.com")."""
    return table.kinds.get(outlet) != "wire" or any(
        table.lookup_domain(m.group(0).lower()) == outlet for m in WEB_NAME.finditer(text)
    )


#: A site describing itself in its chrome: "stories and columns from the day's print edition of
#: The Cameron Sun", "the online edition of The Harbour Ledger".
_EDITION_OF = re.compile(r"\bedition of\s+(?P<name>(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})")


#: A line about the site itself, kept or not: "This site is updated by 4 a.m. each day ...".
_THIS_SITE = re.compile(r"\bthis (?:site|website|web site)\b", re.I)


#: A site's search box names the site: "Search Tidenet", "| Search HarbourWire |" (a cell or line of its own).
_SEARCH_BOX = re.compile(r"(?:^|\|)\s*Search\s+(?P<name>[A-Za-z0-9][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s*(?:\||$)")


def _site_description(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> Field | None:
    """Return the site a line of the page's chrome names as itself: the paper whose edition the site
    carries (a name the table knows or ending in an outlet word), or the name in its search box (a
    name the table knows, a web address or a coined name, which another line of the page repeats:
    "Search the Web", "Search Archives" name no site). Wires and agencies are never the site."""
    for n, text in numbered:
        rem = removed.get(n)
        plain = plain_text(text)
        chrome = bool(rem and rem.kind == "boilerplate")
        if not chrome and not _THIS_SITE.search(plain):
            continue
        for m in _EDITION_OF.finditer(plain) if "edition of" in plain else ():
            name = m.group("name").rstrip(".,")
            if (table.lookup_name(name) or outlet_worded(name.split())) and not names_a_wire(name, table):
                return Field(canonical_outlet(name, table), n, "edition-of-site")
        m = _SEARCH_BOX.search(plain.replace("\\|", "|")) if chrome and "Search" in plain else None
        if not m or names_a_wire(m.group("name"), table):
            continue
        name = m.group("name").rstrip(".,")
        words = name.split()
        coined = len(words) == 1 and is_coined(name) and not in_dictionary(name)  # ("Search for": a word)
        shaped = table.lookup_name(name) or WEB_NAME.fullmatch(name) or coined
        if shaped and lines_naming(normalise_line(name), numbered, skip=n):
            return Field(canonical_outlet(name, table), n, "search-box-site")
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
