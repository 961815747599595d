"""dossier.rules: every rule runs on RE2 in linear time, the set picks the rule that trying every
pattern in turn picks, and patterns RE2 cannot run are refused by name."""

from __future__ import annotations

import re
import signal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.linetext import plain_text, word_count
from dossier.rules import Rule, RuleMatcher, _found, _set_of, default_rules, load_rules, to_re2, top_level_branches

ROOT = Path(__file__).resolve().parents[2]


def naive(rules: tuple[Rule, ...], text: str, words: int) -> Rule | None:
    return next((r for r in rules if r.matches(text, words)), None)


def corpus_lines() -> list[str]:
    lines = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "corpus" / "tune" / "articles"):
        for path in sorted(folder.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                text = line.strip()
                if text:
                    lines += [text, plain_text(text)]
    return [t for t in lines if t]


def test_the_built_in_rules_on_every_line_of_the_seeds_and_the_regression_corpus():
    rules = default_rules()
    matcher = RuleMatcher(rules)
    for text in corpus_lines():
        for words in {word_count(text), 1, 7, 13, 30, 50, 80, 200}:
            assert matcher.first_match(text, words) == naive(rules, text, words), text


# Patterns a user's table may hold: anchors inside groups, case-sensitive parts, inline flags,
# empty alternatives, escapes and sets holding "|" or "]", Unicode.
USER_RULES = """
- {name: anchored-group, pattern: '(^|\\. )(read more|share)\\b|\\bsubscribe$'}
- {name: inline-flags, pattern: '(?s)^a.b|(?-i:ABC)def', case_sensitive: true}
- {name: multiline, pattern: '(?m)^tail$|^head'}
- {name: empty, pattern: 'zzz|', max_words: 2}
- {name: sets, pattern: '[|]pipe|[\\]|]br|\\|esc|[^a-z|]{3}X'}
- {name: unicode, pattern: 'straße|^ßx|^©|Δ$|^\\w+é$'}
- {name: string-start, pattern: '\\Afoo|bar\\z'}
- {name: byline-like, pattern: '^(By|BY)\\s+[A-Z]\\w+', case_sensitive: true, max_words: 5}
"""

FRAGMENTS = [
    "read more", "Read More", "share", "SHARE", ". ", "subscribe", "the the", "abd", "cd", "foo bar",
    "a\\nb", "ABCdef", "abcDEF", "head", "tail", "\\ntail", "zzz", "|pipe", "]br",
    "|esc", "12 X", "straße", "STRASSE", "ßx", "©", "Δ", "İ", "café", "Ž", "By Jane", "BY JOE", "by jane",
    "Donate now", "Sign up for our newsletter", "Photo: Jane Doe/Reuters", "© 2024 Example News",
    "Advertisement", "2 min read", "Share this article", "Related:", "Getty Images", "(AP Photo/Jane Roe)",
    "All rights reserved.", "Image 1 of 5", " ", "\xa0", "\\t", "—", "’", "Home | News | Sport",
]  # fmt: skip
RULES = load_rules(USER_RULES) + default_rules()
MATCHER = RuleMatcher(RULES)
lines = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), min_size=1, max_size=12).map(
    lambda parts: " ".join(parts).replace("\\n", "\n").replace("\\t", "\t").strip()
)


@settings(max_examples=1500, deadline=None)
@given(lines, st.integers(0, 60))
def test_any_line_with_built_in_and_user_rules(text, words):
    assert MATCHER.first_match(text, words) == naive(RULES, text, words)


@pytest.mark.parametrize(
    "pattern",
    [
        "(?<=\\s)k\\b",  # look-behind
        "(?!x)^q",  # look-ahead
        "(\\w+) \\1",  # back-reference
        "(a)?(?(1)b|c)d",  # conditional
        "a++",  # possessive repeat
        "(?>ab)",  # atomic group
        "(unclosed",
    ],
)
def test_a_pattern_re2_cannot_run_is_refused_naming_the_rule(pattern):
    with pytest.raises(ValueError, match=r"my-rules\.yml: rule 'mine' has a bad pattern"):
        load_rules(f"- name: mine\n  pattern: '{pattern}'\n", "my-rules.yml")


