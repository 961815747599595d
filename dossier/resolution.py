"""Resolve the names found in a corpus (`resolve`): map every spelling to one canonical name.

In this order:

1. the registry (the user's `entities.yml`), then the table of widely known entities;
2. spelling variants of one person ("Vladmir Putin", "Sergey Lavrov", "Ahmad Rahami" for "Ahmad
   Khan Rahami") merge into the most used, never two people (see `dossier.people`); so do
   spellings that differ by punctuation, and a name's plural ("Pro Bowls" -> "Pro Bowl");
3. an acronym defined in parentheses anywhere in the corpus joins what it abbreviates (one that
   two files define as two bodies, each file's own there, and is ambiguous elsewhere; in a file
   that names another body of those letters, that body);
   a place written with its state's or district's abbreviation joins its bare name, when the
   corpus writes that as a place ("Washington D.C." -> "Washington"); a league's name with a
   sponsor's word before it joins the league the corpus writes alone ("Hyundai A-League" ->
   "A-League"); a large city's name that the corpus writes with two regions ("Portland, Maine",
   "Portland, Oregon") is each file's "Town, Region", and ambiguous in a file that writes neither;
4. a partial name joins the one longer name that extends it ("Northwind" -> "Northwind Mutual
   Insurance Company", "Kettle Ridge" -> "Kettle Ridge wildfire", "Delphine" -> "Hurricane
   Delphine", "Flight 2209" -> "Aurora Regional Airlines Flight 2209", a title without its
   subtitle; not a place its file places, "near Cascade Creek", to the fire named after it, nor a
   product family's word to a model, "Mac" to the "Mac Pro"), "Hormuz" -> "Strait of Hormuz",
   "TJX" -> "TJX Cos.", and a club's town that the words around it read as a body -> the club
   ("Wigan are a good bet" -> "Wigan Athletic");
   a masthead's last word the paper of its file it closes, before the outlet table's paper of
   that word ("the Post" -> "The Jerusalem Post", "the Times" -> "The New York Times"); a noble
   title alone the one "Duchess of ..." of its file; a place only its context makes one the venue
   of its file that it opens ("in Lambeau" -> "Lambeau Field"); a town alone that opens a club's
   name of the corpus ("Green Bay" of "Green Bay Packers") joins a "Town, Region" of its own
   file only, since it may be the club; in a file of sports news, the one club the file names
   after it, when nothing there places the town ("Newcastle" -> "Newcastle Jets");
5. a surname alone joins the one full name that ends with it ("Putin" -> Vladimir Putin); "Mr."
   and "Mrs." pick between two full names by the first names' gender; in a file that names two,
   the nearest; a word that opens a known body's name ("Fox" of Fox News), with no person's cue,
   only a full name of its own file (see `dossier.people`);
6. a first name alone joins the one full name of that file that starts with it ("Elena"), and
   initials alone the one person of that file they open ("K.J." for "K.J. Choi");
7. an undefined acronym joins the one name of the corpus whose initials it is ("BOE"), or whose
   initials it is without a plural's "S" ("JDAMS");
8. a name its file says another is known by ("X, known as Y", "Y, as X is commonly known") joins
   what X stands for there.

Each step looks in the file first, then in the corpus (a first name, a surname that is also a big
city, and an everyday word no mention of the corpus gives a cue to, "the House voted", only in the
file: `Corpus.bare_everyday_word`). A name that fits two candidates is ambiguous: it stays under its own
spelling and its description says which names it could be, never guessed. A one-word name that only
ever opens a sentence and has no other cue ("Organisers say ..."), and a span that is two names of
the corpus joined by "of" or "for" ("Green Bay for the Giants"), are reported as weak (see
`resolve_corpus`).

Where each step is: the facts every join reads (counts, files, the type each spelling's mentions
vote for) in `dossier.namecorpus`; punctuation variants, qualifying words and initials (steps 2, 3
and 7) in `dossier.namevariants`; partial names and noble titles (4) in `dossier.partialnames`, a
club's town (4) in `dossier.clubtowns`; people (2, 5, 6) in `dossier.people`. This module runs the
steps in order, reports the weak names and makes the entities.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial

from .clubtowns import clubs_of_a_town_and_a_word, join_club_towns, join_cued_towns, join_towns_of_clubs
from .gazetteer import is_place, major_places
from .lexicon import NAMES_ALONE, is_common_word, is_first_name
from .model import Entity, Mention
from .namecorpus import Corpus, top_type
from .namevariants import (
    join_defined_acronyms,
    join_initials,
    join_known_as,
    join_origin_qualified,
    join_punctuation_variants,
    join_region_suffixes,
    join_sponsored_leagues,
    join_towns_of_two_regions,
)
from .partialnames import join_masthead_words, join_noble_titles, join_partial_names
from .people import join_lone_initials, join_people, merge_variants
from .registry import Registry
from .spans import glued_initials_person

#: An everyday word written capitalised inside a sentence at least this many times in the corpus is
#: a name ("the Garden" in two sources, or twice in one); once is a label's or a heading's
#: capital ("a Ticket", "Window"). Chosen on the entities tune part, where every labelled name that
#: the word-frequency evidence took came twice or more and every not-name once.
EVERYDAY_NAME_MIN_INSIDE = 2

#: A small place the gazetteer knows, written this many times in a corpus and never placed by the
#: words around it ("in X", a dateline), is typed "other": what a text names that often without
#: once saying where it is, is no town it speaks of (the shuttle "Atlantis", 13 mentions in one
#: cluster). Chosen on the entities tune clusters' choosing half, where the towns a text
#: names twice or less with no placing word are places and those named four times or more are not.
UNPLACED_TOWN_MIN_MENTIONS = 4


@dataclass
class Resolution:
    """Canonical names: corpus-wide (registry, variants, acronyms) and per file (the rest)."""

    canonical: dict[str, str] = field(default_factory=dict)
    local: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    ambiguous: dict[str, set[str]] = field(default_factory=dict)  # spelling -> the names it could be
    #: doc -> its spellings that could be two of its people, with the names: taken by no entity there
    unlinked: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    #: (town, club) joined in a file because it names the club (`dossier.clubtowns.join_club_towns`)
    club_towns: set[tuple[str, str]] = field(default_factory=set)
    #: names a title gave a person of a town's word ("Senator Austin"): people, whatever the town's votes
    titled_people: set[str] = field(default_factory=set)

    def target(self, doc: str, spelling: str) -> str:
        return self.local[doc].get(spelling) or self.canonical.get(spelling, spelling)

    def resolved(self, doc: str, spelling: str) -> bool:
        return spelling in self.canonical or spelling in self.local[doc]


@dataclass(frozen=True)
class Resolved:
    """What resolving a corpus gives: each document's spellings with their entities; the weak
    names, one-word names that only ever open a sentence in the corpus with no cue that they are
    names ("Organisers say ..."); and each document's ambiguous spellings, that could be two of its
    people ("Trump" where the father and the son are named), with the names, taken by no entity."""

    by_doc: dict[str, dict[str, Entity]]
    weak: set[str]
    unlinked: dict[str, dict[str, tuple[str, ...]]]


def resolve(mentions_by_doc: Mapping[str, list[Mention]], registry: Registry) -> dict[str, dict[str, Entity]]:
    """Resolve every document's mentions to canonical entities; return doc -> spelling -> entity."""
    return resolve_corpus(mentions_by_doc, registry).by_doc


