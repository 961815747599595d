"""Where the article is on the page: what each line is shaped like, and the stretch that is the article.

A scraper's text of a whole page puts the article between menus, teaser lists, footers and
comments; a reader-mode extraction keeps less of them. Line rules (`dossier.rules`) know chrome by
its words. This stage knows it by its shape and its place, the way a reader does at a glance:

1. Each line gets a score of how much it looks like article text (`line_score`): sentences
   (`PROSE_MIN_WORDS` words or more, with the function words of running text) count for it, by
   their length; menu items, teaser headlines and strings of links separated by "|" count
   against; data lines (results, fact boxes, table rows, numbered lists) count neither way, so
   they go with their neighbours; a line a rule removed counts firmly against.
2. The article is the best path through four states, line by line: before the article, in it,
   in a gap inside it (an advertisement, a gallery, a share bar between paragraphs), after it.
   A line in the article adds its score; entering a gap and leaving it cost `GAP_COST` each, so
   a run of chrome inside the article is a gap only when enough article follows it, and a lone
   short paragraph among prose stays. A line that opens a comment section ("12 Comments",
   "Leave a reply") or that signs one comment after another ("Posted by: Ann | Jan 7, 2008
   06:24 PM") is a wall: it can be before or after the article, never in it, so the comments'
   prose after it is not article. A teaser list (other stories' headlines, each with a
   one-paragraph lead, `TEASER_PAIRS_MIN` or more in a row) scores its leads as teasers: the
   leads are sentences, but not the article's.
3. Lines outside the article become removals; the audit says where the article begins or ends.

Nothing in here knows a site. The scores and costs are named constants, chosen on the tune part
of the real-page sets (`dossier.realpages`), never on the scored part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, takewhile

from .model import Removal

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
#: A list of the latest stories: at least DATED_TEASERS_MIN lines in a row, each a time or a date
#: beside a headline of at least DATED_HEADLINE_MIN_WORDS words ("15.01.08 19:45 | Two killed in
#: blast north of Beirut", "Berbatov could leave, says agent (31 Dec 07 | Tottenham Hotspur)").
#: Its lines are teasers, not data (a schedule's lines name fewer words, a dated line in the
#: article stands alone).
DATED_TEASERS_MIN = 3
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
#: The cost of entering a gap inside the article, and of leaving it.
GAP_COST = 3.0
#: The head under a headline: at most this many lines (a comment counter, a byline, a date)
#: between it and the running text that opens its article.
HEADLINE_TEXT_MAX_GAP = 3
#: The cost of coming back to the article after a comment wall: only a long stretch of article
#: text outweighs it (a "Comments (3)" link in a toolbar above the article, not the comments).
WALL_COST = 8.0
#: The article's datelined opening paragraph may stand this many lines above the rest of it, a box
#: of chrome between them (a player's stats table, a teaser box; 15 and 12 lines on the tune pages).
OPENING_MAX_LINES_ABOVE = 20
#: The headline's standfirst: at most this many lines of a sentence's shape (at least
#: STANDFIRST_MIN_WORDS words, SENTENCE_MIN_LOWERCASE_SHARE of them lowercase, no link) between it
#: and the article's first paragraph, nothing else there but what other stages removed (its byline,
#: its date): "Judge sets example in handing out four-year sentence".
STANDFIRST_MAX_LINES = 2
STANDFIRST_MIN_WORDS = 6
#: ...at most this many removed lines above it, under the headline: its byline and its date (a
#: login box's lines between a page's <title> and a site's slogan are more).
STANDFIRST_MAX_LINES_ABOVE = 2
#: ...and under it, at most this many lines that no stage removed, each its byline or its date:
#: a name of STANDFIRST_NAME_MAX_WORDS capitalised words at most ("Ann Lee") or a stamp with a year
#: or a time of at most STANDFIRST_STAMP_MAX_WORDS words ("harbour.example, Monday 29 October 2012
#: 13.04 EDT"), as a share bar between them is removed by its rule.
STANDFIRST_MAX_BYLINE_LINES = 2
STANDFIRST_NAME_MAX_WORDS = 4
STANDFIRST_STAMP_MAX_WORDS = 10
#: ...or at most STANDFIRST_MAX_CHROME_LINES lines that no stage removed, each a byline, a stamp or
#: a short line of chrome of at most STANDFIRST_CHROME_MAX_WORDS words ("Jump to comments", a
#: story's tags, its comment count), when the standfirst shares a word with the headline or with
#: the article's first paragraph: it tells the article's subject, as a site's slogan does not (4
#: such lines on the tune pages, a menu is longer; a headline below, "A Faster Way to Reply on
#: Mobile", is longer than a tag and says the sentence above it was no standfirst).
STANDFIRST_MAX_CHROME_LINES = 5
STANDFIRST_CHROME_MAX_WORDS = 5
#: The article's deck, under the headline: a line of a standfirst's shape (STANDFIRST_MIN_WORDS)
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
#: A subheading the corpus rule removed (a line of 3+ sources: "Conclusion", "History", "38km")
#: goes back when it stands right under a paragraph of the article, with at least
#: SECTION_MIN_PROSE_ABOVE of them above it, and over SECTION_MIN_PROSE_BELOW paragraphs in a row:
#: the section it heads. A box's heading over one blurb ("About Becky" over an author's bio), a
#: blog's name over its intro or a commenter's name over one comment heads no such section. Chosen
#: on the tune part: with two paragraphs below, 17 article headings come back on the eight line sets
#: for 4 chrome lines (one paragraph below, in a first and looser form: 18 for 52 on the page and
#: Markdown renderings).
SECTION_MIN_PROSE_ABOVE = 2
SECTION_MIN_PROSE_BELOW = 2
#: A subheading: a line of at most this many words, without a full stop.
HEADING_MAX_WORDS = 12
#: A sentence of the article that ends with a colon ("The following schools are closed:") announces
#: the list under it: its short lines stay (a long gap took them for chrome) when running text
#: follows them within this many lines, with no firm chrome or comment wall between (a list between
#: two parts of the article; the tune part's run 5-51 lines). Under the article's last sentence a
#: list is as often a teaser list or the author's links as the article's, and stays out; but a
#: paragraph the path left out with the list closes it as well (an item long enough to read as one,
#: the post's closing words under a round-up it announced), up to the last such paragraph before
#: firm chrome, a comment wall or a teaser list (dragnet-page-tune: 34 body lines back for 2 chrome).
ANNOUNCED_LIST_MAX_LINES = 60
#: A paragraph of the article that names a list ("Here's a list of the schools that will be closed
#: until Monday.", "... the following ...") announces one too, with at most this many paragraphs
#: of the article between it and the list ("Tell us in the comments if we missed one.").
ANNOUNCED_LIST_MAX_PARAGRAPHS_BETWEEN = 1
_NAMES_LIST = re.compile(r"\b(?:list of|the following)\b", re.I)
#: A table of contents: a gap inside the article of which at least CONTENTS_MIN_LINES lines, and
#: at least CONTENTS_MIN_SHARE of its lines, recur word for word as lines of the article below it
#: (its section headings) is the article's own, from its first line that is no firm chrome to its
#: last entry. A list of other stories, a menu or a share bar names nothing the article says again.
CONTENTS_MIN_LINES = 3
CONTENTS_MIN_SHARE = 0.5
#: The short lines under the article's last paragraph stay when this share of them are data.
TRAILING_DATA_MIN_SHARE = 0.3
#: Lines above the headline are never article: they score at most this.
ABOVE_HEADLINE_SCORE = -3.0
#: A teaser list ("Related stories", "More headlines"): at least this many headlines in a row,
#: each a short line without a full stop followed by one paragraph, its blurb. An article's
#: subheadings open parts of several paragraphs; a teaser's blurb is a single one.
TEASER_PAIRS_MIN = 3
#: A teaser's headline is a news headline of TEASER_HEADLINE_MIN_WORDS to TEASER_HEADLINE_MAX_WORDS
#: words (a subheading or a feature's name is shorter; headlines in the seeds and the regression
#: corpus run up to 22 words, and 16 let a list whose second headline has 17 go); its blurb a lead
#: of at most TEASER_BLURB_MAX_WORDS. On the tune part 20, 22 and 24 remove the same lines.
TEASER_HEADLINE_MIN_WORDS = 5
TEASER_HEADLINE_MAX_WORDS = 22
TEASER_BLURB_MAX_WORDS = 50
#: A list of teasers in groups: a label of at most this many words ("Canada Headlines") between
#: two groups goes on with the list.
TEASER_LABEL_MAX_WORDS = 3

#: A page laid out in a table whose article is one cell: reader-mode extractors write a layout
#: table's cell as one line, so the article is a row of a single cell of running text of at least
#: ARTICLE_CELL_MIN_WORDS words, the longest line on the page. The rows under it, up to the first
#: line that is no row, may be the table's other cells (other stories' headlines, a section's
#: label, a site's links) or the article's own later paragraphs, each a row of its own: only a row
#: that cannot be a paragraph scores as a teaser, one whose every cell is short (fewer than
#: PROSE_UNENDED_MIN_WORDS words: a headline, a label, a link) and neither ends as a sentence nor
#: is data. A row that reads as running text or a sentence, however short ("He was 54."), and a
#: data row keep their scores. Chosen on l3s-gn1-reader-tune, the one tune set laid out so: its
#: article cells hold 108-3360 words; no other tune set has a row under a one-cell article.
ARTICLE_CELL_MIN_WORDS = 100

#: Function words of English running text (a sentence has them, a menu or a headline few).
FUNCTION_WORDS = frozenset(
    "a about above after again against all am an and any are as at be because been before being below between both "
    "but by can could did do does doing down during each few for from further had has have having he her here hers "
    "him his how i if in into is it its just me more most my no nor not now of off on once only or other our out "
    "over own same she should so some such than that the their them then there these they this those through to too "
    "under until up very was we were what when where which while who whom why will with would you your said says "
    "also".split()
)  # fmt: skip
#: A Markdown image, and a link ("[Terms of Service](https://...)"): a scraper that writes Markdown
#: keeps the page's links, and how much of a line is links tells a menu, a teaser or a share bar
#: from a paragraph that links a word or two.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
#: A link to an image file counts as an image: a scraper writes an image inside a heading or a link
#: as its alt text ("## [photo-alt](/img/photo.png) Headline").
_MD_IMAGE_LINK = re.compile(r"\[[^\[\]]*\]\([^)\s]*\.(?i:png|jpe?g|gif|webp|svg|bmp)(?:\?[^)\s]*)?(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^\s*(?:#{1,6}|[-+*])\s+|\s+#+\s*$")  # and a list item's mark
#: Emphasis marks: doubled anywhere, single ones against a word's start or end ("*Title*"), not in
#: "snake_case" or "5 * 3".
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")
# (and a Chinese or Japanese one: full-width stops, quotes and brackets)
#: Where one sentence ends and the next begins inside a line ("We welcome your feedback. Copyright
#: 2007"), a word of three lowercase letters or more before the stop: no initial ("K.J. Choi").
#: (Three letters, not "three or more": the same lines match, and a long run of lowercase letters
#: is not scanned again from each of its letters.)
SENTENCE_BREAK = re.compile(r"[a-z]{3}[.!?][\"'’”)]?\s+[A-Z]")
_SENTENCE_END = re.compile(r"[.!?…:。！？：][\"'”’)\]」』）]*(?:\s*\|)*\s*$")
_SEPARATOR = re.compile(r"(?:^|\s)[|•·»](?=\s|$)")
_TABLE_ROW = re.compile(r"^\|.*\|$")
#: The ends of a text cut short for a teaser: an ellipsis.
_CUT_SHORT = ("...", "…")
_NUMBERED = re.compile(r"^(?:\d{1,3}[.)]|[-+*•]|\(?[a-z]\))\s+\S")
#: A quantity: a number (or a fraction) and then a lowercase word, its unit or thing ("3 tablespoons
#: olive oil", "½ cup sugar"); not an ordinal ("10th Oct") nor a ranked headline ("1 Mayor says").
_QUANTITY = re.compile(r"^[\d½¼¾⅓⅔][\d/.,½¼¾⅓⅔–-]*\s+[a-z]")
_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\b")
_NUMBER_CELL = re.compile(r"^[\d.,:%/()+-]+[a-z]{0,2}$")
_ENDS_WITH_NUMBER = re.compile(r"\d[%)]?$")
#: A dateline opening the article's first paragraph, or on a line of its own ("RENO, Nev. --",
#: "LONDON, March 3 (Reuters) -", "HARTFORD, Conn., Jan. 12, 2024 —").
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.]*\.?(?:\s[A-Z][\w.]*)*)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?:\s*\([\w .]+\))?\s*(?:--|—|–|-)(?:\s+|$)"
)
_LABEL_VALUE = re.compile(r"^[^:]{1,40}:\s+\S")
#: A line of code or of a preformatted table: indented, or ending as statements do, or drawn with
#: box characters.
_CODE_START = re.compile(r"(?: {2,}|\t)\S|</?[a-z!][^>]*>|//")
_CODE_END = frozenset(";{}()[],=")
_BOX_DRAWING = re.compile(r"[│┼─]")


def _is_code(raw: str) -> bool:
    """Tell a line of code or of a preformatted table (one regular expression of these alternatives
    tried at every position was a tenth of the layout stage's time)."""
    return bool(_CODE_START.match(raw) or raw[-1:] in _CODE_END or _BOX_DRAWING.search(raw))


#: The heading of a comment section.
_COMMENT_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:(?:user|reader|readers'?|your|latest|recent|top)\s+)?(?:comments?|responses?|replies|reactions)"
    r"(?:\s*\(\d+\))?(?:\s*[»:,].*)?$|"
    r"^(?:\d+|one|two|three|no)\s+(?:comments?|responses?|replies)\b.{0,80}$|"
    r"^(?:leave|post|add|write|place|submit)\s+(?:a|your|an?\s+own)?\s*(?:comment|reply|response)\b.{0,40}$|"
    r"^(?:have your say|join the (?:discussion|conversation|debate)|discuss this (?:article|story)|"
    r"be the first to (?:comment|post a comment)\b.*|comments (?:are|have (?:now )?been) closed\b.*|"
    r"show(?:ing)? comments? \d.*|read (?:all )?\d* ?comments?\b.*)$",
    re.I,
)
#: What frames a heading: "{ 12 comments }", "## Comments", "— 3 Responses —".
_HEADING_FRAME = " \t{}[]()<>—–=*#:"
#: Comment headings that do not open the article's own comment section: a sidebar's latest
#: comments, a counter, a button; and the words an article's own sections are named with
#: ("Reactions", "Responses", "Replies": an event's reactions, a letter's replies) without a count.
_NOT_THE_SECTION = re.compile(
    r"^(?:(?:recent|latest|top|most)\b.*|comments?\s*:\s*\d.*|\d+\s+comments?\s+posted|add (?:a )?comment|comment|"
    r"(?:\w+\s+)?(?:reactions?|responses?|replies))$",
    re.I,
)
#: Article text does not resume under its comment section's heading once this many paragraphs of
#: running text stand above it (a comment counter under the headline stands above them all).
FINAL_WALL_MIN_PROSE = 3

#: A reply that opens by naming the commenter it answers, alone on its line ("Davey,", "Hey Chris,",
#: "@Sian,", "Mr. Ebert,"): one or two capitalised words and a comma.
_SALUTATION = re.compile(r"^@?\s?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?\s?,$")
#: Words that stand alone with a comma in an article too: a letter's greeting and closing, and
#: words that open a sentence ("However,"); a function word ("So,", "Now,") is not a name either.
_NOT_ADDRESSED = frozenset(
    "dear sincerely love best regards cheers thanks thank yours respectfully warmly truly hi hello however "
    "meanwhile still today yesterday tomorrow finally instead later first second third next yes well ok okay".split()
) | FUNCTION_WORDS  # fmt: skip
#: The comments have begun at the first of this many replies addressed by name, each opening a
#: paragraph, under FINAL_WALL_MIN_PROSE of the article's paragraphs (chosen on the tune sets:
#: Dragnet's comment threads; no article there has two).
ADDRESSED_REPLIES_MIN = 2

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: A date or a time as comment systems stamp them ("Jan 09 2008", "07.16.12", "22:07", "3 hours ago").
#: Longer than any stamp `_STAMP` finds ("12 September 10:45 p.m."): where looking for one may stop.
STAMP_MAX_CHARS = 80
_STAMP = re.compile(
    rf"(?:\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|"
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b)",
    re.I,
)
#: What a comment system's stamp shows beside the day: its year, its time or its age ("Jan 14, 2008",
#: "07 Nov 12", "07.16.12", "22:07", "3 hours ago").
#: A stamp's time of day or age ("9:42 pm", "10.40", "3 hours ago").
_TIME_OR_AGE = r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\bago\b"
#: A stamp's time of day or its age in minutes to weeks ("9:42 pm", "3 hours ago", "a day ago"): a
#: sentence's "more than 22 years ago" is no stamp.
_STAMP_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\b(?:\d+|an?)\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b", re.I
)
_STAMP_YEAR_OR_TIME = re.compile(
    rf"\b(?:19|20)\d{{2}}\b|\b\d{{1,2}}\s+{_MONTH}\s+'?\d{{2}}\b|\b{_MONTH}\s+\d{{1,2}},?\s+'?\d{{2}}\b|"
    rf"\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|{_TIME_OR_AGE}",
    re.I,
)
#: What stands between a stamp and its headline: separators, dashes, brackets, list marks.
_DATED_HEADLINE_STRIP = " \t|-–—()[],.:•·»*"
#: Words of a stamp that name no one: a line of a date and these is a dateline or a live blog's
#: time, not a comment's signature.
_STAMP_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "am pm at on in of the updated published posted last edt est gmt bst pst pdt cst cdt utc et ago minutes minute "
    "hours hour days day weeks week st nd rd th".split()
)  # fmt: skip
_LIST_MARK = re.compile(r"^[-*•]\s+")
_OPENING_QUOTES = "\"'‘“"
#: A headline names no handle and no time: a line with them is a post's or a comment's signature.
_TEASER_NOT_HEADLINE = re.compile(rf"@|^by\s|{_STAMP.pattern}", re.I)
#: A comment's signature names its writer in a few words.
SIGNATURE_MAX_NAME_WORDS = 4
#: Who wrote a comment: "Posted by", "Comment by", "Ann says:", "Bob wrote:", and "by ann_k on Aug
#: 9, 2012 10:40 AM" whatever buttons follow its stamp ("... EDT up reply actions 3 recs"): a name of
#: at most SIGNATURE_MAX_NAME_WORDS words between "by" and "on" and a stamp right after it.
_SIGNED = re.compile(
    r"^(?:posted|comment(?:ed)?|submitted|written|replied)\s+(?:by|on)\b|\b(?:says|said|wrote)\s*(?::|\.\.\.)?\s*$|"
    r"^comment\s*(?:no\.?|number|#)\s*\d+|\breport this (?:comment|post)\b|"
    rf"^by\s+\S+(?:\s+\S+){{0,{SIGNATURE_MAX_NAME_WORDS - 1}}}\s+on\s+(?:{_STAMP.pattern})|"
    r"^\W*anonymous\W*$",  # the name comment systems sign an unsigned comment with, alone on its line
    re.I,
)
_WIRE_BYLINE = re.compile(r"^by\s.{2,60}\b(?:writer|correspondent|reporter|editor|press|staff)\b", re.I)
#: What every signature holds: a digit (its stamp) or one of its words.
_SIGNATURE_HINT = re.compile(
    r"\d|\b(?:by|on|says|said|wrote|reply|delete|quote|report|recommend|permalink|link|flag|comment|anonymous)", re.I
)
_EMBEDDED_POST = re.compile(r"\(@\w+\)|pic\.twitter\.com|^[—–-]\s")
_ACTION = (
    r"\[?(?:reply|delete|quote|report(?: this)?(?: post| comment| abuse)?|recommend|permalink|link to this|flag)\]?"
)
#: A comment's buttons: "Reply", "[Reply]", "Quote | Report this post", "Delete" and, run together
#: as some renderings write two buttons, "ReplyDelete".
_ACTIONS = re.compile(rf"^{_ACTION}(?:\s*[|·]?\s*{_ACTION})*$", re.I)
#: The comment section has begun where two signatures stand within this many lines of each other
#: with a comment's text between them (an article repeated under a second byline is longer).
COMMENT_SIGNATURE_SPAN = 8
#: Comments follow the article: a pair of signatures is a thread only under this many paragraphs
#: of running text (a blog's slogan above a post's own stamp is one; chosen on Dragnet's tune part).
THREAD_MIN_PROSE_ABOVE = 2
#: A signature this many lines or fewer under the headline is the article's byline ("by Ann Lee on
#: Wednesday, October 19, 2011 at 1:31pm", with at most a standfirst between): no comment stands there.
BYLINE_MAX_LINES_UNDER_HEADLINE = 2
#: The last comment of a thread stands in at most this many lines under its last signature.
COMMENT_TAIL_LINES = 3
#: Rules whose lines open a comment section: the comments' prose after them is not article.
WALL_RULES = frozenset({"comment-policy"})
_NAMES_COMMENTS = re.compile(r"\b(?:comments?|replies|reply|responses?|discussion|conversation)\b", re.I)
#: Signatures and headings are short.
WALL_MAX_WORDS = 16

