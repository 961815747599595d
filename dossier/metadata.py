"""Read front-matter values from what the text says: date, author, publisher, url, citations.

Each value is a `Field` carrying the line it came from and the rule that found it. Nothing is
guessed: when no rule finds a value it stays None. Every rule below reads explicit evidence.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlsplit

from .clean import (
    LINK_MENU_MAX_WORDS,
    SITE_TITLE_SEPARATOR,
    Cleaned,
    is_home_link,
    is_list_item,
    normalise_line,
    plain_text,
    squeeze_line,
)
from .dates import (
    MONTH_NAME,
    STAMP_MAX_WORDS,
    TIME_AFTER,
    TIME_BEFORE,
    WEEKDAY,
    date_in_url,
    date_only,
    date_spans,
    find_dates,
    full_year,
    is_stamp,
    month_number,
    numeric_orders,
    stamp_dates,
    stamp_residue,
)
from .gazetteer import is_place
from .layout import PROSE_MAX_WORDS, is_comment_heading, is_comment_section_heading
from .lexicon import in_dictionary, is_first_name
from .model import Field, Line, Removal
from .publishers import PublisherTable, default_publishers
from .titles import HTML_TAG, PROSE_MIN_WORDS, is_prose, is_sentence, judged_title
from .urls import host_of, http_url

#: Dates, bylines and datelines sit at the head of an article: above its first paragraph of
#: prose (`titles.is_prose`: at least PROSE_MIN_WORDS words), and in any case within the first
#: HEAD_MAX_LINES lines (whole-page dumps put up to ~20 lines of banners and navigation above the
#: headline).
HEAD_MAX_LINES = 40
#: "— Jane Doe (@jdoe) March 3, 2021": the date of a quoted tweet.
_TWEET = re.compile(r"\(@\w+\)|pic\.twitter\.com|twitter\.com/\w+/status", re.I)
#: Lines removed by these rules hold the page's own stamps (a caption's or a related item's date
#: is never read: those lines are removed by other rules).
_STAMP_RULES = frozenset({"date-line", "date-stamp", "byline"})
_PUBLISHED_TIME = re.compile(r"^published time\s*:", re.I)
_DATELINE_DATE = re.compile(r"^[A-Z][A-Z .,'-]{2,40},?\s+(?P<rest>.{0,40}?)\s*(\([A-Za-z .&-]+\))?\s*[-–—]")
_NAME_WORD = (
    r"(?!(?:By|BY|In|On|At|For|From|With|Last|Updated|Published|Posted|Filed|Staff|Reporter|Correspondent|Editor|"
    r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w'’.-]*"
)
_NAME = rf"[A-Z][\w'’.-]+(?:\s+(?:{_NAME_WORD}|de|van|von|da|del|al|bin|la|le)){{1,3}}"
_NAMES = rf"(?P<name>{_NAME}(?:\s*(?:,\s*(?:and\b|&)?|and\b|&)\s*,?\s*{_NAME})*)"
_BYLINE = re.compile(
    rf"^(?:By|BY|By:|by:|by(?=\s+[A-Z])|(?i:written by|words by|story by|contributed by|author:|posted by))\s*{_NAMES}"
)
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
    r"subscribe|log in|register|edition|us|uk|europe|asia|africa|americas|australia|blogs?|categories|archives?|"
    r"tags|products|services|partners|about|about us|contact|contact us|links|resources|shop|store|forums?|"
    r"community|events|jobs|careers|help)$",
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
    r"\b(admin|administrator|staff|desk|team|newsroom|editors?|editorial|reporter|correspondent|agency|agencies|wires?|"
    r"webmaster|reports|guest|bureau|chief|channel|associate|sports?|services|united)\b",
    re.I,
)
_AUTHOR_BOX = re.compile(r"^about\s+(?P<name>.+?)\s+[\d,]+\s+(articles?|posts?|stories)$", re.I)
_FACT_CHECK = re.compile(r"^fact[- ]?check(?:ed)? by\s+(?P<name>.+?)\s*$", re.I)
#: "© 2016 ABC News.", "©2024 Bloomberg L.P.", "Copyright 2023 Nexstar Media Inc. All rights
#: reserved.": the name runs to the first full stop that ends a word, not an abbreviation's.
_COPYRIGHT = re.compile(
    r"(?:©|&copy;|\(c\)|copyright)(?:\s*(?:©|&copy;|copyright|\(c\)))*\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
    # "© 2008, Name", "Copyright © 2008. Name", "© 2007 - 2008 - Name": the year, then the holder.
    r"(?:,|(?<=\d)\.|(?<=\d)\s*[-–—](?=\s))?\s*"
    r"(?:(?:of|by)\s+)?"
    r"(?P<name>[A-Z](?:[^.|,;]|\.(?=[A-Za-z]\.|[A-Za-z]\b))*?)\.?(?:\.|,|;|\||\s+all rights reserved|$)",
    re.I,
)
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
#: What trails a holder's name: "AHN Media Corp -", "Latest News 2007".
_TRAILING_PUNCTUATION = re.compile(r"(?:[\s.,:;–—-]+|\s+\d{4}(?:\s*[-–]\s*\d{4})?)+$")
#: Corporate suffixes name an owner, not a masthead: "Nexstar Media Inc", "ABC News Internet Ventures".
_CORPORATE = re.compile(
    r"(?:[\s,]+(?:inc|incorporated|ltd|limited|llc|l\.?l\.?c|l\.?p|plc|corp|corporation|co|company|gmbh|s\.?a|ag|"
    r"group|holdings|media|internet ventures|digital|publishing|publications|enterprises|interactive|communications|"
    r"business information))+\.?$",
    re.I,
)
#: ...when they end in a legal form or an owner's word: "SYS-CON Media" alone is a brand.
_OWNER_ENDING = re.compile(
    r"[\s,](?:inc|incorporated|ltd|limited|llc|l\.?l\.?c|l\.?p|plc|corp|corporation|co|company|gmbh|s\.?a|ag|pty|"
    r"holdings|internet ventures|enterprises|publishing|publications|communications|business information)\.?$",
    re.I,
)
#: A holder's name ends where the line goes on to a slogan: "Tcritic – The T-Shirt Blog ...".
_NAME_DASH = re.compile(r"\s+(?:[–—|]|-{1,2}|::)\s+.*$")
#: "(CNN) —", "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —", "(Bloomberg) --".
_WIRE_DATELINE = re.compile(
    r"^(?:[A-Z][\w .,'’/-]{0,60}?\s)?\((?P<name>[A-Z][A-Za-z.&-]*(?: (?:[A-Z][A-Za-z.&-]*|of|the|and|&)){0,3})\)"
    r"\s*(?:-{1,2}|[–—])"
)  # the agency's name in capitals ("(Reuters) -", "(The Associated Press) —"), not an aside "(I would wait) –"
#: A reader-mode header's page title ends with the site's name: "Title: Headline | Site".
_READER_TITLE = re.compile(r"^title\s*:\s*(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—]{2,60}?)\s*$", re.I)
#: A headline carrying the site's name as a suffix: "Headline | Site", "Headline - Site".
_TITLE_SUFFIX = re.compile(r"^(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,60}?)\s*$")
_TITLE_PREFIX = re.compile(r"^(?P<site>[^|–—:-]{2,60}?)(?::|\s+[|–—-])\s+(?P<title>.+)$")
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
#: A release's closing credit of its issuer, in a distribution service's style: "SOURCE Northwind
#: Mutual" (the word in capitals, alone before the name, on a line of its own).
_RELEASE_SOURCE = re.compile(r"^SOURCE\s+[A-Z][\w&.,'’-]*(?:\s+[\w&.,'’-]+){0,5}$")
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
    title = judged_title(lines, cleaned)
    stamps = page_stamps(lines, removed, table, title.line)  # read once: for the date and the byline
    author = extract_author(lines, removed, table, title.line, stamps)
    publisher = extract_publisher(lines, removed, table, url.value, author.value, title, cleaned.kept)
    return {
        "title": _decoded(_without_site_name(title, publisher, table)),
        "publisher": _decoded(publisher),
        "date": extract_date(lines, removed, url.value, title.line, table, stamps),
        "author": _decoded(author),
        "url": url,
    }


def date_readings(
    lines: list[str], cleaned: Cleaned, found: dict[str, Field], table: PublisherTable
) -> tuple[Field, ...]:
    """Return the two dates the page's stamp gives read month first and day first, when the page
    has no date (`found` is `extract_metadata`'s) only because it cannot tell its numeric dates'
    order ("10/01/2008", a four-digit year): the corpus may (`corpusdates`). Else an empty tuple."""
    if found["date"].value or not any(_NUMERIC_HINT.search(t) for t in lines) or _page_day_first(lines) is not None:
        return ()
    removed = {r.line: r for r in cleaned.removed}
    title = found["title"].line
    readings = [
        extract_date(lines, removed, found["url"].value, title, table, page_stamps(lines, removed, table, title, order))
        for order in (False, True)
    ]
    month_first, day_first = readings
    if month_first.value and day_first.value and month_first.value != day_first.value:
        return (month_first, day_first)
    return ()


def _decoded(found: Field) -> Field:
    """Return the value as the reader sees it: HTML entities decoded ("Ledgerline&#8217;s")."""
    return replace(found, value=html.unescape(found.value)) if found.value else found


def _without_site_name(title: Field, publisher: Field, table: PublisherTable) -> Field:
    """Drop the site's name from a headline: a " | Site" suffix that is the publisher's name or an
    outlet the table knows, a "Site: " or "Site - " prefix that is the publisher's name ("Brainy
    Gamer: Crafting wonder"); a title that is the publisher's name alone is no headline."""
    value = title.value or ""
    site_key = normalise_line(publisher.value or "")
    if site_key and normalise_line(value) == site_key:
        return Field()
    m = _TITLE_SUFFIX.match(value)
    if m and len(m.group("site").split()) <= SITE_NAME_MAX_WORDS:
        site = m.group("site")
        if table.lookup_name(site) or normalise_line(site) == site_key:
            return replace(title, value=m.group("title"))
    m = _TITLE_PREFIX.match(value)
    if m and site_key and normalise_line(m.group("site")) == site_key and len(m.group("title").split()) >= 2:
        return replace(title, value=m.group("title"))
    return title


def _numbered(lines: list[str], only: Iterable[int] | None = None) -> Iterable[tuple[int, str]]:
    numbers = only if only is not None else range(1, len(lines) + 1)
    for n in numbers:
        text = lines[n - 1].strip()
        if text:
            yield n, text


@dataclass(frozen=True)
class _Stamp:
    """A line read as a date stamp: its publication and update dates, and the rule that read it."""

    line: int
    published: dt.date | None
    updated: dt.date | None
    rule: str


def extract_date(
    lines: list[str],
    removed: dict[int, Removal],
    url: str | None = None,
    title: int | None = None,
    table: PublisherTable | None = None,
    stamps: dict[int, _Stamp] | None = None,
) -> Field:
    """Return the publication date: the article's stamp, the one nearest its headline.

    The headline (line `title`) and the article's first paragraph anchor the head. Stamps are
    taken, in order, from (see `_stamp_tiers`): between the headline and the first paragraph,
    the nearest the headline (with no headline found, the nearest above the first paragraph);
    just above the headline; after the first paragraph, down to the article's end (a byline or
    an author box under the article, a blog's "Posted by X on ..."), but never in a comment
    section; and last, further up the page. A stamp line holds dates, times and stamp words
    ("Published", "Updated", a weekday), and perhaps a byline, an outlet's name or a counter
    ("Associated Press - January 8, 2008", "By Jane Roe on March 3, 2024 · 4 comments"). Of a
    stamp's dates the publication one is read, the "Updated" one only when it holds no other.

    An update stamp, or a stamp far above the headline (a masthead shows the day's date), yields
    to a dateline's date and to a date in the url path. Captions, related items, tweets and
    relative days ("on Friday", "2 hours ago") give nothing.
    """
    table = table or default_publishers()
    numbered = list(_numbered(lines))
    if stamps is None:
        stamps = page_stamps(lines, removed, table, title)
    headline, first = _head_anchors(numbered, removed, title)
    dateline = _dateline_date(numbered, removed, headline)
    # Stamps read from weaker shapes (a calendar box's parts, a stamp word inside a long line) only
    # fill a gap: they never displace what the other rules read.
    strong = {n: s for n, s in stamps.items() if s.rule not in _FALLBACK_STAMP_RULES}
    found, tier = _tiered_stamp(numbered, removed, headline, first, strong, dateline)
    far = tier == "above the headline"
    slug = _wire_slug(numbered)
    if found and found.published and slug and tier in _ABOVE_TIERS and _days_after(found.published, slug) > SLUG_DAYS:
        found = None  # the masthead's date of the day over a wire story sent days before
    if found and found.published and not far:
        return Field(found.published.isoformat(), found.line, found.rule)
    if dateline:
        return dateline
    when = date_in_url(url or "")
    if when:
        return Field(when.isoformat(), None, "url-path")
    if slug and not found:
        return slug
    if not found and len(strong) < len(stamps):
        found, _ = _tiered_stamp(numbered, removed, headline, first, stamps, dateline)
    if found and found.published:
        return Field(found.published.isoformat(), found.line, found.rule)
    if found and found.updated:
        return Field(found.updated.isoformat(), found.line, "updated-stamp")
    return Field()


#: The rules of the stamps read only where no other stamp is (see `extract_date`).
_FALLBACK_STAMP_RULES = frozenset({"split-date-stamp", "stamp-word-in-merged-head"})


def _tiered_stamp(
    numbered: list[tuple[int, str]],
    removed: dict[int, Removal],
    headline: int | None,
    first: int,
    stamps: dict[int, _Stamp],
    dateline: Field | None,
) -> tuple[_Stamp | None, str | None]:
    """Return the stamp of the first place in `_TIERS` that has one, and that place; none under
    the article when a dateline opens it."""
    for tier, candidates in zip(_TIERS, _stamp_tiers(numbered, removed, headline, first, set(stamps)), strict=True):
        if tier == "under the article" and dateline:
            break  # the dateline opens the article: its date is the article's
        if candidates:
            published = [n for n in candidates if stamps[n].published]
            return stamps[(published or candidates)[0]], tier
    return None, None


#: A stamp above the headline more than this many days after a wire's transmission slug (see
#: `_AP_SLUG`) is the masthead's date of the day, not the story's: a site runs a wire story the day
#: it is sent or the next.
SLUG_DAYS = 1
_ABOVE_TIERS = frozenset({"just above the headline", "above the headline"})


def _days_after(date: dt.date, slug: Field) -> int:
    """Return how many days `date` falls after the slug's date."""
    return (date - dt.date.fromisoformat(slug.value or "")).days


#: The places a stamp is looked for, in order (see `_stamp_tiers`).
_TIERS = ("under the headline", "just above the headline", "under the article", "above the headline")
#: A stamp this many non-blank lines above the headline or fewer sits with it ("Posted on ..." over
#: a share bar over the headline); further up it may be the masthead's date of the day, read only
#: when no stamp is nearer, and never further than STAMP_ABOVE_MAX lines. Chosen on the tune part
#: of the real pages: article stamps above the headline sat 1-4 lines above it, and up to ~20 on
#: pages whose headline follows a block of share and follow buttons.
STAMP_ABOVE_NEAR = 4
STAMP_ABOVE_MAX = 25
#: A byline or an author box with the date follows the article's last paragraph closely: a stamp
#: is read down to this many non-blank lines past it (never in a comment section).
STAMP_BELOW_ARTICLE = 4
#: Removals whose lines carry other things' dates: captions, teasers, tweets, tag lists, comments.
_NOT_STAMP_RULES = frozenset(
    {"caption-credit", "image-chrome", "related", "section-block", "tag-list", "comment-policy", "live-blog"}
)
#: A stamp with words besides its dates (at most `dates.STAMP_MAX_WORDS` in all) has at most this
#: many words that are not dates, stamp words, a byline, an outlet's name or
#: a web address, or in brackets ("Post Polls", "Print", "No TrackBacks").
LOOSE_STAMP_OTHER_WORDS = 2
#: "By Jane Roe", "by: jroe", "BY REBECCA SANTOS": a byline inside a stamp.
_STAMP_BY = re.compile(r"\b(?i:by)\b\s*:?\s*(?:[A-Z@][\w'’.@-]*,?\s*){1,4}")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
#: A web address written as a site's name: "smh.com.au", "Manchester.com", "www.dailyrecord.com".
_WEB_NAME = re.compile(
    r"\b(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\."
    r"(?:com|org|net|info|biz|tv|fm|co|ca|uk|au|nz|ie|in|za|us|de|fr|ch|nl|es|it|cn|jp|sg|my|ph|pk)\b(?![.-]\w)",
    re.I,
)
_WORD = re.compile(r"[^\W_]+")
#: A label before a colon ("Release date:", "Event:"); a stamp's labels are publication words.
_LABEL = re.compile(r"((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*:")
_STAMP_LABELS = frozenset(
    "published posted updated modified date time filed created issued launched transmitted by on at last first "
    "print article story".split()
)
#: Words that make a date the bound of a span: "Since 1st March, 1999", "until Jan. 5, 2008".
_SPAN_WORD = re.compile(r"\b(?:since|until|till|from|before|after|between|through|during|expires?|deadline)\b", re.I)
#: The links a stamp line carries: "09 January 2008 - 11:14AM View all news | Send to a friend | Print".
_LINK_LABEL = re.compile(
    r"\b(?:view all(?: \w+)?|send to a friend|e-?mail(?: this)?(?: story| article| page)?|print(?:able version| this)?|"
    r"share(?: this)?|recommend|comments?|save|rss|text size)\b",
    re.I,
)


def page_stamps(
    lines: list[str],
    removed: dict[int, Removal],
    table: PublisherTable,
    title: int | None = None,
    day_first: bool | None = None,
) -> dict[int, _Stamp]:
    """Return the page's date stamps by line (see `_stamp_of`), numeric dates read in the page's
    order (or in `day_first`'s, given): those of the lines where a stamp is looked for (see
    `_stamp_tiers`), from STAMP_ABOVE_MAX lines above the headline down to the article's end."""
    numbered = list(_numbered(lines))
    day_first = _page_day_first(lines) if day_first is None else day_first
    found = {}
    headline, first = _head_anchors(numbered, removed, title)
    top, bottom = _stamp_window(numbered, removed, headline, first)
    # A comment section never stands above the article's first paragraph: a stamp there that the
    # layout read as a comment's signature ("Posted by X on Oct 29, 2012 at 6:48 pm") is the article's.
    window = numbered[top:bottom]
    dated = [_dated_item(text, day_first) for _, text in window]
    for i, (n, text) in enumerate(window):
        if dated[i] and ((i and dated[i - 1]) or (i + 1 < len(window) and dated[i + 1])):
            continue  # "| 15.01.08 19:45 | Two killed in blast |" over another: a dated list's item
        stamp = (
            _stamp_of(n, text, removed.get(n), table, day_first, n < first)
            or _year_wrapped_stamp(window[i : i + 2], removed, table, day_first, n < first)
            or _split_stamp(window[i : i + 3], removed)
        )
        if stamp:
            found[n] = stamp
    return found


#: A dated list's item (a news list, an archive) opens with its date, then at least this many
#: words: an item's headline; a stamp has fewer ("Jan 15, 2008 | Comments (3)" has two).
DATED_ITEM_MIN_WORDS = 4
_ITEM_MARKS = re.compile(r"^[\s|*•·-]*")


def _dated_item(text: str, day_first: bool | None) -> bool:
    """Tell a line that opens with a date (list and cell marks aside) followed by an item's words."""
    plain = _ITEM_MARKS.sub("", text)
    spans = date_spans(plain[:40], day_first) if plain[:1].isalnum() else ()
    if not spans or spans[0][0] != 0:
        return False
    end = spans[0][1]
    time = TIME_AFTER.match(plain[end:])
    rest = plain[end + (time.end() if time else 0) :]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= DATED_ITEM_MIN_WORDS


#: A date a page's calendar box shows one part per line: "23" / "Jul" / "2012", "Jul" / "23" / "2012".
_DAY_ALONE = re.compile(r"^[0-3]?\d$")
_MONTH_ALONE = re.compile(rf"^{MONTH_NAME}\.?$", re.I)
_YEAR_ALONE = re.compile(r"^(?:19|20)\d\d$")


#: A stamp whose year a narrow column wrapped onto the next line: "POSTED: 7:54 am EST January 23," / "2008".
_WRAPPED_BEFORE_YEAR = re.compile(rf"\b{MONTH_NAME}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?$", re.I)


def _year_wrapped_stamp(
    two: list[tuple[int, str]],
    removed: dict[int, Removal],
    table: PublisherTable,
    day_first: bool | None,
    above_article: bool = False,
) -> _Stamp | None:
    """Read a stamp that ends with a month and a day, its year alone on the next line."""
    if len(two) < 2 or not _YEAR_ALONE.match(two[1][1]) or not _WRAPPED_BEFORE_YEAR.search(two[0][1]):
        return None
    n, text = two[0]
    return _stamp_of(n, f"{text} {two[1][1]}", removed.get(n), table, day_first, above_article)


def _split_stamp(three: list[tuple[int, str]], removed: dict[int, Removal]) -> _Stamp | None:
    """Read a date written one part per line, day and month in either order, then the year."""
    if len(three) < 3 or not _YEAR_ALONE.match(three[2][1]) or three[2][0] - three[0][0] > 4:
        return None  # (the three parts on consecutive lines, blank lines between them aside)
    first, second = three[0][1], three[1][1]
    day, month = (first, second) if _DAY_ALONE.match(first) else (second, first)
    rem = removed.get(three[0][0])
    if not _DAY_ALONE.match(day) or not (m := _MONTH_ALONE.match(month)) or (rem and rem.rule in _NOT_STAMP_RULES):
        return None
    try:
        date = dt.date(int(three[2][1]), month_number(m.group("month")), int(day))
    except ValueError:
        return None
    return _Stamp(three[0][0], date, None, "split-date-stamp")


def _stamp_window(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], headline: int | None, first: int
) -> tuple[int, int]:
    """Return the slice of `numbered` where a stamp or a byline is looked for (see `_stamp_tiers`),
    given the head's anchors (`_head_anchors`): from STAMP_ABOVE_MAX lines above the headline down
    to STAMP_BELOW_ARTICLE lines under the article."""
    order = [n for n, _ in numbered]
    top = bisect_left(order, min(headline or first, first)) - STAMP_ABOVE_MAX - 1
    end = max((n for n in order if n not in removed), default=0)
    bottom = bisect_left(order, max(end, first)) + STAMP_BELOW_ARTICLE + 1
    return max(0, top), bottom + 1


