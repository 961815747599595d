"""Line rules: named regular expressions, each for one kind of chrome, tried on one line at a time.

The built-in table is `data/boilerplate.yml`; a user's table of the same shape is tried first.
`RuleMatcher.first_match` returns the first rule (in table order) whose pattern `re.search`-es the
line, exactly as trying every pattern in turn would, but quickly: most lines are body paragraphs
that match no rule, and two dozen large patterns searched on every paragraph were most of
cleaning's time. So each pattern is taken apart once into its top-level alternatives, and each
alternative is keyed by literal text that all its matches hold: the words it starts with when it is
anchored at the start of the line ("^(share|tweet)..."), else a literal it holds anywhere
("newsletter", "all rights reserved", "/"). One Aho-Corasick pass over the lowercased line and a
look-up of its first characters tell which alternatives can match; only those are searched.

A pattern that cannot be taken apart safely (back-references, verbose mode) is searched whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from re import _constants as sre
from re import _parser as sre_parse

import ahocorasick

from .markup import load_yaml


@dataclass(frozen=True)
class Rule:
    """One named line rule from a rules table."""

    name: str
    pattern: re.Pattern[str]
    removes: str = ""
    max_words: int | None = None
    kind: str = "boilerplate"

    def matches(self, text: str, words: int) -> bool:
        """Tell whether the rule fires on a stripped line of `words` words."""
        if self.max_words is not None and words > self.max_words:
            return False
        return self.pattern.search(text) is not None


def load_rules(source: str | Path, origin: str = "") -> tuple[Rule, ...]:
    """Load a rules table from YAML text or a file; raise ValueError naming the bad entry."""
    text = Path(source).read_text(encoding="utf-8") if isinstance(source, Path) else source
    where = origin or (str(source) if isinstance(source, Path) else "rules")
    return _rules_from(load_yaml(text) or [], where)


@cache
def default_rules() -> tuple[Rule, ...]:
    """Return the built-in rules table."""
    text = resources.files("dossier.data").joinpath("boilerplate.yml").read_text(encoding="utf-8")
    return _rules_from(load_yaml(text) or [], "dossier/data/boilerplate.yml")


def _rules_from(entries: object, where: str) -> tuple[Rule, ...]:
    if not isinstance(entries, list):
        raise ValueError(f"{where}: a rules file holds a list of rules")
    rules = []
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, Mapping) or not entry.get("name") or not entry.get("pattern"):
            raise ValueError(f"{where}: rule {i} needs a name and a pattern")
        flags = 0 if entry.get("case_sensitive") else re.I
        try:
            pattern = re.compile(str(entry["pattern"]), flags)
        except re.error as exc:
            raise ValueError(f"{where}: rule {entry['name']!r} has a bad pattern: {exc}") from exc
        kind = entry.get("kind", "boilerplate")
        if kind not in ("boilerplate", "metadata"):
            raise ValueError(f"{where}: rule {entry['name']!r} has unknown kind {kind!r}")
        rules.append(Rule(str(entry["name"]), pattern, str(entry.get("removes", "")), entry.get("max_words"), kind))
    return tuple(rules)


def rule_matcher(rules: tuple[Rule, ...]) -> RuleMatcher:
    """Return the matcher of a rules table (built once per table and process)."""
    global _last_matcher
    if _last_matcher is None or _last_matcher.rules is not rules:  # the same table, document after document
        _last_matcher = _matcher(rules)
    return _last_matcher


_last_matcher: RuleMatcher | None = None


@lru_cache(maxsize=8)
def _matcher(rules: tuple[Rule, ...]) -> RuleMatcher:
    # Keyed by value: a table unpickled again (a Dask worker's options) finds its matcher.
    return RuleMatcher(rules)


class RuleMatcher:
    """A rules table, taken apart into alternatives that a literal look-up rules out quickly."""

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        self._alternatives = [_take_apart(rule.pattern) for rule in rules]
        alternatives = [alt for alts in self._alternatives for alt in alts]
        # One pass of an automaton finds the literals an alternative needs anywhere in the line; a
        # line's first characters, cut at the length of each literal that may start a line, are
        # looked up for the alternatives anchored at the start.
        self._automaton = ahocorasick.Automaton()
        for literal in {lit for alt in alternatives if not alt.at_start for lit in alt.key}:
            self._automaton.add_word(literal, literal)
        self._anywhere = len(self._automaton) > 0
        if self._anywhere:
            self._automaton.make_automaton()
        sizes: dict[str, set[int]] = {}  # the first character of a literal -> the lengths of those literals
        for literal in {lit for alt in alternatives if alt.at_start for lit in alt.key}:
            sizes.setdefault(literal[0], set()).add(len(literal))
        self._start_sizes = {first: sorted(lengths) for first, lengths in sizes.items()}
        self._by_words: dict[int, _Candidates] = {}

    def first_match(self, text: str, words: int) -> Rule | None:
        """Return the first rule that fires on a stripped line of `words` words, or None."""
        candidates = self._by_words.get(words) or self._candidates(words)
        if not text.isascii() and _TRAP.search(text):
            folded, order = None, candidates.every
        else:
            folded = text.lower()
            found = [candidates.unkeyed]
            if self._anywhere:
                found += [candidates.anywhere.get(lit, ()) for lit in {lit for _, lit in self._automaton.iter(folded)}]
            if folded:
                found += [candidates.at_start.get(folded[:n], ()) for n in self._start_sizes.get(folded[0], ())]
            order = sorted(set().union(*found))
        for rule, n in order:
            alt = self._alternatives[rule][n]
            if folded is not None and not all(any(lit in folded for lit in need) for need in alt.needs):
                continue
            if alt.regex.search(text):
                return self.rules[rule]
        return None

    def _candidates(self, words: int) -> _Candidates:
        found = _Candidates()
        for i, rule in enumerate(self.rules):
            if rule.max_words is not None and words > rule.max_words:
                continue
            for n, alt in enumerate(self._alternatives[i]):
                found.every.append((i, n))
                for literal in alt.key:
                    (found.at_start if alt.at_start else found.anywhere).setdefault(literal, set()).add((i, n))
                if not alt.key:
                    found.unkeyed.add((i, n))
        self._by_words[words] = found
        return found


@dataclass
class _Candidates:
    """The alternatives of the rules that apply to lines of some word count, as (rule, n) pairs."""

    every: list[tuple[int, int]] = field(default_factory=list)
    unkeyed: set[tuple[int, int]] = field(default_factory=set)  # tried on every line
    anywhere: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # by a literal they need
    at_start: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # by a literal they start with


# --- taking patterns apart -----------------------------------------------------------------------

#: Characters that `re.IGNORECASE` matches with an ASCII letter, or whose case mappings hold one
#: ("ſ" is "s", the Kelvin sign is "k", "İ" lowercases to "i̇"): on a line holding one, lowercasing
#: does not keep every ASCII literal a pattern can match, so no alternative is ruled out.
#: tests/unit/test_rules.py derives the set from Unicode again.
CASE_FOLD_TRAPS = frozenset(
    "\xdf\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)
_TRAP = re.compile(f"[{''.join(sorted(CASE_FOLD_TRAPS))}]")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@dataclass(frozen=True)
class _Alternative:
    """A top-level alternative of a rule's pattern, and the literals its matches must hold."""

    regex: re.Pattern[str]
    #: Sets of lowercase literals: every match holds one literal of each set.
    needs: tuple[tuple[str, ...], ...] = ()
    #: The literals it is looked up by: its possible starts when `at_start` (it only matches at the
    #: start of a line), else its first set of needs; empty: it is tried on every line.
    key: tuple[str, ...] = ()
    at_start: bool = False


