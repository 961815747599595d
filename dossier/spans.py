"""Read the names in one capitalised span of text: where it splits into two names, which title
opens it, which words around it are not part of it, and what type of name it is.

`read_span` is the second half of discovery (`dossier.discovery` finds the spans): "Syria's
President Bashar al-Assad" reads as the place Syria and the person Bashar al-Assad (with the
title kept), "Russia and Syria" as two places, "Department of Wildlife and Fisheries" as one
organisation, "The" at a sentence's start or "on Monday" at the end as no part of a name.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .dates import MONTH_NAME
from .gazetteer import country_names, is_place, major_cities, major_places, region_abbreviated, regions, us_states
from .lexicon import (
    CLUB_WORDS,
    COMMON,
    COMPANY_WORDS,
    COUNTERS,
    DIRECTIONS,
    EVENT_HEADS,
    EVENT_WORDS,
    GENERATIONS,
    GROUP_WORDS,
    HEAD_WORDS,
    HONORIFICS,
    INNER_NAME_NOUNS,
    IS_NUMBER,
    NAME_ENDS,
    NAME_NOUNS,
    NAMES_ALONE,
    NICKNAME_STEM_MIN_COUNT,
    NOBLE_TITLES,
    NOT_ALONE,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_SUFFIXES,
    PLACE_WORDS,
    ROLE_POSSESSORS,
    SMALL_WORDS,
    SUBUNITS,
    TITLE_MODIFIERS,
    TITLES,
    TRAILING,
    UNIT_WORDS,
    VENUE_ENDS,
    VENUE_WORDS,
    demonym_phrases,
    first_names,
    frequent_words,
    in_dictionary,
    is_demonym,
    is_first_name,
    is_follower,
    is_legal_form,
    is_person_like,
)
from .model import Mention
from .registry import Registry
from .spanpatterns import NOT_INITIALS

#: A capitalised span of more words than this is a headline or a run of chrome, not a name (the
#: longest in the seeds, the tuning corpus and 300 benchmark sources has 9 words, two names joined
#: by "and"). Reading one costs the square of its words, and a scraped page may hold a run of
#: thousands: it is not read at all. Names in lists and acronym definitions are bounded the same way.
MAX_SPAN_WORDS = 20

#: A possessive ending ("Russia's", "Reuters'").
POSSESSIVE = re.compile(r"['’]s?$")
# The last characters a name that POSSESSIVE matches may have ("$" matches before a closing line break).
_POSSESSIVE_LAST = ("'", "’", "s", "\n")
#: A saint's possessive, part of a name ("St. Paul's Cathedral", "St Mary's", "Saint John's").
_SAINTS = re.compile(r"(?:^| )(?:St|Ste|Saint)\.? [A-Z][\w-]*['’]s?$")
_POSSESSIVE_SPLIT = re.compile(r"(?<=['’]s|s['’])[ \t]+")
_HYPHEN_PAIR = re.compile(r"[a-zA-Z]-[A-Z]")  # "Post-ABC", "Delhi-Lahore"
_SPLIT_POINT = re.compile(r"['’]s[ \t]|s['’][ \t]| (?:and|&|for|of) ")
_SCORE = re.compile(r"\d{1,2}-\d{1,2}")  # "Arsenal 3-1"
_CONTRACTION = re.compile(r"['’](?:d|m|ve|ll|re|t)$")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "K.J." in "K.J. Choi"
# Two or three initials glued to the name after them, as papers in India write them
# ("V.P.Ramakrishna Pillai", "P.K.Divakaran"): a person's initials and name, no body's full stops.
# (One letter glued is as often a place's or a brand's abbreviation, "N.Korea", "J.Crew", or a
# sentence run into the next.)
_GLUED_INITIALS = re.compile(r"((?:[A-Z]\.){2,3})([A-Z][a-z]+)")
#: A capitalised word with a participle's or an adverb's ending ("Struggling", "Reported", "Only").
INFLECTED = re.compile(r"[A-Z][a-z]+(?:ing|ed|ly)")
_MONTH = re.compile(MONTH_NAME, re.I)  # "May", "March": common words that are also names
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})(?<=[IVX]{2})")  # "XII", "IV"; not "I", a word
#: Words that open no person's name or other name when they open a sentence: a head word, a direction,
#: a title, an event's head (joined once here, not on every test).
_NO_NAME_OPENERS = HEAD_WORDS | DIRECTIONS | TITLES | EVENT_HEADS


def without_possessive(name: str) -> str:
    """Drop a possessive ending ("Russia's" -> "Russia"), not a saint's ("St. John's" stays)."""
    if name[-1:] not in _POSSESSIVE_LAST:
        return name  # no possessive ends it (most names): neither pattern is tried
    return name if _SAINTS.search(name) else POSSESSIVE.sub("", name)


def _not_a_name(phrase: str) -> bool:
    """Tell a phrase of the not-names table (a day, a disease: "New Year's Eve"), whichever
    apostrophe it is written with ("New Year’s Eve")."""
    return phrase.lower().replace("’", "'") in NOT_NAMES


def split_span(span: str, registry: Registry, lowercase: set[str], elsewhere: Collection[str] = ()) -> list[str]:
    """Split a span that holds two names: after a possessive, at "and"/"&"/"for" between names, at a
    hyphen between two known names ("Washington Post-ABC News", "Delhi-Lahore"). `elsewhere` holds
    the text's other spans: "Leggett and Platt" is one name where the text writes "Leggett & Platt"."""
    if registry.canonical(span):
        return [span]
    words = span.split()
    half = len(words) // 2
    if half >= 2 and words[:half] == words[half:]:
        return [" ".join(words[:half])] * 2  # "John Hawkins John Hawkins": a name written twice
    pair = _HYPHEN_PAIR.search(span)
    if pair and not is_place(span):
        left, right = span[: pair.start() + 1], span[pair.end() - 1 :]
        name = left.split()
        while len(name) > 1 and name[0].lower() in COMMON:
            name = name[1:]  # "A Washington Post-ABC News poll"
        if all(registry.canonical(side) or is_place(side) for side in (" ".join(name), right)):
            return [
                *split_span(left, registry, lowercase, elsewhere),
                *split_span(right, registry, lowercase, elsewhere),
            ]
    if not _SPLIT_POINT.search(span):
        return [span]
    parts: list[str] = []
    for piece in _POSSESSIVE_SPLIT.split(span):
        if parts and (
            POSSESSIVE.sub("", parts[-1].split()[-1]).lower() in ROLE_POSSESSORS
            or _SAINTS.search(parts[-1])
            or _not_a_name(f"{parts[-1]} {piece.split()[0]}")
        ):
            # "Sheriff's Office", "St. Paul's Cathedral" are one name; "New Year's Eve" one day
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [
        " ".join(words) for part in parts for words in _split_connectors(part.split(), registry, lowercase, elsewhere)
    ]


def _split_connectors(
    words: list[str], registry: Registry, lowercase: set[str], elsewhere: Collection[str] = ()
) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        person = _after_titles(segments[-1])  # "Pastor Tom Keel of ...": the person after the title
        if (
            word == "of"
            and person
            and (is_person_name(person) or _given_name_first(person))
            and (
                is_first_name(person[0])
                or (_is_known(_until_connector(words[i + 1 :]), registry) and person[0].lower() not in lowercase)
            )
            and (
                _is_body(_until_connector(words[i + 1 :]), registry)
                or (is_first_name(person[0]) and _names_a_body(_until_connector(words[i + 1 :])))
            )
        ) or (word == "of" and _club_of_a_league(segments[-1], words[i + 1 :], registry)):
            # "Rahul Gandhi of the Indian National Congress", "Teimour Radjabov of Azerbaijan": a
            # person, then a body or a place; "Winnipeg of the American Hockey League": a club, then
            # its league
            segments.append([])
            i += 1 + (words[i + 1] == "the")
            continue
        if word in ("and", "&", "for") and segments[-1] and i + 1 < len(words):
            j = i + 1 + (words[i + 1] == "the")
            k = j
            while k < len(words) and words[k] not in ("and", "&", "for"):
                k += 1
            right = words[j:k]
            if right and not (
                _joins(segments[-1], right, word, words[i + 1] == "the", registry, lowercase)
                or (word == "and" and _written_with_ampersand(segments[-1], right, elsewhere))
            ):
                segments.append([])
                i = j
                continue
        segments[-1].append(word)
        i += 1
    return [s for s in segments if s]