def _stamp_of(
    n: int,
    text: str,
    rem: Removal | None,
    table: PublisherTable,
    day_first: bool | None = None,
    above_article: bool = False,
) -> _Stamp | None:
    """Read a line as a date stamp, or return None (`day_first`: the page's order of numeric dates;
    `above_article`: the line stands above the article's first paragraph, where no comment is)."""
    if (
        not find_dates(text, day_first)
        or (rem and (rem.rule in _NOT_STAMP_RULES or (_in_comments(rem) and not above_article)))
        or _TWEET.search(text)
    ):
        return None
    plain = plain_text(text).strip(" |")
    if rem and rem.rule in _STAMP_RULES:
        rule = "date-line" if rem.rule == "date-line" else f"{rem.rule}-date"
    elif _PUBLISHED_TIME.match(plain) or is_stamp(plain, day_first) or date_only(plain, day_first):
        rule = "date-line"
    elif _loose_stamp(plain, table, day_first):
        rule = "stamp-line"
    else:
        return _merged_stamp(n, text, day_first)
    published, updated = stamp_dates(plain, day_first)
    return _Stamp(n, published, updated, rule) if published or updated else None


def _page_day_first(lines: list[str]) -> bool | None:
    """Tell the order of the page's numeric dates: day first (True), month first (False), or None.

    Evidence, in order: the page's numeric dates whose order is certain ("14/01/2008" is day
    first, "01/14/2008" month first), when they all agree; else the months the page names by name
    ("Tuesday, January 8", "Jan. 7"): a date like "01/08/2008" is read in the order that gives a
    month the page names, when only one order does."""
    certain: set[bool] = set()
    readings: list[tuple[int, int]] = []
    for text in lines:
        if not _NUMERIC_HINT.search(text):
            continue
        for order, months in numeric_orders(text):
            if order is not None:
                certain.add(order)
            elif months:
                readings.append(months)
    if len(certain) == 1:
        return certain.pop()
    if certain or not readings:
        return None
    named = {month_number(m.group("month") or m.group("month2")) for text in lines for m in _MONTH_NAMED.finditer(text)}
    month_first = sum(a in named and b not in named for a, b in readings)
    day_first = sum(b in named and a not in named for a, b in readings)
    if bool(month_first) != bool(day_first):
        return bool(day_first)
    return None


#: A numeric date's shape, to skip the lines that hold none quickly.
_NUMERIC_HINT = re.compile(r"\d[/.-]\d{1,2}[/.-](?:19|20)\d\d")
#: A month named by name with a day: "January 8", "Jan. 7", "8 January" (capitalised: "may" is a verb).
_MONTH_NAMED = re.compile(
    rf"(?-i:(?=[A-Z])){MONTH_NAME}\.?\s+[0-3]?\d\b|"
    rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?-i:(?=[A-Z])){MONTH_NAME.replace('?P<month>', '?P<month2>')}\b",
    re.I,
)


