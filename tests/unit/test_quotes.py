"""Quotations found in pages, attributed to speakers, and grouped across pages."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.quotes import MAX_POSTING, MIN_WORDS, Quote, QuoteGroup, find_quotes, group_quotes


def people_in(markdown: str, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """Return the linker's person spans: every whole-word occurrence of each spelling."""
    spans = []
    for spelling, entity in names.items():
        spans += [(m.start(), m.end(), entity) for m in re.finditer(rf"(?<!\w){re.escape(spelling)}(?!\w)", markdown)]
    return sorted(spans)


PUTIN = {"Putin": "Vladimir Putin"}

# (markdown, person spellings -> entity, expected [(anchor, text, speaker)])
FIND_CASES = {
    "curly, speaker before with a long clause": (
        "Putin said to RIA Novosti at a forum in Vladivostok, “To say we’re ready to do this today – so far "
        "it’s premature.”\n{: #L9 }\n",
        PUTIN,
        [("L9", "To say we’re ready to do this today – so far it’s premature.", "Vladimir Putin")],
    ),
    "straight marks, trailing comma dropped, no person named": (
        '"This was not a close case at all," said a spokesman for the office.\n{: #L3 }\n',
        {},
        [("L3", "This was not a close case at all", None)],
    ),
    "single marks inside double stay in the text": (
        "“You click ‘I agree’ on everything you are shown,” said Dillon resident Mark Oyelaran.\n{: #L4 }\n",
        {"Mark Oyelaran": "Mark Oyelaran"},
        [("L4", "You click ‘I agree’ on everything you are shown", "Mark Oyelaran")],
    ),
    "single marks as the outer quotes, apostrophes inside": (
        "‘We don’t know who those crews were, but they held it,’ the farmer said.\n{: #L2 }\n",
        {},
        [("L2", "We don’t know who those crews were, but they held it", None)],
    ),
    "a quote split by its attribution gives two quotes, one speaker": (
        "Putin outlined his options. “We really want to create some kind of coalition against terror,” "
        "Putin said. “To this end, we hold consultations with our American partners.”\n{: #L21 }\n",
        PUTIN,
        [
            ("L21", "We really want to create some kind of coalition against terror", "Vladimir Putin"),
            ("L21", "To this end, we hold consultations with our American partners.", "Vladimir Putin"),
        ],
    ),
    "scare quotes are not quotations": (
        'Putin backed the "moderate" rebels and a “two-faced stance” of the “fight against terror”.\n{: #L1 }\n',
        PUTIN,
        [],
    ),
    "headings, code, comments are skipped": (
        "# “This heading is not a quotation at all, friends”\n\n"
        "```\n“This fenced block is not a quotation either, friends,” she said.\n```\n\n"
        "Use `“inline code is not a quotation either, my friends”` here.\n\n"
        "<!-- “A comment is not a quotation either, my dear friends” -->\n",
        {},
        [],
    ),
    "anchors are read, a note paragraph has none": (
        "“The first quotation has more than six words in it.”\n{: #L3 }\n\n"
        "“The second quotation has more than six words too.”\n",
        {},
        [
            ("L3", "The first quotation has more than six words in it.", None),
            (None, "The second quotation has more than six words too.", None),
        ],
    ),
    "escaped Markdown is returned as written": (
        "Kerry said: “The \\*secret\\* plan &amp; the \\[draft\\] are not our policy.”\n{: #L7 }\n",
        {"Kerry": "John Kerry"},
        [("L7", "The \\*secret\\* plan &amp; the \\[draft\\] are not our policy.", "John Kerry")],
    ),
    "a quotation running over paragraphs": (
        "“We will rebuild every home that was lost in the storm,” Mayor Ron Kirstein said. “It will take years, "
        "and it will take all of us.\n{: #L3 }\n\n“But we have done it before, and we will do it again.”\n{: #L5 }\n",
        {"Ron Kirstein": "Ron Kirstein"},
        [
            ("L3", "We will rebuild every home that was lost in the storm", "Ron Kirstein"),
            ("L3", "It will take years, and it will take all of us.", "Ron Kirstein"),
            ("L5", "But we have done it before, and we will do it again.", "Ron Kirstein"),
        ],
    ),
    "a continued quotation takes the speaker named at its end": (
        "“We will rebuild every home that was lost in the storm.\n\n“It will take years, and all of us,” Kirstein said.\n",
        {"Kirstein": "Ron Kirstein"},
        [
            (None, "We will rebuild every home that was lost in the storm.", "Ron Kirstein"),
            (None, "It will take years, and all of us", "Ron Kirstein"),
        ],
    ),
    "a paragraph of quotation alone goes on with the last speaker": (
        "“The bridge will stay shut until the engineers have checked every cable,” Mayor Ron Kirstein said.\n"
        "{: #L3 }\n\n“Nobody crosses it before then, not even the buses.”\n{: #L5 }\n",
        {"Ron Kirstein": "Ron Kirstein"},
        [
            ("L3", "The bridge will stay shut until the engineers have checked every cable", "Ron Kirstein"),
            ("L5", "Nobody crosses it before then, not even the buses.", "Ron Kirstein"),
        ],
    ),
    "a quotation paragraph with its own cue keeps it": (
        "“The bridge will stay shut until the engineers have checked every cable,” Kirstein said.\n\n"
        "“Nobody crosses it before then, not even the buses,” a council engineer said.\n",
        {"Kirstein": "Ron Kirstein"},
        [
            (None, "The bridge will stay shut until the engineers have checked every cable", "Ron Kirstein"),
            (None, "Nobody crosses it before then, not even the buses", None),
        ],
    ),
    "a person named after the last quotation breaks the run": (
        "“The bridge will stay shut until the engineers have checked every cable,” Kirstein said, and Anna Berg "
        "disagreed.\n\n“Nobody crosses it before then, not even the buses.”\n",
        {"Kirstein": "Ron Kirstein", "Anna Berg": "Anna Berg"},
        [
            (None, "The bridge will stay shut until the engineers have checked every cable", "Ron Kirstein"),
            (None, "Nobody crosses it before then, not even the buses.", None),
        ],
    ),
    "a plain paragraph between breaks the run": (
        "“The bridge will stay shut until the engineers have checked every cable,” Kirstein said.\n\n"
        "The council meets again on Monday.\n\n“Nobody crosses it before then, not even the buses.”\n",
        {"Kirstein": "Ron Kirstein"},
        [
            (None, "The bridge will stay shut until the engineers have checked every cable", "Ron Kirstein"),
            (None, "Nobody crosses it before then, not even the buses.", None),
        ],
    ),
    "a quotation over paragraphs that names its speaker at its end keeps that one": (
        "“The bridge will stay shut until the engineers have checked every cable,” Kirstein said.\n\n"
        "“Nobody crosses it before then, not even the buses.\n\n“We will pay for the ferry,” Anna Berg added.\n",
        {"Kirstein": "Ron Kirstein", "Anna Berg": "Anna Berg"},
        [
            (None, "The bridge will stay shut until the engineers have checked every cable", "Ron Kirstein"),
            (None, "Nobody crosses it before then, not even the buses.", "Anna Berg"),
            (None, "We will pay for the ferry", "Anna Berg"),
        ],
    ),
    "an unclosed mark not continued by the next paragraph is no quotation": (
        "He said “this sentence never closes and it goes on and on\n\nThe next paragraph is plain.\n",
        {},
        [],
    ),
}

