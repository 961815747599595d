"""Tell whether Python-Markdown can render a page the user wrote, before MkDocs tries.

Python-Markdown recurses over nested blocks and inline markup: a note of 300 nested list levels,
or a long run of emphasis marks, exhausts Python's recursion limit, and MkDocs stops the whole
build on that error. A page the user wrote (a note, an edited source) is rendered once here, with
the site's Markdown extensions, from a stack deeper than the one MkDocs renders from; a page that
fails is replaced by a notice, and the rest of the site is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import markdown

#: Frames the trial rendering runs below the plugin's event, so that a page which renders here
#: renders in MkDocs too: MkDocs renders a page from about the depth of its events (11 frames when
#: measured), `mkdocs serve` from a few more.
STACK_MARGIN = 100


class RenderCheck:
    """Renders pages with one Markdown instance of the site's extensions."""

    def __init__(self, extensions: list[Any], configs: dict[str, Any]):
        self._md = markdown.Markdown(extensions=extensions, extension_configs=configs)

    def problem(self, text: str) -> str | None:
        """Return why the Markdown cannot be rendered, or None."""
        self._md.reset()
        try:
            _below(STACK_MARGIN, lambda: self._md.convert(text))
        except RecursionError:
            return "nests too deeply for Python-Markdown to render (lists, quotes or emphasis); page not rendered"
        finally:
            self._md.reset()
        return None


def _below(frames: int, call: Callable[[], object]) -> object:
    return call() if frames <= 0 else _below(frames - 1, call)
