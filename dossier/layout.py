"""Where the article is on the page: what each line is shaped like, and the stretch that is the article.

A scraper's text of a whole page puts the article between menus, teaser lists, footers and
comments; a reader-mode extraction keeps less of them. Line rules (`dossier.rules`) know chrome by
its words. This stage knows it by its shape and its place, the way a reader does at a glance:

1. Each line gets a score of how much it looks like article text (`lineshapes.line_score`, read
   for the page in `dossier.linescores`): sentences (`PROSE_MIN_WORDS` words or more, with the
   function words of running text) count for it, by their length; menu items, teaser headlines and
   strings of links separated by "|" count against; data lines (results, fact boxes, table rows,
   numbered lists) count neither way, so they go with their neighbours; a line a rule removed
   counts firmly against.
2. The article is the best path through four states, line by line (`dossier.articlepath`): before
   the article, in it, in a gap inside it (an advertisement, a gallery, a share bar between
   paragraphs), after it. A line in the article adds its score; entering a gap and leaving it cost
   `articlepath.GAP_COST` each, so a run of chrome inside the article is a gap only when enough
   article follows it, and a lone short paragraph among prose stays. A line that opens a comment
   section ("12 Comments", "Leave a reply") or that signs one comment after another ("Posted by:
   Ann | Jan 7, 2008 06:24 PM") is a wall: it can be before or after the article, never in it, so
   the comments' prose after it is not article. A teaser list (other stories' headlines, each with
   a one-paragraph lead, `linescores.TEASER_PAIRS_MIN` or more in a row) scores its leads as
   teasers: the leads are sentences, but not the article's.
3. The path is then read as a reader would: the article ends at a comment heading, a thread of
   replies, a count of its pages or the site's footer beside a teaser list (here), and the rules of
   `dossier.keeprules` give back what it left out that is the article's own (a list between its
   paragraphs, its table of contents, its standfirst or deck, the data under its last paragraph).
4. Lines outside the article become removals; the audit says where the article begins or ends.

Nothing in here knows a site. The scores and costs are named constants, chosen on the tune part
of the real-page sets (`dossier.realpages`), never on the scored part.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .articlepath import AFTER, ARTICLE, BEFORE, GAP, WALLED, article_path
from .comments import (
    addressed_replies,
    comment_under_stamp,
    comment_walls,
    counts_comments,
    first_comment_above_buttons,
    is_comment_link,
    is_comment_section_heading,
    is_link,
    is_pingback,
    is_post_answer,
    praises_post,
    stamped_signature,
)
from .keeprules import (
    GapEvidence,
    keep_announced_lists,
    keep_contents,
    keep_datelined_opening,
    keep_deck,
    keep_heading_deck,
    keep_opening_sentence,
    keep_standfirst,
    keep_trailing_addresses,
    keep_trailing_data,
    keep_weak_gaps,
)
from .lastreading import LastReading
from .lexicon import is_first_name
from .linescores import (
    DATED_TEASERS_WORDING,
    TEASER_PAIRS_WORDING,
    score_blurb_rows,
    score_cells_under_article,
    score_dated_teasers,
    score_footer_rows,
    score_lines,
    score_teaser_pairs,
    score_teaser_rows,
    scores_unlifted,
)
from .lineshapes import (
    LABEL_VALUE,
    LIST_MARK,
    TEASER_SCORE,
    is_english,
    is_firm_chrome,
    line_shape,
    markdown_free,
    strip_emphasis,
    words_of,
)
from .linetext import nonblank_lines
from .model import Removal

#: The head under a headline: at most this many lines (a comment counter, a byline, a date)
#: between it and the running text that opens its article.
HEADLINE_TEXT_MAX_GAP = 3


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


#: Lines above the headline are never article: they score at most this.
ABOVE_HEADLINE_SCORE = -3.0


# (and a Chinese or Japanese one: full-width stops, quotes and brackets)
#: A quantity: a number (or a fraction) and then a lowercase word, its unit or thing ("3 tablespoons
#: olive oil", "½ cup sugar"); not an ordinal ("10th Oct") nor a ranked headline ("1 Mayor says").
_QUANTITY = re.compile(r"^[\d½¼¾⅓⅔][\d/.,½¼¾⅓⅔–-]*\s+[a-z]")


#: A picture alone on its line, linked or not ("![](https://example.com/a.jpg)", "[![](...)](...)").
_PICTURE = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)")


#: A list's item numbered in its text: "12. ...", "3) ..." (a number, not a year).
_ITEM_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+\S")


#: Article text does not resume under its comment section's heading once this many paragraphs of
#: running text stand above it (a comment counter under the headline stands above them all).
FINAL_WALL_MIN_PROSE = 3


#: A heading that counts the comments under it ("46 Comments") ends the article under this many
#: paragraphs when a list of related stories stands between them and it: a short post's end (its
#: related posts, then its comments). Chosen on Dragnet's reader tune part (posts of one or two
#: paragraphs and a list over their comment threads).
COUNTED_HEADING_MIN_PROSE = 1


#: Rules that remove a list of related stories, which ends a post.
RELATED_RULES = frozenset({"related", "related-list"})


#: Rules whose lines are the site's legal footer: with a list of other stories' headlines and leads
#: beside it, no paragraph of the article between them, the article has ended (see
#: `_end_at_footer_and_teasers`). Chosen on the even half of l3s-gn1-reader-tune's pages (sorted
#: ids), checked on the odd half and on the other tune sets.
FOOTER_RULES = frozenset({"legal-footer"})


#: Rules whose lines open a comment section: the comments' prose after them is not article.
WALL_RULES = frozenset({"comment-policy"})


#: A page's count of the article's pages ("Page 1 of 2", "- Page 3 of 3 -") under its paragraphs
#: closes the article's text on this page: what follows it is the site's, however much of it
#: reads as sentences (a newsletter's pitch, the site's partners). Under FINAL_WALL_MIN_PROSE of
#: the article's paragraphs only: a count above the text heads it. Chosen on the even half of
#: l3s-gn1-reader-tune's pages (sorted ids), checked on the odd half; on every tune set each line
#: under such a count is chrome (552 lines, none of them article text). A count that a later page's
#: count of the same article follows ("Page 1 of 2" over "Page 2 of 2") is a page break inside a
#: text that holds every page, and ends nothing.
_PAGE_COUNT = re.compile(r"^\W*page\s+(\d{1,4})\s+of\s+(\d{1,4})\W*$", re.I)


_ENDS_PAGE = "the count of the article's pages, under its paragraphs: the page under it is the site's"


#: A comment's title made of its own first words, numbered ("3: You've got to remember that" over
#: "You've got to remember that the ... case."): a line of a number, a colon and at least
#: COMMENT_TITLE_MIN_WORDS words that the lines under it open with, word for word. An article's
#: numbered points ("3: Keep the receipts") say more than their first sentence's opening; a page
#: with COMMENT_TITLES_MIN or more such titles holds a comment thread, and the first title under the
#: article's paragraphs ends it as a comment heading does (they are no walls the path is read with:
#: the article's own reading above them does not move). Chosen on the even half of l3s-gn1-reader-tune's
#: pages (sorted ids), checked on the odd half and on the other tune sets.
COMMENT_TITLE_MIN_WORDS = 3


COMMENT_TITLES_MIN = 2


_NUMBERED_TITLE = re.compile(r"^\d{1,4}\s*:\s+(\S.*)$")


_COMMENT_TITLE = "a comment's numbered title, its own first words"


_PINGBACK = "another blog's excerpt linking to the post (a pingback), which a blog prints among its comments"


_FIRST_COMMENT = "a thread's first comment, right above the first of the buttons (Reply, votes) that stand under each of its comments"


#: Praise of the post or thanks for it (`comments.praises_post`: "Great interview, ...", "Thanks for
#: sharing") is a reader's answer whether a comment's mark stands under it or not: it ends the
#: article under this many of its paragraphs (a short post of one paragraph and its thread).
PRAISE_MIN_PROSE = 1


#: ... when this many readers' answers (`comments.is_post_answer`, the praise first) stand from it
#: to the page's end: one line of thanks alone may close an interview ("Thanks for sharing this").
PRAISED_ANSWERS_MIN = 2


_POST_ANSWER = "a reader's answer to the post (praise of it, thanks for it, its writer greeted by name), where the comments under the article begin"


#: An "About" box's heading: "About" and a person's name of at most ABOUT_NAME_MAX_WORDS capitalised
#: words, a given name first, alone on its line ("About Kara Rodriguez", "ABOUT DIMA ARYEH:"), over
#: a paragraph that opens with the name ("Kara is a writer in ..."): the writer's bio under the
#: article, not its text. Under FINAL_WALL_MIN_PROSE of the article's paragraphs it ends the article.
#: A company's box ("About Acme" over "Acme is ...") closes a press release that L3S's gold counts
#: as text: not read here (`clean._apply_about_sections` removes any such box closing the page).
ABOUT_NAME_MAX_WORDS = 4


_ABOUT_BOX = re.compile(rf"^about\s+(\S+(?:\s+\S+){{0,{ABOUT_NAME_MAX_WORDS - 1}}})\s*:?$", re.I)


_ABOUT = 'an "About" box\'s heading over the bio of the person it names'


_UNDER_STAMP = "a comment under its own stamp (a time of day or an age), the page's last text under the article"


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


def _end_path(path: list[int], i: int, state: int) -> None:
    """End the article at line `i` of `path`: from there its lines and gaps take `state` (`WALLED`
    under a comment heading, `AFTER` under the site's own chrome); the lines already outside it stay."""
    path[i:] = [state if s in (ARTICLE, GAP) else s for s in path[i:]]


def _trim_lifted_end(path: list[int], unlifted: list[int], was_removed: list[bool], prose: list[bool]) -> None:
    """Bring the article's end up to where the path `unlifted` (read with no rule's line scored
    above its own score) ends it, when the lines under that end that the path took in hold a line
    no stage removed that is no running text (a label, a byline, a heading): the rules' scores
    brought in chrome the reader sees. Crossing the rules' lines to a paragraph under them alone
    (a contact block between two paragraphs) stays, and so does the article's start (a share bar
    between a standfirst and the first paragraph)."""
    kept = [i for i, state in enumerate(unlifted) if state == ARTICLE]
    if not kept:
        return
    below = [i for i in range(kept[-1] + 1, len(path)) if path[i] in (ARTICLE, GAP)]
    if any(not was_removed[i] and not prose[i] for i in below):
        for i in below:
            path[i] = AFTER


def _end_at_comment_heading(
    path: list[int], heading: list[bool], prose: list[bool], counted: list[bool], related: list[bool]
) -> None:
    """End the article at the first comment heading (or reply addressed by name) under
    FINAL_WALL_MIN_PROSE of its paragraphs, or at a heading that counts its comments (`counted`:
    "46 Comments") under COUNTED_HEADING_MIN_PROSE of them where a list of related stories
    (`related`, removed by a rule) stands between the article's start and the heading: the post has
    ended. A list above the article's start is the page head's (a sidebar's "Recommended")."""
    seen, begun, listed = 0, False, False
    for i, state in enumerate(path):
        least = COUNTED_HEADING_MIN_PROSE if listed and counted[i] else FINAL_WALL_MIN_PROSE
        if heading[i] and seen >= least:
            _end_path(path, i, WALLED)
            return
        begun = begun or state == ARTICLE
        listed = listed or begun and related[i]
        seen += state == ARTICLE and prose[i]


def _end_at_post_answer(path: list[int], texts: list[str], prose: list[bool]) -> list[int]:
    """End the article at a reader's answer to the post (`comments.is_post_answer`) that opens a
    paragraph between its last paragraphs and the comment section the path or
    `_end_at_comment_heading` walled: a thread's first comments stand above its first heading,
    signature or reply by name. Two marks, one of each kind: thanks or a greeting to a name alone (a
    post's own thanks, a letter naming its reader) ends nothing, nor does a wall with no answer
    above it. Under FINAL_WALL_MIN_PROSE of the article's paragraphs only. With no wall under the
    article, its first line of praise or thanks naming nobody (`comments.praises_post`) under
    PRAISE_MIN_PROSE of its paragraphs ends it alone. Return the answer's index, if any."""
    seen, found, praise, answers = 0, None, None, 0
    for i, state in enumerate(path):
        if state == WALLED and seen:
            break
        if state in (ARTICLE, GAP) and prose[i]:
            # (A line is asked whether it answers the post once, for both counts that need it.)
            answer = is_post_answer(texts[i]) if seen >= FINAL_WALL_MIN_PROSE else None
            found = i if found is None and answer else found
            alone = seen >= PRAISE_MIN_PROSE and praises_post(texts[i])
            praise = i if praise is None and alone else praise
            if praise is not None:
                answers += is_post_answer(texts[i]) if answer is None else answer
        seen += state == ARTICLE and prose[i]
    else:
        found = praise if answers >= PRAISED_ANSWERS_MIN else None
    if found is None:
        return []
    _end_path(path, found, WALLED)
    return [found]


def _about_box(heading: str, below: str) -> bool:
    """Tell an "About" box's heading (`_ABOUT_BOX`): a name of capitalised words, and the paragraph
    under it opens with the name's first word ("About Kara Rodriguez" over "Kara is ...")."""
    found = _ABOUT_BOX.match(markdown_free(heading))
    if not found:
        return False
    words = found.group(1).split()
    shouted = found.group(0).isupper()  # "ABOUT KARA RODRIGUEZ"; "About BET Networks" names a company
    if not (all(w[:1].isupper() for w in words) and (shouted or not words[0].isupper())):
        return False
    if not is_first_name(words[0].capitalize()):
        return False
    opening, name = words_of(markdown_free(below)[:80].casefold()), words_of(words[0].casefold())
    return bool(opening and name) and opening[0] in {name[0], f"{name[0]}'s", f"{name[0]}’s"}


def _end_at_about_box(path: list[int], texts: list[str], prose: list[bool]) -> list[int]:
    """End the article at an "About" box's heading (`_about_box`) over a paragraph, under
    FINAL_WALL_MIN_PROSE of its paragraphs. Return the heading's index, if any."""
    seen = 0
    for i, state in enumerate(path[:-1]):
        if (
            state in (ARTICLE, GAP)
            and seen >= FINAL_WALL_MIN_PROSE
            and prose[i + 1]
            and _about_box(texts[i], texts[i + 1])
        ):
            _end_path(path, i, AFTER)
            return [i]
        seen += state == ARTICLE and prose[i]
    return []


def _end_at_page_count(path: list[int], texts: list[str], prose: list[bool]) -> list[int]:
    """End the article at the first count of its pages (`_PAGE_COUNT`) under FINAL_WALL_MIN_PROSE of
    its paragraphs: the lines from the count on are the site's, unless the text counts a later page
    of the same article too (the article's pages all in one text). Return the count's index,
    if any."""
    counts = [_PAGE_COUNT.match(text) for text in texts]
    last_page: dict[int, int] = {}  # the number of pages -> the latest page the text counts of them
    for c in filter(None, counts):
        last_page[int(c[2])] = max(last_page.get(int(c[2]), 0), int(c[1]))
    seen = 0
    for i, state in enumerate(path):
        c = counts[i]
        if seen >= FINAL_WALL_MIN_PROSE and c and int(c[1]) >= last_page[int(c[2])]:
            _end_path(path, i, AFTER)
            return [i]
        seen += state == ARTICLE and prose[i]
    return []


def _end_at_footer_and_teasers(path: list[int], footer: list[bool], teasers: list[bool], prose: list[bool]) -> None:
    """End the article where the site's legal footer (`footer`) and a list of other stories with
    their leads (`teasers`) stand together under it, no paragraph of the article between them: the
    page under them is the site's, however much of it reads as sentences (other stories' leads,
    wrapped over short lines)."""
    begun, start, seen = False, None, set()
    for i, state in enumerate(path):
        if begun and (footer[i] or teasers[i]):
            start = i if start is None else start
            seen |= {"footer"} if footer[i] else {"teasers"}
            if len(seen) == 2:
                _end_path(path, start, AFTER)
                return
        elif state == ARTICLE and prose[i]:
            begun, start, seen = True, None, set()


def comment_titles(lines: list[str]) -> set[int]:
    """Return the lines that title comments with their own first words, numbered (see
    COMMENT_TITLES_MIN); none unless the page holds that many.

    Fast path: both layout readings of a page ask it, and it reads the page's lines alone: the
    second asking is answered from the first (`LastReading`; the set is shared, never changed)."""
    return _comment_titles(lines)


def _read_comment_titles(lines: list[str]) -> set[int]:
    numbers = nonblank_lines(lines)
    found = set()
    for i, n in enumerate(numbers):
        title = _NUMBERED_TITLE.match(lines[n - 1].strip())
        words = words_of(title.group(1).casefold()) if title else []
        if len(words) < COMMENT_TITLE_MIN_WORDS:
            continue
        below: list[str] = []
        j = i + 1  # (read line by line, not from a copy of the rest of the page: linear)
        while j < len(numbers) and len(below) < len(words):
            below += words_of(lines[numbers[j] - 1].casefold())
            j += 1
        if below[: len(words)] == words:
            found.add(n)
    return found if len(found) >= COMMENT_TITLES_MIN else set()


_comment_titles = LastReading(_read_comment_titles)


def pingback_lines(lines: list[str], numbers: list[int], prose: list[bool]) -> set[int]:
    """Return the pingbacks (`is_pingback`) among `numbers`, not an article's quotations: an
    article elides what it quotes as a pingback does. A quotation is introduced by a paragraph of
    running text ending with a colon ("The ruling reads:" over "[...] the law applies [...]"; a
    pingback's own heading ending with a colon, "Jane's Blog says:", is no running text), or it
    is the page's one such excerpt and stands between two paragraphs of running text, the
    article's own going on under it. Pingbacks stand among the comments: in a thread of them, or
    under a comment heading, a link line or a signature, or at the page's end."""
    found = [i for i, n in enumerate(numbers) if is_pingback(lines[n - 1])]

    def quoted(i: int) -> bool:
        above = i > 0 and prose[i - 1]
        if above and lines[numbers[i - 1] - 1].rstrip().endswith(":"):
            return True
        return len(found) == 1 and above and i + 1 < len(numbers) and prose[i + 1]

    return {numbers[i] for i in found if not quoted(i)}


@dataclass(frozen=True)
class Layout:
    """Each non-blank line's state on the page, and which lines are comment walls."""

    states: dict[int, int]
    walls: frozenset[int]
    #: The lines of running text (a paragraph wrapped over several lines counts whole).
    prose: frozenset[int] = frozenset()
    #: The lines of teaser lists, with what the list is (and a comment's numbered title, a wall).
    teasers: Mapping[int, str] = field(default_factory=dict)

    @property
    def article(self) -> list[int]:
        """The lines of the article, in order."""
        return [n for n, state in self.states.items() if state == ARTICLE]


def read_layout(lines: list[str], removed: dict[int, Removal], headline: int | None = None) -> Layout:
    """Find the article among a page's lines (the lines the stages before removed are evidence)."""
    numbers = list(nonblank_lines(lines))
    if not numbers:
        return Layout({}, frozenset())
    english = is_english([lines[n - 1] for n in numbers])
    scores, prose = score_lines(lines, numbers, removed, english)
    for i, n in enumerate(numbers):
        if headline is not None and n <= headline:
            scores[i] = min(scores[i], ABOVE_HEADLINE_SCORE)
    shapes = [line_shape(lines[n - 1]) for n in numbers]
    data = [s.data for s in shapes]
    cells = score_cells_under_article(lines, numbers, scores, prose, removed)
    teasers = {
        **score_blurb_rows(lines, numbers, scores),  # the lists below name their lines more precisely
        **score_teaser_rows(lines, numbers, scores),
        **score_footer_rows(lines, numbers, scores),
        **score_teaser_pairs(lines, numbers, scores, prose, removed),
        **score_dated_teasers(lines, numbers, scores, data),
    }
    # A line the comment-policy rule removed that names the comments ("View all comments", "Post a
    # Comment") opens the comment section as a comment heading does; a comment form's sentences
    # ("Save my name ... for the next time I comment.") do not.
    top = numbers.index(headline) if headline in numbers else None  # the headline's index
    walls = comment_walls(lines, numbers, scores, prose, top) | {
        n for n in numbers if n in removed and removed[n].rule in WALL_RULES and is_comment_link(lines[n - 1])
    }
    first_comment = first_comment_above_buttons(lines, numbers, prose, walls)
    stamp_lines = [n in removed and removed[n].rule == "date-line" for n in numbers]
    was_removed = [n in removed for n in numbers]  # (this reading adds to `removed` nothing)
    under_stamp = comment_under_stamp(lines, numbers, prose, stamp_lines, was_removed, walls)
    walls |= first_comment | under_stamp
    is_wall = [n in walls for n in numbers]
    headed = _headed_text(top, is_wall, prose)
    if headed is not None:  # a comment counter in the head ("4 Comments") opens no comments
        is_wall[top + 1 : headed] = [False] * (headed - top - 1)
    # A link to the comments above the page's first running text is its head's counter or a menu's
    # link: no comments stand above all the page's text.
    first_text = prose.index(True) if any(prose) else len(numbers)
    head_links = [
        w and i < first_text and is_link(lines[n - 1]) for i, (n, w) in enumerate(zip(numbers, is_wall, strict=True))
    ]
    path = article_path(scores, is_wall, headed, head_links)
    # A rule's line scores above a label's own score (see `scores_unlifted`): under the article, the
    # path keeps no line that a rule's removal alone brought in.
    # (The same scores give the same path: no rule's line scored above its own, a quarter of the pages.)
    lowered = scores_unlifted(lines, numbers, scores, removed, english)
    unlifted = path.copy() if lowered == scores else article_path(lowered, is_wall, headed, head_links)
    _trim_lifted_end(path, unlifted, was_removed, prose)
    # A thread of replies addressed to other commenters by name, or of stamped signatures (walls
    # only in pairs), ends the article as its heading does.
    replies = addressed_replies(lines, numbers, prose)
    titles = comment_titles(lines)
    # A pingback stands among the comments only: under the article's paragraphs it ends them as a
    # comment heading does (as the titles, no wall the path is read with).
    pingbacks = pingback_lines(lines, numbers, prose)
    walls |= {n for n, reply in zip(numbers, replies, strict=True) if reply} | titles | pingbacks
    is_wall = [n in walls for n in numbers]
    related = [n in removed and removed[n].rule in RELATED_RULES for n in numbers]
    _end_at_comment_heading(
        path,
        [
            r
            or n in titles
            or n in pingbacks
            or w
            and (is_comment_section_heading(lines[n - 1]) or stamped_signature(lines[n - 1].strip()))
            for n, r, w in zip(numbers, replies, is_wall, strict=True)
        ],
        prose,
        [counts_comments(lines[n - 1]) for n in numbers],
        related,
    )
    texts = [lines[n - 1].strip() for n in numbers]
    answers = {numbers[i]: _POST_ANSWER for i in _end_at_post_answer(path, texts, prose)}
    walls |= answers.keys()
    _end_at_footer_and_teasers(
        path,
        [n in removed and removed[n].rule in FOOTER_RULES for n in numbers],
        [teasers.get(n) == TEASER_PAIRS_WORDING for n in numbers],
        prose,
    )
    counts = {numbers[i]: _ENDS_PAGE for i in _end_at_page_count(path, texts, prose)}
    counts |= {numbers[i]: _ABOUT for i in _end_at_about_box(path, texts, prose)}
    # A list of the latest stories is chrome wherever it stands: a gap holding one is no weak gap.
    firm = [is_firm_chrome(lines[n - 1], removed.get(n)) or teasers.get(n) == DATED_TEASERS_WORDING for n in numbers]
    headings = [not s.sentence and 0 < s.words <= HEADING_MAX_WORDS for s in shapes]
    pictures = [bool(_PICTURE.fullmatch(text)) for text in texts]
    gaps = GapEvidence(
        firm,
        headings,
        [bool(_QUANTITY.match(lines[n - 1].strip())) for n in numbers],
        [n in removed and removed[n].rule == "corpus-repeated" for n in numbers],
        [score == TEASER_SCORE for score in scores],
        data,
        [int(m[1]) if (m := _ITEM_NUMBER.match(lines[n - 1])) else 0 for n in numbers],
        pictures,
        [not p and 0 < s.words <= HEADING_MAX_WORDS and not s.linked for p, s in zip(pictures, shapes, strict=True)],
    )
    keep_weak_gaps(path, gaps)
    keep_contents(path, texts, firm)
    # A bar of links is firm chrome by its shape alone: no rule removed it (a repeated headline, a
    # comment heading), it opens no comments and lists no other stories.
    bars = [
        f and not w and n not in removed and n not in teasers for f, w, n in zip(firm, is_wall, numbers, strict=True)
    ]
    keep_announced_lists(
        path,
        texts,
        scores,
        [f or w or n in teasers for f, w, n in zip(firm, is_wall, numbers, strict=True)],
        prose,
        bars,
    )
    head = -1 if top is None else top
    keep_datelined_opening(path, texts, prose, head)
    keep_standfirst(path, texts, was_removed, firm, head)
    keep_deck(path, texts, was_removed, firm, head, related)
    keep_opening_sentence(path, texts, was_removed, head)
    keep_heading_deck(path, texts, was_removed, firm, head)
    # A list of other stories ends the run of data under the article as firm chrome does (a list
    # of teasers written as list items would read as data), and so does another box of the layout
    # table under a one-cell article (`cells`).
    ends = [f or n in teasers or n in cells or n in counts for f, n in zip(firm, numbers, strict=True)]
    keep_trailing_data(path, ends, data, is_wall, was_removed, prose)
    keep_trailing_addresses(path, texts, was_removed)
    running = frozenset(n for n, is_prose in zip(numbers, prose, strict=True) if is_prose)
    described = {
        **cells,
        **teasers,
        **dict.fromkeys(titles, _COMMENT_TITLE),
        **dict.fromkeys(pingbacks, _PINGBACK),
        **dict.fromkeys(first_comment, _FIRST_COMMENT),
        **dict.fromkeys(under_stamp, _UNDER_STAMP),
        **answers,
        **counts,
    }
    return Layout(dict(zip(numbers, path, strict=True)), frozenset(walls), running, described)


def apply_layout(lines: list[str], removed: dict[int, Removal], headline: int | None = None) -> None:
    """Remove the lines outside the article, recording where the article begins or ends."""
    layout = read_layout(lines, removed, headline)
    inside = layout.article
    if not inside:
        return  # no article text at all: leave the page to the other stages
    _keep_repeated_headings(lines, layout, removed, headline)
    first, last = inside[0], inside[-1]
    for n, state in layout.states.items():
        if n in removed or state == ARTICLE:
            continue
        if state == BEFORE:
            evidence = f"page chrome above the article, which begins at line {first}"
        elif state == AFTER:
            evidence = f"page chrome below the article, which ends at line {last}"
        elif state == WALLED:
            evidence = "after a comment section's heading, signatures, replies to commenters by name or pingbacks"
        else:
            evidence = "a run of chrome inside the article"
        if n in layout.walls:
            what = layout.teasers.get(n, "a comment section's heading, signature or reply to a commenter by name")
            evidence = f"{what}; {evidence}"
        elif n in layout.teasers:
            evidence = f"{layout.teasers[n]}; {evidence}"
        removed[n] = Removal(n, lines[n - 1], "layout", evidence)


def _keep_repeated_headings(
    lines: list[str], layout: Layout, removed: dict[int, Removal], headline: int | None
) -> None:
    """Give back the subheadings that other texts of the corpus carry too ("Conclusion", "History"):
    a line the corpus rule removed, shaped as a heading (see `_is_subheading`), under the page's
    headline, right under a line of the article (a paragraph, or a list's item, a caption or code
    that closes the section before) with SECTION_MIN_PROSE_ABOVE of its paragraphs above it, and
    over SECTION_MIN_PROSE_BELOW of them: the section it heads. A page without a headline found is
    left as it is (Readability's synthetic test pages, without one, hold a heading that their gold
    counts as chrome on two pages and as the article's on two)."""
    if headline is None:
        return
    numbers = list(layout.states)
    inside = [n not in removed and layout.states[n] == ARTICLE for n in numbers]
    text = [kept and n in layout.prose for kept, n in zip(inside, numbers, strict=True)]
    above = 0
    for i, n in enumerate(numbers):
        above += text[i]
        found = removed.get(n)
        if found is None or found.rule != "corpus-repeated" or n < headline:
            continue
        below = text[i + 1 : i + 1 + SECTION_MIN_PROSE_BELOW]
        if above >= SECTION_MIN_PROSE_ABOVE and inside[i - 1] and len(below) == SECTION_MIN_PROSE_BELOW and all(below):
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
        and not LIST_MARK.match(text)
        and not LABEL_VALUE.match(strip_emphasis(text))
        and not strip_emphasis(text).endswith((",", ":", ";"))
        and (first.isupper() or first.isdigit())
    )
