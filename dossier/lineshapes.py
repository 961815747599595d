"""What one line is, read from its shape alone: its visible words, its score as prose or chrome
(`line_score`: a sentence, a headline, a teaser, data, a label, code), whether it is firm chrome,
its table cells, its language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse, islice
from operator import itemgetter

from .lastreading import LastReading
from .model import Removal
from .sentenceends import ends_sentence_or_clause

#: Lines whose shape is remembered: more than a long page holds.
SHAPE_CACHE_SIZE = 8192


#: A sentence of running text has at least this many words...
PROSE_MIN_WORDS = 8


#: ...and ends as a sentence does, unless it is at least this long (a paragraph whose end the
#: scraper cut off); shorter lines without a full stop are headlines, teasers and captions.
PROSE_UNENDED_MIN_WORDS = 20


#: ...and at least this share of them are function words ("the", "of", "was"); menus, teaser
#: headlines and lists of names have few.
PROSE_MIN_FUNCTION_SHARE = 0.15


#: A prose line's score grows with its length, up to this many words.
PROSE_MAX_WORDS = 60


#: Score of a prose line: PROSE_BASE + words / PROSE_WORDS_PER_POINT.
PROSE_BASE = 1.0


PROSE_WORDS_PER_POINT = 8


#: A sentence with a full stop counts as running text when this share of its words are lowercase.
SENTENCE_MIN_LOWERCASE_SHARE = 0.5


#: Running text has lowercase words; a line with fewer is a headline in Title Case or in capitals.
TITLE_CASE_MAX_LOWERCASE_SHARE = 0.3


#: A dateline on its own line opens the article.
DATELINE_SCORE = 1.0


#: A text is English (and the function-word test applies) when this share of its words are
#: English function words; running English has about 40-50%.
ENGLISH_MIN_FUNCTION_SHARE = 0.15


#: A short sentence ("He declined to comment.") counts a little for the article.
SHORT_SENTENCE_SCORE = 0.5


#: A data line goes with its neighbours; this nudge keeps a results table that ends the article in it.
DATA_SCORE = 0.05


#: Share of a line's characters that are digits above which it is data (results, scores, prices).
DATA_MIN_DIGIT_SHARE = 0.15


#: A label and a value ("Processor: 1.2GHz VIA C7-M") is data when the label is this short.
DATA_LABEL_MAX_WORDS = 4


#: One to three words without a full stop: a menu item, a label.
FRAGMENT_MAX_WORDS = 3


FRAGMENT_SCORE = -1.0


#: A line without a full stop and with few function words: a teaser headline, a name list.
TEASER_SCORE = -0.75


#: A line of which at least this share of the words a reader sees are links' text is a menu item,
#: a teaser or a share bar, not running text (chosen on the Markdown renderings of the tune part's
#: pages; a paragraph of the article links a few of its words).
LINKED_MIN_SHARE = 0.5


DATED_HEADLINE_MIN_WORDS = 5


#: A line of several items separated by "|", "•" or "»": a menu or a breadcrumb.
MENU_MIN_SEPARATORS = 2


MENU_SCORE = -2.0


#: A line that a rule removed as chrome.
RULE_SCORE = -0.5


#: Rules whose lines are not evidence either way (a row of dashes or a brace also closes a section,
#: a table, a block of code): they score nothing.
WEAK_RULES = frozenset({"separator"})


#: A short line found in several sources of the corpus (site chrome), unless it is prose.
REPEATED_SCORE = -1.5


#: Neither: a line that is metadata (byline, date) or that is otherwise unclear.
NEUTRAL_SCORE = -0.25


TEASER_HEADLINE_MAX_WORDS = 22


TEASER_BLURB_MAX_WORDS = 50


#: Function words of English running text (a sentence has them, a menu or a headline few).
FUNCTION_WORDS = frozenset(
    "a about above after again against all am an and any are as at be because been before being below between both "
    "but by can could did do does doing down during each few for from further had has have having he her here hers "
    "him his how i if in into is it its just me more most my no nor not now of off on once only or other our out "
    "over own same she should so some such than that the their them then there these they this those through to too "
    "under until up very was we were what when where which while who whom why will with would you your said says "
    "also".split()
)  # fmt: skip

#: A list item's mark at a line's start, and the space after it ("- ", "* ", "• ").
LIST_MARK = re.compile(r"^[-*•]\s+")


#: A Markdown image, and a link ("[Terms of Service](https://...)"): a scraper that writes Markdown
#: keeps the page's links, and how much of a line is links tells a menu, a teaser or a share bar
#: from a paragraph that links a word or two.
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")


#: A link to an image file counts as an image: a scraper writes an image inside a heading or a link
#: as its alt text ("## [photo-alt](/img/photo.png) Headline").
_MD_IMAGE_LINK = re.compile(r"\[[^\[\]]*\]\([^)\s]*\.(?i:png|jpe?g|gif|webp|svg|bmp)(?:\?[^)\s]*)?(?:\s+\"[^\"]*\")?\)")


MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def link_matches(line: str, opening: str = "[", pattern: re.Pattern[str] = MD_LINK) -> Iterator[re.Match[str]]:
    """`pattern.finditer(line)` for a link pattern of `opening`, text to the first "]", "(" and an
    address to the first ")" (`MD_LINK`, `MD_IMAGE`), each part of the line read once: every
    opening before the same "]" fails where the first did, and once no ")" follows, none can
    match. (`finditer` read from each "[" to the "]" or the line's end: thousands of "[" in a line
    were quadratic, 0.45 s at 8,000.) A pattern may ask more of the address than to end at the
    first ")" and match nowhere then (`metadata`'s links to web pages)."""
    pos = 0
    while (start := line.find(opening, pos)) != -1:
        close = line.find("]", start + len(opening))
        if close == -1:
            return
        if not line.startswith("(", close + 1):
            pos = close + 1
            continue
        end = line.find(")", close + 2)
        if end == -1:
            return
        found = pattern.match(line, start)
        if found is None:  # a stricter address ("https?://" and no space, `metadata`): every opening
            pos = close + 1  # before the same "]" reads the same address; one inside it may match
            continue
        yield found
        pos = found.end()


def without_links(line: str, keep_text: bool = True, opening: str = "[", pattern: re.Pattern[str] = MD_LINK) -> str:
    """`pattern.sub(r"\\1" if keep_text else " ", line)` for the patterns of `link_matches`."""
    if opening not in line:
        return line  # no link can open (most lines): no generator to start
    pieces, pos = [], 0
    for found in link_matches(line, opening, pattern):
        pieces += [line[pos : found.start()], found.group(1) if keep_text else " "]
        pos = found.end()
    return "".join(pieces) + line[pos:]


#: The end of a link whose text a Markdown rendering broke over lines (a heading inside a link:
#: "[#### reader comments" / "75 with 51 posters](https://site/story#comments)"): the line opens
#: with the link's last words and its address, no "[" before them. The words are a link's text and
#: the address is no words (on the Markdown renderings of the tune part, every such line is chrome).
#: The words open with no white space, so the indentation is read once: "\s*" before words that
#: may begin with spaces tried every split of a long indentation (a line of n spaces, n*n steps).
MD_LINK_TAIL = re.compile(r"^\s*((?:[^\[\]\s][^\[\]]*)?)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")


#: ...and the line above it ends with the link's first words, its "[" not closed ("... the $279 [Xbox").
MD_LINK_HEAD = re.compile(r"\[[^\[\]]*$")


#: A heading's hashes and a list item's mark at the start; closing hashes at the end, read from the
#: start of their run of spaces only, once (from every space of a run, each reading the rest of it:
#: 8,000 spaces in a line took 5 s).
_MD_HEADING = re.compile(r"^\s*(?:#{1,6}|[-+*])\s+|(?<!\s)\s++#++\s*+$")


#: Emphasis marks: doubled anywhere, single ones against a word's start or end ("*Title*"), not in
#: "snake_case" or "5 * 3".
#: (A mark is looked for first: one test at each character, not four alternatives and two
#: lookbehinds; a quarter of the time on the tune texts' lines that hold a mark, the same matches.)
_MD_EMPHASIS = re.compile(r"(?=[*_])(?:\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


#: `WORD` for a text of ASCII characters alone (most lines): there `[^\W\d_]` is a letter A-Z or
#: a-z, and no "’" can stand, so the words found are the same; an ASCII class is tried faster
#: than Unicode categories (a third of the time of `WORD.findall` on the lines of a page).
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


def words_of(text: str) -> list[str]:
    """`WORD.findall(text)`: the words of a text, an ASCII text read with ASCII classes (the same
    words, found faster: `str.isascii` is one flag test)."""
    return (_ASCII_WORD if text.isascii() else WORD).findall(text)


DIGIT = re.compile(r"\d")


#: A line that is a web address alone ("www.example.com", "https://example.org/report"): a
#: sponsored link's, a commenter's site, or a source the article names under its last paragraph.
#: The address is taken whole (possessive: its closing bars were tried one split at a time before
#: a word after them failed the line, quadratic in a run of bars).
ADDRESS_LINE = re.compile(r"^[ \t|]*(?:https?://|www\.)[^\s]++[ \t|]*$", re.M)


_SEPARATOR = re.compile(r"(?:^|\s)[|•·»](?=\s|$)")


def _separator_count(text: str) -> int:
    """How many separators (`_SEPARATOR`) a line holds: none without one of their signs (most lines;
    the pattern is tried at every space)."""
    if "|" in text or "•" in text or "·" in text or "»" in text:
        return len(_SEPARATOR.findall(text))
    return 0


TABLE_ROW = re.compile(r"^\|.*\|$")


#: The ends of a text cut short for a teaser: an ellipsis.
_CUT_SHORT = ("...", "…")


_NUMBERED = re.compile(r"^(?:\d{1,3}[.)]|[-+*•]|\(?[a-z]\))\s+\S")


_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\b")


_NUMBER_CELL = re.compile(r"^[\d.,:%/()+-]+[a-z]{0,2}$")


_ENDS_WITH_NUMBER = re.compile(r"\d[%)]?$")


#: A dateline opening the article's first paragraph, or on a line of its own ("RENO, Nev. --",
#: "LONDON, March 3 (Reuters) -", "HARTFORD, Conn., Jan. 12, 2024 —").
DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.]*\.?(?:\s[A-Z][\w.]*)*)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?:\s*\([\w .]+\))?\s*(?:--|—|–|-)(?:\s+|$)"
)


