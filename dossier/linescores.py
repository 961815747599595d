"""How much each line of a page looks like article text, before the article's path is read.

Each line gets its own score (`lineshapes.line_score`); a paragraph a scraper wrapped over lines
(`dossier.linejoins`) is scored whole, its score shared among its lines. Then the lists and rows
whose sentences are not the article's score as teasers (or, a site's footer, as a menu): a list of
other stories' headlines with their leads or their dates, a site's blurbs, a layout table's row of
teasers side by side, and the cells under an article that is one cell of a layout table. Each
returns the lines it found with the words that say what they are, for the removals' audit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

from .linejoins import broken_paragraphs, runs_on, wrapped_sentence
from .lineshapes import (
    LIST_MARK,
    MENU_SCORE,
    PROSE_BASE,
    PROSE_MIN_FUNCTION_SHARE,
    PROSE_MIN_WORDS,
    PROSE_UNENDED_MIN_WORDS,
    SENTENCE_MIN_LOWERCASE_SHARE,
    SHAPE_CACHE_SIZE,
    STAMP,
    TABLE_ROW,
    TEASER_BLURB_MAX_WORDS,
    TEASER_HEADLINE_MAX_WORDS,
    TEASER_SCORE,
    is_dated_headline,
    is_rule_removal,
    line_score,
    line_shape,
    opens_with_dated_headline,
    row_cells,
    spaced_word_count,
    table_cells,
    visible_text,
)
from .linetext import word_count
from .model import Removal
from .sentenceends import SENTENCE_BREAK_AFTER_WORD, ends_sentence_or_clause

#: A list of the latest stories: at least DATED_TEASERS_MIN lines in a row, each a time or a date
#: beside a headline of at least DATED_HEADLINE_MIN_WORDS words ("15.01.08 19:45 | Two killed in
#: blast north of Beirut", "Berbatov could leave, says agent (31 Dec 07 | Tottenham Hotspur)").
#: Its lines are teasers, not data (a schedule's lines name fewer words, a dated line in the
#: article stands alone).
DATED_TEASERS_MIN = 3


#: A teaser list ("Related stories", "More headlines"): at least this many headlines in a row,
#: each a short line without a full stop followed by one paragraph, its blurb. An article's
#: subheadings open parts of several paragraphs; a teaser's blurb is a single one. Entity
#: discovery counts the same runs as chrome (`chromelines.teaser_pair_lines`): on the real pages'
#: tune part (every set, lines as rendered, before cleaning), runs of three pairs or more stood
#: on 47 pages of 22 sites (L3S and Dragnet, page and reader renderings), all chrome but for 3
#: lines of one page (a summary's points); runs of two held article text on 19 pages of 13 sites.
TEASER_PAIRS_MIN = 3


#: A teaser's headline is a news headline of TEASER_HEADLINE_MIN_WORDS to TEASER_HEADLINE_MAX_WORDS
#: words (a subheading or a feature's name is shorter; headlines in the seeds and the regression
#: corpus run up to 22 words, and 16 let a list whose second headline has 17 go); its blurb a lead
#: of at most TEASER_BLURB_MAX_WORDS. On the tune part 20, 22 and 24 remove the same lines.
TEASER_HEADLINE_MIN_WORDS = 5


#: A list of teasers in groups: a label of at most this many words ("Canada Headlines") between
#: two groups goes on with the list.
TEASER_LABEL_MAX_WORDS = 3


#: A line a rule removed as a picture's caption or credit, a gallery's or an image's widget or an
#: advertisement's marker heads no teaser: those stand between the article's own paragraphs (a
#: reader-mode text keeps "Image caption Crews worked through the night", "Photos: ...", the
#: article's paragraph under each), and three such pairs read as a list of other stories' leads.
NO_TEASER_HEADLINE_RULES = frozenset({"caption-credit", "image-chrome", "advertisement"})


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
#: Where the whole page is the layout table (rows above the article's cell as well: its menus, its
#: head), a row under the article laid out in other columns than the article's cell (a bullet's
#: or an icon's column before its text, two cells side by side) is another box of the page, even
#: where it holds sentences (an advertisement's pitch, a teaser's lead, a footer): the article's
#: own later paragraphs go on in its column (`_columns`), and a cell as long as an article's
#: (ARTICLE_CELL_MIN_WORDS) is the article's wherever it stands. Data rows keep their scores (an
#: article's own table). Read off the rows of the whole l3s-gn1-reader-tune set (no threshold
#: fitted), checked on each half of its pages (sorted ids): leaks removed on both, and no gold body
#: line of any tune set stands in such a row.
ARTICLE_CELL_MIN_WORDS = 100


#: A box under an article laid out in a layout table's cell (an advertisement box, a list of
#: teasers): at least this many items in a row, each a row in other columns than the article's
#: cell (a bullet's column beside the item's headline) followed by one row in the article's
#: column, the item's blurb. The blurbs read as sentences ("Discover how ... you've never thought
#: of before."), the article's own later paragraphs do not alternate with bulleted rows. The same
#: number as a teaser list's (TEASER_PAIRS_MIN); chosen on the even half of l3s-gn1-reader-tune's
#: pages (sorted ids), checked on the odd half.
BOX_ITEMS_MIN = 3


_OPENING_QUOTES = "\"'‘“"


#: A headline names no handle and no time: a line with them is a post's or a comment's signature.
_TEASER_NOT_HEADLINE = re.compile(rf"@|^by\s|{STAMP.pattern}", re.I)


#: A row of other stories' teasers laid out side by side in a layout table: at least two cells,
#: each a headline and its lead (PROSE_MIN_WORDS words or more), all closed by the same
#: TEASER_CLOSING_WORDS words, the link every teaser ends with ("... in straight sets. Full Story |
#: Hingis banned ... at Wimbledon. Full Story |"). An article's own table names no paragraph in
#: each cell, nor closes them alike. Chosen on the even half of l3s-gn1-reader-tune's pages
#: (sorted ids); no tune set holds such a row that is article text.
TEASER_CLOSING_WORDS = 2


#: A site's footer written on one line: a menu of its pages (at least `chromelines.MENU_MIN_ITEMS`
#: items of at most `chromelines.MENU_ITEM_MAX_WORDS` words between bars, escaped or not) beside
#: its legal notice (two different things of one, `chromelines.is_legal_footer`: "The Group: Home
#: \| About Us \| Archives \| Contacts ... Copyright © 2008 ... Republication ... prohibited").
#: Reader mode writes it as one layout table's cell, whose notice reads as a sentence. Chosen on
#: the even half of l3s-gn1-reader-tune's pages (sorted ids), checked on the odd half; on all tune
#: sets no line of this shape is article text (88 are chrome).
_FOOTER_ROW = "the site's footer: a menu of its pages beside its legal notice"


TEASER_PAIRS_WORDING = "a list of other stories' headlines, each with a one-paragraph lead"


DATED_TEASERS_WORDING = "a list of the latest stories' headlines with their dates or times"


_OTHER_CELLS = "a cell of the layout table under the article's own cell (a teaser, a service, a footer)"


_BLURB_ROWS = "a site's blurbs of its sections or other stories, each a heading run into one sentence"


_TEASER_ROW = "a row of other stories' headlines and leads, each closed by the same link"


_BOX_BLURBS = (
    "a box under the article's own cell: a bulleted item's blurb, under its headline in other columns"
    " (an advertisement, a teaser)"
)


def score_lines(
    lines: list[str], numbers: list[int], removed: dict[int, Removal], english: bool
) -> tuple[list[float], list[bool]]:
    """Score every line, and tell which are running text; a paragraph that a scraper wrapped over
    several lines (each line but the last running on into a lowercase one) is scored as one, its
    score shared among its lines."""
    scores: list[float] = []
    prose: list[bool] = []
    broken = broken_paragraphs(lines, numbers, removed)
    i = 0
    while i < len(numbers):
        j = i + 1
        # (The removals are tested before the joins: pure tests, the same answer in either order,
        # and a pair with a removed line, more of them in the second layout reading, is not read.)
        while (
            j < len(numbers)
            and numbers[j] == numbers[j - 1] + 1
            and numbers[j - 1] not in removed
            and numbers[j] not in removed
            and (
                runs_on(lines[numbers[j - 1] - 1], lines[numbers[j] - 1])
                or j - 1 in broken
                or wrapped_sentence(lines[numbers[j - 1] - 1], lines[numbers[j] - 1])
            )
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


def scores_unlifted(
    lines: list[str], numbers: list[int], scores: list[float], removed: Mapping[int, Removal], english: bool
) -> list[float]:
    """The lines' scores with every line a rule removed scored no higher than it scores kept: a
    rule's line scores RULE_SCORE, above a button's or a label's own score ("Close", "Tweet": a
    fragment's), so a rule that removes it makes the lines around it likelier to be the article's."""
    return [
        min(score, line_score(lines[n - 1], None, english)) if is_rule_removal(removed.get(n)) else score
        for n, score in zip(numbers, scores, strict=True)
    ]


def score_teaser_pairs(
    lines: list[str], numbers: list[int], scores: list[float], prose: list[bool], removed: Mapping[int, Removal]
) -> dict[int, str]:
    """Score as teasers the blurbs of a teaser list: TEASER_PAIRS_MIN or more headlines in a row,
    each followed by a single short paragraph (the lead of another story). Where such a list
    stands inside the article, the gap rule gives it back; where it closes the page, it goes.
    A line the stages before removed ("Follow us on Twitter") does not break the list: the list
    is the same with it gone, and cleaning the cleaned text again must find the same.
    Return the lines of the teaser lists, headlines and blurbs, with what they are."""

    def headline(i: int) -> bool:
        found = removed.get(numbers[i])
        if found is not None and found.rule in NO_TEASER_HEADLINE_RULES:
            return False
        return not prose[i] and _teaser_headline_shaped(lines[numbers[i] - 1])

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
            teasers.update(dict.fromkeys(numbers[i:j], TEASER_PAIRS_WORDING))
        i = max(j, i + 1)
    return teasers


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every line
def _teaser_headline_shaped(raw: str) -> bool:
    """Tell a line shaped as a teaser list's headline (not running text is asked apart):
    TEASER_HEADLINE_MIN_WORDS to TEASER_HEADLINE_MAX_WORDS words, no sentence's end, opening with a
    capital or a figure, none of the words that tell it is no headline."""
    text = LIST_MARK.sub("", raw.strip())
    shape = line_shape(text)
    first = text.lstrip(_OPENING_QUOTES)[:1]
    return (
        TEASER_HEADLINE_MIN_WORDS <= shape.words <= TEASER_HEADLINE_MAX_WORDS
        and not shape.sentence
        and (first.isupper() or first.isdigit())  # "9 arrested in ...", "'I told him': survivor"
        and not _TEASER_NOT_HEADLINE.search(text)
    )


def score_dated_teasers(lines: list[str], numbers: list[int], scores: list[float], data: list[bool]) -> dict[int, str]:
    """Score as teasers, not data, the lines of a list of the latest stories: DATED_TEASERS_MIN or
    more dated headlines in a row, a stamp beside a headline, or a headline in Title Case and its
    stamp before the story's lead (a lead is a sentence: the line would count as prose). Return
    their lines, with what they are."""
    dated = [
        (scores[i] < PROSE_BASE and is_dated_headline(lines[n - 1])) or opens_with_dated_headline(lines[n - 1])
        for i, n in enumerate(numbers)
    ]
    teasers: dict[int, str] = {}
    for i, j in _runs_of(dated, DATED_TEASERS_MIN):
        for k in range(i, j):
            scores[k], data[k] = min(scores[k], TEASER_SCORE), False
        teasers.update(dict.fromkeys(numbers[i:j], DATED_TEASERS_WORDING))
    return teasers


def _runs_of(flags: list[bool], min_length: int) -> Iterator[tuple[int, int]]:
    """Yield each run of `min_length` or more true flags in a row, from i to j (j excluded)."""
    if not any(flags):
        return  # (most pages: the flags are read in C, not one by one)
    i = 0
    while i < len(flags):
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        if j - i >= min_length:
            yield i, j
        i = j + 1


def score_blurb_rows(lines: list[str], numbers: list[int], scores: list[float]) -> dict[int, str]:
    """Score as teasers the rows of a site's blurbs: BLURB_ROWS_MIN or more lines in a row, each a
    layout table's row of one cell holding a heading run into one sentence
    (`chromelines.is_blurb_row`). Return their lines, with what they are."""
    from .chromelines import BLURB_ROWS_MIN, is_blurb_row  # chromelines reads the cleaning: imported here

    rows = [is_blurb_row(lines[n - 1]) for n in numbers]
    teasers: dict[int, str] = {}
    for i, j in _runs_of(rows, BLURB_ROWS_MIN):
        for k in range(i, j):
            scores[k] = min(scores[k], TEASER_SCORE)
        teasers.update(dict.fromkeys(numbers[i:j], _BLURB_ROWS))
    return teasers


def score_teaser_rows(lines: list[str], numbers: list[int], scores: list[float]) -> dict[int, str]:
    """Score as teasers the layout table's rows of other stories side by side: two cells or more,
    each PROSE_MIN_WORDS words or more, all closed by the same TEASER_CLOSING_WORDS words ("Full
    Story"), a link's label and not a sentence's end (two cells of a comparison both ending "...
    a year." are the article's table). Return their lines, with what they are."""
    teasers: dict[int, str] = {}
    for i, n in enumerate(numbers):
        cells = table_cells(lines[n - 1])
        if len(cells) < 2 or any(line_shape(c).words < PROSE_MIN_WORDS for c in cells):
            continue
        closings = {tuple(c.split()[-TEASER_CLOSING_WORDS:]) for c in cells}
        if len(closings) == 1 and not ends_sentence_or_clause(cells[0]):  # a link's label ends no sentence
            scores[i] = min(scores[i], TEASER_SCORE)
            teasers[n] = _TEASER_ROW
    return teasers


def score_footer_rows(lines: list[str], numbers: list[int], scores: list[float]) -> dict[int, str]:
    """Score as a menu the lines that hold a site's menu and its legal notice (see `_FOOTER_ROW`).
    Return their lines, with what they are."""
    from .chromelines import MENU_ITEM_MAX_WORDS, MENU_MIN_ITEMS, is_legal_footer  # (see `score_blurb_rows`)

    footers: dict[int, str] = {}
    for i, n in enumerate(numbers):
        text = lines[n - 1]
        if "|" not in text or not is_legal_footer(text):
            continue
        items = [cell for cell in row_cells(text) if 0 < line_shape(cell).words <= MENU_ITEM_MAX_WORDS]
        if len(items) >= MENU_MIN_ITEMS:
            scores[i] = min(scores[i], MENU_SCORE)
            footers[n] = _FOOTER_ROW
    return footers


def score_cells_under_article(
    lines: list[str], numbers: list[int], scores: list[float], prose: list[bool], removed: Mapping[int, Removal]
) -> dict[int, str]:
    """Score as teasers the rows under an article that is one cell of a layout table (a row of a
    single cell of ARTICLE_CELL_MIN_WORDS words or more, the page's longest line, running text: a
    long row of a menu's links is no article) that cannot be its own later paragraphs: to the first
    line that is no row, those whose cells are all headlines, labels or links (`_other_cell`),
    and, where rows stand above the article's cell too (the page is the table), those laid out in
    other columns than its cell (`_other_column`). Return the rows, with what they are."""
    kept = [i for i, n in enumerate(numbers) if n not in removed]
    if not kept:
        return {}
    # (`word_count` is `spaced_word_count` remembered by line: both layout passes ask of every line.)
    top = max(kept, key=lambda i: word_count(lines[numbers[i] - 1]))
    text = lines[numbers[top] - 1]
    if spaced_word_count(text) < ARTICLE_CELL_MIN_WORDS or not prose[top] or len(table_cells(text)) != 1:
        return {}
    # The page is the layout table where rows stand above the article's cell too.
    framed = any(TABLE_ROW.match(lines[n - 1].strip()) for n in numbers[:top])
    column = _columns(text)
    cells: dict[int, str] = {}
    # The rows under the article's cell, each with whether it stands in other columns than its cell.
    rows: list[tuple[int, bool]] = []
    for i in (k for k in kept if k > top):
        row = table_cells(lines[numbers[i] - 1])
        if not row and not TABLE_ROW.match(lines[numbers[i] - 1].strip()):
            break
        if not row or line_shape(lines[numbers[i] - 1]).data:
            continue
        other = framed and _other_column(lines[numbers[i] - 1], column)
        rows.append((i, other))
        if all(map(_other_cell, row)) or other:
            scores[i] = min(scores[i], TEASER_SCORE)
            cells[numbers[i]] = _OTHER_CELLS
    for i in _box_blurbs(rows):
        scores[i] = min(scores[i], TEASER_SCORE)
        cells[numbers[i]] = _BOX_BLURBS
    return cells


def _box_blurbs(rows: list[tuple[int, bool]]) -> list[int]:
    """Return the rows of the article's column that are the blurbs of a box's items: where
    BOX_ITEMS_MIN or more rows in other columns (an item's bullet beside its headline) are each
    followed by one row in the article's column, those rows are the items' blurbs (`rows`: each
    row's index and whether it stands in other columns, in the page's order)."""
    blurbs: list[int] = []
    run: list[int] = []
    for k, (i, other) in enumerate(rows):
        if other:
            continue
        if k > 0 and rows[k - 1][1]:  # right under an item in other columns
            run.append(i)
            continue
        if len(run) >= BOX_ITEMS_MIN:
            blurbs += run
        run = []
    if len(run) >= BOX_ITEMS_MIN:
        blurbs += run
    return blurbs


def _other_column(row: str, column: tuple[bool, ...]) -> bool:
    """Tell a row laid out in other columns than the article's cell (`column`), short of an
    article cell's length: a cell of ARTICLE_CELL_MIN_WORDS words or more is the article's too."""
    return _columns(row) != column and spaced_word_count(row) < ARTICLE_CELL_MIN_WORDS


def _columns(row: str) -> tuple[bool, ...]:
    """Which columns of a layout table's row hold text: "|  | Top Stories |" the second of two,
    "| Home \\| News |" both of two (`lineshapes.CELL_BAR`)."""
    return tuple(map(bool, row_cells(row)))


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
        and not SENTENCE_BREAK_AFTER_WORD.search(visible_text(text))
    )
