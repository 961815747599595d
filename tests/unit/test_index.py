"""The index after `compact()`: what the pages rendered later (the home page's overview, a source's
title) still read from it is unchanged; what is already in the generated pages is gone."""

from __future__ import annotations

from dossier.entities import Registry
from dossier.index import PageInput, build_index
from dossier.views import overview


def _pages() -> list[PageInput]:
    entities = [{"name": "Vladimir Putin", "type": "person", "aliases": ["Putin"]}]
    return [
        PageInput(
            "sources/a.md",
            {"title": "Putin visits", "publisher": "Outlet A", "date": "2015-09-05", "author": None,
             "entities": entities, "citations": ["https://example.org/x"]},
            "Putin said so.\n{: #L1 }",
            "source",
        ),
        PageInput("sources/b.md", {"title": "Talks", "publisher": "Outlet B", "date": "2015-09-07",
                                   "entities": entities}, "Putin left.", "source"),
        PageInput("notes/mine.md", {}, "# What I think of Putin\n\nPutin is named here.", "note"),
    ]  # fmt: skip


def test_compact_keeps_what_later_pages_read() -> None:
    index = build_index(_pages(), Registry())
    before_overview = overview(index)
    before = {uri: (p.title, p.kind) for uri, p in index.pages.items()}
    index.compact()
    assert overview(index) == before_overview
    assert {uri: (p.title, p.kind) for uri, p in index.pages.items()} == before
    assert index.pages["notes/mine.md"].title == "What I think of Putin"  # from the heading, now dropped
    assert index.pages["sources/a.md"].meta["publisher"] == "Outlet A"


def test_compact_drops_texts_and_front_matter_lists() -> None:
    index = build_index(_pages(), Registry())
    index.compact()
    a = index.pages["sources/a.md"]
    assert a.markdown == ""
    assert "entities" not in a.meta and "citations" not in a.meta
    assert index.entities["Vladimir Putin"].mentions == []
    assert index.entities["Vladimir Putin"].count == 3


def test_ranked_breaks_ties_by_name_whatever_the_counting_order() -> None:
    from collections import Counter

    from dossier.index import ranked

    one = Counter({"Zed": 2, "beta": 2, "Alpha": 2, "Top": 5})
    other = Counter(dict(reversed(list(one.items()))))
    assert ranked(one, 3) == ranked(other, 3) == [("Top", 5), ("Alpha", 2), ("beta", 2)]
