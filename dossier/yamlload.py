"""Read YAML that a user or a scraper may have written, with bounded work.

YAML aliases let a few hundred bytes stand for billions of values ("billion laughs"): PyYAML
builds them as shared references, cheaply, but whatever walks the result (a template printing a
title, a loop over entities) walks every one. A document whose aliases expand to more than
MAX_EXPANDED_NODES values is refused, measured on the composed node graph before anything is built.
A text may also be given a size limit.
"""

from __future__ import annotations

from typing import Any

import yaml

#: Values a YAML document may hold once its aliases are expanded. A registry of 10,000 entities
#: with their aliases holds about 60,000; the classic alias bomb, nine levels of nine, 387 million.
MAX_EXPANDED_NODES = 200_000

# libyaml's C parser when PyYAML was built with it (ten times faster on large pages).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YAMLLimitError(yaml.YAMLError):
    """YAML refused for its size or for what its aliases expand to; the message says which."""


def load_yaml(text: str, max_bytes: int | None = None) -> Any:
    """Parse YAML safely (no tags that build Python objects), refusing alias bombs and, given
    `max_bytes`, texts longer than that (in UTF-8)."""
    return _read(text, max_bytes, build=True)


def check_yaml(text: str, max_bytes: int | None = None) -> None:
    """Raise YAMLLimitError if `load_yaml` would refuse the text for its size or its aliases (a
    syntax error is not reported: whoever parses the text reports it)."""
    try:
        _read(text, max_bytes, build=False)
    except YAMLLimitError:
        raise
    except yaml.YAMLError:
        pass


def _read(text: str, max_bytes: int | None, build: bool) -> Any:
    if max_bytes is not None and len(text) > max_bytes // 4 and len(text.encode()) > max_bytes:
        raise YAMLLimitError(f"{len(text.encode()):,} bytes, over the {max_bytes:,}-byte limit")
    try:
        return _parse(text, build)
    except ValueError as exc:
        # A value PyYAML parses but cannot build ("date: 2015-13-45", an integer of 5,000 digits)
        # raises ValueError, not a YAML error: reported as one, it is one line naming the file.
        raise yaml.constructor.ConstructorError(None, None, f"a value that cannot be read: {exc}") from exc


def _parse(text: str, build: bool) -> Any:
    if "*" not in text or "&" not in text:  # no anchor or no alias: nothing can expand
        return yaml.load(text, Loader=_Loader) if build else None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        expanded_size(node)
        return loader.construct_document(node) if build else None
    finally:
        loader.dispose()


def expanded_size(node: yaml.Node, limit: int = MAX_EXPANDED_NODES) -> int:
    """Return how many values a composed YAML node stands for with its aliases expanded; raise
    YAMLLimitError past `limit`, or when an alias refers to the node that holds it.

    Each distinct node is measured once (aliases share nodes), so this is linear in the document's
    size, however far its aliases expand.
    """
    sizes: dict[int, int] = {}  # by node id, once measured
    active: set[int] = set()  # the nodes being measured: an alias to one of them is a cycle
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:  # post-order without recursion: libyaml allows 1,000 levels of nesting
        n, children_done = stack.pop()
        key = id(n)
        if key in sizes:
            continue
        kids = _children(n)
        if not children_done:
            if key in active:
                raise YAMLLimitError("a YAML alias refers to a value that holds it")
            active.add(key)
            stack.append((n, True))
            stack.extend((kid, False) for kid in kids if id(kid) not in sizes)
            continue
        active.discard(key)
        sizes[key] = total = 1 + sum(sizes[id(kid)] for kid in kids)
        if total > limit:
            raise YAMLLimitError(f"its aliases expand to more than {limit:,} values")
    return sizes[id(node)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []
