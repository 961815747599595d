"""Lines the article's path left out that are the article's own: the rules that give them back.

The path (`dossier.articlepath`) weighs each line by its score, so it leaves out what is short or
unlike a sentence even where it is the article's: a list between two paragraphs, a table of
contents, the list a sentence announces, the headline's standfirst or deck, an opening paragraph
a box of chrome stands under, an opening sentence crowded with names, a table or the addresses
under the last paragraph. Each rule here reads one such place by its shape and its neighbours,
and puts its lines back into the path; what it leaves out stays chrome.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile

from .articlepath import ARTICLE, BEFORE, GAP
from .lineshapes import (
    ADDRESS_LINE,
    DATELINE,
    LINKED_MIN_SHARE,
    LIST_MARK,
    PROSE_BASE,
    PROSE_MIN_WORDS,
    SENTENCE_MIN_LOWERCASE_SHARE,
    SHAPE_CACHE_SIZE,
    SHORT_SENTENCE_SCORE,
    STAMP,
    STAMP_YEAR_OR_TIME,
    TITLE_CASE_MAX_LOWERCASE_SHARE,
    line_score,
    line_shape,
    markdown_free,
)
from .linetext import content_words

#: The article's datelined opening paragraph may stand this many lines above the rest of it, a box
#: of chrome between them (a player's stats table, a teaser box; 15 and 12 lines on the tune pages).
OPENING_MAX_LINES_ABOVE = 20


#: The headline's standfirst: at most this many lines of a sentence's shape (at least
#: HEADLINE_STANDFIRST_MIN_WORDS words, SENTENCE_MIN_LOWERCASE_SHARE of them lowercase, no link) between it
#: and the article's first paragraph, nothing else there but what other stages removed (its byline,
#: its date): "Judge sets example in handing out four-year sentence".
STANDFIRST_MAX_LINES = 2


HEADLINE_STANDFIRST_MIN_WORDS = 6


#: ...at most this many removed lines above it, under the headline: its byline and its date (a
#: login box's lines between a page's <title> and a site's slogan are more).
STANDFIRST_MAX_LINES_ABOVE = 2


#: ...and under it, at most this many lines that no stage removed, each its byline or its date:
#: a name of STANDFIRST_NAME_MAX_WORDS capitalised words at most ("Ann Lee") or a stamp with a year
#: or a time of at most STANDFIRST_STAMP_MAX_WORDS words ("harbour.example, Monday 29 October 2012
#: 13.04 EDT"), as a share bar between them is removed by its rule.
STANDFIRST_MAX_BYLINE_LINES = 2


STANDFIRST_NAME_MAX_WORDS = 4


#: ...and a byline may join two names or a name and its place with one of these words, between
#: capitalised words ("Ann Lee and Bo Chan", "Ann Lee in Rome"): the capitalised words still count
#: at most STANDFIRST_NAME_MAX_WORDS (dragnet-page-tune: a correspondent's byline "... in Rome"
#: between a deck and its stamp kept the deck out).
BYLINE_JOINERS = frozenset({"and", "in", "&"})


STANDFIRST_STAMP_MAX_WORDS = 10


#: ...or at most STANDFIRST_MAX_CHROME_LINES lines that no stage removed, each a byline, a stamp or
#: a short line of chrome of at most STANDFIRST_CHROME_MAX_WORDS words ("Jump to comments", a
#: story's tags, its comment count), when the standfirst shares a word with the headline or with
#: the article's first paragraph: it tells the article's subject, as a site's slogan does not (4
#: such lines on the tune pages, a menu is longer; a headline below, "A Faster Way to Reply on
#: Mobile", is longer than a tag and says the sentence above it was no standfirst).
STANDFIRST_MAX_CHROME_LINES = 5


STANDFIRST_CHROME_MAX_WORDS = 5


#: The article's deck, under the headline: a line of a standfirst's shape (HEADLINE_STANDFIRST_MIN_WORDS)
#: without a full stop, right above the article's first line with at most DECK_MAX_LINES_ABOVE
#: bylines or stamps between (other stages' removals aside), that shares at least
#: DECK_MIN_SHARED_WORDS words with the first paragraph ("Proof-of-concept code knocks devices
#: offline" over "Proof-of-concept example code shows ..."): where the standfirst rule does not
#: find it, a box (share counts, a stamp) between it and the headline, or a section's name taken
#: for the headline. On the tune part, the teasers and "Next story" links right above a first
#: paragraph share one word with it by chance; of the lines sharing two, two are captions.
DECK_MAX_LINES_ABOVE = 2


DECK_MIN_SHARED_WORDS = 2


#: A gap inside the article is chrome only when one of its lines is firmly chrome (a rule's line,
#: a menu) or when it runs longer than WEAK_GAP_MAX_LINES lines.
WEAK_GAP_MAX_LINES = 12


#: ...and a gap of any length whose lines are at least this share quantities ("2 cloves garlic",
#: "1/2 cup milk") is a recipe's or a kit's list: chrome lists name no amounts (chosen on
#: dragnet-page-tune: its ingredient lists hold 0.67-0.85, the long chrome gaps of dragnet and
#: l3s-gn1 page renderings at most 0.07).
QUANTITY_LIST_MIN_SHARE = 0.5


#: ...and a longer gap goes back when the corpus knows the page's site chrome and the gap is not
#: of it: the page carries at least LONG_GAP_MIN_PAGE_REPEATED lines that other texts of the corpus
#: carry too (a page analysed alone, or the only one of its site, carries none: the rule then says
#: nothing), at most LONG_GAP_MAX_REPEATED_SHARE of the gap's lines are such lines (menus, spec
#: boxes and digests a site repeats on every page) and at most LONG_GAP_MAX_TEASER_SHARE are
#: headline-shaped (a list of other stories). Chosen on the tune part's whole-page renderings: its
#: body lists (a table's cells, a recipe, a list of names) hold 0.00-0.08 repeated lines and
#: 0.01-0.23 headlines; its chrome gaps hold 0.10-0.97 repeated lines or 0.30-0.87 headlines, but
#: for a duplicated recipe. The pages whose lists went back carry 10-149 repeated lines in their
#: set and 5-19 in a mixed corpus of 85 tune pages (8 left two of them out there); reader-mode
#: renderings, without the site's chrome, carry 0-1.
LONG_GAP_MIN_PAGE_REPEATED = 5


LONG_GAP_MAX_REPEATED_SHARE = 0.08


LONG_GAP_MAX_TEASER_SHARE = 0.25


#: ...and a longer gap of at most PLAIN_LIST_MAX_LINES lines goes back, whatever the corpus knows,
#: when it reads as a list of the article's own: at most PLAIN_LIST_MAX_DATA_SHARE of its lines
#: are data, at most PLAIN_LIST_MAX_REPEATED_SHARE are lines other texts of the corpus carry too
#: and at most LONG_GAP_MAX_TEASER_SHARE are headline-shaped. A list in the article's text
#: (places, dishes, names) holds words; the boxes a site sets beside its articles hold counts,
#: prices and times (a spec box, jobs with their places, the most read with their counts, a poll),
#: recur on the site's other pages, or list other stories' headlines. Chosen on
#: dragnet-page-tune, run as one corpus: its long gaps of body lines that are not headline-shaped
#: hold no data line and no repeated one, its long chrome gaps without firm chrome 0.24-0.57 data
#: lines (lists of names that are headline-shaped, a feature list or a round-up of recipes, still
#: go: nothing in their lines tells them from a list of other stories).
PLAIN_LIST_MAX_LINES = 60


PLAIN_LIST_MAX_DATA_SHARE = 0.1


PLAIN_LIST_MAX_REPEATED_SHARE = 0.2


#: ...and such a list goes back whatever share of its items are headline-shaped when it is one list
#: under its own heading (`_is_headed_list`) on a page whose site the corpus knows (see
#: LONG_GAP_MIN_PAGE_REPEATED): its first line a heading (a short line without a sentence's end, no
#: headline itself), no line under it that other texts of the corpus carry too, at most
#: PLAIN_LIST_MAX_DATA_SHARE of its lines data, and the article's text going on under it. On a page
#: analysed alone nothing says the list is not the site's, and a list of headlines stays out. A
#: feature list in a post ("What it does" over "Keeps a diary of your walks by the day", "Works
#: offline", ...) reads as headlines line by line; a box of other stories' headlines beside an
#: article runs in groups, under labels the site repeats ("More Headlines") or under a heading a
#: rule removes (firm chrome keeps the gap out).
#: Read on the tune part's read halves: one such list of the article's (dragnet-page-tune, 14 body
#: lines) against one box of headlines (l3s-gn1-page-tune, a second group under a repeated label).


#: ...and a gap of any length goes back when it is a list the article numbers itself: at least
#: NUMBERED_LIST_MIN_ITEMS items in a row, each numbered one more than the last ("1." ... "25.", a
#: list may start again from 1 under a heading), and at least NUMBERED_LIST_MIN_SHARE of its lines
#: (an archive a post gathers, a ranking). A site's numbered box of its most read stories counts
#: five or ten and stands under a heading a rule removes (firm chrome keeps a gap out). On the tune
#: part's page and Markdown renderings one gap holds such a list (a post's archive of its posts,
#: 34 body lines back, no chrome line); from 4 items up nothing else changes there, and 12 stays
#: clear of a top-ten box.
NUMBERED_LIST_MIN_ITEMS = 12


NUMBERED_LIST_MIN_SHARE = 0.8


#: ...and a gap of any length goes back when it is a gallery the article captions: nothing but
#: pictures alone on their lines, each paired with a short line of its own without a link (its
#: heading or caption, above or under it), at least GALLERY_MIN_PAIRS such pairs. The pictures'
#: lines stay out (their rule's), their headings come back. Other stories' teasers pair a picture
#: with a headline too, but link it to the story; an advertisement is one picture. On the tune
#: part's Markdown renderings one gap is such a gallery (a post's 30 designs, 30 body lines back).
GALLERY_MIN_PAIRS = 5


#: A sentence of the article that ends with a colon ("The following schools are closed:") announces
#: the list under it: its short lines stay (a long gap took them for chrome) when running text
#: follows them within this many lines, with no firm chrome or comment wall between (a list between
#: two parts of the article; the tune part's run 5-51 lines). Under the article's last sentence a
#: list is as often a teaser list or the author's links as the article's, and stays out; but a
#: paragraph the path left out with the list closes it as well (an item long enough to read as one,
#: the post's closing words under a round-up it announced), up to the last such paragraph before
#: firm chrome, a comment wall or a teaser list (dragnet-page-tune: 34 body lines back for 2 chrome).
ANNOUNCED_LIST_MAX_LINES = 60


#: An announced list that firm chrome closes (no paragraph of the article between them) still comes
#: back when it stands in a gap of the article (its text goes on below the chrome) and each item
#: holds at least this many words: the points a sentence announces ("here are the key points:"),
#: not a box of single-word tags the site sets under the article's last words. Chosen on
#: dragnet-page-tune: 5 body lines back, no chrome (dragnet-markdown-tune: 2 back for 3 chrome);
#: with no minimum, a tag box under "Note: ... in 3 parts:" comes back too (13 chrome lines).
ANNOUNCED_ITEM_MIN_WORDS = 3


#: A paragraph of the article that names a list ("Here's a list of the schools that will be closed
#: until Monday.", "... the following ...") announces one too, with at most this many paragraphs
#: of the article between it and the list ("Tell us in the comments if we missed one.").
ANNOUNCED_LIST_MAX_PARAGRAPHS_BETWEEN = 1


_NAMES_LIST = re.compile(r"\b(?:list of|the following)\b", re.I)


def _names_a_list(text: str) -> bool:
    """`_NAMES_LIST.search(text)`, a line without "t of" or "follow" (lowercased: no other character
    matches those letters when case is ignored) not scanned: most of the article's paragraphs,
    read by a pattern that ignores case at each of their characters (a third of the time)."""
    low = text.lower()
    return ("t of" in low or "follow" in low) and bool(_NAMES_LIST.search(text))


#: A table of contents: a gap inside the article of which at least CONTENTS_MIN_LINES lines, and
#: at least CONTENTS_MIN_SHARE of its lines, recur word for word as lines of the article below it
#: (its section headings) is the article's own, from its first line that is no firm chrome to its
#: last entry. A list of other stories, a menu or a share bar names nothing the article says again.
CONTENTS_MIN_LINES = 3


CONTENTS_MIN_SHARE = 0.5


#: The short lines under the article's last paragraph stay when this share of them are data.
TRAILING_DATA_MIN_SHARE = 0.3


#: A stamp's time of day or its age in minutes to weeks ("9:42 pm", "3 hours ago", "a day ago"): a
#: sentence's "more than 22 years ago" is no stamp.
_STAMP_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\b(?:\d+|an?)\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b", re.I
)


@dataclass(frozen=True)
class GapEvidence:
    """What each line says about the gap it is in (lists parallel to the page's non-blank lines)."""

    firm: list[bool]
    headings: list[bool]
    quantities: list[bool]
    #: lines other texts of the corpus carry too, and headline-shaped lines
    repeated: list[bool]
    teasers: list[bool]
    #: data lines: results, counts, prices, times
    data: list[bool]
    #: the number a line opens with as a list's item ("12. ..."), or 0
    item_numbers: list[int] = field(default_factory=list)
    #: pictures alone on their lines, and short lines without a link (see GALLERY_MIN_PAIRS)
    pictures: list[bool] = field(default_factory=list)
    labels: list[bool] = field(default_factory=list)


def keep_weak_gaps(path: list[int], gaps: GapEvidence) -> None:
    """Put back into the article a gap that holds no line of firm chrome (a rule's or a menu's):
    short lines between paragraphs are lists, fact boxes and subheadings more often than chrome.
    A longer gap goes back when it is a list of quantities, or when the corpus knows the page's
    site chrome and the gap holds little of it and few headlines (a table, a list of names), or when
    it reads as a list of the article's own (`_is_plain_list`, `_is_headed_list`) or one it numbers
    itself (`_is_numbered_list`). A list of quantities goes back
    without the firm chrome at its ends (a recipe card's buttons or name)."""
    known_site = sum(gaps.repeated) >= LONG_GAP_MIN_PAGE_REPEATED
    for i, j in _gap_runs(path):
        size = j - i
        weak = (
            size <= WEAK_GAP_MAX_LINES
            or _is_quantity_list(gaps, i, j)
            or _is_plain_list(gaps, i, j)
            or known_site
            and _is_headed_list(gaps, i, j, j < len(path) and path[j] == ARTICLE)
            or _is_numbered_list(gaps, i, j)
            or known_site
            and sum(gaps.repeated[i:j]) <= LONG_GAP_MAX_REPEATED_SHARE * size
            and sum(gaps.teasers[i:j]) <= LONG_GAP_MAX_TEASER_SHARE * size
        )
        inner = _without_firm_ends(gaps.firm, i, j)
        if _is_gallery(gaps, i, j) or weak and not any(gaps.firm[i:j]):
            path[i:j] = [ARTICLE] * size
        elif inner and _is_quantity_list(gaps, *inner):
            # A recipe's ingredients under its name, which a rule took for the repeated headline.
            path[inner[0] : inner[1]] = [ARTICLE] * (inner[1] - inner[0])
        elif j < len(path) and path[j] == ARTICLE and not gaps.firm[j - 1] and gaps.headings[j - 1]:
            path[j - 1] = ARTICLE  # the subheading that opens the next part ("Where to find shelter")


def _gap_runs(path: list[int]) -> Iterator[tuple[int, int]]:
    """Yield each run of gap lines of the path, from i to j; the path may change inside the run
    yielded last, not after it."""
    i = 0
    while i < len(path):
        if path[i] != GAP:
            i += 1
            continue
        j = i
        while j < len(path) and path[j] == GAP:
            j += 1
        yield i, j
        i = j


def _without_firm_ends(firm: list[bool], i: int, j: int) -> tuple[int, int] | None:
    """The gap from i to j without the lines of firm chrome at its two ends; None when it holds
    firm chrome further in, or nothing else."""
    while i < j and firm[i]:
        i += 1
    while j > i and firm[j - 1]:
        j -= 1
    return (i, j) if i < j and not any(firm[i:j]) else None


def _is_quantity_list(gaps: GapEvidence, i: int, j: int) -> bool:
    """Tell a list of quantities ("2 cloves garlic"): a recipe's or a kit's, see QUANTITY_LIST_MIN_SHARE."""
    return sum(gaps.quantities[i:j]) >= QUANTITY_LIST_MIN_SHARE * (j - i)


def _is_plain_list(gaps: GapEvidence, i: int, j: int) -> bool:
    """Tell a list in the article's text: see PLAIN_LIST_MAX_LINES."""
    size = j - i
    return (
        size <= PLAIN_LIST_MAX_LINES
        and sum(gaps.data[i:j]) <= PLAIN_LIST_MAX_DATA_SHARE * size
        and sum(gaps.repeated[i:j]) <= PLAIN_LIST_MAX_REPEATED_SHARE * size
        and sum(gaps.teasers[i:j]) <= LONG_GAP_MAX_TEASER_SHARE * size
    )


def _is_headed_list(gaps: GapEvidence, i: int, j: int, resumed: bool) -> bool:
    """Tell a list in the article's text under its own heading, the article's text `resumed` under
    it: see PLAIN_LIST_MAX_REPEATED_SHARE's note under it."""
    size = j - i
    return (
        resumed
        and size <= PLAIN_LIST_MAX_LINES
        and gaps.headings[i]
        and not gaps.teasers[i]
        and not any(gaps.repeated[i + 1 : j])
        and sum(gaps.data[i:j]) <= PLAIN_LIST_MAX_DATA_SHARE * size
    )


def _is_numbered_list(gaps: GapEvidence, i: int, j: int) -> bool:
    """Tell a list the article numbers itself: see NUMBERED_LIST_MIN_ITEMS."""
    numbers = gaps.item_numbers[i:j]
    counted, last = 0, 0
    for number in numbers:
        if number and number in (last + 1, 1):
            counted += 1
        last = number or last
    return counted >= NUMBERED_LIST_MIN_ITEMS and counted >= NUMBERED_LIST_MIN_SHARE * (j - i)


def _is_gallery(gaps: GapEvidence, i: int, j: int) -> bool:
    """Tell a gallery the article captions: see GALLERY_MIN_PAIRS."""
    if not gaps.pictures or (j - i) % 2 or (j - i) < 2 * GALLERY_MIN_PAIRS:
        return False
    # The pairs open all alike, with the picture or with its heading.
    picture, label = (gaps.pictures, gaps.labels) if gaps.pictures[i] else (gaps.labels, gaps.pictures)
    return all(picture[k] and label[k + 1] for k in range(i, j, 2))


def keep_contents(path: list[int], texts: list[str], firm: list[bool]) -> None:
    """Put back into the article its table of contents (see CONTENTS_MIN_SHARE): a gap whose
    lines recur below it as the article's section headings."""
    # Where each entry last stands in the article: one pass, whatever the number of gaps (the
    # lines this puts back stand above the gap's end, so the later gaps' readings do not move).
    # Read at the first gap with lines to weigh (most pages have none), below it only: an entry
    # counts where it stands below its gap, and the later gaps end further down.
    last: dict[str, int] | None = None
    for i, j in _gap_runs(path):
        inner = _without_firm_ends(firm, i, j)
        if inner:
            if last is None:
                last = {_entry(texts[k]): k for k in range(j, len(path)) if path[k] == ARTICLE}
            entries = [k for k in range(*inner) if _entry(texts[k]) and last.get(_entry(texts[k]), -1) >= j]
            if len(entries) >= max(CONTENTS_MIN_LINES, CONTENTS_MIN_SHARE * (inner[1] - inner[0])):
                path[inner[0] : entries[-1] + 1] = [ARTICLE] * (entries[-1] + 1 - inner[0])


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # asked of each line of the article and twice of each line of a gap
def _entry(text: str) -> str:
    """A line as an entry of a table of contents compares: as a reader sees it, without a list
    item's mark, case aside."""
    return LIST_MARK.sub("", markdown_free(text)).casefold()


def keep_announced_lists(
    path: list[int], texts: list[str], scores: list[float], ends: list[bool], prose: list[bool], bars: list[bool]
) -> None:
    """Put back into the article the list that one of its sentences announces with a colon: the
    lines under it up to the article's next paragraph, when it follows within
    ANNOUNCED_LIST_MAX_LINES lines and no line that `ends` marks (firm chrome, a comment wall, a
    teaser list) stands between. A paragraph the path left out with the list (an item long enough to
    read as one, or the words that close the list) does not end it: the list then runs to the last
    such paragraph before an end line, or before the page's end (a round-up of recipes under the
    sentence that announces it, the post's own closing words under them, its footer below). A
    paragraph that names a list ("Here's a list of ...", see ANNOUNCED_LIST_MAX_PARAGRAPHS_BETWEEN)
    announces one as well, but only between two paragraphs of the article: the list it names comes
    back when the article's next paragraph follows it, a bar of links (`bars`) at most between. A
    list that an end line closes comes back too when it stands in a gap of the article and its
    items are phrases (see ANNOUNCED_ITEM_MIN_WORDS): the article goes on below the chrome. A
    heading or a label with a colon ("Related posts:", "Share this:") is no sentence of the
    article: a rule removed it, or it scores below a short sentence."""
    for i, state in enumerate(path):
        if state != ARTICLE or scores[i] < SHORT_SENTENCE_SCORE:
            continue
        text = markdown_free(texts[i])
        colon = text.endswith(":")
        if colon:
            k = i + 1
        elif prose[i] and _names_a_list(text):
            # "Here's a list of the schools that will be closed." and a paragraph more over the list
            k = (
                i
                + 1
                + sum(
                    1
                    for m in range(i + 1, min(i + 1 + ANNOUNCED_LIST_MAX_PARAGRAPHS_BETWEEN, len(path)))
                    if path[m] == ARTICLE and prose[m]
                )
            )
        else:
            continue
        closing, resumed = None, False
        while k < len(path) and k - i <= ANNOUNCED_LIST_MAX_LINES and not ends[k]:
            if prose[k] and path[k] == ARTICLE:
                closing, resumed = k - 1, True  # the article's next paragraph
                break
            if prose[k]:
                closing = k  # a paragraph left out with the list: the list may close with it
            k += 1
        if k + 1 < len(path) and bars[k] and path[k + 1] == ARTICLE and prose[k + 1]:
            # a bar of links ("Contacts | Power updates") between the list and the next paragraph
            closing, resumed = k - 1, True
        if closing is None and colon and k < len(path) and ends[k] and _phrases_in_gap(path, texts, i + 1, k):
            closing = k - 1  # the list ends at the chrome under it, the article going on below both
        if closing is not None and (colon or resumed):
            path[i + 1 : closing + 1] = [ARTICLE] * (closing - i)


def _phrases_in_gap(path: list[int], texts: list[str], i: int, j: int) -> bool:
    """Tell the lines from i to j for an announced list's items in a gap of the article: each of
    ANNOUNCED_ITEM_MIN_WORDS words or more (a point the article makes, not a tag or a menu's item)."""
    return i < j and all(path[m] == GAP and line_shape(texts[m]).words >= ANNOUNCED_ITEM_MIN_WORDS for m in range(i, j))


def keep_datelined_opening(path: list[int], texts: list[str], prose: list[bool], headline: int) -> None:
    """Put back into the article its opening paragraph when a box of chrome (a stats table, a
    teaser box, a photo) stands between it and the rest: a paragraph of running text that opens
    with a dateline ("HONOLULU -- ...", "OKLAHOMA CITY — ...") within OPENING_MAX_LINES_ABOVE lines
    above the article's first line, under the headline, with no other running text between. The
    box stays out, as a run of chrome inside the article."""
    first = next((i for i, state in enumerate(path) if state == ARTICLE), None)
    if first is None:
        return
    for i in range(first - 1, max(headline, first - 1 - OPENING_MAX_LINES_ABOVE), -1):
        if prose[i]:
            # read as a reader sees it: a Markdown rendering may link the dateline's place
            seen = markdown_free(texts[i])
            dateline = DATELINE.match(seen)
            # the dateline's paragraph: running text after it (a "SITE - Headline" title is none)
            if path[i] == BEFORE and dateline and line_score(seen[dateline.end() :]) >= PROSE_BASE:
                path[i] = ARTICLE
                path[i + 1 : first] = [GAP if s == BEFORE else s for s in path[i + 1 : first]]
            return  # the nearest paragraph above decides


def keep_standfirst(path: list[int], texts: list[str], removed: list[bool], firm: list[bool], headline: int) -> None:
    """Put back into the article the headline's standfirst (see STANDFIRST_MAX_LINES): the lines
    between the headline and the article's first line, when every one that no other stage removed
    (its byline, its date) reads as a sentence. A site's name and tagline, its menus or a list of
    stories between them is no standfirst."""
    first = next((i for i, state in enumerate(path) if state == ARTICLE), None)
    if first is None or headline < 0:
        return
    lines = [i for i in range(headline + 1, first) if not removed[i]]
    sentences = list(takewhile(lambda i: _standfirst_line(texts[i]) and not firm[i], lines))
    below = lines[len(sentences) :]
    if not (0 < len(sentences) <= STANDFIRST_MAX_LINES and lines[0] - headline - 1 <= STANDFIRST_MAX_LINES_ABOVE):
        return
    if any(firm[i] for i in below):
        return
    bylined = len(below) <= STANDFIRST_MAX_BYLINE_LINES and all(_byline_or_stamp(texts[i]) for i in below)
    if bylined or (
        len(below) <= STANDFIRST_MAX_CHROME_LINES
        and all(_byline_or_stamp(texts[i]) or line_shape(texts[i]).words <= STANDFIRST_CHROME_MAX_WORDS for i in below)
        and _on_subject([texts[i] for i in sentences], [texts[headline], texts[first]])
    ):
        for i in sentences:
            path[i] = ARTICLE


def keep_deck(
    path: list[int], texts: list[str], removed: list[bool], firm: list[bool], headline: int, lists: list[bool]
) -> None:
    """Put back into the article its deck (see DECK_MAX_LINES_ABOVE): the line right above the
    article's first line, bylines, stamps and removed lines aside, that reads as a headline's
    sentence without its full stop ("Expedition team returning home with no new evidence") and
    says again what the first paragraph says. A site's slogan, another story's teaser or a
    section's name does not; a caption mostly ends as a sentence does. A list of other stories
    a rule removed (`lists`) between the line and the article parts them as a box does: what
    stands above it is the box's, a photo's caption, not the deck (the removal is no byline)."""
    first = next((i for i, state in enumerate(path) if state == ARTICLE), None)
    if first is None or headline < 0:
        return
    listed = next((i for i in range(first - 1, headline, -1) if lists[i]), headline)
    above = [i for i in range(first - 1, listed, -1) if not removed[i]][: DECK_MAX_LINES_ABOVE + 1]
    for i in above:
        if path[i] == ARTICLE or firm[i]:
            return
        text = markdown_free(texts[i])
        if _standfirst_line(texts[i]) and not line_shape(text).sentence:
            if _shared_words(text, texts[first]) >= DECK_MIN_SHARED_WORDS:
                path[i] = ARTICLE
            return
        if not _byline_or_stamp(texts[i]):
            return


#: A Markdown rendering marks the deck as what it is, a heading of a lower level right under the
#: headline ("# Title" over "## What the story says"): such a line, of at least
#: DECK_HEADING_MIN_WORDS words, without a link, a stamp or a closing colon, no byline and no line
#: a rule removed, is the article's deck however short it is and whatever stands between it and
#: the first paragraph (a photo, a share bar, a box). A site's section labels and another story's
#: teaser are no lower heading right under the page's headline. Chosen on the tune part's Markdown
#: renderings: 7 decks of 4 sites came back, the lower headings right under the headline there that
#: the gold counts as chrome are a rule's ("Share this page") or a link.
DECK_HEADING_MIN_WORDS = 3


_ATX_HEADING = re.compile(r"^(#{1,6})\s+\S")


def keep_heading_deck(path: list[int], texts: list[str], removed: list[bool], firm: list[bool], headline: int) -> None:
    """Put back into the article its deck written as a lower heading right under the headline (see
    DECK_HEADING_MIN_WORDS); the lines between it and the article's first line stay out, as a run
    of chrome inside the article."""
    deck = headline + 1
    if headline < 0 or deck >= len(path) or path[deck] != BEFORE or removed[deck] or firm[deck]:
        return
    top, below = _ATX_HEADING.match(texts[headline]), _ATX_HEADING.match(texts[deck])
    if not (top and below and len(below[1]) > len(top[1])):
        return
    text = markdown_free(texts[deck])
    shape = line_shape(texts[deck])
    if shape.words < DECK_HEADING_MIN_WORDS or shape.linked or text.endswith(":") or _byline_or_stamp(text):
        return
    if STAMP.search(text) and STAMP_YEAR_OR_TIME.search(text):
        return
    first = next((i for i, state in enumerate(path) if state == ARTICLE), None)
    if first is None or first < deck:
        return
    path[deck] = ARTICLE
    path[deck + 1 : first] = [GAP if s == BEFORE else s for s in path[deck + 1 : first]]


def keep_opening_sentence(path: list[int], texts: list[str], removed: list[bool], headline: int) -> None:
    """Put back into the article its opening sentence crowded with names ("PRESIDENT Ann Lee has
    granted Police Chief Tom Ray extended leave."): the line right above the article's first line,
    under the headline, that no stage removed and that reads as a sentence (`_is_opening_sentence`).
    Its names leave it too few function words and lowercase words to score as one, so the path
    leaves it out at the article's edge (on the tune part's whole-page and Markdown renderings 3
    body lines come back, no chrome line). Under the article's last line the same shape is as
    often another story's headline ("Game X Is A Bummer! No, It's Not!": 5 chrome lines for 1 body
    line there), so only the opening edge is read."""
    first = next((i for i, state in enumerate(path) if state == ARTICLE), None)
    if first is None or first - 1 <= headline:
        return
    above = first - 1
    if path[above] == BEFORE and not removed[above] and _is_opening_sentence(texts[above]):
        path[above] = ARTICLE


def _is_opening_sentence(text: str) -> bool:
    """Tell a line that ends as a sentence, of PROSE_MIN_WORDS words or more, less than
    LINKED_MIN_SHARE of them the text of links (a link inside the sentence, as Markdown keeps it,
    not a teaser's), no separators of a bar, no data, and not written as a headline in Title Case
    (at least TITLE_CASE_MAX_LOWERCASE_SHARE of its words lowercase, whatever its function words:
    "What Are The Most Popular Tools? Here Are The Results." is the page's headline again): see
    `keep_opening_sentence`."""
    shape = line_shape(text)
    return (
        shape.sentence
        and shape.words >= PROSE_MIN_WORDS
        and shape.linked < LINKED_MIN_SHARE
        and not (shape.separators or shape.data)
        and shape.lowercase_share >= TITLE_CASE_MAX_LOWERCASE_SHARE
    )


def _shared_words(text: str, other: str) -> int:
    """The number of words of four letters or more (not function words) two lines share."""
    return len(content_words(text) & content_words(other))


def _on_subject(sentences: list[str], subject: list[str]) -> bool:
    """Tell sentences that share a word of four letters or more (not a function word) with the
    headline or the article's first paragraph (see STANDFIRST_MAX_CHROME_LINES)."""
    said = frozenset().union(*map(content_words, subject))
    return any(content_words(text) & said for text in sentences)


def _byline_or_stamp(text: str) -> bool:
    """Tell a line under a standfirst that is its byline or its date (see STANDFIRST_MAX_BYLINE_LINES)."""
    shape = line_shape(text)
    if shape.separators:
        return False
    words = text.split()
    names = [w for w in words[1:-1] if w not in BYLINE_JOINERS]
    joined = len(words) - 2 - len(names) <= 1  # one joiner at most, and not at an end
    names = [words[0], *names, words[-1]] if len(words) >= 2 else words
    if (
        not shape.linked
        and joined
        and 2 <= len(names) <= STANDFIRST_NAME_MAX_WORDS
        and all(w[:1].isupper() and w.isalpha() for w in names)
    ):
        return True
    # A stamp read as a reader sees it: a Markdown rendering keeps the links of a dated byline
    # ("By [Ann Lee](/author/ann-lee) Published 9 May 2012 15:29"), which a menu's names are not.
    seen = markdown_free(text)
    return len(seen.split()) <= STANDFIRST_STAMP_MAX_WORDS and bool(
        STAMP.search(seen) and STAMP_YEAR_OR_TIME.search(seen)
    )


def _standfirst_line(text: str) -> bool:
    """Tell a line that reads as a standfirst's sentence: no link, no separators of a bar ("skip
    to main | skip to sidebar"), no stamp ("1 day ago ...", "on October 31, 2012 at 11:54 AM")."""
    shape = line_shape(text)
    return (
        shape.words >= HEADLINE_STANDFIRST_MIN_WORDS
        and shape.lowercase_share >= SENTENCE_MIN_LOWERCASE_SHARE
        and not shape.linked
        and not shape.separators
        and not text.endswith(":")
        and not _STAMP_TIME.search(text)
    )


def keep_trailing_data(
    path: list[int], firm: list[bool], data: list[bool], walls: list[bool], removed: list[bool], prose: list[bool]
) -> None:
    """Put back into the article the run of short lines right under its last paragraph when many
    of them are data (a results table, a schedule, addresses and times): menus below an article
    hold no numbers. The run ends at the first line of firm chrome or a comment wall."""
    inside = [i for i, state in enumerate(path) if state == ARTICLE and prose[i]]
    if not inside:
        return
    # The run starts under the last paragraph of running text, whatever short lines the path
    # took in after it: the decision then does not depend on which lines other stages removed.
    end = inside[-1] + 1
    stop = end
    while stop < len(path) and not firm[stop] and not walls[stop] and not (path[stop] == ARTICLE and prose[stop]):
        stop += 1
    run = [i for i in range(end, stop) if not removed[i]]
    if run and sum(data[i] for i in run) >= TRAILING_DATA_MIN_SHARE * len(run):
        for i in range(end, stop):
            path[i] = ARTICLE


def keep_trailing_addresses(path: list[int], texts: list[str], removed: list[bool]) -> None:
    """Put back into the article the web addresses alone on their lines right under its last line
    ("www.example.org", "http://example.com/report"): the sites its last paragraph names, as a
    reader takes them. Other stages' removals and any other line end the run; an address further
    down, under a menu or in a comment, stays out (on the tune part, 5 such lines under the last
    line were the article's and none chrome, while bare addresses lower down were mostly chrome)."""
    kept = [i for i, state in enumerate(path) if state == ARTICLE and not removed[i]]
    if not kept:
        return
    i = kept[-1] + 1
    while i < len(path) and not removed[i] and ADDRESS_LINE.fullmatch(texts[i]):
        path[i] = ARTICLE
        i += 1
