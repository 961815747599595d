"""The article's author, read from its byline ("By Jane Roe", "Jane Roe, Staff Writer", a byline in
a stamp, an author box, a sign-off), never from a name in the article's text or a name that is an
outlet, a desk or a place.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .clean import is_list_item
from .dates import STAMP_MAX_CHARS, TIME_AFTER, date_spans, find_dates, is_stamp
from .gazetteer import is_place
from .lexicon import GENERATIONS, in_dictionary, is_first_name
from .lineshapes import MD_IMAGE, MONTH_NAMES
from .linetext import normalise_line, plain_text
from .model import Field, Removal
from .pagehead import (
    BYLINE,
    GLUED_INITIALS,
    JOINING_AND,
    NAME,
    NAMES,
    OUTLET_WORD,
    PageLines,
    holds_tweet,
    in_comments,
    numbered_lines,
)
from .people import run_on_name_length
from .publishers import PublisherTable, default_publishers
from .sentenceends import SENTENCE_BREAK_AFTER_WORD
from .stamps import (
    MERGED_HEAD_MAX_WORDS,
    NOT_STAMP_RULES,
    PREPOSITION,
    WEEKDAY_BEFORE,
    WORDED_STAMP_MAX_CHARS,
    WORDED_STAMP_MAX_WORDS,
    Stamp,
    page_stamps,
    post_footer,
    stamp_tiers,
    stamp_window,
)
from .titles import is_prose, is_sentence

_BARE_BYLINE = re.compile(rf"^{NAMES}\s*$")


_GLUED_INITIALS = re.compile(GLUED_INITIALS)


#: A post's links and counter beside its byline: "Comments", "0 comments", "Leave a reply", "Permalink".
_POST_LINKS = r"(?i:(?:no )?comments?|responses?|repl(?:y|ies)|leave a (?:comment|reply)|share|print|e-?mail|permalink)"


#: "March 5, 2024 by Jane Doe": the byline at the end of a date stamp, perhaps followed by a blog's
#: facts: the categories the post was filed in ("... by Jane Doe in Travel, Food"), its links and
#: counter in cells of their own ("| Comments", "· 0 comments", "| Permalink") or a bare count,
#: perhaps with its word ("... by Jane Doe 1 Comment").
_AFTER_STAMP_BYLINE = (
    rf"(?:\s+in\s+[A-Z][^|·•\d]*)?(?:\s*[|·•]\s*(?:\d+\s+)?(?:{_POST_LINKS})?)*(?:\s+\d+(?:\s+{_POST_LINKS})?)?\s*$"
)
_STAMP_BYLINE = re.compile(rf"\s(?:by|By|BY)\s+{NAMES}{_AFTER_STAMP_BYLINE}")


#: "October 18th, 2012 by Mara in Articles, Blog": a stamp's byline of one given name (see
#: `_GIVEN_NAME_CREDIT`), perhaps with the post's categories and links after it.
_STAMP_GIVEN_NAME = re.compile(rf"\s(?:by|By|BY)\s+(?P<name>[A-Z][a-z'’-]+){_AFTER_STAMP_BYLINE}")


#: "Richard Partington Economics correspondent": the name before a desk and a role.
_NAME_BEFORE_ROLE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}?)(?:\s*+[,|·]\s++|\s++)(?:[A-Z][\w&-]*\s+){0,3}"
    r"(?i:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|analyst|critic|chief|staff)$"
)


#: Accounts and desks are not people: "By Staff Reporter", "Posted by Admin Team", "by Yum Community".
_NOT_A_PERSON = re.compile(
    r"\b(admin|administrator|staff|desk|team|newsroom|editors?|editorial|reporter|correspondent|agency|agencies|wires?|community|"
    r"webmaster|reports|guest|bureau|chief|channel|associate|sports?|services|united)\b",
    re.I,
)


_AUTHOR_BOX = re.compile(r"^about\s+(?P<name>.+?)\s+[\d,]+\s+(articles?|posts?|stories)$", re.I)


def extract_author(
    lines: list[str],
    removed: dict[int, Removal],
    table: PublisherTable | None = None,
    title: int | None = None,
    stamps: dict[int, Stamp] | None = None,
    page: PageLines | None = None,
) -> Field:
    """Return the author from a byline or an author box; never a fact checker, photographer or account.

    The byline nearest the headline is read, in the places a date stamp is (see `stamp_tiers`):
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
    page = page or PageLines(lines, removed)
    numbered = page.numbered
    headline, first = page.anchors(title)
    if stamps is None:
        stamps = page_stamps(lines, removed, table, title, page=page)
    order = page.order
    beside: set[int] = set()  # the lines next to a stamp or right under the headline
    for i, n in enumerate(order):
        if n in stamps and n <= first:  # the head's stamps: not a comment's
            beside.update(order[max(0, i - 1) : i + 2])
        elif n <= first and _partial_stamp_line(numbered[i][1]):  # "1 day ago", "on Mar 14": dating nothing
            beside.update(order[max(0, i - 1) : i + 2])
        elif n == headline:  # the line under it, past a writer's picture ("![](avatar.jpg)")
            beside.update(next(([m] for m, t in numbered[i + 1 :] if plain_text(t)), []))
    beside.update(_byline_places(numbered, removed, headline, first))
    bylines: dict[int, tuple[Field, bool]] = {}
    top, bottom = stamp_window(page, headline, first)  # the lines `stamp_tiers` may return
    credited = _credited_lines(numbered[top:bottom])
    opening = normalise_line(lines[headline - 1]) + " " if headline else ""
    footer = post_footer(page, first)
    for i, (n, text) in enumerate(numbered[top:bottom], top):
        following = [t for _, t in numbered[i + 1 : i + 3]]
        listed = is_list_item(text) and any(is_list_item(t) for t in (numbered[i - 1][1] if i else "", *following[:1]))
        text = credited.get(n, text)
        # (The post's own footer is read although the layout took it for the comment section's start.)
        rem = None if n == footer else removed.get(n)
        found = _byline_at(n, text, rem, table, n in beside, following, head=n < first, listed=listed)
        # Names alone that open the headline echo it ("Harbour Meetup" under "Harbour Meetup and
        # Bootcamp": a shortened headline or a section's label), not a byline.
        if found and (found[1] or not opening.startswith(normalise_line(text) + " ")):
            bylines[n] = found
    # A byline that says so ("By Jane Doe") wins over names alone (a photographer's credit under
    # the headline, "Lucas Massey"), in the places a stamp is looked for.
    for strong in (True, False):
        chosen = {n for n, (_, explicit) in bylines.items() if explicit == strong}
        for candidates in stamp_tiers(page, headline, first, chosen):
            if candidates:
                return bylines[candidates[0]][0]
    for n, text in numbered_lines(lines, sorted(removed)):
        m = _AUTHOR_BOX.match(plain_text(text)) if removed[n].rule == "author-box" else None
        names = _people(m.group("name"), table) if m else []
        if names:
            return Field(_joined(names), n, "author-box")
    return Field()


