"""The chrome the cleaning left in a text, read by its shape: menus, link runs, teasers and their
blurbs, runs of headlines beside their stamps, standfirsts, legal footers, photo credits, score
lines (`Chrome`). A name found in a source only on such lines gets no entry for that source (see
`discovery`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from operator import itemgetter

from .comments import is_signature, is_thread_in_line
from .dates import MONTH_NAME, find_dates
from .gazetteer import major_places
from .lexicon import (
    HEADING_SMALL_WORDS,
    is_first_name,
)
from .linescores import TEASER_PAIRS_MIN
from .lineshapes import (
    ADDRESS_LINE,
    LINKED_MIN_SHARE,
    is_code_line,
    is_dated_headline,
    line_shape,
    link_matches,
    without_links,
)
from .linetext import plain_text
from .model import Mention
from .offsets import Separators
from .sentenceends import (
    ENDS_SENTENCE,
    ENDS_SENTENCE_BEFORE_SPACES,
    SENTENCE_BREAK_IN_LINE,
    SENTENCE_END_BEFORE_SPACE_OR_BAR,
    SENTENCE_START,
)

#: A table cell of this many words or fewer is a label, not prose ("| Driving Accuracy | 58% |");
#: on the real articles' tune part, table rows held labels of one to three words, and the one-line
#: pages that readers put in one cell hold whole paragraphs.
TABLE_LABEL_WORDS = 4


# A score, a weight or a count has at most three figures ("117", "3-1"); a model's number may have
# four ("Quadro FX 5600", "Windows Server 2008") and stays a designator whatever is around it.
_NUMBER_CLOSING = re.compile(r" \d{1,3}(?:-\d{1,3})?$")


# A weight or a score with a fraction after a name ("Shailesh 59.5"): no designator's figure.
_FRACTION_AFTER = re.compile(r" \d{1,3}\.\d{1,2}(?![\d.])")


_DAY_OF_MONTH = re.compile(rf"{MONTH_NAME}\.? \d{{1,2}}", re.I)  # "January 10": a date, not a score


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•·]|\d+[.)])[ \t]")


#: A line of at most this many words without a sentence's end is a label, a menu item or a link
#: ("Message Boards", "Travel Insurance"): a name found only on such lines gets no page (see
#: `entities._keep`). On the real articles' tune part, 11 names were found only on such lines, none
#: of them labelled; on the sets written here, none. Longer lines are running text.
SHORT_LINE_MAX_WORDS = 5


SHORT_LINE_MAX_CHARS = 200


#: A line without a sentence's end next to a short line is chrome too (an advert, a teaser, a
#: caption among labels) up to this many words; longer, it is a sentence that lost its full stop
#: (a list item of the article: "— In January, 300 people on the ship were hit by the bug").
OPEN_LINE_MAX_WORDS = 24


#: Three lines in a row without a sentence's end, each of at least this many words, starting with a
#: capital and holding no figure, are other stories' standfirsts.
OTHER_STANDFIRST_MIN_WORDS = 8


#: A row of teasers or a legal footer is chrome up to this many words: a longer line is a page the
#: reader put on one line, the article with its chrome (on the real pages' tune part, rows of
#: teasers and legal footers had fewer than 100 words; one-line articles hundreds).
CHROME_LINE_MAX_WORDS = 100


CHROME_LINE_MAX_CHARS = 1000


#: A run of this many items or more, separated by written bars or bullets, is a menu ("Home \\| About
#: Us \\| Archives \\| Contacts"); items of a menu hold at most MENU_ITEM_MAX_WORDS words. On the
#: real articles' tune part, menus of written bars held 5 to 30 items of 1 to 4 words; no
#: sentence of an article held three bars.
MENU_MIN_ITEMS = 4


MENU_ITEM_MAX_WORDS = 4


MENU_ITEM_MAX_CHARS = 60  # how far a menu item is looked for, before its separator or after the last


#: A run of this many capitalised words or more in a row, with no small word ("of", "and") between
#: them, is a page's links run together ("Accounting Advertising Air Charter Air Travel Annuities
#: Answering Services Antivirus"), not a name or a sentence: the names on its line are chrome. On
#: the real pages' tune part, names held at most 6 such words in a row ("Acting Emergency Services
#: Minister Andrew Fraser"); runs of links and of show titles held 8 to 90. A line of running text
#: may quote a title as long ("his report 'Enterprises View Open Source As A Key Tactic For
#: Strategic Software Initiatives'"): a line of links writes at most this share of its words in
#: lowercase (on the real pages' tune part, lines of links and menus 0 to 7%, of teasers up to
#: 19%; lines of running text holding such a run, 24% and more).
LINK_RUN_MIN_WORDS = 8


LINK_LINE_MAX_LOWERCASE = 0.2


#: A number closing a name is a designator ("Flight 2209", "Boeing 777"), but in a list of results
#: ("1. Aquilo (8) M. Narredu 62, 2. Diego Rivera (11) C. Rajendra 54") or the rows of a score card
#: ("Aftab Ahmed c Sinclair b Vettori 19") it is a weight, a score or a count: where this many
#: spans closing with a number are found on a line and the lines on either side of it, their
#: numbers are not read as parts of names. On the real pages' tune part, results and score cards
#: held 3 to 30 such spans in three lines; a line of running text at most 2, and a list of
#: products 3 ("Quadro FX 5600": see `_NUMBER_CLOSING`).
SCORE_RUN_MIN = 3


# A written separator between menu items: a bar a reader escaped ("\\|": a bar in the page's text,
# not a table's), or a bullet, a guillemet, a double colon or a dash between spaces ("News »
# Business » Weather »": a section list or a breadcrumb's trail; "E-Mail :: Comment :: Print": a
# story's tools; "Papers - Acme Sun - Acme Times - Acme Star": a network's sites). No sentence
# writes a double colon; a sentence's dashes set off a clause, not MENU_MIN_ITEMS short items in a
# row: on the real pages' tune part, 65 lines held such a run of dashes, none of them article text.
_MENU_BAR = re.compile(r"\\\||[ \t](?:[•·»›\-–—]|::)[ \t]")


# What a menu holds, found before the pattern is tried.
_MENU_KEYS = ("\\|", "•", "·", "»", "›", "::", " - ", " – ", " — ")


#: A line holding this many snippets cut short mid-sentence, each before a headline in Title Case
#: (see `_is_teaser_run`), is a run of other stories' teasers, not running text. On the real
#: pages' tune part, the lines of teasers a reader mode kept ran 4 of them together; no line of an
#: article, a blog or a comment held one (their ellipses come before a sentence: "of course...
#: But now"), and only lists of links held 2 (the same title twice).
TEASER_BREAKS_MIN = 2


# A snippet cut short: a lowercase letter, an ellipsis, and three capitalised words after it.
_TEASER_BREAK = re.compile(r"[a-z](?:\.\.\.|…)[ \t]+(?:[A-Z][\w'’:-]*[ \t]+){2}[A-Z]")


#: What a site's legal footer says ("© Copyright 2008 X Ltd.", "our standard Terms and Conditions.
#: Please read our Privacy Policy ... registered office"): a line saying two of these is no article.
#: (The first test, of the characters it may open with, spares trying "\b" and six alternatives at
#: each of a text's characters: half its time on the tune texts and the generated corpus, the same
#: matches.)
LEGAL = re.compile(
    r"(?=[©CcAaTtPpRr])(?:©|\b(?:[Cc]opyright|[Aa]ll [Rr]ights [Rr]eserved|[Tt]erms (?:and|&) [Cc]onditions|[Tt]erms of (?:[Uu]se|[Ss]ervice)"
    r"|[Pp]rivacy [Pp]olicy|[Rr]egistered (?:[Oo]ffice|in England))\b)"
)


#: What each alternative of `LEGAL` holds (found before the pattern is tried), and where in the
#: match it stands: "©", "C|opyright", "All R|ights Reserved", "T|erms of Use", "Privacy P|olicy".
_LEGAL_KEYS = (
    ("©", 0),
    ("opyright", 1),
    ("ights", len("All R")),
    ("erms", 1),
    ("olicy", len("Privacy P")),
    ("egistered", 1),
)


def holds_legal_phrase(text: str) -> bool:
    """`LEGAL.search(text)`, tried only where a match can start: every match holds its
    alternative's key (`_LEGAL_KEYS`) that far from its start, so the pattern is matched at each
    place of a key less its offset, and nowhere else (the pattern's look at the character before
    still reads it). Most texts hold no key; those that do, a few ("rights", "terms"): a handful
    of tries, where a search from the first key tried the pattern at each character after it."""
    for key, offset in _LEGAL_KEYS:
        at = text.find(key, offset)
        while at >= 0:
            if LEGAL.match(text, at - offset):
                return True
            at = text.find(key, at + 1)
    return False


#: A photo's credit names a photographer or an agency, not what the article is about: "(AP
#: Photo/Jane Doe)", "(Photo: Reuters)", "Photo: Jane Doe / The Courier" at a caption's end.
_PHOTO_KEYS = ("Photo", "Picture", "Image")  # what a credit holds, found before the pattern is tried


_PHOTO_CREDIT = re.compile(
    r"\([^()\n]{0,40}\b(?:Photo|Photograph|Picture|Image)s?\b[^()\n]{0,60}\)"
    r"|\b(?:Photo|Photograph|Picture|Image)s?(?: by)?:[^\n]{0,80}$",
    re.M,
)


#: A sentence of at most this many words that ends with an exclamation mark outside any quotation,
#: alone in its line or cell, at its edge or beside another such sentence, calls the reader to
#: click, bet or sign up ("Click here to bet with Acme Bet! Click here for Acme Alerts! |", "Sign up
#: for Acme Free!"): a page's advert or alert box, not the article's running text, which exclaims
#: in its quotations or amid its sentences ("Swap the turrets for the Opera House, and bingo!
#: Within days ..."). Chosen on half of the entities-tune part's clusters (issue 14): such boxes
#: held 5 to 9 words.
CALL_MAX_WORDS = 12


_CELL_EDGE = re.compile(r"[ \t]*(?:\t|\|)")  # a cell's end after a sentence


CALL_MAX_CHARS = 200  # how far around a name such a sentence is looked for: 12 words and more


#: How far before a sentence the quotation that may hold it is looked for: a quoted speech of a
#: paragraph's length (a bound, so that a page on one line is read in linear time).
QUOTATION_MAX_CHARS = 1000


_QUOTATION = re.compile(r"[\"“”]")


def _in_call_to_action(body: str, pos: int, line_start: int, line_end: int) -> bool:
    """Tell whether `pos` is in a call to click, bet or sign up (see `CALL_MAX_WORDS`): a short
    sentence closed by an exclamation mark outside a quotation, in a line of cells (a page a reader
    ran together), that opens or closes a cell or has another such sentence next to it. Looks
    CALL_MAX_CHARS around `pos` at most."""
    if body.find("!", pos, min(line_end, pos + CALL_MAX_CHARS)) < 0:
        return False
    end = SENTENCE_END_BEFORE_SPACE_OR_BAR.search(body, pos, min(line_end, pos + CALL_MAX_CHARS))
    if end is None or end.group(0) != "!":
        return False
    window = max(line_start, pos - CALL_MAX_CHARS)
    starts = list(SENTENCE_START.finditer(body, window, pos))
    if not starts and window > line_start:
        return False  # a longer sentence
    start = starts[-1].end() if starts else line_start
    if len(body[start : end.end()].split()) > CALL_MAX_WORDS or _QUOTATION.search(body, start, end.end()):
        return False
    if _inside_quotation(body, max(line_start, start - QUOTATION_MAX_CHARS), start):
        return False  # 'he said: "We won. Go Acme!"'
    near = max(line_start, start - CALL_MAX_CHARS), min(line_end, end.end() + CALL_MAX_CHARS)
    if not CELL_BREAK.search(body, *near):
        return False  # a paragraph of its own: a blog's or a letter's exclamation ("Way to go, Acme!")
    gap = starts[-1].group(0) if starts else ""
    # A cell's first sentence: after a tab, a bar, a run of spaces after no sentence's end ("Print
    # Click here ..."), or opening a table's row; a run of spaces after a sentence's end parts a
    # reader's paragraphs ("... the final.     What a night for Acme! The club ..."), as in `_side_cells`.
    opens = gap[:1] in (" ", "\t", "|") or "\t" in gap if starts else body[line_start] == "|"
    closes = bool(_CELL_EDGE.match(body, end.end(), line_end))
    nxt = SENTENCE_END_BEFORE_SPACE_OR_BAR.search(body, end.end(), near[1])
    after_another = body[window:start].rstrip().endswith("!")
    return opens or closes or after_another or (nxt is not None and nxt.group(0) == "!")


def _inside_quotation(body: str, line_start: int, pos: int) -> bool:
    """Tell whether the last quotation mark of a line before `pos` opens a quotation: after a space,
    a colon or a bracket, before a word ("said: “We won."); a closing one ends a word ('won." Click')."""
    at = max(body.rfind(q, line_start, pos) for q in '"“”')
    if at < 0 or body[at] == "”":
        return False
    return (at == line_start or body[at - 1] in " \t:(") and at + 1 < pos and not body[at + 1].isspace()


class Covering:
    """Spans of a text (start, end), asked whether one covers a position by bisection: one long
    line holds thousands of hidden spans or cells, and asking each of them for each name found in
    the line took the square of the line (a 4 MB one-line seed: 44 million comparisons)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the furthest end of the spans up to each one: spans may nest
        for _, b in spans:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def covers(self, pos: int) -> bool:
        """Tell whether a span holds `pos` (a <= pos < b): the spans starting at `pos` or before
        reach past it."""
        i = bisect_right(self.starts, pos)
        return i > 0 and self.reach[i - 1] > pos

    def __bool__(self) -> bool:
        """Tell whether it holds any span (most lines have none)."""
        return bool(self.starts)


