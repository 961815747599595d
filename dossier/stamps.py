"""The article's date, read from the page's stamps ("Published: Jan. 15, 2008", a dateline, a wire
slug), chosen by where the stamp sits: under the headline first, then just above it, under the
article, further above. Also the page's two readings of a numeric date it cannot order
(`date_readings`), which the corpus may settle (`corpusdates`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from .clean import LINK_MENU_MAX_WORDS, Cleaned, is_list_item
from .comments import is_comment_heading, is_comment_section_heading
from .dates import (
    MONTH_NAME,
    PUBLISHED_WORD,
    STAMP_MAX_CHARS,
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
from .headlines import STAMP_RULES
from .linescores import DATED_TEASERS_WORDING, TEASER_PAIRS_WORDING
from .lineshapes import FUNCTION_WORDS, visible_text
from .linetext import plain_text
from .model import Field, Removal
from .pagehead import (
    BYLINE,
    CAPITALISED_RUN,
    WEB_NAME,
    PageLines,
    holds_tweet,
    in_comments,
    is_name_token,
)
from .publishers import PublisherTable, default_publishers
from .sentenceends import ENDS_SENTENCE_BEFORE_SPACES, ENDS_SENTENCE_NOT_ABBREVIATION, SENTENCE_BREAK_AFTER_WORD
from .titles import PROSE_MIN_WORDS, is_prose, is_sentence

_PUBLISHED_TIME = re.compile(r"^published time\s*:", re.I)


_DATELINE_DATE = re.compile(r"^[A-Z][A-Z .,'-]{2,40},?\s+(?P<rest>.{0,40}?)\s*(\([A-Za-z .&-]+\))?\s*[-–—]")


def date_readings(
    lines: list[str], cleaned: Cleaned, found: dict[str, Field], table: PublisherTable
) -> tuple[Field, ...]:
    """Return the two dates the page's stamp gives read month first and day first, when the page
    has no date (`found` is `extract_metadata`'s) only because it cannot tell its numeric dates'
    order ("10/01/2008", a four-digit year): the corpus may (`corpusdates`). Else an empty tuple."""
    if found["date"].value or not any(_NUMERIC_HINT.search(t) for t in lines) or _page_day_first(lines) is not None:
        return ()
    removed = cleaned.removed_at
    title = found["title"].line
    page = PageLines(lines, removed)
    readings = [
        extract_date(
            lines,
            removed,
            found["url"].value,
            title,
            table,
            page_stamps(lines, removed, table, title, order, page),
            page,
        )
        for order in (False, True)
    ]
    month_first, day_first = readings
    if month_first.value and day_first.value and month_first.value != day_first.value:
        return (month_first, day_first)
    return ()


def without_read_stamp(cleaned: Cleaned, date: Field) -> Cleaned:
    """Return `cleaned` without the line the date was read from when that line is a stamp with a
    few other words ("31 December 2007 - 3:52PM | Send to a friend | Print", "by X on July 16,
    2012"), which cleaning alone keeps: read into the date, it is chrome like a plain date line.
    A stamp read inside a line with the article's text (a merged head) stays; a line closed by a
    sentence's full stop ("Polls close on March 5, 2024.") is no such stamp (`loose_stamp`)."""
    if date.value is None or date.rule != "stamp-line" or date.line not in {k.number for k in cleaned.kept}:
        return cleaned
    taken = next(k for k in cleaned.kept if k.number == date.line)
    evidence = "the article's date stamp with a few other words, read into the date"
    removal = Removal(taken.number, taken.text, "date-line", evidence, "metadata")
    kept = tuple(k for k in cleaned.kept if k is not taken)
    return replace(cleaned, kept=kept, removed=tuple(sorted((*cleaned.removed, removal), key=lambda r: r.line)))


@dataclass(frozen=True)
class Stamp:
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
    stamps: dict[int, Stamp] | None = None,
    page: PageLines | None = None,
) -> Field:
    """Return the publication date: the article's stamp, the one nearest its headline.

    The headline (line `title`) and the article's first paragraph anchor the head. Stamps are
    taken, in order, from (see `stamp_tiers`): between the headline and the first paragraph,
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
    page = page or PageLines(lines, removed)
    numbered = page.numbered
    if stamps is None:
        stamps = page_stamps(lines, removed, table, title, page=page)
    headline, first = page.anchors(title)
    dateline = _dateline_date(numbered, removed, headline)
    # Stamps read from weaker shapes (a calendar box's parts, a stamp word inside a long line) only
    # fill a gap: they never displace what the other rules read.
    strong = {n: s for n, s in stamps.items() if s.rule not in _FALLBACK_STAMP_RULES}
    found, tier = _tiered_stamp(page, headline, first, strong, dateline)
    far = tier == "above the headline"
    slug = _wire_slug(numbered)
    if found and found.published and slug and tier in _ABOVE_TIERS and _days_after(found.published, slug) > SLUG_DAYS:
        found = None  # the masthead's date of the day over a wire story sent days before
    day = _dateline_day(numbered, removed, headline)
    if (
        found
        and found.published
        and tier in _ABOVE_TIERS
        and day
        and day != (found.published.month, found.published.day)
    ):
        # "Jan 15, 2008" over the headline, "Islamabad, Jan 14 (IANS) ..." opening the article: the
        # page's date of the day or the story's, and nothing tells which (a paper's edition may
        # also carry the day before's dateline): no date rather than a wrong one.
        found = None
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
        found, _ = _tiered_stamp(page, headline, first, stamps, dateline)
    if found and found.published:
        return Field(found.published.isoformat(), found.line, found.rule)
    if found and found.updated:
        return Field(found.updated.isoformat(), found.line, "updated-stamp")
    return _yearless_stamp_date(page, headline, first) or Field()


#: The rules of the stamps read only where no other stamp is (see `extract_date`).
_FALLBACK_STAMP_RULES = frozenset({"split-date-stamp", "stamp-word-in-merged-head", "stamp-closing-merged-line"})


def _tiered_stamp(
    page: PageLines,
    headline: int | None,
    first: int,
    stamps: dict[int, Stamp],
    dateline: Field | None,
) -> tuple[Stamp | None, str | None]:
    """Return the stamp of the first place in `_TIERS` that has one, and that place; none under
    the article when a dateline opens it."""
    numbered, removed = page.numbered, page.removed
    tiers = stamp_tiers(page, headline, first, set(stamps))
    for tier, candidates in zip(_TIERS, tiers, strict=True):
        if tier == "under the article" and dateline:
            break  # the dateline opens the article: its date is the article's
        if tier == "under the article" and candidates:
            article = page.known(("under the article", first), lambda: _UnderArticle(numbered, removed, first))
            candidates = [
                n
                for n in candidates
                if not article.in_stamp_series(n, stamps[n])
                and not article.signs_text(n)
                and not article.inside_text(n, stamps[n])
            ]
        if candidates:
            published = [n for n in candidates if stamps[n].published]
            return stamps[(published or candidates)[0]], tier
    return None, None


#: A stamp under the article that the page repeats in at least this many other lines of its very
#: shape holding other dates ("Posted on DATE at TIME" over each reader's comment) is one of a
#: comment thread's or a list's stamps, not the article's. Chosen on the tune part of the real
#: pages: threads of comment stamps ran to four lines and more; an article's stamp over its
#: comments stood alone, their stamps in another shape.
STAMP_SERIES_MIN = 2


#: What a stamp's shape forgets: its numbers, its month's and weekday's names, am or pm.
_SHAPE_PARTS = re.compile(rf"\d+|(?<![^\W\d_])(?:{MONTH_NAME}|{WEEKDAY}|[ap]\.?m)\.?(?![^\W\d_])", re.I)


def _shape(text: str) -> str:
    """A line's shape: its words and marks, with numbers, months, weekdays and am/pm blanked."""
    return " ".join(_SHAPE_PARTS.sub("0", text).split()).lower()


#: A date and its clock time alone under at least this many of the article's paragraphs, running
#: text right under it, signs that text (a reader's comment: comment systems stamp each to the
#: minute), not the article; under fewer (a standfirst, teasers over a headline the page's head was
#: not read from) it may be the article's, and a day alone over running text under the article is
#: its author's box ("Jane Roe" / "October 4, 2012" / her biography). Chosen on the tune part of the
#: real pages: the article's stamps under its text stood under one or two paragraphs, or closed
#: the text (over a page count, a link, a byline), or carried a label ("Last modified:"); comments'
#: dates stood under five paragraphs or more.
HEADED_TEXT_MIN_PARAGRAPHS_ABOVE = 3


class _UnderArticle:
    """What tells a stamp under the article from a comment's or a list's, read from the page once:
    each stamp asking again read every line of the page for each stamp (a long page of dated
    entries: 57 stamps over 1,600 lines took 0.9 s)."""

    def __init__(self, numbered: list[tuple[int, str]], removed: dict[int, Removal], first: int):
        self.numbered, self.removed, self.first = numbered, removed, first
        self.index = {n: i for i, (n, _) in enumerate(numbered)}
        self._shapes: dict[str, list[str]] | None = None
        self._dates: dict[str, Counter] = {}
        self._prose_above: list[int] | None = None
        self._end: int | None = None

    def _first_date(self, text: str) -> object:
        dates = find_dates(text)
        return dates[0][1] if dates else None

    def in_stamp_series(self, line: int, stamp: Stamp) -> bool:
        """Tell a stamp that the page repeats in its shape with other dates (STAMP_SERIES_MIN)."""
        if self._shapes is None:
            self._shapes = {}
            for _, text in self.numbered:
                if len(text) <= STAMP_MAX_CHARS:
                    self._shapes.setdefault(_shape(text), []).append(text)
        i = self.index.get(line)
        own = self.numbered[i][1] if i is not None else ""
        shape = _shape(own)
        if shape not in self._dates:  # the first date of each line of that shape, counted
            self._dates[shape] = Counter(self._first_date(t) for t in self._shapes.get(shape, []))
        counts = self._dates[shape]
        dated = stamp.published or stamp.updated
        others = sum(c for d, c in counts.items() if d is not None and d != dated)
        if i is not None and len(own) <= STAMP_MAX_CHARS and (d := self._first_date(own)) is not None and d != dated:
            others -= 1  # the stamp's own line
        return others >= STAMP_SERIES_MIN

    def signs_text(self, line: int) -> bool:
        """Tell a date and its time alone (`dates.date_only`) under HEADED_TEXT_MIN_PARAGRAPHS_ABOVE
        of the article's paragraphs or more, over running text (`is_prose`, `is_sentence`)."""
        numbered, i = self.numbered, self.index.get(line)
        plain = plain_text(numbered[i][1]).strip(" |") if i is not None else ""
        spans = date_spans(plain)
        if i is None or i + 1 >= len(numbered) or not spans or not date_only(plain):
            return False
        start, end, _ = spans[0]
        if not (TIME_AFTER.match(plain[end:]) or TIME_BEFORE.search(plain[:start])):
            return False  # a day alone: an author's box, an entry's date
        under = numbered[i + 1][1]
        return self._paragraphs_above(i) >= HEADED_TEXT_MIN_PARAGRAPHS_ABOVE and (is_prose(under) or is_sentence(under))

    def _paragraphs_above(self, i: int) -> int:
        """The article's paragraphs (`is_prose`, kept, from its first) above the page's `i`-th line."""
        if self._prose_above is None:  # counted once a page
            self._prose_above, count = [], 0
            for n, t in self.numbered:
                self._prose_above.append(count)
                count += n >= self.first and n not in self.removed and is_prose(t)
        return self._prose_above[i]

    def inside_text(self, line: int, stamp: Stamp) -> bool:
        """Tell a date read at the head of a line that runs on (`_head_stamp`) standing inside the
        article's text: under HEADED_TEXT_MIN_PARAGRAPHS_ABOVE of its paragraphs or more, above its
        last kept line. A head runs into the article's start; there the line is the text's own (a
        quoted release's dateline, a reader's comment, a table's rows), not the page's stamp."""
        i = self.index.get(line)
        if stamp.rule != "stamp-in-merged-head" or i is None:
            return False
        if self._end is None:
            self._end = max((n for n, _ in self.numbered if n >= self.first and n not in self.removed), default=0)
        return line < self._end and self._paragraphs_above(i) >= HEADED_TEXT_MIN_PARAGRAPHS_ABOVE


#: A stamp above the headline more than this many days after a wire's transmission slug (see
#: `_AP_SLUG`) is the masthead's date of the day, not the story's: a site runs a wire story the day
#: it is sent or the next.
SLUG_DAYS = 1


_ABOVE_TIERS = frozenset({"just above the headline", "above the headline"})


def _days_after(date: dt.date, slug: Field) -> int:
    """Return how many days `date` falls after the slug's date."""
    return (date - dt.date.fromisoformat(slug.value or "")).days


#: The places a stamp is looked for, in order (see `stamp_tiers`).
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


#: Removals whose lines carry other things' dates: captions, teasers (under a related heading, or
#: a related list's items: "Related Stories" / a headline / "17 JULY 2012, UK"), tweets, tag lists,
#: comments.
NOT_STAMP_RULES = frozenset(
    {
        "caption-credit",
        "image-chrome",
        "related",
        "related-list",
        "section-block",
        "tag-list",
        "comment-policy",
        "live-blog",
    }
)


#: A stamp with words besides its dates (at most `dates.STAMP_MAX_WORDS` in all) has at most this
#: many words that are not dates, stamp words, a byline, an outlet's name or
#: a web address, or in brackets ("Post Polls", "Print", "No TrackBacks").
LOOSE_STAMP_OTHER_WORDS = 2


#: "By Jane Roe", "by: jroe", "BY REBECCA SANTOS": a byline inside a stamp, with the categories a
#: blog filed the post in after it ("October 18th, 2012 by Jane Roe in Articles, Industry news").
_STAMP_BY = re.compile(r"\b(?i:by)\b\s*:?\s*(?:[A-Z@][\w'’.@-]*,?\s*){1,4}(?:in\s+[A-Z][^|·•]*)?")


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


_WORD = re.compile(r"[^\W_]+")


#: A label before a colon ("Release date:", "Event:"); a stamp's labels are publication words. (A
#: label opens at a word's first letter: looked for from each letter, a long word was read to its
#: end once a letter.)
_LABEL = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*:")


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
    page: PageLines | None = None,
) -> dict[int, Stamp]:
    """Return the page's date stamps by line (see `_stamp_of`), numeric dates read in the page's
    order (or in `day_first`'s, given): those of the lines where a stamp is looked for (see
    `stamp_tiers`), from STAMP_ABOVE_MAX lines above the headline down to the article's end."""
    page = page or PageLines(lines, removed)
    numbered = page.numbered
    day_first = _page_day_first(lines) if day_first is None else day_first
    found = {}
    headline, first = page.anchors(title)
    top, bottom = stamp_window(page, headline, first)
    # A comment section never stands above the article's first paragraph: a stamp there that the
    # layout read as a comment's signature ("Posted by X on Oct 29, 2012 at 6:48 pm") is the article's.
    window = numbered[top:bottom]
    dated = [_dated_item(text, day_first) for _, text in window]
    updating = False  # the line above is an update label alone, or a date alone under one
    for i, (n, text) in enumerate(window):
        if dated[i] and ((i and dated[i - 1]) or (i + 1 < len(window) and dated[i + 1])):
            updating = False
            continue  # "| 15.01.08 19:45 | Two killed in blast |" over another: a dated list's item
        stamp = (
            _shown(_stamp_of(n, text, removed.get(n), table, day_first, n < first, n <= first), text, day_first)
            or _year_wrapped_stamp(window[i : i + 2], removed, table, day_first, n < first, n <= first)
            or _split_stamp(window[i : i + 3], removed)
        )
        relabelled = updating and stamp is not None and _published_date_alone(text, stamp)
        if relabelled:
            stamp = replace(stamp, published=None, updated=stamp.published)
        updating = relabelled or bool(_UPDATE_LABEL_ALONE.match(text))
        if stamp:
            found[n] = stamp
    return found


