"""Turn untrusted text into Markdown, HTML and YAML that show exactly that text, never markup.

Every value that reaches a page passes through the renderer of the context it lands in:

| context | renderer |
|---|---|
| text in a line: paragraph, heading, link text, list item, table cell | `escape_inline` (`escape_value`: an em dash for none) |
| a paragraph of its own, at the start of a line | `escape_block` |
| a link out of the site (a source's url, a registry entry's same_as) | `url_link` (http and https only) |
| inline code | `code_span` |
| a sentence of an analyst's note quoted on another page (an entity page) | `quoted_note` |
| an HTML attribute the tool writes | `escape_attr` |
| a page's title and the page metadata the theme prints (`<title>`, `<meta>`) | `page_title` |
| a line on the terminal (a file name in an error) | `terminal_line` |

Sentences quoted from pages are Markdown that stage 1 escaped already; those pass through
`neutralise_line_start` where they start a line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection
from typing import Any

import yaml

from .frontmatter import dump_yaml
from .urls import href, http_url
from .yamlload import YAMLLimitError, load_yaml

# Characters Python-Markdown (and the extensions this site enables) read as inline markup.
_INLINE_CHARS = "\\`*_{}[]"
_INLINE = re.compile(f"([{re.escape(_INLINE_CHARS)}])")
# Characters that start a block (heading, quote, list, admonition, details, rule) at line start;
# written as numeric character references they show as themselves and start nothing.
_LINE_START = re.compile(r"^(\s*)([#>+\-=!?:|~]|\d+[.)])")


# C0/C1 control characters (Python-Markdown uses STX/ETX as its own placeholders) are dropped;
# line breaks become spaces: a value is one line of the page, and a break would start a block.
_CONTROL_CODES = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]
_ONE_LINE = {**dict.fromkeys(_CONTROL_CODES), 0x0A: " ", 0x0D: " "}
_CODE_LINES = {**dict.fromkeys(_CONTROL_CODES), 0x0D: "\n"}
_CONTROL = re.compile(f"[{re.escape(''.join(map(chr, _CONTROL_CODES)))}]")


def escape_inline(text: str) -> str:
    """Escape text for use inside a line of Markdown: a paragraph, a heading, link text, a table cell."""
    # (Fast paths, the same text: a printable text holds no control character nor line break, all
    # that `_ONE_LINE` maps; a text without any of `_INLINE`'s characters has nothing for it to
    # escape. Both tests run in C over the text; most paragraphs pass them.)
    text = html.escape(text if text.isprintable() else text.translate(_ONE_LINE), quote=False)
    if any(c in text for c in _INLINE_CHARS):
        text = _INLINE.sub(r"\\\1", text)
    # A "|" would end a table cell (the tables extension splits rows before inline Markdown is read,
    # so a backslash does not hold it everywhere): written as a character reference it shows as itself.
    return text.replace("|", "&#124;")


def escape_value(value: Any) -> str:
    """Escape a value shown on a generated page; an em dash when there is none."""
    return escape_inline(str(value)) if value not in (None, "") else "—"


def escape_date(value: Any) -> str:
    """Escape a date shown in a table cell, kept on one line: a narrow column on a phone broke
    "2008-01-09" at its hyphens, the year on one line and the day on the next."""
    return f'<span class="dossier-date">{escape_inline(str(value))}</span>' if value not in (None, "") else "—"


def plural(n: int, noun: str, many: str | None = None) -> str:
    """Write a count with its noun ("1 source", "3 sources"; `many` where an "s" does not make the
    plural: "2 entities")."""
    return f"{n} {noun}" if n == 1 else f"{n} {many or noun + 's'}"


def escape_block(text: str) -> str:
    """Escape one paragraph of text so that it renders as a plain paragraph of that text."""
    # (A printable text holds none of `_CONTROL`'s characters: not searched for them.)
    return neutralise_line_start(
        escape_inline(" ".join((text if text.isprintable() else _CONTROL.sub("", text)).split()))
    )


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


def url_link(value: Any) -> str | None:
    """Render a link out of the site, showing the URL: None unless the value is an http(s) URL
    with a host (`dossier.urls.http_url`)."""
    url = http_url(value)
    return f"[{escape_inline(url)}]({href(url)})" if url else None


def code_span(value: Any) -> str:
    """Render a value as inline code: a fence longer than any run of backticks in it, one line.

    A value holding "<" is an HTML code element of its escaped text instead: in Markdown code the
    "<" stays raw in the page's Markdown, which MkDocs reads with Python's HTML parser (for anchors)
    before rendering it, and Python 3.11's parser raises at "<![" followed by anything but a known
    keyword, which stops the whole build (a seed's file name, shown as code on its page, may hold one).
    """
    text = str(value if value is not None else "").translate(_ONE_LINE)
    if "<" in text:
        return f"<code>{escape_inline(text)}</code>"
    fence = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


#: A run of backticks that a backslash does not escape: it opens a code span where a run as long closes it.
_TICKS = re.compile(r"(?<!\\)`+")
#: A whole run of backticks, escaped or not: what closes a code span (a backslash escapes nothing in code).
_RUN = re.compile(r"`+")
#: An inline link or image whose text holds no bracket and whose target no space, parenthesis or
#: angle bracket, with an optional "title": `[text](target)`, `![alt](target "t")`.
_NOTE_LINK = re.compile(r'(?<!\\)(!?)\[([^\[\]\n]*)\]\(([^()\s<>]+)(?:\s+"[^"\n]*")?\)')
#: What shows as text in a quoted note sentence: HTML, brackets (no link or reference but those
#: `quoted_note` writes), attribute lists, a backtick that closes no code span, a table's cell bar;
#: a character a backslash escapes stays escaped, and a backslash before one that Python-Markdown
#: does not escape ("<") stays a backslash before the character's text.
_INERT = str.maketrans({"<": "&lt;", "[": "\\[", "]": "\\]", "{": "\\{", "}": "\\}", "`": "\\`", "|": "&#124;"})
_INERT_OR_ESCAPED = re.compile(r"\\(.)|[<\[\]{}`|]", re.S)
#: The characters Python-Markdown reads as escaped after a backslash (markdown.Markdown.ESCAPED_CHARS).
_ESCAPABLE = frozenset("\\`*_{}[]()>#+-.!")


def quoted_note(markdown: str, target: Callable[[str], str | None]) -> str:
    """Render a sentence cut out of an analyst's note for another page (an entity page quotes it):
    its code spans, emphasis and inline links kept, each link's target given by `target` (None:
    the link's text only; an image is a link to it, fetched by no page but its note's); anything
    else that is markup is shown as text.

    Cut out of its note, a sentence has lost what made its markup text there: an indented code
    block, a code span or an HTML element that the sentence's end cut in two. So its HTML,
    brackets, attribute lists and stray backticks are written as text, and the sentence shows no
    element, attribute or link the tool does not write. (The note's own page keeps its HTML.)
    """
    out, pos = [], 0
    closes = _RunsByLength(markdown)
    for m in _TICKS.finditer(markdown):
        if m.start() < pos:
            continue  # inside a code span already written
        close = closes.next_run(len(m.group(0)), m.end())
        if close is None:
            continue  # no run as long closes it: its backticks are text
        out += [_note_text(markdown[pos : m.start()], target), code_span(markdown[m.end() : close[0]].strip())]
        pos = close[1]
    out.append(_note_text(markdown[pos:], target))
    return neutralise_line_start("".join(out))


class _RunsByLength:
    """The whole runs of backticks of a text, by length, to find the run that closes a code span
    opened at some offset: the first whole run of the opening's length after it. The offsets asked
    for only grow (the caller walks the text once), so each length's list is walked once: searching
    the rest of the text again for each opening that no run closes grew with the square of the
    text, a sentence of runs of different lengths."""

    def __init__(self, text: str) -> None:
        self._runs: dict[int, list[tuple[int, int]]] = {}
        for m in _RUN.finditer(text):
            self._runs.setdefault(m.end() - m.start(), []).append(m.span())
        self._next = dict.fromkeys(self._runs, 0)

    def next_run(self, length: int, after: int) -> tuple[int, int] | None:
        """The span of the first whole run of `length` backticks starting at `after` or later."""
        runs = self._runs.get(length)
        if runs is None:
            return None
        i = self._next[length]
        while i < len(runs) and runs[i][0] < after:
            i += 1
        self._next[length] = i
        return runs[i] if i < len(runs) else None


def _note_text(text: str, target: Callable[[str], str | None]) -> str:
    out, pos = [], 0
    for m in _NOTE_LINK.finditer(text):
        label = _inert(m.group(2)) or ("image" if m.group(1) else "")
        to = target(m.group(3))
        out += [_inert(text[pos : m.start()]), f"[{label}]({to})" if to and label else label]
        pos = m.end()
    out.append(_inert(text[pos:]))
    return "".join(out)


def _inert(text: str) -> str:
    return _INERT_OR_ESCAPED.sub(_inert_one, text)


def _inert_one(m: re.Match[str]) -> str:
    escaped = m.group(1)
    if escaped is None:
        return m.group(0).translate(_INERT)
    return "\\" + (escaped if escaped in _ESCAPABLE else escaped.translate(_INERT))


def indented_code(text: str) -> str:
    """Render text as an indented code block (shown verbatim, HTML-escaped by Markdown; blank
    lines inside do not end it). The caller puts a blank line before and after. Text holding "<"
    is an HTML block of its escaped text instead (see `code_span`)."""
    text = text.translate(_CODE_LINES)
    if "<" in text:
        return f"<pre><code>{html.escape(text.rstrip(), quote=False)}</code></pre>"
    return "\n".join(f"    {line}" if line.strip() else "" for line in text.split("\n")).rstrip()


def page_title(value: Any) -> str:
    """Render text for a page's title and the metadata the theme prints without escaping it
    (`<title>`, `<meta name="description">`, the navigation): one line of HTML-escaped text."""
    return html.escape(" ".join(str(value).translate(_ONE_LINE).split()), quote=True)


#: What a file name or a message may carry that a page or a terminal cannot show as it is:
#: controls, direction marks, overrides and isolates, zero-width and soft characters, and the bytes
#: of a file name that are not UTF-8 (stage 1 drops such characters from the text; a name is kept
#: as it is, to find its file).
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\udc80-\udcff]"
)


def shown_file_name(name: Any) -> str:
    """Render a source's file name for a page: what it hides written as escapes ("rtl\\u202etxt.exe.txt").
    A right-to-left override in a seed's name turned the rest of the line around on every page that
    named the file ("(txet sa ,lanigiro eht)" after it), and let a name pass for another."""
    return escape_chars(str(name), _UNPRINTABLE)


def terminal_line(text: Any) -> str:
    """Render text for one line of a terminal message: line breaks, control characters, direction
    marks and undecodable bytes of a file name are written as escapes, so no name can end the
    line, forge a second one or move the cursor."""
    return escape_chars(str(text), _UNPRINTABLE)


def escape_chars(text: str, chars: re.Pattern[str]) -> str:
    """Write each character `chars` matches as its escape ("\\x0b", "\\u202e"; a byte of a file name
    that is not UTF-8 as "\\xff"), for a context that cannot carry it."""
    return chars.sub(_escape_char, text)


def _escape_char(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def dump_front_matter(data: dict[str, Any]) -> str:
    """Render a YAML front-matter block; values are always quoted or escaped by the writer."""
    return f"---\n{dump_yaml(data)}---\n"


_FRONT_MATTER = re.compile(r"^---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)
#: The first line of a top-level entry of a block-style mapping: at the margin, and neither a
#: comment, a list item, nor the value line of an explicit ("? key") entry. Whatever else a value
#: spans is indented (by spaces or tabs: a key may start with another space, U+00A0), or list items.
_TOP_ENTRY = re.compile(r"^(?![ \t\r\n#]|[-:](?:[ \t]|$))", re.M)


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


def split_front_matter(
    text: str, skip: re.Pattern[str] | None = None, max_bytes: int | None = None
) -> tuple[dict[str, Any], str, str | None]:
    """Split a page into (front matter, body, error); a bad block is reported, not raised.

    `skip` matches the first top-level key of a tail the caller does not need (the audit of a
    page stage 1 wrote, half its front matter): the YAML is read up to there, or whole if that
    part alone does not parse. A block over `max_bytes`, or whose aliases expand too far, is not
    read (see `dossier.yamlload`).
    """
    if not text.startswith("---"):
        return {}, text, None
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, None
    block = m.group(1) or ""
    if skip is not None and (tail := skip.search(block)):
        try:
            head = load_yaml(block[: tail.start()], max_bytes)
            if isinstance(head, dict):
                return head, text[m.end() :], None
        except yaml.YAMLError:
            pass  # read the whole block, which reports the error where it is
    try:
        data = load_yaml(block, max_bytes) or {}
    except YAMLLimitError as exc:
        return {}, text[m.end() :], f"front matter not read: {exc}"
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}" if mark else "front matter"
        return {}, text[m.end() :], f"{where}: bad YAML front matter ({getattr(exc, 'problem', exc)})"
    if not isinstance(data, dict):
        return {}, text[m.end() :], "front matter is not a mapping of keys to values"
    return data, text[m.end() :], None
