"""Lines a line rule took that their shape and place on the page give back, run right after the
line rules (`rulelines.apply_line_rules`): an item's own link written "More: <address>", which
`related` reads as a teaser's label, and a section's heading in capitals written with a slash
("CALENDAR/CLOCK"), which `caption-credit` reads as a photographer's credit, where the page's
other sections stand under headings in capitals too; and a gallery's captions, each written as
a sentence with its credit in brackets at its end, right under a paragraph's line (or another
such caption), which the golds of every rendering count as the article's text (or leave
unscored), never as chrome. A caption under a menu, a button or an image is left out: over the
article's first paragraph, kept, it moves the article's start above the byline.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import PHOTO_AGENCIES
from .lineshapes import PROSE_MIN_FUNCTION_SHARE, PROSE_MIN_WORDS, SENTENCE_MIN_LOWERCASE_SHARE, line_shape
from .linetext import body_lines, nonblank_lines, plain_text, word_count
from .model import Removal
from .rules import Rule, rule_matcher

#: "More: <address>": a list's item pointing at its own subject's site, not a teaser (a teaser
#: names a story). "Read more: <address>" stays a syndicated copy's tracking line.
_ITEM_LINK = re.compile(r"^more\s*:\s*(?:https?://|www\.)\S+$", re.I)

#: A credit's words: an agency (`storycredits.PHOTO_AGENCIES`), a picture desk, a photographer's
#: staff ("SAUL LOEB/AFP", "JOHN SMITH/STAFF", "JIM CRAVEN/NBC NEWS"). A capitals line with a slash
#: and none of them may be a section's heading ("BROW GEL/CLEAR MASCARA").
_DESK_WORDS = (
    "images?", "photos?", "pictures?", "photographer", "staff", "press", "news", "wire", "courtesy", "corbis",
    "rex", "nasa", "ansa", "kyodo", "yonhap", "imago",
)  # fmt: skip
_CREDIT_WORD = re.compile(rf"\b(?:{'|'.join([*map(re.escape, PHOTO_AGENCIES), *_DESK_WORDS])})\b", re.I)
#: A caption written as a sentence, its credit in brackets closing the line: "A girl in costume
#: meets other revellers downtown. (Jane Roe/AFP/Getty Images)". At least this many words before
#: the credit: a credit alone or after a label ("Photo (AP)") is no sentence.
CAPTION_SENTENCE_MIN_WORDS = 6
#: A page holding this many such captions is a gallery, whose captions are its story; one or two
#: captions in a news story ("FILE - A man walks past ... (AP Photo/Jane Roe, File)") stay chrome.
GALLERY_CAPTIONS_MIN = 3
_CLOSING_CREDIT = re.compile(r"\([^()]{1,80}\)$")

#: A heading in capitals: letters, spaces and "&" only, at most this many words.
SECTION_HEADING_MAX_WORDS = 5
_CAPITALS_HEADING = re.compile(r"^[A-Z][A-Z&' -]*[A-Z]$|^[A-Z]{2,}$")
_CAPITALS_SLASHED = re.compile(r"^[A-Z][A-Z&' -]*/\s*[A-Z][A-Z&' -]*[A-Z]$")


def keep_rule_misreadings(lines: list[str], rules: tuple[Rule, ...], removed: dict[int, Removal]) -> None:
    """Give back the item links, a gallery's credited captions under a paragraph and the slashed
    capitals headings the line rules (`rules`) took."""
    match = rule_matcher(rules).first_match
    numbers = nonblank_lines(lines)
    captions = {
        n
        for n in numbers
        if lines[n - 1].rstrip().endswith(")") and _is_credited_sentence(plain_text(lines[n - 1]), match)
    }
    gallery = len(captions) >= GALLERY_CAPTIONS_MIN
    # Whether the line above is a paragraph's (running text, or a hard-wrapped paragraph's short
    # last line right under it) or a caption given back.
    under_text, above = False, 0
    for n in numbers:
        rem = removed.get(n)
        text = plain_text(lines[n - 1])
        wrapped, above = under_text and above == n - 1, n
        if rem is None:
            under_text = wrapped or _is_running_text(text)
        elif rem.rule == "related" and _ITEM_LINK.match(text):
            del removed[n]
            under_text = False
        elif rem.rule == "caption-credit" and gallery and under_text and n in captions:
            del removed[n]
        else:
            under_text = False
    slashed = [
        n
        for n, rem in removed.items()
        if rem.rule == "caption-credit" and _is_slashed_heading(plain_text(lines[n - 1]))
    ]
    if slashed and _has_capitals_heading(lines, removed):
        for n in slashed:
            del removed[n]


def _is_running_text(text: str) -> bool:
    """A paragraph's line: PROSE_MIN_WORDS words or more, function words among them, mostly in
    lowercase (a hard-wrapped paragraph's line holds no sentence's end)."""
    shape = line_shape(text)
    return (
        shape.words >= PROSE_MIN_WORDS
        and shape.function_share >= PROSE_MIN_FUNCTION_SHARE
        and shape.lowercase_share >= SENTENCE_MIN_LOWERCASE_SHARE
    )


def _is_credited_sentence(text: str, match: Callable[[str, int], Rule | None]) -> bool:
    """A caption written as a sentence of CAPTION_SENTENCE_MIN_WORDS words or more, its credit in
    brackets at its end, that no rule reads as chrome without it ("Media caption ...")."""
    found = _CLOSING_CREDIT.search(text)
    sentence = text[: found.start()].rstrip() if found else ""
    words = word_count(sentence)
    ends = sentence.rstrip('"”’').endswith((".", "!", "?"))
    return ends and words >= CAPTION_SENTENCE_MIN_WORDS and match(sentence, words) is None


def _is_slashed_heading(text: str) -> bool:
    """A line of capitals with one slash between words and no credit's word."""
    return (
        text.count("/") == 1
        and word_count(text) <= SECTION_HEADING_MAX_WORDS
        and bool(_CAPITALS_SLASHED.match(text))
        and not _CREDIT_WORD.search(text)
    )


def _has_capitals_heading(lines: list[str], removed: dict[int, Removal]) -> bool:
    """Whether the page keeps a heading in capitals with no slash over a line of text."""
    numbers = body_lines(lines, removed)
    for i, n in enumerate(numbers[:-1]):
        text = plain_text(lines[n - 1])
        if word_count(text) <= SECTION_HEADING_MAX_WORDS and _CAPITALS_HEADING.match(text):
            below = plain_text(lines[numbers[i + 1] - 1])
            if not _CAPITALS_HEADING.match(below) and not _CAPITALS_SLASHED.match(below):
                return True
    return False
