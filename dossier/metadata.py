"""Read front-matter values from what the text says: date, author, publisher, url, citations.

Each value is a `Field` carrying the line it came from and the rule that found it. Nothing is
guessed: when no rule finds a value it stays None. Every rule below reads explicit evidence.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

from .clean import Cleaned, normalise_line, plain_text
from .dates import date_in_url, date_only, find_dates, is_stamp, stamp_dates
from .model import Field, Removal
from .publishers import PublisherTable, default_publishers
from .urls import http_url

#: Dates, bylines and datelines sit at the head of an article: above its first paragraph of
#: prose (at least HEAD_PROSE_WORDS words), and in any case within the first HEAD_MAX_LINES lines
#: (whole-page dumps put up to ~20 lines of banners and navigation above the headline).
HEAD_PROSE_WORDS = 20
HEAD_MAX_LINES = 40
#: "— Jane Doe (@jdoe) March 3, 2021": the date of a quoted tweet.
_TWEET = re.compile(r"\(@\w+\)|pic\.twitter\.com|twitter\.com/\w+/status", re.I)
#: Lines removed by these rules hold the page's own stamps (a caption's or a related item's date
#: is never read: those lines are removed by other rules).
_STAMP_RULES = frozenset({"date-line", "date-stamp", "byline"})
_PUBLISHED_TIME = re.compile(r"^published time\s*:", re.I)
_DATELINE_DATE = re.compile(r"^[A-Z][A-Z .,'-]{2,40},?\s+(?P<rest>.{0,40}?)\s*(\([A-Za-z .&-]+\))?\s*[-–—]")
_NAME_WORD = (
    r"(?!(?:In|On|At|For|From|With|Updated|Published|Posted|Staff|Reporter|Correspondent|Editor)\b)[A-Z][\w'’.-]*"
)
_NAME = rf"[A-Z][\w'’.-]+(?:\s+(?:{_NAME_WORD}|de|van|von|da|del|al|bin|la|le)){{1,3}}"
_NAMES = rf"(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
_BYLINE = re.compile(rf"^(?:By|BY|By:|by:|(?i:written by|words by|story by|author:|posted by))\s*{_NAMES}")
_BARE_BYLINE = re.compile(rf"^{_NAMES}\s*$")
#: "March 5, 2024 by Jane Doe": the byline at the end of a date stamp.
_STAMP_BYLINE = re.compile(rf"\s(?:by|By|BY)\s+{_NAMES}\s*$")
#: "Richard Partington Economics correspondent": the name before a desk and a role.
_NAME_BEFORE_ROLE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}?)\s*[,|·]?\s+(?:[A-Z][\w&-]*\s+){0,3}"
    r"(?i:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|analyst|critic|chief|staff)$"
)
#: Words that name a section, not a site: a masthead line reading "News" or "World" is a menu item.
_SECTION_WORDS = re.compile(
    r"^(home|news|world|politics|business|opinion|sport|sports|tech|technology|science|health|entertainment|"
    r"lifestyle|culture|local|video|videos|more|menu|weather|traffic|live|watch live|latest|search|sign in|"
    r"subscribe|log in|register|edition|us|uk|europe|asia|africa|americas|australia)$",
    re.I,
)
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
#: Accounts and desks are not people: "By Staff Reporter", "Posted by Admin Team".
_NOT_A_PERSON = re.compile(
    r"\b(admin|administrator|staff|desk|team|newsroom|editors?|editorial|reporter|correspondent|agency|wire|webmaster)\b",
    re.I,
)
_AUTHOR_BOX = re.compile(r"^about\s+(?P<name>.+?)\s+[\d,]+\s+(articles?|posts?|stories)$", re.I)
_FACT_CHECK = re.compile(r"^fact[- ]?check(?:ed)? by\s+(?P<name>.+?)\s*$", re.I)
#: "© 2016 ABC News.", "©2024 Bloomberg L.P.", "Copyright 2023 Nexstar Media Inc. All rights
#: reserved.": the name runs to the first full stop that ends a word, not an abbreviation's.
_COPYRIGHT = re.compile(
    r"(?:©|&copy;|\(c\)|copyright)\s*(?:©|&copy;)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?P<name>[A-Z](?:[^.|,;]|\.(?=[A-Za-z]\.|[A-Za-z]\b))*?)\.?(?:\.|,|;|\||\s+all rights reserved|$)",
    re.I,
)
#: Corporate suffixes name an owner, not a masthead: "Nexstar Media Inc", "ABC News Internet Ventures".
_CORPORATE = re.compile(
    r"(?:[\s,]+(?:inc|incorporated|ltd|limited|llc|l\.?l\.?c|l\.?p|plc|corp|corporation|co|company|gmbh|s\.?a|ag|"
    r"group|holdings|media|internet ventures|digital|publishing|publications|enterprises|interactive))+\.?$",
    re.I,
)
#: "(CNN) —", "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —", "(Bloomberg) --".
_WIRE_DATELINE = re.compile(r"^(?:[A-Z][\w .,'’/-]{0,60}?\s)?\((?P<name>[A-Z][A-Za-z .&-]{1,30})\)\s*(?:-{1,2}|[–—])")
#: A reader-mode header's page title ends with the site's name: "Title: Headline | Site".
_READER_TITLE = re.compile(r"^title\s*:\s*(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—]{2,60}?)\s*$", re.I)
#: A headline carrying the site's name as a suffix: "Headline | Site", "Headline - Site".
_TITLE_SUFFIX = re.compile(r"^(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,60}?)\s*$")
#: A site's name is a few words; a longer suffix is part of the headline.
SITE_NAME_MAX_WORDS = 5
_HOME_LINK = re.compile(r"^(?P<site>[A-Z][^|–—]{1,60}?)\s*[-–—|:]\s*(?:back to )?home(?:page)?$", re.I)
_LOGO = re.compile(r"!\[(?:image \d+:\s*)?(?P<site>[^\]]{2,60}?)(?:\s+logo)?\]\([^)]*logo[^)]*\)", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.I)
#: Personal webmail: an address there says nothing about who publishes the page.
_WEBMAIL = re.compile(
    r"(?:^|\.)(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|aol|msn|icloud|me|mac|proton|protonmail|pm|"
    r"gmx|mail|yandex|zoho|fastmail|hey|tutanota)\.[a-z.]+$",
    re.I,
)
_URL = re.compile(r"https?://[^\s)\]>\"']+", re.I)
_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>https?://[^)\s]+)\)")
_OUTLET_WORDS = (
    r"News|Times|Post|Journal|Herald|Tribune|Gazette|Voice|Daily|Review|Monitor|Telegraph|Guardian|"
    r"Independent|Insider|Wire|Today|Weekly|Magazine|Media|Network|Report|Chronicle|Observer|Standard|"
    r"Express|Mail|Mirror|Star|Sun|Press|Examiner|Inquirer|Dispatch|Register|Bulletin|Courier|Sentinel|"
    r"Record|Ledger|Globe|Digest|Radio|TV|Broadcasting|Agency|Online"
)
_OUTLET_WORD = re.compile(rf"\b(?:{_OUTLET_WORDS})\b")
#: An outlet naming itself in an appeal: "Israel365 News is the only media outlet ...",
#: "Subscribe to The Daily Beacon", "Support Example Voice".
_SELF_NAMED = re.compile(rf"(?P<name>(?:The\s+)?(?:[A-Z][\w'’&-]*\s+){{0,3}}(?:{_OUTLET_WORDS}))\b")
#: A run of capitalised words (or words with digits) that may be an outlet's name in the table:
#: "FRANCE 24", "Reuters.com", "Bloomberg".
_DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[a-z]{2,})+$", re.I)
_CAPITALISED_RUN = re.compile(r"(?:\b[A-Z0-9][\w.&'’-]*[\w&]|\b[A-Z])(?:\s+(?:[A-Z0-9][\w.&'’-]*[\w&]|[A-Z]|&))*")
#: Appeals and the chrome around them: lines where a site names itself.
#: (Not share bars: "Follow us on Google News" names a platform.)
_APPEAL_RULES = frozenset({"subscription", "donation", "trailing-block", "section-block"})
_IMAGE_URL = re.compile(r"\.(jpe?g|png|gif|webp|svg)(\?|$)", re.I)
_ORG_SUFFIX = re.compile(r"\s+(community|team|staff|desk|editors?|editorial (board|team)|newsroom)$", re.I)
#: Press-release furniture: on such a page the publisher is the issuer its "About" section names.
_PRESS_RELEASE = re.compile(
    r"^(?:(?:for immediate release|news release|press release|(?:media|press) (?:contact|inquiries|enquiries))\b"
    r"|#{3}\s*$|-\s*30\s*-\s*$)",
    re.I,
)
#: Site signatures: a page layout that names its publisher (a mirror of the Current Events Portal).
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_STEM_AND_OUTLET_WORD = re.compile(rf"^(?P<stem>[a-z]{{3,}}?)(?P<word>{_OUTLET_WORDS.lower()})$")
_URL_LINE = re.compile(
    r"^(?:source|url|url source|url to article|link|originally published at|canonical|permalink)\s*:?\s*(?P<url>https?://\S+)$",
    re.I,
)
_SOURCE_CREDIT = re.compile(r"^source\s*:\s*(?P<names>.+)$", re.I)
_ABOUT_LINE = re.compile(r"^About\s+(?P<name>.+?)\s*:?$")
_SIGNATURES = ((re.compile(r"^Formats:\s*\[HTML\]\(/news/\d{4}/\d\d?/\d\d?/"), "Wikipedia Current Events Portal"),)


def extract_metadata(lines: list[str], cleaned: Cleaned, table: PublisherTable | None = None) -> dict[str, Field]:
    """Return title, publisher, date, author and url, each with the line and rule it came from."""
    table = table or default_publishers()
    removed = {r.line: r for r in cleaned.removed}
    url = extract_url(lines, removed)
    author = extract_author(lines, removed, table)
    publisher = extract_publisher(lines, removed, table, url.value, author.value)
    return {
        "title": _decoded(_without_site_suffix(cleaned.title, publisher, table)),
        "publisher": _decoded(publisher),
        "date": extract_date(lines, removed, url.value),
        "author": _decoded(author),
        "url": url,
    }


def _decoded(found: Field) -> Field:
    """Return the value as the reader sees it: HTML entities decoded ("Ledgerline&#8217;s")."""
    return replace(found, value=html.unescape(found.value)) if found.value else found


def _without_site_suffix(title: Field, publisher: Field, table: PublisherTable) -> Field:
    """Drop a " | Site" suffix from a headline when the suffix is the publisher's name."""
    m = _TITLE_SUFFIX.match(title.value or "")
    if not m or len(m.group("site").split()) > SITE_NAME_MAX_WORDS:
        return title
    site = m.group("site")
    if table.lookup_name(site) or (publisher.value and normalise_line(site) == normalise_line(publisher.value)):
        return replace(title, value=m.group("title"))
    return title