def _after_titles(words: list[str]) -> list[str]:
    """Return a segment's words after the titles that open it ("Minister", "Rev."): where the
    segment holds no other word, the segment itself."""
    k = 0
    while k < len(words) - 1 and words[k].lower() in TITLES:
        k += 1
    return words[k:]


def _club_of_a_league(club: list[str], after: list[str], registry: Registry) -> bool:
    """Tell a place or a club ("Winnipeg", "Oshawa Generals") "of the" body it plays in (a body's
    name or an acronym after "the": "of the American Hockey League", "of the OHL"): two names; a
    place opens no name of the kind "X of the Y"."""
    after = _until_connector(after)
    return (
        bool(club)
        and after[:1] == ["the"]
        and (is_place(" ".join(club)) or is_team(club))
        and (_is_body(after, registry) or _names_a_body(after))
    )


def _kin_of_person(words: list[str]) -> bool:
    """Tell an everyday noun, capitalised only because it opens the sentence, then "of" and a
    person's name ("Relatives of Jane Doe", "Friends of John Smith said"): the people around the
    person, no name of their own; the name is the person's alone (issue 14: a span never crosses
    a role construction). Not a body's, a place's, a title's, an event's or a noble's word ("Bank
    of ...", "Gulf of ...", "Duke of ..."), nor a given name ("Paul of ...")."""
    first = words[0]
    return (
        len(words) >= 4
        and words[1] == "of"
        and first.istitle()
        and in_dictionary(first)
        and not is_first_name(first)
        and first.lower() not in _NO_NAME_OPENERS
        and first.lower() not in PLACE_HEADS
        and first.lower() not in NOBLE_TITLES
        and first.lower() not in ORG_WORDS
        and starts_person(words[2:])
    )


def _given_name_first(words: list[str]) -> bool:
    """Tell a person's name that opens with a given name whose surname is also a place's or a
    title's word ("Florent Serra", "John King"), not a title ("General Manager", "Vice President")."""
    return starts_person(words) and words[0].lower() not in TITLES and words[0].lower() not in TITLE_MODIFIERS


def _until_connector(words: list[str]) -> list[str]:
    """Return the words up to the next "and" or "&": "Norway" of "Norway and Teimour Radjabov";
    without a result's score after them ("of Argentina 6-2": the score is no part of the name) or
    a possessive closing them ("of NASA's": a possessive split the span there)."""
    for i, word in enumerate(words):
        if word in ("and", "&"):
            words = words[:i]
            break
    while len(words) > 1 and _SCORE.fullmatch(words[-1]):
        words = words[:-1]
    return [*words[:-1], without_possessive(words[-1])] if words else words  # "of NASA's Goddard Center"


_NOT_IN_A_PERSONS_NAME = COMMON | COMPANY_WORDS | TITLES


def is_person_name(words: list[str]) -> bool:
    """Tell whether two or three words may be a person's whole name: names, no common word, head
    word, title or place among them ("Teimour Radjabov"; not "National Stock Exchange")."""
    return (
        2 <= len(words) <= 3
        and is_person_like(words)
        and not any(w.lower() in _NOT_IN_A_PERSONS_NAME or is_demonym(w) for w in words)
        and not is_place(" ".join(words))
        and not is_place(words[-1])  # "Public Health Scotland"
    )


def _is_known(words: list[str], registry: Registry) -> bool:
    """Tell whether words (after an optional "the") are a known name or a place."""
    name = " ".join(words[1:] if words[:1] == ["the"] else words)
    return bool(registry.canonical(name)) or is_place(name)


def _names_a_body(words: list[str]) -> bool:
    """Tell the words after a person's name and "of" that can only name what the person belongs
    to: a name after "the" ("Jane Doe of the Ritz"), or an acronym ("Jane Doe of BET")."""
    return len(words) >= 2 and words[0] == "the" or len(words) == 1 and _ACRONYM.fullmatch(words[0]) is not None


def _is_body(words: list[str], registry: Registry) -> bool:
    """Tell whether words after "of" name an organisation or a place ("of the Indian National Congress")."""
    words = words[1:] if words[:1] == ["the"] else words
    name = " ".join(words)
    return bool(words) and (bool(registry.canonical(name)) or is_place(name) or words[-1].lower() in HEAD_WORDS)


def _joins(
    left: list[str], right: list[str], connector: str, the: bool, registry: Registry, lowercase: set[str]
) -> bool:
    """Tell whether "left <connector> right" is one name ("Securities and Exchange Commission")."""

    def head(w: str) -> bool:
        return w.lower() in HEAD_WORDS

    left_name, right_name = " ".join(left), " ".join(right)
    if registry.canonical(left_name) and registry.canonical(right_name):
        return False
    left_ends, right_ends = head(left[-1]), head(right[-1])
    if connector == "and" and (starts_person(right) or (len(left) == 1 and _ACRONYM.fullmatch(left[0]))):
        return False  # "the Cup of Nations and Andriy Shevchenko", "NAACP and National Urban League"
    if connector == "&":
        return not (left_ends and right_ends)
    if connector == "for":
        return any(head(w) for w in left)
    if left_ends and right_ends:
        return False  # "Creighton Valley Road and the Mabel Lake Road"
    if (
        len(left) == 1
        and left[0].lower() in lowercase
        and not the
        and not is_place(right_name)
        and not registry.canonical(right_name)
        and not (len(right) == 1 and _ACRONYM.fullmatch(right[0]))  # "rivals Verizon Wireless and AT&T"
    ):
        return True  # "Environment and Climate Change Canada": "environment" alone names nothing
    if right_ends:  # "Securities and Exchange Commission", not "Russia and the European Union"
        return (
            not the
            and not is_place(left_name)
            and not _part_of_a_place(left)  # "Western Michigan and Morehead State"
            and not _coined_name(left)  # "Google and Kestrel Technologies"
            and not registry.canonical(left_name)
            and not (is_first_name(left[0]) and not is_place(left[-1]))  # "Sarah and the X Commission"
        )
    # "Department of Wildlife and Fisheries", "Ministry of Infrastructure and Housing", "Institute
    # for Public and Environmental Affairs"
    return not the and any(head(w) for w in left[:-1]) and ("of" in left or "for" in left) and not is_place(right_name)


def _written_with_ampersand(left: list[str], right: list[str], elsewhere: Collection[str]) -> bool:
    """Tell "Leggett and Platt" where the text also writes "Leggett & Platt" (or "Leggett & Platt's"):
    one name, a firm's, that the text spells both ways."""
    name = f"{' '.join(left)} & {' '.join(right)}"
    return any(f"{name}{end}" in elsewhere for end in ("", "'s", "’s"))


def _coined_name(words: list[str]) -> bool:
    """Tell one word that no dictionary holds, capitalised as a name ("Google", "Firefox"): a name
    of its own, not a word of a longer body's name the way "Securities" is of "Securities and
    Exchange Commission"."""
    return len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() and not in_dictionary(words[0])


