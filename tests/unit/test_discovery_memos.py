"""Discovery's memos give what the readings they keep give (output byte for byte the same)."""

from __future__ import annotations

import random

from dossier import discovery
from dossier.registry import Registry

_SPAN_PIECES = [
    "The", "But", "I", "US", "NASA", "THE", "Says", "Won't", "Doesn't", "That", "Your", "Acme", "QRX101",
    "Photo", "AP", "LAKE", "CHARLES", "Kim's", "O’Neill", "Lions", "for", "Lambs", "ATR", "72", "Die", "Q3",
]  # fmt: skip


def _old_names_nothing_shape(span: str) -> bool:
    return (
        span.lower() in discovery.COMMON
        and " " not in span
        and "'" not in span
        and "’" not in span
        and not (len(span) > 2 and span.isupper())
    )


def _old_headline_shape(span: str) -> bool:
    words = span.split()
    return len(words) >= 3 and any(
        (w.istitle() and w.lower() in discovery.HEADLINE_WORDS) or discovery._NEGATED_VERB.fullmatch(w)
        for w in words[1:-1]
    )


def test_a_spans_own_facts_are_those_its_tests_give(monkeypatch):
    """The memo of a span's own facts gives each test's answer, for spans asked once or again,
    after the memo started again (a small bound) too; the registry's names are still asked."""
    from dossier.notnames import holds_a_code
    from dossier.towns import is_capitals

    monkeypatch.setattr(discovery, "SPAN_FACTS_CACHE_SIZE", 50)
    rng = random.Random(11)
    spans = [" ".join(rng.choice(_SPAN_PIECES) for _ in range(rng.randint(1, 5))) for _ in range(400)]
    seen = {False: 0, True: 0}
    for span in spans * 2:
        facts = discovery._span_facts(span)
        assert facts == (
            _old_names_nothing_shape(span),
            _old_headline_shape(span),
            holds_a_code(span),
            is_capitals(span),
        )
        seen[facts[0]] += 1
        known = _registry_knowing(span)
        assert discovery._is_headline_run(span, Registry(), facts) == _old_headline_shape(span)
        assert discovery._names_nothing(span, "x " + span, 2, Registry(), facts) == _old_names_nothing_shape(span)
        # the registry's names stay
        assert not discovery._is_headline_run(span, known, facts) and not discovery._names_nothing(
            span, "x " + span, 2, known, facts
        )
    assert len(discovery._SPAN_FACTS) <= 50 and all(seen.values())
    assert sum(map(any, (discovery._span_facts(s)[1:] for s in spans))) > 20  # the other facts are said yes of too


def _registry_knowing(name: str) -> Registry:
    from dossier.model import Entity

    registry = Registry()
    registry.add(Entity(name, "organization"))
    return registry


def test_an_abbreviation_before_a_stop_is_read_from_the_last_word_as_the_pattern_finds_it():
    """`ends_with_abbreviation` answers as `_ABBREVIATION.search` on texts of abbreviations, words,
    stops, spaces of several kinds, brackets and line ends, at every end (a bracket or a space not
    taken for the pattern's, or the last word not read whole, fails)."""
    from dossier.sentencestarts import _ABBREVIATION, ends_with_abbreviation

    pieces = ["Dr", "Mr", "St", "Sept", "Jan", "J", "U.S", "D.C", "A.B.C", "No", "Not", "said", "Smith", "x"]
    signs = [".", ". ", ".\n", " ", "(", "\n", "\xa0", "\x1c", "\t", "!", ")", "'", ""]
    rng = random.Random(3)
    said = {False: 0, True: 0}
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(signs) for _ in range(rng.randint(1, 5)))
        for end in range(len(text) + 1):
            slow = _ABBREVIATION.search(text, 0, end) is not None
            assert ends_with_abbreviation(text, end) == slow, (text, end)
            said[slow] += 1
    assert min(said.values()) > 1000


