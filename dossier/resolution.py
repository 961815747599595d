"""Resolve the names found in a corpus (`resolve`): map every spelling to one canonical name.

In this order:

1. the registry (the user's `entities.yml`), then the table of widely known entities;
2. spelling variants of one person ("Vladmir Putin", "Sergey Lavrov", "Ahmad Rahami" for "Ahmad
   Khan Rahami") merge into the most used, never two people (see `dossier.people`); so do
   spellings that differ by punctuation, and a name's plural ("Pro Bowls" -> "Pro Bowl");
3. an acronym defined in parentheses anywhere in the corpus joins what it abbreviates;
   a place written with its state's or district's abbreviation joins its bare name, when the
   corpus writes that as a place ("Washington D.C." -> "Washington"); a league's name with a
   sponsor's word before it joins the league the corpus writes alone ("Hyundai A-League" ->
   "A-League");
4. a partial name joins the one longer name that extends it ("Northwind" -> "Northwind Mutual
   Insurance Company", "Kettle Ridge" -> "Kettle Ridge wildfire", "Delphine" -> "Hurricane
   Delphine", "Flight 2209" -> "Aurora Regional Airlines Flight 2209", a title without its
   subtitle; not a place its file places, "near Cascade Creek", to the fire named after it, nor a
   product family's word to a model, "Mac" to the "Mac Pro"), "Hormuz" -> "Strait of Hormuz",
   "TJX" -> "TJX Cos.", and a club's town that the words around it read as a body -> the club
   ("Wigan are a good bet" -> "Wigan Athletic");
   a masthead's last word its masthead, in its file ("the Post" -> "The Jerusalem Post"); a noble
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
   initials it is without a plural's "S" ("JDAMS").

Each step looks in the file first, then in the corpus (a first name, or a surname that is also a big
city, only in the file). A name that fits two candidates is ambiguous: it stays under its own
spelling and its description says which names it could be, never guessed. A one-word name that only
ever opens a sentence and has no other cue ("Organisers say ..."), and a span that is two names of
the corpus joined by "of" or "for" ("Green Bay for the Giants"), are reported as weak (see
`resolve_corpus`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, partial

from .clubtowns import (
    join_club_towns,
    join_towns_of_clubs,
    names_a_club,
    towns_of_clubs,
)
from .gazetteer import is_place, major_places
from .lexicon import (
    HONORIFICS,
    NAMES_ALONE,
    is_common_word,
    is_country_adjective,
    is_demonym,
    is_first_name,
    is_person_like,
)
from .model import Entity, Mention
from .namevariants import (
    join_initials,
    join_origin_qualified,
    join_punctuation_variants,
    join_region_suffixes,
    join_sponsored_leagues,
)
from .partialnames import join_noble_titles, join_partial_names, model_name
from .people import join_lone_initials, join_people, merge_variants
from .registry import Registry
from .spans import is_pageant

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

#: A name the gazetteer does not know is a place by a preposition of place ("in Kapalua") only when
#: at least this share of its mentions have one; "invested in Microsoft" once among ten mentions
#: says nothing of what Microsoft is.
PLACE_CUE_MIN_SHARE = 1 / 3


def _title_before(m: Mention) -> str | None:
    """Return the title written before a mention's name ("Mr.", "President"), which its cue
    records as `title 'President'` (`spans.read_span`), or None."""
    return m.cue[7:-1] if m.cue.startswith("title ") else None


def resolution_key(m: Mention) -> str:
    """Return the spelling a mention resolves by: "Mr. Marchetti" stays whole to pick by sex."""
    title = _title_before(m)
    if not m.full or " " in m.text or title is None or title.lower() not in HONORIFICS:
        return m.text
    return m.full


def _honorific(key: str) -> tuple[str, str] | None:
    """Return (surname, sex) of an "Mr. Marchetti" key."""
    words = key.split()
    if len(words) == 2 and words[0].lower() in HONORIFICS and not is_pageant(words[0].lower(), words[1:]):
        return words[1], HONORIFICS[words[0].lower()]
    return None


def _gazetteer_yields(types: Counter[str], context: Counter[str]) -> None:
    """Drop the place votes of a name that only the gazetteer (or its shape: "Derby County") calls a
    place when the words around its mentions say it is something else, one type by a majority:
    "Senator Obama", "Wigan are a good bet", "the club Wigan". A town's name is many things'
    name, and the gazetteer's reading, repeated at every mention, is one fact; the text places a
    place ("in Wigan", a dateline), and one such mention keeps it a place."""
    if not types["place"] or context["place"]:
        return
    (top, n), *rest = context.most_common(2) + [("", 0)]
    if top not in ("", "other") and n > rest[0][1]:
        types["place"] = 0


def _weight(m: Mention) -> int:
    # A bare one-word proposal says little about type; titles, the registry, role nouns and place
    # cues say most; a speech verb says a little (bodies speak too: "Google said").
    if m.cue == "single word":
        return 0
    if m.cue in ("capitalised span", "gazetteer", "first name", "acronym") or m.cue.startswith("speaker "):
        return 1
    return _CONTEXT_WEIGHT


#: The weight of a mention's type that the registry, a title or the words around it gave.
_CONTEXT_WEIGHT = 3

#: The cues of a mention read "other" for want of evidence: its capitals alone, an acronym's
#: letters, or a small place that is also a given name, which the gazetteer no longer vouches for
#: (see `dossier.discovery._with_cue`). Such votes yield to a cue that another mention has.
_BARE_READINGS = frozenset({"capitalised span", "acronym", "gazetteer"})


def _context(m: Mention) -> bool:
    """Tell a mention whose type the registry, a title or the words around it gave; not a person
    cue after it ("Liverpool, who have won": a club's, a town's people's too)."""
    return _weight(m) == _CONTEXT_WEIGHT and m.cue != "person after"


def _places(m: Mention) -> bool:
    """Tell a mention that the words around it place ("in Dallas", a dateline)."""
    return m.type == "place" and _context(m)


def _epithet_first(words: list[str]) -> bool:
    """Tell a name whose first word is an everyday word and no given name ("Super Zorbo", "Golden
    Lakes"): a thing's name as often as a person's, so its last word standing alone ("Zorbo") does
    not make it a person's full name; a word of origin ("Finnish Zorbo") is left to the other rules."""
    first = words[0]
    return (
        is_common_word(first) and not is_first_name(first) and not is_demonym(first) and not is_country_adjective(first)
    )


@dataclass
class Corpus:
    """What resolution knows about every spelling of the corpus."""

    count: Counter[str] = field(default_factory=Counter)
    opening: Counter[str] = field(default_factory=Counter)  # occurrences that open a sentence
    cued: Counter[str] = field(default_factory=Counter)  # occurrences with a cue (title, dateline, registry)
    types: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    acronyms: dict[str, str] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)  # "Guardian" (after "the") -> "The Guardian"
    by_doc: dict[str, list[str]] = field(default_factory=dict)  # doc -> its spellings, in order
    #: doc -> its distinct (spelling, span with title) pairs, in order: what names its entities
    spans_by_doc: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    docs_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # spelling -> docs
    kind: dict[str, str] = field(default_factory=dict)  # spelling -> its most likely type
    honorific: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    sequence: dict[str, list[str]] = field(default_factory=dict)  # doc -> its spellings, every mention in order
    rank: dict[str, dict[str, int]] = field(default_factory=dict)  # doc -> spelling -> the order of its first mention
    #: doc -> a last word -> the names of capitalised words it closes there ("Villa" -> "Aston Villa")
    closing: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    #: doc -> the names it introduces as another person's relative ("His mother, Jane Doe, says")
    relatives: dict[str, set[str]] = field(default_factory=dict)
    #: doc -> spelling -> the role titles written before it there ("President", "First Lady"; not
    #: "Mr.", whose sex `honorific` keeps)
    titles: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    #: the spellings the words around one mention at least place ("in Dallas", a dateline), or that
    #: open a "Town, Region" of the corpus ("Dallas" of "Dallas, Texas")
    placed: set[str] = field(default_factory=set)
    #: doc -> the spellings that a mention of that file places, or that open a "Town, Region" there
    placed_in: dict[str, set[str]] = field(default_factory=dict)
    #: the files where the words around a town read it as its club's at least once ("beat Dallas",
    #: "Derby manager"): sports news
    team_cued: set[str] = field(default_factory=set)
    #: spelling -> the town that opens it as a club's name, or "" (see `dossier.clubtowns.club_town`):
    #: asked for every file's every spelling by four joins, read once per spelling
    club_town: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, mentions_by_doc: Mapping[str, list[Mention]]) -> Corpus:
        corpus = cls()
        seen: Counter[tuple[str, str, str, bool]] = Counter()  # (spelling, type, cue, opens a sentence)
        place_by: dict[str, Counter[bool]] = defaultdict(Counter)  # spelling -> place mentions by a preposition or not
        context: dict[str, Counter[str]] = defaultdict(Counter)  # spelling -> types the words around it gave
        bare_other: Counter[str] = Counter()  # spelling -> votes for "other" its capitals alone gave
        for doc, mentions in mentions_by_doc.items():
            keys = [resolution_key(m) for m in mentions]
            cues = [m.cue for m in mentions]
            seen.update(zip(keys, [m.type for m in mentions], cues, [m.start for m in mentions], strict=True))
            for m, cue in zip(mentions, cues, strict=True):
                if cue.startswith("acronym of "):
                    corpus.acronyms.setdefault(m.text, m.full)
                elif cue.startswith("outlet "):
                    corpus.outlets.setdefault(m.text, cue[7:])
            corpus.sequence[doc] = keys
            corpus.relatives[doc] = {k for k, m in zip(keys, mentions, strict=True) if m.relative}
            corpus.titles[doc] = defaultdict(set)
            for k, m in zip(keys, mentions, strict=True):
                if (title := _title_before(m)) is not None and title.lower() not in HONORIFICS:
                    corpus.titles[doc][k].add(title)
            corpus.placed_in[doc] = {k.split(",")[0] for k in keys if "," in k} | {
                k for k, m in zip(keys, mentions, strict=True) if _places(m)
            }
            if any(cue.startswith("team ") for cue in cues):
                corpus.team_cued.add(doc)
            corpus.by_doc[doc] = list(dict.fromkeys(keys))
            corpus.rank[doc] = {k: i for i, k in enumerate(corpus.by_doc[doc])}
            corpus.closing[doc] = defaultdict(set)
            corpus.spans_by_doc[doc] = list(dict.fromkeys(zip(keys, [m.full for m in mentions], strict=True)))
            for key in corpus.by_doc[doc]:
                corpus.docs_of[key].append(doc)
                if " " in key and all(w[:1].isupper() for w in key.split()):
                    corpus.closing[doc][key.rsplit(None, 1)[-1]].add(key)
        for (key, kind, cue, start), n in seen.items():
            corpus.count[key] += n
            corpus.opening[key] += n * start
            corpus.types[key][kind] += n * _weight(Mention(key, kind, cue))
            corpus.cued[key] += n * (cue not in ("single word", "gazetteer", "capitalised span", "acronym"))
            if kind == "place":
                place_by[key][cue == "place before"] += n
            if kind == "other" and cue in _BARE_READINGS:
                bare_other[key] += n * _weight(Mention(key, kind, cue))
            if _context(Mention(key, kind, cue)):
                context[key][kind] += n
        for key, found in context.items():
            _gazetteer_yields(corpus.types[key], found)
            if any(n for kind, n in found.items() if kind != "other"):
                # A span read "other" by its capitals alone has no evidence of its type: its mentions
                # do not outvote the words around another mention ("Cricket Australia's chief
                # executive" once, four bare mentions); with no such cue they stand against a weak
                # reading of a part ("Ford" in "Ford Escape"). So is a small place's name that is
                # also a given name, which the gazetteer's reading leaves "other" for want of a cue
                # ("Clifton" three times, "Clifton have everything" once: the club's).
                corpus.types[key]["other"] -= bare_other[key]
        corpus.kind = {s: top_type(t) for s, t in corpus.types.items()}
        corpus.placed = set().union(*corpus.placed_in.values())
        for key, by in place_by.items():
            # "shares in Microsoft": a place the gazetteer does not know is written "in X" again and
            # again; a body named once after a preposition, with no other sign of a place, is not one.
            if not by[False] and by[True] < PLACE_CUE_MIN_SHARE * corpus.count[key] and corpus.kind[key] == "place":
                if not is_place(key):
                    corpus.kind[key] = "other"
                    corpus.types[key]["place"] = 0
        corpus.honorific = {s: _honorific(s) for s in corpus.count}
        for name in corpus.kind:
            if corpus.kind[name] == "person" and model_name(name) and not corpus.cued[name]:
                # "Mac Pro" is read a person's by its given name only: a model's word ends it.
                corpus.kind[name] = "other"
                corpus.types[name]["person"] = 0
        # A name whose last word stands alone in the same file is a person's ("Rishi Sunak" ...
        # "Sunak said"), even when the first name is not in the list.
        for spellings in corpus.by_doc.values():
            alone = {s for s in spellings if " " not in s} | {h[0] for s in spellings if (h := corpus.honorific[s])}
            for name in spellings:
                if " " not in name or corpus.kind[name] != "other":
                    continue
                words = name.split()
                if (
                    words[-1] in alone
                    and is_person_like(words)
                    and not is_place(words[-1])
                    and not _epithet_first(words)
                ):
                    corpus.kind[name] = "person"
                    corpus.types[name]["person"] += 2
        return corpus

    def is_full_name(self, spelling: str) -> bool:
        return " " in spelling and self.kind[spelling] == "person" and not self.honorific[spelling]

    @cached_property
    def sports_files(self) -> frozenset[str]:
        """The files of sports news (`names_a_club`), read once: the club joins and the types ask."""
        return frozenset(doc for doc in self.by_doc if names_a_club(self, doc))

    @cached_property
    def towns_of_clubs(self) -> frozenset[str]:
        """The towns that stand for a club wherever the corpus writes them (`towns_of_clubs`), read
        once: the corpus join and the entities' types both ask."""
        return frozenset(towns_of_clubs(self))


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


