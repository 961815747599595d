"""Read front-matter values from what the text says: date, author, publisher, url, citations.

Each value is a `Field` carrying the line it came from and the rule that found it. Nothing is
guessed: when no rule finds a value it stays None. Every rule below reads explicit evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from .clean import Cleaned
from .dates import date_in_url, date_only, find_dates
from .model import Field, Removal
from .publishers import PublisherTable, default_publishers

#: Dates, bylines and datelines sit at the head of an article: look no further down for them.
HEAD_LINES = 15
#: Update and correction stamps name when a page changed, not when it was published.
_UPDATE_STAMP = re.compile(r"^\W*(updated|last updated|modified|last modified|corrected|correction|edited)\b", re.I)
#: "— Jane Doe (@jdoe) March 3, 2021": the date of a quoted tweet.
_TWEET = re.compile(r"\(@\w+\)|pic\.twitter\.com|twitter\.com/\w+/status", re.I)
_PUBLISHED = re.compile(r"\b(published|posted|first published|originally published)\b\s*(on|at)?\s*:?", re.I)
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|al|bin|la|le)){1,3}"
_BYLINE = re.compile(rf"^(?:By|BY|Written by|Words by|Story by|Author:|Posted by)\s+(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)")
_AUTHOR_BOX = re.compile(r"^about\s+(?P<name>.+?)\s+[\d,]+\s+(articles?|posts?|stories)$", re.I)
_FACT_CHECK = re.compile(r"^fact[- ]?check(?:ed)? by\s+(?P<name>.+?)\s*$", re.I)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>[A-Z][^.|,;]{1,60}?)(?:\.|,|;|\||\s+all rights reserved|$)", re.I)
_WIRE_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z .,'-]{0,40}\s)?\((?P<name>[A-Z][A-Za-z .&-]{1,30})\)\s*[-–—]")
_EMAIL = re.compile(r"\b[\w.+-]+@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.I)
_URL = re.compile(r"https?://[^\s)\]>\"']+", re.I)
_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>https?://[^)\s]+)\)")
_OUTLET_WORDS = (
    r"News|Times|Post|Journal|Herald|Tribune|Gazette|Voice|Daily|Review|Monitor|Telegraph|Guardian|"
    r"Independent|Insider|Wire|Today|Weekly|Magazine|Media|Network|Report|Chronicle|Observer|Standard|"
    r"Express|Mail|Mirror|Star|Sun|Press|Examiner|Inquirer|Dispatch|Register|Bulletin|Courier|Sentinel|"
    r"Record|Ledger|Globe|Digest|Radio|TV|Broadcasting|Agency|Online"
)
#: An outlet naming itself in an appeal: "Israel365 News is the only media outlet ...",
#: "Subscribe to The Daily Beacon", "Support Example Voice".
_SELF_NAMED = re.compile(rf"(?P<name>(?:The\s+)?(?:[A-Z][\w'’&-]*\s+){{0,3}}(?:{_OUTLET_WORDS}))\b")
_IMAGE_URL = re.compile(r"\.(jpe?g|png|gif|webp|svg)(\?|$)", re.I)
_ORG_SUFFIX = re.compile(r"\s+(community|team|staff|desk|editors?|editorial (board|team)|newsroom)$", re.I)
#: Site signatures: a page layout that names its publisher (a mirror of the Current Events Portal).
_SIGNATURES = ((re.compile(r"^Formats:\s*\[HTML\]\(/news/\d{4}/\d\d?/\d\d?/"), "Wikipedia Current Events Portal"),)


def extract_metadata(lines: list[str], cleaned: Cleaned, table: PublisherTable | None = None) -> dict[str, Field]:
    """Return title, publisher, date, author and url, each with the line and rule it came from."""
    table = table or default_publishers()
    removed = {r.line: r for r in cleaned.removed}
    url = extract_url(lines, removed)
    return {
        "title": cleaned.title,
        "publisher": extract_publisher(lines, removed, table, url.value),
        "date": extract_date(lines, removed, url.value),
        "author": extract_author(lines, removed),
        "url": url,
    }


def _numbered(lines: list[str], only: Iterable[int] | None = None) -> Iterable[tuple[int, str]]:
    numbers = only if only is not None else range(1, len(lines) + 1)
    for n in numbers:
        text = lines[n - 1].strip()
        if text:
            yield n, text


def extract_date(lines: list[str], removed: dict[int, Removal], url: str | None = None) -> Field:
    """Return the publication date: a date line or stamp near the head, a dateline, or the url path."""
    head = range(1, min(len(lines), HEAD_LINES) + 1)
    for n, text in _numbered(lines, head):
        rem = removed.get(n)
        if (rem and rem.rule in ("caption-credit", "image-label")) or _TWEET.search(text):
            continue
        if _UPDATE_STAMP.match(text):
            published = _PUBLISHED.search(text)
            if not published:
                continue
            text = text[published.start():]
        when = date_only(text)
        if when:
            return Field(when.isoformat(), n, "date-line")
        if rem and rem.rule in ("byline", "date-stamp"):
            dates = find_dates(text)
            if dates:
                return Field(dates[0][1].isoformat(), n, f"{rem.rule}-date")
        dateline = re.match(r"^[A-Z][A-Z .,'-]{2,40},?\s+(?P<rest>.{0,40}?)\s*(\([A-Za-z .&-]+\))?\s*[-–—]", text)
        if dateline and not rem:
            dates = find_dates(dateline.group("rest"))
            if dates:
                return Field(dates[0][1].isoformat(), n, "dateline")
    when = date_in_url(url or "")
    if when:
        return Field(when.isoformat(), None, "url-path")
    return Field()


def extract_author(lines: list[str], removed: dict[int, Removal]) -> Field:
    """Return the author from a byline or an author box; never a fact checker or photographer."""
    for n, text in _numbered(lines, sorted(removed)):
        rule = removed[n].rule
        m = _BYLINE.match(text) if rule == "byline" else _AUTHOR_BOX.match(text) if rule == "author-box" else None
        if m:
            return Field(_clean_name(m.group("name")), n, rule)
    return Field()


def _clean_name(name: str) -> str:
    return re.split(r"\s*[|,]\s*(?=[\w.+-]+@|\S+\.\w{2,}$)", name.strip())[0].strip(" ,|")


def extract_url(lines: list[str], removed: dict[int, Removal]) -> Field:
    """Return the article's canonical url: the first source link of a mirror page, or a url line."""
    for n, text in _numbered(lines, sorted(removed)):
        if removed[n].rule != "sources-list":
            continue
        for m in _MD_LINK.finditer(text):
            if not _IMAGE_URL.search(m.group("url")) and "image" not in m.group("text").lower():
                return Field(m.group("url"), n, "sources-list")
    for n, text in _numbered(lines):
        m = re.match(r"^(?:source|url|link|originally published at|canonical|permalink)\s*:?\s*(?P<url>https?://\S+)$", text, re.I)
        if m:
            return Field(m.group("url").rstrip(".,;"), n, "url-line")
    return Field()


