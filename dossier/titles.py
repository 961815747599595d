"""Judge the headline cleaning found: a title is a line the article is about; chrome never is.

Cleaning (`dossier.headlines`) picks the headline while it sorts body from chrome, before it knows
where the article's paragraphs are. On real pages that pick is often a menu item, a paywall
notice or a section label ("Latest Comments", "Premium Article !", "World News"), or nothing
when the headline sits in a layout table's cell. Here the pick is checked against the article's
opening paragraphs, the lede: a headline's words reappear there ("Gill: Glazers have been
vindicated" over "... David Gill has admitted ... Glazer's takeover"). A whole page's first line
is its <title> ("Headline - Site"), and a later line showing its headline part alone is the
headline even when the lede words it otherwise. A pick that is a label gives way to that line,
or to the line the lede is about just above it, or to no title at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import chain, islice
from operator import itemgetter

from .clean import DESK_LINE, HEAD_STAMP_MAX_LINES, Cleaned
from .dates import date_only, find_dates
from .gazetteer import is_place
from .headlines import (
    DASH_TITLE_SEPARATOR,
    LIST_OPENERS,
    MD_H1,
    SHOWN_EXTRA_CHARS,
    SITE_TITLE_SEPARATOR,
    STAMP_RULES,
    TITLE_DECK_MAX_GAP,
    TITLE_MIN_WORDS,
    TITLE_SEPARATOR,
    headline_rule,
    highlight_lines,
    is_home_link,
    label_or_date,
    over_stamp,
    recurring_lines,
    section_label,
    title_site_parts,
)
from .lexicon import is_common_word, is_first_name, is_person_like
from .linejoins import runs_on
from .lineshapes import DATELINE, SHAPE_CACHE_SIZE, is_code_line, markdown_free, table_cells
from .linetext import content_words, normalise_line, plain_text, squeeze_line
from .model import Field, Removal
from .sentenceends import SENTENCE_BREAK_BEFORE_WORD

#: A paragraph of running text has at least this many words, and lowercase words: a headline in
#: Title Case of twenty words is none.
PROSE_MIN_WORDS = 20
PROSE_MIN_LOWERCASE_SHARE = 0.3
#: The lede: the article's first paragraphs, this many, whose words a headline reuses.
LEDE_PARAGRAPHS = 3
#: A short paragraph of the lede: one sentence of at least this many words, ending as a sentence
#: ends ("A British woman has been murdered on a working holiday abroad."). News stories often open
#: with one, above their first paragraph of running text, and the headline sums it up. Chosen on
#: the real pages' tune part (L3S whole page and reader mode: 6 to 12 found the same headlines).
LEDE_SENTENCE_MIN_WORDS = 8
#: Words are compared by their first letters, so that "Glazers" meets "Glazer's", "updates" meets
#: "updated".
STEM_LETTERS = 5
#: A line the lede is about: at least this share of its words of four letters or more (function
#: words aside) are the lede's, and at least TITLE_MIN_SHARED of them. Chosen on the real pages'
#: tune part.
TITLE_MIN_SHARE = 0.5
TITLE_MIN_SHARED = 2
#: Cleaning's pick is doubted when the lede uses none of its words of four letters or more and it
#: has at most this many: on the tune part, 14 such picks were chrome ("Premium Article !",
#: "Breaking News") and 9 headlines ("Briton murdered in New Zealand"); longer picks the lede does
#: not use were headlines more often than not.
LABEL_MAX_WORDS = 3
#: A headline stands at most this many lines above the lede, blank lines and a layout table's
#: empty rows aside (a byline, a date, a share bar and a photo's caption sit between them).
TITLE_MAX_LINES_ABOVE = 8
# A standfirst follows its headline within headlines.TITLE_DECK_MAX_GAP lines; a headline has at least
# headlines.TITLE_MIN_WORDS words of four letters or more: a name ("Philip Seymour Hoffman") says less.
#: A headline is shorter than this many words (a caption or a standfirst runs longer).
TITLE_MAX_WORDS = 20
#: Cleaning's removals that may hold the headline: a layout table's cell, a block under a heading.
_MAY_BE_HEADLINE = frozenset({"headline", "layout", "section-block", "repeated-headline", "slogan"})
#: ... and, for a line showing the <title>'s headline alone (`_shown_headline`), a line the same in
#: several sources of the corpus: a story's headline repeats across sources (a wire story run by
#: several outlets, a site's list of its latest posts in each of its pages), and the <title> says
#: which one is this page's.
_MAY_SHOW_TITLE = _MAY_BE_HEADLINE | {"corpus-repeated"}
#: Rules whose pick stands without the lede's word: the page says which line is its headline.
_DECLARED = frozenset({"reader-mode-title", "markdown-h1", "page-title-shown-over-article", "post-heading"})
#: A line between two paragraphs of running text is a subheading of the story when the paragraph
#: above it shares at least this many words (`_stems`) with the story's next paragraphs below: the
#: story goes on across it. Chosen on the Dragnet and Readability tune parts (reader mode, whole
#: page, Markdown): 12 of the 13 lines between paragraphs taken for headlines shared 2 to 12 words
#: (the 13th, 1), the one welcome note above a real headline shared 1.
SUBHEADING_MIN_SHARED = 2
#: A page's first-rank heading stands at most this many lines above the lede (a byline, a comment
#: counter, a photo, its credit and a share bar between them). Chosen on Dragnet's Markdown tune
#: part, where the furthest headline stood 11 lines above.
HEADING_MAX_LINES_ABOVE = 16
#: The text's first line right above the story is its headline when the lede uses at least this
#: share of its words of four letters or more (and one at least): its place says more than its
#: words, which may word the story figuratively. Chosen on the choose half of the reader-mode tune
#: pages (sorted ids, even places): the one first line above a story that was no headline there,
#: a blog post's opening sentence (an invitation to visit another site), shared 0.14 of its words;
#: on the check half 0.2 took the four headlines the earlier rules missed (0.29 to 1.0) and left a
#: masthead's run of links (0.18).
OPENING_MIN_SHARE = 0.2
#: A line that credits a writer opens so ("By Jane Roe in Harbourtown", "by J. Roe, Tuesday"): a byline.
BYLINE_OPENER = re.compile(r"^by\s", re.I)
#: Cleaning's picks that only a line's shape and its words in the article chose: no <title>, no
#: heading, no place in the page named them (`headlines.headline_rule`).
_SHAPE_ONLY = frozenset({"first-line-headline", "title-case-headline"})
#: A line with a letter or a digit: not blank, not an empty row of cells ("|  |  |").
_HAS_WORD = re.compile(r"[^\W_]")
#: A capitalised abbreviation's full stop ends no sentence: "St. John's", "A.J. Price", "Gov. Smith".
_ABBREVIATION = re.compile(r"\b([A-Z][a-z]{0,2})\.")
#: An HTML tag left in a scraped line ('<SPAN class="x">Headline').
HTML_TAG = re.compile(r"<[^>]{1,200}>")
#: The mark a documentation page sets after a heading, linking to it ("Setting up¶"): no headline's.
PERMALINK_MARK = "¶"
#: A match's result over its report ("Doncaster Rovers 1 Carlisle United 0"): the report uses its
#: words, but it is the score box's line; the headline, when the lede does not use its words, is
#: not found above the lede.
_RESULT = re.compile(r"^(?:[A-Z][\w.'’&-]*\s+){1,4}\d{1,3},?\s+(?:[A-Z][\w.'’&-]*\s+){1,4}\d{1,3}$")
#: A photo's credit or a copyright line ("Jane Roe © Harbour Images", "© 2008 Harbour Images"): the
#: sign, then its owner's capitalised name (a year between), names who owns a picture or a page,
#: never what a story says; a headline about the sign writes it in its clause ("Who owns the © sign?").
_CREDIT_MARK = re.compile(r"©\s*(?:(?:19|20)\d{2}\W*)?[A-Z0-9]")
#: A tool bar's or a search box's label: a word or two capitalised, then a colon ("Find:",
#: "Font:"), opening the line, or after a bar or a bullet, or right after another label with no
#: value between them ("Find: Within section: ..."). A headline may open with one ("Crane: Port
#: Wexley reopens"); a line holding MENU_MIN_LABELS different ones is a row of tools or of a search
#: box's fields, never a headline. (A page that doubles its kicker, "Recipe: Recipe: Headline",
#: holds one label twice.)
_LABEL_PART = re.compile(r"(?:^|(?<=[|•]\s)|(?<=[|•])|(?<=:\s))[A-Z][\w'’-]*(?:\s[\w'’-]+)?:(?=\s|$)")
MENU_MIN_LABELS = 2
#: Kickers chained at a headline's head, then its clause: "Video: Mayor: we will rebuild the pier".
#: A clause holds a word in lowercase; a search box's fields hold sections or options in capitals
#: ("Find: Within section: Harbour Port Traffic") or nothing ("Web: Site:"), a tool bar bars.
_KICKER_CHAIN = re.compile(r"(?:[A-Z][\w'’-]*(?:\s[\w'’-]+)?:\s+)+")
_LOWERCASE_WORD = re.compile(r"(?<![\w'’-])[a-z]")
#: A menu written on one line: items joined by a bar or a bullet ("Log In | Join | Lost
#: Login?"), at least MENU_MIN_ITEMS of them and none longer than MENU_ITEM_MAX_WORDS words (a
#: label opening the row, "Ads:", aside). A <title> joins a headline of more words to its
#: section's and site's names; the text's first line, a whole page's <title>, is not read so.
#: Bounds set with the rule (a menu's links are a word or two each), not fitted on the tune pages.
#: (A bullet a page's encoding lost is written "?"; some menus join their links with "\".)
MENU_MIN_ITEMS = 3
MENU_ITEM_MAX_WORDS = 2
#: (Each separator starts where the spaces before it start: tried inside a run of spaces, it would
#: read the run again from every one of them.)
_MENU_SEPARATOR = re.compile(r"(?<!\s)\s+[|•]\s*|[|•]\s*|(?<!\s)\s+[·?\\]\s+")
#: A blog's link to the post before or after this one: an arrow opens it ("« Older post title") or
#: closes it ("Newer post title »"). A headline in guillemets has both ("«Headline»").
_POST_LINK = re.compile(r"^(?:«|‹|<<|←)\s(?!.*[»›])|^(?!.*[«‹]).*\s(?:»|›|>>|→)$")
#: A line that credits its maker opens so: "Guest post by Jane Roe of Harbour Notes", "Photos by
#: Jane Roe", "Posted by @jroe". A credit, never a headline ("Written by the victors" is one: the
#: credit names someone, with a capital or a handle).
_CREDIT_OPENER = re.compile(
    r"^(?i:(?:guest\s+)?(?:post|posted|written|photos?|pictures?|words|story|report|text|video|interview|review)"
    r"\s+by:?)\s+[A-Z@]"
)
#: A byline whose writer is one handle ("by harbourwriter"), or a blog's credit whose date the
#: page left empty ("Posted on by Jane Roe", "Posted on by harbourwriter"): the credit's words, never
#: a headline ("By George" is none either; a headline's "By the numbers: ..." has more words).
_BARE_BYLINE = re.compile(r"^(?i:by)\s+@?[\w.'’-]+$|^(?i:posted\s+on\s+by)\s+\S")
#: A photo's credit closing a caption: its maker's name and their agency or paper between
#: parentheses ("... at Port Wexley (Jane Roe/Harbour Times)", "(John Minchillo / AP)"), a picture
#: agency's name run into it ("... on Tuesday Getty Images"), or after the caption's full stop a
#: credit ("Credit Jane Roe", "Jane Roe for The Harbour Times"). No headline ends on its picture's
#: credit. (Read for the title only: cleaning keeps such a line, which a gallery's story, or a
#: gold that counts captions as the article's, may hold: as a line rule these lost article lines
#: on Readability's tune part.)
_CLOSING_CREDIT = re.compile(
    r"\((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*\s?/\s?(?:[A-Z&][\w&'’-]*\s){0,4}[A-Z&][\w&'’-]*\)$"
    r"|\s(?:via\s)?Getty\sImages$"
    r"|[.!?][\"”’)]?\s+(?:Credits?:?\s+[A-Z][^.!?:]{2,80}"
    r"|[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,2}\sfor\s(?:The\s)?[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,4})$"
)
#: The heading of a box of a story's highlights run into its first point on one line ("Story
#: highlights Harbour council closes the bridge"), as a scraper joins a box's lines: a point, never
#: the headline. Only "Story highlights": "In brief:", "At a glance:" open a brief item's headline.
_HIGHLIGHTS_RUN_IN = re.compile(r"^\W{0,3}story\s+highlights\b\W{0,3}\s*\w", re.I)
#: A line that speaks to the reader asks something of them: an appeal, never a story's headline
#: ("Please support local business!", "Want to submit a story?", "Tell us your favourite ...").
_APPEAL = re.compile(
    r"^(?:please\b|(?:tell|send|show|give) us\b|share your\b|have your say\b|click\b|want to\b.*\?$|"
    r"(?:do )?you have\b.*\?$|got a\b.*\?$)",
    re.I,
)


def judged_title(lines: list[str], cleaned: Cleaned) -> Field:
    """Return the article's headline (see the module's docstring): cleaning's pick unless it is a
    label or holds a date, or the lede is not about it and a line shows the <title>'s headline;
    else the line showing the <title>'s headline; else the line the lede is about nearest above
    it; else the headline-shaped line right above the story's byline or stamp that the lede uses a
    word of; else no title. Tags a scraper left in it go."""
    found = _in_full(lines, cleaned, _judged(lines, cleaned))
    removed = cleaned.removed_at  # (read by both post-heading tests)
    post = _post_heading(lines, removed)
    if post and (found.line is None or _yields_to_post(lines, removed, found, post)):
        found = post
    if (
        found.line is not None
        and found.rule not in _DECLARED
        and not _in_page_title(lines, found.value or "")
        and _under_opening_text(lines, cleaned, found.line)
    ):
        return Field()
    if found.rule not in _DECLARED and found.line == _opening(lines) and _opens_paragraph_below(cleaned, found):
        return Field()
    if found.value and "<" in found.value:
        found = replace(found, value=" ".join(HTML_TAG.sub(" ", found.value).split()) or None)
    if found.value and ("](" in found.value or found.value.startswith("#")):  # "[Headline](/story)"
        found = replace(found, value=markdown_free(found.value) or None)
    if found.value and found.value.endswith(PERMALINK_MARK):  # "Headline¶": a documentation page's anchor
        found = replace(found, value=found.value.rstrip(PERMALINK_MARK + " ") or None)
    if found.value and found.value.startswith(("[", "![")) and "]" not in found.value:
        # A link or an image that a scraper broke over two lines ("[![Headline" / "](...)"): its words.
        found = replace(found, value=found.value.lstrip("![").strip() or None)
    return found


#: A Markdown heading of the first ranks ("## [Headline](/2024/05/headline/)"): a blog's post
#: title is one (a sidebar's box titles are too; `_post_heading` says which is the post's).
_POST_HEADING = re.compile(r"^#{1,3}\s+(?P<text>\S.*?)\s*#*\s*$")
#: A heading that is one link, maybe with a tooltip: '[Headline](/2024/05/headline/ "Headline")'.
_ONE_LINK = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)$")
#: A link's address without its scheme and host, its query and its fragment, its page's extension.
_ADDRESS_HOST = re.compile(r"^(?:[a-z]+:)?//[^/]+", re.I)
_ADDRESS_END = re.compile(r"[?#].*$|\.(?:html?|php|aspx?)$", re.I)
#: A heading links to its own page when the address's last part (its "slug") spells at least this
#: share of the heading's words ("They surely are not violent" -> ".../they-surely-are-not-violent.html";
#: a slug may drop small words or be cut short). A bound set with the rule, not fitted.
SLUG_MIN_SHARE = 0.6
#: A post's date stands at most this many lines with words above its heading (a standfirst between).
POST_DATE_MAX_LINES = 2
#: A post's text begins at most this many lines with words under its heading: a byline, tags, a
#: comment counter, a photo and its caption stand between them (on Dragnet's Markdown tune read
#: half the furthest stood 7 lines under it).
POST_TEXT_MAX_LINES = 8


def _post_heading(lines: list[str], removed: dict[int, Removal]) -> Field | None:
    """Return a blog post's heading when nothing else gave the title: the first Markdown heading
    (`_POST_HEADING`) shaped like a headline that links to its own page (`_links_to_itself`) or
    stands right under a date (`_under_date`), and that the post's text follows (`_text_follows`).
    A blog's page puts its sidebar first and dates each post above its title, which links to the
    post: such a heading says it is the post's title, however figuratively the post is about it
    ("They surely are not violent" over a story of letters). A box's heading in the sidebar links
    elsewhere and has no date; a related post's heading links to its page but no text follows it."""
    for n, raw in enumerate(lines, 1):
        m = _POST_HEADING.match(raw.strip()) if raw.startswith("#") else None
        rem = removed.get(n)
        if not m or (rem and rem.rule not in _MAY_BE_HEADLINE) or is_home_link(m["text"]):
            continue
        link = _ONE_LINK.match(m["text"])  # (its words alone: a tooltip may hold a bracket)
        text = markdown_free(link["text"] if link else m["text"])
        if (
            (_headline_shaped(text) or _sentences_headline(text))
            and (_links_to_itself(m["text"]) or _under_date(lines, removed, n))
            and _text_follows(lines, removed, n)
        ):
            return Field(text, n, "post-heading")
    return None


