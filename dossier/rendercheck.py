"""Tell whether Python-Markdown can render a page the user wrote, before MkDocs tries.

Python-Markdown recurses over nested blocks and inline markup: a note of 300 nested list levels,
or a long run of emphasis marks, exhausts Python's recursion limit, and MkDocs stops the whole
build on that error; deeply nested square brackets take it minutes. MkDocs also reads the page's
Markdown with Python's HTML parser (for anchors) before rendering it, and Python 3.11's parser
raises at "<![" followed by anything but a known keyword ("<![x"), which stops the build too. A
page the user wrote (a note, an edited source) is rendered once here, with the site's Markdown
extensions, from a stack deeper than the one MkDocs renders from; a page that fails is replaced by
a notice, and the rest of the site is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any

import markdown

#: Frames the trial rendering runs below the plugin's event, so that a page which renders here
#: renders in MkDocs too: MkDocs renders a page from about the depth of its events (11 frames when
#: measured), `mkdocs serve` from a few more.
STACK_MARGIN = 100
#: Square brackets nested deeper than this are not rendered: Python-Markdown's link parser takes
#: the square of the depth (20,000 nested took 108 s), and no note nests links or references beyond
#: a few levels.
MAX_BRACKET_DEPTH = 50
_BRACKET = re.compile(r"\\.|[\[\]]")


class RenderCheck:
    """Renders pages with one Markdown instance of the site's extensions."""

    def __init__(self, extensions: list[Any], configs: dict[str, Any]):
        self._md = markdown.Markdown(extensions=extensions, extension_configs=configs)

    def problem(self, text: str) -> str | None:
        """Return why the Markdown cannot be rendered, or None."""
        if (depth := bracket_depth(text)) > MAX_BRACKET_DEPTH:
            return f"nests square brackets {depth} deep (more than {MAX_BRACKET_DEPTH}); page not rendered"
        if "<![" in text:
            try:
                parser = HTMLParser()  # what MkDocs reads the page's Markdown with, for its anchors
                parser.feed(text)
                parser.close()
            except AssertionError as exc:
                return f"holds markup Python's HTML parser cannot read ({exc}); page not rendered"
        self._md.reset()
        try:
            _below(STACK_MARGIN, lambda: self._md.convert(text))
        except RecursionError:
            return "nests too deeply for Python-Markdown to render (lists, quotes or emphasis); page not rendered"
        finally:
            self._md.reset()
        return None


def bracket_depth(text: str) -> int:
    """Return how deep square brackets nest in Markdown (escaped ones aside)."""
    depth = deepest = 0
    for m in _BRACKET.finditer(text):
        if m.group() == "[":
            depth += 1
            deepest = max(deepest, depth)
        elif m.group() == "]":
            depth = max(depth - 1, 0)
    return deepest


def _below(frames: int, call: Callable[[], object]) -> object:
    return call() if frames <= 0 else _below(frames - 1, call)
