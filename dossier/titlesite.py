"""The site's name in the page's <title> ("Headline - Section - Site", the opening line of a
whole page's text): which part of the title is the site and not the headline, taken only when the
page confirms it (a masthead, a home link, a copyright line, the same name elsewhere on the page).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .clean import is_list_item
from .dates import find_dates, is_stamp
from .gazetteer import US_POSTAL_CODES, is_place
from .headlines import SITE_TITLE_SEPARATOR
from .lexicon import in_dictionary
from .lineshapes import PROSE_MAX_WORDS
from .linetext import normalise_line, plain_text
from .mastheads import chrome_address_spells
from .model import Field, Line, Removal
from .outletnames import (
    BRAND_MAX_WORDS,
    GENERIC_FIRST_WORD,
    NAME_SMALL_WORDS,
    SECTION_WORDS,
    SITE_NAME_MAX_WORDS,
    WELCOME,
    acronym_expansion,
    canonical_outlet,
    is_coined,
    lines_naming,
    outlet_for_address,
    outlet_worded,
)
from .pagehead import OUTLET_WORD, WEB_NAME, PageLines, is_name_token
from .publishers import PublisherTable
from .selfnaming import framed_on_chrome
from .stamps import loose_stamp
from .titles import HTML_TAG, PROSE_MIN_WORDS, is_prose

#: A letter: a site's name has one (a telephone number or a figure in a title's part names none).
_LETTER = re.compile(r"[^\W\d_]")


_COPYRIGHT_MARK = re.compile(r"©|&copy;|\(c\)\s*\d|\bcopyright\b", re.I)


#: Words a site adds to its name in a title: "Guardian Unlimited Football", "Independent Online Edition".
_SITE_NAME_SUFFIX = re.compile(
    r"(?:(?<!\s)\s+(?:online|edition|home|homepage|home page|website|web site|football|sport))+$", re.I
)


#: The separators of a <title>'s site reading (`SITE_TITLE_SEPARATOR`), and a middle dot or a bullet
#: between spaces ("Headline · Section · Site", "Headline • Site"), and a question mark between
#: spaces: a dash the page's encoding lost ("Site ? Slogan - Section", where "Site?s" shows its
#: apostrophe lost too); a question ends its word, no space before it. A name's letter or figure
#: follows (not another separator: "Who pays ? - Site"). Each run of spaces is read from its start
#: only, as the others are.
_SITE_PART_SEPARATOR = re.compile(rf"{SITE_TITLE_SEPARATOR.pattern}|(?<!\s)\s+[·•?]\s+(?=[^\W_])")


#: A first line of this many short parts is a menu (a <title> has a headline, sections and the site).
MENU_MIN_PARTS = 5


#: A title closing with one breadcrumb step: "Headline - Site > Section" (no other separator after it).
_CRUMB_LAST = re.compile(r"\s>\s++[^|>:/–—-]+$")


_FROM_SITE = re.compile(r"\(\s*from\s+(?P<site>[^()]{2,60}?)\s*\)\s*$", re.I)


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
    words = {w.lower() for w in _LONG_WORD.findall(text) if not OUTLET_WORD.fullmatch(w.capitalize())}
    shared = len(words & article)
    return (shared / len(words) if words else 0.0), shared


def _about(text: str, article: frozenset[str]) -> bool:
    """Tell whether the article is about a line: it uses most of its long words (see TITLE_PART_HEADLINE_SHARE)."""
    share, shared = _share(text, article)
    return shared >= 2 and share >= TITLE_PART_HEADLINE_SHARE


def page_title_site(
    page: PageLines,
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
    numbered, removed = page.numbered, page.removed
    if not numbered or is_list_item(numbered[0][1]):
        return None  # a menu's first item ("* [Portal](https://portal.example)"), not a <title>
    n, text = numbered[0]
    opening = HTML_TAG.sub(" ", plain_text(text).replace("\\|", "|")).strip(" |")
    # A stamp opening the text ("Associated Press - January 8, 2008") is no <title>: only a web
    # address there names the site ("MalaysiaSun.com | Thursday 17th January 2008 | Issue 1365").
    stamp = bool(find_dates(opening)) and (is_stamp(opening) or loose_stamp(opening, table))
    parts = [p.split(" > ")[0].strip(" .\\") for p in _SITE_PART_SEPARATOR.split(opening)]
    parts = [_once(p) for p in parts if p]
    # "Headline - Site > Section": the section a breadcrumb puts under the site's name; the name
    # before it counts on strong evidence only (`crumb`: a section's label may stand there too).
    crumb = len(parts) > 2 and opening.count(" > ") == 1 and bool(_CRUMB_LAST.search(opening))
    if crumb:
        parts.pop()
    if not parts or (len(parts) >= MENU_MIN_PARTS and all(len(p.split()) <= 3 for p in parts)):
        return None  # a menu ("Home | News | Sports | Weather | Video"), not a <title>
    # The site's city (and a section) closing the title follow the site's name: "Headline | KOMO-TV -
    # Seattle, Washington | Entertainment"; sections alone do not ("Headline - A-League - Football - Sport").
    trail = []
    while len(parts) > 2 and (SECTION_WORDS.match(parts[-1]) or _places_only(parts[-1])):
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
    headline_line, first = page.anchors(title.line if title else None)
    head = headline_line or first
    article = _article_words(body) if len(parts) > 1 else frozenset()  # (most titles have one part)
    about = [p for p in parts if _about(p, article)] if len(parts) > 1 else []
    most = max(about, key=lambda p: _share(p, article)[::-1]) if about else None
    found = []
    for part in dict.fromkeys([parts[-1], parts[0]] if len(parts) > 1 else parts):
        if (stamp and not WEB_NAME.search(part)) or part == most or part.endswith("?"):
            continue  # (a question is a headline, never a site's name: "The Final Chapter? - Site")
        site = _confirmed_site(
            part,
            n,
            numbered,
            removed,
            table,
            lines,
            alone=len(parts) == 1,
            holders=holders,
            head=head,
            shown=headline_line,
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
        if site and not (crumb and part is parts[-1] and not site[1]):
            found.append((site, part is parts[0] and len(parts) > 1))
    if not found:
        return None
    # Of a last and a first part with evidence alike, the last names the site ("Headline - Site"),
    # unless colons alone part the title: a blog's "Blog Name: Post title" (on the tune pages every
    # such tie of that shape was one; "Ball - Neatorama" and "The Week: July 20 | Blog" keep the last).
    separators = _SITE_PART_SEPARATOR.findall(opening)
    colon_led = bool(separators) and all(sep.strip() == ":" for sep in separators)
    (name, strong), first_part = max(found, key=lambda f: (f[0][1], colon_led and f[1]))
    if first_part and not strong and (expanded := _expanded(name, parts[1], n, numbered)):
        return Field(expanded, n, "page-title-site"), strong
    return Field(name, n, "page-title-site"), strong


def _expanded(site: str, following: str, opening: int, numbered: list[tuple[int, str]]) -> str | None:
    """Return the name an acronym opening the title stands for, when the next part spells it out
    ("AKI - Adnkronos International ...", see `acronym_expansion`) and another line of the page
    names it so too (its footer, a section bar): the outlet by its name, not its initials."""
    expansion = acronym_expansion(site, following)
    named = lines_naming(normalise_line(expansion), numbered, skip=opening) if expansion else []
    if not expansion or not named:
        return None
    # The spelling in capitals another line gives ("Adnkronos International" under a title's
    # "Adnkronos international"), when it has one.
    spelled = re.compile(r"\s+".join(map(re.escape, expansion.split())), re.I)
    for _, text in named:
        m = spelled.search(text)
        if m and all(w[0].isupper() or w.lower() in NAME_SMALL_WORDS for w in m.group(0).split()):
            return m.group(0)
    return expansion


def _on_notice_or_masthead(named: list[tuple[int, str]], removed: dict[int, Removal]) -> bool:
    """Tell whether one of the lines naming a site is a copyright notice or the page's masthead."""
    return any(_COPYRIGHT_MARK.search(t) or (m in removed and removed[m].rule == "masthead") for m, t in named)


