"""Find the names in one text (`find_mentions`): one pass of compiled patterns and set look-ups.

It proposes:

- capitalised spans ("Vladimir Putin", "Bank of England", "U.S. Securities and Exchange
  Commission", "Flight 2209"), split where they hold two names ("Syria's President Bashar
  al-Assad", "Russia and Syria") and kept whole where a connector belongs to one name
  ("Department of Wildlife and Fisheries", "Lyon County Sheriff's Office"): found by the patterns
  of `dossier.spanpatterns`, read by `dossier.spans`;
- the person after a title ("President X", "spokesman X", "Chancellor of the Exchequer X"), with
  the title kept as an alias; a first-name list tells "Incumbent Jenny Albers" from a name;
- places from the gazetteer, "Town, Region" pairs and datelines ("CAMERON, La. (AP) —"), and
  lists sharing a plural head ("Calcasieu, Cameron and Jefferson Davis parishes");
- acronyms defined in parentheses ("Islamic State (IS)"), the registry's spellings, and events
  named by a lowercase disaster word ("the Kettle Ridge wildfire").

Sentence openers, months, weekdays and headings are not names by themselves; nor are the acronyms a
text uses as common nouns or spells out in lowercase words (`dossier.acronyms`, which also reads the
definitions), nor the spans and the words at their ends that `dossier.notnames` tells name nothing
(a title's opening word, a compound's fragment, the rest of a name a hyphenated word opens, a
grade letter, an imperative). The names a text writes whole across its spans (plural lists, quoted
titles, nicknames, the registry's spellings with a lowercase word) are read first, by
`dossier.claims`.

Here is the order of the steps; each lives in a module of its own. The other spans are cut free of
what opens or closes them and names nothing (`dossier.spancuts`); two spans the text shows to be
one name are joined (`dossier.spanjoins`); a span, a comma and a span may be a town and its region
or an institution and its campus (`dossier.towns`); every other span is read here, with the text
around it (`_read_match`), split and read by `dossier.spans` through the cache of
`dossier.readings`, told whether it opens a sentence by `dossier.sentencestarts`, its names typed by
the cues around it (`dossier.cues`); a list's items are typed alike and a list of kinds names none
(`dossier.namelists`); and a name in chrome is no mention in prose (`dossier.chromelines`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import repeat

from .acronyms import acronym_definitions, acronyms_as_nouns, terms_glossed, terms_spelled_out
from .chromelines import (
    CELL_BREAK,
    Chrome,
    chrome_scores,
    has_cell_break,
    is_label,
    is_title_case,
    link_run_lines,
    signed_names,
)
from .claims import claim_whole_names
from .cues import WINDOW, introduced_as_relative, known_as, lent_to_a_body, type_by_cues
from .dates import DURATION_UNIT, MONTH_NAME
from .gazetteer import is_place, major_places
from .lexicon import (
    COMMON,
    HEADLINE_WORDS,
    IS_NUMBER,
    PLACE_PREPOSITIONS,
    STREET_WORDS,
    in_dictionary,
    is_common_word,
    is_demonym,
    is_first_name,
    is_person_like,
)
from .lineshapes import visible_text, without_images, without_links
from .model import Mention
from .namelists import kinds_in_a_list, type_list_mates
from .notnames import (
    COMPOUND_BEFORE,
    QUOTATION_CLOSES,
    Text,
    closes_compound,
    continued_names,
    fused_opener,
    holds_a_code,
    hyphened_names,
    inner_noun_written_inside,
    is_adjective,
    is_compound_fragment,
    is_lettered_kind,
    is_quarter,
    is_shouted_word,
    names_a_kind,
    opens_a_title,
    opens_appeal,
    opens_before_count,
    opens_imperative,
    owned_word_title,
    place_before_given_name,
    predicate_role,
    written_as_common_noun,
)
from .offsets import Separators
from .readings import read_parts
from .registry import Registry
from .sentencestarts import is_line_start, opens_sentence, sentences_of
from .spancuts import in_an_address, spans_of
from .spanjoins import arms_written, joined_name
from .spanpatterns import SPAN_WITHOUT_NUMBER
from .spans import (
    MAX_SPAN_WORDS,
    read_span,
    role_of_a_person,
    starts_person,
    without_possessive,
)
from .towns import is_capitals, is_town_of, name_case, town_or_campus

# A word written in lowercase; not a part of an address ("www.telegraph.co.uk", "bbc.com/news").
# The letter first: see `namelists._KIND_LIST`.
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’./-].)[\w'’-]*(?![\w'’-]*[./]\w)")


# A capitalised word after a lowercase word or a comma: inside a sentence, where a capital marks a name.
_CAPITALISED_INSIDE = re.compile(r" (?<=[a-z,] )([A-Z][a-z]+)\b(?![’'-]|[./]\w)")  # the space first: quicker


_CREDIT_END = re.compile(r"\)[ \t]*(?:[—–]|--?(?:[ \t]|$))")


#: A stock exchange's acronym and a colon in a parenthesis ("(NYSE: VIA)", "(SWX:LOGN)"), and a
#: first ticker after them ("(NYSE: VIA, VIA.B)"): what follows is a ticker symbol, not a name.
_TICKER_BEFORE = re.compile(r"\([A-Z]{2,8}[ \t]?:[ \t]?(?:[A-Z][A-Z.]{0,9},[ \t]?)?$")


#: A vessel's class right before a name: "the aircraft carrier Admiral Kuznetsov", "the frigate
#: Almirante Cochrane" name a ship, whose name is often a person's with a title (type other). Nouns
#: that are also verbs ("ship", "ferry") are left out: "to ferry Assad's troops".
_VESSEL_WORDS = (
    "aircraft carrier", "warship", "battleship", "frigate", "destroyer", "cruiser", "corvette", "submarine",
    "icebreaker", "tanker", "freighter", "trawler", "vessel", "yacht", "ocean liner", "cruise ship",
)  # fmt: skip
_VESSEL_BEFORE = re.compile(rf"\b(?:{'|'.join(_VESSEL_WORDS)})s?[ \t]+$")
# What the text before a match ends with, its spaces (and a line's end, which "$" passes) taken off.
_VESSEL_ENDS = tuple(w + s for w in _VESSEL_WORDS for s in ("", "s"))


def _after_a_vessel_word(body: str, start: int) -> bool:
    """`_VESSEL_BEFORE` in the 24 characters before `start`, tried only where they end with one of
    its words (one test in C, before each span: most spans follow no such word)."""
    before = max(0, start - 24)
    return body[before:start].rstrip(" \t\n").endswith(_VESSEL_ENDS) and bool(
        _VESSEL_BEFORE.search(body, before, start)
    )


# What follows a dateline's place: "CAMERON, La. (AP) —", "FRISCO —", "Nairobi (AFP) –".
_DATELINE_END = re.compile(r"[ \t]*(?:,[ \t]|\(|[—–]|--?[ \t])")


def _label_in_capitals(span: str, body: str, end: int) -> bool:
    """Tell a line's label in capitals from a dateline's place ("BREAKING NEWS —", "MOVIE REVIEW -",
    "CHECK THIS OUT (read on!)"): everyday words only, a name the gazetteer does not know ("GREEN
    BAY —" and "SALT LAKE CITY (AP) —" are places), and no region after a comma ("LITTLE ROCK,
    Ark. —" places a town the gazetteer may not hold)."""
    return body[end : end + 1] != "," and all(is_common_word(w) for w in span.split()) and not is_place(name_case(span))


#: Lowercase words that make the capitalised name before them an event ("the Kettle Ridge wildfire").
_EVENT_NOUN_AFTER = re.compile(
    r"[ \t]+(wildfire|bushfire|earthquake|quake|tornado|eruption|tsunami|landslide|mudslide|floods)\b"
    r"(?![ \t]+(?:departments?|crews?|season|services?|officials?|chief|stations?|zones?|risk|danger|smoke|warnings?))"
)


#: A weekday that a large place's name opens, as a whole name: "Sheffield Wednesday" is a club.
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: What makes the weekday after a place a time, not a part of its name: a preposition of place or
#: of going before ("arrived in Iowa Wednesday"), or a date, a figure or a part of the day after
#: it, a comma between or not ("Berlin Tuesday, January 8", "London Monday night"); "fans of
#: Sheffield Wednesday" and "Sheffield Wednesday, who" name the club.
_WHERE_BEFORE = PLACE_PREPOSITIONS | {"at", "to", "from", "into", "on"}
_TIME_AFTER_WEEKDAY = re.compile(rf"(?:[ \t]*,)?[ \t]*(?:\d|(?i:{MONTH_NAME})\b|(?:morning|afternoon|evening|night)\b)")


def _named_for_a_weekday(body: str, words: list[str], start: int, end: int) -> bool:
    """Tell a large place's name and a weekday with nothing around it that makes the day a time
    ("facing Sheffield Wednesday in the Cup"): one name, not the place and the day it was there."""
    if without_possessive(words[-1]) not in _WEEKDAYS or " ".join(words[:-1]) not in major_places():
        return False
    before = body[max(0, start - WINDOW) : start].split()
    return (before[-1].lower() if before else "") not in _WHERE_BEFORE and not _TIME_AFTER_WEEKDAY.match(body, end)


#: A word that puts a role or a team's name before a person's: "former Husky Scott Burrell".
_ROLE_BEFORE = re.compile(r"\b(?:former|fellow|ex-)[ \t]*$")


#: A person's name of two capitalised words or more, then an appositive's comma, right before a
#: span: "Jane Doe, Vice President of Sales" is her role, written after her name.
_PERSON_AND_COMMA = re.compile(r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)+,[ \t]$")


# "7001 Gulf Highway", "100 Sycamore St.": a street address, not a place of its own.
_HOUSE_NUMBER = re.compile(r"(?<![\w,.])\d+[A-Za-z]?[ \t]+$")


# A "?" that stands for an apostrophe, as pages whose encoding was lost write it ("New Year?s Eve",
# "Children?s", "doesn?t"): after a letter, before an ending an apostrophe opens; not a web
# address's query ("index.php?s=2").
_QUESTION_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|d|m|ll|re|ve)\b(?![=&/]))")