def _in_comments(rem: Removal) -> bool:
    """Tell whether the layout stage put a line in a comment section (its heading, a signature, a comment)."""
    return rem.rule == "layout" and "comment" in rem.evidence


#: A blog post's facts after its stamp: the categories it was filed in ("... at 06:18 PM in Politics,
#: Courts | Permalink"), its tags ("Tags: harbour, ferry"), its permanent link.
_POST_FACTS_TAIL = re.compile(
    r"(?:(?<=\d)|(?<=[AaPp][Mm]))\s+in\s+[A-Z][^|·•]*|\b(?:tags?|filed\s+under)\s*:[^|·•]*|\bpermalink\b", re.I
)


def _stamp_label(plain: str, label: re.Match[str], table: PublisherTable) -> bool:
    """Tell a stamp's label ("Last updated:", "Posted by:"), perhaps after the outlet that stamps it
    ("Associated Press Last updated:"), from another thing's ("Release date:")."""
    words = label.group(1).split()
    k = len(words)
    while k and words[k - 1].lower() in _STAMP_LABELS:
        k -= 1
    if k == len(words):
        return False
    return k == 0 or table.lookup_name((plain[: label.start(1)] + " ".join(words[:k])).strip(" |")) is not None


def _loose_stamp(plain: str, table: PublisherTable, day_first: bool | None = None) -> bool:
    """Tell whether a line is a stamp with a few words besides its dates: a byline, an outlet, a label,
    a post's facts (see _POST_FACTS_TAIL)."""
    plain = _POST_FACTS_TAIL.sub(" ", plain)
    if len(plain.split()) > STAMP_MAX_WORDS or len(find_dates(plain, day_first)) > 2 or _SPAN_WORD.search(plain):
        return False  # "Since 1st March, 1999": a span, not a stamp
    if any(not _stamp_label(plain, label, table) for label in _LABEL.finditer(plain)):
        return False  # "Release date: 11 April 2008": a date of something else
    rest = _STAMP_BY.sub(" ", _BRACKETED.sub(" ", _LINK_LABEL.sub(" ", stamp_residue(plain))))
    rest = _WEB_NAME.sub(" ", rest)
    for m in reversed(list(_CAPITALISED_RUN.finditer(rest))):
        known = table.lookup_name(m.group(0))
        if known and (" " in m.group(0) or _is_name_token(m.group(0), known)):  # not "Register"
            rest = rest[: m.start()] + " " + rest[m.end() :]
    return len(_WORD.findall(rest)) <= LOOSE_STAMP_OTHER_WORDS


def _head_anchors(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], title: int | None
) -> tuple[int | None, int]:
    """Return the headline's line (None when not found) and the article's first paragraph's.

    A page's opening line is its <title> when the headline is found there on a whole page: it
    anchors nothing (the headline shown on the page may be far below it)."""
    opening = numbered[0][0] if numbered else 0
    headline = title if title is not None and title != opening else None
    first = next(
        (n for n, t in numbered if n not in removed and (headline is None or n > headline) and is_prose(t)),
        numbered[-1][0] + 1 if numbered else 1,
    )
    return headline, first


def _stamp_tiers(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], headline: int | None, first: int, stamps: set[int]
) -> list[list[int]]:
    """Return the stamp lines of each place in `_TIERS`, best first."""
    order = [n for n, _ in numbered]
    if not order:
        return [[] for _ in _TIERS]
    kept = [n for n in order if n not in removed]
    end = max([n for n in kept if n >= first], default=first)
    index = {n: i for i, n in enumerate(order)}

    def position(n: int) -> int:
        return index.get(n, len(order))

    if headline is None:
        # The head is above the first paragraph (or opens it, as a reader-mode cell does).
        anchor = position(first)
        under = sorted((n for n in stamps if anchor - STAMP_ABOVE_MAX <= position(n) <= anchor), reverse=True)
        near: list[int] = []
        above: list[int] = []
    else:
        anchor = position(headline)
        under = sorted(n for n in stamps if headline <= n <= first)
        near = sorted((n for n in stamps if anchor - STAMP_ABOVE_NEAR <= position(n) < anchor), reverse=True)
        above = sorted(
            (n for n in stamps if anchor - STAMP_ABOVE_MAX <= position(n) < anchor - STAMP_ABOVE_NEAR), reverse=True
        )
    wall = _comment_wall(numbered, removed, first) or order[-1] + 1
    stop = min(wall, order[min(position(end) + STAMP_BELOW_ARTICLE, len(order) - 1)] + 1)
    below = sorted(n for n in stamps if first < n < stop)
    return [under, near, below, above]


def _comment_wall(numbered: list[tuple[int, str]], removed: dict[int, Removal], first: int) -> int | None:
    """Return the first line of the article's comment section under its first paragraph: a comment
    heading, or a line the layout read as a comment; not a sidebar's latest comments nor a counter
    ("Recent Comments", "Comments: 0"), nor the removed lines right under one."""
    aside = False
    for n, t in numbered:
        if n <= first:
            continue
        if is_comment_heading(t):
            if is_comment_section_heading(t):
                return n
            aside = True  # a sidebar's or a counter's: its items follow, removed with it
        elif n not in removed:
            aside = False
        elif not aside and _in_comments(removed[n]):
            return n
    return None


#: A reader-mode extraction runs a page's head into one line with its first paragraph: "Headline
#: Jane Roe Tuesday January 15, 2008 The Site Mike Ashley, the owner, ...". Its first date is the
#: stamp when at most this many words come before it (a headline, a standfirst and a byline)...
MERGED_HEAD_MAX_WORDS = 50
#: ...none of them ending a sentence, and the date is not part of one: not after a lowercase word
#: or a comma ("went missing on Lake Simcoe, Monday Jan. 7, 2008"), nor followed by one
#: ("January 5, 2008, the company said").
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.!?][\"'’”)]?\s+[A-Z]")
_GAP = re.compile(r"\s{2,}|\t|\|")
_WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY}\s*$", re.I)
#: A headline in quotation marks, all of the text before the date: its last word may be lowercase.
_QUOTED = re.compile(r"^[‘“'\"][^‘“’”'\"]+[’”'\"]$")
#: A headline in sentence case may end lowercase too when its stamp closes its cell: a gap, a
#: bar, the line's end or a byline follows it ("| Chelsea hoping to sign a striker Wednesday,
#: January 09, 2008    Chelsea are ..."); a sentence goes on after its date. The word is a plain
#: word: not a label's ("release date:")
#: nor a teaser's cut ("the basis of Mac OS X's web brow..."), and the words before the date (the
#: headline, perhaps a byline) are at most SENTENCE_CASE_HEAD_MAX_WORDS: a teaser's headline and
#: the first words of its story, cut before its date, run longer.
SENTENCE_CASE_HEAD_MAX_WORDS = 15
_HEADLINE_WORD = re.compile(r"^[a-z][a-z'’-]*$")
_CELL_CLOSED = re.compile(r"\s{2,}|\s*\t|\s*\||\s*$|\s+(?:By|BY)\b")
#: A date alone in a layout table's cell, followed by this many cells of other things, is the
#: date of the day that a site's menu bar shows, not a stamp.
MENU_CELLS = 2
_PROSE_AFTER = re.compile(r"^\s*(?:,\s*[A-Za-z]|[a-z])")
#: "On Dec. 6, 2023, the company detected ...": a date after a preposition is part of a sentence.
_PREPOSITION = re.compile(
    r"^(?:on|in|since|until|till|from|by|before|after|of|to|at|through|between|and|or|than|as)$", re.I
)


#: "... meeting with PM Updated Fri. Jan. 11 2008 10:56 PM ET CTV.ca News Staff The economy ...":
#: a date a stamp word introduces, in a line that runs a head (a caption, a headline) into the
#: article, at most this many words in (the first date there may be a caption's, "on Friday, Jan. 11").
WORDED_STAMP_MAX_WORDS = 120
#: ...and at most this many characters in (twelve a word, twice a long word's length): a line of
#: dates without spaces would otherwise be read again from its start for each of its dates.
WORDED_STAMP_MAX_CHARS = 12 * WORDED_STAMP_MAX_WORDS
_STAMP_WORD_BEFORE = re.compile(
    r"(?:^|[\s|])(?-i:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED|Last [Uu]pdated|First [Pp]ublished"
    # a blog's closing line of facts: "This entry was posted on 23 October 2012 at 8:14 pm and is filed under ..."
    r"|This (?:entry|post|article|story) was (?:posted|published))\s*:?\s*"
    r"(?:on\s+)?$"
)

#: A byline before the date there: "By: PR Newswire Jan. 9, 2008 11:10 AM", "By Jane Roe on March 3,
#: 2024" (not in a list's item: a teaser's byline and stamp are the teased story's).
_BYLINE_BEFORE = re.compile(
    r"(?:^|[\s|])(?:By|BY)\s*:?\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s*:?\s*(?:on\s+)?$"
)


def _merged_stamp(n: int, text: str, day_first: bool | None = None) -> _Stamp | None:
    """Read the stamp at the head of a line that runs a headline into its article (see
    MERGED_HEAD_MAX_WORDS), or the date a stamp word introduces there (WORDED_STAMP_MAX_WORDS)."""
    dates = date_spans(text, day_first)
    if not dates:
        return None
    # A list's item is another story's teaser ("- • Why it matters by jdoe 01/15/2008 9:10 a.m."),
    # not the head: only a stamp word dates it.
    head = None if is_list_item(text) else _head_stamp(n, text, dates[0], day_first)
    return head or _worded_stamp(n, text, dates, day_first)


#: Words of a post's own line of facts after its date ("| Filed under: Politics | 3 Comments |").
_POST_FACTS = re.compile(
    r"\b(?:by|posted|filed|tags?|categor\w*|comments?|print|e-?mail|share|read more|permalink)\b", re.I
)


#: The weather a masthead shows beside the day's date: "Weather: ...", "7°C", "-4 °F", "72°".
_WEATHER = re.compile(r"(?:[Ww]eather\b|(?:[Hh]i|[Ll]ow?)\s*:|-?\d{1,3}\s*°)")
#: ...within this many words of it: "Jan 15, 2008 On Air Now: "City Hall" Weather: Snow. High 42".
WEATHER_AFTER_MAX_WORDS = 8


#: A menu's item: words of letters, perhaps joined by "&", "'", "." or "-" ("Sign In", "News & Views").
_MENU_ITEM = re.compile(r"^[^\W\d_][^\W\d_ &'’.-]*(?:[ &'’.-]+[^\W\d_]+)*$")


def _after_menu_cells(before: str) -> bool:
    """Tell the words before a date that are a menu bar's items: MENU_CELLS cells or more between
    bars, each a few words (at most LINK_MENU_MAX_WORDS; no digits, links or marks: "Saturday
    121110" in a day's pager is no menu item), none of them the post's own facts."""
    cells = _cells(before)
    return _menu_cells(cells) and all(_MENU_ITEM.match(c) and len(c.split()) <= LINK_MENU_MAX_WORDS for c in cells)


def _cells(text: str) -> list[str]:
    """The non-empty cells of a line cut at its bars, stripped."""
    return [c.strip() for c in text.split("|") if c.strip()]


def _menu_cells(cells: list[str]) -> bool:
    """Tell a menu bar's cells beside a date: MENU_CELLS or more, none of them the post's own facts
    ("Filed under: Politics", "3 Comments")."""
    return len(cells) >= MENU_CELLS and not any(_POST_FACTS.search(c) for c in cells)


def _menu_bar(text: str, stamp_end: int) -> bool:
    """Tell a layout table's row ("| date | cell | cell |", as reader mode writes one) whose date
    cell is followed by MENU_CELLS cells or more of links, none of them the post's own facts."""
    after = text[stamp_end:]
    return text.lstrip().startswith("|") and after.lstrip().startswith("|") and _menu_cells(_cells(after))


def _worded_stamp(
    n: int, text: str, dates: list[tuple[int, int, dt.date]], day_first: bool | None = None
) -> _Stamp | None:
    item = is_list_item(text)
    for start, end, _ in dates:
        if start > WORDED_STAMP_MAX_CHARS:
            return None
        before = _WEEKDAY_BEFORE.sub("", text[:start])
        if len(before.split()) > WORDED_STAMP_MAX_WORDS:
            return None
        word = _STAMP_WORD_BEFORE.search(before) or (None if item else _BYLINE_BEFORE.search(before))
        if word:
            time = TIME_AFTER.match(text[end:])
            stamp = f"{word.group(0).strip(' |')} {text[start : end + (time.end() if time else 0)]}"
            published, updated = stamp_dates(stamp, day_first)
            return _Stamp(n, published, updated, "stamp-word-in-merged-head") if published or updated else None
    return None