def _self_referenced(key: str, named: list[tuple[int, str]], removed: dict[int, Removal]) -> bool:
    """Tell whether a line of chrome names a folded name (`key`) in one of the frames a site names
    itself with ("About X", "X on Facebook": `selfnaming.framed_name`), "the" or not."""
    core = key.removeprefix("the ")
    return any(normalise_line(name).removeprefix("the ") == core for _, name in framed_on_chrome(named, removed))


def _holding(key: str, holders: list[tuple[Field, bool, bool]]) -> list[Field]:
    """Return the copyright holders (not wires) that hold a folded name as words, or that it holds."""
    return [
        f
        for f, _, wire in holders
        if not wire
        and (k := normalise_line(f.value or ""))
        and (re.search(rf"\b{re.escape(k)}\b", key) or re.search(rf"\b{re.escape(key)}\b", k))
    ]


def _once(part: str) -> str:
    """Return a <title>'s part written twice over as once: "Harbour Notes BlogHarbour Notes Blog" (a
    template gluing the site's name to its logo's text) is the name "Harbour Notes Blog". A name of
    one word ("Bonbon") or two copies a space parts ("New York New York") are left as written."""
    half = len(part) // 2
    if " " in part[:half] and part[:half] == part[half:]:
        return part[:half]
    return part


