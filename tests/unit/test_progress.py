"""dossier.progress: a line each time a count passes a multiple of a step, and at the end."""

from __future__ import annotations

from dossier.progress import milestones


def _said(every: int, counts: list[int], total: int) -> list[int]:
    said: list[int] = []
    progress = milestones(every, lambda done, _total: said.append(done))
    for done in counts:
        progress(done, total)
    return said


def test_each_multiple_passed_is_said_once_and_the_end_too() -> None:
    # batches of several sizes: 9 passes 5, 13 passes 10, 14 is the end
    assert _said(5, [3, 9, 13, 14], 14) == [9, 13, 14]


def test_a_count_that_jumps_two_multiples_is_said_once() -> None:
    assert _said(5, [2, 12, 20], 20) == [12, 20]


def test_short_work_says_nothing() -> None:
    assert _said(5, [1, 2, 4], 4) == []
