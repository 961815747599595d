"""Where a site names itself in its own chrome: an appeal to its readers ("Subscribe to The Daily
Beacon", "Support Example Voice", "Israel365 News is the only media outlet ..."), a line saying
whose edition it carries ("the online edition of The Harbour Ledger"), or its search box ("Search
Tidenet"). Each gives the name only when its shape is an outlet's (not a section's, a button's or a
list of a group's titles), and never a wire's unless the line gives its address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .lexicon import in_dictionary, is_first_name
from .linetext import normalise_line, plain_text
from .model import Field, Removal
from .outletnames import (
    GENERIC_FIRST_WORD,
    canonical_outlet,
    is_coined,
    lines_naming,
    names_a_wire,
    outlet_worded,
    table_name_in,
)
from .pagehead import OUTLET_WORDS, WEB_NAME
from .publishers import PublisherTable

#: An outlet naming itself in an appeal: "Israel365 News is the only media outlet ...",
#: "Subscribe to The Daily Beacon", "Support Example Voice".
#: The longest word of a name before an outlet word, in characters: no name's word is longer, and
#: the bound keeps the search linear (from every capital of a run of hyphenated parts, an unbounded
#: word read the run to its end).
NAME_WORD_MAX_CHARS = 40
_SELF_NAMED = re.compile(
    rf"(?P<name>(?:The\s+)?(?:[A-Z][\w'’&-]{{0,{NAME_WORD_MAX_CHARS - 1}}}\s+){{0,3}}(?:{OUTLET_WORDS}))\b"
)


#: A person named by a paper's possessive right after it: "The Harbour Ledger's Jane Roe" (its
#: staff writer, the appeal's newsletter written for another site).
_STAFF_OF = re.compile(r"['’]s\s+(?P<first>[A-Z][a-z]+)\s+[A-Z]")


#: Appeals and the chrome around them: lines where a site names itself.
#: (Not share bars: "Follow us on Google News" names a platform.)
_APPEAL_RULES = frozenset({"subscription", "donation", "trailing-block", "section-block"})


#: Appeals by their rule; a heading or a link in a trailing or section block is one when it asks
#: the reader something ("Subscribe to ...", "Register for free with ...", "... home delivery"),
#: and a sentence there is the site describing itself ("Israel365 News is the only media outlet").
_ASKING_RULES = frozenset({"subscription", "donation"})


#: A line that is one Markdown link, perhaps a list's item: "* [Man caught on CCTV at a store](/video/...)",
#: a teaser's headline in a block of links to other stories, which speaks of its story, not of the site.
_TEASER_LINK = re.compile(r"^\s*(?:[-*+•]\s+)?\[[^\[\]]*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)\s*$")


def _heading(text: str) -> bool:
    """Tell a heading or a link's text: every word capitalised or no word of letters ("IT Media Releases")."""
    return all(not w[0].isalpha() or w[0].isupper() for w in plain_text(text).split())


#: Verbs and labels that open an appeal, never an outlet's name: "Get Malaysia Sun headlines",
#: "Subscribe Today", "Submit Press".
_APPEAL_VERBS = r"subscribe|sign|get|join|follow|read|watch|support|donate|submit|place|register|download|visit"


_LEADING_GENERIC = re.compile(
    rf"^(?:(?:{_APPEAL_VERBS}|more|latest|top|breaking|special)(?:\s+(?:up|in|on))?\s+)+",  # the verb's particle too: "Sign Up Today!"
    re.I,
)


#: A button's label opens with an appeal's verb: "Follow Harbour Log", "Subscribe Now" (no masthead).
BUTTON = re.compile(rf"^(?:{_APPEAL_VERBS})\b", re.I)


#: A line that asks the reader something (see `_ASKING_RULES`).
_ASKING = re.compile(rf"\b(?:{_APPEAL_VERBS}|subscription|delivery|save|off)\b", re.I)


#: How a site's chrome names the site itself, and nothing else does: "About Harbour Notes", "Contact
#: The Harbour Times", "Advertise with Harbourwire", "Follow Harbour Notes", "Harbour Notes on
#: Facebook", the whole line. A section gets a menu's link, a kicker or a "More" heading, not these;
#: on the tune part's read half every <title> part a chrome line framed so (76 pages of 25 sites)
#: was the site's name. ("Inside", "Search" and "Support" frame sections too: "Inside Politics",
#: "Search Jobs"; a handle, "Follow @jroe", is a writer's as often.) The name is at most
#: FRAMED_NAME_MAX_CHARS long, which keeps the search linear.
FRAMED_NAME_MAX_CHARS = 80
#: A feed's label frames the site's name too: "Harbour Notes RSS Feed", "Harbour Notes » Feed",
#: "Harbour Notes Feeds:", and a Markdown feed link's title, which the reader sees as a tooltip
#: (`[Subscribe](/feed/ "Harbour Notes RSS Feed")`, `_LINK_TITLE`). Of a link's title only this
#: frame is read: a button's title ('[Follow](# "Follow Harbour Log")') is a blog network's, the
#: same on each of its blogs.
_FEED_FRAME = re.compile(
    rf"^(?P<name>[^\s@].{{0,{FRAMED_NAME_MAX_CHARS - 1}}}?)\s+(?:[»|:–—-]\s+)?"
    r"(?i:(?:rss|atom)(?:\s+feeds?)?|feeds?)[\s.:!…]*$"
)
#: The social networks a site links its own pages on ("Harbour Notes on Facebook").
SOCIAL_NETWORKS = r"facebook|twitter|youtube|pinterest|instagram|linkedin|tumblr|google\+?"
_FRAMES = (
    re.compile(
        r"^(?i:about|contact|meet|follow|join|subscribe\s+to|welcome\s+to|(?:careers|jobs)\s+at|"
        rf"advertise(?:\s+(?:with|on|in))?)\s+(?P<name>[^\s@].{{0,{FRAMED_NAME_MAX_CHARS - 1}}}?)[\s.:!…]*$"
    ),
    re.compile(
        rf"^(?P<name>[^\s@].{{0,{FRAMED_NAME_MAX_CHARS - 1}}}?)\s+"
        rf"(?i:on\s+(?:{SOCIAL_NETWORKS}))[\s.:!…]*$"
    ),
    _FEED_FRAME,
)

