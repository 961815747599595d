"""Render the outlets: the coverage view, the publisher index and one page per outlet.

A publisher page lists the outlet's sources, what it names, what only it reports (entities no
other outlet names, quotations no other outlet carries, with their speakers), whom it cites and who cites it, and the
analyst's notes about it: any note whose front matter says `outlet: <name>` (its `reliability:`
value, if any, is shown at the top).
"""

from __future__ import annotations

from collections import Counter

from .coverage import NO_OUTLET, Coverage, OutletRecord, publisher_uri
from .index import DossierIndex, page_date, ranked, relative_url
from .markup import code_span, escape_block, escape_date, plural
from .markup import escape_value as _e
from .publishers import PublisherTable
from .reports import WIDE

#: Outlets (rows) and entities (columns) of the coverage matrix: a table wider than ten columns
#: does not fit a page; the full counts are on each publisher page.
MATRIX_OUTLETS = 20
MATRIX_ENTITIES = 10
#: Entries of each list on a publisher page.
LIST_SHOWN = 20
#: Sources listed on a publisher page (a wire with thousands of stories links the source index).
SOURCES_SHOWN = 500


#: Marks a table header as one of a wide table: dossier.css gives its cells less padding.
WIDE_MARK = '<span class="dossier-wide"></span>'


def _dates(record: OutletRecord) -> str:
    if record.first is None:
        return "—"
    if record.first == record.last:
        return escape_date(record.first)
    return f"{escape_date(record.first)} to {escape_date(record.last)}"


def _label(record: OutletRecord) -> str:
    return "No outlet named" if record.name == NO_OUTLET else record.name