class Chrome:
    """Tell the lines of a text that are running text from chrome (see `on_prose_line`)."""

    __slots__ = (
        "body", "text", "lines", "link_runs", "known", "original", "credits", "legal", "addresses", "menus", "cells",
        "paired", "dated", "hidden", "twice", "has_links",
    )  # fmt: skip

    def __init__(self, body: str, text: str, lines: Separators, link_runs: set[int]):
        self.body, self.text, self.lines = body, text, lines
        self.link_runs = link_runs  # the starts of the lines holding a run of links (see `link_run_lines`)
        self.known: dict[int, bool] = {}  # by a line's start in `body`
        self.original: list[str] | None = None  # the text's lines, before headings were blanked
        self.credits: list[tuple[int, int]] | None = None  # where the photos' credits are
        self.legal: bool | None = None  # whether the text says anything of a legal footer
        self.addresses: set[int] | None = None  # the lines that are a web address alone
        self.menus: list[tuple[int, int]] | None = None  # where the runs of menu items are
        self.cells: dict[int, Covering] = {}  # by a line's start: its side cells (see `in_side_cell`)
        self.paired: set[int] | None = None  # the lines of runs of headlines over blurbs (see `teaser_pair_lines`)
        self.dated: set[int] | None = None  # the lines of runs of stamped headlines (see `dated_headline_run_lines`)
        self.hidden: dict[int, Covering] = {}  # by a line's start: what no reader sees (see `in_hidden_text`)
        self.twice: set[int] | None = None  # the lines of boxes that link one address twice (see `twice_linked_lines`)
        self.has_links = "](" in text  # read once: `on_prose_line` asks it of each line, and a page is long

    def on_prose_line(self, pos: int) -> bool:
        """Tell whether the line holding `pos` is running text, not chrome: not a short line of
        its own (at most SHORT_LINE_MAX_WORDS words and no sentence's end: "Message Boards", "Love
        & Relationships -"), nor a line without a sentence's end (at most OPEN_LINE_MAX_WORDS words,
        not a list item) next to a short line ("Fly Acme via Paris from £99" under "Acme to Paris":
        an advert, a caption among labels) or in a run of three that start with a capital (other
        stories' standfirsts: "Jane Doe chooses secret spots across the coast"; a hard-wrapped
        sentence goes on in lowercase). Nor a row of teasers, a legal footer or a photo's credit.
        Each line is read once."""
        body, lines = self.body, self.lines
        start = lines.block_start(pos)
        if start not in self.known:
            line = body[start : lines.block_end(pos, len(body))]
            i = lines.index(pos)  # the line's number
            shape = _line_shape(line)
            prose = shape != _SHORT
            if shape == _OPEN and not _LIST_ITEM.match(body, start):  # not an item of a list
                original = self._original()
                shapes = [_line_shape(original[j]) if 0 <= j < len(original) else _CLOSED for j in range(i - 2, i + 3)]
                teasers = [
                    shape == _OPEN and _is_standfirst(original[j])
                    for j, shape in zip(range(i - 2, i + 3), shapes, strict=True)
                ]
                wrapped = _opens_lowercase(line) or (i + 1 < len(original) and _opens_lowercase(original[i + 1]))
                prose = wrapped or (
                    _SHORT not in (shapes[1], shapes[3])
                    and not (
                        teasers[2]
                        and (teasers[0] and teasers[1] or teasers[1] and teasers[3] or teasers[3] and teasers[4])
                    )
                )
            if prose and is_code_line(line):
                prose = False  # a script or markup the cleaning left: "if (isEmpty(s)) return false; }"
            if (
                prose
                and "](" in line
                and line_shape(self._original()[i]).linked >= LINKED_MIN_SHARE
                and not _names_linked_in_a_sentence(self._original()[i])
            ):
                # Most of its words are links' text (`LINKED_MIN_SHARE`): a Markdown rendering's menu
                # item, teaser, list of related stories or share bar, not a sentence of the article.
                prose = False
            if prose and is_box_row(self._original()[i]):
                prose = False  # a box of a layout table: "| Keep me informed. Find out more. |"
            if prose and is_appeal_line(self._original()[i]):
                prose = False  # the site asking its reader to click, sign up or follow: "Join our list. Click here."
            if prose and is_author_note(self._original()[i]):
                prose = False  # a note on the post's writer: "Jane Roe is a freelance writer and the founder of ..."
            if prose and is_post_footer(self._original()[i]):
                prose = False  # a post's filing: "This entry was posted in [News](...). Bookmark the permalink."
            if prose and is_thread_in_line(self._original()[i]):
                prose = False  # a comment thread on one line: "1. 23. Jul, 2012 / Ann says: ... 2. ..."
            if prose and _is_teaser_run(line):
                prose = False  # other stories' snippets, each cut short before the next one's headline
            if prose and shape == _CLOSED and self._among_blurb_rows(i):
                prose = False  # teasers of a site's sections: "| Horoscopes Check your daily horoscope. |"
            if prose and i in self._teaser_pairs():
                prose = False  # other stories' headlines, each over its one-sentence blurb
            if prose and self.has_links and i in self._twice_linked():
                prose = False  # a teaser or an advert that links its address twice: "[![](a.jpg)](/x) ... [More](/x)"
            if prose and i in self._dated_runs():
                prose = False  # other stories' headlines, each with its time or date: "Storm hits town 9:10 a.m."
            if prose and self._above_an_address(i) and _is_blurb(line):
                prose = False  # a sponsored link's text over its web address, a comment's over its author's
            if self.legal is None:
                self.legal = holds_legal_phrase(self.text)  # not `body`, where a footer's short cells are blanked
            if (
                prose
                and ("\t" in line or self.legal)
                and len(line) <= CHROME_LINE_MAX_CHARS
                and len(line.split()) <= CHROME_LINE_MAX_WORDS
            ):
                if "\t" in line:  # the cells of a table row are joined by tabs (`_without_headings`)
                    prose = not _is_teaser_row(self._original()[i])
                if prose and self.legal:
                    original = self._original()
                    around = [original[j] if 0 <= j < len(original) else "" for j in (i - 1, i + 1)]
                    # A line between a legal footer and a label or another footer is the footer's
                    # ("Contact our advertising team ..."); the article's last paragraph has the
                    # article above it.
                    # The original line: a footer's cells of few words ("Copyright © 2008") are
                    # labels, blanked in `body` (see `_without_headings`).
                    prose = not (
                        is_legal_footer(original[i])
                        or (
                            _is_blurb(line)
                            and any(map(is_legal_footer, around))
                            and all(is_legal_footer(a) or _line_shape(a) == _SHORT for a in around)
                        )
                    )
            self.known[start] = prose
        return self.known[start]

    def in_credit(self, pos: int) -> bool:
        """Tell whether `pos` is in a photo's credit: "(AP Photo/Jane Doe)", "Photo: Jane Doe / Daily"."""
        if self.credits is None:
            self.credits = (
                [m.span() for m in _PHOTO_CREDIT.finditer(self.body)]
                if any(k in self.body for k in _PHOTO_KEYS)
                else []
            )
        # The credits do not overlap and come in order: the one that may hold `pos` is the last
        # to start at or before it (found by bisection: a page of many credits stays linear).
        i = bisect_right(self.credits, (pos, float("inf"))) - 1
        return i >= 0 and pos < self.credits[i][1]

    def in_menu(self, pos: int) -> bool:
        """Tell whether `pos` is in a run of menu items: at least MENU_MIN_ITEMS short items that a
        page separates by a written bar, a bullet or a guillemet ("Home \\| About Us \\| Archives \\|
        Frontline \\| ...", "News » Business » Weather » ...", "E-Mail :: Comment :: Print"); a line may hold the article after its menu, and that stays prose."""
        if self.menus is None:
            self.menus = _menu_runs(self.body) if any(k in self.body for k in _MENU_KEYS) else []
        i = bisect_right(self.menus, (pos, float("inf"))) - 1  # the runs come in order (see `in_credit`)
        return i >= 0 and pos < self.menus[i][1]

    def in_call_to_action(self, pos: int) -> bool:
        """Tell whether `pos` is in a call to click, bet or sign up (see `_in_call_to_action`)."""
        if self.body.find("!", pos, pos + CALL_MAX_CHARS) < 0:
            return False  # no exclamation mark ahead (most names): the line's ends are not looked up
        lines = self.lines
        return _in_call_to_action(self.body, pos, lines.block_start(pos), lines.block_end(pos, len(self.body)))

    def in_side_cell(self, pos: int) -> bool:
        """Tell whether `pos` is in a short cell of a table row whose other cell holds the article
        (see `SIDE_CELL_MAX_WORDS`): "| Acme wins the cup ... the injuries first." |  |  TRANSFERS
        January Transfer Talk news from the Acme League. |": a teaser, a box or a caption beside it."""
        start = self.lines.block_start(pos)
        if start not in self.cells:
            end, i = self.lines.block_end(pos, len(self.body)), self.lines.index(pos)
            self.cells[start] = Covering(_side_cells(self.body, start, end, self._original()[i]))
        return self.cells[start].covers(pos)

    def in_hidden_text(self, pos: int) -> bool:
        """Tell whether `pos` is in words of a Markdown line that no reader sees (see `hidden_spans`):
        an image's alt text, a link's address or title."""
        start = self.lines.block_start(pos)
        if start not in self.hidden:
            end = self.lines.block_end(pos, len(self.body))
            self.hidden[start] = Covering([(start + a, start + b) for a, b in hidden_spans(self.body[start:end])])
        return self.hidden[start].covers(pos)

    def plain_line(self, start: int) -> bool:
        """Tell a line (from `start`) on which `in_credit`, `in_menu`, `in_side_cell`,
        `in_call_to_action` and `in_hidden_text` say no of every place: the text has no credit and
        no menu, the line no side cell, no hidden text and no exclamation mark. Asked once a line,
        where those five are asked once a name (most lines show none of them)."""
        if self.in_credit(start) or self.in_menu(start) or self.credits or self.menus:
            return False  # (the two calls read the text's credits and menus once)
        end = self.lines.block_end(start, len(self.body))
        original = self._original()[self.lines.index(start)]
        # A line whose original holds no tab nor bar has no side cell (`_side_cells`), and one without
        # an image's or a link's brackets no hidden text (`hidden_spans`): most lines are not read for them.
        plain = "\t" not in original and "|" not in original and self.body.find("](", start, end) < 0
        if not plain and (
            self.in_side_cell(start) or self.in_hidden_text(start) or self.cells[start] or self.hidden[start]
        ):
            return False  # (the two calls read the line's cells and hidden text once)
        return self.body.find("!", start, end) < 0

    def commenters(self, placed: list[tuple[int, Mention]]) -> set[str]:
        """Return the names (of `placed`: where each mention stands in `body`) that stand on the
        lines signing readers' comments by their anchors (see `comment_signature_lines`)."""
        if "#comment-" not in self.text:
            return set()  # (most texts)
        signing = comment_signature_lines(self._original())
        return {m.text for pos, m in placed if self.lines.index(pos) in signing} if signing else set()

    def _above_an_address(self, i: int) -> bool:
        """Tell whether one of the two lines under line `i` is a web address alone ("www.example.com")."""
        if self.addresses is None:
            self.addresses = set()
            if "www." in self.text or "://" in self.text:
                line, counted = 0, 0
                for m in ADDRESS_LINE.finditer(self.text):  # in order: the line breaks are counted once
                    line += self.text.count("\n", counted, m.start())
                    counted = m.start()
                    self.addresses.add(line)
        return i + 1 in self.addresses or i + 2 in self.addresses

    def _among_blurb_rows(self, i: int) -> bool:
        """Tell whether line `i` is in a run of BLURB_ROWS_MIN table rows or more, each a blurb of
        one cell (see `is_blurb_row`): a site's teasers of its sections or other stories, their
        headings run into their text ("| Horoscopes Check your daily horoscope, sun signs and more. |")."""
        original = self._original()

        def row(j: int) -> bool:
            return 0 <= j < len(original) and is_blurb_row(original[j])

        if not row(i):
            return False
        first = last = i  # the run's ends, read no further than the run's least length
        while last - first + 1 < BLURB_ROWS_MIN and row(first - 1):
            first -= 1
        while last - first + 1 < BLURB_ROWS_MIN and row(last + 1):
            last += 1
        return last - first + 1 >= BLURB_ROWS_MIN

    def _teaser_pairs(self) -> set[int]:
        if self.paired is None:
            self.paired = teaser_pair_lines(self._original())
        return self.paired

    def _twice_linked(self) -> set[int]:
        if self.twice is None:
            self.twice = twice_linked_lines(self._original())
        return self.twice

    def _dated_runs(self) -> set[int]:
        if self.dated is None:
            self.dated = dated_headline_run_lines(self._original())
        return self.dated

    def _original(self) -> list[str]:
        if self.original is None:
            self.original = self.text.split("\n")
        return self.original


