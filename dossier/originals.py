"""Each source's original file, shown as escaped text beside its cleaned page.

A source page names the file it came from (`source_file`, relative to the project folder) and
the file's SHA-256. The site gets a copy of that file as a plain HTML page of its lines, each
escaped and numbered (`#L23` is line 23, as on the cleaned page), so the cleaned text can be read
beside what was scraped. Only a file inside the project folder whose hash is the page's is shown:
a page cannot publish any other file, and a seed that changed since stage 1 is not passed off as
the original.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path
from typing import Any

from .ingest import SourceError, decode_bytes, normalise_text, split_lines
from .markup import shown_file_name
from .urls import path_url, relative_path

#: A source's original is written beside its page: sources/<slug>.original.html.
SUFFIX = ".original.html"

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>{title} (original file)</title>{icon}
<style>
body {{ margin: 0; font: 14px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; color: #222; background: #fff; }}
header {{ padding: 0.6em 1em; background: #f3f3f3; border-bottom: 1px solid #ddd; font-family: system-ui, sans-serif; }}
ol {{ margin: 0; padding: 0.5em 1em 2em 4.5em; }}
li {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
li::marker {{ color: #888; }}
li:target {{ background: #fff3b0; outline: 2px solid #e0a800; }}
@media (prefers-color-scheme: dark) {{ body {{ color: #ddd; background: #1e1e1e; }}
  header {{ background: #2a2a2a; border-color: #444; }} li:target {{ background: #4a4000; }} }}
</style></head>
<body><header>Original file <code>{name}</code> as scraped ({lines} lines, sha256 {digest}…), shown as text.
Line numbers are those of the cleaned page's paragraph links. <a href="{back}">Back to the cleaned page</a></header>
<ol>
{body}
</ol></body></html>
"""


def read_original(root: Path, meta: dict[str, Any]) -> str | None:
    """Return the text of a source page's original file, or None when it is not in the project
    folder any more, or is not the file the page was made from."""
    name, digest = meta.get("source_file"), meta.get("sha256")
    if not isinstance(name, str) or not isinstance(digest, str) or not name:
        return None
    try:
        base = root.resolve()
        path = (base / name).resolve()
        if base not in path.parents or not path.is_file():
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != digest:
        return None
    try:
        return normalise_text(decode_bytes(data)[0])
    except SourceError:
        return None


def original_page(text: str, name: str, title: str, digest: str, back: str, icon: str | None = None) -> str:
    """Render an original file as a page of escaped, numbered lines; `icon` is the site's icon,
    relative to the page (without one a browser asks the server for /favicon.ico, a 404 and an
    error in the console where the site has none)."""
    lines = split_lines(text)
    body = "\n".join(f'<li id="L{n}">{html.escape(line)}</li>' for n, line in enumerate(lines, 1))
    return _PAGE.format(
        title=html.escape(title), name=html.escape(shown_file_name(name)), lines=len(lines), digest=html.escape(digest[:16]),
        back=html.escape(back, quote=True), body=body,
        icon=f'<link rel="icon" href="{html.escape(icon, quote=True)}">' if icon else "",
    )  # fmt: skip


def original_uri(page_uri: str) -> str:
    """Return where a source page's original goes, under docs/."""
    return page_uri.removesuffix(".md") + SUFFIX


def back_url(page_uri: str, directory_urls: bool) -> str:
    """Return the URL of the cleaned page relative to its original's page."""
    stem = path_url(page_uri.rsplit("/", 1)[-1].removesuffix(".md"))  # a page named "javascript:x.md" too
    return f"{stem}/" if directory_urls else f"{stem}.html"


def write_originals(
    pages: dict[str, Any], root: Path, directory_urls: bool, folder: Path, favicon: str | None = None
) -> dict[str, Path]:
    """Write the original-file pages of the source pages whose original is in `root` into
    `folder`; return them by path under docs/ (`pages` is the index's pages, read before it is
    compacted; `favicon` the theme's icon, a path from the site's root). Written to files, they
    are not held in memory until the build ends."""
    out = {}
    for uri, page in pages.items():
        if page.kind != "source" or (text := read_original(root, page.meta)) is None:
            continue
        name, digest = str(page.meta["source_file"]), str(page.meta["sha256"])
        path = folder / original_uri(uri)
        path.parent.mkdir(parents=True, exist_ok=True)
        icon = "../" * uri.count("/") + favicon if favicon and relative_path(favicon) else None
        page_html = original_page(text, name, page.title, digest, back_url(uri, directory_urls), icon)
        path.write_text(page_html, encoding="utf-8")
        out[original_uri(uri)] = path
    return out
