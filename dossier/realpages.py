"""Real web pages with human gold labels, turned into the text files scrapers make (issue 13).

`../shared/corpora/` holds three public datasets of real news and web pages, each page with its
HTML and a gold standard made by people (its README gives their licences: the pages' texts stay
out of this repository; this module, the split and the figures it yields are ours). This module
renders every page the way scrapers do and carries the gold labels onto the lines, in the gold
format of the seeds (`title_lines`, `meta_lines`, `boilerplate_lines`; every other non-blank line
is body), so that `evaluate` can score cleaning on thousands of lines nobody here wrote:

- ``page``: the whole page as text, every visible block on its own line, the way `html-text` (or
  a browser's "save as text") renders it: menus, share bars, footers and all. The renderer is
  html-text's own algorithm (`html_text.etree_to_text`: the same cleaner, block tags and spacing),
  written again here only so that each piece of text keeps the label of the element it came from.
- ``reader``: the looser text of a reader-mode extractor run with recall first (trafilatura with
  ``favor_recall``, comments and tables kept), which leaves some chrome in.
- ``markdown``: the whole page as Markdown, as scrapers that keep links write it (markdownify of
  the page without its scripts and styles): menus as lists of links, teasers as linked headings,
  images. Dragnet and Readability only (L3S-GN1's labels sit on spans of its text, which the
  Markdown would have to be rendered from again).

How labels reach the lines:

- L3S-GN1 (gold: the page itself with every text block wrapped in ``<span class="x-nc-selN">``):
  the whole-page rendering reads the label of each text node from the span around it, so its
  labels are exact. A line is body when at least ``PURE_SHARE`` of its characters are full text
  (class 2) or supplemental text (class 3) and some are full text; title when they are headline
  (class 1); metadata (kept or dropped, not scored) when they are supplemental only (captions,
  datelines) or mixed; boilerplate when they are not content, related content or comments (0, 4,
  5) or outside every span. The ``<title>`` element's line is metadata.
- Dragnet and Readability (gold: the main content as text): the rendered words are aligned with
  the gold's words (`difflib.SequenceMatcher`, matches of ``MIN_MATCH`` words or more); a line
  whose words are at least ``PURE_SHARE`` matched is body, at most ``1 - PURE_SHARE`` boilerplate,
  in between metadata (counted as unplaced). Dragnet's comments, after its marker line, are
  boilerplate. The page's headline (its ``<h1>``, ``og:title`` or a part of its ``<title>``) is
  metadata, since the gold counts it as content and Dossier takes it as the title.
- Markdown lines are aligned by the words a reader sees (a link's text; not its address, not an
  image); a line of images alone is metadata (not scored).
- Reader renderings of L3S pages are aligned with the labelled whole-page words the same way;
  a reader line whose words cannot be placed is metadata and counted as unplaced.

Every page goes to one of two parts by a hash of its site (the host its canonical address or most
of its links name; Readability's test names), so no site is in both: ``tune``, which rules may be
read and developed against, and ``scored``, which is only scored.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import tarfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .lineshapes import markdown_free, visible_text

CORPORA = ("l3s-gn1", "dragnet", "readability")
RENDERINGS = ("page", "reader", "markdown")
PARTS = ("tune", "scored")
#: Bump when the rendering or the labelling changes: converted sets are cached under this version
#: (hand labels in tests/realpages/ name pages, not lines, so they survive a bump).
CONVERTER_VERSION = 9
#: A line takes a label when at least this share of its characters (or words) carry it.
PURE_SHARE = 0.8
#: Word matches shorter than this are chance ("the", "said"), unless they cover a whole line.
MIN_MATCH = 3
#: Share of sites in the tune part; the rest are scored only.
TUNE_SHARE = 0.5
#: L3S-GN1 classes: 1 headline, 2 full text, 3 supplemental, 0/4/5 not content, related, comments.
_L3S_TITLE, _L3S_BODY, _L3S_SUPPLEMENT = 1, 2, 3
#: Dragnet's line between a page's content and its comments: "!@#$%^&*()  COMMENTS", typed by hand
#: on 416 pages, in twenty of them with another spacing, a tab, a carriage return or a key missed
#: or doubled ("!@#$%$%^&*()  COMMENTS", "@#$%^&*() COMMENTS").
_DRAGNET_COMMENTS = re.compile(r"^[!@#$%^&*() \t]{4,}COMMENTS[ \t\r]*$", re.M)
_SEL = re.compile(r"\bx-nc-sel(\d)\b")
#: The labelling's own spans inside a <title> (21 of the 238 whole-page tune pages): a <title> holds
#: text only, so they would be read as the page's words ('<SPAN class="x-nc-sel2">Headline</SPAN>').
_SEL_TAG = re.compile(r"<span\s+class=[\"']?x-nc-sel\d[\"']?\s*>|</span\s*>", re.I)
_WORD = re.compile(r"\w+")
_WS = re.compile(r"\s+")
_PUNCT_AFTER = re.compile(r'^[,:;.!?")]')
_OPEN_BEFORE = re.compile(r"\($")
_LINK_HOST = re.compile(r"""<a\s[^>]*?href\s*=\s*["']?https?://([^/"'\s>:?#]+)""", re.I)
#: Hosting platforms whose sites are their subdomains ("sethgodin.typepad.com").
_PLATFORMS = frozenset({"blogspot.com", "typepad.com", "wordpress.com", "tumblr.com", "livejournal.com", "blogs.com"})
#: Hosts that pages link to whatever site they are on: ad servers and share buttons.
_ELSEWHERE = frozenset(
    "doubleclick.net adtech.de googlesyndication.com atdmt.com 2mdn.net yieldmanager.com advertising.com "
    "falkag.net adbrite.com digg.com del.icio.us delicious.com facebook.com technorati.com addthis.com "
    "newsvine.com reddit.com stumbleupon.com twitter.com myspace.com".split()
)
_CANONICAL = re.compile(
    r"""<link[^>]+rel=["']?canonical["']?[^>]*href=["']?(https?://[^"'\s>]+)|<base\s[^>]*href=["']?(https?://[^"'\s>]+)|<meta[^>]+property=["']og:url["'][^>]*content=["'](https?://[^"'\s>]+)""",
    re.I,
)

#: Labels of a rendered line.
BODY, TITLE, META, CHROME, UNPLACED = "body", "title", "meta", "chrome", "unplaced"


@dataclass
class Page:
    """One page of a corpus: its HTML, the site it is from, and what its gold says."""

    corpus: str
    id: str
    site: str
    html: str
    #: L3S: the gold HTML, labelled; Dragnet and Readability: the gold content as text.
    gold: str
    comments: str = ""
    headlines: list[str] = field(default_factory=list)


@dataclass
class Rendered:
    """A page rendered as text, with a label per line (None for blank lines)."""

    lines: list[str]
    labels: list[str | None]
    title: str | None = None
    extra: dict = field(default_factory=dict)


# --- rendering -----------------------------------------------------------------------------------


def render_page(html: str, labelled: bool = False) -> tuple[list[str], list[Counter]]:
    """Render a page as html-text does, every block on its own line; with `labelled`, also count
    each line's characters by the L3S class of the span they sit in (None: outside every span)."""
    import lxml.etree
    from html_text.html_text import DOUBLE_NEWLINE_TAGS, NEWLINE_TAGS, cleaner, parse_html

    tree = parse_html(html)
    try:
        tree = cleaner.clean_html(tree)
    except AssertionError:  # lxml's cleaner on some trees (html-text does the same)
        pass
    pieces: list[tuple[str, object]] = []  # text with its class, or a break: "\n" / "\n\n"
    newline, double = object(), object()
    prev: object = double
    stack: list[object] = [None]

    def add_newlines(tag: str) -> None:
        nonlocal prev
        if prev is double:
            return
        if tag in DOUBLE_NEWLINE_TAGS:
            pieces.append(("\n" if prev is newline else "\n\n", None))
            prev = double
        elif tag in NEWLINE_TAGS:
            if prev is not newline:
                pieces.append(("\n", None))
            prev = newline

    def add_text(raw: str | None) -> None:
        nonlocal prev
        text = _WS.sub(" ", raw.strip()) if raw else ""
        if not text:
            return
        if prev is not newline and prev is not double:
            assert isinstance(prev, str)
            if prev[-1:].isspace() or (not _PUNCT_AFTER.search(text) and not _OPEN_BEFORE.search(prev)):
                pieces.append((" ", stack[-1]))
        pieces.append((text, stack[-1]))
        prev = raw

    in_title = 0
    for event, el in lxml.etree.iterwalk(tree, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            m = _SEL.search(el.get("class") or "") if labelled and tag == "span" else None
            in_title += tag == "title"
            if labelled and tag == "title" and el.text:
                el.text = _SEL_TAG.sub("", el.text)
            if m:
                label = int(m.group(1))
            elif in_title:
                label = "title"
            elif stack[-1] is None and _is_caption(el, tag):
                label = "caption"
            else:
                label = stack[-1]
            stack.append(label)
            add_newlines(tag)
            add_text(el.text)
        else:
            stack.pop()
            in_title -= tag == "title"
            add_newlines(tag)
            if el is not tree:
                add_text(el.tail)
    lines: list[str] = []
    counts: list[Counter] = []
    current: list[tuple[str, object]] = []

    def flush() -> None:
        text = "".join(t for t, _ in current).strip()
        c: Counter = Counter()
        for t, label in current:
            c[label] += len(t.strip())
        if text or (lines and lines[-1]):  # at most one blank line in a row
            lines.append(text)
            counts.append(c)
        current.clear()

    for text, label in pieces:
        if text.startswith("\n"):
            for _ in text:
                flush()
        else:
            current.append((text, label))
    flush()
    while lines and not lines[-1]:
        lines.pop()
        counts.pop()
    return lines, counts


def _is_caption(el: object, tag: str) -> bool:
    """Tell a caption or credit element (a figure's caption, an element whose class names one)."""
    if tag == "figcaption":
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()  # type: ignore[attr-defined]
    return any(word in names for word in ("caption", "credit", "byline", "dateline", "timestamp"))


def reader_text(html: str) -> str:
    """Return the text a reader-mode extractor gives with recall first (trafilatura)."""
    import trafilatura

    text = trafilatura.extract(
        html,
        favor_recall=True,
        include_comments=True,
        include_tables=True,
        output_format="txt",
        with_metadata=False,
        deduplicate=False,
    )
    return text or ""


#: What a page's Markdown holds that no reader sees: scripts, styles, the head.
_UNSEEN = ("script", "style", "noscript", "template", "svg", "head")


def markdown_text(html: str) -> str:
    """Return the whole page as Markdown, as scrapers that keep links write it (markdownify):
    menus as lists of links, teasers as linked headings, images, every block."""
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
    from markdownify import markdownify

    with warnings.catch_warnings():  # a page served as XHTML is still read as the browser reads it
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    for tag in soup(_UNSEEN):
        tag.decompose()
    return re.sub(r"\n{3,}", "\n\n", markdownify(str(soup), heading_style="ATX"))


def text_of_html(html: str) -> str:
    """Return an HTML fragment's text, one block per line (Readability's gold)."""
    lines, _ = render_page(html)
    return "\n".join(lines)


# --- labels --------------------------------------------------------------------------------------


def _l3s_label(counts: Counter) -> str:
    """Label a whole-page line of an L3S page from its characters' classes."""
    total = sum(counts.values())
    if not total:
        return CHROME
    if counts.get("title", 0) >= PURE_SHARE * total:
        return META  # the <title> element: where a title may come from, not body
    body, supplement = counts.get(_L3S_BODY, 0), counts.get(_L3S_SUPPLEMENT, 0)
    if body and body + supplement >= PURE_SHARE * total:
        return BODY
    if counts.get(_L3S_TITLE, 0) >= PURE_SHARE * total:
        return TITLE
    if supplement >= PURE_SHARE * total:
        return META
    chrome = sum(n for k, n in counts.items() if k not in (_L3S_TITLE, _L3S_BODY, _L3S_SUPPLEMENT, "title"))
    if chrome >= PURE_SHARE * total:
        return CHROME
    return UNPLACED


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _line_words(lines: list[str]) -> tuple[list[str], list[int]]:
    """Every word of the lines in order, and the line each comes from."""
    words, owner = [], []
    for i, line in enumerate(lines):
        for w in _words(line):
            words.append(w)
            owner.append(i)
    return words, owner


def _matched(target: list[str], owner: list[int], source: list[str]) -> list[int | None]:
    """For each target word, the index of the source word it is aligned with, or None."""
    found: list[int | None] = [None] * len(target)
    matcher = difflib.SequenceMatcher(None, target, source, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        if not size:
            continue
        whole_line = (a == 0 or owner[a - 1] != owner[a]) and (
            a + size == len(target) or owner[a + size] != owner[a + size - 1]
        )
        if size >= MIN_MATCH or whole_line:
            for k in range(size):
                found[a + k] = b + k
    return found


def label_by_content(
    lines: list[str], content: str, comments: str = "", captions: list[bool] | None = None
) -> list[str | None]:
    """Label lines by aligning their words with the gold content (body) and comments (chrome);
    body lines that are captions (`captions`) or metadata (a date or byline line) are metadata."""
    words, owner = _line_words(lines)
    gold = _words(content)
    found = _matched(words, owner, gold + _words(comments))
    body = [0] * len(lines)
    total = [0] * len(lines)
    for w, line in enumerate(owner):
        total[line] += 1
        body[line] += found[w] is not None and found[w] < len(gold)
    labels: list[str | None] = []
    for i, line in enumerate(lines):
        if not line.strip():
            labels.append(None)
        elif not total[i]:
            labels.append(META)  # punctuation only ("|", ")"): no word to align, not scored
        elif body[i] >= PURE_SHARE * total[i]:
            labels.append(META if (captions and captions[i]) or is_metadata_line(line) else BODY)
        elif body[i] <= (1 - PURE_SHARE) * total[i]:
            labels.append(CHROME)
        else:
            labels.append(UNPLACED)
    return labels


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
    rf"{_MONTH}\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|posted by|written by|author:|from)\s+\S", re.I)
#: A date or byline line is short; a longer line that holds a date is a sentence.
METADATA_LINE_MAX_WORDS = 15


def is_metadata_line(line: str) -> bool:
    """Tell a line that holds front matter, not body: a short line with a date in it, or a byline.

    Dragnet's and Readability's gold copies the date, the byline and the captions along with the
    article; the seeds' gold format counts them as metadata (kept or dropped, not scored), as the
    L3S-GN1 annotators did with their supplemental class."""
    if len(line.split()) > METADATA_LINE_MAX_WORDS:
        return False
    return bool(_DATE.search(line) or _BYLINE.match(line.strip()))


def label_by_page(lines: list[str], page_lines: list[str], page_labels: list[str | None]) -> list[str | None]:
    """Label reader-mode lines by aligning their words with a labelled whole-page rendering."""
    words, owner = _line_words(lines)
    page_words, page_owner = _line_words(page_lines)
    found = _matched(words, owner, page_words)
    votes: list[Counter] = [Counter() for _ in lines]
    total = [0] * len(lines)
    for w, line in enumerate(owner):
        total[line] += 1
        if found[w] is not None:
            votes[line][page_labels[page_owner[found[w]]]] += 1
    labels: list[str | None] = []
    for i, line in enumerate(lines):
        if not line.strip():
            labels.append(None)
            continue
        top = votes[i].most_common(1)
        if top and total[i] and top[0][1] >= PURE_SHARE * total[i]:
            labels.append(top[0][0])
        elif not total[i]:
            labels.append(META)  # punctuation only: no word to align, not scored
        else:
            labels.append(UNPLACED)
    return labels


def _headline_lines(lines: list[str], labels: list[str | None], headlines: list[str]) -> None:
    """Mark the page's headline as metadata where the gold counts it as body."""
    keys = {tuple(_words(h)) for h in headlines} - {()}
    for i, line in enumerate(lines):
        if labels[i] == BODY and tuple(_words(line)) in keys:
            labels[i] = META


# --- the corpora ---------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    """Read a corpus file as the converted sets always have: UTF-8, else charset detection's best
    reading, else UTF-8 with replacements. Kept apart from `ingest.decode_bytes`, which reads seeds
    and prefers the web's encodings: the sets' cache key does not follow ingest's code, so a change
    there would render different pages on a fresh machine than in an existing cache (19 of the
    archives' 3,996 files read differently under session 44's seed decoding)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" not in data[:4096]:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    return data.decode("utf-8", "replace")


def site_of(html: str) -> str:
    """Tell the site a page is from: its canonical address's host, else the host most of its
    links name; "www." and the like are dropped so that one site has one name."""
    m = _CANONICAL.search(html)
    if m:
        host = urlsplit(next(g for g in m.groups() if g)).hostname or ""
    else:
        hosts = Counter(h.lower() for h in _LINK_HOST.findall(html))
        for h in list(hosts):
            if ".".join(h.split(".")[-2:]) in _ELSEWHERE:
                del hosts[h]
        host = hosts.most_common(1)[0][0] if hosts else ""
    labels = host.lower().split(".")
    # The registrable part, roughly: the last two labels, three under a two-letter country code
    # with a second level ("bbc.co.uk", "smh.com.au") or on a hosting platform.
    keep = 2
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in ("co", "com", "net", "org", "ac", "gov"):
        keep = 3
    elif ".".join(labels[-2:]) in _PLATFORMS:
        keep = 3
    return ".".join(labels[-keep:])


def part_of(site: str) -> str:
    """Put a site in the tune or the scored part, by a hash of its name."""
    digest = int(hashlib.sha256(site.encode()).hexdigest()[:8], 16)
    return "tune" if digest / 0xFFFFFFFF < TUNE_SHARE else "scored"


def half_of(key: str) -> str:
    """Put a tune site (or an event cluster) in one of two halves, by a second hash of its name:
    "read", whose files a rule is developed against, or "check", read by its figures only, which
    says whether a new rule holds on sites it was not written from (`evaluate --half`). The salt
    keeps the halves independent of the tune/scored split."""
    digest = int(hashlib.sha256(f"half:{key}".encode()).hexdigest()[:8], 16)
    return "read" if digest % 2 == 0 else "check"


def _members(archive: Path) -> Iterator[tuple[str, bytes]]:
    with tarfile.open(archive, "r:xz") as tar:
        for member in tar:
            if member.isfile():
                handle = tar.extractfile(member)
                if handle is not None:
                    yield member.name, handle.read()


def read_corpus(archive: Path) -> Iterator[Page]:
    """Read the pages of one corpus archive (``l3s-gn1.tar.xz``, ``dragnet.tar.xz``, ...)."""
    corpus = archive.name.split(".")[0]
    inputs: dict[str, bytes] = {}
    golds: dict[str, bytes] = {}
    for name, data in _members(archive):
        parts = Path(name).parts
        if "input" in parts:
            inputs[Path(name).stem] = data
        elif "GoldStandard" in parts:
            golds[Path(name).stem] = data
    for pid in sorted(inputs.keys() & golds.keys()):
        html = _decode(inputs[pid])
        gold = _decode(golds[pid])
        comments = ""
        marker = _DRAGNET_COMMENTS.search(gold) if corpus == "dragnet" else None
        if marker:
            gold, comments = gold[: marker.start()], gold[marker.end() :]
        if corpus == "readability":
            site = re.sub(r"-\d+$", "", pid)
            gold = text_of_html(gold)
        else:
            site = site_of(html) or pid
        yield Page(corpus, pid, site, html, gold, comments, _headline_of(html))


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.I | re.S)
_OG_TITLE = re.compile(r"""<meta[^>]+property=["']og:title["'][^>]*content=["']([^"']+)""", re.I)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")
#: How a page's <title> joins the headline and the site's name ("Headline - Section | Site").
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|:»«–—]|::)\s+")


