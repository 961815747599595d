"""Work grows with the input, not with its square: one long line, thousands of names on a page.

Where a function's result can be compared with the rescanning code it replaced (`str.rfind`, a
linear search of sentences), the test does that. Where only time tells, the test times the same
work at two sizes, four times apart: linear work takes about four times as long, quadratic about
sixteen; the best of five runs of each is compared with GROWTH_LIMIT, far from both (the best of
five, not three: on a machine busy with other work one slow run in three was seen to tip it).
"""

from __future__ import annotations

import datetime
import gc
import time
from collections.abc import Callable
from types import SimpleNamespace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from dossier import dates
from dossier.citations import OutletFinder
from dossier.clean import clean_lines
from dossier.dates import date_only, date_spans, find_months
from dossier.discovery import find_mentions
from dossier.entities import MAX_ENTITIES_PER_SOURCE, cap_entities
from dossier.index import COOCCURRING_PER_PAGE, DossierIndex, PageInput, build_index
from dossier.markup import quoted_note
from dossier.metadata import extract_metadata
from dossier.model import Entity
from dossier.offsets import Separators
from dossier.paragraphs import sentence_at, sentence_bounds, sentence_start
from dossier.publishers import default_publishers
from dossier.quotes import find_quotes
from dossier.registry import Registry, load_registry

#: Time at 4n over time at n above which work is taken for quadratic (linear: ~4, quadratic: ~16).
GROWTH_LIMIT = 9


def _best(work: Callable[[], object]) -> float:
    """The fastest of five runs in this process's CPU time, with the garbage collector off: a
    collection's cost is the size of the whole test process's heap, not of the input, and a large
    input's allocations set off more of them (a linear function read 6-14x at 4n in a full suite
    run, 3.8x alone). CPU time, not the wall clock: on a machine busy with other work the wall clock
    counts the time this process waits for a core (at a load of 14 on 2 cores, 4-11 of these tests
    read over the limit on the wall clock, a different set each run)."""
    times = []
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(5):
            started = time.process_time()
            work()
            times.append(time.process_time() - started)
    finally:
        if collecting:
            gc.enable()
    return min(times)


#: Time per character at 4n over time per character at n above which work is taken for superlinear,
#: where the input grows faster than n (linear: ~1; a rescan per item of a text of n*n: ~3.5 at n=600).
PER_CHARACTER_GROWTH_LIMIT = 2

#: A growth at GROWTH_LIMIT or over is measured again, this many times in all, and the lowest kept:
#: quadratic work is over the limit every time, while linear work was seen at 9.3 once in several
#: runs on a machine busy with two evaluations (3-8 otherwise).
GROWTH_TRIES = 3


def growth(run: Callable[[str], object], make: Callable[[int], str], n: int) -> float:
    small, large = make(n), make(4 * n)
    run(small)  # warm caches (compiled patterns, the registry's readings)
    lowest = float("inf")
    for _ in range(GROWTH_TRIES):
        lowest = min(lowest, _best(lambda: run(large)) / _best(lambda: run(small)))
        if lowest < GROWTH_LIMIT:
            break
    return lowest


def test_the_growth_measure_tells_quadratic_work_from_linear() -> None:
    # The measure itself must be able to fail: work that rescans the text for each character. At
    # 1,500 the rescans took a few milliseconds, so the loop's own linear cost and a busy
    # machine's jitter weighed in: one CI run read 8.4 (14.4 on a quiet machine, 15.2 at 3,000).
    # At 3,000 a slow machine's CI run read 8.5 once (session 55): a small run slowed by jitter
    # lowers a reading, and linear work (about 4) seldom reads 9 whatever the jitter, so the best
    # of three readings is taken.
    quadratic = [growth(lambda t: [t.count(c, i) for i, c in enumerate(t)], lambda n: "ab" * n, 3000) for _ in range(3)]
    assert max(quadratic) > GROWTH_LIMIT
    assert growth(lambda t: t.split("b"), lambda n: "ab" * n, 20000) < GROWTH_LIMIT


SENTENCE = "Minister Anna Petrova met Lars Holm of the Port Authority in Vladivostok on September 3, 2015. "
HEADLINE = "Harbour reopens after the storm"
#: Where `metadata_around`'s page holds the line read.
LINE = "\0"


def metadata_around(*page: str) -> Callable[[str], object]:
    """Read the metadata of `page` with a line standing where it holds LINE."""
    table = default_publishers()

    def read(line: str) -> object:
        lines = [line if t == LINE else t for t in page]
        return extract_metadata(lines, clean_lines(lines), table)

    return read


@given(st.text(st.sampled_from("ab\n"), max_size=60), st.integers(0, 70), st.sampled_from(["\n", "\n\n"]))
@settings(max_examples=300)
def test_separators_find_what_rfind_finds(text: str, pos: int, separator: str) -> None:
    breaks = Separators(text, separator)
    assert breaks.last_before(pos) == text.rfind(separator, 0, pos)
    assert breaks.block_start(pos) == (text.rfind(separator, 0, pos) + len(separator) if separator in text[:pos] else 0)
    found = text.find(separator, pos)
    assert breaks.block_end(pos, len(text)) == (found if found != -1 else len(text))


@given(st.text(st.sampled_from('Ab. "”'), max_size=80), st.integers(0, 90))
@settings(max_examples=300)
def test_sentences_are_found_by_bisection_as_by_search(text: str, offset: int) -> None:
    bounds = sentence_bounds(text)
    start, end = next(((a, b) for a, b in bounds if a <= offset <= b), (0, len(text)))
    assert sentence_at(text, offset, 1000, bounds) == " ".join(text[start:end].split())
    assert sentence_start(bounds, offset) == max((a for a, _ in bounds if a <= offset), default=0)


def test_discovery_on_one_long_line_is_linear() -> None:
    registry = load_registry(None)
    assert growth(lambda t: find_mentions(t, registry), lambda n: SENTENCE * n, 1000) < GROWTH_LIMIT


def test_metadata_of_a_line_of_dates_without_spaces_is_linear() -> None:
    # A stamp word's date is looked for near the line's start only, not from the start for each date.
    read = metadata_around(HEADLINE, "", LINE)
    assert growth(read, lambda n: "x " + "2008-01-05," * n, 1000) < GROWTH_LIMIT


def test_discovery_of_hyphenated_fragments_is_linear() -> None:
    # Whether "Zo" of "Zo-ray" is written alone was looked up in the whole text once a fragment.
    registry = load_registry(None)
    assert growth(lambda t: find_mentions(t, registry), lambda n: "Xq Zo-ray " * n, 1000) < GROWTH_LIMIT


