"""Which line of the page is the story's headline, found while cleaning sorts body from chrome:
the line a reader-mode "Title:" header names, a Markdown H1 near the top, a line showing the
headline part of the page's <title> (the <title>'s separators read here, for `titles` and
`titlesite` too), else the line shaped like a headline (`headline_rule`) nearest above the article
whose words the article uses. Also what is never a headline for what it says (`label_or_date`: a
label and its value, a section's name, a date) and a headline written as sentences above its
byline (`sentence_headline`). `titles` judges the pick once the article's paragraphs are known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from itertools import islice

from .dates import date_only, is_stamp
from .lastreading import LastReading
from .layout import read_layout
from .lexicon import HEADING_SMALL_WORDS, in_dictionary
from .linejoins import wrapped_sentence
from .lineshapes import is_code_line, markdown_free, table_cells
from .linetext import MD_HEADING_MARK, content_words, normalise_line, plain_text, word_count
from .model import Field, Removal
from .sentenceends import SENTENCE_BREAK

#: A headline is rarely longer; longer first lines are lead paragraphs (measured on the seeds and
#: the regression corpus: headlines run 4-22 words, first body paragraphs 25+).
HEADLINE_MAX_WORDS = 25
#: A headline written as sentences is recognised by the byline under it, with at most this many
#: lines (a standfirst) between them, and it is shorter than a lead paragraph.
HEADLINE_DECK_LINES = 1
HEADLINE_SENTENCES_MAX_WORDS = 20
#: A headline that ends with a full stop is short: at most this many words (the tune part's one
#: such headline above a stamp has 8); a lead sentence over a byline runs longer ("... officials said.").
HEADLINE_FULL_STOP_MAX_WORDS = 12
#: The removals that mark the article's byline and date stamp, which a headline sits right above;
#: the lines they remove hold the page's own stamps (`stamps` reads its date there: a caption's or a
#: related item's date is removed by other rules).
STAMP_RULES = frozenset({"byline", "date-line", "date-stamp"})
#: The headline sits near the top: look no further than this many non-blank lines (whole-page
#: dumps put up to a dozen lines of banners and menus above it; 112 has nine).
HEADLINE_SEARCH_LINES = 15
#: A headline is a line the article is about: at least this share of its words of four letters
#: or more are in the article's paragraphs. On the real pages' tune part, headlines share 0.4 or
#: more in 86% of pages, menu and section lines above the article less than 0.4 in 88%.
TITLE_MIN_SHARE = 0.4
#: A page title's part is a section or site name when it is this short and shares less than
#: TITLE_LABEL_MAX_SHARE of its words with the article ("Sport", "smh.com.au").
SITE_NAME_MAX_WORDS = 5
TITLE_LABEL_MAX_SHARE = 0.2
#: A Markdown H1 above the article is its headline when the article uses this share of its words
#: (above zero: one word; a figurative headline shares few).
H1_MIN_SHARE = 0.01
#: With fewer words of running text than this, a text is too short to tell what it is about: its
#: first line is its headline when it is shaped like one.
TITLE_MIN_ARTICLE_WORDS = 40
#: A headline that does not stand right above the article has at least this many words of four
#: letters or more (menu items and labels have one or two).
TITLE_MIN_WORDS = 3
#: A standfirst follows its headline within this many lines (a credit or a date may stand between).
TITLE_DECK_MAX_GAP = 4
#: The headline is looked for among this many non-blank lines above the article's first paragraph
#: (byline, date, share bar, caption and a standfirst sit between them on real pages).
TITLE_SEARCH_LINES = 30
#: A part of the page's <title> with too few long words to be told from the site's name ("A new
#: car, a new way") is the headline when the page shows it alone right above the article, within
#: this many non-blank lines above its first paragraph, and it is written as a sentence, with a
#: word in lowercase: a site's name ("CTV Toronto", shown over a photo's caption) has none.
SHORT_TITLE_PART_MAX_LINES_ABOVE = 2


#: A headline in Title Case may end with a full stop ("Here’s What Comes Next."); Title Case means
#: at least this share of the words that are not short function words start with a capital.
TITLE_CASE_MIN_SHARE = 0.8
#: ... and a line ending with one full stop is a headline in Title Case only when all of them do: a
#: word in small letters there is a sentence's ("... Act passed the Senate on Tuesday."). Chosen
#: from the idempotence property's find; the tune pages' headlines ending with "." keep theirs.
TITLE_CASE_FULL_STOP_MIN_SHARE = 1.0
#: A sentence's full stop in the scripts that write one apart from the Latin one: a line ending
#: with it is a sentence ("市议会周二投票决定关闭旧桥。"), as one ending with "." is.
_WIDE_FULL_STOPS = ("。", "．")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to up via vs with".split()
)  # fmt: skip


#: A Markdown heading of the first rank ("# Headline"): the page says it is its headline.
MD_H1 = re.compile(r"^#\s+(?P<text>\S.*?)\s*#*\s*$")


#: A heading is short: a code sample's line taken for a Markdown H1 ("# include <stdio.h>", a C
#: directive whose "#" a page's text turns into a heading's mark) holds at least this many marks,
#: at CODE_MARKS_PER_WORD a word; a headline holds none, or one ("Why A > B").
HEADING_CODE_MIN_MARKS = 2


#: A link to a site's home page or to a section's front page, one word, alone ("[Harbour
#: Notes](https://harbournotes.example/)", "[Blog](/)", "[The Harbour Blog](/blog)"): a heading
#: made of it is the site's or the section's name, a masthead, not the story's headline. A link to
#: the home page's file ("[Harbour Notes](index.html)") is one too.
_HOME_LINK = re.compile(
    r"\[[^\]]*\]\((?:(?:https?:)?//[^/\s)]+)?/?(?:[A-Za-z_]{1,20}/?)?(?:index\.[a-z]{3,5})?(?:\s+\"[^\"]*\")?\)"
)
#: A section's name or a breadcrumb: "FOOTBALL NEWS", "LATEST NEWS > Sport", "MP3 PLAYERS / IPODS",
#: "Latest News → Corrections" (an arrow between spaces joins a trail's steps, never a headline's words).
_SECTION_LABEL = re.compile(r"\s[>/»›→]\s|^[A-Z0-9&\s'’.-]+$")
#: The words of a site's section names and its teaser boxes' labels ("World News", "Top Stories",
#: "Related To Story Other News Video"): a line of these words alone names a part of the site, not
#: a story. In reader-mode text the lede is one long line that uses such words too, so the lede
#: cannot tell such a label from a headline.
_SECTION_LABEL_WORDS = frozenset(
    "news world local national international regional business money sport sports politics opinion opinions "
    "entertainment lifestyle culture arts science health tech technology top stories story latest breaking "
    "headlines home more other related video videos photos pictures gallery galleries features feature today live "
    "weather travel main front page section sections most popular read viewed recent".split()
)  # fmt: skip
#: Words that join a label's words ("News and Views", "More on the Story").
_LABEL_JOINERS = frozenset({"to", "and", "&", "the", "in", "of", "on", "from", "for", "this", "our", "all"})
#: "Location: Newsdesk", "Artist: Cohl, Dusty": a label and its value, not a headline. A review's
#: credits are too ("Director : Jan Roe", "Cast: Ann Lee, Bo Kim"): the work's name stands above.
_LABEL_LINE = re.compile(
    r"^(?:location|artist|author|source|filed|posted|tags?|category|section|topics?|venue|credit|photo|date|"
    r"dateline|keywords|related|contact|cast|director|starring|producer|writer|screenplay)\s*:\s",
    re.I,
)
#: "More World news", "More Sports stories": a link to a section's other stories.
#: A section's name is one or two capitalised words: "More stories emerge of ..." is a headline.
_MORE_SECTION_NEWS = re.compile(r"^\s*(?i:More)\s+(?:[A-Z][\w&'’-]*\s+){1,2}(?i:news|stories|headlines)\b")
#: A line showing a part of the page's <title> is at most this many characters longer (its
#: markup and spacing).
SHOWN_EXTRA_CHARS = 20
#: What a page's <title> joins its parts with: "Headline - Section - Site", "Headline | Site",
#: "Headline _English_Xinhua", "Home > World > Headline". This is the headline's reading of a
#: <title>'s parts (here and `titles`); the site's (SITE_TITLE_SEPARATOR) also cuts at a long dash,
#: a double hyphen and a colon, "Headline – Site", "Site: Headline": in a headline they are its
#: own ("CES: iSleep to iDream", "Data Breach — Here's What To Do", "Remembering X -- By Y").
TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+(?:[-|/>»«:]|::)\s+|(?:(?<!\s)\s+|)\|\s*|(?<!\s)\s+_|_(?=[A-Z])")
#: The site's reading of a <title> (see TITLE_SEPARATOR): "Site: Headline", "Headline – Site",
#: "FT.com / Home UK / UK - Headline". A line the page shows alone may be any part of either reading.
SITE_TITLE_SEPARATOR = re.compile(rf"{TITLE_SEPARATOR.pattern}|(?<!\s)\s+(?:[–—]|--)\s+|:\s+|(?<!\s)\s+:\s*")
#: A <title> cut at its long dashes but not at its colons: "Headline: Its Subject — Site" shows
#: "Headline: Its Subject" alone, a part neither the headline's reading nor the site's gives.
DASH_TITLE_SEPARATOR = re.compile(rf"{TITLE_SEPARATOR.pattern}|(?<!\s)\s+(?:[–—]|--)\s+")


def label_or_date(text: str) -> bool:
    """Tell a line that is never a headline for what it says: a label and its value ("Location: The
    Press Association Newsdesk"), a section's name ("FOOTBALL NEWS", "NATIONAL > General"), a link
    to a section's other stories run into one of them ("More World news Judges allow video"), a
    line opening with a word of the dictionary in small letters ("cast list Jane Roe John Doe": a
    headline opens with a capital, or with a brand's small letter, "iPhone", "eBay"; a small word,
    "in Technology", "by Jane Roe", opens a label other rules read), a date."""
    first, after = ([*text.split(maxsplit=1), "", ""])[:2]
    return (
        bool(_LABEL_LINE.match(text) or _SECTION_LABEL.search(text) or _MORE_SECTION_NEWS.match(text))
        or (
            first.isalpha()
            and first.islower()
            and not after[:1].isupper()  # a surname's particle: "van Gogh ...", "bin Laden ..."
            and first not in HEADING_SMALL_WORDS
            and in_dictionary(first)
        )
        or section_label(text)
        or date_only(text)
        or is_stamp(text)
    )


#: A Markdown line of links and nothing else, two or more ("[Site home](/en-us) [News](/en-us/news/)"):
#: a bar of the site's sections, whatever it is set as (a first-rank heading, on a portal).
_LINKS_ONLY = re.compile(r"(?:\[[^\[\]]*+\]\([^()\s]*+(?:\s+\"[^\"]*+\")?\)\s*+){2,}")


def is_home_link(text: str) -> bool:
    """Tell a Markdown line that is one link to a site's home page: the site's name, a masthead; or
    a bar of links alone (`_LINKS_ONLY`), the site's name among its sections."""
    text = text.strip()
    return bool(_HOME_LINK.fullmatch(text) or _LINKS_ONLY.fullmatch(text))


def section_label(text: str) -> bool:
    """Tell a line made of a site's section and teaser-box words alone ("World News", "Top
    Stories", "Related To Story Other News Video"), which names no story."""
    # Read word by word, stopping at the first word neither a label's nor a joiner's: the answer is
    # then no whatever follows (every word must be one), so a paragraph is not lowercased whole.
    labelled = False
    for m in _LABEL_WORD.finditer(text):
        word = m.group().lower()
        if word in _SECTION_LABEL_WORDS:
            labelled = True
        elif word not in _LABEL_JOINERS:
            return False
    return labelled


#: A word of a section label (`section_label`), or an ampersand.
_LABEL_WORD = re.compile(r"[^\W\d_]+|&")


#: A heading over a story's summary in points ("Story highlights", "Key points", "In brief"), which
#: a news site sets between its headline and its story and a scraper writes one point a line, with
#: no bullet: the vocabulary of that box ("Highlights" alone is not: a sports site's menu names its
#: match videos so, over the story's headline). The points sum the story up in its words, so the search
#: for the line the article is about nearest above it would take one for the headline.
_HIGHLIGHTS_HEADING = re.compile(
    r"^\W{0,3}(?:story\s+highlights|key\s+points|key\s+takeaways|in\s+brief|at\s+a\s+glance|"
    r"what\s+you\s+need\s+to\s+know)\W{0,3}$",
    re.I,
)
#: A summary in points holds at most this many (a news site's box holds three or four); its
#: heading, marks and spaces around it, at most this many characters (a quick test before its words).
HIGHLIGHTS_MAX_POINTS = 5
HIGHLIGHTS_HEADING_MAX_CHARS = 40


def highlight_lines(lines: list[str]) -> AbstractSet[int]:
    """Return the numbers of the lines of a box of a story's highlights: its heading
    (`_HIGHLIGHTS_HEADING`) and the points under it, at most HIGHLIGHTS_MAX_POINTS lines with words,
    up to the first longer than a headline (the story's first paragraph). Neither the heading nor a
    point is the story's headline, however much of the story a point sums up. Read once a page
    (cleaning's headline and metadata's title both ask): the set is shared, never to be changed."""
    return _highlight_lines(lines)


def _read_highlight_lines(lines: list[str]) -> AbstractSet[int]:
    # (A set, not a frozenset: the title's reader adds the points to its removals in the order the
    # set iterates, which a copy into a frozenset may change.)
    found: set[int] = set()
    for n, text in enumerate(lines, 1):
        if len(text) > HIGHLIGHTS_HEADING_MAX_CHARS or not _HIGHLIGHTS_HEADING.match(plain_text(text).strip()):
            continue
        found.add(n)
        points = (k for k in range(n + 1, len(lines) + 1) if lines[k - 1].strip())
        for k in islice(points, HIGHLIGHTS_MAX_POINTS):
            if word_count(lines[k - 1]) > HEADLINE_MAX_WORDS:
                break
            found.add(k)
    return found


_highlight_lines = LastReading(_read_highlight_lines)


#: A line standing alone on at least this many lines of one text is a label its parts repeat (a
#: recurring subheading, "The official account" over each claim of a guide), never its headline: a
#: whole page shows its headline at most four times on the tune part's read half (its <title>, its
#: heading, a breadcrumb, a list of stories), a reader-mode text at most twice.
RECURRING_LINE_MIN = 5
#: (Only lines as short as a headline's are read: a longer line is no candidate.)
RECURRING_LINE_MAX_CHARS = 300


def recurring_lines(lines: list[str]) -> AbstractSet[int]:
    """Return the numbers of the lines whose words (`normalise_line`) stand alone on at least
    RECURRING_LINE_MIN lines of the text. Read once a page, as `highlight_lines` is (cleaning's
    headline and metadata's title both ask): the set is shared, never to be changed."""
    return _recurring_lines(lines)


def _read_recurring_lines(lines: list[str]) -> AbstractSet[int]:
    keys = [normalise_line(t) if len(t) <= RECURRING_LINE_MAX_CHARS else "" for t in lines]
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    return {n for n, key in enumerate(keys, 1) if key and counts[key] >= RECURRING_LINE_MIN}


_recurring_lines = LastReading(_read_recurring_lines)


#: A line opening with these is a list item, a quotation or an attribution ("— John McCain
#: (@SenJohnMcCain) September 30, 2015" under an embedded post): never a headline.
LIST_OPENERS = ("-", "*", ">", "—", "–")


def find_headline(lines: list[str], removed: Mapping[int, Removal]) -> Field:
    """Return the headline: the line a reader-mode header names, a Markdown H1 near the top, else
    the line shaped like a headline nearest above the article whose words the article uses.

    A headline is a line the article is about: at least TITLE_MIN_SHARE of its words of four
    letters or more are in the article's paragraphs. Menus, section labels, teasers of other
    stories and the site's slogan are not, and when no line qualifies there is no headline."""
    top = list(islice((n for n, t in enumerate(lines, 1) if t.strip()), HEADLINE_SEARCH_LINES))
    wanted = next((_reader_mode_title(lines[n - 1]) for n in top if removed.get(n) and removed[n].rule == "reader-mode-header"
                   and _reader_mode_title(lines[n - 1])), None)  # fmt: skip
    if wanted:
        for n in top:
            if n not in removed and normalise_line(plain_text(lines[n - 1])) == normalise_line(wanted):
                return Field(plain_text(lines[n - 1]), n, "reader-mode-title")
    for n in top:
        m = MD_H1.match(lines[n - 1])
        if (
            m
            and n not in removed
            and not is_home_link(m.group("text"))
            and not is_code_line(m.group("text"), HEADING_CODE_MIN_MARKS)
        ):
            return Field(m.group("text").strip(), n, "markdown-h1")
    layout = read_layout(lines, dict(removed))
    paragraphs = [n for n in layout.article if n not in removed and n in layout.prose]
    # A whole page's text opens with its <title>: "Headline - Section - Site". The first line
    # that repeats its headline part (the part with words of its own, not a section's or the
    # site's name) is the headline shown on the page.
    opening = next((n for n, t in enumerate(lines, 1) if t.strip()), 0)
    title_parts = page_title_parts(lines)
    parts = {p for p in title_parts if len(content_words(p)) >= TITLE_MIN_WORDS - 1}
    sites = title_site_parts(lines, paragraphs) if title_parts else set()
    parts -= sites
    later = range(opening + 1, len(lines) + 1) if parts else range(0)
    longest = max(map(len, parts), default=0) + SHOWN_EXTRA_CHARS  # a paragraph shows no part alone
    runs = _parts_and_sites(lines[opening - 1], parts) if parts else []

    def shows(text: str) -> str | None:
        """The headline part a line shows alone, or run into the site's name; else None."""
        if len(text) <= longest and normalise_line(text) in parts:
            return text.strip()
        return _shown_with_site(text, runs)

    shown = next(((n, value) for n in later if n not in removed and (value := shows(lines[n - 1]))), None)
    if shown is not None and (not paragraphs or shown[0] < paragraphs[0]):
        return Field(shown[1], shown[0], "page-title-shown")
    # (Right above the article, a part cut at a long dash shows the headline too: "Headline — Site"
    # shows "Headline" there. Not at a colon: "Blog Name: Headline" shows the blog's name over its
    # description, and that may pass for the article's first paragraph.)
    over = (title_parts | page_title_parts(lines, DASH_TITLE_SEPARATOR)) - sites
    short = _title_part_over_article(lines, removed, paragraphs[0], over, opening) if paragraphs else None
    if short is not None:
        return Field(lines[short - 1].strip(), short, "page-title-shown-over-article")
    points = highlight_lines(lines) | recurring_lines(lines)
    if sum(word_count(lines[n - 1]) for n in paragraphs) < TITLE_MIN_ARTICLE_WORDS:
        return _first_line_headline(lines, removed, top, points)  # too little text to tell what it is about
    first = paragraphs[0]
    body: set[str] = set()
    for n in paragraphs:
        body |= content_words(lines[n - 1])
    candidates = [n for n in range(first - 1, 0, -1) if lines[n - 1].strip() and n not in removed]

    def headline(i: int) -> Field | None:
        n = candidates[i]
        if n in points:
            return None  # a story's highlights sum it up under its headline
        text = lines[n - 1].strip()
        cells = table_cells(text) if text.startswith("|") else [text]
        if len(cells) != 1 or cells[0].startswith(LIST_OPENERS):
            return None
        text = cells[0]  # a headline in a layout table's cell, as reader mode writes it
        if "](" in text or "*" in text or text.startswith("#"):  # Markdown: as a reader sees it
            if is_home_link(MD_HEADING_MARK.sub("", text)):
                return None  # the site's name, linking to its home page
            text = markdown_free(text)
        if _wraps(lines, n):
            return None  # a paragraph's first line, wrapped ("... in" / "1998 and ...")
        rule = headline_rule(text) or ("headline-above-byline" if sentence_headline(lines, removed, n) else None)
        title = _title_part(text, body) if rule else ""
        words = content_words(title)
        # A name or a label of one or two words shares them easily ("CTV Toronto", "West Brom",
        # "Football shirts"): a headline says more, the more so far from the article.
        near = i == 0 or first - n <= TITLE_DECK_MAX_GAP + 1
        # A Markdown H1 is the page's own heading: the lede need only use one of its words ("Sandy's
        # toll may deal knockout blow to budget" over a story of the storm's cost to the budget).
        wanted = H1_MIN_SHARE if MD_H1.match(lines[n - 1]) else TITLE_MIN_SHARE
        if not title or share(title, body) < wanted or len(words) < TITLE_MIN_WORDS - near:
            return None
        if label_or_date(title):
            return None
        return Field(title, n, rule if title == text else "page-title")

    searched = range(min(len(candidates), TITLE_SEARCH_LINES))
    for i in searched:
        found = headline(i)
        if found and MD_H1.match(lines[found.line - 1]):
            return found  # the page's own heading: no line above it is a headline it decks
        heading = _heading_above(candidates, i, searched, lines, headline) if found else None
        if heading:
            return heading
        if found:
            # A standfirst sits right under its headline, and the article uses its words too:
            # the line right above it, when it qualifies as well, is the headline.
            adjacent = i + 1 < len(candidates) and candidates[i] - candidates[i + 1] <= TITLE_DECK_MAX_GAP
            above = headline(i + 1) if adjacent else None
            if above is None and _LABEL_LINE.match(plain_text(lines[found.line - 1]).strip("| ")):
                continue  # a label's value is no headline ("Director : Jan Roe" gives no "Jan Roe")
            return above or found
    # The text's first line right above the byline or the date stamp is the headline even when
    # the article words it otherwise ("The Last Word?" over "By Jane Roe -- Weekly, 1/21/2008").
    opener = _first_line_headline(lines, removed, top, points)
    return opener if opener.line is not None and over_stamp(lines, removed, opener.line) else Field()


def _heading_above(
    candidates: list[int], i: int, searched: range, lines: list[str], headline: Callable[[int], Field | None]
) -> Field | None:
    """Return the page's first-rank Markdown heading above candidate `i` (among the `searched`
    ones) that qualifies as the headline too: a Markdown page says which line is its headline, and
    a line between it and the story is a photo's or a gallery's title, a standfirst or a box."""
    for j in searched[i + 1 :]:
        if MD_H1.match(lines[candidates[j] - 1]):
            return headline(j)
    return None


#: A word in lowercase letters: a line written as a sentence, not a name.
_LOWERCASE_WORD = re.compile(r"(?<![\w'’])[a-z]{2,}\b")


#: A line that shows the headline part of the page's <title> and the site's name after it, as the
#: <title> joins them, may end with at most this many words more (the post's day, "Jul 26").
SHOWN_AND_SITE_MAX_EXTRA_WORDS = 3


def _parts_and_sites(title: str, parts: set[str]) -> list[tuple[str, str, set[str]]]:
    """For each part of the page's <title> (`title`, its first line) that is a headline part (in
    `parts`), the part, its normalised key and the normalised names of the other parts (the
    site's): read once a page, for `_shown_with_site` on each of its lines."""
    raw = [p.strip() for p in TITLE_SEPARATOR.split(title)]
    names = {normalise_line(p) for p in raw} - {""}
    return [(p, key, names - {key}) for p in raw if (key := normalise_line(p)) in parts]


def _shown_with_site(text: str, runs: list[tuple[str, str, set[str]]]) -> str | None:
    """Return the headline part of the page's <title> (see `_parts_and_sites`) that a line shows
    run into another part, the site's name, and at most SHOWN_AND_SITE_MAX_EXTRA_WORDS words more
    ("Headline Site Jul 26": a blog post's head with the blog's name and the day on one line, no
    separator between them); else None."""
    text = text.strip()
    for part, key, sites in runs:
        if not text.startswith(part) or TITLE_SEPARATOR.match(text, len(part)):
            continue  # the <title>'s parts shown as it joins them ("Headline - Subtitle"): not run together
        line = normalise_line(text)
        rest = line[len(key) + 1 :] if line.startswith(key + " ") else ""
        for site in sites if rest else ():
            if (
                rest == site
                or rest.startswith(site + " ")
                and word_count(rest[len(site) :]) <= SHOWN_AND_SITE_MAX_EXTRA_WORDS
            ):
                return part
    return None


def _title_part_over_article(
    lines: list[str], removed: Mapping[int, Removal], first: int, parts: set[str], opening: int
) -> int | None:
    """Return the line right above paragraph `first` (SHORT_TITLE_PART_MAX_LINES_ABOVE), under the
    page's first line `opening`, that shows one of the <title>'s `parts` alone, however few its long
    words: its place says it is the headline."""
    above = [n for n in range(first - 1, opening, -1) if lines[n - 1].strip()][:SHORT_TITLE_PART_MAX_LINES_ABOVE]
    return next(
        (
            n
            for n in above
            if n not in removed and normalise_line(lines[n - 1]) in parts and _LOWERCASE_WORD.search(lines[n - 1])
        ),
        None,
    )


def page_title_parts(lines: list[str], separator: re.Pattern[str] = TITLE_SEPARATOR) -> set[str]:
    """The parts of a page's first line, normalised, when it is shaped like a title: a whole page's
    text opens with its <title> ("Headline - Section - Site"), and the headline shown on the page
    repeats one of them. The parts as the headline's reading cuts them, or as `separator` does."""
    opening = next((t for t in lines if t.strip()), "")
    if opening.lstrip().startswith(LIST_OPENERS) or not headline_rule(opening):
        return set()  # a quotation or a list item opens no page with its <title>
    return {normalise_line(p) for p in separator.split(opening) if word_count(p) >= 2}


def _first_line_headline(
    lines: list[str], removed: Mapping[int, Removal], top: list[int], points: AbstractSet[int] = frozenset()
) -> Field:
    """Return the first line when it is shaped like a headline (a text too short to judge by), not
    a box of the story's highlights (`points`, `highlight_lines`)."""
    first = next((n for n in top if n not in removed), None)
    if first is None or first in points or lines[first - 1].lstrip().startswith(("#", "|", *LIST_OPENERS)):
        return Field()
    text = lines[first - 1].strip()
    if len(content_words(text)) < 2 or label_or_date(text):
        return Field()  # "World News", "NATIONAL > General", "Friday, January 11, 2008"
    if _wraps(lines, first):
        return Field()  # a paragraph's first line, wrapped: no headline
    rule = headline_rule(lines[first - 1])
    if rule:
        return Field(lines[first - 1].strip(), first, rule)
    if sentence_headline(lines, removed, first):
        return Field(lines[first - 1].strip(), first, "headline-above-byline")
    return Field()


def _wraps(lines: list[str], n: int) -> bool:
    """Tell line n of a paragraph wrapped over lines (`wrapped_sentence`): the next non-blank line
    carries its sentence on, or it carries on the sentence of the one above."""
    # (Indexes, not slices: the headline's search asks it of every line above the article.)
    under = next((lines[k] for k in range(n, len(lines)) if lines[k].strip()), "")
    above = next((lines[k] for k in range(n - 2, -1, -1) if lines[k].strip()), "")
    return wrapped_sentence(lines[n - 1], under) or bool(above) and wrapped_sentence(above, lines[n - 1])


def _title_part(text: str, body: set[str]) -> str:
    """Return a headline line without the section and site names a page's title joins to it
    ("Covic turns up heat on Schwarzer - Football - Sport - smh.com.au"): short parts at either
    end whose words the article does not use go."""
    parts = TITLE_SEPARATOR.split(text)
    if len(parts) < 2:
        return text
    seps = TITLE_SEPARATOR.findall(text)
    start, end = _headline_parts(parts, body)
    joined = parts[start] + "".join(
        sep + part for sep, part in zip(seps[start : end - 1], parts[start + 1 : end], strict=True)
    )
    return joined.strip()


def _headline_parts(parts: list[str], body: set[str]) -> tuple[int, int]:
    """Return the slice of a title's parts that holds its headline: the labels (`_is_label`) and
    the site's names at either end go, never the last part left. A site's name is shaped like a
    masthead ("The Harbour Times", `outletnames.masthead_shaped`) whatever words of it the article
    uses: a local paper is named after the town its stories are about."""
    from .outletnames import masthead_shaped  # outletnames reads the page's head, which reads headlines

    def cut(part: str) -> bool:
        return _is_label(part, body) or masthead_shaped(part.strip())

    start, end = 0, len(parts)
    while end - start > 1 and cut(parts[end - 1]):
        end -= 1
    while end - start > 1 and cut(parts[start]):
        start += 1
    return start, end


def title_site_parts(lines: list[str], paragraphs: Iterable[int]) -> set[str]:
    """Return the parts of a page's <title> (its first line), normalised, that `_title_part` cuts
    from its headline as the site's or a section's name, the article being the lines `paragraphs`:
    one shaped like a masthead, or any when the headline left has TITLE_MIN_WORDS long words or more
    (of two short parts, which one is the headline the words do not tell). Shown alone, such a part
    is the masthead, not the headline the page repeats ("The Valley Times" under "Headline | The
    Valley Times")."""
    from .outletnames import masthead_shaped

    parts = [p.strip() for p in TITLE_SEPARATOR.split(next((t for t in lines if t.strip()), ""))]
    if len(parts) < 2:
        return set()
    body: set[str] = set()
    for n in paragraphs:
        body |= content_words(lines[n - 1])
    start, end = _headline_parts(parts, body)
    cut = parts[:start] + parts[end:]
    sure = len(content_words(" ".join(parts[start:end]))) >= TITLE_MIN_WORDS
    return {normalise_line(p) for p in cut if sure or masthead_shaped(p)}


def _is_label(part: str, body: set[str]) -> bool:
    """Tell a section's or a site's name joined to a headline: short, and the article hardly uses its words."""
    # A part of words of the dictionary in small letters is the headline's ("... rival - report"):
    # a section's or a site's name is capitalised, or an address ("smh.com.au").
    lower = part.strip().islower() and all(in_dictionary(w) for w in part.split())
    return word_count(part) <= SITE_NAME_MAX_WORDS and share(part, body) < TITLE_LABEL_MAX_SHARE and not lower


def share(text: str, body: set[str]) -> float:
    words = content_words(text)
    return len(words & body) / len(words) if words else 0.0


def sentence_headline(lines: list[str], removed: Mapping[int, Removal], n: int) -> bool:
    """Tell a headline written as sentences ("X is going to prison. Now what?"): it sits right
    above the byline and date, with at most a standfirst between them; a lead paragraph ends with
    a full stop and does not. One sentence with its full stop that opens the text right above the
    stamp is a headline too ("Acme updates its servers, doubles speed." / "- 9th January 2008"):
    a lead paragraph comes under the byline, not above it (a caption may: it opens no text)."""
    if _page_fact(lines[n - 1].strip()):
        return False
    following = [k for k, t in enumerate(lines[n:], n + 1) if t.strip()][: HEADLINE_DECK_LINES + 1]
    byline = next((k for k in following if removed.get(k) and removed[k].rule in STAMP_RULES), None)
    text, words = lines[n - 1].strip(), word_count(lines[n - 1])
    opens = not any(t.strip() for t in lines[: n - 1])
    one_sentence = (
        opens
        and byline is not None
        and byline == following[0]
        and words <= HEADLINE_FULL_STOP_MAX_WORDS
        and not SENTENCE_BREAK.search(text)
    )
    return bool(
        byline
        and 2 <= words <= HEADLINE_SENTENCES_MAX_WORDS
        and not text.endswith((",", ";", ":"))
        and (not text.endswith(".") or one_sentence)
        and all(k in removed or k == n or headline_rule(lines[k - 1]) for k in range(n, byline) if lines[k - 1].strip())
    )


def over_stamp(lines: list[str], removed: Mapping[int, Removal], n: int) -> bool:
    """Tell a line right above the byline or the publication stamp (the next line that is not
    blank). A bare date is not enough: a page shows the day's date under its masthead."""
    below = next((k for k, t in enumerate(lines[n:], n + 1) if t.strip()), None)
    return below is not None and below in removed and removed[below].rule in ("byline", "date-stamp")


#: A line stating who publishes the page ("Published by the Harbour Press", "A publication of
#: Harbour Media"): the imprint's words, never a story's headline, whatever words of it the story uses.
_IMPRINT_OPENER = re.compile(r"^(?:published\s+by|a\s+publication\s+(?:of|by))\s", re.I)
#: A label and a web address ("URL: https://...", "Source: http://..."): where the page lives, no
#: headline, even when the address is broken by a space or a tag the metadata's url reading refuses.
_ADDRESS_LINE = re.compile(r"^[^\W\d_][\w ]{0,24}:\s*https?://", re.I)


#: A list of a story's keywords or tags, a scraper's line of its meta keywords ("Council, bridge,
#: repairs, Harbourtown"): at least this many items between commas, each of at most
#: KEYWORD_MAX_WORDS words. A headline's commas part clauses ("Sally Ride, the first US woman in
#: space, dies aged 61"): no gold headline of the tune part's read half has three commas.
KEYWORDS_MIN_ITEMS = 4
KEYWORD_MAX_WORDS = 2


def _page_fact(text: str) -> bool:
    """Tell a line that states a fact of the page (its publisher, its address, its keywords), never
    its headline."""
    if _IMPRINT_OPENER.match(text) or _ADDRESS_LINE.match(text):
        return True
    items = text.split(",")
    return len(items) >= KEYWORDS_MIN_ITEMS and all(1 <= word_count(item) <= KEYWORD_MAX_WORDS for item in items)


def headline_rule(text: str) -> str | None:
    """Name the shape that makes a line a headline, or None."""
    text = text.strip()
    words = word_count(text)
    if not 2 <= words <= HEADLINE_MAX_WORDS or _page_fact(text):
        return None
    if text.endswith(_WIDE_FULL_STOPS):
        return None
    if not text.endswith((".", ",", ";", ":")) and not SENTENCE_BREAK.search(text):
        return "first-line-headline"
    # A teaser cut with "..." ends no sentence, nor does a <title> whose site's name ends with a
    # stop ("How X covered Y | Poynter."): the looser share holds for them.
    whole = text.endswith(".") and not text.endswith("..") and not TITLE_SEPARATOR.search(text)
    share = TITLE_CASE_FULL_STOP_MIN_SHARE if whole else TITLE_CASE_MIN_SHARE
    if not text.endswith((",", ";", ":")) and _is_title_case(text, share):
        return "title-case-headline"
    return None


def _reader_mode_title(text: str) -> str | None:
    """Return the page title a reader-mode header gives ("Title: Headline | Site"), without the site."""
    m = re.match(r"^title\s*:\s*(?P<title>.+?)\s*$", text.strip(), re.I)
    if not m:
        return None
    return re.split(r"\s+[|–—]\s+|\s+-\s+(?=[^-]{2,60}$)", m.group("title"))[0].strip() or None


def _is_title_case(text: str, share: float = TITLE_CASE_MIN_SHARE) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= share * len(words)
