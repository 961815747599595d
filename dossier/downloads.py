"""The dossier's data as files for analysts: entities, mentions, citations, quotations and the graph,
as CSV and JSON, and the graph as GEXF (Gephi), with a page that lists them.

Values are plain text (the Markdown escapes of the pages undone). A CSV cell that a spreadsheet
would read as a formula (starting with =, +, -, @, a tab or a carriage return) is written with a
leading apostrophe: scraped text must not run in an analyst's spreadsheet. JSON and GEXF carry the
text as it is (escaped by their writers; JSON writes <, > and & as \\u escapes, as the graph's does).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import quoteattr

from .citations import plain_text
from .coverage import NO_OUTLET, Coverage
from .index import DossierIndex, page_date

FOLDER = "downloads"
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA) else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()


def to_json(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    records = [
        {k: (v if isinstance(v, (int, float, bool)) or v is None else str(v)) for k, v in zip(header, row, strict=True)}
        for row in rows
    ]
    # Like the graph's JSON: no <, > or & even inside strings, so no browser can take it for HTML.
    return json.dumps(records, ensure_ascii=False, indent=1).translate(_JSON_ESCAPES) + "\n"


def _source(index: DossierIndex, coverage: Coverage, uri: str) -> tuple[str, str, str]:
    page = index.pages[uri]
    outlet = coverage.outlet_of.get(uri, NO_OUTLET)
    return page.title, "" if outlet == NO_OUTLET else outlet, str(page_date(page.meta) or "")


def tables(index: DossierIndex, coverage: Coverage, graph: dict) -> dict[str, tuple[list[str], list[list[object]]]]:
    """Return each table of the downloads by name: (header, rows). Read before `index.compact()`."""
    entities = [
        [name, r.entity.type, "reviewed" if r.entity.reviewed else "unreviewed", len(r.sources(index)), r.count,
         "; ".join(r.entity.aliases), r.entity.same_as, index.entity_uri(name)]
        for name, r in index.entities.items()
    ]  # fmt: skip
    mentions = []
    for name, r in index.entities.items():
        for m in r.mentions:
            title, outlet, date = _source(index, coverage, m.page)
            mentions.append([name, m.page, m.anchor or "", title, outlet, date, plain_text(m.spelling),
                             plain_text(m.sentence)])  # fmt: skip
    citations = []
    for uri, found in index.citations.items():
        title, outlet, date = _source(index, coverage, uri)
        for c in found:
            citations.append([uri, c.anchor or "", title, outlet, date, c.outlet, c.cue, plain_text(c.sentence)])
    quotations = []
    for n, group in enumerate(coverage.groups, 1):
        for q in group.quotes:
            title, outlet, date = _source(index, coverage, q.page)
            quotations.append([n, plain_text(group.text), group.speaker or "", q.page, q.anchor or "", title, outlet,
                               date, plain_text(q.text)])  # fmt: skip
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    nodes = [[n["id"], n["label"], n["type"], n["sources"]] for n in graph["nodes"]]
    edges = [[e["source"], e["target"], labels[e["source"]], labels[e["target"]], e["weight"]] for e in graph["edges"]]
    return {
        "entities": (["name", "type", "status", "sources", "mentions", "aliases", "same_as", "page"], entities),
        "mentions": (["entity", "page", "anchor", "title", "outlet", "date", "spelling", "sentence"], mentions),
        "citations": (["page", "anchor", "title", "outlet", "date", "cites", "cue", "sentence"], citations),
        "quotations": (
            ["group", "quotation", "speaker", "page", "anchor", "title", "outlet", "date", "wording"],
            quotations,
        ),  # fmt: skip
        "graph-nodes": (["id", "label", "type", "sources"], nodes),
        "graph-edges": (["source", "target", "source_label", "target_label", "weight"], edges),
    }


def gexf(graph: dict) -> str:
    """Render the graph as GEXF 1.3 (Gephi): nodes with their type and sources, weighted edges."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
           '  <graph defaultedgetype="undirected">',
           '    <attributes class="node">',
           '      <attribute id="type" title="type" type="string"/>',
           '      <attribute id="sources" title="sources" type="integer"/>',
           "    </attributes>", "    <nodes>"]  # fmt: skip
    for n in graph["nodes"]:
        out.append(f"      <node id={quoteattr(n['id'])} label={quoteattr(n['label'])}><attvalues>"
                   f"<attvalue for=\"type\" value={quoteattr(n['type'])}/>"
                   f"<attvalue for=\"sources\" value=\"{int(n['sources'])}\"/></attvalues></node>")  # fmt: skip
    out += ["    </nodes>", "    <edges>"]
    for i, e in enumerate(graph["edges"]):
        out.append(f"      <edge id=\"{i}\" source={quoteattr(e['source'])} target={quoteattr(e['target'])} "
                   f"weight=\"{int(e['weight'])}\"/>")  # fmt: skip
    out += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(out)


DESCRIPTIONS = {
    "entities": "every entity: type, review status, sources and mentions, aliases, its page",
    "mentions": "where each entity is named: page, paragraph anchor, source, outlet, date, the sentence "
    "(up to three per entity and page)",
    "citations": "each outlet a source attributes to, with the cue and the sentence",
    "quotations": "every quotation of six words or more, grouped (group = one quotation), each source's wording",
    "graph-nodes": "the graph view's nodes (entities and outlets)",
    "graph-edges": "the graph view's links, with the number of sources behind each",
}


def download_files(index: DossierIndex, coverage: Coverage, graph: dict) -> dict[str, str]:
    """Return the downloads by path under docs/: each table as CSV and JSON, the graph as GEXF,
    and the page that lists them."""
    files: dict[str, str] = {}
    rows = []
    for name, (header, data) in tables(index, coverage, graph).items():
        files[f"{FOLDER}/{name}.csv"] = to_csv(header, data)
        files[f"{FOLDER}/{name}.json"] = to_json(header, data)
        rows.append(f"| {name} | {len(data)} | <a href=\"{name}.csv\" download>CSV</a> "
                    f"| <a href=\"{name}.json\" download>JSON</a> | {DESCRIPTIONS[name]} |")  # fmt: skip
    files[f"{FOLDER}/graph.gexf"] = gexf(graph)
    files[f"{FOLDER}/index.md"] = "\n".join([
        "# Downloads", "",
        "The dossier's data as files, for a spreadsheet, a script, Gephi, Aleph or Datashare. Text is plain "
        "(no Markdown); a CSV cell that a spreadsheet would run as a formula starts with an apostrophe.", "",
        "| Table | Rows | | | What it holds |", "|---|---|---|---|---|", *rows, "",
        "The graph for Gephi: <a href=\"graph.gexf\" download>graph.gexf</a> (GEXF 1.3).", "",
    ])  # fmt: skip
    return files