def test_metadata_of_a_byline_of_dashes_and_a_run_of_labels_is_linear() -> None:
    # A web address after a byline's separator, and a web address's labels, were searched from each dash.
    read = metadata_around(HEADLINE, LINE, "", SENTENCE)
    assert growth(read, lambda n: "By Jane Roe " + "-a" * n, 2000) < GROWTH_LIMIT
    assert growth(read, lambda n: "Contact jroe@harbourpost.com " + "a." * n, 2000) < GROWTH_LIMIT
    assert growth(read, lambda n: "Contact jroe@harbourpost.com Harbour " + "& " * n, 2000) < GROWTH_LIMIT


def test_a_first_rank_heading_of_many_links_is_linear() -> None:
    # A heading of links alone is a bar of the site's sections: its links are read once each.
    read = metadata_around(LINE, "", HEADLINE, "", SENTENCE)
    assert growth(read, lambda n: "# " + "[a](/b) " * n + "c", 2000) < GROWTH_LIMIT
    assert growth(read, lambda n: "# " + "[a](/b" * n, 2000) < GROWTH_LIMIT


def test_a_row_under_a_one_cell_article_and_a_paragraph_of_spaces_are_linear() -> None:
    from dossier.layout import read_layout
    from dossier.sourcepages import _paragraph

    article = "| " + SENTENCE * 12 + " |"
    assert growth(lambda t: read_layout(t.split("\n"), {}), lambda n: f"{article}\n| {'a' * n} |", 10000) < GROWTH_LIMIT
    assert growth(_paragraph, lambda n: "a" + " " * n + "x", 20000) < GROWTH_LIMIT


def test_discovery_on_a_long_run_of_capitalised_words_is_linear() -> None:
    # A new registry each time: it keeps the readings of the spans it has read.
    makers = (
        lambda n: "Abc " * n,
        lambda n: "Abc " * n + "counties",
        lambda n: "Abc " * n + "x (ABC)",
        lambda n: "Abc " * n + "Karlsholm, March 3 (PTI): The crane fell.",  # a span run into a dateline
    )
    for make in makers:
        assert growth(lambda t: find_mentions(t, Registry()), make, 2500) < GROWTH_LIMIT


def test_the_index_of_one_long_line_is_linear() -> None:
    registry = Registry()
    registry.add(Entity("Anna Petrova", "person", ("Petrova",), reviewed=True))
    registry.add(Entity("Vladivostok", "place", reviewed=True))

    def index(markdown: str) -> object:
        return build_index(
            [PageInput("sources/a.md", {"title": "A", "date": "2015-09-04"}, markdown, "source")], registry
        )

    line = "“We will rebuild the harbour within the year,” Anna Petrova said in Vladivostok on Sept. 3. "
    assert growth(index, lambda n: line * n + "\n{: #L1 }", 300) < GROWTH_LIMIT


def test_quotes_in_one_long_paragraph_are_linear() -> None:
    line = "“We will rebuild the harbour within the year,” she said. Anna Petrova spoke. "
    people = lambda text: [(i, i + 12, "Anna Petrova") for i in range(text.find("Anna"), len(text), len(line))]  # noqa: E731
    assert growth(lambda t: find_quotes("a.md", t, people(t)), lambda n: line * n, 1000) < GROWTH_LIMIT


def test_citations_in_one_long_paragraph_are_linear() -> None:
    finder = OutletFinder(default_publishers())
    line = "Anna Petrova told Reuters the U.S. Navy would leave, according to the Associated Press. "
    assert growth(finder.citations, lambda n: line * n, 2400) < GROWTH_LIMIT


def test_dates_in_one_long_line_are_linear() -> None:
    read = date_spans.__wrapped__  # the reading itself: the cache would answer the repeated runs
    assert growth(read, lambda n: "On September 3, 2015 and 2015-09-04 the port shut. " * n, 1000) < GROWTH_LIMIT


def test_dates_of_a_line_of_many_numeric_dates_are_linear() -> None:
    # Whether the line names a weekday, read to tell a numeric date's order, was read from the
    # whole line again for each date whose order its figures leave open.
    read = date_spans.__wrapped__
    for date in ("06/03/2023 ", "Monday 06/03/08 "):
        assert growth(read, lambda n, d=date: d * n, 300) < GROWTH_LIMIT


def test_months_of_a_line_of_many_dates_are_linear() -> None:
    # Whether a month is a full date's was asked of every date of the line, for each month.
    assert growth(find_months, lambda n: "On 5 May 2015 and in June 2016, " * n, 300) < GROWTH_LIMIT


