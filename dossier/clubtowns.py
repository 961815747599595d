"""A town that stands for its club (`dossier.resolution` calls these): sports news calls a side by
its town ("Wigan are a good bet", "Newcastle" for the Newcastle Jets).

Which town opens a club's name (`club_town`), which files are sports news (`names_a_club`), which
towns stand for a club wherever the corpus writes them (`towns_of_clubs`), and the two joins: a
town alone to the one club its file names after it (`join_club_towns`), and, on the whole corpus's
evidence, in every file (`join_towns_of_clubs`); and a town its own file reads as its club's
("beat Chicago") to the one club of the corpus, whatever other files mean by it
(`join_cued_towns`). Never where another body's name opens with the
town, nor where the text places the town. A state's side is kept apart from the state of its
file's dateline (`dateline_states`, which `dossier.entities` runs before resolving). A town and one
word of its own that only sports news writes is a club's name (`clubs_of_a_town_and_a_word`: the
entity's type, "Perth Glory").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from .gazetteer import is_place, is_town_or_state, regions
from .lexicon import CLUB_WORDS, HEAD_WORDS, VENUE_WORDS, is_demonym, is_first_name
from .spans import is_team

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .model import Mention
    from .namecorpus import Corpus
    from .resolution import Resolution


def team_town(words: list[str]) -> str:
    """Return the place a club's name opens with ("Wigan" of "Wigan Athletic"; see `is_team`)."""
    return next(" ".join(words[:k]) for k in range(len(words) - 1, 0, -1) if is_place(" ".join(words[:k])))


def club_town(corpus: Corpus, name: str) -> str:
    """Return the town that opens `name` where the corpus reads it as a club's ("Green Bay" of
    "Green Bay Packers"), else "". Remembered per spelling: the types it reads are settled once
    `Corpus.read` is done, and the joins ask again for each file that writes the name."""
    town = corpus.club_town.get(name)
    if town is None:
        words = name.split()
        town = team_town(words) if corpus.kind[name] == "organization" and is_team(words) else ""
        corpus.club_town[name] = town
    return town


def team_towns(corpus: Corpus, name: str) -> list[str]:
    """Return the town of a club's name when the words around the town's own mentions read it as
    a body ("Wigan are a good bet", "the club Wigan"): there it is the club, not the town."""
    town = club_town(corpus, name)
    return [town] if town and corpus.kind.get(town) == "organization" else []


def club_towns(corpus: Corpus) -> set[str]:
    """Return the towns that open a club's name the corpus writes ("Green Bay" of "Green Bay
    Packers"): written alone, such a town may be the club as well as the place."""
    return {town for name in corpus.count if " " in name and (town := club_town(corpus, name))}


def towns_of_clubs(corpus: Corpus) -> set[str]:
    """Return the towns (and US states) that stand for a club wherever the corpus writes them:
    every file that writes one names a club after a town ("Dallas Cowboys", "Sydney FC", of any
    town), and no mention of it is placed (`Corpus.placed`: "in Dallas", a dateline, "Dallas,
    Texas"). Sports news calls a side by its town ("Dallas lost at home", "Minnesota opens a
    road trip"); the gazetteer's reading is no evidence of a place there. Only the type changes:
    which club a town stands for, and whether, is `team_towns`'s (a wrong join merges two
    entities). A country is left a place: its side is the country in news ("India accused
    Australia"), and so is a continent or another region."""
    return {
        s for s in corpus.count
        if corpus.kind[s] == "place" and s not in corpus.placed and is_town_or_state(s)
        and all(doc in corpus.sports_files for doc in corpus.docs_of[s])
    }  # fmt: skip


def clubs_of_a_town_and_a_word(corpus: Corpus, names: Iterable[str]) -> set[str]:
    """Return the names of two words, a town or region and a capitalised word of its own ("Perth
    Glory", "Queensland Roar", "Melbourne Victory"), that only files of sports news write, with no
    cue of their type: a side named for its town and a singular nickname, which the word alone
    ("Glory") or a given name ("Victory") would read as a person's. Not a given name first ("Sydney
    Crosby"), a place of its own, a word of place, venue or body ("Perth Airport", "Perth Mint"),
    nor a word of origin."""
    found = set()
    for name in names:
        words = name.split()
        if len(words) != 2 or corpus.cued.get(name) or not words[1].isalpha() or not words[1][0].isupper():
            continue
        town, word = words[0], words[1].lower()
        if not is_place(town) or is_first_name(town) or is_place(name) or word in HEAD_WORDS or word in VENUE_WORDS:
            continue
        if is_demonym(words[1]) or not all(doc in corpus.sports_files for doc in corpus.docs_of.get(name, ())):
            continue
        found.add(name)
    return found


