"""Find people, organisations and places in article text and resolve their names across a corpus.

Discovery reads capitalised spans and the cues around them (titles such as "President X",
organisation suffixes, a place gazetteer, acronyms in parentheses). Resolution then maps every
spelling to one canonical name for the whole corpus, in this order:

1. the registry (the user's `entities.yml`), then the table of widely known entities;
2. spelling variants of one person ("Vladmir Putin", "Sergey Lavrov") merge into the most used;
3. a surname alone ("Putin", "Assad") joins the one full name in the corpus that ends with it;
4. an acronym defined in parentheses ("Islamic State (IS)") joins what it abbreviates.

A surname shared by two full names is ambiguous and left alone, never guessed.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from .gazetteer import is_place
from .model import ENTITY_TYPES, Entity

#: Two first names of one surname are one person when their similarity is at least this
#: ("Vladmir"/"Vladimir" 0.93, "Sergey"/"Sergei" 0.83, "John"/"Jane" 0.5).
SPELLING_SIMILARITY = 0.8
#: A one-word name that is not otherwise known must appear this often in a text to be proposed.
SINGLE_WORD_MIN_MENTIONS = 2

# A name token: "U.S.", "al-Assad", "Al-Nusra", "BTR-82a"; not a compound adjective ("Russian-built").
_TOKEN = r"(?:[A-Z][a-z]*\.(?:[A-Z]\.)+|(?:al|el|bin|ibn|van|von|de|da|di|du|le|la)-[A-Z][\w'’]*|[A-Z](?:[\w'’&]|-(?![a-z]))*\w|[A-Z])"
_CONNECTOR = r"(?:of the|of|for|de|del|da|al|bin|ibn|van|von|der|den|la|le|du|and the)"
# Spaces only: a name never runs across a line (paragraph) break.
_SPAN = re.compile(rf"(?<![\w@#/.-]){_TOKEN}(?:(?:[ \t]+{_CONNECTOR})?[ \t]+{_TOKEN})*(?![\w-])")
_POSSESSIVE_SPLIT = re.compile(r"(?<=['’]s)[ \t]+")
_ACRONYM_DEF = re.compile(r"(?P<long>[A-Z][\w'’-]*(?:\s+(?:of|the|and|for)?\s*[A-Z][\w'’-]*)*)\s+\((?P<short>[A-Z][A-Z.]{1,9})\)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“(]\s*|\n)$")

_TITLES = {
    "president", "vice president", "prime minister", "minister", "foreign minister", "defence minister",
    "defense minister", "secretary", "secretary of state", "secretary-general", "secretary general",
    "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor", "general", "gen.", "col.",
    "colonel", "lt.", "major", "captain", "admiral", "chancellor", "king", "queen", "prince", "princess",
    "pope", "ambassador", "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "dr.", "dr",
    "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "ceo", "chief", "director", "commissioner", "deputy",
    "chairman", "chairwoman", "chair", "leader", "press secretary", "attorney general", "sheikh",
    "ayatollah", "emir", "crown prince", "first lady", "sir", "dame", "lord", "lady", "professor", "prof.",
    "premier", "speaker", "councillor", "councilman", "councilwoman", "sheriff", "detective", "officer",
    "sergeant", "sgt.", "reporter", "analyst", "editor", "founder", "author", "coach", "captain",
}  # fmt: skip
_ORG_WORDS = {
    "department", "ministry", "agency", "council", "committee", "commission", "organization",
    "organisation", "party", "army", "navy", "air force", "forces", "force", "front", "group", "brigade",
    "brigades", "movement", "institute", "university", "college", "bank", "company", "corporation",
    "corp.", "corp", "inc.", "inc", "ltd", "ltd.", "llc", "association", "union", "court", "parliament",
    "congress", "senate", "administration", "office", "service", "services", "network", "news", "times",
    "post", "journal", "telegraph", "guardian", "observatory", "foundation", "fund", "board", "bureau",
    "authority", "police", "guard", "coalition", "alliance", "assembly", "cabinet", "zhurnal", "novosti",
    "tribune", "herald", "gazette", "press", "agency", "daily", "television", "radio", "tv", "channel",
    "media", "magazine", "review", "club", "team", "league", "federation", "society", "center", "centre",
    "church", "hospital", "school", "airlines", "airways", "group", "holdings", "partners", "labs",
    "technologies", "systems", "reserve", "fbi", "pentagon", "kremlin",
}  # fmt: skip
_EVENT_WORDS = {"war", "summit", "crisis", "revolution", "election", "elections", "olympics", "games",
                "cup", "attack", "attacks", "massacre", "conference", "uprising", "protests", "spring"}  # fmt: skip
_PLACE_WORDS = {"province", "governorate", "region", "city", "county", "district", "state", "strait",
                "sea", "ocean", "river", "mountains", "island", "islands", "valley", "gulf", "bay"}  # fmt: skip
#: Capitalised words that are not names by themselves (sentence openers, calendar words, pronouns).
_COMMON = set(
    """a an the this that these those there here he she it they we you i his her its their our my your
    in on at by for from with of to as and but or if when while after before since during although though
    however meanwhile also still yet so then now today yesterday tomorrow earlier later last next first
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december mr mrs ms dr according despite many some several most more
    other another all both each every no not one two three four five six seven eight nine ten what who
    where why how which whose whom according under over into about against between among through without
    president minister secretary government officials official state states city reports report news
    breaking update updated editor note editor's photo video read share said says told asked added
    evidence over last behind based earlier instead thus indeed yes nor even just only once further""".split()
)  # fmt: skip
#: Words of origin and group names that are not irregular forms of a country name.
_GROUP_WORDS = set(
    """french dutch swiss greek thai welsh scottish irish english british filipino saudi emirati arab arabs
    arabic kurd kurds kurdish afghan european african asian western eastern northern southern soviet
    persian sunni sunnis shia shiite shiites alawite alawites islamist islamists jihadist jihadists
    salafist salafists muslim muslims christian christians jewish jew jews catholic orthodox republican
    republicans democrat democrats democratic conservative conservatives liberal liberals labour
    communist communists socialist socialists nazi nazis baathist israeli israelis palestinian
    palestinians american americans latino hispanic spanish portuguese danish swedish finnish polish
    norwegian lebanese belgian peruvian vietnamese maltese cypriot""".split()
)  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Mention:
    """A spelling found in a text with the type its context suggests."""

    text: str
    type: str
    cue: str = ""
    full: str = ""  # the span with its title, e.g. "Russian President Vladimir Putin"


@dataclass
class Registry:
    """Known entities by spelling: the user's registry first, then the built-in table."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_spelling: dict[str, str] = field(default_factory=dict)
    ignore: set[str] = field(default_factory=set)

    def add(self, entity: Entity, override: bool = True) -> None:
        if not override and entity.name in self.entities:
            return
        self.entities[entity.name] = entity
        for spelling in entity.spellings():
            if override or spelling not in self.by_spelling:
                self.by_spelling[spelling] = entity.name

    def canonical(self, spelling: str) -> str | None:
        return self.by_spelling.get(spelling)


