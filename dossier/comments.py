"""Where a page's comment section starts and what it holds: comment headings, signatures, replies to
commenters by name, the walls that end an article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import date_only
from .lexicon import COMMON, is_first_name
from .lineshapes import (
    BOX_DRAWING,
    DATA_SCORE,
    DIGIT,
    FUNCTION_WORDS,
    MD_LINK,
    SHAPE_CACHE_SIZE,
    STAMP,
    STAMP_YEAR_OR_TIME,
    TIME_OR_AGE,
    WORD,
    column_name_runs,
    spaced_word_count,
    word_count,
    words_of,
)
from .sentenceends import ends_sentence_or_clause

#: The heading of a comment section.
_COMMENT_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:(?:user|reader|readers'?|your|latest|recent|top)\s+)?(?:comments?|responses?|replies|reactions)"
    r"(?:\s*\(\d+\))?(?:\s*[»:,].*)?$|"
    r"^(?:\d+|one|two|three|no)\s+(?:comments?|responses?|replies)\b.{0,80}$|"
    r"^(?:leave|post|add|write|place|submit)\s+(?:a|your|an?\s+own)?\s*(?:comment|reply|response)\b.{0,40}$|"
    r"^(?:have your say|join the (?:discussion|conversation|debate)|discuss this (?:article|story)|"
    r"be the first to (?:comment|post a comment)\b.*|comments (?:are|have (?:now )?been) closed\b.*|"
    r"show(?:ing)? comments? \d.*|read (?:all )?\d* ?comments?\b.*)$",
    re.I,
)


#: What frames a heading: "{ 12 comments }", "## Comments", "— 3 Responses —".
_HEADING_FRAME = " \t{}[]()<>—–=*#:"


#: Comment headings that do not open the article's own comment section: a sidebar's latest
#: comments, a counter, a button; and the words an article's own sections are named with
#: ("Reactions", "Responses", "Replies": an event's reactions, a letter's replies) without a count.
_NOT_THE_SECTION = re.compile(
    r"^(?:(?:recent|latest|top|most)\b.*|comments?\s*:\s*\d.*|\d+\s+comments?\s+posted|add (?:a )?comment|comment|"
    r"(?:\w+\s+)?(?:reactions?|responses?|replies))$",
    re.I,
)


#: A reply that opens by naming the commenter it answers, alone on its line ("Davey,", "Hey Chris,",
#: "@Sian,", "Mr. Ebert,"): one or two capitalised words and a comma.
_SALUTATION = re.compile(r"^@?\s?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?\s?,$")


#: Words that stand alone with a comma in an article too: a letter's greeting and closing, and
#: words that open a sentence ("However,"); a function word ("So,", "Now,") is not a name either.
_NOT_ADDRESSED = frozenset(
    "dear sincerely love best regards cheers thanks thank yours respectfully warmly truly hi hello however "
    "meanwhile still today yesterday tomorrow finally instead later first second third next yes well ok okay".split()
) | FUNCTION_WORDS  # fmt: skip


#: The comments have begun at the first of this many replies addressed by name, each opening a
#: paragraph, under FINAL_WALL_MIN_PROSE of the article's paragraphs (chosen on the tune sets:
#: Dragnet's comment threads; no article there has two).
ADDRESSED_REPLIES_MIN = 2


#: Words of a stamp that name no one: a line of a date and these is a dateline or a live blog's
#: time, not a comment's signature.
_STAMP_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "am pm at on in of the updated published posted last edt est gmt bst pst pdt cst cdt utc et ago minutes minute "
    "hours hour days day weeks week st nd rd th".split()
)  # fmt: skip


#: A comment's signature names its writer in a few words.
SIGNATURE_MAX_NAME_WORDS = 4


#: Who wrote a comment: "Posted by", "Comment by", "Ann says:", "Bob wrote:", and "by ann_k on Aug
#: 9, 2012 10:40 AM" whatever buttons follow its stamp ("... EDT up reply actions 3 recs"): a name of
#: at most SIGNATURE_MAX_NAME_WORDS words between "by" and "on" and a stamp right after it.
_SIGNED = re.compile(
    r"^(?:posted|comment(?:ed)?|submitted|written|replied)\s+(?:by|on)\b|\b(?:says|said|wrote)\s*(?::|\.\.\.)?\s*$|"
    r"^comment\s*(?:no\.?|number|#)\s*\d+|\breport this (?:comment|post)\b|"
    rf"^by\s+\S+(?:\s+\S+){{0,{SIGNATURE_MAX_NAME_WORDS - 1}}}\s+on\s+(?:{STAMP.pattern})|"
    r"^\W*anonymous\W*$|"  # the name comment systems sign an unsigned comment with, alone on its line
    r"\brecently posted\s*(?:\.\.|…)",  # "Ann @ Blog recently posted..Title": the commenter's own latest post
    re.I,
)


#: What `_SIGNED`'s alternatives that may match past a line's start hold ("says", "report this").
_SIGNED_INSIDE = ("says", "said", "wrote", "report this", "recently posted")


def _signed(text: str) -> bool:
    """`_SIGNED.search(text)`: an ASCII line (most) without the words of its alternatives that may
    match further on (`_SIGNED_INSIDE`) is only matched at its start, where the others are
    anchored, not searched at each character. (A line with other letters is searched: the pattern
    ignores case, and so matches "ſ" for "s".)"""
    if text.isascii():
        lower = text.lower()  # (once, not once a word: the same test)
        if not any(word in lower for word in _SIGNED_INSIDE):
            return _SIGNED.match(text) is not None
    return _SIGNED.search(text) is not None


#: A comment thread a page wrote on one line ("## Comments (8) 1. 23. Jul, 2012 / Ann Lee says: Hi!
#: ... [Reply] 2. 23. Jul, 2012 / [Bob](http://bob.example) says: ..."): at least this many
#: signatures on the line, each a stamp's year or time, a name of at most SIGNATURE_MAX_NAME_WORDS
#: words (or a link's text) and "says:" or "wrote:" (see `_STAMPED_SAYS`). On the lines the cleaning
#: keeps of every tune rendering, the lines holding two or more are 10 comment threads (one site's
#: Markdown pages) and no other line. A quotation's "X says:" has no stamp before its name.
THREAD_IN_LINE_SIGNATURES_MIN = 2


_STAMPED_SAYS = re.compile(
    rf"{STAMP_YEAR_OR_TIME.pattern}[\s,/|·–—-]{{1,6}}"
    rf"(?:\[[^\[\]\n]{{1,80}}\]\([^()\n]{{0,300}}\)|[^\s\[\]/|:]{{1,60}}(?:[ \t][^\s\[\]/|:]{{1,60}}){{0,{SIGNATURE_MAX_NAME_WORDS - 1}}})"
    r"\s+(?:says|wrote)\s*:",
    re.I,
)


def is_thread_in_line(text: str) -> bool:
    """Tell a line that holds a comment thread (see `THREAD_IN_LINE_SIGNATURES_MIN`): its comments'
    signatures, each stamped, one after another. Each try of the pattern reads a bounded stretch
    (a name's words, a link's address), so a huge line of stamps stays linear."""
    if text.count(":") < THREAD_IN_LINE_SIGNATURES_MIN:
        return False  # (most lines: no signature's colon)
    found = 0
    for _ in _STAMPED_SAYS.finditer(text):
        found += 1
        if found >= THREAD_IN_LINE_SIGNATURES_MIN:
            return True
    return False


#: A reblogging site's note under a post, one per reader who liked or passed it on: a lowercase
#: handle and what it did ("annlee liked this", "annlee reblogged this from bobroe and added:"),
#: alone on its line; the words a reader added stand under the note, as a comment under its signature.
_NOTE = re.compile(r"^[a-z0-9][\w-]*\s+(?:liked this|reblogged this from\s+[a-z0-9][\w-]*(?:\s+and added:)?)$")


def _is_note(text: str) -> bool:
    """Tell a reblogging site's note ("annlee liked this"): a handle, not a pronoun or an everyday
    word that opens a sentence ("everyone liked this", on a page written in lowercase)."""
    return bool(_NOTE.match(text)) and text.split(maxsplit=1)[0] not in COMMON


_WIRE_BYLINE = re.compile(r"^by\s.{2,60}\b(?:writer|correspondent|reporter|editor|press|staff)\b", re.I)


#: What every signature holds: a digit (its stamp) or one of its words.
_SIGNATURE_HINT = re.compile(
    r"\d|\b(?:by|on|says|said|wrote|reply|delete|quote|report|recommend|permalink|link|flag|comment|anonymous|posted|"
    r"liked|reblogged)",
    re.I,
)


_EMBEDDED_POST = re.compile(r"\(@\w+\)|pic\.twitter\.com|^[—–-]\s")


#: An entry of a numbered list of writings: a number, a title, and the date it appeared in
#: brackets closing the line ("12. A Hearing in the Senate (Jan. 18, 2005)", "3) Notes (May 2004)").
#: A comment's signature names its writer before a bare stamp; a list of an author's posts or
#: papers numbers its titles and dates each in brackets (dragnet-page-tune: a post listing a
#: blog's earlier posts, whose short titles were read as signatures and ended the article).
_DATED_ENTRY = re.compile(r"^\d{1,4}[.)]\s+\S.*\([^()]*\b\d{4}\)\W*$")


_ACTION = (
    r"\[?(?:reply|delete|quote|report(?: this)?(?: post| comment| abuse)?|recommend|permalink|link to this|flag)\]?"
)


#: A comment's buttons: "Reply", "[Reply]", "Quote | Report this post", "Delete" and, run together
#: as some renderings write two buttons, "ReplyDelete".
_ACTIONS = re.compile(rf"^{_ACTION}(?:\s*[|·]?\s*{_ACTION})*$", re.I)


#: A comment's vote buttons with their counts, which the page writes under every comment: "Rate
#: This: 1 0", "Like or Dislike: 2 0" (the ups and the downs). An article rated once by its readers
#: has one such line; only two of them with a comment between sign a thread (`comment_walls`).
_VOTES = re.compile(r"^(?:rate this|like or dislike)\s*:?\s*\d+\s+\d+$", re.I)


#: A thread that has begun (two signatures within COMMENT_SIGNATURE_SPAN lines, a comment between)
#: goes on to its next signature up to this many lines further down: a longer comment (one that
#: quotes a list). Chosen on the even half of Dragnet's reader tune part (sorted ids), where the
#: longest such comment runs to 17 lines; checked on the odd half.
THREAD_GAP_MAX_LINES = 20


#: The comment section has begun where two signatures stand within this many lines of each other
#: with a comment's text between them (an article repeated under a second byline is longer).
COMMENT_SIGNATURE_SPAN = 8


#: Comments follow the article: a pair of signatures is a thread only under this many paragraphs
#: of running text (a blog's slogan above a post's own stamp is one; chosen on Dragnet's tune part).
THREAD_MIN_PROSE_ABOVE = 2


#: A signature this many lines or fewer under the headline is the article's byline ("by Ann Lee on
#: Wednesday, October 19, 2011 at 1:31pm", with at most a standfirst between): no comment stands there.
BYLINE_MAX_LINES_UNDER_HEADLINE = 2


#: The last comment of a thread stands in at most this many lines under its last signature.
COMMENT_TAIL_LINES = 3


_NAMES_COMMENTS = re.compile(r"\b(?:comments?|replies|reply|responses?|discussion|conversation)\b", re.I)


#: Signatures and headings are short.
WALL_MAX_WORDS = 16


def is_comment_link(text: str) -> bool:
    """Tell a link or a heading that names the comments ("View all comments", "Post a Comment"),
    not a sentence of a comment form."""
    return bool(_NAMES_COMMENTS.search(text)) and not ends_sentence_or_clause(text.strip())


def is_comment_heading(text: str) -> bool:
    """Tell the heading of a comment section ("12 Comments", "{ 12 comments }", "Leave a reply")."""
    return bool(_COMMENT_HEADING.match(text.strip(_HEADING_FRAME)))


#: A comment heading that counts the comments under it ("46 Comments", "{ 3 responses }").
_COUNTED_HEADING = re.compile(r"^(\d+)\s+(?:comments?|responses?|replies)$", re.I)


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every line
def counts_comments(text: str) -> bool:
    """Tell a comment heading that counts one comment or more under it ("46 Comments"); "0
    comments" heads none."""
    found = _COUNTED_HEADING.match(text.strip().strip(_HEADING_FRAME))
    return bool(found) and int(found.group(1)) > 0


