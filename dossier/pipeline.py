"""Stage 1 as pure functions: raw source text in, `Article` out, for one file or a whole corpus.

ingest (decode, hash) -> clean (drop lines, record why) -> metadata (each value with its line and
rule) -> entities (discovered per file, resolved across the corpus).
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from .cache import Stage1Cache, table_digests
from .chromelines import boxed_spellings, corpus_box_lines
from .clean import CleanOptions, clean_lines
from .corpusdates import dated_by_corpus
from .entities import Mention, Registry, cap_entities, find_mentions, load_registry, resolve_documents
from .gazetteer import load_gazetteer
from .ingest import RawSource, SourceError, list_sources, read_source, source_slugs, split_lines, text_name
from .lexicon import load_lexicon
from .metadata import extract_citations, extract_metadata
from .model import Article
from .publishers import PublisherTable, default_publishers, load_publishers
from .repeatedlines import lines_in_common, short_lines
from .rules import load_rules, rule_matcher
from .sourcepages import render_page_tail
from .stamps import date_readings, without_read_stamp

#: Bumped by hand when a change outside the package's code and tables should make stage 1 redo
#: every file; changes to the code and the built-in tables are noticed by `code_version`.
RULES_VERSION = "1"
#: Files per unit of parallel work. With 2 workers on 1,000 generated sources, batches of 16, 32
#: and 64 ran equally fast (within the machine's noise): a batch travels in one message either
#: way. Smaller batches leave less work to a single worker at the end; Dask workers receive the
#: options with every batch, a small share of a batch this size.
BATCH_SIZE = 32
#: Allocations between two collections of the youngest objects (Python's default is 700), in the
#: workers and in the process that gathers their results and resolves names. On 1,000 generated
#: sources with 2 workers (median of 5 runs) 50,000 in the workers made stage 1 6% faster (not
#: collecting at all, 10%, but a process should still collect what reference cycles it makes); on
#: 10,000 sources, 50,000 in the main process too took two runs from 56 s to 50-52 s.
GC_THRESHOLD = 50_000
#: Files per unit of work among the last `jobs * BATCH_SIZE` files sent to local workers. A worker
#: that takes the last batch leaves the others idle until it is done: with batches of BATCH_SIZE
#: (about 0.3 s of work each at 1,000 generated sources) a core stood idle for half a batch on
#: average at the end of the run; batches of 8 there leave a quarter of that. Chosen by that
#: arithmetic, not by timings (which vary more than this between runs on a shared machine).
TAIL_BATCH_SIZE = 8


@dataclass(frozen=True)
class Options:
    """Configuration of stage 1 (rules, outlet table, entity registry)."""

    clean: CleanOptions = field(default_factory=CleanOptions)
    publishers: PublisherTable = field(default_factory=default_publishers)
    registry: Registry = field(default_factory=lambda: load_registry(None, default_publishers()))

    @classmethod
    def load(cls, rules: Path | None = None, publishers: Path | None = None, registry: Path | None = None) -> Options:
        """Build options from the user's optional extra tables."""
        clean = CleanOptions()
        if rules is not None:
            clean = CleanOptions(rules=load_rules(rules) + clean.rules)
        table = load_publishers(publishers) if publishers is not None else default_publishers()
        return cls(clean, table, load_registry(registry, table))


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
    readings = date_readings(lines, cleaned, meta, options.publishers)
    cleaned = without_read_stamp(cleaned, meta["date"])
    return Article(
        source_file=text_name(source_name or raw.path.name),
        sha256=raw.sha256,
        slug=slug,
        paragraphs=cleaned.kept,
        removed=cleaned.removed,
        citations=extract_citations(lines, cleaned.removed),
        date_readings=readings,
        **meta,
    )


def entity_text(article: Article) -> str:
    """Return the text entities are read from: the headline and the body, one paragraph a line."""
    head = [article.title.value] if article.title.value else []
    return "\n".join(head + [p.text for p in article.paragraphs])


#: What analysing one file gives: the article (entities not yet resolved), the names found in it,
#: and the end of its page, rendered where the file was analysed (see `render_page_tail`).
_Analysed = tuple[Article, tuple[Mention, ...], str | None]