LABEL_VALUE = re.compile(r"^[^:]{1,40}:\s+\S")


#: A line of code or of a preformatted table: indented, or ending as statements do, or drawn with
#: box characters.
_CODE_START = re.compile(r"(?: {2,}|\t)\S|</?[a-z!][^>]*>|//")


_CODE_END = frozenset(";{}()[],=")


#: Marks of code or of markup: `is_code_line` counts them, and an indented line holding one
#: is code's, not a wrapped paragraph's (`linejoins.runs_on`).
CODE_MARKS = "{}=;<>"


#: A line holding at least this many marks of code or markup ("{", "}", "=", ";", "<", ">"), and
#: at least CODE_MARKS_PER_WORD of them a word, is a script or a tag the cleaning left, not running
#: text: its capitalised words ("Array", "Math", "MM_swapImgRestore") are no names. On the real
#: pages' tune part, lines of running text held at most 0.14 such marks a word (a breadcrumb's
#: "Home > Archives >"), scripts, tags and code samples 0.3 to 5.
CODE_LINE_MIN_MARKS = 5
CODE_MARKS_PER_WORD = 0.3


def is_code_line(line: str, min_marks: int = CODE_LINE_MIN_MARKS) -> bool:
    """Tell a line of a script or of markup from running text by its marks (see `CODE_LINE_MIN_MARKS`)."""
    marks = sum(map(line.count, CODE_MARKS))
    return marks >= min_marks and marks >= CODE_MARKS_PER_WORD * len(line.split())


