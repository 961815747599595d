"""Tell a capitalised span, or a word at its start or end, that names nothing as written: a small
word that opens a work's title ("the band played In Bloom"), an owner's name and an everyday word
that make one name together ("Orla's Garden"), a catalogue code among other words, an acronym
that stands for a kind of thing ("an MBE."), an adjective before its noun ("Siberian tiger"), the
first half of a hyphenated or compound word ("Blu-ray", "Home page"), the rest of a name that a
hyphenated word opens ("post-Great Frost Era II"), an everyday word and a grade letter ("Plan B"),
a verb opening a sentence before a count or an article ("Read the story"), an appeal to the
reader, a sentence opener fused to a name, a role said of someone ("was still a Member of
Parliament."), a phrase the text also writes as a common noun ("Digital Media", "sales of digital
media"); and `Text`, what such a test may look at besides the span.

`dossier.discovery` asks these while it reads each span; they import nothing from it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .cues import WORD_AFTER, cue_before, noun_after
from .dates import DURATION_UNIT, MONTH_NAME
from .gazetteer import is_place, major_places
from .lexicon import (
    CLOSED_CLASS,
    DIRECTIONS,
    EVENT_HEADS,
    EVENT_WORDS,
    HEAD_WORDS,
    INNER_NAME_NOUNS,
    IS_NUMBER,
    NAME_ENDS,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    SPEECH_VERBS,
    TITLES,
    in_dictionary,
    is_common_word,
    is_demonym,
    is_first_name,
)
from .lineshapes import SURNAME_PARTICLES
from .offsets import Separators
from .registry import Registry
from .sentencestarts import opens_sentence
from .spanpatterns import CONNECTORS, SPAN
from .spans import INFLECTED, SHOUTED_MIN_LETTERS, opens_before_known_name, starts_person, written_elsewhere

# An indefinite article before a word, and what may close a noun phrase after it: punctuation, a
# conjunction or a preposition (a closed class).
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])[Aa]n?[ \t]+$")


_PHRASE_CLOSES = re.compile(
    r"[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:but|while|as|for|in|on|at|by|from|with|to|of|after|before|since)\b"
)


# An adjective's ending ("Siberian", "Argentinean", "Marxist").
_ADJECTIVE_END = re.compile(r"[a-z](?:ian|ean|ist)$")


#: The lowercase word that closes a compound noun a span's last word opens ("Web site", "Home page")
#: is at least this long: shorter ones are mostly small words that spell a word by chance ("Dem and").
COMPOUND_TAIL_MIN_LETTERS = 4


CALENDAR_WORD = re.compile(rf"(?:{MONTH_NAME}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)s?$", re.I)


@dataclass(frozen=True, slots=True)
class Text:
    """What reading a span may look at besides the span: the text and the registry."""

    body: str
    lines: Separators  # the body's line breaks
    lowercase: set[str]  # the words written in lowercase somewhere in the text
    elsewhere: set[str]  # its capitalised spans: "Tesla" elsewhere, "Shares of Tesla" opening a sentence
    registry: Registry
    readings: dict  # the registry's cache of readings (see `readings.read_parts`)
    capitalised_inside: set[str]  # the capitalised words it writes inside a sentence ("said Senior")
    pairs: dict = field(default_factory=dict)  # what `_written_inside` and `_people_alone` read of the body, once


#: Prepositions, possessive determiners, "no" and "I": capitalised inside a sentence, such a word
#: opens a work's or a campaign's title ("his film Before Dawn Falls", "the No Third Runway group").
#: Read alone, the rest of the title is a fragment of it, no name of its own.
_TITLE_OPENERS = frozenset(
    "in on at for from with about after before under over into without against my your our his her their no i".split()
)


# Running text right before a span: a lowercase word, maybe a comma, then an opening quotation mark
# or none. A line in Title Case ("Rain Falls In Spain") has a capital there and is no sentence.
_PROSE_BEFORE = re.compile(r"[a-z][,;:]?[ \t]+[\"“‘']?$")


# A quotation mark closing a quotation right after a span (maybe after a comma or a stop): the span
# is all the quotation holds ('the album "In Bloom",'), a title, not a quoted sentence's first words.
QUOTATION_CLOSES = re.compile(r"[,.!?]?[\"”’'](?![\w'’])")


def opens_a_title(body: str, span: str, start: int, registry: Registry) -> bool:
    """Tell a span inside a sentence (or all of a quotation inside one) whose first word is a small
    word capitalised only as a title's first ("the band played In Bloom", "the flop, I Saw Her Go",
    'and "Before Dawn Falls,"'): without that word, the rest would read as a name that is only a
    piece of the title, so the span gives none. A sentence's or a quoted sentence's first word is
    left to the other rules; the registry's names stay."""
    first, _, rest = span.partition(" ")
    return (
        bool(rest)
        and first.lower() in _TITLE_OPENERS
        and first[0].isupper()
        and rest[:1].isupper()
        and bool(_PROSE_BEFORE.search(body, max(0, start - 8), start))
        and registry.canonical(span) is None
    )