# An opening single quotation mark that a page writes for an apostrophe ("New Year‘s Eve",
# "Lamont‘s lawyer"): inside a word, before an ending an apostrophe opens. Read as the
# closing mark, which a name's token holds; the opening mark ends one ("Year" and "s Eve").
_OPENING_QUOTE_APOSTROPHE = re.compile(r"(?<=[A-Za-z])‘(?=(?:s|t|d|m|ll|re|ve)\b)")


def find_mentions(text: str, registry: Registry | None = None) -> list[Mention]:
    """Propose the names in a text, each with a type guessed from its cues."""
    if "?" not in text and "‘" not in text:
        return _find_mentions(text, registry or Registry())
    read = _QUESTION_APOSTROPHE.sub("'", text) if "?" in text else text  # the same length: every offset holds
    questions = read != text
    read = _OPENING_QUOTE_APOSTROPHE.sub("’", read) if "‘" in read else read
    found = _find_mentions(read, registry or Registry())
    return found if read == text else [_as_written(m, text, questions) for m in found]


def _as_written(mention: Mention, text: str, questions: bool = True) -> Mention:
    """Give a name read with an apostrophe for a "?" (where `questions`: the text had some) or an
    opening quotation mark the spelling the text has ("Children?s Fund", "Children‘s Fund"), that
    links to it."""
    if mention.text in text:
        return mention
    if questions and "'" in mention.text:
        return replace(mention, text=mention.text.replace("'", "?"), full=mention.full.replace("'", "?"))
    spelling = mention.text.replace("’", "‘")
    if "’" in mention.text and spelling in text:
        return replace(mention, text=spelling, full=mention.full.replace("’", "‘"))
    return mention


