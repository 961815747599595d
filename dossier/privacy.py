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