def parse_entity(entry: Mapping, where: str, reviewed: bool = True) -> Entity:
    """Build an Entity from a registry or front-matter mapping; raise ValueError naming the problem."""
    if isinstance(entry, str):
        entry = {"name": entry}
    if not isinstance(entry, Mapping) or not str(entry.get("name") or "").strip():
        raise ValueError(f"{where}: an entity needs a name")
    kind = str(entry.get("type") or "other").lower()
    if kind not in ENTITY_TYPES:
        raise ValueError(f"{where}: entity {entry['name']!r} has unknown type {kind!r} (use {', '.join(ENTITY_TYPES)})")
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list):
        raise ValueError(f"{where}: aliases of {entry['name']!r} must be a list")
    return Entity(
        name=str(entry["name"]).strip(),
        type=kind,
        aliases=tuple(str(a).strip() for a in aliases if str(a).strip()),
        reviewed=bool(entry.get("reviewed", reviewed)),
        description=str(entry.get("description") or ""),
        same_as=str(entry.get("same_as") or ""),
    )


def load_registry(path: Path | None) -> Registry:
    """Load the user's registry (if any) over the built-in table of widely known entities."""
    registry = Registry()
    for entity in _known_entities():
        registry.add(entity)
    if path is None or not path.exists():
        return registry
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("entities", []) if isinstance(data, dict) else data
    for i, entry in enumerate(entries or [], 1):
        registry.add(parse_entity(entry, f"{path}: entry {i}"))
    if isinstance(data, dict):
        registry.ignore.update(str(x) for x in data.get("ignore") or [])
    return registry