def _head_stamp(n: int, text: str, first: tuple[int, int, dt.date], day_first: bool | None = None) -> _Stamp | None:
    start, end, _ = first
    before = _WEEKDAY_BEFORE.sub("", TIME_BEFORE.sub("", text[:start]))
    if len(before.split()) > MERGED_HEAD_MAX_WORDS or _SENTENCE_BREAK.search(before):
        return None
    segment = _GAP.split(before)[-1].strip()
    last = segment.split()[-1] if segment else ""
    quoted = bool(_QUOTED.match(segment))  # "‘RSP to follow own policy’ Monday January 7 2008": a headline
    time = TIME_AFTER.match(text[end:])
    stamp_end = end + (time.end() if time else 0)
    closed = (
        _HEADLINE_WORD.match(last)
        and len(_WORD.findall(before)) <= SENTENCE_CASE_HEAD_MAX_WORDS
        and _CELL_CLOSED.match(text[end + len(time.group(0).rstrip()) if time else end :])
    )
    lower = last[:1].islower() and not quoted and not closed
    if last and (lower or last.endswith(",") or _PREPOSITION.match(last)):
        return None
    if _PROSE_AFTER.match(text[stamp_end:]):
        return None
    if not segment and _menu_bar(text, stamp_end):
        return None  # "| Sunday, 20 January, 2008 | Subscribe | Advertise |": the day's date in a menu bar
    if _after_menu_cells(before):
        return None  # "Sign In | Register January 15, 2008": the day's date at a menu bar's end
    if _WEATHER.search(" ".join(text[stamp_end:].split()[:WEATHER_AFTER_MAX_WORDS])):
        return None  # "Tuesday, January 15, 2008 Weather: Hi: 7°C": the day's date over the weather
    published, updated = stamp_dates(f"{segment} {text[start:stamp_end]}", day_first)
    return _Stamp(n, published, updated, "stamp-in-merged-head") if published or updated else None


#: The Associated Press's transmission slug closing a story: "AP-ES-01-10-08 0607EST" (desk,
#: month, day, two-digit year, time).
_AP_SLUG = re.compile(r"^AP-[A-Z]{2}-(?P<m>[01]\d)-(?P<d>[0-3]\d)-(?P<yy>\d\d)\s+\d{4}\s*[A-Z]{2,4}$")


def _wire_slug(numbered: list[tuple[int, str]]) -> Field | None:
    """Return the date of a wire's transmission slug (see `_AP_SLUG`), the stamp of a story that shows no other."""
    for n, text in numbered:
        m = _AP_SLUG.match(text) if text.startswith("AP-") else None
        if m:
            try:
                return Field(dt.date(int(full_year(m["yy"])), int(m["m"]), int(m["d"])).isoformat(), n, "wire-slug")
            except ValueError:
                return None
    return None


def _dateline_date(numbered: list[tuple[int, str]], removed: dict[int, Removal], title: int | None) -> Field | None:
    """Return the date a dateline gives ("HARTFORD, Conn., Jan. 12, 2024 — ..."), at the article's head."""
    start = title or 0
    for n, text in numbered:
        if n <= start or n in removed:
            continue
        dl = _DATELINE_DATE.match(text)
        if dl:
            dates = find_dates(dl.group("rest"))
            if dates:
                return Field(dates[0][1].isoformat(), n, "dateline")
        if len(text.split()) >= PROSE_MIN_WORDS:
            return None
    return None


def extract_author(
    lines: list[str],
    removed: dict[int, Removal],
    table: PublisherTable | None = None,
    title: int | None = None,
    stamps: dict[int, _Stamp] | None = None,
) -> Field:
    """Return the author from a byline or an author box; never a fact checker, photographer or account.

    The byline nearest the headline is read, in the places a date stamp is (see `_stamp_tiers`):
    under the headline, just above it, under the article (a signature, "Jane Roe can be reached
    at ..."), further up; then an author box anywhere. A byline is "By Jane Doe", "Author: Jane
    Doe", "Jane Doe - Staff Writer", "Jane Doe in Brussels", "by jdoe on March 3, 2024", or names
    alone next to the date stamp or under the headline, when they are a person's: bare names open
    with a given name ("Pay My Bill", "RSS Feed" are links).

    Several bylined people are joined with "and"; a job title ("Health Correspondent"), a desk or
    account ("Staff", "admin"), an agency ("By CP") and an outlet after the name ("By Jane Doe,
    Reuters") are dropped.
    """
    table = table or default_publishers()
    numbered = list(_numbered(lines))
    headline, first = _head_anchors(numbered, removed, title)
    if stamps is None:
        stamps = page_stamps(lines, removed, table, title)
    order = [n for n, _ in numbered]
    beside: set[int] = set()  # the lines next to a stamp or right under the headline
    for i, n in enumerate(order):
        if (n in stamps and n <= first) or n == headline:  # the head's stamps: not a comment's
            beside.update(order[max(0, i - 1) : i + 2] if n in stamps else order[i + 1 : i + 2])
    beside.update(_byline_places(numbered, removed, headline, first))
    bylines: dict[int, tuple[Field, bool]] = {}
    top, bottom = _stamp_window(numbered, removed, headline, first)  # the lines `_stamp_tiers` may return
    for i, (n, text) in enumerate(numbered[top:bottom], top):
        following = [t for _, t in numbered[i + 1 : i + 3]]
        found = _byline_at(n, text, removed.get(n), table, n in beside, following, head=n < first)
        if found:
            bylines[n] = found
    # A byline that says so ("By Jane Doe") wins over names alone (a photographer's credit under
    # the headline, "Lucas Massey"), in the places a stamp is looked for.
    for strong in (True, False):
        chosen = {n for n, (_, explicit) in bylines.items() if explicit == strong}
        for candidates in _stamp_tiers(numbered, removed, headline, first, chosen):
            if candidates:
                return bylines[candidates[0]][0]
    for n, text in _numbered(lines, sorted(removed)):
        m = _AUTHOR_BOX.match(plain_text(text)) if removed[n].rule == "author-box" else None
        names = _people(m.group("name"), table) if m else []
        if names:
            return Field(_joined(names), n, "author-box")
    return Field()


def _byline_places(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], headline: int | None, first: int
) -> set[int]:
    """Return the lines where names alone are a byline besides the stamp's: the line right above the
    article's first paragraph, under the headline (a line read as the headline is not one), and a sign-off: a removed
    line right under a kept paragraph and over chrome or the page's end ("... the last paragraph."
    / "Jane Doe" / "Share: Digg Reddit")."""
    order = [n for n, _ in numbered]
    i = bisect_left(order, first)
    places = set()
    if headline is not None and 1 < i <= len(order) and order[i - 1] > headline:
        label = numbered[i - 2][1].split()[-1]
        if not _PREPOSITION.match(label):  # "directed by" / "Jane Doe": a credit's name
            places.add(order[i - 1])
    for (before, text), (n, _), after in zip(numbered, numbered[1:], [*numbered[2:], None], strict=False):
        if first <= before not in removed and n in removed and is_prose(text) and _alone_over_chrome(after, removed):
            places.add(n)
    return places


def _alone_over_chrome(after: tuple[int, str] | None, removed: dict[int, Removal]) -> bool:
    """Tell the line under a sign-off: the page's end, or chrome that holds no names alone (a list
    of names under a paragraph is a menu's: "Jane Doe Blog" / "John Roe Blog")."""
    return after is None or (after[0] in removed and not _BARE_BYLINE.match(plain_text(after[1]).strip(" |")))


#: A byline is short; a longer line that opens with "By" is a sentence ("By the end of the day ...").
BYLINE_MAX_WORDS = 16
#: "Author : Jane Doe", "Reporter: Jane Doe".
_AUTHOR_LABEL = re.compile(rf"^(?i:author|reporter|writer|written by|words)\s*:\s*{_NAMES}\s*$")
#: "Jane Doe - Celebrity News Service News Writer": a name, then the writer's role.
_NAME_DASH_ROLE = re.compile(
    rf"^(?P<name>{_NAME})\s+[-–—|]\s+.{{0,60}}?\b(?i:writer|reporter|correspondent|editor|columnist|contributor)s?\b.{{0,30}}$"
)
#: "Jane Doe, Washington", "Jane Doe, Harbour Wire": a name, then after a comma where or for whom
#: it was written (one to three capitalised words), beside the stamp.
_NAME_COMMA_WHERE = re.compile(rf"^(?P<name>{_NAME}),\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,2}}$")
#: "Jane Doe in Rio de Janeiro": a foreign correspondent's byline.
_IN_PLACE = r"\s+in\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|do|of|la|el))*"
_NAME_IN_PLACE = re.compile(rf"^(?P<name>{_NAME}){_IN_PLACE}$")
_PLACE_IN_BYLINE = re.compile(_IN_PLACE + r"(?=\s*(?:,|and\b|&|$))")
#: "by jdoe on March 3, 2024", "Neurobonkers on November 8, 2012, 11:50 AM": a blog's byline of one
#: name or handle, in its stamp.
_HANDLE_ON_DATE = re.compile(r"^(?:(?:posted\s+)?by\s+)?(?P<name>[\w][\w.'’-]{2,30})\s+(?:on|at|posted)\b", re.I)
#: "- Jane Doe" closing a review; "Jane Doe can be reached at ...": the author signs off.
_SIGNATURE = re.compile(rf"^[-–—]\s*(?P<name>{_NAME})\s*$")
#: "This post was contributed by Jane Doe.", "This was written by J.D. Roe. Posted on ...": a blog's
#: note of who wrote the post, at its end.
_WRITTEN_BY = re.compile(
    rf"^This (?:(?:guest )?(?:post|article|story|piece|entry|column|review) )?was (?:written|contributed|posted) by "
    rf"{_NAMES}\.?(?:\s|$)"
)
#: "Jane Doe can be reached at ...", "Jane Doe is a staff writer for The Harbour Ledger. ...": a
#: sign-off or an author box under the article.
_REACHED = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:can be (?:reached|contacted) at\b|is a staff writer\b|"
    r"is an? (?:[a-z]+ )?(?:writer|reporter|columnist|correspondent) (?:for|at|with) (?:the )?[A-Z])"
)
#: "Email | Print | Text size ? + By Jane Doe": a byline that closes a share bar's line, after its
#: last separator (not a title's "?" or ":": "Song: What Child Is This? By Jane Doe" is a list's item).
_BAR_BYLINE = re.compile(rf"[|+·•/]\s*(?:By|BY):?\s+{_NAMES}\s*$")
#: "Jane Doe (Harbour Wire) 15/01/2008 07:25", "Jane Doe | March 3, 2024": a name, its outlet in
#: brackets, then the stamp (the rest of the line, read by `_stamp_after`).
_NAME_BEFORE_STAMP = re.compile(rf"^{_NAMES}(?:\s*\([^()]{{2,60}}\))?\s*[,|·–—-]?\s+(?=\S)")
#: A word in capitals: before a stamp, a column's label ("TED Quotes | 12 June 2012"), not a name.
_CAPITALS_WORD = re.compile(r"\b[A-Z]{2,}\b")


