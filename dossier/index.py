"""Stage 2's one index of the whole dossier: entities, their mentions in context, and pages.

Built once per `mkdocs build` from every page's front matter and Markdown (generated sources,
the user's notes, the registry). Everything the generated pages show is read from here.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import unquote

from .citations import Citation, OutletFinder
from .cues import lent_to_a_body
from .entities import Registry, parse_entity
from .ingest import slugify
from .linker import Match, Matcher, find_mentions, first_per_paragraph
from .markup import escape_value, quoted_note, shown_file_name
from .model import Entity
from .offsets import Separators
from .paragraphs import ANCHOR, paragraphs, sentence_at, sentence_bounds, sentence_span
from .publishers import PublisherTable, default_publishers
from .quotes import Quote, find_quotes
from .timeline import DatedStatement, find_dated_statements
from .urls import href, http_url, path_url, relative_path
from .userfiles import ENTITY_KEYS, unknown_keys

#: A context sentence longer than this is cut around the mention.
CONTEXT_MAX_CHARS = 400
#: Names of one page that count as appearing with each other ("Appears most with"): a page naming
#: 10,000 people made every entity page count 10,000 neighbours, 10,000 times. Past this many, a
#: page counts its most mentioned names (a news article names 15-40).
COOCCURRING_PER_PAGE = 100
#: Sentences kept per entity and page (the rest are counted). Beyond three, repeats of the same
#: name in one article add length (entity pages of megabytes at 3,000 sources), not information:
#: the page itself is one click away.
CONTEXTS_PER_PAGE = 3


@dataclass(frozen=True)
class PageInput:
    """One page as stage 2 reads it: where it lives, its front matter and its Markdown body."""

    src_uri: str
    meta: dict[str, Any]
    markdown: str
    kind: str  # "source", "note" or "page"
    path: str = ""  # the file as messages name it (`shown_path`); its src_uri when not given

    @property
    def named(self) -> str:
        """Name the page's file in a message."""
        return self.path or self.src_uri

    @property
    def title(self) -> str:
        title = self.meta.get("title")
        if title:
            return str(title)
        if self.kind == "source":
            return f"{shown_file_name(self.meta.get('source_file') or self.src_uri)} (no headline)"
        heading = re.search(r"^#\s+(.+)$", self.markdown, re.M)
        return heading.group(1).strip() if heading else posixpath.splitext(posixpath.basename(self.src_uri))[0]


@dataclass(frozen=True, slots=True)
class MentionRecord:
    page: str
    anchor: str | None
    spelling: str  # the first of them
    sentence: str
    #: the entity's mentions in this sentence: a sentence naming it twice is quoted once
    mentions: int = 1


@dataclass
class EntityRecord:
    entity: Entity
    slug: str
    mentions: list[MentionRecord] = field(default_factory=list)
    pages: set[str] = field(default_factory=set)  # pages whose front matter names it or that mention it
    count: int = 0  # number of mentions; stays when `DossierIndex.compact` drops the mentions
    per_page: dict[str, int] = field(default_factory=dict)  # mentions in each page
    #: (page, spelling, the other names it could be): mentions left unlinked in a page that names two
    ambiguous: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)

    def sources(self, index: DossierIndex) -> list[str]:
        return sorted(p for p in self.pages if index.pages[p].kind == "source")

    def notes(self, index: DossierIndex) -> list[str]:
        return sorted(p for p in self.pages if index.pages[p].kind == "note")


