"""One renderer per context (dossier.markup, dossier.urls): each keeps any value to its context."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.markup import code_span, escape_inline, indented_code, page_title, terminal_line, url_link
from dossier.urls import href, http_url

EXTENSIONS = ["attr_list", "admonition", "pymdownx.details", "tables", "toc"]
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _render(source: str) -> _Elements:
    parsed = _Elements()
    parsed.feed(markdown.markdown(source, extensions=EXTENSIONS))
    return parsed


@pytest.mark.parametrize(
    "url",
    ["https://news.example/a", "http://x.example:8080/p?q=1#f", "HTTPS://A.EXAMPLE", "https://bücher.example/ü",
     "https://en.wikipedia.org/wiki/Foo_(bar)", "  https://news.example/padded  ", "https://sub_domain.example/"],
)  # fmt: skip
def test_http_urls_with_a_host_are_accepted(url: str) -> None:
    assert http_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,x", "ftp://x.example/", "//x.example/", "https:///path", "https://",
     "https://news.example/a<svg/onload=alert(1)", 'https://news.example/b"onmouseover=x', "https://a.example/ b",
     "https://user:pw@a.example/", "https://a.example@evil.example/", "https://[::1]/", "https://a.example:port/",
     "https://a.example/\n# h", "https://a.example/`x`", "https://a.example/{x}", "https://-a.example/", "",
     None, 5, "https://a.example/" + "x" * 3000],
)  # fmt: skip
def test_anything_else_is_not_a_url(url) -> None:
    assert http_url(url) is None
    assert url_link(url) is None


@given(_TEXT)
@settings(max_examples=150)
def test_a_url_link_is_one_link_to_an_http_url_or_nothing(tail: str) -> None:
    link = url_link(f"https://news.example/{tail}")
    if link is None:
        return
    parsed = _render(f"| Url |\n|---|\n| {link} |")
    anchors = [attrs for tag, attrs in parsed.tags if tag == "a"]
    assert [tag for tag, _ in parsed.tags] == ["table", "thead", "tr", "th", "tbody", "tr", "td", "a"]
    assert len(anchors) == 1 and dict(anchors[0])["href"].startswith("https://news.example/")


def test_href_writes_the_host_in_ascii_and_escapes_markdown() -> None:
    assert href("https://bücher.example/ü?q=(1)*[2]") == "https://xn--bcher-kva.example/%C3%BC?q=%281%29%2A%5B2%5D"


@given(_TEXT)
@settings(max_examples=150)
def test_text_stays_in_its_line_and_its_table_cell(value: str) -> None:
    parsed = _render(f"| A | B |\n|---|---|\n| {escape_inline(value)} | end |\n\nafter")
    assert [tag for tag, _ in parsed.tags] == ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td", "p"]


def test_text_keeps_what_it_says() -> None:
    parsed = _render(escape_inline("a | b\n# c <d> *e* [f](g) {: .h }"))
    assert [tag for tag, _ in parsed.tags] == ["p"]
    assert "".join(parsed.text) == "a | b # c <d> *e* [f](g) {: .h }"


@given(_TEXT)
@settings(max_examples=150)
def test_a_code_span_is_one_code_element_showing_the_value(value: str) -> None:
    parsed = _render(f"see {code_span(value)} here")
    assert [tag for tag, _ in parsed.tags] == ["p", "code"]


def test_a_code_span_holds_backticks_and_html_as_text() -> None:
    out = markdown.markdown(f"x {code_span('outlet: a ` b <c>')} y")
    assert "<code>outlet: a ` b &lt;c&gt;</code>" in out


@given(_TEXT)
@settings(max_examples=100)
def test_an_indented_code_block_is_one_block(value: str) -> None:
    parsed = _render(f"Before.\n\n{indented_code('- name: ' + value)}\n\nAfter.")
    assert [tag for tag, _ in parsed.tags] == ["p", "pre", "code", "p"]


@pytest.mark.parametrize("value", ["report<![x.txt", "a <![ b", "<![CDATA[c"])
def test_code_leaves_no_raw_markup_for_mkdocs_s_html_scan(value: str) -> None:
    # MkDocs reads a page's Markdown with Python's HTML parser before rendering it; Python 3.11's
    # raises at "<![" and an unknown keyword, which stopped the whole build.
    for source in (f"| {code_span(value)} |", f"Before.\n\n{indented_code('- name: ' + value)}\n\nAfter."):
        parser = HTMLParser()
        parser.feed(source)
        parser.close()
        assert value in "".join(_render(source).text)
    assert "<code>report&lt;![x.txt</code>" in markdown.markdown(code_span("report<![x.txt"))


@given(_TEXT)
@settings(max_examples=150)
def test_a_page_title_is_text_for_html(value: str) -> None:
    title = page_title(value)
    assert "<" not in title and ">" not in title and '"' not in title and "\n" not in title
    assert html.unescape(title) == " ".join(html.unescape(title).split())


@given(_TEXT)
@settings(max_examples=150)
def test_a_terminal_line_is_one_line_without_control_characters(value: str) -> None:
    line = terminal_line(value)
    assert "\n" not in line and "\r" not in line and "\x1b" not in line and "\u202e" not in line


def test_a_file_name_cannot_forge_a_second_line() -> None:
    assert terminal_line("a.txt\ndossier: b.txt: skipped") == "a.txt\\x0adossier: b.txt: skipped"


def test_a_file_name_in_a_message_shows_what_it_hides() -> None:
    # A zero-width space or a byte that is not UTF-8 would name a file the user cannot type.
    assert terminal_line("seeds/zero\u200bwidth.txt") == "seeds/zero\\u200bwidth.txt"
    assert terminal_line("seeds/caf\udce9.txt") == "seeds/caf\\xe9.txt"
