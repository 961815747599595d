"""Stage 1 is quicker (issue 14's speed target) and gives what it gave: each test checks the
answer against the slow road's, or that the slow road was not taken."""

from __future__ import annotations

import random
import re

import yaml

from dossier import claims, gazetteer, notnames, people, pipeline, repeatedlines, rules, spanpatterns
from dossier.cache import Stage1Cache
from dossier.model import Mention
from dossier.registry import load_registry
from dossier.resolution import resolve


def test_known_places_are_read_without_the_pure_python_yaml_parser(monkeypatch):
    gazetteer._known_places.cache_clear()
    monkeypatch.setattr(yaml, "safe_load", lambda *a, **k: (_ for _ in ()).throw(AssertionError("slow parser")))
    try:
        places = gazetteer._known_places()
    finally:
        gazetteer._known_places.cache_clear()
    assert "Britain" in places and "Burma" in places  # written-out names news uses for places
    assert "UK" not in places  # acronyms are left to the table itself


def _random_texts(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_span_pattern_opening_test_changes_no_match():
    # What a span may open with, tried first, leaves every match as the pattern without it finds.
    plain = re.compile(rf"{spanpatterns._SPAN_WORDS}(?: {spanpatterns._NUMBER})?(?!\w|-[A-Z\d])")
    assert spanpatterns.SPAN.pattern.startswith(spanpatterns._SPAN_OPENS)
    texts = [
        "Told by Mr. Jane Roe of al-Qasim Trading at 3rd Avenue, the de-Vries Group and bin-Salim.",
        "he said.India won; ibn-Rashid, van-Dam, le-Pen, el-Sayed met ÉLISE in Flight 2209 today",
        *_random_texts("aAbBdDeEiIlLvVsS .-'’&\t\n2#@/=<Éé", 4000, 35),
    ]
    for text in texts:
        assert [m.span() for m in spanpatterns.SPAN.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start in range(0, len(text), 7):
            found, expected = spanpatterns.SPAN.match(text, start), plain.match(text, start)
            assert (found and found.span()) == (expected and expected.span())


def test_nickname_pattern_opening_test_changes_no_match():
    # The pattern matches its capital first and looks back after it; looking back first (with or
    # without a lookahead for the capital before it, as it was written) finds the same.
    rest = r""" [\"“][A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?[\"”] ([A-Z][\w'’-]*[a-z])\b"""
    plain = re.compile(r"(?<![\w.'’-])((?:[A-Z]\.){1,3}|[A-Z][a-z]+)" + rest)
    assert claims._NICKNAMED.pattern.endswith(rest) and not claims._NICKNAMED.pattern.startswith("(?")
    pieces = ("Tom", "W.", "S.", "J.R.", "A.B.C.D.", " ", ' "Tip" ', " “Big Al” ", '"', "O'Neill", "Lee", ".", "-", "x")
    texts = [
        'Coach Thomas "Tip" O\u2019Neill met W.S. "Fluke" Holland and x.A.B. "Zed" Quill, not a"Bo" Diddley.',
        *_random_texts("AaBbZz. \"“”'’-W", 4000, 36),
    ]
    rng = random.Random(37)
    texts += ["".join(rng.choices(pieces, k=8)) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in claims._NICKNAMED.finditer(text)] == expected, text
        found += len(expected)
    assert found > 100  # the strings hold nicknames


def test_stage1_reads_each_sources_short_lines_once_for_the_shared_lines_and_the_cache_keys(tmp_path, monkeypatch):
    pages = {
        "a.txt": "Made-up headline one\n\nShare this story\n\nA sentence of the first story, written for the test.\n",
        "b.txt": "Made-up headline two\n\nShare this story\n\nA sentence of the second story, written for the test.\n",
        "c.txt": "Made-up headline three\n\nShare this story\n\nA sentence of the third story, written here.\n",
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = sorted(tmp_path.glob("*.txt"))
    read, short_lines = [], repeatedlines.short_lines

    def counted(lines: list[str]) -> set[str]:
        read.append(1)
        return short_lines(lines)

    monkeypatch.setattr(pipeline, "short_lines", counted)
    monkeypatch.setattr(repeatedlines, "short_lines", counted)
    cache = Stage1Cache(tmp_path / "cache")
    first = pipeline.analyse_sources(paths, pipeline.Options(), cache=cache)
    assert len(read) == len(paths)  # once per source, not once for the shared lines and again for the key
    again = pipeline.analyse_sources(paths, pipeline.Options(), cache=cache)
    assert cache.hits == len(paths)  # the keys are the keys the first run stored under
    assert [a.paragraphs for a in again.articles] == [a.paragraphs for a in first.articles]
    assert "Share this story" not in [p.text for a in first.articles for p in a.paragraphs]  # on every page: chrome
    assert repeatedlines.lines_in_common(map(repeatedlines.short_lines, [t.splitlines() for t in pages.values()])) == (
        repeatedlines.common_lines([t.splitlines() for t in pages.values()])
    )


def test_every_built_in_rule_compiles_on_its_own():
    # The check the built-in table no longer makes at every run (see `default_rules`).
    for rule in rules.default_rules():
        assert rule.pattern is not None, rule.name  # compiling raises ValueError for a bad pattern


def test_the_built_in_rules_are_read_without_compiling_each_pattern(monkeypatch):
    rules.default_rules.cache_clear()
    refuse = lambda *a: (_ for _ in ()).throw(AssertionError("compiled one by one"))  # noqa: E731
    monkeypatch.setattr(rules, "_compile", refuse)
    try:
        table = rules.default_rules()
    finally:
        rules.default_rules.cache_clear()
    assert len(table) > 1
    try:
        rules.load_rules("- {name: made-up, pattern: 'a(b'}\n")  # a user's table is still checked rule by rule
    except AssertionError:
        pass
    else:
        raise AssertionError("a user's rule was not compiled on its own")


def test_a_full_names_surname_keys_and_a_lone_surnames_near_keys_are_read_once_per_corpus(monkeypatch):
    read: list[str] = []
    ends, near = people._particle_ends, people._misspelt
    monkeypatch.setattr(people, "_particle_ends", lambda name: read.append(name) or ends(name))
    monkeypatch.setattr(people, "_misspelt", lambda index, key: read.append(key) or near(index, key))

    def files(n: int) -> dict[str, list[Mention]]:
        return {
            f"f{i}": [
                Mention("Tilda van Kerrow", "person", "capitalised span"),
                Mention("Kerow", "person", "speaker after"),  # one letter off: a slip for her surname
            ]
            for i in range(n)
        }

    resolved = resolve(files(1), load_registry(None))
    once = len(read)
    read.clear()
    resolved = resolve(files(5), load_registry(None))
    assert len(read) == once  # as many readings for five files as for one
    assert {doc: found["Kerow"].name for doc, found in resolved.items()} == dict.fromkeys(resolved, "Tilda van Kerrow")


def test_the_last_files_go_to_the_workers_in_small_batches_each_file_once_in_order():
    todo = list(range(3, 1003))  # the indexes of 1,000 files to analyse
    batches = pipeline.work_batches(todo, 2)
    assert [i for batch in batches for i in batch] == todo
    sizes = [len(batch) for batch in batches]
    small = [n for n in sizes if n < pipeline.BATCH_SIZE]
    assert sizes[: len(sizes) - len(small)] == [pipeline.BATCH_SIZE] * (len(sizes) - len(small))
    # what the two workers take last is cut small: at least two whole batches' worth, in small units
    assert max(small) == pipeline.TAIL_BATCH_SIZE < pipeline.BATCH_SIZE
    assert 2 * pipeline.BATCH_SIZE <= sum(small) < 3 * pipeline.BATCH_SIZE


def test_batches_without_local_workers_are_all_whole():
    batches = pipeline.work_batches(list(range(100)), 0)
    assert [len(b) for b in batches] == [pipeline.BATCH_SIZE] * 3 + [100 - 3 * pipeline.BATCH_SIZE]


def test_progress_says_each_multiple_passed_once_whatever_the_batch_sizes(capsys):
    from dossier import cli

    progress = cli.progress_lines()
    every = cli.PROGRESS_EVERY
    for done in [every - 8, every, every + 8, every + 16, 2 * every + 3, 2 * every + 5, 2 * every + 9]:
        progress(done, 2 * every + 9)
    lines = capsys.readouterr().err.splitlines()
    assert [line.split()[2] for line in lines] == [
        f"{n}/{2 * every + 9}" for n in (every, 2 * every + 3, 2 * every + 9)
    ]


def test_a_span_holds_a_code_as_the_character_by_character_test_tells():
    def slow(span: str) -> bool:  # the test as it was written: any character a digit, then a space
        if not any(c.isdigit() for c in span) or " " not in span:
            return False
        code = notnames._CODE_WORD.search(span)
        return code is not None and (code.end() < len(span) or span.count(" ") >= 2)

    spans = ["AP Photo QRX101", "Flight QZ038", "Acme ZX1708A High", "QRX101", "Boeing 777", "Area\u00b2 QRX101 x"]
    spans += _random_texts("QRXZ0123 \u00b2\u0663ab", 3000, 37)
    assert any(notnames.holds_a_code(s) for s in spans)
    for span in spans:
        assert notnames.holds_a_code(span) == slow(span)


def _club_files(n: int) -> dict[str, list[Mention]]:
    # Made-up clubs after real towns, in n files of sports news, and a person in each.
    return {
        f"f{i}": [
            Mention("Boise Hawks", "organization", "team after"),
            Mention("Leeds Rovers", "organization", "team after"),
            Mention("Boise", "place", "gazetteer"),
            Mention("Jane Doe", "person", "speaker after"),
        ]
        for i in range(n)
    }


def test_a_club_town_is_read_once_per_spelling_of_the_corpus(monkeypatch):
    from dossier import clubtowns
    from dossier.namecorpus import Corpus

    calls: list[tuple[str, ...]] = []
    is_team = clubtowns.is_team
    monkeypatch.setattr(clubtowns, "is_team", lambda words: calls.append(tuple(words)) or is_team(words))
    corpus = Corpus.read(_club_files(5))
    towns = [clubtowns.club_town(corpus, name) for _ in range(3) for name in corpus.count]
    assert towns[: len(corpus.count)] * 3 == towns  # the same answer each time it is asked
    assert dict(zip(corpus.count, towns, strict=False))["Boise Hawks"] == "Boise"
    assert len(calls) == len(set(calls)) == 2  # each club's name read once, however often asked


def test_no_town_stands_for_a_club_the_names_by_opening_are_not_read(monkeypatch):
    from dossier import clubtowns

    def never(*args, **kwargs):
        raise AssertionError("read although no town may join")

    monkeypatch.setattr(clubtowns, "_bodies_by_opening", never)
    files = {
        f"f{i}": [Mention("Jane Doe", "person", "speaker after"), Mention("Acme Corp", "organization")]
        for i in range(3)
    }
    resolved = resolve(files, load_registry(None))
    assert resolved["f0"]["Acme Corp"].name == "Acme Corp"


def test_warm_up_loads_the_dictionary_table_the_spans_ask_so_forked_workers_share_it(monkeypatch):
    # Each worker forked after `warm_up` used to read the dictionary table (`in_dictionary`, the
    # nickname stems) on its first span; loaded by `load_lexicon`, no span reads a table again.
    from dossier import lexicon

    lexicon.frequent_words.cache_clear()  # as in a new process, whatever the tests before read
    lexicon.load_lexicon()
    monkeypatch.setattr(lexicon, "derived_table", lambda *a, **k: (_ for _ in ()).throw(AssertionError("read again")))
    assert lexicon.in_dictionary("Broadcaster")
    assert lexicon.frequent_words(lexicon.NICKNAME_STEM_MIN_COUNT)