#: A credit alone on its line, the names on the next: "Posted by" / "Jane Doe" / "at" / "3:00 AM",
#: "By" / "[Jane Doe](/profile)" (a blog's or a page's byline of links, each on a line of its own).
_CREDIT_ALONE = re.compile(r"^(?i:by|(?:posted|written|words|story|contributed|submitted) by|author)\s*:?$")


def _credited_lines(numbered: list[tuple[int, str]]) -> dict[int, str]:
    """Return the lines under a credit alone on its line (`_CREDIT_ALONE`), each read as one byline
    with that credit ("By" over "Jane Doe" is "By Jane Doe"); not under a link to another story
    ("[Other headline](/other)" / "by" / "Jane Doe": a teaser's byline)."""
    return {
        n: f"{plain_text(credit)} {plain_text(text)}"
        for (_, before), (_, credit), (n, text) in zip([(0, ""), *numbered], numbered, numbered[1:], strict=False)
        if _CREDIT_ALONE.match(plain_text(credit)) and not (_LINK_LINE.match(before) and plain_text(before))
    }


#: A line that is one link (perhaps a list's item): "[Other headline](/other-story)".
_LINK_LINE = re.compile(r"^(?:[*+-]\s+)?\[.+\]\([^()\s]+(?:\s+\"[^\"]*\")?\)\s*$")


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
        if not PREPOSITION.match(label):  # "directed by" / "Jane Doe": a credit's name
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


