"""The site's name as its page head shows it: the masthead above the headline (when something
confirms it is one), a home link or a logo's text ("The Guardian - Back to home"), a Markdown
head's link to its own home page, a date bar's web address ("MalaysiaSun.com Thursday 17th January
2008"), and a reader-mode header's " | Site" title suffix; a portal its credits name ("The Harbour Times on
Portalnet"); and which host a page's own links go to.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import find_dates
from .headlines import is_home_link
from .lastreading import LastReading
from .lexicon import in_dictionary
from .linetext import normalise_line, plain_text
from .model import Field, Removal
from .outletnames import (
    ACRONYM_MAX_LETTERS,
    GENERIC_FIRST_WORD,
    SECTION_WORDS,
    SITE_NAME_MAX_WORDS,
    WELCOME,
    acronym_expansion,
    address_abbreviates,
    canonical_outlet,
    domain_label,
    folded_text,
    lines_naming,
    masthead_shaped,
    names_a_wire,
    outlet_for_address,
)
from .pagehead import HEAD_MAX_LINES, OUTLET_WORD, WEB_NAME, PageLines, is_name_token
from .publishers import PublisherTable, fold_name
from .selfnaming import BUTTON, framed_on_chrome
from .storycredits import portal_credited
from .urls import host_of

#: US broadcasters are known by their call signs: "KLCH 7", "WFAA", "KTVZ 21".
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?(?:\s+\d{1,2})?$")


def masthead_site(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
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
    if BUTTON.match(name) and not table.lookup_name(name):
        return None  # "Follow Harbour Log Followed": the buttons of a bar, not a masthead
    key = normalise_line(name)
    named_again = any(m in removed and folded_text(t) != key for m, t in lines_naming(key, numbered, skip=n))
    outlet_shaped = len(name.split()) >= 2 and OUTLET_WORD.search(name) and not GENERIC_FIRST_WORD.match(name)
    known = table.lookup_name(name)
    if known and " " not in name and not is_name_token(name, known):
        known = None  # "National" over a section is no "The National"
    if not known and " " not in name and in_dictionary(name) and not host_names(name, numbered):
        # "By", "Cars": a word of the page's chrome, unless the page's own address is the word
        # ("Lantern" over links to lantern.example)
        return None
    if known or named_again or outlet_shaped or _CALL_SIGN.match(name):
        return Field(canonical_outlet(name, table), n, "masthead")
    return None


_HOME_LINK = re.compile(r"^(?P<site>[A-Z][^|–—]{1,60}?)\s*[-–—|:]\s*(?:back to )?home(?:page)?$", re.I)


_LOGO = re.compile(r"!\[(?:image \d+:\s*)?(?P<site>[^\]]{2,60}?)(?:\s+logo)?\]\([^)]*logo[^)]*\)", re.I)


#: A logo's text may add the site's slogan after its name: "Harbour Health: Better answers." (a
#: colon or a dash, then words; the name is read alone when another line of the page names it).
_SLOGAN = re.compile(r"(?::|\s+[–—|-])\s+\w.*$")


#: What a logo's text says of itself rather than of the site: "[![HOME](logo.png)]", "Planetizen Home".
#: (The spaces before the word open at a run's first space: searched from each space of a long
#: run they were quadratic.)
_LOGO_WORDS = re.compile(r"(?:^|(?<!\s)\s++)(?:home(?:\s*page)?|logo|header|banner)$", re.I)


#: A word joined to the next by an underscore: a file's name ("harbour_masthead_2x"), which no outlet's name is.
_FILE_NAME = re.compile(r"[^\W_]_[^\W_]")


def site_link(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
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
        if m and m.re is _LOGO and _addresses_disown(site, text):
            continue  # "[![Other Blog](https://harbour.example/logo.png)](https://harbour.example)": another site's name
        if m and m.re is _LOGO and len(site.split()) > SITE_NAME_MAX_WORDS:
            site = _leading_name(site, text)  # "Summer Tomato tips and advice on healthy eating"
        if site and len(site.split()) <= SITE_NAME_MAX_WORDS:
            if m.re is _LOGO and _section_logo_under(n, site, numbered):
                return None  # a portal's logo over its section's own: which names the page is not told
            return Field(canonical_outlet(site, table), n, "site-logo-or-home-link")
    return None


#: A logo linked to a section of its site, one path down and not the home page ("[![Harbour
#: Tech](/tech/logo.gif)](/tech/ "Harbour Tech")"): a section's or a magazine's own masthead.
_SECTION_LOGO_LINK = re.compile(r"\]\(/(?!index\b)[^/()\s]+/?(?:\s+\"[^\"]*\")?\)")


def _section_logo_under(n: int, site: str, numbered: list[tuple[int, str]]) -> bool:
    """Tell a logo of another name under the site's logo `site` (line `n`) in the page's head, linked
    to a section of the site ("[![Harbour Tide](/tide/logo.gif)](/tide/)"): a portal's logo over a
    section's or a magazine's own, which may be the page's publisher as well as the portal."""
    key = normalise_line(site)
    for k, text in numbered[:HEAD_MAX_LINES]:
        if k <= n or "logo" not in text.lower():
            continue
        m = _LOGO.search(text)
        if m and normalise_line(m.group("site")) != key and _SECTION_LOGO_LINK.search(text, m.end()):
            return True
    return False


