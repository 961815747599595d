"""Progress lines on long work: a line each time a count passes a multiple of a step, and at the end."""

from __future__ import annotations

from collections.abc import Callable


def milestones(every: int, say: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """Return a callback `(done, total)` that calls `say(done, total)` each time `done` passes a
    multiple of `every`, and once at the end; nothing for a `total` under `every` (short work needs
    no progress). Work comes in batches of several sizes, so `done` is not asked to fall on a
    multiple: the first count past one says it."""
    shown = 0  # the multiples passed

    def progress(done: int, total: int) -> None:
        nonlocal shown
        if total >= every and (done // every > shown or done == total):
            shown = done // every
            say(done, total)

    return progress
