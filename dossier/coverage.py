"""Who covers what: the dossier's outlets with their sources, entities, quotes and citations.

Computed once per build from the index, in one pass over the sources, the quote groups and the
citations; the coverage view, the publisher pages and the graph read it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .citations import Citation
from .index import DossierIndex, page_date
from .ingest import slugify
from .quotes import QuoteGroup

#: What a source with no outlet named is filed under (it is never merged with a real outlet).
NO_OUTLET = "(no outlet named)"


@dataclass
class OutletRecord:
    name: str
    slug: str
    sources: list[str] = field(default_factory=list)  # page uris, by date then title
    entities: Counter[str] = field(default_factory=Counter)  # entity -> sources of this outlet naming it
    only_here: list[str] = field(default_factory=list)  # entities no other outlet names
    quotes_shared: int = 0  # quote groups it carries that other outlets carry too
    quotes_alone: list[QuoteGroup] = field(default_factory=list)  # quotations only it carries
    cites: Counter[str] = field(default_factory=Counter)  # outlet it attributes to -> times
    cited_by: Counter[str] = field(default_factory=Counter)
    first: dt.date | None = None
    last: dt.date | None = None


def publisher_uri(record: OutletRecord) -> str:
    """Return the path of an outlet's page under docs/."""
    return f"publishers/{record.slug}.md"


@dataclass
class Coverage:
    outlets: dict[str, OutletRecord]
    groups: list[QuoteGroup]  # every quote group, most sources first
    outlet_of: dict[str, str]  # source page -> its outlet (or NO_OUTLET)

    def named(self) -> list[OutletRecord]:
        """Return the outlets that have sources in the dossier, most sources first."""
        records = [r for r in self.outlets.values() if r.sources]
        return sorted(records, key=lambda r: (r.name == NO_OUTLET, -len(r.sources), r.name.lower()))


def measure_coverage(index: DossierIndex, groups: list[QuoteGroup], citations: dict[str, list[Citation]]) -> Coverage:
    """Aggregate the index by outlet: sources, dates, entities, quotes carried, citations."""
    sources = sorted(
        (p for p in index.pages.values() if p.kind == "source"),
        key=lambda p: (str(page_date(p.meta) or "9999"), p.title.lower()),
    )
    taken: set[str] = {"index"}
    outlets: dict[str, OutletRecord] = {}

    def record(name: str) -> OutletRecord:
        if name not in outlets:
            outlets[name] = OutletRecord(name, slugify(name, taken))
        return outlets[name]

    outlet_of: dict[str, str] = {}
    outlets_of_entity: dict[str, set[str]] = defaultdict(set)
    for page in sources:
        name = str(page.meta.get("publisher") or "").strip() or NO_OUTLET
        outlet_of[page.src_uri] = name
        rec = record(name)
        rec.sources.append(page.src_uri)
        date = page_date(page.meta)
        if date:
            rec.first = min(rec.first or date, date)
            rec.last = max(rec.last or date, date)
        names = index.names_by_page.get(page.src_uri, ())
        rec.entities.update(names)
        for entity in names:
            outlets_of_entity[entity].add(name)
    # Only here: every source that names it is this outlet's. A source with no outlet named may be
    # another outlet's, so an entity it names too is not only here.
    for entity, names in outlets_of_entity.items():
        if len(names) == 1 and NO_OUTLET not in names:
            outlets[next(iter(names))].only_here.append(entity)
    for rec in outlets.values():
        rec.only_here.sort(key=lambda e: (-rec.entities[e], e.lower()))
    for group in groups:
        carriers = {outlet_of[p] for p in group.pages if p in outlet_of}
        for name in carriers:
            if len(carriers) > 1:
                outlets[name].quotes_shared += 1
            elif name != NO_OUTLET:
                outlets[name].quotes_alone.append(group)
    for page, found in citations.items():
        citing = outlet_of.get(page, NO_OUTLET)
        for cited in {c.outlet for c in found}:
            if cited != citing:
                record(citing).cites[cited] += 1
                record(cited).cited_by[citing] += 1
    return Coverage(outlets, groups, outlet_of)