#: A teaser's headline: a capitalised line without a sentence's end, of two words to this many. On
#: the tune part, 10 found the runs of `linescores.TEASER_PAIRS_MIN` pairs on fewer pages and 14
#: on no more article lines.
TEASER_HEADLINE_MAX_WORDS = 14


#: A teaser's blurb: one sentence of BLURB_MIN_WORDS to BLURB_MAX_WORDS words (fewer are a label's).
#: On the tune part, 25 and 30 found the same article lines (3, above), 30 more chrome (L3S page
#: lines 168 -> 198); 40 without the one-sentence test found article text on five sites or more.
BLURB_MIN_WORDS = 5


BLURB_MAX_WORDS = 30


def _is_teaser_headline(line: str) -> bool:
    """Tell a line that may be a teaser's headline (see `TEASER_HEADLINE_MAX_WORDS`): capitalised,
    a few words, no sentence's end, not a lead-in to what follows (":", ",")."""
    line = line.strip()
    return (
        line[:1].isupper()
        and 2 <= len(line.split(None, TEASER_HEADLINE_MAX_WORDS)) <= TEASER_HEADLINE_MAX_WORDS  # (split no further)
        and not ENDS_SENTENCE.search(line)
        and line[-1] not in ":;,"
    )


def _is_one_sentence_blurb(line: str) -> bool:
    """Tell a line that may be a teaser's blurb (see `BLURB_MAX_WORDS`): one sentence, closed by its
    end or cut short by an ellipsis, not a hard-wrapped paragraph's next line (lowercase)."""
    line = line.strip()
    return (
        bool(line)
        and not line[0].islower()
        and BLURB_MIN_WORDS <= len(line.split(None, BLURB_MAX_WORDS)) <= BLURB_MAX_WORDS  # (split no further)
        and bool(ENDS_SENTENCE.search(line) or _CUT_SHORT.search(line))
        and not SENTENCE_BREAK_IN_LINE.search(line)
    )