def read_span(
    span: str, at_start: bool, lowercase: set[str], registry: Registry, elsewhere: Collection[str] = ()
) -> list[Mention]:
    """Read one name (or a title and a name, or a place and a name) from a capitalised span."""
    if " " not in span:
        return _read_word(span, at_start, lowercase, registry)
    words = span.split()
    if words and IS_NUMBER.fullmatch(words[0]) and words[-1].lower() not in UNIT_WORDS:
        words = words[1:]  # "2019 Paul Marchetti": the year is not part of the name
    # A sentence-initial common word is not part of the name ("The", "In", "However"), nor a
    # capitalised word before a first name ("Incumbent Jenny Albers") or a connector ("Residents of").
    while words and (
        (words[0].lower() in COMMON and (words[0].lower() not in NAME_NOUNS or len(words) == 1) and not _month_given_name(words, lowercase)
            and not _opens_name_inside_sentence(words, at_start))
        or (at_start and len(words) >= 3 and words[1] in ("of", "for") and words[0].lower() not in HEAD_WORDS
            and not is_first_name(words[0]) and written_elsewhere(words[2 + (words[2] == "the") :], elsewhere))
        or (at_start and _kin_of_person(words))
        or (at_start and words[0].lower() in lowercase and (len(words) == 1 or starts_person(words[1:])
            or (words[1] in SMALL_WORDS and words[0].lower() not in HEAD_WORDS)))
        # "Struggling Derby say", "Using Mercurial": a participle or an adverb the text writes in
        # lowercase opens the sentence before a name the text writes alone elsewhere; not "Real Madrid"
        or (at_start and len(words) == 2 and INFLECTED.fullmatch(words[0]) and words[0].lower() in lowercase
            and not is_first_name(words[0])
            and words[1] in elsewhere and words[1].lower() not in HEAD_WORDS and not is_place(" ".join(words)))
        or (at_start and _opens_before_name(words, lowercase, elsewhere))
        or (at_start and len(words) >= 3 and starts_person(words[1:]) and not is_first_name(words[0])
            and words[0].lower() not in HEAD_WORDS and words[0].lower() not in TITLES and not is_place(words[0])
            and not is_place(" ".join(words[:2])))  # "New York City": the first word opens a place
        # "Head of the Transit Security Bureau": a role, then the body it is a role in
        or (len(words) >= 3 and _is_role(words[0]) and words[1] == "of" and words[-1].lower() in HEAD_WORDS)
    ) and registry.canonical(" ".join(words)) is None:  # fmt: skip
        words = words[1:]
        at_start = False
    if len(words) >= 2 and is_demonym(words[0]) and (any(c.isdigit() for c in words[1]) or starts_person(words[1:])):
        words = words[1:]  # "Russian T-90", "Syrian Bashar al-Assad": an adjective of origin
    while words and (
        (words[-1].lower() in TRAILING and not _month_surname(words))
        or words[-1] == "&"
        or _CONTRACTION.search(words[-1])  # "joining Fulham I'd be": the speaker, no part of a name
        # "Lahore Muslims"; not "Andrew French"
        or (len(words) > 1 and is_demonym(words[-1]) and (words[-1][-1] == "s" or not is_first_name(words[-2]))
            and not _club_of_a_place(words))
        or (IS_NUMBER.fullmatch(words[-1]) and (len(words) == 1 or (words[-2].lower() in COMMON or words[-2].lower() in COUNTERS)))
        or _SCORE.fullmatch(words[-1])
        or (len(words) > 1 and is_plural_term(words[-1]))  # "Samsung TVs", "Roth IRAs": a kind of thing
    ) and registry.canonical(" ".join(words)) is None:  # fmt: skip
        cut = 2 if IS_NUMBER.fullmatch(words[-1]) and len(words) > 1 and not _SCORE.fullmatch(words[-1]) else 1
        words = words[:-cut]
    if "By" in words[1:-2] and _byline(words[words.index("By", 1) + 1 :]):
        # "Spurs By John Ley": a headline's last words, then its byline on the same line
        by = words.index("By", 1)
        return [
            *read_span(" ".join(words[:by]), at_start, lowercase, registry, elsewhere),
            *read_span(" ".join(words[by + 1 :]), False, lowercase, registry, elsewhere),
        ]
    if (
        len(words) >= 4
        and IS_NUMBER.fullmatch(words[-1])
        and words[-2].lower() in SUBUNITS
        and words[-3].lower() in ORG_WORDS
    ):
        words = words[:-2]  # "Reno Municipal Court Department 1" is the court
    if not words:
        return []
    if len(words) >= 3 and words[-1].isupper() and words[-1].lower() in TITLES and starts_person(words[:-1]):
        words = words[:-1]  # "Tom Watson MP": a title in capitals after the name
    span = " ".join(words)
    if (
        (words[-1].lower() in TITLES and not _title_surname(words) and not _closing_title_surname(words))
        or span.lower() in TITLES
        or _is_titles_in_capitals(words[-1])
        or _is_plural_title(span.lower())
    ):
        # A bare title ("Russian Foreign Minister") names nobody by itself; an outlet's may name
        # the outlet ("AP Golf Writer").
        for k in range(len(words) - 1, 0, -1):
            known = registry.canonical(" ".join(words[:k]))
            if known and registry.entities[known].type == "organization":
                return [Mention(" ".join(words[:k]), "organization", "registry", "", at_start)]
        return []
    if span in registry.ignore:
        return []
    known = registry.canonical(span)
    if known:
        return [Mention(span, registry.entities[known].type, "registry", "", at_start)]
    if _not_a_name(span):
        return []  # "New Year", "Good Friday"
    if words[-1].lower() not in EVENT_WORDS and (
        all(w.lower() in COMMON or is_demonym(w) or is_follower(w) for w in words)
        or (is_demonym(words[-1]) and all(w.lower() in DIRECTIONS for w in words[:-1]))  # "South African"
        or span in demonym_phrases()
    ):
        return []  # "Russian Foreign", "Shia Alawites", "South African"; not "Australian Open"
    if (
        words[0].lower() in NAME_NOUNS
        and all(w.lower() in HEAD_WORDS for w in words[1:])
        and not is_legal_form(words[-1].rstrip("."))  # "News Corp": a company's own name
    ):
        return []  # "City Hall", "City Council": which city's, the text says elsewhere
    if _school_of_a_state(words):
        return [Mention(span, "organization", "a state's school", "", at_start)]
    if (
        len(words) >= 2
        and words[-1].lower() in PLACE_SUFFIXES
        and is_place(" ".join(words[:-1]))
        and not is_place(span)
    ):
        return [Mention(" ".join(words[:-1]), "place", f"place word {words[-1]!r}", span, at_start)]
    if words[0].lower() in ("village", "town", "city", "municipality") and len(words) >= 3 and words[1] == "of":
        return [Mention(" ".join(words[2:]), "place", f"{words[0].lower()} of", span, at_start)]
    body = _body_of_role(words, lowercase)
    if body:  # "CEO of Apple", "Leader of the Opposition": the body the role is in; the role names nobody
        return read_span(" ".join(body), False, lowercase, registry, elsewhere)
    title, rest = strip_title(words, registry)
    if title and rest and _adjective_opens_name(title, rest, elsewhere):
        return [Mention(span, "organization", f"{title!r} before an everyday word", "", at_start)]
    if title and rest:
        found = _jurisdiction(title, registry)
        home: list[Mention] = []
        of = rest.index("of", 2) if "of" in rest[2:-1] else 0
        if of and starts_person(rest[:of]) and is_place(" ".join(rest[of + 1 :])):
            # "Senator Jane Doe of Kentucky": the person, then where she is from
            home = [Mention(" ".join(rest[of + 1 :]), "place", "gazetteer", "", False)]
            rest = rest[:of]
            span = f"{title} {' '.join(rest)}"
        rest_name = " ".join(rest)
        if registry.canonical(rest_name):
            kind = registry.entities[registry.canonical(rest_name)].type
            return [*found, Mention(rest_name, kind, "registry", span, at_start), *home]
        return [*found, Mention(rest_name, "person", f"title {title!r}", span, at_start), *home]
    for k in range(1, len(words) - 1):
        # "Russia Riad Haddad", "Sony Open K.J. Choi", "Security Bureau Amos Gilad": a name, then a
        # person; "AL MVP Miguel Tejada": words that name nobody, then a person. Not "Martin Luther
        # King" (a given name before a given name), nor "Fatahi Mohamed Mustafa" (an unknown word).
        if not starts_person(words[k:]) or words[k - 1] in SMALL_WORDS or _closes_a_place(words, k):
            continue  # ("of New York Joon Kim": "York" closes a place, it opens no name)
        if is_first_name(words[k - 1]) and not (_closes_a_place(words, k - 1) or _of_a_place(words[:k])):
            continue  # "Martin Luther King"; not "... of Virginia Jane Doe"
        if is_place(" ".join(words[: k + 1])) or " ".join(words[: k + 1]) in elsewhere:
            # "New York City": the word before the first name and the name make a place; "Time
            # Warner Cable" where the text writes "Time Warner" alone: they make a name
            continue
        head = words[:k]
        person = Mention(" ".join(words[k:]), "person", "first name")
        if _names_itself(head, registry):
            return [*read_span(" ".join(head), at_start, lowercase, registry), person]
        if all(_names_nobody(w, lowercase) for w in head):
            return [person]
        named = len(head)
        while named and _names_nobody(head[named - 1], lowercase):
            named -= 1
        marks = head[named:]
        if named < len(head) and (
            _names_itself(head[:named], registry)
            or (all(map(_is_no_name_mark, marks)) and not (len(marks[0]) == 1 and is_first_name(head[named - 1])))
        ):
            # "AL MVP Miguel Tejada": a name ("AL"), words that name nobody ("MVP"), then a person;
            # "Super Bowl MVP Jane Doe", "Canucks D Jane Doe": a title or a position's letter
            # between two names ends the first
            return [*read_span(" ".join(head[:named]), at_start, lowercase, registry), person]
    known = _known_prefix(words, registry, elsewhere)
    if known:  # "told ABC News Rahami came": the outlet, then a name
        return [
            *read_span(" ".join(words[:known]), at_start, lowercase, registry),
            *read_span(" ".join(words[known:]), False, lowercase, registry, elsewhere),
        ]
    if len(words) == 1:
        return _read_word(words[0], at_start, lowercase, registry)
    if len(words) == 2 and _month_given_name(words, lowercase):
        return [Mention(span, "person", "a month's short name as a given name", "", at_start)]
    kind = guess_type(words)
    if (
        kind == "other"
        and words[-1].lower() not in NAME_ENDS
        and not any((w.lower() in HEAD_WORDS and w.lower() not in NAME_ENDS) or w.lower() in DIRECTIONS for w in words)
        and all(w in SMALL_WORDS or w.lower() in lowercase for w in words)
    ):
        # "Visual Design", "Charter Flights": common words the text writes in lowercase too, with no
        # word of a body, a place or an event (not "Supreme Court", "South West", "League One"; a
        # word that only ends a name is one there only, as in "Sony Open": "Open Source" is none): a
        # heading's or a label's capitals, not a name
        return []
    return [Mention(span, kind, "capitalised span", "", at_start)]


