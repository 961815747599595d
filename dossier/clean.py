"""Decide, line by line, what is article body; record every removed line with its rule.

Cleaning only removes lines: it never rewrites, merges or reorders what it keeps. The stages run
in this order, each a pure function of the lines and the removals found so far:

1. line rules (``data/boilerplate.yml`` plus the user's, see `dossier.rules`): one line at a
   time, on the line as written and again with its Markdown (links, emphasis, heading marks)
   taken off;
2. corpus repetition: a short line found in many sources of the same corpus is site chrome;
3. list sections: a heading such as "Related:" or "### Sources:" and the list under it;
4. image blocks: a short label line right above a photo caption;
5. author boxes: the name line above an "About X 12 Articles" box and the bio under it;
6. date lines: a line that holds nothing but a date, or a date stamp, is metadata;
7. menus: three or more list items that are each a bare short link, and a run of one- and
   two-word lines above the headline;
8. bare bylines: a line of names only (or a name and a role), next to the date stamp at the head,
   and the desk line under a byline ("Health Correspondent", "BBC News, Oslo");
9. the masthead: short lines among the navigation at the top of the page (site name, city,
   weather), a short top line that the page's footer names again (the site name), and a
   one-word label right above the headline;
10. the headline: the line a reader-mode "Title:" header names, a Markdown H1, or the first
    remaining line shaped like a headline (or in Title Case);
11. section blocks: the short teaser or contact lines right under a "Most Read", "Trending on X",
    "Media contact:" or newsletter heading that a line rule removed;
12. "About <name>" sections closing a press release, when the paragraph names the same company;
13. author bios: closing lines that introduce the bylined author ("Jane Roe is a reporter ...");
14. the headline repeated at the foot of the page;
15. trailing blocks: a lone line between two appeals in the run that closes the page.

A run of short lines after the last paragraph is *not* removed for being short: fact boxes,
timelines and results lists look the same as widgets, and body text is never traded for chrome.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice

from .dates import STAMP_MAX_WORDS, date_only, find_dates, is_stamp
from .gazetteer import is_place
from .layout import apply_layout, read_layout
from .lexicon import HEADING_SMALL_WORDS, in_dictionary
from .linejoins import runs_on, wrapped_sentence
from .lineshapes import WEAK_RULES, column_name_runs, is_code_line, markdown_free, table_cells
from .linetext import MD_HEADING_MARK, content_words, normalise_line, plain_text, word_count
from .model import Field, Line, Removal
from .rules import Rule, default_rules, rule_matcher
from .sentenceends import ENDS_SENTENCE_OR_ELLIPSIS, SENTENCE_BREAK

#: A date line ("Saturday, 5 September 2015, 10:32 GMT") is never longer than this.
DATE_LINE_MAX_WORDS = 12
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
#: A site slogan or section label above the headline ("Independent journalism since 1911", "LOCAL
#: NEWS") is shaped like a headline but shares few of its words with the article's paragraphs: under
#: this share, when the line below it shares at least HEADLINE_MIN_SHARE and twice as much. On the
#: seeds and the tune corpus headlines share 0.40-1.00 (0.14 for an aggregator's bullets), slogans
#: and labels 0.00-0.33.
SLOGAN_MAX_SHARE = 0.4
HEADLINE_MIN_SHARE = 0.5
#: A line repeated in at least this many sources is site chrome ("Share this article")...
CORPUS_REPEAT_MIN_SOURCES = 3
#: ...but only when it is short: wire copy repeats whole body paragraphs across outlets...
CORPUS_REPEAT_MAX_WORDS = 12
#: ...and one-sentence paragraphs: a repeated line ending like a sentence is chrome only when it
#: is a word or three ("Read more.", "Thank you!").
CORPUS_REPEAT_SENTENCE_MAX_WORDS = 3
#: A line of a paragraph wrapped over several lines is not chrome however often it repeats (wire
#: copy, wrapped alike in several sources) when it holds at least this many words.
CORPUS_REPEAT_WRAPPED_MIN_WORDS = 6
#: An image label above a caption is a word or three ("Putin"), never a headline.
IMAGE_LABEL_MAX_WORDS = 3
#: Teaser headlines under a "Related" heading are short and carry no final full stop.
TEASER_MAX_WORDS = 22
TEASER_MAX_LINES = 12
#: A bio under an author box is a sentence or two, in a line or two (on a real page the article
#: itself followed a "View all articles by" link, and all of it was taken for a bio).
BIO_MAX_WORDS = 80
BIO_MAX_LINES = 2
#: A bio that introduces the bylined author closes the page: look only at the last few lines.
BIO_LAST_LINES = 3
#: Inside the closing run of appeals, a line between two removed lines is part of the run when
#: it is no longer than this (longer lines are treated as body and end the run).
TRAILING_GAP_MAX_WORDS = 50
#: Rules whose lines come in runs that close a page; the trailing-block stage sweeps inside them.
BLOCK_RULES = frozenset(
    {"donation", "subscription", "share", "author-box", "comment-policy", "consent-notice",
     "legal-footer", "related", "related-list", "contact-line", "tag-list", "disclaimer",
     "link-list", "about-boilerplate", "section-block"}
)  # fmt: skip
#: Appeals to the reader: a lone line between two of them in the closing run is part of the appeal.
APPEAL_RULES = frozenset({"donation", "subscription", "comment-policy", "author-box", "consent-notice"})
#: The masthead: the site name, city and weather lines that sit among the navigation above the
#: headline are a few words each; a headline is longer (4-22 words, see HEADLINE_MAX_WORDS), and
#: the few short headlines never sit below navigation *and* above more navigation.
MASTHEAD_MAX_WORDS = 5
#: ...and come in runs of one to three lines (site name; city + temperature) in every layout seen.
MASTHEAD_MAX_RUN = 3
#: Only these rules mark the chrome *above* a headline; share bars, captions and ads sit below it,
#: so a short line above them may be the headline itself.
MASTHEAD_BELOW_RULES = frozenset({"navigation", "consent-notice", "image-chrome", "link-list", "reader-mode-header"})
#: A link menu is at least this many consecutive list items that are each a bare link...
LINK_MENU_MIN_ITEMS = 3
#: ...whose link texts are this short ("News", "Races", "Personal Finance").
LINK_MENU_MAX_WORDS = 4
#: A heading that a line rule removed ("Most Read from Bloomberg", "Media contact:") is short.
SECTION_HEAD_MAX_WORDS = 8
#: Rules whose heading can carry a block of short lines right under it: teasers, a contact's name,
#: organisation, phone and e-mail, a newsletter box's strapline.
SECTION_HEAD_RULES = frozenset({"related", "contact-line", "subscription"})
#: A contact's card under a "Media contact:" heading holds a name, an organisation, a phone, an
#: e-mail or an address, a line each: at most this many words. A longer line is no part of the
#: card but the page's headline or deck (session 44 audit: the 441 lines the block removed rightly
#: under a contact heading, on 76 tune sites, held at most 7 words; the two it lost held 12).
CONTACT_BLOCK_MAX_WORDS = 10
#: A sentence of this many words ends the head of the page, where bylines stand.
HEAD_PROSE_WORDS = 20
#: A bare byline names at most this many people.
BYLINE_MAX_NAMES = 3
#: A vertical menu above the headline is a run of at least HEAD_MENU_MIN_LINES lines of at most
#: HEAD_MENU_MAX_WORDS words ("News", "Opinion", "Watch Live", "72°"). Headlines are longer: the
#: shortest in the seeds and the regression corpus has 7 words.
HEAD_MENU_MIN_LINES = 3
HEAD_MENU_MAX_WORDS = 2
#: The desk line under a byline ("Health Correspondent", "BBC News, Oslo") is a few words.
DESK_LINE_MAX_WORDS = 6
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

_LIST_SECTION = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?P<name>sources?|references|citations|external links|related|related (?:articles|stories|"
    r"events|posts|links|coverage)|see also|more on this( story)?|changes|revisions|version history|"
    r"further reading|urls in this (?:post|article)|links in this (?:post|article))\s*:?\s*$",
    re.I,
)
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*+•]|\[\d+\])\s+\S")


def is_list_item(text: str) -> bool:
    """Tell a line opened by a list's mark: "- ", "* ", "+ ", "• ", "1. ", "[1] "."""
    return bool(_LIST_ITEM.match(text))