#: "Author : Jane Doe", "Reporter: Jane Doe"; perhaps in a row of labelled facts, the next label
#: a stamp's ("Writer: Jane Doe Date: Sunday January 6 2008 Time: 10:35AM").
_AUTHOR_LABEL = re.compile(
    rf"^(?i:author|reporter|writer|written by|words)\s*:\s*{NAMES}\s*(?:$|(?=(?i:date|time|posted|published|updated)\s*:))"
)


#: "Jane Doe - Celebrity News Service News Writer": a name, then the writer's role.
_NAME_DASH_ROLE = re.compile(
    rf"^(?P<name>{NAME})\s+[-–—|]\s+.{{0,60}}?\b(?i:writer|reporter|correspondent|editor|columnist|contributor)s?\b.{{0,30}}$"
)


#: "Jane Doe, Washington", "Jane Doe, Harbour Wire": a name, then after a comma where or for whom
#: it was written (one to three capitalised words), beside the stamp.
_NAME_COMMA_WHERE = re.compile(rf"^(?P<name>{NAME}),\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,2}}$")


#: "Jane Doe in Rio de Janeiro": a foreign correspondent's byline. (Its spaces are looked for from
#: the first of a run, not from each: a line's run of spaces was read to its end once a space.)
_IN_PLACE = r"(?<!\s)\s+in\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|do|of|la|el))*"


_NAME_IN_PLACE = re.compile(rf"^(?P<name>{NAME}){_IN_PLACE}$")


_PLACE_IN_BYLINE = re.compile(_IN_PLACE + r"(?=\s*(?:,|and\b|&|$))")


#: "by jdoe on March 3, 2024", "Neurobonkers on November 8, 2012, 11:50 AM", "Submitted by jdoe on
#: March 3, 2024 - 3:03pm": a blog's byline of one name or handle, in its stamp.
_HANDLE_ON_DATE = re.compile(
    r"^(?:(?:posted\s+|submitted\s+|written\s+)?by\s+)?(?P<name>[\w][\w.'’-]{2,30})\s+(?:on|at|posted)\b", re.I
)


#: A clock time alone: "3:02 PM". After "Posted by jdoe at" it is the post's stamp, its day in a date
#: header over the post (a blog's layout).
_TIME_ALONE = re.compile(r"\d{1,2}:\d\d\s*+(?i:[ap]\.?m\.?)?")


def _handle_stamp(credited: bool, rest: str) -> bool:
    """Tell the rest of a handle's byline after "on" or "at": a stamp, perhaps followed by the post's
    categories and links ("Aug 7, 2012 in News, Photos | 0 comments"), or after a credit ("Posted by
    jdoe at") a clock time alone."""
    return (
        _stamp_after(rest)
        or _stamp_after(_without_post_facts(rest))
        or (credited and bool(_TIME_ALONE.fullmatch(rest.strip())))
    )


def _without_post_facts(text: str) -> str:
    """Return a stamp line without the post's categories and links after it ("... in News | 0 comments")."""
    return _IN_WORD.split(_POST_CELL.split(text, maxsplit=1)[0], maxsplit=1)[0]


#: A separator before a post's links or counter: "| 0 comments", "· Permalink".
_POST_CELL = re.compile(r"[|·•]")


#: "- Jane Doe" or "-- Jane Doe" (a dash typed as two hyphens) closing a review; "Jane Doe can be
#: reached at ...": the author signs off. Above the article's first paragraph "-- Jane Doe" credits
#: a quotation (a blog's epigraph), not the post ("- Jane Doe" there is a list's item beside the stamp).
_SIGNATURE = re.compile(rf"^(?:--|[-–—])\s*(?P<name>{NAME})\s*$")