def _school_of_a_state(words: list[str]) -> bool:
    """Tell a US state's name and "State" with a capital ("Florida State", "Ohio State", "North
    Carolina State"): the state's university or its team, a body of its own. The US writes the
    state itself "the state of Florida" or "Florida state"; "X State" names the state only where
    "X" alone, or "X City", is a large city's name too ("Washington State", "New York State":
    the state told from the city), and there the span keeps its place's reading."""
    place = " ".join(words[:-1])
    return (
        len(words) >= 2
        and words[-1] == "State"
        and place in us_states()
        and place not in major_cities()
        and f"{place} City" not in major_cities()
    )


def _is_titles_in_capitals(word: str) -> bool:
    """Tell the plural of a title written in capitals ("Labour MPs", "Tory MSPs"): members, no name."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and word[:-1].lower() in TITLES


def _unhyphened(title: str) -> str:
    """Return a title written with a hyphen as the titles' table writes it ("attorney-general")."""
    return title.replace("-", " ")


def _byline(words: list[str]) -> bool:
    """Tell a byline's name after "By" inside a span: a person's name whose first word is a first
    name of three letters or more, or initials ("Stand By Me" is no byline)."""
    return starts_person(words) and (len(words[0]) >= 3 or words[0].endswith("."))


def _is_party_and_state(word: str) -> bool:
    """Tell a party's initial and a state as US papers write them after a politician ("D-Mass",
    "R-Texas", "D-N" of "D-N.Y."), from a name with a hyphen ("D-Day")."""
    if len(word) < 3 or word[0] not in "DRI" or word[1] != "-":
        return False
    state = word[2:]
    return len(state) == 1 or state in regions() or f"{state}." in regions()


def _month_surname(words: list[str]) -> bool:
    """Tell a month's name that is a surname after a first name ("Theresa May", "Peter March"): a
    common word as a verb or a noun ("may", "march"), but a date names its day in a number, which
    the span then holds."""
    return len(words) == 2 and is_first_name(words[0]) and _MONTH.fullmatch(words[1]) is not None


# A month's short name, written without its full stop: "Jan", "Mar" and "Jun" are given names too.
_MONTH_SHORT = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")


def _opens_name_inside_sentence(words: list[str], at_start: bool) -> bool:
    """Tell an everyday noun of `INNER_NAME_NOUNS` inside a sentence before a capitalised word that
    is no everyday word itself ("the Home Office", "watched Top Gear"): the name's own first word,
    where a sentence's or a line's first word is an opener ("Top stories"); a date's abbreviation
    ("on Sun Mar 2") and a run of chrome's words ("Share Email") stay cut."""
    return (
        not at_start
        and len(words) >= 2
        and words[0].lower() in INNER_NAME_NOUNS
        and words[1][:1].isupper()
        and words[1].lower() not in COMMON
    )


def _month_given_name(words: list[str], lowercase: Collection[str]) -> bool:
    """Tell a month's short name that is a given name before a surname ("Jan Pellworth", "Mar Tollan"):
    a date writes a figure after the month ("Jan 5"), not a capitalised word that is neither an
    everyday word (in the table, or written in lowercase in the text) nor a calendar one, nor a
    place's ("the Nov London summit": a date's place); a full month's name ("In March Obama said")
    is no given name."""
    return (
        len(words) >= 2
        and _MONTH_SHORT.fullmatch(words[0]) is not None
        and words[0] in first_names()
        and words[1][:1].isupper()
        and words[1].lower() not in COMMON
        and words[1].lower() not in lowercase
        and not _MONTH.fullmatch(words[1])
        and not is_place(words[1])
    )


def _title_surname(words: list[str]) -> bool:
    """Tell a title's word that is a surname after a given name ("Stephen King", "Erik Prince",
    "John Major"): a title stands before a name, and one in capitals after it ("Tom Watson MP")."""
    return 2 <= len(words) <= 3 and is_first_name(words[0]) and words[-1].istitle() and is_person_like(words)


def _closing_title_surname(words: list[str]) -> bool:
    """Tell a span that a given name and a title's word as its surname close, after a title
    ("Governor Mervyn King", "Prime Minister John Major", "Bank of England Governor Mervyn King"):
    the person the title is given to, not a bare title; "Mozilla Vice President" is one."""
    return len(words) > 2 and _title_surname(words[-2:]) and " ".join(words[-2:]).lower() not in TITLES


