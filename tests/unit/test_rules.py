"""dossier.rules: the matcher picks exactly the rule that trying every pattern in turn picks."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.clean import plain_text, word_count
from dossier.rules import CASE_FOLD_TRAPS, Rule, RuleMatcher, default_rules, load_rules

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


def test_case_fold_traps_are_every_character_that_folds_to_ascii():
    ascii_letter = re.compile("[\x00-\x7f]", re.I)
    traps = {
        chr(c)
        for c in range(0x80, sys.maxunicode + 1)
        if ascii_letter.match(chr(c)) or any(ord(x) < 128 for x in chr(c).lower() + chr(c).upper())
    }
    assert traps == set(CASE_FOLD_TRAPS)


def test_the_built_in_rules_on_every_line_of_the_seeds_and_the_regression_corpus():
    rules = default_rules()
    matcher = RuleMatcher(rules)
    for text in corpus_lines():
        for words in {word_count(text), 1, 7, 13, 30, 50, 80, 200}:
            assert matcher.first_match(text, words) == naive(rules, text, words), text


# Patterns a user's table may hold: anchors inside groups, case-sensitive parts, back-references,
# verbose mode, inline flags, lookarounds, empty alternatives, escapes and sets holding "|".
USER_RULES = """
- {name: anchored-group, pattern: '(^|\\. )(read more|share)\\b|\\bsubscribe$'}
- {name: backref, pattern: '(\\w+) \\1|^(x)y\\2'}
- {name: conditional, pattern: '(a)?(?(1)b|c)d'}
- {name: verbose, pattern: '(?x) ^ foo \\s+ bar  # comment | not an alternative'}
- {name: inline-flags, pattern: '(?s)^a.b|(?-i:ABC)def', case_sensitive: true}
- {name: multiline, pattern: '(?m)^tail$|^head'}
- {name: look, pattern: '(?<=\\s)k\\b|(?!x)^q|(?=y)yes'}
- {name: empty, pattern: 'zzz|', max_words: 2}
- {name: sets, pattern: '[|]pipe|[\\]|]br|\\|esc|[^a-z|]{3}X'}
- {name: unicode, pattern: 'straße|^ßx|^©|\\bſtop|Δ$'}
- {name: string-start, pattern: '\\Afoo|bar\\Z'}
- {name: byline-like, pattern: '^(By|BY)\\s+[A-Z]\\w+', case_sensitive: true, max_words: 5}
"""

FRAGMENTS = [
    "read more", "Read More", "share", "SHARE", ". ", "subscribe", "the the", "xyx", "xyy", "abd", "cd", "foo bar",
    "foo  bar", "a\\nb", "ABCdef", "abcDEF", "head", "tail", "\\ntail", " k", "q", "yes", "zzz", "|pipe", "]br",
    "|esc", "12 X", "straße", "STRASSE", "ßx", "©", "ſtop", "STOP", "Δ", "İ", "\u212a", "\u212aeep", "ı", "By Jane", "BY JOE", "by jane",
    "Donate now", "Sign up for our newsletter", "Photo: Jane Doe/Reuters", "© 2024 Example News",
    "Advertisement", "2 min read", "Share this article", "Related:", "Getty Images", "(AP Photo/Jane Roe)",
    "All rights reserved.", "Image 1 of 5", " ", "  ", "\\t", "—", "’", "Ž",
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
    ("pattern", "parts"),
    [
        ("a|b", ["a", "b"]),
        ("(a|b)|c", ["(a|b)", "c"]),
        ("[|]|\\||x", ["[|]", "\\|", "x"]),
        ("[]|]|[^]|]|y", ["[]|]", "[^]|]", "y"]),
        ("a|", ["a", ""]),
    ],
)
def test_split_alternatives(pattern, parts):
    from dossier.rules import _split_alternatives

    assert _split_alternatives(pattern) == parts
