"""Find in a built site any element, attribute or URL scheme the tool (MkDocs, Material, Dossier)
does not write itself.

An allow-list, not a search for "alert": each element may carry only the attributes the site's
own pages give it; a URL (href, src, data-src) is relative, http or https; an inline script or
style is one the theme writes on a page of a site built from benign input (`baseline`), its
relative paths aside, or JSON data; a page has one <title> (an SVG drawing's tooltips aside), and
nothing inside it but text.
"""

from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

# Every attribute each element carries in a Dossier site (Material, its search form and palette
# toggle, the navigation, Python-Markdown's output for the pages Dossier writes).
_COMMON = {"class", "id", "title", "hidden", "tabindex", "role", "dir", "lang"}
ALLOWED: dict[str, set[str]] = {
    "html": {"lang", "class"},
    "head": set(),
    "body": {"dir", "data-md-color-scheme", "data-md-color-primary", "data-md-color-accent"},
    "title": set(),
    "meta": {"charset", "name", "content"},
    "link": {"rel", "href", "crossorigin"},
    "style": set(),
    "script": {"src", "id", "type", "class"},
    "a": {"href", "title", "class", "rel", "target", "aria-label", "data-md-component", "tabindex", "hidden", "download"},
    "button": {"class", "title", "type", "aria-label", "data-md-component", "tabindex", "hidden"},
    "form": {"class", "name", "data-md-component"},
    "input": {
        "class", "type", "id", "name", "placeholder", "aria-label", "autocapitalize", "autocomplete", "autocorrect",
        "spellcheck", "required", "checked", "data-md-component", "data-md-toggle", "data-md-color-media",
        "data-md-color-scheme", "data-md-color-primary", "data-md-color-accent",
    },
    "label": {"class", "for", "title", "tabindex", "hidden", "id"},
    "nav": {"class", "aria-label", "aria-labelledby", "aria-expanded", "data-md-level", "data-md-component"},
    "svg": {"xmlns", "viewbox", "role", "aria-label", "class"},  # class: the neighbour drawing's desktop or phone one
    "path": {"d"},
    # An entity page's drawing of its neighbours (dossier.neighbours).
    "line": {"x1", "y1", "x2", "y2", "stroke-width", "opacity"},
    "circle": {"cx", "cy", "r", "fill", "stroke"},
    "text": {"x", "y", "text-anchor", "font-weight"},
    "div": {"class", "role", "tabindex", "data-md-component", "data-md-scrollfix", "data-md-type", "data-src", "hidden",
            "data-search-exclude"},
    "ul": {"class", "data-md-component", "data-md-scrollfix"},
    "ol": {"class", "role"},
    "li": {"class", "id"},  # an original file's page numbers its lines
    "span": {"class"},
    "header": {"class", "data-md-component"},
    "main": {"class", "data-md-component"},
    "footer": {"class"},
    "article": {"class"},
    "details": {"class"},
    "summary": set(),
    "h1": {"id"},
    "h2": {"id", "data-search-exclude"},
    "h3": {"id", "data-search-exclude"},
    "p": {"id", "class"},
    "table": {"data-search-exclude"},  # the home page's most-mentioned entities (views.overview_out_of_search)
    "thead": set(),
    "tbody": set(),
    "tr": set(),
    "th": set(),
    "td": set(),
    "strong": set(),
    "em": set(),
    "code": set(),
    "pre": set(),
    "small": set(),  # a page's subtitle in the navigation
    "br": set(),
    "hr": set(),
}  # fmt: skip
#: Attributes holding a URL: relative, or http(s).
URL_ATTRIBUTES = {"href", "src", "data-src"}
SCHEMES = {"", "http", "https"}
#: Values some attributes may hold: a paragraph's id is the anchor of its line; a paragraph's class
#: is an admonition's title or the entity index's marker for its sort script; scripts are the site's own; style sheets the site's or the theme's fonts.
VALUES = {
    ("p", "id"): re.compile(r"L\d+"),
    ("li", "id"): re.compile(r"L\d+"),
    ("p", "class"): re.compile(r"admonition-title|dossier-sortable"),
    ("script", "src"): re.compile(r"(?:\.\./)*[\w/.-]+\.js"),
    # A note's previous and next pages: MkDocs percent-encodes what its file name holds ("%3C", "%3A").
    ("link", "href"): re.compile(
        r"(?:\.\./)*(?:[\w/.-]|%[0-9A-F]{2})*|https://fonts\.(?:googleapis|gstatic)\.com(?:/.*)?"
    ),
}
_UP = re.compile(r"(?:\.\./)+")  # relative paths to the site root differ by the page's depth
_BASE_PATH = re.compile(r'"(?:\.\.?/?|/)"')
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):")


def _json_data(attrs: dict[str, str | None], text: str) -> bool:
    """Tell a script element that only holds data (JSON, which no "<" can end) from code."""
    if attrs.get("type") != "application/json" or "<" in text:
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def normalise_script(text: str) -> str:
    """Write an inline script or style without the page's relative path to the site root."""
    return _BASE_PATH.sub('"BASE"', _UP.sub("", text.strip()))


