"""Direct quotations in a page's Markdown, with their speakers, and the same quotation grouped across pages.

A quotation is the text between opening and closing quote marks (curly or straight double marks; single
marks only in a paragraph that has no double ones, British style). A paragraph that ends inside a quotation
continues it only when the next paragraph opens with a quote mark, as news style writes a quotation that
runs over several paragraphs; each paragraph's part is its own Quote with its own anchor. A quotation split
by its attribution ("A," he said. "B.") also gives two Quotes, with the same speaker. A paragraph that is
nothing but a quotation, right after a paragraph that ends on an attributed one, is that speaker's still:
news style names a new speaker, and only goes on quoting the same one without a cue.

Grouping folds each wording to a key (case, quote marks, punctuation, Markdown escapes dropped), groups
equal keys, then joins keys that share most of the shorter one's word 3-grams. Candidate pairs come from
an inverted index of 3-grams, so the work grows with the number of quotes, not with its square.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from .paragraphs import Paragraph, paragraphs, sentence_bounds, sentence_start
from .sentenceends import SPACE_BETWEEN_SENTENCES

# Fewer words than this is a scare quote or a label, not a quotation: in the seeds and the tuning
# corpus those run 1-4 words ("moderate", "two-faced stance", "Category A", "Casa não é luxo"),
# while the shortest partial quotations worth grouping run 6 and more.
MIN_WORDS = 6
# Words per shingle: with 3, a two-word name ("United States") is no evidence of a shared quote, and
# one changed word still leaves a 10-word quote 5 of its 8 shingles.
SHINGLE = 3
# Two wordings are one quotation when the shorter shares at least this part of its shingles with the
# longer (containment, so a one-sentence cut of a two-sentence quote scores 1.0; one changed word in a
# 10-word quote scores 5/8; two different quotes with a stock phrase in common stay well under).
NEAR = 0.5
# ...and at least this many shingles, a run of 6 words: "the United States and Russia" (5 words, 3
# shingles) must not join two quotations, and a 6-word cut still joins the quote it was cut from.
MIN_SHARED = 4
# A shingle in more distinct wordings than this is a stock phrase, not evidence; skipping it bounds the
# candidates each wording meets, so the cost stays linear. 500 (1% of the 50,000 quotes measured) leaves
# room for a quotation reworded hundreds of ways (the seeds' most carried one has 3 wordings).
MAX_POSTING = 500
# Most characters between a speech verb and the quote it introduces ("Putin said to ... in Vladivostok, “").
HEAD_REACH = 150

_MARKS = re.compile(r"[“”\"‘’']")
_OPENERS = ("“", '"', "‘")
_NO_SCAN = re.compile(r"`[^`\n]+`|<[^>\n]+>|\]\([^)\n]*\)")  # inline code, HTML tags, link targets
_ESCAPE = re.compile(r"\\(.)")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_NON_WORD = re.compile(r"[\W_]+")
# Speech verbs that follow a name ("Putin told"), and those that also come before one ("said Putin";
# "told" does not: in "told Obama" the name is the one spoken to).
_INVERTED = (
    "said|says|added|adds|asked|asks|wrote|writes|replied|replies|explained|stated|warned|insisted|noted|continued|"
    "declared|argued"
)
_VERBS = f"was quoted as saying|told|tells|acknowledged|admitted|recalled|responded|tweeted|{_INVERTED}"
_SAY = f"(?:{_VERBS})"
_NOT_TITLE = f"to|of|for|with|by|from|about|close|near|and|or|on|at|in|a|an|{_VERBS}"
_TITLE = rf"(?:(?!(?:{_NOT_TITLE})\s)(?:\x00['’]s|[^\s,.;:“”\"\x00]+)\s+){{0,4}}?"
# "Earl Broussard, 64, said", "Inês Carvalho, a spokesperson, told", "Her manager, Gianni Ferraro, said"
_APPOS = r"(?:\s*,[^,;“”\"\x00]{1,80},|,)?"
_AUX = r"(?:\s+(?:has|had|also))?"
_NAME_SAYS = rf"(?:(?P<p>\x00)(?!['’]s){_APPOS}|\b(?P<pro>he|she)){_AUX}\s+{_SAY}\b"
_SAYS_NAME = rf"(?:{_INVERTED})\s+(?:{_TITLE}(?P<q>\x00)(?!['’]s)|(?P<pro2>he|she)\b)"
_VERB = re.compile(rf"(?<!and )\b{_SAY}\b", re.I)  # "Putin said, and added that": one speaker
_TAIL = re.compile(rf"^[\s,—–-]*(?:{_TITLE}{_NAME_SAYS}|{_SAYS_NAME})", re.I)
_HEAD_SAYS = re.compile(_NAME_SAYS, re.I)
_HEAD_END = re.compile(rf"(?:{_SAYS_NAME}|according\s+to\s+{_TITLE}(?P<r>\x00))\s*[:,]?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Quote:
    page: str  # the page's src_uri
    anchor: str | None  # the paragraph's anchor id, None in a note without one
    text: str  # as written in the Markdown, without its quote marks or a trailing comma, whitespace collapsed
    speaker: str | None  # the person it is attributed to, None when that cannot be told
    start: int  # offset of the quotation's first character in the page's Markdown


@dataclass(frozen=True)
class QuoteGroup:
    text: str  # the most common wording (ties: the longest, then the first by page)
    quotes: tuple[Quote, ...]  # by page, then start
    speaker: str | None  # the most common speaker of the members (ties: the first by name)

    @property
    def pages(self) -> tuple[str, ...]:
        """Return the distinct pages that carry the quotation, in order."""
        return tuple(dict.fromkeys(q.page for q in self.quotes))


def _is_title(raw: str) -> bool:
    """Tell a quoted title or slogan ("Make America Great Again", "The Art of the Deal") from
    speech: every word of four letters or more is capitalised."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", raw) if len(w) >= 4]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def find_quotes(
    page: str, markdown: str, people: Sequence[tuple[int, int, str]] = (), paras: Sequence[Paragraph] | None = None
) -> list[Quote]:
    """Return the direct quotations of at least MIN_WORDS words in a page, in order.

    `paras` are the page's `paragraphs`, when the caller has read them for other readers too.
    """
    starts = [p[0] for p in people]
    paras = paragraphs(markdown) if paras is None else paras
    found: list[list] = []  # [start, anchor, text, speaker, end of its closing mark in the paragraph]
    links: list[tuple[int, int]] = []  # quotes that are one speaker's: continued or split by an attribution
    follows: list[tuple[int, int]] = []  # a bare quotation paragraph after one ending on an attributed quote
    prev_outside: list[str] = []  # persons named outside quotations in the previous paragraph
    continued: int | None = None  # the quote the previous paragraph left open
    ended_on: int | None = None  # the previous paragraph's last kept quote, when nobody else is named after it
    for k, para in enumerate(paras):
        text, base = para.text, para.start
        lo, hi = bisect_left(starts, base), bisect_left(starts, base + len(text))
        persons = [(s - base, e - base, n) for s, e, n in people[lo:hi] if e - base <= len(text)]
        spans, unclosed = _spans(_NO_SCAN.sub(lambda m: " " * len(m.group()), text))
        if unclosed is not None and k + 1 < len(paras) and paras[k + 1].text.lstrip().startswith(_OPENERS):
            spans.append((unclosed - 1, unclosed, len(text.rstrip()), len(text)))
        else:
            unclosed = None
        outside = _outside(persons, spans)
        outside_starts = [s for s, _ in outside]
        named_before = _first_two_distinct([n for _, n in outside])
        person_starts = [s for s, _, _ in persons]
        bounds: list[tuple[int, int]] = []  # the paragraph's sentences, read when a quote needs them
        last, left_open = None, None  # the last kept quote of this paragraph; the one it leaves open
        for i, (mark, a, b, close) in enumerate(spans):
            raw = text[a:b]
            if len(_normalise(raw).split()) < MIN_WORDS or _is_title(raw):
                continue
            shown = " ".join(raw.split()).rstrip(",;: ")
            before = named_before[bisect_left(outside_starts, mark)] or prev_outside
            # The head runs from the sentence's start, or from the last quotation kept: a scare quote in
            # between ("Putin said the “moderate” rebels were “…”") is part of the attribution's sentence.
            bounds = bounds or sentence_bounds(text)
            head_from = max(found[last][4] if last is not None else 0, sentence_start(bounds, mark))
            # "…." Putin said the talks failed: a full stop ends the quote's sentence, so no tail cue.
            tail_end = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            tail = None if shown.endswith(".") else _mask(text, close, tail_end, persons, person_starts)
            speaker = _attribute(_mask(text, head_from, mark, persons, person_starts), tail, before)
            if last is not None:
                gap = text[found[last][4] : mark]  # one sentence with at most one speech verb: its attribution
                if not SPACE_BETWEEN_SENTENCES.search(gap.strip()) and len(_VERB.findall(gap)) <= 1:
                    links.append((last, len(found)))  # "A," he said. "B."
            elif continued is not None and not text[:mark].strip():
                links.append((continued, len(found)))  # a quotation running over paragraphs
            elif ended_on is not None and speaker is None and _only_quotations(text, spans):
                follows.append((ended_on, len(found)))  # the same speaker goes on in a paragraph of its own
            last = len(found)
            left_open = last if unclosed is not None and i == len(spans) - 1 else None
            found.append([base + a + len(raw) - len(raw.lstrip()), para.anchor, shown, speaker, close])
        continued, prev_outside = left_open, named_before[-1]
        # A paragraph ending on a kept quote hands its speaker on, unless someone else is named after it.
        named_after = [n for at, n in outside if last is not None and at >= found[last][4]]
        ended_on = last if last is not None and all(n == found[last][3] for n in named_after) else None
    _share(found, links)  # a continuation takes the speaker its other part names
    if follows:
        for i, j in follows:  # forward only: a paragraph's own cues, and its continuations', come first
            found[j][3] = found[j][3] or found[i][3]
        _share(found, links)
    return [Quote(page, anchor, shown, speaker, start) for start, anchor, shown, speaker, _ in found]