def _yields_to_post(lines: list[str], removed: dict[int, Removal], found: Field, post: Field) -> bool:
    """Tell a title found above a blog post's heading (`_post_heading`) that is the site's, not the
    post's: more than a standfirst's lines above it (`_apart`: a headline over a deck shaped as a
    heading stays), with no running text of its own under it (`_text_follows`): a blog's name or
    slogan heading the page over its sidebar ("Thoughtful talk about harbours" over "## About"),
    a sidebar's line, whatever words of the post they share. Not when the article keeps a paragraph
    of running text between them (`_running_paragraph`): the post heading is then a related post's,
    under the story."""
    return (
        found.line is not None
        and post.line is not None
        and found.line < post.line
        and normalise_line(found.value or "") != normalise_line(post.value or "")
        and _apart(lines, found.line, post.line)
        and not _text_follows(lines, removed, found.line)
        and not any(_running_paragraph(lines, removed, k) for k in range(found.line + 1, post.line))
    )


def _running_paragraph(lines: list[str], removed: dict[int, Removal], n: int) -> bool:
    """Tell line `n` a paragraph of running text the article keeps, not a list's item (a sidebar's
    note on the site is one)."""
    text = lines[n - 1]
    return n not in removed and not text.lstrip().startswith(LIST_OPENERS) and is_prose(text)


