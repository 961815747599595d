"""Input that costs more than its size: YAML aliases, deep Markdown, files that are not files."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml

from dossier.docfiles import refusal
from dossier.ingest import SourceError, read_source, source_slug, source_slugs
from dossier.markup import split_front_matter
from dossier.rendercheck import RenderCheck, bracket_depth
from dossier.yamlload import MAX_EXPANDED_NODES, YAMLLimitError, check_yaml, expanded_size, load_yaml

BOMB = "".join(
    f"{a}: &{a} [{', '.join([f'*{p}'] * 9 if p else ['lol'] * 9)}]\n"
    for p, a in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)


def test_an_alias_bomb_is_refused_before_it_is_built() -> None:
    started = time.perf_counter()
    for text in (BOMB, BOMB + "title: *i\n"):
        with pytest.raises(YAMLLimitError, match="aliases expand to more than"):
            load_yaml(text)
        with pytest.raises(YAMLLimitError):
            check_yaml(text)
    assert time.perf_counter() - started < 2  # measured on the composed nodes: 387 million values never built


def test_aliases_that_stay_small_are_read() -> None:
    assert load_yaml("a: &x [1, 2]\nb: *x\nc: *x\n") == {"a": [1, 2], "b": [1, 2], "c": [1, 2]}


def test_the_expanded_size_counts_every_value_once_per_use() -> None:
    node = yaml.compose("a: &x [1, 2]\nb: *x\n")
    assert expanded_size(node) == 1 + 2 * 1 + 2 * 3  # the mapping, two keys, two lists of two
    with pytest.raises(YAMLLimitError):
        expanded_size(node, limit=8)
    assert MAX_EXPANDED_NODES >= 100_000  # a registry of 10,000 entities holds some 60,000 values


def test_an_alias_inside_its_own_value_is_refused() -> None:
    with pytest.raises(YAMLLimitError, match="refers to a value that holds it"):
        load_yaml("a: &x [1, *x]\n")


def test_a_size_limit_counts_bytes() -> None:
    assert load_yaml("a: " + "é" * 10, max_bytes=25) == {"a": "é" * 10}
    with pytest.raises(YAMLLimitError, match="over the 20-byte limit"):
        load_yaml("a: " + "é" * 10, max_bytes=20)


def test_a_note_s_front_matter_over_its_limit_is_one_problem() -> None:
    meta, body, error = split_front_matter("---\na: '" + "x" * 100 + "'\n---\nBody\n", max_bytes=50)
    assert meta == {} and body == "Body\n" and error and "over the 50-byte limit" in error
    meta, _, error = split_front_matter(f"---\n{BOMB}title: *i\n---\nBody\n")
    assert meta == {} and error and "aliases expand" in error


SITE_EXTENSIONS = ["attr_list", "admonition", "pymdownx.details", "tables", "toc"]


def test_markdown_that_exhausts_the_recursion_limit_is_a_problem() -> None:
    check = RenderCheck(SITE_EXTENSIONS, {"toc": {"permalink": True}})
    assert "nests too deeply" in check.problem("*" * 2000 + "x" + "*" * 2000)
    assert check.problem("# A note\n\n- a\n    - b\n\nText with *emphasis* and [a link](x.md).") is None


def test_markup_python_s_html_parser_cannot_read_is_a_problem() -> None:
    check = RenderCheck(SITE_EXTENSIONS, {})
    assert "cannot read" in check.problem("# A note\n\nIt writes <![x in its text.\n")
    assert check.problem("# A note\n\nIt writes <![CDATA[x]]> in its text.\n") is None


def test_deeply_nested_brackets_are_a_problem_found_without_rendering() -> None:
    check = RenderCheck(SITE_EXTENSIONS, {})
    started = time.perf_counter()
    assert "square brackets 20000 deep" in check.problem("[" * 20000 + "x" + "]" * 20000)
    assert time.perf_counter() - started < 1  # rendering it took Python-Markdown 108 s
    assert bracket_depth(r"[a [b] \[ c] [d]") == 2


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.perf_counter()
    with pytest.raises(SourceError, match=r"not a regular file \(a FIFO\)"):
        read_source(fifo)
    assert time.perf_counter() - started < 2  # opened without waiting for a writer
    assert refusal(fifo, tmp_path, confined=False) == "is not a regular file (a FIFO); left out of the site"


def test_a_page_linking_outside_the_docs_folder_is_refused(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "notes").mkdir(parents=True)
    (tmp_path / "secret.md").write_text("secret")
    (docs / "notes" / "leak.md").symlink_to(tmp_path / "secret.md")
    (docs / "shared.md").write_text("inside")
    (docs / "notes" / "alias.md").symlink_to(docs / "shared.md")
    assert "outside the docs folder" in refusal(docs / "notes" / "leak.md", docs, confined=True)
    assert refusal(docs / "notes" / "leak.md", docs, confined=False) is None  # MkDocs' own files: its rules
    assert refusal(docs / "notes" / "alias.md", docs, confined=True) is None  # a link inside docs/ is fine


@pytest.mark.parametrize(
    ("name", "slug"),
    [("000_29186c0ec3ab31ab.txt", "000_29186c0ec3ab31ab"), ("a-b.txt", "a-b"), ("report7.txt", "report7")],
)
def test_a_plainly_named_seed_keeps_its_name(name: str, slug: str) -> None:
    assert source_slug(name) == slug


@pytest.mark.parametrize(
    ("name", "readable"),
    [("a b.txt", "a-b"), ("A-B.txt", "a-b"), ("a-b.md", "a-b"), ("index.txt", "index"), ("a--b.txt", "a-b"),
     ("-a.txt", "a"), ("Café Müller.txt", "cafe-muller"), ("evil\nname.txt", "evil-name"), ("東京.txt", "東京"), ("..txt", "untitled")],
)  # fmt: skip
def test_any_other_name_gets_a_readable_slug_and_its_hash(name: str, readable: str) -> None:
    slug = source_slug(name)
    assert slug.startswith(f"{readable}-") and len(slug) == len(readable) + 9
    assert source_slug(name) == slug and source_slug(name + "x") != slug


def test_slugs_in_one_folder_are_distinct_even_when_a_hash_collides(monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["a b.txt", "a-b-12345678.txt", "a-b.txt"]
    monkeypatch.setattr("dossier.ingest.source_slug", lambda n: {"a b.txt": "a-b-12345678"}.get(n, n[:-4]))
    slugs = source_slugs(names)
    assert slugs[1:] == ["a-b-12345678", "a-b"] and len(set(slugs)) == 3  # the plain name keeps its page