def _byline_at(
    n: int,
    text: str,
    rem: Removal | None,
    table: PublisherTable,
    beside: bool,
    following: list[str],
    head: bool = False,
) -> tuple[Field, bool] | None:
    """Read a line as a byline and return its people, and whether the line says it is a byline
    ("By", "Author:", a role, a stamp) rather than holding names alone; or None (see `extract_author`).
    In the article's `head` (above its first paragraph), names alone beside the stamp may be names
    the first-names table does not list (`_unlisted_name`)."""
    plain = plain_text(text).strip(" |")
    if (
        not plain
        or _TWEET.search(plain)
        or (rem and (_in_comments(rem) or rem.evidence.startswith("the writer's desk")))
    ):
        return None
    if m := _WRITTEN_BY.match(plain):
        names = _people(m.group("name"), table)
        return (Field(_joined(names), n, "written-by-line"), True) if names else None
    if m := _REACHED.match(plain):  # a sign-off or an author box, however long its sentences
        return _byline_field(_people(m.group("name"), table, given=True), n, rem, strong=False)
    if len(plain.split()) > BYLINE_MAX_WORDS:
        return _closing_sign_off(n, plain, table) or _merged_head_byline(n, plain, table, beside)
    if rem and rem.rule in _NOT_STAMP_RULES and not (rem.rule == "caption-credit" and _BYLINE.match(plain)):
        return None  # a caption's or a teaser's names (a byline taken for a photo credit stays one)
    marked = bool(rem and rem.rule == "byline")
    # Correspondents' places go: "By Jane Doe in Brussels, John Roe in London".
    unplaced = _PLACE_IN_BYLINE.sub("", plain)
    stamp_by = _STAMP_BYLINE.search(plain)
    explicit = (
        _BYLINE.match(unplaced)
        or _AUTHOR_LABEL.match(plain)
        or (stamp_by if stamp_by and is_stamp(plain[: stamp_by.start()]) else None)
        or (marked and _NAME_BEFORE_ROLE.match(plain))
        or _NAME_DASH_ROLE.match(plain)
        or _BAR_BYLINE.search(unplaced)
    )
    strong = True
    if explicit:
        found = explicit.group("name")
        if _DESK_ROLE.match(explicit.string, explicit.end("name")):
            found = found.rsplit(None, 1)[0]  # "By Jane Doe Science editor": the desk goes with the role
        found = _without_outlet_after(found)
        names = _people(found, table)
    elif beside and (m := _NAME_BEFORE_ROLE.match(plain.title() if plain.islower() else plain)):
        names = _people(m.group("name"), table, given=True)  # "jane doe national security reporter"
    elif (
        (m := _HANDLE_ON_DATE.match(plain))
        and not is_stamp(plain)  # "Posted on March 3, 2024", "Issued on: ...": stamp words, not names
        and _stamp_after(plain[m.end() :])
    ):
        names = _people(m.group("name"), table, alone=True)
    elif (
        (m := _BARE_BYLINE.match(unplaced) or _NAME_IN_PLACE.match(plain))
        and (
            marked
            or beside
            or m.re is _NAME_IN_PLACE
            or _introduced(m.group("name"), following)
            or bool(following and _SPECIAL_TO.match(plain_text(following[0])))
        )
        and not _lede_subject(m.group("name"), following)
    ):
        names, strong = _people(m.group("name"), table, given=True, unlisted=head and beside), False
    elif beside and (m := _NAME_AND_LABEL.match(plain) or _NAME_COMMA_WHERE.match(plain)):
        names, strong = _people(m.group("name"), table, given=True), False
    elif m := _SIGNATURE.match(plain):
        names, strong = _people(m.group("name"), table, given=True), False
    elif beside and (m := _NAME_BEFORE_STAMP.match(plain)) and _stamp_after(plain[m.end() :]):
        # (A word in capitals among others there is a column's label, "TED Quotes | 12 June 2012".)
        name = m.group("name")
        label = _CAPITALS_WORD.search(name) and not name.isupper()  # "MPUMELELO MKHABELA": a name in capitals
        names = [] if label else _people(name, table, given=True, unlisted=head)
    else:  # a short head run into its byline: "Remembering Jane Doe By JOHN ROE -- Harbour Media",
        # its name opening with a given name (a headline's "Is By Turns Glorious" is an idiom)
        merged = _merged_head_byline(n, plain, table, beside) if head else None
        return merged if merged and is_first_name((merged[0].value or "").split()[0]) else None
    return _byline_field(names, n, rem, strong)


def _byline_field(names: list[str], n: int, rem: Removal | None, strong: bool) -> tuple[Field, bool] | None:
    """The byline's people as the author field of line `n` (the byline rule's, when it removed
    the line), and whether the line says it is a byline; None when it names nobody."""
    if not names:
        return None
    return Field(_joined(names), n, rem.rule if rem and rem.rule == "byline" else "byline-line"), strong


#: Reader mode runs an article's last paragraph into its sign-off: "... was a minus-8. Jane Roe can
#: be reached at: jroe@example.org". The sign-off opens a sentence and ends the line, with at most
#: SIGN_OFF_TAIL_MAX_WORDS words after its name (an address, a telephone number).
_SIGN_OFF_IN_LINE = re.compile(rf"(?<=[.!?\"”] )(?P<name>{_NAME})\s+can be (?:reached|contacted) at\b")
SIGN_OFF_TAIL_MAX_WORDS = 12


def _closing_sign_off(n: int, plain: str, table: PublisherTable) -> tuple[Field, bool] | None:
    """Read the sign-off that closes a long line (see `_SIGN_OFF_IN_LINE`)."""
    found = ([None, *_SIGN_OFF_IN_LINE.finditer(plain)])[-1]  # the last one
    if not found or len(plain[found.end() :].split()) > SIGN_OFF_TAIL_MAX_WORDS:
        return None
    return _byline_field(_people(found.group("name"), table, given=True), n, None, strong=False)


def _merged_head_byline(n: int, plain: str, table: PublisherTable, beside: bool) -> tuple[Field, bool] | None:
    """Read the byline in a line that runs a page's head into its article (reader mode): "Headline
    By Jane Doe Last Updated: ... Text" (a "By" that opens no name, "Launched By Acme", is passed
    over); or, in the line of the head's stamp, the names right before that stamp ("... Headline
    Jane Doe in Rome Tuesday January 15, 2008 The Site ...") or the name and desk right after it
    ("Updated Thu. Jan. 10 2008 10:12 PM ET Jane Doe, Capital Bureau Chief OTTAWA -- ...")."""
    for m in _MERGED_BYLINE.finditer(plain) if "By" in plain or "BY" in plain or " by " in plain[:15] else ():
        if len(plain[: m.start()].split()) > MERGED_HEAD_MAX_WORDS or _SENTENCE_BREAK.search(plain[: m.start()]):
            return None
        if names := _people(_without_outlet_after(_without_dateline_place(m.group("name"), plain[m.end() :])), table):
            return Field(_joined(names), n, "byline-in-merged-head"), True
    spans = date_spans(plain[:WORDED_STAMP_MAX_CHARS]) if beside else ()
    if not spans:
        return None
    start, end, _ = spans[0]
    before = _WEEKDAY_BEFORE.sub("", plain[:start]).split()
    if len(before) > WORDED_STAMP_MAX_WORDS:
        return None
    time = TIME_AFTER.match(plain[end:])
    after = plain[end + (time.end() if time else 0) :][:WORDED_STAMP_MAX_CHARS]
    m = _names_ending(before) or _NAME_DESK_AFTER_STAMP.match(after)
    names = _people(_PLACE_IN_BYLINE.sub("", m.group("name")), table, given=True) if m else []
    return (Field(_joined(names), n, "byline-in-merged-head"), True) if names else None


#: A dateline's dash after a byline's last word: "By CP TORONTO -- Punky ..." (the place opens the story).
_DATELINE_DASH = re.compile(r"^\s*(?:--|[-–—])\s")


def _without_dateline_place(name: str, after: str) -> str:
    """Return a byline's names without the dateline's place run into them: "CP TORONTO" before
    " -- ..." is the agency and the place the story was filed from (a place in capitals)."""
    words = name.split()
    if len(words) > 1 and words[-1].isupper() and _DATELINE_DASH.match(after) and is_place(words[-1].title()):
        if len(words) == 2 and is_first_name(words[0].capitalize()):
            return name  # "By BRUCE KIRKLAND -- Sun Media": a person whose surname is a place's name
        return " ".join(words[:-1])
    return name


def _names_ending(words: list[str]) -> re.Match[str] | None:
    """Match the names (and a correspondent's place) that end these words, after a lowercase word
    or a mark ("... quick solution Jane Doe in Rome"), not inside a run of capitalised words (a
    headline's), within STAMP_NAME_MAX_WORDS words."""
    for i in range(max(0, len(words) - STAMP_NAME_MAX_WORDS), len(words) - 1):
        before = words[i - 1] if i else ""
        if i and (before[0].isupper() or before[-1].isalnum() and not before[0].islower()):
            continue
        if m := _NAMES_IN_PLACE.fullmatch(" ".join(words[i:])):
            return m
    return None


#: The names before a head's stamp are read in at most this many words before it: two names and
#: a correspondent's place ("Jane Doe and John Roe in Rio de Janeiro").
STAMP_NAME_MAX_WORDS = 10
_NAMES_IN_PLACE = re.compile(rf"{_NAMES}(?:{_IN_PLACE})?")
#: "10:12 PM ET Jane Doe, Capital Bureau Chief": a name, a comma and a desk ending in a role word.
_NAME_DESK_AFTER_STAMP = re.compile(
    rf"^\s*(?:[A-Z]{{1,4}}\s+)?(?P<name>{_NAME}),\s+(?:[A-Z][\w.&'’-]*\s+){{0,4}}"
    r"(?:Chief|Correspondent|Editor|Reporter|Writer|Columnist)\b"
)


#: "Special to The Harbour Times", "For The Associated Press": the line under a freelancer's name.
_SPECIAL_TO = re.compile(r"^(?:Special to|For)\s+(?:[Tt]he\s+)?[A-Z]")
#: "Jane Doe: Analysis": a name and the one-word label of the piece's kind, under the headline or
#: beside the stamp (a teaser's "Jane Doe: Why the storm came" has a headline after the colon).
_NAME_AND_LABEL = re.compile(rf"^(?P<name>{_NAME})\s*:\s*[A-Z][a-z]+$")


def _stamp_after(rest: str) -> bool:
    """Tell the rest of a line after a name: a date stamp and nothing else."""
    return bool(find_dates(rest)) and is_stamp(rest)


def _joined(names: list[str]) -> str:
    """Join a byline's people as it reads: "A and B", "A, B and C"."""
    return " and ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} and {names[-1]}"


#: "... for their supper By Juliette Garside and Helen Power Last Updated: ...": a byline inside a
#: run-on head (capitalised "By", as bylines are; "by" in a sentence is not one), or a blog's "Posted by
#: Jane Doe @ 5:56 am Categories: ..." opening its line.
_MERGED_BYLINE = re.compile(rf"(?:^(?:Posted|POSTED) by|(?:^|(?<=[\s|]))(?:By|BY)):?\s+{_NAMES}")


def _introduced(name: str, following: list[str]) -> bool:
    """Tell an author box: the name alone, then a line introducing that person ("Ian Lynam is a
    graphic designer living in Tokyo ...")."""
    key = normalise_line(name)
    return any((line := normalise_line(t)).startswith(key) and _INTRODUCING.match(line, len(key)) for t in following)


_INTRODUCING = re.compile(r"\s+(?:is|was|has|writes|covers)\b")


def _lede_subject(name: str, following: list[str]) -> bool:
    """Tell a photo's caption from a byline: a name alone over the article that its first paragraph
    names within its sentence ("Mark Ronson" over "British music producer Mark Ronson has denied
    ..."): the story is about that person, who does not write it."""
    key = normalise_line(name)
    lede = next((normalise_line(t) for t in following if is_prose(t) or is_sentence(t)), "")
    return len(key.split()) > 1 and not lede.startswith(key) and f" {key} " in f" {lede} "


#: An outlet's possessive before the names: "NBC's", "NBC News'".
_OUTLET_POSSESSIVE = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s?\s+(?=[A-Z])")
#: A job after a name: "Engineer", "Distinguished Scientist", "Science editor".
_ROLE_WORD = re.compile(
    r"(?i:engineer|scientist|founder|manager|director|officer|president|editor|writer|reporter|producer|analyst|"
    r"designer|developer|intern|columnist|correspondent|contributor|blogger|guest)s?"
)
_ROLE_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+(?:editor|reporter|correspondent|writer|columnist|producer)\b.*$")
_DESK_ROLE = re.compile(r"\s+(?:editor|reporter|correspondent|writer|columnist|producer)\b")
#: Words no person's name holds ("TO", "RE", "THE" in capitals pass for names; "Pin It" is a button).
_NOT_NAME_WORDS = frozenset("to re the of for from with on in at by as an a or it".split())


def _people(
    names: str, table: PublisherTable, given: bool = False, alone: bool = False, unlisted: bool = False
) -> list[str]:
    """Return the people a byline names, name-cased; desks, accounts, agencies and outlets are not.

    With `given`, some name must open with a given name (names found without "By"), or, with
    `unlisted`, be one that no word list knows (`_unlisted_name`); with `alone`, a single name or
    handle counts ("by jdoe on ...")."""
    people = []
    named = False  # whether some name opens with a given name
    names = _OUTLET_POSSESSIVE.sub("", names.strip())  # "By NBC's Chuck Todd and ..."
    for name in _split_names(names):
        name = re.sub(r"(?<=\w\w)\.$", "", _ROLE_AFTER.sub("", name).strip())  # "Alan Boyle Science editor"
        words = name.split()
        if not words or _NOT_A_PERSON.search(name) or table.lookup_name(name) or _OUTLET_WORD.search(name.title()):
            continue
        if len(words) > 1 and is_place(name.title() if name.isupper() else name):
            continue  # "Palm Beach Post Staff Writer": the outlet's town, not a person
        if any(w.lower() in _NOT_NAME_WORDS or _ROLE_WORD.fullmatch(w) for w in words):
            continue  # "By TO KEVIN WILLIAMSON RE ...": a letter's address line; "Software Engineer"
        first = words[0].capitalize() if words[0].isupper() else words[0]
        named = named or is_first_name(first) or (unlisted and _unlisted_name(name))
        if len(words) < 2 and not alone:
            continue
        people.append(_name_case(name))
    # Names found without "By" need a given name among them ("Alyene Senger and Grant Hodges").
    return people if named or not given else []


#: A name of this many words or fewer that no word list knows is a person's though its given name is
#: not in the first-names table (which holds few names of Africa and Asia: "Mahalakshmi Hariharan").
UNLISTED_NAME_MAX_WORDS = 3


