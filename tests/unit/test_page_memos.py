"""What the readers of a page share instead of each reading it again: the removed-line map of a
cleaning (`Cleaned.removed_at`), read once and never modified by a reader; a page's folded lines
and its most linked host, read once for every name asked of the page (`LastReading`); what both
layout readings ask of the same lines (English or not, a pair's wrapped sentence). Each must
answer what reading the page again answers."""

import random
import re

from dossier.clean import clean_lines
from dossier.lastreading import LastReading
from dossier.linejoins import broken_paragraphs, runs_on, wrapped_sentence
from dossier.linescores import score_lines
from dossier.lineshapes import PROSE_BASE, _read_english, is_english, line_score
from dossier.linetext import PLAIN_QUOTES, lowered, normalise_line
from dossier.mastheads import _most_linked_host, _read_most_linked_host, host_names
from dossier.metadata import extract_metadata
from dossier.model import Removal
from dossier.outletnames import lines_naming

_BANNER_PAGE = [
    "[![",
    "Harbour Notes",
    "A blog of the harbour",
    "](banner.jpg)](/)",
    "",
    "Council votes to close the harbour",
    "",
    "The council voted on Tuesday to close the harbour to ships for a year, and the boats of the"
    " harbour will moor elsewhere until the works end.",
    "",
    "Members of the council said that the harbour walls needed repairs that could not wait any"
    " longer, and that the works would start in spring.",
]


def test_removed_at_maps_each_removed_line_to_its_removal():
    cleaned = clean_lines(_BANNER_PAGE)
    assert cleaned.removed, "the banner's lines are removed"
    assert cleaned.removed_at == {r.line: r for r in cleaned.removed}
    assert cleaned.removed_at is cleaned.removed_at  # built once


def test_metadata_readers_leave_the_shared_removed_map_as_cleaning_made_it():
    # The title reader sets a banner's lines aside as "banner-alt-text" removals of its own: on a
    # copy, not on the map every other reader shares.
    cleaned = clean_lines(_BANNER_PAGE)
    before = dict(cleaned.removed_at)
    extract_metadata(_BANNER_PAGE, cleaned)
    assert cleaned.removed_at == before
    assert all(r.rule != "banner-alt-text" for r in cleaned.removed_at.values())
    assert isinstance(next(iter(before.values())), Removal)


# --- A page's lines read once for every name asked of them (`lastreading.LastReading`) ------


def _naming_read_again(key: str, numbered: list[tuple[int, str]], skip: int) -> list[tuple[int, str]]:
    """`lines_naming` as it read the page for each name: every line folded and searched."""
    if not key:
        return []
    words = re.compile(rf"\b{re.escape(key)}\b")
    return [(m, t) for m, t in numbered if m != skip and key in (f := normalise_line(t)) and words.search(f)]


_WORDS = ["Harbour", "harbour", "HARBOUR", "Notes", "notes", "Lantern", "Daily", "the", "Harbour-Notes", "Harbour’s",
          "(Harbour", "Notes)", "harbournotes", "Times", "—", "|", "2024", "x" * 600, "Nöte", "", "ΟΔΟΣ", "ΟΔΟΣ’",
          "“Lantern”", "Harbour_Notes", "İstanbul", "Daily–Times"]  # fmt: skip