# The four states of the path, and the removals' wording for each state outside the article.
_BEFORE, _ARTICLE, _GAP, _WALLED, _AFTER, _WALLED_BEFORE = range(6)
_NEVER = float("-inf")
_TEASER_PAIRS = "a list of other stories' headlines, each with a one-paragraph lead"
_DATED_TEASERS = "a list of the latest stories' headlines with their dates or times"
_OTHER_CELLS = "a cell of the layout table under the article's own cell (a teaser, a service, a footer)"


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


def visible_text(line: str) -> str:
    """A Markdown line's words as a reader sees them: a link's text, not its address; no image."""
    return _MD_LINK.sub(r"\1", without_images(line))


def without_images(line: str) -> str:
    """A Markdown line without its images, links to image files among them."""
    return _MD_IMAGE_LINK.sub(" ", _MD_IMAGE.sub(" ", line))


def markdown_free(line: str) -> str:
    """A Markdown line as a reader sees it, marks and all taken off: `visible_text`, without a
    heading's hashes, a list item's mark and emphasis ("## [**Headline**](/story)" -> "Headline")."""
    return strip_emphasis(_MD_HEADING.sub("", visible_text(line))).strip()


def strip_emphasis(text: str) -> str:
    """A Markdown line without its emphasis marks ("Posted on **March 3, 2024**")."""
    return _MD_EMPHASIS.sub("", text) if "*" in text or "_" in text else text


