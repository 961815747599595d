"""The outlet table: web domains and name variants mapped to an outlet's canonical name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from .markup import load_yaml


@dataclass(frozen=True)
class PublisherTable:
    by_domain: dict[str, str]
    by_alias: dict[str, str]
    kinds: dict[str, str] = field(default_factory=dict)  # outlet -> its rough kind ("wire", "partisan", ...)
    written: dict[str, str] = field(default_factory=dict)  # each name and alias as written -> the outlet

    def lookup_domain(self, host: str) -> str | None:
        """Return the outlet for a host name or e-mail domain, trying parent domains too."""
        parts = host.lower().strip(".").removeprefix("www.").split(".")
        # (A parent domain of more labels than any in the table is not looked up: joined one
        # parent at a time, a host of thousands of labels was read once for each.)
        for i in range(max(0, len(parts) - self.most_domain_labels), len(parts) - 1):
            name = self.by_domain.get(".".join(parts[i:]))
            if name:
                return name
        return None

    @cached_property
    def most_domain_labels(self) -> int:
        """The most labels a domain of the table has ("bbc.co.uk": 3)."""
        return max((k.count(".") + 1 for k in self.by_domain), default=0)

    @cached_property
    def longest_name_words(self) -> int:
        """The most words a name or alias of the table folds to (see `fold_name`)."""
        return max((len(k.split()) for k in self.by_alias), default=0)

    def lookup_name(self, text: str) -> str | None:
        """Return the canonical outlet for a name or alias written in text, or None."""
        return self.by_alias.get(fold_name(text))

    def without_sites(self, sites: set[str], keep_kind: str = "wire", names: Iterable[str] = ()) -> PublisherTable:
        """Return the table without every outlet publishing from one of `sites` (a domain or one
        under it), nor any outlet one of `names` gives (the publishers the sites' pages are labelled
        with: an outlet the table lists under another domain than the site's, or under none), except
        outlets of `keep_kind`: the table as it stands on sites it never saw (`evaluate
        --unseen-sites`), whose pages name wires as every page does."""

        def on_site(domain: str) -> bool:
            return any(domain == s or domain.endswith(f".{s}") or s.endswith(f".{domain}") for s in sites)

        gone = {o for d, o in self.by_domain.items() if on_site(d)} | {o for n in names if (o := self.lookup_name(n))}
        gone = {o for o in gone if self.kinds.get(o) != keep_kind}
        return PublisherTable(
            {d: o for d, o in self.by_domain.items() if o not in gone},
            {a: o for a, o in self.by_alias.items() if o not in gone},
            {o: k for o, k in self.kinds.items() if o not in gone},
            {w: o for w, o in self.written.items() if o not in gone},
        )


def fold_name(name: str) -> str:
    """Fold a name for lookup: case, accents ("RTÉ" is "rte"), punctuation and a leading "the".
    (A name in ASCII, most, has no accent to take off: its characters are not decomposed one by one.)"""
    low = name.lower()
    plain = (
        low if low.isascii() else "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    )
    return _NOT_WORD_RUN.sub(" ", plain).strip().removeprefix("the ")


_NOT_WORD_RUN = re.compile(r"[\W_]+")


def load_publishers(*extra: Path) -> PublisherTable:
    """Load the built-in outlet table plus the user's tables (later entries win)."""
    # The built-in table is large: libyaml's parser reads it ten times faster than PyYAML's own.
    tables = [load_yaml(resources.files("dossier.data").joinpath("publishers.yml").read_text(encoding="utf-8"))]
    tables += [load_yaml(p.read_text(encoding="utf-8")) for p in extra if p.exists()]
    by_domain: dict[str, str] = {}
    by_alias: dict[str, str] = {}
    kinds: dict[str, str] = {}
    written: dict[str, str] = {}
    for table in tables:
        for entry in table if isinstance(table, list) else []:  # what is passed over, `userfiles.check_outlets` names
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
                continue
            name = entry["name"]
            if isinstance(entry.get("kind"), str):
                kinds[name] = entry["kind"]
            for domain in _texts(entry.get("domains")):
                by_domain[domain.lower()] = name
            for alias in [name, *_texts(entry.get("aliases"))]:
                by_alias[fold_name(alias)] = name
                written[alias] = name
    return PublisherTable(by_domain, by_alias, kinds, written)


def _texts(value: object) -> list[str]:
    """The strings of a list, or a lone string as one ("domains: a.example" was read letter by letter)."""
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


@cache
def default_publishers() -> PublisherTable:
    return load_publishers()
