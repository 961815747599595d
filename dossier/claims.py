"""Read the names a text writes whole across what would split them, before its capitalised spans
are read: the registry's spellings holding a lowercase word ("Médecins sans Frontières"), a list
sharing one plural head ("Calcasieu, Cameron and Jefferson Davis parishes"), a work's title in
quotation marks ("Two and a Half Men") or set apart as a link's text or in italics ("*Welcome to
the Monkey House*"), with the same words written plain elsewhere, and a person with a nickname in
quotation marks ('Thomas "Tip" O'Neill').

`claim_whole_names` adds each to what `dossier.discovery` found and returns the span starts they
cover: those spans are not read again alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .gazetteer import is_place
from .lexicon import COMMON, HEADING_SMALL_WORDS, PLURAL_HEADS, SPEECH_VERBS, in_dictionary, is_first_name
from .model import Mention
from .notnames import CALENDAR_WORD
from .registry import Registry
from .spanpatterns import SPAN, TOKEN
from .spans import MAX_SPAN_WORDS

_CAPITALISED = re.compile(r"[A-Z](?<![\w-].)[\w'’-]*")  # the capital first: quicker, the same matches


_PLURAL_HEAD = re.compile(rf"[ \t](?:{'|'.join(PLURAL_HEADS)})\b")


_NAME = rf"{TOKEN}(?: {TOKEN}){{0,{MAX_SPAN_WORDS - 1}}}"


_PLURAL_LIST = re.compile(
    rf"(?<![\w.-])(?P<list>{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME})[ \t]+(?P<head>{'|'.join(PLURAL_HEADS)})\b"
)


#: A work's title in quotation marks holds at most this many words ("The Diving Bell and the
#: Butterfly": 6); a longer run in Title Case is a headline quoted. Chosen on the reader-mode L3S
#: tune texts, whose quoted titles held 3 to 7 words ("Pirates of the Caribbean: At World's End").
QUOTED_TITLE_MAX_WORDS = 8


# Words in double quotation marks on one line, the first capitalised: a title, a quotation. The
# mark first, then a look back at the sign before it: quicker over a whole text, the same matches.
_QUOTED = re.compile(r"[\"“](?<![\w\"“].)([A-Z][^\"“”\n]{0,80})[\"”](?!\w)")


def claim_whole_names(body: str, registry: Registry, found: list[tuple[int, Mention]]) -> set[int]:
    """Read the names written whole in `body` (each added to `found` with where it starts); return
    the span starts they cover."""
    return (
        _claim_phrases(body, registry, found)
        | _claim_plural_lists(body, found)
        | _claim_quoted_titles(body, found)
        | _claim_marked_titles(body, found)
        | _claim_plain_titles(body, registry, found)
        | _claim_nicknamed_people(body, found)
    )


def _claim_phrases(body: str, registry: Registry, found: list[tuple[int, Mention]]) -> set[int]:
    """Find the registry's spellings with lowercase words (each added to `found` with where it
    starts); return the span starts they cover."""
    phrases = registry.phrases()
    claimed: set[int] = set()
    heads = _phrase_heads(registry)
    if heads is None or not heads.search(body):
        return claimed
    for m in _CAPITALISED.finditer(body):
        for spelling in phrases.get(m.group(0), ()):
            end = m.start() + len(spelling)
            if body.startswith(spelling, m.start()) and not body[end : end + 1].isalnum():
                kind = registry.entities[registry.canonical(spelling)].type
                found.append((m.start(), Mention(spelling, kind, "registry")))
                claimed.update(s.start() for s in SPAN.finditer(body, m.start(), end))
                break
    return claimed


def _phrase_heads(registry: Registry) -> re.Pattern[str] | None:
    """Return a pattern finding the capitalised first words of the registry's phrases (most texts
    hold none), or None when there are none."""
    cache = registry.readings()
    if _PHRASE_HEADS not in cache:
        words = sorted((w for w in registry.phrases() if "A" <= w[0] <= "Z"), key=len, reverse=True)
        cache[_PHRASE_HEADS] = re.compile("|".join(map(re.escape, words))) if words else None
    return cache[_PHRASE_HEADS]


_PHRASE_HEADS = ("phrase heads",)  # the key of `_phrase_heads`'s pattern in the registry's cache


def holds_plural_head(body: str) -> bool:
    """`_PLURAL_HEAD.search(body)`, searched only in a text that holds one of its head words: every
    match holds one, and most texts hold none, which a substring test per word finds in C where the
    pattern was tried at every character (about 1% of discovery on the benchmark's sources)."""
    return any(head in body for head in PLURAL_HEADS) and _PLURAL_HEAD.search(body) is not None


def _claim_plural_lists(body: str, found: list[tuple[int, Mention]]) -> set[int]:
    """Read "Calcasieu, Cameron and Jefferson Davis parishes" as three parishes."""
    claimed: set[int] = set()
    if not holds_plural_head(body):
        return claimed  # the list pattern is slow to try everywhere; the head word is quick to find
    for m in _PLURAL_LIST.finditer(body):
        head = PLURAL_HEADS[m.group("head")]
        names = re.split(r",?[ \t]+and[ \t]+|,[ \t]+", m.group("list"))
        if any(n.split()[0].lower() in COMMON for n in names):
            continue
        for name in names:
            found.append((m.start(), Mention(f"{name} {head}", "place", f"list of {m.group('head')}", name)))
        claimed.update(s.start() for s in SPAN.finditer(body, m.start(), m.end("list")))
    return claimed


def _claim_quoted_titles(body: str, found: list[tuple[int, Mention]]) -> set[int]:
    """Read a work's title in double quotation marks as one name ("Two and a Half Men", "Make Me a
    Supermodel"): its small words in lowercase would split it into pieces that are no names ("Half
    Men", "Make Me"). See `_is_quoted_title`."""
    claimed: set[int] = set()
    if '"' not in body and "“" not in body:
        return claimed
    for m in _QUOTED.finditer(body):
        title = m.group(1).rstrip(",.:;!?")
        if _is_quoted_title(title):
            found.append((m.start(1), Mention(title, "other", "quoted title")))
            claimed.update(s.start() for s in SPAN.finditer(body, m.start(1), m.start(1) + len(title)))
    return claimed


# A Markdown link's whole text, or words set in italics or bold, the first capitalised, on one line:
# "[Learning on Steroids](https://...)", "*Welcome to the Monkey House*". The mark first.
_MARKED = re.compile(r"\[([A-Z][^\[\]\n]{0,80})\]\(|(?<![\w*])(\*\*?|_)([A-Z][^*_\n]{0,80}?)\2(?![\w*])")

#: The small words a title writes in lowercase that a capitalised span does not run on across ("Learning
#: on Steroids", "Partner to Win", "Welcome to the Monkey House"): the spans join "of", "and" and "for"
#: themselves ("Bank of England"), and a title of those alone is read as one.
_TITLE_BREAKS = frozenset(HEADING_SMALL_WORDS) - {"of", "and", "for"}


def _claim_marked_titles(body: str, found: list[tuple[int, Mention]]) -> set[int]:
    """Read a work's, a campaign's or a site's title set apart as a link's whole text or in italics
    ("[Learning on Steroids](...)", "*Welcome to the Monkey House*") as one name, and the same words
    wherever else the text writes them ("a new opening of Learning on Steroids"): a small word in
    lowercase would cut it into pieces that are no names ("Steroids", "Monkey House"). Only a title
    with such a word (`_TITLE_BREAKS`) is claimed: the spans read the others whole. Quoted titles
    (`_claim_quoted_titles`) are looked for elsewhere too, unless they name a person ("NBC Nightly
    News with Brian Williams" keeps the anchor's name where the text writes it plain)."""
    claimed: set[int] = set()
    titles = {m.text for _, m in found if m.cue == "quoted title" and not _names_a_person(m.text.split())}
    if "[" in body or "*" in body or "_" in body:
        for m in _MARKED.finditer(body):
            start = m.start(1) if m.group(1) is not None else m.start(3)
            title = (m.group(1) if m.group(1) is not None else m.group(3)).rstrip(",.:;!?")
            if _in_a_sentence(body, m.start()) and _is_marked_title(title):
                titles.add(title)
                found.append((start, Mention(title, "other", "marked title")))
                claimed.update(s.start() for s in SPAN.finditer(body, start, start + len(title)))
    for start, title in _written_again(body, titles):
        end = start + len(title)
        inside = [s.start() for s in SPAN.finditer(body, start, end)]
        # Not where a span runs on past it ("include Bring Down the Sky and Pinnacle Station"): the
        # span's other names would go with it.
        if start not in claimed and all(SPAN.match(body, i).end() <= end for i in inside):
            found.append((start, Mention(title, "other", "title written elsewhere")))
            claimed.update(inside)
    return claimed


def _written_again(body: str, titles: set[str]) -> list[tuple[int, str]]:
    """Return where the text writes each title as a whole (where it starts, the title): not inside a
    word nor before another capitalised word ("Do Not Track Act"). Each capitalised word of the
    text is tried once against the titles that open with it, by their lengths (a search of the
    text per title took the square of a text of many titles)."""
    lengths: dict[str, set[int]] = {}
    for title in titles:
        first = _CAPITALISED.match(title)
        if first is not None:
            lengths.setdefault(first.group(0), set()).add(len(title))
    written = []
    for m in _CAPITALISED.finditer(body) if lengths else ():
        for size in lengths.get(m.group(0), ()):
            title, after = body[m.start() : m.start() + size], m.start() + size
            if (
                title in titles
                and body[m.start() - 1 : m.start()] not in ("'", "’")
                and not _GOES_ON.match(body, after)
            ):
                written.append((m.start(), title))
    return written


# What a title written whole is not followed by: more of a word, or another capitalised word.
_GOES_ON = re.compile(r"[\w'’-]| [A-Z]")


# The word right before a title in the running text: a lowercase word or a possessive ("a copy of
# *X*", "Unilever's [X](...)"), and a comma or not ("his stories, [X](...)"), then a space.
_WORD_BEFORE = re.compile(r"(?:\b[a-z][\w-]*|['’]s),?[ \t]+$")


def _in_a_sentence(body: str, mark: int) -> bool:
    """Tell a mark that a lowercase word or a possessive comes right before: a title named in the
    running text, not a heading in bold ("**About the Author**") or a list of links."""
    return _WORD_BEFORE.search(body, max(0, mark - WORD_BEFORE_MAX_LETTERS), mark) is not None


#: How far before a marked title `_in_a_sentence` looks for the word before it: a bound on one word.
WORD_BEFORE_MAX_LETTERS = 40


def _is_marked_title(title: str) -> bool:
    """Tell a title set apart by a link or italics (`_claim_marked_titles`): written as a quoted
    title is (`_is_quoted_title`), holding a small word the spans break at, no comma (a list of
    kinds, "Soup, Stew, and Chili"), and each capitalised word an English word that is no given name
    nor a place: its pieces would name nothing, while a link's "Meatless Monday at BlogHer" or
    "News on Twitter" names a site the spans read alone."""
    words = title.split()
    return (
        _is_quoted_title(title)
        and bool(_TITLE_BREAKS.intersection(words))
        and "," not in title
        and all(
            w in HEADING_SMALL_WORDS or (in_dictionary(w) and not is_first_name(w) and not is_place(w)) for w in words
        )
    )


# A work's title written plain inside a sentence: capitalised words, the last a verb, a noun or a
# preposition in Title Case, then an article in lowercase and the capitalised words it opens, up to a
# stop, a comma, a bracket or the line's end ("a contest called Unlock the Elvish Code,", "his role
# in Rebel Without a Cause."). A name's span never holds an article right after a word (only after
# its connectors: "Bank of the West"), so the spans would cut it into pieces that are no names
# ("Unlock", "Elvish Code", "Rebel"). The capital first, then the look back at the sign before it.
_PLAIN_TITLE = re.compile(
    r"[A-Z](?<![\w'’.&-].)[\w'’-]*(?: [A-Z][\w'’-]*)* (?:the|a|an) [A-Z][\w'’-]*"
    r"(?: (?:of |the |of the )?[A-Z][\w'’-]*)*(?=[,.;:!?)\"”]|$)",
    re.M,
)


# A preposition a title writes in Title Case before its article ("Rebel Without a Cause", "Wish Upon a
# Star", "The Man With the Golden Gun"): a name's span holds none there.
_TITLE_PREPOSITIONS = frozenset(
    "without with upon beyond like down up in on into under over through against about after before from".split()
)


# Verbs that take a person or a body and then a thing ("told Parliament the Government.", "gave
# Congress the power."), where "the" opens a second noun phrase, not a title's.
_TWO_OBJECTS = SPEECH_VERBS | frozenset(
    "tell gave give gives handed hand hands cost costs sent send sends showed show shows offered offer offers "
    "promised promise reminded remind wished wish asked ask assured assure".split()
)


def _claim_plain_titles(body: str, registry: Registry, found: list[tuple[int, Mention]]) -> set[int]:
    """Read a work's, a campaign's or a contest's title written plain inside a sentence as one name
    ("called Unlock the Elvish Code,", "his role in Rebel Without a Cause."): capitalised words, then
    an article in lowercase and capitalised words to the end of the phrase (`_PLAIN_TITLE`). The
    words before the article are English words (a given name too: "Rock the Vote", "Jack the
    Ripper"), no place nor a day or a month ("in Paris the ...", "said Monday the Senate."), and
    the word before the title is no verb that takes two objects ("told Parliament the Government.").
    The registry's names stay as they are."""
    claimed: set[int] = set()
    for m in _plain_title_matches(body):
        title = m.group(0)
        words = title.split()
        article = next(i for i, w in enumerate(words) if w in ("the", "a", "an"))
        before = _WORD_BEFORE.search(body, max(0, m.start() - WORD_BEFORE_MAX_LETTERS), m.start())
        if (
            before is None
            or before.group(0).strip(" \t,") in _TWO_OBJECTS
            or len(words) > QUOTED_TITLE_MAX_WORDS
            or not all(_title_word(w) for w in words[:article])
            or registry.canonical(title) is not None
        ):
            continue
        inside = [s.start() for s in SPAN.finditer(body, m.start(), m.end())]
        if any(SPAN.match(body, i).end() > m.end() for i in inside):
            continue  # a span running on past it ("Bring Down the Sky and Pinnacle Station"): read as spans are
        found.append((m.start(), Mention(title, "other", "plain title")))
        claimed.update(inside)
    return claimed


#: An article in lowercase before a capital: where every plain title holds one, searched first.
_ARTICLE_BEFORE_CAPITAL = re.compile(r" (?:the|an?) [A-Z]")


def _plain_title_matches(body: str) -> Iterator[re.Match[str]]:
    """Yield what `_PLAIN_TITLE.finditer(body)` yields, trying the pattern only at the run of
    capitalised words right before each article that a capital follows (" the X"): tried from every
    capital of a text, the pattern took some 2% of discovery's time. The same matches: the words
    before the article decide only where a title starts, not whether one closes."""
    end = 0
    for article in _ARTICLE_BEFORE_CAPITAL.finditer(body):
        if article.start() >= end:
            start = _capitalised_run(body, article.start(), end)
            m = _PLAIN_TITLE.match(body, start) if start is not None else None
            if m is not None:
                yield m
                end = m.end()


def _capitalised_run(body: str, at: int, floor: int) -> int | None:
    """Return where the run of capitalised words that ends at `at` starts (each word after one space,
    none before `floor`), as `_PLAIN_TITLE` may start it: not at a capital glued to a word, a stop,
    an apostrophe, "&" or a hyphen before it (then at the run's next word); None when no word
    starting with a capital ends there."""
    words = []
    while at > floor:
        word = at
        while word > floor and (body[word - 1].isalnum() or body[word - 1] in "_'’-"):
            word -= 1
        if word == at or not "A" <= body[word] <= "Z":
            break
        words.append(word)
        if word - 1 <= floor or body[word - 1] != " ":
            break
        at = word - 1
    while words and words[-1] > 0 and (body[words[-1] - 1].isalnum() or body[words[-1] - 1] in "_'’.&-"):
        words.pop()
    return words[-1] if words else None


def _title_word(word: str) -> bool:
    """Tell a word a plain title may hold before its article: a preposition in Title Case, or an
    English word in Title Case (not "HAVING a National ID": a word shouted) that is no place, no day
    or month, and no pronoun's contraction ("so happy I'm an Outlaw!": a sentence's subject and verb)."""
    return word.lower() in _TITLE_PREPOSITIONS or (
        not word[1:2].isupper()
        and in_dictionary(word)
        and not is_place(word)
        and not CALENDAR_WORD.match(word)
        and re.split("['’]", word.lower())[0] not in _PRONOUNS
    )


_PRONOUNS = frozenset("i you we they he she it that there what".split())


def _names_a_person(words: list[str]) -> bool:
    """Tell words holding a person's full name: a given name, then a capitalised word that is no
    common one ("NBC Nightly News with Brian Williams")."""
    return any(
        is_first_name(a) and b[0].isupper() and b.lower() not in COMMON for a, b in zip(words, words[1:], strict=False)
    )


# A nickname in double quotation marks between a given name (or initials) and a surname: one
# person ('Thomas "Tip" O'Neill', 'W.S. "Fluke" Holland'). Its capital is matched before its
# lookbehind, and shared by the initials and the given name: half the time over a whole text of
# a lookahead first, the same matches.
_NICKNAMED = re.compile(
    r"([A-Z](?<![\w.'’-].)(?:\.(?:[A-Z]\.){0,2}|[a-z]+)) [\"“][A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?[\"”] ([A-Z][\w'’-]*[a-z])\b"
)


def _claim_nicknamed_people(body: str, found: list[tuple[int, Mention]]) -> set[int]:
    """Read a given name, a nickname in quotation marks and a surname as one person, as written
    ('Thomas "Tip" O'Neill'): the quotation marks would split it into a given name, a nickname
    and a surname read alone ("W.S.", "Fluke", "Holland" the country)."""
    claimed: set[int] = set()
    if '"' not in body and "“" not in body:
        return claimed
    read_to = 0  # the spans before here were read for an earlier nickname (each read once: a line of them)
    for m in _NICKNAMED.finditer(body):
        given, surname = m.group(1), m.group(2)
        if not (given.endswith(".") or is_first_name(given)) or surname.lower() in COMMON:
            continue
        found.append((m.start(), Mention(m.group(0), "person", "nickname in quotes")))
        line_start = body.rfind("\n", read_to, m.start()) + 1  # a span may run into the given name
        claimed.update(s.start() for s in SPAN.finditer(body, max(line_start, read_to), m.end()) if s.end() > m.start())
        read_to = m.end()
    return claimed


def _is_quoted_title(title: str) -> bool:
    """Tell a title written as titles are: three to QUOTED_TITLE_MAX_WORDS words, each capitalised
    or a small word in lowercase ("a", "the", "and"), first and last capitalised. With no small
    word it is still read whole: its first word may be a common one ("Everybody Hates Chris") and
    its verbs a headline's ("There Will Be Blood"), which would cut it or drop it; but not when it
    holds a person's full name, a given name and a capitalised word no common one after it: a slogan
    that names someone ("Vote Hillary Clinton" lost the name; "There Will Be Blood" stays whole)."""
    words = title.split()
    if not 3 <= len(words) <= QUOTED_TITLE_MAX_WORDS or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    if not all(w in HEADING_SMALL_WORDS or w[0].isupper() or w[0].isdigit() for w in words):
        return False
    return any(w in HEADING_SMALL_WORDS for w in words) or not _names_a_person(words)