def is_comment_section_heading(text: str) -> bool:
    """Tell the heading of the article's own comment section ("{ 12 comments }", "38 Responses to
    “Headline”", "Leave a Reply"): not a link to it ("[Add a Comment](#respond)"), nor a counter
    or a button that may stand above the article ("Comments: 0", "108 comments posted", "Add
    comment"), nor a sidebar's latest comments."""
    text = text.strip()
    if is_link(text):
        text = _heading_outside_links(text)
        if not text:
            return False
    return is_comment_heading(text) and not _NOT_THE_SECTION.match(text.strip(_HEADING_FRAME))


def _heading_outside_links(text: str) -> str:
    """The words of a Markdown heading that holds a link beside its own words ("### 126 Comments
    [Add A Comment](#comment)", "### Leave a Reply [Cancel reply](#respond)" -> "126 Comments"): a
    heading stands over the thread whatever buttons the scraper wrote into it. Empty for a line that
    is no heading, for a heading that is a link alone ("### [1 Comment](#respond)") or whose words
    are the link's counter ("### Comments: [18](#comments)", read with its link's words). On the
    tune sets' Markdown renderings: 35 such headings on 32 pages of about 20 sites, each over a thread
    or a comment form, none over article text. A heading framed in braces holds its button the same
    way ("{ 12 comments: see them below or [add yours](#respond) }", a blog theme's thread heading):
    the frame makes it a heading as "#" does; a bare counter's line with a link ("5 Comments [Add
    A Comment](#comment)") is none. On the Markdown read half: 9 pages of 4 sites, each over its
    thread (one page's gold counts that thread as the article's text, as the same site's other
    pages' gold does not)."""
    if not (text.startswith("#") or text.startswith("{") and text.endswith("}")):
        return ""
    own = MD_LINK.sub(" ", text).strip(_HEADING_FRAME)
    read = MD_LINK.sub(r" \1 ", text).strip(_HEADING_FRAME)
    if not own or not is_comment_heading(own) or _NOT_THE_SECTION.match(" ".join(read.split())):
        return ""
    return " ".join(own.split())