def _numbered(lines: list[str], only: Iterable[int] | None = None) -> Iterable[tuple[int, str]]:
    numbers = only if only is not None else range(1, len(lines) + 1)
    for n in numbers:
        text = lines[n - 1].strip()
        if text:
            yield n, text


def _head(lines: list[str], removed: dict[int, Removal]) -> list[int]:
    """Return the numbers of the head's lines: down to the first paragraph of prose, inclusive."""
    head = []
    for n, text in _numbered(lines, range(1, min(len(lines), HEAD_MAX_LINES) + 1)):
        head.append(n)
        if n not in removed and len(text.split()) >= HEAD_PROSE_WORDS:
            break
    return head


def extract_date(lines: list[str], removed: dict[int, Removal], url: str | None = None) -> Field:
    """Return the publication date.

    In order: a publication stamp at the head (a date line, "Published ...", a byline's date, the
    part of "Feb 13, 2024 · Updated Feb 14, 2024" before the update); a dateline's date; a date in
    the url path; and, only when the page has no other stamp, its "Updated" stamp (AP pages carry
    nothing else). Captions, tweets and relative days ("on Friday", "2 hours ago") give nothing.
    """
    updated: Field | None = None
    dateline: Field | None = None
    for n in _head(lines, removed):
        text = lines[n - 1].strip()
        rem = removed.get(n)
        # Captions, related items and other chrome carry other things' dates.
        if (rem and rem.kind != "metadata") or _TWEET.search(text):
            continue
        stamp = (
            bool(rem and rem.rule in _STAMP_RULES)
            or bool(_PUBLISHED_TIME.match(text))
            or is_stamp(text)
            or bool(date_only(text))
        )
        if stamp:
            published, update = stamp_dates(text)
            if published:
                rule = rem.rule if rem and rem.rule != "date-line" else "date-line"
                return Field(published.isoformat(), n, rule if rule == "date-line" else f"{rule}-date")
            if update and updated is None:
                updated = Field(update.isoformat(), n, "updated-stamp")
            continue
        dl = _DATELINE_DATE.match(text)
        if dl and not rem and dateline is None:
            dates = find_dates(dl.group("rest"))
            if dates:
                dateline = Field(dates[0][1].isoformat(), n, "dateline")
    if dateline:
        return dateline
    when = date_in_url(url or "")
    if when:
        return Field(when.isoformat(), None, "url-path")
    return updated or Field()