@pytest.mark.parametrize(
    ("pattern", "line", "found"),
    [
        (r"^\w+$", "Zürich", True),  # \w is every script's letters, as in Python
        (r"^[\w.-]+$", "São-Paulo.", True),
        (r"^\w+$", "Сергей", True),
        (r"^\w+$", "a b", False),
        (r"^[^\w]+$", "—·—", True),
        (r"\]", "a]b", True),
        (r"^[]a]+$", "]a]", True),
        (r"^[^]a]+$", "bcd", True),
        (r"^\s*share$", "\xa0share", True),  # Unicode spaces read as spaces
        # \b, \W and \d as Python reads them beside letters and digits outside ASCII
        (r"^Ad\b", "Ad", True),
        (r"^Ad\b", "Adélaïde Dupont won the race.", False),  # "é" goes on the word
        (r"\bna\b", "A naïve plan", False),
        (r"^Publicité\b", "Publicité", True),  # "é" ends the word
        (r"^Publicité\b", "Publicité : la suite", True),
        (r"^Publicité\b", "Publicités locales", False),
        (r"\bJosé\b", "José Martí spoke", True),
        (r"\bZürich\B", "Zürichsee", True),
        (r"\bphoto\b", "新闻photo", False),  # Chinese characters are word characters
        (r"\bphoto\b", "新闻 photo", True),
        (r"^\W+$", "é", False),
        (r"^\W+$", "«—»", True),
        (r"^[\W_]+$", "市议会", False),
        (r"^[\W_]+$", "_ · _", True),
        (r"^\d{4}$", "２０１７", True),  # full-width digits are digits
        (r"^\D+$", "２０１７", False),
    ],
)
def test_patterns_keep_python_meaning_of_word_characters(pattern, line, found):
    rule = load_rules(f"- name: r\n  pattern: '{pattern}'\n")[0]
    assert rule.matches(line, 1) is found
    assert bool(re.search(pattern, line.replace("\xa0", " "))) is found  # what Python's re says


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - only when a rule backtracks
    raise _Timeout


# Lines that make backtracking engines explode: dozens of "|"-separated menu items ending in a
# character the menu rule refuses, long runs of one character, capitalised words, brackets.
ADVERSARIAL = [
    " | ".join(["Weather Home", "Radar Maps", "Site Index", "About Us", "Contact Us", "Advertise"] * 8) + " | Help/Feedback",
    " | ".join(f"Item {i} word" for i in range(60)) + " !",
    "a" * 10_000 + "!",
    " ".join(["Abc"] * 2_500) + " ?",
    "[" * 10_000,
    "(" * 5_000 + "x",
    "By " + " ".join(["Jane Doe,"] * 1_000) + " and",
    "© " + "2024 " * 2_000 + "x",
    ("Share " * 2_000).strip() + " ~",
    "-" * 10_000 + "a",
]  # fmt: skip