def _links_to_itself(text: str) -> bool:
    """Tell a heading that is one link to a page whose address spells its words (SLUG_MIN_SHARE):
    the post's own page, linked from its title."""
    m = _ONE_LINK.match(text)
    if not m:
        return False
    path = _ADDRESS_END.sub("", _ADDRESS_HOST.sub("", m["url"]).rstrip("/"))
    slug = set(re.findall(r"[a-z0-9]+", path.rsplit("/", 1)[-1].lower()))
    words = re.findall(r"[a-z0-9]+", m["text"].lower())
    return bool(slug and words) and sum(w in slug for w in words) >= SLUG_MIN_SHARE * len(words)


def _under_date(lines: list[str], removed: dict[int, Removal], n: int) -> bool:
    """Tell line `n` under a date or a stamp, within POST_DATE_MAX_LINES lines with words."""
    above = islice((k for k in range(n - 1, 0, -1) if _HAS_WORD.search(lines[k - 1])), POST_DATE_MAX_LINES)
    return any(
        (k in removed and removed[k].rule in STAMP_RULES) or date_only(markdown_free(lines[k - 1])) for k in above
    )


def _text_follows(lines: list[str], removed: dict[int, Removal], n: int) -> bool:
    """Tell a heading that the post's text follows: within POST_TEXT_MAX_LINES lines with words
    under line `n`, past the lines cleaning removed (a byline, tags, a photo), the first line kept
    is running text (`is_prose`, `is_sentence`, or a paragraph wrapped over lines, `runs_on`) and
    no other heading comes first."""
    below = islice((k for k in range(n + 1, len(lines) + 1) if _HAS_WORD.search(lines[k - 1])), POST_TEXT_MAX_LINES)
    for k in below:
        text = lines[k - 1].strip()
        if k in removed and removed[k].rule in STAMP_RULES:
            continue  # a byline set as a heading ("### By Jane Roe") is the post's
        if text.startswith("#"):
            return False
        if k in removed:
            continue
        under = next(_filled_under(lines, k), None)
        return is_prose(text) or is_sentence(text) or (under is not None and runs_on(text, lines[under - 1]))
    return False


def _under_opening_text(lines: list[str], cleaned: Cleaned, n: int) -> bool:
    """Tell line `n` under the story's running text opening the text: its first line with words is
    a paragraph the article keeps (`is_prose` or `is_sentence`, no headline's shape, no layout
    table's cell), and either another paragraph the article keeps stands between them, or the story
    under line `n` goes on with the first one's words (SUBHEADING_MIN_SHARED in common). A
    reader-mode extractor that left the headline out opens the text with the story, and a line
    further down is a subheading, a box or a question inside it, never the headline above the story
    (a subheading's own test, `_subheading`, reads only the paragraphs right above it). A line right
    under one sentence, or under a paragraph the story under it does not go on with, may be a
    headline under a note about the site ("Welcome to the Harbour Times, the paper that ...").
    (A whole page opens with its <title>, a Markdown
    page with its links or headings; a first line holding the line's words in a row is a <title>
    written as a sentence, `judged_title` asks.)"""
    kept = {line.number for line in cleaned.kept}
    opening = next((k for k in range(1, n) if _HAS_WORD.search(lines[k - 1])), None)

    def running(k: int) -> bool:
        text = lines[k - 1].strip()
        return (
            k in kept and not text.startswith("|") and not headline_rule(text) and (is_prose(text) or is_sentence(text))
        )

    if opening is None or not running(opening):
        return False
    if any(k in kept and is_prose(lines[k - 1]) for k in range(opening + 1, n)):
        return True  # the story's paragraphs above the line: no note about the site runs on so
    second = next((k for k in range(opening + 1, n) if _HAS_WORD.search(lines[k - 1])), None)
    if not is_prose(lines[opening - 1]) and (second is None or not running(second)):
        return False  # one sentence alone over the line may be a note about the site
    story = [line.text for line in cleaned.kept if line.number > n and is_prose(line.text)][:LEDE_PARAGRAPHS]
    return len(_stems(lines[opening - 1]) & frozenset().union(*map(_stems, story))) >= SUBHEADING_MIN_SHARED


_CLAUSE_ENDS = (".", "!", "?", ":", ";")
_DASHES = ("-", "–", "—", "|")


def _opens_paragraph_below(cleaned: Cleaned, found: Field) -> bool:
    """Tell a title that is the first words of the paragraph of running text the article keeps right
    under it, word for word, at least LEDE_SENTENCE_MIN_WORDS of them ("The council voted on Tuesday to close the
    old bridge for repairs, leaving" over the paragraph they open): the lede's opening, cut off where
    a scraper or a page's summary cut it, never a headline, which words the story its own way."""
    own = normalise_line(found.value or "")
    if len(own.split()) < LEDE_SENTENCE_MIN_WORDS or found.line is None:
        return False
    below = next((line.text for line in cleaned.kept if line.number > found.line), "")
    # (Running text: an image's description under the headline repeats it, "[![Headline](...)".)
    if not (is_prose(below) or is_sentence(below)) or not normalise_line(below).startswith(own + " "):
        return False
    # The sentence goes on past the title's words: a post that opens by repeating its headline ends
    # it there ("Headline. The post ...", "Headline - the post ...").
    words = below.split()
    size = len(own.split())
    return size < len(words) and not words[size - 1].endswith(_CLAUSE_ENDS) and words[size] not in _DASHES


