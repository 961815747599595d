"""Render the pages stage 2 generates (entity pages, indexes, overview) as Markdown from the index.

Every value that came from scraped text, a registry or a note passes through the renderer of its
context in `dossier.markup` (text, table cell, link out, code).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from .citations import plain_text
from .index import CONTEXTS_PER_PAGE, DossierIndex, note_sentence, relative_url
from .linker import on_boundary
from .markup import code_span, escape_block, escape_date, plural, shown_file_name, url_link
from .markup import escape_value as _e
from .model import ENTITY_TYPES
from .neighbours import neighbour_svg
from .review import offered_aliases, review_section

TYPE_LABELS = {
    "person": "People",
    "organization": "Organizations",
    "place": "Places",
    "event": "Events",
    "other": "Other",
}
OVERVIEW_MARKER = "<!-- dossier:overview -->"
#: Written just above the overview's table of the most mentioned entities; the plugin puts the
#: attribute that keeps it out of search on the table that follows (a table takes no attribute list).
OVERVIEW_TABLE_MARKER = "<!-- dossier:most-mentioned -->"
_MARKED_TABLE = re.compile(re.escape(OVERVIEW_TABLE_MARKER) + r"\s*<table>")
#: How many entities the overview lists as most mentioned.
OVERVIEW_TOP = 12
#: An entity named in more pages than this quotes one sentence per page instead of
#: CONTEXTS_PER_PAGE, so that its page stays readable (and under a megabyte) at 10,000 sources.
MANY_PAGES = 200
#: Entities drawn around an entity on its page.
NEIGHBOURS_DRAWN = 8
#: Where an entity page's neighbour drawing goes; an HTML comment, which Markdown passes through.
NEIGHBOURS_MARKER = "<!-- dossier:neighbours -->"
#: Entities the notes index lists beside a note (the note's own page links them all).
NOTE_NAMES_SHOWN = 10


def source_header(meta: dict[str, Any], original: str | None = None) -> str:
    """Render the metadata table shown above a source's text, from its front matter (which the
    user may have edited: every value is rendered for its cell, whatever its type); `original` is
    the link to the page of its original file (see `dossier.originals`), if there is one."""
    prov = _mapping(meta.get("provenance"))
    rows = []
    for key, label in (("publisher", "Publisher"), ("date", "Date"), ("author", "Author"), ("url", "URL")):
        value = meta.get(key)
        where = _mapping(prov.get(key))
        rule = f"rule {code_span(where['rule'])}" if where.get("rule") else ""
        origin = f"{_line_link(where['line'], original)}, {rule}".rstrip(", ") if where.get("line") else rule
        shown = (url_link(value) or _e(value)) if key == "url" else _e(value)
        rows.append(f"| {label} | {shown} | {origin} |")
    name = code_span(shown_file_name(meta.get("source_file")))
    if original:
        name = f"[{name}]({original}) (the original, as text)"
    file_row = f"| Source file | {name} | sha256 {code_span(str(meta.get('sha256') or '')[:16])}… |"
    return "\n".join(["| Field | Value | Where it came from |", "|---|---|---|", *rows, file_row]) + "\n"


def _mapping(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


#: The summary of a source page's collapsed audit; `audit_out_of_search` finds the audit by it.
AUDIT_SUMMARY = "Removed lines ({count}): what cleaning dropped and why"
_AUDIT_OPENING = re.compile(
    r'<details class="note">(?=\s*<summary>' + re.escape(AUDIT_SUMMARY).replace(r"\{count\}", r"\d+") + "</summary>)"
)


def _line_link(line: Any, original: str | None, prefix: str = "line ") -> str:
    """A line number of the seed, linked to that line of its original page when there is one, so a
    reader checks a value's or a removed line's place in the file with one click."""
    if original and isinstance(line, int) and not isinstance(line, bool) and line > 0:
        return f"[{prefix}{line}]({original}#L{line})"
    return f"{prefix}{_e(line)}"


def source_audit(meta: dict[str, Any], original: str | None = None) -> str:
    """Render the removed lines, collapsed, each with the rule that removed it (and its line linked
    to the original page, `original`, when there is one)."""
    removed = [r for r in _list(meta.get("removed")) if isinstance(r, dict)]
    if not removed:
        return ""
    lines = [f'??? note "{AUDIT_SUMMARY.format(count=len(removed))}"', ""]
    lines += ["    | Line | Text | Reason |", "    |---|---|---|"]
    for r in removed:
        where = _line_link(r.get("line"), original, "")
        lines.append(f"    | {where} | {_e(r.get('text', ''))} | {_e(r.get('reason', ''))} |")
    return "\n".join(lines) + "\n"


def audit_out_of_search(html: str) -> str:
    """Keep a source page's audit out of the search index: the menus, teasers and share bars
    cleaning removed would otherwise make a search for their words list the source, with the
    removed line as its snippet. (The details block Markdown renders takes no attribute list.)"""
    return _AUDIT_OPENING.sub('<details class="note" data-search-exclude="removed lines">', html, count=1)


def overview_out_of_search(html: str) -> str:
    """Keep the overview's list of the most mentioned entities out of the search index, like every
    list of other entities: a search for a name would otherwise list the home page beside the
    entity's own page and the sources that name it."""
    return _MARKED_TABLE.sub("<table data-search-exclude>", html, count=1)