# A Markdown image: its alt text, which may hold one bracketed part ("![Talk [video]](a.jpg)"), and
# its address (a title in it too).
_IMAGE_WITH_ALT = re.compile(r"!\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\([^)\n]*\)")


def hidden_spans(line: str) -> list[tuple[int, int]]:
    """Return where a Markdown line holds words that a reader of the page does not see: an image's
    alt text ("![Jane Doe, Acme's chief executive](a.jpg)") and a link's address with its title
    ('[here](/story "Jane Doe joins Acme")'): text for screen readers and tooltips, which a page's
    or a reader mode's rendering does not show either. Each part of the line is read once: an
    image that does not close is given up at the next bracket, a link's address at its ")"."""
    spans = []
    if "![" in line:
        pos = 0
        while (start := line.find("![", pos)) != -1:
            image = _IMAGE_WITH_ALT.match(line, start)
            if image:
                spans.append(image.span())
            pos = image.end() if image else start + 2
    pos = 0
    while (start := line.find("](", pos)) != -1:
        close = line.find(")", start + 2)
        if close == -1:
            break  # no link closes after this one: none after it can
        spans.append((start + 2, close))
        pos = close + 1
    return spans


def teaser_pair_lines(lines: list[str]) -> set[int]:
    """Return the numbers of the lines (0-based, blank lines skipped between them) in runs of at
    least TEASER_PAIRS_MIN pairs, each a headline over a one-sentence blurb (see `TEASER_PAIRS_MIN`)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    k = 0
    while k + 1 < len(filled):
        j = k
        while (
            j + 1 < len(filled)
            and _is_teaser_headline(lines[filled[j]])
            and _is_one_sentence_blurb(lines[filled[j + 1]])
        ):
            j += 2
        if (j - k) // 2 >= TEASER_PAIRS_MIN:
            found.update(filled[k:j])
            k = j
        else:
            k += 1
    return found


#: A box that links one address twice is a teaser or an advert of what that address holds, not the
#: article: a line that links it from an image and from words ("[![](gala.jpg)](/gala)The Gala: ...
#: [Tickets here](/gala)."), and the lines under a heading that is a link alone down to the line
#: that links its address last ("## [Preview Day](/day)", its image, a blurb, "[Learn more](/day)";
#: "### [Story](/s)", "Snippet... [Read More...](/s)"), at most this many lines below the heading.
#: On the lines the cleaning keeps of the tune part's Markdown renderings (the shapes need links):
#: the first shape held 208 chrome lines of 9 sites and 5 article lines of 3 (a shop's product
#: pictures, a game's); the second with 4 lines 22 chrome lines of 7 sites and 5 article lines of 2
#: sites, an author's note and "More in" links (with 5, a blog's front page, its excerpts over "Read
#: more" links, which its gold counts as the article).
TWICE_LINKED_MAX_LINES = 4


# A Markdown heading that is a link alone: "## [Come to Preview Day](https://example.org/day)".
_LINKED_HEADING = re.compile(r"#{1,6}[ \t]*\[[^\[\]\n]*\]\(([^()\s]+)[^()\n]*\)[ \t#]*")


# A link's text that is an image alone, closing where the link's address opens: "[![alt](a.jpg)".
_WRAPPED_IMAGE = re.compile(r"\[!\[[^\[\]\n]{0,300}\]\([^()\n]{0,500}\)$")


# Words of a link that hold a capital past their first word name something ("the Eames Elephant",
# "Sunburst Clock"): a shop's picture and its product's name in the article's sentence link to one
# page; a banner's words ask the reader ("Details and tickets here", "Download it today").
_NAMED = re.compile(r"\s[A-Z]")


# An image's alt text up to where its file's address opens: "![alt" (its file is no link's address).
_IMAGE_OPEN = re.compile(r"!\[[^\[\]\n]{0,300}$")


def _addresses(line: str) -> list[tuple[str, bool, str]]:
    """Return the addresses a Markdown line links to, each with whether an image is its link's text
    ("[![](a.jpg)](/gala)") and else its words, read as `hidden_spans` reads them: a link's address runs to its ")". An
    image's own file is no address: a picture linking to its larger file links nowhere else."""
    found, pos = [], 0
    while (start := line.find("](", pos)) != -1:
        close = line.find(")", start + 2)
        if close == -1:
            break
        address = line[start + 2 : close].split(None, 1)
        if address and not _IMAGE_OPEN.search(line, max(0, start - 302), start):  # not an image's own file
            image = line[start - 1 : start] == ")" and bool(_WRAPPED_IMAGE.search(line, max(0, start - 805), start))
            words = "" if image else line[line.rfind("[", max(0, start - 300), start) + 1 : start].strip()
            found.append((address[0], image, words))
        pos = close + 1
    return found