def _page(rng: random.Random) -> list[tuple[int, str]]:
    numbered, n = [], 0
    for _ in range(rng.randint(0, 12)):
        n += rng.randint(1, 3)
        numbered.append((n, " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 6)))))
    return numbered


def test_lines_naming_finds_what_reading_every_line_again_finds():
    rng = random.Random(53)
    keys = ["harbour", "harbour notes", "notes", "lantern", "daily times", "harbour s", "nöte", "x" * 600, "", "2024",
            "οδος", "οδοσ", "οδος s", "harbour_notes", "istanbul", "i stanbul", " ", "notes  daily", "Harbour"]  # fmt: skip
    for _ in range(1000):
        numbered = _page(rng)
        skips = [0] + [m for m, _ in numbered[:2]]
        for key in keys:  # many names asked of one page: all but the first answered from its reading
            skip = rng.choice(skips)
            assert lines_naming(key, numbered, skip) == _naming_read_again(key, numbered, skip), (key, numbered)


def test_a_page_reading_follows_the_lines_it_is_asked_about():
    calls = []

    def read(numbered):
        calls.append(1)
        return tuple(t for _, t in numbered)

    reading = LastReading(read)
    page = [(1, "Harbour Notes"), (3, "The council voted.")]
    assert reading(page) == ("Harbour Notes", "The council voted.")
    assert reading(list(page)) == ("Harbour Notes", "The council voted.") and len(calls) == 1  # equal lines: read once
    page[1] = (3, "The council met.")  # the caller's list changed in place: read again
    assert reading(page) == ("Harbour Notes", "The council met.") and len(calls) == 2
    page.append((4, "More."))
    assert reading(page)[-1] == "More." and len(calls) == 3
    assert reading(page[:1]) == ("Harbour Notes",)  # another list of lines: read afresh


def test_the_most_linked_host_is_the_page_s_own_reading_for_each_page():
    one = [
        (1, "[Home](https://harbour.example/) [About](https://harbour.example/about)"),
        (2, "[x](https://other.example/)"),
    ]
    two = [(1, "[Home](https://lantern.example/)"), (2, "[About](https://lantern.example/about)")]
    for _ in range(2):
        assert _most_linked_host(one) == _read_most_linked_host(one) == "harbour.example"
        assert _most_linked_host(two) == _read_most_linked_host(two) == "lantern.example"
    assert host_names("Harbour", one) and not host_names("Harbour", two)


# --- Both layout readings of a page: what the second asks again ----------------------------------

_PIECES = ["The council voted", "on Tuesday to close the harbour", "and the boats", "will moor elsewhere.", "1998 and",
           "asked for more", "Harbour News", "Home | News | Sport", "[the harbour](/story)", "**said** the mayor",
           "12 per cent of", "der Rat hat", "die Schiffe", "—", "Posted by Ann", "  ", "in", "of the", "1."]  # fmt: skip


def _lines(rng: random.Random) -> list[str]:
    lines = []
    for _ in range(rng.randint(0, 14)):
        pieces = [rng.choice(_PIECES) for _ in range(rng.randint(0, 9))]
        lines.append(" ".join(pieces) + rng.choice(["", "", ".", ":", "  "]))
    return lines


def test_english_asked_again_answers_as_reading_the_lines_again():
    rng = random.Random(5)
    pages = [_lines(rng) for _ in range(400)]
    pages += [["der Rat hat die Schiffe"] * 3, ["The council voted on the harbour."] * 3]  # alike but for their words
    for page in pages:
        for _ in range(2):  # the second asking, of a new list of the same lines, is answered from the first
            assert is_english(list(page)) == _read_english(page), page


def test_wrapped_sentence_remembered_is_the_pair_s_own_answer():
    rng = random.Random(9)
    pairs = [(" ".join(rng.choices(_PIECES, k=rng.randint(1, 8))), " ".join(rng.choices(_PIECES, k=rng.randint(1, 8))))
             for _ in range(3000)]  # fmt: skip
    for _ in range(2):
        for line, following in pairs:
            assert wrapped_sentence(line, following) == wrapped_sentence.__wrapped__(line, following)


def _scores_joins_first(lines, numbers, removed, english):
    """`score_lines` as it was: a pair's joins tested before its removals."""
    scores, prose = [], []
    broken = broken_paragraphs(lines, numbers, removed)
    i = 0
    while i < len(numbers):
        j = i + 1
        while (
            j < len(numbers)
            and numbers[j] == numbers[j - 1] + 1
            and (
                runs_on(lines[numbers[j - 1] - 1], lines[numbers[j] - 1])
                or j - 1 in broken
                or wrapped_sentence(lines[numbers[j - 1] - 1], lines[numbers[j] - 1])
            )
            and numbers[j - 1] not in removed
            and numbers[j] not in removed
        ):
            j += 1
        if j - i == 1:
            scores.append(line_score(lines[numbers[i] - 1], removed.get(numbers[i]), english))
            score = scores[-1]
        else:
            score = line_score(" ".join(lines[n - 1].strip() for n in numbers[i:j]), None, english)
            scores += [score / (j - i)] * (j - i)
        prose += [score >= PROSE_BASE] * (j - i)
        i = j
    return scores, prose


def test_line_scores_test_removals_first_and_score_as_before():
    rng = random.Random(11)
    for _ in range(600):
        lines = _lines(rng)
        numbers = [n for n, t in enumerate(lines, 1) if t.strip()]
        removed = {n: Removal(n, lines[n - 1], rng.choice(["layout", "masthead", "corpus-repeated"]))
                   for n in numbers if rng.random() < 0.3}  # fmt: skip
        english = rng.random() < 0.8
        assert score_lines(lines, numbers, removed, english) == _scores_joins_first(lines, numbers, removed, english)


def test_a_line_lowered_before_folding_is_translated_only_when_it_holds_other_than_ascii():
    rng = random.Random(3)
    marks = ["‘", "’", "“", "”", "–", "—", "'", '"', "-", "A", "b", "Σ", "İ", " ", "x", "É", "1", "_"]
    texts = ["".join(rng.choices(marks, k=rng.randint(0, 12))) for _ in range(5000)]
    for text in texts + ["Harbour’s “Notes” – 2024", 'Harbour\'s "Notes" - 2024']:
        assert lowered(text) == text.translate(PLAIN_QUOTES.table).lower(), text
