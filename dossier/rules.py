"""Line rules: named regular expressions, each for one kind of chrome, tried on one line at a time.

The built-in table is `data/boilerplate.yml`; a user's table of the same shape is tried first.
`RuleMatcher.first_match` returns the first rule (in table order) whose pattern is found in the
line. Every pattern runs on RE2 (google-re2), an engine whose time is linear in the length of the
line whatever the pattern: Python's `re` backtracks, and one nested repetition (a menu pattern such
as ``^(\\w+\\s*){1,3}(\\s*\\|\\s*(\\w+\\s*){1,3}){3,}$``) took over a minute on one real navigation
line. All the rules of a table are compiled into one `re2.Set`, so a line is read once for all of
them.

RE2 has no look-arounds, back-references or conditionals; a rule that uses one is refused when the
table is loaded, naming the rule. ``\\w`` keeps Python's meaning (letters and digits of every
script); ``\\b``, ``\\W``, ``\\d`` and ``\\s`` are RE2's ASCII ones, and lines are matched with their
Unicode spaces (no-break, thin) turned into plain spaces.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import re2

from .markup import load_yaml

#: RE2's memory budget for a table's set (bytes); the built-in table needs a few MB.
SET_MAX_MEM = 64 << 20
#: Python's ``\w`` (letters, digits, marks and the underscore of every script), in RE2's syntax.
_WORD_CLASS = r"\p{L}\p{N}\p{M}_"
#: Unicode spaces that Python's ``\s`` matches and RE2's does not.
_SPACES = str.maketrans(
    {c: " " for c in "\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
)


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
        """Tell whether the rule fires on a stripped line of `words` words."""
        if self.max_words is not None and words > self.max_words:
            return False
        return self.pattern.search(text.translate(_SPACES)) is not None


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
            rule.pattern  # noqa: B018 - compiled now so that a bad pattern is reported with its rule
        except ValueError as exc:
            raise ValueError(f"{where}: rule {rule.name!r} has a bad pattern: {exc}") from exc
        rules.append(rule)
    return tuple(rules)


def to_re2(pattern: str) -> str:
    """Rewrite a pattern's ``\\w`` as Python means it (every script's letters and digits); refuse
    leave the rest to RE2, which refuses what it cannot run in linear time."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            pair = pattern[i : i + 2]
            out.append((_WORD_CLASS if in_class else f"[{_WORD_CLASS}]") if pair == r"\w" else pair)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            i += 1
            for literal in ("^]", "^", "]"):  # a "]" first in a class is a literal one
                if pattern.startswith(literal, i):
                    out.append(literal)
                    i += len(literal)
                    break
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


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


@lru_cache(maxsize=8)
def _matcher(rules: tuple[Rule, ...]) -> RuleMatcher:
    # Keyed by value: a table unpickled again (a Dask worker's options) finds its matcher.
    return RuleMatcher(rules)


class RuleMatcher:
    """A rules table compiled into one RE2 set: one linear pass per line tells every rule found."""

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        options = re2.Options()
        options.case_sensitive = False
        options.log_errors = False
        options.max_mem = SET_MAX_MEM
        self._set = re2.Set.SearchSet(options)
        for rule in rules:
            # Case is set per pattern: the set's option is case-insensitive, "(?-i:...)" undoes it.
            source = to_re2(rule.source)
            self._set.Add(f"(?-i:{source})" if rule.case_sensitive else source)
        self._set.Compile()

    def first_match(self, text: str, words: int) -> Rule | None:
        """Return the first rule that fires on a stripped line of `words` words, or None."""
        found = self._set.Match(text.translate(_SPACES))
        if not found:
            return None
        for i in sorted(found):
            rule = self.rules[i]
            if rule.max_words is None or words <= rule.max_words:
                return rule
        return None