def is_link(text: str) -> bool:
    """Tell a line that is or holds a Markdown link: a comment counter or heading written as one
    ("[1 Comment](#respond)") points to the comments; it does not stand over them."""
    text = text.strip()
    return text.startswith("[") or "](" in text


def is_signature(text: str) -> bool:
    """Tell a comment's signature or buttons: who wrote it and when ("Posted by: Ann | January 14,
    2008 06:24 PM", "Mike 07.16.12 at 22:07", "Comment by Dawn - Jan 7, 2008", "Ann recently
    posted..Title"), "[Reply]", its votes ("Rate This: 1 0"), a reblogging site's note ("annlee liked
    this")."""
    if not _SIGNATURE_HINT.search(text):
        return False  # no digit and none of a signature's words: most lines, ruled out quickly
    if _EMBEDDED_POST.search(text) or _WIRE_BYLINE.search(text):
        return False  # an embedded tweet's attribution; an article's byline ("By JANE ROE, AP Writer")
    if BOX_DRAWING.search(text):
        return False  # a row of a box-drawn table (a database's output in a technical post): its times sign no one
    if _ACTIONS.match(text) or _signed(text) or _VOTES.match(text) or _is_note(text):
        return True
    if ends_sentence_or_clause(text) and not text.endswith(":") or not STAMP.search(text):
        return False
    if _DATED_ENTRY.match(text) and not _named_writer(text.split(None, 1)[1].split("(", 1)[0]):
        return False  # a list's entry (a title), not a numbered comment signed by its writer
    if not STAMP_YEAR_OR_TIME.search(text):
        return False  # a day and a month alone date an event in a listing ("Ann Lee, 10 November, Soho Theatre")
    # A stamp and a name: some word that is not part of the date ("Ann", "MilwaukeeBaller32"), and
    # not many ("January 15, 2008 Police Make Arrest In Missing Woman Case" is a teaser).
    named = [w for w in words_of(STAMP.sub(" ", text)) if w.lower() not in _STAMP_WORDS]
    return 0 < sum(word_count(w) or 1 for w in named) <= SIGNATURE_MAX_NAME_WORDS  # "李明" is one word