def _headline_of(html: str) -> list[str]:
    """The page's headline as its markup gives it: the <h1>, og:title, the <title> or a part of it.

    Any part of the <title>, not only its first: a blog puts its own name first ("Blog » Post"),
    and a line that matches the site's name is changed only where the gold counts it as text."""
    import html as html_lib

    found = []
    for pattern in (_H1, _OG_TITLE, _TITLE):
        m = pattern.search(html)
        if m:
            text = html_lib.unescape(_TAGS.sub(" ", m.group(1))).strip()
            found.append(text)
            if pattern is _TITLE:
                found.extend(_TITLE_SEPARATOR.split(text))
    return [t for t in found if t]


def render_l3s(page: Page) -> dict[str, Rendered]:
    """Render an L3S page whole and in reader mode, labelled from its gold spans."""
    lines, counts = render_page(page.gold, labelled=True)
    labels: list[str | None] = [_l3s_label(c) if line else None for line, c in zip(lines, counts, strict=True)]
    labels = [
        META if label == BODY and is_metadata_line(line) else label for line, label in zip(lines, labels, strict=True)
    ]
    titles = [_cell_text(line) for line, label in zip(lines, labels, strict=True) if label == TITLE]
    whole = Rendered(lines, labels, titles[0] if titles else None)
    reader = reader_text(page.html).split("\n")
    reader_labels = label_by_page(reader, lines, labels)
    reader_labels = [
        META if label == BODY and is_metadata_line(line) else label
        for line, label in zip(reader, reader_labels, strict=True)
    ]
    # The headline's words stand twice on a page (its <title> and the headline shown): a reader
    # line that is the headline is labelled so whichever of the two its words were aligned with.
    if whole.title:
        key = _words(whole.title)
        reader_labels = [
            TITLE if label in (META, UNPLACED) and _words(line) == key else label
            for line, label in zip(reader, reader_labels, strict=True)
        ]
    titles = [_cell_text(line) for line, label in zip(reader, reader_labels, strict=True) if label == TITLE]
    return {"page": whole, "reader": Rendered(reader, reader_labels, titles[0] if titles else None)}


