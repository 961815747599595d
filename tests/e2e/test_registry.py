"""The user's registry and a note's front matter win over discovery, after a plain mkdocs build."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import mkdocs_build

REGISTRY = """\
entities:
  - name: Sergei Lavrov
    type: person
    aliases: [Lavrov, Sergey Lavrov]
    description: Foreign minister of Russia since 2004.
    same_as: https://www.wikidata.org/wiki/Q131240
ignore: [Camp David]
"""
NOTE = """\
---
title: Who briefed whom
entities:
  - {name: Josh Earnest, type: person, aliases: [Earnest]}
---
# Who briefed whom

Earnest briefed reporters; Lavrov answered from Moscow.
"""


def _html(project: Path, page: str) -> str:
    return (project / "site" / page / "index.html").read_text(encoding="utf-8")


def test_registry_and_note_entities_win_over_discovery(tmp_path: Path, built_site: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site"))
    (project / "docs" / "entities.yml").write_text(REGISTRY, encoding="utf-8")
    (project / "docs" / "notes").mkdir(exist_ok=True)
    (project / "docs" / "notes" / "briefing.md").write_text(NOTE, encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr

    lavrov = _html(project, "entities/sergei-lavrov")
    assert "Foreign minister of Russia since 2004." in lavrov and "reviewed" in lavrov
    assert 'href="https://www.wikidata.org/wiki/Q131240"' in lavrov
    assert "Add it to the registry" not in lavrov  # reviewed entities need no snippet
    assert 'href="../../notes/briefing/"' in lavrov  # the note's "Lavrov" resolves through the registry

    earnest = _html(project, "entities/josh-earnest")
    assert 'href="../../notes/briefing/"' in earnest
    assert 'href="../../sources/004_5539549447207701/#L24"' in earnest  # "Earnest told a briefing"
    assert not (project / "site" / "entities" / "earnest").exists()  # no second entity for the surname
    assert not (project / "site" / "entities" / "camp-david").exists()  # ignored by the registry
    source = _html(project, "sources/003_f0a0954fad4332f8")
    assert "Camp David" in source and 'camp-david/"' not in source
