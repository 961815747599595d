"""The line rules (`rules`, `data/boilerplate.yml`) applied to a page's lines, the first stage of
cleaning: each line as written, then without its Markdown, as a layout table's only cell, and its
part run in after a short credit or label (unless the line is a data table's row); then the
buttons of a tool row written as a list. A line a rule took for a button that is one of a
flattened table's column names comes back (`keep_column_names`). The audit says how each was read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from .dates import find_dates
from .lineshapes import WEAK_RULES, column_name_runs, table_cells
from .linetext import body_lines, plain_text, word_count
from .model import Removal
from .rules import Rule, rule_matcher


def apply_line_rules(lines: list[str], rules: tuple[Rule, ...], removed: dict[int, Removal]) -> None:
    """Remove each line a rule of `rules` matches: as written, without its Markdown, as a layout
    table's only cell, run in after a short credit; then the buttons of a tool row written as a list."""
    match = rule_matcher(rules).first_match
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


def keep_column_names(lines: list[str], removed: dict[int, Removal]) -> None:
    """Bring back a line a rule took for a button ("Comment", "Share") where it is one of a
    flattened table's column names (`column_name_runs`), the others kept: a row of share buttons
    under a sentence has more than one removed."""
    numbers = body_lines(lines, {})
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
LISTED = ", written as a list"
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
                removed[k] = Removal(k, lines[k - 1], found.name, found.removes + LISTED, found.kind)
        run = []