def _cell_text(line: str) -> str:
    """A line without the table pipes a reader-mode extractor writes around a layout table's cell."""
    return " ".join(line.replace("|", " ").split())


def render_by_content(page: Page) -> dict[str, Rendered]:
    """Render a Dragnet or Readability page every way (RENDERINGS), labelled by its gold content."""
    out = {}
    whole, counts = render_page(page.html)
    captions = [c.get("caption", 0) >= PURE_SHARE * sum(c.values()) > 0 for c in counts]
    renderings = (
        ("page", whole, captions),
        ("reader", reader_text(page.html).split("\n"), None),
        ("markdown", markdown_text(page.html).split("\n"), None),
    )
    for rendering, lines, caption_lines in renderings:
        # A link's address is no word of the page: Markdown lines are aligned by what a reader sees.
        seen = [visible_text(line) for line in lines] if rendering == "markdown" else lines
        labels = label_by_content(seen, page.gold, page.comments, caption_lines)
        # An image alone (no words a reader reads) is neither article text nor chrome: not scored.
        labels = [
            META if line.strip() and not shown.strip() else label
            for line, shown, label in zip(lines, seen, labels, strict=True)
        ]
        _headline_lines(seen, labels, page.headlines)
        out[rendering] = Rendered(lines, labels, None)
    return out