def test_a_plural_head_is_searched_only_where_its_word_is_as_the_pattern_finds_it():
    """`holds_plural_head` answers as `_PLURAL_HEAD.search` on texts that hold each head word, in
    other words too, in capitals, glued or apart (a head word left out of the quick test fails)."""
    from dossier.claims import _PLURAL_HEAD, holds_plural_head
    from dossier.lexicon import PLURAL_HEADS

    pieces = [*PLURAL_HEADS, *(h.upper() for h in PLURAL_HEADS), "Acme", "and", "x", "s", "-", "'"]
    rng = random.Random(9)
    said = {False: 0, True: 0}
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\t", "\n", ","]) for _ in range(rng.randint(1, 4)))
        slow = _PLURAL_HEAD.search(text) is not None
        assert holds_plural_head(text) == slow, text
        said[slow] += 1
    assert min(said.values()) > 1000
    for head in PLURAL_HEADS:  # each head word alone finds its list
        assert holds_plural_head(f"Acme and Brenvik {head}")


def test_the_first_prefixed_brand_is_looked_for_where_the_two_letters_pattern_finds_it():
    """`first_brand_start` finds the first lowercase letter before a capital where "[a-z][A-Z]"
    does, on texts of both cases, letters outside ASCII and signs (a start one place off, or a
    capital after a letter outside ASCII taken, fails)."""
    import re

    two_letters = re.compile(r"[a-z][A-Z]")
    pieces = ["i", "Phone", "e", "Bay", "é", "É", "A", "b", " ", "-", "'", "x", "Y", "1", "\n"]
    rng = random.Random(8)
    said = 0
    for _ in range(30000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        slow = two_letters.search(body)
        assert discovery.first_brand_start(body) == (slow.start() if slow else None), body
        said += slow is not None
    assert said > 1000
    assert [m.text for _, m in discovery._prefixed_brands("Buy an iPhone on eBay.", Registry())] == ["iPhone", "eBay"]


def test_a_span_s_own_facts_are_read_once_where_it_stands(monkeypatch):
    """The tests before a span's reading (`_names_nothing`, `_is_headline_run`) and the reading
    itself share one read of its facts, where each read them (three reads of "Brellco Works")."""
    asked: list[str] = []
    facts = discovery._span_facts

    def counted(span: str) -> tuple[bool, bool, bool, bool]:
        asked.append(span)
        return facts(span)

    monkeypatch.setattr(discovery, "_span_facts", counted)
    found = discovery.find_mentions("Officials at Brellco Works said on Monday that Jane Qorvath had left.", Registry())
    assert {m.text for m in found} >= {"Brellco Works", "Jane Qorvath"}
    assert asked.count("Brellco Works") == 1 and asked.count("Jane Qorvath") == 1


def test_words_written_both_ways_are_counted_by_scans_when_few(monkeypatch):
    """A word a text writes capitalised inside sentences more often than in lowercase is no
    lowercase word of it: counted by a scan of the text's words where few are written both ways
    (no count of every word of the text, which the old reading made), by one count where many are."""
    from collections import Counter

    built: list[int] = []

    class Counted(Counter):
        def __init__(self, items=(), /):
            built.append(len(items) if isinstance(items, list) else 0)
            super().__init__(items)

    monkeypatch.setattr(discovery, "Counter", Counted)
    text = "Tags: monkey abuse harbhajan\nThen Harbhajan spun, and later Harbhajan bowled; the monkey ran."
    inside = Counter(discovery._CAPITALISED_INSIDE.findall(text))
    lowercase = discovery._lowercase_words(text, inside)
    assert "harbhajan" not in lowercase and {"monkey", "abuse", "spun"} <= lowercase
    assert not any(built)  # no count of the text's words
    many = " ".join(f"the word{c} fell." for c in "abcdefghijkl")  # twelve words, once in lowercase
    many += " " + " ".join(f"then Word{c} and Word{c} left." for c in "abcdefghijkl")  # twice capitalised
    inside = Counter(discovery._CAPITALISED_INSIDE.findall(many))
    assert not {f"word{c}" for c in "abcdefghijkl"} & discovery._lowercase_words(many, inside)
    assert any(built)  # past COUNTED_BY_SCANS_MAX: one count of every word