def resolve_corpus(
    mentions_by_doc: Mapping[str, list[Mention]],
    registry: Registry,
    keys_by_doc: Mapping[str, list[str]] | None = None,
) -> Resolved:
    """Resolve as `resolve` does; also return the weak names and each document's ambiguous spellings
    (`keys_by_doc`: each file's `resolution_keys`, if the caller has them)."""
    corpus = Corpus.read(mentions_by_doc, keys_by_doc)
    res = Resolution()
    for spelling in corpus.count:
        known = registry.canonical(spelling)
        if known:
            res.canonical[spelling] = known
    for spelling in corpus.count:  # one outlet, one name: the outlet table's ("the Guardian")
        outlet = corpus.outlets.get(spelling) or (
            spelling.lower() in NAMES_ALONE and registry.outlet_words.get(spelling)
        )
        if outlet:
            res.canonical.setdefault(spelling, outlet)
    join_masthead_words(corpus, res)
    join_punctuation_variants(corpus, res)
    merge_variants(corpus, res)
    join_defined_acronyms(corpus, res)
    join_region_suffixes(corpus, res)
    join_towns_of_two_regions(corpus, res)
    join_sponsored_leagues(corpus, res)
    join_partial_names(corpus, res)
    join_club_towns(corpus, res)
    join_towns_of_clubs(corpus, res)
    join_cued_towns(corpus, res)
    join_origin_qualified(corpus, res)
    join_noble_titles(corpus, res)
    join_people(corpus, res, registry)
    join_lone_initials(corpus, res)
    join_initials(corpus, res)
    join_known_as(corpus, res)
    _follow_chains(res)
    joined = {s for names in res.local.values() for s in names}
    _join_titled_surnames(corpus, res)
    # One-word names that only ever open a sentence, with no cue, are sentence openers ("Organisers").
    bare = _bare_words(corpus, res, joined)
    weak = {s for s in bare if corpus.opening[s] == corpus.count[s]} | _everyday_words(corpus, res, bare)
    weak |= _run_together(corpus, res, registry)
    unlinked = {doc: {s: tuple(sorted(names)) for s, names in found.items()} for doc, found in res.unlinked.items()}
    return Resolved(_entities(mentions_by_doc, corpus, res, registry), weak, unlinked)