def _unlisted_name(name: str) -> bool:
    """Tell a person's name the first-names table does not list: two or three words written as
    names are (capitalised, or the whole name in capitals), none of them a word of the
    word-frequency table, an initial, an acronym or a place ("CTV Toronto", "Abu Dhabi")."""
    cased = name.title() if name.isupper() else name
    words = cased.split()
    return (
        2 <= len(words) <= UNLISTED_NAME_MAX_WORDS
        and all(len(w) > 2 and w.isalpha() and w.istitle() and not in_dictionary(w) and not is_place(w) for w in words)
        and not is_place(cased)
    )


def _without_outlet_after(name: str) -> str:
    """Return the name without an outlet that follows it with no comma ("By Jane Doe Associated
    Press Writer", "By Jane Doe Harbour News"), when the name opens with a given name (after a
    comma, `_people` drops the outlet: "By Jane Doe, Harbour News"). A name in capitals ends with
    its capitals ("By AL ALEXANDER The Harbour Ledger")."""
    words = name.split()
    upper = next((i for i, w in enumerate(words) if not w.isupper() and w not in ("and", "&")), len(words))
    if upper >= 2 and upper < len(words):
        return " ".join(words[:upper])
    if "," in name or not words or not is_first_name(words[0].capitalize() if words[0].isupper() else words[0]):
        return name
    for k in range(2, len(words)):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if _OUTLET_WORD.search(rest.title()) and not _OUTLET_WORD.search(head.title()):
            return head
    return name


def _split_names(names: str) -> list[str]:
    names = re.split(r"\s*[|,]\s*(?=[\w.+-]+@|\S+\.\w{2,}$)", names.strip())[0].strip(" ,|")
    return [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", names) if p.strip()]


def _name_case(name: str) -> str:
    # Upper-case bylines ("By REBECCA SANTOS") are a style, not the spelling of the name.
    # Each part of a hyphenated or apostrophised word is a capitalised part ("Al-Haj", "O'Brien"); a
    # word of two letters stays (initials, "JD") unless it is a given name ("AL ALEXANDER").
    name = re.sub(
        r"\b[A-Z][A-Z'’-]+\b",
        lambda m: (
            _CAPITALS_RUN.sub(lambda p: p.group(0).capitalize(), m.group(0))
            if len(m.group(0)) > 2 or is_first_name(m.group(0).capitalize())
            else m.group(0)
        ),
        name,
    )
    return _PREFIX_CAPITALS.sub(lambda m: m.group(1) + m.group(2).capitalize(), name)  # "McMURRAY"


#: A run of capitals in a word: "AL-HAJ" has two, each capitalised alone.
_CAPITALS_RUN = re.compile(r"[A-Z]+")
#: "McMURRAY", "DeSANTIS": a surname's prefix, then the rest in an upper-case byline's capitals.
_PREFIX_CAPITALS = re.compile(r"\b([A-Z][a-z]{1,2})([A-Z]{2,})\b")


def extract_url(lines: list[str], removed: dict[int, Removal]) -> Field:
    """Return the article's canonical url: the one source link of a mirror page, or a url line.

    A sources list of several links is what the page cites (a Wikipedia-style "References"
    section), not where it was published: it gives no url."""
    listed: dict[str, int] = {}  # each distinct link of the sources lists -> its line
    for n, text in _numbered(lines, sorted(removed)):
        if removed[n].rule != "sources-list":
            continue
        for m in _MD_LINK.finditer(text):
            if not _IMAGE_URL.search(m.group("url")) and "image" not in m.group("text").lower():
                if url := http_url(m.group("url")):  # a URL that parses as http(s) with a host, or none
                    listed.setdefault(url, n)
    if len(listed) == 1:
        ((url, n),) = listed.items()
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
    title: Field | None = None,
    body: Iterable[Line] = (),
) -> Field:
    """Return the outlet as the text names it, normalised through the outlet table.

    Evidence, strongest first:

    1. a site signature (a mirror's page layout);
    2. a press release's closing "About <issuer>" section: the issuer publishes a release, also
       on a distribution service's page;
    3. the site's part of the page's <title>, the opening line of a whole page's text ("Headline
       - Section - Site"), when confirmed (see `_page_title_site`);
    4. the masthead above the headline, when confirmed (see `_masthead`); the site name in a home
       link or logo ("The Guardian - Back to home"); a reader-mode title's " | Site" suffix;
    5. an outlet named after the byline ("By Jane Roe | Fox News") or on the desk line under it;
    6. a copyright line naming a brand ("© 2016 ABC News", "© Earthtimes.org"), unless it names
       a wire or a syndication agency (their copyright covers the story, not the site), or the
       author (a newsletter's);
    7. a "Fact checked by" credit; an appeal in which the site names itself ("Subscribe to the
       X", "the FRANCE 24 app"); a dateline's outlet ("(CNN) —"), unless it is a syndication
       wire's ("(AP) —") or a copyright line names someone else (wire copy on another site); the
       domain of an e-mail address in a contact line (never a webmail domain); a closing "Source:
       X" credit;
    8. a copyright line naming an owner ("Nexstar Media Inc"); the url's domain; a photo credit
       naming a known outlet that is not a photo agency.
    """
    numbered = list(_numbered(lines))
    for n, text in numbered:
        for signature, name in _SIGNATURES:
            if signature.search(text):
                return Field(name, n, "site-signature")
    found = _press_release_issuer(numbered, removed, table)
    if found:
        return found
    holders = _copyright_holders(numbered, removed, table)
    site = _page_title_site(numbered, removed, table, lines, title, holders, body)
    if site and author and normalise_line(site[0].value or "") in normalise_line(author):
        site = None  # a newsletter's author, named in its title and footer
    found, strong = site if site else (None, False)
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
                if not wire and (table.lookup_name(f.value or "") or (site is None and _WEB_NAME.search(f.value or "")))
            ),
            None,
        )
        if better and not _held(found, [(better, True, False)]):
            return better
    if found:
        return found
    copyright = next(((f, brand) for f, brand, wire in holders if not wire), None)
    if copyright and author and normalise_line(copyright[0].value or "") in normalise_line(author):
        copyright = None
    if copyright and copyright[1]:
        return copyright[0]
    stated = _publisher_statement(numbered, table)
    if stated:
        return stated
    dateline = _wire_dateline(numbered, removed, table)
    others = [f for f, _, wire in holders if not wire]
    if dateline and any(f.value != dateline.value for f in others):
        dateline = None  # wire copy on a site whose footer names it
    found = (
        _fact_check(numbered, removed, table)
        or _self_named(numbered, removed, table)
        or _site_description(numbered, removed, table)
        or dateline
    )
    # Whose address a contact line gives is not told when the footer names someone else.
    email = None if others else _email_domain(numbered, removed, table, lines)
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


_COPYRIGHT_MARK = re.compile(r"©|&copy;|\(c\)\s*\d|\bcopyright\b", re.I)
_WELCOME = re.compile(r"^(?:welcome to|you are (?:at|on|in))\s+", re.I)
#: Words a site adds to its name in a title: "Guardian Unlimited Football", "Independent Online Edition".
_SITE_NAME_SUFFIX = re.compile(
    r"(?:\s+(?:online|edition|home|homepage|home page|website|web site|football|sport))+$", re.I
)
#: The first word of a section's or a feature's name, never of a site's: "World News", "Top Stories".
_GENERIC_FIRST_WORD = re.compile(
    r"^(?:world|local|national|international|breaking|latest|top|more|most|business|sports?|entertainment|"
    r"tech|technology|science|health|politics|opinion|home|daily|weekly|subscribe|sign|get|join|follow|read|"
    r"watch|support|donate|special|featured|related|our|your|free|new|all|other|recent|popular|an?|site|rss)\b",
    re.I,
)


#: A first line of this many short parts is a menu (a <title> has a headline, sections and the site).
MENU_MIN_PARTS = 5
_FROM_SITE = re.compile(r"\(\s*from\s+(?P<site>[^()]{2,60}?)\s*\)\s*$", re.I)
#: Small words inside a capitalised name: "The Art of Non-Conformity", "Life as a Healthcare CIO".
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "&", "a", "an", "as", "for", "in", "on", "to"})
#: A site named by an acronym ("NTV", "AHN"): longer words in capitals are labels ("COLUMNISTS",
#: "CANOE" above "SLAM! Sports" on the tune part).
ACRONYM_MAX_LETTERS = 4
#: ... and of at least this many letters: "4°C" in a weather box is a reading ("NY1", "TV3" are names).
ACRONYM_MIN_LETTERS = 2
_LETTER = re.compile(r"[^\W\d_]")


#: A part of a page's title is the headline when the article uses this share of its words of four
#: letters or more, and at least two of them; a site's name shares few ("Feature Shoot", "SFGate").
#: Chosen on the tune part, where headlines share 0.6-1.0 and sites' names 0-0.5.
TITLE_PART_HEADLINE_SHARE = 0.6
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _article_words(body: Iterable[Line]) -> frozenset[str]:
    """The words of four letters or more of the article's paragraphs, lowercased."""
    return frozenset(
        w.lower() for line in body if len(line.text.split()) >= PROSE_MIN_WORDS for w in _LONG_WORD.findall(line.text)
    )


def _share(text: str, article: frozenset[str]) -> tuple[float, int]:
    """The share of a line's long words that the article uses, and how many (an outlet's words,
    "Times", "News", "Daily", say nothing of what the article is about)."""
    words = {w.lower() for w in _LONG_WORD.findall(text) if not _OUTLET_WORD.fullmatch(w.capitalize())}
    shared = len(words & article)
    return (shared / len(words) if words else 0.0), shared


def _about(text: str, article: frozenset[str]) -> bool:
    """Tell whether the article is about a line: it uses most of its long words (see TITLE_PART_HEADLINE_SHARE)."""
    share, shared = _share(text, article)
    return shared >= 2 and share >= TITLE_PART_HEADLINE_SHARE


def _page_title_site(
    numbered: list[tuple[int, str]],
    removed: dict[int, Removal],
    table: PublisherTable,
    lines: list[str],
    title: Field | None,
    holders: list[tuple[Field, bool, bool]] = (),  # type: ignore[assignment]
    body: Iterable[Line] = (),
) -> tuple[Field, bool] | None:
    """Return the site's name from the page's <title>, and whether the evidence is strong.

    A whole page's text opens with its <title>. The site is its last or its first part ("Headline -
    Section - Site", "Site: Headline"), never the headline; a title of one part names the site only
    when it is a web address or an outlet the table knows. A part counts only when something
    confirms it is a site's name (see `_confirmed_site`). When the last and the first part both
    qualify, the stronger wins, else the last.
    """
    if not numbered or is_list_item(numbered[0][1]):
        return None  # a menu's first item ("* [Portal](https://portal.example)"), not a <title>
    n, text = numbered[0]
    opening = HTML_TAG.sub(" ", plain_text(text).replace("\\|", "|")).strip(" |")
    # A stamp opening the text ("Associated Press - January 8, 2008") is no <title>: only a web
    # address there names the site ("MalaysiaSun.com | Thursday 17th January 2008 | Issue 1365").
    stamp = bool(find_dates(opening)) and (is_stamp(opening) or _loose_stamp(opening, table))
    parts = [p.split(" > ")[0].strip(" .\\") for p in SITE_TITLE_SEPARATOR.split(opening)]
    parts = [p for p in parts if p]
    if not parts or (len(parts) >= MENU_MIN_PARTS and all(len(p.split()) <= 3 for p in parts)):
        return None  # a menu ("Home | News | Sports | Weather | Video"), not a <title>
    # The site's city (and a section) closing the title follow the site's name: "Headline | KOMO-TV -
    # Seattle, Washington | Entertainment"; sections alone do not ("Headline - A-League - Football - Sport").
    trail = []
    while len(parts) > 2 and (_SECTION_WORDS.match(parts[-1]) or _places_only(parts[-1])):
        trail.append(parts.pop())
    if not any(_places_only(p) for p in trail):
        parts += reversed(trail)
    headline = normalise_line(title.value) if title and title.value else ""
    if title and title.line == n:  # the headline was read off the <title> itself: its longest part
        headline = normalise_line(max(parts, key=lambda p: len(p.split())))
    # Newsquest's titles name the paper in brackets: "Headline (from The Bolton News)".
    source = _FROM_SITE.search(opening)
    if source:
        site = _confirmed_site(source.group("site"), n, numbered, removed, table, lines, holders=holders)
        if site:
            return Field(site[0], n, "page-title-site"), site[1]
    # The headline is the part the article is most about, in words it uses (a site may be named
    # for the region the article is about too: "Frost hits orchards - Annapolis Valley Ledger").
    headline_line, first = _head_anchors(numbered, removed, title.line if title else None)
    head = headline_line or first
    article = _article_words(body) if len(parts) > 1 else frozenset()  # (most titles have one part)
    about = [p for p in parts if _about(p, article)] if len(parts) > 1 else []
    most = max(about, key=lambda p: _share(p, article)[::-1]) if about else None
    found = []
    for part in dict.fromkeys([parts[-1], parts[0]] if len(parts) > 1 else parts):
        if (stamp and not _WEB_NAME.search(part)) or part == most or part.endswith("?"):
            continue  # (a question is a headline, never a site's name: "The Final Chapter? - Site")
        site = _confirmed_site(
            part, n, numbered, removed, table, lines, alone=len(parts) == 1, holders=holders, head=head
        )
        # A part of the headline shown on the page ("NBA: Denver 124, Golden State 120") is a
        # label, unless it is surely a site's name (a site's name shown above the article can
        # pass for its headline: "SFGate: Daily Dish").
        if (
            site
            and not site[1]
            and len(parts) > 1
            and headline
            and re.search(rf"\b{re.escape(normalise_line(part))}\b", headline)
        ):
            continue
        if site:
            found.append((site, part is parts[0] and len(parts) > 1))
    if not found:
        return None
    # Of a last and a first part with evidence alike, the last names the site ("Headline - Site"),
    # unless colons alone part the title: a blog's "Blog Name: Post title" (on the tune pages every
    # such tie of that shape was one; "Ball - Neatorama" and "The Week: July 20 | Blog" keep the last).
    separators = SITE_TITLE_SEPARATOR.findall(opening)
    colon_led = bool(separators) and all(sep.strip() == ":" for sep in separators)
    (name, strong), _ = max(found, key=lambda f: (f[0][1], colon_led and f[1]))
    return Field(name, n, "page-title-site"), strong