def _leading_name(site: str, text: str) -> str:
    """Return the leading words, two or more, of a logo's text too long for a name that the host its
    image links to spells whole ("[![Harbour Tomato tips on eating well](logo.png)](https://harbourtomato.example)":
    the site's name and its slogan); else the text as it is."""
    target = _LOGO_TARGET.search(text)
    host = host_of(target.group("url")) if target else None
    words = site.split()
    for cut in range(SITE_NAME_MAX_WORDS, 1, -1):
        if _first_label_spells(host, " ".join(words[:cut])):
            return " ".join(words[:cut])
    return site


#: The fewest letters of an address's label that may spell a part of a logo's text ("bbc" in "BBC
#: News"); "www" is no part of any site's name.
LOGO_LABEL_MIN_LETTERS = 3


#: The fewest letters of a word of a logo's text that an address's label may hold for it ("tavern"
#: in "wptavern"); shorter words ("net", "the", "blog" aside) are parts of too many labels.
LOGO_WORD_MIN_LETTERS = 4


#: The address a logo's image links to: "[![Name](image.png)](https://harbour.example)" (not the
#: image's own, which a content network's host serves as often as the site's).
_LOGO_TARGET = re.compile(r"!\[[^\]]*\]\([^)]*\)\]\((?P<url>https?://[^)\s]+)")


def _addresses_disown(site: str, text: str) -> bool:
    """Tell a logo's text that the address it links to does not spell: the link's host names one
    site, its text another ("[![Other Blog](/logo.png)](https://harbour.example)", a stale or a
    borrowed text; "Harbour Gaymer.net" over harbourgamer.example, a misspelling). A host spells the
    text when one of its labels is part of the text's letters or holds them ("bbc" in "BBC News",
    "lantern" in "The Lantern"), holds one of its words ("tavern" in "wptavern") or gives its
    initials (`address_abbreviates`), accents aside. A logo linking to no absolute address ("](/)")
    is not disowned, whatever host serves its image, nor a text in another script than Latin."""
    target = _LOGO_TARGET.search(text)
    hosts = {h} if target and (h := host_of(target.group("url"))) else set()
    folded = fold_name(site)  # (accents off: "Néojaponisme" is spelled "neojaponisme")
    letters = folded.replace(" ", "")
    spelled = _spelled(folded)
    words = [w for w in folded.split() if len(w) >= LOGO_WORD_MIN_LETTERS]
    if not hosts or not letters or not letters.isascii():
        return False  # (a name in another script than the address's Latin letters is not spelled out)
    for host in hosts:
        labels = [x for x in host.lower().split(".")[:-1] if x != "www" and len(x) >= LOGO_LABEL_MIN_LETTERS]
        if any(x in letters or (len(spelled) >= LOGO_LABEL_MIN_LETTERS and spelled in x) for x in labels):
            return False
        if any(w in x for w in words for x in labels):
            return False  # "WordPress Tavern" on wptavern.example: a word of the name in the label
        if address_abbreviates(host, site):
            return False
    return True


#: The text of a Markdown line that is one link, or a heading of one: "[### Harbourgadget](/)".
_LINK_TEXT = re.compile(r"^(?:#{1,6}\s+)?\[(?:#{1,6}\s+)?(?P<site>[^\[\]]{2,60})\]\(")


