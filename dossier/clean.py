"""Decide, line by line, what is article body; record every removed line with its rule.

Cleaning only removes lines: it never rewrites, merges or reorders what it keeps. `clean_lines`
runs the stages in this order, each a pure function of the lines and the removals found so far;
the stages of one concept live in a module of their own, named after each step:

1. line rules (``data/boilerplate.yml`` plus the user's, see `dossier.rules`): one line at a
   time, on the line as written and again with its Markdown (links, emphasis, heading marks)
   taken off, as a table's only cell, run in after a credit (`dossier.rulelines`);
2. list sections: a heading such as "Related:" or "### Sources:" and the list under it;
3. image blocks: a short label line right above a photo caption;
4. author boxes: the name line above an "About X 12 Articles" box and the bio under it;
5. date lines: a line that holds nothing but a date, or a date stamp, is metadata;
6. link menus: three or more list items that are each a bare short link;
7. bare bylines: a line of names only (or a name and a role), next to the date stamp at the head,
   and the desk line under a byline ("Health Correspondent", "BBC News, Oslo");
8. the chrome above the headline (`dossier.headchrome`): counters beside the head's buttons, the
   masthead's short lines among the navigation (site name, city, weather), a short top line that
   the page's footer names again, a run of one- and two-word lines (a menu), a one-word label
   right above the headline, a slogan whose words the article hardly uses;
9. section blocks: the short teaser or contact lines right under a "Most Read", "Trending on X",
   "Media contact:" or newsletter heading that a line rule removed;
10. the headline (`dossier.headlines`): the line a reader-mode "Title:" header names, a Markdown
    H1, a line showing the page's <title>, or the line shaped like a headline nearest above the
    article whose words the article uses; then the list of the article's data under it, one of
    whose items is its date or byline (`dossier.headlists`);
11. corpus repetition (`dossier.repeatedlines`): a short line found in many sources of the same
    corpus is site chrome;
12. "About <name>" sections closing a press release, when the paragraph names the same company;
13. author bios: closing lines that introduce the bylined author ("Jane Roe is a reporter ...");
14. the headline repeated at the foot of the page;
15. trailing blocks: a lone line between two appeals in the run that closes the page;
16. the layout (`dossier.layout`): where the article is on the page, by the lines' shapes;
17. the head of a list of other stories the layout found (`dossier.teaserheads`): its heading
    and a first teaser shorter than the rest;
18. the closing run (`dossier.closingrun`): the short lines left under the run of closing chrome
    (share bars, a newsletter box, a widget) that follows the article's last paragraph, and a
    heading over a list of other stories left as the page's last line ("More stories from X:").

What every stage asks of a line (its words counted, folded, without Markdown) is `dossier.linetext`.

A run of short lines after the last paragraph is *not* removed for being short: fact boxes,
timelines and results lists look the same as widgets, and body text is never traded for chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice

from .closingrun import apply_closing_list_heading, apply_closing_run
from .dates import STAMP_MAX_WORDS, date_only, find_dates, is_stamp
from .gazetteer import is_place
from .headchrome import apply_head_counters, apply_head_menus, apply_kicker, apply_masthead, apply_slogan
from .headlines import HEADLINE_SEARCH_LINES, find_headline, page_title_parts
from .headlists import apply_head_lists
from .layout import apply_layout
from .lineshapes import NAME_PARTICLE
from .linetext import body_lines, nonblank_lines, normalise_line, plain_text, word_count
from .model import Field, Line, Removal
from .repeatedlines import apply_corpus_repetition
from .rulekeeps import keep_rule_misreadings
from .rulelines import LISTED, apply_line_rules, keep_column_names
from .rules import Rule, default_rules
from .sentenceends import ENDS_SENTENCE_OR_ELLIPSIS
from .teaserheads import apply_teaser_heads

#: A date line ("Saturday, 5 September 2015, 10:32 GMT") is never longer than this.
DATE_LINE_MAX_WORDS = 12
#: An image label above a caption is a word or three ("Putin"), never a headline.
IMAGE_LABEL_MAX_WORDS = 3
#: Teaser headlines under a "Related" heading are short and carry no final full stop.
TEASER_MAX_WORDS = 22
TEASER_MAX_LINES = 12
#: A bio under an author box is a sentence or two, in a line or two (on a real page the article
#: itself followed a "View all articles by" link, and all of it was taken for a bio).
BIO_MAX_WORDS = 80
BIO_MAX_LINES = 2
#: A bio that introduces the bylined author closes the page: look only at the last few lines.
BIO_LAST_LINES = 3
#: Inside the closing run of appeals, a line between two removed lines is part of the run when
#: it is no longer than this (longer lines are treated as body and end the run).
TRAILING_GAP_MAX_WORDS = 50
#: Rules whose lines come in runs that close a page; the trailing-block stage sweeps inside them.
BLOCK_RULES = frozenset(
    {"donation", "subscription", "share", "author-box", "comment-policy", "consent-notice",
     "legal-footer", "related", "related-list", "contact-line", "tag-list", "disclaimer",
     "link-list", "about-boilerplate", "section-block"}
)  # fmt: skip
#: Rules whose lines, in a run under the article's last paragraph, begin the page's close: the
#: closing-run stage removes what stands under them (`dossier.closingrun`).
CLOSING_RULES = BLOCK_RULES | {"widget-status", "navigation"}
#: Appeals to the reader: a lone line between two of them in the closing run is part of the appeal.
APPEAL_RULES = frozenset({"donation", "subscription", "comment-policy", "author-box", "consent-notice"})
#: A link menu is at least this many consecutive list items that are each a bare link...
LINK_MENU_MIN_ITEMS = 3
#: ...whose link texts are this short ("News", "Races", "Personal Finance").
LINK_MENU_MAX_WORDS = 4
#: A heading that a line rule removed ("Most Read from Bloomberg", "Media contact:") is short.
SECTION_HEAD_MAX_WORDS = 8
#: Rules whose heading can carry a block of short lines right under it: teasers, a contact's name,
#: organisation, phone and e-mail, a newsletter box's strapline.
SECTION_HEAD_RULES = frozenset({"related", "contact-line", "subscription"})
#: A contact's card under a "Media contact:" heading holds a name, an organisation, a phone, an
#: e-mail or an address, a line each: at most this many words. A longer line is no part of the
#: card but the page's headline or deck (session 44 audit: the 441 lines the block removed rightly
#: under a contact heading, on 76 tune sites, held at most 7 words; the two it lost held 12).
CONTACT_BLOCK_MAX_WORDS = 10
#: A sentence of this many words ends the head of the page, where bylines stand.
HEAD_PROSE_WORDS = 20
#: A bare byline names at most this many people.
BYLINE_MAX_NAMES = 3
#: The desk line under a byline ("Health Correspondent", "BBC News, Oslo") is a few words.
DESK_LINE_MAX_WORDS = 6

_LIST_SECTION = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?P<name>sources?|references|citations|external links|related|related (?:articles|stories|"
    r"events|posts|links|coverage)|see also|more on this( story)?|changes|revisions|version history|"
    r"further reading|urls in this (?:post|article)|links in this (?:post|article))\s*:?\s*$",
    re.I,
)
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*+•]|\[\d+\])\s+\S")


def is_list_item(text: str) -> bool:
    """Tell a line opened by a list's mark: "- ", "* ", "+ ", "• ", "1. ", "[1] "."""
    return bool(_LIST_ITEM.match(text))