def _places_only(part: str) -> bool:
    """Tell a title's part that names places only ("Charleston, SC", "Dayton OH", "Britain/Ireland")."""
    if _town_and_state(part.strip()):
        return True
    return all(is_place(p.strip()) for p in re.split(r"[/,]", part) if p.strip())


#: A US state's postal code closing a title's part, after a space: "Dayton OH", "Dayton, OH".
_STATE_AT_END = re.compile(r"\s(?P<state>[A-Z]{2})$")
#: A town's name before it: a capital, then no comma or slash.
_TOWN = re.compile(r"[A-Z][^,/]*")


def _town_and_state(part: str) -> bool:
    """Tell a town and a US state's postal code, as a site's title closes with its city ("Dayton
    OH"). The code is found from the end: one pattern for both, its town's end left open, tried
    every split of a run of spaces (a part of 4,000 spaces took 3 s)."""
    m = _STATE_AT_END.search(part)
    if not m or m.group("state") not in US_POSTAL_CODES:
        return False
    town = part[: m.start()].rstrip()
    town = town[:-1] if town.endswith(",") else town
    return _TOWN.fullmatch(town) is not None and is_place(town)


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
    shown: int | None = None,
) -> tuple[str, bool] | None:
    """Return the outlet a part of a page's title names, and whether the evidence is strong.

    Strong: a web address; an outlet the table knows (also without "Online", "Edition" and the
    like); a name a copyright line or the masthead repeats (the copyright line's full name when it
    only adds an outlet word: "NY1" and "© 2008 NY1 News"). Weak: a name of a few capitalised
    words ending in an outlet word ("APC Magazine"); a coined word ("swissinfo", "SFGate", "NTV",
    "MyFox Toledo"); a broadcaster's call sign and city ("WMUR Manchester", "CTV Toronto"); a name
    the page's chrome shows alone above the headline (line `head`: its logo). (A plain name closing the title, "Fox
    Sports", passes for a section's too: "India World", "Data Breaches".) A plain capitalised word ("Legal", "Columnists"), a label in
    capitals ("MOVIE REVIEW") and a place ("Charleston, SC") are sections'. A title of one part
    (`alone`) names the site with strong evidence, or when it is shaped like an outlet's name.
    """
    part = WELCOME.sub("", part).strip()
    if _LEADING_PREPOSITION.match(part):
        return None  # "On Example: Headline": a teaser for where the story is, another site
    address = WEB_NAME.search(part)
    words = part.split()
    # A web address in a paragraph names the site in a copyright notice ("... (c) 2008 Example.org,
    # All Rights Reserved") or as its staff's employer ("Example.com's Jane Roe reports"); elsewhere
    # in prose it is anyone's ("... visit www.example.com for details", "I edit them with Paint.NET").
    prose = len(words) > PROSE_MAX_WORDS or is_prose(part)
    if address and alone and _menu_run(part[: address.start()]):
        return None  # "Instruction Travel Shop Press Room Example.com": a menu's items, the last a sister site
    if address and (not prose or _COPYRIGHT_MARK.search(part) or _POSSESSIVE.match(part, address.end())):
        return outlet_for_address(address.group(0), table, lines), True
    if not words or len(words) > SITE_NAME_MAX_WORDS or SECTION_WORDS.match(part):
        return None
    key = normalise_line(part)
    if not re.match(r"[A-Za-z0-9]", part) and (
        alone or not _shown_twice(key, part, lines_naming(key, numbered, skip=opening), removed, head, shown)
    ):
        return None  # "» Blog Archive", "(2)": no name's first letter, unless the page shows the part twice
    if not _LETTER.search(part):
        return None  # "Orders ship free | 555-0199", "Our Year in Figures: 25,000": a number names no site
    if find_dates(part):
        return None  # "Last Updated: 2:55am GMT 29/12/2007": a stamp's part, no site's name
    bare = _SITE_NAME_SUFFIX.sub("", part)
    for name in (part, bare):
        known = table.lookup_name(name)
        if known and (len(name.split()) > 1 or is_name_token(name, known) or not alone):
            return known, True
    if _places_only(part):
        return None  # "Charleston, SC", "Britain/Ireland": a section of places
    # A copyright line holding the name, or held by it ("© 2024 Valley Ledger Media Inc." under
    # "THE ANNAPOLIS VALLEY LEDGER"): the owner's brand is the site's name.
    holding = _holding(key, holders)
    if not holding and bare != part and not alone:
        # "Headline - Harbour Online Edition" over "© Harbour News and Media Limited": the name
        # without the words a site adds to it in a title is the holder's.
        holding = _holding(normalise_line(bare), holders)
        part = bare if holding else part
    if holding and (not alone or (len(words) > 1 and outlet_worded(words))):
        fuller = next((f.value for f in holding if f.value and _name_and_outlet_word(part, f.value)), None)
        return canonical_outlet(fuller or part, table), True
    named = lines_naming(key, numbered, skip=opening)
    if not alone and (_on_notice_or_masthead(named, removed) or _self_referenced(key, named, removed)):
        return canonical_outlet(part, table), True
    # "Headline - Harbour Lanterns" over a footer's "harbourlanterns.example": the site's address spells the name.
    if not alone and chrome_address_spells(part, numbered, removed):
        return canonical_outlet(part, table), True
    # "Headline - Harbour Unlimited Football" over "Harbour Unlimited © ...": the name without the
    # words a site adds to it in a title, as the footer's notice or the masthead gives it.
    if not alone and bare != part and bare.strip():
        if _on_notice_or_masthead(lines_naming(normalise_line(bare), numbered, skip=opening), removed):
            return canonical_outlet(bare.strip(), table), True
    if not alone and _shown_twice(key, part, named, removed, head, shown):
        return canonical_outlet(part, table), False
    if GENERIC_FIRST_WORD.match(part) or (len(words) > 1 and part.isupper()):
        return None
    capitalised = all(w[0].isupper() or w[0].isdigit() or w.lower() in NAME_SMALL_WORDS for w in words)
    outlet_shaped = len(words) >= 2 and capitalised and outlet_worded(words)
    if alone:  # a <title> that is only a newspaper's name: "The Hays Daily News"
        return (canonical_outlet(part, table), False) if outlet_shaped and words[0] == "The" else None
    # A line of the page's chrome above the headline that is the name alone: the logo's text
    # (below it, a headline shown again in a list of teasers is one too).
    logo = any(m < head and _logo_line(removed.get(m), m, shown) and normalise_line(t) == key for m, t in named)
    acronym_place = len(words) == 2 and words[0].isupper() and is_coined(words[0]) and is_place(words[1])
    coined = (
        len(words) <= BRAND_MAX_WORDS
        and words[0].lower() not in NAME_SMALL_WORDS
        and is_coined(words[0])
        and not _measure(words[0])
        and (len(words) == 1 or not words[0].isupper())  # "TV Listings": an acronym opens a label too
        and capitalised
    )
    call_sign = bool(_CALL_SIGN_LED.match(part) or _CALL_SIGN_MARKED.match(part))
    # A brand of one word no dictionary holds, that other lines of the page name again
    # ("Computerworld - Headline" over "Computerworld Buyer's Guide").
    brand = bool(_BRAND_WORD.fullmatch(part)) and not in_dictionary(part) and len(named) >= BRAND_NAMED_MIN_LINES
    # (A logo's text of one dictionary word is a section's heading: "Cricket" over a sports page.)
    logo = logo and capitalised and not (len(words) == 1 and in_dictionary(part))
    if outlet_shaped or coined or call_sign or acronym_place or brand or logo:
        return canonical_outlet(part, table), False
    return None


