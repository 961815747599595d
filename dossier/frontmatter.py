"""Write front matter as YAML text, byte for byte what `yaml.dump` with libyaml's emitter writes.

Stage 1 writes a page's front matter (metadata, entities, the audit of removed lines) for every
source, and PyYAML spends most of that time in its Python representer, not in libyaml. This
module writes the same block-style YAML directly: mappings with plain keys, sequences, strings,
integers, booleans and nulls, each string in the style libyaml picks (plain, single-quoted or
double-quoted, folded at spaces past the width). It follows libyaml 0.2.5's emitter
(`yaml_emitter_analyze_scalar`, `yaml_emitter_select_scalar_style` and the scalar writers).
Anything else (another type, a container met twice, an unusual key) is left to `yaml.dump`.
tests/unit/test_frontmatter.py compares the two on arbitrary text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml

#: The emitter's settings, as `dump_yaml` passes them to `yaml.dump`.
WIDTH = 100
INDENT = 2

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_RESOLVERS = _Dumper.yaml_implicit_resolvers
_WILDCARD_RESOLVERS = tuple(_RESOLVERS.get(None, ()))
#: A character that is not printable (for libyaml) or breaks the line: the value needs analysis.
_NOT_SIMPLE = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BREAKS = frozenset("\r\n\x85\u2028\u2029")
_BLANKZ = frozenset(" \t\0") | _BREAKS
#: Characters that open a flow or block construct at the start of a scalar.
_INDICATORS_FIRST = frozenset("#,[]{}&*!|>'\"%@`")
_ESCAPES = {
    "\0": "0", "\x07": "a", "\x08": "b", "\t": "t", "\n": "n", "\x0b": "v", "\x0c": "f", "\r": "r",
    "\x1b": "e", '"': '"', "\\": "\\", "\x85": "N", "\xa0": "_", "\u2028": "L", "\u2029": "P",
}  # fmt: skip


#: Keys already found to be written plain (stage 1 writes the same few keys on every page).
_PLAIN_KEYS: set[str] = set()


class _Unsupported(Exception):
    """Data this writer does not cover: `yaml.dump` writes it."""


def dump_yaml(data: Any) -> str:
    """Return `yaml.dump(data, Dumper=CSafeDumper, sort_keys=False, allow_unicode=True, width=100,
    default_flow_style=False)`: a mapping written here, anything else by libyaml."""
    try:
        if type(data) is not dict or not data:
            raise _Unsupported
        out: list[str] = []
        _Writer(out).mapping(data, 0)
        return "".join(out)
    except _Unsupported:
        return yaml.dump(
            data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=WIDTH, default_flow_style=False
        )


class _Writer:
    def __init__(self, out: list[str]):
        self.out = out
        self.seen: set[int] = set()  # containers met so far: one met twice would be an alias

    def _container(self, data: object) -> None:
        if id(data) in self.seen:
            raise _Unsupported
        self.seen.add(id(data))

    def mapping(self, data: dict, indent: int, column: int = 0) -> None:
        """Write a block mapping whose first key goes at `column` on the current line (0: a new line)."""
        self._container(data)
        first = True
        for key, value in data.items():
            if type(key) is not str:
                raise _Unsupported
            if key not in _PLAIN_KEYS:
                if not _is_plain_key(key):
                    raise _Unsupported
                if len(_PLAIN_KEYS) < 1024:
                    _PLAIN_KEYS.add(key)
            if not (first and column):
                self.out.append(" " * indent)
            first = False
            self.out.append(key + ":")
            self.value(value, indent, indent + len(key) + 1)

    def value(self, value: object, indent: int, column: int) -> None:
        """Write a mapping's value after its "key:" (which ends at `column`)."""
        if type(value) is dict:
            if not value:
                self._container(value)
                self.out.append(" {}\n")
            else:
                self.out.append("\n")
                self.mapping(value, indent + INDENT)
        elif type(value) is list:
            if not value:
                self._container(value)
                self.out.append(" []\n")
            else:
                self.out.append("\n")
                self.sequence(value, indent)  # a sequence in a mapping is not indented
        else:
            self.out.append(" ")
            self.out.append(_scalar(value, column + 1, indent + INDENT))
            self.out.append("\n")

    def sequence(self, data: list, indent: int) -> None:
        self._container(data)
        for item in data:
            self.out.append(" " * indent + "-")
            if type(item) is dict and item:
                self.out.append(" ")
                self.mapping(item, indent + INDENT, indent + INDENT)
            elif type(item) in (dict, list):
                raise _Unsupported
            else:
                self.out.append(" ")
                self.out.append(_scalar(item, indent + 2, indent + INDENT))
                self.out.append("\n")


