"""The chrome above the headline, read by its shape and its place once the line rules have run:
bare counters beside the head's buttons ("38"), a vertical menu of one- and two-word lines, the
masthead's short lines among the navigation (site name, city, weather) and a short top line the
page's footer names again, a one-word label right above the headline (a kicker), and a site's
slogan shaped like a headline whose words the article hardly uses. `headlines` says what a
headline is shaped like; each stage here removes what stands above one.
"""

from __future__ import annotations

import re

from .headlines import (
    HEADLINE_MAX_WORDS,
    HEADLINE_SEARCH_LINES,
    MD_H1,
    headline_rule,
    sentence_headline,
    share,
)
from .linetext import body_lines, content_words, nonblank_lines, normalise_line, word_count
from .model import Removal
from .sentenceends import ENDS_SENTENCE_OR_ELLIPSIS

#: A site slogan or section label above the headline ("Independent journalism since 1911", "LOCAL
#: NEWS") is shaped like a headline but shares few of its words with the article's paragraphs: under
#: this share, when the line below it shares at least HEADLINE_MIN_SHARE and twice as much. On the
#: seeds and the tune corpus headlines share 0.40-1.00 (0.14 for an aggregator's bullets), slogans
#: and labels 0.00-0.33.
SLOGAN_MAX_SHARE = 0.4
HEADLINE_MIN_SHARE = 0.5


#: The masthead: the site name, city and weather lines that sit among the navigation above the
#: headline are a few words each; a headline is longer (4-22 words, see HEADLINE_MAX_WORDS), and
#: the few short headlines never sit below navigation *and* above more navigation.
MASTHEAD_MAX_WORDS = 5
#: ...and come in runs of one to three lines (site name; city + temperature) in every layout seen.
MASTHEAD_MAX_RUN = 3
#: Only these rules mark the chrome *above* a headline; share bars, captions and ads sit below it,
#: so a short line above them may be the headline itself.
MASTHEAD_BELOW_RULES = frozenset({"navigation", "consent-notice", "image-chrome", "link-list", "reader-mode-header"})


#: A vertical menu above the headline is a run of at least HEAD_MENU_MIN_LINES lines of at most
#: HEAD_MENU_MAX_WORDS words ("News", "Opinion", "Watch Live", "72°"). Headlines are longer: the
#: shortest in the seeds and the regression corpus has 7 words.
HEAD_MENU_MIN_LINES = 3
HEAD_MENU_MAX_WORDS = 2


_COUNTER = re.compile(r"^[\d.,]+\s*[kKmM]?$")