def _body_of_role(words: list[str], lowercase: Collection[str]) -> list[str]:
    """Return the body after a role "of" or "for" it with no person named ("CEO of Apple", "Head
    Coach of the Lions"), else nothing. A noble's or a monarch's title "of" a place is his name
    ("Prince of Wales", "Duke of York"); an office "of" words the text writes in lowercase or of a
    plural is one ("Registrar of Companies"); a person after the body keeps the title's own reading."""
    of = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
    role = " ".join(words[:of]).lower()
    if not of or not (_is_title(role) or _is_plural_title(role)) or of + 1 >= len(words):
        return []
    if words[of - 1].lower() in NOBLE_TITLES or role in HONORIFICS or role in _SOVEREIGNS:
        return []
    body = words[of + 2 :] if words[of + 1] == "the" else words[of + 1 :]
    if not body or _names_person(body) or all(w.lower() in lowercase for w in body):
        return []
    if len(body) == 1 and body[0][-1] == "s" and not body[0].isupper():
        return []
    return body


def role_of_a_person(
    words: list[str], lowercase: Collection[str], elsewhere: Collection[str]
) -> tuple[list[str], list[str]] | None:
    """Split the words of a role written after a person's name ("Jane Doe, Mozilla Vice President of
    Products", "Jane Doe, Creative Director of Orbix") into the name before the title, if any, and
    the body after its "of" or "for": (["Mozilla"], []), ([], ["Orbix"]); a plural or words the
    text writes in lowercase (`lowercase`) after it are a department's, no body. The title and
    the words that qualify it name nobody, an everyday word among them too unless the text writes
    it alone as a name (`elsewhere`: "Apple Vice President"); None where no title stands before "of" or "for". A
    noble's or a sovereign's title "of" a place is a name ("Prince of Wales", "Lord of the Rings")."""
    for i, word in enumerate(words[:-2]):
        lower = word.lower()
        if lower not in TITLES or words[i + 1] not in ("of", "for") or lower in NOBLE_TITLES or lower in _SOVEREIGNS:
            continue
        head = words[:i]
        while head and (
            head[-1].lower() in TITLES
            or head[-1].lower() in TITLE_MODIFIERS
            or in_dictionary(head[-1])
            and " ".join(head) not in elsewhere
        ):
            head = head[:-1]  # "Executive Vice", "Creative": the title's own words; not "Apple" written alone
        body = words[i + 3 :] if words[i + 2] == "the" else words[i + 2 :]
        if len(body) == 1 and _plural_of_a_word(body[0]) or all(w.lower() in lowercase for w in body):
            body = []  # "of Products", "of Social Media" (written in lowercase too): a department, no body
        return head, body
    return None


def _is_title(role: str) -> bool:
    """Tell a title, written as the titles' table writes it, or as titles joined by a hyphen or a
    space, perhaps after a title's modifier ("attorney-general", "director-general", "executive
    director", "senior vice-president"): the last word is a title, each one before it a title or a
    modifier of one."""
    parts = _unhyphened(role).split()
    return (
        role in TITLES
        or _unhyphened(role) in TITLES
        or (len(parts) >= 2 and parts[-1] in TITLES and all(p in TITLES or p in TITLE_MODIFIERS for p in parts[:-1]))
    )


def _is_plural_title(role: str) -> bool:
    """Tell the plural of a title of two words or more ("prime ministers", "vice presidents"):
    an office held by several, no one's name. A one-word title's plural may be a club's or a
    band's name ("Kings", "Majors", "Kings of Leon") and is left alone."""
    return role[-1:] == "s" and role[-2:] != "ss" and " " in _unhyphened(role) and _is_title(role[:-1])


def _names_person(words: list[str]) -> bool:
    """Tell words that hold a given name that is no word of a place of two words: "Abu" in "Abu
    Dhabi Ghantoot Centre" and "Jose" in "San Jose" are the cities' ("Director of Abu Dhabi ..."),
    "Jane" in "State Jane Doe" hers."""
    return any(
        is_first_name(w) and not is_place(" ".join(words[i : i + 2])) and not is_place(" ".join(words[i - 1 : i + 1]))
        for i, w in enumerate(words)
    )


#: Titles that, "of" a place, name one person ("Prince of Wales", "Lord of the Isles").
_SOVEREIGNS = frozenset({"king", "queen", "prince", "princess", "lord", "lady", "emir", "sheikh", "pope"})


def _opens_before_name(words: list[str], lowercase: Collection[str], elsewhere: Collection[str]) -> bool:
    """Tell a sentence's first word from a name's: a word the text writes in lowercase ("Complete",
    "Supports", "New") before a name the text writes alone elsewhere, of two words or more or one
    no common word could be ("Complete Hurricane Sandy coverage", "Supports EFI", "New AstraZeneca
    chief"). Not a name's own first word: a given name, a direction, a body's, a title's or an
    event's word ("Cyclone Sidr"), an adjective of origin, nor one before a place ("New York"), a
    body's word ("National Guard") or one plain word ("Real Madrid" where "Madrid" plays alone).
    """
    first, rest = words[0], words[1:]
    return (
        bool(rest)
        and (len(rest) >= 2 or _marked_word(rest[0]))
        and first.lower() in lowercase
        and not is_first_name(first)
        and first.lower() not in _NO_NAME_OPENERS
        and not is_demonym(first)
        and not is_place(" ".join(words))
        and not is_place(" ".join(rest))
        and rest[-1].lower() not in HEAD_WORDS
        and " ".join(rest) in elsewhere
    )


def opens_before_known_name(
    words: list[str], capitalised_inside: Collection[str], elsewhere: Collection[str], registry: Registry
) -> bool:
    """Tell a sentence's first word that is capitalised only because it opens the sentence, fused
    to the name after it ("Senior NASA managers", "Retired Associated Press correspondent",
    "Suspected al-Qaida militants"), where the text never writes the word in lowercase (see
    `_opens_before_name` for the words it does): an English word (`in_dictionary`) the
    text never capitalises inside a sentence, before a name of two words or more, or one no
    common word could be, that the text writes alone elsewhere or the registry knows. Not a
    name's own first word: a given name, an adjective of origin, a direction, a body's, a title's
    or an event's word, nor one of a place ("Golden State Warriors" is capitalised inside a
    sentence where it is named twice; "Golden Gate" is a place)."""
    first, rest = words[0], words[1:]
    # (The tests of the first word alone come first, a set's before the tables'; the name after it
    # is cut out only for a first word that passes them: the same answer, most spans asked less.)
    return (
        bool(rest)
        and (len(rest) >= 2 or _marked_word(rest[0]))
        and first.isalpha()
        and first.istitle()
        and first not in capitalised_inside
        and in_dictionary(first)
        and not is_first_name(first)
        and not is_demonym(first)
        and first.lower() not in _NO_NAME_OPENERS
        and ((name := without_possessive(" ".join(rest))) in elsewhere or registry.canonical(name) is not None)
        and not is_place(" ".join(words))
        and not is_place(name)
    )


def _marked_word(word: str) -> bool:
    """Tell a word no common word could be: in capitals, or with a capital or a digit after its first letter."""
    return any(c.isupper() or c.isdigit() for c in word[1:]) or (word.isupper() and len(word) == 1)


#: The plural of a day of the week, a decade or a holiday, in lowercase: days and decades, like dates, are no names.
_TIME_PLURAL = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|(?:twen|thir|for|fif|six|seven|eigh|nine)ties"
    r"|christmases|easters|thanksgivings|halloweens"
)


def is_plural_term(word: str) -> bool:
    """Tell the plural of a term in capitals ("SUVs", "TDs", "V-8s", "LEDs"): a kind of thing, no
    name, alone or closing a span ("Samsung TVs": the brand, then what it makes)."""
    return word[-1] == "s" and len(word) > 2 and word[:-1].upper() == word[:-1] and word[0].isalnum()


