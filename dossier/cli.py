"""Command line: `python build_dossier.py [build|serve|ingest|inspect|evaluate] ...`.

Exit status: 0 when everything was built; 1 when the build finished but some source was skipped
or Dossier warned during the build; 2 when nothing could be built (bad arguments, no seeds folder,
the MkDocs build failed; with --strict any warning fails it).
"""

from __future__ import annotations

import argparse
import codecs
import errno
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .cache import Stage1Cache, user_cache_folder
from .ingest import SOURCE_SUFFIXES, SourceError, list_sources
from .markup import terminal_line
from .model import Article
from .pipeline import Failure, Options, analyse_corpus, analyse_file, die_with_parent
from .progress import milestones
from .stage1 import EXECUTORS, make_executor
from .stage1 import run_stage1 as run_stage1_on
from .userfiles import (
    CHECKED_ENV,
    RULE_KEYS,
    UserFileError,
    check_entries,
    check_mkdocs_config,
    check_outlets,
    read_yaml,
)

#: Print a progress line every this many sources (and at the end) on long runs.
PROGRESS_EVERY = 200
#: Hand-made metadata labels of real pages (title, publisher, date, author), by set and page.
REAL_LABELS = "tests/realpages/metadata.yml"
#: Hand-made entity labels of real articles, some in clusters of several outlets on one event.
REAL_ENTITIES = "tests/realpages/entities.yml"
#: Hand verdicts on every entity page built from groups of fresh tune pages (name or not-name).
REAL_JUDGED = "tests/realpages/judged.yml"
#: The sets scored from the label files above rather than from each page's gold file.
LABEL_SETS = ("entities-", "judged-")
EVAL_SETS = {
    "seeds": ("seeds", "tests/gold/seeds"),
    "tune": ("tests/corpus/tune/articles", "tests/corpus/tune/gold"),
    "holdout": ("tests/corpus/holdout/articles", "tests/corpus/holdout/gold"),
}


class UsageError(Exception):
    """A problem with the command line or the project layout, reported in one line."""


def _err(message: str) -> None:
    """Print one line on stderr, whatever file names or values it quotes."""
    print(f"dossier: {terminal_line(message)}", file=sys.stderr)


def inspect_dict(article: Article) -> dict[str, Any]:
    """Return the `inspect --json` contract for one analysed source."""
    return {
        "title": article.title.value,
        "publisher": article.publisher.value,
        "date": article.date.value,
        "author": article.author.value,
        "url": article.url.value,
        "body": article.body,
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in article.removed],
        "entities": [{"name": e.name, "type": e.type, "aliases": list(e.aliases)} for e in article.entities],
        "provenance": {k: {"line": f.line, "rule": f.rule} for k, f in article.metadata().items() if f.value},
        "citations": list(article.citations),
    }


def _options(args: argparse.Namespace) -> Options:
    """Read the user's tables; a mistake in one is a UsageError of one line naming file and line."""
    registry = Path(args.docs) / "entities.yml"
    try:
        checks = (
            (args.rules, "--rules", lambda data, where, lines: check_entries(data, RULE_KEYS, where, lines)),
            (args.publishers, "--publishers", check_outlets),
        )
        for path, what, check in checks:
            if path is not None:
                data, lines = read_yaml(path, f"the {what} table")
                for problem in check(data, str(path), lines):
                    _err(problem)
        options = Options.load(args.rules, args.publishers, registry)
    except (ValueError, OSError) as exc:
        raise UsageError(str(exc)) from exc
    for problem in options.registry.warnings:
        _err(problem)
    os.environ[CHECKED_ENV] = str(registry.resolve())  # the MkDocs build started next need not say them again
    return options


def _cache(args: argparse.Namespace) -> Stage1Cache | None:
    return None if args.no_cache else Stage1Cache(Path(args.cache))


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _named(folder: Path) -> str:
    """Name a folder in a message: `.` by its path."""
    return str(folder if folder.name else folder.resolve())


def _cache_inside(args: argparse.Namespace, folder: Path) -> bool:
    """Whether --cache falls inside `folder`, a folder of sources, which is never written to: a
    --cache given there is refused; the default one goes elsewhere (the caller says where)."""
    if not _inside(Path(args.cache), folder):
        return False
    if args.cache != DEFAULT_CACHE:
        raise UsageError(
            f"{args.cache}: inside the folder of sources {_named(folder)}, which is never written to: pass --cache DIR outside it"
        )
    return True


def _stage1_cache_dir(args: argparse.Namespace, seeds: Path) -> Path | None:
    """Return stage 1's cache folder: the one given, or beside the folder of sources when the default
    would put it inside (`--seeds .` run from there: the sources are never written to)."""
    if args.no_cache:
        return None
    return seeds.resolve().parent / DEFAULT_CACHE if _cache_inside(args, seeds) else Path(args.cache)