def test_a_date_alone_read_in_a_line_of_marks_is_linear(monkeypatch) -> None:
    # The line's closing marks were matched after each character of its date part: a run of marks
    # (or of commas and spaces) inside the line was read again from each of its characters. The
    # line's cap (STAMP_MAX_CHARS) is lifted so that 1,000 and 4,000 characters are compared.
    monkeypatch.setattr(dates, "STAMP_MAX_CHARS", 10**6)
    for make in (
        lambda n: "May 5, 2008" + "!" * n + " x",
        lambda n: "May 5, 2008" + ", " * (n // 2) + "x",
        lambda n: "May 5, 2008" + " ." * (n // 2) + " x",
    ):
        assert growth(date_only, make, 1000) < GROWTH_LIMIT


def test_a_page_of_many_names_counts_only_its_most_mentioned_as_neighbours() -> None:
    names = [f"Person{i:04d} Name" for i in range(COOCCURRING_PER_PAGE + 50)]
    registry = Registry()
    for name in names:
        registry.add(Entity(name, "person", reviewed=True))
    text = " ".join(f"{n} spoke." for n in names) + " " + " ".join(f"{n} again." for n in names[:5])
    index = build_index([PageInput("sources/a.md", {"title": "A"}, text, "source")], registry)
    neighbours = dict(index.cooccurring(names[0], limit=1000))
    assert len(neighbours) == COOCCURRING_PER_PAGE - 1
    assert set(names[1:5]) <= neighbours.keys()  # the most mentioned are among them
    assert not set(names[COOCCURRING_PER_PAGE:]) & neighbours.keys()


def test_a_source_lists_its_most_mentioned_entities_up_to_the_limit() -> None:
    found = [Entity(f"Name {i}", "person") for i in range(MAX_ENTITIES_PER_SOURCE + 20)]
    found.insert(700, Entity("Known", "place", reviewed=True))
    kept, left_out = cap_entities(found)
    assert kept[:MAX_ENTITIES_PER_SOURCE] == found[:MAX_ENTITIES_PER_SOURCE] and kept[-1].name == "Known"
    assert left_out == 20 and len(kept) == MAX_ENTITIES_PER_SOURCE + 1
    assert cap_entities(found[:10]) == (found[:10], 0)


def test_metadata_of_a_page_of_many_e_mail_addresses_is_linear() -> None:
    # The page is read once for what every address's domain spells, not once an address.
    table = default_publishers()

    def read(tail: str) -> object:
        lines = [
            "Harbour reopens after the storm",
            "",
            "The harbour reopened on Monday after the storm.",
            *tail.split("\n"),
        ]
        return extract_metadata(lines, clean_lines(lines), table)

    def page(n: int) -> str:
        return "\n".join(f"Contact us: desk{i} at desk{i}@harbourpost{i}.com Capital Words Here" for i in range(n))

    assert growth(read, page, 300) < GROWTH_LIMIT


def test_rules_on_one_long_line_of_accented_and_chinese_words_are_linear() -> None:
    from dossier.linetext import word_count
    from dossier.rules import RuleMatcher, default_rules, load_rules

    matcher = RuleMatcher(load_rules("- {name: mine, pattern: '\\bpublicité\\b|^ad\\b'}\n") + default_rules())
    line = "Adélaïde et José à Zürich, 市议会周二投票决定关闭旧桥 — “naïve” "
    assert growth(lambda t: matcher.first_match(t, word_count.__wrapped__(t)), lambda n: line * n, 500) < GROWTH_LIMIT


def test_a_web_address_closed_by_a_run_of_bars_under_the_article_is_linear() -> None:
    # The address pattern gave back its closing bars one at a time when a word after them failed the line.
    from dossier.layout import read_layout

    page = lambda n: f"Harbour reopens\n\n{SENTENCE * 3}\n\n{SENTENCE * 2}\nwww.harbour.org{'|' * n} x"  # noqa: E731
    assert growth(lambda t: read_layout(t.split("\n"), {}), page, 2000) < GROWTH_LIMIT
    assert growth(lambda t: clean_lines(t.split("\n")), page, 2000) < GROWTH_LIMIT


def test_discovery_of_many_sentences_opened_before_a_name_is_linear() -> None:
    # Whether an opener and a name are written inside a sentence was searched in the whole text once a span.
    def page(n: int) -> str:
        names = [f"Qa{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}k" for i in range(n)]
        return " ".join(f"Congratulations {x} on the news. {x} left. We sent congratulations." for x in names)

    assert growth(lambda t: find_mentions(t, Registry()), page, 300) < GROWTH_LIMIT


def test_metadata_of_a_long_copyright_holder_named_after_an_outlet_is_linear() -> None:
    # Each run of a holder's leading words, one word shorter each time, was folded and looked up.
    read = metadata_around(HEADLINE, "", SENTENCE * 3, "", LINE)
    assert growth(read, lambda n: "© 2024 The Guardian " + "Harbour " * n + "Ltd", 300) < GROWTH_LIMIT


def test_discovery_of_a_line_of_nicknamed_people_is_linear() -> None:
    # The spans of the line up to each nickname were read again for each one, from the line's start.
    assert growth(lambda t: find_mentions(t, Registry()), lambda n: 'John "Tip" Oneill, ' * n, 150) < GROWTH_LIMIT


def test_metadata_of_a_closing_credit_of_many_names_is_linear() -> None:
    # The spaces after a comma between names could go to any of three runs of spaces, and a credit
    # whose names end in a comma was tried three ways a name (12 names: 0.2 s, 13: 0.7 s).
    read = metadata_around(HEADLINE, "", SENTENCE, "", LINE)
    credit = "This story was written by {}with reporting from the desk."
    assert growth(read, lambda n: credit.format("Jane Roe, " * n), 3) < GROWTH_LIMIT
    assert growth(read, lambda n: credit.format("M.A.Qudoos, " * n), 3) < GROWTH_LIMIT


def test_a_run_of_words_ending_in_and_is_refused_as_names_in_linear_time() -> None:
    # "Roland", "A.and": each such word was read whole and as a name's end and the "and" joining
    # two names, and a line that is no list of names was tried both ways a word (2^n: 20 words 2 ms,
    # 40 words hours).
    import re

    from dossier.pagehead import NAMES

    names_alone = re.compile(rf"^{NAMES}\s*$")
    for word in ("Roland ", "A.and ", "Ab-and "):
        assert (
            growth(lambda t: [names_alone.match(t) for _ in range(20)], lambda n, w=word: w * n + "x", 5) < GROWTH_LIMIT
        )


def test_metadata_of_a_copyright_holder_trailed_by_a_run_of_dashes_is_linear() -> None:
    # What trails a holder's name was one pattern ending in "$", tried from each dash, its runs of
    # marks split every way (16 dashes: 0.2 s, 20: 3 s).
    read = metadata_around(HEADLINE, "", SENTENCE * 3, "", LINE)
    assert growth(read, lambda n: "© 2008 Harbour Post " + "-" * n + " x", 4) < GROWTH_LIMIT
    assert growth(read, lambda n: "© 2008 Harbour Post" + " 2008 -" * n + " x", 100) < GROWTH_LIMIT


def test_metadata_of_a_stamp_followed_by_a_run_of_spaces_is_linear() -> None:
    # The spaces after a date could go to either of two runs of spaces before a clock time, and a
    # correspondent's place ("in Rome") was looked for from each space of a run to its end.
    read = metadata_around(HEADLINE, LINE, "", SENTENCE)
    assert growth(read, lambda n: "Published March 3, 2008" + " " * n + "x", 2000) < GROWTH_LIMIT


def test_a_stamp_line_of_one_long_word_is_read_in_linear_time() -> None:
    # A label before a colon ("Release date:") was looked for from each letter of a long word.
    from dossier.stamps import loose_stamp

    table = default_publishers()
    assert growth(lambda t: loose_stamp(t, table), lambda n: "March 3, 2008 " + "a" * n, 8000) < GROWTH_LIMIT


def test_metadata_of_a_copyright_holder_with_a_run_of_spaces_is_linear() -> None:
    # A holder's name, the owner's words after it and a dash after it were each looked for from
    # every space of a run to its end ("© 2008 Harbour", 4,000 spaces, "x Inc": 10 s).
    read = metadata_around(HEADLINE, "", SENTENCE * 3, "", LINE)
    for tail in ("x Inc", "x Community", "x"):
        assert growth(read, lambda n, t=tail: "© 2008 Harbour" + " " * n + t, 1000) < GROWTH_LIMIT


def test_copyright_holders_of_a_page_of_many_acronym_notices_are_read_in_linear_time() -> None:
    # Whether another line names an acronym holder was asked by reading every line again for each
    # holder (a page of 1,600 such notices: 5 s).
    from itertools import product

    from dossier.copyrights import copyright_holders

    table = default_publishers()
    acronyms = ["".join(p) for p in product("BCDFGHJKLMNPQRSTVWXZ", repeat=3)]

    def page(n: int) -> list[tuple[int, str]]:
        return list(enumerate((line for a in acronyms[:n] for line in (f"© 2007 {a}", SENTENCE)), 1))

    assert growth(lambda numbered: copyright_holders(numbered, {}, table), page, 300) < GROWTH_LIMIT


def test_metadata_of_a_byline_of_bars_and_a_role_or_logo_word_after_a_run_of_spaces_are_linear() -> None:
    # Each was searched from every bar or space of a run, reading the rest of the run each time.
    from dossier.bylines import _ROLE_AFTER
    from dossier.mastheads import _LOGO_WORDS

    assert growth(metadata_around(HEADLINE, LINE, "", SENTENCE), lambda n: "By Jane Roe " + "|" * n, 500) < GROWTH_LIMIT
    assert growth(lambda t: _ROLE_AFTER.sub("", t), lambda n: "Jane" + " " * n + "Roe", 2000) < GROWTH_LIMIT
    assert growth(lambda t: _LOGO_WORDS.sub("", t), lambda n: "Harbour" + " " * n + "Post", 2000) < GROWTH_LIMIT


def test_metadata_of_a_fact_check_line_of_spaces_is_linear() -> None:
    # The name, lazy before the line's trailing spaces, read the rest of a run from each of its spaces.
    read = metadata_around(HEADLINE, "", SENTENCE, LINE)
    assert growth(read, lambda n: "Fact checked by Jane" + " " * n + "Roe", 500) < GROWTH_LIMIT


def test_metadata_of_a_byline_with_a_run_of_spaces_between_its_names_is_linear() -> None:
    # A byline's names were split at separators searched from every space of the run.
    read = metadata_around(HEADLINE, LINE, "", SENTENCE)
    assert growth(read, lambda n: "By Jane" + " " * n + "Roe", 500) < GROWTH_LIMIT


def test_metadata_of_a_contact_line_of_dotted_letters_is_linear() -> None:
    # An e-mail address was looked for from every word boundary of the run, reading the rest of it.
    read = metadata_around(HEADLINE, LINE, "", SENTENCE)
    assert growth(read, lambda n: "Contact us: " + "a." * n, 1000) < GROWTH_LIMIT


def test_metadata_of_an_e_mail_address_of_many_labels_is_linear() -> None:
    # Its domain was looked up in the table once for each parent domain, each joined anew.
    read = metadata_around(HEADLINE, LINE, "", SENTENCE)
    assert growth(read, lambda n: "Contact us: jroe@" + "a." * n + "org", 2500) < GROWTH_LIMIT


def test_a_site_named_in_an_appeal_is_looked_for_in_linear_time() -> None:
    # A name's words before an outlet word were read from every capital of a run of hyphenated
    # capitalised parts to its end ("Ab-Ab-...", 10,000 characters: 1 s).
    from dossier.selfnaming import _SELF_NAMED

    assert growth(lambda t: list(_SELF_NAMED.finditer(t)), lambda n: "Ab-" * n, 1000) < GROWTH_LIMIT


def test_a_deeply_indented_line_with_a_link_is_read_in_linear_time() -> None:
    # The end of a link broken over lines was looked for after every split of the line's
    # indentation between the indentation and the link's words (20,000 spaces: 9 s).
    from dossier.lineshapes import line_shape

    assert growth(line_shape.__wrapped__, lambda n: " " * n + "x [a](b)", 2000) < GROWTH_LIMIT


def test_discovery_of_a_long_list_of_kinds_is_linear() -> None:
    # Each listed word's other uses were looked for in the whole text, once per word.
    def kinds(n: int) -> str:
        words = (f"K{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}" for i in range(n))
        return ", ".join(f"{w} fir" for w in words) + "."

    assert growth(lambda t: find_mentions(t, Registry()), kinds, 400) < GROWTH_LIMIT


def test_metadata_of_a_page_title_with_a_run_of_spaces_is_linear() -> None:
    # A <title>'s separators ("Headline | Site", "Site: Headline", a dash) and its site's closing
    # words ("Online", a town and a state's code) were looked for from every space of a run to its
    # end (4,000 spaces before a last word: 3 s).
    read = metadata_around(LINE, "", HEADLINE, "", SENTENCE * 3)
    for tail in ("x", "| x", ": x", "– x", "online", "OH"):
        assert (
            growth(read, lambda n, t=tail: "Harbour reopens - Harbour Post - Dayton" + " " * n + t, 500) < GROWTH_LIMIT
        )


def test_metadata_of_a_short_line_of_names_before_a_run_of_spaces_is_linear() -> None:
    # A name, then a desk and a role ("Jane Doe Health correspondent") split a run of spaces two
    # ways, before a separator and after it (8,000 spaces after "Harbour Post" in a page's head: 4 s).
    # The same shape read as a byline ("Jane Doe, Health correspondent") wherever the line stands.
    for page in ((HEADLINE, "", LINE, "", SENTENCE * 3), (HEADLINE, "", SENTENCE * 3, "", LINE)):
        assert growth(metadata_around(*page), lambda n: "Harbour Post" + " " * n + "x", 500) < GROWTH_LIMIT


def test_a_line_with_a_run_of_spaces_is_freed_of_its_markdown_in_linear_time() -> None:
    # A heading's closing hashes were looked for from every space of a run, each reading the rest
    # of it (8,000 spaces in a line: 5 s).
    from dossier.lineshapes import markdown_free

    assert growth(markdown_free.__wrapped__, lambda n: "Harbour Post" + " " * n + "x", 1000) < GROWTH_LIMIT
    assert markdown_free.__wrapped__("## Harbour Post ##") == "Harbour Post"


def test_a_headline_with_a_run_of_spaces_is_split_from_its_site_in_linear_time() -> None:
    # The spaces before a " | Site" suffix were looked for from every space of a run, each reading
    # the rest of it (8,000 spaces in a headline: 5 s).
    from dossier.metadata import _TITLE_PREFIX, _TITLE_SUFFIX

    for pattern in (_TITLE_SUFFIX, _TITLE_PREFIX):
        assert growth(pattern.match, lambda n: "Harbour reopens" + " " * n + "x", 1000) < GROWTH_LIMIT
    found = _TITLE_SUFFIX.match("Harbour reopens   | Harbour Post")
    assert found and found.group("title", "site") == ("Harbour reopens", "Harbour Post")


def test_a_surname_of_thousands_of_letters_is_not_looked_up_for_misspellings() -> None:
    # Its keys were the surname without each one of its letters: as much work as the square of its
    # length (a run of hyphenated capitalised words read as one surname of 24,000 letters: 10 s).
    from dossier.people import _misspelt, _misspelt_index

    assert _misspelt(_misspelt_index({"ashley|": {}}), "ashely|") == ["ashley|"]
    key = lambda n: "abc-" * n + "|"  # noqa: E731
    assert growth(lambda k: _misspelt(_misspelt_index({k: {}}), k), key, 1000) < GROWTH_LIMIT


def test_a_date_line_with_a_run_of_spaces_is_read_in_linear_time() -> None:
    # The spaces after a date could go to either of two runs before a clock time, tried from every
    # space of the run (cubic: a line of a date and 960 spaces took 7 s); a clock time's spaces
    # before the date after it could go to either of two runs before the line's end.
    from dossier.dates import TIME_BEFORE, date_only

    assert growth(date_only, lambda n: "March 3, 2008" + " " * n + "x", 200) < GROWTH_LIMIT
    assert growth(lambda t: TIME_BEFORE.sub("", t), lambda n: "at 3:20 pm" + " " * n + "x", 1000) < GROWTH_LIMIT
    assert date_only("Posted on Monday, March 3, 2008 at 3:20 pm EST") == datetime.date(2008, 3, 3)


def test_an_outlet_name_followed_by_a_run_of_marks_is_looked_up_in_linear_time() -> None:
    # Each prefix of a name was joined and looked up in the outlet table, and words of marks alone
    # ("&", "·") do not count towards the longest name the table holds: a copyright holder
    # followed by 8,000 "&" took 27 s.
    from dossier.outletnames import known_prefix

    table = default_publishers()
    assert known_prefix("Reuters & & Sons", table) == "Reuters"
    assert growth(lambda t: known_prefix(t, table), lambda n: "Harbour Post " + "& " * n + "x", 500) < GROWTH_LIMIT


def test_a_page_of_many_dated_entries_under_the_article_is_read_in_linear_time() -> None:
    # Each stamp under the article read every line of the page again, to find the lines of its
    # shape and the article's paragraphs above it (57 stamps over 1,600 lines: 0.9 s).
    table = default_publishers()

    def read(entries: list[str]) -> object:
        lines = [HEADLINE, "", SENTENCE * 3, "", SENTENCE * 2, "", SENTENCE * 2, "", SENTENCE, "", *entries]
        return extract_metadata(lines, clean_lines(lines), table)

    def page(n: int) -> list[str]:
        return ["March 3, 2008 3:20 pm", "", SENTENCE, ""] * n  # one day's entries: no series

    assert growth(read, page, 150) < GROWTH_LIMIT


def test_a_copyright_line_of_marks_or_of_a_mark_and_spaces_is_read_in_linear_time() -> None:
    # The holder's notice was searched for from each mark of a run, each reading the rest of the
    # run (4,000 "©" and a colon: 2 s), and three runs of spaces in a row shared a line's spaces
    # every way when no name followed ("©", 800 spaces and a colon: 4.7 s).
    read = metadata_around(LINE, "", HEADLINE, "", SENTENCE * 3)
    assert growth(read, lambda n: "©" * n + ":", 1000) < GROWTH_LIMIT
    assert growth(read, lambda n: "©" + " " * n + ":", 100) < GROWTH_LIMIT


def test_a_line_of_many_unclosed_links_is_read_in_linear_time() -> None:
    # A link's text and address were read from each "[" (and "![") to the next "]" or ")", or to
    # the line's end when there was none: thousands of "[" in a line were quadratic.
    from dossier.lineshapes import visible_text

    for unit in ("[ ", "![ "):
        assert growth(visible_text, lambda n, u=unit: u * n + ":", 4000) < GROWTH_LIMIT


def test_a_sources_line_of_many_unclosed_web_links_is_read_in_linear_time() -> None:
    # The url of a sources list's links was read from each "[" to the line's end when no ")" closed
    # it: "[a](http://" thousands of times in a line was quadratic (3.5 s at 8,000).
    from dossier.lineshapes import link_matches
    from dossier.metadata import _MD_LINK

    def read(line: str) -> list:
        return list(link_matches(line, "[", _MD_LINK))

    assert growth(read, lambda n: "[a](http://" * n, 2000) < GROWTH_LIMIT


def test_a_long_header_row_of_buttons_is_read_in_linear_time() -> None:
    # A table's header row is found by its run of short lines under a sentence ending with a colon:
    # each removed line of the run (a button's word) and each comment heading in it walked the
    # whole run again, quadratic in a run of thousands of short lines.
    intro = "The figures for each of the harbour's quays are in the table below:"

    def page(n: int) -> str:
        return "\n".join([intro, *(["Share", "Comments", "Quay"] * n), SENTENCE])

    assert growth(lambda text: clean_lines(text.split("\n")), page, 300) < GROWTH_LIMIT


def test_a_line_of_many_links_to_no_image_is_read_in_linear_time() -> None:
    # A link to an image file was looked for from each "[" to the end of its address: thousands of
    # "[a](b." in a line, no ")" or one at the end, were quadratic (2.3 s at 8,000).
    from dossier.lineshapes import without_images

    for end in ("", ")", ".png)"):
        assert growth(without_images, lambda n, e=end: "[a](b." * n + e, 2000) < GROWTH_LIMIT


def test_many_linked_headings_and_a_long_line_of_stamps_are_read_in_linear_time() -> None:
    # Each linked heading looked for the lines under it through the rest of the text (quadratic:
    # 17 s at 40,000 lines); a line of stamps and unclosed links is tried from each stamp.
    from dossier.chromelines import twice_linked_lines
    from dossier.comments import is_thread_in_line

    headings = ["## [Harbour news](/h)", "A blurb of the news."]
    assert growth(twice_linked_lines, lambda n: headings * n, 2000) < GROWTH_LIMIT
    assert growth(is_thread_in_line, lambda n: ("2012 / [Ann](" + "a" * 50 + " : ") * n, 2000) < GROWTH_LIMIT


def _resolution_work(monkeypatch, mentions_of: Callable[[list[str]], list]) -> Callable[[int], int]:
    """Return work(n): the readings of a spelling's target (`Resolution.target`) that resolving one
    file of `mentions_of(n made-up words)` takes. Counted, not timed."""
    from dossier.entities import resolve
    from dossier.resolution import Resolution

    syllables = ["ba", "de", "ki", "lo", "mu", "ne", "po", "ra", "si", "tu"]
    registry = load_registry(None)
    reads = 0
    target = Resolution.target

    def counted(self: Resolution, doc: str, spelling: str) -> str:
        nonlocal reads
        reads += 1
        return target(self, doc, spelling)

    monkeypatch.setattr(Resolution, "target", counted)

    def work(n: int) -> int:
        nonlocal reads
        mentions = mentions_of(["Zo" + "".join(syllables[int(d)] for d in f"{i:03}") for i in range(n)])
        reads = 0
        resolve({"a": mentions}, registry)
        return reads

    return work


def test_lone_surnames_of_a_file_naming_many_pairs_of_people_are_joined_in_linear_work(monkeypatch) -> None:
    # Each lone surname with two people of the file was joined by reading every mention of the
    # file: the square of the file's names.
    from dossier.entities import Mention, resolve

    def mentions_of(surnames: list[str]) -> list[Mention]:
        return [
            Mention(text, "person" if " " in text else "other", "capitalised span" if " " in text else "single word")
            for s in surnames
            for text in (f"Harry {s}", f"Jamie {s}", s)
        ]

    work = _resolution_work(monkeypatch, mentions_of)
    assert work(400) / work(100) < GROWTH_LIMIT  # linear: about 4; the rescans read 16
    surnames = ["Zoba", "Zode"]
    resolved = resolve({"a": mentions_of(surnames)}, load_registry(None))
    assert all(resolved["a"][s].name == f"Jamie {s}" for s in surnames)  # the nearest before


def test_the_masthead_words_of_a_file_naming_many_bodies_are_read_in_linear_work(monkeypatch) -> None:
    # Each one-word name of a file that names a paper ("The Harbour Post") was read against every
    # body of the file for rivals to the paper: the square of the file's names (a long Wikipedia
    # page, a thousand of them).
    from dossier.entities import Mention

    def mentions_of(words: list[str]) -> list[Mention]:
        mentions = [Mention("The Harbour Post", "organization", "capitalised span")]
        for w in words:
            mentions += [
                Mention(f"{w} Holdings Group", "organization", "capitalised span"),
                Mention(w, "other", "single word"),
            ]
        return mentions

    work = _resolution_work(monkeypatch, mentions_of)
    assert work(400) / work(100) < GROWTH_LIMIT  # linear: about 4; read word by word, 16


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8), st.integers(-1, 32))
@settings(max_examples=300)
def test_a_covering_finds_by_bisection_what_asking_each_span_finds(spans: list[tuple[int, int]], pos: int) -> None:
    # Spans may nest or overlap (a link's title inside its address); one line held thousands.
    from dossier.chromelines import Covering

    assert Covering(spans).covers(pos) == any(a <= pos < b for a, b in spans)


