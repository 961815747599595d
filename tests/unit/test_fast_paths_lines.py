"""Fast paths of stage 1 (sessions 45-48) give what the slow paths they skip would: each test checks
the answer against the pattern or count it stands for, and that the slow path was not taken."""

from __future__ import annotations

import random
import re

import pytest

from dossier import chromelines, comments, discovery, linejoins, lineshapes, linetext, markup, sourcepages, titles
from dossier.sentenceends import ENDS_SENTENCE_OR_CLAUSE, ends_sentence_or_clause


class _Refuse:
    """Stands in for a pattern or a function that the fast path must not reach."""

    def __getattr__(self, name: str):
        raise AssertionError(f"the slow path ran ({name})")

    def __call__(self, *args: object):
        raise AssertionError(f"the slow path ran {args}")


class _FromPosition:
    """Wraps a pattern and records where each search started or match was tried."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern, self.starts = pattern, []

    def search(self, text: str, pos: int = 0, *args):
        self.starts.append(pos)
        return self.pattern.search(text, pos, *args)

    def match(self, text: str, pos: int = 0, *args):
        self.starts.append(pos)
        return self.pattern.match(text, pos, *args)


def _random_texts(pieces: list[str], most: int, seed: int, n: int = 20000) -> list[str]:
    """`n` texts of up to `most` pieces each, drawn with a fixed seed."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def test_ends_as_sentence_is_the_pattern_on_random_lines():
    for line in _random_texts(list("aApPmMx .\t\n\"”’'),;"), 14, 45):
        assert chromelines._ends_as_sentence(line) == bool(chromelines._ENDS_AS_SENTENCE.search(line)), repr(line)


_SENTENCE = "The town opened its new bridge. The mayor cut the ribbon, June 7, 2012."
_CLOCK = "Storm hits the coast at 9:10 p.m."  # a clock's stop ends no sentence


@pytest.mark.parametrize(
    ("pattern", "fast", "text", "found", "start"),
    [
        ("_ENDS_AS_SENTENCE", "_ends_as_sentence", _SENTENCE, True, len(_SENTENCE) - 1),
        ("_ENDS_AS_SENTENCE", "_ends_as_sentence", _CLOCK, False, len(_CLOCK) - 1),
    ],
)
def test_a_whole_text_search_starts_where_a_match_can(monkeypatch, pattern, fast, text, found, start):
    spy = _FromPosition(getattr(chromelines, pattern))
    monkeypatch.setattr(chromelines, pattern, spy)
    assert getattr(chromelines, fast)(text) is found
    assert spy.starts == [start]


def test_ends_as_sentence_without_a_stop_asks_no_pattern(monkeypatch):
    monkeypatch.setattr(chromelines, "_ENDS_AS_SENTENCE", _Refuse())
    assert not chromelines._ends_as_sentence("Jan 15, 2008 Police make an arrest")


def test_appeal_line_counts_words_to_its_limit():
    limit = chromelines.APPEAL_LINE_MAX_WORDS
    appeal = "Sign up for our letters " + " ".join(["today"] * (limit - 5))
    assert len(appeal.split()) == limit and chromelines.is_appeal_line(appeal)
    assert not chromelines.is_appeal_line(appeal + " now")
    assert not chromelines.is_appeal_line(appeal + " now   ")


def test_named_writer_counts_words_to_its_limit():
    assert comments._named_writer("Dan Garner ")
    assert not comments._named_writer("Dan Garner Smith Jones")
    assert not comments._named_writer("Dan Garner Smith Jones left early")


def test_a_paragraph_without_a_bar_asks_no_cell_pattern(monkeypatch):
    monkeypatch.setattr(sourcepages, "_EMPTY_CELLS", _Refuse())
    assert sourcepages._without_empty_cells("The council met on Monday.") == "The council met on Monday."


def test_empty_cells_still_go_where_there_are_bars():
    assert sourcepages._without_empty_cells("| | Derby lost at home. | |") == "Derby lost at home."
    assert sourcepages._without_empty_cells("Post a comment | | | Transfers") == "Post a comment | Transfers"