def _analyse_chunk(
    options: Options, raws: list[RawSource], store: tuple[Stage1Cache, list[str]] | None = None
) -> list[_Analysed]:
    """Analyse a batch of files (the unit of work sent to a process or a Dask worker).

    With `store` (the cache and each file's key) the worker writes the cache entries itself and
    returns each article without its text: only the page's tail, rendered here, needs the text,
    and receiving it and writing it to the cache took the gathering process 15-17 s of a 55 s
    run at 10,000 generated sources, while the workers needed both cores. (An article whose date
    the corpus may still choose, `Article.date_readings`, keeps its text and gets no tail here.)
    """
    results = []
    for i, raw in enumerate(raws):
        article = analyse(raw, "", options)
        mentions = tuple(find_mentions(entity_text(article), options.registry))
        # A date the corpus may still choose (`dated_by_corpus`) is in the tail's provenance: that
        # page's tail is rendered once it has, and its text kept for it.
        tail = None if article.date_readings else render_page_tail(article)
        if store is not None:
            store[0].put(store[1][i], article, mentions)
            if tail is not None:
                article = replace(article, paragraphs=(), removed=())
        results.append((article, mentions, tail))
    return results


def warm_up(options: Options) -> None:
    """Load what every analysis reads: the gazetteer, the word lists, the rule matcher (about half
    a second of work; worker processes forked afterwards start with them loaded)."""
    load_gazetteer()
    load_lexicon()
    rule_matcher(options.clean.rules)
    options.registry.phrases()


class WorkerPool:
    """Local worker processes for `analyse_corpus`, started once the corpus-wide options are known.

    On Linux the workers are forked after `warm_up`, so they share the loaded tables instead of
    loading them again, and they receive the options once, through the pool's initializer (a
    concurrent.futures executor would send them with every batch).
    """

    def __init__(self, jobs: int):
        self.jobs = jobs

    def map(
        self,
        options: Options,
        batches: list[list[RawSource]],
        cache: Stage1Cache | None = None,
        keys: list[list[str]] | None = None,
    ) -> Iterator[list[_Analysed]]:
        """Analyse the batches in the workers; yield their results in order. Given the cache and
        each file's key, the workers store the analyses and send back articles without their text."""
        # Forking a process that runs other threads may copy a lock some thread holds: then the
        # platform's default way of starting workers is used (they load the tables themselves).
        fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
        if fork:
            warm_up(options)
            # The tables stay where the workers' garbage collector does not walk them (walking them
            # would copy their memory pages into each worker, one by one).
            gc.freeze()
        context = multiprocessing.get_context("fork") if fork else None
        try:
            with ProcessPoolExecutor(
                self.jobs, mp_context=context, initializer=_start_worker, initargs=(options, cache, os.getpid())
            ) as pool:
                yield from pool.map(_analyse_batch, batches, keys or [None] * len(batches))
        finally:
            if fork:
                gc.unfreeze()


_worker_options: Options | None = None  # a worker's options, set once by `_start_worker`
_worker_cache: Stage1Cache | None = None  # and the cache it writes to, if any


def _start_worker(options: Options, cache: Stage1Cache | None = None, parent: int | None = None) -> None:
    global _worker_options, _worker_cache
    if parent is not None:
        die_with_parent(parent)
    _worker_options, _worker_cache = options, cache
    # A worker keeps what it loaded and learns (tables, the readings of names) to the end, and
    # analysing makes few reference cycles: collect garbage rarely, and never walk what was there
    # at the start.
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


#: How often a worker that cannot ask the kernel to end it with its parent checks that it still has one.
PARENT_CHECK_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1  # prctl(2) option: the signal a process gets when its parent dies (Linux)