LONG = "We will not send ground troops into that war this year"  # eleven words, no comma
# (markdown, person spellings -> entity, expected speaker of the one quotation)
SPEAKER_CASES = {
    "X said after": (f"“{LONG},” Putin said.", PUTIN, "Vladimir Putin"),
    "said X after": (f"“{LONG},” said Putin.", PUTIN, "Vladimir Putin"),
    "X said: before": (f"Putin said: “{LONG}.”", PUTIN, "Vladimir Putin"),
    "according to X": (f"According to Putin, “{LONG}.”", PUTIN, "Vladimir Putin"),
    "X told reporters:": (f"Putin told reporters: “{LONG}.”", PUTIN, "Vladimir Putin"),
    "X told Y: is X": (f"Putin told Obama: “{LONG}.”", {**PUTIN, "Obama": "Barack Obama"}, "Vladimir Putin"),
    "title words before the name": (
        f"“{LONG},” NSIA director Hilde Aasen told reporters.",
        {"Hilde Aasen": "Hilde Aasen"},
        "Hilde Aasen",
    ),
    "apposition between name and verb": (
        f"“{LONG},” Inês Carvalho, a spokesperson for the movement, told the crowd.",
        {"Inês Carvalho": "Inês Carvalho"},
        "Inês Carvalho",
    ),
    "a source close to X is not X": (f"“{LONG},” a source close to Putin said.", PUTIN, None),
    "X's spokesman is the spokesman": (
        f"“{LONG},” Putin's spokesman Dmitry Peskov said.",
        {**PUTIN, "Dmitry Peskov": "Dmitry Peskov"},
        "Dmitry Peskov",
    ),
    "no person named": (f"“{LONG},” the ministry said.", PUTIN, None),
    "he said, one person before": (
        f"Putin spoke in Vladivostok on Friday. “{LONG},” he said.",
        PUTIN,
        "Vladimir Putin",
    ),
    "he said, two people before: ambiguous": (
        f"Putin met Obama in Paris on Friday. “{LONG},” he said.",
        {**PUTIN, "Obama": "Barack Obama"},
        None,
    ),
    "he said, person in the previous paragraph": (
        f"Putin spoke in Vladivostok on Friday.\n\nHe said he had “{LONG}.”",
        PUTIN,
        "Vladimir Putin",
    ),
    "a name inside an earlier quote is not a referent": (
        f"“I spoke with Obama,” Putin said. “{LONG},” he added.",
        {**PUTIN, "Obama": "Barack Obama"},
        "Vladimir Putin",
    ),
    "a full stop ends the quote's sentence": (f"“{LONG}.” Putin said the talks had failed.", PUTIN, None),
    "a second clause with its own subject": (
        f"Putin said the plan was dead, and critics called it “{LONG}.”",
        PUTIN,
        None,
    ),
    "a scare quote inside the attribution": (
        f"Putin said the “moderate” rebels would hear “{LONG}.”",
        PUTIN,
        "Vladimir Putin",
    ),
}