# Two capitalised words joined by a possessive, "Quill's Rest": the first written in Title Case.
_OWNED_WORD = re.compile(r"[A-Z][a-z]+['’]s [A-Z][a-z]+")


# What may follow such a name: a stop, a comma, a bracket, a quotation mark, the line's end, or a
# word of the closed classes ("Quill's Rest in 1983", "Quill's Rest, which"). A lowercase noun
# after it makes the second word its modifier ("Varrow's Test team": the team is Varrow's).
_OWNED_WORD_END = re.compile(r"(?:[ \t]*(?:[.,;:!?)\"”’']|$)|[ \t]+([a-z]+))", re.M)


def owned_word_title(text: Text, span: str, end: int, opens: bool = False) -> bool:
    """Tell a span of an owner's name, a possessive and one everyday word, both capitalised ("Quill's
    Rest", "Orla's Garden"): a capitalised everyday word owned by a name makes one name with it (a
    place's, a work's, a feature's, a trophy's), whose halves read apart gave a common noun as a name
    and an owner that may be no one named ("Quill", or a country for the trophy). The span gives no
    name: read whole, a team's unit or a programme's first word would be named as often ("Varrow's
    Defense."). An everyday word owns one only inside a sentence, where a capital marks a name's
    first word ("the new feature, Kid's Corner,"), not opening it (`opens`: "It's Friday", "Here's
    Why"), and not before the head word of a body or a place, which the two words name ("the
    Children's Hospital"). Not when the word is a given name, a large place (a small one that is an
    everyday word, "Wedding", is read as the word), an adjective of origin, a day or a month
    ("Varrow's June crash"), nor before a lowercase noun it modifies ("Varrow's Test team": the owner is named)."""
    if not _OWNED_WORD.fullmatch(span):
        return False
    owner, word = span[: span.index("s ") - 1], span.rsplit(None, 1)[1]
    after = _OWNED_WORD_END.match(text.body, end)
    return (
        after is not None
        and (after.group(1) is None or after.group(1) in CLOSED_CLASS)
        and not (is_common_word(owner) and (opens or word.lower() in HEAD_WORDS))
        and is_common_word(word)
        and not is_first_name(word)
        and not (is_place(word) and word in major_places())
        and not is_demonym(word)
        and not CALENDAR_WORD.match(word)
        and text.registry.canonical(span) is None
    )


# A hyphen joining two capitalised words of a span ("Mulroney-Schreiber", "Washington Post-ABC News"),
# each side a word of two letters or more, before a lowercase word the pair modifies ("probe").
_HYPHENED_PAIR = re.compile(r"(?<=[A-Za-z]{2})-(?=[A-Z][A-Za-z&]+(?:[ \t][A-Z][\w'’&.]*)*$)")
_LOWERCASE_AFTER = re.compile(r"[ \t]+[a-z]")


def hyphened_names(text: Text, span: str, end: int) -> tuple[str, str] | None:
    """Return the two names a hyphen joins in a span before a lowercase word, a pair of parties
    made one modifier ("the Mulroney-Schreiber probe", "a BJP-AIADMK tie-up", "the Washington
    Post-ABC News poll"), when each side is a name of its own: written alone elsewhere in the text
    or known to the registry, or the second an acronym. A name written with a hyphen has a side that
    is none ("Hewlett-Packard", "Day-Lewis"); a place is one ("Guinea-Bissau"), and an article's
    particle opens one ("Al-Jazeera")."""
    cut = _HYPHENED_PAIR.search(span) if "-" in span else None
    if cut is None or span.count("-") > 1 or not _LOWERCASE_AFTER.match(text.body, end):
        return None
    left, right = span[: cut.start()], span[cut.end() :]
    first = left.split()[-1]
    if first.lower() in SURNAME_PARTICLES or is_place(span) or text.registry.canonical(span):
        return None

    def alone(side: str) -> bool:  # "BJP" where the text writes "the BJP's victory"
        written = (written_elsewhere(f"{side}{s}".split(), text.elsewhere) for s in ("", "'s", "’s"))
        return any(written) or text.registry.canonical(side) is not None

    acronym = right.isupper() and right.isalpha() and not is_common_word(right)  # not "UN-HATE it"
    return (left, right) if alone(left) and (alone(right) or acronym) else None


def place_before_given_name(text: Text, span: str, start: int) -> str | None:
    """Return the place that opens a span when a given name closes it and a verb follows ("at the
    show in Las Vegas Billy invited ..."): a clause that opens after a place with no comma, two
    names run together. The place is one of two words or more that the gazetteer knows, after a
    preposition of place; the whole is no place and no name the registry knows. A one-word place
    is left alone: "Paris Hilton" is a person's name of that shape."""
    words = span.split()
    if len(words) < PLACE_BEFORE_NAME_MIN_WORDS + 1 or not is_first_name(words[-1]):
        return None
    place = span.rsplit(None, 1)[0]
    fused = (
        noun_after(text.body, start + len(span))
        and is_place(place)
        and not is_place(span)
        and text.registry.canonical(span) is None
        and cue_before(text.body, start) == "place"
    )
    return place if fused else None


