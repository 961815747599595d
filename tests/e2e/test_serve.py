"""`mkdocs serve` picks up a note added while it runs, with the same linking as a build."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(url: str, needle: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = _get(url)
        if page and needle in page:
            return page
        time.sleep(0.5)
    raise AssertionError(f"{url} never served a page containing {needle!r}")


def test_serve_relinks_a_note_added_while_running(tmp_path: Path, built_site: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(built_site, project, ignore=shutil.ignore_patterns("site"))
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", "mkdocs.yml", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(f"{base}/entities/sergei-lavrov/", "Sergei Lavrov")
        note = project / "docs" / "notes" / "live.md"
        note.parent.mkdir(exist_ok=True)
        note.write_text("# Live note\n\nSergei Lavrov spoke first.\n", encoding="utf-8")
        page = _wait_for(f"{base}/notes/live/", "Live note")
        assert 'href="../../entities/sergei-lavrov/"' in page
        _wait_for(f"{base}/entities/sergei-lavrov/", 'href="../../notes/live/"')
    finally:
        server.terminate()
        server.wait(timeout=20)