@pytest.mark.parametrize("markdown, names, expected", FIND_CASES.values(), ids=FIND_CASES.keys())
def test_find_quotes(markdown: str, names: dict[str, str], expected: list[tuple[str | None, str, str | None]]) -> None:
    quotes = find_quotes("sources/a.md", markdown, people_in(markdown, names))
    assert [(q.anchor, q.text, q.speaker) for q in quotes] == expected
    for q in quotes:  # the offset points at the quotation's first word
        assert q.page == "sources/a.md"
        assert markdown[q.start :].startswith(q.text.split()[0])
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@pytest.mark.parametrize("markdown, names, speaker", SPEAKER_CASES.values(), ids=SPEAKER_CASES.keys())
def test_speaker_cues(markdown: str, names: dict[str, str], speaker: str | None) -> None:
    quotes = find_quotes("sources/a.md", markdown, people_in(markdown, names))
    assert [q.text.rstrip(".") for q in quotes] == [LONG]
    assert quotes[0].speaker == speaker


def test_partial_quotes_share_the_sentence_speaker() -> None:
    markdown = (
        "Her manager, Gianni Ferraro, said in a statement that Rotich “has never knowingly taken any prohibited "
        "substance” and would “use every legal means to prove her innocence.”\n"
    )
    names = {"Gianni Ferraro": "Gianni Ferraro", "Rotich": "Agnes Rotich"}
    quotes = find_quotes("sources/a.md", markdown, people_in(markdown, names))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("has never knowingly taken any prohibited substance", "Gianni Ferraro"),
        ("use every legal means to prove her innocence.", "Gianni Ferraro"),
    ]


