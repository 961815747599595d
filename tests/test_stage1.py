"""Stage 1's parallel, cached and incremental paths give the same pages as a plain serial run."""

from __future__ import annotations

import gc
import hashlib
import re
import shutil
from pathlib import Path

import pytest

from dossier.markup import split_front_matter
from dossier.pipeline import BATCH_SIZE, GC_THRESHOLD, Options, fewer_collections
from dossier.sourcepages import FRONT_MATTER_INDEX, read_front_matter_index
from dossier.stage1 import run_stage1

ROOT = Path(__file__).resolve().parent.parent


def _corpus(where: Path, copies: int) -> Path:
    """Make a corpus of `copies` variants of each seed (distinct names and texts)."""
    seeds = where / "seeds"
    seeds.mkdir(parents=True)
    for i in range(copies):
        for seed in sorted((ROOT / "seeds").glob("*.txt")):
            text = seed.read_text(encoding="utf-8")
            (seeds / f"{seed.stem}_{i:03d}.txt").write_text(
                f"{text}\n\nA closing line of copy {i}.\n", encoding="utf-8"
            )
    return seeds


def _pages(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.md"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("corpus"), copies=2 * BATCH_SIZE // 5 + 2)


@pytest.fixture(scope="module")
def serial_pages(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("serial") / "sources"
    result = run_stage1(corpus, out, Options(), jobs=1, executor="serial")
    assert not result.failures and result.sources > 2 * BATCH_SIZE
    return _pages(out)


def test_process_pool_output_is_byte_identical(corpus: Path, serial_pages, tmp_path: Path) -> None:
    out = tmp_path / "sources"
    result = run_stage1(corpus, out, Options(), jobs=2, executor="process")
    assert result.sources == len(serial_pages)
    assert _pages(out) == serial_pages


def test_workers_fill_the_cache_with_whole_analyses(corpus: Path, serial_pages, tmp_path: Path) -> None:
    # Workers store each analysis themselves and send the pages' text back only as rendered tails.
    cache = tmp_path / "cache"
    first = run_stage1(corpus, tmp_path / "first", Options(), jobs=2, executor="process", cache_dir=cache)
    assert first.cache_hits == 0 and _pages(tmp_path / "first") == serial_pages
    # Another output folder: the run is not up to date, every analysis comes from the cache.
    again = run_stage1(corpus, tmp_path / "again", Options(), jobs=2, executor="process", cache_dir=cache)
    assert again.cache_hits == len(serial_pages)
    assert _pages(tmp_path / "again") == serial_pages


def test_dask_cluster_output_is_byte_identical(corpus: Path, serial_pages, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = tmp_path / "sources"
        run_stage1(corpus, out, Options(), executor="dask", scheduler=cluster.scheduler_address)
    assert _pages(out) == serial_pages


def test_dask_without_a_scheduler_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="--scheduler"):
        run_stage1(corpus, tmp_path / "sources", Options(), executor="dask")


def test_cache_and_incremental_runs(tmp_path: Path) -> None:
    seeds = _corpus(tmp_path, copies=2)
    out, cache = tmp_path / "docs" / "sources", tmp_path / "cache"
    first = run_stage1(seeds, out, Options(), cache_dir=cache)
    pages = _pages(out)
    assert first.report.written and not first.up_to_date and first.cache_hits == 0

    again = run_stage1(seeds, out, Options(), cache_dir=cache)
    assert again.up_to_date and not again.report.written and _pages(out) == pages

    # A seed edited: only its page changes, the others come from the cache.
    edited = sorted(seeds.glob("*.txt"))[0]
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nOne more paragraph about Vladivostok.\n", encoding="utf-8"
    )
    third = run_stage1(seeds, out, Options(), cache_dir=cache)
    assert third.cache_hits == len(pages) - 1
    changed = {n for n, b in _pages(out).items() if pages.get(n) != b}
    assert f"{edited.stem}.md" in changed

    # A seed removed: its generated page goes; a page the user wrote stays.
    mine = out / "my-page.md"
    mine.write_text("# Mine\n", encoding="utf-8")
    gone = sorted(seeds.glob("*.txt"))[1]
    gone.unlink()
    fourth = run_stage1(seeds, out, Options(), cache_dir=cache)
    assert [p.name for p in fourth.report.removed] == [f"{gone.stem}.md"]
    assert mine.read_text(encoding="utf-8") == "# Mine\n"

    # The same pages with no cache at all.
    fresh = tmp_path / "fresh"
    run_stage1(seeds, fresh, Options())
    assert _pages(fresh) == {n: b for n, b in _pages(out).items() if n != "my-page.md"}


def test_a_generated_page_edited_by_hand_is_rewritten_on_the_next_run(tmp_path: Path) -> None:
    seeds = _corpus(tmp_path, copies=1)
    out, cache = tmp_path / "sources", tmp_path / "cache"
    run_stage1(seeds, out, Options(), cache_dir=cache)
    page = sorted(out.glob("*.md"))[0]
    original = page.read_bytes()
    page.write_bytes(original + b"\nstray edit\n")
    result = run_stage1(seeds, out, Options(), cache_dir=cache)
    assert not result.up_to_date and page.read_bytes() == original
    shutil.rmtree(cache)


def test_fewer_collections_is_undone_even_on_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        assert gc.get_threshold()[0] == GC_THRESHOLD
        raise RuntimeError("stage 1 failed")
    assert gc.get_threshold() == before


def test_the_front_matter_index_holds_what_reading_each_page_gives(tmp_path: Path) -> None:
    # The seeds and the tune corpus: every kind of metadata, entities with aliases, citations.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in [*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests/corpus/tune/articles").glob("*.txt")]:
        shutil.copy(path, seeds / path.name)
    out = tmp_path / "sources"
    run_stage1(seeds, out, Options.load(), jobs=1)
    index = read_front_matter_index(out)
    pages = _pages(out)
    assert set(index) == set(pages) and len(pages) == 35
    up_to_the_audit = re.compile(r"^(?:provenance|removed):", re.M)
    for name, text in pages.items():
        digest, meta = index[name]
        assert digest == hashlib.sha256(text).hexdigest()
        assert meta == split_front_matter(text.decode("utf-8"), up_to_the_audit)[0], name


def test_a_front_matter_index_of_the_users_is_kept_and_reported(tmp_path: Path) -> None:
    seeds = _corpus(tmp_path, copies=1)
    out = tmp_path / "sources"
    out.mkdir()
    mine = out / FRONT_MATTER_INDEX
    mine.write_text('{"my": "notes"}', encoding="utf-8")
    result = run_stage1(seeds, out, Options.load(), jobs=1)
    assert mine in result.report.conflicts
    assert mine.read_text(encoding="utf-8") == '{"my": "notes"}'
    assert read_front_matter_index(out) == {}


def test_pages_get_the_mode_any_new_file_gets(tmp_path: Path) -> None:
    # Written through a temporary file, they were private (0600) whatever the umask said.
    seeds = _corpus(tmp_path, copies=1)
    out = tmp_path / "sources"
    run_stage1(seeds, out, Options.load(), jobs=1)
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    modes = {p.stat().st_mode & 0o777 for p in out.iterdir()}
    assert modes == {plain.stat().st_mode & 0o777}


def _dated_corpus(where: Path) -> Path:
    """Three sources with a stamp whose date is certain, and one whose numeric stamp the page alone
    cannot read ("10/01/2008": 10 January or 1 October)."""
    seeds = where / "seeds"
    seeds.mkdir(parents=True)
    lede = "The harbour crane at Port Wexley collapsed onto the quay early on the day, halting container traffic."
    body = "The port authority said nobody was hurt when it fell, and that two ships would unload elsewhere."
    stamps = ["Published 2008-01-08", "Published 2008-01-09", "Published 2008-01-11", "Published 10/01/2008"]
    for i, stamp in enumerate(stamps):
        text = f"Crane collapse halts container traffic at Port Wexley, report {i}\n\n{stamp}\n\n{lede}\n\n{body}\n"
        (seeds / f"source_{i}.txt").write_text(text, encoding="utf-8")
    return seeds


def test_a_numeric_date_is_read_in_the_order_that_puts_it_among_the_corpus_dates(tmp_path: Path) -> None:
    seeds = _dated_corpus(tmp_path)
    serial = run_stage1(seeds, tmp_path / "serial", Options(), jobs=1, executor="serial")
    assert not serial.failures
    page = (tmp_path / "serial" / "source_3.md").read_text(encoding="utf-8")
    meta, _, error = split_front_matter(page)
    assert error is None and meta["date"] == "2008-01-10"
    assert meta["provenance"]["date"] == {"line": 3, "rule": "numeric-date-in-corpus-order"}
    # Workers leave that page's tail to the corpus step; the pages are the same, and from the cache too.
    for run in (1, 2):
        out = tmp_path / f"pool{run}"
        result = run_stage1(seeds, out, Options(), jobs=2, executor="process", cache_dir=tmp_path / "cache")
        assert result.cache_hits == (0 if run == 1 else 4)
        assert _pages(out) == _pages(tmp_path / "serial")