@cache
def _known_entities() -> tuple[Entity, ...]:
    text = resources.files("dossier.data").joinpath("known_entities.yml").read_text(encoding="utf-8")
    return tuple(parse_entity(e, "known_entities.yml", reviewed=False) for e in yaml.safe_load(text))


def find_mentions(text: str, registry: Registry | None = None) -> list[Mention]:
    """Propose the names in a text, each with a type guessed from its cues."""
    registry = registry or Registry()
    found: list[Mention] = []
    lowercase_words = {w for w in re.findall(r"\b[a-z][\w'-]*\b", text)}
    counts = Counter(m.group(0) for m in _SPAN.finditer(text))
    for m in _SPAN.finditer(_without_headings(text)):
        at_start = bool(_SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])) or m.start() == 0
        # "Syria's President Bashar al-Assad" holds two names: split after the possessive.
        for part in _POSSESSIVE_SPLIT.split(m.group(0)):
            mention = _read_span(_POSSESSIVE.sub("", part), at_start, lowercase_words, registry, counts)
            at_start = False
            if mention:
                found.append(mention)
    for m in _ACRONYM_DEF.finditer(text):
        long, short = _strip_title(re.sub(r"^(?:The|A|An)\s+", "", m.group("long")))[1], m.group("short")
        if len(long.split()) >= 2 and _abbreviates(short, long):
            kind = registry.entities[registry.canonical(long)].type if registry.canonical(long) else _guess_type(long)
            found.append(Mention(short, kind, f"acronym of {long}", long))
    return found


def _without_headings(text: str) -> str:
    """Blank out Title Case lines (headlines, subheadings): every word is capitalised there."""
    return "\n".join("" if _is_title_case(line) else line for line in text.split("\n"))


def _is_title_case(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if len(words) < 3 or len(words) > 20 or line.rstrip().endswith((".", '"', "”")):
        return False
    small = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "at", "by", "from", "as"}
    big = [w for w in words if w.lower() not in small]
    return sum(w[0].isupper() for w in big) >= 0.8 * len(big)


def _read_span(span: str, at_start: bool, lowercase: set[str], registry: Registry, counts: Counter) -> Mention | None:
    words = span.split()
    # A sentence-initial common word is not part of the name ("The", "In", "However").
    while words and (words[0].lower() in _COMMON or (at_start and words[0].lower() in lowercase)) and registry.canonical(" ".join(words)) is None:
        words = words[1:]
        at_start = False
    while words and (words[-1].lower() in ("of", "the", "and", "for") or words[-1].lower() in _COMMON) and registry.canonical(" ".join(words)) is None:
        words = words[:-1]
    if words and (words[-1].lower() in _TITLES or " ".join(words).lower() in _TITLES):
        return None  # a bare title ("Russian Foreign Minister") names nobody by itself
    if not words:
        return None
    span = " ".join(words)
    if span in registry.ignore:
        return None
    known = registry.canonical(span)
    if known:
        return Mention(span, registry.entities[known].type, "registry")
    if words[-1].lower() in _PLACE_WORDS and len(words) >= 2 and is_place(" ".join(words[:-1])):
        return Mention(" ".join(words[:-1]), "place", f"place word {words[-1]!r}", span)
    title, rest = _strip_title(span)
    if title and rest and rest != span:
        if registry.canonical(rest):
            return Mention(rest, registry.entities[registry.canonical(rest)].type, "registry", span)
        return Mention(rest, "person", f"title {title!r}", span)
    if len(words) == 1:
        word = words[0]
        if word.lower() in _COMMON or word.lower() in lowercase or len(word) < 2:
            return None
        if is_place(word):
            return Mention(word, "place", "gazetteer")
        if _is_demonym(word):
            return None
        return Mention(word, "other", "single word")
    return Mention(span, _guess_type(span), "capitalised span")


