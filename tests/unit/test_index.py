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


def _mentions_of(name: str, text: str, kind: str) -> list[str]:
    """The lines of an entity page's mentions from one page of that kind (a source or a note)."""
    from dossier.views import entity_page

    uri = "sources/a.md" if kind == "source" else "notes/a.md"
    entities = [{"name": name, "type": "person"}]
    page = PageInput(uri, {"title": "A page", "entities": entities}, text, kind)
    rendered = entity_page(build_index([page], Registry()), name)
    return [line for line in rendered.splitlines() if line.startswith("- ") and "¶" in line or "more in" in line]


def test_a_sentence_naming_an_entity_twice_is_quoted_once() -> None:
    text = "Ann Reed spoke first, and Ann Reed spoke last.\n{: #L1 }\n\nAnn Reed left.\n{: #L3 }"
    lines = _mentions_of("Ann Reed", text, "source")
    assert len(lines) == 2, lines  # each sentence once, and no "more": both of its mentions are shown
    assert lines[0].startswith("- **Ann Reed** spoke first") and lines[1].startswith("- **Ann Reed** left.")


def test_the_mentions_left_out_are_counted_past_the_sentences_shown() -> None:
    text = " ".join(["Ann Reed came, and Ann Reed went."] * 2 + ["Ann Reed sat.", "Ann Reed stood.", "Ann Reed ran."])
    lines = _mentions_of("Ann Reed", text, "source")
    # Three sentences shown (the first two identical ones in a page are two sentences of it), holding
    # five of the seven mentions.
    assert len(lines) == 4 and lines[-1].startswith("- … and [2 more in this source]"), lines


def test_mentions_left_out_of_a_note_are_counted_in_this_note() -> None:
    lines = _mentions_of("Ann Reed", "Ann Reed came. Ann Reed went. Ann Reed sat. Ann Reed ran.", "note")
    assert lines[-1].startswith("- … and [1 more in this note]"), lines


def test_a_surname_lent_to_a_body_is_no_mention_nor_speaker_of_the_person() -> None:
    # "the Meyrick foundation" names a body after the family's name; the person is not mentioned
    # there, and the body's words are not hers. "Meyrick said" in the same page still is her.
    entities = [{"name": "Ann Meyrick", "type": "person", "aliases": ["Meyrick"]}]
    text = (
        "Ann Meyrick spoke first.\n{: #L1 }\n\n"
        '"We will give the money back to every donor," the Meyrick foundation said.\n{: #L3 }\n\n'
        "The Meyrick trust closed. Meyrick said little of the Meyrick campaign.\n{: #L5 }"
    )
    page = PageInput("sources/a.md", {"title": "A page", "entities": entities}, text, "source")
    index = build_index([page], Registry())
    assert [text[m.start : m.end + 1] for m in index.find("sources/a.md", text)] == [
        "Ann Meyrick ",
        "Meyrick ",
        "Meyrick ",  # her campaign is hers
    ]
    assert [q.speaker for q in index.quotes] == [None]