#: A place run into a given name is told only when the place has this many words at least ("Las
#: Vegas Billy invited"); a one-word place and a given name is as often a person's name ("Paris
#: Hilton", "Sydney Pollack"). Chosen on the fresh entities-tune clusters (issue 14).
PLACE_BEFORE_NAME_MIN_WORDS = 2


#: A catalogue code has at least this many figures after its capitals, in one word ("QRX101",
#: "KLM729", "ZX1708A"); names with figures have fewer ("QE2", "PS3", "G20", "F-22", "J2EE") or
#: write them apart ("Boeing 777", "Flight 2209"). On the 238 L3S reader tune pages the words of
#: two capitals or more and three figures or more were a wire photo's and a graphic's codes, a
#: sound chip's model number and a flight's code ("flight QZ038", which stays: see `holds_a_code`).
CODE_MIN_FIGURES = 3


_CODE_WORD = re.compile(rf"(?<![\w-])[A-Z]{{2,}}\d{{{CODE_MIN_FIGURES},}}[A-Z]?(?![\w-])")


def holds_a_code(span: str) -> bool:
    """Tell a span holding a catalogue code among other words: a wire service's photo or graphic
    line ("AP Photo QRX101, KLM729 AP Graphic") or a product's model line ("Acme ZX1708A High
    Definition Audio Codec"), no name. A code alone, or closing a pair ("Flight QZ038"), is a
    designator and stays."""
    if " " not in span or not any(map(str.isdigit, span)):  # (quicker than a generator, as often as it runs)
        return False
    code = _CODE_WORD.search(span)
    return code is not None and (code.end() < len(span) or span.count(" ") >= 2)


def names_a_kind(body: str, start: int, end: int) -> bool:
    """Tell an acronym that stands for a kind of thing, not a name: one that an indefinite article
    opens and that closes its phrase ("awarded an MBE.", "gets an OBE while", "a knighthood and a
    VC."); not one that qualifies a noun after it ("a BBC reporter")."""
    return bool(_ARTICLE_BEFORE.search(body, max(0, start - 4), start) and _PHRASE_CLOSES.match(body, end))


def is_adjective(body: str, span: str, end: int) -> bool:
    """Tell one capitalised word of an adjective's shape before a lowercase word that goes on its
    noun phrase ("the 160kg Siberian tiger", "Marxist ideology", "an Argentinean court"): an
    English word with an adjective's ending (`_ADJECTIVE_END`), no given name, no place; not before
    a verb or a small word of the closed classes ("Kevorkian was", "Christian said")."""
    if " " in span or not _ADJECTIVE_END.search(span) or not in_dictionary(span.partition("-")[0]):
        return False
    after = WORD_AFTER.match(body, end)
    if after is None or after.group(1) in CLOSED_CLASS or after.group(1) in SPEECH_VERBS:
        return False
    return not is_first_name(span) and not is_place(span)


#: A capitalised word of at most this many letters joined by a hyphen to a lowercase word
#: ("Blu-ray", "Bu-ray", "Wi-fi", "Sci-fi") is the first part of one word when the text never
#: writes it alone; longer ones are names the compound is made of ("Derby-bound", "Bush-era").
#: Chosen on the fresh entities-tune clusters (issue 14), where the fragments had 2 and 3 letters.
COMPOUND_FRAGMENT_MAX_LETTERS = 3


COMPOUND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{0,2})-[a-z]+ $")


def without_compound_fragment(body: str, m: re.Match, registry: Registry) -> tuple[re.Match, ...]:
    """Leave out a span's last word when it is the first part of a hyphenated word ("The Blu" of
    "The Blu-ray", "HD-DVD and Bu" of "Bu-ray"): no name; the words before it stay."""
    if body[m.end() : m.end() + 1] != "-" or not is_compound_fragment(body, m.end(), registry):
        return (m,)
    cut = body.rfind(" ", m.start(), m.end())
    rest = SPAN.search(body, m.start(), cut) if cut > m.start() else None
    return (rest,) if rest else ()


def is_compound_fragment(body: str, end: int, registry: Registry) -> bool:
    """Tell the first part of a hyphenated word, capitalised ("Blu-ray"), that ends at `end`: a
    short word in Title Case (`COMPOUND_FRAGMENT_MAX_LETTERS`; not an acronym: "US-led" names the
    country) before a hyphen and a lowercase letter, that no registry name or place is and the text
    never writes alone."""
    if body[end : end + 1] != "-" or not body[end + 1 : end + 2].islower():
        return False
    word = _LAST_WORD.search(body, max(0, end - COMPOUND_FRAGMENT_MAX_LETTERS - 1), end)
    if word is None:
        return False
    name = word.group(0)
    if registry.canonical(name) is not None or is_place(name):
        return False
    return name not in _short_words_alone(body)


@lru_cache(maxsize=2)
def _short_words_alone(body: str) -> frozenset[str]:
    """The short capitalised words a text writes alone (not joined to another by a hyphen or an
    apostrophe), read once a text: looking each fragment up in the text was quadratic."""
    return frozenset(m.group(0) for m in _SHORT_WORD_ALONE.finditer(body))