#: Lines folded for comparison (`normalise_line`): a page's lines are compared with each part of
#: its title and with its masthead, each folded once; lines up to this long are remembered (a
#: scraped line may be megabytes long, and the memory is kept across a worker's files).
FOLDED_CACHE_MAX_CHARS = 500
_folded_short = lru_cache(maxsize=8192)(normalise_line)


def _folded(text: str) -> str:
    return _folded_short(text) if len(text) <= FOLDED_CACHE_MAX_CHARS else normalise_line(text)


def _lines_naming(key: str, numbered: list[tuple[int, str]], skip: int) -> list[tuple[int, str]]:
    """Return the lines other than `skip` that hold a folded name (`key`) as words."""
    if not key:
        return []
    words = re.compile(rf"\b{re.escape(key)}\b")
    return [(m, t) for m, t in numbered if m != skip and key in (f := _folded(t)) and words.search(f)]


def _places_only(part: str) -> bool:
    """Tell a title's part that names places only ("Charleston, SC", "Britain/Ireland")."""
    return all(is_place(p.strip()) for p in re.split(r"[/,]", part) if p.strip())


def _confirmed_site(
    part: str,
    opening: int,
    numbered: list[tuple[int, str]],
    removed: dict[int, Removal],
    table: PublisherTable,
    lines: list[str],
    alone: bool = False,
    holders: list[tuple[Field, bool, bool]] = (),  # type: ignore[assignment]
    head: int = 0,
) -> tuple[str, bool] | None:
    """Return the outlet a part of a page's title names, and whether the evidence is strong.

    Strong: a web address; an outlet the table knows (also without "Online", "Edition" and the
    like); a name a copyright line or the masthead repeats. Weak: a name of a few capitalised
    words ending in an outlet word ("APC Magazine"); a coined word ("swissinfo", "SFGate", "NTV",
    "MyFox Toledo"); a broadcaster's call sign and city ("WMUR Manchester", "CTV Toronto"); a name
    the page's chrome shows alone above the headline (line `head`: its logo). (A plain name closing the title, "Fox
    Sports", passes for a section's too: "India World", "Data Breaches".) A plain capitalised word ("Legal", "Columnists"), a label in
    capitals ("MOVIE REVIEW") and a place ("Charleston, SC") are sections'. A title of one part
    (`alone`) names the site with strong evidence, or when it is shaped like an outlet's name.
    """
    part = _LEADING_PREPOSITION.sub("", _WELCOME.sub("", part)).strip()
    address = _WEB_NAME.search(part)
    words = part.split()
    # A web address in a paragraph names the site in a copyright notice ("... (c) 2008 Example.org,
    # All Rights Reserved") or as its staff's employer ("Example.com's Jane Roe reports"); elsewhere
    # in prose it is anyone's ("... visit www.example.com for details", "I edit them with Paint.NET").
    prose = len(words) > PROSE_MAX_WORDS or is_prose(part)
    if address and (not prose or _COPYRIGHT_MARK.search(part) or _POSSESSIVE.match(part, address.end())):
        return _outlet_for_address(address.group(0), table, lines), True
    if (
        not words
        or len(words) > SITE_NAME_MAX_WORDS
        or _SECTION_WORDS.match(part)
        or not re.match(r"[A-Za-z0-9]", part)
    ):
        return None
    for name in (part, _SITE_NAME_SUFFIX.sub("", part)):
        known = table.lookup_name(name)
        if known and (len(name.split()) > 1 or _is_name_token(name, known) or not alone):
            return known, True
    if _places_only(part):
        return None  # "Charleston, SC", "Britain/Ireland": a section of places
    key = normalise_line(part)
    # A copyright line holding the name, or held by it ("© 2024 Valley Ledger Media Inc." under
    # "THE ANNAPOLIS VALLEY LEDGER"): the owner's brand is the site's name.
    if any(
        not wire
        and (k := normalise_line(f.value or ""))
        and (re.search(rf"\b{re.escape(k)}\b", key) or re.search(rf"\b{re.escape(key)}\b", k))
        for f, _, wire in holders
    ) and (not alone or (len(words) > 1 and _outlet_worded(words))):
        return _canonical_outlet(part, table), True
    named = _lines_naming(key, numbered, skip=opening)
    if not alone and any(
        _COPYRIGHT_MARK.search(t) or (m in removed and removed[m].rule == "masthead") for m, t in named
    ):
        return _canonical_outlet(part, table), True
    if _GENERIC_FIRST_WORD.match(part) or (len(words) > 1 and part.isupper()):
        return None
    capitalised = all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_SMALL_WORDS for w in words)
    outlet_shaped = len(words) >= 2 and capitalised and _outlet_worded(words)
    if alone:  # a <title> that is only a newspaper's name: "The Hays Daily News"
        return (_canonical_outlet(part, table), False) if outlet_shaped and words[0] == "The" else None
    # A line of the page's chrome above the headline that is the name alone: the logo's text
    # (below it, a headline shown again in a list of teasers is one too).
    logo = any(
        m < head and m in removed and removed[m].kind == "boilerplate" and normalise_line(t) == key for m, t in named
    )
    acronym_place = len(words) == 2 and words[0].isupper() and _coined(words[0]) and is_place(words[1])
    coined = (
        len(words) <= BRAND_MAX_WORDS
        and words[0].lower() not in _NAME_SMALL_WORDS
        and _coined(words[0])
        and (len(words) == 1 or not words[0].isupper())  # "TV Listings": an acronym opens a label too
        and capitalised
    )
    call_sign = bool(_CALL_SIGN_LED.match(part) or _CALL_SIGN_MARKED.match(part))
    # A brand of one word no dictionary holds, that other lines of the page name again
    # ("Computerworld - Headline" over "Computerworld Buyer's Guide").
    brand = bool(_BRAND_WORD.fullmatch(part)) and not in_dictionary(part) and len(named) >= BRAND_NAMED_MIN_LINES
    if outlet_shaped or coined or call_sign or acronym_place or brand or (logo and capitalised):
        return _canonical_outlet(part, table), False
    return None


#: A possessive right after a name: "Example.com's Jane Roe".
_POSSESSIVE = re.compile(r"['’]s\b")


#: How many other lines of the page name a one-word brand in its <title> for it to be the site's.
BRAND_NAMED_MIN_LINES = 2
_BRAND_WORD = re.compile(r"[A-Z][A-Za-z0-9]+")


def _coined(word: str) -> bool:
    """Tell a coined name from a word: "swissinfo", "SFGate", "LAist", "MyFox", "NY1", "AHN" (an
    acronym of at most ACRONYM_MAX_LETTERS letters); not "Legal", "Columnists", "CANOE"."""
    if word.isupper():  # (a reading is no acronym: "4°C", "7°F")
        return 1 < len(word) <= ACRONYM_MAX_LETTERS and len(_LETTER.findall(word)) >= ACRONYM_MIN_LETTERS
    return word[0].islower() or bool(re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]|\d", word))


#: A broadcaster's call sign and its city: "WMUR Manchester", "KPTV Portland".
_CALL_SIGN_LED = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?(?:\s+[A-Z][a-z]+){1,2}$")
#: A call sign alone with its band or its channel: "KOMO-TV", "KTVZ 21" (not "WWII").
_CALL_SIGN_MARKED = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM)|\s+\d{1,2})$")
#: "On CNET: ...", "From The Herald": the words that lead a site's name in a title.
_LEADING_PREPOSITION = re.compile(r"^(?:on|from|at|via)\s+(?=[A-Z0-9])", re.I)


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
    named_again = any(m in removed and _folded(t) != key for m, t in _lines_naming(key, numbered, skip=n))
    outlet_shaped = len(name.split()) >= 2 and _OUTLET_WORD.search(name) and not _GENERIC_FIRST_WORD.match(name)
    known = table.lookup_name(name)
    if known and " " not in name and not _is_name_token(name, known):
        known = None  # "National" over a section is no "The National"
    if known or named_again or outlet_shaped or _CALL_SIGN.match(name):
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
        site = _WELCOME.sub("", _LOGO_WORDS.sub("", m.group("site"))).strip() if m else ""
        if site and len(site.split()) <= SITE_NAME_MAX_WORDS:
            return Field(_canonical_outlet(site, table), n, "site-logo-or-home-link")
    return None


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
            return Field(_canonical_outlet(site, table), n, "home-link-name")
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
        or _GENERIC_FIRST_WORD.match(site)
        or _SECTION_WORDS.match(site)
        or (len(words) == 1 and in_dictionary(site))
        or (site.isupper() and len(site) > ACRONYM_MAX_LETTERS)
        or not _lines_naming(normalise_line(site), numbered, skip=n)
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
    headline, first = _head_anchors(numbered, removed, title.line if title else None)
    for n, text in numbered[1:MASTHEAD_ADDRESS_MAX_LINES]:
        if n >= (headline or first):
            break
        plain = plain_text(text).strip(" |")
        m = _WEB_NAME.match(plain)
        rest = plain[m.end() :].strip(" |") if m else ""
        if m and n in removed and rest and find_dates(rest):
            return Field(_outlet_for_address(m.group(0), table, lines), n, "masthead-address")
    return None


#: What a logo's text says of itself rather than of the site: "[![HOME](logo.png)]", "Planetizen Home".
_LOGO_WORDS = re.compile(r"(?:^|\s+)(?:home(?:\s*page)?|logo|header|banner)$", re.I)


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
        if known and table.kinds.get(known) != "wire":  # "AP Golf Writer": the writer's employer, not the site
            return Field(known, n, "byline-outlet")
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
            known = _known_prefix(name, table)
            if known:
                return Field(known, n, "publisher-statement")
            if _outlet_worded(words) or _OWNER_ENDING.search(name) or re.search(r"\b(?:Group|Media)$", name):
                return Field(_canonical_outlet(name, table), n, "publisher-statement")
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
            if m and (m.start() > start or start == 0) and _WEB_NAME.fullmatch(m.group("site")):
                return Field(_outlet_for_address(m.group("site"), table, lines), n, "byline-outlet")
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