#: "This post was contributed by Jane Doe.", "This was written by J.D. Roe. Posted on ...": a blog's
#: note of who wrote the post, at its end.
_WRITTEN_BY = re.compile(
    rf"^This (?:(?:guest )?(?:post|article|story|piece|entry|column|review) )?was (?:written|contributed|posted) by "
    rf"{NAMES}\.?(?:\s|$)"
)


#: "Jane Doe can be reached at ...", "Jane Doe is a staff writer for The Harbour Ledger. ...": a
#: sign-off or an author box under the article.
_REACHED = re.compile(
    rf"^(?P<name>{NAME})\s+(?:can be (?:reached|contacted) at\b|is a staff writer\b|"
    r"is an? (?:[a-z]+ )?(?:writer|reporter|columnist|correspondent) (?:for|at|with) (?:the )?[A-Z])"
)


#: "Email | Print | Text size ? + By Jane Doe": a byline that closes a share bar's line, after its
#: last separator (not a title's "?" or ":": "Song: What Child Is This? By Jane Doe" is a list's item).
_BAR_BYLINE = re.compile(rf"[|+·•/]\s*(?:By|BY):?\s+{NAMES}\s*$")


#: "Jane Doe (Harbour Wire) 15/01/2008 07:25", "Jane Doe | March 3, 2024": a name, its outlet in
#: brackets, then the stamp (the rest of the line, read by `_stamp_after`).
_NAME_BEFORE_STAMP = re.compile(rf"^{NAMES}(?:\s*\([^()]{{2,60}}\))?\s*[,|·–—-]?\s+(?=\S)")