@lru_cache(maxsize=SHAPE_CACHE_SIZE)
def line_shape(raw: str) -> Shape:
    """Read a line's shape (remembered: the stages and both layout passes read the same lines)."""
    linked = 0
    if "](" in raw:  # Markdown: a reader sees a link's text, not its address, and no image
        linked = sum(_word_count(m.group(1)) for m in _MD_LINK.finditer(without_images(raw)))
        raw = visible_text(raw)
    text = raw.strip()
    found = _WORD.findall(text)
    words = [w for w in found if not _is_cjk(w[0])]  # those function words can be
    n = _count_words(found, text)
    function = sum(map(FUNCTION_WORDS.__contains__, map(str.lower, words)))  # (counted in C: a hot path)
    lowercase = sum(map(str.islower, [w[0] for w in words]))
    digits = len(_DIGIT.findall(text))
    label = _LABEL_VALUE.match(strip_emphasis(text))  # "**Role:** Ann" is a label and its value too
    data = bool(
        _is_code(raw)
        or digits >= DATA_MIN_DIGIT_SHARE * len(text)
        or (digits and _ENDS_WITH_NUMBER.search(text))
        or (label and len(label.group(0).split()) <= DATA_LABEL_MAX_WORDS + 1)
        or (_NUMBERED.match(text) and n <= PROSE_MAX_WORDS)
    )
    return Shape(
        n,
        function / len(words) if words else 0.0,
        lowercase / len(words) if words else 0.0,
        bool(_SENTENCE_END.search(strip_emphasis(text))),  # "*He left.*" ends as a sentence
        data,
        len(_SEPARATOR.findall(text)),
        min(1.0, linked / n) if n else 0.0,
    )