def entity_page(index: DossierIndex, name: str, likely: str | None = None) -> str:
    """Render one entity page: facts, its neighbours drawn, every mention in context by source, notes;
    an unreviewed one's review, with `likely`, the entity it most likely is (see `dossier.review`)."""
    record = index.entities[name]
    entity = record.entity
    uri = index.entity_uri(name)
    sources, notes = record.sources(index), record.notes(index)
    # Spellings as the reader sees them: a mention's spelling is page Markdown (escaped by stage 1).
    seen = sorted({plain_text(m.spelling) for m in record.mentions} | set(entity.aliases))
    status = "reviewed" if entity.reviewed else "unreviewed (proposed by discovery)"
    mentions = (
        str(record.count)
        if record.count or not sources
        else f"none in the text (named in the front matter of {plural(len(sources), 'source')})"
    )
    out = [
        f"# {_e(name)}",
        "",
        f"**Type:** {entity.type} · **Status:** {status} · **Sources:** {len(sources)} · **Mentions:** {mentions}",
        "",
    ]
    if entity.description:
        out += [escape_block(entity.description), ""]
    if same_as := url_link(entity.same_as):
        out += [f"**Same as:** {same_as}", ""]
    if seen:
        # A middle dot, not a comma: a spelling may hold a comma itself ("Tartus, Syria").
        out += ["**Spellings seen:** " + " · ".join(_e(s) for s in seen), ""]
    neighbours = index.cooccurring(name)
    if neighbours:  # the drawing goes into the page's HTML (see `neighbour_drawing`)
        out += [NEIGHBOURS_MARKER, ""]
    # The mentions repeat the sources' sentences: kept out of the search index, which has them.
    out += ["## Mentions { data-search-exclude }", ""]
    by_page: dict[str, list] = defaultdict(list)
    for m in record.mentions:
        by_page[m.page].append(m)
    per_page = CONTEXTS_PER_PAGE if len(by_page) <= MANY_PAGES else 1
    for page_uri in sorted(by_page, key=lambda p: (index.pages[p].kind != "source", index.pages[p].title)):
        page = index.pages[page_uri]
        page_link = relative_url(uri, page_uri)
        out += [f"### [{_e(page.title)}]({page_link}) {{ data-search-exclude }}", ""]
        shown = by_page[page_uri][:per_page]
        for m in shown:
            # a note's sentence is the analyst's Markdown, cut out of its note (a source's is stage 1's, escaped)
            sentence = note_sentence(m.sentence, page_uri, uri) if page.kind == "note" else m.sentence
            out.append(f"- {_bold(sentence, m.spelling)} [¶]({relative_url(uri, page_uri, m.anchor)})")
        if more := record.per_page[page_uri] - sum(m.mentions for m in shown):
            out.append(f"- … and [{more} more in this {_PAGE_KINDS.get(page.kind, 'page')}]({page_link})")
        out.append("")
    if not record.mentions:
        out += ["No mention in the text of any page; named in front matter only.", ""]
    if record.ambiguous:
        out += [
            "## Ambiguous mentions { data-search-exclude }",
            "",
            "Left unlinked in sources that name more than one:",
            "",
        ]
        for page_uri, spelling, others in sorted(record.ambiguous):
            rivals = " or ".join(index.entity_link(uri, o) for o in others)
            title = _e(index.pages[page_uri].title)
            out.append(
                f"- “{_e(spelling)}” in [{title}]({relative_url(uri, page_uri)}): this {entity.type} or {rivals}"
            )
        out.append("")
    named_only = [p for p in sources if p not in by_page]
    if named_only:
        out += (
            ["## Also named in { data-search-exclude }", ""]
            + [f"- [{_e(index.pages[p].title)}]({relative_url(uri, p)})" for p in named_only]
            + [""]
        )
    out += ["## Notes that mention it { data-search-exclude }", ""]
    out += [f"- [{_e(index.pages[p].title)}]({relative_url(uri, p)})" for p in notes] or ["None yet."]
    out.append("")
    if neighbours:
        # Lists of other entities' names: in the search index they would make every neighbour's
        # page a hit for a name; the entity's own page and the sources that name it come first.
        out += ["## Appears most with { data-search-exclude }", ""]
        out += [
            f"- [{_e(n)}]({relative_url(uri, index.entity_uri(n))}) ({plural(c, 'shared source')})"
            for n, c in neighbours
        ]
        out.append("")
    if not entity.reviewed:
        aliases = offered_aliases(name, entity.type, seen)
        link = relative_url(uri, index.entity_uri(likely)) if likely in index.entities else None
        out += review_section(index, name, aliases, likely, link)
    return "\n".join(out)


