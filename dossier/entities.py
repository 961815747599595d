"""Find people, organisations and places in article text and resolve their names across a corpus.

Discovery (`find_mentions`, one file, one pass of compiled patterns and set look-ups) proposes:

- capitalised spans ("Vladimir Putin", "Bank of England", "U.S. Securities and Exchange
  Commission", "Flight 2209"), split where they hold two names ("Syria's President Bashar
  al-Assad", "Russia and Syria") and kept whole where a connector belongs to one name
  ("Department of Wildlife and Fisheries", "Lyon County Sheriff's Office");
- the person after a title ("President X", "spokesman X", "Chancellor of the Exchequer X"), with
  the title kept as an alias; a first-name list tells "Incumbent Jenny Albers" from a name;
- places from the gazetteer, "Town, Region" pairs and datelines ("CAMERON, La. (AP) —"), and
  lists sharing a plural head ("Calcasieu, Cameron and Jefferson Davis parishes");
- acronyms defined in parentheses ("Islamic State (IS)"), the registry's spellings, and events
  named by a lowercase disaster word ("the Kettle Ridge wildfire").

Sentence openers, months, weekdays and headings are not names by themselves.

Resolution (`resolve`, the whole corpus) maps every spelling to one canonical name, in this order:

1. the registry (the user's `entities.yml`), then the table of widely known entities;
2. spelling variants of one person ("Vladmir Putin", "Sergey Lavrov") merge into the most used;
3. an acronym defined in parentheses anywhere in the corpus joins what it abbreviates;
4. a partial name joins the one longer name that extends it ("Northwind" -> "Northwind Mutual
   Insurance Company", "Kettle Ridge" -> "Kettle Ridge wildfire", "Delphine" -> "Hurricane
   Delphine", "Flight 2209" -> "Aurora Regional Airlines Flight 2209");
5. a surname alone joins the one full name that ends with it ("Putin" -> Vladimir Putin); "Mr."
   and "Mrs." pick between two full names by the first names' gender;
6. a first name alone joins the one full name of that file that starts with it ("Elena");
7. an undefined acronym joins the one name of the corpus whose initials it is ("BOE").

Each step looks in the file first, then in the corpus (a first name, or a surname that is also a big
city, only in the file). A name that fits two candidates is ambiguous: it stays under its own
spelling and its description says which names it could be, never guessed. A one-word name that only
ever opens a sentence and has no other cue ("Organisers say ...") is dropped.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .gazetteer import country_names, is_place, major_places, regions
from .model import ENTITY_TYPES, Entity

#: Two first names of one surname are one person when their similarity is at least this
#: ("Vladmir"/"Vladimir" 0.93, "Sergey"/"Sergei" 0.83, "John"/"Jane" 0.5).
SPELLING_SIMILARITY = 0.8
#: A one-word name that is not otherwise known, seen only where a sentence opens (so its capital may
#: be the sentence's), must appear this often in a text to be proposed; once inside a sentence is
#: enough ("the three bureaus, Equifax, Experian and TransUnion").
SINGLE_WORD_MIN_MENTIONS = 2
#: Acronyms inferred from initials (not defined in parentheses) are this long at most: longer runs
#: of capitals are rarely an organisation's initials.
MAX_INFERRED_ACRONYM = 6

# A name token: "U.S.", "al-Assad", "Al-Nusra", "BTR-82a", "S&P", "Støre"; not a compound adjective
# ("Russian-built").
_UPPER = r"A-ZÀ-ÖØ-Þ"
_TOKEN = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Prof|St|Mt|Ft)\.(?=[ \t])"
    rf"|[{_UPPER}][a-z]*\.(?:[{_UPPER}]\.)+|(?:al|el|bin|ibn|van|von|de|da|di|du|le|la)-[{_UPPER}][\w'’]*"
    rf"|[{_UPPER}](?:[\w'’&]|-(?![a-z]))*\w|[{_UPPER}])"
)
_CONNECTOR = r"(?:of the|of|for the|for|and the|and|&|de la|de|del|da|das|dos|do|al|bin|ibn|van|von|der|den|la|le|du)"
# A designator number closes a name ("Flight 2209", "ATR 72-600", "FTSE 100"); not a figure ("5.25%").
_NUMBER = r"\d+(?:-\d+)?(?![\d%]|[,.:/]\d|[ \t]+[A-Z\d])"
# Spaces only: a name never runs across a line (paragraph) break. A leading number is kept only for
# units ("330 Squadron").
_SPAN = re.compile(
    rf"(?<![\w@#/.-])(?:\d+(?:st|nd|rd|th)?[ \t]+)?{_TOKEN}(?:(?:[ \t]+{_CONNECTOR})?[ \t]+{_TOKEN})*"
    rf"(?:[ \t]+{_NUMBER})?(?!\w|-[A-Z\d])"
)
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w'’-]*")
_POSSESSIVE_SPLIT = re.compile(r"(?<=['’]s)[ \t]+")
_SPLIT_POINT = re.compile(r"['’]s[ \t]| (?:and|&|for|of) ")
_ACRONYM_DEF = re.compile(
    r"(?P<long>[A-Z][\w'’-]*(?:\s+(?:of|the|and|for|&)?\s*[A-Z][\w'’-]*)*)\s+\((?P<short>[A-Z][A-Za-z.&]{1,9})\)"
)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_SCORE = re.compile(r"\d{1,2}-\d{1,2}")  # "Arsenal 3-1"
_IS_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?(?:-\d+)?")
_LINE_MARKER = re.compile(r"[ \t>#*•·\"“‘'(\[_-]*(?:\d+[.)])?[ \t\"“‘'(\[_]*")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•·]|\d+[.)])[ \t]")
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|St|Sr|Jr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Prof|No|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Blvd|Rd|Mt|Ft)\.$"
)
_CREDIT_END = re.compile(r"\)[ \t]*(?:[—–]|--?(?:[ \t]|$))")
# What follows a dateline's place: "CAMERON, La. (AP) —", "FRISCO —", "Nairobi (AFP) –".
_DATELINE_END = re.compile(r"[ \t]*(?:,[ \t]|\(|[—–]|--?[ \t])")
#: Lowercase words that make the capitalised name before them an event ("the Kettle Ridge wildfire").
_EVENT_NOUN_AFTER = re.compile(
    r"[ \t]+(wildfire|bushfire|earthquake|quake|tornado|eruption|tsunami|landslide|mudslide|floods)\b"
    r"(?![ \t]+(?:departments?|crews?|season|services?|officials?|chief|stations?|zones?|risk|danger|smoke|warnings?))"
)
# "7001 Gulf Highway", "100 Sycamore St.": a street address, not a place of its own.
_HOUSE_NUMBER = re.compile(r"(?<![\w,.])\d+[A-Za-z]?[ \t]+$")
_STREET_WORDS = {"street", "st.", "st", "road", "rd.", "rd", "avenue", "ave.", "ave", "boulevard", "blvd.", "blvd",
                 "highway", "drive", "dr.", "lane", "way", "place", "court", "parkway", "pkwy"}  # fmt: skip
_PLACE_BEFORE = re.compile(r"\b(?:in|near|from|to|at|outside|of)[ \t]+$")
# "the town of Alvord", "the village of Cherryville"
_PLACE_OF = re.compile(
    r"(?:town|village|city|hamlet|municipality|community|suburb|county|province|island)[ \t]+of[ \t]+$"
)
_PLURAL_HEADS = {"parishes": "Parish", "counties": "County", "provinces": "Province", "boroughs": "Borough"}
_PLURAL_HEAD = re.compile(rf"[ \t](?:{'|'.join(_PLURAL_HEADS)})\b")
_NAME = rf"{_TOKEN}(?:[ \t]+{_TOKEN})*"
_PLURAL_LIST = re.compile(
    rf"(?<![\w.-])(?P<list>{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME})[ \t]+(?P<head>{'|'.join(_PLURAL_HEADS)})\b"
)

_TITLES = {
    "president", "vice president", "prime minister", "minister", "foreign minister", "defence minister",
    "defense minister", "secretary", "secretary of state", "secretary-general", "secretary general",
    "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor", "mayor-elect", "general", "gen.",
    "col.", "colonel", "lt.", "major", "captain", "capt.", "admiral", "chancellor", "king", "queen", "prince",
    "princess", "pope", "ambassador", "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "dr.",
    "dr", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "ceo", "chief", "director", "commissioner",
    "deputy", "chairman", "chairwoman", "chair", "leader", "press secretary", "attorney general", "sheikh",
    "ayatollah", "emir", "crown prince", "first lady", "sir", "dame", "lord", "lady", "professor", "prof.",
    "premier", "speaker", "councillor", "councilman", "councilwoman", "sheriff", "detective", "officer",
    "sergeant", "sgt.", "reporter", "analyst", "editor", "founder", "author", "coach", "registrar",
    "superintendent", "inspector", "constable", "marshal", "prosecutor", "attorney", "lawyer", "economist",
    "executive", "chief executive", "president-elect", "treasurer", "auditor", "clerk", "trustee",
}  # fmt: skip
_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}
#: Titles that say the person's sex: "Mr. Marchetti" is the Marchetti whose first name is male.
_HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}
_ORG_WORDS = {
    "department", "ministry", "agency", "council", "committee", "commission", "organization",
    "organisation", "party", "army", "navy", "air force", "forces", "force", "front", "group", "brigade",
    "brigades", "movement", "institute", "university", "college", "bank", "company", "corporation",
    "corp.", "corp", "inc.", "inc", "ltd", "ltd.", "llc", "plc", "association", "union", "court", "parliament",
    "congress", "senate", "administration", "office", "service", "services", "network", "news", "times",
    "post", "journal", "telegraph", "guardian", "observatory", "foundation", "fund", "board", "bureau",
    "authority", "police", "guard", "coalition", "alliance", "assembly", "cabinet", "zhurnal", "novosti",
    "tribune", "herald", "gazette", "press", "daily", "television", "radio", "tv", "channel",
    "media", "magazine", "review", "club", "team", "league", "federation", "society", "center", "centre",
    "church", "hospital", "school", "airlines", "airline", "airways", "holdings", "partners", "labs",
    "technologies", "systems", "reserve", "fbi", "pentagon", "kremlin", "squadron", "division", "regiment",
    "battalion", "fleet", "corps", "railway", "railroad", "registrar", "unit", "trust", "academy",
    "laboratory", "laboratories", "clinic", "tribunal", "directorate", "secretariat", "command",
    "brotherhood", "institution", "consortium", "chamber", "sports",
}  # fmt: skip
#: Last words that make a company of a name ("Halden Securities") but may also end the first half of
#: one ("Securities and Exchange Commission"), so they do not close a name before "and".
_COMPANY_WORDS = {"insurance", "mutual", "capital", "ventures", "securities", "economics", "resorts", "energy",
                  "power", "industries", "exchange", "bancorp", "motors", "pharmaceuticals", "foods", "brands"}  # fmt: skip
#: Words after which a leading number belongs to the name ("330 Squadron", "101st Airborne Division").
_UNIT_WORDS = {"squadron", "division", "regiment", "brigade", "battalion", "fleet", "corps", "wing", "army"}
_EVENT_WORDS = {"war", "summit", "crisis", "revolution", "election", "elections", "olympics", "games",
                "cup", "attack", "attacks", "massacre", "conference", "uprising", "protests", "spring",
                "marathon", "championship", "championships", "festival", "wildfire", "fire", "earthquake"}  # fmt: skip
#: Words that open an event's name ("Hurricane Delphine"): the rest of the name stands for it alone.
_EVENT_HEADS = {"hurricane", "typhoon", "cyclone", "storm", "tropical storm", "operation"}
#: Words that close a place's name: "Calcasieu Parish", "Virginia Street", "Bodø Airport".
_PLACE_WORDS = {"province", "governorate", "region", "county", "parish", "borough", "township",
                "district", "state", "strait", "sea", "ocean", "river", "mountains", "mountain", "island",
                "islands", "valley", "gulf", "bay", "street", "st.", "road", "rd.", "avenue", "ave.",
                "boulevard", "blvd.", "highway", "interstate", "lane", "drive", "plaza", "bridge",
                "airport", "beach", "park", "lake", "creek", "coast", "peninsula", "harbour", "harbor",
                "canyon", "ridge", "basin", "coliseum", "stadium", "arena", "fairgrounds", "village",
                "hall", "square", "desert", "forest", "heights", "hills", "falls"}  # fmt: skip
#: Place words after which the gazetteer name alone is the place ("Latakia Province" is Latakia).
_PLACE_SUFFIXES = {"province", "governorate", "region", "state"}  # not "city": Manchester City is a club
_HEAD_WORDS = _ORG_WORDS | _PLACE_WORDS | _EVENT_WORDS
#: Place words after which the name before them is the same place ("Calcasieu Parish" is Calcasieu).
_ADMIN_WORDS = {"county", "parish", "province", "borough", "township", "municipality", "district", "region",
                "governorate", "prefecture", "oblast", "canton"}  # fmt: skip
_SUBUNITS = {"department", "division", "branch", "unit", "section", "chamber", "courtroom", "room", "part"}
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "midwest"}
#: Head words that name a particular body even alone ("Congress", "the Guardian"); the others do not
#: ("Hall", "Squadron", "Department").
_NAMES_ALONE = {"congress", "parliament", "senate", "pentagon", "kremlin", "fbi", "guardian", "telegraph", "times",
                "herald", "tribune", "gazette", "journal", "post", "novosti", "zhurnal", "cabinet", "navy"}  # fmt: skip
#: Words that with a number make a measure, not a name ("Category 3", "Ward 2", "Article 5").
_COUNTERS = {"category", "level", "phase", "stage", "ward", "article", "section", "chapter", "page",
             "grade", "step", "tier", "class", "zone", "number", "no", "vol", "part", "room", "gate",
             "row", "round", "day", "week", "year", "season", "episode", "item", "table", "figure"}  # fmt: skip
#: Words that are never a name alone ("Hall", "Squadron", "Category", "West").
_NOT_ALONE = (_HEAD_WORDS | _COUNTERS | _DIRECTIONS) - _NAMES_ALONE
#: A possessive inside a name ("Lyon County Sheriff's Office", "U.S. Attorney's Office").
_ROLE_POSSESSORS = {"sheriff", "attorney", "attorneys", "children", "women", "people", "men", "veterans",
                    "workers", "marshal", "governor", "mayor", "president", "commissioner", "st", "mother",
                    "farmers", "teachers", "nurses", "soldiers", "officers", "lloyd", "queen", "king"}  # fmt: skip
#: Capitalised words that are not names by themselves (sentence openers, calendar words, pronouns).
_COMMON = set(
    """a an the this that these those there here he she it they we you i his her its their our my your
    in on at by for from with of to as and but or if when while after before since during although though
    however meanwhile also still yet so then now today yesterday tomorrow earlier later last next
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun mr mrs ms dr according despite many some several most more
    other another all both each every no not one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty hundred thousand million billion tens dozens hundreds thousands millions
    what who where why how which whose whom according under over into about against between among through
    without government officials official state states city reports report news breaking update updated editor note editor's photo photos video read share said says told asked
    added evidence over last behind based earlier instead thus indeed yes nor even just only once further
    nobody everyone everybody someone somebody anyone anybody nothing everything something anything none
    let please thanks welcome advertisement sponsored subscribe sign login log copy link follow image images
    caption credit comments comment reply menu home search close open manage accept reject cookies
    privacy terms contact print email like tweet watch listen more less top trending related tags topics
    am pm gmt utc edt est bst cet""".split()
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
    norwegian lebanese belgian peruvian vietnamese maltese cypriot scots foreign naval military federal national
    international regional local central""".split()
)  # fmt: skip
#: Common words that still end a name ("Biggest Little City", "Secretary of State"): not cut off.
_NAME_NOUNS = {"city", "state", "states", "government", "president", "minister", "secretary", "news", "report",
               "reports", "officials", "official", "update", "photo", "video", "note", "editor", "evidence"}  # fmt: skip