def coverage_page(index: DossierIndex, coverage: Coverage, table: PublisherTable) -> str:
    """Render which outlets cover what: sources, dates, what only they report, and a matrix."""
    uri = "views/coverage.md"
    outlets = coverage.named()
    out = [
        WIDE + "# Coverage",
        "",
        f"{len(outlets)} outlets. *Only here* counts the entities no other outlet names and the quotations "
        "no other outlet carries: what each outlet adds.",
        "",
        f"| {WIDE_MARK}Outlet | Kind | Sources | Dates | Entities only here | Quotes only here | Cites | Cited by |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in outlets:
        out.append(
            f"| [{_e(_label(r))}]({relative_url(uri, publisher_uri(r))}) | {_e(table.kinds.get(r.name))} "
            f"| {len(r.sources)} | {_dates(r)} | {len(r.only_here)} | {len(r.quotes_alone)} "
            f"| {sum(r.cites.values())} | {sum(r.cited_by.values())} |"
        )
    top = sorted(index.entities, key=lambda n: (-len(index.entities[n].sources(index)), n.lower()))[:MATRIX_ENTITIES]
    rows = [r for r in outlets if r.name != NO_OUTLET][:MATRIX_OUTLETS]
    if top and rows:
        out += ["", "## Who names whom { data-search-exclude }", "",
                f"Sources of each outlet (the {len(rows)} with most sources) that name each of the "
                f"{len(top)} entities named in most sources.", ""]  # fmt: skip
        links = [f"[{_e(n)}]({relative_url(uri, index.entity_uri(n))})" for n in top]
        out += [f"| {WIDE_MARK}Outlet | " + " | ".join(links) + " |", "|---|" + "---|" * len(top)]
        for r in rows:
            cells = " | ".join(str(r.entities[n]) if r.entities[n] else "·" for n in top)
            out.append(f"| [{_e(r.name)}]({relative_url(uri, publisher_uri(r))}) | {cells} |")
    return "\n".join(out) + "\n"


def publisher_index(coverage: Coverage, table: PublisherTable) -> str:
    """Render the list of outlets with their number of sources."""
    out = ["# Publishers", "", "The outlets of the sources, most sources first. See also the "
           "[coverage](../views/coverage.md) and [citations](../views/citations.md) views.", "",
           "| Outlet | Kind | Sources | From | To |", "|---|---|---|---|---|"]  # fmt: skip
    for r in coverage.named():
        out.append(
            f"| [{_e(_label(r))}]({r.slug}.md) | {_e(table.kinds.get(r.name))} | {len(r.sources)} "
            f"| {escape_date(r.first)} | {escape_date(r.last)} |"
        )
    return "\n".join(out) + "\n"


def publisher_page(index: DossierIndex, record: OutletRecord, table: PublisherTable) -> str:
    """Render one outlet: its sources, what it names, what only it reports, its citations, notes."""
    uri = publisher_uri(record)
    out = [f"# {_e(_label(record))}", ""]
    facts = [f"**Sources:** {len(record.sources)}", f"**From:** {_e(record.first)}", f"**To:** {_e(record.last)}"]
    if table.kinds.get(record.name):
        facts.insert(0, f"**Kind:** {_e(table.kinds[record.name])} (a rough label from the outlet table, not a rating)")
    out += [" · ".join(facts), ""]
    notes = [p for p in index.pages.values() if p.kind == "note" and str(p.meta.get("outlet") or "") == record.name]
    for note in notes:
        if note.meta.get("reliability"):
            out += [f'!!! note "Reliability, in [{_e(note.title)}]({relative_url(uri, note.src_uri)})"', "",
                    f"    {escape_block(str(note.meta['reliability']))}", ""]  # fmt: skip
    unnamed = record.name == NO_OUTLET
    if unnamed:
        # No outlet: sources of as many sites as sources, perhaps. A note about "(no outlet named)",
        # or what "only this outlet" names, would treat them as one outlet.
        out += ["These sources name no outlet (stage 1 found no publisher in them) and may be of as "
                "many sites: they are listed together here, not read as one outlet.", ""]  # fmt: skip
    else:
        out += ["## Notes about this outlet", ""]
        out += [f"- [{_e(n.title)}]({relative_url(uri, n.src_uri)})" for n in notes] or [
            f"None yet. Write one in `docs/notes/` with {code_span(f'outlet: {record.name}')} (and, if you like, "
            "`reliability: ...`) in its front matter; it is listed here."
        ]
    out += ["", "## Sources", "", "| Date | Title | Author |", "|---|---|---|"]
    for page_uri in record.sources[:SOURCES_SHOWN]:
        page = index.pages[page_uri]
        out.append(
            f"| {escape_date(page_date(page.meta))} | [{_e(page.title)}]({relative_url(uri, page_uri)}) "
            f"| {_e(page.meta.get('author'))} |"
        )
    if len(record.sources) > SOURCES_SHOWN:
        out.append(
            f"| | … and {len(record.sources) - SOURCES_SHOWN} more in the [source index](../sources/index.md) | |"
        )
    out += ["", "## Names most { data-search-exclude }", ""]
    out += _names_most(index, uri, record)
    cites = ["## Cites", ""] + _counts(record.cites) + ["## Cited by", ""] + _counts(record.cited_by)
    if unnamed:
        return "\n".join(out + cites)
    out += ["## Only this outlet names { data-search-exclude }", ""]
    out += _only_here(index, uri, record)
    out += ["## Quotations only this outlet carries { data-search-exclude }", ""]
    if record.quotes_alone:
        for group in record.quotes_alone[:LIST_SHOWN]:
            q = group.quotes[0]
            said = f" — {index.entity_link(uri, group.speaker)}" if group.speaker else ""
            out.append(f"- “{' '.join(q.text.split())}”{said} [¶]({relative_url(uri, q.page, q.anchor)})")
        if len(record.quotes_alone) > LIST_SHOWN:
            out.append(f"- … and {len(record.quotes_alone) - LIST_SHOWN} more")
    else:
        out.append("None.")
    out += ["", f"Quotations it shares with other outlets: {record.quotes_shared} "
            "(see [quotes](../views/quotes.md)).", ""]  # fmt: skip
    return "\n".join(out + cites)


def _names_most(index: DossierIndex, uri: str, record: OutletRecord) -> list[str]:
    """List the names in most of the outlet's sources; when none is in two of them (an outlet of
    one source), a list of "(1 source)" says nothing: say so, and list the names by mentions."""
    if not record.entities or max(record.entities.values()) > 1:
        return _entity_list(index, uri, ranked(record.entities, LIST_SHOWN), "source")
    if len(record.sources) == 1:
        out = ["One source: the names it mentions most.", ""]
    else:
        out = ["No name is in more than one of its sources: the names they mention most.", ""]
    return out + _by_mentions(index, uri, record, list(record.entities))


def _only_here(index: DossierIndex, uri: str, record: OutletRecord) -> list[str]:
    """List the names no other outlet names, in most of the outlet's sources; when each is in one
    of them (always, for an outlet of one source), by their mentions, as `_names_most` does."""
    if any(record.entities[n] > 1 for n in record.only_here):
        return _entity_list(index, uri, [(n, record.entities[n]) for n in record.only_here[:LIST_SHOWN]], "source")
    if record.only_here and len(record.sources) > 1:
        return ["Each is in one of its sources: by mentions.", "", *_by_mentions(index, uri, record, record.only_here)]
    return _by_mentions(index, uri, record, record.only_here)


def _by_mentions(index: DossierIndex, uri: str, record: OutletRecord, names: list[str]) -> list[str]:
    """List `names` by their mentions in the outlet's sources, the most first."""
    named = [n for n in names if n in index.entities]
    if not named:
        return ["None.", ""]
    mentions = Counter({n: sum(index.entities[n].per_page.get(p, 0) for p in record.sources) for n in named})
    out = [_entity_item(index, uri, n, plural(c, "mention") if c else "named in front matter only")
           for n, c in ranked(mentions, LIST_SHOWN)]  # fmt: skip
    return [*out, ""]


def _entity_list(index: DossierIndex, uri: str, items: list[tuple[str, int]], unit: str) -> list[str]:
    if not items:
        return ["None.", ""]
    return [*(_entity_item(index, uri, n, plural(c, unit)) for n, c in items if n in index.entities), ""]


def _entity_item(index: DossierIndex, uri: str, name: str, count: str) -> str:
    """A list item: the entity linked from page `uri`, its count after it."""
    return f"- [{_e(name)}]({relative_url(uri, index.entity_uri(name))}) ({count})"


def _counts(counter) -> list[str]:
    if not counter:
        return ["None.", ""]
    return [
        f"- {_e(name)} ({plural(n, 'source')})"
        for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:LIST_SHOWN]
    ] + [""]
