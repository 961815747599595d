"""Unit tests for dossier.ingest: safe slugs, reading odd source files, and line numbering."""

from __future__ import annotations

import hashlib
import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.ingest import (
    MAX_SLUG,
    MAX_SLUG_BYTES,
    SourceError,
    normalise_text,
    read_source,
    slugify,
    source_slug,
    split_lines,
    text_name,
)

SLUG = re.compile(r"^[^\W_]+(?:-[^\W_]+)*$")  # letters and digits of any script, lower case
# A cut slug is MAX_SLUG characters plus "-" and a six-character hash.
MAX_CUT_SLUG = MAX_SLUG + 7


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Vladimir Putin", "vladimir-putin"),
        ("  Bashar   al-Assad  ", "bashar-al-assad"),
        ("Café Müller", "cafe-muller"),
        ("São Paulo", "sao-paulo"),
        ("U.S. State Department", "u-s-state-department"),
        ("01_reuters-putin.txt", "01-reuters-putin-txt"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "untitled"),
        ("/", "untitled"),
        ("", "untitled"),
        ("東京", "東京"),  # letters of any script make a slug
        ("Сергей Лавров", "сергей-лавров"),
        ("!!!", "untitled"),
    ],
)
def test_slugify(name, expected):
    assert slugify(name) == expected


def test_long_names_are_cut_and_stay_distinct():
    a, b = "Syria " * 40 + "first", "Syria " * 40 + "second"
    slug_a, slug_b = slugify(a), slugify(b)
    assert len(a) > 200 and len(slug_a) <= MAX_CUT_SLUG and len(slug_b) <= MAX_CUT_SLUG
    assert slug_a != slug_b
    assert SLUG.match(slug_a) and SLUG.match(slug_b)
    assert slugify(a) == slug_a  # stable from run to run


def test_names_that_slug_alike_get_distinct_slugs():
    taken: set[str] = set()
    slugs = [slugify(n, taken) for n in ("Putin", "putin!", "PUTIN", "Putin 2")]
    assert slugs[0] == "putin"
    assert len(set(slugs)) == 4
    assert taken == set(slugs)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_slug_is_always_safe(name):
    slug = slugify(name)
    assert SLUG.match(slug)
    assert "/" not in slug and ".." not in slug and "\\" not in slug
    assert len(slug) <= MAX_CUT_SLUG
    assert len(slug.encode("utf-8", "surrogatepass")) <= MAX_SLUG_BYTES + 7  # "-" and six hex digits


#: A name in a script of three or four bytes a letter (Chinese, a CJK extension, Deseret).
_WIDE_LETTERS = st.text(st.sampled_from(["北", "京", "\U00020000", "\U00020001", "\U00010400", " "]), min_size=40)


@settings(max_examples=100, deadline=None)
@given(_WIDE_LETTERS)
def test_a_slug_and_a_source_page_s_file_names_fit_a_file_system_in_any_script(name):
    # A file system holds 255 bytes a name: a source's page is <slug>.md, its original <slug>.original.html.
    assert len(slugify(name, {slugify(name)}).encode()) <= MAX_SLUG_BYTES + 10
    assert len(f"{source_slug(name + '.txt')}.original.html".encode()) <= 255


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="aAé -./_1", max_size=90), max_size=15))
def test_slugs_within_one_taken_set_are_distinct(names):
    taken: set[str] = set()
    slugs = [slugify(n, taken) for n in names]
    assert len(set(slugs)) == len(slugs)
    assert all(SLUG.match(s) for s in slugs)


# --- read_source ---------------------------------------------------------------------------------


def _write(tmp_path, data: bytes, name: str = "article.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\n", b"\r\n"])
def test_empty_file_is_refused(tmp_path, data):
    with pytest.raises(SourceError):
        read_source(_write(tmp_path, data))


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
        b"%PDF-1.4\n" + bytes([0, 1, 2, 3, 4, 5]) * 50,
    ],
)
def test_binary_file_is_refused(tmp_path, data):
    with pytest.raises(SourceError):
        read_source(_write(tmp_path, data))