_HEADING, _SIGNATURE = "comment heading", "signature"


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every line
def _wall_line(text: str) -> str:
    """What a line (stripped) is to `comment_walls`: a comment heading, a signature, or neither
    (""); a line of more than WALL_MAX_WORDS words is neither."""
    if spaced_word_count(text) > WALL_MAX_WORDS:
        return ""
    if is_comment_heading(text):
        return _HEADING
    return _SIGNATURE if is_signature(text) else ""


def _introduces_quote(text: str, quoted: str, quoted_score: float) -> bool:
    """Tell a quote's attribution ("Ann wrote:", "The company said:") from a comment's signature:
    no stamp in it, and the quoted words right under it (`quoted`, scored `quoted_score`), where a
    comment system puts its stamp ("Ann says:" over "July 5, 2012 at 3:04 pm"): running text, or a
    sentence with its full stop and no stamp, however short or indented ("You didn't try it!")."""
    sentence = ends_sentence_or_clause(quoted) and not STAMP.search(quoted)
    return text.endswith(":") and not DIGIT.search(text) and (quoted_score > DATA_SCORE or sentence)


def _quoted_below(lines: list[str], numbers: list[int], scores: list[float], i: int) -> tuple[str, float]:
    """Return the line under line `i` of `numbers` that a quote's attribution would introduce, and
    its score: the next one, read past a rule of dashes or a bare list mark ("-"), which hold no
    word and no digit. A stamp holds digits ("07/16/2012 22:07"): it is what stands under a
    comment's signature, and is not read past."""
    for k in range(i + 1, len(numbers)):
        text = lines[numbers[k] - 1]
        if WORD.search(text) or DIGIT.search(text):
            return text.strip(), scores[k]
    return "", 0.0


