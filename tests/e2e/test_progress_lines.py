"""A long MkDocs build says how far it is: the plugin's progress lines, in a real build."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from dossier import plugin


def test_the_build_says_the_pages_converted_and_written(
    tmp_path: Path, built_site: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    project = tmp_path / "p"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site"))
    monkeypatch.chdir(project)
    monkeypatch.setattr(plugin, "PAGES_PROGRESS_EVERY", 10)  # the seeds' site has a few dozen pages
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.dossier"):
        build(load_config(str(project / "mkdocs.yml")))
    lines = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.dossier"]
    converted = [line for line in lines if line.endswith("pages converted")]
    written = [line for line in lines if line.endswith("pages written")]
    total = int(converted[-1].split()[1].split("/")[1])
    assert total >= 20 and (project / "site" / "index.html").is_file()
    assert [line.split()[1] for line in converted] == [f"{n}/{total}" for n in range(10, total, 10)] + [
        f"{total}/{total}"
    ]
    assert [line.split()[1] for line in written] == [line.split()[1] for line in converted]