def _judged(lines: list[str], cleaned: Cleaned) -> Field:
    picked = cleaned.title
    paragraphs, after = _ledes(cleaned, picked.line)
    banner = banner_lines(lines)
    if banner:  # its description is no paragraph of the story
        paragraphs, after = [n for n in paragraphs if n not in banner], [n for n in after if n not in banner]
    if not paragraphs or picked.rule in _DECLARED:
        return picked  # too little running text to tell what it is about
    removed = cleaned.removed_at
    if banner:  # nor any line of it a headline, for the pick and for every fallback below
        removed = removed | {n: Removal(n, lines[n - 1], "banner-alt-text") for n in banner}  # (a copy: shared)
    # Nor a box of the story's highlights, nor a label its parts repeat (cleaning's search skips them too).
    for rule, points in (("highlights", highlight_lines(lines)), ("recurring-line", recurring_lines(lines))):
        if points:  # (a copy: `removed` is cleaning's)
            removed = removed | {
                n: Removal(n, lines[n - 1], rule)
                for n in points
                if n not in removed or removed[n].rule in _MAY_BE_HEADLINE
            }
    lede = _lede(lines, after, removed)
    sites = title_site_parts(lines, paragraphs)
    shown = _shown_headline(lines, removed, lede, sites)
    if picked.rule == "page-title-shown" and not shown:
        shown = _part_shown_nearer(lines, removed, picked, paragraphs[0], sites)
    # A line right above the byline or the publication stamp is no label however few of its words
    # the lede uses ("Ferry fares frozen" over "Published on 14/01/2024"), whether it opens the text
    # or stands under a whole page's menus: the story's head is where its stamp is. (A bare date is
    # not enough, `over_stamp`: a page shows the day's date under its masthead.)
    stamped = picked.line is not None and over_stamp(lines, removed, picked.line)
    menu_cut = _cut_from_menu(lines, picked) or picked.line in banner
    if (
        stamped
        and not shown
        and picked.line != _opening(lines)
        and not _in_page_title(lines, picked.value or "")
        and (_doubtful(picked.value or "", lede) or menu_cut)
    ):
        # Unless something else says so (it opens the text, or the page's <title> holds it), such a
        # line yields to a headline the lede is about above the story: a column's or a section's
        # name stands over its writer's byline too ("Letters to the Editor" over "By Jane Roe").
        found = _headline_over_ledes(lines, removed, paragraphs)
        if found:
            return found
    if picked.value and not _doubtful(picked.value, lede, stamped) and not menu_cut:
        # The page's <title> says which line is the headline when the lede does not ("Harbour
        # Notes" shown under the logo, the <title> "Headline | Harbour Notes").
        # Nor is the <title> itself the headline when the page shows one of its parts alone: the
        # rest is the site's ("Headline _English_Xinhua" over "Headline").
        if (
            shown
            and (
                not _about(picked.value, lede)
                or picked.line == _opening(lines)
                or _truncated_copy(picked.value, shown.value or "")
                or _site_part_above(lines, picked, shown)
            )
            and (normalise_line(shown.value or "") != normalise_line(picked.value) or _heads(shown, picked, paragraphs))
        ):
            return shown
        # A site's name opening the text over its headline, of more words ("Harbour Rowing Club
        # News"), is shaped as one; the headline under it is the line the lede is more about.
        site_named = picked.line == _opening(lines) and _site_named(picked.value)
        short_opening = site_named or (picked.line == _opening(lines) and len(_stems(picked.value)) < TITLE_MIN_WORDS)
        if short_opening or not (_stems(picked.value) & lede):
            # "Rugby Union" opening the text over "Robinson and Ashton honoured": a section's or a
            # site's name of a word or two the lede happens to use; the headline stands nearer. So
            # does a forum's teaser the lede uses none of ("Post your emergency creative questions"
            # in a menu), when a line the lede is about stands nearer the story, further below it
            # than a standfirst under its headline would.
            start = _story_start(lines, removed, paragraphs[0])
            nearer = _headline_above(lines, removed, start, lede)
            if not short_opening:
                nearer = nearer or _headline_over_stamp(lines, removed, start, lede)
            if (
                nearer
                and nearer.line > picked.line
                and (short_opening or _apart(lines, picked.line, nearer.line))
                and not (site_named and _share(nearer.value or "", lede) <= _share(picked.value, lede))
            ):
                return nearer
            if site_named and not _about(picked.value, _lede(lines, after[:1], removed)):
                # A site's name opening the text, with no headline under it that the lede is about:
                # a reader-mode text that left the headline out names its site, not its story. Read
                # against the story's first paragraph: a club's fans' comments kept under the story
                # speak the site's words ("Rovers", "club", "news") that the story does not.
                return Field()
        if picked.rule in _SHAPE_ONLY and not stamped and _far_from_story(lines, removed, picked, after, lede):
            return Field()
        return picked
    if shown:
        return shown
    found = _headline_over_ledes(lines, removed, paragraphs)
    if found:
        return found
    lede = _lede(lines, paragraphs, removed)
    start = _story_start(lines, removed, paragraphs[0])
    below = _headline_below(lines, removed, paragraphs[-1], lede)
    stamped_line = _headline_over_stamp(lines, removed, start, lede)
    return (
        below
        or _heading_above(lines, removed, paragraphs[0])
        or stamped_line
        or _opening_over_story(lines, removed, start, lede)
        or Field()
    )


def _headline_over_ledes(lines: list[str], removed: dict[int, Removal], paragraphs: list[int]) -> Field | None:
    """Return the headline above one of the first LEDE_PARAGRAPHS `paragraphs` that the lede read
    from there is about (`_headline_above`), the first paragraph's first."""
    for i, first in enumerate(paragraphs[:LEDE_PARAGRAPHS]):
        # The story begins at its opening sentences: the headline stands above them.
        start = _story_start(lines, removed, first) if i == 0 else first
        found = _headline_above(lines, removed, start, _lede(lines, paragraphs[i:], removed if i == 0 else None))
        if found:
            return found
    return None


def _in_full(lines: list[str], cleaned: Cleaned, found: Field) -> Field:
    """Return the line right under a headline that breaks off ("/ Harbour Council Votes ..." in a
    breadcrumb) which shows it in full, within TITLE_DECK_MAX_GAP lines; else the headline."""
    if found.line is None or not (found.value or "").rstrip().endswith(("...", "…")):
        return found
    removed = cleaned.removed_at
    below = list(islice(_filled_under(lines, found.line), TITLE_DECK_MAX_GAP))
    for n in below:
        rem = removed.get(n)
        text = lines[n - 1].strip()
        if (rem is None or rem.rule in _MAY_BE_HEADLINE) and _truncated_copy(found.value or "", text):
            return Field(text, n, "headline-in-full")
    return found


#: A Markdown image's description broken over lines stands at most this many lines under its "![".
BANNER_MAX_LINES = 4
#: A Markdown image opening a line and broken off before its description ends: "[![" or "![Harbour".
_IMAGE_OPENS = re.compile(r"^\s*\[?!\[(?!.*\]\()")
#: The link a line closes last: "...](banner.jpg)](https://harbournotes.example/)".
_LAST_LINK = re.compile(r"\]\(([^()\s]*)\)\s*$")


def banner_lines(lines: list[str]) -> set[int]:
    """Return the numbers of the lines that describe an image linking to the site's home page,
    broken over lines ("[![" / "Harbour Notes" / "A blog of the harbour" / "](banner.jpg)](/)"):
    the site's banner, its description the site's name and slogan, never the story's headline,
    however much of the lede speaks of them (a blog's name names its subject). An image linking
    elsewhere, or to nothing, may show the headline (a linked headline image, "[![Headline")."""
    found: set[int] = set()
    for n, text in enumerate(lines, 1):
        if "![" not in text or not _IMAGE_OPENS.match(text):
            continue
        for m in range(n + 1, min(n + BANNER_MAX_LINES, len(lines)) + 1):
            if "](" in lines[m - 1]:
                link = _LAST_LINK.search(lines[m - 1])
                if link and is_home_link(f"[site]({link.group(1)})"):
                    found.update(range(n, m + 1))
                break
    return found


def _cut_from_menu(lines: list[str], picked: Field) -> bool:
    """Tell a pick that cleaning cut out of a menu's or a tool bar's line (`menu_shaped`): "Font:
    A A A" kept from "Page Tools: SHARE | SAVE | Font: A A A | FLAG".
    Not the text's first line: a whole page's <title> joins a headline of two words to its
    section's and site's names as a menu joins its links ("Mayor quits | News | Harbour Times")."""
    return (
        picked.line is not None and picked.line != _opening(lines) and menu_shaped(plain_text(lines[picked.line - 1]))
    )


def _apart(lines: list[str], upper: int, lower: int) -> bool:
    """Tell two lines more than TITLE_DECK_MAX_GAP lines with words apart: not a headline and the
    standfirst under it."""
    return sum(1 for k in range(upper + 1, lower) if _HAS_WORD.search(lines[k - 1])) >= TITLE_DECK_MAX_GAP