@lru_cache(maxsize=SHAPE_CACHE_SIZE)
def is_dated_headline(text: str) -> bool:
    """Tell a stamp beside a headline: what is left without the stamp opens with a capital, has
    DATED_HEADLINE_MIN_WORDS to TEASER_HEADLINE_MAX_WORDS words and does not end as a sentence does."""
    if not _DIGIT.search(text) or not _STAMP.search(text):
        return False
    line = text.rstrip()
    if line.endswith(".") and any(m.end() == len(line) - 1 for m in _STAMP.finditer(line)):
        return False  # "Russia launched its first airstrikes on September 30.": a sentence ends with its date
    rest = _STAMP.sub(" ", text).strip(_DATED_HEADLINE_STRIP)
    # ...and without the year the stamp leaves ("January 15, 2008 Police make arrest |").
    rest = _LEADING_YEAR.sub("", rest).strip(_DATED_HEADLINE_STRIP)
    return (
        rest[:1].isupper()
        and DATED_HEADLINE_MIN_WORDS <= len(_WORD.findall(rest)) <= TEASER_HEADLINE_MAX_WORDS
        and not _SENTENCE_END.search(rest)
    )


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every line: the stamp search is slow
def _opens_with_dated_headline(text: str) -> bool:
    """Tell a teaser row that opens with a headline in Title Case and its stamp, its lead after them
    ("Ad Network Targets College Students  Jan 16, 7:00 AM Advanced Student Marketing, the ...")."""
    if not text.lstrip(_DATED_HEADLINE_STRIP)[:1].isupper() or not _DIGIT.search(text):
        return False  # the headline opens the line with a capital; a stamp has a figure
    # The stamp follows at most TEASER_HEADLINE_MAX_WORDS words: it is not looked for further on,
    # in a paragraph's length (a Markdown link's address holds words a reader does not see).
    end = len(text)
    if "](" not in text:
        nth = next(islice(_WORD.finditer(text), TEASER_HEADLINE_MAX_WORDS, None), None)
        end = min(end, nth.start() + STAMP_MAX_CHARS) if nth else end
    stamp = _STAMP.search(text, 0, end)
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


def _is_cjk(c: str) -> bool:
    """Tell a character of Chinese or Japanese (scripts written without spaces between words;
    Korean puts spaces between its words, which count as words)."""
    return "\u3040" <= c <= "\u9fff"


#: A character of Chinese or Japanese, as `_is_cjk` tells one (counted in C: a hot path).
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


def _word_count(text: str) -> int:
    """Count a text's words: a run of Chinese or Japanese characters (one match of _WORD however
    long, the script is written without spaces) counts as a word per two characters."""
    return _count_words(_WORD.findall(text), text)


def _count_words(words: list[str], text: str) -> int:
    """`_word_count` of a text whose matches of _WORD are `words` (found once, by a caller that
    reads them too)."""
    if text.isascii():
        return len(words)
    return sum(not _is_cjk(w[0]) for w in words) + _cjk_count(text) // 2


def line_score(raw: str, removal: Removal | None = None, english: bool = True, continued: bool = False) -> float:
    """Score a line: above zero it looks like article text, below like page chrome. In a text
    that is not English, running text is told by its length and its full stops alone. A line
    the next line continues (it starts in lowercase: a paragraph broken across lines) ends as a
    sentence does."""
    if removal is not None and removal.rule in WEAK_RULES:
        return 0.0
    if removal is not None and removal.kind == "boilerplate" and removal.rule != "corpus-repeated":
        return RULE_SCORE
    text = raw.strip()
    if removal is not None and removal.kind == "metadata":
        return NEUTRAL_SCORE
    if _TABLE_ROW.match(text):
        return _row_score(text, removal, english, continued)
    shape = line_shape(raw)
    if shape.separators >= MENU_MIN_SEPARATORS:
        return MENU_SCORE
    if shape.linked >= LINKED_MIN_SHARE:
        return FRAGMENT_SCORE if shape.words <= FRAGMENT_MAX_WORDS else TEASER_SCORE
    dateline = _DATELINE.match(text)
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


def is_firm_chrome(raw: str, removal: Removal | None = None) -> bool:
    """Tell a line that is chrome for certain: one a line rule removed, or a menu."""
    if removal is not None and removal.kind == "boilerplate" and removal.rule not in WEAK_RULES | {"corpus-repeated"}:
        return True
    text = raw.strip()
    if _TABLE_ROW.match(text):
        return _row_score(text, None, True, False) == MENU_SCORE
    return line_shape(raw).separators >= MENU_MIN_SEPARATORS


def table_cells(text: str) -> list[str]:
    """The cells of a table row that hold text ("|  | Top Stories |  |" holds one), as reader-mode
    extractors write a page's layout tables; a line that is no row is no cells."""
    text = text.strip()
    if not _TABLE_ROW.match(text):
        return []
    return [c.strip() for c in text.strip("|").split("|") if c.strip()]


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
    """Tell whether a text's words are English enough for the function-word test of running text."""
    words = function = 0.0
    for line in lines:
        shape = line_shape(line)
        words += shape.words
        function += shape.function_share * shape.words
    return words > 0 and function >= ENGLISH_MIN_FUNCTION_SHARE * words


def _is_comment_link(text: str) -> bool:
    """Tell a link or a heading that names the comments ("View all comments", "Post a Comment"),
    not a sentence of a comment form."""
    return bool(_NAMES_COMMENTS.search(text)) and not _SENTENCE_END.search(text.strip())


def is_comment_heading(text: str) -> bool:
    """Tell the heading of a comment section ("12 Comments", "{ 12 comments }", "Leave a reply")."""
    return bool(_COMMENT_HEADING.match(text.strip(_HEADING_FRAME)))


def is_comment_section_heading(text: str) -> bool:
    """Tell the heading of the article's own comment section ("{ 12 comments }", "38 Responses to
    “Headline”", "Leave a Reply"): not a link to it ("[Add a Comment](#respond)"), nor a counter
    or a button that may stand above the article ("Comments: 0", "108 comments posted", "Add
    comment"), nor a sidebar's latest comments."""
    text = text.strip()
    if text.startswith("[") or "](" in text:
        return False
    return is_comment_heading(text) and not _NOT_THE_SECTION.match(text.strip(_HEADING_FRAME))


def is_signature(text: str) -> bool:
    """Tell a comment's signature or buttons: who wrote it and when ("Posted by: Ann | January 14,
    2008 06:24 PM", "Mike 07.16.12 at 22:07", "Comment by Dawn - Jan 7, 2008"), "[Reply]"."""
    if not _SIGNATURE_HINT.search(text):
        return False  # no digit and none of a signature's words: most lines, ruled out quickly
    if _EMBEDDED_POST.search(text) or _WIRE_BYLINE.search(text):
        return False  # an embedded tweet's attribution; an article's byline ("By JANE ROE, AP Writer")
    if _ACTIONS.match(text) or _SIGNED.search(text):
        return True
    if _SENTENCE_END.search(text) and not text.endswith(":") or not _STAMP.search(text):
        return False
    if not _STAMP_YEAR_OR_TIME.search(text):
        return False  # a day and a month alone date an event in a listing ("Ann Lee, 10 November, Soho Theatre")
    # A stamp and a name: some word that is not part of the date ("Ann", "MilwaukeeBaller32"), and
    # not many ("January 15, 2008 Police Make Arrest In Missing Woman Case" is a teaser).
    named = [w for w in _WORD.findall(_STAMP.sub(" ", text)) if w.lower() not in _STAMP_WORDS]
    return 0 < sum(_word_count(w) or 1 for w in named) <= SIGNATURE_MAX_NAME_WORDS  # "李明" is one word


_HEADING, _SIGNATURE = "comment heading", "signature"


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every line
def _wall_line(text: str) -> str:
    """What a line (stripped) is to `comment_walls`: a comment heading, a signature, or neither
    (""); a line of more than WALL_MAX_WORDS words is neither."""
    if spaced_word_count(text) > WALL_MAX_WORDS:
        return ""
    if is_comment_heading(text):
        return _HEADING
    return _SIGNATURE if is_signature(text) else ""


def _introduces_quote(text: str, next_score: float) -> bool:
    """Tell a quote's attribution ("Ann wrote:", "The company said:") from a comment's signature:
    no stamp in it, and the quoted words right under it, where a comment system puts its stamp
    ("Ann says:" over "July 5, 2012 at 3:04 pm")."""
    return text.endswith(":") and not _DIGIT.search(text) and next_score > DATA_SCORE


