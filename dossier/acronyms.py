"""Read the acronyms of one text: which a text defines in parentheses ("the Islamic State (IS)"), with
what they abbreviate as their full form (`acronym_definitions`); which it uses as common nouns ("a
GP", "an MBE for services": `acronyms_as_nouns`); and which terms it spells out in lowercase words
("GST (goods and services tax)": `terms_spelled_out`), no names wherever the text writes them.

`dossier.discovery` proposes the definitions as mentions and drops the others from what it found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import CLOSED_CLASS, SMALL_WORDS, SPEECH_VERBS, initials
from .model import Mention
from .offsets import Separators
from .registry import Registry
from .spans import MAX_SPAN_WORDS, POSSESSIVE, guess_type, strip_title

_ACRONYM_DEF = re.compile(
    rf"(?P<long>[A-Z][\w'’-]*(?:\s+(?:of|the|and|for|&)?\s*[A-Z][\w'’-]*){{0,{MAX_SPAN_WORDS - 1}}})"
    r"\s+\((?P<short>[A-Z][A-Za-z.&]{1,9})\)"
)


#: What `_ACRONYM_DEF` ends with, and the characters it may hold before that.
_ACRONYM_PAREN = re.compile(r"\([A-Z][A-Za-z.&]{1,9}\)")


_ACRONYM_RUN = re.compile(r"[\w'’&\s-]+")


#: An acronym after "a" or "an" (and a measure: "a 52-yard TD on") that ends its noun phrase, before
#: a full stop, a comma or a word of the closed classes ("an MBE for services", "a VM and a disk",
#: "an ISO."); not one of a list of
#: names that modify one noun, where a capitalised word follows the comma or the "and" ("a KPRX and
#: WZTV merger", "a KPRX, WZTV and KLMN deal").
_ACRONYM_AS_NOUN = re.compile(
    r"a(?<=\ba)n?[ \t]+(?:\d+-[a-z]+[ \t]+)?([A-Z]{2,5})s?\b"  # "a" first: see `namelists._KIND_LIST`
    r"(?=[ \t]*[.;:)]|[ \t]*,(?![ \t]*[A-Z])|[ \t]+(?:and|or)\b(?![ \t]+[A-Z])"
    r"|[ \t]+(?:with|that|which|to|in|on|for|from|of|is|was|will|can|at|by)\b)"
)


def acronyms_as_nouns(body: str) -> set[str]:
    """Return the acronyms a text uses as common nouns, one thing of a kind ("a GP", "an MBE for
    services", "a VM with"): no name there, wherever the text writes them; an acronym before a
    noun modifies it and may be a name ("a NATO spokesman", "an FBI agent")."""
    return set(_ACRONYM_AS_NOUN.findall(body)) if " a" in body else set()


#: A term's letters, then lowercase words in brackets or after a dash: what it stands for,
#: written as common words ("Ebitda (earnings before interest, tax, ...)", "A&R - artist and
#: repertoire", "GST (goods and services tax)"); a name's spelling-out is capitalised.
_SPELLED_OUT = re.compile(
    r"([A-Z](?<![\w&'’-].)[A-Za-z&]{1,9})[ \t]*(?:\(|[-–—][ \t]*)((?:[a-z][a-z'’-]*,?[ \t]+){1,11}[a-z][a-z'’-]*)"
)


def terms_spelled_out(body: str) -> set[str]:
    """Return the terms a text spells out in lowercase words ("Ebitda (earnings before interest,
    tax, depreciation and amortisation)", "so-called A&R - artist and repertoire"): trade words,
    no names, wherever the text writes them."""
    if "(" not in body and "-" not in body and "–" not in body and "—" not in body:
        return set()
    found = set()
    for m in _SPELLED_OUT.finditer(body):
        words = m.group(2).replace(",", " ").split()
        if any(_abbreviates(m.group(1), " ".join(words[:n])) for n in range(2, len(words) + 1)):
            found.add(m.group(1))
    return found


#: An acronym in brackets right after a lowercase word, which it abbreviates or glosses ("the block
#: (SCSI)", "style sheets (CSS) enabled", "a deep vein thrombosis (DVT)"); a body's name is
#: spelled out in capitals before its letters ("the Islamic State (IS)"). A word of the closed
#: classes or a speech verb before the bracket is no noun the acronym could gloss ("said (AP)").
_GLOSSED = re.compile(r"(?<![\w'’&-])([a-z][a-z-]*)[ \t]+\(([A-Z][A-Z0-9&]{1,5})\)")


#: What `_GLOSSED` ends with, searched first: most texts hold a few bracketed acronyms and many
#: lowercase words, so `_GLOSSED` is tried only from the line's last letters before each bracket.
_BRACKETED_ACRONYM = re.compile(r"[ \t]\([A-Z][A-Z0-9&]{1,5}\)")


def terms_glossed(body: str) -> set[str]:
    """Return the acronyms a text writes in brackets after a lowercase word that they gloss as a
    kind of thing ("the device (LUN)", "style sheets (CSS)", "uses block (SCSI)"): terms of a
    trade, no names, wherever the text writes them. Not one the lowercase words before it spell out
    letter by letter ("respiratory syncytial virus (RSV)": the text defines it, as it defines a
    body's name, and the virus may be what the story is about), nor one the text also spells out
    in capitals as a name ("the Drug Agency (DRA)")."""
    if "(" not in body:
        return set()
    found = {
        m.group(2)
        for m in _glossed_matches(body)
        if m.group(1) not in _NO_GLOSS and not _spelled_before(body, m.end(1), m.group(2))
    }
    return found - {m.group("short") for m in _acronym_matches(body)} if found else found


def _glossed_matches(body: str) -> Iterator[re.Match[str]]:
    """Yield what `_GLOSSED.finditer(body)` yields, trying the pattern only before each bracketed
    acronym: a match ends at one, and starts at the lowercase word before its spaces."""
    for bracket in _BRACKETED_ACRONYM.finditer(body):
        word = bracket.start()
        while word > 0 and body[word - 1] in " \t":  # the spaces before the bracket
            word -= 1
        while word > 0 and ("a" <= body[word - 1] <= "z" or body[word - 1] == "-"):
            word -= 1
        m = _GLOSSED.match(body, word, bracket.end())
        if m is not None and m.end() == bracket.end():
            yield m


def _spelled_before(body: str, end: int, short: str) -> bool:
    """Tell an acronym whose letters are the initials of the words of its line that end at `end`
    ("respiratory syncytial virus" for "RSV")."""
    words = body[max(0, body.rfind("\n", 0, end) + 1, end - _SPELLED_MAX_LETTERS) : end].split()
    return any(_abbreviates(short, " ".join(words[-n:])) for n in range(2, len(words) + 1))


#: How far before a bracketed acronym `_spelled_before` reads for the words it may abbreviate: a
#: bound (an acronym of a dozen letters spells some eighty characters out).
_SPELLED_MAX_LETTERS = 80


#: Words before a bracket that gloss nothing: the closed classes ("his (DIY)") and speech verbs
#: ("he said (AP)": a wire's credit).
_NO_GLOSS = CLOSED_CLASS | SPEECH_VERBS


def acronym_definitions(body: str, text: str, lines: Separators, registry: Registry) -> list[tuple[int, Mention]]:
    """Read "the Islamic State (IS)": the acronym, with what it abbreviates as its full form; each
    with where its parenthesis is in `body`. Read in `text`, whose headings `body` blanked: a
    headline may define one."""
    cache = registry.readings()  # a definition reads the same in every text: kept with the spans'
    found = []
    text_lines: Separators | None = None
    for m in _acronym_matches(text):
        key = (_ACRONYM, m.group("long"), m.group("short"))
        if key not in cache:
            cache[key] = _read_acronym(m.group("long"), m.group("short"), registry)
        if cache[key] is not None:
            text_lines = text_lines or Separators(text, "\n")
            short = m.start("short")  # the definition's line: its long form may start on the line above
            written = text[max(m.start(), text_lines.block_start(short)) : m.end()]
            found.append((_in_body(body, lines, text_lines.index(short), written), cache[key]))
    return found


def _in_body(body: str, lines: Separators, line: int, written: str) -> int:
    """Return where in `body` line number `line` of the text holds `written`: `discovery._without_headings`
    keeps every line but may blank it or some of its cells; else the line's start."""
    start = lines.positions[line - 1] + 1 if line else 0
    at = body.find(written, start, lines.block_end(start, len(body)))
    return at if at >= 0 else start


_ACRONYM = "acronym"  # marks an acronym's reading in the registry's cache


def _read_acronym(long: str, short: str, registry: Registry) -> Mention | None:
    if sum(c.isupper() for c in short) < 2:
        return None
    words = long.split()
    # "Norway's Norwegian Safety Investigation Authority (NSIA)": drop words until the initials fit.
    while words and not (_abbreviates(short, " ".join(words), True) and words[0].lower() not in SMALL_WORDS):
        words = words[1:]
    long = POSSESSIVE.sub("", " ".join(words)) if len(words) >= 2 else ""
    if not long:
        return None
    title, rest = strip_title(long.split(), registry)
    long = " ".join(rest) if title else long
    known = registry.canonical(long)
    kind = registry.entities[known].type if known else guess_type(long.split())
    return Mention(short, kind, f"acronym of {long}", long)


def _acronym_matches(text: str) -> Iterator[re.Match[str]]:
    """Yield what `_ACRONYM_DEF.finditer(text)` yields, searching only before each "(ABC)".

    A match ends at the first "(ABC)" after its start, and holds only word characters, spaces and
    "&" before it: it starts in the run of those characters that the parenthesis ends. Searching
    each such run alone finds the same matches, without trying every capital of the text.
    """
    end = 0
    backwards = ""  # the text reversed, once it has a parenthesis: the run before one is read back from it
    for paren in _ACRONYM_PAREN.finditer(text):
        # The run of those characters that ends at the parenthesis, read backwards from it (in C),
        # where the runs of the whole text were walked one by one up to it.
        backwards = backwards or text[::-1]
        run = _ACRONYM_RUN.match(backwards, len(text) - paren.start())
        start = paren.start() - (run.end() - run.start()) if run else paren.start()
        m = _ACRONYM_DEF.search(text, max(start, end), paren.end())
        if m:
            yield m
            end = m.end()


def _abbreviates(short: str, long: str, defined: bool = False) -> bool:
    """Tell whether an acronym is made of the initials of a name ("IS" and "Islamic State"); one
    defined in parentheses may leave out the last words ("UNRWA" for the United Nations Relief
    and Works Agency for Palestine Refugees)."""
    letters = "".join(c for c in short if c.isalpha()).upper()
    full = (initials(long, False), initials(long, True))
    return letters in full or (defined and len(letters) >= 3 and any(f.startswith(letters) for f in full))