_LINK_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*+•])\s+\[(?P<text>[^\]]+)\]\([^)]*\)\s*$")
_COMPANY_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|LLC|PLC|GmbH|AG|S\.A|N\.V)\.$")
_NAME = rf"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|{NAME_PARTICLE})){{1,3}}"
#: "March 5, 2024 by Jane Doe": a theme's stamp that ends with the byline.
_STAMP_THEN_BYLINE = re.compile(rf"^(?P<stamp>.{{6,60}}?)\s+(?:by|By|BY)\s+{_NAME}$")
_NAMES_ONLY = re.compile(rf"^{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,{BYLINE_MAX_NAMES - 1}}}$")
_ROLE = (
    r"(?i:correspondent|editor|reporter|writer|columnist|contributor|journalist|producer|analyst|"
    r"critic|chief|bureau chief|staff writer|staff)"
)
#: "Richard Partington Economics correspondent": a name, then a desk and a role.
_NAME_AND_ROLE = re.compile(
    rf"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,2}}?(?:\s*+[,|·]\s++|\s++)(?:[A-Z][\w&-]*\s+){{0,3}}{_ROLE}$"
)
#: The line under a byline that names the writer's desk or outlet: "Health Correspondent", "BBC
#: News, Oslo", "Reporting from New York". (`titles` reads it too: a desk is no headline.)
DESK_LINE = re.compile(
    rf"^(?:(?i:reporting from)\s+[A-Z].{{0,40}}|(?:[A-Z][\w&'’.-]*\s+){{0,3}}{_ROLE}|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}},\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})$"
)
_ABOUT_HEADING = re.compile(
    r"^About\s+(?P<name>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.,'’-]*|of|and|for|the)){0,6})\s*:?$"
)


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

    @cached_property
    def removed_at(self) -> dict[int, Removal]:
        """Each removed line's removal by its line number, built once for every reader of the
        cleaning (the title, the date, the metadata: each built it again). Shared: never modify
        it; a reader that adds lines of its own takes a copy (`removed_at | {...}`)."""
        return {r.line: r for r in self.removed}