#: The cues of a mention that say nothing of its name but what the name itself says (the
#: gazetteer's reading, its capitals): such a mention of a state's name neither places nor types it.
_NO_CONTEXT = frozenset({"gazetteer", "capitalised span", "single word"})


def dateline_states(mentions: list[Mention]) -> list[Mention]:
    """Return a file's mentions with a US state's abbreviation after a town ("STORRS, Conn.") kept
    under its own spelling, when the file is sports news (a name the words around it read as a
    side's: "beat X") and writes the state's name elsewhere with no cue of its own: there the name
    alone is the state's side ("Connecticut beat ..."), which sports news calls by its state
    (`towns_of_clubs`), and the dateline's state another entity; under one spelling the side's
    page would be the state's. A state's name the text places or types ("in Connecticut",
    "Connecticut lawmakers") keeps the dateline's state; so does a state written in full after
    the town (one spelling, one entity), and a country or another region (its side is the country)."""
    if not any(m.cue.startswith("team ") for m in mentions):
        return mentions
    states = {
        m.text for m in mentions if m.cue == "region" and m.full and m.full != m.text and is_town_or_state(m.text)
    }
    alone = {m.text for m in mentions if m.text in states and m.cue != "region"}
    typed = {m.text for m in mentions if m.text in alone and m.cue != "region" and m.cue not in _NO_CONTEXT}
    sides = alone - typed
    if not sides:
        return mentions
    return [replace(m, text=m.full, full="") if m.cue == "region" and m.text in sides else m for m in mentions]


def names_a_club(corpus: Corpus, doc: str) -> bool:
    """Tell a file of sports news: the words around a town there read it as its club's once at
    least ("Toronto beat Philadelphia", "Derby manager"), or it names a club after a town ("Dallas
    Cowboys", "Sydney FC") that a club's word closes ("FC", "United") or whose nickname it also
    writes alone ("the Cowboys"). A company's or a trade's name of that shape ("Boise Resorts", a
    town's "Fruit Growers") alone is neither."""
    if doc in corpus.team_cued:
        return True
    spellings = set(corpus.by_doc[doc])
    for name in spellings:
        town = club_town(corpus, name)
        if town and (name.rsplit(None, 1)[-1].lower() in CLUB_WORDS or name[len(town) + 1 :] in spellings):
            return True
    return False


def join_club_towns(corpus: Corpus, res: Resolution) -> None:
    """In a file of sports news (`names_a_club`) that names one club after a town ("Newcastle
    Jets"), join the town written alone to it ("Newcastle"): sports news calls a side so. Never
    where another body's name of the file opens with the town ("Newcastle United", the "Newcastle
    Herald": either may be meant), where the file places the town ("in Newcastle", a dateline,
    "Newcastle, New South Wales", "a Newcastle native"), nor a country's or a region's name (its
    side is the country). Only the file's own evidence counts: another file's "Chicago" may be the
    city (`join_towns_of_clubs` takes a join further, on the whole corpus's evidence). A club's
    word alone ("United") is left alone: a side the file names by its town only ("Carlisle",
    "United") is called so too."""
    for doc, spellings in corpus.by_doc.items():
        if doc not in corpus.sports_files:
            continue
        placed = corpus.placed_in[doc] | {res.target(doc, s) for s in corpus.placed_in[doc]}
        bodies: dict[str, set[str]] | None = None  # read once per file, when a town may join
        for name in spellings:
            town = club_town(corpus, name)
            if not town or town not in spellings or res.target(doc, town) != town or town in placed:
                continue
            if not is_town_or_state(town):
                continue
            if bodies is None:
                bodies = _bodies_by_opening(corpus, res, ((doc, s) for s in spellings))
            club = res.target(doc, name)
            if _only_club(club, bodies.get(town, ())):
                res.local[doc][town] = club
                res.club_towns.add((town, club))