#: An update stamp's label alone on its line, over its date: "Updated" / "March 3, 2024" (a page's
#: label and its date in two cells, a line each in a text rendering). The dates alone right under
#: it are the update's ("Updated" / "7/23/2012 8:26 PM ET" / "2012-07-24T00:26:15", its time in
#: UTC), and a published stamp nearby gives the article's date.
_UPDATE_LABEL_ALONE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*:?\W*$", re.I)


def _published_date_alone(text: str, stamp: Stamp) -> bool:
    """Tell a stamp read as published from a date and its time alone (`date_only`, `is_stamp`), no
    stamp word of its own."""
    if not stamp.published or stamp.updated:
        return False
    plain = plain_text(text).strip(" |")
    return bool(date_only(plain) or is_stamp(plain)) and not PUBLISHED_WORD.search(plain)


#: A dated list's item (a news list, an archive) opens with its date, then at least this many
#: words: an item's headline; a stamp has fewer ("Jan 15, 2008 | Comments (3)" has two).
DATED_ITEM_MIN_WORDS = 4


_ITEM_MARKS = re.compile(r"^[\s|*•·-]*")


def _dated_item(text: str, day_first: bool | None) -> bool:
    """Tell a line that opens with a date (list and cell marks aside) followed by an item's words."""
    start = _ITEM_MARKS.match(text).end()  # (the marks' end: the line is not copied without them)
    head = text[start : start + 40]
    spans = date_spans(head, day_first) if head[:1].isalnum() else ()
    if not spans or spans[0][0] != 0:
        return False
    plain = text[start:]
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
    in_head: bool = True,
) -> Stamp | None:
    """Read a stamp that ends with a month and a day, its year alone on the next line."""
    if len(two) < 2 or not _YEAR_ALONE.match(two[1][1]) or not _WRAPPED_BEFORE_YEAR.search(two[0][1]):
        return None
    n, text = two[0]
    joined = f"{text} {two[1][1]}"
    return _shown(_stamp_of(n, joined, removed.get(n), table, day_first, above_article, in_head), joined, day_first)