def _follow_chains(res: Resolution) -> None:
    """Point a spelling joined to a name that a later step joined further ("KJ Choi" -> "K.J. Choi"
    by punctuation, "K.J. Choi" -> "Kyung-Ju Choi" by initials) at the last name: each step joins
    the spellings not yet joined, so the first spelling kept its own page beside its person's."""

    def last(doc: str | None, name: str) -> str:
        seen = {name}
        while True:
            step = (res.local[doc].get(name) if doc is not None and doc in res.local else None) or res.canonical.get(
                name, name
            )
            if step in seen:
                return name
            seen.add(step)
            name = step

    for spelling, target in list(res.canonical.items()):
        res.canonical[spelling] = last(None, target)
    for doc, names in res.local.items():
        for spelling, target in list(names.items()):
            names[spelling] = last(doc, target)


def _join_titled_surnames(corpus: Corpus, res: Resolution) -> None:
    """Join a surname after "Mr." to the surname alone, its page's name, where no step joined it
    elsewhere. Where the corpus places that word ("Austin, Texas", "in Austin") but the title's own
    file does not, the word alone is the town's: the person keeps a page of their own in that file,
    "Mr. Austin" (the surname alone there joins it: "Austin told reporters"), or "Senator Austin"
    for a role's title, which is read with the bare word (`Corpus.titles`), where a town's page
    holds the bare word (not where each file that places it names a longer place: "Queen
    Elizabeth" is then "Elizabeth", the town "Elizabeth, New Jersey")."""
    towns = {w for doc, placed in corpus.placed_in.items() for w in placed if res.target(doc, w) == w}
    for spelling, honorific in corpus.honorific.items():
        surname = honorific[0] if honorific else spelling
        if honorific and surname in towns:
            for doc in corpus.docs_of[spelling]:
                if surname not in corpus.placed_in[doc] and surname in corpus.by_doc[doc]:
                    res.local[doc].setdefault(surname, spelling)
            surname = spelling
        res.canonical.setdefault(spelling, surname)
    for doc, titled in corpus.titles.items():
        for word, titles in titled.items():
            if (
                len(titles) == 1 and " " not in word and word in towns
                and word not in corpus.placed_in[doc] and res.target(doc, word) == word
            ):  # fmt: skip
                res.local[doc][word] = person = f"{next(iter(titles))} {word}"
                res.titled_people.add(person)


def _bare_words(corpus: Corpus, res: Resolution, joined: set[str]) -> set[str]:
    """Return the one-word names with no evidence beyond their capital: their own canonical name,
    no cue (title, speech verb, registry, place word), no other spelling joined to it ("Mr.
    Marchetti"), not ambiguous, not joined to a longer name, not an acronym, a large place nor a
    name with its initials glued to it ("P.K.Divakaran")."""
    targets = {target for spelling, target in res.canonical.items() if target != spelling}
    return {
        s for s in corpus.count
        if res.canonical[s] == s and " " not in s and not corpus.cued[s] and s not in res.ambiguous
        and s not in joined and s not in targets and not s.isupper() and s not in major_places()
        and not glued_initials_person([s])
    }  # fmt: skip