@pytest.mark.parametrize("line", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_every_rule_finishes_on_long_adversarial_lines(line):
    # RE2 guarantees linear time; the alarm only turns a regression (a rule moved to a
    # backtracking engine) into a failure instead of a hung test run. Measured: about 1 ms a line.
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(10)
    try:
        for rule in RULES:
            rule.matches(line, 1)
        MATCHER.first_match(line, word_count(line))
    finally:
        signal.alarm(0)


# Patterns that name no letter outside ASCII: read exactly as Python reads them. (One that names
# such a letter must find it in the line, anywhere: see `BoundaryPlan`.) Digits outside ASCII
# ("２") keep RE2's ASCII boundaries: not among the fragments.
BOUNDARY_PATTERNS = [r"\bad\b", r"^na\b", r"\bz\w", r"ad\B", r"\b\w+e\b", r"\Bad\b", r"^\W+$", r"\d\b", r"\b\W"]
BOUNDARY_FRAGMENTS = ["ad", "Ad", "na", "é", "É", "zü", "Zü", "中", "新闻", "ï", "_", "1", "·", "’", "-", "ade"]
boundary_lines = st.lists(st.sampled_from(BOUNDARY_FRAGMENTS), min_size=1, max_size=6).flatmap(
    lambda parts: st.lists(st.sampled_from(["", " "]), min_size=len(parts), max_size=len(parts)).map(
        lambda gaps: "".join(g + p for g, p in zip(gaps, parts, strict=True)).strip()
    )
)
BOUNDARY_RULES = load_rules("\n".join(f"- {{name: b{i}, pattern: '{p}'}}" for i, p in enumerate(BOUNDARY_PATTERNS)))


@settings(max_examples=1500, deadline=None)
@given(boundary_lines)
def test_word_boundaries_beside_letters_outside_ascii_are_pythons(text):
    python = [r.name for r in BOUNDARY_RULES if re.search(r.source, text, re.IGNORECASE)]
    assert [r.name for r in BOUNDARY_RULES if r.matches(text, 1)] == python
    found = RuleMatcher(BOUNDARY_RULES).first_match(text, 1)
    assert (found.name if found else None) == (python[0] if python else None)


def test_word_class_is_rewritten_only_where_it_stands_for_word_characters():
    assert to_re2(r"\w") == r"[\p{L}\p{N}\p{M}_]"
    assert to_re2(r"[\w.-]") == r"[\p{L}\p{N}\p{M}_.-]"
    assert to_re2(r"\\w") == r"\\w"  # an escaped backslash, then a letter
    assert to_re2(r"[\]\w]") == r"[\]\p{L}\p{N}\p{M}_]"
    assert to_re2(r"\W") == r"[^\p{L}\p{N}\p{M}_]"
    assert to_re2(r"[\W_]") == r"(?:[^\p{L}\p{N}\p{M}_]|[_])"
    assert to_re2(r"[^\d,]") == r"[^\p{Nd},]"
    assert to_re2(r"[abc") == r"[abc"  # unclosed: left for RE2 to refuse


def test_a_pattern_is_split_into_its_top_level_alternatives_only():
    # Not inside a group, a class or after a backslash.
    assert top_level_branches(r"^share\b|(a|b)c|[|(]x|\|y|z") == [r"^share\b", "(a|b)c", "[|(]x", r"\|y", "z"]
    assert top_level_branches(r"[]|]a|b") == ["[]|]a", "b"]  # a "]" first in a class is a character
    assert top_level_branches("a|") == ["a", ""]


def test_a_pattern_that_sets_a_flag_or_quotes_a_literal_stays_whole():
    assert top_level_branches("(?i)Share|Tweet") == ["(?i)Share|Tweet"]  # the flag holds for both
    assert top_level_branches(r"\Qa|b\E|c") == [r"\Qa|b\E|c"]
    assert top_level_branches("(?i:Share)|Tweet") == ["(?i:Share)", "Tweet"]  # a group's flag is its own


def test_the_alternatives_at_a_line_start_are_read_apart_from_the_others():
    # One automaton over both built a state for each pair of their partial matches (see
    # `RuleMatcher.__init__`); the rule is found through either.
    rule = Rule("share", r"^share\b|\bshare this", kind="boilerplate")
    anchored, others = RuleMatcher((rule,))._all
    assert anchored[1] == [0] and others[1] == [0]  # one alternative of rule 0 in each set
    matcher = RuleMatcher((rule,))
    assert matcher.first_match("Share", 1) == rule
    assert matcher.first_match("Please share this page", 4) == rule
    assert matcher.first_match("A shared page", 3) is None


LINE_WORDS = [
    "Share", "this", "By", "Jane Doe", "©", "2016", "All rights reserved", "Photo:", "Reuters", "we use cookies",
    "Tags:", "|", "Advertisement", "5 min read", ".", "’", "click here", "donate today", "Related",
]  # fmt: skip


BUILT_IN_MATCHER = RuleMatcher(default_rules())
WHOLE_SET = _set_of([(i, r.source, r.case_sensitive) for i, r in enumerate(default_rules())])  # as before the split


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_WORDS), max_size=10))
def test_the_two_sets_find_the_rules_one_set_of_whole_patterns_finds(words):
    whole, (anchored, others) = WHOLE_SET, BUILT_IN_MATCHER._all
    line = " ".join(words)
    assert sorted(set(_found(anchored, line) + _found(others, line))) == sorted(set(_found(whole, line)))
