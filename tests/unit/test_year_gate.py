"""`dates._ANY_YEAR`, spelled to skip to the next figure, finds what its first spelling found."""

import random
import re

from dossier.dates import _ANY_YEAR

# The pattern as first written: a figure ahead, then a year, a "5jan08" or a "3/08".
_AS_WRITTEN = re.compile(r"(?=\d)(?:(?:19|20)\d\d|\d[a-z]{3}\d\d\b|\d[/.]\d\d\b)", re.I)


def test_the_year_gate_matches_as_first_written():
    rng = random.Random(11)
    pieces = ["1", "2", "9", "0", "19", "20", "08", "٣", "/", ".", "jan", "JAN", "ab", " ", "x", "-", "_", "é"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(30000)]
    texts += ["In 2019 and 1908", "on 5jan08 too", "filed 3/08", "no year 2 0 1 9", "21900", "120x"]
    for text in texts:
        found, written = _ANY_YEAR.search(text), _AS_WRITTEN.search(text)
        assert (found and found.span()) == (written and written.span()), text