def _strip_title(span: str) -> tuple[str, str]:
    """Split a leading title ("Russian Foreign Minister", "US President") from a name."""
    words = span.split()
    best = ""
    for i in range(len(words) - 1, 0, -1):
        head = " ".join(words[:i]).lower()
        head_no_country = re.sub(r"^(?:[A-Z][\w.]*\s+)", "", " ".join(words[:i])).lower()
        if head in _TITLES or head_no_country in _TITLES or words[i - 1].lower() in _TITLES:
            best = " ".join(words[:i])
            return best, " ".join(words[i:])
    return "", span


def _guess_type(span: str) -> str:
    words = span.split()
    last = words[-1].lower()
    if is_place(span):
        return "place"
    if last in _EVENT_WORDS:
        return "event"
    if last in _ORG_WORDS or any(w.lower() in ("department", "ministry", "agency", "council") for w in words):
        return "organization"
    if last in _PLACE_WORDS and is_place(" ".join(words[:-1])):
        return "place"
    if span.isupper() or "." in span.replace(". ", ""):
        return "organization"
    if 2 <= len(words) <= 3 and all(re.fullmatch(r"(?:(?:al|el|bin|ibn|van|von|de)-)?[A-Z][a-z'’-]+", w) for w in words):
        if not any(_is_demonym(w) for w in words) and not is_place(words[0]):
            return "person"
    return "other"


def _is_demonym(word: str) -> bool:
    """Tell adjectives of origin and group names ("Russian", "Syrians", "Alawites") from names."""
    return word.lower() in _GROUP_WORDS or word in _country_demonyms()


@cache
def _country_demonyms() -> frozenset[str]:
    """Derive "Russian", "Syrians", "Iraqi", "Chinese", "Turkish" from the gazetteer's countries."""
    from .gazetteer import country_names

    forms = set()
    for name in country_names():
        if " " in name:
            continue
        stems = {name, name[:-1], name[:-2]}
        for stem in (s for s in stems if len(s) >= 4):
            forms.update(stem + end for end in ("n", "an", "ian", "i", "ese", "ish", "ic"))
    forms |= {f + "s" for f in forms}
    return frozenset(f for f in forms if not is_place(f))


def _abbreviates(short: str, long: str) -> bool:
    """Tell whether an acronym is made of the initials of a name ("IS" and "Islamic State")."""
    letters = "".join(c for c in short if c.isalpha()).upper()
    initials = "".join(w[0] for w in long.split() if w.lower() not in ("of", "the", "and", "for")).upper()
    return letters == initials or (len(letters) >= 2 and initials.startswith(letters))


def _surname_key(name: str) -> str:
    last = name.split()[-1]
    return re.sub(r"^(?:al|el|ad|as|bin|ibn)-", "", last, flags=re.I).lower()


