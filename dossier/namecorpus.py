"""What resolution knows about every spelling of a corpus (`Corpus.read`), read once before any join.

For each spelling: how often it is written, how often it opens a sentence or has a cue, the files
that write it and in what order, the title written before it, whether the words around one of its
mentions place it, and the type its mentions vote for. A mention's type counts by its cue's weight
(a title, the registry or the words around it most; a bare capital nothing); a gazetteer's reading
yields to what the words around the name say; a place named only after a preposition now and then
is no place; a product model's name is no person's; a name whose last word stands alone in its file
is a person's. `resolution_key` is the spelling a mention resolves by (`resolution_keys` for a whole file).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from .clubtowns import names_a_club, towns_of_clubs
from .gazetteer import is_place
from .lexicon import (
    HONORIFICS,
    in_dictionary,
    is_common_word,
    is_country_adjective,
    is_demonym,
    is_first_name,
    is_person_like,
)
from .model import Mention
from .partialnames import model_name
from .spans import is_pageant

#: A name the gazetteer does not know is a place by a preposition of place ("in Kapalua") only when
#: at least this share of its mentions have one; "invested in Microsoft" once among ten mentions
#: says nothing of what Microsoft is.
PLACE_CUE_MIN_SHARE = 1 / 3


def _title_before(m: Mention) -> str | None:
    """Return the title written before a mention's name ("Mr.", "President"), which its cue
    records as `title 'President'` (`spans.read_span`), or None."""
    return _title_in_cue(m.cue)


def _title_in_cue(cue: str) -> str | None:
    """Return the title a mention's cue records (`title 'President'`), or None."""
    return cue[7:-1] if cue.startswith("title '") else None


def resolution_key(m: Mention) -> str:
    """Return the spelling a mention resolves by: "Mr. Marchetti" stays whole to pick by sex."""
    # The tests on the mention's own text first: the title is read only where they pass (most
    # mentions have a span of several words), and any failed test gives the text, as before.
    if not m.full or " " in m.text:
        return m.text
    title = _title_before(m)
    if title is None or title.lower() not in HONORIFICS:
        return m.text
    return m.full


def resolution_keys(mentions: list[Mention]) -> list[str]:
    """Return the spellings a file's mentions resolve by (`resolution_key`), with one file's view:
    a surname after a role title that one mention introduces as a relative ("after his brother,
    Mullah Doe, was killed") is keyed by the title and surname at every mention of the file ("Mullah
    Doe was a commander"): the relative of the person the file names in full ("Mansoor Doe"), who
    shares his surname, not that person (see `dossier.people.join_people`)."""
    return file_keys(mentions)[1]


def file_keys(mentions: list[Mention]) -> tuple[list[str], list[str]]:
    """Return each mention's own key (`resolution_key`) and the key its file gives it
    (`resolution_keys`), read in one pass for the callers that need both (`entities._keep`)."""
    keys = [resolution_key(m) for m in mentions]
    kin = {m.full for m in mentions if m.relative and m.full and " " not in m.text and _title_before(m)}
    if not kin:  # (most files)
        return keys, keys
    return keys, [m.full if m.full in kin and _title_before(m) else k for k, m in zip(keys, mentions, strict=True)]


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
    if m.cue == "person after":
        return _PERSON_AFTER_WEIGHT
    return _CONTEXT_WEIGHT


#: The weight of a mention's type that the registry, a title or the words around it gave.
_CONTEXT_WEIGHT = 3

#: The weight of a person's cue after a name (", who", an age, "X's wife"): more than a bare
#: reading, less than a cue of another type on another mention ("the club X" once, "X, who" once:
#: "who" follows a club's or a band's name too; see `_context`). On the entities tune part this
#: cue agreed with the label 107 times in 113, a body's noun before a name 44 in 45.
_PERSON_AFTER_WEIGHT = 2

