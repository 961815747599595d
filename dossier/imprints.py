"""The page's imprint: lines that state who publishes it. A footer's publisher statement ("A
publication of the Valley Publishing Group"), a newspaper's name before its postal address, a press
release's closing "About <issuer>" section (the issuer publishes a release, also on a distribution
service's page), and the domain of a contact line's e-mail address (never a webmail domain, nor a
release's press office).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .copyrights import OWNER_ENDING
from .linetext import plain_text
from .model import Field, Removal
from .outletnames import canonical_outlet, domain_label, known_prefix, name_for_domain, outlet_worded, spelled_labels
from .pagehead import CAPITALISED_RUN, in_comments
from .publishers import PublisherTable

#: A page's footer saying who publishes it: "A publication of the Valley Publishing Group.",
#: "Proprietor and Publisher - The Harbour Ledger, P.O. Box 1", "Published by Example Media Ltd".
#: ("Published by" and "A publication" open the line, one of its cells or a sentence; a
#: publisher named after a dash or a colon is a company or a masthead, never a person.)
_PUBLISHER_STATEMENT = re.compile(
    r"(?:(?:^|\|\s*|[.!?]\s+)(?:a publication (?:of|by)|published by)|\bpublisher\s*(?:[-–—:]|--))\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,5})",
    re.I,
)


#: "A publication by the" / "Path Valley Publishing Group.": a statement the page breaks before its name.
_STATEMENT_BROKEN = re.compile(r"(?:a publication (?:of|by)|published by)(?:\s+the)?\s*$", re.I)


def publisher_statement(numbered: list[tuple[int, str]], table: PublisherTable) -> Field | None:
    """Return the publisher a page's footer names as such (see `_PUBLISHER_STATEMENT`): an outlet
    the table knows, or a name shaped like a masthead's or a publishing company's, never a person's.
    A statement broken before its name is read on with the next line."""
    for i, (n, text) in enumerate(numbered):
        if "ublish" not in text and "ublication" not in text:
            continue
        if i + 1 < len(numbered) and _STATEMENT_BROKEN.search(text):
            text = f"{text} {numbered[i + 1][1]}"
        for m in _PUBLISHER_STATEMENT.finditer(plain_text(text)):
            name = m.group("name").rstrip(".,")
            words = name.split()
            if not words[0][0].isupper():
                continue  # "published by the city"
            known = known_prefix(name, table)
            if known:
                return Field(known, n, "publisher-statement")
            if outlet_worded(words) or OWNER_ENDING.search(name) or re.search(r"\b(?:Group|Media)$", name):
                return Field(canonical_outlet(name, table), n, "publisher-statement")
    return None


#: A newspaper's name and then its postal address, in its footer or masthead: "The Harbour Ledger,
#: 400 Quay Drive, P.O. Box 69, Harbourtown" (a name ending in an outlet word: a shop's or a
#: council's address in an article is not in the page's chrome).
_NAME_THEN_ADDRESS = re.compile(
    r"^(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|the)){0,4}),?\s+"
    r"(?:\d{1,5}\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Way|Place|"
    r"Plaza|Square|Parkway|Court|Highway)\b|P\.?\s?O\.?\s+Box\b)"
)


_SENTENCE_WORD = re.compile(r"\b(?!(?:of|the|and)\b)[a-z]{2,}\b")


def postal_masthead(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> Field | None:
    """Return the newspaper a line of the page's chrome names with its postal address (see
    `_NAME_THEN_ADDRESS`)."""
    for n, text in numbered:
        rem = removed.get(n)
        if rem and rem.kind != "boilerplate":
            continue
        plain = plain_text(text).strip(" |")
        m = _NAME_THEN_ADDRESS.match(plain)
        if not m or not outlet_worded(m.group("name").split()):
            continue
        # A line the page keeps is an address block only when no word of a sentence follows the name.
        if rem or not _SENTENCE_WORD.search(plain, m.end("name")):
            return Field(canonical_outlet(m.group("name"), table), n, "postal-masthead")
    return None


#: Press-release furniture: on such a page the publisher is the issuer its "About" section names.
_PRESS_RELEASE = re.compile(
    r"^(?:(?:for immediate release|news release|press release|(?:media|press) (?:contact|inquiries|enquiries))\b"
    r"|#{3}\s*$|-\s*30\s*-\s*$)",
    re.I,
)


#: A release's closing credit of its issuer, in a distribution service's style: "SOURCE Northwind
#: Mutual" (the word in capitals, alone before the name, on a line of its own).
_RELEASE_SOURCE = re.compile(r"^SOURCE\s+[A-Z][\w&.,'’-]*(?:\s+[\w&.,'’-]+){0,5}$")


_ABOUT_LINE = re.compile(r"^About\s+(?P<name>.+?)\s*:?$")


def press_release_issuer(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable
) -> Field | None:
    if not any(_PRESS_RELEASE.match(t) for _, t in numbered):
        return None
    for i, (n, text) in enumerate(numbered):
        rem = removed.get(n)
        m = _ABOUT_LINE.match(plain_text(text))
        if rem and rem.rule == "about-boilerplate" and m:
            name = m.group("name")
            # The paragraph gives the full name: "About Northwind Mutual" / "... Northwind Mutual
            # Insurance Company is a mutual insurer ..."
            paragraph = numbered[i + 1][1] if i + 1 < len(numbered) else ""
            full = next((r.group(0) for r in CAPITALISED_RUN.finditer(paragraph) if r.group(0).startswith(name)), name)
            return Field(canonical_outlet(full, table), n, "press-release-issuer")
    return None


_EMAIL = re.compile(r"\b[\w.+-]+@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.I)
_LOCAL_PART_CHAR = re.compile(r"[\w.+-]")
_WORD_CHAR = re.compile(r"\w")


def _is_word_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _WORD_CHAR.match(text, i) is not None


def _emails(text: str) -> Iterator[re.Match[str]]:
    """Yield `_EMAIL`'s matches in `text`, the same as its `finditer`, in time linear in the text.

    (`finditer` tried the address from every word boundary of a run of letters and dots, reading
    the rest of the run each time: "a." repeated over 10,000 characters took 0.5-0.8 s.) An address
    ends its run of local-part characters at an "@", and every start in that run reads the same
    rest: only the run's first word boundary after where the search stands is tried."""
    pos = 0
    while (at := text.find("@", pos)) != -1:
        start = at
        while start > pos and _LOCAL_PART_CHAR.match(text, start - 1):
            start -= 1
        first = next((i for i in range(start, at) if _is_word_at(text, i - 1) != _is_word_at(text, i)), None)
        m = _EMAIL.match(text, first) if first is not None else None
        if m:
            yield m
        pos = m.end() if m else at + 1


