"""Write stage 1's output: one Markdown page per source under docs/sources/, and beside them
their front matter as JSON (`FRONT_MATTER_INDEX`, a dot file MkDocs leaves out of the site).

A page is the tool's to rewrite or delete only when its front matter carries the generator
marker; any other file is the user's and is left alone (the conflict is reported). Writes go to a
temporary file first and are renamed into place, so an interrupted run leaves the previous page.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .frontmatter import dump_yaml
from .ingest import SourceError, open_regular, read_regular_file
from .markup import escape_block
from .model import Article, Entity

GENERATOR = "dossier"
#: The source pages' front matter (up to the audit) as JSON, with each page's hash: the plugin
#: reads a page's metadata and entities from here while the page is as stage 1 wrote it, instead
#: of parsing its YAML (1-1.5 s per 1,000 sources, most of it building Python objects).
FRONT_MATTER_INDEX = ".dossier-front-matter.json"


def _head(article: Article) -> dict[str, Any]:
    """The front matter that depends on the rest of the corpus, but for its entities (`_entities_yaml`):
    file name and metadata."""
    meta = article.metadata()
    # The marker comes first so that `is_generated` can tell without parsing the YAML.
    data: dict[str, Any] = {"generator": GENERATOR}
    data.update({name: f.value for name, f in meta.items()})
    data.update(source_file=article.source_file, sha256=article.sha256)
    return data


def _entities_yaml(entities: tuple[Entity, ...]) -> str:
    """The `entities:` key, last of the head: written entry by entry, each entry once per run."""
    return "entities:\n" + "".join(map(_entity_yaml, entities)) if entities else "entities: []\n"


def _entity_entry(entity: Entity) -> dict[str, Any]:
    return {"name": entity.name, "type": entity.type, "aliases": list(entity.aliases)}


@lru_cache(maxsize=100_000)
def _entity_yaml(entity: Entity) -> str:
    # The same entities recur across a corpus's pages: their entries are written once.
    return dump_yaml({"entities": [_entity_entry(entity)]}).split("\n", 1)[1]


def _ambiguous(article: Article) -> dict[str, Any]:
    """The `ambiguous:` key, after the entities, only where a spelling could be two people."""
    if not article.ambiguous:
        return {}
    return {"ambiguous": [{"spelling": s, "could_be": list(names)} for s, names in article.ambiguous]}


def page_meta(article: Article) -> dict[str, Any]:
    """The front matter of a source's page up to its audit, as reading the page's YAML gives it."""
    entities = [_entity_entry(e) for e in article.entities]
    return {**_head(article), "entities": entities, **_ambiguous(article), "citations": list(article.citations)}


def _tail(article: Article) -> dict[str, Any]:
    """The front matter that the source alone decides: its citations, where the metadata came
    from, and the audit of removed lines."""
    return {
        "citations": list(article.citations),
        "provenance": {
            name: {"line": f.line, "rule": f.rule} for name, f in article.metadata().items() if f.value is not None
        },
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason, "kind": r.kind} for r in article.removed],
    }


def render_source_page(article: Article, tail: str | None = None) -> str:
    """Render a source page: front matter, then each body paragraph anchored by its line number.

    `tail` is `render_page_tail(article)` when a worker process has rendered it already.
    """
    # Each top-level key of the front matter is written on its own lines, so the page can be
    # written in two parts: what the worker analysing the source can write, and the rest.
    head = dump_yaml(_head(article)) + _entities_yaml(article.entities)
    if article.ambiguous:
        head += dump_yaml(_ambiguous(article))
    return f"---\n{head}" + (render_page_tail(article) if tail is None else tail)


def render_page_tail(article: Article) -> str:
    """Render the part of a source page that follows the entities: the rest of the front matter
    and the body (it depends on the source alone, not on the corpus)."""
    paragraphs = [f"{_paragraph(p.text)}\n{{: #L{p.number} }}" for p in article.paragraphs]
    return f"{dump_yaml(_tail(article))}---\n\n" + "\n\n".join(paragraphs) + "\n"


#: A line a scraper copied from a page's Markdown as a subheading ("##### Russia's role in ...").
_SUBHEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)")


#: A run of empty table cells inside a paragraph ("Post a comment | | | | Transfers"), not after an
#: escaped bar ("Home \| News").
_EMPTY_CELLS = re.compile(r"(?<!\\)\|(?:[ \t]*\|)+")


def _without_empty_cells(text: str) -> str:
    """Return a paragraph without the empty table cells a reader-mode scraper writes as bars at its
    ends ("| | | Derby lost ... |"), and with a run of them inside it shown as one bar."""
    opened = text.lstrip(" \t|")
    core = opened.rstrip(" \t|")
    if core.endswith("\\") and len(core) < len(opened):
        core += "|"  # the escaped bar "Home \|" is the text's own
    return _EMPTY_CELLS.sub("|", core) if "|" in core else core  # (no bar, no cell: the pattern is not run)


def _paragraph(text: str) -> str:
    """Render one body paragraph; a Markdown subheading shows as its words in bold, without the "#####";
    a reader's empty table cells are not shown (see `_without_empty_cells`)."""
    text = _without_empty_cells(text) or text
    if (m := _SUBHEADING.match(text)) and not text.rstrip().endswith("#"):
        return f"**{escape_block(text[m.end() :])}**"
    return escape_block(text)