#: The cues of a mention read "other" for want of evidence: its capitals alone, an acronym's
#: letters, or a small place that is also a given name, which the gazetteer no longer vouches for
#: (see `dossier.cues._with_cue`). Such votes yield to a cue that another mention has.
_BARE_READINGS = frozenset({"capitalised span", "acronym", "gazetteer"})


def _context(m: Mention) -> bool:
    """Tell a mention whose type the registry, a title or the words around it gave; not a person
    cue after it ("Liverpool, who have won": a club's, a town's people's too)."""
    return _weight(m) == _CONTEXT_WEIGHT  # not "person after": `_PERSON_AFTER_WEIGHT`


def _epithet_first(words: list[str]) -> bool:
    """Tell a name whose first word is an everyday word and no given name ("Super Zorbo", "Golden
    Lakes"): a thing's name as often as a person's, so its last word standing alone ("Zorbo") does
    not make it a person's full name; a word of origin ("Finnish Zorbo") is left to the other rules."""
    first = words[0]
    return (
        is_common_word(first) and not is_first_name(first) and not is_demonym(first) and not is_country_adjective(first)
    )


def _names_only(words: list[str]) -> bool:
    """Tell two or three words that can only be a person's name: each a capitalised word of
    letters that no dictionary knows ("Sulley Muntari", "Dele Coker"), no place, no body's word,
    no capitals run ("Eee PC") nor capital inside a word ("CloudBook"), and a person's shape
    (`is_person_like`). A thing's or a body's name holds an everyday word or a made-up one."""
    return (
        2 <= len(words) <= 3
        and is_person_like(words)
        and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)
        and not any(in_dictionary(w) or is_place(w) for w in words)
        and not is_place(" ".join(words))
    )