def test_min_words_is_the_cut() -> None:
    five, six = "one two three four five", "one two three four five six"
    assert MIN_WORDS == 6  # the cases below are written for it
    assert find_quotes("a.md", f"“{five}”") == []
    assert [q.text for q in find_quotes("a.md", f"“{six}”")] == [six]


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("Supporters wore “Make America Great Again Once More” hats.", False),
        ("He signed copies of “The Art of the Deal and Other Stories” at the fair.", False),
        ("“We Will Rebuild This Town Together,” the banner read.", False),
        ("“We will rebuild this town together,” the mayor said.", True),
        ("“Ukraine and Russia must return to the table,” Macron said.", True),  # names are capitalised too
    ],
)
def test_titles_and_slogans_are_not_quotations(markdown: str, kept: bool) -> None:
    assert bool(find_quotes("a.md", markdown)) is kept


def q(page: str, text: str, speaker: str | None = None, start: int = 0) -> Quote:
    return Quote(page, None, text, speaker, start)


FULL = "To say we’re ready to do this today is premature. But we are already giving Syria quite serious help."


def test_group_exact_wordings() -> None:
    quotes = [
        q("sources/d.md", FULL, "Vladimir Putin"),
        q("sources/c.md", FULL, None),
        q("sources/a.md", FULL.replace("’", "'").upper(), None),
        q("sources/b.md", FULL.replace(".", "!").replace("we’re", "we\\’re"), "Vladimir Putin"),
        q("sources/a.md", "Something else entirely was said by somebody else today."),
    ]
    groups = group_quotes(quotes)
    assert [g.pages for g in groups] == [
        ("sources/a.md", "sources/b.md", "sources/c.md", "sources/d.md"),
        ("sources/a.md",),
    ]
    first = groups[0]
    assert first.speaker == "Vladimir Putin"
    assert [x.page for x in first.quotes] == ["sources/a.md", "sources/b.md", "sources/c.md", "sources/d.md"]
    assert first.text == FULL  # one key; shown in its most common exact wording (twice), not a.md's first


def test_group_text_tie_is_the_first_by_page() -> None:
    groups = group_quotes([q("sources/b.md", FULL), q("sources/a.md", FULL.upper())])
    assert [g.text for g in groups] == [FULL.upper()]


def test_group_text_is_the_most_common_wording() -> None:
    short = "But we are already giving Syria quite serious help."
    groups = group_quotes([q("sources/a.md", FULL), q("sources/b.md", short), q("sources/c.md", short.lower())])
    assert len(groups) == 1
    assert groups[0].text == short  # two carry the cut wording, one the full


def test_group_reworded_and_truncated() -> None:
    reworded = FULL.replace("quite serious", "very serious")
    first, second = FULL.split(". ", 1)
    groups = group_quotes(
        [
            q("sources/a.md", FULL),
            q("sources/b.md", reworded),
            q("sources/c.md", second),
            q("sources/d.md", first + "."),
        ]
    )
    assert len(groups) == 1
    assert groups[0].pages == ("sources/a.md", "sources/b.md", "sources/c.md", "sources/d.md")
    assert groups[0].text == FULL  # all once: the longest wording


def test_two_cuts_join_through_the_full_quote_only() -> None:
    first, second = FULL.split(". ", 1)
    assert len(group_quotes([q("sources/a.md", first), q("sources/b.md", second)])) == 2
    assert len(group_quotes([q("sources/a.md", first), q("sources/b.md", second), q("sources/c.md", FULL)])) == 1