def _read_word(word: str, at_start: bool, lowercase: set[str], registry: Registry) -> list[Mention]:
    """Read a one-word span: a known name, a place, or a capitalised word that may be a name."""
    known = registry.canonical(word)
    if known:
        return (
            [] if word in registry.ignore else [Mention(word, registry.entities[known].type, "registry", "", at_start)]
        )
    lower = word.lower()
    if lower in COMMON or lower in NOT_NAMES or len(word) < 2 or _is_format(word) or _is_versioned_term(word):
        return []
    if _is_doctrine(word):
        return []  # "Capitalism", "Catholicism": a creed, a movement or a trait, no one thing's name
    if lower in lowercase and (not word.isupper() or (len(word) >= SHOUTED_MIN_LETTERS and word.isalpha())):
        return []  # a word the text writes in lowercase; in capitals, shouted ("FREE"), not an acronym
    if is_plural_term(word):
        return []  # "SUVs", "TDs", "V-8s": the plural of a term in capitals names a kind of thing
    if _TIME_PLURAL.fullmatch(lower):
        return []  # "on Mondays", "two Christmases", "the Sixties": times that recur, no one thing
    if _is_party_and_state(word):
        return []  # "Sen. X, D-Mass., said": a party's letter and a state
    if word in registry.ignore:
        return []
    if lower in NOT_ALONE or _unhyphened(lower) in TITLES or IS_NUMBER.fullmatch(word) or _CONTRACTION.search(word):
        return []  # "Hall", "Category", "Vice-President", "I'd", "2019"
    if lower in GENERATIONS:
        return []  # "John Hinckley, Jr.": the generation after a comma, no name alone
    if _ROMAN.fullmatch(word):
        return []  # "an unchanged XII": a number, a name only after one ("World War II", "ACT XI")
    if (is_demonym(word) or is_follower(word)) and (lower in GROUP_WORDS or not is_place(word)):
        return []  # "Brits" is a town, but here the British; "Scientologists"
    if is_place(word) or (word.isupper() and is_place(word.capitalize())):  # "IRAN" in a headline's style
        return [Mention(word, "place", "gazetteer", "", at_start)]
    if lower in NAMES_ALONE:  # "Congress", "Pentagon"
        return [Mention(word, guess_type([word]), "head word", "", at_start)]
    if _ACRONYM.fullmatch(word):  # "IANS", "NZPA", "P&O": an acronym names a body more often than not
        return [Mention(word, "organization", "acronym", "", at_start)]
    if glued_initials_person([word]):  # "P.K.Divakaran"
        return [Mention(word, "person", "capitalised span", "", at_start)]
    return [Mention(word, "other", "single word", "", at_start)]


#: A format of a common thing is its acronym and a mark of at most this many capitals, joined by a
#: hyphen ("DVD-R", "CD-RW", "CD-ROM"; "HD-DVD" joins two such acronyms): on the whole-page tune
#: dumps the marks held 1 to 3 letters. A name puts its own word first ("ABC-TV", "AFL-CIO").
FORMAT_MARK_MAX_LETTERS = 3


#: A doctrine's, a movement's or a trait's word is an English word of at least this many letters
#: ending in "-ism" ("Atheism", "Capitalism"); a shorter one is a word of its own ("Prism").
DOCTRINE_MIN_LETTERS = 6


def _is_doctrine(word: str) -> bool:
    """Tell a capitalised word for a creed, a movement, a field or a trait ("Catholicism",
    "Capitalism", "Journalism"), as the not-names table holds the great religions: an English
    word that the word-frequency table knows, ending in "-ism". A brand so ending is no word of the
    table ("Selectism"), nor is a movement named after a person ("Thatcherism"), which is left."""
    return len(word) >= DOCTRINE_MIN_LETTERS and word.endswith(("ism", "isms")) and in_dictionary(word)


def _is_format(word: str) -> bool:
    """Tell a product's format from a name: an acronym of a common noun (`NOT_NAMES`: "DVD",
    "CD", "HD") first, joined by hyphens to such acronyms or short marks in capitals ("DVD-R",
    "HD-DVD-ROM"). Not a name that ends with one ("ABC-TV"), nor a model's number ("DVD-1000")."""
    parts = word.split("-")
    return (
        len(parts) >= 2
        and parts[0].lower() in NOT_NAMES
        and all(p.isalpha() and p.isupper() for p in parts)
        and all(p.lower() in NOT_NAMES or len(p) <= FORMAT_MARK_MAX_LETTERS for p in parts[1:])
    )


#: A technical term's acronym with a version number glued to it ("HTML5", "USB3") has at least this
#: many capitals: a shorter one is as often a broadcaster's or a team's name ("TV2", "F1"). The terms
#: are those of `NOT_NAMES`; chosen on the modern entities-tune pages, where "HTML5" was a name.
VERSIONED_TERM_MIN_LETTERS = 3

_VERSIONED = re.compile(rf"([A-Z]{{{VERSIONED_TERM_MIN_LETTERS},}})\d{{1,2}}(?:\.\d)?")


def _is_versioned_term(word: str) -> bool:
    """Tell a common technical term's acronym and its version ("HTML5", "USB3", "DDR4"), no name:
    the acronym alone is in `NOT_NAMES`. Not a name of capitals and a figure ("G20", "TV2", "PS3")."""
    versioned = _VERSIONED.fullmatch(word)
    return versioned is not None and versioned.group(1).lower() in NOT_NAMES


#: A word in capitals of at least this many letters that the text also writes in lowercase is the
#: word shouted ("FREE", "RIGHT"); shorter ones are acronyms that are also words ("WHO", "IT").
#: Chosen on the unlabelled tune pages, where all such words of four letters or more were words.
SHOUTED_MIN_LETTERS = 4

#: An acronym of letters: two to five capitals, perhaps joined by "&" ("P&O", "AT&T").
_ACRONYM = re.compile(r"[A-Z](?:&?[A-Z]){1,4}")


def _jurisdiction(title: str, registry: Registry) -> list[Mention]:
    """Read the body a title belongs to ("Bank of England Governor", "Lumby Mayor", "Summit County
    District Judge"), when it is a name of its own: known, a place, or an organisation."""
    words = title.split()
    while words and (words[-1].lower() in TITLES or words[-1].lower() in ("district", "federal", "state", "foreign")):
        words = words[:-1]  # "District Judge" is a court's title, not a district
    if len(words) >= 3 and _is_role(words[0]) and words[1] == "of":
        words = words[3:] if words[2] == "the" else words[2:]  # "Head of the Transit Bureau"
    while words and (words[0].lower() in TITLE_MODIFIERS or words[0].lower() in TITLES):
        words = words[1:]  # "Assistant Police Commissioner", "Deputy Police Chief": the title's own words
    name = " ".join(words)
    if not words or all(w.lower() in COMMON or is_demonym(w) or w in SMALL_WORDS for w in words):
        return []
    if len(words) == 1 and words[0].lower() in NOT_ALONE:
        return []  # "Police Commissioner": a body's head word alone names no body
    known = registry.canonical(name)
    if known:  # "Bank of England Governor"; not "U.S. District Judge", where the country is an adjective
        kind = registry.entities[known].type
        return [Mention(name, kind, "registry")] if kind != "place" else []
    if is_place(name) or (len(words) == 1 and title.split()[-1].lower() in ("mayor", "governor", "premier", "sheriff")):
        return [Mention(name, "place", "jurisdiction")]
    if len(words) >= 2 and (words[-1].lower() in ORG_WORDS or words[-1].lower() in PLACE_WORDS):
        return [Mention(name, guess_type(words), "capitalised span")]
    return []