BOX_DRAWING = re.compile(r"[│┼─]")


def is_code(raw: str) -> bool:
    """Tell a line of code or of a preformatted table (one regular expression of these alternatives
    tried at every position was a tenth of the layout stage's time)."""
    return bool(_CODE_START.match(raw) or raw[-1:] in _CODE_END or BOX_DRAWING.search(raw))


#: Words that open a surname ("Robert de Castella", "Vincent van Gogh").
SURNAME_PARTICLES = frozenset({"de", "van", "von", "da", "du", "der", "den", "la", "le", "al", "bin", "ibn", "dos"})
#: The lower-case particles inside a byline's name ("Jane van der Roe", "Maria de la Cruz",
#: "Guillermo del Toro"), each a whole word: "der" was read as "de", and "By Jane van der Roe" gave
#: "Jane van de".
NAME_PARTICLE = rf"(?:{'|'.join(sorted(SURNAME_PARTICLES | {'del'}, key=lambda w: (-len(w), w)))})\b"

#: A month's name, full or abbreviated, as alternatives for a group (`dates.MONTH_NAME` names it).
#: Whole words only: "Marcus 07.16.12" is signed by Marcus, "The Mayor 12" holds no date.
MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH = rf"(?:{MONTH_NAMES})\b\.?"


#: A date or a time as comment systems stamp them ("Jan 09 2008", "07.16.12", "22:07", "3 hours ago").
#: Longer than any stamp `STAMP` finds ("12 September 10:45 p.m."): where looking for one may stop.
STAMP_MAX_CHARS = 80