def _split_stamp(three: list[tuple[int, str]], removed: dict[int, Removal]) -> Stamp | None:
    """Read a date written one part per line, day and month in either order, then the year."""
    if len(three) < 3 or not _YEAR_ALONE.match(three[2][1]) or three[2][0] - three[0][0] > 4:
        return None  # (the three parts on consecutive lines, blank lines between them aside)
    first, second = three[0][1], three[1][1]
    day, month = (first, second) if _DAY_ALONE.match(first) else (second, first)
    rem = removed.get(three[0][0])
    if not _DAY_ALONE.match(day) or not (m := _MONTH_ALONE.match(month)) or (rem and rem.rule in NOT_STAMP_RULES):
        return None
    try:
        date = dt.date(int(three[2][1]), month_number(m.group("month")), int(day))
    except ValueError:
        return None
    return Stamp(three[0][0], date, None, "split-date-stamp")


def stamp_window(page: PageLines, headline: int | None, first: int) -> tuple[int, int]:
    """Return the slice of the page's numbered lines where a stamp or a byline is looked for (see
    `stamp_tiers`), given the head's anchors (`head_anchors`): from STAMP_ABOVE_MAX lines above the
    headline down to STAMP_BELOW_ARTICLE lines under the article. (Read once a page.)"""
    return page.known(("stamp window", headline, first), lambda: _stamp_window(page, headline, first))