def _share(found: list[list], links: list[tuple[int, int]]) -> None:
    """Give each pair of linked quotes (parts of one quotation) the speaker either part has."""
    for pairs in (links, reversed(links)):
        for i, j in pairs:
            found[j][3] = found[j][3] or found[i][3]
            found[i][3] = found[i][3] or found[j][3]


def _only_quotations(text: str, spans: list[tuple[int, int, int, int]]) -> bool:
    """Tell a paragraph made of quotations alone (no word outside its quote marks): no cue of its own."""
    pos, outside = 0, []
    for mark, _, _, close in spans:
        outside.append(text[pos:mark])
        pos = close
    outside.append(text[pos:])
    return not any(re.search(r"\w", part) for part in outside)


def _spans(scan: str) -> tuple[list[tuple[int, int, int, int]], int | None]:
    """Return the closed quotations (mark, start, end, after close) and where an unclosed one starts."""
    double = any(c in scan for c in '“”"')
    spans, open_at = [], None
    for m in _MARKS.finditer(scan):
        c, i = m.group(), m.start()
        if double:  # a second “ while one is open restarts: the first was never closed
            opens, closes = c == "“" or (c == '"' and open_at is None), c in '”"'
        else:  # ’ or ' inside a word is an apostrophe: it neither opens nor closes
            word_after = scan[i + 1 : i + 2].isalnum()
            opens = open_at is None and (c == "‘" or (c == "'" and word_after and not scan[i - 1 : i].isalnum()))
            closes = c in "’'" and not word_after
        if opens:
            open_at = i + 1
        elif closes and open_at is not None:
            spans.append((open_at - 1, open_at, i, i + 1))
            open_at = None
    return spans, open_at