# A capitalised word of at most `COMPOUND_FRAGMENT_MAX_LETTERS` letters that ends where the pattern is made to end.
_LAST_WORD = re.compile(rf"(?<![\w'’-])[A-Z][a-z]{{0,{COMPOUND_FRAGMENT_MAX_LETTERS - 1}}}$")


# (The capital first, then a look back at the sign before it: quicker over a whole text, the same matches.)
_SHORT_WORD_ALONE = re.compile(rf"[A-Z](?<![\w'’-].)[a-z]{{0,{COMPOUND_FRAGMENT_MAX_LETTERS - 1}}}(?![\w'’-])")


#: A hyphenated word of a lowercase prefix and a capitalised word ("post-Great", "non-Major"), then
#: one space, right before a span: a name that begins inside the compound word and goes on after it.
#: The word ends in a lowercase letter: "then-No. 1 State", "al-Qaida. The" end elsewhere.
_GLUED_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+-([A-Z][\w'’]*[a-z])[ \t]$")

#: Characters looked at before a span for such a compound: a prefix and one capitalised word.
GLUED_REACH = 40


def continued_names(body: str, spans: list[re.Match], registry: Registry) -> set[int]:
    """Return the starts of the spans that go on a name begun inside a hyphenated word right before
    them ("a post-Great Frost Era II drama": "Frost Era II"; "the non-Major Award"): read alone,
    the span is a piece of that name, no name of its own; no page is made rather than the whole
    guessed (the prefix may belong to it: "al-"). Not when the text writes the span elsewhere without such a
    word before it; nor when the span opens with a title, a given name, a demonym or an acronym,
    or is a place or a registry name: "the pro-Western President Jan Roe", "ex-Rover Ed Poe",
    "sub-Saharan Africa", "pro-Union ABC party" name someone or somewhere after the compound."""
    if "-" not in body:
        return set()
    written = Counter(m.group(0) for m in spans)
    glued = [m for m in spans if _glued_before(body, m.start(), written)]
    if not glued:
        return set()
    after = Counter(m.group(0) for m in glued)
    return {m.start() for m in glued if written[m.group(0)] == after[m.group(0)] and _continues(m.group(0), registry)}


def _glued_before(body: str, start: int, written: Counter[str]) -> bool:
    """Tell a span that such a compound word opens (`_GLUED_BEFORE`), not one whose capitalised half
    is a demonym or a party's adjective ("pro-Western", "then-Liberal"): an adjective before a noun
    that may be a name of its own ("the pro-Western Zorba Front"); nor one whose half is a name
    complete in itself: a month or a weekday ("in mid-March Zorvan Holdings said": a time), or a
    span the text writes alone elsewhere ("the anti-Varrowgrad Dorfield Society", "Varrowgrad said")."""
    if body.find("-", max(0, start - GLUED_REACH), start) < 0:
        return False  # (most spans: no hyphen before them)
    glued = _GLUED_BEFORE.search(body, max(0, start - GLUED_REACH), start)
    if glued is None:
        return False
    half = glued.group(1)
    return not (is_demonym(half) or CALENDAR_WORD.match(half) or written[half])


def _continues(span: str, registry: Registry) -> bool:
    """Tell a span that may go on a name rather than open one (see `continued_names`)."""
    first = span.split()[0]
    return not (
        first.lower() in TITLES
        or is_first_name(first)
        or is_demonym(first)
        or first.isupper()
        or is_place(span)
        or registry.canonical(span) is not None
    )


def opens_before_count(text: Text, span: str, end: int) -> bool:
    """Tell a sentence's (or list item's) first word before a count, no name: "Completed 77 per
    cent", "Scored 12 points", "Cook 4 hours on high". The word is in the dictionary, has a
    participle's or an adverb's ending or counts a span of time ("Wait 1 second": no number
    designates a thing there), and is never capitalised inside a sentence of the text (a noun
    names a thing by its number: "Flight 2209", "Channel 4"; "United 93" is written so inside
    sentences too); not a given name, a place, a head word or a name the registry knows."""
    words = span.split()
    if len(words) != 2 or not IS_NUMBER.fullmatch(words[1]) or not words[0].isalpha():
        return False
    first = words[0]
    return (
        (INFLECTED.fullmatch(first) is not None or _TIME_COUNTED.match(text.body, end) is not None)
        and in_dictionary(first)
        and first not in text.capitalised_inside
        and first.lower() not in HEAD_WORDS
        and not is_first_name(first)
        and not is_place(first)
        and text.registry.canonical(span) is None
    )


# A unit of time after a count: "(Cook 4) hours on high", "(Wait 1) second".
_TIME_COUNTED = re.compile(rf"[ \t]+{DURATION_UNIT}\b")


def is_lettered_kind(text: Text, span: str) -> bool:
    """Tell an everyday word and one capital letter, a grade, a standard or a kind of thing
    ("Wireless G", "Wireless-N", "Plan B", "Vitamin C"), no name: the word is one the text writes
    in lowercase or an everyday one (`is_common_word`); not a given name ("Malcolm X"), a place
    or a name the registry knows."""
    lettered = _LETTERED.fullmatch(span)
    if lettered is None:
        return False
    word = lettered.group(1)
    return (
        (word.lower() in text.lowercase or is_common_word(word))
        and not is_first_name(word)
        and not is_place(word)
        and text.registry.canonical(span) is None
    )


_LETTERED = re.compile(r"([A-Z][a-z]+)[ -][A-Z]")


def opens_imperative(text: Text, span: str, end: int) -> bool:
    """Tell a one-word span opening a sentence before an article and a lowercase word ("Post a
    comment", "Read the story"): a verb telling the reader what to do, no name. The word is an
    everyday one (`is_common_word`) or one the text writes in lowercase, and the text never
    capitalises it inside a sentence ("Reuters the agency", "Bush the younger" stay names); not a
    given name, a place or a name the registry knows."""
    return (
        " " not in span
        and _ARTICLE_AFTER.match(text.body, end) is not None
        and (span.lower() in text.lowercase or is_common_word(span))
        and span not in text.capitalised_inside
        and not is_first_name(span)
        and not is_place(span)
        and text.registry.canonical(span) is None
    )


_ARTICLE_AFTER = re.compile(r"[ \t]+(?:a|an|the)[ \t]+[a-z]")


def closes_compound(span: str, body: str, end: int) -> bool:
    """Tell a span whose last word is the first half of a compound noun the lowercase word after it
    closes, the two spelling one word of the dictionary ("NASA Web site": "website"; "Home page"):
    the noun's, not the name's. Not a person's name ("Tom Over"), a connector's object ("Friends of
    Note book": "Note" is the name's), nor before a word of the closed classes or of fewer than
    `COMPOUND_TAIL_MIN_LETTERS` letters ("Lib Dem and": "demand")."""
    words = span.split()
    last = words[-1]
    after = WORD_AFTER.match(body, end)
    if after is None or not (last[:1].isupper() and last[1:].islower()) or words[-2] in CONNECTORS:
        return False
    tail = after.group(1)
    return (
        len(tail) >= COMPOUND_TAIL_MIN_LETTERS
        and tail not in CLOSED_CLASS
        and in_dictionary(last.lower())
        and in_dictionary(f"{last}{tail}".lower())
        and not starts_person(words)
    )


def opens_appeal(text: Text, span: str, end: int) -> bool:
    """Tell a span whose last word is a verb that opens an appeal to the reader after a label with
    no stop between ("Facebook Click here to bet", "Calendar Find out"): a dictionary word before
    "here", "out" or "what" that the text writes as a span of its own elsewhere (the appeal again,
    "Click here to vote"); not a body's or a place's head word ("Ram Hospital here": in this town),
    a given name ("Big Sam out"), a place or a known name, nor the last word of a place ("United
    States out"). A surname is no dictionary word ("Harry Redknapp out")."""
    after = WORD_AFTER.match(text.body, end)
    if after is None or after.group(1) not in _APPEAL_AFTER:
        return False
    last = span.rsplit(None, 1)[-1]
    lower = last.lower()
    return (
        last in text.elsewhere
        and in_dictionary(lower)
        and lower not in HEAD_WORDS
        and not is_first_name(last)
        and not is_place(last)
        and not is_place(span)
        and text.registry.canonical(span) is None
    )


#: What follows the verb of an appeal to the reader ("Click here", "Find out", "Wondering what").
_APPEAL_AFTER = frozenset({"here", "out", "what"})


def fused_opener(text: Text, span: str) -> bool:
    """Tell a span that opens a sentence with a word capitalised only as its first (see
    `opens_before_known_name`); the registry's names stay whole."""
    words = span.split()
    return (
        len(words) >= 2
        and (
            opens_before_known_name(words, text.capitalised_inside, text.elsewhere, text.registry)
            or _inflected_opener(text, words)
            or _lowercase_opener(text, words)
        )
        and text.registry.canonical(span) is None
    )


def _lowercase_opener(text: Text, words: list[str]) -> bool:
    """Tell a word the text writes in lowercase opening a sentence before one word it writes alone
    as a name elsewhere ("Tell John", "Shop Joielle", "Congratulations Cal"): the capital
    is the sentence's, the name the word after it. The text never capitalises the first word inside
    a sentence nor writes the two words inside one ("shares of Time Warner"); not a given name, a
    surname's particle ("Van Graan"), an adjective of origin, a direction, a body's, a title's or an
    event's word, nor before a head word or a place, by the gazetteer or by a preposition of place in
    the text ("Real Madrid" where "Madrid" plays alone, "the game in Ardena")."""
    if len(words) != 2:
        return False
    first, rest = words
    span = " ".join(words)
    return (
        first.isalpha()
        and first.istitle()
        and first.lower() in text.lowercase
        and first not in text.capitalised_inside
        and rest in text.elsewhere
        and not is_first_name(first)
        and first.lower() not in _NOT_OPENERS
        and not is_demonym(first)
        and rest.lower() not in HEAD_WORDS
        and not is_place(rest)
        and not is_place(span)
        and not _written_inside(text, first, rest)
        and rest not in _people_alone(text)
    )


def inner_noun_written_inside(text: Text, span: str) -> bool:
    """Tell a span opening a sentence with an everyday noun that opens names inside one
    (`INNER_NAME_NOUNS`: "Top Gear returns."), whose first two words the text writes inside a
    sentence too ("fans of Top Gear"): the noun is the name's first word there as well, no opener."""
    first, _, rest = span.partition(" ")
    return first.lower() in INNER_NAME_NOUNS and bool(rest) and _written_inside(text, first, rest.split()[0])


#: Words that stay a name's first word when they open a sentence: a head's, a direction's, a title's,
#: an event's word, a surname's particle.
_NOT_OPENERS = HEAD_WORDS | DIRECTIONS | TITLES | EVENT_HEADS | SURNAME_PARTICLES


# A preposition of place before a name ("in Ardena"): the text places it, a town a club may be named for.
_PLACE_PREPOSITION = "|".join(sorted(PLACE_PREPOSITIONS))


#: Two words inside a sentence, after a small letter or a comma, and a word after a preposition of
#: place: read from the body once, in lookaheads so that each word may open the next match. Only
#: pairs whose first word opens with no lowercase ASCII letter are kept: `_written_inside` is asked
#: of a capitalised first word (`_lowercase_opener`), and most pairs of a text are not captured.
_PAIR_INSIDE = re.compile(r"[a-z,;] (?![a-z])(?=([^\W\d_]+) ([\w'’-]+))")


_PLACED = re.compile(rf"\b(?:{_PLACE_PREPOSITION}) (?=([\w'’-]+))")


_WORD = re.compile(r"[\w'’-]+")


#: A surname alone with a person's marks: an honorific before it ("Mr Johnson"), an age after it
#: ("Johnson, 64,").
#: (A word is tried from its start only, and whole: from inside a run of "A-A-A" each was read to its end.)
_PERSON_ALONE = re.compile(r"\b(?:Mrs?|Ms|Miss|Dr)\.? ([A-Z][\w'’-]*)|(?<![\w'’-])([A-Z][\w'’-]*+), \d{1,3},")


def _people_alone(text: Text) -> set[str]:
    """Return the words the text writes alone as a person's surname ("Mr Johnson", "Johnson, 64,"):
    a word opening a sentence before one of them is the person's first name or nickname ("Magic
    Johnson", "Tiger Woods"), not the sentence's capital. Read from the body once a text."""
    if "people" not in text.pairs:
        text.pairs["people"] = {m.group(1) or m.group(2) for m in _PERSON_ALONE.finditer(text.body)}
    return text.pairs["people"]


def _written_inside(text: Text, first: str, rest: str) -> bool:
    """Tell two words the text writes inside a sentence ("shares of Time Warner"), or a second word
    it places ("the game in Ardena"). The body is read for every such pair once, not once a span
    (a page of many sentence openers was read whole for each). `first` is capitalised (see
    `_PAIR_INSIDE`)."""
    if not _WORD.fullmatch(rest):  # a word of other signs: looked for as it is written
        return (
            re.search(rf"[a-z,;] {re.escape(first)} {re.escape(rest)}(?![\w'’-])", text.body) is not None
            or re.search(rf"\b(?:{_PLACE_PREPOSITION}) {re.escape(rest)}(?![\w'’-])", text.body) is not None
        )
    if "inside" not in text.pairs:
        text.pairs["inside"] = {(m.group(1), m.group(2)) for m in _PAIR_INSIDE.finditer(text.body)}
        text.pairs["placed"] = {m.group(1) for m in _PLACED.finditer(text.body)}
    return (first, rest) in text.pairs["inside"] or rest in text.pairs["placed"]


def _inflected_opener(text: Text, words: list[str]) -> bool:
    """Tell a participle or an adverb opening a sentence before one name ("Struggling Derby say",
    "Embattled Chelsea"): a dictionary word of that ending the text never capitalises inside a
    sentence, before a place or a name the text writes alone; not a given name, a title or a head
    word, nor the first word of a place ("United States"), nor before a head word ("<Word>ing
    University said": a body's name, though the gazetteer knows a town called University)."""
    first, rest = words[0], " ".join(words[1:])
    return (
        len(words) == 2
        and INFLECTED.fullmatch(first) is not None
        and in_dictionary(first)
        and first not in text.capitalised_inside
        and not is_first_name(first)
        and first.lower() not in HEAD_WORDS
        and first.lower() not in TITLES
        and rest.lower() not in HEAD_WORDS
        and (is_place(rest) or rest in text.elsewhere)
        and not is_place(" ".join(words))
    )


# A shouted word's neighbours: a lowercase letter and a space before it ("with FREE", "Everyone
# STOP"), and a space and a lowercase word or an exclamation mark after it ("FREE quotes", "STOP!").
_SHOUTED_BEFORE = re.compile(r"[a-z][ \t]$")
_SHOUTED_AFTER = re.compile(r"[ \t]+([a-z]+)|!")


def is_shouted_word(text: Text, span: str, start: int, end: int) -> bool:
    """Tell an everyday word written in capitals for stress inside a sentence ("quotes are FREE for
    all", "in CASE you", "Everyone STOP!") where the text never writes it in lowercase (then
    `spans._read_word` drops it): a word of the word-frequency table (`is_common_word`) of
    `SHOUTED_MIN_LETTERS` or more, written once in the text, between a lowercase word and a
    lowercase word or an exclamation mark; not after "the", not a place, not before a name's head
    noun ("today's BUILD conference"). A body's acronym that is also a word is named more than
    once or opens its phrase ("BET News", "BET speaks")."""
    if len(span) < SHOUTED_MIN_LETTERS or not span.isalpha() or not is_common_word(span):
        return False
    body = text.body
    after = _SHOUTED_AFTER.match(body, end)
    return (
        after is not None
        and bool(_SHOUTED_BEFORE.search(body, max(0, start - 2), start))
        and body[max(0, start - 4) : start].lower() != "the "
        and not (after.group(1) and after.group(1) in HEAD_WORDS)
        and not is_place(span)
        and _written_once(text, span)
    )


#: A word of its own in a text: a run of letters, digits and the marks a word holds ("don't", "AT&T").
_WORD_OF_ITS_OWN = re.compile(r"[\w'’&-]+")


def _written_once(text: Text, word: str) -> bool:
    """Tell a word the text writes once as a word of its own (not inside a longer word). The text's
    words are counted once, on first asking: searching the text for each word asked read it again
    per shouted word (a text of many took the square of its length)."""
    if "words" not in text.pairs:
        text.pairs["words"] = Counter(_WORD_OF_ITS_OWN.findall(text.body))
    return text.pairs["words"][word] == 1


# A calendar or fiscal quarter's label, alone or with its year ("Q3", "Q1 2008", "Q4 FY08", "Q2
# CY2012"): a time of the year, as a month is; no name.
_QUARTER = re.compile(r"Q[1-4](?:[ \t]+(?:(?:FY|CY)[ \t]?)?(?:19|20)?\d\d)?")


def is_quarter(span: str) -> bool:
    """Tell a quarter of a year written as a business writes it ("in Q3", "available in Q1 2008")."""
    return _QUARTER.fullmatch(span) is not None


#: A copular verb (or "as"), perhaps one adverb of time or degree, and an indefinite article, right
#: before a span: "was still a", "I'm now a", "to become a", "works as an". What follows says what
#: someone or something is, a role or a kind ("a Member of Parliament", "a Technical Evangelist for
#: Acme"), as a common noun would. Only such small adverbs: "is buying a Ford Escape" names a car.
_PREDICATE_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:is|was|are|were|be|been|being|become|becomes|became|becoming|remain|remains|remained|am|as)|['’]m)"
    r"(?:[ \t]+(?:still|now|also|not|already|once|never|just|only|again|even|[a-z]+ly))?[ \t]+an?[ \t]+$"
)


def _ends_with_article(body: str, lo: int, end: int) -> bool:
    """Tell a text from `lo` to `end` that ends as `_PREDICATE_BEFORE` does: "a" or "an" after a space
    or a tab, then spaces or tabs (and a line's end, which its "$" passes). Most spans follow no
    article: the pattern, whose search tries it at each character of the window, is not searched
    for there; where this says no, the pattern finds nothing, so the answer is the same."""
    window = body[lo:end]
    if window[-1:] == "\n":
        window = window[:-1]
    rest = window.rstrip(" \t")
    return len(rest) < len(window) and rest.endswith((" a", "\ta", " an", "\tan"))


#: The words that join a role to the body it is held in ("Member of Parliament", "Evangelist for Acme").
_ROLE_OF = frozenset({"of", "for"})


#: How far before a span `_PREDICATE_BEFORE` is looked for: the longest verb, an adverb and "an".
PREDICATE_REACH = 32


def predicate_role(text: Text, span: str, start: int, end: int) -> str | None:
    """Tell a span of two words or more after a copular verb and an indefinite article ("is a",
    "was still a") that closes its noun phrase ("he was still a Member of Parliament.", "I'm still
    a Technical Evangelist for Acme", "to become a Bond Girl in"): a role or a kind said of
    someone, no name. Its words are English words or adjectives of origin ("a Kenyan Marxist Impostor"),
    the first no given name, the whole no place and no name the registry knows: "is a Boeing 747",
    "was a Toyota Corolla" name a maker's product. Return what the span leaves to read: the body
    after "of" or "for" ("Parliament" of "Member of Parliament"), or "" when nothing; None when the
    span is no such role."""
    words = span.split()
    if len(words) < 2 or not _ends_with_article(text.body, max(0, start - PREDICATE_REACH), start):
        return None
    if not _PREDICATE_BEFORE.search(text.body, max(0, start - PREDICATE_REACH), start):
        return None
    if not _PHRASE_CLOSES.match(text.body, end) or text.registry.canonical(span) is not None or is_place(span):
        return None
    role = next((words[:i] for i, w in enumerate(words[1:-1], 1) if w in _ROLE_OF), words)
    if is_first_name(words[0]) or not all(in_dictionary(w) or is_demonym(w) for w in role):
        return None
    rest = words[len(role) + 1 :]
    return " ".join(rest[1:] if rest[:1] == ["the"] else rest)


def written_as_common_noun(text: Text, span: str) -> bool:
    """Tell a span of everyday words that the text also writes in a sentence as a common noun
    phrase, in lowercase ("Digital Media" and "sales of digital media", "E-mail Setup Wizard" and
    a list item's "Email setup wizard updated"): the capitals are a label's or a list item's, no
    name's. (`spans.read_span` drops a span of "other" type whose words the text writes in
    lowercase one by one; this asks the phrase whole, of any type: "Media" makes a body's name.)
    The other spelling is all in lowercase after a lowercase word (running text, not a
    tag list's "#word word" nor a link's address), or capitalised only in its first word where a
    sentence or a line opens; the text writes it so at least as often as in capitals (a film's
    title in a comment's lowercase stays a title). A name written with a lowercase noun keeps its
    capital first word inside a sentence ("the Green party", "the Indian cricket board") and is
    left alone; so is a span with a word in capitals or one the dictionary lacks ("Roth IRA" and
    "pratip chaudhuri" in tags) and a name the registry knows."""
    words = span.split()
    if len(words) < 2 or not all(_lowered(w) in text.lowercase for w in words[1:]):
        return False  # (most spans: a word after the first the text never writes in lowercase)
    if not all(_everyday_capitalised(w) or w in CONNECTORS for w in words):
        return False
    if any(w.lower() in _NAMES_OF_COMMON_WORDS for w in words):
        return False  # "the south west": a place's name written small
    if text.registry.canonical(span) is not None:
        return False
    common = capitalised = 0
    for at, found in _spellings(text, " ".join(words).lower()):
        if all(f.islower() for f in found[1:]) and _in_running_text(text, found[0], at):
            common += 1
        elif found == words:
            capitalised += 1
    return common > 0 and common >= capitalised


def _spellings(text: Text, phrase: str) -> Iterator[tuple[int, list[str]]]:
    """Yield where the text writes a phrase in any case, its hyphens kept or left out ("e-mail
    setup": "Email setup" too), with the words as written there. Looked for in the text's
    lowercase copy, made once a text (a search ignoring case over the whole text for each phrase
    was some 5% of discovery's time)."""
    if "lower" not in text.pairs:
        lower = text.body.lower()
        text.pairs["lower"] = lower if len(lower) == len(text.body) else ""  # ("İ" lowercases to two characters)
    lower = text.pairs["lower"]
    for variant in {phrase, phrase.replace("-", "")}:
        at = lower.find(variant)
        while at >= 0:
            end = at + len(variant)
            if not (_IN_A_WORD.match(lower, at - 1) if at else None) and not _IN_A_WORD.match(lower, end):
                yield at, text.body[at:end].split()
            at = lower.find(variant, end)


# A letter, a figure, an apostrophe or a hyphen: one on either side of a phrase puts it inside a word.
_IN_A_WORD = re.compile(r"[\w'’-]")


#: Words of a place's or an event's name, and directions: a name made of such everyday words is
#: written in lowercase too ("the South West" and "the south west"). A body's word is not among
#: them: "Digital Media" is a unit's label; "the Supreme Court" beside "the Michigan supreme court"
#: is told by the name before the lowercase spelling (see `_LOWERCASE_WORD_BEFORE`).
_NAMES_OF_COMMON_WORDS = ((PLACE_WORDS | EVENT_WORDS) - NAME_ENDS) | DIRECTIONS


def _everyday_capitalised(word: str) -> bool:
    """Tell an English word written with one capital, its first letter ("Media", "E-mail"), the
    hyphen left out or kept ("email", "e-mail")."""
    return (
        word[:1].isupper()
        and word[1:] == word[1:].lower()
        and (in_dictionary(word) or in_dictionary(word.replace("-", "")))
    )


def _lowered(word: str) -> str:
    """The part of a word its lowercase spelling is looked up by: its last part after a hyphen
    ("Follow-Up": "up"), as a hyphenated word may be written whole or without the hyphen."""
    return word.lower().rsplit("-", 1)[-1]


# A word all in lowercase and a space right before a phrase ("sales of digital media"); not a
# name's last letters ("the Michigan supreme court" names a court).
_LOWERCASE_WORD_BEFORE = re.compile(r"(?<![\w'’&-])[a-z]+[,;:]?[ \t]+$")

#: How far before a phrase `_LOWERCASE_WORD_BEFORE` reads: a long lowercase word and its comma.
LOWERCASE_WORD_REACH = 24


def _in_running_text(text: Text, first: str, at: int) -> bool:
    """Tell a common noun phrase's first word `first`, at `at`, in running text: in lowercase after
    a lowercase word ("sales of digital media"), or capitalised where a sentence or a list item
    opens ("- Email setup wizard updated")."""
    if first.islower():
        return _LOWERCASE_WORD_BEFORE.search(text.body, max(0, at - LOWERCASE_WORD_REACH), at) is not None
    return first.istitle() and opens_sentence(text.body, at, text.lines)
