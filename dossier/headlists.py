"""The list of the page's data under its headline: the date, the section, a count of comments.

Some pages print the article's data under its headline as a list, one datum an item ("- 3 May
2016", "- In: Local news", "- 12 replies"). The date-line and byline stages take the
date's and the author's items; the others carry no date or name and no words a rule knows. Read by
place, they are the same list's: a list that stands between the headline and the article's first
paragraph, one of whose items is the article's date or byline, is the head's data, and so are its
other short items. Nothing here knows a site or a word.
"""

from __future__ import annotations

from .lineshapes import LIST_MARK
from .linetext import word_count
from .model import Removal
from .sentenceends import ENDS_SENTENCE_OR_ELLIPSIS

#: Rules that take the article's own data from the head: its date and its byline.
HEAD_DATA_RULES = frozenset({"date-line", "date-stamp", "byline"})

#: An item of the head's data is a few words ("In: Local news", "12 replies"), with no
#: sentence's end; a longer item, or a sentence, is the article's (a summary's point) and stays.
#: On the five reader and whole-page tune sets the stage removes four items, of 2 to 5 words, on
#: two sites; no article line.
HEAD_ITEM_MAX_WORDS = 8


def apply_head_lists(lines: list[str], removed: dict[int, Removal], headline: int | None, prose_words: int) -> None:
    """Remove the short items of a list under the headline (`headline`, a line number) and above
    the first line of `prose_words` words or more that is kept, when another item of the list
    is the article's date or byline (`HEAD_DATA_RULES`)."""
    if headline is None:
        return
    head: list[int] = []
    for n in range(headline + 1, len(lines) + 1):
        text = lines[n - 1].strip()
        if not text:
            continue
        if n not in removed and word_count(text) >= prose_words:
            break
        head.append(n)
    run: list[int] = []
    for n in [*head, None]:
        if n is not None and LIST_MARK.match(lines[n - 1].strip()):
            run.append(n)
            continue
        data = next((k for k in run if k in removed and removed[k].rule in HEAD_DATA_RULES), None)
        if data is not None:
            for k in run:
                text = LIST_MARK.sub("", lines[k - 1].strip())
                if (
                    k not in removed
                    and word_count(text) <= HEAD_ITEM_MAX_WORDS
                    and not ENDS_SENTENCE_OR_ELLIPSIS.search(text)
                ):
                    removed[k] = Removal(
                        k,
                        lines[k - 1],
                        "head-list",
                        f"an item of the list under the headline that gives the article's data (line {data})",
                    )
        run = []
