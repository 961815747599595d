"""Read front-matter values from what the text says: title, publisher, date, author, url, citations.

The readers live in modules of their own: the headline in `titles`, the date in `stamps`, the
author in `bylines`, the publisher in `sitenames` (with `titlesite` and `outletnames`; what
they share about a page's head in `pagehead`); the url and the citations, and putting the values together, here.

Each value is a `Field` carrying the line it came from and the rule that found it. Nothing is
guessed: when no rule finds a value it stays None. Every rule below reads explicit evidence.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .bylines import extract_author
from .clean import Cleaned
from .lineshapes import link_matches
from .linetext import normalise_line
from .model import Field, Removal
from .outletnames import SITE_NAME_MAX_WORDS, address_abbreviates
from .pagehead import WEB_NAME, PageLines, numbered_lines
from .publishers import PublisherTable, default_publishers
from .sitenames import extract_publisher
from .stamps import extract_date, page_stamps
from .titles import BYLINE_OPENER, judged_title
from .urls import http_url

#: A headline carrying the site's name as a suffix: "Headline | Site", "Headline - Site",
#: "Headline · Site" (the separators `titlesite` reads a <title>'s site part at). The
#: spaces before the separator are read from the start of their run only (or from the line's
#: second character, the headline's least), once: from every space of a run, each reading the rest
#: of it, 8,000 spaces in a headline took 5 s.
_TITLE_SUFFIX = re.compile(r"^(?P<title>.+?)(?:(?<!\s)|(?<=^\s))\s++[|–—·•-]\s+(?P<site>[^|–—·•-]{2,60}?)\s*+$")


_TITLE_PREFIX = re.compile(r"^(?P<site>[^|–—:-]{2,60}?)(?::|\s++[|–—-])\s+(?P<title>.+)$")


_URL = re.compile(r"https?://[^\s)\]>\"']+", re.I)


_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>https?://[^)\s]+)\)")


_IMAGE_URL = re.compile(r"\.(jpe?g|png|gif|webp|svg)(\?|$)", re.I)


_URL_LINE = re.compile(
    r"^(?:source|url|url source|url to article|link|originally published at|canonical|permalink)\s*:?\s*(?P<url>https?://\S+)$",
    re.I,
)


def extract_metadata(lines: list[str], cleaned: Cleaned, table: PublisherTable | None = None) -> dict[str, Field]:
    """Return title, publisher, date, author and url, each with the line and rule it came from."""
    table = table or default_publishers()
    removed = cleaned.removed_at
    page = PageLines(lines, removed)  # the numbered lines and their head, read once for every reader
    url = extract_url(lines, removed, page)
    title = judged_title(lines, cleaned)
    stamps = page_stamps(lines, removed, table, title.line, page=page)  # read once: for the date and the byline
    author = extract_author(lines, removed, table, title.line, stamps, page)
    if _byline_taken(title, author):
        title = Field()
    publisher = extract_publisher(
        lines, removed, table, url.value, author.value, title, cleaned.kept, page, byline=author.line
    )
    date = extract_date(lines, removed, url.value, title.line, table, stamps, page)
    if _stamp_taken(title, date):
        title = Field()
    return {
        "title": _decoded(_without_site_name(title, publisher, table, lines)),
        "publisher": _decoded(publisher),
        "date": date,
        "author": _decoded(author),
        "url": url,
    }


def _byline_taken(title: Field, author: Field) -> bool:
    """Tell a headline that is the story's byline: the author was read off its line, and the line
    opens with "By" ("By Jane Roe in Harbourtown" opening a reader-mode text that left the headline
    out). Two readings agree that the line credits a writer; a headline beginning with "By" that
    names no author ("By the numbers: ...") stays."""
    return (
        title.line is not None and title.line == author.line and bool(BYLINE_OPENER.match((title.value or "").strip()))
    )


#: The date's readings that take a line as a stamp as a whole (a date alone, or with its stamp
#: words, a byline and a few links), not a date read inside a longer line.
_WHOLE_STAMP_RULES = frozenset({"date-line", "stamp-line", "date-stamp-date", "byline-date"})


def _stamp_taken(title: Field, date: Field) -> bool:
    """Tell a headline that is the story's stamp: the date was read off its line as a stamp as a whole
    ("Posted by Jane Roe on August 13th, 2012" opening a reader-mode text that left the headline
    out, too short for its lede to tell). A stamp is no headline."""
    return title.line is not None and title.line == date.line and date.rule in _WHOLE_STAMP_RULES


def _decoded(found: Field) -> Field:
    """Return the value as the reader sees it: HTML entities decoded ("Ledgerline&#8217;s")."""
    return replace(found, value=html.unescape(found.value)) if found.value else found


def _without_site_name(title: Field, publisher: Field, table: PublisherTable, lines: Sequence[str] = ()) -> Field:
    """Drop the site's name from a headline: a " | Site" suffix that is the publisher's name or its
    first words, an address that is a short form of it ("HL.com" for "Harbour Ledger", see
    `address_abbreviates`) or an outlet the table knows, a "Site: " or "Site - " prefix that is the
    publisher's name ("Brainy Gamer: Crafting wonder"); a title that is the publisher's name alone
    is no headline."""
    value = title.value or ""
    site_key = normalise_line(publisher.value or "")
    if site_key and normalise_line(value) == site_key:
        return Field()
    m = _TITLE_SUFFIX.match(value)
    if m and len(m.group("site").split()) <= SITE_NAME_MAX_WORDS:
        site = m.group("site")
        key = normalise_line(site)
        named = (
            key == site_key
            # the publisher's name read longer elsewhere ("Harbour Times Media Ltd" in the © line)
            or (bool(key) and site_key.startswith(f"{key} "))
            or (WEB_NAME.fullmatch(site) and address_abbreviates(site, publisher.value or ""))
        )
        if table.lookup_name(site) or named:
            return replace(title, value=m.group("title"))
    m = _TITLE_PREFIX.match(value)
    if m and site_key and normalise_line(m.group("site")) == site_key and len(m.group("title").split()) >= 2:
        return replace(title, value=m.group("title"))
    if site_key and title.line is not None and title.line == publisher.line and title.line <= len(lines):
        return _without_opening_site(title, site_key, lines[title.line - 1])
    return title


def _without_opening_site(title: Field, site_key: str, line: str) -> Field:
    """Drop the site's name opening a headline read off the very line the site's name was read
    from, a whole page's <title>: the name with its slogan before a separator ("HarbourTV.com, Harbour
    News and Weather - Headline"), or the name run into the headline with no separator, the
    headline opening with its capital ("Harbour Wire Algeria: Headline", the <title> "HW - Harbour
    Wire Algeria: Headline"). A headline opening with the site's name goes on in small letters
    ("Harbour Ledger wins award") and keeps it, and so does one whose <title> `line` names the site
    again ("Harbour Ledger Editor Resigns - Harbour Ledger")."""
    value = title.value or ""
    if f" {normalise_line(line)} ".count(f" {site_key} ") > 1:
        return title
    words = value.split()
    size = len(site_key.split())
    name, rest = words[:size], words[size:]
    if name and normalise_line(" ".join(name)) == site_key and name[-1][-1:].isalnum():
        # run in: the name's last word ends with no mark that would open a slogan ("HarbourTV.com, ...")
        return replace(title, value=" ".join(rest)) if len(rest) >= 2 and rest[0][:1].isupper() else title
    m = _TITLE_PREFIX.match(value)
    if m and normalise_line(m.group("site")).startswith(f"{site_key} ") and len(m.group("title").split()) >= 2:
        return replace(title, value=m.group("title"))
    return title


def extract_url(lines: list[str], removed: dict[int, Removal], page: PageLines | None = None) -> Field:
    """Return the article's canonical url: the one source link of a mirror page, or a url line.

    A sources list of several links is what the page cites (a Wikipedia-style "References"
    section), not where it was published: it gives no url."""
    listed: dict[str, int] = {}  # each distinct link of the sources lists -> its line
    for n, text in numbered_lines(lines, sorted(removed)):
        if removed[n].rule != "sources-list":
            continue
        for m in link_matches(text, "[", _MD_LINK):
            if not _IMAGE_URL.search(m.group("url")) and "image" not in m.group("text").lower():
                if url := http_url(m.group("url")):  # a URL that parses as http(s) with a host, or none
                    listed.setdefault(url, n)
    if len(listed) == 1:
        ((url, n),) = listed.items()
        return Field(url, n, "sources-list")
    for n, text in page.numbered if page else numbered_lines(lines):
        m = _URL_LINE.match(text)
        if m and (url := http_url(m.group("url").rstrip(".,;"))):
            return Field(url, n, "url-line")
    return Field()


def extract_citations(lines: list[str], removed: Iterable[Removal]) -> tuple[str, ...]:
    """Return the links a page lists as its sources (not images), in order."""
    found = []
    for rem in removed:
        if rem.rule == "sources-list":
            found += [
                m.group("url") for m in link_matches(rem.text, "[", _MD_LINK) if not _IMAGE_URL.search(m.group("url"))
            ]
    return tuple(dict.fromkeys(found))