def gold_of(page: Page, rendered: Rendered) -> dict:
    """Return the gold YAML of a rendered page, in the seeds' format."""
    by: dict[str, list[int]] = {BODY: [], TITLE: [], META: [], CHROME: [], UNPLACED: []}
    for n, label in enumerate(rendered.labels, 1):
        if label is not None:
            by[label].append(n)
    scored_title = page.corpus == "l3s-gn1"
    return {
        "corpus": page.corpus,
        "page": page.id,
        "site": page.site,
        "part": part_of(page.site),
        "title": rendered.title if scored_title else None,
        "title_lines": by[TITLE],
        "meta_lines": sorted(by[META] + by[UNPLACED]),
        "boilerplate_lines": by[CHROME],
        "unplaced_lines": by[UNPLACED],
        "publisher": None,
        "date": None,
        "author": None,
        # Only what a person labelled is scored: the metadata labels are added from
        # tests/realpages/metadata.yml where a page has them.
        "found_in_file": {"title": scored_title, "publisher": False, "date": False, "author": False, "entities": False},
    }


def convert_page(page: Page) -> dict[str, tuple[str, dict]]:
    """Render one page every way it is rendered: rendering -> (text, gold)."""
    rendered = render_l3s(page) if page.corpus == "l3s-gn1" else render_by_content(page)
    return {name: ("\n".join(r.lines) + "\n", gold_of(page, r)) for name, r in rendered.items()}