def _find_mentions(text: str, registry: Registry) -> list[Mention]:
    body = _without_headings(text)
    placed: list[tuple[int, Mention]] = []  # each mention, whatever path read it, and where in `body`
    claimed = claim_whole_names(body, registry, placed)
    spans = spans_of(body, claimed, registry)
    lines = Separators(body, "\n")
    elsewhere = {m.group(0) for m in spans}
    arms = arms_written(body, spans)
    inside = Counter(_CAPITALISED_INSIDE.findall(text))
    context = Text(body, lines, _lowercase_words(text, inside), elsewhere, registry, registry.readings(), set(inside))
    skip_next = False
    chrome = Chrome(body, text, lines, link_run_lines(body, spans, lines))
    read: list[tuple[int, int, int, int]] = []  # (span start, span end, first, last index in found)
    scores = chrome_scores(body, spans, lines)
    continued = continued_names(body, spans, registry)
    for m, nxt in zip(spans, [*spans[1:], None], strict=False):
        if skip_next:
            skip_next = False
            continue
        # (Each test below is asked only of a span of the shape it needs: a figure at an end, two
        # letters. The span's bounds and text are read once, not once a test.)
        start, end = m.span()
        if start in scores or (body[end - 1].isdigit() and _place_before_a_duration(body, m)):
            m = SPAN_WITHOUT_NUMBER.match(body, start) or m  # "Narredu 62" in a list of results
            end = m.end()
        span = m[0]
        facts = _span_facts(span)  # (read once, for the three tests below that ask them)
        joined = joined_name(body, m, nxt, lines, elsewhere, registry, arms)
        if joined:  # one name, whose initials say where it ends: not split again
            at_start, skip_next = opens_sentence(body, start, lines), True
            mentions = read_span(without_possessive(joined), at_start, context.lowercase, registry, elsewhere)
        elif _names_nothing(span, body, start, registry, facts):
            continue  # two spans in five: "I", "The", "But"
        elif start in continued:
            continue  # "a post-Great Frost Era II drama": "Frost Era II" goes on the compound's name
        elif end - start <= MARK_MAX_LETTERS and _is_mark(body, m):
            continue  # "Glintmap(TM)", "Widget(R)": a trademark's mark, no name
        elif body[start].isdigit() and _is_count_of_a_measure(body, m):
            continue  # "(1,048 yards, 28 TD, 12 INT)": a count of touchdowns, no body
        elif _after_a_measure(body, m):
            continue  # "a 1.2GHz VIA C7-M Processor", "256MB of GDDR3 memory": a part's specification
        elif _is_headline_run(span, registry, facts):
            continue  # "Scrabulous Under Fire From Hasbro": a headline in a line of other text
        else:
            at_start = opens_sentence(body, start, lines)
            pair = town_or_campus(body, m, nxt, at_start, registry)
            if pair:  # "Hartford, Conn.", "the University of California, San Diego"
                placed.extend((start, x) for x in pair)
                skip_next = True
                continue
            mentions = _read_match(context, m, at_start, facts)
        if mentions:
            read.append((start, end, len(placed), len(placed) + len(mentions)))
        placed.extend(zip(repeat(start), mentions))  # (each with where its span starts: paired in C, a span each)
    placed.extend(_prefixed_brands(body, registry))
    placed.extend(acronym_definitions(body, text, lines, registry))
    found = _with_prose_verdicts(placed, chrome, lines)
    signed = signed_names(text.split("\n")) | chrome.commenters(placed)
    if signed:  # a commenter named in the thread, no one the story is about
        found = [replace(m, prose=False) if m.text in signed else m for m in found]
    type_list_mates(body, read, found)
    # An acronym the text counts once ("4 TD)") is a measure where the count is not next to it too
    # ("5 total TD"); not after a clock time's minutes ("at 9:30 NBC, ..."), which count nothing.
    counted = {
        c.group(0).split()[-1]
        for c in _COUNT_OF_A_MEASURE.finditer(body)
        if c.start() == 0 or body[c.start() - 1] not in ":."  # ("" is in every string: a count opening the text counts)
    }
    nouns = acronyms_as_nouns(body) | counted
    found = [m for m in found if m.text not in nouns or m.cue != "acronym"] if nouns else found
    terms = terms_spelled_out(body) | terms_glossed(body) | kinds_in_a_list(body)
    return [m for m in found if m.text not in terms] if terms else found


# A figure, then an acronym closed by a comma, a semicolon or a bracket: a statistic or a unit
# ("28 TD, 12 INT", "9 PD)", "31 MPG;"); a body's acronym goes on into its sentence ("12 KPTV
# reported", "three NATO members").
_COUNT_OF_A_MEASURE = re.compile(r"\d+ [A-Z]{2,5}(?=[,;)])")


def _is_count_of_a_measure(body: str, m: re.Match) -> bool:
    """Tell a span that is a figure and the acronym of what it counts ("28 TD,"): no name."""
    if not body[m.start()].isdigit():
        return False
    count = _COUNT_OF_A_MEASURE.match(body, m.start())
    return count is not None and count.end() == m.end()


# A quantity in a unit of computing or size, glued or apart ("1.2GHz", "2.8 GHz", "256MB of", "7-inch",
# "15,000rpm"), at the end of the text before a span; or the unit alone, when the span opens with it
# ("800 MHz DDR2 RAM": the unit is capitalised, so the span holds it).
_MEASURE_UNIT = r"(?:[kKMGT](?:Hz|B|b)|Hz|RPM|rpm|-inch|inch)"
_QUANTITY = rf"\d(?:[\d.,]*\d)?[ \t]?{_MEASURE_UNIT}"
_MEASURE_BEFORE = re.compile(rf"{_QUANTITY}(?:[ \t]+of)?[ \t]+$")
_MEASURE_OPENING = re.compile(rf"(?:{_QUANTITY}|{_MEASURE_UNIT})[ \t]")