def _stamp_window(page: PageLines, headline: int | None, first: int) -> tuple[int, int]:
    order = page.order
    top = bisect_left(order, min(headline or first, first)) - STAMP_ABOVE_MAX - 1
    end = max((n for n in order if n not in page.removed), default=0)
    bottom = bisect_left(order, max(end, first)) + STAMP_BELOW_ARTICLE + 1
    return max(0, top), bottom + 1


#: The end of a link whose text a rendering began on the line above: the line opens with the rest of
#: its text and its address, no opening bracket before them ("Xbox One X](https://site/2017/06/13/...)
#: is the ultimate ..."): the address is no more shown than a whole link's.
_SPLIT_LINK_TAIL = re.compile(r"^([^\[\]]*)\]\([^()\s]*\)")


def _shown(stamp: Stamp | None, text: str, day_first: bool | None = None) -> Stamp | None:
    """Return the stamp read from a line with the dates the line shows: a date only a link's
    address holds ("[Other story](/2012/07/30/other-story)") is the linked page's."""
    if stamp is None or "](" not in text or holds_tweet(text):
        return stamp
    shown = {date for _, date in find_dates(visible_text(_SPLIT_LINK_TAIL.sub(r"\1", text, 1)), day_first)}
    published = stamp.published if stamp.published in shown else None
    updated = stamp.updated if stamp.updated in shown else None
    return replace(stamp, published=published, updated=updated) if published or updated else None


def _stamp_of(
    n: int,
    text: str,
    rem: Removal | None,
    table: PublisherTable,
    day_first: bool | None = None,
    above_article: bool = False,
    in_head: bool = True,
) -> Stamp | None:
    """Read a line as a date stamp, or return None (`day_first`: the page's order of numeric dates;
    `above_article`: the line stands above the article's first paragraph, where no comment is;
    `in_head`: above it or the first paragraph itself, where a reader-mode line runs the head into it).
    Links' addresses are read as the rest of the line: see `_shown`."""
    if (
        not find_dates(text, day_first)
        or (rem and (rem.rule in NOT_STAMP_RULES or (in_comments(rem) and not above_article) or _in_teasers(rem)))
        or holds_tweet(text)
        or _TODAY_LABEL.search(text)
    ):
        return None
    plain = plain_text(text).strip(" |")
    if not above_article and _SIGNS_COMMENT.match(plain):
        return None  # "Posted by: Ann Lee | January 14, 2008 06:24 PM": a reader's comment, signed
    if rem and rem.rule in STAMP_RULES:  # the page's own stamps (a caption's date is removed by another rule)
        rule = "date-line" if rem.rule == "date-line" else f"{rem.rule}-date"
    elif _PUBLISHED_TIME.match(plain) or is_stamp(plain, day_first) or date_only(plain, day_first):
        rule = "date-line"
    elif loose_stamp(plain, table, day_first) or post_credit_stamp(plain, day_first):
        rule = "stamp-line"
    else:
        return _merged_stamp(n, text, day_first, in_head)
    published, updated = stamp_dates(plain, day_first)
    return Stamp(n, published, updated, rule) if published or updated else None


