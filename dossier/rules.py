"""Line rules: named regular expressions, each for one kind of chrome, tried on one line at a time.

The built-in table is `data/boilerplate.yml`; a user's table of the same shape is tried first.
`RuleMatcher.first_match` returns the first rule (in table order) whose pattern is found in the
line. Every pattern runs on RE2 (google-re2), an engine whose time is linear in the length of the
line whatever the pattern: Python's `re` backtracks, and one nested repetition (a menu pattern such
as ``^(\\w+\\s*){1,3}(\\s*\\|\\s*(\\w+\\s*){1,3}){3,}$``) took over a minute on one real navigation
line. The rules of a table are compiled into `re2.Set`s, so a line is read once for all of them
(an ASCII line) or once for those without a word boundary and once for those with one.

RE2 has no look-arounds, back-references or conditionals; a rule that uses one is refused when the
table is loaded, naming the rule. ``\\w``, ``\\W``, ``\\d`` and ``\\D`` keep Python's meaning (letters
and digits of every script; `to_re2`); ``\\b`` and ``\\B``, ASCII in RE2, are read on the line with
its letters outside ASCII written "_" (`boundary_text`), so that "Adélaïde" is no "Ad" for
``^ad\\b`` and "Publicité" ends a word for ``^publicité\\b``. Lines are matched with their Unicode
spaces (no-break, thin, ideographic) turned into plain spaces, for ``\\s``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import re2

from .charmaps import CharMap
from .markup import load_yaml

#: RE2's memory budget for a table's set (bytes); the built-in table needs a few MB.
SET_MAX_MEM = 64 << 20
#: Python's ``\w`` (letters, digits, marks and the underscore of every script), in RE2's syntax.
_WORD_CLASS = r"\p{L}\p{N}\p{M}_"
#: Python's ``\W``: anything else.
_NOT_WORD = f"[^{_WORD_CLASS}]"
#: Python's ``\w``, ``\W``, ``\d`` and ``\D`` (Unicode), in RE2's syntax, outside a class and inside one.
_ESCAPES = {r"\w": f"[{_WORD_CLASS}]", r"\W": _NOT_WORD, r"\d": r"\p{Nd}", r"\D": r"\P{Nd}"}
_IN_CLASS = {r"\w": _WORD_CLASS, r"\d": r"\p{Nd}", r"\D": r"\P{Nd}"}
#: Unicode spaces that Python's ``\s`` matches and RE2's does not.
_SPACES = CharMap(
    {c: " " for c in "\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
)
#: ...found first, by one search: a line that holds none of them (nearly all: on the tune texts 1 line in
#: 8 is not ASCII, fewer hold such a space) is not translated (`str.translate` read each of its
#: characters through a table, a seventh of the time on the tune texts' lines; `CharMap` replaces
#: each space with one `str.replace`).
_ODD_SPACE = re.compile(f"[{_SPACES.characters()}]")


@dataclass(frozen=True)
class Rule:
    """One named line rule from a rules table."""

    name: str
    #: The pattern as the table writes it (Python/RE2 syntax).
    source: str
    removes: str = ""
    max_words: int | None = None
    kind: str = "boilerplate"
    case_sensitive: bool = False

    @property
    def pattern(self) -> re2._Regexp:
        """The compiled pattern (RE2)."""
        return _compile(self.source, self.case_sensitive)

    def matches(self, text: str, words: int) -> bool:
        """Tell whether the rule fires on a stripped line of `words` words (read as a table of this
        rule alone reads it: see `RuleMatcher`)."""
        return _alone(self).first_match(text, words) is not None


def load_rules(source: str | Path, origin: str = "") -> tuple[Rule, ...]:
    """Load a rules table from YAML text or a file; raise ValueError naming the bad entry."""
    text = Path(source).read_text(encoding="utf-8") if isinstance(source, Path) else source
    where = origin or (str(source) if isinstance(source, Path) else "rules")
    return _rules_from(load_yaml(text) or [], where)


@cache
def default_rules() -> tuple[Rule, ...]:
    """Return the built-in rules table."""
    text = resources.files("dossier.data").joinpath("boilerplate.yml").read_text(encoding="utf-8")
    # Its patterns are compiled one by one by the unit tests (tests/unit/test_startup_speed.py), not
    # at every run: that took about 0.13 s of stage 1's start, before the workers begin; the
    # matcher's sets compile them all again anyway.
    return _rules_from(load_yaml(text) or [], "dossier/data/boilerplate.yml", compile_each=False)


def _rules_from(entries: object, where: str, compile_each: bool = True) -> tuple[Rule, ...]:
    if not isinstance(entries, list):
        raise ValueError(f"{where}: a rules file holds a list of rules")
    rules = []
    for i, entry in enumerate(entries, 1):
        if not isinstance(entry, Mapping) or not entry.get("name") or not entry.get("pattern"):
            raise ValueError(f"{where}: rule {i} needs a name and a pattern")
        kind = entry.get("kind", "boilerplate")
        if kind not in ("boilerplate", "metadata"):
            raise ValueError(f"{where}: rule {entry['name']!r} has unknown kind {kind!r}")
        max_words = entry.get("max_words")
        if max_words is not None and (not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 0):
            raise ValueError(f"{where}: rule {entry['name']!r} has max_words {max_words!r}; it takes a whole number")
        rule = Rule(
            str(entry["name"]), str(entry["pattern"]), str(entry.get("removes", "")), max_words, kind,
            bool(entry.get("case_sensitive")),
        )  # fmt: skip
        try:
            if compile_each:
                rule.pattern  # noqa: B018 - compiled now so that a bad pattern is reported with its rule
        except ValueError as exc:
            raise ValueError(f"{where}: rule {rule.name!r} has a bad pattern: {exc}") from exc
        rules.append(rule)
    return tuple(rules)


def to_re2(pattern: str) -> str:
    """Rewrite a pattern's ``\\w``, ``\\W``, ``\\d`` and ``\\D`` as Python means them (every script's
    letters and digits; RE2's own are ASCII) and leave the rest to RE2, which refuses what it cannot
    run in linear time. A ``\\W`` inside a negated class (``[^\\W\\d]``) stays ASCII: RE2 cannot
    intersect classes. ``\\b`` is ASCII too; `RuleMatcher` reads it on `boundary_text` (beside a
    digit outside ASCII, "２", it stays ASCII)."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(_ESCAPES.get(pattern[i : i + 2], pattern[i : i + 2]))
            i += 2
        elif c == "[":
            i = _class_to_re2(pattern, i, out)
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _class_to_re2(pattern: str, i: int, out: list[str]) -> int:
    """Append the class that opens at `i`, rewritten; return where it ends."""
    j = i + 1
    negated = pattern.startswith("^", j)
    j += negated
    if pattern.startswith("]", j):  # a "]" first in a class is a literal one
        j += 1
    items: list[str] = ["]"] if j > i + 1 + negated else []
    not_word = False
    while j < len(pattern) and pattern[j] != "]":
        pair = pattern[j : j + 2]
        if pattern[j] == "\\" and j + 1 < len(pattern):
            if pair == r"\W" and not negated:
                not_word = True
            else:
                items.append(_IN_CLASS.get(pair, pair))
            j += 2
        else:
            items.append(pattern[j])
            j += 1
    if j >= len(pattern):  # an unclosed class: left as written, for RE2 to refuse
        out.append(pattern[i:])
        return j
    body = "".join(items)
    if not_word:  # [\W_] is "not a word character, or _": an alternation, as RE2 has no class union
        out.append(f"(?:{_NOT_WORD}|[{body}])" if body else _NOT_WORD)
    else:
        out.append(f"[{'^' if negated else ''}{body}]")
    return j + 1