def is_team(words: list[str]) -> bool:
    """Tell a club's name: a place, then a club word ("Leeds United") or a plural nickname
    ("Toronto Raptors", "Detroit Red Wings"). A small place that is also a given name before one
    word ending in "s" is a person's name ("George Soros", "Marion Jones") unless that word is the
    plural of an English word ("Jackson Generals")."""
    for k in range(len(words) - 1, 0, -1):
        if is_place(" ".join(words[:k])):
            rest = words[k:]
            last = rest[-1]
            if len(rest) == 1 and last.lower() in CLUB_WORDS:
                return True
            if k == 1 and len(rest) == 1 and _given_name_of_a_town(words[0]) and not _plural_of_a_word(last):
                return False
            return (
                last.endswith("s")
                and not last.endswith("ss")
                and last[0].isupper()
                and not any(
                    w.lower() in HEAD_WORDS or w.lower() in COMMON or is_demonym(w) or is_place(w) for w in rest
                )
            )
    return False


def _given_name_of_a_town(word: str) -> bool:
    """Tell a given name that is also a small place's ("George", "Marion"); a large city or a
    region is a place first ("Houston Rockets", "Georgia Bulldogs")."""
    return is_first_name(word) and word not in major_places()


def _plural_of_a_word(word: str) -> bool:
    """Tell the plural of an English word that is no given name ("Generals", "Huskies", "Browns";
    not "Jacobs", "Roberts"), as a nickname is."""
    lower = word.lower()
    stems = (lower[:-1], lower[:-2] if lower.endswith("es") else "", lower[:-3] + "y" if lower.endswith("ies") else "")
    words = frequent_words(NICKNAME_STEM_MIN_COUNT)
    return lower.endswith("s") and any(s in words and not is_first_name(s.capitalize()) for s in stems if s)


def _is_role(word: str) -> bool:
    """Tell a word that names a role in a body ("Head" of the Transit Bureau, "Director" of the FBI)."""
    return word.lower() in TITLES or word == "Head"


def starts_person(words: list[str]) -> bool:
    """Tell whether words read as a person's name: a known first name or initials ("K.J."), then one
    or two names."""
    return (
        2 <= len(words) <= 3
        and (is_first_name(words[0]) or bool(_INITIALS.fullmatch(words[0])))
        and words[-1].lower() not in HEAD_WORDS
        and is_person_like(words)
    )


def _names_itself(words: list[str], registry: Registry) -> bool:
    """Tell whether words are a name by themselves: known, a place, an organisation's or event's
    name ("Security Bureau", "Sony Open"), or an acronym."""
    name = " ".join(words)
    return (
        bool(registry.canonical(name))
        or is_place(name)
        or (words[-1].lower() in HEAD_WORDS and words[0].lower() not in COMMON)
        or all(w.isupper() and len(w) > 1 and w.lower() not in NOT_NAMES for w in words)
        or _of_a_place(words)
    )


def _of_a_place(words: list[str]) -> bool:
    """Tell a body's or a region's name that closes with "of" and a place the gazetteer knows
    ("Southern District of New York", "University of Kelham" is not known): before a person's
    name it is a name of its own ("... of New York Preet Bharara said")."""
    of = words.index("of") if "of" in words[1:-1] else 0
    return bool(of) and words[0][:1].isupper() and is_place(" ".join(words[of + 1 :]))


def _known_prefix(words: list[str], registry: Registry, elsewhere: Collection[str]) -> int:
    """Return how many first words make a known organisation followed by one more name ("ABC News
    Rahami"), or a known place followed by a known body ("US Fed"), or 0: a known name does not run on
    into the next one."""
    for k in range(len(words) - 1, 0, -1):
        known = registry.canonical(" ".join(words[:k]))
        other = registry.canonical(" ".join(words[k:]))
        if known and other and registry.entities[known].type == "place" != registry.entities[other].type:
            return k  # "US Fed": a country, then a body of it; not "NHS Scotland"
        if known and registry.entities[known].type == "organization":
            rest = words[k:]
            # a name of its own: written alone elsewhere in the text
            alone = (
                len(rest) == 1
                and rest[0].lower() not in HEAD_WORDS
                and rest[0].lower() not in TRAILING
                and not is_place(rest[0])  # "NHS Scotland", "BBC Scotland" are bodies of a place
                and rest[0] in elsewhere
            )
            return k if alone or starts_person(rest) else 0
    return 0


def strip_title(words: list[str], registry: Registry) -> tuple[str, list[str]]:
    """Split a leading title ("Russian Foreign Minister", "Chancellor of the Exchequer") from a name."""
    for i in range(len(words) - 1, 0, -1):
        head = " ".join(words[:i]).lower()
        last = words[i - 1].lower()
        if not (
            head in TITLES or " ".join(words[1:i]).lower() in TITLES or last in TITLES or _unhyphened(last) in TITLES
        ):
            continue
        rest = words[i:]
        if rest[-1].lower() in HEAD_WORDS or rest[0].lower() in HEAD_WORDS:
            continue  # "Premier League", "Governor General's Office": not a title and a name
        if all(w.lower().rstrip(".") in GENERATIONS for w in rest):
            continue  # "Martin Luther King Jr": "King" is his name
        if is_pageant(last, rest):
            return "", words  # "a former Miss England contestant": a contest's title, no woman
        if i == 2 and len(rest) == 1 and is_first_name(words[0]) and not is_place(words[0]):
            return "", words  # "Khalid Sheikh Mohammed": a title's word between given name and surname
        if rest[0] in ("of", "for"):
            # "Chancellor of the Exchequer Jeremy Hunt": the name starts at a first name, else it is
            # the last two words.
            named = [j for j in range(1, len(rest)) if is_first_name(rest[j]) and not _closes_a_place(rest, j)]
            j = named[0] if named else len(rest) - 2
            if j < 1 or rest[j - 1] in SMALL_WORDS:
                return "", words
            return " ".join(words[:i] + rest[:j]), rest[j:]
        if (
            registry.canonical(" ".join(rest))
            and registry.entities[registry.canonical(" ".join(rest))].type != "person"
        ):
            return "", words  # "Gov. ... " before an organisation is not a person's title
        return " ".join(words[:i]), rest
    return "", words


#: Titles that are also everyday adjectives: before one everyday word they open a body's name
#: ("General Motors", "General Mills", "General Dynamics"), not a person's title.
ADJECTIVE_TITLES = frozenset({"general", "major"})


def _adjective_opens_name(title: str, rest: list[str], elsewhere: Collection[str]) -> bool:
    """Tell a title that is the first word of a name: an adjective title ("General") before one
    word the dictionary knows ("Motors") that the text never writes alone. "General Petraeus" (no
    dictionary word) and "General Brown" in a text that writes "Brown said" keep their person."""
    return (
        title.lower() in ADJECTIVE_TITLES
        and len(rest) == 1
        and in_dictionary(rest[0])
        and not is_first_name(rest[0])
        and not written_elsewhere(rest, elsewhere)
    )


def written_elsewhere(words: list[str], elsewhere: Collection[str]) -> bool:
    """Tell a name the text writes as a span of its own, also after a capitalised "The" opening a
    sentence ("The Kelham Gazette said")."""
    name = " ".join(words)
    return name in elsewhere or f"The {name}" in elsewhere


def _closes_a_place(words: list[str], j: int) -> bool:
    """Tell a word that closes a place of two words or more with the words before it ("York" of
    "New York"): a given name there ("York" is one) opens no person's name."""
    return any(is_place(" ".join(words[m : j + 1])) for m in range(max(0, j - 3), j))