#: What a stamp opens with, a figure or a month's first letter ("ago" too), tested first: one test
#: at each character instead of "\b" and every alternative, the same matches (on the tune texts'
#: lines `STAMP` and `STAMP_YEAR_OR_TIME` took about half the time).
_STAMP_OPENS = r"(?=[\djfmasond])"  # in patterns that ignore case


STAMP = re.compile(
    rf"{_STAMP_OPENS}(?:\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|"
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b)",
    re.I,
)


#: What a comment system's stamp shows beside the day: its year, its time or its age ("Jan 14, 2008",
#: "07 Nov 12", "07.16.12", "22:07", "3 hours ago").
#: A stamp's time of day or age ("9:42 pm", "10.40", "3 hours ago").
_TIME_OR_AGE = r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\bago\b"


#: A stamp's time of day or age alone, as a comment system stamps each comment ("9:42 pm", "3 hours ago").
TIME_OR_AGE = re.compile(_TIME_OR_AGE, re.I)


STAMP_YEAR_OR_TIME = re.compile(
    rf"{_STAMP_OPENS}(?:\b(?:19|20)\d{{2}}\b|\b\d{{1,2}}\s+{_MONTH}\s+'?\d{{2}}\b|\b{_MONTH}\s+\d{{1,2}},?\s+'?\d{{2}}\b|"
    rf"\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|{_TIME_OR_AGE})",
    re.I,
)


#: What stands between a stamp and its headline: separators, dashes, brackets, list marks.
_DATED_HEADLINE_STRIP = " \t|-–—()[],.:•·»*"


@dataclass(frozen=True)
class Shape:
    """What a line looks like, as the layout stage reads it (its words: those a reader sees)."""

    words: int
    function_share: float
    lowercase_share: float
    sentence: bool
    data: bool
    separators: int
    #: The share of its words that are a link's text (Markdown links), see LINKED_MIN_SHARE.
    linked: float = 0.0
    #: Whether most of its words are Chinese or Japanese (written without spaces, a word per two
    #: characters), which hold no English function words.
    unspaced: bool = False


#: The pieces `_MD_IMAGE_LINK` is read by, each part of a line once (`_without_image_links`).
_BRACKET = re.compile(r"[\[\]]")
_URL_STOP = re.compile(r"[)\s]")
_IMAGE_EXT_END = re.compile(r"\.(?i:png|jpe?g|gif|webp|svg|bmp)(?=\?|$)")
_IMAGE_LINK_TAIL = re.compile(r"(?:\s+\"[^\"]*\")?\)")


def _without_image_links(line: str) -> str:
    """`_MD_IMAGE_LINK.sub(" ", line)`, each part of the line read once. A link's address runs to
    the first ")" or space, so the links that open before that stop share it: the address's image
    extension and what closes the link are read once per stop. (`sub` read each "[" to the stop:
    thousands of "[a](b." with no ")" in a line were quadratic, 2.5 s at 8,000.)"""
    pieces, pos, done = [], 0, 0
    stop, last_dot, closed = -1, -1, None
    while (start := line.find("[", pos)) != -1:
        bracket = _BRACKET.search(line, start + 1)
        if bracket is None:
            break  # no "]" after this "[" nor after any later one
        close = bracket.start()
        if line[close] == "[" or not line.startswith("(", close + 1):
            pos = close if line[close] == "[" else close + 1
            continue
        url = close + 2
        if url > stop:  # the first link whose address runs to a new stop
            found = _URL_STOP.search(line, url)
            if found is None:
                break  # no address after here ends
            stop = found.start()
            dots = [m.start() for m in _IMAGE_EXT_END.finditer(line, url, stop)]
            last_dot = dots[-1] if dots else -1
            tail = _IMAGE_LINK_TAIL.match(line, stop)
            closed = tail.end() if tail else None
        if last_dot >= url and closed is not None:
            pieces += [line[done:start], " "]
            pos = done = closed
        else:
            pos = close + 1
    return "".join(pieces) + line[done:]


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # layout, titles, bylines and `line_shape` read the same lines
def visible_text(line: str) -> str:
    """A Markdown line's words as a reader sees them: a link's text, not its address; no image."""
    return without_links(without_images(line))


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # asked three times of a Markdown line on a page's first reading
def without_images(line: str) -> str:
    """A Markdown line without its images, links to image files among them."""
    return _without_image_links(without_links(line, False, "![", MD_IMAGE))


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # layout, titles and entities read the same lines without their Markdown
def markdown_free(line: str) -> str:
    """A Markdown line as a reader sees it, marks and all taken off: `visible_text`, without a
    heading's hashes, a list item's mark and emphasis ("## [**Headline**](/story)" -> "Headline")."""
    return strip_emphasis(_without_heading_marks(visible_text(line))).strip()


