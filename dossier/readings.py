"""A span's reading, kept and reused (`read_parts`): the names a span splits into, each read (see
`dossier.spans`), cached in the registry with the questions the reading asked of its text and their
answers, and given again in any text that answers them the same way.
"""

from __future__ import annotations

from collections.abc import Collection

from .model import Mention
from .notnames import Text
from .spans import read_span, split_span, without_possessive

#: Readings of spans kept per registry (see `read_parts`): a corpus of 10,000 sources has a few
#: tens of thousands of distinct spans; past this many the cache starts again.
READINGS_CACHE_SIZE = 200_000


#: Readings kept per span and sentence position, for texts that answer its questions differently.
READINGS_PER_SPAN = 8


def read_parts(text: Text, span: str, at_start: bool) -> tuple[tuple[str, tuple[Mention, ...]], ...]:
    """Split a span into its names and read each (see `dossier.spans`).

    A reading depends on the span, on whether it opens a sentence and on the registry, and on the
    text only through the questions it asks: is this word written in lowercase somewhere, is this
    span found elsewhere. Names recur across a corpus, so a reading is kept (in the registry's
    cache) with the questions asked and their answers, and reused in any text that answers them
    the same way: the reading would take the same steps there and find the same names.
    """
    cache = text.readings
    readings = cache.get((span, at_start))
    if readings is None:
        if len(cache) > READINGS_CACHE_SIZE:
            cache.clear()
        readings = cache[span, at_start] = []
    lowercase, elsewhere = text.lowercase, text.elsewhere
    for (lower_yes, lower_no, elsewhere_yes, elsewhere_no), parts in readings:
        if (
            lower_yes <= lowercase
            and elsewhere_yes <= elsewhere
            and lower_no.isdisjoint(lowercase)
            and elsewhere_no.isdisjoint(elsewhere)
        ):
            return parts
    log: list[tuple[bool, str, bool]] = []
    lowercase_asked, elsewhere_asked = _Asked(lowercase, log, True), _Asked(elsewhere, log, False)
    found = []
    for part in split_span(span, text.registry, lowercase_asked, elsewhere_asked):
        names = read_span(without_possessive(part), at_start, lowercase_asked, text.registry, elsewhere_asked)
        found.append((part, tuple(names)))
        at_start = False
    if len(readings) < READINGS_PER_SPAN:
        readings.append((_answers(log), tuple(found)))
    return tuple(found)


def _answers(log: list[tuple[bool, str, bool]]) -> tuple[frozenset[str], ...]:
    """Sort the questions a reading asked (see `_Asked`) by their answers: the words the text
    writes in lowercase and those it does not, the spans found elsewhere and those not. A text gives
    the same answers when the first and the third are in its sets and the second and fourth are
    not: four set tests in C, not one test a question. (The log is read once, each question put in
    its set by its kind and answer, not once for each of the four sets.)"""
    found: tuple[list[str], ...] = ([], [], [], [])
    for kind, item, answer in log:
        found[(not kind) * 2 + (not answer)].append(item)
    return tuple(map(frozenset, found))


class _Asked:
    """A set whose membership tests are logged: what a reading asked of the text, and the answers."""

    __slots__ = ("items", "log", "kind")

    def __init__(self, items: Collection[str], log: list[tuple[bool, str, bool]], kind: bool):
        self.items, self.log, self.kind = items, log, kind

    def __contains__(self, item: object) -> bool:
        answer = item in self.items
        self.log.append((self.kind, item, answer))  # type: ignore[arg-type]
        return answer
