"""The mistakes a new user makes: each gets one line on stderr naming the file, the line and what is
wrong, and the exit status the README gives it (2: nothing built; 1: built, something left out)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import make_project, run_dossier


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = make_project(tmp_path / "project")
    for extra in list((project / "seeds").iterdir())[2:]:  # two sources build in a second
        extra.unlink()
    return project


def _lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def test_a_yaml_mistake_in_the_registry_is_one_line_and_exit_2(project: Path) -> None:
    (project / "docs" / "entities.yml").write_text("entities:\n  - name: Sergei Lavrov\n    aliases: [Lavrov\n")
    result = run_dossier(project, "-q")
    assert result.returncode == 2
    assert _lines(result.stderr) == [
        "dossier: docs/entities.yml: line 4, column 1: not valid YAML: did not find expected ',' or ']' "
        "(while parsing a flow sequence that starts on line 3)"
    ]
    assert not (project / "docs" / "sources").exists()  # nothing was built


def test_a_wrong_entity_type_names_the_line(project: Path) -> None:
    (project / "docs" / "entities.yml").write_text("entities:\n  - name: Sergei Lavrov\n  - name: X\n    type: persn\n")
    result = run_dossier(project, "-q")
    assert result.returncode == 2
    [line] = _lines(result.stderr)
    assert line.startswith("dossier: docs/entities.yml: line 3: entity 'X' has unknown type 'persn'")


def test_unknown_keys_are_warned_with_the_closest_known_key_even_with_q(project: Path) -> None:
    (project / "docs" / "entities.yml").write_text(
        "entities:\n  - name: Sergei Lavrov\n    typ: person\nentites:\n  - name: Lavrov\n"
    )
    result = run_dossier(project, "ingest", "-q")
    assert result.returncode == 0, result.stderr
    assert _lines(result.stderr) == [
        "dossier: docs/entities.yml: line 4: unknown key 'entites' (did you mean 'entities'?); ignored",
        "dossier: docs/entities.yml: line 3: unknown key 'typ' (did you mean 'type'?); ignored",
    ]


def test_a_note_with_bad_front_matter_is_one_line_and_exit_1(project: Path) -> None:
    notes = project / "docs" / "notes"
    notes.mkdir()
    (notes / "doubts.md").write_text("---\ntitle: [Doubts\n---\nLavrov said so.\n")
    result = run_dossier(project, "-q")
    assert result.returncode == 1  # the site is built; the note's front matter is left out
    [line] = _lines(result.stderr)
    assert line.startswith("WARNING -  dossier: docs/notes/doubts.md: line 3: bad YAML front matter")
    assert (project / "site" / "notes" / "doubts" / "index.html").exists()


def test_a_misspelt_key_in_a_notes_entities_is_named(project: Path) -> None:
    notes = project / "docs" / "notes"
    notes.mkdir()
    (notes / "n.md").write_text("---\nentities:\n  - {name: Josh Earnest, typ: person}\n---\nEarnest said.\n")
    result = run_dossier(project, "-q")
    assert result.returncode == 1
    assert _lines(result.stderr) == [
        "WARNING -  dossier: docs/notes/n.md: entities entry 1: unknown key 'typ' (did you mean 'type'?); ignored"
    ]


def test_plain_mkdocs_names_the_users_files_as_the_user_reaches_them(project: Path) -> None:
    """MkDocs names a page by its path under docs_dir (`notes/n.md`); the user's files are named
    from where the build is run, as stage 1 names `seeds/...`: `docs/notes/n.md`, or with the
    project's folder when run from above it."""
    import subprocess
    import sys

    from conftest import BUILDER

    notes = project / "docs" / "notes"
    notes.mkdir()
    (notes / "n.md").write_text("---\ntitle: [N\n---\nLavrov said so.\n")
    assert run_dossier(project, "ingest", "-q").returncode == 0
    (project / "docs" / "views").mkdir()
    (project / "docs" / "views" / "quotes.md").write_text("# My own quotes\n")
    for where, shown in ((project, "docs"), (project.parent, "project/docs")):
        result = subprocess.run(
            [sys.executable, "-m", BUILDER, "build", "-f", str(project / "mkdocs.yml")],
            cwd=where, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        warnings = [line for line in _lines(result.stderr) if "dossier:" in line]
        assert warnings == [
            f"WARNING -  dossier: {shown}/notes/n.md: line 3: bad YAML front matter (did not find expected ',' or ']')",
            f"WARNING -  dossier: {shown}/views/quotes.md is kept; the page Dossier generates there is not used",
        ]
    (project / "docs" / "entities.yml").write_text("entities:\n  - name: X\n    type: persn\n")
    result = subprocess.run(
        [sys.executable, "-m", BUILDER, "build", "-f", str(project / "mkdocs.yml")],
        cwd=project.parent, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "dossier: project/docs/entities.yml: line 2: entity 'X' has unknown type 'persn'" in result.stderr


def test_strict_and_quiet_exits_as_strict_does(project: Path) -> None:
    notes = project / "docs" / "notes"
    notes.mkdir()
    (notes / "doubts.md").write_text("---\ntitle: [Doubts\n---\nText.\n")
    strict = run_dossier(project, "--strict")
    quiet = run_dossier(project, "--strict", "-q")
    assert strict.returncode == quiet.returncode == 2
    assert "notes/doubts.md: line 3" in quiet.stderr  # -q hides progress, never warnings
    assert "INFO" not in quiet.stderr and "INFO" in strict.stderr


@pytest.mark.parametrize("option", ["--rules", "--publishers"])
def test_a_yaml_mistake_in_a_table_passed_on_the_command_line(project: Path, option: str) -> None:
    (project / "mine.yml").write_text("- name: Mine\n  pattern: [oops\n")
    result = run_dossier(project, "-q", option, "mine.yml")
    assert result.returncode == 2
    assert _lines(result.stderr) == [
        "dossier: mine.yml: line 3, column 1: not valid YAML: did not find expected ',' or ']' "
        "(while parsing a flow sequence that starts on line 2)"
    ]


def test_an_unknown_key_in_a_rules_table_is_named(project: Path) -> None:
    (project / "rules.yml").write_text("- name: Mine\n  pattern: '^Ad$'\n  remove: an ad\n")
    result = run_dossier(project, "ingest", "-q", "--rules", "rules.yml")
    assert result.returncode == 0
    assert _lines(result.stderr) == [
        "dossier: rules.yml: line 3: unknown key 'remove' (did you mean 'removes'?); ignored"
    ]


def test_an_outlet_table_s_entries_of_the_wrong_shape_are_named_one_line_each(project: Path) -> None:
    # They were passed over without a word, and "domains: a.example" was read letter by letter.
    (project / "outlets.yml").write_text(
        "- name: [a, b]\n- just text\n- name: Mine\n  domains: mine.example\n  aliases: {a: 1}\n  kind: [x]\n"
    )
    result = run_dossier(project, "ingest", "-q", "--publishers", "outlets.yml")
    assert result.returncode == 0
    assert _lines(result.stderr) == [
        "dossier: outlets.yml: line 1: outlet 1 needs a name that is text; ignored",
        "dossier: outlets.yml: line 2: outlet 2 needs a name that is text; ignored",
        "dossier: outlets.yml: line 3: outlet 3: kind of 'Mine' must be text; what is not is ignored",
        "dossier: outlets.yml: line 3: outlet 3: aliases of 'Mine' must be text or a list of text; what is not is ignored",
    ]
    from dossier.publishers import load_publishers

    assert load_publishers(project / "outlets.yml").by_domain["mine.example"] == "Mine"
    (project / "outlets.yml").write_text("Mine: mine.example\n")
    result = run_dossier(project, "ingest", "-q", "--publishers", "outlets.yml")
    assert _lines(result.stderr) == [
        "dossier: outlets.yml: an outlet table is a list of outlets (name, domains, aliases, kind); not read"
    ]


def test_a_yaml_mistake_in_mkdocs_yml_is_found_before_stage_1(project: Path) -> None:
    (project / "mkdocs.yml").write_text("site_name: Dossier\n  theme: material\n")
    result = run_dossier(project, "-q")
    assert result.returncode == 2
    assert _lines(result.stderr) == [
        "dossier: mkdocs.yml: line 2, column 8: not valid YAML: mapping values are not allowed here"
    ]
    assert not (project / "docs" / "sources").exists()


def test_mkdocs_yml_with_its_own_tags_is_not_a_mistake(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text() + "extra:\n  analytics: !ENV [NO_SUCH_VARIABLE, '']\n")
    assert run_dossier(project, "-q").returncode == 0


def test_a_missing_config_is_named_before_stage_1(project: Path) -> None:
    result = run_dossier(project, "--config", "nosuch.yml")
    assert result.returncode == 2
    assert _lines(result.stderr) == ["dossier: nosuch.yml: no such file (the MkDocs configuration; pass --config FILE)"]
    assert not (project / "docs" / "sources").exists()


def test_inspect_on_a_folder_says_it_is_a_folder(project: Path) -> None:
    result = run_dossier(project, "inspect", "seeds")
    assert result.returncode == 2
    assert _lines(result.stderr) == [
        "dossier: seeds: is a folder; inspect reads one source file (.txt, .md, .markdown, .text)"
    ]


def test_builds_dossier_starts_do_not_print_materials_end_of_life_banner(project: Path) -> None:
    result = run_dossier(project)
    assert result.returncode == 0, result.stderr
    assert "end of life" not in result.stderr and "INFO" in result.stderr


def test_a_note_that_is_not_text_is_left_out_in_one_line_and_the_rest_built(project: Path) -> None:
    notes = project / "docs" / "notes"
    notes.mkdir()
    (notes / "scan.md").write_bytes(b"\xff\xfe\x00\x81 not a note \x90\x00")
    (notes / "doubts.md").write_text("Lavrov said so.\n")
    result = run_dossier(project, "-q")
    assert result.returncode == 1  # built; the unreadable note is left out (MkDocs alone stops on it)
    assert _lines(result.stderr) == [
        "WARNING -  dossier: docs/notes/scan.md: cannot be read (not UTF-8 text); left out of the site"
    ]
    assert (project / "site" / "notes" / "doubts" / "index.html").exists()
    assert not (project / "site" / "notes" / "scan").exists()


def test_the_readme_says_which_files_a_dossier_of_ones_own_copies(project: Path) -> None:
    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8").split())
    own = readme.split("**Your own dossier.**", 1)[1].split("\n#", 1)[0]
    copied = sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_file() and "seeds" not in p.parts)
    assert copied == ["docs/entities.yml", "docs/index.md", "mkdocs.yml"]
    for name in copied:  # the files the README names are the ones a fresh folder needs (make_project)
        assert f"`{name}`" in own
    result = run_dossier(project, "-q")  # run from the folder, with no option
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "index.html").is_file() and (project / ".dossier-cache").is_dir()