def _without_heading_marks(text: str) -> str:
    """`_MD_HEADING.sub("", text)`, tried only on a line with a hash, or a list item's mark first:
    what each match holds (most lines have neither; the pattern's end is tried at every space)."""
    if "#" not in text and text.lstrip()[:1] not in _LIST_MARKS:
        return text
    return _MD_HEADING.sub("", text)


_LIST_MARKS = ("-", "+", "*")


def strip_emphasis(text: str) -> str:
    """A Markdown line without its emphasis marks ("Posted on **March 3, 2024**")."""
    return _MD_EMPHASIS.sub("", text) if "*" in text or "_" in text else text


@lru_cache(maxsize=SHAPE_CACHE_SIZE)
def line_shape(raw: str) -> Shape:
    """Read a line's shape (remembered: the stages and both layout passes read the same lines)."""
    linked = 0
    if "](" in raw:  # Markdown: a reader sees a link's text, not its address, and no image
        shown = without_images(raw)
        linked = sum(word_count(m.group(1)) for m in link_matches(shown))
        tail = MD_LINK_TAIL.match(shown)
        if tail:  # a broken link's last words: link text too, and its address no words
            linked += word_count(tail.group(1))
            shown = tail.group(1) + shown[tail.end() :]
        raw = visible_text(shown)
    text = raw.strip()
    found = words_of(text)
    # Those function words can be; a line holds Chinese or Japanese only where one search finds a
    # character of them (an ASCII line not searched; curly quotes and dashes make most lines of some
    # pages non-ASCII). The words are those `_count_words` counts one each, sorted once, in C.
    cjk = not text.isascii() and bool(_CJK.search(text))
    words = list(filterfalse(_CJK.match, found)) if cjk else found
    n = len(words) + _cjk_count(text) // 2 if cjk else len(found)
    function = sum(map(FUNCTION_WORDS.__contains__, map(str.lower, words)))  # (counted in C: a hot path)
    lowercase = sum(map(str.islower, map(itemgetter(0), words)))
    digits = len(DIGIT.findall(text))
    plain = strip_emphasis(text)  # (read once: the label's test and the sentence's end ask it)
    label = LABEL_VALUE.match(plain)  # "**Role:** Ann" is a label and its value too
    data = bool(
        is_code(raw)
        or digits >= DATA_MIN_DIGIT_SHARE * len(text)
        or (digits and _ENDS_WITH_NUMBER.search(text, len(text) - 2))  # (a match is in the last two characters)
        or (label and len(label.group(0).split()) <= DATA_LABEL_MAX_WORDS + 1)
        or (_NUMBERED.match(text) and n <= PROSE_MAX_WORDS)
    )
    return Shape(
        n,
        function / len(words) if words else 0.0,
        lowercase / len(words) if words else 0.0,
        ends_sentence_or_clause(plain),  # "*He left.*" ends as a sentence
        data,
        _separator_count(text),
        min(1.0, linked / n) if n else 0.0,
        n > 2 * len(words),
    )


@lru_cache(maxsize=SHAPE_CACHE_SIZE)
def is_dated_headline(text: str) -> bool:
    """Tell a stamp beside a headline: what is left without the stamp opens with a capital, has
    DATED_HEADLINE_MIN_WORDS to TEASER_HEADLINE_MAX_WORDS words and does not end as a sentence does."""
    if not DIGIT.search(text) or not STAMP.search(text):
        return False
    line = text.rstrip()
    if line.endswith(".") and any(m.end() == len(line) - 1 for m in STAMP.finditer(line)):
        return False  # "Russia launched its first airstrikes on September 30.": a sentence ends with its date
    rest = STAMP.sub(" ", text).strip(_DATED_HEADLINE_STRIP)
    # ...and without the year the stamp leaves ("January 15, 2008 Police make arrest |").
    rest = _LEADING_YEAR.sub("", rest).strip(_DATED_HEADLINE_STRIP)
    return (
        rest[:1].isupper()
        and DATED_HEADLINE_MIN_WORDS <= len(words_of(rest)) <= TEASER_HEADLINE_MAX_WORDS
        and not ends_sentence_or_clause(rest)
    )


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every line: the stamp search is slow
def opens_with_dated_headline(text: str) -> bool:
    """Tell a teaser row that opens with a headline in Title Case and its stamp, its lead after them
    ("Ad Network Targets College Students  Jan 16, 7:00 AM Advanced Student Marketing, the ...")."""
    if not text.lstrip(_DATED_HEADLINE_STRIP)[:1].isupper() or not DIGIT.search(text):
        return False  # the headline opens the line with a capital; a stamp has a figure
    # The stamp follows at most TEASER_HEADLINE_MAX_WORDS words: it is not looked for further on,
    # in a paragraph's length (a Markdown link's address holds words a reader does not see).
    end = len(text)
    if "](" not in text:
        nth = nth_word_start(text, TEASER_HEADLINE_MAX_WORDS)
        end = min(end, nth + STAMP_MAX_CHARS) if nth is not None else end
    stamp = STAMP.search(text, 0, end)
    if not stamp:
        return False
    head = text[: stamp.start()].strip(_DATED_HEADLINE_STRIP)
    if not head[:1].isupper():
        return False  # most lines with a date in them: their shape is not read
    shape = line_shape(head)
    return (
        DATED_HEADLINE_MIN_WORDS <= shape.words <= TEASER_HEADLINE_MAX_WORDS
        and shape.lowercase_share < TITLE_CASE_MAX_LOWERCASE_SHARE
        and not shape.sentence
    )