#: "Posted by Mara", "by Tomas | 3 Comments": a credit and one given name (`is_first_name`), the
#: line's only words or its first cell (the post's links after a bar). A first name alone is a
#: byline only in a credit's frame, never on a line of its own ("Mara" over the post is a label's).
_GIVEN_NAME_CREDIT = re.compile(r"^(?:By|BY|by|(?i:posted by|written by))\s+(?P<name>[A-Z][a-z'’-]+)\s*(?:$|[|·•])")


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
    listed: bool = False,
) -> tuple[Field, bool] | None:
    """Read a line as a byline and return its people, and whether the line says it is a byline
    ("By", "Author:", a role, a stamp) rather than holding names alone; or None (see `extract_author`).
    In the article's `head` (above its first paragraph), names alone beside the stamp may be names
    the first-names table does not list (`_unlisted_name`). "- Jane Doe" signs the article off,
    unless it is `listed`, an item of a list (the line above or below it another item: a list of
    names or of places, a testimonial's signature among its bullets) not `beside` the stamp (the
    head's list of facts: "- 9th January 2008" / "- Jane Doe" / "- Harbour news")."""
    plain = _without_handles(plain_text(text).strip(" |"))
    if (
        not plain
        or holds_tweet(plain)
        or (rem and ((in_comments(rem) and not head) or rem.evidence.startswith("the writer's desk")))
    ):
        return None
    if m := _WRITTEN_BY.match(plain):
        names = _people(m.group("name"), table)
        return (Field(_joined(names), n, "written-by-line"), True) if names else None
    if _may_be_reached(plain) and (m := _REACHED.match(plain)):  # a sign-off or an author box, however long
        return _byline_field(_people(m.group("name"), table, given=True), n, rem, strong=False)
    # (Looked for in a line no longer than a stamp may be: `is_stamp` reads no longer one.)
    stamp_by = _STAMP_BYLINE.search(plain) if len(plain) <= STAMP_MAX_CHARS and _holds_by(plain) else None
    stamp_by = stamp_by if stamp_by and _stamp_before(plain[: stamp_by.start()]) else None
    # (A stamp and its byline, "Updated Oct 29 2012 - 9:25am · Posted Oct 29 2012 - 9:20am by Jane
    # Doe · 0 comments", is no sentence however many words its stamp has: `is_stamp` bounds it.)
    if _more_words_than(plain, BYLINE_MAX_WORDS) and not stamp_by:
        return _closing_sign_off(n, plain, table) or _merged_head_byline(n, plain, table, beside)
    if rem and rem.rule in NOT_STAMP_RULES and not (rem.rule == "caption-credit" and BYLINE.match(plain)):
        return None  # a caption's or a teaser's names (a byline taken for a photo credit stays one)
    marked = bool(rem and rem.rule == "byline")
    # Correspondents' places go: "By Jane Doe in Brussels, John Roe in London"; a post's categories too.
    unplaced = _PLACE_IN_BYLINE.sub("", _without_categories(plain))
    explicit = (
        BYLINE.match(unplaced)
        or _AUTHOR_LABEL.match(plain)
        or stamp_by
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
    elif (m := _GIVEN_NAME_CREDIT.match(plain) or _stamp_given_name(plain)) and is_first_name(m.group("name")):
        names, strong = _people(m.group("name"), table, alone=True), False
    elif (
        (m := _HANDLE_ON_DATE.match(plain))
        # "Posted on March 3, 2024 (in News)", "Issued on: ...": stamp words, not names
        and not is_stamp(plain)
        and not is_stamp(_without_post_facts(plain))
        and _handle_stamp(m.start("name") > 0, plain[m.end() :])
    ):
        names = _people(m.group("name"), table, alone=True)
    elif (
        (m := _BARE_BYLINE.match(unplaced) or _NAME_IN_PLACE.match(plain))
        and not MD_IMAGE.search(text)  # "[![](arrow.png) Ad Choices](...)": a button's or a logo's label
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
    elif (m := _SIGNATURE.match(plain)) and not (head and plain.startswith("--")) and (beside or not listed):
        names, strong = _people(m.group("name"), table, given=True), False
    elif (
        beside
        and (m := _NAME_BEFORE_STAMP.match(plain))
        and (_stamp_after(plain[m.end() :]) or _partial_stamp(plain[m.end() :]))
    ):
        # (A word in capitals among others there is a column's label, "TED Quotes | 12 June 2012".)
        name = m.group("name")
        label = _CAPITALS_WORD.search(name) and not name.isupper()  # "MPUMELELO MKHABELA": a name in capitals
        names = [] if label else _people(name, table, given=True, unlisted=head)
    else:  # a short head run into its byline: "Remembering Jane Doe By JOHN ROE -- Harbour Media",
        # its name opening with a given name (a headline's "Is By Turns Glorious" is an idiom)
        merged = _merged_head_byline(n, plain, table, beside) if head else None
        return merged if merged and is_first_name((merged[0].value or "").split()[0]) else None
    return _byline_field(names, n, rem, strong)


def _stamp_before(text: str) -> bool:
    """Tell the words before a stamp's byline: a stamp, perhaps with its time zone in brackets
    (`_ZONE_IN_BRACKETS`), or one without a year (`_PARTIAL_STAMP`: "Mar 14 2:05p by Jane Doe")."""
    text = _ZONE_IN_BRACKETS.sub("", text)
    return is_stamp(text) or _partial_stamp(text.strip())


def _stamp_given_name(plain: str) -> re.Match[str] | None:
    """Match a stamp's byline of one given name (`_STAMP_GIVEN_NAME`) closing a line no longer than a stamp."""
    m = _STAMP_GIVEN_NAME.search(plain) if len(plain) <= STAMP_MAX_CHARS and _holds_by(plain) else None
    return m if m and _stamp_before(plain[: m.start()]) else None


def _holds_by(plain: str) -> bool:
    """Tell a line that may hold a `_STAMP_BYLINE`: "by", "By" or "BY" (every match does; most
    lines of a page hold none, and the pattern is searched for through each line)."""
    return "by" in plain or "By" in plain or "BY" in plain


def _may_be_reached(plain: str) -> bool:
    """Tell a line that may be a `_REACHED` sign-off: it holds "can be " or "is a" (every match
    does; most lines of a page hold neither, and the pattern reads a name at each line's head)."""
    return "can be " in plain or "is a" in plain


def _more_words_than(text: str, most: int) -> bool:
    """`len(text.split()) > most`, splitting no further than one word past `most` (a paragraph's
    words were all cut out to be counted)."""
    return len(text.split(None, most)) > most


#: The word before a correspondent's place or a post's categories.
_IN_WORD = re.compile(r"(?<!\s)\s++in\s++")


def _without_categories(plain: str) -> str:
    """Return a byline without the categories its post was filed in, a list after its one "in"
    ("Posted by Jane Doe in Travel, Food and Drink"): each correspondent's place follows that
    correspondent ("By Jane Doe in Rome, John Roe in Paris"), so one "in" comes after all names."""
    parts = _IN_WORD.split(plain) if " in " in plain else ()
    items = _CATEGORY_BREAK.split(parts[1]) if len(parts) == 2 else ()
    # (Each a capitalised label: "Submitted by Jane Doe in March, the bill ..." is a sentence.)
    return parts[0] if len(items) > 1 and all(item[:1].isupper() for item in items) else plain


#: Between a post's categories: a comma, "and", "&".
_CATEGORY_BREAK = re.compile(r",\s*+|(?<!\s)\s++(?:and|&)\s++")


#: A writer's social-media handle in brackets after the name: "By Jane Doe (@janedoe)".
_HANDLE = re.compile(r"\s*\(@\w+\)")


def _without_handles(plain: str) -> str:
    """Return a byline without its writers' handles ("By Jane Doe (@janedoe)" is "By Jane Doe"): a
    line that opens with a credit ("By", "Posted by") and holds no date. A quoted tweet's signature
    ("— Jane Doe (@jdoe) March 3, 2021", `TWEET`) opens with no credit and carries its date."""
    if "(@" not in plain or not BYLINE.match(plain) or find_dates(plain):
        return plain
    return _HANDLE.sub("", plain)


def _byline_field(names: list[str], n: int, rem: Removal | None, strong: bool) -> tuple[Field, bool] | None:
    """The byline's people as the author field of line `n` (the byline rule's, when it removed
    the line), and whether the line says it is a byline; None when it names nobody."""
    if not names:
        return None
    return Field(_joined(names), n, rem.rule if rem and rem.rule == "byline" else "byline-line"), strong


#: Reader mode runs an article's last paragraph into its sign-off: "... was a minus-8. Jane Roe can
#: be reached at: jroe@example.org". The sign-off opens a sentence and ends the line, with at most
#: SIGN_OFF_TAIL_MAX_WORDS words after its name (an address, a telephone number).
_SIGN_OFF_IN_LINE = re.compile(rf"(?<=[.!?\"”] )(?P<name>{NAME})\s+can be (?:reached|contacted) at\b")


SIGN_OFF_TAIL_MAX_WORDS = 12


def _closing_sign_off(n: int, plain: str, table: PublisherTable) -> tuple[Field, bool] | None:
    """Read the sign-off that closes a long line (see `_SIGN_OFF_IN_LINE`)."""
    # the last one; none in a line without the words every one holds (most long lines)
    found = ([None, *_SIGN_OFF_IN_LINE.finditer(plain)])[-1] if "can be " in plain else None
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
        if len(plain[: m.start()].split()) > MERGED_HEAD_MAX_WORDS or SENTENCE_BREAK_AFTER_WORD.search(
            plain[: m.start()]
        ):
            return None
        name = _without_run_on(_without_outlet_after(_without_dateline_place(m.group("name"), plain[m.end() :])))
        if names := _people(name, table):
            return Field(_joined(names), n, "byline-in-merged-head"), True
    spans = date_spans(plain[:WORDED_STAMP_MAX_CHARS]) if beside else ()
    if not spans:
        return None
    start, end, _ = spans[0]
    before = WEEKDAY_BEFORE.sub("", plain[:start]).split()
    if len(before) > WORDED_STAMP_MAX_WORDS:
        return None
    time = TIME_AFTER.match(plain[end:])
    after = plain[end + (time.end() if time else 0) :][:WORDED_STAMP_MAX_CHARS]
    m = _names_ending(before) or _NAME_DESK_AFTER_STAMP.match(after)
    names = _people(_PLACE_IN_BYLINE.sub("", m.group("name")), table, given=True) if m else []
    return (Field(_joined(names), n, "byline-in-merged-head"), True) if names else None


def _without_run_on(name: str) -> str:
    """Return a run-on head's one byline name without the capitalised words it runs into (see
    `run_on_name_length`); names joined by "and", "&" or commas are left to `_people`."""
    words = name.split()
    if "," in name or "&" in name or any(w.lower() == "and" for w in words):
        return name
    return " ".join(words[: run_on_name_length(words)])


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


_NAMES_IN_PLACE = re.compile(rf"{NAMES}(?:{_IN_PLACE})?")


#: "10:12 PM ET Jane Doe, Capital Bureau Chief": a name, a comma and a desk ending in a role word.
_NAME_DESK_AFTER_STAMP = re.compile(
    rf"^\s*(?:[A-Z]{{1,4}}\s+)?(?P<name>{NAME}),\s+(?:[A-Z][\w.&'’-]*\s+){{0,4}}"
    r"(?:Chief|Correspondent|Editor|Reporter|Writer|Columnist)\b"
)


#: "Special to The Harbour Times", "For The Associated Press": the line under a freelancer's name.
_SPECIAL_TO = re.compile(r"^(?:Special to|For)\s+(?:[Tt]he\s+)?[A-Z]")


#: "Jane Doe: Analysis": a name and the one-word label of the piece's kind, under the headline or
#: beside the stamp (a teaser's "Jane Doe: Why the storm came" has a headline after the colon).
_NAME_AND_LABEL = re.compile(rf"^(?P<name>{NAME})\s*:\s*[A-Z][a-z]+$")


#: A stamp that gives no whole date: an age ("1 day ago", "3 hours ago") or a month and day without
#: a year ("on Mar 14", "March 14 at 2:05 PM"), perhaps with the reading time a page adds after it
#: ("on Mar 14 6 min", "Mar 14 · 5 min read"). It dates nothing, but a name alone next to it in the
#: article's head, or before it on its line ("Jane Doe 1 day ago"), is the byline as a whole
#: stamp's neighbour is.
_PARTIAL_STAMP = re.compile(
    r"(?i:(?:on|posted|updated|published)\s+)?"
    r"(?:\d{1,3}\s+(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    rf"|(?i:{MONTH_NAMES})\.?\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+(?:at\s+)?\d{{1,2}}:\d\d\s*(?i:[ap]\.?(?:m\.?)?)?)?)"
    r"(?:\s*+[·•|]?\s*+\d{1,3}\s+(?i:min(?:ute)?s?)(?:\s+read)?)?\s*+"
)