@dataclass
class Corpus:
    """What resolution knows about every spelling of the corpus."""

    count: Counter[str] = field(default_factory=Counter)
    opening: Counter[str] = field(default_factory=Counter)  # occurrences that open a sentence
    cued: Counter[str] = field(default_factory=Counter)  # occurrences with a cue (title, dateline, registry)
    types: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    acronyms: dict[str, str] = field(default_factory=dict)
    #: doc -> the acronyms it defines in parentheses, with what each abbreviates there
    acronyms_in: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
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
    #: doc -> a name -> the name the file says it stands for ("X, known as Y": Y -> X)
    known_as: dict[str, dict[str, str]] = field(default_factory=dict)
    #: doc -> spelling -> the role titles written before it there ("President", "First Lady"; not
    #: "Mr.", whose sex `honorific` keeps)
    titles: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    #: the spellings the words around one mention at least place ("in Dallas", a dateline), or that
    #: open a "Town, Region" of the corpus ("Dallas" of "Dallas, Texas")
    placed: set[str] = field(default_factory=set)
    #: town -> region -> the files that write the town with that region after a comma ("Portland,
    #: Maine"), for the towns whose spelling keeps no region (a large city's: `towns._town_and_region`)
    town_regions: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    #: doc -> the spellings that a mention of that file places, or that open a "Town, Region" there
    placed_in: dict[str, set[str]] = field(default_factory=dict)
    #: doc -> the spellings that every mention of that file places ("schools in Harvey"; not where
    #: one mention is read otherwise: "Harvey said")
    only_placed: dict[str, set[str]] = field(default_factory=dict)
    #: doc -> the spellings that file writes only as a company's holdings ("Dell's shares", "shares
    #: of Dell"): the company's there, not a founder's of that name
    staked_in: dict[str, set[str]] = field(default_factory=dict)
    #: the files where the words around a town read it as its club's at least once ("beat Dallas",
    #: "Derby manager"): sports news; with the towns so read there
    team_cued: dict[str, set[str]] = field(default_factory=dict)
    #: spelling -> the town that opens it as a club's name, or "" (see `dossier.clubtowns.club_town`):
    #: asked for every file's every spelling by four joins, read once per spelling
    club_town: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(
        cls, mentions_by_doc: Mapping[str, list[Mention]], keys_by_doc: Mapping[str, list[str]] | None = None
    ) -> Corpus:
        """Read what resolution knows of every spelling; `keys_by_doc`: each file's
        `resolution_keys`, if the caller has them (`entities.resolve_documents` reads them once
        for this and for each file's entities)."""
        corpus = cls()
        seen: Counter[tuple[str, str, str, bool]] = Counter()  # (spelling, type, cue, opens a sentence)
        place_by: dict[str, Counter[bool]] = defaultdict(Counter)  # spelling -> place mentions by a preposition or not
        context: dict[str, Counter[str]] = defaultdict(Counter)  # spelling -> types the words around it gave
        bare_other: Counter[str] = Counter()  # spelling -> votes for "other" its capitals alone gave
        every_word_capitalised: dict[str, bool] = {}  # spelling -> whether it is words that all open with a capital
        for doc, mentions in mentions_by_doc.items():
            keys = resolution_keys(mentions) if keys_by_doc is None else keys_by_doc[doc]
            cues = [m.cue for m in mentions]
            seen.update(zip(keys, [m.type for m in mentions], cues, [m.start for m in mentions], strict=True))
            for m, cue in zip(mentions, cues, strict=True):
                if cue.startswith("acronym of "):
                    corpus.acronyms.setdefault(m.text, m.full)
                    corpus.acronyms_in[doc].setdefault(m.text, m.full)
                elif cue.startswith("outlet "):
                    corpus.outlets.setdefault(m.text, cue[7:])
            corpus.sequence[doc] = keys
            corpus.relatives[doc] = {k for k, m in zip(keys, mentions, strict=True) if m.relative}
            corpus.known_as[doc] = {k: m.known_as for k, m in zip(keys, mentions, strict=True) if m.known_as}
            corpus.titles[doc] = defaultdict(set)
            for k, cue in zip(keys, cues, strict=True):  # (read from the cues in hand)
                if (title := _title_in_cue(cue)) is not None and title.lower() not in HONORIFICS:
                    corpus.titles[doc][k].add(title)
            # Whether the words around each mention place it ("in Dallas", a dateline): a place's,
            # typed by its context (the type asked first: most are no place's). Read once, used twice.
            places = [m.type == "place" and _context(m) for m in mentions]
            placing = {k for k, placed in zip(keys, places, strict=True) if placed}
            corpus.placed_in[doc] = {k.split(",")[0] for k in keys if "," in k} | placing
            if placing:  # (most files: none)
                placing -= {k for k, placed in zip(keys, places, strict=True) if not placed}
            corpus.only_placed[doc] = placing
            for town, region in zip(mentions, mentions[1:], strict=False):
                if town.cue == "town, region" and region.cue == "region" and "," not in town.text:
                    corpus.town_regions[town.text][region.text].add(doc)
            staked = {k for k, cue in zip(keys, cues, strict=True) if cue.startswith("stake ")}
            if staked:  # (most files: none)
                staked -= {k for k, cue in zip(keys, cues, strict=True) if not cue.startswith("stake ")}
            corpus.staked_in[doc] = staked
            teams = {k for k, cue in zip(keys, cues, strict=True) if cue.startswith("team ")}
            if teams:
                corpus.team_cued[doc] = teams
            corpus.by_doc[doc] = list(dict.fromkeys(keys))
            corpus.rank[doc] = {k: i for i, k in enumerate(corpus.by_doc[doc])}
            corpus.closing[doc] = defaultdict(set)
            corpus.spans_by_doc[doc] = list(dict.fromkeys(zip(keys, [m.full for m in mentions], strict=True)))
            for key in corpus.by_doc[doc]:
                corpus.docs_of[key].append(doc)
                capitalised = every_word_capitalised.get(key)
                if capitalised is None:  # (a spelling's own letters decide: read once, not once a file)
                    capitalised = every_word_capitalised[key] = " " in key and all(w[:1].isupper() for w in key.split())
                if capitalised:
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
        # "Sunak said"), even when the first name is not in the list; not where the words around
        # that word read it as a body's ("the Revolutionary Guards" ... "Guards officials"). (A
        # place's reading, "in Explorer", still lets "Internet Explorer" take "Explorer": a wrong
        # type is a smaller harm than the fragment's own page.)
        for spellings in corpus.by_doc.values():
            alone = {s for s in spellings if " " not in s} | {h[0] for s in spellings if (h := corpus.honorific[s])}
            for name in spellings:
                if " " not in name or corpus.kind[name] != "other":
                    continue
                words = name.split()
                if (
                    words[-1] in alone
                    and corpus.kind.get(words[-1]) != "organization"  # not "the Guards", a body's
                    and is_person_like(words)
                    and not is_place(words[-1])
                    and not _epithet_first(words)
                ):
                    corpus.kind[name] = "person"
                    corpus.types[name]["person"] += 2
        return corpus

    def is_full_name(self, spelling: str) -> bool:
        return " " in spelling and self.kind[spelling] == "person" and not self.honorific[spelling]

    def bare_everyday_word(self, spelling: str, kind: str | None = None) -> bool:
        """Tell a lone everyday word ("House", "Friends", "Earth") that no mention in the corpus
        gives a cue (a title, a speech verb, the words around it), or none of `kind` ("House
        said" is a person's cue): its capital is all that makes it a name, so it stands for no
        other file's longer name ("the House voted" is no other file's "Gemma House", "Friends"
        no other file's "Friends of Nature"); its own file's may still take it."""
        if " " in spelling or not is_common_word(spelling):
            return False
        return self.types[spelling][kind] <= 0 if kind else not self.cued[spelling]

    def names_only(self, name: str) -> bool:
        """Tell a name with no cue whose two or three words no dictionary knows (`_names_only`):
        a person's ("Sulley Muntari": given names the list lacks), unless it opens a longer name
        of the corpus ("Phog Bounders Antique Mall"). Read for the entity's type only: the joins
        do not take it for a person's full name ("Siemens" is no surname of "Fujitsu Siemens")."""
        return not self.cued.get(name) and name not in self._openers and _names_only(name.split())

    def given_name_alone(self, name: str) -> bool:
        """Tell a given name written alone with no cue to its type ("Alex", "Cassio"): a forum's
        commenter, a player known by one name, or one of two people named together ("Joel and Ethan
        Coen"). Read for the entity's type only, once no other spelling has joined it: a person's
        name more often than anything's, not a place's ("Chelsea", "Jordan") nor an everyday
        word's ("Royal", "Hope"), which the given-name list also holds."""
        return (
            " " not in name
            and not self.cued.get(name)
            and is_first_name(name)
            and not is_common_word(name)
            and not is_place(name)
        )

    @cached_property
    def _openers(self) -> frozenset[str]:
        """The first two or three words of the corpus's longer names ("Phog Bounders")."""
        return frozenset(" ".join(s.split()[:k]) for s in self.count for k in (2, 3) if s.count(" ") >= k)

    @cached_property
    def sports_files(self) -> frozenset[str]:
        """The files of sports news (`names_a_club`), read once: the club joins and the types ask."""
        return frozenset(doc for doc in self.by_doc if names_a_club(self, doc))

    @cached_property
    def towns_of_clubs(self) -> frozenset[str]:
        """The towns that stand for a club wherever the corpus writes them (`towns_of_clubs`), read
        once: the corpus join and the entities' types both ask."""
        return frozenset(towns_of_clubs(self))


def top_type(counter: Counter[str]) -> str:
    best = [(n, t) for t, n in counter.items() if n > 0]
    return max(best)[1] if best else "other"
