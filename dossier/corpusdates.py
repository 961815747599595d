"""Dates a page cannot tell alone: its stamp's numeric date in an order the page does not show
("10/01/2008" is 10 January or 1 October), read in the order that puts it among the dates of the
corpus's other sources, which report one event.

Only a reading near the corpus's middle date (the median of the dates found on the other pages) is
taken, and only when the other reading is not near it: "02/01/2008" in a corpus of early January
(2 January or 1 February, both within the window) stays empty. A corpus whose dates do not gather
around their middle (most of them months or years from it: pages of many events, not one) tells no
order. The page's provenance says so (rule `numeric-date-in-corpus-order`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .model import Article, Field

#: The dates found on at least this many other pages tell when the corpus's event happened.
CORPUS_DATES_MIN = 3
#: A reading is near the corpus's middle date within this many days, a month: the coverage of one
#: event runs over days or weeks, while a numeric date's two readings mostly lie months apart (10
#: January / 1 October); where both are near (2 January / 1 February), the date stays empty.
CORPUS_DATE_WINDOW_DAYS = 31
#: The corpus reports one event when at least this share of its found dates lie within the window
#: of their middle date: a folder of pages from many years (a reading list, a mixed test set) does
#: not, and its middle date is no event's ("11.03.17" on a 2017 page read as 11 March in a folder
#: whose middle date fell in January). Of the hand-labelled dates of the
#: real pages, L3S-GN1's (news of a few weeks) hold 0.98, Dragnet's 0.74, Readability's (2013-2020) 0.09.
CORPUS_GATHERED_MIN = 0.5
RULE = "numeric-date-in-corpus-order"


def dated_by_corpus(articles: list[Article]) -> list[Article]:
    """Fill the date of each article that has two readings of it (`Article.date_readings`) with
    the one near the corpus's middle date, when only one is."""
    if not any(a.date_readings for a in articles):
        return articles
    known = sorted(d for a in articles if (d := _date(a.date)) is not None)
    if len(known) < CORPUS_DATES_MIN:
        return articles
    middle = known[len(known) // 2]
    near = sum(abs((d - middle).days) <= CORPUS_DATE_WINDOW_DAYS for d in known)
    if near < CORPUS_GATHERED_MIN * len(known):
        return articles
    return [_dated(a, middle) for a in articles]


def _dated(article: Article, middle: dt.date) -> Article:
    near = [f for f in article.date_readings if (d := _date(f)) and abs((d - middle).days) <= CORPUS_DATE_WINDOW_DAYS]
    if article.date.value or len(near) != 1:
        return article
    return replace(article, date=replace(near[0], rule=RULE))


def _date(found: Field) -> dt.date | None:
    try:
        return dt.date.fromisoformat(found.value) if found.value else None
    except ValueError:
        return None