#: Personal webmail: an address there says nothing about who publishes the page.
_WEBMAIL = re.compile(
    r"(?:^|\.)(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|aol|msn|icloud|me|mac|proton|protonmail|pm|"
    r"gmx|mail|yandex|zoho|fastmail|hey|tutanota)\.[a-z.]+$",
    re.I,
)


def email_domain(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], table: PublisherTable, lines: list[str]
) -> Field | None:
    if any(_RELEASE_SOURCE.match(t) for _, t in numbered):
        return None  # a release's contacts are its issuer's press office, on any site that runs it
    addresses = [
        (n, domain)
        for n, text in numbered
        # (an address in a comment is the commenter's: "... Jane Roe. e-mail: jroe@example.org")
        if (rem := removed.get(n)) and rem.kind == "boilerplate" and not in_comments(rem)
        for m in _emails(text)
        if not _WEBMAIL.search(domain := m.group("domain").lower())
    ]
    # The page is read once for every address's spelling, not once an address.
    spelled = spelled_labels({domain_label(d) for _, d in addresses}, lines) if addresses else {}
    for n, domain in addresses:
        name = table.lookup_domain(domain)
        if name:
            return Field(name, n, "e-mail-domain")
        name = name_for_domain(domain, lines, spelled=spelled)
        if name:
            return Field(canonical_outlet(name, table), n, "e-mail-domain")
    return None