def extract_citations(lines: list[str], removed: Iterable[Removal]) -> tuple[str, ...]:
    """Return the links a page lists as its sources (not images), in order."""
    found = []
    for rem in removed:
        if rem.rule == "sources-list":
            found += [m.group("url") for m in _MD_LINK.finditer(rem.text) if not _IMAGE_URL.search(m.group("url"))]
    return tuple(dict.fromkeys(found))


def extract_publisher(
    lines: list[str], removed: dict[int, Removal], table: PublisherTable, url: str | None = None
) -> Field:
    """Return the outlet as the text names it, normalised through the outlet table."""
    numbered = list(_numbered(lines))
    for n, text in numbered:
        for signature, name in _SIGNATURES:
            if signature.search(text):
                return Field(name, n, "site-signature")
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.rule == "legal-footer":
            m = _COPYRIGHT.search(text)
            if m and not re.match(r"(all rights|the author)", m.group("name"), re.I):
                return Field(_canonical_outlet(m.group("name"), table), n, "copyright-line")
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.rule == "fact-check-credit":
            m = _FACT_CHECK.match(text)
            if m:
                return Field(_canonical_outlet(_ORG_SUFFIX.sub("", m.group("name")), table), n, "fact-check-credit")
    for n, text in numbered[:HEAD_LINES]:
        m = _WIRE_DATELINE.match(text)
        if m and n not in removed:
            return Field(_canonical_outlet(m.group("name"), table), n, "wire-dateline")
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.kind == "boilerplate":
            for m in _EMAIL.finditer(text):
                name = table.lookup_domain(m.group("domain"))
                if name:
                    return Field(name, n, "e-mail-domain")
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.rule in ("subscription", "donation", "trailing-block", "share"):
            for m in _SELF_NAMED.finditer(text):
                name = m.group("name").strip()
                if not re.match(r"^(The\s+)?(Daily|Weekly|Free|Breaking|Latest|Top|Our)\b", name) or table.lookup_name(name):
                    return Field(_canonical_outlet(name, table), n, "self-named-in-appeal")
    if url:
        name = table.lookup_domain(urlsplit(url).hostname or "")
        if name:
            return Field(name, None, "url-domain")
    return Field()


def _canonical_outlet(name: str, table: PublisherTable) -> str:
    name = name.strip(" .,:;")
    return table.lookup_name(name) or name