def set_name(corpus: str, rendering: str, part: str) -> str:
    """Name an evaluation set: 'l3s-gn1-page-scored'."""
    return f"{corpus}-{rendering}-{part}"


def convert(corpora: Path, out: Path, jobs: int = 1) -> dict[str, dict[str, int]]:
    """Convert every corpus archive in `corpora` into evaluation sets under `out` (one folder per
    set, with articles/ and gold/ as the project's sets have); return a summary per set."""
    import yaml

    summary: dict[str, Counter] = {}
    sites: dict[str, set[str]] = {}
    for corpus in CORPORA:
        archive = corpora / f"{corpus}.tar.xz"
        if not archive.is_file():
            continue
        pages = list(read_corpus(archive))
        if jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(jobs) as pool:
                results = list(pool.map(convert_page, pages, chunksize=8))
        else:
            results = [convert_page(p) for p in pages]
        for page, result in zip(pages, results, strict=True):
            for rendering, (text, gold) in result.items():
                name = set_name(corpus, rendering, gold["part"])
                folder = out / name
                (folder / "articles").mkdir(parents=True, exist_ok=True)
                (folder / "gold").mkdir(parents=True, exist_ok=True)
                stem = _stem(page.id)
                (folder / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
                (folder / "gold" / f"{stem}.yaml").write_text(
                    yaml.safe_dump(gold, sort_keys=False, allow_unicode=True), encoding="utf-8"
                )
                counts = summary.setdefault(name, Counter())
                counts["pages"] += 1
                counts["lines"] += sum(1 for line in text.split("\n") if line.strip())
                for key in ("title_lines", "meta_lines", "boilerplate_lines", "unplaced_lines"):
                    counts[key] += len(gold[key])
                sites.setdefault(name, set()).add(page.site)
    table = {name: {**counts, "sites": len(sites[name])} for name, counts in sorted(summary.items())}
    (out / "summary.json").write_text(json.dumps(table, indent=1), encoding="utf-8")
    return table


#: The fields a person labels on a page.
LABELLED_FIELDS = ("title", "publisher", "date", "author")


def hand_labels(path: Path, set_name: str, articles: Path) -> dict[str, dict]:
    """Read the hand-made metadata labels (`tests/realpages/metadata.yml`) that apply to one set,
    as additions to its gold files, by file stem.

    The file maps ``<corpus>/<page id>`` to what a person read off the page: its publisher, date
    and author, and its headline as the number of the line that holds it in each rendering (the
    pages' texts stay out of the repository, so the title is read from the rendered file, and a
    digest of its words tells when a rendering moved); ``in_page`` and ``in_reader`` list the
    fields each rendering's text states. A field the text does not state is not scored there; a
    field the page lacks (null) is, so that a value found for it counts as invented; a field the
    entry does not name is left to the gold file. L3S-GN1's titles come from its headline labels
    and are not replaced: a hand-labelled headline only fills a page its annotators gave none
    (there a title found was counted invented although the page shows one); a page labelled as
    showing none (`title: null`) keeps the empty gold title, so a title found there is invented.
    """
    import yaml

    corpus, rendering = next(
        ((c, r) for c in CORPORA for r in RENDERINGS if set_name.startswith(f"{c}-{r}-")), (None, None)
    )
    if corpus is None:
        return {}
    table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found: dict[str, dict] = {}
    for key, entry in table.items():
        page_corpus, _, pid = str(key).partition("/")
        stem = _stem(pid)
        if page_corpus != corpus or not isinstance(entry, dict) or not (articles / f"{stem}.txt").is_file():
            continue
        # A Markdown rendering is the whole page too: it states what the page rendering does.
        stated = set(entry.get(f"in_{'page' if rendering == 'markdown' else rendering}") or [])
        named = [f for f in ("publisher", "date", "author") if f in entry]
        gold: dict = {f: (str(entry[f]) if entry[f] is not None else None) for f in named}
        gold["found_in_file"] = {f: f in stated or gold[f] is None for f in named}
        if corpus != "l3s-gn1" or (isinstance(entry.get("title"), dict) and _headline_unlabelled(articles, stem)):
            # A title is scored where its line is known; a line that moved, or none, tells nothing.
            gold["title"] = _title_at(articles / f"{stem}.txt", entry.get("title"), rendering)
            gold["found_in_file"]["title"] = gold["title"] is not None
        found[stem] = gold
    return found


def _headline_unlabelled(articles: Path, stem: str) -> bool:
    """Tell whether a converted L3S-GN1 page's gold file has no headline (its annotators gave none)."""
    import yaml

    gold = articles.parent / "gold" / f"{stem}.yaml"
    return gold.is_file() and (yaml.safe_load(gold.read_text(encoding="utf-8")) or {}).get("title") is None


def _title_at(article: Path, where: object, rendering: str) -> str | None:
    """Return the headline a label points at: the line's text, when its words still match the digest.
    In a Markdown rendering (not labelled by line) it is the first line whose words a reader sees
    match the digest of the labelled headline ("# [Headline](/story)" shows "Headline")."""
    if not isinstance(where, dict):
        return None
    lines = article.read_text(encoding="utf-8").split("\n")
    if rendering == "markdown" and where.get("digest"):
        shown = (" ".join(markdown_free(line).split()) for line in lines)
        return next((text for text in shown if text and title_digest(text) == where["digest"]), None)
    if not isinstance(where.get(rendering), int):
        return None
    n = where[rendering]
    if not 0 < n <= len(lines) or title_digest(lines[n - 1]) != where.get("digest"):
        return None
    return lines[n - 1].strip()


def title_digest(text: str) -> str:
    """A short digest of a line's words (lowercased), that tells a labelled line from a moved one."""
    return hashlib.sha1(" ".join(_words(text)).encode()).hexdigest()[:8]


def entity_groups(path: Path, part: str, folder: Path) -> dict[str, list[tuple[Path, dict]]]:
    """Read the hand-made entity labels (`tests/realpages/entities.yml`) of one part as groups of
    (article, gold) to score: each event cluster is one group, analysed as one corpus, as a
    dossier of that event would be; each single article is a group of its own. The articles are
    the reader renderings; only entities are scored."""
    import yaml

    table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    pages = table.get("pages") or {}

    def member(key: str) -> tuple[Path, dict] | None:
        corpus, _, pid = key.partition("/")
        stem = _stem(pid)
        for p in PARTS:  # a cluster may take a page from the other part's folder
            article = folder / set_name(corpus, "reader", p) / "articles" / f"{stem}.txt"
            if article.is_file():
                entities = [
                    {"name": e["name"], "type": e.get("type"), "aliases": list(e.get("aliases") or [])}
                    for e in (pages.get(key) or {}).get("entities") or []
                ]
                skip = dict.fromkeys(LABELLED_FIELDS, False)
                return article, {"entities": entities, "found_in_file": skip, "lines_labelled": False}
        return None

    groups: dict[str, list[tuple[Path, dict]]] = {}
    clustered: set[str] = set()
    for slug, event in (table.get("events") or {}).items():
        clustered.update(event.get("pages") or [])
        if event.get("part") == part:
            found = [m for key in event.get("pages") or [] if (m := member(key)) is not None]
            if found:
                groups[slug] = found
    for key, entry in pages.items():
        if key not in clustered and (entry or {}).get("part") == part and (m := member(key)) is not None:
            groups[key] = [m]
    return groups


def _stem(pid: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", pid)


def prepare(corpora: Path, jobs: int = 1) -> Path | None:
    """Return the folder of converted evaluation sets for the archives in `corpora`, converting
    them once into the user's cache folder (keyed by the archives' contents, CONVERTER_VERSION and the
    extractors' versions); None when `corpora` holds none of the archives."""
    from importlib.metadata import version

    from .cache import file_digest, user_cache_folder

    archives = [corpora / f"{c}.tar.xz" for c in CORPORA if (corpora / f"{c}.tar.xz").is_file()]
    if not archives:
        return None
    stamp = [
        CONVERTER_VERSION,
        [version(p) for p in ("html-text", "trafilatura", "lxml", "markdownify", "beautifulsoup4")],
        # The archives' contents, not their time stamps: a copy of the same archive keeps its sets.
        [[a.name, file_digest(a)[:16]] for a in archives],
    ]
    key = hashlib.sha256(json.dumps(stamp).encode()).hexdigest()[:16]
    base = user_cache_folder() or corpora.parent / ".realpages"
    folder = base / f"realpages-{key}"
    if (folder / "summary.json").is_file():
        return folder
    import os
    import shutil

    work = base / f"realpages-{key}.tmp{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    convert(corpora, work, jobs)
    try:
        work.rename(folder)
    except OSError:  # converted meanwhile by another run
        shutil.rmtree(work, ignore_errors=True)
    return folder