_SMALL_WORDS = {"of", "the", "and", "for", "&", "de", "la", "del", "da", "du", "von", "van", "on", "at", "in"}
#: Words cut from the end of a span ("Putin on Monday", "Bank of").
_TRAILING = _SMALL_WORDS | (_COMMON - _NAME_NOUNS)
_POSSESSIVE = re.compile(r"['’]s?$")
_NAME_WORD = re.compile(
    r"(?:(?:al|el|bin|ibn|van|von|de)-)?[A-ZÀ-Þ][a-zà-ÿ'’-]+|(?:[A-Z]\.)+|de|van|von|bin|al|der|da|dos"
)
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|bin|ibn)-", re.I)  # "al-Assad" is Assad
_CONTRACTION = re.compile(r"['’](?:d|m|ve|ll|re|t)$")


@dataclass(frozen=True)
class Mention:
    """A spelling found in a text with the type its context suggests."""

    text: str
    type: str
    cue: str = ""
    full: str = ""  # the span with its title, e.g. "Russian President Vladimir Putin"
    start: bool = False  # the spelling opens a sentence (its capital may be the sentence's)


@dataclass
class Registry:
    """Known entities by spelling: the user's registry first, then the built-in table."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_spelling: dict[str, str] = field(default_factory=dict)
    ignore: set[str] = field(default_factory=set)
    # Spellings that capitalised spans cannot catch ("Islamic State group"), by their first word.
    _phrases: dict[str, list[str]] | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, entity: Entity, override: bool = True) -> None:
        if not override and entity.name in self.entities:
            return
        self.entities[entity.name] = entity
        for spelling in entity.spellings():
            if override or spelling not in self.by_spelling:
                self.by_spelling[spelling] = entity.name
        self._phrases = None

    def canonical(self, spelling: str) -> str | None:
        return self.by_spelling.get(spelling)

    def phrases(self) -> dict[str, list[str]]:
        """Return the spellings holding a lowercase word, longest first, by their first word."""
        if self._phrases is None:
            phrases: dict[str, list[str]] = defaultdict(list)
            for spelling in sorted(self.by_spelling, key=len, reverse=True):
                words = spelling.split()
                if len(words) > 1 and any(w[0].islower() and w not in _SMALL_WORDS and "-" not in w for w in words):
                    phrases[words[0]].append(spelling)
            self._phrases = dict(phrases)
        return self._phrases


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


@cache
def first_names() -> dict[str, str]:
    """Return given names with their usual sex ("m", "f" or "?"), from gender-guesser's name list.

    The list (about 48,000 names of 50 countries) ships inside the package; nothing is downloaded.
    """
    from gender_guesser.detector import Detector

    names = {}
    for name, genders in Detector(case_sensitive=True).names.items():
        kinds = {g.replace("mostly_", "") for g in genders}
        names[name] = "m" if kinds == {"male"} else "f" if kinds == {"female"} else "?"
    return names


@lru_cache(maxsize=1 << 16)
def _is_first_name(word: str) -> bool:
    return word in first_names() and word.lower() not in _COMMON and not _is_demonym(word)


# --- discovery ----------------------------------------------------------------------------------


def find_mentions(text: str, registry: Registry | None = None) -> list[Mention]:
    """Propose the names in a text, each with a type guessed from its cues."""
    registry = registry or Registry()
    lowercase = set(_LOWER_WORD.findall(text))
    body = _without_headings(text)
    found: list[Mention] = []
    claimed = _claim_phrases(body, registry, found) | _claim_plural_lists(body, found)
    spans = [m for m in _SPAN.finditer(body) if m.start() not in claimed]
    elsewhere = {m.group(0) for m in spans}  # "Shares of Tesla" at a sentence's start, "Tesla" elsewhere
    skip_next = False
    for m, nxt in zip(spans, [*spans[1:], None], strict=False):
        if skip_next:
            skip_next = False
            continue
        at_start = _opens_sentence(body, m.start())
        town = _town_and_region(body, m, nxt, at_start, registry)
        if town:
            found.extend(town)
            skip_next = True
            continue
        found.extend(_read_match(body, m, at_start, lowercase, registry, elsewhere))
    found.extend(_acronym_definitions(text, registry))
    return found


def _town_and_region(body: str, m: re.Match, nxt: re.Match | None, at_start: bool, registry: Registry) -> list[Mention]:
    """Read "Hartford, Conn." or "Iten, Kenya": the town (named with its region) and the region."""
    region = _region_after(body, m, nxt)
    if not region or not _could_be_town(m.group(0), registry):
        return []
    name, spelling = region
    # After a country, only a known place, a dateline or "in X" is a town: not "for Assad, Russia said".
    if name in country_names() and not (
        is_place(m.group(0)) or at_start or _PLACE_BEFORE.search(body, max(0, m.start() - 8), m.start())
    ):
        return []
    town = _case(m.group(0))
    # "Cameron, Louisiana" tells the town from others of its name; a capital needs no region.
    qualified = town if town in major_places() or town == name else f"{town}, {name}"
    return [
        Mention(qualified, "place", "town, region", m.group(0) if qualified != m.group(0) else "", at_start),
        Mention(name, "place", "region", spelling if spelling != name else ""),
    ]


def _read_match(
    body: str, m: re.Match, at_start: bool, lowercase: set[str], registry: Registry, elsewhere: Collection[str]
) -> list[Mention]:
    """Read the names of one capitalised span, with what surrounds it in the text."""
    span = m.group(0)
    if body[m.start() - 1 : m.start()] == "(" and _CREDIT_END.match(body, m.end()):
        return []  # "(AP) —", "(CNN) —": a dateline's source credit, not a mention
    if _is_capitals(span) and not registry.canonical(span):
        # Capitals-only spans are headlines or chrome, except a dateline's place ("FRISCO —").
        if _is_line_start(body, m.start()) and _DATELINE_END.match(body, m.end()):
            return [Mention(_case(span), "place", "dateline", span, True)]
        if len([w for w in span.split() if not _IS_NUMBER.fullmatch(w)]) > 1:
            return []
    words = span.split()
    if words[-1].lower() in _STREET_WORDS and (
        _IS_NUMBER.fullmatch(words[0]) or _HOUSE_NUMBER.search(body, max(0, m.start() - 12), m.start())
    ):
        return []  # "7001 Gulf Highway": an address
    if _PLACE_OF.search(body, max(0, m.start() - 16), m.start()) and _could_be_town(span, registry):
        return [Mention(span, "place", "town of", "", at_start)]
    event = _EVENT_NOUN_AFTER.match(body, m.end())
    found = []
    for part in _split_span(span, registry, lowercase):
        for mention in _read_span(_POSSESSIVE.sub("", part), at_start, lowercase, registry, elsewhere):
            if event and span.endswith(part) and mention.cue in ("capitalised span", "single word"):
                mention = Mention(f"{mention.text} {event.group(1)}", "event", "event word", "", mention.start)
            found.append(mention)
        at_start = False
    return found


def _claim_phrases(body: str, registry: Registry, found: list[Mention]) -> set[int]:
    """Find the registry's spellings with lowercase words; return the span starts they cover."""
    phrases = registry.phrases()
    claimed: set[int] = set()
    if not phrases:
        return claimed
    for m in _CAPITALISED.finditer(body):
        for spelling in phrases.get(m.group(0), ()):
            end = m.start() + len(spelling)
            if body.startswith(spelling, m.start()) and not body[end : end + 1].isalnum():
                found.append(Mention(spelling, registry.entities[registry.canonical(spelling)].type, "registry"))
                claimed.update(s.start() for s in _SPAN.finditer(body, m.start(), end))
                break
    return claimed


