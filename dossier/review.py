"""Review in the site: for each entity discovery proposed, the registry entries that settle it:
accept it, merge it into the entity it most likely is, or ignore its spelling.

The likely entity is found through the words the names share ("Choi" and "K.J. Choi", "Hall of
Fame" and "Sport Australia Hall of Fame", "Katrina Smyth" and "Katrina Smith"), never by comparing
every pair of names: a word that many names share says nothing of which one is meant.

A name is proposed into a fuller name that holds it, never the other way ("Dalton McGuinty" is not
merged into "Dalton": the entry would be named "Dalton"), and only when the fuller name is a longer
way of writing it: not a name it is written in after "of" or a comma ("Bank of Canada", "Harrington
Lake, Quebec"), not a name that ends in a place's ("Air Canada"), and not when two fuller names hold
it ("Clinton" in "Bill Clinton" and "Hillary Clinton"; "BET" in "BET News" and "BET Mobile").
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

from .frontmatter import dump_yaml
from .index import DossierIndex
from .lexicon import SMALL_WORDS
from .markup import escape_value, indented_code
from .registry import Registry
from .spans import strip_title

#: A word shared by more entities than this ("United", "News") is not looked through: a bound that
#: keeps a site of tens of thousands of names linear, not a tuned figure (the real articles' cluster
#: sites have at most 125 entities, and no word there is shared by 40).
MAX_SHARED = 40
#: Two names this similar may be one name misspelt ("Katmandu"/"Kathmandu" 0.94, "Ashley"/"Ashely"
#: 0.83; "Austria"/"Australia" 0.75, "Iran"/"Iraq" 0.75).
MIN_SIMILARITY = 0.8
_WORD = re.compile(r"[\w'’.-]+")


def _words(name: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(name) if w.lower() not in SMALL_WORDS and len(w) > 1}


def likely_entities(index: DossierIndex) -> dict[str, str]:
    """Return, for each unreviewed entity, the other entity it most likely is, where one is."""
    by_word: dict[str, list[str]] = defaultdict(list)
    for name in index.entities:
        for word in _words(name):
            by_word[word].append(name)
    found = {}
    for name, record in index.entities.items():
        if record.entity.reviewed:
            continue
        scored, fuller = [], set()
        for word in _words(name):
            others = by_word[word]
            if len(others) > MAX_SHARED:
                continue
            for other in others:
                kin = index.entities[other]
                if other == name or _named_after(record.entity.type, kin.entity.type):
                    continue
                if _holds(other, name):
                    fuller.add(other)
                    if not _shortens(name, other, record.entity.type):
                        continue
                if score := _likeness(name, other):
                    same_type = kin.entity.type == record.entity.type
                    scored.append((score + same_type, kin.entity.reviewed, len(kin.sources(index)), other))
        if len(fuller) > 1:  # a piece of several names: which one is meant is not known
            scored = [s for s in scored if s[3] not in fuller]
        if scored:
            found[name] = max(scored, key=lambda s: (s[0], s[1], s[2], [-ord(c) for c in s[3]]))[3]
    return found


def _holds(long: str, short: str) -> bool:
    """Tell whether a name holds another as whole words ("K.J. Choi" holds "Choi")."""
    return len(long) > len(short) and f" {short} " in f" {long} "


#: What a name is written after inside a longer name that is another entity's: "Bank of Canada",
#: "Harrington Lake, Quebec" (a place in the place after the comma).
_OF_OR_IN = re.compile(r"(?:\bof|,)\s*$", re.I)


def _shortens(short: str, long: str, short_type: str) -> bool:
    """Tell whether a name held by a longer one may be a shorter way of writing it: not the name
    the longer one is of, or is in ("Member of Parliament", "Charleston, South Carolina"); a place
    only at its start ("Charleston" of "Charleston, South Carolina", not "Canada" of "Air Canada")."""
    at = f" {long} ".index(f" {short} ")
    if _OF_OR_IN.search(long[:at]):
        return False
    return short_type != "place" or at == 0


#: Types of which one entity is often named after the other ("Derby" and "Derby County", "Abu
#: Dhabi" and "Abu Dhabi Centre for Training", "Washington" and "Washington Post"): a place and an
#: organisation that share words are two entities, never one proposed as the other.
_NAMED_AFTER = frozenset({("place", "organization"), ("organization", "place")})


def _named_after(kind: str, other_kind: str) -> bool:
    return (kind, other_kind) in _NAMED_AFTER


def _likeness(name: str, other: str) -> int:
    """Score how likely `name` is the entity `other`: 3 when the other holds it as whole words
    ("Choi" is likely "K.J. Choi"; "K.J. Choi" is not merged into "Choi": 0), 2 when they are spelt
    alike, 0 otherwise."""
    if _holds(other, name):
        return 3
    if _holds(name, other):
        return 0
    name, other = _differing_words(name.lower(), other.lower())
    alike = difflib.SequenceMatcher(None, name, other)
    # The quick ratios are upper bounds of the ratio: most pairs are ruled out without computing it.
    close = alike.real_quick_ratio() >= MIN_SIMILARITY and alike.quick_ratio() >= MIN_SIMILARITY
    return 2 if close and alike.ratio() >= MIN_SIMILARITY else 0


def offered_aliases(name: str, kind: str, seen: list[str]) -> list[str]:
    """Return the spellings seen of an entity that its review offers as aliases: all but its name
    and, for a person, those that are the name or another spelling with a title or a role before it
    ("Russian Foreign Minister Sergei Lavrov", "Mayor O'Brien" beside "O'Brien"). A title is no
    spelling of a name: pasted into the registry, "Mayor O'Brien" would name a mayor ever after."""
    spellings = {name, *seen}
    return [s for s in seen if s != name and not (kind == "person" and _titled(s, name, spellings))]


def _titled(spelling: str, name: str, spellings: set[str]) -> bool:
    if spelling.endswith(f" {name}"):
        return True
    title, rest = strip_title(spelling.split(), _NO_REGISTRY)
    return bool(title) and " ".join(rest) in spellings


#: `strip_title` reads the registry for a title before an organisation's name: an entity offered
#: here is a person, so none is needed.
_NO_REGISTRY = Registry()


def review_section(
    index: DossierIndex, name: str, aliases: list[str], likely: str | None, link: str | None
) -> list[str]:
    """Render the snippets that settle an unreviewed entity, as Markdown lines."""
    entity = index.entities[name].entity
    accept = {"name": name, "type": entity.type, "aliases": aliases, "description": "", "same_as": ""}
    out = [
        "## Review it { data-search-exclude }",
        "",
        "Discovery proposed this entity. Settle it in `docs/entities.yml` (the registry always wins",
        "over discovery):",
        "",
        "**Accept it**: copy this entry under `entities:`, correcting its type or aliases and",
        "describing it.",
        "",
        *_yaml_block([accept]),
    ]
    if likely is not None and likely in index.entities:
        kin = index.entities[likely].entity
        # The other entity's spellings are offered as its own page offers them (no "Premier X" for
        # X), unless the registry holds it: then they are the user's.
        kept = list(kin.aliases) if kin.reviewed else offered_aliases(likely, kin.type, list(kin.aliases))
        merged = list(dict.fromkeys([*kept, name, *aliases]))
        into = {"name": likely, "type": kin.type, "aliases": [a for a in merged if a != likely]}
        target = f"[{escape_value(likely)}]({link})" if link else escape_value(likely)
        out += [
            f"**Merge it into {target}**, if it is the same {kin.type}: this entry (under `entities:`) gives",
            "that entity this one's spellings.",
            "",
            *_yaml_block([into]),
        ]
    out += [
        # The spellings alone, as the entries above: a block that brought its own `ignore:` key,
        # pasted below the registry's, left that key twice, and YAML keeps only the last list.
        "**Ignore it**, if it names nothing: copy these lines under `ignore:`; discovery will not",
        "propose these spellings again.",
        "",
        *_yaml_block([name, *aliases]),
    ]
    return out


def _yaml_block(data: object) -> list[str]:
    return [indented_code(dump_yaml(data)), ""]


def _differing_words(name: str, other: str) -> tuple[str, str]:
    """Two names of as many words that differ in one word give that word of each; other names
    are compared whole. The words they share would make any two surnames after one first name
    look alike ("John Kerry" and "John Kirby" 0.80 whole, "Kerry" and "Kirby" 0.60), while a
    misspelt surname stays alike alone ("Smyth" and "Smith" 0.80)."""
    words, other_words = name.split(), other.split()
    if len(words) == len(other_words) > 1:
        differing = [(a, b) for a, b in zip(words, other_words, strict=True) if a != b]
        if len(differing) == 1:
            return differing[0]
    return name, other