def _take_apart(pattern: re.Pattern[str]) -> list[_Alternative]:
    """Split a pattern into its top-level alternatives, each with the literals its matches hold."""
    flags = pattern.flags
    whole = [_Alternative(pattern)]
    if flags & re.X:  # comments and insignificant spaces make the source hard to split
        return whole
    try:
        parts = _split_alternatives(pattern.pattern)
        trees = [sre_parse.parse(part, flags) for part in parts]
        if any(_refers_to_a_group(tree) for tree in trees):
            return whole  # alternatives that refer to each other's groups cannot be tried apart
        alternatives = []
        for part, tree in zip(parts, trees, strict=True):
            needs = [tuple(sorted(s)) for s in _needs(tree)]
            starts = _starts(tree, flags)
            if starts:
                alternatives.append(_Alternative(re.compile(part, flags), tuple(needs), starts, True))
            else:
                alternatives.append(
                    _Alternative(re.compile(part, flags), tuple(needs[1:]), tuple(needs[:1])[0] if needs else ())
                )
    except (re.error, RecursionError):
        return whole
    return alternatives


def _split_alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level "|" (not inside a group or a character set)."""
    parts, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a "]" right after "[" or "[^" is a literal one
            i += 2 if pattern.startswith("[^", i) else 1
            i += pattern.startswith("]", i)
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _refers_to_a_group(tree: sre_parse.SubPattern) -> bool:
    """Tell whether a parsed pattern holds a back-reference or a conditional on a group."""
    for op, av in tree:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if any(_refers_to_a_group(t) for t in _subtrees(op, av)):
            return True
    return False


def _subtrees(op: object, av: object) -> list:
    if op is sre.SUBPATTERN:
        return [av[-1]]  # type: ignore[index]
    if op in _REPEATS:
        return [av[2]]  # type: ignore[index]
    if op is sre.BRANCH:
        return list(av[1])  # type: ignore[index]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return [av]
    return []


def _needs(tree: sre_parse.SubPattern) -> list[frozenset[str]]:
    """Return sets of literals such that every match of `tree` holds one literal of each set, the
    set with the longest literals first (longer literals are rarer in prose).

    Runs of ASCII literal characters count, lowercased; groups and repeats of at least one pass
    their needs up; a branch needs one of its branches' best literals. Anything else ends a run.
    """
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*tree, (None, None)]:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            found += _needs(av[-1])
        elif op is sre.ATOMIC_GROUP:
            found += _needs(av)
        elif op in _REPEATS and av[0] >= 1:
            found += _needs(av[2])
        elif op is sre.BRANCH:
            branches = [_needs(branch) for branch in av[1]]
            if all(branches):
                found.append(frozenset().union(*(b[0] for b in branches)))
    return sorted(set(found), key=lambda s: (-min(map(len, s)), len(s), sorted(s)))


def _starts(tree: sre_parse.SubPattern, flags: int) -> tuple[str, ...]:
    """Return the lowercase literals one of which starts every match, when the pattern is anchored
    at the start of the text ("^(share|tweet)..."); empty when it is not, or may start otherwise."""
    if flags & re.M or not len(tree) or tree[0][0] is not sre.AT:
        return ()
    if tree[0][1] not in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        return ()
    starts = _leading_literals(list(tree)[1:])
    return tuple(sorted(starts)) if starts else ()


def _leading_literals(items: list) -> set[str] | None:
    """Return the literals one of which a match of `items` starts with (None: nothing known)."""
    while items and items[0][0] is sre.AT:  # zero-width: "\b" starts nothing
        items = items[1:]
    if not items:
        return None
    op, av = items[0]
    if op is sre.LITERAL and av < 128:
        run = []
        for op, av in items:
            if op is not sre.LITERAL or av >= 128:
                break
            run.append(chr(av).lower())
        return {"".join(run)}
    if op is sre.SUBPATTERN:
        return _leading_literals(list(av[-1]))
    if op in _REPEATS and av[0] >= 1:
        return _leading_literals(list(av[2]))
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            literals = _leading_literals(list(branch))
            if not literals:
                return None
            found |= literals
        return found
    return None