def comment_walls(
    lines: list[str], numbers: list[int], scores: list[float], prose: list[bool], top: int | None = None
) -> set[int]:
    """Return the lines that open or sign a comment section: a comment heading, and every pair of
    signatures within COMMENT_SIGNATURE_SPAN lines of each other with running text between them
    (a schedule's dates have none; a live blog's times name no one) and the article's running text
    or a comment heading above them (a post's own stamp and its footer's "Posted by ... |
    Permalink" enclose no comment).
    A signature right under the headline (at index `top` of `numbers`) is the article's byline
    (BYLINE_MAX_LINES_UNDER_HEADLINE), and a comment heading above it is a link in the page's menus:
    comments may begin under it only where running text does. A quote's attribution over the
    quoted words signs no comment (`_introduces_quote`)."""
    walls: set[int] = set()
    signatures: list[int] = []
    # Where comments may begin: under THREAD_MIN_PROSE_ABOVE paragraphs, or under a comment heading.
    begun = [i for i, p in enumerate(prose) if p][THREAD_MIN_PROSE_ABOVE - 1 : THREAD_MIN_PROSE_ABOVE]
    may_begin = begun[0] if begun else len(numbers)
    for i, n in enumerate(numbers):
        kind = _wall_line(lines[n - 1].strip())
        if kind == _HEADING:
            walls.add(n)
            if top is None or i > top:  # above the headline: a menu's link ("Your comments"), not the section
                may_begin = min(may_begin, i)
        elif kind == _SIGNATURE and not (top is not None and 0 < i - top <= BYLINE_MAX_LINES_UNDER_HEADLINE):
            if not _introduces_quote(lines[n - 1].strip(), scores[i + 1] if i + 1 < len(numbers) else 0.0):
                signatures.append(i)
    last = -1
    for a, b in zip(signatures, signatures[1:], strict=False):
        if a > may_begin and b - a <= COMMENT_SIGNATURE_SPAN and any(scores[k] > DATA_SCORE for k in range(a + 1, b)):
            # The whole thread between two signatures is comments, not only the signatures.
            walls.update(numbers[a : b + 1])
            last = max(last, b)
    # ...and the last comment, under the thread's last signature.
    k = last + 1
    while 0 <= last and k < len(numbers) and k - last <= COMMENT_TAIL_LINES and scores[k] > DATA_SCORE:
        walls.add(numbers[k])
        k += 1
    return walls


def article_path(scores: list[float], walls: list[bool], headed: int | None = None) -> list[int]:
    """Return the best state of each line (before, article, gap, walled gap, after, walled
    before) given the lines' scores and which lines are comment walls. When the article has begun
    by the line at index `headed` (the running text right under its headline), it begins after no
    comment wall below that line: what follows the comments is not the text the headline heads."""
    prev = [0.0, _NEVER, _NEVER, _NEVER, _NEVER, _NEVER]
    back: list[tuple[int, ...]] = []
    for i, (score, wall) in enumerate(zip(scores, walls, strict=True)):
        # The best way into each state; on ties the line stays in the state it is in, so the
        # article extends over lines that score nothing either way only when it goes on after them.
        late = headed is not None and i > headed  # the headline's text has begun: no comments precede it
        into_article = max(
            (prev[_ARTICLE], _ARTICLE), (prev[_BEFORE], _BEFORE), (prev[_GAP] - GAP_COST, _GAP),
            (prev[_WALLED] - WALL_COST, _WALLED),
            (_NEVER if late else prev[_WALLED_BEFORE] - WALL_COST, _WALLED_BEFORE),
        )  # fmt: skip
        into_gap = max((prev[_GAP], _GAP), (prev[_ARTICLE] - GAP_COST, _ARTICLE))
        # A walled gap begins at a wall (from the article or a gap) and then goes on as chrome;
        # so does the chrome above the article once a wall has passed.
        if wall:
            into_walled = max((prev[_WALLED], _WALLED), (prev[_GAP], _GAP), (prev[_ARTICLE] - GAP_COST, _ARTICLE))
            into_walled_before = max((prev[_WALLED_BEFORE], _WALLED_BEFORE), (prev[_BEFORE], _BEFORE))
        else:
            into_walled = (prev[_WALLED], _WALLED)
            into_walled_before = (prev[_WALLED_BEFORE], _WALLED_BEFORE)
        into_after = max(
            (prev[_AFTER], _AFTER), (prev[_ARTICLE], _ARTICLE), (prev[_GAP], _GAP), (prev[_WALLED], _WALLED)
        )
        back.append((_BEFORE, into_article[1], into_gap[1], into_walled[1], into_after[1], into_walled_before[1]))
        prev = [
            _NEVER if wall else prev[_BEFORE],
            _NEVER if wall else into_article[0] + score,
            _NEVER if wall else into_gap[0],
            into_walled[0],
            into_after[0],
            into_walled_before[0],
        ]
    state = max(range(len(prev)), key=lambda s: (prev[s], s == _AFTER))
    path = []
    for step in reversed(back):
        path.append(state)
        state = step[state]
    return [_BEFORE if state == _WALLED_BEFORE else state for state in path[::-1]]


def _headed_text(top: int | None, walls: list[bool], prose: list[bool]) -> int | None:
    """Return the index of the first line of running text under the headline (index `top`) when at
    most HEADLINE_TEXT_MAX_GAP lines stand between them and only a comment counter among them is a wall:
    the article the headline heads begins there, and text after its comments (a sidebar's "About
    this blog") is not it. Else None."""
    if top is None:
        return None
    for i in range(top + 1, min(len(walls), top + 2 + HEADLINE_TEXT_MAX_GAP)):
        if prose[i] and not walls[i]:
            return i
    return None


def is_addressed_reply(text: str) -> bool:
    """Tell the opening of a reply to another commenter, named alone on its line ("Davey,")."""
    text = text.strip()
    return bool(_SALUTATION.match(text)) and _WORD.findall(text)[0].lower() not in _NOT_ADDRESSED


def _addressed_replies(lines: list[str], numbers: list[int], prose: list[bool]) -> list[bool]:
    """Mark the replies addressed by name that open a paragraph of running text, where
    ADDRESSED_REPLIES_MIN or more of them stand from there to the end of the page."""
    opens = [
        i + 1 < len(numbers) and prose[i + 1] and not prose[i] and is_addressed_reply(lines[n - 1])
        for i, n in enumerate(numbers)
    ]
    left = sum(opens)
    marked = []
    for is_open in opens:
        marked.append(is_open and left >= ADDRESSED_REPLIES_MIN)
        left -= is_open
    return marked


def _stamped_signature(text: str) -> bool:
    """Tell a comment's signature that stamps its time ("by ann_k on Aug 9, 2012 10:40 AM"): a
    thread of them ends the article as its heading does. Not a quote's attribution ("Someone
    else wrote:"), which opens a forum's quotes in an article, nor a row of a box-drawn table of
    times (a database's output in a technical post)."""
    return is_signature(text) and bool(_STAMP.search(text)) and not text.endswith(":") and not _BOX_DRAWING.search(text)


def _end_at_comment_heading(path: list[int], heading: list[bool], prose: list[bool]) -> None:
    """End the article at the first comment heading (or reply addressed by name) under
    FINAL_WALL_MIN_PROSE of its paragraphs."""
    seen = 0
    for i, state in enumerate(path):
        if heading[i] and seen >= FINAL_WALL_MIN_PROSE:
            for j in range(i, len(path)):
                if path[j] in (_ARTICLE, _GAP):
                    path[j] = _WALLED
            return
        seen += state == _ARTICLE and prose[i]


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


def _keep_weak_gaps(path: list[int], gaps: GapEvidence) -> None:
    """Put back into the article a gap that holds no line of firm chrome (a rule's or a menu's):
    short lines between paragraphs are lists, fact boxes and subheadings more often than chrome.
    A longer gap goes back when it is a list of quantities, or when the corpus knows the page's
    site chrome and the gap holds little of it and few headlines (a table, a list of names), or when
    it reads as a list of the article's own (`_is_plain_list`). A list of quantities goes back
    without the firm chrome at its ends (a recipe card's buttons or name)."""
    known_site = sum(gaps.repeated) >= LONG_GAP_MIN_PAGE_REPEATED
    for i, j in _gap_runs(path):
        size = j - i
        weak = (
            size <= WEAK_GAP_MAX_LINES
            or _is_quantity_list(gaps, i, j)
            or _is_plain_list(gaps, i, j)
            or known_site
            and sum(gaps.repeated[i:j]) <= LONG_GAP_MAX_REPEATED_SHARE * size
            and sum(gaps.teasers[i:j]) <= LONG_GAP_MAX_TEASER_SHARE * size
        )
        inner = _without_firm_ends(gaps.firm, i, j)
        if weak and not any(gaps.firm[i:j]):
            path[i:j] = [_ARTICLE] * size
        elif inner and _is_quantity_list(gaps, *inner):
            # A recipe's ingredients under its name, which a rule took for the repeated headline.
            path[inner[0] : inner[1]] = [_ARTICLE] * (inner[1] - inner[0])
        elif j < len(path) and path[j] == _ARTICLE and not gaps.firm[j - 1] and gaps.headings[j - 1]:
            path[j - 1] = _ARTICLE  # the subheading that opens the next part ("Where to find shelter")


