"""The graph view's data: entities and outlets as a network, ready to serialise for the browser.

Nodes are the `MAX_ENTITIES` entities named by most sources (ties by name) plus the `MAX_OUTLETS`
outlets with most pages. Edges join two entities by the number of pages naming both, and an outlet
to an entity by the number of that outlet's pages naming it; each outlet keeps its `OUTLET_EDGES`
strongest, and the entity edges fill the rest of `MAX_EDGES`, strongest first; `omitted` counts
the entities and outlets left out and the links between drawn nodes that are not kept, so the kept
and the omitted links add up to all the links between drawn nodes. Node ids carry a prefix (`e:`
entity, `o:` outlet) so an outlet and an entity of the same name stay apart.

Work is one pass over the pages. A page's names are first cut to the kept entities, so a page costs
O(names on it) plus at most k*(k-1)/2 pair counts, with k <= MAX_ENTITIES (1,770 at 60), whatever
the corpus: 10,000 pages of 30 names each is at most 4.35 million counter steps, done in C.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from itertools import combinations

#: Entities drawn. Past ~60 labelled nodes a force layout turns into a hairball nobody can read,
#: and the pair counting per page grows with the square of this number.
MAX_ENTITIES = 60
#: Edges drawn. ~300 lines among ~60 nodes is about as dense as a drawing stays legible, and it
#: keeps the JSON a few tens of kilobytes however large the corpus.
MAX_EDGES = 300

#: Outlets drawn, those with most pages first: a corpus of a hundred outlets would bury the entities.
MAX_OUTLETS = 15
#: Each drawn outlet's strongest links to entities, kept apart from the entity-entity budget: in
#: one pool the outlets' links, no stronger than the entities', lost every tie and the outlets
#: floated unattached (seen on the five seeds).
OUTLET_EDGES = 5

ENTITY_PREFIX = "e:"
OUTLET_PREFIX = "o:"
OUTLET_TYPE = "outlet"

_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def graph_data(
    entities: Mapping[str, tuple[str, str, int]],
    pages: Iterable[tuple[str | None, Collection[str]]],
    max_entities: int = MAX_ENTITIES,
    max_edges: int = MAX_EDGES,
    outlet_urls: Mapping[str, str] = {},
) -> dict:
    """Return the nodes and strongest edges of the entity/outlet network, and what was left out."""
    kept = sorted(entities, key=lambda name: (-entities[name][2], name))[: max(max_entities, 0)]
    rank = {name: i for i, name in enumerate(kept)}  # pairs are counted on ranks: small ints, one order
    pairs: Counter[tuple[int, int]] = Counter()
    mentions: Counter[tuple[str, int]] = Counter()  # (outlet, entity rank) -> pages of that outlet naming it
    outlet_pages: Counter[str] = Counter()
    for outlet, names in pages:
        # A set first: a name listed twice on a page is still one page; sorted so each pair is (low, high).
        here = sorted({rank[n] for n in names if n in rank})
        pairs.update(combinations(here, 2))
        if outlet is not None:
            outlet_pages[outlet] += 1
            mentions.update((outlet, i) for i in here)

    nodes = [_node(ENTITY_PREFIX + name, name, *entities[name]) for name in kept]
    outlets = sorted(outlet_pages, key=lambda o: (-outlet_pages[o], o))[:MAX_OUTLETS]
    nodes += [_node(OUTLET_PREFIX + o, o, OUTLET_TYPE, outlet_urls.get(o), outlet_pages[o]) for o in outlets]

    # Strongest first; equal weights by ids, which are unique per edge, so the cut never depends on input order.
    by_outlet: dict[str, list[tuple[int, str, str]]] = {o: [] for o in outlets}
    for (o, i), w in mentions.items():
        if o in by_outlet:
            by_outlet[o].append((w, OUTLET_PREFIX + o, ENTITY_PREFIX + kept[i]))
    shown = [e for o in outlets for e in sorted(by_outlet[o], key=_strongest)[:OUTLET_EDGES]][: max(max_edges, 0)]
    # The links between drawn nodes; an outlet left out takes its links with it (counted as an outlet).
    links = len(pairs) + sum(len(by_outlet[o]) for o in outlets)
    edges = sorted(
        ((w, ENTITY_PREFIX + kept[a], ENTITY_PREFIX + kept[b]) for (a, b), w in pairs.items()), key=_strongest
    )
    shown += edges[: max(max_edges - len(shown), 0)]
    shown.sort(key=_strongest)
    return {
        "nodes": nodes,
        "edges": [{"source": s, "target": t, "weight": w} for w, s, t in shown],
        "omitted": {
            "entities": len(entities) - len(kept),
            "outlets": len(outlet_pages) - len(outlets),
            "edges": links - len(shown),
        },
    }


def _strongest(edge: tuple[int, str, str]) -> tuple[int, str, str]:
    return -edge[0], edge[1], edge[2]


def _node(node_id: str, label: str, kind: str, url: str | None, sources: int) -> dict:
    return {"id": node_id, "label": label, "type": kind, "sources": sources, "url": url}


def graph_json(data: dict) -> str:
    """Serialise graph data as ASCII JSON that cannot close a script tag or start an HTML entity."""
    # Outside strings JSON has no <, > or &, so escaping every one of them only touches string contents.
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).translate(_JSON_ESCAPES)