def home_link_name(numbered: list[tuple[int, str]], table: PublisherTable, lines: list[str]) -> Field | None:
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
        if not m or lines[n - 1][:1].isspace() or not is_home_link(_without_trailing_banner(text).lstrip("# ")):
            continue
        host = _link_host(text)
        if host:
            own = own or _most_linked_host(numbered)
            if host != own:
                continue
        site = m.group("site").strip(" #")
        if _named_home(site, n, numbered) or _host_spells(site, host):
            return Field(canonical_outlet(site, table), n, "home-link-name")
        if _ROOT_LINK.search(text, m.end() - 2):
            return None  # the first link to the site's root decides
    return None


#: A linked image closing a line: "[![](/img/banner.png)](https://campaign.example/)", a banner set
#: beside a masthead's link.
_TRAILING_IMAGE_LINK = re.compile(r"\[!\[[^\[\]]*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)\s*$")


def _without_trailing_banner(text: str) -> str:
    """Return a line without the linked image that closes it: "[The Harbour Log](https://harbourlog.example/)"
    with a campaign's banner beside it is the masthead's link still."""
    m = _TRAILING_IMAGE_LINK.search(text)
    return text[: m.start()] if m and m.start() else text


#: A link to a site's front page or a section of one path segment: "](https://example.org/)",
#: "](https://example.org/blog/ "Blog")" (an article's link goes deeper, with its date or slug).
_SHALLOW_LINK = re.compile(r"\]\(https?://[^/\s)]+(?:/[^/\s)]*)?/?[\s)]")


def address_home_link(address: str, page: PageLines, title: Field | None) -> Field | None:
    """Return the site's name a Markdown page's head gives its link to the front page of the address
    its copyright line names ("[The Harbour Log](https://harbourlog.example/)" over "© harbourlog.example"):
    the link's text, when shaped as a name (see `_home_words`), above the headline."""
    host = host_of(f"http://{address}")
    headline, first = page.anchors(title.line if title else None)
    for n, text in page.numbered[:HEAD_MAX_LINES]:
        if n >= (headline or first):
            break
        m = _LINK_TEXT.match(text)
        if not m or not host or _link_host(text) != host or not _SHALLOW_LINK.search(text, m.end() - 2):
            continue
        site = m.group("site").strip(" #")
        if _home_words(site):
            return Field(site, n, "address-home-link")
    return None


#: A Markdown link to a site's root: "](/)", "](https://example.org)", "](https://example.org/ "Home")".
_ROOT_LINK = re.compile(r"\]\((?:https?://[^/\s)]+)?/?[\s)]")


def _named_home(site: str, n: int, numbered: list[tuple[int, str]]) -> bool:
    """Tell a home link's words that name a site (`_home_words`), which another line names again."""
    return _home_words(site) and bool(lines_naming(normalise_line(site), numbered, skip=n))


def _host_spells(site: str, host: str | None) -> bool:
    """Tell a home link's words of two or more that its host's first label spells whole ("[A
    Harbour Mess](https://aharbourmess.example/)"): the address confirms the name, a first "A" or
    "An" (`GENERIC_FIRST_WORD` refuses it) and no other line naming it again."""
    words = site.split()
    return (
        len(words) > 1
        and _first_label_spells(host, site)
        and _home_words(" ".join(words[1:]) if re.fullmatch(r"an?", words[0], re.I) else site)
    )


def _home_words(site: str) -> bool:
    """Tell a home link's words shaped as a site's name, not a menu's or a button's ("[Main](/)",
    "[PRIVACY POLICY](/privacy)": a word of the dictionary, a label in capitals, a section's name)."""
    words = site.split()
    return not (
        not re.match(r"[A-Z0-9]", site)
        or len(words) > SITE_NAME_MAX_WORDS
        or GENERIC_FIRST_WORD.match(site)
        or SECTION_WORDS.match(site)
        or (len(words) == 1 and in_dictionary(site))
        or (site.isupper() and len(site) > ACRONYM_MAX_LETTERS)
    )


def links_elsewhere(name: str, numbered: list[tuple[int, str]]) -> bool:
    """Tell a name a Markdown line links, as its whole text, to the front page of a host other than
    the page's own (the one its links go to most): "[DAYSPRING](https://dayspring.example)" on a blog
    whose links go to incourage.example most. The name is another site's, its owner's or its
    portal's, also when the footer's copyright notice names it."""
    key = normalise_line(name)
    for _, text in numbered:
        m = _LINK_TEXT.match(text)
        if not m or normalise_line(m.group("site").strip(" #")) != key or not _ROOT_LINK.search(text, m.end() - 2):
            continue
        host = _link_host(text)
        if host and host != _most_linked_host(numbered):
            return True
    return False


