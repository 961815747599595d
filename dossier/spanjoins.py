"""Two capitalised spans read as one name, where the text shows they are one (`joined_name`): a
small word between them and the text writes the initials of the whole ("Board of Control for
Cricket in India" and "BCCI"); a body and the subject it sits "on" ("Council on Foreign
Relations"); a body's arm in a region that the file names whole again and again ("Zorvan Front in
the Eastern Reach"); a name a hard-wrapped text broke over two lines ("... ranking member Tom" /
"Davis were ...").
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import is_place
from .lexicon import (
    COMMON,
    EVENT_WORDS,
    ORG_WORDS,
    SMALL_WORDS,
    VENUE_WORDS,
    in_dictionary,
    initials,
    is_demonym,
    is_first_name,
)
from .notnames import CALENDAR_WORD
from .offsets import Separators
from .registry import Registry
from .sentenceends import ENDS_SENTENCE
from .spans import is_person_name

#: What the arms of bodies in regions the file writes (see `arms_written`) hold.
Arms = tuple[Counter[tuple[str, str]], Counter[str], frozenset[str]]


def joined_name(
    body: str,
    m: re.Match,
    nxt: re.Match | None,
    lines: Separators,
    elsewhere: set[str],
    registry: Registry,
    arms: Arms | None,
) -> str | None:
    """Return a span and the next one as one name, with what stands between them, where the text
    shows they are one (see the module's docstring); else None. Each join is told by the gap's
    length first: most spans have no next span so close."""
    gap = nxt.start() - m.end() if nxt is not None else 0
    joined = gap in _INNER_GAPS and (
        _joined_by_initials(body, m, nxt, elsewhere) or _joined_by_topic(body, m, nxt, registry)  # type: ignore[arg-type]
    )
    if not joined and gap == len(_ARM_GAP) and arms:
        joined = _joined_as_arm(body, m, nxt, *arms)  # type: ignore[arg-type]
    if not joined and gap == 1 and _wrapped_name(body, m, nxt, lines, elsewhere):  # type: ignore[arg-type]
        joined = f"{m.group(0)} {nxt.group(0)}"  # type: ignore[union-attr]
    return joined or None


#: A line of running text broken by the wrapping of a text (hard-wrapped wire copy) holds at least
#: this many words; a shorter line ending in a first name is a label or a signature ("By Tom").
WRAPPED_LINE_MIN_WORDS = 6


def _joined_by_initials(body: str, m: re.Match, nxt: re.Match, elsewhere: set[str]) -> str | None:
    """Return two spans and the small word between them as one name ("Board of Control for Cricket
    in India", "Organization for Security and Cooperation in Europe") when the text writes the
    initials of the whole ("BCCI", "OSCE")."""
    if body[m.end() : nxt.start()] not in _INNER_SMALL_WORDS:
        return None
    whole = body[m.start() : nxt.end()].removeprefix("The ")
    letters = initials(whole, False)
    return whole if len(letters) >= 3 and (letters in elsewhere or f"The {letters}" in elsewhere) else None


def _joined_by_topic(body: str, m: re.Match, nxt: re.Match, registry: Registry) -> str | None:
    """Return a body and the subject it sits "on" as one name ("Committee on Oversight and
    Government Reform", "Council on Foreign Relations"): a span ending in a body's word, " on ",
    then a span of at least `TOPIC_MIN_WORDS` dictionary words; not a place, a known name, a day or
    a month ("the Council on Iran", "the Senate on Tuesday"), nor a person ("the Post on Clinton")."""
    head = m.group(0)
    if body[m.end() : nxt.start()] != " on " or head.rsplit(None, 1)[-1].lower() not in ORG_WORDS:
        return None
    if "'" in head or "’" in head:
        return None  # "Acme University's Center on Poverty": a name, then its body's, split there
    topic = nxt.group(0)
    words = [w for w in topic.split() if w not in SMALL_WORDS]
    if (
        len(words) < TOPIC_MIN_WORDS
        or not all(in_dictionary(w.lower()) and not is_first_name(w) for w in words)
        or CALENDAR_WORD.match(words[0])
        or is_place(topic)
        or registry.canonical(topic)
    ):
        return None
    return body[m.start() : nxt.end()]


#: The subject a body sits "on" in its name has at least this many words besides the small ones
#: ("Foreign Relations"): one word is as often a party or a name a paper writes on ("the Times on
#: Labour").
TOPIC_MIN_WORDS = 2


#: What joins a body's name to the region of its arm there: "X in the Y".
_ARM_GAP = " in the "


#: A body's arm in a region is named so ("Zorvan Front in the Eastern Reach") and read whole when
#: the file writes the whole name at least this many times and never writes the region's name
#: but after it: a sentence says "Smith in the Senate" once, and a name the file also writes alone
#: is a name of its own. Chosen on the one tune file that names such an arm (three times, the
#: region never alone); twice is the least that repetition can mean.
ARM_NAME_MIN_REPEATS = 2


def arms_written(body: str, spans: list[re.Match]) -> Arms | None:
    """Count, in one pass over a file's spans, each pair of spans with "in the" between them, by
    the first one's last word without its first letter (a sentence's capital: "al-Qaeda",
    "Al-Qaeda"; the words before it may be a sentence's, "Later Zorvan Front") and the second;
    and each span, without an opening "The" ("The Eastern Reach" is the region's name alone).
    Also the surnames of the people the file names in full among those first spans' last words
    ("Ana Okafor": "Okafor in the North East" is the person there, no body's arm). None for a
    text that writes no "in the" (most texts: no pass)."""
    if _ARM_GAP not in body:
        return None
    pairs: Counter[tuple[str, str]] = Counter()
    firsts: set[str] = set()
    for m, nxt in zip(spans, spans[1:], strict=False):
        if body[m.end() : nxt.start()] == _ARM_GAP:
            last = m.group(0).rsplit(None, 1)[-1]
            pairs[last[1:], nxt.group(0)] += 1
            firsts.add(last)
    surnames = frozenset(
        words[-1] for words in (m.group(0).split() for m in spans) if words[-1] in firsts and is_person_name(words[-2:])
    )  # the last two words: a title may open the span ("Councillor Ana Okafor")
    return pairs, Counter(m.group(0).removeprefix("The ") for m in spans), surnames


def _joined_as_arm(
    body: str,
    m: re.Match,
    nxt: re.Match,
    pairs: Counter[tuple[str, str]],
    written: Counter[str],
    surnames: frozenset[str],
) -> str | None:
    """Return a body's name, "in the" and a region's name as one name ("Zorvan Front in the
    Eastern Reach", a body's arm in a region) when the file writes it whole at least
    `ARM_NAME_MIN_REPEATS` times and the region's name never but there (`pairs` and `written`, see
    `arms_written`). Not after a person's, a place's or a people's name, nor a
    plural ("Democrats in the Senate", "Geeks in the Wild"), nor before a body's, an event's or a venue's ("in the Premier
    League", "in the Australian Open"): those are two names."""
    if body[m.end() : nxt.start()] != _ARM_GAP:
        return None
    body_name, region = m.group(0), nxt.group(0)
    words = body_name.split()
    if is_first_name(words[0]) or is_place(body_name) or is_demonym(words[-1]) or is_person_name(words):
        return None
    if words[-1] in surnames:
        return None  # a person the file names in full, by the surname ("Okafor in the North East")
    if words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is")):
        return None  # people in the plural somewhere ("Democrats in the Senate"), no body's arm
    if region.rsplit(None, 1)[-1].lower() in _NOT_REGION_ENDS or is_person_name(region.split()):
        return None
    times = pairs[words[-1][1:], region]
    return body[m.start() : nxt.end()] if times >= ARM_NAME_MIN_REPEATS and written[region] == times else None


#: The last words of a name that is no region's: a body's, an event's or a venue's.
_NOT_REGION_ENDS = ORG_WORDS | EVENT_WORDS | VENUE_WORDS


def _wrapped_name(body: str, m: re.Match, nxt: re.Match, lines: Separators, elsewhere: set[str]) -> bool:
    """Tell a name that a hard-wrapped text broke over two lines, at the end of a line of running
    text that ends no sentence: a person's first name before the surname that opens the next line
    ("... ranking member Tom" / "Davis were sending a letter"), or any two halves the text writes
    as one span elsewhere ("... and the San" / "Carlo side", "San Carlo" in another sentence)."""
    if body[m.end()] != "\n":
        return False
    known = f"{m.group(0)} {nxt.group(0)}" in elsewhere
    if not known:
        if " " in m.group(0) or not is_first_name(m.group(0)):
            return False
        surname = nxt.group(0)
        if " " in surname or surname.lower() in COMMON or not _GOES_ON.match(body, nxt.end()):
            return False
    start = lines.block_start(m.start())
    line = body[start : m.end()]
    words = line.split()
    if len(words) < WRAPPED_LINE_MIN_WORDS or not words[-2].isalpha() or not words[-2].islower():
        return False  # the first name goes on a sentence: "member Tom", "champion Fausto"
    if known:
        # The text's own spelling elsewhere says where the name ends; the half before the break is
        # a word of its own (not the "D" of a ":D" before "This").
        return words[-1] == m.group(0).rsplit(None, 1)[-1]
    # The line above is wrapped too: the text is, not only this line.
    above = body[lines.block_start(start - 1) : start - 1] if start else ""
    return len(above.split()) >= WRAPPED_LINE_MIN_WORDS and not ENDS_SENTENCE.search(above.rstrip())


# What follows a surname that goes on with the sentence: a lowercase word, a comma or a full stop.
_GOES_ON = re.compile(r"(?: [a-z]|[.,;](?:\s|$))")


_INNER_SMALL_WORDS = frozenset({" in ", " to ", " on ", " at "})


_INNER_GAPS = frozenset(map(len, _INNER_SMALL_WORDS))  # told by the gap's length first: quicker
