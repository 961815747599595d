"""Resolve people's names across a corpus (`dossier.resolution` calls these): variants of one
person's full name, and the lone surnames, first names and "Mr. X" that stand for one.

- Variants of one person merge when the corpus supports it: a misspelt or shortened first name
  ("Vladmir", "Sergey"), a missing middle name ("Ahmad Rahami" for "Ahmad Khan Rahami"), an
  initial ("J. Smith" for "John Smith"), a surname one letter off in another source ("Mike
  Ashely" for the more often written "Mike Ashley"; in one source, only a slip written once
  beside three right spellings); a long titled surname named in full nowhere, whose vowels slip
  ("President Ahmedinajad"), joins the one person of the corpus with its consonants.
- Two people who both appear are never merged: different first names ("John Smith", "Jane
  Smith"), a man's and a woman's however alike ("Daniel", "Danielle"), two given names of the list
  whose consonants differ ("Ramesh", "Rakesh"), or generations ("Donald Trump", "Donald Trump Jr.").
- A lone surname joins the one full name of its file that has it ("Trump Jr." the son's, "Trump"
  in an article that names only the son, the son; in one that writes him only "Trump Jr.", that
  spelling's, never another file's father). A surname with a role title ("President Trump") in
  a file naming the son, whom no title of the corpus gives that role, is ambiguous between him and
  his namesakes of the corpus without a generation (the father): a son keeps his father's
  surname, not his office. In a file that names two, it takes the full
  name mentioned nearest before it (after it, when none is before); when its mentions point to
  both, it is ambiguous in that file: no entity takes it there, and the file reports it. A
  surname with a role title of its own ("President Doe") takes no person whose full names carry
  only other role titles ("First Lady Jane Doe"): it stays unlinked rather than join her. A
  country's or a state's name alone ("Jordan said") is the person of its own file only, and not
  where that file places it ("flew home to Jordan"). A person
  the file introduces as another's relative ("His mother, Jane Doe, says") takes it only when no
  one else of the file has that very surname; a titled surname the file introduces so ("his
  father, Mr. Doe", "his brother, Mullah Doe") is a relative named in full there, or no one of
  the file (see `dossier.namecorpus.resolution_keys`). A surname with its particles is a lone surname too
  ("De Niro", "bin Laden", "Al Suwaidi") where a full name ends with it; where none does, "Al Gore"
  and "Van Morrison" are full names.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import cached_property, lru_cache, partial
from typing import TYPE_CHECKING

from .gazetteer import is_place, major_places, regions
from .lexicon import GENERATIONS, SMALL_WORDS, first_names, is_first_name, is_person_like
from .lineshapes import SURNAME_PARTICLES

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Hashable, Iterable, Iterator, Mapping

    from .namecorpus import Corpus
    from .registry import Registry
    from .resolution import Resolution

#: Two first names of one surname are one person when their similarity is at least this
#: ("Vladmir"/"Vladimir" 0.93, "Sergey"/"Sergei" 0.83, "John"/"Jane" 0.5).
SPELLING_SIMILARITY = 0.8
#: A given name this long or longer that starts another is a short form of it ("Rob" of "Robert",
#: "Dan" of "Daniel"); two letters are too few ("Ed" starts "Eddie" and "Edmund").
MIN_SHORT_FORM = 3
#: A byline's name after "By" in a line that runs on has no end of its own: a run of this many
#: capitalised words is a name and the words the line goes on with ("By Jane Doe Harbour Rovers
#: would ...", "By Jane Doe New Delhi, Jan 13", "By Jane Doe Harbourwire Assignment Editor"); on the
#: L3S reader tune pages every such run was. A shorter run is one name ("By Mary Ann Doe").
RUN_ON_NAME_WORDS = 4
#: A surname is taken for a one-letter misspelling of another only from this many letters: shorter
#: surnames differ by a letter as often as not ("Lee"/"Lea", "Kim"/"Lim"); on the real articles'
#: tune part no two people's surnames of five letters or more were one letter apart.
MIN_MISSPELT_SURNAME = 5
#: ...and up to this many: a surname's keys for the look-up are the surname without each one of
#: its letters, as much work as the square of its length (a run of hyphenated capitalised words
#: read as one surname of 24,000 letters: 10 s). The longest surnames written are about 35 letters.
MAX_MISSPELT_SURNAME = 60
#: In one source, a full name written once is a slip of the one a letter off written at least this
#: often, with the same given names ("Dalton McGunity" once in comments that write "Dalton
#: McGuinty" everywhere); chosen on the L3S tune event groups, where two such slips were found.
MIN_WRITTEN_RIGHT = 3
#: A lone surname this long at least, with a title or another cue that it is a person's, and named
#: in full nowhere in the corpus, is a misspelling of the one surname of the corpus with the same
#: consonants in the same order ("Ahmedinajad", "Ahmadinejad"): vowels are what transliterations
#: and typists get wrong. Shorter surnames share their consonants too often ("Allen", "Ellen").
#: Chosen on the entities tune clusters, where the one such slip has eleven letters.
MIN_VOWEL_SLIP_SURNAME = 8
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|bin|ibn)-", re.I)  # "al-Assad" is Assad
_INITIALS = re.compile(r"(?:[A-Z]\.)+|[A-Z]")


def generation(words: list[str]) -> str:
    """Return a name's generation suffix ("jr" of "Donald Trump Jr."), or ""."""
    last = words[-1].rstrip(".").lower() if len(words) > 1 else ""
    return last if last in GENERATIONS else ""


def _parts(name: str) -> tuple[list[str], str, str]:
    """Split a full name into its given names, its surname (with its particles: "de Castella") and
    its generation."""
    words = name.split()
    gen = generation(words)
    if gen:
        words = words[:-1]
    k = len(words) - 1
    while k > 1 and words[k - 1] in SURNAME_PARTICLES:
        k -= 1
    return words[:k], " ".join(words[k:]), gen


def _particle_ends(name: str) -> list[str]:
    """Return the endings of a full name that are its surname with particles in either case, one
    particle or more, lowercased: "de niro" of "Robert De Niro", "al suwaidi" of "Jamal Sanad Al
    Suwaidi", "van der berg" and "der berg" of "Anna van der Berg"."""
    words = name.split()
    if generation(words):
        words = words[:-1]
    ends, k = [], len(words) - 1
    while k > 1 and words[k - 1].lower() in SURNAME_PARTICLES:
        k -= 1
        ends.append(" ".join(words[k:]).lower())
    return ends


