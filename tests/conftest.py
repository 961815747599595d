"""Shared fixtures: a real dossier project built in a temporary folder from the seeds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The property tests draw new examples on every local run, to find what nobody thought of; in CI
# (the CI variable set, as .ci/run and most CI services do) they draw the same ones each time, so
# a submission is judged on its code, not on the draw. A failure found locally is kept as an
# explicit @example. (The site tests also run in a venv without hypothesis: .ci/run's ProperDocs run.)
try:
    from hypothesis import settings
except ImportError:
    pass
else:
    # No per-example deadline: these tests compare answers (a fast way against a plain one); time
    # is measured by test_linear's growth ratios and the benchmark, and a loaded machine made
    # hypothesis's 200 ms deadline fail a right answer.
    settings.register_profile("local", deadline=None)
    settings.register_profile("ci", derandomize=True, deadline=None)
    settings.load_profile("ci" if os.environ.get("CI") else "local")


def make_project(where: Path, seeds: Path = ROOT / "seeds") -> Path:
    """Copy the project's site configuration and the given seeds into a fresh folder."""
    where.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    (where / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "index.md", where / "docs" / "index.md")
    shutil.copy(ROOT / "docs" / "entities.yml", where / "docs" / "entities.yml")
    shutil.copytree(seeds, where / "seeds", symlinks=True)
    return where


def run_dossier(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run build_dossier.py in a project folder and capture its output."""
    return subprocess.run(
        [sys.executable, str(ROOT / "build_dossier.py"), *args],
        cwd=project, capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip


#: The site builder the tests run: mkdocs, or properdocs (CI runs the site tests under both).
BUILDER = os.environ.get("DOSSIER_BUILDER", "mkdocs")


def mkdocs_build(project: Path) -> subprocess.CompletedProcess[str]:
    """Run plain `mkdocs build` in a project folder, as a user would after adding a note."""
    return subprocess.run(
        [sys.executable, "-m", BUILDER, "build", "-f", "mkdocs.yml"],
        cwd=project, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project built from the seeds with `build_dossier.py` (stage 1 + mkdocs build), with a
    temporary folder of its own beside it (`tmp`), so that what the build leaves there is its own."""
    root = tmp_path_factory.mktemp("dossier")
    (root / "tmp").mkdir()
    project = make_project(root / "project")
    result = run_dossier(project, env={**os.environ, "TMPDIR": str(root / "tmp")})
    assert result.returncode == 0, result.stderr
    return project
