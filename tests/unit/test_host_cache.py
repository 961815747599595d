"""`urls.host_of` remembers its answers: each must be what reading the address again gives."""

import random
from urllib.parse import urlsplit

from dossier.urls import host_of


def _read_again(url: str) -> str | None:
    try:
        host = urlsplit(url.strip()).hostname
    except (ValueError, AttributeError):
        return None
    return host.removeprefix("www.") if host else None


def test_remembered_hosts_are_the_addresses_own():
    rng = random.Random(7)
    parts = ["http://", "https://", "//", " ", "www.", "WWW.", "harbour", "lantern", ".example", ".org", "[2001:db8::1",
             "]", "/", "news", "?q=1", "#top", ":8080", "@", "mailto:", "x", "."]  # fmt: skip
    urls = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    # Addresses alike but for their tail or their case, asked one after the other.
    urls += ["http://harbour.example/a", "http://harbour.example.org/a", "http://HARBOUR.example/a", "http://[::1"]
    for _ in range(2):  # the second round is answered from the cache
        for url in urls:
            assert host_of(url) == _read_again(url), url