def _after_a_measure(body: str, m: re.Match) -> bool:
    """Tell a span that follows a measured quantity ("a 1.2GHz VIA C7-M ULV Processor", "256MB of
    GDDR3 memory", "1GB Max") or opens with its unit ("2.8 GHz Quad-Core Xeon"): a product's part
    and its specification, no name."""
    span, start = m.group(0), m.start()
    if (span[0].isdigit() or span[0] in _UNIT_OPENS) and _MEASURE_OPENING.match(span + " "):
        if span[0].isdigit() or body[max(0, start - MEASURE_MAX_LETTERS) : start][-2:-1].isdigit():
            return True
    if not start or body[start - 1] not in " \t":
        return False  # (most spans follow a space: the text before them is cut out only then)
    before = body[max(0, start - MEASURE_MAX_LETTERS) : start]
    return before.rstrip(" \t")[-1:] in _UNIT_ENDS and _MEASURE_BEFORE.search(before) is not None


# What a unit may open with, and the last letter of a unit or of "of" (before the spaces that end
# `_MEASURE_BEFORE`): a span or a text without them is tried by no pattern (most spans).
_UNIT_OPENS = frozenset("kKMGTHRri-")
_UNIT_ENDS = frozenset("zBbMmhf")


#: How far before a span `_after_a_measure` looks for a quantity ("15,000rpm of "): a bound.
MEASURE_MAX_LETTERS = 24


def _names_nothing(span: str, body: str, start: int, registry: Registry, facts: tuple[bool, bool, bool, bool]) -> bool:
    """Tell, before reading it, a span that `_read_match` would find no name in: one common word
    ("The", "I", "But") that the registry and the outlet table do not know, in no capitals, no
    possessive, and not a ship's name."""
    return (
        facts[0]  # `_common_word_alone` (`facts`: the span's, `_span_facts`)
        and registry.canonical(span) is None
        and span not in registry.outlet_words
        and not _after_a_vessel_word(body, start)
    )


# A count of units of time right after a number: "15 years later".
_DURATION_AFTER = re.compile(rf"[ \t]+{DURATION_UNIT}\b")


def _place_before_a_duration(body: str, m: re.Match) -> bool:
    """Tell a place's name, then a count of units of time ("settled in Wales 20 years later"): the
    number is no designator of the place; a designator keeps it ("Flight 370 months later")."""
    if not body[m.end() - 1].isdigit() or not _DURATION_AFTER.match(body, m.end()):
        return False
    name = SPAN_WITHOUT_NUMBER.match(body, m.start())
    return name is not None and name.end() < m.end() and is_place(name.group(0))


#: A trademark's mark has at most this many capitals ("(R)", "(TM)", "(SM)"), in brackets glued to
#: the word it marks; an acronym in brackets after a name has a space before it ("Islamic State (IS)").
MARK_MAX_LETTERS = 2


def _is_mark(body: str, m: re.Match) -> bool:
    """Tell a trademark's mark in brackets glued to the word it marks ("Glintmap(TM)")."""
    start, end = m.start(), m.end()
    return (
        end - start <= MARK_MAX_LETTERS
        and start >= 2
        and body[start - 1] == "("
        and body[start - 2].isalnum()
        and body[end : end + 1] == ")"
    )


def _is_headline_run(span: str, registry: Registry, facts: tuple[bool, bool, bool, bool]) -> bool:
    """Tell a run of words capitalised as a headline capitalises them from a name: a verb, a
    pronoun or a preposition inside it in Title Case ("Cruise Clip That Won't Die", "Publish Your
    Article"), where a name writes it in lowercase ("Lions for Lambs"), or a negated verb ("VoIP
    Doesn't Require Any Phone"). The registry's names stay."""
    return facts[1] and registry.canonical(span) is None  # `_headline_shape` (`facts`: `_span_facts`)


def _common_word_alone(span: str) -> bool:
    """`_names_nothing`'s tests of the span's own letters: one common word, in no capitals, no possessive."""
    return (
        span.lower() in COMMON
        and " " not in span
        and "'" not in span
        and "’" not in span
        and not (len(span) > 2 and span.isupper())
    )


def _headline_shape(span: str) -> bool:
    """`_is_headline_run`'s test of the span's own words: three or more, a headline's word or a
    negated verb in Title Case inside."""
    words = span.split()
    return len(words) >= 3 and any(
        (w.istitle() and w.lower() in HEADLINE_WORDS) or _NEGATED_VERB.fullmatch(w) for w in words[1:-1]
    )


#: Spans whose own facts (`_span_facts`) are kept: a corpus repeats its names, a text each of
#: them at several places (the benchmark's 1,000 sources: 83,544 spans, far fewer distinct);
#: past this many the memo starts again (a bound on memory, not on what it answers).
SPAN_FACTS_CACHE_SIZE = 100_000
_SPAN_FACTS: dict[str, tuple[bool, bool, bool, bool]] = {}


def _span_facts(span: str) -> tuple[bool, bool, bool, bool]:
    """Return what the span's own letters say, asked of every span by the tests before its reading:
    `_common_word_alone`, `_headline_shape`, `holds_a_code` and `is_capitals`. Each depends on the
    span's text and fixed word tables only, not on the text around it nor the registry, so the
    answer kept for a span text is the answer again (a dict look-up where the four tests took
    some twenty calls and comparisons)."""
    facts = _SPAN_FACTS.get(span)
    if facts is None:
        if len(_SPAN_FACTS) >= SPAN_FACTS_CACHE_SIZE:
            _SPAN_FACTS.clear()
        facts = _SPAN_FACTS[span] = (
            _common_word_alone(span), _headline_shape(span), holds_a_code(span), is_capitals(span)
        )  # fmt: skip
    return facts


