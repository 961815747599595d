"""The benchmark times each file with the garbage collector paused: a full collection of its long
process's heap, left to run where it fell, landed inside one file's timing and made the slowest
file's figure jump by its cost."""

from __future__ import annotations

import gc
import runpy
from pathlib import Path

from dossier import pipeline

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench.py"


def test_no_file_is_timed_while_the_garbage_collector_may_run(tmp_path, monkeypatch) -> None:
    slowest_file = runpy.run_path(str(BENCH), run_name="bench")["slowest_file"]
    paths = []
    for n, text in enumerate(["Jane Doe met the mayor of Harbour Town.", "Acme Corp said on Monday it would grow."]):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(text + "\n", encoding="utf-8")
    collector_on, analyse = [], pipeline.analyse

    def watched(*args, **kwargs):
        collector_on.append(gc.isenabled())
        return analyse(*args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", watched)
    assert gc.isenabled()
    wall, path, cpu = slowest_file(paths)
    assert collector_on == [False, False]
    assert gc.isenabled()  # on again afterwards
    assert path in paths and wall > 0 and cpu >= 0