def apply_head_counters(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove bare numbers next to the head's chrome: like, comment and share counters ("38")."""
    head = list(nonblank_lines(lines)[:HEADLINE_SEARCH_LINES])
    for i, n in enumerate(head):
        if n in removed or not _COUNTER.match(lines[n - 1].strip()):
            continue
        # A number between two kept paragraphs is the body's business.
        if any(0 <= j < len(head) and head[j] in removed for j in (i - 1, i + 1)):
            removed[n] = Removal(n, lines[n - 1], "share", "a bare counter next to the head's chrome")


def apply_head_menus(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove a vertical menu above the headline: a run of one- and two-word lines."""
    run: list[int] = []
    for n in body_lines(lines, removed)[:HEADLINE_SEARCH_LINES]:
        text = lines[n - 1].strip()
        if word_count(text) > HEAD_MENU_MAX_WORDS or ENDS_SENTENCE_OR_ELLIPSIS.search(text) or text.startswith("#"):
            break
        run.append(n)
    if len(run) >= HEAD_MENU_MIN_LINES:
        for n in run:
            removed[n] = Removal(
                n, lines[n - 1], "masthead", f"one of {len(run)} one- or two-word lines above the headline (a menu)"
            )


def apply_masthead(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the site name, city and weather lines that sit among the chrome above the headline."""
    head = list(nonblank_lines(lines)[:HEADLINE_SEARCH_LINES])
    run: list[int] = []  # short lines since the last chrome line (or the top of the page)
    short: list[int] = []  # every short line above the headline
    for n in head:
        rem = removed.get(n)
        text = lines[n - 1].strip()
        if rem is None:
            if word_count(text) > MASTHEAD_MAX_WORDS or ENDS_SENTENCE_OR_ELLIPSIS.search(text):
                break
            run.append(n)
            short.append(n)
            continue
        if rem.kind != "boilerplate":
            break
        if run and rem.rule in MASTHEAD_BELOW_RULES and len(run) <= MASTHEAD_MAX_RUN:
            for k in run:
                removed[k] = Removal(
                    k,
                    lines[k - 1],
                    "masthead",
                    f"short line between page chrome above the headline (line {n}: {rem.rule})",
                )
        run = []
    # A short line above the headline that a removed line further down names again is the site's
    # name ("Okanagan Today" on top, "Copyright © 2023 Okanagan Today." below the article).
    chrome: list[tuple[int, str]] | None = None  # the removed chrome lines in order, folded
    for k in short:
        key = normalise_line(lines[k - 1])
        if k in removed or not key or not re.search(r"[A-Z]", lines[k - 1]):
            continue
        if chrome is None:
            # Folded once for every short line, not once a line: `removed` changes only right
            # before the loop stops, so each line reads the same list it read before.
            chrome = [(m, normalise_line(rem.text)) for m, rem in sorted(removed.items()) if rem.kind == "boilerplate"]
        named = re.compile(rf"\b{re.escape(key)}\b")
        again = next((m for m, folded in chrome if m > k and folded != key and named.search(folded)), None)
        if again is not None:
            removed[k] = Removal(k, lines[k - 1], "masthead", f"the site name, named again at line {again}")
            break


def apply_kicker(lines: list[str], removed: dict[int, Removal]) -> None:
    """A one-word line right above the headline is a label (site name, section, "EXCLUSIVE")."""
    top = body_lines(lines, removed)[:HEADLINE_SEARCH_LINES]
    if (
        len(top) >= 2
        and word_count(lines[top[0] - 1]) == 1
        and not ENDS_SENTENCE_OR_ELLIPSIS.search(lines[top[0] - 1].strip())
    ):
        if not lines[top[0] - 1].lstrip().startswith(("#", "-", "*", ">", "|")) and (
            headline_rule(lines[top[1] - 1]) or sentence_headline(lines, removed, top[1])
        ):
            removed[top[0]] = Removal(top[0], lines[top[0] - 1], "masthead", "a one-word label above the headline")


def apply_slogan(lines: list[str], removed: dict[int, Removal]) -> None:
    """A first line shaped like a headline whose words the article hardly uses, right above one
    whose words it does use, is a site slogan or section label, not the headline."""
    top = body_lines(lines, removed)[:HEADLINE_SEARCH_LINES]
    if len(top) < 2 or not headline_rule(lines[top[0] - 1]) or MD_H1.match(lines[top[0] - 1]):
        return
    article: set[str] = set()
    for n in body_lines(lines, removed):
        if word_count(lines[n - 1]) > HEADLINE_MAX_WORDS:  # paragraphs only: not menus, lists, labels
            article |= content_words(lines[n - 1])

    first = share(lines[top[0] - 1], article)
    if first >= SLOGAN_MAX_SHARE:
        return
    for n in top[1:3]:
        if word_count(lines[n - 1]) > HEADLINE_MAX_WORDS:
            return  # the article has begun
        if headline_rule(lines[n - 1]) and (below := share(lines[n - 1], article)) >= max(
            HEADLINE_MIN_SHARE, 2 * first
        ):
            evidence = f"{first:.0%} of its words are in the article's paragraphs, {below:.0%} of line {n}'s"
            removed[top[0]] = Removal(top[0], lines[top[0] - 1], "slogan", evidence)
            return