def resolve_corpus(mentions_by_doc: Mapping[str, list[Mention]], registry: Registry) -> Resolved:
    """Resolve as `resolve` does; also return the weak names and each document's ambiguous spellings."""
    corpus = Corpus.read(mentions_by_doc)
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
    join_punctuation_variants(corpus, res)
    merge_variants(corpus, res)
    for short, long in corpus.acronyms.items():
        if short not in res.canonical:
            res.canonical[short] = res.canonical.get(long, long)
    join_region_suffixes(corpus, res)
    join_sponsored_leagues(corpus, res)
    join_partial_names(corpus, res)
    join_club_towns(corpus, res)
    join_towns_of_clubs(corpus, res)
    join_origin_qualified(corpus, res)
    join_noble_titles(corpus, res)
    join_people(corpus, res, registry)
    join_lone_initials(corpus, res)
    join_initials(corpus, res)
    joined = {s for names in res.local.values() for s in names}
    for spelling, honorific in corpus.honorific.items():
        res.canonical.setdefault(spelling, honorific[0] if honorific else spelling)
    # One-word names that only ever open a sentence, with no cue, are sentence openers ("Organisers").
    bare = _bare_words(corpus, res, joined)
    weak = {s for s in bare if corpus.opening[s] == corpus.count[s]} | _everyday_words(corpus, res, bare)
    weak |= _run_together(corpus, res, registry)
    unlinked = {doc: {s: tuple(sorted(names)) for s, names in found.items()} for doc, found in res.unlinked.items()}
    return Resolved(_entities(mentions_by_doc, corpus, res, registry), weak, unlinked)


def _bare_words(corpus: Corpus, res: Resolution, joined: set[str]) -> set[str]:
    """Return the one-word names with no evidence beyond their capital: their own canonical name,
    no cue (title, speech verb, registry, place word), not ambiguous, not joined to a longer name,
    not an acronym nor a large place."""
    return {
        s for s in corpus.count
        if res.canonical[s] == s and " " not in s and not corpus.cued[s] and s not in res.ambiguous
        and s not in joined and not s.isupper() and s not in major_places()
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
    for name in _unplaced_towns(corpus) & kinds.keys():
        if kinds[name] == "place":
            kinds[name] = "other"
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
        for key, full in corpus.spans_by_doc[doc]:  # a repeated mention adds nothing
            if key in unlinked:
                continue
            target = key_target[key] = local.get(key) or canonical.get(key, key)
            aliases = aliases_of[target]
            aliases[key] = None
            if full:
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


def top_type(counter: Counter[str]) -> str:
    best = [(n, t) for t, n in counter.items() if n > 0]
    return max(best)[1] if best else "other"