_LINK_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*+•])\s+\[(?P<text>[^\]]+)\]\([^)]*\)\s*$")
_COMPANY_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|LLC|PLC|GmbH|AG|S\.A|N\.V)\.$")
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|al|bin|la|le)){1,3}"
#: "March 5, 2024 by Jane Doe": a theme's stamp that ends with the byline.
_STAMP_THEN_BYLINE = re.compile(rf"^(?P<stamp>.{{6,60}}?)\s+(?:by|By|BY)\s+{_NAME}$")
_COUNTER = re.compile(r"^[\d.,]+\s*[kKmM]?$")
_NAMES_ONLY = re.compile(rf"^{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,{BYLINE_MAX_NAMES - 1}}}$")
_ROLE = (
    r"(?i:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|analyst|"
    r"critic|chief|bureau chief|staff writer|staff)"
)
#: "Richard Partington Economics correspondent": a name, then a desk and a role.
_NAME_AND_ROLE = re.compile(
    rf"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,2}}?(?:\s*+[,|·]\s++|\s++)(?:[A-Z][\w&-]*\s+){{0,3}}{_ROLE}$"
)
#: The line under a byline that names the writer's desk or outlet: "Health Correspondent", "BBC
#: News, Oslo", "Reporting from New York". (`titles` reads it too: a desk is no headline.)
DESK_LINE = re.compile(
    rf"^(?:(?i:reporting from)\s+[A-Z].{{0,40}}|(?:[A-Z][\w&'’.-]*\s+){{0,3}}{_ROLE}|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}},\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})$"
)
_ABOUT_HEADING = re.compile(
    r"^About\s+(?P<name>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.,'’-]*|of|and|for|the)){0,6})\s*:?$"
)
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
#: A section's name or a breadcrumb: "FOOTBALL NEWS", "LATEST NEWS > Sport", "MP3 PLAYERS / IPODS".
_SECTION_LABEL = re.compile(r"\s[>/»]\s|^[A-Z0-9&\s'’.-]+$")
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


@dataclass(frozen=True)
class CleanOptions:
    """Everything cleaning depends on besides the text itself."""

    rules: tuple[Rule, ...] = field(default_factory=lambda: default_rules())
    #: Normalised short lines that recur across the corpus (see `common_lines`).
    common_lines: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cleaned:
    kept: tuple[Line, ...]
    removed: tuple[Removal, ...]
    title: Field


def short_lines(lines: Iterable[str]) -> set[str]:
    """Return a text's short lines, normalised: the lines it may share with the rest of a corpus."""
    keys = {normalise_line(t) for t in lines if 0 < word_count(t) <= CORPUS_REPEAT_MAX_WORDS}
    keys.discard("")
    return keys


def common_lines(texts: Iterable[list[str]]) -> frozenset[str]:
    """Return the short normalised lines that occur in at least CORPUS_REPEAT_MIN_SOURCES texts."""
    return lines_in_common(short_lines(lines) for lines in texts)


def lines_in_common(shorts: Iterable[set[str]]) -> frozenset[str]:
    """`common_lines`, given each text's `short_lines` (which stage 1 also puts in a file's cache key)."""
    counts: dict[str, int] = {}
    for keys in shorts:
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= CORPUS_REPEAT_MIN_SOURCES)