def comment_walls(
    lines: list[str], numbers: list[int], scores: list[float], prose: list[bool], top: int | None = None
) -> set[int]:
    """Return the lines that open or sign a comment section: a comment heading, and every pair of
    signatures within COMMENT_SIGNATURE_SPAN lines of each other with running text between them
    (a schedule's dates have none; a live blog's times name no one) and the article's running text
    or a comment heading above them (a post's own stamp and its footer's "Posted by ... |
    Permalink" enclose no comment); once a pair has opened the thread, its next signature may
    stand up to THREAD_GAP_MAX_LINES lines further down (a long comment).
    A signature right under the headline (at index `top` of `numbers`) is the article's byline
    (BYLINE_MAX_LINES_UNDER_HEADLINE), and a comment heading above it is a link in the page's menus:
    comments may begin under it only where running text does. A quote's attribution over the
    quoted words signs no comment (`_introduces_quote`)."""
    walls: set[int] = set()
    signatures: list[int] = []
    # Names under a date sign comments only as a thread of them (a post's date over its title is
    # one), where two of them or more are signed on the same day: a timeline's or a diary's people,
    # each under the date of their entry, are the article's.
    dated = {i for i in range(1, len(numbers)) if _dated_name(lines[numbers[i - 1] - 1], lines[numbers[i] - 1])}
    if len(dated) < DATED_NAMES_MIN or len({lines[numbers[i - 1] - 1].strip() for i in dated}) == len(dated):
        dated = set()
    # Where comments may begin: under THREAD_MIN_PROSE_ABOVE paragraphs, or under a comment heading.
    begun = [i for i, p in enumerate(prose) if p][THREAD_MIN_PROSE_ABOVE - 1 : THREAD_MIN_PROSE_ABOVE]
    may_begin = begun[0] if begun else len(numbers)
    columns: set[int] | None = None  # the lines of tables' header rows, read at the first heading
    for i, n in enumerate(numbers):
        kind = _wall_line(lines[n - 1].strip())
        if kind == _HEADING and columns is None:
            columns = {k for run in column_name_runs([lines[m - 1] for m in numbers]) for k in run}
        if kind == _HEADING and i in columns:
            continue  # a flattened table's column name ("Comment"), not a comment section's heading
        if kind == _HEADING:
            walls.add(n)
            if top is None or i > top:  # above the headline: a menu's link ("Your comments"), not the section
                may_begin = min(may_begin, i)
        elif (
            kind == _SIGNATURE and not (top is not None and 0 < i - top <= BYLINE_MAX_LINES_UNDER_HEADLINE)
        ) or i in dated:
            if not _introduces_quote(lines[n - 1].strip(), *_quoted_below(lines, numbers, scores, i)):
                signatures.append(i)
    last = -1
    for a, b in zip(signatures, signatures[1:], strict=False):
        # Two signatures close together with a comment between open a thread; once it has begun
        # (`last`), the next signature further down goes on with it over a longer comment.
        span = THREAD_GAP_MAX_LINES if last == a else COMMENT_SIGNATURE_SPAN
        if a > may_begin and b - a <= span and any(scores[k] > DATA_SCORE for k in range(a + 1, b)):
            # The whole thread between two signatures is comments, not only the signatures.
            walls.update(numbers[a : b + 1])
            last = max(last, b)
    # ...and the last comment, under the thread's last signature.
    k = last + 1
    while 0 <= last and k < len(numbers) and k - last <= COMMENT_TAIL_LINES and scores[k] > DATA_SCORE:
        walls.add(numbers[k])
        k += 1
    return walls


