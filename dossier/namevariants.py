"""Spellings of one name written differently join into one (`dossier.resolution` calls these).

- Spellings that differ only by punctuation, "&" for "and", a plural's "s", a closed-up name's
  spaces or a dateline's capitals ("People's Party", "Peoples Party"; "HOUSTON", "Houston") join
  the most used one (`join_punctuation_variants`).
- One large city's name written with two regions in a corpus ("Portland, Maine", "Portland,
  Oregon") is two towns (`join_towns_of_two_regions`).
- A word that qualifies a name but is no part of it: a state's or district's abbreviation after a
  place ("Washington D.C."), a sponsor's word before a league ("Hyundai A-League"), a country's
  adjective before a body's name in its file ("Chilean Border Guards").
- A name its file says another name is known by ("X, known as Y") joins X there (`join_known_as`).
- An acronym defined in parentheses joins what it abbreviates; one that two files define as two
  bodies ("FSB", the Food Safety Bureau and the Financial Stability Board) joins each file's
  own there and is ambiguous in the others (`join_defined_acronyms`).
- An undefined acronym joins the one name whose initials it is ("BOE"), or whose initials it is
  without a plural's "S" ("JDAMS"); an acronym and a year that year's edition (`join_initials`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .gazetteer import country_names, is_place, region_abbreviated, regions
from .lexicon import SMALL_WORDS, initials, is_common_word, is_country_adjective, is_demonym, is_first_name
from .people import pick
from .spans import unglued_initials

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .namecorpus import Corpus
    from .resolution import Resolution


#: Acronyms inferred from initials (not defined in parentheses) are this long at most: longer runs
#: of capitals are rarely an organisation's initials.
MAX_INFERRED_ACRONYM = 6

#: An inferred acronym this long at least may join a name of another file of the corpus; a shorter
#: one only a name of its own file ("UT" in one file is not "USA Today" of another).
CORPUS_ACRONYM_MIN_LETTERS = 3

#: What two spellings of one name may differ by: full stops, apostrophes and a possessive's "s",
#: hyphens for spaces ("St. James' Park", "St James's Park"; "Mercedes-Benz", "Mercedes Benz").
_PUNCTUATION = re.compile(r"['’]s\b|[.'’]")

#: The marks alone: "People's Party" is also written "Peoples Party".
_APOSTROPHES = re.compile(r"[.'’]")

#: A name of several words written closed up keeps a capital where each word began ("MacPro",
#: "Mac Pro"): the key both share starts with this mark, which no other key holds.
CLOSED_UP = "\0"

_CAMEL_CASE = re.compile(r"[a-z][A-Z]")


def _case_free(key: str) -> bool:
    """Tell a name whose case says nothing: one in its ordinary case ("Houston"), or one in
    capitals too long for an acronym ("HOUSTON" in a dateline); "US" is not "Us"."""
    letters = key.replace(" ", "")
    return not letters.isupper() or len(letters) > MAX_INFERRED_ACRONYM


def join_punctuation_variants(corpus: Corpus, res: Resolution) -> None:
    """Join the spellings of a corpus that differ only by punctuation ("People's Party", "Peoples
    Party"), "&" for "and", the plural of an everyday last word ("Revolutionary Guards", "Guard"),
    or the capitals of a dateline ("HOUSTON", "Houston") into the most used one, never into
    capitals. A short word in capitals joins its ordinary spelling only when the corpus reads both
    as the same place or person ("IRAN", "Iran"): "US" is not "Us", nor "AIDS" "Aids"."""
    first: dict[str, str] = {}  # key -> the first spelling that had it
    group: dict[str, str] = {}  # spelling -> a spelling of its group (union-find)

    def root(s: str) -> str:
        while group.get(s, s) != s:
            s = group[s]
        return s

    for spelling in corpus.count:
        if not corpus.honorific[spelling]:  # "Mr Smith" and "Mr. Smith" pick a person by sex
            for key in _variant_keys(spelling, corpus):
                other = first.setdefault(key, spelling)
                if root(other) != root(spelling):
                    group[root(spelling)] = root(other)
    members: dict[str, list[str]] = defaultdict(list)
    for spelling in group:
        members[root(spelling)].append(spelling)
    for head, spellings in members.items():
        spellings = [head, *(s for s in spellings if s != head)]
        leader = max(spellings, key=lambda s: (s in res.canonical, not s.isupper(), corpus.count[s], len(s), s))
        for spelling in spellings:
            if spelling != leader:
                res.canonical.setdefault(spelling, res.canonical.get(leader, leader))


def _variant_keys(spelling: str, corpus: Corpus) -> Iterable[str]:
    """Yield the keys two spellings of one name share (see `join_punctuation_variants`)."""
    plain = " ".join(spelling.replace("-", " ").replace("&", "and").split())
    key = " ".join(_PUNCTUATION.sub("", plain).split())
    yield key.lower() if _case_free(key) else key
    bare = " ".join(_APOSTROPHES.sub("", plain).split())  # "People's" is "Peoples", not "People"
    if bare != key:
        yield bare.lower() if _case_free(bare) else bare
    if "." in plain and len(apart := unglued_initials(plain.split())) > len(plain.split()):
        spaced = " ".join(_PUNCTUATION.sub("", " ".join(apart)).split())  # "G.Sudhakaran" is "G. Sudhakaran"
        yield spaced.lower() if _case_free(spaced) else spaced
    if " " in key or _CAMEL_CASE.search(key):
        # "MacPro" is "Mac Pro" written closed up; "Newcastle" is no "New Castle" (no inner capital)
        yield CLOSED_UP + key.replace(" ", "")
    head, _, last = key.rpartition(" ")
    everyday_plural = last.endswith("s") and not last.endswith("ss") and is_common_word(last[:-1])
    if head and (everyday_plural or _is_plural_of_a_name(spelling, corpus)):
        # "Revolutionary Guards" are the Revolutionary Guard; "three Pro Bowls" editions of the Pro Bowl
        yield f"{head} {last[:-1]}".lower()
    if not _case_free(key) and " " not in key and spelling not in corpus.acronyms:
        ordinary = key[:1] + key[1:].lower()
        if ordinary in corpus.count and corpus.kind[ordinary] == corpus.kind[spelling] in ("place", "person"):
            yield key.lower()  # "IRAN" in a heading is Iran, which the corpus writes so


def _is_plural_of_a_name(spelling: str, corpus: Corpus) -> bool:
    """Tell a name that is the plural of a name of the corpus ("Pro Bowls", "Pro Bowl"): its last
    word with an "s" more, neither read as a person's ("John Williams" is not John William)."""
    if " " not in spelling or not spelling.endswith("s") or spelling.endswith("ss"):
        return False
    singular = spelling[:-1]
    return singular in corpus.count and "person" not in (corpus.kind[singular], corpus.kind[spelling])


def join_region_suffixes(corpus: Corpus, res: Resolution) -> None:
    """Join a place written with its state's or district's abbreviation ("Washington D.C.",
    "Portland OR") to its bare name when the corpus writes that too and reads it as a place: the
    abbreviation only tells the place from others of its name. A full region's name after a town
    ("Paris Texas") may be part of another name (a film's), and is left alone. Where the bare name
    is also a region's that a file of the corpus places a town in ("Seattle, Washington"), it is
    that region there, and the town of the suffix elsewhere: "Washington D.C." is no page of the
    state's."""
    for spelling in corpus.count:
        head, _, suffix = spelling.rpartition(" ")
        head = head.rstrip(",")
        if spelling in res.canonical or not head or head not in corpus.count or corpus.kind[head] != "place":
            continue
        if region := region_abbreviated(suffix):
            if region != head and (in_region := _placing_towns_in(corpus, head)):
                for doc in (d for d in corpus.docs_of[head] if d not in in_region):
                    res.local[doc][head] = spelling
                continue
            res.canonical[spelling] = res.canonical.get(head, head)


def _placing_towns_in(corpus: Corpus, region: str) -> set[str]:
    """Return the files that write a town in `region` ("Seattle, Washington", "Spokane, Wash.")."""
    if region not in regions():
        return set()
    return {
        doc for by_region in corpus.town_regions.values()
        for written, docs in by_region.items() if regions().get(written) == region
        for doc in docs
    }  # fmt: skip


def join_towns_of_two_regions(corpus: Corpus, res: Resolution) -> None:
    """Tell apart two towns of one name that the corpus writes with two regions ("Portland,
    Maine", "Portland, Oregon"), where the town's spelling keeps no region (a large city's): in a
    file that writes it with one of them, the town is "Town, Region"; in a file that writes it with
    none or both, it is ambiguous. A country after the town only places it for the reader."""
    for town, by_region in corpus.town_regions.items():
        named = {region: docs for region, docs in by_region.items() if region not in country_names()}
        if len(named) < 2 or town in res.canonical:
            continue
        towns = {region: f"{town}, {region}" for region in named}
        for doc in corpus.docs_of[town]:
            here = [region for region, docs in named.items() if doc in docs]
            if len(here) == 1:
                res.local[doc][town] = towns[here[0]]
        res.ambiguous[town] = set(towns.values())


def join_sponsored_leagues(corpus: Corpus, res: Resolution) -> None:
    """Join a league's name with its sponsor's word before it ("Hyundai A-League") to the league's
    name, where the corpus writes that alone ("A-League") for a body: the sponsor's word is no part
    of the league's name, and changes with the contract. Only one word before the name that is no
    place, origin ("Scottish Premier League", "Asian Champions League" are other leagues), body's
    initials ("CONCACAF Nations League" is not the UEFA Nations League), possessive ("Women's
    Super League"), given name nor everyday word ("National Football League" is not the Football League); only a name
    that a league's word closes ("A-League", "Premier League"), never the word alone."""
    for spelling in corpus.count:
        sponsor, _, league = spelling.partition(" ")
        if not league or spelling in res.canonical or league not in corpus.count:
            continue
        if corpus.kind[league] in ("place", "person") or league.lower() == "league":
            continue
        if league.rsplit(None, 1)[-1].rsplit("-", 1)[-1].lower() != "league":
            continue
        if is_place(sponsor) or is_demonym(sponsor) or is_first_name(sponsor) or is_common_word(sponsor):
            continue
        if sponsor.isupper() or sponsor.endswith(("'s", "’s")):
            continue  # a body's initials or a possessive say whose league it is: "UEFA Nations League", "Women's Super League"
        res.canonical[spelling] = res.canonical.get(league, league)


def join_origin_qualified(corpus: Corpus, res: Resolution) -> None:
    """Join a name that a country's adjective opens ("Chilean Border Guards") to the name after the
    adjective where the same file writes that alone ("Border Guards"): the adjective says whose
    body it is, it is no part of another name. Only a country's or a place's adjective, not a
    group's word that opens names of its own ("International Space Station" is not "Space
    Station"); only names of two words or more after it, neither a place nor a person's."""
    for doc, spellings in corpus.by_doc.items():
        here = set(spellings)
        for spelling in spellings:
            first, _, rest = spelling.partition(" ")
            if (
                " " not in rest
                or rest not in here
                or not is_country_adjective(first)
                or res.target(doc, spelling) != spelling  # joined to another name already
                or is_place(rest)
                or is_first_name(rest.split()[0])
            ):
                continue
            res.local[doc][spelling] = res.target(doc, rest)


_ACRONYM_AND_YEAR = re.compile(rf"([A-Z]{{{CORPUS_ACRONYM_MIN_LETTERS},{MAX_INFERRED_ACRONYM}}}) (?:19|20)\d\d")


def join_known_as(corpus: Corpus, res: Resolution) -> None:
    """Join a name that its file says another name is known by ("X, known as Y", "Y, as X is
    commonly known") to what X stands for there, in that file: the text's own word that the two
    are one. Read last, once X has its entity; a name the file already joined stays."""
    for doc, names in corpus.known_as.items():
        here = set(corpus.by_doc[doc])
        for name, other in names.items():
            if other in here and name not in res.local[doc] and (target := res.target(doc, other)) != name:
                res.local[doc][name] = target


def join_defined_acronyms(corpus: Corpus, res: Resolution) -> None:
    """Join an acronym defined in parentheses to what it abbreviates: in every file where the
    corpus defines it as one body; where files define it as two (their words but the small ones
    differ: "Food Safety Bureau", "Financial Stability Board"), in each defining file to its own,
    and nowhere else: another file's is ambiguous (two bodies that both appear are never merged)."""
    meanings: dict[str, dict[tuple[str, ...], dict[str, list[str]]]] = defaultdict(lambda: defaultdict(dict))
    for doc, defined in corpus.acronyms_in.items():
        for short, long in defined.items():
            target = res.canonical.get(long, long)
            meanings[short][_body_words(target)].setdefault(target, []).append(doc)
    for short, bodies in meanings.items():
        if short in res.canonical:
            continue
        if len(bodies) == 1:  # "Islamic State of Iraq and Syria", "Islamic State in Iraq and Syria"
            (targets,) = bodies.values()
            res.canonical[short] = max(targets, key=lambda t: len(targets[t]))
            _own_bodies_of_the_letters(corpus, res, short, set(targets))
            continue
        for targets in bodies.values():
            for target, docs in targets.items():
                for doc in docs:
                    res.local[doc][short] = target
        res.ambiguous[short] = {max(targets, key=lambda t: len(targets[t])) for targets in bodies.values()}


def _own_bodies_of_the_letters(corpus: Corpus, res: Resolution, short: str, defined: set[str]) -> None:
    """In a file that does not define an acronym but names another body whose initials it is ("the
    Afghan National Council ... ANC members" beside another file's "African National Congress
    (ANC)"), the acronym is that body's there (or, with two such bodies, neither's): the corpus holds
    two bodies of those letters, and its own file names one."""
    letters = short.replace(".", "").upper()
    for doc in corpus.docs_of[short]:
        if short in corpus.acronyms_in.get(doc, {}) or short in res.local[doc]:
            continue
        bodies = {
            res.target(doc, s) for s in corpus.by_doc[doc]
            if " " in s and corpus.kind.get(s) != "person" and letters in (initials(s, False), initials(s, True))
        }  # fmt: skip
        own = bodies - defined
        if own:  # (the file naming the defined body too: either, so neither)
            res.local[doc][short] = own.pop() if len(own) == 1 and not bodies & defined else short


def _body_words(name: str) -> tuple[str, ...]:
    """Return the words that tell one body's long name from another's: its words but the small
    ones, in lowercase ("of" or "in" Iraq and Syria name one body)."""
    return tuple(w for w in name.lower().split() if w not in SMALL_WORDS)


def join_initials(corpus: Corpus, res: Resolution) -> None:
    """Join an undefined acronym to the one name of the corpus whose initials it is ("BOE")."""
    initials_of = {
        s: {initials(s, False), initials(s, True)}
        for s in corpus.count
        if " " in s and corpus.kind[s] != "person" and not corpus.honorific[s]
    }  # fmt: skip
    acronyms = {
        s: s.replace(".", "").upper()
        for s in corpus.count
        if 2 <= len(s.replace(".", "")) <= MAX_INFERRED_ACRONYM and s.replace(".", "").isalpha()
        and s[0].isupper() and sum(c.isupper() for c in s) >= 2 and s not in res.canonical
        and s not in res.ambiguous
    }  # fmt: skip
    # "CES 2008": an acronym and a year is that year's edition of the event the acronym stands for.
    acronyms.update(
        (s, m.group(1)) for s in corpus.count if s not in res.canonical and (m := _ACRONYM_AND_YEAR.fullmatch(s))
    )
    # "JDAMS" is the plural of the JDAM: an "S" no initial stands for, tried when the whole is nobody's.
    singular = {
        s: letters[:-1]
        for s, letters in acronyms.items()
        if letters[-1] == "S" and len(letters) > CORPUS_ACRONYM_MIN_LETTERS
    }
    wanted = set(acronyms.values()) | set(singular.values())
    by_initials: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, spellings in corpus.by_doc.items():
        for spelling in spellings:
            for letters in initials_of.get(spelling, set()) & wanted:
                by_initials[letters][doc].add(res.target(doc, spelling))
    everywhere = {letters: set().union(*docs.values()) for letters, docs in by_initials.items()}
    for spelling, letters in acronyms.items():
        candidates = by_initials.get(letters)
        if not candidates and spelling in singular:
            letters = singular[spelling]
            candidates = by_initials.get(letters)
        if not candidates:
            continue
        for doc in corpus.docs_of[spelling]:
            if spelling not in res.local[doc]:
                # "UT", "IP": two letters are the initials of too many names to look beyond the file.
                far = everywhere[letters] if len(letters) >= CORPUS_ACRONYM_MIN_LETTERS else set()
                choice, _ = pick(candidates.get(doc, set()), far)
                if choice:
                    res.local[doc][spelling] = choice