@dataclass
class DossierIndex:
    pages: dict[str, PageInput] = field(default_factory=dict)
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    matches: dict[str, list[Match]] = field(default_factory=dict)
    matcher: Matcher = field(default_factory=lambda: Matcher({}))
    #: page -> its own reading of spellings: the entity each names there, or None where it is
    #: ambiguous (see `page_reading`); pages that read none differently are left out
    readings: dict[str, dict[str, str | None]] = field(default_factory=dict)
    digests: dict[str, int] = field(default_factory=dict)  # hash of each page's Markdown, after compact()
    problems: list[str] = field(default_factory=list)
    names_by_page: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # What the source-critical views read, from the sources only (notes are the analyst's own).
    quotes: list[Quote] = field(default_factory=list)
    citations: dict[str, list[Citation]] = field(default_factory=dict)  # source -> the outlets it cites
    statements: list[DatedStatement] = field(default_factory=list)
    _most_named_cache: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def compact(self) -> None:
        """Drop what only the entity pages needed (sentences, page texts) once they are rendered.

        MkDocs holds every page until the build ends; without this the index would hold each
        source's text a second time and every mention's sentence a third. The views' quotes,
        citations and dated statements go too.
        """
        for record in self.entities.values():
            record.mentions = []
        self.quotes, self.citations, self.statements = [], {}, []
        self.digests = {uri: hash(page.markdown) for uri, page in self.pages.items()}
        self.pages = {uri: _compact_page(page) for uri, page in self.pages.items()}

    def find(self, uri: str, markdown: str) -> list[Match]:
        """Find the entity mentions in a page, as the page reads its spellings (see `page_reading`)."""
        found = as_page_reads(find_mentions(markdown, self.matcher), self.readings.get(uri))
        return [m for m in found if not self._lent_to_a_body(markdown, m)]

    def _lent_to_a_body(self, markdown: str, m: Match) -> bool:
        """Tell a person's one-word spelling that qualifies a body named after a family ("the
        Clinton foundation", see `lent_to_a_body`): no mention of the person, no speaker."""
        return (
            " " not in m.text
            and lent_to_a_body(markdown, m.start, m.end)
            and self.entities[m.entity].entity.type == "person"
        )

    def entity_uri(self, name: str) -> str:
        return f"entities/{self.entities[name].slug}.md"

    def entity_link(self, from_uri: str, name: str) -> str:
        """A Markdown link from page `from_uri` to the entity's page, or its name alone (escaped)
        when it has none."""
        if name not in self.entities:
            return escape_value(name)
        return f"[{escape_value(name)}]({relative_url(from_uri, self.entity_uri(name))})"

    def cooccurring(self, name: str, limit: int = 10) -> list[tuple[str, int]]:
        """Return the entities that share the most sources with this one (each source counting its
        COOCCURRING_PER_PAGE most mentioned names)."""
        counts: Counter[str] = Counter()
        for page in self.entities[name].sources(self):
            counts.update(self._most_named(page))
        counts.pop(name, None)
        return ranked(counts, limit)

    def _most_named(self, page: str) -> list[str]:
        """Return the names a page counts for co-occurrence: all of them, or its most mentioned."""
        names = self.names_by_page[page]
        if len(names) <= COOCCURRING_PER_PAGE:
            return list(names)
        most = self._most_named_cache.get(page)
        if most is None:
            mentions = {n: self.entities[n].per_page.get(page, 0) for n in names}
            most = sorted(names, key=lambda n: (-mentions[n], n))[:COOCCURRING_PER_PAGE]
            self._most_named_cache[page] = most
        return most


def ranked(counts: Counter[str], limit: int) -> list[tuple[str, int]]:
    """Return the `limit` most counted names, ties by name: the same order in every build
    (`Counter.most_common` keeps ties in insertion order, here the order of sets of names)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower(), item[0]))[:limit]


def _compact_page(page: PageInput) -> PageInput:
    """Keep a page's title and its scalar front matter (date, publisher...); drop its text and the
    lists stage 1 wrote (entities, citations), which the rendered pages already carry."""
    meta = {k: v for k, v in page.meta.items() if isinstance(v, (str, int, float, dt.date)) or v is None}
    meta["title"] = page.title  # a note's title may come from its heading, about to be dropped
    return replace(page, meta=meta, markdown="")


def build_index(pages: list[PageInput], registry: Registry, outlets: PublisherTable | None = None) -> DossierIndex:
    """Read every page once: merge entity definitions, find mentions, record their context, and
    read the sources' quotes, citations and dated statements for the views."""
    index = DossierIndex(pages={p.src_uri: p for p in pages})
    entities, claims = _merge_entities(pages, registry, index.problems)
    taken: set[str] = {"index"}
    for name in sorted(entities):
        index.entities[name] = EntityRecord(entities[name], slugify(name, taken))
    spellings = {}
    for name, record in index.entities.items():
        for spelling in record.entity.spellings():
            if spelling not in registry.ignore:
                spellings.setdefault(spelling, name)
    for spelling, name in claims.items():
        if name in index.entities and spelling not in registry.ignore:
            spellings[spelling] = name  # the registry and the notes win over discovery
    index.matcher = Matcher(spellings)
    corpus_outlets = {str(p.meta["publisher"]) for p in pages if p.kind == "source" and p.meta.get("publisher")}
    finder = OutletFinder(outlets or default_publishers(), sorted(corpus_outlets))
    for page in pages:
        for entity in _declared(page, claims, entities):
            index.entities[entity].pages.add(page.src_uri)
            index.names_by_page[page.src_uri].add(entity)
        reading = page_reading(page, claims, spellings)
        if reading:
            index.readings[page.src_uri] = reading
            _record_ambiguity(index, page, claims)
        found = index.find(page.src_uri, page.markdown)
        breaks = Separators(page.markdown, "\n\n")
        # Only the first mention of an entity in a paragraph is linked: only those are kept.
        index.matches[page.src_uri] = first_per_paragraph(page.markdown, found, breaks)
        per_entity: Counter[str] = Counter()
        quoted: Counter[str] = Counter()  # sentences kept per entity
        quoted_to: dict[str, int] = {}  # where the entity's last kept sentence ends in the page
        blocks: dict = {}
        for m in found:  # in the page's order
            record = index.entities[m.entity]
            record.pages.add(page.src_uri)
            record.count += 1
            index.names_by_page[page.src_uri].add(m.entity)
            per_entity[m.entity] += 1
            if m.start < quoted_to.get(m.entity, -1):  # in the sentence just kept: counted there
                last = record.mentions[-1]
                record.mentions[-1] = replace(last, mentions=last.mentions + 1)
            elif quoted[m.entity] < CONTEXTS_PER_PAGE:
                quoted[m.entity] += 1
                anchor, sentence, quoted_to[m.entity] = _context(page.markdown, m, blocks, breaks)
                record.mentions.append(MentionRecord(page.src_uri, anchor, m.text, sentence))
            record.per_page[page.src_uri] = per_entity[m.entity]
        if page.kind == "source":
            _read_for_views(index, page, found, finder)
    # Built-in entries that no page names, and proposals that no page's text mentions (a spelling
    # that another name took, or one only in a heading), get no page.
    empty = {n for n, r in index.entities.items() if not r.count and not r.entity.reviewed}
    for name in empty:
        del index.entities[name]
    for names in index.names_by_page.values():
        names -= empty
    return index