def extract_author(lines: list[str], removed: dict[int, Removal], table: PublisherTable | None = None) -> Field:
    """Return the author from a byline or an author box; never a fact checker, photographer or account.

    Several bylined people are joined with "and"; a job title ("Health Correspondent"), a desk or
    account ("Staff", "admin") and an outlet after the name ("By Jane Doe, Reuters") are dropped.
    """
    table = table or default_publishers()
    for n, text in _numbered(lines, sorted(removed)):
        rule = removed[n].rule
        plain = plain_text(text)
        if rule == "byline":
            if removed[n].evidence.startswith("the writer's desk"):
                continue
            m = (
                _BYLINE.match(plain)
                or _BARE_BYLINE.match(plain)
                or _NAME_BEFORE_ROLE.match(plain)
                or _STAMP_BYLINE.search(plain)
            )
        elif rule == "author-box":
            m = _AUTHOR_BOX.match(plain)
        else:
            continue
        names = (
            [p for p in _split_names(m.group("name")) if not _NOT_A_PERSON.search(p) and not table.lookup_name(p)]
            if m
            else []
        )
        if names:
            return Field(" and ".join(_name_case(p) for p in names), n, rule)
    return Field()


def _split_names(names: str) -> list[str]:
    names = re.split(r"\s*[|,]\s*(?=[\w.+-]+@|\S+\.\w{2,}$)", names.strip())[0].strip(" ,|")
    return [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", names) if p.strip()]


def _name_case(name: str) -> str:
    # Upper-case bylines ("By REBECCA SANTOS") are a style, not the spelling of the name.
    return re.sub(r"\b[A-Z][A-Z'’-]+\b", lambda m: m.group(0).capitalize() if len(m.group(0)) > 2 else m.group(0), name)


def extract_url(lines: list[str], removed: dict[int, Removal]) -> Field:
    """Return the article's canonical url: the first source link of a mirror page, or a url line."""
    for n, text in _numbered(lines, sorted(removed)):
        if removed[n].rule != "sources-list":
            continue
        for m in _MD_LINK.finditer(text):
            if not _IMAGE_URL.search(m.group("url")) and "image" not in m.group("text").lower():
                if url := http_url(m.group("url")):  # a URL that parses as http(s) with a host, or none
                    return Field(url, n, "sources-list")
    for n, text in _numbered(lines):
        m = _URL_LINE.match(text)
        if m and (url := http_url(m.group("url").rstrip(".,;"))):
            return Field(url, n, "url-line")
    return Field()


def extract_citations(lines: list[str], removed: Iterable[Removal]) -> tuple[str, ...]:
    """Return the links a page lists as its sources (not images), in order."""
    found = []
    for rem in removed:
        if rem.rule == "sources-list":
            found += [m.group("url") for m in _MD_LINK.finditer(rem.text) if not _IMAGE_URL.search(m.group("url"))]
    return tuple(dict.fromkeys(found))


def extract_publisher(
    lines: list[str],
    removed: dict[int, Removal],
    table: PublisherTable,
    url: str | None = None,
    author: str | None = None,
) -> Field:
    """Return the outlet as the text names it, normalised through the outlet table.

    Evidence, strongest first:

    1. a site signature (a mirror's page layout);
    2. a press release's closing "About <issuer>" section: the issuer publishes a release, also
       on a distribution service's page;
    3. the masthead above the headline, when confirmed (see `_masthead`); the site name in a home
       link or logo ("The Guardian - Back to home"); a reader-mode title's " | Site" suffix;
    4. an outlet named after the byline ("By Jane Roe | Fox News") or on the desk line under it;
    5. a copyright line naming a brand ("© 2016 ABC News"), unless it names the wire whose
       dateline the story carries (wire copy republished) or the author (a newsletter's);
    6. a "Fact checked by" credit; an appeal in which the site names itself ("Subscribe to the
       X", "the FRANCE 24 app"); a wire dateline ("(CNN) —"); the domain of an e-mail address in
       a contact line (never a webmail domain); a closing "Source: X" credit;
    7. a copyright line naming an owner ("Nexstar Media Inc") or that wire; the url's domain; a
       photo credit naming a known outlet that is not a photo agency.
    """
    numbered = list(_numbered(lines))
    for n, text in numbered:
        for signature, name in _SIGNATURES:
            if signature.search(text):
                return Field(name, n, "site-signature")
    found = (
        _press_release_issuer(numbered, removed, table)
        or _masthead(numbered, removed, table)
        or _site_link(numbered, removed, table)
        or _reader_title_site(numbered, removed, table)
        or _byline_desk(numbered, removed, table)
    )
    if found:
        return found
    dateline = _wire_dateline(numbered, removed, table)
    copyright = _copyright(numbered, removed, table)
    if copyright and author and normalise_line(copyright[0].value or "") in normalise_line(author):
        copyright = None
    if copyright and copyright[1] and (not dateline or dateline.value != copyright[0].value):
        return copyright[0]
    found = _fact_check(numbered, removed, table) or _self_named(numbered, removed, table) or dateline
    found = found or _email_domain(numbered, removed, table, lines) or _source_line(numbered, removed, table)
    if found:
        return found
    if copyright:
        return copyright[0]
    if url:
        name = table.lookup_domain(urlsplit(url).hostname or "")
        if name:
            return Field(name, None, "url-domain")
    return _photo_credit(numbered, removed, table) or Field()


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
    if not re.match(r"^[A-Z0-9]", name) or not re.search(r"[A-Za-z]{2}", name) or _SECTION_WORDS.match(name):
        return None
    key = normalise_line(name)
    named_again = any(
        m != n and m in removed and normalise_line(t) != key and re.search(rf"\b{re.escape(key)}\b", normalise_line(t))
        for m, t in numbered
    )
    outlet_shaped = len(name.split()) >= 2 and _OUTLET_WORD.search(name)
    if table.lookup_name(name) or named_again or outlet_shaped or _CALL_SIGN.match(name):
        return Field(_canonical_outlet(name, table), n, "masthead")
    return None


def _site_link(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the site name a page's chrome gives its home link or logo ("The Guardian - Back to home",
    "[![Image 1: Marathon Insider](/static/logo.svg)](/)")."""
    for n, text in numbered[:HEAD_MAX_LINES]:
        rem = removed.get(n)
        if not rem or rem.kind != "boilerplate":
            continue
        m = _HOME_LINK.match(plain_text(text)) or _LOGO.search(text)
        if m and len(m.group("site").split()) <= SITE_NAME_MAX_WORDS:
            return Field(_canonical_outlet(m.group("site"), table), n, "site-logo-or-home-link")
    return None


def _byline_desk(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the outlet a byline names after the writer ("By Jane Roe | Fox News", "By X, CNN") or
    its desk line does ("BBC News, Oslo")."""
    for n, text in numbered:
        rem = removed.get(n)
        if not rem or rem.rule != "byline":
            continue
        if rem.evidence.startswith("the writer's desk"):
            known = _table_name_in(text, table, skip_first_word=False)
        else:
            m = _BYLINE.match(plain_text(text))
            tail = plain_text(text)[m.end() :] if m else ""
            after = re.match(r"^\s*(?:[|,·•–—-]|for\b)", tail, re.I)
            known = _table_name_in(tail, table, skip_first_word=False) if after else None
        if known:
            return Field(known, n, "byline-outlet")
    return None


def _source_line(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the outlet a closing "Source: Al Jazeera and news agencies" credit names first."""
    for n, text in numbered:
        rem = removed.get(n)
        m = _SOURCE_CREDIT.match(text)
        if rem and rem.kind == "boilerplate" and m:
            known = _table_name_in(m.group("names"), table, skip_first_word=False)
            if known:
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
            return Field(_canonical_outlet(m.group("site"), table), n, "reader-mode-title")
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
            full = next((r.group(0) for r in _CAPITALISED_RUN.finditer(paragraph) if r.group(0).startswith(name)), name)
            return Field(_canonical_outlet(full, table), n, "press-release-issuer")
    return None


def _copyright(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> tuple[Field, bool] | None:
    """Return the copyright holder, and whether it reads as a brand (not an owner company)."""
    for n, text in numbered:
        rem = removed.get(n)
        if not rem or rem.rule != "legal-footer":
            continue
        m = _COPYRIGHT.search(text)
        if not m or re.match(r"(all rights|the author)", m.group("name"), re.I):
            continue
        name = m.group("name").strip(" .,:;")
        known = _known_prefix(name, table)
        if known:
            return Field(known, n, "copyright-line"), True
        brand = _CORPORATE.sub("", name).strip(" .,")
        if brand and brand != name:
            return Field(_canonical_outlet(brand, table), n, "copyright-line"), False
        return Field(_canonical_outlet(name, table), n, "copyright-line"), True
    return None


def _known_prefix(name: str, table: PublisherTable) -> str | None:
    """Return the outlet the table knows under the longest leading words of `name` ("ABC News Internet Ventures")."""
    words = name.split()
    for i in range(len(words), 0, -1):
        found = table.lookup_name(" ".join(words[:i]))
        if found:
            return found
    return None


def _fact_check(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.rule == "fact-check-credit":
            m = _FACT_CHECK.match(text)
            if m:
                return Field(_canonical_outlet(_ORG_SUFFIX.sub("", m.group("name")), table), n, "fact-check-credit")
    return None


def _self_named(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for n, text in numbered:
        rem = removed.get(n)
        if not rem or rem.rule not in _APPEAL_RULES:
            continue
        for m in _SELF_NAMED.finditer(text):
            name = m.group("name").strip()
            if len(name.split()) < 2:  # a lone "Register", "Mail" or "Press" is a word, not a name
                continue
            if not re.match(r"^(The\s+)?(Daily|Weekly|Free|Breaking|Latest|Top|Our)\b", name) or table.lookup_name(
                name
            ):
                return Field(_canonical_outlet(name, table), n, "self-named-in-appeal")
        known = _table_name_in(text, table)
        if known:
            return Field(known, n, "outlet-named-in-appeal")
    return None


def _table_name_in(text: str, table: PublisherTable, skip_first_word: bool = True) -> str | None:
    """Return an outlet of the table named by a run of capitalised words, longest first.

    A single word that opens the line is skipped: appeals open with a capitalised verb
    ("Subscribe", "Today").
    """
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        domain = next((w for w in words if _DOMAIN_NAME.match(w)), None)
        if domain and table.lookup_domain(domain.lower()):  # "By Jane Doe For Dailymail.com"
            return table.lookup_domain(domain.lower())
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                if skip_first_word and size == 1 and i == 0 and m.start() == 0:
                    continue
                found = table.lookup_name(" ".join(words[i : i + size]))
                if found and (size > 1 or _is_name_token(words[i], found)):
                    return found
    return None


def _is_name_token(word: str, outlet: str) -> bool:
    """Tell whether one word names the outlet by itself: its own name ("Bloomberg"), an acronym
    ("AFP") or a domain ("Reuters.com"); a plain word that is also an alias ("Today", "Insider",
    "Sun") is a word."""
    return word == outlet or (word.isupper() and len(word) > 1) or bool(re.search(r"[\d.]", word))


def _wire_dateline(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for n, text in numbered[:HEAD_MAX_LINES]:
        m = _WIRE_DATELINE.match(text)
        if m and n not in removed:
            return Field(_canonical_outlet(m.group("name"), table), n, "wire-dateline")
    return None


def _email_domain(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable, lines: list[str]
) -> Field | None:
    for n, text in numbered:
        rem = removed.get(n)
        if not rem or rem.kind != "boilerplate":
            continue
        for m in _EMAIL.finditer(text):
            domain = m.group("domain").lower()
            if _WEBMAIL.search(domain):
                continue
            name = table.lookup_domain(domain)
            if name:
                return Field(name, n, "e-mail-domain")
            name = _name_for_domain(domain, lines)
            if name:
                return Field(_canonical_outlet(name, table), n, "e-mail-domain")
    return None


def _name_for_domain(domain: str, lines: list[str]) -> str | None:
    """Return the outlet's name that a domain spells: as the page writes it, else split at an outlet word.

    "newsdesk@skywardnews.com" gives "Skyward News"; a domain that spells no outlet gives None.
    """
    label = domain.split(".")[-2] if domain.count(".") >= 1 else domain
    label = _NOT_ALNUM.sub("", label)
    for m in _CAPITALISED_RUN.finditer("\n".join(lines)):
        words = m.group(0).split()
        # Words i..j spell the label when their letters and digits, lowercased, do: the words are
        # folded one by one, and a run of words already longer than the label ends the search.
        folded = [_NOT_ALNUM.sub("", w.lower()) for w in words]
        for i in range(len(words)):
            spelled = ""
            for j in range(i + 1, len(words) + 1):
                spelled += folded[j - 1]
                if spelled == label:
                    return " ".join(words[i:j])
                if len(spelled) > len(label):
                    break
    m = _STEM_AND_OUTLET_WORD.match(label)
    if m:
        return f"{m.group('stem').capitalize()} {m.group('word').capitalize()}"
    return None


def _canonical_outlet(name: str, table: PublisherTable) -> str:
    name = name.strip(" .,:;")
    return table.lookup_name(name) or name