#: Names alone under a date sign comments where the page holds this many of them or more (a blog
#: post's date over its title is one; chosen on Dragnet's tune part, where threads hold dozens).
DATED_NAMES_MIN = 3


#: A commenter's name alone on its line: one to SIGNATURE_NAME_MAX_WORDS capitalised words, the
#: first a given name the first-names table knows ("Beth", "Dan Garner").
SIGNATURE_NAME_MAX_WORDS = 3


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every line (`_dated_name`)
def _named_writer(text: str) -> bool:
    """Tell a commenter's name alone: one to SIGNATURE_NAME_MAX_WORDS capitalised words, the first
    a given name ("Beth", "Dan Garner"), no sentence's end."""
    words = text.split(None, SIGNATURE_NAME_MAX_WORDS)  # (one word more than a name holds is enough to say no)
    return (
        0 < len(words) <= SIGNATURE_NAME_MAX_WORDS
        and all(w[:1].isupper() for w in words)
        and is_first_name(words[0])
        and not ends_sentence_or_clause(text)
    )


def _dated_name(above: str, text: str) -> bool:
    """Tell a comment's signature written on two lines: a line holding only a date ("November 12,
    2012") and, right under it, a commenter's name alone ("Shirley Hershey Showalter")."""
    return _named_writer(text) and date_only(above.strip())


#: Greetings that address a reply when a name follows them ("Hi Ann,", "Thanks Gregg,"); alone
#: ("Hi,", "Thanks,") or before a letter's name ("Dear Ann,") they address no commenter.
_GREETINGS = frozenset({"hi", "hello", "thanks"})


def is_addressed_reply(text: str) -> bool:
    """Tell the opening of a reply to another commenter, named alone on its line ("Davey,", "Hi
    Davey,")."""
    text = text.strip()
    if not _SALUTATION.match(text):
        return False
    words = [w.lower() for w in words_of(text)]
    if words[0] in _GREETINGS and len(words) == 2:
        return words[1] not in _NOT_ADDRESSED
    return words[0] not in _NOT_ADDRESSED


def addressed_replies(lines: list[str], numbers: list[int], prose: list[bool]) -> list[bool]:
    """Mark the replies addressed by name that open a paragraph of running text, where
    ADDRESSED_REPLIES_MIN or more of them stand from there to the end of the page. (Replies that
    open with a commenter's "@handle" were taken as such in session 45 and taken back: on modern
    pages nobody here had read, they cut articles that answer or quote posts by handle.)"""
    opens = [
        i + 1 < len(numbers) and prose[i + 1] and not prose[i] and is_addressed_reply(lines[n - 1])
        for i, n in enumerate(numbers)
    ]
    left = sum(opens)
    marked = []
    for is_open in opens:
        marked.append(is_open and left >= ADDRESSED_REPLIES_MIN)
        left -= is_open
    return marked


#: The elision marks a pingback's excerpt opens and closes with.
_ELISIONS = ("[...]", "[…]")


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every line
def is_pingback(text: str) -> bool:
    """Tell a pingback: the excerpt of another blog's post that links to this one, which a blog
    prints among the post's comments as "[...] their words around the link [...]", a bracketed
    elision at both ends. An article's own quotation elided at one end only ("[...] the court
    said") is none."""
    if "[" not in text:
        return False  # no elision opens it (most lines)
    text = text.strip()
    opens = next((mark for mark in _ELISIONS if text.startswith(mark)), "")
    closes = next((mark for mark in _ELISIONS if text.endswith(mark)), "")
    inner = text[len(opens) : len(text) - len(closes)]
    return bool(opens and closes) and inner[:1].isspace() and inner[-1:].isspace() and bool(WORD.search(inner))


