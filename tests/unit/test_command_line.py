"""What the command line says about a mistake in its own arguments, before it reads anything."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dossier.cli import UsageError, _evaluation_sets, _mkdocs, build_parser, cmd_evaluate


def test_a_mistyped_set_is_named_as_such_even_without_the_corpora(tmp_path: Path) -> None:
    args = build_parser().parse_args(["evaluate", "--set", "real-tunes", "--corpora", str(tmp_path)])
    with pytest.raises(UsageError, match=r"^--set real-tunes: no such evaluation set \(known: seeds, .*entities"):
        _evaluation_sets(args)


def test_a_real_set_whose_archive_is_missing_names_the_folder(tmp_path: Path) -> None:
    args = build_parser().parse_args(["evaluate", "--set", "dragnet-page-tune", "--corpora", str(tmp_path)])
    with pytest.raises(UsageError, match="none of the corpus archives"):
        _evaluation_sets(args)


def test_set_given_twice_scores_both_sets_not_only_the_last() -> None:
    args = build_parser().parse_args(["evaluate", "--set", "seeds", "--set", "holdout", "--set", "seeds"])
    assert list(_evaluation_sets(args)) == ["seeds", "holdout"]


def test_half_refuses_any_named_set_that_is_not_a_tune_set(tmp_path: Path) -> None:
    args = build_parser().parse_args(["evaluate", "--set", "l3s-gn1-page-tune", "--set", "seeds", "--half", "read"])
    with pytest.raises(UsageError, match=r"^--half splits tune sets only, not --set seeds:"):
        cmd_evaluate(args)


@pytest.mark.parametrize("command", ["inspect", "evaluate"])
def test_commands_that_build_no_site_list_no_site_options(command: str) -> None:
    parser = build_parser()
    [commands] = [a for a in parser._actions if a.dest == "command"]
    listed = commands.choices[command].format_help()
    for option in ("--seeds", "--config", "--builder", "--strict", "--quiet"):
        assert option not in listed
    assert "--rules" in listed and "--no-cache" in listed  # what the analysis reads is still there


def test_strict_is_described_as_what_it_does() -> None:
    [commands] = [a for a in build_parser()._actions if a.dest == "command"]
    listed = " ".join(commands.choices["build"].format_help().split())
    assert "skipped files" not in listed  # it never turned a skipped source into a failure
    assert "any warning of the build stops it (exit 2, no site)" in listed


def test_quiet_serve_leaves_out_the_builders_info_lines_but_not_its_warnings(tmp_path, monkeypatch, capfd) -> None:
    (tmp_path / "fakebuilder.py").write_text(
        "import sys\nprint('INFO    -  Building documentation...', file=sys.stderr)\n"
        "print('WARNING -  dossier: notes/a.md: a problem', file=sys.stderr)\n"
    )
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    args = argparse.Namespace(builder="fakebuilder", config="mkdocs.yml", strict=False, quiet=True)
    assert _mkdocs("serve", args, ("--dev-addr", "127.0.0.1:0")) == (0, 1)
    err = capfd.readouterr().err
    assert "a problem" in err and "Building documentation" not in err


def test_the_unseen_site_proxy_reads_tune_sites_only(tmp_path: Path) -> None:
    from dossier.cli import _tune_sites

    for part, site in (("tune", "harbourledger.example"), ("scored", "valleypost.example")):
        gold = tmp_path / f"l3s-gn1-page-{part}" / "gold"
        gold.mkdir(parents=True)
        (gold / "a.yaml").write_text(f"corpus: l3s-gn1\nsite: {site}\n", encoding="utf-8")
    tune = {"l3s-gn1-page-tune": (tmp_path / "l3s-gn1-page-tune" / "articles", tmp_path / "l3s-gn1-page-tune" / "gold")}
    assert _tune_sites(tune) == {"harbourledger.example"}
    scored = {"l3s-gn1-page-scored": (tmp_path / "l3s-gn1-page-scored" / "articles", tmp_path / "x")}
    with pytest.raises(UsageError, match="tune sets only"):
        _tune_sites({**tune, **scored})


@pytest.mark.parametrize("jobs", ["0", "-3", "two"])
def test_a_number_of_jobs_below_one_is_refused_naming_the_option(jobs: str, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["ingest", "--jobs", jobs])
    assert stop.value.code == 2
    assert f"argument --jobs: {jobs!r} is not a number of processes (1 or more)" in capsys.readouterr().err


def test_the_docs_option_says_that_only_the_site_commands_write_there() -> None:
    [commands] = [a for a in build_parser()._actions if a.dest == "command"]
    listed = " ".join(commands.choices["inspect"].format_help().split())
    assert "stage 1 writes" not in listed  # inspect writes nothing
    assert "build, serve and ingest write only its sources/" in listed


def test_an_evaluation_sets_skipped_files_are_named_but_a_scored_parts_only_counted(capsys):
    # A scored part (or a check half) is read by its figures alone: an empty rendering's file name
    # is a look at it.
    from dossier.cli import _report_skipped
    from dossier.pipeline import Failure

    failures = [Failure(Path("/c/x-scored/articles/a1.txt"), "is empty"), Failure(Path("/c/b2.txt"), "is empty")]
    _report_skipped("l3s-gn1-reader-scored", failures, by_figures=True)
    said = capsys.readouterr().err
    assert "a1" not in said and "b2" not in said
    assert "2 files skipped (2 is empty)" in said
    _report_skipped("l3s-gn1-reader-tune", failures, by_figures=False)
    said = capsys.readouterr().err.splitlines()
    assert len(said) == 2 and "a1.txt: is empty" in said[0]
    _report_skipped("entities-scored", [], by_figures=True)
    assert capsys.readouterr().err == ""


def test_a_site_folder_that_cannot_be_written_is_one_line_before_stage_1(tmp_path: Path, monkeypatch) -> None:
    import os

    from dossier.cli import _check_config

    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: X\nsite_dir: out\n", encoding="utf-8")
    args = argparse.Namespace(config=str(config), docs=str(tmp_path / "docs"))
    _check_config(args)  # missing: made by the build, in a folder that can be written
    (tmp_path / "out").write_text("a file of yours\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"out: the site's folder is a file \(site_dir in .*mkdocs.yml\)$"):
        _check_config(args)
    (tmp_path / "out").unlink()
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != tmp_path / "out")  # read-only there
    with pytest.raises(UsageError, match=r"out: the site's folder cannot be written"):
        _check_config(args)
    _check_config(args, writes_site=False)  # serve builds elsewhere


def test_stage_1_run_inside_the_folder_of_sources_writes_nothing_there(tmp_path: Path, monkeypatch, capsys) -> None:
    """`--seeds .` from inside the seeds folder: the cache goes beside it (the next run from the
    project's folder finds it), and docs/sources or a --cache inside it is refused, not written."""
    from dossier.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Talks End\n\nThe talks in Vienna ended on Tuesday without a deal.\n", encoding="utf-8"
    )
    monkeypatch.chdir(seeds)
    assert main(["ingest", "--seeds", ".", "-q"]) == 2
    assert capsys.readouterr().err.startswith(f"dossier: docs/sources: inside the folder of sources {seeds}, ")
    assert main(["ingest", "--seeds", ".", "--docs", "../docs", "--cache", "mine", "-q"]) == 2
    assert "mine: inside the folder of sources" in capsys.readouterr().err
    assert main(["ingest", "--seeds", ".", "--docs", "../docs", "-q"]) == 0
    assert sorted(p.name for p in seeds.iterdir()) == ["a.txt"]
    assert (tmp_path / ".dossier-cache").is_dir() and (tmp_path / "docs" / "sources" / "a.md").is_file()


