"""Who a page cites: outlets named with an attribution cue ("according to Reuters", "the Guardian reported",
"(AP) —") and the links the page gave as its sources; the site builder calls this once per page."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .gazetteer import is_place
from .lexicon import COMMON, is_first_name
from .markup import body_of
from .publishers import PublisherTable
from .sentenceends import SENTENCE_BREAK_BEFORE_WORD
from .urls import host_of


@dataclass(frozen=True, slots=True)
class Citation:
    outlet: str  # canonical outlet name ("The New York Times"), or the bare domain of an unknown link
    anchor: str | None  # paragraph anchor ("L15"); None for a front-matter link or a paragraph without one
    cue: str  # "according to", "reported", "said", "wrote", "told", "citing", "interview", "quoted", ...
    sentence: str  # the sentence that says it, whitespace collapsed; for a link, the URL


# One-word outlet names that are also ordinary English words, read off the one-word aliases of
# data/publishers.yml (plus generic masthead words a user's table may add). Written bare, or after a
# lowercase "the" ("on the Hill said"), they are strict: see _cue. Places are found with the gazetteer;
# "Kan" is listed because datelines write Kansas "Kan.".
ORDINARY_WORDS = frozenset(
    "age atlantic australian blaze canary citizen conversation crikey dawn deadline defender diplomat dispatch "
    "drudge economist express federalist fortune forward globes grist guardian herald hill hindu independent "
    "insider intercept journal kan lawfare liberation local mail memo metro mint mirror mothership nation national "
    "news newsroom oklahoman onion oregonian people post print punch quartz reason rebel record register salon "
    "scotsman scroll slate spectator standard star stat state stuff sun telegraph tennessean time times today "
    "townhall tribune variety verge vice week wire wired world".split()
)
# Words allowed between a cue before a name and the name: "told the state-owned RIA Novosti", "according to
# the German newspaper Bild", "told the state news agency SANA" (4 words, the longest form in our samples).
MAX_BEFORE_GAP = 4
# Words allowed between a name and a cue after it: "RIA Novosti news agency reported", "Reuters on Monday
# reported" (3); more would let the name's sentence drift to another speaker.
MAX_AFTER_GAP = 3
# A wire credit is "(AP) —" at the start of a paragraph, after at most a dateline this long
# ("NEW YORK, March 3 (Reuters) -", "CAMERON, La. (AP) —" are under 20 characters; 60 leaves room).
MAX_DATELINE = 60
#: Characters read before a name for a cue (`_BEFORE`: a cue and at most MAX_BEFORE_GAP words), and
#: after it (`_AFTER`, and `_CONTRIBUTORS` with its twelve names).
BEFORE_REACH = 200
AFTER_REACH = 400
#: Characters read back from a full stop for the word it may abbreviate ("U.S.", "Sept.").
ABBREVIATION_REACH = 40
# Cues too loose to vouch for a strict name: "travelled via Metro", "said on Time".
WEAK_CUES = frozenset({"via", "on", "from"})

_GAP_BEFORE = (
    r"(?:the|a|an|its|[a-z]+-(?:owned|run|controlled|backed|funded|based|language|leaning|affiliated|linked)"
    r"|news|wire|state|public|online|national|business|opposition|newspaper|paper|daily|weekly|agency|magazine"
    r"|broadcaster|channel|network|outlet|website|radio|television|TV|station|tabloid|[A-Z][\w.]*(?:['’]s)?)"
)
_BEFORE = re.compile(
    r"(?:^|\b)(?:(?P<according_to>[Aa]ccording to)"
    r"|(?P<told>told|tells|telling|said to|spoke to|speaking to|talking to|talked to|confirmed to"
    r"|said in an? [\w-]+(?: [\w-]+)? to|in (?:an? )?(?:statement|comments?|remarks|e-?mail|letter) to)"
    r"|(?P<citing>[Cc]iting)|(?P<quoted>quoted (?:by|in))|(?P<via>via)"
    r"|(?P<interview>(?:[Ii]n|[Dd]uring) an? (?:[\w-]+ )?interview (?:with|on|to)|interviewed by)"
    r"|(?P<on>(?:said|speaking|spoke|appearing|appeared) on)"
    r"|(?P<reported>(?:first |originally |as |was |were |been )?(?:reported|published|revealed) (?:by|in)"
    r"|(?:[Rr]eports?|[Ss]tor(?:y|ies)|article|investigation|analysis) (?:by|in|from)"
    # "Original story by Jane Doe at Reuters": the writer, then the outlet
    r"|(?:[Ss]tory|[Rr]eport|[Aa]rticle|[Rr]eporting) by (?:[A-Z][\w.'’-]*\s+){1,4}(?:at|for|of))"
    # "..., reports The Daily Mail.": the verb before the outlet, which ends the clause
    r"|(?P<inverted>reports|reported|writes|wrote|says|said|notes|noted|adds|added)"
    r"|(?P<from>from))"
    rf"\s+(?P<gap>(?:{_GAP_BEFORE}\s+){{0,{MAX_BEFORE_GAP}}})$"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_GAP_AFTER = (
    r"(?:news|agency|newspaper|daily|paper|weekly|magazine|website|outlet|broadcaster|channel|network|radio"
    rf"|television|TV|wire|service|tabloid|on|{_DAYS}|earlier|later|also|first|previously|exclusively|last|this|week)"
)
_AFTER = re.compile(
    rf"(?P<poss>['’]s?)?(?P<gap>(?:\s+{_GAP_AFTER}){{0,{MAX_AFTER_GAP}}}?)"
    r"(?P<apposition>,\s+(?:a|an|the)\s+[^,;:.!?“”\"()]{1,60},)?\s+(?:"
    r"(?P<reported>(?:has |had |have |first )?(?:reported|reports|reporting)|(?:was|were|has been|had been) told)"
    r"|(?P<said>(?:has |had )?(?:said|says|stated))|(?P<wrote>wrote|writes|has written)|(?P<quoted>quoted|quotes)"
    r"|(?P<contributed>contributed (?:to )?(?:this |the )?(?:report|story|article)|contributed reporting)"
    r"|(?P<noun>report|reporting|investigation|analysis|story|article|poll|tally|survey)|(?P<interview>interview))\b"
)
# "Associated Press writers Jane Doe and Ali Khan contributed": the outlet's staff, named, then the cue.
_CONTRIBUTORS = re.compile(
    r"\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+(?:(?:[A-Z][\w.'’-]*|and),?\s+){1,12}"
    r"contributed\b"
)
_LABELS = {"according_to": "according to", "noun": "reported", "on": "interview", "inverted": "reported"}
# What follows an outlet named after its verb ("..., reports The Daily Mail."): the clause ends.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"”]|$)")
# A quotation in a paragraph: what it names is what someone said, not what the source cites.
_QUOTATION = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
# A cue noun ("report") after a name needs an article or a possessive: "a Reuters report", "CNN's report".
_ARTICLE = re.compile(r"(?:^|\b)(?:a|an|the|The|A|An)\s+$")
_WIRE = re.compile(rf"^(?:[A-ZÀ-Þ][^()]{{0,{MAX_DATELINE}}}?\s)?\((?P<name>[^()]{{1,60}})\)\s*(?:—|–|--?)\s")
# What joins two names of one list: "Reuters and the BBC", "AP, AFP and Reuters", "CNN or Fox News".
_COORDINATION = re.compile(r"(?:,|,? (?P<word>and|or|as well as))\s+(?:the\s+)?")
_PREPOSITION = re.compile(r"\b(?:on|in|at|across|over|under|from|of|into|onto|near|by|with)\s+$")
# Words a full stop follows without ending the sentence: titles, months, datelines' state abbreviations.
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Gov Sen Rep Gen Col Lt Sgt St Jr Sr Inc Corp Co Ltd No Mt Prof Rev vs Jan Feb Aug Sep Sept Oct "
    "Nov Dec Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev "
    "Okla Ore Pa Tenn Va Vt Wash Wis Wyo".split()
)
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # "U.S", "J", "D.C"
_INLINE = re.compile(
    r"\\(?P<esc>[!-/:-@\[-`{-~])|(?P<code>`+).*?(?P=code)|!\[[^\]]*\]\([^)]*\)"
    r"|\[(?P<text>(?:\\.|[^\]\\])*)\](?:\([^)]*\)|\[[^\]]*\])|<(?:https?|mailto|ftp):[^>\s]*>|<[^>\n]*>"
    r"|\*+|(?<!\w)_+|_+(?!\w)"
)
#: The characters `_INLINE` and an HTML entity start with: a text without them shows as it is.
_MARKUP_CHAR = re.compile(r"[\\`\[<*_&]")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_ATTR_LIST = re.compile(r"^\s*\{:?\s*([^}]*)\}\s*$")
_SKIP_LINE = re.compile(r"^\s{0,3}(?:#{1,6}(?:\s|$)|\[[^\]]+\]:\s|(?:[-*_] ?){3,}$)")  # headings, link defs, rules
_ITEM = re.compile(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?")
# A line quoting another text, as e-mail and Markdown mark it ("> He told Reuters ..."), bare or as
# a source page escapes it: an attribution there is the quoted text's, not a citation of the page's
# (but a wire's credit opening it names the text quoted: see `_in_paragraph`).
_QUOTED_LINE = re.compile(r"^\s{0,3}(?:(?:>|&gt;|\\>)\s*)+")
# A capitalised word right after a name, or a given name right before it, makes it part of a longer name.
_NEXT_WORD = re.compile(r" ([A-Z][\w-]*)")
_PREV_WORD = re.compile(r"(?:^|\s)([A-Z][a-z]+) $")


@lru_cache(maxsize=4096)
def _strict(form: str) -> bool:
    """Tell whether a written name is one ordinary word or place, bare or after a lowercase "the"."""
    core = form.removeprefix("the ")
    if form.startswith("The ") or " " in core:
        return False
    return core.lower() in ORDINARY_WORDS or core.lower() in COMMON or is_place(core)


class OutletFinder:
    """Finds outlet names in text in one pass (one Aho-Corasick automaton over every written name)."""

    def __init__(self, table: PublisherTable, extra_names: Iterable[str] = ()) -> None:
        self._table = table
        forms = {name: name for name in table.by_alias.values()} | table.written
        for name in extra_names:
            forms.setdefault(name, table.lookup_name(name) or name)
        # A mid-sentence "the Telegraph" is the table's "The Telegraph".
        forms |= {"the " + f[4:]: n for f, n in list(forms.items()) if f.startswith("The ") and len(f) > 4}
        self._automaton = ahocorasick.Automaton()
        for form, name in forms.items():
            self._automaton.add_word(form, (form, name))
        self._automaton.make_automaton()

    def citations(
        self, markdown: str, links: Sequence[str] = (), own: str | None = None, url: str | None = None
    ) -> list[Citation]:
        """Return the outlets a page cites, in order; its own outlet is not a citation: `own`, its
        publisher, or the outlet of its address (`url`). An address that is one of the page's
        listed source links (a portal's or a mirror's one source, read as its url) is the source's,
        not the page's: that outlet is cited."""
        own_names = {self._table.lookup_name(own) or own} if own else set()
        if url and url not in links and (host := host_of(url)) and (outlet := self._table.lookup_domain(host)):
            own_names.add(outlet)
        found: dict[tuple[str, str | None, str], Citation] = {}
        # Most paragraphs name no outlet: a pass of the automaton over the page, then over each
        # paragraph's Markdown, tells before the paragraph is turned into plain text.
        for text, anchor, quoting in _paragraphs(markdown, self._may_name) if self._may_name(markdown) else ():
            sources = None if quoting is None else {self._table.lookup_domain(host_of(u) or "") for u in quoting}
            for outlet, cue, sentence in self._in_paragraph(text, sources):
                if outlet not in own_names:
                    found.setdefault((outlet, anchor, cue), Citation(outlet, anchor, cue, sentence))
        for link in links:
            if (host := host_of(link)) and (outlet := self._table.lookup_domain(host) or host) not in own_names:
                found.setdefault((outlet, None, "source link"), Citation(outlet, None, "source link", link))
        return list(found.values())

    def _may_name(self, markdown: str) -> bool:
        """Tell whether Markdown may name an outlet: whether its text with spacing, escapes,
        emphasis and entities undone does (a cheap, looser `_plain`: it finds every name that does)."""
        loose = " ".join(markdown.split()).replace("\\", "").replace("*", "").replace("_", "")
        return next(self._automaton.iter(html.unescape(loose) if "&" in loose else loose), None) is not None

    def _in_paragraph(self, text: str, quoted_from: set[str | None] | None = None) -> Iterator[tuple[str, str, str]]:
        """Yield (outlet, cue, sentence) for each name in a paragraph that a cue ties to a citation.
        A quoted line ("> ...", `quoted_from` the outlets of the links before it) cites only the
        outlet whose text it is: the wire whose credit opens it ("> WASHINGTON (AP) —"), or an
        outlet linked before it ("a [Times analysis](https://...) found:"); its other attributions
        are the quoted text's."""
        names = self._names(text)
        if not names:
            return  # most paragraphs: no sentence splitting
        wire = _WIRE.match(text)
        starts = [
            0,
            *(m.end() for m in SENTENCE_BREAK_BEFORE_WORD.finditer(text) if not _abbreviation(text, m.start())),
        ]
        sentences: dict[int, str] = {}  # by start: a sentence naming several outlets is written once
        quoted = [m.span() for m in _QUOTATION.finditer(text)] if ("“" in text or '"' in text) else []
        opens = [a for a, _ in quoted]  # quotations do not overlap: the one a name may sit in is found by bisection
        read = []  # (outlet, cue or None, sentence) of each name, in order
        for start, end, form, outlet in names:
            i = bisect_right(starts, start) - 1
            s0, s1 = starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)
            if wire and (start, end) == wire.span("name"):
                cue = "wire credit"
            elif (q := bisect_right(opens, start - 1) - 1) >= 0 and start < quoted[q][1]:
                cue = None  # inside a quotation (or a quoted headline): someone else's words
            else:
                # The cues read a bounded stretch on either side: in a long sentence, copying it all
                # for each name would be quadratic.
                before, after = text[max(s0, start - BEFORE_REACH) : start], text[end : min(s1, end + AFTER_REACH)]
                cue = _cue(before, form, after, start == s0)
            if s0 not in sentences:
                sentences[s0] = " ".join(text[s0:s1].split())
            read.append((outlet, cue, sentences[s0]))
        for run in _lists(text, names):  # names in one list share its cue: "according to AP and AFP"
            cues = [read[i][1] for i in run if read[i][1] not in (None, "wire credit")]
            for i in run if cues else ():
                read[i] = (read[i][0], read[i][1] or cues[0], read[i][2])
        for outlet, cue, sentence in read:
            if cue and (quoted_from is None or cue == "wire credit" or outlet in quoted_from):
                yield outlet, cue, sentence

    def _names(self, text: str) -> list[tuple[int, int, str, str]]:
        """Return the leftmost-longest outlet names on word boundaries, not part of a longer name."""
        hits = []
        for last, (form, outlet) in self._automaton.iter(text):
            start, end = last - len(form) + 1, last + 1
            if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                hits.append((start, end, form, outlet))
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        chosen, reach = [], 0
        for hit in hits:
            if hit[0] >= reach and not _inside_longer_name(text, hit[0], hit[1]):
                chosen.append(hit)
                reach = hit[1]
        return chosen


