"""Hostile and broken input: one clear line per bad file, the rest built, nothing injected or lost.

One project holds most cases (a scraper's seeds, a registry and notes written to attack the site,
files that are not files) and is built once; each test reads what it needs from that build.
Every page of it is read by `sitescan`, which allows only the elements, attributes and URL schemes
the tool writes itself.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import markdown
import pytest
import yaml
from conftest import ROOT, make_project, mkdocs_build, run_dossier
from packaging.version import Version
from sitescan import baseline, scan_html, scan_outputs, scan_site

#: Python-Markdown 3.11.4 stops nesting lists short of the interpreter's recursion limit (deeper
#: markers are kept as text): there the note of 300 list levels renders, and needs no notice.
MARKDOWN_CAPS_NESTING = Version(markdown.__version__) >= Version("3.11.4")

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
#: A url line and a link line a scraper left, each holding markup after a real host.
URL_LINES = """Council approves the harbour budget after a long debate

URL: https://news.example/a<svg/onload=alert(document.domain)
Link: https://news.example/b"onmouseover=alert(2)

The council voted 7-2 to approve the budget on Tuesday, officials in Vladivostok said.
"""
#: An outlet whose name closes the page's <title> and opens a script: the user's outlet table
#: names it for the source's domain (a copyright footer names no publisher).
EVIL_OUTLET = "Evil </title><script>alert(51)</script>"
PUBLISHER_FOOTER = """Harbour budget passes on a second vote

URL: https://evil.example/harbour
By Jane Doe
September 3, 2015

The council voted 7-2 to approve the budget on Tuesday, officials in Vladivostok said.

© 2015 Evil </title><script>alert(51)</script> Media.
"""
REGISTRY = {
    "entities": [
        {
            "name": "Ivan Petrov",
            "type": "person",
            "description": 'Mayor of the port.\n# Injected heading\n!!! danger "from the registry"\n    boom',
            "same_as": "https://en.wikipedia.org/wiki/X<svg/onload=alert(76)",
        },
        {"name": "Evil </title><script>alert(52)</script> Corp", "type": "organization", "aliases": ["Vladivostok"]},
        # A control character YAML writes as "\x0b": XML cannot carry it (the GEXF was not well-formed).
        {"name": "Vertical\x0bTab Corp", "type": "organization", "aliases": ["Ivan Petrov's\x01 port"]},
    ]
}
ALIAS_BOMB = "".join(
    f"{a}: &{a} [{', '.join([f'*{p}'] * 9 if p else ['lol'] * 9)}]\n"
    for p, a in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)
SECRET = "SECRET-CONTENT-OUTSIDE-DOCS"
#: A seed's name that its page shows as code: Python 3.11's HTML parser, which MkDocs runs over
#: every page's Markdown, raises at "<![" and an unknown keyword (it stopped the whole build).
MARKED_NAME = "report<![x.txt"
#: A source whose removed lines (its audit, in its front matter as stage 1 wrote it) hold markup.
AUDITED = """Harbour budget passes <img src=x onerror=alert(61)>

By Jane Doe
September 3, 2015

The council voted 7-2 to approve the budget on Tuesday, Ivan Petrov said in Vladivostok.

© 2015 Evil <img src=x onerror=alert(63)> Media.
"""
#: A file name of 252 bytes, 62 letters of four bytes each: its page's name (and its original's,
#: ".original.html" longer) did not fit the file system, and stopped the build.
WIDE_NAME = "".join(chr(0x20000 + i) for i in range(62)) + ".txt"
#: Names whose error line must stay one line: a line break, and a forged second error line.
NEWLINE_NAME = "evil\nname.txt"
FORGED_NAME = "forged\ndossier: planted.txt: skipped: forged.txt"
#: A seed named in Latin-1, as old archives unpack: its byte 0xE9 is not UTF-8 (it stopped stage 1).
LATIN1_NAME = os.fsdecode(b"caf\xe9 owners.txt")
#: Seeds named with a right-to-left override (shown as "rtl" then "txt.exe" backwards): every page
#: naming the file turned the rest of its line around, Dossier's own words too.
RTL_NAMES = ("rtl\u202etxt.exe.txt", "nohead\u202etxt.exe.txt")
#: Notes the analyst named as a scheme and as a query: the notes index linked them as such.
SCHEME_NOTE, QUERY_NOTE = "javascript:alert(56).md", "q?x=1#f.md"


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
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
    (seeds / WIDE_NAME).write_text("Wide name\n\nBody of the file named in a script of four bytes a letter.\n")
    (seeds / "a b.txt").write_text("First twin\n\nBody of the first twin.\n")
    (seeds / "a-b.txt").write_text("Second twin\n\nBody of the second twin.\n")
    (seeds / "index.txt").write_text("The seed named index\n\nBody of the seed named index.\n")
    (seeds / NEWLINE_NAME).write_bytes(b"")
    (seeds / FORGED_NAME).write_bytes(b"")
    (seeds / "hostile.txt").write_text(HOSTILE)
    (seeds / "frontmatter.txt").write_text(FRONT_MATTER_LOOKALIKE)
    (seeds / "url.txt").write_text(URL_LINES)
    (seeds / "publisher.txt").write_text(PUBLISHER_FOOTER)
    (seeds / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (seeds / MARKED_NAME).write_text("Marked name\n\nBody of the file whose name holds markup.\n")
    # "!" right before a name: its link was an image, <img src="../../entities/ivan-petrov/">.
    (seeds / "bang.txt").write_text("Harbour news\n\nThe mayor said it twice!Ivan Petrov agreed in Vladivostok.\n")
    (seeds / LATIN1_NAME).write_text("An old name\n\nBody of the file named the old way, in Vladivostok.\n")
    (seeds / RTL_NAMES[0]).write_text("Reversed name\n\nBody of the file named backwards, in Vladivostok.\n")
    (seeds / RTL_NAMES[1]).write_text("\n\nThe body of a file with no headline, named backwards, in Vladivostok.\n")
    project = make_project(tmp_path_factory.mktemp("hostile") / "p", seeds)
    os.mkfifo(project / "seeds" / "fifo.txt")  # reading it would wait for a writer forever
    (project / "docs" / "entities.yml").write_text(yaml.safe_dump(REGISTRY))
    sources = project / "docs" / "sources"
    sources.mkdir(parents=True)
    (sources / "hand-written.md").write_text("# My hand-written source\n\nNotes on <b>my</b> terms.\n")
    (sources / ".gone.md.k3j2h1g0.tmp").write_text("---\ngenerator: dossier\n---\nhalf a page")  # a killed run's
    notes = project / "docs" / "notes"
    notes.mkdir(parents=True)
    (notes / "mine.md").write_text("# Mine\n\n<details><summary>My own HTML</summary>stays mine</details>\n")
    (notes / "broken.md").write_text("---\ntitle: [unclosed\n---\n# Broken note\n\nIt names Vladivostok.\n")
    (notes / "outlet.md").write_text(
        yaml.safe_dump({"title": "About the evil outlet", "outlet": EVIL_OUTLET,
                        "reliability": "Unreliable.\n# Injected\n!!! danger \"from a note\""}, explicit_start=True)
        + "---\n# About the outlet\n\nIt names Ivan Petrov.\n"
    )  # fmt: skip
    (notes / "titled.md").write_text(
        yaml.safe_dump({"title": "</title><script>alert(53)</script>", "description": '"><script>alert(54)</script>',
                        "author": "</title><script>alert(55)</script>"}, explicit_start=True)
        + "---\nA note whose title closes the page's title.\n"
    )  # fmt: skip
    (notes / "bomb.md").write_text(f"---\n{ALIAS_BOMB}title: *i\n---\n# Bomb\n\nIt names Vladivostok.\n")
    (notes / "huge.md").write_text("---\nfiller: '" + "x" * 300_000 + "'\n---\n# Huge front matter\n")
    (notes / "typed.md").write_text("---\nentities: 5\ntitle: [a, list]\n---\n# Typed\n\nIt names Vladivostok.\n")
    (notes / "dated.md").write_text("---\ndate: 2015-13-45\n---\n# Dated\n\nIt names Vladivostok.\n")
    (notes / "marked.md").write_text("# Marked\n\nIt writes <![x in its text.\n")
    (notes / "deep.md").write_text("".join("    " * i + "- item\n" for i in range(300)))
    # The link to Ivan Petrov made "<![Ivan Petrov](...)": Python's HTML parser, which MkDocs reads
    # every page with, raised there and the whole build stopped.
    (notes / "bang.md").write_text("# Bang\n\nIt names <!Ivan Petrov here.\n")
    for name in (SCHEME_NOTE, QUERY_NOTE):
        (notes / name).write_text("It names Ivan Petrov in Vladivostok.\n")
    secret = project / "outside.md"
    secret.write_text(f"# Private\n\n{SECRET}\n")
    (notes / "leak.md").symlink_to(secret)
    os.mkfifo(notes / "pipe.md")
    (project / "outlets.yml").write_text(yaml.safe_dump([{"name": EVIL_OUTLET, "domains": ["evil.example"]}]))
    result = run_dossier(project, "build", "--publishers", "outlets.yml")
    return project, result


@pytest.fixture(scope="module")
def allowed_inline(built_site: Path) -> set[str]:
    """The inline scripts and styles the theme writes, read from the seeds' site (benign input)."""
    return baseline(built_site / "site")