def particle_surnames(full_names: Iterable[str], spellings: Iterable[str], kind: Mapping[str, str]) -> set[str]:
    """Return the spellings that are a surname with its particles written alone ("De Niro", "Al
    Suwaidi", "bin Laden"), since a full name ends with them ("Robert De Niro"); a person's or a
    name of no known kind. "Al Gore" and "Van Morrison", which no longer name ends with, stay
    full names."""
    ends = {e for name in full_names for e in _particle_ends(name)}
    return {
        s for s in spellings
        if s.lower() in ends and kind.get(s) in ("person", "other") and _all_particles(s.split()[:-1])
    }  # fmt: skip


def _all_particles(words: list[str]) -> bool:
    return bool(words) and all(w.lower() in SURNAME_PARTICLES for w in words)


@lru_cache(maxsize=1 << 16)
def surname_key(name: str, with_generation: bool = True) -> str:
    """Return the key people of one surname share ("assad" for "Bashar al-Assad"); with the
    generation, a father and his son have two keys ("trump", "trump|jr")."""
    _, surname, gen = _parts(name)
    key = _ARTICLE_PREFIX.sub("", surname).lower()
    return f"{key}|{gen}" if gen and with_generation else key


def _same_given_names(a: list[str], b: list[str]) -> bool:
    """Tell whether two lists of given names may be one person's: similar first names ("Vladmir",
    "Vladimir"), an initial for a name ("J." for "John"), one list missing a middle name."""
    if not a or not b:
        return False
    if not _same_given(a[0], b[0]):
        return False
    if len(a) == len(b):
        if any(map(_other_initials, a, b)):
            return False  # "George H.W." is not "George W.": initials that differ are no slip
        return len(a) == 1 or _similar(" ".join(a), " ".join(b)) or all(map(_same_given, a, b))
    short, long = (a, b) if len(a) < len(b) else (b, a)
    rest = iter(long[1:])
    return all(any(_same_given(w, x) for x in rest) for w in short[1:])  # in order


def _other_initials(a: str, b: str) -> bool:
    """Tell two initials that are not the same ("H.W." and "W.", "K." and "T."; "J." and "J" are)."""
    return bool(_INITIALS.fullmatch(a) and _INITIALS.fullmatch(b)) and a.rstrip(".") != b.rstrip(".")


def _same_given(a: str, b: str) -> bool:
    """Tell whether two given names may be one: an initial of the other, a short form that starts
    it ("Rob", "Robert"), or a spelling of it ("Sergey", "Sergei")."""
    if _INITIALS.fullmatch(a) or _INITIALS.fullmatch(b):
        return a[0] == b[0]
    if _other_sex(a, b):
        return False  # "Daniel" and "Danielle", "Paul" and "Paula": a man and a woman, no slip
    short, long = sorted((a, b), key=len)
    return (len(short) >= MIN_SHORT_FORM and long.startswith(short)) or (_similar(a, b) and not _two_names(a, b))


def _two_names(a: str, b: str) -> bool:
    """Tell two given names of the list whose consonants differ ("Ramesh", "Rakesh"; "Rajesh"): two
    names, so two people, however alike. A transliteration or a spelling moves vowels ("Ahmad",
    "Ahmed"; "Sergey", "Sergei"; "Mansoor", "Mansour") or a silent "h" ("Jon", "John")."""
    names = first_names()
    return a in names and b in names and _consonants(a) != _consonants(b)


def _consonants(name: str) -> str:
    """Return a name's consonants in order, doubled ones once, "h", "w" and "y" left out."""
    letters = [c for c in name.lower() if c.isalpha() and c not in "aeiouyhw"]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def _other_sex(a: str, b: str) -> bool:
    """Tell two given names the list of first names gives two sexes: a man's and a woman's."""
    sexes = {first_names().get(a, "?"), first_names().get(b, "?")}
    return sexes == {"m", "f"}