#: `TEASER_HEADLINE_MAX_WORDS` words of an ASCII text (`_ASCII_WORD`'s, each with what goes
#: before it) and what follows the last up to the next word: read in one match. Each part is
#: possessive, as `finditer` reads a word (to its last letter) and the gap to the next (to its
#: first letter): no split is tried again, the match is linear.
_ASCII_WORDS_SKIPPED = re.compile(
    rf"(?:[^A-Za-z]*+[A-Za-z]++(?:'[A-Za-z]++)*+){{{TEASER_HEADLINE_MAX_WORDS}}}[^A-Za-z]*+"
)


def nth_word_start(text: str, n: int) -> int | None:
    """Where the word after the first `n` of a text starts (the `n`+1st match of `WORD`), or None.

    Fast path: for an ASCII text and `TEASER_HEADLINE_MAX_WORDS` (what `opens_with_dated_headline`
    asks of every line that opens with a capital and holds a figure), one match skips the `n` words
    and the gap after them, where `finditer` built a match object a word."""
    if n == TEASER_HEADLINE_MAX_WORDS and text.isascii():
        skipped = _ASCII_WORDS_SKIPPED.match(text)
        return skipped.end() if skipped and skipped.end() < len(text) else None
    nth = next(islice(WORD.finditer(text), n, None), None)
    return nth.start() if nth else None


#: A character of Chinese or Japanese (scripts written without spaces between words; Korean puts
#: spaces between its words, which count as words). Its `match` tells a word that opens with one
#: (sorted in C: a hot path).
_CJK = re.compile("[\u3040-\u9fff]")


def _cjk_count(text: str) -> int:
    """Count a text's characters of Chinese or Japanese."""
    return len(_CJK.findall(text))