# A verb negated in Title Case ("Doesn't", "Can’t", "Won?t" where a "?" stands for the apostrophe).
_NEGATED_VERB = re.compile(r"[A-Z][a-z]*n['’?]t")


def _lowercase_words(text: str, inside: Counter[str]) -> set[str]:
    """Return the words a text writes in lowercase, less those it writes capitalised inside a
    sentence (`inside`, by count) more often: a name in a lowercase list of tags ("Tags: monkey
    abuse harbhajan") is still a name where the article writes "Harbhajan" ten times."""
    words = _LOWER_WORD.findall(text)
    lowercase = set(words)
    named: Counter[str] = Counter()
    for word, n in inside.items():
        named[word.lower()] += n
    both = named.keys() & lowercase  # the words written both ways: a few a text
    if len(both) > COUNTED_BY_SCANS_MAX:
        counts = Counter(words)
        lowercase -= {w for w in both if named[w] > counts[w]}
    elif both:  # each counted by one scan in C: quicker than counting every word of the text
        lowercase -= {w for w in both if named[w] > words.count(w)}
    return lowercase


#: Up to this many words written both ways are counted by a scan of the text's words each (a few
#: scans of a list in C); more, by one count of every word, so that a long text stays linear.
COUNTED_BY_SCANS_MAX = 8