def clean_lines(lines: list[str], options: CleanOptions | None = None) -> Cleaned:
    """Split lines into body and removals, and find the headline."""
    options = options or CleanOptions()
    removed: dict[int, Removal] = {}
    _apply_line_rules(lines, options, removed)
    _keep_column_names(lines, removed)
    _apply_list_sections(lines, removed)
    _apply_image_blocks(lines, removed)
    _apply_author_boxes(lines, removed)
    _apply_date_lines(lines, removed)
    _apply_link_menus(lines, removed)
    _apply_bare_bylines(lines, removed)
    _apply_head_counters(lines, removed)
    # The site name above a menu is found once the menu is gone, and the reverse: run both twice.
    for _ in range(2):
        _apply_masthead(lines, removed)
        _apply_head_menus(lines, removed)
    _apply_kicker(lines, removed)
    _apply_slogan(lines, removed)
    # Teasers under a "Most Read" heading can sit between the headline and the article.
    _apply_section_blocks(lines, removed)
    title = _find_headline(lines, removed)
    if title.line is not None:
        removed[title.line] = Removal(title.line, lines[title.line - 1], "headline", title.rule or "", "metadata")
    # After the headline and the date lines are known: syndicated copies share both, and a
    # headline repeated across sources is still each one's headline, not chrome.
    _apply_corpus_repetition(lines, options, removed)
    _apply_about_sections(lines, removed)
    _apply_author_bio(lines, removed)
    if title.line is not None:
        _apply_repeated_headline(lines, title, removed)
    _apply_trailing_blocks(lines, removed)
    # Last: the line rules and the stages above name what they remove more precisely.
    apply_layout(lines, removed, title.line)
    kept = tuple(Line(n, t) for n, t in enumerate(lines, 1) if t.strip() and n not in removed)
    return Cleaned(kept, tuple(removed[n] for n in sorted(removed)), title)


def _body_lines(lines: list[str], removed: Mapping[int, Removal]) -> list[int]:
    return [n for n, t in enumerate(lines, 1) if t.strip() and n not in removed]


def _apply_line_rules(lines: list[str], options: CleanOptions, removed: dict[int, Removal]) -> None:
    match = rule_matcher(options.rules).first_match
    for n, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text:
            continue
        # The line as written, then without its Markdown ("**Share this:**", "[Donate](...)").
        rule = match(text, word_count(text))
        if rule is None:
            plain = plain_text(text)
            if plain and plain != text:
                rule = match(plain, word_count(plain))
        removes = rule.removes if rule is not None else ""
        if rule is None:
            # ...then a layout table's row of one cell, as the line it stands for ("| © 2008 The
            # Daily Post. All rights reserved. |"): reader mode writes a page's footer so.
            cells = table_cells(text)
            if len(cells) == 1:
                rule = match(cells[0], word_count(cells[0]))
                removes = rule.removes + _IN_A_CELL if rule is not None else ""
        if rule is None:
            # ...then the line's last part, run in after a short credit ("Staff | Tags: ..."),
            # unless the line is a row of a data table ("| Prep time | 15 minutes |").
            tail = _run_in_tail(text)
            found = match(tail, word_count(tail)) if tail and not _among_pair_rows(lines, n, tail) else None
            if found is not None and found.kind == "boilerplate" and found.name not in WEAK_RULES:
                rule, removes = found, found.removes + _RUN_IN
        if rule is not None:
            removed[n] = Removal(n, raw, rule.name, removes, rule.kind)
    _apply_listed_buttons(lines, match, removed)


def _keep_column_names(lines: list[str], removed: dict[int, Removal]) -> None:
    """Bring back a line a rule took for a button ("Comment", "Share") where it is one of a
    flattened table's column names (`column_name_runs`), the others kept: a row of share buttons
    under a sentence has more than one removed."""
    numbers = _body_lines(lines, {})
    for run in column_name_runs([lines[n - 1] for n in numbers]):
        taken = [numbers[k] for k in run if numbers[k] in removed]
        if len(taken) == 1:
            del removed[taken[0]]


#: A page's tools written as a list ("- Increase font size", "- Send this article:") are chrome
#: when this many items in a row are each a rule's line without their mark; one such item alone
#: may be a list's item in the article (chosen on the tune sets: L3S reader-mode tool lists).
LISTED_BUTTONS_MIN = 2
_BULLET = re.compile(r"^\s*[-*+•]\s+")
#: What the audit adds to a rule's words for a button written as a list's item.
_LISTED = ", written as a list"
#: ...and for a line written as a table's only cell.
_IN_A_CELL = ", written as a table's cell"
#: ...and for a line run in after a short credit (`_run_in_tail`).
_RUN_IN = ", run in after a credit or a label on its line"


#: Reader mode runs a page's cells into one line: a post's credit and its tags, a section's label
#: and its comment counter ("Harbor Desk | Tags: Ferries, Transit", "Design | Comments (0)").
#: The part after the line's only cell bar is tried as a line of its own when the part before is
#: at most RUN_IN_CELL_MAX_WORDS words that close no sentence and hold no date (a name, a desk, a
#: section; a date there is the post's stamp, which the stamps read). Chosen on the tune sets: such
#: credits and labels run 1-2 words; no body line of the eight line sets is such a line.
RUN_IN_CELL_MAX_WORDS = 4
#: A table cell's bar between two cells (not "\\|", a bar escaped inside a cell's text).
_CELL_BAR = re.compile(r"(?:^|\s)\|\s+(?=\S)")


def _run_in_tail(text: str) -> str:
    """Return the part of a line of two cells run in after a short credit or label (see
    RUN_IN_CELL_MAX_WORDS), or "" when the line is none."""
    if "|" not in text:
        return ""  # most lines: no cell
    text = text.strip().strip("|").strip()
    bars = list(islice(_CELL_BAR.finditer(text), 2))
    if len(bars) != 1:
        return ""
    head, tail = text[: bars[0].start()].strip(), text[bars[0].end() :].strip()
    if not tail or not 0 < word_count(head) <= RUN_IN_CELL_MAX_WORDS or head[-1] in ".!?" or find_dates(head):
        return ""
    return tail


