"""The fast paths of stage 1 give what the slow paths they skip would: each test checks the answer
and that the slow path was not taken (or that a remembered answer was reused)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dossier import (
    articlepath,
    bylines,
    chromelines,
    comments,
    dates,
    discovery,
    frontmatter,
    keeprules,
    linejoins,
    linescores,
    lineshapes,
    pagehead,
    readings,
    spancuts,
)
from dossier.offsets import Separators
from dossier.publishers import default_publishers


class _Refuse:
    """Stands in for a pattern, a function or a module that the fast path must not reach."""

    def __getattr__(self, name: str):
        raise AssertionError(f"the slow path ran ({name})")

    def __call__(self, *args: object):
        raise AssertionError(f"the slow path ran {args}")


def test_date_only_skips_the_date_pattern_without_a_year(monkeypatch):
    monkeypatch.setattr(dates, "_DATE_ONLY", _Refuse())
    assert dates.date_only("Posted on Tuesday, the third of March") is None
    assert dates.date_only("[Read more](/archive/news)") is None


def test_date_only_still_reads_a_date_with_a_year():
    assert dates.date_only("Posted on March 3, 2009") == dt.date(2009, 3, 3)
    assert dates.date_only("Posted on March 3, 2009 in Sport") is None


def test_markdown_free_remembers_a_line():
    line = "## [**A line of my own for the test**](/made-up/story)"
    lineshapes.markdown_free.cache_clear()
    assert lineshapes.markdown_free(line) == "A line of my own for the test"
    assert lineshapes.markdown_free(line) == "A line of my own for the test"
    assert lineshapes.markdown_free.cache_info().hits == 1


def test_teaser_headline_shape_is_remembered_and_read_as_before():
    linescores._teaser_headline_shaped.cache_clear()
    assert linescores._teaser_headline_shaped("- Council approves budget for the new city parks")
    assert not linescores._teaser_headline_shaped("The council approved the budget for the parks.")
    assert not linescores._teaser_headline_shaped("council approves budget for parks")
    assert linescores._teaser_headline_shaped("- Council approves budget for the new city parks")
    assert linescores._teaser_headline_shaped.cache_info().hits == 1


def test_runs_on_is_remembered_for_a_pair_of_lines():
    linejoins.runs_on.cache_clear()
    assert linejoins.runs_on("The mayor said the plan would", "go ahead next spring.")
    assert not linejoins.runs_on("The mayor spoke.", "go ahead next spring.")
    assert linejoins.runs_on("The mayor said the plan would", "go ahead next spring.")
    assert linejoins.runs_on.cache_info().hits == 1


def test_front_matter_strings_are_remembered_and_written_as_yaml_dump_does():
    data = {"removed": [{"line": n, "kind": "boilerplate", "why": "a rule of my own: it's made up"} for n in (3, 4)]}
    frontmatter._string.cache_clear()
    expected = yaml.dump(data, Dumper=frontmatter._Dumper, sort_keys=False, allow_unicode=True,
                         width=frontmatter.WIDTH, default_flow_style=False)  # fmt: skip
    assert frontmatter.dump_yaml(data) == expected
    assert frontmatter._string.cache_info().hits == 2  # the second item's two strings


def test_cue_after_tries_no_pattern_after_a_full_stop(monkeypatch):
    from dossier import cues

    for name in ("_AGE_OR_WHO", "_APPOSITION", "_POSSESSION", "_STAFF_AFTER", "_RESULT_AFTER", "_FOLLOWERS_AFTER",
                 "_PLACE_KIND_AFTER", "_MEMBERS_AFTER", "_SPEECH_AFTER"):  # fmt: skip
        monkeypatch.setattr(cues, name, _Refuse())
    assert cues.cue_after("Kim Ardley. Then rain came", 10) is None
    assert cues.cue_after("Kim Ardley", 10) is None  # the text's end


def test_cue_after_reads_only_a_possession_at_an_apostrophe(monkeypatch):
    from dossier import cues

    for name in ("_AGE_OR_WHO", "_APPOSITION", "_STAFF_AFTER", "_SPEECH_AFTER"):
        monkeypatch.setattr(cues, name, _Refuse())
    assert cues.cue_after("Kim Ardley’s wife smiled", 10) == "person"
    assert cues.cue_after("Brellco's shares fell", 7) == "stake"


def test_cue_after_still_reads_the_cues_after_a_comma_or_a_space(monkeypatch):
    from dossier import cues

    monkeypatch.setattr(cues, "_POSSESSION", _Refuse())
    assert cues.cue_after("Kim Ardley, 45, smiled", 10) == "person"
    assert cues.cue_after("Kim Ardley, who smiled", 10) == "person"
    assert cues.cue_after("Kim Ardley\u00a0said it", 10) == "speaker"  # a no-break space is a space


def test_date_spans_skips_a_pattern_whose_character_the_line_lacks(monkeypatch):
    needing = {i for i, needs in enumerate(dates._PATTERN_NEEDS) if needs}
    patterns = tuple(_Refuse() if i in needing else p for i, p in enumerate(dates._PATTERNS))
    monkeypatch.setattr(dates, "_PATTERNS", patterns)
    found = dates.date_spans.__wrapped__("The fair opened on September 5, 2015 in the rain", None)
    assert [d for _, _, d in found] == [dt.date(2015, 9, 5)]


def test_date_spans_still_reads_the_dates_that_need_a_character():
    for line, date in (
        ("Filed 2015-09-04 late", dt.date(2015, 9, 4)),
        ("Filed 14/Jan/2008 late", dt.date(2008, 1, 14)),
        ("Filed 20080109 15:24 late", dt.date(2008, 1, 9)),
        ("Filed 2015/09/04 late", dt.date(2015, 9, 4)),
    ):
        assert [d for _, _, d in dates.date_spans.__wrapped__(line, None)] == [date], line


def test_line_shape_of_an_ascii_line_asks_no_word_for_its_script(monkeypatch):
    monkeypatch.setattr(lineshapes, "_CJK", _Refuse())
    shape = lineshapes.line_shape.__wrapped__("The cat sat on the mat.")
    assert (shape.words, shape.function_share, shape.lowercase_share) == (6, 0.5, 5 / 6)


def test_words_are_sorted_by_script_without_a_python_call_a_word(monkeypatch):
    # "the" is a word; the ten characters of Chinese and Japanese count a word per two
    def refuse(c: str) -> bool:
        raise AssertionError("a call a word (_is_cjk)")

    monkeypatch.setattr(lineshapes, "_is_cjk", refuse, raising=False)
    line = "東京で 会議が the 開かれた"
    assert lineshapes.line_shape.__wrapped__(line).words == 6
    assert lineshapes.word_count(line) == 6


def test_line_shape_of_a_line_with_chinese_counts_function_words_among_the_others():
    shape = lineshapes.line_shape.__wrapped__("東京で 会議が the 開かれた")
    assert shape.function_share == 1.0  # "the", the one word function words can be


def test_a_name_alone_is_not_retyped_by_list_mates(monkeypatch):
    from dossier import namelists
    from dossier.model import Mention

    monkeypatch.setattr(namelists, "is_team", _Refuse())
    found = [Mention("Brellco Works", "organization", "capitalised span")]
    namelists.type_list_mates("Brellco Works said so.", [(0, 13, 0, 1)], found)
    assert found == [Mention("Brellco Works", "organization", "capitalised span")]


def test_a_span_without_a_hyphen_before_it_is_not_searched_for_a_compound(monkeypatch):
    from dossier import discovery

    monkeypatch.setattr(discovery, "COMPOUND_BEFORE", _Refuse())
    found = discovery.find_mentions("Jane Roe met the Brellco Works board in Paris on Monday.")
    assert "Brellco Works" in [m.text for m in found]


def test_a_compound_word_still_opens_the_name_after_it():
    from dossier import discovery

    found = discovery.find_mentions("Members of the Blu-ray Disc Association met in Tokyo on Monday.")
    assert "Blu-ray Disc Association" in [m.text for m in found]


def test_patterns_that_look_back_try_their_first_character_first():
    """Eight of discovery's, namelists', claims', notnames' and acronyms' patterns open with the character they need ("a", a capital, a lowercase
    letter) and look back at the one before it afterwards: the same matches as looking back first,
    at every position, but searched for that character quickly."""
    import re

    from dossier import acronyms, claims, discovery, namelists, notnames

    slow = {
        discovery._LOWER_WORD: r"(?<![\w'’./-])[a-z][\w'’-]*(?![\w'’-]*[./]\w)",
        acronyms._ACRONYM_AS_NOUN: acronyms._ACRONYM_AS_NOUN.pattern.replace(r"a(?<=\ba)n?[ \t]+", r"\b(?:a|an)[ \t]+"),
        acronyms._SPELLED_OUT: acronyms._SPELLED_OUT.pattern.replace(r"([A-Z](?<![\w&'’-].)", r"(?<![\w&'’-])([A-Z]"),
        namelists._KIND_LIST: namelists._KIND_LIST.pattern.replace(r"[A-Z](?<![\w'’-].)", r"(?<![\w'’-])[A-Z]"),
        namelists._WORD_AND_NEXT: r"(?<![\w'’-])([A-Z][a-z]+)\W+(?=(\w+))",
        claims._CAPITALISED: r"(?<![\w-])[A-Z][\w'’-]*",
        claims._QUOTED: r"(?<![\w\"“])[\"“]([A-Z][^\"“”\n]{0,80})[\"”](?!\w)",
        notnames._SHORT_WORD_ALONE: notnames._SHORT_WORD_ALONE.pattern.replace(
            r"[A-Z](?<![\w'’-].)", r"(?<![\w'’-])[A-Z]"
        ),
    }
    texts = ["Oak tree, Elm tree and Ash tree grow.", "x-Oak tree, Elm tree and Ash tree", "an XYZ, then a QRS and",
             "banXYZ.", "Grp (group of plain words) and -Grp (group of words)", "go to www.example.com/page now",
             "’Oak tree, Elm tree, Ash tree", "a 12-yard TD on", "Cat (a small thing) here"]  # fmt: skip
    pieces = ("Oak", "Ab", " ", "-", "'", "’", '"', "“", "”", "\n", "x", "Elm Tree", "and", ".", ",", "9", "_", "É")
    texts += _random_texts(pieces, 5000, 50, most=12)
    for fast, pattern in slow.items():
        assert pattern != fast.pattern and not fast.pattern.startswith("(?<")
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in re.finditer(pattern, text)
            ]


def test_a_name_after_no_kin_noun_is_not_searched_for_a_relative(monkeypatch):
    from dossier import cues

    text = "The mayor, Jane Roe, said so."
    monkeypatch.setattr(cues, "_KIN_BEFORE", _Refuse())
    assert not cues.introduced_as_relative(text, 11, 19)


def test_a_name_after_a_kin_noun_is_still_read_as_a_relative():
    from dossier import cues

    for text in ("Her late son Tom Roe spoke.", "His mother, Jane Roe, spoke."):
        start = text.index("T" if "Tom" in text else "J")
        assert cues.introduced_as_relative(text, start, start + 8)
    assert not cues.introduced_as_relative("A son Tom Roe spoke.", 6, 13)


def test_a_name_with_no_exclamation_mark_ahead_is_no_call_to_action(monkeypatch):
    from dossier import chromelines
    from dossier.offsets import Separators

    body = "| Sign up now with Acme Club! | Read more |\nJane Roe said so."
    chrome = chromelines.Chrome(body, body, Separators(body, "\\n"), set())
    assert chrome.in_call_to_action(body.index("Acme"))
    monkeypatch.setattr(chromelines, "_in_call_to_action", _Refuse())
    assert not chrome.in_call_to_action(body.index("Jane"))


def test_a_line_without_the_words_of_a_list_is_not_scanned_for_them(monkeypatch):
    for line in ("Here is a LIST OF the schools.", "See The Following items:", "the list of names"):
        assert keeprules._names_a_list(line)
    monkeypatch.setattr(keeprules, "_NAMES_LIST", _Refuse())
    assert not keeprules._names_a_list("The council met on Monday and voted for the plan.")


def test_a_lines_visible_text_and_its_text_without_images_are_remembered():
    line = "![logo](/made-up.png) The [council](/made-up) met"
    lineshapes.visible_text.cache_clear()
    lineshapes.without_images.cache_clear()
    assert lineshapes.visible_text(line) == lineshapes.visible_text(line) == "  The council met"
    assert lineshapes.without_images(line) == "  The [council](/made-up) met"
    assert lineshapes.visible_text.cache_info().hits == 1
    assert lineshapes.without_images.cache_info().hits == 1


@pytest.mark.parametrize(
    ("read", "line", "expected"),
    [
        (keeprules._entry, "- [**Early Life**](#early)", "early life"),  # a table of contents' entry
        (linejoins._as_read, "The [council](/made-up) met **today**", "The council met today"),
    ],
)
def test_a_lines_reading_is_remembered(read, line, expected):
    read.cache_clear()
    assert read(line) == read(line) == expected
    assert read.cache_info().hits == 1


def test_patterns_that_test_their_first_character_first_match_as_before():
    import re

    from dossier import chromelines, outletnames

    # Each pattern opens with a test of the characters it can open with; without it, the same matches.
    cases = [
        (chromelines.LEGAL, "(c) Acme. All Rights Reserved. Terms of Use | Privacy Policy © 2008 copyright"),
        (outletnames._SPELLING_RUN, "Read The Harbour Ledger and 24 Hours of News, by A. Roe & Co."),
        (dates._NUMERIC, "Filed 06/03/2023 and 6.3.2023 not 1/2/3/2023"),
        *((p, "September 5, 2015; 5 September 2015; 22Oct12; 14-Jan-2008") for p in dates._PATTERNS),
        (lineshapes.STAMP, "Jan 9 2008, 07.16.12, 22:07, 3 hours ago, 12th March, 9 pm"),
        (lineshapes.STAMP_YEAR_OR_TIME, "Jan 14, 2008; 07 Nov 12; 07.16.12; 22:07; 3 hours ago"),
        (lineshapes._MD_EMPHASIS, "**Bold** and *it* in snake_case, 5 * 3, __under__ _x_"),
        (dates._STAMP_FURNITURE[1], "At 4:52 PM EST, 16:00:00 GMT, 13h31, 1530 hrs and 9 am"),
        (dates._STAMP_FURNITURE[2], "Mon., Tuesday, a friend on Fri, sat on Sunday"),
    ]
    for pattern, text in cases:
        plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)|^\(\?=\\d\)", "", pattern.pattern), pattern.flags)
        assert plain.pattern != pattern.pattern or pattern in dates._PATTERNS
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert expected == [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert len(chromelines.LEGAL.findall(cases[0][1])) == 5


def test_the_year_gate_opening_with_a_figure_matches_as_the_lookahead_did():
    import random
    import re

    # `dates._ANY_YEAR` as written before: a figure ahead, then a year, a "5jan08" or a "3/08".
    lookahead = re.compile(r"(?=\d)(?:(?:19|20)\d\d|\d[a-z]{3}\d\d\b|\d[/.]\d\d\b)", re.I)
    rng = random.Random(11)
    pieces = ["1", "2", "9", "0", "19", "20", "08", "٣", "/", ".", "jan", "JAN", "ab", " ", "x", "-", "_", "é"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(30000)]
    texts += ["On 3/08/08, in 1999 and 5mar08, 12.08.08 but not 1890", "21900", "120x", "no year 2 0 1 9"]
    for text in texts:
        expected = [m.span() for m in lookahead.finditer(text)]
        assert [m.span() for m in dates._ANY_YEAR.finditer(text)] == expected, text


def test_a_line_without_an_odd_space_is_not_translated_and_one_with_it_still_matches(monkeypatch):
    from dossier import rules

    matcher = rules.RuleMatcher((rules.Rule("made-up", r"^Sign up today$"),))
    assert matcher.first_match("Sign\xa0up today", 3)  # a no-break space is a space to the rule
    assert matcher.first_match("Sign\u2009up\u00a0today", 3)
    assert not matcher.first_match("Sign-up todày", 2)
    monkeypatch.setattr(rules, "_ODD_SPACE", _Refuse())
    assert matcher.first_match("Sign up today", 3)  # an ASCII line: nothing looked for


# Lines of my own for the guards below: each guard's answer is the pattern's, and a line without
# what every match holds never reaches the pattern.
_PLAIN_LINES = ["A plain sentence of running text, with a comma.", "", "   ", "Score 3-1 at the end 45"]


def test_tweet_test_skips_the_pattern_on_a_plain_line(monkeypatch):
    for line in ["— Ann Vale (@annvale) May 2, 2020", "see pic.Twitter.com/abc", "TWITTER.COM/someone/status/1"]:
        assert pagehead.holds_tweet(line) == bool(pagehead.TWEET.search(line)) is True
    monkeypatch.setattr(pagehead, "TWEET", _Refuse())
    assert not any(pagehead.holds_tweet(line) for line in _PLAIN_LINES)


def test_heading_marks_skip_the_pattern_without_a_mark(monkeypatch):
    marked = ["## A heading ##", "  - an item", "* an item", "+ an item", "A heading #"]
    assert [lineshapes._without_heading_marks(t) for t in marked] == [lineshapes._MD_HEADING.sub("", t) for t in marked]
    monkeypatch.setattr(lineshapes, "_MD_HEADING", _Refuse())
    assert [lineshapes._without_heading_marks(t) for t in _PLAIN_LINES] == _PLAIN_LINES


def test_separators_are_counted_only_where_a_sign_is(monkeypatch):
    rows = ["Home | About | Contact", "News » World · Sport • Weather", "a|b | c"]
    assert [lineshapes._separator_count(t) for t in rows] == [len(lineshapes._SEPARATOR.findall(t)) for t in rows]
    monkeypatch.setattr(lineshapes, "_SEPARATOR", _Refuse())
    assert [lineshapes._separator_count(t) for t in _PLAIN_LINES] == [0] * len(_PLAIN_LINES)


def test_vessel_word_is_looked_for_only_after_one(monkeypatch):
    body = "the frigates  Nova Sky and a crew near Nova Sky aboard the cruise ship\nNova Sky"
    starts = [i for i in range(len(body)) if body.startswith("Nova", i)]
    slow = [bool(discovery._VESSEL_BEFORE.search(body, max(0, s - 24), s)) for s in starts]
    assert [discovery._after_a_vessel_word(body, s) for s in starts] == slow == [True, False, False]
    monkeypatch.setattr(discovery, "_VESSEL_BEFORE", _Refuse())
    assert not discovery._after_a_vessel_word(body, starts[1])


def test_contents_entries_are_read_only_for_a_gap(monkeypatch):
    entries = ["First part", "Second part", "Third part"]
    texts = ["Intro.", *entries, "Some text.", entries[0], "Body.", entries[1], "More.", entries[2], "End."]
    path = [articlepath.ARTICLE] * len(texts)

    def refuse(text: str) -> str:
        raise AssertionError("an entry was read on a page without gaps")

    monkeypatch.setattr(keeprules, "_entry", refuse)
    keeprules.keep_contents(path, texts, [False] * len(texts))
    assert path == [articlepath.ARTICLE] * len(texts)
    monkeypatch.undo()
    gapped = [articlepath.ARTICLE, *[articlepath.GAP] * 3, *[articlepath.ARTICLE] * 7]
    keeprules.keep_contents(gapped, texts, [False] * len(texts))
    assert gapped == [articlepath.ARTICLE] * len(texts)  # the three entries recur below: put back


def test_sign_off_is_looked_for_only_in_a_line_that_says_can_be(monkeypatch):
    line = "The vote is due in May. Ann Vale can be reached at ann@example.org"
    found = bylines._closing_sign_off(7, line, default_publishers())
    assert found is not None and found[0].value == "Ann Vale"
    monkeypatch.setattr(bylines, "_SIGN_OFF_IN_LINE", _Refuse())
    assert (
        bylines._closing_sign_off(7, "The vote is due in May. Ann Vale will write again soon.", default_publishers())
        is None
    )


def test_block_start_is_where_rfind_says():
    text = "ab\n\ncd\nef\n\n\ngh"
    for separator in ("\n", "\n\n"):
        lines = Separators(text, separator)
        for pos in range(len(text) + 1):
            last = text.rfind(separator, 0, pos)
            assert lines.block_start(pos) == (last + len(separator) if last >= 0 else 0)


def _spans_by_every_step(body, registry):
    """The six cutting steps asked of every span, as `_find_mentions` asked them before `_uncut`."""
    return [
        p
        for m in spancuts.SPAN.finditer(body)
        if not spancuts.in_an_address(body, m.start())
        for s in spancuts._without_shouting(body, m, registry)
        for d in spancuts._without_dateline(body, s, registry)
        for n in spancuts._without_legal_notice(body, d)
        for t in spancuts._without_time_zone(body, n)
        for r in spancuts._without_byline_run_on(body, t)
        for p in spancuts.without_compound_fragment(body, r, registry)
    ]


_STEPS = (
    "_without_shouting", "_without_dateline", "_without_legal_notice", "_without_time_zone",
    "_without_byline_run_on", "without_compound_fragment",
)  # fmt: skip


def test_plain_spans_skip_the_cutting_steps(monkeypatch):
    from dossier.registry import Registry

    body = "Jane Doe met the Harbour Board in Karlsholm on Friday. NASA said so, and Tom Roe agreed."
    for name in _STEPS:
        monkeypatch.setattr(spancuts, name, _Refuse())
    spans = [m.group(0) for m in spancuts.spans_of(body, set(), Registry())]
    assert spans == ["Jane Doe", "Harbour Board", "Karlsholm", "Friday", "NASA", "Tom Roe"]


def test_spans_with_a_sign_are_cut_as_every_step_cuts_them():
    import itertools
    import random

    from dossier.registry import Registry

    registry = Registry()
    pieces = [
        "THE MAP FIGHT Jane Roe", "By Jane Doe Harbour Rovers", "at 10:12 PM ET Robert Fife", "4:33 p.m. EST",
        "Copyright Acme Corp", "the Blu-ray Disc", "Bu-ray", "Roe Karlsholm (PTI): The", "New Delhi, Jan 15",
        "www.example.Com", "said.India", "the Ta-da Show", "Mr Tom Roe", "US-led", "and", ",", "18.30 GMT",
    ]  # fmt: skip
    rng = random.Random(7)
    texts = [" ".join(rng.choice(pieces) for _ in range(8)) for _ in range(300)]
    texts += [" ".join(pair) for pair in itertools.permutations(pieces, 2)]
    for body in texts:
        fast = [(m.start(), m.end()) for m in spancuts.spans_of(body, set(), registry)]
        slow = [(m.start(), m.end()) for m in _spans_by_every_step(body, registry)]
        assert fast == slow, body


def test_a_reading_is_reused_only_where_the_text_answers_as_before(monkeypatch):
    from dossier.notnames import Text
    from dossier.registry import Registry

    registry = Registry()

    def read(lowercase, elsewhere):
        text = Text("", None, set(lowercase), set(elsewhere), registry, registry.readings(), set())
        return readings.read_parts(text, "Shares of Karlsholm", True)

    first = read({"the"}, {"Brenvik"})
    [(asked, _)] = registry.readings()["Shares of Karlsholm", True]
    # asked, each answered no ("The Karlsholm": the name after a sentence's capitalised "The")
    assert asked == (frozenset(), {"shares"}, frozenset(), {"Karlsholm", "The Karlsholm"})
    monkeypatch.setattr(readings, "split_span", _Refuse())
    assert read({"the", "other"}, {"Brenvik", "Other Span"}) == first  # the same answers: reused
    for lowercase, elsewhere in (({"shares"}, set()), (set(), {"Karlsholm"})):
        with pytest.raises(AssertionError, match="slow path"):  # another answer: read again (refused)
            read(lowercase, elsewhere)


_PAGE = [
    "Skip to content",
    "",
    "Harbour council votes to rebuild the old ferry pier",
    "By Jane Roe",
    "March 3, 2009",
    "",
    "The council voted on Tuesday to rebuild the old ferry pier before the summer season begins.",
    "Work on the pier will start in April and is expected to last for about three months in all.",
    "",
    "Comments",
    "Posted by jdoe on March 4, 2009",
]


def test_the_metadata_readers_read_the_page_head_once(monkeypatch):
    from dossier import metadata, sitenames, stamps
    from dossier.clean import CleanOptions, clean_lines

    cleaned = clean_lines(_PAGE, CleanOptions())
    removed = {r.line: r for r in cleaned.removed}
    table = default_publishers()
    headline = metadata.judged_title(_PAGE, cleaned)
    title = headline.line
    alone = {
        "author": bylines.extract_author(_PAGE, removed, table, title),
        "date": stamps.extract_date(_PAGE, removed, None, title, table),
        "stamps": stamps.page_stamps(_PAGE, removed, table, title),
        "publisher": sitenames.extract_publisher(_PAGE, removed, table, None, "Jane Roe", headline),
    }
    calls: dict[str, int] = {}

    def counted(name, read):
        def count(*args, **kwargs):
            calls[name] = calls.get(name, 0) + 1
            return read(*args, **kwargs)

        return count

    monkeypatch.setattr(pagehead, "head_anchors", counted("anchors", pagehead.head_anchors))
    monkeypatch.setattr(pagehead, "numbered_lines", counted("numbered", pagehead.numbered_lines))
    for name in ("_post_footer", "_comment_wall", "_stamp_window"):
        monkeypatch.setattr(stamps, name, counted(name, getattr(stamps, name)))
    page = pagehead.PageLines(_PAGE, removed)
    shared = {
        "stamps": stamps.page_stamps(_PAGE, removed, table, title, page=page),
        "author": bylines.extract_author(_PAGE, removed, table, title, page=page),
        "date": stamps.extract_date(_PAGE, removed, None, title, table, page=page),
        "publisher": sitenames.extract_publisher(_PAGE, removed, table, None, "Jane Roe", headline, page=page),
    }
    assert shared == alone
    assert alone["author"].value == "Jane Roe" and alone["date"].value == "2009-03-03"
    assert calls == {"numbered": 1, "anchors": 1, "_post_footer": 1, "_comment_wall": 1, "_stamp_window": 1}


def test_a_line_without_a_copyright_mark_is_not_searched_for_a_notice(monkeypatch):
    from dossier import copyrights

    assert copyrights.copyright_notice("COPYRIGHT 2008 Harbour Ledger. All rights reserved.").group("name") == (
        "Harbour Ledger"
    )
    assert copyrights.copyright_notice("&COPY; 2008 Harbour Ledger").group("name") == "Harbour Ledger"
    assert copyrights.copyright_notice("(C) Harbour Ledger 2008").group("name") == "Harbour Ledger 2008"
    monkeypatch.setattr(copyrights, "_MARK_RUN", _Refuse())
    assert copyrights.copyright_notice("The council voted on Tuesday to rebuild the pier.") is None


def test_a_line_without_can_be_or_is_a_is_no_sign_off(monkeypatch):
    assert bylines._may_be_reached("Jane Roe can be reached at jroe@example.org")
    assert bylines._may_be_reached("Jane Roe is a staff writer for the Ledger.")
    assert bylines._REACHED.match("Jane Roe is an occasional writer for the Ledger")
    assert not bylines._may_be_reached("Jane Roe wrote this piece for the Ledger on Tuesday.")
    monkeypatch.setattr(bylines, "_REACHED", _Refuse())
    assert bylines._byline_at(3, "Jane Roe wrote this for us.", None, default_publishers(), False, []) is None


@pytest.mark.parametrize(
    "text", ["", "one", " a  b\tc ", "one two three four five", "a " * 20, "a b c d e f g h i j k l m n o p q"]
)
def test_more_words_than_counts_as_split_does(text):
    for most in (0, 1, 4, 16):
        assert bylines._more_words_than(text, most) == (len(text.split()) > most)


def test_a_line_without_site_is_not_searched_for_this_site(monkeypatch):
    from dossier import selfnaming

    assert selfnaming._names_this_site("You are reading THIS WEBSITE's archive")
    assert selfnaming._names_this_site("Nothing on thiſ ſite is advice") == bool(
        selfnaming._THIS_SITE.search("Nothing on thiſ ſite is advice")
    )
    monkeypatch.setattr(selfnaming, "_THIS_SITE", _Refuse())
    assert not selfnaming._names_this_site("The council voted to rebuild the pier.")


def test_a_head_without_a_bracket_is_not_searched_for_a_wire_dateline(monkeypatch):
    from dossier import storycredits

    table = default_publishers()
    monkeypatch.setattr(storycredits, "_MERGED_WIRE_DATELINE", _Refuse())
    assert storycredits._merged_wire_dateline("HARBOURTOWN, Jan 5 - The council voted", table) is None


def test_a_run_holding_no_label_is_not_read_word_by_word(monkeypatch):
    from dossier import outletnames

    lines = ["Read the Skyward News today", "More From Acme Online"]
    assert outletnames.spelled_labels({"skywardnews"}, lines) == {"skywardnews": "Skyward News"}
    assert outletnames.spelled_labels({"acmeonline", "fromacme"}, lines) == {
        "acmeonline": "Acme Online",
        "fromacme": "From Acme",
    }
    folded = []
    real_sub = outletnames._NOT_ALNUM.sub

    class _Counting:
        def sub(self, repl, text):
            folded.append(text)
            return real_sub(repl, text)

    monkeypatch.setattr(outletnames, "_NOT_ALNUM", _Counting())
    assert outletnames.spelled_labels({"harbourwire"}, lines) == {}
    assert folded == ["read the skyward news", "more from acme online"]  # each run folded whole, no word alone


def test_is_prose_remembers_a_line():
    from dossier import titles

    line = "The council voted on Tuesday to rebuild the old ferry pier before the summer, and the work on it will start in April."
    titles.is_prose.cache_clear()
    assert titles.is_prose(line) and titles.is_prose(line)
    assert not titles.is_prose("Harbour Council Votes To Rebuild The Old Ferry Pier Today")
    assert titles.is_prose.cache_info().hits == 1


def test_an_ascii_name_is_folded_without_decomposing_it(monkeypatch):
    from dossier import publishers

    assert publishers.fold_name("RTÉ News") == "rte news"
    assert publishers.fold_name("The  Harbour-Ledger!") == "harbour ledger"
    monkeypatch.setattr(publishers, "unicodedata", _Refuse())
    assert publishers.fold_name("The Harbour_Ledger (Online)") == "harbour ledger online"


def test_stems_cut_words_as_before():
    from dossier import titles

    titles._stems.cache_clear()
    assert titles._stems("Council bills and tolls for the coastal journalism weeks") == frozenset(
        {"counc", "bill", "toll", "coast", "journ", "week"}
    )


def test_a_line_without_by_is_not_searched_for_a_stamps_byline(monkeypatch):
    assert bylines._STAMP_BYLINE.search("March 3, 2009 by Jane Roe")
    assert bylines._holds_by("March 3, 2009 BY JANE ROE")
    monkeypatch.setattr(bylines, "_STAMP_BYLINE", _Refuse())
    table = default_publishers()
    assert bylines._byline_at(3, "The council voted to rebuild the pier.", None, table, False, []) is None


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("| * March 3, 2009 Council votes to rebuild the old pier", True),
        ("- March 3, 2009 10:15 am | Comments (3)", False),
        ("March 3, 2009", False),
        ("Council votes on March 3, 2009 to rebuild the old pier", False),
    ],
)
def test_a_dated_items_marks_are_skipped_as_before(line, dated):
    from dossier import stamps

    assert stamps._dated_item(line, None) is dated


def test_a_page_of_many_labels_reads_its_runs_word_by_word_as_before():
    from dossier import outletnames

    labels = {f"harbourpost{i}" for i in range(outletnames.SPELLING_TEST_MAX_LABELS + 1)} | {"skywardnews"}
    assert outletnames.spelled_labels(labels, ["Read the Skyward News today", "Harbour Post1 Desk"]) == {
        "skywardnews": "Skyward News",
        "harbourpost1": "Harbour Post1",
    }


def test_cue_after_tries_no_spaced_pattern_at_a_comma_or_before_no_lowercase_word(monkeypatch):
    from dossier import cues

    for name in ("_STAFF_AFTER", "_RESULT_AFTER", "_FOLLOWERS_AFTER", "_PLACE_KIND_AFTER", "_DWELLERS_AFTER",
                 "_MEMBERS_AFTER", "_ORG_NOUN_AFTER"):  # fmt: skip
        monkeypatch.setattr(cues, name, _Refuse())
    assert cues.cue_after("Kim Ardley, Then rain came", 10) is None
    assert cues.cue_after("Kim Ardley, said the coach", 10) == "speaker"
    for name in ("_STATEMENT_AFTER", "_SPEECH_AFTER"):
        monkeypatch.setattr(cues, name, _Refuse())
    assert cues.cue_after("Kim Ardley Then rain came", 10) is None
    assert cues.cue_after("Kim Ardley 45 years", 10) is None
    assert cues.cue_after("Kim Ardley ", 10) is None  # the text's end after the space


def test_cue_words_after_a_name_open_in_lowercase():
    from dossier import cues

    words = (
        cues.SPEECH_VERBS | cues.BODY_MEMBERS | cues.TEAM_STAFF | cues.TEAM_RESULTS | cues.PLACE_KINDS
        | cues.PLACE_DWELLERS | cues.ORG_NOUNS
    )  # fmt: skip
    assert all("a" <= w[:1] <= "z" for w in words)


def _random_texts(pieces: tuple[str, ...], n: int, seed: int, most: int = 8) -> list[str]:
    """`n` texts of two to `most` pieces each, drawn with a fixed seed."""
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(2, most))) for _ in range(n)]


def test_cue_after_skips_only_patterns_that_cannot_match():
    from dossier import cues

    spaced = (cues._STAFF_AFTER, cues._RESULT_AFTER, cues._FOLLOWERS_AFTER, cues._PLACE_KIND_AFTER,
              cues._DWELLERS_AFTER, cues._MEMBERS_AFTER, cues._ORG_NOUN_AFTER)  # fmt: skip
    said = (cues._STATEMENT_AFTER, cues._SPEECH_AFTER)
    pieces = ("Kim", " ", ",", ", ", "\t", "\u00a0", "\u2003", "\n", "said", "manager", "beat", "fans", "valley",
              "officials", "company", "Acme", "45", ".", "’s", "in a statement", "É", "ê", "_", "-")  # fmt: skip
    for text in _random_texts(pieces, 20000, 44):
        for end in range(len(text)):
            after, nxt = text[end : end + 1], text[end + 1 : end + 2]
            if after == ",":
                assert not any(p.match(text, end) for p in spaced), (text, end)
            elif after.isspace() and not "a" <= nxt <= "z":
                assert not any(p.match(text, end) for p in spaced + said), (text, end)


def test_without_possessive_tries_no_pattern_on_a_name_without_its_ending(monkeypatch):
    from dossier import spans

    for name in ("_SAINTS", "POSSESSIVE"):
        monkeypatch.setattr(spans, name, _Refuse())
    assert spans.without_possessive("Acme Corp") == "Acme Corp"
    assert spans.without_possessive("") == ""


def test_without_possessive_answers_as_its_patterns_do():
    from dossier import spans

    pieces = ("St", "St.", " ", "John", "'", "’", "s", "S", "\n", "Acme", "Saint", "x")
    for name in _random_texts(pieces, 20000, 45):
        slow = name if spans._SAINTS.search(name) else spans.POSSESSIVE.sub("", name)
        assert spans.without_possessive(name) == slow, name


def test_is_pingback_answers_as_before_without_a_bracket():
    from dossier import comments

    def slow(text: str) -> bool:
        text = text.strip()
        opens = next((mark for mark in comments._ELISIONS if text.startswith(mark)), "")
        closes = next((mark for mark in comments._ELISIONS if text.endswith(mark)), "")
        inner = text[len(opens) : len(text) - len(closes)]
        return (
            bool(opens and closes)
            and inner[:1].isspace()
            and inner[-1:].isspace()
            and bool(comments.WORD.search(inner))
        )

    pieces = ("[...]", "[…]", " ", "word", "[", "]", "...", "…", "\t", "\n")
    texts = _random_texts(pieces, 20000, 46)
    assert any(slow(t) for t in texts)
    assert all(comments.is_pingback(t) == slow(t) for t in texts)


def test_dated_headline_runs_ask_no_stamp_of_a_sentence(monkeypatch):
    from dossier import chromelines

    def refuse(line: str) -> bool:
        raise AssertionError(f"the slow path ran ({line})")

    monkeypatch.setattr(chromelines, "is_dated_headline", refuse)
    lines = ["The council met on May 3 to vote.", "Rain fell; the fair closed at 9:30", "It rained all day."]
    assert chromelines.dated_headline_run_lines(lines) == set()


def test_teaser_lines_count_words_as_a_full_split_does():
    from dossier import chromelines

    def slow_headline(line: str) -> bool:
        line = line.strip()
        return (
            line[:1].isupper()
            and 2 <= len(line.split()) <= chromelines.TEASER_HEADLINE_MAX_WORDS
            and not chromelines.ENDS_SENTENCE.search(line)
            and line[-1] not in ":;,"
        )

    def slow_blurb(line: str) -> bool:
        line = line.strip()
        return (
            bool(line)
            and not line[0].islower()
            and chromelines.BLURB_MIN_WORDS <= len(line.split()) <= chromelines.BLURB_MAX_WORDS
            and bool(chromelines.ENDS_SENTENCE.search(line) or chromelines._CUT_SHORT.search(line))
            and not chromelines.SENTENCE_BREAK_IN_LINE.search(line)
        )

    pieces = ("Town ", "fair ", "opens ", "word ", "  ", "\t", "\u00a0", ".", "...", " ", "A", "b")
    for most in (8, 30, 80):
        for line in _random_texts(pieces, 3000, 47 + most, most):
            assert chromelines._is_teaser_headline(line) == slow_headline(line), line
            assert chromelines._is_one_sentence_blurb(line) == slow_blurb(line), line


def test_a_line_without_a_bar_is_tried_as_no_table_row(monkeypatch):
    monkeypatch.setattr(lineshapes, "TABLE_ROW", _Refuse())
    assert lineshapes.table_cells("  Council opens the new park  ") == []
    assert lineshapes.line_score("Council opens the new park") == lineshapes.TEASER_SCORE  # five words, no stop
    assert not lineshapes.is_firm_chrome("Council opens the new park")


def test_a_row_is_still_read_as_one():
    assert lineshapes.table_cells(" | Home | News |  | ") == ["Home", "News"]
    assert lineshapes.line_score("| 12 | 14 | 16 |") == lineshapes.DATA_SCORE


def _verdicts_place_by_place(text: str) -> tuple[list[bool], list[bool]]:
    """The prose verdicts of every capitalised word of a text, as `_with_prose_verdicts` gives them
    and as `_in_chrome` gives them asked of each place alone (a fresh `Chrome` each)."""
    from dossier.chromelines import Chrome, link_run_lines
    from dossier.model import Mention
    from dossier.spanpatterns import SPAN

    body = discovery._without_headings(text)
    lines = Separators(body, "\n")
    spans = list(SPAN.finditer(body))
    placed = [(m.start(), Mention(m.group(0), "other")) for m in spans]
    fast = discovery._with_prose_verdicts(placed, Chrome(body, text, lines, link_run_lines(body, spans, lines)), lines)
    chrome = Chrome(body, text, lines, link_run_lines(body, spans, lines))
    slow = [discovery._in_chrome(chrome, lines, pos) for pos, _ in placed]
    return [not m.prose for m in fast], slow


def test_prose_verdicts_read_a_line_once_as_each_place_would():
    pieces = ("Jane Doe met the Acme board", " in Paris", ".", "!", " ", "\n", "\n\n", "\t", "   ", " | ",
              "(Photo: Jane Roe)", "Home | News | Sport | About Us | Contact", "![Jane Doe at Acme](a.jpg)",
              '[here](/story "Acme Corp")', "Click here to win", "Share", " said on Monday that rates rose",
              "Links: Acme Corp Bolt Group Coda Ltd Delta Inc", "» ", "Copyright 2009 Acme")  # fmt: skip
    texts = _random_texts(pieces, 3000, 47, most=14)
    seen = {True: 0, False: 0}
    for text in texts:
        fast, slow = _verdicts_place_by_place(text)
        assert fast == slow, text
        for v in slow:
            seen[v] += 1
    assert seen[True] > 1000 and seen[False] > 1000  # both verdicts were met often


def test_a_plain_prose_line_asks_no_place_its_questions(monkeypatch):
    from dossier.chromelines import Chrome
    from dossier.model import Mention

    monkeypatch.setattr(discovery, "_in_chrome", _Refuse())
    text = "Jane Doe met the Acme board in Paris on Monday, and the two sides agreed on a price."
    lines = Separators(text, "\n")
    placed = [
        (0, Mention("Jane Doe", "person")),
        (17, Mention("Acme", "organization")),
        (31, Mention("Paris", "place")),
    ]
    found = discovery._with_prose_verdicts(placed, Chrome(text, text, lines, set()), lines)
    assert [m.prose for m in found] == [True, True, True]


def test_a_measure_is_looked_for_only_by_a_units_letter(monkeypatch):
    import re

    for name in ("_MEASURE_BEFORE", "_MEASURE_OPENING"):
        monkeypatch.setattr(discovery, name, _Refuse())
    body = "the 24 Acme Corp engineers met 3 Bolt staff"
    for m in re.finditer(r"[A-Z]\w+(?: [A-Z]\w+)*", body):
        assert not discovery._after_a_measure(body, m)


def test_a_measure_is_read_as_its_patterns_read_it():
    import re

    def slow(body: str, m: re.Match) -> bool:
        before = body[max(0, m.start() - discovery.MEASURE_MAX_LETTERS) : m.start()]
        opening = discovery._MEASURE_OPENING.match(m.group(0) + " ")
        if opening and (m.group(0)[0].isdigit() or before[-2:-1].isdigit()):
            return True
        return bool(before) and before[-1] in " \t" and discovery._MEASURE_BEFORE.search(before) is not None

    pieces = ("2", "1.2", "15,000", "GHz", "MB", "Mb", "kB", "Hz", "RPM", "rpm", "-inch", "inch", " of", " ", "\t",
              "\n", "Acme", "Via", "Max", "Kid", "Tom", "T", "i", "-", "٣", "of", "z", "h")  # fmt: skip
    span = re.compile(r"(?:[A-Z\d٣][\w.,-]*)(?:[ \t][A-Z\d][\w.,-]*)*")
    tried = 0
    for body in _random_texts(pieces, 20000, 48):
        for m in span.finditer(body):
            tried += 1
            assert discovery._after_a_measure(body, m) == slow(body, m), (body, m.group(0))
    assert tried > 10000


def test_a_spans_mark_count_and_duration_are_asked_only_of_their_shapes(monkeypatch):
    for name in ("_is_mark", "_is_count_of_a_measure", "_place_before_a_duration"):
        monkeypatch.setattr(discovery, name, _Refuse())
    found = discovery.find_mentions("Jane Doe met the Acme board in Paris on Monday.")
    assert {m.text for m in found} >= {"Jane Doe", "Paris"}


def test_opens_sentence_answers_as_its_patterns_do():
    from dossier import sentencestarts as ss

    def slow(body: str, pos: int, lines: Separators) -> bool:  # opens_sentence before its fast paths
        line_start = lines.block_start(pos)
        if ss._LINE_MARKER.fullmatch(body, line_start, pos) or ss._CELL_OPENS.search(
            body, max(line_start, pos - 4), pos
        ):
            return True
        if body[pos - 1 : pos] in ss._QUOTE_MARKS and ss._QUOTATION_OPENS.search(body, max(line_start, pos - 3), pos):
            return True
        before = body[max(line_start, pos - 24) : pos].rstrip(ss._SPACES_AND_OPENERS)
        label = ss._LABEL_BETWEEN.search(before)
        if label and label.group(1) in ss.COMMON and label.group(1) not in ss._NOT_LABELS:
            before = before[: label.start() + 1]
        stop = ss._STOP_AND_CLOSERS.search(before)
        if stop:
            return not ss._ABBREVIATION.search(before, 0, stop.start() + 1)
        return before.endswith(ss._CLAUSE_MARKS)

    pieces = ("Acme", " ", "\xa0", "\t", "\n", ".", "!", "?", ")", "]", "”", "’", '"', "(", ":", ";", "—", " -", "…",
              "said", "advertisement", "and", "Mr", "Jan", "U.S", "A", "1", "•", "the")  # fmt: skip
    tried = 0
    for body in _random_texts(pieces, 20000, 49, most=10):
        lines = Separators(body, "\n")
        for pos in range(1, len(body)):
            if body[pos].isupper():
                tried += 1
                assert ss.opens_sentence(body, pos, lines) == slow(body, pos, lines), (body, pos)
    assert tried > 20000


def test_a_span_inside_a_sentence_without_a_stop_before_it_is_tried_by_no_stop_pattern(monkeypatch):
    from dossier import sentencestarts as ss

    for name in ("_LABEL_BETWEEN", "_STOP_AND_CLOSERS"):
        monkeypatch.setattr(ss, name, _Refuse())
    body = "talks with Acme and then Bolt"
    lines = Separators(body, "\n")
    assert not ss.opens_sentence(body, body.index("Acme"), lines)
    assert not ss.opens_sentence(body, body.index("Bolt"), lines)


def _refused(*args, **kwargs):
    raise AssertionError("the slow path ran")


def test_a_one_word_span_asks_no_test_of_several_words(monkeypatch):
    for name in ("opens_a_title", "is_lettered_kind", "owned_word_title", "closes_compound", "opens_appeal"):
        monkeypatch.setattr(discovery, name, _refused)
    found = discovery.find_mentions("Yesterday the board of Acme met in Paris; later Bolt agreed.")
    assert {"Acme", "Paris", "Bolt"} <= {m.text for m in found}


def test_a_span_of_several_words_asks_no_test_of_one_word(monkeypatch):
    for name in ("is_adjective", "is_lettered_kind", "owned_word_title"):
        monkeypatch.setattr(discovery, name, _refused)
    found = discovery.find_mentions("Yesterday the board of Acme Corp met Jane Doe in New Paris.")
    assert {"Acme Corp", "Jane Doe"} <= {m.text for m in found}


def test_a_span_is_tried_as_a_legal_notice_by_what_the_notice_opens_with(monkeypatch):
    from dossier.chromelines import LEGAL
    from dossier.registry import Registry

    body = "Jane Doe met Bolt"
    monkeypatch.setattr(spancuts, "LEGAL", _Refuse())
    assert [m.group(0) for m in spancuts.spans_of(body, set(), Registry())] == ["Jane Doe", "Bolt"]
    assert LEGAL.pattern.startswith("(?=[" + "".join(sorted(spancuts._LEGAL_OPENS, key="©CcAaTtPpRr".index)) + "])")
    assert spancuts.SITE_POLICY.pattern.startswith("(?=[" + "".join(sorted(spancuts._POLICY_OPENS)) + "])")


_TITLE_WORDS = ["Rock", "the", "a", "an", "Vote", "O'Brien", "Mc-Lane", "it", "of", "Up", "X"]
_TITLE_GAPS = ["", " ", " ", "  ", ".", ",", "\n", "\t", "&", "(", '"', "-", "1"]


@given(st.lists(st.tuples(st.sampled_from(_TITLE_WORDS), st.sampled_from(_TITLE_GAPS)), max_size=14))
@example([("X", "."), ("Rock", " "), ("Up", " "), ("the", " "), ("Vote", ",")])  # a stop glued before
@example([("it", " "), ("Rock", "  "), ("Up", " "), ("the", " "), ("Vote", ".")])  # two spaces in the run
@settings(max_examples=400, deadline=None)
def test_plain_titles_searched_from_each_article_match_the_pattern_tried_everywhere(parts):
    from dossier import claims

    # A plain title is looked for only at the capitalised words before each " the X": the same
    # matches as the pattern tried from every capital ("Rock the Vote", glued words, a stop before).
    text = "".join(word + gap for word, gap in parts)
    expected = [m.span() for m in claims._PLAIN_TITLE.finditer(text)]
    assert [m.span() for m in claims._plain_title_matches(text)] == expected


def test_plain_titles_are_not_searched_for_without_an_article_before_a_capital(monkeypatch):
    from dossier import claims

    monkeypatch.setattr(claims, "_PLAIN_TITLE", _Refuse())
    assert list(claims._plain_title_matches("Rock The Vote, and the vote of Rock.")) == []


def test_layout_readings_share_a_commenters_name_and_a_stamped_signature(monkeypatch):
    # The headline's layout reading and the cleaning's ask both of the same lines: the second asks
    # nothing of the text again.
    comments._named_writer.cache_clear()
    comments.stamped_signature.cache_clear()
    assert comments._named_writer("Dan Garner")
    assert not comments._named_writer("The storm moved east.")
    assert comments.stamped_signature("by ann_k on Aug 9, 2012 10:40 AM")
    assert not comments.stamped_signature("The storm moved east on Aug 9, 2012.")
    monkeypatch.setattr(comments, "ends_sentence_or_clause", _Refuse())
    monkeypatch.setattr(comments, "is_signature", _Refuse())
    monkeypatch.setattr(comments, "STAMP", _Refuse())
    assert comments._named_writer("Dan Garner")
    assert not comments._named_writer("The storm moved east.")
    assert comments.stamped_signature("by ann_k on Aug 9, 2012 10:40 AM")
    assert not comments.stamped_signature("The storm moved east on Aug 9, 2012.")


def test_key_words_written_in_capitals_are_found_as_in_lowercase():
    # The key words are looked for in the line lowercased (once for all of them): a line in capitals
    # keeps its answers. (That the line is lowercased once is not what this checks: it fails only
    # when the lowercasing is lost.)
    assert chromelines.is_appeal_line("SIGN UP for the Acme Alerts!")
    assert chromelines.is_appeal_line("The Acme Blog is up and running. CLICK HERE.")
    assert not chromelines.is_appeal_line("The council will Visit to Oslo next week.")
    assert chromelines.is_post_footer("This entry was POSTED in News. Bookmark the permalink.")
    assert not chromelines.is_post_footer("The mayor posted a reply on Monday.")
    assert comments._signed("Posted by: Ann | January 14, 2008 06:24 PM") == bool(
        comments._SIGNED.search("Posted by: Ann | January 14, 2008 06:24 PM")
    )


_BOX_WORDS = ["Ann", "Ann Lee", "Lee", "Bo", "x", "Ann-Lee", "Lee.", "  "]


def _boxed_line_by_line(text: str, box: set[int], spellings: set[str]) -> set[str]:
    # What `chromelines.boxed_spellings` answers, read line by line for every spelling.
    import re

    lines, boxed = text.split("\n"), set()
    for spelling in spellings:
        word = re.compile(rf"(?<!\w){re.escape(spelling)}(?!\w)")
        on = [i for i, line in enumerate(lines) if spelling in line and word.search(line)]
        if on and box.issuperset(on):
            boxed.add(spelling)
    return boxed


@given(
    st.lists(st.lists(st.sampled_from(_BOX_WORDS), max_size=5).map(" ".join), min_size=1, max_size=6),
    st.sets(st.integers(0, 6)),
    st.sets(st.sampled_from(["Ann", "Ann Lee", "Lee", "Bo", "Ann-Lee"]), min_size=1),
)
@example(["Ann Lee", "Lee-Ann"], {0}, {"Ann", "Lee"})  # a spelling beside a hyphen outside the box
@settings(max_examples=400, deadline=None)
def test_boxed_spellings_looked_for_in_the_joined_box_match_a_line_by_line_reading(lines, box, spellings):
    # Only a spelling a box line holds is looked for in the rest of the text, each side joined by
    # line breaks: the same spellings as reading every line for every spelling.
    text = "\n".join(lines)
    assert chromelines.boxed_spellings(text, box, spellings) == _boxed_line_by_line(text, box, spellings)


def test_a_spelling_no_box_line_holds_is_not_looked_for_in_the_rest_of_the_text(monkeypatch):
    monkeypatch.setattr(chromelines, "re", _Refuse())
    assert chromelines.boxed_spellings("Ann Lee wrote.\nFollow the blog of Bo Ray.", {1}, {"Ann Lee"}) == set()


_ROLE_PIECES = ("is", "was", "as", "’m", "a", "an", " a ", " an\t", "the", " still", "now", "Acme", " ", " ", "\t", "\n", ",",
                "-", "x")  # fmt: skip


def test_a_window_the_predicate_pattern_finds_a_match_in_ends_with_an_article():
    from dossier import notnames

    # `_ends_with_article` may say yes where the pattern finds nothing, never no where it finds one.
    found = 0
    for body in _random_texts(_ROLE_PIECES, 30000, 53, most=12):
        for lo in range(0, len(body) + 1, 3):
            if notnames._PREDICATE_BEFORE.search(body, lo, len(body)):
                found += 1
                assert notnames._ends_with_article(body, lo, len(body)), (body, lo)
    assert found > 300


def test_a_span_after_no_article_is_not_searched_for_a_predicate(monkeypatch):
    from dossier import notnames

    monkeypatch.setattr(notnames, "_PREDICATE_BEFORE", _Refuse())
    found = discovery.find_mentions("The mayor met Jane Doe and the Acme Board in Harbour Town.")
    assert {"Jane Doe", "Harbour Town"} <= {m.text for m in found}


def test_a_predicate_role_is_still_read_after_its_article():
    found = discovery.find_mentions("He was still a Member of Parliament for years.")
    assert "Member of Parliament" not in {m.text for m in found}


_KNOWN_PIECES = ("Acme", "Jo Doe", ",", ", ", " ", "\t", "known as ", "known", " as", "also ", "the ", "nicknamed ",
                 "dubbed\t", "“", '"', "called", "x")  # fmt: skip


def test_a_window_the_known_as_pattern_finds_a_match_in_holds_its_words():
    from dossier import cues

    found = 0
    for before in _random_texts(_KNOWN_PIECES, 30000, 54, most=10):
        if cues._KNOWN_AS_BEFORE.search(before):
            found += 1
            assert any(w in before for w in cues._KNOWN_AS_WORDS), before
    assert found > 50


def test_a_name_after_the_is_not_searched_for_known_as_without_its_words(monkeypatch):
    from dossier import cues

    monkeypatch.setattr(cues, "_KNOWN_AS_BEFORE", _Refuse())
    assert cues.known_as("He flew to the Harbour Isles.", 14, 27) == ""


def test_known_as_still_reads_the_name_before():
    from dossier import cues

    body = "Jo Doe, better known as the Harbour Ghost, waved."
    start = body.index("Harbour")
    assert cues.known_as(body, start, start + len("Harbour Ghost")) == "Jo Doe"


def test_a_head_line_without_a_figure_is_no_partial_stamp_as_the_patterns_say():
    import random

    from dossier import bylines

    def patterns_alone(text: str) -> bool:  # `_partial_stamp_line` without its figure test
        plain = bylines.plain_text(text).strip(" |")
        if len(plain) > bylines.PARTIAL_STAMP_MAX_CHARS:
            return False
        m = bylines._NAME_BEFORE_STAMP.match(plain)
        return bylines._partial_stamp(plain) or bool(m and bylines._partial_stamp(plain[m.end() :]))

    rng = random.Random(3)
    pieces = ["Jane", "Doe", "on", "Posted", "Mar", "March", "14", "3", "٣", "days", "ago", "2:05", "pm", "|", "·",
              "5 min read", "Harbour", "news", ",", "(Staff)", "-", "*"]  # fmt: skip
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 7))) for _ in range(20000)]
    texts += ["Jane Doe ٣ days ago", "on Mar 14", "Jane Doe 1 day ago", "Jane Doe on Mar ago"]
    assert sum(map(patterns_alone, texts)) > 40  # partial stamps among them
    for text in texts:
        assert bylines._partial_stamp_line(text) == patterns_alone(text), text


def test_a_place_name_in_ascii_is_its_own_ascii_spelling(monkeypatch):
    from dossier import gazetteer

    assert gazetteer._ascii("São Paulo") == "Sao Paulo"
    monkeypatch.setattr(gazetteer, "unicodedata", _Refuse())
    assert gazetteer._ascii("Cleveland") == "Cleveland"


def test_the_forms_of_origin_look_their_tables_up_once(monkeypatch):
    from dossier import lexicon

    asked = []
    names = lexicon.first_names

    def counted():
        asked.append(1)
        return names()

    before = lexicon._country_demonyms()
    monkeypatch.setattr(lexicon, "first_names", counted)
    lexicon._country_demonyms.cache_clear()
    try:
        assert lexicon._country_demonyms() == before and "Syrians" in before and "Cameron" not in before
        assert len(asked) == 1
    finally:
        lexicon._country_demonyms.cache_clear()
