"""A partial name joins the one longer name that extends it (`join_partial_names`: "Northwind" ->
"Northwind Mutual Insurance Company", "Delphine" -> "Hurricane Delphine"), a masthead's last word
the one paper of its file it closes ("the Post" -> "The Jerusalem Post", "the Times" -> "The New
York Times" over the outlet table's The Times: `join_masthead_words`), and a noble title alone the
one "Duchess of ..." of its file (`join_noble_titles`).

`_extensions` says which parts of a name may stand for it, by the name's type: not a product
family's word for a model ("Mac" of the "Mac Pro": `model_name`), nor a body's name for its arm in
another country or its namesake of a country ("Unity Party of Kenya"), nor a town's name for its
civic bodies ("Dunmore Chamber of Commerce"), nor a place for a longer place but a county's or a
venue's. A place its file
places is not the event named after it; a word that closes another name of its file, or opens a
thing's name after the file writes it alone (the maker's), joins nothing; a word typed a body's or
a person's joins no thing's name of another file ("shares of Orbix", "the Orbix Slate"), and a
surname typed a person's, of a person the corpus names, no body's name of another file ("Ford said
he ..." beside "Harrison Ford" and "Ford Motor Co.").
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .clubtowns import club_town, club_towns, team_town, team_towns
from .gazetteer import is_place, major_places, namesake_town, regions
from .lexicon import (
    ADMIN_WORDS,
    CLUB_WORDS,
    COMPANY_WORDS,
    EVENT_HEADS,
    EVENT_WORDS,
    IS_NUMBER,
    NAMED_EVENTS,
    NOBLE_TITLES,
    ORG_WORDS,
    PLACE_HEADS,
    SMALL_WORDS,
    VENUE_ENDS,
    VENUE_WORDS,
    is_first_name,
    is_legal_form,
)
from .people import pick
from .spans import MAX_SPAN_WORDS, is_person_name, is_team

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .namecorpus import Corpus
    from .resolution import Resolution


#: The last words that name one model of a product line ("Mac Pro", "MacBook Air", "iPod Nano"):
#: the word is what tells the model from its family, so the family's word alone ("Mac") is never a
#: short form of the model's name, and a given name before it ("Mac") makes no person. Prompted
#: by one tune page ("Mac" joined to the "Mac Pro"); the words are those product lines use, not a
#: list read off the tune pages.
MODEL_WORDS = frozenset({"pro", "air", "mini", "plus", "lite", "ultra", "nano", "touch"})


#: The last words that close a sequel's title after its first work's name ("Hanuman Returns",
#: "Batman Begins", "The Matrix Reloaded"): the first work, or the hero it is named after, is
#: another entity, so the name before the word is no short form of the sequel's. The words that
#: film and book series give their sequels, not a list read off the tune pages.
SEQUEL_WORDS = frozenset(
    {"returns", "begins", "rises", "reloaded", "revisited", "reborn", "redux", "resurrection", "forever", "unleashed"}
)


#: The words of a building or a ground that close a name after its namesake's one word ("Verizon
#: Center", "Carter Center", "Wembley Stadium"): the word alone is the firm, the person or the town
#: it is named after, not the building's short form, unless the words around it place it ("at
#: Lambeau", a place's name: see `_extensions`).
NAMESAKE_ENDS = VENUE_WORDS | {"center", "centre"}


def _extensions(name: str, kind: str) -> Iterable[str]:
    """Yield the partial names that may stand for `name` ("Northwind" for "Northwind Mutual")."""
    words = name.split()
    if len(words) > MAX_SPAN_WORDS:
        return  # no name is that long (a registry spelling may be): its prefixes cost the square of its words
    for k in range(1, len(words)):
        tail = words[k:]
        head = tail[0].lower() if len(tail) == 1 else ""
        # Calcasieu is Calcasieu Parish, Kettle Ridge the Kettle Ridge wildfire; Bodø is not Bodø
        # Airport, nor Reno the Reno City Council.
        if kind == "place" and head in VENUE_WORDS and not is_place(" ".join(words[:k])):
            pass  # "Lambeau" may be Lambeau Field: a name the gazetteer does not know before a word of place
        elif kind == "place" and head not in ADMIN_WORDS or kind == "event" and head not in NAMED_EVENTS:
            continue
        if kind != "place" and k == 1 and head in NAMESAKE_ENDS:
            continue  # "Verizon" is the firm the Verizon Center is named after ("Pew Research" is the center)
        if kind == "other" and not all(w[:1].isupper() and w[1:].islower() for w in tail):
            continue  # "Asus" is not the Asus Eee PC: a model's name after its maker's
        if kind == "other" and k == len(words) - 1 and model_name(name):
            continue  # "Mac" is not the Mac Pro: the family's word, not the model's short form
        if kind == "other" and k == len(words) - 1 and head in SEQUEL_WORDS:
            continue  # "Hanuman" is the first film or its hero, not "Hanuman Returns"
        part = " ".join(words[:k])
        if kind == "organization" and _regional_arm(tail):
            continue  # "Kaneda Motors" is not Kaneda Motors do Brasil, its arm in Brazil
        if kind in ("organization", "other") and _body_in_place(words[:k], tail):
            continue  # "Unity Party" is not the Unity Party of Kenya, nor Kaneda Motors Kaneda Motors Europe
        if kind == "organization" and " ".join(tail).lower() in CIVIC_BODIES:
            continue  # "Dunmore" is the town the Dunmore Chamber of Commerce is named after
        if words[k - 1].lower() not in SMALL_WORDS and (head in ADMIN_WORDS or not is_place(part)):
            yield part
    if "," in name and kind == "place":  # "Hartford" is "Hartford, Connecticut"
        yield name.split(",")[0]
    if ": " in name and kind == "other" and " " in name.partition(": ")[0]:
        yield name.partition(": ")[0]  # a title before its subtitle: "Pirates of the Caribbean: At World's End"
    if kind == "place" and len(words) >= 3 and " ".join(words[-2:]).lower() in VENUE_ENDS:
        yield " ".join(words[:-2])  # "at Waialae" is at Waialae Country Club
    if words[0].lower() in EVENT_HEADS:  # "Delphine" is Hurricane Delphine
        yield " ".join(words[1:])
    elif len(words) >= 3 and IS_NUMBER.fullmatch(words[-1]):  # "Flight 2209", "Highway 6"
        yield " ".join(words[-2:])
    if re.fullmatch(r"\d+-\d+", words[-1]):  # "ATR 72" is a family of "ATR 72-600"
        yield " ".join([*words[:-1], words[-1].split("-")[0]])
    if kind in ("organization", "event"):
        maker = words[0].split("-")[0]
        if maker != words[0] and len(maker) > 2 and maker.istitle():
            yield maker  # "the Mercedes" is the Mercedes-Benz Championship, "Rolls" Rolls-Royce
        # "Peoples Party" is the Pakistan Peoples Party, "Hall of Fame" the Sport Australia Hall of
        # Fame: the words that carry the name's head, after a place or a qualifier.
        # A possessive before them says whose they are: "Women's Super League" is not the Super
        # League, nor the "Women's World Cup" the World Cup.
        for k in range(1, len(words) - 1):
            if words[k].lower() in SMALL_WORDS or words[k - 1].endswith(("'s", "’s")):
                continue
            if not is_place(" ".join(words[k:])):
                yield " ".join(words[k:])
        if is_team(words):
            # "Raptors" is the Toronto Raptors; "Toronto" is the city, or the club: only the
            # sentence tells (see `team_towns`), and a wrong guess merges two entities.
            place = team_town(words)
            if place != " ".join(words[:-1]) or words[-1].lower() not in CLUB_WORDS:
                yield " ".join(words[len(place.split()) :])
    if kind == "place" and len(words) in (2, 3) and words[0].lower().rstrip(".") in PLACE_HEADS:
        if len(words) == 2 or words[1] == "of":  # "Hormuz" is the Strait of Hormuz
            if not is_first_name(words[-1]) and not is_place(words[-1]):
                yield words[-1]  # "Everest" is Mount Everest; "Mexico" is not the Gulf of Mexico


#: The kinds of a town's civic bodies, whose names are the town's name before the kind ("Dunmore
#: Chamber of Commerce", "Fenwick High School"): the town's name alone is the town, also where the
#: gazetteer does not know it (a known place is never a body's short form: see `_extensions`). A
#: firm's name is its own ("Northwind" of "Northwind Mutual Insurance Company"); these are not.
CIVIC_BODIES = frozenset(
    {
        "chamber of commerce", "city council", "town council", "borough council", "county council",
        "city hall", "town hall", "police", "police department", "fire department", "fire company",
        "school district", "area school district", "high school", "middle school", "elementary school",
        "public schools", "public library", "board of education", "school board", "historical society",
        "general hospital", "memorial hospital", "community hospital",
    }
)  # fmt: skip


def model_name(name: str) -> bool:
    """Tell a product model's name: a word or more before a model's word ("Mac Pro", `MODEL_WORDS`)."""
    head, _, last = name.rpartition(" ")
    return bool(head) and last.lower() in MODEL_WORDS


def _body_in_place(part: list[str], tail: list[str]) -> bool:
    """Tell a body's whole name (a body's word closes it: "Unity Party", "Kaneda Motors") before
    a place, with or without "of" ("of Kenya", "Europe"): the longer name is its arm there or a
    namesake of that country, another body. A club's word before its town ("Bayern Munich") is
    the club's short form: no body's word closes it."""
    place = " ".join(tail[1:] if tail[0] == "of" else tail)
    return part[-1].lower() in _BODY_WORDS and bool(place) and (is_place(place) or place in regions())


#: The last words that make a body's whole name (`_body_in_place`).
_BODY_WORDS = ORG_WORDS | COMPANY_WORDS


def _regional_arm(tail: list[str]) -> bool:
    """Tell the words that make a body's arm in a country of it: a name after another language's
    "of" ("Volkswagen do Brasil", "Kaneda Motors de México"); the parent's short forms are its own."""
    return any(word in _FOREIGN_OF and after[:1].isupper() for word, after in zip(tail, tail[1:], strict=False))


