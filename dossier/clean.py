"""Decide, line by line, what is article body; record every removed line with its rule.

Cleaning only removes lines: it never rewrites, merges or reorders what it keeps. The stages run
in this order, each a pure function of the lines and the removals found so far:

1. line rules (``data/boilerplate.yml`` plus the user's): one line at a time;
2. corpus repetition: a short line found in many sources of the same corpus is site chrome;
3. list sections: a heading such as "Related:" or "### Sources:" and the list under it;
4. image blocks: a short label line right above a photo caption;
5. author boxes: the name line above an "About X 12 Articles" box and the bio under it;
6. date lines: a line that holds nothing but a date is metadata;
7. the headline: a Markdown H1 or the first remaining line shaped like a headline;
8. the headline repeated at the foot of the page;
9. trailing blocks: a lone line inside the run of appeals that closes the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from .dates import date_only
from .model import Field, Line, Removal

#: A date line ("Saturday, 5 September 2015, 10:32 GMT") is never longer than this.
DATE_LINE_MAX_WORDS = 12
#: A headline is rarely longer; longer first lines are lead paragraphs (measured on the seeds and
#: the regression corpus: headlines run 4-22 words, first body paragraphs 25+).
HEADLINE_MAX_WORDS = 25
#: The headline sits near the top: look no further than this many lines (whole-page dumps put a
#: few navigation lines above it).
HEADLINE_SEARCH_LINES = 15
#: A line repeated in at least this many sources is site chrome ("Share this article")...
CORPUS_REPEAT_MIN_SOURCES = 3
#: ...but only when it is short: wire copy repeats whole body paragraphs across outlets.
CORPUS_REPEAT_MAX_WORDS = 12
#: An image label above a caption is a word or three ("Putin"), never a headline.
IMAGE_LABEL_MAX_WORDS = 3
#: Teaser headlines under a "Related" heading are short and carry no final full stop.
TEASER_MAX_WORDS = 22
TEASER_MAX_LINES = 12
#: A bio under an author box is a sentence or two.
BIO_MAX_WORDS = 80
#: Inside the closing run of appeals, a line between two removed lines is part of the run when
#: it is no longer than this (longer lines are treated as body and end the run).
TRAILING_GAP_MAX_WORDS = 50
#: Rules whose lines come in runs that close a page; the trailing-block stage sweeps inside them.
BLOCK_RULES = frozenset(
    {"donation", "subscription", "share", "author-box", "comment-policy", "consent-notice",
     "legal-footer", "related", "related-list", "contact-line", "tag-list"}
)  # fmt: skip

_LIST_SECTION = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?P<name>sources?|references|citations|external links|related|related (?:articles|stories|"
    r"events|posts|links|coverage)|see also|more on this( story)?|changes|revisions|version history|"
    r"further reading)\s*:?\s*$",
    re.I,
)
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*+•])\s+\S")
_MD_H1 = re.compile(r"^#\s+(?P<text>\S.*?)\s*#*\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[A-Z“\"]")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass(frozen=True)
class Rule:
    """One named line rule from a rules table."""

    name: str
    pattern: re.Pattern[str]
    removes: str = ""
    max_words: int | None = None
    kind: str = "boilerplate"

    def matches(self, text: str, words: int) -> bool:
        """Tell whether the rule fires on a stripped line of `words` words."""
        if self.max_words is not None and words > self.max_words:
            return False
        return self.pattern.search(text) is not None


@dataclass(frozen=True)
class CleanOptions:
    """Everything cleaning depends on besides the text itself."""

    rules: tuple[Rule, ...] = field(default_factory=lambda: default_rules())
    #: Normalised short lines that recur across the corpus (see `common_lines`).
    common_lines: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cleaned:
    kept: tuple[Line, ...]
    removed: tuple[Removal, ...]
    title: Field


def word_count(text: str) -> int:
    return len(text.split())


def normalise_line(text: str) -> str:
    """Fold a line for comparison: quotes, case, punctuation and spacing."""
    text = text.translate(_QUOTES).lower()
    return re.sub(r"[\W_]+", " ", text).strip()


def load_rules(source: str | Path, origin: str = "") -> tuple[Rule, ...]:
    """Load a rules table from YAML text or a file; raise ValueError naming the bad entry."""
    text = Path(source).read_text(encoding="utf-8") if isinstance(source, Path) else source
    where = origin or (str(source) if isinstance(source, Path) else "rules")
    entries = yaml.safe_load(text) or []
    if not isinstance(entries, list):
        raise ValueError(f"{where}: a rules file holds a list of rules")
    rules = []
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, Mapping) or not entry.get("name") or not entry.get("pattern"):
            raise ValueError(f"{where}: rule {i} needs a name and a pattern")
        flags = 0 if entry.get("case_sensitive") else re.I
        try:
            pattern = re.compile(str(entry["pattern"]), flags)
        except re.error as exc:
            raise ValueError(f"{where}: rule {entry['name']!r} has a bad pattern: {exc}") from exc
        kind = entry.get("kind", "boilerplate")
        if kind not in ("boilerplate", "metadata"):
            raise ValueError(f"{where}: rule {entry['name']!r} has unknown kind {kind!r}")
        rules.append(Rule(str(entry["name"]), pattern, str(entry.get("removes", "")), entry.get("max_words"), kind))
    return tuple(rules)


@cache
def default_rules() -> tuple[Rule, ...]:
    """Return the built-in rules table."""
    text = resources.files("dossier.data").joinpath("boilerplate.yml").read_text(encoding="utf-8")
    return load_rules(text, "dossier/data/boilerplate.yml")


def common_lines(texts: Iterable[list[str]]) -> frozenset[str]:
    """Return the short normalised lines that occur in at least CORPUS_REPEAT_MIN_SOURCES texts."""
    counts: dict[str, int] = {}
    for lines in texts:
        for key in {normalise_line(t) for t in lines if 0 < word_count(t) <= CORPUS_REPEAT_MAX_WORDS}:
            if key:
                counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= CORPUS_REPEAT_MIN_SOURCES)


def clean_lines(lines: list[str], options: CleanOptions | None = None) -> Cleaned:
    """Split lines into body and removals, and find the headline."""
    options = options or CleanOptions()
    removed: dict[int, Removal] = {}
    _apply_line_rules(lines, options, removed)
    _apply_corpus_repetition(lines, options, removed)
    _apply_list_sections(lines, removed)
    _apply_image_blocks(lines, removed)
    _apply_author_boxes(lines, removed)
    _apply_date_lines(lines, removed)
    title = _find_headline(lines, removed)
    if title.line is not None:
        removed[title.line] = Removal(title.line, lines[title.line - 1], "headline", title.rule or "", "metadata")
        _apply_repeated_headline(lines, title, removed)
    _apply_trailing_blocks(lines, removed)
    kept = tuple(Line(n, t) for n, t in enumerate(lines, 1) if t.strip() and n not in removed)
    return Cleaned(kept, tuple(removed[n] for n in sorted(removed)), title)


def _body_lines(lines: list[str], removed: Mapping[int, Removal]) -> list[int]:
    return [n for n, t in enumerate(lines, 1) if t.strip() and n not in removed]


def _apply_line_rules(lines: list[str], options: CleanOptions, removed: dict[int, Removal]) -> None:
    for n, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text:
            continue
        words = word_count(text)
        for rule in options.rules:
            if rule.matches(text, words):
                removed[n] = Removal(n, raw, rule.name, rule.removes, rule.kind)
                break


def _apply_corpus_repetition(lines: list[str], options: CleanOptions, removed: dict[int, Removal]) -> None:
    if not options.common_lines:
        return
    for n in _body_lines(lines, removed):
        text = lines[n - 1]
        if word_count(text) <= CORPUS_REPEAT_MAX_WORDS and normalise_line(text) in options.common_lines:
            evidence = f"the same line is in {CORPUS_REPEAT_MIN_SOURCES}+ sources of this corpus"
            removed[n] = Removal(n, text, "corpus-repeated", evidence)


def _apply_list_sections(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove "Sources:"/"Related:"-style headings with the list or teaser lines below them."""
    for n, raw in enumerate(lines, 1):
        m = _LIST_SECTION.match(raw)
        if not m:
            continue
        name = m.group("name").lower()
        is_sources = name.startswith(("source", "reference", "citation", "external"))
        rule, kind = ("sources-list", "metadata") if is_sources else ("related-list", "boilerplate")
        if name.startswith(("change", "revision", "version")):
            rule = "revision-list"
        removed[n] = Removal(n, raw, rule, f"list section {m.group('name')!r}", kind)
        teasers = 0
        for k in range(n + 1, len(lines) + 1):
            text = lines[k - 1].strip()
            if not text:
                continue
            if _LIST_SECTION.match(text) or text.startswith("#"):
                break
            is_item = bool(_LIST_ITEM.match(text))
            is_teaser = (
                not is_sources
                and word_count(text) <= TEASER_MAX_WORDS
                and not text.endswith(".")
                and teasers < TEASER_MAX_LINES
            )
            if not (is_item or is_teaser):
                break
            teasers += 1
            removed[k] = Removal(k, lines[k - 1], rule, f"item under {m.group('name')!r}", kind)