def _claim_plural_lists(body: str, found: list[Mention]) -> set[int]:
    """Read "Calcasieu, Cameron and Jefferson Davis parishes" as three parishes."""
    claimed: set[int] = set()
    if not _PLURAL_HEAD.search(body):
        return claimed  # the list pattern is slow to try everywhere; the head word is quick to find
    for m in _PLURAL_LIST.finditer(body):
        head = _PLURAL_HEADS[m.group("head")]
        names = re.split(r",?[ \t]+and[ \t]+|,[ \t]+", m.group("list"))
        if any(n.split()[0].lower() in _COMMON for n in names):
            continue
        for name in names:
            found.append(Mention(f"{name} {head}", "place", f"list of {m.group('head')}", name))
        claimed.update(s.start() for s in _SPAN.finditer(body, m.start(), m.end("list")))
    return claimed


def _region_after(body: str, m: re.Match, nxt: re.Match | None) -> tuple[str, str] | None:
    """Return (region, spelling) when a span is followed by ", Region" ("Hartford, Conn.")."""
    if nxt is None or body[m.end() : nxt.start()] not in (", ", ",\t"):
        return None
    spelling = nxt.group(0)
    if body[nxt.end() : nxt.end() + 1] == "." and not spelling.endswith("."):
        spelling += "."
    name = regions().get(spelling)
    return (name, spelling) if name else None