def is_pageant(title: str, rest: list[str]) -> bool:
    """Tell "Miss England", "Miss World" (a beauty contest's title) from "Miss Allen": "Miss" before
    a country's or a region's name, or "World" or "Universe", that is no given name ("Miss Jordan"
    may be a woman)."""
    name = " ".join(rest)
    return (
        title == "miss"
        and (name in country_names() or name in regions() or name in ("World", "Universe"))
        and not is_first_name(rest[0])
    )


#: Words that head a body's name before "of" or "for": the table's and "government", which is no
#: body's word at a name's end ("Federal Government", "the Harper Government" name no body of their own)
#: but heads one before its country, state or town ("Government of Canada", "Government of Kerala").
_HEADS_OF_BODIES = ORG_WORDS | {"government"}


def guess_type(words: list[str]) -> str:
    span = " ".join(words)
    first, last = words[0].lower(), words[-1].lower()
    if is_place(span) or _part_of_a_place(words):
        return "place"
    if len(words) >= 3 and first in NOBLE_TITLES and words[1] == "of":
        return "person"  # "Duchess of Cornwall"
    if _INITIALS.fullmatch(words[0]) and words[0] not in NOT_INITIALS and is_person_like(words):
        return "person"  # "K.J. Choi"
    if glued_initials_person(words):
        return "person"  # "V.P.Ramakrishna Pillai", "Minister T.J.Chandrachoodan"
    if len(words) >= 2 and (is_team(words) or is_demonym(words[-1]) and _club_of_a_place(words)):
        return "organization"  # "Leeds United", "Chicago Cubs", "Houston Texans"
    if span.endswith("Hall of Fame"):
        return "organization"
    if first.rstrip(".") in PLACE_HEADS and len(words) >= 2:
        return "place"  # "Mount Everest", "Lake Tahoe", "Strait of Hormuz"
    if len(words) >= 2 and last.rstrip(".") in GENERATIONS and is_person_like(words[:-1] if len(words) > 2 else words):
        return "person"  # "Trump Jr."
    if last in EVENT_WORDS or first in EVENT_HEADS or " ".join(words[:2]).lower() in EVENT_HEADS:
        return "event"
    if _event_then_number_or_of(words):
        return "event"  # "World War II", "Super Bowl XLII", "Africa Cup of Nations"
    if first == "flight" or (len(words) >= 2 and words[-2].lower() == "flight" and IS_NUMBER.fullmatch(words[-1])):
        return "event"
    if len(words) >= 3 and " ".join(words[-2:]).lower() in VENUE_ENDS:
        return "place"  # "Waialae Country Club": where a tournament is played
    if (
        last in ORG_WORDS
        or last in COMPANY_WORDS
        or any(w.lower() in ("department", "ministry", "agency", "council") for w in words)
    ):
        return "organization"
    if any(w.lower() in _HEADS_OF_BODIES and nxt in ("of", "for") for w, nxt in zip(words, words[1:], strict=False)):
        return "organization"  # "Bureau of Meteorology", "Association for Democratic Reforms", "Government of Canada"
    if last in PLACE_WORDS or (len(words) >= 2 and words[-2].lower() in PLACE_WORDS and IS_NUMBER.fullmatch(last)):
        return "place"
    if len(words) >= 2 and last in VENUE_WORDS and not is_first_name(words[0]):
        return "place"  # "Lambeau Field", "Qwest Field"; "Sally Field" is a person
    if len(words) >= 2 and region_abbreviated(words[-1]) and is_place(" ".join(words[:-1])):
        return "place"  # "Washington D.C.", "Portland Ore.": a town and its region's abbreviation
    if span.isupper() or "." in span.replace(". ", "") and not _given_and_initials(words):
        return "organization"
    # A person needs a known first name here; resolution also takes a name whose surname is used
    # alone ("Rishi Sunak" ... "Sunak said").
    if is_person_like(words) and is_first_name(words[0]):
        return "person"
    return "other"


def _club_of_a_place(words: list[str]) -> bool:
    """Tell a place's name and a plural of origin that is no group's word ("Seattle Mariners",
    "Houston Texans", "Central Coast Mariners"): a club named for its town's people, not the
    town's people of a group ("Lahore Muslims", "Gaza Palestinians")."""
    last = words[-1].lower()
    return (
        last[-1:] == "s" and last[:-1] not in GROUP_WORDS and last not in GROUP_WORDS and is_place(" ".join(words[:-1]))
    )


def _event_then_number_or_of(words: list[str]) -> bool:
    """Tell a name whose event's word comes before its number ("World War II", "Euro Cup 2008") or
    before "of" ("Africa Cup of Nations", "War of 1812"): the event's word is its head though it
    does not close it."""
    if len(words) >= 2 and words[-2].lower() in EVENT_WORDS:
        if IS_NUMBER.fullmatch(words[-1]) or _ROMAN.fullmatch(words[-1]):
            return True
    return any(w.lower() in _EVENTS_OF and nxt == "of" for w, nxt in zip(words, words[1:-1], strict=False))


#: The event's words that an event's name may open "of" with ("Cup of Nations", "War of 1812"): not
#: a conference's, which names a body as often ("Conference of Catholic Bishops"), nor a test's,
#: a title's word as often as a match's ("Test of Time").
_EVENTS_OF = EVENT_WORDS - {"conference", "test"}


def glued_initials_person(words: list[str]) -> bool:
    """Tell a person's name with initials glued to a name (see `_GLUED_INITIALS`): read with the
    initials apart, a person's name ("V.P. Ramakrishna Pillai"); not "U.S.Army", "U.S.Marines"."""
    parts = unglued_initials(words)
    return len(parts) > len(words) and is_person_like(parts)


def unglued_initials(words: list[str]) -> list[str]:
    """Return a name's words with glued initials set apart ("V.P.Ramakrishna" -> "V.P.",
    "Ramakrishna"; see `_GLUED_INITIALS`); a country's or a body's initials stay ("U.S.Army")."""
    parts: list[str] = []
    for word in words:
        glued = _GLUED_INITIALS.fullmatch(word)
        parts += [glued[1], glued[2]] if glued and glued[1] not in NOT_INITIALS else [word]
    return parts


def _given_and_initials(words: list[str]) -> bool:
    """Tell a person's name whose middle names are initials run together ("George H.W. Bush"): the
    full stops inside are no acronym's ("U.S. Steel")."""
    return (
        len(words) >= 3 and is_first_name(words[0]) and all(_INITIALS.fullmatch(w) for w in words[1:-1])
        and is_person_like(words)
    )  # fmt: skip


def _part_of_a_place(words: list[str]) -> bool:
    """Tell a compass point before a place's name: a part of that place ("South Philadelphia",
    "Northern California"); not "North Face", whose second word is no place."""
    first, name = words[0].lower().removesuffix("ern"), words[-1]
    return len(words) == 2 and first in DIRECTIONS and is_place(name) and name.lower() not in HEAD_WORDS


def _names_nobody(word: str, lowercase: Collection[str]) -> bool:
    """Tell a word that names nobody by itself before a person's name: a common word, a title, a
    word that is no name ("MVP"), one the text writes in lowercase, an adjective of origin, a
    position's letter ("D", "G")."""
    lower = word.lower()
    return (
        lower in COMMON
        or lower in TITLES
        or lower in NOT_NAMES
        or lower in lowercase
        or is_demonym(word)
        or _is_no_name_mark(word)
    )


def _is_no_name_mark(word: str) -> bool:
    """Tell a title, a role noun written with a capital ("Space Station Astronaut Jane Doe",
    "Arsenal Striker Jane Doe"), an acronym of the not-names table ("MVP") or one capital letter
    alone (a player's position, "Canucks D Jane Doe"): marks between two names, no part of either."""
    lower = word.lower()
    return (
        lower in TITLES
        or (word.istitle() and lower in PERSON_NOUNS)
        or (word.isupper() and (len(word) == 1 or lower in NOT_NAMES))
    )
