"""Fast paths of stage 1 (session 48) in tokenising a line and in ruling out a pattern: each test
checks the answer against the pattern it stands for, on random texts, and that the slow path was
not taken where the fast one answers."""

from __future__ import annotations

import random
import re

from dossier import chromelines, discovery, lineshapes, linetext, titles


class _Refuse:
    """Stands in for a pattern that the fast path must not reach."""

    def __getattr__(self, name: str):
        raise AssertionError(f"the slow path ran ({name})")


def _random_texts(pieces: list[str], most: int, seed: int, n: int = 20000) -> list[str]:
    """`n` texts of up to `most` pieces each, drawn with a fixed seed."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


# Letters, digits, apostrophes of both kinds, hyphens, an underscore, spaces, and letters outside
# ASCII (accented, Greek, a Chinese character, the long s and the Kelvin sign that fold to ASCII).
_WORD_PIECES = [*"aZq9_'’- .", "é", "Ω", "中", "ſ", "\u212a", "ab", "Cd", "x'y", "don't", "rock’n’roll"]


def test_words_of_is_the_word_pattern_on_random_texts():
    for text in _random_texts(_WORD_PIECES, 12, 48):
        assert lineshapes.words_of(text) == lineshapes.WORD.findall(text), repr(text)


def test_an_ascii_text_is_tokenised_without_the_unicode_pattern(monkeypatch):
    monkeypatch.setattr(lineshapes, "WORD", _Refuse())
    assert lineshapes.words_of("The mayor's office didn't say, on 3 May.") == [
        "The", "mayor's", "office", "didn't", "say", "on", "May",
    ]  # fmt: skip
    assert lineshapes.word_count("Two words") == 2


def test_a_text_outside_ascii_still_reads_its_letters():
    assert lineshapes.words_of("Café “Zoë” rock’n’roll") == ["Café", "Zoë", "rock’n’roll"]


_LONG_WORD_PIECES = [*"aZq9_'’- .", "é", "ab", "Cdef", "&amp;", "&eacute;", "word"]


def test_content_words_are_the_long_word_pattern_on_random_texts():
    linetext.content_words.cache_clear()
    for text in _random_texts(_LONG_WORD_PIECES, 10, 4848, 5000):
        found = linetext._LONG_WORD.findall(linetext.html.unescape(text))
        assert linetext.content_words(text) == frozenset(map(str.lower, found)) - linetext._FUNCTION_WORDS, repr(text)


def test_the_content_words_of_an_ascii_line_ask_no_unicode_pattern(monkeypatch):
    linetext.content_words.cache_clear()
    monkeypatch.setattr(linetext, "_LONG_WORD", _Refuse())
    assert linetext.content_words("Coastal towns rebuild their harbour walls") == {
        "coastal", "towns", "rebuild", "harbour", "walls",
    }  # fmt: skip
    linetext.content_words.cache_clear()


# Spaces of several kinds: Unicode's whitespace, which both the pattern and str.split part words at
# (a no-break space, an ideographic space, the file separators \x1c-\x1f, a line separator).
_INITIAL_PIECES = [*"aB. \t\n", "\xa0", "\u3000", "\x1c", "\x1f", "\u2028", "\x85", "“Q", "é"]


def test_initials_are_the_initial_pattern_on_random_texts():
    initial = re.compile(r"(?<!\S)\S")
    for text in _random_texts(_INITIAL_PIECES, 14, 480):
        assert titles._initials(text) == initial.findall(text), repr(text)


def test_prose_is_still_told_from_a_headline():
    titles.is_prose.cache_clear()
    sentence = "The council met on Monday and agreed the budget for the harbour walls, which the storms of"
    assert titles.is_prose(f"{sentence} last winter broke in two places along the quay.")
    assert not titles.is_prose(sentence.title())  # twenty words or more, in Title Case
    assert not titles.is_prose("The council met on Monday and agreed the budget.")  # too short


_CELL_PIECES = [*"ab |\t.", "   ", "  ", "\n", "\\|", "\xa0"]


def test_has_cell_break_is_the_pattern_on_random_texts():
    for text in _random_texts(_CELL_PIECES, 12, 4800):
        assert chromelines.has_cell_break(text) == bool(chromelines.CELL_BREAK.search(text)), repr(text)


def test_a_paragraph_without_a_break_is_not_searched_for_cells(monkeypatch):
    monkeypatch.setattr(chromelines, "CELL_BREAK", _Refuse())
    assert chromelines.is_appeal_line("Sign up for our letters and follow the harbour news.")
    assert not chromelines.is_appeal_line("The council will sign the harbour deal on Monday.")
    assert discovery._without_headings("the council met.\nIt agreed.") == "the council met.\nIt agreed."


def test_a_row_of_cells_is_still_no_appeal():
    assert not chromelines.is_appeal_line("Sign up for our letters\tHome\tNews")
    assert not chromelines.is_appeal_line("Sign up for our letters | Home | News")


class _MatchedAt:
    """Wraps a pattern and records where each match was tried."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern, self.starts = pattern, []

    def match(self, text: str, pos: int = 0, *args):
        self.starts.append(pos)
        return self.pattern.match(text, pos, *args)