#: What "… and N more in this …" calls the page a mention is in, by its kind (any other: "page").
_PAGE_KINDS = {"source": "source", "note": "note"}


def neighbour_drawing(index: DossierIndex, name: str, directory_urls: bool) -> str:
    """Draw the entity and the entities it shares most sources with (see `dossier.neighbours`).

    The plugin puts it in place of `NEIGHBOURS_MARKER` in the page's HTML: as raw HTML in the
    Markdown, Python-Markdown's HTML block parser took 40 ms per page over it.
    """
    shown = index.cooccurring(name)[:NEIGHBOURS_DRAWN]
    pages = {n: index.entities[n].pages for n, _ in shown}

    def url(n: str) -> str:  # the entity pages sit side by side in one folder
        slug = index.entities[n].slug
        return f"../{slug}/" if directory_urls else f"{slug}.html"

    return neighbour_svg(
        name,
        index.entities[name].entity.type,
        [(n, index.entities[n].entity.type, c, url(n)) for n, c in shown],
        lambda a, b: len(pages[a] & pages[b]),
    )


def _bold(sentence: str, spelling: str) -> str:
    """Embolden the first whole-word occurrence of the spelling ("Russia", not "Russian")."""
    at = sentence.find(spelling)
    while at != -1:
        if on_boundary(sentence, at, at + len(spelling)):
            return f"{sentence[:at]}**{spelling}**{sentence[at + len(spelling) :]}"
        at = sentence.find(spelling, at + 1)
    return sentence


def entity_index(index: DossierIndex) -> str:
    """Render the entity index: grouped by type, sorted by number of sources."""
    out = ["# Entities", "", f"{len(index.entities)} entities. Unreviewed ones were proposed by discovery; "
           "review one on its page (accept it, merge it into another, or ignore it). Click a column's "
           "heading to sort its table (by status, sources, mentions or name).", "{: .dossier-sortable }", ""]  # fmt: skip
    by_type: dict[str, list[str]] = defaultdict(list)
    for name, record in index.entities.items():
        by_type[record.entity.type].append(name)
    for kind in ENTITY_TYPES:
        names = by_type.get(kind)
        if not names:
            continue
        names.sort(key=lambda n: (-len(index.entities[n].sources(index)), n.lower()))
        out += [f"## {TYPE_LABELS[kind]}", "", "| Entity | Sources | Mentions | Status |", "|---|---|---|---|"]
        for n in names:
            r = index.entities[n]
            status = "reviewed" if r.entity.reviewed else "unreviewed"
            out.append(f"| [{_e(n)}]({r.slug}.md) | {len(r.sources(index))} | {r.count} | {status} |")
        out.append("")
    return "\n".join(out)


def source_index(index: DossierIndex, sources_dir: str = "sources") -> str:
    """Render the list of sources with their metadata, as the page `<sources_dir>/index.md`."""
    sources = [p for p in index.pages.values() if p.kind == "source"]
    sources.sort(key=lambda p: (str(p.meta.get("date") or "9999"), p.title.lower()))
    out = ["# Sources", "", f"{len(sources)} sources, by date (undated last).", "",
           "| Date | Title | Publisher | Author | Entities |", "|---|---|---|---|---|"]  # fmt: skip
    for p in sources:
        link = relative_url(f"{sources_dir}/index.md", p.src_uri)
        out.append(
            f"| {escape_date(p.meta.get('date'))} | [{_e(p.title)}]({link}) | {_e(p.meta.get('publisher'))} "
            f"| {_e(p.meta.get('author'))} | {len(_list(p.meta.get('entities')))} |"
        )
    return "\n".join(out) + "\n"