def _truncated_copy(text: str, full: str) -> bool:
    """Tell a line that shows the first words of another and breaks off ("/ Harbour Council Votes
    ..." in a breadcrumb, over "Harbour Council Votes to Reopen the Ferry")."""
    if not text.rstrip().endswith(("...", "…")):
        return False
    start = normalise_line(text)
    return bool(start) and normalise_line(full).startswith(start)


def _ledes(cleaned: Cleaned, picked: int | None) -> tuple[list[int], list[int]]:
    """Return the first paragraphs of running text (`is_prose`), as many as `_judged` reads: the
    first 2 * LEDE_PARAGRAPHS, and the first LEDE_PARAGRAPHS under the line `picked`. The rest of
    the article is not read (most of a title's cost was telling every paragraph)."""
    paragraphs: list[int] = []
    after: list[int] = []
    for line in cleaned.kept:
        if len(paragraphs) >= 2 * LEDE_PARAGRAPHS and len(after) >= LEDE_PARAGRAPHS:
            break
        if is_prose(line.text):
            paragraphs.append(line.number)
            if picked is None or line.number > picked:
                after.append(line.number)
    return paragraphs, after


def _site_part_above(lines: list[str], picked: Field, shown: Field) -> bool:
    """Tell a pick that shows one part of the page's <title> alone above the line showing another
    part: the site's name in the masthead over the post's title ("Harbour Notes" / its description /
    "Building the Pier" under the <title> "Harbour Notes: Building the Pier"); the lede may be about
    both, the description under the name speaking of the site's subject."""
    own = squeeze_line(picked.value or "")
    return (
        picked.line is not None
        and shown.line is not None
        and shown.line > picked.line
        and any(squeeze_line(p) == own for p in _title_parts(lines))
    )


def _heads(shown: Field, picked: Field, paragraphs: list[int]) -> bool:
    """Tell a line that shows the <title>'s headline with the same words above the article's first
    paragraph: that is where the article's head stands (a teaser repeating it lower down is not)."""
    return picked.line != shown.line and shown.line is not None and shown.line < paragraphs[0]


def _in_page_title(lines: list[str], text: str) -> bool:
    """Tell a line whose words the text's first line (a whole page's <title>) holds in a row."""
    own, first = normalise_line(text), _opening(lines)
    return bool(own and first) and f" {own} " in f" {normalise_line(lines[first - 1])} "


def _opening(lines: list[str]) -> int:
    """The number of a text's first line that is not blank: a whole page's <title>."""
    return next((n for n, t in enumerate(lines, 1) if t.strip()), 0)


#: A source named in brackets after a <title>'s headline has at least and at most these many
#: characters ("(AP)", "(from The Harbour Times)"): a bound set with the rule (session 34), not
#: fitted on the tune pages; longer brackets are the headline's own words.
SOURCE_NAME_MIN_CHARS, SOURCE_NAME_MAX_CHARS = 2, 60


#: A <title> part that names its source in brackets after the headline ("Headline (from The Harbour
#: Times)", "Headline (AP)"): the page shows the headline without them.
_SOURCE_AFTER = re.compile(rf"^(.+?\S)\s+\([^()]{{{SOURCE_NAME_MIN_CHARS},{SOURCE_NAME_MAX_CHARS}}}\)$")


#: The separators that join a site's name to its headline in a <title>, each read alone (see
#: headlines.TITLE_SEPARATOR): a bar ("Site | Headline: its subject – more") and a colon after the
#: name ("Harbour Notes: Building the Pier - the Deck", a blog's <title>). The headline may hold the
#: other separators itself: cut at every separator at once, it is in no part.
_SITE_SEPARATORS = (re.compile(r"\s*\|\s*"), re.compile(r"(?<=\w):\s+"))


def _title_parts(lines: list[str]) -> list[str]:
    """The parts of a page's first line, its <title> on a whole page ("Headline - Site:"), as the
    headline's and the site's readings cut it."""
    opening = next((t for t in lines if t.strip()), "")
    parts = [p.strip(" :|") for p in TITLE_SEPARATOR.split(opening)]
    parts += [p.strip(" :|") for p in SITE_TITLE_SEPARATOR.split(opening)]  # "globeandmail.com: Headline"
    parts += [p.strip(" :|") for p in DASH_TITLE_SEPARATOR.split(opening)]  # "Evolve: A Guide — Site"
    parts += [p.strip(" :|") for separator in _SITE_SEPARATORS for p in separator.split(opening) if p != opening]
    parts += [m.group(1).strip(" :|") for p in parts if (m := _SOURCE_AFTER.match(p))]  # "Headline (from Site)"
    return list(dict.fromkeys(p for p in parts if p))


def _shown_headline(
    lines: list[str], removed: dict[int, Removal], lede: frozenset[str], sites: set[str]
) -> Field | None:
    """Return the line after the first that shows alone a part of the page's <title> shaped like a
    headline (of at least TITLE_MIN_WORDS words) that is not the site's (`sites`, normalised: the
    masthead shows that one alone); of several, the part the lede is most about. A list's item
    opens no page with its <title> (`headlines.page_title_parts`): a Markdown text opening on its
    menu ("* [Jobs](/jobs)") shows that item again in the menu its other pages repeat."""
    if lines[_opening(lines) - 1].lstrip().startswith(LIST_OPENERS):
        return None
    parts = [
        p
        for p in _title_parts(lines)
        if (_headline_shaped(_one_stop_off(p)) or _sentences_headline(p))
        and len(_stems(p)) >= TITLE_MIN_WORDS
        and normalise_line(p) not in sites
    ]
    if not parts:
        return None
    wanted = {squeeze_line(p): -_share(p, lede) for p in parts}
    longest = max(len(p) for p in parts) + SHOWN_EXTRA_CHARS
    shown: dict[str, int] = {}
    for n in range(_opening(lines) + 1, len(lines) + 1):
        text, rem = lines[n - 1], removed.get(n)
        if len(text) <= longest and (rem is None or rem.rule in _MAY_SHOW_TITLE):
            key = squeeze_line(text)
            if key in wanted:
                shown.setdefault(key, n)
    if not shown:
        return None
    n = shown[min(shown, key=lambda k: wanted[k])]
    return Field(lines[n - 1].strip(), n, "page-title-shown")


def _part_shown_nearer(
    lines: list[str], removed: dict[int, Removal], picked: Field, first: int, sites: set[str]
) -> Field | None:
    """Return the line nearest above paragraph `first`, below cleaning's pick `picked`, that shows
    alone another part of the page's <title> shaped like a headline, not the site's (`sites`), when
    the pick has fewer than TITLE_MIN_WORDS words of four letters or more: a <title> of short parts
    ("Headline? - Site") shows the site's name in the masthead and the headline over the article."""
    if picked.line is None or picked.line >= first or len(_stems(picked.value or "")) >= TITLE_MIN_WORDS:
        return None
    own = squeeze_line(picked.value or "")
    parts = {
        squeeze_line(p)
        for p in _title_parts(lines)
        if _headline_shaped(_one_stop_off(p)) and _stems(p) and normalise_line(p) not in sites
    } - {own}
    for n in range(first - 1, picked.line, -1):
        rem = removed.get(n)
        if (rem is None or rem.rule in _MAY_BE_HEADLINE) and squeeze_line(lines[n - 1]) in parts:
            return Field(lines[n - 1].strip(), n, "page-title-shown-nearer")
    return None


def _sentences_headline(text: str) -> bool:
    """Tell a headline written as short sentences ("We're back. Sort of.", "Firewalkers got burned,
    but most don't. How?"), which `_headline_shaped` refuses for its full stops: fewer than
    TITLE_MAX_WORDS words, its first sentence shaped like a headline, and no shape a headline never
    has (`_never_headline`). Read for a part of the page's <title> that the page shows alone: the
    <title> and the line say it is the headline; a paragraph's sentences are neither short nor in
    the <title>."""
    first = SENTENCE_BREAK_BEFORE_WORD.split(text.strip(), maxsplit=1)
    return (
        len(first) == 2
        and len(text.split()) < TITLE_MAX_WORDS
        and _headline_shaped(_one_stop_off(first[0].strip()))
        and not label_or_date(text)
        and not _never_headline(text)
    )