#: A run of letters outside ASCII: word characters to Python and not to RE2's ``\\b``.
_OTHER_LETTERS = re.compile(r"[^\W\d\x00-\x7f]+")
_BOUNDARIES = (r"\b", r"\B")


@dataclass(frozen=True)
class BoundaryPlan:
    """How a pattern with a word boundary reads a line that is not all ASCII: on `boundary_text`,
    its own letters outside ASCII written "_" as the line's are; a pattern that names such letters
    must also be found, its boundaries left out, in the line itself (which tells the letters). The
    two finds may stand apart ("ézü" for ``é\\b``: "ü" ends a word, an "é" is there): rare."""

    source: str
    #: The pattern without its boundaries, or None for a pattern that names no letter outside ASCII.
    relaxed: str | None


@lru_cache(maxsize=512)
def boundary_plan(source: str) -> BoundaryPlan | None:
    """Plan a pattern with ``\\b`` or ``\\B``; None for one without, or one that names "_" or a
    Unicode class (``\\p``), which `boundary_text`'s "_" would confuse (its boundaries stay ASCII)."""
    out, relaxed, bounded, named, i = [], [], False, False, 0
    while i < len(source):
        c, pair = source[i], source[i : i + 2]
        if c == "\\" and len(pair) == 2:
            if pair in (r"\p", r"\P"):
                return None
            bounded |= pair in _BOUNDARIES
            out.append(pair)
            relaxed.append("" if pair in _BOUNDARIES else pair)
            i += 2
            continue
        if c == "_":
            return None
        letter = not c.isascii() and _OTHER_LETTERS.fullmatch(c) is not None
        named |= letter
        out.append("_" if letter else c)
        relaxed.append(c)
        i += 1
    if not bounded:
        return None
    return BoundaryPlan("".join(out), "".join(relaxed) if named else None)