def spaced_word_count(text: str) -> int:
    """Count a line's words as its spaces part them; a token in Chinese or Japanese (written
    without spaces, so one token may be a whole paragraph) counts a word per two of its
    characters, one at least."""
    if text.isascii() or not _CJK.search(text):
        return len(text.split())  # every token counts one
    return sum(max(1, _cjk_count(token) // 2) for token in text.split())


def word_count(text: str) -> int:
    """Count a text's words: a run of Chinese or Japanese characters (one match of WORD however
    long, the script is written without spaces) counts as a word per two characters."""
    return _count_words(words_of(text), text)


def _count_words(words: list[str], text: str, cjk: bool | None = None) -> int:
    """`word_count` of a text whose matches of WORD are `words` (found once, by a caller that
    reads them too); `cjk`, when the caller knows it, tells whether the text holds a character of
    Chinese or Japanese. A text without one counts a word a match, as an ASCII text does."""
    if cjk is None:
        cjk = not text.isascii() and bool(_CJK.search(text))
    if not cjk:
        return len(words)
    # (`_CJK.match` reads a word's first character: sorted in C, not a call a word)
    return len(list(filterfalse(_CJK.match, words))) + _cjk_count(text) // 2


def line_score(raw: str, removal: Removal | None = None, english: bool = True, continued: bool = False) -> float:
    """Score a line: above zero it looks like article text, below like page chrome. In a text
    that is not English, running text is told by its length and its full stops alone. A line
    the next line continues (it starts in lowercase: a paragraph broken across lines) ends as a
    sentence does."""
    if removal is not None and removal.rule in WEAK_RULES:
        return 0.0
    if is_rule_removal(removal):
        return RULE_SCORE
    text = raw.strip()
    if removal is not None and removal.kind == "metadata":
        return NEUTRAL_SCORE
    if text[:1] == "|" and TABLE_ROW.match(text):  # (a row opens with its bar: most lines are tried no further)
        return _row_score(text, removal, english, continued)
    shape = line_shape(raw)
    if shape.unspaced and shape.words >= PROSE_MIN_WORDS:
        # A paragraph's length in Chinese or Japanese holds no English function words, whatever
        # the page's language: it is told as such a page's paragraphs are. (An English page with a
        # few such paragraphs may read as English once its menus are gone: the test that then
        # applied to them removed them on cleaning the cleaned text again.)
        english = False
    if shape.separators >= MENU_MIN_SEPARATORS:
        return MENU_SCORE
    if shape.linked >= LINKED_MIN_SHARE:
        return FRAGMENT_SCORE if shape.words <= FRAGMENT_MAX_WORDS else TEASER_SCORE
    dateline = DATELINE.match(text)
    if dateline:
        rest = text[dateline.end() :]
        return max(DATELINE_SCORE, line_score(rest, None, english, continued)) if rest else DATELINE_SCORE
    if english and shape.words >= PROSE_MIN_WORDS and shape.lowercase_share < TITLE_CASE_MAX_LOWERCASE_SHARE:
        return TEASER_SCORE  # a headline in Title Case or capitals, even with a full stop
    running = shape.function_share >= PROSE_MIN_FUNCTION_SHARE or not english
    ends = shape.sentence or continued
    # A sentence with a full stop whose words are mostly lowercase is running text even when it
    # holds few function words ("Seven of seven untreated control macaques got sick.").
    sentence = ends and (running or shape.lowercase_share >= SENTENCE_MIN_LOWERCASE_SHARE)
    # Running text ends as sentences do; a line of running words without a full stop is a
    # headline, a teaser or a caption, unless it is as long as a paragraph.
    long_enough = shape.words >= PROSE_MIN_WORDS if ends else shape.words >= PROSE_UNENDED_MIN_WORDS
    if long_enough and (running if english else ends or shape.words >= 2 * PROSE_MIN_WORDS):
        return PROSE_BASE + min(shape.words, PROSE_MAX_WORDS) / PROSE_WORDS_PER_POINT
    if shape.words >= PROSE_MIN_WORDS and sentence:
        return PROSE_BASE + min(shape.words, PROSE_MAX_WORDS) / PROSE_WORDS_PER_POINT
    if removal is not None:  # repeated across the corpus, and not a sentence
        return REPEATED_SCORE
    if shape.data:
        return DATA_SCORE
    if sentence and shape.words >= 2:
        return SHORT_SENTENCE_SCORE
    if shape.words <= FRAGMENT_MAX_WORDS and not shape.sentence:
        return FRAGMENT_SCORE
    if not shape.sentence:
        return TEASER_SCORE
    return NEUTRAL_SCORE


def is_rule_removal(removal: Removal | None) -> bool:
    """Tell a removal by a rule that names the line chrome (scored RULE_SCORE, firm chrome): not a
    line the corpus repeats, nor a weak rule's (a separator), nor metadata."""
    return (
        removal is not None and removal.kind == "boilerplate" and removal.rule not in WEAK_RULES | {"corpus-repeated"}
    )


def is_firm_chrome(raw: str, removal: Removal | None = None) -> bool:
    """Tell a line that is chrome for certain: one a line rule removed, or a menu."""
    if is_rule_removal(removal):
        return True
    text = raw.strip()
    if text[:1] == "|" and TABLE_ROW.match(text):
        return _row_score(text, None, True, False) == MENU_SCORE
    return line_shape(raw).separators >= MENU_MIN_SEPARATORS


#: A bar between two cells of a table's row, escaped or not: reader-mode text escapes the bars
#: inside a layout table's cell ("| World News \| Home |"), and they part a menu's items or a
#: site's name from a title as the row's own bars do (read as one cell's text, "World News \| Home"
#: was taken for a headline on the L3S reader tune part: 2 titles wrong more, 0.929 -> 0.908).
CELL_BAR = re.compile(r"\\?\|")


def row_cells(row: str) -> list[str]:
    """Every cell of a table's row, empty ones too ("|  | Top Stories |": "", "Top Stories"), split
    at its bars (`CELL_BAR`: "| Home \\| News |" holds "Home" and "News")."""
    row = row.strip().lstrip("|").rstrip("\\|")  # a closing escaped bar ("| a \\|") is a bar too
    return [cell.strip() for cell in CELL_BAR.split(row)]


def table_cells(text: str) -> list[str]:
    """The cells of a table row that hold text ("|  | Top Stories |  |" holds one), as reader-mode
    extractors write a page's layout tables; a line that is no row is no cells."""
    if "|" not in text or not TABLE_ROW.match(text.strip()):
        return []  # (most lines hold no bar: not stripped nor tried)
    return [cell for cell in row_cells(text) if cell]


def _row_score(text: str, removal: Removal | None, english: bool, continued: bool) -> float:
    """Score a table row ("| Top Stories |  |", "| Aston Villa | 22 | 11 |"): reader-mode
    extractors write a page's layout tables as rows too. A row of one cell is that cell's text; a
    row of several is data when most cells hold numbers, a menu when they are all short."""
    cells = table_cells(text)
    if not cells:
        return FRAGMENT_SCORE
    if cells[-1].endswith(_CUT_SHORT) and spaced_word_count(" ".join(cells)) <= TEASER_BLURB_MAX_WORDS:
        # Another story's headline and its lead, cut short ("Cup holders out The champions were
        # beaten by..."): a teaser, however much it reads as a sentence. The article's own text in
        # a layout table's cell runs longer (on the tune part: 184-200 words to the teasers' 21-23).
        return min(TEASER_SCORE, _row_score(text.rstrip(" |.…"), removal, english, continued))
    if len(cells) == 1:
        return line_score(cells[0], removal, english, continued)
    best = max(line_score(c, removal, english, continued) for c in cells)
    if best >= PROSE_BASE:  # a layout table's cell holding the article's text
        return best
    if any(_NUMBER_CELL.match(c) for c in cells) or sum(any(ch.isdigit() for ch in c) for c in cells) * 2 >= len(cells):
        return DATA_SCORE
    if all(spaced_word_count(c) <= FRAGMENT_MAX_WORDS + 1 for c in cells):
        return MENU_SCORE
    return best


def is_english(lines: list[str]) -> bool:
    """Tell whether a text's words are English enough for the function-word test of running text.

    Fast path: both layout readings of a page ask it of the page's same non-blank lines (cleaning
    between them removes lines from the reading, not from the page): the second asking is
    answered from the first (`LastReading`: equal lines, the same answer), not summed again over
    every line's shape."""
    return _english_lines(lines)


def _read_english(lines: list[str]) -> bool:
    words = function = 0.0
    for line in lines:
        shape = line_shape(line)
        words += shape.words
        function += shape.function_share * shape.words
    return words > 0 and function >= ENGLISH_MIN_FUNCTION_SHARE * words


_english_lines = LastReading(_read_english)


#: A flattened table's header row: at least this many column names, one to a line, right under
#: the sentence that announces the table with a colon (a rendering that writes each cell of a
#: table on its own line). A button's word or a comment heading among them names a column
#: (readability-page-tune: a four-column table whose last column is named for the remarks on each
#: row, taken for a comment section and a share button). Two names besides it: one label over a
#: button is a button row.
COLUMN_NAMES_MIN = 3


#: A column's name is short: at most this many words, without a sentence's end.
COLUMN_NAME_MAX_WORDS = 6


def column_name_runs(texts: list[str]) -> list[range]:
    """Return the runs of a page's non-blank lines `texts` (by index) that are a table's column
    names: at least COLUMN_NAMES_MIN short lines in a row without a sentence's end
    (`COLUMN_NAME_MAX_WORDS`), right under a sentence of running text (PROSE_MIN_WORDS words or
    more) ending with a colon. One pass over the lines."""

    def is_name(text: str) -> bool:
        text = text.strip()
        return 0 < spaced_word_count(text) <= COLUMN_NAME_MAX_WORDS and not ends_sentence_or_clause(text)

    # Fast path: a run is read only from under an announcing line (one ending with a colon, which
    # no column's name does, `ends_sentence_or_clause`): the lines of most pages are each tested
    # with one `in`, not for a name. The runs are the same: the line above a run of names is never a
    # name itself, so each run under an announcing line is a whole run, and the runs under two such
    # lines never overlap (each line is tested as a name once at most: one pass).
    runs = []
    for a, above in enumerate(texts):
        if ":" not in above:
            continue
        announcing = above.strip()
        if not announcing.endswith(":") or spaced_word_count(announcing) < PROSE_MIN_WORDS:
            continue
        k = a + 1
        while k < len(texts) and is_name(texts[k]):
            k += 1
        if k - (a + 1) >= COLUMN_NAMES_MIN:
            runs.append(range(a + 1, k))
    return runs