#: How many lines above and below a run-in line are looked at for another row of its shape (see
#: `_among_pair_rows`): the next one, or the one past a blank line or a table's rule ("|---|---|",
#: under a Markdown table's header). Set by that shape, not tuned: on the tune sets the rows it
#: keeps from the rule were footers the layout takes anyway (summary figures unchanged).
PAIR_ROW_REACH = 2


def _among_pair_rows(lines: list[str], n: int, tail: str) -> bool:
    """Tell a line (numbered from 1) of a short label and one more cell that has a line of the same
    shape next to it (a table's rule or a blank line between them): a data table's row ("| Prep time
    | 15 minutes |", "| Cook time | 40 minutes |", "Jan Roe | Center"), whose second cell is a
    value, not a run-in credit's button. A credit run into its tags or its comment counter stands
    alone on its line; a column of one button repeated ("Gazette | Subscribe") stays chrome. `tail`
    is the line's own run-in part (`_run_in_tail`), which the caller has read."""
    for step in (-1, 1):
        k = n - 1
        for _ in range(PAIR_ROW_REACH):
            k += step
            if not 0 <= k < len(lines):
                break
            if not any(ch.isalnum() for ch in lines[k]):
                continue  # a blank line or a table's rule
            other = _run_in_tail(lines[k])
            if other and other.casefold() != tail.casefold():
                return True
            break
    return False


def _apply_listed_buttons(
    lines: list[str], match: Callable[[str, int], Rule | None], removed: dict[int, Removal]
) -> None:
    """Remove runs of LISTED_BUTTONS_MIN or more list items in a row that a line rule matches once
    their list mark is off (the buttons of a tool row, one item a line)."""
    run: list[tuple[int, Rule]] = []
    for n, raw in enumerate([*lines, ""], 1):
        rule = None
        if n not in removed and _BULLET.match(raw):
            item = _BULLET.sub("", raw).strip()
            rule = match(item, word_count(item))
        if rule is not None:
            run.append((n, rule))
            continue
        if len(run) >= LISTED_BUTTONS_MIN:
            for k, found in run:
                removed[k] = Removal(k, lines[k - 1], found.name, found.removes + _LISTED, found.kind)
        run = []


#: A letter's closing, alone on its line with its comma ("Sincerely,", "Best regards,", "Cheers,"):
#: open letters and posts signed off so in several sources repeat it; no site's chrome (a tag list's
#: "gear,", a commenter's "Karl,") is one.
_VALEDICTION = re.compile(
    r"^(?:yours\s+)?(?:sincerely|truly|faithfully|respectfully|cordially|warmly|cheers|love|"
    r"(?:(?:with\s+)?(?:best|kind|warm(?:est)?|many)\s+)?(?:regards|wishes|thanks))(?:\s+yours)?\s*,$",
    re.I,
)


def _apply_corpus_repetition(lines: list[str], options: CleanOptions, removed: dict[int, Removal]) -> None:
    if not options.common_lines:
        return
    for n in _body_lines(lines, removed):
        text = lines[n - 1]
        # A sentence repeated across sources is wire copy ("Police said no arrests were made."),
        # not chrome: chrome lines are labels and buttons, without a full stop.
        if ENDS_SENTENCE_OR_ELLIPSIS.search(text.strip()) and word_count(text) > CORPUS_REPEAT_SENTENCE_MAX_WORDS:
            continue
        if word_count(text) >= CORPUS_REPEAT_WRAPPED_MIN_WORDS and _wrapped(lines, n):
            continue  # a piece of a paragraph the scraper wrapped, as wire copy repeats it
        if _VALEDICTION.match(plain_text(text)):
            continue  # a letter's closing ("Sincerely,", "Cheers,"), which many letters share: not the site's
        if word_count(text) <= CORPUS_REPEAT_MAX_WORDS and normalise_line(text) in options.common_lines:
            evidence = f"the same line is in {CORPUS_REPEAT_MIN_SOURCES}+ sources of this corpus"
            removed[n] = Removal(n, text, "corpus-repeated", evidence)


def _wrapped(lines: list[str], n: int) -> bool:
    """Tell line n of a paragraph wrapped over several lines: it runs on from the line above it or
    into the line under it."""
    above = n >= 2 and runs_on(lines[n - 2], lines[n - 1])
    return above or n < len(lines) and runs_on(lines[n - 1], lines[n])