def _could_be_town(span: str, registry: Registry) -> bool:
    words = span.split()
    if len(words) > 3 or registry.canonical(span) or span in regions():
        return False
    return not any(w.lower() in _COMMON or w.lower() in _TITLES for w in words) and not _is_demonym(words[0])


def _is_capitals(span: str) -> bool:
    """Tell a span in capitals ("LAKE CHARLES", "FRISCO") from an acronym with a number ("ATR 72")."""
    if not span.isupper():
        return False
    letters = [c for c in span if c.isalpha()]
    words = [w for w in span.split() if any(c.isalpha() for c in w)]
    return (
        len(letters) > 2
        and all(c.isupper() for c in letters)
        and "." not in span
        and (len(words) > 1 or len(letters) > 4)
    )


def _case(span: str) -> str:
    """Write a capitals-only place as names are written ("LAKE CHARLES" -> "Lake Charles")."""
    if not _is_capitals(span):
        return span
    return " ".join(w if w.lower() in _SMALL_WORDS else w.capitalize() for w in span.lower().split())


def _is_line_start(body: str, pos: int) -> bool:
    line_start = body.rfind("\n", 0, pos) + 1
    return bool(_LINE_MARKER.fullmatch(body, line_start, pos))


def _opens_sentence(body: str, pos: int) -> bool:
    """Tell whether a span starts a sentence, a list item, a quotation or a line."""
    line_start = body.rfind("\n", 0, pos) + 1
    if _LINE_MARKER.fullmatch(body, line_start, pos):
        return True
    before = body[max(line_start, pos - 24) : pos].rstrip(" \t\"“‘'([*_")
    if before.endswith((".", "!", "?")):
        return not _ABBREVIATION.search(before)
    return before.endswith((":", ";", "—", "–", "•"))


def _without_headings(text: str) -> str:
    """Blank out Title Case lines (headlines, subheadings): every word is capitalised there."""
    return "\n".join("" if _is_title_case(line) else line for line in text.split("\n"))


def _is_title_case(line: str) -> bool:
    if len(line) > 240 or _LIST_ITEM.match(line):  # a paragraph, or a list item
        return False  # a list item ("- Burton Coliseum, 7001 Gulf Highway, Lake Charles")
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if len(words) < 3 or len(words) > 20:
        return False
    small = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "at", "by", "from", "as"}
    big = [w for w in words if w.lower() not in small]
    capitalised = sum(w[0].isupper() for w in big)
    if line.rstrip().endswith((".", '"', "”")):
        # A sentence full of names is text; a headline of two sentences has every word capitalised.
        return len(big) >= 8 and capitalised == len(big)
    return capitalised >= 0.8 * len(big)


def _split_span(span: str, registry: Registry, lowercase: set[str]) -> list[str]:
    """Split a span that holds two names: after a possessive, at "and"/"&"/"for" between names."""
    if not _SPLIT_POINT.search(span) or registry.canonical(span):
        return [span]
    parts: list[str] = []
    for piece in _POSSESSIVE_SPLIT.split(span):
        if parts and _POSSESSIVE.sub("", parts[-1].split()[-1]).lower() in _ROLE_POSSESSORS:
            parts[-1] = f"{parts[-1]} {piece}"  # "Sheriff's Office" is one name
        else:
            parts.append(piece)
    return [" ".join(words) for part in parts for words in _split_connectors(part.split(), registry, lowercase)]


def _split_connectors(words: list[str], registry: Registry, lowercase: set[str]) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        word = words[i]
        if (
            word == "of"
            and _is_person_like(segments[-1])
            and _is_first_name(segments[-1][0])
            and _is_body(words[i + 1 :], registry)
        ):
            segments.append([])  # "Rahul Gandhi of the Indian National Congress": a person, then a body
            i += 1 + (words[i + 1] == "the")
            continue
        if word in ("and", "&", "for") and segments[-1] and i + 1 < len(words):
            j = i + 1 + (words[i + 1] == "the")
            k = j
            while k < len(words) and words[k] not in ("and", "&", "for"):
                k += 1
            right = words[j:k]
            if right and not _joins(segments[-1], right, word, words[i + 1] == "the", registry, lowercase):
                segments.append([])
                i = j
                continue
        segments[-1].append(word)
        i += 1
    return [s for s in segments if s]


def _is_body(words: list[str], registry: Registry) -> bool:
    """Tell whether words after "of" name an organisation or a place ("of the Indian National Congress")."""
    words = words[1:] if words[:1] == ["the"] else words
    name = " ".join(words)
    return bool(words) and (bool(registry.canonical(name)) or is_place(name) or words[-1].lower() in _HEAD_WORDS)


def _joins(
    left: list[str], right: list[str], connector: str, the: bool, registry: Registry, lowercase: set[str]
) -> bool:
    """Tell whether "left <connector> right" is one name ("Securities and Exchange Commission")."""

    def head(w: str) -> bool:
        return w.lower() in _HEAD_WORDS

    left_name, right_name = " ".join(left), " ".join(right)
    if registry.canonical(left_name) and registry.canonical(right_name):
        return False
    left_ends, right_ends = head(left[-1]), head(right[-1])
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
    ):
        return True  # "Environment and Climate Change Canada": "environment" alone names nothing
    if right_ends:  # "Securities and Exchange Commission", not "Russia and the European Union"
        return not the and not is_place(left_name) and not registry.canonical(left_name) and not _is_first_name(left[0])
    # "Department of Wildlife and Fisheries", "Ministry of Infrastructure and Housing"
    return not the and any(head(w) for w in left[:-1]) and "of" in left and not is_place(right_name)