def note_index(index: DossierIndex, notes_dir: str = "notes") -> str:
    """Render the list of the user's notes, with the entities each names, as `<notes_dir>/index.md`;
    with no notes yet, say how to add one."""
    here = f"{notes_dir}/index.md"
    notes = sorted((p for p in index.pages.values() if p.kind == "note"), key=lambda p: (p.title.lower(), p.src_uri))
    out = ["# Notes", ""]
    if not notes:
        out.append(
            f"No notes yet. Write a Markdown file in `docs/{_e(notes_dir)}/` and rebuild: the names of "
            "entities in it become links, and the note is listed on the pages of the entities it names."
        )
        return "\n".join(out) + "\n"
    out += [f"{plural(len(notes), 'note')} of your own, from `docs/{_e(notes_dir)}/`.", "",
            "| Note | Entities named |", "|---|---|"]  # fmt: skip
    for p in notes:
        names = sorted(index.names_by_page.get(p.src_uri, ()), key=str.lower)
        shown = [f"[{_e(n)}]({relative_url(here, index.entity_uri(n))})" for n in names[:NOTE_NAMES_SHOWN]]
        if len(names) > NOTE_NAMES_SHOWN:
            shown.append(f"and {len(names) - NOTE_NAMES_SHOWN} more")
        out.append(f"| [{_e(p.title)}]({relative_url(here, p.src_uri)}) | {', '.join(shown) or 'none'} |")
    return "\n".join(out) + "\n"


def overview(
    index: DossierIndex, from_uri: str = "index.md", sources_dir: str = "sources", notes_dir: str = "notes"
) -> str:
    """Render what the dossier holds: sources, outlets, date range, most-mentioned entities."""
    sources = [p for p in index.pages.values() if p.kind == "source"]
    notes = [p for p in index.pages.values() if p.kind == "note"]
    outlets = {str(p.meta["publisher"]) for p in sources if p.meta.get("publisher")}
    dates = sorted(str(p.meta["date"]) for p in sources if p.meta.get("date"))
    span = f"{_e(dates[0])} to {_e(dates[-1])}" if dates else "no dated source"
    top = sorted(index.entities.values(), key=lambda r: (-len(r.sources(index)), -r.count, r.entity.name))
    out = [
        f"- **{len(sources)}** [sources]({relative_url(from_uri, f'{sources_dir}/index.md')}) from **{len(outlets)}** named outlets"
        f" ({len(sources) - sum(1 for p in sources if p.meta.get('publisher'))} with no outlet named)",
        f"- Dates: {span} ({len(dates)} dated)",
        f"- **{len(index.entities)}** [entities]({relative_url(from_uri, 'entities/index.md')}), "
        + ", ".join(
            f"{c} {k if c == 1 else TYPE_LABELS[k].lower()}"  # "1 event", "2 events"
            for k, c in sorted(
                Counter(r.entity.type for r in index.entities.values()).items(),
                key=lambda kv: ENTITY_TYPES.index(kv[0]),
            )
        ),
        f"- **{len(notes)}** [{'note' if len(notes) == 1 else 'notes'}]({relative_url(from_uri, f'{notes_dir}/index.md')})",
        f"- Data for analysts: entities, mentions, citations, quotations and the graph as CSV and JSON, the graph "
        f"as GEXF: [downloads]({relative_url(from_uri, 'downloads/index.md')})",
        "",
        "**Most mentioned:**",
        "",
        OVERVIEW_TABLE_MARKER,
        "",
        "| Entity | Type | Sources | Mentions |",
        "|---|---|---|---|",
    ]
    for r in top[:OVERVIEW_TOP]:
        link = relative_url(from_uri, index.entity_uri(r.entity.name))
        out.append(f"| [{_e(r.entity.name)}]({link}) | {r.entity.type} | {len(r.sources(index))} | {r.count} |")
    return "\n".join(out) + "\n"


def home_page(index: DossierIndex, sources_dir: str = "sources", notes_dir: str = "notes") -> str:
    """Render a home page for a dossier whose docs/ has no index.md of its own."""
    return f"# Dossier\n\nWhat this dossier holds:\n\n{overview(index, 'index.md', sources_dir, notes_dir)}"
