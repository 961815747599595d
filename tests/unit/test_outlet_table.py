"""The built-in outlet table (dossier/data/publishers.yml): one outlet per domain and per folded
name."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

from dossier.markup import load_yaml
from dossier.publishers import fold_name

ENTRIES = load_yaml(resources.files("dossier.data").joinpath("publishers.yml").read_text(encoding="utf-8"))


def test_no_domain_is_listed_for_two_outlets():
    owners = defaultdict(set)
    for entry in ENTRIES:
        for domain in entry.get("domains") or []:
            owners[domain].add(entry["name"])
    assert {d: o for d, o in owners.items() if len(o) > 1} == {}


def test_no_name_or_alias_folds_to_two_outlets():
    """A name or alias read in a page ("Sunday Times") must give one outlet: written for two
    entries, the later would silently take it from the earlier."""
    owners = defaultdict(set)
    for entry in ENTRIES:
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            owners[fold_name(str(name))].add(entry["name"])
    assert {n: o for n, o in owners.items() if len(o) > 1} == {}
