"""A page's non-blank line numbers read once for the page (`linetext.nonblank_lines`), and the kept
lines (`body_lines`) read from them: the same numbers as reading every line again, on random pages
and after a page's list changes in place."""

from __future__ import annotations

import random

from dossier.linetext import body_lines, nonblank_lines
from dossier.model import Removal


class _Counted(str):
    """A line that counts how often it is stripped."""

    strips = 0

    def strip(self, *args: str) -> str:
        _Counted.strips += 1
        return super().strip(*args)


def _old_body_lines(lines: list[str], removed: dict[int, Removal]) -> list[int]:
    return [n for n, t in enumerate(lines, 1) if t.strip() and n not in removed]


def test_body_lines_as_every_line_read_again() -> None:
    rng = random.Random(56)
    pieces = ["", " ", "\t", "\xa0", "Text", " a ", "\u3000", "x"]
    for _ in range(2000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(0, 12))]
        removed = {n: Removal(n, "x", "r") for n in range(1, len(lines) + 1) if rng.random() < 0.3}
        assert body_lines(lines, removed) == _old_body_lines(lines, removed)
        assert body_lines(lines, {}) == _old_body_lines(lines, {})
        assert list(nonblank_lines(lines)) == _old_body_lines(lines, {})


def test_a_page_is_read_once_and_again_when_it_changes() -> None:
    lines = [_Counted(t) for t in ("Headline", "", "First paragraph.", "  ", "Second.")]
    _Counted.strips = 0
    assert nonblank_lines(lines) == (1, 3, 5)
    read = _Counted.strips
    assert body_lines(list(lines), {3: Removal(3, "x", "r")}) == [1, 5]  # an equal list: not read again
    assert _Counted.strips == read
    lines[2] = _Counted(" ")  # changed in place: read again
    assert nonblank_lines(lines) == (1, 5)
    assert _Counted.strips > read
