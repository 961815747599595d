"""The quality gate: evaluation figures on the gold labels must not fall below tests/floors.yml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_evaluation_meets_the_floors() -> None:
    result = subprocess.run(
        [sys.executable, "build_dossier.py", "evaluate", "--floors", "tests/floors.yml", "-v"],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    print(result.stdout)
    assert "seeds: body=" in result.stdout
    assert result.returncode == 0, result.stderr + result.stdout
    # A scored part is read by its figures only: -v prints no row of its files (each row tells what
    # a file's body is missing) before its summary; the line before is another part's summary or note.
    lines = result.stdout.splitlines()
    for i, line in enumerate(lines):
        if line.split(":")[0].endswith("-scored") and " body=" in line:
            assert "body missing=" not in lines[i - 1], (lines[i - 1], line)


def test_inspect_json_is_exactly_one_object_with_the_contract_keys() -> None:
    import json

    result = subprocess.run(
        [sys.executable, "build_dossier.py", "inspect", "seeds/002_19a7ccb02b6001af.txt", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # raises if anything but one JSON document is printed
    assert {"title", "publisher", "date", "author", "url", "body", "removed", "entities"} <= data.keys()
    assert data["date"] == "2015-09-04"
    assert data["body"].splitlines()[-1].startswith('Russian president talks of desire for "international coalition"')
    assert all(set(r) >= {"line", "text", "reason"} for r in data["removed"])
    assert all(e["type"] in ("person", "organization", "place", "event", "other") for e in data["entities"])
