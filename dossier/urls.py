"""What Dossier accepts as a link out of the site, and how it writes one into a page.

A URL read from scraped text or a registry is taken only when it parses as http or https with a
host name: no other scheme (`javascript:`, `data:`), no user name or password before the host, no
whitespace, control characters or the characters RFC 3986 excludes (`<>"{}|\\^` and the backtick).
The URL is kept as written; `href` writes it for a Markdown link, percent-encoding everything
Markdown or HTML could read as syntax.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, urlsplit

SCHEMES = ("http", "https")
#: Longer than this is not a URL worth linking (browsers cap around 2,000-8,000 characters).
MAX_URL_CHARS = 2048
_EXCLUDED = re.compile(r"[\s\x00-\x1f\x7f-\x9f<>\"{}|\\^`]")
# A host name: dot-separated labels of letters, digits, "-" and "_" (any script; an IPv4 address
# is one too). IPv6 literals are not accepted: their brackets are Markdown link syntax.
_HOST = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.?")
# What `href` leaves as written in a URL's path, query and fragment: letters, digits and the
# delimiters that carry no Markdown meaning (and `quote` keeps "_"). Everything else ( ( ) [ ] * '
# ! and non-ASCII) is percent-encoded.
_HREF_SAFE = "-.~:/?#@$&+,;=%"
#: The start of a link target that is not a path relative to the page it is written in: a scheme
#: ("https:", "javascript:"), or a path from the site's root or a host's ("/", "//", and "\\",
#: which browsers read as "/").
_NOT_RELATIVE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|[/\\])")


def http_url(value: object) -> str | None:
    """Return the value, stripped, if it is an http(s) URL with a host; else None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or len(url) > MAX_URL_CHARS or _EXCLUDED.search(url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in SCHEMES or "@" in parts.netloc:
        return None
    host = parts.hostname
    if not host or not _HOST.fullmatch(host):
        return None
    return url


def href(url: str) -> str:
    """Write an `http_url` for the target of a Markdown link: the host in ASCII (IDNA), the rest
    percent-encoded where Markdown or HTML would read it as syntax."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            host = quote(host, safe=".")
    netloc = f"{host}:{parts.port}" if parts.port is not None else host
    rest = parts.path + (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
    return f"{parts.scheme.lower()}://{netloc}{quote(rest, safe=_HREF_SAFE)}"


#: What a relative link's path may not hold as written: a page the user named
#: ("javascript:alert(1).md", "q?x=1#f.md", "a b.md") was linked from beside it as a scheme, a
#: query or a broken link. MkDocs and browsers read the path percent-decoded: the escapes find the page.
_NOT_PATH = re.compile(r"[^\w./-]")


def path_url(path: str) -> str:
    """Write a relative path for a link, percent-encoding all but letters, digits and "./-"."""
    return _NOT_PATH.sub(lambda m: quote(m.group()), path) if _NOT_PATH.search(path) else path


#: Addresses whose host is remembered: a page links to its own site many times, and the publisher's
#: readers ask the host of every link of the page once per candidate name (`mastheads.host_names`).
HOST_CACHE_SIZE = 4096


@lru_cache(maxsize=HOST_CACHE_SIZE)  # a pure function of the string: the cached answer is the same
def host_of(url: str) -> str | None:
    """Return a URL's host without "www.", or None for what is not an absolute URL (or is a broken
    one: "http://[2001:db8::1/plan" raises in urlsplit)."""
    try:
        host = urlsplit(url.strip()).hostname
    except (ValueError, AttributeError):
        return None
    return host.removeprefix("www.") if host else None


def relative_path(target: str) -> bool:
    """Tell a link target that is a path relative to its page ("c.md", "../img/p.png", "#top")."""
    return not _NOT_RELATIVE.match(target)
