"""Export the pages the plugin generates or rewrites as plain Markdown files (for benchmarks, archives)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath


def export_page(root: Path, src_uri: str, content: str) -> Path:
    """Write one page under root at its docs-relative path; refuse paths that leave root."""
    rel = PurePosixPath(src_uri)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"{src_uri}: not a path inside the export folder")
    path = root.joinpath(*rel.parts)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path