def test_legal_phrase_search_is_the_pattern_on_random_texts():
    pieces = ["©", "Copyright", "copyright", "All Rights Reserved", "all rights", "rights", "ights", "Terms of Use",
              "terms of Service", "Terms and Conditions", "terms & conditions", "terms", "Privacy Policy",
              "privacy policy", "policy", "Registered office", "registered in England", "registered", "erms", "olicy",
              "P", " ", "x", "\n", "-", "Acme", "2008"]  # fmt: skip
    for text in _random_texts(pieces, 8, 14):
        assert chromelines.holds_legal_phrase(text) == bool(chromelines.LEGAL.search(text)), repr(text)


def test_a_text_without_a_legal_key_asks_no_pattern(monkeypatch):
    monkeypatch.setattr(chromelines, "LEGAL", _Refuse())
    assert not chromelines.holds_legal_phrase("The council met on Monday and agreed the budget.")


def test_an_ascii_line_without_an_appeal_verb_asks_no_pattern(monkeypatch):
    monkeypatch.setattr(chromelines, "_APPEAL", _Refuse())
    monkeypatch.setattr(chromelines, "CELL_BREAK", _Refuse())  # nor its cells
    assert not chromelines.is_appeal_line("The council met on Monday.")


def test_appeal_lines_still_read_as_before():
    assert chromelines.is_appeal_line("Sign up for our letters.")
    assert chromelines.is_appeal_line("The blog is up and running. Click here.")
    assert chromelines.is_appeal_line("ſign up for our letters.")  # the pattern ignores case: "ſ" is an "s"
    assert not chromelines.is_appeal_line("Follow-up talks begin on Monday.")


def _slow_cue_after_space(body: str, end: int) -> str | None:
    """`cues._cue_after` at a space before a lowercase letter, every pattern tried in order."""
    from dossier import cues

    for pattern, cue in ((cues._STAFF_AFTER, "staff"), (cues._RESULT_AFTER, "team"), (cues._FOLLOWERS_AFTER, "team"),
                         (cues._PLACE_KIND_AFTER, "place"), (cues._DWELLERS_AFTER, "dwellers"),
                         (cues._MEMBERS_AFTER, "body"), (cues._ORG_NOUN_AFTER, "body")):  # fmt: skip
        if pattern.match(body, end):
            return cue
    return cues._said_after(body, end)


def test_cue_after_a_space_tries_only_the_patterns_of_its_word_and_answers_as_all_of_them():
    from dossier import cues

    rng = random.Random(45)
    words = ["said", "says", "manager", "centre", "centre-back", "co-owners", "beat", "fans", "valley", "officials",
             "residents", "company", "network", "television", "the", "in", "a", "statement", "bay", "x", "ran"]  # fmt: skip
    signs = [" ", " ", ", ", "-", "'", ".", "\t", "Acme", "É"]
    for _ in range(20000):
        body = "Kim " + "".join(rng.choice(words) + rng.choice(signs) for _ in range(rng.randint(1, 4)))
        assert cues._cue_after(body, 3) == _slow_cue_after_space(body, 3), repr(body)


def test_cue_after_a_space_skips_the_kind_and_speech_patterns_before_another_word(monkeypatch):
    from dossier import cues

    for name in ("_STAFF_AFTER", "_RESULT_AFTER", "_FOLLOWERS_AFTER", "_PLACE_KIND_AFTER", "_DWELLERS_AFTER",
                 "_MEMBERS_AFTER", "_STATEMENT_AFTER", "_SPEECH_AFTER"):  # fmt: skip
        monkeypatch.setattr(cues, name, _Refuse())
    assert cues.cue_after("Kim Ardley ran home", 10) is None
    assert cues.cue_after("Kim Ardley television network", 10) == "body"  # a modifier, then a body's noun


def test_a_first_word_written_capitalised_inside_cuts_out_no_name(monkeypatch):
    from dossier import registry, spans

    def refuse(_: str) -> str:
        raise AssertionError("the name after the first word was cut out")

    monkeypatch.setattr(spans, "without_possessive", refuse)
    known = registry.Registry()
    assert not spans.opens_before_known_name(["Senior", "Brellco", "Works"], {"Senior"}, {"Brellco Works"}, known)