def test_different_quotes_with_a_common_phrase_stay_apart() -> None:
    one = "We will defend the United States and Russia from this threat"
    two = "Cooperation between the United States and Russia is essential for peace"
    three = "Nobody in the United States and Russia wanted this war to start"
    groups = group_quotes(
        [q("sources/a.md", one), q("sources/b.md", two), q("sources/c.md", three), q("sources/d.md", one)]
    )
    assert sorted((g.pages, g.text) for g in groups) == [
        (("sources/a.md", "sources/d.md"), one),
        (("sources/b.md",), two),
        (("sources/c.md",), three),
    ]
    # Short quotes where the phrase is half the shingles: it takes MIN_SHARED runs, not three, to join.
    short = [
        "Talks between the United States and Russia resumed",
        "Relations with the United States and Russia are strained",
    ]
    assert len(group_quotes([q("sources/a.md", short[0]), q("sources/b.md", short[1])])) == 2


def test_group_order_and_speaker_ties() -> None:
    quotes = [
        q("sources/a.md", "Zebras were seen crossing the river at dawn today", "B Person"),
        q("sources/b.md", "Zebras were seen crossing the river at dawn today", "A Person"),
        q("sources/c.md", "Many lions were sleeping under the trees all day"),
        q("sources/a.md", "Antelopes grazed quietly near the northern lake shore", None),
        q("sources/c.md", "Many lions were sleeping under the trees all day", start=9),
    ]
    groups = group_quotes(quotes)
    # Most pages first, then by text; one page twice counts once.
    assert [g.text for g in groups] == [
        "Zebras were seen crossing the river at dawn today",
        "Antelopes grazed quietly near the northern lake shore",
        "Many lions were sleeping under the trees all day",
    ]
    assert groups[0].speaker == "A Person"  # one each: the first by name
    assert groups[1].speaker is None
    assert groups[2].pages == ("sources/c.md",) and len(groups[2].quotes) == 2


def test_empty() -> None:
    assert group_quotes([]) == []
    assert find_quotes("a.md", "") == []