def _outside(persons: list[tuple[int, int, str]], spans: list[tuple[int, int, int, int]]) -> list[tuple[int, str]]:
    """Return the (start, name) of the persons named outside every quotation, in one pass over both
    (in order, and the quotations do not overlap)."""
    out, j = [], 0
    for s, _, name in persons:
        while j < len(spans) and spans[j][2] <= s:
            j += 1
        if j == len(spans) or s < spans[j][1]:  # the only quotation that may hold s is the first ending after it
            out.append((s, name))
    return out


def _first_two_distinct(names: list[str]) -> list[list[str]]:
    """Return, for each k, the first two distinct names of names[:k] (a pronoun's referent is the
    one person named before it, or nobody when two are: two is all `_who` needs to know)."""
    prefixes, seen = [[]], []
    for name in names:
        if len(seen) < 2 and name not in seen:
            seen = [*seen, name]
        prefixes.append(seen)
    return prefixes


def _mask(text: str, a: int, b: int, persons: list[tuple[int, int, str]], starts: list[int]) -> tuple[str, list[str]]:
    """Return text[a:b] with each person mention in it replaced by NUL, and the names in order;
    `starts` are the persons' start offsets, in order."""
    out, names, pos = [], [], a
    for k in range(bisect_left(starts, a), len(persons)):
        s, e, name = persons[k]
        if s >= b:
            break
        if e <= b:
            out += [text[pos:s], "\x00"]
            names.append(name)
            pos = e
    out.append(text[pos:b])
    return "".join(out), names