#: A Markdown link's title (see `_FEED_FRAME`).
_LINK_TITLE = re.compile(r'\]\([^\s()"]*\s+"(?P<title>[^"]{1,80})"\)')


def framed_name(text: str) -> str | None:
    """Return the name a line frames as a site's own (see `_FRAMES`), as the line writes it."""
    plain = plain_text(text).strip(" |#*")
    for frame in _FRAMES:
        m = frame.match(plain)
        if m:
            return m.group("name")
    return None


def framed_on_chrome(numbered: Iterable[tuple[int, str]], removed: dict[int, Removal]) -> Iterator[tuple[int, str]]:
    """Yield each line of chrome (removed as boilerplate) that frames a name as a site's own, with
    that name (`framed_name`)."""
    for n, text in numbered:
        rem = removed.get(n)
        if rem is None or rem.kind != "boilerplate":
            continue
        if (name := framed_name(text)) is not None:
            yield n, name
        for m in _LINK_TITLE.finditer(text) if '"' in text else ():
            if feed := _FEED_FRAME.match(plain_text(m["title"]).strip()):
                yield n, feed["name"]


def self_named(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    for i, (n, text) in enumerate(numbered):
        rem = removed.get(n)
        if not rem or rem.rule not in _APPEAL_RULES or _in_list_of_names(i, numbered):
            continue
        if rem.rule not in _ASKING_RULES and (_heading(text) or _TEASER_LINK.match(text)) and not _ASKING.search(text):
            continue  # "Talking News", "IT Media Releases": a block's heading or link, which asks nothing
        if _credits_staff(text):
            continue  # "... from The Harbour Ledger's Jane Roe": the writers' paper, a partner's or a parent's
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


def _credits_staff(text: str) -> bool:
    """Tell an appeal that names a paper as its writers' ("a newsletter ... from The Harbour Ledger's
    Jane Roe and John Poe"): a partner's or a parent paper credited, not the site naming itself."""
    return any(
        (staff := _STAFF_OF.match(text, m.end())) is not None and is_first_name(staff.group("first"))
        for m in _SELF_NAMED.finditer(text)
    )


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


#: A note of the print edition the article ran in: "This article appeared on page D - 7 of the
#: Harbour Chronicle" (the paper whose story the site carries).
_PRINT_PAGE = re.compile(
    r"\bappeared on page\s+[A-Z]?\s*-?\s*\d{1,3}\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})"
)


#: A line about the site itself, kept or not: "This site is updated by 4 a.m. each day ...".
_THIS_SITE = re.compile(r"\bthis (?:site|website|web site)\b", re.I)


#: A site's search box names the site: "Search Tidenet", "| Search HarbourWire |" (a cell or line of its own).
_SEARCH_BOX = re.compile(r"(?:^|\|)\s*Search\s+(?P<name>[A-Za-z0-9][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s*(?:\||$)")


def _a_paper(name: str, table: PublisherTable) -> bool:
    """Tell a name an edition or print note gives that is a paper's: known to the table or ending in
    an outlet word, and not a wire's."""
    return bool(table.lookup_name(name) or outlet_worded(name.split())) and not names_a_wire(name, table)


def _names_this_site(plain: str) -> bool:
    """`_THIS_SITE.search(plain)`, tried on an ASCII line only when its lowercase holds "site" (every
    match does; beyond ASCII, letters of "site" have other case-insensitive spellings, "ſ", "İ")."""
    return (not plain.isascii() or "site" in plain.lower()) and bool(_THIS_SITE.search(plain))


def site_description(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> Field | None:
    """Return the site a line of the page's chrome names as itself: the paper whose edition the site
    carries (a name the table knows or ending in an outlet word), the paper whose print edition a
    note says the article ran in ("This article appeared on page D - 7 of the Harbour Chronicle",
    on any line), or the name in its search box (a
    name the table knows, a web address or a coined name, which another line of the page repeats:
    "Search the Web", "Search Archives" name no site). Wires and agencies are never the site."""
    for n, text in numbered:
        rem = removed.get(n)
        plain = plain_text(text)
        chrome = bool(rem and rem.kind == "boilerplate")
        printed = _PRINT_PAGE.search(plain) if "appeared on page" in plain else None
        if printed:
            name = printed.group("name").rstrip(".,")
            if _a_paper(name, table):
                return Field(canonical_outlet(name, table), n, "printed-in")
        if not chrome and not _names_this_site(plain):
            continue
        for m in _EDITION_OF.finditer(plain) if "edition of" in plain else ():
            name = m.group("name").rstrip(".,")
            if _a_paper(name, table):
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