def _one_stop_off(text: str) -> str:
    """A headline without the one full stop some sites end it with ("Apple updates its Macs."): a
    part of the <title> that the page shows again alone is its headline all the same. An ellipsis
    stays (a teaser breaks off)."""
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _site_named(text: str) -> bool:
    """Tell a line shaped like a site's name ("Harbour Rowing Club News": a few capitalised words
    ending in an outlet word, `outletnames.masthead_shaped`)."""
    from .outletnames import masthead_shaped  # outletnames reads the page's head, which reads titles

    return masthead_shaped(text)


def _share(text: str, lede: frozenset[str]) -> float:
    stems = _stems(text)
    return len(stems & lede) / len(stems) if stems else 0.0


def _doubtful(text: str, lede: frozenset[str], stamped: bool = False) -> bool:
    """Tell a pick that is a label, not a headline: a few words, none of them in the lede
    ("Premium Article !", "Breaking News", "Make us your homepage"; see LABEL_MAX_WORDS), unless it
    is `stamped`, right above the byline or the publication stamp; or a line holding a date (a
    headline run into its stamp: "Headline Last Updated: 29/12/2007"); or a link to another post
    ("« Older post title")."""
    stems = _stems(text)
    return (
        (not stamped and not (stems & lede) and len(stems) <= LABEL_MAX_WORDS)
        or section_label(text)
        or _never_headline(text)
    )


def _never_headline(text: str) -> bool:
    """Tell a line of a shape no headline has, whatever the lede says: a date in it, a credit, a
    menu, an appeal, a credit's opener, a link to another post, a line cut off mid-phrase, a
    person's name alone, a list's item, a sentence ending inside its quotes, a bare byline, a
    photo's closing credit, a box of highlights run into its first point, a dateline opening
    running text. Read by `_doubtful`
    (a pick doubted) and `_headline_shaped` (a fallback's candidate)."""
    plain = text.strip()
    return (
        bool(find_dates(text))
        or _credit(text)
        or menu_shaped(text)
        or bool(_APPEAL.match(plain))
        or bool(_CREDIT_OPENER.match(plain))
        or bool(_POST_LINK.search(plain))
        or cut_off_mid_phrase(text)
        or person_alone(text)
        or bool(_LIST_ITEM.match(text))
        or quoted_sentence(text)
        or bool(_BARE_BYLINE.match(plain))
        or bool(_CLOSING_CREDIT.search(plain))
        or bool(_HIGHLIGHTS_RUN_IN.match(plain))
        or opens_on_dateline(plain)
    )


def opens_on_dateline(text: str) -> bool:
    """Tell a line opening on a dateline that names its region or its agency ("WEXLEY, England
    (Reuters) - The council voted ...", "WEXLEY (AP) — The council ..."), running text after it:
    the story's first paragraph, or its opening cut off, never a headline. A kicker in capitals
    and a dash ("VIDEO - Headline") names neither."""
    m = DATELINE.match(text)
    return bool(m) and ("(" in m.group() or "," in m.group()) and bool(_LOWERCASE_WORD.search(text, m.end()))


#: A list's item opens with a bullet ("• Police suspect the crane was sabotaged", a story's highlights
#: or a teaser list) or Markdown's "+" of a nested list: never the story's headline, however much of
#: the lede it sums up. (Cleaning's own list openers, headlines.LIST_OPENERS, are dashes and stars.)
_LIST_ITEM = re.compile(r"^\s*(?:[•·●▪◦►■]|\+\s)")


#: A person's name alone on a line has at most this many words ("Jane Roe", "Jane Ann Roe").
PERSON_LINE_MAX_WORDS = 3


def person_alone(text: str) -> bool:
    """Tell a line that is a person's name and nothing else ("Jane Roe"): the writer's byline under
    the headline, a photo's subject, a cast list's first name; never the story's headline, however
    much of the lede speaks of the person. A given name first, not a place's ("Paris Meetup"), and no
    word an everyday one: a headline in Title Case opening on a name goes on with them ("Nicole
    Kidman Is Pregnant"), and a surname that is one ("Gordon Brown") is left alone."""
    words = text.split()
    return (
        2 <= len(words) <= PERSON_LINE_MAX_WORDS
        and is_first_name(words[0])
        and not is_place(words[0])
        and is_person_like(words)
        and not any(is_common_word(w) for w in words)
    )


#: A line ending on a word that never ends a phrase, an article, a possessive or a conjunction in
#: small letters ("Dock workers watch the crane from their", "While the app works best in the"), is
#: cut off where a page broke it (a caption clipped to its box, a link broken out of its sentence):
#: the rest stands elsewhere, and no headline ends so. Not "her" nor "his", which a headline ends
#: on as an object or a predicate ("Man jailed for stalking her", "The race is his"); prepositions
#: may end one ("What It's Made Of", "Giving In"); a capital is a name's ("Plan A").
_OPEN_END = re.compile(r"\s(?:the|a|an|its|their|our|your|my|and|or|nor)$")


def cut_off_mid_phrase(text: str) -> bool:
    """Tell a line cut off mid-phrase (`_OPEN_END`): no headline, whatever words of the lede it holds."""
    return bool(_OPEN_END.search(text.rstrip()))


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # the head's anchors, the ledes, bylines and stamps ask of the same lines
def is_prose(text: str) -> bool:
    """Tell a paragraph of running text: PROSE_MIN_WORDS words or more, mostly not capitalised, and
    not a script the cleaning left ("if (s.length < 2) { var c = ..."); a sentence's inline tags
    ("<a href=...>") are no code."""
    initials = _initials(text)
    if len(initials) < PROSE_MIN_WORDS or is_code_line(HTML_TAG.sub(" ", text) if "<" in text else text):
        return False
    return sum(map(str.islower, initials)) >= PROSE_MIN_LOWERCASE_SHARE * len(initials)


def _initials(text: str) -> list[str]:
    r"""Each word's first character, as `str.split` cuts words: what `(?<!\S)\S` finds (its `\s` is
    Unicode's whitespace, the one `str.split` parts at), a third faster than that pattern's
    lookbehind tried at each character."""
    return list(map(itemgetter(0), text.split()))


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """A line's content words cut to their first STEM_LETTERS letters; a word of that many ending
    in "s" loses it, so that a plural of four letters meets its singular ("bills" meets "Bill",
    "tolls" meets "toll"). (Written out in one expression: a function call a word was most of it.)"""
    return frozenset(
        {w[:-1] if len(w) == STEM_LETTERS and w.endswith("s") else w[:STEM_LETTERS] for w in content_words(text)}
    )


def _lede(lines: list[str], paragraphs: list[int], removed: dict[int, Removal] | None) -> frozenset[str]:
    """The words of the first LEDE_PARAGRAPHS `paragraphs`, and, given cleaning's `removed` lines,
    of the story's opening sentences (`_opening_sentences`) and the short paragraphs among them. A
    lede read further down the article has none: a sentence there may open a box inside it ("606:
    DEBATE" / "What players ... ?" over a quotation)."""
    numbers = paragraphs[:LEDE_PARAGRAPHS]
    if removed is not None and numbers:
        between = range(numbers[0] + 1, numbers[-1])
        numbers = numbers + _opening_sentences(lines, removed, numbers[0])
        numbers += [n for n in between if n not in removed and n not in numbers and is_sentence(lines[n - 1])]
    return frozenset().union(*(_stems(lines[n - 1]) for n in numbers))


def _story_start(lines: list[str], removed: dict[int, Removal], first: int) -> int:
    """The line the story begins at: its opening sentences above paragraph `first`, or `first`."""
    return min(_opening_sentences(lines, removed, first), default=first)


def _opening_sentences(lines: list[str], removed: dict[int, Removal], first: int) -> list[int]:
    """The lines right above paragraph `first` that are one sentence each (`is_sentence`): a news
    story opens with one, too short to be running text. Kept, or taken for the page's chrome above
    the article (a layout's removal): the headline search reads those too."""
    found: list[int] = []
    for n in range(first - 1, 0, -1):
        if not lines[n - 1].strip():
            continue
        rem = removed.get(n)
        if (rem and rem.rule != "layout") or not is_sentence(lines[n - 1]):
            break
        found.append(n)
    return found


def is_sentence(text: str) -> bool:
    """Tell a line of running text too short for `is_prose`: a sentence of LEDE_SENTENCE_MIN_WORDS
    words or more, mostly not capitalised, ending with its full stop (a headline has none)."""
    text = text.strip()
    return (
        text.endswith(_SENTENCE_ENDS)
        and not text.startswith(LIST_OPENERS)
        and _sentence_worded(text)
        and not headline_rule(text)
    )


