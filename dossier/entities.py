"""Find the people, organisations, places and events of a corpus: the entry points of discovery
(`dossier.discovery`, one file at a time) and resolution (`dossier.resolution`, the whole corpus),
and the choice of which entities each document lists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from .clubtowns import dateline_states
from .discovery import find_mentions
from .model import Entity, Mention
from .namecorpus import file_keys, resolution_keys
from .registry import Registry, load_registry, parse_entity
from .resolution import resolve, resolve_corpus

__all__ = [
    "DocumentEntities",
    "Mention",
    "Registry",
    "cap_entities",
    "discover",
    "entities_by_doc",
    "entities_of",
    "find_mentions",
    "load_registry",
    "parse_entity",
    "resolve",
    "resolve_documents",
]

#: A one-word name that is not otherwise known, seen only where a sentence opens (so its capital may
#: be the sentence's), must appear this often in a text to be proposed; once inside a sentence is
#: enough ("the three bureaus, Equifax, Experian and TransUnion").
SINGLE_WORD_MIN_MENTIONS = 2
#: An acronym has at most this many letters ("NATO", "FIFA", "IANS"); a longer word in capitals
#: opening a paragraph is its lead word in the newspaper's style ("REPORTED spinner X faces ...").
ACRONYM_MAX_LETTERS = 5
#: Entities a source lists besides those the registry knows, its most mentioned first. A news
#: article names 15-40 (37 at most in our corpora); a page naming thousands is a list or a dump,
#: and every name listed becomes a page of the site, some 10 ms of MkDocs' time each (a seed of
#: 10,000 names took over two minutes to build).
MAX_ENTITIES_PER_SOURCE = 500


def cap_entities(entities: list[Entity]) -> tuple[list[Entity], int]:
    """Keep the reviewed entities and the first MAX_ENTITIES_PER_SOURCE others (a document's
    entities come most mentioned first); return them and how many others were left out."""
    kept, others = [], 0
    for e in entities:
        if e.reviewed or others < MAX_ENTITIES_PER_SOURCE:
            kept.append(e)
            others += not e.reviewed
    return kept, len(entities) - len(kept)


@dataclass(frozen=True)
class DocumentEntities:
    """One document's entities, and its spellings that could be two of its people (with the names)."""

    entities: list[Entity]
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)


def entities_of(resolved: Mapping[str, Entity], mentions: list[Mention], keys: list[str] | None = None) -> list[Entity]:
    """Return the distinct entities of one document, most mentioned first, then by name (`keys`:
    the mentions' `resolution_keys`, if the caller has them)."""
    counts: Counter[str] = Counter()
    unique: dict[str, Entity] = {}
    for key, n in Counter(resolution_keys(mentions) if keys is None else keys).items():
        entity = resolved.get(key)
        if entity is None:
            continue  # ambiguous in this document: no entity takes it
        counts[entity.name] += n
        unique[entity.name] = entity
    return sorted(unique.values(), key=lambda e: (-counts[e.name], e.name))


def discover(texts: Mapping[str, str], registry: Registry) -> dict[str, list[Entity]]:
    """Find and resolve the entities of several documents at once; return doc -> entities."""
    return entities_by_doc({doc: find_mentions(text, registry) for doc, text in texts.items()}, registry)


def entities_by_doc(mentions: Mapping[str, list[Mention]], registry: Registry) -> dict[str, list[Entity]]:
    """Resolve the mentions found in several documents; return doc -> its entities."""
    return {doc: found.entities for doc, found in resolve_documents(mentions, registry).items()}


def resolve_documents(mentions: Mapping[str, list[Mention]], registry: Registry) -> dict[str, DocumentEntities]:
    """Resolve the mentions found in several documents; return doc -> its entities and ambiguities."""
    mentions = {doc: dateline_states(found) for doc, found in mentions.items()}
    keyed = {doc: file_keys(found) for doc, found in mentions.items()}  # read once for the three uses
    resolved = resolve_corpus(mentions, registry, {doc: keys for doc, (_, keys) in keyed.items()})
    return {
        doc: DocumentEntities(
            _keep(
                entities_of(resolved.by_doc[doc], mentions[doc], keyed[doc][1]),
                mentions[doc],
                resolved.weak,
                keyed[doc],
            ),
            resolved.unlinked.get(doc, {}),
        )
        for doc in mentions
    }


def _keep(
    entities: Iterable[Entity],
    mentions: list[Mention],
    weak: Collection[str] = frozenset(),
    keyed: tuple[list[str], list[str]] | None = None,
) -> list[Entity]:
    """Drop weak proposals: one-word names that only ever open a sentence in the corpus
    ("Organisers say ..."), one-word "other" names proposed once, at a sentence's start, and names
    found in a document only on short lines of their own, never in its running text ("Message
    Boards", "Travel Insurance": menus and labels a cleaning left)."""
    # (each mention by its text, or by the key its file gives it: "Mullah Doe" of a relative;
    # `keyed`: the mentions' `file_keys`, if the caller has them)
    own, keys = keyed if keyed is not None else file_keys(mentions)
    spelt = [(m, key if key != mine else m.text) for m, mine, key in zip(mentions, own, keys, strict=True)]
    counts = Counter(s for _, s in spelt)
    inside = Counter(s for m, s in spelt if not m.start)
    in_prose = {s for m, s in spelt if m.prose}
    return [
        e
        for e in entities
        if e.reviewed or (e.name not in weak and any(s in in_prose for s in e.spellings()) and (
            e.type != "other" or len(e.name.split()) > 1 or _acronym(e.name) or any(inside[s] for s in e.spellings())
            or sum(counts[s] for s in e.spellings()) >= SINGLE_WORD_MIN_MENTIONS))
    ]  # fmt: skip


def _acronym(name: str) -> bool:
    """Tell an acronym ("AFL", "IANS"), a name even where it opens a sentence, from a lead word in
    capitals ("REPORTED spinner X faces ...")."""
    return name.isupper() and 2 <= len(name) <= ACRONYM_MAX_LETTERS