def _inspect_cache(args: argparse.Namespace, folders: list[Path]) -> Stage1Cache | None:
    """Return inspect's cache: --cache, or Dossier's folder in the user's cache folder when the
    default would be inside the file's folder or the --corpus read with it (`inspect a.txt` run from
    inside the seeds: the sources are never written to); None with --no-cache or no such folder."""
    if args.no_cache:
        return None
    if not any(_cache_inside(args, folder) for folder in folders):
        return Stage1Cache(Path(args.cache))
    user = user_cache_folder()
    return Stage1Cache(user / "inspect") if user else None


def progress_lines() -> Callable[[int, int], None]:
    """Return what prints stage 1's progress: a line each time the sources analysed pass a multiple
    of PROGRESS_EVERY, and at the end (for PROGRESS_EVERY sources or more)."""
    return milestones(
        PROGRESS_EVERY, lambda done, total: print(f"stage 1: {done}/{total} sources analysed", file=sys.stderr)
    )


def run_stage1(args: argparse.Namespace) -> list[Failure]:
    """Run stage 1: every seed to docs/sources/<slug>.md; return the files that were skipped."""
    seeds = Path(args.seeds)
    if seeds.exists() and not seeds.is_dir():
        raise UsageError(f"{seeds}: is a file, not a folder of sources (pass --seeds DIR)")
    if not seeds.is_dir():
        raise UsageError(f"{seeds}: no such folder of sources (pass --seeds DIR)")
    if not list_sources(seeds):
        raise UsageError(f"{seeds}: the folder holds no source files ({', '.join(SOURCE_SUFFIXES)})")
    out_dir = Path(args.docs) / "sources"
    if _inside(out_dir, seeds):
        raise UsageError(
            f"{out_dir}: inside the folder of sources {_named(seeds)}, which is never written to: run from the folder "
            f"that holds it and docs/, or pass --docs outside it"
        )
    started = time.perf_counter()

    progress = None if args.quiet else progress_lines()
    try:
        result = run_stage1_on(
            seeds, out_dir, _options(args), jobs=args.jobs, executor=args.executor, scheduler=args.scheduler,
            cache_dir=_stage1_cache_dir(args, seeds), on_progress=progress,
        )  # fmt: skip
    except RuntimeError as exc:
        raise UsageError(str(exc)) from exc
    for failure in result.failures:
        _err(f"{failure.path}: skipped: {failure.message}")
    for notice in result.notices:
        _err(f"{notice.path}: {notice.message}")
    for path in result.report.conflicts:
        _err(f"{path}: not written: a file without the dossier generator marker is there (yours is kept)")
    if not args.quiet:
        took = time.perf_counter() - started
        r = result.report
        what = "nothing changed" if result.up_to_date else (
            f"{len(r.written)} written, {len(r.unchanged)} unchanged, {len(r.removed)} removed, "
            f"{result.cache_hits} from cache"
        )  # fmt: skip
        print(
            f"stage 1: {result.sources} sources -> {out_dir} ({what}; {len(result.failures)} skipped) in {took:.1f}s",
            file=sys.stderr,
        )
    return result.failures + [Failure(p, "conflict") for p in result.report.conflicts]


#: The site builders Dossier can run: MkDocs 1.6, and ProperDocs, its maintained drop-in fork,
#: which loads plugins registered as `mkdocs.plugins` (Dossier's) and reads mkdocs.yml.
BUILDERS = ("mkdocs", "properdocs")
#: Environment of the MkDocs runs Dossier starts: Material's end-of-life banner is not printed on
#: every build (the README says where the ecosystem stands).
MKDOCS_ENV = {"NO_MKDOCS_2_WARNING": "1"}
#: Stage 1's cache folder when --cache is not given, in the folder Dossier is run in.
DEFAULT_CACHE = ".dossier-cache"
#: The configuration read when --config is not given, in the folder Dossier is run in.
DEFAULT_CONFIG = "mkdocs.yml"
#: The files a folder needs to be a dossier besides its seeds (README: "Your own dossier"), and the
#: Dossier checkout they are copied from (where build_dossier.py sits).
STARTER_FILES = (Path("mkdocs.yml"), Path("docs/index.md"), Path("docs/entities.yml"))
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _check_config(args: argparse.Namespace, writes_site: bool = True) -> None:
    """Check the MkDocs configuration and (for a build) that the site's folder can be written,
    before stage 1: a wrong --config or a read-only site folder costs nothing, and is one line
    (MkDocs stops on the folder with a traceback)."""
    config = Path(args.config)
    if args.config == DEFAULT_CONFIG and not config.exists() and not config.is_symlink():
        raise UsageError(_no_dossier_here(config))
    try:
        settings = check_mkdocs_config(config)
    except UserFileError as exc:
        raise UsageError(str(exc)) from exc
    docs_dir = settings.get("docs_dir", "docs")
    if isinstance(docs_dir, str) and (config.parent / docs_dir).resolve() != Path(args.docs).resolve():
        # Stage 1 would write the source pages where the site builder does not read them: a site
        # without a source, and exit 0.
        raise UsageError(
            f"{args.docs}: --docs is not the folder {config} builds the site from (docs_dir: {docs_dir}); "
            f"the site would have none of the sources: pass --docs {config.parent / docs_dir}, or a --config "
            f"whose docs_dir is {args.docs}"
        )
    site_dir = settings.get("site_dir", "site")
    if writes_site and isinstance(site_dir, str) and (problem := _unwritable(config.parent / site_dir)):
        raise UsageError(f"{config.parent / site_dir}: the site's folder {problem} (site_dir in {config})")


