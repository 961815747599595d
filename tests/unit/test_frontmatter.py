"""dossier.frontmatter writes exactly what `yaml.dump` with libyaml writes, and it reads back as the data."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.frontmatter import dump_yaml
from dossier.model import Entity
from dossier.sourcepages import _entities_yaml

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def reference(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def check(data: dict) -> None:
    text = dump_yaml(data)
    assert text == reference(data)
    assert yaml.safe_load(text) == data


# Values YAML reads as something else, or as structure, when written bare.
KEYWORDS = ["null", "Null", "NULL", "~", "", "yes", "No", "on", "OFF", "true", "False", "y", "n", "1", "-1", "+1",
            "0x1F", "0o17", "1_000", "1e3", "1.5", ".inf", "-.Inf", ".nan", "2023-09-14", "2023-09-14 10:00:00",
            "<<", "=", "---", "...", "--- x", "... x", "- x", "-x", "? x", "?x", ": x", ":x", "x:", "x: y", "x:y",
            "#x", "x #y", "x#y", "'x'", '"x"', "x'y", 'x"y', "[x]", "{x}", "x, y", "&x", "*x", "!x", "|x", ">x",
            "%x", "@x", "`x", "x ", " x", "  ", "x\ty", "\tx", "x\n", "\nx", "x\ny", "x \ny", "x\n y", "x\n\ny",
            "x\ry", "x\x85y", "x\u2028y", "x\u2029 y", "x\x00y", "x\x07y", "x\x1by", "x\x7fy", "x\x9fy", "\xa0x",
            "x\ufeffy", "x\ufffey", "é漢字", "😀", "x😀 y", "\\x", "x\\", "a\u200bb"]  # fmt: skip
WORDS = ["a", "the", "Putin", "Hurricane", "Delphine", "l'été", "don't", "“quoted”", "—", "x:", "#tag", "-", "'",
         '"', "\\", "\t", "😀", "null", "a,b", "[1]", "https://example.com/a?b=c#d"]  # fmt: skip


def _joined(parts: list[str], separators: list[str]) -> str:
    return "".join(p + s for p, s in zip(parts, separators, strict=False))


# Long texts with spaces in every position relative to the width (100), single and double spaces,
# quotes and escapes before and after the folds.
long_texts = st.builds(
    _joined,
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=14)), min_size=5, max_size=80),
    st.lists(st.sampled_from([" ", " ", " ", "  ", "", "\n", " \u2028", "'"]), min_size=5, max_size=80),
)
texts = st.one_of(st.text(), st.sampled_from(KEYWORDS), long_texts, st.text(alphabet=st.sampled_from(" 'a:#-\n")))


@pytest.mark.parametrize("value", KEYWORDS)
def test_each_keyword_and_indicator(value):
    check({"title": value, "removed": [{"line": 3, "text": value, "reason": value}], "entities": [value]})


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_any_text_as_a_value(value):
    check({"generator": "dossier", "title": value, "url": None})


@settings(max_examples=400, deadline=None)
@given(
    st.lists(texts, max_size=4),
    st.lists(st.tuples(st.integers(0, 10**6), texts, texts), max_size=4),
    st.dictionaries(st.sampled_from(["title", "date", "author"]), st.one_of(st.none(), st.integers(), texts)),
)
def test_front_matter_shaped_data(aliases, removed, provenance):
    """Mappings in sequences, sequences in mappings, empty ones, nulls and numbers, as stage 1 writes them."""
    check(
        {
            "generator": "dossier",
            "title": aliases[0] if aliases else None,
            "entities": [{"name": "X", "type": "person", "aliases": aliases}, {"name": "Y", "aliases": []}],
            "citations": aliases,
            "provenance": {k: {"line": v, "rule": v} for k, v in provenance.items()},
            "removed": [{"line": n, "text": t, "reason": r, "kind": "boilerplate"} for n, t, r in removed],
            "flags": [True, False],
            "empty": {},
        }
    )


def test_data_outside_the_writer_is_left_to_yaml():
    shared = ["a"]
    for data in ({"x": 1.5}, {"x": shared, "y": shared}, {"x": [["a"]]}, {"x": [{}]}, {"Bad key": 1}, {1: 2}, {}):
        assert dump_yaml(data) == reference(data)


_NAMES = st.text(min_size=0, max_size=40) | st.sampled_from(KEYWORDS)


@given(
    st.lists(
        st.builds(
            Entity,
            name=_NAMES,
            type=st.sampled_from(["person", "organization", "place", "event", "other"]),
            aliases=st.lists(_NAMES, max_size=3).map(tuple),
        ),
        max_size=5,
    )
)
@settings(max_examples=200, deadline=None)
def test_entities_written_entry_by_entry_read_as_the_whole_list(entities: list[Entity]) -> None:
    # A source page's entities are written one cached entry at a time (the same entities recur
    # across a corpus): the result is what writing the whole list at once gives.
    data = {"entities": [{"name": e.name, "type": e.type, "aliases": list(e.aliases)} for e in entities]}
    assert _entities_yaml(tuple(entities)) == reference(data)