def _html(project: Path, page: str) -> str:
    return (project / "site" / page / "index.html").read_text(encoding="utf-8")


def _stderr_lines(result: subprocess.CompletedProcess[str], about: str) -> list[str]:
    return [line for line in result.stderr.splitlines() if about in line]


def test_each_bad_file_gets_one_line_and_the_exit_status_says_so(hostile_project) -> None:
    project, result = hostile_project
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if ": skipped: " in line]
    expected = {
        "empty.txt": "is empty", "binary.txt": "looks binary", "big.txt": "over the",
        "link.txt": "symbolic link", "folder.txt": "is a folder", "picture.png": "Dossier reads .txt, .md",
        "fifo.txt": "not a regular file (a FIFO)", "evil\\x0aname.txt": "is empty",
        "forged\\x0adossier: planted.txt: skipped: forged.txt": "is empty",
    }  # fmt: skip
    for name, problem in expected.items():
        lines = [e for e in errors if f"/{name}: skipped" in e]
        assert len(lines) == 1 and problem in lines[0], (name, errors)
    assert len(errors) == len(expected)
    assert not [line for line in result.stderr.splitlines() if line.startswith("dossier: planted.txt")]
    assert "Traceback" not in result.stderr


def test_each_bad_note_gets_one_line_and_the_site_builds(hostile_project) -> None:
    project, result = hostile_project
    expected = {
        "notes/bomb.md": "aliases expand to more than", "notes/huge.md": "over the 262,144-byte limit",
        "notes/deep.md": "nests too deeply", "notes/leak.md": "outside the docs folder",
        "notes/pipe.md": "not a regular file (a FIFO)", "notes/typed.md": "'entities' is not a list",
        "notes/broken.md": "line 3", "notes/dated.md": "cannot be read: month must be in 1..12",
        "notes/marked.md": "Python's HTML parser cannot read",
    }  # fmt: skip
    if MARKDOWN_CAPS_NESTING:
        del expected["notes/deep.md"]
        assert _stderr_lines(result, "notes/deep.md") == []
    for note, problem in expected.items():
        lines = _stderr_lines(result, note)
        assert len(lines) == 1 and problem in lines[0], (note, lines)
    assert (project / "site" / "index.html").exists()


def test_the_rest_is_built_with_distinct_slugs(hostile_project) -> None:
    project, _ = hostile_project
    pages = {p.name for p in (project / "docs" / "sources").glob("*.md")}
    assert {"a-b.md", "cp1252.md", "bom-crlf.md", "hostile.md", "frontmatter.md"} <= pages
    assert len([p for p in pages if re.fullmatch(r"a-b-[0-9a-f]{8}\.md", p)]) == 1  # "a b.txt"
    assert any(p.startswith("name-with-spaces-unicode") for p in pages)
    assert all(len(p) <= 100 for p in pages)
    (wide,) = (project / "site" / "sources").glob(f"{WIDE_NAME[:4]}*.original.html")
    assert "Body of the file named in a script of four bytes a letter." in wide.read_text(encoding="utf-8")
    cp = _html(project, "sources/cp1252")
    assert "“We will stay open,” said the owner." in cp
    bom = _html(project, "sources/bom-crlf")
    assert "<title>A headline with a byte order mark" in bom and "\ufeff" not in bom