def _apply_image_blocks(lines: list[str], removed: dict[int, Removal]) -> None:
    """A one-to-three word line directly above a caption is the image's label, not a headline."""
    for n, raw in enumerate(lines, 1):
        rem = removed.get(n)
        if not rem or rem.rule != "caption-credit" or n < 2:
            continue
        above = lines[n - 2].strip()
        if above and n - 1 not in removed and word_count(above) <= IMAGE_LABEL_MAX_WORDS and above[-1] not in ".!?":
            removed[n - 1] = Removal(n - 1, lines[n - 2], "image-label", "short line directly above a photo caption")


def _apply_author_boxes(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the name line above an author box and the bio lines below it."""
    for n, raw in enumerate(lines, 1):
        rem = removed.get(n)
        if not rem or rem.rule != "author-box":
            continue
        m = re.match(r"^about\s+(?P<name>.+?)\s+[\d,]+\s+\w+$", raw.strip(), re.I)
        name = m.group("name") if m else None
        prev = _previous_nonblank(lines, n)
        if name and prev and normalise_line(lines[prev - 1]) == normalise_line(name):
            removed[prev] = Removal(prev, lines[prev - 1], "author-box", "author name above the author box")
        for k in range(n + 1, len(lines) + 1):
            text = lines[k - 1].strip()
            if not text or k in removed:
                continue
            if word_count(text) > BIO_MAX_WORDS:
                break
            removed[k] = Removal(k, lines[k - 1], "author-box", "bio under the author box")


def _apply_date_lines(lines: list[str], removed: dict[int, Removal]) -> None:
    for n in _body_lines(lines, removed):
        if word_count(lines[n - 1]) <= DATE_LINE_MAX_WORDS and date_only(lines[n - 1]):
            removed[n] = Removal(n, lines[n - 1], "date-line", "a line holding only a date", "metadata")


def _find_headline(lines: list[str], removed: Mapping[int, Removal]) -> Field:
    """Return the headline: a Markdown H1 near the top, else the first line shaped like one."""
    top = range(1, min(len(lines), HEADLINE_SEARCH_LINES) + 1)
    for n in top:
        m = _MD_H1.match(lines[n - 1])
        if m and n not in removed:
            return Field(m.group("text").strip(), n, "markdown-h1")
    first = next((n for n in top if lines[n - 1].strip() and n not in removed), None)
    if first is None or lines[first - 1].lstrip().startswith(("#", "-", "*", ">", "|")):
        return Field()
    text = lines[first - 1].strip()
    words = word_count(text)
    if 2 <= words <= HEADLINE_MAX_WORDS and not text.endswith((".", ",", ";", ":")) and not _SENTENCE_BREAK.search(text):
        return Field(text, first, "first-line-headline")
    return Field()


def _apply_repeated_headline(lines: list[str], title: Field, removed: dict[int, Removal]) -> None:
    key = normalise_line(title.value or "")
    for n in _body_lines(lines, removed):
        if n > (title.line or 0) and normalise_line(lines[n - 1]) == key:
            removed[n] = Removal(n, lines[n - 1], "repeated-headline", f"repeats the headline of line {title.line}")


def _apply_trailing_blocks(lines: list[str], removed: dict[int, Removal]) -> None:
    """Sweep lone lines that sit between appeals in the run that closes the page."""
    order = [n for n, t in enumerate(lines, 1) if t.strip()]
    start = len(order)
    gap: list[int] = []
    for i in range(len(order) - 1, -1, -1):
        n = order[i]
        rem = removed.get(n)
        if rem and rem.rule in BLOCK_RULES:
            start, gap = i, []
        elif rem is None and len(gap) == 0 and start < len(order) and word_count(lines[n - 1]) <= TRAILING_GAP_MAX_WORDS:
            gap.append(n)
        elif rem is None:
            break
    for n in order[start:]:
        if n not in removed:
            removed[n] = Removal(n, lines[n - 1], "trailing-block", "between appeals in the block that closes the page")


def _previous_nonblank(lines: list[str], n: int) -> int | None:
    for k in range(n - 1, 0, -1):
        if lines[k - 1].strip():
            return k
    return None
