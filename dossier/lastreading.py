"""A reading of a list remembered for the list last read (`LastReading`).

Some readings of a page are asked again and again of the same lines: the publisher's readers ask
each candidate name of a page which lines fold to text holding it, and which host its links go to
most; both layout readings of a page ask whether its lines are English. Each asking read every
line again. A `LastReading` reads the lines once and answers the next askings of equal lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
S = TypeVar("S", bound=Sequence)


class LastReading(Generic[S, T]):
    """`read` (a function of the items of a list alone) remembered for the list last read.

    Exact: a list equal to the last one read, item by item, gets the reading `read` gave it; any
    other (another page, a part of one, the same list changed in place) is read afresh. The test is
    one comparison of two lists, the same items compared by identity first: linear, and much
    cheaper than a reading. The reading must be immutable: every asker shares it."""

    def __init__(self, read: Callable[[S], T]) -> None:
        self._read = read
        self._last: tuple[list, T] | None = None  # (one tuple, replaced whole)

    def __call__(self, items: S) -> T:
        last = self._last
        if last is not None and last[0] == items:
            return last[1]
        reading = self._read(items)
        self._last = (list(items), reading)  # (a copy: the caller's list may change later)
        return reading