def die_with_parent(parent: int, signum: int = signal.SIGKILL) -> None:
    """End this process when the process that started it (`parent`) ends, however it ends (sent
    `signum`, on Linux).

    The pool ends its workers when stage 1 stops normally; after `kill -9` nothing does, and the
    workers stayed, orphaned, 133 MB each. On Linux the kernel sends `signum` at the parent's death
    (prctl PR_SET_PDEATHSIG); elsewhere a thread checks every PARENT_CHECK_SECONDS.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the request was made
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="dossier-parent-watch", daemon=True).start()


def _analyse_batch(raws: list[RawSource], keys: list[str] | None) -> list[_Analysed]:
    assert _worker_options is not None
    store = (_worker_cache, keys) if _worker_cache is not None and keys is not None else None
    return _analyse_chunk(_worker_options, raws, store)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect the youngest objects every GC_THRESHOLD allocations instead of 700, for a while:
    stage 1 builds millions of small records that live to the end, and each collection walks them."""
    before = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


@cache
def code_version() -> str:
    """Hash the package's code and data files, so that the cache never outlives a code change."""
    root = Path(__file__).parent
    digest = hashlib.sha256(RULES_VERSION.encode())
    for path in sorted([*root.glob("*.py"), *root.glob("data/*.yml")]):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def fingerprint(options: Options) -> str:
    """Hash everything besides a file's own text that its analysis depends on."""
    parts = [
        code_version(),
        [(r.name, r.source, r.case_sensitive, r.max_words, r.kind) for r in options.clean.rules],
        sorted(options.publishers.by_domain.items()),
        sorted(options.publishers.by_alias.items()),
        sorted(options.registry.by_spelling.items()),
        sorted(options.registry.ignore),
    ]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def analysis_base(options: Options) -> str:
    """Hash everything besides a file's own text that its analysis depends on: the options and
    the content of the tables derived from the libraries' data (first names, places), which a
    cache folder holds and a user may replace."""
    load_gazetteer()
    load_lexicon()
    return hashlib.sha256(json.dumps([fingerprint(options), table_digests()]).encode()).hexdigest()


def _cache_key(raw: RawSource, shorts: set[str], shared: frozenset[str], base: str) -> str:
    # Corpus-repeated lines change a file's cleaning, so the ones this file holds (of its
    # `short_lines`, `shorts`) are in its key.
    repeated = sorted(shorts & shared) if shared else []
    return hashlib.sha256(json.dumps([base, raw.sha256, repeated]).encode()).hexdigest()


@dataclass(frozen=True)
class CorpusAnalysis:
    """What `analyse_sources` finds: the articles, the files it skipped, and page tails."""

    articles: list[Article]
    failures: list[Failure]
    #: `render_page_tail(article)` by slug, for the articles whose tail was rendered already.
    page_tails: dict[str, str]
    #: What is worth a line about a file that was analysed (a page listing only some of its names).
    notices: list[Failure] = field(default_factory=list)


def analyse_corpus(
    paths: Iterable[Path],
    options: Options,
    name_of: Callable[[Path], str] = lambda p: p.name,
    on_progress: Callable[[int, int], None] | None = None,
    executor: Executor | WorkerPool | None = None,
    cache: Stage1Cache | None = None,
) -> tuple[list[Article], list[Failure]]:
    """Analyse every file, resolve entities across all of them; bad files become failures."""
    analysis = analyse_sources(paths, options, name_of, on_progress, executor, cache)
    return analysis.articles, analysis.failures


