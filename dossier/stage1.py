"""Run stage 1 over a seeds folder: skip it when nothing changed, analyse in parallel, write pages."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

from .cache import Stage1Cache, file_digest, stat_key
from .ingest import list_others, list_sources
from .pipeline import Failure, Options, WorkerPool, analyse_sources, fewer_collections, fingerprint
from .sourcepages import (
    FRONT_MATTER_INDEX,
    WriteReport,
    render_pages,
    text_digest,
    write_front_matter_index,
    write_source_pages,
)

EXECUTORS = ("process", "dask", "serial")
#: Below this many sources stage 1 runs in this process. Measured with 2 workers: at 64 sources a
#: run takes as long as in-process (about 1.1 s: starting workers costs what they save), at 32
#: longer.
MIN_FILES_FOR_WORKERS = 64


@dataclass
class Stage1Result:
    sources: int = 0
    report: WriteReport = field(default_factory=WriteReport)
    failures: list[Failure] = field(default_factory=list)
    notices: list[Failure] = field(default_factory=list)  # worth a line, but the file was built
    up_to_date: bool = False  # nothing changed since the last run: nothing was read or written
    cache_hits: int = 0


@contextlib.contextmanager
def make_executor(kind: str, jobs: int, scheduler: str | None, files: int) -> Iterator[Executor | WorkerPool | None]:
    """Yield the executor for stage 1's batches, or None to work in this process."""
    if kind == "dask":
        try:
            from distributed import Client
        except ImportError as exc:
            raise RuntimeError("--executor dask needs the dask extra: pip install 'dossier[dask]'") from exc
        if not scheduler:
            raise RuntimeError("--executor dask needs --scheduler tcp://HOST:PORT (a running Dask scheduler)")
        with Client(scheduler) as client:
            yield client.get_executor()
        return
    # Starting workers costs a few tenths of a second, more than small corpora take in-process.
    if kind == "serial" or jobs <= 1 or files < MIN_FILES_FOR_WORKERS:
        yield None
        return
    yield WorkerPool(jobs)


def run_stage1(
    seeds: Path,
    out_dir: Path,
    options: Options,
    *,
    jobs: int = 1,
    executor: str = "process",
    scheduler: str | None = None,
    cache_dir: Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Stage1Result:
    """Turn every source in `seeds` into a page in `out_dir`; report what was skipped."""
    paths = list_sources(seeds)
    others = [Failure(p, why) for p, why in list_others(seeds)]
    cache = Stage1Cache(cache_dir) if cache_dir else None
    state = _state(paths, options, seeds) if cache else None
    if cache and state:
        manifest = cache.load_manifest()
        if manifest.get("state") == state and _outputs_intact(out_dir, manifest["outputs"]):
            failures = others + [Failure(Path(p), m) for p, m in manifest["failures"]]
            notices = [Failure(Path(p), m) for p, m in manifest["notices"]]
            return Stage1Result(len(manifest["outputs"]), WriteReport(), failures, notices, up_to_date=True)
    with fewer_collections():
        with make_executor(executor, jobs, scheduler, len(paths)) as pool:
            name_of = lambda p: f"{seeds.name}/{p.name}"  # noqa: E731
            analysis = analyse_sources(paths, options, name_of, on_progress, pool, cache, keep_text=False)
        articles, failures = analysis.articles, analysis.failures
        pages = render_pages(articles, analysis.page_tails)
        report = write_source_pages(pages, out_dir)
        digests = {name: text_digest(text) for name, text in pages}  # for the index and the manifest
        if not write_front_matter_index(articles, digests, out_dir):
            report.conflicts.append(out_dir / FRONT_MATTER_INDEX)
    notices = analysis.notices
    result = Stage1Result(len(articles), report, others + failures, notices, cache_hits=cache.hits if cache else 0)
    if cache and state and not report.conflicts:
        cache.save_manifest(
            state, digests, [(f.path, f.message) for f in failures], [(f.path, f.message) for f in notices]
        )
    return result


def _state(paths: list[Path], options: Options, seeds: Path) -> str | None:
    """Summarise the inputs: the options and every file's name, size and modification time."""
    try:
        stats = [[p.name, *stat_key(p)] if not p.is_symlink() else [p.name, "link"] for p in paths]
    except OSError:
        return None
    return hashlib.sha256(repr([fingerprint(options), seeds.name, stats]).encode()).hexdigest()


def _outputs_intact(out_dir: Path, outputs: dict[str, str]) -> bool:
    """Tell whether every page the last run wrote is still there, unchanged."""
    if not outputs or not all(n.endswith(".md") and n == Path(n).name for n in outputs):
        return False  # names the run did not write (the manifest was edited): run again
    try:
        return all(file_digest(out_dir / n) == h for n, h in outputs.items())
    except OSError:
        return False