def _no_dossier_here(config: Path) -> str:
    """Say what to do in a folder without the default configuration: run from the dossier's folder,
    or make this one a dossier with the files the README names (a new user's first run, from a
    folder holding only seeds/, was told to pass --config, a file they did not know they needed)."""
    start = ", ".join(str(p) for p in STARTER_FILES)
    where = f" from {PROJECT_ROOT}" if all((PROJECT_ROOT / p).is_file() for p in STARTER_FILES) else ""
    return (
        f"{config}: no such file in this folder: run Dossier from your dossier's folder, or make this one a "
        f"dossier by copying {start}{where} into it (README: Your own dossier), or pass --config FILE"
    )


def _unwritable(folder: Path) -> str | None:
    """Say why a folder (made if missing) could not be written, or None: the folder, else the
    nearest folder above it that exists, is asked."""
    here = folder
    while not here.exists() and here != here.parent:
        here = here.parent
    if not here.is_dir():
        return "is a file" if here == folder else f"cannot be made: {here} is a file"
    if not os.access(here, os.W_OK | os.X_OK):
        return "cannot be written (read-only, or not yours)"
    return None


def _mkdocs(command: str, args: argparse.Namespace, extra: tuple[str, ...] = ()) -> tuple[int, int]:
    """Run `mkdocs build` or `serve`; return its exit status and the number of Dossier warnings it printed.

    Its log passes through line by line; with --quiet only the INFO lines are left out (MkDocs'
    own --quiet would hide warnings, and with them what --strict counts).
    """
    strict = ["--strict"] if args.strict and command == "build" else []
    cmd = [sys.executable, "-m", args.builder, command, "-f", args.config, *strict, *extra]
    warnings = 0
    parent = os.getpid()
    # Ended with Dossier however it ends (on Linux): after a `kill` of `build_dossier.py serve`, the
    # server it started kept running, orphaned, holding its port. (SIGINT, which Ctrl-C sends both,
    # left `mkdocs serve` waiting on its threads.)
    with subprocess.Popen(cmd, env={**os.environ, **MKDOCS_ENV}, stderr=subprocess.PIPE, text=True,
                          encoding="utf-8", errors="replace",
                          preexec_fn=lambda: die_with_parent(parent, signal.SIGTERM)) as proc:  # fmt: skip
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("WARNING") and "dossier:" in line:
                warnings += 1
            if not (args.quiet and line.startswith("INFO")):
                sys.stderr.write(line)
    return proc.returncode, warnings


def cmd_build(args: argparse.Namespace) -> int:
    _check_config(args)
    skipped = run_stage1(args)
    code, warnings = _mkdocs("build", args)
    if code != 0:
        return 2
    return 1 if skipped or warnings else 0