def boundary_text(line: str) -> str:
    """The line as RE2's ASCII ``\\b`` must read it to find Python's word boundaries: every letter
    outside ASCII ("é", "中", not to RE2 a word character) written "_" (one). One character for
    one: lengths and positions stay."""
    return _OTHER_LETTERS.sub(lambda m: "_" * len(m.group()), line)


@lru_cache(maxsize=512)
def _compile(source: str, case_sensitive: bool) -> re2._Regexp:
    options = re2.Options()
    options.case_sensitive = case_sensitive
    options.log_errors = False
    try:
        return re2.compile(to_re2(source), options)
    except re2.error as exc:
        reason = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(
            f"{reason or 'RE2 cannot compile it'} (rules use RE2 syntax: no look-arounds, back-references or "
            "possessive repeats, so that every line is matched in time linear in its length)"
        ) from exc


def rule_matcher(rules: tuple[Rule, ...]) -> RuleMatcher:
    """Return the matcher of a rules table (built once per table and process)."""
    return _matcher(rules)


@lru_cache(maxsize=512)
def _alone(rule: Rule) -> RuleMatcher:
    return RuleMatcher((rule,))


@lru_cache(maxsize=8)
def _matcher(rules: tuple[Rule, ...]) -> RuleMatcher:
    # Keyed by value: a table unpickled again (a Dask worker's options) finds its matcher.
    return RuleMatcher(rules)


#: Lines whose first rule a matcher remembers (`RuleMatcher.first_match`): the distinct lines of
#: 1,000 generated sources are 14,000, of 300 real pages 18,000; past this many it starts again
#: (a few MB of lines kept alive at most).
ANSWERS_KEPT = 20_000


_UNASKED = object()  # no answer remembered for a line yet (None is an answer: no rule)