#: A comment's signature as blogs write it under each comment: the credit with a colon, the
#: commenter's name, a bar, the stamp ("Posted by: Ann Lee | January 14, 2008 06:24 PM"). The post's
#: own credit has no colon ("Posted by Jane Roe on January 14, 2008 ..."; see `pagehead.BYLINE`).
#: Reader mode keeps such signatures under the article's text with no comment heading over them.
_SIGNS_COMMENT = re.compile(r"(?i:posted|written) by:\s*+[^|]{1,60}\|")


#: A line that opens with a label saying its date is the day's ("Today is Tuesday, January 15,
#: 2008", "Today's date: ..."): the page's clock, shown whatever the article's date. (Only at the
#: line's start: a reader-mode line that runs the head into the article may say "today is" in a
#: sentence.)
_TODAY_LABEL = re.compile(r"^\W*today(?:'s|’s)?\s+(?:is|date)\b|^\W*today\s*:", re.I)


def _in_teasers(rem: Removal) -> bool:
    """Tell whether the layout stage put a line in a list of other stories (their headlines with
    their dates, or with their leads): a date there is one of those stories'."""
    return rem.rule == "layout" and rem.evidence.startswith((DATED_TEASERS_WORDING, TEASER_PAIRS_WORDING))


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
_NUMERIC_HINT = re.compile(r"\d[/.-]\d{1,2}[/.-](?:(?:19|20)\d\d|\d\d\b)")


#: A month named by name with a day: "January 8", "Jan. 7", "8 January" (capitalised: "may" is a verb).
_MONTH_NAMED = re.compile(
    rf"(?-i:(?=[A-Z])){MONTH_NAME}\.?\s+[0-3]?\d\b|"
    rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?-i:(?=[A-Z])){MONTH_NAME.replace('?P<month>', '?P<month2>')}\b",
    re.I,
)


#: A blog post's facts after its stamp: the categories it was filed in ("... at 06:18 PM in Politics,
#: Courts | Permalink", "... 10:31 AM EDT in Football", after a time zone too), its tags ("Tags:
#: harbour, ferry"), its permanent link.
_POST_FACTS_TAIL = re.compile(
    r"(?:(?<=\d)|(?<=[AaPp][Mm])|(?<=[A-Z][DS]T)|(?<=GMT|UTC))\s+in\s+[A-Z][^|·•]*|\b(?:tags?|filed\s+under)\s*:[^|·•]*|\bpermalink\b",
    re.I,
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


def loose_stamp(plain: str, table: PublisherTable, day_first: bool | None = None) -> bool:
    """Tell whether a line is a stamp with a few words besides its dates: a byline, an outlet, a label,
    a post's facts (see _POST_FACTS_TAIL)."""
    if ENDS_SENTENCE_NOT_ABBREVIATION.search(plain.rstrip(" |")):
        return False  # "Polls close on March 5, 2024.": the article's sentence, not a stamp
    plain = _POST_FACTS_TAIL.sub(" ", plain)
    if len(plain.split()) > STAMP_MAX_WORDS or len(find_dates(plain, day_first)) > 2 or _SPAN_WORD.search(plain):
        return False  # "Since 1st March, 1999": a span, not a stamp
    if any(not _stamp_label(plain, label, table) for label in _LABEL.finditer(plain)):
        return False  # "Release date: 11 April 2008": a date of something else
    rest = _STAMP_BY.sub(" ", _BRACKETED.sub(" ", _LINK_LABEL.sub(" ", stamp_residue(plain))))
    rest = WEB_NAME.sub(" ", rest)
    for m in reversed(list(CAPITALISED_RUN.finditer(rest))):
        known = table.lookup_name(m.group(0))
        if known and (" " in m.group(0) or is_name_token(m.group(0), known)):  # not "Register"
            rest = rest[: m.start()] + " " + rest[m.end() :]
    return len(_WORD.findall(rest)) <= LOOSE_STAMP_OTHER_WORDS


#: A blog post's credit line, opened by the verb a publishing system writes before the post's facts:
#: "Posted to News, Games on 9 November 2012 · Comments (1)", "Submitted by jdoe on November 12, 2012 -
#: 3:03pm", "Posted on: 08-17-2012 With: 1 Comment Posted by: Jane Doe". ("Published" is left out: it
#: also dates a book or a paper a line cites.)
_POST_CREDIT = re.compile(r"^\W*(?:posted|submitted)(?:\s+(?:to|in|by|on)\b|\s*:)", re.I)


def post_credit_stamp(plain: str, day_first: bool | None = None) -> bool:
    """Tell a post's credit line (`_POST_CREDIT`) that holds one date: a stamp, whatever categories,
    counters, labels or handle stand beside its date (which `loose_stamp` counts as other words);
    not a sentence (a full stop closes it) nor a span ("Posted until ..."), at most
    `dates.STAMP_MAX_WORDS` words."""
    if not _POST_CREDIT.match(plain) or ENDS_SENTENCE_NOT_ABBREVIATION.search(plain.rstrip(" |")):
        return False
    return (
        len(plain.split()) <= STAMP_MAX_WORDS
        and len(find_dates(plain, day_first)) == 1
        and not _SPAN_WORD.search(plain)
    )


def stamp_tiers(page: PageLines, headline: int | None, first: int, stamps: set[int]) -> list[list[int]]:
    """Return the stamp lines of each place in `_TIERS`, best first."""
    order = page.order
    if not order:
        return [[] for _ in _TIERS]
    # (What does not depend on the stamps is read once a page: the date's and the byline's readings ask.)
    index, stop = page.known(("stamp tiers", first), lambda: _tier_bounds(page, first))

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
    below = sorted(n for n in stamps if first < n < stop)
    return [under, near, below, above]


def _tier_bounds(page: PageLines, first: int) -> tuple[dict[int, int], int]:
    """Return each line's index in the page's order, and the line the tier under the article stops
    before (the comment section's wall, or STAMP_BELOW_ARTICLE
    lines past the article's end)."""
    order, removed = page.order, page.removed
    end = max([n for n in order if n not in removed and n >= first], default=first)
    index = {n: i for i, n in enumerate(order)}
    wall = _comment_wall(page.numbered, removed, first, post_footer(page, first)) or order[-1] + 1
    stop = min(wall, order[min(index.get(end, len(order)) + STAMP_BELOW_ARTICLE, len(order) - 1)] + 1)
    return index, stop


def _comment_wall(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], first: int, footer: int | None
) -> int | None:
    """Return the first line of the article's comment section under its first paragraph: a comment
    heading, or a line the layout read as a comment; not a sidebar's latest comments nor a counter
    ("Recent Comments", "Comments: 0"), nor the removed lines right under one, nor the post's own
    footer (`post_footer`, given)."""
    aside = False
    for n, t in numbered:
        if n <= first or n == footer:
            continue
        if is_comment_heading(t):
            if is_comment_section_heading(t):
                return n
            aside = True  # a sidebar's or a counter's: its items follow, removed with it
        elif n not in removed:
            aside = False
        elif not aside and in_comments(removed[n]):
            return n
    return None