def _gap_runs(path: list[int]) -> Iterator[tuple[int, int]]:
    """Yield each run of gap lines of the path, from i to j; the path may change inside the run
    yielded last, not after it."""
    i = 0
    while i < len(path):
        if path[i] != _GAP:
            i += 1
            continue
        j = i
        while j < len(path) and path[j] == _GAP:
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


def _keep_contents(path: list[int], texts: list[str], firm: list[bool]) -> None:
    """Put back into the article its table of contents (see CONTENTS_MIN_SHARE): a gap whose
    lines recur below it as the article's section headings."""
    # Where each entry last stands in the article: one pass, whatever the number of gaps (the
    # lines this puts back stand above the gap's end, so the later gaps' readings do not move).
    last = {_entry(texts[k]): k for k, state in enumerate(path) if state == _ARTICLE}
    for i, j in _gap_runs(path):
        inner = _without_firm_ends(firm, i, j)
        if inner:
            entries = [k for k in range(*inner) if _entry(texts[k]) and last.get(_entry(texts[k]), -1) >= j]
            if len(entries) >= max(CONTENTS_MIN_LINES, CONTENTS_MIN_SHARE * (inner[1] - inner[0])):
                path[inner[0] : entries[-1] + 1] = [_ARTICLE] * (entries[-1] + 1 - inner[0])


def _entry(text: str) -> str:
    """A line as an entry of a table of contents compares: as a reader sees it, without a list
    item's mark, case aside."""
    return _LIST_MARK.sub("", markdown_free(text)).casefold()