def _sentence_worded(text: str) -> bool:
    """Tell a line worded as a sentence of running text: LEDE_SENTENCE_MIN_WORDS words or more,
    mostly not capitalised."""
    initials = _initials(text)
    lowercase = sum(map(str.islower, initials))
    return len(initials) >= LEDE_SENTENCE_MIN_WORDS and lowercase >= PROSE_MIN_LOWERCASE_SHARE * len(initials)


_SENTENCE_ENDS = (".", "!", "?", '."', ".”", ".'", ".’")
#: A sentence's end inside its closing quotation mark ('... would reopen "within weeks."'), not an
#: ellipsis's ('"more..."', a teaser's).
_QUOTED_END = re.compile(r"(?<!\.)[.?!][\"”’']$")


def quoted_sentence(text: str) -> bool:
    """Tell a sentence of running text that ends inside a quotation ('Harbour master Jane Roe asked
    the council whether there were "any ships left?"'), worded as `is_sentence` reads a sentence
    (`_sentence_worded`). A reader-mode text that left the headline out may open with the lede's
    first sentence; no headline is written so, though one may quote a question in Title Case
    ("Mayor Asks: 'Why Not Reopen the Pier?'"). (A sentence ending on its own full stop is no
    headline already, `headlines.headline_rule`.)"""
    text = text.strip()
    return bool(_QUOTED_END.search(text)) and _sentence_worded(text)


def _about(text: str, lede: frozenset[str]) -> bool:
    """Tell whether the lede is about a line: it uses most of the line's words (TITLE_MIN_SHARE)."""
    stems = _stems(text)
    shared = len(stems & lede)
    return shared >= TITLE_MIN_SHARED and shared >= TITLE_MIN_SHARE * len(stems)


def _headline_above(lines: list[str], removed: dict[int, Removal], first: int, lede: frozenset[str]) -> Field | None:
    """Return the nearest line above paragraph `first` shaped like a headline that the lede is
    about; or the one right above that, when it qualifies too (the first was a standfirst)."""
    found: Field | None = None
    seen = 0
    for n in range(first - 1, 0, -1):
        raw = lines[n - 1].strip()
        if not _HAS_WORD.search(raw):
            continue  # blank, or a layout table's empty row ("|  |  |")
        seen += 1
        if seen > TITLE_MAX_LINES_ABOVE or (found and found.line - n > TITLE_DECK_MAX_GAP):
            break
        rem = removed.get(n)
        if (rem and rem.rule not in _MAY_BE_HEADLINE) or raw.startswith(LIST_OPENERS):
            continue  # a list item is another story's teaser, not the headline (as in cleaning's search)
        if is_home_link(raw.lstrip("#").strip()):
            continue  # a link to the site's home page, a heading's too, is the site's name (`_heading_above`)
        text = _cell(plain_text(raw))
        if (
            text
            and (_headline_shaped(text) or (found is None and _shouted_headline(text)))
            and not _RESULT.match(text)
            and _about(text, lede)
            and len(_stems(text)) >= TITLE_MIN_WORDS
            and not _subheading(lines, removed, n)
            and not _runs_into_text(lines, removed, n)
        ):
            if found:
                # (A site's name over the headline is no headline over its standfirst.)
                return found if _site_named(text) else Field(text, n, "headline-the-lede-is-about")
            found = Field(text, n, "headline-the-lede-is-about")
    return found


def _far_from_story(
    lines: list[str], removed: dict[int, Removal], picked: Field, after: list[int], lede: frozenset[str]
) -> bool:
    """Tell a pick with nothing but its shape for it: not the text's first line (a reader-mode
    text's headline, a whole page's <title>) nor a Markdown level-one heading, the lede not about
    it (`_about`), more than a standfirst's and a credit's lines between it and the story
    (`_apart`), no byline or stamp within a standfirst's reach under it, and the story's text not
    beginning right under it either (a wire story wrapped over short lines is no running text until
    its paragraphs end). A menu item or a box's label far above the story of a text that left its
    headline out ("Shipping & Harbour Affairs" over the rest of a menu)."""
    if picked.line is None or not after or picked.line == _opening(lines) or _about(picked.value or "", lede):
        return False
    if MD_H1.match(lines[picked.line - 1]):
        return False  # the page's own first-rank heading says it is the headline
    if not _apart(lines, picked.line, _story_start(lines, removed, after[0])):
        return False
    under = list(islice(_filled_under(lines, picked.line), TITLE_DECK_MAX_GAP))
    if any(k in removed and removed[k].rule in STAMP_RULES for k in under):
        return False  # the story's head: headline, standfirst, byline and stamp, over a live blog's posts
    return not (len(under) >= 2 and under[0] not in removed and runs_on(lines[under[0] - 1], lines[under[1] - 1]))


def _filled_under(lines: list[str], n: int) -> Iterator[int]:
    """Yield the numbers of the lines under line `n` that hold text, top down."""
    return (k for k in range(n + 1, len(lines) + 1) if lines[k - 1].strip())


def _runs_into_text(lines: list[str], removed: dict[int, Removal], n: int) -> bool:
    """Tell line `n` that the article's text right under it carries on (`linejoins.runs_on`: it ends
    without a full stop, the kept line under it opens in lowercase): a piece of a paragraph or of a
    quotation a scraper broke over two lines ('"The crane fell in seconds," the harbour master says
    of the' / 'collapse. "Nobody was hurt."'), however much of it the lede repeats. No headline runs on so into
    its story."""
    under = next(_filled_under(lines, n), None)
    if under is None or under in removed:
        return False
    below = lines[under - 1]
    if _SPELT_LOWER.match(below):
        return False  # a standfirst opening on a name spelt in lowercase ("iWidget makers say ...")
    # (A credit under the headline opens in lowercase too: "by Jane Roe, Tuesday, March 4, 2024".)
    return runs_on(lines[n - 1], below) and not BYLINE_OPENER.match(below.strip()) and not find_dates(below)


#: A line opening on a word spelt with a lowercase first letter and a capital inside it ("iWidget",
#: "eMarket"): a brand's or a product's spelling, not a sentence's next word in lowercase.
_SPELT_LOWER = re.compile(r"^[\W_]*[a-z]+[A-Z]")


def _shouted_headline(text: str) -> bool:
    """Tell a headline set in capitals ("MAYOR OPENS NEW BRIDGE"): shaped like a headline once its
    capitals are lowered. Cleaning takes a line in capitals for a section's name ("WORLD NEWS"), so
    only the line the lede is about nearest above it, whose words are not all a section's, may be one
    (`_headline_above`): a line in capitals over a headline is the section's name above it ("OTHER
    HARBOUR NEWS"), however many of its words the lede uses."""
    return text.isupper() and not section_label(text) and _headline_shaped(text.capitalize())


def _subheading(lines: list[str], removed: dict[int, Removal], n: int) -> bool:
    """Tell a subheading inside the story: line `n` has the story's running text (kept, `is_prose`
    or `is_sentence`) right above and right below it, and the text above goes on with the story
    below (SUBHEADING_MIN_SHARED words in common). A headline stands above its story, not between
    two of its paragraphs ("... three stories on Election Day." / "Preparing for a close election" /
    "Amy Hollyfield, ... the driving force behind the Times' Election Day preparations"); a welcome
    note above a headline speaks of something else."""

    def running(k: int) -> bool:
        return k not in removed and (is_prose(lines[k - 1]) or is_sentence(lines[k - 1]))

    # Two paragraphs of the story above it: one paragraph over a headline may be a note about the
    # site that speaks of the story's subject ("Welcome to the Harbour Times, the paper that has
    # covered the council and the harbour bridge ..." over "Council votes to close harbour bridge").
    above = list(islice((k for k in range(n - 1, 0, -1) if _HAS_WORD.search(lines[k - 1])), 2))
    below = (k for k in range(n + 1, len(lines) + 1) if _HAS_WORD.search(lines[k - 1]))
    first = next(below, None)  # (read lazily: only the story's first paragraphs are needed)
    if len(above) < 2 or first is None or not all(map(running, above)) or not running(first):
        return False
    story = list(islice((k for k in chain([first], below) if running(k)), LEDE_PARAGRAPHS))
    after = frozenset().union(*(_stems(lines[k - 1]) for k in story))
    return len(_stems(lines[above[0] - 1]) & after) >= SUBHEADING_MIN_SHARED