def test_a_seed_s_name_holding_markup_is_shown_as_text(hostile_project) -> None:
    project, _ = hostile_project
    (page,) = (project / "site" / "sources").glob("report-x-*/index.html")
    assert "<code>seeds/report&lt;![x.txt</code>" in page.read_text(encoding="utf-8")
    assert "Body of the file whose name holds markup." in page.read_text(encoding="utf-8")


def test_a_source_page_whose_front_matter_no_longer_parses_shows_none_of_it(tmp_path: Path, allowed_inline) -> None:
    # MkDocs renders a front matter block it cannot parse as the page's first paragraphs; stage 1
    # writes there, as YAML, what it read from the scraped file (the audit's removed lines).
    seeds = _empty(tmp_path)
    (seeds / "audited.txt").write_text(AUDITED)
    project = make_project(tmp_path / "p", seeds)
    assert run_dossier(project, "ingest").returncode == 0
    page = project / "docs" / "sources" / "audited.md"
    assert "onerror=alert(61)" in page.read_text()
    page.write_text(page.read_text().replace("generator: dossier\n", "generator: dossier\nnote: [a typo\n", 1))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert len(_stderr_lines(result, "sources/audited.md: line 4: bad YAML front matter")) == 1
    html = _html(project, "sources/audited")
    assert "The council voted 7-2" in html and "generator: dossier" not in html
    assert scan_site(project / "site", allowed_inline) == {}


def test_a_seed_named_index_does_not_take_the_sources_index(hostile_project) -> None:
    project, result = hostile_project
    (page,) = [p for p in (project / "docs" / "sources").glob("index-*.md")]
    assert re.fullmatch(r"index-[0-9a-f]{8}\.md", page.name)
    index = _html(project, "sources")
    assert "seed named index</a>" in index and "sources, by date" in index  # the generated index lists it
    assert "The seed named index" in _html(project, f"sources/{page.stem}")
    assert not [line for line in result.stderr.splitlines() if "sources/index.md" in line]


def test_nothing_anywhere_in_the_site_is_markup_the_tool_did_not_write(hostile_project, allowed_inline) -> None:
    project, _ = hostile_project
    # The one page with markup of its own is the user's: a page they wrote may hold HTML.
    assert scan_site(project / "site", allowed_inline) == {"sources/hand-written/index.html": ["<b>"]}


def test_no_output_that_is_not_a_page_is_broken_or_runs_in_a_spreadsheet(hostile_project) -> None:
    project, _ = hostile_project
    assert scan_outputs(project / "site") == {}  # JSON parses, XML (sitemap, GEXF) is well-formed, no formula cell
    gexf = (project / "site" / "downloads" / "graph.gexf").read_text(encoding="utf-8")
    assert 'label="Vertical\\x0bTab Corp"' in gexf


def test_a_seed_named_in_latin1_is_built_and_named_with_the_byte_escaped(hostile_project) -> None:
    project, result = hostile_project
    (page,) = (project / "docs" / "sources").glob("caf-owners-*.md")
    assert "source_file: seeds/caf\\xe9 owners.txt\n" in page.read_text(encoding="utf-8")
    assert "Body of the file named the old way" in _html(project, f"sources/{page.stem}")
    assert "Traceback" not in result.stderr


def test_a_seed_s_name_that_turns_text_around_is_shown_with_its_override_escaped(hostile_project) -> None:
    project, _ = hostile_project
    (named,) = (project / "site" / "sources").glob("rtl-txt-exe-*/index.html")
    assert "<code>seeds/rtl\\u202etxt.exe.txt</code></a> (the original, as text)" in named.read_text(encoding="utf-8")
    (original,) = (project / "site" / "sources").glob("rtl-txt-exe-*.original.html")
    assert "seeds/rtl\\u202etxt.exe.txt" in original.read_text(encoding="utf-8")
    assert ">seeds/nohead\\u202etxt.exe.txt (no headline)</a>" in _html(project, "sources")  # named by its file
    assert [p for p in (project / "site").rglob("*.html") if "\u202e" in p.read_text(encoding="utf-8")] == []