#: "Of" in the languages whose bodies' names news quotes most ("Volkswagen do Brasil").
_FOREIGN_OF = frozenset({"do", "da", "de", "del", "du", "des", "di"})

#: The last words of a place's longer names that keep it a place's (a county, a festival): joined once.
_ADMIN_OR_EVENT = ADMIN_WORDS | EVENT_WORDS


def join_partial_names(corpus: Corpus, res: Resolution) -> None:
    """Join a partial name to the one longer name that extends it ("Northwind", "Delphine")."""
    parts_of = {
        name: [
            p for p in (*_extensions(name, corpus.kind[name]), *team_towns(corpus, name))
            if p in corpus.count and p not in res.canonical
        ]
        for name in corpus.count
        if " " in name and corpus.kind[name] != "person" and not corpus.honorific[name]
    }  # fmt: skip
    longer: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # part -> doc -> names
    for doc, spellings in corpus.by_doc.items():
        for name in spellings:
            for part in parts_of.get(name, ()):
                longer[part][doc].add(name)
    _drop_products(corpus, longer)
    people_first = {s.split()[0] for s in corpus.count if corpus.is_full_name(s)}
    people_last = {s.rsplit(None, 1)[-1] for s in corpus.count if corpus.is_full_name(s)}
    towns_opening_clubs = club_towns(corpus)
    surnames: dict[str, set[str]] = {}  # doc -> the last words of its people's full names
    nicknamed: dict[str, bool] = {}  # doc -> whether its own club may bear a nickname: read once

    def surnames_here(doc: str) -> set[str]:
        if doc not in surnames:
            surnames[doc] = {
                s.rsplit(None, 1)[-1]
                for s in corpus.by_doc[doc]
                if corpus.is_full_name(s) and is_person_name(s.split()) and is_first_name(s.split()[0])
            }  # a person's by a known given name: "Macs Computerworld" is a run of capitals, no one
        return surnames[doc]

    for part in sorted(longer, key=lambda s: -len(s.split())):
        if corpus.honorific[part] or corpus.is_full_name(part):
            continue
        if part in major_places() or " " not in part and (part.isupper() or part in people_first):
            if not (part.isupper() and _legal_forms_only(part, longer[part].values())):
                continue  # Los Angeles is not Los Angeles County, nor Quebec the Quebec Nordiques
        if corpus.kind[part] == "place":  # Franklin County is not the Franklin County Jail
            # A place only the words around it make one ("in Lambeau"), unknown to the gazetteer, is
            # the place that it and a word of place name: "Lambeau Field", not the "Lambeau Leap".
            venue = not is_place(part)
            names_of = {
                d: {
                    n for n in names
                    if n.startswith(f"{part},") or n.split()[-1].lower() in _ADMIN_OR_EVENT
                    or venue and n.split()[:-1] == part.split() and n.split()[-1].lower() in VENUE_WORDS
                }
                for d, names in longer[part].items()
            }  # fmt: skip
        else:
            names_of = longer[part]
        candidates = {d: {res.target(d, n) for n in names} - {part} for d, names in names_of.items()}
        # A word that only ever opens a sentence may be any capitalised word ("Residents"), and an
        # everyday word with no cue anywhere ("Friends") any thing's: only a longer name in its own
        # file says what it stands for.
        opener = " " not in part and corpus.opening[part] == corpus.count[part]
        everywhere = set() if opener or corpus.bare_everyday_word(part) else set().union(*candidates.values())
        if corpus.kind[part] in ("organization", "person"):
            # A word its mentions type a body's or a person's ("shares of Orbix", "Orbix said") is
            # the maker, not the thing another file names after it ("the Orbix Slate", a product).
            everywhere = {n for n in everywhere if corpus.kind.get(n, "other") != "other"}
        if " " not in part and part in people_last:
            # "Ford said he liked it" is no mention of another file's "Ford Motor Co." where the
            # corpus names a person of that surname ("Harrison Ford"): people join it, or nobody;
            # nor is "Lincoln was busy" another file's "Lincoln, Nebraska" beside a Tamsin Lincoln
            # (two readings, and its own file tells neither: `people.join_people` leaves it too).
            everywhere = set()
        # "Cleveland" is no mention of another file's "Cleveland, Georgia" where the gazetteer knows
        # Cleveland as cities of other regions only: that pair is a namesake too small for it.
        everywhere = {
            n for n in everywhere if not (n.startswith(f"{part}, ") and namesake_town(part, n[len(part) + 2 :]))
        }
        if part in towns_opening_clubs:
            # "Green Bay" alone is the city or its club ("Green Bay Packers" is named in the corpus):
            # another file's "Green Bay, Wisconsin" does not tell which; only its own file's does.
            everywhere -= {res.target(d, n) for d, names in names_of.items() for n in names if n.startswith(f"{part},")}
        for doc in corpus.docs_of[part]:
            if part in surnames_here(doc):
                continue  # "Lohan" is Lindsay Lohan's in her file, not "Lohan Staff"'s: see `people.join_people`
            if _closes_another(corpus, doc, part, longer[part].get(doc, set())):
                continue  # "Villa" where "Aston Villa" and "Villa Park" are named: either
            here, far = candidates.get(doc, set()), everywhere
            if corpus.kind[part] == "place" and part in corpus.placed_in[doc]:
                # "near Cascade Creek": what the words around it place is the place, not the fire
                # named after it ("Crews held Kettle Ridge" may be the Kettle Ridge wildfire).
                here, far = _not_events(here), _not_events(far)
            if far and corpus.titles[doc].get(part) and part not in corpus.placed_in[doc]:
                # "Queen Elizabeth" is no other file's "Elizabeth, New Jersey": a title in its own
                # file makes the word someone's there, and nothing there places it
                far = {n for n in far if corpus.kind.get(n) == "person"}
            if not here and far and doc not in nicknamed:
                nicknamed[doc] = _own_club_may_be_called_so(corpus, doc)
            if not here and far and nicknamed[doc]:
                far = {n for n in far if not _club_of_a_town_named_elsewhere(corpus, doc, n)}
            choice, pool = pick(here, far)
            towns = {name for name in pool if "," in name}
            if choice is None and len(towns) == 1 and all(n.split()[-1].lower() in ADMIN_WORDS for n in pool - towns):
                choice = next(iter(towns))  # "Cameron" alone is the town, not Cameron Parish
            if choice:
                res.local[doc][part] = choice