def clean_lines(lines: list[str], options: CleanOptions | None = None) -> Cleaned:
    """Split lines into body and removals, and find the headline."""
    options = options or CleanOptions()
    removed: dict[int, Removal] = {}
    apply_line_rules(lines, options.rules, removed)
    keep_column_names(lines, removed)
    keep_rule_misreadings(lines, removed)
    _apply_list_sections(lines, removed)
    _apply_image_blocks(lines, removed)
    _apply_author_boxes(lines, removed)
    _apply_date_lines(lines, removed)
    _apply_link_menus(lines, removed)
    _apply_bare_bylines(lines, removed)
    apply_head_counters(lines, removed)
    # The site name above a menu is found once the menu is gone, and the reverse: run both twice.
    for _ in range(2):
        apply_masthead(lines, removed)
        apply_head_menus(lines, removed)
    apply_kicker(lines, removed)
    apply_slogan(lines, removed)
    # Teasers under a "Most Read" heading can sit between the headline and the article.
    _apply_section_blocks(lines, removed)
    title = find_headline(lines, removed)
    if title.line is not None:
        removed[title.line] = Removal(title.line, lines[title.line - 1], "headline", title.rule or "", "metadata")
    apply_head_lists(lines, removed, title.line, HEAD_PROSE_WORDS)
    # After the headline and the date lines are known: syndicated copies share both, and a
    # headline repeated across sources is still each one's headline, not chrome.
    apply_corpus_repetition(lines, options.common_lines, removed)
    _apply_about_sections(lines, removed)
    _apply_author_bio(lines, removed)
    if title.line is not None:
        _apply_repeated_headline(lines, title, removed)
    _apply_trailing_blocks(lines, removed)
    # Last: the line rules and the stages above name what they remove more precisely.
    apply_layout(lines, removed, title.line)
    apply_teaser_heads(lines, removed)
    apply_closing_run(lines, removed, CLOSING_RULES)
    apply_closing_list_heading(lines, removed)
    kept = tuple(Line(n, lines[n - 1]) for n in body_lines(lines, removed))
    return Cleaned(kept, tuple(removed[n] for n in sorted(removed)), title)


