"""What resolution made of a spelling, for the tests of several files in, names out
(`test_resolution`, `test_merge_attacks`): one lookup, not one per test file."""

from __future__ import annotations

from dossier.entities import Registry, discover


def canonical(found, doc: str, spelling: str) -> str | None:
    """Return the canonical name under which `spelling` is listed in `doc`, if any."""
    return next((e.name for e in found[doc] if spelling in e.spellings()), None)


def type_of(found, doc: str, spelling: str) -> str | None:
    """Return the type of the entity that lists `spelling` in `doc`, if any."""
    return next((e.type for e in found[doc] if spelling in e.spellings()), None)


def check(known: Registry, texts: dict[str, str], expected: list[tuple[str, str, str | None]]) -> None:
    """Discover `texts` as one corpus; each (doc, spelling, name) must end under that name."""
    found = discover(texts, known)
    for doc, spelling, name in expected:
        got = canonical(found, doc, spelling)
        assert got == name, (doc, spelling, got, {e.name: e.aliases for e in found[doc]})