#: A thread's first comment is read above its first button line only where the thread holds this
#: many button lines or more (one "Reply" under a post may be the post's own; chosen on Dragnet's
#: reader tune part, where such threads hold from 3 to hundreds).
FIRST_COMMENT_BUTTONS_MIN = 3


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every line
def is_button_line(text: str) -> bool:
    """Tell a line of a comment's buttons or votes alone ("[Reply]", "ReplyDelete", "Rate This: 0 0"),
    which a comment system prints under every comment's text."""
    text = text.strip()
    return bool(_ACTIONS.match(text) or _VOTES.match(text))


def first_comment_above_buttons(lines: list[str], numbers: list[int], prose: list[bool], walls: set[int]) -> set[int]:
    """Return the lines of a thread's first comment where every comment ends with its buttons: a
    thread (`walls`) signed by FIRST_COMMENT_BUTTONS_MIN button lines or more (`is_button_line`)
    starts with a comment above its first button, which no wall marks. It is read as long as the
    thread's shortest comment (the lines between two buttons), so that it takes no more than any
    comment of the thread holds; the article's THREAD_MIN_PROSE_ABOVE paragraphs stay above it.
    A comment signed by name above the first button is left to the signatures' walls. Button
    lines right above the walled thread (a short comment between two of them opened none)
    are the thread's too, and so are the lines between them."""
    every = [i for i, n in enumerate(numbers) if is_button_line(lines[n - 1])]
    buttons = [i for i in every if numbers[i] in walls]
    if len(buttons) < FIRST_COMMENT_BUTTONS_MIN:
        return set()
    # The thread opens at its own heading (removed by a rule before or not): a button above it is
    # the post's ("Recommend" under the article), and the first comment starts under it.
    opened = max((n for n in range(1, numbers[buttons[-1]]) if is_comment_section_heading(lines[n - 1])), default=0)
    buttons = [i for i in buttons if numbers[i] > opened]
    if len(buttons) < FIRST_COMMENT_BUTTONS_MIN:
        return set()
    # Buttons above the walled thread, each within THREAD_GAP_MAX_LINES of the next, are the
    # thread's too (a short comment between two of them did not open it).
    above_thread: list[int] = []
    for i in reversed([i for i in every if opened < numbers[i] < numbers[buttons[0]]]):
        if (above_thread[-1] if above_thread else buttons[0]) - i > THREAD_GAP_MAX_LINES:
            break
        above_thread.append(i)
    buttons = above_thread[::-1] + buttons
    comments = [b - a - 1 for a, b in zip(buttons, buttons[1:], strict=False) if 0 < b - a - 1 <= THREAD_GAP_MAX_LINES]
    if not comments:
        return set()
    first = buttons[0]
    start = max(first - min(comments), next(i for i in range(first + 1) if numbers[i] > opened))
    if start < 0 or sum(prose[:start]) < THREAD_MIN_PROSE_ABOVE:
        return set()
    above = range(start, first)
    if any(is_signature(lines[numbers[k] - 1].strip()) for k in above):
        return set()  # a thread that signs each comment by name: its signatures mark the first one
    unwalled = range(first, next(i for i in buttons if numbers[i] in walls))  # the thread above its first wall
    return {numbers[k] for k in (*above, *unwalled) if numbers[k] not in walls}


def comment_under_stamp(
    lines: list[str],
    numbers: list[int],
    prose: list[bool],
    stamps: list[bool],
    was_removed: list[bool],
    walls: set[int] = frozenset(),  # type: ignore[assignment]
) -> set[int]:
    """Return a comment that stands alone under its stamp at the page's end: the last of `stamps`
    (lines that hold only a date, which the stages before removed) that shows a time of day or an
    age ("October 2, 2012 at 4:15 pm", "3 hours ago"), as a comment system stamps each comment,
    under THREAD_MIN_PROSE_ABOVE paragraphs of the article, with at most COMMENT_TAIL_LINES lines
    of text under it (lines the stages before removed aside) and none further down, fewer than the
    article's paragraphs above it. A post's own date states no time of day or stands above the
    post's paragraphs."""
    last = next((i for i in range(len(numbers) - 1, -1, -1) if stamps[i]), None)
    if last is None or not TIME_OR_AGE.search(lines[numbers[last] - 1]):
        return set()
    if sum(_opens_an_entry(lines, numbers, prose, walls, k) for k in range(last) if stamps[k]) >= TIMED_ENTRIES_MIN:
        return set()  # the article's own timed entries ("4:15 pm" over each of a live report's): the last is one too
    below = [k for k in range(last + 1, len(numbers)) if not was_removed[k]]
    above = sum(prose[:last])
    if not below or len(below) > COMMENT_TAIL_LINES or above < THREAD_MIN_PROSE_ABOVE or len(below) >= above:
        return set()
    return {numbers[last], *(numbers[k] for k in below)}