def _everyday_words(corpus: Corpus, res: Resolution, bare: set[str]) -> set[str]:
    """Return the `bare` words that are everyday words ("Ticket", "Window": see `is_common_word`):
    with no type, not a given name, no other spelling joined to them ("Mr. Food"), and capitalised
    inside a sentence fewer than `EVERYDAY_NAME_MIN_INSIDE` times (a venue called "the Garden" is
    written so again and again)."""
    local = (pair for names in res.local.values() for pair in names.items())
    targets = {target for spelling, target in (*res.canonical.items(), *local) if target != spelling}
    return {
        s for s in bare - targets
        if corpus.kind[s] == "other" and corpus.count[s] - corpus.opening[s] < EVERYDAY_NAME_MIN_INSIDE
        and is_common_word(s) and not is_first_name(s)
    }  # fmt: skip


#: The words that join two names run together into one span ("Green Bay for the Giants", "Kirui of
#: Kenya"); none where the second is a person's surname ("USA Lohan": a section label before a
#: headline). Other names side by side are left alone: "NHS Scotland", "Colorado Ski Safety Act"
#: are names of their own (a body's regional arm, a state's law).
_RUN_TOGETHER_GAPS = ((), ("of",), ("of", "the"), ("for",), ("for", "the"))


def _stands_for(res: Resolution, registry: Registry, doc: str, here: set[str], words: list[str]) -> str | None:
    """Return the name that words stand for in a file: its own spelling's, else the registry's."""
    name = " ".join(words)
    return res.target(doc, name) if name in here else registry.canonical(name)


def _run_together(corpus: Corpus, res: Resolution, registry: Registry) -> set[str]:
    """Return the spans that are two names of their file joined by "of" or "for" ("Green Bay for
    the Giants", "Kirui of Kenya") or a name before a surname ("USA Lohan"): a span no other
    spelling stands for, whose two sides the same file writes on their own (or the registry
    knows) for two other entities; evidence from other files is too weak ("BMW of North America",
    "Eastern District of Louisiana" in a file that writes neither side alone). A name whose side
    stands for the name itself is one name ("Bank of England" where "the Bank" is it); so is a
    person's ("Jane Ostley of Tillworth": a given name opens it)."""
    targets: dict[str, set[str]] = defaultdict(set)  # spelling -> what it stands for, file by file
    for doc, spellings in corpus.by_doc.items():
        for spelling in spellings:
            targets[spelling].add(res.target(doc, spelling))
    taken = {t for spelling, ts in targets.items() for t in ts if t != spelling}  # names another spelling joined
    found: set[str] = set()
    for doc, spellings in corpus.by_doc.items():
        here = set(spellings)
        stands_for = partial(_stands_for, res, registry, doc, here)
        for span in spellings:
            words = span.split()
            if len(words) < 2 or targets[span] != {span} or span in taken or span in found:
                continue
            if registry.canonical(span) or is_first_name(words[0]):
                continue
            for cut in range(1, len(words)):
                right = words[cut:]
                for gap in _RUN_TOGETHER_GAPS:
                    if tuple(right[: len(gap)]) != gap or len(right) <= len(gap):
                        continue
                    left_to, right_to = stands_for(words[:cut]), stands_for(right[len(gap) :])
                    if not gap and not (len(right) == 1 and right_to in corpus.kind and corpus.is_full_name(right_to)):
                        continue  # side by side, only a surname standing for another's full name
                    if left_to and right_to and span not in (left_to, right_to) and left_to != right_to:
                        found.add(span)
    return found


def _unplaced_towns(corpus: Corpus) -> set[str]:
    """Return the small places' names (not a country, a region nor a large city) that the corpus
    writes `UNPLACED_TOWN_MIN_MENTIONS` times or more with no word that places them ("in X", a
    dateline, "X, Region") and nothing but the gazetteer to call them places: a story about a town
    places it somewhere; a shuttle or a ship named like a town ("Atlantis", "Columbia") is not one."""
    return {
        s for s in corpus.count
        if corpus.kind[s] == "place" and s not in corpus.placed and corpus.count[s] >= UNPLACED_TOWN_MIN_MENTIONS
        and is_place(s) and s not in major_places()
    }  # fmt: skip