def _read_match(text: Text, m: re.Match, at_start: bool, facts: tuple[bool, bool, bool, bool]) -> list[Mention]:
    """Read the names of one capitalised span, with what surrounds it in the text (`facts`: the
    span's own, `_span_facts`)."""
    body, span, start = text.body, m.group(0), m.start()
    if span.count(" ") + span.count("\t") >= MAX_SPAN_WORDS:
        return []
    if "--" in span:
        return []  # "KARLSHOLM--Today", "Join Us--Give Now": a dash typed as two hyphens runs two into one
    if span[0] == "Q" and is_quarter(span):
        return []  # "sales rose in Q3", "available in Q1 2008": a quarter of a year
    if body[start - 1 : start] == "(" and _CREDIT_END.match(body, m.end()):
        return []  # "(AP) —", "(CNN) —": a dateline's source credit, not a mention
    upper = span.isupper()  # (asked once: the four tests below need it)
    if upper and _TICKER_BEFORE.search(body, max(0, start - 24), start):
        return []  # "(NYSE: VIA)": a company's ticker symbol
    if upper and " " not in span and names_a_kind(body, start, m.end()):
        return []  # "awarded an MBE.", "an NGO": an honour, a kind of body
    if upper and is_shouted_word(text, span, start, m.end()) and not text.registry.canonical(span):
        return []  # "FREE quotes", "you can GET it": an everyday word in capitals for stress
    if upper and facts[3] and not text.registry.canonical(span):  # `is_capitals`
        # Capitals-only spans are headlines or chrome, except a dateline's place ("FRISCO —").
        if (
            is_line_start(body, start, text.lines)
            and _DATELINE_END.match(body, m.end())
            and not _label_in_capitals(span, body, m.end())
        ):
            return [Mention(name_case(span), "place", "dateline", span, True)]
        if len([w for w in span.split() if not IS_NUMBER.fullmatch(w)]) > 1:
            return []
    if facts[2]:  # `holds_a_code`
        return []  # "AP Photo QRX101", "Acme ZX1708A High Definition Audio": a photo's or a model's code
    # (A test below that needs a shape the span lacks is not asked: a space, a letter after a space
    # or a hyphen at its end, a possessive before a space.)
    several = " " in span
    if (
        several
        and (not at_start or QUOTATION_CLOSES.match(body, m.end()))
        and opens_a_title(body, span, start, text.registry)
    ):
        return []  # 'the album "In Bloom"': a work's title; "Bloom" alone is a fragment, no name
    if upper and body[m.end() : m.end() + 1] == "$":
        return []  # "US$20,000", "NZ$5": a currency's sign, not a mention of the country
    # (The pattern ends in a hyphenated word and a space: most spans have no hyphen right before them.)
    hyphen = body[start - 1 : start] == " " and body.find("-", max(0, start - 24), start) >= 0
    compound = COMPOUND_BEFORE.search(body, max(0, start - 24), start) if hyphen else None
    if (
        compound
        and " " in span
        and is_compound_fragment(body, compound.start() + len(compound.group(1)), text.registry)
    ):
        # "the Blu-ray Disc Association": the compound word opens the body's name ("Blu-ray DVDs" is none)
        start, span = compound.start(), body[compound.start() : m.end()]
    if at_start and opens_imperative(text, span, m.end()):
        return []  # "Post a comment", "Read the full story": a verb telling the reader what to do
    if span[-2:-1] in (" ", "-") and is_lettered_kind(text, span):
        return []  # "Wireless G", "Wireless-N", "Plan B": an everyday word and a grade's letter
    if at_start and opens_before_count(text, span, m.end()):
        return []  # "• Completed 77 per cent of his passes": a verb opening a list item, then a count
    if several and (rest := predicate_role(text, span, start, m.end())) is not None:
        if not rest:
            return []  # "he was still a Member of Parliament.": a role said of someone, no name
        start, span, at_start, several = start + len(span) - len(rest), rest, False, " " in rest
    if "-" in span and (pair := hyphened_names(text, span, m.end())):
        # "the Mulroney-Schreiber probe": two names made one modifier, each read as a span of its own
        return [x for side in pair for _, found in read_parts(text, side, False) for x in found]
    outlet = _outlet_named(text, span, start, at_start)
    if outlet:
        return [outlet]
    if not at_start and not several and is_adjective(body, span, m.end()):
        return []  # "the Siberian tiger", "Marxist ideology": an adjective before its noun
    if _after_a_vessel_word(body, start):
        return [Mention(without_possessive(span), "other", "vessel", "", at_start)]
    if (not several or span[:4] == "The " and " " not in span[4:]) and _namesake_body(text, span, start, m.end()):
        return []  # "the Clinton foundation": a surname lent to a body, no mention of the person
    if several and (closes_compound(span, body, m.end()) or opens_appeal(text, span, m.end())):
        span = span.rsplit(None, 1)[0]  # "the NASA Web site": "Web" is the website's, not NASA's
    words = span.split()
    if body[start - 4 : start] == "the " and _is_royal_name(words):
        # "the Queen Victoria", "the King George V": a ship, a pub or a hall named for a monarch,
        # not the monarch ("Queen Victoria" has no article).
        return [Mention(without_possessive(span), "other", "named for a monarch", "", at_start)]
    if body[start - 4 : start] == "the " and _is_officer_s_name(words):
        # "the Admiral Kuznetsov", "the General Belgrano": a ship named for a commander, no one a
        # rank names ("Admiral Kuznetsov" has no article), so no other file's Sergei Kuznetsov
        return [Mention(without_possessive(span), "other", "named for a commander", "", at_start)]
    if words[-1].lower() in STREET_WORDS and (
        IS_NUMBER.fullmatch(words[0]) or _HOUSE_NUMBER.search(body, max(0, start - 12), start)
    ):
        return []  # "7001 Gulf Highway": an address
    if is_town_of(body, span, start, text.registry):
        return [Mention(span, "place", "town of", "", at_start)]
    if len(words) >= 3 and body[start - 1 : start] == " " and _ROLE_BEFORE.search(body, max(0, start - 8), start):
        if (
            starts_person(words[1:])
            and not is_first_name(words[0])
            and not text.registry.canonical(span)
            and not is_place(" ".join(words[:2]))  # "former New York Mets": a place's first word
        ):
            span = span.partition(" ")[2]  # "former Husky Scott Burrell": a team's man, then his name
            start += len(words[0]) + 1
    if several and body[start - 2 : start - 1] == "," and _PERSON_AND_COMMA.search(body, max(0, start - 60), start):
        role = role_of_a_person(span.split(), text.lowercase, text.elsewhere)
        if role is not None:  # "Jane Doe, Mozilla Vice President of Products": the firm and the body
            # each side read as any span is, split at its "and" ("of Journey and Flower": two names)
            return [m for side in role if side for _, found in read_parts(text, " ".join(side), False) for m in found]
    if at_start and inner_noun_written_inside(text, span):
        at_start = False  # "Top Gear returns." where the text writes "fans of Top Gear": no opener
    if at_start and fused_opener(text, span):
        rest = span.split(None, 1)[1]  # "Senior NASA managers": the sentence's first word, then a name
        start, span, at_start = start + len(span) - len(rest), rest, False
    if "s " in span and owned_word_title(text, span, start + len(span), at_start):
        return []  # "Quill's Rest": one name's two halves, neither a name alone
    if len(words) >= 2 and _named_for_a_weekday(body, words, start, m.end()):
        return [Mention(without_possessive(span), "organization", "place and weekday", "", at_start)]
    event = _EVENT_NOUN_AFTER.match(body, m.end())
    found = []
    place = place_before_given_name(text, span, start)
    pieces = (
        [(place, at_start), (span[len(place) + 1 :], False)]
        if place
        else sentences_of(span, at_start, _surnames_written(text) if ". " in span else ())
    )
    for piece, opens in pieces:
        parts = read_parts(text, piece, opens)
        owned = _owned_parts(text, span, start, [part for part, _ in parts], opens) if len(parts) > 2 else ()
        for i, (part, mentions) in enumerate(parts):
            if i in owned:
                continue  # "Muriel's Wedding and Little Miss Sunshine": a title's two halves, no name alone
            for mention in mentions:
                if " " in mention.text and written_as_common_noun(text, mention.text):
                    continue  # "Digital Media" where the text writes "digital media": a label's capitals
                if event and span.endswith(part) and mention.cue in ("capitalised span", "single word"):
                    mention = Mention(f"{mention.text} {event.group(1)}", "event", "event word", "", mention.start)
                found.append(mention)
    type_by_cues(body, span, start, found)
    if (
        len(found) == 1
        and " " in (found[0].full or found[0].text)
        and introduced_as_relative(body, start, start + len(span))
    ):
        # "His mother, Jane Doe, says", "his brother, Mullah Doe,": see `dossier.people`
        found[0] = replace(found[0], relative=True)
    if len(found) == 1 and (name := known_as(body, start, start + len(span))) and name != found[0].text:
        found[0] = replace(found[0], known_as=name)  # "X, known as Y": see `dossier.namevariants`
    if found and body[m.end() : m.end() + 1] == "," and (gen := _GENERATION_AFTER.match(body, m.end())):
        last = found[-1]
        words = last.text.split()
        if (
            len(words) > 1
            and span.endswith(last.text)
            and is_person_like(words)
            and (last.type == "person" or is_first_name(words[0]))
        ):
            # "Harlan Pettigrew, Jr.": the son, not his father Harlan Pettigrew (see `dossier.people`)
            written = body[m.end() - len(last.text) : gen.end(1)]
            found[-1] = replace(last, text=f"{last.text} {gen.group(1)}", type="person", full=written)
    return found