def _headline_over_stamp(
    lines: list[str], removed: dict[int, Removal], start: int, lede: frozenset[str]
) -> Field | None:
    """Return the line right above the story's stamp (a byline or a date, at most
    clean.HEAD_STAMP_MAX_LINES lines right above the story's first line `start`) when it is shaped
    like a headline and the lede uses one of its words: its place says it is the headline, however
    figuratively it words the story ("CES: iSleep to iDream with iPod-ready bed" / "Monday 14 Jan
    2008 - 09:24" / "The world's first iPod-compatible bed ...")."""
    above = islice((n for n in range(start - 1, 0, -1) if _HAS_WORD.search(lines[n - 1])), HEAD_STAMP_MAX_LINES + 1)
    stamps = 0
    for n in above:
        rem = removed.get(n)
        if rem and rem.rule in STAMP_RULES:
            stamps += 1
            continue
        text = _cell(plain_text(lines[n - 1].strip()))
        if (
            stamps
            and (rem is None or rem.rule in _MAY_BE_HEADLINE)
            and not lines[n - 1].lstrip().startswith(LIST_OPENERS)
            and _headline_shaped(text)
            and len(_stems(text)) >= TITLE_MIN_WORDS
            and _stems(text) & lede
        ):
            return Field(text, n, "headline-over-stamp")
        return None
    return None


def _opening_over_story(
    lines: list[str], removed: dict[int, Removal], start: int, lede: frozenset[str]
) -> Field | None:
    """Return the text's first line when the story begins right under it (`start`, no line with a
    word between them), it is shaped like a headline and the lede uses OPENING_MIN_SHARE of its
    words: a reader-mode extractor writes the headline first and the story under it, and the
    headline may word the story figuratively, so that the lede uses few of its words ("Storm's
    bill may sink the county budget" over "The storm that flooded the harbour may leave a hole in
    the county's budget ..."). A name or a photo's credit the lede does not use is none, nor is a
    writer's desk ("Staff Writer"), a teaser that breaks off ("Scores, fixtures and tables from
    every league...more") or a section's number and name ("II. The Crossing"), whatever words the
    lede shares with them."""
    n = _opening(lines)
    if not n or n >= start or any(_HAS_WORD.search(lines[k - 1]) for k in range(n + 1, start)):
        return None
    rem = removed.get(n)
    raw = lines[n - 1].strip()
    if (
        (rem and rem.rule not in _MAY_BE_HEADLINE)
        or raw.startswith(LIST_OPENERS)
        or is_home_link(raw.lstrip("#").strip())
    ):
        return None  # (a link to the site's home is its name, `_headline_above`)
    text = _cell(plain_text(raw))
    if not text or DESK_LINE.match(text) or _BROKEN_OFF.search(text) or _SECTION_NUMBER.match(text):
        return None
    if _site_named(text) and not _about(text, lede):
        return None  # the site's name over a story that does not speak of it, as `_judged` reads it
    stems = _stems(text)
    shared = len(stems & lede)
    if _headline_shaped(text) and shared and shared >= OPENING_MIN_SHARE * len(stems):
        return Field(text, n, "opening-over-story")
    return None


#: A line opening with a section's or a point's number ("II. The Crossing", "3) Costs"): a part of the
#: story, never its headline (`_headline_shaped`, `_opening_over_story`).
_SECTION_NUMBER = re.compile(r"^(?:[IVX]{1,4}|\d{1,3})[.)]\s")
#: A line that breaks off with an ellipsis, and maybe a link to the rest ("... more"): a teaser.
_BROKEN_OFF = re.compile(r"(?:\.\.\.|…)\s*(?:(?i:read\s+)?(?i:more)\W*)?$")


def _headline_below(lines: list[str], removed: dict[int, Removal], last: int, lede: frozenset[str]) -> Field | None:
    """Return a line shaped like a headline that the lede is about and that the page shows twice,
    one copy right under the other, below the article's last paragraph of running text `last`
    (within TITLE_MAX_LINES_ABOVE lines): a page that puts its headline under the story."""
    below = [n for n in range(last + 1, len(lines) + 1) if _HAS_WORD.search(lines[n - 1])]
    if any(n not in removed and is_prose(lines[n - 1]) for n in below):
        return None  # `last` is not the article's last paragraph
    for i, n in enumerate(below[:TITLE_MAX_LINES_ABOVE]):
        rem = removed.get(n)
        text = lines[n - 1].strip()
        if (rem and rem.rule not in _MAY_BE_HEADLINE) or text.startswith(LIST_OPENERS):
            continue
        twice = i + 1 < len(below) and normalise_line(lines[below[i + 1] - 1]) == normalise_line(text)
        if twice and _headline_shaped(text) and _about(text, lede) and len(_stems(text)) >= TITLE_MIN_WORDS:
            return Field(text, n, "headline-shown-twice-below")
    return None


def _heading_above(lines: list[str], removed: dict[int, Removal], first: int) -> Field | None:
    """Return the nearest Markdown level-one heading above paragraph `first`, within
    HEADING_MAX_LINES_ABOVE lines, shaped like a headline: the page says it is its headline, though
    a byline, a comment counter, a photo and its credit stand between it and the lede. (Cleaning
    takes an H1 whose words the article uses, `headlines.H1_MIN_SHARE`; this is the fallback when the
    lede uses none of them.)"""
    seen = 0
    for n in range(first - 1, 0, -1):
        raw = lines[n - 1].strip()
        if not _HAS_WORD.search(raw):
            continue
        seen += 1
        if seen > HEADING_MAX_LINES_ABOVE:
            break
        rem = removed.get(n)
        if not MD_H1.match(raw) or (rem and rem.rule not in _MAY_BE_HEADLINE) or is_home_link(raw[1:]):
            continue
        text = markdown_free(raw)
        if text and _headline_shaped(text):
            return Field(text, n, "markdown-h1-above-lede")
        return None  # the nearest heading of the page's first rank is no headline: no other is
    return None


def _cell(text: str) -> str:
    """The text of a line that is one cell of a layout table ("| Headline |"), else the line."""
    if "|" not in text:
        return text
    cells = table_cells(text)
    return cells[0] if len(cells) == 1 else ""


def _headline_shaped(text: str) -> bool:
    words = len(text.split())
    return (
        bool(headline_rule(_ABBREVIATION.sub(r"\1", text)))
        and words < TITLE_MAX_WORDS
        and not label_or_date(text)
        and not _SECTION_NUMBER.match(text)
        and not _never_headline(text)
    )


def menu_shaped(text: str) -> bool:
    """Tell a menu's or a tool bar's line: MENU_MIN_LABELS different labels with their colons
    (`_LABEL_PART`: "Find: Within section: ...", "Page Tools: SHARE | SAVE | Font: A A A"), or
    MENU_MIN_ITEMS items of at most MENU_ITEM_MAX_WORDS words joined by bars or bullets ("Log In |
    Join | Lost Login?", "Ads: Motors | Homes | Jobs"). No headline is shaped so, whatever words of
    the lede it holds."""
    text = text.strip()
    if len({normalise_line(m) for m in _LABEL_PART.findall(text)}) >= MENU_MIN_LABELS and not _kicked_headline(text):
        return True
    items = [i for i in _MENU_SEPARATOR.split(_LABEL_PART.sub(" ", text, count=1)) if i.strip()]
    return len(items) >= MENU_MIN_ITEMS and all(len(i.split()) <= MENU_ITEM_MAX_WORDS for i in items)


def _kicked_headline(text: str) -> bool:
    """Tell a headline under kickers chained at its head ("Review: Film: a slow burn", "Harbour:
    Mayor: no deal yet"): the labels open the line, no bar or bullet follows, and the rest is a
    clause, holding a word in lowercase."""
    chain = _KICKER_CHAIN.match(text)
    rest = text[chain.end() :] if chain else ""
    return (
        bool(rest)
        and not _LABEL_PART.search(rest)
        and not re.search(r"[|•]", rest)
        and bool(_LOWERCASE_WORD.search(rest))
    )


def _credit(text: str) -> bool:
    """Tell a photo's credit or a copyright line by its sign ("Jane Roe © Harbour Images"), whatever
    words of the lede it holds (the picture's subject)."""
    return "©" in text and bool(_CREDIT_MARK.search(text))