def _keep_announced_lists(
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
    heading or a label with a colon ("Related posts:", "Share this:") is no sentence of the
    article: a rule removed it, or it scores below a short sentence."""
    for i, state in enumerate(path):
        if state != _ARTICLE or scores[i] < SHORT_SENTENCE_SCORE:
            continue
        text = markdown_free(texts[i])
        colon = text.endswith(":")
        if colon:
            k = i + 1
        elif prose[i] and _NAMES_LIST.search(text):
            # "Here's a list of the schools that will be closed." and a paragraph more over the list
            k = (
                i
                + 1
                + sum(
                    1
                    for m in range(i + 1, min(i + 1 + ANNOUNCED_LIST_MAX_PARAGRAPHS_BETWEEN, len(path)))
                    if path[m] == _ARTICLE and prose[m]
                )
            )
        else:
            continue
        closing, resumed = None, False
        while k < len(path) and k - i <= ANNOUNCED_LIST_MAX_LINES and not ends[k]:
            if prose[k] and path[k] == _ARTICLE:
                closing, resumed = k - 1, True  # the article's next paragraph
                break
            if prose[k]:
                closing = k  # a paragraph left out with the list: the list may close with it
            k += 1
        if k + 1 < len(path) and bars[k] and path[k + 1] == _ARTICLE and prose[k + 1]:
            # a bar of links ("Contacts | Power updates") between the list and the next paragraph
            closing, resumed = k - 1, True
        if closing is not None and (colon or resumed):
            path[i + 1 : closing + 1] = [_ARTICLE] * (closing - i)


def _keep_datelined_opening(path: list[int], texts: list[str], prose: list[bool], headline: int) -> None:
    """Put back into the article its opening paragraph when a box of chrome (a stats table, a
    teaser box, a photo) stands between it and the rest: a paragraph of running text that opens
    with a dateline ("HONOLULU -- ...", "OKLAHOMA CITY — ...") within OPENING_MAX_LINES_ABOVE lines
    above the article's first line, under the headline, with no other running text between. The
    box stays out, as a run of chrome inside the article."""
    first = next((i for i, state in enumerate(path) if state == _ARTICLE), None)
    if first is None:
        return
    for i in range(first - 1, max(headline, first - 1 - OPENING_MAX_LINES_ABOVE), -1):
        if prose[i]:
            dateline = _DATELINE.match(texts[i])
            # the dateline's paragraph: running text after it (a "SITE - Headline" title is none)
            if path[i] == _BEFORE and dateline and line_score(texts[i][dateline.end() :]) >= PROSE_BASE:
                path[i] = _ARTICLE
                path[i + 1 : first] = [_GAP if s == _BEFORE else s for s in path[i + 1 : first]]
            return  # the nearest paragraph above decides


def _keep_standfirst(path: list[int], texts: list[str], removed: list[bool], firm: list[bool], headline: int) -> None:
    """Put back into the article the headline's standfirst (see STANDFIRST_MAX_LINES): the lines
    between the headline and the article's first line, when every one that no other stage removed
    (its byline, its date) reads as a sentence. A site's name and tagline, its menus or a list of
    stories between them is no standfirst."""
    first = next((i for i, state in enumerate(path) if state == _ARTICLE), None)
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
            path[i] = _ARTICLE


def _keep_deck(path: list[int], texts: list[str], removed: list[bool], firm: list[bool], headline: int) -> None:
    """Put back into the article its deck (see DECK_MAX_LINES_ABOVE): the line right above the
    article's first line, bylines, stamps and removed lines aside, that reads as a headline's
    sentence without its full stop ("Expedition team returning home with no new evidence") and
    says again what the first paragraph says. A site's slogan, another story's teaser or a
    section's name does not; a caption mostly ends as a sentence does."""
    first = next((i for i, state in enumerate(path) if state == _ARTICLE), None)
    if first is None or headline < 0:
        return
    above = [i for i in range(first - 1, headline, -1) if not removed[i]][: DECK_MAX_LINES_ABOVE + 1]
    for i in above:
        if path[i] == _ARTICLE or firm[i]:
            return
        text = markdown_free(texts[i])
        if _standfirst_line(texts[i]) and not line_shape(text).sentence:
            if _shared_words(text, texts[first]) >= DECK_MIN_SHARED_WORDS:
                path[i] = _ARTICLE
            return
        if not _byline_or_stamp(texts[i]):
            return


def _shared_words(text: str, other: str) -> int:
    """The number of words of four letters or more (not function words) two lines share."""
    from .clean import content_words  # clean reads the layout: imported here, when both are loaded

    return len(content_words(text) & content_words(other))


def _on_subject(sentences: list[str], subject: list[str]) -> bool:
    """Tell sentences that share a word of four letters or more (not a function word) with the
    headline or the article's first paragraph (see STANDFIRST_MAX_CHROME_LINES)."""
    from .clean import content_words  # clean reads the layout: imported here, when both are loaded

    said = frozenset().union(*map(content_words, subject))
    return any(content_words(text) & said for text in sentences)


def _byline_or_stamp(text: str) -> bool:
    """Tell a line under a standfirst that is its byline or its date (see STANDFIRST_MAX_BYLINE_LINES)."""
    shape = line_shape(text)
    if shape.linked or shape.separators:
        return False
    words = text.split()
    if 2 <= len(words) <= STANDFIRST_NAME_MAX_WORDS and all(w[:1].isupper() and w.isalpha() for w in words):
        return True
    return len(words) <= STANDFIRST_STAMP_MAX_WORDS and bool(_STAMP.search(text) and _STAMP_YEAR_OR_TIME.search(text))


def _standfirst_line(text: str) -> bool:
    """Tell a line that reads as a standfirst's sentence: no link, no separators of a bar ("skip
    to main | skip to sidebar"), no stamp ("1 day ago ...", "on October 31, 2012 at 11:54 AM")."""
    shape = line_shape(text)
    return (
        shape.words >= STANDFIRST_MIN_WORDS
        and shape.lowercase_share >= SENTENCE_MIN_LOWERCASE_SHARE
        and not shape.linked
        and not shape.separators
        and not text.endswith(":")
        and not _STAMP_TIME.search(text)
    )


def _keep_trailing_data(
    path: list[int], firm: list[bool], data: list[bool], walls: list[bool], removed: list[bool], prose: list[bool]
) -> None:
    """Put back into the article the run of short lines right under its last paragraph when many
    of them are data (a results table, a schedule, addresses and times): menus below an article
    hold no numbers. The run ends at the first line of firm chrome or a comment wall."""
    inside = [i for i, state in enumerate(path) if state == _ARTICLE and prose[i]]
    if not inside:
        return
    # The run starts under the last paragraph of running text, whatever short lines the path
    # took in after it: the decision then does not depend on which lines other stages removed.
    end = inside[-1] + 1
    stop = end
    while stop < len(path) and not firm[stop] and not walls[stop] and not (path[stop] == _ARTICLE and prose[stop]):
        stop += 1
    run = [i for i in range(end, stop) if not removed[i]]
    if run and sum(data[i] for i in run) >= TRAILING_DATA_MIN_SHARE * len(run):
        for i in range(end, stop):
            path[i] = _ARTICLE


def runs_on(line: str, following: str) -> bool:
    """Tell a line that the line right under it continues: a paragraph a scraper wrapped over
    several lines (the line ends without a full stop, the next opens in lowercase), not code.
    Both are read as a reader sees them: a Markdown rendering breaks a paragraph at its links
    ("Barton" / "[was suspended](/story)" / "after being"); two links in a row are buttons or a
    menu ("[Aug 9, 2012 11:07 AM](#c1)" / "[reply](#c1)"), not a sentence's words. An indented
    line stays code's ("FROM" / "   with_alert")."""
    if _MD_LINK.fullmatch(line.strip()) and _MD_LINK.fullmatch(following.strip()):
        return False
    line, following = _as_read(line), _as_read(following)
    return following[:1].islower() and not _SENTENCE_END.search(line) and not _is_code(line)


def _as_read(text: str) -> str:
    """A line without its Markdown links' addresses and its emphasis marks, as `runs_on` reads it."""
    return strip_emphasis(visible_text(text) if "](" in text else text)


def _scores(
    lines: list[str], numbers: list[int], removed: dict[int, Removal], english: bool
) -> tuple[list[float], list[bool]]:
    """Score every line, and tell which are running text; a paragraph that a scraper wrapped over
    several lines (each line but the last running on into a lowercase one) is scored as one, its
    score shared among its lines."""
    scores: list[float] = []
    prose: list[bool] = []
    i = 0
    while i < len(numbers):
        j = i + 1
        while (
            j < len(numbers)
            and numbers[j] == numbers[j - 1] + 1
            and runs_on(lines[numbers[j - 1] - 1], lines[numbers[j] - 1])
            and numbers[j - 1] not in removed
            and numbers[j] not in removed
        ):
            j += 1
        if j - i == 1:
            score = line_score(lines[numbers[i] - 1], removed.get(numbers[i]), english)
            scores.append(score)
        else:
            score = line_score(" ".join(lines[n - 1].strip() for n in numbers[i:j]), None, english)
            scores += [score / (j - i)] * (j - i)
        prose += [score >= PROSE_BASE] * (j - i)
        i = j
    return scores, prose


def _score_teaser_pairs(
    lines: list[str], numbers: list[int], scores: list[float], prose: list[bool], removed: Mapping[int, Removal]
) -> dict[int, str]:
    """Score as teasers the blurbs of a teaser list: TEASER_PAIRS_MIN or more headlines in a row,
    each followed by a single short paragraph (the lead of another story). Where such a list
    stands inside the article, the gap rule gives it back; where it closes the page, it goes.
    A line the stages before removed ("Follow us on Twitter") does not break the list: the list
    is the same with it gone, and cleaning the cleaned text again must find the same.
    Return the lines of the teaser lists, headlines and blurbs, with what they are."""

    def headline(i: int) -> bool:
        text = _LIST_MARK.sub("", lines[numbers[i] - 1].strip())
        shape = line_shape(text)
        first = text.lstrip(_OPENING_QUOTES)[:1]
        return (
            TEASER_HEADLINE_MIN_WORDS <= shape.words <= TEASER_HEADLINE_MAX_WORDS
            and not prose[i]
            and not shape.sentence
            and (first.isupper() or first.isdigit())  # "9 arrested in ...", "'I told him': survivor"
            and not _TEASER_NOT_HEADLINE.search(text)
        )

    def blurb(i: int) -> bool:
        text = lines[numbers[i] - 1].strip()
        return prose[i] and line_shape(text).words <= TEASER_BLURB_MAX_WORDS and not text.endswith(":")

    def label(i: int) -> bool:
        shape = line_shape(lines[numbers[i] - 1])
        return 0 < shape.words <= TEASER_LABEL_MAX_WORDS and not shape.sentence and not prose[i]

    def past_removed(j: int) -> int:
        while j < len(numbers) and numbers[j] in removed:
            j += 1
        return j

    teasers: dict[int, str] = {}
    i = 0
    while i < len(numbers):
        j, leads = i, []
        while True:
            if j + 1 < len(numbers) and headline(j) and blurb(j + 1):
                leads.append(j + 1)
                j += 2
            elif leads and j + 2 < len(numbers) and label(j) and headline(j + 1) and blurb(j + 2):
                j += 1  # the next group's label ("Canada Headlines") goes on with the list
            elif leads and (k := past_removed(j)) > j and k + 1 < len(numbers) and headline(k) and blurb(k + 1):
                j = k
            else:
                break
        if len(leads) >= TEASER_PAIRS_MIN:
            for k in leads:
                scores[k] = min(scores[k], TEASER_SCORE)
            teasers.update(dict.fromkeys(numbers[i:j], _TEASER_PAIRS))
        i = max(j, i + 1)
    return teasers


def _score_dated_teasers(lines: list[str], numbers: list[int], scores: list[float], data: list[bool]) -> dict[int, str]:
    """Score as teasers, not data, the lines of a list of the latest stories: DATED_TEASERS_MIN or
    more dated headlines in a row, a stamp beside a headline, or a headline in Title Case and its
    stamp before the story's lead (a lead is a sentence: the line would count as prose). Return
    their lines, with what they are."""
    dated = [
        (scores[i] < PROSE_BASE and is_dated_headline(lines[n - 1])) or _opens_with_dated_headline(lines[n - 1])
        for i, n in enumerate(numbers)
    ]
    teasers: dict[int, str] = {}
    i = 0
    while i < len(numbers):
        j = i
        while j < len(numbers) and dated[j]:
            j += 1
        if j - i >= DATED_TEASERS_MIN:
            for k in range(i, j):
                scores[k], data[k] = min(scores[k], TEASER_SCORE), False
            teasers.update(dict.fromkeys(numbers[i:j], _DATED_TEASERS))
        i = j + 1
    return teasers


def _score_cells_under_article(
    lines: list[str], numbers: list[int], scores: list[float], prose: list[bool], removed: Mapping[int, Removal]
) -> dict[int, str]:
    """Score as teasers the rows under an article that is one cell of a layout table (a row of a
    single cell of ARTICLE_CELL_MIN_WORDS words or more, the page's longest line, running text: a
    long row of a menu's links is no article) that cannot be its own later paragraphs: to the first
    line that is no row, those whose cells are all headlines, labels or links (`_other_cell`).
    Return the rows, with what they are."""
    kept = [i for i, n in enumerate(numbers) if n not in removed]
    if not kept:
        return {}
    top = max(kept, key=lambda i: spaced_word_count(lines[numbers[i] - 1]))
    text = lines[numbers[top] - 1]
    if spaced_word_count(text) < ARTICLE_CELL_MIN_WORDS or not prose[top] or len(table_cells(text)) != 1:
        return {}
    cells: dict[int, str] = {}
    for i in (k for k in kept if k > top):
        row = table_cells(lines[numbers[i] - 1])
        if not row and not _TABLE_ROW.match(lines[numbers[i] - 1].strip()):
            break
        if row and not line_shape(lines[numbers[i] - 1]).data and all(map(_other_cell, row)):
            scores[i] = min(scores[i], TEASER_SCORE)
            cells[numbers[i]] = _OTHER_CELLS
    return cells


def _other_cell(text: str) -> bool:
    """Tell a layout table's cell that cannot be an article's paragraph: a headline, a label or a
    link, fewer than PROSE_UNENDED_MIN_WORDS words (running words without a full stop are a
    paragraph from there on) that hold no sentence's end, at their end or inside, and no data,
    and that are not a sentence's running words in lowercase with its full stop missing
    ("LEEDS - The bridge closed on Monday and buses now run every ten minutes")."""
    shape = line_shape(text)
    running = (
        shape.words >= PROSE_MIN_WORDS
        and shape.function_share >= PROSE_MIN_FUNCTION_SHARE
        and shape.lowercase_share >= SENTENCE_MIN_LOWERCASE_SHARE
    )
    return (
        0 < shape.words < PROSE_UNENDED_MIN_WORDS
        and not shape.sentence
        and not shape.data
        and not running
        and not SENTENCE_BREAK.search(visible_text(text))
    )


@dataclass(frozen=True)
class Layout:
    """Each non-blank line's state on the page, and which lines are comment walls."""

    states: dict[int, int]
    walls: frozenset[int]
    #: The lines of running text (a paragraph wrapped over several lines counts whole).
    prose: frozenset[int] = frozenset()
    #: The lines of teaser lists, with what the list is.
    teasers: Mapping[int, str] = field(default_factory=dict)

    @property
    def article(self) -> list[int]:
        """The lines of the article, in order."""
        return [n for n, state in self.states.items() if state == _ARTICLE]


def read_layout(lines: list[str], removed: dict[int, Removal], headline: int | None = None) -> Layout:
    """Find the article among a page's lines (the lines the stages before removed are evidence)."""
    numbers = [n for n, t in enumerate(lines, 1) if t.strip()]
    if not numbers:
        return Layout({}, frozenset())
    english = is_english([lines[n - 1] for n in numbers])
    scores, prose = _scores(lines, numbers, removed, english)
    for i, n in enumerate(numbers):
        if headline is not None and n <= headline:
            scores[i] = min(scores[i], ABOVE_HEADLINE_SCORE)
    shapes = [line_shape(lines[n - 1]) for n in numbers]
    data = [s.data for s in shapes]
    cells = _score_cells_under_article(lines, numbers, scores, prose, removed)
    teasers = {
        **_score_teaser_pairs(lines, numbers, scores, prose, removed),
        **_score_dated_teasers(lines, numbers, scores, data),
    }
    # A line the comment-policy rule removed that names the comments ("View all comments", "Post a
    # Comment") opens the comment section as a comment heading does; a comment form's sentences
    # ("Save my name ... for the next time I comment.") do not.
    top = numbers.index(headline) if headline in numbers else None  # the headline's index
    walls = comment_walls(lines, numbers, scores, prose, top) | {
        n for n in numbers if n in removed and removed[n].rule in WALL_RULES and _is_comment_link(lines[n - 1])
    }
    is_wall = [n in walls for n in numbers]
    headed = _headed_text(top, is_wall, prose)
    if headed is not None:  # a comment counter in the head ("4 Comments") opens no comments
        is_wall[top + 1 : headed] = [False] * (headed - top - 1)
    path = article_path(scores, is_wall, headed)
    # A thread of replies addressed to other commenters by name, or of stamped signatures (walls
    # only in pairs), ends the article as its heading does.
    replies = _addressed_replies(lines, numbers, prose)
    walls |= {n for n, reply in zip(numbers, replies, strict=True) if reply}
    is_wall = [n in walls for n in numbers]
    _end_at_comment_heading(
        path,
        [
            r or w and (is_comment_section_heading(lines[n - 1]) or _stamped_signature(lines[n - 1].strip()))
            for n, r, w in zip(numbers, replies, is_wall, strict=True)
        ],
        prose,
    )
    # A list of the latest stories is chrome wherever it stands: a gap holding one is no weak gap.
    firm = [is_firm_chrome(lines[n - 1], removed.get(n)) or teasers.get(n) == _DATED_TEASERS for n in numbers]
    headings = [not s.sentence and 0 < s.words <= HEADING_MAX_WORDS for s in shapes]
    gaps = GapEvidence(
        firm,
        headings,
        [bool(_QUANTITY.match(lines[n - 1].strip())) for n in numbers],
        [n in removed and removed[n].rule == "corpus-repeated" for n in numbers],
        [score == TEASER_SCORE for score in scores],
        data,
    )
    _keep_weak_gaps(path, gaps)
    texts = [lines[n - 1].strip() for n in numbers]
    _keep_contents(path, texts, firm)
    # A bar of links is firm chrome by its shape alone: no rule removed it (a repeated headline, a
    # comment heading), it opens no comments and lists no other stories.
    bars = [
        f and not w and n not in removed and n not in teasers for f, w, n in zip(firm, is_wall, numbers, strict=True)
    ]
    _keep_announced_lists(
        path,
        texts,
        scores,
        [f or w or n in teasers for f, w, n in zip(firm, is_wall, numbers, strict=True)],
        prose,
        bars,
    )
    _keep_datelined_opening(path, texts, prose, -1 if top is None else top)
    _keep_standfirst(path, texts, [n in removed for n in numbers], firm, -1 if top is None else top)
    _keep_deck(path, texts, [n in removed for n in numbers], firm, -1 if top is None else top)
    # A list of other stories ends the run of data under the article as firm chrome does (a list
    # of teasers written as list items would read as data).
    ends = [f or n in teasers for f, n in zip(firm, numbers, strict=True)]
    _keep_trailing_data(path, ends, data, is_wall, [n in removed for n in numbers], prose)
    running = frozenset(n for n, is_prose in zip(numbers, prose, strict=True) if is_prose)
    return Layout(dict(zip(numbers, path, strict=True)), frozenset(walls), running, {**cells, **teasers})


def apply_layout(lines: list[str], removed: dict[int, Removal], headline: int | None = None) -> None:
    """Remove the lines outside the article, recording where the article begins or ends."""
    layout = read_layout(lines, removed, headline)
    inside = layout.article
    if not inside:
        return  # no article text at all: leave the page to the other stages
    _keep_repeated_headings(lines, layout, removed, headline)
    first, last = inside[0], inside[-1]
    for n, state in layout.states.items():
        if n in removed or state == _ARTICLE:
            continue
        if state == _BEFORE:
            evidence = f"page chrome above the article, which begins at line {first}"
        elif state == _AFTER:
            evidence = f"page chrome below the article, which ends at line {last}"
        elif state == _WALLED:
            evidence = "after a comment section's heading, signatures or replies to commenters by name"
        else:
            evidence = "a run of chrome inside the article"
        if n in layout.walls:
            evidence = f"a comment section's heading, signature or reply to a commenter by name; {evidence}"
        elif n in layout.teasers:
            evidence = f"{layout.teasers[n]}; {evidence}"
        removed[n] = Removal(n, lines[n - 1], "layout", evidence)


def _keep_repeated_headings(
    lines: list[str], layout: Layout, removed: dict[int, Removal], headline: int | None
) -> None:
    """Give back the subheadings that other texts of the corpus carry too ("Conclusion", "History"):
    a line the corpus rule removed, shaped as a heading (see `_is_subheading`), under the page's
    headline, right under a paragraph of the article with SECTION_MIN_PROSE_ABOVE of them above it,
    and over SECTION_MIN_PROSE_BELOW of them: the section it heads. A page without a headline found
    is left as it is."""
    if headline is None:
        return
    numbers = list(layout.states)
    text = [n not in removed and n in layout.prose and layout.states[n] == _ARTICLE for n in numbers]
    above = 0
    for i, n in enumerate(numbers):
        above += text[i]
        found = removed.get(n)
        if found is None or found.rule != "corpus-repeated" or n < headline:
            continue
        below = text[i + 1 : i + 1 + SECTION_MIN_PROSE_BELOW]
        if above >= SECTION_MIN_PROSE_ABOVE and text[i - 1] and len(below) == SECTION_MIN_PROSE_BELOW and all(below):
            if _is_subheading(lines[n - 1]):
                del removed[n]


def _is_subheading(line: str) -> bool:
    """Tell a line shaped as a subheading: at most HEADING_MAX_WORDS words opening with a capital or a
    figure, no full stop, no link, no separators of a bar; no list's item, no label with its value
    ("Rate This: 0 0"), no salutation ("Hi,")."""
    text = line.strip()
    shape = line_shape(text)
    first = markdown_free(text)[:1]
    return (
        0 < shape.words <= HEADING_MAX_WORDS
        and not (shape.sentence or shape.linked or shape.separators)
        and not _LIST_MARK.match(text)
        and not _LABEL_VALUE.match(strip_emphasis(text))
        and not strip_emphasis(text).endswith((",", ":", ";"))
        and (first.isupper() or first.isdigit())
    )