def _own_club_may_be_called_so(corpus: Corpus, doc: str) -> bool:
    """Tell a file of sports news that names a club of its own without a nickname in its name: a
    town and a word that is no plural ("Derby County", "Leeds United", "Sheffield Wednesday"),
    a club's word or the words around it ("beat Derby County") saying it is a club. Such a club
    is called by a nickname its name does not hold ("the Rams" of Derby County), so a nickname
    alone there may be its; a club named with its nickname ("Chicago Bears") says its own, and a
    town alone ("beat Leeds") may stand for a club named either way."""
    if doc not in corpus.sports_files:
        return False
    for name in corpus.by_doc[doc]:
        words = name.split()
        if len(words) < 2 or corpus.kind.get(name) != "organization" or words[-1].endswith("s"):
            continue
        if words[-1].lower() not in CLUB_WORDS and name not in corpus.team_cued.get(doc, ()):
            continue  # "the Boston Globe" is no club: a club's word or a side's cue ("beat X") says so
        if any(is_place(" ".join(words[:k])) for k in range(1, len(words))):
            return True
    return False


def _club_of_a_town_named_elsewhere(corpus: Corpus, doc: str, name: str) -> bool:
    """Tell a club named after a town ("St. Louis Rams") whose town `doc` never writes: in a file
    whose own club may bear its nickname (`_own_club_may_be_called_so`), the nickname alone is no
    mention of another file's club of another town (the Rams of Derby are not St. Louis's)."""
    town = club_town(corpus, name)
    return bool(town) and town not in corpus.rank[doc]


