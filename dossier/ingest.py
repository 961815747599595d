"""Read raw source files: decode, normalise line ends, hash, and name them with a safe slug."""

from __future__ import annotations

import errno
import hashlib
import html
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

#: Files larger than this are skipped with an error; 20 MB is far beyond any article and keeps
#: a stray dump or video from being read into memory.
MAX_BYTES = 20 * 1024 * 1024
#: Share of NUL/control bytes above which a file is treated as binary, not text.
BINARY_CONTROL_SHARE = 0.10
#: Slugs are cut to this length (plus a hash suffix when cut) so paths stay portable.
MAX_SLUG = 80
#: ... and to this many bytes of UTF-8: a file name holds 255 bytes, and after a source's slug come
#: its name's hash, maybe a number, and ".original.html". 80 letters of a two-byte script (Cyrillic,
#: Greek) are 160 bytes; Chinese takes three bytes a letter, some scripts four (a scraped file named
#: by 62 of those stopped the build: "File name too long").
MAX_SLUG_BYTES = 160
SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
#: What a slug may not hold: anything but letters and digits of any script (no "/", ".", space, "_").
_NOT_SLUG = re.compile(r"[\W_]+")
#: Page names stage 1 never gives a source: the Sources index the plugin generates is `index`.
RESERVED_SLUGS = frozenset({"index"})
#: Hex digits of a file name's hash in the slug of a file not named plainly (see `source_slug`).
NAME_HASH_CHARS = 8
_PLAIN_NAME = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


class SourceError(Exception):
    """A source file that cannot be read as text; the message names the problem."""


@dataclass(frozen=True)
class RawSource:
    path: Path
    text: str
    sha256: str
    encoding: str


def read_source(path: Path, max_bytes: int = MAX_BYTES) -> RawSource:
    """Read one file as text, decoding unknown encodings and decoding HTML entities."""
    if path.is_symlink():
        raise SourceError("is a symbolic link; links are not followed")
    data = read_regular_file(path, max_bytes)
    if not data.strip():
        raise SourceError("is empty")
    text, encoding = decode_bytes(data)
    return RawSource(path, normalise_text(text), hashlib.sha256(data).hexdigest(), encoding)


def read_regular_file(path: Path, max_bytes: int | None = MAX_BYTES) -> bytes:
    """Read a regular file of at most `max_bytes` (None: any size); raise SourceError for anything else.

    Opened without blocking and without following a link, and checked on the open file: a FIFO
    put where a source was expected would otherwise hang the run forever waiting for a writer.
    """
    with open_regular(path) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            if max_bytes is not None and size > max_bytes:
                raise SourceError(f"is {size} bytes, over the {max_bytes}-byte limit")
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)  # even if it grows meanwhile
        except OSError as exc:
            raise SourceError(f"cannot be read ({exc.strerror or exc})") from exc
    if max_bytes is not None and len(data) > max_bytes:
        raise SourceError(f"is over the {max_bytes}-byte limit")
    return data


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading, not following a link and never blocking (see
    `read_regular_file`); raise SourceError saying what else it is."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SourceError("is a symbolic link; links are not followed") from exc
        raise SourceError(f"cannot be read ({exc.strerror or exc})") from exc
    fh = os.fdopen(fd, "rb")
    try:
        mode = os.fstat(fd).st_mode
    except OSError as exc:
        fh.close()
        raise SourceError(f"cannot be read ({exc.strerror or exc})") from exc
    if not stat.S_ISREG(mode):
        fh.close()
        raise SourceError(f"is not a regular file ({file_kind(mode)}); only regular files are read")
    return fh