def _apply_list_sections(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove "Sources:"/"Related:"-style headings with the list or teaser lines below them."""
    for n, raw in enumerate(lines, 1):
        m = _LIST_SECTION.match(plain_text(raw))
        if not m:
            continue
        name = m.group("name").lower()
        is_sources = name.startswith(("source", "reference", "citation", "external"))
        rule, kind = ("sources-list", "metadata") if is_sources else ("related-list", "boilerplate")
        if name.startswith(("change", "revision", "version")):
            rule = "revision-list"
        elif name.startswith(("urls", "links")):
            rule = "link-list"
        removed[n] = Removal(n, raw, rule, f"list section {m.group('name')!r}", kind)
        teasers = 0
        for k in range(n + 1, len(lines) + 1):
            text = lines[k - 1].strip()
            if not text:
                continue
            if _LIST_SECTION.match(plain_text(text)) or text.startswith("#"):
                break
            is_item = bool(_LIST_ITEM.match(text))
            is_teaser = (
                not is_sources
                and word_count(text) <= TEASER_MAX_WORDS
                and not text.endswith(".")
                and teasers < TEASER_MAX_LINES
            )
            if not (is_item or is_teaser):
                break
            teasers += 1
            removed[k] = Removal(k, lines[k - 1], rule, f"item under {m.group('name')!r}", kind)


def _apply_image_blocks(lines: list[str], removed: dict[int, Removal]) -> None:
    """A one-to-three word line directly above a caption is the image's label, not a headline."""
    for n in range(2, len(lines) + 1):
        rem = removed.get(n)
        if not rem or rem.rule != "caption-credit":
            continue
        above = lines[n - 2].strip()
        if above and n - 1 not in removed and word_count(above) <= IMAGE_LABEL_MAX_WORDS and above[-1] not in ".!?":
            removed[n - 1] = Removal(n - 1, lines[n - 2], "image-label", "short line directly above a photo caption")


def _apply_author_boxes(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the name line above an author box and the bio lines below it."""
    boxes = [n for n, rem in sorted(removed.items()) if rem.rule == "author-box"]  # not the bios this adds
    for n in boxes:
        raw = lines[n - 1]
        m = re.match(r"^about\s+(?P<name>.+?)\s+[\d,]+\s+\w+$", raw.strip(), re.I)
        name = m.group("name") if m else None
        prev = _previous_nonblank(lines, n)
        if name and prev and normalise_line(lines[prev - 1]) == normalise_line(name):
            removed[prev] = Removal(prev, lines[prev - 1], "author-box", "author name above the author box")
        if not name:  # a link such as "View all articles by X" has no bio under it
            continue
        taken = 0
        for k in range(n + 1, len(lines) + 1):
            text = lines[k - 1].strip()
            if not text or k in removed:
                continue
            if word_count(text) > BIO_MAX_WORDS or taken == BIO_MAX_LINES:
                break
            removed[k] = Removal(k, lines[k - 1], "author-box", "bio under the author box")
            taken += 1


def _apply_date_lines(lines: list[str], removed: dict[int, Removal]) -> None:
    for n in _body_lines(lines, removed):
        text = lines[n - 1]
        short = word_count(text) <= DATE_LINE_MAX_WORDS
        if short and date_only(text):
            removed[n] = Removal(n, text, "date-line", "a line holding only a date", "metadata")
        elif short and is_stamp(text):
            evidence = "a date stamp: dates, times, stamp words and counters only"
            removed[n] = Removal(n, text, "date-line", evidence, "metadata")
        elif (
            ("by" in text or "By" in text or "BY" in text)  # what the pattern needs, found quickly
            and (m := _STAMP_THEN_BYLINE.match(text.strip()))
            and is_stamp(m.group("stamp"))
        ):
            removed[n] = Removal(n, text, "byline", "a date stamp followed by the byline", "metadata")


def _apply_link_menus(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove runs of list items that are each a bare short link: a navigation menu."""
    run: list[int] = []
    for n in [*range(1, len(lines) + 1), len(lines) + 1]:
        text = lines[n - 1] if n <= len(lines) else ""
        m = _LINK_ITEM.match(text)
        if m and n not in removed and word_count(m.group("text")) <= LINK_MENU_MAX_WORDS:
            run.append(n)
            continue
        if not text.strip() and n <= len(lines):
            continue
        if len(run) >= LINK_MENU_MIN_ITEMS:
            for k in run:
                removed[k] = Removal(
                    k, lines[k - 1], "link-list", f"one of {len(run)} list items that are each a bare short link"
                )
        run = []


def _apply_head_counters(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove bare numbers next to the head's chrome: like, comment and share counters ("38")."""
    head = [n for n, t in enumerate(lines, 1) if t.strip()][:HEADLINE_SEARCH_LINES]
    for i, n in enumerate(head):
        if n in removed or not _COUNTER.match(lines[n - 1].strip()):
            continue
        # A number between two kept paragraphs is the body's business.
        if any(0 <= j < len(head) and head[j] in removed for j in (i - 1, i + 1)):
            removed[n] = Removal(n, lines[n - 1], "share", "a bare counter next to the head's chrome")


def _apply_author_bio(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the closing lines that introduce the bylined author ("Jane Roe is a reporter for ...")."""
    names: set[str] = set()
    for rem in removed.values():
        if rem.rule == "byline":
            text = re.sub(
                r"^(?:by|written by|words by|story by|author:|posted by)\s*:?\s*", "", plain_text(rem.text), flags=re.I
            )
            for m in re.finditer(_NAME, text):
                names |= {m.group(0), " ".join(m.group(0).split()[:2])}
    if not names:
        return
    bio = re.compile(
        rf"^(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})\b,?\s+(?:is|was|has been|covers|writes|reports)\b"
    )
    for n in reversed(_body_lines(lines, removed)[-BIO_LAST_LINES:]):
        if not bio.match(lines[n - 1].strip()) or word_count(lines[n - 1]) > BIO_MAX_WORDS:
            break
        removed[n] = Removal(n, lines[n - 1], "author-box", "the bylined author introduced at the foot of the page")


def _apply_head_menus(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove a vertical menu above the headline: a run of one- and two-word lines."""
    run: list[int] = []
    for n in _body_lines(lines, removed)[:HEADLINE_SEARCH_LINES]:
        text = lines[n - 1].strip()
        if word_count(text) > HEAD_MENU_MAX_WORDS or ENDS_SENTENCE_OR_ELLIPSIS.search(text) or text.startswith("#"):
            break
        run.append(n)
    if len(run) >= HEAD_MENU_MIN_LINES:
        for n in run:
            removed[n] = Removal(
                n, lines[n - 1], "masthead", f"one of {len(run)} one- or two-word lines above the headline (a menu)"
            )


def _apply_bare_bylines(lines: list[str], removed: dict[int, Removal]) -> None:
    """A line of names only, next to the date stamp at the head of the page, is the byline; the
    short line under a byline that names the writer's desk goes with it."""
    # Neighbours skip the chrome between them ("2 hours ago / Share / Save / Jane Smith").
    head = [n for n, t in enumerate(lines, 1) if t.strip() and not (n in removed and removed[n].kind == "boilerplate")]
    head = head[:HEADLINE_SEARCH_LINES]
    # The byline stands above the article: the first paragraph ends the head.
    prose = next(
        (
            i
            for i, n in enumerate(head)
            if word_count(lines[n - 1]) >= HEAD_PROSE_WORDS and ENDS_SENTENCE_OR_ELLIPSIS.search(lines[n - 1])
        ),
        len(head),
    )
    head = head[:prose]
    for i, n in enumerate(head):
        text = lines[n - 1].strip()
        if n in removed or not (_NAMES_ONLY.match(text) or _NAME_AND_ROLE.match(text)) or is_place(text):
            continue
        neighbours = [head[j] for j in (i - 1, i + 1) if 0 <= j < len(head)]
        if i + 2 < len(head) and head[i + 1] not in removed and DESK_LINE.match(lines[head[i + 1] - 1].strip()):
            neighbours.append(head[i + 2])  # "Jillian Comeau / Staff Reporter / Published May 31, 2024"
        if any(removed.get(k) and removed[k].rule in ("date-line", "date-stamp") for k in neighbours):
            removed[n] = Removal(n, lines[n - 1], "byline", "names alone next to the date stamp", "metadata")
    for i, n in enumerate(head[:-1]):
        below = head[i + 1]
        text = lines[below - 1].strip()
        if (
            removed.get(n)
            and removed[n].rule == "byline"
            and below not in removed
            and word_count(text) <= DESK_LINE_MAX_WORDS
        ):
            if DESK_LINE.match(text) and not is_place(text):
                removed[below] = Removal(
                    below, lines[below - 1], "byline", "the writer's desk, under the byline", "metadata"
                )


def _apply_masthead(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the site name, city and weather lines that sit among the chrome above the headline."""
    head = [n for n, t in enumerate(lines, 1) if t.strip()][:HEADLINE_SEARCH_LINES]
    run: list[int] = []  # short lines since the last chrome line (or the top of the page)
    short: list[int] = []  # every short line above the headline
    for n in head:
        rem = removed.get(n)
        text = lines[n - 1].strip()
        if rem is None:
            if word_count(text) > MASTHEAD_MAX_WORDS or ENDS_SENTENCE_OR_ELLIPSIS.search(text):
                break
            run.append(n)
            short.append(n)
            continue
        if rem.kind != "boilerplate":
            break
        if run and rem.rule in MASTHEAD_BELOW_RULES and len(run) <= MASTHEAD_MAX_RUN:
            for k in run:
                removed[k] = Removal(
                    k,
                    lines[k - 1],
                    "masthead",
                    f"short line between page chrome above the headline (line {n}: {rem.rule})",
                )
        run = []
    # A short line above the headline that a removed line further down names again is the site's
    # name ("Okanagan Today" on top, "Copyright © 2023 Okanagan Today." below the article).
    for k in short:
        key = normalise_line(lines[k - 1])
        if k in removed or not key or not re.search(r"[A-Z]", lines[k - 1]):
            continue
        again = next((m for m, rem in sorted(removed.items()) if m > k and rem.kind == "boilerplate"
                      and normalise_line(rem.text) != key and re.search(rf"\b{re.escape(key)}\b", normalise_line(rem.text))), None)  # fmt: skip
        if again is not None:
            removed[k] = Removal(k, lines[k - 1], "masthead", f"the site name, named again at line {again}")
            break


def _apply_kicker(lines: list[str], removed: dict[int, Removal]) -> None:
    """A one-word line right above the headline is a label (site name, section, "EXCLUSIVE")."""
    top = _body_lines(lines, removed)[:HEADLINE_SEARCH_LINES]
    if (
        len(top) >= 2
        and word_count(lines[top[0] - 1]) == 1
        and not ENDS_SENTENCE_OR_ELLIPSIS.search(lines[top[0] - 1].strip())
    ):
        if not lines[top[0] - 1].lstrip().startswith(("#", "-", "*", ">", "|")) and (
            headline_rule(lines[top[1] - 1]) or _sentence_headline(lines, removed, top[1])
        ):
            removed[top[0]] = Removal(top[0], lines[top[0] - 1], "masthead", "a one-word label above the headline")


def _apply_slogan(lines: list[str], removed: dict[int, Removal]) -> None:
    """A first line shaped like a headline whose words the article hardly uses, right above one
    whose words it does use, is a site slogan or section label, not the headline."""
    top = _body_lines(lines, removed)[:HEADLINE_SEARCH_LINES]
    if len(top) < 2 or not headline_rule(lines[top[0] - 1]) or MD_H1.match(lines[top[0] - 1]):
        return
    article: set[str] = set()
    for n in _body_lines(lines, removed):
        if word_count(lines[n - 1]) > HEADLINE_MAX_WORDS:  # paragraphs only: not menus, lists, labels
            article |= content_words(lines[n - 1])

    def share(n: int) -> float:
        words = content_words(lines[n - 1])
        return len(words & article) / len(words) if words else 0.0

    first = share(top[0])
    if first >= SLOGAN_MAX_SHARE:
        return
    for n in top[1:3]:
        if word_count(lines[n - 1]) > HEADLINE_MAX_WORDS:
            return  # the article has begun
        if headline_rule(lines[n - 1]) and (below := share(n)) >= max(HEADLINE_MIN_SHARE, 2 * first):
            evidence = f"{first:.0%} of its words are in the article's paragraphs, {below:.0%} of line {n}'s"
            removed[top[0]] = Removal(top[0], lines[top[0] - 1], "slogan", evidence)
            return


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


def is_home_link(text: str) -> bool:
    """Tell a Markdown line that is one link to a site's home page: the site's name, a masthead."""
    return bool(_HOME_LINK.fullmatch(text.strip()))


def section_label(text: str) -> bool:
    """Tell a line made of a site's section and teaser-box words alone ("World News", "Top
    Stories", "Related To Story Other News Video"), which names no story."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+|&", text)]
    return any(w in _SECTION_LABEL_WORDS for w in words) and all(
        w in _SECTION_LABEL_WORDS or w in _LABEL_JOINERS for w in words
    )


#: A line opening with these is a list item, a quotation or an attribution ("— John McCain
#: (@SenJohnMcCain) September 30, 2015" under an embedded post): never a headline.
LIST_OPENERS = ("-", "*", ">", "—", "–")


def _find_headline(lines: list[str], removed: Mapping[int, Removal]) -> Field:
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
    title_parts = _page_title_parts(lines)
    parts = {p for p in title_parts if len(content_words(p)) >= TITLE_MIN_WORDS - 1}
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
    over = title_parts | _page_title_parts(lines, DASH_TITLE_SEPARATOR)
    short = _title_part_over_article(lines, removed, paragraphs[0], over, opening) if paragraphs else None
    if short is not None:
        return Field(lines[short - 1].strip(), short, "page-title-shown-over-article")
    if sum(word_count(lines[n - 1]) for n in paragraphs) < TITLE_MIN_ARTICLE_WORDS:
        return _first_line_headline(lines, removed, top)  # too little text to tell what it is about
    first = paragraphs[0]
    body: set[str] = set()
    for n in paragraphs:
        body |= content_words(lines[n - 1])
    candidates = [n for n in range(first - 1, 0, -1) if lines[n - 1].strip() and n not in removed]

    def headline(i: int) -> Field | None:
        n = candidates[i]
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
        rule = headline_rule(text) or ("headline-above-byline" if _sentence_headline(lines, removed, n) else None)
        title = _title_part(text, body) if rule else ""
        words = content_words(title)
        # A name or a label of one or two words shares them easily ("CTV Toronto", "West Brom",
        # "Football shirts"): a headline says more, the more so far from the article.
        near = i == 0 or first - n <= TITLE_DECK_MAX_GAP + 1
        # A Markdown H1 is the page's own heading: the lede need only use one of its words ("Sandy's
        # toll may deal knockout blow to budget" over a story of the storm's cost to the budget).
        wanted = H1_MIN_SHARE if MD_H1.match(lines[n - 1]) else TITLE_MIN_SHARE
        if not title or _share(title, body) < wanted or len(words) < TITLE_MIN_WORDS - near:
            return None
        if label_or_date(title):
            return None
        return Field(title, n, rule if title == text else "page-title")

    for i in range(min(len(candidates), TITLE_SEARCH_LINES)):
        found = headline(i)
        if found and MD_H1.match(lines[found.line - 1]):
            return found  # the page's own heading: no line above it is a headline it decks
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
    opener = _first_line_headline(lines, removed, top)
    return opener if opener.line is not None and over_stamp(lines, removed, opener.line) else Field()


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


def _page_title_parts(lines: list[str], separator: re.Pattern[str] = TITLE_SEPARATOR) -> set[str]:
    """The parts of a page's first line, normalised, when it is shaped like a title: a whole page's
    text opens with its <title> ("Headline - Section - Site"), and the headline shown on the page
    repeats one of them. The parts as the headline's reading cuts them, or as `separator` does."""
    opening = next((t for t in lines if t.strip()), "")
    if opening.lstrip().startswith(LIST_OPENERS) or not headline_rule(opening):
        return set()  # a quotation or a list item opens no page with its <title>
    return {normalise_line(p) for p in separator.split(opening) if word_count(p) >= 2}


def _first_line_headline(lines: list[str], removed: Mapping[int, Removal], top: list[int]) -> Field:
    """Return the first line when it is shaped like a headline (a text too short to judge by)."""
    first = next((n for n in top if n not in removed), None)
    if first is None or lines[first - 1].lstrip().startswith(("#", "|", *LIST_OPENERS)):
        return Field()
    text = lines[first - 1].strip()
    if len(content_words(text)) < 2 or label_or_date(text):
        return Field()  # "World News", "NATIONAL > General", "Friday, January 11, 2008"
    if _wraps(lines, first):
        return Field()  # a paragraph's first line, wrapped: no headline
    rule = headline_rule(lines[first - 1])
    if rule:
        return Field(lines[first - 1].strip(), first, rule)
    if _sentence_headline(lines, removed, first):
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

    start, end = 0, len(parts)
    while end - start > 1 and _is_label(parts[end - 1], body):
        end -= 1
    while end - start > 1 and _is_label(parts[start], body):
        start += 1
    joined = parts[start] + "".join(
        sep + part for sep, part in zip(seps[start : end - 1], parts[start + 1 : end], strict=True)
    )
    return joined.strip()


def _is_label(part: str, body: set[str]) -> bool:
    """Tell a section's or a site's name joined to a headline: short, and the article hardly uses its words."""
    # A part of words of the dictionary in small letters is the headline's ("... rival - report"):
    # a section's or a site's name is capitalised, or an address ("smh.com.au").
    lower = part.strip().islower() and all(in_dictionary(w) for w in part.split())
    return word_count(part) <= SITE_NAME_MAX_WORDS and _share(part, body) < TITLE_LABEL_MAX_SHARE and not lower


def _share(text: str, body: set[str]) -> float:
    words = content_words(text)
    return len(words & body) / len(words) if words else 0.0


def _sentence_headline(lines: list[str], removed: Mapping[int, Removal], n: int) -> bool:
    """Tell a headline written as sentences ("X is going to prison. Now what?"): it sits right
    above the byline and date, with at most a standfirst between them; a lead paragraph ends with
    a full stop and does not. One sentence with its full stop that opens the text right above the
    stamp is a headline too ("Acme updates its servers, doubles speed." / "- 9th January 2008"):
    a lead paragraph comes under the byline, not above it (a caption may: it opens no text)."""
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


def headline_rule(text: str) -> str | None:
    """Name the shape that makes a line a headline, or None."""
    text = text.strip()
    words = word_count(text)
    if not 2 <= words <= HEADLINE_MAX_WORDS:
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


def _apply_section_blocks(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the short lines right under a heading that a line rule removed ("Most Read", "Media
    contact:"); the headline that the page's title names ends the block."""
    titles = _page_title_parts(lines)
    for n in sorted(removed):
        rem = removed[n]
        heading = plain_text(rem.text)
        if rem.rule not in SECTION_HEAD_RULES or word_count(heading) > SECTION_HEAD_MAX_WORDS:
            continue
        if heading.endswith((".", "!", "?")) or rem.evidence.startswith("under "):
            continue
        k, blank = n + 1, False
        while k <= len(lines):
            text = lines[k - 1].strip()
            if not text:
                blank, k = True, k + 1
                continue
            if k in removed and removed[k].evidence.endswith(_LISTED):
                blank, k = False, k + 1  # a tool row written as a list goes on with the block
                continue
            if k in removed and removed[k].rule != "date-line":  # other chrome, or the headline
                break
            if titles and normalise_line(text) in titles:  # the headline, right under a menu's heading
                break
            is_item = bool(_LIST_ITEM.match(text))
            # A teaser's date ("March 2, 2024") belongs to the teaser, not to the article.
            is_teaser = (
                not blank
                and word_count(text) <= TEASER_MAX_WORDS
                and (
                    not ENDS_SENTENCE_OR_ELLIPSIS.search(text) or bool(_COMPANY_END.search(text))
                )  # "Acme Systems, Inc."
            )
            if not (is_item or is_teaser):
                break
            if rem.rule == "contact-line" and word_count(text) > CONTACT_BLOCK_MAX_WORDS:
                break  # a headline or a deck under the press office's card: the article begins
            if rem.rule != "related" and find_dates(text):
                break  # a newsletter's strapline or a contact's card has no date: the article's stamp
            following = next((t for t in lines[k:] if t.strip()), "")
            if k == n + 1 and word_count(following) >= HEAD_PROSE_WORDS and not _LIST_ITEM.match(text):
                break  # one line between a menu's heading and the article's first paragraph: its headline
            if not is_item and _over_its_stamp(lines, k):
                break  # the article's headline, its stamp, then its first paragraph
            removed[k] = Removal(k, lines[k - 1], "section-block", f"under the {rem.rule} heading of line {n}")
            blank, k = False, k + 1


#: A headline's stamp takes at most this many lines ("By Jane Roe", "Published: Jan 14, 2008"), each
#: a stamp's length (`dates.STAMP_MAX_WORDS`).
HEAD_STAMP_MAX_LINES = 2


def _over_its_stamp(lines: list[str], k: int) -> bool:
    """Tell whether line `k` stands over one or two short lines with a date, and those over a
    paragraph of prose: an article's headline, its stamp and its first paragraph."""
    following = islice((t for t in lines[k:] if t.strip()), HEAD_STAMP_MAX_LINES + 1)
    stamped = 0
    for text in following:
        if word_count(text) <= STAMP_MAX_WORDS and find_dates(text):
            stamped += 1
            continue
        return stamped > 0 and word_count(text) >= HEAD_PROSE_WORDS
    return False


def _apply_about_sections(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove "About <company>" and its paragraph when they close the page and the paragraph names it."""
    kept = _body_lines(lines, removed)
    for i in range(len(kept) - 2, -1, -1):
        n, text = kept[i], lines[kept[i] - 1].strip()
        m = _ABOUT_HEADING.match(plain_text(text))
        if not m:
            continue
        after = kept[i + 1 :]
        if any(k not in removed for k in after[1:]):
            break
        name = m.group("name")
        first_word = name.split()[1] if name.lower().startswith("the ") and len(name.split()) > 1 else name.split()[0]
        if first_word.lower() not in lines[after[0] - 1].lower():
            continue
        evidence = f"closing 'About {name}' section"
        removed[n] = Removal(n, lines[n - 1], "about-boilerplate", evidence)
        removed[after[0]] = Removal(after[0], lines[after[0] - 1], "about-boilerplate", evidence)


def _apply_repeated_headline(lines: list[str], title: Field, removed: dict[int, Removal]) -> None:
    key = normalise_line(title.value or "")
    words = key.split()
    for n in _body_lines(lines, removed):
        # A line that folds to the headline holds each of its words: most lines are ruled out quickly.
        lowered = lines[n - 1].lower()
        if n <= (title.line or 0) or not all(w in lowered for w in words):
            continue
        if normalise_line(lines[n - 1]) == key:
            removed[n] = Removal(n, lines[n - 1], "repeated-headline", f"repeats the headline of line {title.line}")


def _apply_trailing_blocks(lines: list[str], removed: dict[int, Removal]) -> None:
    """Sweep lone lines that sit between appeals in the run that closes the page."""
    order = [n for n, t in enumerate(lines, 1) if t.strip()]
    start = len(order)
    gap: list[int] = []
    for i in range(len(order) - 1, -1, -1):
        n = order[i]
        rem = removed.get(n)
        if rem and rem.rule in BLOCK_RULES:
            start, gap = i, []
        elif (
            rem is None and len(gap) == 0 and start < len(order) and word_count(lines[n - 1]) <= TRAILING_GAP_MAX_WORDS
        ):
            gap.append(n)
        elif rem is None:
            break
    for i in range(start, len(order)):
        n = order[i]
        if n in removed or not 0 < i < len(order) - 1:
            continue
        # Only a line with an appeal on each side is part of the appeal: a paragraph between an
        # inline promo and the page's foot ("Read more: ...", last paragraph, tags) is the article's.
        above, below = removed.get(order[i - 1]), removed.get(order[i + 1])
        if above and below and above.rule in APPEAL_RULES and below.rule in APPEAL_RULES:
            removed[n] = Removal(
                n, lines[n - 1], "trailing-block", f"between appeals on lines {order[i - 1]} and {order[i + 1]}"
            )


def _previous_nonblank(lines: list[str], n: int) -> int | None:
    for k in range(n - 1, 0, -1):
        if lines[k - 1].strip():
            return k
    return None