def _owned_parts(text: Text, span: str, start: int, parts: list[str], opens: bool) -> set[int]:
    """Return the indexes of the parts of a span of three parts or more (split at a possessive and
    an "and") that are an owner and its word making one title (`owned_word_title`: "Muriel's" and
    "Wedding" in "Muriel's Wedding and Little Miss Sunshine"), each pair read where it ends in the
    span (its first place there)."""
    found: set[int] = set()
    for i, (owner, word) in enumerate(zip(parts, parts[1:], strict=False)):
        pair = f"{owner} {word}"
        at = span.find(pair) if owner[-2:] in ("'s", "’s") else -1
        if at >= 0 and owned_word_title(text, pair, start + at + len(pair), opens and at == 0):
            found.update((i, i + 1))
    return found


#: A generation after a comma that closes a person's name ("Harlan Pettigrew, Jr.", ", III"),
#: then no more of a word.
_GENERATION_AFTER = re.compile(r",[ \t]*(Jr|Sr|II|III|IV)\b\.?(?![\w'’-])")


def _namesake_body(text: Text, span: str, start: int, end: int) -> bool:
    """Tell one word lent to a body named after it ("the Clinton foundation", see
    `lent_to_a_body`): the surname is the body's modifier; a large place ("the Chicago campaign")
    and a body the registry knows ("the Reuters foundation") are named there."""
    if span[:4] == "The ":  # the sentence's "The" in the span: "The Bush administration said"
        start, span = start + 4, span[4:]
    if not lent_to_a_body(text.body, start, end):
        return False
    known = text.registry.canonical(span)
    return span not in major_places() and (known is None or text.registry.entities[known].type == "person")


def _surnames_written(text: Text) -> set[str]:
    """Return the last words of the text's spans that open with a given name ("Okafor" of "Jane
    Okafor"): the surnames a lone initial may open ("J. Okafor", see `sentences_of`). Read once a text."""
    if "surnames" not in text.pairs:
        spans = (s.split() for s in text.elsewhere if " " in s)
        text.pairs["surnames"] = {w[-1] for w in spans if is_first_name(w[0]) and w[-1][0].isupper()}
    return text.pairs["surnames"]


def _is_royal_name(words: list[str]) -> bool:
    """Tell a monarch's title and given name ("Queen Mary", "King George V")."""
    return len(words) >= 2 and words[0].lower() in _MONARCHS and is_first_name(without_possessive(words[1]))


_MONARCHS = frozenset({"queen", "king", "emperor", "empress", "tsar", "czar"})


def _is_officer_s_name(words: list[str]) -> bool:
    """Tell a commander's rank and a name after it ("Admiral Kuznetsov", "General Belgrano"); not
    a rank and an everyday word ("General Assembly", "General Motors")."""
    return len(words) >= 2 and words[0].lower() in _COMMANDERS and not in_dictionary(without_possessive(words[1]))


_COMMANDERS = frozenset({"admiral", "general", "marshal"})


def _outlet_named(text: Text, span: str, start: int, at_start: bool = False) -> Mention | None:
    """Read "the Guardian said", "The Times reported": an outlet whose name is one ordinary word,
    after "the" and before what may follow an outlet's name (a verb of reporting, a preposition,
    punctuation); not "the Australian team", "the Independent candidate". An outlet named by a
    people's word ("The Australian") only with "The" capitalised inside a sentence ("told The
    Australian") or before what only a paper does ("reported", "newspaper"): "the Australian said"
    is a player as often."""
    last = span.rpartition(" ")[2]
    if last[-2:] in ("'s", "’s"):
        last = last[:-2]
    outlet = text.registry.outlet_words.get(last)
    if outlet is None or span.count(" ") > 1:
        return None
    words, word = span.split(), last
    the = words[0] == "The" and len(words) == 2 or len(words) == 1 and text.body[max(0, start - 4) : start] == "the "
    if not the:
        return None
    end = start + len(span)
    if is_demonym(word) and not (len(words) == 2 and not at_start or _AFTER_PAPER.match(text.body, end)):
        return None
    if span.endswith(("'s", "’s")) or _AFTER_OUTLET.match(text.body, end):
        return Mention(word, "organization", f"outlet {outlet}", span if len(words) == 2 else "")
    return None


# What follows only a paper's name: a verb of publishing, the noun of a paper.
_AFTER_PAPER = re.compile(r"\s+(?:reported|reports|published|publishes|newspaper|paper|daily|weekly|editorial)\b")

# What follows an outlet's name: punctuation, a possessive, a verb of reporting, a preposition.
_AFTER_OUTLET = re.compile(
    r"\s*(?:[,.;:!?)\"”]|$)|['’]s\b|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|revealed|"
    r"published|added|noted|claimed|newspaper|paper|daily|weekly|magazine|website|editorial|report|story|"
    r"article|interview|on|in|at|last|this|that|and|or|as|which|who|has|had|was|is|first|also|earlier|later)\b"
)