def _lists(text: str, names: Sequence[tuple[int, int, str, str]]) -> Iterator[list[int]]:
    """Yield the runs of names (their positions in `names`) that make one list: joined by commas
    and a last "and"/"or" ("AP, AFP and Reuters"); commas alone do not make a list."""
    run = [0]
    for i in range(1, len(names)):
        join = _COORDINATION.fullmatch(text, names[i - 1][1], names[i][0])
        if join and not join["word"]:
            run.append(i)  # "AP, AFP": the list goes on, if an "and" ends it
        elif join:
            yield [*run, i]
            run = [i]
        else:
            run = [i]


def _cue(before: str, form: str, after: str, at_start: bool) -> str | None:
    """Return the cue that ties a name to an attribution in its sentence, or None for a bare mention."""
    strict = _strict(form)
    if m := _BEFORE.search(before):
        cue = next(k for k, v in m.groupdict().items() if v is not None)
        if cue == "inverted" and not _CLAUSE_END.match(after):
            pass  # "said CNN's anchor": not the outlet speaking
        elif not strict or (not m["gap"].strip() and cue not in WEAK_CUES):
            return _LABELS.get(cue, cue)
    if _CONTRIBUTORS.match(after):
        return "contributed"
    if (m := _AFTER.match(after)) and m.lastgroup:
        cue = m.lastgroup
        if cue in ("noun", "interview") and not (m["poss"] or _ARTICLE.search(before)):
            return None
        if strict and (
            m["apposition"] or (at_start and form == form.removeprefix("the ")) or _PREPOSITION.search(before)
        ):
            return None
        return _LABELS.get(cue, cue)
    return None


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Tell a name inside a longer proper name ("Michael Bloomberg", "Time Warner") from an outlet."""
    if (nxt := _NEXT_WORD.match(text, end)) and nxt[1].lower() not in COMMON and nxt[1] != "TV":
        return True
    return bool(prev := _PREV_WORD.search(text, max(0, start - 40), start)) and is_first_name(prev[1])


def _abbreviation(text: str, dot: int) -> bool:
    """Tell a full stop after an abbreviation or initial ("U.S.", "Mr.", "La.") from a sentence end."""
    # The word before the stop, read back at most ABBREVIATION_REACH characters: a longer one is no
    # abbreviation, and reading back to the paragraph's start for each stop is quadratic.
    word = text[max(0, dot + 1 - ABBREVIATION_REACH) : dot + 1].rsplit(None, 1)[-1].rstrip(".").lstrip("(\"“'‘")
    return text[dot] == "." and (word in _ABBREVIATIONS or bool(_INITIALS.fullmatch(word)))


def _plain(markdown: str) -> str:
    """Turn inline Markdown into the text it shows: escapes undone, code, images and link URLs dropped."""
    if not _MARKUP_CHAR.search(markdown):
        return markdown  # most spellings and many sentences: nothing to undo

    def one(m: re.Match[str]) -> str:
        if m["esc"]:
            return m["esc"]
        if m["text"] is not None:
            return _INLINE.sub(one, m["text"])
        return "…" if m["code"] else ""

    return html.unescape(_INLINE.sub(one, markdown))


#: The text a piece of inline Markdown shows (for data files and previews, where no Markdown is read).
plain_text = _plain


def _paragraphs(
    markdown: str, wanted: Callable[[str], bool] = lambda _: True
) -> Iterator[tuple[str, str | None, tuple[str, ...] | None]]:
    """Yield (plain text, anchor, quoting) for each paragraph or list item, skipping front matter,
    code and headings, and items whose Markdown is not `wanted`. `quoting` is None but for a quoted
    line ("> ...", its marks taken off): then the addresses the item before the quotation links
    ("his [statement](https://...) reads:"), where the quoted text most likely comes from."""
    text = body_of(markdown)
    block: list[str] = []
    fence = ""
    intro: tuple[str, ...] = ()
    for line in [*text.splitlines(), ""]:
        if fence:
            fence = "" if line.strip().startswith(fence) else fence
        elif m := _FENCE.match(line):
            fence = m[1]
        elif line.strip():
            block.append(line)
            continue
        for item, anchor, in_quote in _block(block):
            if not in_quote:
                intro = tuple(_ADDRESS.findall(item))
            if wanted(item) and (plain := " ".join(_plain(item).split())):
                yield plain, anchor, intro if in_quote else None
        block = []


#: A web address in an item's Markdown, linked ("[text](https://...)") or written out.
_ADDRESS = re.compile(r"https?://[^\s()<>\[\]\\\"]+")


def _block(lines: list[str]) -> Iterator[tuple[str, str | None, bool]]:
    """Yield (Markdown, anchor, quoted) for each item of a block."""
    anchor = None
    if lines and (m := _ATTR_LIST.match(lines[-1])):
        lines = lines[:-1]
        anchor = next(iter(re.findall(r"#([\w:.-]+)", m[1])), None)
    if not lines or all(line.startswith(("    ", "\t")) for line in lines):
        return  # an indented code block
    if len(lines) > 1 and re.match(r"^\s{0,3}(?:=+|-+)\s*$", lines[-1]):
        return  # a setext heading
    items: list[list[str]] = []
    quoted: list[bool] = []
    for line in (line for line in lines if not _SKIP_LINE.match(line)):
        if marks := _QUOTED_LINE.match(line):
            line = line[marks.end() :]
        if not items or marks or _ITEM.match(line).group().strip():  # a list item or quote starts anew
            items.append([])
            quoted.append(bool(marks))
        items[-1].append(_ITEM.sub("", line, count=1))
    yield from ((" ".join(item), anchor, in_quote) for item, in_quote in zip(items, quoted, strict=True))
