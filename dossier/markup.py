"""Turn untrusted text into Markdown and YAML that render as exactly that text, never as markup."""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from typing import Any

import yaml

from .frontmatter import dump_yaml

# Characters Python-Markdown (and the extensions this site enables) read as inline markup.
_INLINE = re.compile(r"([\\`*_{}\[\]])")
# Characters that start a block (heading, quote, list, admonition, details, rule) at line start;
# written as numeric character references they show as themselves and start nothing.
_LINE_START = re.compile(r"^(\s*)([#>+\-=!?:|~]|\d+[.)])")


# C0/C1 control characters: Python-Markdown uses STX/ETX as its own placeholders.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def escape_inline(text: str) -> str:
    """Escape text for use inside a Markdown paragraph, link text or table cell."""
    text = html.escape(_CONTROL.sub("", text), quote=False)
    # A "|" would end a table cell (the tables extension splits rows before inline Markdown is read,
    # so a backslash does not hold it everywhere): written as a character reference it shows as itself.
    return _INLINE.sub(r"\\\1", text).replace("|", "&#124;")


def escape_value(value: Any) -> str:
    """Escape a value shown on a generated page; an em dash when there is none."""
    return escape_inline(str(value)) if value not in (None, "") else "—"


def plural(n: int, noun: str) -> str:
    """Write a count with its noun ("1 source", "3 sources")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def escape_block(text: str) -> str:
    """Escape one paragraph of text so that it renders as a plain paragraph of that text."""
    return neutralise_line_start(escape_inline(" ".join(_CONTROL.sub("", text).split())))


def neutralise_line_start(markdown: str) -> str:
    """Keep an escaped line from starting a block when it is placed at the start of a line."""
    return _LINE_START.sub(_char_ref, markdown)


def _char_ref(m: re.Match[str]) -> str:
    token = m.group(2)
    if token[0].isdigit():
        return f"{token[:-1]}\\{token[-1]}"  # "1." starts a list, "1\." does not
    return f"&#{ord(token)};"


def escape_attr(text: str) -> str:
    """Escape text for an HTML attribute or element written by the tool itself."""
    return html.escape(text, quote=True)


# libyaml's C parser when PyYAML was built with it (ten times faster on large pages).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def dump_front_matter(data: dict[str, Any]) -> str:
    """Render a YAML front-matter block; values are always quoted or escaped by the writer."""
    return f"---\n{dump_yaml(data)}---\n"


def load_yaml(text: str) -> Any:
    """Parse YAML safely (no tags that build Python objects)."""
    return yaml.load(text, Loader=_Loader)


_FRONT_MATTER = re.compile(r"^---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)
#: The first line of a top-level entry of a block-style mapping: at the margin, and neither a
#: comment, a list item, nor the value line of an explicit ("? key") entry. Whatever else a value
#: spans is indented, or list items.
_TOP_ENTRY = re.compile(r"^(?![\s#]|[-:](?:[ \t]|$))", re.M)


def take_front_matter_keys(
    text: str, keys: Collection[str], read: Collection[str] | None = None
) -> tuple[str, dict[str, Any]] | None:
    """Take top-level keys out of a page's block-style front matter: return the page without them
    and the values of those in `read` (default: all), or None when the page has none of them, they
    are all it has, or the part to read does not parse.

    MkDocs reads front matter with PyYAML's pure-Python parser; the lists of a page stage 1 wrote
    (entities, citations, the audit) are most of its front matter. Taken out, they are read here
    with libyaml's parser, or not read at all.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return None
    block = m.group(1) or ""
    starts = [e.start() for e in _TOP_ENTRY.finditer(block) if e.start() < len(block)]
    wanted = re.compile(rf"(?P<key>{'|'.join(map(re.escape, keys))}):(?:[ \t]|$)", re.M)
    kept, taken = [block[: starts[0]] if starts else block], []
    for start, end in zip(starts, [*starts[1:], len(block)], strict=True):
        part = block[start:end]
        key = wanted.match(part)
        if key is None:
            kept.append(part)
        elif read is None or key["key"] in read:
            taken.append(part)
    if len(kept) == len(starts) + 1 or not "".join(kept).strip():
        return None  # none taken; or none kept, and MkDocs takes an empty front matter for text
    try:
        values = load_yaml("".join(taken)) or {}
    except yaml.YAMLError:
        return None
    if not isinstance(values, dict):
        return None
    return f"---\n{''.join(kept)}---\n{text[m.end() :]}", values


def body_of(text: str) -> str:
    """Return a page's text after its front matter (the whole text when it has none)."""
    m = _FRONT_MATTER.match(text)
    return text[m.end() :] if m else text


def split_front_matter(text: str, skip: re.Pattern[str] | None = None) -> tuple[dict[str, Any], str, str | None]:
    """Split a page into (front matter, body, error); a bad block is reported, not raised.

    `skip` matches the first top-level key of a tail the caller does not need (the audit of a
    page stage 1 wrote, half its front matter): the YAML is read up to there, or whole if that
    part alone does not parse.
    """
    if not text.startswith("---"):
        return {}, text, None
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, None
    block = m.group(1) or ""
    if skip is not None and (tail := skip.search(block)):
        try:
            head = load_yaml(block[: tail.start()])
            if isinstance(head, dict):
                return head, text[m.end() :], None
        except yaml.YAMLError:
            pass  # read the whole block, which reports the error where it is
    try:
        data = load_yaml(block) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}" if mark else "front matter"
        return {}, text[m.end() :], f"{where}: bad YAML front matter ({getattr(exc, 'problem', exc)})"
    if not isinstance(data, dict):
        return {}, text[m.end() :], "front matter is not a mapping of keys to values"
    return data, text[m.end() :], None