def test_a_note_named_as_a_scheme_or_a_query_is_linked_as_its_page(hostile_project) -> None:
    project, result = hostile_project
    index = _html(project, "notes")
    assert 'href="javascript%3Aalert%2856%29/"' in index and 'href="q%3Fx%3D1%23f/"' in index
    assert "javascript:alert(56)" not in re.findall(r'href="([^"]*)"', index)
    assert not _stderr_lines(result, "is not found among documentation files")


def test_the_scanner_finds_what_the_tool_does_not_write(allowed_inline) -> None:
    page = "<html><head><title>Page - Dossier</title></head><body><p>{}</p></body></html>"
    assert scan_html(page.format("plain text &lt;b&gt;"), allowed_inline) == []
    for injected in [
        "</title><script>alert(1)</script>", "<svg/onload=alert(1)>", '<a href=" JaVa&#x09;script:x">x</a>',
        '<img src="x">', '<div style="color:red">', "<iframe></iframe>", '<a href="//evil.example/">x</a>',
        '<script src="https://evil.example/x.js"></script>', "<style>body{display:none}</style>",
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">', '<p class="admonition danger">',
    ]:  # fmt: skip
        assert scan_html(page.format(injected), allowed_inline), injected
    assert scan_html(page.replace("Page", "<b>Page</b>").format(""), allowed_inline)  # an element inside <title>


def test_scraped_urls_are_links_only_when_they_are_http_with_a_host(hostile_project) -> None:
    project, _ = hostile_project
    front = yaml.safe_load((project / "docs" / "sources" / "url.md").read_text().split("---")[1])
    assert front["url"] is None  # the url lines hold markup after the host: no url is invented from them
    source = _html(project, "sources/url")
    assert "news.example/a&lt;svg/onload=alert(document.domain)" in source  # shown as text in the body
    petrov = _html(project, "entities/ivan-petrov")
    assert "Same as" not in petrov and "wikipedia.org" not in petrov  # same_as with markup is not linked


def test_titles_of_generated_pages_are_text(hostile_project) -> None:
    project, _ = hostile_project
    (outlet,) = (project / "site" / "publishers").glob("evil-*/index.html")
    html = outlet.read_text(encoding="utf-8")
    assert "<title>Evil &lt;/title&gt;&lt;script&gt;alert(51)&lt;/script&gt; - Dossier</title>" in html
    (corp,) = (project / "site" / "entities").glob("evil-*corp/index.html")
    assert "<title>Evil &lt;/title&gt;&lt;script&gt;alert(52)&lt;/script&gt; Corp - Dossier</title>" in corp.read_text()
    titled = _html(project, "notes/titled")
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(53)&lt;/script&gt; - Dossier</title>" in titled
    assert 'content="&quot;&gt;&lt;script&gt;alert(54)&lt;/script&gt;"' in titled
    assert 'content="&lt;/title&gt;&lt;script&gt;alert(55)&lt;/script&gt;"' in titled


def test_descriptions_and_outlet_notes_stay_one_paragraph(hostile_project) -> None:
    project, _ = hostile_project
    petrov = _html(project, "entities/ivan-petrov")
    assert '<p>Mayor of the port. # Injected heading !!! danger "from the registry" boom</p>' in petrov
    assert 'id="injected-heading"' not in petrov and "admonition danger" not in petrov
    (outlet,) = (project / "site" / "publishers").glob("evil-*/index.html")
    html = outlet.read_text(encoding="utf-8")
    assert 'Unreliable. # Injected !!! danger "from a note"' in html and "admonition danger" not in html
    assert "About the evil outlet" in html  # the note is matched to the outlet by its name
    assert "&amp;lt;" not in html  # the outlet: hint is escaped once


def test_bad_notes_are_left_out_or_replaced_by_a_notice(hostile_project) -> None:
    project, _ = hostile_project
    deep = _html(project, "notes/deep")
    if MARKDOWN_CAPS_NESTING:
        assert "<li>item" in deep and "This page was not rendered" not in deep
    else:
        assert "This page was not rendered: it nests too deeply" in deep
    assert 'It names &lt;!<a href="../../entities/ivan-petrov/">Ivan Petrov</a> here.' in _html(project, "notes/bang")
    assert "It names" in _html(project, "notes/bomb")  # the body is built, the front matter is not read
    assert not (project / "site" / "notes" / "leak").exists() and not (project / "site" / "notes" / "pipe").exists()
    for page in (project / "site").rglob("*"):
        if page.is_file() and page.suffix in (".html", ".json", ".xml"):
            assert SECRET not in page.read_text(encoding="utf-8", errors="replace"), page


