"""Characters of a text each replaced by a text of their own (`CharMap`): what `str.translate` does
with a table of characters, done by `str.replace`, one call per character of the table.

`str.translate` reads a text that is not ASCII character by character through the table, a
dictionary look-up each (7 ms of CPU for a line of 140,939 characters of a real page, whose lines
the cleaning folds several times; 0.1 ms as `CharMap`); `str.replace` looks for one character in C. For a
table of a few characters, each replaced by a text holding none of the table's characters, the
result is the same text.
"""

from __future__ import annotations

from collections.abc import Mapping


class CharMap:
    """`text.translate(str.maketrans(table))` for a `table` of single characters, done with one
    `str.replace` per character. Exact because no replacement holds a character the table replaces
    (checked here): a replacement made first is never read again by a later one."""

    def __init__(self, table: Mapping[str, str]) -> None:
        if any(len(old) != 1 for old in table):
            raise ValueError("a CharMap replaces single characters")
        if any(old in new for new in table.values() for old in table):
            raise ValueError("a CharMap's replacement holds a character it replaces")
        self.pairs = tuple(table.items())
        #: The table `str.translate` reads (what the map stands for, to compare with).
        self.table = str.maketrans(dict(table))

    def __call__(self, text: str) -> str:
        for old, new in self.pairs:
            text = text.replace(old, new)  # (the same string back when it holds none: no copy)
        return text

    def characters(self) -> str:
        """The characters the map replaces."""
        return "".join(old for old, _ in self.pairs)