def post_footer(page: PageLines, first: int) -> int | None:
    """`_post_footer` of the page, read once a page (the date's and the byline's readings ask)."""
    return page.known(("post footer", first), lambda: _post_footer(page.numbered, page.removed, first))


def _post_footer(numbered: list[tuple[int, str]], removed: dict[int, Removal], first: int) -> int | None:
    """Return the line of a blog post's own footer that the layout read as the comment section's
    first line: the line right under the article's last paragraph, a credit with its date ("Posted
    by Jane Doe at March 18, 2008 06:48 PM"; a comment's signature, "Posted by: jdoe at ...", is
    no `BYLINE`) in a shape (names, numbers, months and weekdays blanked) that no other line of the
    page repeats: each comment's signature repeats its fellows'. Or None."""
    order = [n for n, _ in numbered]
    end = max((n for n in order if n >= first and n not in removed), default=None)
    i = bisect_left(order, end + 1) if end is not None else len(order)
    if i >= len(order) or not (rem := removed.get(order[i])) or not in_comments(rem):
        return None
    plain = plain_text(numbered[i][1]).strip(" |*")
    if len(plain) > STAMP_MAX_CHARS or not BYLINE.match(plain) or not find_dates(plain):
        return None
    shape = _credit_shape(plain)
    repeated = sum(_credit_shape(plain_text(t).strip(" |*")) == shape for _, t in numbered if len(t) <= STAMP_MAX_CHARS)
    return order[i] if repeated == 1 else None


def _credit_shape(plain: str) -> str:
    """A line's shape (`_shape`) with the names of its credit blanked too."""
    m = BYLINE.match(plain)
    return _shape(plain[: m.start("name")] + "N" + plain[m.end("name") :] if m else plain)


#: A reader-mode extraction runs a page's head into one line with its first paragraph: "Headline
#: Jane Roe Tuesday January 15, 2008 The Site Mike Ashley, the owner, ...". Its first date is the
#: stamp when at most this many words come before it (a headline, a standfirst and a byline), none
#: of them ending a sentence (`sentenceends.SENTENCE_BREAK_AFTER_WORD`), and the date is not part of one: not after
#: a lowercase word or a comma ("went missing on Lake Simcoe, Monday Jan. 7, 2008"), nor followed
#: by one ("January 5, 2008, the company said"). See `_merged_stamp`.
MERGED_HEAD_MAX_WORDS = 50


#: A gap between a page's cells: two spaces or more, a tab or a bar.
_GAP = re.compile(r"\s{2,}|\t|\|")


WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY}\s*$", re.I)


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


#: (A word that opens lowercase with a capital inside is a name, "ePaper", "iPhone": no sentence.)
_PROSE_AFTER = re.compile(r"^\s*(?:,\s*[A-Za-z]|[a-z](?![a-z]*[A-Z]))")


#: A full stop after the date, then a sentence: "January 10, 2008. A Thursday like never before."
_SENTENCE_AFTER = re.compile(r"^\.\s+[A-Z][\w'’]*\s+[\w'’]+\s+[a-z]")


#: "On Dec. 6, 2023, the company detected ...": a date after a preposition is part of a sentence.
PREPOSITION = re.compile(
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
    r"(?:(?:^|[\s|])(?-i:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED|Transmitted|Last [Uu]pdated|First [Pp]ublished"
    # a blog's closing line of facts: "This entry was posted on 23 October 2012 at 8:14 pm and is filed under ..."
    r"|This (?:entry|post|article|story) was (?:posted|published))"
    # the day a page went up: "Article online since January 10th 2008, 0:00", opening the line or a
    # cell ("the archive has been online since March 3, 2001" is a sentence's)
    r"|(?:^|\||(?:^|[\s|])(?:Article|ARTICLE|Story|Page|Post)\s)\s*(?-i:[Oo]nline since|ONLINE SINCE)"
    r")\s*:?\s*"
    r"(?:on\s+)?$"
)


#: A byline before the date there: "By: PR Newswire Jan. 9, 2008 11:10 AM", "By Jane Roe on March 3,
#: 2024" (not in a list's item: a teaser's byline and stamp are the teased story's).
_BYLINE_BEFORE = re.compile(
    r"(?:^|[\s|])(?:By|BY)\s*:?\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s*:?\s*(?:on\s+)?$"
)