def page_reading(page: PageInput, claims: dict[str, str], spellings: dict[str, str]) -> dict[str, str | None]:
    """Return how a page reads the spellings it reads differently from the site: stage 1 resolved
    each source on its own, so "Trump" may be the son's in an article that names only the son, and
    the father's elsewhere; a spelling the page lists as ambiguous is no one's there (None). The
    registry's and the notes' spellings (`claims`) read the same everywhere."""
    reading: dict[str, str | None] = {}
    for entry in _listed(page.meta, "entities"):
        if not isinstance(entry, dict) or not entry.get("name"):
            continue
        name = claims.get(str(entry["name"]), str(entry["name"]))
        aliases = entry.get("aliases")
        for spelling in [entry["name"], *(aliases if isinstance(aliases, list) else [])]:
            spelling = str(spelling)
            if spelling not in claims and spelling in spellings and spellings[spelling] != name:
                reading[spelling] = name
    for item in _listed(page.meta, "ambiguous"):
        if isinstance(item, dict) and item.get("spelling") and str(item["spelling"]) not in claims:
            reading[str(item["spelling"])] = None
    return reading


def as_page_reads(matches: Iterable[Match], reading: dict[str, str | None] | None) -> list[Match]:
    """Re-attribute matches as a page reads their spellings; drop the ones it leaves to no one."""
    if not reading:
        return list(matches)
    found = []
    for m in matches:
        if m.text not in reading:
            found.append(m)
        elif (name := reading[m.text]) is not None:
            found.append(Match(m.start, m.end, m.text, name))
    return found


def _record_ambiguity(index: DossierIndex, page: PageInput, claims: dict[str, str]) -> None:
    """Tell each entity a page's ambiguous spelling could be, with the others it could be."""
    for item in _listed(page.meta, "ambiguous"):
        if not isinstance(item, dict) or not item.get("spelling"):
            continue
        names = [claims.get(str(n), str(n)) for n in item.get("could_be") or []]
        for name in names:
            if name in index.entities:
                others = tuple(n for n in names if n != name)
                index.entities[name].ambiguous.append((page.src_uri, str(item["spelling"]), others))


def _read_for_views(index: DossierIndex, page: PageInput, found: list[Match], finder: OutletFinder) -> None:
    """Record a source's quotations (with speakers), the outlets it cites and its dated sentences."""
    people = [(m.start, m.end, m.entity) for m in found if index.entities[m.entity].entity.type == "person"]
    paras = paragraphs(page.markdown)  # read once for quotations and dated sentences
    index.quotes += find_quotes(page.src_uri, page.markdown, people, paras)
    links = [u for u in _listed(page.meta, "citations") if isinstance(u, str)]
    own = str(page.meta.get("publisher") or "") or None
    url = str(page.meta.get("url") or "") or None
    index.citations[page.src_uri] = finder.citations(page.markdown, links, own, url)
    index.statements += find_dated_statements(page.src_uri, page.markdown, page_date(page.meta), paras)


