"""Properties of stage 1 on untrusted input: no byte string crashes it, no text becomes markup."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dossier.ingest import SourceError, read_source
from dossier.markup import split_front_matter
from dossier.pipeline import Options, analyse
from dossier.sourcepages import render_source_page

OPTIONS = Options()
EXTENSIONS = ["attr_list", "admonition", "pymdownx.details", "tables", "toc"]
# What a source page's body may contain: paragraphs (with their line anchors), and the bold that
# Dossier itself gives a scraped Markdown subheading ("## Russia's role" shows as its words in bold).
ALLOWED = {"p", "strong"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash_stage1(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(data)
    try:
        raw = read_source(path)
    except SourceError:
        return  # reported as one line naming the file; the build goes on
    article = analyse(raw, "seed", OPTIONS)
    page = render_source_page(article)
    meta, _, error = split_front_matter(page)
    assert error is None and meta["generator"] == "dossier"


hostile_lines = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.sampled_from(
            [
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[x](javascript:alert(1))",
                "{{ config }}",
                "{% raw %}",
                "!!! note",
                "??? x",
                "# h",
                "---",
                "title: PWNED",
                "<div>",
                "{: #x }",
                "<iframe src=//x>",
                "| a | b |",
                "***",
                "1. item",
                "> q",
                "    code",
                "&lt;b&gt;",
                "`x`",
            ]
        ),  # fmt: skip
    ),
    max_size=12,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hostile_lines)
@example(["## 0"])  # a subheading: bold by design (a random draw found the test forgot it)
@example(["## <b>x</b> **y**"])
def test_arbitrary_text_never_yields_markup_in_the_page(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "seed.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        raw = read_source(path)
    except SourceError:
        return
    article = analyse(raw, "seed", OPTIONS)
    meta, body, error = split_front_matter(render_source_page(article))
    assert error is None and meta["title"] == article.title.value  # front matter round-trips
    parser = _Tags()
    parser.feed(markdown.markdown(body, extensions=EXTENSIONS))
    for tag, attrs in parser.tags:
        assert tag in ALLOWED, (tag, body)
        assert [k for k, _ in attrs] in ([], ["id"]), (attrs, body)


def test_an_interrupted_write_leaves_the_previous_page(tmp_path: Path, monkeypatch) -> None:
    import os

    from dossier import sourcepages

    page = tmp_path / "a.md"
    page.write_text("previous page\n", encoding="utf-8")

    def crash(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    try:
        sourcepages.write_atomic(page, "new page, half written")
    except KeyboardInterrupt:
        pass
    assert page.read_text(encoding="utf-8") == "previous page\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temporary file left behind


def test_a_folder_that_cannot_be_written_is_named_by_the_page_not_a_temporary_file(tmp_path: Path, monkeypatch) -> None:
    import errno
    import tempfile

    import pytest

    from dossier import sourcepages

    def read_only(**kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / ".a.md.x1y2z3w4.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(OSError) as raised:
        sourcepages.write_atomic(tmp_path / "a.md", "a page")
    assert raised.value.filename == str(tmp_path / "a.md") and raised.value.strerror == "Read-only file system"
