"""Find where the line or paragraph holding an offset starts without scanning back through the text.

`text.rfind("\\n\\n", 0, pos)` once per mention rescans a paragraph from its end each time: on a
page that is one long line it reads the whole line once per name found in it, quadratic in the
line's length. The positions of a separator are found once per text here, and each question is a
bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Separators:
    """The positions of every occurrence of a separator in a text (overlapping ones included, as
    `str.rfind` finds them)."""

    __slots__ = ("positions", "width")

    def __init__(self, text: str, separator: str):
        self.width = len(separator)
        self.positions: list[int] = []
        at = text.find(separator)
        while at != -1:
            self.positions.append(at)
            at = text.find(separator, at + 1)

    def last_before(self, pos: int) -> int:
        """Return `text.rfind(separator, 0, pos)`: where the last separator that ends by `pos` starts, or -1."""
        i = bisect_right(self.positions, pos - self.width) - 1
        return self.positions[i] if i >= 0 else -1

    def block_start(self, pos: int) -> int:
        """Return where the block (text between two separators) holding `pos` starts: after
        `last_before(pos)`, or 0 (its bisection written out: asked a few times of every name found)."""
        i = bisect_right(self.positions, pos - self.width)
        return self.positions[i - 1] + self.width if i else 0

    def block_end(self, pos: int, length: int) -> int:
        """Return where the block holding `pos` ends: the next separator at or after `pos`, else
        `length` (the text's)."""
        i = bisect_left(self.positions, pos)
        return self.positions[i] if i < len(self.positions) else length

    def index(self, pos: int) -> int:
        """Return the number of the block holding `pos` (0 for the first): the separators before it."""
        return bisect_left(self.positions, pos)
