"""Render the source-critical views as Markdown: quotes, citations and the timeline.

Sentences and quotations come from the pages' Markdown, which stage 1 escaped (sources) or the
analyst wrote (notes): they are shown as they are, with only `|` replaced in table cells. Names
and everything else pass through `escape_inline`. Every list is capped at a named size, with a
count of the rest, so a view of 10,000 sources stays a page one can open.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Iterable

from .coverage import NO_OUTLET, Coverage, publisher_uri
from .index import DossierIndex, page_date, relative_url
from .markup import escape_attr, escape_date, neutralise_line_start, plural, shown_file_name
from .markup import escape_value as _e
from .paragraphs import clip
from .quotes import MIN_WORDS
from .timeline import FUTURE_DAYS, RESOLVED, YEAR_FROM_PAGE, DatedStatement

#: Quote groups shown (those carried by most sources first); the rest are counted.
QUOTES_SHOWN = 300
#: Wordings shown per quotation; a quotation carried by more sources links the rest by count.
WORDINGS_SHOWN = 25
#: Rows of the citation tables.
CITATIONS_SHOWN = 300
#: Statements shown per day of the timeline (those in most sources first).
STATEMENTS_PER_DAY = 15
#: Characters of a quotation in its heading.
HEADING_CHARS = 100

_WORD = re.compile(r"\S+")
_BAR_OR_ESCAPE = re.compile(r"\\.|\|", re.S)
_FOLD = re.compile(r"[\W_]+")


def _cell(markdown: str) -> str:
    """Make a piece of page Markdown safe inside a table cell: one line, its bars escaped (an
    escape it holds already, "\\|" among them, is kept as it is)."""
    return " ".join(_BAR_OR_ESCAPE.sub(lambda m: "\\|" if m.group() == "|" else m.group(), markdown).split())


def _outlet(coverage: Coverage, page: str) -> str:
    name = coverage.outlet_of.get(page, NO_OUTLET)
    return "no outlet named" if name == NO_OUTLET else name


def _source_name(index: DossierIndex, coverage: Coverage, page: str) -> str:
    """Name a source by its outlet; one with no outlet named by its headline (or its file's name),
    so that two such sources listed side by side can be told apart."""
    name = coverage.outlet_of.get(page, NO_OUTLET)
    if name != NO_OUTLET or page not in index.pages:
        return _outlet(coverage, page)
    meta = index.pages[page].meta
    if meta.get("title"):
        return f"“{clip(str(meta['title']), SOURCE_TITLE_CHARS)}”"
    return shown_file_name(posixpath.basename(str(meta.get("source_file") or page)))


#: How much of a source's title names it where its outlet is not named (the timeline's links).
SOURCE_TITLE_CHARS = 50


def quotes_page(index: DossierIndex, coverage: Coverage) -> str:
    """Render the quotations carried by two or more sources, each outlet's wording side by side."""
    uri = "views/quotes.md"
    groups = coverage.groups
    shared = [g for g in groups if len(g.pages) > 1]
    out = [
        "# Quotes",
        "",
        f"{sum(len(g.quotes) for g in groups)} quotations of {MIN_WORDS} words or more in the sources, "
        f"{len(groups)} distinct; **{len(shared)}** {'is' if len(shared) == 1 else 'are'} carried by two or more "
        "sources and listed here, "
        "those in most sources first. Each row is one source's wording; **bold** words differ from the "
        "most common wording.",
        "",
    ]
    if not shared:
        out += ["No quotation is carried by two sources yet.", ""]
    for n, group in enumerate(shared[:QUOTES_SHOWN], 1):
        out += [f"## {n}. “{clip(_heading(group.text), HEADING_CHARS)}” {{ data-search-exclude }}", ""]
        facts = [f"**Sources:** {len(group.pages)}"]
        outlets = {coverage.outlet_of.get(p) for p in group.pages} - {NO_OUTLET, None}
        facts.append(f"**Outlets:** {len(outlets)}")
        if group.speaker:
            facts.insert(0, f"**Speaker:** {index.entity_link(uri, group.speaker)}")
        out += [
            " · ".join(facts),
            "",
            '| Outlet | Date | <span class="dossier-wording">Wording</span> | |',
            "|---|---|---|---|",
        ]
        for quote in group.quotes[:WORDINGS_SHOWN]:
            page = index.pages[quote.page]
            link = relative_url(uri, quote.page, quote.anchor)
            wording = _cell(_mark_differences(quote.text, group.text))
            out.append(
                f"| {_e(_outlet(coverage, quote.page))} | {escape_date(page_date(page.meta))} | “{wording}” | [¶]({link}) |"
            )
        if len(group.quotes) > WORDINGS_SHOWN:
            out.append(f"| … | | {len(group.quotes) - WORDINGS_SHOWN} more wordings | |")
        out.append("")
    if len(shared) > QUOTES_SHOWN:
        out += [f"… and {len(shared) - QUOTES_SHOWN} more quotations carried by two or more sources.", ""]
    return "\n".join(out)


def _heading(markdown: str) -> str:
    # A heading ends at its line and turns "{" into an attribute list: keep it one line, no braces.
    return " ".join(markdown.replace("{", "(").replace("}", ")").split())


def _mark_differences(text: str, reference: str) -> str:
    """Embolden the words of a wording that the reference wording does not have."""
    known = {_FOLD.sub("", w).casefold() for w in _WORD.findall(reference)}
    return _WORD.sub(
        lambda m: m.group(0) if _FOLD.sub("", m.group(0)).casefold() in known else f"**{m.group(0)}**", text
    )


def citations_page(index: DossierIndex, coverage: Coverage) -> str:
    """Render who cites whom: the outlets the sources attribute to, and the links they list."""
    uri = "views/citations.md"
    pairs: dict[tuple[str, str], list[tuple[str, str | None, str]]] = defaultdict(list)  # -> (page, anchor, cue)
    for page, found in index.citations.items():
        citing = coverage.outlet_of.get(page, NO_OUTLET)
        for c in found:
            if c.outlet != citing:
                pairs[citing, c.outlet].append((page, c.anchor, c.cue))
    cited: dict[str, set[str]] = defaultdict(set)
    times: dict[str, int] = defaultdict(int)
    for (citing, name), where in pairs.items():
        cited[name].add(citing)
        times[name] += len(where)
    out = [
        "# Citations",
        "",
        "Who attributes what to whom: an outlet named in a source with an attribution cue (“according to”, "
        "“reported”, “told”, a wire credit) or a link the source lists as its own source. A source's own "
        "outlet is not counted.",
        "",
    ]
    if not pairs:  # one line says so: no headings over empty sections
        return "\n".join([*out, "No source cites another outlet.", ""])
    out += ["## Most cited", "", "| Outlet | Times | By outlets | In this dossier |", "|---|---|---|---|"]
    ranked = sorted(cited, key=lambda n: (-times[n], -len(cited[n]), n.lower()))
    for name in ranked[:CITATIONS_SHOWN]:
        out.append(
            f"| {index.entity_link(uri, name)} | {times[name]} | {len(cited[name])} "
            f"| {_outlet_link(coverage, uri, name)} |"
        )
    out += [""] + _more(len(ranked), CITATIONS_SHOWN, "cited outlets")
    out += ["## Who cites whom", "", "| Outlet | Cites | Times | Where, first | How |", "|---|---|---|---|---|"]
    ranked_pairs = sorted(pairs, key=lambda p: (-len(pairs[p]), p[0].lower(), p[1].lower()))
    for citing, name in ranked_pairs[:CITATIONS_SHOWN]:
        page, anchor, cue = pairs[citing, name][0]
        shown = "no outlet named" if citing == NO_OUTLET else citing
        out.append(
            f"| {_outlet_link(coverage, uri, citing, shown)} | {index.entity_link(uri, name)} | {len(pairs[citing, name])} "
            f"| [{_e(clip(index.pages[page].title, 60))}]({relative_url(uri, page, anchor)}) | {_e(cue)} |"
        )
    out += [""] + _more(len(ranked_pairs), CITATIONS_SHOWN, "pairs")
    return "\n".join(out)


def _outlet_link(coverage: Coverage, from_uri: str, name: str, text: str | None = None) -> str:
    record = coverage.outlets.get(name)
    if record is None or not record.sources:
        return "—" if text is None else _e(text)
    return f"[{_e(text or 'yes')}]({relative_url(from_uri, publisher_uri(record))})"


def _more(total: int, shown: int, what: str) -> list[str]:
    return [f"… and {total - shown} more {what}.", ""] if total > shown else []


#: The timeline's page; with more days than one page holds, the index of its year pages.
TIMELINE = "views/timeline.md"
#: The folder of the year pages (left out of the navigation: the timeline's index lists them).
TIMELINE_YEARS = "views/timeline"
#: Headings (a day or a month each) the timeline shows on one page; with more, that page lists the
#: years and each year has a page of its own. Material's search looks each heading of a page up in
#: the page's whole table of contents, a cost of the square of its headings (16,000 days on one
#: page: 48 of the build's 75 s). A year holds at most 378 (366 days, 12 months), so no page holds
#: more than this; the dossiers measured hold far fewer (the seeds 5, 30 articles of the own corpus
#: 59, 631 articles of the dragnet-reader-tune set 160) and keep their one page.
TIMELINE_HEADINGS_PER_PAGE = 400

_TIMELINE_INTRO = (
    "Each day and month a source names, with the sentences that name it, each linked to its paragraph, and "
    "the sources published that day. A month named without a day (“in May 2015”) comes before the days of "
    "that month. Dates written with their year are taken as written. A day written without one (“on Sept. 3”) "
    "takes the year of the source's own date, or the year before when that would put it more than "
    f"{FUTURE_DAYS} days after the source's date (“December 30” in a story of January 4) and no verb puts "
    "it ahead (“will open on Feb. 14”), and is marked † "
    "with the words it was read from. A relative "
    "day (“on Friday”, “last Thursday”, “yesterday”) is counted back from the source's own date and marked ‡ "
    "with the words it was read from: check it against the source, whose date may not be the day it was "
    "written. A day ahead of the writing (“next Monday”, “will resign on Friday”) is not read."
)


def timeline_pages(
    index: DossierIndex, coverage: Coverage, headings_per_page: int = TIMELINE_HEADINGS_PER_PAGE
) -> dict[str, str]:
    """Render the days and months the sources name, each statement linked to where it is said, by
    path: one page, or, with more than `headings_per_page` days and months, an index of the years
    and a page a year."""
    by_when: dict = defaultdict(lambda: defaultdict(list))  # (date, month only) -> folded sentence -> statements
    for s in index.statements:
        by_when[s.date, s.month_only][_FOLD.sub(" ", s.sentence).casefold().strip()].append(s)
    published: dict = defaultdict(list)
    for page in index.pages.values():
        if page.kind == "source" and (date := page_date(page.meta)):
            published[date, False].append(page.src_uri)
    # A month sorts before the days of that month: its key is its first day, then 0.
    whens = sorted(set(by_when) | set(published), key=lambda w: (w[0], not w[1]))
    out = ["# Timeline", "", _TIMELINE_INTRO, ""]
    if not whens:
        out += ["No source names a day.", ""]
    if len(whens) <= headings_per_page:
        return {TIMELINE: "\n".join(out + _timeline_days(index, coverage, TIMELINE, whens, by_when, published))}
    years: dict[int, list] = defaultdict(list)
    for when in whens:
        years[when[0].year].append(when)
    uris = {year: f"{TIMELINE_YEARS}/{year:04d}.md" for year in years}
    out += [
        f"The sources name {len(whens):,} days and months, more than one page shows ({headings_per_page}): "
        "each year has a page.",
        "",
        "| Year | Days | Months | Statements | Sources published |",
        "|---|---|---|---|---|",
    ]
    for year, held in years.items():
        days = sum(1 for w in held if not w[1])
        statements = sum(len(by_when.get(w, ())) for w in held)
        sources = sum(len(published.get(w, ())) for w in held)
        link = f"[{year:04d}]({relative_url(TIMELINE, uris[year])})"
        out.append(f"| {link} | {days} | {len(held) - days} | {statements} | {sources} |")
    pages = {TIMELINE: "\n".join(out + [""])}
    order = list(years)
    for before, year, after in zip([None, *order[:-1]], order, [*order[1:], None], strict=True):
        sections = _timeline_days(index, coverage, uris[year], years[year], by_when, published)
        pages[uris[year]] = "\n".join(_timeline_year_head(year, uris, before, after) + sections)
    return pages


def _timeline_year_head(year: int, uris: dict[int, str], before: int | None, after: int | None) -> list[str]:
    """The top of a year's timeline page: its title, the links to the years around it and to the index."""
    uri = uris[year]
    around = [f"[All years]({relative_url(uri, TIMELINE)})"]
    if before is not None:
        around.insert(0, f"← [{before:04d}]({relative_url(uri, uris[before])})")
    if after is not None:
        around.append(f"[{after:04d}]({relative_url(uri, uris[after])}) →")
    return [
        f"# Timeline: {year:04d}",
        "",
        " · ".join(around),
        "",
        f"The days and months of {year:04d} the sources name, each statement linked to its paragraph. † marks a "
        "day whose year was taken from its source's date, ‡ a day counted back from it (see the "
        f"[timeline]({relative_url(uri, TIMELINE)})).",
        "",
    ]


def _timeline_days(
    index: DossierIndex, coverage: Coverage, uri: str, whens: list, by_when: dict, published: dict
) -> list[str]:
    """Render the given days and months of the timeline, a heading each, linked from page `uri`."""
    out: list[str] = []
    for when in whens:
        day, month_only = when
        out += [f"## {day.strftime('%B %Y')} (the month)" if month_only else f"## {day.isoformat()}", ""]
        pages = sorted(published.get(when, []), key=lambda p: (_source_name(index, coverage, p).lower(), p))
        if pages:
            links = ", ".join(f"[{_e(_source_name(index, coverage, p))}]({relative_url(uri, p)})" for p in pages[:10])
            out += [f"**Published:** {plural(len(pages), 'source')}: {links}{', …' if len(pages) > 10 else ''}", ""]
        statements = sorted(by_when.get(when, {}).values(), key=lambda g: (-len({s.page for s in g}), g[0].sentence))
        for group in statements[:STATEMENTS_PER_DAY]:
            first = group[0]
            links = ", ".join(
                f"[{_e(_source_name(index, coverage, s.page))} ¶]({relative_url(uri, s.page, s.anchor)}){_how(s)}"
                for s in _one_per_page(group)
            )
            out.append(f"- {neutralise_line_start(_cell(first.sentence))} — {links}")
        if len(statements) > STATEMENTS_PER_DAY:
            out.append(f"- … and {len(statements) - STATEMENTS_PER_DAY} more statements about this "
                       f"{'month' if month_only else 'day'}")  # fmt: skip
        out.append("")
    return out


def _how(s: DatedStatement) -> str:
    """Mark a date that was not written in full: † year from the source, ‡ resolved (with the words)."""
    if s.how == RESOLVED:
        return f" ‡ “{_e(s.words)}”"
    if s.how == YEAR_FROM_PAGE:
        return f" † “{_e(s.words)}”"
    return ""


def _one_per_page(group: Iterable) -> list:
    seen: dict[str, object] = {}
    for s in group:
        seen.setdefault(s.page, s)
    return list(seen.values())[:10]


#: Front matter of a view that needs the page's width: the table of contents is left out.
WIDE = "---\nhide:\n  - toc\n---\n\n"


def graph_counts(data: dict) -> str:
    """Say in one sentence what the graph holds and what it leaves out, with counts that add up: the
    entities and outlets drawn (of how many), and the links kept of all the links between them."""
    omitted = data.get("omitted", {})
    entities = sum(1 for n in data["nodes"] if n["type"] != "outlet")
    outlets, kept, weaker = len(data["nodes"]) - entities, len(data["edges"]), omitted.get("edges", 0)
    fewer, smaller = omitted.get("entities", 0), omitted.get("outlets", 0)
    drawn = plural(entities, "entity", "entities")
    out = (
        f"The {drawn} named in most sources (of {entities + fewer}; the other {fewer} are left out)"
        if fewer
        else (f"All {drawn} the sources name")
    )
    if outlets:
        some = plural(outlets, "outlet")
        out += (
            f" and the {some} with most pages (of {outlets + smaller}; the other {smaller} are left out)"
            if smaller
            else (f" and the {some} that name them")
        )
    if not weaker:
        return f"{out}, with {'the' if kept == 1 else 'all'} {plural(kept, 'link')} between them."
    return (f"{out}, with the {kept} strongest of the {kept + weaker} links between them (the other {weaker} are left "
            "out, here and in the downloads).")  # fmt: skip


def graph_page(index: DossierIndex, data: dict, data_url: str, data_json: str) -> str:
    """Render the graph view: the drawing (filled in by the browser from `data_json`, the graph's
    JSON as `graph_json` writes it, which cannot close the script element that holds it) and its
    strongest links as a table."""
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    out = [
        WIDE + "# Graph",
        "",
        graph_counts(data) + " A line joins two entities named in the same sources, or an outlet and an entity its "
        "sources name; the thicker, the more sources. Click a node to open its page.",
        "",
        f'<div class="dossier-graph" data-src="{escape_attr(data_url)}"></div>'
        f'<script type="application/json" class="dossier-graph-data">{data_json}</script>',
        "",
        f'The graph as <a href="{escape_attr(data_url)}" download>JSON</a>; as CSV and GEXF (Gephi) in the '
        "[downloads](../downloads/index.md).",
        "",
    ]
    out += ["## Strongest links { data-search-exclude }", "", "| From | To | Sources |", "|---|---|---|"]
    for edge in sorted(data["edges"], key=lambda e: -e["weight"])[:50]:
        out.append(f"| {_e(labels[edge['source']])} | {_e(labels[edge['target']])} | {edge['weight']} |")
    return "\n".join(out) + "\n"