def _merge_pairwise(names: list[str], is_person: Callable[[str], bool], canonical: dict[str, str]) -> list[str]:
    """The merge of one surname's people as it was before `people._GivenIndex`: each leader compared
    with every name of the surname, and each name it takes with the fullest taken before (a
    shorter name may be two people's). The reference `merge_one_surname` must agree with."""
    from dossier.people import _fullness, _parts, _same_given_names

    leaders = []
    for name in names:
        if name in canonical or not is_person(name):
            continue
        canonical[name] = name
        leaders.append(name)
        fullest = _parts(name)[0]
        for other in names:
            if other not in canonical and _same_given_names(_parts(name)[0], _parts(other)[0]):
                if _same_given_names(fullest, _parts(other)[0]):
                    canonical[other] = name
                    fullest = max(fullest, _parts(other)[0], key=_fullness)
    return leaders


#: Given names that are variants of one another by each of `_same_given`'s ways (an initial, a
#: short form, a spelling), and words of few letters, mixed case and a letter that lowercases to
#: two ("İ"), long enough to pass `people.MAX_SPELLING_KEYS`.
_GIVEN = st.one_of(
    st.sampled_from(["J.", "J", "J.K.", "John", "Jon", "Johnny", "Joh", "Jane", "Sergey", "Sergei", "Rob", "Robert"]),
    st.text(st.sampled_from("aAbBeİ"), min_size=1, max_size=22),
)