def resolve(mentions_by_doc: Mapping[str, list[Mention]], registry: Registry) -> dict[str, dict[str, Entity]]:
    """Resolve every document's mentions to canonical entities; return doc -> spelling -> entity."""
    spellings: Counter[str] = Counter()
    types: dict[str, Counter[str]] = defaultdict(Counter)
    acronyms: dict[str, str] = {}
    for mentions in mentions_by_doc.values():
        for m in mentions:
            spellings[m.text] += 1
            # A bare one-word proposal says nothing about type; cues (titles, registry) say most.
            types[m.text][m.type] += 0 if m.cue == "single word" else 1 if m.cue == "capitalised span" else 3
            if m.cue.startswith("acronym of "):
                acronyms[m.text] = m.full
    canonical: dict[str, str] = {}
    for spelling in spellings:
        known = registry.canonical(spelling)
        if known:
            canonical[spelling] = known
    # Spelling variants of one multi-word person name merge into the most used spelling.
    people = [s for s in spellings if s not in canonical and len(s.split()) >= 2 and _top(types[s]) == "person"]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in people:
        by_surname[_surname_key(name)].append(name)
    for names in by_surname.values():
        names.sort(key=lambda s: (-spellings[s], -len(s), s))
        for name in names:
            if name in canonical:
                continue
            canonical[name] = name
            for other in names:
                if other not in canonical and _similar_first_names(name, other):
                    canonical[other] = name
    # A lone surname joins the single full name that ends with it.
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for spelling, target in canonical.items():
        if len(spelling.split()) >= 2 and _top(types[spelling]) in ("person", "organization"):
            full_by_surname[_surname_key(spelling)].add(target)
    for spelling in spellings:
        if spelling in canonical or len(spelling.split()) != 1:
            continue
        targets = full_by_surname.get(_surname_key(spelling), set())
        if len(targets) == 1:
            canonical[spelling] = next(iter(targets))
    for short, long in acronyms.items():
        if short not in canonical or canonical[short] == short:
            canonical[short] = canonical.get(long, long)
    for spelling in spellings:
        canonical.setdefault(spelling, spelling)
    entity_types: dict[str, Counter[str]] = defaultdict(Counter)
    for spelling, target in canonical.items():
        entity_types[target].update(types.get(spelling, Counter()))
    result: dict[str, dict[str, Entity]] = {}
    for doc, mentions in mentions_by_doc.items():
        seen: dict[str, list[str]] = defaultdict(list)
        for m in mentions:
            target = canonical[m.text]
            for spelling in (m.text, m.full):
                if spelling and spelling != target and spelling not in seen[target]:
                    seen[target].append(spelling)
            seen[target]
        result[doc] = {}
        for target, aliases in seen.items():
            known = registry.entities.get(target)
            kind = known.type if known else _top(entity_types[target])
            entity = Entity(
                target, kind, tuple(aliases), reviewed=bool(known and known.reviewed),
                description=known.description if known else "", same_as=known.same_as if known else "",
            )  # fmt: skip
            for spelling in (target, *aliases):
                result[doc][spelling] = entity
    return result


def _top(counter: Counter[str]) -> str:
    best = [(n, t) for t, n in counter.items() if n > 0]
    return max(best)[1] if best else "other"


def _similar_first_names(a: str, b: str) -> bool:
    fa, fb = " ".join(a.split()[:-1]), " ".join(b.split()[:-1])
    return difflib.SequenceMatcher(None, fa.lower(), fb.lower()).ratio() >= SPELLING_SIMILARITY


def entities_of(resolved: Mapping[str, Entity], mentions: list[Mention]) -> list[Entity]:
    """Return the distinct entities of one document, most mentioned first, then by name."""
    counts: Counter[str] = Counter()
    for m in mentions:
        counts[resolved[m.text].name] += 1
    unique = {e.name: e for e in resolved.values()}
    return sorted(unique.values(), key=lambda e: (-counts[e.name], e.name))


def discover(texts: Mapping[str, str], registry: Registry) -> dict[str, list[Entity]]:
    """Find and resolve the entities of several documents at once; return doc -> entities."""
    return entities_by_doc({doc: find_mentions(text, registry) for doc, text in texts.items()}, registry)


def entities_by_doc(mentions: Mapping[str, list[Mention]], registry: Registry) -> dict[str, list[Entity]]:
    """Resolve the mentions found in several documents; return doc -> its entities."""
    resolved = resolve(mentions, registry)
    return {doc: _keep(entities_of(resolved[doc], mentions[doc]), mentions[doc]) for doc in mentions}


def _keep(entities: Iterable[Entity], mentions: list[Mention]) -> list[Entity]:
    """Drop weak proposals: one-word "other" names proposed fewer than twice in this text."""
    counts = Counter(m.text for m in mentions)
    return [
        e
        for e in entities
        if e.reviewed or e.type != "other" or len(e.name.split()) > 1
        or sum(counts[s] for s in e.spellings()) >= SINGLE_WORD_MIN_MENTIONS
    ]