# Hypothesis: quotes drawn from a few sentences, each written in ways that fold to the same key.
SENTENCES = [
    FULL,
    "We really want to create some kind of an international coalition to fight terrorism and extremism.",
    "The secretary made clear that these actions could further escalate the conflict in the region.",
    "Nowhere in rebel-controlled Syria is there a secular fighting force to speak of.",
    "It certainly appears as though they are continuing to support the Assad regime.",
]
FOLDS = [
    lambda s: s,
    str.upper,
    lambda s: s.replace("’", "'").replace(".", "!"),
    lambda s: s.replace(" ", "  ").replace(",", " ,"),
    lambda s: s.replace("-", "\\-").replace("’", "&#8217;"),
]
CUTS = [
    lambda s: s,
    lambda s: " ".join(s.split()[: len(s.split()) // 2 + 3]),
    lambda s: " ".join(s.split()[len(s.split()) // 2 - 3 :]),
    lambda s: s.replace("the ", "a ", 1),
]
quote_draws = st.lists(
    st.tuples(
        st.integers(0, len(SENTENCES) - 1),
        st.integers(0, len(CUTS) - 1),
        st.integers(0, len(FOLDS) - 1),
        st.sampled_from(["sources/a.md", "sources/b.md", "notes/n.md"]),
        st.integers(0, 50),
        st.sampled_from([None, "Vladimir Putin", "John Kerry"]),
    ),
    max_size=25,
)


def _build(draws: list[tuple[int, int, int, str, int, str | None]]) -> list[Quote]:
    return [q(page, FOLDS[f](CUTS[c](SENTENCES[s])), speaker, start) for s, c, f, page, start, speaker in draws]


@given(quote_draws)
def test_every_quote_is_in_exactly_one_group(draws) -> None:
    quotes = _build(draws)
    groups = group_quotes(quotes)
    assert Counter(x for g in groups for x in g.quotes) == Counter(quotes)
    assert all(g.quotes and g.text in {x.text for x in g.quotes} for g in groups)
    assert [(-len(g.pages), g.text) for g in groups] == sorted((-len(g.pages), g.text) for g in groups)


@given(quote_draws, st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_input_order(draws, rnd) -> None:
    quotes = _build(draws)
    shuffled = list(quotes)
    rnd.shuffle(shuffled)
    assert group_quotes(shuffled) == group_quotes(quotes)


@given(quote_draws)
def test_folded_wordings_share_a_group(draws) -> None:
    quotes = _build(draws)
    group_of = {x: i for i, g in enumerate(group_quotes(quotes)) for x in g.quotes}
    by_wording: dict[tuple[int, int], set[int]] = {}
    for (s, c, *_), x in zip(draws, quotes, strict=True):
        by_wording.setdefault((s, c), set()).add(group_of[x])
    assert all(len(ids) == 1 for ids in by_wording.values())  # any fold of one cut: one group
    per_sentence = {s: set().union(*(ids for (t, _), ids in by_wording.items() if t == s)) for s, _ in by_wording}
    for s, ids in per_sentence.items():  # the cuts of one sentence: one group when the full one is there
        assert (s, 0) not in by_wording or len(ids) == 1
    for s, t in itertools.combinations(per_sentence, 2):  # different sentences never share a group
        assert not per_sentence[s] & per_sentence[t]


def _corpus(seed: int) -> tuple[list[Quote], list[set[Quote]]]:
    """Return about 20,000 quotes of known grouping: shared, cut, reworded, and hundreds with one stock phrase."""
    rnd = random.Random(seed)
    vocab = [f"w{i}" for i in range(90_000)]  # distinct bases share no word run by chance
    rnd.shuffle(vocab)
    words = iter(vocab)
    stock = "in the fight against terrorism and extremism".split()
    quotes, expected = [], []
    for b in range(3_600):
        if b < MAX_POSTING + 100:
            # Two words, the stock phrase, two words: 5 of 9 shingles shared with hundreds of other quotes,
            # enough to join them all were the stock phrase's shingles not skipped as evidence.
            base = [next(words), next(words), *stock, next(words), next(words)]
        else:
            base = [next(words) for _ in range(rnd.randint(16, 24))]
        members = set()
        for c in range(rnd.choice([1, 1, 2, 3, 5, 8, 20])):
            w = list(base)
            kind = rnd.random() if b >= MAX_POSTING + 100 else 0.0
            if kind > 0.8:
                w = w[: len(w) // 2]  # cut to the first half
            elif kind > 0.6:
                w[len(w) // 2] = next(words)  # one word changed
            elif kind > 0.4:
                w = [x.upper() for x in w]
            text = " ".join(w) + rnd.choice([".", "!", ""])
            members.add(Quote(f"sources/{rnd.randrange(5_000):04d}.md", f"L{c}", text, None, rnd.randrange(10_000)))
        quotes += members
        expected.append(members)
    return quotes, expected


def test_generated_corpus_groups_as_built() -> None:
    quotes, expected = _corpus(seed=11)
    assert len(quotes) > 19_000
    groups = group_quotes(quotes)
    assert len(groups) == len(expected)
    assert {frozenset(g.quotes) for g in groups} == {frozenset(m) for m in expected}
    for g in groups:
        assert list(g.quotes) == sorted(g.quotes, key=lambda x: (x.page, x.start))
        assert g.pages == tuple(sorted({x.page for x in g.quotes}))
    assert [(-len(g.pages), g.text) for g in groups] == sorted((-len(g.pages), g.text) for g in groups)


def test_quote_group_pages_are_distinct_in_order() -> None:
    group = QuoteGroup("t", (q("a.md", "t"), q("a.md", "t", start=5), q("b.md", "t")), None)
    assert group.pages == ("a.md", "b.md")


@settings(max_examples=50)
@given(st.text(alphabet=st.sampled_from(list("ab “”\"‘’'\n#`*\\{}:.,L1")), max_size=120))
def test_find_quotes_never_fails_and_offsets_hold(markdown: str) -> None:
    for x in find_quotes("a.md", markdown):
        assert len(x.text.split()) >= 1 and markdown[x.start :].startswith(x.text.split()[0])