def test_a_sentence_opener_before_a_known_name_is_still_told():
    from dossier import registry, spans

    known = registry.Registry()
    assert spans.opens_before_known_name(["Senior", "Brellco", "Works"], set(), {"Brellco Works"}, known)
    assert not spans.opens_before_known_name(["Senior", "Brellco", "Works"], set(), set(), known)


def _chrome(body: str) -> chromelines.Chrome:
    from dossier.offsets import Separators

    return chromelines.Chrome(body, body, Separators(body, "\n"), set())


def test_a_plain_line_is_read_for_no_cells_nor_hidden_text(monkeypatch):
    monkeypatch.setattr(chromelines, "_side_cells", _Refuse())
    monkeypatch.setattr(chromelines, "hidden_spans", _Refuse())
    body = "The council met on Monday.\nIt agreed the budget for the parks."
    assert chromelines.Chrome.plain_line(_chrome(body), body.index("It"))


def test_a_line_with_hidden_text_or_a_side_cell_is_still_no_plain_line():
    linked = 'The council met on Monday, [as planned](/story "Brellco Works") by the mayor.'
    assert not _chrome(linked).plain_line(0)
    words = " ".join(["word"] * (chromelines.SIDE_CELL_ARTICLE_MIN_WORDS + 10))
    row = f"| {words}. |\tTRANSFERS Acme news |"
    assert not _chrome(row).plain_line(0)
    assert _chrome("The council met on Monday, as planned by the mayor.").plain_line(0)


def _text(body: str):
    from dossier.notnames import Text
    from dossier.offsets import Separators
    from dossier.registry import Registry

    return Text(body, Separators(body, "\n"), set(), set(), Registry(), {}, set())


def test_the_pairs_written_inside_keep_only_capitalised_first_words():
    from dossier import notnames

    text = _text("Brackley is small, and it has no time for talks with Time Brackley, or Élan Vital.")
    assert notnames._written_inside(text, "Time", "Brackley")
    assert notnames._written_inside(text, "Élan", "Vital")
    assert not notnames._written_inside(text, "Talks", "with")
    assert all(not ("a" <= first[0] <= "z") for first, _ in text.pairs["inside"])
    assert ("for", "talks") not in text.pairs["inside"]


def test_a_line_break_at_the_end_is_the_pattern_on_random_lines():
    from dossier import linejoins

    for text in _random_texts(["a", " ", "  ", "\\", "\n", "\t", ".", "x y"], 8, seed=46):
        assert linejoins._ends_with_break(text) == bool(linejoins._HARD_BREAK.search(text)), repr(text)


def test_lines_that_end_with_no_space_nor_backslash_ask_no_break_pattern(monkeypatch):
    from dossier import linejoins

    monkeypatch.setattr(linejoins, "_HARD_BREAK", _Refuse())
    lines = ["A first line of text.", "", "Another line", "and a last one"]
    assert linejoins.broken_paragraphs(lines, [1, 3, 4], set()) == set()


def test_three_lines_broken_by_markdown_still_make_one_paragraph():
    from dossier import linejoins

    lines = ["Roses are red,  ", "violets are blue,\\", "this line ends it.", "", "Alone  "]
    assert linejoins.broken_paragraphs(lines, [1, 2, 3, 5], set()) == {0, 1}


# Session 48: tokenising a line, and patterns tried only where a match can start.

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


def test_a_line_without_a_link_is_returned_as_it_is_without_looking_for_links(monkeypatch):
    monkeypatch.setattr(lineshapes, "link_matches", _Refuse())
    assert lineshapes.without_links("Posted March 3, 2024 (updated)") == "Posted March 3, 2024 (updated)"
    linked = "[Home](/) | [News](/news)"  # links, but no image: none of the images' pattern opens
    assert lineshapes.without_links(linked, False, "![", lineshapes.MD_IMAGE) == linked


_CJK_PIECES = [*"aZ ’'.", "é", "“", "—", "中", "文字", "ひら", " 中文 ", "Word"]