#: A number and a word joined by a hyphen: "30-Day", "24-Hour", "5-Star" (see `_measure`).
_NUMBER_AND_WORD = re.compile(r"\d+-(?P<word>[A-Za-z]+)")


def _measure(word: str) -> bool:
    """Tell a number joined to a dictionary word ("30-Day Returns", "24-Hour Service"): a quantity
    a shop's or a service's offer states, not a coined name, though it holds a digit."""
    m = _NUMBER_AND_WORD.fullmatch(word)
    return bool(m) and in_dictionary(m.group("word"))


def _shown_twice(
    key: str, part: str, named: list[tuple[int, str]], removed: dict[int, Removal], head: int, shown: int | None
) -> bool:
    """Tell a <title> part that two lines of the page's chrome name (`_logo_line`: removed as chrome,
    or the logo's line taken for a headline or a byline), one of them its logo's text (the name alone
    on a line above the headline, line `head`) or a frame naming it as the site's own ("Meet
    (in)courage", see `_self_referenced`): the site's name whatever its shape, a first "A" ("A
    Harbour Mess"), a small or a lower-case word ("Mac & i"), a bracket ("(in)courage"), which the
    shape tests of a name nothing else confirms refuse. A section's heading shown over the article
    and in a menu is shaped as one and stays refused: a section's words (`SECTION_WORDS`,
    `GENERIC_FIRST_WORD` but for an article), a label in capitals, one dictionary word."""
    words = part.split()
    if (
        (GENERIC_FIRST_WORD.match(part) and not _ARTICLE_FIRST.match(part))
        or (len(words) > 1 and part.isupper())
        or (len(words) == 1 and in_dictionary(part))
    ):
        return False
    chrome = [(m, t) for m, t in named if _logo_line(removed.get(m), m, shown)]
    if len(chrome) < SHOWN_TWICE_MIN_LINES:
        return False
    logo = any(m < head and normalise_line(t) == key for m, t in chrome)
    return logo or _self_referenced(key, chrome, removed)