#: A time zone in brackets closing a stamp: "9:15am (PT)", "3:00 PM (GMT)". The date reader takes no
#: such stamp; before a byline ("... 9:15am (PT) by Jane Doe") the stamp is one all the same.
_ZONE_IN_BRACKETS = re.compile(r"(?<=\w)\s*+\((?:[A-Z]{1,3}T|GMT|UTC)\)$")


#: A partial stamp (or a name and one) is no longer than this: where looking for one stops.
PARTIAL_STAMP_MAX_CHARS = 80


def _partial_stamp(text: str) -> bool:
    """Tell a partial stamp (`_PARTIAL_STAMP`) and nothing else."""
    return len(text) <= PARTIAL_STAMP_MAX_CHARS and bool(_PARTIAL_STAMP.fullmatch(text))


def _partial_stamp_line(text: str) -> bool:
    """Tell a line that is a partial stamp alone, or names and one after them ("Jane Doe 1 day ago")."""
    plain = plain_text(text).strip(" |")
    # Every partial stamp holds a figure (its count of days or its day): a line without one is
    # none, and the names pattern is not tried on it (most lines of a page's head).
    if len(plain) > PARTIAL_STAMP_MAX_CHARS or not _FIGURE.search(plain):
        return False
    m = _NAME_BEFORE_STAMP.match(plain)
    return _partial_stamp(plain) or bool(m and _partial_stamp(plain[m.end() :]))