def _words_counted_by_character(text: str) -> tuple[int, list[str]]:
    """A text's word count and the words its function-word share is read from, a word's first
    character tested one by one (what `line_shape` and `word_count` did before their fast path)."""
    found = lineshapes.words_of(text)
    words = [w for w in found if not "\u3040" <= w[0] <= "\u9fff"]
    return len(words) + lineshapes._cjk_count(text) // 2, words


def test_word_counts_are_the_count_by_character_on_random_texts():
    for text in _random_texts(_CJK_PIECES, 10, 58, 5000):
        count, words = _words_counted_by_character(text)
        assert lineshapes.word_count(text) == count, repr(text)
        assert lineshapes.line_shape.__wrapped__(text).words == count, repr(text)


class _SearchOnly:
    """Stands in for the Chinese and Japanese pattern: a line may be searched once, no word tested."""

    def __init__(self, pattern):
        self.search, self.findall = pattern.search, pattern.findall

    def __getattr__(self, name: str):
        raise AssertionError(f"a word was tested ({name})")


def test_a_line_without_chinese_or_japanese_tests_no_word_for_it(monkeypatch):
    monkeypatch.setattr(lineshapes, "_CJK", _SearchOnly(lineshapes._CJK))
    line = "“Café” owners said — on Zoë’s word — they’d stay."
    assert lineshapes.word_count(line) == 8
    assert lineshapes.line_shape.__wrapped__(line).words == 8


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


def test_a_legal_phrase_is_tried_only_where_a_key_stands(monkeypatch):
    spy = _FromPosition(chromelines.LEGAL)
    monkeypatch.setattr(chromelines, "LEGAL", spy)
    news = "Residents fought for their rights for years, on their terms.\n"
    footer = "Read our Privacy Policy."
    assert chromelines.holds_legal_phrase(news + footer)
    rights, terms, policy = news.index("ights") - 5, news.index("erms") - 1, len(news) + footer.index("olicy") - 9
    assert spy.starts == [rights, terms, policy]
    spy.starts.clear()
    assert not chromelines.holds_legal_phrase("The council met on Monday and agreed the budget.")
    assert spy.starts == []


def test_a_text_without_a_lowercase_letter_before_a_capital_asks_no_brand_pattern(monkeypatch):
    monkeypatch.setattr(discovery, "_PREFIXED_BRAND", _Refuse())
    assert discovery._prefixed_brands("The Harbour Council met on Monday.", discovery.Registry()) == []


_BRAND_PIECES = [*"aZ .'/-@\n", "iPhone", "eBay", "iOS", "mAh", "kWh", "65 ", "© 2008 ", "www.", "McCain", "x"]


def test_prefixed_brands_are_those_of_a_search_from_the_start_on_random_texts(monkeypatch):
    registry = discovery.Registry()
    texts = _random_texts(_BRAND_PIECES, 10, 4488, 5000)
    fast = [discovery._prefixed_brands(text, registry) for text in texts]
    monkeypatch.setattr(discovery, "first_brand_start", lambda body: 0)  # the whole text is searched
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


_SIGNED_PIECES = [
    "Posted by ", "posted on ", "Comment #3", "comment no. 4", "By ann_k on Aug 9, 2012 10:40 AM", "Ann says:",
    "Bob wrote...", "said", "SAYS", "report this comment", "Report This Post", "recently posted..", "anonymous",
    "ſays", "Anne", " ", "x", ":", "-", "2012", "\t",
]  # fmt: skip


def test_signed_is_the_pattern_on_random_lines():
    for text in _random_texts(_SIGNED_PIECES, 6, 4848, 10000):
        assert comments._signed(text) == bool(comments._SIGNED.search(text)), repr(text)