def analyse_sources(
    paths: Iterable[Path],
    options: Options,
    name_of: Callable[[Path], str] = lambda p: p.name,
    on_progress: Callable[[int, int], None] | None = None,
    executor: Executor | WorkerPool | None = None,
    cache: Stage1Cache | None = None,
    keep_text: bool = True,
) -> CorpusAnalysis:
    """Analyse every file, resolve entities across all of them; bad files become failures.

    Files are analysed in batches on `executor` (a `WorkerPool`, or any concurrent.futures-style
    executor, such as a Dask cluster's) or in this process; the output is the same either way.
    Where a file is analysed, the end of its page is rendered too: a page's tail depends on the
    file alone (but for a date the corpus chooses, `dated_by_corpus`: that page's tail is rendered
    after it), and rendering it there takes that work off the process that resolves the corpus.
    With `keep_text=False` (the caller only writes pages) local workers also store the analyses
    in the cache and return the articles without their text, which their page tails hold.
    """
    raws: list[RawSource] = []
    failures: list[Failure] = []
    for path in paths:
        try:
            raws.append(read_source(path))
        except SourceError as exc:
            failures.append(Failure(path, str(exc)))
    shorts = [short_lines(split_lines(r.text)) for r in raws]  # read once: the shared lines and the keys
    shared = lines_in_common(shorts)
    options = replace(options, clean=replace(options.clean, common_lines=shared))
    base = analysis_base(options) if cache else ""
    keys = [_cache_key(r, s, shared, base) for r, s in zip(raws, shorts, strict=True)] if cache else []
    results: list[_Analysed | None] = [None] * len(raws)
    if cache:
        results = [(*found, None) if (found := cache.get(k)) else None for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    batches = work_batches(todo, executor.jobs if isinstance(executor, WorkerPool) else 0)
    sources = [[raws[i] for i in batch] for batch in batches]
    done = len(raws) - len(todo)
    stored = isinstance(executor, WorkerPool) and cache is not None and not keep_text
    if isinstance(executor, WorkerPool):
        key_batches = [[keys[i] for i in batch] for batch in batches] if stored else None
        analysed_batches = executor.map(options, sources, cache if stored else None, key_batches)
    else:
        mapper = executor.map if executor is not None else map
        analysed_batches = mapper(_analyse_chunk, [options] * len(batches), sources)
    for batch, analysed in zip(batches, analysed_batches, strict=True):
        for i, result in zip(batch, analysed, strict=True):
            results[i] = result
            if cache and not stored:
                cache.put(keys[i], result[0], result[1])
        done += len(batch)
        if on_progress:
            on_progress(done, len(raws))
    articles, mentions, tails, paths = [], {}, {}, {}
    boxes = corpus_box_lines([r.text for r in raws])  # the boxes of a site its sources repeat
    for raw, result, slug, box in zip(raws, results, source_slugs([r.path.name for r in raws]), boxes, strict=True):
        assert result is not None
        article = replace(result[0], slug=slug, source_file=text_name(name_of(raw.path)))
        articles.append(article)
        boxed = boxed_spellings(raw.text, box, {m.text for m in result[1]}) if box else set()
        mentions[article.slug] = [m for m in result[1] if m.text not in boxed]
        paths[article.slug] = raw.path
        if result[2] is not None:
            tails[article.slug] = result[2]
    articles = dated_by_corpus(articles)
    found = resolve_documents(mentions, options.registry)
    listed, notices = [], []
    for a in articles:
        entities = found[a.slug].entities
        kept, left_out = cap_entities(entities)
        listed.append(replace(a, entities=tuple(kept), ambiguous=tuple(sorted(found[a.slug].ambiguous.items()))))
        if left_out:
            notices.append(Failure(paths[a.slug], f"names {len(entities):,} entities; its page lists the "
                                   f"{len(kept):,} most mentioned ({left_out:,} left out)"))  # fmt: skip
    return CorpusAnalysis(listed, failures, tails, notices)


def work_batches(todo: list[int], jobs: int) -> list[list[int]]:
    """Cut the files to analyse (their indexes) into units of work of BATCH_SIZE files, but for the
    last `jobs * BATCH_SIZE` files or a few more (what whole batches leave), which go in units of
    TAIL_BATCH_SIZE: then `jobs` workers end their last units nearly together. `jobs` 0 (no local
    workers): units of BATCH_SIZE throughout."""
    tail = max(0, len(todo) - jobs * BATCH_SIZE)
    head = tail - tail % BATCH_SIZE if jobs else len(todo)  # the whole batches before the tail
    return [todo[i : i + BATCH_SIZE] for i in range(0, head, BATCH_SIZE)] + [
        todo[i : i + TAIL_BATCH_SIZE] for i in range(head, len(todo), TAIL_BATCH_SIZE)
    ]


def analyse_file(
    path: Path, options: Options, context: Path | None = None, cache: Stage1Cache | None = None
) -> Article:
    """Analyse one file, using the other sources in `context` (a folder) to resolve names."""
    siblings = [p for p in list_sources(context) if p.resolve() != path.resolve()] if context else []
    articles, failures = analyse_corpus([path, *siblings], options, cache=cache)
    target = next((a for a in articles if a.source_file == text_name(path.name)), None)
    if target is None:
        raise SourceError(next(f.message for f in failures if f.path == path))
    return target
