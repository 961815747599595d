"""`headlines.section_label` stops at the first word no label holds: the same answer as reading every word."""

import random
import re

from dossier.headlines import _LABEL_JOINERS, _SECTION_LABEL_WORDS, section_label


def _every_word_read(text: str) -> bool:
    words = [w.lower() for w in re.findall(r"[^\W\d_]+|&", text)]
    return any(w in _SECTION_LABEL_WORDS for w in words) and all(
        w in _SECTION_LABEL_WORDS or w in _LABEL_JOINERS for w in words
    )


def test_stopping_early_gives_what_reading_every_word_gives():
    rng = random.Random(5)
    labels, joiners = sorted(_SECTION_LABEL_WORDS), sorted(_LABEL_JOINERS)
    others = ["harbour", "Lantern", "2008", "x_y", "&", "|", "-", "Über", "", "!"]
    texts = []
    for _ in range(20000):
        pool = rng.choice([labels, labels + joiners, labels + joiners + others, joiners + others])
        words = [rng.choice(pool) for _ in range(rng.randint(0, 6))]
        texts.append(rng.choice([" ", " | ", ", "]).join(w.upper() if rng.random() < 0.2 else w for w in words))
    for text in texts:
        assert section_label(text) == _every_word_read(text), text