MARKER = f"---\ngenerator: {GENERATOR}\n"


def is_generated(path: Path) -> bool:
    """Tell whether a regular file (not a link) starts with the generator marker, and so may be
    rewritten or removed."""
    try:
        with open_regular(path) as fh:
            return fh.read(len(MARKER)) == MARKER.encode()
    except (OSError, SourceError):
        return False


@dataclass
class WriteReport:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    conflicts: list[Path] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)  # temporary files a killed run left, removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: The mode a file created by `open` gets: temporary files are created private (0600).
_FILE_MODE = 0o666 & ~_umask()


def write_atomic(path: Path, text: str) -> None:
    """Write text to path through a temporary file in the same folder and a rename."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # a read-only folder: the page is named, not the temporary file's name
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    try:
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:  # a full disk: say which file could not be written
        Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_pages(articles: list[Article], tails: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """Render source pages as (file name, text) pairs; `tails` holds page tails rendered already, by slug."""
    tails = tails or {}
    return [(f"{a.slug}.md", render_source_page(a, tails.get(a.slug))) for a in articles]


#: The temporary files `write_atomic` writes pages and the front-matter index through: one that
#: is there when a run starts was left by a run that was killed.
_STALE_TEMPORARY = re.compile(rf"\.(?:[^/]+\.md|{re.escape(FRONT_MATTER_INDEX)})\.[a-z0-9_]{{8}}\.tmp")


def remove_stale_temporaries(out_dir: Path) -> list[Path]:
    """Remove the temporary files a killed run left in the folder; return them."""
    stale = [p for p in out_dir.iterdir() if _STALE_TEMPORARY.fullmatch(p.name) and not p.is_symlink() and p.is_file()]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def write_source_pages(pages: list[tuple[str, str]], out_dir: Path) -> WriteReport:
    """Write the rendered pages; delete generated pages whose source is gone, and temporary files
    a killed run left; keep user files."""
    report = WriteReport()
    out_dir.mkdir(parents=True, exist_ok=True)
    report.stale = remove_stale_temporaries(out_dir)
    wanted = set()
    for name, text in pages:
        path = out_dir / name
        wanted.add(path.name)
        if path.exists() or path.is_symlink():
            if not is_generated(path):
                report.conflicts.append(path)
                continue
            if read_regular_file(path, None) == text.encode():
                report.unchanged.append(path)
                continue
        write_atomic(path, text)
        report.written.append(path)
    for path in sorted(out_dir.glob("*.md")):
        if path.name not in wanted and path.name != "index.md" and not path.is_symlink() and is_generated(path):
            path.unlink()
            report.removed.append(path)
    return report


def text_digest(text: str) -> str:
    """Hash a page's text as it is written (UTF-8)."""
    return hashlib.sha256(text.encode()).hexdigest()


def write_front_matter_index(articles: list[Article], digests: Mapping[str, str], out_dir: Path) -> bool:
    """Write the front-matter index of the articles' pages, given each page's `text_digest` by
    file name, in the articles' order; leave a file of that name that is not ours."""
    path = out_dir / FRONT_MATTER_INDEX
    if (path.exists() or path.is_symlink()) and _index_data(out_dir) is None:
        return False
    entries = {
        name: {"sha256": digest, "meta": page_meta(article)}
        for article, (name, digest) in zip(articles, digests.items(), strict=True)
    }
    write_atomic(path, json.dumps({"generator": GENERATOR, "pages": entries}, ensure_ascii=False))
    return True


def read_front_matter_index(folder: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """Read the front-matter index of a folder of source pages: page name -> (hash, front matter).
    Anything but an index stage 1 wrote reads as empty."""
    data = _index_data(folder) or {}
    return {
        name: (entry["sha256"], entry["meta"])
        for name, entry in data.get("pages", {}).items()
        if isinstance(entry, dict) and isinstance(entry.get("sha256"), str) and isinstance(entry.get("meta"), dict)
    }


def _index_data(folder: Path) -> dict[str, Any] | None:
    path = folder / FRONT_MATTER_INDEX
    try:
        data = json.loads(read_regular_file(path, None))
    except (OSError, ValueError, SourceError, RecursionError):
        return None
    ours = isinstance(data, dict) and data.get("generator") == GENERATOR and isinstance(data.get("pages"), dict)
    return data if ours else None