@pytest.mark.parametrize("name", ["build", "serve", "ingest", "inspect", "evaluate"])
def test_each_commands_help_says_what_it_does_and_shows_an_example(name: str) -> None:
    [commands] = [a for a in build_parser()._actions if a.dest == "command"]
    listed = commands.choices[name].format_help()
    description = listed.split("\n\n")[1]
    assert not description.startswith(("options:", "positional")) and len(description.split()) >= 15
    examples = listed.split("\nexamples:\n", 1)[1]
    assert f"  python build_dossier.py {name} " in examples


def test_all_sets_without_the_corpora_says_the_real_sets_are_left_out(tmp_path: Path, capsys) -> None:
    args = build_parser().parse_args(["evaluate", "--corpora", str(tmp_path)])
    assert set(_evaluation_sets(args)) == {"seeds", "tune", "holdout"}
    err = capsys.readouterr().err.splitlines()
    assert err == [f"dossier: {tmp_path}: none of the corpus archives (l3s-gn1, dragnet, readability) is there; "
                   "the real-page sets are left out (pass --corpora DIR)"]  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
def test_the_site_builder_ends_when_dossier_is_killed(tmp_path: Path) -> None:
    # `build_dossier.py serve` killed left `mkdocs serve` running, orphaned, holding its port.
    (tmp_path / "slowbuilder.py").write_text(
        f"import os, time\nopen({str(tmp_path / 'child.pid')!r}, 'w').write(str(os.getpid()))\ntime.sleep(60)\n"
    )
    script = (
        "import argparse\nfrom dossier.cli import _mkdocs\n"
        "_mkdocs('serve', argparse.Namespace(builder='slowbuilder', config='mkdocs.yml', strict=False, quiet=True))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    dossier = subprocess.Popen([sys.executable, "-c", script], env=env, cwd=tmp_path)
    pid_file = tmp_path / "child.pid"
    deadline = time.monotonic() + 30
    while not (pid_file.is_file() and pid_file.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    child = int(pid_file.read_text())
    dossier.kill()
    dossier.wait()

    def running() -> bool:
        try:
            state = Path(f"/proc/{child}/status").read_text()
        except OSError:
            return False
        return "\nState:\tZ" not in state  # a zombie has ended

    deadline = time.monotonic() + 10
    while running() and time.monotonic() < deadline:
        time.sleep(0.05)
    left = running()
    if left:  # not left behind by the test either
        os.kill(child, 9)
    assert not left


class _Figures:
    """What `evaluate` returns for a set, reduced to fixed figures (no file is analysed)."""

    rows: list[str] = []
    merged: dict = {}

    def __init__(self, figures: dict[str, float]) -> None:
        self._figures = figures

    def figures(self) -> dict[str, float]:
        return self._figures

    def judged_rows(self) -> list[str]:
        return []

    def split(self) -> dict:
        return {}


@pytest.mark.parametrize(
    ("floors", "code"),
    [
        ("tiny: {body: 0.9}", 0),  # at the floor: met
        ("tiny: {body: 0.91}", 1),  # under a minimum
        ("tiny: {title_invented: 2}", 0),  # a count of wrong values at its maximum: met
        ("tiny: {title_invented: 1}", 1),  # over a maximum
        ("tiny: {author: 0.5}", 1),  # a floor of a figure the set does not give (a mistyped key) fails
        ("other: {body: 1.0}", 0),  # another set's floors are not this run's
    ],
)
def test_evaluate_exits_1_when_a_figure_is_under_its_floor(tmp_path, monkeypatch, capsys, floors, code) -> None:
    # The gate tests/test_evaluation.py runs over tests/floors.yml: its exit code is the test's verdict.
    import dossier.cli as cli
    import dossier.evaluation as evaluation

    monkeypatch.setattr(cli, "EVAL_SETS", {"tiny": (str(tmp_path), str(tmp_path))})
    monkeypatch.setattr(evaluation, "evaluate", lambda *a, **k: _Figures({"body": 0.9, "title_invented": 2}))
    (tmp_path / "floors.yml").write_text(floors, encoding="utf-8")
    assert cli.main(["evaluate", "--set", "tiny", "--floors", str(tmp_path / "floors.yml")]) == code
    assert ("below the floor: tiny" in capsys.readouterr().err) == bool(code)


def test_ci_runs_the_readme_test_command_over_the_tests_folder() -> None:
    # The README promises that CI runs exactly its test command; .ci/run carries it verbatim, and
    # the command names no path, so what it collects is pyproject's testpaths.
    import re
    import tomllib

    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    [command] = re.findall(r"^python3 -m venv \.venv && .*-m pytest$", readme, re.M)
    assert command in (root / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["pytest"]["ini_options"]["testpaths"] == ["tests"]


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_inspect_is_read_whole_whatever_the_terminal_s_encoding(tmp_path: Path, encoding: str) -> None:
    # A terminal that is not UTF-8 (a Windows console, LANG=...ISO-8859-1) cannot show "＜" or "北":
    # inspect stopped with a traceback, and --json printed nothing.
    import json

    title = "＜b＞ 北京 harbour vote 😀"
    name = os.fsdecode(b"caf\xe9.txt")  # named in Latin-1: the header writes the byte as its escape
    (tmp_path / name).write_text(f"{title}\n\nThe council of 北京 voted on Tuesday, said Ivan Petrov.\n")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": str(root)}
    for extra in ("--json", "--no-corpus"):
        result = subprocess.run(
            [sys.executable, str(root / "build_dossier.py"), "inspect", name, "--no-corpus", "--no-cache", extra],
            cwd=tmp_path, capture_output=True, env=env, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr[-500:]
        if extra == "--json":
            assert json.loads(result.stdout)["title"] == title
        else:
            assert result.stdout.startswith(b"caf\\xe9.txt\n") and b"\\u5317" in result.stdout


def test_a_half_is_taken_of_tune_sets_only(tmp_path: Path) -> None:
    from dossier.cli import cmd_evaluate

    args = build_parser().parse_args(
        ["evaluate", "--set", "dragnet-page-scored", "--half", "check", "--corpora", str(tmp_path)]
    )
    with pytest.raises(UsageError, match=r"^--half splits tune sets only, not --set dragnet-page-scored"):
        cmd_evaluate(args)


def test_the_headline_removed_proxy_scores_real_tune_sets_only(tmp_path: Path) -> None:
    from dossier.cli import cmd_evaluate

    args = build_parser().parse_args(["evaluate", "--set", "seeds", "--headline-removed", "--corpora", str(tmp_path)])
    with pytest.raises(UsageError, match=r"^--headline-removed scores real tune sets only"):
        cmd_evaluate(args)