def _read_span(
    span: str, at_start: bool, lowercase: set[str], registry: Registry, elsewhere: Collection[str] = ()
) -> list[Mention]:
    """Read one name (or a title and a name, or a place and a name) from a capitalised span."""
    if " " not in span:
        return _read_word(span, at_start, lowercase, registry)
    words = span.split()
    if words and _IS_NUMBER.fullmatch(words[0]) and words[-1].lower() not in _UNIT_WORDS:
        words = words[1:]  # "2019 Paul Marchetti": the year is not part of the name
    # A sentence-initial common word is not part of the name ("The", "In", "However"), nor a
    # capitalised word before a first name ("Incumbent Jenny Albers") or a connector ("Residents of").
    while words and (
        (words[0].lower() in _COMMON and (words[0].lower() not in _NAME_NOUNS or len(words) == 1))
        or (at_start and len(words) >= 3 and words[1] in ("of", "for") and words[0].lower() not in _HEAD_WORDS
            and not _is_first_name(words[0]) and " ".join(words[2:]) in elsewhere)
        or (at_start and words[0].lower() in lowercase and (len(words) == 1 or _starts_person(words[1:])
            or (words[1] in _SMALL_WORDS and words[0].lower() not in _HEAD_WORDS)))
        or (at_start and len(words) >= 3 and _starts_person(words[1:]) and not _is_first_name(words[0])
            and words[0].lower() not in _HEAD_WORDS | _TITLES and not is_place(words[0]))
    ) and registry.canonical(" ".join(words)) is None:  # fmt: skip
        words = words[1:]
        at_start = False
    if len(words) >= 2 and _is_demonym(words[0]) and (any(c.isdigit() for c in words[1]) or _starts_person(words[1:])):
        words = words[1:]  # "Russian T-90", "Syrian Bashar al-Assad": an adjective of origin
    while words and (
        words[-1].lower() in _TRAILING or words[-1] == "&"
        or (_IS_NUMBER.fullmatch(words[-1]) and (len(words) == 1 or words[-2].lower() in _COMMON | _COUNTERS))
        or _SCORE.fullmatch(words[-1])
    ) and registry.canonical(" ".join(words)) is None:  # fmt: skip
        cut = 2 if _IS_NUMBER.fullmatch(words[-1]) and len(words) > 1 and not _SCORE.fullmatch(words[-1]) else 1
        words = words[:-cut]
    if (
        len(words) >= 4
        and _IS_NUMBER.fullmatch(words[-1])
        and words[-2].lower() in _SUBUNITS
        and words[-3].lower() in _ORG_WORDS
    ):
        words = words[:-2]  # "Reno Municipal Court Department 1" is the court
    if not words:
        return []
    span = " ".join(words)
    if words[-1].lower() in _TITLES or span.lower() in _TITLES:
        return []  # a bare title ("Russian Foreign Minister") names nobody by itself
    if span in registry.ignore:
        return []
    known = registry.canonical(span)
    if known:
        return [Mention(span, registry.entities[known].type, "registry", "", at_start)]
    if all(w.lower() in _COMMON or _is_demonym(w) for w in words):
        return []  # "Russian Foreign", "Shia Alawites"
    if words[0].lower() in _NAME_NOUNS and all(w.lower() in _HEAD_WORDS for w in words[1:]):
        return []  # "City Hall", "City Council": which city's, the text says elsewhere
    if (
        len(words) >= 2
        and words[-1].lower() in _PLACE_SUFFIXES
        and is_place(" ".join(words[:-1]))
        and not is_place(span)
    ):
        return [Mention(" ".join(words[:-1]), "place", f"place word {words[-1]!r}", span, at_start)]
    if words[0].lower() in ("village", "town", "city", "municipality") and len(words) >= 3 and words[1] == "of":
        return [Mention(" ".join(words[2:]), "place", f"{words[0].lower()} of", span, at_start)]
    title, rest = _strip_title(words, registry)
    if title and rest:
        rest_name = " ".join(rest)
        found = _jurisdiction(title, registry)
        if registry.canonical(rest_name):
            kind = registry.entities[registry.canonical(rest_name)].type
            return [*found, Mention(rest_name, kind, "registry", span, at_start)]
        return [*found, Mention(rest_name, "person", f"title {title!r}", span, at_start)]
    for k in range(1, len(words) - 1):  # "Russia Riad Haddad": a place, then a person
        head = " ".join(words[:k])
        if (
            _is_first_name(words[k])
            and 2 <= len(words) - k <= 3
            and not _is_first_name(words[k - 1])  # "Martin Luther King" is one name
            and (is_place(head) or registry.canonical(head))
        ):
            return [
                *_read_span(head, at_start, lowercase, registry),
                Mention(" ".join(words[k:]), "person", "first name"),
            ]
    if len(words) == 1:
        return _read_word(words[0], at_start, lowercase, registry)
    return [Mention(span, _guess_type(words), "capitalised span", "", at_start)]


def _read_word(word: str, at_start: bool, lowercase: set[str], registry: Registry) -> list[Mention]:
    """Read a one-word span: a known name, a place, or a capitalised word that may be a name."""
    known = registry.canonical(word)
    if known:
        return (
            [] if word in registry.ignore else [Mention(word, registry.entities[known].type, "registry", "", at_start)]
        )
    lower = word.lower()
    if lower in _COMMON or (lower in lowercase and not word.isupper()) or len(word) < 2 or word in registry.ignore:
        return []
    if lower in _NOT_ALONE or lower in _TITLES or _IS_NUMBER.fullmatch(word) or _CONTRACTION.search(word):
        return []  # "Hall", "Category", "I'd", "2019"
    if is_place(word):
        return [Mention(word, "place", "gazetteer", "", at_start)]
    if _is_demonym(word):
        return []
    return [Mention(word, "other", "single word", "", at_start)]


def _jurisdiction(title: str, registry: Registry) -> list[Mention]:
    """Read the body a title belongs to ("Bank of England Governor", "Lumby Mayor", "Summit County
    District Judge"), when it is a name of its own: known, a place, or an organisation."""
    words = title.split()
    while words and (words[-1].lower() in _TITLES or words[-1].lower() in ("district", "federal", "state", "foreign")):
        words = words[:-1]  # "District Judge" is a court's title, not a district
    name = " ".join(words)
    if not words or all(w.lower() in _COMMON or _is_demonym(w) or w in _SMALL_WORDS for w in words):
        return []
    known = registry.canonical(name)
    if known:  # "Bank of England Governor"; not "U.S. District Judge", where the country is an adjective
        kind = registry.entities[known].type
        return [Mention(name, kind, "registry")] if kind != "place" else []
    if is_place(name) or (len(words) == 1 and title.split()[-1].lower() in ("mayor", "governor", "premier", "sheriff")):
        return [Mention(name, "place", "jurisdiction")]
    if len(words) >= 2 and words[-1].lower() in _ORG_WORDS | _PLACE_WORDS:
        return [Mention(name, _guess_type(words), "capitalised span")]
    return []


def _starts_person(words: list[str]) -> bool:
    """Tell whether words read as a person's name: a known first name, then one or two names."""
    return 2 <= len(words) <= 3 and _is_first_name(words[0]) and words[-1].lower() not in _HEAD_WORDS