def _entities(
    mentions_by_doc: Mapping[str, list[Mention]], corpus: Corpus, res: Resolution, registry: Registry
) -> dict[str, dict[str, Entity]]:
    canonical = res.canonical
    pairs: set[tuple[str, str]] = set()  # (spelling, the name it resolved to) in some file
    for doc, spellings in corpus.by_doc.items():
        local = res.local.get(doc, {})
        pairs.update((s, local.get(s) or canonical.get(s, s)) for s in spellings)
    entity_types: dict[str, Counter[str]] = defaultdict(Counter)
    for spelling, target in pairs:
        # A surname or first name says nothing of the type of the person it joined, nor a city of
        # its club's ("New York" of the New York Giants): a part counts for the name it joined only
        # when the name is a guess.
        if (
            target == spelling
            or corpus.kind.get(target, "other") == "other"
            or (" " in spelling and (spelling, target) not in res.club_towns)
        ):
            entity_types[target].update(corpus.types[spelling])
    kinds = {target: top_type(counter) for target, counter in entity_types.items()}
    for town in corpus.towns_of_clubs & kinds.keys():
        if kinds[town] == "place":
            kinds[town] = "organization"
    for name in clubs_of_a_town_and_a_word(corpus, kinds):
        if kinds[name] in ("other", "person"):
            kinds[name] = "organization"
    for name in _unplaced_towns(corpus) & kinds.keys():
        if kinds[name] == "place":
            kinds[name] = "other"
    for name, kind in kinds.items():
        if kind == "other" and (corpus.names_only(name) or corpus.given_name_alone(name)):
            kinds[name] = "person"
    for name in res.titled_people & kinds.keys():
        kinds[name] = "person"
    ambiguity = {  # target -> (whether every rival is a person, its description)
        target: (
            all(corpus.kind.get(n) == "person" for n in rivals),
            f"Ambiguous: could be {' or '.join(sorted(rivals))}.",
        )
        for target, rivals in res.ambiguous.items()
    }
    made: dict[tuple[str, tuple[str, ...]], Entity] = {}  # one Entity per name and aliases, shared by files
    result: dict[str, dict[str, Entity]] = {}
    for doc in mentions_by_doc:
        local = res.local.get(doc, {})
        aliases_of: dict[str, dict[str, None]] = defaultdict(dict)  # target -> its other spellings, in order
        key_target: dict[str, str] = {}
        unlinked = res.unlinked.get(doc, {})
        here = set(corpus.by_doc[doc])
        for key, full in corpus.spans_by_doc[doc]:  # a repeated mention adds nothing
            if key in unlinked:
                continue
            target = key_target[key] = local.get(key) or canonical.get(key, key)
            aliases = aliases_of[target]
            aliases[key] = None
            # The span as written ("Jackson" of "Jackson, Mississippi"), unless the file writes it
            # alone for another entity (Andrew Jackson): one spelling, one entity of the file.
            if full and (full not in here or (local.get(full) or canonical.get(full, full)) == target):
                aliases[full] = None
        entities: dict[str, Entity] = {}
        for target, aliases in aliases_of.items():
            aliases.pop(target, None)
            entity = made.get((target, tuple(aliases)))
            if entity is None:
                known = registry.entities.get(target)
                kind = known.type if known else kinds.get(target, "other")
                description = known.description if known else ""
                if not known and target in ambiguity:
                    all_people, description = ambiguity[target]
                    kind = "person" if all_people else kind
                entity = made[target, tuple(aliases)] = Entity(
                    target, kind, tuple(aliases), reviewed=bool(known and known.reviewed),
                    description=description, same_as=known.same_as if known else "",
                )  # fmt: skip
            entities[target] = entity
        result[doc] = {key: entities[target] for key, target in key_target.items()}
        for entity in entities.values():
            for spelling in (entity.name, *entity.aliases):
                result[doc].setdefault(spelling, entity)
    return result