def _not_events(names: set[str]) -> set[str]:
    """Return the names that no event's word closes ("Cascade Creek Fire" is an event's)."""
    return {n for n in names if n.rsplit(None, 1)[-1].lower() not in EVENT_WORDS}


def _closes_another(corpus: Corpus, doc: str, part: str, extended: set[str]) -> bool:
    """Tell a word that closes a name of its file other than the names it opens there (`extended`):
    "Villa" where the file names "Aston Villa" and "Villa Park" may be either, and is joined to
    neither here, nor to another file's longer name (where the file names "Aston Villa" alone, the
    word is not taken for another file's "Villa Park" either). A span with small words ("Green Bay
    for the Giants", two names run together; "Fans of Kelso Rangers") closes no name."""
    return bool(corpus.closing[doc].get(part, set()) - extended)


def _drop_products(corpus: Corpus, longer: dict[str, dict[str, set[str]]]) -> None:
    """Drop from `longer` the names of things ("other") that a word opens when a file writes the
    word alone before the thing's name ("Apple said ..." then "the Apple Cinema Display"): the
    word is the maker's or the family's name, not a short form of the thing's, which news writes
    in full first and shortens after. Dropped in every file: another file's word is the maker too."""
    for part, docs in longer.items():
        products = {
            name
            for doc, names in docs.items()
            for name in names
            if corpus.kind[name] == "other"
            and name.startswith(f"{part} ")
            and corpus.rank[doc].get(part, len(corpus.rank[doc])) < corpus.rank[doc][name]
        }
        for names in docs.values():
            names -= products


