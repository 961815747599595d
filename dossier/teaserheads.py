"""The head of a list of other stories: its heading and a first teaser shorter than the rest.

The layout (`dossier.layout`, `linescores.score_teaser_pairs`) finds a list of other stories by
its pairs: a headline of a few words and a one-paragraph lead, again and again. The list's
heading ("More stories") and a first headline shorter than the list's rule asks for stay above
what it removes. Read by place, they are the list's: a heading, then one headline and lead, right
above the list. Only with the heading: a subheading and a paragraph right above the list, with
running text above them, are the article's last section. Nothing here knows a site or a word.
"""

from __future__ import annotations

from .linescores import TEASER_LABEL_MAX_WORDS, TEASER_PAIRS_WORDING
from .lineshapes import TEASER_BLURB_MAX_WORDS
from .linetext import nonblank_lines, plain_text, word_count
from .model import Removal
from .sentenceends import ENDS_SENTENCE_OR_ELLIPSIS

#: The first teaser's headline: at least this many words (a list's headlines are short; a lone
#: word above a lead is a label's or a name's).
FIRST_HEADLINE_MIN_WORDS = 2


def apply_teaser_heads(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the heading and the first headline and lead right above each list of other stories
    that the layout removed, when all three are there and kept: a heading of at most
    TEASER_LABEL_MAX_WORDS words, a headline of FIRST_HEADLINE_MIN_WORDS words or more, neither a
    sentence, and a lead of one to TEASER_BLURB_MAX_WORDS words that ends as a sentence does."""
    numbers = list(nonblank_lines(lines))
    for i, n in enumerate(numbers):
        if i < 3 or not _in_list(removed.get(n)) or _in_list(removed.get(numbers[i - 1])):
            continue
        heading, headline, lead = numbers[i - 3 : i]
        if any(k in removed for k in (heading, headline, lead)):
            continue
        texts = [plain_text(lines[k - 1]).strip() for k in (heading, headline, lead)]
        words = [word_count(t) for t in texts]
        if (
            0 < words[0] <= TEASER_LABEL_MAX_WORDS
            and words[1] >= FIRST_HEADLINE_MIN_WORDS
            and 0 < words[2] <= TEASER_BLURB_MAX_WORDS
            and not ENDS_SENTENCE_OR_ELLIPSIS.search(texts[0])
            and not ENDS_SENTENCE_OR_ELLIPSIS.search(texts[1])
            and ENDS_SENTENCE_OR_ELLIPSIS.search(texts[2])
            and texts[1][:1].isupper()
        ):
            for k in (heading, headline, lead):
                removed[k] = Removal(
                    k,
                    lines[k - 1],
                    "teaser-head",
                    f"the heading or first teaser of the list of other stories from line {n}",
                )


def _in_list(found: Removal | None) -> bool:
    """Tell a line the layout removed as one of a list of other stories' headlines and leads."""
    return found is not None and found.rule == "layout" and found.evidence.startswith(TEASER_PAIRS_WORDING)
