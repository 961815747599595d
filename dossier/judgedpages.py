"""Entity pages judged by hand (`tests/realpages/judged.yml`, issue 14): groups of fresh tune pages
whose every entity page a person read and called a name or a kind of not-name.

The entity labels (`tests/realpages/entities.yml`) tell whether a page is a labelled name; pages
nobody labelled showed far more not-names than the labelled ones, so these groups were judged page
by page instead: `evaluate --set judged-tune` rebuilds them and counts the pages judged not names,
the judged names no page holds any more, and the pages nobody judged.
"""

from __future__ import annotations

from pathlib import Path

from .realpages import LABELLED_FIELDS


def judged_groups(path: Path, folder: Path) -> dict[str, list[tuple[Path, dict]]]:
    """Read the judgements as groups of (article, gold) to score, each group analysed as one corpus
    as `realpages.entity_groups`' clusters are. Every gold holds its group's verdicts (entity page
    name -> "name" or the kind of not-name) and labels nothing else: no field, no line, no entity."""
    import yaml

    table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    groups: dict[str, list[tuple[Path, dict]]] = {}
    for slug, group in (table.get("groups") or {}).items():
        verdicts = {str(name): str(verdict) for name, verdict in (group.get("verdicts") or {}).items()}
        articles = folder / str(group.get("set")) / "articles"
        skip = {**dict.fromkeys(LABELLED_FIELDS, False), "entities": False}
        gold = {"judged": verdicts, "found_in_file": skip, "lines_labelled": False}
        paths = sorted(articles / f"{pid}.txt" for pid in group.get("pages") or [])
        if found := [(p, gold) for p in paths if p.is_file()]:
            groups[str(slug)] = found
    return groups