#: A Markdown link's address, also before the link's title: "](https://example.org "Visit us")".
_LINK_URL = re.compile(r"\]\((?P<url>https?://[^)\s]+)")


def _link_host(text: str) -> str | None:
    """Return the host of a line's first absolute link, without "www." (None for "[Name](/)")."""
    m = _LINK_URL.search(text)
    return host_of(m.group("url")) if m else None


def _read_most_linked_host(numbered: list[tuple[int, str]]) -> str | None:
    """Return the host a page's absolute links go to most often: its own, for a Markdown page."""
    counts: dict[str, int] = {}
    for _, text in numbered:
        if "](http" not in text:
            continue
        for m in _LINK_URL.finditer(text):
            if host := host_of(m.group("url")):
                counts[host] = counts.get(host, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


#: `_read_most_linked_host`, read once a page for every name `host_names` is asked about.
_most_linked_host = LastReading(_read_most_linked_host)


def host_names(name: str, numbered: list[tuple[int, str]]) -> bool:
    """Tell whether the host a page links to most (its own, see `_most_linked_host`) spells the name
    as one of its labels: "Lantern" and "lantern.example", "The Harbour Gadgets" and
    "harbourgadgets.example"."""
    host = _most_linked_host(numbered)
    spelled = _spelled(name)
    return bool(host and spelled) and spelled in host.lower().split(".")


def _first_label_spells(host: str | None, name: str) -> bool:
    """Tell a host whose first label spells the name whole ("harbourtomato.example", "Harbour Tomato")."""
    return host is not None and host.split(".")[0] == _spelled(name)


def _spelled(name: str) -> str:
    """A name as an address spells it: no "The", no spaces or marks, lowercase ("harbourgadgets")."""
    return re.sub(r"[\W_]+", "", re.sub(r"^the\s+", "", name, flags=re.I)).lower()


def _address_spells(name: str, numbered: list[tuple[int, str]]) -> bool:
    """Tell whether a web address written on the page (a whole page's text has no links) spells the
    name as its first label: "Harbour Notes" and "www.harbournotes.example" (not a label further
    on: "notes.harbour.example" is a section's or a network's host)."""
    spelled = _spelled(name)
    return bool(spelled) and any(
        m.group(0).lower().removeprefix("www.").split(".")[0] == spelled
        for _, text in numbered
        if spelled in text.lower()
        for m in WEB_NAME.finditer(text)
    )


def chrome_address_spells(name: str, numbered: list[tuple[int, str]], removed: dict[int, Removal]) -> bool:
    """Tell whether a web address on a line of the page's chrome (removed as boilerplate) spells the
    name as the address's own label, with "the" or without: "Harbour Lanterns" and a footer's
    "harbourlanterns.example", "The Age" and "theage.com.au". A site writes its address in its footer,
    menus and notices; an address in the article names whatever the article is about, and a label
    before the site's ("notes.harbour.example") a section's or a network's host."""
    spelled = {_spelled(name), re.sub(r"[\W_]+", "", name).lower()} - {""}
    return any(
        domain_label(m.group(0).lower()) in spelled
        for n, text in numbered
        if (rem := removed.get(n)) is not None and rem.kind == "boilerplate" and any(s in text.lower() for s in spelled)
        for m in WEB_NAME.finditer(text)
    )


def framed_site(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the name a line of chrome frames as the site's own ("About Harbour Notes", "Harbour
    Notes on Facebook": `selfnaming.framed_name`) when the host the page links to most spells it
    ("harbournotes.example", `host_names`), or a web address the page writes (`_address_spells`):
    two places naming one site, on a page whose <title> does not anchor the frame. A frame alone
    names a writer, an owner company or a sister paper as often ("About Jane Roe", "Careers at
    Harbour Media")."""
    for n, framed in framed_on_chrome(numbered, removed):
        # (as a title gives it: "Follow “Harbour Notes”", "About the Harbour Times")
        name = re.sub(r"^the\s", "The ", framed.strip("\"'“”‘’"))
        if (
            name
            and len(name.split()) <= SITE_NAME_MAX_WORDS
            and not SECTION_WORDS.match(name)
            and (host_names(name, numbered) or _address_spells(name, numbered))
            and not names_a_wire(name, table)
        ):
            return Field(canonical_outlet(_spelled_out(name, numbered) or name, table), n, "site-named-in-frame")
    return None


def portal_site(numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable) -> Field | None:
    """Return the portal whose credits the page's chrome gives the stories it carries ("The Harbour
    Times on Portalnet", `storycredits.portal_credited`) when the host the page links to most, or a
    web address the page writes, spells it: the site is the portal, never the company its notice
    names ("© 2016 Portalnet Corporation") nor an outlet it carries. Credited alone, the name may
    be a topic a list of columns is "on" ("Jane Roe on Harbour Politics")."""
    found = portal_credited(numbered, removed)
    name = found.value if found else None
    if not found or not name or not (host_names(name, numbered) or _address_spells(name, numbered)):
        return None
    return replace(found, value=canonical_outlet(name, table))


#: Where a page spells an acronym out right after it: "FDA, U.S. Food and Drug Administration" (a
#: logo's text), "FDA - Food and Drug Administration"; the words run to a bracket, a quote or a bar.
_ACRONYM_THEN_NAME = r"\b{}\s*[,:–—-]\s+(?P<name>[^\s\[\]()\"|][^\[\]()\"|]*)"


#: A country's dotted initials opening an agency's name, which give the acronym no letter: "U.S. Food
#: and Drug Administration" for "FDA".
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}$")


def _spelled_out(acronym: str, numbered: list[tuple[int, str]]) -> str | None:
    """Return the name a line of the page spells an acronym out as, right after it ("FDA, U.S. Food
    and Drug Administration", see `acronym_expansion`), a country's dotted initials before it kept:
    the outlet by the name it gives itself, not the initials a menu's "Follow FDA" writes."""
    if not (acronym.isupper() and len(acronym) <= ACRONYM_MAX_LETTERS):
        return None
    pattern = re.compile(_ACRONYM_THEN_NAME.format(re.escape(acronym)))
    for _, text in numbered:
        for m in pattern.finditer(text) if acronym in text else ():
            words = m.group("name").split()
            dotted = words[:1] if words and _DOTTED_INITIALS.match(words[0]) else []
            expansion = acronym_expansion(acronym, " ".join(words[len(dotted) :]))
            if expansion:
                return " ".join([*dotted, expansion])
    return None


#: A whole page's masthead may show the site's address in its bar of the day's date ("MalaysiaSun.com
#: Thursday 17th January 2008 Issue 1365"), within this many non-blank lines of its top and above the
#: headline. (An address alone on a line there names a sister site, an advertiser or a menu's link
#: as often as the site itself: on the tune pages "WICKEDLOCAL.COM" over a newspaper's masthead.)
MASTHEAD_ADDRESS_MAX_LINES = 12


def masthead_address(page: PageLines, table: PublisherTable, lines: list[str], title: Field | None) -> Field | None:
    """Return the site a masthead's date bar names by its web address, the line's first words."""
    numbered, removed = page.numbered, page.removed
    headline, first = page.anchors(title.line if title else None)
    for n, text in numbered[1:MASTHEAD_ADDRESS_MAX_LINES]:
        if n >= (headline or first):
            break
        plain = plain_text(text).strip(" |")
        m = WEB_NAME.match(plain)
        rest = plain[m.end() :].strip(" |") if m else ""
        if m and n in removed and rest and find_dates(rest):
            return Field(outlet_for_address(m.group(0), table, lines), n, "masthead-address")
    return None


#: A reader-mode header's page title ends with the site's name: "Title: Headline | Site".
_READER_TITLE = re.compile(r"^title\s*:\s*(?P<title>.+?)\s+[|–—-]\s+(?P<site>[^|–—]{2,60}?)\s*$", re.I)


def reader_title_site(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> Field | None:
    for n, text in numbered[:HEAD_MAX_LINES]:
        rem = removed.get(n)
        m = _READER_TITLE.match(text)
        if rem and rem.rule == "reader-mode-header" and m and len(m.group("site").split()) <= SITE_NAME_MAX_WORDS:
            return Field(canonical_outlet(m.group("site"), table), n, "reader-mode-title")
    return None


def _opens_with(name: str, key: str) -> bool:
    """Tell a folded name that opens with the folded words `key` ("harbour ledger media group")."""
    return name == key or name.startswith(f"{key} ")


#: A breadcrumb labelled as the reader's place on the site ("You are here: Harbour Ledger > Sport >",
#: "You are in > harbourledger.example > News"): its first step is the link to the site's front
#: page, named "Home" or by the site's name.
_PLACE_CRUMB = re.compile(
    r"^(?:\|\s*+)*+you\s++are\s++(?:here|in)\s*+:?\s*+(?:>\s*+)?(?P<root>[^>»›|:\s][^>»›|:]{1,59}?)\s*(?:>|»|›)", re.I
)  # (the spaces read possessively, the first step opening on a letter: one way to read a run of spaces)


def breadcrumb_root(
    numbered: list[tuple[int, str]], table: PublisherTable, holders: list[tuple[Field, bool, bool]]
) -> Field | None:
    """Return the site's name a "You are here:" breadcrumb opens with, when the page confirms it as
    a name: a web address, an outlet the table knows, or the name a copyright holder opens with
    ("You are here: Harbour Ledger > Sport" over "© Harbour Ledger Media Group"). A first step
    naming the home page ("Home", "HL Home") or a section ("News") names no site."""
    for n, text in numbered:
        m = _PLACE_CRUMB.match(text.strip())
        if not m:
            continue
        root = m.group("root").strip()
        words = root.split()
        if (
            not words
            or len(words) > SITE_NAME_MAX_WORDS
            or SECTION_WORDS.match(root)
            or any(w.lower() == "home" for w in words)
            or (not root[:1].isupper() and not WEB_NAME.fullmatch(root))
        ):
            return None  # the first such crumb decides
        key = normalise_line(root)
        held = any(not wire and _opens_with(normalise_line(f.value or ""), key) for f, _, wire in holders)
        if WEB_NAME.fullmatch(root) or table.lookup_name(root) or held:
            return Field(canonical_outlet(root, table), n, "breadcrumb-root")
        return None
    return None


#: How many non-empty lines under the headline a site's name may stand alone: a reader-mode text
#: keeps the name the page shows right under its headline ("Headline" / "The Harbour Ledger" / the
#: first paragraph). Chosen on the L3S tune pages, where such names stood one or two lines under it.
NAME_UNDER_HEADLINE_MAX_LINES = 2


def name_under_headline(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable, headline: int | None
) -> Field | None:
    """Return the site's name a line of chrome right under the headline gives alone, shaped as a
    masthead's ("The Harbour Ledger", see `masthead_shaped`): never a wire's ("The Associated
    Press", a byline's), a section's ("Business News") or a photo's credit ("Jane Roe/Harbour Ledger")."""
    if not headline:
        return None
    for n, text in [(n, t) for n, t in numbered if n > headline][:NAME_UNDER_HEADLINE_MAX_LINES]:
        name = plain_text(text).strip()
        rem = removed.get(n)
        if (
            rem
            and rem.kind == "boilerplate"
            and masthead_shaped(name)
            and not GENERIC_FIRST_WORD.match(name)
            and "/" not in name
            and not names_a_wire(name, table)
        ):
            return Field(canonical_outlet(name, table), n, "name-under-headline")
    return None


#: How many lines of a page's chrome must give one web address alone for it to name the site (its
#: header's and its footer's "www.harbourtimes.example"): an address alone once names an advertiser
#: or a sister site as often. Chosen on the L3S tune pages, where every address alone on two lines
#: or more that the page spells as a name elsewhere was the site's.
ADDRESS_ALONE_MIN_LINES = 2


def repeated_address(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable, lines: list[str]
) -> Field | None:
    """Return the site a web address alone on several lines of the page's chrome names (see
    ADDRESS_ALONE_MIN_LINES), by the table's name or the name the page spells it with elsewhere
    ("Harbour Times" for "www.harbourtimes.example"); an address the page spells nowhere (a share
    button's) names none."""
    seen: dict[str, list[int]] = {}
    for n, text in numbered:
        if n not in removed or "." not in text:
            continue
        plain = plain_text(text).strip(" |*")
        if WEB_NAME.fullmatch(plain):
            seen.setdefault(plain.lower().removeprefix("www."), []).append(n)
    for host, at in seen.items():
        if len(at) >= ADDRESS_ALONE_MIN_LINES:
            name = outlet_for_address(host, table, lines, guess=False)
            if not WEB_NAME.fullmatch(name):
                return Field(name, at[0], "repeated-address")
    return None
