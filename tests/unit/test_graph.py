"""The graph view's data: which nodes and edges are kept, their weights, and safe serialisation."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dossier.graph import MAX_EDGES, MAX_ENTITIES, MAX_OUTLETS, OUTLET_EDGES, graph_data, graph_json
from dossier.reports import graph_counts

ASSETS = Path(__file__).resolve().parents[2] / "dossier" / "assets"
HOSTILE = "</script><img src=x onerror=alert(1)>"


def _ent(sources: int, kind: str = "person") -> tuple[str, str, int]:
    return (kind, f"entities/{sources}/", sources)


def test_keeps_the_top_entities_by_sources_ties_by_name() -> None:
    entities = {"D": _ent(1), "C": _ent(2), "A": _ent(3), "B": _ent(2)}
    data = graph_data(entities, [], max_entities=2)
    assert [n["id"] for n in data["nodes"]] == ["e:A", "e:B"]
    assert data["nodes"][0] == {"id": "e:A", "label": "A", "type": "person", "sources": 3, "url": "entities/3/"}
    assert data["omitted"] == {"entities": 2, "outlets": 0, "edges": 0}


def test_cooccurrence_counts_pages_not_mentions_and_ignores_dropped_entities() -> None:
    entities = {"A": _ent(5), "B": _ent(4), "C": _ent(3), "Z": _ent(1)}
    pages = [(None, ["A", "B", "C", "Z"]), (None, ["A", "B", "B"]), (None, ["B", "C", "C", "Z"]), (None, ["Q"])]
    data = graph_data(entities, pages, max_entities=3)
    assert data["edges"] == [
        {"source": "e:A", "target": "e:B", "weight": 2},
        {"source": "e:B", "target": "e:C", "weight": 2},
        {"source": "e:A", "target": "e:C", "weight": 1},
    ]
    assert data["omitted"] == {"entities": 1, "outlets": 0, "edges": 0}


def test_outlet_nodes_and_edges() -> None:
    entities = {"A": _ent(3), "B": _ent(2)}
    pages = [("X", ["A", "B"]), ("X", ["A"]), ("Y", ["B"]), (None, ["A"]), ("W", [])]
    data = graph_data(entities, pages, outlet_urls={"X": "publishers/x/"})
    assert data == {
        "nodes": [
            {"id": "e:A", "label": "A", "type": "person", "sources": 3, "url": "entities/3/"},
            {"id": "e:B", "label": "B", "type": "person", "sources": 2, "url": "entities/2/"},
            {"id": "o:X", "label": "X", "type": "outlet", "sources": 2, "url": "publishers/x/"},
            {"id": "o:W", "label": "W", "type": "outlet", "sources": 1, "url": None},
            {"id": "o:Y", "label": "Y", "type": "outlet", "sources": 1, "url": None},
        ],
        "edges": [
            {"source": "o:X", "target": "e:A", "weight": 2},
            {"source": "e:A", "target": "e:B", "weight": 1},
            {"source": "o:X", "target": "e:B", "weight": 1},
            {"source": "o:Y", "target": "e:B", "weight": 1},
        ],
        "omitted": {"entities": 0, "outlets": 0, "edges": 0},
    }


def test_edge_cut_keeps_the_strongest_and_breaks_ties_by_id() -> None:
    entities = {"A": _ent(3), "B": _ent(2), "C": _ent(1)}
    pages = [(None, ["A", "B", "C"]), (None, ["B", "C"])]  # B-C 2, then A-B 1 and A-C 1
    data = graph_data(entities, pages, max_edges=2)
    assert [(e["source"], e["target"], e["weight"]) for e in data["edges"]] == [("e:B", "e:C", 2), ("e:A", "e:B", 1)]
    assert data["omitted"] == {"entities": 0, "outlets": 0, "edges": 1}


def test_an_outlet_and_an_entity_of_the_same_name_are_two_nodes() -> None:
    data = graph_data({"Reuters": _ent(2, "organization")}, [("Reuters", ["Reuters"]), ("Reuters", [])])
    assert [(n["id"], n["type"], n["sources"]) for n in data["nodes"]] == [
        ("e:Reuters", "organization", 2),
        ("o:Reuters", "outlet", 2),
    ]
    assert data["edges"] == [{"source": "o:Reuters", "target": "e:Reuters", "weight": 1}]


def test_default_limits_are_the_documented_constants() -> None:
    entities = {f"E{i:03}": _ent(1) for i in range(MAX_ENTITIES + 5)}
    pages = [(None, list(entities))]
    data = graph_data(entities, pages)
    assert len(data["nodes"]) == MAX_ENTITIES
    assert len(data["edges"]) == MAX_EDGES
    assert data["omitted"] == {"entities": 5, "outlets": 0, "edges": MAX_ENTITIES * (MAX_ENTITIES - 1) // 2 - MAX_EDGES}


def test_each_outlet_keeps_its_strongest_links_however_strong_the_entity_links() -> None:
    entities = {f"E{i}": _ent(10 - i) for i in range(8)}
    # Every entity pair is on 3 pages; each outlet has one page naming them all (weight 1 < 3).
    pages = [(None, list(entities))] * 3 + [(f"O{j:02}", list(entities)) for j in range(MAX_OUTLETS + 2)]
    data = graph_data(entities, pages, max_edges=40)
    outlets = [n["id"] for n in data["nodes"] if n["type"] == "outlet"]
    assert outlets == [f"o:O{j:02}" for j in range(MAX_OUTLETS)]
    assert data["omitted"]["outlets"] == 2
    by_outlet = [e for e in data["edges"] if e["source"].startswith("o:")]
    assert len(by_outlet) == min(40, MAX_OUTLETS * OUTLET_EDGES)
    for j in range(min(MAX_OUTLETS, 40 // OUTLET_EDGES)):  # ties by entity id: E0..E4
        mine = [e["target"] for e in by_outlet if e["source"] == f"o:O{j:02}"]
        assert mine == [f"e:E{i}" for i in range(OUTLET_EDGES)]
    assert len(data["edges"]) == 40


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)


def test_a_hostile_name_survives_as_data_only() -> None:
    data = graph_data({HOSTILE: _ent(2)}, [(HOSTILE, [HOSTILE])], outlet_urls={HOSTILE: "publishers/x/"})
    text = graph_json(data)
    assert not set("<>&") & set(text)
    assert "\\u003c/script\\u003e" in text
    labels = [n["label"] for n in json.loads(text)["nodes"]]
    assert labels == [HOSTILE, HOSTILE]
    # Embedded inline, the page still has exactly one element: the script that holds the data.
    parser = _Tags()
    parser.feed(f'<script type="application/json" id="g">{text}</script>')
    assert parser.tags == ["script"]


def test_glue_names_the_vendored_library_version_and_never_uses_inner_html() -> None:
    glue = (ASSETS / "dossier-graph.js").read_text(encoding="utf-8")
    library = (ASSETS / "cytoscape.min.js").read_text(encoding="utf-8")
    expected = re.search(r"cytoscape@(\d+\.\d+\.\d+)", glue)
    assert expected and f'"{expected[1]}"' in library  # bump the glue's comment with the library
    assert not re.search(r"\.(inner|outer)HTML\b|insertAdjacentHTML|document\.write|\beval\(", glue)
    assert "MIT" in glue and (ASSETS / "cytoscape.LICENSE").read_text(encoding="utf-8").startswith("Copyright")


# Names with the characters that matter for HTML and JSON, drawn from a small pool so pages share them.
name = st.text(alphabet="AB<>&\"'é\u2028 ", min_size=1, max_size=3)
entities_st = st.dictionaries(
    name, st.tuples(st.sampled_from(["person", "place", "other"]), st.just("x/"), st.integers(0, 9)), max_size=8
)
pages_st = st.lists(st.tuples(st.none() | name, st.lists(name, max_size=6)), max_size=12)
limits = st.integers(0, 6)


@given(entities_st, pages_st, limits, st.integers(0, 12), st.randoms(use_true_random=False))
def test_graph_properties(entities: dict, pages: list, max_entities: int, max_edges: int, rnd) -> None:
    data = graph_data(entities, pages, max_entities, max_edges)
    ids = [n["id"] for n in data["nodes"]]
    outlets = {o for o, _ in pages if o is not None}
    assert len(ids) == len(set(ids)) <= max_entities + len(outlets)
    assert len(data["edges"]) <= max_edges
    for e in data["edges"]:
        assert e["source"] in ids and e["target"] in ids
        assert type(e["weight"]) is int and e["weight"] > 0
    shuffled = pages[:]
    rnd.shuffle(shuffled)
    assert graph_data(entities, shuffled, max_entities, max_edges) == data
    text = graph_json(data)
    assert not set("<>&") & set(text) and text.isascii()
    assert json.loads(text) == data


@given(entities_st, pages_st, limits)
def test_weights_agree_with_a_brute_force_count(entities: dict, pages: list, max_entities: int) -> None:
    data = graph_data(entities, pages, max_entities, max_edges=10_000)
    kept = {n["label"] for n in data["nodes"] if n["type"] != "outlet"}
    expected: dict[tuple[str, str], int] = {}
    for outlet, names in pages:
        here = sorted(set(names) & kept)
        for a, b in combinations(here, 2):
            key = tuple(sorted(("e:" + a, "e:" + b)))
            expected[key] = expected.get(key, 0) + 1
        for a in here if outlet is not None else []:
            expected["o:" + outlet, "e:" + a] = expected.get(("o:" + outlet, "e:" + a), 0) + 1
    got = {}
    for e in data["edges"]:
        s, t = e["source"], e["target"]
        got[(s, t) if s.startswith("o:") else tuple(sorted((s, t)))] = e["weight"]
    assert got == expected
    assert data["omitted"]["edges"] == 0


def test_kept_and_omitted_links_add_up_to_the_links_between_drawn_nodes() -> None:
    """The view says "the N strongest of the T links between them; the other T - N are left out":
    a link of an outlet that is not drawn is no link between drawn nodes."""
    entities = {f"E{i}": _ent(10 - i) for i in range(8)}
    outlets = [f"O{j:02}" for j in range(MAX_OUTLETS + 3)]
    pages = [(o, list(entities)) for o in outlets]
    data = graph_data(entities, pages, max_edges=40)
    drawn_outlets = sum(1 for n in data["nodes"] if n["type"] == "outlet")
    assert drawn_outlets == MAX_OUTLETS
    between = len(list(combinations(entities, 2))) + drawn_outlets * len(entities)
    assert len(data["edges"]) + data["omitted"]["edges"] == between


def test_the_view_says_what_is_drawn_and_left_out_with_counts_that_add_up() -> None:
    entities = {f"E{i}": _ent(10 - i) for i in range(8)}
    pages = [(None, list(entities))] * 2 + [(f"O{j:02}", list(entities)) for j in range(MAX_OUTLETS + 3)]
    data = graph_data(entities, pages, max_entities=6, max_edges=40)
    drawn, weaker = len(data["edges"]), data["omitted"]["edges"]
    said = graph_counts(data)
    assert said == (
        f"The 6 entities named in most sources (of 8; the other 2 are left out) and the {MAX_OUTLETS} outlets with "
        f"most pages (of {MAX_OUTLETS + 3}; the other 3 are left out), with the {drawn} strongest of the "
        f"{drawn + weaker} links between them (the other {weaker} are left out, here and in the downloads)."
    )
    whole = graph_data({"A": _ent(2), "B": _ent(1)}, [(None, ["A", "B"])])
    assert graph_counts(whole) == "All 2 entities the sources name, with the 1 link between them."


@given(st.lists(st.text(max_size=6), min_size=2, max_size=4, unique=True))
def test_the_gexf_is_well_formed_xml_whatever_the_names(names: list[str]) -> None:
    # A registry naming an entity with a control character ("\x0b", as YAML writes it) made the
    # GEXF not well-formed: Gephi refused the file.
    from xml.etree import ElementTree

    from dossier.downloads import gexf

    nodes = [{"id": f"e:{n}", "label": n, "type": n, "sources": 1} for n in names]
    graph = {"nodes": nodes, "edges": [{"source": f"e:{names[0]}", "target": f"e:{names[1]}", "weight": 2}]}
    root = ElementTree.fromstring(gexf(graph))
    labels = [node.get("label") for node in root.iter("{http://gexf.net/1.3}node")]
    assert len(labels) == len(names)
    for label, name in zip(labels, names, strict=True):
        assert label == name or not _xml_char(name)  # written as it is, or escaped when XML cannot carry it


def _xml_char(text: str) -> bool:
    return all(c in "\t\n\r" or "\x20" <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd" or c > "\uffff" for c in text)
