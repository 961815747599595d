"""Cut a capitalised span free of what opens or closes it and names nothing (`spans_of`), before
discovery reads it: a run of words in capitals shouting a label or a headline ("Jumper FILM
TRAILER"), the dateline's place a headline ran into ("... Quattrocchi New Delhi, Jan 15 (ANI):"),
a legal notice ("Copyright 2008"), a clock's time zone ("10:12 PM ET Robert Fife"), the words a
byline's line runs on with ("By Jane Doe Harbour Rovers would") and a compound word's fragment
(`dossier.notnames`); and a span glued inside a web or e-mail address, which is none.

Each step returns the pieces of a span; most spans show none of the signs the steps start from and
are kept as they are (`_uncut`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .chromelines import LEGAL
from .dates import MONTH_NAME
from .gazetteer import is_place
from .lexicon import CLOSED_CLASS, SMALL_WORDS, is_common_word, is_first_name
from .notnames import without_compound_fragment
from .people import run_on_name_length
from .registry import Registry
from .spanpatterns import SPAN
from .spans import SHOUTED_MIN_LETTERS

# A clock time before a word: "10:12 ", "4:33 p.m. ", "18.30 "; and a time zone after it, with the
# time's "AM" or "PM" ("PM ET", "EST", "GMT", "UTC"; not "BBC One" in a listing).
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+$")


_CLOCK_ENDS = frozenset("0123456789.Mm")  # the last sign of a clock time: quicker than the pattern


_MINUTES = re.compile(r"\d{2}[ \t]+")


_ZONE = re.compile(r"(?:[AP]M[ \t]+)?(?:[A-Z]{1,3}T|UTC)\b(?![’'&.-])")  # a zone's letters end in "T"


def spans_of(body: str, claimed: Collection[int], registry: Registry) -> list[re.Match]:
    """Return the capitalised spans of a text that no whole name claimed, each cut free of what
    opens or closes it and names nothing: the steps `_without_shouting`, `_without_dateline`,
    `_without_legal_notice`, `_without_time_zone`, `_without_byline_run_on` and
    `without_compound_fragment`, in that order, each on the pieces of the one before. A span that
    shows none of the signs those steps start from (`_uncut`) comes out of all six as it went in:
    it is kept without asking them (most spans; one test in C each, not six calls)."""
    spans = []
    for m in SPAN.finditer(body):
        start = m.start()
        if start in claimed or in_an_address(body, start):
            continue
        if _uncut(body, m):
            spans.append(m)
            continue
        spans.extend(
            p
            for s in _without_shouting(body, m, registry)
            for d in _without_dateline(body, s, registry)
            for n in _without_legal_notice(body, d)
            for t in _without_time_zone(body, n)
            for r in _without_byline_run_on(body, t)
            for p in without_compound_fragment(body, r, registry)
        )
    return spans


def _uncut(body: str, m: re.Match) -> bool:
    """Tell a span that each step of `spans_of` returns as it is, by the first test of each step
    (the other tests of a step only keep more spans whole): no word in capitals in mixed case
    (shouting), no dateline after a span of several words, no legal notice opening it, no clock's
    minutes before it, nor a clock's last sign before a time zone's letters, no "By " opening it, no hyphen after it
    (a compound's fragment)."""
    span, start, end = m.group(0), m.start(), m.end()
    return (
        (span.isupper() or _CAPITALS_PAIR.search(span) is None)
        and (" " not in span or _DATELINE_AFTER.match(body, end) is None)
        and (body[start] not in _NOTICE_OPENS or _notice_at(body, start) is None)
        and body[start - 1 : start] not in (":", ".")
        and (body[start - 2 : start - 1] not in _CLOCK_ENDS or _ZONE.match(body, start, end) is None)
        and not span.startswith(("By ", "BY "))
        and body[end : end + 1] != "-"
    )


# What follows a story's dateline, after its place: the day ("New Delhi, Jan 15 (ANI):") or the
# agency's credit ("Dehradun (PTI):", "LAS VEGAS --(Business Wire)--").
_DATELINE_AFTER = re.compile(
    rf"(?:,[ \t]+(?i:{MONTH_NAME})\.?[ \t]+\d{{1,2}}\b"
    r"|[ \t]*(?:(?:--?|[—–])[ \t]*)?\([A-Z][A-Za-z.&' -]{0,30}\)[ \t]*(?::|--?|[—–]))"
)


def _without_shouting(body: str, m: re.Match, registry: Registry) -> tuple[re.Match, ...]:
    """Split a span of mixed case at the runs of words in capitals it holds (see `_is_shouted`),
    and leave the runs out: a label or a headline in capitals run into the names around it
    ("Jumper FILM TRAILER", "TODAY'S VOTE Do you agree", "THE PATENT FIGHT BETWEEN Google and
    ..."); a span all in capitals is read as such (a dateline's place, a headline). A known name
    stays whole."""
    span = m.group(0)
    if span.isupper() or not _CAPITALS_PAIR.search(span) or registry.canonical(span) is not None:
        return (m,)
    words = list(re.finditer(r"\S+", span))
    if _shouted_label(body, m, [w.group(0) for w in words[:3]], registry):
        rest = SPAN.match(body, m.start() + words[1].start(), m.end())
        return (rest,) if rest else ()
    pieces, piece_start, run = [], 0, []
    for w in [*words, None]:
        if w is not None and _in_capitals(w.group(0)):
            run.append(w)
            continue
        if _is_shouted([r.group(0) for r in run]):
            pieces.append((piece_start, run[0].start()))
            piece_start = w.start() if w is not None else len(span)
        run = []
    if not pieces:
        return (m,)
    pieces.append((piece_start, len(span)))
    found = (
        SPAN.match(body, m.start() + a, m.start() + len(span[:b].rstrip())) for a, b in pieces if span[a:b].strip()
    )
    return tuple(p for p in found if p)


_CAPITALS_PAIR = re.compile(r"[A-Z]{2}")  # a span without one holds no word in capitals


def _shouted_label(body: str, m: re.Match, first: list[str], registry: Registry) -> bool:
    """Tell a label in capitals that opens a line before a name of two words or more in mixed case
    ("SOURCE Harbour Mills, Inc.", a press release's last line): an everyday word of
    SHOUTED_MIN_LETTERS letters or more, no acronym a name is known by. Not "NASA Ames" (no English
    word), nor "CARE International", "TIME Magazine" (one word after it, which names nothing alone)."""
    label = first[0]
    return (
        len(first) == 3
        and (m.start() == 0 or body[m.start() - 1] == "\n")
        and len(label) >= SHOUTED_MIN_LETTERS
        and _in_capitals(label)
        and not " ".join(first[1:]).isupper()
        and is_common_word(label)
        and registry.canonical(label) is None
        and label not in registry.outlet_words
    )


_LEGAL_OPENS = frozenset("©CcAaTtPpRr")  # what `LEGAL` may open with (its lookahead): one test in C, no call


#: The label of a site's rules for its readers (a comment box's heading, a footer's link:
#: "Discussion Policy", "Comment Policy", "Cookie Policy"), as `LEGAL`'s "Privacy Policy" is: the
#: vocabulary of that chrome, no name ("Foreign Policy", a magazine, opens with no word of it).
SITE_POLICY = re.compile(
    r"(?=[CDEMPS])(?:Discussion|Comments?|Commenting|Community|Cookies?|Editorial|Moderation|Posting|Submissions?) Policy\b"
)
_POLICY_OPENS = frozenset("CDEMPS")  # what `SITE_POLICY` may open with (its lookahead)
_NOTICE_OPENS = _LEGAL_OPENS | _POLICY_OPENS


def _notice_at(body: str, start: int) -> re.Match | None:
    """Match a legal notice (`LEGAL`) or a site's rules' label (`SITE_POLICY`) at `start`."""
    return (
        (body[start] in _LEGAL_OPENS and LEGAL.match(body, start))
        or (body[start] in _POLICY_OPENS and SITE_POLICY.match(body, start))
        or None
    )


def _without_legal_notice(body: str, m: re.Match) -> tuple[re.Match, ...]:
    """Leave out the words of a legal notice that open a span ("Copyright 2008", "Privacy Policy",
    "All Rights Reserved": see `LEGAL`) or of a site's rules' label ("Discussion Policy":
    `SITE_POLICY`): no name; a name after them stays ("Copyright Acme Corp")."""
    if body[m.start()] not in _NOTICE_OPENS:
        return (m,)
    notice = _notice_at(body, m.start())
    if notice is None:
        return (m,)
    rest = SPAN.search(body, notice.end(), m.end())
    return (rest,) if rest else ()


def _without_time_zone(body: str, m: re.Match) -> tuple[re.Match, ...]:
    """Leave out the time zone that opens a span after a clock time ("10:12 PM ET Robert Fife",
    "4:33 p.m. EST"), with the time's "AM" or "PM": no name; a name after it stays."""
    start = m.start()
    minutes = _MINUTES.match(body, start) if body[start - 1 : start] in (":", ".") else None
    if minutes:  # "10:12 PM ET": the span took the clock's minutes in
        start = minutes.end()
    if body[start - 2 : start - 1] not in _CLOCK_ENDS or not _CLOCK_BEFORE.search(body, max(0, start - 16), start):
        return (m,)
    zone = _ZONE.match(body, start, m.end())
    if zone is None:
        return (m,)
    rest = SPAN.search(body, zone.end(), m.end())
    return (rest,) if rest else ()


def _without_byline_run_on(body: str, m: re.Match) -> tuple[re.Match, ...]:
    """Split a byline's name from the capitalised words a run-on line goes on with ("By Jane Doe
    Harbour Rovers would ...": see `run_on_name_length`): two spans, "By Jane Doe" and "Harbour
    Rovers". Only after a "By" that opens the span, before a given name and one name alone."""
    span = m.group(0)
    if not span.startswith(("By ", "BY ")):
        return (m,)
    by, *words = span.split(" ")
    keep = run_on_name_length(words)
    if keep == len(words) or not is_first_name(words[0]) or any(w in ("and", "&") or w[-1] == "," for w in words):
        return (m,)  # names joined ("By Jane Doe and John Roe ...") are read as they are
    cut = m.start() + len(" ".join([by, *words[:keep]]))
    pieces = (SPAN.match(body, m.start(), cut), SPAN.match(body, cut + 1, m.end()))
    return tuple(p for p in pieces if p)


def _in_capitals(word: str) -> bool:
    """Tell a word written in capitals, letters only ("FILM", "TODAY'S", "AL-HAJ")."""
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    return letters.isalpha() and letters.isupper()


def _is_shouted(run: list[str]) -> bool:
    """Tell a run of words in capitals that shouts a label or a headline from a name's acronyms:
    at least two of its words SHOUTED_MIN_LETTERS letters long ("FILM REVIEW", "TOP THREE LINKS";
    not "US PGA Tour", "NASA JPL"), or at least SHOUTED_SMALL_WORDS_MIN small words of the closed
    classes, which a headline in capitals writes in capitals too and a run of acronyms does not hold
    ("HARBOUR IS FOR US", "ON AND ON")."""
    if sum(len(w) >= SHOUTED_MIN_LETTERS for w in run) >= 2:
        return True
    return sum(w.lower() in CLOSED_CLASS for w in run) >= SHOUTED_SMALL_WORDS_MIN


#: Small words (`CLOSED_CLASS`: "in", "it", "for", "to") in capitals, at least this many in one run
#: of words in capitals, make it a headline or a show's title shouted, not acronyms: one alone may
#: be a state's or a field's ("Salem OR", "IT"). Chosen on the fresh judged groups of session 43
#: (a show's title in capitals after a name in one L3S press release; two small words are enough).
SHOUTED_SMALL_WORDS_MIN = 2


#: A dateline's place is at most this many words ("Rio de Janeiro", "Salt Lake City", "Bosnia and
#: Herzegovina": the gazetteer's multi-word places run to four).
DATELINE_PLACE_MAX_WORDS = 5


def _without_dateline(body: str, m: re.Match, registry: Registry) -> tuple[re.Match, ...]:
    """Split off the dateline's place that closes a span, where a headline or a byline ran into the
    story's dateline on one line ("... court order on Quattrocchi New Delhi, Jan 15 (ANI): The",
    "By Jane Doe Karlsholm (PTI):"): the words before it and the place are two spans. Not a place
    (the whole span), a known name, nor a place a name ends with: after a small word ("Bank of New
    York") or a given name alone ("George Washington")."""
    if not _DATELINE_AFTER.match(body, m.end()) or " " not in m.group(0):
        return (m,)
    span = m.group(0)
    if _is_place_written(span) or registry.canonical(span) is not None:
        return (m,)
    words = span.split(" ")
    # (Only the last words may be the place: trying every cut of a long span was quadratic in it.)
    for k in range(max(1, len(words) - DATELINE_PLACE_MAX_WORDS), len(words)):
        place = " ".join(words[k:])
        if _is_place_written(place):
            head = words[:k]
            if head[-1].lower() in SMALL_WORDS or (k == 1 and is_first_name(head[0])):
                return (m,)
            cut = m.end() - len(place)
            return tuple(p for p in (SPAN.match(body, m.start(), cut - 1), SPAN.match(body, cut, m.end())) if p)
    return (m,)


def _is_place_written(span: str) -> bool:
    """Tell a place the gazetteer knows, also in a dateline's capitals ("NEW YORK")."""
    return is_place(span) or (span.isupper() and is_place(span.title()))


def in_an_address(body: str, start: int) -> bool:
    """Tell a span glued to a full stop inside a web or e-mail address ("www.example.Com",
    "jo.Smith@example.org"), not a sentence whose space was lost ("he said.India")."""
    if body[start - 1 : start] != ".":
        return False
    lo = max(0, start - ADDRESS_MAX_LETTERS)
    left = max(lo - 1, *(body.rfind(c, lo, start) for c in " \t\n"))
    gap = _WHITESPACE.search(body, start, start + ADDRESS_MAX_LETTERS)
    word = body[left + 1 : gap.start() if gap else start + ADDRESS_MAX_LETTERS]
    return "@" in word or "/" in word or word.count(".") > 1 + word.endswith(".")


#: How far around a glued full stop `in_an_address` looks for the ends of the word that holds it:
#: a bound, so that a page of such stops is read in linear time; web addresses are shorter.
ADDRESS_MAX_LETTERS = 200


_WHITESPACE = re.compile(r"\s")