def join_masthead_words(corpus: Corpus, res: Resolution) -> None:
    """Join a masthead's last word written alone ("the Times", "the Post") to the one outlet of its
    file whose name "The" opens and the word closes ("The New York Times", "the Washington Post"),
    over the outlet table's paper of that one word (The Times of London): a paper calls itself and
    is called so in its own story; another file's "the Times" may be another paper. Where the file
    names the table's paper of that word in full too, the word is left to it."""
    for doc, spellings in corpus.by_doc.items():
        # (a paper the outlet table names without "The" counts where its file writes it: "The New York Post")
        papers = {
            target for s in spellings
            if " " in s and ((target := res.target(doc, s)).startswith("The ") or s.startswith("The "))
            and corpus.kind.get(s) == "organization"
        }  # fmt: skip
        if not papers:
            continue
        # "the Post" where the file names the Washington Post and the New York Post (the table
        # writes it without "The") is either: any body of the file the word closes is a rival.
        # (Each indexed by its last word once: asked word by word, a long page's thousand
        # spellings made the file's work quadratic.)
        bodies = {res.target(doc, s) for s in spellings if " " in s and corpus.kind.get(s) == "organization"}
        closing, own_papers = _by_last_word(bodies), _by_last_word(papers)
        for word in spellings:
            if " " in word or word in res.local[doc] or corpus.kind.get(word) not in ("organization", "other"):
                continue
            table = res.canonical.get(word)  # the outlet table's paper of the word, if any
            own = own_papers.get(word, set())
            if len(own) == 1 and table not in papers and closing.get(word, set()) <= own:
                res.local[doc][word] = next(iter(own))


def _by_last_word(names: set[str]) -> dict[str, set[str]]:
    """Return the names of several words by their last word ("Times" -> {"The New York Times"})."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if " " in name:
            found[name.rsplit(" ", 1)[1]].add(name)
    return found


def join_noble_titles(corpus: Corpus, res: Resolution) -> None:
    """Join a noble title alone ("the Duchess") to the one "Duchess of ..." its file names: another
    file's may be another duchess."""
    for doc, spellings in corpus.by_doc.items():
        for title in spellings:
            if " " in title or title.lower() not in NOBLE_TITLES or res.resolved(doc, title):
                continue
            owners = {res.target(doc, s) for s in spellings if s.startswith(f"{title} of ") and len(s.split()) >= 3}
            if len(owners) == 1:
                res.local[doc][title] = owners.pop()


def _legal_forms_only(part: str, names_by_doc: Iterable[set[str]]) -> bool:
    """Tell whether every longer name of `part` only adds a company's legal form ("TJX Cos.")."""
    return all(is_legal_form(n[len(part) :].strip(" .")) for names in names_by_doc for n in names)