def _similar(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= SPELLING_SIMILARITY


def merge_variants(corpus: Corpus, res: Resolution) -> None:
    """Merge spelling variants of one person's full name into the most used spelling."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    # (A surname with its particles written alone, "De Niro", is joined by `join_people`.)
    alone = particle_surnames([s for s in corpus.count if corpus.is_full_name(s)], corpus.count, corpus.kind)
    for name in corpus.count:
        if name in res.canonical or corpus.honorific[name] or " " not in name or _lone_generation(name):
            continue
        if name in alone:
            continue
        if corpus.is_full_name(name) or is_person_like(name.split()):
            by_surname[surname_key(name)].append(name)
    leaders: list[str] = []
    unlinked: dict[str, list[str]] = {}  # a shorter name that may be two people -> their fuller names
    for names in by_surname.values():
        # A misspelt first name ("Vladmir") is not in the list: it joins a person, never leads.
        names.sort(key=lambda s: (corpus.kind[s] != "person", -corpus.count[s], -len(s), s))
        leaders += merge_one_surname(
            names, lambda s: corpus.kind[s] == "person", res.canonical, partial(_written_apart, corpus)
        )
        leaders += _unlink_shorter_of_two(names, {n: _parts(n)[0] for n in names}, res.canonical, unlinked)
    for name, people in unlinked.items():  # "Harold Brandt": in a file naming one of them, that one
        for doc in corpus.docs_of[name]:
            here = {res.canonical[other] for other in people if doc in corpus.docs_of[other]}
            if len(here) == 1:
                res.local[doc][name] = here.pop()
    _merge_misspelt_surnames(corpus, res, leaders)


def _written_apart(corpus: Corpus, name: str, other: str) -> bool:
    """Tell two full names of one surname, one with a middle name the other lacks or with two
    given names of the list (`_two_given_names`), that one file writes both and introduces one of
    as a relative ("Her sister Jamie Lynn Spears", "Her father, Jamie Spears"; "His cousin, John
    Marsh" beside Jon Marsh): two of a family. ("Hillary Rodham Clinton" and "Hillary Clinton" in
    one file, neither introduced so, stay one person.)"""
    if len(name.split()) == len(other.split()) and not _two_given_names(name, other):
        return False  # a slip of one name ("Vladmir Putin" once where "Vladimir Putin" is written thrice)
    return any(
        name in corpus.relatives[doc] or other in corpus.relatives[doc]
        for doc in set(corpus.docs_of[name]).intersection(corpus.docs_of[other])
    )


def _two_given_names(name: str, other: str) -> bool:
    """Tell two full names whose first words are two given names of the list ("Jon Marsh", "John
    Marsh"): one introduced as the other's relative in a file that writes both is another person
    ("His cousin, John Marsh"), not a slip."""
    first, second = name.split()[0], other.split()[0]
    return first != second and is_first_name(first) and is_first_name(second)


def merge_one_surname(
    names: list[str],
    is_person: Callable[[str], bool],
    canonical: dict[str, str],
    apart: Callable[[str, str], bool] | None = None,
) -> list[str]:
    """Take the full names of one surname in order (the most used first); each not yet taken, of a
    person, leads: it takes every name not yet taken whose given names may be its own
    (`_same_given_names`). Return the leaders. Only the names sharing keys with a leader's given
    names are compared (`_NamesIndex`): comparing every pair took the square of the names (2,000
    people of one surname: 9 s; 4,000 "J. X Doe" of one first initial and as many middle names X
    compared by their first names alone: 8.8 s)."""
    given = {name: _parts(name)[0] for name in names}
    index = _NamesIndex(given)
    position = {name: i for i, name in enumerate(names)}
    leaders = []
    for name in names:
        if name in canonical or not is_person(name):
            continue
        canonical[name] = name
        leaders.append(name)
        fullest = given[name]
        for other in sorted(index.candidates(given[name], canonical), key=position.__getitem__):
            # "John Harker" may be John Arthur Harker or John Brian Harker, who are two people: a
            # name joins a leader only if it may also be the fullest name the leader has taken.
            if other in canonical or not _same_given_names(given[name], given[other]):
                continue
            if apart is not None and apart(name, other):
                continue  # two people one file names
            if fullest is given[name] or _same_given_names(fullest, given[other]):
                canonical[other] = name
                fullest = max(fullest, given[other], key=_fullness)
    return leaders


def _unlink_shorter_of_two(
    names: list[str], given: Mapping[str, list[str]], canonical: dict[str, str], unlinked: dict[str, list[str]]
) -> list[str]:
    """Take back a name with fewer given names that may be either of two people the corpus names
    in full ("Harold Brandt" beside "Harold K. Brandt" and "Harold T. Brandt", "George Bush" beside
    "George H.W. Bush" and "George W. Bush"): it stays under its own spelling, joined to neither.
    The fuller names it had taken follow the first of them instead. Return the new leaders, and
    put each name taken back in `unlinked` with its fuller names. Only the names that took or were
    taken are read (each against the names of its surname)."""
    joined = {n for n in names if canonical.get(n, n) != n}
    involved = joined | {canonical[n] for n in joined}
    new: list[str] = []
    for name in [n for n in names if n in involved]:
        fuller = [
            other for other in names
            if other in canonical and len(given[other]) > len(given[name])
            and _same_given_names(given[name], given[other])
        ]  # fmt: skip
        people = {other if canonical[other] == name else canonical[other] for other in fuller}
        if len(people) < 2 or any(_same_given_names(given[a], given[b]) for a in people for b in people if a < b):
            continue
        taken = [other for other in names if canonical.get(other) == name and other != name]
        canonical[name] = name
        unlinked[name] = fuller
        for other in taken:
            canonical[other] = taken[0] if _same_given_names(given[taken[0]], given[other]) else other
            if canonical[other] == other:
                new.append(other)
    return new


def _fullness(given: list[str]) -> tuple[int, int]:
    """How much given names say: their number, then their letters ("John Arthur" over "J. A.")."""
    return len(given), sum(len(word.rstrip(".")) for word in given)


class _NamesIndex:
    """The names of one surname by all their given names: `candidates` returns every name whose
    given names `_same_given_names` may call one with a leader's, and few others. Every such name
    has a first given name like the leader's (`first`); a leader of two given names or more has
    other ways, and the smaller of the two lots is read: a name of one given name (`alone`); one
    as long or longer, whose later given names hold each of the leader's (`later`, looked up by the
    leader's later name with the fewest names); a shorter one, whose second given name is one of
    the leader's later ones (`second`, by number of given names); one as long whose given names
    joined are a spelling of the leader's (`joined`, likewise)."""

    def __init__(self, given: Mapping[str, list[str]]) -> None:
        self.first = _GivenIndex(given)
        # (Asked with a leader's given names, the lots of one given name and of second given names
        # are keyed for the lengths of all; the later names are asked with a leader's own.)
        self.asked = {len(word.lower()) for words in given.values() for word in words}
        self.of_count: dict[int, dict[str, list[str]]] = defaultdict(dict)  # how many given names -> names
        for name, words in given.items():
            self.of_count[len(words)][name] = words
        # Each lot is indexed when first read: where the first names tell the names apart, the
        # joined ones never are.
        self.seconds: dict[int, _GivenIndex] = {}  # how many given names -> the names by their second one
        self.joins: dict[int, _GivenIndex] = {}  # how many given names -> the names by them joined

    @cached_property
    def alone(self) -> _GivenIndex:
        return _GivenIndex(self.of_count.get(1, {}), self.asked)

    @cached_property
    def later(self) -> _GivenIndex:
        """(name, place) -> the given name there, each of its later ones."""
        more = (item for count, names in self.of_count.items() if count > 1 for item in names.items())
        return _GivenIndex({(name, i): [words[i]] for name, words in more for i in range(1, len(words))})

    def second(self, count: int) -> _GivenIndex:
        if count not in self.seconds:
            names = self.of_count.get(count, {})
            self.seconds[count] = _GivenIndex({name: [words[1]] for name, words in names.items()}, self.asked)
        return self.seconds[count]

    def joined(self, count: int) -> _GivenIndex:
        if count not in self.joins:
            names = self.of_count.get(count, {})
            self.joins[count] = _GivenIndex({name: [" ".join(words)] for name, words in names.items()})
        return self.joins[count]

    def candidates(self, given: list[str], taken: Container[str]) -> set[str]:
        """Return the names not `taken` whose given names may be these, and few others. A list read
        loses its names taken, so that a name taken is read once more at most for each of its
        keys, not for each leader after."""
        first = self.first.buckets(given)
        lots, size = [], 0
        for lot in self.other_ways(given) if len(given) > 1 else ():
            lots.append(lot)
            size += _size(lot)
            if size >= _size(first):  # (the other ways' keys are read only while they are fewer)
                break
        else:
            if lots:
                return set().union(*(_names(_untaken(bucket, taken)) for lot in lots for bucket in lot))
        return set().union(*(_untaken(bucket, taken) for bucket in first))

    def other_ways(self, given: list[str]) -> Iterator[list[list[str]] | list[list[tuple[str, int]]]]:
        """Yield the lots of names that hold, for a leader of two given names or more, every name
        whose given names may be its own, the cheapest to find first (those of `later` by place)."""
        yield self.alone.buckets(given)
        yield min((self.later.buckets([word]) for word in given[1:]), key=_size)
        yield [
            bucket
            for count in range(2, len(given)) if count in self.of_count
            for word in given[1:]
            for bucket in self.second(count).buckets([word])
        ]  # fmt: skip
        yield self.joined(len(given)).buckets([" ".join(given)])


def _untaken(bucket: list, taken: Container[str]) -> list:
    """Drop from a list of the index the names taken (of a name and its place, by the name)."""
    bucket[:] = [e for e in bucket if (e if isinstance(e, str) else e[0]) not in taken]
    return bucket


def _names(bucket: list[str] | list[tuple[str, int]]) -> Iterable[str]:
    return (entry if isinstance(entry, str) else entry[0] for entry in bucket)


def _size(buckets: list[list]) -> int:
    return sum(map(len, buckets))


#: A first name's keys for a spelling (`_GivenIndex`) are the words it makes without a few of its
#: letters; when there would be more than this many for one length of the other name (a name of
#: 20 letters has 4,845 words without 4 of them), the name is compared with every first name of
#: that length instead. A first name of 13 letters or fewer never has more than 715 (13 letters, for
#: a spelling of 9); one of 14 has too many for names of 10 and 11 letters, one of 20 for 14 to 22.
MAX_SPELLING_KEYS = 1000


class _GivenIndex:
    """The names of one surname by the keys that two first given names `_same_given` calls one
    share: an initial's letter, the name itself and its prefixes for a short form ("Rob" of
    "Robert"), for a spelling ("Sergey", "Sergei") the words both make by leaving out letters
    (see `_common_length`). `candidates` returns every name whose first given name may be one
    with a given one, and few others; `_same_given_names` decides."""

    def __init__(self, given: Mapping[Hashable, list[str]], asked: Iterable[int] = ()) -> None:
        """Index the first of each name's words, for words asked of these lengths too (lowercased;
        those of the names are)."""
        self.by_letter: dict[str, list[str]] = defaultdict(list)  # first letter -> every name
        self.initials: dict[str, list[str]] = defaultdict(list)  # first letter -> names with an initial first
        self.exact: dict[str, list[str]] = defaultdict(list)  # a first given name (no initial) -> names
        self.by_length: dict[int, list[str]] = defaultdict(list)  # its length, lowercased -> names
        # (length, other length) -> a word `_spelling_keys` makes -> names
        self.by_key: dict[tuple[int, int], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        # (length, other length) -> the names of that length without keys for the other
        self.unkeyed: dict[tuple[int, int], list[str]] = defaultdict(list)
        self.words: dict[str, dict[int, set[str]]] = {}  # a lowercased first name -> length -> the words it makes
        for name, words in given.items():
            if words:
                self.by_letter[words[0][0]].append(name)
                if _INITIALS.fullmatch(words[0]):
                    self.initials[words[0][0]].append(name)
                else:
                    self.exact[words[0]].append(name)
                    self.by_length[len(words[0].lower())].append(name)
        self.lengths = sorted({*self.by_length, *asked})
        for name, words in given.items():
            if words and not _INITIALS.fullmatch(words[0]):
                folded = words[0].lower()
                for other in self._lengths_near(len(folded)):
                    keys = self._spelling_keys(folded, other)
                    if keys is None:
                        self.unkeyed[len(folded), other].append(name)
                    elif keys:
                        table = self.by_key[_ordered(len(folded), other)]
                        for key in keys:
                            table[key].append(name)
        self.sorted_exact = sorted(self.exact)
        self.longest = max(map(len, self.exact), default=0)

    def _lengths_near(self, length: int) -> list[int]:
        """Return the lengths of the first names a word of this length may be a spelling of (the
        shorter has two thirds of the longer's letters at least; see `_common_length`)."""
        low, high = (2 * length + 2) // 3, 3 * length // 2
        return self.lengths[bisect_left(self.lengths, low) : bisect_right(self.lengths, high)]

    def _spelling_keys(self, folded: str, other: int) -> set[str] | None:
        """Return the keys of a lowercased first name for a spelling of another `other` letters
        long (kept under the two lengths): the words of `_common_length` letters it makes by
        leaving letters out; none when the lengths are too far apart; None when they are too many."""
        common = _common_length(len(folded), other)
        if common is None:
            return set()
        if _more_than(MAX_SPELLING_KEYS, len(folded), len(folded) - common):
            return None
        return self._shortened(folded, common)

    def _shortened(self, word: str, length: int) -> set[str]:
        """Return the words `length` letters long a word makes by leaving letters out."""
        levels = self.words.setdefault(word, {len(word): {word}})
        while length not in levels:
            shortest = levels[min(levels)]
            levels[min(levels) - 1] = {w[:i] + w[i + 1 :] for w in shortest for i in range(len(w))}
        return levels[length]

    def candidates(self, given: list[str]) -> set[str]:
        return set().union(*self.buckets(given))

    def buckets(self, given: list[str]) -> list[list[str]]:
        """Return the lists of names `candidates` joins: how many they hold, added up, tells how much
        reading them costs before any is read."""
        if not given:
            return []
        first = given[0]
        if _INITIALS.fullmatch(first):  # an initial is any name of its letter
            return [self.by_letter.get(first[0], [])]
        found = [self.initials.get(first[0], [])]
        if len(first) >= MIN_SHORT_FORM:  # a short form of it, or it of a longer one
            for end in range(MIN_SHORT_FORM, min(len(first), self.longest) + 1):
                found.append(self.exact.get(first[:end], []))
            for other in self.sorted_exact[bisect_left(self.sorted_exact, first) :]:
                if not other.startswith(first):
                    break
                found.append(self.exact[other])
        folded = first.lower()
        for other in self._lengths_near(len(folded)):
            keys = self._spelling_keys(folded, other)
            if keys is None:
                found.append(self.by_length[other])
                continue
            table = self.by_key.get(_ordered(len(folded), other), {})
            found += [table[key] for key in keys if key in table]
            if keys:
                found.append(self.unkeyed.get((other, len(folded)), []))
        return found


def _more_than(limit: int, n: int, k: int) -> bool:
    """Tell whether there are more than `limit` ways to choose k of n, without working out a
    number of thousands of digits for a name of thousands of letters."""
    k, ways = min(k, n - k), 1
    for i in range(k):
        ways = ways * (n - i) // (i + 1)  # the ways to choose i + 1, growing up to half of n
        if ways > limit:
            return True
    return False


def _ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a <= b else (b, a)


def _common_length(a: int, b: int) -> int | None:
    """Return how many letters in common, in order, two words `a` and `b` letters long have at
    least when `_similar` calls them one (a ratio of 0.8: 0.4 of their letters together), or None
    when no two words of these lengths can be: the shorter would need more letters than it has."""
    common = (2 * (a + b) + 4) // 5
    return common if common <= min(a, b) else None


def _may_be_misspelt(surname: str) -> bool:
    """Tell a surname long enough to be taken for a misspelling, and short enough to be looked up."""
    return MIN_MISSPELT_SURNAME <= len(surname) <= MAX_MISSPELT_SURNAME


def _deletions(word: str) -> set[str]:
    """Return a word and the words it makes without one of its letters: two words one letter apart
    (a letter changed, added, dropped or swapped with the next) share one of them."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _merge_misspelt_surnames(corpus: Corpus, res: Resolution, leaders: list[str]) -> None:
    """Merge a full name into another whose surname is one letter off, with the same given names
    and generation, written more often, and never in the same source unless it is a slip there
    (see `_slip`). The other may be a spelling a leader took ("Ahmad Rahimi" joins Ahmad Khan
    Rahami, whose spellings hold "Ahmad Rahami"): it is counted with all its leader's spellings."""
    written: Counter[str] = Counter()  # a leader -> how often its spellings are written
    taken: list[str] = []  # the full names a leader took ("Ahmad Rahami" of Ahmad Khan Rahami)
    lead = set(leaders)
    for spelling, target in res.canonical.items():
        if target in lead:
            written[target] += corpus.count[spelling]
            if spelling != target and spelling in corpus.count:
                taken.append(spelling)
    parts = {name: _parts(name) for name in (*leaders, *taken)}
    into: dict[str, str] = {}  # a misspelt leader -> the name it joins
    counts = _DocCounts(corpus)
    # A rival has the same given names and generation: the key holds them, so that the people of
    # one surname with other given names are not each read for each one (the square of them).
    by_deletion: dict[tuple[str, tuple[str, ...], str], list[str]] = defaultdict(list)
    for name, (given, surname, gen) in parts.items():
        if _may_be_misspelt(surname):
            for key in _deletions(surname.lower()):
                by_deletion[key, tuple(given), gen].append(name)
    for name in sorted(leaders, key=lambda s: (corpus.count[s], s)):  # the rarest spellings first
        given, surname, gen = parts[name]
        if not _may_be_misspelt(surname) or res.canonical[name] != name:
            continue
        rivals: dict[str, str] = {}  # a spelling one letter off -> its leader
        for key in _deletions(surname.lower()):
            for other in by_deletion.get((key, tuple(given), gen), ()):
                owner = res.canonical[other]
                if owner == name or other in rivals or written[owner] <= written[name] or owner != res.canonical[owner]:
                    continue
                o_given, o_surname, o_gen = parts[other]
                if o_gen == gen and o_given == given and _one_letter_apart(surname.lower(), o_surname.lower()):
                    rivals[other] = owner
        docs = set(corpus.docs_of[name])
        owners = {
            owner
            for other, owner in rivals.items()
            if all(_slip(counts, d, name, other) for d in docs.intersection(corpus.docs_of[other]))
        }
        if len(owners) == 1:
            into[name] = owners.pop()
            res.canonical[name] = into[name]  # it leads no more
    if into:
        for spelling, canonical in res.canonical.items():
            while canonical in into:
                canonical = into[canonical]
            res.canonical[spelling] = canonical


class _DocCounts(dict):
    """doc -> how often each spelling is written in it, counted on first use."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus

    def __missing__(self, doc: str) -> Counter[str]:
        self[doc] = Counter(self.corpus.sequence[doc])
        return self[doc]


def _slip(counts: _DocCounts, doc: str, name: str, other: str) -> bool:
    """Tell a misspelling in a source that writes the name right ("Sam Alladyce" once, "Sam
    Allardyce" three times): two people of one given name are not written once and thrice."""
    here = counts[doc]
    return here[name] == 1 and here[other] >= MIN_WRITTEN_RIGHT


def _one_letter_apart(a: str, b: str) -> bool:
    """Tell two different words one edit apart (a letter changed, added, dropped, or two swapped)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


#: The key of a surname with its particles (see `join_people`): never a plain surname's key.
_PARTICLE_KEY = "particles:{}"


def pick(here: set[str], everywhere: set[str]) -> tuple[str | None, set[str]]:
    """Pick the one candidate in this file, else the one in the corpus; return it or the rivals."""
    pool = here or everywhere
    return (next(iter(pool)), pool) if len(pool) == 1 else (None, pool)


def _body_openers(corpus: Corpus, registry: Registry) -> set[str]:
    """Return the first words of the organisations' names that the corpus writes or the registry
    knows ("Fox" of Fox News): alone, such a word may name the body as well as a person."""
    bodies = [n for n, e in registry.entities.items() if e.type == "organization"]
    bodies += [s for s, kind in corpus.kind.items() if kind == "organization"]
    return {n.split()[0] for n in bodies if " " in n}


def join_people(corpus: Corpus, res: Resolution, registry: Registry) -> None:
    """Join a lone surname, "Mr. X" or first name to the one full name of a person that has it;
    in a file naming two, to the nearest, or leave it ambiguous there."""
    by_surname: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    by_first: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    full_names = {s for s in corpus.count if corpus.is_full_name(s) and not _lone_generation(s)}
    # A surname with its particles written alone ("De Niro") is keyed by those words, lowercased:
    # the full names that end with them are its candidates ("Robert De Niro"), not every "Niro".
    alone = particle_surnames(full_names, corpus.count, corpus.kind)
    full_names -= alone
    keys_of: dict[str, tuple[set[str], str]] = {}  # a full name's surname keys and first word: read once
    # doc -> surname key -> the file's surnames with a generation ("Trump Jr."): a person of the file
    generations_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, spellings in corpus.by_doc.items():
        for spelling in spellings:
            if _lone_generation(spelling) and corpus.kind.get(spelling) == "person":
                generations_of[doc][surname_key(spelling, False)].add(spelling)
            if spelling in full_names:
                target = res.target(doc, spelling)
                if spelling not in keys_of:
                    ends = _particle_ends(spelling)
                    # (With its particles, "De Niro", and, like "Robert De Niro", without: "de Waal
                    # has drawn" reads "Waal".)
                    bare = {ends[0].rsplit(" ", 1)[-1]} if ends else set()
                    keys = {
                        surname_key(spelling),
                        surname_key(spelling, False),
                        *bare,
                        *map(_PARTICLE_KEY.format, ends),
                    }
                    keys_of[spelling] = keys, spelling.split()[0]
                keys, first = keys_of[spelling]
                for key in keys:
                    by_surname[key][doc].add(target)
                by_first[first][doc].add(target)
    # The spellings that may be a lone surname or first name ("Putin", "Mr. Marchetti", "Trump
    # Jr."), with the key of the surname and the sex their title gives: the same in every file.
    lone: dict[str, tuple[str, str, str]] = {}
    for spelling in corpus.count:
        honorific = corpus.honorific[spelling]
        if honorific:
            surname, sex, key = honorific[0], honorific[1], surname_key(honorific[0])
        elif _lone_generation(spelling):
            surname, sex, key = spelling.split()[0], "", surname_key(spelling)
        elif spelling in alone:
            surname, sex, key = spelling, "", _PARTICLE_KEY.format(spelling.lower())
        elif " " not in spelling:
            surname, sex, key = spelling, "", surname_key(spelling, False)
        else:
            continue
        if not (surname.isupper() or registry.canonical(surname)):
            lone[spelling] = surname, sex, key
    openers = _body_openers(corpus, registry)
    titles_of = _titles_of_people(corpus, res, full_names)
    everywhere: dict[tuple[str, str], set[str]] = {}
    read_otherwise = _read_otherwise(corpus, res)
    misspelt: dict[str, set[str]] | None = None  # built when a lone surname has no full name
    near_keys: dict[str, list[str]] = {}  # a surname key -> the keys one letter off it (`_misspelt`)
    skeletons: dict[str, set[str]] | None = None  # likewise
    for doc, spellings in corpus.by_doc.items():
        relatives = {res.target(doc, s) for s in corpus.relatives.get(doc, ())}
        order: _MentionOrder | None = None  # the file's mentions by what they stand for, once needed
        for spelling in spellings:
            if spelling not in lone or res.resolved(doc, spelling) or spelling in corpus.staked_in[doc]:
                continue  # (a name the file writes only for a company's shares is the company's)
            surname, sex, key = lone[spelling]
            candidates = by_surname.get(key, {})
            if (key, sex) not in everywhere:
                everywhere[key, sex] = {n for names in candidates.values() for n in names if _has_sex(n, sex)}
            here = {n for n in candidates.get(doc, ()) if _has_sex(n, sex)}
            # "His father, Mr. Doe," is not the John Doe whose father he is: only a relative named in full.
            kin = spelling in corpus.relatives[doc]
            here = here & relatives if kin else _besides_relatives(here, relatives, key)
            if surname in regions() and spelling in corpus.placed_in[doc]:
                here = set()  # "flew home to Jordan": the country, beside Dana Jordan
            if here and (town := _town_written_whole(corpus, res, doc, spelling)):
                res.local[doc][spelling] = town  # "schools in Harvey" of "Harvey, Louisiana", beside Dana Harvey
                continue
            # "President Doe" is not "First Lady Jane Doe": a role title of its own rules out a person
            # the corpus gives only other role titles.
            roles = corpus.titles[doc].get(spelling, set())
            here = {n for n in here if _roles_agree(roles, titles_of[doc][n])}
            if not here and not kin and doc in generations_of:
                # "Trump said" in a file that names only "Trump Jr.": the son, not another file's father
                here = {n for n in generations_of[doc].get(key, ()) if n != spelling}
            if roles and (namesakes := _untitled_generation(here, everywhere[key, sex], roles, titles_of[""])):
                # "President Trump" in a file naming Donald Trump Jr., who holds no such title, while the
                # corpus names his father: either of the two, so neither
                res.unlinked[doc][spelling] = here | namesakes
                continue
            if not candidates:  # "Ashely said", in a file that names Mike Ashley
                if misspelt is None:
                    misspelt = _misspelt_index(by_surname)
                if key not in near_keys:  # the same in every file: read once
                    near_keys[key] = _misspelt(misspelt, key)
                here = {n for other in near_keys[key] for n in by_surname[other].get(doc, ())}
                here = {n for n in here if _has_sex(n, sex)} if len(here) == 1 else set()
                if not here and corpus.kind.get(spelling) == "person":  # "President Ahmedinajad"
                    if skeletons is None:
                        skeletons = _skeleton_index(by_surname)
                    here = _vowel_slip_owner(skeletons, by_surname, key, sex)
            # "Austin" is Lloyd Austin in a file that names him, and the city in the others; "Fox"
            # (of Fox News) is Megan Fox where she is named, elsewhere only if a mention of it in
            # the corpus is a person's by its cue ("Fox said").
            # A surname this file places ("shops in Kenner", "Kenner, Louisiana") is the town here
            # unless the file names a person of it: no one of another file.
            # A country's or a state's name ("Jordan", "Washington") is likewise the person only in
            # a file that names the person and does not place it.
            # A word that opens a full name of its own file ("Harvey" of Harvey Weinstein) is that
            # person's given name there, not the surname of another file's person ("Dana Harvey").
            far = (
                bool(by_first.get(surname, {}).get(doc))
                or surname in major_places()
                or (spelling in openers and corpus.types[spelling]["person"] <= 0)
                or spelling in corpus.placed_in[doc]
                or corpus.bare_everyday_word(spelling, "person")
                or bool(read_otherwise.get(spelling, set()) - {doc})
            )
            anywhere = {n for n in everywhere[key, sex] if _roles_agree(roles, titles_of[""][n])}
            choice, pool = pick(here, set() if far or kin else anywhere)
            if choice is None and len(here) > 1:
                order = order or _MentionOrder(corpus.sequence[doc], res, doc)
                choice = _nearest(order.mentions(spelling, here), spelling, here, res, doc)
                if choice is None:
                    res.unlinked[doc][spelling] = here
                    continue
            if choice is None and not pool and is_first_name(surname) and not is_place(surname) and "|" not in key:
                # "Elena" alone is the one Elena of this file, never of another file
                first = by_first.get(surname, {}).get(doc, set())
                choice = next(iter(first)) if len(first) == 1 else None
            elif choice is None and not pool and "|" in key and is_first_name(surname):
                # "Donald Jr." or "Don Jr." is the one son of that given name and generation of this
                # file ("Donald Trump Jr."), never of another file
                sons = _given_and_generation(by_first, doc, surname, key.rsplit("|", 1)[1])
                choice = next(iter(sons)) if len(sons) == 1 else None
            if choice:
                if order is not None:
                    order.retarget(spelling, res.target(doc, spelling), choice)
                res.local[doc][spelling] = choice
            elif len(pool) > 1:
                res.ambiguous[spelling] = pool


def _given_and_generation(by_first: Mapping[str, Mapping[str, set[str]]], doc: str, given: str, gen: str) -> set[str]:
    """Return the people of a file whose first given name may be `given` (itself, a short form, a
    spelling: `_same_given`) and whose generation is `gen` ("Donald Trump Jr." for "Don Jr.")."""
    return {
        n
        for first, docs in by_first.items()
        if doc in docs and _same_given(given, first)
        for n in docs[doc]
        if generation(n.split()) == gen
    }


def _untitled_generation(
    here: set[str], everywhere: set[str], roles: set[str], titles: Mapping[str, set[str]]
) -> set[str]:
    """Return the people of the corpus that a titled surname ("President Trump") may be besides the
    file's one person of that surname, who has a generation ("Donald Trump Jr.", "Trump Jr.") and
    whom no title of the corpus gives that role: his namesakes without a generation ("Donald
    Trump"; of a surname written with its generation alone, anyone of it without one). A son keeps
    his father's surname, not his office; none when he holds the title himself, nor in a file
    that names another of the surname (the nearest is picked there)."""
    if len(here) != 1:
        return set()
    son = next(iter(here))
    words = son.split()
    if not generation(words) or _holds(roles, titles.get(son, set())):
        return set()
    if len(words) == 2:  # "Trump Jr."
        return {n for n in everywhere - here if not generation(n.split())}
    father = " ".join(words[:-1]).rstrip(",")
    return {father} & everywhere


def _holds(roles: set[str], others: set[str]) -> bool:
    """Tell whether a person's titles share a word with a titled surname's (`_roles_agree`, but
    a person given no title at all holds none)."""
    return bool(others) and _roles_agree(roles, others)


def _read_otherwise(corpus: Corpus, res: Resolution) -> dict[str, set[str]]:
    """Return the lone words that a file joined to a longer name of no person ("Lincoln" of
    "Lincoln, Nebraska", "Halvorsen" of "Halvorsen Shipping"), with those files: the corpus reads
    such a word two ways, so in a file that names neither it is no other file's person either
    (`dossier.partialnames` leaves it likewise); a file naming the person still takes it."""
    found: dict[str, set[str]] = defaultdict(set)
    for doc, names in res.local.items():
        for spelling, target in names.items():
            if " " not in spelling and target != spelling and corpus.kind.get(target) != "person":
                found[spelling].add(doc)
    return found


def _town_written_whole(corpus: Corpus, res: Resolution, doc: str, spelling: str) -> str | None:
    """Return the one town its file writes with its region ("Harvey, Louisiana") that a lone word
    of that file opens, where every mention of the word there is placed ("schools in Harvey"): the
    town, not the file's person of that surname ("Dana Harvey"). A mention read otherwise
    ("Harvey said") leaves the word to the people (`join_people`)."""
    if spelling not in corpus.only_placed[doc]:
        return None
    towns = {res.target(doc, k) for k in corpus.by_doc[doc] if k.startswith(f"{spelling}, ")}
    return towns.pop() if len(towns) == 1 else None


def _titles_of_people(corpus: Corpus, res: Resolution, full_names: set[str]) -> dict[str, dict[str, set[str]]]:
    """Return doc -> person -> the role titles its full names carry there; under "" the corpus's."""
    titles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, found in corpus.titles.items():
        for spelling, roles in found.items():
            if spelling in full_names:
                target = res.target(doc, spelling)
                titles[doc][target] |= roles
                titles[""][target] |= roles
    return titles


def _roles_agree(roles: set[str], others: set[str]) -> bool:
    """Tell whether a titled surname may be a person of these titles: either has none, or two share
    a word or its abbreviation ("Sen." of "Senator", "Gov." of "Ontario Governor"). A person keeps
    one role through an article; "President Doe" beside "First Lady Jane Doe" is another person."""
    if not roles or not others:
        return True
    words = {w for t in roles for w in _title_words(t)}
    theirs = {w for t in others for w in _title_words(t)}
    return not words or not theirs or any(_same_title_word(a, b) for a in words for b in theirs)


def _title_words(title: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", title.lower()) if len(w) > 1 and w not in SMALL_WORDS}


#: A title word this short at most may be an abbreviation of a longer one ("Sgt" of "Sergeant").
MAX_TITLE_ABBREVIATION = 4


def _same_title_word(a: str, b: str) -> bool:
    """Tell one title word from two spellings: the same, or the shorter its abbreviation (its first
    letter, then its other letters in order: "gov" of "governor", "sgt" of "sergeant")."""
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    if len(short) > MAX_TITLE_ABBREVIATION or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(c in rest for c in short[1:])


def join_lone_initials(corpus: Corpus, res: Resolution) -> None:
    """Join initials written alone ("K.J. to lose a few shots") to the one person of their file
    whose given names are those initials ("K.J. Choi", named there in full or by his surname)."""
    for doc, spellings in corpus.by_doc.items():
        lone = [s for s in spellings if _LONE_INITIALS.fullmatch(s) and not res.resolved(doc, s)]
        if not lone:
            continue
        owners_of: dict[str, set[str]] = defaultdict(set)  # given name -> the people of the file
        for s in spellings:
            target = res.target(doc, s)
            if " " in target and corpus.kind.get(target) == "person":
                owners_of[target.split()[0]].add(target)
        for spelling in lone:
            owners = owners_of.get(spelling, set())
            if len(owners) == 1:
                res.local[doc][spelling] = owners.pop()


#: Two or more initials with their full stops ("K.J.", "A.J."): one initial alone says too little.
_LONE_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _lone_generation(spelling: str) -> bool:
    """Tell a surname with its generation ("Trump Jr"): a lone surname, not a full name."""
    words = spelling.split()
    return len(words) == 2 and bool(generation(words))


def _misspelt_index(by_surname: dict[str, dict[str, set[str]]]) -> dict[str, set[str]]:
    """Index the surname keys by the words they make without one letter (see `_deletions`)."""
    index: dict[str, set[str]] = defaultdict(set)
    for key in by_surname:
        surname = key.partition("|")[0]
        if _may_be_misspelt(surname):
            for deletion in _deletions(surname):
                index[deletion].add(key)
    return index


def _misspelt(index: dict[str, set[str]], key: str) -> list[str]:
    """Return the surname keys one letter off a lone surname's, of its generation ("Ashely" for
    "ashley")."""
    surname, _, gen = key.partition("|")
    if not _may_be_misspelt(surname):
        return []
    found = {other for d in _deletions(surname) for other in index.get(d, ())}
    return sorted(o for o in found if o.partition("|")[2] == gen and _one_letter_apart(surname, o.partition("|")[0]))


def _skeleton(surname: str) -> str:
    """Return a surname's consonants in order ("hmdnjd" of "ahmadinejad")."""
    return "".join(c for c in surname if c not in _VOWELS)


_VOWELS = frozenset("aeiou")


def _skeleton_index(by_surname: dict[str, dict[str, set[str]]]) -> dict[str, set[str]]:
    """Index the long surname keys (see `MIN_VOWEL_SLIP_SURNAME`) by their consonants and generation."""
    index: dict[str, set[str]] = defaultdict(set)
    for key in by_surname:
        surname, _, gen = key.partition("|")
        if len(surname) >= MIN_VOWEL_SLIP_SURNAME:
            index[f"{_skeleton(surname)}|{gen}"].add(key)
    return index


def _vowel_slip_owner(
    index: dict[str, set[str]], by_surname: dict[str, dict[str, set[str]]], key: str, sex: str
) -> set[str]:
    """Return the one person of the corpus whose surname a lone, titled surname misspells by its
    vowels ("President Ahmedinajad" for Mahmoud Ahmadinejad, named in another source): a long
    surname of the same length and consonants, the only one of the corpus so close; else nothing."""
    surname, _, gen = key.partition("|")
    if len(surname) < MIN_VOWEL_SLIP_SURNAME:
        return set()
    close = {
        other for other in index.get(f"{_skeleton(surname)}|{gen}", ())
        if len(other.partition("|")[0]) == len(surname)
    }  # fmt: skip
    if len(close) != 1:
        return set()
    people = {n for names in by_surname[close.pop()].values() for n in names if _has_sex(n, sex)}
    return people if len(people) == 1 else set()


def _besides_relatives(here: set[str], relatives: set[str], key: str) -> set[str]:
    """Drop from a lone surname's people in a file those the file introduces as another's relative
    ("His mother, Jane Doe, says"), when one it does not introduce so has that very surname: news
    writing names the relative in full each time, the surname alone is the person it relates to.
    Where none has it exactly ("Trump" in a file of Donald Trump, the father, and of Donald Trump
    Jr.), or all are relatives, all stay."""
    others = here - relatives
    return others if others != here and any(surname_key(n) == key for n in others) else here


class _MentionOrder:
    """A file's mentions, where each is and what it stands for now (`Resolution.target`), so that
    `_nearest` reads only the mentions of a lone surname and of its candidates: reading the whole
    file for each lone surname that has two candidates there took the square of a file's names (a
    4 MB line of distinct names, 130 s of CPU, 99% of it there). `join_people` tells it each
    spelling it joins to a person (`retarget`), so it always agrees with the resolution."""

    def __init__(self, sequence: list[str], res: Resolution, doc: str) -> None:
        self.positions: dict[str, list[int]] = defaultdict(list)  # spelling -> where it is mentioned
        for i, key in enumerate(sequence):
            self.positions[key].append(i)
        self.standing_for: dict[str, set[str]] = defaultdict(set)  # a name -> the spellings that stand for it
        for key in self.positions:
            self.standing_for[res.target(doc, key)].add(key)

    def retarget(self, spelling: str, old: str, new: str) -> None:
        self.standing_for[old].discard(spelling)
        self.standing_for[new].add(spelling)

    def mentions(self, spelling: str, candidates: set[str]) -> list[str]:
        """Return the file's mentions of `spelling` and of what stands for a candidate, in order."""
        keys = {spelling}.union(*(self.standing_for.get(c, ()) for c in candidates))
        return [key for _, key in sorted((i, key) for key in keys for i in self.positions.get(key, ()))]


def _nearest(sequence: list[str], spelling: str, candidates: set[str], res: Resolution, doc: str) -> str | None:
    """Return the candidate whose full name is mentioned nearest before every mention of a lone
    surname in a file (after it, where none is before); None when its mentions point to two.
    `sequence` holds the file's mentions in order; those of neither the surname nor a candidate
    may be left out (`_MentionOrder.mentions`)."""
    chosen: set[str] = set()
    last: str | None = None
    pending = 0  # mentions of the surname before any full name
    first: str | None = None
    for key in sequence:
        target = res.target(doc, key) if key != spelling else None
        if target in candidates:
            last = target
            first = first or target
        elif key == spelling:
            if last is None:
                pending += 1
            else:
                chosen.add(last)
    if pending and first:
        chosen.add(first)
    return chosen.pop() if len(chosen) == 1 else None


def _has_sex(name: str, sex: str) -> bool:
    return not sex or first_names().get(name.split()[0], "?") in (sex, "?")


def run_on_name_length(words: list[str]) -> int:
    """Return how many of a run-on byline's capitalised words (see `RUN_ON_NAME_WORDS`) are the
    name: all of a shorter run; else two, or three when the second is an initial or a surname's
    particle ("Jane Q. Doe ...", "Juan de Vega ...")."""
    if len(words) < RUN_ON_NAME_WORDS:
        return len(words)
    return 3 if len(words[1].rstrip(".")) == 1 or words[1].lower() in SURNAME_PARTICLES else 2