def page_date(meta: dict[str, Any]) -> dt.date | None:
    """Return a page's date from its front matter (a string or a YAML date), or None."""
    value = meta.get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _merge_entities(
    pages: list[PageInput], registry: Registry, problems: list[str]
) -> tuple[dict[str, Entity], dict[str, str]]:
    """Merge entity lists into one entity per canonical name, by authority: the registry, then the
    notes' front matter (the user's), then discovery (the sources'). Return the entities and the
    spellings the registry and notes claim, mapped to their canonical names."""
    merged: dict[str, Entity] = dict(registry.entities)
    claims: dict[str, str] = dict(registry.by_spelling)
    for kind in ("note", "source"):
        for page in (p for p in pages if p.kind == kind):
            if not isinstance(page.meta.get("entities") or [], list):
                problems.append(f"{page.named}: front matter 'entities' is not a list of entities; ignored")
            for i, entry in enumerate(_listed(page.meta, "entities"), 1):
                if kind == "note":  # the user's: a misspelt key is named (stage 1 writes only known ones)
                    problems += unknown_keys(entry, ENTITY_KEYS, f"{page.named}: entities entry {i}")
                try:
                    entity = parse_entity(entry, f"{page.named}: entities entry {i}", reviewed=kind == "note")
                except ValueError as exc:
                    problems.append(str(exc))
                    continue
                name = claims.get(entity.name, entity.name)
                if name in registry.ignore:
                    continue
                old = merged.get(name)
                if old is None:
                    aliases = tuple(a for a in entity.spellings() if a != name)
                    merged[name] = Entity(
                        name, entity.type, aliases, entity.reviewed, entity.description, entity.same_as
                    )
                elif not (old.reviewed and name in registry.entities):  # the registry's entries are final
                    aliases = tuple(a for a in dict.fromkeys((*old.aliases, *entity.spellings())) if a != name)
                    merged[name] = Entity(name, old.type, aliases, old.reviewed, old.description, old.same_as)
                if kind == "note":
                    for spelling in entity.spellings():
                        claims.setdefault(spelling, name)
    return merged, claims


def _listed(meta: dict[str, Any], key: str) -> list:
    """Return a list of a page's front matter; anything else there (a user may have edited it) reads as none."""
    value = meta.get(key)
    return value if isinstance(value, list) else []


def _declared(page: PageInput, claims: dict[str, str], entities: dict[str, Entity]) -> list[str]:
    names = []
    for entry in _listed(page.meta, "entities"):
        raw = str(entry.get("name") if isinstance(entry, dict) else entry)
        name = claims.get(raw, raw)
        if name in entities:
            names.append(name)
    return names


def _context(
    markdown: str, m: Match, blocks: dict[int, tuple[str | None, str, list[tuple[int, int]]]], breaks: Separators
) -> tuple[str | None, str, int]:
    """Return the anchor of the paragraph holding a match, the sentence around it and where that
    sentence ends in the page.

    `blocks` keeps each paragraph's anchor, text and sentences for the page's other mentions;
    `breaks` are the page's paragraph breaks.
    """
    start = breaks.block_start(m.start)
    block = blocks.get(start)
    if block is None:
        end = markdown.find("\n\n", m.end)
        text = markdown[start : end if end != -1 else len(markdown)]
        anchor = ANCHOR.search(text)
        text = ANCHOR.sub("", text)
        block = blocks[start] = (anchor.group("id") if anchor else None, text, sentence_bounds(text))
    anchor, text, bounds = block
    offset = m.start - start
    end = start + sentence_span(bounds, len(text), offset)[1]
    return anchor, sentence_at(text, offset, CONTEXT_MAX_CHARS, bounds), end


def note_sentence(markdown: str, from_uri: str, to_uri: str) -> str:
    """Render a sentence of the note `from_uri` for the page `to_uri` (an entity page quotes it):
    its relative links rewritten to point at the same pages from there (`[x](other.md)` would
    look for `other.md` beside the entity page), its http(s) links kept, any other link its text
    only, and its other markup text (see `markup.quoted_note`)."""
    return quoted_note(markdown, functools.partial(_note_link, from_uri=from_uri, to_uri=to_uri))


def _note_link(target: str, from_uri: str, to_uri: str) -> str | None:
    if url := http_url(target):
        return href(url)
    if not relative_path(target):
        return None
    path, _, fragment = target.partition("#")
    path = unquote(path)  # as MkDocs reads it; `relative_url` writes it again
    linked = posixpath.normpath(posixpath.join(posixpath.dirname(from_uri), path)) if path else from_uri
    return relative_url(to_uri, linked, fragment or None)


def relative_url(from_uri: str, to_uri: str, anchor: str | None = None) -> str:
    """Return a relative Markdown link from one page's source path to another's."""
    # posixpath.relpath does the same but resolves absolute paths first: ten times slower, and
    # a build makes a link per mention.
    from_dir = from_uri.rpartition("/")[0]
    to_dir, _, name = to_uri.rpartition("/")
    if from_dir == to_dir:
        url = name
    else:
        f, t = from_dir.split("/") if from_dir else [], to_dir.split("/") if to_dir else []
        common = 0
        while common < min(len(f), len(t)) and f[common] == t[common]:
            common += 1
        url = "../" * (len(f) - common) + "/".join([*t[common:], name])
    url = path_url(url)
    return f"{url}#{anchor}" if anchor else url