def test_user_files_are_kept_byte_for_byte_over_two_builds(hostile_project) -> None:
    project, _ = hostile_project
    user_page = project / "docs" / "sources" / "hand-written.md"
    note = project / "docs" / "notes" / "mine.md"
    before = (user_page.read_bytes(), note.read_bytes())
    assert run_dossier(project).returncode == 1
    assert mkdocs_build(project).returncode == 0
    assert (user_page.read_bytes(), note.read_bytes()) == before
    mine = _html(project, "notes/mine")
    assert "<details><summary>My own HTML</summary>" in mine  # a user's own note may hold HTML


def test_a_killed_run_s_temporary_files_are_removed(hostile_project) -> None:
    project, _ = hostile_project
    assert not list((project / "docs" / "sources").glob(".*.tmp"))


def test_missing_or_empty_seed_folder_is_one_clear_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", _empty(tmp_path))
    result = run_dossier(project)
    assert result.returncode == 2 and "holds no source files" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = run_dossier(project, "--seeds", "nowhere")
    assert result.returncode == 2 and "nowhere: no such folder" in result.stderr


#: A hook that does what mkdocs-macros does to every page, unless its front matter says
#: `render_macros: false`: render its Markdown, and its title, as Jinja templates (a title of None
#: stops it, as it stops mkdocs-macros).
TEMPLATING_HOOK = """
import jinja2
from mkdocs.plugins import event_priority

def render(text, page):
    if page.meta.get("render_macros") is False:
        return text
    try:
        return jinja2.Template(text).render()
    except jinja2.TemplateSyntaxError as exc:
        return f"# Macro syntax error\\n\\n{exc}"

@event_priority(PRIORITY)
def on_page_markdown(markdown, page, **kwargs):
    markdown = render(markdown, page)
    if "{{" in page.title:
        page.title = render(page.title, page)
    return markdown
"""


@pytest.mark.parametrize("priority", [100, -100])  # before Dossier's page event, as when listed first; after
def test_no_scraped_text_is_run_as_a_template_by_a_plugin_that_templates_pages(tmp_path: Path, priority: int) -> None:
    """mkdocs-macros renders every page as a Jinja template unless the page says not to: a seed
    named "{{ 7*7 }}.txt" was shown as "seeds/49.txt" (any Python could have run in the build), a
    paragraph holding "{%" gave a page of syntax error. The user's notes are theirs to template."""
    seeds = _empty(tmp_path)
    (seeds / "{{ 'pw' ~ 'ned' }}.txt").write_text(
        "{{ 'pw' ~ 'ned' }} Harbour Fire Report\n\nThe fire in Vladivostok {% if 1 %}was{% endif %} out, Ivan Petrov said.\n"
    )
    (seeds / "untitled.txt").write_text("\n\nThe fire in Vladivostok was out, Ivan Petrov said on Tuesday.\n")
    project = make_project(tmp_path / "p", seeds)
    (project / "templating.py").write_text(TEMPLATING_HOOK.replace("PRIORITY", str(priority)))
    with (project / "mkdocs.yml").open("a") as config:
        config.write("hooks:\n  - templating.py\n")
    (project / "docs" / "notes").mkdir()
    (project / "docs" / "notes" / "mine.md").write_text("# Mine\n\nIvan Petrov said {{ 5*5 }} words.\n")
    result = run_dossier(project)
    assert result.returncode == 0, result.stderr
    (page,) = (project / "site" / "sources").glob("pw-ned-*/index.html")
    html = page.read_text(encoding="utf-8")
    assert "<code>seeds/{{ 'pw' ~ 'ned' }}.txt</code>" in html
    assert "<title>{{ &#x27;pw&#x27; ~ &#x27;ned&#x27; }} Harbour Fire Report" in html
    assert "{% if 1 %}was{% endif %}" in html and "syntax error" not in html
    found = [p for p in (project / "site").rglob("*") if p.is_file() and b"pwned" in p.read_bytes()]
    assert found == []  # nor on the entity, index, timeline... pages that quote or name the source
    assert "said 25 words" in _html(project, "notes/mine")


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
    warning = _stderr_lines(result, "notes/broken.md")
    assert len(warning) == 1 and "line 3" in warning[0] and "front matter" in warning[0]
    assert (project / "site" / "notes" / "broken" / "index.html").exists()
    assert (project / "site" / "sources" / "hostile" / "index.html").exists()


