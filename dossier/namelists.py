"""Lists of names, read as lists: the items of one list are of one kind (`type_list_mates`: a name
of a person's shape among people is a person's, a town's name among clubs a club's, a bare name
among bodies a body's), and a list of kinds of one thing names none of them (`kinds_in_a_list`:
"Balsam fir, Douglas fir, Fraser fir and white pine").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .cues import GUESSES, WEAK_CUES
from .gazetteer import major_cities, regions
from .lexicon import CLOSED_CLASS, SPEECH_VERBS, is_common_word, is_first_name
from .model import Mention
from .namecorpus import _names_only
from .spans import is_person_name, is_team

#: A list of kinds of one thing: capitalised words, each before one lowercase noun, that repeats
#: ("Balsam fir, Douglas fir, Fraser fir and white pine"). Items, at least this many in a row, and
#: the noun at least this many times: two ("Apple phones and Nokia phones") may be two firms' goods.
#: Chosen on half of the entities-tune part (issue 14), where one list of tree kinds gave six pages.
KIND_LIST_MIN_ITEMS = 3


_KIND_ITEM = r"[A-Z][a-z]+[ \t]+[a-z]+"


_KIND_GAP = r"(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"


#: The capital first, then the look back at the character before it (not the reverse, as the
#: other patterns of this module that open with a capital, a letter or "a" do too): a pattern that
#: opens with a character class or a letter is searched for that character quickly, one that opens
#: with a look back is tried at every position of the text. What matches is the same; on 1,000
#: generated sources these four patterns took 0.19 s of CPU instead of 0.43 s.
_KIND_LIST = re.compile(
    rf"[A-Z](?<![\w'’-].)[a-z]+[ \t]+[a-z]+(?:{_KIND_GAP}{_KIND_ITEM}){{{KIND_LIST_MIN_ITEMS - 1},}}\b"
)


def kinds_in_a_list(body: str) -> set[str]:
    """Return the capitalised words of a list of kinds ("Balsam fir, Douglas fir, Fraser fir,
    Scotch pine"): varieties named by a word before their common noun, which repeats in the
    list; no names, unless the text writes the word elsewhere before another word, or it is a large
    city's name."""
    found: set[str] = set()
    after: dict[str, set[str]] | None = None  # each capitalised word -> the words after it, read once
    for m in _KIND_LIST.finditer(body):
        items = [item.split() for item in re.split(_KIND_GAP, m.group(0))]
        nouns = Counter(noun for _, noun in items)
        noun, times = nouns.most_common(1)[0]
        if times < KIND_LIST_MIN_ITEMS or noun in CLOSED_CLASS or noun in SPEECH_VERBS or noun.endswith("ed"):
            continue  # "Apple shares, Google stock, Yahoo results"; "Ruud said, Berg said, Dahl said"
        if after is None:
            after = {}
            for w in _WORD_AND_NEXT.finditer(body):
                after.setdefault(w.group(1), set()).add(w.group(2))
        # A large city's name before the noun names the city's own ("Paris police, London police
        # and Berlin police"); a kind is named after a grower, a state or a country ("Fraser fir",
        # "Virginia pine", "Norway spruce").
        found.update(word for word, _ in items if after.get(word, set()) <= set(nouns) and word not in major_cities())
    return found


_WORD_AND_NEXT = re.compile(r"([A-Z](?<![\w'’-].)[a-z]+)\W+(?=(\w+))")  # the capital first: quicker


#: What separates the items of a list of names: "A, B and C", "A and B", "A, B, and C".
_LIST_AND = re.compile(r"\s(?:and|&)\s")


_LIST_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def type_list_mates(body: str, read: list[tuple[int, int, int, int]], found: list[Mention]) -> None:
    """Type as a person a name of a person's shape whose given name the list does not know, read
    only by its capitals, that a list joins to a person's name ("Tiger Woods, Phil Mickelson and
    Vijay Singh"): the items of one list are of one kind. Likewise a town's bare name among clubs
    ("Derby, Wigan Athletic and Fulham") is a club, and a bare name among bodies that the words
    around them typed ("the company X and Y") a body. One pass over the spans, in order."""
    run: list[int] = []  # indices in `found` of the mentions of the current list's spans
    anded = False  # whether an "and" joins the current list's items
    for k, (start, end, first, last) in enumerate(read):
        # A span read as several names is a list only where "and" split it ("A and B"), not
        # "Steve Jobs' Macworld Keynote"
        listed = last - first == 1 or _LIST_AND.search(body, start, end) is not None
        if listed:
            run.extend(range(first, last))
            anded = anded or last - first > 1
        following = read[k + 1] if k + 1 < len(read) else None
        gap = _LIST_GAP.fullmatch(body, end, following[0]) if following is not None and listed else None
        if gap is not None and "and" in gap.group(0):
            anded = True
        if gap is None and len(run) > 1:  # a name alone has no mates: the rules below type none
            if any(found[i].type == "person" for i in run):
                for i in run:
                    mention = found[i]
                    if mention.type == "other" and mention.cue == "capitalised span" and _person_shape(mention):
                        found[i] = replace(mention, type="person", cue="listed with people")
            # (a name that can only be a person's counts: "Sulley Muntari", no dictionary word)
            if sum(found[i].type == "person" or _names_only(found[i].text.split()) for i in run) >= ONE_NAME_MIN_MATES:
                for i in run:
                    if _one_name(found[i]):
                        found[i] = replace(found[i], type="person", cue="listed with people")
            if any(found[i].type == "organization" and is_team(found[i].text.split()) for i in run):
                for i in run:  # "Derby, Wigan Athletic and Fulham": a town's name among clubs is a club
                    mention = found[i]
                    if mention.type == "place" and mention.cue == "gazetteer" and mention.text not in regions():
                        found[i] = replace(mention, type="organization", cue="listed with clubs")
            if any(found[i].type == "organization" and found[i].cue not in WEAK_CUES for i in run):
                for i in run:
                    mention = found[i]
                    if (
                        mention.type == "other"
                        and (mention.cue in GUESSES or mention.cue == "single word")
                        and not _person_shape(mention)
                        # "with the Tigers, John became": a comma alone may close a clause, and a
                        # given name after it is the next clause's subject ("Visa and Amex" stay)
                        and (anded or not is_first_name(mention.text))
                    ):
                        found[i] = replace(mention, type="organization", cue="listed with bodies")
        if gap is None:
            run, anded = [], False


#: A one-word name read by its capitals alone in a list of this many people or more is one too
#: ("Kanu, Lauren, Papa Bouba Diop and Benjani Mwaruwari": a player, a writer, a leader known by
#: one name). One person beside it is too few: "Tom Hanks and Paramount" pairs a man and his studio.
ONE_NAME_MIN_MATES = 2


def _one_name(mention: Mention) -> bool:
    """Tell a one-word name read only by its capital, no everyday word ("Kanu", not "Police"), or
    by a small place's name the gazetteer no longer vouches for ("Anderson": a given name too)."""
    text = mention.text
    return (
        mention.type == "other" and mention.cue in ("single word", "gazetteer") and " " not in text
        and text[:1].isupper() and text[1:].islower() and text.isalpha() and not is_common_word(text)
    )  # fmt: skip


def _person_shape(mention: Mention) -> bool:
    words = mention.text.split()
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words) and is_person_name(words)