#: Lines of chrome naming a <title> part for `_shown_twice`: its logo's text or a frame, and another.
SHOWN_TWICE_MIN_LINES = 2


#: "A" or "An" opening a name: a site's too ("A Harbour Mess"), where the other first words of
#: `GENERIC_FIRST_WORD` open sections' names.
_ARTICLE_FIRST = re.compile(r"^an?\s", re.I)


#: What cleaning may take a site's logo line for: the page's headline or its byline (a blog's name
#: alone over its posts, "Harbour Notes" as the headline, "Jane Roe" as the writer).
_LOGO_TAKEN_FOR = frozenset({"headline", "byline"})


def _logo_line(rem: Removal | None, line: int, shown: int | None) -> bool:
    """Tell a removed line that may be the site's logo: chrome, or a line cleaning took for the
    headline or the byline while the headline was read off another line (`shown`) or none. Two
    places then name the site: the <title>'s part and the line alone above the article."""
    if rem is None:
        return False
    return rem.kind == "boilerplate" or (rem.kind == "metadata" and rem.rule in _LOGO_TAKEN_FOR and line != shown)


#: A <title> of one part with this many capitalised words and no small word before a web address
#: is a menu's items run together ("Instruction Travel Shop Press Room Example.com"), not a title
#: naming its site ("News from Example.com"). Chosen on the L3S tune pages: the one such line was a menu.
MENU_RUN_MIN_WORDS = 4


def _menu_run(text: str) -> bool:
    """Tell a run of menu items: MENU_RUN_MIN_WORDS capitalised words or more, none a small word."""
    words = text.split()
    return len(words) >= MENU_RUN_MIN_WORDS and all(w[0].isupper() and w.lower() not in NAME_SMALL_WORDS for w in words)


#: A possessive right after a name: "Example.com's Jane Roe".
_POSSESSIVE = re.compile(r"['’]s\b")


#: How many other lines of the page name a one-word brand in its <title> for it to be the site's.
BRAND_NAMED_MIN_LINES = 2


_BRAND_WORD = re.compile(r"[A-Z][A-Za-z0-9]+")


#: A broadcaster's call sign and its city: "WMUR Manchester", "KPTV Portland".
_CALL_SIGN_LED = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?(?:\s+[A-Z][a-z]+){1,2}$")


#: A call sign alone with its band or its channel: "KOMO-TV", "KTVZ 21" (not "WWII").
_CALL_SIGN_MARKED = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM)|\s+\d{1,2})$")


#: "On Example: ...", "From The Herald: ...": a title's part led by these words tells where the story
#: is or came from, another site than the page's (a teaser for a sister site); the page's own name
#: stands alone. (The L3S tune pages had one such title, on a sister site's page: read as the site, wrong.)
_LEADING_PREPOSITION = re.compile(r"^(?:on|from|at|via)\s+(?=[A-Z0-9])", re.I)


#: A site's short name in its <title> and its full name in its footer differ by at most this many
#: outlet words ("NY1" and "© 2008 NY1 News"); more words make another name ("NY1 News Radio
#: Network"). Chosen on the even half of the L3S tune pages (one such title, "NY1: Top Stories").
FOOTER_NAME_EXTRA_WORDS = 1


def _name_and_outlet_word(short: str, full: str) -> bool:
    """Tell whether a copyright line's holder is a title's short name and an outlet word ("NY1" and
    "NY1 News", see FOOTER_NAME_EXTRA_WORDS): the footer gives the site's full name, the title its short one."""
    short_words, full_words = short.split(), full.split()
    rest = full_words[len(short_words) :]
    return (
        normalise_line(" ".join(full_words[: len(short_words)])) == normalise_line(short)
        and 0 < len(rest) <= FOOTER_NAME_EXTRA_WORDS
        and all(OUTLET_WORD.fullmatch(w) for w in rest)
    )