def _strip_title(words: list[str], registry: Registry) -> tuple[str, list[str]]:
    """Split a leading title ("Russian Foreign Minister", "Chancellor of the Exchequer") from a name."""
    for i in range(len(words) - 1, 0, -1):
        head = " ".join(words[:i]).lower()
        if not (head in _TITLES or " ".join(words[1:i]).lower() in _TITLES or words[i - 1].lower() in _TITLES):
            continue
        rest = words[i:]
        if rest[-1].lower() in _HEAD_WORDS or rest[0].lower() in _HEAD_WORDS:
            continue  # "Premier League", "Governor General's Office": not a title and a name
        if all(w.lower().rstrip(".") in _GENERATIONS for w in rest):
            continue  # "Martin Luther King Jr": "King" is his name
        if rest[0] in ("of", "for"):
            # "Chancellor of the Exchequer Jeremy Hunt": the name starts at a first name, else it is
            # the last two words.
            named = [j for j in range(1, len(rest)) if _is_first_name(rest[j])]
            j = named[0] if named else len(rest) - 2
            if j < 1 or rest[j - 1] in _SMALL_WORDS:
                return "", words
            return " ".join(words[:i] + rest[:j]), rest[j:]
        if (
            registry.canonical(" ".join(rest))
            and registry.entities[registry.canonical(" ".join(rest))].type != "person"
        ):
            return "", words  # "Gov. ... " before an organisation is not a person's title
        return " ".join(words[:i]), rest
    return "", words


def _guess_type(words: list[str]) -> str:
    span = " ".join(words)
    first, last = words[0].lower(), words[-1].lower()
    if is_place(span):
        return "place"
    if last in _EVENT_WORDS or first in _EVENT_HEADS or " ".join(words[:2]).lower() in _EVENT_HEADS:
        return "event"
    if first == "flight" or (len(words) >= 2 and words[-2].lower() == "flight" and _IS_NUMBER.fullmatch(words[-1])):
        return "event"
    if last in _ORG_WORDS | _COMPANY_WORDS or any(
        w.lower() in ("department", "ministry", "agency", "council") for w in words
    ):
        return "organization"
    if any(w.lower() in _ORG_WORDS and nxt in ("of", "for") for w, nxt in zip(words, words[1:], strict=False)):
        return "organization"  # "Bureau of Meteorology", "Association for Democratic Reforms"
    if last in _PLACE_WORDS or (len(words) >= 2 and words[-2].lower() in _PLACE_WORDS and _IS_NUMBER.fullmatch(last)):
        return "place"
    if span.isupper() or "." in span.replace(". ", ""):
        return "organization"
    # A person needs a known first name here; resolution also takes a name whose surname is used
    # alone ("Rishi Sunak" ... "Sunak said").
    if _is_person_like(words) and _is_first_name(words[0]):
        return "person"
    return "other"


def _is_person_like(words: list[str]) -> bool:
    """Tell whether words could be a person's name: two to four capitalised names, no head word."""
    return (
        2 <= len(words) <= 4
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and not any(w.lower() in _HEAD_WORDS or _is_demonym(w) for w in words[1:])
    )


@lru_cache(maxsize=1 << 16)
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
    # Derived forms that are given names ("Cameron" from Cameroon, "Jordi") are names, not origins.
    return frozenset(f for f in forms if not is_place(f) and (f not in first_names() or f in ("German", "Georgian")))


def _acronym_definitions(text: str, registry: Registry) -> list[Mention]:
    """Read "the Islamic State (IS)": the acronym, with what it abbreviates as its full form."""
    found = []
    for m in _ACRONYM_DEF.finditer(text):
        short = m.group("short")
        if sum(c.isupper() for c in short) < 2:
            continue
        words = m.group("long").split()
        # "Norway's Norwegian Safety Investigation Authority (NSIA)": drop words until the initials fit.
        while words and not (_abbreviates(short, " ".join(words), True) and words[0].lower() not in _SMALL_WORDS):
            words = words[1:]
        long = _POSSESSIVE.sub("", " ".join(words)) if len(words) >= 2 else ""
        if not long:
            continue
        title, rest = _strip_title(long.split(), registry)
        long = " ".join(rest) if title else long
        known = registry.canonical(long)
        kind = registry.entities[known].type if known else _guess_type(long.split())
        found.append(Mention(short, kind, f"acronym of {long}", long))
    return found


def _initials(name: str, small: bool) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0] for w in words if small or w.lower() not in _SMALL_WORDS).upper()


def _abbreviates(short: str, long: str, defined: bool = False) -> bool:
    """Tell whether an acronym is made of the initials of a name ("IS" and "Islamic State"); one
    defined in parentheses may leave out the last words ("UNRWA" for the United Nations Relief
    and Works Agency for Palestine Refugees)."""
    letters = "".join(c for c in short if c.isalpha()).upper()
    full = (_initials(long, False), _initials(long, True))
    return letters in full or (defined and len(letters) >= 3 and any(f.startswith(letters) for f in full))


# --- resolution ---------------------------------------------------------------------------------


def _key(m: Mention) -> str:
    """Return the spelling a mention resolves by: "Mr. Marchetti" stays whole to pick by sex."""
    if not m.full or " " in m.text or not m.cue.startswith("title ") or m.cue[7:-1].lower() not in _HONORIFICS:
        return m.text
    return m.full


def _honorific(key: str) -> tuple[str, str] | None:
    """Return (surname, sex) of an "Mr. Marchetti" key."""
    words = key.split()
    if len(words) == 2 and words[0].lower() in _HONORIFICS:
        return words[1], _HONORIFICS[words[0].lower()]
    return None


def _weight(m: Mention) -> int:
    # A bare one-word proposal says little about type; titles, the registry and place cues say most.
    if m.cue in ("single word", "first name"):
        return 0
    if m.cue in ("capitalised span", "gazetteer"):
        return 1
    return 3


@dataclass
class _Corpus:
    """What resolution knows about every spelling of the corpus."""

    count: Counter[str] = field(default_factory=Counter)
    opening: Counter[str] = field(default_factory=Counter)  # occurrences that open a sentence
    cued: Counter[str] = field(default_factory=Counter)  # occurrences with a cue (title, dateline, registry)
    types: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    acronyms: dict[str, str] = field(default_factory=dict)
    by_doc: dict[str, list[str]] = field(default_factory=dict)  # doc -> its spellings, in order
    docs_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # spelling -> docs
    kind: dict[str, str] = field(default_factory=dict)  # spelling -> its most likely type
    honorific: dict[str, tuple[str, str] | None] = field(default_factory=dict)

    @classmethod
    def read(cls, mentions_by_doc: Mapping[str, list[Mention]]) -> _Corpus:
        corpus = cls()
        seen: Counter[tuple[str, str, str, bool]] = Counter()  # (spelling, type, cue, opens a sentence)
        for doc, mentions in mentions_by_doc.items():
            keys = [_key(m) for m in mentions]
            for key, m in zip(keys, mentions, strict=True):
                seen[key, m.type, m.cue, m.start] += 1
                if m.cue.startswith("acronym of "):
                    corpus.acronyms.setdefault(m.text, m.full)
            corpus.by_doc[doc] = list(dict.fromkeys(keys))
            for key in corpus.by_doc[doc]:
                corpus.docs_of[key].append(doc)
        for (key, kind, cue, start), n in seen.items():
            corpus.count[key] += n
            corpus.opening[key] += n * start
            corpus.types[key][kind] += n * _weight(Mention(key, kind, cue))
            corpus.cued[key] += n * (cue not in ("single word", "gazetteer", "capitalised span"))
        corpus.kind = {s: _top(t) for s, t in corpus.types.items()}
        corpus.honorific = {s: _honorific(s) for s in corpus.count}
        # A name whose last word stands alone in the same file is a person's ("Rishi Sunak" ...
        # "Sunak said"), even when the first name is not in the list.
        for spellings in corpus.by_doc.values():
            alone = {s for s in spellings if " " not in s} | {h[0] for s in spellings if (h := corpus.honorific[s])}
            for name in spellings:
                if " " not in name or corpus.kind[name] != "other":
                    continue
                words = name.split()
                if words[-1] in alone and _is_person_like(words) and not is_place(words[-1]):
                    corpus.kind[name] = "person"
                    corpus.types[name]["person"] += 2
        return corpus

    def is_full_name(self, spelling: str) -> bool:
        return " " in spelling and self.kind[spelling] == "person" and not self.honorific[spelling]