def _without_headings(text: str) -> str:
    """Blank out Title Case lines (headlines, subheadings), Title Case cells of a line (a headline
    in a table row, before a tab) and the short cells of a table row ("| Birdies | 17 | T5 |"):
    labels and headings, not prose, where every word may be capitalised, names or not."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if is_title_case(line) or (
            "](" in line and _title_case_around_links(line, lines[i + 1] if i + 1 < len(lines) else "")
        ):
            lines[i] = ""
        elif has_cell_break(line):
            cells = CELL_BREAK.split(line)
            row = line.count("|") >= 2 and len(cells) >= 3
            if row or any(is_title_case(c) for c in cells):
                lines[i] = "\t".join("" if is_title_case(c) or (row and is_label(c)) else c for c in cells)
    return "\n".join(lines)


def _title_case_around_links(line: str, following: str) -> bool:
    """Tell a Title Case line whose links' addresses hide it ("Jane Roe, Chief Editor,
    [Acme](http://acme.example/)": a card's label, read as a reader sees it), with words of its own
    outside them: a line that is one link ("[**Roe's Antique Mall**](http://...)") may be a
    post's subheading naming what the post is about. Not a piece of a hard-wrapped sentence: one
    that opens in lowercase, closes with a comma or goes on in lowercase on the next line ("the
    [United Nations Office on Drugs and Crime](http://...),"); nor a line with a figure, a
    comment's signature and its stamp ("[2](#comment-2) Jane Roe 07.15.12 at 12:58")."""
    seen = visible_text(line).strip()
    if not seen or seen[0].islower() or seen.endswith(",") or following.lstrip()[:1].islower():
        return False
    if any(c.isdigit() for c in seen):
        return False  # a stamp's line signs a comment or a post: its name is read there (`signed_names`)
    return any(c.isalpha() for c in without_links(without_images(line), False)) and is_title_case(seen)


def _in_chrome(chrome: Chrome, lines: Separators, pos: int) -> bool:
    """Whether a name at `pos` sits in chrome (a short line, a credit, a menu, a side cell, a call
    to action, a run of links) or where no reader sees it (an image's alt text, a link's title): it
    is then no mention in prose."""
    return (
        not chrome.on_prose_line(pos)
        or chrome.in_credit(pos)
        or chrome.in_menu(pos)
        or chrome.in_side_cell(pos)
        or chrome.in_call_to_action(pos)
        or lines.block_start(pos) in chrome.link_runs
        or chrome.in_hidden_text(pos)
    )


def _with_prose_verdicts(placed: list[tuple[int, Mention]], chrome: Chrome, lines: Separators) -> list[Mention]:
    """Return the mentions found, in order, each told whether it is in prose by where it is (see
    `_in_chrome`): the one check every path that reads a name passes (a span, a town and its
    region, a claimed phrase, a quoted title, an acronym's definition...), so that a name found
    only in chrome gets no entry (`entities._keep`). Each place is judged once, each line once where
    the line decides for every place on it (`_line_verdict`)."""
    chrome_at: dict[int, bool] = {}
    line_at: dict[int, bool | None] = {}  # by a line's start
    found = []
    for pos, mention in placed:
        verdict = chrome_at.get(pos)
        if verdict is None:
            start = lines.block_start(pos)
            if start not in line_at:
                line_at[start] = _line_verdict(chrome, lines, start)
            verdict = line_at[start]
            if verdict is None:
                verdict = _in_chrome(chrome, lines, pos)
            chrome_at[pos] = verdict
        found.append(replace(mention, prose=False) if verdict else mention)
    return found


def _line_verdict(chrome: Chrome, lines: Separators, start: int) -> bool | None:
    """Return `_in_chrome`'s answer for every place on the line from `start` where the line alone
    gives it: True on a line of chrome or of a run of links, False on a line of prose with no
    place the other questions may say yes of (`Chrome.plain_line`); None where each place is asked."""
    if not chrome.on_prose_line(start) or start in chrome.link_runs:
        return True
    return False if chrome.plain_line(start) else None


# A brand written with one lowercase prefix letter before a capitalised word or a two-letter
# acronym ("iPhone", "eBay", "iTunes", "iOS"): no capitalised span holds it, and no sentence's
# capital makes it. Not a unit ("mAh", "kWh": one lowercase letter after the capital), not a
# prefixed acronym of three capitals or more ("mRNA"), not glued to a path or an address; its
# possessive is its ("the iPod's battery").
_PREFIXED_BRAND = re.compile(
    r"(?<![\w'’@#/.=<&-])[a-z](?:[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*|[A-Z]{2})(?!['’](?!s\b)|[\w@/-]|\.\w)"
)


# A capital after a lowercase letter: a match of `_PREFIXED_BRAND` may start one place before it.
# The capital first, then the look back: the search looks for a capital, rarer than a lowercase
# letter, and tries the rest at fewer places (half the time of "[a-z][A-Z]" on the benchmark's
# sources, which hold no such pair and are read to their end); the first pair found is the same.
_CAPITAL_AFTER_LOWER = re.compile(r"[A-Z](?<=[a-z].)")


def first_brand_start(body: str) -> int | None:
    """Where the first lowercase letter before a capital is (`_PREFIXED_BRAND` matches none before
    it), or None."""
    pair = _CAPITAL_AFTER_LOWER.search(body)
    return pair.start() - 1 if pair else None


# A figure before a word: the word is its unit ("65 dBA", "3 kWh"), no brand.
_FIGURE_BEFORE = re.compile(r"\d[ \t]?$")


# A copyright sign and its years before a word: the word is the notice's owner ("© 2007 - 2008 -
# eSite"), the page's publisher, not a brand the story names.
_NOTICE_BEFORE = re.compile(r"(?:©|\([cC]\)|\b[Cc]opyright)[ \t\d,–—-]*$")


#: How far before a prefixed brand a copyright notice is looked for: a sign and two years.
NOTICE_MAX_CHARS = 40


def _prefixed_brands(body: str, registry: Registry) -> list[tuple[int, Mention]]:
    """Read the brands written with a lowercase prefix letter ("iPhone", "eBay"): a product, or
    what the registry knows it as; each with where it starts."""
    found: list[tuple[int, Mention]] = []
    # (A match opens with a lowercase letter before a capital: the pattern is tried from the first
    # such pair, the quick test of two letters, not its look back at every character; most texts
    # have none. The same matches: none starts before it, and the look back still reads the text.)
    first = first_brand_start(body)
    for m in _PREFIXED_BRAND.finditer(body, first) if first is not None else ():
        if (
            _FIGURE_BEFORE.search(body, max(0, m.start() - 2), m.start())
            or _NOTICE_BEFORE.search(body, max(0, m.start() - NOTICE_MAX_CHARS), m.start())
            or in_an_address(body, m.start())
        ):
            continue
        known = registry.canonical(m.group(0))
        kind = registry.entities[known].type if known else "other"
        found.append((m.start(), Mention(m.group(0), kind, "prefixed brand")))
    return found
