"""The benchmark's plain build leaves out of its navigation what the plugin leaves out, so that the
RATIO compares two builds that write the same navigation into every page."""

from __future__ import annotations

import runpy
from pathlib import Path

from dossier.generate import LISTED_BY_INDEX

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench.py"


def test_the_plain_build_leaves_out_of_its_navigation_every_folder_the_plugin_does() -> None:
    not_in_nav = runpy.run_path(str(BENCH), run_name="bench")["NOT_IN_NAV"].splitlines()
    for folder in (*LISTED_BY_INDEX, "sources"):
        assert f"/{folder}/*" in not_in_nav, folder