@dataclass
class _Resolution:
    """Canonical names: corpus-wide (registry, variants, acronyms) and per file (the rest)."""

    canonical: dict[str, str] = field(default_factory=dict)
    local: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    ambiguous: dict[str, set[str]] = field(default_factory=dict)  # spelling -> the names it could be

    def target(self, doc: str, spelling: str) -> str:
        return self.local[doc].get(spelling) or self.canonical.get(spelling, spelling)

    def resolved(self, doc: str, spelling: str) -> bool:
        return spelling in self.canonical or spelling in self.local[doc]


def resolve(mentions_by_doc: Mapping[str, list[Mention]], registry: Registry) -> dict[str, dict[str, Entity]]:
    """Resolve every document's mentions to canonical entities; return doc -> spelling -> entity."""
    return _resolve(mentions_by_doc, registry)[0]


def _resolve(
    mentions_by_doc: Mapping[str, list[Mention]], registry: Registry
) -> tuple[dict[str, dict[str, Entity]], set[str]]:
    corpus = _Corpus.read(mentions_by_doc)
    res = _Resolution()
    for spelling in corpus.count:
        known = registry.canonical(spelling)
        if known:
            res.canonical[spelling] = known
    _merge_person_variants(corpus, res)
    for short, long in corpus.acronyms.items():
        if short not in res.canonical:
            res.canonical[short] = res.canonical.get(long, long)
    _join_partial_names(corpus, res)
    _join_people(corpus, res, registry)
    _join_initials(corpus, res)
    joined = {s for names in res.local.values() for s in names}
    for spelling, honorific in corpus.honorific.items():
        res.canonical.setdefault(spelling, honorific[0] if honorific else spelling)
    # One-word names that only ever open a sentence, with no cue, are sentence openers ("Organisers").
    weak = {
        s for s in corpus.count
        if res.canonical[s] == s and " " not in s and corpus.opening[s] == corpus.count[s] and not corpus.cued[s]
        and s not in res.ambiguous and s not in joined and not s.isupper() and s not in major_places()
    }  # fmt: skip
    return _entities(mentions_by_doc, corpus, res, registry), weak