#: A figure, which every `_PARTIAL_STAMP` holds (see `_partial_stamp_line`).
_FIGURE = re.compile(r"\d")


def _stamp_after(rest: str) -> bool:
    """Tell the rest of a line after a name: a date stamp and nothing else."""
    return bool(find_dates(rest)) and is_stamp(rest)


def _joined(names: list[str]) -> str:
    """Join a byline's people as it reads: "A and B", "A, B and C"."""
    return " and ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} and {names[-1]}"


#: "... for their supper By Juliette Garside and Helen Power Last Updated: ...": a byline inside a
#: run-on head (capitalised "By", as bylines are; "by" in a sentence is not one), or a blog's "Posted by
#: Jane Doe @ 5:56 am Categories: ..." opening its line.
_MERGED_BYLINE = re.compile(rf"(?:^(?:Posted|POSTED) by|(?:^|(?<=[\s|]))(?:By|BY)):?\s+{NAMES}")


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


#: A writer's role after the name or the desk: "editor", "correspondent".
_ROLE = r"(?:editor|reporter|correspondent|writer|columnist|producer)\b"
#: "Alan Boyle Science editor": the desk and role after a name. (Opening at a run's first space:
#: searched from each space of a long run it was quadratic.)
_ROLE_AFTER = re.compile(rf"(?<!\s)\s++[A-Z][a-z]++\s++{_ROLE}.*+$")