def _copyright_holders(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> list[tuple[Field, bool, bool]]:
    """Return the holders the page's copyright lines name, in order: each with whether it reads as
    a brand (not an owner company), and whether it is a wire or a syndication agency. A notice
    found only by its mark and year inside a kept line comes after the page's footer notices."""
    found: list[tuple[Field, bool, bool]] = []
    inline: list[tuple[Field, bool, bool]] = []  # the notices inside kept lines of other text
    for n, text in numbered:
        rem = removed.get(n)
        m = _COPYRIGHT.search(text)
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
        address = _WEB_NAME.match(text, m.start("name"))
        if address:  # "© 2008 Earthtimes.org": the site's own address
            name = address.group(0)
            target.append(
                (Field(_outlet_for_address(name, table), n, "copyright-line"), True, _names_a_wire(name, table))
            )
            continue
        if _HOLDER_LABEL.match(m.group("name")):
            # "BBC Copyright Notice", "Privacy Policy © Copyright 2001-2008": a link's label; the
            # name before it is the holder when the table knows it.
            before = _CAPITALISED_RUN.findall(text[: m.start()])
            known = table.lookup_name(before[-1]) if before else None
            if known:
                target.append((Field(known, n, "copyright-line"), True, table.kinds.get(known) == "wire"))
            continue
        name = _TRAILING_PUNCTUATION.sub("", _NAME_DASH.sub("", m.group("name")))
        if all(w.lower() in _NAME_SMALL_WORDS for w in name.split()):
            continue  # "Copyright 2008 by The": the name went on in a line the scraper split off
        if _RUN_ON_NUMBER.search(name) or _DECIMAL.match(text, m.end("name") - 1):
            continue  # "Copyright © 2008. Fairfax Digital 531.25 ms - ...": a footer run into a timing
        wire = _names_a_wire(m.group("name"), table)  # "© Sapa - AFP": the agency after the dash too
        known = _known_prefix(name, table)
        # "© Action Images" under a photo, with no year and no rights reserved: a credit, unless it
        # names an outlet the table knows ("© The Washington Post Company").
        if not known and not _NOTICE.search(text):
            continue
        if known:
            target.append((Field(known, n, "copyright-line"), True, wire))
        elif _OWNER_ENDING.search(name) and (brand := _CORPORATE.sub("", name).strip(" .,")) and brand != name:
            target.append((Field(_canonical_outlet(brand, table), n, "copyright-line"), False, wire))
        else:
            target.append((Field(_canonical_outlet(name, table), n, "copyright-line"), _brand_shaped(name), wire))
    return found + inline


def _held(found: Field, holders: list[tuple[Field, bool, bool]]) -> bool:
    """Tell whether a copyright line names the outlet found ("Cortez Journal" and "© Cortez Journal")."""
    key = squeeze_line(found.value or "")
    return bool(key) and any(key in squeeze_line(f.value or "") for f, _, _ in holders)


def _names_a_wire(name: str, table: PublisherTable) -> bool:
    """Tell whether a name is, or includes, a wire or syndication agency the table knows ("Sapa - AFP")."""
    return any(
        table.kinds.get(table.lookup_name(" ".join(words[i:j])) or "") == "wire"
        for words in [re.findall(r"[\w&.'’-]+", name)]
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 4) + 1)
    )


def _outlet_worded(words: list[str]) -> bool:
    """Tell whether a name ends in an outlet word, in any case ("Valley Ledger", "VALLEY LEDGER")."""
    last = words[-1].capitalize() if words and words[-1].isupper() and len(words[-1]) > 2 else (words or [""])[-1]
    return bool(_OUTLET_WORD.fullmatch(last) or _MASTHEAD_WORD.fullmatch(last))


#: More words that end a newspaper's name (not used where a person's surname may be one).
_MASTHEAD_WORD = re.compile(
    r"Advertiser|Echo|Mercury|Argus|Enquirer|Telegram|Beacon|Banner|Eagle|Leader|Advocate|Citizen|Messenger|"
    r"Democrat|Statesman|Pioneer|Recorder|Bee|Item|Intelligencer|Constitution|Clarion|Reporter|Informer|Gleaner"
)


#: A brand is a short name ("Neojaponisme", "SYS-CON Media", "The Capital Standard"); a longer one
#: ends in an outlet word ("The Annapolis Valley Ledger") or is a description.
BRAND_MAX_WORDS = 3


#: A holder's name ends in a word or a channel's number ("Channel 4", "KTVZ 21"); a longer number
#: after it is other text the footer runs into (a page's render time, a telephone number).
_RUN_ON_NUMBER = re.compile(r"\s\d{3,}$")
_DECIMAL = re.compile(r"\d\.\d")  # (a name cut at a decimal point, "... 1594.238 ms", ran into a number)
#: A coined brand written in camel case from a small letter: "eFluxMedia", "iNewsWire".
_CAMEL_CASED = re.compile(r"^[a-z]{1,3}[A-Z][a-z]")


def _brand_shaped(name: str) -> bool:
    """Tell whether a copyright holder reads as a masthead's name: a few capitalised words, ending in
    an outlet word ("The Capital Standard", "Valley Ledger"); not a description ("Affordable Press
    Release Distribution Service, Video News Releases & Events Promotion")."""
    words = name.split()
    capitalised = all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_SMALL_WORDS or _CAMEL_CASED.match(w) for w in words
    )
    return capitalised and (
        0 < len(words) <= BRAND_MAX_WORDS or (len(words) <= SITE_NAME_MAX_WORDS and _outlet_worded(words))
    )


def _outlet_for_address(address: str, table: PublisherTable, lines: list[str] | None = None) -> str:
    """Return the outlet a web address names: the table's, the name the page spells it as, or the
    address as the site writes it ("Manchester.com"), without "www."."""
    address = re.sub(r"^www\.", "", address, flags=re.I)
    known = table.lookup_domain(address.lower())
    if known:
        return known
    spelled = _name_for_domain(address.lower(), lines, split_words=False) if lines else None
    # A name of one word says no more than the address ("CTV" for "CTV.ca"): the address is the name.
    return spelled if spelled and len(spelled.split()) > 1 else address


def _known_prefix(name: str, table: PublisherTable) -> str | None:
    """Return the outlet the table knows under the longest leading words of `name` ("ABC News Internet Ventures")."""
    words = name.split()
    for i in range(len(words), 0, -1):
        found = table.lookup_name(" ".join(words[:i]))
        # One word names the outlet when it is the whole name or the rest is the owner's company
        # ("Telegraph Media Group Limited"), not when it opens another name ("Wire Distribution Services").
        if found and (
            i > 1 or all(w.lower().strip(".,") in _COMPANY_WORDS or len(w.strip(".,")) == 1 for w in words[1:])
        ):
            return found
    return None


#: Words of a company's name after its brand: "Guardian News and Media Limited", "Times Newspapers Ltd".
_COMPANY_WORDS = frozenset(
    "news and & newspaper newspapers publishing publications media group limited ltd inc incorporated company co corp "
    "corporation plc llc lp l.p holdings communications network networks internet ventures interactive digital "
    "enterprises business information".split()
)


def _fact_check(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.rule == "fact-check-credit":
            m = _FACT_CHECK.match(text)
            if m:
                return Field(_canonical_outlet(_ORG_SUFFIX.sub("", m.group("name")), table), n, "fact-check-credit")
    return None


#: Verbs and labels that open an appeal, never an outlet's name: "Get Malaysia Sun headlines",
#: "Subscribe Today", "Submit Press".
_LEADING_GENERIC = re.compile(
    r"^(?:(?:subscribe|sign|get|join|follow|read|watch|support|donate|submit|place|register|download|visit|"
    r"more|latest|top|breaking|special)(?:\s+(?:up|in|on))?\s+)+",  # the verb's particle too: "Sign Up Today!"
    re.I,
)


def _self_named(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for n, text in numbered:
        rem = removed.get(n)
        if not rem or rem.rule not in _APPEAL_RULES:
            continue
        for m in _SELF_NAMED.finditer(text):
            name = _LEADING_GENERIC.sub("", m.group("name").strip())
            if _GENERIC_FIRST_WORD.match(name) and not table.lookup_name(name):
                continue  # "Local News", "World News": a section
            if len(name.split()) < 2:  # a lone "Register", "Mail" or "Press" is a word, not a name
                continue
            if (
                not re.match(r"^(The\s+)?(Daily|Weekly|Free|Breaking|Latest|Top|Our)\b", name)
                or table.lookup_name(name)
            ) and _appeal_names_site(canonical := _canonical_outlet(name, table), text, table):
                return Field(canonical, n, "self-named-in-appeal")
        known = _table_name_in(text, table)
        if known and _appeal_names_site(known, text, table):
            return Field(known, n, "outlet-named-in-appeal")
    return None


def _appeal_names_site(outlet: str, text: str, table: PublisherTable) -> bool:
    """Tell an outlet an appeal names as the site: not a wire ("a subscription with the Press
    Association site": its copy's), unless the appeal gives its address ("access to Reuters.com")."""
    return table.kinds.get(outlet) != "wire" or any(
        table.lookup_domain(m.group(0).lower()) == outlet for m in _WEB_NAME.finditer(text)
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
            if (table.lookup_name(name) or _outlet_worded(name.split())) and not _names_a_wire(name, table):
                return Field(_canonical_outlet(name, table), n, "edition-of-site")
        m = _SEARCH_BOX.search(plain.replace("\\|", "|")) if chrome and "Search" in plain else None
        if not m or _names_a_wire(m.group("name"), table):
            continue
        name = m.group("name").rstrip(".,")
        words = name.split()
        shaped = table.lookup_name(name) or _WEB_NAME.fullmatch(name) or (len(words) == 1 and _coined(name))
        if shaped and _lines_naming(normalise_line(name), numbered, skip=n):
            return Field(_canonical_outlet(name, table), n, "search-box-site")
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
                    elsewhere = {k for k, _ in _lines_naming(normalise_line(brand), numbered, skip=n)}
                    if elsewhere - {owner.line}:
                        return Field(brand, owner.line, "rights-holder-brand")
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
                # One plain word inside a longer name is that name's ("Legal Stuff" is no "Stuff").
                alone = len(words) == 1 or words[i].isupper() or bool(re.search(r"[\d.]", words[i]))
                if found and (size > 1 or (_is_name_token(words[i], found) and alone)):
                    return found
    return None


def _is_name_token(word: str, outlet: str) -> bool:
    """Tell whether one word names the outlet by itself: its own name ("Bloomberg"), an acronym
    ("AFP") or a domain ("Reuters.com"); a plain word that is also an alias ("Today", "Insider",
    "Sun") is a word."""
    return word == outlet or (word.isupper() and len(word) > 1) or bool(re.search(r"[\d.]", word))


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
    name = _canonical_outlet(agency, table)
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


def _email_domain(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable, lines: list[str]
) -> Field | None:
    if any(_RELEASE_SOURCE.match(t) for _, t in numbered):
        return None  # a release's contacts are its issuer's press office, on any site that runs it
    addresses = [
        (n, domain)
        for n, text in numbered
        # (an address in a comment is the commenter's: "... Jane Roe. e-mail: jroe@example.org")
        if (rem := removed.get(n)) and rem.kind == "boilerplate" and not _in_comments(rem)
        for m in _EMAIL.finditer(text)
        if not _WEBMAIL.search(domain := m.group("domain").lower())
    ]
    # The page is read once for every address's spelling, not once an address.
    spelled = _spelled_labels({_domain_label(d) for _, d in addresses}, lines) if addresses else {}
    for n, domain in addresses:
        name = table.lookup_domain(domain)
        if name:
            return Field(name, n, "e-mail-domain")
        name = _name_for_domain(domain, lines, spelled=spelled)
        if name:
            return Field(_canonical_outlet(name, table), n, "e-mail-domain")
    return None


def _domain_label(domain: str) -> str:
    """The name part of a domain, letters and digits only: "skywardnews" for "news.skywardnews.com"."""
    return _NOT_ALNUM.sub("", domain.split(".")[-2] if domain.count(".") >= 1 else domain)


def _spelled_labels(labels: set[str], lines: list[str]) -> dict[str, str]:
    """Return, for each label the page spells, its first run of capitalised words that does:
    "skywardnews" -> "Skyward News". One pass over the page whatever the number of labels."""
    found: dict[str, str] = {}
    longest = max(map(len, labels), default=0)
    for m in _CAPITALISED_RUN.finditer("\n".join(lines)):
        words = m.group(0).split()
        # Words i..j spell a label when their letters and digits, lowercased, do: the words are
        # folded one by one, and a run of words already longer than every label ends the search.
        folded = [_NOT_ALNUM.sub("", w.lower()) for w in words]
        for i in range(len(words)):
            spelled = ""
            for j in range(i + 1, len(words) + 1):
                spelled += folded[j - 1]
                if len(spelled) > longest:
                    break
                if spelled in labels and spelled not in found:
                    found[spelled] = " ".join(words[i:j])
        if len(found) == len(labels):
            break
    return found


def _name_for_domain(
    domain: str, lines: list[str], split_words: bool = True, spelled: dict[str, str] | None = None
) -> str | None:
    """Return the outlet's name that a domain spells: as the page writes it, else split at an outlet word.

    "newsdesk@skywardnews.com" gives "Skyward News"; a domain that spells no outlet gives None.
    `spelled`: the page's spellings of the labels (`_spelled_labels`), when already read.
    """
    label = _domain_label(domain)
    if spelled is None:
        spelled = _spelled_labels({label}, lines)
    if label in spelled:
        return spelled[label]
    m = _STEM_AND_OUTLET_WORD.match(label)
    if m and (split_words or not re.search(r"(?:and|of|the)$", m.group("stem"))):  # not "Globeand Mail"
        return f"{m.group('stem').capitalize()} {m.group('word').capitalize()}"
    return None


def _canonical_outlet(name: str, table: PublisherTable) -> str:
    name = name.strip(" .,:;")
    return table.lookup_name(name) or name
