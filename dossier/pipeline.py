"""Stage 1 as pure functions: raw source text in, `Article` out, for one file or a whole corpus.

ingest (decode, hash) -> clean (drop lines, record why) -> metadata (each value with its line and
rule) -> entities (discovered per file, resolved across the corpus).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .clean import CleanOptions, clean_lines, common_lines, load_rules
from .entities import Registry, discover, load_registry
from .ingest import RawSource, SourceError, list_sources, read_source, slugify, split_lines
from .metadata import extract_citations, extract_metadata
from .model import Article
from .publishers import PublisherTable, default_publishers, load_publishers

#: Bumped whenever a rule change should make stage 1 redo every file.
RULES_VERSION = "1"


@dataclass(frozen=True)
class Options:
    """Configuration of stage 1 (rules, outlet table, entity registry)."""

    clean: CleanOptions = field(default_factory=CleanOptions)
    publishers: PublisherTable = field(default_factory=default_publishers)
    registry: Registry = field(default_factory=lambda: load_registry(None))

    @classmethod
    def load(cls, rules: Path | None = None, publishers: Path | None = None, registry: Path | None = None) -> Options:
        """Build options from the user's optional extra tables."""
        clean = CleanOptions()
        if rules is not None:
            clean = CleanOptions(rules=load_rules(rules) + clean.rules)
        table = load_publishers(publishers) if publishers is not None else default_publishers()
        return cls(clean, table, load_registry(registry))


@dataclass(frozen=True)
class Failure:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def analyse(raw: RawSource, slug: str, options: Options, source_name: str | None = None) -> Article:
    """Clean and tag one decoded source (entities are added by `analyse_corpus`)."""
    lines = split_lines(raw.text)
    cleaned = clean_lines(lines, options.clean)
    meta = extract_metadata(lines, cleaned, options.publishers)
    return Article(
        source_file=source_name or raw.path.name,
        sha256=raw.sha256,
        slug=slug,
        paragraphs=cleaned.kept,
        removed=cleaned.removed,
        citations=extract_citations(lines, cleaned.removed),
        **meta,
    )


def entity_text(article: Article) -> str:
    """Return the text entities are read from: the headline and the body, one paragraph a line."""
    head = [article.title.value] if article.title.value else []
    return "\n".join(head + [p.text for p in article.paragraphs])


def analyse_corpus(
    paths: Iterable[Path],
    options: Options,
    name_of: Callable[[Path], str] = lambda p: p.name,
    on_progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Article], list[Failure]]:
    """Analyse every file, resolve entities across all of them; bad files become failures."""
    paths = list(paths)
    raws: list[RawSource] = []
    failures: list[Failure] = []
    for path in paths:
        try:
            raws.append(read_source(path))
        except SourceError as exc:
            failures.append(Failure(path, str(exc)))
    shared = common_lines(split_lines(r.text) for r in raws)
    options = replace(options, clean=replace(options.clean, common_lines=shared))
    taken: set[str] = set()
    articles = []
    for i, raw in enumerate(raws, 1):
        articles.append(analyse(raw, slugify(raw.path.stem, taken), options, name_of(raw.path)))
        if on_progress:
            on_progress(i, len(raws))
    found = discover({a.slug: entity_text(a) for a in articles}, options.registry)
    return [replace(a, entities=tuple(found[a.slug])) for a in articles], failures


def analyse_file(path: Path, options: Options, context: Path | None = None) -> Article:
    """Analyse one file, using the other sources in `context` (a folder) to resolve names."""
    siblings = [p for p in list_sources(context) if p.resolve() != path.resolve()] if context else []
    articles, failures = analyse_corpus([path, *siblings], options)
    target = next((a for a in articles if a.source_file == path.name), None)
    if target is None:
        raise SourceError(next(f.message for f in failures if f.path == path))
    return target