def _seeds(folder: Path, names: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(f"Headline of {name}\n\nThe body of {name} names Vladivostok.\n")
    return folder


def test_a_source_page_never_moves_because_another_file_appears(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", _seeds(tmp_path / "seeds", ["a-b.txt", "x_1.txt", "Report 7.txt"]))
    assert run_dossier(project, "ingest").returncode == 0
    before = _page_files(project)
    assert {"a-b.md", "x_1.md"} <= before.keys() and "seeds/Report 7.txt" in before.values()
    _seeds(project / "seeds", ["a b.txt", "A-B.txt", "a_b.txt", "a-b.md", "x-1.txt", "report-7.txt", "index.txt"])
    assert run_dossier(project, "ingest").returncode == 0
    after = _page_files(project)
    assert {name: after.get(name) for name in before} == before  # each file's page kept its name
    assert len(after) == len(before) + 7


def _page_files(project: Path) -> dict[str, str]:
    """Return each source page's name with the seed it was written from."""
    pages = {}
    for page in (project / "docs" / "sources").glob("*.md"):
        pages[page.name] = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])["source_file"]
    return pages


def test_caches_of_the_wrong_shape_are_computed_again(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    assert run_dossier(project, "ingest", "--jobs", "1").returncode == 0
    pages = {p.name: p.read_bytes() for p in (project / "docs" / "sources").glob("*.md")}
    cache = project / ".dossier-cache"
    entries = sorted((cache / "analyses").rglob("*.json"))
    entries[0].write_text(entries[0].read_text().replace('"text": "', '"text": 5, "was": "', 1))
    entries[1].write_text("[]")
    for manifest in ("[]", "null", '{"state": 1}'):
        (cache / "manifest.json").write_text(manifest)
        result = run_dossier(project, "ingest", "--jobs", "1")
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        assert {p.name: p.read_bytes() for p in (project / "docs" / "sources").glob("*.md")} == pages


def test_a_registry_alias_bomb_is_one_line_and_no_build(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "docs" / "entities.yml").write_text(f"{ALIAS_BOMB}entities: *i\n")
    started = time.monotonic()
    result = run_dossier(project)
    assert result.returncode == 2 and time.monotonic() - started < 60
    lines = _stderr_lines(result, "entities.yml")
    assert len(lines) == 1 and "aliases expand to more than" in lines[0], result.stderr


def _limit_file_size() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # writing past this fails with EFBIG


def test_a_disk_that_refuses_writes_is_one_line_and_not_built(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_dossier.py"), "--jobs", "1"],
        cwd=project, capture_output=True, text=True, timeout=120, preexec_fn=_limit_file_size,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if "not built" in line]
    assert len(lines) == 1 and "File too large" in lines[0] and "docs/sources" in lines[0]
    assert "Traceback" not in result.stderr and not (project / "site").exists()


def test_stage_1_workers_end_with_it(tmp_path: Path) -> None:
    body = " ".join(f"Minister Anna Petrova{i} met Governor Lars Holm{i} in Vladivostok on Tuesday." for i in range(60))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(160):  # enough for worker processes (64) and a second or two of work
        (seeds / f"s{i:03d}.txt").write_text(f"Headline number {i}\n\n{body}\n")
    project = make_project(tmp_path / "p", seeds)
    run = subprocess.Popen(
        [sys.executable, str(ROOT / "build_dossier.py"), "ingest", "--jobs", "2", "--no-cache", "-q"], cwd=project
    )
    workers = _children_of(run.pid, wait=20)
    assert workers, "stage 1 started no worker process"
    run.send_signal(signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]


def _children_of(pid: int, wait: float) -> list[int]:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            found = [
                int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()
            ]
        except OSError:
            found = []
        if found:
            return found
        time.sleep(0.02)
    return []


def _alive(pid: int) -> bool:
    """Tell whether a process runs (a zombie waiting for its new parent to reap it does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False