def join_towns_of_clubs(corpus: Corpus, res: Resolution) -> None:
    """Join a town that stands for a club wherever the corpus writes it (`towns_of_clubs`: every
    file writing it is sports news, no mention anywhere places it, not a country nor a region) to
    the one club the whole corpus names after it, in every file, once a file that names the club
    writes the town alone for it (`join_club_towns`): "Minnesota" of a file that names no club
    is the "Minnesota Timberwolves" of a file where "Minnesota" stands for them too. Never where
    the corpus names two bodies after the town (the "Dallas Cowboys" and the "Dallas Mavericks",
    or the "Dallas Morning News"), in any file; a club's name alone is no evidence (college
    football's "coach at Washington" is the university, and another file names the Redskins)."""
    towns = corpus.towns_of_clubs
    clubs: dict[str, set[str]] = defaultdict(set)  # town -> the clubs the corpus names after it
    for doc, spellings in corpus.by_doc.items():
        for name in spellings:
            if (town := club_town(corpus, name)) in towns:
                clubs[town].add(res.target(doc, name))
    bodies: dict[str, set[str]] | None = None  # read once, when a town may join (most corpora: none)
    for town, named in clubs.items():
        club = next(iter(named))
        if len(named) > 1 or (town, club) not in res.club_towns:
            continue
        if bodies is None:
            pairs = ((doc, s) for doc, spellings in corpus.by_doc.items() for s in spellings)
            bodies = _bodies_by_opening(corpus, res, pairs)
        if _only_club(club, bodies.get(town, ())):
            for doc in corpus.docs_of[town]:
                if res.target(doc, town) == town:
                    res.local[doc][town] = club


def join_cued_towns(corpus: Corpus, res: Resolution) -> None:
    """Join a town that its own file reads as its club's ("beat Chicago", "Derby manager") and
    does not place to the one club the corpus names after it ("Chicago Bears"), also where other
    files write the town for the city: each file's words tell which it means there, and the town's
    page would hold the city of one file and the club of another. Never a country's or a region's
    name (its side is the country), nor where the corpus names two bodies after the town."""
    if not corpus.team_cued:
        return
    clubs: dict[str, set[str]] = defaultdict(set)  # town -> the clubs the corpus names after it
    for doc, spellings in corpus.by_doc.items():
        for name in spellings:
            if town := club_town(corpus, name):
                clubs[town].add(res.target(doc, name))
    bodies: dict[str, set[str]] | None = None  # read once, when a town may join
    for doc, towns in corpus.team_cued.items():
        for town in towns:
            named = clubs.get(town, set())
            if len(named) != 1 or res.target(doc, town) != town or town in corpus.placed_in[doc] or town in regions():
                continue
            if bodies is None:
                pairs = ((d, s) for d, spellings in corpus.by_doc.items() for s in spellings)
                bodies = _bodies_by_opening(corpus, res, pairs)
            club = next(iter(named))
            if _only_club(club, bodies.get(town, ())):
                res.local[doc][town] = club
                res.club_towns.add((town, club))


def _bodies_by_opening(corpus: Corpus, res: Resolution, names: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Return, for each opening of a name up to one of its spaces ("Newcastle" of "Newcastle
    Jets"), the entities that the names of the (file, name) pairs `names` opening with it resolve
    to, but places and persons ("Newcastle Airport", "Denver Smith"): the bodies a town alone might
    stand for. Read once, so that each town is checked in the time of its own names."""
    found: dict[str, set[str]] = defaultdict(set)
    for doc, name in names:
        target = res.target(doc, name)
        if corpus.kind.get(target) in ("place", "person"):
            continue
        for i, c in enumerate(name):
            if c == " ":
                found[name[:i]].add(target)
    return found


def _only_club(club: str, bodies: Iterable[str]) -> bool:
    """Tell whether every body in `bodies` (see `_bodies_by_opening`) is `club` or its longer form
    ("Adelaide United FC"): no other body is the one its town alone may stand for."""
    return all(b == club or b.startswith(f"{club} ") for b in bodies)
