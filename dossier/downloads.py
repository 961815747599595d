"""The dossier's data as files for analysts: entities, mentions, citations, quotations and the graph,
as CSV and JSON, and the graph as GEXF (Gephi), with a page that lists them.

Values are plain text (the Markdown escapes of the pages undone). A CSV cell that a spreadsheet
would read as a formula (starting with =, +, -, @, a tab or a carriage return, after any spaces:
some spreadsheets trim them first) is written with a leading apostrophe: scraped text must not run
in an analyst's spreadsheet. JSON and GEXF carry the text as it is (escaped by their writers; JSON writes <, > and & as \\u escapes, as the graph's does).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .citations import plain_text
from .coverage import NO_OUTLET, Coverage
from .index import DossierIndex, page_date
from .markup import escape_chars, plural

FOLDER = "downloads"
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
#: What XML 1.0 cannot carry, not even as a character reference: C0 controls but tab and line
#: breaks, lone surrogates, U+FFFE and U+FFFF. A registry or note may name an entity with one (YAML
#: writes "\x0b"): the graph's GEXF was not well-formed and Gephi refused the file.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.lstrip(" \u00a0").startswith(_FORMULA) else text


def _json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False).translate(_JSON_ESCAPES)


def tables(index: DossierIndex, coverage: Coverage, graph: dict) -> dict[str, tuple[list[str], Iterable[list]]]:
    """Return each table of the downloads by name: (header, rows), the rows made as they are read.
    Read before `index.compact()`. A source's title, outlet and date are in `sources` only: the
    other tables name the page."""

    def sources() -> Iterator[list]:
        for uri, page in index.pages.items():
            if page.kind == "source":
                outlet = coverage.outlet_of.get(uri, NO_OUTLET)
                meta = page.meta
                yield [uri, page.title, "" if outlet == NO_OUTLET else outlet, str(page_date(meta) or ""),
                       meta.get("author") or "", meta.get("url") or "", meta.get("source_file") or ""]  # fmt: skip

    def entities() -> Iterator[list]:
        for name, r in index.entities.items():
            yield [name, r.entity.type, "reviewed" if r.entity.reviewed else "unreviewed", len(r.sources(index)),
                   r.count, "; ".join(r.entity.aliases), r.entity.same_as, index.entity_uri(name)]  # fmt: skip

    def mentions() -> Iterator[list]:
        for name, r in index.entities.items():
            for m in r.mentions:
                yield [name, m.page, m.anchor or "", plain_text(m.spelling), plain_text(m.sentence)]

    def citations() -> Iterator[list]:
        for uri, found in index.citations.items():
            for c in found:
                yield [uri, c.anchor or "", c.outlet, c.cue, plain_text(c.sentence)]

    def quotations() -> Iterator[list]:
        for n, group in enumerate(coverage.groups, 1):
            for q in group.quotes:
                yield [n, plain_text(group.text), group.speaker or "", q.page, q.anchor or "", plain_text(q.text)]

    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    return {
        "sources": (["page", "title", "outlet", "date", "author", "url", "source_file"], sources()),
        "entities": (["name", "type", "status", "sources", "mentions", "aliases", "same_as", "page"], entities()),
        "mentions": (["entity", "page", "anchor", "spelling", "sentence"], mentions()),
        "citations": (["page", "anchor", "cites", "cue", "sentence"], citations()),
        "quotations": (["group", "quotation", "speaker", "page", "anchor", "wording"], quotations()),
        "graph-nodes": (["id", "label", "type", "sources"], ([n["id"], n["label"], n["type"], n["sources"]]
                                                             for n in graph["nodes"])),
        "graph-edges": (["source", "target", "source_label", "target_label", "weight"],
                        ([e["source"], e["target"], labels[e["source"]], labels[e["target"]], e["weight"]]
                         for e in graph["edges"])),
    }  # fmt: skip


def write_table(header: Sequence[str], rows: Iterable[Sequence[object]], csv_path: Path, json_path: Path) -> int:
    """Write a table as CSV and as a JSON list of records, row by row; return the number of rows."""
    n = 0
    with (
        csv_path.open("w", encoding="utf-8", newline="") as c,
        json_path.open("w", encoding="utf-8") as j,
    ):
        writer = csv.writer(c, lineterminator="\n")
        writer.writerow(header)
        j.write("[")
        for row in rows:
            writer.writerow([_cell(v) for v in row])
            record = {
                k: v if isinstance(v, (int, float, bool)) or v is None else str(v)
                for k, v in zip(header, row, strict=True)
            }
            j.write(("," if n else "") + "\n" + _json(record))
            n += 1
        j.write("\n]\n")
    return n


def _xml_attr(value: str) -> str:
    """Render text as a quoted XML attribute; a character XML cannot carry is written as its escape."""
    return quoteattr(escape_chars(value, _NOT_XML))


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
        out.append(f"      <node id={_xml_attr(n['id'])} label={_xml_attr(n['label'])}><attvalues>"
                   f"<attvalue for=\"type\" value={_xml_attr(n['type'])}/>"
                   f"<attvalue for=\"sources\" value=\"{int(n['sources'])}\"/></attvalues></node>")  # fmt: skip
    out += ["    </nodes>", "    <edges>"]
    for i, e in enumerate(graph["edges"]):
        out.append(f"      <edge id=\"{i}\" source={_xml_attr(e['source'])} target={_xml_attr(e['target'])} "
                   f"weight=\"{int(e['weight'])}\"/>")  # fmt: skip
    out += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(out)


DESCRIPTIONS = {
    "sources": "every source: title, outlet, date, author, url, the file it came from (the other tables name the page)",
    "entities": "every entity: type, review status, sources and mentions, aliases, its page",
    "mentions": "where each entity is named: page, paragraph anchor, spelling, the sentence (up to three per entity "
    "and page)",
    "citations": "each outlet a source attributes to, with the cue and the sentence",
    "quotations": "every quotation of six words or more, grouped (group = one quotation), each source's wording",
    "graph-nodes": "the graph view's nodes (entities and outlets)",
    "graph-edges": "the graph view's links, with the number of sources behind each",
}


def write_downloads(index: DossierIndex, coverage: Coverage, graph: dict, folder: Path) -> tuple[dict[str, Path], str]:
    """Write the downloads into `folder` (each table as CSV and JSON, the graph as GEXF); return
    their paths by path under docs/, and the Markdown of the page that lists them.

    They are written row by row to files, not held as strings: the mentions alone are tens of
    megabytes at a few thousand sources, and MkDocs would hold generated content until the build ends.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    rows = []
    for name, (header, data) in tables(index, coverage, graph).items():
        csv_path, json_path = folder / f"{name}.csv", folder / f"{name}.json"
        count = write_table(header, data, csv_path, json_path)
        paths[f"{FOLDER}/{name}.csv"], paths[f"{FOLDER}/{name}.json"] = csv_path, json_path
        rows.append(f"- **{name}** ({plural(count, 'row')}): <a href=\"{name}.csv\" download>CSV</a> · "
                    f"<a href=\"{name}.json\" download>JSON</a>. {DESCRIPTIONS[name].capitalize()}.")  # fmt: skip
    (folder / "graph.gexf").write_text(gexf(graph), encoding="utf-8")
    paths[f"{FOLDER}/graph.gexf"] = folder / "graph.gexf"
    page = "\n".join([
        "# Downloads", "",
        "The dossier's data as files, for a spreadsheet, a script, Gephi, Aleph or Datashare. Text is plain "
        "(no Markdown); a CSV cell that a spreadsheet would run as a formula starts with an apostrophe. The "
        "tables name a source by its `page`; `sources` gives each page's title, outlet and date.", "",
        *rows, "",
        "The graph for Gephi: <a href=\"graph.gexf\" download>graph.gexf</a> (GEXF 1.3).", "",
    ])  # fmt: skip
    return paths, page
