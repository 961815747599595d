"""What in a site's configuration would make its pages request something from another host."""

from __future__ import annotations

from typing import Any


def third_party_fonts(theme: Any, plugins: Any = ()) -> str | None:
    """Return a one-line warning when the Material theme would load its fonts from Google.

    Material's default (no `font:` key) is Roboto from fonts.googleapis.com on every page: each
    reader's visit is then known to Google. `font: false` uses the system fonts; Material's privacy
    plugin downloads them at build time instead (it needs the network then).
    """
    if getattr(theme, "name", None) != "material" or any(p in plugins for p in ("privacy", "material/privacy")):
        return None
    try:
        font = theme["font"]
    except KeyError:
        font = None
    if font is False:
        return None
    return (
        "theme.font: Material loads its fonts from Google on every page, telling Google what each reader opens; "
        "set `font: false` under `theme:` in mkdocs.yml (or enable Material's privacy plugin)"
    )


#: The script Material's offline plugin adds so that search runs from file:// (a Web Worker
#: stand-in), which it loads from unpkg.com. Dossier ships the same file (npm iframe-worker 1.0.4,
#: MIT, by Material's author) in dossier/assets.
IFRAME_WORKER = "iframe-worker"


def local_polyfills(polyfills: list[str] | None, local: str) -> list[str]:
    """Return the theme's polyfills with the offline plugin's iframe-worker shim loaded from the
    site itself. Put first, it keeps the offline plugin (which runs later or earlier, as listed)
    from adding the unpkg.com copy: that plugin adds it only when no polyfill names iframe-worker."""
    kept = [p for p in polyfills or [] if IFRAME_WORKER not in str(p)]
    return [local, *kept]