def file_kind(mode: int) -> str:
    """Name the kind of file a mode is ("a FIFO", "a socket"...), for a message."""
    kinds = [(stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder")]  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "not a file")


#: Control bytes other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])


#: The encodings a browser decodes (the WHATWG Encoding Standard's, by Python's codec names; its
#: labels "iso-8859-1" and "tis-620" mean windows-1252 and windows-874). Scraped text was a web
#: page: detection's guess of a DOS or other code page no browser offers ("cp775", "cp850") is
#: passed over when a web encoding reads the bytes as well.
WEB_ENCODINGS = frozenset(
    {
        *(f"cp{n}" for n in (866, 874, 932, 949, *range(1250, 1259))),
        *(f"iso8859_{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
        "koi8_r", "koi8_u", "mac_roman", "mac_cyrillic", "latin_1", "tis_620",
        "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr",
    }
)  # fmt: skip
#: What browsers read Western text without a declared charset as; taken among the web encodings
#: that detection finds equally clean and equally coherent (a short Latin-1 or cp1252 text scores
#: the same in cp1250 and cp1257, which turn "ñ" into "ń" and "ï" into "ď").
WEB_DEFAULT_ENCODING = "cp1252"
#: Coherence (charset_normalizer's language fit, 0-1) within which two readings count as equal;
#: its scores differ by 0.01 and more between readings that tell letters apart.
COHERENCE_TIE = 0.005
#: Byte order marks of UTF-16, whose text is half NUL bytes (Windows' "Unicode" text files).
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16 with its BOM, else with charset
    detection, preferring the encodings of the web (see WEB_ENCODINGS)."""
    if data.startswith(_UTF16_BOMS) and len(data) % 2 == 0:
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    head = data[:4096]
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if b"\x00" in head or control > BINARY_CONTROL_SHARE * min(len(data), 4096):
        raise SourceError("looks binary, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    readings = list(from_bytes(data))
    if not readings:
        raise SourceError("is not text in any encoding that could be detected")
    web = [r for r in readings if r.encoding in WEB_ENCODINGS]
    if not web:
        return str(readings[0]), readings[0].encoding
    cleanest = min(r.chaos for r in web)
    web = [r for r in web if r.chaos == cleanest]
    fit = max(r.coherence for r in web)
    alike = [r for r in web if r.coherence >= fit - COHERENCE_TIE]
    best = next((r for r in alike if r.encoding == WEB_DEFAULT_ENCODING), alike[0])
    return str(best), best.encoding


# Control and format characters that scraped text carries invisibly (NUL, escape codes, zero-width
# spaces, direction marks, overrides and isolates, Arabic's letter mark among them, BOMs); tab, newline and
# the zero-width joiner of emoji stay.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def normalise_text(text: str) -> str:
    """Unify line ends, decode HTML entities and drop invisible control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = html.unescape(text) if "&" in text else text
    return INVISIBLE.sub("", text)


def split_lines(text: str) -> list[str]:
    """Split text into lines so that line n is `text.split("\\n")[n-1]`; a final newline adds none."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _fold_latin(c: str) -> str:
    """A Latin letter without its accents ("é" -> "e", "ﬁ" -> "fi"); any other character as it is
    ("й" stays "й": in Cyrillic the breve makes another letter)."""
    if c.isascii():
        return c
    parts = unicodedata.normalize("NFKD", c)
    if "LATIN" not in unicodedata.name(parts[0], ""):
        return c
    return "".join(p for p in parts if not unicodedata.combining(p))


def slugify(name: str, taken: set[str] | None = None) -> str:
    """Turn a name into a lowercase slug that cannot escape a folder; unique within `taken`.

    Latin letters lose their accents ("José" -> "jose"); letters of other scripts are kept
    ("Сергей Лавров" -> "сергей-лавров", "北京" -> "北京"), so non-Latin names get real slugs.
    """
    slug = _readable(name)
    if (cut := _cut(slug)) != slug:
        digest = hashlib.sha1(name.encode()).hexdigest()[:6]
        slug = f"{cut}-{digest}"
    if taken is not None:
        base, n = slug, 2
        while slug in taken:
            slug = f"{base}-{n}"
            n += 1
        taken.add(slug)
    return slug


def _cut(slug: str) -> str:
    """Cut a slug to MAX_SLUG characters and MAX_SLUG_BYTES bytes of UTF-8 (at a whole character)."""
    slug = slug[:MAX_SLUG]
    if len(slug) * 4 > MAX_SLUG_BYTES:  # no UTF-8 character takes more than four bytes
        slug = slug.encode()[:MAX_SLUG_BYTES].decode("utf-8", "ignore")
    return slug.rstrip("-")


def _readable(name: str) -> str:
    folded = "".join(map(_fold_latin, unicodedata.normalize("NFC", name)))
    return _NOT_SLUG.sub("-", folded.lower()).strip("-") or "untitled"


def text_name(name: str) -> str:
    """Return a file name as text every writer can take: a byte of it that is not UTF-8 (read by
    Python as a lone surrogate) is written as its escape ("caf\\xe9.txt"). A seed named in Latin-1,
    as old archives unpack, stopped stage 1: its name could not be written to the cache, the
    source page's front matter or the site."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def source_slug(name: str) -> str:
    """Name a source's page from its file name alone, so that no other file can move it.

    A file named with lowercase letters and digits in runs joined by "-" or "_", ending in .txt
    (`000_29186c0ec3ab31ab.txt`), gives its page its own name; any other name gives a readable slug
    and NAME_HASH_CHARS of the name's hash (`A b.txt` -> `a-b-3f1c0a9e`): it never takes the page of
    a plainly named file, whichever files are added later. `index` is the Sources index's page.
    """
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    if suffix == "txt" and _PLAIN_NAME.fullmatch(stem) and len(stem) <= MAX_SLUG and stem not in RESERVED_SLUGS:
        return stem
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:NAME_HASH_CHARS]
    return f"{_cut(_readable(stem))}-{digest}"


def source_slugs(names: list[str]) -> list[str]:
    """Return `source_slug` of each file name of one folder; the rare name whose hash makes the same
    slug as another file's (names are sorted: the first keeps it) is numbered."""
    slugs = [source_slug(n) for n in names]
    taken: set[str] = set()
    for i in sorted(range(len(names)), key=lambda i: (slugs[i] != names[i].rpartition(".")[0], names[i])):
        slugs[i] = slugify(slugs[i], taken) if slugs[i] in taken else slugs[i]
        taken.add(slugs[i])
    return slugs


def list_sources(folder: Path) -> list[Path]:
    """List the source files (*.txt, *.md, ...) in a folder, sorted by name; hidden files are left out."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in SOURCE_SUFFIXES and not p.name.startswith(".") and (p.is_symlink() or not p.is_dir())
    )


def list_others(folder: Path) -> list[tuple[Path, str]]:
    """List what in a folder is not read as a source, with the reason (hidden files are left out)."""
    others = []
    for p in sorted(folder.iterdir()):
        if p.name.startswith("."):
            continue
        if p.is_dir() and not p.is_symlink():
            others.append((p, "is a folder; sources are read from the top folder only"))
        elif p.suffix.lower() not in SOURCE_SUFFIXES:
            others.append((p, f"not a plain-text source: Dossier reads {', '.join(SOURCE_SUFFIXES)} files "
                              "(save a web page, PDF or Word file as text first)"))  # fmt: skip
    return others