def _apply_list_sections(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove "Sources:"/"Related:"-style headings with the list or teaser lines below them."""
    counted: tuple[int, str] | None = None  # the last count above: its number and its mark
    for n, raw in enumerate(lines, 1):
        if c := _COUNTED_ITEM.match(raw.strip()):
            counted = int(c[1]), c[2]
        m = _LIST_SECTION.match(plain_text(raw))
        if not m:
            continue
        name = m.group("name").lower()
        is_sources = name.startswith(("source", "reference", "citation", "external"))
        rule, kind = ("sources-list", "metadata") if is_sources else ("related-list", "boilerplate")
        if name.startswith(("change", "revision", "version")):
            rule = "revision-list"
        elif name.startswith(("urls", "links")):
            rule = "link-list"
        removed[n] = Removal(n, raw, rule, f"list section {m.group('name')!r}", kind)
        teasers, box_counted = 0, False
        for k in range(n + 1, len(lines) + 1):
            text = lines[k - 1].strip()
            if not text:
                continue
            if _LIST_SECTION.match(plain_text(text)) or text.startswith("#"):
                break
            if c := _COUNTED_ITEM.match(text):
                # The article's own count goes on ("20) ..." above the box, "19) ..." under it); a
                # box counting its own items opens at 1 and goes on from there.
                if not box_counted and counted and _continues(counted, int(c[1]), c[2]):
                    break
                box_counted = True
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


#: A line an article counts its items by, as a list or its subheadings: "19) Title", "3. Title".
#: A box set inside a counted list ends where the list's next count stands.
_COUNTED_ITEM = re.compile(r"^(\d{1,3})([.)])\s+\S")


def _continues(counted: tuple[int, str], number: int, mark: str) -> bool:
    """Tell a count that goes on from the last one above (`counted`: its number and mark), up or
    down by one with the same mark; never a 1, which opens a list of its own."""
    return number != 1 and mark == counted[1] and abs(number - counted[0]) == 1


def _apply_image_blocks(lines: list[str], removed: dict[int, Removal]) -> None:
    """A one-to-three word line directly above a caption is the image's label, not a headline."""
    for n in range(2, len(lines) + 1):
        rem = removed.get(n)
        if not rem or rem.rule != "caption-credit":
            continue
        above = lines[n - 2].strip()
        if above and n - 1 not in removed and word_count(above) <= IMAGE_LABEL_MAX_WORDS and above[-1] not in ".!?":
            removed[n - 1] = Removal(n - 1, lines[n - 2], "image-label", "short line directly above a photo caption")


def _apply_author_boxes(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the name line above an author box and the bio lines below it."""
    boxes = [n for n, rem in sorted(removed.items()) if rem.rule == "author-box"]  # not the bios this adds
    for n in boxes:
        raw = lines[n - 1]
        m = re.match(r"^about\s+(?P<name>.+?)\s+[\d,]+\s+\w+$", raw.strip(), re.I)
        name = m.group("name") if m else None
        prev = _previous_nonblank(lines, n)
        if name and prev and normalise_line(lines[prev - 1]) == normalise_line(name):
            removed[prev] = Removal(prev, lines[prev - 1], "author-box", "author name above the author box")
        if not name:  # a link such as "View all articles by X" has no bio under it
            continue
        taken = 0
        for k in range(n + 1, len(lines) + 1):
            text = lines[k - 1].strip()
            if not text or k in removed:
                continue
            if word_count(text) > BIO_MAX_WORDS or taken == BIO_MAX_LINES:
                break
            removed[k] = Removal(k, lines[k - 1], "author-box", "bio under the author box")
            taken += 1


def _apply_date_lines(lines: list[str], removed: dict[int, Removal]) -> None:
    for n in body_lines(lines, removed):
        text = lines[n - 1]
        short = word_count(text) <= DATE_LINE_MAX_WORDS
        if short and date_only(text):
            removed[n] = Removal(n, text, "date-line", "a line holding only a date", "metadata")
        elif short and is_stamp(text):
            evidence = "a date stamp: dates, times, stamp words and counters only"
            removed[n] = Removal(n, text, "date-line", evidence, "metadata")
        elif (
            ("by" in text or "By" in text or "BY" in text)  # what the pattern needs, found quickly
            and (m := _STAMP_THEN_BYLINE.match(text.strip()))
            and is_stamp(m.group("stamp"))
        ):
            removed[n] = Removal(n, text, "byline", "a date stamp followed by the byline", "metadata")


def _apply_link_menus(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove runs of list items that are each a bare short link: a navigation menu."""
    run: list[int] = []
    for n in [*range(1, len(lines) + 1), len(lines) + 1]:
        text = lines[n - 1] if n <= len(lines) else ""
        m = _LINK_ITEM.match(text)
        if m and n not in removed and word_count(m.group("text")) <= LINK_MENU_MAX_WORDS:
            run.append(n)
            continue
        if not text.strip() and n <= len(lines):
            continue
        if len(run) >= LINK_MENU_MIN_ITEMS:
            for k in run:
                removed[k] = Removal(
                    k, lines[k - 1], "link-list", f"one of {len(run)} list items that are each a bare short link"
                )
        run = []


def _apply_author_bio(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the closing lines that introduce the bylined author ("Jane Roe is a reporter for ...")."""
    names: set[str] = set()
    for rem in removed.values():
        if rem.rule == "byline":
            text = re.sub(
                r"^(?:by|written by|words by|story by|author:|posted by)\s*:?\s*", "", plain_text(rem.text), flags=re.I
            )
            for m in re.finditer(_NAME, text):
                names |= {m.group(0), " ".join(m.group(0).split()[:2])}
    if not names:
        return
    bio = re.compile(
        rf"^(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})\b,?\s+(?:is|was|has been|covers|writes|reports)\b"
    )
    for n in reversed(body_lines(lines, removed)[-BIO_LAST_LINES:]):
        if not bio.match(lines[n - 1].strip()) or word_count(lines[n - 1]) > BIO_MAX_WORDS:
            break
        removed[n] = Removal(n, lines[n - 1], "author-box", "the bylined author introduced at the foot of the page")


def _apply_bare_bylines(lines: list[str], removed: dict[int, Removal]) -> None:
    """A line of names only, next to the date stamp at the head of the page, is the byline; the
    short line under a byline that names the writer's desk goes with it."""
    # Neighbours skip the chrome between them ("2 hours ago / Share / Save / Jane Smith").
    head = [n for n in nonblank_lines(lines) if not (n in removed and removed[n].kind == "boilerplate")]
    head = head[:HEADLINE_SEARCH_LINES]
    # The byline stands above the article: the first paragraph ends the head.
    prose = next(
        (
            i
            for i, n in enumerate(head)
            if word_count(lines[n - 1]) >= HEAD_PROSE_WORDS and ENDS_SENTENCE_OR_ELLIPSIS.search(lines[n - 1])
        ),
        len(head),
    )
    head = head[:prose]
    for i, n in enumerate(head):
        text = lines[n - 1].strip()
        if n in removed or not (_NAMES_ONLY.match(text) or _NAME_AND_ROLE.match(text)) or is_place(text):
            continue
        neighbours = [head[j] for j in (i - 1, i + 1) if 0 <= j < len(head)]
        if i + 2 < len(head) and head[i + 1] not in removed and DESK_LINE.match(lines[head[i + 1] - 1].strip()):
            neighbours.append(head[i + 2])  # "Jillian Comeau / Staff Reporter / Published May 31, 2024"
        if any(removed.get(k) and removed[k].rule in ("date-line", "date-stamp") for k in neighbours):
            removed[n] = Removal(n, lines[n - 1], "byline", "names alone next to the date stamp", "metadata")
    for i, n in enumerate(head[:-1]):
        below = head[i + 1]
        text = lines[below - 1].strip()
        if (
            removed.get(n)
            and removed[n].rule == "byline"
            and below not in removed
            and word_count(text) <= DESK_LINE_MAX_WORDS
        ):
            if DESK_LINE.match(text) and not is_place(text):
                removed[below] = Removal(
                    below, lines[below - 1], "byline", "the writer's desk, under the byline", "metadata"
                )


def _apply_section_blocks(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the short lines right under a heading that a line rule removed ("Most Read", "Media
    contact:"); the headline that the page's title names ends the block."""
    titles = page_title_parts(lines)
    for n in sorted(removed):
        rem = removed[n]
        heading = plain_text(rem.text)
        if rem.rule not in SECTION_HEAD_RULES or word_count(heading) > SECTION_HEAD_MAX_WORDS:
            continue
        if heading.endswith((".", "!", "?")) or rem.evidence.startswith("under "):
            continue
        k, blank = n + 1, False
        while k <= len(lines):
            text = lines[k - 1].strip()
            if not text:
                blank, k = True, k + 1
                continue
            if k in removed and removed[k].evidence.endswith(LISTED):
                blank, k = False, k + 1  # a tool row written as a list goes on with the block
                continue
            if k in removed and removed[k].rule != "date-line":  # other chrome, or the headline
                break
            if titles and normalise_line(text) in titles:  # the headline, right under a menu's heading
                break
            is_item = bool(_LIST_ITEM.match(text))
            # A teaser's date ("March 2, 2024") belongs to the teaser, not to the article.
            is_teaser = (
                not blank
                and word_count(text) <= TEASER_MAX_WORDS
                and (
                    not ENDS_SENTENCE_OR_ELLIPSIS.search(text) or bool(_COMPANY_END.search(text))
                )  # "Acme Systems, Inc."
            )
            if not (is_item or is_teaser):
                break
            if rem.rule == "contact-line" and word_count(text) > CONTACT_BLOCK_MAX_WORDS:
                break  # a headline or a deck under the press office's card: the article begins
            if rem.rule != "related" and find_dates(text):
                break  # a newsletter's strapline or a contact's card has no date: the article's stamp
            following = next((t for t in lines[k:] if t.strip()), "")
            if k == n + 1 and word_count(following) >= HEAD_PROSE_WORDS and not _LIST_ITEM.match(text):
                break  # one line between a menu's heading and the article's first paragraph: its headline
            if not is_item and _over_its_stamp(lines, k):
                break  # the article's headline, its stamp, then its first paragraph
            removed[k] = Removal(k, lines[k - 1], "section-block", f"under the {rem.rule} heading of line {n}")
            blank, k = False, k + 1


#: A headline's stamp takes at most this many lines ("By Jane Roe", "Published: Jan 14, 2008"), each
#: a stamp's length (`dates.STAMP_MAX_WORDS`).
HEAD_STAMP_MAX_LINES = 2


def _over_its_stamp(lines: list[str], k: int) -> bool:
    """Tell whether line `k` stands over one or two short lines with a date, and those over a
    paragraph of prose: an article's headline, its stamp and its first paragraph."""
    following = islice((t for t in lines[k:] if t.strip()), HEAD_STAMP_MAX_LINES + 1)
    stamped = 0
    for text in following:
        if word_count(text) <= STAMP_MAX_WORDS and find_dates(text):
            stamped += 1
            continue
        return stamped > 0 and word_count(text) >= HEAD_PROSE_WORDS
    return False


def _apply_about_sections(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove "About <company>" and its paragraph when they close the page and the paragraph names it."""
    kept = body_lines(lines, removed)
    for i in range(len(kept) - 2, -1, -1):
        n, text = kept[i], lines[kept[i] - 1].strip()
        m = _ABOUT_HEADING.match(plain_text(text))
        if not m:
            continue
        after = kept[i + 1 :]
        if any(k not in removed for k in after[1:]):
            break
        name = m.group("name")
        first_word = name.split()[1] if name.lower().startswith("the ") and len(name.split()) > 1 else name.split()[0]
        if first_word.lower() not in lines[after[0] - 1].lower():
            continue
        evidence = f"closing 'About {name}' section"
        removed[n] = Removal(n, lines[n - 1], "about-boilerplate", evidence)
        removed[after[0]] = Removal(after[0], lines[after[0] - 1], "about-boilerplate", evidence)


def _apply_repeated_headline(lines: list[str], title: Field, removed: dict[int, Removal]) -> None:
    key = normalise_line(title.value or "")
    words = key.split()
    for n in body_lines(lines, removed):
        # A line that folds to the headline holds each of its words: most lines are ruled out quickly.
        lowered = lines[n - 1].lower()
        if n <= (title.line or 0) or not all(w in lowered for w in words):
            continue
        if normalise_line(lines[n - 1]) == key:
            removed[n] = Removal(n, lines[n - 1], "repeated-headline", f"repeats the headline of line {title.line}")


def _apply_trailing_blocks(lines: list[str], removed: dict[int, Removal]) -> None:
    """Sweep lone lines that sit between appeals in the run that closes the page."""
    order = list(nonblank_lines(lines))
    start = len(order)
    gap: list[int] = []
    for i in range(len(order) - 1, -1, -1):
        n = order[i]
        rem = removed.get(n)
        if rem and rem.rule in BLOCK_RULES:
            start, gap = i, []
        elif (
            rem is None and len(gap) == 0 and start < len(order) and word_count(lines[n - 1]) <= TRAILING_GAP_MAX_WORDS
        ):
            gap.append(n)
        elif rem is None:
            break
    for i in range(start, len(order)):
        n = order[i]
        if n in removed or not 0 < i < len(order) - 1:
            continue
        # Only a line with an appeal on each side is part of the appeal: a paragraph between an
        # inline promo and the page's foot ("Read more: ...", last paragraph, tags) is the article's.
        above, below = removed.get(order[i - 1]), removed.get(order[i + 1])
        if above and below and above.rule in APPEAL_RULES and below.rule in APPEAL_RULES:
            removed[n] = Removal(
                n, lines[n - 1], "trailing-block", f"between appeals on lines {order[i - 1]} and {order[i + 1]}"
            )


def _previous_nonblank(lines: list[str], n: int) -> int | None:
    for k in range(n - 1, 0, -1):
        if lines[k - 1].strip():
            return k
    return None