def _check_dev_addr(addr: str) -> None:
    """Check that `serve` can listen at HOST:PORT before stage 1: a port another server holds made
    `mkdocs serve` stop with a traceback after stage 1 had run."""
    host, colon, port = addr.rpartition(":")
    if not colon or not host or not port.isdigit() or int(port) > 65535:
        raise UsageError(f"--dev-addr {addr}: not HOST:PORT (for example 127.0.0.1:8000)")
    try:
        family, kind, proto, _, where = socket.getaddrinfo(host.strip("[]"), int(port), type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server sets it
            probe.bind(where)
    except OSError as exc:
        hint = " (another server holds that port: pass another, such as 127.0.0.1:8001)"
        reason = f"{exc.strerror or exc}{hint if exc.errno == errno.EADDRINUSE else ''}"
        raise UsageError(f"--dev-addr {addr}: cannot serve there: {reason}") from exc


def cmd_serve(args: argparse.Namespace) -> int:
    _check_config(args, writes_site=False)  # mkdocs serve builds into a temporary folder
    _check_dev_addr(args.dev_addr)
    run_stage1(args)
    return _mkdocs("serve", args, ("--dev-addr", args.dev_addr))[0]


def cmd_ingest(args: argparse.Namespace) -> int:
    return 1 if run_stage1(args) else 0


def cmd_inspect(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; inspect reads one source file ({', '.join(SOURCE_SUFFIXES)})")
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    context = None if args.no_corpus else Path(args.corpus) if args.corpus else path.parent
    try:
        cache = _inspect_cache(args, [path.parent, *([context] if context else [])])
        article = analyse_file(path, _options(args), context, cache)
    except SourceError as exc:
        raise UsageError(f"{path}: {exc}") from exc
    data = inspect_dict(article)
    if args.json:
        # JSON escapes what a terminal that is not UTF-8 cannot show: one valid object whatever the text.
        print(json.dumps(data, ensure_ascii=not _writes_utf8(sys.stdout)))
        return 0
    print(f"{terminal_line(path)}\n")
    for key in ("title", "publisher", "date", "author", "url"):
        where = data["provenance"].get(key)
        origin = f"  (line {where['line']}, rule {where['rule']})" if where else ""
        print(f"{key:10s} {data[key] if data[key] is not None else '-'}{origin}")
    print(f"\nremoved {len(data['removed'])} lines:")
    for r in data["removed"]:
        print(f"  {r['line']:4d}  [{r['reason']}]  {r['text'][:100]}")
    print(f"\nentities ({len(data['entities'])}):")
    for e in data["entities"]:
        aliases = f"  aka {', '.join(e['aliases'])}" if e["aliases"] else ""
        print(f"  {e['type']:12s} {e['name']}{aliases}")
    print(f"\nbody ({len(article.paragraphs)} paragraphs):")
    for p in article.paragraphs:
        print(f"  {p.number:4d}  {p.text[:110]}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    import tempfile

    untuned = next((name for name in _set_names(args) if not name.endswith("-tune")), None)
    if args.half and untuned:
        raise UsageError(
            f"--half splits tune sets only, not --set {untuned}: real-tune, judged-tune or one such as l3s-gn1-page-tune"
        )
    sets = _evaluation_sets(args)
    failed = []
    floors = _floors(args.floors) if args.floors else {}
    options = _options(args)
    if args.unseen_sites:
        unseen = options.publishers.without_sites(_tune_sites(sets), names=_tune_publishers(sets))
        options = replace(options, publishers=unseen)
    if args.headline_removed:
        _tune_sites(sets, "--headline-removed")  # tune sets only: the proxy measures the rules
    with tempfile.TemporaryDirectory(prefix="dossier-evaluate-") as scratch:
        for name, (articles, gold) in sets.items():
            if not gold.is_dir() and not name.startswith(LABEL_SETS):
                _err(f"evaluation set {name!r}: {gold} is missing; skipped")
                continue
            # a check half, like a scored part, is read by its figures only
            by_figures = name.endswith("-scored") or args.half == "check"
            score = _score_set(name, articles, gold, args, options, by_figures, Path(scratch) / name)
            figures = _print_set(name, score, args, by_figures)
            # a set's floors hold for the whole set as it is, not for a half of it nor for a proxy
            for key, floor in ({} if args.half or args.headline_removed else floors.get(name, {})).items():
                value = figures.get(key)
                if value is None or (value > floor if _at_most(key) else value < floor):
                    failed.append(f"{name} {key}={value} (floor {floor})")
    for f in failed:
        _err(f"below the floor: {f}")
    return 1 if failed else 0


def _score_set(
    name: str,
    articles: Path,
    gold: Path,
    args: argparse.Namespace,
    options: Options,
    by_figures: bool,
    scratch: Path,
) -> Any:
    """Score one evaluation set as `evaluate`'s options ask (a baseline instead of Dossier, a half
    of a tune set, the headline-removed proxy written into `scratch`); return its `Score`."""
    from .evaluation import baseline_output, evaluate, evaluate_groups, headline_removed

    def run(paths: list[Path]) -> dict[Path, dict[str, Any]]:
        if args.baseline:
            return {p: baseline_output(args.baseline, p.read_text(encoding="utf-8")) for p in paths}
        with make_executor(args.executor, args.jobs, args.scheduler, len(paths)) as executor:
            analysed, failures = analyse_corpus(paths, options, executor=executor, cache=_cache(args))
        _report_skipped(name, failures, by_figures)
        by_name = {a.source_file: inspect_dict(a) for a in analysed}
        empty = {"body": "", "entities": []}
        return {p: by_name.get(p.name, empty) for p in paths}

    if name.startswith("entities-"):
        from .realpages import entity_groups

        groups = entity_groups(Path(REAL_ENTITIES), name.removeprefix("entities-"), articles)
        return evaluate_groups(_halved(groups, args.half), run)
    if name.startswith("judged-"):
        from .judgedpages import judged_groups

        return evaluate_groups(_halved(judged_groups(Path(REAL_JUDGED), articles), args.half), run)
    keep = None
    if args.half:
        from .realpages import half_of

        keep = lambda g: half_of(str(g.get("site") or "")) == args.half  # noqa: E731
    texts = articles
    if args.headline_removed:
        # only the pages whose headline's lines the gold marks, each with them emptied
        texts = headline_removed(articles, gold, scratch)
        keep = _with_headline_lines(keep)
    return evaluate(texts, gold, run, _hand_labels(name, articles), keep)


def _print_set(name: str, score: Any, args: argparse.Namespace, by_figures: bool) -> dict[str, Any]:
    """Print a set's line of figures (with its rows under -v, its rules under --by-rule, its splits
    and merges, none of which a part read by its figures only prints); return the figures."""
    from .evaluation import format_figures

    label = f"{name} ({args.half} half)" if args.half else name
    if args.headline_removed:
        label += " (headline removed)"
    if args.verbose and not by_figures:
        print("\n".join(score.rows + score.judged_rows()))
    figures = score.figures()
    print(format_figures(label, figures), flush=True)
    if args.by_rule and score.by_rule:
        print(f"{label}: article lines lost / chrome lines removed, by rule")
        print("\n".join(score.rule_rows()), flush=True)
    if args.by_rule and score.by_field_rule:
        print(f"{label}: metadata by the rule that gave it")
        print("\n".join(score.field_rule_rows()), flush=True)
    if score.split() and not by_figures:
        print(f"{label}: entities split across names: {dict(score.split())}")
    merged = {n: golds for (_, n), golds in score.merged.items() if len(golds) > 1}
    if merged and not by_figures:
        print(f"{label}: entities merged under one name: {merged}")
    return figures


def _report_skipped(name: str, failures: list[Failure], by_figures: bool) -> None:
    """Say which files of an evaluation set were skipped and why, a line each; of a part read by its
    figures alone (a scored part, a check half) only how many and why (an empty rendering's name is
    a look at the part all the same)."""
    if not by_figures:
        for failure in failures:
            _err(str(failure))
        return
    reasons = Counter(f.message for f in failures)
    if reasons:
        said = ", ".join(f"{count} {message}" for message, count in sorted(reasons.items()))
        _err(f"evaluation set {name!r}: {len(failures)} files skipped ({said})")


def _at_most(key: str) -> bool:
    """Tell whether a floor of tests/floors.yml is a maximum: counts of wrong outcomes (invented and
    wrong values, splits, merges, judged names lost) and shares of pages that are no names."""
    return key.endswith(("_invented", "_wrong", "_split", "_merged", "_lost")) or key.startswith(
        ("not_names", "chrome_entities")
    )


def _with_headline_lines(keep: Callable[[dict[str, Any]], bool] | None) -> Callable[[dict[str, Any]], bool]:
    """Keep the pages `keep` keeps (all, when None) whose gold marks the headline's lines."""
    return lambda gold: bool(gold.get("title_lines")) and (keep is None or keep(gold))


def _halved(groups: dict[str, list[Any]], half: str | None) -> dict[str, list[Any]]:
    """Keep the groups (event clusters, judged groups) of one half, by a hash of the group's name."""
    if not half:
        return groups
    from .realpages import half_of

    return {g: members for g, members in groups.items() if half_of(g) == half}


def _tune_sites(sets: dict[str, tuple[Path, Path]], option: str = "--unseen-sites") -> set[str]:
    """The sites of every real tune page (each gold file's `site`), for `evaluate --unseen-sites`:
    only tune sets may be scored so (a proxy measures the rules, it does not tune them)."""
    real = [n for n in sets if n not in EVAL_SETS and not n.startswith(LABEL_SETS)]
    if not real or any(not n.endswith("-tune") for n in real):
        raise UsageError(f"{option} scores real tune sets only: --set real-tune or one such as l3s-gn1-page-tune")
    folders = {sets[n][0].parent.parent for n in real}
    sites = set()
    for gold in (g for folder in folders for g in folder.glob("*-tune/gold/*.yaml")):
        m = re.search(r"^site:\s*['\"]?([^'\"\s]+)", gold.read_text(encoding="utf-8"), re.M)
        if m:
            sites.add(m.group(1).lower())
    return sites


def _tune_publishers(sets: dict[str, tuple[Path, Path]]) -> set[str]:
    """The publishers every real tune set's pages are hand-labelled with (`tests/realpages/metadata.yml`),
    for `evaluate --unseen-sites`: an outlet the table lists under another domain than its tune
    page's site, or under none, is stripped by its name."""
    from .realpages import CORPORA, RENDERINGS, set_name

    folders = {sets[n][0].parent.parent for n in sets if n.endswith("-tune")}
    return {
        str(label["publisher"])
        for folder in folders
        for name in (set_name(c, r, "tune") for c in CORPORA for r in RENDERINGS)
        if (folder / name / "articles").is_dir()
        for label in _hand_labels(name, folder / name / "articles").values()
        if label.get("publisher")
    }


def _hand_labels(set_name: str, articles: Path) -> dict[str, dict[str, Any]]:
    """The hand-made metadata labels of a real-page set's pages, by file stem."""
    from .realpages import hand_labels

    return hand_labels(Path(REAL_LABELS), set_name, articles) if Path(REAL_LABELS).is_file() else {}


def _set_names(args: argparse.Namespace) -> list[str]:
    """The sets --set names, in the order given (each once); all of them when none is named."""
    return list(dict.fromkeys(args.set or ["all"]))


def _evaluation_sets(args: argparse.Namespace) -> dict[str, tuple[Path, Path]]:
    """Resolve every --set to the folders of the sets it names: articles and gold, by set name."""
    sets: dict[str, tuple[Path, Path]] = {}
    for wanted in _set_names(args):
        sets.update(_evaluation_set(args, wanted))
    return sets


def _evaluation_set(args: argparse.Namespace, wanted: str) -> dict[str, tuple[Path, Path]]:
    """Resolve one --set to the folders of the sets it names: articles and gold, by set name."""
    own = {name: (Path(a), Path(g)) for name, (a, g) in EVAL_SETS.items()}
    real_groups = ("all", "real", "real-tune", "real-scored", "entities")
    real: dict[str, tuple[Path, Path]] = {}
    if wanted not in own and wanted != "own":
        from . import realpages

        named = [
            realpages.set_name(c, r, p)
            for c in realpages.CORPORA
            for r in realpages.RENDERINGS
            for p in realpages.PARTS
        ]
        if wanted not in (*real_groups, *named, *(f"entities-{p}" for p in realpages.PARTS), "judged-tune"):
            # said before the corpora are looked for: a mistyped name is not a missing archive
            known = ", ".join(
                [*own, "own", *real_groups, "judged-tune", "a real set such as l3s-gn1-page-tune or entities-tune"]
            )
            raise UsageError(f"--set {wanted}: no such evaluation set (known: {known})")
        corpora = Path(args.corpora)
        try:
            folder = realpages.prepare(corpora, args.jobs)
        except ImportError as exc:
            raise UsageError(
                f"the real-page sets need the evaluation extras ({exc.name}): pip install -e '.[test]'"
            ) from exc
        if folder is None:
            missing = f"{corpora}: none of the corpus archives ({', '.join(realpages.CORPORA)}) is there"
            if wanted != "all":
                raise UsageError(missing)
            _err(f"{missing}; the real-page sets are left out (pass --corpora DIR)")
        for corpus in realpages.CORPORA:
            for rendering in realpages.RENDERINGS:
                for part in realpages.PARTS:
                    name = realpages.set_name(corpus, rendering, part)
                    if folder is not None and (folder / name).is_dir():
                        real[name] = (folder / name / "articles", folder / name / "gold")
        if folder is not None and Path(REAL_ENTITIES).is_file():
            for part in realpages.PARTS:
                real[f"entities-{part}"] = (folder, folder)
        if folder is not None and Path(REAL_JUDGED).is_file():
            real["judged-tune"] = (folder, folder)
    if wanted == "own":
        return own
    if wanted == "all":
        return {**own, **real}
    if wanted == "entities":
        return {n: v for n, v in real.items() if n.startswith("entities-")}
    if wanted in real_groups:
        part = wanted.removeprefix("real").lstrip("-")
        return {n: v for n, v in real.items() if not part or n.endswith(f"-{part}")}
    if wanted in own:
        return {wanted: own[wanted]}
    if wanted in real:
        return {wanted: real[wanted]}
    raise UsageError(f"--set {wanted}: that set's files are not in {args.corpora}")


def _floors(path: str) -> dict[str, dict[str, float]]:
    import yaml

    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def _positive(value: str) -> int:
    """An argument that counts workers: a whole number of at least one (0 or -3 ran serially, unsaid)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return number


#: Width of a command's description in its --help (kept as written otherwise, for its examples).
HELP_WIDTH = 78
#: Each command's --help: what it does (read before its options) and examples to copy.
COMMAND_HELP = {
    "build": (
        "Stage 1 reads every source in --seeds (never changing them), cleans and tags each and writes "
        "one page per source to <docs>/sources/; then the site builder renders the dossier from "
        "--config into its site_dir (site/). Sources analysed before come from the cache.",
        "  python build_dossier.py                  # the same as `build`, in the project's folder\n"
        "  python build_dossier.py build --seeds ~/event/articles -q\n"
        "  python build_dossier.py build --strict   # a warning fails the build (exit 2)",
    ),
    "serve": (
        "Stage 1 (as build), then serve the dossier at --dev-addr, rebuilt and reloaded in the browser "
        "when a note or the registry changes. Stop it with Ctrl-C. New seeds need stage 1 again: restart it.",
        "  python build_dossier.py serve            # then open http://127.0.0.1:8000\n"
        "  python build_dossier.py serve --dev-addr 127.0.0.1:8001",
    ),
    "ingest": (
        "Stage 1 alone: write <docs>/sources/*.md from --seeds and build no site (run `mkdocs build` "
        "later). Exit 1 when a source was skipped.",
        "  python build_dossier.py ingest\n  python build_dossier.py ingest --seeds other/ --docs other-docs/",
    ),
    "inspect": (
        "Show what cleaning and tagging do to one file: each removed line with the rule that removed it, "
        "the title, publisher, date, author and url with the line and rule each came from, the entities "
        "and the cleaned paragraphs. Names are resolved against the other sources in the file's folder. "
        "Nothing is written but caches: the analyses in --cache (.dossier-cache, or ~/.cache/dossier/inspect when "
        "that would be inside the file's folder, which is never written to; --no-cache writes none) and the "
        "tables derived from the libraries' data in ~/.cache/dossier.",
        "  python build_dossier.py inspect seeds/000_29186c0ec3ab31ab.txt\n"
        "  python build_dossier.py inspect article.txt --json --no-corpus   # one JSON object",
    ),
    "evaluate": (
        "Score cleaning (body kept, boilerplate removed), metadata and entities against gold labels and "
        "print a line of figures per set; with --floors, exit 1 when a figure misses its floor (under a minimum, "
        "over a maximum such as a count of invented values, or not given by the set). The "
        "real-page sets are rendered from the archives in --corpora on first use.",
        "  python build_dossier.py evaluate --set own\n"
        "  python build_dossier.py evaluate --set l3s-gn1-page-tune --corpora /data/corpora -v\n"
        "  python build_dossier.py evaluate --set real-tune --floors tests/floors.yml",
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build_dossier.py",
        description="Turn a folder of scraped news articles into a cross-linked research site. "
        "With no command: stage 1 (seeds -> docs/sources/*.md) then `mkdocs build` into site/.",
        epilog="Exit status: 0 built; 1 built, but a source was skipped or Dossier warned during the build; "
        "2 nothing built (bad arguments or files, or the build failed: with --strict, any warning). Add notes as docs/notes/*.md and rebuild with plain `mkdocs build`.",
    )
    # Each command lists only the options it reads: the site's (build, serve, ingest), the analysis'
    # (all but evaluate's own gold sets read the user's tables), the workers' (stage 1, evaluate).
    analysis = argparse.ArgumentParser(add_help=False)
    analysis.add_argument(
        "--docs", default="docs", help="MkDocs docs folder: its entities.yml is read; build, serve and ingest "
        "write only its sources/; for build and serve, the docs_dir of mkdocs.yml (default: docs)",
    )  # fmt: skip
    analysis.add_argument(
        "--rules", type=Path, help="YAML file of extra cleaning rules, tried before the built-in ones"
    )
    analysis.add_argument("--publishers", type=Path, help="YAML file of extra outlets (name, domains, aliases)")
    analysis.add_argument(
        "--cache", default=DEFAULT_CACHE,
        help=f"stage 1 cache folder (default: {DEFAULT_CACHE}; beside the folder of sources when run inside it)",
    )  # fmt: skip
    analysis.add_argument("--no-cache", action="store_true", help="analyse every source again, ignoring the cache")
    workers = argparse.ArgumentParser(add_help=False)
    workers.add_argument(
        "--jobs", type=_positive, default=os.cpu_count() or 1, help="processes for stage 1, 1 or more (default: "
        "the number of cores)",
    )  # fmt: skip
    workers.add_argument("--executor", choices=EXECUTORS, default="process",
                         help="where stage 1 runs: a local process pool (default), a Dask cluster (needs the dask "
                         "extra), or serially")  # fmt: skip
    workers.add_argument("--scheduler", help="Dask scheduler address for --executor dask, e.g. tcp://host:8786")
    site = argparse.ArgumentParser(add_help=False, parents=[analysis, workers])
    site.add_argument("--seeds", default="seeds", help="folder of raw source files, never modified (default: seeds)")
    site.add_argument("--config", default=DEFAULT_CONFIG, help="MkDocs configuration file (default: mkdocs.yml)")
    site.add_argument(
        "--builder", choices=BUILDERS, default=os.environ.get("DOSSIER_BUILDER", "mkdocs"),
        help="the site builder run after stage 1: mkdocs, or its maintained fork properdocs (pip install "
        "properdocs); default: $DOSSIER_BUILDER, else mkdocs",
    )  # fmt: skip
    site.add_argument(
        "--strict", action="store_true", help="run the site builder with --strict: any warning of the build stops "
        "it (exit 2, no site); a skipped source exits 1 with or without it",
    )  # fmt: skip
    site.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, parents: list[argparse.ArgumentParser], summary: str) -> argparse.ArgumentParser:
        """A command whose --help opens with what it does and closes with examples (COMMAND_HELP)."""
        description, examples = COMMAND_HELP[name]
        return sub.add_parser(
            name, parents=parents, help=summary, description=textwrap.fill(description, HELP_WIDTH),
            epilog="examples:\n" + examples,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip

    command("build", [site], "stage 1, then mkdocs build (the default)").set_defaults(func=cmd_build)
    serve = command("serve", [site], "stage 1, then mkdocs serve with live reload")
    serve.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on (default: 127.0.0.1:8000)")
    serve.set_defaults(func=cmd_serve)
    command("ingest", [site], "stage 1 only: write docs/sources/*.md").set_defaults(func=cmd_ingest)
    inspect = command("inspect", [analysis], "show what cleaning and tagging do to one file")
    inspect.add_argument("file", help="the source file to inspect")
    inspect.add_argument("--json", action="store_true", help="print exactly one JSON object (the evaluation contract)")
    inspect.add_argument("--corpus", help="folder of sources used to resolve names (default: the file's folder)")
    inspect.add_argument("--no-corpus", action="store_true", help="resolve names within the file only")
    inspect.set_defaults(func=cmd_inspect)
    evaluate = command("evaluate", [analysis, workers], "score cleaning, metadata and entities against gold labels")
    evaluate.add_argument(
        "--set",
        action="append",
        help="which gold set (repeat --set to score several in one run): seeds, tune, holdout, own (those three), real (every real-page set), real-tune, "
        "real-scored, entities (the real articles' entity labels: entities-tune and entities-scored), judged-tune "
        "(every entity page of fresh tune pages judged by hand: name or not), one real set such as "
        "l3s-gn1-page-tune, or all (default)",
    )
    evaluate.add_argument(
        "--corpora",
        default="../shared/corpora",
        help="folder of the real-page archives (l3s-gn1.tar.xz, dragnet.tar.xz, readability.tar.xz); they are "
        "rendered as scrapers render pages, once, into the user's cache folder (default: ../shared/corpora)",
    )
    evaluate.add_argument(
        "--baseline",
        choices=("justext", "trafilatura"),
        help="score a baseline extractor on the same sets instead of Dossier (each line a paragraph, as the "
        "external scorer gives it)",
    )
    evaluate.add_argument(
        "--unseen-sites",
        action="store_true",
        help="the unseen-site proxy: score real tune sets with the outlet table stripped of every outlet "
        "publishing from a tune page's site or named by a tune page's publisher label (wire agencies kept), as "
        "the rules read sites the table never saw",
    )
    evaluate.add_argument(
        "--headline-removed",
        action="store_true",
        help="the headline-removed proxy: score real tune pages whose headline the gold marks with those lines "
        "emptied, as a reader-mode extractor that dropped the headline leaves them; a title found elsewhere than "
        "in the page's <title> is counted wrong",
    )
    evaluate.add_argument(
        "--half",
        choices=("read", "check"),
        help="score one half of the tune sets' sites (event clusters for entity sets), split by a second hash: "
        "develop a rule reading the 'read' half, then confirm on the 'check' half, which, like a scored part, "
        "is read by its figures only (no -v rows); floors are not applied to a half",
    )
    evaluate.add_argument(
        "--by-rule",
        action="store_true",
        help="after each set's figures, a row per removal rule: the article lines it lost and the chrome lines it "
        "removed (counts only, so a scored part prints them too); an article line lost that no rule removed is "
        "counted as '(kept, cut or merged)'; then a row per metadata field and the rule that gave its value: "
        "how many it gave right, wrong and invented (missed ones under '-')",
    )
    evaluate.add_argument(
        "--floors",
        help="YAML of floors per set (minimum figures, maximum counts of wrong values); exit 1 when one is not met",
    )
    evaluate.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print a row per file with what was wrong (not for a scored part: it is read by its figures only)",
    )
    evaluate.set_defaults(func=cmd_evaluate)
    return parser


def _writes_utf8(stream: Any) -> bool:
    return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "utf-8"


def _os_reason(exc: OSError) -> str:
    """Say what an OS error means to the user: "File exists" alone did not say that a file of theirs
    stood where Dossier makes a folder (a `docs/sources` file)."""
    if isinstance(exc, FileExistsError):
        return "a file is in the way of a folder Dossier writes (move or rename it)"
    if isinstance(exc, NotADirectoryError):
        return "a file is in the way of a folder on this path (move or rename it)"
    return exc.strerror or str(exc)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        argv = ["build", *argv]
    args = parser.parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):  # a character the terminal cannot show is escaped, not fatal
        sys.stdout.reconfigure(errors="backslashreplace")
    if args.command is None:
        args = parser.parse_args(["build"])
    try:
        code = args.func(args)
    except UsageError as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:  # the reader went away (`inspect ... | head`): not an error of ours
        sys.stderr.close()
        return 0
    except OSError as exc:  # a full disk, a folder that cannot be written: the site was not built
        where = f"{exc.filename}: " if exc.filename else ""
        _err(f"{where}{_os_reason(exc)}; stopped, the site was not built")
        return 2
    return code