class _Page(HTMLParser):
    def __init__(self, allowed_inline: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed_inline = allowed_inline
        self.found: list[str] = []
        self.open: list[str] = []  # the elements whose text is being read: script, style, title
        self.text: list[str] = []
        self.attrs: dict[str, str | None] = {}
        self.svg = 0  # depth inside <svg>: an SVG <title> is a tooltip, not the page's title
        self.titles = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if "title" in self.open:
            self.found.append(f"<{tag}> inside <title>")
        self.svg += tag == "svg"
        if tag not in ALLOWED:
            self.found.append(f"<{tag}>")
            return
        for key, value in attrs:
            if key not in ALLOWED[tag]:
                self.found.append(f"<{tag} {key}={value!r}>")
            elif key in URL_ATTRIBUTES and _scheme(value or "") not in SCHEMES:
                self.found.append(f"<{tag} {key}={value!r}>: scheme")
            elif (tag, key) in VALUES and not VALUES[tag, key].fullmatch(value or ""):
                self.found.append(f"<{tag} {key}={value!r}>: value")
        if tag == "title" and not self.svg:
            self.titles += 1
        if tag in ("script", "style", "title"):
            self.open.append(tag)
            self.text = []
            self.attrs = dict(attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style", "title", "svg"):
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.open:
            self.text.append(data)

    def handle_endtag(self, tag: str) -> None:
        self.svg -= tag == "svg" and self.svg > 0
        if self.open and self.open[-1] == tag:
            self.open.pop()
            text = "".join(self.text)
            if tag in ("script", "style") and not ("src" in self.attrs and not text.strip()):
                if normalise_script(text) not in self.allowed_inline and not _json_data(self.attrs, text):
                    self.found.append(f"<{tag}> {text.strip()[:80]!r}")


def _scheme(url: str) -> str:
    # Browsers drop ASCII whitespace and control characters anywhere in a URL before reading it.
    plain = re.sub(r"[\x00-\x20\x7f]", "", url).lower()
    m = _SCHEME.match(plain)
    return m.group(1) if m else ("//" if plain.startswith("//") else "")


def scan_html(html: str, allowed_inline: set[str]) -> list[str]:
    """Return what in one page the tool does not write (empty when nothing)."""
    page = _Page(allowed_inline)
    page.feed(html)
    page.close()
    if page.titles != 1:
        page.found.append(f"{page.titles} <title> elements")
    return page.found


def scan_site(site: Path, allowed_inline: set[str]) -> dict[str, list[str]]:
    """Return, by page, what the tool does not write; every HTML page of the site is read."""
    found = {}
    for page in sorted(site.rglob("*.html")):
        if problems := scan_html(page.read_text(encoding="utf-8"), allowed_inline):
            found[str(page.relative_to(site))] = problems
    return found


#: A CSV cell a spreadsheet may read as a formula: one starting with =, +, -, @, a tab or a
#: carriage return (OWASP's list on CSV injection), after any spaces (some spreadsheets trim them).
_FORMULA_CELL = re.compile(r"[ \u00a0]*[=+\-@\t\r]")


def scan_outputs(site: Path) -> dict[str, list[str]]:
    """Return, by file, what makes an output that is not a page unreadable or unsafe: JSON that
    does not parse, XML (sitemap, GEXF) that is not well-formed, a CSV cell a spreadsheet runs."""
    found: dict[str, list[str]] = {}
    for path in sorted(site.rglob("*")):
        problems = []
        if path.suffix == ".json":
            try:
                json.loads(path.read_bytes())
            except ValueError as exc:
                problems.append(f"not JSON: {exc}")
        elif path.suffix in (".xml", ".gexf"):
            try:
                ElementTree.parse(path)
            except ElementTree.ParseError as exc:
                problems.append(f"not well-formed XML: {exc}")
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as f:
                problems += [f"formula cell {cell[:40]!r}" for row in csv.reader(f) for cell in row
                             if _FORMULA_CELL.match(cell)]  # fmt: skip
        if problems:
            found[str(path.relative_to(site))] = problems
    return found


def baseline(site: Path) -> set[str]:
    """Return the inline scripts and styles the theme writes, from a site built of benign input."""

    class Inline(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.texts: set[str] = set()
            self.inside = False
            self.buffer: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.inside = tag in ("script", "style") and not any(k == "src" for k, _ in attrs)
            self.buffer = []

        def handle_data(self, data: str) -> None:
            if self.inside:
                self.buffer.append(data)

        def handle_endtag(self, tag: str) -> None:
            if self.inside and tag in ("script", "style"):
                self.texts.add(normalise_script("".join(self.buffer)))
            self.inside = False

    inline = Inline()
    for page in site.rglob("*.html"):
        inline.feed(page.read_text(encoding="utf-8"))
    return inline.texts