class RuleMatcher:
    """A rules table compiled into RE2 sets: one linear pass per line tells every rule found. A
    line without a letter outside ASCII is read by the set of every rule (in two parts, see
    `__init__`); any other by the set of the rules
    without a word boundary, and on its `boundary_text` by those with one (see `BoundaryPlan`)."""

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        # The set of every rule, as two: the alternatives that open with "^" (they match at a
        # line's start only) and the others. One automaton over both holds every combination of
        # their partial matches over a line's first characters, states RE2 builds as lines first
        # show them (200 real tune pages: a line's first reading took 3.3 times a second one's,
        # the readings 8% of the per-file work); apart, each has few (0.44 -> 0.33 s there; the
        # 1,000 generated sources 0.31 -> 0.26 s). A rule is found when one of its alternatives
        # is, in either set: the same rules as one set finds.
        anchored, others = [], []
        for i, rule in enumerate(rules):
            for branch in top_level_branches(rule.source):
                (anchored if branch.startswith("^") else others).append((i, branch, rule.case_sensitive))
        self._all = _set_of(anchored), _set_of(others)
        plain, bounded, relaxed = [], [], []
        for i, rule in enumerate(rules):
            plan = boundary_plan(rule.source)
            if plan is None:
                plain.append((i, rule.source, rule.case_sensitive))
                continue
            bounded.append((i, plan.source, rule.case_sensitive))
            if plan.relaxed is not None:
                relaxed.append((i, plan.relaxed, rule.case_sensitive))
        self._plain, self._bounded, self._relaxed = _set_of(plain), _set_of(bounded), _set_of(relaxed)
        self._named = frozenset(i for i, _, _ in relaxed)
        self._answers: dict[tuple[str, int], Rule | None] = {}

    def first_match(self, text: str, words: int) -> Rule | None:
        """Return the first rule that fires on a stripped line of `words` words, or None.

        (Remembered by line: the answer depends on the line and its count alone, and a corpus
        repeats its lines, a site's menus and footers on every page: a quarter of the generated
        benchmark's lines, half of the real tune pages'. Not asked of the sets again.)"""
        key = (text, words)
        found = self._answers.get(key, _UNASKED)
        if found is _UNASKED:
            if len(self._answers) >= ANSWERS_KEPT:
                self._answers.clear()
            found = self._answers[key] = self._first_match(text, words)
        return found

    def _first_match(self, text: str, words: int) -> Rule | None:
        line = _SPACES(text) if not text.isascii() and _ODD_SPACE.search(text) else text
        read = line if line.isascii() else boundary_text(line)
        if read == line:  # no letter outside ASCII ("’" and "—" are none): RE2's \b is Python's
            found = _found(self._all[0], line) + _found(self._all[1], line)
        else:
            found = _found(self._plain, line)
            bounded = _found(self._bounded, read)
            if bounded:
                relaxed = set(_found(self._relaxed, line))
                found += [i for i in bounded if i not in self._named or i in relaxed]
        if not found:
            return None
        for i in sorted(found):
            rule = self.rules[i]
            if rule.max_words is None or words <= rule.max_words:
                return rule
        return None


def top_level_branches(source: str) -> list[str]:
    """A pattern's alternatives at its top level ("^a|b(c|d)" -> "^a", "b(c|d)"): a text holds a
    match of the pattern where it holds one of an alternative. A pattern that sets a flag for what
    follows ("(?i)") stays whole, its flag would hold for its first alternative only; so does one
    that quotes a literal ("\\Q...\\E", where "|" is a character)."""
    if _FLAG_GROUP.search(source) or "\\Q" in source:
        return [source]
    branches, depth, start, i = [], 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class, read as `to_re2` reads it: a "|" or a bracket in it is a character
            i = _class_to_re2(source, i, [])
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    return [*branches, source[start:]]


# A group that sets flags for the rest of the pattern ("(?i)", "(?-i)"), not a group of its own ("(?i:...)").
_FLAG_GROUP = re.compile(r"\(\?[a-zA-Z-]*\)")


def _set_of(entries: list[tuple[int, str, bool]]) -> tuple[re2.Set, list[int]] | None:
    """Compile (rule number, pattern, case-sensitive) entries into one RE2 set; None for none."""
    if not entries:
        return None
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    options.max_mem = SET_MAX_MEM
    found = re2.Set.SearchSet(options)
    for _, source, case_sensitive in entries:
        # Case is set per pattern: the set's option is case-insensitive, "(?-i:...)" undoes it.
        source = to_re2(source)
        found.Add(f"(?-i:{source})" if case_sensitive else source)
    found.Compile()
    return found, [i for i, _, _ in entries]


def _found(compiled: tuple[re2.Set, list[int]] | None, line: str) -> list[int]:
    if compiled is None:
        return []
    found, numbers = compiled
    return [numbers[k] for k in found.Match(line) or ()]