class _MatchOnly:
    """Stands in for a pattern that may be matched at a line's start but not searched."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern

    def match(self, text: str, *args):
        return self.pattern.match(text, *args)


def test_an_ascii_line_without_a_signing_word_is_matched_only_at_its_start(monkeypatch):
    monkeypatch.setattr(comments, "_SIGNED", _MatchOnly(comments._SIGNED))
    assert comments._signed("Posted by Ann Lee at 9:10 pm")
    assert not comments._signed("Harbour walls rebuilt by 2012")


def _column_name_runs_reading_every_line(texts: list[str]) -> list[range]:
    """`lineshapes.column_name_runs` as it was before its fast path: every line tested as a name."""

    def is_name(text: str) -> bool:
        text = text.strip()
        return 0 < lineshapes.spaced_word_count(
            text
        ) <= lineshapes.COLUMN_NAME_MAX_WORDS and not ENDS_SENTENCE_OR_CLAUSE.search(text)

    runs, first = [], None
    for k, text in enumerate([*texts, ""]):
        if is_name(text):
            first = k if first is None else first
            continue
        if first is not None and k - first >= lineshapes.COLUMN_NAMES_MIN and first > 0:
            announcing = texts[first - 1].strip()
            if announcing.endswith(":") and lineshapes.spaced_word_count(announcing) >= lineshapes.PROSE_MIN_WORDS:
                runs.append(range(first, k))
        first = None
    return runs


def test_column_names_are_read_only_under_an_announcing_line_and_as_every_line_is_read():
    announcing = "The table below lists the prices we paid for each of them:"
    pieces = [
        announcing,
        f"  {announcing} ",
        "Name",
        "Price",
        "Size in cm",
        "Notes.",
        "Ask us: ",
        "",
        "A long line of six words",
        "| Cell |",
        "Time: 10",
    ]
    rng = random.Random(7)
    for _ in range(3000):
        texts = [rng.choice(pieces) for _ in range(rng.randint(0, 12))]
        assert lineshapes.column_name_runs(texts) == _column_name_runs_reading_every_line(texts), texts
    assert lineshapes.column_name_runs([announcing, "Name", "Price", "Size"]) == [range(1, 4)]


def test_column_names_are_not_looked_for_on_a_page_without_a_colon(monkeypatch):
    monkeypatch.setattr(lineshapes, "ends_sentence_or_clause", _Refuse())
    assert lineshapes.column_name_runs(["We went out for a long walk in the park.", "Name", "Price", "Size"]) == []


def test_a_lines_last_lowercase_word_is_found_as_the_pattern_searched_finds_it():
    pieces = ["a", "b", "Z", "é", "É", "ß", "1", "²", "_", "'", "’", " ", "-", ".", "\n", "ab", "word"]
    for text in _random_texts(pieces, 8, seed=11):
        assert linejoins._ends_lowercase(text) == bool(linejoins._LOWERCASE_LAST.search(text)), repr(text)


def test_a_lines_last_lowercase_word_is_not_searched_for_from_every_character(monkeypatch):
    searched = _FromPosition(linejoins._LOWERCASE_LAST)
    monkeypatch.setattr(linejoins, "_LOWERCASE_LAST", searched)
    line = "We walked along the river for an hour and then we went home in the rain"
    following = "that fell on the town all night long and into the next morning as well."
    assert linejoins.wrapped_sentence(line, following)
    assert searched.starts == [len(line) - len("rain")]  # tried once, where "rain" starts
    assert not linejoins.wrapped_sentence(line + ".", following)
    assert searched.starts == [len(line) - len("rain")]  # a line ending with a stop: not tried


def test_a_lines_first_rule_is_remembered_and_the_same_as_asked_again(monkeypatch):
    from dossier.rules import RuleMatcher, default_rules

    matcher = RuleMatcher(default_rules())
    lines = ["Share this article", "Advertisement", "We went to the park on a sunny afternoon.", "Share this article"]
    counts = [len(t.split()) for t in lines]
    first = [matcher.first_match(t, n) for t, n in zip(lines, counts, strict=True)]
    assert first[0] is not None and first[0] is first[3] and first[2] is None
    # the same line with another count is asked again: a rule may hold for lines of so many words
    assert matcher.first_match(lines[0], 40) is RuleMatcher(default_rules()).first_match(lines[0], 40)
    monkeypatch.setattr(matcher, "_all", _Refuse())  # the sets are not asked again
    assert [matcher.first_match(t, n) for t, n in zip(lines, counts, strict=True)] == first


def _escape_inline_every_step(text: str) -> str:
    """`markup.escape_inline` before its fast paths: every step run on every text."""
    import html

    text = html.escape(text.translate(markup._ONE_LINE), quote=False)
    return markup._INLINE.sub(r"\\\1", text).replace("|", "&#124;")


def test_escaping_a_plain_paragraph_runs_no_pattern_and_gives_what_every_step_gives(monkeypatch):
    pieces = [
        "a",
        "B",
        " ",
        "\t",
        "\n",
        "\r",
        "\x00",
        "\x0b",
        "\x7f",
        "\x85",
        "\xa0",
        "é",
        "*",
        "_",
        "`",
        "\\",
        "[",
        "]",
    ]
    pieces += ["{", "}", "|", "<", "&", "#", "1.", "- "]
    for text in _random_texts(pieces, 8, seed=5):
        assert markup.escape_inline(text) == _escape_inline_every_step(text), repr(text)
        squeezed = " ".join(markup._CONTROL.sub("", text).split())
        assert markup.escape_block(text) == markup.neutralise_line_start(_escape_inline_every_step(squeezed)), repr(
            text
        )
    monkeypatch.setattr(markup, "_INLINE", _Refuse())
    monkeypatch.setattr(markup, "_CONTROL", _Refuse())
    monkeypatch.setattr(markup, "_ONE_LINE", _Refuse())
    paragraph = "The council met on Tuesday, and the mayor said the budget would balance."
    assert markup.escape_block(paragraph) == paragraph
    assert markup.escape_inline("Tom & Jerry") == "Tom &amp; Jerry"


def _nth_word_start_by_finditer(text: str, n: int) -> int | None:
    """The reading `lineshapes.nth_word_start` replaces: `WORD`'s matches, the `n`+1st one's start."""
    found = list(lineshapes.WORD.finditer(text))
    return found[n].start() if len(found) > n else None


def test_the_word_after_a_headlines_length_is_found_where_the_word_pattern_finds_it():
    # ASCII texts go through one possessive match, the others through `finditer`: the same start
    # either way, with fewer words, exactly as many, and more (apostrophes inside and after words,
    # figures and underscores between them).
    pieces = ["ab", "Z", "don't", "'", " ", "  ", "-", ",", "1", "_", "\t", "a'", "'b"]
    limit = lineshapes.TEASER_HEADLINE_MAX_WORDS
    texts = _random_texts(pieces, 3 * limit, seed=23, n=4000) + _random_texts([*pieces, "é", "’"], 3 * limit, 24, 1000)
    assert any(_nth_word_start_by_finditer(t, limit) is not None for t in texts if t.isascii())
    for text in texts:
        for n in (limit, 2):
            assert lineshapes.nth_word_start(text, n) == _nth_word_start_by_finditer(text, n), (repr(text), n)
    words = " ".join(["Word"] * limit)
    assert lineshapes.nth_word_start(words, limit) is None
    assert lineshapes.nth_word_start(words + " -- next", limit) == len(words) + 4


def test_a_sentences_or_a_clauses_end_is_read_from_the_text_end_as_the_pattern_finds_it():
    # Stops, closers, the spaces and bars a cell may trail, stops and closers before other text:
    # read from the end, the answer of the pattern's search through the whole text.
    pieces = [".", "!", "?", "…", ":", "。", "：", '"', "'", "”", "’", ")", "]", "」", "）", " ", "\t", "\n"]
    pieces += ["|", "\xa0", "\u3000", "\x1c", "a", "Z", "(", "[", ";", ",", "-"]
    for text in _random_texts(pieces, 9, seed=29, n=40000):
        assert ends_sentence_or_clause(text) == bool(ENDS_SENTENCE_OR_CLAUSE.search(text)), repr(text)
    # every character that white space may be, as the pattern's `\s` reads it
    for c in map(chr, range(0x110000)):
        text = f"Done.{c}"
        assert ends_sentence_or_clause(text) == bool(ENDS_SENTENCE_OR_CLAUSE.search(text)), repr(text)