_DESK_ROLE = re.compile(rf"\s+{_ROLE}")


#: Words no person's name holds ("TO", "RE", "THE" in capitals pass for names; "Pin It" is a button;
#: a determiner, "Take Our Poll", is a link's).
_NOT_NAME_WORDS = frozenset("to re the of for from with on in at by as an a or it our your my their".split())


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
        if not words or _NOT_A_PERSON.search(name) or table.lookup_name(name) or OUTLET_WORD.search(name.title()):
            continue
        if len(words) > 1 and is_place(name.title() if name.isupper() else name):
            continue  # "Palm Beach Post Staff Writer": the outlet's town, not a person
        if any(w.lower() in _NOT_NAME_WORDS or _ROLE_WORD.fullmatch(w) for w in words):
            continue  # "By TO KEVIN WILLIAMSON RE ...": a letter's address line; "Software Engineer"
        first = words[0].capitalize() if words[0].isupper() else words[0]
        named = named or is_first_name(first) or (unlisted and _unlisted_name(name))
        if len(words) < 2 and not alone and not _GLUED_INITIALS.fullmatch(name):
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
    # one person's name, written in small letters (in capitals, every word is: "JANE B. DOE")
    one = not words[0].isupper() and not any(w.lower() == "and" or w == "&" for w in words)
    for k in range(2, len(words)):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if OUTLET_WORD.search(rest.title()) and not OUTLET_WORD.search(head.title()):
            return head
        if (
            one
            and _ACRONYM.fullmatch(words[k])
            and words[k].lower() not in GENERATIONS
            and not is_first_name(words[k - 1])
            and not _INITIAL.fullmatch(words[k - 1])
        ):
            # "By Jane Doe HBN Sport": the outlet's acronym opens its name, after the surname (after
            # a given name or an initial, "Mary Ann JONES", "Mary A. JONES", the capitals are the surname's)
            return head
    return name


#: A word in capitals in a name written in small letters: an outlet's acronym ("HBN", "ABC").
_ACRONYM = re.compile(r"[A-Z]{2,}")


#: A given name's initial: "A.", "A".
_INITIAL = re.compile(r"[A-Z]\.?")


#: The spaces before a separator, read from a run's first space (or none, where a search resumes
#: right after a separator and its spaces): split from every space of a long run, reading the rest
#: of the run each time, the names of "By Jane" + 10,000 spaces + "Roe" took 0.7 s.
_SPACES_BEFORE = r"(?:(?<!\s)\s*+|(?<=\s)(?!\s))"
#: A separator before a contact (an e-mail or web address): what follows it is no name.
_BEFORE_CONTACT = re.compile(rf"{_SPACES_BEFORE}[|,]\s*+(?=[\w.+-]+@|\S+\.\w{{2,}}$)")
#: A separator between names: a comma, "and", "&".
_BETWEEN_NAMES = re.compile(rf"{_SPACES_BEFORE}(?:,|\b{JOINING_AND}|&)\s*+")


def _split_names(names: str) -> list[str]:
    names = _BEFORE_CONTACT.split(names.strip())[0].strip(" ,|")
    return [p.strip() for p in _BETWEEN_NAMES.split(names) if p.strip()]


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
