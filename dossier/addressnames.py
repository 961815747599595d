"""The site's name as two places of its chrome write it: a bare web address ("www.harbourtimes.example")
and, apart from it, the same letters as words ("Harbour Times"). Neither alone says whose site the
page is (an address in a footer is a sponsor's or a sister site's as often); written both ways, and
one of them where a site names itself (a copyright notice, or the address on a line of its own),
they agree.
"""

from __future__ import annotations

import re

from .copyrights import copyright_notice
from .model import Field, Removal
from .outletnames import canonical_outlet, domain_label, person_named, spelled_labels
from .pagehead import WEB_NAME, in_comments
from .publishers import PublisherTable

#: A web address written as text that names a site's home, not a page of it or a mailbox: no path
#: after it ("example.org/share"), no "@", "/" or "%" before it (an address inside another's query).
_ADDRESS_CONTEXT_BEFORE = re.compile(r"[@/%]$")
_ADDRESS_PATH_AFTER = re.compile(r"/[^\s|]")


#: A Markdown link's or image's target: no text the page shows; dropped before addresses are read.
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


#: The fewest letters of an address's label that a spelling of it confirms ("bbc", "itv" are spelled
#: by other acronyms as often). Chosen on the L3S tune pages, whose sites so found had labels of 11
#: letters and more; four keeps short coined names.
ADDRESS_LABEL_MIN_CHARS = 4


def address_spelled_name(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> Field | None:
    """Return the site a bare web address in the page's chrome names when a chrome line spells its
    label in words apart ("www.harbourtimes.example" and "Add Harbour Times"), and one of the two
    sits where a site names itself: a copyright notice, or the address alone on its line.

    A spelling of one word ("Harbourtimes") is the address written again, not a second witness; a
    person's name ("Jane Roe" for "janeroe.example") is a blogger's, whose site goes by another
    name; a comment section's lines are the commenters' sites; several addresses confirmed so (a
    network's menu of sister sites) name none of them."""
    written: dict[str, tuple[str, int]] = {}  # label -> (the address as written, its first line)
    owned: set[str] = set()  # labels whose address stands alone or in a notice
    chrome: list[tuple[str, bool]] = []  # each chrome line without its addresses, and whether it is a notice
    for n, text in numbered:
        rem = removed.get(n)
        if rem is None or in_comments(rem):
            continue
        text = _LINK_TARGET.sub("] ", text)
        notice = copyright_notice(text) is not None
        for m in WEB_NAME.finditer(text):
            if _ADDRESS_CONTEXT_BEFORE.search(text, 0, m.start()) or _ADDRESS_PATH_AFTER.match(text, m.end()):
                continue
            label = domain_label(m.group(0).lower())
            written.setdefault(label, (m.group(0), n))
            if notice or text.strip(" |") == m.group(0):
                owned.add(label)
        chrome.append((WEB_NAME.sub(" | ", text), notice))  # (an address is no spelling of itself)
    labels = {k for k in written if len(k) >= ADDRESS_LABEL_MIN_CHARS}
    if not labels:
        return None
    names: dict[str, str] = {}
    for text, notice in chrome:
        for label, name in spelled_labels(labels, [text]).items():
            if " " in name and not person_named(name.split()) and (notice or label in owned):
                names.setdefault(label, name)
    if len(names) != 1:
        return None
    ((label, name),) = names.items()
    return Field(canonical_outlet(name, table), written[label][1], "address-spelled-name")
