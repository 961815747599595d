"""Hostile and broken input: one clear line per bad file, the rest built, nothing injected or lost."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import make_project, mkdocs_build, run_dossier

HOSTILE = """<script>alert('title')</script> Breaking: markup in a headline

<script>alert('body')</script>
<img src=x onerror="alert('img')">
<iframe src="https://evil.example/"></iframe>
Click [here](javascript:alert('link')) or <a href="javascript:alert('a')">here</a> for more.
<div markdown="1"><b>raw html block</b></div>
{{ config.site_name }} and {% include 'x' %} are not templates here.
!!! danger "admonition from a scraper"
# Not a heading of the site
The council voted 7-2 to approve the budget on Tuesday, officials said.
"""
FRONT_MATTER_LOOKALIKE = (
    "---\ntitle: PWNED\ngenerator: dossier\n---\nA body line that follows fake front matter in the scraped text.\n"
)


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    seeds = tmp_path_factory.mktemp("seeds")
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (seeds / "cp1252.txt").write_bytes("Café owners speak\n\n“We will stay open,” said the owner.\n".encode("cp1252"))
    (seeds / "bom-crlf.txt").write_bytes(
        "\ufeffA headline with a byte order mark\r\n\r\nFirst paragraph with CRLF endings.\r\n".encode()
    )
    (seeds / "big.txt").write_bytes(b"x" * (20 * 1024 * 1024 + 1))
    (seeds / "link.txt").symlink_to("/etc/passwd")
    (seeds / "folder.txt").mkdir()
    (seeds / "name with spaces ünïcödé.txt").write_text("Unicode name\n\nBody of the unicode-named file.\n")
    (seeds / ("long-" * 45 + ".txt")).write_text("Long name\n\nBody of the long-named file.\n")
    (seeds / "a b.txt").write_text("First twin\n\nBody of the first twin.\n")
    (seeds / "a-b.txt").write_text("Second twin\n\nBody of the second twin.\n")
    (seeds / "hostile.txt").write_text(HOSTILE)
    (seeds / "frontmatter.txt").write_text(FRONT_MATTER_LOOKALIKE)
    (seeds / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    project = make_project(tmp_path_factory.mktemp("hostile") / "p", seeds)
    user_page = project / "docs" / "sources" / "hand-written.md"
    user_page.parent.mkdir(parents=True)
    user_page.write_text("# My hand-written source\n\nNotes on <b>my</b> terms.\n")
    note = project / "docs" / "notes" / "mine.md"
    note.parent.mkdir(parents=True)
    note.write_text("# Mine\n\n<details><summary>My own HTML</summary>stays mine</details>\n")
    (note.parent / "broken.md").write_text("---\ntitle: [unclosed\n---\n# Broken note\n\nIt names Vladivostok.\n")
    result = run_dossier(project)
    return project, result


def test_each_bad_file_gets_one_line_and_the_exit_status_says_so(hostile_project) -> None:
    project, result = hostile_project
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": skipped: " in line]
    expected = {
        "empty.txt": "is empty", "binary.txt": "looks binary", "big.txt": "over the",
        "link.txt": "symbolic link", "folder.txt": "is a folder", "picture.png": "Dossier reads .txt, .md",
    }  # fmt: skip
    for name, problem in expected.items():
        lines = [e for e in errors if f"{name}:" in e]
        assert len(lines) == 1 and problem in lines[0], (name, errors)
    assert len(errors) == len(expected)
    assert "Traceback" not in result.stderr


def test_the_rest_is_built_with_distinct_slugs(hostile_project) -> None:
    project, _ = hostile_project
    pages = {p.name for p in (project / "docs" / "sources").glob("*.md")}
    assert {"a-b.md", "cp1252.md", "bom-crlf.md", "hostile.md", "frontmatter.md"} <= pages
    assert len([p for p in pages if re.fullmatch(r"a-b-[0-9a-f]{8}\.md", p)]) == 1  # "a b.txt"
    assert any(p.startswith("name-with-spaces-unicode") for p in pages)
    assert all(len(p) <= 100 for p in pages)
    cp = (project / "site" / "sources" / "cp1252" / "index.html").read_text(encoding="utf-8")
    assert "“We will stay open,” said the owner." in cp
    bom = (project / "site" / "sources" / "bom-crlf" / "index.html").read_text(encoding="utf-8")
    assert "<title>A headline with a byte order mark" in bom and "\ufeff" not in bom


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("iframe", "object", "embed", "img") and not any(
            k == "src" and (v or "").startswith(("../", "assets", "/")) for k, v in attrs
        ):
            self.bad.append(f"<{tag}>")
        for key, value in attrs:
            if key.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.bad.append(f"{tag} {key}={value}")
        self.in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and ("alert(" in data or "PWNED" in data):
            self.bad.append(f"script: {data[:60]}")


def test_nothing_from_a_source_becomes_markup(hostile_project) -> None:
    project, _ = hostile_project
    for page in (project / "site").rglob("*.html"):
        scan = _Scan()
        scan.feed(page.read_text(encoding="utf-8"))
        assert not scan.bad, (page, scan.bad)
    html = (project / "site" / "sources" / "hostile" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert('body')&lt;/script&gt;" in html
    assert "{{ config.site_name }}" in html and "{% include 'x' %}" in html
    assert "<b>raw html block</b>" not in html and 'class="admonition danger"' not in html
    index = (project / "site" / "sources" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert('title')" not in index
    fm = (project / "site" / "sources" / "frontmatter" / "index.html").read_text(encoding="utf-8")
    assert "<title>PWNED" not in fm and "A body line that follows fake front matter" in fm


def test_user_files_are_kept_byte_for_byte_over_two_builds(hostile_project) -> None:
    project, _ = hostile_project
    user_page = project / "docs" / "sources" / "hand-written.md"
    note = project / "docs" / "notes" / "mine.md"
    before = (user_page.read_bytes(), note.read_bytes())
    assert run_dossier(project).returncode == 1
    assert mkdocs_build(project).returncode == 0
    assert (user_page.read_bytes(), note.read_bytes()) == before
    mine = (project / "site" / "notes" / "mine" / "index.html").read_text(encoding="utf-8")
    assert "<details><summary>My own HTML</summary>" in mine  # a user's own note may hold HTML


def test_missing_or_empty_seed_folder_is_one_clear_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", _empty(tmp_path))
    result = run_dossier(project)
    assert result.returncode == 2 and "holds no source files" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = run_dossier(project, "--seeds", "nowhere")
    assert result.returncode == 2 and "nowhere: no such folder" in result.stderr


def _empty(tmp_path: Path) -> Path:
    empty = tmp_path / "empty-seeds"
    empty.mkdir()
    return empty


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    seeds = _empty(tmp_path)
    secret = seeds / "secret.txt"
    secret.write_text("Headline\n\nBody.\n")
    secret.chmod(0)
    project = make_project(tmp_path / "p", seeds)
    result = run_dossier(project, "ingest")
    assert result.returncode == 1 and "secret.txt: skipped: cannot be read" in result.stderr


def test_a_broken_note_is_reported_with_path_and_line_and_the_site_builds(hostile_project) -> None:
    project, result = hostile_project
    warning = [line for line in result.stderr.splitlines() if "notes/broken.md" in line]
    assert len(warning) == 1 and "line 3" in warning[0] and "front matter" in warning[0]
    assert (project / "site" / "notes" / "broken" / "index.html").exists()
    assert (project / "site" / "sources" / "hostile" / "index.html").exists()