def test_a_legal_phrase_is_tried_only_where_a_key_stands(monkeypatch):
    spy = _MatchedAt(chromelines.LEGAL)
    monkeypatch.setattr(chromelines, "LEGAL", spy)
    news = "Residents fought for their rights for years, on their terms.\n"
    footer = "Read our Privacy Policy."
    assert chromelines.holds_legal_phrase(news + footer)
    rights, terms, policy = news.index("ights") - 5, news.index("erms") - 1, len(news) + footer.index("olicy") - 9
    assert spy.starts == [rights, terms, policy]
    spy.starts.clear()
    assert not chromelines.holds_legal_phrase("The council met on Monday and agreed the budget.")
    assert spy.starts == []


# The keys, the phrases and pieces of them, in both cases, with the characters around them that
# the pattern's word boundaries read.
_LEGAL_PIECES = [
    "©", "Copyright", "copyright", "All Rights Reserved", "all rights Reserved", "rights", "Terms and Conditions",
    "terms & conditions", "Terms of Use", "terms of Service", "terms", "Privacy Policy", "privacy policy", "policy",
    "Registered Office", "registered in England", "registered", " ", "x", "a", "\n", "ights", "erms", "olicy", "P",
]  # fmt: skip


def test_holds_legal_phrase_is_the_pattern_on_random_texts():
    for text in _random_texts(_LEGAL_PIECES, 8, 448):
        assert chromelines.holds_legal_phrase(text) == bool(chromelines.LEGAL.search(text)), repr(text)


def test_a_text_without_a_lowercase_letter_before_a_capital_asks_no_brand_pattern(monkeypatch):
    monkeypatch.setattr(discovery, "_PREFIXED_BRAND", _Refuse())
    assert discovery._prefixed_brands("The Harbour Council met on Monday.", discovery.Registry()) == []


_BRAND_PIECES = [*"aZ .'/-@\n", "iPhone", "eBay", "iOS", "mAh", "kWh", "65 ", "© 2008 ", "www.", "McCain", "x"]


def test_prefixed_brands_are_those_of_a_search_from_the_start_on_random_texts(monkeypatch):
    registry = discovery.Registry()
    texts = _random_texts(_BRAND_PIECES, 10, 4488, 5000)
    fast = [discovery._prefixed_brands(text, registry) for text in texts]
    monkeypatch.setattr(discovery, "_LOWER_THEN_CAPITAL", re.compile(""))  # matches at 0: the whole text is searched
    assert fast == [discovery._prefixed_brands(text, registry) for text in texts]
    assert sum(map(bool, fast)) > 100  # (the pieces make brands)


def test_a_readings_answers_are_sorted_as_by_kind_and_answer():
    from dossier.readings import _answers

    rng = random.Random(48)
    for _ in range(2000):
        log = [(rng.random() < 0.5, rng.choice("abcdef"), rng.random() < 0.5) for _ in range(rng.randint(0, 12))]
        assert _answers(log) == tuple(
            frozenset(x for kind, x, answer in log if kind is asked and answer is yes)
            for asked, yes in ((True, True), (True, False), (False, True), (False, False))
        ), log
