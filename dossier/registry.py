"""The entity registry: known entities by spelling, the user's `entities.yml` over the built-in
table of widely known entities (`data/known_entities.yml`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .gazetteer import is_place
from .lexicon import COMMON, SMALL_WORDS, is_first_name
from .markup import load_yaml
from .model import ENTITY_TYPES, Entity
from .publishers import PublisherTable
from .userfiles import UserFileError, check_registry, read_yaml


@dataclass
class Registry:
    """Known entities by spelling: the user's registry first, then the built-in table."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_spelling: dict[str, str] = field(default_factory=dict)
    ignore: set[str] = field(default_factory=set)
    #: Outlets' names that are one ordinary word ("Guardian", "Times"): an outlet only after "the"
    outlet_words: dict[str, str] = field(default_factory=dict)
    #: What in the user's registry was not understood (unknown keys), one line each.
    warnings: list[str] = field(default_factory=list, compare=False)
    # Spellings that capitalised spans cannot catch ("Islamic State group"), by their first word.
    _phrases: dict[str, list[str]] | None = field(default=None, init=False, repr=False, compare=False)
    # Discovery's readings of capitalised spans made with this registry (see `readings`).
    _readings: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    _readings_ignore: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)

    def add(self, entity: Entity, override: bool = True) -> None:
        if not override and entity.name in self.entities:
            return
        self.entities[entity.name] = entity
        for spelling in entity.spellings():
            if override or spelling not in self.by_spelling:
                self.by_spelling[spelling] = entity.name
        self._phrases = None
        self._readings = {}

    def canonical(self, spelling: str) -> str | None:
        return self.by_spelling.get(spelling)

    def readings(self) -> dict[Any, Any]:
        """Return a cache for what discovery reads with this registry: emptied when an entity is
        added or the ignore list changes, and never pickled (each process fills its own)."""
        if self._readings_ignore != self.ignore:
            self._readings = {}
            self._readings_ignore = frozenset(self.ignore)
        return self._readings

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_readings": {}, "_readings_ignore": frozenset()}

    def phrases(self) -> dict[str, list[str]]:
        """Return the spellings holding a lowercase word, longest first, by their first word."""
        if self._phrases is None:
            phrases: dict[str, list[str]] = defaultdict(list)
            for spelling in sorted(self.by_spelling, key=len, reverse=True):
                words = spelling.split()
                if len(words) > 1 and any(w[0].islower() and w not in SMALL_WORDS and "-" not in w for w in words):
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


def load_registry(path: Path | None, outlets: PublisherTable | None = None) -> Registry:
    """Load the user's registry (if any) over the outlets of a publisher table and the built-in
    table of widely known entities."""
    registry = Registry()
    for entity in _known_entities():
        registry.add(entity)
    if outlets is not None:
        add_outlets(registry, outlets)
    if path is None or not (path.exists() or path.is_symlink()):
        return registry
    data, lines = read_yaml(path, "the entity registry")
    data = data or {}
    registry.warnings = check_registry(data, str(path), lines)
    entries = data.get("entities") or [] if isinstance(data, dict) else data
    at = ("entities",) if isinstance(data, dict) else ()
    if not isinstance(entries, list):
        line = lines.get(at)
        raise UserFileError(f"{path}: {f'line {line}: ' if line else ''}`entities:` must be a list of entities")
    for i, entry in enumerate(entries):
        line = lines.get((*at, i))
        registry.add(parse_entity(entry, f"{path}: line {line}" if line else f"{path}: entry {i + 1}"))
    if isinstance(data, dict):
        registry.ignore.update(str(x) for x in data.get("ignore") or [])
    return registry


def add_outlets(registry: Registry, table: PublisherTable) -> None:
    """Add a publisher table's outlets as organisations under the table's names, so that an outlet
    has one name on entity, citation and publisher pages ("Telegraph" and "Daily Telegraph" are
    The Daily Telegraph). A built-in entity that shares a spelling with an outlet joins it ("BBC").

    Only the spellings that name the outlet wherever they are written are taken: names of several
    words, acronyms, coined words; not one ordinary word, place or given name ("Guardian", "Time",
    "Mint"), which names the outlet only in some sentences."""
    spellings: dict[str, list[str]] = defaultdict(list)
    ordinary: dict[str, str] = {}
    for spelling, outlet in table.written.items():
        if _names_outlet_anywhere(spelling):
            spellings[outlet].append(spelling)
        elif " " not in spelling.strip() and spelling[:1].isupper():
            ordinary[spelling] = outlet
        if spelling.startswith("The ") and " " not in spelling[4:].strip() and not _names_outlet_anywhere(spelling[4:]):
            ordinary.setdefault(spelling[4:], outlet)  # "the Times" is The Times
    for outlet, written in spellings.items():
        if not _names_outlet_anywhere(outlet):
            continue  # "People", "Time": the name would be taken in every sentence that says it
        aliases: dict[str, None] = dict.fromkeys(s for s in written if s != outlet)
        for spelling in [outlet, *written]:
            known = registry.entities.get(registry.canonical(spelling) or "")
            if known is not None and known.name != outlet and not known.reviewed:
                aliases.update(dict.fromkeys(s for s in known.spellings() if s != outlet))
                del registry.entities[known.name]
        registry.add(Entity(outlet, "organization", tuple(aliases), reviewed=False))
    registry.outlet_words.update((word, outlet) for word, outlet in ordinary.items() if not registry.canonical(word))


def _names_outlet_anywhere(spelling: str) -> bool:
    from .citations import ORDINARY_WORDS  # citations reads outlets in the site; the same words

    if spelling.startswith("The ") and " " not in spelling[4:].strip():
        return _names_outlet_anywhere(spelling[4:])  # "The Australian team", "The Age of Reason"
    if " " in spelling.strip():
        # Not "The i Paper": a phrase (a lowercase word in it) that opens with a common word
        # would be looked for after every "The" of every text.
        words = spelling.split()
        return not (words[0].lower() in COMMON and any(w[0].islower() and w not in SMALL_WORDS for w in words))
    lower = spelling.lower()
    if lower in ORDINARY_WORDS or lower in COMMON or is_place(spelling) or is_first_name(spelling):
        return False
    return len(spelling) > 1 and spelling[0].isupper()


@cache
def _known_entities() -> tuple[Entity, ...]:
    text = resources.files("dossier.data").joinpath("known_entities.yml").read_text(encoding="utf-8")
    return tuple(parse_entity(e, "known_entities.yml", reviewed=False) for e in load_yaml(text))