@given(
    st.lists(st.lists(_GIVEN, min_size=0, max_size=3), max_size=14, unique_by=tuple),
    st.lists(st.booleans(), min_size=14, max_size=14),
    st.lists(st.integers(0, 13), max_size=3),
)
@settings(max_examples=400)
def test_one_surnames_people_merge_as_comparing_every_pair_merges(
    givens: list[list[str]], people: list[bool], taken: list[int]
) -> None:
    from dossier.people import merge_one_surname

    names = list(dict.fromkeys(" ".join([*g, "Doe"]) for g in givens))
    is_person = lambda s: people[names.index(s)]  # noqa: E731
    before = {names[i]: "Someone" for i in taken if i < len(names)}  # taken by an earlier join
    new, old = dict(before), dict(before)
    assert merge_one_surname(names, is_person, new) == _merge_pairwise(names, is_person, old)
    assert list(new.items()) == list(old.items())


#: Given names of one first name or its initial, and middle names that are variants of one another,
#: of a few letters (joined, two lists of given names are spellings of one another more often).
_MIDDLE = st.one_of(
    st.sampled_from(["J.", "K.", "K", "Kay", "Kate", "Katie", "Ann", "Anne", "Anna", "Rob", "Robert", "Ert"]),
    st.text(st.sampled_from("abkİ"), min_size=1, max_size=12),
)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["J.", "John", "Jon", "Johnathan", "Jane", "Rob", "Robert"]), st.lists(_MIDDLE, max_size=3)
        ),
        max_size=14,
        unique_by=lambda g: (g[0], *g[1]),
    ),
    st.lists(st.booleans(), min_size=14, max_size=14),
    st.lists(st.integers(0, 13), max_size=3),
)
@settings(max_examples=600)
def test_people_differing_in_their_middle_names_merge_as_comparing_every_pair_merges(
    givens: list[tuple[str, list[str]]], people: list[bool], taken: list[int]
) -> None:
    # "Rob Ert Doe" is "Robert K Doe" by their given names joined ("rob ert", "robert k").
    test_one_surnames_people_merge_as_comparing_every_pair_merges.hypothesis.inner_test(
        [[first, *middle] for first, middle in givens], people, taken
    )