def test_cp1252_bytes_are_decoded(tmp_path):
    text = "The caf\xe9 owner said \x93we are not afraid\x94 after the attack on the caf\xe9 near the station.\n"
    raw = text.encode("latin-1")  # the bytes a cp1252 page holds: \xe9 é, \x93 and \x94 curly quotes
    source = read_source(_write(tmp_path, raw))
    assert source.text == "The café owner said “we are not afraid” after the attack on the café near the station.\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Short Western texts that detection scores alike in cp1250, cp1252, cp1257 and DOS cp775.
        ("Caf\xe9 owners in Z\xfcrich protest\n\nBy Ren\xe9 M\xfcller\n\nThe owners said the rules were "
         "\"na\xefve\", Andr\xe9 Dubois said.\n", "latin-1"),
        ("The mayor said \u201cwe will not give up\u201d \u2014 it\u2019s the second time, said Jos\xe9 "
         "N\xfa\xf1ez.\n", "cp1252"),
        # Where one Central European reading fits better, it is kept.
        ("M\u011bsto Brno v \xfater\xfd schv\xe1lilo nov\xe1 pravidla pro kav\xe1rny. Starosta \u0159ekl, "
         "\u017ee zm\u011bny jsou nezbytn\xe9 a \u017ee se o nich bude d\xe1le jednat.\n", "cp1250"),
    ],
)  # fmt: skip
def test_a_short_text_in_a_web_encoding_is_read_in_it(tmp_path, text, encoding):
    assert read_source(_write(tmp_path, text.encode(encoding))).text == text


def test_utf16_with_its_byte_order_mark_is_text_not_binary(tmp_path):
    text = "A plain report, saved as \u201cUnicode\u201d text.\n"
    assert read_source(_write(tmp_path, text.encode("utf-16"))).text == text


def test_utf8_bom_is_stripped(tmp_path):
    source = read_source(_write(tmp_path, "\ufeffPutin’s plan\n".encode()))
    assert source.text == "Putin’s plan\n"
    assert source.encoding == "utf-8"


def test_line_ends_are_normalised(tmp_path):
    source = read_source(_write(tmp_path, b"one\r\ntwo\rthree\n\r\nfour"))
    assert source.text == "one\ntwo\nthree\n\nfour"


def test_html_entities_are_decoded(tmp_path):
    source = read_source(_write(tmp_path, b"Tom &amp; Jerry &#8220;quoted&#8221; &eacute;t&eacute;\n"))
    assert source.text == "Tom & Jerry “quoted” été\n"


def test_sha256_is_of_the_raw_bytes(tmp_path):
    raw = "\ufeffcaf\u00e9\r\n".encode()
    source = read_source(_write(tmp_path, raw))
    assert source.sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_symlink_is_refused_even_to_a_good_file(tmp_path):
    target = _write(tmp_path, b"A perfectly good article.\n", "target.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(SourceError):
        read_source(link)


def test_missing_file_is_a_source_error(tmp_path):
    with pytest.raises(SourceError):
        read_source(tmp_path / "missing.txt")


def test_file_over_the_size_limit_is_refused(tmp_path):
    with pytest.raises(SourceError):
        read_source(_write(tmp_path, b"word " * 100), max_bytes=100)


# --- split_lines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("\n", [""]),
        ("one", ["one"]),
        ("one\n", ["one"]),
        ("one\n\nthree\n", ["one", "", "three"]),
        ("one\n\n", ["one", ""]),
    ],
)
def test_split_lines(text, expected):
    assert split_lines(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "\t", "é", "\u2028", "\x85", "\x0c"])))
def test_split_lines_numbering_matches_text_split(text):
    lines = split_lines(text)
    parts = text.split("\n")
    assert len(lines) == len(parts) - (1 if text.endswith("\n") or text == "" else 0)
    for n, line in enumerate(lines, 1):
        assert line == parts[n - 1]


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c", "\u202e", "\u2067"])
def test_direction_marks_and_overrides_are_dropped_from_scraped_text(mark: str) -> None:
    # Invisible bidi controls would reorder what a reader sees around a name or a quotation.
    assert normalise_text(f"Said{mark} Ahmed") == "Said Ahmed"


def test_a_seed_named_in_latin1_gets_its_page_naming_it_with_the_byte_escaped(tmp_path):
    # Old archives unpack names in Latin-1: Python reads the byte that is not UTF-8 as a lone
    # surrogate, which stopped stage 1 (the cache, then the page's front matter, could not be written).
    from dossier.pipeline import Options
    from dossier.stage1 import run_stage1

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / os.fsdecode(b"caf\xe9.txt")).write_text("Cafe owners speak\n\nThe owner said the cafe stays open.\n")
    result = run_stage1(seeds, tmp_path / "sources", Options(), executor="serial", cache_dir=tmp_path / "cache")
    assert not result.failures
    (page,) = (tmp_path / "sources").glob("*.md")
    assert page.name.startswith("caf-") and "source_file: seeds/caf\\xe9.txt\n" in page.read_text(encoding="utf-8")
    assert text_name(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt" and text_name("café.txt") == "café.txt"