def _merged_stamp(n: int, text: str, day_first: bool | None = None, in_head: bool = True) -> Stamp | None:
    """Read the stamp at the head of a line that runs a headline into its article (see
    MERGED_HEAD_MAX_WORDS), or the date a stamp word introduces there (WORDED_STAMP_MAX_WORDS).
    Under the article's first paragraph, a date that a full stop closes, a sentence following it,
    is the text's ("January 10, 2008. A Thursday like never before."), not a head's stamp."""
    dates = date_spans(text, day_first)
    if not dates:
        return None
    # A list's item is another story's teaser ("- • Why it matters by jdoe 01/15/2008 9:10 a.m."),
    # not the head: only a stamp word dates it.
    head = None if is_list_item(text) else _head_stamp(n, text, dates[0], day_first, in_head)
    return head or _worded_stamp(n, text, dates, day_first) or _closing_stamp(n, text, dates, day_first)


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
) -> Stamp | None:
    item = is_list_item(text)
    for start, end, _ in dates:
        if start > WORDED_STAMP_MAX_CHARS:
            return None
        before = WEEKDAY_BEFORE.sub("", text[:start])
        if len(before.split()) > WORDED_STAMP_MAX_WORDS:
            return None
        word = _STAMP_WORD_BEFORE.search(before) or (None if item else _BYLINE_BEFORE.search(before))
        if word:
            time = TIME_AFTER.match(text[end:])
            stamp = f"{word.group(0).strip(' |')} {text[start : end + (time.end() if time else 0)]}"
            published, updated = stamp_dates(stamp, day_first)
            return Stamp(n, published, updated, "stamp-word-in-merged-head") if published or updated else None
    return None


#: A colon right after a date: the date labels what follows it, an entry of the article's own
#: timeline ("9:00 March 3, 2008: doors open") or an editor's note ("Updated March 5, 2008: This
#: story corrects ..."), not the page's stamp closing the article.
_LABELS_AFTER = re.compile(r"^\s*:")


#: How far before a closing stamp's date its stamp word, clock time and weekday and the sentence
#: close before them are looked for, in characters: "... final word. Last updated on Friday, "
#: holds 40; chosen as twice that, so that a long line is read once, not from each date to its head.
CLOSING_STAMP_LOOKBACK_CHARS = 80


def _closing_stamp(
    n: int, text: str, dates: list[tuple[int, int, dt.date]], day_first: bool | None = None
) -> Stamp | None:
    """Read the stamp that closes the article in a line reader mode ran the whole article into,
    however far from the line's head (`_worded_stamp` stops WORDED_STAMP_MAX_WORDS in): a date
    right after the article's last sentence, introduced by a stamp word or a clock time ("... the
    final word. Published on 03/14/2008 Related ...", "... the final word. 6:15pm Friday 14th March
    2008 Print"), or a date a stamp word introduces with nothing but empty cells after it to the
    line's end ("... Copyright 2008 The Ledger Transmitted Friday, March 14, 2008 |  |").
    Exactly one date in the line may be read so: several are a thread's or a list's stamps.
    A sentence goes on from no such date (a lowercase word or a comma and a word after it), nor
    does a label's text (`_LABELS_AFTER`); a cell that heads the comments ends the article."""
    found = []
    line_end = len(text.rstrip(" |\t"))  # where the last cell's text ends: empty cells follow
    comments = _comments_start(text)
    for start, end, _ in dates:
        if start > comments:
            break  # a comment's stamp, under the comment section's heading
        # (Each date's surroundings are read within CLOSING_STAMP_LOOKBACK_CHARS: a line of many
        # dates is read once, not from each date to its end.)
        time = TIME_AFTER.match(text[end : end + CLOSING_STAMP_LOOKBACK_CHARS])
        stamp_end = end + (time.end() if time else 0)
        after = text[stamp_end : stamp_end + CLOSING_STAMP_LOOKBACK_CHARS]
        if _PROSE_AFTER.match(after) or _LABELS_AFTER.match(after):
            continue
        before = WEEKDAY_BEFORE.sub("", text[max(0, start - CLOSING_STAMP_LOOKBACK_CHARS) : start])
        word = _STAMP_WORD_BEFORE.search(before)
        clock = None if word else TIME_BEFORE.search(before)
        opening = before[: (word or clock).start()] if word or clock else None
        # a sentence closes, then perhaps a stamp word, right before the date: the merged line's article
        # text ends there and the page's stamp follows it
        after_sentence = opening is not None and bool(ENDS_SENTENCE_BEFORE_SPACES.search(opening))
        closes_line = word is not None and stamp_end >= line_end
        if after_sentence or closes_line:
            label = word.group(0).strip(" |") if word else ""
            found.append(f"{label} {text[start:stamp_end]}")
    if len(found) != 1:
        return None
    published, updated = stamp_dates(found[0], day_first)
    return Stamp(n, published, updated, "stamp-closing-merged-line") if published or updated else None


def _comments_start(text: str) -> int:
    """Return where the first of a line's cells that is a comment section's heading ("| 1 Comment
    |", "| Leave a Reply |") starts in it, or the line's length: reader mode runs a post's comments
    into the line that holds its article, and a stamp after the heading is a comment's."""
    at = 0
    for cell in text.split("|"):
        if is_comment_heading(cell):
            return at
        at += len(cell) + 1
    return len(text)


def _head_stamp(
    n: int, text: str, first: tuple[int, int, dt.date], day_first: bool | None = None, in_head: bool = True
) -> Stamp | None:
    start, end, _ = first
    before = WEEKDAY_BEFORE.sub("", TIME_BEFORE.sub("", text[:start]))
    if len(before.split()) > MERGED_HEAD_MAX_WORDS or SENTENCE_BREAK_AFTER_WORD.search(before):
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
    if last and (lower or last.endswith(",") or PREPOSITION.match(last)):
        return None
    if _PROSE_AFTER.match(text[stamp_end:]) or (not in_head and _SENTENCE_AFTER.match(text[stamp_end:])):
        return None
    if not segment and _menu_bar(text, stamp_end):
        return None  # "| Sunday, 20 January, 2008 | Subscribe | Advertise |": the day's date in a menu bar
    if _after_menu_cells(before):
        return None  # "Sign In | Register January 15, 2008": the day's date at a menu bar's end
    if _WEATHER.search(" ".join(text[stamp_end:].split()[:WEATHER_AFTER_MAX_WORDS])):
        return None  # "Tuesday, January 15, 2008 Weather: Hi: 7°C": the day's date over the weather
    published, updated = stamp_dates(f"{segment} {text[start:stamp_end]}", day_first)
    if updated and not published:
        published = _published_after_update(text[stamp_end:], day_first)
    return Stamp(n, published, updated, "stamp-in-merged-head") if published or updated else None