def _is_plain_key(key: str) -> bool:
    """Tell whether a key is written plain: short, lowercase words (the keys stage 1 writes)."""
    return (
        0 < len(key) <= 64
        and key.replace("_", "a").isalnum()
        and key.isascii()
        and key[0].isalpha()
        and _implicit_str(key)
    )


def _implicit_str(value: str) -> bool:
    """Tell whether the text, written plain, would be read back as a string (not null, a number...)."""
    resolvers = _RESOLVERS.get(value[0] if value else "")
    if resolvers and any(regexp.match(value) for _, regexp in resolvers):
        return False
    return not any(regexp.match(value) for _, regexp in _WILDCARD_RESOLVERS)


def _scalar(value: object, column: int, indent: int) -> str:
    """Return a scalar as written from `column` on, continuation lines indented by `indent`."""
    if value is None:
        return "null"
    if type(value) is bool:
        return "true" if value else "false"
    if type(value) is int:
        return str(value)
    if type(value) is not str:
        raise _Unsupported
    return _string(value, column, indent)


#: Strings whose written form is remembered: the audit of removed lines repeats a few values
#: ("boilerplate", a rule's evidence) on every page, at the same columns.
STRING_CACHE_SIZE = 4096


@lru_cache(maxsize=STRING_CACHE_SIZE)
def _string(value: str, column: int, indent: int) -> str:
    """Return a string scalar as `_scalar` writes it (a function of the text and the two columns)."""
    if value and not _NOT_SIMPLE.search(value):
        # Printable and on one line (most values): the styles follow from a few look-ups.
        if value[0] != " " and value[-1] != " " and not _block_indicators(value) and _implicit_str(value):
            return _fold(value, column, indent, inner_only=False)
        return "'" + _fold(value.replace("'", "''"), column + 1, indent, inner_only=True) + "'"
    if _SURROGATE.search(value):
        raise _Unsupported  # not UTF-8: yaml.dump raises its own error
    plain, single = _allowed_styles(value)
    if plain and _implicit_str(value):
        return _plain(value, column, indent)
    if single:
        return _single_quoted(value, column, indent)
    return _double_quoted(value, column, indent)


def _block_indicators(value: str) -> bool:
    """Tell whether a printable one-line value holds what YAML reads as structure when plain."""
    first = value[0]
    return (
        first in _INDICATORS_FIRST
        or (first in "?:-" and value[1:2] in ("", " "))
        or value.startswith(("---", "..."))
        or ": " in value
        or value.endswith(":")
        or " #" in value
    )


def _fold(text: str, column: int, indent: int, inner_only: bool) -> str:
    """Break a plain or single-quoted text at single spaces past the width, as libyaml does."""
    if column + len(text) - 1 <= WIDTH:  # no space can be past the width
        return text
    out, start, line_column, last = [], 0, column, len(text) - 1
    i = text.find(" ")
    while i != -1:
        if (
            line_column + i - start > WIDTH
            and text[i - 1 : i] != " "
            and text[i + 1 : i + 2] != " "
            and (not inner_only or 0 < i < last)
        ):
            out += [text[start:i], "\n", " " * indent]
            start, line_column = i + 1, indent
        i = text.find(" ", i + 1)
    out.append(text[start:])
    return "".join(out)


def _printable(ch: str) -> bool:
    c = ord(ch)
    return c == 0x0A or 0x20 <= c <= 0x7E or 0xA0 <= c <= 0xD7FF or (0xE000 <= c <= 0xFFFD and c != 0xFEFF)