def _attribute(head: tuple[str, list[str]], tail: tuple[str, list[str]] | None, before: list[str]) -> str | None:
    """Return the speaker a quote's cues name: after it ("…," X said), else before it (X said: "…")."""
    if tail and (m := _TAIL.match(tail[0])):
        return _who(m, tail[0], tail[1], before)
    text, names = head
    says = list(_HEAD_SAYS.finditer(text))
    # "Putin said on Friday, “" and "Putin told Obama: “", not "Putin said it was dead, and critics called it “".
    if says and len(rest := text[says[-1].end() :]) <= HEAD_REACH and not re.search(r"[,;]", rest.rstrip(" ,:")):
        return _who(says[-1], text, names, before)
    if m := _HEAD_END.search(text):  # "said Putin: “", "according to Putin, “"
        return _who(m, text, names, before)
    return None


def _who(m: re.Match[str], text: str, names: list[str], before: list[str]) -> str | None:
    """Return the person a cue names, or the one person a pronoun can refer to (None when several)."""
    for group in ("p", "q", "r"):
        if m.groupdict().get(group) is not None:
            return names[text.count("\x00", 0, m.start(group))]
    return before[0] if len(set(before)) == 1 else None


def _normalise(text: str) -> str:
    """Fold a wording for comparison: escapes, links, case, quote marks, dashes, punctuation, spacing."""
    if "\\" in text or "[" in text or "&" in text:  # most quotes hold no Markdown: skip the three passes
        text = html.unescape(_ESCAPE.sub(r"\1", _LINK.sub(r"\1", text)))
    return " ".join(_NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def _order(q: Quote) -> tuple[str, int, str, str, str]:
    return q.page, q.start, q.text, q.anchor or "", q.speaker or ""


def group_quotes(quotes: Iterable[Quote]) -> list[QuoteGroup]:
    """Group the same quotation across pages, exact or reworded; most pages first."""
    by_key: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        by_key[_normalise(q.text)].append(q)
    keys = sorted(by_key)  # the groups do not hang on this order; sorting makes the work itself repeatable
    ids: dict[tuple[str, ...], int] = {}
    sets = []
    for key in keys:
        w = key.split()
        grams = zip(*(w[k:] for k in range(SHINGLE)), strict=False) if len(w) >= SHINGLE else [tuple(w)]
        sets.append({ids.setdefault(g, len(ids)) for g in grams})
    held = Counter(s for shingles in sets for s in shingles)
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    postings: dict[int, list[int]] = defaultdict(list)
    for i, shingles in enumerate(sets):
        # A shingle only this key holds is no lead; postings hold only earlier keys, so each pair is met once.
        lists = [postings[s] for s in shingles if 1 < held[s] <= MAX_POSTING]
        shared = Counter(chain.from_iterable(lists))
        for posting in lists:
            posting.append(i)
        for j, n in shared.items():
            if n >= MIN_SHARED and n >= NEAR * min(len(shingles), len(sets[j])):
                parent[find(j)] = find(i)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        members[find(i)].append(i)
    groups = []
    for part in members.values():
        best = min(part, key=lambda i: (-len(by_key[keys[i]]), -len(keys[i]), min(map(_order, by_key[keys[i]]))))
        spoken = Counter(q.speaker for i in part for q in by_key[keys[i]] if q.speaker is not None)
        speaker = min(spoken.items(), key=lambda kv: (-kv[1], kv[0]))[0] if spoken else None
        exact = Counter(q.text for q in by_key[keys[best]])  # shown: the key's most common exact wording
        text = min(sorted(by_key[keys[best]], key=_order), key=lambda q: -exact[q.text]).text
        groups.append(QuoteGroup(text, tuple(sorted((q for i in part for q in by_key[keys[i]]), key=_order)), speaker))
    return sorted(groups, key=lambda g: (-len(g.pages), g.text, _order(g.quotes[0])))