def twice_linked_lines(lines: list[str]) -> set[int]:
    """Return the numbers of the lines (0-based) of boxes that link one address twice (see
    `TWICE_LINKED_MAX_LINES`). Each line is read once for its addresses."""
    found: set[int] = set()
    addresses = [_addresses(line) if "](" in line else [] for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(filled):
        links = addresses[i]
        pictured = {a for a, image, _ in links if image}
        if pictured and any(a in pictured and not _NAMED.search(words) for a, image, words in links if not image):
            found.add(i)  # a banner: an image and words that link to one place (words that ask, not a name)
        heading = _LINKED_HEADING.fullmatch(lines[i].strip()) if links and lines[i].lstrip().startswith("#") else None
        if heading is None:
            continue
        below = filled[k + 1 : k + 1 + TWICE_LINKED_MAX_LINES]
        last = -1  # the last line of the box that links the heading's address again
        for j in below:
            if lines[j].lstrip().startswith("#"):
                break  # the next heading: the box has closed
            if any(a == heading.group(1) for a, _, _ in addresses[j]):
                last = j
        found.update(j for j in below if j <= last)
    return found


#: A run of at least this many lines, each a headline beside its stamp (`is_dated_headline`: "Storm
#: hits the coast Mon 9:40a.m.", "Jan 15, 2008 Police make arrest"), blank lines between them
#: skipped, is a list of other stories, not the article. On the real pages' tune part (every set,
#: lines as rendered, before cleaning), runs of three or more held 657 lines on about 49 sites of
#: all three corpora and page, reader and Markdown renderings, every one chrome; runs of two held
#: article text on 7 site renderings (a live report's timed entries, a list of offers). The cleaned
#: text the rule reads may join lines a removed line parted (a counter between a gallery's captions):
#: the two guards of `_ENDS_AS_SENTENCE` keep such captions and a list of dated facts the article's.
DATED_HEADLINE_RUN_MIN = 3


# A line closed by a full stop that is no clock's "a.m."/"p.m." is a sentence, a caption's ("The
# mayor opens the bridge, June 7, 2012."), however short: no headline beside its stamp; nor is a
# line with a semicolon, a sentence's clauses ("• North ward: 72% restored; most by Sept. 20").
_ENDS_AS_SENTENCE = re.compile(r"(?<![AaPp]\.[Mm])\.[\s\"”’')]*$")


def _ends_as_sentence(line: str) -> bool:
    """`_ENDS_AS_SENTENCE.search(line)`, tried from the line's last full stop only: what follows a
    match's stop holds no stop, so a match can start at no other (and the look back still reads
    the letters before it); the pattern is not tried at every full stop of a paragraph."""
    stop = line.rfind(".")
    return stop >= 0 and _ENDS_AS_SENTENCE.search(line, stop) is not None


def dated_headline_run_lines(lines: list[str]) -> set[int]:
    """Return the numbers of the lines (0-based) in runs of at least DATED_HEADLINE_RUN_MIN stamped
    headlines (see `DATED_HEADLINE_RUN_MIN`). Each line is read once."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, "."]):  # a closing line that is no headline ends the last run
        if not line.strip():
            continue
        # (The stamp's search last: most lines of running text end as a sentence does.)
        if ";" not in line and not _ends_as_sentence(line) and is_dated_headline(line):
            run.append(i)
            continue
        if len(run) >= DATED_HEADLINE_RUN_MIN and not _chronology([lines[k] for k in run]):
            found.update(run)
        run = []
    return found


def _chronology(lines: list[str]) -> bool:
    """Tell dated lines whose dates run forward, each later than the one above ("Jan 15, 2008 The
    firm files for bankruptcy", "March 3, 2009 A judge approves the sale"): an article's timeline of
    events. A list of other stories puts its newest first or dates them alike (none of the tune
    part's 106 runs runs forward)."""
    dates = [find_dates(line) for line in lines]
    return all(dates) and all(a[0][1] < b[0][1] for a, b in zip(dates, dates[1:], strict=False))


#: A table row's cell of at most this many words, in a row whose other cell holds more than
#: SIDE_CELL_ARTICLE_MIN_WORDS (the article a reader put in one cell), is the page's teaser, box or
#: caption beside the article, not its running text; chosen on half of the entities-tune part's
#: clusters (issue 14): such cells held 10 to 20 words, an article's cell hundreds.
SIDE_CELL_MAX_WORDS = OPEN_LINE_MAX_WORDS


#: More words than a cell beside an article holds: the article's own cell (the longest line of
#: chrome `CHROME_LINE_MAX_WORDS` allows).
SIDE_CELL_ARTICLE_MIN_WORDS = CHROME_LINE_MAX_WORDS


def _side_cells(body: str, start: int, end: int, original: str) -> list[tuple[int, int]]:
    """Return where the short cells of a table row beside the article's cell are (see
    `Chrome.in_side_cell`), from `start` to `end` in `body` (the `original` line, its cells joined by
    tabs there: see `discovery._without_headings`): none unless one cell holds the article. Tabs and
    bars part cells; a run of spaces parts paragraphs of one ("... the report.   Jane Doe reported")."""
    if end - start < SIDE_CELL_ARTICLE_MIN_WORDS or ("\t" not in original and "|" not in original):
        return []  # (characters against words: a line with fewer characters has fewer words too)
    line = body[start:end]
    found = list(CELL_BREAK.finditer(original))
    kinds = ["\t" in m.group(0) or "|" in m.group(0) for m in found]  # not a run of spaces
    if line == original:
        breaks = [(m.start(), m.end(), table) for m, table in zip(found, kinds, strict=True)]
    else:  # one tab in `body` for each break of the original line
        tabs = [i for i, c in enumerate(line) if c == "\t"]
        if len(tabs) != len(kinds):
            return []
        breaks = [(i, i + 1, table) for i, table in zip(tabs, kinds, strict=True)]
    cells, at = [], 0
    for a, b, table in breaks:
        if table:
            cells.append((at, a))
            at = b
    cells.append((at, len(line)))
    words = [len(line[a:b].split()) for a, b in cells]
    if max(words) <= SIDE_CELL_ARTICLE_MIN_WORDS:
        return []
    return [(start + a, start + b) for (a, b), n in zip(cells, words, strict=True) if 0 < n <= SIDE_CELL_MAX_WORDS]


def chrome_scores(body: str, spans: list[re.Match], lines: Separators) -> set[int]:
    """Return the starts of the spans whose closing number is a score, a weight or a count, not a
    part of the name (see `SCORE_RUN_MIN`). A name followed by a weight with a fraction ("Shailesh
    59.5", which no span takes in) counts towards the run too."""
    numbered = [
        m
        for m in spans
        if m.group(0)[-1].isdigit() and _NUMBER_CLOSING.search(m.group(0)) and not _DAY_OF_MONTH.fullmatch(m.group(0))
    ]
    if not numbered:
        return set()
    weighed = [m for m in spans if _FRACTION_AFTER.match(body, m.end())]
    if len(numbered) + len(weighed) < SCORE_RUN_MIN:
        return set()
    per_line = Counter(lines.index(m.start()) for m in (*numbered, *weighed))
    return {
        m.start()
        for m in numbered
        if sum(per_line[i] for i in range(lines.index(m.start()) - 1, lines.index(m.start()) + 2)) >= SCORE_RUN_MIN
    }


def link_run_lines(body: str, spans: list[re.Match], lines: Separators) -> set[int]:
    """Return the starts of the lines that hold a run of links: a span of LINK_RUN_MIN_WORDS
    capitalised words or more in a row, on a line of few lowercase words (see `LINK_RUN_MIN_WORDS`)."""
    starts = {
        lines.block_start(m.start())
        for m in spans
        if m.group(0).count(" ") >= LINK_RUN_MIN_WORDS - 1
        and _longest_capitalised_run(m.group(0)) >= LINK_RUN_MIN_WORDS
    }
    return {
        start
        for start in starts
        if _lowercase_share(body[start : lines.block_end(start, len(body))]) <= LINK_LINE_MAX_LOWERCASE
    }


def _lowercase_share(line: str) -> float:
    words = line.split()
    return sum(map(str.islower, map(itemgetter(0), words))) / len(words)  # (counted in C: a long line's words)


def _longest_capitalised_run(span: str) -> int:
    """Count the most words of a span in a row that are not its small words ("of", "and", "&")."""
    longest = run = 0
    for word in span.split():
        run = 0 if word[0].islower() or word == "&" else run + 1
        longest = max(longest, run)
    return longest


def _menu_runs(body: str) -> list[tuple[int, int]]:
    """Return where the runs of menu items of a text are (see `Chrome.in_menu`): from the start of
    the first item to the end of the last, for runs of MENU_MIN_ITEMS items or more, each item of
    at most MENU_ITEM_MAX_WORDS words on one line. One pass over the separators: linear."""
    runs: list[tuple[int, int]] = []
    start, items, last = 0, 0, -1  # the run's start, its items so far, the end of the last separator
    dashes = True  # whether the run's separators are all dashes, which a sentence writes too

    def close() -> None:
        end = _item_end(body, last)
        if items >= MENU_MIN_ITEMS and not (dashes and _runs_on_as_a_sentence(body, last, end)):
            runs.append((start, end))

    for bar in _MENU_BAR.finditer(body):
        item = body[last : bar.start()] if last >= 0 else "\n"
        if "\n" not in item and len(item.split()) <= MENU_ITEM_MAX_WORDS:
            items += 1
        else:  # a new run starts with the item before this separator
            close()
            start, items, dashes = _item_start(body, bar.start()), 1, True
        dashes = dashes and bar.group().strip() in _DASHES
        last = bar.end()
    close()
    return runs


_DASHES = ("-", "–", "—")


def _runs_on_as_a_sentence(body: str, last: int, end: int) -> bool:
    """Tell a run of dashes whose last item goes on with the sentence in small words ("... takes in
    Dublin - Cork - Galway - Belfast - Derry before it heads north") or closes one ("... - Oslo -
    Madrid."): a sentence's list of short items, not a menu, whose items are names and labels (a
    long one too, "... - 24 Hours Toronto Free Daily - ...") and whose last ends without a full stop."""
    if end > last:
        return bool(ENDS_SENTENCE.search(body[last:end].rstrip()))
    line_end = body.find("\n", last)
    words = body[last : line_end if line_end >= 0 else len(body)].split()[: MENU_ITEM_MAX_WORDS + 2]
    return any(w[:1].islower() and w.strip(",;") not in HEADING_SMALL_WORDS for w in words)


def _item_start(body: str, end: int) -> int:
    """Return where the menu item that ends at `end` starts: at its line's start, a cell's, or
    MENU_ITEM_MAX_WORDS words before `end`, whichever is nearest."""
    window = max(0, end - MENU_ITEM_MAX_CHARS)
    start = max(body.rfind("\n", window, end) + 1, body.rfind("\t", window, end) + 1, window)
    words = body[start:end].split()
    if len(words) > MENU_ITEM_MAX_WORDS:
        start = body.rfind(words[-MENU_ITEM_MAX_WORDS], start, end)
    return start


def _item_end(body: str, start: int) -> int:
    """Return where the menu item after a run's last separator ends: at its line's end, a cell's or
    a copyright notice, when that holds at most MENU_ITEM_MAX_WORDS words ("\\| Images \\| Home",
    "\\| News Alerts (c) 2008 Acme.org"), else at `start` (the run's last item is another text:
    "\\| Jobs \\| BSNL offers cover to ...", "\\| Jane Doe (pictured) was named ...")."""
    end = min(i for i in (body.find("\n", start), body.find("\t", start), len(body)) if i >= 0)
    end = min(end, start + MENU_ITEM_MAX_CHARS)
    notice = _NOTICE_AFTER_ITEM.search(body, start, end)  # "\\| News Alerts (c) 2008 Acme.org, All Rights ..."
    end = notice.start() if notice else end
    return end if len(body[start:end].split()) <= MENU_ITEM_MAX_WORDS else start


# A copyright notice that a footer's last menu item runs into ("\\| Mobile \\| News Alerts (c) 2008
# Acme.org", "\\| Site Map © 2008"): the item ends before it. Only the notice's sign: any other
# bracket may stand in the text run on after a menu ("\\| Jane Doe (pictured) was named ...").
_NOTICE_AFTER_ITEM = re.compile(r"[ \t]+(?:\([cC]\)|©)")


#: A link's text that is a name: capitalised words, small words between them ("Jane Smith", "Bank of X").
_NAME_LINK = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|de|van|von)\s+)?[A-Z][\w'’.-]*)*")
#: The article's own words around linked names: a lowercase word, the sentence closed by its stop.
_UNLINKED_WORD = re.compile(r"\b[a-z]{2,}\b")


def _names_linked_in_a_sentence(line: str) -> bool:
    """Tell a sentence of the article whose names are links ("[Ann Lee](…) and [Tom Ray](…)
    resigned."): every link's text a name, the words outside the links running text with a stop at
    its end; a teaser's link holds a headline, a menu's words are all links."""
    links = [m.group(1).strip() for m in link_matches(line)]
    outside = without_links(line, keep_text=False)
    return (
        bool(links)
        and all(_NAME_LINK.fullmatch(text) for text in links)
        and _UNLINKED_WORD.search(outside) is not None
        and ENDS_SENTENCE_BEFORE_SPACES.search(outside) is not None
    )


def _is_teaser_run(line: str) -> bool:
    """Tell a line of other stories' teasers run together: at least TEASER_BREAKS_MIN snippets cut
    short mid-sentence, each before the next story's headline in Title Case ("... to the
    mysterious... Harbour Probe Nears Karlsholm for Today's Flyby The probe ...")."""
    return ("..." in line or "…" in line) and len(_TEASER_BREAK.findall(line)) >= TEASER_BREAKS_MIN


#: A line of at most this many words that opens with an appeal to its reader, or holds a "click
#: here" (see `_APPEAL`), is the site's box asking the reader to sign up, join, follow or click, not
#: the article (issue 14: such boxes gave 25 of the judged tune pages' chrome pages, on 9 sites of
#: L3S and Dragnet). On the lines the cleaning keeps of every tune set, the rule took 118 chrome
#: lines of 3 to 28 words on 19 sites and one article line, and the names it takes stood on chrome
#: lines only (168 names, 66 files, 16 sites) but for one sentence opener. A longer line is a
#: paragraph (or a page a reader put on one line) whose appeal leaves its names.
APPEAL_LINE_MAX_WORDS = 40


# An appeal: a sentence (or a list item, a heading, a bold run) that opens with a verb asking the
# reader to act on the site, followed by what it acts on ("Sign up for ...", "Subscribe to ...",
# "Join our ...", "Click HERE.", "Follow us", "Visit the archives"). A verb that is also a noun
# ("Follow-up talks", "Visit to Oslo", "Join" alone) is an appeal only before one of its small
# words; "to" only after a verb of signing up.
_APPEAL = re.compile(
    r"(?:^|(?<=[.!?…>:][ \t])|(?<=[.!?][ \t]{2}))[ \t*#>_•-]*"
    r"(?:(?P<click>(?:click|tap)(?:ing)?[ \t]+here\b)"
    r"|(?:sign[ -]?up|subscribe|register)[ \t]+(?:to|for|the|our|my|now|today|here|and)\b"
    r"|(?:join|follow|visit|pre-?order|learn[ \t]+more)[ \t]+(?:the|our|my|us|here|now|today|your|this|and)\b)",
    re.I,
)


def is_appeal_line(line: str) -> bool:
    """Tell a short line that asks the reader to act on the site (see `APPEAL_LINE_MAX_WORDS`): one
    that opens with the appeal ("Sign up for the Acme Alerts!", "Visit the archives for more.") or
    sends the reader on with a click ("The Acme Blog is up and running. Click here."). An appeal
    after the article's own sentence ("... said the mayor. Join us next week!") leaves that line
    the article's."""
    # (Asked first, most lines have none: without a verb of an appeal the pattern, tried at every
    # sign, cannot match, whatever the line's length and cells.)
    if line.isascii():
        lower = line.lower()  # (once, not once a verb: the same test)
        if not any(map(lower.__contains__, _APPEAL_VERBS)):  # (asked in C: every line of prose is)
            return False
    # (A paragraph is not split whole to count its words: more than APPEAL_LINE_MAX_WORDS pieces
    # after that many splits is the same test.)
    if len(line.split(None, APPEAL_LINE_MAX_WORDS)) > APPEAL_LINE_MAX_WORDS or has_cell_break(line.strip(" \t|")):
        return False  # a paragraph, or a row of cells (a page run together: `in_call_to_action` reads each)
    return any(m.start() == 0 or m.group("click") for m in _APPEAL.finditer(line))


# The verbs `_APPEAL` opens with, in lowercase ("order" of "pre-order", "sign" of "sign up"): an
# ASCII line without one is no appeal. (A line with other letters is tried: the pattern ignores case
# and so matches "ſ" and the Kelvin sign "K" for "s" and "k".)
_APPEAL_VERBS = ("click", "tap", "sign", "subscribe", "register", "join", "follow", "visit", "order", "learn")


def _opens_lowercase(line: str) -> bool:
    """Tell a line that goes on with a sentence: a hard-wrapped paragraph's."""
    return line.lstrip()[:1].islower()


def is_legal_footer(line: str) -> bool:
    """Tell a line that says two different things of a legal footer (see `LEGAL`)."""
    return len({m.lower() for m in LEGAL.findall(line)}) >= 2


def _is_blurb(line: str) -> bool:
    """Tell a line short enough to be an advert's or a teaser's text (at most OPEN_LINE_MAX_WORDS
    words), not a paragraph."""
    return len(line) <= SHORT_LINE_MAX_CHARS and len(line.split()) <= OPEN_LINE_MAX_WORDS


def _is_standfirst(line: str) -> bool:
    """Tell a line that may be another story's standfirst: a sentence's length, opening with a
    capital ("Jane Doe chooses secret spots across the coast", "Jane Doe has the whole of 2008
    figured out"); not an item of a list, a recipe's or a schedule's ("2 tsp. dried oregano",
    "Harbour Festival, 9-18 November": shorter, or opening with a figure)."""
    line = line.strip(" \t|")  # a table row of one cell: "| Horoscopes Check your daily horoscope. |"
    return line[:1].isupper() and len(line.split()) >= OTHER_STANDFIRST_MIN_WORDS


#: A site's blurbs of its sections or of other stories laid out in a layout table: at least this
#: many rows in a row, each one cell of a heading run into one sentence ("| Live Traffic Cams Watch
#: live traffic cameras from around the area. |", `is_blurb_row`). In the cleaning they score as
#: teasers (`linescores.score_blurb_rows`): the path ends the article above them. The number is the
#: entity stage's (three such rows in a row were teasers or a site's notices on every tune page); on
#: l3s-gn1-reader-tune such runs stand on odd-half pages only (sorted ids), none on the even half,
#: and no tune set holds a run of them that is article text.
BLURB_ROWS_MIN = 3


def is_blurb_row(line: str) -> bool:
    """Tell a table row of one cell that holds a blurb closed by a sentence's end, opening with a
    capital (see `_is_standfirst`, `_is_blurb`): "| Live Traffic Cams Watch live traffic cameras
    from around the area. |". On the real pages' tune part, three such rows in a row were teasers
    or a site's notices every time; an article a reader mode puts in a table is not cut so short."""
    row = line.strip()
    if len(row) < 2 or row[0] != "|" or row[-1] != "|":
        return False
    cell = row[1:-1].strip()
    return not _BAR.search(cell) and _is_blurb(cell) and _is_standfirst(cell) and bool(ENDS_SENTENCE.search(cell))


#: A table row of one cell holding at most this many words is a box of a layout table (a notice, a
#: login prompt, a byline, a "keep me informed" teaser, a match's summary box), not the article: on
#: the real pages' tune part (line labels of every rendering) such rows were chrome on 1,117 lines
#: of 110 sites and article text on 14 lines of 6 sites (a scoreboard's labels, captions); the
#: articles reader modes put in one cell run longer (a standfirst of 49 words, one-line pages).
#: Chosen on entities-tune: 60 also took a standfirst's only name. A name read only on such rows
#: gets no entry (`entities._keep`); a row of several full cells is a data table's.
BOX_ROW_MAX_WORDS = 30


def is_box_row(line: str) -> bool:
    """Tell a table row with one cell that is not empty, of at most BOX_ROW_MAX_WORDS words ("| News
    Alert will keep you informed. Find out more. |", "| If you need help, check our Help Desk. |  |"):
    a box of a layout table. A data table's row has several full cells ("| Jane Doe | 68 | -4 |"),
    read by `discovery._without_headings`."""
    row = line.strip()
    if len(row) < 2 or row[0] != "|" or row[-1] != "|":
        return False
    cells = [c for c in _BAR.split(row) if c.strip()]
    # A cell holding a menu's written bars ("Home \\| News \\| ...") is a page's header, whose text may
    # run on into the article: the menu is told apart by `Chrome.in_menu`, the rest stays prose.
    return len(cells) == 1 and len(cells[0].split()) <= BOX_ROW_MAX_WORDS and "\\|" not in cells[0]


def _is_teaser_row(line: str) -> bool:
    """Tell a row of other stories' teasers: a table row of several cells, one of them longer than
    a label ("| Murray beats X in straight sets ... Full Story | Hingis banned for two years ... Full
    Story |"; an article a page puts in a table is one cell of its row), or a headline's cell and a
    snippet cut short ("Choi Extends Lead At Sony Open <tab> Choi had a special audience ... w...")."""
    if "|" in line:
        cells = [c for c in _BAR.split(line) if c.strip()]
        if len(cells) >= 2 and any(not is_label(c) for c in cells):
            return True
    if not _CUT_SHORT.search(line):
        return False
    cells = [c for c in CELL_BREAK.split(line) if c.strip(" \t|")]
    return len(cells) >= 2 and any(is_title_case(c) for c in cells) and bool(_CUT_SHORT.search(cells[-1]))


#: A snippet cut short: a word and an ellipsis at its end ("flew across the ocean overnight to w...").


_CUT_SHORT = re.compile(r"\w ?(?:\.\.\.|…)[ \t|]*$")


_BAR = re.compile(r"(?:^|\s)\|(?=\s|$)")  # a table's bar between cells; not "\|" in a cell's text


_SHORT, _OPEN, _CLOSED = 0, 1, 2  # the shapes of a line (see `_line_shape`)


def _line_shape(line: str) -> int:
    """Tell a short line of its own (a label, a menu item, a link) from a longer line without a
    sentence's end and from a line that ends one (or is blank, or too long to be chrome)."""
    if len(line) > SHORT_LINE_MAX_CHARS:
        return _CLOSED
    line = line.strip()
    if not line:
        return _CLOSED
    words = len(line.split())
    # A snippet cut short by an ellipsis ("... the travel arrangements in Africa...") ends no
    # sentence; a short line that trails off ("Our verdict...") is the article's.
    if ENDS_SENTENCE.search(line) and (words <= SHORT_LINE_MAX_WORDS or not _CUT_SHORT.search(line)):
        return _CLOSED
    if words <= SHORT_LINE_MAX_WORDS:
        return _SHORT
    # A longer line ending with a colon or a comma goes on below it: "Here are the figures:"
    return _OPEN if words <= OPEN_LINE_MAX_WORDS and line[-1] not in ":;," else _CLOSED


# What separates the cells of one line: a tab, a run of spaces, a table's bar.
CELL_BREAK = re.compile(r"\t+| {3,}|(?:^|\s)\|(?:\s|$)")


def has_cell_break(text: str) -> bool:
    """Tell a text that holds a `CELL_BREAK`. (Each of its three alternatives needs a tab, three
    spaces or a bar: a text with none, most paragraphs, is not searched, where the pattern is tried
    at every character, some 40 µs a paragraph.)"""
    return ("\t" in text or "   " in text or "|" in text) and CELL_BREAK.search(text) is not None


def is_label(cell: str) -> bool:
    """Tell a table cell that labels (a few words) from one that holds a paragraph."""
    return len(cell.split()) <= TABLE_LABEL_WORDS


def is_title_case(line: str) -> bool:
    if len(line) > 240 or _LIST_ITEM.match(line):  # a paragraph, or a list item
        return False  # a list item ("- Burton Coliseum, 7001 Gulf Highway, Lake Charles")
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if len(words) < 3 or len(words) > 20:
        return False
    big = [w for w in words if w.lower() not in HEADING_SMALL_WORDS]
    capitalised = sum(w[0].isupper() for w in big)
    if line.rstrip().endswith((".", '"', "”")):
        # A sentence full of names is text; a headline of two sentences has every word capitalised.
        return len(big) >= 8 and capitalised == len(big)
    return capitalised >= 0.8 * len(big)


#: Readers' comments each under its writer's signature, a given name on a line of its own ("Ralph",
#: "Jack M.", "Frank @ Toronto", "Lina (Ottawa)") over a comment of at least SIGNED_COMMENT_MIN_WORDS
#: words: at least SIGNED_COMMENTS_MIN of them make a thread, and a name so signed is a commenter's
#: wherever the text writes it ("I agree with Ralph", "hey Frank..."), no one the story is about.
#: A list of names one a line (a team's line-up, a cast) has no comment under each name.
SIGNED_COMMENTS_MIN = 3


#: A comment under a signature is a sentence or more; a list's next item is a few words.
SIGNED_COMMENT_MIN_WORDS = 6


# A signature's line: a given name alone, with its surname's initial, or with where the commenter
# writes from ("@ Toronto", "(Ottawa)").
_GIVEN_NAME_SIGNATURE = re.compile(r"([A-Z][a-z]+)((?:[ \t]+[A-Z])?)\.?(?:[ \t]*(?:@[ \t]*[\w .'’-]+|\([\w .'’-]+\)))?")


#: A signature's line holds at most this many characters: a given name and a town's name.
SIGNATURE_LINE_MAX_CHARS = 40


def signed_names(lines: list[str]) -> set[str]:
    """Return the names that sign readers' comments in a thread of them (see `SIGNED_COMMENTS_MIN`):
    each given name, and with its initial where a signature writes one ("Jack M")."""
    filled = [line.strip() for line in lines if line.strip()]
    signed: set[str] = set()
    comments = 0
    for line, below in zip(filled, filled[1:], strict=False):
        if len(line) > SIGNATURE_LINE_MAX_CHARS or not line[:1].isupper():
            continue  # (most lines: too long for a signature)
        m = _GIVEN_NAME_SIGNATURE.fullmatch(line)
        if (
            m
            and is_first_name(m.group(1))
            and m.group(1) not in major_places()  # "London" over a paragraph: a place's heading, a dateline
            and len(below.split(None, SIGNED_COMMENT_MIN_WORDS)) >= SIGNED_COMMENT_MIN_WORDS
        ):
            comments += 1
            signed.add(m.group(1) + (" " + m.group(2).strip() if m.group(2) else ""))
    return signed if comments >= SIGNED_COMMENTS_MIN else set()


#: A reader's comment in a Markdown rendering is signed on a line that links the comment's own
#: anchor ("[3](#comment-2047 "Permalink to this comment") Ann Lee 07.23.12 at 23:59", "Ann Lee
#: [November 1, 2012 at 8:34 am](#comment-2178)": the anchors blogs give each comment), its visible
#: words a name and a stamp (`comments.is_signature`; a name that opens like a month, "Marcus",
#: "Junia", "Augusta", is a name since session 49). The anchor marks a comment however short its
#: thread, and a name so signed is a commenter's wherever the text writes it ("Couldn't agree
#: more with Ann Lee (above)"), as `signed_names`' given names are. On the lines the cleaning kept of the read half
#: of the tune renderings, such lines stood on 4 Dragnet sites' threads, every one a comment's
#: signature (246 lines, and 7 the gold leaves unplaced); the article's lines that link a comment
#: ("One commenter [noted](/post#comment-9) that ...", 2 sites) are sentences, not a name and a
#: stamp; a sidebar's latest comments ("Ann on [Post title](/post#comment-9)") has no stamp, and a
#: list of dated names without the anchor (a record book's "Jane Roe (Sr.), Jan. 7, 2008") names
#: people the article is about.
_COMMENT_ANCHOR = re.compile(r"\]\([^()\s]*#comment-\d")


#: A signature's line, its links' addresses and images included, holds at most this many characters
#: (an avatar's address, a commenter's site, the anchor and its title run to some 300).
ANCHORED_SIGNATURE_MAX_CHARS = 500


def comment_signature_lines(lines: list[str]) -> set[int]:
    """Return the numbers (0-based) of the lines that sign readers' comments by their anchors (see
    `_COMMENT_ANCHOR`)."""
    return {i for i, line in enumerate(lines) if "#comment-" in line and _is_anchored_signature(line)}


def _is_anchored_signature(line: str) -> bool:
    """Tell a line that signs a comment by its anchor (see `_COMMENT_ANCHOR`)."""
    if len(line) > ANCHORED_SIGNATURE_MAX_CHARS or not _COMMENT_ANCHOR.search(line):
        return False
    return is_signature(plain_text(line))


#: A note on the post's writer, which blogs and papers put under (or a reader mode over) the article:
#: a paragraph opening with a person's name, a given name first ("Jane Roe", "**Jane Q. Roe**"),
#: then "is" and a writer's role within AUTHOR_NOTE_ROLE_MAX_WORDS words ("Jane Roe is a freelance
#: writer and the founder of ...", "Jane Roe is the News Editor of ...", "Jane Roe is an Egypt-based
#: correspondent for The Post."). Names found only on such a line name the writer and her outlets,
#: not what the article is about. On the lines the cleaning kept of the read half of the tune
#: renderings, the lines of this shape were 8 chrome lines of 4 sites and 1 article line (a reader
#: mode's "Jane Roe is the author of ..."). Other roles are left: with a firm's ("is CEO of", "is the
#: founder of", "is a specialist") the shape took 22 chrome lines of 8 sites, and two names of a
#: guest's note ("Jane Roe is CEO of Acme LLC") that the judged tune pages call names.
AUTHOR_NOTE_ROLE_MAX_WORDS = 6


_AUTHOR_NOTE = re.compile(
    r"[ \t>*_]*(?P<given>[A-Z][a-z]+)(?:[ \t]+[A-Z][\w'’.-]*){1,2}(?:\*\*|__|\*|_)?,?[ \t]+is[ \t]+"
    rf"(?:(?:a|an|the|our)[ \t]+)?(?:[\w'’&-]+[ \t]+){{0,{AUTHOR_NOTE_ROLE_MAX_WORDS}}}?"
    r"(?i:editor|writer|blogger|journalist|author|contributor|reporter|columnist|correspondent)s?\b"
)


def is_author_note(line: str) -> bool:
    """Tell a paragraph that opens a note on the post's writer (see `AUTHOR_NOTE_ROLE_MAX_WORDS`)."""
    if " is " not in line:
        return False  # (most lines)
    m = _AUTHOR_NOTE.match(line)
    return m is not None and is_first_name(m.group("given"))


#: A blog post's footer that files it: its categories and tags, its permalink ("This entry was posted
#: on May 2, 2012 and is filed under [Politics](...), [Ideas](...).", "Tagged as: History, Science",
#: "Filed in: General", "Topics: Messenger"). The words it files the post under are the site's labels
#: (a category's name, a tag), not names the article writes: a name found only there gets no page.
#: On the lines the cleaning kept of the read half of the tune renderings, such lines were 23 chrome
#: lines of 10 sites and 3 article lines of one site (the same footer the gold counts as chrome on
#: its other pages). A footer is short; a longer line is a paragraph that holds one.
POST_FOOTER_MAX_WORDS = 80


_POST_FOOTER = re.compile(
    r"[\W_]*(?:this (?:entry|post) was (?:posted|written|filed)\b"
    r"|(?:tags|tagged(?: as| with)?|categories|category|filed (?:in|under)|posted (?:in|under)|topics)[ \t]*:"
    r"|.*\b(?:is filed under|bookmark the permalink)\b)",
    re.I,
)


def is_post_footer(line: str) -> bool:
    """Tell a line that files a blog post under its categories and tags (see `POST_FOOTER_MAX_WORDS`)."""
    lower = line.lower()  # (once, not once a key: the same test)
    if not any(map(lower.__contains__, _POST_FOOTER_KEYS)):  # (asked in C: every line of prose is)
        return False  # (most lines)
    plain = plain_text(line) if "[" in line else line.strip()
    return len(plain.split(None, POST_FOOTER_MAX_WORDS)) <= POST_FOOTER_MAX_WORDS and bool(_POST_FOOTER.match(plain))


# What a post's footer holds, in lowercase, found before the pattern is tried.
_POST_FOOTER_KEYS = ("this entry", "this post", "tag", "categor", "filed", "posted", "topics", "permalink")


#: A paragraph that a corpus repeats word for word in several sources whose articles differ is a
#: box of the site they come from, not the article's text: a blog's self-description in its sidebar
#: ("Jane Roe is a blog devoted to ..."), a section's "Follow us on Twitter and Facebook" blurb, a
#: network's notice. A name found in a source only on such lines gets no entry for that source
#: (`boxed_spellings`). A line counts from BOX_MIN_WORDS words (shorter repeated lines are the
#: cleaning's, `repeatedlines`) and is a box when at least BOX_MIN_SOURCES sources hold it, each of
#: them an article of its own: at most BOX_MAX_SHARED of the words of its lines of BOX_MIN_WORDS
#: words or more stand on lines another source also holds. Wire copy, or a page scraped twice,
#: repeats most of its text, and what it repeats stays. On the lines the
#: cleaning kept of the read half of the tune renderings (each set one corpus), the box lines were
#: Dragnet Markdown 120 chrome lines of 13 sites, 13 not scored and 16 article lines of 3 sites (a
#: site's "follow us on Facebook" line, an agency's closing paragraph and a series' blurb, which the
#: gold counts as the article's); Dragnet page 176 chrome and 17 article lines; L3S page 8 and 1.
#: No judged name and no labelled entity of the tune part was lost.
BOX_MIN_SOURCES = 3


BOX_MIN_WORDS = 6


BOX_MAX_SHARED = 0.5


def corpus_box_lines(texts: list[str]) -> list[set[int]]:
    """Return, for each text of a corpus, the numbers (0-based) of its lines that are boxes the
    corpus repeats (see `BOX_MIN_SOURCES`)."""
    keys = [[_box_key(line) for line in text.split("\n")] for text in texts]
    held = Counter(key for lines in keys for key in set(lines) if key)
    if not held or max(held.values()) < BOX_MIN_SOURCES:
        return [set() for _ in texts]  # (most corpora)
    repeated = {key for key, n in held.items() if n >= 2}
    carriers: Counter[str] = Counter()  # by line: the sources of articles of their own that hold it
    for lines in keys:
        words = sum(key.count(" ") + 1 for key in lines if key)
        shared = sum(key.count(" ") + 1 for key in lines if key in repeated)
        if shared <= BOX_MAX_SHARED * words:
            carriers.update(key for key in set(lines) if key in repeated)
    boxes = {key for key, n in carriers.items() if n >= BOX_MIN_SOURCES}
    return [{i for i, key in enumerate(lines) if key in boxes} for lines in keys] if boxes else [set() for _ in texts]


#: A box is a paragraph of at most this many characters: a longer line is a page put on one line.
BOX_MAX_CHARS = 1000


def _box_key(line: str) -> str:
    """A line as a box is compared across a corpus, word for word: the line without the spaces
    around it; "" for a line too short or too long to be one (see `BOX_MIN_WORDS`,
    `BOX_MAX_CHARS`). Its words are counted by its spaces (a word a space)."""
    if len(line) > BOX_MAX_CHARS or line.count(" ") < BOX_MIN_WORDS - 1:
        return ""  # (most lines: cheap tests first)
    key = line.strip()
    return key if key.count(" ") >= BOX_MIN_WORDS - 1 else ""


def boxed_spellings(text: str, box: set[int], spellings: set[str]) -> set[str]:
    """Return those of `spellings` that `text` writes only on the lines of `box` (see
    `corpus_box_lines`), as whole words; a spelling it writes nowhere is not returned."""
    lines = text.split("\n")
    # The box's lines and the others, each joined by a line break, which no spelling holds (a span
    # never crosses a line) and which is no word character: a whole-word match in a joined text is
    # one in one of its lines. A spelling that no box line holds is not boxed, so only the few that
    # one does are looked for in the rest of the text (most sources' names are not in a box).
    inside = "\n".join(lines[i] for i in sorted(box) if i < len(lines))
    outside = "\n".join(line for i, line in enumerate(lines) if i not in box)
    boxed = set()
    for spelling in spellings:
        if spelling not in inside:
            continue
        word = re.compile(rf"(?<!\w){re.escape(spelling)}(?!\w)")
        if word.search(inside) and not (spelling in outside and word.search(outside)):
            boxed.add(spelling)
    return boxed
