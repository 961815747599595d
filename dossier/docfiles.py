"""Which files under docs/ a build may read.

MkDocs lists every file under docs/, following links, and reads or copies each one: a FIFO there
hangs the build (reading it waits for a writer), a socket or a device fails it. And a note is
published: a note that is a link to a file outside docs/ (a private file, a key) would publish that
file. Such files are left out of the build, each with one line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .ingest import file_kind


def refusal(path: Path, docs_dir: Path, confined: bool) -> str | None:
    """Return why the build must not read the file at `path`, or None when it may.

    `confined`: the file is published as a page of the plugin's (a note, a source), and must
    resolve to a file inside `docs_dir`.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if not stat.S_ISREG(mode):
        return f"is not a regular file ({file_kind(mode)}); left out of the site"
    if confined and _leaves(path, docs_dir):
        return "is a link to a file outside the docs folder; not published"
    return None


def _leaves(path: Path, docs_dir: Path) -> bool:
    try:
        return not path.resolve().is_relative_to(docs_dir.resolve())
    except (OSError, RuntimeError):  # a loop of links
        return True