#: A live report's entries, each under its time of day: at least this many over the last stamp make
#: it one of them, no lone comment. One is not enough: a thread's comment before the last may stand
#: unwalled under its stamp (one Dragnet page file of the tune part, where the rule keeps its last).
TIMED_ENTRIES_MIN = 2


def _opens_an_entry(lines: list[str], numbers: list[int], prose: list[bool], walls: set[int], k: int) -> bool:
    """Tell a stamp showing a time of day or an age (index `k`) right over a paragraph of running
    text that no comment wall marks: an entry of the article's own (a live report's), not a comment's."""
    return (
        k + 1 < len(numbers)
        and prose[k + 1]
        and numbers[k + 1] not in walls
        and bool(TIME_OR_AGE.search(lines[numbers[k] - 1]))
    )


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every wall's line
def stamped_signature(text: str) -> bool:
    """Tell a comment's signature that stamps its time ("by ann_k on Aug 9, 2012 10:40 AM"): a
    thread of them ends the article as its heading does. Not a quote's attribution ("Someone
    else wrote:"), which opens a forum's quotes in an article, nor a row of a box-drawn table of
    times (a database's output in a technical post: `is_signature` reads no such row as one)."""
    return is_signature(text) and bool(STAMP.search(text)) and not text.endswith(":")


#: A reader's answer to the post, as the line's opening: praise of the post itself ("Great post!",
#: "Nice article, Ann.", "Amazing read.", "Really enjoyed this article", "Love your post"), thanks for it or thanks to its writer by name ("Thanks for sharing",
#: "Thank you Scott."), or a greeting to the writer by name ("Hi Scott", "Hey Ann,"). Bare thanks
#: ("Thank you.") close a speech, "Thank you for writing" answers a letter and "Dear Ann" opens one;
#: a name before a comma opens an apposition in news ("Romney, the former governor, ..."): none is
#: read.
_PRAISED_POST = re.compile(
    r"^(?i:(?:(?:very|really|such an?|what an?)\s+)?(?:great|nice|good|excellent|awesome|wonderful|interesting|"
    r"fantastic|brilliant|lovely|useful|helpful|informative|insightful|thoughtful|amazing)\s+"
    r"(?:post|article|read|piece|write-?up|blog\s?post|tips?|info|information|interview|analysis)\b|"
    r"(?:i\s+)?(?:really\s+)?(?:love|loved|enjoyed)\s+(?:this|your|the)\s+(?:post|article|write-?up|blog\s?post)\b)"
)
_THANKS = re.compile(
    r"^(?i:thanks|thank\s+you|thx)(?i:\s+(?:so|very)\s+much)?"
    r"(?:\s+(?i:for\s+(?:this|sharing|posting|the\s+(?:post|article|tips?|info|review)|another|a\s+great))\b|"
    r",?\s+([A-Z][\w'’-]+)\s*[,.!:]?(?:\s|$))"
)
_GREETED = re.compile(r"^(?i:hi|hey|hello)\s+([A-Z][\w'’-]+)\s*[,.!:—–-]*(?:\s|$)")


def praises_post(text: str) -> bool:
    """Tell a line that opens with praise of the post or thanks for it, naming nobody ("Great
    interview, ...", "Nice post Ann!", "Thanks for sharing", "Thanks for this Bob."): a reader's
    answer that no post writes of itself, unlike a greeting or thanks to a name (a letter's "Hi
    Dave", a speech's "Thank you, Ann")."""
    text = text.strip()
    thanks = _THANKS.match(text)
    return bool(_PRAISED_POST.match(text) or thanks and thanks.group(1) is None)


def is_post_answer(text: str) -> bool:
    """Tell a line that opens as a reader's answer to the post (see `_PRAISED_POST`): praise of the
    post, thanks for it, or its writer thanked or greeted by a given name the first-names table
    knows ("Thanks Scott", not "Thanks All")."""
    text = text.strip()
    if _PRAISED_POST.match(text):
        return True
    named = _THANKS.match(text) or _GREETED.match(text)
    if not named:
        return False
    name = named.group(1)
    return name is None or (name.lower() not in _NOT_ADDRESSED and is_first_name(name))