@given(
    st.one_of(_GIVEN, st.text(st.sampled_from("abeİ"), min_size=8, max_size=22)),
    st.lists(st.tuples(st.integers(0, 20), st.sampled_from(["", "a", "b", "B"]), st.booleans()), max_size=6),
)
@settings(max_examples=2000)
def test_the_index_of_given_names_finds_every_variant(a: str, edits: list[tuple[int, str, bool]]) -> None:
    # b is a with a few letters changed, dropped or added: a spelling of it, or not.
    from dossier.people import _GivenIndex, _same_given

    b = a
    for position, letter, added in edits:
        position %= len(b) + 1
        b = b[:position] + letter + b[position + (not added) :]
    if b.strip():
        index = _GivenIndex({"a": [a], "b": [b]})
        assert not _same_given(a, b) or ("b" in index.candidates([a]) and "a" in index.candidates([b]))


@given(
    st.lists(st.one_of(_GIVEN, _MIDDLE), min_size=2, max_size=4),
    st.lists(st.one_of(_GIVEN, _MIDDLE), min_size=1, max_size=4),
    st.lists(st.one_of(_GIVEN, _MIDDLE), max_size=3),
)
@example(["Robert", "J.", "Kate"], ["Rob", "Katie"], [])  # a spelling of another length
@example(["Katie", "Ann"], ["Kate"], [])
@settings(max_examples=1500)
def test_each_way_of_the_index_of_later_given_names_finds_its_variants(
    a: list[str], b: list[str], more: list[str]
) -> None:
    # Read instead of the first given names when fewer, the other ways must find every match of
    # theirs: a name of one given name, one longer or as long (by any of the leader's later names),
    # one shorter, one whose given names joined are a spelling of the leader's. Other names' words
    # set the lengths keyed.
    from dossier.people import _NamesIndex, _same_given, _same_given_names, _similar

    b = [a[0], *b[1:]] if len(b) > 1 and b[0] == "J." else b  # a first name in common, often
    if not _same_given_names(a, b):
        return
    index = _NamesIndex({"a": a, "b": b, "c": more})
    alone, _, shorter, *joined = index.other_ways(a)
    names = lambda lot: {e if isinstance(e, str) else e[0] for bucket in lot for e in bucket}  # noqa: E731
    if len(b) == 1:
        assert "b" in names(alone)
    elif len(b) < len(a):
        assert "b" in names(shorter)
    if len(b) > len(a) or (len(b) == len(a) and all(map(_same_given, a, b))):
        assert all("b" in names(index.later.buckets([word])) for word in a[1:])
    if len(b) == len(a) and _similar(" ".join(a), " ".join(b)):
        assert "b" in names(joined[0])