def _merge_person_variants(corpus: _Corpus, res: _Resolution) -> None:
    """Merge spelling variants of one multi-word person name into the most used spelling."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in corpus.count:
        if name not in res.canonical and (corpus.is_full_name(name) or " " in name and _is_person_like(name.split())):
            by_surname[_surname_key(name)].append(name)
    for names in by_surname.values():
        # A misspelt first name ("Vladmir") is not in the list: it joins a person, never leads.
        names.sort(key=lambda s: (corpus.kind[s] != "person", -corpus.count[s], -len(s), s))
        for name in names:
            if name in res.canonical or corpus.kind[name] != "person":
                continue
            res.canonical[name] = name
            for other in names:
                if other not in res.canonical and _similar_first_names(name, other):
                    res.canonical[other] = name


def _pick(here: set[str], everywhere: set[str]) -> tuple[str | None, set[str]]:
    """Pick the one candidate in this file, else the one in the corpus; return it or the rivals."""
    pool = here or everywhere
    return (next(iter(pool)), pool) if len(pool) == 1 else (None, pool)


def _extensions(name: str, kind: str) -> Iterable[str]:
    """Yield the partial names that may stand for `name` ("Northwind" for "Northwind Mutual")."""
    words = name.split()
    for k in range(1, len(words)):
        tail = words[k:]
        head = tail[0].lower() if len(tail) == 1 else ""
        # Calcasieu is Calcasieu Parish, Kettle Ridge the Kettle Ridge wildfire; Bodø is not Bodø
        # Airport, nor Reno the Reno City Council.
        if kind == "place" and head not in _ADMIN_WORDS or kind == "event" and head not in _EVENT_WORDS:
            continue
        part = " ".join(words[:k])
        if words[k - 1].lower() not in _SMALL_WORDS and (head in _ADMIN_WORDS or not is_place(part)):
            yield part
    if "," in name and kind == "place":  # "Hartford" is "Hartford, Connecticut"
        yield name.split(",")[0]
    if words[0].lower() in _EVENT_HEADS:  # "Delphine" is Hurricane Delphine
        yield " ".join(words[1:])
    elif len(words) >= 3 and _IS_NUMBER.fullmatch(words[-1]):  # "Flight 2209", "Highway 6"
        yield " ".join(words[-2:])
    if re.fullmatch(r"\d+-\d+", words[-1]):  # "ATR 72" is a family of "ATR 72-600"
        yield " ".join([*words[:-1], words[-1].split("-")[0]])


def _join_partial_names(corpus: _Corpus, res: _Resolution) -> None:
    """Join a partial name to the one longer name that extends it ("Northwind", "Delphine")."""
    parts_of = {
        name: [p for p in _extensions(name, corpus.kind[name]) if p in corpus.count and p not in res.canonical]
        for name in corpus.count
        if " " in name and corpus.kind[name] != "person" and not corpus.honorific[name]
    }  # fmt: skip
    longer: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # part -> doc -> names
    for doc, spellings in corpus.by_doc.items():
        for name in spellings:
            for part in parts_of.get(name, ()):
                longer[part][doc].add(name)
    people_first = {s.split()[0] for s in corpus.count if corpus.is_full_name(s)}
    for part in sorted(longer, key=lambda s: -len(s.split())):
        if corpus.honorific[part] or corpus.is_full_name(part):
            continue
        if " " not in part and (part.isupper() or part in people_first or part in major_places()):
            continue
        if corpus.kind[part] == "place":  # Franklin County is not the Franklin County Jail
            names_of = {
                d: {n for n in names if n.startswith(f"{part},") or n.split()[-1].lower() in _ADMIN_WORDS | _EVENT_WORDS}
                for d, names in longer[part].items()
            }  # fmt: skip
        else:
            names_of = longer[part]
        candidates = {d: {res.target(d, n) for n in names} - {part} for d, names in names_of.items()}
        # A word that only ever opens a sentence may be any capitalised word ("Residents"): only a
        # longer name in its own file says what it stands for.
        opener = " " not in part and corpus.opening[part] == corpus.count[part]
        everywhere = set() if opener else set().union(*candidates.values())
        for doc in corpus.docs_of[part]:
            choice, pool = _pick(candidates.get(doc, set()), everywhere)
            towns = {name for name in pool if "," in name}
            if choice is None and len(towns) == 1 and all(n.split()[-1].lower() in _ADMIN_WORDS for n in pool - towns):
                choice = next(iter(towns))  # "Cameron" alone is the town, not Cameron Parish
            if choice:
                res.local[doc][part] = choice


def _join_people(corpus: _Corpus, res: _Resolution, registry: Registry) -> None:
    """Join a lone surname or first name to the one full name of a person that has it."""
    by_surname: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    by_first: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, spellings in corpus.by_doc.items():
        for spelling in spellings:
            if corpus.is_full_name(spelling):
                target = res.target(doc, spelling)
                by_surname[_surname_key(spelling)][doc].add(target)
                by_first[spelling.split()[0]][doc].add(target)
    everywhere: dict[tuple[str, str], set[str]] = {}
    for doc, spellings in corpus.by_doc.items():
        for spelling in spellings:
            if " " in spelling and not corpus.honorific[spelling] or res.resolved(doc, spelling):
                continue
            surname, sex = corpus.honorific[spelling] or (spelling, "")
            if surname.isupper() or surname in regions() or registry.canonical(surname):
                continue
            candidates = by_surname.get(_surname_key(surname), {})
            if (surname, sex) not in everywhere:
                everywhere[surname, sex] = {n for names in candidates.values() for n in names if _has_sex(n, sex)}
            here = {n for n in candidates.get(doc, ()) if _has_sex(n, sex)}
            # "Austin" is Lloyd Austin in a file that names him, and the city in the others.
            choice, pool = _pick(here, set() if surname in major_places() else everywhere[surname, sex])
            if choice is None and not pool and _is_first_name(surname) and not is_place(surname):
                # "Elena" alone is the one Elena of this file, never of another file
                here = by_first.get(surname, {}).get(doc, set())
                choice = next(iter(here)) if len(here) == 1 else None
            if choice:
                res.local[doc][spelling] = choice
            elif len(pool) > 1:
                res.ambiguous[surname] = pool


def _has_sex(name: str, sex: str) -> bool:
    return not sex or first_names().get(name.split()[0], "?") in (sex, "?")


def _join_initials(corpus: _Corpus, res: _Resolution) -> None:
    """Join an undefined acronym to the one name of the corpus whose initials it is ("BOE")."""
    initials = {
        s: {_initials(s, False), _initials(s, True)}
        for s in corpus.count
        if " " in s and corpus.kind[s] != "person" and not corpus.honorific[s]
    }  # fmt: skip
    acronyms = {
        s: s.replace(".", "").upper()
        for s in corpus.count
        if 2 <= len(s.replace(".", "")) <= MAX_INFERRED_ACRONYM and s.replace(".", "").isalpha()
        and s[0].isupper() and sum(c.isupper() for c in s) >= 2 and s not in res.canonical
    }  # fmt: skip
    wanted = set(acronyms.values())
    by_initials: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, spellings in corpus.by_doc.items():
        for spelling in spellings:
            for letters in initials.get(spelling, set()) & wanted:
                by_initials[letters][doc].add(res.target(doc, spelling))
    everywhere = {letters: set().union(*docs.values()) for letters, docs in by_initials.items()}
    for spelling, letters in acronyms.items():
        candidates = by_initials.get(letters)
        if not candidates:
            continue
        for doc in corpus.docs_of[spelling]:
            if spelling not in res.local[doc]:
                choice, _ = _pick(candidates.get(doc, set()), everywhere[letters])
                if choice:
                    res.local[doc][spelling] = choice


def _entities(
    mentions_by_doc: Mapping[str, list[Mention]], corpus: _Corpus, res: _Resolution, registry: Registry
) -> dict[str, dict[str, Entity]]:
    canonical = res.canonical
    pairs: set[tuple[str, str]] = set()  # (spelling, the name it resolved to) in some file
    for doc, spellings in corpus.by_doc.items():
        local = res.local.get(doc, {})
        pairs.update((s, local.get(s) or canonical.get(s, s)) for s in spellings)
    entity_types: dict[str, Counter[str]] = defaultdict(Counter)
    for spelling, target in pairs:
        # A surname or first name says nothing of the type of the person it joined.
        if target == spelling or " " in spelling or corpus.kind.get(target) != "person":
            entity_types[target].update(corpus.types[spelling])
    kinds = {target: _top(counter) for target, counter in entity_types.items()}
    result: dict[str, dict[str, Entity]] = {}
    for doc, mentions in mentions_by_doc.items():
        local = res.local.get(doc, {})
        aliases_of: dict[str, dict[str, None]] = defaultdict(dict)  # target -> its other spellings, in order
        key_target: dict[str, str] = {}
        for m in mentions:
            key = _key(m)
            target = key_target[key] = local.get(key) or canonical.get(key, key)
            aliases = aliases_of[target]
            aliases[key] = None
            if m.full:
                aliases[m.full] = None
        entities: dict[str, Entity] = {}
        for target, aliases in aliases_of.items():
            aliases.pop(target, None)
            known = registry.entities.get(target)
            kind = known.type if known else kinds.get(target, "other")
            description = known.description if known else ""
            if not known and target in res.ambiguous:
                rivals = res.ambiguous[target]
                kind = "person" if all(corpus.kind.get(n) == "person" for n in rivals) else kind
                description = f"Ambiguous: could be {' or '.join(sorted(rivals))}."
            entities[target] = Entity(
                target, kind, tuple(aliases), reviewed=bool(known and known.reviewed),
                description=description, same_as=known.same_as if known else "",
            )  # fmt: skip
        result[doc] = {key: entities[target] for key, target in key_target.items()}
        for entity in entities.values():
            for spelling in (entity.name, *entity.aliases):
                result[doc].setdefault(spelling, entity)
    return result


@lru_cache(maxsize=1 << 16)
def _surname_key(name: str) -> str:
    return _ARTICLE_PREFIX.sub("", name.split()[-1]).lower()


def _top(counter: Counter[str]) -> str:
    best = [(n, t) for t, n in counter.items() if n > 0]
    return max(best)[1] if best else "other"


def _similar_first_names(a: str, b: str) -> bool:
    fa, fb = " ".join(a.split()[:-1]), " ".join(b.split()[:-1])
    return difflib.SequenceMatcher(None, fa.lower(), fb.lower()).ratio() >= SPELLING_SIMILARITY


def entities_of(resolved: Mapping[str, Entity], mentions: list[Mention]) -> list[Entity]:
    """Return the distinct entities of one document, most mentioned first, then by name."""
    counts: Counter[str] = Counter()
    unique: dict[str, Entity] = {}
    for m in mentions:
        entity = resolved[_key(m)]
        counts[entity.name] += 1
        unique[entity.name] = entity
    return sorted(unique.values(), key=lambda e: (-counts[e.name], e.name))


def discover(texts: Mapping[str, str], registry: Registry) -> dict[str, list[Entity]]:
    """Find and resolve the entities of several documents at once; return doc -> entities."""
    return entities_by_doc({doc: find_mentions(text, registry) for doc, text in texts.items()}, registry)


def entities_by_doc(mentions: Mapping[str, list[Mention]], registry: Registry) -> dict[str, list[Entity]]:
    """Resolve the mentions found in several documents; return doc -> its entities."""
    resolved, weak = _resolve(mentions, registry)
    return {doc: _keep(entities_of(resolved[doc], mentions[doc]), mentions[doc], weak) for doc in mentions}


def _keep(entities: Iterable[Entity], mentions: list[Mention], weak: set[str] = frozenset()) -> list[Entity]:
    """Drop weak proposals: one-word names that only ever open a sentence in the corpus
    ("Organisers say ..."), and one-word "other" names proposed once, at a sentence's start."""
    counts = Counter(m.text for m in mentions)
    inside = Counter(m.text for m in mentions if not m.start)
    return [
        e
        for e in entities
        if e.reviewed or (e.name not in weak and (
            e.type != "other" or len(e.name.split()) > 1 or any(inside[s] for s in e.spellings())
            or sum(counts[s] for s in e.spellings()) >= SINGLE_WORD_MIN_MENTIONS))
    ]  # fmt: skip