#: The separators between an update stamp and the publication stamp that follows it in the same
#: line ("Updated DATE · Posted DATE by X").
_STAMP_SEPARATORS = re.compile(r"[\s|·•,;/–—-]*")


#: At most this many words (a clock time, "at", a zone) stand between a stamp word and its date.
STAMP_WORD_TO_DATE_MAX_WORDS = 3


def _published_after_update(rest: str, day_first: bool | None = None) -> dt.date | None:
    """Return the date that a publication stamp word introduces right after an update stamp
    ("Updated Nov 12 2012 - 6:04am · Posted Nov 11 2012 - 3:00am by X"): the stamp's published
    date, which the update's date alone would hide. Else None."""
    word = PUBLISHED_WORD.match(rest, _STAMP_SEPARATORS.match(rest).end())
    spans = date_spans(rest, day_first) if word else []
    if not word or not spans or spans[0][0] < word.end():
        return None
    if len(rest[word.end() : spans[0][0]].split()) > STAMP_WORD_TO_DATE_MAX_WORDS:
        return None
    return spans[0][2]


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
    for n, text in _article_opening(numbered, removed, title):
        dl = _DATELINE_DATE.match(text)
        if dl:
            dates = find_dates(dl.group("rest"))
            if dates:
                return Field(dates[0][1].isoformat(), n, "dateline")
    return None


def _article_opening(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], title: int | None
) -> list[tuple[int, str]]:
    """Return the kept lines under the headline down to the first line of prose (PROSE_MIN_WORDS
    words or more), which opens the article: where a dateline stands."""
    opening = []
    for n, text in numbered:
        if n <= (title or 0) or n in removed:
            continue
        opening.append((n, text))
        if len(text.split()) >= PROSE_MIN_WORDS:
            break
    return opening


#: A dateline whose date has no year, opening the article: "Islamabad, Jan 14 (IANS) The ...",
#: "New Delhi, Dec. 30: India today ...", "WASHINGTON, Jan 14 (Reuters) -" (a reader-mode cell's bar
#: before it aside). The place opens with no function word or weekday ("On Tuesday, Mar. 14 the
#: council ...", "In Karlsholm, March 14 was ...": a sentence's opening) and the day is one of a month.
_YEARLESS_DATELINE = re.compile(
    rf"^[|\s]*(?!(?i:{WEEKDAY})\s)(?P<place>[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){{0,3}},\s+(?:[A-Z][\w.]*,\s+)?"
    rf"(?i:{MONTH_NAME})\.?\s+(?P<day>3[01]|[12]\d|0?[1-9])\b(?![,.]?\s*(?:19|20)\d\d)"
)


#: A stamp with a month, a day and a clock time but no year, as sites write this year's stories
#: ("By Jane Roe March 18 at 3:57 PM", "Updated Jan. 4, 10:12 am"): the time makes the month and day
#: a stamp, not a sentence's words ("On March 18 the council ..."); a year after the day makes it a
#: whole date, which the other rules read.
_YEARLESS_STAMP = re.compile(
    rf"(?<![\w.])(?i:{MONTH_NAME})\.?\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![,.]?\s*(?:19|20)\d\d)"
)


def _yearless_stamp_date(page: PageLines, headline: int | None, first: int) -> Field | None:
    """Return the date of a stamp without a year between the headline and the first paragraph, its
    year told by the page's one whole date of that month and day ("March 18, 2015" in a photo's
    caption, a link's path); None when no such stamp stands there or the page's dates of that day
    name no year or several (a story dated last year's day, an anniversary). With no headline found
    (a text opening with it, a <title> line), the STAMP_ABOVE_NEAR lines over the first paragraph."""
    head = [(n, t) for n, t in page.numbered if n < first and (headline is None or n > headline)]
    for n, text in head if headline is not None else head[-STAMP_ABOVE_NEAR:]:
        day = _yearless_day(plain_text(text))
        if day is None:
            continue
        years = {d.year for _, t in page.numbered for _, d in find_dates(t) if (d.month, d.day) == day}
        years |= {d.year for t in page.lines if (d := date_in_url(t)) and (d.month, d.day) == day}
        if len(years) == 1:
            return Field(dt.date(years.pop(), *day).isoformat(), n, "yearless-stamp")
        return None
    return None


def _yearless_day(plain: str) -> tuple[int, int] | None:
    """Return the month and day of a yearless stamp in a short line ("By X March 18 at 3:57 PM")."""
    if len(plain.split()) > STAMP_MAX_WORDS:
        return None
    for m in _YEARLESS_STAMP.finditer(plain):
        if TIME_AFTER.match(plain[m.end() :]):
            return month_number(m["month"]), int(m["day"])
    return None


def _dateline_day(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], title: int | None
) -> tuple[int, int] | None:
    """Return the month and day of a dateline without a year at the article's head, or None."""
    for _, text in _article_opening(numbered, removed, title):
        m = _YEARLESS_DATELINE.match(text)
        if m and m["place"].lower() not in FUNCTION_WORDS:
            return month_number(m["month"]), int(m["day"])
    return None