def _allowed_styles(value: str) -> tuple[bool, bool]:
    """Return whether plain and single-quoted styles may hold the value in a block mapping or
    sequence (libyaml's `yaml_emitter_analyze_scalar`)."""
    if not value:
        return True, True
    block_indicators = value.startswith(("---", "..."))
    line_breaks = special = False
    leading = break_space = space_break = False
    preceded_by_whitespace = True
    previous_space = previous_break = False
    last = len(value) - 1
    for i, ch in enumerate(value):
        followed_by_whitespace = i == last or value[i + 1] in _BLANKZ
        if i == 0:
            if ch in _INDICATORS_FIRST or (ch in "?:-" and followed_by_whitespace):
                block_indicators = True
        elif (ch == ":" and followed_by_whitespace) or (ch == "#" and preceded_by_whitespace):
            block_indicators = True
        if not _printable(ch):
            special = True
        if ch == " ":
            if i == 0 or i == last:
                leading = True
            if previous_break:
                break_space = True
            previous_space, previous_break = True, False
        elif ch in _BREAKS:
            line_breaks = True
            if i == 0 or i == last:
                leading = True
            if previous_space:
                space_break = True
            previous_space, previous_break = False, True
        else:
            previous_space = previous_break = False
        preceded_by_whitespace = ch in _BLANKZ
    plain = not (leading or break_space or space_break or special or line_breaks or block_indicators)
    single = not (break_space or space_break or special)
    return plain, single


def _plain(value: str, column: int, indent: int) -> str:
    out, spaces = [], False
    for i, ch in enumerate(value):
        if ch == " ":
            if not spaces and column > WIDTH and value[i + 1 : i + 2] != " ":
                out.append("\n" + " " * indent)
                column = indent
            else:
                out.append(ch)
                column += 1
            spaces = True
        else:
            out.append(ch)
            column += 1
            spaces = False
    return "".join(out)


def _single_quoted(value: str, column: int, indent: int) -> str:
    out, spaces, breaks = ["'"], False, False
    column += 1
    last = len(value) - 1
    at_line_start = False  # libyaml's "indention": only indentation written on this line so far
    for i, ch in enumerate(value):
        if ch == " ":
            if not spaces and column > WIDTH and 0 < i < last and value[i + 1] != " ":
                out.append("\n" + " " * indent)
                column, at_line_start = indent, True
            else:
                out.append(ch)
                column += 1
            spaces = True
        elif ch in _BREAKS:
            if not breaks and ch == "\n":
                out.append("\n")
            out.append(ch)
            column, at_line_start, breaks = 0, True, True
        else:
            if breaks:
                out.append(_indent(column, indent, at_line_start, True))
                column = indent
            if ch == "'":
                out.append("'")
                column += 1
            out.append(ch)
            column += 1
            at_line_start = spaces = breaks = False
    if breaks:
        out.append(_indent(column, indent, at_line_start, True))
    out.append("'")
    return "".join(out)


def _indent(column: int, indent: int, at_line_start: bool, whitespace: bool) -> str:
    """Return what libyaml's `yaml_emitter_write_indent` writes at `column`."""
    text = ""
    if not at_line_start or column > indent or (column == indent and not whitespace):
        text, column = "\n", 0
    return text + " " * max(indent - column, 0)


def _double_quoted(value: str, column: int, indent: int) -> str:
    out, spaces = ['"'], False
    column += 1
    last = len(value) - 1
    for i, ch in enumerate(value):
        if not _printable(ch) or ch in _BREAKS or ch in '"\\':
            escape = _ESCAPES.get(ch)
            if escape is None:
                c = ord(ch)
                escape = f"x{c:02X}" if c <= 0xFF else f"u{c:04X}" if c <= 0xFFFF else f"U{c:08X}"
            out.append("\\" + escape)
            column += 1 + len(escape)
            spaces = False
        elif ch == " ":
            if not spaces and column > WIDTH and 0 < i < last:
                out.append("\n" + " " * indent)
                column = indent
                if value[i + 1] == " ":
                    out.append("\\")
                    column += 1
            else:
                out.append(ch)
                column += 1
            spaces = True
        else:
            out.append(ch)
            column += 1
            spaces = False
    out.append('"')
    return "".join(out)