def test_a_seeds_file_is_named_as_a_file_not_as_missing(project: Path) -> None:
    for seed in (project / "seeds").iterdir():
        seed.unlink()
    (project / "seeds").rmdir()
    (project / "seeds").write_text("a list of links, saved where the folder should be\n")
    result = run_dossier(project, "-q")
    assert result.returncode == 2
    assert _lines(result.stderr) == ["dossier: seeds: is a file, not a folder of sources (pass --seeds DIR)"]


def test_a_file_where_the_sources_folder_goes_is_named_and_kept(project: Path) -> None:
    mine = project / "docs" / "sources"
    mine.write_text("my list of sources\n")
    result = run_dossier(project, "-q")
    assert result.returncode == 2
    assert _lines(result.stderr) == [
        "dossier: docs/sources: a file is in the way of a folder Dossier writes (move or rename it); "
        "stopped, the site was not built"
    ]
    assert mine.read_text() == "my list of sources\n"  # the user's file is left as it was


def test_inspect_writes_only_what_its_help_says(project: Path, tmp_path: Path) -> None:
    """Its cache goes in .dossier-cache, but never into the folder of the file it reads (run from
    inside the seeds, `inspect a.txt` wrote .dossier-cache among the sources): then in the user's."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    seed = next((project / "seeds").iterdir())
    helped = run_dossier(project, "inspect", "--help")
    assert "--no-cache writes none" in " ".join(helped.stdout.split())
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    assert run_dossier(project / "seeds", "inspect", "--no-cache", seed.name, env=env).returncode == 0
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before
    assert not (tmp_path / "user-cache" / "dossier" / "inspect").exists()
    assert run_dossier(project / "seeds", "inspect", seed.name, env=env).returncode == 0
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before  # nothing among the seeds
    assert (tmp_path / "user-cache" / "dossier" / "inspect").is_dir()  # the cache, as the help says
    assert run_dossier(project, "inspect", f"seeds/{seed.name}", env=env).returncode == 0
    assert (project / ".dossier-cache").is_dir()  # beside the seeds, in the folder it is run from
    refused = run_dossier(project / "seeds", "inspect", seed.name, "--cache", "mine", env=env)
    assert refused.returncode == 2 and "mine: inside the folder of sources" in refused.stderr


def test_a_folder_without_mkdocs_yml_is_told_how_to_become_a_dossier(project: Path) -> None:
    """A new user's first run from a folder holding only seeds/: the line says which files make it
    a dossier and where they are, not only that a --config could be passed."""
    (project / "mkdocs.yml").unlink()
    result = run_dossier(project)
    assert result.returncode == 2
    root = Path(__file__).resolve().parents[2]
    [line] = _lines(result.stderr)
    assert line.startswith("dossier: mkdocs.yml: no such file in this folder: run Dossier from your dossier's folder")
    assert f"copying mkdocs.yml, docs/index.md, docs/entities.yml from {root} into it" in line
    assert all((root / name).is_file() for name in ("mkdocs.yml", "docs/index.md", "docs/entities.yml"))
    assert not (project / "docs" / "sources").exists()


@pytest.mark.parametrize("where", ["option", "config"])
def test_a_docs_folder_the_site_is_not_built_from_is_refused_before_stage_1(project: Path, where: str) -> None:
    """Stage 1 wrote the source pages into --docs while the site was built from mkdocs.yml's docs_dir:
    a site without a single source, and exit 0."""
    if where == "option":
        args, line = ("--docs", "other"), "dossier: other: --docs is not the folder mkdocs.yml builds the site from"
    else:
        config = (project / "mkdocs.yml").read_text(encoding="utf-8")
        (project / "mkdocs.yml").write_text(config.replace("docs_dir: docs", "docs_dir: pages"), encoding="utf-8")
        args, line = (), "dossier: docs: --docs is not the folder mkdocs.yml builds the site from (docs_dir: pages)"
    result = run_dossier(project, "-q", *args)
    assert result.returncode == 2
    [said] = _lines(result.stderr)
    assert said.startswith(line)
    assert not (project / "other").exists() and not (project / "docs" / "sources").exists()
    assert run_dossier(project, "-q", "--docs", "docs/" if where == "option" else "pages").returncode in (0, 1)


def test_serve_on_a_port_another_server_holds_is_one_line_before_stage_1(project: Path) -> None:
    """`mkdocs serve` stopped with a traceback on a port in use, after stage 1 had run."""
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        addr = f"127.0.0.1:{holder.getsockname()[1]}"
        result = run_dossier(project, "serve", "-q", "--dev-addr", addr)
    assert result.returncode == 2
    assert _lines(result.stderr) == [
        f"dossier: --dev-addr {addr}: cannot serve there: Address already in use "
        "(another server holds that port: pass another, such as 127.0.0.1:8001)"
    ]
    assert not (project / "docs" / "sources").exists()
    result = run_dossier(project, "serve", "-q", "--dev-addr", "localhost")
    assert result.returncode == 2
    assert _lines(result.stderr) == ["dossier: --dev-addr localhost: not HOST:PORT (for example 127.0.0.1:8000)"]