def test_people_of_one_surname_are_merged_in_linear_time() -> None:
    # Each person was compared with every other of the surname for a variant of the first name
    # (2,000 people: 9 s), and each leader read every other of the surname for a misspelt surname.
    from dossier.entities import Mention, resolve

    registry = load_registry(None)
    consonants, vowels = "bcdfghklmnprstvz", "aeiou"

    def people(n: int) -> list[Mention]:
        syllables = [c + v for c in consonants for v in vowels]  # 80: three of them name 512,000 people
        firsts = ["".join(syllables[i // 80**k % 80] for k in range(3)) for i in range(n)]
        return [Mention(f"{f.capitalize()} Harbourne", "person", "capitalised span") for f in firsts]

    assert growth(lambda ms: resolve({"a": ms}, registry), people, 300) < GROWTH_LIMIT


def test_people_of_one_first_name_or_initial_and_many_middle_names_are_merged_in_linear_time() -> None:
    # Each was compared with every other of its first name or initial for its middle names ("J. X
    # Doe", 1,000 -> 4,000 people: 0.6 -> 8.8 s).
    from dossier.people import merge_one_surname

    consonants, vowels = "bcdfghklmnprstvz", "aeiou"
    syllables = [c + v for c in consonants for v in vowels]

    def people(first: str) -> Callable[[int], list[str]]:
        def make(n: int) -> list[str]:
            middles = ["".join(syllables[i // 80**k % 80] for k in range(3)).capitalize() for i in range(n)]
            return [f"{first} {m} Harbourne" for m in middles]

        return make

    for first in ("J.", "John"):
        assert growth(lambda names: merge_one_surname(names, bool, {}), people(first), 500) < GROWTH_LIMIT


def test_names_taken_by_a_leader_are_not_read_again_by_the_leaders_after(monkeypatch) -> None:
    # "J. X Doe" leads and takes every "Jx Doe" (an initial for a first name), then each "J. Y Doe"
    # after read them all again: the square of the names. Counted in names read, not timed.
    from dossier import people

    read = 0
    candidates = people._NamesIndex.candidates

    def counted(self: people._NamesIndex, given: list[str], taken: dict[str, str]) -> set[str]:
        nonlocal read
        found = candidates(self, given, taken)
        read += len(found)
        return found

    monkeypatch.setattr(people._NamesIndex, "candidates", counted)
    consonants, vowels = "bcdfghklmnprstvz", "aeiou"
    syllables = [c + v for c in consonants for v in vowels]

    def work(n: int) -> int:
        nonlocal read
        words = ["".join(syllables[i // 80**k % 80] for k in range(3)) for i in range(n)]
        names = [f"J. {w.capitalize()} Harbourne" for w in words] + [f"J{w} Harbourne" for w in words]
        read = 0
        canonical: dict[str, str] = {}
        people.merge_one_surname(names, bool, canonical)
        assert canonical[names[-1]] == names[0]
        return read

    assert work(800) / work(200) < GROWTH_LIMIT  # linear: about 4; read again, 12


def test_a_site_of_many_notes_lists_them_on_the_notes_page_not_in_every_pages_navigation() -> None:
    # The theme writes the navigation into every page: each note listed there cost every page a
    # link (1,600 notes: a build of 71 s of CPU, 8.7 times 400's).
    from mkdocs.structure.files import File, InclusionLevel

    from dossier.plugin import MAX_NOTES_IN_NAV, leave_out_of_nav

    def nav(notes: int) -> dict[str, bool]:
        uris = ["index.md", "notes/index.md", "sources/a.md", *(f"notes/n{i}.md" for i in range(notes))]
        pages = [File(uri, src_dir="/docs", dest_dir="/site", use_directory_urls=True) for uri in uris]
        leave_out_of_nav(pages, "sources", "notes")
        return {p.src_uri: p.inclusion != InclusionLevel.NOT_IN_NAV for p in pages}

    few, many = nav(MAX_NOTES_IN_NAV), nav(MAX_NOTES_IN_NAV + 1)
    assert few["notes/n0.md"] and not few["sources/a.md"] and few["index.md"]
    assert not many["notes/n0.md"] and many["notes/index.md"] and many["index.md"] and not many["sources/a.md"]


def _timeline_index(days: int) -> DossierIndex:
    """An index of one source naming `days` days from January 1, 1990, a sentence each."""
    first = datetime.date(1990, 1, 1)
    body = "\n\n".join(
        f"The council met on {(first + datetime.timedelta(days=i)).isoformat()}.\n{{: #L{i} }}" for i in range(days)
    )
    meta = {"title": "Council", "publisher": "Outlet A", "date": "2020-03-03", "entities": [], "citations": []}
    return build_index([PageInput("sources/a.md", meta, body, "source")], Registry(), default_publishers())


def test_the_timeline_of_many_days_costs_the_search_index_its_days_not_their_square() -> None:
    # Material's search looks each section of a page up in the page's whole table of contents: the
    # timeline on one page, a heading a day, cost the square of its days (16,000 days: 48 of the
    # build's 75 s). The pages are rendered as MkDocs renders them, then indexed as the theme's
    # search plugin indexes them (that indexing is timed: Python-Markdown's linear rendering would
    # hide the square until some 8,000 days).
    import markdown
    from material.plugins.search.plugin import SearchIndex
    from mkdocs.structure.toc import get_toc

    from dossier.coverage import measure_coverage
    from dossier.quotes import group_quotes
    from dossier.reports import timeline_pages

    def rendered(days: int) -> list[SimpleNamespace]:
        index = _timeline_index(days)
        coverage = measure_coverage(index, group_quotes(index.quotes), index.citations)
        pages = []
        for uri, text in timeline_pages(index, coverage).items():
            md = markdown.Markdown(extensions=["attr_list", "tables", "toc"])
            html = md.convert(text)
            pages.append(SimpleNamespace(meta={}, content=html, toc=get_toc(md.toc_tokens), url=uri, title="Timeline"))
        return pages

    def indexed(pages: list[SimpleNamespace]) -> None:
        search = SearchIndex()
        for page in pages:
            search.add_entry_from_context(page)

    assert growth(indexed, rendered, 2_000) < GROWTH_LIMIT


def test_a_quoted_note_sentence_of_many_unclosed_runs_of_backticks_is_read_in_linear_time() -> None:
    # Runs of 1, 2, ... n backticks, none closed: each opening searched the rest of the sentence for
    # its close. The sentence grows with n*n, so the time per character is compared, at 4n over n:
    # linear work reads about 1, the search read 3.5 (and more for longer sentences).
    def per_character(n: int) -> float:
        sentence = " x ".join("`" * k for k in range(1, n + 1))
        return _best(lambda: quoted_note(sentence, lambda _: None)) / len(sentence)

    per_character(150)  # warm the compiled patterns
    assert min(per_character(600) / per_character(150) for _ in range(GROWTH_TRIES)) < PER_CHARACTER_GROWTH_LIMIT


def test_publisher_lines_of_spaces_are_linear() -> None:
    # A "You are here:" breadcrumb whose spaces three quantifiers could share (cubic: 130 s at
    # 10,000), and a name before a copyright mark after a run of spaces.
    read = metadata_around(HEADLINE, "", SENTENCE, "", LINE)
    assert growth(read, lambda n: "You are here:" + " " * n + "x", 2000) < GROWTH_LIMIT
    assert growth(read, lambda n: "Harbour" + " " * n + "x © Harbour Press 2008", 2000) < GROWTH_LIMIT


def test_a_frame_naming_a_site_in_a_long_line_is_read_in_linear_time() -> None:
    # "About <name>" and "<name> on Facebook": the name is bounded, so a long line after the frame's
    # word (spaces, or words and no network) is read once.
    from dossier.selfnaming import framed_name

    assert growth(framed_name, lambda n: "About " + " " * n + "x", 4000) < GROWTH_LIMIT
    assert growth(framed_name, lambda n: "x " * n + "on Facebook", 4000) < GROWTH_LIMIT
    assert growth(framed_name, lambda n: "Harbour" + " on" * n, 4000) < GROWTH_LIMIT


def test_discovery_of_many_everyday_words_shouted_once_is_linear() -> None:
    # Each word in capitals between lowercase words ("they sell FREE quotes") asked whether the text
    # writes it once: the text was searched again for each, so distinct shouted words took the
    # square of the text.
    from dossier.lexicon import frequent_words

    words = sorted(w for w in frequent_words() if w.isalpha() and len(w) >= 5)
    registry = load_registry(None)

    def make(n: int) -> str:
        assert len(words) >= n
        return "\n\n".join(f"they sell {w.upper()} quotes here." for w in words[:n])

    assert growth(lambda t: find_mentions(t, registry), make, 300) < GROWTH_LIMIT


def test_titles_looked_for_again_across_the_text_are_found_in_linear_time() -> None:
    # Each quoted or linked title is looked for where the text writes it plain: a search of the whole
    # text per title took the square of a text of many titles.
    from dossier.claims import claim_whole_names
    from dossier.lexicon import frequent_words

    words = sorted(w for w in frequent_words() if w.isalpha() and len(w) >= 5)
    registry = load_registry(None)

    def make(n: int) -> str:
        assert len(words) >= 2 * n
        return "\n".join(
            f'Fans of "{a.title()} of the {b.title()}" met, and *{b.title()} on the {a.title()}* ran on.'
            for a, b in zip(words[:n], words[n : 2 * n], strict=True)
        )

    assert growth(lambda t: claim_whole_names(t, registry, []), make, 200) < GROWTH_LIMIT


def test_dates_in_a_long_run_of_underscores_inside_a_word_are_linear() -> None:
    # An emphasis underscore was looked for from each underscore of a run, each read to the run's end.
    # (Read past the cache of `date_spans`, which would give each run after the first for free.)
    assert growth(date_spans.__wrapped__, lambda n: "x" + "_" * n + "y 2008", 2000) < GROWTH_LIMIT
